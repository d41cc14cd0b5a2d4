"""Options shared by several commands, as `Annotated` aliases so each is spelled once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .choices import complete_assignment, complete_example, example_names

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (stable keys) instead of a table.")]
AnswersOpt = Annotated[
    Path | None,
    typer.Option("--answers", "-a", help="An answers YAML file (default: .deeprules/answers.yaml in the repo).",
                 dir_okay=False),
]
ExampleOpt = Annotated[
    str | None,
    typer.Option("--example", "-e", help="Use a bundled example's answers: " + ", ".join(example_names())
                 + " (see `deeprules examples`).", metavar="NAME", autocompletion=complete_example),
]
SetOpt = Annotated[
    list[str] | None,
    typer.Option("--set", "-s", help="Override one answer, id=value (repeatable; ids: `deeprules questions`).",
                 metavar="ID=VALUE", autocompletion=complete_assignment),
]
RepoOpt = Annotated[
    Path, typer.Option("--repo", "-C", help="Run as if started in this folder.", file_okay=False),
]
NoCommitOpt = Annotated[bool, typer.Option("--no-commit", help="Write the files but do not commit them.")]


def _run_hooks_for_this_command(ctx: typer.Context, value: bool | None) -> None:
    """`--run-hooks`/`--no-run-hooks` is DEEPRULES_RUN_HOOKS for this one command (the one switch the git
    layer reads, over `git config deeprules.runHooks`), put back as it was when the command ends."""
    if value is None:
        return
    import os

    from ..gitrepo import HOOKS_ENV

    before = os.environ.get(HOOKS_ENV)
    os.environ[HOOKS_ENV] = "1" if value else "0"

    def restore() -> None:
        if before is None:
            os.environ.pop(HOOKS_ENV, None)
        else:
            os.environ[HOOKS_ENV] = before

    ctx.call_on_close(restore)


RunHooksOpt = Annotated[
    bool | None,
    typer.Option("--run-hooks/--no-run-hooks", callback=_run_hooks_for_this_command, expose_value=False,
                 help="Run your git hooks (pre-commit, commit-msg, post-commit) when deeprules commits, or not. "
                      "Default: `git config deeprules.runHooks` or DEEPRULES_RUN_HOOKS, else not."),
]


class WholeHelpGroup(TyperGroup):
    """A command group (`ethics`, `card`, `data`) whose `--help` lists each command with its whole first
    paragraph, wrapped, as `deeprules --help` does; click cuts it at the terminal's width with "...", which left
    `ethics --help` at 80 columns saying "Raise a new concern: the next free id (never reused, safe with..."."""

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            first = (command.short_help or command.help or "").split("\n\n", 1)[0]
            rows.append((name, " ".join(first.split())))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
