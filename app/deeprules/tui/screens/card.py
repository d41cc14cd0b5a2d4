"""The model card: completeness by section, what `card check` finds, and the file in `$EDITOR`.

Findings come from `card.check_project` (what `deeprules card check` runs); writing the card is
`card.write_card` (what `deeprules card` runs). The screen only groups the findings by section.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from ...errors import DeeprulesError
from ...words import count
from ..commands import CARD_KEYS
from ..session import in_core
from ..widgets.footer import KeysFooter
from ..widgets.tables import plain_cell

KIND_STYLE = {"missing-section": "bold red", "empty-section": "red", "placeholder": "yellow",
              "metadata": "red", "no-results": "yellow", "no-factor-results": "yellow",
              "metric-mismatch": "yellow", "release-privacy": "bold red"}


def completeness(findings: list[Any]) -> list[tuple[str, str, int]]:
    """(section, state, number of findings) for the metadata and each standard section, in card order."""
    from ...card import SECTIONS

    rows = []
    for name in ("metadata", *SECTIONS):
        mine = [f for f in findings if (f.section or "").lower() == name.lower()]
        kinds = {f.kind for f in mine}
        if "missing-section" in kinds:
            state = "missing"
        elif "empty-section" in kinds:
            state = "empty"
        elif mine:
            state = "to do"
        else:
            state = "complete"
        rows.append((name, state, len(mine)))
    return rows


STATE_STYLE = {"complete": "green", "to do": "yellow", "empty": "red", "missing": "bold red"}


class CardScreen(Screen[None]):
    """Completeness of MODEL_CARD.md by section, the findings, and an editor one key away."""

    BINDINGS: ClassVar[list[BindingType]] = list(CARD_KEYS)

    def __init__(self) -> None:
        super().__init__()
        self.report: Any = None
        self.card_path: str | None = None
        # a check has ended (with a report or without a card): until then, the one on_mount started is running
        self.checked = False
        self.sub_title = "Model card"

    @property
    def session(self) -> Any:
        return self.app.session  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Checking the model card…", id="card-summary")
        with Horizontal(id="card-body"):
            yield DataTable(id="card-sections", cursor_type="row")
            with VerticalScroll(id="card-findings", classes="panel"):
                yield Static("", id="findings")
        yield KeysFooter()

    def on_mount(self) -> None:
        table = self.query_one("#card-sections", DataTable)
        table.border_title = "Completeness by section"
        table.add_column("section", key="section", width=27)
        table.add_column("state", key="state", width=8)
        table.add_column("#", key="n", width=2)
        self.query_one("#card-findings").border_title = "card check"
        self.action_refresh()

    def action_refresh(self) -> None:
        self.check()

    def on_screen_resume(self) -> None:
        # Back from the questions (F2) with the answers the card needed: "answer the questions first" is stale.
        # Not on the screen's first showing, which Textual also announces as a resume: on_mount's check is running
        # then, and a second one could redraw the table under keys already pressed.
        if self.checked and self.report is None:
            self.action_refresh()

    @work(thread=True, exclusive=True, group="card", exit_on_error=False)
    def check(self) -> None:
        from ...card import check_project
        from ...gitrepo import GitRepo

        try:
            report = in_core(lambda: check_project(GitRepo.find(self.session.root)))
        except Exception as exc:
            self.app.call_from_thread(self._failed, exc)
            return
        self.app.call_from_thread(self._show, report)

    def _failed(self, exc: Exception) -> None:
        from ...card import NoCardError

        self.checked = True
        self.report = None
        self.card_path = None
        self.query_one("#card-sections", DataTable).clear()
        if isinstance(exc, NoCardError):
            # In the app, the app's keys: it said "write it with `deeprules card`", then "Press w", and with no
            # answers w answered "run `deeprules init --answers FILE` (or `deeprules` ...)", the app itself.
            how = ("Press w to write it from your answers." if exc.has_answers else
                   "Answer the questions first (F2): the card is written from them.")
            summary = Text.assemble((f"{exc.rel} does not exist yet.", "bold yellow"), f"\n{how}")
        else:
            message = str(exc) if isinstance(exc, DeeprulesError) else f"unexpected error: {exc!r}"
            summary = Text.assemble((message, "bold yellow"), "\nPress w to write the card from your answers.")
        self.query_one("#card-summary", Static).update(summary)
        self.query_one("#findings", Static).update("")

    def _show(self, report: Any) -> None:
        self.checked = True
        self.report = report
        self.card_path = report.path
        rows = completeness(report.findings)
        done = sum(1 for _, state, _ in rows if state == "complete")
        summary = Text.assemble((f"{report.path}: ", "bold"), (f"{done}/{len(rows)} sections complete", "bold"),
                                f" · {count(len(report.findings), 'finding')}")
        summary.append("  ready to release" if not report.findings else "  not ready yet",
                       style="green" if not report.findings else "yellow")
        self.query_one("#card-summary", Static).update(summary)
        table = self.query_one("#card-sections", DataTable)
        table.clear()
        for name, state, n in rows:
            table.add_row(plain_cell(name), Text(state, style=STATE_STYLE[state]), str(n) if n else "", key=name)
        self._findings(None)

    @on(DataTable.RowHighlighted, "#card-sections")
    def _highlight(self, event: DataTable.RowHighlighted) -> None:
        if self.report is not None and event.row_key.value:
            self._findings(event.row_key.value)

    def _findings(self, section: str | None) -> None:
        findings = self.report.findings if self.report else []
        if section is not None:
            findings = [f for f in findings if (f.section or "").lower() == section.lower()]
        text = Text()
        if not findings:
            text.append("Nothing to do here." if section else "No findings.", style="green")
        for f in findings:
            text.append(f"{f.id} ", style="bold")
            text.append(f"{f.kind}", style=KIND_STYLE.get(f.kind, ""))
            if f.line:
                text.append(f" · line {f.line}", style="dim")
            text.append(f"\n{f.message}\n\n")
        panel = self.query_one("#card-findings")
        panel.border_title = Content(f"card check · {section}") if section else "card check"  # as typed: no markup
        self.query_one("#findings", Static).update(text)

    # -- actions ------------------------------------------------------------------------------
    def action_edit(self) -> None:
        """Open the card in $VISUAL / $EDITOR, with the app suspended; re-check when the editor closes."""
        if not self.card_path:
            self.app.notify(self._how_to_write(), severity="warning")
            return
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not editor:
            self.app.notify("Set $EDITOR (for example EDITOR=nano) to edit the card from here.",
                            title="No editor", severity="warning")
            return
        path = self.session.root / self.card_path
        try:
            with self.app.suspend():
                subprocess.run([*shlex.split(editor), str(path)], check=False)
        except Exception as exc:  # no terminal to hand over (tests, some terminals)
            self.app.notify(f"cannot open the editor here: {exc}", title="Editor", severity="error")
            return
        self.action_refresh()

    @property
    def has_answers(self) -> bool:
        """Whether the answers file the card is written from exists (answered in this session, or before)."""
        path = self.session.answers_path
        return path is not None and path.exists()

    def _how_to_write(self) -> str:
        if self.has_answers:
            return "There is no model card yet: press w to write it."
        return "There is no model card yet, and no answers to write it from: answer the questions first (F2)."

    def action_write(self) -> None:
        if not self.has_answers:  # write_card would refuse, naming the CLI: say what to do here instead
            self.app.notify(self._how_to_write(), title="Card", severity="warning")
            return
        self.write()

    @work(thread=True, exclusive=True, group="card-write", exit_on_error=False)
    def write(self) -> None:
        from ...card import write_card
        from ...gitrepo import GitRepo

        try:
            result = in_core(lambda: write_card(GitRepo.find(self.session.root)))
        except Exception as exc:
            message = str(exc) if isinstance(exc, DeeprulesError) else f"unexpected error: {exc!r}"
            self.app.call_from_thread(self.app.notify, message, title="Card", severity="error", timeout=10)
            return
        done = f"committed {result.commit[:10]}" if result.commit else "nothing to change"
        self.app.call_from_thread(self.app.notify, f"Model card written: {done}.", title="Card")
        self.app.call_from_thread(self.action_refresh)
