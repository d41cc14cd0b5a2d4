"""Tip 8: the model card's interpretability section is filled."""

from __future__ import annotations

from ..render import PLACEHOLDER
from . import CheckResult, Context, check, failed, not_applicable, passed, warned
from ._util import meaningful, section

INTERP = r"interpretab|explainab|explanation|interpretation|saliency|attribution"


@check("DR801", watches=lambda p: False)
def interpretability(ctx: Context) -> CheckResult:
    rel = ctx.path("card")
    text = ctx.text(rel)
    if text is None:
        return not_applicable(f"no model card yet ({rel}); `deeprules card` writes one")
    sections = section(text, INTERP)
    if not sections:
        return failed(f"{rel} has no interpretability section", [(rel, 1, "no interpretability heading")])
    line, title, body = sections[0]
    content = meaningful(body)
    holes = [(rel, n, t) for n, t in content if PLACEHOLDER in t]
    real = [(rel, n, t) for n, t in content if PLACEHOLDER not in t]
    if real and not holes:
        return passed(f"section '{title}' is filled", real[:3])
    if real:
        return warned(f"section '{title}' still has placeholders", holes[:5], 5.0)
    return failed(f"section '{title}' is empty or only a placeholder", holes[:3] or [(rel, line, title)])
