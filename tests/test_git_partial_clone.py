"""A partial clone (`git clone --filter=blob:none`) whose remote cannot be reached: `git cat-file` ends at the
first object it cannot fetch. `history` and `check --rev` must neither stop silently nor remember the missing
files as empty ones: once the objects can be fetched, the scores are the true ones."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def partial_clone(tmp_path: Path) -> tuple[Path, Path]:
    src = make_repo(tmp_path / "src")
    git(src, "config", "uploadpack.allowFilter", "true")
    git(src, "config", "uploadpack.allowAnySHA1InWant", "true")
    for i in range(1, 6):
        (src / "train.py").write_text(f"import torch\ntorch.manual_seed({i})\nmodel = torch.nn.Linear({i}, 1)\n")
        (src / "requirements.txt").write_text(f"torch==2.{i}.0\nnumpy==1.2{i}.0\n")
        git(src, "add", "-A")
        git(src, "commit", "-q", "-m", f"version {i}")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--filter=blob:none", (src.as_uri()), str(clone))
    missing = git(clone, "rev-list", "--objects", "--all", "--missing=print")
    assert any(line.startswith("?") for line in missing.splitlines())
    return src, clone


def scores(points: list[dict]) -> list[tuple[str, dict]]:
    return [(p["commit"], p["checks"]) for p in points]


def test_history_offline_says_what_is_missing_and_caches_nothing_false(tmp_path: Path) -> None:
    src, clone = partial_clone(tmp_path)
    away = src.rename(tmp_path / "away")  # the remote cannot be reached
    code, out, err = run("history", "-C", str(clone), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["missing"] and "missing from this clone" in data["missing"]
    assert len(data["points"]) == 5
    away.rename(src)  # back online: the next run fetches what it needs and computes every commit again
    code, out, err = run("history", "-C", str(clone), "--json")
    assert code == 0, err
    again = json.loads(out)
    assert again["missing"] is None and again["computed"] == 5
    code, out, _ = run("history", "-C", str(clone), "--json", "--no-cache")
    assert scores(again["points"]) == scores(json.loads(out)["points"])
    assert again["points"][0]["checks"]["DR303"][0] == "pass"


def test_check_rev_offline_is_not_remembered(tmp_path: Path) -> None:
    src, clone = partial_clone(tmp_path)
    away = src.rename(tmp_path / "away")
    code, out, err = run("check", "-C", str(clone), "--rev", "HEAD~3", "--json")
    assert code == 0, err
    assert json.loads(out)["skipped_files"] == {"unreadable": 2}
    away.rename(src)
    code, out, err = run("check", "-C", str(clone), "--rev", "HEAD~3", "--json")
    assert code == 0, err
    cached = json.loads(out)
    code, out, _ = run("check", "-C", str(clone), "--rev", "HEAD~3", "--json", "--no-cache")
    fresh = json.loads(out)
    assert cached == fresh and cached["skipped_files"] == {}
