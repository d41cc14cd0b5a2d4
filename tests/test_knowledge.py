"""The knowledge base is the product's brain: complete, consistent and cited."""

from __future__ import annotations

import re

from deeprules import conditions
from deeprules.knowledge import DERIVED_FACTS, load_knowledge


def test_all_ten_tips_with_recommendations_in_paper_order() -> None:
    kb = load_knowledge()
    assert [t.number for t in kb.tips] == list(range(1, 11))
    for tip in kb.tips:
        assert tip.summary and tip.title
        assert len(tip.recommendations) >= 3, f"tip {tip.number} has too few recommendations"


def test_recommendation_ids_are_stable_and_named_after_their_tip() -> None:
    kb = load_knowledge()
    for rec in kb.recommendations:
        assert re.fullmatch(rf"T{rec.tip}\.[a-z0-9]+(-[a-z0-9]+)*", rec.id), rec.id
    assert "T7.label-shuffle" in kb.recommendation_by_id


def test_every_cited_reference_exists_with_a_doi_or_url() -> None:
    kb = load_knowledge()
    assert len(kb.references) == 127
    assert kb.references[96].doi == "10.1371/journal.pone.0118432"  # precision-recall under imbalance
    for rec in kb.recommendations:
        for n in rec.refs:
            assert n in kb.references


def test_privacy_paragraph_of_tip_10_is_covered() -> None:
    """Tip 10's privacy advice: leakage by inversion/membership inference, and the privacy techniques."""
    kb = load_knowledge()
    cited = {n for r in kb.tip(10).recommendations for n in r.refs}
    assert {118, 119} <= cited, "model inversion and membership inference"
    assert {124} <= cited, "differential privacy"
    assert {121, 127} & cited, "homomorphic encryption or distributed learning"


def test_required_question_ids_and_values_exist() -> None:
    kb = load_knowledge()
    q = kb.question_by_id
    assert set(q["task"].values) == {"classification", "regression", "segmentation", "generation", "clustering",
                                     "reinforcement", "self_supervised", "anomaly", "other"}
    assert set(q["modality"].values) == {"tabular", "image", "dna_sequence", "protein_sequence", "molecule", "text",
                                         "time_series", "graph", "multimodal"}
    assert set(q["share_model"].values) == {"yes", "no", "undecided"}
    assert q["minority_fraction"].min == 0 and q["minority_fraction"].max == 0.5
    for yn in ("pretrained_available", "independent_samples", "multi_site", "related_sequences", "human_subjects",
               "identifiable_data"):
        assert set(q[yn].values) == {"yes", "no", "unknown"}
    for ident in ("title", "question", "goal", "n_samples", "n_min_class", "n_unlabeled", "label_noise", "compute",
                  "expertise", "interpretability"):
        assert ident in q


def test_conditions_read_only_known_names() -> None:
    kb = load_knowledge()
    names = set(kb.question_by_id) | set(DERIVED_FACTS)
    for rec in kb.recommendations:
        if rec.when:
            assert conditions.names_in(rec.when) <= names, rec.id


def test_examples_cover_the_papers_domains() -> None:
    kb = load_knowledge()
    assert {"microscopy", "expression", "clinical", "sequences", "molecules"} <= set(kb.examples)


def test_advice_is_not_copied_from_the_paper() -> None:
    """Facts carry over, sentences do not: no run of 12 words from the paper appears in our texts."""
    from pathlib import Path

    paper = Path(__file__).resolve().parents[2] / "shared" / "paper" / "ten-quick-tips-deep-learning-biology.txt"
    if not paper.exists():
        import pytest

        pytest.skip("the paper's text is not beside this checkout")
    words = re.findall(r"[a-z]+", paper.read_text(encoding="utf-8").lower())
    grams = {" ".join(words[i:i + 12]) for i in range(len(words) - 12)}
    kb = load_knowledge()
    for text in [r.text for r in kb.recommendations] + [t.summary for t in kb.tips]:
        ours = re.findall(r"[a-z]+", text.lower())
        for i in range(len(ours) - 12):
            assert " ".join(ours[i:i + 12]) not in grams, text[:80]


def test_deep_validation_parses_every_condition_and_text() -> None:
    from deeprules.knowledge import validate

    validate(load_knowledge(), deep=True)
