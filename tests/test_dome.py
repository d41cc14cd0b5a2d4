"""`deeprules dome`: the DOME annotation in the DOME Registry's fields, for every bundled example and for a
project whose card and results fill more of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import make_repo
from deeprules.cli.main import app
from deeprules.dome import dome_fields
from deeprules.knowledge import load_knowledge
from deeprules.render import PLACEHOLDER

#: The DOME Registry's annotation record (dome-registry-core/src/review.ts: Dataset, Optimization, Model,
#: Evaluation), less its bookkeeping fields `done` and `skip`.
REGISTRY_FIELDS = {
    "dataset": ["provenance", "splits", "redundancy", "availability"],
    "optimization": ["algorithm", "meta", "encoding", "parameters", "features", "fitting", "regularization",
                     "config"],
    "model": ["interpretability", "output", "duration", "availability"],
    "evaluation": ["method", "measure", "comparison", "confidence", "availability"],
}


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_shipped_fields_are_the_registry_fields() -> None:
    spec = dome_fields()
    assert {s["key"]: [f["key"] for f in s["fields"]] for s in spec["sections"]} == REGISTRY_FIELDS
    assert "10.1038/s41592-021-01205-4" in spec["source"]["paper"]
    assert spec["source"]["registry_fields"].endswith("review.ts")


@pytest.mark.parametrize("example", sorted(load_knowledge().examples))
def test_every_example_gets_an_annotation(example: str) -> None:
    data = json.loads(run("dome", "--example", example, "--json"))
    for section, keys in REGISTRY_FIELDS.items():
        assert list(data[section]) == keys
        for detail in data["details"][section]:
            assert detail["value"] or detail["missing"], (section, detail["key"])  # known, or said missing
    assert data["title"] == load_knowledge().examples[example].split("title:", 1)[1].splitlines()[0].strip().strip('"')
    assert data["dataset"]["provenance"] and data["model"]["output"]
    # no results yet: the evaluation numbers are listed as missing
    assert any(m.startswith("evaluation.confidence") for m in data["missing"])
    text = run("dome", "--example", example)
    for section, keys in REGISTRY_FIELDS.items():
        for key in keys:
            assert f"{section}.{key}" in text


def test_project_annotation_uses_card_and_results(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "p")
    run("init", str(root), "--example", "microscopy")
    before = json.loads(run("dome", "-C", str(root), "--json"))
    results = tmp_path / "results.csv"
    results.write_text("metric,value,split,ci_low,ci_high\naverage_precision,0.91,test,0.89,0.93\n"
                       "average_precision,0.85,external,0.8,0.9\n")
    run("card", "fill", "--results", str(results), "-C", str(root))
    card = root / "MODEL_CARD.md"
    card.write_text(card.read_text().replace(
        f"- **Architecture and training procedure actually used:** {PLACEHOLDER}",
        "- **Architecture and training procedure actually used:** ResNet-50 fine-tuned for 30 epochs"))
    after = json.loads(run("dome", "-C", str(root), "--json"))
    assert after["optimization"]["algorithm"].startswith("ResNet-50 fine-tuned")
    assert "2 of 2 reported values have a confidence interval" in after["evaluation"]["confidence"]
    assert "external" in after["evaluation"]["method"]
    assert "average_precision" in after["evaluation"]["measure"]
    assert len(after["missing"]) < len(before["missing"])
    assert after["complete"]["fields"] >= before["complete"]["fields"]
    out = tmp_path / "out"
    out.mkdir()
    head = (root / ".git" / "HEAD").read_text()
    run("dome", "-C", str(root), "--output", str(out))
    written = json.loads((out / "DOME.json").read_text())
    assert written["evaluation"] == after["evaluation"]
    md = (out / "DOME.md").read_text()
    assert md.startswith("# DOME annotation: ") and "## Still missing" in md
    assert md.count("| ") >= sum(len(v) for v in REGISTRY_FIELDS.values())
    assert (root / ".git" / "HEAD").read_text() == head  # nothing committed
