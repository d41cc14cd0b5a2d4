"""The seventh advice review (w26d): fourteen projects unlike the earlier reviews', read as a PI and an
ML-methods reviewer would. Each test names a class of wrong or missing advice that the old knowledge gave,
what the reviewer expects and why (the tip and the paper's reference, or deeprules' own reasoning where the
paper is silent). The projects are kept here as short dicts.
"""

from __future__ import annotations

from typing import Any

from deeprules.engine import Assessment
from test_advice import BASE, plan_of, run
from test_advice_review import ids

# 60 patients, RNA + methylation + proteomics, overall survival with censoring (a laptop, a DUA).
SURVIVAL: dict[str, Any] = {
    **BASE, "title": "Omics survival", "task": "regression", "project_kind": "build", "modality": "multimodal",
    "multimodal_parts": "tables", "n_samples": 60, "n_features": 45_000, "time_ordered": "yes",
    "censored_outcome": "yes", "spatial_structure": "no", "genotype_data": "no", "paired_inputs": "no",
    "human_subjects": "yes", "identifiable_data": "yes", "clinical_use": "yes", "data_shareable": "no",
    "data_use_agreement": "yes", "compute": "laptop",
}
# A binder-design loop: a pretrained protein language model fine-tuned as a generator, 4 wet-lab rounds of 96.
DESIGN: dict[str, Any] = {
    **BASE, "title": "Binder design", "task": "generation", "project_kind": "fine_tune",
    "modality": "protein_sequence", "n_samples": 384, "related_sequences": "yes", "pretrained_available": "yes",
    "independent_samples": "no", "repeated_measures": "no", "n_units": 4, "unit_kind": "other",
    "compute": "cluster", "expertise": "deep_learning", "share_model": "yes",
}
# Federated 30-day readmission across 8 hospitals: 1.2M admissions of 400,000 patients, data never pooled.
FEDERATED: dict[str, Any] = {
    **BASE, "title": "Readmission", "task": "classification", "project_kind": "build", "modality": "tabular",
    "n_classes": 2, "ordinal_labels": "no", "multi_label": "no", "n_samples": 1_200_000, "n_min_class": 180_000,
    "minority_fraction": 0.15, "independent_samples": "no", "repeated_measures": "yes", "n_units": 400_000,
    "label_scope": "sample", "unit_kind": "patient", "multi_site": "yes", "time_ordered": "yes",
    "censored_outcome": "yes", "spatial_structure": "no", "genotype_data": "no", "paired_inputs": "no",
    "n_features": 300, "label_noise": "moderate", "human_subjects": "yes", "identifiable_data": "yes",
    "clinical_use": "yes", "data_shareable": "no", "data_use_agreement": "yes", "share_model": "undecided",
    "compute": "cloud",
}
# Enhancer activity learned from mouse STARR-seq (80,000 windows), applied to human sequences.
SPECIES: dict[str, Any] = {
    **BASE, "title": "Enhancers across species", "task": "classification", "project_kind": "build",
    "modality": "dna_sequence", "n_classes": 2, "ordinal_labels": "no", "multi_label": "no", "n_samples": 80_000,
    "n_min_class": 20_000, "minority_fraction": 0.25, "time_ordered": "no", "genotype_data": "no",
    "paired_inputs": "no", "related_sequences": "yes", "orientation_matters": "no", "label_noise": "moderate",
    "pretrained_available": "yes", "compute": "cluster", "expertise": "deep_learning",
}
# A time-lapse cell tracker: 12 movies, 30 annotated frames with 1,500 outlined cells, linked across frames.
TRACKING: dict[str, Any] = {
    **BASE, "title": "Lineage tracking", "task": "segmentation", "project_kind": "build", "modality": "image",
    "n_samples": 30, "n_annotated_objects": 1_500, "independent_samples": "no", "repeated_measures": "yes",
    "n_units": 12, "label_scope": "sample", "unit_kind": "other", "time_ordered": "yes",
    "spatial_structure": "no", "pretrained_available": "yes", "n_unlabeled": 20_000, "label_noise": "moderate",
}
# Missense pathogenicity from 2,400 ClinVar variants in 300 genes, 40 features (conservation, predictor scores).
VARIANTS: dict[str, Any] = {
    **BASE, "title": "Missense pathogenicity", "task": "classification", "project_kind": "build",
    "modality": "tabular", "n_classes": 2, "ordinal_labels": "no", "multi_label": "no", "n_samples": 2_400,
    "n_min_class": 600, "minority_fraction": 0.25, "independent_samples": "no", "repeated_measures": "no",
    "n_units": 300, "label_scope": "sample", "unit_kind": "other", "time_ordered": "no",
    "spatial_structure": "no", "genotype_data": "no", "paired_inputs": "no", "n_features": 40,
    "label_noise": "moderate", "interpretability": "high",
}
# IBD vs control from 600 stool 16S profiles sequenced in 12 runs (cases and controls not spread evenly).
MICROBIOME: dict[str, Any] = {
    **BASE, "title": "IBD 16S", "task": "classification", "project_kind": "build", "modality": "tabular",
    "n_classes": 2, "ordinal_labels": "no", "multi_label": "no", "n_samples": 600, "n_min_class": 240,
    "minority_fraction": 0.4, "multi_site": "yes", "time_ordered": "no", "spatial_structure": "no",
    "genotype_data": "no", "paired_inputs": "no", "n_features": 1_200, "human_subjects": "yes",
    "identifiable_data": "no", "clinical_use": "no", "compute": "laptop",
}
# Secondary analysis of a two-arm trial (800 patients, 6 sites): which patients benefit from the drug.
TRIAL: dict[str, Any] = {
    **BASE, "title": "Responders", "task": "classification", "goal": "causal", "project_kind": "build",
    "modality": "tabular", "n_classes": 2, "ordinal_labels": "no", "multi_label": "no", "n_samples": 800,
    "n_min_class": 280, "minority_fraction": 0.35, "time_ordered": "yes", "censored_outcome": "no",
    "spatial_structure": "no", "genotype_data": "no", "paired_inputs": "no", "n_features": 60, "multi_site": "yes",
    "human_subjects": "yes", "identifiable_data": "no", "clinical_use": "yes", "data_shareable": "no",
    "data_use_agreement": "yes",
}
# Active-learning screen: 6 rounds of 3,000 compounds from a 2M library, 2.5% hits.
ACTIVE: dict[str, Any] = {
    **BASE, "title": "AL screen", "task": "classification", "project_kind": "build", "modality": "molecule",
    "n_classes": 2, "ordinal_labels": "no", "multi_label": "no", "n_samples": 18_000, "n_min_class": 450,
    "minority_fraction": 0.025, "time_ordered": "yes", "censored_outcome": "no", "paired_inputs": "no",
    "related_sequences": "yes", "n_unlabeled": 2_000_000, "label_noise": "moderate",
}
# A linear probe on a single-cell foundation model's frozen embeddings: 40,000 cells of 20 donors, 3 states.
# (Reviewed first as "fine_tune", the nearest choice then: it was given network architectures and settings.)
PROBE: dict[str, Any] = {
    **BASE, "title": "Probe", "task": "classification", "project_kind": "probe", "modality": "tabular",
    "n_classes": 3, "ordinal_labels": "no", "multi_label": "no", "n_samples": 40_000, "n_min_class": 8_000,
    "minority_fraction": 0.2, "independent_samples": "no", "repeated_measures": "yes", "n_units": 20,
    "label_scope": "unit", "unit_kind": "donor", "time_ordered": "no", "spatial_structure": "no",
    "genotype_data": "no", "paired_inputs": "no", "pretrained_available": "yes", "human_subjects": "yes",
    "identifiable_data": "no", "clinical_use": "no", "compute": "laptop",
}
# Unusual morphologies among 10^7 cell images of a pooled CRISPR screen (1,200 plates, 3 sites), no labels.
# (Reviewed first as task "other", the only choice then: label noise was asked, and unknown cost 0.6 points.)
ANOMALY: dict[str, Any] = {
    **BASE, "title": "Odd phenotypes", "task": "anomaly", "project_kind": "build", "modality": "image",
    "n_samples": 10_000_000, "independent_samples": "no", "repeated_measures": "no", "n_units": 1_200,
    "unit_kind": "plate", "multi_site": "yes", "compute": "cluster", "expertise": "deep_learning",
    "label_noise": None,
}
# Cell-type proportions of 40,000 Visium spots (8 sections, 4 donors), trained on simulated pseudo-spots.
DECONVOLUTION: dict[str, Any] = {
    **BASE, "title": "Deconvolution", "task": "regression", "project_kind": "build", "modality": "tabular",
    "n_samples": 40_000, "independent_samples": "no", "repeated_measures": "yes", "n_units": 4,
    "label_scope": "sample", "unit_kind": "donor", "time_ordered": "no", "spatial_structure": "yes",
    "genotype_data": "no", "paired_inputs": "no", "simulated_labels": "yes", "label_noise": "moderate",
    "human_subjects": "yes", "identifiable_data": "no", "clinical_use": "no",
}
# Mouse pose from video: 400 labelled frames of 40 animals, a pretrained pose network fine-tuned.
POSE: dict[str, Any] = {
    **BASE, "title": "Mouse pose", "task": "regression", "project_kind": "fine_tune", "modality": "image",
    "n_samples": 400, "independent_samples": "no", "repeated_measures": "yes", "n_units": 40,
    "label_scope": "sample", "unit_kind": "animal", "time_ordered": "no", "spatial_structure": "no",
    "pretrained_available": "yes", "n_unlabeled": 500_000, "animal_subjects": "yes", "label_noise": "moderate",
}
# A DNA language model pre-trained (masked tokens) on 10^7 windows of 850 plant genomes, released for probes.
DNA_LM: dict[str, Any] = {
    **BASE, "title": "Plant DNA LM", "task": "self_supervised", "project_kind": "build",
    "modality": "dna_sequence", "n_samples": 10_000_000, "independent_samples": "no", "repeated_measures": "no",
    "n_units": 850, "unit_kind": "genome_or_strain", "related_sequences": "yes", "orientation_matters": "no",
    "compute": "cluster", "expertise": "deep_learning", "share_model": "yes",
}


def _text(a: Assessment, rid: str) -> str:
    return next(r.text for r in (*a.recommendations, *a.baselines, *a.metrics, *a.architectures,
                                 *a.hyperparameters) if r.id == rid)


def _reason(a: Assessment, factor: str) -> str:
    return next(r.text for r in a.reasons if r.factor == factor)


# ------------------------------------------- class 1: censored times scored as if they were observed
def test_a_censored_survival_time_gets_no_error_metrics_on_observed_times_and_a_kaplan_meier_floor() -> None:
    """60 patients' overall survival, some censored, was given RMSE, R² and Pearson/Spearman next to the
    concordance index, and a mean-time floor: each reads a censoring time as a death. The reviewer expects the
    survival metrics alone, the Kaplan-Meier curve as the floor and the regressors in their survival forms;
    a regression without censoring keeps its error metrics."""
    a = run(SURVIVAL)
    metrics = {m.id for m in a.metrics}
    assert "metric.survival" in metrics
    assert not metrics & {"metric.rmse-mae", "metric.r2", "metric.spearman"}
    floor = _text(a, "baseline.mean-predictor")
    assert "Kaplan-Meier" in floor and "survival forms" in floor and "our suggestion" in floor
    observed = run(SURVIVAL, censored_outcome="no")
    assert {"metric.rmse-mae", "metric.r2", "metric.spearman"} <= {m.id for m in observed.metrics}
    assert "Kaplan-Meier" not in _text(observed, "baseline.mean-predictor")


# ------------------------------------------- class 2: a fine-tuned generator told to fit a linear probe
def test_fine_tuning_a_generator_is_not_framed_as_beating_a_linear_probe() -> None:
    """A binder generator fine-tuned from a protein language model was told 'the question is whether updating
    its weights beats a simple model (logistic or ridge regression) on its frozen embeddings': a generator has
    no labels to fit one. The reviewer expects the comparison with the pretrained model used as it is and the
    task's simple method, with [77] for transfer learning; a labelled fine-tune keeps the probe framing."""
    a = run(DESIGN)
    assert a.framing == "fine_tune_unlabelled"
    text = _reason(a, "framing.fine_tune_unlabelled")
    assert "logistic or ridge" not in text and "used as it is" in text and "deeprules' suggestion" in text
    assert [r.number for r in next(r for r in a.reasons if r.factor.startswith("framing")).refs] == [77]
    assert "linear" not in a.verdict_title
    labelled = run(POSE)
    assert labelled.framing == "fine_tune" and "frozen embeddings" in _reason(labelled, "framing.fine_tune")


# ------------------------------------------- class 3: anomaly detection without labels had no task of its own
def test_anomaly_detection_is_a_task_without_labels_with_detectors_and_a_built_test() -> None:
    """Flagging unusual morphologies among 10^7 unlabelled cell images could only be answered as 'other': the
    user was asked how reliable labels they do not have are (unknown cost 0.6 points and stayed an open
    question), the size was measured against the two-class floor, and the plan had no metric for a detector.
    The reviewer expects a task of its own, sized by every example like the other tasks without labels, no
    label questions, classical detectors (on pretrained embeddings for images) and autoencoders, and a test
    built from the known anomalies with precision-recall for rare positives [96]."""
    a = run(ANOMALY)
    assert a.facts["unlabelled_task"] and not a.facts["labelled"]
    assert "1,000 examples" in _reason(a, "n_samples")
    assert not any(r.factor == "label_noise" for r in a.reasons)
    assert not any(q.id in ("label_noise", "time_ordered", "label_scope") for q in a.open_questions)
    detectors = _text(a, "baseline.anomaly-detectors")
    assert detectors.startswith("For anomaly") and "pretrained network" in detectors
    metric = next(m for m in a.metrics if m.id == "metric.anomaly")
    assert "known anomalies" in metric.text and "false-alarm rate" in metric.text
    assert [r.number for r in metric.refs] == [96]
    assert "reconstruction error" in _text(a, "arch.autoencoder")
    other = run(ANOMALY, task="other", label_noise="unknown", label_scope="sample", time_ordered="no",
                spatial_structure="no")
    assert _text(other, "baseline.anomaly-detectors").startswith("If the task is")
    assert "metric.anomaly" not in {m.id for m in other.metrics}
    assert "anomaly detection" in plan_of(ANOMALY).lower()


# ------------------------------------------- class 4: a linear probe on frozen embeddings had no project kind
def test_a_linear_probe_on_frozen_embeddings_is_compared_with_own_features_and_trains_no_network() -> None:
    """A logistic regression on a single-cell foundation model's frozen embeddings could only be answered as
    'fine_tune': the plan then told the user to fine-tune, gave MLP and transfer-learning architectures, and
    learning-rate, dropout and batch-norm settings, and never asked whether the embeddings beat the features
    the user already has. The reviewer expects the probe as the model, its baselines the same simple model on
    the user's own features and on a random-weights network's embeddings, no network advice, and no points
    for training hardware (nothing deep is trained); [77] for transfer learning."""
    a = run(PROBE)
    assert a.framing == "probe" and "own features" in a.verdict_title
    assert [r.number for r in next(r for r in a.reasons if r.factor == "framing.probe").refs] == [77]
    assert not any(r.factor in ("compute", "expertise") for r in a.reasons)
    baseline = _text(a, "baseline.frozen-embeddings")
    assert "This probe is your model" in baseline and "randomly initialised" in baseline
    assert [x.id for x in a.architectures] == ["arch.pretrained-probe"]
    hps = {h.id for h in a.hyperparameters}
    assert not hps & {"hpo.learning-rate", "hpo.dropout", "hpo.batch-norm", "hpo.capacity", "hpo.fine-tuning"}
    assert {"hpo.nested-cv", "hpo.equal-budget"} <= hps
    assert not {"T5.transfer-learning", "T5.mlp-for-unordered-features", "T3.start-small",
                "T1.compute-budget"} & ids(a)
    fine_tune = run(PROBE, project_kind="fine_tune")
    assert "hpo.learning-rate" in {h.id for h in fine_tune.hyperparameters}
    assert "Fine-tuning the whole network pays only" in _text(fine_tune, "baseline.frozen-embeddings")
    assert "The encoder and the model you fit" in plan_of(PROBE)


# ------------------------------------------- class 5: batches confounded with the classes
def test_a_leave_one_batch_out_split_first_checks_that_each_batch_holds_both_classes() -> None:
    """IBD and control stool samples sequenced on 12 runs got 'hold out whole sites or batches', but not the
    check a microbiome reviewer asks first: are cases and controls spread over the runs? When a run holds one
    class, no split separates disease from run, and a held-out run of one class has no ROC or PR curve. A
    regression over sites is not told about classes."""
    a = run(MICROBIOME)
    assert a.split is not None and a.split.id == "split.grouped-site"
    assert "only cases or only controls" in a.split.text and "our suggestion" in a.split.text
    assert [r.number for r in a.split.refs] == [99, 71, 91]
    regression = run(MICROBIOME, task="regression", n_classes=None, ordinal_labels=None, multi_label=None,
                     n_min_class=None, minority_fraction=None)
    assert regression.split is not None and "only cases" not in regression.split.text
