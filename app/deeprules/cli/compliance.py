"""`deeprules check`, `history`, `report`, `data add`, `lock-test`: evidence that the tips are followed."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from .choices import complete_check_id, complete_one_check
from .options import JsonOpt, NoCommitOpt, RepoOpt, RunHooksOpt, WholeHelpGroup
from .output import emit, errors_to_exit, info, out_json, progress, term_line, warn, write_text


class CheckFormat(str, Enum):
    """`check --format`: a table for people; json, markdown (a CI job summary), sarif (code scanning) and
    badge (shields.io endpoint JSON) for tools."""

    table = "table"
    json = "json"
    markdown = "markdown"
    sarif = "sarif"
    badge = "badge"


#: `deeprules report` without --html: the name the README's example uses
REPORT_PAGE = "compliance.html"

SelectOpt = Annotated[
    list[str] | None,
    typer.Option("--select", help="Only these checks: ids or prefixes (DR7, DR301), repeatable or comma-separated.",
                 metavar="ID", autocompletion=complete_check_id),
]
IgnoreOpt = Annotated[
    list[str] | None,
    typer.Option("--ignore", help="Leave a check out, with the reason: ID=reason (repeatable).", metavar="ID=REASON",
                 autocompletion=complete_check_id),
]


def _split(items: list[str] | None) -> list[str] | None:
    if not items:
        return None
    return [x.strip() for item in items for x in item.split(",") if x.strip()]


def _sparkline(values: list[float | None]) -> str:
    blocks = " ▁▂▃▄▅▆▇█"
    out = []
    for v in values:
        out.append("·" if v is None else blocks[min(8, max(1, round(v / 100 * 8)))])
    return "".join(out)


def _sample(values: list[Any], width: int) -> list[Any]:
    if len(values) <= width:
        return values
    step = len(values) / width
    return [values[min(len(values) - 1, int((i + 1) * step) - 1)] for i in range(width)]


def _count(n: int, noun: str) -> str:
    """"1 commit", "2 commits": `history` on a new project said "score over 1 commits"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _fewer_collections() -> None:
    """Garbage collections far apart for `history` and `check`, short processes that allocate millions of objects
    (the facts of every file version, kept) and free nearly all of them by reference counts: with Python's defaults
    the cyclic collector ran ~860 times over a cold history of deepchem's last 2,000 commits, 1.3 s of its CPU,
    traversing the facts kept each time; with these ~60 times, 0.2 s (a cold `check`: 0.05 s, 0.01 s). The workers
    they fork inherit them (session 20, w36e)."""
    import gc

    gc.set_threshold(50_000, 20, 100)


def register(app: typer.Typer) -> None:
    @app.command(epilog="Examples:\n\n  deeprules check\n\n  deeprules check --format markdown >> $GITHUB_STEP_SUMMARY"
                 "\n\n  deeprules check --format sarif > deeprules.sarif\n\n"
                 "  deeprules check --select DR3,DR7 --ignore DR302=\"CPU-only project\" --fail-under 60\n\n"
                 "  deeprules check --format badge > badge.json   (shields.io endpoint)\n\n"
                 "  deeprules check --verbose   (each check's evidence or reason)")
    @errors_to_exit
    def check(repo: RepoOpt = Path("."), json: JsonOpt = False,
              format: Annotated[CheckFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                          help="How to print the results.")]
              = CheckFormat.table,
              verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show each check's evidence or "
                                                    "reason under it (table format).")] = False,
              select: SelectOpt = None, ignore: IgnoreOpt = None,
              fail_under: Annotated[float | None, typer.Option("--fail-under", help="Exit 1 when the overall score "
                                                               "(0-100) is below this.", min=0, max=100)] = None,
              rev: Annotated[str | None, typer.Option("--rev", help="Check a commit instead of the work tree.")]
              = None,
              staged: Annotated[bool, typer.Option("--staged", help="Check what is staged (the index).")] = False,
              no_regression: Annotated[bool, typer.Option(
                  "--no-regression", help="Exit 1 when the overall score or a tip's score is lower than at the "
                  "last commit (HEAD): what the pre-commit hook runs.")] = False,
              no_cache: Annotated[bool, typer.Option("--no-cache", help="Ignore and do not write the cache in "
                                                     ".git/deeprules-cache/.")] = False,
              explain: Annotated[str | None, typer.Option("--explain", help="Explain one check (e.g. DR301): what "
                                                          "it looks for, the evidence here, the fix.",
                                                          metavar="ID", autocompletion=complete_one_check)]
              = None) -> None:
        """Check the repository for evidence that each tip is followed: a score per tip and overall (0-100)
        and what to do next."""
        from .check_run import run_check

        _fewer_collections()
        run_check(repo, fmt="json" if json else CheckFormat(format).value, verbose=verbose, select=_split(select),
                  ignore=ignore, fail_under=fail_under, rev=rev, staged=staged, no_regression=no_regression,
                  no_cache=no_cache, explain=explain)

    @app.command(epilog="Examples:\n\n  deeprules history\n\n  deeprules history --since v1.0 --csv > scores.csv\n\n"
                 "  deeprules history --max-commits 200 --json")
    @errors_to_exit
    def history(repo: RepoOpt = Path("."), json: JsonOpt = False,
                csv: Annotated[bool, typer.Option("--csv", help="Print CSV (one row per commit).")] = False,
                since: Annotated[str | None, typer.Option("--since", help="Only commits after this revision.")]
                = None,
                max_commits: Annotated[int | None, typer.Option("--max-commits", help="Only the last N commits.",
                                                                min=1)] = None,
                select: SelectOpt = None, ignore: IgnoreOpt = None,
                no_cache: Annotated[bool, typer.Option("--no-cache", help="Recompute everything; write no cache.")]
                = False) -> None:
        """The scores at every first-parent commit, read from git objects (nothing is checked out), with a
        chart per tip. Cached in .git/deeprules-cache/, so the second run is near instant."""
        from ..checks import parse_ignores
        from ..history import history as run_history

        _fewer_collections()
        with progress("commits", enabled=not (json or csv)) as progress_cb:
            h = run_history(repo, since=since, max_commits=max_commits, select=_split(select),
                            ignore=parse_ignores(ignore) if ignore else None, progress=progress_cb,
                            use_cache=not no_cache)
        if h.shallow:
            warn(h.shallow)
        if h.missing:
            warn(h.missing)
        for name in h.cache_rebuilt:
            warn(f"the cache file .git/deeprules-cache/{name} was unreadable; rebuilt it")
        if csv:
            write_text(h.to_csv())
            return

        def render(con: Any) -> None:
            from rich.table import Table

            pts = h.points
            if not pts:
                con.print("no commits in that range")
                return
            width = max(10, min(60, con.width - 30))
            chart = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
            chart.add_column("tip", justify="right")
            chart.add_column(f"score over {_count(len(pts), 'commit')} (oldest → newest)")
            chart.add_column("first", justify="right")
            chart.add_column("now", justify="right")
            for tip in range(1, 11):
                vals = [p.tips[tip] for p in pts]
                if all(v is None for v in vals):
                    continue
                chart.add_row(str(tip), _sparkline(_sample(vals, width)), _fmt(vals[0]), _fmt(vals[-1]))
            vals = [p.overall for p in pts]
            chart.add_row("[bold]all[/]", _sparkline(_sample(vals, width)), _fmt(vals[0]), f"[bold]{_fmt(vals[-1])}[/]")
            con.print(chart)
            steps = [p for p in pts if p.changed]
            # The ten tip scores stay on one row (no_wrap); the date goes first when the terminal is narrow,
            # then the subject is cut to what is left.
            with_date = con.width >= 100
            tips_header = " ".join(f"{t:>3}" for t in range(1, 11))
            fixed = 8 + 3 + len(tips_header) + (10 if with_date else 0)
            n_cols = 5 if with_date else 4
            subject_width = max(10, con.width - fixed - (n_cols - 1))
            title = f"{len(steps)} commit{'s' if len(steps) != 1 else ''} changed a score"
            table = Table(box=None, header_style="bold", title=title, title_justify="left",
                          pad_edge=False, padding=(0, 1), collapse_padding=True)
            table.add_column("commit", no_wrap=True, width=8)
            if with_date:
                table.add_column("date", no_wrap=True, width=10)
            table.add_column("all", no_wrap=True, justify="right", width=3)
            table.add_column(tips_header, no_wrap=True, header_style="bold dim")
            table.add_column("subject", no_wrap=True, overflow="ellipsis", max_width=subject_width)
            from ..history import commit_date

            for p in steps[-40:]:
                date = commit_date(p.time)
                row = [p.sha[:8], *([date] if with_date else []), _fmt(p.overall),
                       " ".join(_fmt(p.tips[t], 3) for t in range(1, 11)), term_line(p.subject)]
                table.add_row(*row)
            con.print(table)
            if len(steps) > 40:
                con.print(f"[dim]{len(steps) - 40} earlier changes not shown; use --csv or --json for all[/]")
            con.print(f"[dim]{_count(h.computed, 'commit')} computed, {h.from_cache} from the cache · "
                      f"check set {h.stamp['checkset']}[/]")

        if json:  # one compact line: thousands of points, and jq or pandas read it as well
            out_json(h.to_json())
        else:
            emit(h.to_dict(), as_json=False, render=render)

    @app.command(epilog="Examples:\n\n  deeprules report\n\n  deeprules report --html docs/compliance.html")
    @errors_to_exit
    def report(html: Annotated[Path | None, typer.Option("--html", "-o", "--output", dir_okay=False,
                                                         help=f"Where to write the page (default: {REPORT_PAGE} "
                                                         "in the current folder).")] = None,
               repo: RepoOpt = Path("."),
               max_commits: Annotated[int | None, typer.Option("--max-commits", help="Only the last N commits in "
                                                               "the trend.", min=1)] = None) -> None:
        """Write one standalone HTML page: current scores, the trend over the history (inline SVG, no
        network), open ethics concerns and the plan's progress."""
        from ..errors import InputError
        from ..paths import user_file
        from ..report import build_report
        from ..snapshot import find_root
        from ..writer import atomic_write

        html_given = html is not None
        html = html or Path(REPORT_PAGE)
        with progress("commits in the trend") as progress_cb:
            page = build_report(repo, max_commits=max_commits, progress=progress_cb)
        html = user_file(html, repo_root=find_root(repo)[0], what="--html")  # never into .git or via a symlink
        try:
            atomic_write(html, page)
        except OSError as exc:
            raise InputError(f"{html}: cannot write it ({exc.strerror})") from None
        # `deeprules report` alone was click's "Missing option '--html'": the page now has a default name, and
        # the line says how to read it and how to put it elsewhere
        info(f"wrote {html}: open it in a browser" + ("" if html_given else " (--html FILE writes it elsewhere)"))

    data_app = typer.Typer(help="The data manifest (datapackage.json): where each data file came from.",
                           epilog="Example:\n\n  deeprules data add data/raw/images.zip --source "
                           "https://zenodo.org/records/123 --version 2.1",
                           no_args_is_help=True, rich_markup_mode=None, cls=WholeHelpGroup)

    @data_app.command("add", epilog="Examples:\n\n  deeprules data add data/raw/images.zip --source "
                      "https://zenodo.org/records/123 --version 2.1\n\n"
                      "  deeprules data add data/train.csv --source https://example.org/x --downloaded 2024-03-01")
    @errors_to_exit
    def data_add(paths: Annotated[list[Path], typer.Argument(help="Data files (or folders) to record.")],
                 source: Annotated[str, typer.Option("--source", help="Where it came from (a URL or citation).")],
                 version: Annotated[str | None, typer.Option("--version", help="The release or version.")] = None,
                 downloaded: Annotated[str | None, typer.Option("--downloaded", help="Download date, YYYY-MM-DD "
                                                                "(default: today).")] = None,
                 title: Annotated[str | None, typer.Option("--title", help="A title for the source.")] = None,
                 repo: RepoOpt = Path("."), no_commit: NoCommitOpt = False,
                 run_hooks: RunHooksOpt = None, json: JsonOpt = False) -> None:
        """Record data files in the manifest with their checksum, size, source, version and download date,
        and commit the manifest."""
        from ..data import add_data
        from ..gitrepo import GitRepo
        from .project import report_write

        r = GitRepo.find(repo)
        with progress("hashing data files") as progress_cb:
            result = add_data(r, paths, source=source, version=version, downloaded=downloaded, title=title,
                              commit=not no_commit, progress=progress_cb)
        report_write(result, as_json=json)

    app.add_typer(data_app, name="data")

    @app.command("lock-test", epilog="Examples:\n\n  deeprules lock-test data/test/\n\n"
                 "  deeprules lock-test data/test_labels.csv data/test_images/")
    @errors_to_exit
    def lock_test(paths: Annotated[list[Path], typer.Argument(help="The test-set files or folders.")],
                  repo: RepoOpt = Path("."), no_commit: NoCommitOpt = False,
                  run_hooks: RunHooksOpt = None, json: JsonOpt = False) -> None:
        """Lock the test set: record the sha256 of each file in .deeprules/test-lock.json and commit it.
        `deeprules check` (DR702) then fails if any of them changes or disappears."""
        from ..data import lock_test as run_lock
        from ..gitrepo import GitRepo
        from .project import report_write

        r = GitRepo.find(repo)
        with progress("hashing test files") as progress_cb:
            result = run_lock(r, paths, commit=not no_commit, progress=progress_cb)
        report_write(result, as_json=json)


def _fmt(x: float | None, width: int = 0) -> str:
    s = "-" if x is None else f"{x:.0f}"
    return s.rjust(width) if width else s
