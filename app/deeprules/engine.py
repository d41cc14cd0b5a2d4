"""The decision engine: `assess(answers) -> Assessment`. Pure (no I/O beyond the cached knowledge base).

Tip 1 (is deep learning appropriate?) is a graded score computed by `tip1.py` from `knowledge/tip1.yaml`:
the effective size of what the task learns from, independent units, modality, task, label noise,
compute, expertise, pretrained models and unlabelled data. Every other tip is tailored by the knowledge
base's `when` conditions, evaluated over the answers plus the derived facts below. Unknown answers are
never a silent yes: they are scored as pessimistic but plausible values, the verdict says when one of
them decides it, and they come back as open questions.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import conditions, tip1
from .knowledge import SEVERITIES, CatalogItem, Knowledge, Reference, load_knowledge


def _verdicts() -> dict[str, str]:
    return dict(load_knowledge().tip1["verdicts"])


class _Verdicts(Mapping[str, str]):
    """The verdict titles, read from knowledge/tip1.yaml on first use (importing stays cheap)."""

    def __getitem__(self, key: str) -> str:
        return _verdicts()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(_verdicts())

    def __len__(self) -> int:
        return len(_verdicts())


VERDICTS: Mapping[str, str] = _Verdicts()


@dataclass(frozen=True)
class Reason:
    """One consideration behind the tip 1 verdict: for deep learning, against it, or a risk (unknown)."""

    kind: str  # for | against | risk
    factor: str  # the answer id it comes from (or cap.*, borderline)
    text: str
    refs: tuple[Reference, ...] = ()
    tip: int = 1
    points: float = 0.0  # its part of the tip 1 score

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "factor": self.factor, "tip": self.tip, "text": self.text,
                "points": round(self.points, 2), "refs": [r.to_dict() for r in self.refs]}


@dataclass(frozen=True)
class Advice:
    """A recommendation or a catalog pick (baseline, architecture, split, metric, search plan)."""

    id: str
    tip: int
    title: str
    text: str
    refs: tuple[Reference, ...] = ()
    kind: str = "recommendation"
    attest: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "tip": self.tip, "title": self.title, "text": self.text,
                "refs": [r.to_dict() for r in self.refs], "kind": self.kind, "attest": self.attest}


@dataclass(frozen=True)
class Concern:
    """An ethics concern the answers call for (tip 10); the register turns each into a file."""

    id: str
    title: str
    severity: str
    tip: int
    recommendations: tuple[str, ...]
    refs: tuple[Reference, ...]
    why: str
    actions: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "tip": self.tip, "severity": self.severity,
                "recommendations": list(self.recommendations), "refs": [r.to_dict() for r in self.refs],
                "why": self.why, "actions": list(self.actions)}


@dataclass(frozen=True)
class OpenQuestion:
    id: str
    prompt: str
    tip: int
    why: str
    status: str  # unanswered | unknown | undecided

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "prompt": self.prompt, "tip": self.tip, "why": self.why, "status": self.status}


#: Answers that keep a question open: the choice "Not sure yet" (and "undecided" for a release)
UNSURE = ("unknown", "undecided")


@dataclass(frozen=True)
class Assessment:
    verdict: str
    reasons: tuple[Reason, ...]
    recommendations: tuple[Advice, ...]
    split: Advice | None
    metrics: tuple[Advice, ...]
    baselines: tuple[Advice, ...]
    architectures: tuple[Advice, ...]
    hyperparameters: tuple[Advice, ...]
    ethics: tuple[Concern, ...]
    open_questions: tuple[OpenQuestion, ...]
    facts: Mapping[str, Any]
    answers: Mapping[str, Any]
    references: tuple[Reference, ...] = field(default=())
    decision: tip1.Decision | None = None  # the tip 1 score, its parts and what-ifs
    framing: str | None = None  # tip1.yaml `framings` id when the project is not "train a model to predict"
    framed_title: str | None = None
    #: The questions asked for these answers (their condition holds), optional ones included: "N of M questions
    #: answered" on the start screen and the question screens, and "K of M open" in DR102, are over these.
    questions_asked: tuple[str, ...] = ()

    @property
    def verdict_title(self) -> str:
        return self.framed_title or VERDICTS[self.verdict]

    def by_tip(self) -> dict[int, list[Advice]]:
        out: dict[int, list[Advice]] = {n: [] for n in range(1, 11)}
        for rec in self.recommendations:
            out[rec.tip].append(rec)
        return out

    @property
    def fingerprint(self) -> str:
        """A short hash of the answers: files rendered from the same answers carry the same one."""
        blob = json.dumps(self.answers, sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:12]

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "verdict_title": self.verdict_title,
            "framing": self.framing,
            "tip1": self.decision.to_dict() if self.decision else None,
            "reasons": [r.to_dict() for r in self.reasons],
            "recommendations": [r.to_dict() for r in self.recommendations],
            "split": self.split.to_dict() if self.split else None,
            "metrics": [m.to_dict() for m in self.metrics],
            "baselines": [b.to_dict() for b in self.baselines],
            "architectures": [a.to_dict() for a in self.architectures],
            "hyperparameters": [h.to_dict() for h in self.hyperparameters],
            "ethics": [c.to_dict() for c in self.ethics],
            "open_questions": [q.to_dict() for q in self.open_questions],
            "facts": dict(self.facts),
            "answers": dict(self.answers),
            "references": [r.to_dict() for r in self.references],
            "fingerprint": self.fingerprint,
        }


def size_band(decades: float | None) -> str:
    """Bands of the effective size, in orders of magnitude above the task's floor (100 per class, ...)."""
    if decades is None:
        return "unknown"
    return "tiny" if decades < 0 else "small" if decades < 1 else "medium" if decades < 2 else "large"


def derive_facts(values: Mapping[str, Any]) -> dict[str, Any]:
    """The facts conditions may read beside the answers (documented in knowledge.DERIVED_FACTS)."""
    kb = load_knowledge()
    facts, _ = _facts_and_decision(values, kb)
    return facts


def _split_facts(values: Mapping[str, Any], grouped: bool) -> dict[str, Any]:
    """The groupings a split must respect at once, outermost first (site, homology cluster, then the unit)."""
    groups: list[str] = []
    if values.get("multi_site") == "yes":
        groups.append("site")
    if values.get("related_sequences") == "yes":
        groups.append("homology_cluster")
    if grouped and (values.get("independent_samples") == "no" or values.get("repeated_measures") == "yes"):
        groups.append(str(values.get("unit_kind") or "unit"))
    kind = "random" if not groups else "grouped" if len(groups) == 1 else "nested"
    return {"split_groups": groups, "split_by": groups[-1] if groups else None,
            "split_keep_together": groups[:-1], "split_kind": kind}


def _facts_and_decision(values: Mapping[str, Any], kb: Knowledge) -> tuple[dict[str, Any], tip1.Decision]:
    task = values.get("task")
    modality_q = kb.question_by_id.get("modality")
    labels = {c.value: c.label for c in modality_q.choices} if modality_q else {}
    decision = tip1.decide(values, kb.tip1, labels=labels)
    size = decision.size
    floor = kb.tip1["size"]["kinds"][size.kind]["floor"]
    decades = None if size.effective is None else math.log10(max(size.effective, 1e-9) / floor)
    n_samples, n_min_class = values.get("n_samples"), values.get("n_min_class")
    share = values.get("minority_fraction")
    if share is None and n_min_class is not None and n_samples:
        share = min(0.5, n_min_class / n_samples)
    classification = task == "classification"
    n_classes = values.get("n_classes")
    human = values.get("human_subjects") in ("yes", "unknown")
    sensitive = human or values.get("identifiable_data") in ("yes", "unknown")
    is_grouped = tip1.grouped(values)
    facts: dict[str, Any] = {
        "per_class": None if size.effective is None else round(size.effective),
        "size_band": size_band(decades),
        "size_measure": size.measure,
        "effective_n": None if size.effective_n is None else round(size.effective_n),
        "effective_per_class": round(size.effective) if classification and size.effective is not None else None,
        "minority_share": share if classification else None,
        "imbalanced": classification and share is not None and share < 0.2,
        "multiclass": classification and n_classes is not None and n_classes > 2,
        "ordinal": classification and values.get("ordinal_labels") == "yes",
        "human_data": human,
        "animal_data": values.get("animal_subjects") in ("yes", "unknown"),
        "sensitive": sensitive,
        # Tip 10's rule against sharing models applies to data that cannot be shared [116-119]: data the user
        # deposits openly and that identify no one do not become secret inside a model.
        "private_data": sensitive and not (values.get("data_shareable") == "yes"
                                           and values.get("identifiable_data") == "no"),
        "releasing": values.get("share_model") in ("yes", "undecided"),
        "gpu": values.get("compute") in ("workstation_gpu", "cluster", "cloud"),
        "sequence": values.get("modality") in ("dna_sequence", "protein_sequence"),
        # What a multimodal project combines (multimodal_parts); not given: it may hold anything, as before.
        "has_images": values.get("modality") == "image" or (
            values.get("modality") == "multimodal"
            and values.get("multimodal_parts") in (None, "images", "images_and_sequences")),
        "has_sequences": values.get("modality") in ("dna_sequence", "protein_sequence") or (
            values.get("modality") == "multimodal"
            and values.get("multimodal_parts") in (None, "sequences", "images_and_sequences")),
        "supervised": task in ("classification", "regression", "segmentation"),
        "labelled": tip1.learns_from_labels(task),
        "unlabelled_task": task in tip1.UNLABELLED_TASKS,
        "grouped": is_grouped,
        "units": None if size.units is None or size.derived == "unknown" else round(size.units),
        "wide_data": tip1.wide(values) and tip1.learns_from_labels(task),
        "long_tail_classes": tip1.long_tail(values),
        "strand_symmetric": values.get("modality") in ("dna_sequence", "multimodal")
        and values.get("orientation_matters") == "no",
        **_split_facts(values, is_grouped),
        "dl_score": round(decision.score, 2),
        "dl_margin": round(decision.margin, 2),
        "borderline": decision.borderline is not None,
        "verdict_depends_on": [k for k, _ in decision.depends],
        "verdict": decision.verdict,
    }
    return facts, decision


def _reasons(decision: tip1.Decision, kb: Knowledge) -> list[Reason]:
    """The parts as reasons, strongest first; a borderline note first, what-ifs joined to their answer."""
    depends = dict(decision.depends)
    out: list[Reason] = []
    for part in decision.parts:
        text = part.text
        if part.factor in depends:
            text += " " + depends.pop(part.factor)
        out.append(Reason(part.kind, part.factor, text, tuple(kb.refs(list(part.refs))), points=part.points))
    for factor, text in depends.items():  # what-ifs for answers that have no part of their own
        out.append(Reason("risk", factor, text, points=0.0))
    if decision.verdict == "deep_learning":
        out.sort(key=lambda r: ({"for": 0, "risk": 1, "against": 2}[r.kind], -r.points))
    else:
        out.sort(key=lambda r: ({"against": 0, "risk": 1, "for": 2}[r.kind], r.points))
    if decision.borderline:
        out.insert(0, Reason("risk", "borderline", decision.borderline, points=0.0))
    return out


def _pick(kb: Knowledge, items: tuple[CatalogItem, ...], ctx: Mapping[str, Any],
          truth: Mapping[str, bool]) -> list[Advice]:
    return [
        Advice(i.id, i.tip, i.name, conditions.render_text(i.text, ctx), tuple(kb.refs(i.refs)), i.kind)
        for i in items
        if conditions.holds(truth, i.when)
    ]


def context(values: Mapping[str, Any]) -> dict[str, Any]:
    """Answers plus derived facts: what every `when` and text placeholder sees."""
    return {**values, **derive_facts(values)}


def assess(answers: Mapping[str, Any], *, knowledge: Knowledge | None = None) -> Assessment:
    """Decide tip 1 and tailor tips 2-10 to the answers. Pure: same answers, same assessment."""
    kb = knowledge or load_knowledge()
    values = {q.id: answers.get(q.id) for q in kb.questions}
    for key, value in answers.items():  # keep anything validated upstream, even if not a question
        values.setdefault(key, value)
    facts, decision = _facts_and_decision(values, kb)
    verdict, reasons = decision.verdict, _reasons(decision, kb)
    ctx = {**tip1.implied(values), **facts}
    truth = kb.condition_set.evaluate_all(ctx)
    framing = next((f for f in kb.tip1.get("framings", ()) if conditions.holds(truth, f["when"])), None)
    if framing is not None:  # its reason first: it says which question the score below answers
        spec = framing["reason"]
        reasons.insert(0, Reason(spec["kind"], f"framing.{framing['id']}",
                                 " ".join(conditions.render_text(spec["text"], ctx).split()),
                                 tuple(kb.refs(list(spec.get("refs") or ()))), points=0.0))

    recs = tuple(
        Advice(rec.id, rec.tip, rec.title, conditions.render_text(rec.text, ctx), tuple(kb.refs(rec.refs)),
               attest=rec.attest)
        for rec in kb.recommendations
        if conditions.holds(truth, rec.when)
    )
    splits = _pick(kb, kb.catalog["splits"], ctx, truth)

    ethics = []
    for c in kb.concerns:
        if not conditions.holds(truth, c.when):
            continue
        severity = c.severity
        for sev, expr in c.severity_when:
            if conditions.holds(truth, expr) and SEVERITIES.index(sev) > SEVERITIES.index(severity):
                severity = sev
        ethics.append(Concern(c.id, c.title, severity, c.tip, c.recommendations, tuple(kb.refs(c.refs)),
                              conditions.render_text(c.why, ctx), c.actions))

    open_qs = []
    asked = []
    for q in kb.questions:
        if not conditions.holds(truth, q.when):
            continue
        value = values.get(q.id)
        asked.append(q.id)
        status = "unanswered" if value is None else value if value in UNSURE else None
        if status and (q.required or value is not None):
            prompt, why = q.worded_for(lambda w: conditions.holds(truth, w))
            open_qs.append(OpenQuestion(q.id, prompt, q.tip, why, status))

    metrics = tuple(_pick(kb, kb.catalog["metrics"], ctx, truth))
    baselines = tuple(_pick(kb, kb.catalog["baselines"], ctx, truth))
    architectures = tuple(_pick(kb, kb.catalog["architectures"], ctx, truth))
    hyperparameters = tuple(_pick(kb, kb.catalog["hyperparameters"], ctx, truth))
    cited_items: list[Reason | Advice | Concern] = [*reasons, *recs, *splits[:1], *metrics, *baselines,
                                                    *architectures, *hyperparameters, *ethics]
    cited = {ref.number for x in cited_items for ref in x.refs}

    return Assessment(
        verdict=verdict,
        reasons=tuple(reasons),
        recommendations=recs,
        split=splits[0] if splits else None,
        metrics=metrics,
        baselines=baselines,
        architectures=architectures,
        hyperparameters=hyperparameters,
        ethics=tuple(ethics),
        open_questions=tuple(open_qs),
        facts=facts,
        answers={k: v for k, v in values.items() if v is not None},
        references=tuple(kb.references[n] for n in sorted(cited)),
        decision=decision,
        framing=framing["id"] if framing else None,
        framed_title=" ".join(framing["titles"][verdict].split()) if framing else None,
        questions_asked=tuple(asked),
    )


def verdict_change(before: Assessment | None, after: Assessment) -> dict[str, Any]:
    """What an answer change did to tip 1: the verdict and score before and after, and the parts that moved
    (largest first). `before` is None for a first assessment."""
    new = after.decision
    old = before.decision if before is not None else None
    moved: list[dict[str, Any]] = []
    if old is not None and new is not None:
        old_parts = {p.factor: p.points for p in old.parts}
        new_parts = {p.factor: p.points for p in new.parts}
        for factor in dict.fromkeys([*old_parts, *new_parts]):
            a, b = old_parts.get(factor, 0.0), new_parts.get(factor, 0.0)
            if abs(a - b) >= 0.005:
                moved.append({"factor": factor, "before": round(a, 2), "after": round(b, 2)})
        moved.sort(key=lambda m: -abs(m["after"] - m["before"]))
    return {
        "before": before.verdict if before is not None else None,
        "after": after.verdict,
        "changed": before is not None and before.verdict != after.verdict,
        "score_before": round(old.score, 2) if old is not None else None,
        "score_after": round(new.score, 2) if new is not None else None,
        "borderline": new.borderline if new is not None else None,
        "moved": moved,
    }
