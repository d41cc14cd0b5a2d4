"""Recording a run inside a deeprules project (a git repository with `.deeprules/`), through the one writer.

`baselines` writes `.deeprules/baselines/<UTC timestamp>.json` (the report plus `recorded_at` and
`folds_file`), `<timestamp>.md` (a summary for people) and `<timestamp>.folds.csv` (per-row folds and
out-of-fold predictions, what `compare` reads); `audit` writes `.deeprules/audit/<timestamp>.json` and `.md`.
All in one commit. The tip 2 and tip 7 checks and `card fill --baselines` read the newest JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from ..encode import markdown_code as code
from ..encode import markdown_text as text
from ..errors import InputError

BASELINES_DIR = ".deeprules/baselines"
AUDIT_DIR = ".deeprules/audit"


def project_repo(start: Path) -> Any | None:
    """The GitRepo when `start` is inside a deeprules project, else None (then nothing is recorded)."""
    from ..answers import find_project_root

    root = find_project_root(start)
    if root is None or not (root / ".git").exists() or not (root / ".deeprules").is_dir():
        return None
    from ..gitrepo import GitRepo

    return GitRepo.find(root)


def timestamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")


def write_record(repo: Any, folder: str, stem: str, report: dict[str, Any], markdown: str,
                 extra: dict[str, str] | None = None, *, commit: bool = True, message: str) -> Any:
    """Write `<folder>/<stem>.json`, `.md` and any `extra` files (suffix -> text) in one commit."""
    from ..writer import Output, write_outputs

    outputs = [Output(f"{folder}/{stem}.json", json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                      merge=False),
               Output(f"{folder}/{stem}.md", markdown, merge=False)]
    outputs += [Output(f"{folder}/{stem}{suffix}", text, merge=False) for suffix, text in (extra or {}).items()]
    return write_outputs(repo, outputs, message=message, commit=commit)


def latest(repo_root: Path, folder: str) -> Path | None:
    """The newest recorded JSON in `folder` (timestamps sort as text)."""
    where = repo_root / folder
    found = sorted(p for p in where.glob("*.json") if p.is_file()) if where.is_dir() else []
    return found[-1] if found else None


def load_report(path: Path, *, follow_symlinks: bool = False) -> dict[str, Any]:
    """A recorded report, read as every file a repository supplies is (yamlio: a regular file, size- and
    depth-limited, strict JSON); `follow_symlinks` only for a file the user named."""
    from .. import yamlio

    data = yamlio.load_json(path, what="deeprules report", follow_symlinks=follow_symlinks)
    if not isinstance(data, dict):
        raise InputError(f"{path}: not a deeprules report (expected a JSON object)")
    return data


def baselines_markdown(report: dict[str, Any]) -> str:
    metrics: list[str] = report["metrics"]
    split = report["split"]
    # Column and file names are the table's text, committed into the repository: escaped like any repository
    # text in Markdown (no HTML, link or table cell from a column named `<img ...>`, no terminal escapes)
    grouped = f", grouped by {code(split['group'])} ({split['n_groups']} groups)" if split.get("group") else ""
    lines = [f"# Baselines on {text(report['data'])}", "",
             f"Target {code(report['target'])} ({report['task']}, {report['n_rows']} rows). Nested cross-validation: "
             f"{split['folds']} outer folds ({split['kind']}{grouped}), {split['inner_folds']} inner tuning folds, "
             f"{report['budget']} random-search trials per model, seed {report['seed']}. Intervals: 95% bootstrap "
             "over rows" + (" (whole groups)" if split.get("group") else "") + " within each outer fold.", "",
             "| model | trials | " + " | ".join(metrics) + " |", "|---|---:|" + "---|" * len(metrics)]
    for m in report["models"]:
        cells = []
        for metric in metrics:
            s = m["metrics"][metric]
            cells.append("n/a" if s["mean"] is None else
                         f"{s['mean']:.3f} [{s['ci_low']:.3f}, {s['ci_high']:.3f}]" if s["ci_low"] is not None
                         else f"{s['mean']:.3f}")
        lines.append(f"| {m['name']} | {m['trials']} | " + " | ".join(cells) + " |")
    control = report.get("shuffle_control")
    if control:
        p = "n/a" if control["p_value"] is None else format(control["p_value"], ".3g")
        lines += ["", f"Shuffle control (tip 6): {control['model']} scores {control['metric']} "
                  f"{_f(control['score'])}; on {control['permutations']} label shuffles (labels moved "
                  f"{control['permuted']}) it scores {_f(control['shuffled'])} on average, p = "
                  f"{p}. Under a plain random split the shuffled labels score "
                  f"{_f(control['random_split_shuffled'])} (chance {_f(control['chance'])})."]
    if report.get("warnings"):
        lines += ["", "## Warnings", "", *[f"- {text(w)}" for w in report["warnings"]]]
    return "\n".join(lines) + "\n"


def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def audit_markdown(report: dict[str, Any]) -> str:
    verdict = "leakage found" if report["leak"] else "no leakage found"
    lines = [f"# Leakage audit: {text(report['train'])} vs {text(report['test'])}", "",
             f"{verdict} ({report['n_train']} training rows, {report['n_test']} test rows).", ""]
    if report["findings"]:
        lines += ["| kind | test rows | share of test |", "|---|---:|---:|"]
        lines += [f"| {f['kind']} | {f['count']} | {f['share_of_test']:.1%} |" for f in report["findings"]]
    lines += [*(["", "Checks not run: " + "; ".join(text(s) for s in report["skipped"])] if report.get("skipped")
                else [])]
    return "\n".join(lines) + "\n"


SAFE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


def baselines_for_card(root: Path) -> dict[str, Any] | None:
    """The newest recorded baselines as the model card shows them (tip 2), or None when there are none.

    The report is repo-supplied: only known shapes are used, names must be plain identifiers and every
    number is formatted here, so nothing from the file reaches the card as markup."""
    path = latest(root, BASELINES_DIR)
    if path is None:
        return None
    try:
        report = load_report(path)
        metrics = [m for m in report["metrics"] if isinstance(m, str) and SAFE_NAME.match(m)]
        rows = []
        for model in report["models"]:
            name = str(model["name"])
            if not SAFE_NAME.match(name):
                continue
            cells = []
            for m in metrics:
                s = model["metrics"].get(m) or {}
                mean, low, high = (_number(s.get(k)) for k in ("mean", "ci_low", "ci_high"))
                cells.append("–" if mean is None else f"{mean:.3f}" + (
                    f" ({low:.3f} – {high:.3f})" if low is not None and high is not None else ""))
            rows.append({"name": name, "trials": int(model["trials"]), "cells": cells,
                         "best": name == report.get("best_model")})
        split = report["split"]
        kind = str(split["kind"]) if SAFE_NAME.match(str(split["kind"]).lower()) else "cross-validation"
        grouped = (f", grouped ({int(split['n_groups'])} groups)" if split.get("n_groups") else "")
        description = (f"{kind}, {int(split['folds'])} outer x {int(split['inner_folds'])} inner folds{grouped}, "
                       f"{int(report['budget'])} random-search trials per model, seed {int(report['seed'])}")
        control = report.get("shuffle_control")
        control_text = None
        if isinstance(control, dict) and SAFE_NAME.match(str(control.get("model", ""))):
            score, shuffled, p = (_number(control.get(k)) for k in ("score", "shuffled", "p_value"))
            if score is not None and shuffled is not None and p is not None:
                control_text = (f"Shuffle control (tip 6): {control['model']} scored {score:.3f} against "
                                f"{shuffled:.3f} on {int(control['permutations'])} label shuffles (p = {p:.3g}).")
        return {"path": f"{BASELINES_DIR}/{path.name}", "metrics": metrics, "rows": rows,
                "description": description, "control": control_text,
                "warnings": len(report.get("warnings") or [])}
    except (InputError, KeyError, TypeError, ValueError, AttributeError):
        return None  # an unreadable report leaves the card as it was; `baselines` writes a fresh one


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if value == value and abs(value) != float("inf") else None
