"""`deeprules card`: write the model card, fill in evaluation results, check it before release, export it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from ..words import count
from .options import JsonOpt, NoCommitOpt, RepoOpt, RunHooksOpt, WholeHelpGroup
from .output import emit, errors_to_exit, info, warn

RESULTS_HELP = """Take evaluation results into the card's quantitative analyses table and its Hugging Face
`model-index` metadata, per subgroup where given; stored in .deeprules/results.json and committed with the
re-rendered card (your edits to the card are kept). Each fill replaces the stored results.

The results file is CSV (with a header) or a JSON list of objects, with these columns:

- metric (required): a metric id such as average_precision, roc_auc, f1, as in the card's `metrics:`

- value (required): a number (0.91, not 91%)

- split (required): test, validation, external, ...

- subgroup: factor=level, e.g. site=B or sex=female (join several with ;); empty means overall

- ci_low, ci_high: the confidence interval, both or neither

- dataset: the evaluation data set's name (default: the project's data)

Unknown columns, values that are not numbers and duplicate (metric, split, subgroup) rows are refused
with the line (CSV) or item (JSON) number; nothing is written then."""

RESULTS_EPILOG = """Example results.csv:

  metric,value,split,subgroup,ci_low,ci_high

  average_precision,0.91,test,,0.89,0.93

  average_precision,0.84,test,site=B,,

Example results.json: [{"metric": "average_precision", "value": 0.91, "split": "test"}]

  deeprules card fill --results results.csv

  deeprules card fill --baselines   (the newest `deeprules baselines` report, with intervals)"""


def register(app: typer.Typer) -> None:
    card_app = typer.Typer(
        help="Write the model card (MODEL_CARD.md, Mitchell et al. 2019 with Hugging Face metadata), fill in "
             "results, check it before release, export it.",
        invoke_without_command=True, no_args_is_help=False, rich_markup_mode=None, cls=WholeHelpGroup,
        epilog="Examples:\n\n  deeprules card\n\n  deeprules card fill --results results.csv\n\n"
               "  deeprules card check --strict\n\n  deeprules card export --html card.html",
    )

    @card_app.callback()
    @errors_to_exit
    def card(ctx: typer.Context, repo: RepoOpt = Path("."), no_commit: NoCommitOpt = False,
    run_hooks: RunHooksOpt = None,
             dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; write nothing.")]
             = False,
             restore: Annotated[bool, typer.Option("--restore", help="Re-create the card if you deleted it.")]
             = False,
             json: JsonOpt = False) -> None:
        """Write or update the model card from the answers, the plan and the stored results (your edits survive)."""
        if ctx.invoked_subcommand is not None:
            return
        from ..card import write_card
        from ..gitrepo import GitRepo
        from .project import report_write

        result = write_card(GitRepo.find(repo), commit=not no_commit, dry_run=dry_run, restore=restore)
        report_write(result, as_json=json)

    @card_app.command(help=RESULTS_HELP, epilog=RESULTS_EPILOG,
                      short_help="Take evaluation results (or the baselines table) into the card and its metadata; "
                      "committed.")
    @errors_to_exit
    def fill(results: Annotated[Path | None, typer.Option("--results", "-r", help="CSV or JSON results file (see "
                                                          "above).", dir_okay=False)] = None,
             baselines: Annotated[bool, typer.Option("--baselines", help="Take the newest `deeprules baselines` "
                                                     "report (.deeprules/baselines/) into the card.")] = False,
             repo: RepoOpt = Path("."), no_commit: NoCommitOpt = False, run_hooks: RunHooksOpt = None,
             dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; write nothing.")]
             = False,
             json: JsonOpt = False) -> None:
        from ..card import fill as run_fill
        from ..errors import InputError
        from ..gitrepo import GitRepo
        from .project import report_write

        if results is None and not baselines:
            raise InputError("give --results FILE, --baselines, or both")
        if results is None:
            from ..card import fill_baselines

            report_write(fill_baselines(GitRepo.find(repo), commit=not no_commit, dry_run=dry_run), as_json=json)
            return
        out = run_fill(GitRepo.find(repo), results, commit=not no_commit, dry_run=dry_run)
        for w in out.warnings:
            warn(w)
        if not json:
            n_sub = sum(1 for r in out.results if r.subgroup)
            per = f", {n_sub} per subgroup" if n_sub else ""
            info(f"{count(len(out.results), 'result')} read from {results.name}{per}")
        report_write(out.write, as_json=json, extra={"results": [r.to_dict() for r in out.results],
                                                     "warnings": [*out.write.warnings, *out.warnings]})

    @card_app.command(epilog="Examples:\n\n  deeprules card check\n\n  deeprules card check --strict --json",
                      short_help="What the card still lacks before release (placeholders, missing results, "
                      "broken metadata); changes nothing.")
    @errors_to_exit
    def check(repo: RepoOpt = Path("."),
              strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when anything is found (for CI).")]
              = False,
              json: JsonOpt = False) -> None:
        """What the card still lacks before release: placeholders, empty sections, missing per-factor results,
        metrics that disagree with the metadata, a release planned with privacy concerns open, broken metadata.
        Changes nothing."""
        from ..card import check_project
        from ..errors import GateFailed
        from ..gitrepo import GitRepo

        report = check_project(GitRepo.find(repo))

        def render(con: Any) -> None:
            from rich.markup import escape

            if not report.findings:
                con.print(f"[green]{report.path}: nothing missing[/green]")
                return
            from rich.table import Table

            # One line per finding for a pipe (grep, a CI log); on a terminal the message wraps at words under
            # itself: at 80 columns the terminal broke "metad / ata" and "Fa / ctors" at column 0.
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column(ratio=1)
            for f in report.findings:
                where = f"{report.path}:{f.line}" if f.line else report.path
                section = f" [dim]({escape(f.section)})[/dim]" if f.section else ""
                head, body = f"[yellow]{f.id}[/yellow] {f.kind:<18}", f"{escape(where)}{section}: {escape(f.message)}"
                if con.is_terminal:
                    grid.add_row(head, body)
                else:
                    con.print(f"{head} {body}", soft_wrap=True)
            if grid.row_count:
                con.print(grid)
            con.print(f"[dim]{count(len(report.findings), 'finding')}[/dim]")

        emit(report.to_dict(), as_json=json, render=render)
        if strict and report.findings:
            raise GateFailed(f"{report.path}: {count(len(report.findings), 'finding')} under --strict")

    @card_app.command(epilog="Example:\n\n  deeprules card export --html model_card.html")
    @errors_to_exit
    def export(html: Annotated[Path, typer.Option("--html", help="Where to write the page.", dir_okay=False)],
               repo: RepoOpt = Path("."), json: JsonOpt = False) -> None:
        """A standalone HTML page of the card (inline CSS, no scripts, no network; your text escaped)."""
        from ..card import export_project
        from ..gitrepo import GitRepo

        size = export_project(GitRepo.find(repo), html)
        emit({"html": str(html), "bytes": size}, as_json=json,
             render=lambda con: con.print(f"wrote {html} ({size:,} bytes)"))

    app.add_typer(card_app, name="card")
