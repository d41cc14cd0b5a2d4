"""Bad arguments to `check` and `history` get one line naming what is wrong and exit 2, whichever parser (the
short path of cli/check_run.py or Typer) reads them; odd but valid ones (a folder whose name is not UTF-8) work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app


@pytest.fixture
def committed(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "lab")
    (root / "train.py").write_text("import torch\ntorch.manual_seed(0)\n")
    git(root, "add", ".")
    git(root, "commit", "-qm", "training")
    return root


def both(root: Path, *args: str) -> tuple[int, str, str]:
    """`deeprules ARGS` as a user runs it (the short path when it applies) and through Typer: the same."""
    env = {**os.environ, "COLUMNS": "100"}
    proc = subprocess.run([sys.executable, "-m", "deeprules", *args], cwd=root, capture_output=True, env=env)
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "100"})
    got = (proc.returncode, os.fsdecode(proc.stdout), os.fsdecode(proc.stderr))
    assert got == (result.exit_code, result.stdout, result.stderr)
    return got


@pytest.mark.parametrize("args", [["check", "--rev", ""], ["check", "--rev", " ", "--json"],
                                  ["history", "--since", ""], ["check", "--rev", "--git-dir"]])
def test_an_empty_or_option_like_revision_is_an_error(committed: Path, args: list[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """`--rev "$REV"` with REV unset must not silently check the work tree (nor `--since ""` the whole
    history); a value that looks like a git option is never passed to git as one."""
    monkeypatch.chdir(committed)
    code, out, err = both(committed, *args)
    assert code == 2 and out == "", err
    assert err.startswith("deeprules: error: ") and err.count("\n") == 1
    assert args[1] in err


def test_a_folder_whose_name_is_not_utf8(tmp_path: Path) -> None:
    if sys.platform == "darwin":
        pytest.skip("macOS file systems refuse names that are not UTF-8")
    root = make_repo(Path(os.fsdecode(bytes(tmp_path) + b"/lab\xff")))
    (root / "train.py").write_text("import torch\n")
    git(root, "add", ".")
    git(root, "commit", "-qm", "training")
    for args in (["check", "-C", str(root), "--json"], ["history", "-C", str(root), "--json"]):
        proc = subprocess.run([sys.executable, "-m", "deeprules", *args], capture_output=True)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["check", "--json"], ["check"], ["check", "--format", "markdown"],
                                  ["check", "--select", "DR3", "--json"], ["history", "--json"],
                                  ["history", "--csv"], ["history"]])
def test_output_that_cannot_be_written_is_a_one_line_error(committed: Path, args: list[str]) -> None:
    """Standard output full (ENOSPC) or closed (`>&-`): one line saying so and exit 2, not a traceback, with
    Python's stdout buffered (as for a user: what stayed in the buffer must not fail again at exit, which
    turned exit 2 into 120) and unbuffered (PYTHONUNBUFFERED, as in some CI setups)."""
    command = " ".join([sys.executable, "-m", "deeprules", *args])
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    for env, redirect, words in ((e, r, w) for e in (buffered, {**buffered, "PYTHONUNBUFFERED": "1"})
                                 for r, w in (("> /dev/full", "could not write the output"),
                                              (">&-", "standard output is closed"))):
        proc = subprocess.run(["sh", "-c", f"{command} {redirect}"], cwd=committed, capture_output=True, text=True,
                              env=env)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.startswith("deeprules: error: ") and words in proc.stderr
        assert proc.stderr.count("\n") == 1, proc.stderr


def test_checking_the_index_during_a_merge_conflict_says_which_files(committed: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """During a merge conflict the index holds no one version of a file (stages 1-3): `check --staged` names the
    conflicted files instead of silently checking one side's version."""
    git(committed, "checkout", "-q", "-b", "side")
    (committed / "train.py").write_text("import torch\n")
    git(committed, "commit", "-qam", "side")
    git(committed, "checkout", "-q", "-")
    (committed / "train.py").write_text("import jax\n")
    git(committed, "commit", "-qam", "main")
    git(committed, "merge", "-q", "side", check=False)
    monkeypatch.chdir(committed)
    code, out, err = both(committed, "check", "--staged", "--json")
    assert code == 2 and out == ""
    assert "unresolved conflicts (train.py)" in err and err.count("\n") == 1
    assert both(committed, "check", "--json")[0] == 0  # the work tree, with its conflict markers, is checked


def test_any_console_encoding_and_a_file_name_that_is_not_utf8(committed: Path) -> None:
    """A console that is not UTF-8 (Windows' cp1252 when redirected, ASCII) or a strict UTF-8 one, and a file
    name that is not UTF-8 in the evidence: every format prints (characters the console lacks replaced), and
    the JSON is the same value everywhere and valid UTF-8 (the name's stray byte escaped, not written raw)."""
    if sys.platform == "darwin":
        pytest.skip("macOS file systems refuse names that are not UTF-8")
    name = os.fsdecode(b"tr\xe9in.py")
    (committed / name).write_text("import torch\ntorch.manual_seed(0)\nloss.backward()\noptimizer.step()\n")
    git(committed, "add", ".")
    git(committed, "commit", "-qm", "caf\u00e9 \u2192 \u2705")
    outputs: dict[str, dict[str, object]] = {}
    for encoding in ("utf-8", "utf-8:strict", "cp1252", "ascii"):
        env = {**os.environ, "PYTHONIOENCODING": encoding}
        for args in (["check"], ["check", "--json"], ["check", "--format", "markdown"], ["history"],
                     ["history", "--json"]):
            proc = subprocess.run([sys.executable, "-m", "deeprules", *args], cwd=committed, capture_output=True,
                                  env=env)
            assert proc.returncode == 0, (encoding, args, proc.stderr)
            if "--json" in args:
                outputs.setdefault(args[0], {})[encoding] = json.loads(proc.stdout.decode("utf-8"))
    for values in outputs.values():
        assert len({json.dumps(v, sort_keys=True) for v in values.values()}) == 1
    paths = {e["path"] for c in outputs["check"]["ascii"]["checks"] for e in c["evidence"]}  # type: ignore[index]
    assert name in paths


@pytest.mark.parametrize("text, line", [("x = 1\n[tool.deeprules]\ncheck = {select = [", 3),
                                        ("[tool.deeprules]\ncheck = \n", 2)])
def test_malformed_pyproject_names_the_line(committed: Path, text: str, line: int,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A value left open at the end of pyproject.toml (TOML says "at end of document") still gets a line."""
    (committed / "pyproject.toml").write_text(text)
    monkeypatch.chdir(committed)
    code, out, err = both(committed, "check", "--json")
    assert code == 2 and out == ""
    assert err.startswith(f"deeprules: error: pyproject.toml:{line}: malformed TOML") and err.count("\n") == 1


@pytest.mark.parametrize("args", [["check", "--json"], ["history"], ["check", "--select", "DR3"]])
def test_without_git_on_path_one_line(committed: Path, args: list[str]) -> None:
    env = {**os.environ, "PATH": str(Path(sys.executable).parent)}  # python, but no git
    proc = subprocess.run([sys.executable, "-m", "deeprules", *args], cwd=committed, capture_output=True, text=True,
                          env=env)
    assert proc.returncode == 2
    assert proc.stderr == "deeprules: error: git is not installed or not on PATH\n"


def test_a_folder_that_cannot_be_entered_is_one_line(committed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`-C` to a folder without execute permission: git cannot even start there (the OS refuses the working
    directory; simulated, since tests may run as root, whom permissions do not stop)."""
    import subprocess as sp

    real = sp.run

    def refused(args: list[str], *a: object, **kw: object) -> object:
        if kw.get("cwd") == committed:
            raise PermissionError(13, "Permission denied")
        return real(args, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(sp, "run", refused)
    result = CliRunner().invoke(app, ["check", "-C", str(committed), "--json"])
    assert result.exit_code == 2
    assert result.stderr == f"deeprules: error: {committed}: cannot open the folder (Permission denied)\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["--help"], ["plan", "--help"], ["--version"]])
def test_help_into_a_full_disk_is_a_one_line_error(tmp_path: Path, args: list[str]) -> None:
    """What Typer prints itself (help, version) into a full standard output: the same one line and exit 2 as a
    command's result, buffered or not (it was a traceback and exit 120)."""
    command = " ".join([sys.executable, "-m", "deeprules", *args])
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    for env in (buffered, {**buffered, "PYTHONUNBUFFERED": "1"}):
        proc = subprocess.run(["sh", "-c", f"{command} > /dev/full"], cwd=tmp_path, capture_output=True, text=True,
                              env=env)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr == "deeprules: error: could not write the output: No space left on device\n"
