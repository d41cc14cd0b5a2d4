"""The CLI at 80 columns (most terminals) and at 120: ids users type are never broken across lines, the
compact check view is one line per check, history keeps the ten tip scores on one row, and conditions read
as words. Each test runs the real command with COLUMNS set, as a terminal of that width would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app
from deeprules.condition_words import condition_text, known_names
from deeprules.conditions import names_in
from deeprules.knowledge import load_knowledge

WIDTHS = (80, 120)


def run(*args: str, width: int) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": str(width), "LINES": "50"},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def assert_fits(out: str, width: int) -> list[str]:
    lines = out.splitlines()
    too_long = [ln for ln in lines if len(ln.rstrip()) > width]
    assert not too_long, too_long[:3]
    return lines


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_repo(tmp_path_factory.mktemp("w") / "micro")
    result = CliRunner().invoke(app, ["init", str(root), "--example", "microscopy"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for n in range(3):
        (root / f"train{n}.py").write_text(f"import torch\ntorch.manual_seed({n})\n")
        git(root, "add", ".")
        git(root, "commit", "-qm", f"training script {n}: a subject long enough to be cut at eighty columns")
    return root


@pytest.mark.parametrize("width", WIDTHS)
def test_questions_never_break_an_id(width: int) -> None:
    out = run("questions", width=width)
    lines = assert_fits(out, width)
    first_cells = [ln.split()[0] for ln in lines if ln.strip()]
    for q in load_knowledge().questions:
        assert q.id in first_cells, f"{q.id} is not whole at the start of a row"
        for c in q.choices:  # every value a user may type is whole on some line
            assert re.search(rf"(^|[\s|]){re.escape(c.value)}($|[\s|])", out, re.M), c.value
    # each question's prompt, then its allowed values and when it is asked: at most 5 lines at 80 columns
    assert len(lines) <= 5 * len(load_knowledge().questions)
    assert "==" not in out and "is none" not in out


def test_questions_template_loads_after_filling(tmp_path: Path) -> None:
    text = run("questions", "--template", width=80)
    kb = load_knowledge()
    ids = re.findall(r"^(\w+):", text, re.M)
    assert ids == [q.id for q in kb.questions]
    for q in kb.questions:  # every allowed value is listed as a comment above its id
        block = text.split(f"\n{q.id}:")[0].rsplit("\n\n", 1)[-1]
        for c in q.choices:
            assert re.search(rf"^#\s+{re.escape(c.value)}\s", block, re.M), (q.id, c.value)
    # as written (nothing filled): loads, everything unanswered
    (tmp_path / "answers.yaml").write_text(text)
    result = CliRunner().invoke(app, ["assess", "--answers", str(tmp_path / "answers.yaml"), "--json"])
    assert result.exit_code == 0, result.output
    # filled in: the values come through
    filled = text.replace("\ntitle:", "\ntitle: Cell types").replace("\ntask:", "\ntask: classification")
    filled = filled.replace("\nn_samples:", "\nn_samples: 8000")
    (tmp_path / "answers.yaml").write_text(filled)
    project = make_repo(tmp_path / "p")
    result = CliRunner().invoke(app, ["init", str(project), "--answers", str(tmp_path / "answers.yaml"), "--json"])
    assert result.exit_code == 0, result.output
    saved = (project / ".deeprules" / "answers.yaml").read_text()
    assert "Cell types" in saved and "8000" in saved


@pytest.mark.parametrize("width", WIDTHS)
def test_check_is_one_line_per_check(project: Path, width: int) -> None:
    out = run("check", "-C", str(project), width=width)
    lines = assert_fits(out, width)
    data = __import__("json").loads(run("check", "-C", str(project), "--json", width=width))
    ids = [c["id"] for c in data["checks"]]
    for cid in ids:
        rows = [ln for ln in lines if re.search(rf"\b{cid}\b", ln)]
        assert len(rows) >= 1, cid
    table_rows = [ln for ln in lines if re.search(r"\bDR\d+\s+(pass|fail|warn|n/a|ignored)\b", ln)]
    assert len(table_rows) == len(ids)
    # was ~130 lines at 80 columns; +36: each next step says what the check found here (w25f)
    assert len(lines) <= len(ids) + 36
    verbose = run("check", "-C", str(project), "--verbose", width=width)
    assert_fits(verbose, width)
    dr101 = next(c for c in data["checks"] if c["id"] == "DR101")
    assert dr101["reason"].split()[0] in verbose and len(verbose.splitlines()) > len(lines)


def test_check_badge(project: Path) -> None:
    import json

    badge = json.loads(run("check", "-C", str(project), "--format", "badge", width=80))
    overall = json.loads(run("check", "-C", str(project), "--json", width=80))["overall"]
    assert badge["schemaVersion"] == 1 and badge["label"] == "deeprules"
    assert badge["message"] == f"{overall:.0f}/100"
    assert badge["color"] in ("brightgreen", "yellow", "red")


@pytest.mark.parametrize("width", WIDTHS)
def test_history_keeps_ten_scores_on_one_row(project: Path, width: int) -> None:
    out = run("history", "-C", str(project), width=width)
    lines = assert_fits(out, width)
    head = git(project, "log", "--format=%H", "--reverse").split()[0][:8]
    row = next(ln for ln in lines if ln.startswith(head))
    numbers = re.findall(r"(?<=\s)(\d+|-)(?=\s|$)", row)
    assert len(numbers) >= 11, row  # overall + ten tips, all on the commit's own line


def test_tips_print_conditions_in_words() -> None:
    out = run("tips", "7", width=80)
    assert_fits(out, 80)
    assert "applies when" not in out and "==" not in out and '"classification"' not in out
    assert "applies to classification projects" in out
    # the wrapped text keeps its indent: no recommendation line starts at column 0 mid-paragraph
    body = out.split("References")[0].splitlines()[3:]
    assert all(ln.startswith(" ") or not ln.strip() or ln.startswith("Tip ") for ln in body[5:])


@pytest.mark.parametrize("tip", [str(n) for n in range(1, 11)])
def test_tips_print_texts_not_templates(tip: str) -> None:
    """A recommendation whose wording depends on the answers is listed as a project with nothing answered reads
    it: `tips 1` printed the raw `{% if task == "classification" ... %}` of its templates."""
    out = run("tips", tip, width=100)
    assert "{%" not in out and "{{" not in out and "None" not in out, out


def _all_conditions() -> list[str]:
    kb = load_knowledge()
    return list(kb.condition_set.expressions)


def test_every_condition_has_words() -> None:
    from deeprules.knowledge import DERIVED_FACTS

    names = known_names()
    # every answer and every derived fact has a phrase, so a new condition over them reads as words too
    assert not ({q.id for q in load_knowledge().questions} | set(DERIVED_FACTS)) - names
    for expr in _all_conditions():
        missing = names_in(expr) - names
        assert not missing, f"{expr!r}: add a phrase for {missing} to knowledge/condition_words.yaml"
        text = condition_text(expr)
        for raw in ("==", "!=", " is none", " in [", '"', "_"):
            assert raw not in text, (expr, text)


@pytest.mark.parametrize("expr, words", [
    ('task == "classification" and (imbalanced or minority_fraction is none)',
     "classification projects and (imbalanced classes"),
    ('pretrained_available != "no"', "(available or not known)"),
    ("not gpu", "no GPU"),
    ('task in ["classification", "regression"] and modality != "image"', "classification or regression projects"),
    ("n_unlabeled >= 10000", "unlabelled examples ≥ 10,000"),
])
def test_condition_words(expr: str, words: str) -> None:
    assert words in condition_text(expr)
