"""Hostile review 7: SIGTERM or SIGHUP during the TUI (a closed terminal window, `kill`, a logout). Before: Python's
default ended the process at once: the terminal stayed on the alternate screen in raw mode with mouse reporting
on (the shell prompt came back invisible and garbled), and nothing said why. Now the session ends as Ctrl+Q does,
Textual restores the terminal, and the one error line says "terminated (SIGTERM)" with exit 128+signal."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import init_project

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty") or sys.platform == "win32", reason="needs a pty")

ENTER_ALT, LEAVE_ALT = b"\x1b[?1049h", b"\x1b[?1049l"


def _read_until(fd: int, proc: subprocess.Popen[bytes], want: bytes | None, limit: float) -> bytes:
    out = b""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child closed the pty
                break
            if not chunk:
                break
            out += chunk
            if want is not None and want in out:
                break
        elif want is None and proc.poll() is not None:
            break
    return out


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_ends_the_tui_like_quitting(tmp_path: Path, sig: signal.Signals) -> None:
    project = init_project(tmp_path / "project")
    main_fd, child_fd = os.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    proc = subprocess.Popen([sys.executable, "-m", "deeprules"], cwd=project, stdin=child_fd, stdout=child_fd,
                            stderr=child_fd, env=env, start_new_session=True)
    os.close(child_fd)
    try:
        seen = _read_until(main_fd, proc, ENTER_ALT, 60)
        assert ENTER_ALT in seen, seen[-500:]
        seen += _read_until(main_fd, proc, b"Quit", 30)  # the footer is drawn: the app is running
        proc.send_signal(sig)
        seen += _read_until(main_fd, proc, None, 30)
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(main_fd)
    assert code == 128 + sig, (code, seen[-800:])
    tail = seen[seen.rfind(ENTER_ALT):]
    assert LEAVE_ALT in tail, "the terminal must leave the alternate screen"
    assert f"terminated ({sig.name})".encode() in seen, seen[-800:]
    assert not (project / ".git" / "index.lock").exists()
