"""A demo project and a tour of the app's screens, for the screenshot script and the snapshot tests.

`build_demo_repo` makes a real git repository from a bundled example with `project.init` (the same call
`deeprules init --example` makes), with frozen dates so commits, files and screenshots are reproducible.
Each scene drives a running app (a Pilot) to one screen.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

FROZEN = datetime(2026, 3, 14, 9, 30, tzinfo=timezone.utc)
GIT_DATE = "2026-03-14T09:30:00+00:00"


@contextlib.contextmanager
def frozen_git_dates() -> Iterator[None]:
    keys = ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE")
    old = {k: os.environ.get(k) for k in keys}
    os.environ.update({k: GIT_DATE for k in keys})
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def build_demo_repo(path: Path, *, example: str = "microscopy", init: bool = True) -> Path:
    """A git repository at `path` with the example's answers committed (plan, register, card)."""
    from ..answers import Answers
    from ..gitrepo import GitRepo
    from ..project import init as project_init

    path.mkdir(parents=True, exist_ok=True)
    repo = GitRepo.find(path, init=True)
    with repo.repo.config_writer() as cfg:
        cfg.set_value("user", "name", "Ana Ruiz")
        cfg.set_value("user", "email", "ana@example.org")
        cfg.set_value("commit", "gpgSign", "false")
    if init:
        with frozen_git_dates():
            project_init(path, Answers.example(example), today=FROZEN.date())
    return path


async def settle(pilot: Any, *, timeout: float = 60.0) -> None:
    """Wait until the background work (assessment, checks, dry runs) is done; the walker and open
    dialogs wait for the user by design and are left alone."""
    from textual.worker import WorkerState

    await pilot.pause()
    busy = [w for w in pilot.app.workers if w.group not in ("walk", "dialog")
            and w.state in (WorkerState.PENDING, WorkerState.RUNNING)]
    if busy:
        await asyncio.wait_for(asyncio.gather(*(w.wait() for w in busy), return_exceptions=True), timeout)
    await pilot.pause()


async def still(pilot: Any) -> None:
    """Stop the input cursors blinking, so a screenshot does not depend on when it is taken."""
    from textual.widgets import Input

    await settle(pilot)
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


async def until(pilot: Any, predicate: Callable[[], Any], *, timeout: float = 60.0) -> Any:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while loop.time() < end:
        value = predicate()
        if value:
            return value
        await pilot.pause(0.02)
    from textual.widgets import Static

    texts = [str(w.render())[:200] for w in pilot.app.screen.query(Static)][:4]
    raise TimeoutError(f"scene did not reach its screen; at {pilot.app.screen!r}: {texts}")


def _on(cls_name: str, attr: str | None = None) -> Callable[[Any], Any]:
    def check(pilot: Any) -> Any:
        screen = pilot.app.screen
        if type(screen).__name__ != cls_name or not screen.is_mounted:
            return None
        if hasattr(screen, "shown_clock") and not screen.shown_clock.ready():
            return None  # keys pressed now would count as typed ahead and be dropped
        return screen if attr is None or getattr(screen, attr) else None

    return check


async def _question(pilot: Any, qid: str) -> Any:
    """From the start screen, walk (skipping) to question `qid`."""
    await until(pilot, lambda: _on("StartScreen")(pilot))
    await pilot.press("b")  # from the start
    for _ in range(40):
        screen = await until(pilot, lambda: _on("QuestionScreen")(pilot))
        if screen.question.id == qid:
            await settle(pilot)
            return screen
        await pilot.press("ctrl+n")
        await until(pilot, lambda s=screen: pilot.app.screen is not s)  # type: ignore[misc]
    raise LookupError(qid)


@dataclass(frozen=True)
class Scene:
    name: str
    title: str
    mode: str
    drive: Callable[[Any], Awaitable[None]]
    needs_repo: bool = True


async def start(pilot: Any) -> None:
    screen = await until(pilot, lambda: _on("StartScreen")(pilot))
    await until(pilot, lambda: screen.query_one("#status-info").display)  # the git status line, from a thread
    await settle(pilot)


async def question_choice(pilot: Any) -> None:
    await _question(pilot, "compute")
    await pilot.press("down", "down")  # what if: a cluster
    await settle(pilot)


async def question_number(pilot: Any) -> None:
    screen = await _question(pilot, "n_samples")
    screen.query_one("#answer-input").value = ""
    await pilot.press(*"2l000")  # a typo: validation as you type
    await settle(pilot)


async def question_contradiction(pilot: Any) -> None:
    screen = await _question(pilot, "n_min_class")
    screen.query_one("#answer-input").value = ""
    await pilot.press(*"30000", "enter")  # more than the 21,000 examples in all: refused, not saved
    await settle(pilot)


async def review(pilot: Any) -> None:
    await until(pilot, lambda: _on("StartScreen")(pilot))
    pilot.app.session.set_answer("compute", "cluster")  # one more GPU: the plan changes
    await pilot.press("ctrl+r")
    await until(pilot, lambda: _on("ReviewScreen", "result")(pilot))
    await settle(pilot)


async def dashboard(pilot: Any) -> None:
    await until(pilot, lambda: _on("DashboardScreen", "report")(pilot))
    await settle(pilot)


async def ethics(pilot: Any) -> None:
    await until(pilot, lambda: _on("EthicsScreen", "concerns")(pilot))
    await settle(pilot)


async def concern(pilot: Any) -> None:
    await ethics(pilot)
    await pilot.press("enter")
    await until(pilot, lambda: _on("ConcernScreen")(pilot))
    await settle(pilot)


async def card(pilot: Any) -> None:
    await until(pilot, lambda: _on("CardScreen", "report")(pilot))
    await pilot.press("down", "down", "down")
    await settle(pilot)


SCENES: tuple[Scene, ...] = (
    Scene("start", "Start: the repository, saved answers, the verdict so far", "questionnaire", start),
    Scene("question-choice", "A question with choices; the assessment previews the highlighted one",
          "questionnaire", question_choice),
    Scene("question-number", "A number typed: validation as you type", "questionnaire", question_number),
    Scene("question-contradiction", "An answer that contradicts an earlier one: refused, with the way to fix it",
          "questionnaire", question_contradiction),
    Scene("review", "Review: files to write, each with its diff, and a commit toggle", "questionnaire", review),
    Scene("dashboard", "Dashboard: scores per tip, failing checks with fixes, plan progress", "dashboard",
          dashboard),
    Scene("ethics", "Ethics register: concerns, filtered by status", "ethics", ethics),
    Scene("ethics-concern", "A concern opened to read and update it", "ethics", concern),
    Scene("card", "Model card: completeness by section and what card check finds", "card", card),
)
