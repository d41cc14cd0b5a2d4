"""Shared fixtures: real git repositories in temporary folders, with a hermetic git configuration."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def hermetic_git(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No global or system git config leaks in (the CI machine may have none), and no clock surprises."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    for var in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "GIT_DIR",
                "GIT_WORK_TREE", "GIT_INDEX_FILE", "EDITOR", "VISUAL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    yield


def git(cwd: Path, *args: str, check: bool = True) -> str:
    out = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if check and out.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {out.stderr}")
    return out.stdout


def commit_files(root: Path, message: str, files: dict[str, str | bytes | None]) -> None:
    """Write (text or bytes), or delete (None), each file and commit them all in one commit."""
    for rel, text in files.items():
        path = root / rel
        if text is None:
            path.unlink()
            git(root, "rm", "-q", "--cached", rel)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text)
        git(root, "add", rel)
    git(root, "commit", "-qm", message)


def make_repo(path: Path, *, identity: bool = True) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    if identity:
        git(path, "config", "user.name", "Ana Ruiz")
        git(path, "config", "user.email", "ana@example.org")
    git(path, "config", "commit.gpgSign", "false")
    return path


def init_project(path: Path, files: dict[str, str] | None = None) -> Path:
    """A repository with the user's own files committed (`notes.txt` and `files`), then `deeprules init
    --example microscopy` in it: a project deeprules has written its files into and committed."""
    make_repo(path)
    for rel, text in {"notes.txt": "mine\n", **(files or {})}.items():
        (path / rel).parent.mkdir(parents=True, exist_ok=True)
        (path / rel).write_text(text)
    git(path, "add", ".")
    git(path, "commit", "-q", "-m", "first")
    result = invoke("init", str(path), "--example", "microscopy")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    return path


def facts_without_automata(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> tuple[list[dict], list[dict]]:
    """The facts of `texts` with pyahocorasick's automata, then with the plain search per string that replaces
    them when the package is missing (the automata are switched off for the rest of the test)."""
    from deeprules.checks import scan

    with_automata = [scan.analyze("t.py", text) for text in texts]
    monkeypatch.setattr(scan, "_ahocorasick", None)
    monkeypatch.setattr(scan, "_PATTERN_KEYS", {})
    return with_automata, [scan.analyze("t.py", text) for text in texts]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """An empty git repository (unborn `main`) with an identity, in a temporary folder."""
    return make_repo(tmp_path / "project")


@pytest.fixture
def repo_with_commit(repo: Path) -> Path:
    (repo / "analysis.py").write_text("print('hello')\n")
    git(repo, "add", "analysis.py")
    git(repo, "commit", "-q", "-m", "first")
    return repo


@pytest.fixture
def cli() -> object:
    from typer.testing import CliRunner

    return CliRunner()


def invoke(*args: str, cwd: Path | None = None, input: str | None = None) -> object:
    """Run the CLI in-process from `cwd`, like a user would in a terminal."""
    from typer.testing import CliRunner

    from deeprules.cli.main import app

    old = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)
    finally:
        os.chdir(old)


def apply_edit(text: str, edit: tuple[str, int, int, list[str]]) -> str:
    """One edit of a text's lines (the hypothesis tests of incremental analysis): insert, delete or replace n
    lines at a position, or duplicate the n lines before it."""
    op, at, n, new = edit
    lines = text.split("\n")
    i = at % (len(lines) + 1)
    if op == "insert":
        lines[i:i] = new
    elif op == "delete":
        del lines[i:i + n]
    elif op == "replace":
        lines[i:i + n] = new
    else:
        lines[i:i] = lines[max(0, i - n):i]
    return "\n".join(lines)
