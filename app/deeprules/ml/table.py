"""Reading the user's table (CSV, TSV or Parquet) and validating the columns a command names.

Every problem is one line naming the file and, where there is one, the column: the CLI maps the
`InputError` to exit 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError

PARQUET_SUFFIXES = (".parquet", ".pq")
# Beyond this many cells (rows x columns) a table is refused before it is read: 2e8 float64 cells are 1.6 GB
# in memory before any copy, and nested CV over every baseline would take days. Filter or subsample first.
MAX_CELLS = 200_000_000
# A Parquet file is compressed: a 2 MB file of run-length-encoded zeros is 200 million rows, 6.7 GB when read.
# Its footer says how many rows, columns and uncompressed bytes it holds; beyond these it is refused unread.
MAX_PARQUET_BYTES = 2 << 30
# A text column with this many rows or more and a different value in every row is an identifier
ID_MIN_ROWS = 20


def _separator(path: Path) -> str:
    return "\t" if path.suffix.lower() in (".tsv", ".tab") else ","


def _repeated(names: list[str]) -> list[str]:
    """Names that occur more than once, in one pass (list.count per name took 12 s on 20,000 genes)."""
    from collections import Counter

    return sorted(name for name, n in Counter(names).items() if n > 1)


def _header(path: Path) -> list[str]:
    """The column names as written in the first line (pandas renames a repeated name to `name.1`)."""
    import csv

    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [c.strip() for c in next(csv.reader(handle, delimiter=_separator(path)), [])]
    except (OSError, UnicodeDecodeError, csv.Error):
        return []  # read_csv reports the problem itself


def line_of(path: Path, row: int) -> int:
    """The line of `path` on which data row `row` (0-based, as pandas numbers the rows) starts, for error
    messages: the row number plus 2 only while no quoted cell holds a line break and no blank line (which
    pandas skips) comes before it. Read again only when an error is reported. Parquet has no lines: plus 2."""
    import csv

    if path.suffix.lower() in PARQUET_SUFFIXES:
        return row + 2
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, delimiter=_separator(path))
            seen = -1  # the header is the first record that is not blank
            start = 1
            for record in reader:
                if record:
                    if seen == row:
                        return start
                    seen += 1
                start = reader.line_num + 1
    except (OSError, UnicodeDecodeError, csv.Error):
        pass
    return row + 2


def _bad_utf8(path: Path) -> str:
    """Where `path` stops being UTF-8 text, for the error message: 'line N' (a byte-order mark of UTF-16 or
    UTF-32 on line 1 says which it is)."""
    try:
        with path.open("rb") as handle:
            if handle.read(2) in (b"\xff\xfe", b"\xfe\xff"):
                return "line 1: UTF-16 or UTF-32 text (a byte-order mark), not UTF-8"
            handle.seek(0)
            for number, raw in enumerate(handle, 1):
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    return f"line {number}: not UTF-8 text (byte {raw[exc.start:exc.start + 1]!r})"
    except OSError:
        pass
    return "not UTF-8 text"


def _check_size(path: Path, header: list[str]) -> None:
    """Refuse a table too large to model before reading it: the row count is estimated from the file size
    and the length of the rows in the first MiB after the header (reading 100k x 20k cells as text first
    would take minutes and tens of GB)."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.readline()  # the header: 20,000 gene names are longer than any fixed sample
        start = handle.tell()
        sample = handle.read(1 << 20)
    if not header or not sample:
        return
    lines = sample.count(b"\n")
    # no complete row in the sample: each row is at least that long, so this over-counts no rows
    row_bytes = len(sample) / lines if lines else len(sample)
    rows = int((size - start) / max(row_bytes, 1))
    if rows * len(header) > MAX_CELLS:
        raise InputError(f"{path}: about {rows:,} rows x {len(header):,} columns is more than deeprules models "
                         f"({MAX_CELLS:,} cells); keep fewer features (e.g. the most variable genes, chosen "
                         "without the labels) or subsample rows, then run it again")


def _check_parquet_size(path: Path) -> None:
    """Refuse a Parquet file too large to model from its footer, before a byte of data is decompressed."""
    import pyarrow.parquet as pq

    meta = pq.read_metadata(path)
    rows, columns = meta.num_rows, meta.num_columns
    if rows * columns > MAX_CELLS:
        raise InputError(f"{path}: {rows:,} rows x {columns:,} columns is more than deeprules models "
                         f"({MAX_CELLS:,} cells); keep fewer features or subsample rows")
    unpacked = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    if unpacked > MAX_PARQUET_BYTES:
        raise InputError(f"{path}: {unpacked / 2**30:,.1f} GiB of data once decompressed, more than deeprules "
                         f"reads ({MAX_PARQUET_BYTES / 2**30:g} GiB); keep fewer columns or subsample rows")


def read_table(path: Path) -> pd.DataFrame:
    """The table in `path`; the format follows the suffix (.tsv/.tab: tab-separated, .parquet, else CSV)."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, expected a CSV, TSV or Parquet file")
    try:
        if suffix in PARQUET_SUFFIXES:
            _check_parquet_size(path)
            frame = pd.read_parquet(path)
        else:
            header = _header(path)
            repeated = _repeated(header)
            if repeated:
                raise InputError(f"{path}, line 1: column {repeated[0]!r} appears twice")
            _check_size(path, header)
            frame = pd.read_csv(path, sep=_separator(path), encoding="utf-8-sig", low_memory=False)
    except ImportError as exc:
        raise InputError(f"{path}: reading Parquet needs pyarrow (pip install 'deeprules[ml]'): {exc}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}, {_bad_utf8(path)} (save it as UTF-8 CSV or TSV)") from None
    except pd.errors.EmptyDataError:
        raise InputError(f"{path}: the file is empty") from None
    except pd.errors.ParserError as exc:
        raise InputError(f"{path}: unreadable as {'TSV' if suffix in ('.tsv', '.tab') else 'CSV'}: "
                         f"{str(exc).strip().splitlines()[-1]}") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: unreadable: {str(exc).strip().splitlines()[0] if str(exc).strip() else exc}") \
            from None
    if frame.empty:
        raise InputError(f"{path}: no data rows")
    if suffix in PARQUET_SUFFIXES and frame.size > MAX_CELLS:
        raise InputError(f"{path}: {frame.shape[0]:,} rows x {frame.shape[1]:,} columns is more than deeprules "
                         f"models ({MAX_CELLS:,} cells); keep fewer features or subsample rows")
    frame.columns = [str(c).strip() for c in frame.columns]
    dupes = _repeated(list(frame.columns))
    if dupes:
        raise InputError(f"{path}: column {dupes[0]!r} appears twice")
    return frame


def require_column(frame: pd.DataFrame, column: str, path: Path, what: str) -> pd.Series:
    if column not in frame.columns:
        shown = ", ".join(list(frame.columns)[:8]) + (", ..." if len(frame.columns) > 8 else "")
        raise InputError(f"{path}: no {what} column {column!r} (the columns are {shown})")
    return frame[column]


@dataclass
class Dataset:
    """A validated table: features, target, optional groups and row ids (positions in the file)."""

    path: Path
    features: pd.DataFrame
    y: np.ndarray
    task: str  # classification | regression
    groups: np.ndarray | None
    classes: list[Any]  # empty for regression
    target: str
    group: str | None

    @property
    def n(self) -> int:
        return len(self.y)

    @property
    def numeric_columns(self) -> list[str]:
        return [c for c in self.features.columns if pd.api.types.is_numeric_dtype(self.features[c])
                and not pd.api.types.is_bool_dtype(self.features[c])]

    @property
    def categorical_columns(self) -> list[str]:
        return [c for c in self.features.columns if c not in set(self.numeric_columns)]


def _infer_task(target: pd.Series) -> str:
    if not pd.api.types.is_numeric_dtype(target) or pd.api.types.is_bool_dtype(target):
        return "classification"
    values = target.dropna()
    integral = bool(np.all(np.equal(np.mod(values.to_numpy(dtype=float), 1), 0)))
    return "classification" if integral and values.nunique() <= max(2, min(20, len(values) // 20)) else "regression"


def load_dataset(path: Path, *, target: str, group: str | None = None, task: str | None = None,
                 drop: Sequence[str] = ()) -> Dataset:
    """Read `path` and check it can be modelled: a target with values in every row (numeric for regression,
    two or more classes for classification), no constant feature, two or more groups."""
    frame = read_table(path)
    y_raw = require_column(frame, target, path, "target")
    if y_raw.isna().any():
        line = line_of(path, int(np.flatnonzero(y_raw.isna().to_numpy())[0]))
        raise InputError(f"{path}, line {line}: target {target!r} is empty (every row needs a label; drop "
                         f"unlabelled rows first)")
    if not pd.api.types.is_numeric_dtype(y_raw):
        numeric = y_raw.map(_is_number).to_numpy(dtype=bool)
        if numeric.mean() >= 0.5 and not numeric.all():
            row = int(np.flatnonzero(~numeric)[0])
            raise InputError(f"{path}, line {line_of(path, row)}: target {target!r} is {y_raw.iloc[row]!r}, not a "
                             "number "
                             "(the other values are numbers)")
    chosen = task or _infer_task(y_raw)
    if chosen == "regression":
        if not pd.api.types.is_numeric_dtype(y_raw) or pd.api.types.is_bool_dtype(y_raw):
            bad = next(v for v in y_raw if not _is_number(v))
            raise InputError(f"{path}: target {target!r} is not numeric ({bad!r}); regression needs numbers "
                             "(or pass --task classification)")
        if y_raw.nunique() < 2:
            raise InputError(f"{path}: target {target!r} is constant ({y_raw.iloc[0]!r} in every row)")
        y = y_raw.to_numpy(dtype=float)
        if not np.all(np.isfinite(y)):
            raise InputError(f"{path}: target {target!r} has an infinite value")
        classes: list[Any] = []
    else:
        classes = sorted((v.item() if hasattr(v, "item") else v for v in pd.unique(y_raw)),
                         key=lambda v: (str(type(v)), v))
        if len(classes) < 2:
            raise InputError(f"{path}: target {target!r} is constant ({classes[0]!r} in every row): "
                             "nothing to predict")
        y = np.searchsorted(np.array(classes, dtype=object), y_raw.to_numpy(dtype=object)) \
            if all(isinstance(c, str) for c in classes) else \
            np.array([classes.index(v) for v in y_raw], dtype=int)
        y = np.asarray(y, dtype=int)
    groups = None
    if group is not None:
        if group == target:
            raise InputError(f"{path}: --group {group!r} is the target column")
        g_raw = require_column(frame, group, path, "group")
        if g_raw.isna().any():
            line = line_of(path, int(np.flatnonzero(g_raw.isna().to_numpy())[0]))
            raise InputError(f"{path}, line {line}: group {group!r} is empty (every row needs a group)")
        if g_raw.nunique() < 2:
            raise InputError(f"{path}: group column {group!r} has one group ({g_raw.iloc[0]!r}); grouped "
                             "cross-validation needs several")
        groups = pd.factorize(g_raw.astype(str), sort=True)[0]
    for column in drop:
        require_column(frame, column, path, "--drop")
    skip = {target, *(c for c in (group,) if c), *drop}
    features = frame[[c for c in frame.columns if c not in skip]]
    if features.shape[1] == 0:
        raise InputError(f"{path}: no feature columns besides the target{' and group' if group else ''}")
    check_features(features, path)
    return Dataset(path, features, y, chosen, groups, classes, target, group)


def check_features(features: pd.DataFrame, path: Path) -> None:
    """Refuse feature columns a model would silently misread: constant, infinite, numbers with a stray word
    (the whole column would be one-hot encoded as text), or an identifier (one category per row)."""
    constant = [c for c in features.columns if features[c].nunique(dropna=False) < 2]
    if constant:
        more = f" (and {len(constant) - 1} more constant columns)" if len(constant) > 1 else ""
        raise InputError(f"{path}: column {constant[0]!r} is constant ({_plain(features[constant[0]].iloc[0])!r} "
                         f"in every row){more}: it carries no information; drop it (--drop)")
    for column in features.columns:
        values = features[column]
        if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
            infinite = np.isinf(values.to_numpy(dtype=float))
            if infinite.any():
                row = int(np.flatnonzero(infinite)[0])
                raise InputError(f"{path}, line {line_of(path, row)}: column {column!r} is infinite "
                                 f"({values.iloc[row]}); "
                                 "leave the cell empty for a missing value")
            continue
        present = values.dropna()
        numeric = present.map(_is_number).to_numpy(dtype=bool)
        if len(present) and numeric.mean() >= 0.5 and not numeric.all():
            row = int(np.flatnonzero(values.notna().to_numpy())[np.flatnonzero(~numeric)[0]])
            raise InputError(f"{path}, line {line_of(path, row)}: column {column!r} is {values.iloc[row]!r}, not a "
                             "finite "
                             "number (the other values are numbers); leave missing values empty")
        if len(values) >= ID_MIN_ROWS and values.nunique(dropna=False) == len(values):
            raise InputError(f"{path}: column {column!r} has a different value in every row ({values.iloc[0]!r}, "
                             f"{values.iloc[1]!r}, ...): an identifier predicts nothing; drop it (--drop "
                             f"{column}) or, if rows share it, pass it as --group")


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def _is_number(value: Any) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True
