"""`check` outside git: a folder too large to be one project's code is refused with one line, exit 2, instead
of being walked for minutes (a data folder of image tiles, /tmp); the environments and tool caches a project
folder holds (a virtual environment has tens of thousands of files) are left out of the walk, so they neither
count towards that limit nor slow the walk."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from deeprules import snapshot
from deeprules.cli.main import app


def check(folder: Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["check", "-C", str(folder)])
    return result.exit_code, result.stderr


def test_a_folder_too_large_to_be_one_project_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot, "PLAIN_FOLDER_MAX_FILES", 20)
    for i in range(25):
        (tmp_path / f"tile_{i:03}.png").write_bytes(b"\x89PNG")
    code, err = check(tmp_path)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "not a git work tree" in lines[0] and "git init" in lines[0], err
    monkeypatch.setattr(snapshot, "PLAIN_FOLDER_MAX_FILES", 50)
    assert check(tmp_path)[0] in (0, 1)


def test_environments_in_a_project_folder_are_not_walked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot, "PLAIN_FOLDER_MAX_FILES", 20)
    (tmp_path / "train.py").write_text("import torch\ntorch.manual_seed(0)\n")
    for env in (".venv/lib/site-packages/torch", "venv/lib/site-packages/torch", "envs/ml/lib/site-packages/torch",
                "node_modules/pkg", "src/__pycache__"):
        folder = tmp_path / env
        folder.mkdir(parents=True)
        for i in range(25):
            (folder / f"m{i}.py").write_text("import torch\n")
    (tmp_path / "venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")  # a virtual environment by any name
    (tmp_path / "envs" / "ml" / "conda-meta").mkdir()  # a conda environment
    assert check(tmp_path)[0] in (0, 1)
