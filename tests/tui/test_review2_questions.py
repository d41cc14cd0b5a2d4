"""The questions added by the second advice review (w18d): time_ordered and label_scope are asked in the TUI as
typed choice screens, their answers are saved, and the plan written from them follows them (a split by time)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_questionnaire import walk_all
from tui_helpers import SIZE, answer, git, make_app, run_async, screen_lines, settle, wait_for, wait_for_screen

from deeprules.answers import ANSWERS_PATH, Answers
from deeprules.tui.screens.question import QuestionScreen
from deeprules.tui.screens.review import ReviewScreen
from deeprules.tui.screens.start import StartScreen


@run_async
async def test_time_order_and_label_scope_are_asked_and_drive_the_plan(repo: Path) -> None:
    values: dict[str, Any] = Answers.example("clinical").answered()
    assert values["time_ordered"] == "yes" and values["label_scope"] == "sample"
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        asked: list[str] = []
        screen = None
        while True:  # answer until the time question is on screen, then read it as a user would
            screen = await wait_for(
                pilot, lambda prev=screen: pilot.app.screen if pilot.app.screen is not prev
                and isinstance(pilot.app.screen, QuestionScreen) else None, "the next question")
            await pilot.pause()
            asked.append(screen.question.id)
            if screen.question.id == "time_ordered":
                text = "\n".join(screen_lines(app))
                assert "time order" in text and "Yes: collected over time" in text
            await answer(pilot, values.get(screen.question.id))
            if screen.question.id == "time_ordered":
                break
        assert "label_scope" in asked  # asked before, with the grouping questions
        asked += await walk_all(pilot, values)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        saved = Answers.load(repo / ANSWERS_PATH).answered()
        assert saved["time_ordered"] == "yes" and saved["label_scope"] == "sample"
        await wait_for(pilot, lambda: review.result is not None, "the dry run")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: review.written, "the commit")
        await settle(pilot)
    plan = (repo / "PLAN.md").read_text()
    assert "Split by time" in plan and "T7.no-future-information" in plan
    assert git(repo, "status", "--porcelain").strip() == ""
