"""Writing into a user's repository: their edits, their index and their files are never lost.

Every test uses a real git repository in a temporary folder and the real `deeprules` commands."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import git, invoke, make_repo


def head(repo: Path) -> str:
    return git(repo, "rev-parse", "HEAD").strip()


def files_in(repo: Path, rev: str = "HEAD") -> list[str]:
    return sorted(git(repo, "show", "--name-only", "--format=", rev).split())


def init(repo: Path, *extra: str) -> object:
    return invoke("init", str(repo), "--example", "microscopy", *extra)


def snapshot(repo: Path) -> dict[str, bytes]:
    return {str(p.relative_to(repo)): p.read_bytes() for p in repo.rglob("*")
            if p.is_file() and ".git" not in p.relative_to(repo).parts}


def test_first_init_commits_only_our_files_on_an_unborn_branch(repo: Path) -> None:
    r = init(repo)
    assert r.exit_code == 0, r.output
    assert files_in(repo) == [".deeprules/answers.yaml", ".deeprules/rendered/MODEL_CARD.md",
                              ".deeprules/rendered/PLAN.md", "MODEL_CARD.md", "PLAN.md",
                              "ethics/ETH-0001-document-the-model-before-anyone-else-uses-it.md",
                              "ethics/ETH-0002-keep-the-ethics-register-alive.md", "ethics/README.md"]
    plan = (repo / "PLAN.md").read_text()
    assert "Verdict: Deep learning fits" in plan and "<!-- deeprules:T7.label-shuffle -->" in plan
    assert git(repo, "log", "--format=%an <%ae>|%s").strip() == \
        "Ana Ruiz <ana@example.org>|deeprules: add plan, model card, ethics register"


def test_rerun_without_changes_is_a_no_op(repo: Path) -> None:
    init(repo)
    before = head(repo)
    r = invoke("plan", "-C", str(repo))
    assert r.exit_code == 0 and "nothing to change" in r.stdout
    assert head(repo) == before


def test_user_edit_and_answer_change_both_survive(repo: Path) -> None:
    init(repo)
    plan = repo / "PLAN.md"
    text = plan.read_text()
    text = text.replace("- [ ] **Set and record every random seed", "- [x] **Set and record every random seed")
    text = text.replace("## Tip 2.", "Note from Ana: imaging protocol v3 is final.\n\n## Tip 2.", 1)
    plan.write_text(text)
    r = invoke("answer", "-C", str(repo), "compute=laptop", "n_samples=600", "n_min_class=60", "minority_fraction=0.1")
    assert r.exit_code == 0, r.output
    merged = plan.read_text()
    assert "Note from Ana: imaging protocol v3 is final." in merged
    assert "- [x] **Set and record every random seed" in merged
    assert "Verdict: Deep learning fits" not in merged, "the advice was updated"
    subject = git(repo, "log", "-1", "--format=%s").strip()
    assert subject == "deeprules: update plan, model card (n_samples, n_min_class, minority_fraction, compute changed)"
    assert "Note from Ana" in git(repo, "show", "HEAD:PLAN.md")


def test_overlapping_edit_writes_markers_exits_1_and_commits_nothing(repo: Path) -> None:
    init(repo)
    before = head(repo)
    plan = repo / "PLAN.md"
    verdict_line = next(line for line in plan.read_text().splitlines() if line.startswith("**Verdict:"))
    plan.write_text(plan.read_text().replace(verdict_line, "**Verdict: we decided on a CNN anyway.**"))
    r = invoke("answer", "-C", str(repo), "n_samples=150", "n_min_class=40", "minority_fraction=0.27", "n_classes=3",
               "pretrained_available=no")
    assert r.exit_code == 1
    assert "PLAN.md" in r.stderr and "conflict" in r.stderr
    text = plan.read_text()
    assert "<<<<<<< PLAN.md (your edits)" in text and "we decided on a CNN anyway" in text
    assert head(repo) == before
    # until the markers are resolved, deeprules refuses to touch the file
    r = invoke("plan", "-C", str(repo))
    assert r.exit_code == 2 and "conflict markers" in r.stderr


def test_users_staged_unstaged_and_untracked_changes_are_untouched(repo_with_commit: Path) -> None:
    repo = repo_with_commit
    (repo / "analysis.py").write_text("print('staged')\n")
    git(repo, "add", "analysis.py")
    (repo / "analysis.py").write_text("print('unstaged on top')\n")
    (repo / "notes.txt").write_text("untracked\n")
    status_before = git(repo, "status", "--porcelain")
    staged_diff = git(repo, "diff", "--cached")
    r = init(repo)
    assert r.exit_code == 0, r.output
    assert "analysis.py" not in files_in(repo)
    assert git(repo, "status", "--porcelain") == status_before
    assert git(repo, "diff", "--cached") == staged_diff
    assert (repo / "analysis.py").read_text() == "print('unstaged on top')\n"


def test_merge_in_progress_is_refused_and_nothing_changes(repo_with_commit: Path) -> None:
    repo = repo_with_commit
    git(repo, "checkout", "-q", "-b", "other")
    (repo / "analysis.py").write_text("print('other')\n")
    git(repo, "commit", "-qam", "other")
    git(repo, "checkout", "-q", "main")
    (repo / "analysis.py").write_text("print('main')\n")
    git(repo, "commit", "-qam", "main")
    git(repo, "merge", "other", check=False)
    assert (repo / ".git" / "MERGE_HEAD").exists()
    before = snapshot(repo)
    r = init(repo)
    assert r.exit_code == 2 and "merge is in progress" in r.stderr
    assert snapshot(repo) == before


def test_symlinked_target_is_refused(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("not yours\n")
    os.symlink(outside, repo / "PLAN.md")
    r = init(repo)
    assert r.exit_code == 2 and "symlink" in r.stderr
    assert outside.read_text() == "not yours\n"
    assert git(repo, "log", check=False) == ""


def test_config_path_leaving_the_repo_is_refused(repo: Path) -> None:
    (repo / ".deeprules").mkdir()
    (repo / ".deeprules" / "config.yaml").write_text("paths:\n  plan: ../PLAN.md\n")
    r = init(repo)
    assert r.exit_code == 2 and "outside the repository" in r.stderr
    assert not (repo.parent / "PLAN.md").exists()


def test_read_only_target_is_refused_without_changes(repo: Path) -> None:
    init(repo)
    plan = repo / "PLAN.md"
    plan.chmod(0o444)
    before = snapshot(repo)
    try:
        r = invoke("answer", "-C", str(repo), "compute=laptop")
        assert r.exit_code == 2 and "read-only" in r.stderr
        assert snapshot(repo) == before
    finally:
        plan.chmod(0o644)


def test_not_a_repo_offers_git_init(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    r = invoke("init", str(plain), "--example", "expression")
    assert r.exit_code == 2 and "--git-init" in r.stderr
    assert list(plain.iterdir()) == []
    r = invoke("init", str(plain), "--example", "expression", "--git-init")
    assert r.exit_code == 2 and "git does not know who you are" in r.stderr  # no identity anywhere
    assert not (plain / "PLAN.md").exists()
    git(plain, "config", "user.name", "Ana Ruiz")
    git(plain, "config", "user.email", "ana@example.org")
    r = invoke("init", str(plain), "--example", "expression", "--git-init")
    assert r.exit_code == 0 and (plain / "PLAN.md").exists()


def test_works_from_a_subfolder_and_on_a_detached_head(repo_with_commit: Path) -> None:
    repo = repo_with_commit
    sub = repo / "src" / "models"
    sub.mkdir(parents=True)
    r = init(sub)
    assert r.exit_code == 0 and (repo / "PLAN.md").exists() and not (sub / "PLAN.md").exists()
    git(repo, "checkout", "-q", "--detach")
    r = invoke("answer", "-C", str(repo), "compute=cluster")
    assert r.exit_code == 0 and "detached" in r.stderr


def test_deleted_plan_stays_deleted_unless_restored(repo: Path) -> None:
    init(repo)
    (repo / "PLAN.md").unlink()
    r = invoke("answer", "-C", str(repo), "compute=cloud")
    assert r.exit_code == 0 and not (repo / "PLAN.md").exists()
    assert "PLAN.md" in git(repo, "ls-files"), "the deletion is the user's to commit"
    r = invoke("plan", "-C", str(repo), "--restore")
    assert r.exit_code == 0 and (repo / "PLAN.md").exists()


def test_dry_run_diff_writes_nothing(repo: Path) -> None:
    init(repo)
    (repo / ".deeprules" / "answers.yaml").write_text(
        (repo / ".deeprules" / "answers.yaml").read_text().replace("compute: workstation_gpu", "compute: laptop"))
    before = snapshot(repo)
    r = invoke("plan", "-C", str(repo), "--dry-run", "--diff")
    assert r.exit_code == 0 and "+++ b/PLAN.md" in r.stdout and "dry run" in r.stdout
    assert snapshot(repo) == before


def test_answer_keeps_comments_in_answers_file(repo: Path) -> None:
    init(repo)
    f = repo / ".deeprules" / "answers.yaml"
    f.write_text("# our lab's answers\n" + f.read_text().replace("compute:", "# the lab machine\ncompute:"))
    invoke("answer", "-C", str(repo), "compute=cluster")
    text = f.read_text()
    assert text.startswith("# our lab's answers\n") and "# the lab machine\ncompute: cluster" in text


def test_lock_held_by_a_live_process_refuses(repo: Path) -> None:
    init(repo)
    (repo / ".git" / "deeprules.lock").write_text(str(os.getppid()))
    r = invoke("answer", "-C", str(repo), "compute=cluster")
    assert r.exit_code == 2 and "another deeprules run" in r.stderr


def test_stale_lock_is_taken_over(repo: Path) -> None:
    init(repo)
    (repo / ".git" / "deeprules.lock").write_text("999999")
    assert invoke("answer", "-C", str(repo), "compute=cluster").exit_code == 0


def test_unresolved_git_conflict_in_target_is_refused(repo_with_commit: Path) -> None:
    repo = repo_with_commit
    init(repo)
    # unresolved index entries without MERGE_HEAD: a conflicting `git stash pop`
    (repo / "PLAN.md").write_text("stashed\n")
    git(repo, "stash", "-q")
    (repo / "PLAN.md").write_text("local\n")
    git(repo, "commit", "-qam", "local")
    git(repo, "stash", "pop", check=False)
    r = invoke("plan", "-C", str(repo))
    assert git(repo, "ls-files", "-u", "PLAN.md").strip(), "the stash pop left unmerged entries"
    assert r.exit_code == 2 and "unresolved git conflicts in PLAN.md" in r.stderr


def test_status_reports_edited_and_stale(repo: Path) -> None:
    import json

    init(repo)
    (repo / "PLAN.md").write_text((repo / "PLAN.md").read_text() + "\nmy note\n")
    rows = {r["path"]: r for r in json.loads(invoke("status", "-C", str(repo), "--json").stdout)["files"]}
    assert rows["PLAN.md"]["edited"] and not rows["PLAN.md"]["stale"]
    f = repo / ".deeprules" / "answers.yaml"
    f.write_text(f.read_text().replace("compute: workstation_gpu", "compute: laptop"))
    rows = {r["path"]: r for r in json.loads(invoke("status", "-C", str(repo), "--json").stdout)["files"]}
    assert rows["PLAN.md"]["stale"]


def test_init_without_answers_in_a_script_needs_answers(repo: Path) -> None:
    r = invoke("init", str(repo))
    assert r.exit_code == 2 and "--answers" in r.output


def test_plan_reads_well_in_the_terminal(repo: Path) -> None:
    """Markdown that rich renders without losing the task items."""
    from rich.console import Console
    from rich.markdown import Markdown

    init(repo)
    con = Console(record=True, width=100)
    con.print(Markdown((repo / "PLAN.md").read_text()))
    out = con.export_text()
    assert "Tip 7" in out and "Verdict" in out


def test_second_repo_fixture_is_independent(tmp_path: Path) -> None:
    other = make_repo(tmp_path / "b")
    assert init(other).exit_code == 0


def test_staged_edit_to_a_generated_file_is_refused(repo: Path) -> None:
    init(repo)
    plan = repo / "PLAN.md"
    plan.write_text(plan.read_text() + "\nstaged note\n")
    git(repo, "add", "PLAN.md")
    plan.write_text(plan.read_text() + "unstaged note\n")
    before, index = snapshot(repo), git(repo, "diff", "--cached")
    r = invoke("answer", "-C", str(repo), "compute=laptop")
    assert r.exit_code == 2 and "PLAN.md has staged changes" in r.stderr
    assert snapshot(repo) == before and git(repo, "diff", "--cached") == index
    assert invoke("answer", "-C", str(repo), "compute=laptop", "--no-commit").exit_code == 0
