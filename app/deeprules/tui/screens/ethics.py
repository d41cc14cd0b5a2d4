"""The ethics register (tip 10): a table of concerns, a filter by status, a concern opened to read and
update it, and a new concern raised. Every change goes through `register.EthicsRegister` (the same calls
as `deeprules ethics add/update/close`), so it is a dated log entry and one commit.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Header, Input, Label, Select, Static

from ...errors import DeeprulesError
from ...words import count
from ..commands import ETHICS_KEYS
from ..session import CORE_LOCK, in_core
from ..widgets.footer import KeysFooter
from ..widgets.tables import Col, FitTable

CONCERN_COLUMNS = (Col("id", "id", 8), Col("severity", "severity", 8), Col("status", "status", 13),
                   Col("title", "title"), Col("owner", "owner", 10), Col("done", "done", 4))
FILTERS = ("active", "all", "open", "in_progress", "mitigated", "accepted_risk", "closed")
ACTIVE = ("open", "in_progress")
SEVERITY_STYLE = {"blocker": "bold red", "high": "red", "medium": "yellow", "low": "dim"}
STATUS_STYLE = {"open": "bold", "in_progress": "cyan", "mitigated": "green", "accepted_risk": "yellow",
                "closed": "dim"}


def _register(root: Any) -> Any:
    from ...gitrepo import GitRepo
    from ...register import EthicsRegister

    return EthicsRegister(GitRepo.find(root))


def body_without_title(body: str | None) -> str:
    """The concern's Markdown without its first heading (the dialog shows the title above it)."""
    lines = (body or "").lstrip("\n").splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(lines).strip()


class ConcernScreen(ModalScreen[dict[str, Any] | None]):
    """One concern: read it, change status/owner/due, add a note or a resolution. Dismisses the changes."""

    BINDINGS = [Binding("escape", "cancel", "Close"), Binding("ctrl+s", "save", "Save")]

    def __init__(self, concern: Any) -> None:
        super().__init__()
        self.concern = concern

    def compose(self) -> ComposeResult:
        from textual.widgets import Markdown  # imported when a concern is opened (markdown-it costs start-up)

        from ...register import STATUSES

        c = self.concern
        with Vertical(id="concern-dialog", classes="dialog"):
            yield Static(Text.assemble((f"{c.id}: ", "bold"), (c.title, "bold")), id="concern-title")
            yield Static(Text.assemble((c.severity, SEVERITY_STYLE.get(c.severity, "")), " · ",
                                       (c.status, STATUS_STYLE.get(c.status, "")),
                                       f" · owner {c.owner or '-'} · due {c.due or '-'} · {c.path}"),
                         id="concern-meta")
            with VerticalScroll(id="concern-body"):
                yield Markdown(body_without_title(c.body) or "_No description._")
            with Horizontal(classes="field-row"):
                yield Label("Status", classes="field-label")
                yield Select([(s, s) for s in STATUSES], value=c.status, allow_blank=False, id="status", compact=True)
            with Horizontal(classes="field-row"):
                yield Label("Owner", classes="field-label")
                yield Input(value=c.owner or "", placeholder="who handles it", id="owner", compact=True)
            with Horizontal(classes="field-row"):
                yield Label("Note", classes="field-label")
                yield Input(placeholder="a dated note for the log (or the resolution when closing)", id="note",
                            compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", id="save", variant="primary", compact=True)
                yield Button("Close", id="cancel", compact=True)
        yield KeysFooter()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        c = self.concern
        status = self.query_one("#status", Select).value
        owner = self.query_one("#owner", Input).value.strip()
        note = self.query_one("#note", Input).value.strip()
        changes: dict[str, Any] = {}
        if status != c.status:
            changes["status"] = status
        if owner and owner != (c.owner or ""):
            changes["owner"] = owner
        if note:
            changes["note"] = note
        if not changes:
            self.app.notify("Nothing changed.", severity="warning")
            return
        if changes.get("status") in ("closed", "mitigated", "accepted_risk") and not note:
            self.app.notify("Say how it was resolved in the note before closing it.", severity="warning")
            self.query_one("#note", Input).focus()
            return
        self.dismiss(changes)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class RaiseScreen(ModalScreen[dict[str, Any] | None]):
    """Raise a new concern: a title, a severity and a short description."""

    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "save", "Raise")]

    def compose(self) -> ComposeResult:
        from ...register import SEVERITIES

        with Vertical(id="raise-dialog", classes="dialog"):
            yield Static(Text("Raise an ethics concern (tip 10)", style="bold"))
            with Horizontal(classes="field-row"):
                yield Label("Title", classes="field-label")
                yield Input(placeholder="one line, e.g. Consent does not cover sharing", id="title", compact=True)
            with Horizontal(classes="field-row"):
                yield Label("Severity", classes="field-label")
                yield Select([(s, s) for s in SEVERITIES], value="medium", allow_blank=False, id="severity",
                             compact=True)
            with Horizontal(classes="field-row"):
                yield Label("Why", classes="field-label")
                yield Input(placeholder="why it matters here (optional)", id="why", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Raise", id="save", variant="primary", compact=True)
                yield Button("Cancel", id="cancel", compact=True)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        title = self.query_one("#title", Input).value.strip()
        if not title:
            self.app.notify("A concern needs a title.", severity="warning")
            self.query_one("#title", Input).focus()
            return
        why = self.query_one("#why", Input).value.strip() or None
        self.dismiss({"title": title, "severity": self.query_one("#severity", Select).value, "why": why})

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class EthicsScreen(Screen[None]):
    """The register as a table; Enter opens a concern, n raises one, f changes the status filter."""

    BINDINGS: ClassVar[list[BindingType]] = list(ETHICS_KEYS)

    def __init__(self) -> None:
        super().__init__()
        self.concerns: list[Any] = []
        self.filter = "active"
        self.sub_title = "Ethics register"

    @property
    def session(self) -> Any:
        return self.app.session  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Reading the register…", id="ethics-summary")
        yield FitTable(CONCERN_COLUMNS, id="concerns", wrap=True)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.action_refresh()

    # -- reading ------------------------------------------------------------------------------
    def action_refresh(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="ethics", exit_on_error=False)
    def load(self) -> None:
        try:
            concerns = in_core(lambda: _register(self.session.root).concerns())
        except Exception as exc:
            self.app.call_from_thread(self._failed, exc)
            return
        self.app.call_from_thread(self._show, concerns)

    def _failed(self, exc: Exception) -> None:
        message = str(exc) if isinstance(exc, DeeprulesError) else f"unexpected error: {exc!r}"
        self.app.notify(message, title="Ethics register", severity="error", timeout=10)
        self.query_one("#ethics-summary", Static).update(Text(message, style="bold red"))

    def _show(self, concerns: list[Any]) -> None:
        self.concerns = concerns
        shown = [c for c in concerns if self.filter == "all" or (self.filter == "active" and c.status in ACTIVE)
                 or c.status == self.filter]
        active = sum(1 for c in concerns if c.status in ACTIVE)
        serious = sum(1 for c in concerns if c.status in ACTIVE and c.severity in ("high", "blocker"))
        summary = Text.assemble((count(len(concerns), "concern"), "bold"), f", {active} open",
                                (f" ({serious} high or blocker)" if serious else "", "red"),
                                "   filter: ", (self.filter, "bold"), (" (f to change)", "dim"))
        if not concerns:  # an empty table and "0 concerns, 0 open" said nothing of how a register starts
            summary = Text.assemble(("No concerns yet", "bold"), " · n raises one · Ctrl+R reviews those your "
                                    "answers open")
        self.query_one("#ethics-summary", Static).update(summary)
        table = self.query_one("#concerns", FitTable)
        table.border_title = f"Concerns · {self.filter} ({len(shown)})"
        rows = []
        for c in shown:
            actions = c.to_dict()["actions"]
            rows.append(((c.id, Text(c.severity, style=SEVERITY_STYLE.get(c.severity, "")),
                          Text(c.status, style=STATUS_STYLE.get(c.status, "")), c.title, c.owner or "",
                          f"{actions['done']}/{actions['total']}" if actions["total"] else ""), c.id))
        table.set_rows(rows)

    def action_filter(self) -> None:
        self.filter = FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)]
        self._show(self.concerns)

    def selected(self) -> Any:
        table = self.query_one("#concerns", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((c for c in self.concerns if c.id == key), None)

    # -- changing -----------------------------------------------------------------------------
    @on(DataTable.RowSelected, "#concerns")
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        concern = self.selected()
        if concern is not None:
            self.open_concern(concern)

    @work(exclusive=True, group="dialog")
    async def open_concern(self, concern: Any) -> None:
        changes = await self.app.push_screen_wait(ConcernScreen(concern))
        if changes:
            self.change(concern.id, changes)

    def action_raise(self) -> None:
        self.raise_concern()

    @work(exclusive=True, group="dialog")
    async def raise_concern(self) -> None:
        fields = await self.app.push_screen_wait(RaiseScreen())
        if fields:
            self.add(fields)

    @work(thread=True, exclusive=True, group="ethics", exit_on_error=False)
    def change(self, concern_id: str, changes: dict[str, Any]) -> None:
        with CORE_LOCK:
            self._change(concern_id, changes)

    def _change(self, concern_id: str, changes: dict[str, Any]) -> None:
        today = self.session.clock().date()
        try:
            register = _register(self.session.root)
            status = changes.get("status")
            if status in ("closed", "mitigated", "accepted_risk"):
                done = register.close(concern_id, resolution=changes["note"], status=status, today=today)
                if changes.get("owner"):
                    register.update(concern_id, owner=changes["owner"], today=today)
            else:
                done = register.update(concern_id, status=status, owner=changes.get("owner"),
                                       note=changes.get("note"), today=today)
            concerns = register.concerns()
        except Exception as exc:
            self.app.call_from_thread(self._failed, exc)
            return
        self.app.call_from_thread(self._changed, f"{concern_id} updated", done, concerns)

    @work(thread=True, exclusive=True, group="ethics", exit_on_error=False)
    def add(self, fields: dict[str, Any]) -> None:
        with CORE_LOCK:
            self._add(fields)

    def _add(self, fields: dict[str, Any]) -> None:
        try:
            register = _register(self.session.root)
            done = register.add(fields["title"], severity=fields["severity"], why=fields.get("why"),
                                today=self.session.clock().date())
            concerns = register.concerns()
        except Exception as exc:
            self.app.call_from_thread(self._failed, exc)
            return
        self.app.call_from_thread(self._changed, f"{done.concern.id} raised", done, concerns)

    def _changed(self, what: str, change: Any, concerns: list[Any]) -> None:
        result = getattr(change, "result", None)
        commit = getattr(result, "commit", None)
        self.app.notify(f"{what}" + (f"; committed {commit[:10]}" if commit else ""), title="Ethics register")
        self._show(concerns)
