"""`deeprules compare PREDICTIONS`: the user's model against every baseline on the same outer folds.

PREDICTIONS (CSV, TSV or Parquet) holds the user's out-of-fold predictions for the rows `baselines` scored,
one line per row of DATA:
- `row`: the row's 0-based position in DATA (the `row` column of `<timestamp>.folds.csv`); required.
- `fold`: the outer fold the row was predicted in; optional, checked against the baselines' folds.
- `score`: binary tasks: the score or probability of the positive class (the report's `positive_class`);
  regression: the predicted value. Required except for multiclass tasks.
- `prediction`: the predicted class; optional for binary tasks (then `score >= 0.5`), required for multiclass.

Each metric is computed per fold and averaged, exactly as for the baselines; the difference (yours minus
the baseline's) gets a paired bootstrap interval: both models are scored on the same resampled rows (whole
groups when the baselines were grouped), so fold and sample difficulty cancel out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError
from .metrics import GREATER_IS_BETTER, FoldPredictions, fold_weights, replicate_scores, summarise
from .record import load_report
from .table import line_of, read_table

N_BOOT = 1000


def folds_path(report_path: Path, report: dict[str, Any]) -> Path:
    sibling = report_path.with_name(report_path.name.removesuffix(".json") + ".folds.csv")
    if sibling.is_file():
        return sibling
    raise InputError(f"{report_path}: no fold file beside it ({sibling.name}); run `deeprules baselines` again "
                     "inside the project")


def _class_index(values: pd.Series, classes: list[str], path: Path, column: str) -> np.ndarray:
    lookup = {c: i for i, c in enumerate(classes)}
    text = values.astype(str).str.strip()
    # numeric labels may come back as 1.0 from a float column
    text = text.where(text.isin(lookup), text.str.removesuffix(".0"))
    unknown = ~text.isin(lookup)
    if unknown.any():
        i = int(np.flatnonzero(unknown.to_numpy())[0])
        raise InputError(f"{path}, line {line_of(path, i)}: {column} {values.iloc[i]!r} is not one of the classes "
                         f"{', '.join(classes)}")
    return text.map(lookup).to_numpy(dtype=int)


def _numbers(values: pd.Series, path: Path, column: str) -> np.ndarray:
    numeric = pd.to_numeric(values, errors="coerce")
    bad = numeric.isna() | ~np.isfinite(numeric.to_numpy(dtype=float))
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise InputError(f"{path}, line {line_of(path, i)}: {column} {values.iloc[i]!r} is not a number")
    return numeric.to_numpy(dtype=float)


def _refuse_other_shapes(report: dict[str, Any], path: Path) -> None:
    """The report is repository text (a clone, a pull request): every field compare uses has the shape
    `baselines` writes, or the file is named in one line (not a TypeError deep in the metrics)."""
    for key in ("task", "metrics", "models", "seed"):
        if key not in report:
            raise InputError(f"{path}: not a baselines report (no {key!r})")

    def wrong(key: str, expected: str) -> InputError:
        return InputError(f"{path}: not a baselines report ({key!r} is not {expected})")

    if report["task"] not in ("classification", "regression"):
        raise wrong("task", "'classification' or 'regression'")
    if not isinstance(report["metrics"], list) or not all(isinstance(m, str) and m in GREATER_IS_BETTER
                                                          for m in report["metrics"]):
        raise wrong("metrics", f"a list of metric names ({', '.join(GREATER_IS_BETTER)})")
    if not isinstance(report["models"], list) or not all(isinstance(m, dict) and isinstance(m.get("name"), str)
                                                         for m in report["models"]):
        raise wrong("models", "a list of objects with a 'name'")
    if isinstance(report["seed"], bool) or not isinstance(report["seed"], int) or not 0 <= report["seed"] < 2**32:
        raise wrong("seed", "a whole number from 0 to 2**32 - 1")
    classes = report.get("classes")
    if classes is not None and not (isinstance(classes, list) and all(isinstance(c, str | int | float | bool)
                                                                      for c in classes)):
        raise wrong("classes", "a list of class labels")


def compare(predictions: Path, report_path: Path, *, seed: int | None = None,
            follow_symlinks: bool = True) -> dict[str, Any]:
    """`follow_symlinks`: the report was named by the user (False for the newest found in the project)."""
    report = load_report(report_path, follow_symlinks=follow_symlinks)
    _refuse_other_shapes(report, report_path)
    table = read_table(folds_path(report_path, report))
    mine = read_table(predictions)
    task: str = report["task"]
    classes = [str(c) for c in report.get("classes") or []]
    n_classes = len(classes)
    if "row" not in mine.columns:
        raise InputError(f"{predictions}: no 'row' column (the 0-based row of DATA, as in the folds file)")
    rows = _numbers(mine["row"], predictions, "row").astype(int)
    dupes = pd.Series(rows).duplicated()
    if dupes.any():
        i = int(np.flatnonzero(dupes.to_numpy())[0])
        raise InputError(f"{predictions}, line {line_of(predictions, i)}: row {rows[i]} appears twice")
    known = set(table["row"].tolist())
    stray = [i for i, r in enumerate(rows) if r not in known]
    if stray:
        raise InputError(f"{predictions}, line {line_of(predictions, stray[0])}: row {rows[stray[0]]} is not in "
                         f"the baselines' data ({len(table)} rows)")
    missing = sorted(known - set(rows.tolist()))
    if missing:
        raise InputError(f"{predictions}: no prediction for {len(missing)} row(s) the baselines scored, e.g. row "
                         f"{missing[0]}; give an out-of-fold prediction for every row")
    mine = mine.assign(row=rows).set_index("row").loc[table["row"]].reset_index()
    fold = table["fold"].to_numpy(dtype=int)
    if "fold" in mine.columns:
        theirs = _numbers(mine["fold"], predictions, "fold").astype(int)
        off = np.flatnonzero(theirs != fold)
        if len(off):
            raise InputError(f"{predictions}: row {int(table['row'].iloc[off[0]])} is in fold {theirs[off[0]]} "
                             f"but the baselines put it in fold {fold[off[0]]}; use the folds in "
                             f"{folds_path(report_path, report).name}")
    groups = table["group"].to_numpy() if "group" in table.columns else None
    if task == "regression":
        y = _numbers(table["target"], predictions, "target")
        score = _numbers(_need(mine, "score", predictions), predictions, "score")
        user = FoldPredictions(fold, score, score)
        metrics = list(report["metrics"])
    else:
        y = _class_index(table["target"], classes, predictions, "target")
        if n_classes == 2:
            score = _numbers(_need(mine, "score", predictions), predictions, "score")
            pred = (_class_index(mine["prediction"], classes, predictions, "prediction")
                    if "prediction" in mine.columns else (score >= 0.5).astype(int))
            metrics = list(report["metrics"])
        else:
            pred = _class_index(_need(mine, "prediction", predictions), classes, predictions, "prediction")
            score = np.zeros((len(pred), n_classes))
            metrics = [m for m in report["metrics"] if m in ("balanced_accuracy", "f1", "matthews_correlation")]
        user = FoldPredictions(fold, score, pred)
    run_seed = report["seed"] if seed is None else seed
    weights = fold_weights(fold, groups, N_BOOT, run_seed)
    ours = {m: replicate_scores(m, y, user, weights, n_classes) for m in metrics}
    comparisons = []
    for model in report["models"]:
        name = model["name"]
        if f"pred_{name}" not in table.columns:
            continue
        if task == "regression":
            base_score = _numbers(table[f"pred_{name}"], predictions, f"pred_{name}")
            base = FoldPredictions(fold, base_score, base_score)
        else:
            base_pred = _class_index(table[f"pred_{name}"], classes, predictions, f"pred_{name}")
            base_score = (_numbers(table[f"score_{name}"], predictions, f"score_{name}")
                          if f"score_{name}" in table.columns else np.zeros((len(base_pred), n_classes)))
            base = FoldPredictions(fold, base_score, base_pred)
        per_metric = {}
        for m in metrics:
            theirs = replicate_scores(m, y, base, weights, n_classes)
            diff = summarise(ours[m] - theirs)
            sign = 1 if GREATER_IS_BETTER[m] else -1
            verdict = ("better" if diff["ci_low"] is not None and sign * diff["ci_low"] > 0 and
                       sign * (diff["ci_high"] or 0) > 0 else
                       "worse" if diff["ci_high"] is not None and sign * diff["ci_high"] < 0 and
                       sign * (diff["ci_low"] or 0) < 0 else "no clear difference")
            per_metric[m] = {"baseline": summarise(theirs)["mean"], "difference": diff["mean"],
                             "ci_low": diff["ci_low"], "ci_high": diff["ci_high"], "verdict": verdict}
        comparisons.append({"baseline": name, "metrics": per_metric})
    return {"predictions": predictions.name, "baselines": str(report_path), "task": task, "metrics": metrics,
            "n_rows": len(table), "folds": len(np.unique(fold)), "seed": run_seed,
            "model": {m: summarise(v) for m, v in ours.items()}, "comparisons": comparisons}


def _need(frame: pd.DataFrame, column: str, path: Path) -> pd.Series:
    if column not in frame.columns:
        raise InputError(f"{path}: no {column!r} column (see `deeprules compare --help` for the columns)")
    return frame[column]
