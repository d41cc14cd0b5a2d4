"""Hostile review 7: `.git/deeprules-cache/` is read on every `check`, `history` and `ethics add`, and a .git from
a tarball, a shared folder or another tool is anyone's. Before: a named pipe where a cache file belongs blocked
`check`/`history`/`ethics add` forever; a symlink to /dev/zero ran them out of memory (a MemoryError traceback);
a symlinked cache folder was read from and written to wherever it pointed; an ethics cache holding `[]` was a
traceback. Now the cache files are read by yamlio's reader (regular files only, never blocking) and anything
else is no cache, replaced by a file on the next write."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import init_project

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))  # /dev/zero read whole fails fast, not the machine


def _deeprules(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([sys.executable, "-m", "deeprules", *args], cwd=project, capture_output=True,
                              text=True, timeout=120, preexec_fn=_limit_memory, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"deeprules {' '.join(args)} hung")


COMMANDS = {
    "memo.bin": ["history"],
    "check.bin": ["check"],
    "specs.bin": ["check"],
    "ethics-deleted.json": ["ethics", "add", "--title", "Consent scope", "--severity", "high"],
}


@pytest.mark.parametrize("kind", ["named pipe", "link to /dev/zero"])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_cache_file_that_is_not_a_file_is_no_cache(tmp_path: Path, kind: str, name: str) -> None:
    project = init_project(tmp_path / "project")
    cache = project / ".git" / "deeprules-cache"
    cache.mkdir(exist_ok=True)
    for old in cache.iterdir():
        old.unlink()
    if kind == "named pipe":
        os.mkfifo(cache / name)
    else:
        (cache / name).symlink_to("/dev/zero")
    result = _deeprules(project, *COMMANDS[name])
    assert result.returncode in (0, 1), result.stderr  # check/history: 1 when a rule fails, never 2 or a crash
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr, result.stderr
    assert (cache / name).is_file() or not os.path.lexists(cache / name)


def test_a_symlinked_cache_folder_is_neither_read_nor_written(tmp_path: Path) -> None:
    project = init_project(tmp_path / "project")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cache = project / ".git" / "deeprules-cache"
    if cache.exists():
        for old in cache.iterdir():
            old.unlink()
        cache.rmdir()
    cache.symlink_to(elsewhere)
    result = _deeprules(project, "history")
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr, result.stderr
    assert list(elsewhere.iterdir()) == [], "nothing written through the link"


@pytest.mark.parametrize("text", ["[]", "null", '"x"', "{\"folder\": 3}"])
def test_an_ethics_cache_of_another_shape_is_rebuilt(tmp_path: Path, text: str) -> None:
    project = init_project(tmp_path / "project")
    cache = project / ".git" / "deeprules-cache"
    cache.mkdir(exist_ok=True)
    (cache / "ethics-deleted.json").write_text(text)
    result = _deeprules(project, *COMMANDS["ethics-deleted.json"])
    assert result.returncode == 0, result.stderr
