"""The vectorised bootstrap metrics equal scikit-learn's on the same resample, and the group-aware shuffle
moves labels between whole groups."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn")

from scipy.stats import spearmanr
from sklearn import metrics as skm

from deeprules.ml.metrics import bootstrap_weights, metric_values
from deeprules.ml.search import permute_labels

rng = np.random.default_rng(0)
N = 200
Y2 = rng.integers(0, 2, N)
S2 = np.round(rng.random(N) + 0.4 * Y2, 2)  # rounded: ties, which the tie handling must get right
P2 = (S2 > 0.7).astype(int)
Y3 = rng.integers(0, 3, N)
S3 = rng.dirichlet(np.ones(3), N)
P3 = S3.argmax(axis=1)
YR = rng.normal(size=N)
PR = np.round(YR + rng.normal(size=N), 1)


def _resample() -> tuple[np.ndarray, np.ndarray]:
    idx = rng.integers(0, N, N)
    return idx, np.bincount(idx, minlength=N)[None, :].astype(float)


@pytest.mark.parametrize(("metric", "reference"), [
    ("roc_auc", lambda i: skm.roc_auc_score(Y2[i], S2[i])),
    ("average_precision", lambda i: skm.average_precision_score(Y2[i], S2[i])),
    ("balanced_accuracy", lambda i: skm.balanced_accuracy_score(Y2[i], P2[i])),
    ("matthews_correlation", lambda i: skm.matthews_corrcoef(Y2[i], P2[i])),
])
def test_binary_metrics_equal_sklearn_on_a_resample(metric, reference) -> None:
    idx, W = _resample()
    assert metric_values(metric, Y2, S2, P2, W, 2)[0] == pytest.approx(reference(idx), abs=1e-9)


def test_multiclass_and_regression_metrics_equal_sklearn() -> None:
    idx, W = _resample()
    assert metric_values("f1", Y3, S3, P3, W, 3)[0] == pytest.approx(
        skm.f1_score(Y3[idx], P3[idx], average="macro"), abs=1e-9)
    assert metric_values("matthews_correlation", Y3, S3, P3, W, 3)[0] == pytest.approx(
        skm.matthews_corrcoef(Y3[idx], P3[idx]), abs=1e-9)
    assert metric_values("roc_auc", Y3, S3, P3, W, 3)[0] == pytest.approx(
        skm.roc_auc_score(Y3[idx], S3[idx], multi_class="ovr"), abs=1e-9)
    assert metric_values("r_squared", YR, PR, PR, W, 0)[0] == pytest.approx(skm.r2_score(YR[idx], PR[idx]))
    assert metric_values("rmse", YR, PR, PR, W, 0)[0] == pytest.approx(
        skm.root_mean_squared_error(YR[idx], PR[idx]))
    assert metric_values("mae", YR, PR, PR, W, 0)[0] == pytest.approx(skm.mean_absolute_error(YR[idx], PR[idx]))
    assert metric_values("spearmanr", YR, PR, PR, W, 0)[0] == pytest.approx(spearmanr(YR[idx], PR[idx])[0])


def test_group_bootstrap_draws_whole_groups() -> None:
    groups = np.repeat(np.arange(20), 3)
    W = bootstrap_weights(60, 50, np.random.default_rng(1), groups)
    assert (W[0] == 1).all() and W.shape == (51, 60)
    assert (W[1:].reshape(50, 20, 3).std(axis=2) == 0).all()  # a group's rows share one weight


def test_shuffle_moves_labels_between_whole_groups() -> None:
    groups = np.repeat(np.arange(30), 2)  # replicate pairs sharing a label
    y = np.repeat(np.random.default_rng(2).integers(0, 2, 30), 2)
    shuffled = [permute_labels(y, groups, np.random.default_rng(s)) for s in range(20)]
    for s in shuffled:
        assert (s[0::2] == s[1::2]).all()  # twins still share a label
        assert sorted(s) == sorted(y)
    assert any((s != y).any() for s in shuffled)  # scikit-learn's within-group shuffle would move nothing
    # labels that vary inside groups: groups of equal size swap label vectors, sizes and counts kept
    groups = np.array([0, 0, 0, 1, 1, 1, 2, 2, 3, 3])
    y = np.array([1, 0, 0, 1, 1, 1, 0, 0, 1, 0])
    s = permute_labels(y, groups, np.random.default_rng(0))
    assert sorted(s) == sorted(y)
