"""The strings a code pattern needs (`required_strings`): every match holds one of them, so a range or a window
without any (by their keys, or by a search of a window) is skipped without running the pattern, and no fact
changes."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable

from conftest import facts_without_automata
from deeprules.checks import scan
from deeprules.checks.scan import LazyRe, analyze, required_strings


@pytest.mark.parametrize(("pattern", "flags", "want"), [
    (r"\bfoo\s*\(", 0, (False, ("foo",))),
    (r"(alpha|beta)_x|gamma", 0, (False, ("alpha", "beta", "gamma"))),  # a union over the alternatives
    (r"Model\w*\.fit\(", 0, (False, ("model",))),  # lower-cased; the longest shortest string wins
    (r"(?i:Seed)_all|torch", 0, (True, ("seed", "torch"))),  # from a case-insensitive part: folded
    (r"SEED", re.I, (True, ("seed",))),
    (r"(x)?abc", 0, (False, ("abc",))),  # an optional part gives none
    (r"(?<=train)\s*=", 0, (False, ("=",))),  # not from a look-behind (it sees text before the range)
    (r"(ab)+cd?", 0, (False, ("ab",))),
    (r"\w+\s*", 0, None),
    (r"caf\u00e9s", 0, (False, ("caf",))),  # non-ASCII letters end a run
])
def test_required_strings(pattern: str, flags: int, want: tuple[bool, tuple[str, ...]] | None) -> None:
    assert required_strings(LazyRe(pattern, flags)) == want


_TABLES = [lazy for _, _, lazy in (*scan.CODE_PATTERNS, *scan._PROV_PATTERNS, *scan._CFG_PATTERNS)]


@pytest.mark.parametrize("lazy", _TABLES[::9], ids=lambda lazy: lazy.pattern[:30])
def test_every_match_holds_a_required_string(lazy: LazyRe) -> None:
    strings = required_strings(lazy)
    if strings is None:
        return
    folded, needed = strings
    pattern = lazy.get()

    @settings(max_examples=5, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern, fullmatch=True))
    def holds(text: str) -> None:
        if pattern.fullmatch(text) is None or (folded and not text.isascii()):
            return
        assert any(x in text.lower() for x in needed), (lazy.pattern, text, needed)

    try:
        holds()
    except Unsatisfiable:  # look-aheads that hypothesis filters on: it draws no match of the whole pattern
        pytest.skip("hypothesis draws no match of this pattern (its look-aheads filter every example)")


def test_windows_and_ranges_without_the_strings_find_the_same() -> None:
    """A multi-line pattern whose window lacks its string finds nothing there; one that has it still finds."""
    fit = "model.fit(x, y,\n          batch_size=32,\n          epochs=10)\n"
    no_epochs = "model.fit(x, y,\n          batch_size=32)\n"
    assert [line for line, _ in analyze("t.py", fit)["fit_epochs"]] == [1]
    assert "fit_epochs" not in analyze("t.py", no_epochs)
    # a case-insensitive pattern on text that is not ASCII is never skipped by its lower-cased strings
    # (w24d: a bare `import shap` is no interpretation; its call is)
    assert [ev[1] for ev in analyze("t.py", "# \u017f\nimport shap\nshap.TreeExplainer(model)\n")["interp"]] == [
        "shap.TreeExplainer(model)"]


def test_the_automaton_finds_what_the_searches_per_hint_find(monkeypatch: pytest.MonkeyPatch) -> None:
    """pyahocorasick's one pass over a range and the substring search per hint give the same facts."""
    texts = ["x = attr.integrated_gradients(model, x.shape)\nacc = 'ERR1234567'; layers = 2\n"
             "res = tune_grid(wf, resamples = train_folds)\nclf = GaussianNB()\ntf.random.set_seed(1)\n"
             "X_test = data[labels.strat_fold == 10]  # layers\ntrain = df[df.admit_year < 2016]  # layers\n",
             "import torch\nx = 'caf\u00e9'\ntorch.manual_seed(0)\nfor lr in [1e-3, 1e-4]:\n    model.fit(x, y,\n"
             "              epochs=3)\nclass Head(nn.Module):\n    def __init__(self, features):\n        pass\n",
             "def knn(train_x, train_y, x):\n    return nearest(train_x, x)\nSEED = 1\nnp.random.seed(SEED)\n"]
    if scan._ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    with_automaton, without = facts_without_automata(monkeypatch, texts)
    assert scan._pattern_keys(scan._CODE_SCAN).automaton is None
    assert without == with_automaton
    assert with_automaton[1]["fit_epochs"] and with_automaton[2]["seed_np"]
