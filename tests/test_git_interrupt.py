"""Ctrl+C can land after `git update-ref` moved HEAD and before the command could say so: the message must not
claim that nothing was committed, and the index must not be left behind the new HEAD."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git
from deeprules.cli.main import app
from deeprules.gitrepo import GitRepo


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(repo: Path, tmp_path: Path) -> Path:
    answers = tmp_path / "answers.yaml"
    answers.write_text("task: classification\n")
    code, _out, err = run("init", "--answers", str(answers), str(repo))
    assert code == 0, err
    return repo


def test_an_interrupt_after_head_moved_says_the_commit_was_made(project: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    before = git(project, "rev-parse", "HEAD").strip()
    real = GitRepo.run

    def interrupted(self: GitRepo, *args: str, **kwargs: object):  # type: ignore[no-untyped-def]
        done = real(self, *args, **kwargs)  # type: ignore[arg-type]
        if args and args[0] == "update-ref":
            raise KeyboardInterrupt  # the user's Ctrl+C, just after git moved HEAD
        return done

    monkeypatch.setattr(GitRepo, "run", interrupted)
    code, _out, err = run("answer", "-C", str(project), "title=Interrupted")
    monkeypatch.undo()
    after = git(project, "rev-parse", "HEAD").strip()
    assert code == 130 and after != before
    assert "nothing was committed" not in err and f"interrupted after committing {after[:10]}" in err
    assert git(project, "diff-index", "--cached", "--name-only", "HEAD", "--", "PLAN.md", ".deeprules") == ""
    code, _out, err = run("check", "-C", str(project), "--json")  # a later command has its own interrupt story
    assert code == 0, err


def test_an_interrupt_before_anything_was_committed_says_so(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = git(project, "rev-parse", "HEAD").strip()
    real = GitRepo.run

    def interrupted(self: GitRepo, *args: str, **kwargs: object):  # type: ignore[no-untyped-def]
        if args and args[0] == "update-ref":
            raise KeyboardInterrupt
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(GitRepo, "run", interrupted)
    code, _out, err = run("answer", "-C", str(project), "title=Stopped")
    assert code == 130 and "interrupted; nothing was committed" in err
    assert git(project, "rev-parse", "HEAD").strip() == before
