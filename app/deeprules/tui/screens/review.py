"""Review: the files the answers will write or change, each with its diff, and a commit toggle.

A dry run of `project.sync` (the same call `deeprules plan --dry-run --diff` makes) lists every file
with its action; conflicts are shown, never hidden. Writing calls `project.sync` for real, in a thread
worker, and reports the commit. The screen dismisses True when something was written.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Header, Label, ListItem, ListView, Static, Switch

from ...errors import ConflictError, DeeprulesError
from ...words import count
from ..keys import ShownScreen
from ..session import CORE_LOCK, in_core
from ..widgets.footer import KeysFooter

#: Under this many columns the file list goes above the diff: side by side, both would be too narrow.
SIDE_BY_SIDE = 110
ACTION_STYLE = {"created": "green", "updated": "cyan", "merged": "cyan", "restored": "green",
                "conflict": "bold red", "unchanged": "dim", "deleted-kept": "yellow"}


class ReviewScreen(ShownScreen[bool]):
    """What will be written, file by file; Ctrl+S writes (and commits when the toggle is on)."""

    BINDINGS = [
        Binding("ctrl+s", "write", "Write", tooltip="Write the files (and commit them when Commit is on)"),
        Binding("ctrl+t", "toggle_commit", "Commit on/off", tooltip="Whether Write also commits"),
        Binding("escape", "close", "Back", tooltip="Close the review; nothing is written"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.result: Any = None
        self.written = False
        self.pending: set[str] = set()
        self.last_message: Text | None = None
        self._list_width: int | None = None  # the longest line of the file list
        self.sub_title = "Review"

    @property
    def session(self) -> Any:
        return self.app.session  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Working out what would change…", id="review-summary")
        with Horizontal(id="review-body"):
            with Vertical(id="review-files", classes="panel"):
                yield ListView(id="file-list")
            with VerticalScroll(id="review-diff", classes="panel"):
                yield Static("", id="diff")
        with Horizontal(id="review-actions"):
            yield Label("Commit", id="commit-label")
            yield Switch(value=True, id="commit")
            yield Button("Write", id="write", variant="primary", compact=True)
            yield Button("Back", id="close", compact=True)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#review-files").border_title = "Files"
        self.query_one("#review-diff").border_title = "Diff"
        self.query_one("#file-list", ListView).focus()
        self.preview()

    # -- the dry run --------------------------------------------------------------------------
    def _sync(self, **kwargs: Any) -> Any:
        from ...gitrepo import GitRepo
        from ...project import sync

        s = self.session
        with CORE_LOCK:
            repo = GitRepo.find(s.root)
            result = sync(repo, s.answers, today=s.clock().date(), **kwargs)
            return result, repo

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def preview(self) -> None:
        try:
            result, repo = self._sync(dry_run=True)
            pending = set(in_core(repo.changed_paths, [f.path for f in result.files]))
        except Exception as exc:  # a core error, or a bug: a notification, never a traceback
            self.app.call_from_thread(self._failed, exc)
            return
        self.app.call_from_thread(self._show, result, pending)

    def _failed(self, exc: Exception) -> None:
        message = str(exc) if isinstance(exc, DeeprulesError) else f"unexpected error: {exc!r}"
        self.app.notify(message, title="Cannot write", severity="error", timeout=10)
        self.query_one("#review-summary", Static).update(Text(message, style="bold red"))

    def _show(self, result: Any, pending: set[str]) -> None:
        self.result = result
        self.pending = pending
        files = self.query_one("#file-list", ListView)
        files.clear()
        for f in result.files:
            line = Text()
            line.append(f"{f.action:>8} ", style=ACTION_STYLE.get(f.action, ""))
            line.append(f.path)
            if f.action == "unchanged" and f.path in pending:
                line.append(" (uncommitted)", style="yellow")
            files.append(ListItem(Label(line), name=f.path))
        # The first file with something to show: the review opened on "Diff · PLAN.md: No change." while the
        # file the answers changed (the card) waited further down the list.
        first = next((i for i, f in enumerate(result.files) if f.diff), 0)
        files.index = first
        self._list_width = max((len(f"{f.action:>8} {f.path} (uncommitted)") for f in result.files), default=20)
        self._fit_file_list()
        self._summary()
        self._show_diff(first)

    def _fit_file_list(self) -> None:
        """Beside the diff when every line of the list fits in half the screen (the list as wide as its
        longest line); otherwise stacked above it, as wide as the screen (`-stacked` in the stylesheet).
        A line longer than even that wraps: a path is never cut."""
        panel = self.query_one("#review-files")
        width = self._list_width + 6 if self._list_width is not None else None  # borders, padding, scrollbar
        stacked = self.size.width < SIDE_BY_SIDE or width is None or width > self.size.width // 2
        self.set_class(stacked, "-stacked")
        panel.styles.width = None if stacked else max(24, width or 0)

    def on_resize(self) -> None:
        self._fit_file_list()

    def _summary(self) -> None:
        result = self.result
        commit = self.query_one("#commit", Switch).value
        text = Text()
        if self.last_message is not None:
            text.append_text(self.last_message)
            text.append("\n")
        if result.conflicts:
            text.append(f"Conflicts in {', '.join(result.conflicts)}: ", style="bold red")
            text.append("your edits and the new render overlap; writing leaves conflict markers to resolve.")
        else:
            changed = [f for f in result.files if f.action not in ("unchanged", "deleted-kept")]
            to_commit = {f.path for f in changed} | (self.pending or set())
            earlier = len(to_commit - {f.path for f in changed})
            if not changed and not (commit and to_commit):
                # After a commit the summary asked for Ctrl+S again, with nothing left for it to do.
                text.append("Nothing to write" + (" or commit" if commit else ""), style="bold")
                text.append(": the files match the answers.")
            else:
                text.append(f"{count(len(changed), 'file')} to write", style="bold")
                if commit:
                    text.append(f", {len(to_commit)} to commit"
                                + (f" ({earlier} written earlier, not committed yet)" if earlier else "") + ". ")
                else:
                    text.append(" (commit off). ")
                text.append("Ctrl+S writes" + (" and commits." if commit else "."), style="dim")
        for w in result.warnings:
            text.append(f"\n{w}", style="yellow")
        self.query_one("#review-summary", Static).update(text)

    @on(ListView.Highlighted, "#file-list")
    def _highlight(self, event: ListView.Highlighted) -> None:
        if event.list_view.index is not None:
            self._show_diff(event.list_view.index)

    def _show_diff(self, index: int) -> None:
        if not self.result or not (0 <= index < len(self.result.files)):
            return
        f = self.result.files[index]
        # as typed (Content, not markup): a configured path may hold brackets
        self.query_one("#review-diff").border_title = Content(f"Diff · {f.path}")
        diff = self.query_one("#diff", Static)
        if f.diff:
            from rich.syntax import Syntax  # pygments: imported when a diff is first shown

            diff.update(Syntax(f.diff, "diff", theme="ansi_dark", background_color="default", word_wrap=True))
        elif f.action == "deleted-kept":
            diff.update(Text("You deleted this file; it stays deleted.", style="yellow"))
        elif f.path in (self.pending or set()):
            diff.update(Text("Saved as you answered; not committed yet.", style="yellow"))
        else:
            diff.update(Text("No change.", style="dim"))

    # -- writing ------------------------------------------------------------------------------
    @on(Switch.Changed, "#commit")
    def _commit_changed(self) -> None:
        if self.result:
            self._summary()

    def action_toggle_commit(self) -> None:
        switch = self.query_one("#commit", Switch)
        switch.value = not switch.value

    @on(Button.Pressed, "#write")
    def action_write(self) -> None:
        if self.result is None:
            return
        self.query_one("#write", Button).disabled = True
        self.write(self.query_one("#commit", Switch).value)

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def write(self, commit: bool) -> None:
        try:
            result, _repo = self._sync(commit=commit)
        except ConflictError as exc:
            self.app.call_from_thread(self._conflict, exc)
            return
        except Exception as exc:
            self.app.call_from_thread(self._failed, exc)
            self.app.call_from_thread(setattr, self.query_one("#write", Button), "disabled", False)
            return
        self.app.call_from_thread(self._written, result)

    def _conflict(self, exc: ConflictError) -> None:
        self.written = True
        self.app.notify(str(exc), title="Conflicts", severity="error", timeout=12)
        self.query_one("#review-summary", Static).update(
            Text(f"Conflict markers written in {', '.join(exc.paths)}; nothing committed. Resolve them, "
                 "then review again.", style="bold red"))

    def _written(self, result: Any) -> None:
        self.written = True
        if result.commit:
            message = f"Committed {result.commit[:10]}: {count(len(result.changed), 'file')} written."
        elif any(f.written for f in result.files):
            message = "Written, not committed."
        else:
            message = "Nothing to change: everything is up to date."
        self.app.notify(message, title="Plan")
        self.last_message = Text(message, style="bold green")
        self.query_one("#write", Button).disabled = False
        self.preview()

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(self.written)
