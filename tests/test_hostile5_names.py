"""Hostile review 5, names: a file name that is not UTF-8 (git and the file system allow any bytes), and text
typed in a terminal whose locale is not UTF-8 (Python keeps the bytes as surrogate escapes).

Before: `data add` on such a file, `report --html` in a repository tracking one, `ethics add --title` and
`answer title=` with such bytes were UnicodeEncodeError tracebacks (exit 1). Now the data path is refused in one
line naming it (exit 2), and everything deeprules writes shows the byte as `\\xff`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import git, invoke

BAD = os.fsdecode(b"tr\xffain.py")  # what os.listdir and git's output give deeprules


@pytest.fixture
def project(repo_with_commit: Path) -> Path:
    result = invoke("init", str(repo_with_commit), "--example", "microscopy")
    assert result.exit_code == 0, result.output
    return repo_with_commit


def test_a_data_file_whose_name_is_not_utf8_is_refused_in_one_line(project: Path) -> None:
    (project / "data").mkdir()
    (project / "data" / "ok.csv").write_text("a\n1\n")
    (project / "data" / os.fsdecode(b"bad\xff.csv")).write_text("a\n1\n")
    for target in ("data", "data/" + os.fsdecode(b"bad\xff.csv")):
        result = invoke("data", "add", target, "--source", "https://example.org/d", cwd=project)
        assert result.exit_code == 2, result.output
        assert "data/bad\\xff.csv is not UTF-8" in result.stderr and "Traceback" not in result.output
    assert git(project, "status", "--porcelain") == "?? data/\n"


def test_a_tracked_name_that_is_not_utf8_is_shown_as_its_bytes_in_the_report(project: Path, tmp_path: Path) -> None:
    (project / BAD).write_text("import torch\nclass Net(torch.nn.Module):\n    pass\n")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "model")
    out = tmp_path / "report.html"
    result = invoke("report", "-C", str(project), "--html", str(out))
    assert result.exit_code == 0, result.output
    out.read_bytes().decode("utf-8")  # valid UTF-8


@pytest.mark.parametrize("command", [("ethics", "add", "--title", "Consent " + os.fsdecode(b"\xe9") + "tendu"),
                                     ("answer", "title=Atlas " + os.fsdecode(b"\xe9") + "tendu")])
def test_an_argument_typed_in_a_latin1_terminal_is_written_not_a_traceback(project: Path,
                                                                          command: tuple[str, ...]) -> None:
    result = invoke(*command, cwd=project)
    assert result.exit_code == 0, result.output
    assert git(project, "status", "--porcelain") == ""
    assert "\\xe9" in git(project, "log", "-1", "-p")
