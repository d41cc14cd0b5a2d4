"""`deeprules check`, `history`, `report`, `data add`, `lock-test` through the CLI, and the "done when" flow."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from deeprules.cli.main import app

DATA = Path(__file__).parent / "data" / "compliance"
TRAIN = "import torch\nfrom torch import nn\nmodel = nn.Linear(4, 2)\nloss.backward()\noptimizer.step()\n"


def sh(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "micro"
    root.mkdir()
    sh(root, "init", "-q")
    sh(root, "config", "user.name", "T")
    sh(root, "config", "user.email", "t@example.org")
    sh(root, "config", "commit.gpgSign", "false")
    code, _out, err = run("init", str(root), "--example", "microscopy")
    assert code == 0, err
    return root


def check_json(root: Path, *extra: str) -> dict:
    code, out, err = run("check", "-C", str(root), "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def status(data: dict, cid: str) -> str:
    return next(c["status"] for c in data["checks"] if c["id"] == cid)


def add_commit(root: Path, files: dict[str, str], message: str) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    sh(root, "add", *files)
    sh(root, "commit", "-qm", message)


def test_done_when_flow(project: Path) -> None:
    overall = [check_json(project)["overall"]]
    add_commit(project, {"train.py": TRAIN}, "train a network")
    d = check_json(project)
    assert status(d, "DR301") == "fail"
    overall.append(d["overall"])
    add_commit(project, {"train.py": TRAIN + "torch.manual_seed(0)\n"}, "set the seed")
    d = check_json(project)
    assert status(d, "DR301") == "pass"
    overall.append(d["overall"])
    add_commit(project, {"uv.lock": "version = 1\n"}, "pin the environment")
    d = check_json(project)
    assert status(d, "DR303") == "pass"
    overall.append(d["overall"])
    add_commit(project, {"data/test/labels.csv": "id,label\n1,a\n", "data/test/ids.txt": "1\n"}, "test data")
    code, out, err = run("lock-test", str(project / "data" / "test"), "-C", str(project))
    assert code == 0, err
    lock = json.loads((project / ".deeprules" / "test-lock.json").read_text())
    assert set(lock["files"]) == {"data/test/labels.csv", "data/test/ids.txt"}
    assert all(v["sha256"].startswith("sha256:") for v in lock["files"].values())
    assert "lock the test set" in sh(project, "log", "-1", "--format=%s")
    d = check_json(project)
    assert status(d, "DR702") == "pass"
    overall.append(d["overall"])
    # a training script makes the seed and determinism checks apply (and fail); each fix then raises the score
    assert overall[1] < overall[0]
    assert overall[1:] == sorted(set(overall[1:])) and overall[-1] > overall[0]

    (project / "data" / "test" / "labels.csv").write_text("id,label\n1,b\n")
    d = check_json(project)
    assert status(d, "DR702") == "fail"
    ev = next(c for c in d["checks"] if c["id"] == "DR702")["evidence"]
    assert ev[0]["path"] == "data/test/labels.csv"
    sh(project, "commit", "-qam", "relabel a test sample")

    code, out, err = run("history", "-C", str(project), "--json")
    assert code == 0, err
    points = json.loads(out)["points"]
    subjects = [p["subject"] for p in points]
    assert subjects[1:] == ["train a network", "set the seed", "pin the environment", "test data",
                            "deeprules: lock the test set (2 files)", "relabel a test sample"]
    by_subject = {p["subject"]: p for p in points}
    assert by_subject["deeprules: lock the test set (2 files)"]["checks"]["DR702"][0] == "pass"
    assert by_subject["relabel a test sample"]["checks"]["DR702"][0] == "fail"
    assert by_subject["set the seed"]["overall"] > by_subject["train a network"]["overall"]

    code, out, err = run("history", "-C", str(project), "--csv")
    assert code == 0 and out.splitlines()[0].startswith("commit,time,subject,overall,tip1")
    assert len(out.splitlines()) == len(points) + 1
    code, out, _ = run("history", "-C", str(project))
    assert code == 0 and "relabel" in out

    code, out, err = run("check", "-C", str(project), "--fail-under", "95")
    assert code == 1 and "under the threshold 95" in err
    assert run("check", "-C", str(project), "--fail-under", "0")[0] == 0


def test_formats(project: Path) -> None:
    code, md, _ = run("check", "-C", str(project), "--format", "markdown")
    assert code == 0 and md.startswith("## deeprules compliance:") and "| Tip | Score | Checks |" in md
    assert "### What to do next" in md and "check set" in md
    code, out, _ = run("check", "-C", str(project), "--format", "sarif")
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0" and "sarif" in sarif["$schema"]
    driver = sarif["runs"][0]["tool"]["driver"]
    assert driver["name"] == "deeprules" and driver["version"] and driver["informationUri"].startswith("https://")
    ids = {r["id"] for r in driver["rules"]}
    assert {"DR101", "DR702", "DR1002"} <= ids
    assert all(r["shortDescription"]["text"] and r["helpUri"] for r in driver["rules"])
    results = sarif["runs"][0]["results"]
    assert results and all(r["ruleId"] in ids and r["level"] in ("error", "warning") for r in results)
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] and loc["region"]["startLine"] >= 1
    code, out, _ = run("check", "-C", str(project))
    assert code == 0 and "What to do next" in out and "overall" in out


def test_select_ignore_and_config(project: Path) -> None:
    d = check_json(project, "--select", "DR3,DR7", "--ignore", "DR304=CI lives in another repo")
    assert {c["id"][:3] for c in d["checks"]} == {"DR3", "DR7"}
    assert {"id": "DR304", "why": "ignored: CI lives in another repo"} in d["not_counted"]
    (project / ".deeprules" / "config.yaml").write_text("check:\n  select: [DR1, DR4]\n  fail_under: 99\n")
    code, out, _err = run("check", "-C", str(project), "--json")
    assert code == 1 and {c["id"] for c in json.loads(out)["checks"]} == {"DR101", "DR102", "DR401"}
    (project / "pyproject.toml").write_text("[tool.deeprules.check]\nselect = ['DR4']\n")
    (project / ".deeprules" / "config.yaml").unlink()
    assert [c["id"] for c in check_json(project)["checks"]] == ["DR401"]


def test_staged_and_rev(project: Path) -> None:
    add_commit(project, {"net.py": "import torch\n"}, "model code")  # DR303 applies to ML code
    (project / "uv.lock").write_text("version = 1\n")
    assert status(check_json(project), "DR303") == "pass"
    assert status(check_json(project, "--staged"), "DR303") == "fail"
    sh(project, "add", "uv.lock")
    assert status(check_json(project, "--staged"), "DR303") == "pass"
    sh(project, "commit", "-qm", "lock")
    assert status(check_json(project, "--rev", "HEAD~1"), "DR303") == "fail"
    assert check_json(project, "--rev", "HEAD")["stamp"]["source"] == "commit"


def test_data_add_and_report(project: Path, tmp_path: Path) -> None:
    (project / "data").mkdir()
    (project / "data" / "train.csv").write_text("a,b\n1,2\n")
    code, _out, err = run("data", "add", str(project / "data" / "train.csv"), "--source", "https://zenodo.org/r/1",
                         "--version", "2.0", "--downloaded", "2024-05-01", "-C", str(project))
    assert code == 0, err
    pkg = json.loads((project / "datapackage.json").read_text())
    res = pkg["resources"][0]
    assert res["path"] == "data/train.csv" and res["hash"].startswith("sha256:") and res["bytes"] == 8
    assert res["sources"] == [{"title": "https://zenodo.org/r/1", "path": "https://zenodo.org/r/1"}]
    assert res["version"] == "2.0" and res["downloaded"] == "2024-05-01"
    assert status(check_json(project), "DR401") == "pass"
    assert sh(project, "status", "--porcelain", "datapackage.json") == ""
    page = tmp_path / "report.html"
    code, _out, err = run("report", "--html", str(page), "-C", str(project))
    assert code == 0, err
    html = page.read_text()
    assert "<svg" in html and "<script" not in html and "http://" not in html.replace("http://www.w3", "")
    assert "Plan progress" in html and "Open ethics concerns" in html


@pytest.mark.parametrize("name", sorted(json.loads((DATA / "expected.json").read_text())))
def test_bad_input_fixture(project: Path, name: str) -> None:
    spec = json.loads((DATA / "expected.json").read_text())[name]
    (project / "data" / "test").mkdir(parents=True)
    (project / "data" / "test" / "a.csv").write_text("1\n")
    (project / "data" / "train.csv").write_text("1\n")
    target = project / spec["target"]
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / name, target)
    before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file() and ".git" not in p.parts}
    args = [str(project / a) if a.startswith("data/") else a for a in spec["command"]]
    code, out, err = run(*args, "-C", str(project))
    assert code == 2, (out, err)
    for word in spec["words"]:
        assert word in err
    after = {p: p.read_bytes() for p in project.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert after == before


@pytest.mark.parametrize("args, words", [
    (["check", "--format", "xml"], ["--format", "markdown"]),
    (["check", "--ignore", "DR301"], ["reason"]),
    (["check", "--select", "DR999"], ["no such check"]),
    (["check", "--rev", "nope"], ["not a commit"]),
    (["data", "add", "@missing.csv", "--source", "x"], ["no such file"]),
    (["data", "add", "@data", "--source", "x", "--downloaded", "May"], ["YYYY-MM-DD"]),
    (["lock-test", "/etc/hostname"], ["outside the repository"]),
])
def test_bad_arguments(project: Path, args: list[str], words: list[str]) -> None:
    (project / "data").mkdir(exist_ok=True)
    (project / "data" / "x.csv").write_text("1\n")
    head = sh(project, "rev-parse", "HEAD")
    code, out, err = run(*[str(project / a[1:]) if a.startswith("@") else a for a in args], "-C", str(project))
    assert code == 2, (out, err)
    for word in words:
        assert word in err
    assert sh(project, "rev-parse", "HEAD") == head


def test_a_warm_check_sees_every_change_made_right_after_it(project: Path) -> None:
    """A warm `check` reuses its last report only for the same files with the same content: each change made
    right after a run (an edit of the same size within the same second, staging, a new untracked file, a deleted
    one) is seen, and the report is the one a run without the cache gives."""
    add_commit(project, {"net.py": "import torch\n", "train.py": TRAIN}, "training")

    def warm_and_cold(*extra: str) -> dict:
        warm = check_json(project, *extra)
        assert warm == check_json(project, "--no-cache", *extra)
        return warm

    check_json(project)
    assert status(warm_and_cold(), "DR301") == "fail"
    line = "model = nn.Linear(4, 2)\n"
    seeded = TRAIN.replace(line, "torch.manual_seed(0)".ljust(len(line) - 1) + "\n")
    assert len(seeded) == len(TRAIN)
    (project / "train.py").write_text(seeded)  # same size, same second as the cache just written
    assert status(warm_and_cold(), "DR301") == "pass"
    # edited again: git's report (" M train.py") is the same as before, only the content differs
    (project / "train.py").write_text(TRAIN.replace(line, "print(0)".ljust(len(line) - 1) + "\n"))
    assert status(warm_and_cold(), "DR301") == "fail"
    (project / "train.py").write_text(seeded)
    assert status(warm_and_cold(), "DR301") == "pass"
    sh(project, "add", "train.py")
    staged = warm_and_cold("--staged")
    assert status(staged, "DR301") == "pass" and staged["stamp"]["source"] == "index"
    (project / "uv.lock").write_text("version = 1\n")  # untracked
    assert status(warm_and_cold(), "DR303") == "pass"
    assert status(warm_and_cold("--staged"), "DR303") == "fail"
    (project / "uv.lock").unlink()
    assert status(warm_and_cold(), "DR303") == "fail"
    (project / "train.py").unlink()  # a tracked file deleted in the work tree
    assert status(warm_and_cold(), "DR301") != "pass"
    sh(project, "checkout", "HEAD", "--", "train.py")  # index and work tree back to the commit
    assert status(warm_and_cold(), "DR301") == "fail"
    assert status(warm_and_cold("--rev", "HEAD"), "DR301") == "fail"


def test_check_after_history_reads_the_same_and_survives_a_damaged_cache(project: Path) -> None:
    """`check` keeps its report and the memo entries of the tree it checked (check.bin, check-memo.bin) apart
    from the whole history's memo (memo.bin): after `history`, after any of them is damaged or removed, the
    report is the same."""
    add_commit(project, {"net.py": "import torch\n", "train.py": TRAIN + "torch.manual_seed(0)\n"}, "training")
    cold = check_json(project, "--no-cache")
    code, _out, err = run("history", "-C", str(project), "--json")
    assert code == 0, err
    assert check_json(project) == cold
    cache = project / ".git" / "deeprules-cache"
    assert all((cache / name).is_file() for name in ("check.bin", "check-memo.bin", "memo.bin"))
    (cache / "memo.bin").unlink()
    assert check_json(project) == cold
    (project / "notes.py").write_text("import numpy\n")  # a new blob: looked up in the whole memo, then read
    with_notes = check_json(project, "--no-cache")
    assert check_json(project) == with_notes
    for name in ("check.bin", "check-memo.bin"):
        (cache / name).write_bytes(b"\x00damaged")
    code, out, err = run("check", "-C", str(project), "--json")
    assert code == 0 and json.loads(out) == with_notes
    assert "check.bin was unreadable" in err and "check-memo.bin was unreadable" in err
    assert check_json(project) == with_notes


def test_a_warm_check_sees_a_locked_test_file_git_ignores_change(project: Path) -> None:
    """The test-set lock may name files git ignores, which only the work tree shows: a change to one is seen by
    the next `check`, however warm (its report is never reused while a lock exists)."""
    add_commit(project, {".gitignore": "private/\n"}, "ignore private data")
    (project / "private").mkdir()
    (project / "private" / "test.csv").write_text("id,label\n1,a\n")
    code, _out, err = run("lock-test", str(project / "private" / "test.csv"), "-C", str(project))
    assert code == 0, err
    assert status(check_json(project), "DR702") == "pass"
    assert status(check_json(project), "DR702") == "pass"
    (project / "private" / "test.csv").write_text("id,label\n1,b\n")
    assert status(check_json(project), "DR702") == "fail"


PLAIN_FORMS = [[], ["--json"], ["--format", "markdown"], ["-f", "SARIF"], ["--format", "badge"], ["--verbose"],
               ["--staged", "--json"], ["--rev", "HEAD", "-v"], ["--no-cache", "--json"], ["--rev", "nope"],
               ["--no-regression", "--json"]]


@pytest.mark.parametrize("args", PLAIN_FORMS, ids=lambda a: " ".join(a) or "check")
def test_check_without_typer_prints_what_the_typer_command_prints(project: Path, args: list[str]) -> None:
    """The common forms of `deeprules check` start without Typer (cli/check_run.py): the same output, the same
    errors, the same exit code as the Typer command."""
    import os
    import sys

    from deeprules.cli.check_run import plain_args

    add_commit(project, {"train.py": TRAIN + "torch.manual_seed(0)\n"}, "training")
    (project / "train.py").write_text(TRAIN)  # the seed removed: --no-regression says no
    assert plain_args(["-C", str(project), *args]) is not None  # this form takes the short path
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    proc = subprocess.run([sys.executable, "-m", "deeprules", "check", "-C", str(project), *args],
                          capture_output=True, text=True, env={**env, "COLUMNS": "100"})
    result = CliRunner().invoke(app, ["check", "-C", str(project), *args], env={"COLUMNS": "100"})
    assert (proc.returncode, proc.stdout, proc.stderr) == (result.exit_code, result.stdout, result.stderr)
    assert proc.returncode == (1 if "--no-regression" in args else 2 if "nope" in args else 0)


@pytest.mark.parametrize("args", [["--select", "DR3"], ["--help"], ["--format", "yaml"], ["--json", "extra"],
                                  ["-C"], ["-C", __file__], ["--format=json"], ["--fail-under", "50"]])
def test_other_forms_of_check_are_parsed_by_typer(args: list[str]) -> None:
    from deeprules.cli.check_run import plain_args

    assert plain_args(args) is None


def test_what_check_learnt_of_an_edit_serves_history_once_committed(project: Path) -> None:
    """The facts of a file edited in the work tree stay in check's working set (not the whole memo); once the
    edit is committed, `history` gives what it gives without any cache."""
    add_commit(project, {"net.py": "import torch\n", "train.py": TRAIN}, "training")
    assert run("history", "-C", str(project), "--json")[0] == 0  # the whole memo, filled
    (project / "train.py").write_text(TRAIN + "torch.manual_seed(0)\n")
    assert status(check_json(project), "DR301") == "pass"
    sh(project, "commit", "-qam", "seed")
    code, out, err = run("history", "-C", str(project), "--json")
    code_cold, out_cold, _ = run("history", "-C", str(project), "--json", "--no-cache")
    assert code == code_cold == 0, err
    warm, cold = json.loads(out)["points"], json.loads(out_cold)["points"]
    assert warm == cold and warm[-1]["checks"]["DR301"][0] == "pass"


def test_the_short_path_knows_the_same_formats_as_the_typer_command() -> None:
    from deeprules.cli.check_run import FORMATS
    from deeprules.cli.compliance import CheckFormat

    assert tuple(f.value for f in CheckFormat) == FORMATS
