"""Options shared by several commands, as `Annotated` aliases so each is spelled once."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
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


def wrap_help_at_spaces() -> None:
    """Help text wraps at spaces only: click's wrapper breaks after a hyphen, so `deeprules --help` at 80
    columns read "then re- / render and commit" and a path "ethics-" / "concern.yml" could not be copied.
    Typer 0.28 formats with its own copy of click (typer._click); both are set, whichever is present."""
    import importlib

    for name in ("typer._click._textwrap", "click._textwrap"):
        try:
            module: Any = importlib.import_module(name)
        except ImportError:
            continue
        base = module.TextWrapper
        if getattr(base, "at_spaces", False):
            continue

        class AtSpaces(base):  # type: ignore[misc, valid-type]
            at_spaces = True

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                kwargs.setdefault("break_on_hyphens", False)
                super().__init__(*args, **kwargs)

        module.TextWrapper = AtSpaces


wrap_help_at_spaces()  # every command's help page (each imports this module)


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


# An example in an epilog (an indented paragraph): a shell command, optionally followed by three spaces and a
# note in parentheses.
_EXAMPLE = re.compile(r"^(\S.*?)(?:\s{3,}\((.*)\))?$", re.S)
# A shell word: quoted parts stay whole, so a continuation never falls inside quotes.
_WORD = re.compile(r"""(?:[^\s"']+|"[^"]*"|'[^']*')+""")


def example_lines(example: str, width: int, indent: int = 4) -> list[str]:
    """One epilog example as lines a user can copy and run: words never split (click rewrapped
    "--fail-under 60" into "--fail-" / "under 60" and "| jq .verdict" onto a line of its own), a command too
    long for the terminal continued with a backslash, and its note a shell comment (`# ...`)."""
    found = _EXAMPLE.match(example.strip())
    if found is None:
        return [" " * indent + example.strip()]
    command, note = found[1], found[2] and " ".join(found[2].split())
    room = max(width - indent - 2, 20)  # 2: " \"
    lines: list[str] = []
    line = ""
    for word in _WORD.findall(command):
        if line and len(line) + 1 + len(word) > room:
            lines.append(line)
            line = "  " + word  # continuation lines indented two more
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    out = [" " * indent + text + (" \\" if i < len(lines) - 1 else "") for i, text in enumerate(lines)]
    if note:
        comment = f"# {note}"
        if len(out) == 1 and len(out[0]) + 3 + len(comment) <= width:
            out[0] += "   " + comment
        else:  # on its own lines above the command
            import textwrap

            out[:0] = [" " * indent + "# " + part for part in
                       textwrap.wrap(note, max(width - indent - 2, 20), break_on_hyphens=False)]
    return out


def _format_epilog(command: Any) -> Callable[[Any, Any], None]:
    def format_epilog(ctx: Any, formatter: Any) -> None:
        if not command.epilog:
            return
        formatter.write_paragraph()
        with formatter.indentation():
            for i, paragraph in enumerate(inspect.cleandoc(command.epilog).split("\n\n")):
                if i:
                    formatter.write("\n")
                if paragraph.startswith("  ") or paragraph.startswith("deeprules "):
                    for line in example_lines(paragraph, formatter.width, formatter.current_indent + 2):
                        formatter.write(line + "\n")
                else:
                    formatter.write_text(paragraph)

    return format_epilog


def _metavar(param: Any) -> str | None:
    """A name for what an option takes, in the style of the ones we spell (NAME, ID=VALUE): Typer 0.28 shows
    the Python type instead (`--rev <str>`, `--fail-under <float range>`, `--budget <int range>`)."""
    kind = getattr(param.type, "name", "")
    if kind in ("int", "int range"):
        return "N"
    if kind in ("float", "float range"):
        return "NUMBER"
    if kind == "str":
        return (param.name or "value").upper()
    if kind in ("path", "file", "directory"):  # click names a Path type after what it accepts
        if not getattr(param.type, "file_okay", True):
            return "FOLDER"  # as the messages say: "another is given with -C FOLDER"
        return "FILE" if not getattr(param.type, "dir_okay", True) else "PATH"
    return None  # choices list their values: <table|json|markdown|sarif|badge>


def tidy_help(command: Any) -> None:
    """What `--help` shows for a command and, for a group, each of its commands: examples kept whole
    (`example_lines`) and options named by what they take (`_metavar`)."""
    command.format_epilog = _format_epilog(command)
    for param in command.params:
        if getattr(param, "param_type_name", "") == "option" and param.metavar is None and not param.is_flag:
            param.metavar = _metavar(param)
    for sub in getattr(command, "commands", {}).values():
        tidy_help(sub)
