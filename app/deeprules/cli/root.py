"""The Typer application: the root command, its commands built only when invoked (see main.COMMANDS)."""

from __future__ import annotations

import difflib
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from .main import COMMANDS


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
        command = get_group(holder).get_command(ctx, cmd_name)
        if command is not None:
            from .options import tidy_help

            tidy_help(command)
        if command is not None and any(p.name == "repo" for p in command.params):
            _hint_folder_option(command, cmd_name)
        return command

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        # Typer suggests a near command from `self.commands`, which a lazy group leaves empty: suggest from the
        # names listed instead, as the subcommand groups (`ethics lst`) already do. ctx.fail raises the usage
        # error of whichever click Typer runs on (0.28 vendors its own).
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in COMMANDS and not ctx.resilient_parsing:
            near = difflib.get_close_matches(name, self.list_commands(ctx))
            if near:
                ctx.fail(f"No such command {name!r}. Did you mean {', '.join(map(repr, near))}?")
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        from .options import wrap_help_at_spaces

        wrap_help_at_spaces()  # loaded lazily: the root help imports no command module
        with formatter.section("Commands"):
            formatter.write_dl([(name, short) for name, (_, short) in COMMANDS.items()])


def _hint_folder_option(command: Any, name: str) -> None:
    """`deeprules check .` or `deeprules status ../other` (as `ruff check .` or `pytest dir/` are typed) is
    "Got unexpected extra argument(s)": these commands take their folder as -C. When the extra argument is a
    folder, the error says so, with the command to run."""
    parse_args = command.parse_args

    def parse_with_hint(ctx: Any, args: list[str]) -> list[str]:
        from pathlib import Path

        positional = [a for a in args if not a.startswith("-")]
        try:
            return parse_args(ctx, args)
        except Exception as exc:
            message = str(getattr(exc, "message", exc))
            folder = positional[-1] if positional else ""
            if not message.startswith("Got unexpected extra argument") or not folder or not Path(folder).is_dir():
                raise
            if Path(folder).resolve() == Path.cwd().resolve():
                ctx.fail(f"{message}: `deeprules {name}` reads the current folder already; another is given "
                         "with -C FOLDER")
            ctx.fail(f"{message}: a folder is given with -C, as in `deeprules {name} -C {folder}`")
            raise  # not reached: ctx.fail raises the usage error

    command.parse_args = parse_with_hint



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
