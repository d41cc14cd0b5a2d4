"""A new user's first hour in the app, fifth pass: what the start screen counts, what Ctrl+C says, and the
model card screen in a 60-column terminal."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from tui_helpers import make_app, read_in, run_async, screen_lines, settle, wait_for

pytest.importorskip("deeprules.register")

from deeprules.tui.screens.card import CardScreen
from deeprules.tui.screens.start import StartScreen


def deeprules(repo: Path, *args: str) -> str:
    return subprocess.run([sys.executable, "-m", "deeprules", *args], cwd=repo, check=True, capture_output=True,
                          text=True).stdout


def screen_text(app: object) -> str:
    return "\n".join(screen_lines(app))


@run_async
async def test_start_screen_does_not_count_empty_template_values_as_answered(repo: Path) -> None:
    """The README's first project step writes every id with an empty value (`questions --template`); the
    start screen said "28 of 28 questions answered" above "next: What is a short name for this project?"."""
    (repo / ".deeprules").mkdir()
    (repo / ".deeprules" / "answers.yaml").write_text(deeprules(repo, "questions", "--template"))
    app = make_app(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen) and app.screen.is_mounted, "start")
        await settle(pilot)
        text = screen_text(app)
        found = re.search(r"(\d+) of (\d+) questions answered", text)
        assert found, text
        # the template fills in only its four defaults (n_unlabeled, simulated_labels, frameworks, share_model)
        assert int(found[1]) <= 4 < int(found[2]), found[0]
        assert "all answered" not in text
        assert "next: What is a short name for this project?" in text


@run_async
async def test_ctrl_c_says_how_to_quit_in_plain_words(repo: Path) -> None:
    """Ctrl+C mid-question showed Textual's markup as typed: "Press [b]ctrl+q[/b] to quit the app"."""
    app = make_app(repo)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen) and app.screen.is_mounted, "start")
        await settle(pilot)
        await pilot.press("ctrl+c")
        toasts = await wait_for(pilot, lambda: list(app.screen.query("Toast")), "the notification")
        text = " ".join(str(t.render()) for t in toasts)
        assert "[b]" not in text and "[/b]" not in text, text
        assert "Press Ctrl+Q to quit" in text, text
        assert "saved" in text


@pytest.mark.parametrize("size", [(60, 20), (80, 24)], ids=lambda s: f"{s[0]}x{s[1]}")
@run_async
async def test_card_findings_get_a_readable_width(repo: Path, size: tuple[int, int]) -> None:
    """At 60 columns the findings pane beside the 46-column section table had 12 columns ("no-licen / se ·");
    under 70 columns the panes stack, so a finding's line is most of the screen wide."""
    deeprules(repo, "init", "--example", "microscopy")
    app = make_app(repo, mode="card")
    async with app.run_test(size=size) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, CardScreen) and app.screen.is_mounted
                                and app.screen, "the card screen")
        await settle(pilot)
        await pilot.pause(0.1)
        findings = screen.query_one("#card-findings")
        assert findings.region.width >= 30, findings.region
        lines = read_in(screen_lines(app), findings.region)
        assert any("license" in line for line in lines), lines


@run_async
async def test_nothing_answered_offers_one_way_in(repo: Path) -> None:
    """With nothing answered the start screen offered "Begin" and "From the start" (and "b From start" in the
    footer): the same first question under two names. Once something is answered both are there."""
    app = make_app(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen) and app.screen.is_mounted, "start")
        await settle(pilot)
        await pilot.pause(0.1)
        text = screen_text(app)
        assert "Begin" in text and "From the start" not in text and "From start" not in text, text
    (repo / ".deeprules").mkdir()
    (repo / ".deeprules" / "answers.yaml").write_text("title: Tumour subtypes\n")
    app = make_app(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen) and app.screen.is_mounted, "start")
        await settle(pilot)
        await pilot.pause(0.1)
        text = screen_text(app)
        assert "Continue" in text and "From the start" in text and "From start" in text, text
