"""Hostile review 5 (session 9), the user's index bits and a sparse checkout.

- A sparse checkout (or `update-index --skip-worktree`) that keeps deeprules' committed files out of the work
  tree: `status` said "not written yet, not committed", `plan` "deleted by you", `answer` committed new answers
  without the plan they belong to, `ethics list` said there was no register and `ethics add` committed a register
  index listing only the new concern. Now every command that opens the project refuses in one line (exit 2),
  naming the files and `git sparse-checkout add`.
- `git update-index --assume-unchanged` on a generated file: deeprules' index update dropped the bit."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import git, init_project, invoke


def state(repo: Path) -> tuple[str, str, str, str]:
    return (git(repo, "rev-parse", "HEAD"), git(repo, "ls-files", "-v", "-s"), git(repo, "status", "--porcelain"),
            git(repo, "sparse-checkout", "list", check=False))


@pytest.mark.parametrize("cone", [["--cone", "src", ".deeprules"], ["--no-cone", "/src/", "/.deeprules/"]])
@pytest.mark.parametrize("args", [("status",), ("plan",), ("answer", "compute=cluster"), ("ethics", "list"),
                                  ("ethics", "add", "--title", "consent"), ("card", "check")])
def test_own_files_outside_a_sparse_checkout_are_refused_not_reported_missing(
        tmp_path: Path, cone: list[str], args: tuple[str, ...]) -> None:
    repo = init_project(tmp_path / "p", {"src/train.py": "import torch\n"})
    git(repo, "sparse-checkout", "set", *cone)
    assert not (repo / "ethics").exists()
    before = state(repo)
    result = invoke(*args, "-C", str(repo))
    assert result.exit_code == 2, (args, result.output)
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in result.output, line
    assert "ethics/README.md" in line or "and " in line, line
    assert "sparse-checkout add" in line and "ethics" in line, line
    assert state(repo) == before


def test_a_generated_file_marked_skip_worktree_is_refused(tmp_path: Path) -> None:
    repo = init_project(tmp_path / "p", {"src/train.py": "import torch\n"})
    git(repo, "update-index", "--skip-worktree", "PLAN.md")
    before = state(repo)
    result = invoke("answer", "-C", str(repo), "compute=cluster")
    assert result.exit_code == 2, result.output
    assert "PLAN.md" in result.stderr and "--no-skip-worktree" in result.stderr, result.stderr
    assert state(repo) == before


def test_a_sparse_checkout_that_keeps_deeprules_files_still_works(tmp_path: Path) -> None:
    repo = init_project(tmp_path / "p", {"src/train.py": "import torch\n"})
    git(repo, "sparse-checkout", "set", "--cone", "src", ".deeprules", "ethics")
    result = invoke("answer", "-C", str(repo), "compute=cluster")
    assert result.exit_code == 0, result.output
    assert git(repo, "status", "--porcelain") == ""


def test_assume_unchanged_bits_survive_deeprules_index_update(tmp_path: Path) -> None:
    repo = init_project(tmp_path / "p", {"src/train.py": "import torch\n"})
    git(repo, "update-index", "--assume-unchanged", "PLAN.md", "notes.txt")
    result = invoke("answer", "-C", str(repo), "compute=cluster")
    assert result.exit_code == 0, result.output
    assert git(repo, "log", "-1", "--format=%s").startswith("deeprules:")
    tags = dict(line.split(" ", 1)[::-1] for line in git(repo, "ls-files", "-v").splitlines())
    assert tags["PLAN.md"] == "h" and tags["notes.txt"] == "h", tags
    assert git(repo, "diff", "--cached", "HEAD", "--name-only") == ""
