"""A cold `history`'s facts analysed by worker processes ahead of the walk (checks/ahead.py): the same output as the
walk analysing every version itself, with any number of workers, a worker lost, small work left serial."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import commit_files
from deeprules.checks import ahead
from deeprules.checks.scan import memo_kind

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the workers run on Linux only")


def sh(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


def script(i: int, step: int) -> str:
    body = "".join(f"def f{j}(x):\n    return x * {j + step}\n" for j in range(4))
    seed = f"torch.manual_seed({i})\n" if (i + step) % 3 == 0 else ""
    return (f"import torch\nfrom sklearn.linear_model import LogisticRegression\n{seed}{body}"
            f"model = LogisticRegression(C={step})\nloss.backward()\noptimizer.step()\n")


def notebook(step: int) -> str:
    cells = [{"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
              "source": [f"import numpy as np\nnp.random.seed({step})\n", "from sklearn.metrics import f1_score\n"]}]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


@pytest.fixture(scope="module")
def walked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve commits over forty scripts, a notebook, a results table, a binary file, deletions, a copy of a
    script at a second path, a reverted file, and a folder that becomes a vendored project and stops being one."""
    root = tmp_path_factory.mktemp("pool") / "repo"
    root.mkdir()
    sh(root, "init", "-q")
    sh(root, "config", "user.name", "T")
    sh(root, "config", "user.email", "t@example.org")
    sh(root, "config", "commit.gpgSign", "false")
    first: dict[str, str | bytes | None] = {f"src/m{i}.py": script(i, 0) for i in range(40)}
    first.update({"nb/explore.ipynb": notebook(0), "results/scores.csv": "model,auc\nrf,0.8\n",
                  "data/blob.bin": b"\0\1\2" * 100, "ext/lib/a.py": script(99, 0),
                  "requirements.txt": "torch==2.1.0\n", "run.sh": "python src/m0.py --seed 1\n"})
    commit_files(root, "start", first)
    for step in range(1, 12):
        files: dict[str, str | bytes | None] = {f"src/m{i}.py": script(i, step) for i in range(step, 40, 3)}
        files["nb/explore.ipynb"] = notebook(step)
        files["ext/lib/a.py"] = script(99, step)
        if step == 3:
            files["ext/lib/LICENSE"] = "MIT License\n"
            files["ext/lib/setup.py"] = "from setuptools import setup\nsetup(name='lib')\n"
            files["copy/m1.py"] = script(1, 3)
        if step == 5:
            files["src/m2.py"] = None
        if step == 6:
            files["src/m4.py"] = script(4, 0)  # back to its first version
        if step == 8:
            files["ext/lib/LICENSE"] = None
        commit_files(root, f"step {step}", files)
    return root


RUN = """
import json, sys
from pathlib import Path
from deeprules.checks import ahead
ahead.MIN_JOBS = int(sys.argv[2])
made = []
real = ahead.Ahead.__init__
def spy(self, root, jobs, workers, **kw):
    made.append(self)
    self.asked = (len(jobs), workers)
    real(self, root, jobs, workers, **kw)
ahead.Ahead.__init__ = spy
if sys.argv[3] == "die":  # a worker that ends after a few jobs: the walk analyses the rest itself
    work = ahead._work
    def dying(root, jobs, *rest):
        work(root, jobs[:5], *rest)
        import os
        os._exit(3)
    ahead._work = dying
from deeprules.history import history
h = history(Path(sys.argv[1]), use_cache=sys.argv[3] == "cache")
if sys.argv[3] == "cache":  # every version's facts kept in the memo saved: a second run reads them all
    import subprocess
    subprocess.run(["git", "-C", sys.argv[1], "commit", "-q", "--allow-empty", "-m", "one more"], check=True)
    again = history(Path(sys.argv[1]), use_cache=True)
    assert again.to_dict()["points"][:-1] == h.to_dict()["points"], "cached points differ"
    subprocess.run(["git", "-C", sys.argv[1], "reset", "-q", "--hard", "HEAD~1"], check=True)
print(json.dumps({"made": [[*a.asked, a.served] for a in made], "history": h.to_dict()}, sort_keys=True))
"""


def run(root: Path, workers: str, min_jobs: int = 1, mode: str = "") -> tuple[list[list[int]], dict[str, object]]:
    env = dict(os.environ, DEEPRULES_WORKERS=workers)
    done = subprocess.run([sys.executable, "-c", RUN, str(root), str(min_jobs), mode], capture_output=True,
                          text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    return out["made"], out["history"]


def test_workers_give_the_serial_history(walked: Path) -> None:
    made, serial = run(walked, "0")
    assert made == []
    for workers in ("2", "3"):
        made, pooled = run(walked, workers)
        assert len(made) == 1 and made[0][1] == int(workers)
        assert made[0][2] == made[0][0]  # every planned version analysed by a worker
        assert pooled == serial, workers


def test_a_lost_worker_leaves_its_versions_to_the_walk(walked: Path) -> None:
    _, serial = run(walked, "0")
    made, pooled = run(walked, "2", mode="die")
    assert made and 0 < made[0][2] < made[0][0]
    assert pooled == serial


def test_workers_with_the_cache_keep_every_version(walked: Path, tmp_path: Path) -> None:
    _, serial = run(walked, "0")
    clone = tmp_path / "clone"
    sh(tmp_path, "clone", "-q", str(walked), str(clone))
    sh(clone, "config", "user.name", "T")
    sh(clone, "config", "user.email", "t@example.org")
    made, pooled = run(clone, "2", mode="cache")
    assert made and made[0][2] == made[0][0]
    assert pooled["points"] == serial["points"]


def test_small_work_stays_serial(walked: Path) -> None:
    made, serial = run(walked, "2", min_jobs=10_000)
    assert made == []
    assert run(walked, "0")[1] == serial


def test_workers_asked_and_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ahead.threading, "active_count", lambda: 1)
    monkeypatch.setattr(ahead.os, "sched_getaffinity", lambda _pid: {0}, raising=False)
    monkeypatch.delenv("DEEPRULES_WORKERS", raising=False)
    assert ahead.workers_for(10_000) == 0  # one processor: never slower than the walk alone
    monkeypatch.setattr(ahead.os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3, 4, 5, 6, 7}, raising=False)
    assert ahead.workers_for(10_000) == ahead.DEFAULT_WORKERS
    assert ahead.workers_for(ahead.MIN_JOBS - 1) == 0
    for asked, want in (("0", 0), ("1", 0), ("2", 2), ("3", 3), ("99", ahead.MAX_WORKERS), ("abc", 2), ("\u00b2", 2),
                        ("-1", 2)):
        monkeypatch.setenv("DEEPRULES_WORKERS", asked)
        assert ahead.workers_for(10_000) == want, asked
    monkeypatch.setattr(ahead.threading, "active_count", lambda: 2)  # another thread: no fork
    assert ahead.workers_for(10_000) == 0


def test_plan_lists_what_the_walk_analyses_in_its_order() -> None:
    entries = {"a.py": "1" * 40, "b.py": "2" * 40, "c.txt": "3" * 40, "lib/x.py": "4" * 40}
    steps = [[("a.py", "5" * 40), ("b.py", None)],
             # lib/ becomes vendored (its own licence and manifest); d.py a copy of a.py's first version
             [("lib/LICENSE", "6" * 40), ("lib/setup.py", "8" * 40), ("d.py", "1" * 40)],
             [("a.py", "1" * 40), ("lib/x.py", "7" * 40)]]  # a.py back to its first version; lib/ vendored
    jobs = ahead.plan(entries, steps, first=True, vendored=(), dense=set())
    assert [(p, s[0]) for p, s, _k, _key in jobs] == [("a.py", "1"), ("b.py", "2"), ("lib/x.py", "4"), ("a.py", "5"),
                                                      ("lib/setup.py", "8")]
    assert all(key == f"{s}:{memo_kind(p, k)}" for p, s, k, key in jobs)
    known = {jobs[0][3]}
    again = ahead.plan(entries, steps, first=False, vendored=(), dense=set(), known=known)
    assert [(p, s[0]) for p, s, _k, _key in again] == [("a.py", "5"), ("lib/setup.py", "8")]
    # lib/ stops being vendored: its files are analysed again (FactIndex.relist)
    back = [*steps, [("lib/LICENSE", None)]]
    jobs = ahead.plan(entries, back, first=True, vendored=(), dense=set())
    assert jobs[-1][:2] == ("lib/x.py", "7" * 40)


def test_deal_keeps_a_path_on_one_worker() -> None:
    jobs = [(f"p{i % 7}.py", f"{i:040d}", "py", f"{i}:py") for i in range(70)]
    dealt = ahead.deal(jobs, 3, {f"{i:040d}": 1000 * (i % 7) for i in range(70)})
    assert sorted(j for d in dealt for j in d) == sorted(jobs)
    for d in dealt:
        assert d == [j for j in jobs if j in d]  # the walk's order
    owners = {j[0]: w for w, d in enumerate(dealt) for j in d}
    assert all(j[0] in owners and j in dealt[owners[j[0]]] for j in jobs)
