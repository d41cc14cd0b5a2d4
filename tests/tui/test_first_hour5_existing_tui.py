"""The app on a project's first commits, fifth first-hour pass of session 10: the dashboard says what it
checked in the words `deeprules check` and the HTML report use, and counts in words ("1 commit")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tui_helpers import make_app, run_async, screen_lines, settle, wait_for

from deeprules.tui.screens.dashboard import DashboardScreen


@run_async
async def test_dashboard_says_what_it_checked_and_counts_in_words(repo: Path) -> None:
    """It said "worktree at 9cb90561" (the CLI: "checked the files on disk at commit 9cb90561a0") and
    "trend over 1 commit(s)"."""
    subprocess.run([sys.executable, "-m", "deeprules", "init", "--example", "microscopy"], cwd=repo, check=True,
                   capture_output=True)
    app = make_app(repo, mode="dashboard")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen) and app.screen.report
                                and app.screen, "the check report")
        await wait_for(pilot, lambda: bool(screen.trend) or None, "the trend")
        await settle(pilot)
        text = "\n".join(screen_lines(app))
    assert "checked the files on disk at commit " in text and "worktree at" not in text, text
    assert "trend over 1 commit " in text and "commit(s)" not in text, text
