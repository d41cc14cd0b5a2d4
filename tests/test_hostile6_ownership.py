"""Hostile review 7: a repository another user owns (a shared server, a copied folder, a container's mount). git
refuses it (safe.directory); `check` and `history` said so in one line, but the project commands open the
repository with GitPython, which does not check ownership, so the refusal came from the first git command as its
last line: "git check-attr failed in …: \tgit config --global --add safe.directory …". Now the one git layer says
it as the finders do: the repository, git's reason and the command to trust it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import git, init_project, invoke, make_repo


def _owned_by_another_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1")  # git's own switch for its ownership tests


@pytest.mark.parametrize("args", [["init", "--example", "microscopy"], ["answer", "compute=laptop"], ["plan"],
                                  ["ethics", "add", "--title", "Consent scope", "--severity", "high"]])
def test_a_repository_another_user_owns_is_refused_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    if args[0] == "init":
        repo = make_repo(tmp_path / "project")
        (repo / "notes.txt").write_text("mine\n")
        git(repo, "add", "notes.txt")
        git(repo, "commit", "-q", "-m", "first")
    else:
        repo = init_project(tmp_path / "project")
    before = git(repo, "status", "--porcelain", "--untracked-files=all")
    _owned_by_another_user(monkeypatch)
    probe = git(repo, "rev-parse", "--git-dir", check=False)
    if probe:
        pytest.skip("this git does not honour GIT_TEST_ASSUME_DIFFERENT_OWNER")
    result = invoke(*args, cwd=repo)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and "dubious ownership" in lines[0], result.stderr
    assert f"safe.directory {repo}" in lines[0] and "failed in" not in lines[0], lines[0]
    monkeypatch.delenv("GIT_TEST_ASSUME_DIFFERENT_OWNER")
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == before
