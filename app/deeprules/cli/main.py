"""`deeprules`: the root command. Sub-command modules are light (Typer only); each command imports the
core and any heavy library (GitPython, Jinja2, Textual) inside its body, so `--help` stays fast."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__

app = typer.Typer(
    name="deeprules",
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


def _register() -> None:
    # Each module registers its commands or sub-app; all are light at import time.
    from . import assess, project
    from . import card as card_cli
    from . import compliance as compliance_cli
    from . import ethics as ethics_cli

    assess.register(app)
    card_cli.register(app)
    compliance_cli.register(app)
    ethics_cli.register(app)
    project.register(app)


_register()


def run() -> None:
    app(prog_name="deeprules")
