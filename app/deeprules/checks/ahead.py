"""A cold `history`'s facts, analysed in worker processes ahead of its walk.

The facts of a file version are a function of its text and its extractor (`scan.analyze`; `incremental`'s
re-use of the version before gives exactly the same), so the versions of different paths are independent work.
Before the walk, `plan` lists every file version the walk will analyse, in the order it will ask for them (the
first snapshot's files, then each commit's changed files, the vendored folders followed as `FactIndex.relist`
follows them), each memo key once. `Ahead` forks workers, each given whole paths (the versions of a path go to
one worker, oldest first, so its `incremental.Versions` re-uses each version for the next, as the walk does),
paths dealt to the least loaded worker by their blobs' sizes. A worker reads its blobs with its own `git
cat-file` and sends the facts back in order; the walk (`FactIndex._facts_for`) takes a key's facts from its
worker, waiting only when that worker has not got there yet, while the rules of the commits before run in the
parent. A version a worker could not read as text (missing, too large, binary: what the walk records as
skipped or unsettled), a key no worker was given, and everything after a worker failed, the walk analyses
itself, as without workers: the facts, and so the output, are the same with any number of workers.
"""

from __future__ import annotations

import contextlib
import gc
import os
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .scan import (
    _CODE_SCAN,
    Facts,
    LazyRe,
    _die_with_parent,
    _pattern_keys,
    asked_workers,
    candidates,
    listed_kind,
    marks_vendoring,
    memo_kind,
    processors,
    vendored_folders,
)

#: Jobs (file versions to analyse) below which no worker is started: a fork, a `git cat-file` and the facts sent
#: back cost more than ~0.3 s of analysis saves.
MIN_JOBS = 300
#: Workers unless DEEPRULES_WORKERS asks otherwise (at most MAX_WORKERS): each is a forked copy of the parent
#: (~60 MB resident on deepchem, most of it shared) with its own `git cat-file`; two keep the whole run of a cold
#: history under the 200 MB the benchmarks promise (issue 13).
DEFAULT_WORKERS = 2
MAX_WORKERS = 4
#: Facts sent back at a time: small, so the walk starts on the first commit's files early.
_CHUNK = 24
#: A worker's `git cat-file`: smaller pack windows and delta cache than the parent's (snapshot.PACK_MEMORY), as
#: several run at once.
#: (deepchem, one worker's 4,700 blobs: 59 MB resident with the parent's settings, 37 MB with 8m/32m/12m, 26 MB
#: with these, for ~15% more of git's own CPU time, 0.07 s)
_WORKER_PACK_MEMORY = ("-c", "core.packedGitWindowSize=1m", "-c", "core.packedGitLimit=8m",
                       "-c", "core.deltaBaseCacheLimit=4m")

Job = tuple[str, str, str, str]  # path, blob id, extractor, memo key


def wanted_workers() -> int:
    """Worker processes a cold history may use here: none on one processor, on other systems than Linux (a forked
    child of a process that loaded system frameworks can crash there), or when DEEPRULES_WORKERS is 0 or 1. The
    parent runs the rules meanwhile, so two processors are enough to gain (unlike `check`'s pool, whose parent
    only reads)."""
    if not sys.platform.startswith("linux"):
        return 0
    asked = asked_workers()
    if asked is not None:
        return 0 if asked < 2 else min(asked, MAX_WORKERS)
    cpus = processors()
    return 0 if cpus < 2 else min(cpus, DEFAULT_WORKERS)


def workers_for(jobs: int) -> int:
    """Workers for `jobs` file versions to analyse: none for small work or where forking is not safe (another
    thread running: the TUI's, a test runner's), else `wanted_workers()`."""
    if jobs < MIN_JOBS or threading.active_count() > 1:
        return 0
    return wanted_workers()


def plan(entries: dict[str, str], steps: Iterable[Sequence[tuple[str, str | None]]], *, first: bool,
         vendored: tuple[str, ...], dense: set[str], known: Any = (), again: set[str] | None = None) -> list[Job]:
    """The file versions the walk analyses, in its order, each memo key once and none in `known` (the memo):
    the first snapshot's candidates (when `first`), then each step's changed files, then the files of
    folders that became or stopped being vendored (`FactIndex.relist`). `entries` is not changed. `again`
    receives the keys the walk asks for more than once (a file reverted, a copy at another path)."""
    jobs: list[Job] = []
    keys: set[str] = set()

    def add(path: str, sha: str | None) -> None:
        if not sha or path.startswith(".deeprules/"):
            return
        # (`FactIndex._kind`: nothing in a vendored folder)
        kind = None if vendored and path.startswith(vendored) else listed_kind(path, dense)
        if kind is None:
            return
        key = f"{sha}:{memo_kind(path, kind)}"
        if key in keys:
            if again is not None:
                again.add(key)
        elif key not in known:
            keys.add(key)
            jobs.append((path, sha, kind, key))

    if first:
        for path in candidates(list(entries), dense):
            add(path, entries[path])
    listing = dict(entries)
    for changes in steps:
        for path, blob in changes:
            if blob is None:
                listing.pop(path, None)
            else:
                listing[path] = blob
            add(path, blob)
        if any(marks_vendoring(p) for p, _ in changes):
            now = vendored_folders(listing)
            if now != vendored:
                moved = tuple(set(now) ^ set(vendored))
                vendored = now
                for path in [p for p in listing if p.startswith(moved)]:
                    add(path, listing[path])
    return jobs


def _sizes(root: Path, shas: Iterable[str]) -> dict[str, int]:
    """Blob sizes from one `git cat-file --batch-check` (0 for what it cannot tell)."""
    unique = list(dict.fromkeys(shas))
    try:
        out = subprocess.run(["git", "cat-file", "--batch-check"], cwd=root, input="\n".join(unique).encode() + b"\n",
                             capture_output=True, check=False).stdout
    except OSError:
        return {}
    sizes = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2].isdigit():
            sizes[parts[0].decode()] = int(parts[2])
    return sizes


def deal(jobs: Sequence[Job], workers: int, sizes: dict[str, int]) -> list[list[Job]]:
    """The jobs of each worker, in the walk's order: a path's versions all to one worker (the first time a path
    comes, to the worker with the least work so far, by bytes to analyse)."""
    owner: dict[str, int] = {}
    load = [0] * workers
    out: list[list[Job]] = [[] for _ in range(workers)]
    for job in jobs:
        w = owner.get(job[0])
        if w is None:
            w = owner[job[0]] = min(range(workers), key=load.__getitem__)
        load[w] += sizes.get(job[1], 0) + 200  # (a file costs something whatever its size)
        out[w].append(job)
    return out


def _work(root: Path, jobs: list[Job], conn: Any, max_bytes: int, parent: int, budget: int) -> None:
    """A worker: the facts of each job in order, sent back `_CHUNK` at a time; None for a version that could not
    be read as text (the walk reads it, and records why). An analysis that raises ends the worker: the walk
    analyses the rest itself (and raises as it would have)."""
    _die_with_parent(parent)
    from ..snapshot import ObjectReader, decode, is_binary, limit_for
    from .incremental import Versions

    versions = Versions(budget)
    out: list[Facts | None] = []
    reader = ObjectReader(root)
    reader.pack_memory = _WORKER_PACK_MEMORY
    try:
        for path, sha, kind, _key in jobs:
            data, _size = reader.read(sha, limit_for(path, max_bytes))
            if data is None or is_binary(data):
                out.append(None)
            else:
                out.append(versions.analyze(path, decode(data), kind))
            if len(out) >= _CHUNK:
                conn.send(out)
                out = []
        conn.send(out)
    except Exception:  # whatever it was, the walk meets it again itself
        with contextlib.suppress(Exception):
            conn.send(out)
    finally:
        reader.close()
        with contextlib.suppress(OSError):
            conn.close()


class Ahead:
    """Worker processes analysing the planned jobs; `take(key)` gives a key's facts (None: the walk analyses that
    version itself). `again`: the keys the walk asks for more than once, or None when all must stay memoised
    (see `memoise`)."""

    def __init__(self, root: Path, jobs: Sequence[Job], workers: int, *, max_bytes: int,
                 again: set[str] | None = None) -> None:
        import multiprocessing

        self.again = again
        dealt = deal(jobs, workers, _sizes(root, (j[1] for j in jobs)))
        self._owner: dict[str, int] = {}
        self._keys: list[list[str]] = []
        self._next: list[int] = []
        self._conns: list[Any] = []
        self._procs: list[Any] = []
        self.got: dict[str, Facts] = {}
        self.served = 0  # keys whose facts a worker gave
        LazyRe.compile_all()  # compiled once here, shared by the forked workers
        _pattern_keys(_CODE_SCAN).keys._regex()
        from .incremental import Versions

        # each worker holds the last versions of its own paths: the walk's budget shared among them
        budget = Versions.BUDGET // workers
        ctx = multiprocessing.get_context("fork")
        # what the parent holds now is left out of the workers' garbage collections, which would otherwise write
        # to (and so copy) every page of it in each worker
        gc.freeze()
        try:
            for mine in dealt:
                if not mine:
                    continue
                here, there = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_work, args=(root, mine, there, max_bytes, os.getpid(), budget), daemon=True)
                self._procs.append(proc)
                self._conns.append(here)
                self._keys.append([j[3] for j in mine])
                self._next.append(0)
                proc.start()
                there.close()
                for j in mine:
                    self._owner[j[3]] = len(self._conns) - 1
        except BaseException:
            self.close()
            raise
        finally:
            gc.unfreeze()

    def _receive(self, slot: int) -> bool:
        """Store the next facts sent by worker `slot`; False when it has ended (its remaining keys are the walk's)."""
        conn = self._conns[slot]
        if conn is None:
            return False
        try:
            got = conn.recv()
        except (EOFError, OSError):
            got = None
        if not got:  # ended, failed, or its last (empty) message
            keys = self._keys[slot]
            if got is None or self._next[slot] >= len(keys):
                for key in keys[self._next[slot]:]:
                    self._owner.pop(key, None)
                self._close(slot)
                return False
            return True
        start = self._next[slot]
        keys = self._keys[slot]
        for key, facts in zip(keys[start:start + len(got)], got, strict=True):
            if facts is None:
                self._owner.pop(key, None)
            else:
                self.got[key] = facts
        self._next[slot] = start + len(got)
        return True

    def _drain(self) -> None:
        """Store whatever the workers have sent, without waiting (a worker blocked on a full pipe waits no more)."""
        for slot, conn in enumerate(self._conns):
            while conn is not None and conn.poll():
                if not self._receive(slot):
                    break
                conn = self._conns[slot]

    def take(self, key: str) -> Facts | None:
        got = self.got.pop(key, None)
        if got is None:
            slot = self._owner.get(key)
            if slot is None:
                return None
            self._drain()
            while key not in self.got and key in self._owner and self._receive(slot):
                pass
            got = self.got.pop(key, None)
        self._owner.pop(key, None)
        if got is not None:
            self.served += 1
        return got

    def memoise(self, key: str) -> bool:
        """Must the facts `take` gave for `key` go into the memo? Yes when the memo is kept (the cache) or the walk
        asks for the key again; otherwise the facts of every old version would stay in memory to the end (on
        deepchem's 2,000 commits most of the ~80 MB the walk grows by), when only the current ones are read."""
        return self.again is None or key in self.again

    def _close(self, slot: int) -> None:
        conn = self._conns[slot]
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()
            self._conns[slot] = None
        proc = self._procs[slot]
        if proc.pid is None:  # never started
            return
        if proc.is_alive():
            proc.join(timeout=0.5)
        if proc.is_alive():
            proc.kill()
            proc.join()

    def close(self) -> None:
        """End the workers (at the walk's end they have ended; after an error they are killed)."""
        for slot, proc in enumerate(self._procs):
            if proc.pid is not None and proc.is_alive() and self._conns[slot] is not None:
                proc.kill()
            self._close(slot)
        self.got.clear()
        self._owner.clear()
