"""w26b: DR701 reads the repository's file names (test files of units never trained on), so `history` re-runs it
when files are added or deleted, even files whose contents no check reads (FASTA sequences)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from deeprules.checks import run_checks
from deeprules.config import load_config
from deeprules.history import history
from deeprules.snapshot import commit_snapshot

TORCH_LOOP = ("import torch\nfor x, y in loader:\n    loss = crit(model(x), y)\n    loss.backward()\n"
              "    optimizer.step()\n")


def sh(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True)


def test_history_reruns_the_split_check_when_test_files_of_new_units_appear(tmp_path: Path) -> None:
    root = tmp_path / "r"
    root.mkdir()
    sh(root, "init", "-q")
    for key, value in (("user.name", "T"), ("user.email", "t@example.org"), ("commit.gpgSign", "false")):
        sh(root, "config", key, value)
    steps: list[dict[str, str]] = [
        {"train.py": TORCH_LOOP, "data/human_train.fasta": ">a\nMKV\n", "data/human_test.fasta": ">b\nMKL\n"},
        {"data/mouse_test.fasta": ">c\nMKA\n", "data/fly_test.fasta": ">d\nMKG\n"},
    ]
    for i, files in enumerate(steps):
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text)
        sh(root, "add", "-A")
        sh(root, "commit", "-qm", f"step {i}")
    points = history(root, use_cache=False).points
    config = load_config(root)
    got = []
    for p in points:
        with commit_snapshot(root, p.sha) as snap:
            report = run_checks(snap, None, config)
        want = {r.id: r.status for r in report.results}["DR701"]
        assert p.checks["DR701"][0] == want, p.subject
        got.append(want)
    assert got == ["fail", "pass"]
