"""Tip 2: baselines run in the code, and their results written down."""

from __future__ import annotations

import re

from . import RESULTS_REL, CheckResult, Context, check, failed, passed
from ._util import is_code, is_read
from .scan import BASELINE_WORDS

_CALL = re.compile(r"\w\s*\(")


@check("DR201", watches=is_code, facts_only=True)
def baselines_run(ctx: Context) -> CheckResult:
    ev = []
    for path, lines in sorted(ctx.files_with("baseline").items()):
        if not is_code(path):
            continue
        calls = [x for x in lines
                 if _CALL.search(str(x[1])) and not str(x[1]).lstrip().startswith(("from ", "import "))]
        for n, text in (calls or lines)[:2]:
            ev.append((path, int(n), str(text)))
    if ev:
        files = len({p for p, _, _ in ev})
        return passed(f"baseline models in {files} file(s)", ev[:8])
    return failed("no baseline model (logistic regression, random forest, gradient boosting...) found in the code")


def _results_rows(ctx: Context) -> list[tuple[str, int, str]]:
    text = ctx.text(RESULTS_REL)
    if not text:
        return []
    from ..errors import InputError
    from ..yamlio import parse_json  # the one bounded JSON reader (issue 11)

    try:
        data = parse_json(text, RESULTS_REL, what="results file")
    except InputError:
        return []
    rows = data.get("results", []) if isinstance(data, dict) else data
    out = []
    for i, row in enumerate(rows if isinstance(rows, list) else []):
        if isinstance(row, dict) and (row.get("baseline") is True or BASELINE_WORDS.search(str(row.get("model", "")))):
            out.append((RESULTS_REL, i + 1, f"{row.get('model')}: {row.get('metric', '')} {row.get('value', '')}"))
    return out


@check("DR202", watches=is_read, facts_only=True)
def baseline_results(ctx: Context) -> CheckResult:
    ev = _results_rows(ctx)
    for path, lines in sorted(ctx.files_with("baseline_result").items()):
        ev.extend((path, int(n), str(t)) for n, t in lines[:2])
    if ev:
        return passed(f"baseline results recorded in {len({p for p, _, _ in ev})} file(s)", ev[:8])
    return failed("no results file mentions a baseline model (results/*.csv|md, a results notebook, "
                  f"or {RESULTS_REL})")
