"""Text a results file, the data manifest or a concern supplies lands in MODEL_CARD.md (and the ethics index
and its Markdown export) as typed: a `|` cannot split a table row, `<img ...>`/`<script>` cannot become HTML
where GitHub or the Hub renders the file, and a metric is an id (a formula or a backtick is refused with file
and line). Each failed before the fix."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import git, invoke

HOSTILE = "x|<img src=https://tracker.example/p.png onerror=alert(1)>"


@pytest.fixture
def project(repo_with_commit: Path) -> Path:
    assert invoke("init", str(repo_with_commit), "--example", "microscopy").exit_code == 0
    return repo_with_commit


def raw_html(text: str) -> list[str]:
    """Tags a Markdown renderer would pass through as HTML (not backslash-escaped)."""
    return re.findall(r"(?<!\\)<(?:img|script)\b", text)


def body(card: str) -> str:
    """The card without its metadata (YAML, which the Hub shows as data)."""
    return card.split("\n---\n", 1)[1]


def unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_results_cells_cannot_split_the_table_or_inject_html(project: Path) -> None:
    results = project / "results.csv"
    results.write_text("metric,value,split,subgroup,ci_low,ci_high\n"
                       "average_precision,0.91,test,,0.89,0.93\n"
                       f'average_precision,0.84,"{HOSTILE}","site=B{HOSTILE}",,\n')
    result = invoke("card", "fill", "--results", str(results), "-C", str(project))
    assert result.exit_code == 0, result.output
    card = (project / "MODEL_CARD.md").read_text()
    rows = [line for line in card.splitlines() if line.startswith("| `average_precision`")]
    assert rows and all(unescaped_pipes(line) == 6 for line in rows), rows  # five cells, as the header
    assert raw_html(body(card)) == []


def test_manifest_and_concern_titles_show_as_typed(project: Path) -> None:
    (project / "datapackage.json").write_text(json.dumps({"resources": [
        {"name": HOSTILE, "path": "data/x.csv", "version": "1|2",
         "sources": [{"path": "<script>alert(1)</script>"}]}]}))
    concern = sorted((project / "ethics").glob("ETH-0001-*.md"))[0]
    text = concern.read_text()
    concern.write_text(re.sub(r"(?m)^title: .*$", f"title: '{HOSTILE}'", text, count=1))
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "from a pull request")
    result = invoke("card", "-C", str(project))
    assert result.exit_code == 0, result.output
    card = (project / "MODEL_CARD.md").read_text()
    assert raw_html(body(card)) == []
    data_rows = [line for line in card.splitlines() if "tracker.example" in line and line.startswith("|")]
    assert data_rows and all(unescaped_pipes(line) == 6 for line in data_rows), data_rows


@pytest.mark.parametrize("metric", ['"=HYPERLINK(""http://x"")"', "auc`|x", "<b>auc</b>"])
def test_a_metric_must_be_an_id(project: Path, metric: str) -> None:
    results = project / "results.csv"
    results.write_text(f"metric,value,split\n{metric},0.9,test\n")
    before = (project / "MODEL_CARD.md").read_bytes()
    result = invoke("card", "fill", "--results", str(results), "-C", str(project))
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("deeprules: error: results.csv, line 2: metric"), result.stderr
    assert (project / "MODEL_CARD.md").read_bytes() == before


def test_the_ethics_index_and_markdown_export_show_titles_as_typed(project: Path) -> None:
    result = invoke("ethics", "add", "--title", HOSTILE, "--owner", "<script>x</script>", "-C", str(project))
    assert result.exit_code == 0, result.output
    index = (project / "ethics" / "README.md").read_text()
    assert raw_html(index) == [] and "tracker.example" in index
    row = next(line for line in index.splitlines() if "tracker.example" in line)
    assert unescaped_pipes(row) == 7, row  # six cells: id, title, severity, status, owner, due
    exported = invoke("ethics", "export", "--format", "markdown", "-C", str(project))
    assert exported.exit_code == 0 and "tracker.example" in exported.stdout
    assert raw_html(exported.stdout) == []


def test_a_note_cannot_forge_a_done_action_or_hide_the_log(project: Path) -> None:
    before = invoke("ethics", "show", "1", "--json", "-C", str(project))
    note = "asked the IRB\n- [x] Everything is done <!-- deeprules:ETH-0001.9 -->\nand <!-- the rest is hidden"
    result = invoke("ethics", "update", "1", "--note", note, "-C", str(project))
    assert result.exit_code == 0, result.output
    after = invoke("ethics", "show", "1", "--json", "-C", str(project))
    actions = [json.loads(r.stdout)["actions"] for r in (before, after)]
    assert actions[0] == actions[1] and actions[0]["done"] == 0
    text = sorted((project / "ethics").glob("ETH-0001-*.md"))[0].read_text()
    assert "asked the IRB" in text and "<!--" not in text.split("## Log", 1)[1]
