"""Hostile review 5 (session 9): HEAD's branch broken (its loose ref file empty or holding garbage: a crash while
git wrote it, a sync tool, a bad edit). git answers as on an unborn branch, so `answer` said every committed file
of deeprules' was "staged" (advising `git restore --staged`), `check` "no commit yet", `history` "has no commits
yet". Now every command names the broken ref and how to repair it, exit 2, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import git, invoke, make_repo


@pytest.mark.parametrize("content", ["", "garbage\n", "ref: \n"])
def test_a_broken_branch_is_named_not_taken_for_an_unborn_one(tmp_path: Path, content: str) -> None:
    repo = make_repo(tmp_path / "p")
    (repo / "notes.txt").write_text("mine\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first")
    assert invoke("init", str(repo), "--example", "microscopy").exit_code == 0
    branch = git(repo, "symbolic-ref", "HEAD").strip()
    (repo / ".git" / branch).write_text(content)
    listing = sorted(p.name for p in repo.iterdir())
    for args in (("answer", "-C", str(repo), "compute=cluster"), ("status", "-C", str(repo)),
                 ("check", "-C", str(repo)), ("history", "-C", str(repo)), ("ethics", "list", "-C", str(repo))):
        result = invoke(*args)
        assert result.exit_code == 2, (args, result.output)
        line = result.stderr.strip()
        assert len(line.splitlines()) == 1, line
        assert "is broken" in line and "git update-ref" in line and "staged" not in line, line
    assert sorted(p.name for p in repo.iterdir()) == listing
