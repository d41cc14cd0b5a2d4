"""The one path resolver: every path deeprules takes from a config file or an argument and then reads or writes
inside a repository goes through here.

A repository path must stay inside the work tree: not absolute, no `..` that leaves it, not into `.git` (or
any `.git` component), not into a nested repository (a folder with its own `.git`: its files belong to another
repository), and never through a symlink (a cloned repository can point a symlink anywhere). Checks are in two
steps so a config file can be validated before any file is touched:

- `normalize(raw)`: lexical; returns the POSIX repo-relative form (`./a//b` -> `a/b`).
- `resolve(root, raw)`: `normalize`, then walks the components on disk refusing symlinks and nested
  repositories; returns the relative path. `absolute(root, raw)` returns `root / resolve(...)`.

`check_distinct` keeps the configured generated files (plan, card, ethics, manifest, test_lock) on different
paths, none inside another. `user_file` is for files the user names on the command line as input or export
destination (`--answers FILE`, `--html OUT`): those may be anywhere the user chooses, but when they fall inside
the repository they obey the same rules. `plain_folder` is the policy for checking a folder outside git.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from .errors import InputError, UnsafePathError

__all__ = ["absolute", "broken_head", "check_distinct", "check_generated", "git_env_mismatch", "normalize",
           "plain_folder", "resolve", "unusable_repository", "user_file"]

# Control characters, C1 controls and the bidirectional overrides (encode's set): a file name holding one prints
# as something else than it is, and git quotes it.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Code points HFS+ ignores in names (git's core.protectHFS list): `.g\u200cit` *is* `.git` on a Mac.
_HFS_IGNORED = re.compile("[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]")
# A name's undecodable bytes, as os.fsdecode keeps them (surrogate escapes).
_NOT_UTF8 = re.compile("[\udc80-\udcff]")
NAME_MAX_BYTES = 255  # the longest file name ext4, APFS and NTFS accept


def is_git_dir_name(part: str) -> bool:
    """Whether a path component names `.git` on some file system, as git itself judges it (core.protectNTFS and
    core.protectHFS): any case, trailing dots or spaces, an NTFS stream (`.git::$INDEX_ALLOCATION`), the NTFS
    short name `git~1`, or HFS+'s ignored code points inside."""
    name = _HFS_IGNORED.sub("", part).casefold().split(":", 1)[0].rstrip(". ")
    return name in (".git", "git~1")


def normalize(raw: str | os.PathLike[str], *, what: str = "path") -> str:
    """The repo-relative POSIX form of `raw`, refusing what can never be a repository file: empty, absolute
    (including `C:` and `\\\\server` forms), leaving the repository through `..`, inside `.git`, or holding a
    NUL or control character."""
    text = os.fspath(raw)
    shown = ascii(text) if _CONTROL.search(text) else text
    if not text.strip():
        raise UnsafePathError(f"{what} is empty; give a path relative to the repository")
    if _CONTROL.search(text):
        raise UnsafePathError(f"{what} {shown} contains a control or text-direction character")
    if _NOT_UTF8.search(text):  # bytes the file system gave that are not UTF-8: no UTF-8 file can record the name
        raise UnsafePathError(f"{what} {os.fsencode(text).decode('ascii', 'backslashreplace')} is not UTF-8; "
                              "rename it (deeprules records file names in UTF-8 files)")
    posix = text.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":" and posix[0].isalpha()):
        raise UnsafePathError(f"{what} {shown} is absolute; give a path relative to the repository")
    parts: list[str] = []
    for part in posix.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                raise UnsafePathError(f"{what} {shown} is outside the repository (its .. climbs out)")
            parts.pop()
            continue
        if is_git_dir_name(part):
            raise UnsafePathError(f"{what} {shown} points into .git")
        if len(part.encode("utf-8", "surrogateescape")) > NAME_MAX_BYTES:
            raise UnsafePathError(f"{what} {shown[:60]}... has a name longer than {NAME_MAX_BYTES} bytes")
        parts.append(part)
    if not parts:
        raise UnsafePathError(f"{what} {shown} is the repository itself, not a file in it")
    return PurePosixPath(*parts).as_posix()


def resolve(root: Path, raw: str | os.PathLike[str], *, what: str = "path", kind: str | None = None) -> str:
    """`raw` (relative to `root`, or absolute inside it) as a safe repo-relative POSIX path: see the module
    docstring. Missing components are fine (a file about to be written); existing ones must be real folders
    (or the final file), never symlinks, never another repository's work tree. With `kind` ("file" or
    "folder") the path must name that kind of thing: a file path given with a trailing slash, or one that
    exists as a folder (and the reverse), is refused here rather than failing half-way through a write."""
    root = Path(root)
    candidate = os.fspath(raw)
    if kind == "file" and candidate.rstrip(" ").endswith(("/", "\\")):
        raise UnsafePathError(f"{what} {candidate} ends with a slash, but it names a file")
    if os.path.isabs(candidate):
        norm = os.path.normpath(candidate)
        real_root = os.path.normpath(str(root))
        try:
            candidate = os.path.relpath(norm, real_root)
        except ValueError:  # another drive on Windows
            raise UnsafePathError(f"{what} {raw} is outside the repository {root}") from None
        if candidate == ".." or candidate.startswith(".." + os.sep):
            raise UnsafePathError(f"{what} {raw} is outside the repository {root}")
    rel = normalize(candidate, what=what)
    current = root
    parts = rel.split("/")
    for i, part in enumerate(parts):
        current = current / part
        shown = "/".join(parts[: i + 1])
        last = i == len(parts) - 1
        try:
            if current.is_symlink():
                raise UnsafePathError(f"{what} {rel} goes through a symlink ({shown}); "
                                      "deeprules never reads or writes through symlinks")
            if not current.exists():
                break
            is_dir = current.is_dir()
            if is_dir and (current / ".git").exists():
                raise UnsafePathError(f"{what} {rel} is inside a nested repository ({shown} has its own .git); "
                                      "its files belong to that repository")
        except OSError as exc:  # a name too long, no permission to look: refused, never a traceback
            raise UnsafePathError(f"{what} {rel}: cannot look at {shown} ({exc.strerror or exc})") from None
        if not last and not is_dir:
            raise UnsafePathError(f"{what} {rel} is inside {shown}, which is a file, not a folder")
        if last and kind == "file" and is_dir:
            raise UnsafePathError(f"{what} {rel} is a folder; it must name a file")
        if last and kind == "folder" and not is_dir:
            raise UnsafePathError(f"{what} {rel} is a file; it must name a folder")
    return rel


def absolute(root: Path, raw: str | os.PathLike[str], *, what: str = "path", kind: str | None = None) -> Path:
    """`root / resolve(root, raw)`."""
    return Path(root) / resolve(root, raw, what=what, kind=kind)


# The generated files a config may place. Folders hold many files; the others are single files.
FOLDER_KEYS = frozenset({"ethics"})

# deeprules' own state folder and the names in it that are not generated files (answers, settings, the lab's
# concerns, recorded results, render bases, recorded runs): a configured file there would overwrite one of
# them or be overwritten by it. tests/test_paths_hostile.py keeps this in step with the modules' constants.
STATE_FOLDER = ".deeprules"
STATE_NAMES = frozenset({"answers.yaml", "config.yaml", "concerns.yaml", "results.json", "rendered", "baselines",
                         "audit"})
# Files git or a CI service gives a meaning: generated Markdown written there changes how the repository
# behaves (attributes, ignores, submodules, hooks, workflows), not what it documents.
CONTROL_NAMES = frozenset({".gitattributes", ".gitignore", ".gitmodules", ".mailmap", ".gitlab-ci.yml",
                           ".pre-commit-config.yaml"})
CONTROL_FOLDERS = (".github/workflows", ".githooks", ".husky")


def check_generated(key: str, rel: str) -> None:
    """Refuse a configured generated file (`paths.<key>`, already `resolve`d) that would take the place of
    deeprules' own state or of a file git or CI acts on. Only `test_lock` may live in `.deeprules/`, directly,
    under a name of its own."""
    parts = rel.casefold().split("/")
    if parts[0] == STATE_FOLDER and (key != "test_lock" or len(parts) != 2 or parts[1] in STATE_NAMES):
        raise UnsafePathError(f"paths.{key} {rel} is inside {STATE_FOLDER}/, where deeprules keeps its answers, "
                              "settings and render bases; place it elsewhere")
    folded = "/".join(part.rstrip(". ") for part in parts)  # `.gitmodules.` is `.gitmodules` on NTFS
    if folded.rsplit("/", 1)[-1] in CONTROL_NAMES or any(folded == f or folded.startswith(f + "/")
                                                          for f in CONTROL_FOLDERS):
        raise UnsafePathError(f"paths.{key} {rel} is a file git or CI acts on; deeprules writes its generated "
                              "files only where they are documents")


def check_distinct(paths: Mapping[str, str], *, source: str = "config") -> None:
    """Refuse two generated files on one path, or a file placed inside another generated file or inside the
    ethics folder (the register would read it as a concern, or one write would replace the other)."""
    items = sorted(paths.items())
    for i, (key_a, a) in enumerate(items):
        for key_b, b in items[i + 1:]:
            if a.casefold() == b.casefold():
                raise InputError(f"{source}: paths.{key_a} and paths.{key_b} are the same path ({a}); "
                                 "each generated file needs its own")
            for outer_key, outer, inner_key, inner in ((key_a, a, key_b, b), (key_b, b, key_a, a)):
                if inner.casefold().startswith(outer.casefold() + "/"):
                    kind = "folder" if outer_key in FOLDER_KEYS else "file"
                    raise InputError(f"{source}: paths.{inner_key} ({inner}) is inside paths.{outer_key} "
                                     f"({outer}), a generated {kind}; place them apart")


def user_file(raw: str | os.PathLike[str], *, repo_root: Path | None, what: str = "file") -> Path:
    """A file the user named on the command line (an input to read or an export to write). It may be outside
    the repository (the user chose it), but a path inside the work tree obeys `resolve` (no .git, no nested
    repository, no symlinked folder)."""
    path = Path(raw)
    if repo_root is None:
        return path
    full = Path(os.path.abspath(path))
    root = Path(os.path.abspath(repo_root))
    try:
        full.relative_to(root)
    except ValueError:
        # Outside the work tree, except that `.git` of this repository is always off limits.
        return path
    resolve(root, full, what=what)
    return path


def unusable_repository(folder: Path) -> str | None:
    """Why git refuses the repository `folder` is in, as one line, or None when there is none to refuse (no
    `.git` above it, or git finds a usable one). A linked worktree whose main repository moved, or a repository
    another user owns (git's safe.directory), is a repository all the same: treating it as a plain folder would
    check it without its history, and `git init` there would fail or nest a new repository."""
    import subprocess

    folder = Path(folder).resolve()
    marker = next((d / ".git" for d in (folder, *folder.parents) if os.path.lexists(d / ".git")), None)
    if marker is None:
        return None
    try:
        proc = subprocess.run(["git", "rev-parse", "--git-dir"], cwd=folder, capture_output=True, check=False)
    except OSError:
        return None
    said = [line.strip() for line in os.fsdecode(proc.stderr).splitlines() if line.strip()]
    if proc.returncode == 0 or not said or "(or any" in said[0]:  # none found (a ceiling, another file system)
        return None
    why = said[0].removeprefix("fatal: ")
    if "safe.directory" in os.fsdecode(proc.stderr):
        hint = f"if you trust it, run `git config --global --add safe.directory {marker.parent}`"
    elif marker.is_file():
        hint = ("it is a linked worktree whose main repository moved or was deleted; run `git worktree repair "
                f"{marker.parent}` in the main repository")
    else:
        hint = "repair the repository (git fsck) or run deeprules elsewhere"
    return f"{marker}: git cannot open this repository ({why}); {hint}"


_OBJECT_ID = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


def broken_head(git_dir: Path) -> str | None:
    """One line when HEAD's branch is broken: its loose ref file exists but holds no commit id (a crash while
    git wrote it, a sync tool's conflict copy, a bad edit). git then answers as on an unborn branch ("no commit
    yet"), so deeprules called every committed file of its own "staged", `check` said "no commit yet" and
    `history` "has no commits yet". Read from the files (no git process): a finder calls it on every command."""
    try:
        head = (git_dir / "HEAD").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    if not head.startswith("ref:"):
        return None
    ref = head[4:].strip()
    common = git_dir
    with contextlib.suppress(OSError):
        common = (git_dir / (git_dir / "commondir").read_text(encoding="utf-8").strip()).resolve()
    loose = (git_dir if ref.startswith(("refs/bisect/", "refs/worktree/")) else common) / ref
    try:
        content = loose.read_text(encoding="utf-8", errors="replace").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None  # an unborn branch, or a packed ref
    except OSError as exc:
        return f"{loose}: cannot read HEAD's branch ({exc.strerror or exc}); repair it and run again"
    if _OBJECT_ID.fullmatch(content) or re.fullmatch(r"ref:\s*refs/\S+", content):
        return None
    shown = ascii(content[:40]) if content else "nothing"
    branch = ref.removeprefix("refs/heads/")
    return (f"{loose}: HEAD's branch {branch} is broken (the file holds {shown}, not a commit id); repair it "
            f"(`git reflog {branch}` shows where it was, `git update-ref {ref} <commit>` sets it) and run again")


GIT_LOCATION_VARS = ("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR")


def git_env_mismatch(folder: Path) -> str | None:
    """One line when GIT_DIR / GIT_WORK_TREE / GIT_COMMON_DIR (a stray export, a hook of another repository)
    make git see another repository or work tree at `folder` than the one it is in; None when unset or when
    they agree. Every git command deeprules runs inherits them: with GIT_DIR=A exported and the project in B,
    deeprules wrote its files into B and committed them into A's history (A's work tree then showed them
    deleted)."""
    import subprocess

    set_vars = [v for v in GIT_LOCATION_VARS if os.environ.get(v)]
    if not set_vars:
        return None
    clean = {k: v for k, v in os.environ.items() if k not in GIT_LOCATION_VARS}

    def where(env: Mapping[str, str]) -> tuple[str, ...]:
        try:
            proc = subprocess.run(["git", "rev-parse", "--absolute-git-dir", "--show-toplevel"], cwd=folder,
                                  env=dict(env), capture_output=True, check=False)
        except OSError:
            return ()
        lines = os.fsdecode(proc.stdout).splitlines() if proc.returncode == 0 else []
        return tuple(str(Path(line).resolve()) for line in lines if line)

    with_env, without = where(os.environ), where(clean)
    if with_env == without:
        return None
    def described(found: tuple[str, ...]) -> str:
        if not found:
            return "no repository"
        return f"{found[0]} (work tree {found[1]})" if len(found) > 1 else found[0]

    shown = " and ".join(f"{v}={os.environ[v]}" for v in set_vars)
    return (f"{Path(folder).resolve()}: with {shown} set, git would use {described(with_env)}, but this folder is "
            f"in {described(without)}; unset {' and '.join(set_vars)} and run again")


def plain_folder(folder: Path) -> Path:
    """The policy for `check` outside a git work tree: a project folder is walked, but never the file-system
    root, the home folder or a folder above it (a mistyped `-C /` would walk every disk); run `git init` in the
    project, or pass its folder."""
    folder = Path(folder).resolve()
    if folder == Path(folder.anchor):
        raise InputError(f"{folder} is the file-system root and not a git work tree; deeprules checks one "
                         "project: pass its folder with -C, or run it inside the project")
    try:
        home = Path.home().resolve()
    except (RuntimeError, KeyError, OSError):  # no HOME: nothing to compare
        return folder
    if folder == home or home.is_relative_to(folder):
        raise InputError(f"{folder} contains your home folder and is not a git work tree; deeprules checks one "
                         "project: pass its folder with -C, or run it inside the project")
    return folder
