"""`deeprules split`: one train/test split that keeps related rows together, as a `split` column.

The unit that must not straddle the split comes from a column (`group:COL`), from RDKit scaffolds of a
SMILES column (`scaffold:COL`) or from clusters of related sequences (`homology:COL`, single linkage over
the same test `audit` uses). Whole units are then assigned with scikit-learn's `GroupShuffleSplit`.
Group ids computed by DataSAIL, GraphPart or DeepChem's splitters are just a column: join them to the table
and split with `group:COL`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from .table import line_of, read_table, require_column

KINDS = ("group", "homology", "scaffold")


def parse_by(by: str) -> tuple[str, str]:
    kind, _, column = by.partition(":")
    if kind not in KINDS or not column:
        raise InputError(f"--by {by!r}: write group:COLUMN, homology:COLUMN or scaffold:COLUMN")
    return kind, column


def units(frame: pd.DataFrame, kind: str, column: str, path: Path) -> np.ndarray:
    values = require_column(frame, column, path, {"group": "group", "homology": "sequence",
                                                  "scaffold": "SMILES"}[kind])
    if values.isna().any():
        line = line_of(path, int(np.flatnonzero(values.isna().to_numpy())[0]))
        raise InputError(f"{path}, line {line}: column {column!r} is empty")
    if kind == "group":
        return pd.factorize(values.astype(str))[0]
    if kind == "scaffold":
        from .chem import canonical, scaffolds

        found = scaffolds(values.tolist(), path, column)
        # acyclic molecules share no ring system: each molecule (however its SMILES is written) is a unit
        molecules = canonical(values.tolist(), path, column)
        return pd.factorize(pd.Series([s or f"acyclic {m}" for s, m in zip(found, molecules, strict=True)]))[0]
    from .homology import clusters

    return clusters(values.astype(str).tolist())


def split(path: Path, by: str, *, test_size: float = 0.2, seed: int = 0) -> tuple[pd.DataFrame, dict[str, int]]:
    from sklearn.model_selection import GroupShuffleSplit

    if not 0 < test_size < 1:
        raise InputError(f"--test-size {test_size}: give a fraction between 0 and 1, e.g. 0.2")
    kind, column = parse_by(by)
    frame = read_table(path)
    if "split" in frame.columns:
        raise InputError(f"{path}: already has a 'split' column; drop or rename it first")
    groups = units(frame, kind, column, path)
    n_units = len(np.unique(groups))
    if n_units < 2:
        raise InputError(f"{path}: column {column!r} gives one {kind} unit; nothing can be held out")
    train, _ = next(GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed)
                    .split(np.zeros((len(frame), 1)), groups=groups))
    labels = np.full(len(frame), "test", dtype=object)
    labels[train] = "train"
    out = frame.copy()
    out["split"] = labels
    return out, {"rows": len(frame), "units": n_units, "train": int((labels == "train").sum()),
                 "test": int((labels == "test").sum())}


def write_table(frame: pd.DataFrame, path: Path) -> None:
    suffix = path.suffix.lower()
    try:
        if suffix in (".parquet", ".pq"):
            frame.to_parquet(path, index=False)
        else:
            frame.to_csv(path, sep="\t" if suffix in (".tsv", ".tab") else ",", index=False, lineterminator="\n")
    except OSError as exc:
        raise InputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
