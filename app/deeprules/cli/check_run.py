"""`deeprules check`'s work, without Typer: `run_check` is what the command does (cli/compliance.py's `check`
is its Typer front, with the options, help and completion), and `run_plain` runs it straight from the
command line for the common forms (`check`, `check --json`, `--format F`, `-C DIR`, `--rev R`, `--staged`,
`--no-cache`, `--verbose`, `--no-regression`: what the pre-commit hook runs), so that a warm check does not
import Typer and build the command (~30 ms of a ~100 ms run on a real repository). Any other form (help,
--select, a typo) goes to Typer, which parses it. The table's renderer is here too, for the same reason."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

from ..encode import one_line
from ..errors import DeeprulesError
from .output import emit, report_error, warn, write_text

FORMATS = ("table", "json", "markdown", "sarif", "badge")  # compliance.CheckFormat's values


def run_check(repo: Path, *, fmt: str = "table", verbose: bool = False, select: list[str] | None = None,
              ignore: list[str] | None = None, fail_under: float | None = None, rev: str | None = None,
              staged: bool = False, no_regression: bool = False, no_cache: bool = False,
              explain: str | None = None) -> None:
    """Check the repository (work tree, index or commit) and print the report in `fmt`; raise GateFailed when
    a gate (--fail-under, --no-regression) says no."""
    from ..checks import parse_ignores, run_checks
    from ..config import fail_under_value, load_config
    from ..errors import GateFailed
    from ..history import Cache
    from ..snapshot import find_root, open_snapshot

    root, git_dir = find_root(repo)
    config = load_config(root)
    # Validated before the checks run: NaN or -1 must never switch the gate off (config's is checked on load).
    threshold = fail_under_value(fail_under, "--fail-under") if fail_under is not None \
        else config.check.get("fail_under")
    ignores = parse_ignores(ignore) if ignore else None
    if ignores is not None:
        from ..checks import _config_ignore

        ignores = {**_config_ignore(config), **ignores}
    cache = Cache(None if no_cache else git_dir)
    cache.load_specs()
    memo = cache.load_memo()
    with open_snapshot(root, rev=rev, staged=staged) as snap:
        report = run_checks(snap, None, config, select=select, ignore=ignores, memo=memo)
    before = None
    if no_regression and rev != "HEAD":
        from ..gitrepo import GitRepo

        if GitRepo.find(root).head_sha() is not None:  # no commit yet: nothing to regress from
            with open_snapshot(root, rev="HEAD") as snap:
                before = run_checks(snap, None, config, select=select, ignore=ignores, memo=memo)
    cache.save_memo(memo)
    for name in cache.rebuilt:
        warn(f"the cache file .git/{'deeprules-cache'}/{name} was unreadable; rebuilt it")
    if explain:
        from ..checks.formats import explain as explain_check
        from ..checks.formats import explain_text

        data = explain_check(report, explain)
        if fmt == "json":
            emit(data, as_json=True)
        else:
            emit(data, as_json=False, render=lambda con: print_indented(explain_text(data), con))
        return
    if fmt == "json":
        emit(report.to_dict(), as_json=True)
    elif fmt == "markdown":
        from ..checks.formats import to_markdown

        write_text(to_markdown(report))
    elif fmt == "sarif":
        from ..checks.formats import to_sarif

        emit(to_sarif(report, fallback_uri=config.path("plan")), as_json=True)
    elif fmt == "badge":
        emit(badge(report.overall), as_json=True)
    else:
        emit(report.to_dict(), as_json=False, render=lambda con: render_table(report, con, verbose=verbose))
    if before is not None:
        worse = regressions(before, report)
        if worse:
            raise GateFailed("the score went down against the last commit: " + "; ".join(worse))
    if threshold is not None:
        overall = report.overall or 0.0
        if overall < threshold:
            raise GateFailed(f"overall score {overall:.0f} is under the threshold {threshold:g}")


_FLAGS = {"--json": "json", "--no-cache": "no_cache", "--staged": "staged", "--verbose": "verbose", "-v": "verbose",
          "--no-regression": "no_regression"}
_VALUES = {"--format": "format", "-f": "format", "--repo": "repo", "-C": "repo", "--rev": "rev"}


def plain_args(argv: list[str]) -> dict[str, Any] | None:
    """`run_check`'s arguments when `argv` (after `check`) holds only the common forms, each option and its
    value as separate words; None for anything else, which Typer then parses (and reports, if wrong)."""
    got: dict[str, Any] = {"repo": ".", "format": "table", "rev": None}
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in _FLAGS:
            got[_FLAGS[word]] = True
        elif word in _VALUES and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            i += 1
            got[_VALUES[word]] = argv[i]
        else:
            return None
        i += 1
    fmt = "json" if got.get("json") else got["format"].lower()  # --format is case-insensitive
    repo = Path(got["repo"])
    if fmt not in FORMATS or repo.is_file():  # Typer says why
        return None
    return {"repo": repo, "fmt": fmt, "verbose": bool(got.get("verbose")), "rev": got["rev"],
            "staged": bool(got.get("staged")), "no_cache": bool(got.get("no_cache")),
            "no_regression": bool(got.get("no_regression"))}


def run_plain(argv: list[str]) -> int | None:
    """Run `deeprules check ARGV` without Typer when `plain_args` accepts ARGV: its exit code; else None."""
    args = plain_args(argv)
    if args is None:
        return None
    try:
        run_check(**args)
    except BrokenPipeError:  # the reader left (`deeprules check --json | head -1`): quietly exit 1, as Click does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (DeeprulesError, KeyboardInterrupt) as exc:  # as every Typer command maps them (errors_to_exit)
        return report_error(exc)
    return 0


STATUS_STYLE = {"pass": "[green]pass[/]", "warn": "[yellow]warn[/]", "fail": "[bold red]fail[/]", "na": "[dim]n/a[/]"}


def _bar(score: float | None, width: int = 10) -> str:
    if score is None:
        return "[dim]" + "·" * width + "[/]"
    full = round(score / 100 * width)
    colour = "green" if score >= 80 else "yellow" if score >= 50 else "red"
    return f"[{colour}]" + "█" * full + "[/][dim]" + "░" * (width - full) + "[/]"


def render_table(report: Any, con: Any, *, verbose: bool = False) -> None:
    """The check results: one line per check (tip, score, id, status, title), grouped by tip; `verbose` adds
    each check's evidence or reason under it. Ids are never broken; titles are cut to the width."""
    from rich.markup import escape
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from ..checks.formats import checked_what

    bar_width = 10 if con.width >= 100 else 5
    id_width = max((len(r.id) for r in report.results), default=5)
    # tip, score + bar, id, status: fixed widths, one space between columns; the title gets the rest
    fixed = (3, 4 + bar_width, id_width, 7)
    title_width = max(20, con.width - sum(fixed) - len(fixed) - 1)
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False, show_edge=False,
                  padding=(0, 1), collapse_padding=True)
    table.add_column("tip", justify="right", no_wrap=True, width=fixed[0])
    table.add_column("score", no_wrap=True, width=fixed[1])
    table.add_column("check", no_wrap=True, width=fixed[2])
    table.add_column("status", no_wrap=True, width=fixed[3])
    table.add_column("title", no_wrap=not verbose, overflow="ellipsis" if not verbose else "fold",
                     max_width=title_width)
    tips = report.tips
    for tip, results in sorted(report.by_tip().items()):
        score = tips.get(tip)
        for i, r in enumerate(results):
            status = STATUS_STYLE[r.status] if r.ignored is None else "[dim]ignored[/]"
            title = Text(one_line(r.title))  # a lab's own check titles come from the repository
            if verbose:
                where = f"{r.evidence[0][0]}:{r.evidence[0][1]} " if r.evidence and r.status != "na" else ""
                why = f"ignored: {r.ignored}" if r.ignored else r.reason + (f" (adopt: `{r.adopt}`)" if r.adopt else "")
                title.append("\n" + one_line(f"{where}{why}"), style="dim")
            score_cell = f"{'n/a' if score is None else f'{score:.0f}':>3} {_bar(score, bar_width)}" if i == 0 else ""
            table.add_row(f"{tip}" if i == 0 else "", score_cell, r.id, status, title,
                          end_section=verbose and i == len(results) - 1)
    con.print(table)
    overall = report.overall
    con.print(f"[bold]overall {'n/a' if overall is None else f'{overall:.0f}/100'}[/]  {_bar(overall, 20)}")
    steps = report.next_steps()
    if steps:
        con.print("\n[bold]What to do next[/]")
        from .output import fill_words

        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, justify="right")
        grid.add_column(ratio=1)
        # wrapped here, at words, so that a command in backticks is never cut over two lines as Rich would
        room = max(20, con.width - 2 - max(len(r.id) for r in steps) - 1)
        for r in steps:
            cell, here = Text(fill_words(r.fix, room)), found_here(r)
            if here:
                cell.append("\n" + fill_words(one_line(here), room), style="dim")
            grid.add_row(f"  [bold]{r.id}[/]", cell)
        con.print(grid)
        rest = [r.id for r in report.next_steps(limit=len(report.results))[len(steps):]]
        if rest:
            # Five steps of eleven failing checks, unsaid: DR102 failed after `init` and was nowhere to be seen.
            more = f"and {len(rest)} more not passing ({', '.join(rest)}): --verbose lists them"
            con.print(Padding(Text(more, style="dim"), (0, 0, 0, 2)))
        con.print(Padding(Text("why a check failed and how to fix it: deeprules check --explain ID", style="dim"),
                          (0, 0, 0, 2)))
    adopt = adoption_steps(report)
    if adopt:
        # The "n/a" rows a command would bring into the score (a repository without a plan has six): the
        # table said only "n/a", and "What to do next" listed failing checks, never `deeprules init`.
        con.print("\n[bold]Not in the score yet[/] [dim](n/a: these commands bring them in)[/]")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        for command, ids in adopt.items():
            grid.add_row(f"  [bold]{escape(command)}[/]", ", ".join(ids))
        con.print(grid)
    if not verbose and not (steps and len(report.next_steps(limit=len(report.results))) > len(steps)):
        con.print("[dim]each check's evidence or reason: --verbose[/]")  # unless "and N more ..." said so
    if report.unread:
        # a MATLAB or Julia repository's failing verdicts said nothing of the code they could not see
        langs = ", ".join(f"{n} {name}" for name, n in report.unread.items())
        con.print(f"[dim]code not read: {escape(langs)} file(s); what they do is not in the verdicts[/]")
    skipped = report.skipped
    if skipped:
        con.print("[dim]files skipped while reading: " + ", ".join(f"{n} {k}" for k, n in skipped.items()) + "[/]")
    st = report.stamp
    what, version = f"checked {checked_what(st)}", f"deeprules {st['deeprules']} · check set {st['checkset']}"
    sep = " · " if len(what) + 3 + len(version) <= con.width else "\n"  # wrap between the parts, not in one
    con.print(f"[dim]{escape(what)}{sep}{version}[/]")


def found_here(result: Any) -> str:
    """What a check saw in THIS repository, under its (generic) fix in "What to do next": its first piece of
    evidence with the reason ("requirements.txt:1 0 of 8 packages pinned"), or that it found nothing; the fix
    alone ("Split by group ...") read the same in a repository with a random split and in one with no split."""
    reason = result.reason or ""
    if result.evidence:
        path, line = result.evidence[0][0], result.evidence[0][1]
        return f"here: {path}:{line} {reason}".rstrip()
    if re.search(r"; found none$", reason):
        # the whole command, in backticks: "(what it looked for: --explain DR304)" did not run when pasted
        return f"here: nothing found; see `deeprules check --explain {result.id}`"
    return f"here: {reason}" if reason else ""


def print_indented(text: str, con: Any) -> None:
    """Plain text wrapped at the terminal's width, each line's leading spaces kept as its indent for every
    line it wraps onto: `check --explain` printed its long lines as they were, and an 80-column terminal
    broke them mid-word at column 0."""
    from rich.text import Text

    from .output import fill_words

    for line in text.rstrip("\n").split("\n"):
        body = line.lstrip(" ")
        indent = " " * (len(line) - len(body))
        if not body:
            con.print()
            continue
        # a long word (a URL, a path) is cut at the width as before; a command in backticks stays whole
        for part in fill_words(body, max(20, con.width - len(indent)), break_long_words=True).split("\n"):
            con.print(Text(indent + part), soft_wrap=True)


def adoption_steps(report: Any) -> dict[str, list[str]]:
    """Command -> the checks it brings into the score: those not adopted (their `adopt` command) and those that
    could not run for want of something a command creates (the command their reason names), in table order."""
    steps: dict[str, list[str]] = {}
    for r in report.results:
        if r.status != "na" or r.ignored is not None:
            continue
        command = r.adopt if r.na_kind == "not_adopted" else None
        if r.na_kind == "could_not_run":
            named = re.search(r"`(deeprules [^`]+)`", r.reason or "")
            command = named[1] if named else None
        if command:
            steps.setdefault(command, []).append(r.id)
    return steps


def regressions(before: Any, after: Any) -> list[str]:
    """What got worse from `before` to `after` (overall and per tip, rounded as shown), with the checks to blame."""
    out: list[str] = []

    def shown(x: float | None) -> float | None:
        return None if x is None else round(x)

    old_checks = {r.id: r for r in before.results}

    def got_worse(r: Any) -> bool:
        """Counted before, and now lower or no longer counted (its evidence vanished: 'not adopted')."""
        was = old_checks.get(r.id)
        return was is not None and was.counted and (not r.counted or r.score < was.score)

    for tip, old in before.tips.items():
        new = after.tips.get(tip)
        if shown(old) is None:
            continue
        # A tip whose evidence vanished (a score before, n/a now: its file deleted or unstaged) went down too.
        if shown(new) is None or shown(new) < shown(old):  # type: ignore[operator]
            blame = [r.id for r in after.results if r.tip == tip and got_worse(r)]
            now = "n/a" if shown(new) is None else shown(new)
            out.append(f"tip {tip} {shown(old)} -> {now}" + (f" ({', '.join(blame)})" if blame else ""))
    old_all, new_all = shown(before.overall), shown(after.overall)
    if old_all is not None and new_all is not None and new_all < old_all:
        blame = [r.id for r in after.results if got_worse(r)]
        out.insert(0, f"overall {old_all} -> {new_all}" + (f" ({', '.join(blame)})" if blame else ""))
    return out


def badge(overall: float | None, *, label: str = "deeprules") -> dict[str, Any]:
    """shields.io endpoint JSON (https://shields.io/badges/endpoint-badge) for the overall score."""
    if overall is None:
        return {"schemaVersion": 1, "label": label, "message": "n/a", "color": "lightgrey"}
    color = "brightgreen" if overall >= 80 else "yellow" if overall >= 50 else "red"
    return {"schemaVersion": 1, "label": label, "message": f"{overall:.0f}/100", "color": color}
