"""Hostile tables for `baselines` and `audit`: what a model would silently misread is refused in one line
naming the file (and line), exit 2, nothing written; what is merely unusual (BOM, CRLF, quoted commas,
missing values) just works."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("sklearn")

from conftest import git, invoke

FAST = ("--budget", "1", "--folds", "3", "--inner-folds", "2", "--permutations", "0", "-m",
        "logistic_regression", "--jobs", "1")


def small(n: int = 90, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({"a": rng.normal(size=n), "b": rng.normal(size=n), "y": rng.integers(0, 2, n)})
    frame["a"] += frame["y"]
    return frame


@pytest.mark.parametrize("write", [
    lambda f, p: p.write_text(f.to_csv(index=False), encoding="utf-8-sig"),
    lambda f, p: p.write_bytes(f.to_csv(index=False, lineterminator="\r\n").encode()),
    lambda f, p: f.assign(note=["x, y" if i % 3 else "z" for i in range(len(f))]).to_csv(p, index=False),
    lambda f, p: f.assign(a=f["a"].where(f.index % 10 != 3)).to_csv(p, index=False),
], ids=["bom", "crlf", "quoted-commas", "missing-values"])
def test_unusual_but_valid_tables_run(tmp_path: Path, write) -> None:
    path = tmp_path / "data.csv"
    write(small(), path)
    r = invoke("baselines", str(path), "--target", "y", *FAST, "--json", cwd=tmp_path)
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["n_rows"] == 90


@pytest.mark.parametrize(("text", "expected"), [
    # pandas would rename the second `a` to `a.1` and model both
    (lambda f: "a,a,y\n" + "".join(f"{x},{z},{y}\n" for x, z, y in f.to_numpy()), "line 1: column 'a' appears twice"),
    # an infinite value (written as inf) crashed the fit with a traceback
    (lambda f: f.assign(a=f["a"].where(f.index != 3, np.inf)).to_csv(index=False),
     "line 5: column 'a' is infinite"),
    # one stray word turned a numeric column into 90 one-hot categories
    (lambda f: f.assign(a=f["a"].astype(object).where(f.index != 7, "n.d.")).to_csv(index=False),
     "line 9: column 'a' is 'n.d.', not a finite number"),
    # a sample id column was one-hot encoded: n x n dense cells (80 GB at 100k rows)
    (lambda f: f.assign(sample=[f"S{i}" for i in range(len(f))]).to_csv(index=False),
     "column 'sample' has a different value in every row"),
    (lambda f: f.assign(batch=1).to_csv(index=False), "column 'batch' is constant (1 in every row)"),
], ids=["duplicate-name", "inf", "stray-word", "identifier", "constant"])
def test_misread_tables_are_refused_in_one_line_and_nothing_is_written(repo: Path, text, expected) -> None:
    (repo / ".deeprules").mkdir()
    (repo / ".deeprules" / "answers.yaml").write_text("independent_samples: \"yes\"\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "start")
    head = git(repo, "rev-parse", "HEAD")
    path = repo / "data.csv"
    path.write_text(text(small()))
    r = invoke("baselines", str(path), "--target", "y", *FAST, cwd=repo)
    assert r.exit_code == 2, r.output
    line = r.output.strip()
    assert "\n" not in line and "data.csv" in line and expected in line, line
    assert not (repo / ".deeprules" / "baselines").exists() and git(repo, "rev-parse", "HEAD") == head


def test_an_identifier_can_be_dropped(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    small().assign(sample=[f"S{i}" for i in range(90)]).to_csv(path, index=False)
    r = invoke("baselines", str(path), "--target", "y", "--drop", "sample", *FAST, "--json", cwd=tmp_path)
    assert r.exit_code == 0, r.output
    r = invoke("baselines", str(path), "--target", "y", "--drop", "nope", *FAST, cwd=tmp_path)
    assert r.exit_code == 2 and "no --drop column 'nope'" in r.output


def test_a_table_too_large_to_model_is_refused_before_it_is_read(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import deeprules.ml.table as table

    monkeypatch.setattr(table, "MAX_CELLS", 10_000)
    rng = np.random.default_rng(0)
    path = tmp_path / "expression.tsv"
    frame = pd.DataFrame(rng.normal(size=(3000, 30)).round(3), columns=[f"g{i}" for i in range(30)])
    frame.assign(y=rng.integers(0, 2, 3000)).to_csv(path, sep="\t", index=False)
    monkeypatch.setattr(pd, "read_csv", lambda *a, **k: pytest.fail("read the whole table"))
    r = invoke("baselines", str(path), "--target", "y", cwd=tmp_path)
    assert r.exit_code == 2, r.output
    import re

    assert re.search(r"expression\.tsv: about [23],\d{3} rows x 31 columns", r.output), r.output


def test_audit_refuses_duplicate_column_names(tmp_path: Path) -> None:
    a, b = tmp_path / "train.csv", tmp_path / "test.csv"
    a.write_text("x,x,y\n1,2,0\n3,4,1\n")
    b.write_text("x,z,y\n1,2,0\n")
    r = invoke("audit", str(a), str(b), cwd=tmp_path)
    assert r.exit_code == 2 and "train.csv, line 1: column 'x' appears twice" in r.output


def test_a_wide_expression_table_is_refused_from_its_size(tmp_path: Path) -> None:
    # 100,000 samples x 20,000 genes: the header alone is longer than the old 64 KiB sample, which then held
    # no complete row and skipped the check; pandas went on to read 12 GB (22 GB resident in the benchmark)
    path = tmp_path / "wide.csv"
    header = ",".join(f"gene{i}" for i in range(20000)) + ",label\n"
    row = ",".join(["1.234"] * 20000) + ",0\n"
    with path.open("w") as handle:
        handle.write(header + row * 5)
        handle.truncate(len(header) + len(row) * 100_000)  # a sparse file: no disk used
    r = invoke("baselines", str(path), "--target", "label", cwd=tmp_path)
    assert r.exit_code == 2, r.output
    assert "wide.csv: about " in r.output and "rows x 20,001 columns is more than deeprules models" in r.output
