"""A cloned repository is hostile until parsed: a file holding a megabyte on one line (spaces, a repeated word, a
path run) made the patterns backtrack for hours, each search costing the square of the line's length. Lines are now
read up to `scan.LINE_MAX` characters, after strings and comments are blanked, so a long line costs what a short
one does and the code after it is still read. And `history` reads an R script as `check` does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import git, make_repo
from deeprules.checks.incremental import Versions
from deeprules.checks.scan import LINE_MAX, analyze

TRAIN = "import torch\n{long}\ntorch.manual_seed(0)\nfor x, y in loader:\n    loss.backward()\n    optimizer.step()\n"


def test_check_on_files_with_huge_lines_ends_and_still_reads_the_code_after_them(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "lab")
    (root / ".github" / "workflows").mkdir(parents=True)
    # each of these took minutes to hours before (40,000 spaces in a CI file alone: 66 s)
    (root / ".github" / "workflows" / "ci.yml").write_text("on: push\njobs:\n  t:\n    steps:\n      - run: pytest\n"
                                                           + " " * 300_000 + "\n")
    (root / "run.sh").write_text("python train.py " + "attention" * 30_000 + "\n")
    (root / "data.md5").write_text("dim." * 60_000 + "\n")
    (root / "README.md").write_text("| a |\n" + " " * 200_000 + "|\n")
    (root / "train.py").write_text(TRAIN.format(long="SEQ = '" + "ACGT" * 50_000 + "'"))
    seeds = _seeds_checked(root)
    assert seeds["status"] == "pass"
    assert ["train.py", 3] in [[e["path"], e["line"]] for e in seeds["evidence"]]


def _seeds_checked(root: Path) -> dict:
    """DR301 as `check --json` gives it on everything in `root`, committed; the whole run within 120 s."""
    git(root, "add", ".")
    git(root, "commit", "-qm", "hostile")
    done = subprocess.run([sys.executable, "-m", "deeprules", "check", "-C", str(root), "--json"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return next(c for c in json.loads(done.stdout)["checks"] if c["id"] == "DR301")


def test_a_string_opened_past_the_cap_still_closes_where_it_closes() -> None:
    """The cap cuts blanked code, never the text: a docstring opened after the cap on a long line still ends at
    its closing quotes, so the seed inside it is prose and the one after it is code."""
    text = ("import torch\nx = '" + "a" * (LINE_MAX + 200) + "'; NOTE = \"\"\"\ntorch.manual_seed(7) is prose here\n"
            "\"\"\"\ntorch.manual_seed(1)\noptimizer.step()\n")
    assert [n for n, _ in analyze("train.py", text, "py")["seed_torch"]] == [5]


def test_a_long_line_edited_between_versions_gives_the_facts_of_a_full_analysis() -> None:
    versions = Versions()
    long = "y = [" + ", ".join(["1"] * LINE_MAX) + "]  # torch.manual_seed(3)"
    first = TRAIN.format(long=long)
    second = first.replace("y = [1", "y = [2").replace("torch.manual_seed(0)\n", "")
    third = second + "torch.manual_seed(5)\n"
    for text in (first, second, third):
        assert versions.analyze("train.py", text, "py") == analyze("train.py", text, "py")
    assert versions.reused == 2


def test_history_reads_an_r_scripts_strings_as_check_does() -> None:
    """A seed written inside an R string is no seed, for `check` (the analysis blanks R strings) and for
    `history` (which re-used the version before without blanking them, and read it as one)."""
    first = 'library(caret)\nmsg <- "call set.seed(1) before train(x)"\nfit <- train(y ~ ., data = d)\n'
    second = first + "z <- 1\n"
    versions = Versions()
    for text in (first, second):
        got = versions.analyze("model.r", text, "r")
        assert got == analyze("model.r", text, "r")
        assert "seed_r" not in got


def _notebook(sources: list[list[str]]) -> str:
    cells = [{"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [], "source": src}
             for src in sources]
    # as Jupyter writes a notebook: one JSON line per source line, non-ASCII characters as they are
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 4}, indent=1,
                      ensure_ascii=False)


def test_a_notebook_line_with_a_non_ascii_comment_is_its_own_evidence() -> None:
    text = _notebook([["import torch\n", "x = 1\n"], ["torch.manual_seed(0)  # 固定随机种子\n", "optimizer.step()\n"]])
    [(line, shown)] = analyze("train.ipynb", text)["seed_torch"]
    assert "manual_seed" in shown
    assert "manual_seed" in text.split("\n")[line - 1]


def test_check_on_a_long_notebook_of_accented_comments_ends(tmp_path: Path) -> None:
    """Each source line with a non-ASCII character was searched to the end of the file: the square of the
    notebook's length (8,000 such cells took 21 s; these 40,000 took about ten minutes)."""
    root = make_repo(tmp_path / "lab")
    sources = [[f"# étape {i}\n", f"x{i} = {i}\n"] for i in range(40_000)]
    sources.append(["import torch\n", "torch.manual_seed(0)  # graine\n", "optimizer.step()\n"])
    (root / "analyse.ipynb").write_text(_notebook(sources))
    assert _seeds_checked(root)["status"] == "pass"
