"""A PI's and an ML-methods reviewer's pass over the advice (session 4, w17d): each test is a class of wrong
or unsupported advice found on a realistic project, stated as what the reviewer expects and why (the tip and
the paper's reference, or deeprules' own reasoning where the paper is silent). The projects are in
/work/notes/w17d-projects/; the ones here are cut down to the answers that matter.
"""

from __future__ import annotations

from typing import Any

from deeprules.answers import Answers
from deeprules.engine import Assessment, assess
from deeprules.plan import render_plan

BASE: dict[str, Any] = {
    "title": "A project", "question": "Does it work?", "goal": "prediction", "interpretability": "medium",
    "label_noise": "low", "compute": "workstation_gpu", "expertise": "some_ml", "pretrained_available": "no",
    "independent_samples": "yes", "repeated_measures": "no", "multi_site": "no", "human_subjects": "no",
    "data_shareable": "yes", "share_model": "no", "animal_subjects": "no", "biosafety_concern": "no",
    "data_use_agreement": "no",
}
# Enhancer activity of 1-kb windows of the human reference genome, from public assays; weights released.
ENHANCERS = {**BASE, "title": "Enhancers", "task": "classification", "modality": "dna_sequence", "goal": "insight",
             "n_samples": 600_000, "n_classes": 2, "ordinal_labels": "no", "n_min_class": 30_000,
             "related_sequences": "yes", "orientation_matters": "no", "human_subjects": "yes",
             "identifiable_data": "no", "clinical_use": "no", "data_shareable": "yes", "share_model": "yes"}


def run(values: dict[str, Any], **changes: Any) -> Assessment:
    return assess(Answers({k: v for k, v in {**values, **changes}.items() if v is not None}))


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
        assert PRIVACY_ADVICE <= ids(run(ENHANCERS, **change)), change
