"""The one output sink: a rich rendering for people, `--json` for scripts, and the one place that turns
a core error into a one-line message and an exit code.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import typer

from ..errors import DeeprulesError

F = TypeVar("F", bound=Callable[..., Any])


def console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def error(message: str) -> None:
    """One line on stderr; no traceback, no colour codes when piped."""
    sys.stderr.write(f"deeprules: error: {message}\n")


def warn(message: str) -> None:
    sys.stderr.write(f"deeprules: warning: {message}\n")


def info(message: str) -> None:
    sys.stderr.write(f"{message}\n")


ProgressFn = Callable[[int, int], None]


@contextlib.contextmanager
def progress(label: str, *, enabled: bool = True) -> Iterator[ProgressFn | None]:
    """A progress bar on stderr for a long operation, as `update(done, total)`; None (and silence) when stderr
    is not a terminal (piped, CI) or `enabled` is false, so scripts and JSON output see nothing extra."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=console(stderr=True), transient=True)
    task = bar.add_task(label, total=None)

    def update(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    with bar:
        yield update


def emit(data: Any, *, as_json: bool, render: Callable[[Any], None] | None = None) -> None:
    """Print `data` as JSON (stable key order, UTF-8) or through `render(console)`."""
    if as_json or render is None:
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
    else:
        render(console())


def errors_to_exit(func: F) -> F:
    """Map the core's errors to `deeprules: error: ...` and their exit code. Wraps every command."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DeeprulesError as exc:
            error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            error("interrupted; nothing was committed")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]
