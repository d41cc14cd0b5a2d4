"""Tip 2: baselines run in the code, tuned like the network, and their results written down."""

from __future__ import annotations

import re
from typing import Any

from . import RESULTS_REL, CheckResult, Context, check, failed, not_applicable, passed, reading
from ._util import (
    CARET_METHOD,
    NETWORK_FACTS,
    TRAINING_FACTS,
    builds_network,
    caret_default_grids,
    deep_training,
    gather,
    has_ml_code,
    is_read,
    main_code,
    reached,
    training_line,
    training_scripts,
)
from .records import BASELINES_DIR, baselines, models_of
from .scan import BASELINE_WORDS, LICENSE_FILE, PUBLISHED_MODELS, extractor, is_aux, names_a_network

#: w20b: modules that load or prepare data (`pdb_data_loader.py`, `dataset.py`, `preprocess_x.py`)
_DATA_MODULE = re.compile(r"(^|/)(\w*_)?(data_?loaders?|datasets?|data_?modules?|preprocess\w*|preprocessing)\.py$")


_R_EXT = (".r", ".rmd", ".qmd", ".rnw")


def _watch(path: str) -> bool:
    return is_read(path)


#: a training script named as the comparison (`seq_only_train.py`: the sequence-only model a structure-based one is
#: compared with; `train_baseline.py`, `shallow_model.py`, `majority_class.py`)
# (w27c: and in semi-supervised work the fully supervised run on the labelled part alone, SSL4MIS's
# train_fully_supervised_2D.py beside its mean-teacher and co-training scripts)
_BY_ROLE = re.compile(r"(^|[_.-])(baselines?|seq_?only|sequence_?only|shallow|naive|majority|mean_predictor|logreg|"
                      r"logistic|fully_?supervised|supervised_?only|labell?ed_?only)([_.-]|$)")


#: session 17: a file named for a network (`network_..._shallow_lba.py`): a variant of the network, no baseline
_NETWORK_NAMED = re.compile(r"(^|[_.-])networks?([_.-]|$)")
_LINEAR_CLASS = re.compile(r"^\s*class\s+(Linear|LR|LinReg|LogReg)\w*\s*\(")
_NETWORK_BASE = re.compile(r"\(\s*([\w.]+\.)?(Module|Model|Layer|LightningModule)\s*[,)]")


#: an estimator's family by its name (`RandomForestClassifier` and `RandomForestRegressor` are one family)
# (w29d: and R's learners that scan's baseline facts read, gbm, ranger, rpart, kernlab's ksvm: SDMtune's
# `gbm::gbm(` boosted trees beside its `randomForest::randomForest(` were one family, so the package's methods
# were taken for one method)
_LEARNER_NAME = re.compile(r"\b(LogisticRegression|HistGradientBoosting|GradientBoosting|RandomForest|ExtraTrees|"
                           r"DecisionTree|KNeighbors|XGB|LGBM|CatBoost|LinearSVC|SVC|SVR|LinearRegression|Ridge|Lasso|"
                           r"ElasticNet|GaussianNB|MultinomialNB|Dummy|randomForest|glmnet|naiveBayes|rand_forest|"
                           r"logistic_reg|linear_reg|boost_tree|glm|zeroinfl|GLM|Logit|logit|OLS|ols|SklearnModel|"
                           r"XGBoostModel|gbm|ranger|rpart|ksvm|ExplainableBoosting|LinearGAM|LogisticGAM|PoissonGAM|"
                           r"GammaGAM|RuleFit|FIGS|SkopeRules|BoostedRules|lda|qda|multinom)(?:Classifier|Regressor|CV)?\b")


_CLASS_NAME = re.compile(r"^\s*class\s+(\w+)")


def classical_method(ctx: Context) -> list[tuple[str, int, str]]:
    """w25a (VirSorter2's random forest, ms2pip's boosted trees, arboreto's regressors, celltypist's logistic
    regression): in a repository that imports no deep-learning framework and builds no network, the simple
    estimators it constructs are its method itself. Returns them, or [] when a network is anywhere, or when a
    results table names them next to other models (they were compared: baselines, DR201)."""
    if any(not is_aux(p) for p in ctx.files_with("baseline_result")):
        return []
    return classical_estimators(ctx)


def classical_estimators(ctx: Context) -> list[tuple[str, int, str]]:
    """The simple estimators a repository without any network constructs, compared in a results table or not
    (coordinator, session 20: genoml2's candidate learners, a multilayer perceptron among them, are each built
    with their settings and ranked in a table; that is a model chosen and written down, DR501)."""
    if not has_ml_code(ctx):
        return []
    if builds_network(ctx):
        return []
    if any(main_code(p) and not _PYDANTIC.match(str(rows[0][1])) for p, rows in ctx.files_with("model_def").items()
           if rows):
        return []
    return (gather(ctx, "baseline", 50, where=lambda p: main_code(p) and _DATA_MODULE.search(p.lower()) is None)
            + gather(ctx, "baseline_tool", 50, where=main_code))


def _top_folder(path: str) -> str:
    """The first folder of a path ("" for a file at the root)."""
    return path.partition("/")[0] if "/" in path else ""


#: a script named as a baseline by its own file name (baseline_mitbih.py), not by its folder
_BASELINE_FILE = re.compile(r"^baselines?_")


#: w38e: a folder of examples, notebooks or the paper's analyses (scripts there run the methods side by side)
_EXAMPLE_DIR = re.compile(r"(^|/)(examples?|notebooks?|tutorials?|vignettes?|figures?|analysis|analyses|benchmarks?|"
                          r"experiments?|reproduc\w*|paper)/")
#: w38e: a Cox proportional-hazards fit (R's coxph/cph, lifelines' CoxPHFitter) in a baseline's evidence line
_COX_FIT = re.compile(r"(?<![\w])(coxph|cph)\s*\(|\bCoxPH(Fitter|SurvivalAnalysis)\s*\(")


#: a class on pydantic's base is a record of settings, not a network (as tip05)
_PYDANTIC = re.compile(r"^\s*class\s+\w+\s*\((\s*pydantic\.)?\s*BaseModel\s*[,)]")


#: w31e: a module named for calibrating (genomatnn's calibrate.py fits a logistic and an isotonic regression to the
#: CNN's scores; alphapeptdeep's mass_calibration.py a kNN of mass errors over retention time): its simple models
#: map the network's outputs or the instrument's drift onto a scale, they are no model compared on the task
_CALIBRATION = re.compile(r"(^|/)[^/]*calibrat(e|es|ed|ion|or|ors)?(?![a-z])[^/]*\.(py|r)$")
#: w37a: a module named for selecting features (liaoherui/StrainAMR's library/shap_feature_select.py fits a forest on
#: every strain to rank features by SHAP values, which pick the network's input tokens): its estimator prepares the
#: input, as a selector named in the code does (`_not_feature_selector`), it is not compared with the network
_FEATURE_SELECTION = re.compile(r"(^|/)[^/]*feature_?select(ion|or)?(?![a-z])[^/]*\.(py|r)$")


#: coordinator, session 22: a script named for a non-network single-cell integration method it runs: the name's
#: method -> that method's calls (a vignette named Seurat.ipynb that calls RunHarmony names another method)
_INTEGRATION_CALLS = {
    "harmony": r"run_harmony|RunHarmony|HarmonyMatrix|harmony_integrate",
    "scanorama": r"scanorama",
    "bbknn": r"bbknn",
    "combat": r"combat",
    "liger": r"optimizeALS|runINMF|online_iNMF",
    "inmf": r"optimizeALS|runINMF|online_iNMF",
    "mnn": r"fastMNN|RunFastMNN|mnn_correct",
    "seurat": r"FindIntegrationAnchors|IntegrateData",
}
_INTEGRATION_FILE = re.compile("|".join(_INTEGRATION_CALLS))


def _integration_script(path: str, rows: list[Any]) -> tuple[str, int, str] | None:
    """The first call of the integration method the file's name names, or None."""
    named = _INTEGRATION_FILE.findall(path.lower().rsplit("/", 1)[-1])
    for n, text in rows:
        if any(re.search(r"\b(" + _INTEGRATION_CALLS[m] + r")", str(text), re.I) for m in named):
            return (path, int(n), f"runs the integration method its name says: {text}")
    return None


def code_baselines(ctx: Context) -> list[tuple[str, int, str]]:
    """Simple models in the code (outside tests and docs), and models trained from a baselines/ folder (a copy:
    DR201 and DR203 both ask, once per snapshot)."""
    hit = ctx.cache.get("code_baselines")
    if hit is None:
        hit = ctx.cache["code_baselines"] = _code_baselines(ctx)
    return list(hit)


def _code_baselines(ctx: Context) -> list[tuple[str, int, str]]:
    if not has_ml_code(ctx):  # a GLM in a data pipeline's statistics notebook is an analysis, not a baseline
        return []
    # a simple model used as a part of a model class (a kNN inside a network's code) is not a baseline, nor one
    # fitted while loading or preparing data (a length cut-off fitted by a polynomial regression in a dataset
    # module)
    # (w25a: not in a notebook, whose cells fit the simple models next to the network they define: DeepHF's
    # cross-validation notebook scores ridge regression and XGBoost beside its RNN)
    # (w25b: nor one fitted on scikit-learn's toy data, load_diabetes or make_classification: a demo, `toy_data`)
    # (coordinator, session 11: nor one whose input is a network's learned representation, `probe_input`: a probe
    # of the embedding or a label-transfer head, UCE's logistic regression on adata.obsm["X_uce"])
    # (w27c: nor one the network's script offers as the alternative to it by name, `baseline_choice`)
    # (coordinator, session 18: nor the classifier of a module scoring generated samples, `sample_scorer`: an
    # inception score's classifier is part of the evaluation)
    ev = gather(ctx, "baseline", 10_000, where=lambda p: main_code(p) and ("model_def" not in ctx.index.facts(p)
                                                                           or p.lower().endswith(".ipynb")
                                                                           or "baseline_choice" in ctx.index.facts(p))
                and "toy_data" not in ctx.index.facts(p) and "probe_input" not in ctx.index.facts(p)
                and "sample_scorer" not in ctx.index.facts(p) and "probe_fit" not in ctx.index.facts(p)
                and _DATA_MODULE.search(p.lower()) is None and _CALIBRATION.search(p.lower()) is None
                and _FEATURE_SELECTION.search(p.lower()) is None)
    # w38e: nor a Cox model in a file that draws Cox hazard ratios as a forest plot (`cox_forest`): an association
    # tested (MESiCA's survival by predicted signature, adjusted for TMB), not a survival baseline beside a network
    ev = [e for e in ev if not (_COX_FIT.search(str(e[2])) and "cox_forest" in ctx.index.facts(e[0]))]
    # a simple model written as a class (not a network's head built on a feature extractor handed to it)
    classes = gather(ctx, "baseline_class", 10_000,
                     where=lambda p: main_code(p) and "net_head" not in ctx.index.facts(p))
    # (w38a: a linear or logistic module built where the model type names it, `baseline_branch`)
    classes += gather(ctx, "baseline_branch", 10_000, where=main_code)
    if not training_scripts(ctx):
        # w24a: a linear network module in a repository that trains nothing (pyaging's LinearModel, the base of
        # clocks ported from published coefficients) is how the models are built, not a baseline fitted for
        # comparison; a class named for its role (OneHotModel, NaiveBaseline, Majority...) still is one
        classes = [e for e in classes if not (_LINEAR_CLASS.search(e[2]) and _NETWORK_BASE.search(e[2]))]
    ev += classes
    ev += gather(ctx, "baseline_tool", 10_000, where=main_code)  # a baseline program or a hand-written linear model
    # w38e: scVelo's steady-state or dynamical velocity fitted in a notebook or an example/analysis script of a
    # velocity network's repository: the comparison (UniTVelo's figure notebooks, DeepVelo's examples); not in the
    # package's own modules, where it selects genes before the network runs (veloVI's preprocess_data)
    ev += gather(ctx, "velo_classic", 10_000,
                 where=lambda p: main_code(p) and (p.lower().endswith(".ipynb") or _EXAMPLE_DIR.search(p.lower())
                                                   is not None))
    method = classical_method(ctx)
    if method:
        # w25a: without a network, one family of estimators alone (a random forest; XGBoost's classifier and
        # regressor) is the method itself; two (a logistic regression and a random forest, GENIE3's forests
        # beside GRNBoost2's boosting) may be compared, as before
        said: dict[str, set[str]] = {}  # top-level folder -> the estimator families named there
        for fact in ("baseline", "baseline_tool"):
            for p, rows in ctx.files_with(fact).items():
                if main_code(p):
                    said.setdefault(_top_folder(p), set()).update(
                        m.group(1) for _, t in rows for m in _LEARNER_NAME.finditer(str(t)))
        # (coordinator, session 10: a model written as a scikit-learn estimator class is a method of its own,
        # elapid's climate envelope next to its Maxent logistic regression: w25b's judgement)
        for p, rows in ctx.files_with("estimator_def").items():
            if main_code(p):
                said.setdefault(_top_folder(p), set()).update(
                    m.group(1) for _, t in rows for m in _CLASS_NAME.finditer(str(t)))
        # w27d (B-SOiD): families that never meet in one top-level folder are the method's classifier in its
        # separate versions (bsoid_py's SVM, bsoid_app's random forest), not models compared with each other
        if all(len(names) <= 1 for names in said.values()):
            ev = [e for e in ev if e not in method]
    ev += gather(ctx, "baseline_cmp", 10_000, where=main_code)  # a script comparing the network with a method
    ev += gather(ctx, "baseline_cfg", 10_000)  # (w22b) a configuration that trains a simple model, named by it
    # coordinator, session 22: a non-network single-cell integration run by a script named for it (scETM's
    # scripts/train_Harmony.py and train_Liger.r, GLUE's run_Harmony.R, SCALEX's third_parties/BBKNN.py): the
    # comparison of an integration network, as the bench judges GLUE's and SCALEX's; not such a call inside a
    # pipeline's preprocessing or the method's own code, whose files are named otherwise
    for path, rows in sorted(ctx.files_with("integration_call").items()):
        hit = _integration_script(path, rows) if main_code(path) else None
        if hit is not None:
            ev.append(hit)
    trainers = training_scripts(ctx)
    # (w27c: a script named baseline_*.py is the comparison only when something else is trained; when every
    # training script bears the name, as ECG_Heartbeat_Classification's baseline_mitbih.py and
    # baseline_ptbdb_transfer_*.py all training one CNN, "baseline" names the project's own first model)
    by_file_name = [p for p in trainers if _BASELINE_FILE.search(p.lower().rsplit("/", 1)[-1])]
    only_baseline_files = len(by_file_name) == len(trainers)
    for path in trainers:  # a model trained from a baselines/ folder is a baseline, whatever it is
        # (w26c: not a trainer named after another network, MedNeXt's baselines/nnUNetTrainerV2_TransFuse.py)
        if only_baseline_files and path in by_file_name:
            continue
        name = path.lower().rsplit("/", 1)[-1]
        if re.search(r"(^|/)baselines?(/|_)", path.lower()) and not names_a_network(path):
            facts = ctx.index.facts(path)
            if deep_training(facts, trainers[path]) and "baseline" not in facts and "r_train" not in facts:
                # coordinator, session 21: not a network trained there with no simple model beside it (DeepTrio's
                # scripts/baseline_tools/ retrains the published PIPR and DeepFE-PPI networks): another network
                # compared, not a simple baseline (JUDGING: published tools and other networks are not)
                continue
            ev.append((path, training_line(facts) or 1, "trained in a baselines folder"))
        elif (_BY_ROLE.search(name) and not _NETWORK_NAMED.search(name) and not names_a_network(name)
              and "probe_input" not in ctx.index.facts(path)):
            # (w20c) a training script named by its role (session 17: not a "shallow" head trained on a network's
            # embeddings, opensoundscape's shallow_classifier.py: a probe, `probe_input`, as in code_baselines;
            # nor a shallower network, nn-phylogenetics' network_permutation_equivariant_shallow_lba.py)
            # (w37e: nor one named for a network as well, tengqi159/human-activity-recognition's
            # baseline_cnn_uci.py: a CNN trained with the usual loss, another network compared, no simple model)
            ev.append((path, training_line(ctx.index.facts(path)) or 1, "trains the comparison model its name says"))
    return ev


@check("DR201", watches=_watch, facts_only=True,
       reads=reading((*TRAINING_FACTS, "model_def", "learner_def", "baseline_class", "baseline_choice", "net_head",
                      "baseline_tool", "integration_call", "baseline_branch",
                      "baseline_cmp", "baseline_cfg", "baseline_result", "toy_data", "probe_input", "sample_scorer",
                      "probe_fit", "cox_forest", "velo_classic",
                      "estimator_def",
                      *NETWORK_FACTS),
                     # (w24a: a Linear* module's text, tip02; w25a: the estimators' names, a network's class)
                     said=("baseline_class", "baseline", "baseline_tool", "model_def", "estimator_def",
                           "integration_call", "baseline_branch")))
def baselines_run(ctx: Context) -> CheckResult:
    ev = code_baselines(ctx)[:8]
    for path, rec in baselines(ctx):
        names = [str(m.get("name")) for m in models_of(rec)]
        if names:
            ev.append((path, 1, f"baselines trained: {', '.join(names[:5])}"))
    if ev:
        return passed(f"baseline models in {len({p for p, _, _ in ev})} file(s)", ev[:8])
    return failed("looked for a simple model (logistic regression, random forest, gradient boosting, SVM, ridge...) "
                  "constructed in the code outside tests and docs, or a record in "
                  f"{BASELINES_DIR}/; found none")


@check("DR203", watches=_watch, facts_only=True,
       reads=reading((*TRAINING_FACTS, "model_def", "learner_def", "baseline_class", "baseline_choice", "search",
                      "grid_loop", "baseline_branch", "search_cv", "search_loop_fit",
                      "net_head", "baseline_tool", "baseline_cmp", "search_baseline", "search_learner", "baseline_cfg",
                      "integration_call",
                      "search_range", "search_cfg", "baseline_result", "toy_data", "probe_input", "sample_scorer",
                      "probe_fit", "cox_forest", "velo_classic",
                      "estimator_def", "caret_resampled", *NETWORK_FACTS),
                     # (w22b: a caret or mlr3 model named as a string in R code; w24a: a Linear* module's text,
                     # code_baselines; w25a: classical_method; session 10: estimator classes; session 12: the
                     # modules a sweep imports)
                     said=("baseline", "baseline_class", "baseline_tool", "model_def", "estimator_def",
                           "integration_call", "baseline_branch"),
                     imports=True))
def baselines_tuned(ctx: Context) -> CheckResult:
    records = baselines(ctx)
    tuned: list[tuple[str, int, str]] = []
    control: list[tuple[str, int, str]] = []
    for path, rec in records:
        for m in models_of(rec):
            try:
                trials = int(m.get("trials") or 0)
            except (TypeError, ValueError):
                trials = 0
            if trials > 1:
                tuned.append((path, 1, f"{m.get('name')}: {trials} trials"))
        sc = rec.get("shuffle_control")
        if isinstance(sc, dict) and sc.get("p_value") is not None:
            control.append((path, 1, f"shuffled-label control: p = {sc.get('p_value')}"))
    # a tuner, a loop over hyperparameter values (for C in [...]) or an estimator that cross-validates its own
    # regularisation (LogisticRegressionCV, cv.glmnet), in the file that fits the baseline
    # (w34c: or a loop whose body builds a simple model from the loop's value, search_loop_fit)
    searched = {p for fact in ("search", "grid_loop", "search_cv", "search_loop_fit") for p in ctx.files_with(fact)
                if main_code(p)}
    searched |= {p for p, _, _ in caret_default_grids(ctx)}  # (w33c: caret's default grid on resamples)
    in_code = code_baselines(ctx)
    for path, line, text in in_code:
        if path in searched:
            tuned.append((path, line, f"baseline tuned in a search: {text}"))
    if in_code and not tuned:
        # coordinator, session 12: a script sweeping a classical hyperparameter's values (search_cv: C, k, alpha)
        # over a baseline defined in a module it imports (TITAN's knn_cv.py scores every odd k of the k-NN in
        # paccmann_tcr/models/knn.py); not a tuner or grid loop, which may search the network the module also holds
        homes = {path for path, _, _ in in_code}
        for path, lines in sorted(ctx.files_with("search_cv").items()):
            used = [p for p in reached(ctx, path) if p in homes] if main_code(path) else []
            if used:
                tuned.append((path, int(lines[0][0]), f"sweeps the baseline of {used[0]}: {lines[0][1]}"))
    if in_code and not tuned:  # w22b: a caret method named in R code ("glmnet", method = "rf"), where a caret
        # train() in the repository tunes over a grid (tuneGrid/tuneLength): caret resamples every method so
        r_tuners = sorted(p for p in searched if p.lower().endswith(_R_EXT) and "r_train" in ctx.index.facts(p))
        if r_tuners:
            tuned.extend((path, line, f"a caret method, tuned by {r_tuners[0]}: {text}") for path, line, text in in_code
                         if path.lower().endswith(_R_EXT) and CARET_METHOD.search(text))
    if in_code and not tuned:  # a search whose space names a baseline model covers it (w20c)
        # (w23c: or a search configuration, a sweep file, whose space covers one: `sweeps/xgboost.yaml`)
        configs = {p for p in ctx.files_with("search_cfg") if not is_aux(p)}
        # (w26b: or a trial's sampled values handed to a simple model, search_learner)
        for fact in ("search_baseline", "search_learner"):
            for path, lines in sorted(ctx.files_with(fact).items()):
                if path in searched or path in configs:
                    tuned.append((path, int(lines[0][0]), f"the search space covers a baseline: {lines[0][1]}"))
    if in_code and not tuned and searched:  # w23b: a configuration named by a simple model (LogisticRegression.gin)
        # that writes its search space (C over a log-uniform range), with a search in the code that reads it
        named = set(ctx.files_with("baseline_cfg"))
        tuned.extend((path, int(lines[0][0]), f"the search space of a baseline's configuration: {lines[0][1]}")
                     for path, lines in sorted(ctx.files_with("search_range").items()) if path in named)
    if not tuned and not records and not in_code:
        return not_applicable("no baseline yet (DR201)")
    if tuned and control:
        return passed("baselines tuned and compared with a shuffled-label control", (tuned + control)[:6])
    if tuned:
        return passed("baselines tuned with a search", tuned[:6])
    return failed("baselines are fitted with fixed settings: no search around them and no tuned record in "
                  f"{BASELINES_DIR}/", score=0.0)


def _results_rows(ctx: Context) -> list[tuple[str, int, str]]:
    text = ctx.text(RESULTS_REL)
    if not text:
        return []
    from ..errors import InputError
    from ..yamlio import parse_json  # the one bounded JSON reader (issue 11)

    try:
        data = parse_json(text, RESULTS_REL, what="results file")
    except InputError:
        return []
    rows = data.get("results", []) if isinstance(data, dict) else data
    out = []
    for i, row in enumerate(rows if isinstance(rows, list) else []):
        if isinstance(row, dict) and (row.get("baseline") is True or BASELINE_WORDS.search(str(row.get("model", "")))
                                      or PUBLISHED_MODELS.search(str(row.get("model", "")))):
            out.append((RESULTS_REL, i + 1, f"{row.get('model')}: {row.get('metric', '')} {row.get('value', '')}"))
    return out


def _copied_projects_pages(ctx: Context) -> set[str]:
    """w29c: the Markdown pages (README, results pages) of a folder below the root that holds its own licence file:
    a project copied in (marugoto's extract/xiyue_wang/RetCLL/, RetCCL's code with its LICENSE.md and README). Its
    tables are that project's published results, not this repository's comparison."""
    pages = [p for p in ctx.files_with("baseline_result") if extractor(p) == "md_table" and "/" in p]
    if not pages:
        return set()
    licensed = {folder for folder, _, name in (p.rpartition("/") for p in ctx.snapshot.paths())
                if folder and LICENSE_FILE.match(name)}
    return {p for p in pages if p.rpartition("/")[0] in licensed}


@check("DR202", watches=_watch, facts_only=True, paths=True, reads=reading(("baseline_result",)))
def baseline_results(ctx: Context) -> CheckResult:
    ev = _results_rows(ctx)
    for path, rec in baselines(ctx):
        scored = [m for m in models_of(rec) if isinstance(m.get("metrics"), dict) and m.get("metrics")]
        if scored:
            ev.append((path, 1, f"{len(scored)} models scored on {(rec.get('split') or {}).get('kind', 'a split')}"))
    copied = _copied_projects_pages(ctx)
    for path, lines in sorted(ctx.files_with("baseline_result").items()):
        if not is_aux(path) and path not in copied:
            ev.extend((path, int(n), str(t)) for n, t in lines[:2])
    if ev:
        return passed(f"baseline results recorded in {len({p for p, _, _ in ev})} file(s)", ev[:8])
    return failed("looked for a results table (CSV/TSV, a results-named .txt, a LaTeX tabular, notebook output, or "
                  f"{RESULTS_REL}) with a metric column whose rows compare models including a baseline or a "
                  "published model; prose does not count; found none")
