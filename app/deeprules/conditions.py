"""`when` conditions and small text snippets, evaluated in a sandboxed Jinja2 environment.

Conditions are data (they live in the knowledge base), so they never reach `eval`: the sandbox allows
comparisons, boolean logic, `in`, tests such as `is none`, and nothing that touches the host.
Compiled expressions are cached, so `assess()` pays for each condition once per process.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
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


_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def render_unanswered(text: str, unanswered: Mapping[str, Any]) -> str:
    """A knowledge-base text as a project with nothing answered reads it (`unanswered`: the context of empty
    answers), for listings such as `deeprules tips`: the template's own branch for unanswered questions, and
    N where an answer would fill in a number."""
    names = {m.group(1) for m in _PLACEHOLDER.finditer(text)}
    return render_text(text, {**unanswered, **{n: "N" for n in names if unanswered.get(n) is None}})


def render_text(text: str, context: Mapping[str, Any]) -> str:
    """Fill `{{ answer }}` placeholders in a knowledge-base text; plain text passes through unparsed."""
    if "{{" not in text and "{%" not in text:
        return text
    if "{%" not in text and "{{" not in _PLACEHOLDER.sub("", text):
        # Only bare names: substitute them as Jinja would (str() of the value) without compiling a
        # template, which costs ~2 ms per text on first use.
        try:
            return _PLACEHOLDER.sub(lambda m: str(context[m.group(1)]), text)
        except KeyError as exc:
            raise KnowledgeError(f"text {text[:40]!r}... failed to render: {exc.args[0]!r} is undefined") from None
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


class ConditionSet:
    """Many conditions compiled into ONE expression that yields all their truth values at once.

    Compiling ~100 small Jinja expressions one by one costs ~0.25 s; one combined expression costs a fifth of
    that, and its generated Python is cached on disk (keyed by the expressions and the Jinja version), so a
    warm `assess` pays a few milliseconds. On any error the conditions are re-run one by one, so the message
    names the condition at fault.
    """

    def __init__(self, expressions: Iterable[str | None]) -> None:
        self.expressions: tuple[str, ...] = tuple(dict.fromkeys(str(e) for e in expressions if e and str(e).strip()))

    def evaluate_all(self, context: Mapping[str, Any]) -> dict[str, bool]:
        if not self.expressions:
            return {}
        try:
            values = _compiled_set(self.expressions)(**context)
        except Exception:
            return {e: evaluate(e, context) for e in self.expressions}
        return dict(zip(self.expressions, (bool(v) for v in values), strict=True))


@lru_cache(maxsize=4)
def _compiled_set(expressions: tuple[str, ...]) -> Any:
    import jinja2
    from jinja2.environment import TemplateExpression

    env = _env()
    source = "{% set result = [" + ", ".join(f"({e})" for e in expressions) + "] %}"
    key = hashlib.sha256((jinja2.__version__ + "\0" + source).encode()).hexdigest()[:16]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "deeprules" / f"conditions-{key}.py"
    try:
        python_source = cache.read_text(encoding="utf-8")
    except OSError:
        python_source = str(env.compile(source, raw=True))
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(python_source, encoding="utf-8")
            os.replace(tmp, cache)
        except OSError:
            pass
    code = compile(python_source, "<deeprules conditions>", "exec")
    template = env.template_class.from_code(env, code, env.make_globals(None))
    return TemplateExpression(template, undefined_to_none=False)


def holds(truth: Mapping[str, bool], expr: str | None) -> bool:
    """Look up a condition in the result of ConditionSet.evaluate_all (a missing condition always holds)."""
    if expr is None or not str(expr).strip():
        return True
    return truth[str(expr)]
