"""A new user's first hour, sixth pass (session 11): the model card names the task as the plan does, `report`
without `--html`, diffs cut at the terminal's width, the command that brings the card into the score before
any answers, one count of open questions, and `card check` and `--explain` at 80 columns. Each test fails on
588ba65."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app

TRAIN = "import torch\n\nmodel = torch.nn.Linear(10, 2)\n"


def run(*args: str, cwd: Path, width: int = 80, env: dict[str, str] | None = None) -> Any:
    old = Path.cwd()
    try:
        os.chdir(cwd)
        return CliRunner().invoke(app, list(args), env={"COLUMNS": str(width), "LINES": "24", **(env or {})},
                                  catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture
def code_repo(tmp_path: Path) -> Path:
    """A lab's repository with a training script, before deeprules."""
    root = make_repo(tmp_path / "lab")
    (root / "train.py").write_text(TRAIN)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "code")
    return root


def model_type(root: Path) -> str:
    return next(line for line in (root / "MODEL_CARD.md").read_text().splitlines() if "**Model type:**" in line)


@pytest.mark.parametrize(("example", "expected"), [
    ("microscopy", "Classification, from images (microscopy"),
    ("sequences", "Classification, from DNA or RNA sequences ("),
])
def test_the_card_names_the_task_in_the_plans_words(code_repo: Path, example: str, expected: str) -> None:
    """"Model type: A category (e.g. tumour vs normal, cell type, species) from Tabular measurements (...)":
    the questionnaire's choice labels, a capital in mid-sentence, and another name than the plan's Task row."""
    assert run("init", "--example", example, cwd=code_repo).exit_code == 0
    line = model_type(code_repo)
    assert expected in line and "(e.g." not in line.split("from", 1)[0], line
    task = re.search(r"^\| Task \| (.+?), for ", (code_repo / "PLAN.md").read_text(), re.M)
    assert task and task[1].lower() in line.lower(), (task, line)


def test_several_labels_per_example_are_in_the_model_type(code_repo: Path) -> None:
    assert run("init", "--example", "microscopy", cwd=code_repo).exit_code == 0
    assert run("answer", "multi_label=yes", cwd=code_repo).exit_code == 0
    assert "Classification with several labels per example, from images" in model_type(code_repo)


def test_report_without_html_writes_a_page_and_says_where(code_repo: Path) -> None:
    """`deeprules report` was click's "Missing option '--html'"; `-o` and `--output`, as `ethics export` and
    `split` take them, were unknown options."""
    result = run("report", cwd=code_repo)
    assert result.exit_code == 0, result.output
    assert (code_repo / "compliance.html").read_text().lstrip().lower().startswith("<!doctype html")
    assert "wrote compliance.html: open it in a browser" in result.stderr
    assert "--html FILE" in result.stderr  # how to put it elsewhere
    result = run("report", "-o", "page.html", cwd=code_repo)
    assert result.exit_code == 0 and (code_repo / "page.html").exists(), result.output
    assert "--html FILE" not in result.stderr


def test_a_diff_that_is_read_later_keeps_its_lines_whole(code_repo: Path) -> None:
    """`plan --dry-run --diff | less` (or `> changes.diff`) cut every line at 80 columns: "... species) from T"."""
    assert run("init", "--example", "microscopy", cwd=code_repo).exit_code == 0
    answers = code_repo / ".deeprules" / "answers.yaml"
    answers.write_text(re.sub(r"(?m)^n_samples: .*$", "n_samples: 50", answers.read_text()))
    result = run("plan", "--dry-run", "--diff", cwd=code_repo)
    assert result.exit_code == 0, result.output
    changed = [line for line in result.stdout.splitlines() if line.startswith(("+", "-"))
               and not line.startswith(("+++", "---"))]
    assert changed and max(len(line) for line in changed) > 80, changed
    assert any(line.rstrip().endswith((".", "|", ")", "-->")) for line in changed if len(line) > 80), changed


def test_before_any_answers_the_card_checks_are_brought_in_by_init(code_repo: Path) -> None:
    """"Not in the score yet" listed `deeprules card` for DR801, and `deeprules card` refused: "has no
    .deeprules/answers.yaml; run `deeprules init` ...". The command named is one that runs."""
    out = run("check", "--no-cache", cwd=code_repo).stdout
    adopt = out.split("Not in the score yet", 1)[1]
    init_row = next(line for line in adopt.splitlines() if line.strip().startswith("deeprules init"))
    assert "DR801" in init_row, adopt
    assert "deeprules card " not in adopt and not re.search(r"deeprules card\s*$", adopt, re.M), adopt
    data = json.loads(run("check", "--no-cache", "--json", cwd=code_repo).stdout)
    adopts = {r["id"]: r.get("adopt") for r in data["checks"]}
    assert adopts["DR801"] == "deeprules init", adopts
    refused = run("card", "check", cwd=code_repo)  # `card check` named `deeprules card` too
    assert refused.exit_code == 2 and "write it with `deeprules init`" in refused.stderr, refused.stderr
    # with answers (microscopy's: DR801 does not apply to them), the card is its own command again
    assert run("init", "--example", "microscopy", "--no-commit", cwd=code_repo).exit_code == 0
    (code_repo / "MODEL_CARD.md").unlink()
    data = json.loads(run("check", "--no-cache", "--json", cwd=code_repo).stdout)
    assert {r["id"]: r.get("adopt") for r in data["checks"]}["DR901"] == "deeprules card"


ANSWERS_WITH_UNSURE = """\
title: screen
question: Which compounds are active?
task: classification
goal: prediction
project_kind: build
modality: molecule
multi_site: unknown
"""


def test_dr102_counts_the_questions_asked_and_cites_missing_ids_once(code_repo: Path) -> None:
    """DR102 counted required questions only ("26 of 37 questions open") while the app counted every question
    asked ("12 of 40 answered ... 28 still open"); and `--explain DR102` listed 26 lines of
    ".deeprules/answers.yaml:1  n_units: unanswered", each at line 1 of a file that does not hold it."""
    answers = code_repo / "answers.yaml"
    answers.write_text(ANSWERS_WITH_UNSURE)
    assert run("init", "--answers", str(answers), cwd=code_repo).exit_code == 0
    from deeprules.answers import Answers
    from deeprules.engine import assess

    assessment = assess(Answers.load(code_repo / ".deeprules" / "answers.yaml"))
    data = json.loads(run("check", "--no-cache", "--json", "--select", "DR102", cwd=code_repo).stdout)
    dr102 = next(r for r in data["checks"] if r["id"] == "DR102")
    reason = re.match(r"(\d+) of (\d+) questions open", dr102["reason"])
    assert reason, dr102["reason"]
    assert (int(reason[1]), int(reason[2])) == (len(assessment.open_questions), len(assessment.questions_asked))
    at_line_1 = [e for e in dr102["evidence"] if e["line"] == 1]
    assert len(at_line_1) == 1 and at_line_1[0]["text"].startswith("not in the file yet: "), dr102["evidence"]
    assert any(e["text"] == "multi_site: unknown" and e["line"] == 7 for e in dr102["evidence"]), dr102["evidence"]


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_card_check_wraps_under_its_message_on_a_terminal(code_repo: Path) -> None:
    """At 80 columns each finding ran on to the next line at column 0, cut mid-word ("metad / ata")."""
    assert run("init", "--example", "microscopy", cwd=code_repo).exit_code == 0
    shown = ANSI.sub("", run("card", "check", cwd=code_repo, env={"FORCE_COLOR": "1"}).stdout)
    lines = [line.rstrip() for line in shown.splitlines() if line.strip()]
    assert lines and max(len(line) for line in lines) <= 80, shown
    indent = len(lines[0]) - len(lines[0].split("MODEL_CARD.md", 1)[1]) - len("MODEL_CARD.md")
    follow = [line for line in lines if not re.match(r"CARD\d{3} ", line) and not line.endswith("findings")]
    assert follow and all(line[:indent].strip() == "" for line in follow), shown
    piped = run("card", "check", cwd=code_repo).stdout.splitlines()  # a pipe: one line per finding, as before
    assert all(re.match(r"CARD\d{3} ", line) for line in piped[:-1]) and max(map(len, piped)) > 80, piped


def test_explain_never_breaks_a_command_over_two_lines(code_repo: Path) -> None:
    """`check --explain DR701` at 80 columns: "... scaffold); `deeprules" / "init` asks"."""
    (code_repo / "split.py").write_text("from sklearn.model_selection import train_test_split\n"
                                        "a, b = train_test_split(list(range(100)), test_size=0.2)\n")
    git(code_repo, "add", "-A")
    git(code_repo, "commit", "-q", "-m", "split")
    for width in (60, 72, 80, 100):
        out = run("check", "--explain", "DR701", "--no-cache", cwd=code_repo, width=width).stdout
        assert "`deeprules init`" in out, out
        lines = out.splitlines()
        assert all(line.count("`") % 2 == 0 for line in lines), out
        assert max(len(line) for line in lines) <= width, out


@pytest.mark.parametrize("width", [60, 80, 100])
def test_what_to_do_next_names_whole_commands_that_run_when_pasted(code_repo: Path, width: int) -> None:
    """"here: nothing found (what it looked for: --explain DR304)": pasted, `--explain DR304` is no command; and
    Rich cut the fixes' commands in backticks over two lines ("`deeprules ethics" / "list --status open`")."""
    assert run("init", "--example", "microscopy", cwd=code_repo).exit_code == 0
    out = run("check", "--no-cache", cwd=code_repo, width=width).stdout
    section = out.split("What to do next", 1)[1].split("Not in the score yet", 1)[0]
    assert re.search(r"here: nothing found; see\s+`deeprules check --explain DR\d+`", section), section
    assert "`" in section and all(line.count("`") % 2 == 0 for line in section.splitlines()), section


def test_an_unknown_size_says_how_to_find_out_once() -> None:
    """Beside the first questions: "... Count it before committing to deep learning. If the data set is large
    (count the examples), the verdict becomes ...: count the examples the model would learn from ...": the
    condition carried the check's own advice in parentheses."""
    from deeprules.answers import Answers
    from deeprules.engine import assess

    text = next(r.text for r in assess(Answers()).reasons if "examples is not known yet" in r.text)
    assert "(count the examples)" not in text and text.lower().count("count the examples") == 1, text
