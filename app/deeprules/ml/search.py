"""Nested cross-validation with an equal, seeded random-search budget per model, and the shuffle control.

Outer folds estimate performance; inside each outer training set, inner folds choose the settings. Every
(model, outer fold, candidate, inner fold) fit is one joblib task, so all cores stay busy across folds and
the same code runs on a Dask cluster through joblib's backend. Results depend only on the seed: the tasks
are independent, seeded fits, gathered in submission order.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import clone

from ..errors import DeeprulesError
from .metrics import SCORERS, FoldPredictions, fold_scores
from .spaces import Model, candidates, pipeline
from .table import Dataset

Progress = Callable[[str, int, int], None]  # (what, done, total)
Split = tuple[np.ndarray, np.ndarray]


@contextlib.contextmanager
def parallel_backend(backend: str, scheduler: str | None) -> Iterator[None]:
    """joblib's own backends, or a Dask cluster at `scheduler` (a `distributed.Client` for the run)."""
    import joblib

    if backend == "dask":
        from distributed import Client  # part of deeprules[dask]; the CLI checks it is importable
        from distributed.client import FutureCancelledError

        with Client(scheduler) as _client, joblib.parallel_config(backend="dask", wait_for_workers_timeout=60):
            try:
                yield
            except FutureCancelledError as exc:
                # joblib's Dask backend can lose a batch's result on a busy cluster ("already forgotten");
                # nothing was recorded yet, so the run can simply be repeated.
                raise DeeprulesError(f"the Dask cluster at {scheduler} dropped a task before its result came "
                                     f"back ({str(exc).split(':')[-1].strip()}); run the command again, or use "
                                     "--backend loky on this machine") from None
            except TimeoutError as exc:  # no worker joined within the minute
                raise DeeprulesError(f"the Dask cluster at {scheduler} gave no worker within 60 s ({exc}); start its "
                                     "workers, or use --backend loky on this machine") from None
    else:
        with joblib.parallel_config(backend=backend):
            yield


def _return_as() -> str:
    """Stream results for the progress display; the Dask backend releases scattered inputs of streamed
    batches too early ("already forgotten"), so there results come back as one list."""
    from joblib.parallel import get_active_backend

    return "list" if "Dask" in type(get_active_backend()[0]).__name__ else "generator"


def _set(est: Any, params: dict[str, Any], n_train: int) -> Any:
    est = clone(est)
    params = dict(params)
    if "n_neighbors" in params:  # a neighbour count above the training rows cannot be fitted
        params["n_neighbors"] = max(1, min(int(params["n_neighbors"]), n_train))
    return est.set_params(**{f"model__{k}": v for k, v in params.items()})


def _fit_score(est: Any, params: dict[str, Any], X: pd.DataFrame, y: np.ndarray, train: np.ndarray,
               test: np.ndarray, scorer_name: str) -> float:
    from sklearn.metrics import get_scorer

    model = _set(est, params, len(train))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            model.fit(X.iloc[train], y[train])
            return float(get_scorer(scorer_name)(model, X.iloc[test], y[test]))
        except (ValueError, ArithmeticError, np.linalg.LinAlgError):
            return float("nan")


def _scores(model: Any, X: pd.DataFrame, n_classes: int) -> np.ndarray:
    if n_classes == 0:
        return np.asarray(model.predict(X), dtype=float)
    if hasattr(model, "predict_proba"):
        proba = model.predict_proba(X)
    else:
        proba = model.decision_function(X)
        if proba.ndim == 1:
            return np.asarray(proba, dtype=float)
    return np.asarray(proba[:, 1] if n_classes == 2 else proba, dtype=float)


def _fit_predict(est: Any, params: dict[str, Any], X: pd.DataFrame, y: np.ndarray, train: np.ndarray,
                 test: np.ndarray, n_classes: int) -> tuple[np.ndarray, np.ndarray]:
    model = _set(est, params, len(train))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(X.iloc[train], y[train])
        return _scores(model, X.iloc[test], n_classes), np.asarray(model.predict(X.iloc[test]))


def tuning_scorer(primary: str, n_classes: int) -> str:
    if primary == "roc_auc" and n_classes > 2:
        return "roc_auc_ovr"
    return SCORERS[primary]


@dataclass
class ModelRun:
    name: str
    trials: int
    best_params: list[dict[str, Any]]  # per outer fold
    predictions: FoldPredictions
    inner_best: list[float] = field(default_factory=list)
    failed_fits: int = 0


def _predictions(n: int, n_classes: int, splits: Sequence[Split],
                 results: Sequence[tuple[np.ndarray, np.ndarray]]) -> FoldPredictions:
    fold = np.empty(n, dtype=int)
    score = np.empty((n, n_classes) if n_classes > 2 else n, dtype=float)
    pred = np.empty(n, dtype=float if n_classes == 0 else int)
    for k, ((_, test), (s, p)) in enumerate(zip(splits, results, strict=True)):
        fold[test], score[test], pred[test] = k, s, p
    return FoldPredictions(fold, score, pred)


def inner_splits(ds: Dataset, outer: Sequence[Split], inner_folds: int, seed: int) -> list[list[Split]]:
    from .splits import splitter

    cv = splitter(ds.task, inner_folds, seed, ds.groups is not None)
    out = []
    for train, _ in outer:
        groups = None if ds.groups is None else ds.groups[train]
        out.append([(train[a], train[b]) for a, b in cv.split(np.zeros((len(train), 1)), ds.y[train], groups)])
    return out


def nested_search(ds: Dataset, model: Model, *, outer: Sequence[Split], inner: Sequence[Sequence[Split]],
                  primary: str, budget: int, seed: int, jobs: int, progress: Progress | None = None) -> ModelRun:
    """Tune `model` with `budget` seeded trials inside each outer fold; predict each outer test fold."""
    from joblib import Parallel, delayed

    n_classes = len(ds.classes)
    scorer = tuning_scorer(primary, n_classes)
    est = pipeline(model, seed, ds.numeric_columns, ds.categorical_columns)
    settings = candidates(model, budget, seed)
    X, y = ds.features, ds.y
    tasks = [(k, c, tr, te) for k, folds in enumerate(inner) for c in range(len(settings)) for tr, te in folds]
    total = len(tasks) + len(outer)
    scores = np.full((len(outer), len(settings), max(len(f) for f in inner)), np.nan)
    done = 0
    if len(settings) > 1:
        stream = Parallel(n_jobs=jobs, return_as=_return_as())(
            delayed(_fit_score)(est, settings[c], X, y, tr, te, scorer) for k, c, tr, te in tasks)
        counters: dict[tuple[int, int], int] = {}
        for (k, c, _, _), value in zip(tasks, stream, strict=True):
            i = counters.get((k, c), 0)
            counters[(k, c)] = i + 1
            scores[k, c, i] = value
            done += 1
            if progress and done % max(1, len(inner[0])) == 0:
                progress(model.name, done, total)
    failed = int(np.isnan(scores[:, :, 0]).sum()) if len(settings) > 1 else 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        means = np.nanmean(scores, axis=2) if len(settings) > 1 else np.zeros((len(outer), 1))
    means = np.where(np.isnan(means), -np.inf, means)
    best = [int(np.argmax(row)) for row in means]  # the first best on ties: deterministic
    refits = Parallel(n_jobs=jobs)(
        delayed(_fit_predict)(est, settings[best[k]], X, y, train, test, n_classes)
        for k, (train, test) in enumerate(outer))
    if progress:
        progress(model.name, total, total)
    return ModelRun(model.name, len(settings), [settings[b] for b in best], _predictions(ds.n, n_classes, outer,
                    refits), [float(means[k, b]) for k, b in enumerate(best)], failed)


# ------------------------------------------------------------------------------------ shuffle control
def permute_labels(y: np.ndarray, groups: np.ndarray | None, rng: np.random.Generator) -> np.ndarray:
    """Labels shuffled so that any link between features and label is broken, but the group structure kept.

    Without groups: a plain permutation. With groups, labels move between WHOLE groups: when every group
    has one label, the groups' labels are permuted among groups; when labels vary inside groups, groups of
    equal size swap their label vectors and each is shuffled inside. (scikit-learn's permutation_test_score
    permutes within groups, which changes nothing when replicates share a label: issue #21543.)"""
    if groups is None:
        return rng.permutation(y)
    codes, inverse = np.unique(groups, return_inverse=True)
    first = np.zeros(len(codes), dtype=int)
    first[inverse[::-1]] = np.arange(len(y))[::-1]
    constant = bool(np.all(y == y[first][inverse]))
    if constant:
        return y[first][rng.permutation(len(codes))][inverse]
    out = y.copy()
    members = [np.flatnonzero(inverse == g) for g in range(len(codes))]
    sizes = np.array([len(m) for m in members])
    for size in np.unique(sizes):
        same = np.flatnonzero(sizes == size)
        donors = same[rng.permutation(len(same))]
        for g, d in zip(same, donors, strict=True):
            out[members[g]] = rng.permutation(y[members[d]])
    return out


def refit_scores(ds: Dataset, model: Model, params: Sequence[dict[str, Any]], splits: Sequence[Split],
                 labels: Sequence[np.ndarray], primary: str, seed: int, jobs: int,
                 progress: Progress | None = None, what: str = "shuffle control") -> np.ndarray:
    """The fold-averaged primary metric of `model` (fold k's tuned `params[k]`) refit on each label vector."""
    from joblib import Parallel, delayed

    n_classes = len(ds.classes)
    est = pipeline(model, seed, ds.numeric_columns, ds.categorical_columns)
    jobs_list = [(i, k) for i in range(len(labels)) for k in range(len(splits))]
    stream = Parallel(n_jobs=jobs, return_as=_return_as())(
        delayed(_fit_predict)(est, params[k % len(params)], ds.features, labels[i], splits[k][0], splits[k][1],
                              n_classes) for i, k in jobs_list)
    per_label: list[list[tuple[np.ndarray, np.ndarray]]] = [[] for _ in labels]
    for done, ((i, _), result) in enumerate(zip(jobs_list, stream, strict=True), start=1):
        per_label[i].append(result)
        if progress and done % len(splits) == 0:
            progress(what, done // len(splits), len(labels))
    out = []
    for i, results in enumerate(per_label):
        p = _predictions(ds.n, n_classes, splits, results)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            out.append(float(np.nanmean(fold_scores(primary, labels[i], p, n_classes))))
    return np.array(out)
