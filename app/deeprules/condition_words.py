"""A `when` condition in words: `task == "classification" and imbalanced` -> "classification projects and
imbalanced classes (smallest class under 20%)".

Conditions are sandboxed Jinja2 expressions (conditions.py). This module parses one into Jinja's syntax tree
and words each node with the phrases in knowledge/condition_words.yaml, so the text follows the condition
exactly, whatever a knowledge file adds later. A construct it does not know is shown as written.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

WORDS_FILE = "condition_words.yaml"
COMPARE = {"eq": "", "ne": "not ", "in": "", "notin": "not ", "gt": "> ", "gteq": "≥ ", "lt": "< ", "lteq": "≤ "}


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    from importlib import resources

    from .yamlio import parse

    text = (resources.files("deeprules") / "knowledge" / WORDS_FILE).read_text(encoding="utf-8")
    data = parse(text, f"knowledge/{WORDS_FILE}", round_trip=False) or {}
    return {"facts": dict(data.get("facts") or {}), "answers": dict(data.get("answers") or {})}


def _entry(name: str) -> dict[str, Any]:
    w = words()
    return dict(w["facts"].get(name) or w["answers"].get(name) or {})


def known_names() -> set[str]:
    w = words()
    return set(w["facts"]) | set(w["answers"])


def _const(node: Any) -> Any:
    from jinja2 import nodes

    if isinstance(node, nodes.Const):
        return node.value
    if isinstance(node, (nodes.List, nodes.Tuple)):
        values = [_const(item) for item in node.items]
        return None if any(v is _UNKNOWN for v in values) else values
    return _UNKNOWN


_UNKNOWN = object()


def _number(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _value_phrase(name: str, value: Any) -> str:
    phrases = _entry(name).get("values") or {}
    if value in phrases:
        return str(phrases[value])
    return str(value).replace("_", " ") if isinstance(value, str) else _number(value)


def _choices(name: str) -> list[Any]:
    """The values an answer or fact can take (empty when open-ended)."""
    listed = _entry(name).get("choices")
    if listed:
        return list(listed)
    from .knowledge import load_knowledge

    question = load_knowledge().question_by_id.get(name)
    return [c.value for c in question.choices] if question is not None else []


def _or_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _subject(node: Any) -> str:
    from jinja2 import nodes

    if isinstance(node, nodes.Name):
        return str(_entry(node.name).get("subject") or node.name.replace("_", " "))
    if isinstance(node, nodes.Const):
        return _number(node.value)
    if isinstance(node, nodes.Mul):
        return f"{_subject(node.left)} × {_subject(node.right)}"
    return _source(node)


def _source(node: Any) -> str:
    """A node we do not word: shown roughly as written."""
    from jinja2 import nodes

    if isinstance(node, nodes.Name):
        return node.name
    value = _const(node)
    return repr(value) if value is not _UNKNOWN else type(node).__name__


def _compare(node: Any) -> str:
    from jinja2 import nodes

    if len(node.ops) != 1:
        return _source(node)
    op, right = node.ops[0].op, node.ops[0].expr
    left = node.expr
    value = _const(right)
    if isinstance(left, nodes.Name) and value is not _UNKNOWN and op in ("eq", "ne", "in", "notin"):
        values = value if isinstance(value, list) else [value]
        entry = _entry(left.name)
        negate = op in ("ne", "notin")
        left_over = [c for c in _choices(left.name) if c not in values]
        if negate and left_over and len(left_over) <= 2:
            values, negate = left_over, False
        joined = _or_list([_value_phrase(left.name, v) for v in values])
        if entry.get("pattern") and not negate:
            return str(entry["pattern"]).format(values=joined)
        if negate:
            return str(entry.get("other") or "{subject} (not {values})").format(subject=_subject(left), values=joined)
        return f"{_subject(left)} ({joined})"
    return f"{_subject(left)} {COMPARE.get(op, op + ' ')}{_subject(right)}"


def _word(node: Any, parent: str = "") -> str:
    from jinja2 import nodes

    if isinstance(node, nodes.And):
        text = f"{_word(node.left, 'and')} and {_word(node.right, 'and')}"
        return f"({text})" if parent == "not" else text
    if isinstance(node, nodes.Or):
        text = f"{_word(node.left, 'or')} or {_word(node.right, 'or')}"
        return f"({text})" if parent in ("and", "not") else text
    if isinstance(node, nodes.Not):
        inner = node.node
        if isinstance(inner, nodes.Name) and "no" in _entry(inner.name):
            return str(_entry(inner.name)["no"])
        if isinstance(inner, nodes.Test):
            return _test(inner, negate=True)
        return f"not {_word(inner, 'not')}"
    if isinstance(node, nodes.Name):
        entry = _entry(node.name)
        return str(entry.get("yes") or entry.get("subject") or node.name.replace("_", " "))
    if isinstance(node, nodes.Compare):
        return _compare(node)
    if isinstance(node, nodes.Test):
        return _test(node, negate=False)
    return _source(node)


def _test(node: Any, *, negate: bool) -> str:
    if node.name == "none":
        return f"{_subject(node.node)} {'given' if negate else 'not answered yet'}"
    return f"{_subject(node.node)} {'is not' if negate else 'is'} {node.name}"


@lru_cache(maxsize=1024)
def condition_text(expr: str | None) -> str:
    """The condition in words ("always" for none). Unparseable text comes back unchanged."""
    if expr is None or not str(expr).strip():
        return "always"
    from jinja2 import nodes

    from .conditions import _env

    try:
        tree = _env().parse("{{ (" + str(expr) + ") }}")
    except Exception:
        return str(expr)
    output = tree.body[0]
    if not isinstance(output, nodes.Output) or len(output.nodes) != 1:
        return str(expr)
    return _word(output.nodes[0])
