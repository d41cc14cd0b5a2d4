"""Data provenance and the locked test set (tip 4 and tip 7).

The data manifest is a Frictionless Data Package (`datapackage.json`): one resource per data file with
`name`, `path`, `hash` ("sha256:<hex>"), `bytes`, `sources` [{title, path}], plus `version` and
`downloaded` (the date it was fetched), which is what tip 4 asks to record. The test lock
(`.deeprules/test-lock.json` by default) holds the sha256 (and git blob id) of each test-set file at the
moment it was locked; check DR702 fails when one changes or disappears. Both files are written and
committed through the one writer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .config import load_config
from .errors import InputError
from .gitrepo import GitRepo
from .writer import Output, WriteResult, write_outputs

LOCK_VERSION = 2  # 2: roots, count and digest; the per-file listing only for small sets


def expand(repo: GitRepo, paths: Iterable[Path | str]) -> list[str]:
    """Repo-relative files for the given files and folders (folders walked, symlinks and .git skipped)."""
    out: list[str] = []
    for raw in paths:
        given = Path(raw)
        full = given if given.is_absolute() else Path.cwd() / given
        rel = repo.rel(full, what="data path")
        target = repo.abs(rel)
        if target.is_file():
            out.append(rel)
        elif target.is_dir():
            found = []
            for folder, dirs, files in os.walk(target, followlinks=False):
                dirs[:] = sorted(d for d in dirs if d != ".git")
                for f in sorted(files):
                    p = Path(folder) / f
                    if not p.is_symlink() and p.is_file():
                        found.append(repo.rel(p, what="data path"))
            if not found:
                raise InputError(f"{raw}: the folder has no files")
            out.extend(found)
        else:
            raise InputError(f"{raw}: no such file or folder")
    return sorted(dict.fromkeys(out))


def digest(path: Path) -> dict[str, Any]:
    """sha256, size and git blob id of one file, read in chunks (data files can be large)."""
    sha = hashlib.sha256()
    size = path.stat().st_size
    blob = hashlib.sha1(b"blob %d\0" % size)
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                sha.update(chunk)
                blob.update(chunk)
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror})") from None
    return {"sha256": "sha256:" + sha.hexdigest(), "bytes": size, "git_blob": blob.hexdigest()}


def _date(value: str | None) -> str:
    if value is None:
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(f"--downloaded {value!r}: expected a date as YYYY-MM-DD") from None


def _name(rel: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9._-]+", "-", rel.lower()).strip("-._") or "data"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


def _load_json(repo: GitRepo, rel: str, what: str) -> tuple[Any, str | None]:
    """The parsed file and its text (what the writer checks is still there before replacing it), or (None, None)
    when there is no file."""
    from . import yamlio

    path = repo.abs(rel)
    if not (path.exists() or path.is_symlink()):
        return None, None
    try:
        text = yamlio.read_text(path, source=rel, what=what)
        return yamlio.parse_json(text, rel, what=what), text
    except InputError as exc:
        if "malformed JSON" in exc.message:
            raise InputError(f"{exc.message}; the {what} is not valid JSON: fix or remove it first") from None
        raise InputError(f"{exc.message}; fix or remove the {what} first") from None


def add_data(repo: GitRepo, paths: Iterable[Path | str], *, source: str, version: str | None = None,
             downloaded: str | None = None, title: str | None = None, commit: bool = True,
             progress: Callable[[int, int], None] | None = None) -> WriteResult:
    """Record data files in the manifest (replacing earlier entries for the same paths) and commit it.
    `progress(done, total)` is called as files are hashed (large data take a while)."""
    if not source or not source.strip():
        raise InputError("--source must say where the data came from (a URL or a citation)")
    config = load_config(repo.root)
    rel_manifest = config.path("manifest")
    date = _date(downloaded)
    files = expand(repo, paths)
    doc, read_text = _load_json(repo, rel_manifest, "data manifest")
    if doc is None:
        doc = {"name": _name(repo.root.name, set()), "profile": "data-package", "resources": []}
    if not isinstance(doc, dict) or not isinstance(doc.setdefault("resources", []), list):
        raise InputError(f"{rel_manifest}: expected a Data Package object with a 'resources' list")
    for i, resource in enumerate(doc["resources"]):  # kept as they are, so each must be an object to sort by path
        if not isinstance(resource, dict):
            raise InputError(f"{rel_manifest}: resources[{i}] is a {type(resource).__name__}, not an object "
                             "with a 'path'; fix or remove it")
    resources: list[dict[str, Any]] = [r for r in doc["resources"] if not (isinstance(r, dict) and
                                                                            r.get("path") in files)]
    taken = {str(r.get("name")) for r in resources if isinstance(r, dict)}
    for i, rel in enumerate(files):
        if progress is not None:
            progress(i, len(files))
        d = digest(repo.abs(rel))
        name = _name(rel, taken)
        taken.add(name)
        res: dict[str, Any] = {"name": name, "path": rel, "hash": d["sha256"], "bytes": d["bytes"],
                               "sources": [{"title": (title or source).strip(), "path": source.strip()}],
                               "version": version.strip() if version else None, "downloaded": date}
        resources.append({k: v for k, v in res.items() if v is not None})
    doc["resources"] = sorted(resources, key=lambda r: str(r.get("path", "")))
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    what = files[0] if len(files) == 1 else f"{len(files)} files"
    return write_outputs(repo, [Output(rel_manifest, text, merge=False, based_on=read_text)],
                         message=f"deeprules: record data provenance for {what}", commit=commit)


LIST_LIMIT = 1000  # files listed one by one in the lock (so DR702 can name the changed one); above: digest only


def lock_digest(pairs: Iterable[tuple[str, str]]) -> str:
    """One sha256 over the sorted (path, content sha256) pairs of a test set: what DR702 recomputes."""
    h = hashlib.sha256()
    for path, sha in sorted(pairs):
        h.update(f"{path}\0{sha}\n".encode())
    return "sha256:" + h.hexdigest()


def lock_test(repo: GitRepo, paths: Iterable[Path | str], *, commit: bool = True,
              today: dt.date | None = None, progress: Callable[[int, int], None] | None = None) -> WriteResult:
    """Record the test set in the test lock and commit it. The lock stays small whatever the test set's size
    (issue 11: a 50,000-file lock was too big for `check` to read): the locked roots (files and folders as
    given), the file count and one digest over every (path, sha256); the per-file listing only up to
    LIST_LIMIT files. `progress(done, total)` is called as files are hashed."""
    config = load_config(repo.root)
    rel_lock = config.path("test_lock")
    given = list(paths)
    roots = [repo.rel(Path(p) if Path(p).is_absolute() else Path.cwd() / p, what="test path") for p in given]
    doc, read_text = _load_json(repo, rel_lock, "test lock")
    doc = doc or {}
    if isinstance(doc, dict):
        old_roots: list[Any] = doc["roots"] if isinstance(doc.get("roots"), list) else list(doc.get("files") or {})
        roots += [r for r in old_roots if isinstance(r, str) and repo.abs(r).exists()]
    roots = sorted(dict.fromkeys(roots))
    files = expand(repo, [repo.abs(r) for r in roots])
    tracked = set(repo.repo.git.ls_files("-z", "--", *files).split("\0")) if files else set()
    entries: dict[str, Any] = {}
    for i, rel in enumerate(files):
        if progress is not None:
            progress(i, len(files))
        entries[rel] = {**digest(repo.abs(rel)), "tracked": rel in tracked}
    lock: dict[str, Any] = {"version": LOCK_VERSION, "locked_at": (today or dt.date.today()).isoformat(),
                            "roots": roots, "count": len(files),
                            "digest": lock_digest((rel, e["sha256"]) for rel, e in entries.items())}
    if len(files) <= LIST_LIMIT:
        lock["files"] = dict(sorted(entries.items()))
    text = json.dumps(lock, indent=2) + "\n"
    added = len(expand(repo, given))
    return write_outputs(repo, [Output(rel_lock, text, merge=False, based_on=read_text)],
                         message=f"deeprules: lock the test set ({added} file{'s' if added != 1 else ''})",
                         commit=commit)
