"""The file system refusing a write (a full disk, a quota, a read-only mount) is one line naming the file and
exit 2, never a traceback, and leaves HEAD, the user's index and files as they were; the next run, with room
again, finishes the job. Simulated with RLIMIT_FSIZE (writes past N bytes fail with EFBIG, in deeprules and
in the git it runs), which needs no privileges. Each case was a traceback (exit 1) before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import git, invoke

resource = pytest.importorskip("resource")


def deeprules_limited(repo: Path, limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-m", "deeprules", *args, "-C", str(repo)], env=os.environ.copy(),
                          capture_output=True, text=True, preexec_fn=cap, check=False)


@pytest.fixture
def project(repo_with_commit: Path) -> Path:
    assert invoke("init", str(repo_with_commit), "--example", "microscopy").exit_code == 0
    (repo_with_commit / "analysis.py").write_text("print('staged')\n")
    git(repo_with_commit, "add", "analysis.py")
    (repo_with_commit / "analysis.py").write_text("print('unstaged')\n")
    return repo_with_commit


def state(repo: Path) -> tuple[str, str, str, bytes]:
    return (git(repo, "rev-parse", "HEAD"), git(repo, "ls-files", "-s"), git(repo, "status", "--porcelain"),
            (repo / "PLAN.md").read_bytes())


@pytest.mark.parametrize(("limit", "args", "named"), [
    (2, ["answer", "compute=laptop"], ".git/deeprules.lock"),  # the lock itself
    # mid-run: the new files are stored in git's objects before any is written (session 10, w25g's preflight)
    (20_000, ["answer", "compute=laptop", "modality=tabular"], ".git/objects"),
    (2, ["ethics", "add", "--title", "No room"], ".git/deeprules.lock"),
])
def test_a_refused_write_is_one_line_and_changes_nothing(project: Path, limit: int, args: list[str],
                                                         named: str) -> None:
    before = state(project)
    proc = deeprules_limited(project, limit, *args)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("deeprules: error: cannot write "), proc.stderr
    assert named in lines[0] and "nothing was changed" in lines[0]
    assert state(project) == before
    # With room again the same command does the job, and the user's work is still as it was.
    assert invoke(*args, "-C", str(project)).exit_code == 0
    assert git(project, "status", "--porcelain") == "MM analysis.py\n"
    assert git(project, "diff", "--cached", "--name-only") == "analysis.py\n"


def test_an_export_that_cannot_be_written_names_the_file(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.csv"
    proc = deeprules_limited(project, 100, "ethics", "export", "--format", "csv", "-o", str(out))
    assert proc.returncode == 2 and proc.stderr.strip().startswith(f"deeprules: error: cannot write {out}"), proc.stderr
    assert "Traceback" not in proc.stderr and not out.exists()
