"""Tip 6: a systematic, recorded hyperparameter search."""

from __future__ import annotations

from . import CheckResult, Context, check, failed, passed
from ._util import first, is_code
from .scan import SEARCH_CONFIG_RE


@check("DR601", watches=lambda p: is_code(p) or bool(SEARCH_CONFIG_RE.search(p)),
       facts_only=True)
def search(ctx: Context) -> CheckResult:
    ev = []
    for path, lines in sorted(ctx.files_with("search").items()):
        ev.extend(first(lines, path))
    ev.extend((p, 1, "search space / sweep configuration") for p in sorted(ctx.files_with("search_config")))
    if ev:
        return passed("hyperparameter search in code or configuration", ev[:6])
    return failed("no search tool (Optuna, Ray Tune, KerasTuner, GridSearchCV...) or search-space file")
