"""Each compliance check on small real repositories, passing and failing, and the scores."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from deeprules.checks import Report, all_checks, run_checks, selection
from deeprules.config import load_config
from deeprules.errors import InputError
from deeprules.knowledge import load_knowledge
from deeprules.snapshot import WorkTreeSnapshot

MICRO = load_knowledge().examples["microscopy"]
TORCH_TRAIN = "import torch\nmodel = Net()\nloss.backward()\noptimizer.step()\n"


def sh(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


@pytest.fixture
def make(tmp_path: Path) -> Callable[..., Report]:
    counter = iter(range(1000))

    def build(files: dict[str, str], answers: str | None = MICRO, **kwargs: object) -> Report:
        root = tmp_path / f"r{next(counter)}"
        root.mkdir()
        sh(root, "init", "-q")
        if answers is not None:
            files = {".deeprules/answers.yaml": answers, **files}
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text)
        return run_checks(WorkTreeSnapshot(root), None, load_config(root), **kwargs)  # type: ignore[arg-type]

    return build


def res(report: Report, cid: str) -> tuple[str, float]:
    r = next(x for x in report.results if x.id == cid)
    return r.status, round(r.score, 1)


def test_check_data_is_consistent() -> None:
    kb = load_knowledge()
    checks = all_checks()
    assert {c.tip for c in checks} == set(range(1, 11))
    for c in checks:
        assert c.title and c.why and c.fix and c.help_uri
        for rec in (*c.recommendations, *c.attest):
            assert rec in kb.recommendation_by_id, (c.id, rec)


def test_dr101_plan(make: Callable[..., Report]) -> None:
    r = next(x for x in make({}).results if x.id == "DR101")
    assert (r.status, r.na_kind, r.adopt) == ("na", "not_adopted", "deeprules init")
    plan = "# Plan\n- [ ] **Seeds.** set them <!-- deeprules:T3.random-seeds -->\n"
    assert res(make({"PLAN.md": plan}), "DR101")[0] == "pass"


def test_dr102_open_questions_and_missing_answers(make: Callable[..., Report]) -> None:
    assert res(make({}), "DR102") == ("pass", 10.0)
    partial = MICRO.replace("compute: workstation_gpu", "compute:").replace('multi_site: "no"', "multi_site: unknown")
    r = next(x for x in make({}, partial).results if x.id == "DR102")
    assert r.status == "warn" and 0 < r.score < 10
    assert {e[2].split(":")[0] for e in r.evidence} == {"compute", "multi_site"}
    none = make({}, None)
    assert res(none, "DR102")[0] == "na"
    assert "answers" in next(x for x in none.results if x.id == "DR102").reason


def test_dr201_dr202_baselines(make: Callable[..., Report]) -> None:
    code = "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression(max_iter=1000)\n"
    rep = make({"baseline.py": code, "results/compare.csv": "model,auprc\nLogisticRegression,0.61\nCNN,0.72\n"})
    assert res(rep, "DR201")[0] == "pass" and res(rep, "DR202")[0] == "pass"
    ev = next(x for x in rep.results if x.id == "DR201").evidence
    assert ev[0][:2] == ("baseline.py", 2)
    rows = json.dumps([{"model": "random forest", "metric": "auprc", "value": 0.6}])
    assert res(make({".deeprules/results.json": rows}), "DR202")[0] == "pass"
    bare = make({"net.py": TORCH_TRAIN})
    assert res(bare, "DR201")[0] == "fail" and res(bare, "DR202")[0] == "fail"


def test_dr301_seeds_in_proportion(make: Callable[..., Report]) -> None:
    seeded = TORCH_TRAIN + "torch.manual_seed(0)\n"
    rep = make({"a.py": seeded, "b.py": TORCH_TRAIN, "util.py": "import torch\n"})
    assert res(rep, "DR301") == ("warn", 5.0)
    ev = next(x for x in rep.results if x.id == "DR301").evidence
    assert ("a.py", 5, "torch.manual_seed(0)") in ev
    assert any(e[0] == "b.py" and "no seed for PyTorch" in e[2] for e in ev)
    assert res(make({"a.py": seeded}), "DR301") == ("pass", 10.0)
    assert res(make({"b.py": TORCH_TRAIN}), "DR301") == ("fail", 0.0)
    assert res(make({"x.py": "print(1)\n"}), "DR301")[0] == "na"
    sk = ("from sklearn.ensemble import RandomForestClassifier\n"
          "m = RandomForestClassifier(random_state=0)\nm.fit(X, y)\n")
    assert res(make({"rf.py": sk}), "DR301")[0] == "pass"
    r_script = "library(caret)\nset.seed(42)\nfit <- train(y ~ ., data = d)\n"
    assert res(make({"model.R": r_script}), "DR301")[0] == "pass"
    tf = "import tensorflow as tf\ntf.keras.utils.set_random_seed(1)\nmodel.fit(x, y)\n"
    jax = "import jax\nkey = jax.random.PRNGKey(0)\nparams = optax.apply_updates(params, updates)\n"
    assert res(make({"tf.py": tf, "jx.py": jax}), "DR301")[0] == "pass"


def test_dr301_reads_notebook_code_cells(make: Callable[..., Report]) -> None:
    nb = {"cells": [{"cell_type": "markdown", "source": ["# torch.manual_seed(0) in prose is not code\n"]},
                    {"cell_type": "code", "source": ["import torch\n", "optimizer.step()\n"], "outputs": []}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    assert res(make({"train.ipynb": json.dumps(nb, indent=1)}), "DR301")[0] == "fail"
    nb["cells"][1]["source"].append("torch.manual_seed(0)\n")
    text = json.dumps(nb, indent=1)
    rep = make({"train.ipynb": text})
    assert res(rep, "DR301")[0] == "pass"
    line = next(x for x in rep.results if x.id == "DR301").evidence[0][1]
    assert "manual_seed" in text.splitlines()[line - 1]


def test_dr302_determinism(make: Callable[..., Report]) -> None:
    on = TORCH_TRAIN + "torch.use_deterministic_algorithms(True)\n"
    assert res(make({"a.py": on}), "DR302")[0] == "pass"
    assert res(make({"a.py": TORCH_TRAIN}), "DR302")[0] == "fail"
    sk = "import sklearn\nm.fit(X, y)\n"
    assert res(make({"a.py": sk}), "DR302")[0] == "na"


def test_dr303_environment(make: Callable[..., Report]) -> None:
    ml = {"net.py": "import torch\n"}
    assert res(make({"net.py": "x = 1\n", "uv.lock": "version = 1\n"}), "DR303")[0] == "na"  # no ML code
    assert res(make({**ml, "uv.lock": "version = 1\n"}), "DR303")[0] == "pass"
    assert res(make({**ml, "requirements.txt": "numpy==1.26.4\ntorch\n# comment\n"}), "DR303") == ("warn", 5.0)
    env = "name: x\ndependencies:\n  - python=3.11\n  - numpy=1.26\n  - pip:\n    - torch==2.2.0\n"
    assert res(make({**ml, "environment.yml": env}), "DR303")[0] == "pass"
    assert res(make({**ml, "pyproject.toml": "[project]\n"}), "DR303")[0] == "fail"


def test_dr304_ci(make: Callable[..., Report]) -> None:
    ml = {"net.py": "import torch\n"}
    wf = "on: push\njobs:\n  t:\n    steps:\n      - run: pip install -r requirements.txt\n      - run: pytest\n"
    assert res(make({**ml, ".github/workflows/ci.yml": wf, "requirements.txt": "x==1\n"}), "DR304")[0] == "pass"
    assert res(make({**ml, ".gitlab-ci.yml": "test:\n  script:\n    - pytest\n"}), "DR304")[0] == "pass"
    dead = make({**ml, ".github/workflows/ci.yml": wf})  # installs a file that is gone
    r = next(x for x in dead.results if x.id == "DR304")
    assert r.status == "fail" and "requirements.txt" in r.evidence[0][2]
    assert res(make({**ml, ".github/workflows/ci.yml": "on: push\n"}), "DR304")[0] == "fail"
    assert res(make({**ml, "ci.yml": "x"}), "DR304")[0] == "fail"


def test_dr304_evidence_is_the_step_that_tests(make: Callable[..., Report]) -> None:
    """The evidence a user reads is the step that exercises the project, not the first set-up line (the
    evidence audit of session 10: 6 of 7 CI passes showed `pip install --upgrade pip`, `python --version` or a
    Miniconda download), and the workflow that tests comes before one that only publishes."""
    ml = {"net.py": "import torch\n", "requirements.txt": "x==1\n"}
    steps = ("python --version", "python -m pip install --upgrade pip", "pip install flake8 pytest",
             "echo running pytest", "pytest -q tests")
    tests = "on: push\njobs:\n  t:\n    steps:\n" + "".join(f"      - run: {s}\n" for s in steps)
    publish = "on: release\njobs:\n  p:\n    steps:\n      - run: pip install build\n      - run: python -m build\n"
    r = next(x for x in make({**ml, ".github/workflows/tests.yml": tests,
                              ".github/workflows/a_publish.yml": publish}).results if x.id == "DR304")
    assert r.status == "pass"
    assert r.evidence[0][0] == ".github/workflows/tests.yml" and r.evidence[0][2] == "pytest -q tests"
    assert r.evidence[1][2] == "python -m build"


def test_dr401_manifest(make: Callable[..., Report]) -> None:
    full = {"resources": [{"name": "a", "path": "data/a.csv", "hash": "sha256:00", "version": "1",
                           "downloaded": "2024-01-01", "sources": [{"title": "Zenodo", "path": "https://z"}]}]}
    assert res(make({"datapackage.json": json.dumps(full, indent=2)}), "DR401")[0] == "pass"
    half = {"resources": [{"name": "a", "path": "a.csv", "hash": "sha256:00", "sources": [{"path": "https://z"}]}]}
    assert res(make({"datapackage.json": json.dumps(half, indent=2)}), "DR401") == ("warn", 5.0)
    assert res(make({"datapackage.json": "{"}), "DR401")[0] == "fail"
    assert res(make({}), "DR401")[0] == "fail"


def test_dr501_ticked_plan_item_is_the_evidence(make: Callable[..., Report]) -> None:
    assert res(make({}), "DR501")[0] == "fail"
    plan = "# Plan\n\n- [x] **Start from known designs.** ok <!-- deeprules:T5.start-from-known-designs -->\n"
    rep = make({"PLAN.md": plan})
    r = next(x for x in rep.results if x.id == "DR501")
    assert r.status == "pass" and r.evidence[0][:2] == ("PLAN.md", 3) and "ticked" in r.evidence[0][2]
    assert res(make({"README.md": "# X\n## Architecture\nA ResNet-18.\n"}), "DR501")[0] == "fail"  # prose


def test_dr501_evidence_is_the_network_written_in_the_project(make: Callable[..., Report]) -> None:
    """A user reading the evidence sees the project's own network before a pretrained model loaded in an
    analysis folder or an example (session 10's audit of agreed passes)."""
    files = {"analysis/vep.py": "import torch\nfrom transformers import AutoModel\n"
                                "model = AutoModel.from_pretrained('songlab/x')\n",
             "examples/toy.py": "import torch.nn as nn\nclass Toy(nn.Module):\n    pass\n",
             "pkg/model.py": "import torch.nn as nn\nclass ConvNet(nn.Module):\n    pass\n"}
    r = next(x for x in make(files).results if x.id == "DR501")
    assert r.status == "pass" and r.evidence[0][0] == "pkg/model.py"
    assert [e[0] for e in r.evidence][-1] == "analysis/vep.py"


def test_evidence_shows_the_call_before_the_import(make: Callable[..., Report]) -> None:
    """An import says what a file may use; the evidence a user reads is the line that uses it (session 10's
    audit: Azimuth's search was shown as `from hyperopt import hp, fmin, tpe`)."""
    code = ("from hyperopt import hp, fmin, tpe\nimport torch\n\nspace = {'lr': hp.loguniform('lr', -9, -2)}\n"
            "best = fmin(objective, space, algo=tpe.suggest, max_evals=50)\n")
    r = next(x for x in make({"tune.py": code}).results if x.id == "DR601")
    assert r.status == "pass" and not r.evidence[0][2].startswith("from hyperopt")


def test_notebook_evidence_is_the_code_line_not_a_comment_quoting_it(make: Callable[..., Report]) -> None:
    """A notebook comment that quotes the next line (`# import wandb and the Keras callback`) is not where the
    code is: the evidence names the code's line and shows its text (dlomix, session 10's audit)."""
    cell = ["# import wandb and the Keras Callback\n", "import wandb\n", "wandb.init(project='rt')\n"]
    nb = {"cells": [{"cell_type": "code", "source": cell, "metadata": {}, "outputs": [], "execution_count": 1}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(nb, indent=1)
    r = next(x for x in make({"walkthrough.ipynb": text, "train.py": TORCH_TRAIN}).results if x.id == "DR602")
    assert r.status == "pass"
    path, line, shown = r.evidence[0]
    assert path == "walkthrough.ipynb"
    assert not shown.startswith("#") and shown in text.split("\n")[line - 1]


def test_one_helper_seeding_two_scripts_is_cited_once(make: Callable[..., Report]) -> None:
    """Two training scripts seeded by one helper: the helper's line is one piece of evidence, not the same line
    twice (CLEAN and EXPERT showed it twice; session 10's audit)."""
    helper = "import torch\n\ndef seed_everything(seed=0):\n    torch.manual_seed(seed)\n"
    script = "from utils import seed_everything\nseed_everything(0)\n" + TORCH_TRAIN
    r = next(x for x in make({"utils.py": helper, "train_a.py": script, "train_b.py": script}).results
             if x.id == "DR301")
    assert r.status == "pass" and len(r.evidence) == len(set(r.evidence))


def test_dr601_search(make: Callable[..., Report]) -> None:
    assert res(make({"tune.py": "import optuna\nstudy = optuna.create_study()\n"}), "DR601")[0] == "pass"
    assert res(make({"configs/search_space.yaml": "lr: [1e-4, 1e-2]\n"}), "DR601")[0] == "pass"
    assert res(make({"a.py": "x = 1\n"}), "DR601")[0] == "fail"


def test_dr701_split_matches_the_answers(make: Callable[..., Report]) -> None:
    grouped = "from sklearn.model_selection import GroupKFold\ncv = GroupKFold(5)\n"
    plain = "from sklearn.model_selection import train_test_split\n"
    assert res(make({"split.py": grouped}), "DR701")[0] == "pass"
    assert res(make({"split.py": plain}), "DR701")[0] == "fail"
    independent = MICRO.replace('independent_samples: "no"', 'independent_samples: "yes"')
    assert res(make({"split.py": plain}, independent), "DR701")[0] == "pass"
    seq = load_knowledge().examples["sequences"]
    assert res(make({"split.sh": "x", "cluster.py": "os.system('mmseqs easy-cluster in.fa out tmp')\n"}, seq),
               "DR701")[0] == "pass"
    assert res(make({"split.py": grouped}, seq), "DR701") == ("warn", 5.0)
    # the advice for sequences cut from one genome holds out whole chromosomes instead of clustering
    chroms = "import torch\ntest_chroms = ['chr8', 'chr9']\nvalid_chroms = ['chr10']\n"
    assert res(make({"data.py": chroms}, seq), "DR701")[0] == "pass"


def test_dr701_time_ordered_data_need_a_split_by_time(make: Callable[..., Report]) -> None:
    """The clinical example answers that its records are ordered in time, so the advice is a split by time:
    a random or only grouped split is not what the plan asked for, a date cut-off or TimeSeriesSplit is."""
    clinical = load_knowledge().examples["clinical"]
    grouped = "from sklearn.model_selection import GroupKFold\ncv = GroupKFold(5)\n"
    plain = "from sklearn.model_selection import train_test_split\n"
    cutoff = "import pandas as pd\ntrain = df[df.admit_year < 2016]\ntest = df[df.admit_year >= 2016]\n"
    assert res(make({"split.py": plain}, clinical), "DR701")[0] == "fail"
    assert res(make({"split.py": grouped}, clinical), "DR701") == ("warn", 5.0)
    assert res(make({"split.py": cutoff}, clinical), "DR701")[0] == "pass"
    # (w25a: used, not only imported: an import alone splits nothing)
    assert res(make({"cv.py": "from sklearn.model_selection import TimeSeriesSplit\ncv = TimeSeriesSplit(5)\n"},
                    clinical), "DR701")[0] == "pass"
    # without time order, the same records call for patients and hospitals held out: a random split fails
    untimed = clinical.replace('time_ordered: "yes"', 'time_ordered: "no"')
    assert untimed != clinical
    assert res(make({"split.py": plain}, untimed), "DR701")[0] == "fail"
    assert res(make({"split.py": grouped}, untimed), "DR701")[0] == "pass"


def test_dr701_paired_inputs_need_entities_held_out(make: Callable[..., Report]) -> None:
    """Drug pairs answered as paired inputs get the cold split as the plan's split: a random split of pairs
    puts every test drug in training and fails; entities held out (a grouped split, cold-split folders) pass."""
    paired = load_knowledge().examples["molecules"].replace('paired_inputs: "no"', 'paired_inputs: "yes"')
    assert "paired_inputs: \"yes\"" in paired
    plain = "from sklearn.model_selection import train_test_split\n"
    grouped = "from sklearn.model_selection import GroupKFold\ncv = GroupKFold(5).split(X, y, groups=drug_ids)\n"
    assert res(make({"split.py": plain}, paired), "DR701")[0] == "fail"
    assert res(make({"split.py": grouped}, paired), "DR701")[0] == "pass"
    assert res(make({"data/unseen_drug/test.csv": "a,b\n1,2\n", "split.py": plain}, paired), "DR701")[0] == "pass"


def test_dr702_test_lock(make: Callable[..., Report], tmp_path: Path) -> None:
    import hashlib

    digest = "sha256:" + hashlib.sha256(b"a,b\n").hexdigest()
    lock = json.dumps({"version": 1, "locked_at": "2024-01-01", "files": {"data/test.csv": {"sha256": digest}}})
    assert res(make({"data/test.csv": "a,b\n", ".deeprules/test-lock.json": lock}), "DR702")[0] == "pass"
    changed = make({"data/test.csv": "a,c\n", ".deeprules/test-lock.json": lock})
    r = next(x for x in changed.results if x.id == "DR702")
    assert r.status == "fail" and r.evidence[0][0] == "data/test.csv" and "changed" in r.evidence[0][2]
    assert res(make({".deeprules/test-lock.json": lock}), "DR702")[0] == "fail"
    assert res(make({}), "DR702")[0] == "na"


def test_dr703_metrics_for_imbalance(make: Callable[..., Report]) -> None:
    pr = "from sklearn.metrics import average_precision_score\nap = average_precision_score(y, scores)\n"
    # (w26b: a metric only imported scores nothing; these are called)
    acc = ("from sklearn.metrics import accuracy_score, roc_auc_score\n"
           "print(accuracy_score(y, p), roc_auc_score(y, q))\n")
    assert res(make({"eval.py": pr}), "DR703")[0] == "pass"
    assert res(make({"eval.py": acc}), "DR703") == ("warn", 3.0)
    balanced = MICRO.replace("minority_fraction: 0.048", "minority_fraction: 0.45")
    assert res(make({"eval.py": acc}, balanced), "DR703")[0] == "pass"
    regression = MICRO.replace("task: classification", "task: regression")
    assert res(make({"eval.py": acc}, regression), "DR703")[0] == "na"


CARD = """---
license: mit
---
# Model card

## Interpretability

{interp}

## Caveats and recommendations

{claims}
"""


def test_dr801_dr901_dr1002_card(make: Callable[..., Report]) -> None:
    high = MICRO.replace("interpretability: low", "interpretability: high")
    good = CARD.format(interp="Integrated gradients highlight the cell wall.", claims="Predicts taxa; not causal.")
    rep = make({"MODEL_CARD.md": good}, high)
    assert res(rep, "DR801")[0] == "pass" and res(rep, "DR901")[0] == "pass" and res(rep, "DR1002")[0] == "pass"
    holes = CARD.format(interp="[More Information Needed]", claims="Gene X drives the bloom.")
    rep = make({"MODEL_CARD.md": holes}, high)
    assert res(rep, "DR801")[0] == "fail"
    r = next(x for x in rep.results if x.id == "DR901")
    assert r.status == "warn" and r.evidence[0][1] == 12 and "drives" in r.evidence[0][2]
    assert res(rep, "DR1002") == ("warn", 5.0)
    assert res(make({}, high), "DR801")[0] == "na"
    assert res(make({}), "DR801")[0] == "na"  # interpretability low: does not apply
    assert res(make({}), "DR1002")[0] == "fail"  # releasing without a card
    insight = MICRO.replace("goal: prediction", "goal: insight")
    assert res(make({"MODEL_CARD.md": holes}, insight), "DR901")[0] == "na"


def test_dr1001_ethics(make: Callable[..., Report]) -> None:
    def concern(status: str, severity: str) -> str:
        return f"---\nid: ETH-0001\ntitle: Consent\nstatus: {status}\nseverity: {severity}\n---\n# Consent\n"

    assert res(make({"ethics/ETH-0001-consent.md": concern("open", "high")}), "DR1001")[0] == "fail"
    assert res(make({"ethics/ETH-0001-consent.md": concern("mitigated", "high")}), "DR1001")[0] == "pass"
    assert res(make({"ethics/ETH-0001-consent.md": concern("open", "low")}), "DR1001")[0] == "pass"
    assert res(make({}), "DR1001")[0] == "na"


def test_scores_leave_out_na_and_ignored(make: Callable[..., Report]) -> None:
    rep = make({"a.py": TORCH_TRAIN + "torch.manual_seed(0)\n"}, select=["DR3"], ignore={"DR304": "no CI here"})
    assert [r.id for r in rep.results] == ["DR301", "DR302", "DR303", "DR304"]
    # DR301 pass (10, weight 2), DR302 fail (0, weight 1), DR303 fail (0), DR304 ignored
    assert rep.tips[3] == pytest.approx(100 * 20 / 40)
    assert rep.overall == rep.tips[3]
    d = rep.to_dict()
    assert {"id": "DR304", "why": "ignored: no CI here"} in d["not_counted"]
    assert d["stamp"]["checkset"] and d["stamp"]["deeprules"]


def test_select_and_ignore_errors() -> None:
    with pytest.raises(InputError, match="no such check"):
        selection(["DR999"])
    with pytest.raises(InputError, match="reason"):
        selection(None, {"DR301": ""})


def test_bulk_listing_finds_the_same_facts_as_one_by_one() -> None:
    from deeprules.checks.scan import FactIndex

    texts = {"py": "import torch\nloss.backward()\ntorch.manual_seed(0)\n", "md": "## Architecture\n",
             "csv": "model,auc\nrandom forest,0.7\nour CNN,0.8\n"}
    paths = sorted({f"data/part{i}/s{i}.csv" for i in range(300)} | {
        "results/baseline.csv", "Results/RF.TSV", "out/metrics_final.json", "reports", "a/b/Train.PY", "nb.ipynb",
        "docs/x.md", "README.MD", "requirements-dev.txt", "env/environment.yml", "uv.lock", "Jenkinsfile",
        ".github/workflows/ci.yml", "sweep_space.yaml", ".deeprules/answers.yaml", "x.tar.gz", "odd\nname.py",
        "baseline_notes.txt", "r/analysis.R", "evaluation/table.html", "a.py.bak", "data.r.csv"})

    def read(path: str) -> str:
        ext = path.rsplit(".", 1)[-1].lower()
        return texts.get("py" if ext in ("py", "r", "ipynb") else ext, "baseline\n")

    for listing in (paths, [p for p in paths if "\n" not in p]):  # with an odd name: one by one
        one, bulk = FactIndex(), FactIndex()
        for path in listing:
            one.update(path, "0" * 40 + path, read)
        bulk.add_all(listing, lambda p: "0" * 40 + p, read)
        assert bulk.by_path == one.by_path and list(bulk.by_path) == list(one.by_path)
        assert bulk.by_fact == one.by_fact
        assert "results/baseline.csv" in bulk.by_path and "Jenkinsfile" in bulk.by_path


def test_explain_shows_verdict_evidence_and_fix(tmp_path: Path) -> None:
    from conftest import invoke

    root = tmp_path / "x"
    root.mkdir()
    sh(root, "init", "-q")
    (root / "train.py").write_text(TORCH_TRAIN)
    out = invoke("check", "--explain", "dr301", cwd=root)
    assert out.exit_code == 0  # type: ignore[attr-defined]
    text = out.output  # type: ignore[attr-defined]
    assert "verdict: fail" in text and "train.py:4" in text and "torch.manual_seed(0)" in text
    data = json.loads(invoke("check", "--explain", "DR702", "--json", cwd=root).output)  # type: ignore[attr-defined]
    assert data["na_kind"] == "not_adopted" and data["adopt"].startswith("deeprules lock-test")
    bad = invoke("check", "--explain", "DR999", cwd=root)
    assert bad.exit_code == 2 and "DR301" in bad.output  # type: ignore[attr-defined]


def test_skipped_files_are_the_same_cold_and_warm(tmp_path: Path) -> None:
    root = tmp_path / "s"
    root.mkdir()
    sh(root, "init", "-q")
    (root / "weights.py").write_bytes(b"import torch\n\0\0binary")
    (root / "train.py").write_text(TORCH_TRAIN)
    sh(root, "add", "-A")
    memo: dict = {}
    cold = run_checks(WorkTreeSnapshot(root), None, load_config(root), memo=memo)
    warm = run_checks(WorkTreeSnapshot(root), None, load_config(root), memo=memo)  # every blob memoised
    assert cold.skipped == warm.skipped == {"binary": 1}


def test_dr701_spatial_data_need_whole_blocks_held_out(make: Callable[..., Report]) -> None:
    """Answers that say samples are close in space get the spatial block split as the plan's split (w22e's
    question): spatial block CV (verde, blockCV, spatialsample) or GroupKFold over blocks passes, a random split
    fails, and a chromosome hold-out keeps other relatives apart than the ones the answers name (a warning,
    not the pass any structured split used to get)."""
    spatial = MICRO.replace('spatial_structure: "no"', 'spatial_structure: "yes"')
    assert spatial != MICRO
    plain = "from sklearn.model_selection import train_test_split\n"
    assert res(make({"split.py": plain}, spatial), "DR701")[0] == "fail"
    for name, code in (("split.py", "import verde as vd\ncv = vd.BlockKFold(spacing=0.5, n_splits=5)\n"),
                       ("split.R", "library(blockCV)\nsb <- cv_spatial(x = pa, k = 5, size = 350000)\n"),
                       ("folds.R", "folds <- spatialsample::spatial_block_cv(plots, v = 5)\n"),
                       ("cv.py", "from sklearn.model_selection import GroupKFold\ncv = GroupKFold(5)\n")):
        assert res(make({name: code}, spatial), "DR701")[0] == "pass", code
    chroms = "import torch\ntest_chroms = ['chr8', 'chr9']\n"
    assert res(make({"data.py": chroms}, spatial), "DR701") == ("warn", 5.0)
