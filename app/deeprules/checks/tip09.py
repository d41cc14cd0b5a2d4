"""Tip 9: no causal claims from a predictive model (the card's claims and caveats)."""

from __future__ import annotations

import re

from . import CheckResult, Context, check, failed, not_adopted, passed, warned
from ._util import headings, meaningful, section

CLAIMS = r"caveat|claim|limitation|conclusion|finding|recommendation|interpretation"
CAUSAL = re.compile(r"\b(causes?|caused by|causal(ly)?|drives?|driven by|driver|mechanisms?|mechanistic(ally)?|"
                    r"determines|leads? to|responsible for|underlies|because of)\b", re.I)
NEGATED = re.compile(r"\b(not|no|cannot|can't|never|without|nor|neither|rather than|does not|do not|doesn't|"
                     r"isn't|aren't)\b", re.I)


@check("DR901", watches=lambda p: False)
def claims(ctx: Context) -> CheckResult:
    rel = ctx.path("card")
    text = ctx.text(rel)
    if text is None:
        return not_adopted(f"no model card ({rel})", ctx.adopted_by("deeprules card"))
    found = section(text, CLAIMS)
    if found:
        lines = [x for _, _, body in found for x in meaningful(body)]
        where = "the claims and caveats sections"
    else:
        start = headings(text)[0][0] if headings(text) else 1
        lines = meaningful((n, t) for n, t in enumerate(text.splitlines(), start=1) if n >= start)
        where = "the card"
    flagged = []
    for n, line in lines:
        for sentence in re.split(r"(?<=[.;!?])\s+", line):
            m = CAUSAL.search(sentence)
            if m and not NEGATED.search(sentence):
                flagged.append((rel, n, f"'{m[0]}': {sentence[:150]}"))
                break
    if not flagged:
        return passed(f"no causal wording in {where}", [(rel, found[0][0] if found else 1, "predictive wording")])
    score = max(0.0, 10.0 - 3.0 * len(flagged))
    reason = f"{len(flagged)} causal claim(s) in {where}, but the goal is prediction"
    return (warned if score > 0 else failed)(reason, flagged[:8], score)
