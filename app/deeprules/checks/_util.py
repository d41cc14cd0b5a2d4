"""Helpers the rules share: which files are code, which are training scripts, which local modules a
script reaches through its imports. Everything here folds facts; nothing reads a file."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .scan import CODE_EXT, extractor, is_aux

FRAMEWORKS = {"imp_torch": "PyTorch", "imp_tf": "TensorFlow/Keras", "imp_jax": "JAX", "imp_sklearn": "scikit-learn",
              "lang_r": "R", "imp_dlwrap": "a deep learning library"}
GPU_FRAMEWORKS = ("imp_torch", "imp_tf", "imp_jax", "imp_dlwrap")
SEED_FACTS = ("seed_torch", "seed_tf", "seed_jax", "seed_sklearn", "seed_np", "seed_py", "seed_r", "seed_any")
SEEDS = {
    "imp_torch": ("seed_torch", "seed_any"),
    "imp_tf": ("seed_tf", "seed_any"),
    "imp_jax": ("seed_jax", "seed_any"),
    "imp_sklearn": ("seed_sklearn", "seed_np", "seed_any"),
    "lang_r": ("seed_r",),
    "imp_dlwrap": ("seed_torch", "seed_tf", "seed_np", "seed_any", "seed_py"),
}


#: The facts `training_scripts` and `has_ml_code` fold (by presence).
TRAINING_FACTS = ("opt_step", "trainer_fit", "fit_epochs", "keras_fit", "sk_fit", "r_train", "imp_torch", "imp_tf",
                  "imp_jax", "imp_dlwrap", "imp_sklearn", "lang_r", "baseline", "step_method", "backward",
                  "opt_tensors", "params_call", "skorch_net", "cli_train", "lib_train", "model_lib", "sk_network")
#: (coordinator, session 15) training facts whose evidence text `training_line` reads (w30d: a scikit-learn fit counts
#: when its arguments are a split's training part): a check that reads one of them reads what its lines say
TRAINING_TEXT_FACTS = frozenset(("sk_fit",))
ML_FACTS = (*TRAINING_FACTS, "model_def", "learner_def")
#: w25a: deep-learning frameworks and wrappers imported, a network built by a function, a toolkit's model
NETWORK_FACTS = ("imp_torch", "imp_tf", "imp_jax", "imp_dlwrap", "skorch_net", "model_fn", "model_lib", "r_network")
#: how many imports deep a script's walk of local modules goes (coordinator, session 13: REINVENT4's entry point
#: seeds, then reaches its transfer-learning loop through five: the run-modes package, the run function, the TL
#: package, the model's learner and the base class that trains)
WALK_DEPTH = 6


def is_code(path: str) -> bool:
    """Scripts and notebooks by their extension, and extension-less files that may be executable scripts
    (their shebang decides what they hold)."""
    low = path.lower()
    name = low.rsplit("/", 1)[-1]
    # a Snakefile holds Python (rules' run: blocks) as .smk files do (Snakefile_hg38: one per genome)
    return low.endswith(CODE_EXT) or name.startswith("snakefile") or ("." not in name and extractor(path) == "script")


def is_read(path: str) -> bool:
    return extractor(path) is not None


def main_code(path: str) -> bool:
    """Code that is part of the work (not tests, docs or fixtures)."""
    return is_code(path) and not is_aux(path)


def basename(path: str) -> str:
    return posixpath.basename(path)


#: a Python import statement at the start of an evidence line (the one form the rules test: tip07 adds "without
#: an alias", `_IMPORT_ONLY` its metric definitions and continuation lines)
IMPORT_STATEMENT = r"^\s*(from\s+[\w.]+\s+import\b|import\s)"
#: an import statement, Python's or R's library/require: what a file may use, not what it does
_IMPORT_LINE = re.compile(IMPORT_STATEMENT + r"|^\s*(library|require|requireNamespace)\s*\(")


#: a simple model named to caret or mlr3 as a string (scan's w22b baseline entry); w33c: each has tuning parameters
#: that caret's train() searches over its default grid
CARET_METHOD = re.compile(r"['\"](classif\.\w+|regr\.\w+|glmnet|rf|ranger|rpart2?|svmRadial|svmLinear\d?|svmPoly|"
                          r"xgbTree|xgbLinear|xgbDART|gbm|LogitBoost|parRF|treebag|C5\.0|plr|regLogistic|naive_bayes)['\"]")


def caret_default_grids(ctx: Any) -> list[tuple[str, int, str]]:
    """w33c: caret's train() given a resampling control and a method with tuning parameters, no grid of its own
    (ampir's vignette: `trainControl(method = "repeatedcv", number = 10, repeats = 3)` and `train(...,
    method = "svmRadial", trControl = ...)`) scores the method's default grid (tuneLength 3: C for the SVM, mtry for
    a forest) on the resamples and keeps the best: a search, as a tuneGrid is. `lm`/`glm` have nothing to tune."""
    out: list[tuple[str, int, str]] = []
    for path, lines in sorted(ctx.files_with("caret_resampled").items()):
        facts = ctx.index.facts(path)
        if is_aux(path) or "r_train" not in facts:
            continue
        methods = [row for row in facts.get("baseline", ()) if CARET_METHOD.search(str(row[1]))]
        if methods:
            out += first(lines, path) + first(methods, path)
    return out


def first(evidence: list[list[Any]], path: str, limit: int = 1) -> list[tuple[str, int, str]]:
    """The first `limit` lines of a file's evidence, the lines that do something before its imports (session 10's
    audit: `from hyperopt import hp, fmin` shown for Azimuth's search, whose calls came later)."""
    rows = sorted(evidence, key=lambda r: _IMPORT_LINE.match(str(r[1])) is not None) if len(evidence) > 1 \
        else evidence
    return [(path, int(n), str(t)) for n, t in rows[:limit]]


def gather(ctx: Any, fact: str, limit: int = 4, *, where: Any = None) -> list[tuple[str, int, str]]:
    """Evidence of `fact` from the files `where(path)` accepts (default: not tests/docs/fixtures)."""
    keep = where or (lambda p: not is_aux(p))
    out: list[tuple[str, int, str]] = []
    for path, lines in sorted(ctx.files_with(fact).items()):
        if keep(path):
            out.extend(first(lines, path))
            if len(out) >= limit:
                break
    return out


def frameworks(facts: dict[str, Any]) -> list[str]:
    fws: list[str] = [fw for fw in ("imp_torch", "imp_tf", "imp_jax", "imp_sklearn", "lang_r") if fw in facts]
    if not fws and ("imp_dlwrap" in facts or "cli_train" in facts):  # (w22b: a toolkit's training command)
        fws = ["imp_dlwrap"]
    elif fws == ["lang_r"] and "cli_train" in facts:  # (w27d: R launching a Python training script, which the
        fws = ["lang_r", "imp_dlwrap"]  # Python side's seeds and determinism settings govern)
    return fws


def wraps_optimizer(facts: dict[str, Any]) -> bool:
    """Optimizer steps that train no model here. A PyTorch optimizer wrapper (NoamOpt, ScheduledOptim): its
    `step(self)` sets the learning rate and calls the wrapped optimizer's step, and no loss is
    back-propagated in the file (the script that uses it trains). Or an optimizer over named tensors with no
    model's parameters anywhere in the file: a prediction refined at inference (IgFold's coordinates)."""
    torch_only = "imp_torch" in facts and "imp_tf" not in facts and "imp_jax" not in facts
    return torch_only and (("step_method" in facts and "backward" not in facts)
                           or ("opt_tensors" in facts and "params_call" not in facts))


#: w30d: a supervised fit on the training part of a split (`clf.fit(X_train, y_train)`, `cvclf.fit(X_[train],
#: y_[train])`, `predictor.fit(X_train[p_train, :], y_train[p_train])`): an estimator trained here even when another
#: file builds it (moabb's evaluations fit the pipelines its YAML files describe; cptox21's aggregated conformal
#: predictor fits the SVC a notebook hands it); a scaler's or selector's `fit(X)` takes no labels
_FIT_ON_TRAIN = re.compile(r"\.fit\s*\(\s*(?=[^\n)]*train)[Xx]\w*\s*(\[[^\]\n]*\])?\s*,\s*"
                           r"y\w*\s*(\[[^\]\n]*\])?\s*[,)]")


def _sk_fit_line(facts: dict[str, Any]) -> int | None:
    """The line of a scikit-learn fit that trains here: any fit where the file builds an estimator (or a skorch
    network), else a fit on a split's training part (see `_FIT_ON_TRAIN`)."""
    rows = facts.get("sk_fit") or []
    if not rows or ("imp_sklearn" not in facts and "skorch_net" not in facts):
        return None
    if "baseline" in facts or "skorch_net" in facts or "sk_network" in facts:
        return int(rows[0][0])
    return next((int(n) for n, text in rows if _FIT_ON_TRAIN.search(str(text))), None)


def training_line(facts: dict[str, Any]) -> int | None:
    """The line where a file trains a model, or None. An optimizer step, a trainer's fit, a fit with
    epochs, Keras fit, a scikit-learn fit of a supervised estimator, R's caret/tidymodels training.
    `.backward(` alone (attribution), `.fit(` of a mixture model or scaler, or an optimizer wrapper's
    step is not training."""
    dl = any(f in facts for f in GPU_FRAMEWORKS) and not wraps_optimizer(facts)
    for fact, ok in (("opt_step", dl), ("trainer_fit", True), ("fit_epochs", True),
                     ("keras_fit", "imp_tf" in facts)):
        if ok and fact in facts:
            return int(facts[fact][0][0])
    # a scikit-learn estimator's fit, or a skorch-wrapped network's (EEGClassifier(...).fit(X, y))
    sk = _sk_fit_line(facts)
    if sk is not None:
        return sk
    # (session 12: a toolkit's model built in the file and trained by `.train()`, scvi-tools)
    for fact, ok in (("r_train", "lang_r" in facts), ("cli_train", True), ("lib_train", "model_lib" in facts)):
        if ok and fact in facts:
            return int(facts[fact][0][0])
    return None


def deep_training(facts: dict[str, Any], fws: Iterable[str] = ()) -> bool:
    """Does the file train a network (not only a scikit-learn or R model)? `fws`: the frameworks it trains with
    when `training_scripts` found them in the local modules it imports (RibonanzaNet's run.py steps an optimizer
    over the torch of `from Network import *`)."""
    dl = (any(f in facts for f in GPU_FRAMEWORKS) or any(f in GPU_FRAMEWORKS for f in fws)) \
        and not wraps_optimizer(facts)
    return (("opt_step" in facts and dl) or "trainer_fit" in facts or "fit_epochs" in facts or
            (_keras_fit(facts) and "imp_tf" in facts) or ("sk_fit" in facts and "skorch_net" in facts) or
            "cli_train" in facts or ("lib_train" in facts and "model_lib" in facts))


def _keras_fit(facts: dict[str, Any]) -> bool:
    """A `.fit(` that may be Keras': w30b, not a simple estimator built and fitted on one line (derm7pt's notebook
    imports Keras for a pretrained MobileNet that only extracts features, then `LogisticRegression(C=0.01,
    class_weight='balanced').fit(train_f, y)`: no network trains there)."""
    simple = {int(row[0]) for row in facts.get("baseline", ())}
    return any(int(row[0]) not in simple for row in facts.get("keras_fit", ()))


def builds_network(ctx: Any) -> bool:
    """Does the repository (outside tests and docs) import a deep-learning framework or build a network?"""
    return any(not is_aux(p) for fact in NETWORK_FACTS for p in ctx.files_with(fact))


def has_ml_code(ctx: Any) -> bool:
    """Does the repository hold any machine-learning code (outside tests and docs): a framework import, a
    model defined, or training?"""
    memo = ctx.cache.get("ml")
    if memo is None:
        memo = any(not is_aux(p) for fact in ("imp_torch", "imp_tf", "imp_jax", "imp_sklearn", "imp_dlwrap")
                   for p in ctx.files_with(fact)) or bool(training_scripts(ctx)) or any(
            not is_aux(p) and not _framework_free_class(rows) for p, rows in ctx.files_with("model_def").items())
        # (coordinator, session 14: or a learner written by hand, a class with fit and predict methods: Kover's)
        memo = memo or any(not is_aux(p) for p in ctx.files_with("learner_def"))
        ctx.cache["ml"] = memo
    return bool(memo)


def _framework_free_class(rows: Any) -> bool:
    """w23b: asked only when no file imports a framework and nothing trains: a class deriving from another
    `*Model` class (augur's `class TreeModel(TiterModel)`, a statistical titer model; an ORM's `models.Model`)
    is no network there; a Sequential or functional model built in code still is."""
    return all(str(row[1]).lstrip().startswith("class ") for row in rows)


def training_scripts(ctx: Any) -> dict[str, list[str]]:
    """Files (not tests, docs or fixtures) that train a model: path -> the frameworks they use."""
    memo = ctx.cache.get("training")
    if memo is not None:
        return dict(memo)
    derived = getattr(ctx.index, "derived", None)
    # path -> (the facts seen, the frameworks it trains with or None): a file is judged again only when its
    # facts changed (`history` keeps this for all commits)
    judged: dict[str, tuple[Any, list[str] | None]] = (
        derived.setdefault("training", {}) if derived is not None else {})
    out: dict[str, list[str]] = {}
    cands: set[str] = set()
    for fact in ("opt_step", "trainer_fit", "fit_epochs", "keras_fit", "sk_fit", "r_train", "cli_train", "lib_train"):
        cands.update(ctx.files_with(fact))
    for path in cands:
        if is_aux(path):
            continue
        facts = ctx.index.facts(path)
        hit = judged.get(path)
        if hit is not None and hit[0] is facts:
            fws: list[str] | None = hit[1]
        else:
            fws = None
            if training_line(facts) is not None:
                fws = frameworks(facts)
                if not deep_training(facts):  # only a classic model trains here: its seeds are what matter
                    fws = [f for f in fws if f in ("imp_sklearn", "lang_r")] or fws
            judged[path] = (facts, fws or None)
        if not fws and ("trainer_fit" in facts or "fit_epochs" in facts or ("opt_step" in facts and not any(
                f in facts for f in GPU_FRAMEWORKS))):
            # w23a: an entry script fits a trainer a local module builds (`from utils.module_loader import *`;
            # `trainer = load_trainer(config)`; SaProt): it trains with the frameworks of the modules it imports
            # (w27b: or fits for epochs a network a local module builds, `import dsol.Models_dsol1 as Models`;
            # `model.fit(..., epochs=n)` in DeepSol's main_dsol1.py, which imports no framework itself)
            # (coordinator, session 12: or steps an optimizer over torch it took from them, RibonanzaNet's run.py:
            # `from Network import *`, then `accelerator.backward(loss)`, `optimizer.step()`; it may import
            # scikit-learn itself, for its folds)
            fws = _imported_frameworks(ctx, path)
        if fws:
            out[path] = fws
    out = dict(sorted(out.items()))
    ctx.cache["training"] = out
    return out


def _imported_frameworks(ctx: Any, path: str) -> list[str]:
    """The deep-learning frameworks of the local modules `path` imports directly (not judged with the file's own
    facts: they change with the imported modules)."""
    found: list[str] = []
    for mod in import_graph(ctx).edges.get(path, ()):
        for fw in frameworks(ctx.index.facts(mod)):
            if fw in ("imp_torch", "imp_tf", "imp_jax") and fw not in found:
                found.append(fw)
    return found


def module_names(path: str) -> list[str]:
    """Dotted names a Python file can be imported by (every suffix: the repository's import roots vary)."""
    mod = path[:-3].replace("/", ".")
    if mod.endswith(".__init__"):
        mod = mod[: -len(".__init__")]
    parts = mod.split(".")
    return [".".join(parts[i:]) for i in range(len(parts))]


class ImportGraph:
    """The local import graph of a fact index (path -> the local modules it imports, resolved) and the
    modules each script reaches, kept up to date one changed file at a time: `history` keeps one for all
    the commits of a walk, so an edit re-resolves only the imports it touches, and only the scripts whose
    walk went through a changed file are walked again.

    Resolution: an import names a dotted module; the longest prefix that some Python file with facts can be
    imported by wins: one importable by the whole name from the root first, then the shallowest (`module_names`)."""

    def __init__(self) -> None:
        self.imports: dict[str, Any] = {}  # path -> the `imports` evidence object seen (identity)
        self.seen: dict[str, Any] = {}  # path -> the facts object seen at the last sync (identity)
        self.names: dict[str, list[str]] = {}  # path -> absolute dotted names it imports
        self.providers: dict[str, set[str]] = {}  # module name -> Python files importable by it
        self.mods: dict[str, str] = {}  # module name -> the file it resolves to
        self.importers: dict[str, set[str]] = {}  # dotted name and each of its prefixes -> files importing it
        self.edges: dict[str, list[str]] = {}  # path -> local modules imported (only non-empty lists)
        self.walks: dict[str, list[str]] = {}  # path -> modules reached (memo of `reached`)
        self.seen_by: dict[str, set[str]] = {}  # file -> paths whose walk read its edges
        # a package __init__ with more than _FANOUT edges -> paths whose walk reached it and stopped there: such
        # a walk read only that it has that many, so an edit of its imports that keeps it above changes nothing
        self.passed_by: dict[str, set[str]] = {}
        self.dropped: list[str] = []  # every walk dropped so far, in order (what hangs on walks checks it)
        self.stale: dict[str, list[str]] = {}  # a dropped walk: kept (the same object) if it comes out the same
        self.log_pos: int | None = None  # how much of the fact index's change log the last sync saw

    def sync(self, by_path: dict[str, Any], changed: Iterable[str] | None = None) -> None:
        """Bring the graph up to date with `by_path`; `changed` (when given) holds every path whose facts may
        differ from the last sync's, so only those are compared."""
        known = self.imports
        seen = self.seen
        touched = []
        if changed is None:
            for p, f in by_path.items():  # the facts of most files are the very objects of the last sync
                if seen.get(p) is not f:
                    seen[p] = f
                    touched.append(p)
            if len(seen) != len(by_path):
                for p in [p for p in seen if p not in by_path]:
                    del seen[p]
                    touched.append(p)
        else:
            for p in dict.fromkeys(changed):
                f = by_path.get(p)
                if f is None:
                    if p in seen:
                        del seen[p]
                        touched.append(p)
                elif seen.get(p) is not f:
                    seen[p] = f
                    touched.append(p)
        if not touched:
            return
        # every file with imports (notebooks too) has edges; only Python files can be imported
        now = {p: by_path[p].get("imports") for p in touched
               if p in by_path and (p.endswith(".py") or "imports" in by_path[p])}
        gone = [p for p in touched if p in known and p not in now]
        new = [p for p in now if p not in known]
        changed = [p for p, imp in now.items() if p in known and known[p] is not imp]
        if not (gone or new or changed):
            return
        dirty: set[str] = set()  # files whose imports must be resolved again
        for p in gone:
            del known[p]
            self._set_names(p, [])
            dirty.add(p)
        for p in new:
            known[p] = now[p]
            dirty.add(p)
        for p in changed:
            known[p] = now[p]
            dirty.add(p)
        for p in gone:
            if p.endswith(".py"):
                dirty |= self._provide(p, add=False)
        for p in new:
            if p.endswith(".py"):
                dirty |= self._provide(p, add=True)
        for p in dirty:
            if p in known:
                self._set_names(p, _absolute_names(p, known[p]))
        changed_edges = []
        recounted = []  # changed files whose count of edges is or was at most _FANOUT
        for p in dirty:
            edges: list[str] = []
            if p in known:
                hits: dict[str, None] = {}
                for name in self.names.get(p, ()):
                    if name.endswith(".*"):  # every module of a package, one chosen at run time (scan._IMPORT_RE)
                        for member in self._members(name[:-2]):
                            if member != p:
                                hits[member] = None
                        continue
                    hit = _resolve_absolute(name, self.mods)
                    if hit is not None and hit != p:
                        hits[hit] = None
                edges = list(hits)
            before = self.edges.get(p, [])
            if edges != before:
                if edges:
                    self.edges[p] = edges
                else:
                    self.edges.pop(p, None)
                changed_edges.append(p)
                if len(before) <= _FANOUT or len(edges) <= _FANOUT:
                    recounted.append(p)
        # walks that read a changed file's edges are stale, and those that stopped at a package whose edges may
        # no longer be too many
        stale_walkers = [w for p in changed_edges for w in self.seen_by.pop(p, ())]
        stale_walkers += [w for p in recounted for w in self.passed_by.pop(p, ())]
        for walker in stale_walkers:
            old = self.walks.pop(walker, None)
            if old is not None:
                self.stale[walker] = old
                self.dropped.append(walker)

    def _set_names(self, path: str, names: list[str]) -> None:
        old = self.names.get(path, [])
        if old == names:
            return
        before = {p for name in old for p in _prefixes(name)}
        after = {p for name in names for p in _prefixes(name)}
        for prefix in before - after:
            bucket = self.importers.get(prefix)
            if bucket is not None:
                bucket.discard(path)
        for prefix in after - before:
            self.importers.setdefault(prefix, set()).add(path)
        if names:
            self.names[path] = names
        else:
            self.names.pop(path, None)

    def _provide(self, path: str, *, add: bool) -> set[str]:
        """A Python file with facts came or went: the module names it provides may resolve elsewhere now.
        Returns the files whose imports can resolve differently."""
        dirty: set[str] = set()
        for name in module_names(path):
            bucket = self.providers.setdefault(name, set())
            if add:
                bucket.add(path)
            else:
                bucket.discard(path)
            # w36c: a file importable by the whole name from the repository's root first (PiFold's main.py
            # `from utils import *` means the package utils/__init__.py, not API/utils.py one folder down,
            # which is as shallow and sorts first), then the shallowest
            winner = min(bucket, key=lambda p: (module_names(p)[0] != name, p.count("/"), p)) if bucket else None
            if winner != self.mods.get(name):
                if winner is None:
                    del self.mods[name]
                else:
                    self.mods[name] = winner
                dirty |= self.importers.get(name, set())
                # (and the files importing every module of its package: `pkg.*`)
                dirty |= self.importers.get(name.rpartition(".")[0] + ".*", set())
        return dirty

    def _members(self, package: str) -> list[str]:
        """The files of the modules directly in `package` (dotted), sorted: what `package.*` names."""
        head = package + "."
        return sorted({f for name, f in self.mods.items()
                       if name.startswith(head) and "." not in name[len(head):] and not f.endswith("__init__.py")})

    def resolved(self, path: str, names: Iterable[str]) -> set[str]:
        """The files of the repository these imports of `path` resolve to, with the current module map."""
        out = set()
        for name in _absolute_names(path, ((0, n) for n in names)):
            hit = _resolve_absolute(name, self.mods)
            if hit is not None and hit != path:
                out.add(hit)
        return out

    def reached(self, path: str, depth: int = WALK_DEPTH) -> list[str]:
        hit = self.walks.get(path) if depth == WALK_DEPTH else None
        if hit is not None:
            return hit
        graph = self.edges
        seen = {path}
        order: list[str] = []
        frontier = [path]
        read: list[str] = []  # the files whose edges this walk read (a change in any of them changes it)
        passed: list[str] = []  # packages it stopped at (only their count of edges read)
        for _ in range(depth):
            nxt = []
            for p in frontier:
                edges = graph.get(p, ())
                if p != path and len(edges) > _FANOUT and p.endswith("__init__.py"):
                    passed.append(p)
                    continue  # a package that imports all of itself: the script reached it, not all of it
                read.append(p)
                for mod in edges:
                    if mod not in seen:
                        seen.add(mod)
                        order.append(mod)
                        nxt.append(mod)
            frontier = nxt
            if not frontier:
                break
        if depth == WALK_DEPTH:
            for p in read:
                self.seen_by.setdefault(p, set()).add(path)
            for p in passed:
                self.passed_by.setdefault(p, set()).add(path)
            old = self.stale.pop(path, None)
            if old == order:
                order = old  # unchanged: what was built on it stays valid (`walk is old` tells)
            self.walks[path] = order
        return order


@lru_cache(maxsize=1 << 16)  # the same module names are imported by many files and many versions of each
def _prefixes(name: str) -> tuple[str, ...]:
    parts = name.split(".")
    return tuple(".".join(parts[:i]) for i in range(1, len(parts) + 1))


def _absolute_names(path: str, imports: Any) -> list[str]:
    out: dict[str, None] = {}
    for _n, name in imports or ():
        name = str(name)
        if name.startswith("."):
            dots = len(name) - len(name.lstrip("."))
            pkg = posixpath.dirname(path).split("/") if "/" in path else []
            base = pkg[: len(pkg) - (dots - 1)] if dots > 1 else pkg
            rest = name.lstrip(".")
            name = ".".join([*base, *([rest] if rest else [])])
        if name:
            out[name] = None
    return list(out)


def _resolve_absolute(name: str, mods: dict[str, str]) -> str | None:
    while name:
        hit = mods.get(name)
        if hit is not None:
            return hit
        name = name.rpartition(".")[0]
    return None


def import_graph(ctx: Any) -> ImportGraph:
    """The import graph of the context's fact index, brought up to date. Kept on the index across the
    commits of a history (`index.derived`), else for this snapshot."""
    index = ctx.index
    derived = getattr(index, "derived", None)
    if derived is None:  # an index without the history bookkeeping: build it for this snapshot
        derived = ctx.cache.setdefault("derived", {})
    graph: ImportGraph | None = derived.get("import_graph")
    if graph is None:
        graph = derived["import_graph"] = ImportGraph()
    if ctx.cache.get("import_graph") is not graph:  # once per snapshot: any file with imports may have changed
        log = getattr(index, "changes", None)
        if log is None or graph.log_pos is None:
            graph.sync(index.by_path)  # the first sync, or an index without a change log: every file
        else:  # the files changed since the last sync (`FactIndex.changes`)
            graph.sync(index.by_path, log[graph.log_pos:])
        graph.log_pos = None if log is None else len(log)
        ctx.cache["import_graph"] = graph
    return graph


_FANOUT = 12


def reached(ctx: Any, path: str, depth: int = WALK_DEPTH) -> list[str]:
    """Local modules `path` imports, directly or through others (a few levels), in order met."""
    return import_graph(ctx).reached(path, depth)


def headings(text: str) -> list[tuple[int, int, str]]:
    """(line, level, title) of the Markdown headings, outside fenced code and front matter."""
    out = []
    fence = False
    lines = text.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                start = i + 1
                break
    for n in range(start, len(lines)):
        line = lines[n]
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
            continue
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m and not fence:
            out.append((n + 1, len(m[1]), m[2]))
    return out


def section(text: str, pattern: str) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """Sections whose heading matches `pattern`: (heading line, title, [(line, text)] of the body)."""
    lines = text.splitlines()
    hs = headings(text)
    out = []
    for i, (n, level, title) in enumerate(hs):
        if not re.search(pattern, title, re.I):
            continue
        end = len(lines)
        for n2, level2, _ in hs[i + 1:]:
            if level2 <= level:
                end = n2 - 1
                break
        body = [(k + 1, lines[k]) for k in range(n, end)]
        out.append((n, title, body))
    return out


_COMMENT = re.compile(r"<!--.*?-->", re.S)


def meaningful(body: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines with content once HTML comments and blank lines are removed."""
    out = []
    for n, line in body:
        stripped = _COMMENT.sub("", line).strip()
        if stripped and not re.match(r"^#{1,6}\s", stripped):
            out.append((n, stripped))
    return out
