"""`deeprules ethics ...`: the ethics register (tip 10) from the command line. Every change is committed
through the writer; the logic lives in deeprules.register."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..encode import strip_controls
from .choices import CloseAs, EthicsFormat, EthicsStatus, Severity, complete_concern_id
from .options import JsonOpt, NoCommitOpt, RepoOpt, RunHooksOpt, WholeHelpGroup
from .output import emit, errors_to_exit, info, term_line, write_text

IdArg = Annotated[str, typer.Argument(metavar="ID", help="ETH-0003, or just 3.", autocompletion=complete_concern_id)]

SEVERITY_HELP = "low, medium, high or blocker"
GH_HELP = (
    "Publish to GitHub: `--format github` writes .github/ISSUE_TEMPLATE/ethics-concern.yml (an issue form) and "
    ".github/ethics-open.json (the open, in-progress and mitigated concerns), committed. Then create the issues "
    "with GitHub's CLI:\n\n"
    "  gh label create ethics --color D93F0B --force\n\n"
    "  jq -c '.[]' .github/ethics-open.json | while read -r i; do gh issue create "
    "--title \"$(jq -r .title <<<\"$i\")\" --body \"$(jq -r .body <<<\"$i\")\" --label ethics; done"
)

ethics_app = typer.Typer(
    help="The ethics register (tip 10): concerns raised, discussed and closed like bugs.\n\n"
    "One Markdown file per concern under ethics/, each change committed, so `git log ethics/` tells the story.",
    epilog="Examples:\n\n  deeprules ethics list --status open\n\n"
    "  deeprules ethics add --title \"Consent does not cover sharing the model\" --severity high\n\n"
    "  deeprules ethics update ETH-0003 --status in_progress --note \"asked the IRB\"\n\n"
    "  deeprules ethics close ETH-0003 --resolution \"amendment approved\"",
    no_args_is_help=True,
    rich_markup_mode=None,
    cls=WholeHelpGroup,
)


def _register(repo: Path) -> Any:
    from ..gitrepo import GitRepo
    from ..register import EthicsRegister

    return EthicsRegister(GitRepo.find(repo))


def _report(change: Any, *, as_json: bool) -> None:
    from .project import report_write

    report_write(change.result, as_json=as_json, extra={"concern": change.concern.to_dict()})


def _interactive() -> bool:
    return sys.stdin.isatty()


@ethics_app.command("list", epilog="Examples:\n\n  deeprules ethics list\n\n"
                    "  deeprules ethics list --status open --status in_progress --json")
@errors_to_exit
def list_(status: Annotated[list[EthicsStatus] | None, typer.Option("--status", case_sensitive=False,
                                                                     help="Only these (repeatable).")] = None,
          repo: RepoOpt = Path("."), json: JsonOpt = False) -> None:
    """List the concerns: id, severity, status, owner, due date, title."""
    wanted = [s.value for s in status or []]
    register = _register(repo)
    rows = [c.to_dict() for c in register.select(wanted)]
    no_register = not rows and not register.files()

    def render(con: Any) -> None:
        from rich.markup import escape
        from rich.table import Table

        if no_register:  # a project before `init`: say how a register starts, not just "no concerns"
            con.print(f"no ethics register yet ({escape(register.folder)}/ has no concerns): `deeprules init` "
                      "opens the concerns your answers call for; `deeprules ethics add --title ...` raises one")
            return
        if not rows:
            con.print("[dim]no concerns" + (" with that status" if wanted else "") + "[/dim]")
            return
        from rich import box

        table = Table(header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)
        # A column no concern fills (owner, due, before anyone took one on) is left out: at 80 columns its
        # width is what the title needs. Ids and statuses are typed: never broken.
        shown = [col for col in ("owner", "due") if any(r[col] for r in rows)]
        for col in ("id", "severity", "status", *shown, "actions"):
            table.add_column(col, no_wrap=col != "owner")
        table.add_column("title", ratio=1, min_width=16)
        colour = {"blocker": "bold red", "high": "red", "medium": "yellow", "low": "dim"}
        for r in rows:
            table.add_row(term_line(r["id"]), f"[{colour[r['severity']]}]{r['severity']}[/]", term_line(r["status"]),
                          *(term_line(r[col] or "-") for col in shown),
                          f"{r['actions']['done']}/{r['actions']['total']}", term_line(r["title"]))
        con.print(table)
        if len(shown) < 2:
            con.print("[dim]" + " and ".join(c for c in ("owner", "due") if c not in shown)
                      + ": none set yet (`deeprules ethics update ID --owner NAME --due YYYY-MM-DD`)[/dim]")

    # An object, as every other --json: a script reads `.concerns`, and keys can be added without breaking it.
    emit({"concerns": rows}, as_json=json, render=render)


@ethics_app.command(epilog="Example:\n\n  deeprules ethics show ETH-0003\n\n  deeprules ethics show 3 --json")
@errors_to_exit
def show(concern_id: IdArg,
         repo: RepoOpt = Path("."), json: JsonOpt = False) -> None:
    """Show one concern: its fields, the file, and its log."""
    c = _register(repo).get(concern_id)
    data = c.to_dict(body=True)

    def render(con: Any) -> None:
        from rich.markdown import Markdown

        con.print(f"[bold]{term_line(c.id)}[/bold] {term_line(c.title)}")
        con.print(f"  severity {c.severity} · status {c.status} · owner {term_line(c.owner or '-')} · due "
                  f"{term_line(data['due'] or '-')} · raised {term_line(data['raised'] or '-')} by "
                  f"{term_line(c.raised_by or '-')}")
        if c.resolution:
            con.print(f"  resolution: {term_line(c.resolution)}")
        con.print(f"  file: {term_line(c.path)}\n")
        # No terminal hyperlinks: a link's text could hide where it goes (the URL is shown instead).
        con.print(Markdown(strip_controls(c.body), hyperlinks=False))

    emit(data, as_json=json, render=render)


@ethics_app.command(epilog="Examples:\n\n"
                    "  deeprules ethics add --title \"Consent does not cover sharing the model\" --severity high\n\n"
                    "  deeprules ethics add --title \"Site bias\" --why \"...\" --action \"Hold out a site\" "
                    "--owner \"Ana Ruiz\" --due 2027-01-31")
@errors_to_exit
def add(title: Annotated[str | None, typer.Option("--title", "-t", help="One line; also names the file.")] = None,
        severity: Annotated[Severity | None, typer.Option("--severity", case_sensitive=False,
                                                          help="How serious (default medium).")] = None,
        description: Annotated[str | None, typer.Option("--description", "-d", help="The concern in detail.")]
        = None,
        why: Annotated[str | None, typer.Option("--why", help="Why it matters in this project.")] = None,
        action: Annotated[list[str] | None, typer.Option("--action", help="A suggested action (repeatable).")]
        = None,
        owner: Annotated[str | None, typer.Option("--owner", help="Who looks after it.")] = None,
        due: Annotated[str | None, typer.Option("--due", help="Due date, YYYY-MM-DD.")] = None,
        tip: Annotated[int, typer.Option("--tip", help="The tip it relates to (1-10).")] = 10,
        recommendation: Annotated[list[str] | None, typer.Option(
            "--recommendation", "-r", help="A recommendation id from the plan, e.g. T10.irb (repeatable).")] = None,
        ref: Annotated[list[int] | None, typer.Option("--ref", help="A reference number of the paper (repeatable).")]
        = None,
        repo: RepoOpt = Path("."), no_commit: NoCommitOpt = False,
        run_hooks: RunHooksOpt = None, json: JsonOpt = False) -> None:
    """Raise a new concern: the next free id (never reused, safe with two `add` at once), committed.

    In a terminal, missing fields are asked for; in a script, --title is required."""
    if _interactive():
        if not title:
            title = typer.prompt("Title (one line)")
        if severity is None:
            while severity is None:
                raw = str(typer.prompt(f"Severity ({SEVERITY_HELP})", default="medium")).strip().lower()
                severity = Severity(raw) if raw in Severity.__members__ else None
        if why is None:
            why = typer.prompt("Why it matters here (Enter to skip)", default="", show_default=False) or None
        if owner is None:
            owner = typer.prompt("Owner (Enter to skip)", default="", show_default=False) or None
    elif not title:
        raise typer.BadParameter("--title is required when not run in a terminal", param_hint="--title")
    change = _register(repo).add(title or "", severity=severity.value if severity else "medium",
                                 description=description, why=why, actions=action or (), owner=owner, due=due, tip=tip,
                                 recommendation=recommendation or (), refs=ref or (), commit=not no_commit)
    info(f"raised {change.concern.id}: {change.concern.path}")
    _report(change, as_json=json)


@ethics_app.command(epilog="Examples:\n\n"
                    "  deeprules ethics update ETH-0003 --status in_progress --owner \"Ana Ruiz\"\n\n"
                    "  deeprules ethics update 3 --note \"IRB says the amendment is needed; submitted today\"\n\n"
                    "  deeprules ethics update 3 --status mitigated --note \"weights stay internal\"")
@errors_to_exit
def update(concern_id: IdArg,
           status: Annotated[EthicsStatus | None, typer.Option("--status", case_sensitive=False,
                                                               help="The new status.")] = None,
           owner: Annotated[str | None, typer.Option("--owner", help="Who looks after it (\"\" to clear).")] = None,
           due: Annotated[str | None, typer.Option("--due", help="Due date, YYYY-MM-DD.")] = None,
           severity: Annotated[Severity | None, typer.Option("--severity", case_sensitive=False,
                                                             help="How serious.")] = None,
           resolution: Annotated[str | None, typer.Option("--resolution", help="How it was resolved.")] = None,
           note: Annotated[str | None, typer.Option("--note", "-m", help="A comment for the log.")] = None,
           repo: RepoOpt = Path("."), no_commit: NoCommitOpt = False,
           run_hooks: RunHooksOpt = None, json: JsonOpt = False) -> None:
    """Change a concern and append a dated entry signed with your git name to its log; committed as
    `deeprules: ETH-0003 open -> in_progress`."""
    change = _register(repo).update(concern_id, status=status.value if status else None, owner=owner, due=due,
                                    severity=severity.value if severity else None,
                                    resolution=resolution, note=note, commit=not no_commit)
    _report(change, as_json=json)


@ethics_app.command(epilog="Examples:\n\n"
                    "  deeprules ethics close ETH-0003 --resolution \"Weights kept internal; approved by the DPO\"\n\n"
                    "  deeprules ethics close 5 --as accepted_risk --resolution \"Single site; stated in the card\"")
@errors_to_exit
def close(concern_id: IdArg,
          resolution: Annotated[str, typer.Option("--resolution", help="How it was resolved (required).")],
          as_: Annotated[CloseAs, typer.Option("--as", case_sensitive=False, help="The closing status.")]
          = CloseAs.closed,
          note: Annotated[str | None, typer.Option("--note", "-m", help="A comment for the log.")] = None,
          repo: RepoOpt = Path("."), no_commit: NoCommitOpt = False,
          run_hooks: RunHooksOpt = None, json: JsonOpt = False) -> None:
    """Close a concern (or accept the risk) with a resolution; logged and committed."""
    change = _register(repo).close(concern_id, resolution=resolution, status=CloseAs(as_).value, note=note,
                                   commit=not no_commit)
    _report(change, as_json=json)


@ethics_app.command(epilog="Example:\n\n  deeprules ethics log ETH-0003\n\n  deeprules ethics log 3 --json")
@errors_to_exit
def log(concern_id: IdArg,
        repo: RepoOpt = Path("."), json: JsonOpt = False) -> None:
    """The concern's history from git, oldest first: each commit and the status after it."""
    from ..register import normalise_id

    rows = _register(repo).history(concern_id)

    def render(con: Any) -> None:
        from rich.table import Table

        if not rows:
            con.print("[dim]not committed yet[/dim]")
            return
        from rich import box

        table = Table(header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)  # as `ethics list`
        for col in ("date", "author", "status", "commit"):
            table.add_column(col, no_wrap=True)
        table.add_column("subject", ratio=1, min_width=16)
        for r in rows:
            table.add_row(term_line(r["date"][:10]), term_line(r["author"]), term_line(r["status"] or "?"),
                          term_line(r["sha"][:10]), term_line(r["subject"]))
        con.print(table)

    emit({"id": normalise_id(concern_id), "history": rows}, as_json=json, render=render)


@ethics_app.command(epilog="Examples:\n\n  deeprules ethics export --format csv --output ethics.csv\n\n"
                    "  deeprules ethics export --format markdown\n\n  deeprules ethics export --format github\n\n"
                    + GH_HELP)
@errors_to_exit
def export(fmt: Annotated[EthicsFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                    help="What to write.")] = EthicsFormat.markdown,
           output: Annotated[Path | None, typer.Option(
               "--output", "-o", help="csv/json/markdown: write to this file instead of stdout; github: where the "
               "JSON of open items goes (default .github/ethics-open.json).", dir_okay=False)] = None,
           status: Annotated[list[EthicsStatus] | None, typer.Option("--status", case_sensitive=False,
                                                                     help="Only these (repeatable).")] = None,
           repo: RepoOpt = Path("."), no_commit: NoCommitOpt = False,
           run_hooks: RunHooksOpt = None, json: JsonOpt = False) -> None:
    """Export the register for reports (csv, json, markdown) or for GitHub's issue tracker (github)."""
    reg = _register(repo)
    fmt_name = EthicsFormat(fmt).value
    if fmt_name == "github":
        from ..register import OPEN_JSON_PATH
        from .project import report_write

        target = OPEN_JSON_PATH if output is None else str(Path.cwd() / output if not output.is_absolute()
                                                          else output)
        result = reg.export_github(json_path=target, commit=not no_commit)
        report_write(result, as_json=json)
        if not json:
            info(GH_HELP.split("\n\n", 1)[1])
        return
    wanted = [s.value for s in status or []]
    text = reg.export(fmt_name, statuses=wanted)
    if output is None:
        write_text(text)
    else:
        from ..paths import user_file
        from ..writer import atomic_write

        atomic_write(user_file(output, repo_root=reg.repo.root, what="--output"), text)
        info(f"wrote {output}")


def register(app: typer.Typer) -> None:
    app.add_typer(ethics_app, name="ethics")
