"""`deeprules dome`: the project as a DOME annotation (Data, Optimization, Model, Evaluation), what journals and
the DOME Registry ask for, with what is still missing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from ..encode import one_line, strip_controls
from ..words import count
from .options import AnswersOpt, ExampleOpt, JsonOpt, RepoOpt
from .output import emit, errors_to_exit, info


def register(app: typer.Typer) -> None:
    @app.command(epilog="Examples:\n\n  deeprules dome\n\n  deeprules dome --output docs/   (DOME.json + DOME.md)"
                 "\n\n  deeprules dome --example microscopy --json | jq .missing")
    @errors_to_exit
    def dome(repo: RepoOpt = Path("."), example: ExampleOpt = None, answers: AnswersOpt = None,
             output: Annotated[Path | None, typer.Option(
                 "--output", "-o", help="Write DOME.json and DOME.md into this folder (not committed).",
                 file_okay=False)] = None,
             json: JsonOpt = False) -> None:
        """The DOME annotation (data, optimization, model, evaluation) and what it still misses: the DOME
        Registry's fields (Walsh et al. 2021) from the answers, the plan, the model card and the results.
        Changes nothing unless --output is given."""
        import json as jsonlib

        from ..dome import annotate_answers, annotate_project
        from ..errors import InputError

        if example is not None or answers is not None:
            from ..answers import resolve_answers

            resolved = resolve_answers(path=answers, example=example)
            assert resolved is not None
            annotation = annotate_answers(resolved)
        else:
            from ..gitrepo import GitRepo

            annotation = annotate_project(GitRepo.find(repo))
        data = annotation.to_dict()
        if output is not None:
            from ..writer import atomic_write

            if not output.is_dir():
                raise InputError(f"{output}: no such folder")
            atomic_write(output / "DOME.json", jsonlib.dumps(data, indent=2, ensure_ascii=False) + "\n")
            atomic_write(output / "DOME.md", annotation.to_markdown())
            info(f"wrote {output / 'DOME.json'} and {output / 'DOME.md'}")

        def render(con: Any) -> None:
            from rich.table import Table
            from rich.text import Text

            con.print(Text(f"DOME annotation: {one_line(annotation.title)}", style="bold"))
            for key, fields in annotation.sections.items():
                con.print(Text(f"\n{annotation.section_titles[key]}", style="bold"))
                grid = Table.grid(padding=(0, 1))
                grid.add_column(no_wrap=True)  # the registry's field key: never broken
                grid.add_column(ratio=1)
                for f in fields:
                    cell = Text(strip_controls(f.value or ""))  # answers and card lines are the user's text
                    if f.missing:
                        cell.append(("\n" if f.value else "") + "missing: " + "; ".join(f.missing), style="yellow")
                    grid.add_row(Text(f"  {key}.{f.key}", style="cyan"), cell)
                con.print(grid)
            con.print(f"\n[bold]{annotation.complete} of {annotation.total} fields complete[/bold], "
                      f"{count(len(annotation.missing), 'item')} missing · Markdown and JSON files: --output DIR")

        emit(data, as_json=json, render=render)
