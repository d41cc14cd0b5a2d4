"""Free text from the answers (title, question, organism) and concern titles reach the generated Markdown as
text: no raw HTML, no link, no table cell split by a `|` (a hostile answers.yaml arrives by pull request)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from deeprules.cli.main import app

HOSTILE = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) | cell <script>alert(2)</script>"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def raw_html_or_link(line: str) -> bool:
    """An unescaped tag or link (Markdown shows `\\<img` and `\\[x\\](...)` as text)."""
    return re.search(r"(?<!\\)<(img|script)|(?<!\\)\]\(javascript", line) is not None


def test_answers_free_text_is_escaped_in_the_plan_and_card(repo: Path, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(f'title: "{HOSTILE}"\nquestion: "{HOSTILE}"\norganism: "{HOSTILE}"\ntask: classification\n')
    code, _out, err = run("init", "--answers", str(answers), str(repo))
    assert code == 0, err
    for name in ("PLAN.md", "MODEL_CARD.md"):
        text = (repo / name).read_text()
        assert "alert(2)" in text, name  # the text is there, as text
        assert not [ln for ln in text.splitlines() if raw_html_or_link(ln)], name
    organism = next(ln for ln in (repo / "PLAN.md").read_text().splitlines() if ln.startswith("| Organism"))
    assert organism.replace("\\|", "").count("|") == 3  # two cells, not split by the answer's `|`


def test_a_concern_title_is_escaped_in_its_file(repo: Path, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("task: classification\n")
    assert run("init", "--answers", str(answers), str(repo))[0] == 0
    code, _out, err = run("ethics", "add", "-C", str(repo), "--title", HOSTILE, "--severity", "high")
    assert code == 0, err
    (concern,) = [p for p in (repo / "ethics").glob("ETH-*.md") if "alert(2)" in p.read_text()]
    body = concern.read_text().split("\n---\n", 1)[1]  # the front matter holds the title as YAML data
    assert "alert(2)" in body and not [ln for ln in body.splitlines() if raw_html_or_link(ln)]


def test_a_damaged_template_cache_costs_a_recompile_not_a_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from deeprules import render

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    render.environment.cache_clear()
    try:
        first = render.render("plan.md.j2", **_plan_context())
        files = list((tmp_path / "cache" / "deeprules" / "jinja").iterdir())
        assert files
        for f in files:  # truncated: a disk that filled up, a copy interrupted
            f.write_bytes(f.read_bytes()[:40])
        render.environment.cache_clear()
        assert render.render("plan.md.j2", **_plan_context()) == first
    finally:
        render.environment.cache_clear()


def _plan_context() -> dict:
    from deeprules.engine import assess
    from deeprules.plan import context

    return context(assess({"task": "classification"}))
