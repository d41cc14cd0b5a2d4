"""A lab's own additions: concern templates in `.deeprules/concerns.yaml` (the bundled concerns.yaml schema,
merged with the bundled ones) and simple checks under `check: custom:` in the config (a path glob that must
match a file, and optionally a regex that must occur in it), which `deeprules check` runs and scores.

Both come from the user's repository, so both are validated like any input: one error naming the file and line.
They are the lab's rules, not advice from the paper; their output says so.

```yaml
# .deeprules/config.yaml
check:
  custom:
    - id: LAB001
      tip: 4
      title: The data dictionary is in the repository
      path: "docs/data-dictionary.*"     # a glob (** crosses folders); at least one file must match
      pattern: "(?m)^## Units"           # optional: a regular expression one matching file must contain
      fix: Write docs/data-dictionary.md with a Units section.
      weight: 1
```
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
import time
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any

from .errors import InputError, KnowledgeError

CONCERNS_PATH = ".deeprules/concerns.yaml"
CHECK_ID = re.compile(r"^[A-Z][A-Z0-9]{1,9}\d{3}$")
CHECK_KEYS = {"id", "tip", "title", "path", "pattern", "fix", "why", "weight"}
CONCERN_KEYS = {"id", "title", "severity", "severity_when", "tip", "recommendations", "refs", "when", "why",
                "actions"}
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,60}$")
MAX_FILES_SEARCHED = 5000
#: Seconds all the searches of one lab check may take. A pattern with a repetition inside a repetition, such as
#: `(a+)+$`, backtracks for ever on some text: a fork's config could hang `check`, `history` and CI.
PATTERN_SECONDS = 3.0


# ------------------------------------------------------------------------------------------ helpers

def _known_mapping(source: str, item: Any, at: str, keys: Collection[str], not_a_mapping: str, where: str) -> None:
    """One item of a lab's list (a custom check, a concern): a mapping whose keys are all known; errors name
    the file and line."""
    if not isinstance(item, Mapping):
        raise InputError(f"{at}: {not_a_mapping}")
    unknown = sorted(set(map(str, item)) - set(keys))
    if unknown:
        raise InputError(f"{_where(source, item, unknown[0])}: unknown key {unknown[0]!r}{where}; the keys are "
                         f"{', '.join(sorted(keys))}")

def _where(source: str, node: Any, key: str | int | None = None) -> str:
    """`file:line` of a key (or item) in a round-trip YAML node, as precisely as ruamel kept it."""
    line = None
    try:
        if key is None:
            line = node.lc.line + 1
        elif isinstance(key, int):
            line = node.lc.item(key)[0] + 1
        else:
            line = node.lc.key(key)[0] + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        line = None
    return f"{source}:{line}" if line else source


def glob_regex(glob: str) -> re.Pattern[str]:
    """A path glob as a regex over repo-relative posix paths: `**/` any folders, `*` and `?` within one."""
    out = ""
    i = 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif glob.startswith("**", i):
            out += ".*"
            i += 2
        elif glob[i] == "*":
            out += "[^/]*"
            i += 1
        elif glob[i] == "?":
            out += "[^/]"
            i += 1
        else:
            out += re.escape(glob[i])
            i += 1
    return re.compile(out + r"\Z")


# --------------------------------------------------------------------------------------- checks
@dataclasses.dataclass(frozen=True)
class CustomCheck:
    id: str
    tip: int
    title: str
    path: str | None
    pattern: str | None
    fix: str
    why: str
    weight: float
    at: str = ""  # file:line of the pattern, for errors found while running it
    path_at: str = ""  # file:line of the path glob


def parse_custom_checks(raw: Any, source: str) -> list[CustomCheck]:
    """Validate `check.custom` (a list of mappings). `raw` may be a round-trip node (for line numbers)."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise InputError(f"{_where(source, raw)}: check.custom must be a list of checks (- id: LAB001 ...)")
    out: list[CustomCheck] = []
    seen: set[str] = set()
    for n, item in enumerate(raw):
        at = _where(source, raw, n)
        _known_mapping(source, item, at, CHECK_KEYS, f"check.custom item {n + 1} must be a mapping with id, tip, "
                       "title, path", " in a custom check")
        cid = str(item.get("id") or "").strip()
        if not CHECK_ID.match(cid) or cid.startswith("DR"):
            raise InputError(f"{_where(source, item, 'id')}: custom check id {cid!r} must be letters then three "
                             "digits, such as LAB001 (DR ids are deeprules' own)")
        if cid in seen:
            raise InputError(f"{_where(source, item, 'id')}: custom check id {cid} is used twice")
        seen.add(cid)
        tip = item.get("tip")
        if isinstance(tip, bool) or not isinstance(tip, int) or not 1 <= tip <= 10:
            raise InputError(f"{_where(source, item, 'tip')}: {cid}: tip must be a number from 1 to 10")
        title = str(item.get("title") or "").strip()
        if not title:
            raise InputError(f"{_where(source, item, 'title')}: {cid}: give a title (what the check looks for)")
        path = item.get("path")
        pattern = item.get("pattern")
        if path is None and pattern is None:
            raise InputError(f"{at}: {cid}: give a path glob, a pattern, or both")
        if path is not None and (not isinstance(path, str) or not path.strip() or path.startswith("/")
                                 or ".." in path.split("/")):
            raise InputError(f"{_where(source, item, 'path')}: {cid}: path must be a glob relative to the "
                             "repository, such as docs/*.md")
        if pattern is not None:
            if not isinstance(pattern, str) or not pattern:
                raise InputError(f"{_where(source, item, 'pattern')}: {cid}: pattern must be a regular expression")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise InputError(f"{_where(source, item, 'pattern')}: {cid}: pattern {pattern!r} is not a "
                                 f"regular expression ({exc})") from None
        weight = item.get("weight", 1)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= 100:
            raise InputError(f"{_where(source, item, 'weight')}: {cid}: weight must be a number above 0")
        fix = str(item.get("fix") or "").strip() or (f"Add a file matching {path}" if path else
                                                     f"Add text matching /{pattern}/") + " (a lab rule)."
        out.append(CustomCheck(cid, tip, title, path.strip() if path else None, pattern, fix,
                               str(item.get("why") or "A rule of this lab, not advice from the paper."),
                               float(weight), _where(source, item, "pattern") if pattern is not None else at,
                               _where(source, item, "path") if path is not None else at))
    return out


def config_custom_checks(config: Any, root: Path | None = None) -> list[CustomCheck]:
    """The custom checks of a project's config, validated; line numbers from the YAML file when it is one."""
    raw = (config.check or {}).get("custom")
    if raw is None:
        return []
    source = str(config.source)
    if root is not None and source.endswith("config.yaml") and (root / source).is_file():
        from . import yamlio

        doc = yamlio.load(root / source, round_trip=True, what="config file")
        check = doc.get("check") if isinstance(doc, Mapping) else None
        if isinstance(check, Mapping) and "custom" in check:
            raw = check["custom"]
    return parse_custom_checks(raw, source)


def _run(spec: CustomCheck) -> Callable[[Any], Any]:
    from .checks import failed, passed

    matcher = glob_regex(spec.path) if spec.path else None
    regex = re.compile(spec.pattern) if spec.pattern else None

    def run(ctx: Any) -> Any:
        listing = ctx.snapshot.paths()
        paths = listing if matcher is None else _limited(
            spec, "path", "the file list", PATTERN_SECONDS, lambda: [p for p in listing if matcher.match(p)])
        if matcher is not None and not paths:
            return failed(f"no file matches {spec.path} (a lab rule)")
        if regex is None:
            return passed(f"{len(paths)} file(s) match {spec.path}", [(p, 1, "matches the path") for p in paths[:3]])
        spent = 0.0
        for p in paths[:MAX_FILES_SEARCHED]:
            text = ctx.text(p)
            if not text:
                continue
            start = time.monotonic()
            m = _limited(spec, "pattern", p, PATTERN_SECONDS - spent, functools.partial(regex.search, text))
            spent += time.monotonic() - start
            if m:
                line = text.count("\n", 0, m.start()) + 1 if text else 1
                return passed(f"{p} contains /{spec.pattern}/", [(p, line, m.group(0)[:120])])
        where = f"in the files matching {spec.path}" if spec.path else "in any file"
        return failed(f"/{spec.pattern}/ does not occur {where} (a lab rule)")

    return run


class _PatternTimeout(Exception):
    pass


@contextlib.contextmanager
def _time_limit(seconds: float) -> Any:
    """Raise _PatternTimeout in this thread once `seconds` have passed: the `re` module checks for signals while
    it backtracks, so SIGALRM's handler interrupts a runaway search. Only in the main thread (where Python runs
    signal handlers) of a system with `setitimer`; elsewhere (the TUI's worker thread) without a limit."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer") \
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0:  # a host's own alarm (pytest-timeout): not ours to stop
        yield
        return
    if seconds <= 0:
        raise _PatternTimeout

    def expired(_signum: int, _frame: Any) -> None:
        raise _PatternTimeout

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _limited(spec: CustomCheck, what: str, subject: str, seconds: float, search: Callable[[], Any]) -> Any:
    """`search()` (a lab check's pattern or path glob at work) within `seconds`, else the one-line error that
    names the config file and line."""
    try:
        with _time_limit(seconds):
            return search()
    except _PatternTimeout:
        shown = spec.pattern if what == "pattern" else spec.path
        raise InputError(f"{spec.at if what == 'pattern' else spec.path_at}: {spec.id}: {what} {shown!r} ran over "
                         f"{PATTERN_SECONDS:g} s on {subject} (a repetition inside a repetition, such as (a+)+ or "
                         "*a*a*a*b, backtracks without end); write it more simply") from None


def _watcher(spec: CustomCheck, matcher: re.Pattern[str] | None) -> Callable[[str], bool]:
    def watches(path: str) -> bool:
        return matcher is None or bool(_limited(spec, "path", path, PATTERN_SECONDS, lambda: matcher.match(path)))

    return watches


def compliance_checks(config: Any, root: Path | None = None) -> tuple[Any, ...]:
    """The custom checks as the checks engine's ComplianceCheck objects (the engine's hook for lab checks)."""
    from .checks import ComplianceCheck

    out = []
    for spec in config_custom_checks(config, root):
        matcher = glob_regex(spec.path) if spec.path else None
        out.append(ComplianceCheck(
            id=spec.id, tip=spec.tip, title=spec.title, why=spec.why, fix=spec.fix, weight=spec.weight,
            recommendations=(), attest=(), when=None, needs_answers=False, help_uri="",
            # the definition, so a changed rule changes the check set's hash (history's cache key)
            docs=f"{config.source}: path {spec.path or '(any)'}, pattern {spec.pattern or '(none)'}",
            func=_run(spec),
            watches=_watcher(spec, matcher),
        ))
    return tuple(out)


# ------------------------------------------------------------------------------------- concerns
#: What a lab concern's condition may use: answers and literals compared and combined, a little arithmetic.
#: Not `*`, `**`, `%`, filters, calls or attributes: the file comes with the repository, and `'x' * 10**10`
#: (10 GB), `'x' | center(10**10)` or `10 ** 10 ** 9` made every command that renders the register use all
#: the memory or hang. Every condition of deeprules' own concerns.yaml is of this form.
_CONDITION_NODES = frozenset({"Output", "Name", "Const", "List", "Tuple", "Compare", "Operand", "And", "Or", "Not",
                              "Neg", "Pos", "Add", "Sub", "Div", "FloorDiv", "Concat", "CondExpr", "Test"})


def _plain_condition(expr: str, cid: str) -> None:
    from jinja2 import nodes

    from .conditions import _env

    tree = _env().parse("{{ (" + expr + ") }}")
    for node in tree.body[0].find_all(nodes.Node) if tree.body else ():
        kind = type(node).__name__
        if kind not in _CONDITION_NODES:
            shown = {"Mul": "*", "Pow": "**", "Mod": "%", "Filter": "a filter (|)", "Call": "a call",
                     "Getattr": "an attribute", "Getitem": "an index"}.get(kind, kind)
            raise KnowledgeError(f"{cid}: {expr!r} uses {shown}; a condition compares answers (==, !=, <, >, in, "
                                 "and, or, not)")


def load_lab_concerns(root: Path, kb: Any) -> tuple[Any, ...]:
    """`.deeprules/concerns.yaml` as ConcernTemplates (the bundled schema), validated against the knowledge
    base: known recommendation ids and reference numbers, conditions over known names, ids that do not
    clash with the bundled ones. No file: no lab concerns."""
    from . import yamlio
    from .conditions import _PLACEHOLDER, check_names
    from .knowledge import DERIVED_FACTS, ConcernTemplate

    path = root / CONCERNS_PATH
    if not path.is_file():
        return ()
    doc = yamlio.load(path, round_trip=True, what="concerns file")
    source = CONCERNS_PATH
    if doc is None:
        return ()
    if not isinstance(doc, Mapping) or not isinstance(doc.get("concerns"), list):
        raise InputError(f"{source}:1: expected `concerns:` with a list of concerns, as in deeprules' own "
                         "concerns.yaml")
    names = {q.id for q in kb.questions} | set(DERIVED_FACTS)
    bundled = {c.id for c in kb.concerns}
    recs = set(kb.recommendation_by_id)
    out = []
    seen: set[str] = set()
    items = doc["concerns"]
    for n, c in enumerate(items):
        at = _where(source, items, n)
        _known_mapping(source, c, at, CONCERN_KEYS,
                       "each concern must be a mapping with id, title, severity, why, actions", "")
        cid = str(c.get("id") or "")
        if not SLUG.match(cid):
            raise InputError(f"{_where(source, c, 'id')}: concern id {cid!r} must be a lower-case slug "
                             "(letters, digits, -)")
        if cid in bundled:
            raise InputError(f"{_where(source, c, 'id')}: {cid} is one of deeprules' own concerns; give yours "
                             "another id")
        if cid in seen:
            raise InputError(f"{_where(source, c, 'id')}: concern id {cid} is used twice")
        seen.add(cid)
        for key in ("title", "severity", "why"):
            if not str(c.get(key) or "").strip():
                raise InputError(f"{_where(source, c, key) if key in c else at}: {cid}: {key} is required")
        if c["severity"] not in ("low", "medium", "high", "blocker"):
            raise InputError(f"{_where(source, c, 'severity')}: {cid}: severity must be low, medium, high or "
                             f"blocker, not {c['severity']!r}")
        tip = c.get("tip", 10)
        if isinstance(tip, bool) or not isinstance(tip, int) or not 1 <= tip <= 10:
            raise InputError(f"{_where(source, c, 'tip')}: {cid}: tip must be a number from 1 to 10")
        bad_recs = [r for r in c.get("recommendations") or () if r not in recs]
        if bad_recs:
            raise InputError(f"{_where(source, c, 'recommendations')}: {cid}: unknown recommendation id "
                             f"{bad_recs[0]!r} (see `deeprules tips`)")
        refs = c.get("refs") or []
        if not isinstance(refs, list) or any(isinstance(r, bool) or not isinstance(r, int)
                                             or r not in kb.references for r in refs):
            raise InputError(f"{_where(source, c, 'refs')}: {cid}: refs must be reference numbers of the paper "
                             "(1-127), or left out for a lab rule")
        actions = c.get("actions") or []
        if not isinstance(actions, list) or not all(isinstance(a, str) and a.strip() for a in actions):
            raise InputError(f"{_where(source, c, 'actions')}: {cid}: actions must be a list of sentences")
        severity_when = c.get("severity_when") or {}
        if not isinstance(severity_when, Mapping):
            raise InputError(f"{_where(source, c, 'severity_when')}: {cid}: severity_when maps a severity to a "
                             "condition")
        why = str(c["why"])
        # `why` is rendered with the answers: only `{{ name }}` placeholders, never Jinja's loops or expressions
        # (a `{% for %}` in a `{% for %}` over range(100000) from the repository hung every render)
        if "{%" in why or "{#" in why or "{{" in _PLACEHOLDER.sub("", why):
            raise InputError(f"{_where(source, c, 'why')}: {cid}: why is text; it may name an answer as "
                             "{{ n_samples }}, and use no other template syntax")
        try:
            check_names(why, names, cid, template=True)
        except KnowledgeError as exc:
            raise InputError(f"{_where(source, c, 'why')}: {exc.message}") from None
        for expr_key, expr in [("when", c.get("when")), *[("severity_when", v) for v in severity_when.values()]]:
            if expr is None:
                continue
            try:
                check_names(str(expr), names, f"{cid}")
                _plain_condition(str(expr), cid)
            except KnowledgeError as exc:
                raise InputError(f"{_where(source, c, expr_key)}: {exc.message}") from None
        out.append(ConcernTemplate(
            id=cid, title=str(c["title"]).strip(), severity=str(c["severity"]), tip=tip,
            recommendations=tuple(c.get("recommendations") or ()), refs=tuple(refs),
            when=str(c["when"]) if c.get("when") is not None else None,
            why=" ".join(str(c["why"]).split()), actions=tuple(str(a) for a in actions),
            severity_when=tuple((str(k), str(v)) for k, v in severity_when.items()),
        ))
    return tuple(out)


def project_knowledge(root: Path) -> Any:
    """The bundled knowledge base with the lab's concerns added (the bundled one when there are none)."""
    from .knowledge import load_knowledge

    kb = load_knowledge()
    lab = load_lab_concerns(root, kb)
    return dataclasses.replace(kb, concerns=(*kb.concerns, *lab)) if lab else kb

