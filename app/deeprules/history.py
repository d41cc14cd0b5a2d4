"""Compliance over the history: the scores at every first-parent commit, from git objects, no checkout.

One `git log --first-parent --raw` stream says what changed in each commit; one long-lived
`git cat-file --batch` process reads the changed files; facts are memoised by blob id, and each check is
re-run only when a file it watches changed (any change to the answers, the plan, the card, the manifest,
the test lock or the ethics register re-runs them all). Results are cached under `.git/deeprules-cache/`
(never in the work tree), keyed by commit (whose tree fixes the content) and by the check set and
settings, so a second run only reads the cache and an added commit costs one step. A cache that cannot be
read is thrown away and rebuilt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .checks import (
    ANSWERS_REL,
    RESULTS_REL,
    ComplianceCheck,
    Context,
    answers_for,
    checks_yaml_bytes,
    checkset_hash,
    run_one,
    selection,
    use_cached_specs,
    weighted,
)
from .checks.scan import ANALYZER_VERSION, FactIndex
from .errors import InputError
from .snapshot import ObjectReader, TreeSnapshot, decode, find_root, git, parse_tree_listing, resolve_rev

CACHE_DIR = "deeprules-cache"
CACHE_FORMAT = 2


# -- the cache -------------------------------------------------------------------------------------
class Cache:
    """JSON files in `.git/deeprules-cache/`: `memo.json` (facts by blob id, answers by blob id, the parsed
    checks.yaml) and `history-<key>.json` (scores by commit)."""

    def __init__(self, git_dir: Path | None) -> None:
        self.dir = git_dir / CACHE_DIR if git_dir is not None else None
        self.rebuilt: list[str] = []
        self._sizes: tuple[int, int] = (0, 0)
        self._header = {"format": CACHE_FORMAT, "deeprules": __version__, "analyzer": ANALYZER_VERSION,
                        "checks": hashlib.sha256(checks_yaml_bytes()).hexdigest()[:16]}

    def _read(self, name: str) -> dict[str, Any] | None:
        if self.dir is None:
            return None
        path = self.dir / name
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("header") != self._header:
                raise ValueError("stale or foreign cache")
            return data
        except FileNotFoundError:
            return None
        except (OSError, ValueError, UnicodeDecodeError):
            self.rebuilt.append(name)
            with contextlib.suppress(OSError):
                path.unlink()
            return None

    def _write(self, name: str, data: dict[str, Any]) -> None:
        if self.dir is None:
            return
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=self.dir)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"header": self._header, **data}, fh, separators=(",", ":"))
            os.replace(tmp, self.dir / name)
        except OSError:  # a read-only .git: work without a cache
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)

    def load_specs(self) -> None:
        """The parsed checks.yaml, so a warm run does not parse YAML at all."""
        data = self._read("specs.json")
        if data and isinstance(data.get("specs"), dict):
            use_cached_specs(data["specs"])
        else:
            from .checks import raw_specs

            self._write("specs.json", {"specs": raw_specs()})

    def load_memo(self) -> dict[str, Any]:
        data = self._read("memo.json") or {}
        memo = {"facts": data.get("facts") or {}, "answers": data.get("answers") or {}}
        self._sizes = (len(memo["facts"]), len(memo["answers"]))
        self.loaded = True
        return memo

    def save_memo(self, memo: Mapping[str, Any]) -> None:
        if (len(memo.get("facts", ())), len(memo.get("answers", ()))) == self._sizes and "memo.json" not in \
                self.rebuilt and self.dir is not None and (self.dir / "memo.json").exists():
            return
        if not getattr(self, "loaded", False):
            return
        self._write("memo.json", {"facts": memo.get("facts", {}), "answers": memo.get("answers", {})})

    def load_points(self, key: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """Scores by commit, and the walk's state at the last commit computed (to resume from)."""
        data = self._read(f"history-{key}.json") or {}
        points = data.get("points")
        state = data.get("state")
        return (points if isinstance(points, dict) else {}), (state if isinstance(state, dict) else None)

    def save_points(self, key: str, points: Mapping[str, Any], state: Mapping[str, Any] | None = None) -> None:
        self._write(f"history-{key}.json", {"points": dict(points), "state": state})


# -- results over time -------------------------------------------------------------------------------
@dataclass
class Point:
    sha: str
    time: int
    subject: str
    overall: float | None
    tips: dict[int, float | None]
    checks: dict[str, tuple[str, float]]
    changed: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"commit": self.sha, "time": self.time, "subject": self.subject,
                "overall": _r(self.overall), "tips": {str(k): _r(v) for k, v in self.tips.items()},
                "checks": {k: [s, round(sc, 2)] for k, (s, sc) in self.checks.items()},  # [status, score]
                "changed": self.changed}

    def to_cache(self) -> list[Any]:
        return [self.time, self.subject, self.overall, [self.tips[t] for t in range(1, 11)],
                {k: [s, sc] for k, (s, sc) in self.checks.items()}]

    @classmethod
    def from_cache(cls, sha: str, row: list[Any]) -> Point:
        return cls(sha, int(row[0]), str(row[1]), row[2], {t: row[3][t - 1] for t in range(1, 11)},
                   {k: (v[0], float(v[1])) for k, v in row[4].items()})


@dataclass
class History:
    points: list[Point]
    stamp: dict[str, Any]
    shallow: str | None = None
    computed: int = 0
    from_cache: int = 0
    cache_rebuilt: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"stamp": self.stamp, "shallow": self.shallow, "computed": self.computed,
                "from_cache": self.from_cache, "points": [p.to_dict() for p in self.points]}

    def to_csv(self) -> str:
        import csv
        import io

        ids = sorted({k for p in self.points for k in p.checks}, key=_id_key)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["commit", "time", "subject", "overall", *[f"tip{t}" for t in range(1, 11)], *ids])
        for p in self.points:
            w.writerow([p.sha, p.time, p.subject, _blank(p.overall), *[_blank(p.tips[t]) for t in range(1, 11)],
                        *[p.checks[i][0] + ":" + f"{p.checks[i][1]:g}" if i in p.checks else "" for i in ids]])
        return buf.getvalue()


def _id_key(cid: str) -> tuple[int, str]:
    digits = cid[2:]
    return (int(digits[:-2] or 0), digits)


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def _blank(x: float | None) -> str:
    return "" if x is None else f"{x:.1f}"


def _point(sha: str, time: int, subject: str, results: Mapping[str, Any]) -> Point:
    rs = list(results.values())
    tips = {t: weighted(r for r in rs if r.tip == t) for t in range(1, 11)}
    return Point(sha, time, subject, weighted(rs), tips, {r.id: (r.status if r.ignored is None else "ignored",
                                                                 r.score) for r in rs})


def _log(root: Path, args: list[str]) -> list[tuple[str, int, str]]:
    out = git(root, "log", "--first-parent", "--format=%H%x01%ct%x01%s", *args)
    rows = []
    for line in out.decode("utf-8", "replace").splitlines():
        sha, ct, subject = [*line.split("\x01", 2), "", ""][:3]
        if sha:
            rows.append((sha, int(ct or 0), subject))
    rows.reverse()
    return rows


def iter_changes(root: Path, base: str, tip: str) -> Iterable[tuple[str, list[tuple[str, str | None]]]]:
    """(commit, [(path, new blob id or None when deleted)]) for each first-parent commit after `base` up to
    `tip`, oldest first, from one streamed `git log --raw`."""
    cmd = ["git", "log", "--first-parent", "--diff-merges=first-parent", "--raw", "-z", "--no-renames",
           "--no-abbrev", "--format=%x02%H", "--reverse", f"{base}..{tip}"]
    proc = subprocess.run(cmd, cwd=root, capture_output=True, check=False)
    if proc.returncode != 0:  # git older than 2.31 has no --diff-merges: -m with --first-parent does the same
        cmd[3] = "-m"
        proc = subprocess.run(cmd, cwd=root, capture_output=True, check=False)
        if proc.returncode != 0:
            raise InputError(f"git log failed: {proc.stderr.decode('utf-8', 'replace').strip()}")
    sha: str | None = None
    changes: list[tuple[str, str | None]] = []
    tokens = proc.stdout.split(b"\0")
    i = 0
    while i < len(tokens):
        tok = tokens[i].lstrip(b"\n")
        i += 1
        if tok.startswith(b"\x02"):
            if sha is not None:
                yield sha, changes
            sha, changes = tok[1:].decode(), []
        elif tok.startswith(b":"):
            fields = tok.split()
            mode, new, status = fields[1], fields[3].decode(), fields[4][:1]
            path = tokens[i].decode("utf-8", "surrogateescape")
            i += 1
            regular = mode in (b"100644", b"100755")
            changes.append((path, new if status != b"D" and regular else None))
    if sha is not None:
        yield sha, changes


def _special(config: Any) -> tuple[set[str], str]:
    paths = {ANSWERS_REL, RESULTS_REL, config.path("plan"), config.path("card"), config.path("manifest"),
             config.path("test_lock")}
    return paths, config.path("ethics").rstrip("/") + "/"


def history(start: Path, *, since: str | None = None, max_commits: int | None = None,
            select: Iterable[str] | None = None, ignore: Mapping[str, str] | None = None, config: Any = None,
            progress: Callable[[int, int], None] | None = None, use_cache: bool = True) -> History:
    """The scores at each first-parent commit (after `since`, at most the last `max_commits`)."""
    root, git_dir = find_root(start)
    if git_dir is None:
        raise InputError(f"{root} is not inside a git repository; history needs commits")
    if config is None:
        from .config import load_config

        config = load_config(root)
    cache = Cache(git_dir if use_cache else None)
    cache.load_specs()
    from .checks import CheckResult, _config_ignore, all_checks

    checks, ignored = selection(select if select is not None else config.check.get("select"),
                                ignore if ignore is not None else _config_ignore(config))
    every = all_checks()
    checkset = checkset_hash(checks)
    key = hashlib.sha256(json.dumps([checkset, config.paths, sorted(ignored)], sort_keys=True).encode()
                         ).hexdigest()[:16]
    if subprocess.run(["git", "rev-parse", "--verify", "--quiet", "HEAD"], cwd=root, capture_output=True
                      ).returncode != 0:
        raise InputError(f"{root} has no commits yet")
    args = []
    if max_commits is not None:
        if max_commits < 1:
            raise InputError("--max-commits must be at least 1")
        args.append(f"--max-count={max_commits}")
    if since:
        args.append(f"{resolve_rev(root, since)}..HEAD")
    commits = _log(root, args)
    stamp = {"head": commits[-1][0] if commits else None, "deeprules": __version__, "checkset": checkset}
    shallow = _shallow_note(root, git_dir)
    cached, state = cache.load_points(key)
    points: list[Point] = []
    todo = [i for i, (sha, _, _) in enumerate(commits) if sha not in cached]
    result = History(points, stamp, shallow, cache_rebuilt=cache.rebuilt)
    if not todo:
        points.extend(Point.from_cache(sha, cached[sha]) for sha, _, _ in commits)
        result.from_cache = len(points)
        _mark_changes(points)
        return result
    first = todo[0]
    base = first - 1 if first > 0 else 0
    for sha, _, _ in commits[:base]:
        points.append(Point.from_cache(sha, cached[sha]))
    specials, ethics_prefix = _special(config)
    total = len(commits) - base
    with ObjectReader(root) as reader:
        sha0, t0, s0 = commits[base]
        entries, _ = parse_tree_listing(git(root, "ls-tree", "-r", "-z", "--full-tree", sha0))
        snap = TreeSnapshot(root, entries, reader, kind="commit", commit=sha0)
        read = _reader(snap)
        resume = state is not None and state.get("commit") == sha0 and sha0 in cached
        if resume:  # an added commit: the state of the last walk, no re-reading
            assert state is not None
            memo = {"facts": {}, "answers": {}}
            index = FactIndex(memo["facts"])
            for path, facts in state["by_path"].items():
                index.by_path[path] = facts
                for fact, ev in facts.items():
                    index.by_fact.setdefault(fact, {})[path] = ev
            info = state["info"]
            results = {k: CheckResult.from_dict(v) for k, v in state["results"].items()}
            points.append(Point.from_cache(sha0, cached[sha0]))
        else:
            memo = cache.load_memo()
            index = FactIndex(memo["facts"])
            for path, blob in entries.items():
                index.update(path, blob, read)
            info = answers_for(snap, every, memo["answers"])
            ctx = Context(snap, index, config, info)
            results = {c.id: run_one(c, ctx, ignored) for c in checks}
            points.append(_point(sha0, t0, s0, results))
            result.computed += 1
        if progress:
            progress(1, total)
        meta = {sha: (t, s) for sha, t, s in commits[base + 1:]}
        done = 1
        if meta:
            for sha, changes in iter_changes(root, sha0, commits[-1][0]):
                if sha not in meta:
                    continue
                rerun_all = False
                touched = []
                for path, blob in changes:
                    if blob is None:
                        entries.pop(path, None)
                    else:
                        entries[path] = blob
                    snap._texts.pop(path, None)
                    index.update(path, blob, read)
                    touched.append(path)
                    if path in specials or path.startswith(ethics_prefix):
                        rerun_all = True
                snap.commit = sha
                snap._sorted = None
                if ANSWERS_REL in touched:
                    info = answers_for(snap, every, memo["answers"])
                if touched:
                    ctx = Context(snap, index, config, info)
                    for c in checks:
                        if rerun_all or any(c.watches(p) for p in touched):
                            results[c.id] = run_one(c, ctx, ignored)
                t, s = meta[sha]
                points.append(_point(sha, t, s, results))
                result.computed += 1
                done += 1
                if progress and (done % 25 == 0 or done == total):
                    progress(done, total)
    for p in points:
        cached[p.sha] = p.to_cache()
    new_state = {"commit": points[-1].sha, "by_path": index.by_path, "info": info,
                 "results": {k: r.to_dict() for k, r in results.items()}}
    cache.save_points(key, cached, new_state)
    cache.save_memo(memo)
    _mark_changes(points)
    result.from_cache = len(points) - result.computed
    return result


def _reader(snap: TreeSnapshot) -> Callable[[str], str | None]:
    def read(path: str) -> str | None:
        data = snap.read_bytes(path)
        return None if data is None else decode(data)

    return read


def _mark_changes(points: list[Point]) -> None:
    prev = None
    for p in points:
        sig = (p.overall, tuple(p.tips.values()), tuple(sorted(p.checks.items())))
        p.changed = prev is None or sig != prev
        prev = sig


def _shallow_note(root: Path, git_dir: Path) -> str | None:
    if not (git_dir / "shallow").exists():
        return None
    out = git(root, "log", "--first-parent", "--format=%H %cs", "--reverse", "HEAD", check=False).decode().split("\n")
    first = out[0].split() if out and out[0] else ["?", "?"]
    return (f"shallow clone: history starts at {first[0][:10]} ({first[1]}); "
            "run `git fetch --unshallow` to see all of it")


def checks_used(select: Iterable[str] | None = None) -> list[ComplianceCheck]:
    return selection(select)[0]
