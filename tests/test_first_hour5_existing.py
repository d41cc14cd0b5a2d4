"""A new user's first hour, fifth pass of session 10: deeprules on an EXISTING project (a single-cell
repository with 600 commits of code), as a bioinformatician runs it: `check`, `history`, `report`, `init`,
two projects in one repository. Each test fails on 0ad00f4."""

from __future__ import annotations

import io
import itertools
import os
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app

FAILING_CODE = {
    # unpinned requirements (DR303), a network without baselines, tracking, search or interpretation
    "requirements.txt": "numpy>=1.19\npandas>=1.0\ntorch>=1.8\n",
    "src/train.py": "import torch\nimport pandas as pd\n\nmodel = torch.nn.Linear(10, 2)\n"
                    "df = pd.read_csv('data/cells.csv')\n",
}


def run(*args: str, cwd: Path, width: int = 80) -> Any:
    old = Path.cwd()
    try:
        os.chdir(cwd)
        return CliRunner().invoke(app, list(args), env={"COLUMNS": str(width), "LINES": "24"},
                                  catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    """A lab's repository with code and history, before deeprules."""
    root = make_repo(tmp_path / "celltypes")
    for rel, text in FAILING_CODE.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "code")
    return root


def next_steps(output: str) -> str:
    return output.split("What to do next", 1)[1].split("Not in the score yet", 1)[0]


def test_what_to_do_next_says_what_each_check_found_in_this_repository(existing: Path) -> None:
    """The fix text is the same in every repository ("Commit a lock file ... or pin every line of
    requirements.txt"); nothing under it said that THIS repository's requirements.txt pins 0 of 3."""
    section = next_steps(run("check", "--no-cache", cwd=existing).output)
    dr303 = section.split("DR303", 1)[1].split("\n  DR", 1)[0]
    assert "here: requirements.txt:1" in dr303 and "0 of 3" in " ".join(dr303.split()), section
    # a check that found nothing says so, and where to read what it looked for
    assert re.search(r"here: nothing found; see `deeprules check --explain DR\d+`", section), section


def test_what_to_do_next_says_how_many_more_checks_are_not_passing(existing: Path) -> None:
    """Five steps were shown and the other failing checks (DR102 after `init`, DR601, DR602, ...) were nowhere
    in the list, with no word that the list was cut."""
    res = run("check", "--no-cache", "--json", cwd=existing)
    import json

    not_passing = [c["id"] for c in json.loads(res.output)["checks"]
                   if c["status"] in ("fail", "warn") and not c.get("ignored")]
    assert len(not_passing) > 5
    section = " ".join(next_steps(run("check", "--no-cache", cwd=existing).output).split())
    found = re.search(r"and (\d+) more not passing \(([^)]*)\): --verbose lists them", section)
    assert found and int(found[1]) == len(not_passing) - 5, section
    assert "deeprules check --explain ID" in section


def test_the_command_that_brings_dr1001_in_opens_a_concern(existing: Path) -> None:
    """It was `deeprules ethics`, a group, which prints its help: before a plan the command is `init` (it
    opens the concerns the answers call for); in a project without a register, `ethics add`."""
    out = run("check", "--no-cache", cwd=existing).output
    adopt = out.split("Not in the score yet", 1)[1]
    init_line = next(line for line in adopt.splitlines() if line.strip().startswith("deeprules init"))
    assert "DR1001" in init_line, adopt
    assert not re.search(r"^\s*deeprules ethics\s+DR", adopt, re.M), adopt
    assert run("init", "--example", "microscopy", cwd=existing).exit_code == 0
    git(existing, "rm", "-q", "-r", "ethics")
    git(existing, "commit", "-q", "-m", "no register")
    adopt = run("check", "--no-cache", cwd=existing).output.split("Not in the score yet", 1)[1]
    assert re.search(r"deeprules ethics add --title TEXT\s+DR1001", adopt), adopt


def test_dr702_title_is_a_whole_sentence(existing: Path) -> None:
    """"The test set is locked and unchanged since": the sentence stopped there, in the table, --explain and
    the HTML report (the --json `title` field was wrong too)."""
    out = run("check", "--explain", "DR702", cwd=existing).output
    assert "The test set is locked and unchanged since it was locked" in out, out


def test_init_in_a_project_with_code_says_check_now(existing: Path) -> None:
    """After the first `init` in a repository of code, "once there is code: `deeprules check`" read as if
    the repository were empty."""
    out = " ".join(run("init", "--example", "microscopy", cwd=existing).output.split())
    assert "once there is code" not in out and "`deeprules check` scores this repository's code" in out, out


def test_init_in_a_new_repository_still_says_once_there_is_code(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "new")
    out = " ".join(run("init", "--example", "microscopy", cwd=root).output.split())
    assert "once there is code: `deeprules check`" in out, out


def test_init_in_a_subfolder_says_it_writes_at_the_root(existing: Path) -> None:
    """Two projects in one repository: `init projA --example microscopy`, then `init projB --example
    expression` wrote both at the root, the second over the first, and said only "updated PLAN.md"."""
    (existing / "projA").mkdir()
    (existing / "projB").mkdir()
    first = run("init", "projA", "--example", "microscopy", cwd=existing)
    assert first.exit_code == 0
    assert ("projA/ is a folder inside the repository" in first.stderr
            and "one project per repository" in first.stderr and "replaces" not in first.stderr), first.stderr
    assert (existing / "PLAN.md").exists() and not (existing / "projA" / "PLAN.md").exists()
    second = run("init", "projB", "--example", "expression", cwd=existing)
    assert "projB/ is a folder inside the repository" in second.stderr, second.stderr
    assert "it replaces the answers already there" in second.stderr, second.stderr
    at_root = run("init", "--example", "expression", cwd=existing)
    assert at_root.exit_code == 0 and "folder inside the repository" not in at_root.stderr


def test_init_without_answers_in_a_subfolder_finds_the_projects_answers(existing: Path) -> None:
    """`deeprules init` in src/ of a project looked for src/.deeprules/answers.yaml and said "No answers yet"
    (in a script: "init needs --answers FILE"), though the project had them at the root."""
    assert run("init", "--example", "microscopy", cwd=existing).exit_code == 0
    res = run("init", cwd=existing / "src")
    assert res.exit_code == 0 and "needs --answers" not in res.output, res.output


def test_messages_on_stderr_wrap_at_words_in_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """At 80 columns a warning ran past the edge and the terminal broke it mid-word ("reposito / ry"); a
    command in backticks is kept whole. Piped, a message stays one line (scripts grep it)."""
    from deeprules.cli import output

    message = ("2 file version(s) are missing from this clone (a partial clone that could not fetch them?) "
               "and were read as empty; run `git fetch --unshallow origin` and run history again")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("COLUMNS", "60")
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    output.warn(message)
    lines = screen.getvalue().splitlines()
    assert len(lines) > 1 and all(len(line) <= 60 for line in lines), lines
    assert all(line.startswith("  ") for line in lines[1:])
    assert "`git fetch --unshallow origin`" in screen.getvalue()
    assert " ".join(screen.getvalue().split()) == f"deeprules: warning: {message}"
    piped = io.StringIO()
    monkeypatch.setattr("sys.stderr", piped)
    output.warn(message)
    assert piped.getvalue() == f"deeprules: warning: {message}\n"


def test_report_says_what_was_checked_in_the_words_of_check(existing: Path) -> None:
    """The page said "worktree at 1035240085" (and "na") where `check` says "checked the files on disk at
    commit ..." (and "n/a")."""
    from deeprules.report import build_report

    (existing / "notes.txt").write_text("uncommitted\n")
    html = build_report(existing)
    assert "worktree at" not in html and "checked the files on disk at commit " in html
    assert ">na<" not in html and ">n/a<" in html


def test_trend_axis_labels_do_not_overlap() -> None:
    """612 commits: six "2020-06-30 f04e3dd2" labels ran into each other at both ends of the x axis."""
    from deeprules.report import trend_svg

    labels = [f"2021-03-{1 + i % 28:02d} {i:07x}" for i in range(612)]
    ticks = trend_svg([float(i % 100) for i in range(612)], labels=labels)["ticks"]
    assert ticks[0]["label"] == labels[0] and ticks[-1]["label"] == labels[-1] and len(ticks) >= 3

    def extent(t: dict[str, Any]) -> tuple[float, float]:
        w = 6.0 * len(t["label"])  # a digit of the 10px axis font
        left = {"start": t["x"], "end": t["x"] - w, "middle": t["x"] - w / 2}[t["anchor"]]
        return left, left + w

    spans = [extent(t) for t in ticks]
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans)), spans


def test_init_again_with_other_answers_says_what_changed_and_the_verdict(existing: Path) -> None:
    """A re-run of `init` over filled answers (another example, or the template again) listed "updated
    PLAN.md" and nothing on how many answers it replaced or what became of the verdict; `answer` says both."""
    assert run("init", "--example", "microscopy", cwd=existing).exit_code == 0
    out = " ".join(run("init", "--example", "expression", cwd=existing).output.split())
    found = re.search(r"answers replaced: (\d+) answers changed \(", out)
    assert found and int(found[1]) > 5, out
    assert "tip 1 verdict changed: deep_learning -> " in out, out
    same = run("init", "--example", "expression", cwd=existing).output
    assert "answers replaced" not in same and "verdict" not in same, same


@pytest.mark.parametrize("width", [80, 60])
def test_help_never_breaks_a_word_at_its_hyphen(width: int, tmp_path: Path) -> None:
    """`deeprules --help` at 80 columns: "Change answers (...), then re-" / "render and commit."."""
    from deeprules.cli.main import COMMANDS

    for args in [(), *((name,) for name in COMMANDS)]:
        out = run(*args, "--help", cwd=tmp_path, width=width).output
        broken = [line for line in out.splitlines() if re.search(r"[A-Za-z]-$", line)]
        assert not broken, (args, broken)


def test_report_shows_commands_as_code_not_backticks(existing: Path) -> None:
    """The page printed reasons and fixes with their backticks ("`deeprules init` asks them"); a repository's
    text stays escaped."""
    from deeprules.report import build_report

    html = build_report(existing)
    assert "<code>deeprules init</code>" in html and "`deeprules init`" not in html
    body = html.split("<body", 1)[1]
    assert "`" not in re.sub(r"<(style|script)[^>]*>.*?</\1>", "", body, flags=re.S)


def test_code_spans_escape_before_marking_up() -> None:
    from deeprules.render import code_spans

    assert str(code_spans("run `<script>x</script>` & `ok`")) == (
        "run <code>&lt;script&gt;x&lt;/script&gt;</code> &amp; <code>ok</code>")
