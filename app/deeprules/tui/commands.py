"""The app's sections and every section's keys, in one light module (no screen imported).

The footer shows a screen's `BINDINGS`; the command palette lists the same bindings for every section from
here, wherever it is opened, without importing the section screens (whose imports cost time).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Section:
    mode: str
    title: str  # as the footer and the palette name it
    about: str
    key: str


SECTIONS: tuple[Section, ...] = (
    Section("questionnaire", "Questions", "the questions; the verdict updates as you answer", "f2"),
    Section("dashboard", "Dashboard", "scores per tip, failing checks, plan progress", "f3"),
    Section("ethics", "Ethics", "the concerns register: filter, read, update, raise", "f4"),
    Section("card", "Card", "the model card: completeness, what card check finds", "f5"),
)

START_KEYS = [
    Binding("enter", "continue", "Continue", tooltip="The first question not answered yet"),
    Binding("b", "restart", "From start", tooltip="Walk the questions from the first one"),
    Binding("i", "git_init", "git init", tooltip="Create a git repository in the project folder"),
]
DASHBOARD_KEYS = [
    Binding("r", "refresh", "Re-check", tooltip="Run the checks again on the work tree"),
    Binding("t", "history", "Trend", tooltip="The scores over the commits (walks the history)"),
]
ETHICS_KEYS = [
    # A priority binding: the table would otherwise take Enter without the footer saying what it does.
    Binding("enter", "open", "Open", priority=True, tooltip="Read the concern under the cursor and update it"),
    Binding("n", "raise", "New", tooltip="Raise a new ethics concern (one commit)"),
    Binding("f", "filter", "Filter", tooltip="Cycle the status filter: active, all, open, ..."),
    Binding("r", "refresh", "Reload", tooltip="Read the register again"),
]
CARD_KEYS = [
    Binding("e", "edit", "Edit", tooltip="Open MODEL_CARD.md in $EDITOR"),
    Binding("w", "write", "Write", tooltip="Write the card from the answers and commit it"),
    Binding("r", "refresh", "Re-check", tooltip="Run card check again"),
]
SECTION_KEYS: dict[str, list[Binding]] = {
    "questionnaire": START_KEYS, "dashboard": DASHBOARD_KEYS, "ethics": ETHICS_KEYS, "card": CARD_KEYS,
}
