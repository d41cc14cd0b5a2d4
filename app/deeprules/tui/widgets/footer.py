"""The footer every screen uses: the keys of this screen first, the section keys (F2-F5) only when there is
room for them (the start screen and the command palette list them at any width; they always work)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class KeysFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey) and "section(" in widget.action:
                widget.add_class("-section")
            yield widget
