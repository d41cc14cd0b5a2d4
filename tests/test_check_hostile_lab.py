"""A lab check's pattern comes from the repository's own config, so a fork can supply one that backtracks for
ever (`(a+)+$` on 'aaaa...b'). `check` and `history` end with one line naming the config file and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import git, make_repo

CONFIG = """check:
  custom:
    - id: LAB001
      tip: 4
      title: A runaway pattern
      path: "docs/*"
      pattern: "(a+)+$"
"""


@pytest.mark.parametrize("command", [["check"], ["check", "--rev", "HEAD"], ["history"]])
def test_a_runaway_lab_pattern_is_one_line_not_a_hang(tmp_path: Path, command: list[str]) -> None:
    root = make_repo(tmp_path / "r")
    (root / ".deeprules").mkdir()
    (root / ".deeprules" / "config.yaml").write_text(CONFIG)
    (root / "docs").mkdir()
    (root / "docs" / "notes.md").write_text("a" * 60 + "b\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "lab rule")
    done = subprocess.run([sys.executable, "-m", "deeprules", *command, "-C", str(root)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and ".deeprules/config.yaml:7: LAB001" in done.stderr
    assert "docs/notes.md" in done.stderr


def test_a_runaway_lab_path_glob_is_one_line_not_a_hang(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "r")
    (root / ".deeprules").mkdir()
    glob = "*a" * 25 + "b"
    (root / ".deeprules" / "config.yaml").write_text(CONFIG.replace('"docs/*"', f'"{glob}"').replace(
        '      pattern: "(a+)+$"\n', ""))
    (root / ("a" * 200)).write_text("x\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "lab rule")
    for command in (["check"], ["history"]):
        done = subprocess.run([sys.executable, "-m", "deeprules", *command, "-C", str(root)], capture_output=True,
                              text=True, timeout=120, check=False)
        assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
        assert ".deeprules/config.yaml:6: LAB001: path" in done.stderr


@pytest.mark.parametrize("condition", ["'x' * 10 != ''", "10 ** 3 > 1", "task | length > 0", "'%s' % task == 'x'",
                                       "lipsum(2) != ''", "task.upper() == 'X'"])
def test_a_lab_concern_condition_is_a_comparison(tmp_path: Path, condition: str) -> None:
    """Repetition, powers, formatting, filters and calls in a condition from the repository could take all the
    memory ('x' * 10**10 took 10 GB) or hang; they are refused when the file is read, with its line."""
    root = make_repo(tmp_path / "r")
    (root / ".deeprules").mkdir()
    (root / ".deeprules" / "concerns.yaml").write_text(
        "concerns:\n- id: lab-risk\n  title: A lab concern\n  severity: low\n"
        f"  when: \"{condition}\"\n  why: Because.\n  actions: [Do it.]\n")
    answers = tmp_path / "answers.yaml"
    answers.write_text("task: classification\n")
    done = subprocess.run([sys.executable, "-m", "deeprules", "init", "--answers", str(answers), "--no-commit",
                           str(root)], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert ".deeprules/concerns.yaml:5: lab-risk" in done.stderr and not (root / "PLAN.md").exists()


def test_a_lab_concern_condition_that_compares_answers_still_works(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "r")
    (root / ".deeprules").mkdir()
    (root / ".deeprules" / "concerns.yaml").write_text(
        "concerns:\n- id: lab-risk\n  title: A lab concern\n  severity: low\n"
        "  when: 'task == \"classification\" and not (n_samples or 0) > 5 and task in [\"classification\"]'\n"
        "  why: Because.\n  actions: [Do it.]\n")
    answers = tmp_path / "answers.yaml"
    answers.write_text("task: classification\n")
    done = subprocess.run([sys.executable, "-m", "deeprules", "init", "--answers", str(answers), "--no-commit",
                           str(root)], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert any("lab-risk" in p.read_text() or "A lab concern" in p.read_text() for p in (root / "ethics").glob("*.md"))


@pytest.mark.parametrize("why", ["{% for i in range(3) %}x{% endfor %}", "{{ 'x' * 3 }}", "{# hidden #} text",
                                 "{{ not_a_question }}"])
def test_a_lab_concern_text_is_text_with_placeholders_at_most(tmp_path: Path, why: str) -> None:
    """`why` is rendered with the answers: two nested loops over range(100000) hung every command that renders
    the register; only `{{ name }}` placeholders of known answers are allowed."""
    root = make_repo(tmp_path / "r")
    (root / ".deeprules").mkdir()
    (root / ".deeprules" / "concerns.yaml").write_text(
        "concerns:\n- id: lab-risk\n  title: A lab concern\n  severity: low\n  when: 'task == \"classification\"'\n"
        f"  why: \"{why}\"\n  actions: [Do it.]\n")
    answers = tmp_path / "answers.yaml"
    answers.write_text("task: classification\n")
    done = subprocess.run([sys.executable, "-m", "deeprules", "init", "--answers", str(answers), "--no-commit",
                           str(root)], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert ".deeprules/concerns.yaml:6: lab-risk" in done.stderr
