"""A multi-line pattern's windows are skipped where its finder (`window_finder`) finds nothing: the finder matches
wherever the pattern matches in a window cut at its end, and reads nothing past its own match, so it matches in
the whole span of the windows too."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deeprules.checks import scan
from deeprules.checks.scan import LazyRe, analyze, window_finder


@pytest.mark.parametrize(("pattern", "text", "cut"), [
    (r"\bfoo\b", "foox", 3),  # the boundary after `foo` sees the next character
    (r"foo(?!bar)", "foobar", 4),  # a look-ahead sees past a window's end
    (r"foo$", "foo bar", 3),
    (r"(?>foox|fo)o", "foox", 3),  # an atomic part takes more of a longer text
])
def test_the_finder_finds_in_the_whole_text_what_the_pattern_finds_in_a_cut(pattern: str, text: str,
                                                                            cut: int) -> None:
    lazy = LazyRe(pattern)
    assert lazy.get().search(text, 0, cut) is not None
    assert lazy.get().search(text) is None  # not a match in the whole text
    finder = window_finder(lazy)
    assert finder is not None
    found = finder.search(text)
    assert found is not None and found.start() < cut


def test_no_finder_for_a_back_reference() -> None:
    assert window_finder(LazyRe(r"(\w+) = \1")) is None


def test_the_finder_starts_at_the_first_literal() -> None:
    finder = window_finder(LazyRe(r"^[ \t]*(el)?if\s+\w*model\w*\s*==", 8))
    assert finder is not None
    assert finder.search("x = 1\n    elif my_model == 2") is not None
    assert finder.search("x = 1\n    elif my_model = 2") is None


#: (session 22: not the patterns with a backreference, `\1`, from which hypothesis cannot draw a match: w37e's layer
#: weights named again in a DataFrame two lines on; their finders are checked by the corpus cases instead)
_FINDERS = [(lazy, finder) for fact, _, lazy in scan._CODE_SCAN if fact in scan._MULTILINE
            and (finder := window_finder(lazy)) is not None and not re.search(r"\\[1-9]", lazy.pattern)]


def test_most_multi_line_patterns_have_a_finder() -> None:
    assert len(_FINDERS) >= 25


@pytest.mark.parametrize(("lazy", "finder"), _FINDERS, ids=lambda x: getattr(x, "pattern", None) or "finder")
def test_a_match_in_a_cut_text_is_found_by_the_finder_in_the_whole_text(lazy: LazyRe, finder: object) -> None:
    pattern = lazy.get()

    @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.text(max_size=6), st.from_regex(pattern, fullmatch=True), st.text(max_size=6))
    def holds(before: str, match: str, after: str) -> None:
        text = before + match + after
        for end in (len(before) + len(match), len(text)):
            m = pattern.search(text, 0, end)
            if m is not None:
                got = finder.search(text, 0, len(text))  # type: ignore[attr-defined]
                assert got is not None and got.start() < end, (lazy.pattern, text)

    holds()


_TEXTS = [
    "if clf_type == 'DNN':\n    model = DNN()\nelif clf_type == 'RF':\n"
    "    clf = RandomForestClassifier(n_estimators=3)\n",
    "model = tf.keras.Model(\n    inputs=[a, b], outputs=[c])\n" + "x = model(y)\n" * 300
    + "m2 = Model(\n  [x1, x2], out)\n",
    "import torch\nfor lr in [1e-3, 1e-4]:\n    model.fit(x, y,\n              epochs=3)\n" + "# model\n" * 900
    + "model.fit(x, y, validation_data=(a, b),\n    epochs=4)\n",
    "def train(seed):\n    if seed is not None:\n        torch.manual_seed(seed)\n" + "model = 1\n" * 2000
    + "if args.seed:\n    pass\n\n\n\n\n\n\n\n    np.random.seed(args.seed)\n",
]


def test_facts_are_those_without_finders(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows far from any match (more than a window apart) and matches near the end give the same facts."""
    with_finders = [analyze("t.py", text) for text in _TEXTS]
    monkeypatch.setattr(scan, "window_finder", lambda lazy: None)
    monkeypatch.setattr(scan, "_PATTERN_KEYS", {})
    assert [analyze("t.py", text) for text in _TEXTS] == with_finders
    assert with_finders[0]["baseline_choice"] and with_finders[1]["model_def"] and with_finders[2]["fit_epochs"]
