"""Coordinator, session 14: the established spectral similarity (matchms' ModifiedCosine, CosineGreedy) counts as
a baseline only where the repository trains something; a spectra library without ML code uses it as its own
method (matchms itself)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_checks_corpus import build

_LIBRARY = {"matchms/similarity/scores.py": "from matchms.similarity import CosineGreedy\n"
                                            "def score(a, b):\n    return CosineGreedy(tolerance=0.1).pair(a, b)\n"}


def _dr201(tmp_path: Path, files: dict[str, str]) -> str:
    report = build(tmp_path / "r", files)
    return next(r for r in report.results if r.id == "DR201").status


def test_greedy_cosine_in_a_library_without_ml_code_is_no_baseline(tmp_path: Path) -> None:
    assert _dr201(tmp_path, _LIBRARY) == "fail"


def test_greedy_cosine_beside_a_trained_network_is_a_baseline(tmp_path: Path) -> None:
    train = "import torch\nfor x, y in loader:\n    loss = crit(model(x), y)\n    loss.backward()\n    opt.step()\n"
    assert _dr201(tmp_path, {**_LIBRARY, "train.py": train}) == "pass"


_LEARNER = {"core/learners/scm.py": "import numpy as np\n\nclass SetCoveringMachine(object):\n"
                                    "    def fit(self, rules, y):\n        self.rules = rules\n\n"
                                    "    def predict(self, X):\n        return np.all(X[:, self.rules], axis=1)\n",
            "setup.py": "from setuptools import setup\nsetup(name='k', install_requires=['numpy', 'scipy'])\n"}


def _status(tmp_path: Path, files: dict[str, str], cid: str) -> str:
    report = build(tmp_path / "r", files)
    return next(r for r in report.results if r.id == cid).status


def test_a_learner_written_by_hand_makes_the_repository_ml_code(tmp_path: Path) -> None:
    # Kover: a set covering machine in numpy, no ML library: its environment is judged (unpinned: warn), not n/a
    assert _status(tmp_path, _LEARNER, "DR303") in ("warn", "fail")


_SETUP = {"setup.py": "from setuptools import setup\nsetup(name='k', install_requires=['numpy'])\n"}
_NOT_LEARNERS = {
    # a class that fits a curve and evaluates it has no predict method
    "curve": {"tools/smooth.py": "import numpy as np\n\nclass Smoother(object):\n    def fit(self, x, y):\n"
                                 "        self.c = np.polyfit(x, y, 3)\n\n    def evaluate(self, x):\n"
                                 "        return np.polyval(self.c, x)\n"},
    # yasa's SleepStaging.fit(self) computes features for a classifier that predict() only loads
    "fit without data": {"src/staging.py": "import numpy as np\n\nclass SleepStaging:\n    def fit(self):\n"
                                           "        self.features = np.zeros(3)\n\n"
                                           "    def predict(self, path_to_model='auto'):\n"
                                           "        return load(path_to_model).predict(self.features)\n"},
}


@pytest.mark.parametrize("case", sorted(_NOT_LEARNERS))
def test_classes_that_are_no_learners_leave_the_repository_without_ml_code(case: str, tmp_path: Path) -> None:
    assert _status(tmp_path, {**_NOT_LEARNERS[case], **_SETUP}, "DR303") == "na"
