"""Load and validate the knowledge base (the YAML files in `deeprules/knowledge/`) once per process.

The files are the product's brain; this module only turns them into typed, validated objects. Every
id is unique, every reference number exists, every condition parses and reads only known names.
A violation is a KnowledgeError: a bug in deeprules that its tests catch before a user does.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from . import conditions
from .errors import KnowledgeError

#: Facts `engine.derive_facts()` adds to the answers before conditions are evaluated.
DERIVED_FACTS: dict[str, str] = {
    "per_class": "the effective size tip 1 scores: smallest class (classification), labelled examples, "
                 "annotated images (segmentation) or all examples (unlabelled tasks), after the design effect",
    "size_band": "unknown | tiny (under the task's floor, e.g. <100 per class) | small (<10x) | medium (<100x) "
                 "| large",
    "size_measure": "what per_class counts, in words (e.g. 'labelled examples in the smallest class')",
    "effective_n": "all samples after the design effect of shared units (Kish; = n_samples when independent)",
    "effective_per_class": "classification: the smallest class after the design effect, else none",
    "minority_share": "minority_fraction, or n_min_class / n_samples when only the counts are given",
    "imbalanced": "classification with minority_share below 0.2",
    "multiclass": "classification with more than two classes (n_classes > 2)",
    "ordinal": "classification with ordered classes (ordinal_labels == yes)",
    "labelled": "the task learns from labels (classification, regression, segmentation, other, or not given)",
    "unlabelled_task": ("clustering, generation, reinforcement, self-supervised or anomaly detection: sized by all "
                        "examples, no label questions"),
    "grouped": "samples may share a unit: independent_samples is not yes, or repeated_measures is yes",
    "units": "independent units tip 1 uses: n_units, or sqrt(n_samples) assumed when grouped; none otherwise",
    "split_groups": "groupings a split must respect, outermost first: 'site', 'homology_cluster', unit kind",
    "split_by": "the finest grouping to split by (a unit_kind value, 'unit', 'site', 'homology_cluster') or none",
    "split_keep_together": "the coarser groupings to keep whole while splitting by split_by (list)",
    "split_kind": "random | grouped (one grouping) | nested (a unit within sites or homology clusters)",
    "strand_symmetric": "DNA/RNA input whose orientation carries no meaning (orientation_matters == no)",
    "dl_score": "the tip 1 score (float); thresholds in knowledge/tip1.yaml",
    "dl_margin": "signed distance of dl_score to the nearest verdict threshold",
    "borderline": "dl_score within the borderline band of a threshold",
    "verdict_depends_on": "answer ids, unknown now, whose best or worst value would change the verdict",
    "human_data": "human_subjects is yes or unknown",
    "sensitive": "human data, or identifiable_data yes or unknown",
    "private_data": "sensitive data that may not be shared openly: sensitive, unless data_shareable is yes and "
                    "identifiable_data is no",
    "releasing": "share_model is yes or undecided",
    "gpu": "compute is not laptop",
    "sequence": "modality is dna_sequence or protein_sequence",
    "has_images": "the data include images: modality image, or multimodal with images (or parts not given)",
    "has_sequences": "the data include sequences: dna or protein sequence, or multimodal with sequences (or "
                     "parts not given)",
    "supervised": "task is classification, regression or segmentation",
    "animal_data": "animal_subjects is yes or unknown",
    "verdict": "deep_learning | baselines_first | traditional_ml",
    "wide_data": "a labelled task with more features than labelled examples (n_features > n_samples, both given)",
    "long_tail_classes": "classification with 5 or more classes answered as a long tail (long_tail == yes)",
}

QUESTION_TYPES = ("choice", "integer", "number", "text", "yes_no_unknown")
YES_NO_UNKNOWN = (("yes", "Yes"), ("no", "No"), ("unknown", "Not sure yet"))
CATALOG_KINDS = ("baselines", "architectures", "splits", "metrics", "hyperparameters")
SEVERITIES = ("low", "medium", "high", "blocker")


@dataclass(frozen=True)
class Reference:
    number: int
    citation: str
    doi: str | None = None
    url: str | None = None

    @property
    def link(self) -> str | None:
        return f"https://doi.org/{self.doi}" if self.doi else self.url

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.number, "citation": self.citation, "doi": self.doi, "url": self.link}


@dataclass(frozen=True)
class Recommendation:
    id: str
    tip: int
    title: str
    text: str
    refs: tuple[int, ...] = ()
    when: str | None = None
    attest: bool = False


@dataclass(frozen=True)
class Tip:
    number: int
    slug: str
    title: str
    summary: str
    recommendations: tuple[Recommendation, ...]


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    tip: int


@dataclass(frozen=True)
class Question:
    id: str
    group: str
    prompt: str
    help: str
    tip: int
    type: str
    choices: tuple[Choice, ...] = ()
    min: float | None = None
    max: float | None = None
    default: Any = None
    when: str | None = None
    required: bool = True
    variants: tuple[tuple[str, str, str], ...] = ()  # (when, prompt, help): wording that fits the answers

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)

    def worded_for(self, holds: Callable[[str], bool]) -> tuple[str, str]:
        """(prompt, help) of the first variant whose `when` holds, else the question's own. `holds` is
        `lambda w: conditions.evaluate(w, engine.context(values))`, or a lookup in the engine's truth table."""
        for when, prompt, help_text in self.variants:
            if holds(when):
                return prompt, help_text or self.help
        return self.prompt, self.help

    def label_of(self, value: Any) -> str:
        for c in self.choices:
            if c.value == value:
                return c.label
        return "" if value is None else str(value)


@dataclass(frozen=True)
class CatalogItem:
    id: str
    kind: str
    name: str
    text: str
    tip: int
    refs: tuple[int, ...] = ()
    when: str | None = None


@dataclass(frozen=True)
class ConcernTemplate:
    id: str
    title: str
    severity: str
    tip: int
    recommendations: tuple[str, ...]
    refs: tuple[int, ...]
    when: str | None
    why: str
    actions: tuple[str, ...]
    severity_when: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Knowledge:
    tips: tuple[Tip, ...]
    references: dict[int, Reference]
    groups: tuple[Group, ...]
    questions: tuple[Question, ...]
    catalog: dict[str, tuple[CatalogItem, ...]]
    concerns: tuple[ConcernTemplate, ...]
    examples: dict[str, str] = field(default_factory=dict)  # name -> YAML text
    tip1: dict[str, Any] = field(default_factory=dict)  # the tip 1 score model (knowledge/tip1.yaml)

    @cached_property
    def question_by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def recommendation_by_id(self) -> dict[str, Recommendation]:
        return {r.id: r for t in self.tips for r in t.recommendations}

    @property
    def recommendations(self) -> list[Recommendation]:
        return [r for t in self.tips for r in t.recommendations]

    @cached_property
    def condition_set(self) -> conditions.ConditionSet:
        """Every `when` in the knowledge base, evaluated together by the engine."""
        return conditions.ConditionSet([
            *(q.when for q in self.questions),
            *(v[0] for q in self.questions for v in q.variants),
            *(r.when for r in self.recommendations),
            *(i.when for items in self.catalog.values() for i in items),
            *(c.when for c in self.concerns),
            *(expr for c in self.concerns for _, expr in c.severity_when),
            *(f["when"] for f in self.tip1.get("framings", ())),
        ])

    def tip(self, number: int) -> Tip:
        for t in self.tips:
            if t.number == number:
                return t
        raise KeyError(number)

    def refs(self, numbers: tuple[int, ...] | list[int]) -> list[Reference]:
        return [self.references[n] for n in numbers if n in self.references]


def _text(resource: Any) -> str:
    return str(resource.read_text(encoding="utf-8"))


KNOWLEDGE_FILES = ("references.yaml", "questions.yaml", "tips.yaml", "catalog.yaml", "concerns.yaml",
                   "tip1.yaml")


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "deeprules"


def _parse_all() -> dict[str, Any]:
    """The parsed knowledge files. Pure-Python YAML parsing costs ~0.5 s for these files, so the result is
    cached as JSON under ~/.cache/deeprules, keyed by a hash of the files' bytes (any edit invalidates it)."""
    texts = {name: _text(resources.files("deeprules") / "knowledge" / name) for name in KNOWLEDGE_FILES}
    digest = hashlib.sha256("\0".join(texts[n] for n in KNOWLEDGE_FILES).encode()).hexdigest()[:16]
    cache = _cache_dir() / f"knowledge-{digest}.json"
    try:
        return dict(json.loads(cache.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    from .yamlio import parse

    data = {name: parse(text, f"knowledge/{name}", round_trip=False) for name, text in texts.items()}
    try:  # best effort: a read-only home only costs speed
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, default=str), encoding="utf-8")
        os.replace(tmp, cache)
    except OSError:
        pass
    return data


def _req(d: dict[str, Any], key: str, where: str) -> Any:
    if key not in d or d[key] is None:
        raise KnowledgeError(f"{where}: missing '{key}'")
    return d[key]


def _refs(raw: Any, where: str, known: dict[int, Reference]) -> tuple[int, ...]:
    out = tuple(int(n) for n in (raw or ()))
    missing = [n for n in out if n not in known]
    if missing:
        raise KnowledgeError(f"{where}: unknown reference number(s) {missing}")
    return out


@lru_cache(maxsize=1)
def load_knowledge() -> Knowledge:
    raw = _parse_all()
    references = {
        int(k): Reference(int(k), str(v["citation"]), v.get("doi") or None, v.get("url") or None)
        for k, v in (raw["references.yaml"] or {}).items()
    }

    raw_q = raw["questions.yaml"] or {}
    groups = tuple(Group(g["id"], g["title"], int(g["tip"])) for g in raw_q.get("groups", ()))
    questions: list[Question] = []
    for q in raw_q.get("questions", ()):
        where = f"questions.yaml: {q.get('id', '?')}"
        qtype = _req(q, "type", where)
        if qtype not in QUESTION_TYPES:
            raise KnowledgeError(f"{where}: type {qtype!r} is not one of {', '.join(QUESTION_TYPES)}")
        raw_choices = q.get("choices") or (YES_NO_UNKNOWN if qtype == "yes_no_unknown" else ())
        choices = tuple(
            Choice(str(c[0]), str(c[1])) if isinstance(c, tuple) else Choice(str(c["value"]), str(c["label"]))
            for c in raw_choices
        )
        if qtype == "choice" and not choices:
            raise KnowledgeError(f"{where}: a choice question needs choices")
        questions.append(
            Question(
                id=_req(q, "id", where), group=_req(q, "group", where), prompt=_req(q, "prompt", where),
                help=str(q.get("help", "")), tip=int(_req(q, "tip", where)), type=qtype, choices=choices,
                min=q.get("min"), max=q.get("max"), default=q.get("default"), when=q.get("when"),
                required=bool(q.get("required", True)),
                variants=tuple((str(_req(v, "when", where)), str(_req(v, "prompt", where)),
                                " ".join(str(v.get("help", "")).split())) for v in q.get("variants") or ()),
            )
        )

    tips: list[Tip] = []
    for t in (raw["tips.yaml"] or {}).get("tips", ()):
        number = int(_req(t, "number", "tips.yaml"))
        recs = tuple(
            Recommendation(
                id=_req(r, "id", f"tip {number}"), tip=number, title=_req(r, "title", f"tip {number}"),
                text=" ".join(str(_req(r, "text", f"tip {number}")).split()),
                refs=_refs(r.get("refs"), f"tips.yaml: {r.get('id')}", references),
                when=r.get("when"), attest=bool(r.get("attest", False)),
            )
            for r in t.get("recommendations", ())
        )
        tips.append(Tip(number, str(t["slug"]), str(t["title"]), " ".join(str(t["summary"]).split()), recs))
    tips.sort(key=lambda t: t.number)

    raw_cat = raw["catalog.yaml"] or {}
    catalog = {
        kind: tuple(
            CatalogItem(
                id=_req(i, "id", f"catalog.yaml {kind}"), kind=kind, name=_req(i, "name", f"catalog {i.get('id')}"),
                text=" ".join(str(_req(i, "text", f"catalog {i.get('id')}")).split()),
                tip=int(_req(i, "tip", f"catalog {i.get('id')}")),
                refs=_refs(i.get("refs"), f"catalog.yaml: {i.get('id')}", references), when=i.get("when"),
            )
            for i in raw_cat.get(kind, ()) or ()
        )
        for kind in CATALOG_KINDS
    }

    concerns = tuple(
        ConcernTemplate(
            id=_req(c, "id", "concerns.yaml"), title=_req(c, "title", f"concern {c.get('id')}"),
            severity=_req(c, "severity", f"concern {c.get('id')}"), tip=int(c.get("tip", 10)),
            recommendations=tuple(c.get("recommendations") or ()),
            refs=_refs(c.get("refs"), f"concerns.yaml: {c.get('id')}", references), when=c.get("when"),
            why=" ".join(str(c.get("why", "")).split()), actions=tuple(str(a) for a in c.get("actions") or ()),
            severity_when=tuple((str(k), str(v)) for k, v in (c.get("severity_when") or {}).items()),
        )
        for c in (raw["concerns.yaml"] or {}).get("concerns", ())
    )

    examples_dir = resources.files("deeprules") / "knowledge" / "examples"
    examples = {
        p.name.rsplit(".", 1)[0]: _text(p)
        for p in sorted(examples_dir.iterdir(), key=lambda p: p.name)
        if p.name.endswith(".yaml")
    }

    kb = Knowledge(tuple(tips), references, groups, tuple(questions), catalog, concerns, examples,
                   dict(raw["tip1.yaml"] or {}))
    validate(kb, deep=False)
    return kb


def validate(kb: Knowledge, *, deep: bool = True) -> None:
    """Cross-file consistency: unique ids, known groups, severities and recommendation ids. With `deep`
    (the test suite), every condition and text template is also parsed and its names checked; that costs
    ~0.4 s, too much for every start-up of a knowledge base that is tested before it ships."""
    check_names = conditions.check_names if deep else (lambda *args, **kwargs: None)
    names = {q.id for q in kb.questions} | set(DERIVED_FACTS)
    seen: set[str] = set()

    def unique(ident: str, where: str) -> None:
        if ident in seen:
            raise KnowledgeError(f"{where}: duplicate id {ident!r}")
        seen.add(ident)

    group_ids = {g.id for g in kb.groups}
    for q in kb.questions:
        unique(q.id, "questions.yaml")
        if q.group not in group_ids:
            raise KnowledgeError(f"questions.yaml: {q.id}: unknown group {q.group!r}")
        if q.when:
            check_names(q.when, names, f"questions.yaml: {q.id}")
        for when, _, _ in q.variants:
            check_names(when, names, f"questions.yaml: {q.id} variant")
    if [t.number for t in kb.tips] != list(range(1, 11)):
        raise KnowledgeError("tips.yaml: expected tips 1 to 10, each once")
    for rec in kb.recommendations:
        unique(rec.id, "tips.yaml")
        if not rec.id.startswith(f"T{rec.tip}."):
            raise KnowledgeError(f"tips.yaml: {rec.id} should start with T{rec.tip}.")
        if rec.when:
            check_names(rec.when, names, f"tips.yaml: {rec.id}")
        check_names(rec.text, names, f"tips.yaml: {rec.id} text", template=True)
    for kind, items in kb.catalog.items():
        for item in items:
            unique(item.id, f"catalog.yaml {kind}")
            if item.when:
                check_names(item.when, names, f"catalog.yaml: {item.id}")
    rec_ids = set(kb.recommendation_by_id)
    for c in kb.concerns:
        unique(c.id, "concerns.yaml")
        if c.severity not in SEVERITIES:
            raise KnowledgeError(f"concerns.yaml: {c.id}: severity {c.severity!r} not in {SEVERITIES}")
        missing = [r for r in c.recommendations if r not in rec_ids]
        if missing:
            raise KnowledgeError(f"concerns.yaml: {c.id}: unknown recommendation id(s) {missing}")
        for sev, expr in c.severity_when:
            if sev not in SEVERITIES:
                raise KnowledgeError(f"concerns.yaml: {c.id}: severity_when key {sev!r} not in {SEVERITIES}")
            check_names(expr, names, f"concerns.yaml: {c.id}")
        if c.when:
            check_names(c.when, names, f"concerns.yaml: {c.id}")
        check_names(c.why, names, f"concerns.yaml: {c.id} why", template=True)
    _validate_tip1(kb)
    for framing in kb.tip1.get("framings", ()):
        where = f"tip1.yaml: framings.{framing.get('id')}"
        check_names(framing.get("when") or "", names, where)
        reason = framing.get("reason") or {}
        if set(framing.get("titles") or {}) != set(kb.tip1["verdicts"]) or not reason.get("text") \
                or reason.get("kind") not in ("for", "against", "risk"):
            raise KnowledgeError(f"{where}: needs a title per verdict and a reason with text and kind")
        check_names(reason["text"], names, where, template=True)


def _validate_tip1(kb: Knowledge) -> None:
    """Every reference the tip 1 model cites exists; every part has points."""
    model = kb.tip1
    for key in ("thresholds", "verdicts", "size", "units", "parts", "unlabelled", "caps", "depends", "depends_text"):
        if key not in model:
            raise KnowledgeError(f"tip1.yaml: missing '{key}'")

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if str(k).startswith("refs"):
                    _refs(v, f"tip1.yaml: {where}.{k}", kb.references)
                else:
                    walk(v, f"{where}.{k}" if where else str(k))

    walk(model, "")
    for factor, values in model["parts"].items():
        for value, entry in values.items():
            if "points" not in entry:
                raise KnowledgeError(f"tip1.yaml: parts.{factor}.{value}: missing 'points'")
