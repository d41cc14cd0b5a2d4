"""The model card (`MODEL_CARD.md`): Mitchell et al. 2019 sections under Hugging Face model card metadata.

The card is rendered from the answers, the assessment (the metrics the plan chose, the split, the
concerns), the data manifest (provenance, tip 4), the ethics register and the evaluation results that
`deeprules card fill` stores in `.deeprules/results.json`. It is a merged output: the user's edits survive
every re-render. What only the user can say is left as the visible placeholder `[More Information Needed]`,
which `check_card` reports section by section.

Results file (the input of `card fill`, and the format of `.deeprules/results.json`): a JSON list of
objects or a CSV with the columns `metric`, `value`, `split` (required), `subgroup` (`factor=level`, e.g.
`site=B`; empty = overall), `ci_low`, `ci_high` (optional, together) and `dataset` (optional name).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from . import yamlio
from .encode import markdown_text
from .errors import InputError
from .render import PLACEHOLDER

RESULTS_REL = ".deeprules/results.json"
RESULT_COLUMNS = ("metric", "value", "split", "subgroup", "ci_low", "ci_high", "dataset")
REQUIRED_COLUMNS = ("metric", "value", "split")

SECTIONS = ("Model details", "Intended use", "Factors", "Metrics", "Evaluation data", "Training data",
            "Quantitative analyses", "Ethical considerations", "Caveats and recommendations", "Environmental impact")

#: The compute answer -> the hardware line of the card's Environmental impact section.
HARDWARE = {"laptop": "CPU (a laptop or office desktop, no suitable GPU)",
            "workstation_gpu": "one or two GPUs in a workstation", "cluster": "GPU nodes of a shared cluster (HPC)",
            "cloud": "rented cloud GPUs"}

#: Catalog metric advice -> the metric ids (Hugging Face `evaluate` style) the card's metadata lists.
METRIC_IDS: dict[str, tuple[str, ...]] = {
    "metric.pr-auc": ("average_precision",),
    "metric.roc-auc": ("roc_auc",),
    "metric.roc-auc-with-pr": ("roc_auc",),
    "metric.balanced-accuracy": ("balanced_accuracy",),
    "metric.mcc": ("matthews_correlation",),
    "metric.f1": ("f1",),
    "metric.calibration": ("brier_score",),
    "metric.rmse-mae": ("rmse", "mae"),
    "metric.r2": ("r_squared",),
    "metric.spearman": ("spearmanr",),
    "metric.dice-iou": ("dice", "iou"),
    "metric.ari-nmi": ("adjusted_rand_score", "normalized_mutual_info"),
    "metric.silhouette": ("silhouette",),
}
METRIC_NAMES: dict[str, str] = {
    "average_precision": "Average precision (PR-AUC)", "roc_auc": "ROC-AUC", "balanced_accuracy": "Balanced accuracy",
    "matthews_correlation": "Matthews correlation coefficient", "f1": "F1 (macro)", "brier_score": "Brier score",
    "rmse": "Root-mean-squared error", "mae": "Mean absolute error", "r_squared": "R²",
    "spearmanr": "Spearman's rho", "dice": "Dice coefficient", "iou": "Intersection over union",
    "adjusted_rand_score": "Adjusted Rand index", "normalized_mutual_info": "Normalised mutual information",
    "silhouette": "Silhouette score", "accuracy": "Accuracy", "precision": "Precision", "recall": "Recall",
}
#: Words recognised as metric names in the card's text, beside the ids above.
KNOWN_METRICS = frozenset({*METRIC_NAMES, "auc", "auroc", "pr_auc", "mcc", "mse", "r2", "pearsonr", "log_loss",
                           "sensitivity", "specificity", "top_k_accuracy"})


#: Register concerns about privacy: release on sensitive data needs these handled first.
PRIVACY_CONCERNS = frozenset({"consent-scope", "identifiable-data-access", "model-leakage",
                              "confidential-data-leakage"})
PRIVACY_RECS = frozenset({"T10.no-sensitive-model-release", "T10.memorising-models",
                          "T10.privacy-preserving-training", "T10.distributed-learning-care"})
PRIVACY_WORDS = re.compile(r"privacy|identif|leak|consent|personal|membership inference", re.I)
OPEN_STATUSES = ("open", "in_progress")

FACTOR_TAG = re.compile(r"<!--\s*deeprules:factor\.(?P<key>[\w-]+)\s*-->")
COMMENT = re.compile(r"<!--.*?-->", re.S)
SUBGROUP_PART = re.compile(r"^\s*(?P<key>[A-Za-z][\w -]*?)\s*=\s*(?P<level>\S.*?)\s*$")


# ------------------------------------------------------------------------------------------ results
@dataclass(frozen=True)
class Result:
    """One evaluation number: a metric on a split, overall or for one subgroup (`site=B`)."""

    metric: str
    value: float
    split: str
    subgroup: str | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    dataset: str | None = None

    @property
    def factors(self) -> dict[str, str]:
        return subgroup_factors(self.subgroup)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.metric, self.split, self.subgroup or "", self.dataset or "")

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "value": self.value, "split": self.split, "subgroup": self.subgroup,
                "ci_low": self.ci_low, "ci_high": self.ci_high, "dataset": self.dataset}


def subgroup_factors(subgroup: str | None) -> dict[str, str]:
    """`site=B; sex=female` -> {"site": "B", "sex": "female"} (factor names lower-cased)."""
    out: dict[str, str] = {}
    for part in (subgroup or "").split(";"):
        m = SUBGROUP_PART.match(part)
        if m:
            out[m["key"].strip().lower().replace(" ", "_")] = m["level"]
    return out


METRIC_ID = re.compile(r"[\w.+/@-]{1,80}")  # ids (the Hub's and deeprules'): never a `|`, backtick or tag


def _metric_id(raw: str) -> str:
    return re.sub(r"[\s-]+", "_", raw.strip().lower())


def _number(raw: Any, column: str, where: str) -> float | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise InputError(f"{where}: {column} {raw!r} is not a number")
    try:
        value = float(raw.strip() if isinstance(raw, str) else raw)
    except (TypeError, ValueError):
        raise InputError(f"{where}: {column} {raw!r} is not a number (write e.g. 0.91; no % signs)") from None
    if not math.isfinite(value):
        raise InputError(f"{where}: {column} {raw!r} is not a finite number")
    return value


def _text_cell(raw: Any) -> str | None:
    if raw is None:
        return None
    text = str(raw).strip()
    return text or None


def _result(row: Mapping[str, Any], where: str) -> Result:
    metric = _text_cell(row.get("metric"))
    if metric is None:
        raise InputError(f"{where}: metric is empty")
    value = _number(row.get("value"), "value", where)
    if value is None:
        raise InputError(f"{where}: value is empty")
    split = _text_cell(row.get("split"))
    if split is None:
        raise InputError(f"{where}: split is empty (e.g. test, validation, external)")
    subgroup = _text_cell(row.get("subgroup"))
    if subgroup is not None:
        parts = [p for p in subgroup.split(";") if p.strip()]
        if not parts or not all(SUBGROUP_PART.match(p) for p in parts):
            raise InputError(f"{where}: subgroup {subgroup!r} must be factor=level (e.g. site=B, sex=female; "
                             "several joined with ;)")
        subgroup = "; ".join(f"{k}={v}" for k, v in subgroup_factors(subgroup).items())
    ci_low, ci_high = _number(row.get("ci_low"), "ci_low", where), _number(row.get("ci_high"), "ci_high", where)
    if (ci_low is None) != (ci_high is None):
        raise InputError(f"{where}: give both ci_low and ci_high, or neither")
    if ci_low is not None and ci_high is not None and not ci_low <= value <= ci_high:
        raise InputError(f"{where}: the interval [{ci_low:g}, {ci_high:g}] does not contain the value {value:g}")
    metric_id = _metric_id(metric)
    if not METRIC_ID.fullmatch(metric_id):
        raise InputError(f"{where}: metric {metric[:40]!r} is not a metric id; use letters, digits and _ . - + / "
                         "(e.g. average_precision, f1, roc_auc)")
    return Result(metric_id, value, split, subgroup, ci_low, ci_high, _text_cell(row.get("dataset")))


def _check_columns(columns: Sequence[str], where: str) -> None:
    unknown = [c for c in columns if c not in RESULT_COLUMNS]
    if unknown:
        raise InputError(f"{where}: unknown column {unknown[0]!r}; the columns are {', '.join(RESULT_COLUMNS)} "
                         f"({', '.join(REQUIRED_COLUMNS)} required)")


def parse_results_text(text: str, source: str, *, fmt: str | None = None) -> list[Result]:
    """Parse a results file (JSON list of objects or CSV). Errors name the row: the CSV line, the JSON item."""
    fmt = fmt or ("json" if text.lstrip().startswith(("[", "{")) else "csv")
    results: list[Result] = []
    seen: dict[tuple[str, str, str, str], str] = {}

    def add(row: Mapping[str, Any], where: str) -> None:
        r = _result(row, where)
        if r.key in seen:
            sub = f", {r.subgroup}" if r.subgroup else " (overall)"
            raise InputError(f"{where}: duplicate row: {r.metric} on {r.split}{sub} is already given in "
                             f"{seen[r.key].removeprefix(source + ', ')}")
        seen[r.key] = where
        results.append(r)

    if fmt == "json":
        data = yamlio.parse_json(text, source, what="results file")
        if not isinstance(data, list):
            raise InputError(f"{source}: expected a JSON list of objects like "
                             '[{"metric": "average_precision", "value": 0.91, "split": "test"}]')
        for n, item in enumerate(data, start=1):
            where = f"{source}, row {n}"
            if not isinstance(item, dict):
                raise InputError(f"{where}: expected an object with metric, value, split")
            _check_columns([str(k).strip().lower() for k in item], where)
            missing = [c for c in REQUIRED_COLUMNS if c not in {str(k).strip().lower() for k in item}]
            if missing:
                raise InputError(f"{where}: missing {', '.join(missing)}")
            add({str(k).strip().lower(): v for k, v in item.items()}, where)
    else:
        header: list[str] | None = None
        for line, row in yamlio.parse_csv(text, source, what="results file"):
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [c.strip().lower() for c in row]
                _check_columns(header, f"{source}, line {line} (header)")
                dupes = sorted({c for c in header if header.count(c) > 1})
                if dupes:
                    raise InputError(f"{source}, line {line} (header): column {dupes[0]!r} appears twice")
                missing = [c for c in REQUIRED_COLUMNS if c not in header]
                if missing:
                    raise InputError(f"{source}, line {line} (header): missing column(s) {', '.join(missing)}")
                continue
            where = f"{source}, line {line}"
            if len(row) > len(header):
                raise InputError(f"{where}: {len(row)} cells but the header has {len(header)} columns")
            add(dict(zip(header, row, strict=False)), where)
    if not results:
        raise InputError(f"{source}: no results in the file")
    return results


def parse_results(path: Path) -> list[Result]:
    text = yamlio.read_text(path, what="results file (.csv or .json)", follow_symlinks=True)  # the user named it
    suffix = path.suffix.lower()
    fmt = "json" if suffix == ".json" else "csv" if suffix in (".csv", ".txt") else None
    return parse_results_text(text, path.name, fmt=fmt)


def results_json(results: Sequence[Result]) -> str:
    """`.deeprules/results.json`: the same format `card fill` reads, which pandas and jq read as is."""
    rows = [{k: v for k, v in r.to_dict().items() if v is not None} for r in results]
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def stored_results(repo: Any) -> list[Result]:
    path = repo.abs(RESULTS_REL)
    if not (path.exists() or path.is_symlink()):
        return []
    try:
        return parse_results_text(yamlio.read_text(path, source=RESULTS_REL, what="results file"), RESULTS_REL,
                                  fmt="json")
    except InputError as exc:
        raise InputError(f"{exc.message}; fix it or run `deeprules card fill --results FILE` again") from None


# ------------------------------------------------------------------------------------ the register
@dataclass(frozen=True)
class RegisterEntry:
    id: str
    title: str
    status: str
    severity: str
    path: str  # repo-relative
    recommendations: tuple[str, ...] = ()
    seed: str | None = None  # the knowledge-base concern it was opened from, if any

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_privacy(self) -> bool:
        return (self.seed in PRIVACY_CONCERNS or bool(PRIVACY_RECS & set(self.recommendations))
                or bool(PRIVACY_WORDS.search(self.title)))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "status": self.status, "severity": self.severity,
                "path": self.path, "privacy": self.is_privacy}


def _has_register() -> bool:
    return find_spec("deeprules.register") is not None


def _entry(concern: Any) -> RegisterEntry:
    return RegisterEntry(concern.id, concern.title, concern.status, concern.severity, concern.path,
                         tuple(concern.recommendation), concern.seed)


def register_seed_outputs(ctx: Any) -> list[Any]:
    """The register files the same run will write (new seeded concerns + index); none without a register."""
    if not _has_register():
        return []
    from .register import outputs as register_outputs

    return register_outputs(ctx)


def register_entries(repo: Any, config: Any, seeded: Sequence[Any] = ()) -> list[RegisterEntry] | None:
    """The ethics register's concerns (on disk, plus `seeded` outputs about to be written), or None when
    deeprules has no register module yet. An unreadable concern file raises InputError naming the file and
    the line, as the `ethics` commands do (the register's one reader): a card that left a concern out
    without a word would say less than the register holds."""
    if not _has_register():
        return None
    from .register import FILE_RE, EthicsRegister, parse_concern

    entries = [_entry(c) for c in EthicsRegister(repo, config).concerns()]
    known = {e.path for e in entries}
    for out in seeded:
        if out.path not in known and FILE_RE.match(out.path.rsplit("/", 1)[-1]):
            entries.append(_entry(parse_concern(out.text, out.path)))  # deeprules' own text: always valid
    return sorted(entries, key=lambda e: e.id)


# ---------------------------------------------------------------------------------- front matter
FrontMatter = yamlio.FrontMatter


def split_front_matter(text: str, source: str) -> FrontMatter:
    """Split `---` YAML front matter from the Markdown body (yamlio's one splitter); empty metadata is {}."""
    fm = yamlio.split_front_matter(text, source, what="model card")
    if fm.meta is None and fm.closing_line:
        fm.meta = {}
    return fm


# --------------------------------------------------------------------------------------- render
def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def chosen_metrics(assessment: Any) -> list[dict[str, Any]]:
    """The plan's metric advice, each with the metric ids it stands for (none for reporting practices)."""
    return [{"advice": m, "ids": list(METRIC_IDS.get(m.id, ()))} for m in assessment.metrics]


def metric_ids(assessment: Any) -> list[str]:
    ids: list[str] = []
    for m in chosen_metrics(assessment):
        ids.extend(i for i in m["ids"] if i not in ids)
    return ids


def factors(answers: Mapping[str, Any], facts: Mapping[str, Any], results: Sequence[Result]) -> list[dict[str, Any]]:
    """The groups performance may differ across, as the answers make them relevant (tagged = needs results)."""
    out: list[dict[str, Any]] = []
    if answers.get("multi_site") in ("yes", "unknown"):
        out.append({"key": "site", "name": "Site, instrument or batch",
                    "text": "the data come from several sites, instruments or batches"
                    + (" (possibly: not known yet)" if answers.get("multi_site") == "unknown" else "")
                    + "; a model can learn the site instead of the biology [99]."})
    if facts.get("human_data"):
        out += [
            {"key": "age", "name": "Age", "text": "human data: report performance by age band [110, 111]."},
            {"key": "sex", "name": "Sex", "text": "human data: report performance by sex [110, 111]."},
            {"key": "ancestry", "name": "Ancestry", "text": "human data: under-represented ancestries are where "
             "models most often fail [110, 111]."},
        ]
    listed = {f["key"] for f in out}
    for r in results:
        for key in r.factors:
            if key not in listed:
                listed.add(key)
                out.append({"key": key, "name": key.replace("_", " ").capitalize(),
                            "text": "reported in the evaluation results."})
    return out


# A data set on the Hugging Face Hub, as a source URL: its id is what the card's `datasets:` metadata may hold.
_HUB_DATASET = re.compile(r"(?:https://(?:www\.)?huggingface\.co/datasets/|hf://datasets/)"
                          r"((?:[A-Za-z0-9][\w.-]*/)?[A-Za-z0-9][\w.-]*)(?:[/?#@]|$)")


def read_manifest(repo: Any, config: Any) -> list[dict[str, Any]] | None:
    """Data provenance from the Frictionless data package (`datapackage.json`), if there is a readable one. Each
    row's cells are escaped for a Markdown table; `hub_id` is the Hub id of a source on huggingface.co, if any."""
    rel = config.path("manifest")
    try:
        data = yamlio.load_json(repo.abs(rel), source=rel, what="data manifest")
    except InputError:
        return None
    resources = data.get("resources") if isinstance(data, dict) else None
    if not isinstance(resources, list):
        return None
    rows = []
    for res in resources:
        if not isinstance(res, dict):
            continue
        sources = res.get("sources") or data.get("sources") or []
        source = ", ".join(str(s.get("path") or s.get("title")) for s in sources if isinstance(s, dict)) \
            if isinstance(sources, list) else str(sources)
        hub = [m.group(1) for s in (sources if isinstance(sources, list) else [])
               if isinstance(s, dict) and (m := _HUB_DATASET.match(str(s.get("path") or "")))]
        cells = {
            "name": str(res.get("name") or res.get("path") or "?"),
            "source": source or None,
            "version": res.get("version") or data.get("version"),
            "downloaded": res.get("downloaded") or res.get("download_date") or res.get("accessed")
            or res.get("retrieved"),
            "hash": res.get("hash"),
        }
        # Table cells from the repository's datapackage.json: shown as typed (encode.markdown_text).
        row = {k: markdown_text(v) if v not in (None, "") else None for k, v in cells.items()}
        rows.append({**row, "hub_id": hub[0] if hub else None})
    return rows


def model_name(answers: Mapping[str, Any]) -> str:
    return _slug(str(answers.get("title") or "")) or "model"


def task_info(answers: Mapping[str, Any]) -> dict[str, str]:
    """The model-index task: a Hub pipeline tag, or `other` (in the Hub's list) when none fits the project."""
    from .hub import FALLBACK_TASK, pipeline_tag

    hf = pipeline_tag(answers.get("modality"), answers.get("task")) or FALLBACK_TASK
    name = hf.replace("-", " ").capitalize()
    if hf == FALLBACK_TASK and answers.get("task"):
        name = f"{answers.get('modality') or 'data'} {answers.get('task')}".replace("_", " ").capitalize()
    return {"type": hf, "name": name}


def model_index(answers: Mapping[str, Any], results: Sequence[Result]) -> list[dict[str, Any]]:
    """The Hugging Face `model-index`: one result block per (dataset, split, subgroup), in input order."""
    default_dataset = f"{answers.get('title') or 'Project'} data"
    groups: dict[tuple[str, str, str], list[Result]] = {}
    for r in results:
        groups.setdefault((r.dataset or default_dataset, r.split, r.subgroup or ""), []).append(r)
    blocks = []
    for (dataset, split, subgroup), rows in groups.items():
        ds: dict[str, Any] = {"name": dataset, "type": _slug(dataset) or "dataset", "split": split}
        if subgroup:
            ds["config"] = subgroup
        metrics = []
        for r in rows:
            m: dict[str, Any] = {"type": r.metric, "value": r.value, "name": METRIC_NAMES.get(r.metric, r.metric)}
            if r.ci_low is not None:
                m["args"] = {"ci_low": r.ci_low, "ci_high": r.ci_high}
            metrics.append(m)
        blocks.append({"task": task_info(answers), "dataset": ds, "metrics": metrics})
    return [{"name": model_name(answers), "results": blocks}]


def metadata(answers: Mapping[str, Any], assessment: Any, results: Sequence[Result],
             manifest: Sequence[Mapping[str, Any]] | None) -> dict[str, Any]:
    """Hugging Face metadata with only ids from the Hub's lists (hub.py): no placeholder, since the Hub refuses
    `license: '[More Information Needed]'`. The license is the user's to choose; the card's text asks for it."""
    from .hub import FRAMEWORKS, pipeline_tag

    meta: dict[str, Any] = {}
    library, framework_tag = FRAMEWORKS.get(str(answers.get("frameworks")), (None, None))
    if library:
        meta["library_name"] = library
    tag = pipeline_tag(answers.get("modality"), answers.get("task"))
    if tag:
        meta["pipeline_tag"] = tag
    tags = ["deeprules", "biology"]
    for value in (answers.get("modality"), answers.get("task"), answers.get("organism"), framework_tag):
        if value and _slug(str(value)) not in tags:
            tags.append(_slug(str(value)))
    meta["tags"] = tags
    # The Hub links each `datasets:` entry to huggingface.co/datasets/<entry>: a local name there is a dead link
    # (and was Markdown-escaped text), so only sources on the Hub are listed; the rest are in the text's table.
    hub_datasets = list(dict.fromkeys(r["hub_id"] for r in manifest or () if r.get("hub_id")))
    if hub_datasets:
        meta["datasets"] = hub_datasets
    ids = metric_ids(assessment)
    if ids:
        meta["metrics"] = ids
    if results:
        meta["model-index"] = model_index(answers, results)
    return meta


def _fmt(value: float | None) -> str:
    return "" if value is None else format(value, ".4g")


def card_context(ctx: Any, results: Sequence[Result] | None = None) -> dict[str, Any]:
    """Everything `model_card.md.j2` reads. `results` default to the stored `.deeprules/results.json`."""
    from . import yamlio
    from .hub import hub_lists
    from .knowledge import load_knowledge

    kb = load_knowledge()
    a = ctx.assessment
    answers, facts = a.answers, a.facts
    if results is None:
        results = stored_results(ctx.repo)
    manifest = read_manifest(ctx.repo, ctx.config)
    register = register_entries(ctx.repo, ctx.config, register_seed_outputs(ctx))
    factor_list = factors(answers, facts, results)
    meta = metadata(answers, a, results, manifest)

    def row(r: Result) -> dict[str, Any]:
        # Table cells from a results file: a `|` would split the row, `<img ...>` would render (encode).
        ci = f"{_fmt(r.ci_low)} – {_fmt(r.ci_high)}" if r.ci_low is not None else "–"
        return {"metric": r.metric, "split": markdown_text(r.split + (f" ({r.dataset})" if r.dataset else "")),
                "subgroup": markdown_text(r.subgroup or "overall"), "value": _fmt(r.value), "ci": ci}

    by_factor = {f["key"]: [row(r) for r in results if f["key"] in r.factors] for f in factor_list}
    card_path = ctx.config.path("card")
    depth = card_path.count("/")
    concerns: list[dict[str, Any]] = []
    pending: list[Any] = list(a.ethics)
    if register is not None:
        seeds = {e.seed for e in register} | {e.title.strip().lower() for e in register}
        pending = [c for c in a.ethics if c.id not in seeds and c.title.strip().lower() not in seeds]
        concerns = [{**e.to_dict(), "link": "../" * depth + e.path, "open": e.is_open} for e in register]
    labels = {q.id: q.label_of(answers.get(q.id)) for q in kb.questions if answers.get(q.id) is not None}
    return {
        "a": a, "answers": answers, "facts": facts, "labels": labels,
        "meta_yaml": yamlio.dump(meta).rstrip("\n"),
        "metrics": chosen_metrics(a),
        "metric_names": METRIC_NAMES,
        "factors": factor_list,
        "overall": [row(r) for r in results if not r.subgroup],
        "by_factor": by_factor,
        "has_results": bool(results),
        "baselines": recorded_baselines(ctx.repo),
        "manifest": manifest,
        "register": register,
        "concerns": concerns,
        "pending_concerns": pending,
        "references": [],  # filled by render_card from what the rendered text cites
        # The link goes to the register's index file: the Hugging Face Hub opens a relative link as a file
        # (…/blob/main/PATH), which a folder is not; GitHub shows either.
        "ethics_dir": "../" * depth + ctx.config.path("ethics").rstrip("/"),
        "hardware": HARDWARE.get(str(answers.get("compute"))),
        "hub_licenses": hub_lists()["licenses"].source,
    }


def recorded_baselines(repo: Any) -> dict[str, Any] | None:
    """The newest `deeprules baselines` report for the card (issue 15; deeprules.ml.record reads it)."""
    if find_spec("deeprules.ml.record") is None:
        return None
    from .ml.record import baselines_for_card

    return baselines_for_card(repo.root)


# A citation as the templates write it: `[21]`, `[105, 106]`. An escaped `\\[` (text from the user or a results
# file goes through markdown_text) and a Markdown link `[ETH-0001](...)` are not citations.
_CITATION = re.compile(r"(?<!\\)\[(\d{1,3}(?:, \d{1,3})*)\](?!\()")


def cited_numbers(text: str) -> set[int]:
    """The reference numbers a rendered text cites."""
    return {int(n) for m in _CITATION.finditer(text) for n in m.group(1).split(", ")}


def render_card(ctx: Any, results: Sequence[Result] | None = None) -> str:
    """The card, its References section listing exactly what its text cites. The list is read off the first
    render rather than kept beside the template: a hand-kept list missed tip 8's [105, 106] in every card."""
    from .knowledge import load_knowledge
    from .render import render

    context = card_context(ctx, results)
    body = render("model_card.md.j2", **context).partition("\n## References\n")[0]
    references = load_knowledge().references
    context["references"] = [references[n] for n in sorted(cited_numbers(body)) if n in references]
    return render("model_card.md.j2", **context)


def _guard_metadata(ctx: Any) -> None:
    """Refuse to re-render over a card whose YAML metadata the user broke: name the line, change nothing."""
    rel = ctx.config.path("card")
    path = ctx.repo.abs(rel)
    if not (path.exists() or path.is_symlink()):
        return
    try:
        split_front_matter(yamlio.read_text(path, source=rel, what="model card"), rel)
    except InputError as exc:
        raise InputError(f"{exc.message}; fix the model card's metadata first (nothing was changed)") from None


def outputs(ctx: Any, results: Sequence[Result] | None = None) -> list[Any]:
    """The model card generator for `project.GENERATORS` (reads `.deeprules/results.json` when present)."""
    from .writer import Output

    _guard_metadata(ctx)
    return [Output(ctx.config.path("card"), render_card(ctx, results))]


# ----------------------------------------------------------------------------------------- write
def write_card(repo: Any, *, commit: bool = True, dry_run: bool = False, restore: bool = False) -> Any:
    """`deeprules card`: (re-)render the card, and the register concerns it links to, through the writer."""
    from .project import load_project_answers, sync

    return sync(repo, load_project_answers(repo), commit=commit, dry_run=dry_run, restore=restore,
                only=("card", "register"))


@dataclass
class FillResult:
    results: list[Result]
    write: Any  # WriteResult
    warnings: list[str] = field(default_factory=list)


def fill(repo: Any, results_path: Path, *, commit: bool = True, dry_run: bool = False,
         today: dt.date | None = None) -> FillResult:
    """Store the results in `.deeprules/results.json` and re-render the card with them, in one commit.

    The new results replace the stored ones (the file is the whole evaluation). The card is merged with
    the user's edits like any re-render. A bad results file is refused before anything is written.
    """
    from .paths import user_file
    from .project import project_context
    from .writer import Output, write_outputs

    results = parse_results(user_file(results_path, repo_root=repo.root, what="--results"))
    ctx = project_context(repo, today=today)
    seeded = register_seed_outputs(ctx)
    outs = [*outputs(ctx, results), *seeded, Output(RESULTS_REL, results_json(results), merge=False)]
    chosen = set(metric_ids(ctx.assessment))
    warnings = [f"metric {m!r} is not among the metrics the plan chose ({', '.join(sorted(chosen)) or 'none'})"
                "; `card check` reports it until the card's `metrics:` lists it"
                for m in dict.fromkeys(r.metric for r in results) if m not in chosen]
    n_sub = sum(1 for r in results if r.subgroup)
    message = (f"deeprules: fill model card results ({len(results)} number{'s' if len(results) != 1 else ''}"
               + (f", {n_sub} per subgroup" if n_sub else "") + f" from {results_path.name})")
    write = write_outputs(repo, outs, message=message, commit=commit, dry_run=dry_run)
    return FillResult(results, write, warnings)


def fill_baselines(repo: Any, *, commit: bool = True, dry_run: bool = False) -> Any:
    """`card fill --baselines`: re-render the card with the newest recorded baselines, in one commit."""
    from .project import project_context
    from .writer import write_outputs

    summary = recorded_baselines(repo)
    if summary is None:
        raise InputError("no readable baselines report in .deeprules/baselines/: run `deeprules baselines DATA "
                         "--target COL` in the project first")
    ctx = project_context(repo)
    outs = [*outputs(ctx), *register_seed_outputs(ctx)]
    return write_outputs(repo, outs, message=f"deeprules: fill model card baselines from {summary['path']}",
                         commit=commit, dry_run=dry_run)


# ---------------------------------------------------------------------------------------- check
@dataclass(frozen=True)
class Finding:
    id: str
    kind: str
    message: str
    section: str | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "message": self.message, "section": self.section,
                "line": self.line}


KINDS = {"metadata": "CARD001", "placeholder": "CARD002", "missing-section": "CARD003",
         "empty-section": "CARD004", "no-results": "CARD005", "no-factor-results": "CARD006",
         "metric-mismatch": "CARD007", "release-privacy": "CARD008", "hub-metadata": "CARD009",
         "no-license": "CARD010"}


def _finding(kind: str, message: str, section: str | None = None, line: int | None = None) -> Finding:
    return Finding(KINDS[kind], kind, message, section, line)


def sections(body: str, first_line: int) -> list[tuple[str, int, list[str]]]:
    """(heading, file line, content lines) for each `## ` section of the body."""
    out: list[tuple[str, int, list[str]]] = []
    for n, line in enumerate(body.splitlines(), start=first_line):
        if line.startswith("## "):
            out.append((line[3:].strip(), n, []))
        elif out:
            out[-1][2].append(line)
    return out


def listed_factors(text: str) -> list[str]:
    """The factors a card lists for per-subgroup results (lines tagged `<!-- deeprules:factor.NAME -->`)."""
    return list(dict.fromkeys(m["key"].lower() for m in FACTOR_TAG.finditer(text)))


def _table_metrics(lines: Sequence[str]) -> list[str]:
    found = []
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
        if not cells or set(cells[0]) <= set("-: ") or cells[0].lower() in ("metric", ""):
            continue
        found.append(_metric_id(cells[0].strip("`* ")))
    return found


def check_card(text: str, *, source: str, answers: Mapping[str, Any] | None = None,
               facts: Mapping[str, Any] | None = None, register: Sequence[RegisterEntry] | None = None,
               concerns: Sequence[Any] = ()) -> list[Finding]:
    """What the card still lacks before release. Pure: reads the text and the project state given."""
    findings: list[Finding] = []
    try:
        fm = split_front_matter(text, source)
    except InputError as exc:
        findings.append(_finding("metadata", exc.message, "metadata", _line_in(exc.message)))
        fm = FrontMatter({}, _body_after_broken(text), 1)
    meta = fm.meta
    if meta is None:
        findings.append(_finding("metadata", f"{source}: no YAML metadata (a --- block at the top); run "
                                 "`deeprules card` to restore it", "metadata", 1))
        meta = {}
    elif not isinstance(meta, dict):
        findings.append(_finding("metadata", f"{source}:2: the YAML metadata is not a mapping", "metadata", 2))
        meta = {}

    for n, line in enumerate(fm.yaml_text.splitlines(), start=2):
        if PLACEHOLDER in line:
            key = line.split(":", 1)[0].strip(" -")
            findings.append(_finding("placeholder", f"metadata `{key}` is still {PLACEHOLDER} (the Hugging Face Hub "
                                     "refuses it: give a value or leave the field out)", "metadata", n))
    from .hub import check_metadata

    for key, message in check_metadata(meta):
        findings.append(_finding("hub-metadata", message, "metadata", _meta_line(fm.yaml_text, key.split()[0])))
    if "license" not in meta:
        findings.append(_finding("no-license", "no `license` in the metadata: add a Hugging Face license id (mit, "
                                 "apache-2.0, cc-by-4.0, ...) or `license: other` with `license_name`", "metadata", 2))

    secs = sections(fm.body, fm.body_line)
    present = {h.lower(): (h, n, lines) for h, n, lines in secs}
    for name in SECTIONS:
        if name.lower() not in present:
            findings.append(_finding("missing-section", f"the section “{name}” is missing", name))
    for heading, n, lines in secs:
        content = COMMENT.sub("", "\n".join(lines))
        if not [ln for ln in content.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]:
            findings.append(_finding("empty-section", f"the section “{heading}” is empty", heading, n))
        count, first = 0, None
        for k, ln in enumerate(lines, start=n + 1):
            if PLACEHOLDER in ln:
                count += ln.count(PLACEHOLDER)
                first = first or k
        if count:
            plural = "s" if count > 1 else ""
            findings.append(_finding("placeholder", f"{count} placeholder{plural} left in “{heading}” "
                                     f"(first on line {first})", heading, first))

    # results: the model-index, and the table in the text
    results_meta = _model_index_results(meta, findings)
    quant = present.get("quantitative analyses")
    table_metrics = _table_metrics(quant[2]) if quant else []
    if not results_meta and not table_metrics:
        findings.append(_finding("no-results", "no evaluation results: run `deeprules card fill --results FILE`",
                                 "Quantitative analyses", quant[1] if quant else None))
    factor_sec = present.get("factors")
    listed = listed_factors("\n".join(factor_sec[2])) if factor_sec else []
    reported = {k for _, _, sub in results_meta for k in subgroup_factors(sub)}
    if quant:
        for line in quant[2]:
            reported |= set(subgroup_factors(line.replace("|", ";")))
    for key in listed:
        if key not in reported:
            findings.append(_finding("no-factor-results", f"the factor “{key}” is listed but no result is given per "
                                     f"{key} (add rows with subgroup {key}=... and run `card fill` again)",
                                     "Quantitative analyses", quant[1] if quant else None))

    declared = [_metric_id(str(m)) for m in meta.get("metrics") or []] if isinstance(meta.get("metrics"), list) \
        else []
    named: dict[str, str] = {}
    for metric, _, _ in results_meta:
        named.setdefault(metric, "model-index")
    for metric in table_metrics:
        named.setdefault(metric, "the results table")
    metrics_sec = present.get("metrics")
    if metrics_sec:
        for token in re.findall(r"`([^`\s]+)`", "\n".join(metrics_sec[2])):
            if _metric_id(token) in KNOWN_METRICS:
                named.setdefault(_metric_id(token), "the Metrics section")
    for metric, where in named.items():
        if metric not in declared:
            findings.append(_finding("metric-mismatch", f"`{metric}` in {where} is not in the metadata `metrics` "
                                     f"({', '.join(declared) or 'none'}): add it there, or report the metrics "
                                     "the plan chose", "Metrics"))

    if answers is not None and facts is not None and facts.get("releasing") and facts.get("sensitive"):
        if register is None or not register:
            open_privacy = [c for c in concerns if c.id in PRIVACY_CONCERNS and c.severity in ("high", "blocker")]
            if open_privacy:
                findings.append(_finding(
                    "release-privacy", f"release planned (share_model={answers.get('share_model')}) on sensitive data, "
                    "and no ethics register records how these privacy concerns were handled: "
                    + "; ".join(c.title for c in open_privacy), "Ethical considerations"))
        else:
            open_privacy = [e for e in register if e.is_privacy and e.is_open and e.severity in ("high", "blocker")]
            if open_privacy:
                findings.append(_finding(
                    "release-privacy", f"release planned (share_model={answers.get('share_model')}) on sensitive data "
                    "with privacy concerns still open: " + ", ".join(f"{e.id} ({e.severity}, {e.status})"
                                                                     for e in open_privacy),
                    "Ethical considerations"))
    return findings


def _meta_line(yaml_text: str, key: str) -> int | None:
    """The file line of a top-level metadata key (the YAML starts on line 2)."""
    for n, line in enumerate(yaml_text.splitlines(), start=2):
        if line.startswith(f"{key}:"):
            return n
    return None


def _line_in(message: str) -> int | None:
    m = re.search(r":(\d+)(?::\d+)?:", message)
    return int(m[1]) if m else None


def _body_after_broken(text: str) -> str:
    lines = text.splitlines(keepends=True)
    for n in range(1, len(lines)):
        if lines[n].strip() == "---":
            return "".join(lines[n + 1:])
    return text


def _model_index_results(meta: Mapping[str, Any], findings: list[Finding]) -> list[tuple[str, float, str]]:
    """(metric, value, subgroup) from the metadata's model-index; structural problems become findings."""
    index = meta.get("model-index")
    if index is None:
        return []
    out: list[tuple[str, float, str]] = []
    try:
        for model in index:
            for block in model["results"]:
                sub = str((block.get("dataset") or {}).get("config") or "")
                for m in block["metrics"]:
                    out.append((_metric_id(str(m["type"])), float(m["value"]), sub))
    except (TypeError, KeyError, ValueError, AttributeError):
        findings.append(_finding("metadata", "the `model-index` metadata is not in the Hugging Face format "
                                 "(name, results: task, dataset, metrics: type, value); run `deeprules card fill` "
                                 "again to rewrite it", "metadata"))
    return out


@dataclass
class CheckReport:
    path: str
    findings: list[Finding]

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "ok": not self.findings, "findings": [f.to_dict() for f in self.findings]}


class NoCardError(InputError):
    """The project has no model card yet. `writes_it` is the command that writes one: `deeprules card`, or
    `deeprules init` while there are no answers to write it from (`deeprules card` refuses then)."""

    def __init__(self, rel: str, has_answers: bool) -> None:
        self.rel, self.has_answers = rel, has_answers
        self.writes_it = "deeprules card" if has_answers else "deeprules init"
        super().__init__(f"{rel} does not exist; write it with `{self.writes_it}`")


def no_card(repo: Any, rel: str) -> NoCardError:
    from .answers import ANSWERS_PATH

    return NoCardError(rel, repo.abs(str(ANSWERS_PATH)).exists())


def check_project(repo: Any) -> CheckReport:
    """`card check` on a project: the card file, with the answers and the ethics register as context."""
    from .config import load_config
    from .engine import assess
    from .project import load_project_answers

    config = load_config(repo.root)
    rel = config.path("card")
    path = repo.abs(rel)
    if not (path.exists() or path.is_symlink()):
        raise no_card(repo, rel)
    text = yamlio.read_text(path, source=rel, what="model card")
    answers = facts = None
    concerns: Sequence[Any] = ()
    if repo.abs(".deeprules/answers.yaml").exists():
        a = assess(load_project_answers(repo))
        answers, facts, concerns = a.answers, a.facts, a.ethics
    findings = check_card(text, source=rel, answers=answers, facts=facts,
                          register=register_entries(repo, config), concerns=concerns)
    return CheckReport(rel, findings)


# --------------------------------------------------------------------------------------- export
def _safe_link(url: str) -> bool:
    scheme = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", url.strip())
    return scheme is None or scheme[1].lower() in ("http", "https")


def markdown_to_html(text: str) -> str:
    """The card's Markdown as HTML with raw HTML disabled (escaped), comments dropped, http(s) links only."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.validateLink = _safe_link  # type: ignore[method-assign]
    return str(md.render(COMMENT.sub("", text)))


def export_html(text: str, *, source: str) -> str:
    """A standalone page (inline CSS, no scripts, no network) of the card, for supervisors and reviewers."""
    from markupsafe import Markup

    from .render import render

    try:
        fm = split_front_matter(text, source)
    except InputError as exc:
        raise InputError(f"{exc.message}; fix the model card's metadata first") from None
    meta = fm.meta if isinstance(fm.meta, dict) else {}
    rows = []
    for key, value in meta.items():
        if key == "model-index":
            continue
        rows.append((str(key), ", ".join(map(str, value)) if isinstance(value, list) else str(value)))
    title = next((ln[2:].strip() for ln in fm.body.splitlines() if ln.startswith("# ")), "Model card")
    return render("model_card.html.j2", title=title, meta_rows=rows, body=Markup(markdown_to_html(fm.body)),
                  source=source)


def export_project(repo: Any, target: Path) -> int:
    """`card export --html`: write the page to `target` (any path; not committed). Returns its size in bytes."""
    from .config import load_config
    from .writer import atomic_write

    rel = load_config(repo.root).path("card")  # resolved inside the work tree by paths.resolve
    path = repo.abs(rel)
    if not (path.exists() or path.is_symlink()):
        raise no_card(repo, rel)
    text = yamlio.read_text(path, source=rel, what="model card")
    page = export_html(text, source=rel)
    from .paths import user_file

    target = user_file(target, repo_root=repo.root, what="--html")  # never into .git or through a symlink
    if target.is_dir():
        raise InputError(f"{target} is a folder; give a file name such as {target / 'model_card.html'}")
    if not target.parent.exists():
        raise InputError(f"{target.parent}: no such folder")
    atomic_write(target, page)
    return len(page.encode("utf-8"))
