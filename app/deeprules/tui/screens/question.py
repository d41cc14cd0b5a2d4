"""One question: a `Screen[Step]` that dismisses with what the user did (answer, back, skip, stop).

The screen only collects a value: it checks it with the core's `coerce` as the user types (showing
the InputError message), previews its effect in the assessment panel, and hands the value back to the
walker, which stores it in the session's one `Answers` object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from ...answers import coerce
from ...errors import InputError
from ...knowledge import Question
from ..widgets.assessment import AssessmentPanel

Action = Literal["next", "back", "skip", "stop", "review"]


@dataclass(frozen=True)
class Step:
    """What the user did on a question screen."""

    action: Action
    value: Any = None


@dataclass(frozen=True)
class Position:
    index: int  # 0-based among the questions asked for the current answers
    total: int
    group_title: str
    group_index: int  # 1-based
    group_count: int


def show_value(question: Question, value: Any) -> str:
    if value is None:
        return ""
    if question.type == "integer":
        return str(int(value))
    if question.type == "number":
        return f"{value:g}"
    return str(value)


class QuestionScreen(Screen[Step]):
    """Ask one question; the assessment panel stays beside it."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("ctrl+n", "skip", "Skip"),
        Binding("ctrl+r", "review", "Review"),
        Binding("ctrl+o", "stop", "Overview"),
    ]

    def __init__(self, question: Question, position: Position, current: Any) -> None:
        super().__init__(classes="question-screen")
        self.question = question
        self.position = position
        self.current = current
        self.valid_value: Any = current
        self.answered = False  # set once dismissed: keys typed ahead must not dismiss it twice
        self.sub_title = f"Questionnaire · {position.group_title}"

    # -- layout -------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        q, pos = self.question, self.position
        kb = self.app.session.knowledge  # type: ignore[attr-defined]
        yield Header()
        with Horizontal(id="progress-row"):
            yield Static(f"{pos.group_index}/{pos.group_count} {pos.group_title}", id="group-label")
            yield ProgressBar(total=pos.total, show_eta=False, show_percentage=False, id="progress")
            yield Static(f"{pos.index + 1}/{pos.total}", id="count-label")
        with Horizontal(id="body"):
            with Vertical(id="ask"):
                prompt, help_source = q.worded_for(self.app.session.holds)  # type: ignore[attr-defined]
                yield Static(Text(prompt, style="bold"), id="prompt")
                with Vertical(id="answer-area"):
                    if q.choices:
                        yield self._options()
                    else:
                        yield Input(value=show_value(q, self.current), placeholder=self._placeholder(),
                                    id="answer-input", select_on_focus=False)
                        yield Static("", id="error")
                with VerticalScroll(id="help"):
                    tip = kb.tip(q.tip)
                    help_text = Text(help_source)
                    help_text.append(f"\nTip {tip.number}: {tip.title}", style="italic")
                    if not q.required:
                        help_text.append("\nOptional: leave empty to skip.", style="dim")
                    yield Static(help_text, id="help-text")
            yield AssessmentPanel()
        yield Footer(compact=True)

    def _initial(self) -> Any:
        return self.current if self.current is not None else self.question.default

    def _placeholder(self) -> str:
        q = self.question
        if self.current is None and q.default is not None:
            return f"{show_value(q, q.default)} (Enter accepts it)"
        if q.type == "integer":
            rng = f" ({q.min:g} or more)" if q.min is not None and q.max is None else ""
            return f"a whole number, e.g. 1200{rng}"
        if q.type == "number":
            lo = f"{q.min:g}" if q.min is not None else ""
            hi = f"{q.max:g}" if q.max is not None else ""
            return f"a number {lo}..{hi}".rstrip(".") if (lo or hi) else "a number"
        return "type your answer" + ("" if q.required else " (optional)")

    def _options(self) -> OptionList:
        options = []
        for i, choice in enumerate(self.question.choices, start=1):
            label = Text()
            label.append(f"{i} ", style="bold")
            label.append(choice.label)
            if choice.value == self.current:
                label.append(" ✓", style="bold green")
            options.append(Option(label, id=choice.value))
        return OptionList(*options, id="answer-options")

    def on_mount(self) -> None:
        self.query_one("#progress", ProgressBar).update(progress=self.position.index)
        if self.question.choices:
            options = self.query_one("#answer-options", OptionList)
            initial = self._initial()
            values = list(self.question.values)
            options.highlighted = values.index(initial) if initial in values else 0
            options.focus()
        else:
            field = self.query_one("#answer-input", Input)
            field.cursor_position = len(field.value)
            field.focus()

    # -- choices ------------------------------------------------------------------------------
    def _preview(self, value: Any) -> None:
        """The assessment with `value` tried out (a what-if), or the current answers."""
        panels = self.query(AssessmentPanel)
        if not panels:  # not mounted yet
            return
        if value is None or value == self.current:
            panels.first().update_for()
        else:
            panels.first().update_for({self.question.id: value},
                                      f"{self.question.id} = {show_value(self.question, value)}")

    @on(OptionList.OptionHighlighted, "#answer-options")
    def _preview_choice(self, event: OptionList.OptionHighlighted) -> None:
        self._preview(event.option.id)

    @on(OptionList.OptionSelected, "#answer-options")
    def _choose(self, event: OptionList.OptionSelected) -> None:
        self.finish(Step("next", event.option.id))

    def on_key(self, event: Any) -> None:
        # Digits pick a choice directly (1-9), keyboard first.
        if self.question.choices and event.character and event.character.isdigit():
            n = int(event.character)
            if 1 <= n <= len(self.question.choices):
                event.stop()
                self.finish(Step("next", self.question.choices[n - 1].value))

    # -- typed answers ------------------------------------------------------------------------
    def _check(self, raw: str) -> tuple[bool, Any, str]:
        if not raw.strip() and self.current is None and self.question.default is not None:
            raw = show_value(self.question, self.question.default)  # the default, shown as the placeholder
        try:
            value = coerce(self.question, raw)
        except InputError as exc:
            return False, None, str(exc)
        if value is None and self.question.required:
            return False, None, "An answer is needed here (Ctrl+N skips it for now)."
        return True, value, ""

    @on(Input.Changed, "#answer-input")
    def _validate(self, event: Input.Changed) -> None:
        ok, value, message = self._check(event.value)
        error = self.query_one("#error", Static)
        event.input.set_class(not ok and bool(event.value.strip()), "-invalid")
        error.update(Text(message, style="bold") if message and event.value.strip() else "")
        error.set_class(bool(message and event.value.strip()), "shown")
        if self.question.type != "text":  # free text never changes the verdict: no what-if
            self._preview(value if ok else None)
        if ok:
            self.valid_value = value

    @on(Input.Submitted, "#answer-input")
    def _submit(self, event: Input.Submitted) -> None:
        ok, value, message = self._check(event.value)
        if not ok:
            error = self.query_one("#error", Static)
            error.update(Text(message, style="bold"))
            error.add_class("shown")
            event.input.add_class("-invalid")
            self.app.bell()
            return
        self.finish(Step("next", value))

    # -- navigation ---------------------------------------------------------------------------
    def finish(self, step: Step) -> None:
        """Dismiss with `step`, once: later keys (typed ahead during the transition) are ignored."""
        if self.answered:
            return
        self.answered = True
        for widget in self.query("#answer-input, #answer-options"):
            widget.disabled = True
        self.dismiss(step)

    def action_back(self) -> None:
        # A valid value typed but not yet submitted goes back with the user, not lost.
        typed = self.valid_value if not self.question.choices and self.valid_value != self.current else None
        self.finish(Step("back", typed))

    def action_skip(self) -> None:
        self.finish(Step("skip"))

    def action_review(self) -> None:
        self.finish(Step("review"))

    def action_stop(self) -> None:
        self.finish(Step("stop"))
