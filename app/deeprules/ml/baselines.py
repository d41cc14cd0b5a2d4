"""`deeprules baselines`: every baseline tuned with the same budget in nested CV, scored with intervals,
and the best one refit on shuffled labels (the control tip 2 and tip 6 ask for).

The report (`run(...).report`) is the public JSON: `task`, `split`, `models`, `shuffle_control`,
`warnings`, `seed`, `versions`, and `positive_class`, `metrics`, `primary_metric`, `n_rows`, `data`,
`folds_file`. Nothing in it depends on the clock or the machine's load: the same seed gives the same JSON.
Per-row fold assignments and out-of-fold predictions (`fold_table`) are what `compare` reads.
"""

from __future__ import annotations

import platform
import warnings as warnings_module
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .metrics import GREATER_IS_BETTER, FoldPredictions, nan_mean, panel, score_panel
from .search import ModelRun, Progress, inner_splits, nested_search, permute_labels, refit_scores
from .spaces import models as model_list
from .splits import check_foldable, outer_splits, splitter
from .table import Dataset

N_BOOT = 1000
P_WARN = 0.05
RANDOM_SPLIT_REPEATS = 10  # shuffled-label refits under a plain random split (the leak probe)
LEAK_MARGIN = 0.1  # shuffled labels scoring this far above chance under a random split expose a leak


@dataclass
class BaselineRun:
    report: dict[str, Any]
    fold_table: pd.DataFrame


def versions() -> dict[str, str]:
    import joblib
    import sklearn

    from .. import __version__

    return {"deeprules": __version__, "python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "numpy": np.__version__, "pandas": pd.__version__, "joblib": joblib.__version__}


def chance_level(metric: str, y: np.ndarray, n_classes: int) -> float | None:
    """What a model without signal scores on average (None where it depends on the data's scale)."""
    if metric in ("roc_auc", "spearmanr", "matthews_correlation"):
        return 0.5 if metric == "roc_auc" else 0.0
    if metric == "balanced_accuracy":
        return 1.0 / n_classes
    if metric == "average_precision" and n_classes == 2:
        return float(np.mean(y == 1))
    if metric == "r_squared":
        return 0.0
    return None


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    return {k: (round(v, 6) if isinstance(v, float) else v) for k, v in sorted(params.items())}


def run(ds: Dataset, *, budget: int = 20, folds: int = 5, inner_folds: int = 3, permutations: int = 100,
        seed: int = 0, jobs: int = -1, only: list[str] | None = None,
        progress: Progress | None = None) -> BaselineRun:
    """Tune, score and control every baseline. Parallelism is across fits, so each fit gets one thread
    (joblib does the same in its workers): OpenMP teams inside busy workers only fight for the cores."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return _run(ds, budget=budget, folds=folds, inner_folds=inner_folds, permutations=permutations, seed=seed,
                    jobs=jobs, only=only, progress=progress)


def _run(ds: Dataset, *, budget: int, folds: int, inner_folds: int, permutations: int, seed: int, jobs: int,
         only: list[str] | None, progress: Progress | None) -> BaselineRun:
    check_foldable(ds, folds, inner_folds)
    n_classes = len(ds.classes)
    metrics = panel(ds.task, ds.y, n_classes)
    primary = metrics[0]
    outer = outer_splits(ds, folds, seed)
    inner = inner_splits(ds, outer, inner_folds, seed)
    warnings: list[str] = [*label_proxies(ds)]
    runs: list[ModelRun] = []
    chosen = model_list(ds.task, only)
    for i, model in enumerate(chosen):
        runs.append(nested_search(ds, model, outer=outer, inner=inner, primary=primary, budget=budget,
                                  seed=(seed + 7919 * i) % 2**32, jobs=jobs, progress=progress))
        if runs[-1].failed_fits:
            warnings.append(f"{model.name}: {runs[-1].failed_fits} tuning fit(s) failed and were skipped")
    scored: list[dict[str, Any]] = []
    for r in runs:
        panel_scores = score_panel(metrics, ds.y, r.predictions, ds.groups, n_classes, N_BOOT, seed)
        scored.append({"name": r.name, "trials": r.trials,
                       "best_params": [_jsonable(p) for p in r.best_params],
                       "metrics": panel_scores})
    sign = 1 if GREATER_IS_BETTER[primary] else -1
    ranked = [m for m in scored if m["name"] != "dummy" and m["metrics"][primary]["mean"] is not None] or scored
    best = max(ranked, key=lambda m: sign * (m["metrics"][primary]["mean"] or -np.inf))
    best_run = next(r for r in runs if r.name == best["name"])
    best_model = next(m for m in chosen if m.name == best["name"])
    control: dict[str, Any] | None = None
    if permutations > 0:
        control = shuffle_control(ds, best_model, best_run, outer, primary, permutations, seed, jobs, progress,
                                  best["metrics"][primary]["mean"], warnings)
    report = {
        "task": ds.task, "data": ds.path.name, "n_rows": ds.n, "target": ds.target,
        "positive_class": _plain(ds.classes[1]) if n_classes == 2 else None,
        # what average precision a model without signal scores: the positive class's share
        "prevalence": round(float(np.mean(ds.y == 1)), 6) if n_classes == 2 else None,
        "classes": [_plain(c) for c in ds.classes],
        "split": {"kind": type(splitter(ds.task, folds, seed, ds.groups is not None)).__name__,
                  "folds": folds, "inner_folds": inner_folds, "group": ds.group,
                  "n_groups": None if ds.groups is None else len(np.unique(ds.groups))},
        "metrics": metrics, "primary_metric": primary, "budget": budget,
        "models": scored, "best_model": best["name"], "shuffle_control": control,
        "warnings": warnings, "seed": seed, "versions": versions(),
    }
    return BaselineRun(report, fold_table(ds, runs))


PROXY_STRENGTH = 0.98  # as the audit's feature_leak


def label_proxies(ds: Dataset) -> list[str]:
    """Warnings for numeric features that alone order the rows by label almost perfectly (ROC AUC for two
    classes, |Spearman| for a numeric target): a sample number assigned in label order, a batch or plate
    that coincides with the label, a score derived from the label. A real marker can be this strong too,
    so it is a warning; the cross-validated scores cannot reveal it, since the proxy is in every fold."""
    from scipy.stats import rankdata

    if ds.task == "classification" and len(ds.classes) != 2:
        return []
    columns = ds.numeric_columns
    if not columns:
        return []
    X = ds.features[columns].to_numpy(dtype=float)
    with warnings_module.catch_warnings():
        warnings_module.simplefilter("ignore", RuntimeWarning)  # an all-empty column: its median is NaN
        X = np.where(np.isnan(X), np.nanmedian(X, axis=0), X)
    # mid-ranks of one float block in pandas' C loop (scipy's rankdata along an axis, or pandas column by
    # column, took 11-28 s on 500 x 20,000)
    ranks = pd.DataFrame(X).rank(method="average").to_numpy()
    if ds.task == "classification":
        positive = ds.y == 1
        n_pos, n_neg = int(positive.sum()), int((~positive).sum())
        auc = (ranks[positive].sum(axis=0) - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
        strength, name = np.maximum(auc, 1 - auc), "ROC AUC"
    else:
        target = rankdata(ds.y) - (len(ds.y) + 1) / 2
        centred = ranks - ranks.mean(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            strength = np.abs(centred.T @ target) / (np.linalg.norm(centred, axis=0) * np.linalg.norm(target))
        name = "|Spearman|"
    out = []
    for i in np.flatnonzero(np.nan_to_num(strength) >= PROXY_STRENGTH)[:5]:
        out.append(f"feature {columns[i]!r} alone predicts {ds.target!r} ({name} {strength[i]:.3f}): if it is a "
                   "sample number in label order, a batch or plate that coincides with the label, or derived "
                   f"from the label, the scores are leaked; drop it (--drop {columns[i]}) unless it is a real "
                   "measurement (tip 7)")
    return out


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def shuffle_control(ds: Dataset, model: Any, best: ModelRun, outer: list[Any], primary: str, permutations: int,
                    seed: int, jobs: int, progress: Progress | None, real: float | None,
                    warnings: list[str]) -> dict[str, Any]:
    rng = np.random.default_rng([seed, 1])
    labels = [permute_labels(ds.y, ds.groups, rng) for _ in range(permutations)]
    shuffled = refit_scores(ds, model, best.best_params, outer, labels, primary, seed, jobs, progress)
    sign = 1 if GREATER_IS_BETTER[primary] else -1
    real_value = float("nan") if real is None else real
    # a shuffle whose every fold failed to score is no evidence either way: it leaves the count, and the
    # p-value is (k + 1) / (n + 1) over the shuffles that scored. Without a real score there is no p-value
    # (a comparison with NaN is false, which used to give the smallest p possible).
    scored = shuffled[np.isfinite(shuffled)]
    k = int(np.sum(sign * scored >= sign * real_value - 1e-12))
    p_value: float | None = (k + 1) / (len(scored) + 1) if np.isfinite(real_value) and len(scored) else None
    if p_value is None:
        warnings.append(f"shuffle control: no p-value ({best.name}'s {primary} "
                        f"{'could not be computed' if not np.isfinite(real_value) else 'has no scored shuffle'})")
    if len(scored) < permutations:
        warnings.append(f"shuffle control: {permutations - len(scored)} of {permutations} shuffles could not be "
                        "scored and were left out")
    n_classes = len(ds.classes)
    chance = chance_level(primary, ds.y, n_classes)
    # the leak probe: the same shuffled labels (moved between whole groups) under a plain random split
    probe_labels = labels[:RANDOM_SPLIT_REPEATS]
    random_cv = splitter(ds.task, len(outer), seed, grouped=False)
    random_outer = list(random_cv.split(np.zeros((ds.n, 1)), ds.y))
    probe = refit_scores(ds, model, best.best_params, random_outer, probe_labels, primary, seed, jobs, progress,
                         what="random-split probe")
    probe_mean = float(nan_mean(probe))
    if p_value is None:
        pass
    elif p_value > P_WARN and k == 0:
        warnings.append(f"shuffle control: {len(scored)} shuffles cannot give p below {p_value:.3f}; use "
                        f"--permutations {int(np.ceil(1 / P_WARN))} or more for a conclusive control")
    elif p_value > P_WARN:
        warnings.append(f"shuffle control: {best.name}'s {primary} ({real_value:.3f}) is not clearly above the "
                        f"same model on shuffled labels (mean {nan_mean(shuffled):.3f}, p = {p_value:.3f}): "
                        "no evidence the features predict the label (tip 6)")
    reference = chance if chance is not None else float(nan_mean(shuffled))
    if sign * (probe_mean - reference) > LEAK_MARGIN:
        warnings.append(f"leak probe: shuffled labels score {primary} {probe_mean:.3f} under a plain random split "
                        f"(chance {reference:.3f}): related rows straddle random folds; split by group "
                        "(`--group`) and run `deeprules audit` (tip 7)")
    return {"model": best.name, "metric": primary, "score": real, "shuffled": _r(nan_mean(shuffled)),
            "shuffled_sd": _r(np.nanstd(shuffled)), "shuffled_max": _r(np.nanmax(shuffled)),
            "permutations": permutations, "scored_permutations": len(scored), "exceeded": k,
            "p_value": None if p_value is None else round(p_value, 6), "chance": _r(chance),
            "permuted": "between groups" if ds.groups is not None else "rows",
            "random_split_shuffled": _r(probe_mean), "random_split_repeats": len(probe_labels)}


def _r(x: float | None) -> float | None:
    return None if x is None or not np.isfinite(x) else round(float(x), 6)


def fold_table(ds: Dataset, runs: list[ModelRun]) -> pd.DataFrame:
    """One row per data row: `row` (0-based position in DATA), `fold`, `target`, then per model `score_<name>`
    (positive-class score or regression prediction) and `pred_<name>` (predicted class or value)."""
    first: FoldPredictions = runs[0].predictions
    target = [ds.classes[i] for i in ds.y] if ds.classes else ds.y
    table = pd.DataFrame({"row": np.arange(ds.n), "fold": first.fold, "target": target})
    if ds.groups is not None and ds.group:
        table["group"] = ds.groups
    for r in runs:
        p = r.predictions
        if p.score.ndim == 1:
            table[f"score_{r.name}"] = np.round(p.score, 6)
        table[f"pred_{r.name}"] = [ds.classes[i] for i in p.pred] if ds.classes else np.round(p.pred, 6)
    return table
