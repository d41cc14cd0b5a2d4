"""Options shared by several commands, as `Annotated` aliases so each is spelled once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

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
