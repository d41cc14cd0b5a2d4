"""The live assessment beside the questions: the tip 1 verdict and its reasons, from `engine.assess`.

The panel never decides anything: it asks the session (that is, the core) for an assessment of the
current answers, optionally with one answer tried out (the option under the cursor, a number being
typed), so a user sees what one more GPU or ten times the data would change. Recomputation runs in a
thread worker, so typing never waits for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from ...engine import Assessment
from ...words import count

MARKS = {"for": ("+", "$success"), "against": ("-", "$error"), "risk": ("?", "$warning")}
VERDICT_CLASS = {"deep_learning": "dl", "baselines_first": "baselines", "traditional_ml": "traditional"}
SHORT_VERDICT = {
    "deep_learning": "Deep learning fits",
    "baselines_first": "Baselines first",
    "traditional_ml": "Traditional ML fits better",
}


def refs_text(refs: Any) -> str:
    nums = [r.number for r in refs]
    return f" [{', '.join(str(n) for n in nums)}]" if nums else ""


def reasons_text(assessment: Assessment, *, limit: int | None = None) -> Text:
    """The reasons as lines `+ text [refs]`, strongest first (the engine's order)."""
    out = Text()
    marks = {"for": ("+ ", "bold green"), "against": ("- ", "bold red"), "risk": ("? ", "bold yellow")}
    reasons = assessment.reasons if limit is None else assessment.reasons[:limit]
    for i, reason in enumerate(reasons):
        mark, style = marks[reason.kind]
        if i:
            out.append("\n")
        out.append(mark, style=style)
        out.append(reason.text)
        out.append(f" (tip {reason.tip}{refs_text(reason.refs)})", style="dim")
    return out


class AssessmentPanel(VerticalScroll):
    """Verdict + reasons, recomputed off the UI thread whenever `update_for()` is called."""

    DEFAULT_CLASSES = "panel"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id or "assessment")
        self.border_title = "Assessment · tip 1"
        self._verdict = Static(id="verdict")
        self._whatif = Static(id="whatif")
        self._reasons = Static(id="reasons")
        self._summary = Static(id="summary")
        self._base_verdict: str | None = None

    def compose(self):  # type: ignore[no-untyped-def,unused-ignore]
        yield self._verdict
        yield self._whatif
        yield self._reasons
        yield self._summary

    def on_mount(self) -> None:
        # The first paint is computed at once so a screen never shows an empty panel.
        session = self.app.session  # type: ignore[attr-defined]
        try:
            self.show(session.assess())
        except Exception as exc:  # a knowledge error: say so, never crash
            self._verdict.update(Text(f"Assessment unavailable: {exc}", style="bold red"))

    def update_for(self, overrides: Mapping[str, Any] | None = None, label: str | None = None) -> None:
        """Recompute with the answers plus `overrides` (a what-if), in a thread; the latest call wins."""
        session = self.app.session  # type: ignore[attr-defined]
        overrides = dict(overrides or {})

        def work() -> None:
            base = session.assess() if overrides else None
            result = session.assess(overrides) if overrides else session.assess()
            self.app.call_from_thread(self.show, result, label if overrides else None,
                                      base.verdict if base else None)

        self.run_worker(work, thread=True, exclusive=True, group="assess", exit_on_error=False)

    def show(self, assessment: Assessment, whatif: str | None = None, base_verdict: str | None = None) -> None:
        for cls in VERDICT_CLASS.values():
            self.remove_class(cls)
        self.add_class(VERDICT_CLASS[assessment.verdict])
        self._verdict.update(Text(assessment.verdict_title, style="bold"))
        if whatif:
            changed = base_verdict is not None and base_verdict != assessment.verdict
            line = Text("What if ", style="italic")
            line.append(whatif, style="bold italic")
            if changed:
                line.append(f": the verdict would change from “{SHORT_VERDICT[base_verdict or '']}”",
                            style="italic")
            else:
                line.append(": same verdict", style="italic")
            self._whatif.update(line)
            self._whatif.display = True
        else:
            self._whatif.update("")
            self._whatif.display = False
        self._reasons.update(reasons_text(assessment))
        summary = Text()
        summary.append(count(len(assessment.open_questions), "open question"), style="yellow")
        summary.append(" · ")
        summary.append(count(len(assessment.ethics), "ethics concern"), style="magenta")
        summary.append(" · ")
        summary.append(f"{len(assessment.recommendations)} recommendations")
        self._summary.update(summary)
