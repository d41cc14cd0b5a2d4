"""The dashboard shows the numbers `deeprules check --json` prints, on a real repository."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tui_helpers import SIZE, make_app, run_async, settle, wait_for

from deeprules.tui.screens.dashboard import DashboardScreen, score_text


def init_example(repo: Path, example: str = "microscopy") -> None:
    subprocess.run([sys.executable, "-m", "deeprules", "init", "--example", example], cwd=repo, check=True,
                   capture_output=True)


def check_json(repo: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "deeprules", "check", "--json"], cwd=repo, check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


@run_async
async def test_dashboard_numbers_equal_check_json(repo: Path) -> None:
    init_example(repo)
    (repo / "train.py").write_text("from sklearn.linear_model import LogisticRegression\n")
    expected = check_json(repo)
    app = make_app(repo, mode="dashboard")
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen) and app.screen.report
                                and app.screen, "the check report")
        await settle(pilot)
        tips = screen.query_one("#tips")
        shown = {int(tips.get_row_at(i)[0]): str(tips.get_row_at(i)[2]) for i in range(tips.row_count)}
        overall = str(screen.query_one("#overall").render())
        failing = screen.query_one("#failing")
        failing_ids = {failing.get_row_at(i)[0] for i in range(failing.row_count)}

    assert shown == {int(t): score_text(s) for t, s in expected["tips"].items()}
    assert f"Overall {score_text(expected['overall'])}/100" in overall
    assert failing_ids == {c["id"] for c in expected["checks"] if c["status"] in ("fail", "warn") and not c["ignored"]}
    assert "plan 0/" in overall


@run_async
async def test_dashboard_trend_runs_in_a_worker(repo: Path) -> None:
    init_example(repo)
    app = make_app(repo, mode="dashboard")
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen) and app.screen.report
                                and app.screen, "the check report")
        await pilot.press("t")
        await wait_for(pilot, lambda: screen.trend, "the trend")
        await settle(pilot)
        assert "trend over 1 commit" in str(screen.query_one("#tips").border_title)
        assert len(screen.trend[1]) == 1
