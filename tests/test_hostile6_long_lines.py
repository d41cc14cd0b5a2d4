"""Hostile review 7: a file that is one long line full of pattern words (a 2 MB line of `seed seed ...`, a
notebook cell of 20 MB on one line) made `check` quadratic: for every hint the scanner found, it searched back
to the start of the range for the line's start (17 s for 2 MB, a hang for a notebook cell). Speed is measured in
benchmarks; this test counts the characters the line-start search reads, which is what grew quadratically."""

from __future__ import annotations

import pytest

from deeprules.checks import scan


class _CountingText(str):
    """A str whose rfind records how many characters each call may read (end - start)."""

    scanned = 0

    def rfind(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        lo = 0 if start is None else start
        hi = len(self) if end is None else end
        _CountingText.scanned += max(0, hi - lo)
        return str.rfind(self, sub, start, end)


def _keys() -> scan._PatternKeys:
    keys = scan._pattern_keys(scan.CODE_PATTERNS)
    if keys.automaton is None:
        pytest.skip("pyahocorasick is not installed (the per-hint search has no line-start search)")
    return keys


def _reference(keys: scan._PatternKeys, code: str) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for end, (n, length) in keys.automaton.iter(code.lower(), 0, len(code)):
        found.setdefault(n, set()).add(code.rfind("\n", 0, end - length + 1) + 1)
    return found


def test_the_line_start_search_reads_each_character_about_once_on_one_long_line() -> None:
    keys = _keys()
    code = _CountingText("torch.manual_seed(0) seed random_state " * 20000)  # 780,000 characters, one line
    _CountingText.scanned = 0
    got = keys.lines_holding(code, code.lower(), 0, len(code))
    assert got and all(starts == {0} for starts in got.values())
    assert _CountingText.scanned <= 2 * len(code), f"read {_CountingText.scanned:,} characters for {len(code):,}"


@pytest.mark.parametrize("text", [
    "import torch\ntorch.manual_seed(0)\n\nx = train_test_split(a, random_state=1)  # seed\n",
    "seed\n" * 50 + "np.random.seed(1); torch.manual_seed(2)\n\n\nrandom_state=3\n",
    "\n\n\nseed seed\nseed\n",
])
def test_the_lines_found_are_those_of_a_plain_search(text: str) -> None:
    keys = _keys()
    assert keys.lines_holding(text, text.lower(), 0, len(text)) == _reference(keys, text)
