"""Facts of a new version of a file from the facts of its version before: re-scan only what the edit can change.

`history` reads every version of every file, oldest first; most versions change a few lines of a long file.
For Python and shell scripts (`py`, `sh`) a `Version` keeps what the full analysis built: the
text's lines, its blanked code's lines, its triple-quoted strings, and what the patterns found before
evidence was capped (`scan.Found`). A new version is then analysed by

1. finding the changed blocks of lines (a cheap diff: common start and end, split at a line found once on
   each side) and making each a region of whole lines, with a margin after it for the blanking rule that
   looks back from a string (`_RUNS`, 40 characters) and widened to the old triple-quoted strings it cuts;
2. blanking only the regions (tokens searched in the whole new text, as a full pass does) and splicing them
   into the old code lines (outside them the code is the same text, so the same code);
3. re-running the line patterns and the import scan on the lines whose match or check can read changed code
   (`MARGIN` characters around a region: checks look 80 back and 30 ahead), the multi-line patterns on the
   windows that overlap a region (`scan._WINDOW` characters from their first line); everything else is
   kept, its line numbers shifted.

The result is exactly `scan.analyze(path, new_text, kind)` (facts are memoised by blob id, and `check` reads
the same memo). Where that cannot be shown cheaply the full analysis runs instead: a triple quote in a region
that could close a string the old text left open before it, a string running past a region, and code whose
lower-casing changes offsets. benchmarks/bench_facts.py compares both over whole histories.
"""

from __future__ import annotations

import contextlib
from bisect import bisect_left, bisect_right
from typing import Any

from .scan import (
    _CODE_SCAN,
    _HASH_COMMENT,
    _MULTILINE,
    _WINDOW,
    MAX_IMPORTS,
    Evidence,
    Facts,
    Found,
    _evidence,
    _import_lines,
    _Lines,
    _pattern_keys,
    _scan_lines,
    _shell_predicts_only,
    analyze,
    blank_string,
    cap_lines,
    merge_continued,
    py_tokens,
    python_file_facts,
    tracker_option_lines,
    tracker_option_rows,
    tracker_options_on,
)

#: Characters around a change whose analysis can depend on it: more than any pattern, check or blanking
#: rule looks outside its own line (`_RUNS` 40 back, `VERIFY` 80 back and 30 ahead, look-behinds 4).
MARGIN = 100
#: (coordinator, session 15: not R. `analyze` reads an R script's patterns with its strings blanked, and an R string
#: may span lines, so a changed line can turn the rest of the file into string or code: R scripts are analysed whole
#: at every version. Re-using the R version before had `history` read `set.seed(1)` inside a string as a seed, which
#: `check` does not.)
KINDS = ("py", "sh")
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
        for start, end, body in py_tokens(text, lo):  # a string's end is searched as in the whole text
            if start >= hi:
                break
            if end > hi:
                return None
            pieces.append(text[prev:start])
            if body is not None:
                pieces.append(blank_string(text, start, body))
                if body[:3] in _TRIPLES:
                    strings.append((start, end))
            prev = end
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

    __slots__ = ("code_lines", "found", "imports", "kind", "lines", "strings", "text", "trackers")

    def __init__(self, kind: str, text: str, code_lines: list[str], lines: list[str],
                 strings: list[tuple[int, int, int, int]], found: Found, imports: list[Evidence],
                 trackers: list[tuple[int, str]]) -> None:
        self.kind = kind
        self.text = text
        self.code_lines = code_lines  # the blanked code's lines
        self.lines = lines  # the text's lines (evidence shows them)
        self.strings = strings  # (first line, last line, start, end) of each triple-quoted string
        self.found = found  # what the patterns found, uncapped
        self.imports = imports  # uncapped
        self.trackers = trackers  # `tracker_option_rows` of the text

    def facts(self) -> Facts:
        out: Facts = {}
        lines = self.lines

        def text_of(n: int) -> str:
            return lines[n - 1].strip()[:160] if 0 < n <= len(lines) else ""

        _evidence(self.found, _CODE_SCAN, out, int, text_of)
        merge_continued(out)  # (as `analyze` does after the patterns)
        if self.imports:
            out["imports"] = self.imports[:MAX_IMPORTS]
        if self.kind == "py":  # as `analyze` does after the patterns: what the whole code shows
            code = "\n".join(self.code_lines)
            python_file_facts(code, _Lines(code, shown_lines=self.lines), self.text, out)
        elif self.kind == "sh":  # (w36a: a shell script whose every Python run predicts, as `analyze` reads it)
            code = "\n".join(self.code_lines)
            if "predict" in code or "infer" in code:
                _shell_predicts_only(code, self.text, out)
        tracker_options_on(self.text, out, self.trackers)  # (as `analyze` does for code of every kind: py and sh)
        return out


def full(path: str, text: str, kind: str) -> tuple[Facts, Version | None]:
    """The facts of a script and its `Version` (None when lower-casing moves offsets: no re-use then)."""
    blanked = _blank(text, kind, 0, len(text))
    assert blanked is not None
    code, strings = blanked
    code = cap_lines(code)  # as `analyze` reads it
    low = code.lower()
    if len(low) != len(code):
        return analyze(path, text, kind), None
    found: Found = {}
    size = len(code)
    _scan_lines(code, low, _CODE_SCAN, found, 0, size, 1, 0, size, 1)
    imports = _import_lines(code, 0, size, 1) if kind == "py" else []
    line_spans: list[tuple[int, int, int, int]] = []
    pos = line = 0
    for st, en in strings:
        line += text.count("\n", pos, st)
        last = line + text.count("\n", st, en)
        line_spans.append((line, last, st, en))
        line, pos = last, en
    version = Version(kind, text, code.split("\n"), text.split("\n"), line_spans, found, imports,
                      tracker_option_rows(text))
    return version.facts(), version


def _common_lines(a: list[str], b: list[str], a0: int, a1: int, b0: int, b1: int) -> tuple[int, int]:
    """(equal lines at the start, at the end) of a[a0:a1] and b[b0:b1]: slices compared in C, in steps that
    double until one differs, then halved within it."""
    limit = min(a1 - a0, b1 - b0)
    p, hi, step = 0, limit, 16  # the common start is in [p, hi]
    while p < hi:
        q = min(hi, p + step)
        if a[a0 + p:a0 + q] != b[b0 + p:b0 + q]:
            hi = q - 1
            break
        p = q
        step *= 2
    while p < hi:
        mid = (p + hi + 1) // 2
        if a[a0 + p:a0 + mid] == b[b0 + p:b0 + mid]:
            p = mid
        else:
            hi = mid - 1
    s, hi, step = 0, limit - p, 16  # the common end, likewise
    while s < hi:
        q = min(hi, s + step)
        if a[a1 - q:a1 - s] != b[b1 - q:b1 - s]:
            hi = q - 1
            break
        s = q
        step *= 2
    while s < hi:
        mid = (s + hi + 1) // 2
        if a[a1 - mid:a1 - s] == b[b1 - mid:b1 - s]:
            s = mid
        else:
            hi = mid - 1
    return p, s


_SMALL_BLOCK = 8  # lines: a changed block this small is not split further
_MERGE_GAP = 12  # lines: changed blocks closer than this are re-scanned as one


def _changed_blocks(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """Blocks of lines (a0, a1, b0, b1) that differ between two versions, in order, the lines between
    them equal: common starts and ends, split at a long line found once in each side (an anchor near the
    middle), recursively. A cheap diff: blocks may be larger than the smallest diff's."""
    out: list[tuple[int, int, int, int]] = []
    stack = [(0, len(a), 0, len(b))]
    while stack:
        a0, a1, b0, b1 = stack.pop()
        p, s = _common_lines(a, b, a0, a1, b0, b1)
        a0, b0, a1, b1 = a0 + p, b0 + p, a1 - s, b1 - s
        if a0 == a1 and b0 == b1:
            continue
        if a1 - a0 + b1 - b0 > _SMALL_BLOCK:
            mid = (b0 + b1) // 2
            size = b1 - b0
            probes = [mid + d for d in (0, 1, -1, 2, -2, 3, -3)]
            probes += [b0 + size * k // 16 for k in range(1, 16)]  # then spread over the block
            for j in probes:
                if not b0 <= j < b1 or len(b[j].strip()) < 12:
                    continue
                line = b[j]
                try:
                    i = a.index(line, a0, a1)
                except ValueError:
                    continue
                if line in a[i + 1:a1] or line in b[b0:j] or line in b[j + 1:b1]:
                    continue
                stack.append((i + 1, a1, j + 1, b1))  # popped after the left part: blocks stay in order
                stack.append((a0, i, b0, j))
                break
            else:
                out.append((a0, a1, b0, b1))
            continue
        out.append((a0, a1, b0, b1))
    return out


def _merged(blocks: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Changed blocks closer than _MERGE_GAP lines as one (blanked again as one region)."""
    merged: list[tuple[int, int, int, int]] = []
    for blk in blocks:
        if merged and blk[0] - merged[-1][1] < _MERGE_GAP:
            merged[-1] = (merged[-1][0], blk[1], merged[-1][2], blk[3])
        else:
            merged.append(blk)
    return merged


def _offsets(lines: list[str], indices: list[int]) -> list[int]:
    """Offsets of the starts of lines `indices` (ascending) in "\n".join(lines), summed in C."""
    out = []
    pos = prev = 0
    for i in indices:
        pos += sum(map(len, lines[prev:i])) + (i - prev)
        prev = i
        out.append(pos)
    return out


def _merge(intervals: list[list[int]], gap: int) -> list[list[int]]:
    """Sorted intervals [lo, hi] merged when they overlap or lie closer than `gap`."""
    out: list[list[int]] = []
    for lo, hi in sorted(intervals):
        if out and lo - out[-1][1] < gap:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return out


_RESCAN_GAP = 8  # lines: re-scan the lines between two nearby regions too (one scan costs ~240 searches)


def update(old: Version, text: str) -> Version | None:
    """The Version of `text`, a new version of `old`'s file; None when re-use cannot be shown exact (the
    caller then analyses the whole text). Regions of whole lines around each changed block are blanked
    again and re-scanned; the rest is kept, shifted."""
    if text == old.text:
        return old
    kind = old.kind
    a_lines, b_lines = old.lines, text.split("\n")
    na, nb = len(a_lines), len(b_lines)
    # 1. regions: old lines [la, lb) <-> new lines [la + shift before, lb + shift after); MARGIN characters
    # after each change (a string's blanking looks back from its start), whole old triple-quoted strings,
    # nearby regions merged.
    regions: list[list[int]] = []  # [la, lb, shift before, shift after] (shift: lines added before)
    blocks = _changed_blocks(a_lines, b_lines)  # the lines between two are the same text
    for a0, a1, b0, b1 in _merged(blocks):
        lb, acc = a1, 0
        while lb < na and acc < MARGIN:
            acc += len(a_lines[lb]) + 1
            lb += 1
        shift = b1 - a1
        if regions and a0 <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], lb)
            regions[-1][3] = shift
        else:
            regions.append([a0, lb, b0 - a0, shift])
    if not regions:
        return old
    if kind == "py" and old.strings:
        # A string is blanked as a whole: a region's end inside an old triple-quoted string moves to the
        # string's edge, again while it lands inside another (strings only share a line at their ends, so
        # one string at most holds a given line strictly inside; their first and last lines ascend).
        firsts = [sp[0] for sp in old.strings]
        lasts = [sp[1] for sp in old.strings]
        widened = False
        for r in regions:
            j = bisect_left(firsts, r[0]) - 1  # of the strings starting before r[0], the one ending last
            while j >= 0 and lasts[j] >= r[0]:
                r[0] = firsts[j]
                widened = True
                j = bisect_left(firsts, r[0], 0, j) - 1
            j = bisect_left(firsts, r[1]) - 1
            while j >= 0 and lasts[j] >= r[1]:
                r[1] = lasts[j] + 1
                widened = True
                j = bisect_left(firsts, r[1]) - 1
        if widened:  # overlapping regions merge (widening keeps their order)
            merged: list[list[int]] = []
            for r in regions:
                if merged and r[0] <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], r[1])
                    merged[-1][3] = r[3]
                else:
                    merged.append(r)
            regions = merged
    before = old.text
    n1 = len(text)
    old_offs = _offsets(a_lines, [x for r in regions for x in (r[0], r[1])])
    new_offs = _offsets(b_lines, [x for r in regions for x in (r[0] + r[2], r[1] + r[3])])
    # 2. blank each region again; splice its code lines in
    code_lines: list[str] = []
    strings: list[tuple[int, int, int, int]] = []
    prev = 0
    si = 0
    old_strings = old.strings
    string_ends: set[int] | None = None  # where the old triple-quoted strings end
    moved = 0  # characters added before the current region
    for k, (la, lb, sb, _sa) in enumerate(regions):
        a1, b1 = min(new_offs[2 * k], n1), min(new_offs[2 * k + 1], n1)
        if kind == "py":
            region = text[a1:b1]
            a0 = min(old_offs[2 * k], len(before))
            for quote in _TRIPLES:
                # A triple quote here could close a string the old text left open before the region: an
                # opening quote with no quote after it. None can be when the old text has that quote after
                # the region's start, or none before it, or when its last one before ends a string.
                if quote not in region or before.find(quote, a0) != -1:
                    continue
                last = before.rfind(quote, 0, a0)
                if last != -1:
                    if string_ends is None:
                        string_ends = {sp[3] for sp in old_strings}
                    if last + 3 not in string_ends:
                        return None
        blanked = _blank(text, kind, a1, b1)
        if blanked is None:
            return None  # a string runs past the region
        piece, new_strings = blanked
        if len(piece.lower()) != len(piece):
            return None
        piece_lines = cap_lines(piece).split("\n")  # capped, as `full` caps them
        if lb < na:
            piece_lines.pop()  # the region ends with a newline
        code_lines += old.code_lines[prev:la]
        code_lines += piece_lines
        prev = lb
        while si < len(old_strings) and old_strings[si][0] < la:
            first, last, st, en = old_strings[si]
            strings.append((first + sb, last + sb, st + moved, en + moved))
            si += 1
        while si < len(old_strings) and old_strings[si][0] < lb:
            si += 1
        for st, en in new_strings:
            first = la + sb + text.count("\n", a1, st)
            strings.append((first, first + text.count("\n", st, en), st, en))
        moved = b1 - min(old_offs[2 * k + 1], len(before))
    code_lines += old.code_lines[prev:]
    shift_end = regions[-1][3]
    strings += [(first + shift_end, last + shift_end, st + moved, en + moved)
                for first, last, st, en in old_strings[si:]]
    code = "\n".join(code_lines)
    low = code.lower()
    size = len(code)
    # 3. lines to re-scan (0-based, new): MARGIN characters of code around each run of lines whose code
    # changed, for the line patterns and imports, and the windows that overlap such a run for the multi-line
    # patterns. Outside the runs the code is the same text as before (a line's code equal to the old line's
    # it corresponds to), so what the patterns found there is kept. A changed block that adds or removes
    # lines is a run as a whole (even when empty: lines removed there); in one that keeps its number of
    # lines, and in the rest of each region (blanked again), only the lines whose code differs.
    old_code = old.code_lines
    b_starts = [blk[2] for blk in blocks]

    def to_old(i: int, left: bool) -> int:  # a new line index outside the runs -> the old one
        r = bisect_right(b_starts, i) - 1
        if r < 0:
            return i
        a0, a1, b0, b1 = blocks[r]
        # in a block of as many lines (or, for the start of a span, at a block's first line) line for line;
        # after a block, shifted by what it added
        return i - (b0 - a0) if i < b1 or (left and i == b0) else i - (b1 - a1)

    marks: list[tuple[int, int]] = []
    for a0, a1, b0, b1 in blocks:
        if a1 - a0 != b1 - b0:
            marks.append((b0, b1))
        elif code_lines[b0:b1] != old_code[a0:a1]:
            marks += [(i, i + 1) for i in range(b0, b1) if code_lines[i] != old_code[i - b0 + a0]]
    for la, lb, sb, sa in regions:
        for i in range(la + sb, lb + sa):
            q = bisect_right(b_starts, i) - 1
            if q >= 0 and i < blocks[q][3]:
                continue  # in a block: above
            if code_lines[i] != old_code[i - (blocks[q][3] - blocks[q][1] if q >= 0 else 0)]:
                marks.append((i, i + 1))
    marks.sort()
    runs: list[list[int]] = []
    for i0, i1 in marks:
        if runs and i0 <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], i1)
        else:
            runs.append([i0, i1])
    ends = _offsets(code_lines, [x for run in runs for x in run])
    line_spans: list[list[int]] = []
    window_spans: list[list[int]] = []
    count = code.count
    for k, (nla, nlb) in enumerate(runs):
        ca, cb = min(ends[2 * k], size), min(ends[2 * k + 1], size)
        lo = code.rfind("\n", 0, max(0, ca - MARGIN)) + 1
        j = code.find("\n", cb + MARGIN - 1) if cb + MARGIN - 1 < size else -1
        line_spans.append([nla - count("\n", lo, ca), nlb + count("\n", cb, j + 1) if j != -1 else nb])
        wlo = 0 if ca - _WINDOW + 1 <= 0 else code.find("\n", ca - _WINDOW) + 1
        window_spans.append([nla - count("\n", wlo, ca), nlb])
    line_spans = _merge(line_spans, _RESCAN_GAP)
    window_spans = _merge(window_spans, _RESCAN_GAP)
    a_starts = [blk[0] for blk in blocks]

    def shift_of(j: int) -> int:  # lines added before old line index j (outside the runs)
        r = bisect_right(a_starts, j) - 1
        return blocks[r][3] - blocks[r][1] if r >= 0 else 0

    fresh: Found = {}
    imports_new: list[Evidence] = []
    offs = _offsets(code_lines, sorted({x for sp in line_spans + window_spans for x in sp}))
    at = dict(zip(sorted({x for sp in line_spans + window_spans for x in sp}), offs, strict=True))
    for lo_i, hi_i in line_spans:
        lo, hi = min(at[lo_i], size), min(at[hi_i], size)
        _scan_lines(code, low, _CODE_SCAN, fresh, lo, hi, lo_i + 1, 0, -1, 1, multi=False)
        if kind == "py":
            imports_new += _import_lines(code, lo, hi, lo_i + 1)
    for lo_i, hi_i in window_spans:
        _scan_lines(code, low, _CODE_SCAN, fresh, 0, 0, 1, min(at[lo_i], size), min(at[hi_i], size), lo_i + 1,
                    single=False)
    # old line numbers (1-based) of the re-scanned lines: [lo, hi) for line patterns and imports, window
    # starts [lo, hi] (hi + 1 exclusive) for the multi-line ones
    old_line_spans = [(to_old(lo, True) + 1, to_old(hi, False) + 1) for lo, hi in line_spans]
    old_window_spans = [(to_old(lo, True) + 1, to_old(hi, False) + 2) for lo, hi in window_spans]

    def kept(items: list[Any], spans: list[tuple[int, int]], key: Any, move: Any) -> list[Any]:
        """The old items (sorted by line) outside the spans, moved to their new lines: between two spans
        all lines moved by the same number (every block that adds or removes lines lies inside a span)."""
        out: list[Any] = []
        start = 0
        for lo, hi in [*spans, (len(a_lines) + 2, 0)]:
            end = bisect_left(items, lo, start, key=key)
            if end > start:
                d = shift_of((key(items[start]) if key else items[start]) - 1)
                out += items[start:end] if not d else [move(x, d) for x in items[start:end]]
            start = max(end, bisect_left(items, hi, end, key=key)) if hi else end
        return out

    # 4. what was found: the old outside the re-scanned lines (shifted), the new inside
    found: Found = {}
    old_found = old.found
    fact_of = _pattern_keys(_CODE_SCAN).fact_of
    for name in old_found.keys() | fresh.keys():  # the entries that found something (the order is not read)
        got = old_found.get(name)  # per pattern entry: each one's lines are ascending
        new = fresh.get(name)
        if fact_of[name] in _MULTILINE:
            merged_found = kept(got or [], old_window_spans, _first, _move_window) + (new or [])
            merged_found.sort(key=_first)
        else:
            merged_found = kept(got or [], old_line_spans, None, int.__add__) + (new or [])
            merged_found.sort()
        if merged_found:
            found[name] = merged_found
    imports: list[Evidence] = []
    if kind == "py":
        imports = kept(old.imports, old_line_spans, _first, _move_import) + imports_new
        imports.sort(key=_first)  # stable: a line's modules keep their order
    trackers = _trackers(old.trackers, blocks, b_lines)
    if trackers is None:
        trackers = tracker_option_rows(text)
    return Version(kind, text, code_lines, b_lines, strings, found, imports, trackers)


def _trackers(rows: list[tuple[int, str]], blocks: list[tuple[int, int, int, int]],
              b_lines: list[str]) -> list[tuple[int, str]] | None:
    """The tracking-option rows of the new version from the old one's: the old rows outside the changed blocks
    (the lines between two blocks are the same text), moved to their new lines, and the changed blocks' lines
    read again; None when a changed line cannot be read on its own (`tracker_option_lines`)."""
    out: list[tuple[int, str]] = []
    i, n, delta = 0, len(rows), 0
    for a0, a1, b0, b1 in blocks:
        while i < n and rows[i][0] <= a0:  # (line numbers are 1-based: line a0 + 1 is the block's first)
            out.append(rows[i] if not delta else (rows[i][0] + delta, rows[i][1]))
            i += 1
        while i < n and rows[i][0] <= a1:
            i += 1
        fresh = tracker_option_lines(b_lines, b0, b1)
        if fresh is None:
            return None
        out += fresh
        delta = b1 - a1
    out += rows[i:] if not delta else [(line + delta, names) for line, names in rows[i:]]
    return out


def _move_window(window: tuple[int, list[int]], d: int) -> tuple[int, list[int]]:
    return window[0] + d, [n + d for n in window[1]]


def _move_import(item: Evidence, d: int) -> Evidence:
    return [item[0] + d, item[1]]


def _first(item: Any) -> Any:
    return item[0]


class Versions:
    """The last analysed version of each script path (`FactIndex(incremental=True)`, for `history`)."""

    #: Characters of script text kept (with their lines, about five times that in memory): the files edited
    #: most recently stay, so a long walk re-uses most versions and the process stays under its memory
    #: budget (deepchem's history kept 48 MB of versions without a bound); an evicted file's next version is
    #: analysed in full, with the same facts.
    BUDGET = 4_000_000

    def __init__(self, budget: int | None = None) -> None:
        self.by_path: dict[str, Version] = {}  # least recently analysed first
        self.budget = self.BUDGET if budget is None else budget
        self.size = 0
        self.reused = 0  # analyses that re-used the version before
        self.full = 0

    def analyze(self, path: str, text: str, kind: str) -> Facts:
        if kind not in KINDS:
            return analyze(path, text, kind)
        old = self.by_path.get(path)
        version: Version | None = None
        if old is not None and old.kind == kind:
            with contextlib.suppress(ValueError, IndexError, KeyError, RecursionError):
                version = update(old, text)
        if version is not None:
            self.reused += 1
            facts = version.facts()
        else:
            self.full += 1
            try:
                facts, version = full(path, text, kind)
            except (ValueError, IndexError, KeyError, RecursionError):  # odd content: as `analyze` has it
                facts, version = analyze(path, text, kind), None
        if old is not None:
            del self.by_path[path]
            self.size -= len(old.text)
        if version is not None:
            self.by_path[path] = version  # now the most recent
            self.size += len(version.text)
            while self.size > self.budget and self.by_path:
                gone = next(iter(self.by_path))
                self.size -= len(self.by_path.pop(gone).text)
        return facts
