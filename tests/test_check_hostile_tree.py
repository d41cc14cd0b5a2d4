"""What a repository holds is hostile until parsed: odd files in the work tree and odd histories never crash
`check` or `history`, and `history` says at every commit what `check --rev` says there (with and without the
cache each command leaves for the other)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def check(root: Path, *extra: str) -> dict:
    code, out, err = run("check", "-C", str(root), "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_symlink_loops_and_links_into_a_nested_repository_are_skipped(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "lab")
    (root / "train.py").write_text("import torch\n")
    git(root, "add", ".")
    git(root, "commit", "-qm", "one")
    os.symlink("loop_b.py", root / "loop_a.py")
    os.symlink("loop_a.py", root / "loop_b.py")
    nested = make_repo(root / "vendor")  # a nested repository git does not descend into
    (nested / "x.py").write_text("x = 1\n")
    os.symlink("vendor/.git/config", root / "config.py")
    data = check(root)
    assert data["skipped_files"] == {"symlink": 3}
    assert check(root) == check(root, "--no-cache")


BOMB = "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdef", "bcdefg", strict=True))


def _hostile_history(root: Path) -> None:
    """A history with every odd change git allows: renames, mode changes, symlinks (out, in, loops), a
    submodule, a file that becomes a folder and back, binary and non-UTF-8 scripts, CRLF, a huge line,
    malformed notebooks, YAML bombs and deep nesting in the answers and an environment file, a merge, an
    unrelated history merged in, odd names, an empty tree."""

    def commit(message: str) -> None:
        git(root, "add", "-A")
        git(root, "commit", "-qm", message, "--allow-empty")

    def put(rel: str, data: str | bytes) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)

    put("train.py", "import torch\nmodel = torch.nn.Linear(3, 1)\nloss.backward()\nopt.step()\n")
    put("requirements.txt", "numpy\n")
    commit("init")
    git(root, "mv", "train.py", "fit.py")
    commit("rename")
    os.chmod(root / "fit.py", 0o755)
    commit("mode")
    put("seeds.py", "import torch\ntorch.manual_seed(0)\n")
    os.symlink("seeds.py", root / "link.py")
    os.symlink("/etc/passwd", root / "outside.py")
    os.symlink("loop2.py", root / "loop1.py")
    os.symlink("loop1.py", root / "loop2.py")
    commit("symlinks")
    (root / "link.py").unlink()
    put("link.py", "import numpy\nnumpy.random.seed(1)\n")
    commit("a symlink becomes a file")
    git(root, "update-index", "--add", "--cacheinfo", "160000,1234567890123456789012345678901234567890,vendor/sub")
    commit("a submodule")
    (root / "requirements.txt").unlink()
    put("requirements.txt/base.txt", "torch==2.0\n")
    commit("a file becomes a folder")
    (root / "requirements.txt/base.txt").unlink()
    (root / "requirements.txt").rmdir()
    put("requirements.txt", "torch==2.0\n")
    commit("and a file again")
    put("bin.py", b"import torch\x00\x01torch.manual_seed(3)\n")
    put("latin.py", b"import torch\n# caf\xe9 \xff\ntorch.manual_seed(4)\n")
    put("crlf.py", "import torch\r\ntorch.manual_seed(5)\r\nmodel.fit(x)\r\n")
    commit("binary, latin-1, crlf")
    put("huge.py", "x = " + "1+" * 600_000 + "1\n")
    commit("a huge line")
    for i, nb in enumerate(['{"cells": [', '{"cells": {"a": 1}, "nbformat": 4}', "[1, 2, 3]",
                            '{"cells": [{"cell_type": "code", "source": 5}, 7, null, {"cell_type": "code", '
                            '"source": ["import torch\\n", "torch.manual_seed(0)"]}], "nbformat": 4}',
                            "[" * 50_000 + "]" * 50_000]):
        put("bad.ipynb", nb)
        commit(f"notebook {i}")
    put(".deeprules/answers.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\n" + BOMB)
    commit("a YAML bomb in the answers")
    put(".deeprules/answers.yaml", "a: " + "[" * 5000 + "]" * 5000 + "\n")
    commit("deep answers")
    put("environment.yml", "dependencies:\n  - &x python=3.9\n  - *x\n  - " + "[" * 3000 + "]" * 3000 + "\n")
    commit("an environment file with aliases and depth")
    (root / ".deeprules/answers.yaml").unlink()
    commit("answers gone")
    git(root, "checkout", "-q", "-b", "side", "HEAD~3")
    put("side.py", "import random\nrandom.seed(0)\n")
    commit("side")
    git(root, "checkout", "-q", "main")
    git(root, "merge", "-q", "--no-ff", "side", "-m", "merge side")
    git(root, "checkout", "-q", "--orphan", "orphan")
    git(root, "rm", "-rqf", ".")
    put("orphan.py", "import jax\n")
    commit("orphan root")
    git(root, "checkout", "-q", "main")
    git(root, "merge", "-q", "--allow-unrelated-histories", "orphan", "-m", "merge an unrelated history")
    git(root, "mv", "fit.py", "Fit.py")
    put("we\tird\nname.py", "import torch\ntorch.manual_seed(9)\n")
    commit("odd names")
    git(root, "rm", "-rqf", ".")
    commit("empty tree")
    put("back.py", "import torch\n")
    commit("back")


def test_history_says_what_check_rev_says_at_every_commit_of_a_hostile_history(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "hostile")
    _hostile_history(root)
    code, out, err = run("history", "-C", str(root), "--json")
    assert code == 0, err
    points = json.loads(out)["points"]
    assert len(points) == 24
    for point in points:
        cold = check(root, "--rev", point["commit"], "--no-cache")
        assert check(root, "--rev", point["commit"]) == cold, point["subject"]  # after history's cache
        want = {c["id"]: [c["status"], round(c["score"], 2)] for c in cold["checks"]}
        assert point["checks"] == want, point["subject"]
    code, again, err = run("history", "-C", str(root), "--json")
    assert code == 0 and json.loads(again)["points"] == points


def test_markdown_and_sarif_carry_repository_text_as_text(tmp_path: Path) -> None:
    """A fork's pull request supplies the config (a lab check's title and fix, ignore reasons) and the file
    names that `check --format markdown` writes into a CI job summary: no link, image, HTML or broken code span
    can come of them. SARIF locations are URI references: a space or '#' in a file name is percent-encoded."""
    root = make_repo(tmp_path / "lab")
    evil = "![pixel](https://evil.example/t.png) <img src=x> [fix it](https://evil.example)"
    (root / ".deeprules").mkdir()
    (root / ".deeprules/config.yaml").write_text(
        "check:\n"
        "  ignore:\n"
        f"    DR201: \"{evil}\"\n"
        "  custom:\n"
        "    - id: LAB001\n"
        "      tip: 4\n"
        f"      title: \"{evil}\"\n"
        "      path: \"docs/none-*.md\"\n"
        f"      fix: \"{evil}\"\n")
    name = "my `run` #1 [x](y).py"
    (root / name).write_text("import torch\nmodel = torch.nn.Linear(3, 1)\nloss.backward()\nopt.step()\n")
    git(root, "add", ".")
    git(root, "commit", "-qm", "one")
    code, out, err = run("check", "-C", str(root), "--format", "markdown")
    assert code == 0, err
    assert "LAB001" in out and "DR201" in out
    for raw in ("[pixel]", "<img", "[fix it]", "](https"):  # each must come escaped, shown as typed
        assert not re.search(r"(?<!\\)" + re.escape(raw), out), raw
    assert "``my `run` #1 [x](y).py:" in out  # the path, whole, in a code span its backtick cannot close
    code, out, err = run("check", "-C", str(root), "--format", "sarif")
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for result in json.loads(out)["runs"][0]["results"] for loc in result["locations"]}
    assert "my%20%60run%60%20%231%20%5Bx%5D%28y%29.py" in uris


@pytest.mark.parametrize("copy", ["configs/base.yaml", "configs/a_base.yaml"])
def test_a_blob_at_two_paths_is_analysed_for_each_path(tmp_path: Path, copy: str) -> None:
    """Facts are memoised by blob id, but a config's facts also depend on its name (a sweep file is a search
    space whatever it holds): a sweep file copied from a plain config (same blob) is still a sweep file, and
    the plain one does not become one, whichever of the two is read first (before: the first decided both)."""
    root = make_repo(tmp_path / "lab")
    (root / "train.py").write_text("import torch\nmodel = torch.nn.Linear(2, 1)\nloss.backward()\nopt.step()\n")
    (root / "configs").mkdir()
    (root / copy).write_text("lr: 0.01\nepochs: 10\nbatch: 32\n")
    git(root, "add", ".")
    git(root, "commit", "-qm", "config")
    check(root)  # the plain config's facts are memoised
    (root / "configs" / "sweep.yaml").write_text((root / copy).read_text())
    git(root, "add", ".")
    git(root, "commit", "-qm", "a sweep file, copied from it")
    for data in (check(root), check(root, "--no-cache")):
        dr601 = next(c for c in data["checks"] if c["id"] == "DR601")
        assert dr601["status"] == "pass"
        assert [e["path"] for e in dr601["evidence"]] == ["configs/sweep.yaml"]


def test_tracked_symlinks_and_submodules_are_counted_alike_in_every_snapshot(tmp_path: Path) -> None:
    """A tracked symlink and a submodule are not read in any snapshot; the work tree, the index and a commit
    count them the same way (before: only a commit counted them, and called a submodule a symlink)."""
    root = make_repo(tmp_path / "lab")
    (root / "train.py").write_text("import torch\n")
    os.symlink("train.py", root / "link.py")
    git(root, "add", ".")
    git(root, "update-index", "--add", "--cacheinfo", "160000,1234567890123456789012345678901234567890,vendor/sub")
    git(root, "commit", "-qm", "one")
    for extra in ((), ("--staged",), ("--rev", "HEAD")):
        assert check(root, *extra)["skipped_files"] == {"submodule": 1, "symlink": 1}, extra
