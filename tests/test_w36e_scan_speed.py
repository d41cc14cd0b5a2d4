"""Session 20 (w36e): two engine shortcuts of `_scan_lines` that must find exactly what the plain searches find.

- `line_needle` reads blanks captured by a group after `^` (`^([ \\t]*)for ...`, interp_ablate's loop, whose
  back-reference to the indent left it searched at every position of every window): the pattern is then tried only
  at the lines where its needle follows blanks, as w35e's anchored loops are.
- The windows `history` re-scans around an edit (`single=False`) take the lines of the multi-line patterns' hints
  from one pass of an automaton of those hints (`multi_automaton`), not a search per hint of each pattern.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deeprules.checks import scan

_PK = scan._pattern_keys(scan._CODE_SCAN)
_ANCHORED = [(_PK.names[i], scan._CODE_SCAN[i][2].get(), needle[1], needle[0], scan.line_filter(scan._CODE_SCAN[i][2]))
             for i, needle in _PK.line_needles.items() if needle is not None]

#: lines that build, or nearly build, matches of interp_ablate (a feature zeroed or permuted in a loop, then the
#: model asked again) and of the other loops, at several indents, a match's lines apart or together
_LINES = [
    "for i in range(X.shape[1]):", "    X_perm = X.copy()", "    X_perm[:, i] = 0", "    score = model.predict(X_perm)",
    "  for j in range(n_features):", "      x[:, j] = 0", "      y = net(x)", "    x[:, j] = 0.0  # ablated",
    "for g in range(len(genes)):", "    Xs[:, g] = np.random.permutation(Xs[:, g])", "    out = evaluate(model, Xs)",
    "\tfor f in range(len(feats)):", "\t\tx[:, f] = 0.0  # ablate", "\t\tpred = model(x)",
    "\tnp.random.shuffle(x[:, f])",
    "for snp in range(n_snps):", "    geno[:, snp] = 0", "    test_score(model, geno)", "for i in range(10):",
    "for n in ncomps:", "    model = PLSRegression(n_components=n).fit(X, y)", "for s in np.unique(subjects):",
    "    test = subjects == s", "for thr in thresholds:", "    precisions.append(precision_score(y, p > thr))",
    "# for i in range(X.shape[1]):", "x = 'for i in range(X.shape[1]):'", "", "   ", "pass",
    "model.fit(X, y, epochs=3)",
    "class Net(nn.Module):", "    def forward(self, x):", "if seed is not None:", "    torch.manual_seed(seed)",
]


def test_interp_ablate_is_anchored() -> None:
    names = {name for name, *_ in _ANCHORED}
    assert "interp_ablate" in names
    assert {"search_loop_fit", "kwarg_loop", "search_index_loop", "split_unit_loop"} <= names
    assert all(filt is not None for *_, filt in _ANCHORED)


@pytest.mark.parametrize(("pattern", "flags", "needle"), [
    (r"^([ \t]*)for\s+(\w+)", re.M, (False, "for")),
    (r"(?m)^([ \t]*)for[ \t]+(\w+)\n\1x", 0, (False, "for")),
    (r"^( *)class\s", re.M, (False, "class")),
    (r"^(\s*)for\s", re.M, None),  # blanks that may be newlines
    (r"^([ \t]*x)for\s", re.M, None),  # the group holds more than blanks
    (r"^([ \t]+)for\s", re.M, None),  # at least one blank: not read (the needle's test allows none)
    (r"^(?i:[ \t]*)for\s", re.M, None),  # a group with flags of its own
    (r"^([ \t]*)for\s", 0, None),  # `^` at the text's start only
])
def test_line_needle_reads_blanks_in_a_group(pattern: str, flags: int, needle: tuple[bool, str] | None) -> None:
    assert scan.line_needle(scan.LazyRe(pattern, flags)) == needle


def _windows(rx: re.Pattern[str], code: str, lo: int, hi: int) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in rx.finditer(code, lo, hi)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=30), st.data())
def test_each_window_gives_the_matches_finditer_gives(lines: list[str], data: st.DataObject) -> None:
    code = "\n".join(lines)
    starts = [0] + [i + 1 for i, c in enumerate(code) if c == "\n"]
    span_lo = data.draw(st.sampled_from(starts))
    lo = data.draw(st.sampled_from([s for s in starts if s >= span_lo]))
    hi = data.draw(st.integers(lo, len(code)))
    for _name, rx, needle, folded, filt in _ANCHORED:
        found = scan._needle_lines(code.lower() if folded else code, needle, span_lo, len(code))
        found = [at for at in found if filt is None or filt.match(code, at)]
        got = [(m.start(), m.end(), m.groups()) for m in scan._anchored_matches(rx, code, found, lo, hi)]
        assert got == _windows(rx, code, lo, hi)


def test_the_lines_reach_matches_of_interp_ablate() -> None:
    rx = next(rx for name, rx, *_ in _ANCHORED if name == "interp_ablate")
    assert rx.search("\n".join(_LINES[:4]))
    assert rx.search("\n".join(["\tfor f in range(len(feats)):", "\t\tx[:, f] = 0.0  # ablate", "\t\tpred = model(x)"]))


def _scan_both_ways(code: str, wlo: int, whi: int, wline_lo: int) -> tuple[scan.Found, scan.Found]:
    low = code.lower()
    found: scan.Found = {}
    scan._scan_lines(code, low, scan._CODE_SCAN, found, 0, 0, 1, wlo, whi, wline_lo, single=False)
    kept = _PK.multi_automaton, _PK.line_needles
    try:  # the hints searched one by one, and no pattern anchored: every window searched by finditer
        _PK.multi_automaton, _PK.line_needles = None, dict.fromkeys(_PK.line_needles)
        before: scan.Found = {}
        scan._scan_lines(code, low, scan._CODE_SCAN, before, 0, 0, 1, wlo, whi, wline_lo, single=False)
    finally:
        _PK.multi_automaton, _PK.line_needles = kept
    return found, before


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=40), st.data())
def test_windows_alone_find_what_the_plain_searches_found(lines: list[str], data: st.DataObject) -> None:
    if _PK.multi_automaton is None:
        pytest.skip("pyahocorasick is not installed")
    code = scan.cap_lines(scan.strip_python("\n".join(lines)))
    starts = [0] + [i + 1 for i, c in enumerate(code) if c == "\n"]
    k = data.draw(st.integers(0, len(starts) - 1))
    j = data.draw(st.integers(k, len(starts) - 1))
    found, before = _scan_both_ways(code, starts[k], starts[j], k + 1)
    assert found == before


def test_windows_alone_on_a_loop_that_ablates() -> None:
    code = "\n".join(["import numpy as np", *_LINES[:4], *_LINES[8:11]])
    found, before = _scan_both_ways(code, 0, len(code) - 1, 1)
    assert found == before
    assert "interp_ablate" in found

