"""Facts of a new version of a file from the facts of its version before: re-scan only what the edit can change.

`history` reads every version of every file, oldest first; most versions change a few lines of a long file.
For Python, shell and R scripts (`py`, `sh`, `r` extractors) a `Version` keeps what the full analysis
built: the text, its blanked code, its lines, the spans of its triple-quoted strings, and what the patterns
found before evidence was capped (`scan.Found`). A new version is then analysed by

1. finding the changed block (common prefix and suffix of the two texts) and widening it to whole lines, with
   a margin after it for the blanking rule that looks back from a string (`_RUNS`, 40 characters);
2. blanking only that region and splicing it into the old code (outside it the code is the same text, so the
   same code);
3. re-running the line patterns on the lines whose match or check can read the changed code (`MARGIN`
   characters around it: checks look 80 back and 30 ahead), the multi-line patterns on the windows that
   overlap it (`scan._WINDOW` characters from their first line), and the import scan on the changed lines;
   everything else is kept, its line numbers shifted.

The result is exactly `scan.analyze(path, new_text, kind)` (facts are memoised by blob id, and `check` reads
the same memo). Where that cannot be shown cheaply the full analysis runs instead: a triple quote in the
old or new region, or an old triple-quoted string overlapping it (blanking is then not local), and code whose
lower-casing changes offsets. benchmarks/bench_facts.py compares both over whole histories.
"""

from __future__ import annotations

import contextlib
from typing import Any

from .scan import (
    _CODE_SCAN,
    _HASH_COMMENT,
    _MULTILINE,
    _PY_TOKENS,
    _WINDOW,
    MAX_IMPORTS,
    Evidence,
    Facts,
    Found,
    _blank_py,
    _evidence,
    _import_lines,
    _scan_lines,
    analyze,
)

#: Characters around a change whose analysis can depend on it: more than any pattern, check or blanking
#: rule looks outside its own line (`_RUNS` 40 back, `VERIFY` 80 back and 30 ahead, look-behinds 4).
MARGIN = 100
KINDS = ("py", "sh", "r")
_TRIPLES = ('"""', "'''")


def _blank(text: str, kind: str, lo: int, hi: int) -> tuple[str, list[tuple[int, int]]] | None:
    """The code of text[lo:hi] and the spans of its triple-quoted strings, as `strip_python` /
    `strip_hash_comments` give them for the whole text, provided `lo` is a line start no string or comment
    crosses. None when a string starting before `hi` ends after it (the text after `hi` is then not
    blanked as it was)."""
    pieces = []
    strings = []
    prev = lo
    if kind == "py":
        for m in _PY_TOKENS.get().finditer(text, lo):  # no end: a string's end is searched as in the whole text
            if m.start() >= hi:
                break
            if m.end() > hi:
                return None
            pieces.append(text[prev:m.start()])
            pieces.append(_blank_py(m))
            prev = m.end()
            body = m.group(1)
            if body is not None and body[:3] in _TRIPLES:
                strings.append((m.start(), prev))
    else:  # comments end at the line's end
        for m in _HASH_COMMENT.get().finditer(text, lo, hi):
            pieces.append(text[prev:m.start()])
            prev = m.end()
    if prev == lo:
        return text[lo:hi], strings
    pieces.append(text[prev:hi])
    return "".join(pieces), strings


class Version:
    """What the analysis of one version of a script built, kept to analyse the next version."""

    __slots__ = ("code", "found", "imports", "kind", "lines", "strings", "text")

    def __init__(self, kind: str, text: str, code: str, lines: list[str], strings: list[tuple[int, int]],
                 found: Found, imports: list[Evidence]) -> None:
        self.kind = kind
        self.text = text
        self.code = code
        self.lines = lines  # the text's lines (evidence shows them)
        self.strings = strings  # spans of triple-quoted strings in the text
        self.found = found  # what the patterns found, uncapped
        self.imports = imports  # uncapped

    def facts(self) -> Facts:
        out: Facts = {}
        if self.kind == "r":
            out["lang_r"] = [[1, "R script"]]
        lines = self.lines

        def text_of(n: int) -> str:
            return lines[n - 1].strip()[:160] if 0 < n <= len(lines) else ""

        _evidence(self.found, _CODE_SCAN, out, int, text_of)
        if self.imports:
            out["imports"] = self.imports[:MAX_IMPORTS]
        return out


def full(path: str, text: str, kind: str) -> tuple[Facts, Version | None]:
    """The facts of a script and its `Version` (None when lower-casing moves offsets: no re-use then)."""
    blanked = _blank(text, kind, 0, len(text))
    assert blanked is not None
    code, strings = blanked
    low = code.lower()
    if len(low) != len(code):
        return analyze(path, text, kind), None
    found: Found = {}
    size = len(code)
    _scan_lines(code, low, _CODE_SCAN, found, 0, size, 1, 0, size, 1)
    imports = _import_lines(code, 0, size, 1) if kind == "py" else []
    version = Version(kind, text, code, text.split("\n"), strings, found, imports)
    return version.facts(), version


def _common_prefix(x: str, y: str) -> int:
    """Length of the common prefix (slices compared in C, in growing chunks, then halved)."""
    limit = min(len(x), len(y))
    i, step = 0, 256
    while i < limit:
        j = min(limit, i + step)
        if x[i:j] != y[i:j]:
            break
        i = j
        step *= 2
    else:
        return limit
    lo, hi = i, min(limit, i + step)  # the first difference is in [lo, hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if x[lo:mid] == y[lo:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _common_suffix(x: str, y: str, limit: int) -> int:
    """Length of the common suffix, at most `limit`."""
    nx, ny = len(x), len(y)
    i, step = 0, 256
    while i < limit:
        j = min(limit, i + step)
        if x[nx - j:nx - i] != y[ny - j:ny - i]:
            break
        i = j
        step *= 2
    else:
        return limit
    lo, hi = i, min(limit, i + step)  # the common suffix is at least lo and less than hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if x[nx - mid:nx - lo] == y[ny - mid:ny - lo]:
            lo = mid
        else:
            hi = mid
    return lo


def _line_start(code: str, k: int, newlines: int) -> int:
    """Offset of line index k (k newlines before it), splitting from the nearer end."""
    if k == 0:
        return 0
    if k <= newlines // 2:
        return len(code) - len(code.split("\n", k)[-1])
    return len(code.rsplit("\n", newlines - k + 1)[0]) + 1


def update(old: Version, text: str) -> tuple[Facts, Version] | None:
    """The facts of `text`, a new version of `old`'s file, and its Version; None when the re-use cannot be
    shown exact (the caller then analyses the whole text)."""
    before = old.text
    if text == before:
        return old.facts(), old
    n0, n1 = len(before), len(text)
    p = _common_prefix(before, text)
    s = _common_suffix(before, text, min(n0, n1) - p)
    # the text region [a, b) to blank again: whole lines, MARGIN after the change (a string's blanking
    # looks back from its start)
    a = before.rfind("\n", 0, p) + 1
    x = n1 - s + MARGIN
    j = text.find("\n", x - 1) if x - 1 < n1 else -1
    b1 = j + 1 if j != -1 else n1
    dt = n1 - n0
    b0 = b1 - dt
    kind = old.kind
    if kind == "py":
        # A string is blanked as a whole: widen the region to the old triple-quoted strings it cuts.
        widened = True
        while widened:
            widened = False
            for st, en in old.strings:
                if st < a < en:
                    a = before.rfind("\n", 0, st) + 1
                    widened = True
                if st < b0 < en:
                    j = before.find("\n", en - 1)
                    b0 = j + 1 if j != -1 else n0
                    widened = True
        b1 = b0 + dt
        # A triple quote in the new region could close a string the old text left open before it (an open
        # quote with no quote after it): only when the old text has that quote before the region and none
        # after its start.
        for quote in _TRIPLES:
            if quote in text[a:b1] and before.find(quote, a) == -1 and before.rfind(quote, 0, a) != -1:
                return None
    newlines0 = len(old.lines) - 1
    la = before.count("\n", 0, a)  # lines before the region
    lb0 = la + before.count("\n", a, b0)
    code0 = old.code
    ca = _line_start(code0, la, newlines0)
    cb0 = len(code0) if b0 == n0 else _line_start(code0, lb0, newlines0)
    blanked = _blank(text, kind, a, b1)
    if blanked is None:
        return None
    piece, region_strings = blanked
    if len(piece.lower()) != len(piece):
        return None
    code = code0[:ca] + piece + code0[cb0:]
    low = code.lower()
    size = len(code)
    cb1 = ca + len(piece)
    dl = text.count("\n", a, b1) - (lb0 - la)  # lines added
    # lines whose matches (and their checks) can read the changed code: [lo, hi), `line_lo` the first
    lo = code.rfind("\n", 0, max(0, ca - MARGIN)) + 1
    j = code.find("\n", cb1 + MARGIN - 1) if cb1 + MARGIN - 1 < size else -1
    hi = j + 1 if j != -1 else size
    line_lo = la + 1 - code.count("\n", lo, ca)
    # the first line after them, in the old version (none when they run to the end)
    line_hi0 = line_lo + code.count("\n", lo, hi) - dl if hi < size else len(old.lines) + 1
    # multi-line windows that overlap the changed code: those starting in [wlo, cb1]
    if ca - _WINDOW + 1 <= 0:
        wlo = 0
    else:
        wlo = code.find("\n", ca - _WINDOW) + 1
    wline_lo = la + 1 - code.count("\n", wlo, ca)
    wline_hi0 = lb0 + 1  # the old line at cb0: windows after it are after the change
    fresh: Found = {}
    _scan_lines(code, low, _CODE_SCAN, fresh, lo, hi, line_lo, wlo, cb1, wline_lo)
    found: Found = {}
    old_found = old.found
    for fact, _hints, _lazy in _CODE_SCAN:
        got = old_found.get(fact)
        new = fresh.get(fact)
        if got is None and new is None:
            continue
        merged: list[Any]
        if fact in _MULTILINE:
            merged = [w for w in got or () if w[0] < wline_lo]
            if new:
                merged += new
            if got:
                merged += [(w + dl, [n + dl for n in ns]) for w, ns in got if w > wline_hi0]
        else:
            merged = [n for n in got or () if n < line_lo]
            if new:
                merged += new
            if got:
                merged += [n + dl for n in got if n >= line_hi0]
        if merged:
            found[fact] = merged
    imports: list[Evidence] = []
    if kind == "py":
        imports = [e for e in old.imports if e[0] < line_lo]
        imports += _import_lines(code, lo, hi, line_lo)
        imports += [[n + dl, name] for n, name in old.imports if n >= line_hi0]
    mid = text[a:b1].split("\n")
    if b1 < n1:
        lines = old.lines[:la] + mid[:-1] + old.lines[lb0:]
    else:
        lines = old.lines[:la] + mid
    strings = [sp for sp in old.strings if sp[1] <= a]
    strings += region_strings
    strings += [(st + dt, en + dt) for st, en in old.strings if st >= b0]
    version = Version(kind, text, code, lines, strings, found, imports)
    return version.facts(), version


class Versions:
    """The last analysed version of each script path (`FactIndex(incremental=True)`, for `history`)."""

    def __init__(self) -> None:
        self.by_path: dict[str, Version] = {}
        self.reused = 0  # analyses that re-used the version before
        self.full = 0

    def analyze(self, path: str, text: str, kind: str) -> Facts:
        if kind not in KINDS or (kind == "r" and not path.lower().endswith(".r")):
            return analyze(path, text, kind)
        old = self.by_path.get(path)
        got = None
        if old is not None and old.kind == kind:
            with contextlib.suppress(ValueError, IndexError, KeyError, RecursionError):
                got = update(old, text)
        if got is not None:
            self.reused += 1
        else:
            self.full += 1
            try:
                got = full(path, text, kind)
            except (ValueError, IndexError, KeyError, RecursionError):
                got = analyze(path, text, kind), None
        facts, version = got
        if version is None:
            self.by_path.pop(path, None)
        else:
            self.by_path[path] = version
        return facts
