"""Compliance checks: the registry, the results, the scores.

A check is data (`knowledge/checks.yaml`: id, tip, title, why, fix, weight, `when`) plus one function
(`checks/tipNN.py`) that looks at a `Context` (a snapshot, the facts read from its files, the answers and
the plan) and returns a `CheckResult`: pass | fail | warn | na, a score from 0 to 10, evidence as
(path, line, text) and a reason. `run_checks` turns the results into a `Report` with a 0-100 weighted
score per tip and overall; not-applicable and ignored checks are left out of both sides of the means and
listed with their reason. Every report is stamped with the commit, the deeprules version and a hash of
the check set.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from .. import __version__
from ..errors import InputError, KnowledgeError
from .scan import ANALYZER_VERSION, FactIndex, is_aux

STATUSES = ("pass", "warn", "fail", "na")
ANSWERS_REL = ".deeprules/answers.yaml"
RESULTS_REL = ".deeprules/results.json"
_MODULES = ("tip01", "tip02", "tip03", "tip04", "tip05", "tip06", "tip07", "tip08", "tip09", "tip10")

Evidence = tuple[str, int, str]


@dataclass(frozen=True)
class CheckResult:
    status: str  # pass | fail | warn | na
    score: float = 0.0  # 0-10; meaningless for na
    evidence: tuple[Evidence, ...] = ()
    reason: str = ""
    # Filled in by the runner from the check's data:
    id: str = ""
    tip: int = 0
    title: str = ""
    weight: float = 1.0
    fix: str = ""
    ignored: str | None = None  # the reason given with --ignore
    # Why an "na" is not counted: "not_applicable" (nothing to check), "not_adopted" (a deeprules file the
    # repository does not use; `adopt` is the command that adopts it), "could_not_run" (input missing).
    na_kind: str = ""
    adopt: str = ""

    @property
    def counted(self) -> bool:
        return self.status != "na" and self.ignored is None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "tip": self.tip, "title": self.title, "status": self.status,
                "score": round(self.score, 2), "weight": self.weight, "reason": self.reason,
                "evidence": [{"path": p, "line": n, "text": t} for p, n, t in self.evidence],
                "fix": self.fix, "ignored": self.ignored,
                **({"na_kind": self.na_kind} if self.status == "na" else {}),
                **({"adopt": self.adopt} if self.adopt else {})}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> CheckResult:
        return cls(d["status"], float(d["score"]), tuple((e["path"], int(e["line"]), e["text"])
                                                        for e in d.get("evidence", ())),
                   d.get("reason", ""), d["id"], int(d["tip"]), d.get("title", ""), float(d.get("weight", 1)),
                   d.get("fix", ""), d.get("ignored"), d.get("na_kind", ""), d.get("adopt", ""))


def _once(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """The evidence without repeats, in order (two scripts seeded by one helper cite its line once)."""
    return tuple(dict.fromkeys(evidence))


def passed(reason: str, evidence: Iterable[Evidence] = (), score: float = 10.0) -> CheckResult:
    return CheckResult("pass", score, _once(evidence), reason)


def failed(reason: str, evidence: Iterable[Evidence] = (), score: float = 0.0) -> CheckResult:
    return CheckResult("fail", score, _once(evidence), reason)


def warned(reason: str, evidence: Iterable[Evidence] = (), score: float = 5.0) -> CheckResult:
    return CheckResult("warn", score, _once(evidence), reason)


def not_applicable(reason: str) -> CheckResult:
    return CheckResult("na", 0.0, (), reason, na_kind="not_applicable")


def not_adopted(reason: str, command: str, evidence: Iterable[Evidence] = ()) -> CheckResult:
    """A practice shown only with a deeprules file this repository does not use: outside the score."""
    return CheckResult("na", 0.0, tuple(evidence), f"not adopted: {reason}", na_kind="not_adopted", adopt=command)


def could_not_run(reason: str) -> CheckResult:
    return CheckResult("na", 0.0, (), f"could not run: {reason}", na_kind="could_not_run")


def proportional(ok: int, total: int, what: str, evidence: Iterable[Evidence] = ()) -> CheckResult:
    """pass when all, fail when none, warn in between; score 10 * ok / total."""
    score = 10.0 * ok / total if total else 0.0
    reason = f"{ok} of {total} {what}"
    if ok == total:
        return passed(reason, evidence, score)
    return (warned if ok else failed)(reason, evidence, score)


@dataclass(frozen=True)
class ComplianceCheck:
    id: str
    tip: int
    title: str
    why: str
    fix: str
    weight: float
    recommendations: tuple[str, ...]
    attest: tuple[str, ...]
    when: str | None
    needs_answers: bool
    docs: str
    help_uri: str
    func: Callable[[Context], CheckResult]
    watches: Callable[[str], bool]
    facts_only: bool = False
    paths: bool = False
    uses: Uses | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "tip": self.tip, "title": self.title, "why": self.why, "fix": self.fix,
                "weight": self.weight, "recommendations": list(self.recommendations), "when": self.when,
                "docs": self.docs, "help_uri": self.help_uri}


# -- the registry ---------------------------------------------------------------------------------
class Uses(NamedTuple):
    """What of a file's facts a `facts_only` check's verdict and score can depend on, per fact: whether the
    file has it (`present`), whether it has it on one line or on several (`lines`), what its evidence lines
    say (`said`), or, for `imports`, the set of names (the local import graph; a file with facts coming or
    going counts too, since it can be imported). `history` re-runs the check on a commit only when one of
    these changed in a file it watches; a test checks on the fixture corpus that nothing else matters."""

    present: frozenset[str] = frozenset()
    lines: frozenset[str] = frozenset()
    said: frozenset[str] = frozenset()
    imports: bool = False


def reading(present: Iterable[str] = (), *, lines: Iterable[str] = (), said: Iterable[str] = (),
         imports: bool = False) -> Uses:
    from ._util import TRAINING_TEXT_FACTS  # (the package's modules import this one)

    return Uses(frozenset(present), frozenset(lines), frozenset(said) | (frozenset(present) & TRAINING_TEXT_FACTS),
                imports)


_FUNCS: dict[str, tuple[Callable[[Context], CheckResult], Callable[[str], bool], bool, bool, Uses | None]] = {}


def check(check_id: str, *, watches: Callable[[str], bool], facts_only: bool = False, paths: bool = False,
          reads: Uses | None = None
          ) -> Callable[[Callable[[Context], CheckResult]], Callable[[Context], CheckResult]]:
    """Register the function for `check_id`. `watches(path)` says which files can change its result (the
    answers file and the plan are watched for every check), so `history` re-runs it only when one did.
    `facts_only`: the result depends on the watched files only through their facts (`ctx.files_with`,
    `ctx.index`), never their text or blob id, and never on the line numbers of the evidence (only on what
    the lines say), so a changed file whose facts said the same (most edits) does not re-run it. `paths`
    (with `facts_only`): the result also depends on which files exist, so an added or deleted file re-runs
    it. `reads` (with `facts_only`): what of the facts it depends on (`Uses`); without it, everything the
    facts say."""

    def deco(func: Callable[[Context], CheckResult]) -> Callable[[Context], CheckResult]:
        _FUNCS[check_id] = (func, watches, facts_only, paths, reads)
        return func

    return deco


def checks_yaml_bytes() -> bytes:
    here = Path(__file__).resolve().parent.parent / "knowledge" / "checks.yaml"
    if here.is_file():  # a normal install: no importlib.resources (~5 ms to import)
        return here.read_bytes()
    from importlib import resources

    return (resources.files("deeprules") / "knowledge" / "checks.yaml").read_bytes()


@lru_cache(maxsize=1)
def _raw_specs() -> dict[str, Any]:
    """checks.yaml parsed. Parsing YAML in pure Python is slow, so the result is cached on disk next to the
    other caches by `history.Cache` (see `load_specs`)."""
    from ..yamlio import parse

    data = parse(checks_yaml_bytes().decode("utf-8"), "knowledge/checks.yaml", round_trip=False)
    return json.loads(json.dumps(data))


_spec_override: dict[str, Any] | None = None


def use_cached_specs(raw: dict[str, Any] | None) -> None:
    """Let the cache hand over an already parsed checks.yaml (same bytes, same hash)."""
    global _spec_override
    _spec_override = raw


def raw_specs() -> dict[str, Any]:
    return _spec_override if _spec_override is not None else _raw_specs()


@lru_cache(maxsize=1)
def all_checks() -> tuple[ComplianceCheck, ...]:
    from importlib import import_module

    for mod in _MODULES:
        import_module(f"{__name__}.{mod}")
    raw = raw_specs()
    base = str(raw.get("docs_base") or "")
    out = []
    seen = set()
    for c in raw.get("checks", ()):
        cid = c["id"]
        if cid in seen:
            raise KnowledgeError(f"checks.yaml: duplicate id {cid}")
        seen.add(cid)
        if cid not in _FUNCS:
            raise KnowledgeError(f"checks.yaml: {cid} has no function in deeprules.checks")
        func, watches, facts_only, paths, reads = _FUNCS[cid]
        out.append(ComplianceCheck(
            id=cid, tip=int(c["tip"]), title=str(c["title"]), why=" ".join(str(c.get("why", "")).split()),
            fix=" ".join(str(c.get("fix", "")).split()), weight=float(c.get("weight", 1)),
            recommendations=tuple(c.get("recommendations") or ()), attest=tuple(c.get("attest") or ()),
            when=c.get("when"), needs_answers=bool(c.get("needs_answers", False)), docs=str(c.get("docs", "")),
            help_uri=f"{base}#{cid}" if base else "", func=func, watches=watches, facts_only=facts_only,
            paths=paths, uses=reads))
    missing = set(_FUNCS) - seen
    if missing:
        raise KnowledgeError(f"checks.yaml: no entry for {', '.join(sorted(missing))}")
    return tuple(sorted(out, key=lambda c: (c.tip, c.id)))


def _matches(check_id: str, patterns: Iterable[str]) -> bool:
    """An exact id (DR301), a tip (DR3, DR10: every check of that tip) or another prefix (DR30, LAB)."""
    tip = int(check_id[2:-2] or 0) if re.fullmatch(r"DR\d{3,4}", check_id) else 0
    for p in patterns:
        m = re.fullmatch(r"DR(\d{1,2})", p)
        if check_id == p or (m and int(m[1]) == tip) or (not m and p and check_id.startswith(p)):
            return True
    return False


def lab_checks(config: Any, root: Any = None) -> tuple[ComplianceCheck, ...]:
    """The hook for a lab's own checks (`check: custom:` in the config; deeprules.custom builds them as
    ComplianceChecks that read the snapshot's file list and texts). They join every selection."""
    if not (getattr(config, "check", None) or {}).get("custom"):
        return ()
    from ..custom import compliance_checks

    return compliance_checks(config, root)


def selection(select: Iterable[str] | None = None, ignore: Mapping[str, str] | None = None,
              extra: Iterable[ComplianceCheck] = ()) -> tuple[list[ComplianceCheck], dict[str, str]]:
    """The checks to run (by id or prefix, e.g. DR7) and the ignored ids with their reasons. Unknown ids are
    an input error naming the valid ones. `extra`: the lab's own checks (`lab_checks`)."""
    checks = [*all_checks(), *extra]
    ids = [c.id for c in checks]
    select = [s.strip().upper() for s in (select or ()) if s.strip()]
    for s in select:
        if not any(_matches(i, [s]) for i in ids):
            raise InputError(f"--select {s}: no such check; checks are {', '.join(ids)}")
    ignored: dict[str, str] = {}
    for key, why in (ignore or {}).items():
        key = key.strip().upper()
        hits = [i for i in ids if _matches(i, [key])]
        if not hits:
            raise InputError(f"--ignore {key}: no such check; checks are {', '.join(ids)}")
        if not str(why or "").strip():
            raise InputError(f"--ignore {key}: give a reason, as {key}=\"why it does not apply\"")
        for i in hits:
            ignored[i] = str(why).strip()
    if select:
        checks = [c for c in checks if _matches(c.id, select)]
    return checks, ignored


def checkset_hash(checks: Iterable[ComplianceCheck]) -> str:
    h = hashlib.sha256(checks_yaml_bytes())
    h.update(f"|{ANALYZER_VERSION}|{__version__}|".encode())
    h.update(",".join(c.id for c in checks).encode())
    for c in checks:  # a lab check's definition lives in the config, not in checks.yaml
        if c.id not in _FUNCS:
            h.update(json.dumps([c.to_dict(), c.func.__qualname__], sort_keys=True, default=str).encode())
    return h.hexdigest()[:12]


# -- answers, computed once per answers blob ----------------------------------------------------
_KEY_RE = re.compile(r"^([A-Za-z_]\w*)\s*:", re.M)


def answer_info(text: str, source: str, checks: Iterable[ComplianceCheck]) -> dict[str, Any]:
    """Everything the checks need from one answers file, as plain data (so it can be cached by blob id):
    the values, derived facts, open questions, the split the engine chose and which checks apply."""
    from .. import conditions, engine
    from ..answers import Answers

    try:
        answers = Answers.from_text(text, source)
    except InputError as exc:
        return {"status": "invalid", "error": str(exc)}
    assessment = engine.assess(answers)
    values = answers.values()
    ctx = engine.context(values)
    lines = {m[1]: text.count("\n", 0, m.start()) + 1 for m in _KEY_RE.finditer(text)}
    return {
        "status": "ok",
        "values": {k: v for k, v in values.items() if v is not None},
        "facts": dict(assessment.facts),
        "open": [{"id": q.id, "status": q.status, "line": lines.get(q.id)} for q in assessment.open_questions],
        "n_questions": len(assessment.questions_asked),
        "split": assessment.split.id if assessment.split else None,
        "applies": {c.id: bool(conditions.evaluate(c.when, ctx)) for c in checks if c.when},
        "lines": lines,
    }


class PlanItem(NamedTuple):
    """A tagged task item of the plan (the fields of `plan.TaskItem`), rebuilt from the cache."""

    id: str
    done: bool
    line: int
    text: str


# -- the context a check sees ---------------------------------------------------------------------
class Context:
    """One snapshot as the checks see it. `answers` is the `answer_info` dict (status ok|missing|invalid)."""

    def __init__(self, snapshot: Any, index: FactIndex, config: Any, answers: dict[str, Any],
                 memo: dict[str, Any] | None = None) -> None:
        self.snapshot = snapshot
        self.index = index
        self.config = config
        self.answers = answers
        self.memo = memo  # {"plan": {blob id: [[id, done, line, text], ...]}} when the caller keeps a cache
        self.cache: dict[str, Any] = {}  # folds several rules share (training scripts, the module map)
        self._plan: dict[str, Any] | None = None

    def path(self, key: str) -> str:
        return str(self.config.path(key))

    def adopted_by(self, command: str) -> str:
        """The command that brings a deeprules file in: `command` once the project has answers, `deeprules init`
        before (it writes the card and opens the register from the answers it asks; `deeprules card` refuses
        without them, and `check` named it as the next step in a repository without a plan)."""
        return "deeprules init" if self.answers.get("status") == "missing" else command

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.answers.get("values") or {})

    @property
    def facts(self) -> dict[str, Any]:
        return dict(self.answers.get("facts") or {})

    def plan_items(self) -> dict[str, Any]:
        """Tagged task items of the plan, by id (empty without a plan)."""
        if self._plan is None:
            rel = self.path("plan")
            memo = self.memo.setdefault("plan", {}) if self.memo is not None else None
            sha = self.snapshot.blob_id(rel) if memo is not None and rel in self.snapshot else None
            rows = memo.get(sha) if memo is not None and sha else None
            if rows is None and rel not in self.snapshot:
                rows = []
            if rows is None:
                from ..plan import task_items  # imports the engine and the knowledge base: skipped when memoised

                text = self.snapshot.read_text(rel)
                rows = [[i.id, i.done, i.line, i.text] for i in task_items(text)] if text else []
                if memo is not None and sha and text is not None:
                    memo[sha] = rows
            self._plan = {r[0]: PlanItem(*r) for r in rows}
        return self._plan

    def ticked(self, ids: Iterable[str]) -> list[Evidence]:
        items = self.plan_items()
        plan = self.path("plan")
        return [(plan, items[i].line, f"ticked: {items[i].text[:120]}") for i in ids if i in items and items[i].done]

    def text(self, path: str) -> str | None:
        return self.snapshot.read_text(path)

    def files_with(self, fact: str) -> dict[str, list[list[Any]]]:
        return self.index.files_with(fact)


# -- the report -----------------------------------------------------------------------------------
@dataclass
class Report:
    results: list[CheckResult]
    stamp: dict[str, Any]
    skipped: dict[str, int] = field(default_factory=dict)
    #: code in languages the checks do not read, by language (`unread_code`)
    unread: dict[str, int] = field(default_factory=dict)

    @property
    def tips(self) -> dict[int, float | None]:
        out: dict[int, float | None] = {}
        for tip in range(1, 11):
            out[tip] = weighted([r for r in self.results if r.tip == tip])
        return out

    @property
    def overall(self) -> float | None:
        return weighted(self.results)

    def by_tip(self) -> dict[int, list[CheckResult]]:
        out: dict[int, list[CheckResult]] = {}
        for r in self.results:
            out.setdefault(r.tip, []).append(r)
        return out

    def next_steps(self, limit: int = 5) -> list[CheckResult]:
        """The counted checks losing the most weighted points, worst first."""
        todo = [r for r in self.results if r.counted and r.status != "pass"]
        return sorted(todo, key=lambda r: (-(10 - r.score) * r.weight, r.tip, r.id))[:limit]

    def to_dict(self) -> dict[str, Any]:
        return {
            "stamp": self.stamp,
            "overall": _round(self.overall),
            "tips": {str(t): _round(s) for t, s in self.tips.items()},
            "checks": [r.to_dict() for r in self.results],
            "not_counted": [{"id": r.id, "why": (r.ignored and f"ignored: {r.ignored}") or r.reason}
                            for r in self.results if not r.counted],
            "not_adopted": [{"id": r.id, "why": r.reason, "adopt": r.adopt}
                            for r in self.results if r.na_kind == "not_adopted" and r.ignored is None],
            "could_not_run": [{"id": r.id, "why": r.reason}
                              for r in self.results if r.na_kind == "could_not_run" and r.ignored is None],
            "skipped_files": self.skipped,
            "code_not_read": self.unread,
        }


#: coordinator, session 19: code in languages whose files the checks do not read, by extension. A repository whose
#: training lives in MATLAB scripts (tabdelaal/CyTOF-Linear-Classifier's cross-validation over samples), Julia or
#: Lua Torch showed failing verdicts with nothing to say they were blind there
UNREAD_LANGUAGES = {"m": "MATLAB/Octave (.m)", "jl": "Julia (.jl)", "lua": "Lua (.lua)"}
_UNREAD_PATH = re.compile(r"^[^\n]*\.(m|jl|lua)$", re.M)


def unread_code(paths: Iterable[str]) -> dict[str, int]:
    """How many files of each unread language the snapshot holds outside tests, docs, examples and vendored
    code (one search over the joined listing: a 20,000-file tree is not walked in Python)."""
    counts: dict[str, int] = {}
    for m in _UNREAD_PATH.finditer("\n".join(paths)):
        if not is_aux(m.group(0)):
            name = UNREAD_LANGUAGES[m.group(1)]
            counts[name] = counts.get(name, 0) + 1
    return counts


def weighted(results: Iterable[CheckResult]) -> float | None:
    num = den = 0.0
    for r in results:
        if r.counted:
            num += r.weight * r.score
            den += r.weight
    return None if den == 0 else 10.0 * num / den


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def answers_for(snapshot: Any, checks: Iterable[ComplianceCheck], memo: dict[str, Any] | None = None
                ) -> dict[str, Any]:
    """The answers of a snapshot (memoised by blob id in `memo`)."""
    if ANSWERS_REL not in snapshot:
        return {"status": "missing"}
    sha = snapshot.blob_id(ANSWERS_REL)
    if memo is not None and sha and sha in memo:
        return dict(memo[sha])
    text = snapshot.read_text(ANSWERS_REL)
    if text is None:
        info: dict[str, Any] = {"status": "invalid", "error": f"{ANSWERS_REL} could not be read"}
    else:
        info = answer_info(text, ANSWERS_REL, checks)
    if memo is not None and sha:
        memo[sha] = info
    return info


def run_one(c: ComplianceCheck, ctx: Context, ignored: Mapping[str, str]) -> CheckResult:
    """One check with its data applied: `when`, answers needed, plan attestation, ignore."""
    info = ctx.answers
    status = info.get("status")
    result: CheckResult | None = None
    if (c.needs_answers or c.when) and status != "ok":
        why = (f"it needs the planning answers ({ANSWERS_REL}), which this repository does not have; "
               "`deeprules init` asks them" if status == "missing"
               else f"the answers file is invalid: {info.get('error')}")
        if c.needs_answers:
            result = could_not_run(why)
    elif c.when and not info.get("applies", {}).get(c.id, True):
        result = not_applicable(f"does not apply to these answers ({c.when})")
    if result is None:
        try:
            result = c.func(ctx)
        except (KnowledgeError, InputError):
            raise
        except Exception as exc:  # a check must never take the whole scan down
            result = warned(f"the check could not run: {type(exc).__name__}: {exc}", score=0.0)
        if result.status != "pass" and c.attest:
            ticks = ctx.ticked(c.attest)
            if ticks:
                result = passed("attested in the plan (ticked)", ticks)
    return replace(result, id=c.id, tip=c.tip, title=c.title, weight=c.weight, fix=c.fix,
                   ignored=ignored.get(c.id), score=max(0.0, min(10.0, result.score)))


def build_index(snapshot: Any, memo: dict[str, Any] | None = None) -> FactIndex:
    from ..snapshot import decode

    def read(path: str) -> str | None:  # no text cache: a big repository must not sit in memory
        data = snapshot.read_bytes(path)
        return None if data is None else decode(data)

    index = FactIndex(memo)
    index.skipped = getattr(snapshot, "skipped", None)
    hash_unknown = getattr(snapshot, "hash_unknown", None)
    if hash_unknown is not None:  # files git does not know clean: hashed (and unreadable ones counted)
        hash_unknown()
    index.add_all(snapshot.paths(), snapshot.blob_id, read)
    return index


def stamp(snapshot: Any, checks: Iterable[ComplianceCheck]) -> dict[str, Any]:
    return {"commit": snapshot.commit, "source": snapshot.kind, "dirty": bool(getattr(snapshot, "dirty", False)),
            "deeprules": __version__, "checkset": checkset_hash(checks)}


def result_fields(r: CheckResult) -> tuple[Any, ...]:
    """A result as plain values for a cache (`CheckResult(*fields)` rebuilds it exactly; `to_dict` rounds)."""
    return (r.status, r.score, r.evidence, r.reason, r.id, r.tip, r.title, r.weight, r.fix, r.ignored, r.na_kind,
            r.adopt)


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """A digest of the size and time of every file of the package a result can depend on (the core's code and
    the knowledge files; not the TUI, CLI or ML code), so that an install whose rules, questions or knowledge
    were edited (a development install: a release's files do not change under its version) never gets a cached
    fact, answer or report computed before the edit. ~0.5 ms."""
    package = Path(__file__).resolve().parent.parent
    parts = []
    stack = [str(package)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        if entry.name not in _NOT_CORE:
                            stack.append(entry.path)
                        continue
                    st = entry.stat()
                    parts.append(f"{os.path.relpath(entry.path, package)}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            continue
    return hashlib.sha1("\n".join(sorted(parts)).encode("utf-8", "surrogateescape")).hexdigest()[:16]


_NOT_CORE = frozenset(("__pycache__", "tui", "cli", "ml"))


def report_key(snapshot: Any, config: Any, checks: Iterable[ComplianceCheck], ignored: Mapping[str, str]
               ) -> str | None:
    """A digest of everything a report is a function of: the snapshot's paths and contents, the settings, the
    check set and the checks' code. None when that cannot be known: a snapshot without a content key (a plain
    folder) or a work tree with a test-set lock, whose check (DR702) also reads test files git ignores."""
    content_key = getattr(snapshot, "content_key", None)
    content = content_key() if content_key is not None else None
    if content is None or (snapshot.kind == "worktree" and config.path("test_lock") in snapshot):
        return None
    checks = list(checks)
    payload = json.dumps([content, checkset_hash(checks), sorted(ignored.items()), config.paths, config.check,
                          config.source, code_stamp()], sort_keys=True, default=str)
    return hashlib.sha1(payload.encode("utf-8", "surrogateescape")).hexdigest()


def run_checks(snapshot: Any, answers: Mapping[str, Any] | None = None, config: Any = None, *,
               select: Iterable[str] | None = None, ignore: Mapping[str, str] | None = None,
               memo: dict[str, Any] | None = None) -> Report:
    """Run the selected checks on `snapshot`. `answers` (an Answers) overrides the snapshot's own answers
    file; `config` defaults to the repository's; `memo` ({"facts": {}, "answers": {}, "plan": {}, "reports":
    {}}, and optionally "fresh": a set to which the blob ids of the snapshot's changed and untracked files
    are added) carries caches. A report is memoised under `report_key`, so checking an unchanged snapshot
    again with the same settings reads no file and runs no rule."""
    if config is None:
        from ..config import load_config

        config = load_config(snapshot.root)
    memo = memo if memo is not None else {}
    checks, ignored = selection(select if select is not None else config.check.get("select"),
                                ignore if ignore is not None else _config_ignore(config),
                                extra=lab_checks(config, snapshot.root))
    key = report_key(snapshot, config, checks, ignored) if answers is None else None
    reports = memo.setdefault("reports", {})
    known = reports.get(key) if key is not None else None
    if known is not None:
        return Report([CheckResult(*fields) for fields in known[0]], stamp(snapshot, checks), dict(known[1]),
                      unread_code(snapshot.paths()))
    fresh = memo.get("fresh")
    if isinstance(fresh, set):  # the cache's hint: these blobs' entries are new, no need to search for them
        hash_unknown = getattr(snapshot, "hash_unknown", None)
        if hash_unknown is not None:
            hash_unknown()
        fresh.update(snapshot.local_blobs())
    if answers is not None:
        from ..answers import Answers

        text = answers.to_yaml() if isinstance(answers, Answers) else json.dumps(dict(answers))
        info = answer_info(text, "<answers>", checks)
    else:
        info = answers_for(snapshot, all_checks(), memo.setdefault("answers", {}))
    index = build_index(snapshot, memo.setdefault("facts", {}))
    ctx = Context(snapshot, index, config, info, memo)
    results = [run_one(c, ctx, ignored) for c in checks]
    report = Report(results, stamp(snapshot, checks), snapshot.skipped_counts(), unread_code(snapshot.paths()))
    unsettled = getattr(snapshot, "unsettled", None)
    if unsettled:  # what was read under these blob ids was not their content: not memoised under them
        _forget(memo, unsettled)
    if key is not None and getattr(snapshot, "keepable", lambda: True)():
        reports[key] = ([result_fields(r) for r in results], report.skipped)
    return report


def _forget(memo: dict[str, Any], blobs: set[str]) -> None:
    """Drop the memo entries of these blob ids (keys `<blob id>` or `<blob id>:<kind>`)."""
    for name in ("facts", "answers", "plan"):
        section = memo.get(name)
        if section is None:
            continue
        forget = getattr(section, "forget", None)  # the cache's working set keeps its own books
        if forget is not None:
            forget(blobs)
        else:
            for k in [k for k in section if k.partition(":")[0] in blobs]:
                del section[k]


def _config_ignore(config: Any) -> dict[str, str]:
    raw = config.check.get("ignore") or {}
    if isinstance(raw, list):
        raise InputError(f"{config.source}: check.ignore must map each id to a reason, e.g. DR302: \"no GPU\"")
    return {str(k): str(v) for k, v in dict(raw).items()}


def parse_ignores(items: Iterable[str]) -> dict[str, str]:
    """`--ignore ID=reason` values."""
    out = {}
    for item in items:
        key, sep, why = item.partition("=")
        if not sep or not why.strip():
            raise InputError(f"--ignore {item!r}: give a reason, as ID=\"why it does not apply\"")
        out[key.strip()] = why.strip()
    return out
