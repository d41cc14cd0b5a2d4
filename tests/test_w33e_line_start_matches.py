"""`scan._line_start_matches` gives the matches `finditer` gives, for each line-anchored regex it serves (session 18:
they are tried only at the start of the lines holding a literal every match holds), and the readers built on it
find what they found before."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from deeprules.checks import scan

#: (regex, the literal every match holds on its first line), as the readers call `_line_start_matches`
_SERVED = [
    (scan._IMPORT_RE.get(), "import"),
    (scan._ESTIMATOR_ALIAS, "import"),
    (scan._FRAMEWORK_ALIAS, "import"),
    (scan._NAME_LOOP, "for"),
    (scan._NUMBER_LIST, "["),
]

#: lines that match or nearly match them, and a multi-line `import_module(` call (a match running past its line)
_LINES = [
    "import torch as tr", "import numpy as np", "from sklearn.linear_model import LogisticRegression as LR",
    "from . models import *", "from .x import (a, b,", "    import os, sys", "x = importlib.import_module(",
    "    'pkg.commands.' + name)", "importlib.import_module(f\"pkg.cmd.{name}\")", "lr = [0.1, 0.01, 1e-3]",
    "batch = [16, 32]", "for lr in lr:", "for batch in batch :", "    for dout in dropout:", "# import wandb",
    "s = 'for x in y:'", "", "  ", "\t", "x = [a[0], 1]", "import", "for", "[", "from sklearn import SVC as S",
]


def _finditer(rx: re.Pattern[str], code: str, lo: int, hi: int) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in rx.finditer(code, lo, hi)]


def _served(rx: re.Pattern[str], needle: str, code: str, lo: int,
            hi: int) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in scan._line_start_matches(rx, code, needle, lo, hi)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=30), st.data())
def test_the_matches_are_those_finditer_gives(lines: list[str], data: st.DataObject) -> None:
    code = "\n".join(lines)
    starts = [0] + [i + 1 for i, c in enumerate(code) if c == "\n"]
    lo = data.draw(st.sampled_from(starts))  # a line start, as the callers give
    hi = data.draw(st.integers(lo, len(code)))
    for rx, needle in _SERVED:
        assert _served(rx, needle, code, lo, hi) == _finditer(rx, code, lo, hi)
        assert _served(rx, needle, code, 0, len(code)) == _finditer(rx, code, 0, len(code))


def test_a_match_running_past_its_line_hides_the_next_line_as_finditer_does() -> None:
    # the second line would match from its own start, but the first line's match runs into it
    code = 'x = importlib.import_module(\n"pkg.cmd." + importlib.import_module("x." + y)\nimport os\n'
    rx = scan._IMPORT_RE.get()
    assert rx.match(code, code.index("\n") + 1) is not None
    assert _served(rx, "import", code, 0, len(code)) == _finditer(rx, code, 0, len(code))
    assert len(_finditer(rx, code, 0, len(code))) == 2


def test_the_literal_list_loops_are_found_as_before() -> None:
    code = "learning_rate = [0.2, 0.1, 0.05]\nbatches = [16, 32]\nfor lr in learning_rate:\n    for batch in batches:\n"
    facts: scan.Facts = {}
    scan._literal_list_loops(code, scan._Lines(code), facts)
    assert [row[0] for row in facts["grid_loop"]] == [3, 4]
    none: scan.Facts = {}
    scan._literal_list_loops("for lr in rates:\n    pass\n", scan._Lines("for lr in rates:\n    pass\n"), none)
    assert "grid_loop" not in none
