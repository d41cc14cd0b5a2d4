from __future__ import annotations

import pytest

from deeprules import conditions
from deeprules.errors import KnowledgeError


def test_expressions_over_answers() -> None:
    ctx = {"modality": "image", "n_samples": 800}
    assert conditions.evaluate('modality == "image" and n_samples < 1000', ctx)
    assert not conditions.evaluate('modality == "tabular"', ctx)
    assert conditions.evaluate(None, ctx)
    assert conditions.evaluate('modality in ["image", "text"]', ctx)


def test_sandbox_refuses_host_access() -> None:
    with pytest.raises(KnowledgeError):
        conditions.evaluate("n.__class__.__mro__[1].__subclasses__()", {"n": 1})


def test_unknown_name_is_a_knowledge_error() -> None:
    with pytest.raises(KnowledgeError, match="failed"):
        conditions.evaluate("nonexistent > 3", {})


def test_check_names_lists_unknown_names() -> None:
    with pytest.raises(KnowledgeError, match="n_sample"):
        conditions.check_names("n_sample > 3", {"n_samples"}, "test")


def test_render_text_fills_placeholders() -> None:
    assert conditions.render_text("{{ n }} samples", {"n": 120}) == "120 samples"
    assert conditions.render_text("plain", {}) == "plain"
