"""A hostile data file costs a clear error, not the machine: a Parquet file is compressed, so its size on disk
says nothing of its size in memory (1.7 MB of run-length-encoded zeros is 200 million rows: 6.7 GB and 53 s
before the old code refused it after reading; four times as many rows and the machine runs out of memory)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from conftest import invoke

pytest.importorskip("pyarrow")


def zeros(path, rows: int) -> None:  # type: ignore[no-untyped-def]
    frame = pd.DataFrame({"c0": np.zeros(rows, dtype=np.int64), "y": np.arange(rows) % 2})
    frame.assign(split=np.where(np.arange(rows) % 5, "train", "test")).to_parquet(path, index=False)


@pytest.mark.parametrize("command", [["baselines", "--target", "y"], ["audit", "--target", "y"],
                                     ["split", "--by", "group:y", "-o", "out.csv"]], ids=lambda c: c[0])
def test_a_parquet_table_too_large_to_model_is_refused_from_its_footer(tmp_path, monkeypatch, command) -> None:  # type: ignore[no-untyped-def]
    import deeprules.ml.table as table

    path = tmp_path / "many.parquet"
    zeros(path, 5_000)
    monkeypatch.setattr(table, "MAX_CELLS", 10_000)
    monkeypatch.setattr(pd, "read_parquet", lambda *a, **k: pytest.fail("read the whole table"))
    r = invoke(command[0], str(path), *command[1:], cwd=tmp_path)
    assert r.exit_code == 2, r.output
    line = r.output.strip()
    assert "\n" not in line and "many.parquet: 5,000 rows x 3 columns is more than deeprules models" in line, line


def test_a_parquet_table_too_large_once_decompressed_is_refused_unread(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import deeprules.ml.table as table

    path = tmp_path / "wide.parquet"
    rng = np.random.default_rng(0)
    pd.DataFrame({"x": rng.normal(size=5_000), "y": np.arange(5_000) % 2}).to_parquet(path)  # 40 kB of data
    monkeypatch.setattr(table, "MAX_PARQUET_BYTES", 1_000)
    monkeypatch.setattr(pd, "read_parquet", lambda *a, **k: pytest.fail("read the whole table"))
    r = invoke("baselines", str(path), "--target", "y", cwd=tmp_path)
    assert r.exit_code == 2, r.output
    assert "wide.parquet:" in r.output and "once decompressed" in r.output and "\n" not in r.output.strip()


def test_a_small_parquet_table_still_runs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ok.parquet"
    rng = np.random.default_rng(0)
    pd.DataFrame({"a": rng.normal(size=60), "b": rng.normal(size=60), "y": np.arange(60) % 2}).to_parquet(path)
    r = invoke("split", str(path), "--by", "group:y", "-o", "out.csv", cwd=tmp_path)
    assert r.exit_code == 0, r.output


def test_sequences_too_long_to_align_are_compared_by_their_k_mers(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Smith-Waterman is quadratic: a table of 40 sequences of 500,000 residues ran past 5 minutes on its first
    pair. A pair over the cell budget is judged by shared k-mers instead, and the method says so."""
    parasail = pytest.importorskip("parasail")
    import deeprules.ml.homology as homology

    rng = np.random.default_rng(0)
    letters = np.array(list("ACDEFGHIKLMNPQRSTVWY"))
    a = "".join(rng.choice(letters, 3000))
    b = a[:1500] + "W" + a[1501:]  # one substitution: the same protein
    c = "".join(rng.choice(letters, 40))  # short and unrelated: still aligned
    monkeypatch.setattr(homology, "MAX_ALIGNED_CELLS", 1_000_000, raising=False)
    real = parasail.sw_stats_striped_16
    aligned: list[int] = []

    def align(x, y, *rest):  # type: ignore[no-untyped-def]
        assert len(x) * len(y) <= 1_000_000, "a pair over the budget was aligned"
        aligned.append(len(x) * len(y))
        return real(x, y, *rest)

    monkeypatch.setattr(parasail, "sw_stats_striped_16", align)
    hits, method = homology.related_pairs([a, c], [b, c + "A"])
    assert [(h.query, h.target) for h in hits] == [(0, 0), (1, 1)]
    assert "1 pair(s) too long to align" in method and aligned


@pytest.mark.parametrize(("smiles", "said"), [("C" * 600, "a molecule of 600 heavy atoms"),
                                              ("C(C)" * 3000, "a SMILES of 12,000 characters")],
                         ids=["600-atoms", "12000-characters"])
def test_a_molecule_too_large_for_a_scaffold_is_refused_by_line(tmp_path, smiles, said) -> None:  # type: ignore[no-untyped-def]
    """RDKit's scaffold of 2,000 atoms took 100 s, of 200,000 (a 200 kB SMILES) it never finished: `split
    --by scaffold` on a 24-row table ran past 5 minutes."""
    pytest.importorskip("rdkit")
    rows = [f"{s},{i % 2}" for i, s in enumerate(["CCO", "c1ccccc1O", "CCN", smiles, "C1CCCCC1N"])]
    (tmp_path / "mol.csv").write_text("smiles,y\n" + "\n".join(rows) + "\n")
    r = invoke("split", "mol.csv", "--by", "scaffold:smiles", "-o", "out.csv", cwd=tmp_path)
    assert r.exit_code == 2, r.output
    line = r.output.strip()
    assert "\n" not in line and "mol.csv, line 5: column 'smiles': " + said in line, line
    assert not (tmp_path / "out.csv").exists()
