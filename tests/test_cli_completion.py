"""Choices as real choices: fixed sets are Enums (shown in --help, completed), dynamic sets (examples, question
ids and values, concern ids, check ids) complete through Typer's completion machinery, as a shell would ask."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import make_repo
from deeprules.cli.choices import EthicsStatus, Severity
from deeprules.cli.main import app
from deeprules.knowledge import load_knowledge
from deeprules.register import SEVERITIES, STATUSES

DEEPRULES = str(Path(sys.executable).parent / "deeprules")


def complete(words: str, cwd: Path | None = None) -> list[str]:
    """What bash completion offers for the last word of `words` (a trailing space = a new, empty word)."""
    parts = words.split(" ")
    env = {**os.environ, "_DEEPRULES_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(parts) - 1)}
    out = subprocess.run([DEEPRULES], env=env, cwd=cwd, capture_output=True, text=True, check=False, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_enums_match_the_register() -> None:
    assert tuple(s.value for s in EthicsStatus) == STATUSES
    assert tuple(s.value for s in Severity) == SEVERITIES


@pytest.mark.parametrize("words, expected", [
    ("deeprules check --format ", {"table", "json", "markdown", "sarif", "badge"}),
    ("deeprules ethics update 1 --status ", set(STATUSES)),
    ("deeprules ethics add --severity ", set(SEVERITIES)),
    ("deeprules ethics export --format ", {"markdown", "csv", "json", "github"}),
    ("deeprules ethics close 1 --as ", {"closed", "accepted_risk", "mitigated"}),
])
def test_fixed_sets_complete(words: str, expected: set[str]) -> None:
    assert set(complete(words)) == expected


def test_examples_questions_and_checks_complete() -> None:
    assert complete("deeprules assess --example mi") == ["microscopy"]
    assert set(complete("deeprules init --example ")) == set(load_knowledge().examples)
    assert "task=" in complete("deeprules answer ta")
    assert set(complete("deeprules answer task=cl")) == {"task=classification", "task=clustering"}
    assert "compute=workstation_gpu" in complete("deeprules assess --set compute=")
    offered = complete("deeprules check --select DR7")
    assert "DR7" in offered and "DR701" in offered and all(o.startswith("DR7") for o in offered)
    assert complete("deeprules check --explain DR3") == ["DR301", "DR302", "DR303", "DR304"]  # whole ids only


def test_concern_ids_complete_from_the_repository(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "p")
    assert CliRunner().invoke(app, ["init", str(root), "--example", "clinical"]).exit_code == 0
    ids = sorted(p.name[:8] for p in (root / "ethics").glob("ETH-*.md"))
    assert ids and complete("deeprules ethics show ETH", cwd=root) == ids
    assert complete("deeprules ethics close ", cwd=root) == ids
    assert complete("deeprules ethics show ", cwd=tmp_path) == []  # not in a repository: nothing, no error


@pytest.mark.parametrize("args, shown", [
    (["check", "--help"], "table|json|markdown|sarif|badge"),
    (["ethics", "list", "--help"], "open|in_progress|mitigated|accepted_risk|closed"),
    (["ethics", "add", "--help"], "low|medium|high|blocker"),
    (["assess", "--help"], "microscopy"),
])
def test_help_shows_the_choices(args: list[str], shown: str) -> None:
    out = CliRunner().invoke(app, args, env={"COLUMNS": "200"}).stdout
    assert shown in out
    for option in ("--format", "--status", "--severity", "--example"):
        line = next((ln for ln in out.splitlines() if option in ln), "")
        assert "<str>" not in line, line
