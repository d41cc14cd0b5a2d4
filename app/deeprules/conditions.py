"""`when` conditions and small text snippets, evaluated in a sandboxed Jinja2 environment.

Conditions are data (they live in the knowledge base), so they never reach `eval`: the sandbox allows
comparisons, boolean logic, `in`, tests such as `is none`, and nothing that touches the host.
Compiled expressions are cached, so `assess()` pays for each condition once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from .errors import KnowledgeError


@lru_cache(maxsize=1)
def _env() -> Any:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    return ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)


@lru_cache(maxsize=4096)
def _compiled_expression(expr: str) -> Any:
    from jinja2 import TemplateSyntaxError

    try:
        return _env().compile_expression(expr, undefined_to_none=False)
    except TemplateSyntaxError as exc:
        raise KnowledgeError(f"condition {expr!r} does not parse: {exc.message}") from None


@lru_cache(maxsize=4096)
def _compiled_template(text: str) -> Any:
    from jinja2 import TemplateSyntaxError

    try:
        return _env().from_string(text)
    except TemplateSyntaxError as exc:
        raise KnowledgeError(f"text {text[:40]!r}... does not parse: {exc.message}") from None


def names_in(expr: str, *, template: bool = False) -> set[str]:
    """The variable names an expression (or a text template) reads."""
    from jinja2 import meta

    source = expr if template else "{{ (" + expr + ") }}"
    return set(meta.find_undeclared_variables(_env().parse(source)))


def evaluate(expr: str | None, context: Mapping[str, Any]) -> bool:
    """True when `expr` holds. A missing condition always holds."""
    if expr is None or not str(expr).strip():
        return True
    try:
        return bool(_compiled_expression(str(expr))(**context))
    except KnowledgeError:
        raise
    except Exception as exc:  # an undefined name or a comparison with None: a knowledge-base bug
        raise KnowledgeError(f"condition {expr!r} failed: {exc}") from None


def render_text(text: str, context: Mapping[str, Any]) -> str:
    """Fill `{{ answer }}` placeholders in a knowledge-base text; plain text passes through unparsed."""
    if "{{" not in text and "{%" not in text:
        return text
    try:
        return str(_compiled_template(text).render(**context))
    except KnowledgeError:
        raise
    except Exception as exc:
        raise KnowledgeError(f"text {text[:40]!r}... failed to render: {exc}") from None


def check_names(expr: str, known: Iterable[str], where: str, *, template: bool = False) -> None:
    """Raise KnowledgeError when an expression reads a name that is neither an answer nor a fact."""
    try:
        unknown = names_in(expr, template=template) - set(known)
    except Exception as exc:
        raise KnowledgeError(f"{where}: {expr!r} does not parse: {exc}") from None
    if unknown:
        raise KnowledgeError(f"{where}: {expr!r} reads unknown name(s): {', '.join(sorted(unknown))}")
