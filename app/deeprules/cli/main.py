"""`deeprules`: the root command. Sub-command modules are light (Typer only); each command imports the
core and any heavy library (GitPython, Jinja2, Textual) inside its body, so `--help` stays fast."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__

# Command name -> (module under deeprules.cli, the one-line help shown by `deeprules --help`).
# Commands are built only when invoked: turning every command's signature into options costs ~0.1 s,
# which `--help` and each single command would otherwise pay for all of them. tests/test_cli_main.py
# checks that each line here matches the command's own docstring.
COMMANDS: dict[str, tuple[str, str]] = {
    "assess": ("assess", "Decide whether deep learning fits (tip 1) and tailor the other nine tips to your answers."),
    "tips": ("assess", "The ten tips and every recommendation, with the paper's references."),
    "questions": ("assess", "The decision tree: every question, its allowed values, range and condition."),
    "examples": ("assess", "The bundled example projects, usable as `--example NAME`."),
    "init": ("project", "Record your answers in .deeprules/answers.yaml, write the plan, and commit only those files."),
    "plan": ("project", "Re-render the generated files from the current answers, keeping your edits."),
    "answer": ("project", "Change answers (your comments in answers.yaml survive), then re-render and commit."),
    "status": ("project", "Which generated files exist, which you edited, which are stale against the answers."),
    "ethics": ("ethics", "The ethics register (tip 10): concerns raised, discussed and closed like bugs."),
    "card": ("card", "Write the model card (MODEL_CARD.md), fill in results, check it before release."),
    "check": ("compliance", "Check the repository for evidence that each tip is followed: a score per tip."),
    "history": ("compliance", "The scores at every first-parent commit, read from git objects."),
    "report": ("compliance", "Write one standalone HTML page: current scores, the trend over the history."),
    "data": ("compliance", "The data manifest (datapackage.json): where each data file came from."),
    "lock-test": ("compliance", "Lock the test set: record the sha256 of each file in .deeprules/test-lock.json."),
    "dome": ("dome", "The DOME annotation (data, optimization, model, evaluation) and what it still misses."),
    "baselines": ("ml", "Tuned baselines in nested CV, with intervals and a label-shuffle control (tips 2, 6)."),
    "audit": ("ml", "Look for leakage between a training and a test file: twins, groups, homologs, scaffolds (tip 7)."),
    "compare": ("ml", "Your model's out-of-fold predictions against each baseline on the same folds (tip 2)."),
    "split": ("ml", "Split a table into train and test by group, sequence homology or scaffold, leak-free (tip 7)."),
}


class LazyCommands(TyperGroup):
    """A root group that imports and builds a command only when it is run (or its help is asked for)."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in COMMANDS:
            return None
        from importlib import import_module

        from typer.main import get_group

        module = import_module(f"deeprules.cli.{COMMANDS[cmd_name][0]}")
        holder = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
        module.register(holder)
        # Build only the command asked for: a module registers several, and building each costs ~5 ms.
        holder.registered_commands = [
            c for c in holder.registered_commands
            if (c.name or (c.callback.__name__.replace("_", "-") if c.callback else "")) == cmd_name
        ] or holder.registered_commands
        holder.registered_groups = [g for g in holder.registered_groups if g.name == cmd_name]
        return get_group(holder).get_command(ctx, cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, short) for name, (_, short) in COMMANDS.items()])


app = typer.Typer(
    name="deeprules",
    cls=LazyCommands,
    help=(
        "Plan, run and audit deep-learning projects in biology, following 'Ten Quick Tips for Deep "
        "Learning in Biology' (Lee et al. 2022, doi:10.1371/journal.pcbi.1009803).\n\n"
        "Run `deeprules` with no command in your repository for the guided questionnaire."
    ),
    no_args_is_help=False,
    invoke_without_command=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"deeprules {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Plan, run and audit deep-learning projects in biology."""
    if ctx.invoked_subcommand is None:
        from .tui_launch import launch

        launch()


def run() -> None:
    app(prog_name="deeprules")
