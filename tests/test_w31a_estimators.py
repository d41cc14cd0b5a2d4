"""w31a: a scikit-learn estimator imported under another name (peakachu's
`from sklearn.ensemble import RandomForestClassifier as forest`, then `GridSearchCV(forest(), ...)`) is the model of a
repository without a network (DR501), and the file that fits it trains; an alias never called builds nothing. An R
topic model (STdeconvolve's topicmodels::LDA) is one too."""

from __future__ import annotations

from pathlib import Path

from test_checks_corpus import build  # the corpus's repository builder

_TRAIN = ("import numpy as np\nimport random\nfrom sklearn.ensemble import RandomForestClassifier as forest\n"
          "from sklearn.model_selection import GridSearchCV\n\ndef negatives(pool, n):\n"
          "    r = np.random.random()\n    return random.sample(pool, n)\n\ndef train_rf(X, y):\n"
          "    params = {'max_depth': [10, 20], 'random_state': [42]}\n"
          "    model = GridSearchCV(forest(), param_grid=params, cv=3)\n    model.fit(X, y)\n"
          "    return model.best_estimator_\n")
_UNUSED = ("import numpy as np\nfrom sklearn.ensemble import RandomForestClassifier as forest\n"
           "from sklearn.linear_model import LogisticRegression\n\n"
           "def fit(X, y):\n    return LogisticRegression().fit(X, y)\n")


def _verdicts(root: Path, files: dict[str, str]) -> dict[str, str]:
    return {r.id: r.status for r in build(root, files).results}


def test_aliased_estimator_is_the_model_and_trains(tmp_path: Path) -> None:
    got = _verdicts(tmp_path / "r", {"peaks/train_utils.py": _TRAIN})
    assert got["DR501"] == "pass"
    assert got["DR301"] == "fail"  # the negatives are drawn unseeded


def test_alias_never_called_is_no_model(tmp_path: Path) -> None:
    from deeprules.checks.scan import analyze

    rows = analyze("peaks/fit.py", _UNUSED).get("baseline", [])
    assert all("forest" not in str(text) for _, text in rows)


def test_r_topic_model_is_the_model(tmp_path: Path) -> None:
    # w31a: STdeconvolve's LDA, with no network anywhere, is the repository's model (DR501), built with its settings
    got = _verdicts(tmp_path / "r", {"R/functions.R": "fitLDA <- function(counts, k = 5, seed = 0) {\n"
                                                      "  controls <- list(seed = seed)\n"
                                                      "  topicmodels::LDA(counts, k = k, control = controls)\n}\n"})
    assert got["DR501"] == "pass"
    assert got["DR301"] == "pass"
