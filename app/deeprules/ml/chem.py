"""Bemis-Murcko scaffolds (RDKit): molecules sharing a ring system across a split are near relatives."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import InputError


def scaffolds(smiles: Sequence[str], path: Path, column: str) -> list[str]:
    """The generic-free Bemis-Murcko scaffold of each SMILES ("" for acyclic molecules). An unparsable
    SMILES is bad input, named by file, line and column."""
    try:
        from rdkit import Chem, RDLogger
        from rdkit.Chem.Scaffolds import MurckoScaffold
    except ImportError:
        raise InputError("scaffolds need RDKit: pip install 'deeprules[ml]'") from None
    RDLogger.DisableLog("rdApp.*")  # type: ignore[attr-defined]
    out = []
    for i, s in enumerate(smiles):
        mol = Chem.MolFromSmiles(str(s)) if isinstance(s, str) and s.strip() else None
        if mol is None:
            raise InputError(f"{path}, line {i + 2}: column {column!r}: {s!r} is not a valid SMILES")
        out.append(MurckoScaffold.MurckoScaffoldSmiles(mol=mol, includeChirality=False))
    return out
