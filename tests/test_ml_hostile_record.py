"""The Markdown summary `baselines` and `audit` commit into a project carries the table's column names and the
user's file names as text: no terminal escapes in the file, no HTML, link or table cell from a column name."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("sklearn")

from conftest import git, invoke

FAST = ("--budget", "1", "--folds", "2", "--inner-folds", "2", "--permutations", "0", "-m",
        "logistic_regression", "--jobs", "1")
PROXY = "<img src=x onerror=alert(1)>|\x1b]8;;http://evil.example\x1b\\L\x1b]8;;\x1b\\"
GROUP = "donor\x1b[31m<b>"


def unsafe(text: str) -> list[str]:
    """Lines with a terminal escape, or a tag outside a code span (where Markdown shows it as text)."""
    return [ln for ln in text.splitlines()
            if "\x1b" in ln or re.search(r"(?<!\\)<(img|b>)", re.sub(r"`[^`]*`", "", ln))]


def test_baselines_and_audit_summaries_carry_column_names_as_text(repo: Path) -> None:
    (repo / ".deeprules").mkdir()
    (repo / ".deeprules" / "answers.yaml").write_text("independent_samples: \"no\"\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "start")
    rng = np.random.default_rng(0)
    y = np.repeat([0, 1], 60)
    frame = pd.DataFrame({PROXY: np.arange(120) + 1000.0 * y, "b": rng.normal(size=120),
                          GROUP: [f"d{i // 2}" for i in range(120)], "y": y})
    frame.to_csv(repo / "cells.csv", index=False)
    r = invoke("baselines", "cells.csv", "--target", "y", "--group", GROUP, *FAST, cwd=repo)
    assert r.exit_code == 0, r.output
    (summary,) = (repo / ".deeprules" / "baselines").glob("*.md")
    text = summary.read_text()
    assert "alone predicts" in text and "onerror" in text  # the warning names the column, as text
    assert not unsafe(text)
    frame.iloc[:80].to_csv(repo / "train\x1b[2J<b>.csv", index=False)
    frame.iloc[80:].to_csv(repo / "test.csv", index=False)
    r = invoke("audit", "train\x1b[2J<b>.csv", "test.csv", "--group", GROUP, cwd=repo)
    assert r.exit_code in (0, 1), r.output
    (audit,) = (repo / ".deeprules" / "audit").glob("*.md")
    assert not unsafe(audit.read_text())
