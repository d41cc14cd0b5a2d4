"""Coordinator, session 14: the established spectral similarity (matchms' ModifiedCosine, CosineGreedy) counts as
a baseline only where the repository trains something; a spectra library without ML code uses it as its own
method (matchms itself)."""

from __future__ import annotations

from pathlib import Path

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
