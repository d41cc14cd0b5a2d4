"""A PI's and an ML-methods reviewer's pass over the advice (session 4, w17d): each test is a class of wrong
or unsupported advice found on a realistic project, stated as what the reviewer expects and why (the tip and
the paper's reference, or deeprules' own reasoning where the paper is silent). The projects are in
/work/notes/w17d-projects/; the ones here are cut down to the answers that matter.
"""

from __future__ import annotations

from typing import Any

from deeprules.engine import Assessment
from deeprules.plan import render_plan
from test_advice import BASE, run  # the same base project and runner as the issue-12 scenarios

# Enhancer activity of 1-kb windows of the human reference genome, from public assays; weights released.
ENHANCERS = {**BASE, "title": "Enhancers", "task": "classification", "modality": "dna_sequence", "goal": "insight",
             "n_samples": 600_000, "n_classes": 2, "ordinal_labels": "no", "n_min_class": 30_000,
             "related_sequences": "yes", "orientation_matters": "no", "human_subjects": "yes",
             "identifiable_data": "no", "clinical_use": "no", "data_shareable": "yes", "share_model": "yes"}


def ids(a: Assessment) -> set[str]:
    return {x.id for x in (*a.recommendations, *a.baselines, *a.architectures, *a.metrics, *a.hyperparameters,
                           *a.ethics)}


# ------------------------------------------------------------------------------------ tip 10: model release
PRIVACY_ADVICE = {"T10.no-sensitive-model-release", "T10.privacy-preserving-training", "T10.memorising-models",
                  "model-leakage"}


def test_a_model_of_openly_shared_anonymous_data_is_not_treated_as_leaking_secrets() -> None:
    """Tip 10 forbids sharing models trained on data that cannot be shared (medical records, personal
    information [116-119]). Human data that the user deposits openly and that identify no one are no secret
    a model could leak: telling them to deposit the data (T4.share-data) and, in the same plan, not to
    publish the weights without differential privacy contradicts itself."""
    a = run(ENHANCERS)
    assert "T4.share-data" in ids(a)
    assert not PRIVACY_ADVICE & ids(a)
    assert "consent-scope" in ids(a)  # human data still need their approvals


def test_a_model_of_restricted_or_identifiable_human_data_keeps_the_privacy_route() -> None:
    for change in ({"data_shareable": "no"}, {"identifiable_data": "yes"}, {"identifiable_data": "unknown"},
                   {"data_shareable": "unknown"}):
        assert ids(run(ENHANCERS, **change)) >= PRIVACY_ADVICE, change


# ------------------------------------------------------------------------------------------ tip 1: the size
def _size_reason(a: Assessment) -> str:
    return next(r.text for r in a.reasons if r.factor == "n_samples")


def test_segmentation_counted_by_objects_still_says_how_many_images_there_are() -> None:
    """40 annotated light-sheet images with 6,000 outlined nuclei are scored like 240 images (objects count
    too); the reason must not tell the user they have 240 fully annotated images."""
    a = run({**BASE, "task": "segmentation", "modality": "image", "n_samples": 40, "n_annotated_objects": 6_000})
    text = _size_reason(a)
    assert text.startswith("40 fully annotated images with 6,000 outlined objects")
    assert "240 fully annotated images" not in text
    plain = _size_reason(run({**BASE, "task": "segmentation", "modality": "image", "n_samples": 40}))
    assert plain.startswith("40 fully annotated images is")


def test_image_augmentation_evidence_is_cited_only_for_images() -> None:
    """The paper's augmentation number (17% on 21,000 microalgae images [19]) is image evidence: a health
    record, a protein chain or a strand-specific guide has no label-preserving flip to add, so the size reason
    neither promises augmentation nor cites [19] for them."""
    for modality in ("tabular", "protein_sequence", "dna_sequence", "molecule", "time_series"):
        a = run({**BASE, "task": "regression", "modality": modality, "n_samples": 50_000})
        reason = next(r for r in a.reasons if r.factor == "n_samples")
        assert "augmentation" not in reason.text and 19 not in {ref.number for ref in reason.refs}, modality
    image = next(r for r in run({**BASE, "task": "regression", "modality": "image", "n_samples": 50_000}).reasons
                 if r.factor == "n_samples")
    assert "microalgae" in image.text and 19 in {ref.number for ref in image.refs}


def test_the_data_cap_says_it_is_deeprules_rule() -> None:
    """The cap has no reference in the paper: the reason says whose rule it is."""
    a = run({**BASE, "task": "classification", "modality": "image", "n_samples": 400, "n_classes": 2,
             "ordinal_labels": "no", "n_min_class": 200, "expertise": "deep_learning", "compute": "cluster"})
    cap = next(r for r in a.reasons if r.factor == "cap.data")
    assert "deeprules' own rule" in cap.text


# ------------------------------------------------------------------------------- tips 1 and 5: small data
def test_no_encoder_to_freeze_when_the_user_found_no_pretrained_model() -> None:
    """60 tumours, no pretrained model for these expression data ("No, nothing similar exists"): advice to
    "freeze a pretrained encoder" contradicts the answer; the network, if any, stays tiny."""
    rnaseq = {**BASE, "task": "classification", "modality": "tabular", "n_samples": 60, "n_classes": 2,
              "ordinal_labels": "no", "n_min_class": 22}
    picked = ids(run(rnaseq))
    assert "arch.small-data-no-pretrained" in picked and "arch.small-data-frozen" not in picked
    picked = ids(run(rnaseq, pretrained_available="yes"))
    assert "arch.small-data-frozen" in picked and "arch.small-data-no-pretrained" not in picked
    plan = render_plan(run(rnaseq))
    assert "freeze a pretrained encoder" not in plan


# ------------------------------------------------------------------------------------------- tip 9: framing
def test_care_decisions_are_not_blamed_for_labels_measured_on_sequences() -> None:
    """The pneumonia/asthma lesson (tip 9 [107, 108]) is about outcomes shaped by how patients were treated.
    Enhancer activity of genome windows, even from human cells and for insight, is not such an outcome; a
    patient table for insight still is."""
    assert "T9.care-confounding" not in ids(run(ENHANCERS))
    patients = {**BASE, "task": "classification", "modality": "tabular", "goal": "insight", "n_samples": 900,
                "n_classes": 2, "ordinal_labels": "no", "n_min_class": 300, "human_subjects": "yes",
                "identifiable_data": "no", "clinical_use": "no"}
    assert "T9.care-confounding" in ids(run(patients))


# ------------------------------------------------------------------------------------------- tip 7: splits
def test_genomic_windows_are_split_by_chromosome_and_sites_are_held_out() -> None:
    """Windows cut from one genome share repeats and neighbours: the split the plan names says to hold out
    whole chromosomes (and, for designed guides, whole target genes), not only to cluster by identity. With
    several sites, the site is held out too (tip 7 [99]), not merely checked."""
    split = run(ENHANCERS).split
    assert split is not None and split.id == "split.homology"
    assert "whole chromosomes" in split.text and "target gene" in split.text
    assert "entire site" not in split.text
    proteins = run({**BASE, "task": "classification", "modality": "protein_sequence", "n_samples": 9_000,
                    "n_classes": 2, "ordinal_labels": "no", "n_min_class": 3_000, "related_sequences": "yes"})
    assert proteins.split is not None and "chromosome" not in proteins.split.text
    crispr = run({**BASE, "task": "regression", "modality": "dna_sequence", "n_samples": 40_000,
                  "related_sequences": "yes", "orientation_matters": "yes", "multi_site": "yes"})
    assert crispr.split is not None and "entire site" in crispr.split.text
    assert 99 in {r.number for r in crispr.split.refs}


# -------------------------------------------------------------------------------- tips 1 and 5: multimodal
MULTI_OMICS = {**BASE, "title": "Subtypes", "task": "clustering", "modality": "multimodal", "goal": "insight",
               "n_samples": 150, "multimodal_parts": "tables"}
IMAGE_ADVICE = {"T5.cnn-for-images", "T5.imagenet-pretraining", "T5.transformers-need-data", "arch.mil",
                "baseline.mil-pooled-features"}


def test_several_omics_tables_are_not_given_image_or_transformer_advice() -> None:
    """Five omics tables from 150 tumours are 'several data types combined', but none is an image or a
    sequence: no ImageNet fine-tuning, no transformer, no bonus for structure the data lack (tip 5: the data's
    structure decides the architecture); tip 1 scores them as the tabular data they are [51, 52, 54], and
    the baselines include fitting each table alone and a joint factor model."""
    a = run(MULTI_OMICS)
    assert not IMAGE_ADVICE & ids(a)
    modality = next(r for r in a.reasons if r.factor == "modality")
    assert modality.points < 0 and "tabular" in modality.text
    assert "baseline.multiomics-factors" in ids(a)
    assert "MOFA" in render_plan(a)
    supervised = run(MULTI_OMICS, task="classification", n_classes=2, ordinal_labels="no", n_min_class=5_000,
                     n_samples=20_000, compute="cluster", expertise="deep_learning", pretrained_available="yes")
    assert supervised.verdict == "baselines_first"  # the tabular cap holds for tables, whatever else


def test_multimodal_with_images_or_unsaid_parts_keeps_the_image_advice() -> None:
    for parts in ("images", "images_and_sequences", None):
        a = run(MULTI_OMICS, multimodal_parts=parts)
        assert {"T5.cnn-for-images", "T5.imagenet-pretraining"} <= ids(a), parts
        assert next(r for r in a.reasons if r.factor == "modality").points > 0, parts


def test_strand_and_homology_questions_are_asked_only_when_sequences_may_be_combined() -> None:
    """Omics tables have no strand and no homologues: those questions are not put to the user (they come
    back as open questions when they are asked and not answered)."""
    def open_ids(**values: Any) -> set[str]:
        return {q.id for q in run(MULTI_OMICS, **values).open_questions}

    sequence_questions = {"orientation_matters", "related_sequences"}
    assert not sequence_questions & open_ids()
    assert sequence_questions <= open_ids(multimodal_parts="sequences")
    assert sequence_questions <= open_ids(multimodal_parts=None)
    assert "multimodal_parts" in open_ids(multimodal_parts=None)


# ------------------------------------------------------------------------------------ the plan's data table
def test_the_plan_names_what_the_project_counts() -> None:
    """A clustering project has no labels, a segmentation project counts annotated images and objects: the
    plan's table (and the card's training data) must not call them labelled examples."""
    plan = render_plan(run(MULTI_OMICS))
    assert "| Examples (no labels) | 150 |" in plan and "Labelled examples" not in plan
    assert "| Data | Several kinds combined: Only tables of measurements" in plan
    seg = render_plan(run({**BASE, "task": "segmentation", "modality": "image", "n_samples": 40,
                           "n_annotated_objects": 6_000}))
    assert "| Fully annotated images | 40 (6,000 outlined objects) |" in seg
    cls = render_plan(run({**BASE, "task": "classification", "modality": "tabular", "n_samples": 60,
                           "n_classes": 2, "ordinal_labels": "no", "n_min_class": 22}))
    assert "| Labelled examples | 60 (smallest class 22" in cls


# ------------------------------------------------------------------------- tips 4 and 9: is it prediction?
def test_a_small_insight_question_is_pointed_to_a_statistical_model() -> None:
    """Six knockout and six wild-type livers, 'which genes change?': traditional ML is the right verdict,
    but the plan should also say that a group comparison (limma, DESeq2) or a mixed model answers an effect
    question directly; a cross-validated classifier is a different question (tips 4 and 9; our advice)."""
    mice = {**BASE, "task": "other", "modality": "tabular", "goal": "insight", "n_samples": 12,
            "compute": "laptop", "animal_subjects": "yes"}
    a = run(mice)
    assert a.verdict == "traditional_ml"
    rec = next(r for r in a.recommendations if r.id == "T4.statistics-for-effects")
    assert "DESeq2" in rec.text and "12 independent samples" in rec.text and "deeprules' own advice" in rec.text
    assert "T4.statistics-for-effects" not in ids(run(mice, goal="prediction"))
    assert "T4.statistics-for-effects" not in ids(run(ENHANCERS))  # 600,000 windows: prediction at scale


def test_unsupervised_projects_are_not_warned_about_test_set_accuracy() -> None:
    """[21] is about accuracy misestimated on small test sets; subtype discovery in 150 tumours has no test
    accuracy, so neither the size reason nor T1.small-test-sets brings it up (cluster stability does)."""
    a = run(MULTI_OMICS)
    size = next(r for r in a.reasons if r.factor == "n_samples")
    assert "accuracy" not in size.text and 21 not in {ref.number for ref in size.refs}
    assert "T1.small-test-sets" not in ids(a) and "metric.cluster-stability" in ids(a)
    labelled = run(MULTI_OMICS, task="classification", n_classes=2, ordinal_labels="no", n_min_class=60)
    assert "T1.small-test-sets" in ids(labelled)
    assert "accuracy" in next(r for r in labelled.reasons if r.factor == "n_samples").text


def test_many_patients_are_not_scored_one_by_one_and_counts_are_readable() -> None:
    """Readmission for 200,000 patients at several hospitals: 'report the score per patient' is meaningless
    at that scale (a patient has a handful of admissions); per site it is. Numbers carry thousands separators."""
    ehr = {**BASE, "task": "classification", "modality": "tabular", "n_samples": 450_000, "n_classes": 2,
           "ordinal_labels": "no", "n_min_class": 54_000, "independent_samples": "no", "repeated_measures": "yes",
           "n_units": 200_000, "unit_kind": "patient", "multi_site": "yes", "human_subjects": "yes",
           "identifiable_data": "yes", "clinical_use": "yes", "data_shareable": "no"}
    a = run(ehr)
    assert a.split is not None and a.split.id == "split.grouped-unit-and-site"
    assert "per patient" not in a.split.text and "per site" in a.split.text
    assert "(from 200,000 units)" in next(r.text for r in a.recommendations if r.id == "T4.replicates-and-repeats")
    few = run(ehr, n_units=12, n_samples=300, n_min_class=100)
    assert few.split is not None and "for each patient" in few.split.text


def test_protein_function_is_compared_with_annotation_transfer_from_homologues() -> None:
    """The reference point a protein-function reviewer asks for first: the label of the closest training
    homologue (BLAST/DIAMOND), with scores by identity to training, since related sequences flatter a model
    (tip 7 [100]; the baseline is our suggestion)."""
    a = run({**BASE, "task": "classification", "modality": "protein_sequence", "n_samples": 25_000,
             "n_classes": 7, "ordinal_labels": "no", "n_min_class": 900, "related_sequences": "yes",
             "pretrained_available": "yes"})
    b = next(b for b in a.baselines if b.id == "baseline.homology-transfer")
    assert "DIAMOND" in b.text and "under 30%" in b.text and "majority class" in b.text
    assert "baseline.homology-transfer" not in ids(run(ENHANCERS))


def test_a_model_for_care_is_also_tested_on_a_later_period() -> None:
    """30-day readmission will be predicted for future admissions: a temporal hold-out is the test a clinical
    reviewer asks for, beside the grouped split (our advice; the paper asks for truly independent data)."""
    ehr = {**BASE, "task": "classification", "modality": "tabular", "n_samples": 450_000, "n_classes": 2,
           "ordinal_labels": "no", "n_min_class": 54_000, "independent_samples": "no", "repeated_measures": "yes",
           "n_units": 200_000, "unit_kind": "patient", "human_subjects": "yes", "identifiable_data": "yes",
           "clinical_use": "yes", "data_shareable": "no"}
    rec = next(r for r in run(ehr).recommendations if r.id == "T7.temporal-validation")
    assert "most recent period" in rec.text and "each patient on one side" in rec.text
    assert "T7.temporal-validation" not in ids(run(ehr, clinical_use="no"))


def test_the_effective_sample_size_says_it_is_deeprules_estimate() -> None:
    """The design-effect discount (one assumed similarity for every kind of data) is not from the paper; a
    single-cell reviewer told that a million cells are 'worth about 1,797' must see whose estimate it is."""
    atlas = {**BASE, "task": "classification", "modality": "tabular", "n_samples": 1_000_000, "n_classes": 45,
             "ordinal_labels": "no", "n_min_class": 400, "independent_samples": "no", "repeated_measures": "yes",
             "n_units": 180, "unit_kind": "donor"}
    size = next(r for r in run(atlas).reasons if r.factor == "n_samples")
    assert "worth about" in size.text and "deeprules' rough estimate" in size.text


# ------------------------------------------------------------------------------------------- a new user
def test_the_answers_template_keeps_every_choice_label_in_one_column() -> None:
    """`deeprules questions --template`: a value longer than the padding (images_and_sequences) pushed its
    label out of the column a new user scans."""
    from conftest import invoke

    r: Any = invoke("questions", "--template")
    assert r.exit_code == 0
    blocks = r.stdout.split("# one of:\n")[1:]
    for block in blocks:
        rows = [line for line in block.splitlines() if line.startswith("#   ")]
        starts = {len(line) - len(line[4:].split(" ", 1)[1].lstrip()) for line in rows}
        assert len(starts) == 1, rows


def test_start_from_a_pretrained_model_is_not_the_advice_after_the_user_found_none() -> None:
    """'Start from a pretrained model' after the answer 'No, nothing similar exists' for expression tables
    ignores the answer; for images it still holds, since ImageNet features help even on different images
    (tip 5 [78, 79])."""
    rnaseq = {**BASE, "task": "classification", "modality": "tabular", "n_samples": 60, "n_classes": 2,
              "ordinal_labels": "no", "n_min_class": 22}
    assert "T5.transfer-learning" not in ids(run(rnaseq))
    assert "T5.transfer-learning" in ids(run(rnaseq, pretrained_available="unknown"))
    assert "T5.transfer-learning" in ids(run(rnaseq, modality="image"))


def test_unlabelled_examples_are_not_discounted_to_a_few_hundred_by_their_plates() -> None:
    """Clustering 200,000 cell images from 40 plates: the design-effect discount (made for labels, which
    repeat across a unit's samples) called them 'worth about 399' and 'under 1,000 examples'. Without labels
    every image is an example of the distribution; few plates are scored by the units part, and batches by
    the split and the batch-effect advice."""
    cells = {**BASE, "task": "clustering", "modality": "image", "n_samples": 200_000,
             "independent_samples": "no", "repeated_measures": "no", "n_units": 40, "unit_kind": "plate"}
    a = run(cells)
    size = next(r for r in a.reasons if r.factor == "n_samples")
    assert size.text.startswith("200,000 examples is") and size.points > 0
    few_plates = run(cells, n_units=5)
    assert next(r for r in few_plates.reasons if r.factor == "n_units").points < 0
    t4 = next(r.text for r in a.recommendations if r.id == "T4.replicates-and-repeats")
    assert "For statistics that compare units or conditions" in t4  # no contradiction with the size reason
    labelled = run(cells, task="classification", n_classes=2, ordinal_labels="no", n_min_class=100_000)
    assert "worth about" in next(r for r in labelled.reasons if r.factor == "n_samples").text


def test_a_traditional_verdict_frames_the_network_search_as_optional() -> None:
    """Twelve mice, traditional_ml: a plan that lists learning rates, batch sizes and dropout with no word
    that they only matter if a network is tried reads as if a network were the plan."""
    mice = {**BASE, "task": "other", "modality": "tabular", "goal": "insight", "n_samples": 12, "compute": "laptop"}
    plan = render_plan(run(mice))
    tip6 = plan[plan.index("**Hyperparameter search plan:**"):]
    assert tip6.index("the search that matters is the baselines'") < tip6.index("Learning rate")
    big = render_plan(run(ENHANCERS))
    assert "the search that matters is the baselines'" not in big


def test_where_to_look_for_a_pretrained_model_fits_the_data() -> None:
    """'ImageNet for images, Kipoi for genomics, Hugging Face for text' tells a wearable or protein project
    little: name the hub for the data at hand, and say so honestly where the paper names none."""
    def unknown_text(modality: str) -> str:
        a = run({**BASE, "task": "regression", "modality": modality, "n_samples": 5_000,
                 "pretrained_available": "unknown"})
        return next(r.text for r in a.reasons if r.factor == "pretrained_available")

    assert "ESM" in unknown_text("protein_sequence") and "Kipoi" not in unknown_text("protein_sequence")
    assert "Kipoi" in unknown_text("dna_sequence") and "ImageNet" in unknown_text("image")
    assert "public data of the same kind" in unknown_text("time_series")
