"""The `assess`, `tips`, `questions` and `examples` commands, through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import invoke


def test_assess_example_json() -> None:
    r = invoke("assess", "--example", "microscopy", "--json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["verdict"] == "deep_learning"
    rec = data["recommendations"][0]
    assert {"id", "tip", "title", "text", "refs"} <= set(rec)
    assert all({"id", "title", "tip"} <= set(c) for c in data["ethics"])


def test_assess_set_overrides_change_the_verdict() -> None:
    small = ("--set", "n_samples=150", "--set", "n_min_class=40", "--set", "minority_fraction=0.27",
             "--set", "n_classes=3")
    r = invoke("assess", "--example", "microscopy", *small, "--json")
    assert json.loads(r.stdout)["verdict"] == "baselines_first"  # pretrained ImageNet models still help [77, 79]
    # Without a pretrained model and without the 60,000 unlabelled images (self-supervised pre-training [85]
    # counts for them), 40 per class is left well under the ~100-per-class floor [24].
    r = invoke("assess", "--example", "microscopy", *small, "--set", "pretrained_available=no",
               "--set", "n_unlabeled=0", "--json")
    assert json.loads(r.stdout)["verdict"] == "traditional_ml"


def test_assess_readable_output_names_tips_and_refs() -> None:
    r = invoke("assess", "--example", "expression")
    assert r.exit_code == 0
    assert "Traditional machine learning" in r.stdout
    assert "Tip 7" in r.stdout and "[24" in r.stdout


def test_assess_uses_the_projects_answers(tmp_path: Path) -> None:
    (tmp_path / ".deeprules").mkdir()
    (tmp_path / ".deeprules" / "answers.yaml").write_text("task: classification\nmodality: image\nn_samples: 50\n")
    r = invoke("assess", "--json", cwd=tmp_path)
    assert r.exit_code == 0 and json.loads(r.stdout)["verdict"] == "traditional_ml"


def test_bad_value_is_one_line_exit_2(tmp_path: Path) -> None:
    r = invoke("assess", "--example", "microscopy", "--set", "compute=supercomputer")
    assert r.exit_code == 2
    assert r.stderr.strip().count("\n") == 0
    assert "choose one of: laptop, workstation_gpu, cluster, cloud" in r.stderr
    assert "Traceback" not in r.output


def test_missing_file_exit_2() -> None:
    r = invoke("assess", "--answers", "/nonexistent.yaml")
    assert r.exit_code == 2 and "no such answers file" in r.stderr


def test_tips_one_tip_and_json() -> None:
    r = invoke("tips", "7")
    assert r.exit_code == 0 and "T7.label-shuffle" in r.stdout and "10.1371/journal.pone.0118432" in r.stdout
    data = json.loads(invoke("tips", "--json").stdout)
    assert len(data["tips"]) == 10


def test_tips_out_of_range() -> None:
    assert invoke("tips", "11").exit_code == 2


def test_questions_json_lists_allowed_values() -> None:
    data = json.loads(invoke("questions", "--json").stdout)
    task = next(q for q in data["questions"] if q["id"] == "task")
    assert "segmentation" in [c["value"] for c in task["choices"]]


def test_examples_and_version() -> None:
    assert "microscopy" in invoke("examples").stdout
    assert invoke("--version").stdout.startswith("deeprules ")


def test_examples_wrap_beside_their_names_at_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    from deeprules.knowledge import load_knowledge

    monkeypatch.setenv("COLUMNS", "80")
    lines = invoke("examples").stdout.splitlines()
    names = [line.split()[0] for line in lines if line[:1].strip()]
    assert names == sorted(load_knowledge().examples)
    assert len(lines) > len(names), "some descriptions wrap at 80 columns"
    indent = len(lines[0]) - len(lines[0][len(names[0]):].lstrip())
    assert all(line.startswith(" " * indent) for line in lines if not line[:1].strip())
    assert "Example:" not in "\n".join(lines)
