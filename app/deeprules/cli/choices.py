"""Choices as real choices: Enums for the fixed sets (Typer shows them in --help and completes them), and
completion callbacks for the sets that live in data or in the user's repository (examples, question ids and
values, concern ids, check ids). Callbacks import what they need when called, so `--help` stays light; they
never raise (a completion that fails completes nothing)."""

from __future__ import annotations

import re
from enum import Enum
from importlib import resources
from pathlib import Path


class EthicsStatus(str, Enum):
    """The concern statuses (deeprules.register.STATUSES; a test keeps the two equal)."""

    open = "open"
    in_progress = "in_progress"
    mitigated = "mitigated"
    accepted_risk = "accepted_risk"
    closed = "closed"


class Severity(str, Enum):
    """deeprules.register.SEVERITIES."""

    low = "low"
    medium = "medium"
    high = "high"
    blocker = "blocker"


class CloseAs(str, Enum):
    closed = "closed"
    accepted_risk = "accepted_risk"
    mitigated = "mitigated"


class EthicsFormat(str, Enum):
    markdown = "markdown"
    csv = "csv"
    json = "json"
    github = "github"


def example_names() -> list[str]:
    """The bundled examples, from the package folder (no knowledge parsing: this runs for --help)."""
    try:
        folder = resources.files("deeprules") / "knowledge" / "examples"
        return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))
    except OSError:
        return []


def complete_example(incomplete: str) -> list[str]:
    return [n for n in example_names() if n.startswith(incomplete)]


def complete_assignment(incomplete: str) -> list[tuple[str, str]]:
    """`answer ID=VALUE` and `--set ID=VALUE`: question ids (with `=`), then a choice question's values."""
    try:
        from ..knowledge import load_knowledge

        questions = load_knowledge().questions
    except Exception:
        return []
    if "=" in incomplete:
        qid, _, partial = incomplete.partition("=")
        q = next((q for q in questions if q.id == qid), None)
        if q is None:
            return []
        return [(f"{qid}={c.value}", c.label) for c in q.choices if c.value.startswith(partial)]
    return [(f"{q.id}=", q.prompt) for q in questions if q.id.startswith(incomplete)]


def _repo_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


def complete_concern_id(incomplete: str) -> list[tuple[str, str]]:
    """The concern ids in the current repository's ethics register, with their titles' slugs."""
    try:
        root = _repo_root(Path.cwd())
        if root is None:
            return []
        from ..config import load_config

        folder = root / load_config(root).path("ethics")
        out = []
        for path in sorted(folder.glob("ETH-*.md")):
            m = re.match(r"^(ETH-\d{4,})-?(.*)\.md$", path.name)
            if m and m[1].lower().startswith(incomplete.lower()):
                out.append((m[1], m[2].replace("-", " ")))
        return out
    except Exception:
        return []


def _check_ids(incomplete: str, prefixes: bool) -> list[tuple[str, str]]:
    try:
        from ..checks import raw_specs

        specs = raw_specs()["checks"]
    except Exception:
        return []
    out = [(f"DR{t}", f"every check of tip {t}") for t in range(1, 11)] if prefixes else []
    out += [(str(s["id"]), str(s.get("title", ""))) for s in specs]
    return [(i, h) for i, h in out if i.lower().startswith(incomplete.lower())]


def complete_check_id(incomplete: str) -> list[tuple[str, str]]:
    """Check ids (and their tip prefixes) for --select and --ignore."""
    return _check_ids(incomplete, prefixes=True)


def complete_one_check(incomplete: str) -> list[tuple[str, str]]:
    """Whole check ids for --explain (a tip prefix names no single check)."""
    return _check_ids(incomplete, prefixes=False)
