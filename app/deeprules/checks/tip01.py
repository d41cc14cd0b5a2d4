"""Tip 1: decide whether deep learning is appropriate; the plan and the answers behind it."""

from __future__ import annotations

from . import CheckResult, Context, check, failed, not_adopted, passed, warned


@check("DR101", watches=lambda p: False)
def plan_present(ctx: Context) -> CheckResult:
    plan = ctx.path("plan")
    text = ctx.text(plan)
    if text is None:
        return not_adopted(f"no {plan}; deeprules records the tip 1 decision (is deep learning the right tool?) "
                           "in a plan", "deeprules init")
    items = ctx.plan_items()
    if not items:
        return warned(f"{plan} exists but has no deeprules task items", [(plan, 1, "no tagged task items")], 5.0)
    done = sum(1 for i in items.values() if i.done)
    return passed(f"{plan} with {len(items)} task items ({done} ticked)", [(plan, 1, f"{len(items)} task items")])


@check("DR102", watches=lambda p: False)
def answers_complete(ctx: Context) -> CheckResult:
    info = ctx.answers
    open_qs = info.get("open") or []
    total = max(int(info.get("n_questions") or 0), len(open_qs), 1)
    rel = ".deeprules/answers.yaml"
    if not open_qs:
        return passed(f"all {total} planning questions answered", [(rel, 1, "no open questions")])
    # An id the file holds is cited at its line; the ids it lacks are one piece of evidence (`--explain` listed
    # 26 lines of ".deeprules/answers.yaml:1  n_units: unanswered", every one at line 1).
    ev = [(rel, int(q["line"]), f"{q['id']}: {q['status']}") for q in open_qs if q.get("line")]
    absent = [q["id"] for q in open_qs if not q.get("line")]
    if absent:
        ev.append((rel, 1, f"not in the file yet: {', '.join(absent)}"))
    score = 10.0 * (total - len(open_qs)) / total
    reason = f"{len(open_qs)} of {total} questions open: {', '.join(q['id'] for q in open_qs)}"
    return (warned if score >= 5 else failed)(reason, ev, score)

