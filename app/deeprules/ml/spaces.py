"""The baseline models and their search spaces (documented in README.md, "Tuned baselines").

Every model is a scikit-learn Pipeline whose preprocessing (median imputation and scaling for numbers, most
frequent imputation and one-hot encoding for categories) is fitted inside each training fold, never on the
whole table. Forests keep 100 trees (more trees only cost time; the search tunes depth, leaves and
features). Each model gets the same number of random-search trials drawn from its space with
`ParameterSampler` (a model whose whole space is smaller than the budget gets every point of it once).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from scipy.stats import loguniform, randint, uniform
from sklearn.base import BaseEstimator
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


@dataclass(frozen=True)
class Model:
    name: str
    make: Callable[[int], BaseEstimator]  # seed -> an unfitted estimator
    space: dict[str, Any]  # parameter -> list or scipy distribution (estimator parameters, no prefix)


def _classifiers() -> list[Model]:
    from sklearn.dummy import DummyClassifier
    from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import GaussianNB
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.svm import SVC

    return [
        Model("dummy", lambda s: DummyClassifier(strategy="prior"), {}),
        Model("logistic_regression", lambda s: LogisticRegression(max_iter=2000, random_state=s),
              {"C": loguniform(1e-4, 1e4), "class_weight": [None, "balanced"]}),
        Model("random_forest", lambda s: RandomForestClassifier(n_estimators=100, random_state=s, n_jobs=1),
              {"max_depth": [None, 3, 5, 10, 20],
               "min_samples_leaf": randint(1, 10), "max_features": ["sqrt", 0.3, 0.6, 1.0],
               "class_weight": [None, "balanced"]}),
        Model("gradient_boosting", lambda s: HistGradientBoostingClassifier(random_state=s, early_stopping=False),
              {"learning_rate": loguniform(0.01, 0.3), "max_iter": randint(50, 200),
               "max_leaf_nodes": randint(4, 32), "min_samples_leaf": randint(5, 40),
               "l2_regularization": loguniform(1e-6, 10.0)}),
        Model("k_nearest_neighbours", lambda s: KNeighborsClassifier(),
              {"n_neighbors": randint(1, 31), "weights": ["uniform", "distance"], "p": [1, 2]}),
        Model("naive_bayes", lambda s: GaussianNB(), {"var_smoothing": loguniform(1e-12, 1e-1)}),
        Model("support_vector_machine", lambda s: SVC(random_state=s),
              {"C": loguniform(1e-3, 1e3), "gamma": loguniform(1e-4, 1e1), "class_weight": [None, "balanced"]}),
    ]


def _regressors() -> list[Model]:
    from sklearn.dummy import DummyRegressor
    from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
    from sklearn.linear_model import Ridge
    from sklearn.neighbors import KNeighborsRegressor
    from sklearn.svm import SVR

    return [
        Model("dummy", lambda s: DummyRegressor(strategy="mean"), {}),
        Model("ridge_regression", lambda s: Ridge(random_state=s), {"alpha": loguniform(1e-4, 1e4)}),
        Model("random_forest", lambda s: RandomForestRegressor(n_estimators=100, random_state=s, n_jobs=1),
              {"max_depth": [None, 3, 5, 10, 20],
               "min_samples_leaf": randint(1, 10), "max_features": [0.3, 0.6, 1.0]}),
        Model("gradient_boosting", lambda s: HistGradientBoostingRegressor(random_state=s, early_stopping=False),
              {"learning_rate": loguniform(0.01, 0.3), "max_iter": randint(50, 200),
               "max_leaf_nodes": randint(4, 32), "min_samples_leaf": randint(5, 40),
               "l2_regularization": loguniform(1e-6, 10.0)}),
        Model("k_nearest_neighbours", lambda s: KNeighborsRegressor(),
              {"n_neighbors": randint(1, 31), "weights": ["uniform", "distance"], "p": [1, 2]}),
        Model("support_vector_machine", lambda s: SVR(),
              {"C": loguniform(1e-3, 1e3), "gamma": loguniform(1e-4, 1e1), "epsilon": uniform(0.0, 0.5)}),
    ]


def models(task: str, only: Sequence[str] | None = None) -> list[Model]:
    chosen = _classifiers() if task == "classification" else _regressors()
    if only:
        unknown = sorted(set(only) - {m.name for m in chosen})
        if unknown:
            from ..errors import InputError

            raise InputError(f"--models {unknown[0]!r}: choose from {', '.join(m.name for m in chosen)}")
        chosen = [m for m in chosen if m.name in set(only)]
    return chosen


def preprocessor(numeric: Sequence[str], categorical: Sequence[str]) -> ColumnTransformer:
    steps = []
    if numeric:
        steps.append(("numeric", Pipeline([("impute", SimpleImputer(strategy="median")),
                                           ("scale", StandardScaler())]), list(numeric)))
    if categorical:
        steps.append(("categorical", Pipeline([
            ("impute", SimpleImputer(strategy="most_frequent")),
            ("one_hot", OneHotEncoder(handle_unknown="ignore", sparse_output=False))]), list(categorical)))
    # n_jobs=1: the fits are already the parallel tasks; left to None, the transformer would fan out again
    # through the active joblib backend (on Dask that lost scattered inputs: "forgotten" keys)
    return ColumnTransformer(steps, remainder="drop", verbose_feature_names_out=False, n_jobs=1)


def pipeline(model: Model, seed: int, numeric: Sequence[str], categorical: Sequence[str]) -> Pipeline:
    return Pipeline([("prepare", preprocessor(numeric, categorical)), ("model", model.make(seed))])


def prefixed(space: dict[str, Any]) -> dict[str, Any]:
    """The space in Pipeline parameter names (`model__C`)."""
    return {f"model__{k}": v for k, v in space.items()}


def candidates(model: Model, budget: int, seed: int) -> list[dict[str, Any]]:
    """`budget` settings drawn from the model's space with a fixed seed (all of a smaller discrete space)."""
    from sklearn.model_selection import ParameterGrid, ParameterSampler

    if not model.space:
        return [{}]
    if all(isinstance(v, list) for v in model.space.values()):
        grid = list(ParameterGrid(model.space))
        if len(grid) <= budget:
            return grid
    drawn = list(ParameterSampler(model.space, n_iter=budget, random_state=seed))
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in params.items()} for params in drawn]
