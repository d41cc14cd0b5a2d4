"""The user's git hooks and deeprules' commits: skipped unless asked for (`--run-hooks` for one command,
`git config deeprules.runHooks true`, or DEEPRULES_RUN_HOOKS=1); when asked for, pre-commit and commit-msg run
as they would for `git commit -- <deeprules' files>`, and a refusing hook stops the commit without losing
anything."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from conftest import git, invoke


def hook(repo: Path, name: str, body: str) -> None:
    path = repo / ".git" / "hooks" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def head(repo: Path) -> str:
    return git(repo, "rev-parse", "HEAD").strip()


@pytest.fixture
def project(repo: Path) -> Path:
    (repo / "notes.txt").write_text("v1\n")
    git(repo, "add", "notes.txt")
    git(repo, "commit", "-q", "-m", "user: notes")
    assert invoke("init", str(repo), "--example", "microscopy").exit_code == 0
    (repo / "notes.txt").write_text("v2 staged\n")
    git(repo, "add", "notes.txt")
    return repo


def test_hooks_are_skipped_unless_asked_for(project: Path) -> None:
    hook(project, "pre-commit", "touch .git/pre-commit-ran; exit 1\n")
    r = invoke("answer", "-C", str(project), "compute=laptop")
    assert r.exit_code == 0, r.output
    assert not (project / ".git" / "pre-commit-ran").exists()


def test_a_refusing_pre_commit_hook_stops_the_commit_and_loses_nothing(project: Path) -> None:
    git(project, "config", "deeprules.runHooks", "true")
    hook(project, "pre-commit", "echo 'lint: trailing whitespace in PLAN.md' >&2; exit 1\n")
    before = head(project)
    r = invoke("answer", "-C", str(project), "compute=laptop")
    assert r.exit_code == 2
    assert "pre-commit hook refused" in r.stderr and "trailing whitespace in PLAN.md" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert head(project) == before
    assert git(project, "diff", "--cached", "--name-only").split() == ["notes.txt"], "the user's index as it was"
    assert "compute: laptop" in (project / ".deeprules" / "answers.yaml").read_text(), "the answer is kept"
    hook(project, "pre-commit", "exit 0\n")
    r = invoke("plan", "-C", str(project))
    assert r.exit_code == 0, r.output
    assert "compute: laptop" in git(project, "show", "HEAD:.deeprules/answers.yaml")
    assert git(project, "status", "--porcelain") == "M  notes.txt\n"


def test_pre_commit_sees_the_commit_being_made_not_the_users_staged_work(project: Path) -> None:
    git(project, "config", "deeprules.runHooks", "true")
    hook(project, "pre-commit", "git diff --cached --name-only > .git/seen-by-hook\n")
    assert invoke("answer", "-C", str(project), "compute=laptop").exit_code == 0
    seen = (project / ".git" / "seen-by-hook").read_text().split()
    assert "PLAN.md" in seen and ".deeprules/answers.yaml" in seen and "notes.txt" not in seen


def test_commit_msg_hook_may_edit_the_message(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hook(project, "commit-msg", 'printf "\\nReviewed-by: Ana Ruiz\\n" >> "$1"\n')
    monkeypatch.setenv("DEEPRULES_RUN_HOOKS", "1")  # for one run, without changing the git config
    r = invoke("answer", "-C", str(project), "compute=laptop")
    assert r.exit_code == 0, r.output
    message = git(project, "log", "-1", "--format=%B")
    assert message.startswith("deeprules: update plan") and "Reviewed-by: Ana Ruiz" in message


def test_hooks_path_from_git_config_is_honoured(project: Path, tmp_path: Path) -> None:
    hooks = tmp_path / "team-hooks"
    hooks.mkdir()
    (hooks / "commit-msg").write_text("#!/bin/sh\ngrep -q '^JIRA-' \"$1\" || { echo 'needs a JIRA id'; exit 1; }\n")
    (hooks / "commit-msg").chmod(0o755)
    git(project, "config", "core.hooksPath", str(hooks))
    git(project, "config", "deeprules.runHooks", "true")
    r = invoke("answer", "-C", str(project), "compute=laptop")
    assert r.exit_code == 2 and "commit-msg hook refused" in r.stderr and "needs a JIRA id" in r.stderr


def test_the_run_hooks_flag_outranks_the_config_and_the_environment(project: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """`--run-hooks` / `--no-run-hooks`: the flag a user looks for first, for this one command."""
    import os

    monkeypatch.delenv("DEEPRULES_RUN_HOOKS", raising=False)
    hook(project, "pre-commit", "echo 'lint: refused' >&2; exit 1\n")
    before = head(project)
    r = invoke("answer", "-C", str(project), "compute=laptop", "--run-hooks")  # no config, no variable
    assert r.exit_code == 2 and "pre-commit hook refused" in r.stderr and "lint: refused" in r.stderr
    assert head(project) == before
    assert "DEEPRULES_RUN_HOOKS" not in os.environ, "for this command only"

    git(project, "config", "deeprules.runHooks", "true")
    monkeypatch.setenv("DEEPRULES_RUN_HOOKS", "1")
    r = invoke("plan", "-C", str(project), "--no-run-hooks")
    assert r.exit_code == 0, r.output
    assert "compute: laptop" in git(project, "show", "HEAD:.deeprules/answers.yaml"), "committed, hook skipped"
    assert os.environ["DEEPRULES_RUN_HOOKS"] == "1", "the user's variable is put back"


def test_every_command_that_commits_offers_the_run_hooks_flag() -> None:
    from typing import Any

    from typer.main import get_command

    from deeprules.cli.main import COMMANDS, app

    root: Any = get_command(app)
    ctx = root.context_class(root)
    committing = []

    def walk(cmd: Any, path: str) -> None:
        flags = {opt for p in cmd.params for opt in (*p.opts, *p.secondary_opts)}
        if "--no-commit" in flags:
            committing.append(path)
            assert {"--run-hooks", "--no-run-hooks"} <= flags, path
        for name in cmd.list_commands(ctx) if hasattr(cmd, "list_commands") else ():  # a group: `ethics add`
            walk(cmd.get_command(ctx, name), f"{path} {name}")

    for name in COMMANDS:
        walk(root.get_command(ctx, name), name)
    assert {"init", "plan", "answer", "card", "ethics add", "ethics close", "lock-test"} <= set(committing)
