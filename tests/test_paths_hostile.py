"""The path resolver against a hostile `.deeprules/config.yaml` (a clone or a pull request supplies it): a
configured generated file may not take the place of deeprules' own state, of a file git or CI acts on, or of
what git itself treats as `.git`; a name git would silently skip, print differently or the file system
cannot hold is refused; a file path must name a file and a folder path a folder. Every case is exit 2, one
line naming the config's file and line, HEAD, the index and the work tree unchanged. Each failed before."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git
from deeprules import paths
from deeprules.cli.main import app
from deeprules.errors import UnsafePathError


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(repo_with_commit: Path) -> Path:
    code, _out, err = run("init", "--example", "microscopy", str(repo_with_commit))
    assert code == 0, err
    (repo_with_commit / "sub").mkdir()
    (repo_with_commit / "sub" / "keep.txt").write_text("keep\n")
    return repo_with_commit


def state(project: Path) -> tuple[str, str, str, dict[str, bytes]]:
    files = {p.relative_to(project).as_posix(): p.read_bytes() for p in sorted(project.rglob("*"))
             if p.is_file() and ".git" not in p.relative_to(project).parts}
    return (git(project, "rev-parse", "HEAD"), git(project, "ls-files", "-s"), git(project, "status", "--porcelain"),
            files)


@pytest.mark.parametrize("setting", [
    # deeprules' own state: the plan overwrote the answers (or the answers the plan), a render base, the config
    "plan: .deeprules/answers.yaml", "card: .deeprules/config.yaml", "plan: .deeprules/rendered/MODEL_CARD.md",
    "ethics: .deeprules/rendered", "plan: .deeprules/results.json", "manifest: .deeprules/answers.yaml",
    "test_lock: .deeprules/config.yaml", "test_lock: .deeprules/rendered/lock.json", "card: .deeprules/card.md",
    # files git or CI acts on
    "plan: .gitattributes", "plan: docs/.gitignore", "card: .gitmodules", "plan: .github/workflows/plan.yml",
    "plan: .githooks/pre-commit", "card: .pre-commit-config.yaml",
    # what git treats as .git: `update-index` skipped such a path with exit 0, so the plan was never committed
    "plan: GIT~1/PLAN.md", "plan: .Git /PLAN.md", "plan: '.git::$INDEX_ALLOCATION/x.md'", "plan: \".g\\u200cit/x.md\"",
    # names that print as something else, or that no file system holds
    "plan: \"PLAN\\u202e.md\"", "plan: \"PLAN\\x9b2J.md\"", "plan: " + "a" * 300 + ".md",
    # the wrong kind of thing: a folder for a file (a traceback), a file for a folder (a traceback)
    "plan: sub", "plan: docs/", "ethics: sub/keep.txt", "card: sub/keep.txt/card.md",
], ids=lambda s: s[:40])
def test_a_hostile_configured_path_is_refused_before_anything_is_written(project: Path, setting: str) -> None:
    (project / ".deeprules" / "config.yaml").write_text(f"paths:\n  {setting}\n")
    git(project, "add", ".deeprules/config.yaml")
    git(project, "commit", "-qm", "a config from a pull request")
    before = state(project)
    for command in (["plan"], ["answer", "compute=cluster"], ["status"]):
        code, out, err = run(*command, "-C", str(project))
        assert code == 2, (command, out, err)
        assert "Traceback" not in out + err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("deeprules: error: .deeprules/config.yaml:2: paths."), err
        assert state(project) == before


def test_the_default_plan_path_being_a_folder_is_one_line_not_a_traceback(project: Path) -> None:
    (project / "PLAN.md").unlink()
    (project / "PLAN.md").mkdir()
    (project / "PLAN.md" / "notes.txt").write_text("mine\n")
    before = state(project)
    code, _out, err = run("plan", "-C", str(project))
    assert code == 2 and err.strip() == "deeprules: error: output path PLAN.md is a folder; it must name a file", err
    assert state(project) == before


@pytest.mark.parametrize("raw", [".GIT/config", "GIT~1/config", "git~1", ".git./x", ".git ./x", ".git:stream/x",
                                 "\u200c.git/x", ".gi\u200dt/x", "\ufeff.git/x", "a/.G\u206ait/x"])
def test_every_spelling_of_dot_git_is_refused(raw: str) -> None:
    with pytest.raises(UnsafePathError, match=r"points into \.git"):
        paths.normalize(raw)


def test_ordinary_names_near_dot_git_are_fine() -> None:
    for raw in (".github/ISSUE_TEMPLATE/x.yml", "gitlab/x.md", ".gitkeep", "git~2/x", "my.git.md", "docs/.git-notes"):
        assert paths.normalize(raw) == raw


def test_state_names_cover_every_file_deeprules_keeps_in_its_folder() -> None:
    from deeprules import answers, card, config, custom, writer
    from deeprules.ml import record

    for rel in (answers.ANSWERS_PATH.as_posix(), config.CONFIG_PATH, writer.RENDERED_DIR, custom.CONCERNS_PATH,
                card.RESULTS_REL, record.BASELINES_DIR, record.AUDIT_DIR):
        folder, name = rel.split("/", 1)
        assert folder == paths.STATE_FOLDER and name.split("/")[0] in paths.STATE_NAMES, rel
    assert config.DEFAULT_PATHS["test_lock"].split("/")[1] not in paths.STATE_NAMES
    paths.check_generated("test_lock", config.DEFAULT_PATHS["test_lock"])  # the default stays allowed


def test_explicit_keys_nested_on_one_line_are_refused_with_the_line() -> None:
    from deeprules import yamlio
    from deeprules.errors import InputError

    text = "title: x\n" + "? " * 5000 + "a\n"  # reached ruamel's recursion limit: an error without a line
    with pytest.raises(InputError, match=r"^answers\.yaml:2: nested more than 64 levels"):
        yamlio.parse(text, "answers.yaml")
    assert yamlio.parse("? a\n: b\n? - c\n: d\n", "ok.yaml") is not None  # ordinary explicit keys still parse


def test_an_ntfs_spelling_of_a_control_file_is_refused() -> None:
    for rel in (".gitmodules.", ".gitattributes ", ".GitHub/Workflows./ci.yml"):
        with pytest.raises(UnsafePathError, match="git or CI acts on"):
            paths.check_generated("plan", rel)


def test_a_path_git_will_not_store_is_an_error_not_a_silent_skip(repo_with_commit: Path) -> None:
    """Defence in depth behind the resolver: the commit layer itself notices when update-index skips a path."""
    from deeprules.errors import GitRefusedError
    from deeprules.gitrepo import GitRepo

    (repo_with_commit / "GIT~1").mkdir()
    (repo_with_commit / "GIT~1" / "x.md").write_text("x\n")
    repo = GitRepo.find(repo_with_commit)
    head = git(repo_with_commit, "rev-parse", "HEAD")
    with pytest.raises(GitRefusedError, match=r"git will not store GIT~1/x\.md"):
        repo.commit_paths(["GIT~1/x.md"], "deeprules: test")
    assert git(repo_with_commit, "rev-parse", "HEAD") == head
