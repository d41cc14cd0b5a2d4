"""Hostile review 7 (session 11), where the repository itself lives: a folder whose name holds a newline or a byte
that is not UTF-8 (a Latin-1 name from an old file server; POSIX allows any byte but `/` and NUL).

Before: in a folder named `lat\\xe9n`, every committing command (`init`, `answer`, `ethics add`) wrote its files,
moved HEAD's index lock into place and then died with a UnicodeEncodeError writing the lock's journal line (the
files left uncommitted, a traceback); in a folder named `nl<newline>repo`, `check` said "/tmp/.../nl: no such
folder", `history` was a FileNotFoundError traceback, and the cache was written into the work tree (`repo/
deeprules-cache/`, untracked). Now both work: the journal keeps the index path as bytes in hex, and a path with a
newline is asked of git alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app


@pytest.mark.parametrize("name", [b"lat\xe9n", b"nl\nrepo", b"tab\there"], ids=["latin1", "newline", "tab"])
def test_a_project_in_an_oddly_named_folder_works(tmp_path: Path, name: bytes) -> None:
    root = make_repo(tmp_path / os.fsdecode(name))
    (root / "train.py").write_text("import torch\ntorch.manual_seed(0)\n")
    git(root, "add", "train.py")
    git(root, "commit", "-qm", "code")
    for command in (["init", str(root), "--example", "microscopy"], ["answer", "-C", str(root), "title=Diatoms"],
                    ["ethics", "add", "-C", str(root), "--title", "Consent"], ["check", "-C", str(root), "--json"],
                    ["history", "-C", str(root), "--json"]):
        result = CliRunner().invoke(app, command)
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        assert result.exit_code == 0, (command, result.stderr)
    assert git(root, "status", "--porcelain", "--ignored", "--untracked-files=all") == ""
    assert not (root / ".git" / "deeprules.lock").exists() and not (root / ".git" / "index.lock").exists()
    assert (tmp_path / os.fsdecode(name)).is_dir() and not (tmp_path / "nl").exists()
