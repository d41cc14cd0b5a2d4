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
import functools
import hashlib
import json
import marshal
import os
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__, yamlio
from .checks import (
    ANSWERS_REL,
    RESULTS_REL,
    ComplianceCheck,
    Context,
    answers_for,
    checks_yaml_bytes,
    checkset_hash,
    code_stamp,
    result_fields,
    run_one,
    selection,
    use_cached_specs,
    weighted,
)
from .checks.scan import ANALYZER_VERSION, FactIndex, marks_vendoring
from .errors import InputError
from .snapshot import (
    PACK_MEMORY,
    PLAIN_OUTPUT,
    ObjectReader,
    TreeSnapshot,
    decode,
    find_root,
    git,
    head_sha,
    parse_tree_listing,
    resolve_rev,
)

CACHE_DIR = "deeprules-cache"
CACHE_FORMAT = 5
# Each cache file starts with the sha256 of the rest: a file damaged anywhere (a flipped bit inside a memo entry
# unmarshals fine and would be believed) is thrown away. ~10 ms for history's 12 MB memo, ~0 for check.bin.
_DIGEST = 32
_CACHE_MAX_BYTES = 1 << 31  # far beyond any real memo (history's on a large repository is ~12 MB)
_LEGACY = ("memo.json", "specs.json")


# -- the cache -------------------------------------------------------------------------------------
_SECTIONS = ("facts", "answers", "plan")  # the memo: what was read from each blob, by blob id


class WorkingSet(dict[str, Any]):
    """One section of the memo of a snapshot run (`check`, the dashboard, `report`): the entries the last such
    run used (`check-memo.bin`, small, read on first use: a reused report needs none), with the whole memo
    (`memo.bin`, which `history` fills with every blob of the history: 12 MB on a real repository) read only
    when this run needs an entry the last one did not have. Entries are content-addressed (blob ids), so a copy
    is never stale. `absent`: keys the whole memo did not have at the last run (valid while memo.bin is the
    same file). Records the keys this run used: the next working set is this run's."""

    def __init__(self, source: Callable[[], tuple[Mapping[str, Any], Iterable[str]]] | None = None,
                 whole: Callable[[], dict[str, Any]] | None = None, fresh: set[str] | None = None) -> None:
        super().__init__()
        self._source = source
        self._whole = whole
        # Blob ids of files changed or untracked in the work tree (filled by the snapshot run): new content,
        # so a miss is not looked for in the whole memo, and what is learnt of it stays in the working set.
        self.fresh = fresh if fresh is not None else set()
        self.absent: set[str] = set()
        self.used: set[str] = set()
        self.missed: set[str] = set()
        self.added: dict[str, Any] = {}

    def _ready(self) -> None:
        if self._source is not None:
            entries, absent = self._source()
            self._source = None
            dict.update(self, entries)
            self.absent = set(absent)

    @property
    def touched(self) -> bool:
        return bool(self.used or self.missed)

    def _has(self, key: str) -> bool:
        self._ready()
        if dict.__contains__(self, key):
            self.used.add(key)
            return True
        if key not in self.absent and self._whole is not None and key.partition(":")[0] not in self.fresh:
            whole = self._whole()
            if key in whole:
                dict.__setitem__(self, key, whole[key])
                self.used.add(key)
                return True
        self.missed.add(key)
        return False

    def get(self, key: str, default: Any = None) -> Any:
        return dict.__getitem__(self, key) if self._has(key) else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._has(key)

    def __getitem__(self, key: str) -> Any:
        if self._has(key):
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._ready()
        dict.__setitem__(self, key, value)
        self.used.add(key)
        self.missed.discard(key)
        self.added[key] = value

    def forget(self, blobs: set[str]) -> None:
        """Drop the entries of these blob ids (learnt from a file that was not the content its id names)."""
        self._ready()
        for key in [k for k in dict.keys(self) if k.partition(":")[0] in blobs]:
            dict.__delitem__(self, key)
            self.added.pop(key, None)
            self.used.discard(key)

    def kept(self) -> tuple[dict[str, Any], list[str]]:
        """(entries, absent keys) for the next run: this run's when it looked anything up, else the last run's
        (a report reused whole looks nothing up, and the next edit will need the entries again)."""
        self._ready()
        if not self.touched:
            return {k: dict.__getitem__(self, k) for k in dict.keys(self)}, sorted(self.absent)
        return ({k: dict.__getitem__(self, k) for k in self.used},
                sorted(k for k in self.missed if not dict.__contains__(self, k)))


def _dict(x: Any) -> dict[str, Any]:
    return x if isinstance(x, dict) else {}


def replaces_objects(git_dir: Path) -> bool:
    """Does git read other objects in place of some (`git replace`, `.git/info/grafts`)? Then `cat-file` of a blob,
    tree or commit id returns another object's content, and the cache, which files what it learns under ids,
    would serve it after the replacement is gone (or ignore a new one). Refs are looked up in the files: a
    `git for-each-ref` would cost a warm `check` a process."""
    if os.environ.get("GIT_NO_REPLACE_OBJECTS"):
        return (git_dir / "info" / "grafts").exists()
    if os.environ.get("GIT_REPLACE_REF_BASE"):
        return True
    common = git_dir
    with contextlib.suppress(OSError, UnicodeDecodeError):
        common = (git_dir / (git_dir / "commondir").read_text().strip()).resolve()
    if (common / "info" / "grafts").exists():
        return True
    with contextlib.suppress(OSError):
        for _dirpath, _dirs, files in os.walk(common / "refs" / "replace"):
            if files:
                return True
    try:
        return b" refs/replace/" in (common / "packed-refs").read_bytes()  # one search: 100k tags are MBs
    except OSError:
        return False


class Cache:
    """Files in `.git/deeprules-cache/`, each one `marshal`led (plain builtins; ~10x faster to load and
    save than JSON) with a header (cache format, deeprules, analyzer, check set, Python): `memo.bin`
    (facts, answers and plan items by blob id), `check-memo.bin` and `check.bin` (the last snapshot run's
    memo entries, see `WorkingSet`, and its reports by `checks.report_key`), `specs.bin` (the parsed checks.yaml) and
    `history-<key>.bin` (scores by commit, the walk's state, the first-parent commit list of the last
    HEAD). A file with another header, or one that cannot be read or whose digest does not match, is thrown away and
    rebuilt."""

    def __init__(self, git_dir: Path | None) -> None:
        if git_dir is not None and replaces_objects(git_dir):
            git_dir = None  # content is not fixed by its id there: nothing may be filed under an id
        self.dir = git_dir / CACHE_DIR if git_dir is not None else None
        if self.dir is not None and self.dir.is_symlink():
            self.dir = None  # the cache would be read from and written to wherever the link points: no cache
        self.rebuilt: list[str] = []
        self._sizes: tuple[int, ...] = (0, 0, 0)
        self.loaded = False
        self._whole: dict[str, Any] | None = None
        self._work: dict[str, Any] | None = None
        self._reports: dict[str, Any] = {}
        # code_stamp: a development install whose code or knowledge changed starts again (memo entries of
        # answers depend on the questions, reports on the rules: nothing under the same version may be stale).
        self._header = (CACHE_FORMAT, __version__, ANALYZER_VERSION,
                        hashlib.sha256(checks_yaml_bytes()).hexdigest()[:16], code_stamp(), sys.version_info[:2],
                        marshal.version)

    def _read(self, name: str) -> dict[str, Any] | None:
        if self.dir is None:
            return None
        path = self.dir / name
        try:
            # The one reader of files deeprules did not write itself (a .git from a tarball or a shared folder is
            # anyone's): regular files only, never blocking. A symlink to /dev/zero ran `history` out of memory
            # (a traceback), a named pipe blocked `check` and `history` forever.
            raw = yamlio.read_bytes(path, what="cache file", max_bytes=_CACHE_MAX_BYTES)
        except InputError:  # none yet, not a regular file, or a cache folder this user cannot use: no cache
            with contextlib.suppress(OSError):
                if not stat.S_ISREG(os.lstat(path).st_mode) and not stat.S_ISDIR(os.lstat(path).st_mode):
                    path.unlink()  # a symlink, pipe or device where a cache file belongs: a file is written there
            return None
        header = data = None
        body = raw[_DIGEST:]
        try:
            if raw[:_DIGEST] == hashlib.sha256(body).digest():
                header, data = marshal.loads(body)
            else:  # damaged, or a file of the format before (no digest): which one decides the warning
                old = marshal.loads(raw)
                if not (isinstance(old, tuple) and len(old) == 2 and isinstance(old[0], tuple) and
                        old[0][:1] != (CACHE_FORMAT,)):
                    self.rebuilt.append(name)
        except (ValueError, TypeError, EOFError):
            self.rebuilt.append(name)  # damaged: worth a warning
        if header == self._header and isinstance(data, dict):
            return data
        # Damaged, or written by another version of deeprules or of checks.yaml (stale: expected after an
        # upgrade, so no warning): thrown away and rebuilt.
        with contextlib.suppress(OSError):
            path.unlink()
        return None

    def _write(self, name: str, data: dict[str, Any]) -> None:
        if self.dir is None:
            return
        try:
            body = marshal.dumps((self._header, data))
            blob = hashlib.sha256(body).digest() + body
        except ValueError:  # something that is not a plain builtin: work without this cache file
            return
        tmp = None
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=self.dir)
            with os.fdopen(fd, "wb") as fh:
                os.fchmod(fh.fileno(), _file_mode())  # mkstemp's 0600 would lock out others sharing the repository
                fh.write(blob)
            os.replace(tmp, self.dir / name)
            tmp = None
            # a run killed while writing leaves its temporary file (up to the memo's size): gone after a while
            for stale in self.dir.glob(f".{name}.*"):
                with contextlib.suppress(OSError):
                    if time.time() - stale.stat().st_mtime > _STALE_TMP:
                        stale.unlink()
            for old in (*_LEGACY, name.replace(".bin", ".json")):  # files of the format before: never read again
                if (self.dir / old).exists():
                    (self.dir / old).unlink()
        except OSError:  # a read-only .git: work without a cache
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def load_specs(self) -> None:
        """The parsed checks.yaml, so a warm run does not parse YAML at all."""
        data = self._read("specs.bin")
        if data and isinstance(data.get("specs"), dict):
            use_cached_specs(data["specs"])
        else:
            from .checks import raw_specs

            self._write("specs.bin", {"specs": raw_specs()})

    def _memo_stamp(self) -> tuple[int, int] | None:
        """memo.bin's identity (time, size): `check.bin`'s absent keys hold only for the memo.bin they were
        looked up in."""
        if self.dir is None:
            return None
        try:
            st = (self.dir / "memo.bin").stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def _whole_memo(self) -> dict[str, Any]:
        if self._whole is None:
            data = self._read("memo.bin") or {}
            self._whole = {k: _dict(data.get(k)) for k in _SECTIONS}
        return self._whole

    def _whole_section(self, name: str) -> dict[str, Any]:
        return self._whole_memo()[name]

    def _working(self) -> dict[str, Any]:
        """check-memo.bin: the memo entries of the last snapshot run, and the keys memo.bin did not have."""
        if self._work is None:
            data = self._read("check-memo.bin") or {}
            if data.get("memo_stamp") != self._memo_stamp():  # memo.bin changed since: it may have them now
                data = {k: v for k, v in data.items() if not k.endswith("_absent")}
            self._work = data
        return self._work

    def _working_section(self, name: str) -> tuple[dict[str, Any], list[str]]:
        work = self._working()
        absent = work.get(f"{name}_absent")
        return _dict(work.get(name)), absent if isinstance(absent, list) else []

    def load_memo(self) -> dict[str, Any]:
        """The memo of a snapshot run: a `WorkingSet` per section, and the reports of the last run by key
        (`check.bin`; see `checks.report_key`)."""
        self._reports = _dict((self._read("check.bin") or {}).get("reports"))
        fresh: set[str] = set()
        memo: dict[str, Any] = {k: WorkingSet(functools.partial(self._working_section, k),
                                              functools.partial(self._whole_section, k), fresh) for k in _SECTIONS}
        memo["reports"] = WorkingSet(lambda: (self._reports, ()))
        memo["fresh"] = fresh
        self.loaded = True
        return memo

    def load_full_memo(self) -> dict[str, Any]:
        """The whole memo as plain dicts (`history`, which reads every blob of the history), with the last
        snapshot run's working set (what it learnt of changed files, committed since, is there)."""
        memo = {k: dict(v) for k, v in self._whole_memo().items()}
        for k in _SECTIONS:
            memo[k].update(self._working_section(k)[0])
        self._sizes = self._memo_sizes(memo)
        self.loaded = True
        return memo

    @staticmethod
    def _memo_sizes(memo: Mapping[str, Any]) -> tuple[int, ...]:
        return tuple(len(memo.get(k, ())) for k in _SECTIONS)

    def save_memo(self, memo: Mapping[str, Any]) -> None:
        if not self.loaded:
            return
        if isinstance(memo.get("facts"), WorkingSet):
            self._save_working_sets(memo)
            return
        if self._memo_sizes(memo) == self._sizes and "memo.bin" not in self.rebuilt and self.dir is not None \
                and (self.dir / "memo.bin").exists():
            return
        self._write("memo.bin", {k: memo.get(k, {}) for k in _SECTIONS})

    def _save_working_sets(self, memo: Mapping[str, Any]) -> None:
        sections: list[WorkingSet] = [memo[k] for k in _SECTIONS]
        # New entries of committed content join the whole memo, for `history` and other trees; those of the work
        # tree's own changes stay in the working set (rewriting 12 MB for each edit would cost more than a check).
        shared = [{key: v for key, v in ws.added.items() if key.partition(":")[0] not in ws.fresh}
                  for ws in sections]
        if any(shared):
            whole = self._whole_memo()
            for k, added in zip(_SECTIONS, shared, strict=True):
                whole[k].update(added)
            self._write("memo.bin", whole)
        if any(ws.touched for ws in sections):
            old = self._working()
            data: dict[str, Any] = {"memo_stamp": self._memo_stamp()}
            for k, ws in zip(_SECTIONS, sections, strict=True):
                data[k], data[f"{k}_absent"] = ws.kept()
            if any(set(_dict(old.get(k))) != set(data[k]) or old.get(f"{k}_absent") != data[f"{k}_absent"]
                   for k in _SECTIONS) or old.get("memo_stamp") != data["memo_stamp"]:
                self._write("check-memo.bin", data)
        reports, _ = memo["reports"].kept()
        if set(reports) != set(self._reports) or "check.bin" in self.rebuilt:
            self._write("check.bin", {"reports": reports})

    def load_points(self, key: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """Rows by commit, and the walk's state at the last commit computed (to resume from)."""
        data = self._read(f"history-{key}.bin") or {}
        points = data.get("points")
        state = data.get("state")
        self.log = data.get("log") if isinstance(data.get("log"), dict) else None
        return (points if isinstance(points, dict) else {}), (state if isinstance(state, dict) else None)

    def save_points(self, key: str, points: Mapping[str, Any], state: Mapping[str, Any] | None = None,
                    log: Mapping[str, Any] | None = None) -> None:
        self._write(f"history-{key}.bin", {"points": dict(points), "state": state, "log": log})


_STALE_TMP = 600  # seconds: no write takes that long, so an older temporary file is a killed run's


@functools.lru_cache(maxsize=1)
def _file_mode() -> int:
    """0666 less the umask: the mode an ordinary file gets (git's own files in .git are made the same way)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


# -- results over time -------------------------------------------------------------------------------
_JSON_SEP = (",", ":")


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


def _row(sha: str, time: int, subject: str, overall: float | None, tips: list[float | None],
         checks: dict[str, tuple[str, float]], tail: tuple[str, str] | None = None) -> tuple[Any, ...]:
    """A point as the cache keeps it: (time, subject, overall, tips 1-10, checks, JSON, signature). The JSON
    is `Point.to_dict()` without "changed" and its closing brace, so `--json` joins strings; the signature
    compares equal exactly when (overall, tips, checks) do (it decides "changed")."""
    if tail is None:
        tail = _tail(overall, tips, checks)
    head = json.dumps({"commit": sha, "time": time, "subject": subject}, ensure_ascii=False, separators=_JSON_SEP)
    return (time, subject, overall, tips, checks, head[:-1] + "," + tail[0], tail[1])


def _tail(overall: float | None, tips: list[float | None], checks: dict[str, tuple[str, float]]) -> tuple[str, str]:
    body = json.dumps({"overall": _r(overall), "tips": {str(t): _r(v) for t, v in zip(range(1, 11), tips,
                                                                                         strict=True)},
                       "checks": {k: [s, round(sc, 2)] for k, (s, sc) in checks.items()}},
                      ensure_ascii=False, separators=_JSON_SEP)[1:-1]
    sig = repr((_f(overall), [_f(v) for v in tips], sorted((k, s, float(sc)) for k, (s, sc) in checks.items())))
    return body, sig


def _f(x: float | None) -> float | None:
    return None if x is None else float(x)


def _valid_row(row: Any) -> bool:
    return isinstance(row, tuple) and len(row) == 7


class History:
    """The points of a history. Kept as cache rows and turned into `Point`s only when asked for (`--json`
    joins the rows' JSON instead)."""

    def __init__(self, rows: list[tuple[str, tuple[Any, ...]]], stamp: dict[str, Any], shallow: str | None = None,
                 computed: int = 0, from_cache: int = 0, cache_rebuilt: list[str] | None = None) -> None:
        self.rows = rows
        self.stamp = stamp
        self.shallow = shallow
        self.computed = computed
        self.from_cache = from_cache
        self.cache_rebuilt = cache_rebuilt if cache_rebuilt is not None else []
        self.missing: str | None = None  # a note when objects were missing from the clone
        self._points: list[Point] | None = None

    def changed(self) -> list[bool]:
        out = []
        prev = None
        for _, row in self.rows:
            out.append(prev is None or row[6] != prev)
            prev = row[6]
        return out

    @property
    def points(self) -> list[Point]:
        if self._points is None:
            self._points = [Point(sha, row[0], row[1], row[2], {t: row[3][t - 1] for t in range(1, 11)},
                                  dict(row[4]), ch)
                            for (sha, row), ch in zip(self.rows, self.changed(), strict=True)]
        return self._points

    def to_dict(self) -> dict[str, Any]:
        return {"stamp": self.stamp, "shallow": self.shallow, "missing": self.missing, "computed": self.computed,
                "from_cache": self.from_cache, "points": [p.to_dict() for p in self.points]}

    def to_json(self) -> str:
        """`json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))`, from the rows' JSON."""
        head = json.dumps({"stamp": self.stamp, "shallow": self.shallow, "missing": self.missing,
                           "computed": self.computed,
                           "from_cache": self.from_cache}, ensure_ascii=False, separators=_JSON_SEP)
        marks = (',"changed":false}', ',"changed":true}')
        body = ",".join([row[5] + marks[ch] for (_, row), ch in zip(self.rows, self.changed(), strict=True)])
        return head[:-1] + ',"points":[' + body + "]}"

    def to_csv(self) -> str:
        import csv
        import io

        from .encode import csv_cell, one_line

        ids = sorted({k for p in self.points for k in p.checks}, key=_id_key)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["commit", "time", "subject", "overall", *[f"tip{t}" for t in range(1, 11)], *ids])
        for p in self.points:
            # The subject is repository text: controls stripped, a formula-looking cell quoted (encode.csv_cell).
            w.writerow([p.sha, p.time, csv_cell(one_line(p.subject)), _blank(p.overall),
                        *[_blank(p.tips[t]) for t in range(1, 11)],
                        *[p.checks[i][0] + ":" + f"{p.checks[i][1]:g}" if i in p.checks else "" for i in ids]])
        return buf.getvalue()


def _id_key(cid: str) -> tuple[int, str]:
    digits = cid[2:]
    return (int(digits[:-2] or 0), digits)


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def _blank(x: float | None) -> str:
    return "" if x is None else f"{x:.1f}"


def _point_row(sha: str, time: int, subject: str, results: Mapping[str, Any],
               same_as: tuple[Any, ...] | None = None) -> tuple[Any, ...]:
    """The cache row of a commit's results; `same_as`: the row of the commit before, when no check re-ran."""
    if same_as is not None:
        overall, tips, checks = same_as[2:5]
        return _row(sha, time, subject, overall, tips, checks,
                    (same_as[5][same_as[5].index(',"overall":') + 1:], same_as[6]))
    rs = list(results.values())
    tips = [weighted(r for r in rs if r.tip == t) for t in range(1, 11)]
    checks = {r.id: (r.status if r.ignored is None else "ignored", r.score) for r in rs}
    return _row(sha, time, subject, weighted(rs), tips, checks)


def commit_date(time: int) -> str:
    """A commit time as its UTC date (YYYY-MM-DD). A repository's commits may claim any time: one past year
    9999 or before year 1 (a forged or broken commit; git prints what it stored) is shown as "?", not a crash."""
    import datetime as dt

    try:
        return dt.datetime.fromtimestamp(time, dt.timezone.utc).strftime("%Y-%m-%d")
    except (OverflowError, OSError, ValueError):
        return "?"


def _log(root: Path, args: list[str], *, parents: bool = False) -> list[Any]:
    """(sha, commit time, subject) of the first-parent commits, oldest first; with `parents`, a fourth item:
    the first parent."""
    fmt = "--format=%H%x01%ct%x01%s" if not parents else "--format=%H%x01%ct%x01%P%x01%s"
    out = git(root, "log", "--first-parent", fmt, *args)
    rows: list[Any] = []
    for line in out.decode("utf-8", "replace").splitlines():
        if parents:
            sha, ct, par, subject = [*line.split("\x01", 3), "", "", ""][:4]
            if sha:
                rows.append((sha, int(ct or 0), subject, (par.split() or [""])[0]))
        else:
            sha, ct, subject = [*line.split("\x01", 2), "", ""][:3]
            if sha:
                rows.append((sha, int(ct or 0), subject))
    rows.reverse()
    return rows


class _RawLog:
    """`git log --first-parent --raw` for `base..tip`, started at once and read by a thread, so git walks
    the trees while this process reads the first snapshot."""

    def __init__(self, root: Path, base: str, tip: str) -> None:
        self.root = root
        self.cmd = ["git", *PACK_MEMORY, *PLAIN_OUTPUT, "log", "--first-parent", "--diff-merges=first-parent",
                    "--raw", "-z", "--no-renames", "--no-abbrev", "--format=%x02%H", "--reverse", f"{base}..{tip}"]
        self._proc = subprocess.Popen(self.cmd, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._out: list[bytes] = []
        self._err: list[bytes] = []
        self._threads = [threading.Thread(target=self._drain, args=(self._proc.stdout, self._out), daemon=True),
                         threading.Thread(target=self._drain, args=(self._proc.stderr, self._err), daemon=True)]
        for th in self._threads:
            th.start()

    @staticmethod
    def _drain(stream: Any, into: list[bytes]) -> None:
        into.append(stream.read())
        stream.close()

    def output(self) -> bytes:
        for th in self._threads:
            th.join()
        if self._proc.wait() == 0:
            return b"".join(self._out)
        # git older than 2.31 has no --diff-merges: -m with --first-parent does the same
        cmd = [*self.cmd]
        cmd[cmd.index("--diff-merges=first-parent")] = "-m"
        proc = subprocess.run(cmd, cwd=self.root, capture_output=True, check=False)
        if proc.returncode != 0:
            raise InputError(f"git log failed: {proc.stderr.decode('utf-8', 'replace').strip()}")
        return proc.stdout

    def close(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
        for th in self._threads:
            th.join()
        self._proc.wait()


def iter_changes(root: Path, base: str, tip: str) -> Iterable[tuple[str, list[tuple[str, str | None]]]]:
    """(commit, [(path, new blob id or None when deleted)]) for each first-parent commit after `base` up to
    `tip`, oldest first, from one `git log --raw`."""
    log = _RawLog(root, base, tip)
    try:
        out = log.output()
    finally:
        log.close()
    return parse_changes(out)


def parse_changes(out: bytes) -> Iterable[tuple[str, list[tuple[str, str | None]]]]:
    sha: str | None = None
    changes: list[tuple[str, str | None]] = []
    tokens = out.split(b"\0")
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


def _fixed_history(git_dir: Path) -> bool:
    """Is the first-parent list a function of the HEAD commit alone (no shallow boundary, grafts or
    replacement objects that could change it), so it can be cached by HEAD?"""
    if (git_dir / "shallow").exists() or (git_dir / "info" / "grafts").exists():
        return False
    replace = git_dir / "refs" / "replace"
    if replace.is_dir() and any(replace.iterdir()):
        return False
    packed = git_dir / "packed-refs"
    try:
        return b"refs/replace/" not in packed.read_bytes()
    except OSError:
        return True


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
    from .checks import CheckResult, _config_ignore, all_checks, lab_checks

    checks, ignored = selection(select if select is not None else config.check.get("select"),
                                ignore if ignore is not None else _config_ignore(config),
                                extra=lab_checks(config, root))
    every = all_checks()
    checkset = checkset_hash(checks)
    key = hashlib.sha256(json.dumps([checkset, config.paths, sorted(ignored)], sort_keys=True).encode()
                         ).hexdigest()[:16]
    head = head_sha(root)
    if head is None:
        raise InputError(f"{root} has no commits yet")
    if max_commits is not None and max_commits < 1:
        raise InputError("--max-commits must be at least 1")
    cached, state = cache.load_points(key)
    log = cache.log
    shas: list[str] | None = None
    meta: dict[str, tuple[int, str]] = {}
    if since is None and log is not None and log.get("head") == head and _fixed_history(git_dir):
        full = log.get("commits")
        if isinstance(full, list) and all(s in cached for s in full):  # the list of the last run, all cached
            shas = full[-max_commits:] if max_commits is not None else full
    if shas is None and since is None and log is not None and isinstance(log.get("commits"), list) and \
            log.get("commits") and _fixed_history(git_dir):
        # commits added on top of the last run's HEAD: list only those, if they continue its first-parent line
        old = log["commits"]
        try:
            added = _log(root, [f"{old[-1]}..HEAD"], parents=True)
        except InputError:  # that commit is gone (rewritten history): list everything
            added = []
        if added and added[0][3] == old[-1]:
            full = [*old, *(sha for sha, _, _, _ in added)]
            meta = {sha: (t, s) for sha, t, s, _ in added}
            for sha in old:
                if sha in cached:
                    meta[sha] = (cached[sha][0], cached[sha][1])
            if all(sha in meta for sha in full):
                shas = full[-max_commits:] if max_commits is not None else full
                log = {"head": head, "commits": full}
            else:
                meta = {}
    if shas is None:
        args = []
        if max_commits is not None:
            args.append(f"--max-count={max_commits}")
        if since is not None:
            args.append(f"{resolve_rev(root, since, '--since')}..HEAD")
        commits = _log(root, args)
        shas = [sha for sha, _, _ in commits]
        meta = {sha: (t, s) for sha, t, s in commits}
        if since is None and max_commits is None and _fixed_history(git_dir):
            log = {"head": head, "commits": shas}
    stamp = {"head": shas[-1] if shas else None, "deeprules": __version__, "checkset": checkset}
    shallow = _shallow_note(root, git_dir)
    rows: list[tuple[str, tuple[Any, ...]]] = []
    todo = [i for i, sha in enumerate(shas) if sha not in cached]
    result = History(rows, stamp, shallow, cache_rebuilt=cache.rebuilt)
    if not todo:
        rows.extend((sha, cached[sha]) for sha in shas)
        result.from_cache = len(rows)
        return result
    first = todo[0]
    base = first - 1 if first > 0 else 0
    rows.extend((sha, cached[sha]) for sha in shas[:base])
    specials, ethics_prefix = _special(config)
    total = len(shas) - base
    sha0 = shas[base]
    raw_log = _RawLog(root, sha0, shas[-1]) if base + 1 < len(shas) else None
    logged: list[tuple[str, list[tuple[str, str | None]]]] | None = None
    ahead: Any = None
    try:
        with ObjectReader(root) as reader:
            resume = (state is not None and state.get("commit") == sha0 and sha0 in cached
                      and isinstance(state.get("entries"), dict))
            if resume:  # an added commit: the state of the last walk, no listing, no re-reading
                assert state is not None
                entries = state["entries"]
                snap = TreeSnapshot(root, entries, reader, kind="commit", commit=sha0)
                memo: dict[str, Any] = {"facts": {}, "answers": {}, "plan": {}}
                index = FactIndex(memo["facts"], incremental=True)
                index.set_listing(entries)
                if raw_log is not None:
                    logged, ahead = _ahead(root, index, entries, raw_log, meta, first=False, max_bytes=snap.max_bytes,
                                          keep=cache.dir is not None)
                for path, facts in state["by_path"].items():
                    index.by_path[path] = facts
                    for fact, ev in facts.items():
                        index.by_fact.setdefault(fact, {})[path] = ev
                info = state["info"]
                results = {k: CheckResult(*v) for k, v in state["results"].items()}
                rows.append((sha0, cached[sha0]))
            else:
                entries, _ = parse_tree_listing(git(root, "ls-tree", "-r", "-z", "--full-tree", sha0))
                snap = TreeSnapshot(root, entries, reader, kind="commit", commit=sha0)
                memo = cache.load_full_memo()
                index = FactIndex(memo["facts"], incremental=True)
                # A file skipped here (too large, unreadable) is remembered with its blob, as `check` does, so a
                # later `check` counts it in skipped_files whichever command read the blob first.
                index.skipped = snap.skipped
                index.set_listing(entries)
                logged, ahead = _ahead(root, index, entries, raw_log, meta, first=True, max_bytes=snap.max_bytes,
                                      keep=cache.dir is not None)
                index.add_all(list(entries), entries.get, _reader(snap), listed=True)
                info = answers_for(snap, every, memo["answers"])
                ctx = Context(snap, index, config, info, memo)
                results = {c.id: run_one(c, ctx, ignored) for c in checks}
                t0, s0 = meta[sha0]
                rows.append((sha0, _point_row(sha0, t0, s0, results)))
                result.computed += 1
            read = _reader(snap)
            if progress:
                progress(1, total)
            done = 1
            if raw_log is not None:
                by_path = index.by_path
                need_said = any(c.facts_only and c.uses is None for c in checks)
                for sha, changes in logged if logged is not None else parse_changes(raw_log.output()):
                    if sha not in meta:
                        continue
                    rerun_all = False
                    added_or_deleted = False
                    touched = []
                    fact_touched = []
                    deltas = []
                    for path, blob in changes:
                        if blob is None:
                            added_or_deleted |= entries.pop(path, None) is not None
                        else:
                            added_or_deleted |= path not in entries
                            entries[path] = blob
                        snap._texts.pop(path, None)
                        before = by_path.get(path)
                        index.update(path, blob, read)
                        after = by_path.get(path)
                        if after is not before:
                            deltas.append(FactDelta(before, after, path, index.derived.get("import_graph")))
                        touched.append(path)
                        if path in specials or path.startswith((ethics_prefix, ".deeprules/")):
                            rerun_all = True
                    # a vendored project came or went (its licence or manifest): its files' facts changed
                    if any(marks_vendoring(p) for p, _ in changes) and index.relist(entries, read):
                        rerun_all = True
                    snap.commit = sha
                    snap._sorted = None
                    if ANSWERS_REL in touched:
                        info = answers_for(snap, every, memo["answers"])
                    rerun = False
                    if touched:
                        if need_said:  # a check that reads all the facts say (none of deeprules' own)
                            fact_touched = [d.path for d in deltas if d.says_otherwise()]
                        ctx = Context(snap, index, config, info, memo)
                        for c in checks:
                            if rerun_all or (c.paths and added_or_deleted) or (
                                    any(d.matters(c.uses) for d in deltas) if c.facts_only and c.uses is not None
                                    else any(c.watches(p) for p in (fact_touched if c.facts_only else touched))):
                                results[c.id] = run_one(c, ctx, ignored)
                                rerun = True
                    t, s = meta[sha]
                    # nothing re-ran: the scores (and their JSON) of the commit before
                    rows.append((sha, _point_row(sha, t, s, results, None if rerun else rows[-1][1])))
                    result.computed += 1
                    done += 1
                    if progress and (done % 25 == 0 or done == total):
                        progress(done, total)
    finally:
        if ahead is not None:
            index.ahead = None
            ahead.close()
        if raw_log is not None:
            raw_log.close()
    if snap.unsettled:
        # Objects missing from this clone (a partial clone offline) were read as empty files: say so, and keep
        # neither their memo entries nor any point built on them (a later run, with the objects, recomputes).
        from .checks import _forget

        _forget(memo, snap.unsettled)
        result.missing = (f"{len(snap.unsettled)} file version(s) are missing from this clone (a partial clone "
                          "that could not fetch them?) and were read as empty: the scores of the commits that "
                          "hold them may be too low; fetch them (git fetch) and run history again")
    else:
        for sha, row in rows:
            cached[sha] = row
        new_state = {"commit": rows[-1][0], "by_path": index.by_path, "info": info,
                     "results": {k: result_fields(r) for k, r in results.items()}, "entries": entries}
        cache.save_points(key, cached, new_state, log)
    cache.save_memo(memo)
    result.from_cache = len(rows) - result.computed
    return result


def _ahead(root: Path, index: FactIndex, entries: dict[str, str], raw_log: _RawLog | None,
           meta: Mapping[str, Any], *, first: bool, max_bytes: int, keep: bool) -> tuple[list[Any] | None, Any]:
    """A cold walk with much to analyse: the log's changes (read now, listed once for the walk) and worker
    processes analysing the file versions ahead of the walk (`checks.ahead`), set on `index`; (None, None) when
    the work is small or no workers may run, and the walk reads the log as it goes. `keep`: the memo is saved
    (every version's facts must stay in it)."""
    from .checks.ahead import Ahead, plan, wanted_workers, workers_for

    if wanted_workers() < 2 or (raw_log is None and not first):
        return None, None
    logged = list(parse_changes(raw_log.output())) if raw_log is not None else []
    again: set[str] = set()
    jobs = plan(entries, (changes for sha, changes in logged if sha in meta), first=first,
                vendored=index.vendored, dense=index.dense, known=index.memo, again=again)
    workers = workers_for(len(jobs))
    if workers < 2:
        return logged, None
    try:
        index.ahead = Ahead(root, jobs, workers, max_bytes=max_bytes, again=None if keep else again)
    except (OSError, RuntimeError):  # no processes here (a sandbox): analysed one by one
        return logged, None
    return logged, index.ahead


class FactDelta:
    """How one file's facts changed between two commits, as far as a check's `Uses` can see."""

    __slots__ = ("_changed", "_imports", "_lines", "_moved", "_present", "_said", "after", "before", "graph", "path")

    def __init__(self, before: Mapping[str, list[Any]] | None, after: Mapping[str, list[Any]] | None,
                 path: str = "", graph: Any = None) -> None:
        self.before = before or {}
        self.after = after or {}
        self.path = path
        self.graph = graph  # the import graph as of the last check that read it (None: not built yet)
        # a file with facts that comes or goes changes the module map of the import graph
        self._moved = (before is None) != (after is None)
        self._imports: bool | None = True if self._moved else None
        self._changed: set[str] | None = None  # the facts whose evidence differs at all (lines included)
        self._present = self.before.keys() ^ self.after.keys()
        self._lines: set[str] | None = None
        self._said: dict[str, bool] = {}

    def matters(self, uses: Any) -> bool:
        # Each test below needs a fact that `uses` reads to differ before and after (or, for the import graph,
        # the file to come or go): most checks are ruled out by one set test.
        if self._changed is None:
            b, a = self.before, self.after
            self._changed = {f for f in b.keys() | a.keys() if b.get(f) != a.get(f)}
        if self._changed.isdisjoint(_facts_read(uses)) and not (uses.imports and self._moved):
            return False
        if uses.imports and self.imports_changed():
            return True
        if not self._present.isdisjoint(uses.present) or not self._present.isdisjoint(uses.lines) or \
                not self._present.isdisjoint(uses.said):
            return True
        if uses.lines:
            if self._lines is None:
                b, a = self.before, self.after
                self._lines = {f for f in b.keys() & a.keys() if min(len(b[f]), 2) != min(len(a[f]), 2)}
            if not self._lines.isdisjoint(uses.lines):
                return True
        return any(self.said_changed(f) for f in uses.said)

    def said_changed(self, fact: str) -> bool:
        hit = self._said.get(fact)
        if hit is None:
            b, a = self.before.get(fact), self.after.get(fact)
            hit = self._said[fact] = (b is None) != (a is None) or (
                b is not None and a is not None and [ev[1:] for ev in b] != [ev[1:] for ev in a]
                if fact not in _DATA_FACTS else b != a)
        return hit

    def says_otherwise(self) -> bool:
        """Does any fact say something else, line numbers aside (for a check that declares no `Uses`)? An edit
        that only moves the evidence (most edits) cannot change a `facts_only` check's verdict or score."""
        return bool(self._present) or any(self.said_changed(f) for f in self.before.keys() & self.after.keys())

    def imports_changed(self) -> bool:
        """Did the file's local imports change? Names that resolve to no file of the repository (numpy,
        torch) do not count: a module coming or going is a change of its own (the facts of a file that
        comes or goes), which re-runs the checks that read the graph before this is asked."""
        if self._imports is None:
            b = {str(ev[1]) for ev in self.before.get("imports", ())}
            a = {str(ev[1]) for ev in self.after.get("imports", ())}
            if a != b and self.graph is not None:
                self._imports = self.graph.resolved(self.path, b) != self.graph.resolved(self.path, a)
            else:
                self._imports = a != b
        return self._imports


@functools.lru_cache(maxsize=256)
def _facts_read(uses: Any) -> frozenset[str]:
    """Every fact a check's `Uses` reads something of (`imports` for the import graph)."""
    return uses.present | uses.lines | uses.said | (frozenset(("imports",)) if uses.imports else frozenset())


#: Facts whose first item is data, not a line number (see checks/scan.py).
_DATA_FACTS = frozenset(("env_pins",))


def _reader(snap: TreeSnapshot) -> Callable[[str], str | None]:
    def read(path: str) -> str | None:
        data = snap.read_bytes(path)
        return None if data is None else decode(data)

    return read


def _shallow_note(root: Path, git_dir: Path) -> str | None:
    if not (git_dir / "shallow").exists():
        return None
    out = git(root, "log", "--first-parent", "--format=%H %cs", "--reverse", "HEAD", check=False).decode().split("\n")
    first = out[0].split() if out and out[0] else ["?", "?"]
    return (f"shallow clone: history starts at {first[0][:10]} ({first[1]}); "
            "run `git fetch --unshallow` to see all of it")


def checks_used(select: Iterable[str] | None = None) -> list[ComplianceCheck]:
    return selection(select)[0]
