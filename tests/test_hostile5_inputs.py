"""Hostile review 5, what deeprules reads: every repository file it parses is refused in one line naming the
file and line (exit 2) when it cannot be read as UTF-8 YAML/Markdown, and nothing is read through a symlinked
`.deeprules` folder.

Before: a UTF-16 file (Notepad's "Unicode", PowerShell's `>`) was "line 1: a NUL byte; a answers file must be
text"; `status` and the TUI read the answers through a `.deeprules` symlink pointing outside the repository."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import git, invoke


@pytest.fixture
def project(repo_with_commit: Path) -> Path:
    result = invoke("init", str(repo_with_commit), "--example", "microscopy")
    assert result.exit_code == 0, result.output
    return repo_with_commit


def one_line(result: object) -> str:
    line = result.stderr.strip()  # type: ignore[attr-defined]
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert len(line.splitlines()) == 1 and "Traceback" not in result.output, result.output  # type: ignore[attr-defined]
    return line


def concern(repo: Path) -> str:
    return next(p.name for p in (repo / "ethics").glob("ETH-0001-*.md"))


@pytest.mark.parametrize("rel, command", [
    (".deeprules/answers.yaml", ("status",)),
    (".deeprules/answers.yaml", ("plan",)),
    (".deeprules/config.yaml", ("check",)),
    ("MODEL_CARD.md", ("card", "check")),
    ("ethics/{concern}", ("ethics", "list")),
])
@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                           ("utf-32-le", b"\xff\xfe\x00\x00")])
def test_a_utf16_or_utf32_file_is_named_as_such(project: Path, rel: str, command: tuple[str, ...], encoding: str,
                                                bom: bytes) -> None:
    rel = rel.format(concern=concern(project))
    path = project / rel
    text = path.read_text(encoding="utf-8") if path.exists() else "plan: PLAN.md\n"
    path.write_bytes(bom + text.encode(encoding))
    before = git(project, "status", "--porcelain")
    line = one_line(invoke(*command, "-C", str(project)) if command[0] in ("check", "status", "plan")
                    else invoke(*command, cwd=project))
    assert f"{rel}:1:" in line and encoding[:6].upper() in line and "UTF-8" in line, line
    assert git(project, "status", "--porcelain") == before


def test_utf16_without_a_byte_order_mark_is_hinted(project: Path) -> None:
    path = project / ".deeprules" / "answers.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16-le"))
    line = one_line(invoke("status", "-C", str(project)))
    assert "answers.yaml:1:" in line and "UTF-16" in line and "an answers file" in line, line


@pytest.mark.parametrize("command", [("status",), ("plan",), ("answer", "compute=laptop")])
def test_a_symlinked_deeprules_folder_is_not_read_through(project: Path, tmp_path: Path,
                                                          command: tuple[str, ...]) -> None:
    outside = tmp_path / "outside"
    shutil.move(str(project / ".deeprules"), str(outside))
    (project / ".deeprules").symlink_to(outside, target_is_directory=True)
    line = one_line(invoke(*command, "-C", str(project)))
    assert ".deeprules" in line and "symlink" in line, line
