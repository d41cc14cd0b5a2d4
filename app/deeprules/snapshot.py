"""A repository read as files: the work tree, a commit, or the index, behind one interface.

Checks only ever see a `Snapshot`: sorted repo-relative paths, bytes or text by path, and git blob ids
(which is what lets `history` memoise per file). Reading is careful and never crashes a scan: files over
`max_bytes`, binary files (a NUL byte near the start), unreadable files and symlinks that lead out of the
repository are skipped and counted in `skipped`.

Speed: no GitPython here (its import alone costs more than a whole `check`). Trees come from one
`git ls-tree`/`git ls-files` call; contents from one long-lived `git cat-file --batch` process; in the
work tree, the blob id of a file git knows to be clean is read from the index instead of being hashed.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import subprocess
import weakref
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import DeeprulesError, InputError, NotARepoError

MAX_BYTES = 2 * 1024 * 1024
#: Notebooks carry their outputs (images as base64): their code is small, the file often is not.
NOTEBOOK_MAX_BYTES = 24 * 1024 * 1024


def limit_for(path: str, max_bytes: int) -> int:
    return max(max_bytes, NOTEBOOK_MAX_BYTES) if path.endswith((".ipynb", ".IPYNB")) else max_bytes
BINARY_SNIFF = 8000
#: Outside git nothing says what is the project's: folders of tools, caches and installed packages are left out
#: (a `.venv` holds PyTorch's own seeding and training code), and so is any folder that is a Python or conda
#: environment (it has `pyvenv.cfg` or `conda-meta`), whatever its name.
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache",
             ".ruff_cache", ".ipynb_checkpoints", "site-packages", ".snakemake", ".venv", ".conda"}
#: A folder outside git with more files than this is not one project's code (a data folder, a home, a mount):
#: `check` stops with a clear error instead of walking it for minutes; a git work tree has no such limit.
PLAIN_FOLDER_MAX_FILES = 50_000
#: For the git processes that read many objects from packs (`cat-file --batch`, `log --raw` over the history):
#: git maps a whole pack (up to 1 GiB a window) and keeps 96 MB of delta bases, so on a real repository with a
#: 240 MB pack `cat-file` alone grew to 176 MB resident during `history`. Small windows and a smaller delta
#: cache keep it near 50 MB for ~10% more of git's own CPU time (a fraction of a second over 2,000 commits).
PACK_MEMORY = ("-c", "core.packedGitWindowSize=16m", "-c", "core.packedGitLimit=64m",
               "-c", "core.deltaBaseCacheLimit=24m")


#: Settings that change what read commands print, put back to git's defaults on every command deeprules runs:
#: `log.showSignature` (set by people who sign commits) puts each commit's signature check among the
#: `--format` lines, which `history` read as commit ids ("invalid object name ..Good signature") and `ethics
#: log` as fields.
PLAIN_OUTPUT = ("-c", "log.showSignature=false")


def git(root: Path, *args: str, check: bool = True) -> bytes:
    """Run one git plumbing command in `root`; raise a one-line DeeprulesError on failure. Optional locks
    are off: `status` would otherwise refresh and rewrite .git/index, and checking must not write."""
    try:
        proc = subprocess.run(["git", *PLAIN_OUTPUT, "--no-optional-locks", *args], cwd=root, capture_output=True,
                              check=False)
    except FileNotFoundError:
        raise DeeprulesError("git is not installed or not on PATH") from None
    if check and proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"git {args[0]} failed: {msg[-1] if msg else 'exit ' + str(proc.returncode)}")
    return proc.stdout


def git_many(root: Path, *commands: list[str], check: tuple[bool, ...] = ()) -> list[bytes]:
    """Run several git commands at the same time; their outputs in order. A failure of one whose `check`
    is true raises as `git` does; the others give their output, whatever their exit status."""
    procs = []
    try:
        for args in commands:
            procs.append(subprocess.Popen(["git", *PLAIN_OUTPUT, "--no-optional-locks", *args], cwd=root,
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    except FileNotFoundError:
        for proc in procs:
            proc.kill()
            proc.communicate()
        raise DeeprulesError("git is not installed or not on PATH") from None
    outs = [proc.communicate() for proc in procs]
    for i, (args, proc) in enumerate(zip(commands, procs, strict=True)):
        if (check[i] if i < len(check) else True) and proc.returncode != 0:
            msg = outs[i][1].decode("utf-8", "replace").strip().splitlines()
            raise InputError(f"git {args[0]} failed: {msg[-1] if msg else 'exit ' + str(proc.returncode)}")
    return [out for out, _ in outs]


def find_root(start: Path) -> tuple[Path, Path | None]:
    """(work-tree root, git dir) for `start`; the git dir is None outside a repository."""
    start = Path(start)
    if not start.exists():
        raise InputError(f"{start}: no such folder")
    if not start.is_dir():
        raise InputError(f"{start}: not a folder")
    from .paths import git_env_mismatch

    mismatch = git_env_mismatch(start)
    if mismatch:
        raise NotARepoError(mismatch)
    try:  # the first git command of every command that reads a repository
        proc = subprocess.run(["git", "rev-parse", "--show-toplevel", "--absolute-git-dir"], cwd=start,
                              capture_output=True, check=False)
    except FileNotFoundError:
        raise DeeprulesError("git is not installed or not on PATH") from None
    except OSError as exc:  # a folder this user may not enter
        raise InputError(f"{start}: cannot open the folder ({exc.strerror or exc})") from None
    if proc.returncode != 0:
        from .paths import plain_folder, unusable_repository  # issue 11: never walk `/` or a home folder

        refused = unusable_repository(start)
        if refused:
            raise NotARepoError(refused)
        return plain_folder(start), None
    text = os.fsdecode(proc.stdout)  # a folder's name need not be UTF-8
    lines = text.splitlines()
    if text.count("\n") > 2:
        # A path holding a newline: two lines cannot say where one path ends (the work tree was read as the part
        # before the newline, the rest as a relative git dir, and the cache written into the work tree). Each
        # path alone ends with the one newline git adds.
        lines = [_rev_parse_path(start, option) for option in ("--show-toplevel", "--absolute-git-dir")]
    if len(lines) < 2 or not lines[0]:
        raise NotARepoError(f"{start}: a bare repository has no work tree to check")
    from .paths import broken_head

    broken = broken_head(Path(lines[1]))  # git would answer "no commit yet"
    if broken:
        raise NotARepoError(broken)
    return Path(lines[0]).resolve(), Path(lines[1]).resolve()


def _rev_parse_path(start: Path, option: str) -> str:
    proc = subprocess.run(["git", "rev-parse", option], cwd=start, capture_output=True, check=False)
    return os.fsdecode(proc.stdout).removesuffix("\n") if proc.returncode == 0 else ""


def blob_id(data: bytes) -> str:
    """The git blob id (sha1) of `data`."""
    h = hashlib.sha1(b"blob %d\0" % len(data))
    h.update(data)
    return h.hexdigest()


def is_binary(data: bytes) -> bool:
    return b"\0" in data[:BINARY_SNIFF]


def decode(data: bytes) -> str:
    """A file's text for analysis: a leading BOM dropped and Windows line ends (CRLF) read as LF, so a file
    saved on Windows shows the same facts as its LF twin (patterns anchor on `$` and `\\n`); line numbers
    are unchanged."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\r\n" in data:
        data = data.replace(b"\r\n", b"\n")
    return data.decode("utf-8", "replace")


class ObjectReader:
    """One long-lived `git cat-file --batch` process: contents of objects by id, objects over a size
    limit drained without being kept."""

    #: `git -c` settings of its process (history's workers use smaller pack windows: several run at once)
    pack_memory: tuple[str, ...] = PACK_MEMORY

    def __init__(self, root: Path) -> None:
        self.root = root
        self._proc: subprocess.Popen[bytes] | None = None
        self._ender: Callable[[], None] = lambda: None

    def _start(self) -> subprocess.Popen[bytes]:
        if self._proc is None:
            self._proc = subprocess.Popen(["git", *self.pack_memory, "cat-file", "--batch"], cwd=self.root,
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                          bufsize=-1)
            # a reader dropped without close() (a snapshot used outside `with`) still ends its process: each
            # forgotten one kept a `git cat-file` and two pipes until exit (270 in one test run; the TUI runs
            # for hours)
            self._ender = weakref.finalize(self, _end, self._proc)
        return self._proc

    def read(self, sha: str, limit: int | None = MAX_BYTES) -> tuple[bytes | None, int]:
        """(content, size); content is None when the object is missing or larger than `limit`."""
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(sha.encode() + b"\n")
            proc.stdin.flush()
        except OSError:  # it ended after the last object (below): a BrokenPipeError here read as `| head`'s
            self.close()
            return None, 0
        header = proc.stdout.readline()
        parts = header.split()
        if len(parts) != 3:  # "<sha> missing", or the process ended: git ends `cat-file` when a partial clone
            if not header:  # cannot fetch an object it lacks; the next read starts another
                self.close()
            return None, 0
        size = int(parts[2])
        if limit is not None and size > limit:
            left = size + 1
            while left:
                chunk = proc.stdout.read(min(left, 1 << 20))
                if not chunk:
                    break
                left -= len(chunk)
            return None, size
        data = proc.stdout.read(size)
        proc.stdout.read(1)
        return data, size

    def close(self) -> None:
        if self._proc is not None:
            self._ender()  # runs _end once (a finalizer called is dead)
            self._proc = None

    def __enter__(self) -> ObjectReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _end(proc: subprocess.Popen[bytes]) -> None:
    """End a `cat-file --batch`: EOF on its input ends it; one that does not end in 5 s is killed."""
    with contextlib.suppress(OSError, ValueError):
        assert proc.stdin is not None
        proc.stdin.close()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


class Snapshot:
    """A set of files. Subclasses fill `_paths`; `kind` is worktree | index | commit."""

    kind = "snapshot"

    def __init__(self, root: Path, *, max_bytes: int = MAX_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self.commit: str | None = None
        self.skipped: dict[str, str] = {}  # path -> huge | binary | unreadable | symlink
        self._texts: dict[str, str | None] = {}

    # -- listing -------------------------------------------------------------------------------
    def paths(self) -> list[str]:
        raise NotImplementedError

    def __contains__(self, path: object) -> bool:
        raise NotImplementedError

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths())

    def under(self, folder: str) -> list[str]:
        prefix = folder.rstrip("/") + "/"
        listing = getattr(self, "_sorted", None)
        if listing is not None:  # sorted already: the paths under the folder are one run of it (history asks
            # at every commit for folders most repositories do not have)
            start = bisect_left(listing, prefix)
            return list(itertools.takewhile(lambda p: p.startswith(prefix), itertools.islice(listing, start, None)))
        return sorted(p for p in self._listing() if p.startswith(prefix))

    def _listing(self) -> Iterable[str]:
        return self.paths()

    # -- content -------------------------------------------------------------------------------
    def blob_id(self, path: str) -> str | None:
        raise NotImplementedError

    def _raw(self, path: str) -> bytes | None:
        raise NotImplementedError

    def read_bytes(self, path: str) -> bytes | None:
        """The file's bytes, or None when absent or skipped (see `skipped`)."""
        if path not in self:
            return None
        data = self._raw(path)
        if data is not None and is_binary(data):
            self.skipped[path] = "binary"
            return None
        return data

    def read_text(self, path: str) -> str | None:
        if path in self._texts:
            return self._texts[path]
        data = self.read_bytes(path)
        text = None if data is None else decode(data)
        self._texts[path] = text
        return text

    def sha256(self, path: str) -> str | None:
        """"sha256:<hex>" of the whole file (no size limit), None when absent or unreadable."""
        return None

    def local_blobs(self) -> set[str]:
        """Blob ids of files git does not know clean (changed or untracked in a work tree): content that no
        commit is likely to have, so no history's memo is worth searching for it."""
        return set()

    def content_key(self) -> str | None:
        """A digest that differs whenever a path or the content of a file of this snapshot differs (and so the
        checks' results may), or None when it cannot be known cheaply. `check` reuses its last report when the
        key (with the settings) is unchanged."""
        return None

    def skipped_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(self.skipped.values()).items()))

    def close(self) -> None:
        pass

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class TreeSnapshot(Snapshot):
    """Files from git objects: a commit's tree or the index. `entries` maps path -> blob id; `history`
    mutates one such mapping in place as it walks commits."""

    def __init__(self, root: Path, entries: dict[str, str], reader: ObjectReader, *, kind: str,
                 commit: str | None = None, max_bytes: int = MAX_BYTES, own_reader: bool = False) -> None:
        super().__init__(root, max_bytes=max_bytes)
        self.entries = entries
        self.reader = reader
        self.kind = kind
        self.commit = commit
        self._own_reader = own_reader
        self._sorted: list[str] | None = None
        self.unsettled: set[str] = set()  # ids of blobs missing from the object store (see `keepable`)
        # What fixes `entries`: the commit (a tree never changes) or HEAD and a digest of the index listing;
        # None when unknown (`history` builds its own and changes the entries in place).
        self._listing_key: str | None = None

    def paths(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self.entries)
        return self._sorted

    def _listing(self) -> Iterable[str]:
        return self.entries

    def invalidate(self) -> None:
        """Forget cached listings and texts (after `entries` changed)."""
        self._sorted = None
        self._listing_key = None
        self._texts.clear()
        self.skipped.clear()

    def __contains__(self, path: object) -> bool:
        return path in self.entries

    def blob_id(self, path: str) -> str | None:
        return self.entries.get(path)

    def _raw(self, path: str) -> bytes | None:
        sha = self.entries.get(path)
        if sha is None:
            return None
        limit = limit_for(path, self.max_bytes)
        data, size = self.reader.read(sha, limit)
        if data is None:
            self.skipped[path] = "huge" if size > limit else "unreadable"
            if size <= limit:  # missing from this clone (a partial clone offline): not a fact of the blob
                self.unsettled.add(sha)
        return data

    def keepable(self) -> bool:
        """Can what was learnt from these files be kept? Not when an object was missing: its file was read as
        empty, which must not be memoised under its id, nor a report or history point built on it."""
        return not self.unsettled

    def sha256(self, path: str) -> str | None:
        sha = self.entries.get(path)
        if sha is None:
            return None
        data, _ = self.reader.read(sha, None)
        return None if data is None else sha256_file(data)

    def content_key(self) -> str | None:
        return None if self._listing_key is None else f"{self.kind}:{self.max_bytes}:{self._listing_key}"

    def close(self) -> None:
        if self._own_reader:
            self.reader.close()


_REGULAR = frozenset(("100644", "100755"))


def parse_tree_listing(out: bytes, *, index: bool = False) -> tuple[dict[str, str], int]:
    """Entries of `git ls-tree -r -z` (or `git ls-files -s -z`): regular files only. Returns the entries and
    how many symlinks/submodules were left out. Parsed in bulk: git prints fixed-width fields before the
    name (`<mode> blob <sha>\t` or `<mode> <sha> <stage>\t`), so one decode, one split and slices do it."""
    text = out.decode("utf-8", "surrogateescape")
    recs = text.split("\0")
    if recs and not recs[-1]:
        recs.pop()
    recs = [r for r in recs if r] if "" in recs else recs
    if not recs:
        return {}, 0
    sha_at = 7 if index else 12  # after "<mode> " or "<mode> blob "
    first = recs[0]
    width = first.find("\t") - sha_at - (2 if index else 0)
    name_at = sha_at + width + (3 if index else 1)
    regular = text.count("\x00100644 ") + text.count("\x00100755 ") + (text[:7] in ("100644 ", "100755 "))
    if regular == len(recs) and width in (40, 64) and all(len(r) > name_at and r[name_at - 1] == "\t"
                                                          for r in (recs[0], recs[-1])):
        return dict(zip([r[name_at:] for r in recs], [r[sha_at:sha_at + width] for r in recs], strict=True)), 0
    entries: dict[str, str] = {}
    left_out = 0
    for rec in recs:
        meta, _, name = rec.partition("\t")
        fields = meta.split()
        mode, sha = (fields[0], fields[1]) if index else (fields[0], fields[2])
        if mode not in _REGULAR:
            left_out += 1
            continue
        entries[name] = sha
    return entries, left_out


def left_out_entries(out: bytes) -> dict[str, str]:
    """The entries of a listing `parse_tree_listing` leaves out, by path: "symlink" (mode 120000) or "submodule"
    (160000), so every kind of snapshot counts them in `skipped` alike."""
    found: dict[str, str] = {}
    for rec in out.split(b"\0"):
        if rec[:7] in (b"120000 ", b"160000 "):
            name = rec.partition(b"\t")[2].decode("utf-8", "surrogateescape")
            found[name] = "symlink" if rec[:6] == b"120000" else "submodule"
    return found


def commit_snapshot(root: Path, rev: str = "HEAD", *, max_bytes: int = MAX_BYTES,
                    reader: ObjectReader | None = None) -> TreeSnapshot:
    sha = resolve_rev(root, rev)
    listing = git(root, "ls-tree", "-r", "-z", "--full-tree", sha)
    entries, left_out = parse_tree_listing(listing)
    snap = TreeSnapshot(root, entries, reader or ObjectReader(root), kind="commit", commit=sha,
                        max_bytes=max_bytes, own_reader=reader is None)
    if left_out:
        snap.skipped.update(left_out_entries(listing))
    snap._listing_key = sha
    return snap


def index_snapshot(root: Path, *, max_bytes: int = MAX_BYTES) -> TreeSnapshot:
    listing = git(root, "ls-files", "-s", "-z")
    if b" 1\t" in listing or b" 2\t" in listing or b" 3\t" in listing:  # maybe a merge conflict: which files?
        unmerged = sorted({rec.partition(b"\t")[2].decode("utf-8", "surrogateescape")
                           for rec in listing.split(b"\0") if rec.partition(b"\t")[0][-2:] in (b" 1", b" 2", b" 3")})
        if unmerged:
            raise InputError(f"the index has unresolved conflicts ({', '.join(unmerged[:3])}"
                             f"{', ...' if len(unmerged) > 3 else ''}): resolve them (git add) or check the work tree")
    entries, left_out = parse_tree_listing(listing, index=True)
    snap = TreeSnapshot(root, entries, ObjectReader(root), kind="index", commit=head_sha(root), max_bytes=max_bytes,
                        own_reader=True)
    if left_out:
        snap.skipped.update(left_out_entries(listing))
    snap._listing_key = f"{snap.commit}:{hashlib.sha1(listing).hexdigest()}"
    return snap


def resolve_rev(root: Path, rev: str, what: str = "--rev") -> str:
    """The commit id `rev` names; an empty value is an error (a script's unset variable), never "no revision"."""
    if not rev.strip():
        raise InputError(f"{what}: give a commit (a sha, branch or tag), not an empty value")
    proc = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"],
                          cwd=root, capture_output=True, check=False)
    if proc.returncode != 0:
        raise InputError(f"{what} {rev!r}: not a commit in {root}")
    return proc.stdout.decode().strip()


def head_sha(root: Path) -> str | None:
    proc = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "HEAD"], cwd=root, capture_output=True,
                          check=False)
    return proc.stdout.decode().strip() or None if proc.returncode == 0 else None


def _is_environment(folder: str, name: str) -> bool:
    """A Python virtual environment or a conda environment, by the file each always has."""
    base = os.path.join(folder, name)
    return os.path.exists(os.path.join(base, "pyvenv.cfg")) or os.path.isdir(os.path.join(base, "conda-meta"))


class WorkTreeSnapshot(Snapshot):
    """The files on disk. In a git repository: tracked files plus untracked ones git does not ignore; the blob
    id of a file git reports clean comes from the index. What is read is checked against the id it will be
    memoised under (`unsettled`): a memo entry filed under a blob id must be true of that blob, or `history`
    and `check --rev` would read it. Elsewhere: a walk that skips `.git`."""

    kind = "worktree"

    def __init__(self, root: Path, *, max_bytes: int = MAX_BYTES, use_git: bool = True) -> None:
        super().__init__(root, max_bytes=max_bytes)
        self._dirty = False
        self._known: dict[str, str | None] = {}  # path -> blob id when known clean, else None
        # Files whose index entry git does not compare with the disk (assume-unchanged, skip-worktree) that are
        # on disk: read from disk like a changed file; their index blob ids, to tell whether they differ.
        self._unwatched: dict[str, str] = {}
        self._absent: set[str] = set()  # ...that are not on disk: read from git's objects
        self._reader: ObjectReader | None = None
        # Blob ids whose memo entries this run must not keep: the file read was not the content the id names
        # (it changed between `git status` and the read, or could not be read). The report is not kept either.
        self.unsettled: set[str] = set()
        self._converted: dict[str, str] = {}
        self._keepable = True
        if use_git:
            # Three git processes at once: `status` (a stat of every file) dominates, the others overlap it.
            head, tagged, status = git_many(root, ["rev-parse", "--verify", "--quiet", "HEAD"],
                                            ["ls-files", "-s", "-v", "-z"],
                                            ["status", "--porcelain=v1", "-z", "--untracked-files=all",
                                             "--no-renames", "--ignore-submodules"], check=(False, True, True))
            self.commit = head.decode().strip() or None
            # The index listing (with its flags) and git's report of what differs from it fix every path and
            # every clean file's content; `content_key` adds the hashes of the files read from disk.
            self._git_digest: str | None = hashlib.sha1(b"%s\0%s\0%s" % (head, tagged, status)).hexdigest()
            listing, unwatched = untag_listing(tagged)
            known, left_out = parse_tree_listing(listing, index=True)
            self._known = dict(known)
            for name in unwatched:
                sha = self._known.get(name)
                # `git status` does not look at these; absent (a sparse checkout), the index says what they hold
                if sha is None:
                    continue
                if os.path.lexists(root / name):
                    self._unwatched[name] = sha
                    self._known[name] = None
                else:
                    self._absent.add(name)
            for rec in status.split(b"\0"):
                if len(rec) < 4:
                    continue
                xy, name = rec[:2], rec[3:].decode("utf-8", "surrogateescape")
                if xy == b"??":
                    self._known[name] = None
                    self._dirty = True
                elif xy[1:2] == b"D":
                    self._known.pop(name, None)
                    self._dirty = True
                elif xy[1:2] != b" ":
                    self._known[name] = None
                    self._dirty = True
                elif xy[0:1] != b" ":
                    self._dirty = True
                if xy[0:1] == b"D" and xy[1:2] == b" ":
                    self._known.pop(name, None)
            if left_out:  # tracked symlinks and submodules, counted as a commit's or the index's are
                self.skipped.update({p: why for p, why in left_out_entries(listing).items() if p not in self._known})
        else:
            self._git_digest = None  # a plain folder: no listing to trust, no key
            for folder, dirs, files in os.walk(root, followlinks=False):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not _is_environment(folder, d))
                rel_folder = os.path.relpath(folder, root)
                for f in files:
                    rel = f if rel_folder == "." else f"{rel_folder}/{f}".replace(os.sep, "/")
                    self._known[rel] = None
                if len(self._known) > PLAIN_FOLDER_MAX_FILES:
                    raise InputError(f"{root} is not a git work tree and holds more than {PLAIN_FOLDER_MAX_FILES:,} "
                                     "files: deeprules checks one project's code; run it in the project's folder, "
                                     "or run `git init` there (in a git work tree git's listing says what is "
                                     "the project's)")
        self._sorted: list[str] | None = None
        self._ids: dict[str, str | None] = {}

    @property
    def dirty(self) -> bool:
        """Uncommitted changes: what `git status` reports, or an assume-unchanged/skip-worktree file that differs."""
        return self._dirty or any(self.blob_id(p) != sha for p, sha in self._unwatched.items())

    def paths(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self._known)
        return self._sorted

    def hash_unknown(self) -> None:
        """The blob id of every file git does not report clean (untracked or modified), in path order;
        symlinks out of the repository and unreadable files are counted in `skipped` on the way."""
        for path in sorted(p for p, sha in self._known.items() if sha is None):
            self.blob_id(path)

    def local_blobs(self) -> set[str]:
        return {sha for p, sha in self._ids.items() if sha is not None and sha != self._unwatched.get(p)}

    def content_key(self) -> str | None:
        if self._git_digest is None:
            return None
        self.hash_unknown()
        h = hashlib.sha1(f"worktree:{self.max_bytes}:{self._git_digest}".encode())
        # A file git reports changed or untracked is known by its content's hash, read now; how an unreadable
        # one or a symlink out of the repository was skipped is part of the key too.
        changed = sorted((p, self._ids.get(p)) for p, sha in self._known.items() if sha is None)
        h.update(repr((changed, sorted(self.skipped.items()))).encode("utf-8", "surrogateescape"))
        return h.hexdigest()

    def __contains__(self, path: object) -> bool:
        return path in self._known

    def _listing(self) -> Iterable[str]:
        return self._known

    def _safe_file(self, path: str) -> Path | None:
        """The file to read, or None (recorded in `skipped`) when it is a symlink out of the repository or
        not a regular file."""
        full = self.root / path
        try:
            if full.is_symlink() or any((self.root / p).is_symlink() for p in _parents(path)):
                target = full.resolve()
                if not target.is_relative_to(self.root) or not target.is_file() or \
                        ".git" in target.relative_to(self.root).parts:  # any repository's own files, nested too
                    self.skipped[path] = "symlink"
                    return None
                return target
            if not full.is_file():
                return None
        except RuntimeError:  # a symlink loop (Python < 3.13 raises this, not OSError)
            self.skipped[path] = "symlink"
            return None
        except OSError:
            self.skipped[path] = "unreadable"
            return None
        return full

    def blob_id(self, path: str) -> str | None:
        known = self._known.get(path)
        if known is not None:
            return known
        if path not in self._known:
            return None
        if path in self._ids:
            return self._ids[path]
        full = self._safe_file(path)
        sha = None
        if full is not None:
            try:
                with open(full, "rb") as fh:
                    size = os.fstat(fh.fileno()).st_size
                    if size > limit_for(path, self.max_bytes):
                        # never read (an untracked data file can be gigabytes): no id, and the key holds it as
                        # "huge", which is all a report can depend on
                        self.skipped[path] = "huge"
                    else:
                        h = hashlib.sha1(b"blob %d\0" % size)
                        for chunk in iter(lambda: fh.read(1 << 20), b""):
                            h.update(chunk)
                        sha = h.hexdigest()
            except OSError:
                self.skipped[path] = "unreadable"
        self._ids[path] = sha
        return sha

    def sha256(self, path: str) -> str | None:
        if path not in self._known:
            return None
        if path in self._absent:
            data = self._raw(path)
            return None if data is None else sha256_file(data)
        full = self._safe_file(path)
        if full is None:
            return None
        h = hashlib.sha256()
        try:
            with open(full, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
        except OSError:
            self.skipped[path] = "unreadable"
            return None
        return "sha256:" + h.hexdigest()

    def _raw(self, path: str) -> bytes | None:
        known = self._known.get(path)
        if path in self._absent and known is not None:
            if self._reader is None:
                self._reader = ObjectReader(self.root)
            limit = limit_for(path, self.max_bytes)
            data, size = self._reader.read(known, limit)
            if data is None:
                self.skipped[path] = "huge" if size > limit else "unreadable"
            return data
        data = self._read_disk(path)
        read_id = None if data is None else blob_id(data)
        given = known if known is not None else self._ids.get(path)
        if given is not None:  # the id the memo will file what is read under: is it this content's?
            if data is None:  # nothing read: what is memoised under the id must come from the blob itself
                self.unsettled.add(given)
                if self.skipped.get(path) != "huge":  # unreadable or gone since the id was taken
                    self._keepable = False
            elif read_id != given:
                self.unsettled.add(given)
                if known is not None:  # clean to git: converted (eol, a filter such as LFS), or changed since
                    self._converted[path] = known
                else:
                    self._keepable = False
        if known is None and read_id is not None:
            self._ids[path] = read_id
        return data

    def keepable(self) -> bool:
        """Can the report of this run be kept under `content_key`? Not when a file changed while it was read;
        a clean file whose bytes are not its blob's must be git's conversion of that blob (`hash-object`
        applies the same attributes and filters `status` does)."""
        if not self._keepable:
            return False
        if self._converted:
            paths = sorted(self._converted)
            out = subprocess.run(["git", "hash-object", "--stdin-paths"], cwd=self.root, capture_output=True,
                                 input="\n".join(paths).encode("utf-8", "surrogateescape") + b"\n", check=False)
            ids = out.stdout.decode().split()
            self._keepable = out.returncode == 0 and ids == [self._converted[p] for p in paths]
            self._converted.clear()
        return self._keepable

    def _read_disk(self, path: str) -> bytes | None:
        full = self._safe_file(path)
        if full is None:
            return None
        try:
            size = full.stat().st_size
            if size > limit_for(path, self.max_bytes):
                self.skipped[path] = "huge"
                return None
            return full.read_bytes()
        except OSError:
            self.skipped[path] = "unreadable"
            return None

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None


def untag_listing(tagged: bytes) -> tuple[bytes, list[str]]:
    """`git ls-files -s -v -z` as `git ls-files -s -z` prints it, and the paths whose index entry git does not
    compare with the file (assume-unchanged: a lower-case tag; skip-worktree: S), which `git status` never
    reports changed. Each record starts with its tag and a space; a path holds no NUL, so `\\0H ` starts one."""
    if not tagged:
        return tagged, []
    records = tagged.count(b"\0")
    plain = (b"\0" + tagged).replace(b"\0H ", b"\0").replace(b"\0M ", b"\0")  # cached, unmerged
    if len(plain) == len(tagged) + 1 - 2 * records:
        return plain[1:], []
    out = []
    flagged = []
    for rec in tagged.split(b"\0"):
        if not rec:
            continue
        if rec[:1] not in (b"H", b"M"):
            flagged.append(rec.partition(b"\t")[2].decode("utf-8", "surrogateescape"))
        out.append(rec[2:])
    return b"\0".join(out) + b"\0", flagged


def _parents(path: str) -> list[str]:
    parts = path.split("/")[:-1]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def open_snapshot(start: Path, *, rev: str | None = None, staged: bool = False,
                  max_bytes: int = MAX_BYTES) -> Snapshot:
    """The snapshot a command asks for: the work tree (default), the index (`staged`) or a commit (`rev`)."""
    root, git_dir = find_root(start)
    if git_dir is None:
        if rev is not None or staged:
            raise NotARepoError(f"{root} is not inside a git repository, so there is no commit or index to read")
        return WorkTreeSnapshot(root, max_bytes=max_bytes, use_git=False)
    if rev is not None and staged:
        raise InputError("give either --rev or --staged, not both")
    if rev is not None:
        return commit_snapshot(root, rev, max_bytes=max_bytes)
    if staged:
        return index_snapshot(root, max_bytes=max_bytes)
    return WorkTreeSnapshot(root, max_bytes=max_bytes)


def git_dir_of(root: Path) -> Path | None:
    return find_root(root)[1]


def sha256_file(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()
