"""A report as Markdown (CI job summary, pull-request comment) and as SARIF 2.1.0 (code scanning)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from .. import __version__
from ..encode import markdown_code, markdown_text
from . import Report, all_checks

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
PAPER = "https://doi.org/10.1371/journal.pcbi.1009803"
LEVELS = {"fail": "error", "warn": "warning"}
ICONS = {"pass": "✅", "warn": "⚠️", "fail": "❌", "na": "➖"}


def score_text(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.0f}"


def tip_titles() -> dict[int, str]:
    from ..knowledge import load_knowledge

    try:
        return {t.number: t.title for t in load_knowledge().tips}
    except Exception:  # the titles are decoration; never fail a report for them
        return {}


def _own(r: Any, text: str) -> str:
    """A check's title or fix in Markdown: deeprules' own (checks.yaml) as written, a lab's (from the repository's
    config) escaped. Reasons, ignore reasons and paths can carry repository text: always escaped."""
    return text if r.id.startswith("DR") else markdown_text(text)


def to_markdown(report: Report, *, titles: dict[int, str] | None = None) -> str:
    titles = titles if titles is not None else tip_titles()
    st = report.stamp
    out = [f"## deeprules compliance: {score_text(report.overall)}/100", ""]
    out += ["| Tip | Score | Checks |", "|---|---:|---|"]
    by_tip = report.by_tip()
    for tip, score in report.tips.items():
        if tip not in by_tip:
            continue
        marks = " ".join(f"{ICONS[r.status] if r.ignored is None else '🚫'} {r.id}" for r in by_tip[tip])
        name = f"{tip}. {titles[tip]}" if tip in titles else str(tip)
        out.append(f"| {name} | {score_text(score)} | {marks} |")
    steps = report.next_steps()
    if steps:
        out += ["", "### What to do next", ""]
        for r in steps:
            where = f" ({markdown_code(f'{r.evidence[0][0]}:{r.evidence[0][1]}')})" if r.evidence else ""
            out.append(f"- **{r.id}** {_own(r, r.title)}: {markdown_text(r.reason)}{where}. *Fix:* {_own(r, r.fix)}")
    skipped = [r for r in report.results if not r.counted]
    if skipped:
        out += ["", "<details><summary>Not counted (" + str(len(skipped)) + ")</summary>", ""]
        for r in skipped:
            why = f"ignored: {r.ignored}" if r.ignored else r.reason
            out.append(f"- {r.id} {_own(r, r.title)}: {markdown_text(why)}")
        out += ["", "</details>"]
    commit = (st.get("commit") or "no commit")[:10]
    dirty = " + uncommitted changes" if st.get("dirty") else ""
    out += ["", f"<sub>{st.get('source')} at {commit}{dirty} · deeprules {st.get('deeprules')} · "
            f"check set {st.get('checkset')}</sub>", ""]
    return "\n".join(out)


def to_sarif(report: Report, *, fallback_uri: str = "PLAN.md") -> dict[str, Any]:
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for c in all_checks():
        index[c.id] = len(rules)
        rule: dict[str, Any] = {"id": c.id, "name": c.title, "shortDescription": {"text": c.title},
                                "fullDescription": {"text": c.why}, "help": {"text": c.fix},
                                "helpUri": c.help_uri or PAPER,
                                "properties": {"tip": c.tip, "recommendations": list(c.recommendations)}}
        rules.append(rule)
    results = []
    for r in report.results:
        if r.status not in LEVELS or not r.counted:
            continue
        locs = []
        for path, line, text in r.evidence[:10] or ((fallback_uri, 1, ""),):
            # a URI reference: a space, '#' or '%' in a file name would otherwise point elsewhere
            uri = quote(path, safe="/", errors="surrogateescape")
            locs.append({"physicalLocation": {"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                                              "region": {"startLine": max(1, int(line))}},
                         **({"message": {"text": text}} if text else {})})
        results.append({"ruleId": r.id, "ruleIndex": index.get(r.id, 0), "level": LEVELS[r.status],
                        "message": {"text": f"{r.title}: {r.reason}. Fix: {r.fix}"}, "locations": locs[:1],
                        "relatedLocations": [dict(x, id=i) for i, x in enumerate(locs[1:], start=1)],
                        "properties": {"score": round(r.score, 2)}})
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "deeprules", "version": __version__, "informationUri": PAPER, "rules": rules}},
        "results": results,
        "properties": {"overall": report.to_dict()["overall"], "stamp": report.stamp},
    }
    return {"version": "2.1.0", "$schema": SARIF_SCHEMA, "runs": [run]}


def explain(report: Report, check_id: str) -> dict[str, Any]:
    """Everything about one check on this repository: what it looks for and why (from checks.yaml), the
    verdict, its evidence as file:line, and the fix or the command that adopts it."""
    from ..errors import InputError

    cid = check_id.strip().upper()
    spec = next((c for c in all_checks() if c.id == cid), None)
    result = next((r for r in report.results if r.id == cid), None)
    if spec is None or result is None:
        raise InputError(f"--explain {check_id}: no such check; checks are "
                         f"{', '.join(c.id for c in all_checks())}")
    return {"id": cid, "tip": spec.tip, "title": spec.title, "why": spec.why, "fix": spec.fix,
            "recommendations": list(spec.recommendations), "docs": spec.docs, "status": result.status,
            "na_kind": result.na_kind, "score": round(result.score, 1), "reason": result.reason,
            "evidence": [{"path": p, "line": n, "text": t} for p, n, t in result.evidence],
            "adopt": result.adopt, "ignored": result.ignored}


def explain_text(data: dict[str, Any]) -> str:
    lines = [f"{data['id']} (tip {data['tip']}): {data['title']}", ""]
    status = data["status"] if data["status"] != "na" else (data["na_kind"] or "na").replace("_", " ")
    lines.append(f"verdict: {status}" + (f" ({data['score']:g}/10)" if data["status"] != "na" else ""))
    lines.append(f"  {data['reason']}")
    if data["evidence"]:
        lines += ["", "evidence:"]
        lines += [f"  {e['path']}:{e['line']}  {e['text']}" for e in data["evidence"]]
    lines += ["", "why it matters:", f"  {data['why']}"]
    if data["adopt"]:
        lines += ["", f"to adopt it: {data['adopt']}"]
    if data["status"] != "pass":
        lines += ["", "fix:", f"  {data['fix']}"]
    lines += ["", f"the paper: {PAPER} (tip {data['tip']})"]
    return "\n".join(lines) + "\n"


def checked_what(stamp: dict[str, Any]) -> str:
    """What a report read, in words, for every reader (check, the app's dashboard, the HTML report): the
    stamp's kind ("worktree", "index", "commit") printed as it was gave "worktree at no commit" for a folder
    that is not a git repository, and the page and the app said "worktree at" after the CLI stopped."""
    commit = (stamp.get("commit") or "")[:10]
    if stamp.get("source") == "commit":
        return f"commit {commit}"
    what = "the staged files" if stamp.get("source") == "index" else "the files on disk"
    if not commit:
        return f"{what} (no commit yet)"
    return f"{what} at commit {commit}" + (" + uncommitted changes" if stamp.get("dirty") else "")
