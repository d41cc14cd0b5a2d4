"""Every write command in every git set-up a user may have: afterwards `git status` shows nothing of
deeprules', the user's staged and unstaged work is as they left it, and `git fsck` is clean."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import git, invoke, make_repo

RESULTS = Path(__file__).parent / "data" / "card" / "results_microscopy.csv"
IDENTITY = ("-c", "user.name=Ana Ruiz", "-c", "user.email=ana@example.org")


def commit_something(repo: Path, name: str = "analysis.py") -> None:
    (repo / name).write_text("print('hello')\n")
    git(repo, "add", name)
    git(repo, "commit", "-q", "-m", f"add {name}")


def with_identity(repo: Path) -> Path:
    git(repo, "config", "user.name", "Ana Ruiz")
    git(repo, "config", "user.email", "ana@example.org")
    return repo


# Each set-up returns (where the user runs deeprules, the repository deeprules writes into).
def plain(tmp: Path) -> tuple[Path, Path]:
    repo = make_repo(tmp / "plain")
    return repo, repo


def sha256(tmp: Path) -> tuple[Path, Path]:
    repo = tmp / "sha256"
    repo.mkdir()
    git(repo, "init", "-q", "--object-format=sha256", "-b", "main")
    return with_identity(repo), repo


def autocrlf(tmp: Path) -> tuple[Path, Path]:
    origin = make_repo(tmp / "origin")
    commit_something(origin)
    assert invoke("init", str(origin), "--example", "microscopy").exit_code == 0
    clone = tmp / "clone"
    git(tmp, "clone", "-q", "-c", "core.autocrlf=true", str(origin), str(clone))
    return with_identity(clone), clone


def autocrlf_safecrlf(tmp: Path) -> tuple[Path, Path]:
    """Windows-style settings on a new repository: git refuses LF files unless told otherwise."""
    repo = make_repo(tmp / "safecrlf")
    git(repo, "config", "core.autocrlf", "true")
    git(repo, "config", "core.safecrlf", "true")
    return repo, repo


def split_index(tmp: Path) -> tuple[Path, Path]:
    repo = make_repo(tmp / "split")
    git(repo, "config", "core.splitIndex", "true")
    commit_something(repo)
    return repo, repo


def sparse_index(tmp: Path) -> tuple[Path, Path]:
    repo = make_repo(tmp / "sparse")
    (repo / "src").mkdir()
    (repo / "other").mkdir()
    commit_something(repo, "src/model.py")
    commit_something(repo, "other/big.py")
    git(repo, "sparse-checkout", "set", "--cone", "--sparse-index", "src")
    assert not (repo / "other").exists()
    return repo, repo


def non_ascii(tmp: Path) -> tuple[Path, Path]:
    repo = make_repo(tmp / "prøjekt ü 数据")
    (repo / ".deeprules").mkdir()
    (repo / ".deeprules" / "config.yaml").write_text("paths:\n  ethics: éthique/注意\n  plan: PLAN-ø.md\n")
    git(repo, "add", ".deeprules/config.yaml")
    return repo, repo


def worktree(tmp: Path) -> tuple[Path, Path]:
    main = make_repo(tmp / "main")
    commit_something(main)
    linked = tmp / "linked"
    git(main, "worktree", "add", "-q", "-b", "feature", str(linked))
    return linked, linked


def _super_with_sub(tmp: Path) -> tuple[Path, Path]:
    sub_origin = make_repo(tmp / "sub-origin")
    commit_something(sub_origin, "model.py")
    sup = make_repo(tmp / "super")
    commit_something(sup)
    git(sup, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(sub_origin), "sub")
    git(sup, "commit", "-q", "-m", "add submodule")
    with_identity(sup / "sub")
    return sup, sup / "sub"


def submodule_inside(tmp: Path) -> tuple[Path, Path]:
    _, sub = _super_with_sub(tmp)
    return sub, sub


def submodule_from_superproject(tmp: Path) -> tuple[Path, Path]:
    sup, _ = _super_with_sub(tmp)
    return sup, sup


def shallow(tmp: Path) -> tuple[Path, Path]:
    origin = make_repo(tmp / "origin")
    for n in range(3):
        commit_something(origin, f"step{n}.py")
    clone = tmp / "shallow"
    git(tmp, "clone", "-q", "--depth", "1", f"file://{origin}", str(clone))
    assert (clone / ".git" / "shallow").exists()
    return with_identity(clone), clone


def detached(tmp: Path) -> tuple[Path, Path]:
    repo = make_repo(tmp / "detached")
    commit_something(repo)
    commit_something(repo, "more.py")
    git(repo, "checkout", "-q", "--detach", "HEAD~1")
    return repo, repo


SETUPS: dict[str, Callable[[Path], tuple[Path, Path]]] = {
    f.__name__: f for f in (plain, sha256, autocrlf, autocrlf_safecrlf, split_index, sparse_index, non_ascii,
                            worktree, submodule_inside, submodule_from_superproject, shallow, detached)}

COMMANDS = [
    ("init", "--example", "microscopy"),
    ("answer", "n_samples=600", "n_min_class=60", "minority_fraction=0.1"),
    ("plan",),
    ("ethics", "add", "--title", "Consent does not cover sharing"),
    ("card", "fill", "--results", str(RESULTS)),
    ("plan",),
]


def add_user_work(repo: Path) -> dict[str, str]:
    """A staged change with an unstaged change on top, and an untracked file; returns git's view."""
    (repo / "notes.txt").write_text("v1\n")
    git(repo, "-c", "core.safecrlf=false", "add", "notes.txt")  # the user's own LF file
    git(repo, "commit", "-q", "-m", "user: notes")
    (repo / "notes.txt").write_text("v2 staged\n")
    git(repo, "-c", "core.safecrlf=false", "add", "notes.txt")  # the user's own LF file
    (repo / "notes.txt").write_text("v3 unstaged\n")
    (repo / "scratch.txt").write_text("untracked\n")
    return {"status": git(repo, "status", "--porcelain"), "staged": git(repo, "show", ":notes.txt")}


@pytest.mark.parametrize("setup", list(SETUPS))
def test_every_write_in_every_set_up_leaves_only_the_users_own_work_in_git_status(tmp_path: Path,
                                                                                  setup: str) -> None:
    where, repo = SETUPS[setup](tmp_path)
    user = add_user_work(repo)
    first_head = git(repo, "rev-parse", "HEAD").strip()
    for command in COMMANDS:
        r = invoke(*command, *([str(where)] if command[0] == "init" else ["-C", str(where)]))
        assert r.exit_code == 0, f"{setup}: deeprules {' '.join(command)}: {r.output}"
        assert git(repo, "status", "--porcelain") == user["status"], f"{setup}: after {command}"
    assert git(repo, "show", ":notes.txt") == user["staged"]
    assert (repo / "notes.txt").read_text() == "v3 unstaged\n"
    assert (repo / "scratch.txt").read_text() == "untracked\n"
    log = git(repo, "log", "--format=%s", f"{first_head}..HEAD").splitlines()
    assert log and all(s.startswith("deeprules: ") for s in log)
    assert "ETH-0003 opened" in " ".join(log)
    assert not any(p.name.endswith(".deeprules-tmp") for p in repo.rglob(".*"))
    assert git(repo, "fsck", "--no-progress", "--no-dangling").strip() == "" or setup == "shallow"
    if setup == "submodule_inside":
        sup = where.parent
        assert git(sup, "status", "--porcelain") == " M sub\n", "the superproject sees a new submodule commit"
    if setup == "submodule_from_superproject":
        assert git(repo / "sub", "status", "--porcelain") == "", "the submodule is left alone"
    if setup == "detached":
        assert git(repo, "symbolic-ref", "-q", "HEAD", check=False) == ""
