"""Every README snippet runs as written: the shell blocks in order, in one shell (a `cd` carries over, as for a
reader following the README top to bottom), in a temporary folder with a hermetic git identity and no network.

Lines that need the network or are the test suite itself are skipped, each for a stated reason. A line whose
comment says "exit 1" must exit 1 (it is a gate); every other line must exit 0. The CI step's script and the
pre-commit hook from the README's YAML blocks run too (less the `pip install`).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"

#: (pattern, why it is not run here)
SKIP = [
    (r"^python3 -m venv ", "creates a virtual environment and installs from the package index (needs the network)"),
    (r"^pip install ", "installs from the package index (needs the network)"),
    (r"^ruff check ", "the linters: CI runs them"),
    (r"^pytest", "the test suite itself"),
    (r"^python benchmarks/", "a timing benchmark"),
    (r"^gh ", "GitHub's CLI (needs the network and a login)"),
    (r"^jq -c .* gh issue", "GitHub's CLI (needs the network and a login)"),
]
FENCE = re.compile(r"^```(?P<info>[^\n]*)\n(?P<body>.*?)^```\s*$", re.S | re.M)


def blocks() -> list[tuple[str, str]]:
    return [(m["info"].strip(), m["body"]) for m in FENCE.finditer(README.read_text(encoding="utf-8"))]


def commands(body: str) -> list[str]:
    """A shell block's commands: one a line, a line ending in `do`/`|`/`\\` joined with the next."""
    out: list[str] = []
    pending = ""
    for line in body.splitlines():
        if not line.strip():
            continue
        pending = f"{pending}\n{line}" if pending else line
        if not re.search(r"(\bdo|\||\\)\s*$", line.split("  #")[0]):
            out.append(pending)
            pending = ""
    if pending:
        out.append(pending)
    return out


def skip_reason(command: str) -> str | None:
    for pattern, why in SKIP:
        if re.search(pattern, command.strip(), re.S):
            return why
    if re.search(r"(^|\|\s*)jq\b", command) and shutil.which("jq") is None:
        return "jq is not installed"
    return None


def expected_exit(command: str) -> str:
    comment = command.split("  #", 1)[1] if "  #" in command else ""
    if "exit 1" in comment:
        return "1"
    if "--fail-under" in command or "--no-regression" in command:
        return "0|1"  # a gate: either verdict is a working command
    return "0"


def ci_script(yaml_text: str) -> list[str]:
    from ruamel.yaml import YAML

    steps = YAML(typ="safe").load(yaml_text)
    run = next(s["run"] for s in steps if "run" in s)
    return [ln for ln in run.splitlines() if ln.strip()]


def build_script(tmp: Path) -> tuple[str, list[str]]:
    """The README as one bash script; each command checked against its expected exit code."""
    lines = ["set -u", "step() { want=$1; shift; eval \"$1\"; rc=$?; case \"|$want|\" in *\"|$rc|\"*) ;; "
             "*) echo \"README command failed (exit $rc, expected $want): $1\" >&2; exit 99;; esac; }"]
    ran: list[str] = []
    for info, body in blocks():
        lang, _, name = info.partition(" ")
        if lang == "sh":
            for cmd in commands(body):
                if skip_reason(cmd) is None:
                    lines.append(f"step {shlex.quote(expected_exit(cmd))} {shlex.quote(cmd)}")
                    ran.append(cmd)
        elif lang == "csv" and name:
            lines.append(f"cat > {shlex.quote(name.strip())} <<'DEEPRULES_README_EOF'\n{body}DEEPRULES_README_EOF")
        elif lang == "yaml" and "GITHUB_STEP_SUMMARY" in body:
            for cmd in ci_script(body):
                if skip_reason(cmd) is None:
                    lines.append(f"step {shlex.quote(expected_exit(cmd))} {shlex.quote(cmd)}")
                    ran.append(cmd)
        elif lang == "yaml" and "repo: local" in body:
            from ruamel.yaml import YAML

            hook = YAML(typ="safe").load(body)["repos"][0]["hooks"][0]
            lines.append(f"step 0 {shlex.quote(hook['entry'])}")
            ran.append(hook["entry"])
    lines.append(f"pwd > {shlex.quote(str(tmp / 'final-cwd'))}")
    return "\n".join(lines) + "\n", ran


@pytest.fixture
def reader_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = Ana Ruiz\n\temail = ana@example.org\n"
                                     "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgSign = false\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "DEERULES"))}
    env.update(HOME=str(home), GIT_CONFIG_GLOBAL=str(home / ".gitconfig"), GIT_CONFIG_NOSYSTEM="1",
               COLUMNS="80", GITHUB_STEP_SUMMARY=str(tmp_path / "summary.md"), HF_HUB_OFFLINE="1",
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
               DEEPRULES_GIT_URL=ROOT.as_uri())
    return env


def test_readme_blocks_are_found() -> None:
    kinds = [info.split(" ")[0] for info, _ in blocks()]
    assert kinds.count("sh") >= 6 and "yaml" in kinds and "csv" in kinds


def test_every_readme_snippet_runs_as_written(tmp_path: Path, reader_env: dict[str, str]) -> None:
    work = tmp_path / "reader"
    work.mkdir()
    script, ran = build_script(tmp_path)
    assert any(c.startswith("deeprules init --answers answers.yaml") for c in ran)
    assert any("card fill --results results.csv" in c for c in ran)
    proc = subprocess.run(["bash", "-c", script], cwd=work, env=reader_env, capture_output=True, text=True,
                          timeout=900, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    project = Path((tmp_path / "final-cwd").read_text().strip())
    assert project.name == "my-project"
    # what the snippets promise is there
    assert (project / "PLAN.md").exists() and (project / "MODEL_CARD.md").exists()
    assert (project / "compliance.html").read_text().startswith("<!DOCTYPE html>")
    badge = json.loads((project / "deeprules-badge.json").read_text())
    assert badge["schemaVersion"] == 1
    assert json.loads((project / "deeprules.sarif").read_text())["version"] == "2.1.0"
    assert "| " in Path(reader_env["GITHUB_STEP_SUMMARY"]).read_text()
    log = subprocess.run(["git", "log", "--format=%s"], cwd=project, env=reader_env, capture_output=True,
                         text=True, check=True).stdout
    assert "ETH-0003" in log and "fill model card results" in log


def test_no_snippet_needs_a_placeholder() -> None:
    text = README.read_text(encoding="utf-8")
    for _info, body in blocks():
        assert not re.search(r"<(owner|user|org|name|your[^>]*)>", body), body
    assert "pip install deeprules" not in text  # not on the package index
    assert "[More Information Needed]" not in "".join(b for i, b in blocks() if i.startswith("yaml"))


def test_precommit_hook_fails_a_regression(tmp_path: Path, reader_env: dict[str, str]) -> None:
    from ruamel.yaml import YAML

    body = next(b for i, b in blocks() if i.startswith("yaml") and "repo: local" in b)
    hook = YAML(typ="safe").load(body)["repos"][0]["hooks"][0]
    assert hook["language"] == "system" and hook["pass_filenames"] is False
    shipped = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text())[0]
    assert shipped["entry"] == hook["entry"]  # the shipped hook and the README's agree
    project = tmp_path / "p"
    project.mkdir()

    def sh(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), cwd=project, env=reader_env, capture_output=True, text=True, check=False)

    sh("git", "init", "-q")
    assert sh("deeprules", "init", "--example", "microscopy").returncode == 0
    entry = shlex.split(hook["entry"])
    assert sh(*entry).returncode == 0  # nothing staged: no regression
    sh("git", "rm", "-q", "--cached", "PLAN.md")
    failed = sh(*entry)
    assert failed.returncode == 1 and "went down" in failed.stderr and "DR101" in failed.stderr


def test_readme_custom_check_example_is_valid() -> None:
    from ruamel.yaml import YAML

    from deeprules.custom import parse_custom_checks

    body = next(b for i, b in blocks() if i.startswith("yaml") and "custom:" in b)
    parsed = parse_custom_checks(YAML(typ="safe").load(body)["check"]["custom"], "README.md")
    assert parsed and parsed[0].id == "LAB001" and parsed[0].pattern
