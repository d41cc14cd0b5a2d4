"""kill -9 at random moments of real writes: afterwards nothing blocks the next run, the next run commits
everything the killed one wrote, the user's work is untouched and `git fsck` is clean."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import git, invoke

KILLS = 30
WRITES = [
    ["answer", "n_unlabeled={n}000"],  # changes the plan: "600,000 unlabelled examples ..."
    ["ethics", "add", "--title", "Concern number {n}"],
    ["plan", "--restore"],
    ["answer", "n_min_class={n}"],
]


def deeprules(repo: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "deeprules", *args, "-C", str(repo)], env=os.environ.copy(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_kill_9_at_random_moments_never_leaves_the_repository_behind(repo: Path) -> None:
    (repo / "notes.txt").write_text("v1\n")
    git(repo, "add", "notes.txt")
    git(repo, "commit", "-q", "-m", "user: notes")
    assert invoke("init", str(repo), "--example", "microscopy").exit_code == 0
    (repo / "notes.txt").write_text("v2 staged\n")
    git(repo, "add", "notes.txt")
    (repo / "notes.txt").write_text("v3 unstaged\n")
    users = git(repo, "status", "--porcelain")
    assert users == "MM notes.txt\n"

    started = time.monotonic()
    assert deeprules(repo, "answer", "n_unlabeled=599000").wait() == 0
    span = time.monotonic() - started
    rng = random.Random(11)
    killed_mid_write = 0
    for n in range(KILLS):
        args = [a.format(n=600 + n) for a in WRITES[n % len(WRITES)]]
        proc = deeprules(repo, *args)
        time.sleep(rng.uniform(0.2, 1.1) * span)
        if proc.poll() is None:
            killed_mid_write += 1
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        r = invoke("plan", "-C", str(repo))  # the next run: no stale lock may stop it
        assert r.exit_code == 0, f"after killing `{' '.join(args)}`: {r.output}"
        assert git(repo, "status", "--porcelain") == users, f"after killing `{' '.join(args)}`"
        left = sorted(p.name for p in (repo / ".git").iterdir() if p.name.startswith(("deeprules", "index.")))
        assert left in ([], ["deeprules-cache"]), left
        assert not [p for p in repo.rglob(".*.deeprules-tmp")]
    assert killed_mid_write >= KILLS // 3, "the kills should mostly land while deeprules runs"
    assert git(repo, "fsck", "--no-progress", "--no-dangling", "--strict").strip() == ""
    assert git(repo, "show", ":notes.txt") == "v2 staged\n"
    assert "nothing to change" in invoke("plan", "-C", str(repo)).stdout
    ids = [line.split("-")[1] for line in git(repo, "ls-tree", "--name-only", "HEAD", "ethics/").split()
           if line.startswith("ethics/ETH-")]
    assert len(ids) == len(set(ids)), "no concern id was taken twice"


DIE_AT = """
import os, sys
from deeprules import gitrepo
from deeprules.cli.main import app
moment, where = sys.argv[1], sys.argv[2]
real_link, real_replace = os.link, os.replace
def link(src, dst, *a, **k):
    real_link(src, dst, *a, **k)
    if moment == "holding-index-lock" and str(dst).endswith("index.lock"):
        os._exit(9)
def replace(src, dst, *a, **k):
    if moment == "after-head-moved" and str(src).endswith("index.lock"):
        os._exit(9)
    real_replace(src, dst, *a, **k)
gitrepo.os.link, gitrepo.os.replace = link, replace
sys.argv = ["deeprules", "answer", "n_unlabeled=7000", "-C", where]
app()
"""


def test_a_run_killed_while_holding_gits_index_lock_is_finished_or_rolled_back_by_the_next(repo: Path) -> None:
    """The narrowest window: deeprules holds git's index.lock (with the next index in it) and dies before
    or after moving HEAD. git refuses every index write until the lock goes; the next deeprules run must
    remove it (HEAD never moved) or install it (HEAD moved), so the index is never behind HEAD."""
    assert invoke("init", str(repo), "--example", "microscopy").exit_code == 0
    for moment, moved in (("holding-index-lock", False), ("after-head-moved", True)):
        before = git(repo, "rev-parse", "HEAD").strip()
        proc = subprocess.run([sys.executable, "-c", DIE_AT, moment, str(repo)], capture_output=True, check=False)
        assert proc.returncode == 9, proc.stderr
        assert (repo / ".git" / "index.lock").exists()
        assert (git(repo, "rev-parse", "HEAD").strip() != before) is moved
        r = invoke("plan", "-C", str(repo))
        assert r.exit_code == 0, r.output
        assert not (repo / ".git" / "index.lock").exists()
        assert git(repo, "status", "--porcelain") == ""
        assert "n_unlabeled: 7000" in git(repo, "show", "HEAD:.deeprules/answers.yaml")
        git(repo, "reset", "-q", "--hard", before)  # for the next moment
