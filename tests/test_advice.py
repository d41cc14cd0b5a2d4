"""Advice that fits the task, the modality and the answers (issue 12): scenario tests from real projects.

Each test states the project, what a reviewer would expect, and why (the tip and the paper's reference, or
deeprules' own reasoning where the paper is silent). The plan is rendered for real, so what is checked is
what the user reads.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from deeprules.answers import Answers
from deeprules.engine import Assessment, assess
from deeprules.plan import render_plan
from deeprules.render import percent

BASE: dict[str, Any] = {
    "title": "A project", "question": "Does it work?", "goal": "prediction", "interpretability": "medium",
    "label_noise": "low", "compute": "workstation_gpu", "expertise": "some_ml", "pretrained_available": "no",
    "independent_samples": "yes", "repeated_measures": "no", "multi_site": "no", "human_subjects": "no",
    "data_shareable": "yes", "share_model": "no", "animal_subjects": "no", "biosafety_concern": "no",
    "data_use_agreement": "no",
}
CRISPR = {**BASE, "title": "Guide efficiency", "task": "regression", "modality": "dna_sequence",
          "n_samples": 15_000, "related_sequences": "yes", "orientation_matters": "yes"}
SCRNA = {**BASE, "title": "Cell types", "task": "classification", "modality": "tabular", "n_samples": 8_000,
         "n_min_class": 150, "n_classes": 14, "ordinal_labels": "no", "independent_samples": "no",
         "repeated_measures": "yes", "n_units": 12, "unit_kind": "donor",
         "multi_site": "yes", "human_subjects": "yes", "identifiable_data": "no", "clinical_use": "no"}
SEGMENTATION = {**BASE, "title": "Nuclei", "task": "segmentation", "modality": "image", "n_samples": 40,
                "pretrained_available": "yes"}

# Names of classifiers and class-based settings (a "classifier" in an example from the paper is fine).
CLASSIFIER_WORDS = re.compile(r"[Ll]ogistic regression|LogisticRegression|[Nn]aive Bayes|GaussianNB|BernoulliNB|"
                              r"\bSVC\b|[a-z]Classifier\b|class_weight|[Mm]ajority.class|most_frequent")
# What the issue found in a research-only plan: a step to build a clinical test, a concern about guiding care.
CLINICAL_FRAMING = re.compile(r"clinical test|guide care|used to guide a decision|out of care decisions|"
                              r"regulatory route|diagnos", re.I)


def run(values: dict[str, Any], **changes: Any) -> Assessment:
    return assess(Answers({k: v for k, v in {**values, **changes}.items() if v is not None}))


def plan_of(values: dict[str, Any], **changes: Any) -> str:
    return render_plan(run(values, **changes))


# ------------------------------------------------------------------------------------------------ regression
@pytest.mark.parametrize("modality", ["tabular", "image", "dna_sequence", "protein_sequence", "molecule", "text",
                                      "time_series", "graph", "multimodal"])
def test_regression_never_gets_a_classifier_baseline_or_a_classification_metric(modality: str) -> None:
    """A numeric outcome has no classes: logistic regression, naive Bayes, a majority-class floor, PR curves
    or class weights are wrong advice for it, whatever the data (tip 2's simple models have regression
    counterparts: ridge/lasso, random forest regressor, SVR, kNN regressor)."""
    values = {**BASE, "task": "regression", "modality": modality, "n_samples": 5_000}
    a = run(values)
    for advice in (*a.baselines, *a.metrics, *a.hyperparameters, *a.recommendations):
        assert not CLASSIFIER_WORDS.search(advice.text), (advice.id, CLASSIFIER_WORDS.search(advice.text))
    metric_ids = {m.id for m in a.metrics}
    assert {"metric.rmse-mae", "metric.r2", "metric.spearman"} <= metric_ids
    assert not metric_ids & {"metric.pr-auc", "metric.roc-auc", "metric.f1", "metric.mcc", "metric.balanced-accuracy"}
    assert any(b.id in ("baseline.regularized-linear-regression", "baseline.cnn-features") for b in a.baselines)


def test_crispr_guides_get_regression_metrics_and_sequence_baselines_with_boosting() -> None:
    """Guide efficiency is a number per guide: correlation and error metrics; k-mer or one-hot features with
    gradient boosting are the strong non-deep baseline for short sequences (our suggestion)."""
    a = run(CRISPR)
    text = " ".join(m.text for m in a.metrics)
    assert "pearsonr" in text and "spearmanr" in text and "mean_absolute_error" in text
    baselines = {b.id for b in a.baselines}
    assert {"baseline.kmer-counts", "baseline.gradient-boosting", "baseline.mean-predictor"} <= baselines
    assert "XGBRegressor" in next(b.text for b in a.baselines if b.id == "baseline.gradient-boosting")


def test_crispr_guides_get_no_reverse_complement_advice() -> None:
    """Guides act on one strand: a reverse-complemented guide is a different guide with a different
    efficiency, so augmenting with reverse complements corrupts the labels."""
    plan = plan_of(CRISPR).lower()
    assert "reverse complement" not in plan and "reverse-complement" not in plan
    assert "never flip the strand" in plan


def test_strand_symmetric_binding_sites_get_reverse_complement_augmentation() -> None:
    """Transcription-factor binding on double-stranded DNA reads the same on both strands: here reverse
    complements are label-preserving augmentation (tip 5 [17])."""
    tf = {**CRISPR, "task": "classification", "n_classes": 2, "ordinal_labels": "no", "n_min_class": 20_000,
          "n_samples": 60_000, "orientation_matters": "no"}
    aug = next(x for x in run(tf).architectures if x.id == "arch.augmentation")
    assert "add reverse complements" in aug.text


@pytest.mark.parametrize("orientation", ["unknown", None])
def test_unknown_orientation_asks_before_any_reverse_complement(orientation: str | None) -> None:
    a = run(CRISPR, orientation_matters=orientation)
    aug = next(x for x in a.architectures if x.id == "arch.augmentation")
    assert "settle first whether orientation matters" in aug.text
    assert "orientation_matters" in {q.id for q in a.open_questions}


# ------------------------------------------------------------------------------------------------- splits
def test_cells_from_donors_in_batches_are_split_by_donor_with_batches_kept_whole() -> None:
    """8,000 cells from 12 donors processed in batches: cells of one donor are not independent (tip 4), and
    batches can carry the label (tip 7 [99]); the split must respect both groupings at once."""
    a = run(SCRNA)
    assert a.split is not None and a.split.id == "split.grouped-unit-and-site"
    assert "all samples of one donor in one partition" in a.split.text and "batch" in a.split.text
    # 12 donors are too few for one held-out test set of donors
    assert "leave-one-donor-out" in a.split.text


def test_slides_of_patients_at_hospitals_are_split_by_patient_within_hospital() -> None:
    wsi = {**SCRNA, "modality": "image", "n_samples": 1_200, "n_units": 320, "unit_kind": "patient",
           "n_classes": 2, "n_min_class": 400}
    a = run(wsi)
    assert a.split is not None and a.split.id == "split.grouped-unit-and-site"
    assert "hold out whole sites or batches together with all their patients" in a.split.text
    assert "leave-one" not in a.split.text


def test_donors_without_batches_get_the_individual_split() -> None:
    a = run(SCRNA, multi_site="no", unit_kind="animal")
    assert a.split is not None and a.split.id == "split.grouped-individual"
    assert "all samples of one animal in the same partition" in a.split.text


# ------------------------------------------------------------------------------------------------ framing
def test_research_only_project_gets_no_clinical_framing() -> None:
    """clinical_use: no (research only) means no 'clinical test' step and no 'used to guide care' concern;
    the paper's clinical advice (tips 8 and 9) is for models that may inform care."""
    plan = plan_of(SCRNA, goal="insight")
    assert not CLINICAL_FRAMING.search(plan), CLINICAL_FRAMING.search(plan)
    a = run(SCRNA, goal="insight")
    ids = {c.id for c in a.ethics}
    assert "clinical-overinterpretation" not in ids
    assert "causal-overinterpretation" in ids  # insight still needs the correlation-is-not-cause caveat


@pytest.mark.parametrize("clinical_use", ["yes", "unknown"])
def test_possible_clinical_use_keeps_the_clinical_framing(clinical_use: str) -> None:
    a = run(SCRNA, clinical_use=clinical_use)
    assert "clinical-overinterpretation" in {c.id for c in a.ethics}
    assert "T8.biomarker-translation" in {r.id for r in a.recommendations}


def test_a_cell_line_project_aimed_at_insight_is_not_framed_as_patient_care() -> None:
    """Established cell lines are not human subjects: no clinical question is asked, and the causal caveat
    talks about experiments, not patients' care."""
    a = run({**BASE, "task": "classification", "modality": "image", "n_samples": 5000, "n_min_class": 800,
             "n_classes": 2, "ordinal_labels": "no", "goal": "insight"})
    concern = next(c for c in a.ethics if c.id == "causal-overinterpretation")
    assert "perturbation experiment" in " ".join(concern.actions)
    assert not CLINICAL_FRAMING.search(" ".join([concern.why, *concern.actions]))


def test_severity_follows_identifiability_not_human_origin() -> None:
    """Anonymous human data (identifiable_data: no) are not as risky as identifiable records (both under
    controlled access here: openly shared anonymous data open no model-leakage concern at all)."""
    anonymous = {c.id: c.severity for c in run(SCRNA, share_model="yes", data_shareable="no").ethics}
    identifiable = {c.id: c.severity for c in run(SCRNA, share_model="yes", data_shareable="no",
                                                  identifiable_data="yes").ethics}
    order = ("low", "medium", "high", "blocker")
    for cid in ("consent-scope", "identifiable-data-access", "model-leakage"):
        assert order.index(anonymous[cid]) < order.index(identifiable[cid]), cid
    assert anonymous["consent-scope"] == "medium"


def test_sharing_a_model_trained_on_sensitive_data_gets_the_safe_route() -> None:
    """The user wants to share: tell them how to do it safely (differential privacy [124-126], a
    membership-inference audit, controlled access), not to decide never to publish weights."""
    a = run(SCRNA, share_model="yes", identifiable_data="yes")
    rec = next(r for r in a.recommendations if r.id == "T10.no-sensitive-model-release")
    leak = next(c for c in a.ethics if c.id == "model-leakage")
    for text in (rec.text, " ".join(leak.actions)):
        assert "membership-inference" in text and "differential privacy" in text and "controlled access" in text
    assert "no weights are published" not in " ".join(leak.actions)
    assert "You plan to release this model" in rec.text


# ----------------------------------------------------------------------------------------- other task kinds
def test_forty_image_segmentation_gets_a_unet_with_pretrained_encoder_and_no_frozen_head_advice() -> None:
    """40 fully annotated images hold thousands of labelled objects: a U-Net with a pretrained encoder and
    augmentation is a standard choice; 'under 100 examples per class: freeze the encoder' is for
    classification and must not contradict it."""
    a = run(SEGMENTATION)
    ids = {x.id for x in a.architectures}
    assert "arch.unet" in ids and "arch.small-data-frozen" not in ids
    assert "T1.too-little-data" not in {r.id for r in a.recommendations}
    assert {"metric.dice-iou"} <= {m.id for m in a.metrics}
    assert "baseline.classic-segmentation" in {b.id for b in a.baselines}
    count = next(r for r in a.recommendations if r.id == "T1.data-per-class")
    assert "annotated objects" in count.text


def test_clustering_gets_stability_and_agreement_metrics_and_clustering_baselines() -> None:
    a = run({**BASE, "task": "clustering", "modality": "image", "n_samples": 200_000})
    metric_ids = {m.id for m in a.metrics}
    assert {"metric.cluster-stability", "metric.ari-nmi", "metric.silhouette"} <= metric_ids
    assert "baseline.clustering" in {b.id for b in a.baselines}
    assert not metric_ids & {"metric.rmse-mae", "metric.pr-auc", "metric.f1"}


def test_generation_gets_validity_novelty_and_distribution_distances() -> None:
    a = run({**BASE, "task": "generation", "modality": "molecule", "n_samples": 1_000_000})
    text = next(m.text for m in a.metrics if m.id == "metric.generation-checks")
    assert "validity" in text and "novelty" in text and "Fréchet" in text


def test_whole_slide_images_with_slide_labels_get_multiple_instance_learning() -> None:
    a = run({**BASE, "task": "classification", "modality": "image", "n_samples": 320, "n_min_class": 110,
             "n_classes": 2, "ordinal_labels": "no", "independent_samples": "no", "repeated_measures": "yes",
             "n_units": 320, "unit_kind": "patient", "multi_site": "yes", "pretrained_available": "yes"})
    assert "arch.mil" in {x.id for x in a.architectures}
    assert "baseline.mil-pooled-features" in {b.id for b in a.baselines}


def test_no_transformer_from_scratch_below_the_tools_own_threshold() -> None:
    small = run(CRISPR, compute="cluster")
    big = run(CRISPR, compute="cluster", n_samples=150_000)
    assert "arch.transformer-scratch" not in {x.id for x in small.architectures}
    assert "arch.transformer-scratch" in {x.id for x in big.architectures}


def test_a_traditional_ml_verdict_frames_the_architectures_as_exploratory() -> None:
    plan = plan_of({**BASE, "task": "classification", "modality": "tabular", "n_samples": 120,
                    "n_min_class": 40, "n_classes": 2, "ordinal_labels": "no", "compute": "laptop"})
    assert "Verdict: Traditional machine learning" in plan
    assert "treat a network as an exploratory comparison" in plan


# ----------------------------------------------------------------------------------- classes and grades
def test_many_classes_get_macro_averaged_and_per_class_metrics() -> None:
    a = run(SCRNA)
    multi = next(m for m in a.metrics if m.id == "metric.multiclass")
    assert "With 14 classes" in multi.text and "macro" in multi.text and "per-class" in multi.text
    assert "metric.multiclass" not in {m.id for m in run(SCRNA, n_classes=2).metrics}


def test_ordered_grades_get_an_ordinal_metric_and_baseline() -> None:
    """Clinical grades 0-4: confusing grade 0 with 4 is worse than with 1, which accuracy cannot see."""
    grading = {**SCRNA, "modality": "image", "n_classes": 5, "ordinal_labels": "yes", "clinical_use": "yes"}
    a = run(grading)
    assert "quadratic" in next(m.text for m in a.metrics if m.id == "metric.ordinal")
    assert "baseline.ordinal" in {b.id for b in a.baselines}
    assert "metric.ordinal" not in {m.id for m in run(grading, ordinal_labels="no").metrics}


# ------------------------------------------------------------------------------------------- approvals
@pytest.mark.parametrize(("answer", "concern", "rec"), [
    ("animal_subjects", "animal-welfare", "T10.animal-approval"),
    ("biosafety_concern", "biosafety", "T10.biosafety-review"),
    ("data_use_agreement", "data-use-terms", "T10.data-use-terms"),
])
def test_approvals_beyond_human_data_are_raised_where_they_apply(answer: str, concern: str, rec: str) -> None:
    """Animal welfare, biosafety and data use agreements need approvals too (tip 10: comply with every
    relevant body), not only human-subjects research."""
    assert concern not in {c.id for c in run(CRISPR).ethics}
    for value, severity in (("yes", "high"), ("unknown", "medium")):
        a = run(CRISPR, **{answer: value}, goal="insight", share_model="yes")
        found = {c.id: c.severity for c in a.ethics}
        assert concern in found and rec in {r.id for r in a.recommendations}
        assert found[concern] == severity, (value, found[concern])


# ------------------------------------------------------------------------------------- reviewers' requests
def test_dome_items_are_in_the_plan_and_marked_as_deeprules_own() -> None:
    a = run(CRISPR)
    recs = {r.id: r for r in a.recommendations}
    for rid in ("T3.report-compute", "T7.parameters-vs-samples", "T7.release-predictions"):
        assert "deeprules' own advice" in recs[rid].text and "DOME" in recs[rid].text, rid
    assert "T3.keep-model-current" in recs


# --------------------------------------------------------------------------------------------- numbers
@pytest.mark.parametrize(("fraction", "shown"), [(0.0005, "0.05%"), (0.2, "20%"), (0.023, "2.3%"),
                                                 (0.5, "50%"), (0.99996, "99.996%"), (0.0, "0%")])
def test_fractions_keep_their_significant_digits(fraction: float, shown: str) -> None:
    assert percent(fraction) == shown


def test_a_rare_class_is_not_rounded_to_zero_in_the_plan_or_the_card(tmp_path: Path) -> None:
    from conftest import make_repo
    from deeprules.project import init

    answers = Answers.example("clinical")
    answers.apply(["n_min_class=100", "minority_fraction=0.0005", "n_classes=2"])
    repo, _ = init(make_repo(tmp_path / "p"), answers)
    plan = (Path(repo.root) / "PLAN.md").read_text(encoding="utf-8")
    card = (Path(repo.root) / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "0.05% of the examples" in plan
    assert "0.05% of the examples" in card and "about 0%" not in card


def test_a_generator_is_not_told_to_fit_a_classifier_on_embeddings_or_to_mind_a_small_test_set() -> None:
    """Generation has no labels: embeddings-plus-classifier, nested cross-validation and the small-test-set
    warning are advice for supervised models."""
    a = run({**BASE, "task": "generation", "modality": "protein_sequence", "n_samples": 800,
             "pretrained_available": "yes", "related_sequences": "yes"})
    ids = {x.id for x in (*a.architectures, *a.metrics, *a.hyperparameters)}
    assert not ids & {"arch.protein-language-model", "metric.small-test-warning", "hpo.nested-cv"}
    assert "metric.generation-checks" in ids
