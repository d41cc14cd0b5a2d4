"""`deeprules` with no command: start the Textual app in a terminal, or explain what to do in a script."""

from __future__ import annotations

import sys

import typer


def launch() -> None:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        typer.echo("deeprules: no command given and not in a terminal; see `deeprules --help`.", err=True)
        raise typer.Exit(2)
    try:
        from ..tui.app import main as tui_main
    except ImportError:
        typer.echo("The guided questionnaire is not available in this build; see `deeprules --help`.", err=True)
        raise typer.Exit(2) from None
    try:
        tui_main()
    except KeyboardInterrupt as exc:  # SIGTERM/SIGHUP ended the session: said as every command says it
        from .output import report_error

        raise typer.Exit(report_error(exc)) from None
