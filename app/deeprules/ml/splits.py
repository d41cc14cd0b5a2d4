"""Which cross-validation splitter the data and the answers call for, and checks that it can work.

Grouped splitters keep every group's rows in one fold (tip 7: related samples never straddle the split):
`StratifiedGroupKFold` for classification, `GroupKFold` (shuffled) for regression. Without groups:
`StratifiedKFold` / `KFold`. All are shuffled with the run's seed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InputError
from .table import Dataset


def splitter(task: str, folds: int, seed: int, grouped: bool) -> Any:
    from sklearn.model_selection import GroupKFold, KFold, StratifiedGroupKFold, StratifiedKFold

    if grouped:
        if task == "classification":
            return StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
        return GroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    if task == "classification":
        return StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    return KFold(n_splits=folds, shuffle=True, random_state=seed)


def check_foldable(ds: Dataset, folds: int, inner_folds: int) -> None:
    """Refuse data the nested split cannot handle, naming the column: too few rows, groups or class members."""
    if folds < 2 or inner_folds < 2:
        raise InputError("--folds and --inner-folds must be at least 2")
    if ds.n < folds * inner_folds:
        raise InputError(f"{ds.path}: {ds.n} rows are too few for {folds} outer x {inner_folds} inner folds")
    if ds.groups is not None:
        n_groups = len(np.unique(ds.groups))
        if n_groups < folds:
            raise InputError(f"{ds.path}: group column {ds.group!r} has {n_groups} groups, fewer than "
                             f"--folds {folds}")
    if ds.task == "classification":
        counts = np.bincount(ds.y, minlength=len(ds.classes))
        smallest = int(np.argmin(counts))
        unit = "rows"
        if ds.groups is not None:
            # a class must reach every fold in whole groups: count the groups holding it
            counts = np.array([len(np.unique(ds.groups[ds.y == c])) for c in range(len(ds.classes))])
            smallest, unit = int(np.argmin(counts)), "groups"
        if counts[smallest] < folds:
            raise InputError(f"{ds.path}: class {ds.classes[smallest]!r} of {ds.target!r} has {counts[smallest]} "
                             f"{unit}, fewer than --folds {folds}; merge rare classes or lower --folds")
        # the tuning folds split each outer training set again: the class must reach every one of them too,
        # or its inner scores are undefined and tuning silently keeps the first setting
        in_training = int(counts[smallest]) - int(np.ceil(counts[smallest] / folds))
        if in_training < inner_folds:
            raise InputError(f"{ds.path}: class {ds.classes[smallest]!r} of {ds.target!r} has {counts[smallest]} "
                             f"{unit}: an outer training set keeps about {in_training}, fewer than --inner-folds "
                             f"{inner_folds}; merge rare classes or lower --folds or --inner-folds")


def outer_splits(ds: Dataset, folds: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    cv = splitter(ds.task, folds, seed, ds.groups is not None)
    X = np.zeros((ds.n, 1))
    return [(train, test) for train, test in cv.split(X, ds.y, ds.groups)]


def needs_groups(start: Path) -> bool:
    """True when the project's answers say the samples are not independent (replicates, shared donors)."""
    from ..answers import ANSWERS_PATH, find_project_root

    root = find_project_root(start)
    if root is None or not (root / ANSWERS_PATH).is_file():
        return False
    from ..answers import Answers

    try:
        answers = Answers.from_text((root / ANSWERS_PATH).read_text(encoding="utf-8"), str(ANSWERS_PATH),
                                    round_trip=False)
    except (InputError, OSError, UnicodeDecodeError):
        return False  # `deeprules status` reports a broken answers file; here it says nothing either way
    return str(answers.get("independent_samples", "")).lower() == "no"
