"""The deeprules Textual app: one factory, `create_app`, used by `deeprules`, the tests and the screenshots.

Sections are modes (questionnaire, dashboard, ethics, card), each with its own screen stack. The data
sources (the repository, the answers, the clock) are injected, so tests and screenshots are deterministic.
Errors from the core (`DeeprulesError`) become notifications; the app never dies with a traceback.

Every key the footer shows does what its label says on every screen, and the command palette lists every
section's commands wherever it is opened (a command from another section switches there first).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import traceback
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen

from ..answers import Answers
from ..errors import DeeprulesError, Terminated
from ..knowledge import Knowledge
from .commands import SECTION_KEYS, SECTIONS
from .session import CORE_LOCK, Clock, Session


def _questionnaire() -> Screen[Any]:
    from .screens.start import StartScreen

    return StartScreen()


def _dashboard() -> Screen[Any]:
    from .screens.sections import dashboard_screen

    return dashboard_screen()


def _ethics() -> Screen[Any]:
    from .screens.sections import ethics_screen

    return ethics_screen()


def _card() -> Screen[Any]:
    from .screens.sections import card_screen

    return card_screen()




class DeeprulesApp(App[None]):
    """A guided session from the first question to a committed plan, and the project's dashboard after."""

    TITLE = "deeprules"
    CSS_PATH = "deeprules.tcss"
    ENABLE_COMMAND_PALETTE = True
    #: Below 110 columns the footer's items sit closer together (the footer itself decides whether the
    #: section keys F2-F5 fit, widgets/footer.py); below 70 side-by-side panes stack (the model card's).
    HORIZONTAL_BREAKPOINTS = [(0, "-tight"), (70, "-narrow"), (110, "-wide")]
    MODES: ClassVar[dict[str, Any]] = {
        "questionnaire": _questionnaire,
        "dashboard": _dashboard,
        "ethics": _ethics,
        "card": _card,
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+r", "review", "Review", tooltip="Review the files the answers write, then commit"),
        *(Binding(s.key, f"section('{s.mode}')", s.title, tooltip=s.about, key_display=s.key.upper())
          for s in SECTIONS),
        Binding("f9", "toggle_theme", "Theme", show=False),
        Binding("ctrl+q", "quit", "Quit"),  # not a priority binding, so the footer lists it last
    ]

    def __init__(self, session: Session, *, initial_mode: str = "questionnaire") -> None:
        super().__init__()
        self.session = session
        self.initial_mode = initial_mode
        self.terminated_by: int | None = None  # the signal that ended the session (main() reports it)

    def on_mount(self) -> None:
        self._stop_on_termination()
        self.switch_mode(self.initial_mode)

    def _stop_on_termination(self) -> None:
        """SIGTERM and SIGHUP (a closed terminal, `kill`, a logout) end the session as Ctrl+Q does: Textual
        restores the terminal, and main() waits for a commit a worker started before the process ends. Python's
        default ended it at once: the terminal left in raw mode on the alternate screen, and a commit cut short
        left .git/index.lock behind. A real terminal only (tests run headless); handlers others set are kept."""
        if self.is_headless:
            return
        loop = asyncio.get_running_loop()
        for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)):
            if sig is not None and signal.getsignal(sig) in (signal.SIG_DFL, None):
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(sig, self._terminate, sig)

    def _terminate(self, signum: int) -> None:
        if self.terminated_by is None:
            self.terminated_by = signum
        self.exit()

    # -- keys typed ahead ---------------------------------------------------------------------
    async def on_event(self, event: events.Event) -> None:
        # A key pressed before the screen on top was drawn (typed ahead while the screens changed) was
        # meant for another screen: a screen that acts on what the user has read drops it (see keys.py).
        if isinstance(event, events.Key) and not event.is_forwarded and event.key != "ctrl+q":
            accepts = getattr(self.screen, "accepts_key", None)
            if accepts is not None and not accepts(event):
                return
        await super().on_event(event)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "review":  # on the review itself the key has nothing to do: leave it out of the footer
            return type(self.screen).__name__ != "ReviewScreen"
        return True

    # -- sections -----------------------------------------------------------------------------
    def action_section(self, mode: str) -> None:
        """Show a section. The questionnaire shows the start screen, or the question a walk is on."""
        try:
            if mode != self.current_mode:
                self.switch_mode(mode)
        except DeeprulesError as exc:
            self.report(exc)
            return
        if mode == "questionnaire" and type(self.screen).__name__ == "ReviewScreen":
            self.screen.action_close()  # type: ignore[attr-defined]  # "Questions" never lands on the review

    def action_review(self) -> None:
        """Review and commit, from any screen: the questionnaire's review of the files the answers write."""
        from .screens.question import QuestionScreen
        from .screens.review import ReviewScreen
        from .screens.start import StartScreen

        if self.current_mode != "questionnaire":
            self.switch_mode("questionnaire")
        screen = self.screen
        if isinstance(screen, ReviewScreen):
            return
        if isinstance(screen, QuestionScreen | StartScreen):
            screen.action_review()

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    async def open_review(self) -> bool:
        """Show the review (files to write, diffs, commit toggle) and wait until it is closed."""
        from .screens.review import ReviewScreen

        return bool(await self.push_screen_wait(ReviewScreen(), mode="questionnaire"))  # type: ignore[arg-type]

    async def run_in_section(self, mode: str, action: str) -> None:
        """Run a section's own command from anywhere: switch to the section, back to its base screen (a
        question or review in progress is left the way its Back key leaves it), then run the action."""
        from .screens.question import QuestionScreen
        from .screens.review import ReviewScreen

        if mode != self.current_mode:
            await self.switch_mode(mode)
        base = self.screen_stack[0]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 5
        while self.screen is not base and loop.time() < deadline:
            top = self.screen
            if isinstance(top, QuestionScreen):
                top.action_stop()
            elif isinstance(top, ReviewScreen):
                top.action_close()
            elif top.is_modal:
                top.dismiss(None)
            await asyncio.sleep(0.02)
        if self.screen is base:
            await base.run_action(action)

    # -- the command palette ------------------------------------------------------------------
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Review and commit", "The files the answers write, each with its diff; Ctrl+S commits "
                            "(Ctrl+R)", self.action_review)
        for section in SECTIONS:
            yield SystemCommand(f"Go to {section.title}", f"{section.about} ({section.key.upper()})",
                                lambda m=section.mode: self.action_section(m))
        yield SystemCommand("Toggle dark/light", "Switch between the dark and light theme (F9)",
                            self.action_toggle_theme)
        own: set[str] = set()
        # This screen's own keys first, as the footer shows them.
        for binding in screen.active_bindings.values():
            b = binding.binding
            if b.show and b.description and binding.node is screen and b.action:
                own.add(b.action)
                yield SystemCommand(b.description, f"{self.get_key_display(b)}: {b.tooltip or b.description}",
                                    lambda a=b.action, s=screen: self.run_action(a, s))
        # Then every section's commands, from wherever the palette was opened (a section's own base screen
        # already listed its keys above).
        on_base = bool(self.screen_stack) and screen is self.screen_stack[0]
        for section in SECTIONS:
            for b in SECTION_KEYS[section.mode]:
                if on_base and section.mode == self.current_mode and b.action in own:
                    continue
                yield SystemCommand(f"{section.title}: {b.description}",
                                    f"{b.tooltip or b.description} ({self.get_key_display(b)} on that screen)",
                                    lambda m=section.mode, a=b.action: self.run_worker(
                                        self.run_in_section(m, a), group="palette", exit_on_error=False))

    def action_help_quit(self) -> None:
        """Ctrl+C (Textual binds it to "how to quit"): Textual's own toast is markup, which `notify` below shows
        as typed, so a user who pressed Ctrl+C mid-question read "Press [b]ctrl+q[/b] to quit the app"."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                keys = "+".join(k.upper() if len(k) == 1 else k.capitalize() for k in key.split("+"))  # Ctrl+Q
                self.notify(f"Press {keys} to quit. Your answers are saved as "
                            "you go, so quitting loses nothing you confirmed.", title="Quit?")
                return

    # -- errors -------------------------------------------------------------------------------
    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Notifications show their text as written: messages carry paths, titles and errors from the
        repository, and Textual's default (markup) turned `[/b]` in one into a crash and `[link=...]` into a
        link."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def report(self, exc: BaseException, title: str = "deeprules") -> None:
        """A core error as a notification: one line, with the hint when there is one."""
        self.notify(str(exc), title=title, severity="error", timeout=8)

    def _handle_exception(self, error: Exception) -> None:
        if isinstance(error, DeeprulesError):
            self.report(error)
            return
        if not self.is_headless:  # a real terminal: log it, tell the user, keep running
            log = Path.home() / ".cache" / "deeprules" / "tui-errors.log"
            try:
                log.parent.mkdir(parents=True, exist_ok=True)
                with log.open("a", encoding="utf-8") as fh:
                    fh.write("".join(traceback.format_exception(error)))
            except OSError:
                pass
            self.notify(f"Unexpected error: {error!r} (details in {log})", severity="error", timeout=15)
            return
        super()._handle_exception(error)


def create_app(repo: Path | str | None = None, *, answers: Answers | None = None, clock: Clock | None = None,
               knowledge: Knowledge | None = None, mode: str = "questionnaire") -> DeeprulesApp:
    """The one app factory. `repo`: where to look for the project (default: the current folder);
    `answers`: use these instead of the saved ones; `clock`: a frozen clock for tests and screenshots."""
    session = Session.open(Path(repo) if repo is not None else None, answers=answers, clock=clock,
                           knowledge=knowledge)
    return DeeprulesApp(session, initial_mode=mode)


def frozen_clock(when: datetime) -> Clock:
    return lambda: when


def parting_words(session: Session) -> str | None:
    """What the terminal says once the app is closed, when answers were saved in this session: where they are and
    how to go on. Ctrl+Q mid-questionnaire went back to the prompt without a word, and a newcomer could not tell
    whether the answers were kept or the plan written."""
    if session.saved_at is None or session.answers_path is None:
        return None
    asked = session.assess().questions_asked  # counted as the start screen counts them
    answered = sum(1 for q in asked if session.answers.get(q) is not None)
    where = session.answers_path.relative_to(session.root) if session.root else session.answers_path
    return (f"deeprules: {answered} of {len(asked)} questions answered, saved in {where}; `deeprules` continues "
            "where you stopped, `deeprules status` lists the files left to write")


def main() -> None:
    """`deeprules` with no command (called by cli/tui_launch.py)."""
    try:
        app = create_app()
    except DeeprulesError as exc:
        sys.stderr.write(f"deeprules: error: {exc}\n")
        raise SystemExit(exc.exit_code) from None
    app.run()
    words = parting_words(app.session)
    if words:
        from ..cli.output import info

        info(words)
    if app.terminated_by is not None:
        with CORE_LOCK:  # a commit a worker had started finishes (or refuses) before the process ends
            pass
        raise Terminated(app.terminated_by, signal.Signals(app.terminated_by).name)
