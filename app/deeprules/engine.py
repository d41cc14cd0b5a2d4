"""The decision engine: `assess(answers) -> Assessment`. Pure (no I/O beyond the cached knowledge base).

Tip 1 (is deep learning appropriate?) is decided here from the size of the data per class, the modality,
the task, label noise, compute, expertise, pretrained models and unlabelled data. Every other tip is
tailored by the knowledge base's `when` conditions, evaluated over the answers plus the derived facts
below. Unknown answers are never a silent yes: they count as risks, they hold the verdict back from
`deep_learning` where they matter, and they come back as open questions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import conditions
from .knowledge import SEVERITIES, CatalogItem, Knowledge, Reference, load_knowledge

VERDICTS: dict[str, str] = {
    "deep_learning": "Deep learning fits this project",
    "baselines_first": "Start with tuned baselines; deep learning only if it beats them",
    "traditional_ml": "Traditional machine learning fits better than deep learning here",
}

# Sizes per class: the paper puts the floor for considering deep learning near 100 examples per class
# [24] and says it is best suited to data sets orders of magnitude larger.
SIZE_BANDS = ((100, "tiny"), (1_000, "small"), (10_000, "medium"))
STRUCTURED_MODALITIES = {"image", "text", "dna_sequence", "protein_sequence", "molecule", "graph",
                         "time_series", "multimodal"}


@dataclass(frozen=True)
class Reason:
    """One consideration behind the tip 1 verdict: for deep learning, against it, or a risk (unknown)."""

    kind: str  # for | against | risk
    factor: str  # the answer id it comes from
    text: str
    refs: tuple[Reference, ...] = ()
    tip: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "factor": self.factor, "tip": self.tip, "text": self.text,
                "refs": [r.to_dict() for r in self.refs]}


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

    @property
    def verdict_title(self) -> str:
        return VERDICTS[self.verdict]

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


def size_band(per_class: int | None) -> str:
    if per_class is None:
        return "unknown"
    for limit, band in SIZE_BANDS:
        if per_class < limit:
            return band
    return "large"


def derive_facts(values: Mapping[str, Any]) -> dict[str, Any]:
    """The facts conditions may read beside the answers (documented in knowledge.DERIVED_FACTS)."""
    facts = _base_facts(values)
    facts["verdict"] = _decide(values, facts, load_knowledge())[0]
    return facts


def _base_facts(values: Mapping[str, Any]) -> dict[str, Any]:
    task = values.get("task")
    n_samples, n_min_class = values.get("n_samples"), values.get("n_min_class")
    per_class = n_min_class if task == "classification" and n_min_class is not None else n_samples
    minority = values.get("minority_fraction")
    human = values.get("human_subjects") in ("yes", "unknown")
    facts = {
        "per_class": per_class,
        "size_band": size_band(per_class),
        "imbalanced": task == "classification" and minority is not None and minority < 0.2,
        "human_data": human,
        "sensitive": human or values.get("identifiable_data") in ("yes", "unknown"),
        "releasing": values.get("share_model") in ("yes", "undecided"),
        "gpu": values.get("compute") in ("workstation_gpu", "cluster", "cloud"),
        "sequence": values.get("modality") in ("dna_sequence", "protein_sequence"),
        "supervised": task in ("classification", "regression", "segmentation"),
    }
    return facts


def _reason(kb: Knowledge, kind: str, factor: str, text: str, *refs: int) -> Reason:
    return Reason(kind, factor, text, tuple(kb.refs(list(refs))))


def _decide(values: Mapping[str, Any], facts: Mapping[str, Any], kb: Knowledge) -> tuple[str, list[Reason]]:
    """Tip 1. Returns the verdict and the reasons, strongest first."""
    r: list[Reason] = []
    band, per_class = facts["size_band"], facts["per_class"]
    modality, task = values.get("modality"), values.get("task")
    pretrained = values.get("pretrained_available")
    unit = "per class (smallest class)" if task == "classification" and values.get("n_min_class") is not None \
        else "labelled examples"

    if band == "unknown":
        r.append(_reason(kb, "risk", "n_samples", "The amount of labelled data is not known yet. Count it before "
                         "committing to deep learning: below about 100 examples per class it rarely pays off.", 24))
    elif band == "tiny":
        r.append(_reason(kb, "against", "n_samples", f"{per_class:,} {unit} is under the ~100 per class where deep "
                         "learning starts to be worth considering; a small test set will also misestimate "
                         "accuracy.", 24, 21))
    elif band == "small":
        r.append(_reason(kb, "against", "n_samples", f"{per_class:,} {unit} is above the ~100-per-class floor but far "
                         "from the sizes deep learning is best suited to; augmentation or weak supervision can "
                         "stretch it only so far.", 24, 17, 18))
    else:
        r.append(_reason(kb, "for", "n_samples", f"{per_class:,} {unit} is one to several orders of magnitude above "
                         "the ~100-per-class floor; augmentation can add more (it added 17% accuracy on 21,000 "
                         "microalgae images).", 24, 19))

    if modality == "tabular":
        r.append(_reason(kb, "against", "modality", "On tabular data such as health records or expression "
                         "matrices, well-tuned logistic regression and random forests have matched deep networks "
                         "in several studies, with far less training time.", 52, 54))
    elif modality in STRUCTURED_MODALITIES:
        r.append(_reason(kb, "for", "modality", f"{kb.question_by_id['modality'].label_of(modality)}: data with "
                         "spatial, sequential or relational structure is where deep learning has made its "
                         "clearest gains (vision, language, genomics, radiology, microscopy).", 40, 41, 42, 43))

    if task in ("generation", "reinforcement"):
        r.append(_reason(kb, "for", "task", "Generative modelling and reinforcement learning are areas that deep "
                         "learning has transformed, e.g. realistic expression compendia and drug-like molecule "
                         "design.", 46, 47, 48, 49))

    noise = values.get("label_noise")
    if noise == "high":
        r.append(_reason(kb, "against", "label_noise", "Labels are very noisy: as noise grows, simple models such as "
                         "naive Bayes have outperformed deep networks on bioactivity data.", 53))
    elif noise in ("unknown", None):
        r.append(_reason(kb, "risk", "label_noise", "Label quality is unknown; noisy labels erode deep learning's "
                         "advantage over simple models. Estimate it (e.g. re-label a sample).", 53))

    compute = values.get("compute")
    if compute == "laptop":
        heavy = band in ("medium", "large") or modality in ("image", "multimodal")
        r.append(_reason(kb, "against" if heavy else "risk", "compute", "Only a laptop: training "
                         + ("at this scale " if heavy else "") + "without a GPU is slow; traditional models train "
                         "in minutes, or fine-tune a small pretrained model, or rent a cloud GPU.", 14, 25, 31))
    elif compute in ("workstation_gpu", "cluster", "cloud"):
        r.append(_reason(kb, "for", "compute", "GPU compute is available, which cuts training time and cost "
                         "dramatically" + (" (mind the cost and set-up of cloud rentals)" if compute == "cloud"
                                           else "") + ".", 14, 25))
    else:
        r.append(_reason(kb, "risk", "compute", "Compute is not known yet; deep learning often needs more than a "
                         "laptop.", 14, 25))

    expertise = values.get("expertise")
    if expertise == "new":
        r.append(_reason(kb, "against", "expertise", "New to machine learning: deep learning frameworks are large "
                         "and complex; AutoML (TPOT, AutoKeras) and high-level APIs (Keras, fastai) lower the "
                         "bar, and traditional methods are easier to get right.", 34, 35, 37, 38, 39))
    elif expertise == "deep_learning":
        r.append(_reason(kb, "for", "expertise", "The team has deep learning experience, so the cost of building "
                         "and debugging networks is lower.", 32, 33))
    elif expertise is None:
        r.append(_reason(kb, "risk", "expertise", "The team's experience is not given; deep learning asks for more "
                         "modelling and programming skill than traditional methods.", 34))

    if pretrained == "yes":
        r.append(_reason(kb, "for", "pretrained_available", "Pretrained models exist for this kind of data; "
                         "transfer learning makes smaller data sets workable.", 77, 79, 80, 81))
    elif pretrained in ("unknown", None):
        r.append(_reason(kb, "risk", "pretrained_available", "Not yet known whether pretrained models exist: "
                         "search Kipoi (genomics) and Hugging Face (text, proteins, chemicals) first.", 77, 80, 81))

    if values.get("interpretability") == "high":
        r.append(_reason(kb, "against", "interpretability", "Predictions must be explainable: deep networks are "
                         "among the hardest models to interpret, and interpretability problems have slowed their "
                         "uptake in healthcare. Interpretable models (logistic regression, decision trees) may "
                         "be the better fit (tip 8).", 102, 103, 104))

    n_unl, n_lab = values.get("n_unlabeled"), values.get("n_samples") or 0
    if n_unl is not None and n_unl >= 10_000 and n_unl >= 10 * max(n_lab, 1):
        r.append(_reason(kb, "for", "n_unlabeled", f"{n_unl:,} unlabelled examples could pre-train a model by "
                         "self-supervision before fine-tuning on the labelled ones.", 85))

    score = sum(1 for x in r if x.kind == "for") - sum(1 for x in r if x.kind == "against")
    size_ok = band in ("medium", "large") or (band == "small" and pretrained == "yes")
    # On tabular data the studies the paper cites found tuned traditional models level with deep
    # networks [52, 54], so deep learning never wins outright there: it has to beat the baselines.
    tabular_cap = modality == "tabular" and task not in ("generation", "reinforcement")
    if (band == "tiny" and pretrained != "yes") or score <= -2:
        verdict = "traditional_ml"
    elif size_ok and score >= 2 and noise != "high" and not tabular_cap:
        verdict = "deep_learning"
    else:
        verdict = "baselines_first"
    order = {"against": 0, "risk": 1, "for": 2} if verdict != "deep_learning" else {"for": 0, "risk": 1,
                                                                                   "against": 2}
    r.sort(key=lambda x: order[x.kind])
    return verdict, r


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
    facts = _base_facts(values)
    verdict, reasons = _decide(values, facts, kb)
    facts["verdict"] = verdict
    ctx = {**values, **facts}
    truth = kb.condition_set.evaluate_all(ctx)

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
    for q in kb.questions:
        if not conditions.holds(truth, q.when):
            continue
        value = values.get(q.id)
        status = "unanswered" if value is None else value if value in ("unknown", "undecided") else None
        if status and (q.required or value is not None):
            open_qs.append(OpenQuestion(q.id, q.prompt, q.tip, q.help, status))

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
    )
