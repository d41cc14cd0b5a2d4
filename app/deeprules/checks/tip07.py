"""Tip 7: a split that matches the data, a locked test set, metrics that suit the class balance."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from . import CheckResult, Context, check, failed, passed, warned
from ._util import first, is_code

SPLIT_NEEDS = {
    "split.homology": ("split_homology", "a homology-aware split (cluster sequences, e.g. MMseqs2 or CD-HIT)"),
    "split.scaffold": ("split_scaffold", "a scaffold split (e.g. ScaffoldSplitter)"),
    "split.grouped-site": ("split_grouped", "a grouped split by site or batch"),
    "split.grouped-individual": ("split_grouped", "a grouped split by individual"),
    "split.grouped-cautious": ("split_grouped", "a grouped split (independence is not established)"),
}


def _ev(ctx: Context, fact: str, limit: int = 4) -> list[tuple[str, int, str]]:
    ev = []
    for path, lines in sorted(ctx.files_with(fact).items()):
        ev.extend(first(lines, path))
    return ev[:limit]


@check("DR701", watches=is_code, facts_only=True)
def split_matches(ctx: Context) -> CheckResult:
    split = ctx.answers.get("split")
    need = SPLIT_NEEDS.get(str(split))
    grouped = _ev(ctx, "split_grouped")
    homology = _ev(ctx, "split_homology")
    scaffold = _ev(ctx, "split_scaffold")
    plain = _ev(ctx, "split_any")
    if need is None:
        found = grouped + homology + scaffold + plain
        if found:
            return passed("a train/test split in the code", found)
        return failed("no train/validation/test split found in the code")
    fact, what = need
    have = {"split_grouped": grouped, "split_homology": homology, "split_scaffold": scaffold}[fact]
    if fact == "split_scaffold" and not have:
        have = grouped
    if have:
        return passed(f"{what} in the code", have)
    if fact == "split_homology" and grouped:
        return warned(f"grouped split found, but the answers call for {what}", grouped, 5.0)
    if plain:
        return failed(f"random split only, but the answers call for {what}", plain)
    return failed(f"no split found; the answers call for {what}")


def _disk_sha256(root: Path, rel: str) -> str | None:
    """sha256 of a file git ignores (test data often is), refusing symlinks."""
    full = root / rel
    try:
        if full.is_symlink() or not full.is_file():
            return None
        h = hashlib.sha256()
        with open(full, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return "sha256:" + h.hexdigest()


def read_lock(text: str) -> dict[str, Any]:
    from ..errors import InputError
    from ..yamlio import parse_json  # the one bounded JSON reader (issue 11)

    try:
        data = parse_json(text, "test lock")
    except InputError as exc:
        raise ValueError(exc.message.removeprefix("test lock: ")) from None
    if not isinstance(data, dict) or not (isinstance(data.get("files"), dict) or _digest_only(data)):
        raise ValueError("expected an object with a 'files' mapping, or 'roots', 'count' and 'digest'")
    return data


def _digest_only(lock: dict[str, Any]) -> bool:
    """A large test set's lock (data.lock_test, issue 11): roots, count and one digest, no per-file listing."""
    return (isinstance(lock.get("roots"), list) and all(isinstance(r, str) for r in lock["roots"])
            and isinstance(lock.get("count"), int) and isinstance(lock.get("digest"), str))


def _check_digest(ctx: Context, rel: str, lock: dict[str, Any]) -> CheckResult:
    """Recompute the digest over every file under the locked roots (the work tree from disk, a commit or the
    index from git) and compare; the lock names no file, so the message gives the counts."""
    import os

    from ..data import lock_digest

    snap = ctx.snapshot
    pairs: list[tuple[str, str | None]] = []
    for root in lock["roots"]:
        if snap.kind == "worktree":
            full = snap.root / root
            if full.is_file() and not full.is_symlink():
                pairs.append((root, _disk_sha256(snap.root, root)))
            elif full.is_dir() and not full.is_symlink():
                for folder, dirs, names in os.walk(full, followlinks=False):
                    dirs[:] = [d for d in dirs if d != ".git"]
                    for name in names:
                        path = os.path.relpath(os.path.join(folder, name), snap.root).replace(os.sep, "/")
                        if not (snap.root / path).is_symlink():
                            pairs.append((path, _disk_sha256(snap.root, path)))
        else:
            for path in ([root] if root in snap else []) + snap.under(root):
                pairs.append((path, snap.sha256(path)))
    found = dict(pairs)
    when = lock.get("locked_at", "?")
    if len(found) != lock["count"]:
        return failed(f"the locked test set had {lock['count']} files on {when}, it has {len(found)} now",
                      [(rel, 1, "test set changed")])
    if lock_digest((p, s or "unreadable") for p, s in found.items()) != lock["digest"]:
        return failed(f"the content of the locked test set ({lock['count']} files) changed since {when}",
                      [(rel, 1, "test set changed")])
    return passed(f"{lock['count']} test files unchanged since {when}", [(rel, 1, f"{lock['count']} files locked")])


@check("DR702", watches=lambda p: True)
def test_locked(ctx: Context) -> CheckResult:
    rel = ctx.path("test_lock")
    text = ctx.text(rel)
    if text is None:
        return failed(f"no test-set lock ({rel}); run `deeprules lock-test PATH...` once the split is final")
    try:
        lock = read_lock(text)
    except ValueError as exc:
        return failed(f"{rel} is unreadable: {exc}", [(rel, 1, "invalid lock file")])
    if not isinstance(lock.get("files"), dict):
        return _check_digest(ctx, rel, lock)
    files: dict[str, Any] = lock["files"]
    if not files:
        return failed(f"{rel} locks no files", [(rel, 1, "empty lock")])
    bad = []
    unverifiable = 0
    snap = ctx.snapshot
    for path, entry in sorted(files.items()):
        entry = entry if isinstance(entry, dict) else {}
        if path not in snap:
            if snap.kind == "worktree":
                on_disk = _disk_sha256(snap.root, path)
                if on_disk is None:
                    bad.append((path, 1, "locked test file is gone"))
                elif on_disk != entry.get("sha256"):
                    bad.append((path, 1, f"changed since it was locked on {lock.get('locked_at', '?')}"))
            elif entry.get("tracked") is False:
                unverifiable += 1  # ignored by git: only the work tree can show it
            else:
                bad.append((path, 1, "locked test file is gone"))
            continue
        blob = entry.get("git_blob")
        if blob and snap.blob_id(path) == blob:
            continue
        if snap.sha256(path) != entry.get("sha256"):
            bad.append((path, 1, f"changed since it was locked on {lock.get('locked_at', '?')}"))
    if bad:
        return failed(f"{len(bad)} of {len(files)} locked test files changed or vanished", bad[:10])
    note = f" ({unverifiable} not tracked by git, verified in the work tree only)" if unverifiable else ""
    return passed(f"{len(files)} test files unchanged since {lock.get('locked_at', 'locking')}{note}",
                  [(rel, 1, f"{len(files)} files locked")])


@check("DR703", watches=is_code, facts_only=True)
def metrics(ctx: Context) -> CheckResult:
    facts = ctx.facts
    minority = ctx.values.get("minority_fraction")
    needs_pr = bool(facts.get("imbalanced")) or minority is None
    pr, bal, basic = _ev(ctx, "metric_pr"), _ev(ctx, "metric_balance"), _ev(ctx, "metric_basic")
    code_only = [e for e in pr + bal + basic if is_code(e[0])]
    if not code_only and not (pr or bal or basic):
        return failed("no evaluation metric found in the code")
    if not needs_pr:
        return passed("evaluation metrics in the code (classes are balanced)", (pr + bal + basic)[:4])
    why = "imbalanced classes" if facts.get("imbalanced") else "class balance not given"
    if pr:
        return passed(f"precision-recall metrics in the code ({why})", pr)
    if bal:
        return warned(f"MCC/F1/balanced accuracy but no precision-recall curve or average precision ({why})", bal, 6.0)
    return warned(f"only accuracy/ROC-AUC, which flatter a model on {why}; add average precision (PR-AUC)",
                  basic, 3.0)
