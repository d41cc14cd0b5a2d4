"""Issue 11: a real browser opens every HTML page deeprules exports, built from hostile text, and no script
runs and no injected element appears. Headless Chromium (Debian's package) dumps the DOM after load; the
payloads would set document.title to a marker or add an element with a marker id if they ran."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import make_repo
from deeprules.cli.main import app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

MARK = "PWNED4711"
PAYLOAD = (f"<img src=x onerror=\"document.title='{MARK}';document.body.append('{MARK}-dom')\">"
           f"<svg onload=\"document.title='{MARK}'\"></svg><b id=\"{MARK}-el\">b</b>"
           f"<script>document.title='{MARK}'</script>")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def dump_dom(page: Path, profile: Path) -> str:
    proc = subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
                           "--disable-background-networking", "--no-first-run", f"--user-data-dir={profile}",
                           "--virtual-time-budget=2000", "--dump-dom", page.as_uri()],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0 and "<html" in proc.stdout, proc.stderr[-2000:]
    return proc.stdout


@pytest.fixture
def hostile_project(tmp_path: Path) -> Path:
    project = make_repo(tmp_path / "proj<b id=folder-marker>x</b>")
    code, _out, err = run("init", "--example", "microscopy", str(project))
    assert code == 0, err
    code, _out, err = run("ethics", "add", "--title", PAYLOAD, "--owner", PAYLOAD, "--severity", "blocker",
                         "-C", str(project))
    assert code == 0, err
    card = project / "MODEL_CARD.md"
    card.write_text(card.read_text().replace("library_name: pytorch", f"library_name: {json.dumps(PAYLOAD)}", 1)
                    + f"\n{PAYLOAD}\n\n[click](javascript:document.title='{MARK}')\n")
    return project


def assert_inert(dom: str) -> None:
    title = dom.split("<title>", 1)[1].split("</title>", 1)[0] if "<title>" in dom else ""
    assert MARK not in title, title
    assert f'<b id="{MARK}-el"' not in dom and '<b id="folder-marker"' not in dom  # no injected element
    assert f"{MARK}-dom</body>" not in dom.replace("\n", "")  # the onerror handler did not run
    assert "<script" not in dom.lower() and "<img" not in dom.lower() and "<svg onload" not in dom.lower()
    assert MARK in dom  # the hostile text is on the page, as text


def test_report_and_card_pages_run_no_script(hostile_project: Path, tmp_path: Path) -> None:
    report, card = tmp_path / "report.html", tmp_path / "card.html"
    code, _out, err = run("report", "--html", str(report), "-C", str(hostile_project))
    assert code == 0, err
    code, _out, err = run("card", "export", "--html", str(card), "-C", str(hostile_project))
    assert code == 0, err
    for page in (report, card):
        assert_inert(dump_dom(page, tmp_path / f"profile-{page.stem}"))
