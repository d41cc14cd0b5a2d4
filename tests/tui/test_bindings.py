"""Every key the footer advertises does what its label says, on every screen; the command palette lists
every section's commands wherever it is opened."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from tui_helpers import make_app, run_async, settle, shown, wait_for, wait_for_screen

pytest.importorskip("deeprules.register")

from deeprules.answers import Answers
from deeprules.tui.demo import build_demo_repo
from deeprules.tui.screens.card import CardScreen
from deeprules.tui.screens.dashboard import DashboardScreen
from deeprules.tui.screens.ethics import ConcernScreen, EthicsScreen, RaiseScreen
from deeprules.tui.screens.question import QuestionScreen
from deeprules.tui.screens.review import ReviewScreen
from deeprules.tui.screens.start import StartScreen

WIDE = (120, 40)  # every key in the footer, the section keys (F2-F5) included

#: Where each footer label must land. None: the same screen (the key acts on it). A label missing here
#: fails the test, so a new key must say where it goes.
LANDS: dict[str, Any] = {
    "Questions": (StartScreen, QuestionScreen),
    "Dashboard": DashboardScreen,
    "Ethics": EthicsScreen,
    "Card": CardScreen,
    "Review": ReviewScreen,
    "Start": StartScreen,
    "Continue": QuestionScreen,
    "From start": QuestionScreen,
    "Skip": QuestionScreen,
    "Back": "previous",
    "New": RaiseScreen,
    "Open": ConcernScreen,
    "Refresh": None, "Trend": None, "Filter": None, "Reload": None, "Edit": None, "Write": None,
    "Re-check": None, "Commit on/off": None, "git init": None,
    "Quit": "skip",
}


def advertised(screen: Any) -> list[Any]:
    """The bindings the footer shows on `screen` (enabled and shown), as the Footer computes them."""
    return [b.binding for b in screen.active_bindings.values() if b.binding.show and b.enabled]


async def to_start(pilot: Any) -> StartScreen:
    app = pilot.app
    for _ in range(200):
        if isinstance(app.screen, StartScreen) and app.current_mode == "questionnaire":
            break
        screen = app.screen
        if isinstance(screen, ReviewScreen | ConcernScreen | RaiseScreen):  # dialogs first: they hold the keys
            await wait_for(pilot, lambda s=screen: shown(s), "the screen")  # type: ignore[misc]
            await pilot.press("escape")
        elif app.current_mode != "questionnaire":
            await pilot.press("f2")
        elif isinstance(screen, QuestionScreen):
            await wait_for(pilot, lambda s=screen: shown(s), "the question")  # type: ignore[misc]
            await pilot.press("ctrl+o")
        await pilot.pause(0.05)
    else:
        raise AssertionError(f"cannot get back to the start screen from {app.screen!r}")
    return await wait_for_screen(pilot, StartScreen)


async def to_question(pilot: Any) -> QuestionScreen:
    """The second question of the walk (so Back has a question to go back to)."""
    await to_start(pilot)
    await pilot.press("b")
    first = await wait_for_screen(pilot, QuestionScreen)
    await pilot.press("enter")  # keeps the title as it is
    return await wait_for_screen(pilot, QuestionScreen, not_this=first)


async def to_review(pilot: Any) -> ReviewScreen:
    await to_start(pilot)
    await pilot.press("ctrl+r")
    review = await wait_for_screen(pilot, ReviewScreen)
    await wait_for(pilot, lambda: review.result is not None, "the dry run")
    return review


def to_section(mode: str, cls: type) -> Callable[[Any], Awaitable[Any]]:
    async def go(pilot: Any) -> Any:
        await to_start(pilot)
        await pilot.press({"dashboard": "f3", "ethics": "f4", "card": "f5"}[mode])
        screen = await wait_for_screen(pilot, cls)
        await settle(pilot)
        return screen

    return go


async def check_every_key(pilot: Any, name: str, goto: Callable[[Any], Awaitable[Any]]) -> list[str]:
    screen = await goto(pilot)
    labels = []
    for binding in advertised(screen):
        label = binding.description
        assert label in LANDS, f"{name}: the key {binding.key} ({label!r}) has no expected destination"
        expected = LANDS[label]
        if expected == "skip":
            continue
        if pilot.app.screen is not screen:  # the last key left it: back to the screen under test
            screen = await goto(pilot)
        before_id = screen.question.id if isinstance(screen, QuestionScreen) else None
        await pilot.press(binding.key)
        if expected is None:
            await settle(pilot)
            landed = pilot.app.screen
            assert landed is screen, f"{name}: {binding.key} ({label}) left the screen for {landed!r}"
        elif expected == "previous":
            def back(screen: Any = screen) -> Any:
                s = pilot.app.screen
                return s if s is not screen and isinstance(s, QuestionScreen | StartScreen) and shown(s) else None

            landed = await wait_for(pilot, back, f"{name}: {label}")
            if isinstance(screen, QuestionScreen):
                ids = [q.id for q in pilot.app.session.visible_questions()]
                assert isinstance(landed, QuestionScreen)
                assert landed.question.id == ids[ids.index(before_id) - 1], f"{name}: Back went elsewhere"
            else:
                assert isinstance(landed, StartScreen), f"{name}: Back landed on {landed!r}"
        else:
            def arrived(expected: Any = expected, screen: Any = screen) -> Any:
                s = pilot.app.screen
                fresh = s is not screen or isinstance(screen, expected)  # F2 on a question stays there
                return s if fresh and isinstance(s, expected) and shown(s) else None

            await wait_for(pilot, arrived, f"{name}: {binding.key} ({label}) to land on {expected}")
        labels.append(label)
        await settle(pilot)
    return labels


@run_async
async def test_every_advertised_key_lands_where_its_label_says(tmp_path: Path) -> None:
    repo = build_demo_repo(tmp_path / "demo")
    app = make_app(repo)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        pressed = {}
        for name, goto in (("start", to_start), ("question", to_question), ("review", to_review),
                           ("dashboard", to_section("dashboard", DashboardScreen)),
                           ("ethics", to_section("ethics", EthicsScreen)), ("card", to_section("card", CardScreen))):
            pressed[name] = await check_every_key(pilot, name, goto)
    # The section keys and Review are on every screen but the review itself (where Review is left out).
    for name, labels in pressed.items():
        assert {"Questions", "Dashboard", "Ethics", "Card"} <= set(labels), name
        assert ("Review" in labels) == (name != "review"), name
    assert {"Back", "Skip", "Start"} <= set(pressed["question"])
    assert {"New", "Open", "Filter"} <= set(pressed["ethics"])


@run_async
async def test_a_half_answered_project_continues_from_start(repo: Path) -> None:
    app = make_app(repo, answers=Answers({"title": "T", "question": "Q"}))
    async with app.run_test(size=WIDE) as pilot:
        start = await wait_for_screen(pilot, StartScreen)
        labels = [b.description for b in advertised(start)]
        assert "Continue" in labels or start.query_one("#continue").has_focus
        await pilot.press("enter")
        screen = await wait_for_screen(pilot, QuestionScreen)
        assert screen.question.id == "task"


@run_async
async def test_the_palette_lists_every_section_everywhere(tmp_path: Path) -> None:
    repo = build_demo_repo(tmp_path / "demo")
    app = make_app(repo, mode="card")
    async with app.run_test(size=(80, 24)) as pilot:
        card = await wait_for_screen(pilot, CardScreen)
        await settle(pilot)
        titles = {c.title: c for c in app.get_system_commands(card)}
        assert any("review" in t.lower() for t in titles) and any("commit" in t.lower() for t in titles)
        for wanted in ("Ethics: New", "Dashboard: Trend", "Questions: From start", "Go to Ethics"):
            assert wanted in titles, wanted
        titles["Ethics: New"].callback()  # run from the card screen: lands on the raise dialog
        await wait_for_screen(pilot, RaiseScreen)
        assert app.current_mode == "ethics"

        await pilot.press("escape")
        await wait_for_screen(pilot, EthicsScreen)
        await pilot.press("ctrl+r")  # Review from a section screen
        review = await wait_for_screen(pilot, ReviewScreen)
        assert app.current_mode == "questionnaire"
        await pilot.press("f2")  # "Questions" never lands on the review
        await wait_for_screen(pilot, StartScreen, not_this=review)
