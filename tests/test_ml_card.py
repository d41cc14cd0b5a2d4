"""`card fill --baselines`: the newest recorded baselines go into the model card, in one commit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("sklearn")

from conftest import git, invoke, make_repo
from ml_data import breast_cancer


def test_baselines_recorded_then_taken_into_the_card(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "proj")
    assert invoke("init", str(root), "--example", "expression").exit_code == 0
    data = tmp_path / "cancer.csv"
    breast_cancer().to_csv(data, index=False)
    r = invoke("card", "fill", "--baselines", cwd=root)
    assert r.exit_code == 2 and "no readable baselines report" in r.output
    r = invoke("baselines", str(data), "--target", "target", "--budget", "2", "--folds", "3", "--inner-folds", "2",
               "-m", "dummy", "-m", "logistic_regression", "--permutations", "4", "--jobs", "1", cwd=root)
    assert r.exit_code == 0, r.output
    report_path = next((root / ".deeprules" / "baselines").glob("*Z.json"))
    r = invoke("card", "fill", "--baselines", "--json", cwd=root)
    assert r.exit_code == 0, r.output
    card = (root / "MODEL_CARD.md").read_text()
    section = card.split("### Baselines (tip 2)", 1)[1].split("\n## ", 1)[0]
    assert f".deeprules/baselines/{report_path.name}" in section
    assert "| **logistic_regression** | 2 |" in section and "| dummy | 1 |" in section
    assert "Shuffle control (tip 6): logistic_regression scored" in section
    assert "fill model card baselines" in git(root, "log", "-1", "--format=%s")
    assert git(root, "status", "--porcelain") == ""
    # a hostile report (markup in a model name) never reaches the card as markup
    report = json.loads(report_path.read_text())
    report["models"][0]["name"] = "<script>alert(1)</script>"
    report_path.write_text(json.dumps(report))
    git(root, "commit", "-qam", "tamper")
    assert invoke("card", "fill", "--baselines", cwd=root).exit_code == 0
    assert "<script>" not in (root / "MODEL_CARD.md").read_text()
