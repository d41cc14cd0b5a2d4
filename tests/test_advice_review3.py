"""A third PI's and ML-methods reviewer's pass over the advice (session 6, w20d), on project kinds the first two
passes did not cover: paired inputs (protein-protein interactions, drug response, perturbation response),
genotype data (GWAS-scale prediction), several labels per example (GO terms), self-supervised denoising and
registration, cytometry with patient-level labels, a rare-variant classifier, camera traps, molecule design, a
zero-shot language model on clinical notes. Each test is a class of wrong or missing advice, stated as what the
reviewer expects and why. The projects are in /work/notes/w20d-projects/; the ones here are cut down to the
answers that matter.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import invoke
from deeprules.answers import Answers
from deeprules.engine import Assessment, assess
from deeprules.errors import InputError
from deeprules.plan import render_plan
from test_advice import BASE, run
from test_advice_review import ids

# Human protein pairs from interaction databases: both sides of every example are proteins.
PPI = {**BASE, "title": "PPI", "task": "classification", "modality": "protein_sequence", "n_classes": 2,
       "ordinal_labels": "no", "n_samples": 120_000, "n_min_class": 12_000, "related_sequences": "yes",
       "pretrained_available": "yes", "multi_label": "no"}
# Drug x cell line log IC50 (GDSC), drug structure plus expression.
IC50 = {**BASE, "title": "IC50", "task": "regression", "modality": "tabular", "n_samples": 180_000,
        "related_sequences": "no", "genotype_data": "no"}
# Height from 600k genotyped SNPs of 430,000 biobank participants.
GWAS = {**BASE, "title": "Height", "task": "regression", "modality": "tabular", "n_samples": 450_000,
        "independent_samples": "no", "n_units": 430_000, "label_scope": "unit", "unit_kind": "other",
        "multi_site": "yes", "human_subjects": "yes", "identifiable_data": "yes", "clinical_use": "no",
        "data_shareable": "no", "paired_inputs": "no"}
# GO molecular-function terms for 80,000 proteins: 4,000 terms, at least 50 proteins each.
GO = {**BASE, "title": "GO terms", "task": "classification", "modality": "protein_sequence", "n_classes": 4_000,
      "ordinal_labels": "no", "n_samples": 80_000, "n_min_class": 50, "related_sequences": "yes",
      "pretrained_available": "yes", "paired_inputs": "no"}
# Noise2Void-style denoising of 4,000 live-cell images from 25 plates: no labels at all.
DENOISE = {**BASE, "title": "Denoising", "task": "self_supervised", "modality": "image", "n_samples": 4_000,
           "pretrained_available": "yes", "independent_samples": "no", "n_units": 25, "unit_kind": "plate"}


def _rec(a: Assessment, rid: str) -> str:
    return next(r.text for r in (*a.recommendations, *a.baselines, *a.metrics, *a.architectures) if r.id == rid)


# ------------------------------------------------------------------------ paired inputs (tips 2 and 7)
def test_pairs_of_entities_are_split_by_entity_not_by_pair() -> None:
    """A protein-protein interaction predictor was told to cluster sequences by identity and split by cluster:
    the clusters are of single proteins, while each example pairs two, so a test pair's proteins sit in
    training through other pairs. The reviewer expects cold splits (C1/C2/C3 for protein pairs), negatives
    drawn at a realistic ratio, and the warm and cold scores side by side."""
    a = run(PPI, paired_inputs="yes")
    assert a.split is not None and a.split.id == "split.paired"
    assert "C1/C2/C3" in a.split.text and "both-cold" in a.split.text
    assert "cluster them first" in a.split.text  # homologous proteins count as one entity
    assert "negative pairs" in a.split.text
    assert "our suggestion" in a.split.text
    single = run(PPI, paired_inputs="no")
    assert single.split is not None and single.split.id == "split.homology" and "cold" not in single.split.text


def test_pairs_get_entity_baselines_and_per_entity_scores() -> None:
    """A degree-only predictor scores high on random PPI splits, and a drug's mean potency explains much of an
    IC50 matrix: without these floors and per-entity scores, a model that learned no interaction looks good.
    Before, the per-entity mean came only for 'multimodal' data, never for tabular pairs or for pairs of
    proteins."""
    ppi = run(PPI, paired_inputs="yes")
    assert "baseline.entity-frequency" in ids(ppi) and "degrees" in _rec(ppi, "baseline.entity-frequency")
    ic50 = run(IC50, paired_inputs="yes")
    assert "each entity's mean" in _rec(ic50, "baseline.mean-predictor")
    per_entity = _rec(ic50, "metric.per-entity")
    assert "per-drug" in per_entity and "change from the control" in per_entity
    plain = run(IC50, paired_inputs="no")
    assert "entity" not in _rec(plain, "baseline.mean-predictor")
    assert "metric.per-entity" not in ids(plain)
    assert "baseline.entity-frequency" not in ids(run(PPI, paired_inputs="no"))


def test_a_multimodal_project_that_says_no_pairs_gets_no_cold_split_sentence() -> None:
    values = {**BASE, "task": "regression", "modality": "multimodal", "multimodal_parts": "sequences",
              "n_samples": 200_000, "related_sequences": "yes", "orientation_matters": "no"}
    no = run(values, paired_inputs="no")
    assert no.split is not None and "cold splits" not in no.split.text
    unanswered = run(values)  # old answers files keep the sentence (they may be pairs)
    assert unanswered.split is not None and "cold splits" in unanswered.split.text


# ------------------------------------------------------------------------------ genotypes (tips 2, 7, 10)
def test_genotype_models_are_compared_with_a_polygenic_score_and_keep_relatives_together() -> None:
    """A deep network on 600k SNPs was offered kNN, SVM and naive Bayes as baselines, with no linear polygenic
    score, and nothing on relatedness or ancestry: relatives across the split leak genome, and scores trained
    in one ancestry transfer poorly to others."""
    a = run(GWAS, genotype_data="yes")
    prs = _rec(a, "baseline.polygenic-score")
    assert "LDpred2" in prs and "principal components" in prs and "training individuals only" in prs
    kin = _rec(a, "T7.relatedness-and-ancestry")
    assert "KING" in kin and "ancestry group" in kin and "our suggestion" in kin
    other = run(GWAS, genotype_data="no")
    assert "baseline.polygenic-score" not in ids(other) and "T7.relatedness-and-ancestry" not in ids(other)


def test_a_unit_of_another_kind_is_not_called_an_individual() -> None:
    """Variants grouped by gene, or people grouped by family, answered unit_kind 'other': the split spoke of
    'one individual' and 'leave-one-individual-out', and the two-grouping split said 'share a individual'."""
    a = run(GWAS, genotype_data="yes")
    assert a.split is not None and "individual" not in a.split.text and "group" in a.split.text
    named = run(GWAS, genotype_data="yes", unit_kind=None)
    assert named.split is not None and "share an individual" in named.split.text


# ------------------------------------------------------------------------ several labels (tips 2 and 7)
def test_several_labels_per_example_are_accepted() -> None:
    """4,000 GO terms with at least 50 proteins each add up to more than the 80,000 proteins: that is what
    multi-label data look like, but the answers were refused as contradictory."""
    with pytest.raises(InputError):
        Answers({k: v for k, v in {**GO, "multi_label": "no"}.items() if v is not None}).check_consistency()
    a = run(GO, multi_label="yes")
    assert a.verdict in ("traditional_ml", "baselines_first", "deep_learning")


def test_multi_label_projects_get_per_label_metrics_and_a_frequency_floor() -> None:
    """The plan offered a majority-class floor, a confusion matrix and macro metrics over exclusive classes;
    with several labels per example the reviewer expects per-label average precision, CAFA's Fmax for GO, a
    label-frequency ('naive') floor, sigmoid outputs and iterative stratification."""
    a = run(GO, multi_label="yes")
    assert "metric.multilabel" in ids(a) and "Fmax" in _rec(a, "metric.multilabel")
    assert "sigmoid" in _rec(a, "metric.multilabel")
    assert "baseline.label-frequency" in ids(a) and "baseline.majority-class" not in ids(a)
    assert "metric.balanced-accuracy" not in ids(a) and "metric.multiclass" not in ids(a)
    single = run({**GO, "n_classes": 40, "n_min_class": 200}, multi_label="no")
    assert "baseline.majority-class" in ids(single) and "metric.multilabel" not in ids(single)
    assert "IterativeStratification" in _rec(a, "metric.multilabel")  # rare labels in every partition
    assert "label frequencies" in _rec(a, "baseline.homology-transfer")  # not 'the majority class'


# ------------------------------------------------------------------ learning without labels (tips 1, 2, 7)
def test_self_supervised_denoising_is_not_asked_or_scored_for_labels() -> None:
    """Noise2Void-style denoising has no labels, but as a task 'other' it was scored for unknown label noise
    (-0.6), its 4,000 images were discounted to 237 'independent' ones, and the plan gave no classical
    baseline (BM3D, non-local means) and no way to judge the output (PSNR/SSIM on held-out references, the
    downstream analysis, invented structure)."""
    a = run(DENOISE)
    assert not any(r.factor in ("label_noise", "label_scope") for r in a.reasons)
    size = next(r.text for r in a.reasons if r.factor == "n_samples")
    assert "worth about" not in size and size.startswith("4,000 examples")
    assert "BM3D" in _rec(a, "baseline.classical-restoration")
    assert "SSIM" in _rec(a, "metric.restoration") and "invent" in _rec(a, "metric.restoration")
    assert "Noise2Void" in _rec(a, "arch.self-supervised-restoration")
    assert not any(q.id in ("label_noise", "label_scope", "time_ordered", "n_unlabeled")
                   for q in a.open_questions)


# --------------------------------------------------------- what a label belongs to, again (tips 2 and 5)
def test_multiple_instance_items_only_when_the_label_belongs_to_the_whole_unit() -> None:
    """Camera-trap images of 100 sites, each image with its own species label, got 'if labels are per slide or
    patient: pooled tile features' and a multiple-instance network."""
    values = {**BASE, "task": "classification", "modality": "image", "n_classes": 45, "ordinal_labels": "no",
              "n_samples": 900_000, "n_min_class": 300, "independent_samples": "no", "n_units": 100,
              "unit_kind": "other", "multi_label": "no", "paired_inputs": "no"}
    sample = run(values, label_scope="sample")
    assert "arch.mil" not in ids(sample) and "baseline.mil-pooled-features" not in ids(sample)
    unit = run(values, label_scope="unit")
    assert "arch.mil" in ids(unit) and "baseline.mil-pooled-features" in ids(unit)


def test_patient_labels_on_millions_of_cells_get_a_per_patient_summary_baseline() -> None:
    """CyTOF of 80 patients (20 million cells, response per patient): the baselines were logistic regression and
    random forests as if each cell were an example; the field's floor is cluster frequencies per patient."""
    cytof = {**BASE, "task": "classification", "modality": "tabular", "n_classes": 2, "ordinal_labels": "no",
             "n_samples": 20_000_000, "n_min_class": 8_000_000, "independent_samples": "no", "n_units": 80,
             "unit_kind": "patient", "label_scope": "unit", "multi_label": "no", "paired_inputs": "no"}
    a = run(cytof)
    text = _rec(a, "baseline.unit-summary")
    assert "FlowSOM" in text and "one row per patient" in text.replace("unit", "patient")
    assert "baseline.unit-summary" not in ids(run(cytof, label_scope="sample"))
    assert "baseline.unit-summary" not in ids(run(GWAS, genotype_data="yes"))  # one sample per person


# -------------------------------------------------------------------------- tiny sets and design (tip 7)
def test_a_tiny_set_locks_its_independent_cohort_not_a_split() -> None:
    """With nested cross-validation there is no held-out part to lock; T7.lock-test-set still said to write the
    test samples' identifiers to a separate file, contradicting the split next to it."""
    tiny = {**BASE, "task": "classification", "modality": "tabular", "n_classes": 2, "ordinal_labels": "no",
            "n_samples": 30, "n_min_class": 12}
    text = _rec(run(tiny), "T7.lock-test-set")
    assert "nested cross-validation" in text and "independent cohort" in text
    assert "separate file" in _rec(run(tiny, n_samples=3_000, n_min_class=1_200), "T7.lock-test-set")


def test_a_design_project_is_told_what_its_scaffold_split_is_for() -> None:
    """A reinforcement-learning design project got a scaffold split with no word on what is split: the
    property predictor's data, while designs are judged by their distance to the training set."""
    a = run({**BASE, "task": "reinforcement", "modality": "molecule", "n_samples": 1_500_000,
             "related_sequences": "yes"})
    assert a.split is not None and a.split.id == "split.scaffold"
    assert "property predictor" in a.split.text and "Tanimoto" in a.split.text


def test_identifiable_records_are_not_sent_to_hosted_models() -> None:
    """A zero-shot language model on identifiable clinical notes: the privacy concern said where to store data,
    not that prompting a hosted model sends the records to a third party."""
    a = run({**BASE, "task": "classification", "modality": "text", "n_classes": 3, "ordinal_labels": "yes",
             "n_samples": 500, "n_min_class": 80, "human_subjects": "yes", "identifiable_data": "yes",
             "clinical_use": "no", "data_shareable": "no"})
    concern = next(c for c in a.ethics if c.id == "identifiable-data-access")
    assert any("hosted model" in action for action in concern.actions)


# ----------------------------------------------------------------------------- the questions in the CLI
def test_the_new_questions_work_in_the_cli_json_and_plan(tmp_path: Path) -> None:
    listed: Any = invoke("questions")
    assert listed.exit_code == 0
    for qid in ("genotype_data", "multi_label", "paired_inputs", "self_supervised"):
        assert qid in listed.output
    template: Any = invoke("questions", "--template")
    assert "paired_inputs:" in template.output and "multi_label:" in template.output
    answers = tmp_path / "answers.yaml"
    answers.write_text("".join(f"{k}: {json.dumps(v)}\n" for k, v in GO.items()))
    out: Any = invoke("assess", "--answers", str(answers), "--set", "multi_label=yes", "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["answers"]["multi_label"] == "yes" and "metric.multilabel" in [m["id"] for m in data["metrics"]]
    refused: Any = invoke("assess", "--answers", str(answers), "--set", "multi_label=no")
    assert refused.exit_code == 2 and "n_min_class" in refused.output
    bad: Any = invoke("assess", "--answers", str(answers), "--set", "paired_inputs=sometimes")
    assert bad.exit_code == 2 and "paired_inputs" in bad.output
    plan = render_plan(assess(Answers({k: v for k, v in {**PPI, "paired_inputs": "yes"}.items()})))
    assert "Paired inputs: hold out entities (cold splits)" in plan
    assert "Paired inputs: each entity's training frequency" in plan


def test_the_plan_header_says_what_kind_of_examples_these_are() -> None:
    """The plan's table called a GWAS 'Tabular measurements (gene expression, clinical variables...)' and
    printed the raw task id; a reader of PLAN.md sees at a glance that the rows are genotypes, that the
    examples are pairs or carry several labels, and the task in words."""
    def rows(values: dict[str, Any]) -> str:
        plan = render_plan(assess(Answers(values)))
        return "\n".join(line for line in plan.splitlines() if line.startswith(("| Task", "| Data")))

    assert "genotypes of individuals" in rows({**GWAS, "genotype_data": "yes"})
    assert "classification of pairs of entities" in rows({**PPI, "paired_inputs": "yes"})
    assert "with several labels per example" in rows({**GO, "multi_label": "yes"})
    assert "| Task | self-supervised, for" in rows(DENOISE)
    assert "genotypes" not in rows({**GWAS, "genotype_data": "no"})
