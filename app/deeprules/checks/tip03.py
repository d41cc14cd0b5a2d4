"""Tip 3: reproducibility: seeds, deterministic algorithms, a pinned environment, CI that runs."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from typing import Any

from . import CheckResult, Context, check, failed, not_applicable, passed, proportional, reading, warned
from ._util import (
    FRAMEWORKS,
    GPU_FRAMEWORKS,
    ML_FACTS,
    SEED_FACTS,
    SEEDS,
    TRAINING_FACTS,
    ImportGraph,
    deep_training,
    first,
    has_ml_code,
    import_graph,
    is_code,
    training_line,
    training_scripts,
)
from .scan import MAIN_BLOCK, ci_step_rank, extractor, is_aux

NO_ML = "no machine-learning code here (no framework import, model or training outside tests and docs)"


def _config_seeding(ctx: Context) -> tuple[set[str], list[tuple[str, int, str]]]:
    """Seeds set centrally from configuration: a config file (not a test or doc) sets a seed key, and code
    that reads a seed key sets seeds. Returns the seed facts that code sets and the evidence."""
    configs = [(p, ev) for p, ev in sorted(ctx.files_with("cfg_seed").items()) if not is_aux(p)]
    if not configs:
        return set(), []
    kinds: set[str] = set()
    ev: list[tuple[str, int, str]] = []
    for path in sorted(ctx.files_with("seed_key")):
        if is_aux(path):
            continue
        facts = ctx.index.facts(path)
        have = [s for s in SEED_FACTS if s in facts]
        if have:
            kinds.update(have)
            ev.extend(first(facts[have[0]], path))
    if kinds:
        ev = first(configs[0][1], configs[0][0]) + ev
    return kinds, ev


_SUPPORT = (*SEED_FACTS, "determinism", "seed_clock")


#: seed-named names too common to tie a caller to a helper (a `seed` variable, the frameworks' own calls)
_GENERIC_SEED_NAMES = frozenset({"seed", "seeds", "manual_seed", "random_seed", "deterministic"})


class _Support:
    """Where each training script gets its seeds and determinism from: itself, the local modules it imports
    (a helper that seeds), or a script that imports it and seeds first (a library trainer run by an entry
    script). Who supports whom depends only on the training scripts, on which files hold which seed facts
    and on the walks of the import graph, so it is kept on the fact index (`history` keeps one for all
    commits) and rebuilt only when one of those changed; the evidence (lines) is read from the current
    holders each time."""

    def __init__(self, graph: ImportGraph, holders: dict[str, dict[str, tuple[str, int, str]]], sig: Any,
                 scripts: frozenset[str], needs: dict[str, dict[str, frozenset[str]]],
                 uses: dict[str, frozenset[str]]) -> None:
        self.graph = graph
        self.holders = holders  # path -> its own seed/determinism evidence (refreshed per snapshot)
        # path -> key -> the seed-named functions all of that key's lines sit in, which nothing in the file calls:
        # the key counts for a script only when the script or a module it reaches names one of them (`_Holders`)
        self.needs = needs
        self.uses = uses  # path -> the seed-named names it uses (calls, callbacks)
        self.sig = sig  # which files hold which keys, under which helpers, and who names the helpers
        self.scripts = scripts  # the training scripts (the only paths asked about)
        self.mark = len(graph.dropped)  # walks dropped before this was built
        self.by_caller: dict[str, dict[str, tuple[str, str]]] = {}  # script -> key -> (caller, holder)
        self.callers: dict[str, list[str]] = {}  # caller -> its walk (the object, to see it unchanged)
        self.memo: dict[str, tuple[list[str], dict[str, tuple[str, str]]]] = {}  # script -> (its walk, plan)
        # script -> (its plan, its frameworks, the config seeds, the frameworks it has no seed for): DR301 asks
        # about every training script at each commit it re-runs on; most come out as before (same objects)
        self.missing: dict[str, tuple[Any, Any, frozenset[str], list[str], bool]] = {}
        switch = {p for p, keys in holders.items() if "determinism" in keys}

        def free(p: str) -> list[str]:  # the keys a file sets whatever calls it (or run as a script: w32b)
            held = needs.get(p, {})
            return [k for k in holders[p] if k not in held or MAIN_BLOCK in held[k]]

        for caller in sorted(p for p in holders if any(k != "determinism" for k in free(p))):
            mods = self.callers[caller] = graph.reached(caller)
            given = {k: (caller, caller) for k in free(caller) if k != "determinism"}
            # (w24a: not another training script's own switch: VAMB's AAE sets cudnn.deterministic in its
            # constructor, which the entry script runs for that model only, not for its VAEs)
            # (w34c: unless the switch sits in a seed-named helper the caller calls: peft-aip's train scripts call
            # set_seed of utils.py, which sets cudnn.deterministic and also holds the training step)
            det = caller if "determinism" in free(caller) else next(
                (m for m in mods if m in switch and (m == caller or m not in scripts or self.called(m, caller))
                 and "determinism" not in self.blocked(m, caller, mods)),
                None) if switch else None
            if det is not None:  # the script that seeds also switches determinism on (itself or via a helper)
                given["determinism"] = (caller, det)
            self._give(scripts.intersection(mods), given)
        # w29d: an entry script that seeds through a helper it imports and calls (MEDIAR's main.py runs
        # `random_seeder(seed)` of train_tools/utils.py, then the trainer classes it reaches through a registry
        # module) seeds the trainers too, though it holds no seed line itself
        # (the helper named in both files: not a bare `seed` variable or the frameworks' own calls)
        for caller in sorted(set(uses) - set(self.callers)):
            named = uses[caller] - _GENERIC_SEED_NAMES
            mods = graph.reached(caller)
            given = {k: (caller, m) for m in mods if m in holders and not named.isdisjoint(uses.get(m, ()))
                     for k in holders[m] if k not in self.blocked(m, caller, mods)}
            if not given:
                continue
            self.callers[caller] = mods
            self._give(scripts.intersection(mods), given)

    def called(self, holder: str, caller: str) -> bool:
        """The holder switches determinism on only inside seed-named functions, and the caller names one of them:
        the switch is the caller's, though the holder is a training script too."""
        want = self.needs.get(holder, {}).get("determinism") or frozenset()
        return bool(want) and not want.isdisjoint(self.uses.get(caller, frozenset()) - _GENERIC_SEED_NAMES)

    def _give(self, mods: Iterable[str], given: dict[str, tuple[str, str]]) -> None:
        """What a caller seeds (key -> (caller, file that sets it)) holds for the training scripts it reaches: each
        script's slot on its own, as the order of mods is free; the first caller wins a key."""
        for mod in mods:
            slot = self.by_caller.get(mod)
            self.by_caller[mod] = given.copy() if slot is None else given | slot

    def fresh(self, graph: ImportGraph, sig: Any, scripts: frozenset[str]) -> bool:
        """Still right for this snapshot: the same scripts and holders, and no caller's walk changed (the
        plans of scripts whose walk changed are forgotten)."""
        if graph is not self.graph or sig != self.sig or scripts != self.scripts:
            return False
        dropped = graph.dropped
        if len(dropped) > self.mark:
            news = set(dropped[self.mark:])
            self.mark = len(dropped)
            # a caller's walk that was dropped but comes out the same (the same object) changes nothing
            if any(graph.reached(c) is not self.callers[c] for c in news.intersection(self.callers)):
                return False
        return True

    def plan(self, path: str) -> dict[str, tuple[str, str]]:
        """key -> (how, holder): "" (the script itself), "imported" (a module it reaches) or the caller."""
        walk = self.graph.reached(path)
        hit = self.memo.get(path)
        if hit is not None and hit[0] is walk:
            return hit[1]
        holders = self.holders
        off = self.blocked(path, path, walk)
        plan = {k: ("", path) for k in holders.get(path, {}) if k not in off}
        for mod in walk:
            if mod in holders:
                off = self.blocked(mod, path, walk)
                for k in holders[mod]:
                    if k not in off:
                        plan.setdefault(k, ("imported", mod))
        for k, (caller, holder) in self.by_caller.get(path, {}).items():
            plan.setdefault(k, (caller, holder))
        self.memo[path] = (walk, plan)
        return plan

    def blocked(self, holder: str, path: str, walk: list[str]) -> frozenset[str]:
        """The keys of `holder` that do not hold for `path` (which reaches `walk`): those whose lines sit only
        in seed-named functions the holder's own file never calls, when neither `path` nor a module it reaches
        names one of them (the holder's own uses are inside its helpers)."""
        held = self.needs.get(holder)
        if not held:
            return frozenset()
        uses = self.uses
        named = set().union(*(uses[p] for p in (path, *walk) if p != holder and p in uses))
        if holder == path:  # (w32b: a file's script block runs when the file is the script run)
            named.add(MAIN_BLOCK)
        return frozenset(k for k, want in held.items() if want.isdisjoint(named))

    def evidence(self, path: str, key: str) -> tuple[str, int, str]:
        how, holder = self.plan(path)[key]
        p, n, t = self.holders[holder][key]
        if how == "imported":
            t = f"in {holder} (imported): {t}"
        elif how:
            t = f"set by {how}, which runs it: {t}"
        return (p, n, t)


def _seeds_on_request(facts: dict[str, Any]) -> bool:
    """The file seeds only when a seed is given (`if self.random_state:`, `if seed is None: return`) and the
    seed defaults to None (a parameter, a config lookup or an option): a run as shipped is not seeded, and
    the determinism switched on with the seed is not on either (Tangram, pytorch-3dunet, pytorch_fnet). A
    literal seed in the file (`seed=42`, an option's default) is one given."""
    return (("seed_opt" in facts or _passed_through(facts)) and ("seed_none" in facts or "seed_none_opt" in facts)
            and "seed_given" not in facts and "seed_given_opt" not in facts)


def _used_seed_names(facts: dict[str, Any]) -> frozenset[str]:
    """The seed-named names a file uses (`seed_refs`), less the calls its guards make when it seeds only when asked
    (coordinator, session 22: scETM's trainer calls its seeding helper under `if seed >= 0:`, the seed -1 by
    default, so the helper's call there runs nothing as shipped; a helper called outside the guards, as mhcflurry's
    commands call configure_random_seed, is still used). The guards' calls are `seed_guarded`'s [line, name]."""
    refs = facts.get("seed_refs", ())
    if not refs or "seed_guarded" not in facts or not _seeds_on_request(facts):
        return frozenset(str(e[1]) for e in refs)
    guarded = {(int(n), str(name)) for n, name in facts["seed_guarded"]}
    return frozenset(str(e[1]) for e in refs if (int(e[0]), str(e[1])) not in guarded)


#: w25b: an estimator's random_state handed on from a parameter of the same name (`random_state=self.random_state`)
_PASS_THROUGH = re.compile(r"\brandom_state\s*=\s*(self\.)?_?random_state\b")


def _passed_through(facts: dict[str, Any]) -> bool:
    """Seeds only handed on to estimators from a `random_state` parameter (elapid's MaxentModel(random_state=None)
    passes it to LogisticRegression): with the parameter defaulting to None, nothing is seeded as shipped."""
    lines = facts.get("seed_sklearn", ())
    return bool(lines) and not any(k in facts for k in _SUPPORT if k != "seed_sklearn") and all(
        _PASS_THROUGH.search(str(t)) for _, t in lines)


#: w31e: a random_state given to a split (`train_test_split(X, y, test_size=0.2, random_state=0)`, a KFold, a
#: DataFrame's sample), the keyword often on the call's continuation line
_SPLIT_STATE = re.compile(r"\b(test_size|train_size|n_splits|frac|train_test_split|\w*KFold|\w*ShuffleSplit|"
                          r"sample|shuffle|resample)\b")
#: a learner that draws at random as it fits (bootstrap samples, feature subsets, shuffled batches, initial weights)
#: (coordinator, session 23: or a support vector machine that draws, EpiNano's `svm.SVC(kernel=kn, probability=True)`
#: whose Platt scaling cross-validates on shuffled folds, a LinearSVC's coordinate descent, and a logistic regression,
#: which the bench judges unseeded without random_state whatever its solver)
_RANDOM_LEARNER = re.compile(r"\b(RandomForest|ExtraTrees|GradientBoosting|HistGradientBoosting|XGB|LGBM|CatBoost|"
                             r"MLP|SGD|Bagging|AdaBoost|NeuralNet|LinearSVC|LogisticRegression(?!CV)|"
                             r"SVC(?=\s*\([^)\n]*\bprobability\s*=\s*True))\w*\s*\(")


def _split_seed_only(facts: dict[str, Any]) -> bool:
    """w31e: the file's only seeds are random_states given to splits, and it builds a learner that draws at random
    with none (PhenotypeSeeker's seeded train_test_split beside its unseeded forests; deeparg's beside the
    nolearn network it trains): the split is repeatable, the model is not. A random_state on the learner's own
    call, or numpy's global generator seeded, seeds it."""
    rows = facts.get("seed_sklearn", ())
    learners = [str(t) for fact in ("baseline", "skorch_net") for _, t in facts.get(fact, ())]
    return (bool(rows) and all(_SPLIT_STATE.search(str(t)) for _, t in rows)
            and any(_RANDOM_LEARNER.search(t) and "random_state" not in t for t in learners))


_DOC_DIRS = frozenset(("doc", "docs", "documentation", "tutorial", "tutorials"))


def _tutorial(path: str) -> bool:
    """w24a: a library's tutorial notebook kept with its documentation (SEDR's docs/Tutorial1_Clustering.ipynb):
    the way users run the library's trainer, so the seeds it sets before training hold for that trainer (a
    caller, as an entry script is). Not a test, and not the documentation's prose or code snippets."""
    low = path.lower()
    parts = low.split("/")[:-1]
    return (low.endswith(".ipynb") and any(p in _DOC_DIRS for p in parts)
            and not any(p in ("test", "tests", "testing", "fixture", "fixtures", "site-packages", "vendor",
                              "third_party", "node_modules", "_build") for p in parts))


class _Holders:
    """The files (not tests or docs) that set seeds or determinism themselves (not only when given a seed):
    path -> key -> its first line; which a file is depends on its own facts only.
    Kept on the fact index across the commits of a history and brought up to date from the files changed
    since (`FactIndex.changes`), instead of being rebuilt from every holder at every commit; `sig` (which
    files hold which keys) is rebuilt only when that changed."""

    def __init__(self) -> None:
        self.by_path: dict[str, dict[str, tuple[str, int, str]]] = {}
        self.needs: dict[str, dict[str, frozenset[str]]] = {}  # keys that run only when a helper is called
        self.uses: dict[str, frozenset[str]] = {}  # path -> the seed-named names it uses (seed_refs)
        self.log_pos: int | None = None
        self.sig: Any = None
        self.sig_stale = True

    @staticmethod
    def own(path: str, facts: Any) -> dict[str, tuple[str, int, str]]:
        if (is_aux(path) and not _tutorial(path)) or _seeds_on_request(facts):
            return {}
        own = {k: (path, int(facts[k][0][0]), str(facts[k][0][1])) for k in _SUPPORT if k in facts}
        # w24d: torch first seeded after the model and its optimizer were built, for a split (DeepAb): the
        # initial weights are not seeded by it (`seed_late` is found only where no seed comes before)
        if "seed_late" in facts:
            own.pop("seed_torch", None)
        if "seed_np_late" in facts:  # w25a: numpy seeded after the Keras model was built (DeepHF)
            own.pop("seed_np", None)
        if list(own) == ["seed_sklearn"] and _split_seed_only(facts):
            own.clear()
        return own

    @staticmethod
    def helpers(facts: Any) -> dict[str, frozenset[str]]:
        """key -> the seed-named functions that hold all of that key's lines and that the file never calls."""
        out: dict[str, frozenset[str]] = {}
        for _, said in facts.get("seed_cond", ()):
            key, _, names = str(said).partition(":")
            out[key] = frozenset(names.split(","))
        return out

    def _set(self, path: str, facts: Any) -> bool:
        """Bring `path` up to date; whether which keys it holds, under which helpers, or which seed-named names
        it uses changed."""
        uses = (_used_seed_names(facts) if not is_aux(path) or _tutorial(path) else frozenset())
        old_uses = self.uses.pop(path, frozenset())
        if uses:
            self.uses[path] = uses
        own = self.own(path, facts)
        old = self.by_path.pop(path, None)
        old_needs = self.needs.pop(path, {})
        needs = self.helpers(facts) if own else {}
        if own:
            self.by_path[path] = own
        if needs:
            self.needs[path] = needs
        return (old or {}).keys() != own.keys() or old_needs != needs or old_uses != uses

    def refresh(self, ctx: Context) -> None:
        index = ctx.index
        log = getattr(index, "changes", None)
        if log is None or self.log_pos is None:
            self.by_path.clear()
            self.needs.clear()
            self.uses.clear()
            for path in dict.fromkeys(p for k in (*_SUPPORT, "seed_refs") for p in ctx.files_with(k)):
                self._set(path, index.facts(path))
            self.sig_stale = True
        else:
            for path in dict.fromkeys(log[self.log_pos:]):
                if self._set(path, index.facts(path)):
                    self.sig_stale = True
        self.log_pos = None if log is None else len(log)
        if self.sig_stale:
            helpers = frozenset().union(*(names for held in self.needs.values() for names in held.values()))
            # who names a helper decides whose seeds count: part of the signature only while a helper exists
            named = sorted((p, tuple(sorted(u & helpers))) for p, u in self.uses.items() if u & helpers)
            self.sig = (sorted((p, tuple(sorted(h)), tuple(sorted((k, tuple(sorted(v)))
                                                                for k, v in self.needs.get(p, {}).items())))
                               for p, h in self.by_path.items()), named)
            self.sig_stale = False


def _support(ctx: Context) -> _Support:
    hit = ctx.cache.get("support")
    if hit is not None:
        return hit
    derived = getattr(ctx.index, "derived", None)
    kept: _Holders | None = derived.get("holders") if derived is not None else None
    if kept is None:
        kept = _Holders()
        if derived is not None:
            derived["holders"] = kept
    kept.refresh(ctx)
    holders, sig = kept.by_path, kept.sig
    graph = import_graph(ctx)
    scripts = frozenset(training_scripts(ctx))
    support: _Support | None = derived.get("support") if derived is not None else None
    if support is not None and support.fresh(graph, sig, scripts):
        support.holders = holders
        support.needs, support.uses = kept.needs, kept.uses
    else:
        support = _Support(graph, holders, sig, scripts, kept.needs, kept.uses)
        if derived is not None:
            derived["support"] = support
    ctx.cache["support"] = support
    return support


#: Seeds and determinism: training scripts, where seeds and determinism are set, config seeds, the import graph,
#: and a script's own draws from numpy's global generator.
_SEEDING = reading((*TRAINING_FACTS, *_SUPPORT, "seed_key", "cfg_seed", "seed_opt", "seed_none", "seed_late",
                    "seed_guarded",
                    "seed_np_late", "cfg_seed_null", "cfg_seed_top",
                                      "seed_none_opt", "seed_given", "seed_given_opt", "np_draw", "py_draw", "keras_np",
                                      "keras_standalone", "keras_old_pin",
                                      "tf_draw", "dl_other", "sk_random",
                                      "lightning_module", "determinism_opt_in", "determinism_asked",
                                      "determinism_flagged", "determinism_off"),
                   # the names of seed helpers, and who calls them; (w25b) what an estimator's random_state is given
                   # (w31e: which learners a file builds, whether its random_states are a split's; with the
                   # learners' lines read, Keras fits' too: `training_line` tells a Keras fit from a simple
                   # estimator fitted on the same line)
                   # (w37b: and the calls read as seeding everything, which may call a helper that seeds only when
                   # given a seed)
                   said=("seed_cond", "seed_refs", "seed_sklearn", "baseline", "skorch_net", "keras_fit",
                         "seed_guarded", "seed_any"),
                   imports=True)
#: what seeds numpy's global generator (a seed-everything helper does)
_NUMPY_SEEDS = ("seed_np", "seed_any")
#: what seeds Python's global generator
_PYTHON_SEEDS = ("seed_py", "seed_any")


def _keras_on_numpy(ctx: Context, path: str, walk: list[str]) -> bool:
    """The script builds its network with standalone multi-backend Keras 0.x-1.x (Keras 1's API, Theano), itself
    or in a module it imports: that Keras draws every initialiser's, dropout's and shuffle's seed from numpy,
    so numpy's seed seeds them (DanQ: np.random.seed(1337) before the model is built)."""
    holders = ctx.files_with("keras_np")  # (the index's own list: no look-up of each module's facts)
    if not (holders and (path in holders or any(m in holders for m in walk))):
        # w36b: ... or standalone Keras imported where the environment pins it to 1.x-2.3 (Deep-STORM's
        # environment.yml `keras==2.1.3`, cinc-challenge2017's Dockerfile `KERAS_VERSION=2.0.9`): its TensorFlow
        # backend draws its seeds from numpy too
        standalone = ctx.files_with("keras_standalone")
        if not (ctx.files_with("keras_old_pin") and (path in standalone or any(m in standalone for m in walk))):
            return False
    # w35c: ... unless the script or a module it imports draws from TensorFlow's own generator, unseeded (HydrAMP's
    # Gumbel-softmax layer samples a TensorFlow Probability distribution): numpy's seed does not reach those draws
    draws = ctx.files_with("tf_draw")
    return not (path in draws or any(m in draws for m in walk))


def _draws_python_random(facts: dict[str, Any]) -> bool:
    """The script draws from Python's global generator (batches by random.sample)."""
    return "py_draw" in facts


def _seeding_watch(path: str) -> bool:
    """Code, and configurations: they set seeds (cfg_seed) and can be training runs themselves (Selene)."""
    return is_code(path) or extractor(path) == "cfg"


def _driven_modules(ctx: Context, scripts: dict[str, list[str]]) -> dict[str, list[str]]:
    """w22a: the training scripts without the LightningModules a Trainer elsewhere runs: a module's manual
    optimization (`opt.step()` in training_step) is not a script of its own, and the entry point that builds the
    Trainer (and seeds) is the one judged."""
    driven = {p for p in scripts if "lightning_module" in ctx.index.facts(p)
              and "trainer_fit" not in ctx.index.facts(p)}
    if not driven or not any("trainer_fit" in ctx.index.facts(p) for p in scripts if p not in driven):
        return scripts
    return {p: fw for p, fw in scripts.items() if p not in driven}


def _package_seed(ctx: Context, support: _Support, path: str) -> tuple[str, int, str] | None:
    """w23c: the files of an R package (its `R/` folder: R CMD build takes a package's code from there) share one
    namespace and one random generator: a `set.seed` in one of them (mikropml's run_ml, which then calls the
    training in train.R) seeds the functions of the others, as an imported module's seed does in Python. The
    seed's line, or None. (By the folder alone, not the DESCRIPTION file: the verdict stays a function of the
    facts, as `history` re-runs it.)"""
    folder = path.rpartition("/")[0]
    if not path.lower().endswith(".r") or folder.rpartition("/")[2] != "R":
        return None
    for holder in sorted(support.holders):
        if holder.rpartition("/")[0] == folder and "seed_r" in support.holders[holder]:
            p, n, t = support.holders[holder]["seed_r"]
            return (p, n, f"in the same R package ({folder}/): {t}")
    # coordinator, session 13: ... and the package's vignettes, which load it and run its functions in one R
    # session after their set.seed (garnett's vignette seeds, then calls train_cell_classifier; MLSeq's Sweave
    # vignette likewise)
    vignettes = f"{folder[:-1]}vignettes/"
    for holder in sorted(support.holders):
        if holder.startswith(vignettes) and "seed_r" in support.holders[holder]:
            p, n, t = support.holders[holder]["seed_r"]
            return (p, n, f"in a vignette of the R package, which runs its functions: {t}")
    return None


#: coordinator, session 21: scikit-learn estimators whose fit draws nothing at random (neighbours, naive Bayes,
#: discriminant analysis, least squares and its penalised forms solved cyclically). Not logistic regression: the bench
#: judges one fitted without random_state unseeded (derm7pt, PGM), whatever its solver
_DETERMINISTIC_ESTIMATOR = re.compile(
    r"\b(KNeighbors(Classifier|Regressor)|RadiusNeighbors(Classifier|Regressor)|NearestNeighbors|NearestCentroid|"
    r"LinearRegression|(Gaussian|Multinomial|Bernoulli|Complement|Categorical)NB|LinearDiscriminantAnalysis|"
    r"QuadraticDiscriminantAnalysis|KernelRidge|Ridge(Classifier)?(CV)?|Lasso(CV)?|ElasticNet(CV)?|PLSRegression)\b")
_ANY_ESTIMATOR = re.compile(r"\b[A-Z]\w*(Classifier|Regressor|Regression|NB|Analysis|Ridge|Lasso|Net|SVC|SVR|"
                            r"Forest|Boost\w*|Neighbors|Centroid|CV)\b|\bsvm\.\w+")


def _deterministic_fit(path: str, facts: dict[str, Any]) -> tuple[str, int, str] | None:
    """coordinator, session 21: a file whose scikit-learn training is only estimators that draw nothing at random
    (scJoint's util/knn.py: a k-nearest-neighbour vote over a network's stored embeddings), with no splitter,
    shuffle, sampler or random estimator anywhere in it (`sk_random`): a scikit-learn seed would change nothing.
    The evidence to show, or None."""
    rows = facts.get("baseline") or []
    if not rows or any(f in facts for f in ("sk_random", "sk_network", "skorch_net")):
        return None
    names: list[str] = []
    for _, text in rows:
        found = [m.group(0) for m in _ANY_ESTIMATOR.finditer(str(text))]
        if not found or any(not _DETERMINISTIC_ESTIMATOR.fullmatch(n) for n in found):
            return None
        names += found
    line = int(rows[0][0])
    return (path, line, f"deterministic estimators only ({', '.join(dict.fromkeys(names))}): nothing to seed")


def _null_config_seed(ctx: Context, support: _Support) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """w37b: the modules that seed only when given a seed (`if seed is None: return` before the seed calls, with no
    seed written in them) and a call to their seed-named helpers, where a configuration leaves its top-level seed key
    empty or null and none sets it to a number (georg-wolflein/das-mil: `set_seed(cfg.seed)` with conf/config.yaml's
    `seed:` left empty): a script handing such a helper its configuration's seed seeds nothing as shipped. Empty
    when no configuration leaves the seed so."""
    if (not any(not is_aux(p) for p in ctx.files_with("cfg_seed_null"))
            or any(not is_aux(p) for p in ctx.files_with("cfg_seed_top"))):
        return frozenset(), None
    out: set[str] = set()
    names: set[str] = set()
    for holder in support.holders:
        facts = ctx.index.facts(holder)
        if "seed_opt" in facts and not any(k in facts for k in ("seed_given", "seed_given_opt")):
            out.add(holder)
            # (its seed-named helpers, as `_Holders.helpers` read them from `seed_cond`)
            for held in support.needs.get(holder, {}).values():
                names.update(n for n in held if n)
    call = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names))) + r")\s*\(") if names else None
    return frozenset(out), call


def _package_inits(ctx: Context, support: _Support, path: str) -> dict[str, tuple[str, int, str]]:
    """w37b: a module of a package that imports relatively (`from .base_module import BaseModule`) runs as part of
    its package, and Python runs the package's `__init__.py` files first: the seeds they set at import, outside
    seed-named helpers no one calls, hold for it (Answeror/adamyo's sigr/__init__.py seeds mxnet, numpy and random;
    sigr/sklearn_module.py fits its estimators). key -> that line. Not a file run by its path (no relative import),
    which runs no package."""
    parts = path.split("/")[:-1]
    if not parts or path.endswith("__init__.py") or not path.endswith(".py"):
        return {}
    if not any(str(name).startswith(".") for _, name in ctx.index.facts(path).get("imports", ())):
        return {}
    walk = support.graph.reached(path)
    out: dict[str, tuple[str, int, str]] = {}
    for i in range(len(parts), 0, -1):
        init = "/".join(parts[:i]) + "/__init__.py"
        held = support.holders.get(init)
        if not held:
            continue
        off = support.blocked(init, path, walk)
        for k, (p, n, t) in held.items():
            if k not in off:
                out.setdefault(k, (p, n, f"in {init} (its package, run first): {t}"))
    return out


def _reads_seed_key(ctx: Context, support: _Support, path: str) -> bool:
    """The file reads a seed key (`args.seed`, `cfg["seed"]`), itself or through a local module it imports."""
    return any("seed_key" in ctx.index.facts(p) for p in (path, *support.graph.reached(path)))


@check("DR301", watches=_seeding_watch, facts_only=True, reads=_SEEDING)
def seeds(ctx: Context) -> CheckResult:
    scripts = _driven_modules(ctx, training_scripts(ctx))
    if not scripts:
        return not_applicable("no training script (outside tests and docs: a file that calls an optimizer step, "
                              "trainer.fit, a fit with epochs, Keras fit or a scikit-learn estimator's fit)")
    central, central_ev = _config_seeding(ctx)
    support = _support(ctx)
    ok = 0
    ev: list[tuple[str, int, str]] = []
    bad: list[tuple[str, int, str]] = []
    given = frozenset(central if central_ev else ())  # seeds set from configuration hold for every script
    known = support.missing
    on_request, helper_call = _null_config_seed(ctx, support)
    for path, fws in scripts.items():
        plan = support.plan(path)
        nulled = False
        if (on_request and _reads_seed_key(ctx, support, path)
                and not any(k in ctx.index.facts(path) for k in ("seed_given", "seed_given_opt"))):
            # (w37b: the configuration's empty seed handed to a module that seeds only when given one, itself or
            # by a call of its helper, `set_seed(cfg.seed)`, read as seeding everything; the seeds of nested keys,
            # a data set's generator's, are not the run's)
            kept = {k: v for k, v in plan.items() if v[1] not in on_request and not (
                k == "seed_any" and helper_call is not None
                and all(helper_call.search(str(t)) for _, t in ctx.index.facts(v[1]).get("seed_any", ())))}
            if len(kept) != len(plan):
                plan, nulled = kept, True
        package = {k: v for k, v in _package_inits(ctx, support, path).items() if k not in plan}
        if package:  # (w37b: seeds set when its package is imported)
            plan = {**plan, **{k: ("imported", v[0]) for k, v in package.items()}}
        if nulled:
            given_here: frozenset[str] = frozenset()
        elif (given and path.endswith(".ipynb") and any(f in GPU_FRAMEWORKS for f in fws)
                and not _reads_seed_key(ctx, support, path)):
            # w35a: a notebook is its own entry point (autosome-ru/LegNet's diffusion training notebook, beside
            # scripts that read `global_seed` from their run configuration): seeds the scripts take from a
            # configuration hold for a network it trains only when it reads a seed key itself or through a module
            # it imports (a notebook fitting a k-nearest-neighbour classifier, HannesStark/protein-localization's
            # legacy one, is left as it was judged)
            given_here = frozenset()
        else:
            given_here = given
        hit = known.get(path)
        # standalone Keras of the Theano era takes its seeds from numpy
        old_keras = "imp_tf" in fws and _keras_on_numpy(ctx, path, support.graph.reached(path))
        if hit is not None and hit[0] is plan and hit[1] is fws and hit[2] == given_here and hit[4] == old_keras:
            missing_fws = hit[3]
        else:
            missing_fws = [fw for fw in fws if not any(s in plan or s in given_here for s in SEEDS[fw])
                           and not (fw == "imp_tf" and old_keras and any(s in plan or s in given_here
                                                                         for s in _NUMPY_SEEDS))]
            known[path] = (plan, fws, given_here, missing_fws, old_keras)
        missing = [FRAMEWORKS[fw] for fw in missing_fws]
        facts = ctx.index.facts(path)
        package_seed = _package_seed(ctx, support, path) if "lang_r" in missing_fws else None
        if package_seed is not None:
            missing.remove(FRAMEWORKS["lang_r"])
        elif "lang_r" in missing_fws and "imp_torch" in fws and "imp_torch" not in missing_fws:
            # w24d: R's torch draws its weights, dropout and loader shuffles from its own generator, which
            # torch_manual_seed seeds: an R script training with torch and seeded so needs no set.seed as well
            missing.remove(FRAMEWORKS["lang_r"])
        elif ("lang_r" in missing_fws and "r_train" not in facts
              and any(fw not in missing_fws for fw in fws if fw != "lang_r")):
            # (coordinator, session 11) R code that trains nothing itself (no caret/tidymodels/glm fit): the
            # seeded framework trains (scDeepCluster's R-kernel notebook simulates data in R and trains its Keras
            # model in Python cells seeded with TensorFlow's seed), so R's generator seeds no training
            missing.remove(FRAMEWORKS["lang_r"])
        determ = _deterministic_fit(path, facts) if FRAMEWORKS["imp_sklearn"] in missing else None
        if determ is not None:
            missing.remove(FRAMEWORKS["imp_sklearn"])
        # the script draws from numpy's global generator itself (batches, shuffles): numpy needs a seed too
        if "np_draw" in facts and not any(s in plan or s in given_here for s in _NUMPY_SEEDS):
            missing.append("NumPy (np.random draws in the script)")
        if _draws_python_random(facts) and not any(s in plan or s in given_here for s in _PYTHON_SEEDS):
            missing.append("Python's random (random.sample/shuffle draws in the script)")
        if "seed_clock" in plan:  # re-seeded from the clock here, in a module it imports or by its caller
            missing.append(f"its random draws (re-seeded from the clock in {plan['seed_clock'][1]})")
        if missing:
            if len(bad) < 12:
                line = training_line(facts) or 1
                bad.append((path, line, f"trains, but no seed for {', '.join(dict.fromkeys(missing))}"))
        else:
            ok += 1
            if len(ev) < 12:  # the evidence shown: the script's own seed before one it gets elsewhere
                seed = next((s for fw in fws for s in (*SEEDS[fw], *_NUMPY_SEEDS)
                             if s in plan or s in given_here), None)
                ev.append(package[seed] if seed in package else support.evidence(path, seed) if seed in plan else
                          central_ev[-1] if seed is not None else package_seed or determ or (path, 1, "seeded"))
    return proportional(ok, len(scripts), "training scripts set seeds for the frameworks they use (in the "
                        "script, a local module it imports, a script that runs it, or from a config seed key "
                        "the code reads)", (bad + ev)[:12])


@check("DR302", watches=_seeding_watch, facts_only=True, reads=_SEEDING)
def deterministic(ctx: Context) -> CheckResult:
    derived = getattr(ctx.index, "derived", None)
    # path -> (its facts, its frameworks, GPU training?): judged again only when either changed (`history`)
    judged: dict[str, tuple[Any, Any, bool]] = derived.setdefault("gpu", {}) if derived is not None else {}
    gpu = {}
    for p, fws in training_scripts(ctx).items():
        facts = ctx.index.facts(p)
        hit = judged.get(p)
        if hit is None or hit[0] is not facts or hit[1] is not fws:
            # (a script on another deep-learning library only, autograd or Theano: not covered, w20c)
            covered = any(f in GPU_FRAMEWORKS for f in fws) and not (fws == ["imp_dlwrap"] and "dl_other" in facts)
            # (session 12: with the frameworks training_scripts found for it, also those of the modules it imports)
            hit = judged[p] = (facts, fws, covered and deep_training(facts, fws))
        if hit[2]:
            gpu[p] = fws
    if not gpu:
        return not_applicable("no PyTorch, TensorFlow or JAX training script")
    support = _support(ctx)
    ok = 0
    ev: list[tuple[str, int, str]] = []
    # w23a: a helper that switches determinism on only when asked (`def seed_all(seed, cuda_deterministic=False)`)
    # leaves it off when nothing in the repository asks (scBERT calls seed_all(SEED) alone)
    asked = bool(ctx.files_with("determinism_asked"))
    turned_off = bool(ctx.files_with("determinism_off"))
    for path in gpu:
        how = support.plan(path).get("determinism")
        if how is not None and not asked and "determinism_opt_in" in ctx.index.facts(how[1]):
            how = None
        # w35c: ... nor determinism switched on only by a flag the repository's configurations set false
        # (massformer's `cuda_deterministic: False` in every config; runner.py switches on only under it)
        if how is not None and not asked and "determinism_flagged" in ctx.index.facts(how[1]) and turned_off:
            how = None
        if how is not None:
            ok += 1
            if len(ev) < 12:
                ev.append(support.evidence(path, "determinism"))
        elif len(ev) < 12:
            ev.append((path, training_line(ctx.index.facts(path)) or 1, "deterministic algorithms not switched on"))
    return proportional(ok, len(gpu), "GPU training scripts switch deterministic algorithms on "
                        "(use_deterministic_algorithms, cudnn.deterministic, enable_op_determinism, "
                        "Trainer(deterministic=True))", ev[:12])


def _env_watch(path: str) -> bool:
    return extractor(path) in ("req", "docker", "pyproject", "cfg", "setup") or "lock" in path.lower()


def _all_pinned(score: float, total: int) -> bool:
    """Nearly all pinned: a lone open package among several (a progress bar, a notebook tool) leaves the
    environment rebuildable."""
    pinned = round(score * total / 10.0)
    return score >= 9.0 or (total >= 5 and pinned == total - 1)


def _env_names_of(ctx: Context, path: str) -> set[str]:
    rows = ctx.index.facts(path).get("env_names", ())
    return set(str(rows[0][1]).split(",")) if rows else set()


#: a conda file's entries that are no package of the environment's code
_NOT_PACKAGES = frozenset(("python", "pip", "ipykernel", "jupyter", "notebook", "ipython", "r", "setuptools", "wheel"))


#: what a documentation build installs (a docs folder's requirements name one of them)
_DOC_TOOLS = ("sphinx", "mkdocs", "myst", "nbsphinx", "furo", "jupyter-book", "jupyter_book", "numpydoc",
              "recommonmark", "pydata-sphinx", "docutils", "pdoc", "nbconvert")


def _docs_environment(ctx: Context, path: str) -> bool:
    """An environment file in a documentation folder (not tests or fixtures) naming no documentation tool."""
    parts = path.lower().split("/")[:-1]
    names = _env_names_of(ctx, path)
    return (any(p in ("doc", "docs", "documentation") for p in parts)
            and not any(p in ("test", "tests", "fixtures", "testdata") for p in parts)
            and bool(names) and not any(n.startswith(_DOC_TOOLS) for n in names))


#: folders of side projects: integrations with other platforms, examples, demos, contributed code
_SIDE_PROJECT = re.compile(r"(^|/)(integrations?|examples?|demos?|contrib|samples?)/")
_SIDE_LIST = re.compile(r"(dev|test|doc|lint|ci|style|format|build|optional|extra)")
#: w25a: the same, as a word of the file's name (`requirements_dev.txt`, `requirements-docs.txt`, `test-env.yml`)
_SIDE_FILE = re.compile(r"(^|[_.-])(dev|develop|development|tests?|testing|docs?|lint|ci|style|format|build)([_.-]|$)")


@check("DR303", watches=_env_watch, facts_only=True,
       reads=reading((*ML_FACTS, "lock_file"), said=("env_pins", "env_names")))
def environment_pinned(ctx: Context) -> CheckResult:
    if not has_ml_code(ctx):
        return not_applicable(NO_ML)
    locks = sorted(p for p in ctx.files_with("lock_file") if not is_aux(p))
    if locks:
        return passed(f"lock file {locks[0]}", [(p, 1, "lock file") for p in locks[:3]])
    best: tuple[float, int, str, list[tuple[str, int, str]]] | None = None
    cands: list[tuple[str, tuple[float, int, str, list[tuple[str, int, str]]]]] = []
    specs = [(p, rows) for p, rows in sorted(ctx.files_with("env_pins").items()) if not is_aux(p)]
    # w25a: a side list named for development, tests, docs or CI (MMSplice's requirements_dev.txt pins bumpversion,
    # flake8, tox, Sphinx) records the tools around the code, not the environment it runs in, while another file
    # describes that one (even a setup.py)
    side = [(p, rows) for p, rows in specs if _SIDE_FILE.search(p.rpartition("/")[2].lower())]
    if side and len(side) < len(specs):
        specs = [s for s in specs if s not in side]
    # w25b: an integration's or an example's own requirements (FLamby's integration/Substra/requirements.txt)
    # describe that side project, not the repository's environment, when the repository declares one elsewhere
    main = [(p, rows) for p, rows in specs if not _SIDE_PROJECT.search(p.lower())]
    if main:
        specs = main
    if not specs:
        # w25b: the only environment file kept with the documentation (PORPOISE's docs/clam.yaml, a conda export
        # of the lab's deep-learning environment) is the repository's when it builds no documentation: it names
        # no documentation tool (Sphinx, MkDocs, MyST...), which a docs build's requirements always do
        specs = [(p, rows) for p, rows in sorted(ctx.files_with("env_pins").items()) if _docs_environment(ctx, p)]
    # a package's install_requires are ranges on purpose (what it works with); a requirements, conda or Docker
    # file records the environment results came from: setup.py decides only when there is nothing else
    if any(rows[0][2] != "setup.py" for _, rows in specs):
        specs = [(p, rows) for p, rows in specs if rows[0][2] != "setup.py"]
    for path, rows in specs:
        pinned, total, kind = rows[0]
        score = 10.0 * int(pinned) / int(total)
        loose = [(path, int(n), str(t)) for n, t in ctx.index.facts(path).get("env_loose", ())]
        ev = loose or [(path, 1, f"{pinned} of {total} pinned ({kind})")]
        cand = (score, int(total), f"{pinned} of {total} packages pinned in {path} ({kind})", ev)
        cands.append((path, cand))
        # the most complete description of the environment decides (a side file for one model does not)
        if best is None or (cand[1], cand[0]) > (best[1], best[0]):
            best = cand
    if best is not None and not _all_pinned(best[0], best[1]):
        # w24a: a loose conda file next to a pinned requirements file of the same folder (SEDR: environment.yaml
        # names 19 packages, requirements.txt pins 14 of them): the pinned file records the versions of the same
        # environment, unless it is a side list (dev, test, docs, lint tools) or much smaller
        # (ReLeaSE's pinned pip file lists other packages than its loose conda file: two halves, not one
        # environment twice)
        home_path = next(p for p, c in cands if c is best)
        home = home_path.rpartition("/")[0]
        wanted = _env_names_of(ctx, home_path)
        pinned_here = [c for p, c in cands if _all_pinned(c[0], c[1]) and 2 * c[1] >= best[1]
                       and p.rpartition("/")[0] == home and not _SIDE_LIST.search(p.rpartition("/")[2].lower())
                       and 2 * len(wanted & _env_names_of(ctx, p)) >= len(wanted - _NOT_PACKAGES)]
        if pinned_here:
            best = max(pinned_here, key=lambda c: (c[1], c[0]))
    if best is None:
        return failed("looked for a lock file, or a requirements file, conda environment (any name), "
                      "Dockerfile or pyproject.toml outside tests and docs; found none")
    score, total, reason, ev = best
    # nearly all pinned: a lone open package among several (a progress bar, a notebook tool) leaves the
    # environment rebuildable
    pinned = round(score * total / 10.0)
    if score >= 9.0 or (total >= 5 and pinned == total - 1):
        return passed(reason, ev, 10.0)
    return (warned if score > 0 else failed)(reason, ev, score)


_ENV_EXT = (".txt", ".yml", ".yaml", ".toml", ".lock", ".cfg", ".ini")
#: the names `make` reads (a CI step running `make` refers to one: scan's `_CI_MAKE`)
_MAKEFILES = frozenset({"Makefile", "makefile", "GNUmakefile"})


def _norm(ref: str) -> str:
    return posixpath.normpath(ref)


@check("DR304", watches=lambda p: True, facts_only=True, paths=True,
       reads=reading((*ML_FACTS, "ci", "ci_path", "ci_runs", "ci_manual", "ci_set_up_only", "ci_docs_only"),
                     said=("ci_refs", "ci_runs")))  # (a run's text ranks the steps shown: tests first)
def ci(ctx: Context) -> CheckResult:
    if not has_ml_code(ctx):
        return not_applicable(NO_ML)
    live: list[tuple[int, str, int, str]] = []  # (rank of the step shown, path, line, step)
    dead: list[tuple[str, int, str]] = []
    set_up: list[tuple[str, int, str]] = []  # workflows that only install and print versions
    idle: list[str] = []
    docs: list[tuple[str, int, str]] = []  # workflows that only build the documentation
    paths = set(ctx.files_with("ci")) | set(ctx.files_with("ci_path"))
    names: set[str] | None = None  # the file names in the repository, built when a path is not found
    for path in sorted(paths):
        facts = ctx.index.facts(path)
        runs = facts.get("ci_runs") or []
        missing = []
        for n, ref in facts.get("ci_refs") or []:
            ref = str(ref)
            if _norm(ref) in ctx.snapshot:
                continue
            if names is None:
                names = {p.rpartition("/")[2] for p in ctx.snapshot.paths()}
            base = ref.rpartition("/")[2]
            if base == "Makefile" and names & _MAKEFILES:  # (`make` finds any of its names, in any folder cd'd to)
                continue
            # a step run from a subfolder (`cd src && python train.py`) names its file without the folder; but
            # a bare `pip install -r requirements.txt` did not mean docs/requirements.txt
            if base in names and (not base.endswith(_ENV_EXT) or any(
                    p.rpartition("/")[2] == base and not is_aux(p) for p in ctx.snapshot.paths())):
                continue
            missing.append((path, int(n), f"runs {ref}, which is not in the repository"))
        if missing:
            dead.extend(missing[:3])
        elif runs:
            best = min((ci_step_rank(str(t)), path, int(n), str(t)) for n, t in runs)
            if "ci_docs_only" in facts:  # (w37a: installs, then a documentation build or deploy)
                docs.append((path, best[2], "only builds or deploys the documentation"))
            elif "ci_set_up_only" not in facts:
                live.append(best)
            else:
                set_up.append((path, best[2], best[3]))
        else:
            idle.append(path)
    manual = [p for p in sorted(paths) if "ci_manual" in ctx.index.facts(p)]
    if live:
        live.sort(key=lambda r: (r[0], r[1]))  # the workflows that test the project first
        return passed(f"CI runs in {len(live)} workflow(s)", [(p, n, t) for _, p, n, t in live[:5]])
    if dead:
        return failed("the CI configuration runs files that no longer exist (a dead workflow)", dead[:6])
    if manual and len(manual) == len(idle):  # (w30d: every workflow is started only by hand)
        return failed("CI workflows run only when started by hand (workflow_dispatch), never on a push",
                      [(p, 1, "runs only when started by hand") for p in manual[:3]])
    if docs and not set_up:
        return failed("CI only builds or deploys the documentation (installs, then Sphinx or MkDocs): no test, "
                      "check or script of the project runs", docs[:3])
    if set_up:  # (coordinator, session 20: genoml2's Travis job, `pip install .` then `echo "TODO"`)
        return failed("CI only sets the environment up (installs packages, prints versions) and runs nothing of "
                      "the project: no test, check, build or script", set_up[:3])
    if idle:
        return failed("CI files run no build or test command", [(p, 1, "no run step") for p in idle[:3]])
    return failed("looked for a CI configuration (.github/workflows/*.yml, .gitlab-ci.yml, ...) that runs something "
                  "in this repository; found none")

