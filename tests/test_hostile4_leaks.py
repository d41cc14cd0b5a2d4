"""Nothing a run starts outlives it: a `git cat-file --batch` started for a snapshot ends with the snapshot even
when nobody called close() (the dashboard refreshes for hours; one test run left 270 of them, with two pipes
each, until its worker exited: a worker with a lower open-file limit would then fail unrelated tests)."""

from __future__ import annotations

import gc
import subprocess
import time
from pathlib import Path

from conftest import git
from deeprules.snapshot import commit_snapshot


def cat_files(root: Path) -> list[int]:
    """The `git cat-file --batch` processes working in `root`."""
    out = subprocess.run(["pgrep", "-f", "cat-file --batch"], capture_output=True, text=True, check=False).stdout
    found = []
    for pid in out.split():
        try:
            if Path(f"/proc/{pid}/cwd").resolve() == root.resolve():
                found.append(int(pid))
        except OSError:
            pass
    return found


def test_a_snapshot_dropped_without_close_ends_its_git_process(repo_with_commit: Path) -> None:
    git(repo_with_commit, "commit", "-q", "--allow-empty", "-m", "second")
    for _ in range(3):
        snap = commit_snapshot(repo_with_commit, "HEAD")
        assert snap.read_text("analysis.py") == "print('hello')\n"
        assert cat_files(repo_with_commit), "reading a committed file runs git cat-file"
        del snap
    gc.collect()
    deadline = time.monotonic() + 10
    while cat_files(repo_with_commit) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert cat_files(repo_with_commit) == []


def test_a_closed_snapshot_leaves_no_process(repo_with_commit: Path) -> None:
    with commit_snapshot(repo_with_commit, "HEAD") as snap:
        assert snap.read_text("analysis.py") == "print('hello')\n"
    assert cat_files(repo_with_commit) == []
