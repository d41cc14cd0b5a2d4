"""Speed of the deeprules app: time to first screen and keypress latency in the questionnaire.

Targets (issue 7): the first screen drawn under 1 s from `deeprules`; a keypress in the questionnaire
answered under 50 ms.

* first screen: runs the real `deeprules` command in a pseudo-terminal, in a fresh git repository, and
  times until the start screen's text reaches the terminal (then quits with Ctrl+Q);
* keypress: drives the app in the same pseudo-terminal and times from writing one key to the first byte
  of the redraw it caused (the answer the user sees) and to the output going quiet (settled): typing
  a digit in a number field, moving the highlight over choices, and answering a question, which pushes
  the next question's screen.

    python benchmarks/bench_tui.py [--runs 5] [--keys 20]

Prints min and median for each, in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MARKER = b"Repository"


def make_repo(folder: Path, answers: str | None = None) -> Path:
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "config", "user.name", "Bench"], check=True)
    subprocess.run(["git", "-C", str(folder), "config", "user.email", "bench@example.org"], check=True)
    if answers is not None:
        (folder / ".deeprules").mkdir()
        (folder / ".deeprules" / "answers.yaml").write_text(answers)
    return folder


class Terminal:
    """`deeprules` in a pseudo-terminal of 80x24 (or the size given)."""

    def __init__(self, cwd: Path, cols: int = 80, rows: int = 24) -> None:
        exe = shutil.which("deeprules") or str(Path(sys.executable).parent / "deeprules")
        self.start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # child
            os.chdir(cwd)
            os.environ.update({"TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows)})
            os.execv(exe, [exe])
        self.pid, self.fd = pid, fd
        import fcntl
        import struct
        import termios

        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.buffer = b""

    def read_until(self, marker: bytes, timeout: float = 10.0) -> float:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    break
                self.buffer += chunk
                if marker in self.buffer:
                    return time.perf_counter()
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

    def key_latency(self, key: bytes, quiet: float = 0.1, timeout: float = 5.0) -> tuple[float, float]:
        """Seconds from writing `key` to the first byte of the redraw it caused, and to the last one
        (the output then stays quiet for `quiet` s; the input cursor blinks only every 0.5 s)."""
        self.drain(0.3)
        t0 = time.perf_counter()
        os.write(self.fd, key)
        first = last = None
        end = t0 + timeout
        while time.perf_counter() < end:
            ready, _, _ = select.select([self.fd], [], [], quiet if last else timeout)
            if not ready:
                break
            self.buffer += os.read(self.fd, 65536)
            last = time.perf_counter()
            first = first or last
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


def stats(name: str, seconds: list[float], target_ms: float | None = None) -> None:
    ms = [s * 1000 for s in seconds]
    med = statistics.median(ms)
    target = ""
    if target_ms is not None:
        target = f", target < {target_ms:g} ms: {'ok' if med < target_ms else 'OVER TARGET'}"
    print(f"{name:<44} min {min(ms):7.1f} ms   median {med:7.1f} ms   (n={len(ms)}{target})")


def latency(name: str, pairs: list[tuple[float, float]], target_ms: float) -> None:
    stats(f"{name}: first redraw", [p[0] for p in pairs], target_ms)
    stats(f"{name}: settled", [p[1] for p in pairs])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=20)
    args = parser.parse_args()

    first: list[float] = []
    with tempfile.TemporaryDirectory(prefix="deeprules-bench-") as tmp:
        for i in range(args.runs):
            repo = make_repo(Path(tmp) / f"first{i}")
            term = Terminal(repo)
            first.append(term.read_until(MARKER) - term.start)
            term.drain()
            term.close()
        stats("first screen (start screen drawn)", first, 1000)

        # Keypresses: n_samples (a number field) comes after the question group when it is answered.
        answers = ("title: Bench\nquestion: Does it go fast?\ntask: regression\ngoal: prediction\n"
                   "interpretability: low\n")
        repo = make_repo(Path(tmp) / "keys", answers)
        term = Terminal(repo)
        term.read_until(MARKER)
        term.drain()
        term.key_latency(b"\r")  # Continue: the modality question (choices)
        moves = [term.key_latency(b"\x1b[B" if i % 2 == 0 else b"\x1b[A") for i in range(args.keys)]
        term.key_latency(b"2")  # answer "image": the n_samples question (a number field)
        typing = [term.key_latency(b"1") for _ in range(args.keys)]
        term.key_latency(b"\x7f" * args.keys)
        answer_next = []
        for _ in range(args.runs):
            term.key_latency(b"5")
            answer_next.append(term.key_latency(b"\r"))  # answer: the next question is drawn
            term.key_latency(b"\x1b")  # back to n_samples
            term.key_latency(b"\x15")  # Ctrl+U clears the field
        term.close()
    latency("move over choices", moves, 50)
    latency("type a digit (validated)", typing, 50)
    latency("answer: next question screen", answer_next, 50)


if __name__ == "__main__":
    main()
