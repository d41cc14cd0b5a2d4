"""A new user's first hour with the CLI, fifth pass: `--help` examples that run when copied, option names a
person reads, `status` at 80 columns, output written to a file, and what `check` says before any plan. Each
test fails on 1a983ef."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import COMMANDS, app

GROUPS = {"ethics": ["list", "show", "add", "update", "close", "log", "export"],
          "card": ["fill", "check", "export"], "data": ["add"]}
HELP_PAGES = [(name,) for name in COMMANDS] + [(group, sub) for group, subs in GROUPS.items() for sub in subs]


def run(*args: str, cwd: Path | None = None, width: int = 80) -> Any:
    old = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        return CliRunner().invoke(app, list(args), env={"COLUMNS": str(width), "LINES": "24"},
                                  catch_exceptions=False)
    finally:
        os.chdir(old)


def help_page(*args: str, width: int) -> subprocess.CompletedProcess[str]:
    """`deeprules ... --help` in a terminal `width` columns wide (click reads COLUMNS)."""
    return subprocess.run([sys.executable, "-m", "deeprules", *args, "--help"], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": str(width)})


def examples_of(args: tuple[str, ...]) -> list[str]:
    """The shell commands a command's epilog shows (indented paragraphs), notes in parentheses dropped."""
    from typer.main import get_command

    root = get_command(app)
    ctx = root.make_context("deeprules", [*args, "--help"], resilient_parsing=True)
    command: Any = root.get_command(ctx, args[0])
    if len(args) > 1:
        command = command.get_command(ctx, args[1])
    found = []
    for paragraph in (command.epilog or "").split("\n\n"):
        if paragraph.startswith("  "):
            found.append(" ".join(re.sub(r"\s{3,}\(.*\)$", "", paragraph.strip(), flags=re.S).split()))
    return found


@pytest.mark.parametrize("width", [80, 60])
@pytest.mark.parametrize("args", HELP_PAGES, ids=" ".join)
def test_help_examples_run_as_copied(args: tuple[str, ...], width: int) -> None:
    """click rewrapped examples like prose: "--fail-" / "under 60", "| jq" / ".verdict", "-o" /
    "proteins.split.tsv", so a copied example was two broken commands. Now a long one is continued with a
    backslash (the shell joins it back), a note is a `# comment`, and no line is wider than the terminal."""
    res = help_page(*args, width=width)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert all(len(line) <= width for line in lines), [line for line in lines if len(line) > width]
    # What a user copies: one line, or lines joined by the shell at a trailing backslash; a note after the
    # command must be a comment (the old "(shields.io endpoint)" after a command was a syntax error).
    copied = {re.sub(r"\s+#.*$", "", line).strip() for line in re.sub(r" \\\n\s+", " ", res.stdout).splitlines()}
    for example in examples_of(args):
        assert example in copied, (example, res.stdout)


@pytest.mark.parametrize("args", HELP_PAGES, ids=" ".join)
def test_options_are_named_by_what_they_take(args: tuple[str, ...]) -> None:
    """Typer 0.28 showed the Python type: `--rev <str>`, `--fail-under <float range>`, `--budget <int range>`,
    `-C, --repo <directory>` (while the messages say "-C FOLDER")."""
    out = run(*args, "--help", width=120).output
    for typed in ("<str>", "<int>", "<int range>", "<float>", "<float range>", "<file>", "<directory>", "<path>"):
        assert typed not in out, (typed, out)


def test_the_repository_option_is_named_a_folder() -> None:
    assert "-C, --repo FOLDER" in run("check", "--help").output


@pytest.fixture
def answered_only(tmp_path: Path) -> Path:
    """A project with answers saved (the app saves as you go) and nothing written yet: long concern names."""
    root = make_repo(tmp_path / "p")
    (root / ".deeprules").mkdir()
    (root / ".deeprules" / "answers.yaml").write_text("title: Tumour subtypes\nhuman_subjects: true\n"
                                                      "share_model: yes\n")
    return root


def test_status_at_80_columns_reads_as_words_and_never_cuts_a_path(answered_only: Path) -> None:
    """Six columns of yes and "-" showed "e…", "e…", "…" as headings and cut the concern file names."""
    res = run("status", cwd=answered_only)
    assert res.exit_code == 0, res.output
    assert "…" not in res.output, res.output
    paths = [f["path"] for f in json.loads(run("status", "--json", cwd=answered_only).output)["files"]]
    assert any(len(p) > 45 for p in paths)  # the case that was cut
    lines = res.output.splitlines()
    state_at = next(line for line in lines if line.strip().startswith("file")).index("state")
    squeezed = "".join(line[:state_at].strip() for line in lines)  # a long path is folded, never cut
    for path in paths:
        assert path in squeezed, (path, res.output)
    assert "not written yet" in res.output
    assert "`deeprules plan`" in res.output


@pytest.mark.parametrize("args", [("assess", "--example", "microscopy"), ("tips", "7"), ("questions",),
                                  ("examples",), ("status",), ("ethics", "list"), ("check",), ("history",)])
def test_output_written_to_a_file_has_no_trailing_spaces(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`deeprules assess --example microscopy > out.txt` padded 159 of 187 lines with spaces to 80 columns."""
    root = make_repo(tmp_path / "p")
    assert run("init", "--example", "microscopy", cwd=root).exit_code == 0
    done = subprocess.run([sys.executable, "-m", "deeprules", *args], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) > 3
    assert [line for line in lines if line != line.rstrip()] == []


@pytest.fixture
def half_finished(tmp_path: Path) -> Path:
    """A bioinformatician's repository before any plan: a training script, a data file, no answers."""
    root = make_repo(tmp_path / "proj")
    (root / "src").mkdir()
    (root / "src" / "train.py").write_text("import pandas as pd\nfrom sklearn.model_selection import "
                                           "train_test_split\ndf = pd.read_csv('data/counts.csv')\n"
                                           "tr, te = train_test_split(df, test_size=0.2)\n")
    (root / "data").mkdir()
    (root / "data" / "counts.csv").write_text("gene1,label\n1,0\n2,1\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "wip")
    return root


def test_check_before_any_plan_names_the_commands_that_bring_na_checks_in(half_finished: Path) -> None:
    """The table said "n/a" for the plan, the answers, the card and the register checks, and "What to do
    next" listed failing checks only: nothing said `deeprules init`."""
    res = run("check", "--no-cache", cwd=half_finished)
    assert res.exit_code == 0, res.output
    section = res.output.split("Not in the score yet", 1)[1]
    init_line = next(line for line in section.splitlines() if "deeprules init" in line)
    assert "DR101" in init_line and "DR102" in init_line, section
    # before any answers `init` writes the card too (`deeprules card` refuses without answers: w26f)
    assert "DR801" in init_line and "deeprules card" not in section, section


def test_overall_without_a_score_is_not_written_over_100(half_finished: Path) -> None:
    res = run("check", "--select", "DR9", "--no-cache", cwd=half_finished)
    assert "overall n/a" in res.output and "n/a/100" not in res.output, res.output


def test_ethics_list_before_a_register_says_how_one_starts(half_finished: Path) -> None:
    res = run("ethics", "list", cwd=half_finished)
    assert res.exit_code == 0
    assert "no ethics register yet" in res.output and "deeprules init" in res.output, res.output
    assert run("ethics", "list", "--json", cwd=half_finished).output.split() == ["{", '"concerns":', "[]", "}"]


def test_explain_wraps_at_the_terminal_width_and_keeps_its_indent(half_finished: Path) -> None:
    """`check --explain DR701` printed 150-column lines; an 80-column terminal broke them mid-word."""
    res = run("check", "--explain", "DR701", "--no-cache", cwd=half_finished)
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert max(len(line) for line in lines) <= 80, lines
    fix = lines[lines.index("fix:") + 1:]
    assert fix[0].startswith("  Split by group") and fix[1].startswith("  ") and fix[1][2] != " ", fix


def test_history_of_one_commit_is_singular(half_finished: Path) -> None:
    out = run("history", "--no-cache", cwd=half_finished).output
    assert "over 1 commit " in out and "1 commits" not in out, out


def test_the_last_line_says_what_was_checked_in_words(half_finished: Path, tmp_path: Path) -> None:
    """It said "worktree at 9926455564", and "worktree at no commit" in a folder that is not a repository."""
    out = run("check", "--no-cache", cwd=half_finished).output
    assert "checked the files on disk at commit " in out and "worktree at" not in out, out
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "train.py").write_text("import torch\n")
    out = run("check", "--no-cache", cwd=plain).output
    assert "checked the files on disk (no commit yet)" in out and "at no commit" not in out, out
    assert all(len(line) <= 80 for line in out.splitlines()[-2:])


def test_template_with_json_is_refused_rather_than_printing_yaml(tmp_path: Path) -> None:
    """`deeprules questions --template --json | jq` got the YAML template: --json promises one JSON object."""
    done = subprocess.run([sys.executable, "-m", "deeprules", "questions", "--template", "--json"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("deeprules: error: --template") and done.stderr.count("\n") == 1, done.stderr
    plain = subprocess.run([sys.executable, "-m", "deeprules", "questions", "--template"], cwd=tmp_path,
                           capture_output=True, text=True)
    assert plain.returncode == 0 and "\ntitle:\n" in plain.stdout


def test_questions_table_says_what_each_id_asks() -> None:
    """The table listed ids, tips, allowed values and conditions, never the question: `label_scope`,
    `unit_kind` or `n_units` told a newcomer nothing."""
    from deeprules.knowledge import load_knowledge

    out = run("questions", width=400).output  # wide enough for every prompt on one line
    for q in load_knowledge().questions:
        assert q.prompt in out, q.id
