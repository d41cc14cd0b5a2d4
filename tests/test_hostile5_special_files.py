"""Hostile review 5 (session 9), special files where a generated file belongs: a named pipe (FIFO) as PLAN.md or
as its render base made `status`, `plan` and `answer` block forever (the writer read it with read_bytes); a folder
there was a traceback. Now the writer reads its files with yamlio's reader: one line, exit 2, nothing changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import git, init_project, invoke


@pytest.mark.parametrize("where", ["PLAN.md", ".deeprules/rendered/PLAN.md", "ethics/README.md"])
@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_special_file_where_a_generated_file_belongs_is_one_line(tmp_path: Path, where: str, kind: str) -> None:
    repo = init_project(tmp_path / "p")
    (repo / where).unlink()
    if kind == "fifo":
        os.mkfifo(repo / where)
    else:
        (repo / where).mkdir()
    head = git(repo, "rev-parse", "HEAD")
    for args in (("status",), ("plan",), ("answer", "compute=cluster")):
        try:  # a subprocess, so the old code's endless read fails the test instead of hanging it
            proc = subprocess.run([sys.executable, "-m", "deeprules", *args, "-C", str(repo)], capture_output=True,
                                  text=True, timeout=60, env={**os.environ, "COLUMNS": "200"})
        except subprocess.TimeoutExpired:
            pytest.fail(f"{args} blocked reading {where}")
        if where == "ethics/README.md" and args == ("status",):
            assert proc.returncode in (0, 2), proc.stderr  # status does not read the register's index
            continue
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        line = proc.stderr.strip()
        assert len(line.splitlines()) == 1 and "Traceback" not in line, line
        assert where in line and ("named pipe" in line or "folder" in line), line
    assert git(repo, "rev-parse", "HEAD") == head
    assert git(repo, "diff", "--cached", "--name-only") == ""


def test_errors_name_the_file_kind_with_its_article(tmp_path: Path) -> None:
    repo = init_project(tmp_path / "p")
    (repo / ".deeprules" / "answers.yaml").unlink()
    os.mkfifo(repo / ".deeprules" / "answers.yaml")
    result = invoke("status", "-C", str(repo))
    assert result.exit_code == 2
    assert "expected an answers file" in result.stderr, result.stderr
