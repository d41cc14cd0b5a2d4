"""w32a: InterpretML's glass-box learner fitted per fold (absplice's ExplainableBoostingClassifier over splicing
scores, in a repository without a network) is the model, a classical learner (DR501), and no interpretation by its
import alone (DR802); one learner family alone is the method, not a baseline compared with it (DR201)."""

from __future__ import annotations

from pathlib import Path

from test_checks_corpus import build  # the corpus's repository builder

_EBM = ("import pandas as pd\nfrom sklearn.model_selection import GroupKFold\n"
        "from interpret.glassbox import ExplainableBoostingClassifier\n\n"
        "def train_model_ebm(df, features, nsplits=5):\n    X = df[features]\n    y = df[['outlier']]\n"
        "    groups = df.index.get_level_values('sample')\n    models = []\n"
        "    for fold, (train, test) in enumerate(GroupKFold(n_splits=nsplits).split(X, y, groups=groups)):\n"
        "        model = ExplainableBoostingClassifier()\n        model.fit(X.iloc[train], y.iloc[train])\n"
        "        models.append(model)\n    return models\n")


def test_glassbox_learner_is_the_model_not_an_explanation(tmp_path: Path) -> None:
    got = {r.id: r.status for r in build(tmp_path / "r", {"absplice/ensemble.py": _EBM}).results}
    assert got["DR501"] == "pass"
    assert got["DR802"] == "fail"
    assert got["DR201"] == "fail"
    assert got["DR701"] == "pass"  # folds grouped by sample


_KIPOI_LOADER = ("from kipoi.data import SampleIterator\n\nclass SpliceOutlierDataloader(SampleIterator):\n"
                 "    def __init__(self, path):\n        self.path = path\n")


def test_kipoi_data_loader_builds_no_network(tmp_path: Path) -> None:
    """absplice's dataloader derives from Kipoi's SampleIterator, a data interface: the repository still builds no
    network, so its EBM is the classical method, not a baseline beside a network."""
    files = {"absplice/ensemble.py": _EBM, "absplice/dataloader.py": _KIPOI_LOADER}
    got = {r.id: r.status for r in build(tmp_path / "r", files).results}
    assert got["DR501"] == "pass"
    assert got["DR201"] == "fail"
    assert got["DR203"] == "na"
