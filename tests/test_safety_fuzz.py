"""Issue 11: a Hypothesis fuzz test for every file deeprules reads from a repository, through the real CLI
(in-process, typer's CliRunner). Whatever the bytes, the command ends with exit 0, 1 or 2 and a one-line
message, never a traceback.

Inputs are the real file mutated (bytes inserted, replaced or deleted at random places), YAML/JSON built from
random nested data, and raw random text. The default run is small so the suite stays fast; set
DEEPRULES_FUZZ_EXAMPLES=1000 for the full run (see the note in docs or the PR: it was run once per input).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import git, make_repo
from deeprules.cli.main import app

EXAMPLES = int(os.environ.get("DEEPRULES_FUZZ_EXAMPLES", "15"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 15,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])

RESULTS_CSV = "metric,value,split,subgroup\naverage_precision,0.91,test,\nroc_auc,0.95,test,site=B\n"
RESULTS_JSON = json.dumps([{"metric": "average_precision", "value": 0.91, "split": "test"}], indent=2)
MANIFEST = json.dumps({"name": "x", "resources": [{"name": "train", "path": "data/train.csv",
                                                  "hash": "sha256:" + "0" * 64, "bytes": 2,
                                                  "sources": [{"title": "t", "path": "https://example.org"}],
                                                  "version": "1", "downloaded": "2024-05-01"}]}, indent=2)
LOCK = json.dumps({"version": 2, "locked_at": "2024-05-01", "roots": ["data/test.csv"], "count": 1,
                   "digest": "sha256:" + "0" * 64, "files": {"data/test.csv": {"sha256": "sha256:" + "0" * 64}}})
CONFIG = "paths:\n  plan: PLAN.md\n  card: MODEL_CARD.md\ncheck:\n  select: [DR1, DR7]\n  ignore: {DR702: why}\n" \
         "  fail_under: 10\n"
PYPROJECT = '[project]\nname = "x"\n\n[tool.deeprules]\npaths = { plan = "PLAN.md" }\n' \
            'check = { fail_under = 10, select = ["DR1"] }\n'

_base: dict[str, Path] = {}


def base_project(tmp_root: Path) -> Path:
    """One initialised project per test session (copied for each test), with every file the tool reads."""
    if "p" not in _base:
        root = make_repo(tmp_root / "fuzz-base")
        result = CliRunner().invoke(app, ["init", "--example", "clinical", str(root)])
        assert result.exit_code == 0, result.output
        (root / "data").mkdir()
        (root / "data" / "test.csv").write_text("a\n")
        (root / "data" / "train.csv").write_text("a\n")
        for rel, text in ((".deeprules/results.json", RESULTS_JSON), ("datapackage.json", MANIFEST),
                          (".deeprules/test-lock.json", LOCK), ("results.csv", RESULTS_CSV)):
            (root / rel).write_text(text)
        git(root, "add", "-A")
        git(root, "commit", "-qm", "fuzz base")
        _base["p"] = root
    return _base["p"]


@pytest.fixture
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = base_project(tmp_path_factory.getbasetemp())
    dest = tmp_path_factory.mktemp("fuzz") / "p"
    shutil.copytree(base, dest, symlinks=True)
    return dest


def mutated(original: bytes) -> st.SearchStrategy[bytes]:
    """The real file with a few random edits: the inputs most likely to reach deep into a parser."""
    edit = st.tuples(st.integers(0, max(len(original), 1)), st.integers(0, 8),
                     st.one_of(st.binary(max_size=12),
                               st.sampled_from([b"\x00", b"\xff", b": ", b"- ", b"&a ", b"*a", b"[", b"{", b"\n  ",
                                                b"2026-13-01", b"1e999", b".nan", b"9" * 5000, b"!!python/object",
                                                b"<<: *a", b"---\n", b"'", b'"', b",", b"=HYPERLINK(", b"\x1b]0;",
                                                b"\t", b"\r", b"~", b"null", b"{}", b"[]"])))

    def apply(edits: list[tuple[int, int, bytes]]) -> bytes:
        data = bytearray(original)
        for pos, cut, new in edits:
            pos = min(pos, len(data))
            data[pos:pos + cut] = new
        return bytes(data)

    return st.lists(edit, min_size=1, max_size=4).map(apply)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                           | st.text(max_size=20),
                           lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids,
                                                                                      max_size=4), max_leaves=20)


def inputs(original: str) -> st.SearchStrategy[bytes]:
    from deeprules import yamlio

    structured = json_values.map(lambda v: json.dumps(v).encode())
    as_yaml = st.dictionaries(st.sampled_from(["title", "task", "n_samples", "paths", "check", "due", "status",
                                               "metric", "value", "fail_under", "select", "plan", "id"]),
                              json_values, max_size=5).map(lambda d: yamlio.dump(d).encode())
    return st.one_of(mutated(original.encode()), structured, as_yaml, st.binary(max_size=200),
                     st.text(max_size=200).map(str.encode))


def invoke(*args: str) -> None:
    result = CliRunner(env={"COLUMNS": "120"}).invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback: the test fails with it
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output)
    assert "Traceback" not in result.output


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_symlink() or path.is_file():
        path.unlink()
    path.write_bytes(data)


CASES: dict[str, tuple[str, Callable[[Path], list[list[str]]]]] = {
    ".deeprules/answers.yaml": ("answers", lambda p: [["assess", "--answers", str(p / ".deeprules/answers.yaml"),
                                                       "--json"], ["check", "--json", "-C", str(p)]]),
    ".deeprules/config.yaml": ("config", lambda p: [["check", "--json", "-C", str(p)],
                                                    ["card", "export", "--html", str(p.parent / "c.html"), "-C",
                                                     str(p)]]),
    "pyproject.toml": ("pyproject", lambda p: [["check", "--json", "-C", str(p)]]),
    "ethics/ETH-0001.md": ("concern", lambda p: [["ethics", "list", "--json", "-C", str(p)],
                                                 ["ethics", "show", "1", "-C", str(p)]]),
    "MODEL_CARD.md": ("card", lambda p: [["card", "check", "--json", "-C", str(p)],
                                         ["card", "export", "--html", str(p.parent / "c.html"), "-C", str(p)]]),
    "results.csv": ("results-csv", lambda p: [["card", "fill", "--results", str(p / "results.csv"), "--dry-run",
                                               "-C", str(p)]]),
    ".deeprules/results.json": ("results-json", lambda p: [["card", "--dry-run", "-C", str(p)]]),
    "datapackage.json": ("manifest", lambda p: [["check", "--select", "DR4", "--json", "-C", str(p)],
                                                ["card", "--dry-run", "-C", str(p)]]),
    ".deeprules/test-lock.json": ("lock", lambda p: [["check", "--select", "DR702", "--json", "-C", str(p)]]),
}


def original_text(project: Path, rel: str) -> str:
    if rel == "ethics/ETH-0001.md":
        return sorted((project / "ethics").glob("ETH-0001-*.md"))[0].read_text()
    if rel == "pyproject.toml":
        return PYPROJECT
    if rel == ".deeprules/config.yaml":
        return CONFIG
    return (project / rel).read_text()


@pytest.mark.parametrize("rel", list(CASES), ids=[kind for kind, _ in CASES.values()])
def test_fuzz_every_file_the_tool_reads(project: Path, rel: str) -> None:
    target = sorted((project / "ethics").glob("ETH-0001-*.md"))[0] if rel == "ethics/ETH-0001.md" else project / rel
    commands = CASES[rel][1](project)

    @FUZZ
    @given(data=inputs(original_text(project, rel)))
    def fuzz(data: bytes) -> None:
        write(target, data)
        for command in commands:
            invoke(*command)

    fuzz()
