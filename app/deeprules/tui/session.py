"""What the app works on: the repository, the one `Answers` object, the knowledge base and a clock.

Everything a screen shows is read from here or computed by the core from it; screens keep no answers
of their own. Injected into `create_app` so tests and screenshots are deterministic.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import conditions, engine
from ..answers import ANSWERS_PATH, Answers, ContradictionError, find_project_root
from ..knowledge import Knowledge, Question, load_knowledge

Clock = Callable[[], datetime]

#: Core calls made off the UI thread run one at a time under this lock, so two workers (a review commit and
#: an ethics update, say) never write into the repository at once. (YAML objects are per thread in yamlio.)
CORE_LOCK = threading.RLock()


def in_core(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call a core function under CORE_LOCK (from a worker thread)."""
    with CORE_LOCK:
        return func(*args, **kwargs)


def _now() -> datetime:
    return datetime.now().astimezone()


@dataclass
class Session:
    """The state shared by every screen. `answers` is the only place answers live."""

    root: Path | None
    answers: Answers
    knowledge: Knowledge
    clock: Clock = _now
    is_git: bool = False
    loaded_from_file: bool = False
    saved_at: datetime | None = None
    listeners: list[Callable[[], None]] = field(default_factory=list)
    #: What the core computed for a set of answers (assessment, questions asked), by the answers: a screen
    #: change or a highlight that comes back to a choice reuses it instead of recomputing (pure functions).
    _memo: dict[tuple[str, Any], Any] = field(default_factory=dict, repr=False)

    # -- building -----------------------------------------------------------------------------
    @classmethod
    def open(cls, start: Path | None = None, *, answers: Answers | None = None, clock: Clock | None = None,
             knowledge: Knowledge | None = None) -> Session:
        """Find the project at or above `start` and load its answers (or use the given ones)."""
        kb = knowledge or load_knowledge()
        start = Path(start or Path.cwd())
        root = find_project_root(start)
        loaded = False
        if answers is None:
            path = root / ANSWERS_PATH if root else None
            if path is not None and path.exists():
                answers = Answers.load(path, knowledge=kb)
                loaded = True
            else:
                answers = Answers(knowledge=kb, source=str(ANSWERS_PATH))
        if root is None:
            root = start.resolve()
        return cls(root=root, answers=answers, knowledge=kb, clock=clock or _now,
                   is_git=(root / ".git").exists(), loaded_from_file=loaded)

    # -- answers ------------------------------------------------------------------------------
    @property
    def answers_path(self) -> Path | None:
        return self.root / ANSWERS_PATH if self.root else None

    def values(self, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
        values = self.answers.values()
        if overrides:
            values.update(overrides)
        return values

    def _cached(self, kind: str, values: dict[str, Any], compute: Callable[[], Any]) -> Any:
        key = (kind, _frozen(values))
        with _MEMO_LOCK:
            if key in self._memo:
                return self._memo[key]
        result = compute()
        with _MEMO_LOCK:
            if len(self._memo) > 256:  # a session walks tens of answer sets; keep the memory bounded
                self._memo.clear()
            self._memo[key] = result
        return result

    def visible_questions(self, overrides: Mapping[str, Any] | None = None) -> list[Question]:
        """The questions asked for the current answers, in the order the groups are walked."""
        values = self.values(overrides)

        def compute() -> list[Question]:
            ctx = engine.context(values)
            order = {g.id: i for i, g in enumerate(self.knowledge.groups)}
            qs = sorted(enumerate(self.knowledge.questions), key=lambda iq: (order.get(iq[1].group, 99), iq[0]))
            return [q for _, q in qs if conditions.evaluate(q.when, ctx)]

        return list(self._cached("visible", values, compute))

    def holds(self, when: str) -> bool:
        """Whether a knowledge-base condition holds for the current answers (e.g. a question's wording)."""
        return conditions.evaluate(when, engine.context(self.values()))

    def first_open(self) -> str | None:
        """The first required question asked and not answered yet: where a resumed session continues
        (optional questions left empty were skipped on purpose)."""
        for q in self.visible_questions():
            if q.required and self.answers.get(q.id) is None:
                return q.id
        return None

    def contradiction(self, key: str, value: Any) -> ContradictionError | None:
        """The earlier answer `value` (canonical) for `key` would contradict, as `deeprules answer` refuses
        it; None when it agrees with every answer."""
        return self.answers.contradiction({key: value}, caused_only=True)

    def set_answer(self, key: str, value: Any) -> bool:
        """Validate and store one answer, then save the file. Raises InputError for a bad value and
        ContradictionError (nothing stored or saved) when it contradicts another answer."""
        changed = bool(self.answers.update([(key, value)], caused_only=True))
        if changed or not self.saved_at:
            self.save()
        for listener in list(self.listeners):
            listener()
        return changed

    def save(self) -> Path | None:
        """Write `.deeprules/answers.yaml` atomically, so a closed terminal loses nothing."""
        path = self.answers_path
        if path is None:
            return None
        from ..writer import atomic_write  # the one way a file is written into the user's repository

        text = self.answers.to_yaml()
        atomic_write(path, text)
        # What the file now holds is what these answers were read from: the writer compares it before the review
        # writes them (a change made meanwhile by someone else is refused, not overwritten)
        self.answers.read_from, self.answers.read_text = path, text
        self.saved_at = self.clock()
        return path

    def assess(self, overrides: Mapping[str, Any] | None = None) -> engine.Assessment:
        values = self.values(overrides)
        result: engine.Assessment = self._cached(
            "assess", values, lambda: engine.assess(values, knowledge=self.knowledge))
        return result


_MEMO_LOCK = threading.Lock()  # the assessment panel computes in worker threads


def _frozen(value: Any) -> Any:
    """A hashable copy of answer values (dicts and lists inside become sorted tuples)."""
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), _frozen(v)) for k, v in value.items()))
    if isinstance(value, list | tuple | set):
        return tuple(_frozen(v) for v in value)
    return value
