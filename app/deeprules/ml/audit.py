"""`deeprules audit TRAIN TEST`: evidence that the test set is not independent of the training set (tip 7).

Findings (JSON `findings`, each `kind`, `count` of affected test rows, `share_of_test`, `examples`):
- `duplicate`: a test row identical to a training row (all shared feature, sequence and SMILES columns).
- `near_duplicate`: on the numeric features scaled by the training set, a test row whose nearest training
  row is much closer than its second nearest (distance ratio below `NEAR_RATIO`, tighter in fewer than ten
  dimensions; needs two or more numeric features): a replicate or a twin.
- `group_overlap`: a test row whose group also appears in training.
- `homology`: a test sequence with a related training sequence (see homology.py).
- `scaffold`: a test molecule whose Bemis-Murcko scaffold is also in training.
- `preprocessing`: numeric features scaled with statistics that included the test rows (standardised or
  min-max scaled over both files together, or the test file standardised on its own); `count` is the number
  of such features, `how` says which.
- `temporal` (`--time`): test rows dated before the newest training row.
- `feature_leak`: one feature alone separates the labels almost perfectly in both files (ROC AUC, or
  |Spearman| for a numeric target, or a category -> label lookup, at least `LEAK_STRENGTH`); `count` is the
  number of such features and `share_of_test` is 1 (every test row is affected).
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError
from .table import line_of, read_table, require_column

NEAR_RATIO = 0.5
# Among unrelated points spread smoothly in d dimensions, P(d1/d2 < r) = r**d (the TwoNN law of Facco et al.
# 2017). d is the data's intrinsic dimension, not its column count: expression profiles of 50 genes driven by
# a few programmes behave as 3-5 dimensions, where a ratio of 0.5 happens by chance to one row in ten. So d
# is estimated on the training rows, and the threshold is set so that in a whole audit of data without
# twins the chance of any row passing it is AUDIT_FALSE_ALARM.
AUDIT_FALSE_ALARM = 0.01
TWONN_ROWS = 5000  # training rows used to estimate the intrinsic dimension
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
    time: str | None = None

    @property
    def features(self) -> list[str]:
        named = {c for c in (self.target, self.group, self.id, self.sequence, self.smiles, self.time) if c}
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
        line = line_of(path, int(np.flatnonzero(column.to_numpy() == unknown[0])[0]))
        raise InputError(f"{path}, line {line}: split {unknown[0]!r} is neither train nor test")
    if not (column == "test").any() or not (column == "train").any():
        raise InputError(f"{path}: the split column needs both train and test rows")
    rest = frame.drop(columns="split")
    return rest[column == "train"].reset_index(drop=True), rest[column == "test"].reset_index(drop=True)


def load(train: Path, test: Path | None, *, target: str | None = None, group: str | None = None,
         id: str | None = None, sequence: str | None = None, smiles: str | None = None,
         time: str | None = None) -> AuditInput:
    """TRAIN and TEST files, or (TEST None) one file with a train/test `split` column."""
    if test is None:
        a, b = _halves(train)
        test = train
    else:
        a, b = read_table(train), read_table(test)
    for column, what in ((target, "target"), (group, "group"), (id, "id"), (sequence, "sequence"),
                         (smiles, "SMILES"), (time, "time")):
        if column:
            require_column(a, column, train, what)
            require_column(b, column, test, what)
    for column, what in ((sequence, "sequence"), (group, "group"), (time, "time")):
        for frame, path in ((a, train), (b, test)):
            if column and frame[column].isna().any():
                line = line_of(path, int(np.flatnonzero(frame[column].isna().to_numpy())[0]))
                raise InputError(f"{path}, line {line}: {what} column {column!r} is empty")
    return AuditInput(train, test, a, b, target, group, id, sequence, smiles, time)


def _finding(kind: str, test_rows: Sequence[int], n_test: int, examples: list[dict[str, Any]],
             **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "count": len(test_rows), "share_of_test": round(len(test_rows) / max(1, n_test), 4),
            "examples": examples[:MAX_EXAMPLES], **extra}


def _normalised(inp: AuditInput, frame: pd.DataFrame, path: Path, columns: list[str],
                nucleotide: bool) -> pd.DataFrame:
    """The values two copies of one sample share however they were written: numbers as floats, text
    trimmed and case-folded, sequences upper-case without spaces (DNA/RNA as the lesser of the two
    strands: a read and its reverse complement are one locus), SMILES in RDKit's canonical form."""
    from .homology import reverse_complement

    out = {}
    for c in columns:
        values = frame[c]
        if c == inp.smiles:
            from .chem import canonical

            out[c] = pd.Series(canonical(values.tolist(), path, c), index=frame.index)
        elif c == inp.sequence:
            seqs = values.astype(str).str.replace(r"\s+", "", regex=True).str.upper()
            out[c] = seqs.map(lambda q: min(q, reverse_complement(q))) if nucleotide else seqs
        elif pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
            out[c] = values.astype(float)
        else:
            out[c] = values.astype(str).str.strip().str.casefold()
    return pd.DataFrame(out, index=frame.index)


def _row_keys(frame: pd.DataFrame) -> pd.Series:
    return pd.util.hash_pandas_object(frame, index=False)


def chance_matches(train: pd.DataFrame, test: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """For each test row, how many training rows would equal it by chance if the columns were independent:
    n_train x the product over columns of the share of training rows holding the test row's value. A row
    of a few coarse clinical fields (age, sex, stage) matches some unrelated patient by chance; a row of
    measurements never does."""
    log_expected = np.full(len(test), np.log(max(1, len(train))))
    if not len(test):
        return np.exp(log_expected)  # nothing matched: skip counting every column of the training file
    n = max(1, len(train))
    for c in columns:
        counts = train[c].value_counts()
        # Good-Turing: a new row repeats SOME seen value with probability 1 - singletons / n (in a column of
        # measurements almost every value is seen once, so a repeat is itself a rare event)
        coverage = max(1.0 - float((counts == 1).sum()) / n, 1.0 / n)
        share = test[c].map(counts / n).to_numpy(dtype=float) * coverage
        log_expected += np.log(np.where(np.isfinite(share), share, 1.0 / n))
    return np.asarray(np.exp(log_expected))


def _improbable(expected: np.ndarray, n_test: int) -> np.ndarray:
    """Matches that chance explains in fewer than AUDIT_FALSE_ALARM of audits (Bonferroni over test rows)."""
    return np.asarray(expected < AUDIT_FALSE_ALARM / max(1, n_test))


def duplicates(inp: AuditInput) -> tuple[dict[str, Any] | None, set[int]]:
    from .homology import is_nucleotide

    columns = inp.features + [c for c in (inp.sequence, inp.smiles) if c]
    if not columns:
        return None, set()
    nucleotide = bool(inp.sequence) and is_nucleotide(inp.train[inp.sequence].astype(str).tolist())
    train = _normalised(inp, inp.train, inp.train_path, columns, nucleotide)
    test = _normalised(inp, inp.test, inp.test_path, columns, nucleotide)
    train_keys = _row_keys(train)
    first = dict(zip(train_keys.to_numpy().tolist(), range(len(train_keys)), strict=False))
    test_keys = _row_keys(test).to_numpy().tolist()
    matched = [i for i, key in enumerate(test_keys) if key in first]
    # a shared molecule or sequence is the same sample whatever the odds; only plain features are weighed
    improbable = np.ones(len(matched), dtype=bool) if inp.sequence or inp.smiles else \
        _improbable(chance_matches(train, test.iloc[matched], columns), len(inp.test))
    rows = [i for i, keep in zip(matched, improbable, strict=True) if keep]
    examples = [{"test": inp.label(inp.test, i), "train": inp.label(inp.train, first[test_keys[i]])}
                for i in rows[:MAX_EXAMPLES]]
    return _finding("duplicate", rows, len(inp.test), examples,
                    coincidental=len(matched) - len(rows)), set(matched)


def _algorithm(a: np.ndarray) -> str:
    """Trees prune nothing beyond a few dozen dimensions: there one BLAS distance product is faster."""
    return "brute" if a.shape[1] > 20 else "auto"


def neighbour_law(a: np.ndarray, seed: int = 0) -> tuple[float, float]:
    """How unrelated rows of this table sit among each other: the intrinsic dimension d and the share of
    training rows whose nearest other training row is closer than NEAR_RATIO times the second nearest.

    d is the TwoNN estimate from each row's 2nd and 3rd nearest other rows: (d2/d3)**d is Beta(2, 1) for
    unrelated points, so d = m / (2 * sum(log(d3/d2))); the first neighbour is skipped because it may be the
    row's own replicate, and tied distances (coarse values) are left out. The share is the chance level the
    data itself shows (clusters and coarse values such as sex or stage raise it above NEAR_RATIO**d);
    replicates inside the training file raise it too, which only makes the audit more cautious."""
    from sklearn.neighbors import NearestNeighbors

    if len(a) > TWONN_ROWS:
        a = a[np.random.default_rng(seed).choice(len(a), TWONN_ROWS, replace=False)]
    if len(a) < 10:
        return float(a.shape[1]), 0.0
    distances, _ = NearestNeighbors(n_neighbors=4, algorithm=_algorithm(a)).fit(a).kneighbors(a)
    d1, d2, d3 = distances[:, 1], distances[:, 2], distances[:, 3]
    with np.errstate(divide="ignore", invalid="ignore"):
        share = float(np.mean(np.where(d2 > 0, d1 / d2, 1.0) < NEAR_RATIO))
    ok = (d2 > 0) & (d3 > d2)
    if ok.sum() < 10:
        return float(a.shape[1]), share
    return float(min(a.shape[1], ok.sum() / (2 * np.sum(np.log(d3[ok] / d2[ok]))))), share


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
    distances, neighbours = NearestNeighbors(n_neighbors=2, algorithm=_algorithm(a)).fit(a).kneighbors(b)
    d1, d2 = distances[:, 0], distances[:, 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(d2 > 0, d1 / d2, 1.0)
    from scipy.stats import binom

    dimension, share_in_train = neighbour_law(a)
    dimension = max(dimension, 1e-9)
    # each row alone: a ratio this small happens by chance in under AUDIT_FALSE_ALARM of whole audits
    strict = min(NEAR_RATIO, (AUDIT_FALSE_ALARM / len(b)) ** (1 / dimension))
    candidates = np.flatnonzero(ratio < NEAR_RATIO)
    # a test row equal to its nearest training row on every numeric feature (d1 = 0) is a twin only when
    # such a match is improbable for values this coarse
    exact_numeric = candidates[d1[candidates] == 0]
    coincidental = set(exact_numeric[~_improbable(chance_matches(inp.train, inp.test.iloc[exact_numeric],
                                                                   numeric), len(b))].tolist())
    loose = [i for i in candidates.tolist() if i not in exact and i not in coincidental]
    # together: noisy replicates (ratios 0.3-0.5) are each unremarkable, but many more of them than chance
    # gives (NEAR_RATIO ** d per row, or the share seen inside the training file) is a finding; the count
    # then includes about `expected_by_chance` rows
    chance = max(NEAR_RATIO ** dimension, share_in_train)
    expected = len(b) * chance
    if loose and binom.sf(len(loose) - 1, len(b), chance) < AUDIT_FALSE_ALARM:
        rows, threshold = loose, NEAR_RATIO
    else:
        rows, threshold, expected = [i for i in loose if ratio[i] < strict], strict, 0.0
    rows.sort(key=lambda i: ratio[i])
    examples = [{"test": inp.label(inp.test, i), "train": inp.label(inp.train, int(neighbours[i, 0])),
                 "distance_ratio": round(float(ratio[i]), 4)} for i in rows[:MAX_EXAMPLES]]
    return _finding("near_duplicate", sorted(rows), len(inp.test), examples, features=len(numeric),
                    intrinsic_dimension=round(dimension, 2), threshold=round(threshold, 4),
                    expected_by_chance=round(expected, 2))


def group_overlap(inp: AuditInput) -> dict[str, Any] | None:
    if not inp.group:
        return None
    def ids(frame: pd.DataFrame) -> np.ndarray:
        # one donor written "P07" in one file and "p07 " in the other is still one donor
        values = frame[inp.group]
        if pd.api.types.is_float_dtype(values) and np.all(np.mod(values.dropna(), 1) == 0):
            values = values.astype("Int64")  # 7.0 in a column with gaps is donor 7
        return np.asarray(values.astype(str).str.strip().str.casefold())

    train_groups = set(ids(inp.train))
    test_groups = ids(inp.test)
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
    from .chem import canonical

    column = inp.smiles

    def units(frame: pd.DataFrame, path: Path) -> list[str]:
        # an acyclic molecule has no scaffold: the molecule itself (canonical SMILES) is its unit
        smiles = frame[column].tolist()
        return [s or f"acyclic {m}" for s, m in zip(scaffolds(smiles, path, column),
                                                     canonical(smiles, path, column), strict=True)]

    train = units(inp.train, inp.train_path)
    test = units(inp.test, inp.test_path)
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


def _times(frame: pd.DataFrame, column: str, path: Path) -> np.ndarray:
    """The time column as numbers (years, days, ...) or as dates; an unparsable cell is bad input."""
    values = frame[column]
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return values.to_numpy(dtype=float)
    parsed = pd.to_datetime(values.astype(str), errors="coerce", format="mixed")
    if parsed.isna().any():
        row = int(np.flatnonzero(parsed.isna().to_numpy())[0])
        raise InputError(f"{path}, line {line_of(path, row)}: time {column!r} is {values.iloc[row]!r}, not a "
                         "date or a "
                         "number")
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_convert("UTC").dt.tz_localize(None)
    return parsed.to_numpy(dtype="datetime64[ns]").astype("int64").astype(float)


def temporal(inp: AuditInput) -> dict[str, Any] | None:
    """Test rows dated before the newest training row: the model was trained on their future."""
    if not inp.time:
        return None
    train = _times(inp.train, inp.time, inp.train_path)
    test = _times(inp.test, inp.time, inp.test_path)
    newest = float(np.max(train))
    rows = np.flatnonzero(test < newest).tolist()
    examples = [{"test": inp.label(inp.test, i), "time": _plain(inp.test[inp.time].iloc[i])}
                for i in rows[:MAX_EXAMPLES]]
    newest_value = inp.train[inp.time].iloc[int(np.argmax(train))]
    return _finding("temporal", rows, len(inp.test), examples, newest_training=_plain(newest_value))


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


SCALED_MEAN, SCALED_SD = 1e-4, 1e-3  # rounding in a CSV leaves z-scores this close to 0 and 1
SCALED_SHARE = 0.9  # of the numeric features


def preprocessing(inp: AuditInput) -> dict[str, Any] | None:
    """Scaling whose statistics came from the test rows: numeric features standardised (mean 0, SD 1) or
    min-max scaled ([0, 1]) over training and test rows together, but not over the training rows alone
    (fitted before the split); or the test file standardised on its own statistics. Features scaled on the
    training rows and applied to the test rows, the right way, show mean 0 and SD 1 in training only."""
    numeric = [c for c in inp.features if pd.api.types.is_numeric_dtype(inp.train[c])
               and pd.api.types.is_numeric_dtype(inp.test[c]) and not pd.api.types.is_bool_dtype(inp.train[c])
               and inp.train[c].nunique() > 2]
    if len(numeric) < 2 or len(inp.train) < 3 or len(inp.test) < 3:
        return None
    a = inp.train[numeric].to_numpy(dtype=float)
    b = inp.test[numeric].to_numpy(dtype=float)
    both = np.vstack([a, b])

    def standardised(x: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            mean, sd0, sd1 = np.nanmean(x, axis=0), np.nanstd(x, axis=0), np.nanstd(x, axis=0, ddof=1)
        unit = (np.abs(sd0 - 1) < SCALED_SD) | (np.abs(sd1 - 1) < SCALED_SD)
        return np.asarray((np.abs(mean) < SCALED_MEAN) & unit)

    def min_max(x: np.ndarray) -> np.ndarray:
        return np.asarray((np.abs(np.nanmin(x, axis=0)) < 1e-9) & (np.abs(np.nanmax(x, axis=0) - 1) < 1e-9))

    how = None
    if standardised(both).mean() >= SCALED_SHARE and standardised(a).mean() < SCALED_SHARE:
        how, shared = "standardised over training and test rows together (before the split)", standardised(both)
    elif min_max(both).mean() >= SCALED_SHARE and min_max(a).mean() < SCALED_SHARE:
        how, shared = "min-max scaled over training and test rows together (before the split)", min_max(both)
    elif standardised(b).mean() >= SCALED_SHARE and len(inp.test) >= 10:
        how, shared = "the test file standardised on its own statistics", standardised(b)
    if how is None:
        return {"kind": "preprocessing", "count": 0, "share_of_test": 0.0, "examples": []}
    columns = [c for c, hit in zip(numeric, shared, strict=True) if hit]
    return {"kind": "preprocessing", "count": len(columns), "share_of_test": 1.0, "how": how,
            "examples": [{"feature": c} for c in columns[:MAX_EXAMPLES]]}


def audit(inp: AuditInput, *, min_identity: float | None = None) -> dict[str, Any]:
    """The report: `leak`, `findings` (only kinds with a count), `checked` (every kind that ran), `skipped`."""
    from .homology import aligner_name

    results: list[dict[str, Any] | None] = []
    dup, exact = duplicates(inp)
    results += [dup, near_duplicates(inp, exact), group_overlap(inp), homology(inp, min_identity=min_identity),
                scaffold_overlap(inp), feature_leaks(inp), preprocessing(inp), temporal(inp)]
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
    if "preprocessing" not in [r["kind"] for r in ran]:
        skipped.append("preprocessing: fewer than two numeric features")
    if not inp.time:
        skipped.append("temporal: no --time")
    findings = [r for r in ran if r["count"] > 0]
    one_file = inp.train_path == inp.test_path
    return {"leak": bool(findings), "train": inp.train_path.name + (" [split=train]" if one_file else ""),
            "test": inp.test_path.name + (" [split=test]" if one_file else ""),
            "n_train": len(inp.train), "n_test": len(inp.test), "findings": findings,
            "checked": [r["kind"] for r in ran], "skipped": skipped}
