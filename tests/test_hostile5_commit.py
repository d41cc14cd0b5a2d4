"""Hostile review 5, the commit protocol: deeprules commits exactly the bytes it wrote. An edit the user saves
between deeprules writing one of its files and committing it (an editor's autosave, a formatter on save) is
never committed under deeprules' message: it stays in the work tree as the user's uncommitted change, and
neither version is lost.

The user's edit is made at the exact moment, through a wrapper around the commit step (no sleeps)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import git, invoke
from deeprules.gitrepo import GitRepo

USER_LINE = "My own note, saved by my editor while deeprules was committing.\n"


def init(repo: Path) -> None:
    result = invoke("init", str(repo), "--example", "microscopy")
    assert result.exit_code == 0, result.output


def editing_at(monkeypatch: pytest.MonkeyPatch, method: str, rel: str) -> dict[str, bytes]:
    """Wrap GitRepo.`method` so that, the first time it runs with `rel` written, the user appends a line to
    `rel`. Returns what the file held just before the edit (deeprules' bytes) under "ours"."""
    seen: dict[str, bytes] = {}
    original = getattr(GitRepo, method)

    def wrapped(self: GitRepo, *args: object, **kwargs: object) -> object:
        target = self.root / rel
        if "ours" not in seen and target.is_file():
            seen["ours"] = target.read_bytes()
            with target.open("a", encoding="utf-8") as handle:
                handle.write(USER_LINE)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(GitRepo, method, wrapped)
    return seen


@pytest.mark.parametrize("method", ["commit_paths", "_commit_once", "_move_head"])
def test_an_edit_saved_while_deeprules_commits_stays_the_users(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                               method: str) -> None:
    init(repo)
    before = git(repo, "rev-parse", "HEAD").strip()
    seen = editing_at(monkeypatch, method, "PLAN.md")
    result = invoke("answer", "compute=laptop", cwd=repo)
    assert result.exit_code == 0, result.output
    assert "ours" in seen, "the edit was never made: the wrapped step did not run"
    ours = seen["ours"].decode()
    assert git(repo, "rev-parse", "HEAD~1").strip() == before  # one commit
    # deeprules' commit holds deeprules' bytes, not the user's line
    assert git(repo, "show", "HEAD:PLAN.md") == ours
    assert USER_LINE not in git(repo, "show", "HEAD:PLAN.md")
    # the user's edit is in the work tree, unstaged; the index agrees with HEAD
    assert (repo / "PLAN.md").read_text() == ours + USER_LINE
    assert git(repo, "show", ":PLAN.md") == ours
    status = git(repo, "status", "--porcelain")
    assert " M PLAN.md" in status.splitlines(), status
    assert git(repo, "diff", "--stat", "HEAD").count("|") == 1, git(repo, "diff", "--stat", "HEAD")


def test_the_edit_is_not_carried_into_another_commands_commit(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The next deeprules command that does not write PLAN.md (an ethics concern) does not sweep the user's
    edit into its own commit as 'a file an earlier run wrote but did not commit'."""
    init(repo)
    editing_at(monkeypatch, "commit_paths", "PLAN.md")
    assert invoke("answer", "compute=laptop", cwd=repo).exit_code == 0
    monkeypatch.undo()
    result = invoke("ethics", "add", "--title", "Consent does not cover sharing", cwd=repo)
    assert result.exit_code == 0, result.output
    assert "PLAN.md" not in git(repo, "show", "--name-only", "--format=", "HEAD")
    assert USER_LINE not in git(repo, "show", "HEAD:PLAN.md")
    assert (repo / "PLAN.md").read_text().endswith(USER_LINE)


def test_a_concern_file_edited_before_the_commit_keeps_the_edit_uncommitted(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`ethics add` writes the concern file itself, then commits it with the register's index."""
    init(repo)
    seen: dict[str, str] = {}
    original = GitRepo.commit_paths

    def wrapped(self: GitRepo, paths: object, *args: object, **kwargs: object) -> object:
        for rel in sorted(paths):  # type: ignore[call-overload]
            if "/ETH-" in rel and "ours" not in seen:
                seen["ours"] = (self.root / rel).read_text()
                seen["rel"] = rel
                with (self.root / rel).open("a", encoding="utf-8") as handle:
                    handle.write(USER_LINE)
        return original(self, paths, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(GitRepo, "commit_paths", wrapped)
    result = invoke("ethics", "add", "--title", "Consent does not cover sharing", cwd=repo)
    assert result.exit_code == 0, result.output
    rel = seen["rel"]
    assert git(repo, "show", f"HEAD:{rel}") == seen["ours"]
    assert (repo / rel).read_text() == seen["ours"] + USER_LINE
    assert f" M {rel}" in git(repo, "status", "--porcelain").splitlines()


FAKE_GIT = """#!/bin/sh
for a in "$@"; do
  if [ "$a" = "$DEEPRULES_TEST_FAIL" ]; then
    echo "error: unable to write file: No space left on device" >&2
    echo "fatal: $a: write error" >&2
    exit 128
  fi
done
exec {git} "$@"
"""


@pytest.mark.parametrize("step", ["hash-object", "read-tree", "update-index", "write-tree", "commit-tree",
                                  "update-ref"])
def test_git_failing_mid_commit_says_what_is_left_and_the_next_run_commits(
        repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    """A full disk under .git/objects (simulated: git fails at one plumbing step). Before: the error named only
    git's failure, not that deeprules' files were written and will be committed by the next run."""
    import os
    import shutil

    init(repo)
    (repo / "notes.txt").write_text("v2 staged\n")
    git(repo, "add", "notes.txt")
    (repo / "notes.txt").write_text("v3 unstaged\n")
    before = git(repo, "rev-parse", "HEAD").strip()
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "git").write_text(FAKE_GIT.format(git=shutil.which("git")))
    (fake / "git").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DEEPRULES_TEST_FAIL", step)
    result = invoke("answer", "compute=laptop", cwd=repo)
    assert result.exit_code == 2, result.output
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in result.output, result.output
    # hash-object stores the blobs before anything is written (hostile review 7): nothing to commit later.
    tail = "nothing was changed" if step == "hash-object" else "the next deeprules run commits them"
    assert "write error" in line and tail in line, line
    assert git(repo, "rev-parse", "HEAD").strip() == before
    monkeypatch.delenv("DEEPRULES_TEST_FAIL")
    assert git(repo, "show", ":notes.txt") == "v2 staged\n"
    result = invoke(*(["answer", "compute=laptop"] if step == "hash-object" else ["plan"]), cwd=repo)
    assert result.exit_code == 0, result.output
    assert "compute: laptop" in git(repo, "show", "HEAD:.deeprules/answers.yaml")
    assert git(repo, "status", "--porcelain").splitlines() == ["AM notes.txt"]
    assert (repo / "notes.txt").read_text() == "v3 unstaged\n"
