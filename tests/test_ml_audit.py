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
    assert report["checked"] == ["duplicate", "near_duplicate", "feature_leak"]
    assert "group_overlap: no --group" in report["skipped"]


def test_replicates_under_one_donor_flagged_as_near_twins_and_group_overlap(tmp_path: Path) -> None:
    data = replicated(breast_cancer())
    train, test = random_split(data, tmp_path)
    report = audit_json(str(train), str(test), "--target", "target", "--group", "donor", cwd=tmp_path, code=1)
    found = kinds(report)
    twins_in_train = pd.read_csv(test)["donor"].isin(pd.read_csv(train)["donor"]).mean()
    assert found["group_overlap"]["share_of_test"] == pytest.approx(twins_in_train, abs=1e-3)
    # the distance ratio finds most twins from the features alone, with no group column to help
    assert 0.5 * twins_in_train < found["near_duplicate"]["share_of_test"] <= twins_in_train
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
