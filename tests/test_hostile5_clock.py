"""Hostile review 5, clocks in history: a repository's commits may claim any time (git stores what it is given:
a forged commit, a broken import). `history` and `report` show such a date as "?" instead of a traceback.

Before: a commit time past year 9999 (git prints the stored 99999999999999999999) was an OverflowError
traceback (exit 1) in `report --html` and in `history` on a terminal 100 columns wide or more."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import git, invoke


def forge(repo: Path, subject: str, author: str, committer: str, *, adds: str = "train.py") -> None:
    """A commit on HEAD with the given raw author/committer time fields (which `git commit` would refuse)."""
    (repo / adds).write_text(f"# {subject}\n" if adds != "train.py" else
                             (repo / adds).read_text() + f"# {subject}\n")
    git(repo, "add", adds)
    tree = git(repo, "write-tree").strip()
    raw = (f"tree {tree}\nparent {git(repo, 'rev-parse', 'HEAD').strip()}\nauthor A <a@example.org> {author}\n"
           f"committer A <a@example.org> {committer}\n\n{subject}\n")
    sha = subprocess.run(["git", "hash-object", "-t", "commit", "-w", "--stdin", "--literally"], cwd=repo,
                         input=raw.encode(), capture_output=True, check=True).stdout.decode().strip()
    git(repo, "update-ref", "HEAD", sha)


@pytest.fixture
def odd_clocks(repo_with_commit: Path) -> Path:
    repo = repo_with_commit
    (repo / "train.py").write_text("import torch\n")
    git(repo, "add", "train.py")
    git(repo, "commit", "-q", "-m", "train", "--date=2099-01-01T00:00:00+14:00")
    forge(repo, "pre-1970", "-100000000 +0000", "-100000000 -1400")
    forge(repo, "past year 9999", "18446744073709551615 +9999", "99999999999999999999 +1400",
          adds="PLAN.md")  # a score changes here, so the commit is a row of the table
    forge(repo, "no date", "garbage", "")
    return repo


def test_history_and_report_survive_any_commit_time(odd_clocks: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "140")  # wide enough for the date column
    result = invoke("history", "-C", str(odd_clocks))
    assert result.exit_code == 0, result.output
    assert "date" in result.stdout and "?" in result.stdout, result.stdout
    out = tmp_path / "report.html"
    result = invoke("report", "-C", str(odd_clocks), "--html", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    for args in (("history", "--json"), ("history", "--csv")):
        result = invoke(*args, "-C", str(odd_clocks))
        assert result.exit_code == 0 and "past year 9999" in result.stdout, result.output
