"""One question: a `Screen[Step]` that dismisses with what the user did (answer, back, skip, stop).

The screen only collects a value: it checks it with the core's `coerce` as the user types (showing
the InputError message), previews its effect in the assessment panel, and hands the value back to the
walker, which stores it in the session's one `Answers` object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from ...answers import coerce
from ...errors import InputError
from ...knowledge import Question
from ..keys import ShownScreen
from ..widgets.assessment import AssessmentPanel
from ..widgets.footer import KeysFooter

Action = Literal["next", "back", "skip", "stop", "review"]
EXAMPLES = re.compile(r" [(]e[.]g[.] [^)]*[)]")  # "A number (e.g. binding affinity, ...)": the examples


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


class QuestionScreen(ShownScreen[Step]):
    """Ask one question; the assessment panel stays beside it."""

    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="The previous question (the start screen from the first)"),
        Binding("ctrl+n", "skip", "Skip", tooltip="Leave this question for now; the next one"),
        Binding("ctrl+r", "review", "Review", tooltip="Review the files the answers write, then commit"),
        Binding("ctrl+o", "stop", "Start", tooltip="Back to the start screen; the answers are saved"),
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
                    if q.choices:  # the hint above the options, so a long list never scrolls it away
                        yield Static(self._keys_hint(), id="keys-hint")
                        yield Static("", id="error")  # above the options too: a long list never hides it
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
                        # a choice list has nothing to leave empty: say the key that skips it
                        skip = "Ctrl+N skips it" if q.choices else "leave empty to skip"
                        help_text.append(f"\nOptional: {skip}.", style="dim")
                    yield Static(help_text, id="help-text")
            yield AssessmentPanel()
        yield KeysFooter()

    def _initial(self) -> Any:
        return self.current if self.current is not None else self.question.default

    def _placeholder(self) -> str:
        q = self.question
        if self.current is None and q.default is not None:
            return f"{show_value(q, q.default)} (Enter accepts it)"
        if q.type == "integer":
            # No made-up example: one number for every count read "e.g. 1200" for the number of classes.
            rng = f" ({q.min:g} or more)" if q.min is not None and q.max is None else ""
            return f"a whole number{rng}"
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

    def _keys_hint(self) -> Text:
        n = min(9, len(self.question.choices))
        hint = Text(style="dim")
        hint.append(f"1-{n}" if n > 1 else "1", style="bold")
        hint.append(" or ↑↓ pick · ")
        hint.append("Enter", style="bold")
        hint.append(" answers")
        return hint

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
            # In the words of the screen: the choice's label or the number typed ("What if project_kind =
            # build" showed the answers file's id and value, which the questionnaire never shows).
            q = self.question
            # the label without its examples, which the option beside the panel shows
            shown = f"“{EXAMPLES.sub('', q.label_of(value))}”" if q.choices else show_value(q, value)
            panels.first().update_for({q.id: value}, f"you answer {shown}")

    @on(OptionList.OptionHighlighted, "#answer-options")
    def _preview_choice(self, event: OptionList.OptionHighlighted) -> None:
        self._show_error("")  # a refusal was about the choice before
        self._preview(event.option.id)

    @on(OptionList.OptionSelected, "#answer-options")
    def _choose(self, event: OptionList.OptionSelected) -> None:
        message = self._contradiction(event.option.id)
        if message:
            self._show_error(message)
            self.app.bell()
            return
        self.finish(Step("next", event.option.id))

    def on_key(self, event: events.Key) -> None:
        # A digit picks a choice (1-9) and Enter answers: a digit alone never answers, so the Enter that
        # follows it confirms this question and cannot fall through to the next one.
        if self.question.choices and event.character and event.character.isdigit():
            n = int(event.character)
            if 1 <= n <= len(self.question.choices):
                event.stop()
                self.query_one("#answer-options", OptionList).highlighted = n - 1

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
        contradiction = self._contradiction(value) if value is not None else ""
        if contradiction:
            return False, None, contradiction
        return True, value, ""

    def _contradiction(self, value: Any) -> str:
        """Why `value` cannot be saved next to the other answers (the check `deeprules answer` makes), with
        the other answer, its question and how to get to it; "" when it agrees with them."""
        session = self.app.session  # type: ignore[attr-defined]
        error = session.contradiction(self.question.id, value)
        if error is None:
            return ""
        kb = session.knowledge
        here = f"{self.question.id} = {show_value(self.question, value)}"

        def shown(qid: str, answer: Any) -> str:
            return f"{qid} = {show_value(kb.question_by_id[qid], answer)}"

        if self.question.id in error.ids:  # this answer against an earlier (or later) one
            other = kb.question_by_id[error.second]
            what = (f"{here} contradicts your answer {shown(other.id, error.second_value)} "
                    f"(“{other.prompt}”)")
            fix = f"Give an answer that agrees with {other.id}, or change {other.id} first"
        else:  # this answer makes two others count that cannot both hold (a task asking for class sizes)
            what = (f"with {here}, your answers {shown(error.first, error.first_value)} and "
                    f"{shown(error.second, error.second_value)} contradict each other")
            fix = "Give another answer, or change one of them first"
        # The way there is a walk through the questions asked now (Esc back, Ctrl+N ahead): name an answer
        # on it (one only asked after this answer is saved cannot be reached from here).
        ids = [q.id for q in session.visible_questions()]
        reachable = [i for i in (error.second, error.first) if i != self.question.id and i in ids]
        if reachable and self.question.id in ids:
            target = reachable[0]
            back = ids.index(self.question.id) - ids.index(target)
            if back > 0:
                fix += f": Esc goes back to {target} ({back} question{'s' if back > 1 else ''} back)."
            else:
                fix += f": Ctrl+N skips this question, change {target} ({-back} ahead), then come back with Esc."
        else:
            target = error.second if error.second != self.question.id else error.first
            fix += f" (`deeprules answer {target}=...`, or edit .deeprules/answers.yaml)."
        return f"Not saved: {what}: {error.why}. {fix}"

    def _show_error(self, message: str) -> None:
        error = self.query_one("#error", Static)
        error.update(Text(message, style="bold") if message else "")
        error.set_class(bool(message), "shown")
        # A refusal says what to do next; at 80x24 the help under it left room for half of it. The help
        # comes back as soon as the answer is acceptable (or cleared).
        self.query_one("#ask").set_class(bool(message), "-refused")

    @on(Input.Changed, "#answer-input")
    def _validate(self, event: Input.Changed) -> None:
        ok, value, message = self._check(event.value)
        event.input.set_class(not ok and bool(event.value.strip()), "-invalid")
        self._show_error(message if event.value.strip() else "")
        if self.question.type != "text":  # free text never changes the verdict: no what-if
            self._preview(value if ok else None)
        if ok:
            self.valid_value = value

    @on(Input.Submitted, "#answer-input")
    def _submit(self, event: Input.Submitted) -> None:
        ok, value, message = self._check(event.value)
        if not ok:
            self._show_error(message)
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
