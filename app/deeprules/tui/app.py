"""The deeprules Textual app: one factory, `create_app`, used by `deeprules`, the tests and the screenshots.

Sections are modes (questionnaire, dashboard, ethics, card), each with its own screen stack. The data
sources (the repository, the answers, the clock) are injected, so tests and screenshots are deterministic.
Errors from the core (`DeeprulesError`) become notifications; the app never dies with a traceback.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from ..answers import Answers
from ..errors import DeeprulesError
from ..knowledge import Knowledge
from .session import Clock, Session


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


SECTIONS = Binding.Group("Sections")


class DeeprulesApp(App[None]):
    """A guided session from the first question to a committed plan, and the project's dashboard after."""

    TITLE = "deeprules"
    CSS_PATH = "deeprules.tcss"
    ENABLE_COMMAND_PALETTE = True
    MODES: ClassVar[dict[str, Any]] = {
        "questionnaire": _questionnaire,
        "dashboard": _dashboard,
        "ethics": _ethics,
        "card": _card,
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "mode('questionnaire')", "Questionnaire", group=SECTIONS),
        Binding("f3", "mode('dashboard')", "Dashboard", group=SECTIONS),
        Binding("f4", "mode('ethics')", "Ethics register", group=SECTIONS),
        Binding("f5", "mode('card')", "Model card", group=SECTIONS),
        Binding("f9", "toggle_theme", "Theme"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, session: Session, *, initial_mode: str = "questionnaire") -> None:
        super().__init__()
        self.session = session
        self.initial_mode = initial_mode

    def on_mount(self) -> None:
        self.switch_mode(self.initial_mode)

    # -- actions ------------------------------------------------------------------------------
    def action_mode(self, mode: str) -> None:
        if mode == self.current_mode:
            return
        try:
            self.switch_mode(mode)
        except DeeprulesError as exc:
            self.report(exc)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    async def open_review(self) -> bool:
        """Show the review (files to write, diffs, commit toggle) and wait until it is closed."""
        from .screens.review import ReviewScreen

        return bool(await self.push_screen_wait(ReviewScreen(), mode="questionnaire"))  # type: ignore[arg-type]

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for mode, title, help_text in (
            ("questionnaire", "Questionnaire", "Start screen and the questions (F2)"),
            ("dashboard", "Dashboard", "Scores per tip, failing checks, plan progress (F3)"),
            ("ethics", "Ethics register", "Concerns: filter, read, update, raise (F4)"),
            ("card", "Model card", "Completeness by section, card check (F5)"),
        ):
            yield SystemCommand(title, help_text, lambda m=mode: self.action_mode(m))
        yield SystemCommand("Toggle dark/light", "Switch between the dark and light theme (F9)",
                            self.action_toggle_theme)
        for binding in screen.active_bindings.values():
            b = binding.binding
            if b.show and b.description and binding.node is screen and b.action:
                yield SystemCommand(b.description, f"{b.key_display or b.key}: {b.description}",
                                    lambda a=b.action, s=screen: self.run_action(a, s))

    # -- errors -------------------------------------------------------------------------------
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


def main() -> None:
    """`deeprules` with no command (called by cli/tui_launch.py)."""
    try:
        app = create_app()
    except DeeprulesError as exc:
        sys.stderr.write(f"deeprules: error: {exc}\n")
        raise SystemExit(exc.exit_code) from None
    app.run()
