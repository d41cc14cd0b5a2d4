"""History: scores at each first-parent commit from git objects, cached in .git/deeprules-cache/."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import commit_files
from deeprules.history import history
from deeprules.knowledge import load_knowledge

TRAIN = "import torch\nloss.backward()\noptimizer.step()\n"


def sh(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def steps(tmp_path: Path) -> Path:
    root = tmp_path / "hist"
    root.mkdir()
    sh(root, "init", "-q")
    sh(root, "config", "user.name", "T")
    sh(root, "config", "user.email", "t@example.org")
    sh(root, "config", "commit.gpgSign", "false")
    commit_files(root, "start", {".deeprules/answers.yaml": load_knowledge().examples["microscopy"], "train.py": TRAIN})
    commit_files(root, "seed", {"train.py": TRAIN + "torch.manual_seed(0)\n"})
    commit_files(root, "lock", {"uv.lock": "version = 1\n"})
    commit_files(root, "ci", {".github/workflows/ci.yml": "on: push\njobs:\n  t:\n    steps:\n      - run: pytest\n"})
    commit_files(root, "notes", {"notes.txt": "nothing to see\n"})
    det = TRAIN + "torch.manual_seed(0)\ntorch.use_deterministic_algorithms(True)\n"
    commit_files(root, "determinism", {"train.py": det})
    commit_files(root, "drop the lock", {"uv.lock": None})
    return root


# DR301 weight 2, DR302/DR303/DR304 weight 1: tip 3 = 10 * sum(w * score) / sum(w)
EXPECTED = [("start", 0.0), ("seed", 40.0), ("lock", 60.0), ("ci", 80.0), ("notes", 80.0), ("determinism", 100.0),
            ("drop the lock", 80.0)]


def scores(root: Path, **kwargs: object) -> list[tuple[str, float | None]]:
    h = history(root, select=["DR3"], **kwargs)  # type: ignore[arg-type]
    return [(p.subject, p.tips[3]) for p in h.points]


def test_known_scores_at_each_step(steps: Path) -> None:
    h = history(steps, select=["DR3"])
    assert [(p.subject, p.tips[3]) for p in h.points] == EXPECTED
    assert [p.changed for p in h.points] == [True, True, True, True, False, True, True]
    assert h.points[1].checks["DR301"] == ("pass", 10.0)
    assert h.points[0].checks["DR301"] == ("fail", 0.0)
    assert h.computed == 7 and h.from_cache == 0


def test_cache_gives_identical_results_and_an_added_commit_is_one_step(steps: Path) -> None:
    first = history(steps, select=["DR3"]).to_dict()
    second = history(steps, select=["DR3"])
    assert second.from_cache == 7 and second.computed == 0
    assert second.to_dict()["points"] == first["points"]
    assert not any((steps / p).exists() for p in ("deeprules-cache", ".deeprules-cache"))
    assert (steps / ".git" / "deeprules-cache").is_dir()
    commit_files(steps, "lock again", {"uv.lock": "version = 1\n"})
    third = history(steps, select=["DR3"])
    assert third.computed == 1  # resumed from the state saved with the last walk
    assert [(p.subject, p.tips[3]) for p in third.points] == [*EXPECTED, ("lock again", 100.0)]
    assert history(steps, select=["DR3"], use_cache=False).to_dict()["points"] == third.to_dict()["points"]


def test_corrupt_cache_is_rebuilt(steps: Path) -> None:
    first = history(steps, select=["DR3"]).to_dict()["points"]
    cache = steps / ".git" / "deeprules-cache"
    for f in cache.iterdir():
        f.write_text("{not json")
    again = history(steps, select=["DR3"])
    assert again.to_dict()["points"] == first
    assert again.computed == 7 and sorted(again.cache_rebuilt)
    assert history(steps, select=["DR3"]).from_cache == 7


def test_since_and_max_commits(steps: Path) -> None:
    assert scores(steps, max_commits=2) == EXPECTED[-2:]
    rev = sh(steps, "rev-parse", "HEAD~2").strip()
    assert scores(steps, since=rev) == EXPECTED[-2:]


def test_first_parent_only_and_merges(steps: Path) -> None:
    sh(steps, "checkout", "-q", "-b", "side")
    commit_files(steps, "side lock", {"uv.lock": "version = 1\n"})
    sh(steps, "checkout", "-q", "-")
    sh(steps, "merge", "-q", "--no-ff", "-m", "merge side", "side")
    got = scores(steps)
    assert [s for s, _ in got] == [s for s, _ in EXPECTED] + ["merge side"]
    assert got[-1] == ("merge side", 100.0)


def test_shallow_clone_says_how_far_history_goes(steps: Path, tmp_path: Path) -> None:
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "3", f"file://{steps}", str(clone)], check=True)
    h = history(clone, select=["DR3"])
    assert len(h.points) == 3 and h.shallow and "shallow clone" in h.shallow
    assert [(p.subject, p.tips[3]) for p in h.points] == EXPECTED[-3:]


def test_cache_of_another_version_is_rebuilt(steps: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import deeprules.history as hmod

    first = history(steps, select=["DR3"]).to_dict()["points"]
    monkeypatch.setattr(hmod, "CACHE_FORMAT", hmod.CACHE_FORMAT + 1)  # as after an upgrade
    again = history(steps, select=["DR3"])
    assert again.computed == 7 and again.from_cache == 0
    assert again.to_dict()["points"] == first
    assert history(steps, select=["DR3"]).from_cache == 7


def test_json_joined_from_the_cache_equals_the_points(steps: Path) -> None:
    import json

    commit_files(steps, "ünïcode \"quoted\" subject", {"notes.txt": "more\n"})
    for h in (history(steps), history(steps), history(steps, max_commits=3)):
        assert h.to_json() == json.dumps(h.to_dict(), ensure_ascii=False, separators=(",", ":"))


def test_resumed_commit_equals_a_full_walk(steps: Path) -> None:
    history(steps)
    commit_files(steps, "edit code, same facts", {"train.py": "# a comment\n" + TRAIN + "torch.manual_seed(0)\n"})
    commit_files(steps, "one third seeded", {"b.py": TRAIN, "c.py": TRAIN})
    resumed = history(steps)
    assert resumed.computed == 2
    assert resumed.to_dict()["points"] == history(steps, use_cache=False).to_dict()["points"]


def test_rewritten_head_lists_the_commits_again(steps: Path) -> None:
    history(steps, select=["DR3"])
    sh(steps, "reset", "-q", "--hard", "HEAD~2")
    commit_files(steps, "other lock", {"poetry.lock": "x\n"})
    got = history(steps, select=["DR3"])
    assert [p.subject for p in got.points] == [s for s, _ in EXPECTED[:5]] + ["other lock"]
    assert got.to_dict()["points"] == history(steps, select=["DR3"], use_cache=False).to_dict()["points"]


def test_a_file_skipped_by_history_is_still_counted_by_check(steps: Path) -> None:
    """`history` reads a blob first (too large to read: skipped); `check` of the same tree later hits the memo and
    must still say the file was skipped, as a cold `check` does."""
    import json

    from conftest import invoke
    from deeprules.snapshot import MAX_BYTES

    commit_files(steps, "big", {"big.py": "x = 1\n" * (MAX_BYTES // 6 + 10)})
    history(steps)
    warm = json.loads(invoke("check", "--json", cwd=steps).output)  # type: ignore[attr-defined]
    cold = json.loads(invoke("check", "--json", "--no-cache", cwd=steps).output)  # type: ignore[attr-defined]
    assert warm["skipped_files"] == cold["skipped_files"] == {"huge": 1}
