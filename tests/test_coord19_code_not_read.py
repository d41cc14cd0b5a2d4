"""Code in languages the checks do not read is named under the table and in the JSON (coordinator, session 19):
tabdelaal/CyTOF-Linear-Classifier cross-validates over whole samples in MATLAB scripts, and its failing DR701
said nothing of the 23 files deeprules could not see."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import invoke
from deeprules.checks import run_checks
from deeprules.config import load_config
from deeprules.snapshot import WorkTreeSnapshot

MATLAB_CV = ("CVO = cvpartition(1:1:length(SamplesData),'k',3);\nfor i = 1:CVO.NumTestSets\n"
             "    model = fitcdiscr(DataTrain, LabelsTrain);\nend\n")


def repo(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "r"
    root.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def test_matlab_and_julia_files_are_counted_outside_tests_and_docs(tmp_path: Path) -> None:
    root = repo(tmp_path, {"train.py": "import torch\n", "HMIS/LDA_SamplesCV.m": MATLAB_CV,
                           "AML/LDA_AML.m": MATLAB_CV, "src/fit.jl": "using Flux\n",
                           "tests/test_lda.m": MATLAB_CV, "docs/example.jl": "using Flux\n"})
    report = run_checks(WorkTreeSnapshot(root), None, load_config(root))
    assert report.unread == {"MATLAB/Octave (.m)": 2, "Julia (.jl)": 1}
    data = json.loads(invoke("check", "--json", cwd=root).output)  # type: ignore[attr-defined]
    assert data["code_not_read"] == {"MATLAB/Octave (.m)": 2, "Julia (.jl)": 1}
    text = invoke("check", cwd=root).output  # type: ignore[attr-defined]
    assert "code not read: 2 MATLAB/Octave (.m), 1 Julia (.jl) file(s)" in " ".join(text.split())
    # the same from the report memoised by the cache (a warm run reads no file)
    assert json.loads(invoke("check", "--json", cwd=root).output)["code_not_read"] == data["code_not_read"]  # type: ignore[attr-defined]


def test_a_python_repository_says_nothing_of_unread_code(tmp_path: Path) -> None:
    root = repo(tmp_path, {"train.py": "import torch\n", "README.md": "# x\n"})
    data = json.loads(invoke("check", "--json", cwd=root).output)  # type: ignore[attr-defined]
    assert data["code_not_read"] == {}
    assert "code not read" not in invoke("check", cwd=root).output  # type: ignore[attr-defined]
