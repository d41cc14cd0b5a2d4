"""What an ML-methods reviewer checks in `deeprules baselines`: the permutation p-value is computed only from
shuffles that scored, imbalance metrics (MCC, the prevalence baseline of average precision) are reported,
and rare classes are refused when the tuning folds could not see them."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("sklearn")

from conftest import invoke
from ml_data import breast_cancer

FAST = ("--budget", "2", "--folds", "3", "--inner-folds", "2", "--jobs", "1")


def _control(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shuffled: list[float],
             real: float | None) -> tuple[dict, list[str]]:
    import deeprules.ml.baselines as baselines
    from deeprules.ml.spaces import models
    from deeprules.ml.table import load_dataset

    path = tmp_path / "cancer.csv"
    breast_cancer().to_csv(path, index=False)
    ds = load_dataset(path, target="target")
    calls = iter([np.array(shuffled), np.array([0.5])])
    monkeypatch.setattr(baselines, "refit_scores", lambda *a, **k: next(calls))
    run = baselines.ModelRun("naive_bayes", 1, [{}], None)  # type: ignore[arg-type]
    warnings: list[str] = []
    control = baselines.shuffle_control(ds, models("classification", ["naive_bayes"])[0], run, [None] * 3,
                                        "balanced_accuracy", len(shuffled), 0, 1, None, real, warnings)
    return control, warnings


def test_shuffles_that_failed_to_score_leave_the_p_value(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # NaN >= real is False: the old count treated every failed shuffle as beaten, p shrank toward 1/(n+1)
    control, warnings = _control(monkeypatch, tmp_path, [np.nan, np.nan, 0.95, 0.5], 0.9)
    assert control["p_value"] == pytest.approx((1 + 1) / (2 + 1))
    assert control["scored_permutations"] == 2 and control["exceeded"] == 1
    assert any("2 of 4 shuffles could not be scored" in w for w in warnings)


def test_no_real_score_gives_no_p_value(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # the old code compared with NaN and printed p = 1/(n+1), the strongest evidence it can give
    control, warnings = _control(monkeypatch, tmp_path, [0.5] * 9, None)
    assert control["p_value"] is None and any("no p-value" in w for w in warnings)


def test_imbalanced_panel_reports_mcc_and_the_prevalence_baseline(tmp_path: Path) -> None:
    frame = breast_cancer()
    rare = frame[frame["target"] == 0].head(60)
    data = frame[frame["target"] == 1].head(300)
    path = tmp_path / "rare.csv"
    pd.concat([data, rare]).to_csv(path, index=False)
    r = invoke("baselines", str(path), "--target", "target", *FAST, "-m", "dummy", "-m", "logistic_regression",
               "--permutations", "0", "--json", cwd=tmp_path)
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["metrics"] == ["average_precision", "balanced_accuracy", "roc_auc", "matthews_correlation"]
    assert report["prevalence"] == pytest.approx(300 / 360)
    mcc = report["models"][1]["metrics"]["matthews_correlation"]
    assert 0.5 < mcc["ci_low"] <= mcc["mean"] <= mcc["ci_high"] <= 1
    assert report["models"][0]["metrics"]["matthews_correlation"]["mean"] == 0  # the dummy: chance
    text = invoke("baselines", str(path), "--target", "target", *FAST, "-m", "logistic_regression",
                  "--permutations", "0", cwd=tmp_path).output
    assert "positive class's share, 0.833" in text


def test_a_class_the_tuning_folds_cannot_see_is_refused(tmp_path: Path) -> None:
    frame = breast_cancer()
    frame.loc[:3, "target"] = 2  # four rows: an outer training set keeps two, fewer than 3 tuning folds
    path = tmp_path / "data.csv"
    frame.to_csv(path, index=False)
    r = invoke("baselines", str(path), "--target", "target", "--folds", "3", "--inner-folds", "3", cwd=tmp_path)
    assert r.exit_code == 2, r.output
    assert "class 2 of 'target' has 4 rows: an outer training set keeps about 2, fewer than --inner-folds 3" \
        in r.output


def test_a_feature_that_orders_the_rows_by_label_is_warned_about(tmp_path: Path) -> None:
    frame = breast_cancer()
    path = tmp_path / "data.csv"
    frame.to_csv(path, index=False)
    args = ("--target", "target", *FAST, "-m", "naive_bayes", "--permutations", "0", "--json")
    clean = json.loads(invoke("baselines", str(path), *args, cwd=tmp_path).stdout)
    assert not any("alone predicts" in w for w in clean["warnings"])  # its best marker: AUC 0.975
    frame = frame.sort_values("target", kind="mergesort").assign(sample_no=range(len(frame)))
    frame.to_csv(path, index=False)
    report = json.loads(invoke("baselines", str(path), *args, cwd=tmp_path).stdout)
    proxies = [w for w in report["warnings"] if "alone predicts" in w]
    assert len(proxies) == 1 and "feature 'sample_no' alone predicts 'target' (ROC AUC 1.000)" in proxies[0]
