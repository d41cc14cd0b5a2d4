"""Engine shortcuts of the pattern scan (session 10) that must find exactly what the plain searches find: the
shortest strings of a set that cover it, the line of the last hit re-used by `lines_holding`, and the one pass
of an automaton that says which of the multi-line patterns' strings the windows' span holds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import facts_without_automata
from deeprules.checks import scan
from deeprules.checks.scan import _shortest_cover

_WORDS = ["epochs", "n_epochs", "max_epochs", "seed", "set_seed", "trainer", "trainer.", ".train", "torch",
          "er", "ers", "model", "models.", "\n", " ", "(", "=", "__init__", "deterministic"]


def test_the_shortest_cover_keeps_the_strings_that_hold_no_other() -> None:
    assert _shortest_cover(("epochs", "max_epochs", "n_epoch", "n_epochs", "validation_data")) == (
        "epochs", "n_epoch", "validation_data")
    assert _shortest_cover(("a", "a")) == ("a", "a")  # equal strings do not remove each other
    assert _shortest_cover(("trainer", "trainer.")) == ("trainer",)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS[:10]), min_size=1, max_size=6, unique=True),
       st.lists(st.sampled_from(_WORDS), max_size=30).map("".join))
def test_a_text_holds_one_of_the_strings_when_it_holds_one_of_the_cover(strings: list[str], text: str) -> None:
    assert any(x in text for x in strings) == any(x in text for x in _shortest_cover(tuple(strings)))


def _lines_holding_plainly(pk: scan._PatternKeys, code: str, low: str, lo: int, hi: int) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for end, (n, length) in pk.automaton.iter(low, lo, hi):
        nl = code.rfind("\n", lo, end - length + 1)
        found.setdefault(n, set()).add(nl + 1 if nl >= 0 else lo)
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60).map("".join), st.data())
def test_lines_holding_finds_the_lines_a_search_per_hit_finds(code: str, data: st.DataObject) -> None:
    pk = scan._pattern_keys(scan._CODE_SCAN)
    if pk.automaton is None:
        pytest.skip("pyahocorasick is not installed")
    starts = [0, *(i + 1 for i, c in enumerate(code) if c == "\n")]
    lo = data.draw(st.sampled_from(starts))
    hi = data.draw(st.sampled_from([s for s in [*starts, len(code)] if s >= lo]))
    low = code.lower()
    assert pk.lines_holding(code, low, lo, hi) == _lines_holding_plainly(pk, code, low, lo, hi)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60).map("".join), st.data())
def test_the_window_automaton_sees_the_strings_a_search_of_the_span_sees(code: str, data: st.DataObject) -> None:
    pk = scan._pattern_keys(scan._CODE_SCAN)
    if pk.window_automaton is None:
        pytest.skip("pyahocorasick is not installed")
    lo = data.draw(st.integers(0, len(code)))
    hi = data.draw(st.integers(lo, len(code)))
    seen = {x for _, x in pk.window_automaton.iter(code, lo, hi)}
    assert seen == {x for x in pk.window_absent if code.find(x, lo, hi) != -1}


def test_the_multi_line_patterns_find_the_same_without_the_automata(monkeypatch: pytest.MonkeyPatch) -> None:
    """A string at the very end of the windows' span, a window without it, one pattern's strings shared by
    another: the facts with the automata and with a search per string are equal, and found."""
    pad = "x = 1\n" * (scan._WINDOW // 6)
    texts = ["import torch\nmodel.fit(x, y,\n" + pad + "  epochs=3)\n",
             "import torch\nmodel.fit(x, y,\n    epochs=3)\ntorch.backends.cudnn.deterministic = True\n"
             "trainer = pl.Trainer(max_epochs=3)\ntrainer.fit(model)\ntorch.manual_seed(0)\n",
             "import pytorch_lightning as pl\nclass Net(nn.Module):\n    def __init__(self):\n        "
             "self.head = nn.Linear(4, 2)\nseed_everything(1)\n"]
    if scan._ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    with_automata, without = facts_without_automata(monkeypatch, texts)
    assert scan._pattern_keys(scan._CODE_SCAN).window_automaton is None
    assert without == with_automata
    assert with_automata[1]["fit_epochs"] and with_automata[1]["determinism"]


_SEED_LINES = ["def seed_all(seed):", "    torch.manual_seed(seed)", "from utils import set_seed", "set_seed(1)",
               "x = make_reproducible(x)", "def determinism_on():", "    deterministic = True", "", "y = 2",
               "rng = np.random.default_rng(seed=SEED)", "import seedlib", "callbacks = [seed_fn]"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SEED_LINES), max_size=25))
def test_the_seed_names_are_read_on_the_lines_a_line_by_line_reading_finds(lines: list[str]) -> None:
    """`seed_refs` (the seed-named names a file uses, with their lines) as a plain loop over every line has it."""
    import re

    code = "\n".join(lines)
    facts: scan.Facts = {}
    scan._seed_helpers(code, facts)
    refs: dict[str, list[int]] = {}
    for n, line in enumerate(lines, start=1):
        if not any(w in line for w in ("seed", "eterminis", "eproduc")):
            continue
        d = scan._DEF_LINE.match(line)
        if d is None and scan._IMPORT_RE.get().match(line):
            continue
        for w in re.findall(r"\b[A-Za-z_]\w*\b", line[d.end():] if d else line):
            if re.search("seed|determinis|reproduc", w, re.I):
                refs.setdefault(w, []).append(n)
    assert facts.get("seed_refs", []) == [[at[0], w] for w, at in refs.items()]
