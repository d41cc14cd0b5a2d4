"""The exceptions the core raises. Each carries the exit code the shells map it to.

Exit codes: 0 success, 1 "ran fine but the answer is no" (conflicts, a failed gate), 2 bad input
or a refused operation. Messages are one line, meant for a human, and name what to do next.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the closest of `choices` to a mistyped `word`, or "" when none is close."""
    close = difflib.get_close_matches(str(word).strip().lower(), [str(c) for c in choices], n=1, cutoff=0.7)
    return f" (did you mean {close[0]!r}?)" if close else ""


class DeeprulesError(Exception):
    """Base class: a one-line, user-facing message and an exit code."""

    exit_code: int = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"


class InputError(DeeprulesError):
    """A file or value given by the user is unreadable, malformed or not allowed."""


class OutputError(DeeprulesError):
    """The result could not be written (standard output closed, the disk full)."""


class KnowledgeError(DeeprulesError):
    """The bundled knowledge base is inconsistent (a bug in deeprules, caught by its tests)."""

    exit_code = 3


class NotARepoError(DeeprulesError):
    """The folder is not inside a git work tree."""


class GitRefusedError(DeeprulesError):
    """The repository is in a state where writing would be unsafe (merge, rebase, conflicts, lock)."""


class WriteFailedError(DeeprulesError):
    """The file system refused a write (full, read-only, a quota, no permission): named, never a traceback."""


class UnsafePathError(DeeprulesError):
    """A path leaves the repository or goes through a symlink."""


class ConflictError(DeeprulesError):
    """A re-render overlapped a user edit: conflict markers written, nothing committed."""

    exit_code = 1

    def __init__(self, message: str, paths: list[str]) -> None:
        super().__init__(message)
        self.paths = paths


class GateFailed(DeeprulesError):
    """A check ran and its answer is "no" (a score under the threshold, a strict card check)."""

    exit_code = 1


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP (a `timeout`, a CI runner cancelling, a closed terminal) during a command, raised where
    the signal lands so it unwinds as Ctrl+C does: git's index lock dropped or installed, deeprules' lock
    released. Python's default for SIGTERM ends the process at once, which left .git/index.lock behind a
    killed commit and every `git add` refused until the next deeprules run."""

    def __init__(self, signum: int, name: str) -> None:
        super().__init__(name)
        self.signum = signum
        self.name = name
