"""`deeprules baselines`: nested CV with equal budgets, intervals, the shuffle control, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn")

from conftest import git, invoke
from ml_data import breast_cancer, noise_labels, replicated

FAST = ("--budget", "2", "--folds", "3", "--inner-folds", "2", "--jobs", "1")


def run_json(*args: str, cwd: Path) -> dict:
    r = invoke("baselines", *args, "--json", cwd=cwd)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


@pytest.fixture
def cancer_csv(tmp_path: Path) -> Path:
    path = tmp_path / "cancer.csv"
    breast_cancer().to_csv(path, index=False)
    return path


def test_breast_cancer_every_model_tuned_with_the_same_budget_and_intervals(cancer_csv: Path) -> None:
    report = run_json(str(cancer_csv), "--target", "target", *FAST, "--permutations", "0", cwd=cancer_csv.parent)
    assert report["task"] == "classification" and report["split"] == {
        "kind": "StratifiedKFold", "folds": 3, "inner_folds": 2, "group": None, "n_groups": None}
    names = [m["name"] for m in report["models"]]
    assert names == ["dummy", "logistic_regression", "random_forest", "gradient_boosting", "k_nearest_neighbours",
                     "naive_bayes", "support_vector_machine"]
    assert all(m["trials"] == 2 for m in report["models"] if m["name"] != "dummy")
    assert report["metrics"][0] == report["primary_metric"] == "balanced_accuracy"
    by_name = {m["name"]: m for m in report["models"]}
    for m in report["models"]:
        for s in m["metrics"].values():
            assert s["ci_low"] <= s["mean"] <= s["ci_high"]
        assert len(m["best_params"]) == 3  # one tuned setting per outer fold
    assert by_name["dummy"]["metrics"]["roc_auc"]["mean"] == 0.5
    assert by_name["logistic_regression"]["metrics"]["roc_auc"]["mean"] > 0.95
    assert report["shuffle_control"] is None and report["seed"] == 0 and "scikit-learn" in report["versions"]


def test_same_seed_same_json_other_seed_other_folds(cancer_csv: Path) -> None:
    args = (str(cancer_csv), "--target", "target", *FAST, "-m", "logistic_regression", "-m", "naive_bayes",
            "--permutations", "3")
    first, second = run_json(*args, cwd=cancer_csv.parent), run_json(*args, cwd=cancer_csv.parent)
    assert first == second
    other = run_json(*args, "--seed", "5", cwd=cancer_csv.parent)
    assert other["models"] != first["models"] and other["seed"] == 5


def test_noise_labels_shuffle_control_finds_no_signal_and_warns(tmp_path: Path) -> None:
    path = tmp_path / "noise.csv"
    noise_labels(breast_cancer()).to_csv(path, index=False)
    report = run_json(str(path), "--target", "target", *FAST, "-m", "logistic_regression", "-m", "naive_bayes",
                      "--permutations", "19", cwd=tmp_path)
    control = report["shuffle_control"]
    assert control["p_value"] > 0.05 and control["permutations"] == 19 and control["permuted"] == "rows"
    assert any("not clearly above" in w for w in report["warnings"])


def test_signal_passes_the_shuffle_control(cancer_csv: Path) -> None:
    report = run_json(str(cancer_csv), "--target", "target", *FAST, "-m", "logistic_regression",
                      "--permutations", "19", cwd=cancer_csv.parent)
    control = report["shuffle_control"]
    assert control["p_value"] == pytest.approx(1 / 20) and control["score"] > 0.9 > 0.6 > control["shuffled"]
    assert not report["warnings"]


def test_replicate_leak_random_cv_inflated_grouped_cv_not(tmp_path: Path) -> None:
    """Labels without signal, each sample twice (5% noise) under one donor: a random split rewards
    memorising the twin; the grouped split does not, and the random-split probe exposes the leak."""
    path = tmp_path / "replicates.csv"
    data = noise_labels(replicated(breast_cancer()), by="donor")
    data.to_csv(path, index=False)
    common = ("--target", "target", *FAST, "-m", "k_nearest_neighbours", "--permutations", "9")
    plain = run_json(str(path), *common, "--model", "k_nearest_neighbours", cwd=tmp_path)
    # `donor` is a column of the table: without --group it is a feature like any other; drop that effect
    assert plain["split"]["kind"] == "StratifiedKFold"
    grouped = run_json(str(path), *common, "--group", "donor", cwd=tmp_path)
    assert grouped["split"]["kind"] == "StratifiedGroupKFold" and grouped["split"]["n_groups"] == 569
    random_score = plain["models"][0]["metrics"]["balanced_accuracy"]["mean"]
    grouped_score = grouped["models"][0]["metrics"]["balanced_accuracy"]["mean"]
    assert random_score > 0.7 and grouped_score < 0.6
    control = grouped["shuffle_control"]
    assert control["permuted"] == "between groups" and control["p_value"] > 0.05
    assert control["random_split_shuffled"] > 0.7  # shuffled labels still "learnable" across twins
    assert any(w.startswith("leak probe") for w in grouped["warnings"])


def test_recorded_in_a_project_with_folds_and_committed(repo: Path, cancer_csv: Path) -> None:
    (repo / ".deeprules").mkdir()
    (repo / ".deeprules" / "answers.yaml").write_text("independent_samples: \"yes\"\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "start")
    r = invoke("baselines", str(cancer_csv), "--target", "target", *FAST, "-m", "naive_bayes", "--permutations",
               "0", cwd=repo)
    assert r.exit_code == 0, r.output
    files = sorted(p.name for p in (repo / ".deeprules" / "baselines").iterdir())
    assert len(files) == 3 and files[0].endswith(".folds.csv") and files[1].endswith(".json")
    recorded = json.loads((repo / ".deeprules" / "baselines" / files[1]).read_text())
    assert recorded["folds_file"] == f".deeprules/baselines/{files[0]}"
    folds = (repo / ".deeprules" / "baselines" / files[0]).read_text().splitlines()
    assert folds[0] == "row,fold,target,score_naive_bayes,pred_naive_bayes" and len(folds) == 570
    assert "record baselines on cancer.csv" in git(repo, "log", "-1", "--format=%s")
    assert git(repo, "status", "--porcelain") == ""


def test_answers_say_not_independent_then_group_is_required(repo: Path, cancer_csv: Path) -> None:
    (repo / ".deeprules").mkdir()
    (repo / ".deeprules" / "answers.yaml").write_text("independent_samples: \"no\"\n")
    r = invoke("baselines", str(cancer_csv), "--target", "target", cwd=repo)
    assert r.exit_code == 2 and "--group" in r.output and "independent_samples" in r.output


@pytest.mark.parametrize(("edit", "args", "expected"), [
    (lambda f: f, ("--target", "label"), "no target column 'label'"),
    (lambda f: f.assign(target=f["target"].astype(str).where(f.index != 7, "abc")), ("--target", "target"),
     "line 9: target 'target' is 'abc', not a number"),
    (lambda f: f.assign(y=["a" if i % 2 else "b" for i in range(len(f))]), ("--target", "y", "--task",
                                                                          "regression"), "not numeric"),
    (lambda f: f.assign(batch=1), ("--target", "target"), "column 'batch' is constant"),
    (lambda f: f.assign(target=0), ("--target", "target"), "constant"),
    (lambda f: f.assign(site="A"), ("--target", "target", "--group", "site"), "has one group"),
    (lambda f: f.assign(target=[2 if i < 2 else t for i, t in enumerate(f["target"])]), ("--target", "target"),
     "class 2 of 'target' has 2 rows, fewer than --folds 5"),
])
def test_bad_input_is_one_line_naming_the_file_exit_2(tmp_path: Path, edit, args, expected) -> None:
    path = tmp_path / "data.csv"
    edit(breast_cancer()).to_csv(path, index=False)
    r = invoke("baselines", str(path), *args, cwd=tmp_path)
    assert r.exit_code == 2, r.output
    line = r.output.strip()
    assert "\n" not in line and "data.csv" in line and expected in line, line


def test_unreadable_or_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"not parquet at all")
    r = invoke("baselines", str(bad), "--target", "y", cwd=tmp_path)
    assert r.exit_code == 2 and "bad.parquet" in r.output and "\n" not in r.output.strip()
    r = invoke("baselines", str(tmp_path / "none.csv"), "--target", "y", cwd=tmp_path)
    assert r.exit_code == 2 and "none.csv: no such file" in r.output


def test_regression_panel_and_parquet(tmp_path: Path) -> None:
    frame = breast_cancer().drop(columns="target")
    rng = np.random.default_rng(0)
    frame["y"] = frame["mean_radius"] * 2 + rng.normal(size=len(frame))
    path = tmp_path / "reg.parquet"
    frame.to_parquet(path)
    report = run_json(str(path), "--target", "y", *FAST, "-m", "ridge_regression", "--permutations", "0",
                      cwd=tmp_path)
    assert report["task"] == "regression" and report["metrics"] == ["r_squared", "mae", "rmse", "spearmanr"]
    assert report["models"][0]["metrics"]["r_squared"]["mean"] > 0.8


def test_compare_the_users_predictions_with_each_baseline_on_the_same_folds(repo: Path, cancer_csv: Path) -> None:
    (repo / ".deeprules").mkdir()
    (repo / "README.md").write_text("x\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "start")
    r = invoke("baselines", str(cancer_csv), "--target", "target", *FAST, "-m", "dummy", "-m", "logistic_regression",
               "--permutations", "0", cwd=repo)
    assert r.exit_code == 0, r.output
    folds_file = next((repo / ".deeprules" / "baselines").glob("*.folds.csv"))
    import pandas as pd

    folds = pd.read_csv(folds_file)
    # "my model": the logistic baseline's own predictions, slightly perturbed -> no clear difference to it,
    # clearly better than the dummy floor
    rng = np.random.default_rng(0)
    mine = pd.DataFrame({"row": folds["row"], "fold": folds["fold"],
                         "score": np.clip(folds["score_logistic_regression"] + rng.normal(0, 0.01, len(folds)), 0, 1)})
    path = repo / "oof.csv"
    mine.sample(frac=1, random_state=0).to_csv(path, index=False)  # any row order
    r = invoke("compare", str(path), "--json", cwd=repo)
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    by = {c["baseline"]: c["metrics"] for c in report["comparisons"]}
    assert by["dummy"]["roc_auc"]["verdict"] == "better" and by["dummy"]["roc_auc"]["ci_low"] > 0.3
    assert by["logistic_regression"]["roc_auc"]["verdict"] == "no clear difference"
    d = by["logistic_regression"]["roc_auc"]
    assert d["ci_low"] <= d["difference"] <= d["ci_high"] and abs(d["difference"]) < 0.02
    # a prediction in the wrong fold, a missing row: one line, exit 2
    mine.loc[3, "fold"] = (mine.loc[3, "fold"] + 1) % 3
    mine.to_csv(path, index=False)
    r = invoke("compare", str(path), cwd=repo)
    assert r.exit_code == 2 and "row 3 is in fold" in r.output
    mine.drop(columns="fold").iloc[1:].to_csv(path, index=False)
    r = invoke("compare", str(path), cwd=repo)
    assert r.exit_code == 2 and "no prediction for 1 row(s)" in r.output and "row 0" in r.output
