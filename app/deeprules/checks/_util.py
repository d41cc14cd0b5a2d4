"""Small helpers shared by the check modules."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from typing import Any

from .scan import CODE_EXT, path_kind

FRAMEWORKS = {"imp_torch": "PyTorch", "imp_tf": "TensorFlow/Keras", "imp_jax": "JAX", "imp_sklearn": "scikit-learn",
              "lang_r": "R"}
GPU_FRAMEWORKS = ("imp_torch", "imp_tf", "imp_jax")


def is_code(path: str) -> bool:
    return path.lower().endswith(CODE_EXT)


def is_read(path: str) -> bool:
    return path_kind(path) is not None or path.lower().endswith(".md")


def basename(path: str) -> str:
    return posixpath.basename(path)


def first(evidence: list[list[Any]], path: str, limit: int = 1) -> list[tuple[str, int, str]]:
    return [(path, int(n), str(t)) for n, t in evidence[:limit]]


def training_scripts(ctx: Any) -> dict[str, list[str]]:
    """Files that import a framework and train (fit, optimizer steps, trainer.fit...): path -> frameworks."""
    out: dict[str, list[str]] = {}
    for path in ctx.files_with("train"):
        facts = ctx.index.facts(path)
        fws = [fw for fw in FRAMEWORKS if fw in facts]
        if fws:
            out[path] = fws
    return dict(sorted(out.items()))


def headings(text: str) -> list[tuple[int, int, str]]:
    """(line, level, title) of the Markdown headings, outside fenced code and front matter."""
    out = []
    fence = False
    lines = text.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                start = i + 1
                break
    for n in range(start, len(lines)):
        line = lines[n]
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
            continue
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m and not fence:
            out.append((n + 1, len(m[1]), m[2]))
    return out


def section(text: str, pattern: str) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """Sections whose heading matches `pattern`: (heading line, title, [(line, text)] of the body)."""
    lines = text.splitlines()
    hs = headings(text)
    out = []
    for i, (n, level, title) in enumerate(hs):
        if not re.search(pattern, title, re.I):
            continue
        end = len(lines)
        for n2, level2, _ in hs[i + 1:]:
            if level2 <= level:
                end = n2 - 1
                break
        body = [(k + 1, lines[k]) for k in range(n, end)]
        out.append((n, title, body))
    return out


_COMMENT = re.compile(r"<!--.*?-->", re.S)


def meaningful(body: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines with content once HTML comments and blank lines are removed."""
    out = []
    for n, line in body:
        stripped = _COMMENT.sub("", line).strip()
        if stripped and not re.match(r"^#{1,6}\s", stripped):
            out.append((n, stripped))
    return out
