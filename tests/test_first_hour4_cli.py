"""A new user's first hour with the CLI, fourth pass: what a person reads at 80 columns, the next step after a
command, the hints in errors, and `--json` as one object for every command. Each test fails on f22e929."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app
from deeprules.knowledge import load_knowledge

EXAMPLES = sorted(load_knowledge().examples)
# Lines of `assess` that start at column 0 by design: the panel, headings and the closing label column.
HEADINGS = re.compile(r"^(╭|│|╰|Tip \d+$|Recommendations |Ethics concerns |Open questions |Verdict |Next |Paper |"
                      r" tip +plan)")


def run(*args: str, cwd: Path | None = None, width: int = 80) -> Any:
    old = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        return CliRunner().invoke(app, list(args), env={"COLUMNS": str(width), "LINES": "24"},
                                  catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_repo(tmp_path_factory.mktemp("h4") / "micro")
    assert run("init", "--example", "microscopy", cwd=root).exit_code == 0
    return root


@pytest.mark.parametrize("example", EXAMPLES)
def test_assess_wraps_under_its_text_never_at_column_0(example: str) -> None:
    """At 80 columns a reason, concern, open question or recommendation that wraps continues under its own
    text: a continuation at column 0 reads as a new item (it did for every reason, concern and the score)."""
    res = run("assess", "--example", example)
    assert res.exit_code == 0, res.output
    at_zero = [ln for ln in res.stdout.splitlines() if ln and not ln[0].isspace() and not HEADINGS.match(ln)]
    assert not at_zero, at_zero[:5]
    assert all(len(ln.rstrip()) <= 80 for ln in res.stdout.splitlines())


def test_assess_ends_with_the_command_that_writes_its_plan(tmp_path: Path, project: Path) -> None:
    """The last lines name the next command with the same answers, ready to paste (it said `deeprules init`,
    which fails outside a repository and without answers)."""
    res = run("assess", "--example", "microscopy", "--set", "compute=laptop", width=200)
    assert "`deeprules init --example microscopy --set compute=laptop`" in res.stdout
    answers = tmp_path / "my answers.yaml"
    answers.write_text("task: classification\n")
    res = run("assess", "--answers", str(answers), width=300)
    assert f"`deeprules init --answers '{answers}'`" in res.stdout
    res = run("assess", "--set", "compute=cluster", cwd=project, width=200)
    assert "`deeprules answer compute=cluster`" in res.stdout  # the project's own answers: keep them
    res = run("assess", cwd=project, width=200)
    assert "`deeprules plan`" in res.stdout


def test_first_init_says_what_to_do_next(tmp_path: Path) -> None:
    """After the first `init`: read the plan, where the answers now live (the file given is not read again),
    the register, the card and the checks. A re-run and --json say nothing of the kind."""
    root = make_repo(tmp_path / "p")
    (root / "answers.yaml").write_text("task: classification\n")
    res = run("init", "--answers", "answers.yaml", cwd=root, width=200)
    assert res.exit_code == 0, res.output
    tail = res.stdout.split("committed", 1)[1]
    assert "Next" in tail and "read PLAN.md" in tail
    assert ".deeprules/answers.yaml (read from there from now on, not from answers.yaml)" in tail
    for command in ("deeprules answer ID=VALUE", "deeprules ethics list", "deeprules card check", "deeprules check"):
        assert f"`{command}`" in tail
    again = run("init", "--answers", "answers.yaml", cwd=root, width=200)
    assert again.exit_code == 0 and "Next" not in again.stdout
    other = make_repo(tmp_path / "q")
    data = json.loads(run("init", "--example", "expression", "--json", cwd=other).stdout)
    assert "Next" not in json.dumps(data)


def test_outside_a_repository_the_hint_names_a_command_that_exists(tmp_path: Path) -> None:
    """"pass --git-init" was the hint of every command outside a repository; only `init` has that option."""
    plain = tmp_path / "plain"
    plain.mkdir()
    for args in (("status",), ("plan",), ("ethics", "list"), ("card", "check"), ("answer", "n_samples=3")):
        res = run(*args, cwd=plain)
        assert res.exit_code == 2
        assert "pass --git-init" not in res.stderr
        assert "run `git init` there, or `deeprules init --git-init`" in res.stderr, res.stderr
    # ... and the command it names works there.
    res = run("init", "--git-init", "--example", "expression", "--no-commit", cwd=plain)
    assert res.exit_code == 0, res.stderr
    assert (plain / ".git").is_dir() and (plain / "PLAN.md").is_file()


def test_ethics_list_gives_the_title_the_room_of_empty_columns(project: Path) -> None:
    """At 80 columns the title had ~23 columns while owner and due (empty for every new concern) took theirs."""
    res = run("ethics", "list", cwd=project)
    header = next(ln for ln in res.stdout.splitlines() if ln.lstrip().startswith("id"))
    assert "owner" not in header and "due" not in header
    assert "owner and due: none set yet" in res.stdout
    titles = [c["title"] for c in json.loads(run("ethics", "list", "--json", cwd=project).stdout)["concerns"]]
    fits = [t for t in titles if len(t) <= 40]
    assert fits and all(any(ln.rstrip().endswith(t) for ln in res.stdout.splitlines()) for t in fits)
    assert run("ethics", "update", "1", "--owner", "Ana Ruiz", cwd=project).exit_code == 0
    res = run("ethics", "list", cwd=project)
    header = next(ln for ln in res.stdout.splitlines() if ln.lstrip().startswith("id"))
    assert "owner" in header and "due" not in header and "Ana Ruiz" in res.stdout
    assert "due: none set yet" in res.stdout


JSON_COMMANDS: list[tuple[str, ...]] = [
    ("assess", "--example", "expression", "--json"), ("tips", "7", "--json"), ("questions", "--json"),
    ("examples", "--json"), ("status", "--json"), ("plan", "--dry-run", "--json"), ("check", "--json"),
    ("history", "--json"), ("ethics", "list", "--json"), ("ethics", "show", "1", "--json"),
    ("ethics", "log", "1", "--json"), ("card", "check", "--json"), ("card", "--dry-run", "--json"),
]


@pytest.mark.parametrize("args", JSON_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_every_json_is_one_object(project: Path, args: tuple[str, ...]) -> None:
    """A script reads keys: `ethics list --json` and `ethics log --json` were bare arrays, every other an
    object."""
    res = run(*args, cwd=project)
    assert res.exit_code in (0, 1), res.output  # card check exits 1 while placeholders remain
    assert isinstance(json.loads(res.stdout), dict)


def test_ethics_log_json_names_the_concern(project: Path) -> None:
    data = json.loads(run("ethics", "log", "eth-1", "--json", cwd=project).stdout)
    assert data["id"] == "ETH-0001" and data["history"][0]["status"] == "open"
    assert git(project, "log", "-1", "--format=%H").startswith(data["history"][-1]["sha"][:10])


@pytest.mark.parametrize("args", [("status", "--json"), ("ethics", "list", "--json"), ("ethics", "lst", "--json"),
                                  ("assess", "--example", "microscop", "--json"), ("tips", "11", "--json"),
                                  ("history", "--json")], ids=lambda a: " ".join(a[:2]))
def test_json_errors_are_one_line_on_stderr_and_nothing_on_stdout(tmp_path: Path, args: tuple[str, ...]) -> None:
    """The --json contract the README states: stdout holds one JSON object or nothing; an error (usage or
    run time) is one line on stderr, exit 2, so `x=$(deeprules ... --json)` never holds half a message."""
    res = run(*args, cwd=tmp_path)
    assert res.exit_code == 2
    assert res.stdout == ""
    assert res.stderr.strip().splitlines()[-1].startswith(("deeprules: error: ", "Error: "))


def test_emit_refuses_a_bare_list() -> None:
    from deeprules.cli.output import emit

    with pytest.raises(TypeError, match="JSON object"):
        emit([1, 2], as_json=True)


@pytest.mark.parametrize("group", ["ethics", "card", "data"])
def test_group_help_lists_whole_sentences_at_80_columns(group: str) -> None:
    """`ethics --help` at 80 columns cut five of seven commands mid-sentence ("safe with..."); the root help
    never did. Each command's line is now whole, wrapped under itself."""
    res = run(group, "--help")
    assert res.exit_code == 0
    commands = res.stdout.split("Commands:", 1)[1].split("Example", 1)[0]
    assert "..." not in commands
    assert all(len(ln) <= 80 for ln in res.stdout.splitlines())


def test_a_mistyped_id_on_the_command_line_is_not_blamed_on_the_answers_file(project: Path) -> None:
    """`deeprules answer n_sample=3` said ".deeprules/answers.yaml: unknown question id" (the file is fine) and
    listed all forty ids after the suggestion."""
    before = (project / ".deeprules/answers.yaml").read_text()
    res = run("answer", "n_sample=3", cwd=project)
    assert res.exit_code == 2
    assert res.stderr.strip() == ("deeprules: error: 'n_sample=3': unknown question id 'n_sample' (did you mean "
                                  "'n_samples'?); every id: `deeprules questions`")
    assert (project / ".deeprules/answers.yaml").read_text() == before
    res = run("assess", "--example", "expression", "--set", "zzz=1")
    assert res.exit_code == 2 and "'zzz=1': unknown question id 'zzz'; valid ids: title, " in res.stderr


def test_a_folder_typed_as_an_argument_gets_the_option_that_takes_it(project: Path, tmp_path: Path) -> None:
    """`deeprules check .` (as `ruff check .`) was "Got unexpected extra argument(s) (.)" and nothing more."""
    res = run("check", ".", cwd=project)
    assert res.exit_code == 2 and res.stdout == ""
    assert "`deeprules check` reads the current folder already; another is given with -C FOLDER" in res.stderr
    res = run("status", str(project), cwd=tmp_path)
    assert res.exit_code == 2 and f"`deeprules status -C {project}`" in res.stderr
    assert run("status", "-C", str(project), cwd=tmp_path).exit_code == 0  # ... which works
    res = run("status", "not-a-folder", cwd=project)
    assert res.exit_code == 2 and "-C" not in res.stderr  # not a folder: click's message alone


def test_baselines_table_at_80_columns_keeps_names_whole() -> None:
    """At 80 columns the table cut every name: "logistic_r…", "balanced_a…", "average_pr…", "matthews_c…".
    Names a user types after -m (and metric names) are now whole; each interval sits under its mean."""
    import io

    from rich.console import Console

    from deeprules.cli.ml import render_baselines

    metrics = ["balanced_accuracy", "roc_auc", "average_precision", "matthews_correlation"]
    names = ["dummy", "logistic_regression", "random_forest", "gradient_boosting", "k_nearest_neighbours",
             "naive_bayes", "support_vector_machine"]
    stat = {"mean": 0.9567, "ci_low": 0.9381, "ci_high": 0.9734}
    report = {"metrics": metrics, "primary_metric": metrics[0], "best_model": names[1], "budget": 20, "seed": 0,
              "split": {"kind": "StratifiedGroupKFold", "group": "donor", "n_groups": 285, "folds": 5,
                        "inner_folds": 3},
              "models": [{"name": n, "trials": 20, "metrics": {m: stat for m in metrics}} for n in names],
              "prevalence": 0.627, "shuffle_control": None, "warnings": []}
    buffer = io.StringIO()
    render_baselines(report, Console(file=buffer, width=80, color_system=None))
    text = buffer.getvalue()
    assert "…" not in text
    assert all(len(line.rstrip()) <= 80 for line in text.splitlines())
    for name in names:
        assert re.search(rf"^ ?{name} +0\.957", text, re.M), name
    assert "0.94–0.97" in text and re.search(r"20 trials\s+per model", text)
    for word in ("balanced", "accuracy", "(tuned)", "average", "precision", "matthews", "correlation"):
        assert word in text
