"""Tables that use the width they have: fixed columns for short values, one column (a title) taking the rest.
A fixed column is as wide as its widest cell or label, up to its declared width: an owner column nobody has
filled yet, or statuses that are all "open", leave their room to the title.

Textual's DataTable sizes columns by number, not by fraction, so a table declares its columns once and
`FitTable` recomputes the flexible column's width whenever the table is resized, re-adding the rows it
was given (tables here hold tens of rows, so this costs nothing a user could notice).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.markup import escape
from textual import events
from textual.widgets import DataTable

CELL_PADDING = 1  # DataTable's default: one space each side of a cell


def plain_cell(value: Any) -> Any:
    """A cell shown as typed. DataTable reads a str cell as Rich markup, and cells hold text from the
    repository (a lab check's title, a concern's title and owner, a card's section): `[/b]` there raised
    MarkupError and ended the TUI, `[link=...]` made a link. Escaped, the cell keeps its value for
    `get_row_at` (ids have no brackets) and shows its brackets."""
    return escape(value) if isinstance(value, str) else value


@dataclass(frozen=True)
class Col:
    label: str
    key: str
    width: int | None = None  # the most it takes (less when its cells are narrower); None: the flexible column
    min_width: int = 12


class FitTable(DataTable[Any]):
    """A DataTable whose one flexible column (width None) fills the width left by the others."""

    def __init__(self, columns: Sequence[Col], *, wrap: bool = False, **kwargs: Any) -> None:
        """`wrap`: a long value in the flexible column wraps over more lines (else it ends with "…")."""
        kwargs.setdefault("cursor_type", "row")
        super().__init__(**kwargs)
        self.spec = tuple(columns)
        self.wrap = wrap
        self._rows: list[tuple[tuple[Any, ...], str | None]] = []
        self._built_for: tuple[int, tuple[int, ...]] | None = None  # (width, fixed columns) it was built for

    def fixed_widths(self) -> dict[str, int]:
        """Each fixed column's width: its widest cell or its label, at most the declared width."""
        widths: dict[str, int] = {}
        for i, c in enumerate(self.spec):
            if c.width is None:
                continue
            widest = max((_cell_width(cells[i]) for cells, _key in self._rows if i < len(cells)), default=0)
            widths[c.key] = min(c.width, max(len(c.label), widest, 1))
        return widths

    def flex_width(self, total: int, fixed: dict[str, int] | None = None) -> int:
        used = sum((fixed if fixed is not None else self.fixed_widths()).values())
        padding = 2 * CELL_PADDING * len(self.spec)
        flex = [c for c in self.spec if c.width is None]
        spare = total - used - padding - 1  # one column spare for a vertical scrollbar's edge
        return max(flex[0].min_width if flex else 0, spare)

    def _build_columns(self, total: int, fixed: dict[str, int]) -> None:
        flex = self.flex_width(total, fixed)
        self._built_for = (total, tuple(fixed.values()))
        self.clear(columns=True)
        for c in self.spec:
            self.add_column(c.label, key=c.key, width=fixed[c.key] if c.width is not None else flex)

    def set_rows(self, rows: Sequence[tuple[tuple[Any, ...], str | None]]) -> None:
        """Replace the rows: each is (cells, key). The cursor stays on the same row number."""
        self._rows = list(rows)
        self._refill()

    def _refill(self) -> None:
        row = self.cursor_row
        total = self.scrollable_content_region.width or self.size.width
        fixed = self.fixed_widths()
        if not self.columns or (total, tuple(fixed.values())) != self._built_for:
            self._build_columns(total, fixed)
        else:
            self.clear()
        flex_index = next((i for i, c in enumerate(self.spec) if c.width is None), None)
        flex = self.columns[self.spec[flex_index].key].width if flex_index is not None else 0  # type: ignore[index]
        for cells, key in self._rows:
            if flex_index is not None and not self.wrap:
                cells = (*cells[:flex_index], _fit(cells[flex_index], flex), *cells[flex_index + 1:])
            cells = tuple(plain_cell(c) for c in cells)
            self.add_row(*cells, key=key, height=None if self.wrap else 1)
        if self._rows:
            self.move_cursor(row=min(row, len(self._rows) - 1), animate=False)

    def on_resize(self, event: events.Resize) -> None:
        total = self.scrollable_content_region.width or self.size.width
        if self._built_for is None or total != self._built_for[0]:
            self._refill()


def _cell_width(cell: Any) -> int:
    """The cells a value takes on one line (Rich Text or a plain value)."""
    cell_len = getattr(cell, "cell_len", None)
    if isinstance(cell_len, int):
        return cell_len
    return max((len(line) for line in str(cell).splitlines()), default=0)


def _fit(cell: Any, width: int) -> Any:
    """A plain string longer than the column ends with "…" (DataTable would cut it mid-word silently)."""
    if isinstance(cell, str) and len(cell) > width > 1:
        return cell[: width - 1].rstrip() + "…"
    return cell
