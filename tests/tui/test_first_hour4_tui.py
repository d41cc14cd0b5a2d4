"""A new user's first hour in the app, fourth pass: every screen's footer says how to reach the other sections
(at 80 columns it said nothing of F2-F5 on the dashboard, the register and the card; at 120 the register's
"F5 Card" ran under the palette key), and the register's title gets the room of columns nobody filled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tui_helpers import make_app, read_in, run_async, screen_lines, settle, wait_for

pytest.importorskip("deeprules.register")

from deeprules.tui.screens.card import CardScreen
from deeprules.tui.screens.dashboard import DashboardScreen
from deeprules.tui.screens.ethics import EthicsScreen
from deeprules.tui.screens.start import StartScreen
from deeprules.tui.widgets.footer import KeysFooter

SCREENS = {"questionnaire": StartScreen, "dashboard": DashboardScreen, "ethics": EthicsScreen, "card": CardScreen}


def init_example(repo: Path, example: str = "microscopy") -> None:
    subprocess.run([sys.executable, "-m", "deeprules", "init", "--example", example], cwd=repo, check=True,
                   capture_output=True)


def footer_text(app: object) -> str:
    footer = app.screen.query_one(KeysFooter)  # type: ignore[attr-defined]
    return " ".join(read_in(screen_lines(app), footer.region))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
@run_async
async def test_every_section_footer_says_how_to_reach_the_others(repo: Path, size: tuple[int, int]) -> None:
    init_example(repo)
    app = make_app(repo)
    async with app.run_test(size=size) as pilot:
        for mode, cls in SCREENS.items():
            await pilot.press({"questionnaire": "f2", "dashboard": "f3", "ethics": "f4", "card": "f5"}[mode])
            await wait_for(pilot, lambda cls=cls: isinstance(app.screen, cls) and app.screen.is_mounted, mode)
            await settle(pilot)
            await pilot.pause(0.05)
            text = footer_text(app)
            assert text.rstrip().endswith("^p palette"), text
            if size[0] >= 120:  # all four keys, each whole, none under the palette key
                for label in ("F2 Questions", "F3 Dashboard", "F4 Ethics", "F5 Card"):
                    assert label in text, (mode, text)
            else:  # no room for the four: one item stands for them
                assert "F2-F5 Sections" in text, (mode, text)


@run_async
async def test_resizing_switches_between_the_four_keys_and_the_short_item(repo: Path) -> None:
    init_example(repo)
    app = make_app(repo, mode="ethics")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EthicsScreen) and app.screen.is_mounted, "register")
        await settle(pilot)
        assert "F2-F5 Sections" in footer_text(app)
        await pilot.resize_terminal(130, 30)
        await pilot.pause(0.1)
        text = footer_text(app)
        assert "F5 Card" in text and "F2-F5" not in text
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.1)
        assert "F2-F5 Sections" in footer_text(app)


@run_async
async def test_register_title_takes_the_room_of_empty_columns(repo: Path) -> None:
    """At 80 columns the title had 23 columns (status 13 for "open", owner 10 for nobody): titles wrapped over
    two lines. Columns now fit their cells, so a 30-character title is one line."""
    init_example(repo)
    app = make_app(repo, mode="ethics")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, EthicsScreen) and app.screen.concerns
                                and app.screen, "the register")
        await settle(pilot)
        table = screen.query_one("#concerns")
        assert table.columns["title"].width >= 30
        assert table.columns["status"].width == len("status")  # every status is "open": no 13-wide column
        lines = read_in(screen_lines(app), table.region)
        titles = [c.title for c in screen.concerns if len(c.title) <= 30]
        assert titles and all(any(ln.rstrip(" │").endswith(t) or t in ln for ln in lines) for t in titles)


def _keys_named(lines: list[str]) -> set[str]:
    import re

    return set(re.findall(r"\b[Pp]ress ([A-Za-z])\b", " ".join(lines)))


@run_async
async def test_a_key_the_screen_names_is_the_key_that_works(tmp_path: Path) -> None:
    """"press I to create one here" and "Press W to write the card": the bindings are i and w (Textual keys
    are case-sensitive; Shift+I does nothing). What a screen tells the user to press is a key it binds."""
    plain = tmp_path / "plain"
    plain.mkdir()
    app = make_app(plain)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen) and app.screen.is_mounted, "start")
        await settle(pilot)
        named = _keys_named(screen_lines(app))
        assert named == {"i"}, named
        assert "i" in {b.binding.key for b in app.screen.active_bindings.values()}
        await pilot.press("i")
        await wait_for(pilot, lambda: (plain / ".git").is_dir(), "git init from the key the screen names")
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / ".deeprules").mkdir()  # answers to write the card from (without them the screen sends you to F2: w26f)
    (repo / ".deeprules" / "answers.yaml").write_text("title: atlas\n")
    app = make_app(repo, mode="card")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, CardScreen) and app.screen.is_mounted, "card")
        await settle(pilot)
        await pilot.pause(0.1)
        named = _keys_named(screen_lines(app))
        assert named == {"w"}, named
        assert "w" in {b.binding.key for b in app.screen.active_bindings.values()}


@run_async
async def test_start_says_the_question_count_grows(tmp_path: Path) -> None:
    """The start screen said "0 of 28 questions answered" and the walk then counted to 33: follow-up questions
    come with some answers, and the start screen now says so while questions are open."""
    plain = tmp_path / "p"
    plain.mkdir()
    subprocess.run(["git", "init", "-q", str(plain)], check=True)
    app = make_app(plain)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen) and app.screen.is_mounted, "start")
        await settle(pilot)
        text = " ".join(" ".join(screen_lines(app)).split())
        import re

        assert re.search(r"\b0 of \d+ questions answered; some answers add follow-up questions", text), text
