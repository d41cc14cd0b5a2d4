"""Hostile review 5 (session 9), SIGTERM / SIGHUP during a commit: `timeout`, a CI runner cancelling a job, a
closed terminal. Python's default for SIGTERM ends the process at once, so a run stopped while it held git's
index lock left `.git/index.lock` (and deeprules' lock, its private index): every `git add` and `git commit`
of the user failed until the next deeprules run. Now the signal unwinds as Ctrl+C does."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import git, init_project, invoke


def slow_git(tmp_path: Path, step: str, marker: Path) -> Path:
    """A `git` first on PATH that, at `step`, says so and waits: the moment the signal arrives."""
    folder = tmp_path / "bin"
    folder.mkdir()
    wrapper = folder / "git"
    wrapper.write_text(f"#!/bin/sh\nif [ \"$1\" = {step} ] || echo \" $* \" | grep -q ' {step} '; then "
                       f"touch {marker}; sleep 20; fi\nexec {shutil.which('git')} \"$@\"\n")
    wrapper.chmod(0o755)
    return folder


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_terminated_commit_leaves_no_lock_and_says_so(tmp_path: Path, sig: signal.Signals) -> None:
    repo = init_project(tmp_path / "p")
    head = git(repo, "rev-parse", "HEAD")
    marker = tmp_path / "reached"
    env = {**os.environ, "PATH": f"{slow_git(tmp_path, 'update-ref', marker)}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.Popen([sys.executable, "-m", "deeprules", "answer", "-C", str(repo), "compute=cluster"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), proc.communicate()
    proc.send_signal(sig)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig, err
    assert err.strip().splitlines() == [f"deeprules: error: terminated ({sig.name}); nothing was committed"], err
    assert not (repo / ".git" / "index.lock").exists()
    assert not (repo / ".git" / "deeprules.lock").exists()
    assert not list((repo / ".git").glob("deeprules-index-*"))
    assert git(repo, "rev-parse", "HEAD") == head
    git(repo, "add", "notes.txt")  # the user's git works at once
    result = invoke("plan", "-C", str(repo))
    assert result.exit_code == 0, result.output
    assert git(repo, "status", "--porcelain") == ""
