"""A data pipeline without ML code (corpus.DATA_PIPELINE, modelled on a clinical database's concept code):
its statistics and labeler comparisons are not ML, so the checks that need ML code do not apply and it scores
below repositories that follow several tips."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from test_checks_corpus import build

_spec = importlib.util.spec_from_file_location("corpus", Path(__file__).parent / "data" / "repos" / "corpus.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


def test_a_data_pipeline_is_not_taken_for_an_ml_project(tmp_path: Path) -> None:
    report = build(tmp_path / "pipeline", corpus.DATA_PIPELINE)
    got = {r.id: r.status for r in report.results}
    # sklearn's metrics comparing two labelers are not a model; the environment and CI are the pipeline's
    assert got["DR303"] == "na" and got["DR304"] == "na", got
    # a propensity-score GLM is an analysis, not a baseline for a network
    assert got["DR201"] == "fail" and got["DR203"] == "na", got
    assert report.overall is not None
    for name, files in corpus.ML_REPOS.items():
        ml = build(tmp_path / name.replace(" ", "-"), files)
        assert ml.overall is not None and ml.overall > report.overall + 10, (name, ml.overall, report.overall)
