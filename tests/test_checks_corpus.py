"""The fixture corpus (tests/data/repos/corpus.py): every evidence pattern and every false positive of issue
13 as a real repository, checked as a newcomer would, with the verdict a reader gives."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest

from deeprules.checks import Report, run_checks
from deeprules.config import load_config
from deeprules.snapshot import WorkTreeSnapshot

_spec = importlib.util.spec_from_file_location("corpus", Path(__file__).parent / "data" / "repos" / "corpus.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


def build(root: Path, files: dict[str, str]) -> Report:
    root.mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return run_checks(WorkTreeSnapshot(root), None, load_config(root))


@pytest.mark.parametrize("name", sorted(corpus.CASES))
def test_corpus_case(name: str, tmp_path: Path) -> None:
    files, expected = corpus.CASES[name]
    # every case is an ML repository (some checks do not apply to a repository without ML code)
    report = build(tmp_path / "r", {"pkg/net.py": "import torch\n", **files})
    got = {r.id: r for r in report.results}
    for cid, status in expected.items():
        r = got[cid]
        assert r.status == status, f"{name}: {cid} is {r.status} ({r.reason}), expected {status}"
        if status == "pass":  # a pass shows where: a file that exists, a line in it
            path, line, _ = r.evidence[0]
            assert path in files and 1 <= line <= max(1, files[path].count("\n") + 1), (name, r.evidence)


def test_manuscript_scores_below_ml_repositories(tmp_path: Path) -> None:
    paper = build(tmp_path / "paper", corpus.MANUSCRIPT)
    assert paper.overall is not None
    for name, files in corpus.ML_REPOS.items():
        ml = build(tmp_path / name.replace(" ", "-"), files)
        assert ml.overall is not None and ml.overall > paper.overall + 10, (name, ml.overall, paper.overall)


def test_tip7_is_evaluated_without_answers_and_skipped_checks_say_why(tmp_path: Path) -> None:
    report = build(tmp_path / "r", corpus.ML_REPOS["seeded torch project"])
    assert report.tips[7] is not None and report.tips[7] > 0
    data = report.to_dict()
    cannot = {x["id"]: x["why"] for x in data["could_not_run"]}
    assert "DR102" in cannot and "answers" in cannot["DR102"]
    adopt = {x["id"]: x["adopt"] for x in data["not_adopted"]}
    assert adopt["DR702"].startswith("deeprules lock-test") and adopt["DR101"] == "deeprules init"


# every eighth case, saved as a Windows editor saves it (CRLF line ends): the same verdicts as its LF twin, since
# the analysis reads a file's lines, not its bytes (patterns anchored at a line's end read `\r` as a character)
@pytest.mark.parametrize("name", sorted(corpus.CASES)[::8])
def test_corpus_case_with_windows_line_ends(name: str, tmp_path: Path) -> None:
    files, expected = corpus.CASES[name]
    crlf = {rel: text.replace("\r\n", "\n").replace("\n", "\r\n") for rel, text in files.items()}
    root = tmp_path / "r"
    root.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    for rel, text in {"pkg/net.py": "import torch\r\n", **crlf}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(text.encode("utf-8"))
    got = {r.id: r for r in run_checks(WorkTreeSnapshot(root), None, load_config(root)).results}
    for cid, status in expected.items():
        assert got[cid].status == status, f"{name} (CRLF): {cid} is {got[cid].status} ({got[cid].reason})"


_NOTEBOOK_CASES = sorted(n for n, (files, _) in corpus.CASES.items() if any(p.endswith(".ipynb") for p in files))


# every notebook case with its cells' lines ended as a Windows Jupyter writes them (`\r\n` inside the JSON
# strings): the same verdicts
@pytest.mark.parametrize("name", _NOTEBOOK_CASES)
def test_notebook_case_with_windows_line_ends_in_cells(name: str, tmp_path: Path) -> None:
    import json

    files, expected = corpus.CASES[name]
    windows = dict(files)
    for rel, text in files.items():
        if rel.endswith(".ipynb"):
            nb = json.loads(text)
            for cell in nb.get("cells", []):
                src = cell.get("source", [])
                lines = src if isinstance(src, list) else str(src).splitlines(keepends=True)
                cell["source"] = [line.removesuffix("\n").removesuffix("\r") + "\r\n" if line.endswith("\n") else line
                                  for line in lines]
            windows[rel] = json.dumps(nb, indent=1)
    report = build(tmp_path / "r", {"pkg/net.py": "import torch\n", **windows})
    got = {r.id: r for r in report.results}
    for cid, status in expected.items():
        assert got[cid].status == status, f"{name} (CRLF cells): {cid} is {got[cid].status} ({got[cid].reason})"
