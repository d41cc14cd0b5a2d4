"""The metric panel for a task, computed on many bootstrap replicates at once.

A bootstrap replicate is a row of weights (how often each sample was drawn), so every metric here takes a
weight matrix `W` of shape (B, n) and returns B values: one pass of numpy instead of B calls to
scikit-learn's metric functions (about 50 times faster for 1,000 replicates). With weights of ones the
result equals scikit-learn's (tests/test_ml_metrics.py checks each against it).

Per-fold scores are averaged over the outer folds (`mean`); the interval resamples rows within each fold
(whole groups when there are groups: related rows are one unit of evidence) and takes the 2.5 and 97.5
percentiles of the averaged score.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

Array = np.ndarray


def nan_mean(values: Array, axis: int | None = None) -> Any:
    """The mean without the NaN values, NaN where all are NaN (a fold or a bootstrap replicate with one class
    has no AUC): numpy says "Mean of empty slice" there as a RuntimeWarning, which reached the user's terminal
    with numpy's file and line under deeprules' table."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return np.nanmean(values, axis=axis)

#: Metric id (the model card's ids) -> higher is better.
GREATER_IS_BETTER = {"average_precision": True, "balanced_accuracy": True, "roc_auc": True, "f1": True,
                     "matthews_correlation": True, "r_squared": True, "mae": False, "rmse": False,
                     "spearmanr": True}
#: The scikit-learn scorer used for inner-fold tuning on each primary metric.
SCORERS = {"average_precision": "average_precision", "balanced_accuracy": "balanced_accuracy",
           "roc_auc": "roc_auc", "f1": "f1_macro", "matthews_correlation": "matthews_corrcoef", "r_squared": "r2",
           "mae": "neg_mean_absolute_error",
           "rmse": "neg_root_mean_squared_error", "spearmanr": "r2"}
IMBALANCE_RATIO = 0.5  # minority / majority class size below which average precision leads the panel


def panel(task: str, y: Array, n_classes: int) -> list[str]:
    """The metrics for this task, the tuning (primary) metric first."""
    if task == "regression":
        return ["r_squared", "mae", "rmse", "spearmanr"]
    # Matthews correlation: the one threshold metric that stays honest under any class balance (0 = chance)
    if n_classes > 2:
        return ["balanced_accuracy", "roc_auc", "f1", "matthews_correlation"]
    counts = np.bincount(y, minlength=2)
    if counts.min() / counts.max() < IMBALANCE_RATIO:
        return ["average_precision", "balanced_accuracy", "roc_auc", "matthews_correlation"]
    return ["balanced_accuracy", "roc_auc", "average_precision", "matthews_correlation"]


def _tie_groups(values: Array) -> tuple[Array, Array]:
    """Sort order of `values` and the start of each run of equal values in that order."""
    order = np.argsort(values, kind="mergesort")
    sorted_values = values[order]
    starts = np.flatnonzero(np.r_[True, sorted_values[1:] != sorted_values[:-1]])
    return order, starts


def _auc(pos: Array, score: Array, W: Array) -> Array:
    """ROC AUC for the binary indicator `pos`: P(score of a positive > score of a negative), ties half."""
    order, starts = _tie_groups(score)
    Ws = W[:, order]
    wp = np.add.reduceat(Ws * pos[order], starts, axis=1)
    wn = np.add.reduceat(Ws * ~pos[order], starts, axis=1)
    below = np.cumsum(wn, axis=1) - wn
    total = wp.sum(axis=1) * wn.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, (wp * (below + 0.5 * wn)).sum(axis=1) / total, np.nan)


def _ap(pos: Array, score: Array, W: Array) -> Array:
    """Average precision (scikit-learn's step definition): sum over thresholds of precision x recall gain."""
    order, starts = _tie_groups(-score)
    Ws = W[:, order]
    wp = np.add.reduceat(Ws * pos[order], starts, axis=1)
    wn = np.add.reduceat(Ws * ~pos[order], starts, axis=1)
    tp, fp = np.cumsum(wp, axis=1), np.cumsum(wn, axis=1)
    total = wp.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(tp + fp > 0, tp / np.maximum(tp + fp, 1e-300), 0.0)
        return np.where(total > 0, (wp * precision).sum(axis=1) / total, np.nan)


def _class_counts(y: Array, pred: Array, W: Array, n_classes: int) -> tuple[Array, Array, Array]:
    """Weighted true positives, actual and predicted totals per class: each (B, k)."""
    tp = np.stack([(W * ((y == c) & (pred == c))).sum(axis=1) for c in range(n_classes)], axis=1)
    actual = np.stack([(W * (y == c)).sum(axis=1) for c in range(n_classes)], axis=1)
    predicted = np.stack([(W * (pred == c)).sum(axis=1) for c in range(n_classes)], axis=1)
    return tp, actual, predicted


def _weighted_ranks(values: Array, W: Array) -> Array:
    """Mid-ranks of `values` in each weighted replicate (ties share their average rank): (B, n)."""
    order, starts = _tie_groups(values)
    counts = np.add.reduceat(W[:, order], starts, axis=1)
    ranks = np.cumsum(counts, axis=1) - counts + (counts + 1) / 2
    run = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(values)]))
    out = np.empty_like(W, dtype=float)
    out[:, order] = ranks[:, run]
    return out


def _weighted_pearson(a: Array, b: Array, W: Array) -> Array:
    total = W.sum(axis=1, keepdims=True)
    ma, mb = (W * a).sum(axis=1, keepdims=True) / total, (W * b).sum(axis=1, keepdims=True) / total
    cov = (W * (a - ma) * (b - mb)).sum(axis=1)
    var = (W * (a - ma) ** 2).sum(axis=1) * (W * (b - mb) ** 2).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(var > 0, cov / np.sqrt(var), np.nan)


def metric_values(metric: str, y: Array, score: Array, pred: Array, W: Array, n_classes: int) -> Array:
    """`metric` for each weight row of `W`. Classification: `y`, `pred` are class indices, `score` is the
    positive-class score (binary) or an (n, k) score matrix; regression: `score` and `pred` are predictions."""
    if metric == "roc_auc":
        if n_classes == 2:
            return _auc(y == 1, score, W)
        return nan_mean(np.stack([_auc(y == c, score[:, c], W) for c in range(n_classes)]), axis=0)
    if metric == "average_precision":
        if n_classes == 2:
            return _ap(y == 1, score, W)
        return nan_mean(np.stack([_ap(y == c, score[:, c], W) for c in range(n_classes)]), axis=0)
    if metric in ("balanced_accuracy", "f1"):
        tp, actual, predicted = _class_counts(y, pred, W, n_classes)
        with np.errstate(invalid="ignore", divide="ignore"):
            if metric == "balanced_accuracy":
                recall = np.where(actual > 0, tp / np.maximum(actual, 1e-300), np.nan)
                return nan_mean(recall, axis=1)
            denominator = actual + predicted
            f1 = np.where(denominator > 0, 2 * tp / np.maximum(denominator, 1e-300), 0.0)
            # macro F1 over the classes that occur in the truth or the predictions, as scikit-learn does
            return nan_mean(np.where((actual > 0) | (predicted > 0), f1, np.nan), axis=1)
    if metric == "matthews_correlation":
        # the K-class form (Gorodkin 2004): (c s - sum p_k t_k) / sqrt((s^2 - sum p_k^2)(s^2 - sum t_k^2))
        tp, actual, predicted = _class_counts(y, pred, W, n_classes)
        s, c = W.sum(axis=1), tp.sum(axis=1)
        cov = c * s - (predicted * actual).sum(axis=1)
        var = (s**2 - (predicted**2).sum(axis=1)) * (s**2 - (actual**2).sum(axis=1))
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(var > 0, cov / np.sqrt(np.maximum(var, 1e-300)), 0.0)
    total = W.sum(axis=1)
    err = y - pred
    if metric == "mae":
        return (W * np.abs(err)).sum(axis=1) / total
    if metric == "rmse":
        return np.sqrt((W * err**2).sum(axis=1) / total)
    if metric == "r_squared":
        mean = (W * y).sum(axis=1, keepdims=True) / total[:, None]
        ss_tot = (W * (y - mean) ** 2).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(ss_tot > 0, 1 - (W * err**2).sum(axis=1) / ss_tot, np.nan)
    if metric == "spearmanr":
        return _weighted_pearson(_weighted_ranks(y, W), _weighted_ranks(pred, W), W)
    raise ValueError(f"unknown metric {metric}")


def bootstrap_weights(n: int, n_boot: int, rng: np.random.Generator, groups: Array | None = None) -> Array:
    """(n_boot + 1, n) weights: row 0 all ones (the point estimate), then resamples of rows or whole groups."""
    if groups is None:
        W = rng.multinomial(n, np.full(n, 1.0 / n), size=n_boot).astype(float)
    else:
        codes, inverse = np.unique(groups, return_inverse=True)
        draws = rng.multinomial(len(codes), np.full(len(codes), 1.0 / len(codes)), size=n_boot).astype(float)
        W = draws[:, inverse]
    return np.vstack([np.ones((1, n)), W])


@dataclass
class FoldPredictions:
    """Out-of-fold predictions: for each row its outer fold, its score(s) and its predicted label/value."""

    fold: Array  # (n,) int
    score: Array  # (n,) or (n, k)
    pred: Array  # (n,)


def fold_weights(fold: Array, groups: Array | None, n_boot: int, seed: int) -> list[tuple[Array, Array]]:
    """For each outer fold: its row indices and its (n_boot + 1, n_fold) bootstrap weights. Seeded per fold,
    so two models scored with the same seed see the same resamples (a paired comparison)."""
    out = []
    for k in np.unique(fold):
        idx = np.flatnonzero(fold == k)
        rng = np.random.default_rng([seed, int(k)])
        out.append((idx, bootstrap_weights(len(idx), n_boot, rng, None if groups is None else groups[idx])))
    return out


def replicate_scores(metric: str, y: Array, p: FoldPredictions, weights: Sequence[tuple[Array, Array]],
                     n_classes: int) -> Array:
    """The fold-averaged metric for the point estimate (index 0) and each bootstrap replicate."""
    per_fold = [metric_values(metric, y[idx], p.score[idx], p.pred[idx], W, n_classes) for idx, W in weights]
    return nan_mean(np.stack(per_fold), axis=0) if len(per_fold) > 1 else per_fold[0]


def summarise(values: Array) -> dict[str, float | None]:
    """`mean` (the point estimate) and the 95% percentile interval of the replicates."""
    point = values[0]
    reps = values[1:][np.isfinite(values[1:])]
    low, high = (np.percentile(reps, [2.5, 97.5]) if len(reps) else (np.nan, np.nan))
    return {"mean": _num(point), "ci_low": _num(low), "ci_high": _num(high)}


def _num(x: float) -> float | None:
    return None if not np.isfinite(x) else round(float(x), 6)


def score_panel(metrics: Sequence[str], y: Array, p: FoldPredictions, groups: Array | None, n_classes: int,
                n_boot: int, seed: int) -> dict[str, dict[str, float | None]]:
    weights = fold_weights(p.fold, groups, n_boot, seed)
    return {m: summarise(replicate_scores(m, y, p, weights, n_classes)) for m in metrics}


def fold_scores(metric: str, y: Array, p: FoldPredictions, n_classes: int) -> Array:
    """The metric in each outer fold (no resampling)."""
    return np.array([metric_values(metric, y[idx], p.score[idx], p.pred[idx], np.ones((1, len(idx))),
                                   n_classes)[0] for idx in (np.flatnonzero(p.fold == k) for k in np.unique(p.fold))])

