"""The Hugging Face Hub's metadata ids (licenses, libraries, pipeline tags), shipped in
knowledge/hub_metadata.yaml with their source and date, and the offline checks `card check` runs on a card's
metadata: an id the Hub does not know is refused, with the nearest valid id suggested.

These are the Hub's rules, not advice from the paper.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

HUB_FILE = "hub_metadata.yaml"

#: deeprules' `frameworks` answer -> (library_name, tag). PyTorch and JAX are not Hub library ids (the Hub
#: lists libraries built on them, e.g. timm, transformers): their models carry the framework as a tag.
FRAMEWORKS: dict[str, tuple[str | None, str | None]] = {
    "pytorch": (None, "pytorch"), "jax": (None, "jax"), "tensorflow": ("keras", "tensorflow"),
    "sklearn": ("sklearn", None), "r": (None, None), "undecided": (None, None),
}

#: (modality, task) -> the Hub pipeline tag; anything else has no fitting tag (the card leaves it out, and the
#: model-index uses `other`, which the Hub's list has).
PIPELINE_TAGS: dict[tuple[str, str], str] = {
    ("image", "classification"): "image-classification", ("image", "segmentation"): "image-segmentation",
    ("image", "generation"): "unconditional-image-generation",
    ("tabular", "classification"): "tabular-classification", ("tabular", "regression"): "tabular-regression",
    ("text", "classification"): "text-classification", ("text", "generation"): "text-generation",
    ("time_series", "regression"): "time-series-forecasting",
    ("graph", "classification"): "graph-ml", ("graph", "regression"): "graph-ml",
}
TASK_TAGS: dict[str, str] = {"reinforcement": "reinforcement-learning"}
FALLBACK_TASK = "other"


@dataclass(frozen=True)
class HubList:
    ids: tuple[str, ...]
    names: Mapping[str, str]  # id -> full name (licenses only)
    source: str
    date: str


@lru_cache(maxsize=1)
def hub_lists() -> dict[str, HubList]:
    from importlib import resources

    from .yamlio import parse

    text = (resources.files("deeprules") / "knowledge" / HUB_FILE).read_text(encoding="utf-8")
    data = parse(text, f"knowledge/{HUB_FILE}", round_trip=False)
    out: dict[str, HubList] = {}
    for key in ("licenses", "libraries", "pipeline_tags"):
        raw = data[key]["ids"]
        names = {str(k): str(v) for k, v in raw.items()} if isinstance(raw, Mapping) else {}
        out[key] = HubList(tuple(str(i) for i in raw), names, str(data[key]["source"]), str(data[key]["date"]))
    return out


def pipeline_tag(modality: str | None, task: str | None) -> str | None:
    """The Hub pipeline tag for a project, or None when none fits."""
    if task in TASK_TAGS:
        return TASK_TAGS[task]
    return PIPELINE_TAGS.get((str(modality), str(task)))


_NOISE = {"license", "licence", "the", "version", "v", "public", "generic", "international", "unported"}


def _norm(text: str) -> str:
    text = re.sub(r"(?<=[a-z])v?(?=\d)", "-", text.lower().replace("creative commons", "cc"))  # gplv3 -> gpl-3
    words = [w for w in re.split(r"[^a-z0-9.+]+", text) if w]
    words = [w for w in words if w not in _NOISE]
    return "-".join(words).replace("attribution", "by").replace("-share-alike", "-sa").replace("-non-commercial", "-nc")


def suggest(kind: str, value: str) -> str | None:
    """The valid id closest to `value` (an id in another spelling, or a license's full name). Tasks get no
    fuzzy guess: `molecule-classification` is not a misspelt `token-classification`."""
    lst = hub_lists()[kind]
    lowered = value.strip().lower()
    if lowered in lst.ids:
        return lowered
    by_norm = {_norm(i): i for i in lst.ids}
    by_norm.update({_norm(name): i for i, name in lst.names.items()})
    key = _norm(value)
    if key in by_norm:
        return by_norm[key]
    if kind == "pipeline_tags":
        return None
    close = difflib.get_close_matches(key, list(by_norm), n=1, cutoff=0.75)
    return by_norm[close[0]] if close else None


def check_metadata(meta: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(field, message) for each metadata value the Hub would refuse or not recognise."""
    lists = hub_lists()
    out: list[tuple[str, str]] = []

    def bad(field: str, kind: str, value: Any, what: str, extra: str = "") -> None:
        hint = suggest(kind, str(value))
        did = f"; did you mean `{hint}`?" if hint and hint != value else ""
        out.append((field, f"`{field}: {value}` is not a Hugging Face {what} id{did}{extra} "
                           f"(the Hub's list: {lists[kind].source})"))

    lic = meta.get("license")
    if lic is not None:
        values = lic if isinstance(lic, list) else [lic]
        for v in values:
            if str(v) not in lists["licenses"].ids:
                bad("license", "licenses", v, "license")
        if "other" in map(str, values) and not meta.get("license_name"):
            out.append(("license_name", "`license: other` needs `license_name` (a short id of your own, e.g. "
                                        "lab-data-use-1.0) and the text in a LICENSE file or `license_link`"))
    lib = meta.get("library_name")
    if lib is not None and str(lib) not in lists["libraries"].ids:
        extra = "; for a PyTorch or JAX model leave library_name out and add the framework to `tags`" \
            if str(lib).lower() in ("pytorch", "torch", "jax", "flax", "tensorflow") else ""
        bad("library_name", "libraries", lib, "library", extra)
    tag = meta.get("pipeline_tag")
    if tag is not None and str(tag) not in lists["pipeline_tags"].ids:
        bad("pipeline_tag", "pipeline_tags", tag, "pipeline tag (task)", "; use one of the Hub's tasks or leave "
            "pipeline_tag out")
    index = meta.get("model-index")
    if isinstance(index, list):
        seen: set[str] = set()
        for model in index:
            for block in (model.get("results") or []) if isinstance(model, Mapping) else []:
                task = block.get("task") if isinstance(block, Mapping) else None
                t = task.get("type") if isinstance(task, Mapping) else None
                if t is not None and str(t) not in lists["pipeline_tags"].ids and str(t) not in seen:
                    seen.add(str(t))
                    bad("model-index task.type", "pipeline_tags", t, "pipeline tag (task)")
    return out
