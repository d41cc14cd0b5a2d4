"""Tip 10: ethics: no serious concern left open; a complete model card before release."""

from __future__ import annotations

from ..render import PLACEHOLDER
from . import CheckResult, Context, check, failed, not_adopted, passed, warned
from ._util import headings, meaningful, section

OPEN = {"open", "in_progress", "in-progress", "reopened", ""}
SERIOUS = ("blocker", "high")


def front_matter(text: str, source: str = "concern") -> dict[str, tuple[str, int]]:
    """The scalar `key: value` pairs of a Markdown file's YAML front matter, lower-cased, with their lines. Read
    by yamlio's one front-matter reader (issue 11), so the check sees what the register sees; unreadable front
    matter gives no pairs (the register reports the error with its line)."""
    from .. import yamlio
    from ..errors import InputError

    try:
        meta = yamlio.split_front_matter(text, source, round_trip=True).meta
    except InputError:
        return {}
    if not isinstance(meta, dict):
        return {}
    out: dict[str, tuple[str, int]] = {}
    for key, value in meta.items():
        if isinstance(value, (dict, list)):
            continue
        out[str(key).lower()] = ("" if value is None else str(value).strip().lower(), yamlio.line_of(meta, key) or 1)
    return out


@check("DR1001", watches=lambda p: False)
def ethics_open(ctx: Context) -> CheckResult:
    folder = ctx.path("ethics").rstrip("/")
    files = [p for p in ctx.snapshot.under(folder) if p.endswith(".md") and p.rsplit("/", 1)[-1].lower() != "readme.md"]
    if not files:
        # A command that opens a concern: `deeprules ethics` alone (a group) printed its help. `init` opens the
        # ones the answers call for; a project that has answers raises its own.
        return not_adopted(f"no ethics register ({folder}/)", ctx.adopted_by("deeprules ethics add --title TEXT"))
    serious = []
    bad = []
    blockers = []
    for path in files:
        text = ctx.text(path)
        if text is None:
            continue
        fm = front_matter(text, path)
        severity = fm.get("severity", ("", 1))[0]
        status, line = fm.get("status", ("", 1))
        if severity not in SERIOUS:
            continue
        serious.append(path)
        if status in OPEN:
            bad.append((path, line, f"{severity} concern is {status or 'without a status'}"))
            if severity == "blocker":
                blockers.append(path)
    if not serious:
        return passed(f"{len(files)} concerns, none high or blocker", [(folder, 1, f"{len(files)} concerns")])
    if not bad:
        return passed(f"all {len(serious)} high/blocker concerns resolved, mitigated or accepted",
                      [(p, 1, "closed") for p in serious[:5]])
    score = 0.0 if blockers else 10.0 * (len(serious) - len(bad)) / len(serious)
    return failed(f"{len(bad)} of {len(serious)} high/blocker concerns still open", bad[:10], score)


@check("DR1002", watches=lambda p: False)
def card_complete(ctx: Context) -> CheckResult:
    rel = ctx.path("card")
    text = ctx.text(rel)
    if text is None:
        return failed(f"the model is to be released but there is no model card ({rel})")
    hs = headings(text)
    sections = [s for s in section(text, r".") if any(s[0] == h[0] and h[1] == 2 for h in hs)]
    if not sections:
        return failed(f"{rel} has no sections", [(rel, 1, "no ## headings")])
    holes = []
    filled = 0
    for line, title, body in sections:
        content = meaningful(body)
        gaps = [(rel, n, f"{title}: placeholder") for n, t in content if PLACEHOLDER in t]
        if not content:
            gaps = [(rel, line, f"{title}: empty")]
        if gaps:
            holes.extend(gaps[:2])
        else:
            filled += 1
    score = 10.0 * filled / len(sections)
    if not holes:
        return passed(f"all {len(sections)} sections of {rel} filled", [(rel, 1, "complete")])
    reason = f"{len(sections) - filled} of {len(sections)} card sections empty or with placeholders"
    return (warned if score >= 5 else failed)(reason, holes[:10], score)
