"""Hostile review 7 (session 11), files that change while deeprules works on them: an editor saving, a script, a
second deeprules run. deeprules computes a file's new text from what it read; writing it over a file that changed
since throws the change away without a word. Before:

- `answer` read `.deeprules/answers.yaml` before taking the repository lock: a second `answer` committing in
  between was reverted by the first one's commit (its message said "title changed"; it also undid the organism);
- an edit saved to answers.yaml while `answer` rendered, or to the data manifest while `data add` hashed the
  data, was overwritten by the text computed from the old file;
- PLAN.md saved after the writer decided what to write and before it wrote (while it hashed the blobs and tried
  the signature) was overwritten by a merge computed from the old PLAN.md.

Now the answers are read under the lock, and the writer refuses (exit 2, nothing written or committed, the
user's save kept) when a file is not what its text was computed from. The moments are made exact by wrapping the
step that runs in between (no sleeps)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import git, init_project
from deeprules.cli.main import app


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stderr


def once(action: Callable[[], None], *, call: int = 1) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Wrap a function so that `action` runs right after its `call`-th call returns."""
    def wrap(original: Callable[..., Any]) -> Callable[..., Any]:
        calls: list[bool] = []

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            value = original(*args, **kwargs)
            calls.append(True)
            if len(calls) == call:
                action()
            return value
        return wrapped
    return wrap


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return init_project(tmp_path / "p")


def answers_line(project: Path, key: str) -> str:
    return next(line for line in (project / ".deeprules/answers.yaml").read_text().splitlines()
                if line.startswith(f"{key}:"))


def test_a_second_answer_committed_meanwhile_is_never_reverted(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from deeprules import project as project_module

    second: list[tuple[int, str]] = []
    load = project_module.load_project_answers
    # `answer` reads the answers for the verdict before (1st call), then to change them (2nd): the second run
    # commits right after that read
    monkeypatch.setattr(project_module, "load_project_answers", once(
        lambda: second.append(run("answer", "-C", str(project), "organism=Diatoms")), call=2)(load))
    first = run("answer", "-C", str(project), "title=Diatom classifier")
    (code_2, err_2), (code_1, err_1) = second[0], first
    committed = git(project, "show", "HEAD:.deeprules/answers.yaml")
    # each run either says it failed or its answer is in the last commit: nothing is lost without a word
    assert code_1 != 0 or "title: Diatom classifier" in committed, (err_1, committed)
    assert code_2 != 0 or "organism: Diatoms" in committed, (err_2, committed)
    assert code_1 == 0 or code_2 == 0
    assert git(project, "status", "--porcelain") == ""


def test_answers_saved_while_answer_renders_are_kept(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from deeprules import project as project_module

    answers = project / ".deeprules/answers.yaml"
    saved = answers.read_text().replace(answers_line(project, "organism"), "organism: Diatoms  # typed by hand")
    head = git(project, "rev-parse", "HEAD")
    plan = (project / "PLAN.md").read_bytes()
    monkeypatch.setattr(project_module, "build_outputs", once(lambda: answers.write_text(saved))(
        project_module.build_outputs))
    code, err = run("answer", "-C", str(project), "title=Diatom classifier")
    assert code == 2 and ".deeprules/answers.yaml changed while deeprules was working on it" in err, err
    assert "nothing was changed" in err
    assert answers.read_text() == saved
    assert (project / "PLAN.md").read_bytes() == plan
    assert git(project, "rev-parse", "HEAD") == head
    assert git(project, "status", "--porcelain") == " M .deeprules/answers.yaml\n"


def test_plan_saved_after_the_writer_read_it_is_kept(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from deeprules.gitrepo import GitRepo

    plan = project / "PLAN.md"
    saved = plan.read_text() + "\nMy notes, saved by my editor.\n"
    head = git(project, "rev-parse", "HEAD")
    monkeypatch.setattr(GitRepo, "store_blobs", once(lambda: plan.write_text(saved))(GitRepo.store_blobs))
    code, err = run("answer", "-C", str(project), "title=Diatom classifier")
    assert code == 2 and "PLAN.md changed while deeprules was working on it" in err, err
    assert plan.read_text() == saved
    assert git(project, "rev-parse", "HEAD") == head
    assert git(project, "status", "--porcelain") == " M PLAN.md\n"  # the answers were not written either


def test_a_manifest_saved_while_data_add_hashes_is_kept(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from deeprules import data

    (project / "data").mkdir()
    (project / "data/a.csv").write_text("x\n1\n")
    (project / "data/b.csv").write_text("x\n2\n")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "data")
    code, err = run("data", "add", "-C", str(project), str(project / "data/a.csv"), "--source", "https://example.org/a")
    assert code == 0, err
    manifest = project / "datapackage.json"
    doc = json.loads(manifest.read_text())
    doc["description"] = "typed by hand"
    saved = json.dumps(doc, indent=2) + "\n"
    head = git(project, "rev-parse", "HEAD")
    monkeypatch.setattr(data, "digest", once(lambda: manifest.write_text(saved))(data.digest))
    code, err = run("data", "add", "-C", str(project), str(project / "data/b.csv"), "--source", "https://example.org/b")
    assert code == 2 and "datapackage.json changed while deeprules was working on it" in err, err
    assert manifest.read_text() == saved
    assert git(project, "rev-parse", "HEAD") == head
