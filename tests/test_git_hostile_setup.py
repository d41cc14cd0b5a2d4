"""Repository set-ups that broke deeprules' commit promises: a `working-tree-encoding` in a cloned
repository's .gitattributes (the files were written, then git failed to convert them, and every later run
failed with "git -c failed"), and `commit.gpgSign` (plumbing's commit-tree ignores it: the user's signed
history silently got unsigned commits). Each test failed before its fix."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from conftest import git, invoke


def test_a_working_tree_encoding_for_our_files_is_refused_before_anything_is_written(repo_with_commit: Path) -> None:
    repo = repo_with_commit
    (repo / ".gitattributes").write_text("*.md working-tree-encoding=UTF-16LE\n")
    git(repo, "add", ".gitattributes")
    git(repo, "commit", "-q", "-m", "attributes from upstream")
    head = git(repo, "rev-parse", "HEAD")
    result = invoke("init", str(repo), "--example", "microscopy")
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "working-tree-encoding=UTF-16LE" in lines[0] and ".md" in lines[0], result.stderr
    assert git(repo, "rev-parse", "HEAD") == head
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""  # nothing written


def test_an_ordinary_utf8_working_tree_encoding_is_fine(repo_with_commit: Path) -> None:
    (repo_with_commit / ".gitattributes").write_text("*.md working-tree-encoding=UTF-8\n")
    git(repo_with_commit, "add", ".gitattributes")
    git(repo_with_commit, "commit", "-q", "-m", "attributes")
    assert invoke("init", str(repo_with_commit), "--example", "microscopy").exit_code == 0
    assert git(repo_with_commit, "status", "--porcelain") == ""


def fake_gpg(tmp_path: Path, *, works: bool) -> Path:
    """A stand-in for gpg that git accepts (it reads the payload, prints an armoured block and the status line
    git looks for), or one that fails like gpg without a key."""
    script = tmp_path / ("gpg-ok" if works else "gpg-broken")
    body = ('cat > /dev/null\necho "[GNUPG:] SIG_CREATED D 1 8 00 1 X" >&2\n'
            'printf -- "-----BEGIN PGP SIGNATURE-----\\n\\nfake\\n-----END PGP SIGNATURE-----\\n"\n' if works
            else 'cat > /dev/null\necho "gpg: no default secret key" >&2\nexit 2\n')
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.mark.skipif(not Path("/bin/sh").exists(), reason="needs a POSIX shell for the stand-in gpg")
def test_commits_are_signed_when_the_user_signs_commits(repo_with_commit: Path, tmp_path: Path) -> None:
    git(repo_with_commit, "config", "commit.gpgSign", "true")
    git(repo_with_commit, "config", "gpg.program", str(fake_gpg(tmp_path, works=True)))
    assert invoke("init", str(repo_with_commit), "--example", "microscopy").exit_code == 0
    assert "gpgsig -----BEGIN PGP SIGNATURE-----" in git(repo_with_commit, "cat-file", "commit", "HEAD")


@pytest.mark.skipif(not Path("/bin/sh").exists(), reason="needs a POSIX shell for the stand-in gpg")
def test_a_signature_that_fails_refuses_the_commit_in_one_line(repo_with_commit: Path, tmp_path: Path) -> None:
    repo = repo_with_commit
    git(repo, "config", "commit.gpgSign", "true")
    git(repo, "config", "gpg.program", str(fake_gpg(tmp_path, works=False)))
    (repo / "analysis.py").write_text("print('staged')\n")
    git(repo, "add", "analysis.py")
    head, index = git(repo, "rev-parse", "HEAD"), git(repo, "ls-files", "-s")
    result = invoke("init", str(repo), "--example", "microscopy")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("deeprules: error: commit.gpgSign is set but git cannot sign"), \
        result.stderr
    assert git(repo, "rev-parse", "HEAD") == head and git(repo, "ls-files", "-s") == index
    # Refused before writing (hostile review 7): nothing to take back; with signing working, the same run commits.
    assert git(repo, "status", "--porcelain") == "M  analysis.py\n"
    git(repo, "config", "gpg.program", str(fake_gpg(tmp_path, works=True)))
    assert invoke("init", str(repo), "--example", "microscopy").exit_code == 0
    assert "PLAN.md" in git(repo, "ls-tree", "--name-only", "HEAD")
    assert git(repo, "status", "--porcelain") == "M  analysis.py\n"


def hook(repo: Path, name: str, body: str) -> None:
    path = repo / ".git" / "hooks" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def busy_project(repo_with_commit: Path) -> Path:
    """A project whose user has a staged change in one file and an unstaged one in another."""
    repo = repo_with_commit
    (repo / "notes.txt").write_text("v1\n")
    git(repo, "add", "notes.txt")
    git(repo, "commit", "-q", "-m", "user: notes")
    assert invoke("init", str(repo), "--example", "microscopy").exit_code == 0
    (repo / "analysis.py").write_text("print('staged')\n")
    git(repo, "add", "analysis.py")
    (repo / "notes.txt").write_text("v2 unstaged, not ready\n")
    return repo


@pytest.mark.skipif(not Path("/bin/sh").exists(), reason="needs a POSIX shell for the hook")
def test_a_hook_that_stages_the_users_files_cannot_put_them_in_deeprules_commit(busy_project: Path) -> None:
    repo = busy_project
    hook(repo, "pre-commit", "git add -u\n")  # what many formatter hooks do after rewriting files
    head, index = git(repo, "rev-parse", "HEAD"), git(repo, "ls-files", "-s")
    result = invoke("answer", "-C", str(repo), "compute=laptop", "--run-hooks")
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "pre-commit hook staged" in lines[0] and "notes.txt" in lines[0], result.stderr
    assert git(repo, "rev-parse", "HEAD") == head and git(repo, "ls-files", "-s") == index
    assert (repo / "notes.txt").read_text() == "v2 unstaged, not ready\n"
    # Without the hook the next run commits what this one wrote, and only that.
    assert invoke("plan", "-C", str(repo)).exit_code == 0
    assert "notes.txt" not in git(repo, "show", "--name-only", "--format=", "HEAD")
    assert git(repo, "status", "--porcelain") == "M  analysis.py\n M notes.txt\n"


@pytest.mark.skipif(not Path("/bin/sh").exists(), reason="needs a POSIX shell for the hook")
def test_a_hook_may_still_restage_deeprules_own_files(busy_project: Path) -> None:
    repo = busy_project
    hook(repo, "pre-commit", "printf '\\nformatted by the hook\\n' >> PLAN.md && git add PLAN.md\n")
    assert invoke("answer", "-C", str(repo), "compute=laptop", "--run-hooks").exit_code == 0
    assert git(repo, "show", "HEAD:PLAN.md").endswith("formatted by the hook\n")
    assert set(git(repo, "show", "--name-only", "--format=", "HEAD").split()) <= {
        "PLAN.md", "MODEL_CARD.md", ".deeprules/answers.yaml", ".deeprules/rendered/PLAN.md",
        ".deeprules/rendered/MODEL_CARD.md"}
