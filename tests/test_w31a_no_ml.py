"""w31a: scikit-learn's vendored joblib (TargetFinder's feature pipeline: `import sklearn.externals.joblib as joblib`
for parallel jobs) is no ML code; a repository with nothing else has no ML environment or CI to judge."""

from __future__ import annotations

from pathlib import Path

from test_checks_corpus import build  # the corpus's repository builder


def _verdicts(root: Path, files: dict[str, str]) -> dict[str, str]:
    return {r.id: r.status for r in build(root, files).results}


def test_sklearn_joblib_is_no_ml_code(tmp_path: Path) -> None:
    got = _verdicts(tmp_path / "r", {
        "chromatics/feature_generator.py": "import pandas as pd\nimport sklearn.externals.joblib as joblib\n\n"
                                           "def features(regions, n_jobs=4):\n"
                                           "    jobs = joblib.Parallel(n_jobs)\n"
                                           "    return jobs(joblib.delayed(len)(r) for r in regions)\n",
        "generate.py": "from sklearn.externals import joblib\nimport pandas as pd\n"})
    assert got["DR303"] == "na" and got["DR304"] == "na"


def test_sklearn_estimators_are_still_ml_code(tmp_path: Path) -> None:
    got = _verdicts(tmp_path / "r", {"fit.py": "from sklearn.externals import joblib\n"
                                               "from sklearn.linear_model import LogisticRegression\n"
                                               "clf = LogisticRegression(random_state=0).fit(X_train, y_train)\n"
                                               "joblib.dump(clf, 'model.pkl')\n"})
    assert got["DR303"] == "fail"
