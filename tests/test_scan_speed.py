"""The speed machinery of fact extraction and of the seed fold must not change a fact or a verdict: a cold
`check` of many files analyses them in worker processes (`FactIndex._analyze_ahead`), and `history` keeps the
import graph and the seed holders up to date from the fact index's change log instead of re-reading every file
at every commit. Each is compared here with the plain way of computing the same thing."""

from __future__ import annotations

import hashlib
import json
import os
import random
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from conftest import git
from deeprules.checks import _util, build_index, scan
from deeprules.checks._util import ImportGraph, import_graph
from deeprules.checks.scan import FactIndex
from deeprules.checks.tip03 import _Holders
from deeprules.snapshot import WorkTreeSnapshot

NOTEBOOK = {"cells": [{"cell_type": "code", "source": ["import torch\n", "torch.manual_seed(0)\n",
                                                         "opt.step()\n"], "outputs": [
    {"output_type": "stream", "text": ["test AUROC 0.91\n"]}]}], "metadata": {}, "nbformat": 4}


def _project(root: Path, n: int) -> None:
    """A project of many files of every kind, with a file that cannot be decoded, one too large to read and
    the same content at two paths."""
    (root / "pkg").mkdir()
    (root / "notebooks").mkdir()
    (root / "configs").mkdir()
    for i in range(n):
        body = [f"import pkg.m{(i + 1) % n}", "import torch, numpy as np"]
        if i % 3 == 0:
            body += ["torch.manual_seed(0)", "np.random.seed(1)"]
        if i % 4 == 0:
            body += ["for x, y in data:", "    loss.backward()", "    optimizer.step()"]
        if i % 5 == 0:
            body += ['"""A docstring: torch.manual_seed(3) here is prose."""', "model.fit(x, y, epochs=5)"]
        (root / "pkg" / f"m{i}.py").write_text("\n".join(body) + "\n")
    (root / "pkg" / "copy_of_m0.py").write_text((root / "pkg" / "m0.py").read_text())
    (root / "notebooks" / "train.ipynb").write_text(json.dumps(NOTEBOOK))
    (root / "configs" / "base.yaml").write_text("seed: 1\nlr: 0.01\n")
    (root / "configs" / "sweep.yaml").write_text("seed: 1\nlr: 0.01\n")
    (root / "requirements.txt").write_text("torch==2.1.0\nnumpy\n")
    (root / "results.csv").write_text("model,auroc\nours,0.9\nlogistic regression,0.8\n")
    (root / "pkg" / "binary.py").write_bytes(b"\x00\x01\x02" * 100)
    (root / "pkg" / "huge.py").write_text("x = 1\n" * (scan_limit() // 6 + 10))


def scan_limit() -> int:
    from deeprules.snapshot import MAX_BYTES

    return int(MAX_BYTES)


def _facts_and_memo(root: Path, monkeypatch: pytest.MonkeyPatch, workers: int) -> tuple[Any, ...]:
    monkeypatch.setattr(scan, "pool_workers", lambda jobs: workers)
    calls: list[str] = []
    analyze = scan.analyze

    def counted(path: str, text: str, kind: str | None = None) -> Any:
        calls.append(path)  # appended in this process only: a worker's calls stay in the worker
        return analyze(path, text, kind)

    monkeypatch.setattr(scan, "analyze", counted)
    snap = WorkTreeSnapshot(root)
    memo: dict[str, Any] = {}
    index = build_index(snap, memo)
    return index.by_path, index.by_fact, memo, dict(snap.skipped), calls


def test_a_pool_of_workers_gives_the_facts_of_one_process(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(repo, 40)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "project")
    (repo / "pkg" / "m1.py").write_text("import torch\ntorch.manual_seed(5)\n")  # changed in the work tree
    (repo / "pkg" / "new.py").write_text("import pkg.m1\noptimizer.step()\n")  # untracked
    alone = _facts_and_memo(repo, monkeypatch, 0)
    pooled = _facts_and_memo(repo, monkeypatch, 2)
    assert pooled[:4] == alone[:4]
    assert alone[3] == {"pkg/binary.py": "binary", "pkg/huge.py": "huge"}
    assert len(alone[4]) > 40  # the plain way analyses every file here...
    assert pooled[4] == []  # ... the pool in its workers, none in this process


def test_no_pool_while_another_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forking a process with threads (the TUI's workers, a test runner's) can deadlock the child."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    monkeypatch.delenv("DEEPRULES_WORKERS", raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert scan.pool_workers(1000) == 2  # four processors: two workers, which keep under the memory target
    assert scan.pool_workers(scan.POOL_MIN_FILES - 1) == 0  # a small job: no pool
    monkeypatch.setenv("DEEPRULES_WORKERS", "4")
    assert scan.pool_workers(1000) == 4  # more when asked
    monkeypatch.setenv("DEEPRULES_WORKERS", "1")
    assert scan.pool_workers(1000) == 1  # asked for none
    monkeypatch.setenv("DEEPRULES_WORKERS", "2")
    assert scan.pool_workers(1000) == 2
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert scan.pool_workers(1000) == 0
    monkeypatch.delenv("DEEPRULES_WORKERS")
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert scan.pool_workers(1000) == 0  # two processors: the pool costs more than it gives


LINES = ["import pkg.a", "from pkg import b", "from . import c", "import pkg.d as d", "import torch",
         "torch.manual_seed(0)", "np.random.seed(1)", "torch.use_deterministic_algorithms(True)",
         "random.seed(2)", "optimizer.step()", "x = 1",
         # seeds only when given one (tip03 `_seeds_on_request`), unless a literal seed is there too
         "if seed is not None:\n    torch.manual_seed(seed)", "def run(seed=None):\n    pass", "SEED = 42"]
NAMES = ["pkg/a.py", "pkg/b.py", "pkg/c.py", "pkg/d.py", "pkg/__init__.py", "train.py", "tests/test_a.py"]


@pytest.mark.parametrize("seed", range(6))
def test_folds_kept_from_the_change_log_equal_folds_built_afresh(seed: int) -> None:
    """The import graph and the seed holders `history` keeps across commits, brought up to date from the paths
    the fact index changed, are at every step those built from scratch from the index."""
    rng = random.Random(seed)
    index = FactIndex({}, incremental=True)
    texts: dict[str, str] = {}

    def read(path: str) -> str | None:
        return texts.get(path)

    for _step in range(60):
        for path in rng.sample(NAMES, rng.randint(1, 3)):
            if rng.random() < 0.15:
                texts.pop(path, None)
                index.update(path, None, read)
            else:
                texts[path] = "\n".join(rng.sample(LINES, rng.randint(0, 6))) + "\n"
                index.update(path, hashlib.sha1(texts[path].encode()).hexdigest(), read)
        ctx = SimpleNamespace(index=index, cache={}, files_with=index.files_with)
        kept = import_graph(ctx)
        afresh = ImportGraph()
        afresh.sync(index.by_path)
        assert kept.edges == afresh.edges and kept.mods == afresh.mods
        assert all(kept.reached(p) == afresh.reached(p) for p in NAMES)
        holders = index.derived.setdefault("holders", _Holders())
        holders.refresh(ctx)
        new = _Holders()
        new.refresh(SimpleNamespace(index=index, cache={}, files_with=index.files_with))  # built from all files
        assert holders.by_path == new.by_path and holders.sig == new.sig
    assert _util._prefixes("a.b.c") == ("a", "a.b", "a.b.c")


@pytest.mark.parametrize("seed", range(4))
def test_walks_kept_past_a_package_that_imports_all_of_itself(seed: int) -> None:
    """A script's walk stops at a package __init__ with more than _FANOUT local imports: editing those imports
    keeps the walks that stopped there, unless the count falls to the bound (then they must go on)."""
    rng = random.Random(seed)
    mods = [f"lib/m{i}.py" for i in range(16)]
    scripts = ["train.py", "eval.py", "lib/m0.py"]
    index = FactIndex({}, incremental=True)
    texts: dict[str, str] = {}

    def put(path: str, lines: list[str]) -> None:
        texts[path] = "\n".join(lines) + "\n"
        index.update(path, hashlib.sha1(texts[path].encode()).hexdigest(), texts.get)

    for m in mods:
        put(m, [f"import lib.m{rng.randrange(16)}"])
    for _step in range(40):
        count = rng.choice([_util._FANOUT - 1, _util._FANOUT, _util._FANOUT + 1, _util._FANOUT + 3, 16])
        put("lib/__init__.py", [f"from lib import m{i}" for i in rng.sample(range(16), count)])
        for path in scripts[:2]:
            put(path, ["import lib", f"from lib import m{rng.randrange(16)}"])
        if rng.random() < 0.3:
            put(rng.choice(mods), [f"import lib.m{rng.randrange(16)}", "import lib"])
        ctx = SimpleNamespace(index=index, cache={}, files_with=index.files_with)
        kept = import_graph(ctx)
        afresh = ImportGraph()
        afresh.sync(index.by_path)
        for path in [*scripts, *mods]:
            assert kept.reached(path) == afresh.reached(path), path
