"""The start screen (base of the questionnaire mode) and the walker that asks the questions.

The walker is a worker: it pushes one `QuestionScreen` at a time with `push_screen_wait`, stores each
answer in the session's `Answers` (saved to `.deeprules/answers.yaml` at once), recomputes which
questions are asked (their `when` over the answers so far) and moves on, back, or to the review.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Header, Static

from ...errors import DeeprulesError
from ...words import count
from ..commands import SECTIONS, START_KEYS
from ..session import in_core
from ..widgets.footer import KeysFooter
from .question import Position, QuestionScreen, Step


def display_path(path: Path) -> str:
    """The path with the home folder as `~`, as people write it."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


class WalkBackdrop(Screen[None]):
    """What shows for a frame between two question screens."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield KeysFooter()

    def on_mount(self) -> None:
        self.sub_title = "Questionnaire"


class StartScreen(Screen[None]):
    """Where the repository, the saved answers and the sections are shown; the walk starts here."""

    BINDINGS: ClassVar[list[BindingType]] = list(START_KEYS)
    #: Set by refresh_info; until then (the palette may ask before the screen is shown) every key is offered.
    has_open = True
    any_answered = True

    def compose(self) -> ComposeResult:
        yield Header()
        # The buttons are docked under the scrolling information, so they stay on screen at any height.
        with Horizontal(id="start-buttons"):
            yield Button("Continue", id="continue", variant="primary", compact=True)
            yield Button("From the start", id="restart", compact=True)
            yield Button("Review & commit", id="review", compact=True)
        with VerticalScroll(id="start"):
            # A label column beside each value, so a value that wraps (a long path, the next question, a
            # verdict at 60 columns) stays in its column instead of running under the labels.
            for label, value_id in (("Repository", "repo-info"), ("Answers", "answers-info"),
                                    ("Verdict", "verdict-info"), ("Files", "status-info")):
                with Horizontal(classes="info-row", id=f"{value_id}-row"):
                    yield Static(label, classes="info-label")
                    yield Static(id=value_id, classes="info-value")
            yield Static(self._sections(), id="sections")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.sub_title = "Start"
        self.has_open = True
        self.query_one("#continue", Button).focus()
        # refresh_info runs on the ScreenResume that follows (once, not twice, on the first show)

    def on_screen_resume(self) -> None:
        self.refresh_info()

    @property
    def session(self) -> Any:
        return self.app.session  # type: ignore[attr-defined]

    def _sections(self) -> Content:
        parts: list[Any] = [("Sections", "bold"),
                            (" · the keys work on every screen; Ctrl+P lists every command", "dim")]
        for section in SECTIONS:
            parts += ["\n", (f" {section.key.upper():<4}", "bold $accent"), (f"{section.title:<11}", "bold"),
                      section.about]
        parts += ["\n", (f" {'^R':<4}", "bold $accent"), (f"{'Review':<11}", "bold"),
                  "the files the answers write, with diffs; commit them"]
        return Content.assemble(*parts)

    def refresh_info(self) -> None:
        s = self.session
        repo = Text()
        repo.append(display_path(s.root))
        if s.is_git:
            repo.append("  (git)", style="green")
        else:
            repo.append("\nnot a git repository yet: ", style="yellow")
            repo.append("press i to create one here", style="bold yellow")
        self.query_one("#repo-info", Static).update(repo)

        assessment = s.assess()
        # The questions asked and those still open are the engine's, as `check` counts them in DR102: the screen
        # said "36 of 37 questions answered", "all answered" and "1 question still open" (an optional question
        # left empty) while DR102 said "3 of 34 questions open" (two answered "not sure yet").
        asked = assessment.questions_asked
        # An id with an empty value (as `questions --template` writes every id) is not answered yet: counting
        # keys said "28 of 28 questions answered" above "next: What is a short name for this project?".
        answered = sum(1 for q in asked if s.answers.get(q) is not None)
        still_open = len(assessment.open_questions)
        unsure = sum(1 for q in assessment.open_questions if q.status != "unanswered")  # "not sure yet"
        info = Text()
        info.append(f"{answered} of {len(asked)} questions answered")
        if answered == 0 and len(asked) < len(s.knowledge.questions):
            # The count grows as answers open follow-up questions (28 at the start, 33 for a classifier):
            # said before the first answer, so the question screen's larger total is no surprise (later the
            # line stays short: a 60x20 terminal has no row to spare).
            info.append("; some answers add follow-up questions", style="dim")
        if s.loaded_from_file or s.saved_at:
            info.append(" · saved in .deeprules/answers.yaml", style="dim")
        nxt = s.first_open()
        info.append("\n")
        if nxt:
            info.append(f"next: {s.knowledge.question_by_id[nxt].prompt}", style="italic")
        else:
            # optional questions left empty were skipped on purpose; an answer "not sure yet" keeps one open
            if answered == len(asked) and not unsure:
                info.append("all answered; Ctrl+R reviews the files they write", style="italic")
            else:
                done = "all answered" if answered == len(asked) else "all required answered"
                info.append(f"{done}{f', {unsure} “not sure yet”' if unsure else ''}; review with Ctrl+R",
                            style="italic")
        self.query_one("#answers-info", Static).update(info)

        self.plan_status()
        style = "bold $success" if assessment.verdict == "deep_learning" else "bold $warning"
        # With questions open the verdict scores each unknown as an unfavourable value: say so, or a newcomer
        # reads "traditional ML fits better" about a project they have not described yet.
        caveat = ("\nprovisional: nothing answered yet, and an unknown answer counts against deep learning"
                  if not answered else
                  f"\nprovisional: {count(still_open, 'question')} still open" if still_open else "")
        verdict = Content.assemble((assessment.verdict_title, style), (caveat, "dim italic"))
        self.query_one("#verdict-info", Static).update(verdict)
        # Nothing left to answer: no Continue (it would only open the review); Review & commit takes its place.
        self.has_open = nxt is not None
        button = self.query_one("#continue", Button)
        button.label = "Continue" if answered else "Begin"
        button.display = self.has_open
        # Nothing answered: "Begin" starts at the first question, so "From the start" beside it (and "b From
        # start" in the footer) offered the same thing under a second name.
        self.any_answered = answered > 0
        self.query_one("#restart", Button).display = self.any_answered
        if self.focused is None or not self.focused.display:
            self.query_one("#continue" if self.has_open else "#review", Button).focus()
        self.refresh_bindings()

    @work(thread=True, exclusive=True, group="status", exit_on_error=False)
    def plan_status(self) -> None:
        """Whether the generated files are committed and up to date (`project.status`, as `deeprules
        status` shows it), in a thread: it reads git."""
        s = self.session
        if not s.is_git or s.answers_path is None or not s.answers_path.exists():
            return
        try:
            from ...gitrepo import GitRepo
            from ...project import status

            rows = in_core(lambda: status(GitRepo.find(s.root), today=s.clock().date()))
        except DeeprulesError as exc:  # a file the user must fix (an unreadable concern file): say which
            text = Text()
            text.append(f"cannot work out the generated files: {exc}", style="red")
            self.app.call_from_thread(self._show_status, text)
            return
        except Exception:  # the status line is a courtesy; the review screen reports errors
            return
        todo = [r for r in rows if r.stale or r.uncommitted or not r.exists]
        text = Text()
        if todo:
            text.append(f"{len(todo)} of {count(len(rows), 'generated file')} to write or commit: ", style="yellow")
            text.append("review them (Ctrl+R)", style="bold yellow")
        else:
            text.append(f"plan, register and card committed and up to date ({len(rows)} files)", style="green")
        self.app.call_from_thread(self._show_status, text)

    def _show_status(self, text: Text) -> None:
        self.query_one("#status-info", Static).update(text)
        self.query_one("#status-info", Static).display = True
        self.query_one("#status-info-row").display = True

    # -- actions ------------------------------------------------------------------------------
    @on(Button.Pressed, "#continue")
    def action_continue(self) -> None:
        self.walk(self.session.first_open())

    @on(Button.Pressed, "#restart")
    def action_restart(self) -> None:
        visible = self.session.visible_questions()
        self.walk(visible[0].id if visible else None)

    @on(Button.Pressed, "#review")
    def action_review(self) -> None:
        if not self.session.is_git:
            self.app.notify("Review writes and commits files: create a git repository first (press i).",
                            title="Not a git repository", severity="warning")
            return
        self.walk(None, review_only=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "git_init":
            return not self.session.is_git  # offered only where there is no repository
        if action == "continue":
            return self.has_open
        if action == "restart":
            return self.any_answered
        return True

    def action_git_init(self) -> None:
        """Create a git repository in the project folder (the offer on the start screen)."""
        from ...gitrepo import GitRepo

        s = self.session
        if s.is_git:
            return
        try:
            GitRepo.find(s.root, init=True)
        except DeeprulesError as exc:
            self.app.report(exc)  # type: ignore[attr-defined]
            return
        s.is_git = True
        self.refresh_bindings()
        self.app.notify(f"Created a git repository in {s.root}.", title="git init")
        self.refresh_info()

    # -- the walk -----------------------------------------------------------------------------
    def position(self, question_id: str) -> tuple[Any, Position]:
        s = self.session
        visible = s.visible_questions()
        ids = [q.id for q in visible]
        i = ids.index(question_id)
        groups = [g for g in s.knowledge.groups if any(q.group == g.id for q in visible)]
        gi = next(n for n, g in enumerate(groups) if g.id == visible[i].group)
        return visible[i], Position(i, len(ids), groups[gi].title, gi + 1, len(groups))

    def _neighbour(self, question_id: str, offset: int) -> str | None:
        ids = [q.id for q in self.session.visible_questions()]
        j = ids.index(question_id) + offset
        return ids[j] if 0 <= j < len(ids) else None

    @work(exclusive=True, group="walk")
    async def walk(self, start: str | None, review_only: bool = False) -> None:
        current = None if review_only else start
        # A quiet backdrop under the question screens: between two questions it shows for a frame,
        # instead of this screen refreshing itself after every answer.
        backdrop = WalkBackdrop()
        await self.app.push_screen(backdrop)
        try:
            await self._walk(current)
        finally:
            with contextlib.suppress(Exception):  # the app may be closing
                if backdrop in self.app.screen_stack:
                    while self.app.screen is not backdrop:
                        await self.app.pop_screen()
                    await self.app.pop_screen()
                self.refresh_info()

    async def _walk(self, current: str | None) -> None:
        s = self.session
        while current is not None:
            question, pos = self.position(current)
            step: Step = await self.app.push_screen_wait(
                QuestionScreen(question, pos, s.answers.get(question.id)), mode="questionnaire")
            store = step.action == "next" or (step.action == "back" and step.value is not None)
            if store and (step.value is not None or question.id in s.answers):
                try:
                    s.set_answer(question.id, step.value)
                except DeeprulesError as exc:
                    self.app.notify(str(exc), title="Not saved", severity="error")
                    continue
                except OSError as exc:
                    self.app.notify(f"could not save the answers: {exc}", title="Not saved", severity="error")
            if step.action == "stop":
                return
            if step.action == "review":
                break
            if step.action == "back":
                previous = self._neighbour(question.id, -1)
                if previous is None:  # back from the first question: the start screen
                    return
                current = previous
            else:  # next or skip
                current = self._neighbour(question.id, +1)
        if s.is_git:
            await self.app.open_review()  # type: ignore[attr-defined]
        else:
            self.app.notify("All answered and saved. Press i to create a git repository, then Ctrl+R to review and "
                            "commit the plan.", title="Questionnaire done", timeout=10)
