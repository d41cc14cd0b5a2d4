"""The footer every screen uses: the keys of this screen first, then the section keys (F2-F5). When the four
section keys do not fit beside this screen's keys (at 80 columns they never do), one item "F2-F5 Sections"
stands for them, so every screen still says how to reach the others; clicking it opens the command palette,
which lists the sections by name. Whether they fit is measured on the keys this screen shows, not guessed
from a fixed breakpoint: a screen with many keys needs more room than one with few."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

#: The one item that stands for the section keys when they do not fit.
SECTIONS_SHORT = ("F2-F5", "Sections")


class SectionsKey(FooterKey):
    """ "F2-F5 Sections": a click opens the command palette (the sections are listed there by name)."""

    def on_mouse_down(self) -> None:
        self.app.action_command_palette()


class KeysFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)

    def compose(self) -> ComposeResult:
        sections = False
        for widget in super().compose():
            if isinstance(widget, FooterKey) and "section(" in widget.action:
                widget.add_class("-section")
                sections = True
            yield widget
        if sections:
            key, label = SECTIONS_SHORT
            yield SectionsKey(key, key, label, "app.command_palette", tooltip="Ctrl+P lists the sections by name",
                              classes="-sections-short")
        self.call_after_refresh(self.fit_sections)

    def on_resize(self, _event: events.Resize) -> None:
        self.fit_sections()

    def fit_sections(self) -> None:
        """Show the four section keys when the footer holds them all, else the one short item."""
        width = self.size.width
        if not width:
            return
        keys = [w for w in self.query(FooterKey) if not w.has_class("-sections-short")]
        needed = sum(_width(w) for w in keys)
        self.set_class(needed > width, "-collapsed")


def _width(key: FooterKey) -> int:
    """The columns a footer item takes: key, a space and its label, and the gap after it (two columns, the
    wider of the stylesheet's two; the palette item: its border). Read from the item's text, not its styles,
    which a footer composed a moment ago may not have yet."""
    text = len(key.key_display) + (1 + len(key.description) if key.description else 0)
    return text + (1 if key.has_class("-command-palette") else 2)
