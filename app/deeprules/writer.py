"""The one way deeprules writes into a user's repository.

Generated files belong to the user once written: every re-render is a three-way merge between the last
pure render (the base, kept under `.deeprules/rendered/`), the file as it is now (the user's edits) and
the new render, done by `git merge-file`. Edits survive; overlaps become conflict markers, the run exits 1
and nothing is committed. A file the user deleted stays deleted unless `restore` is asked for.

All checks run before the first byte is written (paths, symlinks, read-only files, leftover conflict
markers, repository state), so a refused run changes nothing. Each write is atomic (temp file + rename),
and the whole run holds the repository's deeprules lock.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import yamlio
from .encode import visible_bytes
from .errors import ConflictError, GitRefusedError, InputError, UnsafePathError, WriteFailedError
from .gitrepo import GitFailedError, GitRepo

RENDERED_DIR = ".deeprules/rendered"
CONFLICT_MARKERS = ("<<<<<<< ", ">>>>>>> ")
GENERATED_MAX_BYTES = 64 * 1024 * 1024  # a plan or card the user grew by hand; far beyond any real one


@dataclass(frozen=True)
class Output:
    """One file to write. `merge=False` files (the answers, manifests) are written as given."""

    path: str  # repo-relative
    text: str
    merge: bool = True
    # The file's text as the caller read it to compute `text` (the answers `answer` changed, the manifest `data add`
    # extended): if the file holds anything else when the writer reads it, it changed in between (an editor, a
    # script) and writing `text` would throw that change away, so the run is refused. None: nothing to compare.
    based_on: str | None = None


@dataclass
class FileResult:
    path: str
    action: str  # created | updated | merged | unchanged | conflict | deleted-kept | restored
    diff: str = ""
    written: bool = False


@dataclass
class WriteResult:
    files: list[FileResult] = field(default_factory=list)
    commit: str | None = None
    dry_run: bool = False
    warnings: list[str] = field(default_factory=list)
    carried: list[str] = field(default_factory=list)  # earlier runs' uncommitted files this commit took along

    @property
    def conflicts(self) -> list[str]:
        return [f.path for f in self.files if f.action == "conflict"]

    @property
    def changed(self) -> list[str]:
        return [f.path for f in self.files if f.action not in ("unchanged", "deleted-kept")]

    def to_dict(self) -> dict[str, object]:
        return {
            "files": [{"path": f.path, "action": f.action, "diff": f.diff} for f in self.files],
            "commit": self.commit, "dry_run": self.dry_run, "conflicts": self.conflicts,
            "warnings": self.warnings, "carried": self.carried,
        }


def base_path(rel: str) -> str:
    return f"{RENDERED_DIR}/{rel}"


def unified_diff(old: str | None, new: str | None, rel: str) -> str:
    return "".join(difflib.unified_diff(
        (old or "").splitlines(keepends=True), (new or "").splitlines(keepends=True),
        fromfile=f"a/{rel}" if old is not None else "/dev/null",
        tofile=f"b/{rel}" if new is not None else "/dev/null",
    ))


def has_conflict_markers(text: str) -> bool:
    lines = text.splitlines()
    return any(line.startswith("<<<<<<< ") for line in lines) and any(
        line.startswith(">>>>>>> ") for line in lines)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n")


def read_generated(path: Path) -> str | None:
    """A file's text with CRLF line ends read as LF: a checkout with core.autocrlf (or a Windows editor)
    changes the bytes, not the content, so it is neither an edit to merge nor a change to write."""
    return _read_both(path)[0]


def _read_both(path: Path) -> tuple[str | None, bytes | None]:
    """A file's text (as `read_generated`) and its exact bytes: what is committed when it is kept as it is.

    Read with yamlio's reader of repository files: a named pipe, a device or a folder where a generated file
    belongs is one line (reading a FIFO blocked `status`, `plan` and `answer` forever)."""
    if not os.path.lexists(path):
        return None, None
    raw = yamlio.read_bytes(path, what="generated file", max_bytes=GENERATED_MAX_BYTES)
    try:
        return _lf(raw.decode("utf-8")), raw
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; deeprules will not overwrite it") from None


def _in_its_line_ends(path: Path, text: str) -> str:
    """`text` (LF) in the line ends the file at `path` uses now: a CRLF checkout stays CRLF, so git's
    filters store the same blob and `git status` stays clean."""
    try:
        with path.open("rb") as handle:
            crlf = b"\r\n" in handle.read(65536)
    except OSError:
        crlf = False
    return text.replace("\n", "\r\n") if crlf else text


TEMP_SUFFIX = ".deeprules-tmp"


def _umask() -> int:
    """The process umask, read without changing it where the system allows (other threads may create
    files meanwhile); otherwise set and restored at once."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The mode git and editors give a new file: 0666 less the umask (a shared server's 002 gives 0664)."""
    return 0o666 & ~_umask()


def _temp_beside(path: Path, text: str) -> str:
    """`text` in a fsync'ed temporary file in `path`'s folder (so a rename or link into place is atomic),
    with the mode a new file gets under the umask. Its name carries our pid: a temp file whose process
    died is swept by the next run (`sweep_temp_files`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, new_file_mode())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(visible_bytes(text))  # a non-UTF-8 file name in a report or summary, as \xff
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


def sweep_temp_files(folders: Sequence[Path]) -> None:
    """Remove temporary files left in `folders` by deeprules runs that were killed."""
    from .gitrepo import _alive

    for folder in set(folders):
        with contextlib.suppress(OSError):
            for p in folder.glob(f".*{TEMP_SUFFIX}"):
                pid = p.name[: -len(TEMP_SUFFIX)].rsplit(".", 2)[-2]
                if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)) and p.is_file():
                    with contextlib.suppress(OSError):
                        p.unlink()


def write_failed(path: Path | str, exc: OSError) -> WriteFailedError:
    """What the file system said when it refused to write `path` (a full disk, a read-only mount, a quota)."""
    return WriteFailedError(f"cannot write {path}: {exc.strerror or exc}")


def atomic_write(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and rename, keeping the old file's mode (a new file gets
    0666 less the umask). The file system refusing (full, read-only) is a WriteFailedError naming `path`;
    the old file is then as it was."""
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else None
        tmp = _temp_beside(path, text)
    except OSError as exc:
        raise write_failed(path, exc) from None
    try:
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise write_failed(path, exc) from None
        raise


def create_exclusive(path: Path, text: str) -> None:
    """Create `path` with `text`; FileExistsError if it exists. Never half-written: the temp file is
    hard-linked into place (atomic and exclusive), which is how concurrent runs claim distinct ids."""
    try:
        tmp = _temp_beside(path, text)
    except OSError as exc:
        raise write_failed(path, exc) from None
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:  # file systems without hard links: exclusive create, then write
            try:
                with os.fdopen(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666), "w", encoding="utf-8",
                               newline="") as out:
                    out.write(text)
            except FileExistsError:
                raise
            except OSError as exc:
                with contextlib.suppress(OSError):
                    path.unlink()
                raise write_failed(path, exc) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def merge3(repo: GitRepo, ours: str, base: str, theirs: str, rel: str) -> tuple[str, int]:
    """`git merge-file` on three texts: (merged text, number of conflicts)."""
    with tempfile.TemporaryDirectory(prefix="deeprules-merge-") as tmp:
        paths = []
        for name, text in (("ours", ours), ("base", base), ("theirs", theirs)):
            p = Path(tmp) / name
            p.write_text(text, encoding="utf-8")
            paths.append(str(p))
        status, out, err = repo.repo.git.execute(
            ["git", "merge-file", "-p", "-L", f"{rel} (your edits)", "-L", f"{rel} (last render)",
             "-L", f"{rel} (new render)", *paths],
            with_extended_output=True, with_exceptions=False, strip_newline_in_stdout=False,
        )
        if status < 0 or status >= 128:
            raise InputError(f"git merge-file failed on {rel}: {err.strip()}")
        return str(out), int(status)


class Plan:
    """What a write will do for one output, decided before anything is written."""

    def __init__(self, out: Output, current: str | None, base: str | None, final: str | None,
                 action: str, conflicts: int = 0) -> None:
        self.out, self.current, self.base, self.final = out, current, base, final
        self.action, self.conflicts = action, conflicts
        # The exact bytes of the file and of its base as read when deciding: what is committed for a file
        # this run keeps as it is (a later edit by the user stays theirs, uncommitted).
        self.current_bytes: bytes | None = None
        self.base_bytes: bytes | None = None


def _as_read(text: str) -> str:
    """Text as yamlio's reader gives it (no byte-order mark, every line end LF): what a caller's `based_on` is."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def changed_meanwhile(rel: str) -> GitRefusedError:
    return GitRefusedError(f"{rel} changed while deeprules was working on it (an editor saving it, another "
                           "program); nothing was changed; run again")


def _decide(repo: GitRepo, out: Output, *, restore: bool) -> Plan:
    current, current_bytes = _read_both(repo.abs(out.path))
    if out.based_on is not None and (current is None or _as_read(current) != _as_read(out.based_on)):
        raise changed_meanwhile(out.path)
    base, base_bytes = _read_both(repo.abs(base_path(out.path))) if out.merge else (None, None)
    plan = _decide_on(repo, out, current, base, restore=restore)
    plan.current_bytes, plan.base_bytes = current_bytes, base_bytes
    return plan


def _decide_on(repo: GitRepo, out: Output, current: str | None, base: str | None, *, restore: bool) -> Plan:
    # Generators may embed a CRLF file's text (compare content only) or a non-UTF-8 file name (written as \xff).
    out = replace(out, text=visible_bytes(_lf(out.text)))
    if not out.merge:
        action = "unchanged" if current == out.text else ("created" if current is None else "updated")
        return Plan(out, current, None, out.text, action)
    if current is not None and has_conflict_markers(current):
        raise InputError(f"{out.path} still has conflict markers from an earlier run; "
                         "resolve them (keep what you want, delete the <<<<<<< ======= >>>>>>> lines) "
                         "and run again")
    if current is None:
        if base is not None and not restore:
            return Plan(out, None, base, None, "deleted-kept")
        return Plan(out, None, base, out.text, "restored" if base is not None else "created")
    if base is None:
        if current == out.text:
            return Plan(out, current, None, current, "unchanged")
        raise InputError(f"{out.path} exists and was not written by deeprules; move it away or choose "
                         "another path in .deeprules/config.yaml")
    if current == base:
        return Plan(out, current, base, out.text, "unchanged" if out.text == base else "updated")
    if out.text == base:  # only the user changed it: keep theirs as is
        return Plan(out, current, base, current, "unchanged")
    merged, n = merge3(repo, current, base, out.text, out.path)
    if merged == current:
        return Plan(out, current, base, current, "unchanged")
    return Plan(out, current, base, merged, "conflict" if n else "merged", n)


def _preflight_writable(repo: GitRepo, rel: str) -> None:
    target = repo.abs(rel)
    # The owner-write bit, not just access(): root may write anything, but a chmod -w is the user's "no".
    if target.exists() and (not os.access(target, os.W_OK) or not target.stat().st_mode & stat.S_IWUSR):
        raise UnsafePathError(f"{rel} is read-only; make it writable (chmod u+w {rel}) and run again")
    parent = target.parent
    while not parent.exists():
        parent = parent.parent
    if not os.access(parent, os.W_OK):
        raise UnsafePathError(f"cannot create {rel}: {parent} is not writable")
    if target.exists() and target.is_dir():
        raise UnsafePathError(f"{rel} is a folder, expected a file")


PAIRS_NAME = "deeprules-renders.json"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _note_pairs(repo: GitRepo, plans: Sequence[Plan]) -> None:
    """Before writing: each merged file's new content (as a digest) and its new base. A file and its base
    are two renames; a kill between them would make our own render look like the user's edit, and the next
    render would conflict with it. The next run completes such a pair from this note."""
    pairs = [{"path": p.out.path, "final": _digest(p.final), "base": p.out.text} for p in plans
             if p.out.merge and p.final is not None and p.action != "deleted-kept"]
    if not pairs:
        return
    from .gitrepo import PRIVATE_PREFIX

    fd, tmp = tempfile.mkstemp(prefix=f"{PRIVATE_PREFIX}{os.getpid()}-pairs-", dir=repo.git_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"pairs": pairs}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, repo.git_dir / PAIRS_NAME)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise write_failed(repo.git_dir / PAIRS_NAME, exc) from None


def _finish_interrupted_pairs(repo: GitRepo) -> None:
    """Write the base of every file an interrupted run wrote (its content still the one noted) but whose
    base it did not get to write; then forget the note."""
    note = repo.git_dir / PAIRS_NAME
    try:
        pairs = json.loads(note.read_text(encoding="utf-8")).get("pairs", [])
    except FileNotFoundError:
        return
    except (OSError, ValueError, AttributeError):
        pairs = []
    for pair in pairs if isinstance(pairs, list) else []:
        with contextlib.suppress(InputError, UnsafePathError, KeyError, TypeError, OSError):
            rel, final, base = str(pair["path"]), str(pair["final"]), str(pair["base"])
            if repo.rel(rel, what="output path") != rel:
                continue
            base_file = repo.abs(repo.rel(base_path(rel), what="render cache"))
            current = read_generated(repo.abs(rel))
            if current is not None and _digest(current) == final and read_generated(base_file) != base:
                atomic_write(base_file, _in_its_line_ends(base_file, base))
    with contextlib.suppress(FileNotFoundError):
        note.unlink()


def _carried(repo: GitRepo, pending: Sequence[str]) -> list[str]:
    """Of files earlier runs wrote and did not commit, those to commit now: present, different from HEAD,
    free of conflict markers, and not staged by the user (those wait, as the user's own work would)."""
    candidates = [p for p in repo.changed_paths(pending) if repo.abs(p).is_file()]
    if not candidates:
        return []
    held = set(repo.unmerged(candidates)) | set(repo.staged(candidates))
    out = []
    for rel in candidates:
        try:
            text = read_generated(repo.abs(rel))
        except InputError:
            continue
        if rel not in held and text is not None and not has_conflict_markers(text):
            out.append(rel)
    return out


def write_outputs(repo: GitRepo, outputs: Sequence[Output], *, message: str | Callable[[WriteResult], str],
                  commit: bool = True, dry_run: bool = False, restore: bool = False,
                  extra_written: Mapping[str, str] | None = None) -> WriteResult:
    """Write `outputs` into the repository (merging user edits) and commit exactly our files, with exactly
    the bytes this run wrote (or, for a file it kept as it was, read): an edit the user saves while the run
    commits stays in the work tree as their uncommitted change.

    `extra_written` are files the caller already wrote under the lock (path -> the text it wrote) and wants
    in the same commit. Raises ConflictError (exit 1) after writing conflict markers; nothing is committed then.
    """
    extra_written = dict(extra_written or {})
    extra_paths = list(extra_written)
    for out in outputs:
        if repo.rel(out.path, what="output path", kind="file") != out.path:
            raise UnsafePathError(f"output path {out.path} is not a clean repository-relative path")
        if out.merge:
            repo.rel(base_path(out.path), what="render cache", kind="file")
    our_paths = [o.path for o in outputs] + [base_path(o.path) for o in outputs if o.merge] + list(extra_paths)
    result = WriteResult(dry_run=dry_run)
    if repo.is_detached:
        result.warnings.append("HEAD is detached; the commit will not be on any branch")

    def run() -> WriteResult:
        repo.ensure_safe(our_paths, refuse_staged=commit and not dry_run)
        if commit and not dry_run:
            repo.identity()  # no identity: refuse now, before any file changes
        if not dry_run:
            sweep_temp_files([repo.abs(p).parent for p in our_paths])
            _finish_interrupted_pairs(repo)
        plans = [_decide(repo, o, restore=restore) for o in outputs]
        for p in plans:
            if p.final is not None and p.final != p.current:
                _preflight_writable(repo, p.out.path)
            if p.out.merge and p.action != "deleted-kept":
                _preflight_writable(repo, base_path(p.out.path))
        kept_deleted = {p.out.path for p in plans if p.action == "deleted-kept"}
        kept_deleted |= {base_path(p) for p in kept_deleted}
        committable = [p for p in our_paths if p not in kept_deleted]
        # What each of our files holds as this run leaves it, decided before the first byte is written: the
        # commit stages these bytes, never the work tree again (an editor saving PLAN.md between our write and
        # the commit keeps its edit, uncommitted).
        contents: dict[str, bytes] = {rel: visible_bytes(text).encode("utf-8") for rel, text in extra_written.items()}
        to_write: dict[str, str] = {}
        for p in plans:
            if p.final is not None and p.final != p.current:
                to_write[p.out.path] = _in_its_line_ends(repo.abs(p.out.path), p.final)
            elif p.current_bytes is not None:
                contents[p.out.path] = p.current_bytes
            if p.out.merge and p.action != "deleted-kept":
                rel = base_path(p.out.path)
                if p.base != _lf(p.out.text):
                    to_write[rel] = _in_its_line_ends(repo.abs(rel), p.out.text)
                elif p.base_bytes is not None:
                    contents[rel] = p.base_bytes
        contents.update({rel: visible_bytes(data).encode("utf-8") for rel, data in to_write.items()})
        stored: dict[str, str] = {}
        if commit and not dry_run and (to_write or repo.changed_paths([*committable, *repo.pending()])):
            repo.ensure_index_free()  # git's index is locked: refuse now, before writing, not after HEAD moved
            # Every precondition of the commit that does not depend on the moment is tried now, before writing
            # (identity above): the blobs through the paths' clean filters, and the signature.
            if not any(p.conflicts for p in plans):  # a conflict writes its markers and commits nothing
                stored = repo.store_blobs(contents)
                repo.check_signing()
        if not dry_run:
            # The last moment before the first byte is written: a file saved since it was read (hashing the blobs
            # and trying the signature take a while) would be overwritten by a result computed from its old
            # text, and the user's save lost without a word.
            read = {p.out.path: p.current_bytes for p in plans}
            read.update({base_path(p.out.path): p.base_bytes for p in plans if p.out.merge})
            for rel in to_write:
                if _read_both(repo.abs(rel))[1] != read.get(rel):
                    raise changed_meanwhile(rel)
            # Noted before the first byte is written: whatever stops this run (--no-commit, a refusal, a
            # kill), the next committing run finds these files and commits them.
            repo.add_pending(our_paths)
            _note_pairs(repo, plans)
        for p in plans:
            diff = unified_diff(p.current, p.final, p.out.path) if p.final is not None else ""
            fr = FileResult(p.out.path, p.action, diff)
            result.files.append(fr)
            if dry_run:
                continue
            if p.out.path in to_write:
                atomic_write(repo.abs(p.out.path), to_write[p.out.path])
                fr.written = True
            if base_path(p.out.path) in to_write and p.out.merge:
                atomic_write(repo.abs(base_path(p.out.path)), to_write[base_path(p.out.path)])
        if dry_run:
            return result
        with contextlib.suppress(FileNotFoundError):
            (repo.git_dir / PAIRS_NAME).unlink()  # every file and its base are written
        if result.conflicts:
            raise ConflictError(
                f"your edits and the new render overlap in {', '.join(result.conflicts)}: conflict markers "
                "written there, nothing committed; resolve them and run again", result.conflicts)
        if commit:
            result.carried = _carried(repo, [p for p in repo.pending() if p not in our_paths])
            text = message(result) if callable(message) else message
            if result.carried:
                text += ("\n\nAlso commits files an earlier deeprules run wrote but did not commit:\n"
                         + "".join(f"- {p}\n" for p in result.carried))
            result.commit = repo.commit_paths([*committable, *result.carried], text, contents=contents,
                                              blobs=stored)
            # Our bytes are committed (or equal HEAD): a path that still differs holds the user's later edit,
            # which is theirs to commit, not a file this run still owes a commit.
            repo.set_pending([p for p in repo.pending() if p not in contents])
            repo.settle_pending()
        return result

    def guarded() -> WriteResult:
        # The file system refusing deeprules' own bookkeeping in .git (a full disk, a read-only mount) is one
        # line too; what was written before it is noted as pending and committed by the next run.
        try:
            return run()
        except OSError as exc:
            written = any(f.written for f in result.files)
            tail = ("files written before it are not committed; the next deeprules run commits them" if written
                    else "nothing was changed")
            raise WriteFailedError(f"cannot write {exc.filename or 'in ' + str(repo.git_dir)}: "
                                   f"{exc.strerror or exc}; {tail}") from None
        except WriteFailedError as exc:
            if any(f.written for f in result.files):
                raise WriteFailedError(f"{exc.message}; files written before it are not committed, and the next "
                                       "deeprules run commits them") from None
            raise WriteFailedError(f"{exc.message}; nothing was changed") from None
        except GitFailedError as exc:  # git itself failed (a full disk under .git/objects): say what is left
            if "deeprules run" in exc.message:
                raise
            tail = ("files written before it are not committed, and the next deeprules run commits them"
                    if any(f.written for f in result.files) else "nothing was changed")
            raise GitFailedError(f"{exc.message}; {tail}", hint=exc.hint) from None

    if dry_run:
        return guarded()
    with repo.lock():
        return guarded()
