"""Tip 1 as a graded score: is deep learning appropriate for this project?

The numbers and sentences live in `knowledge/tip1.yaml` (knowledge is data); this module turns answers
into the score. Each answer adds a capped part; the size parts are smooth in log(size); caps only bound
the total from above. So more labelled data, units, compute, experience, cleaner labels or a pretrained
model never lower the score, one more sample moves it by a fraction of the borderline band, and an
unknown answer is scored as a pessimistic but plausible value, never as the best one.
docs/tip1-model.md explains every part with the paper's reference.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import conditions

LABELLED_TASKS = ("classification", "regression", "segmentation", "other")
UNLABELLED_TASKS = ("clustering", "generation", "reinforcement", "self_supervised", "anomaly")
STRUCTURED_MODALITIES = ("image", "text", "dna_sequence", "protein_sequence", "molecule", "graph", "time_series")
UNKNOWN = (None, "unknown")
VERDICT_ORDER = ("traditional_ml", "baselines_first", "deep_learning")
UNIT_WORDS = {  # unit_kind -> (singular, plural)
    "donor": ("donor", "donors"), "patient": ("patient", "patients"), "animal": ("animal", "animals"),
    "plant": ("plant", "plants"), "plate": ("plate", "plates"), "genome_or_strain": ("genome", "genomes"),
    "other": ("unit", "units"), None: ("unit", "units"),
}


#: Answers that weigh the cost of training a network; a pretrained model used as it is trains nothing.
TRAINING_COSTS = ("compute", "expertise")
#: Project kinds that train no network: a model used as it is, a simple model on frozen embeddings (a probe).
NO_NETWORK_TRAINED = ("use_as_is", "probe")

def task_kind(task: Any) -> str:
    """Which size measure a task learns from: classification, regression, segmentation, unlabelled, other."""
    if task in ("classification", "regression", "segmentation"):
        return str(task)
    return "unlabelled" if task in UNLABELLED_TASKS else "other"


def learns_from_labels(task: Any) -> bool:
    """Label questions (noise, unlabelled extra data) make sense: a labelled task, or one not yet given."""
    return task is None or task in LABELLED_TASKS


def implied(values: Mapping[str, Any]) -> Mapping[str, Any]:
    """Answers another answer settles: fine-tuning or using a pretrained model means one exists."""
    if values.get("project_kind") in ("fine_tune", "use_as_is", "probe") \
            and values.get("pretrained_available") in UNKNOWN:
        return {**values, "pretrained_available": "yes"}
    return values


def long_tail(values: Mapping[str, Any]) -> bool:
    """Many classes with a long tail (answered yes): the rarest class alone does not decide the size (ours)."""
    return values.get("task") == "classification" and values.get("long_tail") == "yes" \
        and (values.get("n_classes") or 0) >= 5


def wide(values: Mapping[str, Any]) -> bool:
    """More features than labelled examples (p > n), when both are given (ours)."""
    p, n = values.get("n_features"), values.get("n_samples")
    return p is not None and n is not None and p > n


def grouped(values: Mapping[str, Any]) -> bool:
    """Samples may share a unit (donor, patient, plate...): not confirmed independent, or repeated measures."""
    return values.get("independent_samples") != "yes" or values.get("repeated_measures") == "yes"


@dataclass(frozen=True)
class Size:
    """What the project learns from, before and after discounting samples that share a unit."""

    kind: str
    measure: str
    raw: float | None  # the size measure as answered (or derived)
    effective: float | None  # after the design effect
    effective_n: float | None  # all samples, after the design effect
    units: float | None  # independent units (answered, or assumed when grouped and not given)
    units_assumed: bool
    derived: str | None  # how `raw` was derived when not answered directly ("minority_fraction", ...)
    scored: float  # the effective size the score uses (an assumed small one when the size is unknown)
    class_units: float | None = None  # the units the smallest class's samples come from (its share of all units)


def _kish(x: float, units: float | None, icc: float) -> float:
    """Kish's effective sample size for x samples spread over `units` clusters with similarity `icc`."""
    if units is None or x <= 0:
        return x
    per_unit = max(1.0, x / max(1.0, min(units, x)))  # never under one sample per unit (icc 1 divides by it)
    return x / (1.0 + (per_unit - 1.0) * icc)


def size_of(values: Mapping[str, Any], model: Mapping[str, Any]) -> Size:
    spec = model["size"]
    kind = task_kind(values.get("task"))
    floor = spec["kinds"][kind]["floor"]
    n = values.get("n_samples")
    unknown = n is None and not (kind == "classification" and values.get("n_min_class") is not None)
    if unknown:
        # Unknown size: scored exactly as a known, small set of this size (pessimistic but plausible), so
        # it is never better than any known set at least that large.
        n = floor * 10 ** (spec["unknown_points"] / spec["per_decade"])
    raw: float | None
    derived = None
    if kind == "classification":
        n_min, frac = values.get("n_min_class"), values.get("minority_fraction")
        if n_min is not None:
            raw = float(n_min if n is None else min(n_min, n))
            typical = None if n is None else n / (values.get("n_classes") or 2)
            if long_tail(values) and typical is not None and typical > raw:
                # The common classes carry a long-tailed project; the tail is handled apart (grouped, few-shot),
                # so a typical class is counted. It grows with the data and never falls below the rarest class.
                raw, derived = typical, "long_tail"
        elif n is not None and frac is not None:
            raw, derived = n * frac, "minority_fraction"
        else:
            # Smallest class unknown: assume it holds a fifth of an even share (pessimistic but plausible;
            # a balanced set would have n / classes). Ours.
            assert n is not None  # unknown sizes were given an assumed n above
            raw, derived = n * 0.2 / (values.get("n_classes") or 2), "assumed"
    else:
        assert n is not None
        objects = values.get("n_annotated_objects") if kind == "segmentation" else None
        raw = float(n) if objects is None else max(float(n), objects / spec["objects_per_image"])
        if raw > n:
            derived = "objects"  # outlined objects counted as images: the sentence names both

    units: float | None = None
    assumed = False
    if grouped(values):
        units = values.get("n_units")
        if units is None and n is not None:
            units, assumed = math.sqrt(max(n, 1)), True  # ours: a pessimistic guess, shown as assumed
        # More units than samples is refused as a contradiction (answers.contradictions); the design
        # effect below never lets a unit count for more than its samples anyway.
    icc = spec["icc_by_label_scope"].get(values.get("label_scope"), spec["icc"])
    # Without labels every example informs the model of the data's distribution; what shared units add is
    # batch structure (tips 4 and 7: explore it, split by it), and the units part below still scores few
    # units. The discount is about labels: repeated samples of one donor repeat much of its label's signal.
    class_units = units
    if (kind == "classification" and values.get("label_scope") == "unit" and units is not None and n
            and raw is not None and raw < n):
        # A label of the whole unit: the smallest class's samples come from that class's units only, about its
        # share of them (144 samples of 36 preterm pregnancies, not of all 300; ours). Labels that vary within a
        # unit (cell types in donors) spread a class over many units, so they keep all of them.
        class_units = max(1.0, units * raw / n)
    effective = raw if kind == "unlabelled" else _kish(raw, class_units, icc)
    effective_n = None if n is None else _kish(float(n), units, icc)
    if unknown:
        return Size(kind, spec["kinds"][kind]["measure"], None, None, None, units, assumed, "unknown", effective)
    return Size(kind, spec["kinds"][kind]["measure"], raw, effective, effective_n, units, assumed, derived,
                effective, class_units)


def _clip(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def _log_points(x: float, floor: float, per_decade: float, lo: float, hi: float) -> float:
    return _clip(per_decade * math.log10(max(x, 1e-9) / floor), lo, hi)


def tabular(values: Mapping[str, Any]) -> bool:
    """Unordered measurements only: tabular data, or several tables combined (multimodal_parts: tables)."""
    modality = values.get("modality")
    return modality == "tabular" or (modality == "multimodal" and values.get("multimodal_parts") == "tables")


def genotypes(values: Mapping[str, Any]) -> bool:
    """Per-individual genotypes (one row per individual): a table of allele counts whatever the modality chosen."""
    return values.get("genotype_data") == "yes" and learns_from_labels(values.get("task"))


def _modality_key(values: Mapping[str, Any]) -> str:
    modality = values.get("modality")
    if genotypes(values):
        return "genotypes"  # before "structured": a genotype matrix is not a sequence a network reads in order
    if modality in STRUCTURED_MODALITIES:
        return "structured"
    if tabular(values):
        return "tabular"
    return "unknown" if modality is None else str(modality)


def points(values: Mapping[str, Any], model: Mapping[str, Any]) -> tuple[dict[str, float], Size]:
    """Each part's points (numbers only: cheap enough to re-run for every what-if)."""
    values = implied(values)
    size = size_of(values, model)
    spec = model["size"]
    out: dict[str, float] = {}
    out["size"] = _log_points(size.scored, spec["kinds"][size.kind]["floor"], spec["per_decade"], spec["min"],
                              spec["max"])
    if size.units is not None:
        u = model["units"]
        out["units"] = _log_points(size.units, u["floor"], u["per_decade"], u["min"], 0.0)
    parts = model["parts"]
    out["modality"] = parts["modality"][_modality_key(values)]["points"]
    task = values.get("task")
    out["task"] = parts["task"][task]["points"] if task in parts["task"] else 0.0
    if learns_from_labels(task):
        noise = values.get("label_noise")
        out["label_noise"] = parts["label_noise"]["unknown" if noise in UNKNOWN else noise]["points"]
        n_unl = values.get("n_unlabeled")
        if n_unl:
            un = model["unlabelled"]
            out["unlabelled"] = _log_points(n_unl, un["floor"], un["per_decade"], 0.0, un["max"])
    for factor in ("pretrained_available", *TRAINING_COSTS):
        if factor in TRAINING_COSTS and values.get("project_kind") in NO_NETWORK_TRAINED:
            continue  # no network is trained: hardware and deep-learning experience do not weigh on the choice
        value = values.get(factor)
        out[factor] = parts[factor]["unknown" if value in UNKNOWN else value]["points"]
    interp = parts["interpretability"].get(values.get("interpretability"))
    if interp:
        out["interpretability"] = interp["points"]
    if wide(values) and learns_from_labels(task):
        out["n_features"] = parts["n_features"]["wide"]["points"]
    if values.get("simulated_labels") == "yes" and learns_from_labels(task):
        out["simulated_labels"] = parts["simulated_labels"]["yes"]["points"]
    return out, size


def total(values: Mapping[str, Any], pts: Mapping[str, float],
          model: Mapping[str, Any]) -> tuple[float, float, str | None]:
    """(score, uncapped score, the cap that bound it or None)."""
    uncapped = sum(pts.values())
    score, cap = uncapped, None
    data_cap = pts["size"] + pts.get("pretrained_available", 0.0) + pts.get("unlabelled", 0.0) \
        + model["caps"]["data"]["allowance"]
    if data_cap < score:
        score, cap = data_cap, "data"
    th = model["thresholds"]
    below_dl = th["deep_learning"] - th["band"] - 0.01  # under the threshold and out of its band
    if learns_from_labels(values.get("task")):
        for name, applies in (("genotypes", genotypes(values)), ("tabular", tabular(values)),
                              ("label_noise", values.get("label_noise") == "high")):
            if applies and below_dl < score:
                score, cap = below_dl, name
    return score, uncapped, cap


def verdict_of(score: float, model: Mapping[str, Any]) -> str:
    th = model["thresholds"]
    if score >= th["deep_learning"]:
        return "deep_learning"
    return "traditional_ml" if score < th["traditional_ml"] else "baselines_first"


def score_only(values: Mapping[str, Any], model: Mapping[str, Any]) -> tuple[float, str]:
    pts, _ = points(values, model)
    score = total(values, pts, model)[0]
    return score, verdict_of(score, model)


@dataclass(frozen=True)
class Part:
    """One answer's contribution to the tip 1 score."""

    factor: str
    value: Any
    points: float
    kind: str  # for | against | risk
    text: str
    refs: tuple[int, ...] = ()
    assumed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"factor": self.factor, "value": self.value, "points": round(self.points, 2), "kind": self.kind,
                "text": self.text, "refs": list(self.refs), "assumed": self.assumed}


@dataclass(frozen=True)
class Decision:
    verdict: str
    score: float
    uncapped: float
    cap: str | None
    margin: float  # signed distance to the nearest threshold (positive: above it)
    borderline: str | None  # the borderline sentence, or None
    parts: tuple[Part, ...]
    depends: tuple[tuple[str, str], ...]  # (answer id, sentence): unknown answers that decide the verdict
    size: Size
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        th_keys = ("deep_learning", "traditional_ml", "band")
        return {
            "score": round(self.score, 2), "uncapped": round(self.uncapped, 2), "cap": self.cap,
            "margin": round(self.margin, 2), "borderline": self.borderline,
            "thresholds": {k: self.extra["thresholds"][k] for k in th_keys},
            "parts": [p.to_dict() for p in self.parts],
            "depends_on": [{"id": k, "text": t} for k, t in self.depends],
            "size": {"kind": self.size.kind, "measure": self.size.measure, "raw": _round(self.size.raw),
                     "effective": _round(self.size.effective), "effective_n": _round(self.size.effective_n),
                     "units": _round(self.size.units), "units_assumed": self.size.units_assumed,
                     "derived": self.size.derived},
        }


def _round(x: float | None) -> int | None:
    return None if x is None else round(x)


def _num(x: float) -> str:
    return f"{round(x):,}"


def _what_ifs(values: Mapping[str, Any], size: Size) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """For each unknown answer that is scored: (id, best known substitution, worst known substitution)."""
    out: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    n = values.get("n_samples")
    if n is None and values.get("n_min_class") is None:
        out.append(("n_samples", {"n_samples": 10**9, "n_min_class": None}, {"n_samples": 1, "n_min_class": None}))
    if size.kind == "classification" and n is not None and values.get("n_min_class") is None \
            and values.get("minority_fraction") is None:
        balanced = n // (values.get("n_classes") or 2)
        out.append(("n_min_class", {"n_min_class": balanced}, {"n_min_class": min(1, n)}))
    if learns_from_labels(values.get("task")) and values.get("label_noise") in UNKNOWN:
        out.append(("label_noise", {"label_noise": "low"}, {"label_noise": "high"}))
    for factor, best, worst in (("pretrained_available", "yes", "no"), ("compute", "cluster", "laptop"),
                                ("expertise", "deep_learning", "new")):
        trains = factor not in TRAINING_COSTS or values.get("project_kind") not in NO_NETWORK_TRAINED
        if trains and values.get(factor) in UNKNOWN:
            out.append((factor, {factor: best}, {factor: worst}))
    if values.get("independent_samples") in UNKNOWN and values.get("repeated_measures") != "yes":
        out.append(("independent_samples", {"independent_samples": "yes", "repeated_measures": "no"},
                    {"independent_samples": "no", "n_units": 10 if n is None else min(10, n)}))
    elif grouped(values) and values.get("n_units") is None and n is not None:
        out.append(("n_units", {"n_units": n}, {"n_units": min(10, n)}))  # few, not the absurd extreme
    if grouped(values) and learns_from_labels(values.get("task")) and values.get("label_scope") in UNKNOWN:
        out.append(("label_scope", {"label_scope": "sample"}, {"label_scope": "unit"}))
    return out


def _render(text: str, ctx: Mapping[str, Any]) -> str:
    return " ".join(conditions.render_text(text, ctx).split())


def decide(values: Mapping[str, Any], model: Mapping[str, Any], *, labels: Mapping[str, str] | None = None) -> Decision:
    """The tip 1 decision with its parts, caps, margin and the unknowns it depends on."""
    values = implied(values)
    pts, size = points(values, model)
    score, uncapped, cap = total(values, pts, model)
    verdict = verdict_of(score, model)
    th = model["thresholds"]
    spec = model["size"]
    parts_spec = model["parts"]
    singular, plural = UNIT_WORDS.get(values.get("unit_kind"), ("unit", "units"))
    if size.units is not None and round(size.units) == 1:
        plural = singular  # "only 1 independent animal", not "animals"
    # Tasks without labels have no test score on a new unit: the texts say what a held-out unit measures there.
    labelled = learns_from_labels(values.get("task"))
    ctx_units = {"units": _num(size.units) if size.units is not None else "?", "unit_plural": plural,
                 "labelled": labelled, "task": values.get("task"),
                 "too_few_to_hold_out": size.units is not None and size.units < 3,
                 "unit_singular": singular, "assumed_units": model["units"]["assumed"] if size.units_assumed else ""}

    parts: list[Part] = []
    kind_spec = spec["kinds"][size.kind]
    if size.effective is None:
        parts.append(Part("n_samples", None, pts["size"], "risk",
                          _render(spec["texts"]["unknown"], {"measure": kind_spec["measure"]}),
                          tuple(kind_spec["refs"]), assumed=True))
    else:
        decades = math.log10(max(size.effective, 1e-9) / kind_spec["floor"])
        key = "below" if decades < 0 else "near" if decades < spec["near_decades"] else "above"
        raw_text = _num(size.raw if size.raw is not None else size.effective)
        counted_ctx = {"raw": raw_text, "measure": kind_spec["measure"]}
        counted_key = "counted"
        if size.derived == "objects":
            counted_key = "counted_objects"
            counted_ctx.update(images=_num(values["n_samples"]), objects=_num(values["n_annotated_objects"]),
                               per_image=_num(spec["objects_per_image"]))
        elif size.derived == "long_tail":
            counted_key = "counted_long_tail"
            classes = values.get("n_classes") or 2
            counted_ctx.update(n_min=_num(values["n_min_class"]), typical=_num(values["n_samples"] / classes),
                               n=_num(values["n_samples"]), classes=_num(classes))
        phrase_ctx = {**ctx_units, "counted": _render(spec["texts"][counted_key], counted_ctx),
                      "effective": _num(size.effective)}
        if size.class_units is not None and size.units is not None and round(size.class_units) < round(size.units):
            phrase_ctx["units"] = f"about {_num(size.class_units)} of the {_num(size.units)}"
        discounted = size.units is not None and size.raw is not None and round(size.effective) < round(size.raw)
        discount_key = "discounted_unit" if values.get("label_scope") == "unit" else "discounted"
        phrase = _render(spec["texts"][discount_key if discounted else "plain"], phrase_ctx)
        aug = spec["augmentation"]
        augment = key == "above" and values.get("modality") in aug["modalities"]
        ctx = {"size_phrase": phrase[:1].upper() + phrase[1:], "floor_text": kind_spec["floor_text"],
               "decades": _decades(decades), "augmentation": aug["text"] if augment else ""}
        factor = "n_samples"  # the size part, whichever count it is measured in
        assumed = size.derived == "assumed"
        text_key = "below_unlabelled" if key == "below" and size.kind == "unlabelled" else key
        refs = tuple(kind_spec["refs"]) + (tuple(spec.get(f"refs_{key}", ())) if text_key == key else ()) \
            + (tuple(aug["refs"]) if augment else ())
        parts.append(Part(factor, size.raw, pts["size"],
                          "risk" if assumed else "against" if key == "below" or pts["size"] <= 0 else "for",
                          _render(spec["texts"][text_key], ctx)
                          + (" The smallest class is not given: assumed to hold a fifth of an even share."
                             if assumed else ""),
                          refs, assumed=assumed))
    if "units" in pts and pts["units"] < 0:
        parts.append(Part("n_units", values.get("n_units"), pts["units"],
                          "risk" if size.units_assumed else "against",
                          _render(model["units"]["text"], ctx_units), tuple(model["units"]["refs"]),
                          assumed=size.units_assumed))
    modality = values.get("modality")
    _choice_part(parts, "modality", modality, _modality_key(values), pts, parts_spec,
                 {"modality_label": (labels or {}).get(str(modality), str(modality)), "labelled": labelled,
                  "unit_kind": values.get("unit_kind")})
    task = values.get("task")
    if task in parts_spec["task"]:
        _choice_part(parts, "task", task, str(task), pts, parts_spec, {})
    if "label_noise" in pts:
        noise = values.get("label_noise")
        _choice_part(parts, "label_noise", noise, "unknown" if noise in UNKNOWN else str(noise), pts, parts_spec, {})
    if pts.get("unlabelled", 0) > 0:
        un = model["unlabelled"]
        parts.append(Part("n_unlabeled", values.get("n_unlabeled"), pts["unlabelled"], "for",
                          _render(un["text"], {"n": _num(values["n_unlabeled"])}), tuple(un["refs"])))
    look = parts_spec["pretrained_available"]["unknown"]["where_to_look"]
    where = look.get(str(modality), look["default"])
    for factor in ("pretrained_available", *TRAINING_COSTS):
        if factor not in pts:
            continue
        value = values.get(factor)
        _choice_part(parts, factor, value, "unknown" if value in UNKNOWN else str(value), pts, parts_spec,
                     {"where_to_look": " ".join(str(where).split())})
    if "interpretability" in pts:
        _choice_part(parts, "interpretability", values.get("interpretability"), str(values.get("interpretability")),
                     pts, parts_spec, {})
    if "n_features" in pts:
        _choice_part(parts, "n_features", values.get("n_features"), "wide", pts, parts_spec,
                     {"n_features": _num(values["n_features"]), "n_samples": _num(values["n_samples"])})
    if "simulated_labels" in pts:
        _choice_part(parts, "simulated_labels", "yes", "yes", pts, parts_spec, {})
    if cap is not None:
        cap_spec = model["caps"][cap]
        parts.append(Part(f"cap.{cap}", None, score - uncapped, "against",
                          _render(cap_spec["text"], {"uncapped": f"{uncapped:.2f}", "capped": f"{score:.2f}",
                                                     "allowance": str(cap_spec.get("allowance", ""))}),
                          tuple(cap_spec.get("refs", ()))))

    depends: list[tuple[str, str]] = []
    titles = model["verdicts"]
    for answer_id, best, worst in _what_ifs(values, size):
        texts = model["depends"][answer_id]
        for sub, phrase in ((best, "if_best"), (worst, "if_worst")):
            other = score_only({**values, **sub}, model)[1]
            if other != verdict:
                depends.append((answer_id, _render(model["depends_text"], {
                    "condition": texts[phrase], "verdict": titles[other], "check": texts["check"]})))
                break

    dist_dl, dist_tr = score - th["deep_learning"], score - th["traditional_ml"]
    near_dl = abs(dist_dl) <= abs(dist_tr)
    margin = dist_dl if near_dl else dist_tr
    borderline = None
    if abs(margin) < th["band"]:
        low, high = ("baselines_first", "deep_learning") if near_dl else ("traditional_ml", "baselines_first")
        borderline = _render(model["borderline"], {"score": f"{score:.2f}", "distance": f"{abs(margin):.2f}",
                                                   "low": titles[low], "high": titles[high],
                                                   "band": f"{th['band']}"})
    return Decision(verdict, score, uncapped, cap, margin, borderline, tuple(parts), tuple(depends), size,
                    {"thresholds": th})


def _decades(d: float) -> str:
    if d < 1:
        return "less than one order of magnitude"
    whole = int(d)
    return "one order of magnitude" if whole == 1 else f"{whole} orders of magnitude"


def _choice_part(parts: list[Part], factor: str, value: Any, key: str, pts: Mapping[str, float],
                 spec: Mapping[str, Any], ctx: Mapping[str, Any]) -> None:
    entry = spec[factor].get(key)
    if not entry or not entry.get("text"):
        return
    assumed = value in UNKNOWN
    p = pts.get(factor, entry["points"])
    kind = entry.get("kind") or ("risk" if assumed else "against" if p < 0 else "for")
    parts.append(Part(factor, value, p, kind, _render(entry["text"], ctx), tuple(entry.get("refs") or ()),
                      assumed=assumed))
