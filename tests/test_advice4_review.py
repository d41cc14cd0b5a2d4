"""A fourth PI's and ML-methods reviewer's pass over the advice (session 7, w22e), on project kinds the first three
passes did not cover: a memory-clinic cohort with drop-out, a registry study of a drug's effect, a species
distribution model from field plots, a primary high-throughput screen with 0.025% actives, and others (all in
/work/notes/w22e-projects/). Each test is a class of wrong or missing advice, stated as what the reviewer expects
and why; the projects here are cut down to the answers that matter.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import invoke
from deeprules.engine import Assessment
from test_advice import BASE, plan_of, run
from test_advice_review import ids

# Memory-clinic cohort: 1,400 patients, 4,200 visits, decline within three years; a third leave early.
COHORT = {**BASE, "title": "Decline", "task": "classification", "goal": "prediction", "modality": "tabular",
          "n_classes": 2, "ordinal_labels": "no", "multi_label": "no", "n_samples": 4_200, "n_min_class": 900,
          "minority_fraction": 0.21, "independent_samples": "no", "repeated_measures": "yes", "n_units": 1_400,
          "label_scope": "unit", "unit_kind": "patient", "multi_site": "yes", "time_ordered": "yes",
          "genotype_data": "no", "paired_inputs": "no", "human_subjects": "yes", "identifiable_data": "yes",
          "clinical_use": "no", "data_shareable": "no", "spatial_structure": "no"}
# Presence of an invasive grass in 5,000 field plots from 60 climate, soil and land-use layers.
PLOTS = {**BASE, "title": "Invasive grass", "task": "classification", "modality": "tabular", "n_classes": 2,
         "ordinal_labels": "no", "multi_label": "no", "n_samples": 5_000, "n_min_class": 900,
         "minority_fraction": 0.18, "time_ordered": "no", "genotype_data": "no", "paired_inputs": "no"}
# A primary screen of 1.2 million compounds with 300 confirmed actives.
SCREEN = {**BASE, "title": "HTS", "task": "classification", "modality": "molecule", "n_classes": 2,
          "ordinal_labels": "no", "multi_label": "no", "n_samples": 1_200_000, "n_min_class": 300,
          "minority_fraction": 0.00025, "label_noise": "high", "related_sequences": "yes", "time_ordered": "no",
          "paired_inputs": "no"}


def _item(a: Assessment, rid: str) -> str:
    return next(r.text for r in (*a.recommendations, *a.baselines, *a.metrics, *a.architectures) if r.id == rid)


# ------------------------------------------------------------------------ censored outcomes (tips 2 and 7)
def test_a_cohort_with_drop_out_is_told_to_keep_the_censored_records() -> None:
    """A memory-clinic cohort where a third of the patients leave before three years got a yes/no label, a
    stratified panel of classification metrics and logistic regression: nothing said that 'no decline seen' is
    not a negative for someone who left after a year, nor that drop-out is rarely at random. The reviewer
    expects censored records kept (survival models or censoring weights), survival metrics (concordance,
    time-dependent AUC, Brier) and completers compared with those who left."""
    a = run(COHORT, censored_outcome="yes")
    assert {"baseline.survival", "metric.survival", "T7.censoring"} <= ids(a)
    survival = _item(a, "baseline.survival")
    assert "Cox" in survival and "inverse probability" in survival and "competing risk" in survival
    assert "concordance" in _item(a, "metric.survival") and "Brier" in _item(a, "metric.survival")
    assert "those who left" in _item(a, "T7.censoring")
    plan = plan_of(COHORT, censored_outcome="yes")
    assert "Keep participants who left early" in plan and "random survival forest" in plan
    observed = run(COHORT, censored_outcome="no")
    assert not {"baseline.survival", "metric.survival", "T7.censoring"} & ids(observed)


def test_the_censoring_question_is_asked_only_of_labelled_time_ordered_projects() -> None:
    """Censoring needs follow-up over time; a cross-sectional project should not be asked about drop-out."""
    timed = run({k: v for k, v in COHORT.items()})
    assert any(q.id == "censored_outcome" for q in timed.open_questions)
    cross = run(COHORT, time_ordered="no")
    assert not any(q.id == "censored_outcome" for q in cross.open_questions)
    assert not {"baseline.survival", "T7.censoring"} & ids(cross)


# ---------------------------------------------------------------------- spatial autocorrelation (tip 7)
def test_field_plots_get_a_spatial_block_split_and_a_location_only_baseline() -> None:
    """Plots a few hundred metres apart share soil and climate: a random or stratified split tests the model on
    its training plots' neighbours, and species distribution scores from random folds are known to be
    inflated. deeprules had no way to know the data were spatial and gave a stratified split. The reviewer
    expects spatial blocks (with a buffer), the random-split gap reported, and a coordinates-only model as the
    floor."""
    a = run(PLOTS, spatial_structure="yes")
    assert a.split is not None and a.split.id == "split.spatial"
    assert "blocks" in a.split.text and "buffer" in a.split.text and "our suggestion" in a.split.text
    assert "coordinates" in _item(a, "baseline.location-only")
    plain = run(PLOTS, spatial_structure="no")
    assert plain.split is not None and plain.split.id == "split.stratified"
    assert "baseline.location-only" not in ids(plain)


def test_spatial_and_time_ordered_data_keep_blocks_inside_the_time_split() -> None:
    """A survey repeated over years is both: the later-period test set must also be in new places."""
    a = run(PLOTS, spatial_structure="yes", time_ordered="yes", censored_outcome="no")
    assert a.split is not None and a.split.id == "split.temporal"
    assert "spatial blocks" in a.split.text
    assert "spatial blocks" not in (run(PLOTS, spatial_structure="no", time_ordered="yes").split or a.split).text


def test_the_spatial_question_is_in_the_cli_and_validated(tmp_path: Path) -> None:
    listed: Any = invoke("questions")
    assert listed.exit_code == 0 and "spatial_structure" in listed.output and "censored_outcome" in listed.output
    answers = tmp_path / "answers.yaml"
    answers.write_text("".join(f"{k}: {json.dumps(v)}\n" for k, v in PLOTS.items()))
    out: Any = invoke("assess", "--answers", str(answers), "--set", "spatial_structure=yes", "--json")
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["split"]["id"] == "split.spatial"
    bad: Any = invoke("assess", "--answers", str(answers), "--set", "spatial_structure=nearby")
    assert bad.exit_code == 2 and "spatial_structure" in bad.output


# -------------------------------------------------------------------------- very rare positives (tip 7)
def test_a_screen_with_very_rare_actives_is_scored_by_early_retrieval() -> None:
    """1.2 million compounds with 300 actives: a 15% test set holds about 45 of them. The plan asked for PR-AUC,
    balanced accuracy and F1 but never for what a screening team uses (hits among the top-ranked, enrichment
    at 1%) nor said how few positives the test set holds."""
    a = run(SCREEN)
    text = _item(a, "metric.early-retrieval")
    assert "enrichment factor" in text and "top 100" in text
    assert "about 45 of your 300" in text and "0.03%" in text
    assert "metric.early-retrieval" not in ids(run(SCREEN, minority_fraction=0.05, n_min_class=60_000))


def test_early_retrieval_is_not_offered_for_a_rare_class_among_many() -> None:
    """Forty plankton taxa, the rarest 0.4%: the task is to name each image's taxon, not to rank a library."""
    many = run(SCREEN, n_classes=40, modality="image", related_sequences=None)
    assert "metric.early-retrieval" not in ids(many)


# ---------------------------------------------------------------- causal questions from records (tip 9)
def test_an_exposure_effect_from_registry_data_is_pointed_to_a_target_trial() -> None:
    """'Does starting a statin reduce dementia risk?' from a national registry got only 'use causal methods
    (DoWhy, Mendelian randomisation)'. An epidemiologist expects the design that answers it from records:
    a target trial emulated with time zero, eligibility and confounders measured before it, and the two
    biases that sink such studies (confounding by indication, immortal time)."""
    registry = {**COHORT, "goal": "insight", "n_samples": 250_000, "n_min_class": 12_000,
                "minority_fraction": 0.048, "independent_samples": "yes", "repeated_measures": "no",
                "n_units": None, "label_scope": None, "unit_kind": None, "censored_outcome": "yes"}
    text = _item(run(registry), "T9.causal-methods")
    assert "emulate the trial" in text and "immortal-time" in text and "our suggestion" in text
    cells = {**BASE, "task": "regression", "goal": "insight", "modality": "protein_sequence", "n_samples": 5_000,
             "related_sequences": "yes", "paired_inputs": "no"}
    assert "emulate" not in _item(run(cells), "T9.causal-methods")


# --------------------------------------------------------------------------------- older answers files
def test_answers_files_without_the_new_questions_keep_their_advice() -> None:
    """Answers written before these questions existed get them as open questions and no new item."""
    old = {k: v for k, v in COHORT.items() if k != "spatial_structure"}
    a = run(old)
    assert {q.id for q in a.open_questions} >= {"censored_outcome", "spatial_structure"}
    assert not {"baseline.survival", "metric.survival", "T7.censoring", "baseline.location-only"} & ids(a)
    assert a.split is not None and a.split.id == "split.temporal" and "spatial blocks" not in a.split.text


# ------------------------------------------------------------------- clinical deployment (tips 7 and 9)
# A ward deterioration score, already built, now to be run at two hospitals.
WARD = {**BASE, "title": "Deterioration", "task": "classification", "modality": "tabular", "n_classes": 2,
        "ordinal_labels": "no", "multi_label": "no", "n_samples": 180_000, "n_min_class": 4_000,
        "minority_fraction": 0.022, "independent_samples": "no", "repeated_measures": "yes", "n_units": 60_000,
        "label_scope": "sample", "unit_kind": "patient", "multi_site": "yes", "time_ordered": "yes",
        "censored_outcome": "no", "spatial_structure": "no", "genotype_data": "no", "paired_inputs": "no",
        "human_subjects": "yes", "identifiable_data": "yes", "data_shareable": "no", "interpretability": "high"}


def test_a_model_meant_for_care_gets_a_prospective_evaluation_and_an_operating_point() -> None:
    """A silent prospective trial of an early-warning score was planned with AUCs and calibration only: nothing
    on the threshold that triggers an alert, the alert burden, net benefit, a silent run on live data with the
    success criterion written in advance, monitoring after go-live, or the reporting guidelines a clinical
    journal will ask for (TRIPOD+AI, DECIDE-AI)."""
    a = run(WARD, clinical_use="yes")
    op = _item(a, "metric.operating-point")
    assert "threshold" in op and "alerts" in op and "decision curve" in op and "our suggestion" in op
    pro = _item(a, "T9.prospective-evaluation")
    assert "silently" in pro and "TRIPOD+AI" in pro and "DECIDE-AI" in pro and "deeprules' own advice" in pro
    assert "Evaluate the model prospectively before it guides care" in plan_of(WARD, clinical_use="yes")
    research = run(WARD, clinical_use="no")
    assert not {"metric.operating-point", "T9.prospective-evaluation"} & ids(research)


# --------------------------------------------------------------- generative design tested in the lab (tip 5)
ENZYMES = {**BASE, "title": "Lysozymes", "task": "generation", "modality": "protein_sequence", "n_samples": 25_000,
           "pretrained_available": "yes", "related_sequences": "yes"}


def test_sequence_design_starts_from_a_pretrained_generator_and_plans_the_lab_test() -> None:
    """Fine-tuning a protein language model on one enzyme family and testing 96 designs was offered an
    autoencoder and a GAN (the protein language-model item is for prediction only), and its evaluation ended
    at in-silico novelty: nothing on choosing which designs to synthesise, plate controls, or reading the hit
    rate against identity to the training sequences."""
    a = run(ENZYMES)
    gen = _item(a, "arch.generative-language-model")
    assert "ProGen2" in gen and "fine-tune" in gen and "likelihood of each design" in gen and "our suggestion" in gen
    checks = _item(a, "metric.generation-checks")
    assert "positive controls" in checks and "nearest training sequence" in checks and "random sample" in checks
    assert "arch.generative-language-model" not in ids(run(ENZYMES, pretrained_available="no"))
    expression = run(ENZYMES, modality="tabular", related_sequences=None)
    assert "positive controls" not in _item(expression, "metric.generation-checks")


def test_the_plan_header_says_the_data_are_spatial_or_censored() -> None:
    """The plan's first table is what a collaborator reads; it named the modality and nothing about the two
    properties that decide this plan's split and metrics."""
    def data_row(values: dict[str, Any], **changes: Any) -> str:
        return next(line for line in plan_of(values, **changes).splitlines() if line.startswith("| Data"))

    assert "places in space" in data_row(PLOTS, spatial_structure="yes")
    assert "censored by drop-out" in data_row(COHORT, censored_outcome="yes")
    plain = data_row(COHORT, censored_outcome="no")
    assert "censored" not in plain and "space" not in plain


def test_the_ethics_register_names_who_drops_out() -> None:
    """Drop-out is a representation problem too: the register's 'who is in the data' concern said nothing of
    the people who leave a cohort early, who are rarely a random sample."""
    why = next(c.why for c in run(COHORT, censored_outcome="yes").ethics if c.id == "representation")
    assert "Drop-out" in why and "those who stayed" in why
    assert "Drop-out" not in next(c.why for c in run(COHORT, censored_outcome="no").ethics if c.id == "representation")


# -------------------------------------------------------------------- volumes and whole slides (tip 5)
def test_image_architectures_cover_volumes_and_whole_slides() -> None:
    """A brain-age model on 3D T1 volumes and a sarcoma grader on 400 whole H&E slides were both told only to
    fine-tune a 2D ImageNet ResNet: a neuroimaging reviewer expects 3D networks (or slices pooled), a pathology
    reviewer tiles embedded by a frozen encoder and attention pooling per slide, which also fits a lab without
    a large GPU."""
    mri = {**BASE, "task": "regression", "modality": "image", "n_samples": 9_000, "pretrained_available": "yes",
           "spatial_structure": "no"}
    text = _item(run(mri), "arch.cnn-2d-pretrained")
    assert "3D CNN" in text and "MedicalNet" in text and "attention-MIL" in text and "our suggestion" in text
