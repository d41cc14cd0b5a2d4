"""The questions added by the fourth advice review (w22e): censored_outcome and spatial_structure are asked in the
TUI as typed choice screens, the answers are saved, and the plan written from them follows them (a spatial block
split and a location-only baseline; survival baselines and metrics and the censoring item)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_review3_questions import _walk_reading
from tui_helpers import SIZE, git, make_app, run_async, settle, wait_for, wait_for_screen

from deeprules.answers import ANSWERS_PATH, Answers
from deeprules.tui.screens.review import ReviewScreen
from deeprules.tui.screens.start import StartScreen

# A field survey repeated over years with plots that leave the study: asked both new questions, yes to each.
SURVEY: dict[str, Any] = {
    **Answers.example("clinical").answered(),
    "title": "Plot survey", "question": "Which surveyed plots lose the native grass within five years?",
    "human_subjects": "no", "spatial_structure": "yes", "censored_outcome": "yes",
}
WORDING = {
    "spatial_structure": "places in space",
    "censored_outcome": "death, end of study",
}


@run_async
async def test_spatial_and_censoring_questions_are_asked_and_drive_the_plan(repo: Path) -> None:
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        asked = await _walk_reading(pilot, app, SURVEY, WORDING)
        assert {"spatial_structure", "censored_outcome"} <= set(asked)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        saved = Answers.load(repo / ANSWERS_PATH).answered()
        assert (saved["spatial_structure"], saved["censored_outcome"]) == ("yes", "yes")
        await wait_for(pilot, lambda: review.result is not None, "the dry run")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: review.written, "the commit")
        await settle(pilot)
    plan = (repo / "PLAN.md").read_text()
    assert "spatial blocks" in plan and "Spatial data: a model of location alone" in plan
    assert "random survival forest" in plan and "Keep participants who left early" in plan
    assert git(repo, "status", "--porcelain").strip() == ""


def test_the_bundled_examples_answer_the_new_questions() -> None:
    """Walks with an example's answers never stop on a new question, and `init --example` leaves none open."""
    assert Answers.example("clinical").answered()["censored_outcome"] == "no"
    for name in ("clinical", "expression", "microscopy", "pneumonia"):
        assert Answers.example(name).answered()["spatial_structure"] == "no"
