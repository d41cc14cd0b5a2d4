"""`deeprules ethics ...` as a user runs it: raise, discuss, close, see the history, export; bad input exits 2
with one line and leaves every file as it was."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, git, invoke
from deeprules import yamlio

BAD_ARGS = sorted((DATA / "ethics" / "bad-args").glob("*.yaml"))


@pytest.fixture
def project(repo: Path) -> Path:
    res: Any = invoke("init", "--example", "clinical", cwd=repo)
    assert res.exit_code == 0, res.output
    return repo


def seeded(project: Path) -> int:
    """How many concerns `init` opened for the example (the knowledge base decides, not this test)."""
    return len(list((project / "ethics").glob("ETH-*.md")))


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".git" not in p.relative_to(root).parts}


def test_raise_discuss_mitigate_close_and_see_the_story(project: Path) -> None:
    n = seeded(project) + 1
    res: Any = invoke("ethics", "add", "--title", "Ward staff appear in some images", "--severity", "high",
                      "--why", "Faces are personal data.", "--action", "Blur faces", "--owner", "Ana Ruiz",
                      "--due", "2027-02-01", cwd=project)
    assert res.exit_code == 0, res.output
    new = f"ETH-{n:04d}"
    assert f"raised {new}" in res.output
    for args in (["--status", "in_progress", "--note", "Blurring script written"],
                 ["--status", "mitigated", "-m", "All images blurred"]):
        res = invoke("ethics", "update", new, *args, cwd=project)
        assert res.exit_code == 0, res.output
    res = invoke("ethics", "close", str(n), "--resolution", "Checked by the DPO", cwd=project)
    assert res.exit_code == 0, res.output

    res = invoke("ethics", "show", new, "--json", cwd=project)
    shown = json.loads(res.output)
    assert shown["status"] == "closed" and shown["resolution"] == "Checked by the DPO"
    today = dt.date.today().isoformat()
    assert [e["date"] for e in shown["log"]] == [today] * 4
    assert [e["author"] for e in shown["log"]] == ["Ana Ruiz"] * 4
    res = invoke("ethics", "log", new, "--json", cwd=project)
    history = json.loads(res.output)["history"]
    assert [h["status"] for h in history] == ["open", "in_progress", "mitigated", "closed"]
    assert history[-1]["subject"] == f"deeprules: {new} mitigated -> closed"
    subjects = git(project, "log", "--format=%s", "--", "ethics/").splitlines()
    assert subjects[0] == f"deeprules: {new} mitigated -> closed"
    assert subjects[-1].startswith("deeprules: add ") and "ethics register" in subjects[-1]
    assert git(project, "status", "--porcelain").strip() == ""


def test_list_filters_by_status(project: Path) -> None:
    invoke("ethics", "update", "2", "--status", "in_progress", cwd=project)
    res: Any = invoke("ethics", "list", "--status", "in_progress", "--json", cwd=project)
    assert res.exit_code == 0
    assert [r["id"] for r in json.loads(res.output)["concerns"]] == ["ETH-0002"]
    res = invoke("ethics", "list", cwd=project)
    assert res.exit_code == 0 and f"ETH-{seeded(project):04d}" in res.output


def test_add_asks_for_missing_fields_only_in_a_terminal(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(project)
    new = f"ETH-{seeded(project) + 1:04d}"
    res: Any = invoke("ethics", "add", cwd=project)  # CliRunner's stdin is not a terminal
    assert res.exit_code == 2 and "--title" in res.output
    assert snapshot(project) == before
    import deeprules.cli.ethics as cli_ethics

    monkeypatch.setattr(cli_ethics, "_interactive", lambda: True)
    res = invoke("ethics", "add", "--severity", "low", cwd=project,
                 input="Annotators were not paid fairly\nTheir work built the labels.\n\n")
    assert res.exit_code == 0, res.output
    res = invoke("ethics", "show", new, "--json", cwd=project)
    shown = json.loads(res.output)
    assert shown["title"] == "Annotators were not paid fairly" and shown["severity"] == "low"
    assert "Their work built the labels." in shown["body"] and shown["owner"] is None


def test_export_formats(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.csv"
    res: Any = invoke("ethics", "export", "--format", "csv", "--output", str(out), cwd=project)
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    n = seeded(project)
    assert n >= 9  # the clinical example's concerns: consent, identifiable data, leakage, data use terms, ...
    assert [r["id"] for r in rows] == [f"ETH-{i:04d}" for i in range(1, n + 1)]
    res = invoke("ethics", "export", "--format", "json", "--status", "open", cwd=project)
    assert len(json.loads(res.output)) == n
    res = invoke("ethics", "export", "--format", "markdown", cwd=project)
    assert res.output.startswith("# Ethics register") and "| ETH-0003 |" in res.output


def test_export_github_writes_a_valid_form_and_the_gh_recipe(project: Path) -> None:
    import jsonschema

    invoke("ethics", "close", "1", "--resolution", "Covered by amendment 7", cwd=project)
    res: Any = invoke("ethics", "export", "--format", "github", cwd=project)
    assert res.exit_code == 0, res.output
    assert "gh issue create" in res.output and "jq -c '.[]' .github/ethics-open.json" in res.output
    schema = json.loads((DATA / "ethics" / "github-issue-forms.schema.json").read_text())
    form = yamlio.parse((project / ".github/ISSUE_TEMPLATE/ethics-concern.yml").read_text(), "f", round_trip=False)
    jsonschema.validate(json.loads(json.dumps(form)), schema)
    items = json.loads((project / ".github/ethics-open.json").read_text())
    assert len(items) == seeded(project) - 1 and items[0]["title"].startswith("ETH-0002: ")
    assert git(project, "log", "-1", "--format=%s").startswith("deeprules: export ethics register for GitHub")
    assert git(project, "status", "--porcelain").strip() == ""
    res = invoke("ethics", "export", "--help", cwd=project)
    assert "gh issue create" in res.output


@pytest.mark.parametrize("fixture", BAD_ARGS, ids=[p.stem for p in BAD_ARGS])
def test_bad_arguments_exit_2_and_change_nothing(project: Path, fixture: Path) -> None:
    spec = yamlio.load(fixture, round_trip=False)
    before = snapshot(project)
    head = git(project, "rev-parse", "HEAD")
    res: Any = invoke(*[str(a) for a in spec["args"]], cwd=project)
    assert res.exit_code == 2, res.output
    for word in spec["expect"]:
        assert word in res.output
    assert snapshot(project) == before and git(project, "rev-parse", "HEAD") == head


def test_malformed_file_exits_2_naming_file_and_line(project: Path) -> None:
    path = next((project / "ethics").glob("ETH-0004-*.md"))
    path.write_text(path.read_text().replace("status: open", "status: [open", 1))
    before = snapshot(project)
    for args in (["list"], ["show", "1"], ["update", "1", "--status", "closed"], ["add", "--title", "x"],
                 ["export", "--format", "csv"]):
        res: Any = invoke("ethics", *args, cwd=project)
        assert res.exit_code == 2, (args, res.output)
        assert f"deeprules: error: ethics/{path.name}:" in res.output and "malformed YAML" in res.output
    assert snapshot(project) == before


def test_not_a_repository(tmp_path: Path) -> None:
    res: Any = invoke("ethics", "list", cwd=tmp_path)
    assert res.exit_code == 2 and "not inside a git repository" in res.output


def test_help_has_examples() -> None:
    for cmd in ("list", "show", "add", "update", "close", "log", "export"):
        res: Any = invoke("ethics", cmd, "--help")
        assert res.exit_code == 0 and "deeprules ethics" in res.output
