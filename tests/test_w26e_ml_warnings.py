"""Hostile review 7 (session 11): what `baselines` and `compare` print is deeprules' own output. A small grouped table
(a fold, or a bootstrap replicate of whole groups, that holds one class has no AUC) made numpy's nanmean warn
"Mean of empty slice": the RuntimeWarning reached the user's terminal with numpy's file and line under the
results table, on a run that otherwise succeeded. Now an all-NaN mean is NaN quietly (the table already shows
it as n/a). The tests turn RuntimeWarning into an error, which is how the old code fails them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from conftest import invoke, make_repo


def run(cwd: Path, *args: str) -> tuple[int, str]:
    result: Any = invoke(*args, cwd=cwd)  # (conftest: exceptions other than an exit propagate)
    return result.exit_code, result.stderr


@pytest.mark.filterwarnings("error::RuntimeWarning")
def test_baselines_on_few_groups_print_no_python_warning(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    lines = ["a,b,label,grp", *(f"{rng.random():.3f},{rng.random():.3f},{i % 2},g{i % 10}" for i in range(80))]
    (tmp_path / "few_groups.csv").write_text("\n".join(lines) + "\n")
    code, err = run(tmp_path, "baselines", "few_groups.csv", "-t", "label", "-g", "grp", "--budget", "1",
                    "--folds", "2", "--inner-folds", "2", "--permutations", "0", "-j", "1", "-m", "dummy",
                    "-m", "logistic_regression", "--json")
    assert code == 0, err
    assert "Warning" not in err, err


@pytest.mark.filterwarnings("error::RuntimeWarning")
def test_compare_with_a_one_class_replicate_prints_no_python_warning(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "p")
    stem = root / "20260101T000000Z"
    rows = ["row,fold,target,score_dummy,pred_dummy", *(f"{i},{i % 2 + 1},{i % 2},0.5,0" for i in range(40))]
    Path(f"{stem}.folds.csv").write_text("\n".join(rows) + "\n")
    Path(f"{stem}.json").write_text(json.dumps({"task": "classification", "classes": [0, 1], "positive_class": 1,
                                                "metrics": ["roc_auc"], "models": [{"name": "dummy"}], "seed": 0}))
    (root / "oof.csv").write_text("\n".join(["row,score", *(f"{i},{0.9 if i % 2 else 0.1}" for i in range(40))])
                                  + "\n")
    code, err = run(root, "compare", "oof.csv", "--baselines", f"{stem}.json", "--json")
    assert code == 0, err
