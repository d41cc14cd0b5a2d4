"""Hostile review 7 (session 11), the records a project keeps beside its plan: `.deeprules/baselines/*.json` (read
by `compare` and by the model card) and the data manifest (read by `data add`) come with a clone like any other
file. Before: the baselines report was read with a plain json.loads, not yamlio's reader, so a report nested
200,000 levels deep was a RecursionError traceback in `card` and `compare`, a symlinked report was read through,
and a report whose fields had another shape (`classes: 5`, a seed of -1, an unknown metric) was a TypeError or
ValueError in the metrics; a manifest resource that is not an object was an AttributeError in `data add`. Now
each is one line naming the file, exit 2, nothing changed (the card keeps its baselines section as it was)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import git, init_project, invoke

REPORT = {"task": "classification", "classes": [0, 1], "positive_class": 1, "metrics": ["roc_auc"],
          "models": [{"name": "dummy"}], "seed": 0}
STEM = ".deeprules/baselines/20260101T000000Z"


def run(project: Path, *args: str) -> tuple[int, str]:
    result: Any = invoke(*args, cwd=project)  # (conftest: exceptions other than an exit propagate)
    return result.exit_code, result.stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with a recorded baselines report (committed) and the user's out-of-fold predictions."""
    root = init_project(tmp_path / "p")
    rows = ["row,fold,target,score_dummy,pred_dummy", *(f"{i},{i % 2 + 1},{i % 2},0.5,0" for i in range(40))]
    (root / ".deeprules/baselines").mkdir()
    (root / f"{STEM}.folds.csv").write_text("\n".join(rows) + "\n")
    (root / f"{STEM}.json").write_text(json.dumps(REPORT))
    (root / "oof.csv").write_text("\n".join(["row,score", *(f"{i},{0.9 if i % 2 else 0.1}" for i in range(40))])
                                  + "\n")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "baselines")
    return root


def test_a_well_formed_report_is_compared(project: Path) -> None:
    code, err = run(project, "compare", "oof.csv", "--json")
    assert code == 0, err


@pytest.mark.parametrize(("field", "value"), [("classes", 5), ("seed", -1), ("seed", "x"), ("metrics", ["nope"]),
                                              ("metrics", "roc_auc"), ("models", [1]), ("models", {"a": 1}),
                                              ("task", ["classification"]), ("classes", [[0], [1]])],
                         ids=lambda v: json.dumps(v))
def test_a_report_of_another_shape_is_one_line(project: Path, field: str, value: object) -> None:
    (project / f"{STEM}.json").write_text(json.dumps({**REPORT, field: value}))
    code, err = run(project, "compare", "oof.csv")
    assert code == 2 and err.count("\n") == 1, err
    assert err.startswith(f"deeprules: error: {project / STEM}.json: not a baselines report ({field!r}"), err


def test_a_deeply_nested_report_is_one_line_and_leaves_the_card_alone(project: Path) -> None:
    (project / f"{STEM}.json").write_text("[" * 200_000 + "]" * 200_000)
    card = (project / "MODEL_CARD.md").read_text()
    code, err = run(project, "compare", "oof.csv")
    assert code == 2 and err.count("\n") == 1 and "nested more than" in err, err
    code, err = run(project, "card")
    assert code == 0, err
    assert (project / "MODEL_CARD.md").read_text() == card
    assert git(project, "status", "--porcelain") == f" M {STEM}.json\n"


def test_a_symlinked_report_in_the_project_is_not_read_through(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.json"
    outside.write_text(json.dumps(REPORT))
    (project / f"{STEM}.json").unlink()
    (project / f"{STEM}.json").symlink_to(outside)
    code, err = run(project, "compare", "oof.csv")
    assert code == 2 and "is a symlink" in err, err
    # named by the user on the command line, a symlink is theirs to follow
    code, err = run(project, "compare", "oof.csv", "--baselines", str(project / f"{STEM}.json"))
    assert code == 0, err


@pytest.mark.parametrize("resource", [[], "data/x.csv", 3, None], ids=["list", "text", "number", "null"])
def test_a_manifest_resource_that_is_not_an_object_is_one_line(project: Path, resource: object) -> None:
    (project / "datapackage.json").write_text(json.dumps({"name": "p", "resources": [resource,
                                                                                      {"path": "data/old.csv"}]}))
    (project / "data").mkdir()
    (project / "data/new.csv").write_text("a\n1\n")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "manifest")
    head = git(project, "rev-parse", "HEAD")
    code, err = run(project, "data", "add", "data/new.csv", "--source", "https://example.org/d")
    assert code == 2 and err == "deeprules: error: datapackage.json: resources[0] is a " \
        f"{type(resource).__name__}, not an object with a 'path'; fix or remove it\n", err
    assert git(project, "rev-parse", "HEAD") == head and git(project, "status", "--porcelain") == ""
