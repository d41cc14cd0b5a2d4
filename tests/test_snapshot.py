"""Snapshots: the work tree, the index and a commit read through one interface."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from deeprules.errors import InputError, NotARepoError
from deeprules.snapshot import WorkTreeSnapshot, blob_id, commit_snapshot, index_snapshot, open_snapshot


def sh(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def snaprepo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    sh(root, "init", "-q")
    sh(root, "config", "user.name", "T")
    sh(root, "config", "user.email", "t@example.org")
    sh(root, "config", "commit.gpgSign", "false")
    (root / "train.py").write_text("import torch\n")
    (root / "src").mkdir()
    (root / "src" / "model.py").write_text("x = 1\n")
    sh(root, "add", ".")
    sh(root, "commit", "-qm", "one")
    return root


def test_three_sources_agree_then_differ(snaprepo: Path) -> None:
    (snaprepo / "train.py").write_text("import torch\ntorch.manual_seed(0)\n")
    sh(snaprepo, "add", "train.py")
    (snaprepo / "train.py").write_text("import torch\ntorch.manual_seed(1)\n")
    (snaprepo / "new.py").write_text("print(1)\n")
    with commit_snapshot(snaprepo) as head, index_snapshot(snaprepo) as idx:
        work = WorkTreeSnapshot(snaprepo)
        assert head.paths() == ["src/model.py", "train.py"]
        assert "new.py" in work and "new.py" not in idx
        assert head.read_text("train.py") == "import torch\n"
        assert idx.read_text("train.py") == "import torch\ntorch.manual_seed(0)\n"
        assert work.read_text("train.py") == "import torch\ntorch.manual_seed(1)\n"
        for snap in (head, idx, work):
            data = snap.read_bytes("src/model.py")
            assert data is not None and snap.blob_id("src/model.py") == blob_id(data)
        assert work.blob_id("train.py") == blob_id(b"import torch\ntorch.manual_seed(1)\n")
        assert work.dirty


def test_deleted_file_leaves_the_work_tree(snaprepo: Path) -> None:
    (snaprepo / "train.py").unlink()
    assert "train.py" not in WorkTreeSnapshot(snaprepo)


def test_huge_binary_and_symlink_out_are_skipped_and_counted(snaprepo: Path, tmp_path: Path) -> None:
    (snaprepo / "big.py").write_text("x = 1\n" * 100)
    (snaprepo / "blob.py").write_bytes(b"\x00\x01binary")
    secret = tmp_path / "secret.py"
    secret.write_text("password = 1\n")
    os.symlink(secret, snaprepo / "link.py")
    os.symlink(snaprepo / "src" / "model.py", snaprepo / "inside.py")
    work = WorkTreeSnapshot(snaprepo, max_bytes=100)
    assert work.read_text("big.py") is None
    assert work.read_text("blob.py") is None
    assert work.read_text("link.py") is None
    assert work.read_text("inside.py") == "x = 1\n"
    assert work.skipped_counts() == {"binary": 1, "huge": 1, "symlink": 1}
    sh(snaprepo, "add", "big.py", "blob.py")
    sh(snaprepo, "commit", "-qm", "two")
    with commit_snapshot(snaprepo, max_bytes=100) as head:
        assert head.read_text("big.py") is None and head.skipped["big.py"] == "huge"
        assert head.read_text("blob.py") is None and head.skipped["blob.py"] == "binary"
        assert head.read_text("train.py") == "import torch\n"  # the reader survives a drained object


def test_outside_git_walks_the_folder(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("1\n")
    (tmp_path / ".git_not").mkdir()
    snap = open_snapshot(tmp_path)
    assert "a.py" in snap.paths() and snap.commit is None
    with pytest.raises(NotARepoError):
        open_snapshot(tmp_path, staged=True)


def test_bad_revision_is_an_input_error(snaprepo: Path) -> None:
    with pytest.raises(InputError, match="not a commit"):
        open_snapshot(snaprepo, rev="no-such-branch")


def test_listing_with_symlinks_and_odd_names(snaprepo: Path) -> None:
    (snaprepo / "link.py").symlink_to("train.py")
    (snaprepo / "tab\tname.py").write_text("x = 2\n")
    (snaprepo / "ünï.py").write_text("x = 3\n")
    sh(snaprepo, "add", ".")
    sh(snaprepo, "commit", "-qm", "odd")
    with commit_snapshot(snaprepo) as head, index_snapshot(snaprepo) as idx:
        assert head.paths() == idx.paths() == sorted(["src/model.py", "tab\tname.py", "train.py", "ünï.py"])
        assert head.blob_id("ünï.py") == blob_id(b"x = 3\n")
        assert head.skipped_counts() == {"symlink": 1}
