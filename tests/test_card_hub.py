"""Card metadata the Hugging Face Hub accepts: ids from the Hub's own lists (shipped, checked offline), no
placeholder in the metadata, and an Environmental impact section filled from the compute answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import make_repo
from deeprules import card
from deeprules.answers import Answers
from deeprules.cli.main import app
from deeprules.hub import check_metadata, hub_lists, suggest
from deeprules.knowledge import load_knowledge
from deeprules.project import init
from deeprules.render import PLACEHOLDER

EXAMPLES = sorted(load_knowledge().examples)


def test_shipped_lists_name_their_source() -> None:
    lists = hub_lists()
    assert {"apache-2.0", "mit", "cc-by-4.0", "other"} <= set(lists["licenses"].ids)
    assert lists["licenses"].names["apache-2.0"].lower().startswith("apache")
    assert {"sklearn", "keras", "timm", "transformers"} <= set(lists["libraries"].ids)
    assert not {"pytorch", "jax", "tensorflow"} & set(lists["libraries"].ids)
    assert {"image-classification", "tabular-classification", "graph-ml", "other"} <= set(lists["pipeline_tags"].ids)
    assert "molecule-classification" not in lists["pipeline_tags"].ids
    for lst in lists.values():
        assert lst.source.startswith("https://github.com/huggingface/") and len(lst.date) == 10


@pytest.mark.parametrize("example", EXAMPLES)
def test_every_example_card_passes_the_hub_lists(tmp_path: Path, example: str) -> None:
    from huggingface_hub import ModelCard

    repo, _ = init(make_repo(tmp_path / example), Answers.example(example))
    text = (repo.root / "MODEL_CARD.md").read_text()
    head = text.split("\n---\n", 1)[0]
    assert PLACEHOLDER not in head
    data = ModelCard(text).data.to_dict()
    assert check_metadata(data) == []
    assert "## Environmental impact" in text
    # with results: the model-index task is a Hub pipeline tag too, and huggingface_hub parses it
    results = tmp_path / "results.csv"
    results.write_text("metric,value,split\nroc_auc,0.8,test\n")
    card.fill(repo, results)
    text = (repo.root / "MODEL_CARD.md").read_text()
    loaded = ModelCard(text).data
    assert loaded.eval_results and loaded.eval_results[0].task_type in hub_lists()["pipeline_tags"].ids
    assert check_metadata(loaded.to_dict()) == []


def test_frameworks_map_to_hub_ids(tmp_path: Path) -> None:
    from huggingface_hub import ModelCard

    seen = {}
    for framework in ("pytorch", "jax", "tensorflow", "sklearn"):
        answers = Answers.example("microscopy")
        answers.apply([f"frameworks={framework}"])
        repo, _ = init(make_repo(tmp_path / framework), answers)
        data = ModelCard((repo.root / "MODEL_CARD.md").read_text()).data
        seen[framework] = (data.library_name, set(data.tags))
    assert seen["pytorch"][0] is None and "pytorch" in seen["pytorch"][1]
    assert seen["jax"][0] is None and "jax" in seen["jax"][1]
    assert seen["tensorflow"][0] == "keras"
    assert seen["sklearn"][0] == "sklearn"


def test_molecules_get_no_invented_task(tmp_path: Path) -> None:
    repo, _ = init(make_repo(tmp_path / "m"), Answers.example("molecules"))
    text = (repo.root / "MODEL_CARD.md").read_text()
    assert "molecule-classification" not in text
    assert card.task_info({"modality": "molecule", "task": "classification"})["type"] == "other"


@pytest.mark.parametrize("value, hint", [
    ("Apache License 2.0", "apache-2.0"), ("MIT License", "mit"), ("CC BY 4.0", "cc-by-4.0"),
    ("GPLv3", "gpl-3.0"), ("BSD 3-Clause", "bsd-3-clause"),
])
def test_license_names_suggest_the_hub_id(value: str, hint: str) -> None:
    assert suggest("licenses", value) == hint


def _card_check(root: Path) -> dict:
    res = CliRunner().invoke(app, ["card", "check", "--json", "-C", str(root)])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_card_check_refuses_ids_the_hub_does_not_know(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "p")
    assert CliRunner().invoke(app, ["init", str(root), "--example", "microscopy"]).exit_code == 0
    path = root / "MODEL_CARD.md"
    original = "".join(ln for ln in path.read_text().splitlines(keepends=True)
                       if not ln.startswith(("pipeline_tag:", "library_name:")))
    path.write_text(original.replace("---\n", "---\nlicense: Apache License 2.0\nlibrary_name: pytorch\n"
                                              "pipeline_tag: molecule-classification\n", 1))
    found = [f for f in _card_check(root)["findings"] if f["kind"] == "hub-metadata"]
    by_line = {f["line"]: f["message"] for f in found}
    assert "did you mean `apache-2.0`" in by_line[2]
    assert "library_name: pytorch" in by_line[3] and "tags" in by_line[3]
    assert "molecule-classification" in by_line[4] and "did you mean" not in by_line[4]
    # `other` needs a name
    path.write_text(original.replace("---\n", "---\nlicense: other\n", 1))
    assert any("license_name" in f["message"] for f in _card_check(root)["findings"])
    path.write_text(original.replace("---\n", "---\nlicense: apache-2.0\n", 1))
    kinds = {f["kind"] for f in _card_check(root)["findings"]}
    assert "hub-metadata" not in kinds and "no-license" not in kinds


@pytest.mark.parametrize("compute, words", [
    ("laptop", "CPU"), ("cluster", "shared cluster"), ("workstation_gpu", "GPUs in a workstation"),
])
def test_environmental_impact_follows_the_compute_answer(tmp_path: Path, compute: str, words: str) -> None:
    answers = Answers.example("microscopy")
    answers.apply([f"compute={compute}"])
    repo, _ = init(make_repo(tmp_path / compute), answers)
    section = (repo.root / "MODEL_CARD.md").read_text().split("## Environmental impact", 1)[1].split("\n## ")[0]
    hardware = next(ln for ln in section.splitlines() if "Hardware type" in ln)
    assert words in hardware and PLACEHOLDER not in hardware
    hours = next(ln for ln in section.splitlines() if "Hours used" in ln)
    assert PLACEHOLDER in hours  # only the user knows
    findings = card.check_card((repo.root / "MODEL_CARD.md").read_text(), source="MODEL_CARD.md")
    assert any(f.section == "Environmental impact" and f.kind == "placeholder" for f in findings)
