"""The sixth advice review (w25e): the classes the fifth review left open, as a PI and an ML-methods reviewer
read them. Each test names what the old advice got wrong; the projects are cut down from
/work/notes/w23e-projects/ and /work/notes/w25e-projects/.
"""

from __future__ import annotations

from typing import Any

from deeprules.engine import Assessment
from test_advice import BASE, plan_of, run
from test_advice_review import ids

# Integrating 2.1 million cells of a perturbation atlas across donors and sites (self-supervised, tables).
ATLAS: dict[str, Any] = {
    **BASE, "title": "Atlas", "task": "self_supervised", "modality": "tabular", "n_samples": 2_100_000,
    "independent_samples": "no", "repeated_measures": "yes", "n_units": 40, "unit_kind": "donor",
    "compute": "cluster", "expertise": "deep_learning",
}
# A generator of RNA aptamers trained on 50,000 sequences from 8 SELEX rounds.
APTAMERS: dict[str, Any] = {
    **BASE, "title": "Aptamers", "task": "generation", "modality": "dna_sequence", "n_samples": 50_000,
    "independent_samples": "no", "repeated_measures": "no", "n_units": 8, "unit_kind": "other",
    "related_sequences": "yes", "orientation_matters": "yes",
}
# Maximum growth rate of 300 strains in 5 media from the first 6 h of an OD600 curve.
GROWTH: dict[str, Any] = {
    **BASE, "title": "Growth", "task": "regression", "modality": "time_series", "n_samples": 1_500,
    "independent_samples": "no", "repeated_measures": "yes", "n_units": 300, "unit_kind": "genome_or_strain",
    "label_scope": "sample", "time_ordered": "no", "paired_inputs": "yes",
}
# Synergy of 12,000 drug pairs across 60 cell lines (drug features and expression per cell line).
COMBINATIONS: dict[str, Any] = {
    **BASE, "title": "Synergy", "task": "regression", "modality": "multimodal", "multimodal_parts": "tables",
    "n_samples": 300_000, "time_ordered": "no", "paired_inputs": "yes", "spatial_structure": "no",
    "genotype_data": "no",
}
# Colorectal cancer vs control from species relative abundances of 2,500 stool metagenomes.
METAGENOME: dict[str, Any] = {
    **BASE, "title": "Gut species", "task": "classification", "modality": "tabular", "n_classes": 2,
    "ordinal_labels": "no", "multi_label": "no", "n_samples": 2_500, "n_min_class": 1_100,
    "minority_fraction": 0.44, "time_ordered": "no", "paired_inputs": "no", "spatial_structure": "no",
    "genotype_data": "no", "multi_site": "yes",
}
# Enzyme engineering: three rounds of 96 variants, each round chosen by the previous model.
ROUNDS: dict[str, Any] = {
    **BASE, "title": "Enzyme rounds", "task": "regression", "project_kind": "fine_tune",
    "modality": "protein_sequence", "n_samples": 288, "time_ordered": "yes", "paired_inputs": "no",
    "related_sequences": "yes",
}


def _text(a: Assessment, rid: str) -> str:
    return next(r.text for r in (*a.recommendations, *a.baselines, *a.metrics, *a.architectures,
                                 *a.hyperparameters) if r.id == rid)


def _reason(a: Assessment, factor: str) -> str:
    return next(r.text for r in a.reasons if r.factor == factor)


# ------------------------------------------- class 1: supervised evidence shown for a task without labels
def test_a_self_supervised_integration_of_tables_is_not_told_what_classifiers_did_on_clinical_tables() -> None:
    """The atlas integration was told 'tuned logistic regression and random forests matched deep networks'
    and shown T1.simple-models-on-clinical-data: claims about supervised predictors, for a task with no labels
    to predict. The reviewer expects the tip 1 reason to say what the cited studies compared and what the
    comparison is without labels; the points, and so the verdict, stay as they were."""
    a = run(ATLAS)
    labelled = run(METAGENOME)
    text = _reason(a, "modality")
    assert "logistic regression and random forests matched" not in text
    assert "without labels" in text and "PCA or factor models" in text
    assert "logistic regression and random forests matched" in _reason(labelled, "modality")
    points = {r.factor: r.points for r in a.reasons}
    assert points["modality"] == next(r.points for r in labelled.reasons if r.factor == "modality")
    assert "T1.simple-models-on-clinical-data" not in ids(a)
    assert "T1.simple-models-on-clinical-data" in ids(labelled)


def test_a_generator_with_few_units_is_not_told_to_score_a_test_set_on_a_new_unit() -> None:
    """'Only 8 independent units: a test set holds a handful of them, so its estimate of performance on a new
    unit is uncertain. Split by unit.' was shown to a generator of aptamers, which has no test score on a unit:
    its designs are judged by making and measuring them. A labelled task keeps the old sentence."""
    text = _reason(run(APTAMERS), "n_units")
    assert "estimate of performance" not in text and "Split by" not in text
    assert "making and measuring them" in text
    assert "Split by unit" in _reason(run({**APTAMERS, "task": "regression"}), "n_units")


# ------------------------------------------- class 2: the field has its own non-learned model: name it
def test_growth_curves_are_given_the_curve_fit_their_field_uses_as_the_floor() -> None:
    """Growth rate from early OD curves got tsfresh features and the published-method rerun, never the
    logistic or Gompertz fit every microbiologist would try first. A microscopy project is not told about
    growth curves or drug synergy: it gets the general sentence."""
    assert "Gompertz" in _text(run(GROWTH), "baseline.published")
    assert "Bliss" not in _text(run(GROWTH), "baseline.published")
    images = _text(run({**BASE, "task": "segmentation", "modality": "image", "n_samples": 40}), "baseline.published")
    assert "Gompertz" not in images and "Bliss" not in images and "mechanistic or kinetic model" in images
    assert "field's own model" in plan_of(GROWTH)


def test_drug_combinations_are_given_the_single_agent_expectation_as_the_floor() -> None:
    """A synergy model across 12,000 drug pairs was never told about the expectation from the single agents
    (Bliss independence, Loewe additivity) or that a synergy score is already the deviation from it."""
    text = _text(run(COMBINATIONS), "baseline.published")
    assert "Bliss independence" in text and "Loewe additivity" in text
    assert "already a synergy or interaction score" in text
    assert "Bliss" not in _text(run(COMBINATIONS, paired_inputs="no"), "baseline.published")


# ------------------------------------------- class 3: features that are shares of a total
def test_relative_abundances_are_told_to_use_log_ratios() -> None:
    """2,500 metagenomes of species relative abundances got leave-one-study-out but no word on
    compositional data: raw proportions give spurious correlations. Images and sequences are not told."""
    text = _text(run(METAGENOME), "T5.compositional-data")
    assert "centred log-ratio" in text and "ANCOM-BC" in text and "our suggestion" in text
    assert "T5.compositional-data" not in ids(run({**BASE, "task": "segmentation", "modality": "image",
                                                  "n_samples": 40}))
    assert "log-ratios, not raw proportions" in plan_of(METAGENOME)


# ------------------------------------------- class 4: later samples chosen by an earlier model
def test_design_rounds_chosen_by_the_last_model_get_next_round_tests_and_an_acquisition_baseline() -> None:
    """Enzyme variants chosen round by round by the previous model: the old plan had a temporal split but no
    word on the bias such choice builds in, on exploration, or on Bayesian optimisation as the baseline. A
    generator gets it too; records of patients ordered in time (no model chose them) do not."""
    text = _text(run(ROUNDS), "T7.model-chosen-samples")
    assert "predict the next one" in text and "Bayesian-optimisation baseline" in text
    assert "random choice the floor" in text and "deeprules' own advice" in text
    assert "T7.model-chosen-samples" in ids(run(APTAMERS))
    clinical = run({**ROUNDS, "modality": "tabular", "project_kind": "build", "human_subjects": "yes",
                    "identifiable_data": "no", "clinical_use": "no", "related_sequences": None})
    assert "T7.model-chosen-samples" not in ids(clinical)


# =========================================================================== classes from the 12 new projects
# Ciprofloxacin resistance of 4,000 Klebsiella isolates from 150 lineages, gene/unitig content per genome.
AMR: dict[str, Any] = {
    **BASE, "title": "AMR", "task": "classification", "modality": "dna_sequence", "n_classes": 2,
    "ordinal_labels": "no", "multi_label": "no", "n_samples": 4_000, "n_min_class": 1_200, "minority_fraction": 0.3,
    "independent_samples": "no", "repeated_measures": "no", "n_units": 150, "label_scope": "sample",
    "unit_kind": "genome_or_strain", "time_ordered": "no", "genotype_data": "yes", "paired_inputs": "no",
    "related_sequences": "yes", "orientation_matters": "no", "interpretability": "high",
}
# Preterm birth from 1,200 vaginal microbiome samples of 300 pregnancies (12% preterm), one label per pregnancy.
PRETERM: dict[str, Any] = {
    **METAGENOME, "title": "Preterm", "n_samples": 1_200, "n_min_class": 144, "minority_fraction": 0.12,
    "independent_samples": "no", "repeated_measures": "yes", "n_units": 300, "label_scope": "unit",
    "unit_kind": "patient", "multi_site": "no",
}


def test_per_individual_genotypes_are_scored_as_a_table_even_when_called_dna_sequence() -> None:
    """Genotypes of 4,000 bacterial isolates answered as 'DNA sequence' got +0.5 for 'sequential structure,
    where deep learning made its clearest gains' and a 'deep learning fits' verdict, while the plan's own
    genotype baseline says non-linear models have added little. Genotype rows are tables of allele counts:
    the reason says so, the tabular-style cap holds the verdict at 'start with tuned baselines'."""
    a = run(AMR)
    assert run(AMR, genotype_data="no").verdict == "deep_learning"
    assert a.verdict == "baselines_first"
    text = _reason(a, "modality")
    assert "table of allele counts" in text and "clearest gains" not in text
    biobank = run(AMR, n_samples=400_000, n_min_class=120_000, n_units=40_000, interpretability="low",
                  compute="cluster", expertise="deep_learning")
    assert biobank.verdict == "baselines_first" and any(r.factor == "cap.genotypes" for r in biobank.reasons)


def test_microbial_genotypes_get_lineage_splits_and_resistance_catalogues_not_kinship_and_age() -> None:
    """The same isolates were told to fit age, sex and genetic principal components and to estimate kinship
    with KING: advice for human cohorts. Clonal genomes split by lineage and are compared with catalogues of
    known determinants. A human cohort keeps the kinship advice."""
    a = run(AMR)
    baseline = _text(a, "baseline.polygenic-score")
    assert "age, sex" not in baseline and "AMRFinderPlus" in baseline and "lineage" in baseline
    split = _text(a, "T7.relatedness-and-ancestry")
    assert "KING" not in split and "PopPUNK" in split
    human = run({**AMR, "modality": "tabular", "unit_kind": "other", "spatial_structure": "no",
                 "related_sequences": None, "orientation_matters": None})
    assert "KING" in _text(human, "T7.relatedness-and-ancestry")
    assert "age, sex" in _text(human, "baseline.polygenic-score")


def test_the_smallest_class_of_a_whole_unit_label_counts_only_its_own_units() -> None:
    """144 samples of the preterm class come from 36 pregnancies, not from all 300; tip 1 said the class was
    '144 labelled examples ... at the paper's floor', treating each sample as independent. Labels that vary
    within a unit (sample scope) keep all units."""
    a = run(PRETERM)
    text = _reason(a, "n_samples")
    assert "worth about 36 independent ones" in text and "about 36 of the 300 patients" in text
    assert a.facts["per_class"] == 36
    assert run(PRETERM, label_scope="sample").facts["per_class"] == 144


def test_forecasts_are_given_persistence_and_seasonal_floors() -> None:
    """Weekly dengue cases forecast 4 weeks ahead got a mean predictor and random forests, never the
    persistence and seasonal-naive forecasts every forecaster compares with; a regression without a time
    order is not told about them."""
    dengue = {**BASE, "task": "regression", "modality": "tabular", "n_samples": 104_000, "time_ordered": "yes",
              "censored_outcome": "no", "spatial_structure": "yes", "genotype_data": "no", "paired_inputs": "no"}
    text = _text(run(dengue), "baseline.mean-predictor")
    assert "persistence" in text and "seasonal naive" in text and "MASE" in text
    assert "persistence" not in _text(run(dengue, time_ordered="no", censored_outcome=None),
                                      "baseline.mean-predictor")


def test_a_task_of_flagging_unusual_samples_gets_outlier_detectors_and_a_way_to_judge_them() -> None:
    """Faulty cytometry runs with no labels ('other' task) had one baseline: rerun a published method. The
    reviewer expects isolation forest, robust distances and a judgement on the few known bad runs."""
    qc = {**BASE, "task": "other", "modality": "tabular", "n_samples": 20_000, "time_ordered": "yes",
          "spatial_structure": "no", "genotype_data": "no"}
    text = _text(run(qc), "baseline.anomaly-detectors")
    assert "isolation forest" in text and "MinCovDet" in text and "known anomalies" in text
    assert "baseline.anomaly-detectors" not in ids(run(METAGENOME))


def test_labels_from_a_proxy_assay_get_a_gold_standard_subset() -> None:
    """Live/dead from brightfield, labelled by a dye threshold, was told only that 'labels have some errors'
    and naive Bayes copes with noise. The reviewer expects the proxy's own agreement with a better method as
    the ceiling and the model scored against that subset; clean labels are not told."""
    cells = {**BASE, "task": "classification", "modality": "image", "n_classes": 2, "ordinal_labels": "no",
             "multi_label": "no", "n_samples": 50_000, "n_min_class": 12_500, "minority_fraction": 0.25,
             "label_noise": "moderate", "time_ordered": "no", "spatial_structure": "no", "paired_inputs": "no"}
    text = _text(run(cells), "T4.proxy-labels")
    assert "is the ceiling" in text and "the model predicts the proxy" in text
    assert "T4.proxy-labels" not in ids(run(cells, label_noise="low"))


def test_when_what_the_model_learned_is_the_result_explanations_get_the_checks_of_a_finding() -> None:
    """A BPNet-style motif-syntax study (goal: insight) got generic attribution advice. The reviewer expects
    recurrence across seeds, motif summaries and in-silico insertions, planted-rule checks and experiments."""
    motifs = {**BASE, "task": "regression", "goal": "insight", "interpretability": "high",
              "modality": "dna_sequence", "n_samples": 150_000, "time_ordered": "no", "genotype_data": "no",
              "paired_inputs": "no", "related_sequences": "yes", "orientation_matters": "no"}
    a = run(motifs)
    text = _text(a, "T8.model-as-result")
    assert "TF-MoDISco" in text and "recur" in text and "planted rules" in text
    assert [r.number for r in next(r for r in a.recommendations if r.id == "T8.model-as-result").refs] == [101]
    assert "T8.model-as-result" not in ids(run(motifs, goal="prediction"))


def test_spatial_omics_segmentation_gets_nucleus_expansion_and_transcript_based_baselines() -> None:
    """Cell segmentation from DAPI plus transcripts got Otsu and watershed only, and advice for tables
    (compositional data, MLPs for unordered features) although no table is modelled."""
    seg = {**BASE, "task": "segmentation", "modality": "multimodal", "multimodal_parts": "images",
           "n_samples": 40, "time_ordered": "no", "spatial_structure": "yes", "genotype_data": "no"}
    a = run(seg)
    text = _text(a, "baseline.classic-segmentation")
    assert "Baysor" in text and "expansion of each nucleus" in text
    assert "T5.compositional-data" not in ids(a)
    assert "Baysor" not in _text(run({**seg, "modality": "image", "multimodal_parts": None}),
                                 "baseline.classic-segmentation")
