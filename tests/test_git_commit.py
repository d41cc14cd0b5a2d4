"""The commit protocol: deeprules never leaves the user's index behind HEAD, never leaves its own files
uncommitted for good, never makes an empty commit, and survives a user committing at the same moment.

Every test runs the real CLI in a real repository and looks at what `git` then tells the user."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import git, invoke, make_repo
from deeprules.gitrepo import GitRepo

RESULTS = Path(__file__).parent / "data" / "card" / "results_microscopy.csv"


def head(repo: Path) -> str:
    return git(repo, "rev-parse", "HEAD").strip()


def porcelain(repo: Path) -> list[str]:
    return [line for line in git(repo, "status", "--porcelain", "--untracked-files=all").splitlines() if line]


def init(repo: Path, *extra: str) -> object:
    return invoke("init", str(repo), "--example", "microscopy", *extra)


def with_user_work(repo: Path) -> None:
    """The user's own work in progress: a staged change, an unstaged change on top, an untracked file."""
    (repo / "notes.txt").write_text("v1\n")
    git(repo, "add", "notes.txt")
    git(repo, "commit", "-q", "-m", "user: notes")
    (repo / "notes.txt").write_text("v2 staged\n")
    git(repo, "add", "notes.txt")
    (repo / "notes.txt").write_text("v3 unstaged\n")
    (repo / "scratch.txt").write_text("untracked\n")


def user_work_intact(repo: Path) -> None:
    assert git(repo, "show", ":notes.txt") == "v2 staged\n"
    assert (repo / "notes.txt").read_text() == "v3 unstaged\n"
    assert (repo / "scratch.txt").read_text() == "untracked\n"
    assert porcelain(repo) == ["MM notes.txt", "?? scratch.txt"], porcelain(repo)


def tree_files(repo: Path) -> dict[str, bytes]:
    return {str(p.relative_to(repo)): p.read_bytes() for p in repo.rglob("*")
            if p.is_file() and ".git" not in p.relative_to(repo).parts}


WRITES = {
    "answer": ("answer", "compute=laptop"),
    "plan": ("plan",),
    "ethics add": ("ethics", "add", "--title", "Consent does not cover sharing"),
    "card fill": ("card", "fill", "--results", str(RESULTS)),
}


@pytest.mark.parametrize("command", list(WRITES))
def test_a_held_index_lock_refuses_before_anything_changes(repo: Path, command: str) -> None:
    """Before: HEAD moved, then refreshing the index crashed, and `git status` showed MM on our files, so
    the user's next commit reverted deeprules' work."""
    with_user_work(repo)
    assert init(repo).exit_code == 0
    if command == "plan":  # give `plan` something to commit: an answer changed without committing
        assert invoke("answer", "-C", str(repo), "--no-commit", "compute=cluster").exit_code == 0
    before_head, before_files = head(repo), tree_files(repo)
    before_index = (repo / ".git" / "index").read_bytes()
    (repo / ".git" / "index.lock").write_text("")  # an IDE's git process
    r = invoke(*WRITES[command], "-C", str(repo))
    assert r.exit_code == 2, r.output
    assert "index.lock" in r.stderr and "nothing was changed" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert head(repo) == before_head
    assert tree_files(repo) == before_files
    assert (repo / ".git" / "index").read_bytes() == before_index
    (repo / ".git" / "index.lock").unlink()
    r = invoke(*WRITES[command], "-C", str(repo))
    assert r.exit_code == 0, r.output
    assert head(repo) != before_head
    user_work_intact(repo)


def test_an_index_lock_taken_after_the_files_are_written_leaves_head_and_index_in_step(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_user_work(repo)
    assert init(repo).exit_code == 0
    before = head(repo)
    real = GitRepo.commit_paths

    def lock_then_commit(self: GitRepo, paths: object, message: str, **kw: object) -> object:
        (self.git_dir / "index.lock").write_text("")  # another shell starts `git add` right now
        return real(self, paths, message, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(GitRepo, "commit_paths", lock_then_commit)
    monkeypatch.setattr("deeprules.gitrepo.INDEX_LOCK_WAIT", 0.2)
    r = invoke("answer", "-C", str(repo), "compute=laptop")
    assert r.exit_code == 2
    assert "written but not committed" in r.stderr and "next deeprules run commits them" in r.stderr
    assert head(repo) == before, "HEAD must not move when the index cannot follow"
    monkeypatch.undo()
    (repo / ".git" / "index.lock").unlink()
    assert git(repo, "diff", "--cached", "--name-only").split() == ["notes.txt"]
    r = invoke("plan", "-C", str(repo))
    assert r.exit_code == 0 and "committed" in r.stdout
    assert "compute: laptop" in git(repo, "show", "HEAD:.deeprules/answers.yaml")
    user_work_intact(repo)


def test_init_without_commit_then_init_commits_every_generated_file(repo: Path) -> None:
    """The README's route without a git identity. Before: the seeded concern files stayed untracked for
    good while the committed ethics index linked to them, and `plan` said "nothing to change"."""
    git(repo, "config", "--unset", "user.name")
    assert init(repo, "--no-commit").exit_code == 0
    git(repo, "config", "user.name", "Ana Ruiz")
    assert init(repo).exit_code == 0
    assert porcelain(repo) == []
    committed = git(repo, "ls-tree", "-r", "--name-only", "HEAD").split()
    assert any(p.startswith("ethics/ETH-0001-") for p in committed)
    r = invoke("plan", "-C", str(repo))
    assert "nothing to change" in r.stdout


def test_untracked_concern_files_left_by_an_older_run_are_committed_by_the_next(repo: Path) -> None:
    assert init(repo, "--no-commit").exit_code == 0
    (repo / ".git" / "deeprules-pending").unlink()  # an older deeprules kept no record
    assert init(repo).exit_code == 0
    assert porcelain(repo) == []


def test_no_commit_edits_are_committed_by_the_next_committing_run_with_a_note(repo: Path) -> None:
    assert init(repo).exit_code == 0
    assert invoke("answer", "-C", str(repo), "--no-commit", "compute=laptop").exit_code == 0
    assert {line[3:] for line in porcelain(repo)} >= {"PLAN.md", ".deeprules/answers.yaml"}
    r = invoke("ethics", "add", "-C", str(repo), "--title", "Consent does not cover sharing")
    assert r.exit_code == 0, r.output
    assert porcelain(repo) == []
    message = git(repo, "log", "-1", "--format=%B")
    assert "Also commits files an earlier deeprules run wrote but did not commit" in message
    assert "- PLAN.md" in message


def test_a_file_with_conflict_markers_is_never_carried_into_another_commit(repo: Path) -> None:
    assert init(repo).exit_code == 0
    plan = repo / "PLAN.md"
    verdict = next(line for line in plan.read_text().splitlines() if line.startswith("**Verdict:"))
    plan.write_text(plan.read_text().replace(verdict, "**Verdict: we decided on a CNN anyway.**"))
    r = invoke("answer", "-C", str(repo), "n_samples=150", "n_min_class=40", "minority_fraction=0.27",
                "n_classes=3", "pretrained_available=no")
    assert r.exit_code == 1
    r = invoke("ethics", "add", "-C", str(repo), "--title", "Consent does not cover sharing")
    assert r.exit_code == 0, r.output
    assert "<<<<<<<" not in git(repo, "show", "HEAD:PLAN.md")


def test_a_user_commit_racing_ours_is_kept_and_ours_is_rebuilt_on_it(repo: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with_user_work(repo)
    assert init(repo).exit_code == 0
    real = GitRepo._commit_once
    raced: list[str] = []

    def user_commits_first(self: GitRepo, paths: list[str], message: str, who: object, parent: object,
                           **kw: object) -> object:
        if not raced:  # the user's commit lands between our reading HEAD and moving it
            (repo / "other.txt").write_text("theirs\n")
            env = {**os.environ, "GIT_INDEX_FILE": str(repo / ".git" / "tmp-user-index")}
            subprocess.run(["git", "read-tree", "HEAD"], cwd=repo, env=env, check=True)
            subprocess.run(["git", "update-index", "--add", "other.txt"], cwd=repo, env=env, check=True)
            tree = subprocess.run(["git", "write-tree"], cwd=repo, env=env, check=True, capture_output=True,
                                  text=True).stdout.strip()
            sha = git(repo, "commit-tree", tree, "-p", "HEAD", "-m", "user: other").strip()
            git(repo, "update-ref", "HEAD", sha)
            git(repo, "update-index", "--add", "other.txt")
            raced.append(sha)
        return real(self, paths, message, who, parent, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(GitRepo, "_commit_once", user_commits_first)
    r = invoke("answer", "-C", str(repo), "compute=laptop")
    assert r.exit_code == 0, r.output
    assert git(repo, "rev-parse", "HEAD^").strip() == raced[0], "ours is on top of theirs"
    assert git(repo, "show", "HEAD:other.txt") == "theirs\n"
    (repo / ".git" / "tmp-user-index").unlink()
    user_work_intact_with = porcelain(repo)
    assert user_work_intact_with == ["MM notes.txt", "?? scratch.txt"]


def test_head_that_keeps_moving_is_a_clean_refusal_and_the_next_run_commits(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert init(repo).exit_code == 0
    real = GitRepo._commit_once

    def always_raced(self: GitRepo, paths: list[str], message: str, who: object, parent: object,
                     **kw: object) -> object:
        git(repo, "commit", "-q", "--allow-empty", "-m", "user: busy")
        return real(self, paths, message, who, parent, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(GitRepo, "_commit_once", always_raced)
    r = invoke("answer", "-C", str(repo), "compute=laptop")
    assert r.exit_code == 2
    assert "HEAD kept moving" in r.stderr and "Traceback" not in r.output
    monkeypatch.undo()
    assert git(repo, "log", "-1", "--format=%s").strip() == "user: busy"
    assert invoke("plan", "-C", str(repo)).exit_code == 0
    assert porcelain(repo) == []
    assert "compute: laptop" in git(repo, "show", "HEAD:.deeprules/answers.yaml")


def test_autocrlf_checkouts_make_no_empty_commits(tmp_path: Path) -> None:
    """Before: with core.autocrlf=true every no-op `plan` made an empty commit."""
    origin = make_repo(tmp_path / "origin")
    assert init(origin).exit_code == 0
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "-c", "core.autocrlf=true", str(origin), str(clone))
    for key in ("user.name", "user.email"):
        git(clone, "config", key, git(origin, "config", key).strip())
    assert b"\r\n" in (clone / "PLAN.md").read_bytes()
    before = head(clone)
    for _ in range(2):
        r = invoke("plan", "-C", str(clone))
        assert r.exit_code == 0, r.output
    assert head(clone) == before
    assert porcelain(clone) == []


def test_sha256_repositories_take_every_write(tmp_path: Path) -> None:
    repo = tmp_path / "sha256"
    repo.mkdir()
    git(repo, "init", "-q", "--object-format=sha256", "-b", "main")
    git(repo, "config", "user.name", "Ana Ruiz")
    git(repo, "config", "user.email", "ana@example.org")
    with_user_work(repo)
    assert init(repo).exit_code == 0
    for command in WRITES.values():
        r = invoke(*command, "-C", str(repo))
        assert r.exit_code == 0, r.output
    assert len(head(repo)) == 64
    user_work_intact(repo)
    assert git(repo, "fsck", "--no-progress").strip() == ""


def test_a_non_ascii_ethics_folder_never_reuses_a_deleted_concern_id(repo: Path) -> None:
    """Before: git quoted the paths, so deleted concerns came back on the next run and ids were reused."""
    (repo / ".deeprules").mkdir()
    (repo / ".deeprules" / "config.yaml").write_text("paths:\n  ethics: éthique\n")
    git(repo, "add", ".deeprules/config.yaml")
    git(repo, "commit", "-q", "-m", "config")
    assert init(repo).exit_code == 0
    first = sorted((repo / "éthique").glob("ETH-0001-*.md"))[0]
    git(repo, "rm", "-q", str(first.relative_to(repo)))
    git(repo, "commit", "-q", "-m", "drop ETH-0001")
    assert invoke("plan", "-C", str(repo)).exit_code == 0
    assert not list((repo / "éthique").glob("ETH-0001-*.md")), "a deleted concern came back"
    r = invoke("ethics", "add", "-C", str(repo), "--title", "Consent does not cover sharing", "--json")
    assert r.exit_code == 0, r.output
    assert '"id": "ETH-0003"' in r.stdout
    assert porcelain(repo) == []


READ_ONLY = [("check",), ("status",), ("history",), ("ethics", "list"), ("ethics", "show", "ETH-0001"),
             ("card", "check"), ("report", "--output", "{tmp}/report.html")]


def test_read_only_commands_never_write_the_index(repo: Path, tmp_path: Path) -> None:
    with_user_work(repo)
    assert init(repo).exit_code == 0
    index = repo / ".git" / "index"
    for args in READ_ONLY:
        for p in ("PLAN.md", "MODEL_CARD.md", "notes.txt"):  # stale stat data tempts git to refresh
            os.utime(repo / p, (1_700_000_000, 1_700_000_000))
        before = (index.read_bytes(), index.stat().st_mtime_ns)
        invoke(*[a.replace("{tmp}", str(tmp_path)) for a in args], "-C", str(repo))
        assert (index.read_bytes(), index.stat().st_mtime_ns) == before, f"`{' '.join(args)}` wrote .git/index"


@pytest.mark.parametrize("umask", [0o002, 0o022, 0o077])
def test_generated_files_honour_the_umask(repo: Path, umask: int) -> None:
    """Before: every generated file was created 0600 (mkstemp), whatever the umask."""
    old = os.umask(umask)
    try:
        assert init(repo).exit_code == 0
    finally:
        os.umask(old)
    for rel in ("PLAN.md", "MODEL_CARD.md", ".deeprules/answers.yaml", "ethics/README.md"):
        assert stat.S_IMODE((repo / rel).stat().st_mode) == 0o666 & ~umask, rel
    concern = sorted((repo / "ethics").glob("ETH-*.md"))[0]
    assert stat.S_IMODE(concern.stat().st_mode) == 0o666 & ~umask


def test_a_replaced_file_keeps_its_mode(repo: Path) -> None:
    assert init(repo).exit_code == 0
    os.chmod(repo / "PLAN.md", 0o640)
    assert invoke("answer", "-C", str(repo), "compute=laptop").exit_code == 0
    assert stat.S_IMODE((repo / "PLAN.md").stat().st_mode) == 0o640


def test_paths_that_look_like_pathspec_magic_are_just_names(repo: Path) -> None:
    (repo / ".deeprules").mkdir()
    (repo / ".deeprules" / "config.yaml").write_text("paths:\n  plan: ':(glob)*.md'\n  ethics: '[e]thics'\n")
    (repo / "README.md").write_text("the user's\n")
    (repo / "ethics").mkdir()
    (repo / "ethics" / "mine.md").write_text("the user's\n")
    r = init(repo)
    assert r.exit_code == 0, r.output
    committed = git(repo, "ls-tree", "-r", "--name-only", "HEAD").split()
    assert ":(glob)*.md" in committed and "README.md" not in committed and "ethics/mine.md" not in committed
    assert porcelain(repo) == ["?? .deeprules/config.yaml", "?? README.md", "?? ethics/mine.md"]


def test_an_edit_in_a_crlf_checkout_is_merged_and_the_file_keeps_its_line_ends(tmp_path: Path) -> None:
    origin = make_repo(tmp_path / "origin")
    assert init(origin).exit_code == 0
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "-c", "core.autocrlf=true", str(origin), str(clone))
    for key in ("user.name", "user.email"):
        git(clone, "config", key, git(origin, "config", key).strip())
    plan = clone / "PLAN.md"
    ticked = plan.read_bytes().replace(b"- [ ] **Set and record every random seed",
                                       b"- [x] **Set and record every random seed")
    plan.write_bytes(ticked)
    r = invoke("answer", "-C", str(clone), "n_samples=600", "n_min_class=60", "minority_fraction=0.1")
    assert r.exit_code == 0, r.output
    data = plan.read_bytes()
    assert b"- [x] **Set and record every random seed" in data
    assert data.count(b"\n") == data.count(b"\r\n"), "still CRLF throughout"
    assert porcelain(clone) == []
    assert "- [x] **Set and record every random seed" in git(clone, "show", "HEAD:PLAN.md")
    assert "\r" not in git(clone, "show", "HEAD:PLAN.md")


def test_a_held_index_lock_does_not_stop_a_run_with_nothing_to_commit(repo: Path) -> None:
    assert init(repo).exit_code == 0
    (repo / ".git" / "index.lock").write_text("")
    r = invoke("plan", "-C", str(repo))
    assert r.exit_code == 0 and "nothing to change" in r.stdout
