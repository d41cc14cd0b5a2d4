"""The exceptions the core raises. Each carries the exit code the shells map it to.

Exit codes: 0 success, 1 "ran fine but the answer is no" (conflicts, a failed gate), 2 bad input
or a refused operation. Messages are one line, meant for a human, and name what to do next.
"""

from __future__ import annotations


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
