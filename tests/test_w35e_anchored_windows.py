"""Session 20: the multi-line patterns anchored at a line's start are tried, in `_scan_lines`' windows, only at the
lines where they can start (`line_needle` after blanks, and `line_filter` matching there in the whole code), found
once for all the windows. They give the matches `finditer` gives in each window, and `_scan_lines` finds what it
found when every window was searched with `finditer`."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deeprules.checks import scan

_PK = scan._pattern_keys(scan._CODE_SCAN)
#: (name, regex, needle, folded, filter) of every anchored multi-line pattern of the code scan
_ANCHORED = [(_PK.names[i], scan._CODE_SCAN[i][2].get(), needle[1], needle[0], scan.line_filter(scan._CODE_SCAN[i][2]))
             for i, needle in _PK.line_needles.items() if needle is not None]

#: lines that build, or nearly build, matches of those patterns (loops over values fitting a model, leave-one-unit-out
#: loops, optional seeds and splits, network heads), a match's lines apart or together
_LINES = [
    "for n in ncomps:", "    model = PLSRegression(n_components=n).fit(X, y)", "  clf = SVC(C=int(n), kernel='rbf')",
    "for min_c in min_cluster_size:", "    labels = hdbscan.HDBSCAN(min_cluster_size=int(min_c),",
    "        prediction_data=True).fit(X)", "    hdbscan.HDBSCAN(min_cluster_size=min_c).fit_predict(X)",
    "for (i in 0:10) {", "  fit <- cv.glmnet(x, y, alpha = i/10)", "  m <- svm(x, y, cost = i * 2)", "}",
    "for s in np.unique(subjects):", "    test = subjects == s", "    ts_idx = subj_nums == s",
    "for study in studies:", "FOR study IN STUDIES:", "    if study != s:", "    IF train_study != study:",
    "        predict(model, x)", "        Test = x", "for(i in names(TrackingAll)){",
    "  CombineTrainingsData(TrackingAll[names(TrackingAll) != i])", "for x in train_files:",
    "    s = get_subject_id(x)", "def make_split(df):", "    k = get_patient_ids(df)", "if splits is not None:",
    "    splits = np.load(splits)", "if seed is not None:", "    torch.manual_seed(seed)", "if args.seed:",
    "    random.seed(args.seed)", "class Head(nn.Module):", "    def __init__(self, backbone, n):",
    "for thr in thresholds:", "    precisions.append(precision_score(y, p > thr))", "    for k in range(10):",
    "# for n in grid:", "x = 'for n in grid:'", "format(x)", "before = 1", "\tfor lr in lrs:", "", "   ", "pass",
    "    knn = KNeighborsClassifier(n_neighbors=k)", "    knn.fit(X, y)", "for k in ks:  # the neighbours",
]


def _windows(rx: re.Pattern[str], code: str, lo: int, hi: int) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in rx.finditer(code, lo, hi)]


def _anchored(rx: re.Pattern[str], needle: str, folded: bool, filt: re.Pattern[str] | None, code: str,
              span_lo: int, lo: int, hi: int) -> list[tuple[int, int, tuple[str | None, ...]]]:
    starts = scan._needle_lines(code.lower() if folded else code, needle, span_lo, len(code))
    starts = [at for at in starts if filt is None or filt.match(code, at)]
    return [(m.start(), m.end(), m.groups()) for m in scan._anchored_matches(rx, code, starts, lo, hi)]


def test_the_loops_without_a_window_finder_are_anchored() -> None:
    names = {name for name, *_ in _ANCHORED}
    assert {"search_loop_fit", "kwarg_loop", "search_index_loop", "split_unit_loop"} <= names
    assert all(filt is not None for *_, filt in _ANCHORED)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=30), st.data())
def test_each_window_gives_the_matches_finditer_gives(lines: list[str], data: st.DataObject) -> None:
    code = "\n".join(lines)
    starts = [0] + [i + 1 for i, c in enumerate(code) if c == "\n"]
    span_lo = data.draw(st.sampled_from(starts))  # the windows' span starts at a line, as `_scan_lines` has it
    lo = data.draw(st.sampled_from([s for s in starts if s >= span_lo]))  # a window's start: a line of the span
    hi = data.draw(st.integers(lo, len(code)))  # its end: anywhere (the text cut there)
    for _name, rx, needle, folded, filt in _ANCHORED:
        assert _anchored(rx, needle, folded, filt, code, span_lo, lo, hi) == _windows(rx, code, lo, hi)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=40))
def test_scan_lines_finds_what_finditer_over_every_window_found(lines: list[str]) -> None:
    code = scan.cap_lines(scan.strip_python("\n".join(lines)))
    low = code.lower()
    found: scan.Found = {}
    scan._scan_lines(code, low, scan._CODE_SCAN, found, 0, len(code), 1, 0, len(code), 1)
    needles = _PK.line_needles
    try:
        _PK.line_needles = dict.fromkeys(needles)  # no pattern anchored: every window searched by finditer
        before: scan.Found = {}
        scan._scan_lines(code, low, scan._CODE_SCAN, before, 0, len(code), 1, 0, len(code), 1)
    finally:
        _PK.line_needles = needles
    assert found == before


@pytest.mark.parametrize(("pattern", "flags", "needle"), [
    (r"^[ \t]*for\s+(\w+)", re.M, (False, "for")),
    (r"^ *class\s", re.M, (False, "class")),
    (r"^def\s", re.M, (False, "def")),
    (r"^[ \t]*FOR\s", re.M | re.I, (True, "for")),
    (r"^[ \t]*for\s", 0, None),  # `^` at the text's start only
    (r"^\s*for\s", re.M, None),  # blanks that may be newlines: the needle may lie on a later line
    (r"^[ \t]*(el)?if\s", re.M, None),  # no literal right after the blanks
    (r"^[ \t]*f\s", re.M, None),  # too short
    (r"for\s", re.M, None),
])
def test_line_needle(pattern: str, flags: int, needle: tuple[bool, str] | None) -> None:
    assert scan.line_needle(scan.LazyRe(pattern, flags)) == needle


def test_the_filter_stops_before_a_back_reference() -> None:
    filt = scan.line_filter(scan.LazyRe(r"^[ \t]*for\s+(\w+)\s+in\s+\w+:\n[^\n]*=\s*\1\b(?!x)", re.M))
    assert filt is not None
    # the part before the reference matches where the whole would, and also where the reference fails
    assert filt.match("for n in grid:\n  f(k=n)", 0) and filt.match("for n in grid:\n  f(k=m)", 0)
    assert filt.match("for n in grid: pass", 0) is None


#: the line patterns anchored at a line's start, which `_scan_lines` tries with `match` at each candidate line
_LINE_ANCHORED = [scan._CODE_SCAN[i][2].get() for i in sorted(_PK.anchored)]


def test_line_anchored() -> None:
    assert scan.line_anchored(scan.LazyRe(r"^[ \t]*class\s", re.M))
    assert not scan.line_anchored(scan.LazyRe(r"^[ \t]*class\s", 0))  # the text's start only
    assert not scan.line_anchored(scan.LazyRe(r"^a|b", re.M))  # one branch only
    assert not scan.line_anchored(scan.LazyRe(r"\bclass\s", re.M))
    assert len(_LINE_ANCHORED) > 40


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_LINES, "class Net(nn.Module):", "import deepchem as dc", "x_train = x[:100]",
                                  "for lr in [0.1, 0.01]:", "from chemprop import train"]), min_size=1, max_size=12))
def test_on_one_line_match_finds_what_search_finds(lines: list[str]) -> None:
    code = "\n".join(lines)
    starts = [0] + [i + 1 for i, c in enumerate(code) if c == "\n"]
    for s in starts:
        end = code.find("\n", s)
        end = len(code) if end == -1 else end
        for rx in _LINE_ANCHORED:
            got, want = rx.match(code, s, end), rx.search(code, s, end)
            assert (got and got.span()) == (want and want.span())
