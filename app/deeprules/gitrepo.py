"""The one git layer. Finds the repository, refuses unsafe states, holds the write lock, resolves paths
safely, reads files at revisions, and commits exactly the paths it is given.

Every git command goes through `GitRepo.git`: pathspecs are literal (a file named `*.md` or `:(top)` is
just a name), optional locks are off (reading never rewrites `.git/index`), and paths that come out of
git are read NUL-separated (`-z`), so no path is ever quoted or split.

The commit protocol (`commit_paths`) is git's own for `git commit -- <paths>`, done with plumbing so the
user's staged and unstaged work elsewhere is never touched:

1. the commit is built in a private index seeded from HEAD (read-tree, update-index, write-tree), and
   skipped when its tree equals HEAD's: what git would store is compared, after clean/eol filters;
2. the user's next index (their index with our paths refreshed) is written to a temporary file, which is
   hard-linked to `index.lock`: git's own lock, taken exclusively and already holding the final content;
3. HEAD moves with `update-ref`, guarded by the old value; then the lock is renamed over the index.

If the lock is held (an IDE, another shell) the commit is refused before HEAD moves. If HEAD moved (the
user committed meanwhile) the lock is dropped and the commit is rebuilt on the new HEAD, a bounded number
of times. If the process dies between 2 and 3, the next run finishes or rolls back from a journal in
deeprules' own lock file. So the user's index is never left behind HEAD.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DeeprulesError, GitRefusedError, InputError, NotARepoError, UnsafePathError, WriteFailedError
from .snapshot import PLAIN_OUTPUT

LOCK_NAME = "deeprules.lock"
PENDING_NAME = "deeprules-pending"
PRIVATE_PREFIX = "deeprules-index-"
COMMIT_ATTEMPTS = 5  # a racing commit makes us rebuild on the new HEAD; this many times, then refuse
INDEX_LOCK_WAIT = 2.0  # seconds to wait for another git process to release .git/index.lock
#: Commits this process moved HEAD to, oldest first: what an interrupted run (Ctrl+C) says it did, since the
#: interrupt can land after `update-ref` moved HEAD but before the command could say so.
COMMITTED: list[str] = []
HOOKS_CONFIG = "deeprules.runHooks"  # git config switch; DEEPRULES_RUN_HOOKS=1 does the same for one run
HOOKS_ENV = "DEEPRULES_RUN_HOOKS"
PATHSPEC_ENV = frozenset({"GIT_GLOB_PATHSPECS", "GIT_NOGLOB_PATHSPECS", "GIT_ICASE_PATHSPECS",
                          "GIT_LITERAL_PATHSPECS"})
# Our files are LF text by construction. With core.autocrlf=true and core.safecrlf=true, git refuses to add
# an LF file ("LF would be replaced by CRLF"); the stored blob is the same either way, so for our own files
# the guard is off (as its default, "warn", would let them through).
NO_SAFECRLF = ("-c", "core.safecrlf=false")
IN_PROGRESS = {
    "MERGE_HEAD": "a merge",
    "CHERRY_PICK_HEAD": "a cherry-pick",
    "REVERT_HEAD": "a revert",
    "rebase-merge": "a rebase",
    "rebase-apply": "a rebase or `git am`",
    "BISECT_LOG": "a bisect",
}


@dataclass(frozen=True)
class Identity:
    name: str
    email: str


class GitFailedError(GitRefusedError):
    """A git command failed in a way deeprules did not foresee; the message is git's last line."""


class _HeadMovedError(Exception):
    """HEAD changed between reading it and moving it: rebuild on the new HEAD."""


def split_z(out: bytes) -> list[str]:
    """NUL-separated git output as paths (git's bytes are UTF-8 on any sane system; others stay visible)."""
    return [p.decode("utf-8", "surrogateescape") for p in out.split(b"\0") if p]


def _encode(path: str) -> bytes:
    return path.encode("utf-8", "surrogateescape")


class GitRepo:
    """A work tree deeprules may write into."""

    def __init__(self, repo: Any) -> None:
        self.repo = repo
        self.root = Path(repo.working_tree_dir).resolve()
        self.git_dir = Path(repo.git_dir).resolve()
        self._lock_owner: int | None = None  # the thread holding lock(), which may lock again

    # -- running git -----------------------------------------------------------------------
    def run(self, *args: str, env: Mapping[str, str] | None = None, input: bytes | None = None,
            check: bool = True) -> subprocess.CompletedProcess[bytes]:
        """One git command in the work tree. Pathspecs are literal and optional locks are off."""
        # git refuses --literal-pathspecs beside the user's exported GIT_GLOB_PATHSPECS / GIT_ICASE_PATHSPECS ("global
        # 'literal' pathspec setting is incompatible"): every command failed. deeprules' paths are names, never
        # patterns, so the user's pathspec defaults do not apply to them.
        full_env = {**{k: v for k, v in os.environ.items() if k not in PATHSPEC_ENV}, "GIT_OPTIONAL_LOCKS": "0",
                    **(env or {})}
        try:
            proc = subprocess.run(["git", *PLAIN_OUTPUT, "--literal-pathspecs", "--no-optional-locks", *args],
                                  cwd=self.root, env=full_env, input=input, capture_output=True, check=False)
        except FileNotFoundError:
            raise GitFailedError("git is not installed or not on PATH") from None
        if proc.returncode != 0 and b"safe.directory" in proc.stderr:
            # Another user owns the repository (GitPython opened it; git refuses it): said as the finders say it,
            # whether or not the caller checks (`git config --get` failing read as "no identity"), never as git's
            # last line ("git check-attr failed: \tgit config --global --add ...").
            from .paths import unusable_repository

            raise NotARepoError(unusable_repository(self.root) or
                                f"{self.root}: git refuses this repository (safe.directory); nothing was changed")
        if check and proc.returncode == -signal.SIGXFSZ:
            # git stopped by the file size limit (`ulimit -f`, a quota) while writing objects: a refused write, said
            # as deeprules' own refused writes are, naming where (git prints nothing: it was killed)
            raise GitFailedError(f"cannot write {self.git_dir / 'objects'}: the file size limit was reached "
                                 f"(git {_command_name(args)} was stopped)")
        if check and proc.returncode != 0:
            lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise GitFailedError(f"git {_command_name(args)} failed in {self.root}: "
                                 f"{lines[-1] if lines else 'exit ' + str(proc.returncode)}")
        return proc

    def git(self, *args: str, env: Mapping[str, str] | None = None, input: bytes | None = None) -> str:
        """The stripped text output of a git command that must succeed."""
        return self.run(*args, env=env, input=input).stdout.decode("utf-8", "surrogateescape").strip()

    # -- finding ---------------------------------------------------------------------------
    @classmethod
    def find(cls, start: Path, *, init: bool = False) -> GitRepo:
        """The repository containing `start`; with `init`, create one in `start` when there is none."""
        import git

        from .paths import git_env_mismatch

        start = Path(start)
        if not start.exists():
            raise InputError(f"{start}: no such folder")
        if not start.is_dir():
            raise InputError(f"{start}: not a folder")
        mismatch = git_env_mismatch(start)  # git would write elsewhere than the repository found here
        if mismatch:
            raise NotARepoError(mismatch)
        try:
            repo = git.Repo(start, search_parent_directories=True)
        except git.InvalidGitRepositoryError:
            from .paths import unusable_repository

            refused = unusable_repository(start)
            if refused:
                raise NotARepoError(refused) from None
            if not init:
                raise NotARepoError(
                    f"{start.resolve()} is not inside a git repository",
                    hint="run `git init` there, or `deeprules init --git-init`",
                ) from None
            repo = git.Repo.init(start)
        except git.NoSuchPathError:
            raise InputError(f"{start}: no such folder") from None
        if repo.bare or repo.working_tree_dir is None:
            raise NotARepoError(f"{start}: a bare repository has no work tree to write into")
        found = cls(repo)
        from .paths import broken_head

        broken = broken_head(found.git_dir)
        if broken:
            raise GitRefusedError(broken)
        found.refuse_hidden_own_files()
        return found

    def own_locations(self) -> dict[str, str]:
        """deeprules' own files and folders in this repository, path -> what it is: `.deeprules/` and the
        configured paths (the defaults when the config cannot be read; the command that reads it reports that)."""
        from .config import DEFAULT_PATHS, load_config

        located = dict(DEFAULT_PATHS)
        with contextlib.suppress(DeeprulesError, OSError):
            located.update(load_config(self.root).paths)
        return {".deeprules": "deeprules' folder", **{path: f"paths.{key}" for key, path in located.items()}}

    def refuse_hidden_own_files(self) -> None:
        """Refuse, before anything is read or written, when git's index makes deeprules' own paths unusable:

        - a committed own file has the skip-worktree bit (a sparse checkout leaving it out, or `update-index
          --skip-worktree`): deeprules reads and writes its files in the work tree, so it reported them missing
          ("not written yet", "no ethics register"), rebuilt the register's index from the concerns it could see
          and committed answers without the plan they belong to;
        - an own path is, or is inside, a submodule (a gitlink) that is not checked out: the files were written
          into the submodule's empty folder and then git refused to stage them."""
        locations = self.own_locations()
        specs = sorted({str(parent) for rel in locations for parent in Path(rel).parents if str(parent) != "."}
                       | set(locations))
        out = self.run("ls-files", "-t", "-s", "-z", "--", *specs, check=False).stdout
        hidden: list[str] = []
        for rec in split_z(out):
            meta, _, path = rec.partition("\t")
            tag, mode = meta.split(" ", 2)[:2]
            if mode == "160000":
                inside = [rel for rel in locations if rel == path or rel.startswith(path + "/")]
                if inside:
                    raise GitRefusedError(
                        f"{inside[0]} ({locations[inside[0]]}) is {'' if inside[0] == path else 'inside '}the "
                        f"submodule {path}, which is not checked out here; its files belong to another repository, "
                        "so give deeprules' file another path in .deeprules/config.yaml; nothing was changed")
            elif tag == "S" and any(path == rel or path.startswith(rel + "/") for rel in locations):
                hidden.append(path)
        if not hidden:
            return
        tops = sorted({h.split("/", 1)[0] if h.startswith(".deeprules/") or "/" not in h
                       else h.rsplit("/", 1)[0] for h in hidden})
        shown = ", ".join(hidden[:3]) + (f" and {len(hidden) - 3} more" if len(hidden) > 3 else "")
        raise GitRefusedError(
            f"{shown}: git keeps {'it' if len(hidden) == 1 else 'them'} out of this work tree (skip-worktree: a "
            "sparse checkout, or `git update-index --skip-worktree`), and deeprules reads and writes its files in "
            f"the work tree; run `git sparse-checkout add {' '.join(tops)}` (or `git update-index "
            f"--no-skip-worktree -- {' '.join(hidden[:3])}`) and run again; nothing was changed")

    # -- state -----------------------------------------------------------------------------
    def head_sha(self) -> str | None:
        """HEAD's commit id (any object format), None on an unborn branch."""
        proc = self.run("rev-parse", "--verify", "--quiet", "HEAD^{commit}", check=False)
        return proc.stdout.decode().strip() or None if proc.returncode == 0 else None

    @property
    def is_unborn(self) -> bool:
        return self.head_sha() is None

    @property
    def is_detached(self) -> bool:
        return self.run("symbolic-ref", "--quiet", "HEAD", check=False).returncode != 0

    @property
    def branch(self) -> str | None:
        proc = self.run("symbolic-ref", "--quiet", "--short", "HEAD", check=False)
        return proc.stdout.decode("utf-8", "replace").strip() or None if proc.returncode == 0 else None

    def in_progress(self) -> str | None:
        for marker, what in IN_PROGRESS.items():
            if (self.git_dir / marker).exists():
                return what
        return None

    def ensure_safe(self, paths: Iterable[str] = (), *, refuse_staged: bool = False) -> None:
        """Refuse to write during a merge/rebase/cherry-pick, into a file with unresolved conflicts, and (when
        we will commit) into a file with staged changes: committing ours would swallow or replace them."""
        what = self.in_progress()
        if what:
            raise GitRefusedError(
                f"{what} is in progress in {self.root}; finish or abort it, then run deeprules again"
            )
        paths = list(paths)
        if paths:
            self._refuse_reencoded(paths)
            unmerged = self.unmerged(paths)
            if unmerged:
                raise GitRefusedError(f"unresolved git conflicts in {', '.join(unmerged)}; resolve them first")
            if refuse_staged:
                staged = self.staged(paths)
                if staged:
                    raise GitRefusedError(
                        f"{', '.join(staged)} has staged changes; commit them or unstage them "
                        f"(git restore --staged {' '.join(staged)}) and run again, or pass --no-commit")

    def _refuse_reencoded(self, paths: list[str]) -> None:
        """Refuse when the repository's .gitattributes give one of our files a `working-tree-encoding` (UTF-16,
        say): deeprules writes UTF-8, which git would then fail to convert (or store garbled), after the files
        were already written. A cloned repository supplies its .gitattributes."""
        out = self.run("check-attr", "-z", "working-tree-encoding", "--", *paths).stdout
        fields = split_z(out)
        for path, _attr, value in zip(fields[0::3], fields[1::3], fields[2::3], strict=False):
            if value not in ("unspecified", "unset") and value.replace("-", "").upper() != "UTF8":
                raise GitRefusedError(
                    f"{path}: .gitattributes gives it working-tree-encoding={value}, but deeprules writes UTF-8 "
                    "text; remove that attribute for deeprules' files (or give them another path) and run again")

    def unmerged(self, paths: Iterable[str]) -> list[str]:
        """Of `paths`, those with unresolved conflicts in the user's index."""
        paths = list(paths)
        if not paths:
            return []
        out = self.run("ls-files", "-u", "-z", "--", *paths).stdout
        return sorted({rec.split("\t", 1)[1] for rec in split_z(out) if "\t" in rec})

    def staged(self, paths: Iterable[str]) -> list[str]:
        """Of `paths`, those whose entry in the user's index differs from HEAD (added on an unborn branch)."""
        paths = list(paths)
        if not paths:
            return []
        if self.is_unborn:
            return split_z(self.run("ls-files", "-z", "--", *paths).stdout)
        return split_z(self.run("diff-index", "--cached", "--name-only", "-z", "HEAD", "--", *paths).stdout)

    def identity(self) -> Identity:
        """Author from the environment (GIT_AUTHOR_*) or the user's git config, as git itself would."""
        name = os.environ.get("GIT_AUTHOR_NAME") or self.config_value("user.name")
        email = os.environ.get("GIT_AUTHOR_EMAIL") or self.config_value("user.email")
        if not name or not email:
            raise GitRefusedError(
                "git does not know who you are, so deeprules cannot commit",
                hint='run git config user.name "Your Name" && git config user.email you@example.org, '
                "or pass --no-commit",
            )
        return Identity(name, email)

    def config_value(self, key: str, *, bool_: bool = False) -> str:
        """A git config value as git resolves it (includes, worktree config), '' when unset."""
        args = ["config", "--bool", "--get", key] if bool_ else ["config", "--get", key]
        proc = self.run(*args, check=False)
        return proc.stdout.decode("utf-8", "replace").strip() if proc.returncode == 0 else ""

    # -- paths -----------------------------------------------------------------------------
    def rel(self, path: str | Path, *, what: str = "path", kind: str | None = None) -> str:
        """A repo-relative POSIX path for `path` (relative to the root), refusing anything that leaves the
        repository, goes through a symlink, points into .git or into a nested repository, or (with `kind`) is
        not a file / folder (see paths.resolve)."""
        from .paths import resolve  # the one path resolver (issue 11); this method is its write-side entry

        return resolve(self.root, path, what=what, kind=kind)

    def abs(self, rel: str) -> Path:
        return self.root / rel

    # -- reading ---------------------------------------------------------------------------
    def show(self, rev: str, rel: str) -> str | None:
        """The text of `rel` at `rev` (a commit-ish, or ":" for the index), None if absent."""
        spec = f":{rel}" if rev == ":" else f"{rev}:{rel}"
        proc = self.run("cat-file", "blob", spec, check=False)
        if proc.returncode != 0:
            return None
        return proc.stdout.decode("utf-8", "replace")

    def paths_at(self, rev: str, folder: str) -> list[str]:
        """Every file under `folder` in `rev` (repo-relative), [] when the revision or folder is absent."""
        proc = self.run("ls-tree", "-r", "-z", "--name-only", "--full-tree", rev, "--", f"{folder}/",
                        check=False)
        return split_z(proc.stdout) if proc.returncode == 0 else []

    def deleted_in_history(self, folder: str, revs: Iterable[str]) -> list[tuple[str, str]]:
        """(commit, path) of every file under `folder` that a commit in `revs` deleted, newest first."""
        out = self.run("log", "--diff-filter=D", "--no-renames", "--format=%x01%H", "--name-only", "-z",
                       *revs, "--", f"{folder}/").stdout
        found: list[tuple[str, str]] = []
        for chunk in out.split(b"\x01"):
            fields = split_z(chunk.replace(b"\n", b"\0", 1))
            if fields:
                found += [(fields[0], rel) for rel in fields[1:]]
        return found

    def is_ancestor(self, older: str, newer: str) -> bool:
        return self.run("merge-base", "--is-ancestor", older, newer, check=False).returncode == 0

    def tree_of(self, rev: str) -> str:
        return self.git("rev-parse", "--verify", f"{rev}^{{tree}}")

    # -- locking ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """One deeprules writer at a time per repository (the lock lives in .git, never in the tree).

        Re-entrant in the thread that holds it, so a caller can read, compute and call the writer (which
        locks too) in one critical section. The lock file is created with its content already in it (a
        hard link of a finished temporary file), so a kill can never leave an empty, unclaimable lock."""
        if self._lock_owner == threading.get_ident():
            yield
            return
        path = self.git_dir / LOCK_NAME
        for attempt in (1, 2):
            try:
                _create_with(path, f"{os.getpid()}\n")
                break
            except FileExistsError:
                if attempt == 1 and _stale(path):
                    self._recover(path)
                    continue
                raise GitRefusedError(
                    f"another deeprules run is writing to this repository (lock {path}); "
                    "if none is running, delete that file"
                ) from None
            except OSError as exc:  # a full disk, a read-only mount: one line, before anything is written
                raise WriteFailedError(f"cannot write {path}: {exc.strerror or exc}; nothing was changed") from None
        try:
            self._lock_owner = threading.get_ident()
            self._sweep_private_files()
            yield
        finally:
            self._lock_owner = None
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def _journal(self, note: str) -> None:
        """Replace deeprules' lock file (atomically; it never disappears) with our pid and `note`."""
        if self._lock_owner != threading.get_ident():
            return  # committing outside lock() (a library caller): there is no lock file to note it in
        path = self.git_dir / LOCK_NAME
        fd, tmp = tempfile.mkstemp(prefix=f"{PRIVATE_PREFIX}{os.getpid()}-journal-", dir=self.git_dir)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n{note}\n" if note else f"{os.getpid()}\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)

    def _recover(self, stale_lock: Path) -> None:
        """Take over a dead run's lock. If it died holding git's index.lock, finish its index update when
        its commit reached HEAD, otherwise drop that lock (HEAD never moved, so nothing is behind)."""
        try:
            lines = stale_lock.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            lines = []
        for line in lines[1:]:
            parts = line.split("\t")
            if len(parts) == 5 and parts[0] == "index-lock":
                _, inode, new_sha, _parent, noted = parts
                index_path = _noted_path(noted)
                lock_path = Path(index_path + ".lock")
                with contextlib.suppress(OSError):
                    if str(lock_path.stat().st_ino) == inode:
                        if self.head_sha() == new_sha:
                            os.replace(lock_path, index_path)
                        else:
                            lock_path.unlink()
        with contextlib.suppress(FileNotFoundError):
            stale_lock.unlink()

    def _sweep_private_files(self) -> None:
        """Remove private indexes and journals of deeprules runs that died (their pid is in the name)."""
        for p in self.git_dir.glob(f"{PRIVATE_PREFIX}*"):
            pid = p.name[len(PRIVATE_PREFIX):].split("-", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                with contextlib.suppress(OSError):
                    p.unlink()

    # -- files written but not yet committed ------------------------------------------------
    def pending(self) -> list[str]:
        """Files a deeprules run wrote and has not committed yet (--no-commit, a refusal, a kill)."""
        try:
            data = (self.git_dir / PENDING_NAME).read_bytes()
        except OSError:
            return []
        out = []
        for rel in split_z(data):
            with contextlib.suppress(UnsafePathError):
                if self.rel(rel, what="pending file") == rel:
                    out.append(rel)
        return out

    def set_pending(self, paths: Iterable[str]) -> None:
        paths = sorted(set(paths))
        target = self.git_dir / PENDING_NAME
        if not paths:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            return
        fd, tmp = tempfile.mkstemp(prefix=f"{PRIVATE_PREFIX}{os.getpid()}-pending-", dir=self.git_dir)
        with os.fdopen(fd, "wb") as handle:
            handle.write(b"\0".join(_encode(p) for p in paths) + b"\0")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)

    def add_pending(self, paths: Iterable[str]) -> None:
        self.set_pending([*self.pending(), *paths])

    def settle_pending(self) -> None:
        """Forget pending files that are committed now (equal to HEAD) or gone from disk."""
        pending = self.pending()
        if pending:
            differ = set(self.changed_paths(pending))
            self.set_pending([p for p in pending if p in differ and self.abs(p).is_file()])

    # -- comparing -------------------------------------------------------------------------
    def changed_paths(self, paths: Iterable[str], *, contents: Mapping[str, bytes] | None = None) -> list[str]:
        """Of `paths`, those whose work-tree content (or, for a path in `contents`, those bytes) differs from
        HEAD (added, modified or deleted).

        Compares what git would store: the content is hashed with the path's filters (autocrlf, eol, clean)
        in the repository's object format, against the blob id in HEAD."""
        paths = sorted(set(paths))
        if not paths:
            return []
        contents = contents or {}
        at_head = self._blobs("HEAD", paths)
        # Bytes equal to the file's are hashed from the file, with the others in one git process.
        differ = [p for p in contents if _read_bytes(self.abs(p)) != contents[p]]
        present = [p for p in paths if p not in differ and self.abs(p).is_file() and not self.abs(p).is_symlink()]
        now = dict(zip(present, self._hash_files(present), strict=True))
        now.update({p: self._hash_bytes(p, contents[p]) for p in differ})
        return [p for p in paths if at_head.get(p) != now.get(p)]

    def _hash_bytes(self, path: str, data: bytes, *, write: bool = False) -> str:
        """The blob id git would store for `data` at `path` (its filters applied); with `write`, stored."""
        return self.git(*NO_SAFECRLF, "hash-object", *(["-w"] if write else []), "--stdin", f"--path={path}",
                        input=data)

    def _blobs(self, rev: str, paths: list[str]) -> dict[str, str]:
        proc = self.run("ls-tree", "-r", "-z", "--full-tree", rev, "--", *paths, check=False)
        out: dict[str, str] = {}
        if proc.returncode != 0:
            return out
        for rec in split_z(proc.stdout):
            meta, _, path = rec.partition("\t")
            out[path] = meta.split()[2]
        return out

    def _hash_files(self, paths: list[str]) -> list[str]:
        if not paths:
            return []
        if any("\n" in p for p in paths):  # --stdin-paths is line based; such names go one by one
            return [self.git(*NO_SAFECRLF, "hash-object", f"--path={p}", "--", p) for p in paths]
        out = self.git(*NO_SAFECRLF, "hash-object", "--stdin-paths",
                       input=b"".join(_encode(p) + b"\n" for p in paths))
        return out.split()

    # -- committing ------------------------------------------------------------------------
    def index_path(self) -> Path:
        """The user's index file (the worktree's own, or $GIT_INDEX_FILE when set)."""
        path = Path(self.git("rev-parse", "--git-path", "index"))
        return path if path.is_absolute() else (self.root / path).resolve()

    def ensure_index_free(self, *, wait: float = INDEX_LOCK_WAIT) -> None:
        """Refuse (before anything is written) when another git process holds the user's index lock."""
        lock = Path(f"{self.index_path()}.lock")
        deadline = time.monotonic() + wait
        while lock.exists():
            if time.monotonic() >= deadline:
                raise GitRefusedError(_index_locked_message(lock, written=False))
            time.sleep(0.05)

    def hooks_enabled(self) -> bool:
        env = os.environ.get(HOOKS_ENV, "").strip().lower()
        if env:
            return env in ("1", "true", "yes", "on")
        return self.config_value(HOOKS_CONFIG, bool_=True) == "true"

    def store_blobs(self, contents: Mapping[str, bytes]) -> dict[str, str]:
        """Store each path's bytes as the blob git would commit for it (its clean filter applied): the writer
        calls this BEFORE writing, so a filter that fails (git-lfs configured but not installed, a required
        filter's command missing) refuses the run with nothing changed, not after the files were written."""
        blobs = {}
        for rel, data in contents.items():
            try:
                blobs[rel] = self._hash_bytes(rel, data, write=True)
            except GitFailedError as exc:
                if "filter" not in exc.message:
                    raise  # a full disk under .git/objects: git's own words (the writer adds what is left)
                said = exc.message.split(f"{self.root}: ", 1)[-1]
                raise GitRefusedError(
                    f"git cannot store {rel}: {said} (check `git check-attr filter -- {rel}` and that filter's "
                    "command); nothing was changed") from None
        return blobs

    def check_signing(self) -> None:
        """With commit.gpgSign set, sign a throwaway commit (an unreferenced object git's gc drops) BEFORE
        anything is written: no key, a locked card or a missing gpg/ssh program refuses the run in one line
        with nothing changed, instead of failing at commit-tree after the files were written."""
        if self.config_value("commit.gpgSign", bool_=True) != "true":
            return
        who = self.identity()
        env = {"GIT_AUTHOR_NAME": who.name, "GIT_AUTHOR_EMAIL": who.email,
               "GIT_COMMITTER_NAME": os.environ.get("GIT_COMMITTER_NAME", who.name),
               "GIT_COMMITTER_EMAIL": os.environ.get("GIT_COMMITTER_EMAIL", who.email)}
        empty_tree = self.git("hash-object", "-t", "tree", "-w", "/dev/null")
        proc = self.run("commit-tree", "-S", empty_tree, env=env, input=b"deeprules: signing check\n", check=False)
        if proc.returncode != 0:
            lines = [line.strip() for line in proc.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
            said = " / ".join(lines[-2:]) or f"exit {proc.returncode}"
            raise GitRefusedError(
                f"commit.gpgSign is set but git cannot sign: {said}; set up the signing key (user.signingKey, "
                "gpg.program) or turn signing off for this repository (git config commit.gpgSign false), or pass "
                "--no-commit; nothing was changed")

    def commit_paths(self, paths: Iterable[str], message: str, *,
                     contents: Mapping[str, bytes] | None = None,
                     blobs: Mapping[str, str] | None = None) -> str | None:
        """Commit exactly `paths` on top of HEAD (as `git commit --only -- paths` would) and bring the user's
        index entries for them up to date. A path in `contents` is committed with those bytes (what deeprules
        wrote there: an edit the user saved since stays in the work tree as their uncommitted change, never
        under deeprules' message); any other path with its work-tree content. Returns the new commit id, or
        None when the commit's tree would equal HEAD's (no empty commits)."""
        paths = sorted(set(paths))
        ours = {p: contents[p] for p in paths if contents is not None and p in contents}
        if not paths or not self.changed_paths(paths, contents=ours):
            return None
        who = self.identity()
        run_hooks = self.hooks_enabled()
        stored = blobs or {}  # what the writer stored before writing (store_blobs) for these very bytes
        blobs = {p: stored.get(p) or self._hash_bytes(p, data, write=True) for p, data in ours.items()}
        for _attempt in range(COMMIT_ATTEMPTS):
            parent = self.head_sha()
            try:
                return self._commit_once(paths, message, who, parent, run_hooks=run_hooks, blobs=blobs)
            except _HeadMovedError:
                continue
        raise GitRefusedError(
            f"HEAD kept moving while deeprules committed ({COMMIT_ATTEMPTS} attempts); the files are written "
            "but not committed, and the next deeprules run commits them")

    def _commit_once(self, paths: list[str], message: str, who: Identity, parent: str | None, *,
                     run_hooks: bool, blobs: Mapping[str, str]) -> str | None:
        env = {"GIT_AUTHOR_NAME": who.name, "GIT_AUTHOR_EMAIL": who.email,
               "GIT_COMMITTER_NAME": os.environ.get("GIT_COMMITTER_NAME", who.name),
               "GIT_COMMITTER_EMAIL": os.environ.get("GIT_COMMITTER_EMAIL", who.email)}
        with self._private_index() as private:
            penv = {**env, "GIT_INDEX_FILE": str(private)}
            self.run("read-tree", parent or "--empty", env=penv)
            self._stage(paths, penv, blobs=blobs)
            base_tree = self.tree_of(parent) if parent else self.git("hash-object", "-t", "tree", "/dev/null")
            if run_hooks:
                self._hook("pre-commit", env=penv)  # it sees the commit's index, as git's partial commits do
                self._refuse_foreign_staging(paths, base_tree, penv)
            tree = self.git("write-tree", env=penv)
            if tree == base_tree:
                return None
            if run_hooks:
                message = self._commit_msg_hook(message, penv)
            # `git commit` signs when commit.gpgSign is set; plumbing's commit-tree does not read that switch, so
            # without -S the user's signed history silently got unsigned deeprules commits.
            sign = ["-S"] if self.config_value("commit.gpgSign", bool_=True) == "true" else []
            # The message is UTF-8; with i18n.commitEncoding set to another encoding, commit-tree would label it
            # so ("encoding ISO-8859-1") and `git log` showed deeprules' non-ASCII titles garbled.
            sha = self.git("-c", "i18n.commitEncoding=UTF-8", "commit-tree", *sign, tree,
                           *(["-p", parent] if parent else []), env=env, input=message.encode("utf-8"))
        self._move_head(parent, sha, message)
        if run_hooks:
            self.run("hook", "run", "--ignore-missing", "post-commit", check=False)  # git ignores its status
        return sha

    @contextlib.contextmanager
    def _private_index(self) -> Iterator[Path]:
        path = Path(tempfile.mktemp(prefix=f"{PRIVATE_PREFIX}{os.getpid()}-", dir=self.git_dir))
        try:
            yield path
        finally:
            for p in (path, Path(f"{path}.lock")):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()

    def _stage(self, paths: Iterable[str], env: Mapping[str, str], *, blobs: Mapping[str, str] | None = None) -> None:
        """Put the work-tree state of `paths` into the index named by env's GIT_INDEX_FILE; a path in `blobs`
        gets that blob instead (the bytes deeprules wrote, whatever the work tree holds now)."""
        blobs = blobs or {}
        paths = list(paths)
        fixed = [p for p in paths if p in blobs]
        present = [p for p in paths if p not in blobs and self.abs(p).is_file()]
        gone = [p for p in paths if p not in present and p not in blobs]
        if present:
            self.run(*NO_SAFECRLF, "update-index", "--add", "-z", "--stdin", env=env,
                     input=b"".join(_encode(p) + b"\0" for p in present))
        if fixed:
            modes = {rec.partition("\t")[2]: rec.split()[0]
                     for rec in split_z(self.run("ls-files", "-s", "-z", "--", *fixed, env=env).stdout)}
            self.run("update-index", "--add", "-z", "--index-info", env=env, input=b"".join(
                f"{modes.get(p) if modes.get(p) == '100755' else '100644'} {blobs[p]}\t".encode() + _encode(p)
                + b"\0" for p in fixed))
        present += fixed
        if present:
            # update-index skips a path it will not store ("Ignoring path", exit 0): such a file would never be
            # committed and stay pending forever, so it is an error here, whatever the resolver missed.
            staged = set(split_z(self.run("ls-files", "-z", "--", *present, env=env).stdout))
            skipped = [p for p in present if p not in staged]
            if skipped:
                raise GitRefusedError(f"git will not store {', '.join(skipped)} (a name it refuses on some file "
                                      "system); give that file another path in .deeprules/config.yaml")
        if gone:
            self.run(*NO_SAFECRLF, "update-index", "--force-remove", "-z", "--stdin", env=env,
                     input=b"".join(_encode(p) + b"\0" for p in gone))

    def _move_head(self, parent: str | None, sha: str, message: str) -> None:
        """Take git's index lock with the user's next index in it, move HEAD, then install the index."""
        index = self.index_path()
        lock = Path(f"{index}.lock")
        changed = split_z(self.run("diff-tree", "-r", "-z", "--no-renames", "--name-only", parent, sha).stdout
                          if parent else self.run("ls-tree", "-r", "-z", "--name-only", sha).stdout)
        deadline = time.monotonic() + INDEX_LOCK_WAIT
        while True:
            before = _stat_key(index)
            with self._private_index() as nxt:
                if index.exists():
                    shutil.copyfile(index, nxt)
                nenv = {"GIT_INDEX_FILE": str(nxt)}
                # Restaging an entry drops the user's assume-unchanged bit (`git update-index
                # --assume-unchanged`): theirs, not ours to clear, so it is set again on the new entry.
                assumed = [rec[2:] for rec in split_z(self.run("ls-files", "-v", "-z", "--", *changed,
                                                               env=nenv).stdout)
                           if rec[:1].islower()] if changed else []
                self._stage(changed, nenv)
                # What the work tree holds may differ from the commit (edited meanwhile, a hook's change):
                # the index must hold the commit's version, or the user's next commit would revert ours.
                behind = split_z(self.run("diff-index", "--cached", "--name-only", "-z", sha, "--", *changed,
                                          env=nenv).stdout) if changed else []
                if behind:
                    self._set_from_tree(nxt, sha, behind)
                if assumed:  # those our commit kept (a file it removed has no entry left to mark)
                    assumed = split_z(self.run("ls-files", "-z", "--", *assumed, env=nenv).stdout)
                if assumed:
                    self.run("update-index", "--assume-unchanged", "-z", "--stdin", env=nenv,
                             input=b"".join(_encode(p) + b"\0" for p in assumed))
                self._journal(f"index-lock\t{nxt.stat().st_ino}\t{sha}\t{parent or ''}\t{_journal_path(index)}")
                try:
                    os.link(nxt, lock)  # exclusive, like git's own O_EXCL, and the content is already final
                except FileExistsError:
                    self._journal("")
                    if time.monotonic() < deadline:
                        time.sleep(0.05)
                        continue
                    raise GitRefusedError(_index_locked_message(lock, written=True)) from None
            try:
                if _stat_key(index) != before:  # changed between our copy and our lock: build it again
                    lock.unlink()
                    self._journal("")
                    continue
                reason = f"deeprules: {message.splitlines()[0]}"
                proc = self.run("update-ref", "-m", reason, "HEAD", sha, parent or "", check=False)
                if proc.returncode != 0:
                    lock.unlink()
                    self._journal("")
                    if self.head_sha() != parent:
                        raise _HeadMovedError
                    lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
                    if any("lock" in line for line in lines) and time.monotonic() < deadline:
                        time.sleep(0.05)  # another process is updating the branch: try again
                        raise _HeadMovedError
                    raise GitFailedError(f"git update-ref failed: {lines[-1] if lines else proc.returncode}")
                COMMITTED.append(sha)
                os.replace(lock, index)
                self._journal("")
                return
            except BaseException:
                # Never leave the index behind a HEAD we moved, nor git's lock behind us.
                with contextlib.suppress(OSError, DeeprulesError):
                    moved = self.head_sha() == sha
                    if moved and sha not in COMMITTED:
                        COMMITTED.append(sha)
                    if lock.exists():
                        if moved:
                            os.replace(lock, index)
                        else:
                            lock.unlink()
                    self._journal("")
                raise

    def _set_from_tree(self, index_file: Path, sha: str, paths: list[str]) -> None:
        env = {"GIT_INDEX_FILE": str(index_file)}
        entries = self.run("ls-tree", "-z", "--full-tree", sha, "--", *paths).stdout
        found = {rec.partition("\t")[2] for rec in split_z(entries)}
        gone = [p for p in paths if p not in found]
        if gone:
            self.run("update-index", "--force-remove", "-z", "--stdin", env=env,
                     input=b"".join(_encode(p) + b"\0" for p in gone))
        if entries:
            self.run("update-index", "-z", "--index-info", env=env, input=entries)

    # -- hooks -----------------------------------------------------------------------------
    def _hook(self, name: str, *args: str, env: Mapping[str, str]) -> None:
        proc = self.run("hook", "run", "--ignore-missing", name, *(["--", *args] if args else []), env=env,
                        check=False)
        if proc.returncode != 0:
            said = (proc.stdout + proc.stderr).decode("utf-8", "replace").strip().splitlines()
            shown = " / ".join(line.strip() for line in said[-3:] if line.strip()) or f"exit {proc.returncode}"
            raise GitRefusedError(f"the {name} hook refused deeprules' commit: {shown}; the files are written "
                                  "but not committed, and the next deeprules run commits them")

    def _refuse_foreign_staging(self, paths: list[str], base_tree: str, env: Mapping[str, str]) -> None:
        """A pre-commit hook may re-stage what it formats, but only deeprules' own files: one that runs
        `git add -u` (a common formatter hook) would otherwise sweep the user's unstaged work into deeprules'
        commit, and the index update after it would overwrite what the user had staged."""
        ours = set(paths)
        staged = split_z(self.run("diff-index", "--cached", "--name-only", "-z", base_tree, env=env).stdout)
        foreign = [p for p in staged if p not in ours]
        if foreign:
            shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
            raise GitRefusedError(
                f"the pre-commit hook staged {shown}, which deeprules does not own; deeprules commits only its own "
                "files, so nothing was committed (the files are written, and the next deeprules run commits them; "
                "or run it with --no-run-hooks)")

    def _commit_msg_hook(self, message: str, env: Mapping[str, str]) -> str:
        fd, msg_file = tempfile.mkstemp(prefix=f"{PRIVATE_PREFIX}{os.getpid()}-msg-", dir=self.git_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(message if message.endswith("\n") else message + "\n")
            self._hook("commit-msg", msg_file, env=env)
            edited = Path(msg_file).read_text(encoding="utf-8")
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(msg_file)
        kept = "\n".join(line for line in edited.splitlines() if not line.startswith("#")).strip()
        return kept or message

    # -- history ---------------------------------------------------------------------------
    def log_paths(self, paths: Iterable[str], *, max_count: int | None = None) -> list[dict[str, str]]:
        """The commits that touched `paths`, newest first (sha, date, author, subject)."""
        args = ["log", "-z", "--format=%H%x1f%aI%x1f%an%x1f%s"]
        if max_count:
            args.append(f"--max-count={max_count}")
        if self.is_unborn:
            return []
        proc = self.run(*args, "--", *paths, check=False)
        if proc.returncode != 0:
            return []
        rows = []
        for rec in proc.stdout.decode("utf-8", "replace").split("\0"):
            fields = rec.strip("\n").split("\x1f", 3)
            if len(fields) == 4:
                sha, date, author, subject = fields
                rows.append({"sha": sha, "date": date, "author": author, "subject": subject})
        return rows


def _journal_path(path: Path | str) -> str:
    """A path in the lock file's journal line: its bytes in hex, since a repository's path may hold a tab, a
    newline or bytes that are not UTF-8 (writing one was a UnicodeEncodeError after HEAD moved)."""
    return "hex:" + os.fsencode(path).hex()


def _noted_path(noted: str) -> str:
    """The path `_journal_path` wrote (or, from an older deeprules, the path as text)."""
    if noted.startswith("hex:"):
        with contextlib.suppress(ValueError):
            return os.fsdecode(bytes.fromhex(noted[4:]))
    return noted


def _command_name(args: tuple[str, ...]) -> str:
    """The git subcommand in `args`, past leading `-c key=value` options (an error said "git -c failed")."""
    i = 0
    while i < len(args) - 1 and args[i] == "-c":
        i += 2
    return args[i] if i < len(args) else args[0]


def _index_locked_message(lock: Path, *, written: bool) -> str:
    tail = ("the files are written but not committed, and the next deeprules run commits them" if written
            else "nothing was changed")
    return (f"another git process holds {lock} (an editor, an IDE or another shell); let it finish and run "
            f"again, or delete that file if no git process is running; {tail}")


def _read_bytes(path: Path) -> bytes | None:
    """A regular file's bytes; None for anything else (reading a named pipe would block)."""
    try:
        return path.read_bytes() if stat.S_ISREG(path.lstat().st_mode) else None
    except OSError:
        return None


def _stat_key(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _create_with(path: Path, text: str) -> None:
    """Create `path` exclusively, already holding `text` (FileExistsError when it exists)."""
    fd, tmp = tempfile.mkstemp(prefix=f"{PRIVATE_PREFIX}{os.getpid()}-lock-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)
        os.link(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stale(lock: Path) -> bool:
    """A lock left by a process that no longer exists (on this machine) is stale; so is an unreadable one
    (an older deeprules could die between creating it and writing its pid) once it is a minute old."""
    try:
        pid = int(lock.read_text().split("\n", 1)[0].strip() or "0")
    except (OSError, ValueError):
        pid = 0
    if pid <= 0:
        try:
            return time.time() - lock.stat().st_mtime > 60
        except OSError:
            return False
    return not _alive(pid)
