"""Progress on long operations goes to stderr only when it is a terminal (silent when piped), and the report's
trend has dated x-axis labels and scales to the page (real Chromium at a phone's and a desktop's width)."""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import git, make_repo

DEEPRULES = str(Path(sys.executable).parent / "deeprules")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_repo(tmp_path_factory.mktemp("prog") / "p")
    subprocess.run([DEEPRULES, "init", "--example", "microscopy"], cwd=root, check=True, capture_output=True)
    for n in range(4):
        (root / f"step{n}.py").write_text(f"import torch\ntorch.manual_seed({n})\n")
        git(root, "add", ".")
        git(root, "commit", "-qm", f"step {n}")
    (root / "data" / "test").mkdir(parents=True)
    for n in range(3):
        (root / "data" / "test" / f"t{n}.csv").write_text(f"id,label\n{n},a\n")
    return root


def run_with_tty_stderr(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run with stderr on a pseudo-terminal (as in a shell) and stdout piped."""
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "80", "TERM": "xterm-256color"}
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    out = proc.stdout.read().decode() if proc.stdout else ""
    code = proc.wait(timeout=120)
    os.close(master)
    return code, out, b"".join(chunks).decode(errors="replace")


COMMANDS = [
    (["history", "--no-cache"], "commits"),
    (["report", "--html", "page.html"], "commits in the trend"),
    (["lock-test", "data/test", "--no-commit"], "hashing test files"),
    (["data", "add", "data/test/t0.csv", "--source", "https://example.org/d", "--no-commit"], "hashing data files"),
]


@pytest.mark.parametrize("args, label", COMMANDS)
def test_progress_on_a_terminal_silent_when_piped(project: Path, args: list[str], label: str) -> None:
    code, _, tty_err = run_with_tty_stderr([DEEPRULES, *args], project)
    assert code == 0, tty_err
    assert label in tty_err
    piped = subprocess.run([DEEPRULES, *args], cwd=project, capture_output=True, text=True, check=False)
    assert piped.returncode == 0, piped.stderr
    assert label not in piped.stderr and "\x1b[" not in piped.stderr


def test_history_json_has_no_progress_even_on_a_terminal(project: Path) -> None:
    code, out, err = run_with_tty_stderr([DEEPRULES, "history", "--json", "--no-cache"], project)
    assert code == 0 and "commits" not in err
    json.loads(out)


def _measure(page: Path, width: int) -> dict[str, float]:
    probe = ('<script>addEventListener("load",()=>{const s=document.querySelector("svg.trend")'
             '.getBoundingClientRect();document.body.setAttribute("data-probe",JSON.stringify({svg:s.width,'
             'right:s.right,page:document.documentElement.clientWidth}));});</script>')
    probed = page.with_name(f"probe-{width}.html")
    # the page forbids scripts (Content-Security-Policy); the measuring copy drops that one meta line only
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page.read_text())
    probed.write_text(html.replace("</body>", probe + "</body>"))
    out = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--window-size={width},900",
                          "--dump-dom", probed.as_uri()], capture_output=True, text=True, timeout=120, check=False)
    found = re.search(r'data-probe="([^"]*)"', out.stdout)
    assert found, out.stderr[-500:]
    return dict(json.loads(found[1].replace("&quot;", '"')))


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium is not installed")
def test_trend_has_dates_and_fits_the_page(project: Path) -> None:
    subprocess.run([DEEPRULES, "report", "--html", "page.html"], cwd=project, check=True, capture_output=True)
    page = project / "page.html"
    html = page.read_text()
    svg = re.search(r'<svg class="trend"[^>]*>', html)
    assert svg and 'width="100%"' in svg[0] and "viewBox" in svg[0]
    first = git(project, "log", "--reverse", "--format=%h %cs").split("\n")[0]
    short, date = first.split()
    ticks = re.findall(r'<text class="tick"[^>]*>([^<]*)</text>', html)
    assert ticks[0] == f"{date} {short[:7]}" and 2 <= len(ticks) <= 6
    narrow, wide = _measure(page, 400), _measure(page, 1200)
    assert narrow["right"] <= narrow["page"] + 0.5  # not cut at a phone's width
    assert wide["svg"] > narrow["svg"]  # and it grows with the window
