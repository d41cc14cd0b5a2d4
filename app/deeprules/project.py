"""What `init`, `plan`, `answer` and `status` do, for the CLI and the TUI alike.

A project is a git repository with `.deeprules/answers.yaml`. Its generated files come from
*generators*: functions `outputs(ctx) -> list[Output]`, one per domain (plan, ethics register, model
card). All of them go through the one writer in one commit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from .answers import ANSWERS_PATH, Answers
from .config import Config, load_config
from .engine import Assessment, assess
from .errors import InputError
from .gitrepo import GitRepo
from .writer import Output, WriteResult, base_path, read_generated, write_outputs

ANSWERS_REL = ANSWERS_PATH.as_posix()

#: Where each kind of generated file comes from ("module:function"), in commit-message order.
GENERATORS: dict[str, str] = {
    "plan": "deeprules.plan:outputs",
    "card": "deeprules.card:outputs",
    "register": "deeprules.register:outputs",
}


@dataclass
class ProjectContext:
    """What a generator may read. `today` is injected so tests and screenshots are reproducible."""

    repo: GitRepo
    config: Config
    answers: Answers
    assessment: Assessment
    today: dt.date = field(default_factory=dt.date.today)
    previous: Answers | None = None  # the answers at HEAD, when there are any
    memo: dict[str, Any] = field(default_factory=dict)  # work generators share within one run

    def once(self, key: str, compute: Callable[[], Any]) -> Any:
        """Compute `key` once per run: the card and the register both need the register's new files."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    @property
    def changed(self) -> list[str]:
        return self.answers.changed_from(self.previous)


def _generator(spec: str) -> Callable[[ProjectContext], list[Output]]:
    module, func = spec.split(":")
    generator: Callable[[ProjectContext], list[Output]] = getattr(import_module(module), func)
    return generator


def build_outputs(ctx: ProjectContext) -> tuple[list[Output], dict[str, str]]:
    """All generated files, and which generator each came from (path -> kind)."""
    outputs: list[Output] = []
    kinds: dict[str, str] = {}
    for kind, spec in GENERATORS.items():
        for out in _generator(spec)(ctx):
            outputs.append(out)
            kinds[out.path] = kind
    return outputs, kinds


def answers_at_head(repo: GitRepo) -> Answers | None:
    if repo.is_unborn:
        return None
    text = repo.show("HEAD", ANSWERS_REL)
    if text is None:
        return None
    try:
        return Answers.from_text(text, f"HEAD:{ANSWERS_REL}", round_trip=False)
    except InputError:
        return None  # an invalid committed file is no reason to refuse re-rendering


def load_project_answers(repo: GitRepo) -> Answers:
    path = repo.abs(repo.rel(ANSWERS_REL, what="answers file"))  # never through a symlinked .deeprules folder
    if not path.exists():
        raise InputError(f"{repo.root} has no {ANSWERS_REL}; run `deeprules init --answers FILE` "
                         "(or `deeprules` for the guided questionnaire) first")
    return Answers.load(path)


def _message(kinds: dict[str, str], *, first: bool, changed: Sequence[str]) -> Callable[[WriteResult], str]:
    names = {"plan": "plan", "register": "ethics register", "card": "model card"}

    def compose(result: WriteResult) -> str:
        touched = [names[kinds[f.path]] for f in result.files if f.path in kinds and f.action != "unchanged"
                   and f.action != "deleted-kept"]
        touched = list(dict.fromkeys(touched)) or (["answers"] if changed else [])
        if not touched:
            return ("deeprules: commit files an earlier run left uncommitted" if result.carried
                    else "deeprules: update files")
        what = ", ".join(touched)
        if first:
            return f"deeprules: add {what}"
        why = f" ({', '.join(changed)} changed)" if changed else ""
        return f"deeprules: update {what}{why}"

    return compose


def sync(repo: GitRepo, answers: Answers, *, commit: bool = True, dry_run: bool = False, restore: bool = False,
         today: dt.date | None = None, only: Sequence[str] | None = None) -> WriteResult:
    """Record `answers` and (re-)render every generated file through the writer, in one commit.

    The lock is held from reading the repository to committing, so generators that read files (the
    register numbers new concerns from the ones on disk) cannot race another deeprules run."""
    with contextlib.nullcontext() if dry_run else repo.lock():
        ctx = project_context(repo, answers=answers, today=today)
        previous = ctx.previous
        outputs, kinds = build_outputs(ctx)  # first: a file it cannot read refuses before anything is recorded
        if commit and not dry_run:
            # Concern files on disk that HEAD lacks (an older deeprules' `init --no-commit`, a kill between
            # creating a concern and committing it): the index we commit links to them, so they go along.
            from .register import EthicsRegister

            repo.add_pending(EthicsRegister(repo, ctx.config).untracked_files())
        if only is not None:
            outputs = [o for o in outputs if kinds[o.path] in only]
        answers_file = repo.abs(ANSWERS_REL)
        read_here = answers.read_from is not None and answers.read_from.absolute() == answers_file.absolute()
        outputs.append(Output(ANSWERS_REL, answers.to_yaml(), merge=False,
                              based_on=answers.read_text if read_here else None))
        first = previous is None
        return write_outputs(repo, outputs, message=_message(kinds, first=first, changed=ctx.changed),
                             commit=commit, dry_run=dry_run, restore=restore)


def init(start: Path, answers: Answers, *, git_init: bool = False, **kwargs: Any) -> tuple[GitRepo, WriteResult]:
    repo = GitRepo.find(start, init=git_init)
    return repo, sync(repo, answers, **kwargs)


def set_answers(repo: GitRepo, assignments: Sequence[str], **kwargs: Any) -> tuple[list[str], WriteResult]:
    # Read under the lock sync takes (it is re-entrant): another `answer` committing between this read and our
    # write would otherwise be reverted by our commit, without a word.
    with contextlib.nullcontext() if kwargs.get("dry_run") else repo.lock():
        answers = load_project_answers(repo)
        changed = answers.apply(assignments)
        return changed, sync(repo, answers, **kwargs)


@dataclass(frozen=True)
class FileStatus:
    path: str
    kind: str
    exists: bool
    edited: bool  # differs from the last render (the user's edits, or a merge of them)
    stale: bool  # the answers (or deeprules) would render it differently now
    uncommitted: bool  # differs from HEAD

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def project_context(repo: GitRepo, *, answers: Answers | None = None, today: dt.date | None = None) -> ProjectContext:
    """The context generators see, for the project's current answers (or the ones given)."""
    answers = answers if answers is not None else load_project_answers(repo)
    from .custom import project_knowledge  # the lab's .deeprules/concerns.yaml joins the bundled concerns

    assessment = assess(answers, knowledge=project_knowledge(repo.root))
    return ProjectContext(repo, load_config(repo.root), answers, assessment, today or dt.date.today(),
                          answers_at_head(repo))


def status(repo: GitRepo, *, today: dt.date | None = None) -> list[FileStatus]:
    ctx = project_context(repo, today=today)
    outputs, kinds = build_outputs(ctx)
    uncommitted = set(repo.changed_paths([o.path for o in outputs] + [ANSWERS_REL]))
    rows = []
    for out in outputs:
        current = _text(repo.abs(out.path))
        base = _text(repo.abs(base_path(out.path))) if out.merge else out.text
        rows.append(FileStatus(
            path=out.path, kind=kinds[out.path], exists=current is not None,
            edited=current is not None and base is not None and current != base,
            stale=base is None or base != out.text,
            uncommitted=out.path in uncommitted,
        ))
    rows.append(FileStatus(ANSWERS_REL, "answers", True, False, False, ANSWERS_REL in uncommitted))
    return rows


def _text(path: Path) -> str | None:
    """A generated file as the writer reads it (CRLF as LF; a FIFO or folder there is one line, not a hang)."""
    return read_generated(path)
