"""Hostile review 5 (session 9), what a cloned repository's index and config do to deeprules' commit.

- A submodule (gitlink) at deeprules' ethics folder, or above a configured path, not checked out (a plain clone
  without --recurse-submodules): `init` wrote the plan, the answers and the concerns into the submodule's empty
  folder, then git refused to stage them (exit 2 after writing). Now refused before anything is written.
- `i18n.commitEncoding=ISO-8859-1`: deeprules' UTF-8 message was labelled Latin-1, so `git log` showed a concern
  title "données" as "donnÃ©es"."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import git, invoke, make_repo


def plain(path: Path) -> Path:
    make_repo(path)
    (path / "notes.txt").write_text("mine\n")
    git(path, "add", ".")
    git(path, "commit", "-q", "-m", "first")
    return path


def clone_with_submodule_at(tmp_path: Path, where: str) -> Path:
    other = plain(tmp_path / "other")
    upstream = plain(tmp_path / "upstream")
    git(upstream, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(other), where)
    git(upstream, "commit", "-q", "-m", "a submodule")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(upstream), str(clone))
    make_repo(clone)  # identity only (the repository exists)
    return clone


@pytest.mark.parametrize(("where", "config"), [("ethics", None), ("vendor", "paths:\n  plan: vendor/docs/PLAN.md\n")])
def test_a_submodule_not_checked_out_at_deeprules_path_is_refused_before_writing(
        tmp_path: Path, where: str, config: str | None) -> None:
    clone = clone_with_submodule_at(tmp_path, where)
    if config:
        (clone / ".deeprules").mkdir()
        (clone / ".deeprules" / "config.yaml").write_text(config)
    before = sorted(p.relative_to(clone).as_posix() for p in clone.rglob("*") if ".git" not in p.parts)
    result = invoke("init", str(clone), "--example", "microscopy")
    assert result.exit_code == 2, result.output
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and f"submodule {where}" in line and "config.yaml" in line, line
    after = sorted(p.relative_to(clone).as_posix() for p in clone.rglob("*") if ".git" not in p.parts)
    assert after == before
    assert git(clone, "status", "--porcelain").strip() == ("?? .deeprules/" if config else "")


def test_a_latin1_commit_encoding_does_not_garble_deeprules_messages(tmp_path: Path) -> None:
    repo = plain(tmp_path / "p")
    git(repo, "config", "i18n.commitEncoding", "ISO-8859-1")
    assert invoke("init", str(repo), "--example", "microscopy").exit_code == 0
    result = invoke("ethics", "add", "-C", str(repo), "--title", "données sensibles")
    assert result.exit_code == 0, result.output
    assert "encoding " not in git(repo, "cat-file", "-p", "HEAD")
    subject = git(repo, "-c", "i18n.logOutputEncoding=UTF-8", "log", "-1", "--format=%s").strip()
    assert subject.endswith("données sensibles"), subject
