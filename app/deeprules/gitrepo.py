"""The one git helper (GitPython). Finds the repository, refuses unsafe states, holds the write lock,
resolves paths safely, reads files at revisions, and commits exactly the paths it is given.

Committing only our paths without touching the user's index: we build the commit in a private, temporary
index (GIT_INDEX_FILE) seeded from HEAD, write the tree, create the commit with `commit-tree`, move the
branch with `update-ref` (guarded by the old value), and finally refresh just our paths in the user's
index so `git status` shows them clean. The user's staged and unstaged changes elsewhere stay as they
were.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import GitRefusedError, InputError, NotARepoError

LOCK_NAME = "deeprules.lock"
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


class GitRepo:
    """A work tree deeprules may write into."""

    def __init__(self, repo: Any) -> None:
        self.repo = repo
        self.root = Path(repo.working_tree_dir).resolve()
        self.git_dir = Path(repo.git_dir).resolve()
        self._lock_owner: int | None = None  # the thread holding lock(), which may lock again

    # -- finding ---------------------------------------------------------------------------
    @classmethod
    def find(cls, start: Path, *, init: bool = False) -> GitRepo:
        """The repository containing `start`; with `init`, create one in `start` when there is none."""
        import git

        start = Path(start)
        if not start.exists():
            raise InputError(f"{start}: no such folder")
        if not start.is_dir():
            raise InputError(f"{start}: not a folder")
        try:
            repo = git.Repo(start, search_parent_directories=True)
        except git.InvalidGitRepositoryError:
            if not init:
                raise NotARepoError(
                    f"{start.resolve()} is not inside a git repository",
                    hint="run `git init` there, or pass --git-init",
                ) from None
            repo = git.Repo.init(start)
        except git.NoSuchPathError:
            raise InputError(f"{start}: no such folder") from None
        if repo.bare or repo.working_tree_dir is None:
            raise NotARepoError(f"{start}: a bare repository has no work tree to write into")
        return cls(repo)

    # -- state -----------------------------------------------------------------------------
    @property
    def is_unborn(self) -> bool:
        try:
            self.repo.head.commit  # noqa: B018 - raises on an unborn branch
        except ValueError:
            return True
        return False

    @property
    def is_detached(self) -> bool:
        return bool(self.repo.head.is_detached)

    @property
    def branch(self) -> str | None:
        if self.is_detached:
            return None
        return str(self.repo.head.reference.name)

    def head_sha(self) -> str | None:
        return None if self.is_unborn else str(self.repo.head.commit.hexsha)

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
            unmerged = self.repo.git.ls_files("-u", "--", *paths).strip()
            if unmerged:
                names = sorted({line.split("\t", 1)[1] for line in unmerged.splitlines()})
                raise GitRefusedError(f"unresolved git conflicts in {', '.join(names)}; resolve them first")
            if refuse_staged and not self.is_unborn:
                staged = self.repo.git.diff("--cached", "--name-only", "--", *paths).split()
                if staged:
                    raise GitRefusedError(
                        f"{', '.join(staged)} has staged changes; commit them or unstage them "
                        f"(git restore --staged {' '.join(staged)}) and run again, or pass --no-commit")

    def identity(self) -> Identity:
        """Author from the environment (GIT_AUTHOR_*) or the user's git config, as git itself would."""
        reader = self.repo.config_reader()
        name = os.environ.get("GIT_AUTHOR_NAME") or reader.get_value("user", "name", default="")
        email = os.environ.get("GIT_AUTHOR_EMAIL") or reader.get_value("user", "email", default="")
        if not name or not email:
            raise GitRefusedError(
                "git does not know who you are, so deeprules cannot commit",
                hint='run git config user.name "Your Name" && git config user.email you@example.org, '
                "or pass --no-commit",
            )
        return Identity(str(name), str(email))

    # -- paths -----------------------------------------------------------------------------
    def rel(self, path: str | Path, *, what: str = "path") -> str:
        """A repo-relative POSIX path for `path` (relative to the root), refusing anything that leaves the
        repository, goes through a symlink, points into .git or into a nested repository (see paths.resolve)."""
        from .paths import resolve  # the one path resolver (issue 11); this method is its write-side entry

        return resolve(self.root, path, what=what)

    def abs(self, rel: str) -> Path:
        return self.root / rel

    # -- reading ---------------------------------------------------------------------------
    def show(self, rev: str, rel: str) -> str | None:
        """The text of `rel` at `rev` (a commit-ish, or ":" for the index), None if absent."""
        import git

        spec = f":{rel}" if rev == ":" else f"{rev}:{rel}"
        try:
            return str(self.repo.git.show(spec, strip_newline_in_stdout=False))
        except git.GitCommandError:
            return None

    # -- locking ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """One deeprules writer at a time per repository (the lock lives in .git, never in the tree).

        Re-entrant in the thread that holds it, so a caller can read, compute and call the writer (which
        locks too) in one critical section."""
        if self._lock_owner == threading.get_ident():
            yield
            return
        path = self.git_dir / LOCK_NAME
        for _attempt in (1, 2):
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
                break
            except FileExistsError:
                if _attempt == 1 and _stale(path):
                    with contextlib.suppress(FileNotFoundError):
                        path.unlink()
                    continue
                raise GitRefusedError(
                    f"another deeprules run is writing to this repository (lock {path}); "
                    "if none is running, delete that file"
                ) from None
        try:
            os.write(fd, str(os.getpid()).encode())
            os.close(fd)
            self._lock_owner = threading.get_ident()
            yield
        finally:
            self._lock_owner = None
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    # -- committing ------------------------------------------------------------------------
    def changed_paths(self, paths: Iterable[str]) -> list[str]:
        """Of `paths`, those whose work-tree content differs from HEAD (added, modified or deleted)."""
        paths = sorted(set(paths))
        if not paths:
            return []
        unborn = self.is_unborn
        out = []
        for rel in paths:
            at_head = None if unborn else self._head_blob(rel)
            full = self.abs(rel)
            now = self._blob_id(full.read_bytes()) if full.is_file() else None
            if at_head != now:
                out.append(rel)
        return out

    def _blob_id(self, data: bytes) -> str:
        import hashlib

        return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()

    def _head_blob(self, rel: str) -> str | None:
        import git

        try:
            return str(self.repo.git.rev_parse(f"HEAD:{rel}"))
        except git.GitCommandError:
            return None

    def commit_paths(self, paths: Iterable[str], message: str) -> str | None:
        """Commit the current work-tree content of exactly `paths` on top of HEAD. Returns the new sha,
        or None when none of them differs from HEAD."""
        changed = self.changed_paths(paths)
        if not changed:
            return None
        who = self.identity()
        parent = self.head_sha()
        fd, index_file = tempfile.mkstemp(prefix="deeprules-index-", dir=self.git_dir)
        os.close(fd)
        os.unlink(index_file)  # git wants to create it itself
        env = {**os.environ, "GIT_INDEX_FILE": index_file,
               "GIT_AUTHOR_NAME": who.name, "GIT_AUTHOR_EMAIL": who.email,
               "GIT_COMMITTER_NAME": os.environ.get("GIT_COMMITTER_NAME", who.name),
               "GIT_COMMITTER_EMAIL": os.environ.get("GIT_COMMITTER_EMAIL", who.email)}
        g = self.repo.git
        try:
            if parent:
                g.read_tree(parent, env=env)
            else:
                g.read_tree("--empty", env=env)
            present = [p for p in changed if self.abs(p).is_file()]
            gone = [p for p in changed if not self.abs(p).is_file()]
            if present:
                g.update_index("--add", "--", *present, env=env)
            if gone:
                g.update_index("--force-remove", "--", *gone, env=env)
            tree = g.write_tree(env=env).strip()
            args = [tree, "-m", message] + (["-p", parent] if parent else [])
            sha = str(g.commit_tree(*args, env=env)).strip()
            # Guarded move: fails if someone committed meanwhile, instead of losing their commit.
            g.update_ref("-m", f"deeprules: {message.splitlines()[0]}", "HEAD", sha, parent or "0" * 40)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(index_file)
        # Refresh only our entries in the user's index, so they show as clean; nothing else is touched.
        present = [p for p in changed if self.abs(p).is_file()]
        gone = [p for p in changed if not self.abs(p).is_file()]
        if present:
            g.update_index("--add", "--", *present)
        if gone:
            g.update_index("--force-remove", "--", *gone)
        return sha

    def log_paths(self, paths: Iterable[str], *, max_count: int | None = None) -> list[dict[str, str]]:
        """The commits that touched `paths`, newest first (sha, date, author, subject)."""
        import git

        args = ["--format=%H%x1f%aI%x1f%an%x1f%s"]
        if max_count:
            args.append(f"--max-count={max_count}")
        if self.is_unborn:
            return []
        try:
            out = self.repo.git.log(*args, "--", *paths)
        except git.GitCommandError:
            return []
        rows = []
        for line in out.splitlines():
            sha, date, author, subject = line.split("\x1f", 3)
            rows.append({"sha": sha, "date": date, "author": author, "subject": subject})
        return rows


def _stale(lock: Path) -> bool:
    """A lock left by a process that no longer exists (on this machine) is stale."""
    try:
        pid = int(lock.read_text().strip() or "0")
    except (OSError, ValueError):
        return False
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
