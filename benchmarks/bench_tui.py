"""Speed of the deeprules app, as a user feels it: start-up, switching sections, the palette, the theme,
and answering a question.

Runs the real app in a pseudo-terminal (80x24 by default) on a project made with `deeprules init --example
microscopy` (plan, register and card committed), and times from writing a key to what the user waits for:

* start: process start to the start screen's text on the terminal;
* F3: the dashboard with its scores (the text "Overall" drawn);
* Ctrl+P: the command palette drawn and settled; F9: the theme switched (output settled);
* answer: Enter on a question with choices, to the next question drawn and settled;
* move / type: the highlight moved over choices, a digit typed into a number field (first redraw).

    python benchmarks/bench_tui.py [--runs 5] [--keys 10] [--src DIR] [--size 80x24]

`--src DIR` runs the deeprules found in DIR/app instead of the installed one (to time an older checkout,
e.g. `git archive HEAD~5 | tar -x -C /tmp/old`). Prints min and median in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START_MARKER = b"Repository"


def make_project(folder: Path, src: Path | None) -> Path:
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "config", "user.name", "Bench"], check=True)
    subprocess.run(["git", "-C", str(folder), "config", "user.email", "bench@example.org"], check=True)
    subprocess.run([*command(src), "init", "--example", "microscopy"], cwd=folder, check=True,
                   capture_output=True, env=child_env(src))
    return folder


def child_env(src: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as a real install
    env.update({"TERM": "xterm-256color"})
    if src is not None:
        env["PYTHONPATH"] = str(src / "app")
    return env


def command(src: Path | None) -> list[str]:
    return [sys.executable, "-c", "import sys; from deeprules.cli.main import run; sys.argv[0] = 'deeprules'; run()"]


class Terminal:
    """The app in a pseudo-terminal of the given size."""

    def __init__(self, cwd: Path, src: Path | None, cols: int = 80, rows: int = 24) -> None:
        argv = command(src)
        env = child_env(src)
        env.update({"COLUMNS": str(cols), "LINES": str(rows)})
        self.start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # child
            os.chdir(cwd)
            os.execve(argv[0], argv, env)
        self.pid, self.fd = pid, fd
        import fcntl
        import struct
        import termios

        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.buffer = b""

    def read_until(self, marker: bytes, timeout: float = 20.0, since: int = 0) -> float:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            if marker in self.buffer[since:]:
                return time.perf_counter()
            ready, _, _ = select.select([self.fd], [], [], 0.02)
            if ready:
                try:
                    self.buffer += os.read(self.fd, 65536)
                except OSError:
                    break
        raise TimeoutError(f"{marker!r} not seen; got {self.buffer[-400:]!r}")

    def drain(self, quiet: float = 0.3) -> None:
        while True:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready:
                return
            try:
                self.buffer += os.read(self.fd, 65536)
            except OSError:
                return

    def key(self, key: bytes, marker: bytes | None = None, quiet: float = 0.15,
            timeout: float = 20.0) -> tuple[float, float]:
        """Seconds from writing `key` to the first byte of the redraw it caused, and to the screen the user
        waits for: `marker` drawn, or (without one) the output going quiet for `quiet` s."""
        self.drain(0.4)
        since = len(self.buffer)
        t0 = time.perf_counter()
        os.write(self.fd, key)
        first = last = None
        end = t0 + timeout
        while time.perf_counter() < end:
            ready, _, _ = select.select([self.fd], [], [], quiet if last else timeout)
            if not ready:
                if marker is None or marker in self.buffer[since:]:
                    break
                continue
            self.buffer += os.read(self.fd, 65536)
            last = time.perf_counter()
            first = first or last
            if marker is not None and marker in self.buffer[since:]:
                break
        if first is None or last is None:
            raise TimeoutError(f"no redraw after {key!r}")
        return first - t0, last - t0

    def close(self) -> None:
        try:
            os.write(self.fd, b"\x11")  # Ctrl+Q
            deadline = time.perf_counter() + 5
            while time.perf_counter() < deadline:
                done, _ = os.waitpid(self.pid, os.WNOHANG)
                if done:
                    break
                self.drain(0.05)
            else:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
        finally:
            os.close(self.fd)


def row(name: str, seconds: list[float]) -> None:
    ms = [s * 1000 for s in seconds]
    print(f"{name:<40} min {min(ms):7.1f} ms   median {statistics.median(ms):7.1f} ms   (n={len(ms)})")


UP, DOWN, ENTER, ESC = b"\x1b[A", b"\x1b[B", b"\r", b"\x1b"
F2, F3, F9, CTRL_P, CTRL_U = b"\x1bOQ", b"\x1bOR", b"\x1b[20~", b"\x10", b"\x15"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=10)
    parser.add_argument("--src", type=Path, default=None, help="time the deeprules in DIR/app")
    parser.add_argument("--size", default="80x24")
    args = parser.parse_args()
    cols, rows = (int(x) for x in args.size.split("x"))

    results: dict[str, list[float]] = {k: [] for k in (
        "start (start screen drawn)", "F3: dashboard with scores", "Ctrl+P: palette settled",
        "F9: theme switched, settled", "answer: next question settled", "move over choices: first redraw",
        "type a digit: first redraw")}
    with tempfile.TemporaryDirectory(prefix="deeprules-bench-") as tmp:
        project = make_project(Path(tmp) / "project", args.src)
        for _ in range(args.runs):
            term = Terminal(project, args.src, cols, rows)
            results["start (start screen drawn)"].append(term.read_until(START_MARKER) - term.start)
            term.drain(0.5)
            results["F3: dashboard with scores"].append(term.key(F3, b"Overall")[1])
            term.drain(1.0)  # the trend follows in the background
            results["Ctrl+P: palette settled"].append(term.key(CTRL_P)[1])
            term.key(ESC)
            results["F9: theme switched, settled"].append(term.key(F9)[1])
            term.key(F9)
            term.key(F2)
            term.key(b"b")  # from the start: the first question (a text field)
            for _ in range(3):  # title, question, organism: kept as they are
                term.key(ENTER)
            # task: a question with choices
            moves = [term.key(DOWN if i % 2 == 0 else UP)[0] for i in range(args.keys)]
            results["move over choices: first redraw"] += moves
            results["answer: next question settled"].append(term.key(ENTER)[1])
            term.key(ESC)  # back to task
            term.close()
        # a number field: n_samples
        term = Terminal(project, args.src, cols, rows)
        term.read_until(START_MARKER)
        term.drain(0.5)
        term.key(b"b")
        for _ in range(7):
            term.key(ENTER)
        try:
            for _ in range(args.keys):
                results["type a digit: first redraw"].append(term.key(b"1")[0])
        except TimeoutError:  # not on the number field (the walk took another turn): leave the row out
            print("type a digit: skipped (the number field was not reached)")
        term.close()
    for name, values in results.items():
        if values:
            row(name, values)


if __name__ == "__main__":
    main()
