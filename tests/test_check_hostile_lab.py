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
