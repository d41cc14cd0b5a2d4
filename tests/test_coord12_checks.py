"""Coordinator, session 12: a k-NN swept over its k values is the network's search only where there is no
network (the classical model is then the method, whose search DR601 asks for)."""

from __future__ import annotations

from pathlib import Path

from test_checks_corpus import build

_ASSESS = ("from sklearn.neighbors import KNeighborsClassifier\n\n"
           "def assess(d, y, k_values=list(range(1, 500, 25))):\n    for v in k_values:\n"
           "        KNeighborsClassifier(n_neighbors=v).fit(d, y)\n")


def _dr601(tmp_path: Path, files: dict[str, str]) -> str:
    report = build(tmp_path / "r", files)
    return next(r.status for r in report.results if r.id == "DR601")


def test_k_sweep_without_a_network_is_the_methods_search(tmp_path: Path) -> None:
    assert _dr601(tmp_path, {"assess.py": _ASSESS}) == "pass"


def test_k_sweep_beside_a_network_is_not_its_search(tmp_path: Path) -> None:
    assert _dr601(tmp_path, {"assess.py": _ASSESS, "net.py": "import torch\n"}) == "fail"
