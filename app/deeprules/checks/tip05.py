"""Tip 5: an architecture chosen and written down (kept light: documentation, model code or a tick)."""

from __future__ import annotations

from . import CheckResult, Context, check, passed, warned
from ._util import first, is_read


@check("DR501", watches=is_read, facts_only=True)
def architecture(ctx: Context) -> CheckResult:
    ev = []
    plan = ctx.path("plan")
    for path, lines in sorted(ctx.files_with("arch_doc").items()):
        if path != plan:  # the plan's own tip 5 heading is advice, not a decision
            ev.extend(first(lines, path))
    for path, lines in sorted(ctx.files_with("model_def").items()):
        ev.extend(first(lines, path))
    if ev:
        return passed("architecture documented or defined in code", ev[:6])
    return warned("no architecture section, model definition or ticked tip 5 item", score=0.0)
