"""Whole flows through the questionnaire, driven with Pilot on real temporary git repositories."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual import _time, events
from tui_helpers import (
    SIZE,
    answer,
    git,
    make_app,
    microscopy,
    read_in,
    run_async,
    screen_lines,
    settle,
    shown,
    type_fast,
    wait_for,
    wait_for_screen,
)

from deeprules.answers import ANSWERS_PATH, Answers
from deeprules.tui.screens.question import QuestionScreen
from deeprules.tui.screens.review import ReviewScreen
from deeprules.tui.screens.start import StartScreen


async def walk_all(pilot: Any, values: dict[str, Any]) -> list[str]:
    """Answer every question asked, in order, until the review screen; returns the ids asked."""
    asked: list[str] = []
    screen = None
    while True:
        screen = await wait_for(
            pilot, lambda prev=screen: pilot.app.screen if pilot.app.screen is not prev
            and isinstance(pilot.app.screen, QuestionScreen | ReviewScreen) and shown(pilot.app.screen)
            else None, "the next question")
        await pilot.pause()
        if isinstance(screen, ReviewScreen):
            return asked
        qid = screen.question.id
        assert qid not in asked, f"{qid} asked twice"
        asked.append(qid)
        await answer(pilot, values.get(qid))


@run_async
async def test_answer_everything_then_commit(repo: Path) -> None:
    values = microscopy()
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        asked = await walk_all(pilot, values)
        # Questions whose condition is false are skipped: the microscopy project has no sequences.
        assert "related_sequences" not in asked and "clinical_use" not in asked
        assert "n_min_class" in asked and "minority_fraction" in asked

        saved = Answers.load(repo / ANSWERS_PATH).answered()
        assert saved == values

        review = app.screen
        assert isinstance(review, ReviewScreen)
        await wait_for(pilot, lambda: review.result is not None, "the dry run")
        assert {f.path for f in review.result.files} >= {"PLAN.md", ".deeprules/answers.yaml"}
        assert "PLAN.md" in (git(repo, "status", "--porcelain") or "") or not (repo / "PLAN.md").exists()
        summary = str(review.query_one("#review-summary").render())
        assert "1 written earlier, not committed yet" in summary  # the answers, saved as the user went
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: review.written, "the commit")
        await settle(pilot)
        await wait_for(pilot, lambda: "Nothing to write or commit" in str(review.query_one("#review-summary")
                                                                          .render()), "the summary after it")
        assert "Ctrl+S" not in str(review.query_one("#review-summary").render())

    log = git(repo, "log", "--format=%s")
    subjects = log.strip().splitlines()
    assert len(subjects) == 1 and subjects[0].startswith("deeprules: add plan")
    files = set(git(repo, "show", "--name-only", "--format=", "HEAD").split())
    assert {"PLAN.md", ".deeprules/answers.yaml"} <= files
    assert "Microalgae image classifier" in (repo / "PLAN.md").read_text()
    assert git(repo, "status", "--porcelain").strip() == ""


@run_async
async def test_back_and_change_an_answer(repo: Path) -> None:
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        first = await wait_for_screen(pilot, QuestionScreen)
        assert first.question.id == "title"
        await answer(pilot, "Cell atlas")
        second = await wait_for_screen(pilot, QuestionScreen, not_this=first)
        assert second.question.id == "question"
        await answer(pilot, "Which cell types are in the sample?")
        third = await wait_for_screen(pilot, QuestionScreen, not_this=second)
        assert third.question.id == "organism"

        # Back twice: the earlier answers are still there, shown in the input.
        await pilot.press("escape")
        back = await wait_for_screen(pilot, QuestionScreen, not_this=third)
        assert back.question.id == "question"
        await pilot.press("escape")
        title = await wait_for_screen(pilot, QuestionScreen, not_this=back)
        assert title.query_one("#answer-input").value == "Cell atlas"
        await answer(pilot, "Tumour atlas")
        again = await wait_for_screen(pilot, QuestionScreen, not_this=title)
        assert again.question.id == "question"
        assert again.query_one("#answer-input").value == "Which cell types are in the sample?"
        await settle(pilot)

    saved = Answers.load(repo / ANSWERS_PATH).answered()
    assert saved == {"title": "Tumour atlas", "question": "Which cell types are in the sample?"}


@run_async
async def test_validation_as_you_type(repo: Path) -> None:
    app = make_app(repo, answers=Answers({"title": "T", "question": "Q", "task": "regression",
                                          "goal": "prediction", "project_kind": "build", "interpretability": "low",
                                          "modality": "tabular"}))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        screen = await wait_for_screen(pilot, QuestionScreen)
        assert screen.question.id == "n_samples"
        await pilot.press("a", "b")
        await pilot.pause()
        error = str(screen.query_one("#error").render())
        assert "expected a whole number" in error
        await pilot.press("enter")  # refused: still the same question
        await pilot.pause()
        assert app.screen is screen
        screen.query_one("#answer-input").value = ""
        await pilot.press("-", "5")
        await pilot.pause()
        assert "out of range" in str(screen.query_one("#error").render())
        screen.query_one("#answer-input").value = ""
        await pilot.press(*"1,200", "enter")
        nxt = await wait_for_screen(pilot, QuestionScreen, not_this=screen)
        assert nxt.question.id == "n_unlabeled"  # n_min_class is only asked for classification
        await settle(pilot)
    assert Answers.load(repo / ANSWERS_PATH)["n_samples"] == 1200


@run_async
async def test_resume_after_quitting(repo: Path) -> None:
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        s1 = await wait_for_screen(pilot, QuestionScreen)
        await answer(pilot, "Plankton")
        s2 = await wait_for_screen(pilot, QuestionScreen, not_this=s1)
        await answer(pilot, "Which taxon?")
        s3 = await wait_for_screen(pilot, QuestionScreen, not_this=s2)
        await answer(pilot, None)  # organism is optional
        s4 = await wait_for_screen(pilot, QuestionScreen, not_this=s3)
        assert s4.question.id == "task"
        await answer(pilot, "classification")
        await wait_for_screen(pilot, QuestionScreen, not_this=s4)
        await pilot.press("ctrl+q")

    # The terminal is gone; a new session picks up where the last one stopped.
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        start = await wait_for_screen(pilot, StartScreen)
        assert "3 of" in str(start.query_one("#answers-info").render())
        await pilot.press("enter")
        resumed = await wait_for_screen(pilot, QuestionScreen)
        assert resumed.question.id == "goal"
        assert app.session.answers["task"] == "classification"
        await pilot.press("escape")
        task = await wait_for_screen(pilot, QuestionScreen, not_this=resumed)
        assert task.question.id == "task"
        assert task.query_one("#answer-options").highlighted == 0


@run_async
async def test_a_digit_picks_and_enter_answers(repo: Path) -> None:
    """A digit moves the highlight (the assessment previews it); only Enter records the answer."""
    app = make_app(repo, answers=Answers({"title": "T", "question": "Q"}))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        task = await wait_for_screen(pilot, QuestionScreen)
        assert task.question.id == "task"
        assert "Enter answers" in str(task.query_one("#keys-hint").render())  # said on screen
        await pilot.press("2")
        await settle(pilot)
        assert app.screen is task and "task" not in app.session.answers
        assert task.query_one("#answer-options").highlighted == 1
        await pilot.press("enter")
        goal = await wait_for_screen(pilot, QuestionScreen, not_this=task)
        assert goal.question.id == "goal"
        assert app.session.answers["task"] == "regression"


@run_async
async def test_keys_typed_ahead_never_answer_an_unseen_question(repo: Path) -> None:
    """The issue's case: a digit, then Enter, then more Enters while the next question is being built.
    The first Enter answers the question on screen; the rest were pressed before the next question was
    shown, and are dropped: nothing is recorded that the user has not seen."""
    app = make_app(repo, answers=Answers({"title": "T", "question": "Q"}))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        task = await wait_for_screen(pilot, QuestionScreen)
        type_fast(app, "1", "enter", "enter", "1", "enter", "enter")
        goal = await wait_for_screen(pilot, QuestionScreen, not_this=task)
        await settle(pilot)
        assert goal.question.id == "goal" and app.screen is goal
        assert app.session.answers["task"] == "classification"
        assert "goal" not in app.session.answers and "interpretability" not in app.session.answers

        # The mechanism, directly: a key stamped before the screen's first frame is dropped; one after it
        # (a user who has read the question) is taken.
        early = events.Key("enter", "\r")
        early.time = goal.shown_clock.shown_at - 0.01
        app.post_message(early)
        await settle(pilot)
        assert app.screen is goal and "goal" not in app.session.answers
        await pilot.press("enter")
        nxt = await wait_for_screen(pilot, QuestionScreen, not_this=goal)
        assert nxt.question.id == "project_kind"  # (w23e: asked after the goal)
        assert app.session.answers["goal"] == goal.question.choices[0].value
        assert isinstance(app.screen_stack[0], StartScreen)
        await pilot.press("ctrl+o")  # back to the start screen, the walk ends cleanly
        await wait_for_screen(pilot, StartScreen)
        assert len(app.screen_stack) == 1


@run_async
async def test_the_review_ignores_a_ctrl_s_typed_ahead(repo: Path) -> None:
    """Ctrl+S pressed before the review was drawn must not commit files the user has not seen."""
    from deeprules.tui.demo import build_demo_repo

    build_demo_repo(repo)
    head = git(repo, "rev-parse", "HEAD")
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        app.session.set_answer("compute", "cluster")
        pressed = _time.get_time()
        await pilot.press("ctrl+r")
        review = await wait_for_screen(pilot, ReviewScreen)
        await wait_for(pilot, lambda: review.result is not None, "the dry run")
        # Ctrl+S typed right after Ctrl+R, before the review was drawn, reaching the app late (a busy app).
        late = events.Key("ctrl+s", "\x13")
        late.time = pressed
        app.post_message(late)
        await settle(pilot)
        assert not review.written
    assert git(repo, "rev-parse", "HEAD") == head


@run_async
async def test_review_shows_conflicts_and_commits_nothing(repo: Path) -> None:
    from deeprules.tui.demo import build_demo_repo

    build_demo_repo(repo)
    plan = repo / "PLAN.md"
    text = plan.read_text()
    line = next(x for x in text.splitlines() if x.startswith("| Compute |"))
    plan.write_text(text.replace(line, "| Compute | our own GPU box, shared with the imaging lab |"))
    head = git(repo, "rev-parse", "HEAD")
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        app.session.set_answer("compute", "laptop")
        await pilot.press("ctrl+r")
        review = await wait_for_screen(pilot, ReviewScreen)
        await wait_for(pilot, lambda: review.result is not None, "the dry run")
        assert review.result.conflicts == ["PLAN.md"]
        assert "Conflicts in PLAN.md" in str(review.query_one("#review-summary").render())
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: review.written, "the write")
        await settle(pilot)
        assert "nothing committed" in str(review.query_one("#review-summary").render())
    assert git(repo, "rev-parse", "HEAD") == head
    assert "<<<<<<<" in plan.read_text()


async def back_to(pilot: Any, question_id: str) -> QuestionScreen:
    """Esc, question by question, back to `question_id`."""
    screen = pilot.app.screen
    while screen.question.id != question_id:
        await pilot.press("escape")
        screen = await wait_for_screen(pilot, QuestionScreen, not_this=screen)
    return screen


def _answers_file(repo: Path, values: dict[str, Any]) -> bytes:
    path = repo / ANSWERS_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(Answers(values).to_yaml())
    return path.read_bytes()


@run_async
async def test_a_contradicting_answer_is_refused_on_screen_and_not_saved(repo: Path) -> None:
    """The check `deeprules answer` makes (exit 2, both answers named): the question stays, says which earlier
    answer it contradicts and how to get there, and the file keeps what it had."""
    saved = _answers_file(repo, {"title": "T", "question": "Q", "task": "classification", "goal": "prediction",
                                 "project_kind": "build", "interpretability": "low", "modality": "image",
                                 "n_classes": 2, "ordinal_labels": "no", "multi_label": "no", "n_samples": 1000})
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        screen = await wait_for_screen(pilot, QuestionScreen)
        assert screen.question.id == "n_min_class"
        await pilot.press(*"2000")
        await pilot.pause()
        error = str(screen.query_one("#error").render())
        assert "n_min_class = 2000 contradicts your answer n_samples = 1000" in error
        assert "smallest class cannot hold more examples" in error
        assert "Esc goes back to n_samples (1 question back)" in error
        await pilot.press("enter")  # refused: the same question, nothing saved
        await settle(pilot)
        assert app.screen is screen and "n_min_class" not in app.session.answers
        assert (repo / ANSWERS_PATH).read_bytes() == saved

        # The way out it names: Esc to n_samples, a larger data set, then the same answer is taken.
        n_samples = await back_to(pilot, "n_samples")
        await answer(pilot, 5000)
        again = await wait_for_screen(pilot, QuestionScreen, not_this=n_samples)
        assert again.question.id == "n_min_class"
        await answer(pilot, 2000)
        await wait_for_screen(pilot, QuestionScreen, not_this=again)
        await settle(pilot)
    on_disk = Answers.load(repo / ANSWERS_PATH)
    assert (on_disk["n_samples"], on_disk["n_min_class"]) == (5000, 2000)


@run_async
async def test_a_contradicting_choice_names_the_later_answer_and_how_to_reach_it(repo: Path) -> None:
    """Choosing classification makes a smallest class left over from before count, and it is larger than the
    data set: refused, with the answer ahead named and the keys that get there."""
    saved = _answers_file(repo, {"title": "T", "question": "Q", "task": "regression", "goal": "prediction",
                                 "project_kind": "build", "interpretability": "low", "modality": "image",
                                 "n_samples": 100, "n_min_class": 500})
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        await wait_for_screen(pilot, QuestionScreen)
        task = await back_to(pilot, "task")
        await answer(pilot, "classification")
        await settle(pilot)
        assert app.screen is task and app.session.answers["task"] == "regression"
        error = str(task.query_one("#error").render())
        assert ("with task = classification, your answers n_min_class = 500 and n_samples = 100 contradict each other"
                in error)
        assert "Ctrl+N skips this question, change n_samples (5 ahead), then come back with Esc" in error
        assert (repo / ANSWERS_PATH).read_bytes() == saved
        await pilot.press("2")  # another choice: the refusal was about the one before
        await pilot.pause()
        assert not task.query_one("#error").has_class("shown")

        # Following it: five Ctrl+N, a larger data set, Esc back to the task; classification is taken now.
        screen = task
        for _ in range(5):
            await pilot.press("ctrl+n")
            screen = await wait_for_screen(pilot, QuestionScreen, not_this=screen)
        assert screen.question.id == "n_samples"
        await answer(pilot, 1000)
        await wait_for_screen(pilot, QuestionScreen, not_this=screen)
        task = await back_to(pilot, "task")
        await answer(pilot, "classification")
        await wait_for_screen(pilot, QuestionScreen, not_this=task)
        await settle(pilot)
    on_disk = Answers.load(repo / ANSWERS_PATH)
    assert (on_disk["task"], on_disk["n_samples"], on_disk["n_min_class"]) == ("classification", 1000, 500)


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (50, 24)])
@run_async
async def test_the_review_shows_every_file_whole_at_any_width(repo: Path, size: tuple[int, int]) -> None:
    """Every file the review lists reads whole: one row per file when it fits (the list above the diff
    under 110 columns, beside it from there), wrapped onto the next row when it does not; never cut."""
    from textual.widgets import Label, ListItem

    _answers_file(repo, microscopy())  # nothing committed yet: the plan, card and seeded concerns
    app = make_app(repo)
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("ctrl+r")
        review = await wait_for_screen(pilot, ReviewScreen)
        await wait_for(pilot, lambda: review.result is not None, "the dry run")
        await settle(pilot)
        longest = max((f.path for f in review.result.files), key=len)
        assert len(longest) > 60, longest  # a seeded concern: "ethics/ETH-0002-document-the-model-before-..."
        visible = review.query_one("#file-list").content_region
        lines = screen_lines(app)
        rows = {}
        for item in review.query(ListItem):
            label = item.query_one(Label)
            if not visible.contains_region(label.region):  # scrolled out of view (the list scrolls)
                continue
            shown_rows = read_in(lines, label.region)
            rows[item.name] = shown_rows
            assert "".join(shown_rows).replace(" ", "") == str(label.render()).replace(" ", ""), shown_rows
        if size[0] >= 80:  # room for every file, one row each
            assert longest in rows and ".deeprules/answers.yaml" in rows
            assert all(len(r) == 1 for r in rows.values()), rows
        else:
            assert any(len(r) > 1 for r in rows.values()), "wrapped, not cut"
        stacked = review.query_one("#review-files").region.bottom <= review.query_one("#review-diff").region.y
        assert stacked, "the concern file names are too long to sit beside the diff, even at 120 columns"


@run_async
async def test_the_review_puts_short_names_beside_the_diff_on_a_wide_screen(repo: Path) -> None:
    from deeprules.tui.demo import build_demo_repo

    build_demo_repo(repo)
    app = make_app(repo)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_screen(pilot, StartScreen)
        app.session.set_answer("compute", "cluster")
        await pilot.press("ctrl+r")
        review = await wait_for_screen(pilot, ReviewScreen)
        await wait_for(pilot, lambda: review.result is not None, "the dry run")
        await settle(pilot)
        files, diff = review.query_one("#review-files").region, review.query_one("#review-diff").region
        assert files.right <= diff.x and files.y == diff.y, "side by side"
        listed = read_in(screen_lines(app), review.query_one("#file-list").content_region)
        assert "unchanged .deeprules/answers.yaml (uncommitted)" in [row.strip() for row in listed]


@pytest.mark.parametrize(("width", "whole"), [(80, True), (120, True), (60, False)])
@run_async
async def test_the_group_title_is_whole_or_ends_in_an_ellipsis(repo: Path, width: int, whole: bool) -> None:
    _answers_file(repo, {"title": "T", "question": "Q", "task": "regression", "goal": "prediction",
                         "project_kind": "build", "interpretability": "low", "modality": "image"})
    app = make_app(repo)
    async with app.run_test(size=(width, 24)) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        screen = await wait_for_screen(pilot, QuestionScreen)
        title = screen.position.group_title
        assert len(f"2/4 {title}") == 41, "the longest group title"
        shown_title = read_in(screen_lines(app), screen.query_one("#group-label").region)[0].strip()
        if whole:
            assert shown_title == f"2/4 {title}"
        else:
            assert shown_title.endswith("…") and f"2/4 {title}".startswith(shown_title[:-1])


@run_async
async def test_an_unreadable_concern_file_is_named_on_the_start_screen_and_in_the_review(repo: Path) -> None:
    from deeprules.tui.demo import build_demo_repo

    build_demo_repo(repo)
    concern = sorted((repo / "ethics").glob("ETH-*.md"))[0]
    concern.write_text(concern.read_text().replace("status: open", "status: [open", 1))
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        start = await wait_for_screen(pilot, StartScreen)
        await wait_for(pilot, lambda: start.query_one("#status-info").display, "the files line")
        line = str(start.query_one("#status-info").render())
        assert f"ethics/{concern.name}:" in line and "malformed YAML" in line
        await pilot.press("ctrl+r")
        review = await wait_for_screen(pilot, ReviewScreen)
        await wait_for(pilot, lambda: "malformed YAML" in str(review.query_one("#review-summary").render()),
                       "the error")
        assert f"ethics/{concern.name}:" in str(review.query_one("#review-summary").render())


@run_async
async def test_a_count_question_shows_its_whole_placeholder_at_80_columns_without_a_made_up_example(
        repo: Path) -> None:
    _answers_file(repo, {"title": "T", "question": "Q", "task": "classification", "goal": "prediction",
                         "project_kind": "build", "interpretability": "low", "modality": "tabular"})
    app = make_app(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        screen = await wait_for_screen(pilot, QuestionScreen)
        assert screen.question.id == "n_classes"
        box = screen.query_one("#answer-input")
        placeholder = " ".join(read_in(screen_lines(app), box.content_region)).strip()
        assert placeholder == "a whole number (2 or more)"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@run_async
async def test_a_refusal_is_whole_on_screen_and_the_help_returns_when_it_is_fixed(
        repo: Path, size: tuple[int, int]) -> None:
    """The message ends with the keys that lead to the answer to change: at 80x24 the help under it cut that off."""
    _answers_file(repo, {"title": "T", "question": "Q", "task": "classification", "goal": "prediction",
                         "project_kind": "build", "interpretability": "low", "modality": "tabular", "n_classes": 3,
                         "ordinal_labels": "no", "multi_label": "no", "n_samples": 500})
    app = make_app(repo)
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        screen = await wait_for_screen(pilot, QuestionScreen)
        assert screen.question.id == "n_min_class"
        await pilot.press(*"500")
        await settle(pilot)
        error = screen.query_one("#error")
        message = " ".join(str(error.render()).split())
        assert message.endswith("Esc goes back to n_samples (1 question back).")
        if size == (60, 20):  # narrower than the message: the rest is a scroll away, not cut off
            screen.query_one("#answer-area").scroll_end(animate=False)
            await settle(pilot)
        if size == (60, 20):
            area = " ".join(" ".join(read_in(screen_lines(app), screen.query_one("#answer-area").region)).split())
            assert area.endswith("Esc goes back to n_samples (1 question back).")
        else:
            assert " ".join(" ".join(read_in(screen_lines(app), error.region)).split()) == message
        assert not screen.query_one("#help").display
        await pilot.press("backspace", "backspace")
        await settle(pilot)
        assert screen.query_one("#help").display and not error.has_class("shown")


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@run_async
async def test_start_screen_values_wrap_in_their_own_column(repo: Path, size: tuple[int, int]) -> None:
    """A long value (the next question, the verdict, the files line) wraps beside its label, not under it."""
    _answers_file(repo, {"title": "T", "question": "Q", "task": "classification", "goal": "prediction",
                         "project_kind": "build", "interpretability": "low", "modality": "tabular", "n_classes": 3})
    app = make_app(repo)
    async with app.run_test(size=size) as pilot:
        start = await wait_for_screen(pilot, StartScreen)
        await wait_for(pilot, lambda: start.query_one("#status-info").display, "the files line")
        await settle(pilot)
        lines = screen_lines(app)
        top = next(i for i, line in enumerate(lines) if "Repository" in line)
        rows = [line for line in lines[top:start.query_one("#sections").region.y] if line.strip()]
        assert len(rows) > 5, "some values wrap"
        labels = [line[:14].strip() for line in rows]
        assert [label for label in labels if label] == ["Repository", "Answers", "Verdict", "Files"]
        assert all(line[14:].strip() for line in rows), "every row has its value text in the value column"


@run_async
async def test_the_start_screen_calls_a_verdict_from_open_questions_provisional(repo: Path) -> None:
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        start = await wait_for_screen(pilot, StartScreen)
        await settle(pilot)
        shown_verdict = " ".join(read_in(screen_lines(app), start.query_one("#verdict-info").region))
        assert "provisional: nothing answered yet" in " ".join(shown_verdict.split())
    _answers_file(repo, microscopy())
    app = make_app(repo)
    async with app.run_test(size=SIZE) as pilot:
        start = await wait_for_screen(pilot, StartScreen)
        await settle(pilot)
        assert "provisional" not in str(start.query_one("#verdict-info").render())
