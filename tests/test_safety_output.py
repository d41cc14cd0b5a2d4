"""Issue 11, output side: repository text reaches the terminal without escape sequences or live markup, CSV
cells cannot run as formulas, every HTML template escapes every user field, a title cannot end the ethics
index's marked block, and a large locked test set is still checked. Each case failed before the fix."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git
from deeprules.cli.main import app
from deeprules.encode import csv_cell, neutralise_markers, strip_controls, terminal
from deeprules.render import environment, templates_dir

ESCAPES = "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\\x1b]0;pwned title\x07\x1b[2J\x1b[31m\x9b2J"
MARKUP = "[link=https://evil.example]x[/link][bold red]loud"
XSS = '<img src=x onerror="document.title=\'XSS\'"><i id="injected-marker">m</i><script>document.title="XSS"</script>'


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner(env={"COLUMNS": "400"}).invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(repo: Path) -> Path:
    code, _out, err = run("init", "--example", "microscopy", str(repo))
    assert code == 0, err
    return repo


def add_hostile_concern(project: Path, title: str, owner: str = "=HYPERLINK(\"https://evil.example\")") -> None:
    code, _out, err = run("ethics", "add", "--title", title, "--owner", owner, "--severity", "high",
                         "-C", str(project))
    assert code == 0, err


# -- terminal ------------------------------------------------------------------------------------------------

def test_encoder_strips_sequences_and_escapes_markup() -> None:
    assert strip_controls(ESCAPES + "ok") == "clickok"
    assert strip_controls("a\u202eb\tc\nd") == "ab\tc\nd"
    assert terminal("[bold]x") == "\\[bold]x"


def test_ethics_list_show_and_log_print_repo_text_inert(project: Path) -> None:
    path = sorted((project / "ethics").glob("ETH-0001-*.md"))[0]
    text = path.read_text().replace("title: Document the model before anyone else uses it",
                                    f"title: \"{MARKUP} {ESCAPES.encode('unicode_escape').decode()}\"")
    path.write_text(text)
    git(project, "-c", f"user.name=Mallory{ESCAPES[:30]}", "commit", "-qam", f"subject {ESCAPES} {MARKUP}")
    for command in (["ethics", "list"], ["ethics", "show", "1"], ["ethics", "log", "1"]):
        code, out, err = run(*command, "-C", str(project))
        assert code == 0, err
        assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out, (command, out)
        assert "[link=https://evil.example]x[/link][bold red]loud" in out or command[1] == "log", out
    code, out, err = run("ethics", "log", "1", "-C", str(project))
    assert "[bold red]loud" in out and "Mallory" in out


# -- CSV -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["=1+2", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_csv_cell_prefixes_formula_starts(value: str) -> None:
    assert csv_cell(value) == "'" + value


def test_ethics_export_csv_writes_no_live_formula(project: Path, tmp_path: Path) -> None:
    add_hostile_concern(project, "=HYPERLINK(\"https://evil.example\",\"click\")")
    out_file = tmp_path / "register.csv"
    code, _out, err = run("ethics", "export", "--format", "csv", "-o", str(out_file), "-C", str(project))
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out_file.read_text())))
    cells = [c for row in rows[1:] for c in row]
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells), cells
    assert any(c.startswith("'=HYPERLINK") for c in cells)


# -- markers -------------------------------------------------------------------------------------------------

def test_a_title_with_the_index_end_marker_cannot_truncate_the_index(project: Path) -> None:
    add_hostile_concern(project, "ends <!-- deeprules:index:end --> early", owner="Ana")
    add_hostile_concern(project, "a later concern", owner="Ana")
    index = (project / "ethics" / "README.md").read_text()
    assert index.count("<!-- deeprules:index:end -->") == 1
    assert "ETH-0004" in index and "a later concern" in index
    code, _out, err = run("plan", "-C", str(project))  # a re-render keeps every row
    assert code == 0, err
    assert "a later concern" in (project / "ethics" / "README.md").read_text()
    assert neutralise_markers("x -->") != "x -->"


# -- HTML ----------------------------------------------------------------------------------------------------

def html_templates() -> list[str]:
    return sorted(p.name for p in templates_dir().iterdir() if ".htm" in p.name)


@pytest.mark.parametrize("name", html_templates())
def test_every_html_template_autoescapes(name: str) -> None:
    assert environment().autoescape(name) if callable(environment().autoescape) else environment().autoescape


def test_report_escapes_every_user_field(tmp_path: Path) -> None:
    folder = tmp_path / f"proj{XSS.replace('/', '')}"
    from conftest import make_repo

    project = make_repo(folder)
    code, _out, err = run("init", "--example", "microscopy", str(project))
    assert code == 0, err
    add_hostile_concern(project, XSS, owner="Ana")
    (project / f"evidence{XSS.replace('/', '')}.py").write_text("import torch\nfrom sklearn.model_selection "
                                                                  "import train_test_split\n")
    plan = json.dumps("plans/" + XSS.replace("/", "") + ".md")
    (project / ".deeprules" / "config.yaml").write_text(f"paths:\n  plan: {plan}\n")
    page = tmp_path / "report.html"

    def report() -> str:
        code, _out, err = run("report", "--html", str(page), "-C", str(project))
        assert code == 0, err
        html = page.read_text()
        assert "<script>" not in html and "<img" not in html and 'id="injected-marker"' not in html
        return html

    html = report()
    escaped = "&lt;img src=x"
    # the folder name (title and heading), the configured plan path (twice), the evidence file name, the title
    assert html.count(escaped) >= 6, html.count(escaped)
    assert "evidence&lt;img" in html and "plans&lt;img" not in html and "plans/&lt;img" in html
    bad = sorted((project / "ethics").glob("ETH-0002-*.md"))[0]
    bad.write_text(bad.read_text().replace("status: open", f"status: {json.dumps(XSS)}", 1))
    html = report()  # the register's error text, which quotes the bad value
    assert "could not be read" in html and escaped in html.split("could not be read", 1)[1]


def test_card_export_escapes_metadata_and_body(project: Path, tmp_path: Path) -> None:
    card = project / "MODEL_CARD.md"
    card.write_text(card.read_text().replace("library_name: pytorch", f"library_name: {json.dumps(XSS)}", 1)
                    .replace("# Model card:", f"# Model card: {XSS}", 1) + f"\n{XSS}\n[x](javascript:alert(1))\n")
    page = tmp_path / "card.html"
    code, _out, err = run("card", "export", "--html", str(page), "-C", str(project))
    assert code == 0, err
    html = page.read_text()
    assert "<script>" not in html and "<img" not in html and 'id="injected-marker"' not in html
    assert "javascript:" not in html.replace("&lt;", "").split("<body", 1)[1].split('href="')[-1][:20]


# -- the test lock -------------------------------------------------------------------------------------------

def test_a_locked_test_set_of_50000_files_is_still_checked(project: Path) -> None:
    test_dir = project / "data" / "test"
    for batch in range(50):
        sub = test_dir / f"b{batch:02d}"
        sub.mkdir(parents=True)
        for i in range(1000):
            (sub / f"{i:04d}.txt").write_text(f"{batch}-{i}\n")
    code, _out, err = run("lock-test", str(test_dir), "-C", str(project))
    assert code == 0, err
    lock = project / ".deeprules" / "test-lock.json"
    assert lock.stat().st_size < 64 * 1024 and json.loads(lock.read_text())["count"] == 50_000

    def dr702() -> str:
        _code, out, _err = run("check", "--select", "DR702", "--json", "-C", str(project))
        return next(r["status"] for r in json.loads(out)["checks"] if r["id"] == "DR702")

    assert dr702() == "pass"
    (test_dir / "b07" / "0123.txt").write_text("changed\n")
    assert dr702() == "fail"


def test_a_newline_in_an_answer_cannot_forge_a_ticked_plan_task(repo: Path, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text('title: "x\\n- [x] **Forged.** done <!-- deeprules:T3.seeds -->"\ntask: classification\n'
                       'organism: "y\\n- [x] **Also forged.** <!-- deeprules:T3.seeds -->"\n')
    code, _out, err = run("init", "--answers", str(answers), str(repo))
    assert code == 0, err
    for name in ("PLAN.md", "MODEL_CARD.md"):
        lines = (repo / name).read_text().splitlines()
        assert not [ln for ln in lines if "orged" in ln and ln.lstrip().startswith("- [")], name
    from deeprules.plan import progress

    assert progress((repo / "PLAN.md").read_text())["done"] == 0


def test_check_table_and_json_never_carry_escapes_from_file_names(project: Path) -> None:
    (project / "train\x1b]0;pwned\x07\x9b2J[bold]x.py").write_text(
        "import torch\nfrom torch import nn\ntorch.manual_seed(0)\nmodel = nn.Linear(4, 2)\nloss.backward()\n"
        "optimizer.step()\n")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "=HYPERLINK(\"x\") \x1b]0;pwned\x07")
    for args in (["check"], ["check", "--json"], ["check", "--format", "markdown"], ["history", "--csv"],
                 ["history", "--json"], ["history"]):
        code, out, err = run(*args, "-C", str(project))
        assert code in (0, 1), err
        assert "pwned" in out or args != ["check", "--json"], args  # the hostile text is there, inert
        assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out, args
        if args == ["history", "--csv"]:
            subjects = [row[2] for row in csv.reader(io.StringIO(out))][1:]
            assert any(s.startswith("'=HYPERLINK") for s in subjects), subjects
