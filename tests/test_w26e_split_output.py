"""Hostile review 7 (session 11): `split -o FILE` writes where the user says, but as every export of deeprules
(`report --html`, `card export`, `ethics export -o`): never into the repository's .git. Before: `-o .git/config`
replaced git's configuration with a CSV table (every later git command: "fatal: bad config line 1"), and
`-o .git/hooks/pre-commit` planted a file where git runs hooks. Now exit 2, one line, nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app


@pytest.mark.parametrize("target", [".git/config", ".git/hooks/pre-commit"])
def test_split_never_writes_into_git(tmp_path: Path, target: str) -> None:
    root = make_repo(tmp_path / "p")
    (root / "data.csv").write_text("\n".join(["x,donor,label", *(f"{i},d{i % 10},{i % 2}" for i in range(50))])
                                   + "\n")
    before = (root / target).read_bytes() if (root / target).exists() else None
    old = Path.cwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(app, ["split", "data.csv", "--by", "group:donor", "-o", target])
        assert result.exit_code == 2 and result.stderr == f"deeprules: error: --output {target} points into .git\n"
        assert ((root / target).read_bytes() if (root / target).exists() else None) == before
        git(root, "status")  # git still reads its config
        result = CliRunner().invoke(app, ["split", "data.csv", "--by", "group:donor", "-o", "data.split.csv"])
        assert result.exit_code == 0, result.stderr
    finally:
        os.chdir(old)
