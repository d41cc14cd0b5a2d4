"""The questions added by the third advice review (w20d): genotype_data, multi_label and paired_inputs are asked in
the TUI as typed choice screens, and the new task choice (self-supervised) is on the task screen; the answers
are saved and the plan written from them follows them (a polygenic-score baseline, cold splits, multi-label
metrics; no label questions for a self-supervised task)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tui_helpers import SIZE, answer, git, make_app, run_async, screen_lines, settle, wait_for, wait_for_screen

from deeprules.answers import ANSWERS_PATH, Answers
from deeprules.tui.screens.question import QuestionScreen
from deeprules.tui.screens.review import ReviewScreen
from deeprules.tui.screens.start import StartScreen

# Chromatin-state labels from genotypes of individuals, several labels each, pairs of individuals: not a real
# project, but one that is asked all three new questions and answers yes to each.
GENOTYPE_PAIRS: dict[str, Any] = {
    **Answers.example("expression").answered(),
    "title": "Genotype pairs", "question": "Do genotype pairs predict shared traits?", "modality": "tabular",
    "genotype_data": "yes", "multi_label": "yes", "paired_inputs": "yes", "n_classes": 40, "n_samples": 5_000,
    "n_min_class": 200, "minority_fraction": 0.04, "long_tail": "no",
}
WORDING = {
    "genotype_data": "genotypes of individuals",
    "multi_label": "carry several labels",
    "paired_inputs": "pair two entities",
}


async def _walk_reading(pilot: Any, app: Any, values: dict[str, Any], read: dict[str, str]) -> list[str]:
    """Answer every question; on the screens named in `read`, check the wording a user sees first."""
    asked: list[str] = []
    screen = None
    while True:
        screen = await wait_for(
            pilot, lambda prev=screen: pilot.app.screen if pilot.app.screen is not prev
            and isinstance(pilot.app.screen, QuestionScreen | ReviewScreen) else None, "the next question")
        await pilot.pause()
        if isinstance(screen, ReviewScreen):
            return asked
        qid = screen.question.id
        asked.append(qid)
        if qid in read:
            if screen.question.choices:  # pick the choice first: a long list scrolls it into view
                await pilot.press(str(list(screen.question.values).index(values.get(qid)) + 1))
                await pilot.pause()
            assert read[qid] in " ".join(" ".join(screen_lines(app)).split()), qid
        await answer(pilot, values.get(qid))


@run_async
async def test_genotype_multi_label_and_pair_questions_are_asked_and_drive_the_plan(repo: Path) -> None:
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        asked = await _walk_reading(pilot, app, GENOTYPE_PAIRS, WORDING)
        assert {"genotype_data", "multi_label", "paired_inputs"} <= set(asked)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        saved = Answers.load(repo / ANSWERS_PATH).answered()
        assert (saved["genotype_data"], saved["multi_label"], saved["paired_inputs"]) == ("yes", "yes", "yes")
        await wait_for(pilot, lambda: review.result is not None, "the dry run")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: review.written, "the commit")
        await settle(pilot)
    plan = (repo / "PLAN.md").read_text()
    assert "a linear polygenic score" in plan and "Paired inputs: hold out entities (cold splits)" in plan
    assert "several labels per example" in plan and "T7.relatedness-and-ancestry" in plan
    assert git(repo, "status", "--porcelain").strip() == ""


async def choose_on_screen(repo: Path, values: dict[str, Any], read: dict[str, str]) -> list[str]:
    """Walk the questionnaire from the start screen with `values`, reading `read`'s wording on its questions'
    screens; the ids of the questions asked."""
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        return await _walk_reading(pilot, app, values, read)


#: questions only a task with labels asks
LABEL_QUESTIONS = ("label_noise", "label_scope", "time_ordered", "n_unlabeled", "multi_label")


@run_async
async def test_a_self_supervised_task_is_chosen_on_screen_and_asks_no_label_questions(repo: Path) -> None:
    values: dict[str, Any] = {**Answers.example("microscopy").answered(), "task": "self_supervised",
                              "title": "Denoising", "n_samples": 4_000}
    asked = await choose_on_screen(repo, values, {"task": "each input, learned without labels"})
    assert "task" in asked
    for label_question in LABEL_QUESTIONS:
        assert label_question not in asked
    assert Answers.load(repo / ANSWERS_PATH).answered()["task"] == "self_supervised"


def test_the_bundled_examples_answer_the_new_questions() -> None:
    """Other Pilot tests walk the questionnaire with an example's answers: each example answers the new questions,
    so a walk never stops on one of them and `deeprules init --example` leaves none open."""
    for name in ("clinical", "expression", "sequences"):
        assert Answers.example(name).answered()["genotype_data"] == "no"
    for name in ("clinical", "expression", "microscopy", "molecules", "pneumonia", "sequences"):
        values = Answers.example(name).answered()
        assert values["multi_label"] == "no" and values["paired_inputs"] == "no"


@run_async
async def test_the_optional_simulation_question_starts_on_no_and_a_yes_drives_the_plan(repo: Path) -> None:
    """w24e: `simulated_labels` (optional) is asked after the label-noise question. A user without a simulator
    answers it with Enter alone (the cursor starts on "No"); a user who picks "Yes" gets tip 7's test on real
    data and on deliberately wrong simulations in the plan."""
    values: dict[str, Any] = {**Answers.example("microscopy").answered(), "title": "Simulated cells",
                              "simulated_labels": "yes"}
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        screen = None
        while True:
            screen = await wait_for(
                pilot, lambda prev=screen: pilot.app.screen if pilot.app.screen is not prev
                and isinstance(pilot.app.screen, QuestionScreen | ReviewScreen) else None, "the next question")
            await pilot.pause()
            if isinstance(screen, ReviewScreen):
                break
            if screen.question.id == "simulated_labels":
                options = screen.query_one("#answer-options")
                assert screen.question.values[options.highlighted] == "no"  # Enter alone answers "no"
                assert "simulated or synthetic" in str(screen.query_one("#prompt").render())
                assert "Optional: Ctrl+N skips it." in str(screen.query_one("#help-text").render())
            await answer(pilot, values.get(screen.question.id))
        review = app.screen
        assert Answers.load(repo / ANSWERS_PATH).answered()["simulated_labels"] == "yes"
        await wait_for(pilot, lambda: review.result is not None, "the dry run")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: review.written, "the commit")
        await settle(pilot)
    plan = (repo / "PLAN.md").read_text()
    assert "Test a simulation-trained model on real data and on wrong simulations" in plan
