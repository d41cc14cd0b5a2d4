"""Hostile review 7 (session 11), the user's git environment: GIT_GLOB_PATHSPECS=1 or GIT_ICASE_PATHSPECS=1 exported
in a shell profile (case-insensitive matching for one's own `git add`). deeprules gives git its paths as literal
names (--literal-pathspecs), which git refuses beside those variables, so every command that writes failed with
git's "global 'literal' pathspec setting is incompatible with all other global pathspec settings". deeprules' paths
are names, not patterns: the user's pathspec defaults are left out of deeprules' own git commands, and the user's
git keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git, init_project
from deeprules.cli.main import app


@pytest.mark.parametrize("variable", ["GIT_GLOB_PATHSPECS", "GIT_ICASE_PATHSPECS"])
def test_the_users_pathspec_defaults_do_not_stop_deeprules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           variable: str) -> None:
    project = init_project(tmp_path / "p")
    monkeypatch.setenv(variable, "1")
    for command in (["answer", "-C", str(project), "title=Another title"],
                    ["ethics", "add", "-C", str(project), "--title", "Consent for the new cohort"],
                    ["ethics", "update", "-C", str(project), "1", "--status", "in_progress"]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 0, (command, result.stderr)
    monkeypatch.delenv(variable)
    assert git(project, "status", "--porcelain") == ""
    assert "ETH-0001 open -> in_progress" in git(project, "log", "-1", "--format=%s")
