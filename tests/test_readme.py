"""The README is the contract: its set-up commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _setup_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_two_one_line_setup_commands() -> None:
    install, test = _setup_commands()
    assert "pip install ." in install and "deeprules assess --example" in install
    assert "pip install -e '.[test]'" in test and "pytest" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _, test = _setup_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci


def test_readme_example_exists() -> None:
    from deeprules.knowledge import load_knowledge

    install, _ = _setup_commands()
    name = install.rsplit("--example", 1)[1].split()[0]
    assert name in load_knowledge().examples
