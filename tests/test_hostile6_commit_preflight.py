"""Hostile review 7: every precondition of deeprules' commit that does not depend on the moment is tried before
the first byte is written. Before: `commit.gpgSign` without a usable key, and a required clean filter whose
command fails (git-lfs configured but not installed), were found at commit-tree / hash-object, after PLAN.md,
the answers and the ethics register were written: exit 2 with the files left behind ("the next deeprules run
commits them", true only once the user fixed the key or the filter)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from conftest import git, init_project, invoke, make_repo

pytestmark = pytest.mark.skipif(not Path("/bin/sh").exists(), reason="needs a POSIX shell for stand-in programs")


def _script(path: Path, body: str) -> Path:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def _no_key(repo: Path, tmp_path: Path) -> None:
    gpg = _script(tmp_path / "gpg-no-key", 'cat > /dev/null\necho "gpg: no default secret key" >&2\nexit 2\n')
    git(repo, "config", "commit.gpgSign", "true")
    git(repo, "config", "gpg.program", str(gpg))


def _broken_filter(repo: Path, tmp_path: Path) -> None:
    """git-lfs tracked *.md upstream; this machine has no git-lfs (its clean command fails)."""
    (repo / ".gitattributes").write_text("*.md filter=lfs diff=lfs merge=lfs -text\n")
    git(repo, "add", ".gitattributes")
    git(repo, "commit", "-q", "-m", "track markdown with lfs")
    git(repo, "config", "filter.lfs.clean", str(tmp_path / "no-such-git-lfs") + " clean -- %f")
    git(repo, "config", "filter.lfs.required", "true")


def _state(repo: Path) -> tuple[str, str, str, list[str]]:
    files = sorted(str(p.relative_to(repo)) for p in repo.rglob("*") if ".git" not in p.relative_to(repo).parts)
    return (git(repo, "rev-parse", "HEAD"), git(repo, "ls-files", "-s", "--debug"),
            git(repo, "status", "--porcelain", "--untracked-files=all", check=False), files)


def _refused_with_nothing_changed(repo: Path, args: list[str], word: str) -> None:
    before = _state(repo)
    contents = {p: (repo / p).read_bytes() for p in before[3] if (repo / p).is_file()}
    result = invoke(*args, cwd=repo)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and word in lines[0] and "nothing was changed" in lines[0], result.stderr
    assert _state(repo) == before
    assert {p: (repo / p).read_bytes() for p in contents} == contents
    assert not (repo / ".git" / "deeprules-pending").exists(), "no file is owed a commit"


@pytest.mark.parametrize("precondition", [_no_key, _broken_filter])
def test_init_refuses_before_writing_when_the_commit_could_not_be_made(
        tmp_path: Path, precondition: object) -> None:
    repo = make_repo(tmp_path / "project")
    (repo / "notes.txt").write_text("mine\n")
    git(repo, "add", "notes.txt")
    git(repo, "commit", "-q", "-m", "first")
    precondition(repo, tmp_path)  # type: ignore[operator]
    (repo / "notes.txt").write_text("staged work\n")
    git(repo, "add", "notes.txt")
    word = "sign" if precondition is _no_key else "PLAN.md"
    _refused_with_nothing_changed(repo, ["init", "--example", "microscopy"], word)


@pytest.mark.parametrize("precondition", [_no_key, _broken_filter])
@pytest.mark.parametrize("args", [["answer", "compute=laptop"], ["ethics", "add", "--title", "Consent scope",
                                                                 "--severity", "high"]])
def test_a_project_command_refuses_before_writing_when_the_commit_could_not_be_made(
        tmp_path: Path, precondition: object, args: list[str]) -> None:
    repo = init_project(tmp_path / "project")
    precondition(repo, tmp_path)  # type: ignore[operator]
    (repo / "PLAN.md").write_text((repo / "PLAN.md").read_text() + "\nMy own paragraph.\n")  # the user's edit
    _refused_with_nothing_changed(repo, args, "sign" if precondition is _no_key else ".md")


def test_a_working_filter_and_signature_still_commit_once(tmp_path: Path) -> None:
    """The preflight must not refuse what works: a clean filter that passes content through and a signing
    program that signs; the commit is signed and `git status` is clean after it."""
    repo = make_repo(tmp_path / "project")
    (repo / ".gitattributes").write_text("*.md filter=tee\n")
    git(repo, "add", ".gitattributes")
    git(repo, "commit", "-q", "-m", "first")
    git(repo, "config", "filter.tee.clean", "cat")
    git(repo, "config", "filter.tee.required", "true")
    gpg = _script(tmp_path / "gpg-ok", 'cat > /dev/null\necho "[GNUPG:] SIG_CREATED D 1 8 00 1 X" >&2\n'
                  'printf -- "-----BEGIN PGP SIGNATURE-----\\n\\nfake\\n-----END PGP SIGNATURE-----\\n"\n')
    git(repo, "config", "commit.gpgSign", "true")
    git(repo, "config", "gpg.program", str(gpg))
    result = invoke("init", "--example", "microscopy", cwd=repo)
    assert result.exit_code == 0, result.output
    assert "gpgsig -----BEGIN PGP SIGNATURE-----" in git(repo, "cat-file", "commit", "HEAD")
    assert git(repo, "status", "--porcelain") == ""
    assert git(repo, "rev-list", "--count", "HEAD") == "2\n"
