"""`deeprules init`, `plan`, `answer`, `status`: write the plan (and the other generated files) into the
user's repository through the one writer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..words import count
from .choices import complete_assignment
from .options import AnswersOpt, ExampleOpt, JsonOpt, NoCommitOpt, RepoOpt, RunHooksOpt, SetOpt
from .output import emit, errors_to_exit, info, term_line, warn

ACTION_STYLE = {"created": "green", "updated": "cyan", "merged": "cyan", "restored": "green",
                "conflict": "bold red", "unchanged": "dim", "deleted-kept": "yellow"}


def report_write(result: Any, *, as_json: bool, show_diff: bool = False, extra: dict[str, Any] | None = None,
                 headline: str | None = None, next_steps: list[str] | None = None) -> None:
    """Print a WriteResult: which files did what, the commit, warnings, and diffs when asked (and
    `headline` first, `next_steps` last, in the readable form)."""
    for w in result.warnings:
        warn(w)
    data = {**result.to_dict(), **(extra or {})}
    if not show_diff:
        data["files"] = [{k: v for k, v in f.items() if k != "diff"} for f in data["files"]]

    def render(con: Any) -> None:
        from rich.syntax import Syntax
        from rich.text import Text

        if headline:
            con.print(Text(headline))
        for f in result.files:
            style = ACTION_STYLE.get(f.action, "")
            note = " (deleted by you; --restore re-creates it)" if f.action == "deleted-kept" else ""
            con.print(f"  [{style}]{f.action:>12}[/] {term_line(f.path)}{note}")
            if show_diff and f.diff:
                # Syntax cut every line at the width (`--diff | less` read "from T"): a person's terminal wraps
                # them; a pipe (a file, a pager) gets each line whole.
                if con.is_terminal:
                    con.print(Syntax(f.diff, "diff", theme="ansi_dark", background_color="default", word_wrap=True))
                else:
                    con.print(Text(f.diff.rstrip("\n")), soft_wrap=True)
        if result.dry_run:
            con.print("[dim]dry run: nothing written[/dim]")
        elif result.commit:
            con.print(f"[green]committed[/green] {result.commit[:10]}")
        elif any(f.written for f in result.files):
            con.print("[dim]written, not committed (--no-commit)[/dim]")
        else:
            con.print("[dim]nothing to change[/dim]")
        if next_steps:
            from rich.text import Text

            from .assess import hanging_grid

            con.print("\n[bold]Next[/bold]")
            steps = hanging_grid(1)
            for step in next_steps:
                steps.add_row("  •", Text(step))
            con.print(steps)

    emit(data, as_json=as_json, render=render)


def init_next_steps(repo: Any, result: Any, answers_file: Path | None) -> list[str]:
    """What a new project does after its first `init`: read the plan, where the answers now live, the register
    and the checks. Nothing after a re-run (the plan was there) or a dry run."""
    from ..answers import ANSWERS_PATH
    from ..config import load_config

    plan = load_config(repo.root).path("plan")
    if result.dry_run or not any(f.action == "created" and f.path == plan for f in result.files):
        return []
    moved = ""
    if answers_file is not None and Path(answers_file).resolve() != (repo.root / ANSWERS_PATH).resolve():
        moved = f" (read from there from now on, not from {answers_file})"
    return [f"read {plan}: the verdict and its reasons first, then each tip's tasks to tick",
            f"change an answer: `deeprules answer ID=VALUE`; the answers are in {ANSWERS_PATH}{moved}",
            "the ethics concerns: `deeprules ethics list`; what the model card still needs: `deeprules card check`",
            "`deeprules check` scores this repository's code against the tips now; `deeprules check --explain ID` "
            "says why a check failed" if _has_own_files(repo, result) else
            "once there is code: `deeprules check` scores the repository against the tips"]


def _has_own_files(repo: Any, result: Any) -> bool:
    """Whether the repository holds files of the user's besides what deeprules wrote: `init` in an existing
    project (615 commits of code) said "once there is code", as if the repository were empty."""
    from ..answers import ANSWERS_PATH

    ours = {f.path for f in result.files}
    own = str(ANSWERS_PATH).split("/", 1)[0] + "/"
    return any(p and p not in ours and not p.startswith(own) for p in repo.git("ls-files", "-z").split("\0"))


def _root_of(path: Path) -> Path | None:
    """The repository root `path` is in, or None (not a repository yet: `init --git-init` makes one)."""
    from ..errors import DeeprulesError
    from ..gitrepo import GitRepo

    try:
        return Path(GitRepo.find(path).root)
    except DeeprulesError:
        return None


def _outside_root_note(path: Path, root: Path | None, *, had_answers: bool) -> str | None:
    """What `init FOLDER` does when FOLDER is inside a repository but not its root: it writes at the root (one
    project per repository), which `init projA` then `init projB` showed only as "updated PLAN.md"."""
    if root is None or Path(path).resolve() == root.resolve():
        return None
    folder = Path(path).resolve().relative_to(root.resolve()).as_posix() + "/"
    replaced = "; it replaces the answers already there (git history keeps them)" if had_answers else ""
    return (f"{folder} is a folder inside the repository {root}: deeprules keeps one project per repository "
            f"and writes its plan, card, register and answers at the root, not in {folder}{replaced}")


def _saved_answers(root: Path | None) -> Any:
    """The project's answers before a re-run of `init`, or None (none yet, or unreadable: init replaces them)."""
    from ..errors import DeeprulesError
    from ..gitrepo import GitRepo
    from ..project import load_project_answers

    try:
        return load_project_answers(GitRepo.find(root)) if root is not None else None
    except DeeprulesError:
        return None


def _rerun_headline(before: Any, after: Any) -> str | None:
    """A re-run of `init` with other answers: how many changed and what that did to the verdict, as `answer`
    says it. It listed "updated PLAN.md" only, whether 1 answer or 25 (a template over filled answers) changed."""
    if before is None:
        return None
    from ..engine import assess, verdict_change

    changed = after.changed_from(before)
    if not changed:
        return None
    shown = ", ".join(changed[:6]) + (f" and {len(changed) - 6} more" if len(changed) > 6 else "")
    return f"answers replaced: {count(len(changed), 'answer')} changed ({shown})\n" + _verdict_message(
        verdict_change(assess(before), assess(after)))


def _verdict_message(change: dict[str, Any]) -> str:
    """One line on tip 1 after `answer`: the verdict (old -> new), the score, and the parts that moved."""
    moved = ", ".join(f"{m['factor']} {m['before']:+.2f} -> {m['after']:+.2f}" for m in change["moved"][:4])
    score = f"score {change['score_before']:.2f} -> {change['score_after']:.2f}"
    if change["changed"]:
        head = f"tip 1 verdict changed: {change['before']} -> {change['after']} ({score}"
    else:
        head = f"tip 1 verdict unchanged: {change['after']} ({score}"
    tail = f"; moved: {moved})" if moved else ")"
    border = f" {change['borderline']}" if change["borderline"] else ""
    return head + tail + border


def _file_state(row: dict[str, Any]) -> str:
    """A generated file's state in words (`status`): the --json keys exists/edited/stale/uncommitted."""
    words = []
    if not row["exists"]:
        words.append("[yellow]not written yet[/]")
    if row["edited"]:
        words.append("edited by you")
    if row["stale"] and row["exists"]:
        words.append("[yellow]stale[/] (the answers changed)")
    if row["uncommitted"]:
        words.append("not committed")
    return ", ".join(words) or "[green]up to date[/]"


def register(app: typer.Typer) -> None:
    @app.command(epilog="Examples:\n\n  deeprules init --example microscopy\n\n"
                 "  deeprules init ../my-project --answers answers.yaml --git-init\n\n"
                 "  deeprules init --answers answers.yaml --set compute=cluster --no-commit")
    @errors_to_exit
    def init(path: Annotated[Path, typer.Argument(help="The repository (or a folder in it).", file_okay=False)]
             = Path("."),
             answers: AnswersOpt = None, example: ExampleOpt = None, set_: SetOpt = None,
             no_commit: NoCommitOpt = False, run_hooks: RunHooksOpt = None,
             git_init: Annotated[bool, typer.Option("--git-init", help="Create a git repository if needed.")]
             = False,
             restore: Annotated[bool, typer.Option("--restore", help="Re-create generated files you deleted.")]
             = False,
             json: JsonOpt = False) -> None:
        """Record your answers in .deeprules/answers.yaml, write the plan, and commit only those files."""
        from ..answers import ANSWERS_PATH, resolve_answers
        from ..project import init as run_init

        root = _root_of(path)
        existing = (root or Path(path)) / ANSWERS_PATH
        if answers is None and example is None:
            if not existing.exists():
                if sys.stdin.isatty() and sys.stdout.isatty():
                    info("No answers yet. Start the guided questionnaire with `deeprules` in your repository,\n"
                         "or give them: `deeprules init --answers FILE` (see `deeprules questions`),\n"
                         "or try a bundled example: `deeprules init --example microscopy`.")
                    raise typer.Exit(2)
                raise typer.BadParameter("in a script, init needs --answers FILE or --example NAME",
                                         param_hint="--answers")
            answers = existing
        resolved = resolve_answers(path=answers, example=example, sets=set_ or ())
        assert resolved is not None
        given = example is not None or (answers is not None and Path(answers).resolve() != existing.resolve())
        note = _outside_root_note(path, root, had_answers=given and existing.exists())
        before = _saved_answers(root) if existing.exists() else None
        repo, result = run_init(path, resolved, git_init=git_init, commit=not no_commit, restore=restore)
        if note:
            warn(note)
        report_write(result, as_json=json, next_steps=init_next_steps(repo, result, answers),
                     headline=_rerun_headline(before, resolved))

    @app.command(epilog="Examples:\n\n  deeprules plan\n\n  deeprules plan --dry-run --diff\n\n"
                 "  deeprules plan --restore")
    @errors_to_exit
    def plan(repo: RepoOpt = Path("."), no_commit: NoCommitOpt = False, run_hooks: RunHooksOpt = None,
             dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; write nothing.")]
             = False,
             diff: Annotated[bool, typer.Option("--diff", help="Show the unified diff of each file.")] = False,
             restore: Annotated[bool, typer.Option("--restore", help="Re-create generated files you deleted.")]
             = False,
             json: JsonOpt = False) -> None:
        """Re-render the generated files from the current answers, keeping your edits (three-way merge)."""
        from ..gitrepo import GitRepo
        from ..project import load_project_answers, sync

        r = GitRepo.find(repo)
        result = sync(r, load_project_answers(r), commit=not no_commit, dry_run=dry_run, restore=restore)
        report_write(result, as_json=json, show_diff=diff)

    @app.command(epilog="Examples:\n\n  deeprules answer n_samples=2400 compute=workstation_gpu\n\n"
                 "  deeprules answer share_model=no --no-commit")
    @errors_to_exit
    def answer(assignments: Annotated[list[str], typer.Argument(help="id=value pairs.", metavar="ID=VALUE...",
                                                                autocompletion=complete_assignment)],
               repo: RepoOpt = Path("."), no_commit: NoCommitOpt = False,
               run_hooks: RunHooksOpt = None, json: JsonOpt = False) -> None:
        """Change answers (your comments in answers.yaml survive), then re-render and commit.

        Refuses (exit 2, nothing written) when the new answers contradict each other, naming both; says
        whether the tip 1 verdict changed and which parts of its score moved."""
        from ..engine import assess, verdict_change
        from ..gitrepo import GitRepo
        from ..project import load_project_answers, set_answers

        r = GitRepo.find(repo)
        before = assess(load_project_answers(r))
        changed, result = set_answers(r, assignments, commit=not no_commit)
        change = verdict_change(before, assess(load_project_answers(r)))
        report_write(result, as_json=json, extra={"changed": changed, "verdict": change},
                     headline=_verdict_message(change))

    @app.command(epilog="Example:\n\n  deeprules status --json")
    @errors_to_exit
    def status(repo: RepoOpt = Path("."), json: JsonOpt = False) -> None:
        """Which generated files exist, which you edited, which are stale against the answers."""
        from ..gitrepo import GitRepo
        from ..project import status as run_status

        rows = [s.to_dict() for s in run_status(GitRepo.find(repo))]

        def render(con: Any) -> None:
            from rich import box
            from rich.table import Table

            # Two columns a person reads: the file (a path to copy, folded, never cut) and its state in words
            # (--json keeps kind and the four flags). Six columns of yes and "-" left "e…", "e…", "…" as
            # headings at 80 columns once a concern's file name was long, and cut that name.
            table = Table(header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)
            table.add_column("file", overflow="fold")
            table.add_column("state")
            for s in rows:
                table.add_row(term_line(s["path"]), _file_state(s))
            con.print(table)
            if any(s["stale"] or not s["exists"] for s in rows):
                con.print("[dim]not written yet or stale: `deeprules plan` writes them from the answers[/dim]")

        emit({"files": rows}, as_json=json, render=render)
