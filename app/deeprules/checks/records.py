"""The records other deeprules commands leave in `.deeprules/` (issue 15's `baselines` and `audit`), read
as evidence: each is JSON, parsed defensively (a cloned repository supplies them)."""

from __future__ import annotations

import json
from typing import Any

BASELINES_DIR = ".deeprules/baselines"
AUDIT_DIR = ".deeprules/audit"


def _records(ctx: Any, folder: str) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in ctx.snapshot.under(folder):
        if not path.endswith(".json"):
            continue
        text = ctx.text(path)
        if not text:
            continue
        try:
            data = json.loads(text)
        except ValueError:
            continue
        if isinstance(data, dict):
            out.append((path, data))
    return out


def baselines(ctx: Any) -> list[tuple[str, dict[str, Any]]]:
    return _records(ctx, BASELINES_DIR)


def audits(ctx: Any) -> list[tuple[str, dict[str, Any]]]:
    return _records(ctx, AUDIT_DIR)


def models_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    models = record.get("models")
    return [m for m in models if isinstance(m, dict)] if isinstance(models, list) else []
