"""Hostile review 5, odd repository states and environments: deeprules works on the repository git would use,
or refuses in one line (exit 2) naming what is wrong, before anything is written.

- GIT_DIR / GIT_WORK_TREE exported for another repository (a stray export, a hook of another repository): the
  files were written into the project and committed into the other repository's history;
- a linked worktree whose main repository moved: "not inside a git repository; run `git init`", and
  `init --git-init` a traceback; `check` checked it as a plain folder;
- a repository another user owns (git's safe.directory): `check` checked it as a plain folder."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import git, invoke, make_repo


def project(path: Path) -> Path:
    make_repo(path)
    (path / "train.py").write_text("import torch\n")
    git(path, "add", "train.py")
    git(path, "commit", "-q", "-m", "first")
    return path


def log(repo: Path) -> list[str]:
    return git(repo, "log", "--format=%s").splitlines()


@pytest.mark.parametrize("var", ["GIT_DIR", "GIT_WORK_TREE"])
def test_git_location_set_for_another_repository_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             var: str) -> None:
    other = project(tmp_path / "other")
    mine = project(tmp_path / "mine")
    monkeypatch.setenv(var, str(other / ".git") if var == "GIT_DIR" else str(other))
    for args in (("init", str(mine), "--example", "microscopy"), ("check", "-C", str(mine))):
        result = invoke(*args)
        assert result.exit_code == 2, (args, result.output)
        line = result.stderr.strip()
        assert len(line.splitlines()) == 1 and var in line and "unset" in line, line
    monkeypatch.delenv(var)
    assert log(other) == ["first"] and log(mine) == ["first"]
    assert git(other, "status", "--porcelain") == "" and git(mine, "status", "--porcelain") == ""


def test_git_dir_naming_the_projects_own_repository_is_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a hook of the same repository sees (GIT_DIR=.git): deeprules works as without it."""
    mine = project(tmp_path / "mine")
    monkeypatch.chdir(mine)
    monkeypatch.setenv("GIT_DIR", ".git")
    result = invoke("init", ".", "--example", "microscopy")
    assert result.exit_code == 0, result.output
    assert log(mine)[0].startswith("deeprules:")


def test_a_worktree_whose_main_repository_moved_is_named_not_reinitialised(tmp_path: Path) -> None:
    main = project(tmp_path / "main")
    linked = tmp_path / "linked"
    git(main, "worktree", "add", "-q", str(linked), "-b", "side")
    shutil.move(str(main), str(tmp_path / "moved"))
    for args in (("init", str(linked), "--example", "microscopy"),
                 ("init", str(linked), "--example", "microscopy", "--git-init"),
                 ("check", "-C", str(linked)), ("history", "-C", str(linked))):
        result = invoke(*args)
        assert result.exit_code == 2, (args, result.output)
        line = result.stderr.strip()
        assert len(line.splitlines()) == 1 and "Traceback" not in result.output, line
        assert f"{linked}/.git" in line and "git worktree repair" in line, line
    assert sorted(p.name for p in linked.iterdir()) == [".git", "train.py"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give the repo away")
def test_a_repository_git_does_not_trust_is_not_checked_as_a_plain_folder(tmp_path: Path) -> None:
    mine = project(tmp_path / "mine")
    subprocess.run(["chown", "-R", "nobody", str(mine)], check=True)
    result = invoke("check", "-C", str(mine))
    assert result.exit_code == 2, result.output
    assert "safe.directory" in result.stderr and "dubious ownership" in result.stderr, result.stderr
