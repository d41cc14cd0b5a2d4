"""The worker pool of a cold `check` under hostile conditions: any DEEPRULES_WORKERS value, a worker killed, and
the parent killed (its workers must not outlive it holding the output open)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import git, make_repo

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pool runs on Linux only")

DEEPRULES = [sys.executable, "-m", "deeprules"]


def many_scripts(root: Path, count: int, lines: int = 5) -> Path:
    make_repo(root)
    body = "".join(f"def f{j}(x):\n    return x * {j}\n" for j in range(lines))
    for i in range(count):
        (root / f"m{i}.py").write_text(f"import numpy as np\nnp.random.seed({i})\n{body}")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "scripts")
    return root


def check_json(root: Path, workers: str) -> tuple[int, str, str]:
    env = dict(os.environ, DEEPRULES_WORKERS=workers)
    done = subprocess.run([*DEEPRULES, "check", "--no-cache", "--json", "-C", str(root)], capture_output=True,
                          text=True, env=env, timeout=300, check=False)
    return done.returncode, done.stdout, done.stderr


def test_any_workers_value_gives_the_report_without_a_pool(tmp_path: Path) -> None:
    root = many_scripts(tmp_path / "r", 240)
    code, plain, err = check_json(root, "0")
    assert code == 0, err
    for asked in ("2", "-1", "abc", "999", "\u00b2", " 2 ", "1e3", ""):
        code, out, err = check_json(root, asked)
        assert (code, err) == (0, ""), asked
        assert json.loads(out) == json.loads(plain), asked


def children(pid: int) -> list[int]:
    """The forked workers of `pid` (not the git commands it runs)."""
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False).stdout
    found = []
    for child in out.split():
        try:
            if b"deeprules" in Path(f"/proc/{child}/cmdline").read_bytes():
                found.append(int(child))
        except OSError:
            pass
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_workers_end_with_a_killed_parent(tmp_path: Path, sig: int) -> None:
    root = many_scripts(tmp_path / "r", 1200, lines=60)
    env = dict(os.environ, DEEPRULES_WORKERS="2")
    run = subprocess.Popen([*DEEPRULES, "check", "--no-cache", "-C", str(root)], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while not workers and run.poll() is None and time.monotonic() < deadline:
            workers = children(run.pid)
            time.sleep(0.005)
        if not workers:
            pytest.skip("the run ended before its workers could be seen")
        os.kill(run.pid, sig)
        run.wait(timeout=30)
        deadline = time.monotonic() + 20
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [w for w in workers if alive(w)], "workers outlived their parent"
    finally:
        for pid in [run.pid, *workers]:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
