"""The built wheel works on its own: knowledge, templates and examples are inside it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import make_repo

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {proc.stderr.strip()[-300:]}")
    return next(out.glob("deeprules-*.whl"))


def test_wheel_contains_knowledge_templates_and_examples(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("deeprules/knowledge/tips.yaml", "deeprules/knowledge/references.yaml",
                     "deeprules/knowledge/examples/microscopy.yaml", "deeprules/templates/plan.md.j2",
                     "deeprules/templates/model_card.md.j2", "deeprules/tui/deeprules.tcss"):
        assert required in names, required
    assert not any(n.startswith(("tests/", "app/")) for n in names)


def test_installed_wheel_writes_a_plan(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    repo = make_repo(tmp_path / "project")
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run([sys.executable, "-c", "import deeprules.render as r; print(r.templates_dir())"],
                           env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert where.startswith(str(site)), "templates must come from the installed wheel"
    proc = subprocess.run([sys.executable, "-m", "deeprules", "init", "--example", "microscopy"], cwd=repo, env=env,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert (repo / "PLAN.md").read_text().startswith("<!-- deeprules plan")
    assert (repo / "MODEL_CARD.md").exists()
