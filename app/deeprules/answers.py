"""The user's answers: `.deeprules/answers.yaml`, a flat mapping of question id to value.

Read and written round-trip (ruamel.yaml), so comments, key order and quoting the user wrote survive a
`deeprules answer id=value`. Every value is validated against `questions.yaml`: an unknown id lists the
valid ids, a value not allowed lists the allowed ones, a number out of range gives the range; file
errors name the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from . import yamlio
from .errors import InputError, did_you_mean
from .knowledge import Knowledge, Question, load_knowledge

ANSWERS_PATH = Path(".deeprules") / "answers.yaml"
_INT_RE = re.compile(r"^[+-]?\d[\d_,]*$")
# The largest count an answer may hold: the verdict divides and takes logarithms of counts as floats, and a float
# holds every whole number up to 2**53 exactly (an answers file may say 10**400: YAML has no limit).
MAX_COUNT = 2**53


def coerce(question: Question, raw: Any, *, where: str = "") -> Any:
    """Check `raw` against the question and return the canonical value (None = unanswered)."""
    prefix = f"{where}{question.id}"
    if raw is None or (isinstance(raw, str) and raw.strip() in ("", "~", "null")):
        return None
    if isinstance(raw, Mapping | list | tuple | set):  # valid YAML, the wrong shape: one answer is one value
        raise InputError(f"{prefix}: expected one value, got a {'mapping' if isinstance(raw, Mapping) else 'list'}")
    if question.type in ("choice", "yes_no_unknown"):
        value = raw
        if isinstance(raw, bool) and question.type == "yes_no_unknown":
            value = "yes" if raw else "no"
        value = str(value).strip()
        if value not in question.values:
            raise InputError(f"{prefix}: {value!r} is not allowed{did_you_mean(value, question.values)}; choose one "
                             f"of: {', '.join(question.values)}")
        return value
    if question.type == "text":
        return str(raw).strip()
    if question.type == "integer":
        if isinstance(raw, bool):
            raise InputError(f"{prefix}: expected a whole number, got {raw!r}")
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, str) and _INT_RE.match(raw.strip()):
            digits = raw.strip().replace(",", "").replace("_", "")
            if len(digits.lstrip("+-")) > len(str(MAX_COUNT)):  # before int(): Python refuses 4,300 digits
                raise InputError(f"{prefix}: {_short(raw)} is out of range; it must be at most {MAX_COUNT:,}")
            raw = int(digits)
        if not isinstance(raw, int):
            raise InputError(f"{prefix}: expected a whole number, got {raw!r}")
        if abs(raw) > MAX_COUNT:
            raise InputError(f"{prefix}: {_short(raw)} is out of range; it must be at most {MAX_COUNT:,}")
        value_n: float = int(raw)
    else:  # number
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):  # a YAML date is no number
            raise InputError(f"{prefix}: expected a number, got {_short(raw)}")
        try:
            value_n = float(str(raw).strip()) if isinstance(raw, str) else float(raw)
        except (ValueError, OverflowError):
            raise InputError(f"{prefix}: expected a number, got {_short(raw)}") from None
        if value_n != value_n:  # NaN
            raise InputError(f"{prefix}: expected a number, got NaN")
    lo, hi = question.min, question.max
    if (lo is not None and value_n < lo) or (hi is not None and value_n > hi):
        rng = f"between {lo} and {hi}" if lo is not None and hi is not None else (
            f"at least {lo}" if lo is not None else f"at most {hi}")
        raise InputError(f"{prefix}: {_short(raw)} is out of range; it must be {rng}")
    return value_n


def _short(raw: Any) -> str:
    """An answer's value in a message: repr, cut (a 400-digit number is not read by anyone)."""
    text = repr(raw)
    return text if len(text) <= 40 else f"{text[:37]}..."


class Answers(Mapping[str, Any]):
    """Validated answers, keeping the round-trip YAML document so a save changes only what changed."""

    def __init__(self, values: Mapping[str, Any] | None = None, *, knowledge: Knowledge | None = None,
                 document: Any = None, source: str = "<answers>") -> None:
        self.knowledge = knowledge or load_knowledge()
        self.source = source
        self._doc = document
        # The file and the exact text these answers were read from (Answers.load): the writer refuses to write
        # them back over a file that changed since, which would throw that change away.
        self.read_from: Path | None = None
        self.read_text: str | None = None
        self._values: dict[str, Any] = {}
        for key, raw in (values or {}).items():
            self._values[key] = coerce(self.question(key), raw)

    # -- Mapping protocol over answered questions only --
    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def question(self, key: str) -> Question:
        try:
            return self.knowledge.question_by_id[key]
        except KeyError:
            valid = ", ".join(q.id for q in self.knowledge.questions)
            near = did_you_mean(key, self.knowledge.question_by_id)
            raise InputError(f"{self.source}: unknown question id {key!r}{near}; valid ids: {valid}") from None

    @classmethod
    def from_text(cls, text: str, source: str, *, knowledge: Knowledge | None = None,
                  round_trip: bool = True) -> Answers:
        """Parse and validate. `round_trip=False` is faster but drops comments: for answers only read."""
        kb = knowledge or load_knowledge()
        doc = yamlio.parse(text, source, round_trip=round_trip)
        if doc is None:
            doc = yamlio.parse("{}\n", source, round_trip=round_trip)
        if not isinstance(doc, Mapping):
            raise InputError(f"{source}: expected a mapping of question id to value, got {type(doc).__name__}")
        answers = cls(knowledge=kb, document=doc if round_trip else None, source=source)
        for key, raw in doc.items():
            line = yamlio.line_of(doc, key)
            where = f"{source}:{line}: " if line else f"{source}: "
            if str(key) not in kb.question_by_id:
                valid = ", ".join(q.id for q in kb.questions)
                raise InputError(f"{where}unknown question id {key!r}{did_you_mean(str(key), kb.question_by_id)}; "
                                 f"valid ids: {valid}")
            answers._values[str(key)] = coerce(kb.question_by_id[str(key)], raw, where=where)
        return answers

    @classmethod
    def load(cls, path: Path, *, knowledge: Knowledge | None = None, follow_symlinks: bool = False) -> Answers:
        """Read through the one safe reader (regular files only, size-limited, UTF-8); `follow_symlinks` for
        a file the user named, never for the repository's own answers file."""
        text = yamlio.read_text(path, what="answers file", follow_symlinks=follow_symlinks)
        answers = cls.from_text(text, str(path), knowledge=knowledge)
        answers.read_from, answers.read_text = path, text
        return answers

    @classmethod
    def example(cls, name: str, *, knowledge: Knowledge | None = None) -> Answers:
        kb = knowledge or load_knowledge()
        if name not in kb.examples:
            raise InputError(f"unknown example {name!r}{did_you_mean(name, kb.examples)}; bundled examples: "
                             f"{', '.join(kb.examples)}")
        return cls.from_text(kb.examples[name], f"example:{name}", knowledge=kb)

    def set(self, key: str, raw: Any) -> bool:
        """Set one answer (validated). Returns True when the value changed."""
        value = coerce(self.question(key), raw)
        changed = key not in self._values or self._values[key] != value
        self._values[key] = value
        if self._doc is not None:
            self._doc[key] = value
        return changed

    def apply(self, assignments: Iterable[str]) -> list[str]:
        """Apply `id=value` strings (from `--set` or `answer`); returns the ids whose value changed.
        Refuses (InputError, nothing kept) when the result contradicts itself."""
        pairs = []
        for item in assignments:
            key, sep, raw = item.partition("=")
            if not sep or not key.strip():
                raise InputError(f"--set {item!r}: expected id=value, for example n_samples=1200")
            key = key.strip()
            if key not in self.knowledge.question_by_id:  # the command line's mistake, not the answers file's
                near = did_you_mean(key, self.knowledge.question_by_id)
                more = ("every id: `deeprules questions`" if near else
                        "valid ids: " + ", ".join(q.id for q in self.knowledge.questions))
                raise InputError(f"{item!r}: unknown question id {key!r}{near}; {more}")
            pairs.append((key, raw.strip()))
        return self.update(pairs)

    def update(self, pairs: Iterable[tuple[str, Any]], *, caused_only: bool = False) -> list[str]:
        """Set several answers; returns the ids whose value changed. Every value is checked first, and the
        answers they would make: a value not allowed (InputError) or a contradiction (ContradictionError)
        refuses them all, nothing kept. With `caused_only`, only a contradiction the new values cause counts
        (the TUI: one already in the file is no reason to refuse an unrelated answer)."""
        new = {key: coerce(self.question(key), raw) for key, raw in pairs}
        changes = {k: v for k, v in new.items() if k not in self._values or self._values[k] != v}
        error = self.contradiction(changes, caused_only=caused_only)
        if error is not None:
            raise error
        for key, value in new.items():
            self.set(key, value)
        return list(changes)

    def _where(self, key: str, changed: Iterable[str]) -> str:
        if key in changed:
            return "just set"
        line = yamlio.line_of(self._doc, key) if self._doc is not None else None
        return f"{self.source}:{line}" if line else self.source

    def contradiction(self, changes: Mapping[str, Any] | None = None, *,
                      caused_only: bool = False) -> ContradictionError | None:
        """The first contradiction (see `contradictions`) among the answers with `changes` (canonical values)
        tried out, or None. One the changes cause comes first (a changed answer takes part, or the changes
        make two others count, as a task that makes the smallest class asked): that is the one the user can
        act on, named as a changed answer first and an answer it now contradicts second. With `caused_only`,
        only such a contradiction counts."""
        changes = dict(changes or {})
        values = {**self.values(), **changes}
        problems = contradictions(values)
        before = {ids for ids, _ in contradictions(self.values())} if changes else set()

        def caused(problem: tuple[tuple[str, ...], str]) -> bool:
            return bool(set(problem[0]) & set(changes)) or problem[0] not in before

        if caused_only:
            problems = [p for p in problems if caused(p)]
        if not problems:
            return None
        problems.sort(key=lambda p: not caused(p))
        ids, why = problems[0]
        first = next((i for i in ids if i in changes), ids[0])
        second = next((i for i in ids if i != first and i not in changes), next(i for i in ids if i != first))
        a, b = values.get(first), values.get(second)
        return ContradictionError(
            f"{first}={_show(a)} ({self._where(first, changes)}) contradicts {second}={_show(b)} "
            f"({self._where(second, changes)}): {why}; change both together, e.g. "
            f"`deeprules answer {first}=... {second}=...`",
            ids=ids, first=first, first_value=a, second=second, second_value=b, why=why)

    def check_consistency(self, changed: Iterable[str] = ()) -> None:
        """Raise ContradictionError naming both answers of the first contradiction (see `contradiction`)."""
        error = self.contradiction({k: self._values.get(k) for k in changed})
        if error is not None:
            raise error

    def values(self) -> dict[str, Any]:  # type: ignore[override]
        """Every question id (None when unanswered), the context conditions see."""
        return {q.id: self._values.get(q.id) for q in self.knowledge.questions}

    def answered(self) -> dict[str, Any]:
        return {k: v for k, v in self._values.items() if v is not None}

    def changed_from(self, other: Answers | None) -> list[str]:
        if other is None:
            return []
        mine, theirs = self.values(), other.values()
        return [k for k in mine if mine[k] != theirs.get(k)]

    def to_yaml(self) -> str:
        """The answers as YAML; with a loaded document, the user's comments and order survive."""
        if self._doc is None:
            doc = yamlio.parse("{}\n", self.source)
            for q in self.knowledge.questions:
                if q.id in self._values:
                    doc[q.id] = self._values[q.id]
            self._doc = doc
        return yamlio.dump(self._doc)

    def __repr__(self) -> str:
        return f"Answers({self.answered()!r})"


class ContradictionError(InputError):
    """Answers that cannot all be true: `first` (the answer just changed, when one takes part) contradicts
    `second`, because of `why`. The message is the CLI's; a screen words its own from the fields."""

    def __init__(self, message: str, *, ids: tuple[str, ...], first: str, first_value: Any, second: str,
                 second_value: Any, why: str) -> None:
        super().__init__(message)
        self.ids = ids  # every answer taking part (a third one, as n_classes, may be in `why`)
        self.first, self.first_value = first, first_value
        self.second, self.second_value = second, second_value
        self.why = why


def _show(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def fraction_agrees(fraction: float, ratio: float) -> bool:
    """A typed fraction agrees with the counts within 10% of either, or to the two decimals it was written with."""
    diff = abs(fraction - ratio)
    return diff <= 0.1 * max(fraction, ratio) or (round(fraction, 2) == fraction and diff < 0.005 + 1e-12)


def contradictions(values: Mapping[str, Any]) -> list[tuple[tuple[str, ...], str]]:
    """Answers that cannot all be true (two or three ids), with why. Only answers the questionnaire asks
    for the current task are compared (a smallest class left over from a classification plan is not)."""
    out: list[tuple[tuple[str, ...], str]] = []
    n = values.get("n_samples")
    units = values.get("n_units")
    asked_units = values.get("independent_samples") != "yes" or values.get("repeated_measures") != "no"
    if asked_units and units is not None and n is not None and units > n:
        out.append((("n_units", "n_samples"), "every independent unit contributes at least one sample, so there "
                    "cannot be more units than samples"))
    if values.get("task") != "classification":
        return out
    n_min, frac, k = values.get("n_min_class"), values.get("minority_fraction"), values.get("n_classes")
    # With several labels per example (multi_label yes) the classes overlap: their counts add up to more than
    # the examples, and the rarest label's share is not bounded by 1/n_classes.
    overlapping = values.get("multi_label") == "yes"
    if n_min is not None and n is not None and n_min > n:
        out.append((("n_min_class", "n_samples"), "the smallest class cannot hold more examples than the whole "
                    "data set"))
    elif not overlapping and n_min is not None and n is not None and k is not None and k * n_min > n:
        out.append((("n_min_class", "n_samples", "n_classes"), f"{k} classes (n_classes) of at least {n_min:,} "
                    f"examples each make {k * n_min:,}, more than the {n:,} in the data set"))
    if not overlapping and frac is not None and k is not None and frac * k > 1 + 0.05:
        out.append((("minority_fraction", "n_classes"), f"the smallest of {k} classes holds at most 1/{k} of the "
                    "examples"))
    if frac is not None and n_min is not None and n and n_min <= n and not fraction_agrees(frac, n_min / n):
        out.append((("minority_fraction", "n_min_class"), f"{n_min:,} of {n:,} examples is a fraction of "
                    f"{n_min / n:.3g}, not {frac:g} (leave minority_fraction empty and it is derived from the "
                    "counts)"))
    return out


def find_project_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` holding `.git` or `.deeprules` (cheap: no git process)."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists() or (folder / ".deeprules").is_dir():
            return folder
    return None


def resolve_answers(*, path: Path | None = None, example: str | None = None, sets: Iterable[str] = (),
                    start: Path | None = None, required: bool = True) -> Answers | None:
    """The answers a command works on: an explicit file, a bundled example, or the project's own file,
    then `--set id=value` overrides. Used by every command and by the TUI."""
    if path is not None and example is not None:
        raise InputError("give either --answers or --example, not both")
    if example is not None:
        answers: Answers | None = Answers.example(example)
    elif path is not None:
        from .paths import user_file  # anywhere the user chooses; inside a work tree, by the resolver's rules

        folder = Path(path).parent
        root = find_project_root(folder) if folder.is_dir() else None
        answers = Answers.load(user_file(path, repo_root=root, what="--answers"), follow_symlinks=True)
    else:
        root = find_project_root(start or Path.cwd())
        candidate = root / ANSWERS_PATH if root else None
        if candidate is not None and candidate.exists():
            from .paths import resolve  # the one path resolver: never through a symlinked .deeprules folder

            resolve(candidate.parent.parent, ANSWERS_PATH.as_posix(), what="answers file")
            answers = Answers.load(candidate)
        elif required:
            raise InputError(
                "no answers: pass --answers FILE or --example NAME, or run `deeprules init` "
                "(or `deeprules` for the guided questionnaire) in your repository"
            )
        else:
            answers = None
    sets = list(sets or ())
    if sets:
        answers = answers or Answers()
        answers.apply(sets)
    elif answers is not None:
        answers.check_consistency()
    return answers
