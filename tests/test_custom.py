"""A lab's own concerns (.deeprules/concerns.yaml, merged with the bundled ones) and simple checks
(`check: custom:` in the config), which `check` and `history` run and score; bad definitions are one error
naming the file and line, exit 2, nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app

CONFIG = """\
check:
  custom:
    - id: LAB001
      tip: 4
      title: The data dictionary is in the repository
      path: "docs/data-dictionary.*"
      pattern: "(?m)^## Units"
      fix: Write docs/data-dictionary.md with a Units section.
    - id: LAB002
      tip: 3
      title: A Snakefile drives the pipeline
      path: "**/Snakefile"
"""
CONCERNS = """\
concerns:
  - id: lab-animal-licence
    title: Animal procedures are covered by the licence
    severity: high
    tip: 10
    when: 'task == "classification"'
    why: >-
      The images come from animal experiments; the lab asks for the licence number in the register.
    actions:
      - Record the project licence number.
  - id: never-here
    title: A concern for regression projects only
    severity: low
    when: 'task == "regression"'
    why: Not for this project.
"""


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def lab(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "lab")
    (root / ".deeprules").mkdir()
    (root / ".deeprules" / "config.yaml").write_text(CONFIG)
    (root / ".deeprules" / "concerns.yaml").write_text(CONCERNS)
    code, _, err = run("init", str(root), "--example", "microscopy")
    assert code == 0, err
    return root


def checks(root: Path, *extra: str) -> dict:
    code, out, err = run("check", "-C", str(root), "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_lab_concerns_join_the_register_when_they_apply(lab: Path) -> None:
    files = sorted(p.name for p in (lab / "ethics").glob("ETH-*.md"))
    mine = [f for f in files if "animal-procedures" in f]
    assert len(mine) == 1
    text = (lab / "ethics" / mine[0]).read_text()
    assert "seed: lab-animal-licence" in text and "Record the project licence number." in text
    assert not any("regression-projects" in f for f in files)  # its condition does not hold
    assert "Animal procedures are covered by the licence" in (lab / "MODEL_CARD.md").read_text()


def test_custom_checks_are_run_and_scored(lab: Path) -> None:
    before = checks(lab)
    by_id = {c["id"]: c for c in before["checks"]}
    assert by_id["LAB001"]["status"] == "fail" and by_id["LAB002"]["status"] == "fail"
    assert by_id["LAB001"]["tip"] == 4 and "Units" in by_id["LAB001"]["fix"]
    (lab / "docs").mkdir()
    (lab / "docs" / "data-dictionary.md").write_text("# Dictionary\n\n## Units\nmicrometres\n")
    (lab / "workflow").mkdir()
    (lab / "workflow" / "Snakefile").write_text("rule all:\n  input: []\n")
    after = checks(lab)
    by_id = {c["id"]: c for c in after["checks"]}
    assert by_id["LAB001"]["status"] == "pass" and by_id["LAB001"]["evidence"][0]["line"] == 3
    assert by_id["LAB002"]["status"] == "pass"
    assert after["tips"]["4"] > before["tips"]["4"] and after["overall"] > before["overall"]
    assert [c["id"] for c in checks(lab, "--select", "LAB")["checks"]] == ["LAB001", "LAB002"]
    ignored = checks(lab, "--ignore", "LAB002=we use Nextflow")
    assert {c["id"]: c["ignored"] for c in ignored["checks"]}["LAB002"] == "we use Nextflow"
    # history scores them too, and a changed definition is not served from the cache
    git(lab, "add", ".")
    git(lab, "commit", "-qm", "dictionary and workflow")
    code, out, err = run("history", "-C", str(lab), "--json")
    assert code == 0, err
    points = json.loads(out)["points"]
    assert points[-1]["tips"]["4"] > points[0]["tips"]["4"]
    cfg = lab / ".deeprules" / "config.yaml"
    cfg.write_text(CONFIG.replace("(?m)^## Units", "(?m)^## Licences"))
    code, out, err = run("history", "-C", str(lab), "--json")
    assert json.loads(out)["points"][-1]["tips"]["4"] < points[-1]["tips"]["4"]


BAD_CONFIG = [
    ("    - id: DR999\n", 3, "must be letters then three digits"),
    ("      tip: 11\n", 4, "tip must be a number from 1 to 10"),
    ('      pattern: "(?m)^## [Units"\n', 7, "not a regular expression"),
    ("      colour: red\n", 9, "unknown key 'colour'"),
]


@pytest.mark.parametrize("line, number, words", BAD_CONFIG)
def test_bad_custom_checks_name_file_and_line(lab: Path, line: str, number: int, words: str) -> None:
    lines = CONFIG.splitlines(keepends=True)
    if line.strip().startswith("colour"):
        lines.insert(number - 1, line)
    else:
        lines[number - 1] = line
    (lab / ".deeprules" / "config.yaml").write_text("".join(lines))
    code, _, err = run("check", "-C", str(lab))
    assert code == 2
    assert f".deeprules/config.yaml:{number}:" in err and words in err
    assert len(err.strip().splitlines()) == 1


BAD_CONCERNS = [
    ("    severity: high\n", "    severity: huge\n", 4, "severity must be low, medium, high or blocker"),
    ("  - id: lab-animal-licence\n", "  - id: consent-scope\n", 2, "one of deeprules' own concerns"),
    ("    when: 'task == \"classification\"'\n", "    when: 'species == \"mouse\"'\n", 6, "unknown name"),
    ("    tip: 10\n", "    tip: 10\n    refs: [999]\n", 6, "reference numbers of the paper"),
]


@pytest.mark.parametrize("old, new, number, words", BAD_CONCERNS)
def test_bad_lab_concerns_name_file_and_line_and_change_nothing(lab: Path, old: str, new: str, number: int,
                                                                 words: str) -> None:
    (lab / ".deeprules" / "concerns.yaml").write_text(CONCERNS.replace(old, new, 1))
    head = git(lab, "rev-parse", "HEAD")
    before = {p: p.read_bytes() for p in lab.rglob("*") if p.is_file() and ".git" not in p.parts}
    code, _, err = run("plan", "-C", str(lab))
    assert code == 2, err
    assert f".deeprules/concerns.yaml:{number}:" in err and words in err
    assert git(lab, "rev-parse", "HEAD") == head
    after = {p: p.read_bytes() for p in lab.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert after == before
