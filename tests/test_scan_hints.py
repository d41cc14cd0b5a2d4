"""The line filters in front of the code patterns (hints, whole-pattern conditions) never hide a match."""

from __future__ import annotations

import pytest

from deeprules.checks.scan import analyze

# Each line matches its pattern; most also hold a common word (`.shape`, `layers`, `train`) that brings the
# line to the pattern through a broad hint, while the match itself is some other alternative.
CASES = [
    ("x = attr.integrated_gradients(model, x.shape)", "interp"),
    ("from shap import DeepExplainer", "interp"),
    ("from   shap import TreeExplainer", "interp"),
    ("e = GradientShap(model)  # n = x.shape", "interp"),
    ("sal = Saliency(net); n_layers = len(x.shape)", "interp"),
    ("m = ftp.ensembl.org; layers = 2", "prov_accession"),
    ("acc = 'ERR1234567'; layers = 2", "prov_accession"),
    ("url = 'http://files.rcsb.org/x'; train = 1", "prov_accession"),
    ("res = tune_grid(wf, resamples = train_folds)", "r_train"),
    ("fit(model, x = train_x, epochs = 3)", "r_train"),
    ("m = hk.transform(forward)  # transformers", "model_def"),
    ("model = transformers.AutoModel.from_pretrained('x')", "model_def"),
    ("clf = GaussianNB()", "baseline"),
    ("np.random.seed(0)", "seed_np"),
    ("random.seed(0)", "seed_py"),
    ("tf.random.set_seed(1)", "seed_tf"),
    ("tf.compat.v1.set_random_seed(1)", "seed_tf"),
    ("model.train_on_batch(x, y)", "keras_fit"),
    ("solo = SOLO.from_scvi_model(vae, doublet_ratio=2)", "model_lib"),
    ("model = StarDist2D(conf, name='stardist', basedir='models')", "model_lib"),
    ("scvi.settings.seed = args.reproducible_seed", "determinism"),
    ("zinb <- zeroinfl(art ~ . | ., data = d)  # layers", "baseline"),
    ("m = smf.ols('y ~ x', data=df).fit()", "baseline"),
    ("SPECIES_CHROMOSOME_SPLITS = {'human': {'test': ['5']}}  # layers", "split_chrom"),
    ("valid = df[df.chrom.isin(['chr9', 'chr10'])]  # layers", "split_chrom"),
    ("python train.py --test_files ./data/chr{8,9}_*.h5", "split_chrom"),
    ("act = filters_act[:, i]  # layers", "interp"),
    ("session.report({'loss': loss})", "tracking"),
    ("def set_seeds(seed: Optional[int]) -> None:", "seed_none"),
    ("manual_seed = config.get('manual_seed')", "seed_none"),
    ("p.add_argument('--seed', type=int, default=None)", "seed_none"),
    ("g = tape.gradient(pred, one_hot_seqs)  # layers", "interp"),
    ("    curve='PR',", "metric_pr"),
    ("cache = pooch.create(base_url='https://resources.example.org/x/')", "prov_url"),
    ("idx = np.random.choice(order, 256, p=w)  # layers", "np_draw"),
    ("X_test = data[labels.strat_fold == 10]  # layers", "split_grouped"),
    ("s = dc.splits.ButinaSplitter()  # layers", "split_grouped"),
    ("split = data.get_split(method='scaffold')  # layers", "split_scaffold"),
    ("test_cohorts = ['a', 'b']  # layers", "split_grouped"),
    ("np.random.seed(int(time.time()))  # layers", "seed_clock"),
    ("train = df[df.admit_year < 2016]  # layers", "split_time"),
    ("test <- subset(d, visit_date >= as.Date('2020-01-01'))", "split_time"),
    # w20a
    ("clf = LogisticRegressionCV(Cs=np.logspace(-5, 5, 16))", "search_cv"),
    ("args = TrainingArguments(output_dir='out', report_to='wandb')", "tracking"),
    ("os.environ['WANDB_PROJECT'] = 'gpn'", "tracking"),
    ("tb_logger = tb.TensorboardLogger(log_dir=tb_directory)", "tracking"),
    ("z_pc = analysis.get_pc_traj(pca, zdim, 10, i + 1, start, end)", "interp"),
    ("glue_graph = scglue.genomics.regulatory_inference(features, embeddings)", "interp"),
    ("clf = EEGClassifier(model, max_epochs=3)", "skorch_net"),
    ("W[i] = tf.get_variable('W%s' % i, shape=(dims[i], dims[i + 1]))", "model_def"),
    ("train, test = train_test_split_micrographs(seed, n, path)", "split_grouped"),
    ("ari = adjusted_rand_score(labels, clusters)", "cluster_eval"),
    ("score = foscttm(rna_emb, atac_emb)", "cluster_eval"),
    # w20b: low-level network code and ranking metrics
    ("W = tf.get_variable('Matrix', [n, size])  # layers", "model_def"),
    ("h = tf.layers.dense(x, 128)  # train", "model_def"),
    ("init_fn, apply_fn = stax.serial(Dense(512), Relu)", "model_def"),
    ("if rk == 1: top1 += 1  # layers", "metric_rank"),
    ("topks[i] += 1.0", "metric_rank"),
    ("m = tf.keras.metrics.TopKCategoricalAccuracy(k=5)", "metric_rank"),
    ("hits_at_10 += int(rank <= 10)", "metric_rank"),
    ("    elif args.model in ['hhalign', 'phmmer', 'TMalign']:  # layers", "baseline_class"),
    ("p.add_argument('--model', default='gremlin')", "baseline_class"),
    ("def build_mean_predictor(loss_fun):", "baseline_class"),
    ("(layers.DenseLayer, {'num_units': 2000}),", "model_def"),
    ("class Encoder(chainer.Chain):", "model_def"),
    ("y_ext = load(external_test_set)  # layers", "split_grouped"),
    ("imp = models[0].feature_importances_  # layers", "interp"),
    ("_, tm = calc_tm_score(pos_1, pos_2, seq_1, seq_2)  # layers", "metric_struct"),
    # w20c: other deep-learning libraries, their steps and seeds; searches, baselines, interpretation, splits
    ("import autograd.numpy as np", "imp_dlwrap"),
    ("from mxnet import gluon, autograd", "imp_dlwrap"),
    ("import pyro.distributions as dist", "imp_torch"),
    ("import numpyro", "imp_jax"),
    ("trained_weights = adam(grad_fun, init_weights, num_iters=100)  # layers", "opt_step"),
    ("f = theano.function([x, y], cost, updates=updates)  # layers", "opt_step"),
    ("W -= learning_rate * grad_W  # layers", "opt_step"),
    ("optimizer.update()  # layers", "opt_step"),
    ("mx.random.seed(42)  # layers", "seed_any"),
    ("w = npr.RandomState(seed).randn(n)  # layers", "seed_np"),
    ("model.fit(X, y, batch_size=100, nb_epoch=60)  # layers", "keras_np"),
    ("model.add(Convolution1D(input_dim=4, nb_filter=320))  # layers", "keras_np"),
    ("from keras.layers.core import Dense, Dropout", "keras_np"),
    ("import theano.tensor as T", "dl_other"),
    ("def build_conv_deep_net(conv_params, net_params):", "model_fn"),
    ("class MLP(chainer.Chain):", "model_fn"),
    ("for index in random.sample(range(n_batches), n_batches):  # layers", "py_draw"),
    ("ari = adjusted_rand_score(ref, pred)  # layers", "cluster_eval"),
    ("X = np.array(trainmat['trainxdata'])  # layers", "split_chrom"),
    ("df = pd.read_csv(f'{d}/sequences.bed', sep=',')  # layers", "split_homology"),
    ("w = get_decoder_weight(model_file)  # layers", "interp"),
    ("pwms = filters_to_pwms(model)  # layers", "interp"),
    ("lr = 10 ** np.random.uniform(-5, -2)  # layers", "search"),
    ("yield {name: rs.uniform(*param_bounds) for name, param_bounds in b.items()}", "search"),
    ("model_bounds = dict(mean = morgan_bounds,  # layers", "search_baseline"),
    ("def build_mean_predictor(loss_func):  # layers", "baseline_class"),
    ("nll_func = binary_classification_nll,  # layers", "loss_cls"),
    # w22a
    ("info = info[info['set_type'] == mode]  # layers", "split_column"),
    ("train <- d[d$fold != k, ]  # layers", "split_column"),
    ("def prepare_split(self, test_perts=None):  # layers", "split_grouped"),
    ("def leave_one_cell_type_out(adata):  # layers", "split_grouped"),
    ("if args.model == 'Turner':  # layers", "baseline_class"),
    ("summary = tf.summary.scalar('loss', loss)  # layers", "tf_summary"),
    ("report = rand_voi(gt, seg)  # layers", "cluster_eval"),
    ("self.train_op = tf.train.AdamOptimizer(learning_rate=lr).minimize(self.cost)  # layers", "opt_step"),
    ("x = tf.nn.relu(tf.matmul(w, h))  # layers", "imp_tf"),
    ("class GAN(pl.LightningModule):  # layers", "lightning_module"),
    # w22b: alternatives whose line also holds a broad hint of another entry of the same fact
    ("dg_test = Simulator(**dg_params)  # search", "split_grouped"),
    ("testSampleNumber = n_msprime_reps  # layers", "split_grouped"),
    ("res = get_new_tcrs_and_peps(files)  # layers", "split_grouped"),
    ("s <- create.data.split(s, inseparable = 'Individual_ID')  # layers", "split_grouped"),
    ("trained <- caret::train(x, y, tuneGrid = grid)  # layers", "search"),
    ("return hyper.product([hyper.sweep('config.lr', [1, 2])])  # layers", "search"),
    ("model <- lrn.fold$train(task = task)  # layers", "r_train"),
    ("methods <- c(\"glmnet\", \"svmRadial\")  # layers", "baseline"),
    ("writer = metric_writers.create_default_writer(workdir)  # layers", "tracking"),
    ("if md5_tar != md5_md5:  # layers", "prov_verify"),
    ("subprocess.run(['chemprop_train', '--data_path', p])  # layers", "cli_train"),
    ("imp <- varImp(fit)  # layers", "interp"),
    # w22c: families of split, baseline, architecture and seed forms
    ("scores = cross_val_score(clf, X, y, groups=df.patient, cv=cv)  # layers", "split_grouped"),
    ("train <- d[d$subject != s, ]  # layers", "split_grouped"),
    ("test_inchikeys = unique_inchikeys[:fraction_size]  # layers", "split_grouped"),
    ("learn_options['cv'] = 'gene'  # layers", "split_grouped"),
    ("folds <- group_mc_cv(d, group = donor)  # layers", "split_grouped"),
    ("task$col_roles$group = 'patient'  # layers", "split_grouped"),
    ("split_idx = dataset.get_idx_split()  # layers", "split_grouped"),
    ("train, valid, test = data.ordered_scaffold_split(ds, lengths)  # layers", "split_scaffold"),
    ("splits = {'train': ['chr1'], 'test': ['chr8']}  # layers", "split_chrom"),
    ("train = labels[labels.fold != test_fold]  # layers", "split_column"),
    ("ps = PredefinedSplit(test_fold=folds)  # layers", "split_column"),
    ("clf = ExtraTreesClassifier(n_estimators=100)  # layers", "baseline"),
    ("fit <- train(y ~ ., data = d, method = 'rf')  # layers", "baseline"),
    ("learner = lrn('classif.ranger')  # layers", "baseline"),
    ("fit <- svm(y ~ ., data = d)  # layers", "baseline"),
    ("pred = np.full_like(y_test, y_train.mean())  # layers", "baseline_class"),
    ("majority = np.bincount(y_train).argmax()  # layers", "baseline_class"),
    ("model <- keras_model_sequential() %>% layer_dense(units = 1)  # transformers", "model_fn"),
    ("h = tf.nn.conv2d(x, W, strides=[1, 1, 1, 1], padding='SAME')  # layers", "model_fn"),
    ("model = UNet(spatial_dims=3, in_channels=1, out_channels=2)  # layers", "model_fn"),
    ("config = BertConfig(hidden_size=256, num_hidden_layers=4)  # layers", "model_fn"),
    ("model %>% fit(x, y, epochs = 10)  # layers", "fit_epochs"),
    ("torch_manual_seed(1)  # layers", "seed_torch"),
    ("use_session_with_seed(42)  # layers", "seed_r"),
    ("rf <- randomForest(y ~ ., data = d)  # layers", "r_train"),
    # w23a
    ("for param1ind in range(len(paramset1)):  # layers", "grid_loop"),
    ("for i, hp in enumerate(hyperparameter_grid):  # layers", "grid_loop"),
    # w23b
    ("model.train_model(final_train_df, eval_df=eval_df)  # layers", "trainer_fit"),
    ("learn.fit_one_cycle(5, 1e-3)  # layers", "trainer_fit"),
    ("args = {'num_train_epochs': 5, 'manual_seed': 42}  # layers", "seed_any"),
    ("def get_nearest_neighbours_prediction(train_X, train_y, eval_X, k=5):  # layers", "baseline_class"),
    ("def predict_knn(train_fps, train_labels, test_fps):  # layers", "baseline_class"),
    ("split_by_name = torch.load(config.split)  # layers", "split_column"),
    ("from simpletransformers.classification import ClassificationModel  # layers", "imp_torch"),
    ("grid = kpms.generate_grid_movies(results, project_dir)  # layers", "interp"),
    ("motif_videos(cfg, files, n_cluster)  # layers", "interp"),
    ("dev, test = list(outer_cv.split(stays, labels))[0]  # layers", "split_grouped"),
    ("oks = compute_oks(points_gt, points_pr)  # layers", "metric_pr"),
    # coordinator, session 8
    ("netD = Discriminator(in_channel=1).to(device)  # layers", "gan_disc"),
    ("d_loss_real = criterionD(real_out, torch.ones_like(real_out))  # layers", "gan_disc"),
    ("self.model = self.set_model_args(xgb.XGBClassifier, *args)  # layers", "seed_sklearn"),
    # w23c: families of practice forms, session 8
    ("trainer = pl.Trainer(max_epochs=10)  # layers", "trainer_default_log"),
    ("loss = DiceFocalLoss(sigmoid=True)  # layers", "loss_seg"),
    ("loss = smp.losses.FocalLoss(mode='binary')  # layers", "loss_seg"),
    ("test = load_fasta('2.07-new')  # layers", "split_time"),
    ("X_test = read('after2015')  # layers", "split_time"),
    ("from ray.tune import run, Experiment  # layers", "tracking"),
    ("l, _ = sess.run([model.cost, model.train_opt], feed_dict=fd)  # layers", "opt_step"),
    # w24c: DR701's families (each alternative reached through its own hint) and DR703's generative family
    ("TEST_CHROMS = [8, 9]  # layers", "split_chrom"),
    ("parser.add_argument('--holdout-chrom', default='chr8')  # layers", "split_chrom"),
    ("if row.chrom == 'chr8':  # layers", "split_chrom"),
    ("train.sh --val_files ./data/c{13,14,15}_*.h5  # layers", "split_chrom"),
    ("            'valid': [8, 9, 10, 11, 19, 20, 21, 22]}", "split_side_ints"),
    ("human = list(range(1, 23)) + ['X']  # layers", "chrom_named"),
    ("train = df.filter(pl.col('fold') != k)  # layers", "split_column"),
    ("held_out_experiments = ['E065-H3K4me3']  # layers", "split_grouped"),
    ("fit <- train_model(x[meta$donor != dn, ])  # layers", "split_grouped"),
    ("def split_fn(pts_ls, pts_sls, out_file):  # layers", "split_grouped"),
    ("test_set = simulate_dataset(n=1000, seed=2)  # layers", "split_grouped"),
    ("test = int(num_frames * testfraction)  # layers", "split_time"),
    ("test = df[df['year'] >= 2015]  # layers", "split_time"),
    ("parser.add_argument('--externalDir', default='x')  # layers", "split_grouped"),
    ("scnym_api(adata, domain_groupby='domain_label')  # layers", "split_grouped"),
    ("test = test[test.max_identity_to_train < 0.3]  # layers", "split_homology"),
    ("clusters = Butina.ClusterData(d, n, 0.4)  # layers", "split_grouped"),
    ("kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())  # layers", "generative"),
    ("x_t = self.q_sample(x_0, t, noise)  # layers", "generative"),
    ("for name in ['normal_order', 'date_order']:  # layers", "split_time"),
    ("df = df.drop_duplicates(subset='patient_id')  # layers", "split_grouped"),
    ("train = df.sort_values('date').iloc[:n_train]  # layers", "split_time"),
    ("cv = RepeatedStratifiedKFold(n_splits=5)  # layers", "split_any"),
    # w24d: families of practice forms, session 9
    ("torch.random.manual_seed(args.seed)  # layers", "seed_torch"),
    ("explainer = shap.Explainer(model, background)  # layers", "interp"),
    ("import innvestigate  # layers", "interp"),
    ("import zennit  # layers", "interp"),
    ("ebm_global = ebm.explain_global()  # layers", "interp"),
    ("logomaker.Logo(pd.DataFrame(attr * onehot))  # layers", "interp"),
    ("m = Model(inputs=model.input, outputs=model.get_layer('conv1').output)  # layers", "interp"),
    ("attn = attn.squeeze().cpu().numpy()  # layers", "attn_read"),
    ("cfgs = [f(lr, h) for lr in [1e-3, 1e-4] for h in [64, 128]]  # layers", "search"),
    ("accelerator = Accelerator(log_with='wandb')  # layers", "tracking"),
    ("summary = tf.compat.v1.summary.merge_all()  # layers", "tf_summary"),
    ("writer = tf.summary.FileWriter('logs', sess.graph)  # layers", "summary_sink"),
    # w24b
    ("'MD5': 'a8b06965200029087d5bd730944a56c1',  # layers", "prov_checksum"),
    ("    pooch.retrieve(url + fname, known_hash=known_hash)  # layers", "prov_verify"),
    ("p = get_file('a.npz', origin=u, file_hash=CHECKSUMS[name])  # layers", "prov_verify"),
    ("download_and_extract_archive(url, root, md5=self.md5)  # layers", "prov_verify"),
    ("for name, w in net.named_parameters():  # layers", "param_names"),
    # w25b
    ("diabetes = datasets.load_diabetes()  # layers", "toy_data"),
    ("X, y = make_classification(n_samples=100)  # layers", "toy_data"),
    ("writer.add_scalar('loss', loss, step)  # layers", "summary_write"),
    ("summary = tf.Summary(value=[v])  # layers", "summary_write"),
    ("w = tf.summary.FileWriter(logdir, sess.graph)  # layers", "graph_writer"),
    ("    cache_subdir='models',  # layers", "weights_fetch"),
    ("WEIGHTS_PATH_NO_TOP = 'https://x.org/w.h5'  # layers", "weights_fetch"),
    ("sd = load_state_dict_from_url(url, progress=True)  # layers", "weights_fetch"),
    ("        training_files = list(set(files) - set(subject_files))  # layers", "split_grouped"),
    ("train_ids = np.setdiff1d(all_ids, test_patients)  # layers", "split_grouped"),
    ("est = LogitNet(alpha=1, lambda_path=lambdas)  # layers", "search_cv"),
    ("class MaxentModel(SDMMixin, BaseEstimator):  # layers", "estimator_def"),
    ("import riskslim  # layers", "imp_sklearn"),
    ("from interpret.glassbox import ExplainableBoostingClassifier  # layers", "imp_sklearn"),
]


@pytest.mark.parametrize(("line", "fact"), CASES)
def test_a_line_that_matches_is_found_whatever_else_it_holds(line: str, fact: str) -> None:
    facts = analyze("train.py", f"import os\n{line}\n", "py")
    assert facts.get(fact) == [[2, line.strip()[:160]]], facts


def test_lines_the_condition_drops_do_not_match() -> None:
    text = "n = x.shape[0]\nlayers = [1, 2]\ntrain_set = load('train')\nfrom transformers import AutoTokenizer\n"
    facts = analyze("train.py", text, "py")
    assert not {"interp", "prov_accession", "r_train", "model_def"} & set(facts)


def test_alternatives_no_other_hint_covers_are_found_on_their_own() -> None:
    """A pattern runs only on lines holding one of its hints: each alternative needs one. These three were
    reachable only when another hint happened to share the line."""
    from deeprules.checks.scan import analyze

    assert "interp" in analyze("explain.py", "import torch\nattr = integrated_gradients(model, x)\n", "py")
    assert "r_train" in analyze("tune.R", "res <- tune_grid(wf, resamples = folds)\n", "r")
    assert "prov_accession" in analyze("get.sh", "wget https://ftp.ensembl.org/pub/release-110/gtf/x.gtf.gz\n", "sh")


def test_a_seed_from_the_clock_is_not_a_seed() -> None:
    text = "import numpy as np\nnp.random.seed(int(time.time()))\nrandom.seed(time.time())\n"
    facts = analyze("loader.py", text, "py")
    assert "seed_np" not in facts and "seed_py" not in facts and len(facts["seed_clock"]) == 2, facts


def test_a_split_column_read_without_any_model_is_no_split(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """w22a: a statistics notebook reading a data set's published split column (a database's tables, no model)
    holds no train/test split of its own; the same line in a repository that trains counts as its split."""
    from test_checks_corpus import build

    stats = {"stats.py": "import pandas as pd\ndf = pd.read_csv('cxr-split.csv')\n"
                         "ids = set(df.loc[df['split'] == 'train', 'study_id'])\nprint(len(ids))\n"}
    got = {r.id: r.status for r in build(tmp_path / "stats", stats).results}
    assert got["DR701"] == "fail", got
    ml = {**stats, "train.py": "import torch\nmodel = torch.nn.Linear(3, 1)\n"}
    got = {r.id: r.status for r in build(tmp_path / "ml", ml).results}
    assert got["DR701"] == "pass", got


def test_a_grouped_split_word_without_any_model_is_no_split(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """w23a: an amplicon pipeline (no ML code) whose words look like a held-out set (`unseen_donors`) splits
    nothing a model sees; the same line in a repository that trains counts as its split."""
    from test_checks_corpus import build

    pipeline = {"quantify.py": "import pandas as pd\nunseen_donors = ['d7', 'd9']\n"
                               "df = pd.read_csv('reads.tsv')\nprint(df[~df.donor.isin(unseen_donors)].shape)\n"}
    got = {r.id: r.status for r in build(tmp_path / "pipe", pipeline).results}
    assert got["DR701"] == "fail", got
    ml = {**pipeline, "train.py": "import torch\nmodel = torch.nn.Linear(3, 1)\n"}
    got = {r.id: r.status for r in build(tmp_path / "ml", ml).results}
    assert got["DR701"] == "pass", got


def test_metrics_in_a_repository_without_ml_code_score_no_classifier(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """w23a: a labelers' agreement scored by F1 in a repository with no ML code (a clinical database's concept
    code) scores no model: DR703 does not apply; the same line beside a trained classifier is its metric."""
    from test_checks_corpus import build

    labels = {"validation/compare.py": "import pandas as pd\nf1 = f1_score(gold['label'], negbio['label'])\n"
                                       "p = precision_score(gold['label'], chexpert['label'])\n"}
    got = {r.id: r.status for r in build(tmp_path / "labels", labels).results}
    assert got["DR703"] == "na", got
    ml = {**labels, "train.py": "import torch\ncrit = torch.nn.CrossEntropyLoss()\n"}
    got = {r.id: r.status for r in build(tmp_path / "ml", ml).results}
    assert got["DR703"] == "warn", got


def test_model_classes_without_any_framework_are_no_ml_code(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """w23b: classes deriving from a `*Model` class in code that imports no framework and trains nothing (a
    phylodynamics toolkit's titer models, augur's `class TreeModel(TiterModel)`) are no network: the checks that
    need ML code do not apply, DR501 finds no model, and BEAST's MCC tree is no metric."""
    from test_checks_corpus import build

    files = {"augur/titer_model.py": "class TiterModel(object):\n    pass\n\n\n"
                                     "class TreeModel(TiterModel):\n    pass\n",
             "augur/import_beast.py": "parser.add_argument('--mcc', required=True, help='BEAST MCC tree')\n"
                                      "print('importing from BEAST MCC tree', args.mcc)\n"
                                      "score = f1_score(a, b)\n",
             "requirements.txt": "numpy\n",
             ".github/workflows/ci.yml": "on: push\njobs:\n  t:\n    steps:\n      - run: pytest\n"}
    got = {r.id: r.status for r in build(tmp_path / "stats", files).results}
    assert got["DR501"] == "fail" and got["DR303"] == "na" and got["DR304"] == "na" and got["DR703"] == "na", got
    net = {**files, "net.py": "import torch\n"}
    got = {r.id: r.status for r in build(tmp_path / "ml", net).results}
    assert got["DR501"] == "pass" and got["DR304"] == "pass", got


def test_w23c_a_trainer_given_a_logger_is_not_left_with_the_default() -> None:
    """w23c: only a Lightning Trainer built with no `logger=` falls back to the default logger."""
    facts = analyze("train.py", "import lightning as L\ntrainer = L.Trainer(logger=False, max_epochs=3)\n", "py")
    assert "trainer_default_log" not in facts, facts


def test_w23c_tensorboard_as_a_dependency() -> None:
    """w23c: tensorboard named in a requirements file or a pyproject is a dependency; a comment is not."""
    assert "tracker_dep" in analyze("requirements.txt", "torch==2.1\ntensorboard>=2.10\n", "req")
    assert "tracker_dep" in analyze("pyproject.toml", "[project]\ndependencies = [\n  'tensorboard',\n]\n",
                                    "pyproject")
    assert "tracker_dep" not in analyze("requirements.txt", "torch==2.1\n# tensorboard optional, see docs\n", "req")


def test_w24c_a_readme_says_how_its_data_were_split() -> None:
    """w24c: a README's sentence on the split (structured or random) is a fact; a command in a code span is not
    prose, and a README without one gives none."""
    text = ("# Data\n\nThe datasets were split based on 30% sequence identity.\n\n"
            "USPTO 1k TPL was randomly split into train and test.\n\nRun `train.py --split random`.\n")
    facts = analyze("README.md", text, "md_table")
    assert facts["split_homology"] == [[3, "split based on 30% sequence identity"]], facts
    assert facts["split_prose_random"] == [[5, "randomly split"]], facts
    assert not {"split_homology", "split_prose_random"} & set(
        analyze("README.md", "# Tool\n\nRun `train.py --split random` to train.\n", "md_table"))


def test_w24c_chromosome_cleaning_and_spatial_domains_are_no_split() -> None:
    """w24c: chrY/chrM dropped from every side, a training list alone and a spatial `target_domain` are no
    hold-out."""
    facts = analyze("prep.py", "df = df[df.chrom != 'chrY']\ntrain_chroms = ['chr1']\n"
                               "clf.train(adata, target_domain=target)\n", "py")
    assert not {"split_chrom", "split_grouped"} & set(facts), facts


def test_w24d_an_interpretation_library_imported_and_never_called_is_no_interpretation() -> None:
    assert "interp" not in analyze("utils.py", "import shap\nimport lime\nimport numpy as np\n", "py")
    assert "interp" in analyze("utils.py", "import shap\nvals = shap.TreeExplainer(m).shap_values(X)\n", "py")


def test_w24d_loops_over_data_in_a_comprehension_are_no_grid() -> None:
    text = "pairs = [(i, j) for i in range(3) for j in range(4)]\ncols = [c for p in points for c in p]\n"
    assert "search" not in analyze("grid.py", text, "py")


def test_w24b_a_download_api_given_no_digest_verifies_nothing() -> None:
    """w24b: `known_hash=None` (pooch) or `md5=None` (torchvision) downloads without checking: no verification;
    nor is a variable named like the keyword (`md5_hash = hashlib.md5()`)."""
    for line in ("pooch.retrieve(url, known_hash=None)", "download_url(url, root, md5=None)",
                 "get_file('a.npz', origin=u, file_hash=None)",
                 # a digest being computed is no digest given to a download (model-angelo's weights check)
                 "    md5_hash = hashlib.md5()"):
        assert "prov_verify" not in analyze("fetch.py", f"{line}\n", "py"), line


def test_w25b_a_writer_given_no_graph_and_demo_words_are_no_facts() -> None:
    """w25b: a writer constructed with a log folder only is no graph writer; `load_data` is no toy data set; a
    cache folder other than Keras' `models` fetches no network's assets."""
    text = ("w = tf.summary.FileWriter(logdir)\nx = load_data('train.csv')\n"
            "f = get_file('d.npz', u, cache_subdir='datasets')\n")
    assert not {"graph_writer", "toy_data", "weights_fetch"} & set(analyze("train.py", text, "py"))
