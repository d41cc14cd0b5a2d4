"""Facts read from single files, without running them: which frameworks a script imports, whether it
trains, where it sets seeds, which splits and metrics it uses. One pass of line patterns per file.

Facts depend only on a file's path kind and content, so they are memoised by git blob id (see
`FactIndex`): `history` analyses each version of each file once, and a warm `check` reads nothing.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any


class LazyRe:
    """A regex compiled on first use: ~30 large patterns cost ~10 ms to compile, which a warm `check`
    (every fact already memoised) or `history` read from the cache never needs."""

    __slots__ = ("_args", "_re")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._re: re.Pattern[str] | None = None

    def get(self) -> re.Pattern[str]:
        if self._re is None:
            self._re = re.compile(*self._args)
        return self._re

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.get().search(string, *args)

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.get().match(string, *args)

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.get().fullmatch(string, *args)

    def finditer(self, string: str, *args: Any) -> Any:
        return self.get().finditer(string, *args)

    def findall(self, string: str, *args: Any) -> list[Any]:
        return self.get().findall(string, *args)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.get().sub(repl, string, count)

    @property
    def pattern(self) -> str:
        return self._args[0]

    @property
    def flags(self) -> int:
        return self.get().flags

#: Bump when a pattern changes: cached facts from older versions are then ignored.
ANALYZER_VERSION = "4"

Evidence = list[Any]  # [line, text]
Facts = dict[str, list[Evidence]]

CODE_EXT = (".py", ".r", ".ipynb", ".rmd", ".qmd")
DOC_EXT = (".md", ".txt", ".csv", ".tsv", ".json", ".rst", ".html")
RESULTS_RE = LazyRe(r"(^|/)(results?|reports?|experiments?|benchmarks?|evaluations?|outputs?)(/|$)|"
                        r"(result|baseline|benchmark|metric|evaluation|leaderboard|comparison)[^/]*$", re.I)
SEARCH_CONFIG_RE = LazyRe(r"(search|sweep|hparam|hyperparam|tuning|optuna|space)[^/]*\.(ya?ml|json|toml)$", re.I)
ARCH_DOC_RE = LazyRe(r"^#{1,4}\s.*\b(architecture|model design|network design)\b", re.I)


def _P(pattern: str, flags: int = 0) -> LazyRe:
    return LazyRe(pattern, flags | re.M)


#: Facts that follow from a path alone (no reading): CI configuration, environment files, search spaces.
CI_RE = _P(r"^(\.github/workflows/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci/config\.ya?ml|"
           r"azure-pipelines\.ya?ml|Jenkinsfile|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|"
           r"\.woodpecker\.ya?ml|\.drone\.ya?ml|\.buildkite/pipeline\.ya?ml)$")
LOCK_RE = _P(r"(^|/)(uv\.lock|poetry\.lock|Pipfile\.lock|pdm\.lock|pixi\.lock|[^/]*conda-lock\.ya?ml|renv\.lock|"
             r"environment\.lock\.ya?ml|Manifest\.toml)$", re.I)
REQ_RE = _P(r"(^|/)(requirements[^/]*\.txt|requirements/[^/]+\.txt|constraints[^/]*\.txt)$", re.I)
ENV_RE = _P(r"(^|/)(environment[^/]*\.ya?ml|conda[^/]*\.ya?ml|env\.ya?ml)$", re.I)
PATH_FACTS: list[tuple[str, LazyRe]] = [("ci", CI_RE), ("lock_file", LOCK_RE), ("requirements", REQ_RE),
                                                 ("conda_env", ENV_RE), ("search_config", SEARCH_CONFIG_RE)]

#: (fact, pattern) applied to each code line (comments removed).
CODE_PATTERNS: list[tuple[str, LazyRe]] = [
    ("imp_torch", _P(r"^\s*(import|from)\s+(torch|lightning|pytorch_lightning|fastai|monai|torchvision|timm)\b")),
    ("imp_tf", _P(r"^\s*(import|from)\s+(tensorflow|keras|tf_keras)\b")),
    ("imp_jax", _P(r"^\s*(import|from)\s+(jax|flax|haiku|optax|equinox)\b")),
    ("imp_sklearn", _P(r"^\s*(import|from)\s+(sklearn|xgboost|lightgbm|catboost)\b")),
    ("train", _P(r"\.fit\s*\(|\.fit_generator\s*\(|\boptimi[sz]er\.step\s*\(|\.backward\s*\(|"
                 r"\btrainer\.(fit|train)\s*\(|\.train_on_batch\s*\(|\bcaret::train\s*\(|<-\s*train\s*\(|"
                 r"\boptax\.apply_updates\s*\(|\bfit_resamples\s*\(|\btune_grid\s*\(|\bmodel\.train\s*\(\s*\)")),
    ("seed_torch", _P(r"\btorch\.(cuda\.)?manual_seed(_all)?\s*\(")),
    ("seed_tf", _P(r"\btf\.random\.set_seed\s*\(|\bset_random_seed\s*\(|\btf\.set_random_seed\s*\(")),
    ("seed_jax", _P(r"\b(random\.)?PRNGKey\s*\(|\bjax\.random\.key\s*\(|\bnnx\.Rngs\s*\(")),
    ("seed_sklearn", _P(r"\brandom_state\s*=\s*(?!None\b)[\w\"']")),
    ("seed_np", _P(r"\bnp\.random\.seed\s*\(|\bnumpy\.random\.seed\s*\(|\bdefault_rng\s*\(\s*\w")),
    ("seed_r", _P(r"\bset\.seed\s*\(")),
    ("seed_any", _P(r"\b(seed_everything|set_seeds?|fix_seeds?|seed_all|set_global_seed|set_random_seeds?)\s*\(")),
    ("determinism", _P(r"use_deterministic_algorithms\s*\(\s*True|cudnn\.deterministic\s*=\s*True|"
                       r"enable_op_determinism\s*\(|TF_DETERMINISTIC_OPS|xla_gpu_deterministic_ops|"
                       r"\bdeterministic\s*=\s*True")),
    ("split_grouped", _P(r"\b(StratifiedGroupKFold|GroupKFold|GroupShuffleSplit|LeaveOneGroupOut|LeavePGroupsOut|"
                         r"group_vfold_cv|group_initial_split|groupKFold|GroupSplit)\b")),
    ("split_homology", _P(r"\b(mmseqs2?|cd-hit(-est)?|cdhit|blastclust|usearch|vsearch|graph-?part|"
                          r"easy-cluster|easy-linclust|uclust)\b", re.I)),
    ("split_scaffold", _P(r"\b(ScaffoldSplitter|MurckoScaffold|scaffold_split|GetScaffoldForMol)\b")),
    ("split_any", _P(r"\b(train_test_split|KFold|StratifiedKFold|ShuffleSplit|StratifiedShuffleSplit|random_split|"
                     r"initial_split|vfold_cv|createDataPartition|createFolds|RandomSplitter|"
                     r"split_dataset|train_val_test_split)\b")),
    ("metric_pr", _P(r"\b(average_precision_score|precision_recall_curve|AveragePrecision|auprc|pr_auc|prauc|"
                     r"PrecisionRecallCurve|BinaryAveragePrecision|PRAUC|pr_curve|AUPRC|PR-AUC|average_precision|"
                     r"PrecisionRecallDisplay|MulticlassAveragePrecision)\b", re.I)),
    ("metric_balance", _P(r"\b(matthews_corrcoef|balanced_accuracy_score|f1_score|MatthewsCorrCoef|F1Score|"
                          r"mcc|bal_accuracy|cohen_kappa_score)\b")),
    ("metric_basic", _P(r"\b(accuracy_score|roc_auc_score|roc_curve|BinaryAccuracy|Accuracy|AUROC|roc_auc)\b|"
                        r"metrics\s*=\s*\[\s*[\"']acc(uracy)?[\"']")),
    ("search", _P(r"\b(optuna|ray\.tune|from ray import tune|keras_tuner|kerastuner|GridSearchCV|"
                  r"RandomizedSearchCV|HalvingGridSearchCV|BayesSearchCV|hyperopt|wandb\.sweep|skopt|"
                  r"tune_grid|tune_bayes|nevergrad|ax\.service|smac)\b")),
    ("baseline", _P(r"\b(LogisticRegression(CV)?|RandomForest(Classifier|Regressor)|GradientBoosting(Classifier|"
                    r"Regressor)|XGB(Classifier|Regressor)|LGBM(Classifier|Regressor)|CatBoost(Classifier|Regressor)|"
                    r"SVC|SVR|LinearSVC|Ridge(Classifier)?|Lasso|ElasticNet|KNeighbors(Classifier|Regressor)|"
                    r"GaussianNB|MultinomialNB|DummyClassifier|DummyRegressor|LinearRegression|randomForest|glmnet|"
                    r"naiveBayes|rand_forest|logistic_reg|linear_reg|boost_tree|HistGradientBoosting(Classifier|"
                    r"Regressor)|DecisionTree(Classifier|Regressor))\b")),
    ("model_def", _P(r"\bclass\s+\w+\s*\(\s*(nn\.Module|torch\.nn\.Module|pl\.LightningModule|L\.LightningModule|"
                     r"LightningModule|keras\.Model|tf\.keras\.Model|Model|nn\.Module)\s*\)|"
                     r"\b(keras\.Sequential|nn\.Sequential|Sequential)\s*\(|\btimm\.create_model\s*\(|"
                     r"\bfrom_pretrained\s*\(|\bmodels\.(resnet|densenet|efficientnet|vit)\w*\s*\(")),
]

#: Names that mark a baseline model when they appear in a results file.
BASELINE_WORDS = _P(r"\b(logistic[ _-]?regression|LogisticRegression|random[ _-]?forest|RandomForest|"
                    r"gradient[ _-]?boost\w*|XGBoost|xgboost|LightGBM|SVM|support vector|ridge|lasso|elastic[ _-]?net|"
                    r"k[ -]?nearest|KNN|naive[ _-]?bayes|linear[ _-]?regression|majority[ _-]?class|dummy|"
                    r"baseline)\b", re.I)

_PY_COMMENT = LazyRe(r"^\s*#")


def path_kind(path: str) -> str | None:
    """code | results | None (not read). Notebooks are code; results-like text files are results."""
    low = path.lower()
    if low.endswith(CODE_EXT):
        return "code"
    if low.endswith(DOC_EXT) and RESULTS_RE.search(path):
        return "results"
    return None


MAX_EVIDENCE = 50

#: Lower-case substrings one of which occurs on every line a pattern can match: only those lines are
#: searched (a C substring search is far cheaper than a regex tried at every position of a long file).
HINTS: dict[str, tuple[str, ...]] = {
    "imp_torch": ("torch", "lightning", "fastai", "monai", "timm"), "imp_tf": ("tensorflow", "keras"),
    "imp_jax": ("jax", "flax", "haiku", "optax", "equinox"),
    "imp_sklearn": ("sklearn", "xgboost", "lightgbm", "catboost"),
    "train": (".fit", "step", "backward", "trainer.", "train", "apply_updates", "fit_resamples", "tune_grid"),
    "seed_torch": ("manual_seed",), "seed_tf": ("seed",), "seed_jax": ("prngkey", "random.key", "rngs"),
    "seed_sklearn": ("random_state",), "seed_np": ("seed", "default_rng"), "seed_r": ("set.seed",),
    "seed_any": ("seed",), "determinism": ("determinis",),
    "split_grouped": ("group",), "split_scaffold": ("scaffold",),
    "split_homology": ("mmseqs", "cd-hit", "cdhit", "blastclust", "usearch", "vsearch", "graphpart", "graph-part",
                       "easy-cluster", "easy-linclust", "uclust"),
    "split_any": ("split", "fold", "partition"),
    "metric_pr": ("average_precision", "averageprecision", "precision_recall", "precisionrecall", "auprc", "pr_auc",
                  "prauc", "pr-auc", "pr_curve"),
    "metric_balance": ("matthews", "balanced_accuracy", "f1", "mcc", "bal_accuracy", "cohen_kappa"),
    "metric_basic": ("accuracy", "roc", "auroc", "acc"),
    "search": ("optuna", "tune", "tuner", "searchcv", "hyperopt", "sweep", "skopt", "nevergrad", "ax.", "smac"),
    "baseline": ("regression", "forest", "boost", "xgb", "lgbm", "svc", "svr", "ridge", "lasso", "elasticnet",
                 "neighbors", "nb", "dummy", "glmnet", "naivebayes", "rand_forest", "logistic_reg", "linear_reg",
                 "boost_tree", "decisiontree"),
    "model_def": ("class ", "sequential", "create_model", "from_pretrained", "models."),
}


def _scan_lines(lines: Iterable[tuple[int, str]], out: Facts, patterns: list[tuple[str, LazyRe]]) -> None:
    """Find the lines each pattern matches. Candidate lines come from substring hints searched over the
    whole lower-cased text (in C); only those lines meet the regex. Comment lines are left out."""
    numbers: list[int] = []
    texts: list[str] = []
    for n, line in lines:
        numbers.append(n)
        texts.append(line)
    if not texts:
        return
    low = "\n".join(texts).lower()
    starts = [0]
    for t in texts[:-1]:
        starts.append(starts[-1] + len(t) + 1)
    aligned = len(low) == starts[-1] + len(texts[-1])  # lower() kept every length (true for ASCII)
    candidates: dict[str, list[int]] = {}

    def lines_with(hint: str) -> list[int]:
        if hint not in candidates:
            found: list[int] = []
            pos = low.find(hint)
            while pos != -1:
                i = bisect_right(starts, pos) - 1
                if not found or found[-1] != i:
                    found.append(i)
                pos = low.find(hint, starts[i] + len(texts[i]) + 1) if i + 1 < len(texts) else -1
            candidates[hint] = found
        return candidates[hint]

    comment = _PY_COMMENT.get().match
    for fact, lazy in patterns:
        search = lazy.get().search
        hints = HINTS.get(fact)
        if hints is not None and aligned:
            rows = sorted({i for h in hints for i in lines_with(h)})
        else:
            rows = list(range(len(texts)))
        hits = out.get(fact)
        for i in rows:
            line = texts[i]
            if not search(line) or comment(line):
                continue
            if hits is None:
                hits = out[fact] = []
            hits.append([numbers[i], line.strip()[:200]])
            if len(hits) >= MAX_EVIDENCE:
                break


def _notebook_lines(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]], str]:
    """(code lines, all source/output lines, language) of a notebook, each with its line in the .ipynb
    file (found by a forward search, so the evidence points into the file a reviewer opens)."""
    from ..errors import InputError
    from ..yamlio import parse_json  # the one bounded JSON reader (issue 11: a 100,000-deep notebook crashed)

    try:
        nb = parse_json(text, "notebook")
    except InputError:
        return [], [], "python"
    raw = text.splitlines()
    pos = 0
    code: list[tuple[int, str]] = []
    every: list[tuple[int, str]] = []
    lang = str(((nb.get("metadata") or {}).get("kernelspec") or {}).get("language") or "python").lower() \
        if isinstance(nb, dict) else "python"
    cells = nb.get("cells") if isinstance(nb, dict) else None
    for cell in cells or ():
        if not isinstance(cell, dict):
            continue
        src = cell.get("source") or []
        src_lines = "".join(src).splitlines() if isinstance(src, list) else str(src).splitlines()
        for line in src_lines:
            needle = json.dumps(line)[1:-1][:60]
            n = pos
            while n < len(raw) and needle not in raw[n]:
                n += 1
            if n < len(raw):
                pos = n
            item = (pos + 1, line)
            if cell.get("cell_type") == "code":
                code.append(item)
            every.append(item)
        for output in cell.get("outputs") or ():
            if isinstance(output, dict):
                body = output.get("text") or (output.get("data") or {}).get("text/plain") or []
                for line in ("".join(body) if isinstance(body, list) else str(body)).splitlines():
                    every.append((pos + 1, line))
    return code, every, lang


def analyze(path: str, text: str) -> Facts:
    """The facts of one file (only non-empty lists). Never raises on odd content."""
    facts: Facts = {}
    low = path.lower()
    kind = path_kind(path)
    if kind == "code":
        if low.endswith(".ipynb"):
            code, every, lang = _notebook_lines(text)
            if lang == "r":
                facts["lang_r"] = [[1, "R notebook"]]
        else:
            code = list(enumerate(text.splitlines(), start=1))
            every = code
            if low.endswith((".r", ".rmd")):
                facts["lang_r"] = [[1, "R script"]]
        _scan_lines(code, facts, CODE_PATTERNS)
        if low.endswith(".ipynb") or RESULTS_RE.search(path):
            _mentions(every, facts)
    elif kind == "results":
        _mentions(enumerate(text.splitlines(), start=1), facts)
    if low.endswith(".md"):
        match = ARCH_DOC_RE.get().match
        for n, line in enumerate(text.splitlines(), start=1):
            if match(line):
                facts.setdefault("arch_doc", []).append([n, line.strip()[:200]])
    return facts


def _mentions(lines: Iterable[tuple[int, str]], facts: Facts) -> None:
    search = BASELINE_WORDS.get().search
    for n, line in lines:
        if search(line):
            facts.setdefault("baseline_result", []).append([n, line.strip()[:200]])
            if len(facts["baseline_result"]) >= 20:
                return


def path_facts(path: str) -> Facts:
    return {fact: [[1, path]] for fact, pat in PATH_FACTS if pat.search(path)}


def wanted(path: str) -> bool:
    """Is this path read for facts at all?"""
    return path_kind(path) is not None or path.lower().endswith(".md")


_CODE_SET = set(CODE_EXT)
_EXT_KIND = {**{e: 2 for e in DOC_EXT}, **{e: 1 for e in CODE_EXT}, ".md": 1}  # 1: always read; 2: if results-like
_HINT_EXT = {".yml", ".yaml", ".lock", ".txt", ".toml"}


_RESULTS_HINTS = ("result", "report", "experiment", "benchmark", "evaluation", "output", "baseline", "metric",
                  "leaderboard", "comparison")


def _results_like(path: str) -> bool:
    """RESULTS_RE, behind a cheap substring test: on 20,000 data files the regex alone costs ~0.1 s."""
    lower = path.lower()
    return any(h in lower for h in _RESULTS_HINTS) and RESULTS_RE.search(path) is not None


class FactIndex:
    """path -> facts for every file that has any, kept up to date one changed file at a time, with facts
    memoised by blob id (`memo`, shared with the on-disk cache)."""

    def __init__(self, memo: dict[str, Facts] | None = None) -> None:
        self.memo: dict[str, Facts] = memo if memo is not None else {}
        self.by_path: dict[str, Facts] = {}
        self.by_fact: dict[str, dict[str, list[Evidence]]] = {}
        self.reads = 0

    def _facts_for(self, path: str, sha: str | None, kind: str, read: Callable[[str], str | None]) -> Facts:
        key = f"{sha}:{kind}" if sha else None
        if key is not None:
            hit = self.memo.get(key)
            if hit is not None:
                return hit
        text = read(path)
        self.reads += 1
        facts = analyze(path, text) if text is not None else {}
        if key is not None:
            self.memo[key] = facts
        return facts

    def update(self, path: str, sha: str | None, read: Callable[[str], str | None]) -> None:
        """Record the current version of `path` (sha None: deleted)."""
        if path in self.by_path:
            self.remove(path)
        if sha is None or path.startswith(".deeprules/"):  # our own state: the checks read it directly
            return
        dot = path.rfind(".")
        ext = path[dot:].lower() if dot > path.rfind("/") else ""
        how = _EXT_KIND.get(ext)
        facts: Facts = {}
        if how == 1 or (how == 2 and _results_like(path)):
            facts = self._facts_for(path, sha, "code" if ext in _CODE_SET else "results" if how == 2 or
                                    _results_like(path) else "md", read)
        if ext in _HINT_EXT or path.endswith("Jenkinsfile"):
            extra = path_facts(path)
            if extra:
                facts = {**facts, **extra}
        if facts:
            self.by_path[path] = facts
            for fact, ev in facts.items():
                self.by_fact.setdefault(fact, {})[path] = ev

    def add_all(self, paths: list[str], blob_id: Callable[[str], str | None],
                read: Callable[[str], str | None]) -> None:
        """`update` for every path of a listing (sorted), visiting only the paths that can have facts:
        the candidates are found by searching the joined listing for the extensions read and the
        results-like words (in C) instead of classifying 20,000 paths one by one in Python."""
        for path in candidates(paths):
            self.update(path, blob_id(path), read)

    def remove(self, path: str) -> None:
        old = self.by_path.pop(path, None)
        if old:
            for fact in old:
                bucket = self.by_fact.get(fact)
                if bucket is not None:
                    bucket.pop(path, None)

    def files_with(self, fact: str) -> dict[str, list[Evidence]]:
        return self.by_fact.get(fact, {})

    def facts(self, path: str) -> Facts:
        return self.by_path.get(path, {})


#: Endings (lower case, then a newline in the joined listing) of the paths `FactIndex.update` reads or
#: gives path facts: code, Markdown, and the extensions the path-only facts need.
_ALWAYS_SUFFIXES = tuple(sorted({*CODE_EXT, ".md", *_HINT_EXT}))
_DOC_ONLY = tuple(sorted(set(DOC_EXT) - {*CODE_EXT, ".md", *_HINT_EXT}))


def candidates(paths: list[str]) -> list[str]:
    """The paths of a sorted listing that `FactIndex.update` can find facts for (a superset; `update`
    decides), in listing order."""
    if len(paths) < 64:
        return list(paths)
    joined = "\n".join(paths) + "\n"
    low = joined.lower()
    if len(low) != len(joined) or joined.count("\n") != len(paths):  # odd names: no bulk search
        return list(paths)
    starts: set[int] = set()
    find = low.find
    rfind = low.rfind
    for suffix in _ALWAYS_SUFFIXES:
        needle = suffix + "\n"
        pos = find(needle)
        while pos != -1:
            starts.add(rfind("\n", 0, pos) + 1)
            pos = find(needle, pos + len(needle))
    pos = joined.find("Jenkinsfile\n")
    while pos != -1:
        starts.add(joined.rfind("\n", 0, pos) + 1)
        pos = joined.find("Jenkinsfile\n", pos + 12)
    for hint in _RESULTS_HINTS:  # results-like data files: a hint somewhere on the line, a document ending
        pos = find(hint)
        while pos != -1:
            start = rfind("\n", 0, pos) + 1
            end = find("\n", pos)
            if start not in starts and low.endswith(_DOC_ONLY, start, end):
                starts.add(start)
            pos = find(hint, end)
    out = []
    for start in sorted(starts):
        out.append(joined[start:joined.index("\n", start)])
    return out
