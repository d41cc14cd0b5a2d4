"""Tables the ML tests build: scikit-learn's bundled breast-cancer data, replicated with noise, with
labels that carry no signal, sequence families and RDKit's bundled NCI molecules."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd


def breast_cancer() -> pd.DataFrame:
    from sklearn.datasets import load_breast_cancer

    frame = load_breast_cancer(as_frame=True).frame
    frame.columns = [c.replace(" ", "_") for c in frame.columns]
    return frame


def replicated(frame: pd.DataFrame, *, seed: int = 0, noise: float = 0.05) -> pd.DataFrame:
    """Each row twice, the copy with `noise` relative jitter on every feature, both under one `donor` id."""
    rng = np.random.default_rng(seed)
    features = [c for c in frame.columns if c != "target"]
    original = frame.assign(donor=np.arange(len(frame)))
    twin = original.copy()
    twin[features] = twin[features] * (1 + noise * rng.standard_normal(twin[features].shape))
    return pd.concat([original, twin]).sort_values("donor", kind="mergesort").reset_index(drop=True)


def noise_labels(frame: pd.DataFrame, *, seed: int = 1, by: str | None = None) -> pd.DataFrame:
    """The same table with labels drawn at random (per `by` group when given: replicates share one)."""
    rng = np.random.default_rng(seed)
    out = frame.copy()
    if by is None:
        out["target"] = rng.integers(0, 2, len(out))
    else:
        codes, inverse = np.unique(out[by], return_inverse=True)
        out["target"] = rng.integers(0, 2, len(codes))[inverse]
    return out


def random_split(frame: pd.DataFrame, folder: Path, *, seed: int = 0, test_share: float = 0.2,
                 suffix: str = ".csv") -> tuple[Path, Path]:
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(frame))
    cut = int(len(frame) * (1 - test_share))
    train, test = folder / f"train{suffix}", folder / f"test{suffix}"
    sep = "\t" if suffix == ".tsv" else ","
    frame.iloc[order[:cut]].to_csv(train, index=False, sep=sep)
    frame.iloc[order[cut:]].to_csv(test, index=False, sep=sep)
    return train, test


AMINO = np.array(list("ACDEFGHIKLMNPQRSTVWY"))


def sequence_families(*, families: int = 40, members: int = 6, length: int = 150, mutation: float = 0.25,
                      seed: int = 0) -> pd.DataFrame:
    """Protein-like sequences: a random ancestor per family, each member with `mutation` of its residues
    substituted at random (members ~ 55-60% identical to each other)."""
    rng = np.random.default_rng(seed)
    rows = []
    for f in range(families):
        ancestor = rng.choice(AMINO, length)
        for m in range(members):
            seq = ancestor.copy()
            hit = rng.random(length) < mutation
            seq[hit] = rng.choice(AMINO, int(hit.sum()))
            rows.append({"id": f"f{f}m{m}", "family": f"fam{f}", "sequence": "".join(seq),
                         "activity": float(rng.normal())})
    return pd.DataFrame(rows)


def nci_molecules(n: int = 300) -> pd.DataFrame:
    """The first `n` molecules of the NCI sample that ships inside RDKit (rdkit/Data/NCI/first_5K.smi)."""
    from rdkit import RDConfig

    path = Path(RDConfig.RDDataDir) / "NCI" / "first_5K.smi"
    rows = []
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            rows.append({"smiles": parts[0], "id": parts[1]})
        if len(rows) == n:
            break
    frame = pd.DataFrame(rows)
    frame["label"] = np.random.default_rng(0).integers(0, 2, len(frame))
    return frame
