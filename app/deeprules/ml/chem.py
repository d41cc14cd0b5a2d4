"""Molecules through RDKit: canonical SMILES (one molecule, one string) and Bemis-Murcko scaffolds
(molecules sharing a ring system across a split are near relatives)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from .table import line_of

# RDKit's canonical SMILES and Murcko scaffold grow faster than cubically with a molecule's size: 500 heavy
# atoms take about 1.4 s, 2,000 took 100 s and 200,000 (a 200 kB SMILES) never finished. Drug-like molecules
# have under 100, cyclic peptides a few hundred; a larger "molecule" in a table is refused by file and line,
# and a SMILES string too long to hold such a molecule is refused before RDKit parses it.
MAX_ATOMS = 500
MAX_SMILES_CHARS = 10 * MAX_ATOMS


def _molecules(smiles: Sequence[str], path: Path, column: str) -> list[Any]:
    try:
        from rdkit import Chem, RDLogger
    except ImportError:
        raise InputError("SMILES need RDKit: pip install 'deeprules[ml]'") from None
    RDLogger.DisableLog("rdApp.*")  # type: ignore[attr-defined]
    out: list[Any] = []
    for i, s in enumerate(smiles):
        if isinstance(s, str) and len(s) > MAX_SMILES_CHARS:
            raise InputError(f"{path}, line {line_of(path, i)}: column {column!r}: a SMILES of {len(s):,} "
                             f"characters, longer than a molecule deeprules handles ({MAX_ATOMS} heavy atoms)")
        mol = Chem.MolFromSmiles(str(s)) if isinstance(s, str) and s.strip() else None
        if mol is None:
            raise InputError(f"{path}, line {line_of(path, i)}: column {column!r}: {s!r} is not a valid SMILES")
        if mol.GetNumHeavyAtoms() > MAX_ATOMS:
            raise InputError(f"{path}, line {line_of(path, i)}: column {column!r}: a molecule of "
                             f"{mol.GetNumHeavyAtoms():,} heavy atoms; deeprules handles up to {MAX_ATOMS} "
                             "(its scaffold would take minutes)")
        out.append(mol)
    return out


def canonical(smiles: Sequence[str], path: Path, column: str) -> list[str]:
    """RDKit's canonical SMILES of each molecule: one string however the molecule was written (OCC, CCO)."""
    from rdkit import Chem

    return [Chem.MolToSmiles(mol) for mol in _molecules(smiles, path, column)]


def scaffolds(smiles: Sequence[str], path: Path, column: str) -> list[str]:
    """The generic-free Bemis-Murcko scaffold of each SMILES ("" for acyclic molecules). An unparsable
    SMILES is bad input, named by file, line and column."""
    from rdkit.Chem.Scaffolds import MurckoScaffold

    return [MurckoScaffold.MurckoScaffoldSmiles(mol=mol, includeChirality=False)
            for mol in _molecules(smiles, path, column)]
