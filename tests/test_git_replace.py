"""Replace refs (`git replace`, `git replace --graft`, packed or not) make git read another object in place of an
id. The cache files what it learns under ids, so while a replacement exists it must not be used: `check --rev`
and `history` agree with `--no-cache` before, during and after a replacement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app


def run(*args: str) -> dict:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def statuses(data: dict) -> dict[str, str]:
    return {c["id"]: c["status"] for c in data["checks"]}


def points(data: dict) -> list[tuple[str, dict]]:
    return [(p["commit"], p["checks"]) for p in data["points"]]


@pytest.fixture
def pinned(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "r")
    (root / "train.py").write_text("import torch\ntorch.manual_seed(0)\nmodel = torch.nn.Linear(2, 1)\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "code")
    (root / "requirements.txt").write_text("torch==2.1.0\nnumpy==1.26.0\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "pin")
    return root


def agree(root: Path) -> dict[str, str]:
    cached = run("check", "-C", str(root), "--rev", "HEAD", "--json")
    assert cached == run("check", "-C", str(root), "--rev", "HEAD", "--json", "--no-cache")
    assert points(run("history", "-C", str(root), "--json")) == \
        points(run("history", "-C", str(root), "--json", "--no-cache"))
    return statuses(cached)


@pytest.mark.parametrize("packed", [False, True])
def test_a_replaced_blob_is_never_served_from_the_cache(pinned: Path, packed: bool) -> None:
    assert agree(pinned)["DR303"] == "pass"
    blob = git(pinned, "rev-parse", "HEAD:requirements.txt").strip()
    (pinned / "other.txt").write_text("nothing pinned here\n")
    other = git(pinned, "hash-object", "-w", "other.txt").strip()
    (pinned / "other.txt").unlink()
    git(pinned, "replace", blob, other)
    if packed:
        git(pinned, "pack-refs", "--all")
    assert agree(pinned)["DR303"] == "fail"  # git reads the replacement: so does deeprules
    git(pinned, "replace", "-d", blob)
    assert agree(pinned)["DR303"] == "pass"


def test_a_graft_is_never_served_from_the_cache(pinned: Path) -> None:
    before = run("history", "-C", str(pinned), "--json")
    assert len(before["points"]) == 2
    git(pinned, "replace", "--graft", "HEAD")  # HEAD becomes a root commit
    agree(pinned)
    assert len(run("history", "-C", str(pinned), "--json")["points"]) == 1
    git(pinned, "replace", "-d", git(pinned, "rev-parse", "HEAD").strip())
    agree(pinned)
    assert len(run("history", "-C", str(pinned), "--json")["points"]) == 2
