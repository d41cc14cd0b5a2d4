"""`deeprules audit TRAIN TEST`: evidence that the test set is not independent of the training set (tip 7).

Findings (JSON `findings`, each `kind`, `count` of affected test rows, `share_of_test`, `examples`):
- `duplicate`: a test row identical to a training row (all shared feature, sequence and SMILES columns).
- `near_duplicate`: on the numeric features scaled by the training set, a test row whose nearest training
  row is much closer than its second nearest (distance ratio below `NEAR_RATIO`, tighter in fewer than ten
  dimensions; needs two or more numeric features): a replicate or a twin.
- `group_overlap`: a test row whose group also appears in training.
- `homology`: a test sequence with a related training sequence (see homology.py).
- `scaffold`: a test molecule whose Bemis-Murcko scaffold is also in training.
- `feature_leak`: one feature alone separates the labels almost perfectly in both files (ROC AUC, or
  |Spearman| for a numeric target, or a category -> label lookup, at least `LEAK_STRENGTH`); `count` is the
  number of such features and `share_of_test` is 1 (every test row is affected).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError
from .table import read_table, require_column

NEAR_RATIO = 0.5
# Among unrelated points spread evenly in d dimensions, P(d1/d2 < r) = r**d: in few dimensions a small
# ratio happens by chance, so the threshold tightens to keep that chance below NEAR_FALSE_ALARM.
NEAR_FALSE_ALARM = 0.001
LEAK_STRENGTH = 0.98
MAX_EXAMPLES = 5


@dataclass
class AuditInput:
    train_path: Path
    test_path: Path
    train: pd.DataFrame
    test: pd.DataFrame
    target: str | None
    group: str | None
    id: str | None
    sequence: str | None
    smiles: str | None

    @property
    def features(self) -> list[str]:
        named = {c for c in (self.target, self.group, self.id, self.sequence, self.smiles) if c}
        return [c for c in self.train.columns if c in set(self.test.columns) and c not in named]

    def label(self, frame: pd.DataFrame, i: int) -> Any:
        value = frame[self.id].iloc[i] if self.id else i
        return value.item() if hasattr(value, "item") else value


def _halves(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One table with the `split` column that `deeprules split` writes: its train and test rows."""
    frame = read_table(path)
    column = require_column(frame, "split", path, "split").astype(str).str.strip().str.lower()
    unknown = sorted(set(column) - {"train", "test"})
    if unknown:
        line = int(np.flatnonzero(column.to_numpy() == unknown[0])[0]) + 2
        raise InputError(f"{path}, line {line}: split {unknown[0]!r} is neither train nor test")
    if not (column == "test").any() or not (column == "train").any():
        raise InputError(f"{path}: the split column needs both train and test rows")
    rest = frame.drop(columns="split")
    return rest[column == "train"].reset_index(drop=True), rest[column == "test"].reset_index(drop=True)


def load(train: Path, test: Path | None, *, target: str | None = None, group: str | None = None,
         id: str | None = None, sequence: str | None = None, smiles: str | None = None) -> AuditInput:
    """TRAIN and TEST files, or (TEST None) one file with a train/test `split` column."""
    if test is None:
        a, b = _halves(train)
        test = train
    else:
        a, b = read_table(train), read_table(test)
    for column, what in ((target, "target"), (group, "group"), (id, "id"), (sequence, "sequence"),
                         (smiles, "SMILES")):
        if column:
            require_column(a, column, train, what)
            require_column(b, column, test, what)
    for column, what in ((sequence, "sequence"), (group, "group")):
        for frame, path in ((a, train), (b, test)):
            if column and frame[column].isna().any():
                line = int(np.flatnonzero(frame[column].isna().to_numpy())[0]) + 2
                raise InputError(f"{path}, line {line}: {what} column {column!r} is empty")
    return AuditInput(train, test, a, b, target, group, id, sequence, smiles)


def _finding(kind: str, test_rows: Sequence[int], n_test: int, examples: list[dict[str, Any]],
             **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "count": len(test_rows), "share_of_test": round(len(test_rows) / max(1, n_test), 4),
            "examples": examples[:MAX_EXAMPLES], **extra}


def _row_keys(frame: pd.DataFrame, columns: list[str]) -> pd.Series:
    normalised = pd.DataFrame({c: (frame[c].astype(float) if pd.api.types.is_numeric_dtype(frame[c])
                                   and not pd.api.types.is_bool_dtype(frame[c]) else frame[c].astype(str))
                               for c in columns})
    return pd.util.hash_pandas_object(normalised, index=False)


def duplicates(inp: AuditInput) -> tuple[dict[str, Any] | None, set[int]]:
    columns = inp.features + [c for c in (inp.sequence, inp.smiles) if c]
    if not columns:
        return None, set()
    train_keys = _row_keys(inp.train, columns)
    first = dict(zip(train_keys.to_numpy().tolist(), range(len(train_keys)), strict=False))
    test_keys = _row_keys(inp.test, columns).to_numpy().tolist()
    rows = [i for i, key in enumerate(test_keys) if key in first]
    examples = [{"test": inp.label(inp.test, i), "train": inp.label(inp.train, first[test_keys[i]])}
                for i in rows[:MAX_EXAMPLES]]
    return _finding("duplicate", rows, len(inp.test), examples), set(rows)


def near_duplicates(inp: AuditInput, exact: set[int]) -> dict[str, Any] | None:
    numeric = [c for c in inp.features if pd.api.types.is_numeric_dtype(inp.train[c])
               and pd.api.types.is_numeric_dtype(inp.test[c]) and not pd.api.types.is_bool_dtype(inp.train[c])]
    if len(numeric) < 2 or len(inp.train) < 3:
        return None
    from sklearn.neighbors import NearestNeighbors

    a = inp.train[numeric].to_numpy(dtype=float)
    b = inp.test[numeric].to_numpy(dtype=float)
    centre = np.nanmedian(a, axis=0)
    scale = np.nanstd(a, axis=0)
    scale[~np.isfinite(scale) | (scale == 0)] = 1.0
    a = np.nan_to_num((a - centre) / scale)
    b = np.nan_to_num((b - centre) / scale)
    distances, neighbours = NearestNeighbors(n_neighbors=2).fit(a).kneighbors(b)
    d1, d2 = distances[:, 0], distances[:, 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(d2 > 0, d1 / d2, 1.0)
    threshold = min(NEAR_RATIO, NEAR_FALSE_ALARM ** (1 / len(numeric)))
    rows = [i for i in np.flatnonzero(ratio < threshold).tolist() if i not in exact]
    examples = [{"test": inp.label(inp.test, i), "train": inp.label(inp.train, int(neighbours[i, 0])),
                 "distance_ratio": round(float(ratio[i]), 4)} for i in rows[:MAX_EXAMPLES]]
    return _finding("near_duplicate", rows, len(inp.test), examples, features=len(numeric),
                    threshold=round(threshold, 4))


def group_overlap(inp: AuditInput) -> dict[str, Any] | None:
    if not inp.group:
        return None
    train_groups = set(inp.train[inp.group].astype(str))
    test_groups = inp.test[inp.group].astype(str).to_numpy()
    rows = [i for i, g in enumerate(test_groups) if g in train_groups]
    shared = sorted({test_groups[i] for i in rows})
    return _finding("group_overlap", rows, len(inp.test), [{"group": g} for g in shared[:MAX_EXAMPLES]],
                    groups=len(shared))


def homology(inp: AuditInput, *, min_identity: float | None = None) -> dict[str, Any] | None:
    from .homology import related_pairs

    if not inp.sequence:
        return None
    hits, method = related_pairs(inp.test[inp.sequence].astype(str).tolist(),
                                 inp.train[inp.sequence].astype(str).tolist(), min_identity=min_identity)
    examples = [{"test": inp.label(inp.test, h.query), "train": inp.label(inp.train, h.target),
                 "identity": h.identity} for h in hits[:MAX_EXAMPLES]]
    return _finding("homology", [h.query for h in hits], len(inp.test), examples, method=method)


def scaffold_overlap(inp: AuditInput) -> dict[str, Any] | None:
    from .chem import scaffolds

    if not inp.smiles:
        return None
    train = scaffolds(inp.train[inp.smiles].tolist(), inp.train_path, inp.smiles)
    test = scaffolds(inp.test[inp.smiles].tolist(), inp.test_path, inp.smiles)
    first = {s: i for i, s in reversed(list(enumerate(train))) if s}
    rows = [i for i, s in enumerate(test) if s and s in first]
    examples = [{"test": inp.label(inp.test, i), "train": inp.label(inp.train, first[test[i]]),
                 "scaffold": test[i]} for i in rows[:MAX_EXAMPLES]]
    return _finding("scaffold", rows, len(inp.test), examples, scaffolds=len({test[i] for i in rows}))


def _auc(x: np.ndarray, positive: np.ndarray) -> float:
    from scipy.stats import rankdata

    ok = np.isfinite(x)
    x, positive = x[ok], positive[ok]
    n_pos, n_neg = int(positive.sum()), int((~positive).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = rankdata(x)
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def feature_leaks(inp: AuditInput) -> dict[str, Any] | None:
    """Features that alone predict the label almost perfectly in the training AND the test file."""
    from scipy.stats import spearmanr

    if not inp.target:
        return None
    ya, yb = inp.train[inp.target], inp.test[inp.target]
    numeric_target = pd.api.types.is_numeric_dtype(ya) and ya.nunique() > 10
    leaks = []
    for column in inp.features:
        xa, xb = inp.train[column], inp.test[column]
        strength: float | None = None
        if pd.api.types.is_numeric_dtype(xa) and pd.api.types.is_numeric_dtype(xb) and xa.nunique() > 2:
            a, b = xa.to_numpy(dtype=float), xb.to_numpy(dtype=float)
            if numeric_target:
                with np.errstate(invalid="ignore"):
                    ra, rb = spearmanr(a, ya, nan_policy="omit")[0], spearmanr(b, yb, nan_policy="omit")[0]
                if np.isfinite(ra) and np.isfinite(rb) and np.sign(ra) == np.sign(rb):
                    strength = min(abs(ra), abs(rb))
            elif ya.nunique() == 2:
                positive = sorted(pd.unique(ya).tolist(), key=str)[1]
                auc_a, auc_b = _auc(a, (ya == positive).to_numpy()), _auc(b, (yb == positive).to_numpy())
                if np.isfinite(auc_a) and np.isfinite(auc_b) and (auc_a - 0.5) * (auc_b - 0.5) > 0:
                    strength = min(max(auc_a, 1 - auc_a), max(auc_b, 1 - auc_b))
        elif not numeric_target and xa.nunique() < max(2, len(xa) // 2):
            # a category -> label lookup learnt on training rows, applied to test rows
            lookup = pd.DataFrame({"x": xa.astype(str), "y": ya.astype(str)}).groupby("x")["y"].agg(
                lambda s: s.value_counts().index[0])
            mapped = xb.astype(str).map(lookup)
            known = mapped.notna()
            if known.mean() > 0.5 and yb.nunique() > 1:
                strength = float((mapped[known] == yb.astype(str)[known]).mean())
        if strength is not None and strength >= LEAK_STRENGTH:
            leaks.append({"feature": column, "strength": round(float(strength), 4)})
    return {"kind": "feature_leak", "count": len(leaks), "share_of_test": 1.0 if leaks else 0.0,
            "examples": leaks[:MAX_EXAMPLES], "threshold": LEAK_STRENGTH}


def audit(inp: AuditInput, *, min_identity: float | None = None) -> dict[str, Any]:
    """The report: `leak`, `findings` (only kinds with a count), `checked` (every kind that ran), `skipped`."""
    from .homology import aligner_name

    results: list[dict[str, Any] | None] = []
    dup, exact = duplicates(inp)
    results += [dup, near_duplicates(inp, exact), group_overlap(inp), homology(inp, min_identity=min_identity),
                scaffold_overlap(inp), feature_leaks(inp)]
    ran = [r for r in results if r is not None]
    skipped = []
    if "near_duplicate" not in [r["kind"] for r in ran]:
        skipped.append("near_duplicate: fewer than two numeric features")
    if not inp.group:
        skipped.append("group_overlap: no --group")
    if not inp.sequence:
        skipped.append("homology: no --sequence")
    elif aligner_name() is None:
        skipped.append("alignment: parasail not installed, homology judged on k-mer similarity alone")
    if not inp.smiles:
        skipped.append("scaffold: no --smiles")
    if not inp.target:
        skipped.append("feature_leak: no --target")
    findings = [r for r in ran if r["count"] > 0]
    one_file = inp.train_path == inp.test_path
    return {"leak": bool(findings), "train": inp.train_path.name + (" [split=train]" if one_file else ""),
            "test": inp.test_path.name + (" [split=test]" if one_file else ""),
            "n_train": len(inp.train), "n_test": len(inp.test), "findings": findings,
            "checked": [r["kind"] for r in ran], "skipped": skipped}
