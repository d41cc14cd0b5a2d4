"""The choices added by the seventh advice review (w26d): the task 'anomaly' and the project kind 'probe' are
on their screens at 80x24, chosen there, saved, and the questions that follow them are the right ones (no label
questions for an anomaly detector)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_review3_questions import LABEL_QUESTIONS, choose_on_screen
from tui_helpers import run_async

from deeprules.answers import ANSWERS_PATH, Answers


@run_async
async def test_an_anomaly_detector_is_chosen_on_screen_and_asks_no_label_questions(repo: Path) -> None:
    values: dict[str, Any] = {**Answers.example("microscopy").answered(), "task": "anomaly",
                              "title": "Odd phenotypes", "n_samples": 400_000}
    asked = await choose_on_screen(repo, values, {"task": "Unusual samples flagged"})
    assert "task" in asked
    for label_question in LABEL_QUESTIONS:
        assert label_question not in asked
    assert Answers.load(repo / ANSWERS_PATH).answered()["task"] == "anomaly"


@run_async
async def test_a_linear_probe_is_chosen_on_the_project_kind_screen(repo: Path) -> None:
    values: dict[str, Any] = {**Answers.example("expression").answered(), "project_kind": "probe",
                              "title": "Probe"}
    asked = await choose_on_screen(repo, values, {"project_kind": "Fit a simple model"})
    assert "project_kind" in asked
    assert Answers.load(repo / ANSWERS_PATH).answered()["project_kind"] == "probe"
