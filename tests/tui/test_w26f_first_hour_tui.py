"""A new user's first hour in the app, sixth pass (session 11): the model card screen before any answers, the
what-if in the questionnaire's words, the start screen's counts as `check` counts them, an empty ethics register,
what the terminal says after Ctrl+Q, and the review opened on a file that does not change. Each test fails on
588ba65."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tui_helpers import make_app, read_in, run_async, screen_lines, settle, wait_for, wait_for_screen

pytest.importorskip("deeprules.register")

from deeprules.tui.screens.card import CardScreen
from deeprules.tui.screens.ethics import EthicsScreen
from deeprules.tui.screens.question import QuestionScreen
from deeprules.tui.screens.start import StartScreen


def deeprules(repo: Path, *args: str) -> str:
    return subprocess.run([sys.executable, "-m", "deeprules", *args], cwd=repo, check=True, capture_output=True,
                          text=True).stdout


def screen_text(app: object) -> str:
    return " ".join(" ".join(screen_lines(app)).split())


@run_async
async def test_card_screen_before_any_answers_says_what_to_do_in_the_app(repo: Path) -> None:
    """It said "write it with `deeprules card`" and "Press w"; w then answered "run `deeprules init --answers
    FILE` (or `deeprules` for the guided questionnaire)": CLI commands, one of them the app itself."""
    app = make_app(repo, mode="card")
    notes: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, CardScreen) and app.screen, "the card screen")
        await wait_for(pilot, lambda: "does not exist" in str(screen.query_one("#card-summary").render()),
                       "the summary")
        summary = " ".join(str(screen.query_one("#card-summary").render()).split())
        original = app.notify
        app.notify = lambda message, **kw: (notes.append(message), original(message, **kw))[1]  # type: ignore
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
    assert "Answer the questions first (F2)" in summary and "deeprules" not in summary, summary
    assert "Press w" not in summary, summary
    assert len(notes) == 2 and all("(F2)" in n and "deeprules" not in n for n in notes), notes
    assert not (repo / "MODEL_CARD.md").exists()


@run_async
async def test_what_if_names_the_choice_not_its_id(repo: Path) -> None:
    """"What if project_kind = build": the answers file's id and value, which the questionnaire never shows."""
    app = make_app(repo)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        screen = await wait_for_screen(pilot, QuestionScreen)
        while screen.question.id != "task":
            await pilot.press("ctrl+n")
            screen = await wait_for_screen(pilot, QuestionScreen, not_this=screen)
        await pilot.press("2")  # "A number (e.g. binding affinity, expression level, age)"
        await wait_for(pilot, lambda: "What if" in str(screen.query_one("#whatif").render()), "the what-if")
        await settle(pilot)
        whatif = " ".join(str(screen.query_one("#whatif").render()).split())
    assert "What if you answer “A number”" in whatif, whatif
    assert "task =" not in whatif and "regression" not in whatif and "e.g." not in whatif, whatif


@run_async
async def test_start_screen_counts_as_check_counts(repo: Path) -> None:
    """The expression example (two answers "not sure yet", one optional question empty): the start screen said
    "36 of 37 questions answered", "all answered" and "provisional: 1 question still open"; `check` said "3 of
    34 questions open"."""
    deeprules(repo, "init", "--example", "expression")
    data = json.loads(deeprules(repo, "check", "--json", "--select", "DR102"))
    reason = next(c["reason"] for c in data["checks"] if c["id"] == "DR102")
    still_open, asked = map(int, re.match(r"(\d+) of (\d+) questions open", reason).groups())  # type: ignore[union-attr]
    app = make_app(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        start = await wait_for_screen(pilot, StartScreen)
        await settle(pilot)
        answers = " ".join(read_in(screen_lines(app), start.query_one("#answers-info").region))
        verdict = " ".join(read_in(screen_lines(app), start.query_one("#verdict-info").region))
    answers, verdict = " ".join(answers.split()), " ".join(verdict.split())
    assert re.search(rf"\b\d+ of {asked} questions answered", answers), (answers, reason)
    assert f"provisional: {still_open} questions still open" in verdict, (verdict, reason)
    assert "all answered;" not in answers and "not sure yet" in answers, answers


@run_async
async def test_an_empty_register_says_how_concerns_come_in(repo: Path) -> None:
    """An empty table under "0 concerns, 0 open": nothing said that n raises one, or that the answers open some."""
    app = make_app(repo, mode="ethics")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, EthicsScreen) and app.screen, "the register")
        await wait_for(pilot, lambda: "concern" in str(screen.query_one("#ethics-summary").render()), "the summary")
        await settle(pilot)
        text = screen_text(app)
    assert "No concerns yet · n raises one · Ctrl+R reviews those your answers open" in text, text


@run_async
async def test_quitting_mid_questionnaire_says_where_the_answers_are(repo: Path) -> None:
    """Ctrl+Q after a few answers went back to the prompt without a word: were the answers kept, and how does
    one go on?"""
    from deeprules.tui.app import parting_words

    app = make_app(repo)
    assert parting_words(app.session) is None  # nothing saved yet: nothing to say
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        await wait_for_screen(pilot, QuestionScreen)
        await pilot.press(*"atlas", "enter")
        await wait_for(pilot, lambda: (repo / ".deeprules" / "answers.yaml").exists(), "the answers file")
        await pilot.press("ctrl+q")
    words = parting_words(app.session)
    assert words and re.search(r"1 of \d+ questions answered, saved in \.deeprules/answers\.yaml", words), words
    assert "`deeprules` continues where you stopped" in words and "`deeprules status`" in words, words


@run_async
async def test_the_review_opens_on_the_first_file_that_changes(repo: Path) -> None:
    """Answers that change only the card: the review opened on "Diff · PLAN.md" saying "No change.", the card's
    diff one key press away and nothing saying so."""
    from conftest import git
    from deeprules.tui.screens.review import ReviewScreen

    deeprules(repo, "init", "--example", "microscopy")
    for rel in ("MODEL_CARD.md", ".deeprules/rendered/MODEL_CARD.md"):  # a render base the next render drops
        path = repo / rel
        path.write_text(path.read_text() + "\nAn older line of the card.\n")
    git(repo, "commit", "-qam", "card as rendered before")
    app = make_app(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("ctrl+r")
        review = await wait_for_screen(pilot, ReviewScreen)
        await wait_for(pilot, lambda: review.result is not None, "the dry run")
        await settle(pilot)
        actions = {f.path: f.action for f in review.result.files}
        title = str(review.query_one("#review-diff").border_title)
        diff = " ".join(screen_lines(app))
    assert actions["PLAN.md"] == "unchanged" and actions["MODEL_CARD.md"] != "unchanged", actions
    assert title == "Diff · MODEL_CARD.md" and "No change." not in diff, (title, diff)
