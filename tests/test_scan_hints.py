"""The line filters in front of the code patterns (hints, whole-pattern conditions) never hide a match."""

from __future__ import annotations

import pytest

from deeprules.checks.scan import analyze

# Each line matches its pattern; most also hold a common word (`.shape`, `layers`, `train`) that brings the
# line to the pattern through a broad hint, while the match itself is some other alternative.
CASES = [
    ("x = attr.integrated_gradients(model, x.shape)", "interp"),
    ("import shap", "interp"),
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
    ("ari = adjusted_rand_score(labels, clusters)", "metric_embed"),
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
