"""A cached answer is never a stale answer: changes a user (or git) can make that `git status` does not report,
and reads that do not give the content a blob id names. Each report of a warm `check` must be the one a run
without the cache gives, and nothing learnt of a file on disk may be filed under a blob id it is not the content
of (`history` and `check --rev` read those entries)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import git, make_repo
from test_check_hostile_tree import check, run  # the CLI in-process, and its --json report

TRAIN = "import torch\nfrom torch import nn\nmodel = nn.Linear(4, 2)\nloss.backward()\noptimizer.step()\n"
SEEDED = TRAIN + "torch.manual_seed(0)\n"


def dr301(data: dict) -> str:
    return next(c["status"] for c in data["checks"] if c["id"] == "DR301")


@pytest.fixture
def trained(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "lab")
    (root / "net.py").write_text("import torch\n")
    (root / "train.py").write_text(TRAIN)
    git(root, "add", ".")
    git(root, "commit", "-qm", "training")
    return root


def same_warm_and_cold(root: Path, *extra: str) -> dict:
    warm = check(root, *extra)
    assert warm == check(root, "--no-cache", *extra)
    return warm


@pytest.mark.parametrize("flag", ["--assume-unchanged", "--skip-worktree"])
def test_an_edit_git_is_told_not_to_look_at_is_seen(trained: Path, flag: str) -> None:
    """`git update-index --assume-unchanged` / `--skip-worktree` hide an edit from `git status`; the file on
    disk is what `check` reads, so a warm check must see the edit too (and mark the tree dirty)."""
    assert dr301(check(trained)) == "fail"
    git(trained, "update-index", flag, "train.py")
    (trained / "train.py").write_text(SEEDED)
    assert git(trained, "status", "--porcelain") == ""
    data = same_warm_and_cold(trained)
    assert dr301(data) == "pass" and data["stamp"]["dirty"] is True
    (trained / "train.py").write_text(TRAIN)  # back to the committed content: clean again
    data = same_warm_and_cold(trained)
    assert dr301(data) == "fail" and data["stamp"]["dirty"] is False


def test_a_sparse_checkout_file_not_on_disk_keeps_the_index_content(trained: Path) -> None:
    """A skip-worktree file that is not on disk (a sparse checkout) is neither deleted nor unreadable: git says
    the index holds it, and nothing is filed under its blob id as if it were empty."""
    (trained / "train.py").write_text(SEEDED)
    git(trained, "commit", "-qam", "seed")
    before = check(trained, "--no-cache")
    git(trained, "update-index", "--skip-worktree", "train.py")
    (trained / "train.py").unlink()
    assert same_warm_and_cold(trained) == before
    assert check(trained, "--rev", "HEAD") == check(trained, "--rev", "HEAD", "--no-cache")


@pytest.mark.skipif(os.name != "posix", reason="the filters are shell commands")
def test_what_a_filter_puts_on_disk_is_not_filed_under_the_blob(trained: Path) -> None:
    """A clean/smudge filter (git-lfs is one) or an eol conversion makes the file on disk differ from its blob
    while `git status` calls it clean. `check` reads the disk; what it learns must not be memoised under the
    blob id, or a later `check --rev HEAD` and `history` (which read the blob) would report the disk's content."""
    git(trained, "config", "filter.seed.smudge", "cat; echo 'torch.manual_seed(0)'")
    git(trained, "config", "filter.seed.clean", "grep -v manual_seed")
    (trained / ".gitattributes").write_text("train.py filter=seed\n")
    git(trained, "add", ".gitattributes")
    git(trained, "commit", "-qm", "filter")
    (trained / "train.py").unlink()
    git(trained, "checkout", "--", "train.py")  # smudged: the seed is on disk, not in the blob
    assert "manual_seed" in (trained / "train.py").read_text()
    assert git(trained, "status", "--porcelain") == ""
    assert dr301(same_warm_and_cold(trained)) == "pass"
    assert dr301(check(trained)) == "pass"  # a filtered clean file does not stop the report's reuse
    rev = check(trained, "--rev", "HEAD")
    assert rev == check(trained, "--rev", "HEAD", "--no-cache") and dr301(rev) == "fail"
    code, out, err = run("history", "-C", str(trained), "--json")
    code_cold, out_cold, _ = run("history", "-C", str(trained), "--json", "--no-cache")
    assert code == code_cold == 0, err
    assert json.loads(out)["points"] == json.loads(out_cold)["points"]


def test_a_file_that_changes_between_status_and_the_read_leaves_no_report(trained: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """An edit saved while `check` runs (after `git status`, before the file is read): that run reports what it
    read, but neither its report nor the facts it read are kept under the ids `status` gave, so the next run,
    with the file back as `status` saw it, is not served the edit."""
    from deeprules import snapshot

    assert dr301(check(trained)) == "fail"
    shutil.rmtree(trained / ".git" / "deeprules-cache")  # nothing known: the next run reads train.py
    original = snapshot.WorkTreeSnapshot._read_disk

    def edited_meanwhile(self: snapshot.WorkTreeSnapshot, path: str) -> bytes | None:
        if path == "train.py":  # saved by an editor just now
            (trained / "train.py").write_text(SEEDED)
        return original(self, path)

    monkeypatch.setattr(snapshot.WorkTreeSnapshot, "_read_disk", edited_meanwhile)
    code, out, _ = run("check", "-C", str(trained), "--json")
    assert code == 0 and dr301(json.loads(out)) == "pass"  # what it read
    monkeypatch.undo()
    (trained / "train.py").write_text(TRAIN)  # undone: `git status` is what it was in that run
    assert dr301(check(trained)) == "fail"
    assert check(trained) == check(trained, "--no-cache")


def test_an_unreadable_clean_file_is_not_remembered_as_empty(trained: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A clean file that cannot be read (permissions changed, which `git status` does not report): counted as
    unreadable in that run, but once readable again the next run reads it, and `history` never sees the blob
    as empty."""
    from deeprules import snapshot

    (trained / "train.py").write_text(SEEDED)
    git(trained, "commit", "-qam", "seed")
    original = snapshot.WorkTreeSnapshot._safe_file

    def denied(self: snapshot.WorkTreeSnapshot, path: str) -> Path | None:
        if path == "train.py":
            self.skipped[path] = "unreadable"
            return None
        return original(self, path)

    monkeypatch.setattr(snapshot.WorkTreeSnapshot, "_safe_file", denied)
    data = check(trained)
    assert data["skipped_files"] == {"unreadable": 1} and dr301(data) != "pass"
    monkeypatch.undo()
    data = check(trained)
    assert data["skipped_files"] == {} and dr301(data) == "pass"
    code, out, err = run("history", "-C", str(trained), "--json")
    assert code == 0, err
    assert json.loads(out)["points"][-1]["checks"]["DR301"][0] == "pass"


def test_untag_listing_reads_what_ls_files_prints(trained: Path) -> None:
    from deeprules.snapshot import untag_listing

    plain = git(trained, "ls-files", "-s", "-z").encode()
    assert untag_listing(git(trained, "ls-files", "-s", "-v", "-z").encode()) == (plain, [])
    git(trained, "update-index", "--assume-unchanged", "net.py")
    git(trained, "update-index", "--skip-worktree", "train.py")
    assert untag_listing(git(trained, "ls-files", "-s", "-v", "-z").encode()) == (plain, ["net.py", "train.py"])


def test_an_edit_of_the_knowledge_or_the_rules_starts_every_cache_again(trained: Path) -> None:
    """A development install keeps its version while its questions, rules or knowledge files change: the
    answers memoised for an answers file depend on the questions, a report on the rules. Any edit of the
    core's files (not the TUI's) changes the stamp every cache file is written under."""
    import deeprules
    from deeprules.checks import code_stamp

    package = Path(deeprules.__file__).parent
    before = code_stamp.__wrapped__()
    for rel, counts in (("knowledge/questions.yaml", True), ("engine.py", True), ("checks/tip03.py", True),
                        ("tui/app.py", False)):
        path = package / rel
        st = path.stat()
        try:
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
            assert (code_stamp.__wrapped__() != before) is counts, rel
        finally:
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert code_stamp.__wrapped__() == before


def test_a_cache_written_by_other_code_is_not_read(trained: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from deeprules import history

    assert dr301(check(trained)) == "fail"
    cache = history.Cache(trained / ".git")
    assert cache._read("check.bin") is not None
    monkeypatch.setattr(history, "code_stamp", lambda: "edited")
    assert history.Cache(trained / ".git")._read("check.bin") is None


def test_a_cache_file_damaged_inside_a_value_is_not_believed(trained: Path) -> None:
    """A flipped byte inside a stored report or memo entry still unmarshals; the digest every cache file starts
    with is what tells: the damaged file is thrown away (with a warning) and the answer is recomputed."""
    cold = check(trained, "--no-cache")
    assert dr301(check(trained)) == "fail"
    cache = trained / ".git" / "deeprules-cache"
    for name in ("check.bin", "check-memo.bin"):
        raw = (cache / name).read_bytes()
        (cache / name).write_bytes(raw.replace(b"fail", b"pass").replace(b"manual", b"xanual"))
    code, out, err = run("check", "-C", str(trained), "--json")
    assert code == 0 and json.loads(out) == cold
    assert "check.bin was unreadable" in err


def test_cache_files_are_shared_like_git_files_and_a_killed_write_is_cleaned(trained: Path) -> None:
    """A run killed while writing leaves its temporary file (the memo can be 12 MB): a later write removes one
    that is old. Cache files get the mode ordinary files get (0666 less the umask), not mkstemp's 0600, so a
    colleague sharing the repository reads them instead of rebuilding them with a warning each time."""
    check(trained)
    cache = trained / ".git" / "deeprules-cache"
    stale = cache / ".check.bin.abc123"
    stale.write_bytes(b"x" * 1000)
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    fresh = cache / ".check.bin.def456"  # another run writing right now: left alone
    fresh.write_bytes(b"x")
    (trained / "notes.py").write_text("import numpy\n")  # a new report is written
    check(trained)
    assert not stale.exists() and fresh.exists()
    mask = os.umask(0o022)
    os.umask(mask)
    assert (cache / "check.bin").stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_cache_folder_that_cannot_be_used_means_no_cache_and_no_false_warning(trained: Path) -> None:
    """.git/deeprules-cache that is not a folder (or cannot be read): every command works without the cache,
    with the same output, and does not claim on every run that it rebuilt a file it cannot write."""
    cold = check(trained, "--no-cache")
    shutil.rmtree(trained / ".git" / "deeprules-cache", ignore_errors=True)
    (trained / ".git" / "deeprules-cache").write_text("not a folder\n")
    for _ in range(2):
        code, out, err = run("check", "-C", str(trained), "--json")
        assert code == 0 and json.loads(out) == cold and err == ""
        code, out, err = run("history", "-C", str(trained), "--json")
        assert code == 0 and err == ""


@pytest.mark.skipif(os.name != "posix", reason="the filters are shell commands")
def test_a_file_a_filter_makes_huge_on_disk_is_not_huge_in_git(trained: Path) -> None:
    """git-lfs puts megabytes on disk for a small pointer blob: the work tree skips the file as huge, but that is
    not a fact of the blob, so `check --rev HEAD` after it (which reads the blob) counts no huge file."""
    git(trained, "config", "filter.big.smudge", "cat; head -c 3000000 /dev/zero | tr '\\\\0' x")
    git(trained, "config", "filter.big.clean", "head -n 1")
    (trained / ".gitattributes").write_text("data.py filter=big\n")
    (trained / "data.py").write_text("import numpy\n")
    git(trained, "add", ".")
    git(trained, "commit", "-qm", "a filtered file")
    (trained / "data.py").unlink()
    git(trained, "checkout", "--", "data.py")
    assert (trained / "data.py").stat().st_size > 2_000_000 and git(trained, "status", "--porcelain") == ""
    assert check(trained)["skipped_files"] == {"huge": 1}
    rev = check(trained, "--rev", "HEAD")
    assert rev == check(trained, "--rev", "HEAD", "--no-cache") and rev["skipped_files"] == {}


def test_an_untracked_file_over_the_size_limit_is_never_read(trained: Path) -> None:
    """A data file left untracked in the work tree can be gigabytes: it has no facts (too large to read), so it
    is not hashed either (each warm check hashed all of it: seconds per gigabyte). The report still counts it,
    and sees it shrink below the limit."""
    from deeprules.snapshot import MAX_BYTES, WorkTreeSnapshot

    big = trained / "data.py"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: no disk used
    snap = WorkTreeSnapshot(trained)
    assert snap.blob_id("data.py") is None and snap.skipped == {"data.py": "huge"}
    assert same_warm_and_cold(trained)["skipped_files"] == {"huge": 1}
    big.write_text(SEEDED)  # now small: read, and a second training script, seeded
    data = same_warm_and_cold(trained)
    assert data["skipped_files"] == {}
    assert any(e["path"] == "data.py" for c in data["checks"] for e in c["evidence"])


def test_cache_files_of_the_format_before_are_dropped_without_a_warning(trained: Path) -> None:
    """After an upgrade the cache files of the previous format (no digest) are simply rebuilt: no warning."""
    import marshal

    cold = check(trained, "--no-cache")
    cache = trained / ".git" / "deeprules-cache"
    cache.mkdir(parents=True, exist_ok=True)
    for name in ("check.bin", "check-memo.bin", "memo.bin", "specs.bin"):
        (cache / name).write_bytes(marshal.dumps(((4, "0.1.0", 9, "0" * 16, (3, 11), 4), {"reports": {}})))
    code, out, err = run("check", "-C", str(trained), "--json")
    assert code == 0 and json.loads(out) == cold and err == ""


LINES = ["import torch", "torch.manual_seed(0)", "loss.backward()", "optimizer.step()", "model.fit(x, y)",
         "from sklearn.model_selection import GroupKFold", "import wandb", "np.random.seed(1)", "# x", "pass",
         "clf = LogisticRegression()", "torch.use_deterministic_algorithms(True)"]
FILES = ["train.py", "seed.py", "requirements.txt", "uv.lock", "sub/model.py", "configs/sweep.yaml",
         "configs/base.yaml", "results.csv"]


def test_a_warm_check_is_a_cold_check_through_a_random_session(tmp_path: Path) -> None:
    """A session of random changes a user and git make (edits, same-size edits, staging, commits, branch
    switches, deletions, untracked files, assume-unchanged / skip-worktree flags, mode changes, restores): after
    each, `check` and `check --staged` with the cache say what they say without it."""
    import random

    rng = random.Random(2)
    root = make_repo(tmp_path / "session")

    def content(name: str) -> str:
        if name.endswith(".py"):
            return "\n".join(rng.choice(LINES) for _ in range(rng.randint(1, 6))) + "\n"
        if name.endswith(".txt"):
            return rng.choice(["numpy\n", "numpy==1.0\ntorch==2.0\n"])
        if name.endswith(".yaml"):
            return rng.choice(["lr: 0.01\n", "lr: [0.1, 0.01]\nmethod: grid\n", "goal: predict\n"])
        if name.endswith(".csv"):
            return rng.choice(["model,auc\nbaseline,0.7\nnet,0.8\n", "a,b\n1,2\n"])
        return "x\n"

    def report(*extra: str) -> dict:
        data = check(root, *extra)
        data["stamp"].pop("dirty")
        return data

    for name in FILES[:3]:
        (root / name).write_text(content(name))
    git(root, "add", "-A")
    git(root, "commit", "-qm", "init")
    ops = ["edit", "edit", "same_size", "stage", "commit", "delete", "untracked", "assume", "unflag", "skip",
           "branch", "checkout", "chmod", "restore", "unstage"]
    for step in range(45):
        op, name = rng.choice(ops), rng.choice(FILES)
        path = root / name
        if op in ("edit", "untracked"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content(name))
        elif op == "same_size" and path.exists():
            text = path.read_text()
            path.write_text(text.replace("0", "1", 1) if "0" in text else text.upper())
        elif op == "stage":
            git(root, "add", "-A")
        elif op == "commit":
            git(root, "add", "-A")
            git(root, "commit", "-qm", f"step {step}", check=False)
        elif op == "delete" and path.exists():
            path.unlink()
        elif op == "assume":
            git(root, "update-index", "--assume-unchanged", name, check=False)
        elif op == "unflag":
            git(root, "update-index", "--no-assume-unchanged", "--no-skip-worktree", name, check=False)
        elif op == "skip":
            git(root, "update-index", "--skip-worktree", name, check=False)
        elif op == "branch":
            git(root, "branch", "-f", f"b{step % 3}")
        elif op == "checkout":
            git(root, "checkout", "-q", f"b{rng.randint(0, 2)}", check=False)
        elif op == "chmod" and path.exists():
            os.chmod(path, 0o755)
        elif op == "restore":
            git(root, "checkout", "--", name, check=False)
        elif op == "unstage":
            git(root, "reset", "-q")
        for extra in ((), ("--staged",)):
            assert report(*extra) == report("--no-cache", *extra), (step, op, name, extra)
