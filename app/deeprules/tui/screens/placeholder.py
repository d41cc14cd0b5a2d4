"""A section whose core module has not landed in this build: says what it will show and how to get it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Header, Static

from ..widgets.footer import KeysFooter


class PendingScreen(Screen[None]):
    """Base for a section screen shown when its core module is missing."""

    SECTION = "Section"
    ABOUT = ""
    COMMAND = ""

    def compose(self) -> ComposeResult:
        yield Header()
        text = Text(f"{self.SECTION}\n\n", style="bold")
        text.append(self.ABOUT + "\n\n")
        text.append(f"This build has no `{self.COMMAND}` yet.", style="italic")
        yield Static(text, id="pending", classes="panel")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.sub_title = self.SECTION
