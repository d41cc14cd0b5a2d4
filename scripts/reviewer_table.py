"""Regenerate docs/reviewer-table.md: what deeprules says for a dozen varied projects.

The projects and what a reviewer would expect were written down before running the tool; the rest of the
table comes from the real engine (`deeprules.engine.assess`), so the document stays true as the knowledge
base changes. tests/test_advice_table.py fails when the committed table differs from this script's output.

    python scripts/reviewer_table.py            # rewrite docs/reviewer-table.md
    python scripts/reviewer_table.py --check    # exit 1 if the committed file is out of date
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "docs" / "reviewer-table.md"


@dataclass(frozen=True)
class Project:
    name: str
    expect: str  # what a biology PI / ML-methods reviewer expects, written before running the tool
    answers: dict[str, Any]


COMMON: dict[str, Any] = {"goal": "prediction", "interpretability": "medium", "label_noise": "low",
                          "expertise": "some_ml", "frameworks": "pytorch", "share_model": "no",
                          "data_shareable": "yes", "n_unlabeled": 0, "animal_subjects": "no",
                          "biosafety_concern": "no", "data_use_agreement": "no"}
NO_PEOPLE: dict[str, Any] = {"human_subjects": "no"}

PROJECTS: tuple[Project, ...] = (
    Project(
        "Clustering 200,000 unlabelled cell images",
        "No per-class reasoning; clustering baselines (k-means on features); stability (ARI across "
        "resamples) and agreement metrics; batch effects checked.",
        {**COMMON, **NO_PEOPLE, "task": "clustering", "modality": "image", "n_samples": 200_000,
         "compute": "workstation_gpu", "pretrained_available": "yes",
         "independent_samples": "no", "repeated_measures": "no", "n_units": 40, "unit_kind": "plate",
         "multi_site": "yes", "label_noise": None, "n_unlabeled": None}),
    Project(
        "Sequence generator trained on 1,000,000 unlabelled sequences",
        "Deep learning is the natural tool for generation; validity, novelty and distribution distances; a "
        "simple generative baseline; a dual-use concern.",
        {**COMMON, **NO_PEOPLE, "task": "generation", "modality": "protein_sequence", "n_samples": 1_000_000,
         "compute": "cluster", "expertise": "deep_learning",
         "pretrained_available": "yes", "independent_samples": "yes", "repeated_measures": "no",
         "multi_site": "no", "related_sequences": "yes", "label_noise": None, "n_unlabeled": None,
         "biosafety_concern": "unknown", "share_model": "yes"}),
    Project(
        "Nuclei segmentation on 40 fully annotated images",
        "A U-Net (or Cellpose/StarDist) with a pretrained encoder and augmentation is fine; classical "
        "thresholding/watershed as the baseline; Dice/IoU per image and per object.",
        {**COMMON, **NO_PEOPLE, "task": "segmentation", "modality": "image", "n_samples": 40,
         "n_annotated_objects": 6_000,
         "compute": "workstation_gpu", "pretrained_available": "yes", "independent_samples": "yes",
         "repeated_measures": "no", "multi_site": "no"}),
    Project(
        "CRISPR guide efficiency (regression, 15,000 guides)",
        "No reverse-complement augmentation (strand-specific); regression metrics (Spearman, Pearson, "
        "RMSE); regression baselines incl. gradient boosting on k-mers/one-hot; homology-aware split.",
        {**COMMON, **NO_PEOPLE, "task": "regression", "modality": "dna_sequence", "n_samples": 15_000,
         "compute": "workstation_gpu", "pretrained_available": "no", "independent_samples": "yes",
         "repeated_measures": "no", "multi_site": "yes", "related_sequences": "yes",
         "orientation_matters": "yes"}),
    Project(
        "Cell types from scRNA-seq: 8,000 cells from 12 donors in 3 batches",
        "Split by donor (cells of one donor never on both sides) with batches kept together; effective "
        "sample size is the donors; macro-averaged and per-class metrics for many cell types.",
        {**COMMON, "task": "classification", "modality": "tabular", "n_samples": 8_000, "n_min_class": 150,
         "n_classes": 14, "ordinal_labels": "no", "compute": "workstation_gpu", "pretrained_available": "unknown",
         "independent_samples": "no", "repeated_measures": "yes", "n_units": 12, "unit_kind": "donor",
         "multi_site": "yes",
         "human_subjects": "yes", "identifiable_data": "no", "clinical_use": "no"}),
    Project(
        "Whole-slide images of ~320 patients at 3 hospitals, slide-level labels",
        "Multiple-instance learning; patients grouped within hospitals (hold out a hospital); clinical "
        "framing and consent; site bias.",
        {**COMMON, "task": "classification", "modality": "image", "n_samples": 320, "n_min_class": 110,
         "n_classes": 2, "ordinal_labels": "no", "compute": "cluster", "pretrained_available": "yes",
         "independent_samples": "no", "repeated_measures": "yes", "n_units": 320, "unit_kind": "patient",
         "multi_site": "yes", "data_use_agreement": "yes",
         "human_subjects": "yes", "identifiable_data": "unknown", "clinical_use": "yes",
         "data_shareable": "no"}),
    Project(
        "Clinical grading of retinal photographs (grades 0-4)",
        "An ordinal metric (quadratic weighted kappa) and macro metrics; clinical framing; "
        "representation and subgroup checks.",
        {**COMMON, "task": "classification", "modality": "image", "n_samples": 12_000, "n_min_class": 400,
         "n_classes": 5, "ordinal_labels": "yes", "compute": "workstation_gpu", "pretrained_available": "yes",
         "independent_samples": "no", "repeated_measures": "yes", "n_units": 6_000, "unit_kind": "patient",
         "multi_site": "yes",
         "human_subjects": "yes", "identifiable_data": "yes", "clinical_use": "yes", "data_shareable": "no",
         "interpretability": "high", "label_noise": "moderate"}),
    Project(
        "In-hospital mortality from EHR tables (200,000 admissions, 2.3% deaths)",
        "Tuned traditional models first (tabular, [52, 54]); PR curves for the rare class; grouped split by "
        "patient and site; consent, identifiability, leakage, over-interpretation.",
        {**COMMON, "task": "classification", "modality": "tabular", "n_samples": 200_000, "n_min_class": 4_600,
         "n_classes": 2, "ordinal_labels": "no", "compute": "cluster", "expertise": "deep_learning",
         "pretrained_available": "no", "independent_samples": "no", "repeated_measures": "yes",
         "n_units": 150_000, "unit_kind": "patient", "data_use_agreement": "yes",
         "multi_site": "yes", "human_subjects": "yes", "identifiable_data": "yes", "clinical_use": "yes",
         "data_shareable": "no", "share_model": "undecided", "interpretability": "high"}),
    Project(
        "Enzyme function (EC class) from 50,000 protein sequences",
        "Protein language-model embeddings; homology-aware split; k-mer baselines with gradient boosting; "
        "macro-averaged metrics over many classes.",
        {**COMMON, **NO_PEOPLE, "task": "classification", "modality": "protein_sequence", "n_samples": 50_000,
         "n_min_class": 120, "n_classes": 400, "ordinal_labels": "no", "compute": "cluster",
         "pretrained_available": "yes",
         "independent_samples": "yes", "repeated_measures": "no", "multi_site": "no",
         "related_sequences": "yes"}),
    Project(
        "Aqueous solubility of 9,000 molecules (regression)",
        "Scaffold split; fingerprints with random forest / gradient boosting / ridge; regression metrics; "
        "no classifier baseline.",
        {**COMMON, **NO_PEOPLE, "task": "regression", "modality": "molecule", "n_samples": 9_000,
         "compute": "workstation_gpu", "pretrained_available": "yes", "independent_samples": "yes",
         "repeated_measures": "no", "multi_site": "yes", "related_sequences": "yes"}),
    Project(
        "Arrhythmia type from 30,000 ECG recordings of 4,000 patients",
        "Temporal CNN; summary-feature baselines; split by patient; macro metrics; clinical framing "
        "unknown -> kept.",
        {**COMMON, "task": "classification", "modality": "time_series", "n_samples": 30_000, "n_min_class": 600,
         "n_classes": 6, "ordinal_labels": "no", "compute": "workstation_gpu", "pretrained_available": "unknown",
         "independent_samples": "no", "repeated_measures": "yes", "n_units": 4_000, "unit_kind": "patient",
         "multi_site": "no",
         "human_subjects": "yes", "identifiable_data": "unknown", "clinical_use": "unknown"}),
    Project(
        "Transcription-factor binding from 60,000 ChIP-seq peaks (unstranded)",
        "Reverse-complement augmentation is right here (binding is strand-symmetric); CNN on one-hot DNA; "
        "chromosome or homology split; no ethics beyond the register.",
        {**COMMON, **NO_PEOPLE, "task": "classification", "modality": "dna_sequence", "n_samples": 60_000,
         "n_min_class": 20_000, "n_classes": 2, "ordinal_labels": "no", "compute": "cluster",
         "pretrained_available": "yes", "orientation_matters": "no",
         "independent_samples": "yes", "repeated_measures": "no", "multi_site": "no",
         "related_sequences": "yes"}),
)


def _names(items: Any) -> str:
    return "; ".join(x.title for x in items) or "(none)"


def _concerns(a: Any) -> str:
    return "; ".join(f"{c.title} ({c.severity})" for c in a.ethics if c.id != "keep-register") or "(register only)"


def assess_project(p: Project) -> Any:
    from deeprules.answers import Answers
    from deeprules.engine import assess

    return assess(Answers({k: v for k, v in p.answers.items() if v is not None}))


def render_table() -> str:
    lines = [
        "# What deeprules says for a dozen projects",
        "",
        "<!-- Generated by scripts/reviewer_table.py from the real engine; do not edit by hand.",
        "     tests/test_advice_table.py fails when this file is out of date. -->",
        "",
        "Each project was written down with what a biology PI and an ML-methods reviewer (DOME) would expect",
        "*before* running the tool; the rest is the tool's own output for those answers. Read the two",
        "columns side by side: where they disagree, the knowledge base has a bug.",
        "",
        "| Project | Verdict | Split | Key concerns |",
        "|---|---|---|---|",
    ]
    assessed = [(p, assess_project(p)) for p in PROJECTS]
    for p, a in assessed:
        split = a.split.title if a.split else "(none)"
        lines.append(f"| {p.name} | `{a.verdict}` | {split} | {_concerns(a)} |")
    for p, a in assessed:
        lines += [
            "",
            f"## {p.name}",
            "",
            f"- **Reviewer expects:** {p.expect}",
            f"- **Verdict:** `{a.verdict}`: {a.verdict_title}",
        ]
        for r in a.reasons:
            refs = f" [{', '.join(str(x.number) for x in r.refs)}]" if r.refs else ""
            lines.append(f"  - {r.kind}: {' '.join(r.text.split())}{refs}")
        lines += [
            f"- **Split:** {a.split.title if a.split else '(none)'}",
            f"- **Baselines:** {_names(a.baselines)}",
            f"- **Architectures:** {_names(a.architectures)}",
            f"- **Metrics:** {_names(a.metrics)}",
            f"- **Concerns:** {_concerns(a)}",
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render_table()
    if "--check" in argv:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        if current != text:
            print(f"{TABLE.relative_to(ROOT)} is out of date: run python scripts/reviewer_table.py", file=sys.stderr)
            return 1
        return 0
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)} ({len(PROJECTS)} projects)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
