"""docs/reviewer-table.md is what scripts/reviewer_table.py prints from the real engine, not a stale copy."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reviewer_table", ROOT / "scripts" / "reviewer_table.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_committed_reviewer_table_matches_the_engine() -> None:
    script = _script()
    committed = (ROOT / "docs" / "reviewer-table.md").read_text(encoding="utf-8")
    assert committed == script.render_table(), "run: python scripts/reviewer_table.py"


def test_the_table_covers_a_dozen_varied_projects() -> None:
    script = _script()
    tasks = {p.answers["task"] for p in script.PROJECTS}
    modalities = {p.answers["modality"] for p in script.PROJECTS}
    assert len(script.PROJECTS) >= 12
    assert {"classification", "regression", "segmentation", "clustering", "generation"} <= tasks
    assert len(modalities) >= 6
