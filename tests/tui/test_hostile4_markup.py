"""Text from a repository reaches the TUI as text, never as Textual/Rich markup.

A fork's lab check title, a concern title or owner in ethics/, a card heading, an error naming a path: any of
them may hold brackets. Before, a table cell or a notification holding `[/b]` raised MarkupError and ended
the TUI (a hostile or just unlucky repository closed the dashboard and the register), and `[link=...]`
turned into a link the repository chose."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tui_helpers import make_app, run_async, screen_lines, settle, wait_for

from deeprules.errors import InputError
from deeprules.tui.screens.dashboard import DashboardScreen
from deeprules.tui.screens.ethics import EthicsScreen

HOSTILE = "[/b] Units [link=https://evil.example]here[/link] [red]x"
WIDE = (160, 40)


def deeprules(repo: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "deeprules", *args], cwd=repo, check=True, capture_output=True)


def screen_text(app: object) -> str:
    return "\n".join(screen_lines(app))


@run_async
async def test_a_lab_check_title_with_brackets_is_shown_as_written(repo: Path) -> None:
    deeprules(repo, "init", "--example", "microscopy")
    config = repo / ".deeprules" / "config.yaml"
    config.write_text((config.read_text() if config.exists() else "") + (
        "check:\n  custom:\n    - id: LAB001\n      tip: 4\n      title: '[/b] Units [link=https://evil.example]"
        "here[/link]'\n      path: 'docs/none.*'\n"))
    app = make_app(repo, mode="dashboard")
    async with app.run_test(size=WIDE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen) and app.screen.report
                                and app.screen, "the check report")
        await settle(pilot)
        failing = screen.query_one("#failing")
        assert "LAB001" in {failing.get_row_at(i)[0] for i in range(failing.row_count)}
        assert "[/b] Units [link=https://evil.example]here[/link]" in screen_text(app)


@run_async
async def test_a_concern_title_and_owner_with_brackets_are_shown_as_written(repo: Path) -> None:
    deeprules(repo, "init", "--example", "microscopy")
    deeprules(repo, "ethics", "add", "--title", HOSTILE)
    app = make_app(repo, mode="ethics")
    async with app.run_test(size=WIDE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, EthicsScreen) and app.screen.concerns
                                and app.screen, "the register")
        await settle(pilot)
        assert any(c.title == HOSTILE for c in screen.concerns)
        assert "[/b] Units [link=https://evil.example]here[/link] [red]x" in screen_text(app)


@run_async
async def test_an_error_naming_a_bracketed_path_is_notified_as_written(repo: Path) -> None:
    deeprules(repo, "init", "--example", "microscopy")
    app = make_app(repo, mode="dashboard")
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen) and app.screen.report, "the report")
        await settle(pilot)
        app.report(InputError("data/[/b]x.yaml:3: bad value [red]"))
        toasts = await wait_for(pilot, lambda: list(app.screen.query("Toast")), "the notification")
        assert any("data/[/b]x.yaml:3: bad value [red]" in str(t.render()) for t in toasts)
