"""Helpers the rules share: which files are code, which are training scripts, which local modules a
script reaches through its imports. Everything here folds facts; nothing reads a file."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from typing import Any

from .scan import CODE_EXT, extractor, is_aux

FRAMEWORKS = {"imp_torch": "PyTorch", "imp_tf": "TensorFlow/Keras", "imp_jax": "JAX", "imp_sklearn": "scikit-learn",
              "lang_r": "R", "imp_dlwrap": "a deep learning library"}
GPU_FRAMEWORKS = ("imp_torch", "imp_tf", "imp_jax", "imp_dlwrap")
SEED_FACTS = ("seed_torch", "seed_tf", "seed_jax", "seed_sklearn", "seed_np", "seed_py", "seed_r", "seed_any")
SEEDS = {
    "imp_torch": ("seed_torch", "seed_any"),
    "imp_tf": ("seed_tf", "seed_any"),
    "imp_jax": ("seed_jax", "seed_any"),
    "imp_sklearn": ("seed_sklearn", "seed_np", "seed_any"),
    "lang_r": ("seed_r",),
    "imp_dlwrap": ("seed_torch", "seed_tf", "seed_np", "seed_any", "seed_py"),
}


def is_code(path: str) -> bool:
    return path.lower().endswith(CODE_EXT)


def is_read(path: str) -> bool:
    return extractor(path) is not None


def main_code(path: str) -> bool:
    """Code that is part of the work (not tests, docs or fixtures)."""
    return is_code(path) and not is_aux(path)


def basename(path: str) -> str:
    return posixpath.basename(path)


def first(evidence: list[list[Any]], path: str, limit: int = 1) -> list[tuple[str, int, str]]:
    return [(path, int(n), str(t)) for n, t in evidence[:limit]]


def gather(ctx: Any, fact: str, limit: int = 4, *, where: Any = None) -> list[tuple[str, int, str]]:
    """Evidence of `fact` from the files `where(path)` accepts (default: not tests/docs/fixtures)."""
    keep = where or (lambda p: not is_aux(p))
    out: list[tuple[str, int, str]] = []
    for path, lines in sorted(ctx.files_with(fact).items()):
        if keep(path):
            out.extend(first(lines, path))
            if len(out) >= limit:
                break
    return out


def frameworks(facts: dict[str, Any]) -> list[str]:
    fws: list[str] = [fw for fw in ("imp_torch", "imp_tf", "imp_jax", "imp_sklearn", "lang_r") if fw in facts]
    if not fws and "imp_dlwrap" in facts:
        fws = ["imp_dlwrap"]
    return fws


def training_line(facts: dict[str, Any]) -> int | None:
    """The line where a file trains a model, or None. An optimizer step, a trainer's fit, a fit with
    epochs, Keras fit, a scikit-learn fit of a supervised estimator, R's caret/tidymodels training.
    `.backward(` alone (attribution) or `.fit(` of a mixture model or scaler is not training."""
    dl = any(f in facts for f in ("imp_torch", "imp_tf", "imp_jax", "imp_dlwrap"))
    for fact, ok in (("opt_step", dl), ("trainer_fit", True), ("fit_epochs", True),
                     ("keras_fit", "imp_tf" in facts),
                     ("sk_fit", "baseline" in facts and "imp_sklearn" in facts),
                     ("r_train", "lang_r" in facts)):
        if ok and fact in facts:
            return int(facts[fact][0][0])
    return None


def deep_training(facts: dict[str, Any]) -> bool:
    """Does the file train a network (not only a scikit-learn or R model)?"""
    dl = any(f in facts for f in ("imp_torch", "imp_tf", "imp_jax", "imp_dlwrap"))
    return (("opt_step" in facts and dl) or "trainer_fit" in facts or "fit_epochs" in facts or
            ("keras_fit" in facts and "imp_tf" in facts))


def has_ml_code(ctx: Any) -> bool:
    """Does the repository hold any machine-learning code (outside tests and docs): a framework import, a
    model defined, or training?"""
    memo = ctx.cache.get("ml")
    if memo is None:
        memo = any(not is_aux(p) for fact in ("imp_torch", "imp_tf", "imp_jax", "imp_sklearn", "imp_dlwrap",
                                              "model_def") for p in ctx.files_with(fact)) or bool(training_scripts(ctx))
        ctx.cache["ml"] = memo
    return bool(memo)


def training_scripts(ctx: Any) -> dict[str, list[str]]:
    """Files (not tests, docs or fixtures) that train a model: path -> the frameworks they use."""
    memo = ctx.cache.get("training")
    if memo is not None:
        return dict(memo)
    out: dict[str, list[str]] = {}
    cands: set[str] = set()
    for fact in ("opt_step", "trainer_fit", "fit_epochs", "keras_fit", "sk_fit", "r_train"):
        cands.update(ctx.files_with(fact))
    for path in cands:
        if is_aux(path):
            continue
        facts = ctx.index.facts(path)
        if training_line(facts) is not None:
            fws = frameworks(facts)
            if not deep_training(facts):  # only a classic model trains here: its seeds are what matter
                fws = [f for f in fws if f in ("imp_sklearn", "lang_r")] or fws
            if fws:
                out[path] = fws
    out = dict(sorted(out.items()))
    ctx.cache["training"] = out
    return out


def module_names(path: str) -> list[str]:
    """Dotted names a Python file can be imported by (every suffix: the repository's import roots vary)."""
    mod = path[:-3].replace("/", ".")
    if mod.endswith(".__init__"):
        mod = mod[: -len(".__init__")]
    parts = mod.split(".")
    return [".".join(parts[i:]) for i in range(len(parts))]


def _graph(ctx: Any) -> dict[str, list[str]]:
    """The local import graph: path -> the local modules it imports, resolved. Kept on the fact index across
    the commits of a history: a file's edges are resolved again only when its imports change, and all of
    them only when a Python file comes or goes."""
    index = ctx.index
    derived = getattr(index, "derived", None)
    if derived is None:  # an index without the history bookkeeping: build it for this snapshot
        derived = ctx.cache.setdefault("derived", {})
    version = getattr(index, "graph_version", None)
    if version is not None and derived.get("graph_version") == version:
        return derived["graph"]
    module_version = getattr(index, "module_version", None)
    if derived.get("module_version") != module_version or module_version is None:
        mods: dict[str, str] = {}
        for path in sorted(index.by_path, key=lambda p: (p.count("/"), p)):
            if path.endswith(".py"):
                for name in module_names(path):
                    mods.setdefault(name, path)
        derived["mods"] = mods
        derived["edges"] = {}
        derived["module_version"] = module_version
    mods = derived["mods"]
    edges: dict[str, tuple[int, list[str]]] = derived["edges"]
    graph: dict[str, list[str]] = {}
    for path, facts in index.by_path.items():
        imports = facts.get("imports")
        if not imports:
            continue
        known = edges.get(path)
        if known is None or known[0] != id(imports):
            seen: dict[str, None] = {}
            for _n, name in imports:
                hit = _resolve(path, str(name), mods)
                if hit is not None and hit != path:
                    seen[hit] = None
            known = (id(imports), list(seen))
            edges[path] = known
        if known[1]:
            graph[path] = known[1]
    for gone in [p for p in edges if p not in index.by_path]:
        del edges[gone]
    derived["graph"] = graph
    derived["graph_version"] = version
    derived["reached"] = {}
    derived.pop("support", None)
    return graph


def _resolve(path: str, name: str, mods: dict[str, str]) -> str | None:
    if name.startswith("."):
        dots = len(name) - len(name.lstrip("."))
        pkg = posixpath.dirname(path).split("/") if "/" in path else []
        base = pkg[: len(pkg) - (dots - 1)] if dots > 1 else pkg
        rest = name.lstrip(".")
        name = ".".join([*base, *([rest] if rest else [])])
    while name:
        hit = mods.get(name)
        if hit is not None:
            return hit
        name = name.rpartition(".")[0]
    return None


_FANOUT = 12


def reached(ctx: Any, path: str, depth: int = 4) -> list[str]:
    """Local modules `path` imports, directly or through others (a few levels), in order met."""
    graph = _graph(ctx)
    derived = getattr(ctx.index, "derived", None)
    if derived is None:
        derived = ctx.cache.setdefault("derived", {})
    memo = derived.setdefault("reached", {})
    hit = memo.get(path)
    if hit is not None:
        return hit
    seen = {path}
    order: list[str] = []
    frontier = [path]
    for _ in range(depth):
        nxt = []
        for p in frontier:
            edges = graph.get(p, ())
            if p != path and len(edges) > _FANOUT and p.endswith("__init__.py"):
                continue  # a package that imports all of itself: the script reached it, not all of it
            for mod in edges:
                if mod not in seen:
                    seen.add(mod)
                    order.append(mod)
                    nxt.append(mod)
        frontier = nxt
        if not frontier:
            break
    memo[path] = order
    return order


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
