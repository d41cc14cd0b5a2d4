"""A DOME annotation (Data, Optimization, Model, Evaluation; Walsh et al. 2021) of the project, from what
deeprules knows: the answers, the plan's choices (the assessment), the model card's filled-in lines, the data
manifest and the evaluation results. Every DOME Registry field gets what is known and, where that is not
enough, what is still missing, so `deeprules dome` doubles as a to-do list before submission.

The field list is data (knowledge/dome_fields.yaml, with its sources). DOME is not part of the Ten quick tips
paper; where a field draws on the paper's advice the text says which tip.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .render import PLACEHOLDER

DOME_FILE = "dome_fields.yaml"
CARD_LINE = re.compile(r"^- \*\*(?P<label>[^*]+?):\*\*\s*(?P<value>.*)$")
COMMENT = re.compile(r"<!--.*?-->", re.S)


@lru_cache(maxsize=1)
def dome_fields() -> dict[str, Any]:
    """{"source": {...}, "sections": [{"key", "title", "fields": [{"key", "title", "question"}]}]}."""
    from importlib import resources

    from .yamlio import parse

    text = (resources.files("deeprules") / "knowledge" / DOME_FILE).read_text(encoding="utf-8")
    return dict(parse(text, f"knowledge/{DOME_FILE}", round_trip=False))


@dataclass
class Field:
    key: str
    title: str
    question: str
    value: str | None = None  # what is known, in words
    missing: list[str] = field(default_factory=list)  # what the annotation still needs
    sources: list[str] = field(default_factory=list)  # where the value came from

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "question": self.question, "value": self.value,
                "missing": self.missing, "from": self.sources}


@dataclass
class Annotation:
    title: str
    sections: dict[str, list[Field]]
    section_titles: dict[str, str]
    source: dict[str, str]

    @property
    def missing(self) -> list[str]:
        return [f"{s}.{f.key}: {m}" for s, fields in self.sections.items() for f in fields for m in f.missing]

    @property
    def complete(self) -> int:
        return sum(1 for fields in self.sections.values() for f in fields if f.value and not f.missing)

    @property
    def total(self) -> int:
        return sum(len(fields) for fields in self.sections.values())

    def to_dict(self) -> dict[str, Any]:
        from . import __version__

        out: dict[str, Any] = {"title": self.title, "dome_version": "1.0", "generator": f"deeprules {__version__}",
                               "source": self.source}
        for key, fields in self.sections.items():
            out[key] = {f.key: f.value for f in fields}
        out["details"] = {key: [f.to_dict() for f in fields] for key, fields in self.sections.items()}
        out["complete"] = {"fields": self.complete, "of": self.total}
        out["missing"] = self.missing
        return out

    def to_markdown(self) -> str:
        lines = [f"# DOME annotation: {self.title}", "",
                 "Data, Optimization, Model and Evaluation as the DOME recommendations ask (Walsh et al. 2021, "
                 f"<{self.source.get('paper', '')}>), in the DOME Registry's fields. Written by `deeprules dome` "
                 "from the answers, the plan, the model card and the results; complete what is marked missing.",
                 "", f"{self.complete} of {self.total} fields complete.", ""]
        for key, fields in self.sections.items():
            lines += [f"## {self.section_titles[key]}", "", "| Field | Annotation |", "|---|---|"]
            for f in fields:
                cell = _cell(f.value or "")
                if f.missing:
                    cell += ("<br>" if cell else "") + "**Missing:** " + _cell("; ".join(f.missing))
                lines.append(f"| {f.title} (`{key}.{f.key}`) | {cell} |")
            lines.append("")
        if self.missing:
            lines += ["## Still missing", ""] + [f"- `{m.split(':', 1)[0]}`:{m.split(':', 1)[1]}"
                                                  for m in self.missing] + [""]
        return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def card_lines(text: str | None) -> dict[str, str]:
    """The card's `- **Label:** value` lines the user has filled in (placeholders and comments dropped)."""
    out: dict[str, str] = {}
    for line in (text or "").splitlines():
        m = CARD_LINE.match(line.strip())
        if m:
            value = COMMENT.sub("", m["value"]).strip()
            if value and PLACEHOLDER not in value:
                out[m["label"].strip().lower()] = value
    return out


def _titles(items: Sequence[Any]) -> str:
    return "; ".join(str(i.title) for i in items)


def annotate(assessment: Any, *, card_text: str | None = None, results: Sequence[Any] = (),
             manifest: Sequence[Mapping[str, Any]] | None = None, labels: Mapping[str, str] | None = None
             ) -> Annotation:
    """The annotation. Pure: everything comes in as arguments."""
    a = assessment
    ans = a.answers
    labels = labels or {}
    card = card_lines(card_text)
    spec = dome_fields()
    sections: dict[str, list[Field]] = {}
    titles: dict[str, str] = {}
    for sec in spec["sections"]:
        titles[sec["key"]] = sec["title"]
        sections[sec["key"]] = [Field(f["key"], f["title"], f["question"]) for f in sec["fields"]]

    def put(section: str, key: str, value: str | None, source: str, *missing: str) -> None:
        f = next(x for x in sections[section] if x.key == key)
        if value:
            f.value = f"{f.value} {value}".strip() if f.value else value
            f.sources.append(source)
        f.missing.extend(m for m in missing if m)

    n, n_min = ans.get("n_samples"), ans.get("n_min_class")
    size = (f"{n:,} labelled examples" + (f" (smallest class {n_min:,})" if n_min is not None else "") + ".") \
        if n is not None else None
    what = f"{labels.get('modality') or ans.get('modality') or 'data'}" + \
        (f" from {ans['organism']}" if ans.get("organism") else "")

    # ---------------------------------------------------------------- Data
    if manifest:
        src = "; ".join(f"{r['name']}: {r.get('source') or 'source not recorded'}"
                        + (f", version {r['version']}" if r.get("version") else "") for r in manifest)
        put("dataset", "provenance", f"{what}. {src}.", "datapackage.json")
    else:
        put("dataset", "provenance", f"{what}.", "answers",
            "the source, version and download date of each data file (`deeprules data add FILE --source URL`)")
    put("dataset", "provenance", size, "answers", "" if size else "the number of data points (answer n_samples)")
    put("dataset", "provenance", None, "", "whether the data were used in earlier papers or by the community")
    split_sizes = "the number of data points (and of each class) in each split"
    if a.split is not None:
        put("dataset", "splits", f"Planned (tip 7): {a.split.title}.", "plan", split_sizes)
        put("dataset", "redundancy", a.split.text.strip().split(". ")[0].rstrip(".") + ".", "plan")
    else:
        put("dataset", "splits", None, "", "how the data are split", split_sizes)
    reported = sorted({r.split for r in results})
    if reported:
        put("dataset", "splits", f"Results reported on: {', '.join(reported)}.", ".deeprules/results.json")
    structure = []
    if ans.get("independent_samples") == "no" or ans.get("repeated_measures") == "yes":
        structure.append("samples share a source or an individual, so splits keep them together")
    if ans.get("multi_site") == "yes":
        structure.append("data come from several sites or batches")
    if ans.get("related_sequences") == "yes":
        structure.append("sequences or molecules have close relatives, so splits are by similarity cluster")
    if structure:
        put("dataset", "redundancy", "; ".join(structure).capitalize() + ".", "answers")
    put("dataset", "redundancy", None, "", "how independence of training and test data was checked "
        "(e.g. the identity threshold between splits)")
    shareable = {"yes": "The data can be deposited publicly.",
                 "no": "The data cannot be shared openly (controlled access or none)."
                 }.get(str(ans.get("data_shareable")))
    put("dataset", "availability", shareable, "answers", "where the data and the splits are released "
        "(URL or accession) and under which license")

    # ---------------------------------------------------------------- Optimization
    used = card.get("architecture and training procedure actually used")
    if used:
        put("optimization", "algorithm", used, "MODEL_CARD.md")
    else:
        planned = _titles(a.architectures)
        put("optimization", "algorithm", f"Planned (tip 5): {planned}." if planned else None, "plan",
            "the algorithm actually used (the card's \"Architecture and training procedure actually used\")")
    if a.baselines:
        put("optimization", "algorithm", f"Baselines (tip 2): {_titles(a.baselines)}.", "plan")
    put("optimization", "meta", None, "", "whether the model takes other models' predictions as input "
        "(and if so, that their training data are independent of this test set)")
    prep = card.get("preprocessing and augmentation")
    put("optimization", "encoding", prep, "MODEL_CARD.md",
        "" if prep else "how the data were encoded and pre-processed (the card's \"Preprocessing and augmentation\")")
    if a.hyperparameters:
        shown = _titles(a.hyperparameters[:3]) + ("; ..." if len(a.hyperparameters) > 3 else "")
        put("optimization", "parameters", f"Hyperparameter search planned (tip 6): {shown}.", "plan")
    put("optimization", "parameters", None, "", "the number of trainable parameters")
    put("optimization", "features", None, "", "the number of input features, and whether features were "
        "selected on the training data only")
    if size:
        put("optimization", "fitting", f"Training data: {size}", "answers")
    put("optimization", "fitting", None, "", "how over-fitting (many parameters per example) or under-fitting "
        "was ruled out, e.g. learning curves of training and validation loss")
    regularise = [r for r in a.recommendations if r.id in ("T7.regularise", "T7.early-stopping")]
    put("optimization", "regularization", f"Planned (tip 7): {_titles(regularise)}." if regularise else None, "plan",
        "which techniques were used (early stopping, dropout, weight decay, augmentation)")
    code = card.get("code and weights")
    put("optimization", "config", f"Code and weights: {code}." if code else None, "MODEL_CARD.md",
        "where the hyperparameters, training schedule and model files are, and their license")

    # ---------------------------------------------------------------- Model
    interp = ans.get("interpretability")
    methods = card.get("methods used") or card.get("methods used (attributions such as integrated gradients "
                                                       "or shap, saliency maps, an interpretable model fitted to "
                                                       "the same data)")
    put("model", "interpretability",
        f"Explanations needed: {interp} (tip 8)." if interp else None, "answers",
        "" if methods else "black box or transparent, with the interpretation methods used and an example")
    if methods:
        put("model", "interpretability", methods, "MODEL_CARD.md")
    task = ans.get("task")
    put("model", "output", f"{labels.get('task') or task}." if task else None, "answers",
        "" if task else "the kind of output (answer task)")
    put("model", "duration", None, "", "the time one representative prediction takes, and on what hardware")
    share = {"yes": "Planned: weights or a prediction service will be released.",
             "no": "The model stays in-house.", "undecided": "Release undecided."}.get(str(ans.get("share_model")))
    put("model", "availability", share, "answers")
    put("model", "availability", f"Code and weights: {code}." if code else None, "MODEL_CARD.md",
        "" if code else "where the code is and how to run it (container, web server), and its license")
    lic = card.get("license")
    if lic:
        put("model", "availability", f"License: {lic}.", "MODEL_CARD.md")

    # ---------------------------------------------------------------- Evaluation
    if a.split is not None:
        put("evaluation", "method", f"{a.split.title} (tip 7).", "plan")
    if reported:
        put("evaluation", "method", f"Evaluated on: {', '.join(reported)}.", ".deeprules/results.json")
    if "external" not in reported and "independent" not in " ".join(reported):
        put("evaluation", "method", None, "", "an independent (external) test set, or why there is none")
    from .card import METRIC_IDS

    planned_metrics = [i for m in a.metrics for i in METRIC_IDS.get(m.id, ())]
    metrics = sorted({r.metric for r in results})
    if metrics:
        put("evaluation", "measure", f"Reported: {', '.join(metrics)}.", ".deeprules/results.json")
    elif planned_metrics:
        put("evaluation", "measure", f"Planned (tip 7): {', '.join(dict.fromkeys(planned_metrics))}.", "plan",
            "the measured values (`deeprules card fill --results FILE`)")
    else:
        put("evaluation", "measure", None, "", "the performance metrics")
    if a.baselines:
        put("evaluation", "comparison", f"Planned against baselines (tip 2): {_titles(a.baselines)}.", "plan")
    put("evaluation", "comparison", None, "", "the baseline and published methods' scores on the same "
        "test data")
    with_ci = [r for r in results if r.ci_low is not None]
    if results:
        put("evaluation", "confidence", f"{len(with_ci)} of {len(results)} reported values have a confidence "
            "interval.", ".deeprules/results.json",
            "" if len(with_ci) == len(results) else "confidence intervals for every reported value")
    else:
        put("evaluation", "confidence", None, "", "confidence intervals for the reported metrics")
    put("evaluation", "confidence", None, "", "a statistical test for any claim that the model beats others")
    if results:
        put("evaluation", "availability", "Summary numbers in .deeprules/results.json.", ".deeprules/results.json")
    put("evaluation", "availability", None, "", "where the raw evaluation files (predictions, confusion "
        "matrices, statistics code) are released, and their license")

    title = str(ans.get("title") or "Untitled project")
    return Annotation(title, sections, titles, dict(spec["source"]))


def annotate_project(repo: Any) -> Annotation:
    """The annotation of a deeprules project: its answers, plan, card, manifest and results."""
    from .card import read_manifest, stored_results
    from .knowledge import load_knowledge
    from .project import project_context

    ctx = project_context(repo)
    from . import yamlio
    from .errors import InputError

    card_path = repo.abs(ctx.config.path("card"))
    try:  # the one safe reader: a FIFO or a device in the card's place must not block (issue 11)
        card_text: str | None = yamlio.read_text(card_path, source=ctx.config.path("card"), what="model card")
    except InputError:
        card_text = None
    kb = load_knowledge()
    answers = ctx.assessment.answers
    labels = {q.id: q.label_of(answers.get(q.id)) for q in kb.questions if answers.get(q.id) is not None}
    return annotate(ctx.assessment, card_text=card_text, results=stored_results(repo),
                    manifest=read_manifest(repo, ctx.config), labels=labels)


def annotate_answers(answers: Any) -> Annotation:
    """The annotation from answers alone (a bundled example, or a file): no card, results or manifest yet."""
    from .engine import assess
    from .knowledge import load_knowledge

    a = assess(answers)
    kb = load_knowledge()
    labels = {q.id: q.label_of(a.answers.get(q.id)) for q in kb.questions if a.answers.get(q.id) is not None}
    return annotate(a, labels=labels)
