"""Families of practice forms (session 9, w24d; issue 13): for tips 2, 3, 5, 6 and 8, the forms in which a
repository shows a practice (seeds, baselines, architectures, interpretation, searches, logged runs) in the
languages and configuration formats the corpus covers, and look-alikes that are not the practice (a seed in a
simulation script only, a baseline word in a plot, `shap` imported and never called, TF1 summaries never
written). Each member is a small repository checked as a newcomer would; the verdict is what a reader gives.

Members deeprules does not read yet are listed in GAPS with the reason (see /work/notes/w24d.md): they are left
out of the run, not marked as expected failures."""

# ruff: noqa: E501  (one member, one line: each small repository reads as a row of the family)
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from deeprules.checks import run_checks
from deeprules.config import load_config
from deeprules.snapshot import WorkTreeSnapshot

TL = "import torch\nfor x, y in loader:\n    loss = crit(model(x), y)\n    optimizer.zero_grad()\n    loss.backward()\n    optimizer.step()\n"
KF = "model.compile(optimizer='adam', loss='binary_crossentropy')\nmodel.fit(x, y, epochs=10)\n"
NET = "import torch.nn as nn\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc = nn.Linear(10, 1)\n"
def nb(*srcs: str, outputs: list[str] | None = None) -> str:
    cells = []
    for s in srcs:
        cells.append({"cell_type": "code", "source": s.splitlines(True), "metadata": {}, "execution_count": 1,
                      "outputs": [{"output_type": "stream", "name": "stdout", "text": outputs or []}]})
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
P: dict[str, tuple[dict[str, str], dict[str, str]]] = {}


def f(name: str, files: dict[str, str], exp: dict[str, str]) -> None:
    P[name] = (files, exp)


# ---------------- DR301 seeds
f("301 transformers set_seed", {"train.py": "from transformers import set_seed, Trainer\nset_seed(42)\ntrainer = Trainer(model=model, args=args)\ntrainer.train()\n"}, {"DR301": "pass"})
f("301 TrainingArguments seed", {"train.py": "from transformers import Trainer, TrainingArguments\nargs = TrainingArguments(output_dir='o', seed=42)\ntrainer = Trainer(model=model, args=args)\ntrainer.train()\n"}, {"DR301": "pass"})
f("301 accelerate set_seed", {"train.py": "from accelerate import Accelerator\nfrom accelerate.utils import set_seed\nset_seed(args.seed)\n" + TL}, {"DR301": "pass"})
f("301 lightning seed_everything cfg", {"train.py": "import lightning as L\nL.seed_everything(cfg.seed, workers=True)\ntrainer = L.Trainer(max_epochs=3)\ntrainer.fit(model, dm)\n", "configs/train.yaml": "seed: 12345\ntrainer:\n  max_epochs: 3\n"}, {"DR301": "pass"})
f("301 keras set_random_seed", {"train.py": "import tensorflow as tf\ntf.keras.utils.set_random_seed(7)\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n" + KF}, {"DR301": "pass"})
f("301 tf.random.set_seed + np", {"train.py": "import numpy as np\nimport tensorflow as tf\nnp.random.seed(1)\ntf.random.set_seed(1)\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n" + KF}, {"DR301": "pass"})
f("301 tf1 set_random_seed", {"train.py": "import tensorflow as tf\ntf.set_random_seed(1234)\nopt = tf.train.AdamOptimizer(1e-3).minimize(loss)\nfor i in range(100):\n    sess.run(opt, feed_dict=fd)\n"}, {"DR301": "pass"})
f("301 jax PRNGKey from cfg", {"train.py": "import jax\nimport optax\nkey = jax.random.PRNGKey(cfg.seed)\nparams = model.init(key, x)\ntx = optax.adam(1e-3)\nupdates, st = tx.update(g, st)\nparams = optax.apply_updates(params, updates)\n"}, {"DR301": "pass"})
f("301 equinox key", {"train.py": "import jax\nimport equinox as eqx\nimport optax\nkey = jax.random.PRNGKey(0)\nmodel = eqx.nn.MLP(2, 1, 32, 2, key=key)\nopt = optax.adam(1e-3)\nupdates, st = opt.update(g, st)\nmodel = eqx.apply_updates(model, updates)\n"}, {"DR301": "pass"})
f("301 mxnet seed", {"train.py": "import mxnet as mx\nmx.random.seed(42)\nnet = mx.gluon.nn.Dense(1)\ntrainer = mx.gluon.Trainer(net.collect_params(), 'adam')\nwith mx.autograd.record():\n    loss = l(net(x), y)\nloss.backward()\ntrainer.step(32)\n"}, {"DR301": "pass"})
f("301 R set.seed caret", {"train.R": "library(caret)\nset.seed(2019)\nfit <- train(y ~ ., data = d, method = 'rf', trControl = trainControl(method = 'cv'))\n"}, {"DR301": "pass"})
f("301 R keras set_random_seed", {"train.R": "library(keras)\ntensorflow::set_random_seed(42)\nmodel <- keras_model_sequential() %>% layer_dense(units = 1)\nmodel %>% compile(optimizer = 'adam', loss = 'mse')\nmodel %>% fit(x, y, epochs = 10)\n"}, {"DR301": "pass"})
f("301 xgboost seed param", {"train.py": "import xgboost as xgb\nparams = {'max_depth': 6, 'seed': 0}\nbst = xgb.train(params, dtrain, 100)\n"}, {"DR301": "pass"})
f("301 xgboost no seed", {"train.py": "import xgboost as xgb\nparams = {'max_depth': 6, 'subsample': 0.8}\nbst = xgb.train(params, dtrain, 100)\n"}, {"DR301": "fail"})
f("301 lightgbm random_state", {"train.py": "import lightgbm as lgb\nclf = lgb.LGBMClassifier(random_state=0)\nclf.fit(X, y)\n"}, {"DR301": "pass"})
f("301 seed in yaml read by helper", {"train.py": "import yaml\nimport torch\nfrom utils import setup_seed\ncfg = yaml.safe_load(open('config.yaml'))\nsetup_seed(cfg['setting']['seed'])\n" + TL, "utils.py": "import random\nimport numpy as np\nimport torch\ndef setup_seed(seed):\n    random.seed(seed)\n    np.random.seed(seed)\n    torch.manual_seed(seed)\n", "config.yaml": "setting:\n  seed: 20000812\n"}, {"DR301": "pass"})
f("301 seed cli default", {"train.py": "import argparse, torch\np = argparse.ArgumentParser()\np.add_argument('--seed', type=int, default=0)\nargs = p.parse_args()\ntorch.manual_seed(args.seed)\n" + TL}, {"DR301": "pass"})
f("301 seed only in simulation", {"simulate_data.py": "import numpy as np\nnp.random.seed(0)\nx = np.random.normal(size=(100, 10))\nnp.save('x.npy', x)\n", "train.py": TL}, {"DR301": "fail"})
f("301 seed after model built (torch)", {"train.py": "import torch\nmodel = Net()\noptimizer = torch.optim.Adam(model.parameters())\ntorch.manual_seed(0)\ntrain_set, val_set = torch.utils.data.random_split(ds, [80, 20])\nfor x, y in loader:\n    loss = crit(model(x), y)\n    loss.backward()\n    optimizer.step()\n", "model.py": NET}, {"DR301": "fail"})
f("301 numpy seed only, TF keras trains", {"train.py": "import numpy as np\nimport tensorflow as tf\nnp.random.seed(1)\nidx = np.random.permutation(n)\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n" + KF}, {"DR301": "fail"})
f("301 seed default None never passed", {"train.py": "import torch\nimport argparse\np = argparse.ArgumentParser()\np.add_argument('--seed', type=int, default=None)\nargs = p.parse_args()\nif args.seed is not None:\n    torch.manual_seed(args.seed)\n" + TL}, {"DR301": "fail"})
f("301 seed commented out", {"train.py": "import torch\n# torch.manual_seed(0)\n" + TL}, {"DR301": "fail"})
f("301 hydra seed key + seed_everything", {"src/train.py": "import hydra\nimport lightning as L\n@hydra.main(config_path='../configs', config_name='train')\ndef main(cfg):\n    if cfg.get('seed'):\n        L.seed_everything(cfg.seed, workers=True)\n    trainer = hydra.utils.instantiate(cfg.trainer)\n    trainer.fit(model=model, datamodule=dm)\n", "configs/train.yaml": "seed: 12345\n"}, {"DR301": "pass"})
f("301 notebook seed", {"train.ipynb": nb("import torch\ntorch.manual_seed(0)\n", TL)}, {"DR301": "pass"})
f("301 R torch_manual_seed", {"train.R": "library(torch)\ntorch_manual_seed(1)\nopt <- optim_adam(model$parameters)\nfor (b in enumerate(dl)) {\n  loss <- nnf_mse_loss(model(b$x), b$y)\n  opt$zero_grad()\n  loss$backward()\n  opt$step()\n}\n"}, {"DR301": "pass"})
f("301 julia Random.seed!", {"train.jl": "using Flux, Random\nRandom.seed!(42)\nmodel = Chain(Dense(10, 5, relu), Dense(5, 1))\nopt = ADAM()\nFlux.train!(loss, Flux.params(model), data, opt)\n"}, {"DR301": "pass"})
f("301 simpletransformers manual_seed", {"train.py": "from simpletransformers.classification import ClassificationModel\nmodel = ClassificationModel('bert', 'bert-base', args={'manual_seed': 42, 'num_train_epochs': 3})\nmodel.train_model(train_df)\n"}, {"DR301": "pass"})
f("301 keras2 numpy seed only (chemical_vae rule)", {"train.py": "import numpy as np\nnp.random.seed(1337)\nfrom keras.models import Sequential\nfrom keras.layers import Dense\nmodel = Sequential()\nmodel.add(Dense(1))\n" + KF}, {"DR301": "fail"})
# ---------------- DR201 baselines
f("201 sklearn LR in eval", {"baselines.py": "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression(C=1.0)\nclf.fit(X_train, y_train)\nprint(roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1]))\n", "train.py": TL}, {"DR201": "pass"})
f("201 R randomForest baseline", {"baseline.R": "library(randomForest)\nrf <- randomForest(y ~ ., data = train)\npred <- predict(rf, test)\n", "train.py": TL}, {"DR201": "pass"})
f("201 competing tool folder scripts", {"comparison/run_magic.py": "import magic\nimputed = magic.MAGIC().fit_transform(X)\nimputed.to_csv('magic.csv')\n", "comparison/run_saver.R": "library(SAVER)\nres <- saver(counts, ncores = 4)\nsaveRDS(res, 'saver.rds')\n", "train.py": TL}, {"DR201": "pass"})
f("201 competing methods dir", {"benchmark/other_methods/run_deepsea.sh": "python deepsea_predict.py --input test.fa --out deepsea.tsv\n", "train.py": TL}, {"DR201": "pass"})
f("201 mean predictor", {"baselines.py": "import numpy as np\ndef mean_predictor(y_train, n):\n    return np.full(n, y_train.mean())\npred = mean_predictor(y_train, len(y_test))\nprint(rmse(y_test, pred))\n", "train.py": TL}, {"DR201": "pass"})
f("201 knn baseline module", {"models/knn.py": "import numpy as np\ndef knn(train_fp, train_y, test_fp, k=1):\n    sims = tanimoto(test_fp, train_fp)\n    return train_y[np.argsort(-sims)[:, :k]].mean(1)\n", "train.py": TL}, {"DR201": "pass"})
f("201 xgboost baseline", {"bl/xgb.py": "import xgboost as xgb\nclf = xgb.XGBClassifier(n_estimators=100)\nclf.fit(X, y)\n", "train.py": TL}, {"DR201": "pass"})
f("201 baseline word in plotting only", {"plot.py": "import matplotlib.pyplot as plt\nplt.axhline(0.5, label='random baseline')\nplt.savefig('a.png')\n", "train.py": TL}, {"DR201": "fail"})
f("201 RF used as feature selector", {"select.py": "from sklearn.ensemble import RandomForestClassifier\nfrom sklearn.feature_selection import SelectFromModel\nsel = SelectFromModel(RandomForestClassifier(n_estimators=100))\nsel.fit(X, y)\n", "train.py": TL}, {"DR201": "fail"})
f("201 baseline config gin", {"configs/baselines/LogisticRegression.gin": "train.model = @LogisticRegression\nLogisticRegression.C = 1.0\n", "train.py": TL}, {"DR201": "pass"})
f("201 linear regression baseline torch", {"baseline.py": "from sklearn.linear_model import Ridge\nm = Ridge(alpha=1.0).fit(X, y)\n", "train.py": TL}, {"DR201": "pass"})
f("201 only in requirements", {"requirements.txt": "scikit-learn==1.3.0\nxgboost==1.7.0\n", "train.py": TL}, {"DR201": "fail"})
f("201 baseline in notebook", {"baselines.ipynb": nb("from sklearn.svm import SVC\nsvm = SVC(C=1.0)\nsvm.fit(X_train, y_train)\n"), "train.py": TL}, {"DR201": "pass"})
f("201 R glmnet", {"baseline.R": "library(glmnet)\nfit <- cv.glmnet(x, y, family = 'binomial')\n", "train.py": TL}, {"DR201": "pass"})
f("201 blast baseline", {"baselines/blast_baseline.sh": "blastp -query test.fa -db train.fa -outfmt 6 -out blast.tsv\n", "train.py": TL}, {"DR201": "pass"})
f("201 shallow net only", {"baseline.py": "import torch.nn as nn\nclass Baseline(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.l = nn.Sequential(nn.Linear(1024, 1024), nn.ReLU(), nn.Linear(1024, 1024), nn.ReLU(), nn.Linear(1024, 1))\n", "train.py": TL}, {"DR201": "pass"})
# ---------------- DR203 tuned baselines
f("203 LogisticRegressionCV", {"bl.py": "from sklearn.linear_model import LogisticRegressionCV\nclf = LogisticRegressionCV(Cs=np.logspace(-5, 5, 16))\nclf.fit(X, y)\n", "train.py": TL}, {"DR203": "pass"})
f("203 GridSearchCV on RF", {"bl.py": "from sklearn.ensemble import RandomForestClassifier\nfrom sklearn.model_selection import GridSearchCV\ngs = GridSearchCV(RandomForestClassifier(), {'n_estimators': [100, 500]})\ngs.fit(X, y)\n", "train.py": TL}, {"DR203": "pass"})
f("203 loop over C with cross_validate", {"bl.py": "from sklearn.linear_model import LogisticRegression\nfrom sklearn.model_selection import cross_validate\nfor c in [1e-3, 1e-2, 1e-1, 1]:\n    clf = LogisticRegression(C=c)\n    s = cross_validate(clf, X, y, cv=5)\n", "train.py": TL}, {"DR203": "pass"})
f("203 fixed RF", {"bl.py": "from sklearn.ensemble import RandomForestClassifier\nclf = RandomForestClassifier(n_estimators=3000)\nclf.fit(X, y)\n", "train.py": TL}, {"DR203": "fail"})
f("203 R caret tuneGrid", {"bl.R": "library(caret)\ngrid <- expand.grid(alpha = 0, lambda = 10^seq(-4, 1, length = 10))\nfit <- train(y ~ ., data = d, method = 'glmnet', tuneGrid = grid, trControl = trainControl(method = 'repeatedcv'))\n", "train.py": TL}, {"DR203": "pass"})
f("203 optuna over xgboost", {"bl.py": "import optuna\nimport xgboost as xgb\ndef objective(trial):\n    clf = xgb.XGBClassifier(max_depth=trial.suggest_int('max_depth', 2, 10))\n    clf.fit(X, y)\n    return score(clf)\nstudy = optuna.create_study()\nstudy.optimize(objective, n_trials=50)\n", "train.py": TL}, {"DR203": "pass"})
f("203 no baseline", {"train.py": TL}, {"DR203": "na"})
# ---------------- DR501 architecture
f("501 HF config.json", {"model/config.json": json.dumps({"architectures": ["BertForMaskedLM"], "hidden_size": 768, "num_attention_heads": 12, "num_hidden_layers": 12, "model_type": "bert"}), "train.py": "from transformers import BertForMaskedLM\nmodel = BertForMaskedLM.from_pretrained('model')\n"}, {"DR501": "pass"})
f("501 keras functional", {"model.py": "from tensorflow.keras import layers, Model\ninp = layers.Input((100, 4))\nx = layers.Conv1D(64, 8)(inp)\nout = layers.Dense(1)(x)\nmodel = Model(inp, out)\n"}, {"DR501": "pass"})
f("501 Sequential from config", {"model.py": "import torch.nn as nn\ndef build(cfg):\n    layers = []\n    for h in cfg['hidden']:\n        layers += [nn.Linear(d, h), nn.ReLU()]\n        d = h\n    return nn.Sequential(*layers)\n"}, {"DR501": "pass"})
f("501 yaml model spec", {"configs/model.yaml": "model:\n  name: unet\n  depth: 4\n  hidden_channels: 64\n  num_layers: 3\n", "train.py": "import torch\nmodel = build_model(cfg['model'])\n" + TL[13:]}, {"DR501": "pass"})
f("501 flax module", {"model.py": "import flax.linen as nn\nclass MLP(nn.Module):\n    @nn.compact\n    def __call__(self, x):\n        return nn.Dense(1)(nn.relu(nn.Dense(64)(x)))\n"}, {"DR501": "pass"})
f("501 haiku", {"model.py": "import haiku as hk\ndef forward(x):\n    return hk.nets.MLP([64, 1])(x)\nnet = hk.transform(forward)\n"}, {"DR501": "pass"})
f("501 R mxnet symbols", {"net.R": "library(mxnet)\ndata <- mx.symbol.Variable('data')\nconv <- mx.symbol.Convolution(data = data, kernel = c(4, 4), num_filter = 80)\nfc <- mx.symbol.FullyConnected(data = conv, num_hidden = 1)\n"}, {"DR501": "pass"})
f("501 R keras", {"net.R": "library(keras)\nmodel <- keras_model_sequential() %>% layer_conv_1d(filters = 32, kernel_size = 8) %>% layer_dense(units = 1)\n"}, {"DR501": "pass"})
f("501 timm backbone", {"models/cls.py": "import timm\nimport torch.nn as nn\nbackbone = timm.create_model('resnet50', pretrained=True, num_classes=0)\n"}, {"DR501": "pass"})
f("501 theano written", {"model.py": "import theano\nimport theano.tensor as T\nW = theano.shared(np.random.randn(10, 5))\nh = T.nnet.sigmoid(T.dot(x, W))\n"}, {"DR501": "pass"})
f("501 only onnx loaded", {"predict.py": "import onnxruntime as ort\nsess = ort.InferenceSession('model.onnx')\nout = sess.run(None, {'input': x})\n"}, {"DR501": "fail"})
f("501 tf1 variables", {"model.py": "import tensorflow as tf\nW1 = tf.Variable(tf.truncated_normal([100, 64]))\nh = tf.nn.relu(tf.matmul(x, W1))\nW2 = tf.Variable(tf.truncated_normal([64, 1]))\n"}, {"DR501": "pass"})
f("501 lasagne", {"model.py": "import lasagne\nl_in = lasagne.layers.InputLayer((None, 100))\nl_h = lasagne.layers.DenseLayer(l_in, 200)\n"}, {"DR501": "pass"})
f("501 json params model sizes", {"params.json": json.dumps({"model": {"n_hidden": 128, "n_layers": 2, "latent_dim": 10}}), "run.py": "import scvi\nmodel = scvi.model.SCVI(adata, **params['model'])\nmodel.train()\n"}, {"DR501": "pass"})
f("501 nn.Module subclass R torch", {"model.R": "library(torch)\nnet <- nn_module(\n  initialize = function() {\n    self$fc <- nn_linear(10, 1)\n  },\n  forward = function(x) self$fc(x)\n)\n"}, {"DR501": "pass"})
f("501 julia flux Chain", {"model.jl": "using Flux\nmodel = Chain(Dense(10, 5, relu), Dense(5, 1))\n"}, {"DR501": "pass"})
# ---------------- DR802 interpretation
f("802 captum IG", {"explain.py": "from captum.attr import IntegratedGradients\nig = IntegratedGradients(model)\nattr = ig.attribute(x, target=0)\n"}, {"DR802": "pass"})
f("802 shap called", {"explain.py": "import shap\nexplainer = shap.DeepExplainer(model, background)\nsv = explainer.shap_values(x)\n"}, {"DR802": "pass"})
f("802 shap only in requirements", {"requirements.txt": "shap==0.41\ntorch==2.0\n", "train.py": TL}, {"DR802": "fail"})
f("802 lime", {"explain.py": "from lime.lime_tabular import LimeTabularExplainer\nexp = LimeTabularExplainer(X_train).explain_instance(x, model.predict_proba)\n"}, {"DR802": "pass"})
f("802 saliency grad", {"saliency.py": "import torch\nx.requires_grad_(True)\nout = model(x)\nout[:, 0].sum().backward()\nsaliency = x.grad.abs()\n"}, {"DR802": "pass"})
f("802 tf GradientTape saliency", {"interpret.py": "import tensorflow as tf\nwith tf.GradientTape() as tape:\n    tape.watch(x)\n    p = model(x)\ngrads = tape.gradient(p, x)\nsaliency_map = tf.abs(grads)\n"}, {"DR802": "pass"})
f("802 in silico mutagenesis", {"ism.py": "import numpy as np\ndef in_silico_mutagenesis(model, seq):\n    ref = model.predict(seq)\n    for i in range(seq.shape[1]):\n        for b in range(4):\n            mut = seq.copy(); mut[0, i] = 0; mut[0, i, b] = 1\n            eff[i, b] = model.predict(mut) - ref\n"}, {"DR802": "pass"})
f("802 tfmodisco", {"modisco.py": "import modisco\ntfmodisco_results = modisco.tfmodisco_workflow.workflow.TfModiscoWorkflow()(task_names=['t'], contrib_scores=scores)\n"}, {"DR802": "pass"})
f("802 deeplift shap", {"interp.py": "from deeplift.dinuc_shuffle import dinuc_shuffle\nimport shap\ne = shap.DeepExplainer((model.input, model.output), dinuc_shuffle(x))\n"}, {"DR802": "pass"})
f("802 filter motifs meme", {"motifs.py": "import numpy as np\nW = model.layers[0].get_weights()[0]\nfor i in range(W.shape[2]):\n    pwm = filter_to_pwm(W[:, :, i])\n    write_meme(pwm, 'filters.meme')\n"}, {"DR802": "pass"})
f("802 attention heatmap readout", {"attention_map.py": "import torch\nwith torch.no_grad():\n    _, A = model(bag)\nattention = A.squeeze().cpu().numpy()\nplt.imshow(heat(attention))\n"}, {"DR802": "pass"})
f("802 feature importances RF", {"importance.py": "imp = rf.feature_importances_\nranked = np.argsort(-imp)\n"}, {"DR802": "pass"})
f("802 gradcam", {"cam.py": "from pytorch_grad_cam import GradCAM\ncam = GradCAM(model=model, target_layers=[model.layer4])\nmask = cam(input_tensor=x)\n"}, {"DR802": "pass"})
f("802 R iml / DALEX", {"explain.R": "library(DALEX)\nexp <- explain(model, data = X, y = y)\nvi <- model_parts(exp)\n"}, {"DR802": "pass"})
f("802 tf-explain/alibi", {"explain.py": "from alibi.explainers import IntegratedGradients\nig = IntegratedGradients(model, n_steps=50)\nexp = ig.explain(x)\n"}, {"DR802": "pass"})
f("802 latent traversal", {"traverse.py": "import numpy as np\nz = np.linspace(-3, 3, 10)\nfor v in z:\n    img = decoder(latent_traversal(z0, dim=0, value=v))\n"}, {"DR802": "pass"})
f("802 integrated gradients handwritten", {"attr.py": "import torch\ndef integrated_gradients(model, x, baseline, steps=50):\n    alphas = torch.linspace(0, 1, steps)\n    grads = [torch.autograd.grad(model(baseline + a * (x - baseline)).sum(), x)[0] for a in alphas]\n    return (x - baseline) * torch.stack(grads).mean(0)\n"}, {"DR802": "pass"})
f("802 print predictions only", {"predict.py": "pred = model.predict(x)\nprint(pred[:10])\n", "train.py": TL}, {"DR802": "fail"})
# ---------------- DR601 search
f("601 optuna", {"tune.py": "import optuna\nstudy = optuna.create_study(direction='maximize')\nstudy.optimize(objective, n_trials=100)\n"}, {"DR601": "pass"})
f("601 ray tune", {"tune.py": "from ray import tune\ntuner = tune.Tuner(trainable, param_space={'lr': tune.loguniform(1e-4, 1e-1)})\nres = tuner.fit()\n"}, {"DR601": "pass"})
f("601 hyperopt", {"tune.py": "from hyperopt import fmin, tpe, hp\nbest = fmin(obj, {'lr': hp.loguniform('lr', -9, -2)}, algo=tpe.suggest, max_evals=50)\n"}, {"DR601": "pass"})
f("601 wandb sweep yaml", {"sweep.yaml": "program: train.py\nmethod: bayes\nmetric:\n  name: val_loss\n  goal: minimize\nparameters:\n  lr:\n    min: 0.0001\n    max: 0.1\n", "train.py": TL}, {"DR601": "pass"})
f("601 keras tuner", {"tune.py": "import keras_tuner as kt\ntuner = kt.Hyperband(build_model, objective='val_accuracy', max_epochs=10)\ntuner.search(x, y)\n"}, {"DR601": "pass"})
f("601 nni", {"search_space.json": json.dumps({"lr": {"_type": "loguniform", "_value": [1e-4, 0.1]}}), "train.py": "import nni\nparams = nni.get_next_parameter()\n" + TL}, {"DR601": "pass"})
f("601 sklearn RandomizedSearchCV", {"tune.py": "from sklearn.model_selection import RandomizedSearchCV\nrs = RandomizedSearchCV(est, dist, n_iter=50)\nrs.fit(X, y)\n"}, {"DR601": "pass"})
f("601 R tune_grid", {"tune.R": "library(tidymodels)\nres <- tune_grid(wf, resamples = folds, grid = 20)\n"}, {"DR601": "pass"})
f("601 hydra multirun sweeper", {"configs/hparams_search/optuna.yaml": "defaults:\n  - override /hydra/sweeper: optuna\nhydra:\n  sweeper:\n    n_trials: 20\n    params:\n      model.lr: interval(0.0001, 0.1)\n", "train.py": TL}, {"DR601": "pass"})
f("601 itertools.product grid train", {"grid.py": "import itertools\nfor lr, bs in itertools.product([1e-3, 1e-4], [32, 64]):\n    model = Net()\n    train(model, lr=lr, batch_size=bs)\n"}, {"DR601": "pass"})
f("601 shell loop over lr", {"run_grid.sh": "for lr in 0.001 0.0001; do\n  for dropout in 0.1 0.5; do\n    python train.py --lr $lr --dropout $dropout\n  done\ndone\n"}, {"DR601": "pass"})
f("601 random draws of hp", {"search.py": "import numpy as np\nfor run in range(20):\n    lr = 10 ** np.random.uniform(-4, -2)\n    nfilt = np.random.choice([32, 64, 128])\n    model = build(lr, nfilt)\n    model.fit(x, y)\n"}, {"DR601": "pass"})
f("601 snakemake grid", {"workflow/hyperparam.smk": "rule run:\n    input: 'data.h5ad'\n    output: 'out/dim{dim}_drop{dropout}.h5ad'\n    shell: 'python run.py --dim {wildcards.dim} --dropout {wildcards.dropout}'\nrule all:\n    input: expand('out/dim{dim}_drop{dropout}.h5ad', dim=[32, 64], dropout=[0.1, 0.2])\n"}, {"DR601": "pass"})
f("601 hydra fixed values no sweep", {"configs/model/default.yaml": "lr: 0.001\nhidden: 128\ndropout: 0.1\n", "train.py": TL}, {"DR601": "fail"})
f("601 skopt", {"tune.py": "from skopt import gp_minimize\nres = gp_minimize(obj, [(1e-4, 1e-1, 'log-uniform')], n_calls=30)\n"}, {"DR601": "pass"})
# ---------------- DR602 logging
f("602 tensorboard SummaryWriter", {"train.py": "from torch.utils.tensorboard import SummaryWriter\nw = SummaryWriter('runs')\nw.add_scalar('loss', l, step)\n" + TL}, {"DR602": "pass"})
f("602 wandb", {"train.py": "import wandb\nwandb.init(project='p', config=cfg)\nwandb.log({'loss': l})\n" + TL}, {"DR602": "pass"})
f("602 mlflow", {"train.py": "import mlflow\nmlflow.log_params(cfg)\nmlflow.log_metric('loss', l)\n" + TL}, {"DR602": "pass"})
f("602 comet", {"train.py": "from comet_ml import Experiment\nexp = Experiment(project_name='p')\nexp.log_metric('loss', l)\n" + TL}, {"DR602": "pass"})
f("602 neptune", {"train.py": "import neptune\nrun = neptune.init_run(project='p')\nrun['loss'].append(l)\n" + TL}, {"DR602": "pass"})
f("602 lightning CSVLogger", {"train.py": "import lightning as L\nfrom lightning.pytorch.loggers import CSVLogger\ntrainer = L.Trainer(logger=CSVLogger('logs'))\ntrainer.fit(m)\n"}, {"DR602": "pass"})
f("602 keras TensorBoard callback", {"train.py": "import tensorflow as tf\ncb = tf.keras.callbacks.TensorBoard(log_dir='logs')\nmodel.fit(x, y, callbacks=[cb])\n"}, {"DR602": "pass"})
f("602 keras CSVLogger", {"train.py": "import tensorflow as tf\ncb = tf.keras.callbacks.CSVLogger('history.csv')\nmodel.fit(x, y, callbacks=[cb])\n"}, {"DR602": "fail"})
f("602 tf.summary scalars written", {"train.py": "import tensorflow as tf\nwriter = tf.summary.create_file_writer('logs')\nwith writer.as_default():\n    tf.summary.scalar('loss', l, step=s)\n"}, {"DR602": "pass"})
f("602 sacred", {"train.py": "from sacred import Experiment\nex = Experiment('e')\n@ex.automain\ndef run(_run):\n    _run.log_scalar('loss', l)\n"}, {"DR602": "pass"})
f("602 HF report_to wandb cli", {"run.sh": "python run_mlm.py --model_name_or_path bert --report_to wandb --output_dir out\n", "train.py": TL}, {"DR602": "pass"})
f("602 hydra yaml logger wandb", {"configs/logger/wandb.yaml": "wandb:\n  _target_: lightning.pytorch.loggers.wandb.WandbLogger\n  project: p\n", "train.py": TL}, {"DR602": "pass"})
f("602 history saved to csv", {"train.py": "import pandas as pd\nhist = model.fit(x, y, epochs=10)\npd.DataFrame(hist.history).to_csv('history.csv')\n"}, {"DR602": "fail"})
f("602 print only", {"train.py": TL + "    print('loss', loss.item())\n"}, {"DR602": "fail"})
f("602 summaries defined never written", {"train.py": "import tensorflow as tf\ndef visualization(self):\n    tf.summary.scalar('loss', self.loss)\n" + "opt = tf.train.AdamOptimizer().minimize(loss)\nsess.run(opt)\n"}, {"DR602": "fail"})
f("602 aim", {"train.py": "from aim import Run\nrun = Run()\nrun['hparams'] = cfg\nrun.track(l, name='loss')\n" + TL}, {"DR602": "pass"})
f("602 clearml", {"train.py": "from clearml import Task\ntask = Task.init(project_name='p', task_name='t')\n" + TL}, {"DR602": "pass"})
f("602 R tfruns / mlflow", {"train.R": "library(mlflow)\nmlflow_log_param('lr', 0.01)\nmlflow_log_metric('auc', auc)\n"}, {"DR602": "pass"})
f("602 dvclive", {"train.py": "from dvclive import Live\nwith Live() as live:\n    live.log_param('lr', lr)\n    live.log_metric('loss', l)\n" + TL}, {"DR602": "pass"})
# ---------------- DR202 results
f("202 csv results with baseline", {"results/summary.csv": "model,auroc\nours,0.91\nrandom_forest,0.85\n", "train.py": TL}, {"DR202": "pass"})
f("202 notebook printed table", {"compare.ipynb": nb("print(df)\n", outputs=["         model   auroc\n0         ours   0.912\n1  LogisticRegression   0.851\n"]), "train.py": TL}, {"DR202": "pass"})
f("202 json results with baseline", {"results/metrics.json": json.dumps({"ours": {"auroc": 0.91}, "random_forest": {"auroc": 0.85}}), "train.py": TL}, {"DR202": "pass"})
f("202 baseline alone table", {"results/baselines.csv": "model,auroc\nrandom_forest,0.85\nlogistic_regression,0.82\n", "train.py": TL}, {"DR202": "fail"})
f("202 txt aucs with published", {"aucs.txt": "target\tDeepSEA ROC AUC\tDanQ ROC AUC\nCTCF\t0.91\t0.93\nPOLR2A\t0.85\t0.88\n", "train.py": TL}, {"DR202": "pass"})

f("301 pyro set_rng_seed", {"train.py": "import pyro\nimport torch\npyro.set_rng_seed(0)\nsvi = pyro.infer.SVI(model, guide, pyro.optim.Adam({'lr': 1e-3}), loss=pyro.infer.Trace_ELBO())\nfor step in range(1000):\n    svi.step(x)\n" + TL}, {"DR301": "pass"})
f("301 dgl seed", {"train.py": "import dgl\nimport torch\ndgl.seed(0)\ntorch.manual_seed(0)\n" + TL}, {"DR301": "pass"})
f("301 pyg seed_everything", {"train.py": "import torch\nfrom torch_geometric import seed_everything\nseed_everything(0)\n" + TL}, {"DR301": "pass"})
f("301 fabric seed_everything", {"train.py": "import torch\nfrom lightning.fabric import Fabric\nfabric = Fabric()\nfabric.seed_everything(42)\n" + TL}, {"DR301": "pass"})
f("301 tf compat v1 seed", {"train.py": "import tensorflow as tf\ntf.compat.v1.set_random_seed(1)\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n" + KF}, {"DR301": "pass"})
f("301 torch.random.manual_seed", {"train.py": "import torch\ntorch.random.manual_seed(0)\n" + TL}, {"DR301": "pass"})
f("301 paddle seed", {"train.py": "import paddle\npaddle.seed(0)\nopt = paddle.optimizer.Adam(parameters=model.parameters())\nloss.backward()\nopt.step()\n"}, {"DR301": "pass"})
f("301 default_rng only torch trains", {"train.py": "import numpy as np\nrng = np.random.default_rng(0)\nidx = rng.permutation(n)\n" + TL}, {"DR301": "fail"})
f("201 GaussianNB", {"bl.py": "from sklearn.naive_bayes import GaussianNB\nnb = GaussianNB()\nnb.fit(X, y)\n", "train.py": TL}, {"DR201": "pass"})
f("201 statsmodels logit", {"bl.py": "import statsmodels.api as sm\nres = sm.Logit(y_train, sm.add_constant(X_train)).fit()\npred = res.predict(sm.add_constant(X_test))\n", "train.py": TL}, {"DR201": "pass"})
f("201 DummyClassifier", {"bl.py": "from sklearn.dummy import DummyClassifier\nd = DummyClassifier(strategy='most_frequent').fit(X, y)\n", "train.py": TL}, {"DR201": "pass"})
f("201 pipeline svc", {"bl.py": "from sklearn.pipeline import make_pipeline\nfrom sklearn.preprocessing import StandardScaler\nfrom sklearn.svm import SVC\nclf = make_pipeline(StandardScaler(), SVC())\nclf.fit(X, y)\n", "train.py": TL}, {"DR201": "pass"})
f("201 R glm baseline", {"baseline.R": "fit <- glm(label ~ ., data = train, family = binomial)\np <- predict(fit, test, type = 'response')\nauc <- pROC::auc(test$label, p)\n", "train.py": TL}, {"DR201": "pass"})
f("201 PWM scan baseline", {"baselines/pwm_scan.py": "import numpy as np\ndef pwm_score(seq, pwm):\n    return max(np.sum(pwm[np.arange(len(pwm)), seq[i:i + len(pwm)]]) for i in range(len(seq) - len(pwm)))\nscores = [pwm_score(s, jaspar_pwm) for s in test_seqs]\nprint(roc_auc_score(y_test, scores))\n", "train.py": TL}, {"DR201": "pass"})
f("802 captum occlusion", {"explain.py": "from captum.attr import Occlusion\nocc = Occlusion(model)\nattr = occ.attribute(x, sliding_window_shapes=(1, 10))\n"}, {"DR802": "pass"})
f("802 innvestigate LRP", {"lrp.py": "import innvestigate\nanalyzer = innvestigate.create_analyzer('lrp.z', model)\nrel = analyzer.analyze(x)\n"}, {"DR802": "pass"})
f("802 zennit", {"lrp.py": "from zennit.composites import EpsilonPlusFlat\nfrom zennit.attribution import Gradient\nwith Gradient(model=model, composite=EpsilonPlusFlat()) as attributor:\n    out, relevance = attributor(x, target)\n"}, {"DR802": "pass"})
f("802 tangermeme", {"attr.py": "from tangermeme.deep_lift_shap import deep_lift_shap\nX_attr = deep_lift_shap(model, X, target=0)\n"}, {"DR802": "pass"})
f("802 activation model", {"acts.py": "from tensorflow.keras import Model\nact_model = Model(inputs=model.input, outputs=model.get_layer('conv1').output)\nacts = act_model.predict(x)\nplot_activation_logos(acts)\n"}, {"DR802": "pass"})
f("802 eli5 / interpret", {"explain.py": "from interpret.glassbox import ExplainableBoostingClassifier\nfrom interpret import show\nebm_global = ebm.explain_global()\n"}, {"DR802": "pass"})
f("802 logomaker attribution", {"plot_attr.py": "import logomaker\nlogomaker.Logo(pd.DataFrame(attr_scores * onehot, columns=list('ACGT')))\n"}, {"DR802": "pass"})
f("802 attention readout squeeze", {"viz_attn.py": "import torch\n_, attn = model(x, return_attention=True)\nattn = attn.squeeze().cpu().numpy()\nplt.imshow(attn)\n"}, {"DR802": "pass"})
f("601 bayes_opt", {"tune.py": "from bayes_opt import BayesianOptimization\nopt = BayesianOptimization(f=obj, pbounds={'lr': (1e-4, 1e-1)})\nopt.maximize(n_iter=30)\n"}, {"DR601": "pass"})
f("601 ParameterGrid", {"tune.py": "from sklearn.model_selection import ParameterGrid\nfor p in ParameterGrid({'lr': [1e-3, 1e-4], 'dropout': [0.1, 0.5]}):\n    model = train(**p)\n"}, {"DR601": "pass"})
f("601 tune_bayes R", {"tune.R": "library(tune)\nres <- tune_bayes(wf, resamples = folds, iter = 25)\n"}, {"DR601": "pass"})
f("601 hydra --multirun shell", {"sweep.sh": "python train.py --multirun model.lr=0.001,0.0001 model.dropout=0.1,0.3\n", "train.py": TL}, {"DR601": "pass"})
f("601 wandb.sweep in python", {"sweep.py": "import wandb\nsweep_id = wandb.sweep({'method': 'grid', 'parameters': {'lr': {'values': [1e-3, 1e-4]}}}, project='p')\nwandb.agent(sweep_id, function=train)\n"}, {"DR601": "pass"})
f("601 GPyOpt", {"tune.py": "import GPyOpt\nopt = GPyOpt.methods.BayesianOptimization(f=obj, domain=[{'name': 'lr', 'type': 'continuous', 'domain': (1e-4, 1e-1)}])\nopt.run_optimization(max_iter=20)\n"}, {"DR601": "pass"})
f("601 grid dict loop list of configs", {"grid.py": "configs = [{'lr': lr, 'hidden': h} for lr in [1e-3, 1e-4] for h in [64, 128]]\nfor cfg in configs:\n    model = Net(cfg['hidden'])\n    train(model, cfg['lr'])\n"}, {"DR601": "pass"})
f("602 wandb keras callback", {"train.py": "import tensorflow as tf\nfrom wandb.keras import WandbCallback\nmodel.fit(x, y, callbacks=[WandbCallback()])\n"}, {"DR602": "pass"})
f("602 mlflow autolog", {"train.py": "import mlflow.pytorch\nmlflow.pytorch.autolog()\n" + TL}, {"DR602": "pass"})
f("602 lightning logger yaml tensorboard", {"configs/logger/tensorboard.yaml": "tensorboard:\n  _target_: lightning.pytorch.loggers.tensorboard.TensorBoardLogger\n  save_dir: logs\n", "train.py": TL}, {"DR602": "pass"})
f("602 R tensorboard callback", {"train.R": "library(keras)\nmodel %>% fit(x, y, epochs = 10, callbacks = list(callback_tensorboard('logs')))\n"}, {"DR602": "pass"})
f("602 guild / hparams json dumped with metrics", {"train.py": "import json\njson.dump({'hparams': vars(args), 'val_auc': auc}, open(os.path.join(run_dir, 'results.json'), 'w'))\n" + TL}, {"DR602": "pass"})

f("301 guard seed in main below a def building the optimizer", {"train.py": "import torch\ndef make(model):\n    optimizer = torch.optim.Adam(model.parameters())\n    return optimizer\ndef main():\n    torch.manual_seed(0)\n    tr, va = torch.utils.data.random_split(ds, [8, 2])\n    model = Net()\n    optimizer = make(model)\n" + TL}, {"DR301": "pass"})
f("301 guard seeded before build and again for split", {"train.py": "import torch\ntorch.manual_seed(1)\nmodel = Net()\noptimizer = torch.optim.Adam(model.parameters())\ntorch.manual_seed(0)\ntr, va = torch.utils.data.random_split(ds, [8, 2])\n" + TL}, {"DR301": "pass"})
f("602 guard tf summaries with FileWriter", {"train.py": "import tensorflow as tf\ntf.summary.scalar('loss', loss)\nmerged = tf.summary.merge_all()\nwriter = tf.summary.FileWriter('logs', sess.graph)\nopt = tf.train.AdamOptimizer().minimize(loss)\nsess.run(opt)\n"}, {"DR602": "pass"})
f("202 guard published models only table", {"results/summary.csv": "model,auroc\nDeepSEA,0.91\nDanQ,0.93\n", "train.py": TL}, {"DR202": "pass"})

f("301 LightningCLI seed_everything config", {"main.py": "from lightning.pytorch.cli import LightningCLI\ncli = LightningCLI(MyModel, MyData)\n", "config.yaml": "seed_everything: 42\ntrainer:\n  max_epochs: 10\n", "model.py": "import lightning as L\nclass MyModel(L.LightningModule):\n    def training_step(self, b, i):\n        return loss\n"}, {"DR301": "pass"})
f("301 split random_state only, torch trains", {"train.py": "from sklearn.model_selection import train_test_split\nXtr, Xte = train_test_split(X, random_state=0)\n" + TL}, {"DR301": "fail"})
f("301 PYTHONHASHSEED only", {"train.py": "import os\nos.environ['PYTHONHASHSEED'] = '0'\n" + TL}, {"DR301": "fail"})
f("301 keras notebook set_seed", {"train.ipynb": nb("import tensorflow as tf\ntf.keras.utils.set_random_seed(0)\n", "model = tf.keras.Sequential([tf.keras.layers.Dense(1)])\nmodel.compile('adam', 'mse')\nmodel.fit(x, y, epochs=5)\n")}, {"DR301": "pass"})
f("301 gin seed binding", {"train.py": "import gin\nimport torch\n@gin.configurable\ndef train(seed=gin.REQUIRED):\n    torch.manual_seed(seed)\n" + "    for x, y in loader:\n        loss = crit(model(x), y)\n        loss.backward()\n        optimizer.step()\n", "configs/train.gin": "train.seed = 1111\n"}, {"DR301": "pass"})
f("501 lightning cli yaml model init_args", {"configs/model.yaml": "model:\n  class_path: mypkg.models.Net\n  init_args:\n    hidden_dim: 128\n    num_layers: 4\n", "train.py": "from lightning.pytorch.cli import LightningCLI\ncli = LightningCLI()\n"}, {"DR501": "pass"})
f("501 gin model sizes", {"configs/model.gin": "Transformer.num_layers = 6\nTransformer.hidden_size = 512\nTransformer.num_heads = 8\n", "train.py": "import gin\nmodel = build()\n"}, {"DR501": "pass"})
f("501 AutoModel from_config", {"model.py": "from transformers import AutoConfig, AutoModelForSequenceClassification\nconfig = AutoConfig.from_pretrained('bert-base-uncased', num_labels=2)\nmodel = AutoModelForSequenceClassification.from_config(config)\n"}, {"DR501": "pass"})
f("501 sklearn MLP hidden sizes", {"model.py": "from sklearn.neural_network import MLPClassifier\nclf = MLPClassifier(hidden_layer_sizes=(100, 50))\nclf.fit(X, y)\n"}, {"DR501": "pass"})
f("601 HalvingGridSearchCV", {"tune.py": "from sklearn.experimental import enable_halving_search_cv\nfrom sklearn.model_selection import HalvingGridSearchCV\ngs = HalvingGridSearchCV(est, grid).fit(X, y)\n"}, {"DR601": "pass"})
f("601 wandb sweep cli", {"run_sweep.sh": "wandb sweep configs/sweep.yaml\nwandb agent $SWEEP_ID\n", "train.py": TL}, {"DR601": "pass"})
f("601 nni config yaml", {"config.yml": "searchSpaceFile: search_space.json\ntrialCommand: python train.py\ntuner:\n  name: TPE\n", "train.py": TL}, {"DR601": "pass"})
f("601 caret tuneLength", {"tune.R": "library(caret)\nfit <- train(y ~ ., data = d, method = 'svmRadial', tuneLength = 10, trControl = trainControl(method = 'cv'))\n"}, {"DR601": "pass"})
f("601 ray tune yaml search space", {"tune.py": "from ray import tune\nanalysis = tune.run(train_fn, config={'lr': tune.grid_search([1e-3, 1e-4])})\n"}, {"DR601": "pass"})
f("601 lr_find only", {"train.py": "learn.lr_find()\nlearn.fit_one_cycle(5, 1e-3)\n"}, {"DR601": "fail"})
f("602 accelerate trackers", {"train.py": "from accelerate import Accelerator\naccelerator = Accelerator(log_with='wandb')\naccelerator.init_trackers('proj', config=cfg)\naccelerator.log({'loss': l})\n" + TL}, {"DR602": "pass"})
f("602 lightning yaml logger wandb", {"configs/trainer.yaml": "trainer:\n  logger:\n    class_path: lightning.pytorch.loggers.WandbLogger\n    init_args:\n      project: p\n", "train.py": TL}, {"DR602": "pass"})
f("602 fabric loggers", {"train.py": "from lightning.fabric import Fabric\nfrom lightning.fabric.loggers import TensorBoardLogger\nfabric = Fabric(loggers=TensorBoardLogger('logs'))\nfabric.log('loss', l)\n" + TL}, {"DR602": "pass"})
f("602 HF trainer report_to tensorboard args", {"train.py": "from transformers import TrainingArguments, Trainer\nargs = TrainingArguments(output_dir='o', report_to='tensorboard', logging_dir='logs')\nTrainer(model=m, args=args).train()\n"}, {"DR602": "pass"})
f("802 modisco cli", {"run_modisco.sh": "modisco motifs -s seqs.npz -a shap.npz -n 2000 -o modisco_results.h5\n", "train.py": TL}, {"DR802": "pass"})
f("802 chrombpnet contribs", {"interpret.sh": "chrombpnet contribs_bw -m model.h5 -r peaks.bed -g hg38.fa -c chrom.sizes -op out\n", "train.py": TL}, {"DR802": "pass"})
f("802 shap TreeExplainer", {"explain.py": "import shap\nexplainer = shap.TreeExplainer(xgb_model)\nvals = explainer.shap_values(X)\nshap.summary_plot(vals, X)\n"}, {"DR802": "pass"})
f("802 jacobian attribution", {"attr.py": "import torch\nJ = torch.autograd.functional.jacobian(model, x)\nimportance = J.abs().sum(0)\n"}, {"DR802": "pass"})
f("802 R shapviz/fastshap", {"explain.R": "library(fastshap)\nshap <- explain(fit, X = X, pred_wrapper = pfun, nsim = 50)\n"}, {"DR802": "pass"})
f("802 shap in requirements and imported only", {"requirements.txt": "shap==0.41\n", "utils.py": "import shap\nimport numpy as np\n", "train.py": TL}, {"DR802": "fail"})
f("201 competing R package called", {"benchmark/run_competitors.R": "library(SAVER)\nlibrary(scImpute)\nsaver_res <- saver(counts)\nscimpute(counts_path, out_dir = 'scimpute/')\n", "train.py": TL}, {"DR201": "pass"})
f("201 classical tool binary in eval loop", {"evaluate.py": "import subprocess\nfor fa in test_files:\n    subprocess.run(['RNAfold', '--noPS', fa])\n    pred_vienna = parse_rnafold(fa)\n    f1_vienna = f1(pred_vienna, truth)\n", "train.py": TL}, {"DR201": "pass"})


#: members not read yet (why in /work/notes/w24d.md)
GAPS = {
    "301 julia Random.seed!",  # Julia is not read (.jl is no code extension; a cold-run cost for a rare language)
    "501 julia flux Chain",
    "301 LightningCLI seed_everything config",  # LightningCLI seeds from `seed_everything:` itself; no trainer seen
    "201 competing tool folder scripts",  # a bare comparison/ folder is as often plots of the model's own runs
    "201 competing R package called",  # competing tools by package name: an open list
    "201 classical tool binary in eval loop",  # a classical binary (RNAfold, blastp) is as often a feature step
    "202 notebook printed table",  # one baseline row in a printed table: the reader needs two (log lines)
    "202 json results with baseline",  # results JSON files are not read
    "602 guild / hparams json dumped with metrics",  # a hand-written JSON record: too like any output file
    "802 jacobian attribution",  # jacobians are as often physics or training terms
}


def _build(root: Path, files: dict[str, str]):  # type: ignore[no-untyped-def]
    root.mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    for rel, text in {"pkg/net.py": "import torch\n", **files}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return run_checks(WorkTreeSnapshot(root), None, load_config(root))


def test_every_gap_is_a_member() -> None:
    assert set(P) >= GAPS


@pytest.mark.parametrize("name", sorted(set(P) - GAPS))
def test_family_member(name: str, tmp_path: Path) -> None:
    files, expected = P[name]
    got = {r.id: r for r in _build(tmp_path / "r", files).results}
    for cid, status in expected.items():
        assert got[cid].status == status, f"{name}: {cid} is {got[cid].status} ({got[cid].reason}), expected {status}"
