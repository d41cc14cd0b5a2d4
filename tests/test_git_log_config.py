"""A git configuration that changes what `git log` prints must not change what deeprules reads: with
`log.showSignature` (common among people who sign commits) every commit's signature check is printed among
the formatted lines. `history`, `report` and `ethics log` read the same as without it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app

pytestmark = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="signing needs ssh-keygen")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def signed(tmp_path: Path) -> Path:
    key = tmp_path / "key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True,
                   capture_output=True)
    (tmp_path / "allowed").write_text(f"ana@example.org {(tmp_path / 'key.pub').read_text()}")
    root = make_repo(tmp_path / "r")
    for name, value in (("gpg.format", "ssh"), ("user.signingkey", str(key) + ".pub"),
                        ("gpg.ssh.allowedSignersFile", str(tmp_path / "allowed")), ("commit.gpgSign", "true")):
        git(root, "config", name, value)
    for i in range(3):
        (root / "train.py").write_text(f"import torch\ntorch.manual_seed({i})\nmodel = torch.nn.Linear(2, 1)\n")
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", f"version {i}")
    return root


def test_signature_lines_in_git_log_are_not_read_as_commits(signed: Path, tmp_path: Path) -> None:
    code, plain, err = run("history", "-C", str(signed), "--json", "--no-cache")
    assert code == 0, err
    answers = tmp_path / "answers.yaml"
    answers.write_text("task: classification\n")
    assert run("init", "--answers", str(answers), str(signed))[0] == 0
    code, before_log, err = run("ethics", "log", "-C", str(signed), "ETH-0001", "--json")
    assert code == 0, err
    git(signed, "config", "log.showSignature", "true")
    assert "signature" in git(signed, "log", "-1", "--format=%H")  # git prints it among the formatted lines
    code, out, err = run("history", "-C", str(signed), "--json", "--no-cache")
    assert code == 0, err
    assert [p["subject"] for p in json.loads(out)["points"]][:3] == \
        [p["subject"] for p in json.loads(plain)["points"]]
    code, out, err = run("ethics", "log", "-C", str(signed), "ETH-0001", "--json")
    assert (code, out) == (0, before_log), err
    code, _out, err = run("report", "-C", str(signed), "--html", str(tmp_path / "r.html"))
    assert code == 0, err
