"""`deeprules audit` and `deeprules split`: planted leaks are found, leak-free splits come out clean."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("sklearn")

from conftest import git, invoke
from ml_data import breast_cancer, nci_molecules, random_split, replicated, sequence_families


def audit_json(*args: str, cwd: Path, code: int) -> dict:
    r = invoke("audit", *args, "--json", cwd=cwd)
    assert r.exit_code == code, r.output
    return json.loads(r.stdout)


def kinds(report: dict) -> dict[str, dict]:
    return {f["kind"]: f for f in report["findings"]}


def test_clean_random_split_of_independent_samples(tmp_path: Path) -> None:
    train, test = random_split(breast_cancer(), tmp_path)
    report = audit_json(str(train), str(test), "--target", "target", cwd=tmp_path, code=0)
    assert report["leak"] is False and report["findings"] == []
    assert report["checked"] == ["duplicate", "near_duplicate", "feature_leak", "preprocessing"]
    assert "group_overlap: no --group" in report["skipped"]


def test_replicates_under_one_donor_flagged_as_near_twins_and_group_overlap(tmp_path: Path) -> None:
    data = replicated(breast_cancer())
    train, test = random_split(data, tmp_path)
    report = audit_json(str(train), str(test), "--target", "target", "--group", "donor", cwd=tmp_path, code=1)
    found = kinds(report)
    twins_in_train = pd.read_csv(test)["donor"].isin(pd.read_csv(train)["donor"]).mean()
    assert found["group_overlap"]["share_of_test"] == pytest.approx(twins_in_train, abs=1e-3)
    # the distance ratio finds most twins from the features alone, with no group column to help
    # twins at 5% noise in ~9 intrinsic dimensions are only partly separable from chance neighbours
    assert 0 < found["near_duplicate"]["share_of_test"] <= twins_in_train
    assert "duplicate" not in found and "feature_leak" not in found
    example = found["near_duplicate"]["examples"][0]
    assert example["distance_ratio"] < 0.5


def test_exact_duplicates_and_a_feature_that_gives_the_label_away(tmp_path: Path) -> None:
    data = breast_cancer()
    data["sample_code"] = data["target"] * 1000 + np.arange(len(data)) % 7  # the label, encoded
    train, test = random_split(data, tmp_path)
    with_copies = pd.concat([pd.read_csv(test), pd.read_csv(train).head(5)])
    with_copies.to_csv(test, index=False)
    report = audit_json(str(train), str(test), "--target", "target", cwd=tmp_path, code=1)
    found = kinds(report)
    assert found["duplicate"]["count"] == 5
    assert [e["feature"] for e in found["feature_leak"]["examples"]] == ["sample_code"]


def test_sequence_families_random_split_flagged_family_split_clean(tmp_path: Path) -> None:
    data = sequence_families()
    train, test = random_split(data.drop(columns="family"), tmp_path, suffix=".tsv")
    report = audit_json(str(train), str(test), "--sequence", "sequence", "--id", "id", cwd=tmp_path, code=1)
    homology = kinds(report)["homology"]
    assert homology["share_of_test"] > 0.9  # every family has members on both sides
    assert homology["examples"][0]["test"].split("m")[0] == homology["examples"][0]["train"].split("m")[0]
    # split by family: nothing related crosses, and audit (one file with a split column) agrees
    source = tmp_path / "families.csv"
    data.to_csv(source, index=False)
    for by in ("group:family", "homology:sequence"):
        out = tmp_path / f"split-{by.split(':')[0]}.csv"
        r = invoke("split", str(source), "--by", by, "--test-size", "0.25", "--seed", "3", "-o", str(out),
                   cwd=tmp_path)
        assert r.exit_code == 0, r.output
        split = pd.read_csv(out)
        assert set(split["split"]) == {"train", "test"}
        assert not set(split.loc[split.split == "test", "family"]) & set(split.loc[split.split == "train", "family"])
        clean = audit_json(str(out), "--sequence", "sequence", "--group", "family", "--id", "id", cwd=tmp_path,
                           code=0)
        assert clean["checked"] == ["duplicate", "group_overlap", "homology"]


def test_molecules_random_split_shares_scaffolds_scaffold_split_does_not(tmp_path: Path) -> None:
    data = nci_molecules()
    train, test = random_split(data, tmp_path)
    report = audit_json(str(train), str(test), "--smiles", "smiles", "--id", "id", cwd=tmp_path, code=1)
    scaffold = kinds(report)["scaffold"]
    assert scaffold["count"] > 0 and scaffold["examples"][0]["scaffold"]
    source = tmp_path / "molecules.csv"
    data.to_csv(source, index=False)
    out = tmp_path / "molecules.split.csv"
    assert invoke("split", str(source), "--by", "scaffold:smiles", "-o", str(out), cwd=tmp_path).exit_code == 0
    clean = audit_json(str(out), "--smiles", "smiles", "--id", "id", cwd=tmp_path, code=0)
    assert "scaffold" in clean["checked"]


def test_recorded_in_a_project(repo: Path, tmp_path: Path) -> None:
    (repo / ".deeprules").mkdir()
    (repo / "README.md").write_text("x\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "start")
    train, test = random_split(replicated(breast_cancer()), tmp_path)
    r = invoke("audit", str(train), str(test), "--group", "donor", cwd=repo)
    assert r.exit_code == 1 and "leakage found" in r.stdout
    recorded = sorted((repo / ".deeprules" / "audit").iterdir())
    assert [p.suffix for p in recorded] == [".json", ".md"]
    assert json.loads(recorded[0].read_text())["leak"] is True
    assert "(leak)" in git(repo, "log", "-1", "--format=%s") and git(repo, "status", "--porcelain") == ""


@pytest.mark.parametrize(("args", "expected"), [
    (("--sequence", "seq"), "no sequence column 'seq'"),
    (("--smiles", "sequence"), "is not a valid SMILES"),
])
def test_audit_bad_input_exit_2(tmp_path: Path, args: tuple[str, ...], expected: str) -> None:
    train, test = random_split(sequence_families(families=4), tmp_path)
    r = invoke("audit", str(train), str(test), *args, cwd=tmp_path)
    assert r.exit_code == 2 and expected in r.output and "train.csv" in r.output
    assert "\n" not in r.output.strip()


def test_split_bad_input_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    sequence_families(families=3).to_csv(path, index=False)
    r = invoke("split", str(path), "--by", "donor", "-o", str(tmp_path / "o.csv"), cwd=tmp_path)
    assert r.exit_code == 2 and "group:COLUMN" in r.output
    r = invoke("split", str(path), "--by", "group:nope", "-o", str(tmp_path / "o.csv"), cwd=tmp_path)
    assert r.exit_code == 2 and "no group column 'nope'" in r.output
    assert not (tmp_path / "o.csv").exists()


# ----------------------------------------------------------------- false alarms and copies in disguise
def _audit_frames(tmp_path: Path, train: pd.DataFrame, test: pd.DataFrame, *args: str) -> dict:
    train.to_csv(tmp_path / "train.csv", index=False)
    test.to_csv(tmp_path / "test.csv", index=False)
    r = invoke("audit", str(tmp_path / "train.csv"), str(tmp_path / "test.csv"), *args, "--json", cwd=tmp_path)
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.stdout)


def _low_rank_expression(rng: np.random.Generator, n: int = 600, genes: int = 50, programmes: int = 3,
                         noise: float = 0.1) -> pd.DataFrame:
    """Expression-like rows: 50 genes driven by 3 programmes, the intrinsic dimension far below 50."""
    levels = rng.normal(size=(n, programmes)) @ rng.normal(size=(programmes, genes))
    frame = pd.DataFrame(levels + noise * rng.normal(size=(n, genes)), columns=[f"g{i}" for i in range(genes)])
    return frame.assign(label=rng.integers(0, 2, n))


def _clinical(rng: np.random.Generator, n: int = 600) -> pd.DataFrame:
    """Coarse fields: unrelated patients share age, sex, stage and smoking by chance."""
    return pd.DataFrame({"age": rng.integers(20, 90, n), "sex": rng.integers(0, 2, n),
                         "stage": rng.integers(1, 5, n), "bmi": rng.normal(26, 4, n).round(1),
                         "smoker": rng.integers(0, 2, n), "label": rng.integers(0, 2, n)})


@pytest.mark.parametrize("make", [_low_rank_expression, _clinical], ids=["low-rank-expression", "clinical"])
def test_clean_biological_tables_raise_no_alarm(tmp_path: Path, make) -> None:
    # the old fixed ratio (0.5 for 50 columns) flagged 9 of 10 clean expression tables and every clinical one
    rng = np.random.default_rng(3)
    for _ in range(4):
        frame = make(rng)
        report = _audit_frames(tmp_path, frame.iloc[:480], frame.iloc[480:], "--target", "label")
        assert report["findings"] == [], report["findings"]


def test_replicates_in_low_rank_data_are_still_found(tmp_path: Path) -> None:
    rng = np.random.default_rng(4)
    frame = _low_rank_expression(rng)
    train, test = frame.iloc[:480], frame.iloc[480:].copy()
    features = [c for c in frame.columns if c != "label"]
    copies = train.iloc[:10].copy()
    copies[features] += 0.02 * rng.normal(size=copies[features].shape)  # technical replicates
    report = _audit_frames(tmp_path, train, pd.concat([test, copies]), "--target", "label")
    found = kinds(report)["near_duplicate"]
    assert 8 <= found["count"] <= 10 and found["intrinsic_dimension"] < 10


def test_copies_written_differently_are_duplicates(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    n = 200
    frame = pd.DataFrame({"gene": rng.choice(["BRCA1", "TP53", "EGFR", "KRAS"], n), "x": rng.normal(size=n),
                          "z": rng.normal(size=n), "label": rng.integers(0, 2, n)})
    train, test = frame.iloc[:160], frame.iloc[160:]
    copies = train.head(4).assign(gene=lambda f: " " + f["gene"].str.lower())
    report = _audit_frames(tmp_path, train, pd.concat([test, copies]), "--target", "label")
    assert kinds(report)["duplicate"]["count"] == 4


def test_reverse_complement_reads_are_the_same_locus(tmp_path: Path) -> None:
    from deeprules.ml.homology import reverse_complement

    rng = np.random.default_rng(6)
    reads = ["".join(rng.choice(list("ACGT"), 200)) for _ in range(60)]
    train = pd.DataFrame({"read": reads[:50], "label": rng.integers(0, 2, 50)})
    test = pd.DataFrame({"read": [reverse_complement(r) for r in reads[:5]] + reads[50:],
                         "label": rng.integers(0, 2, 15)})
    report = _audit_frames(tmp_path, train, test, "--sequence", "read")
    assert kinds(report)["homology"]["count"] == 5
    clean = _audit_frames(tmp_path, train, test.iloc[5:], "--sequence", "read")
    assert clean["leak"] is False


def test_one_molecule_written_two_ways_is_found_even_without_rings(tmp_path: Path) -> None:
    train = nci_molecules(160)
    acyclic = pd.DataFrame({"smiles": ["OCC", "NCCC", "C(C)(C)O"], "id": ["t1", "t2", "t3"], "label": [0, 1, 0]})
    written = pd.DataFrame({"smiles": ["CCO", "CCCN", "CC(C)O"], "id": ["r1", "r2", "r3"], "label": [0, 1, 0]})
    report = _audit_frames(tmp_path, pd.concat([train, written]), acyclic, "--smiles", "smiles", "--id", "id",
                           "--target", "label")
    found = kinds(report)
    assert {e["test"] for e in found["scaffold"]["examples"]} == {"t1", "t2", "t3"}
    assert found["duplicate"]["count"] == 3
    assert _audit_frames(tmp_path, train, acyclic, "--smiles", "smiles")["leak"] is False


def test_split_by_scaffold_keeps_one_acyclic_molecule_on_one_side(tmp_path: Path) -> None:
    frame = pd.DataFrame({"smiles": ["CCO", "OCC", "C(O)C"] * 10 + ["CCCN", "NCCC"] * 10 + ["c1ccccc1"] * 5,
                          "y": range(55)})
    frame.to_csv(tmp_path / "m.csv", index=False)
    r = invoke("split", str(tmp_path / "m.csv"), "--by", "scaffold:smiles", "-o", str(tmp_path / "s.csv"),
               "--test-size", "0.4", cwd=tmp_path)
    assert r.exit_code == 0, r.output
    out = pd.read_csv(tmp_path / "s.csv")
    assert out.iloc[:30]["split"].nunique() == 1 and out.iloc[30:50]["split"].nunique() == 1


# ----------------------------------------------------------------- test statistics and time
@pytest.mark.parametrize(("scale", "how"), [
    (lambda g, train: (g - g.mean()) / g.std(), "together"),
    (lambda g, train: (g - g.min()) / (g.max() - g.min()), "min-max"),
    (lambda g, train: pd.concat([(g[:240] - g[:240].mean()) / g[:240].std(),
                                 (g[240:] - g[240:].mean()) / g[240:].std()]), "own statistics"),
    (lambda g, train: (g - train.mean()) / train.std(), None),  # fitted on the training rows: right
], ids=["standardised-before-split", "min-max-before-split", "test-on-its-own", "fitted-on-train"])
def test_scaling_with_test_statistics_is_found(tmp_path: Path, scale, how) -> None:
    rng = np.random.default_rng(7)
    genes = pd.DataFrame(rng.lognormal(2, 1, (300, 30)), columns=[f"g{i}" for i in range(30)])
    scaled = scale(genes, genes[:240]).round(6).assign(label=rng.integers(0, 2, 300))
    report = _audit_frames(tmp_path, scaled[:240], scaled[240:], "--target", "label")
    if how is None:
        assert report["leak"] is False, report["findings"]
        assert "preprocessing" in report["checked"]
    else:
        found = kinds(report)["preprocessing"]
        assert found["count"] == 30 and how in found["how"]


def test_test_rows_older_than_training_rows(tmp_path: Path) -> None:
    rng = np.random.default_rng(8)
    frame = pd.DataFrame({"collected": pd.date_range("2020-01-01", periods=200, freq="D").strftime("%Y-%m-%d"),
                          "x": rng.normal(size=200), "label": rng.integers(0, 2, 200)})
    assert _audit_frames(tmp_path, frame[:160], frame[160:], "--time", "collected")["leak"] is False
    order = rng.permutation(200)
    report = _audit_frames(tmp_path, frame.iloc[order[:160]], frame.iloc[order[160:]], "--time", "collected")
    found = kinds(report)["temporal"]
    newest = frame.iloc[order[:160]]["collected"].max()
    assert found["count"] == int((frame.iloc[order[160:]]["collected"] < newest).sum()) > 0
    assert found["newest_training"] == newest
    bad = frame[160:].astype({"collected": object})
    bad.iloc[3, 0] = "last spring"
    bad.to_csv(tmp_path / "test.csv", index=False)
    r = invoke("audit", str(tmp_path / "train.csv"), str(tmp_path / "test.csv"), "--time", "collected",
               cwd=tmp_path)
    assert r.exit_code == 2 and "test.csv, line 5: time 'collected' is 'last spring'" in r.output


def test_one_donor_written_two_ways_is_one_group(tmp_path: Path) -> None:
    rng = np.random.default_rng(9)
    train = pd.DataFrame({"donor": ["P01", "P02", "P03", "P04"] * 10, "x": rng.normal(size=40)})
    test = pd.DataFrame({"donor": [" p01", "P09", "P10", "P11"] * 3, "x": rng.normal(size=12)})
    found = kinds(_audit_frames(tmp_path, train, test, "--group", "donor"))["group_overlap"]
    assert found["count"] == 3 and found["examples"] == [{"group": "p01"}]
    numbered = pd.DataFrame({"donor": [7.0, None, 8.0, 9.0], "x": rng.normal(size=4)})
    found = kinds(_audit_frames(tmp_path, train.assign(donor=[7, 1, 2, 3] * 10), numbered.fillna({"donor": 5}),
                                "--group", "donor"))["group_overlap"]
    assert found["count"] == 1
