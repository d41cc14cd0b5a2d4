"""The dashboard: scores per tip with their trend, the failing checks with how to fix them, the plan's progress.

The numbers come from the same calls `deeprules check` makes (`snapshot.open_snapshot` + `checks.run_checks`
with the repository's config and cache), so they are the numbers `deeprules check --json` prints. The
trend (`history.history`) walks every commit, so it runs in a worker with a progress bar.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Header, ProgressBar, Static

from ...errors import DeeprulesError
from ...words import count
from ..commands import DASHBOARD_KEYS
from ..session import in_core
from ..widgets.footer import KeysFooter
from ..widgets.tables import Col, FitTable

TIP_COLUMNS = (Col("tip", "tip", 3), Col("", "title"), Col("score", "score", 5), Col("", "bar", 10),
               Col("trend", "trend", 8), Col("plan", "plan", 5))
FAILING_COLUMNS = (Col("check", "id", 6), Col("tip", "tip", 3), Col("status", "status", 6), Col("title", "title"))
BLOCKS = " ▁▂▃▄▅▆▇█"
STATUS_STYLE = {"pass": "green", "warn": "yellow", "fail": "bold red", "na": "dim"}


def bar(score: float | None, width: int = 10) -> Text:
    if score is None:
        return Text("·" * width, style="dim")
    full = round(score / 100 * width)
    colour = "green" if score >= 80 else "yellow" if score >= 50 else "red"
    return Text.assemble(("█" * full, colour), ("░" * (width - full), "dim"))


def sparkline(values: list[float | None], width: int = 12) -> str:
    if len(values) > width:
        step = len(values) / width
        values = [values[min(len(values) - 1, int((i + 1) * step) - 1)] for i in range(width)]
    return "".join("·" if v is None else BLOCKS[min(8, max(1, round(v / 100 * 8)))] for v in values)


def score_text(score: float | None) -> str:
    return "n/a" if score is None else f"{score:.0f}"


def run_check(root: Any) -> tuple[Any, dict[str, Any] | None]:
    """The report `deeprules check` computes for the work tree, and the plan's progress."""
    from ...checks import run_checks
    from ...config import load_config
    from ...history import Cache
    from ...plan import progress
    from ...snapshot import find_root, open_snapshot

    root, git_dir = find_root(root)
    config = load_config(root)
    cache = Cache(git_dir)
    cache.load_specs()
    memo = cache.load_memo()
    with open_snapshot(root) as snap:
        report = run_checks(snap, None, config, memo=memo)
    cache.save_memo(memo)
    plan_file = root / config.path("plan")
    plan = progress(plan_file.read_text(encoding="utf-8")) if plan_file.is_file() else None
    return report, plan


class DashboardScreen(Screen[None]):
    """Scores per tip (with trend), what to fix next, the plan's progress."""

    BINDINGS: ClassVar[list[BindingType]] = list(DASHBOARD_KEYS)

    def __init__(self) -> None:
        super().__init__()
        self.report: Any = None
        self.plan: dict[str, Any] | None = None
        self.trend: dict[int, list[float | None]] = {}
        self.sub_title = "Dashboard"

    @property
    def session(self) -> Any:
        return self.app.session  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="dash-top"):
            yield Static("Checking the repository…", id="overall")
            yield ProgressBar(total=None, show_eta=False, id="history-progress")
        yield FitTable(TIP_COLUMNS, id="tips")
        with Horizontal(id="dash-body"):
            yield FitTable(FAILING_COLUMNS, id="failing")  # the detail pane has the whole title
            with VerticalScroll(id="dash-detail", classes="panel"):
                yield Static("", id="detail")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#tips", FitTable).border_title = "Scores per tip"
        self.query_one("#failing", FitTable).border_title = "Failing and warning checks"
        self.query_one("#dash-detail").border_title = "How to fix"
        self.query_one("#history-progress").display = False
        self.action_refresh()

    # -- checks -------------------------------------------------------------------------------
    def action_refresh(self) -> None:
        self.query_one("#overall", Static).update("Checking the repository…")
        self.check()

    @work(thread=True, exclusive=True, group="dashboard", exit_on_error=False)
    def check(self) -> None:
        try:
            report, plan = in_core(run_check, self.session.root)
        except Exception as exc:
            self.app.call_from_thread(self._failed, exc)
            return
        self.app.call_from_thread(self._show, report, plan)

    def _failed(self, exc: Exception) -> None:
        message = str(exc) if isinstance(exc, DeeprulesError) else f"unexpected error: {exc!r}"
        self.app.notify(message, title="Dashboard", severity="error", timeout=10)
        self.query_one("#overall", Static).update(Text(message, style="bold red"))

    def _show(self, report: Any, plan: dict[str, Any] | None) -> None:
        self.report, self.plan = report, plan
        overall = report.overall
        head = Text.assemble(("Overall ", "bold"), (f"{score_text(overall)}/100 ", "bold"), bar(overall, 20))
        if plan is not None:
            head.append(f"  plan {plan['done']}/{plan['total']} done", style="bold")
        from ...checks.formats import checked_what  # the CLI's and the HTML report's words for it

        head.append(f"\nchecked {checked_what(report.stamp)}", style="dim")
        self.query_one("#overall", Static).update(head)
        self._fill_tips()
        failing = self.query_one("#failing", FitTable)
        failing.set_rows([((r.id, str(r.tip), Text(r.status, style=STATUS_STYLE[r.status]), r.title), r.id)
                          for r in sorted((r for r in report.results if r.counted and r.status in ("fail", "warn")),
                                          key=lambda r: (r.status != "fail", r.tip, r.id))])
        failing.border_title = f"Failing and warning checks ({failing.row_count})"
        if failing.row_count:
            self._detail(failing.get_row_at(0)[0])
        else:
            self.query_one("#detail", Static).update(Text("Nothing failing. Well done.", style="green"))
        if not self.trend and report.stamp.get("commit"):
            self.action_history()  # the trend follows in the background, with a progress bar

    def _fill_tips(self) -> None:
        report, plan = self.report, self.plan
        titles = {t.number: t.title for t in self.session.knowledge.tips}
        rows = []
        for tip, score in report.tips.items():
            by_tip = (plan or {}).get("by_tip", {}).get(tip)
            rows.append(((str(tip), titles.get(tip, ""), Text(score_text(score), justify="right"), bar(score),
                          sparkline(self.trend.get(tip, []), 8) if self.trend else "",
                          f"{by_tip['done']}/{by_tip['total']}" if by_tip else ""), str(tip)))
        self.query_one("#tips", FitTable).set_rows(rows)

    @on(DataTable.RowHighlighted, "#failing")
    def _highlight(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value:
            self._detail(event.row_key.value)

    def _detail(self, check_id: str) -> None:
        if self.report is None:
            return
        for r in self.report.results:
            if r.id == check_id:
                text = Text.assemble((f"{r.id} ", "bold"), (r.title, "bold"), "\n")
                text.append(f"{r.status} · tip {r.tip} · weight {r.weight:g}\n", style=STATUS_STYLE[r.status])
                text.append(r.reason + "\n")
                if r.evidence:
                    path, line, _ = r.evidence[0]
                    text.append(f"{path}:{line}\n", style="dim")
                text.append("\nFix: ", style="bold")
                text.append(r.fix)
                self.query_one("#detail", Static).update(text)
                return

    # -- trend --------------------------------------------------------------------------------
    def action_history(self) -> None:
        bar_widget = self.query_one("#history-progress", ProgressBar)
        bar_widget.display = True
        bar_widget.update(total=None, progress=0)
        self.load_history()

    @work(thread=True, exclusive=True, group="history", exit_on_error=False)
    def load_history(self) -> None:
        from ...history import history

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self.query_one("#history-progress", ProgressBar).update, total=total,
                                      progress=done)

        try:
            h = in_core(history, self.session.root, progress=progress)
        except Exception as exc:
            self.app.call_from_thread(self._history_failed, exc)
            return
        trend = {tip: [p.tips[tip] for p in h.points] for tip in range(1, 11)}
        self.app.call_from_thread(self._show_trend, trend, len(h.points))

    def _history_failed(self, exc: Exception) -> None:
        self.query_one("#history-progress").display = False
        message = str(exc) if isinstance(exc, DeeprulesError) else f"unexpected error: {exc!r}"
        self.app.notify(message, title="Trend", severity="warning")

    def _show_trend(self, trend: dict[int, list[float | None]], n: int) -> None:
        self.trend = trend
        self.query_one("#history-progress").display = False
        self.query_one("#tips", FitTable).border_title = f"Scores per tip · trend over {count(n, 'commit')}"
        if self.report is not None:
            self._fill_tips()
