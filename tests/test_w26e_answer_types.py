"""Hostile review 7 (session 11), answers of the wrong type: `.deeprules/answers.yaml` is valid YAML but an answer
holds a list, a mapping, a date or a number no float holds (YAML has no limit on digits; a pull request supplies
the file). Before: `status`, `plan`, `answer`, `card`, `check` ended in a TypeError or OverflowError traceback
(a number question given `[]` or `10**400`, a count of 10**30 divided as a float in the verdict), and `answer
n_samples=<5,000 digits>` in Python's ValueError for long integer strings. Now every command says which line
holds which answer and why, exit 2, nothing changed; a long value is cut in the message."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git, init_project
from deeprules.cli.main import app

HUGE = "9" * 400  # parses as an int in YAML (under Python's 4,300-digit limit), too large for any float
BAD_VALUES = {"list": "[1, 2]", "mapping": "{a: {b: 1}}", "date": "2020-01-01", "huge": HUGE,
              "count-1e30": "1" + "0" * 30}


def run(project: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, [*args, "-C", str(project)] if args[0] != "answer" else
                                [args[0], "-C", str(project), *args[1:]])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stderr


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return init_project(tmp_path_factory.mktemp("answers") / "p")


@pytest.mark.parametrize("key", ["n_samples", "minority_fraction", "n_unlabeled", "n_classes", "title"])
@pytest.mark.parametrize("kind", list(BAD_VALUES))
def test_an_answer_of_the_wrong_type_is_one_line_naming_its_line(project: Path, key: str, kind: str) -> None:
    if key == "title" and kind in ("date", "huge", "count-1e30"):
        pytest.skip("a title may be any scalar: it is text")
    answers = project / ".deeprules/answers.yaml"
    original = answers.read_text()
    lines = original.splitlines()
    line = next(n for n, text in enumerate(lines, start=1) if text.startswith(f"{key}:"))
    lines[line - 1] = f"{key}: {BAD_VALUES[kind]}"
    answers.write_text("\n".join(lines) + "\n")
    head = git(project, "rev-parse", "HEAD")
    try:
        for command in (["status"], ["plan"], ["answer", "question=Which taxon?"], ["card"], ["dome", "--json"]):
            code, err = run(project, *command)
            assert code == 2, (command, err)
            message = err.strip()
            assert message.count("\n") == 0 and f".deeprules/answers.yaml:{line}: {key}:" in message, message
            assert len(message) < 300, message  # a 400-digit number is cut, not echoed
        assert git(project, "rev-parse", "HEAD") == head
        assert git(project, "status", "--porcelain") == " M .deeprules/answers.yaml\n"
    finally:
        answers.write_text(original)


@pytest.mark.parametrize("value", ["9" * 5000, "1" + "0" * 30], ids=["5000-digits", "1e30"])
@pytest.mark.parametrize("key", ["n_samples", "minority_fraction"])
def test_a_huge_number_typed_on_the_command_line_is_one_line(project: Path, key: str, value: str) -> None:
    head = git(project, "rev-parse", "HEAD")
    code, err = run(project, "answer", f"{key}={value}")
    assert code == 2 and err.startswith(f"deeprules: error: {key}: ") and "out of range" in err, err
    assert len(err) < 300, err
    assert git(project, "rev-parse", "HEAD") == head and git(project, "status", "--porcelain") == ""
