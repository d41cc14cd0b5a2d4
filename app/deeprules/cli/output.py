"""The one output sink: a rich rendering for people, `--json` for scripts, and the one place that turns
a core error into a one-line message and an exit code.

Repository text is hostile (issue 11): the console strips escape sequences and control characters from every
text segment it writes, whatever the renderer passed in (Rich's own styling is kept), and renderers wrap repo
text in `term()` / `term_line()` (encode.terminal) so markup in a title prints as typed. Messages on stderr go
through encode.strip_controls. JSON needs nothing: json.dumps escapes control characters.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from ..encode import strip_controls, terminal, terminal_line
from ..errors import DeeprulesError, OutputError, Terminated

term = terminal  # repository text inside a Rich markup string or table cell
term_line = terminal_line  # the same, on one line (titles, subjects, author names)

F = TypeVar("F", bound=Callable[..., Any])
# C1 controls and bidi overrides (json escapes only C0), and lone surrogates (a file name that is not UTF-8, read
# with surrogateescape: written raw they make the output invalid UTF-8, or crash a strict stream).
_TRAILING_SPACES = re.compile(r"[ \t]+(?=\n|$)")
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def console(stderr: bool = False) -> Any:
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        """A console whose text segments cannot carry escape sequences or control characters: the last line
        of defence for repository text a renderer forgot to pass through term()."""

        def _render_buffer(self, buffer: Any) -> str:
            clean = (seg if seg.control else Segment(strip_controls(seg.text), seg.style, seg.control)
                     for seg in buffer)
            text = str(super()._render_buffer(clean))
            if self.color_system is None:
                # Tables and grids pad every cell to the column's width: `deeprules assess > plan.txt` had
                # trailing spaces on 159 of 187 lines (noise in a diff, an editor, a paste). Uncoloured output
                # only: with colour a padded cell may carry a background.
                text = _TRAILING_SPACES.sub("", text)
            return text

    return SafeConsole(stderr=stderr, highlight=False, soft_wrap=False)


def _to_stderr(text: str) -> None:
    """Write a message to stderr: one line per message when piped (a script greps or parses it), wrapped at
    words to the terminal's width when a person reads it (the terminal broke a long warning mid-word:
    "reposito / ry", "(a partial clone that cou / ld not fetch them?)"); wrapped lines are indented by two."""
    if sys.stderr.isatty():
        import shutil

        width = max(20, shutil.get_terminal_size((80, 24)).columns - 1)
        text = "\n".join(fill_words(line, width, "  ") if len(line) > width else line for line in text.split("\n"))
    sys.stderr.write(text + "\n")


def fill_words(line: str, width: int, indent: str = "", *, break_long_words: bool = False) -> str:
    """One line wrapped at spaces to `width`, its later lines indented by `indent`; a command in backticks is
    copied whole, so its spaces never break (`check --explain` printed "`deeprules" / "init` asks")."""
    import textwrap

    kept = re.sub(r"`[^`\n]*`", lambda m: m[0].replace(" ", "\0"), line)
    return textwrap.fill(kept, width, subsequent_indent=indent, break_long_words=break_long_words,
                         break_on_hyphens=False).replace("\0", " ")


def error(message: str) -> None:
    """One line on stderr; no traceback, no colour codes when piped, no control characters from repo text."""
    _to_stderr(f"deeprules: error: {strip_controls(message)}")


def warn(message: str) -> None:
    _to_stderr(f"deeprules: warning: {strip_controls(message)}")


def info(message: str) -> None:
    _to_stderr(strip_controls(message))


@contextlib.contextmanager
def _stdout() -> Iterator[Any]:
    """Standard output for a command's result, its failures as one-line errors: closed (`>&-`) or full
    (ENOSPC, a quota) is an error naming why; a reader that left (EPIPE) stays a BrokenPipeError, which the
    callers end quietly (as Click does). Flushed here, so a late failure is not a traceback at exit."""
    stream = sys.stdout
    if stream is None:
        raise OutputError("standard output is closed; nothing was printed")
    try:
        yield stream
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _output_failed(stream, exc) from None


def unwritable_stdout(exc: OSError) -> int | None:
    """For an OSError nothing else caught (Typer printing `--help` or `--version` into a full disk): when
    standard output is what fails, one line and exit 2, as `out` does; else None (not ours to explain)."""
    stream = sys.stdout
    if stream is None or exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO):
        return None
    try:
        stream.flush()
    except OSError:
        pass
    else:  # a buffered stdout took what was pending: the failure was somewhere else (unbuffered: cannot tell)
        if getattr(stream, "line_buffering", False) or not getattr(stream, "write_through", False):
            return None
    return report_error(_output_failed(stream, exc))


def _output_failed(stream: Any, exc: OSError) -> OutputError:
    """The one error for a standard output that refused a write, its pending bytes discarded."""
    _discard_pending(stream)
    return OutputError(f"could not write the output: {exc.strerror or exc}")


def _discard_pending(stream: Any) -> None:
    """After a failed write, what is still buffered would be flushed again when Python exits, fail again
    and turn exit code 2 into 120 ("Exception ignored ... stdout"): point the descriptor at the null device,
    so that last flush succeeds and loses only what could not be written anyway."""
    try:
        fd = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):
        return
    try:
        os.dup2(null, fd)
    except OSError:
        pass
    finally:
        os.close(null)


def out(text: str) -> None:
    """Text a command prints as its result (JSON, CSV, a document), as is."""
    with _stdout() as stream:
        stream.write(text)


def out_json(text: str) -> None:
    """JSON text as a command's result: what json leaves raw but a terminal or a UTF-8 reader would trip on
    (C1 controls, bidi overrides, lone surrogates) escaped; the same value for any JSON reader."""
    unsafe = _UNSAFE_IN_JSON if _utf8_stdout() else _NON_ASCII  # a stream that cannot encode it all: ASCII
    out(unsafe.sub(_json_escape, text) + "\n")


_NON_ASCII = re.compile("[^\x00-\x7e]")


def _json_escape(m: re.Match[str]) -> str:
    code = ord(m[0])
    if code > 0xFFFF:  # a UTF-16 surrogate pair, as JSON spells characters beyond the BMP
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def _utf8_stdout() -> bool:
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    return encoding.lower().replace("-", "").replace("_", "") == "utf8"


def prepare_streams() -> None:
    """At start: a standard stream that would raise on a character it cannot encode (a cp1252 or ASCII console,
    a strict UTF-8 one and a file name that is not UTF-8) replaces it instead; JSON is written as ASCII there
    (`out_json`), so it loses nothing."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="replace")


def write_text(text: str) -> None:
    """A document for stdout (Markdown, CSV) that a terminal may show: control characters stripped."""
    out(strip_controls(text))


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
    """Print `data` as JSON (stable key order, UTF-8) or through `render(console)`. Every `--json` is one
    object (never a bare list), so a script reads a key and a later key breaks nothing."""
    if as_json or render is None:
        if not isinstance(data, dict):
            raise TypeError(f"--json output must be a JSON object, not {type(data).__name__}")
        out_json(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    else:
        with _stdout():
            render(console())


def report_error(exc: DeeprulesError | KeyboardInterrupt) -> int:
    """A core error (or Ctrl+C) as `deeprules: error: ...` on stderr; its exit code."""
    if isinstance(exc, DeeprulesError):
        error(str(exc))
        return exc.exit_code
    gitrepo = sys.modules.get("deeprules.gitrepo")  # not imported: this run could not have committed
    made = list(getattr(gitrepo, "COMMITTED", ()))
    what = f"terminated ({exc.name})" if isinstance(exc, Terminated) else "interrupted"
    if made:  # Ctrl+C after HEAD moved: the commit is there, whatever did not run after it
        error(f"{what} after committing {', '.join(c[:10] for c in made)}; files written and not committed "
              "are committed by the next run")
    else:
        error(f"{what}; nothing was committed")
    return 128 + exc.signum if isinstance(exc, Terminated) else 130


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP raise `Terminated` (a KeyboardInterrupt) for the length of a command, so a command
    stopped by `timeout`, a CI runner or a closed terminal cleans up as after Ctrl+C. Main thread only (where
    Python runs signal handlers); handlers someone else installed are left alone."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def raise_terminated(signum: int, _frame: Any) -> None:
        raise Terminated(signum, signal.Signals(signum).name)

    previous: dict[int, Any] = {}
    for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)):
        if sig is not None and signal.getsignal(sig) in (signal.SIG_DFL, None):
            previous[sig] = signal.signal(sig, raise_terminated)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def errors_to_exit(func: F) -> F:
    """Map the core's errors to `deeprules: error: ...` and their exit code (`report_error`). Wraps every
    command."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        gitrepo = sys.modules.get("deeprules.gitrepo")
        if gitrepo is not None:  # one process may run several commands (tests, the TUI): this one's commits
            gitrepo.COMMITTED.clear()
        try:
            with terminate_as_interrupt():
                return func(*args, **kwargs)
        except (DeeprulesError, KeyboardInterrupt) as exc:
            import typer  # here, not at the top: `check` also runs without Typer (cli/check_run.py)

            raise typer.Exit(report_error(exc)) from None

    return wrapper  # type: ignore[return-value]
