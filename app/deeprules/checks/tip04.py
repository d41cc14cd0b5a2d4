"""Tip 4: know the data: provenance recorded in the data manifest (datapackage.json)."""

from __future__ import annotations

from . import CheckResult, Context, check, failed, passed, warned

FIELDS = ("sources", "version", "downloaded", "hash")


def missing_fields(resource: dict[str, object]) -> list[str]:
    out = []
    sources = resource.get("sources")
    if not (isinstance(sources, list) and any(isinstance(s, dict) and (s.get("path") or s.get("title"))
                                              for s in sources)):
        out.append("sources")
    for key in ("version", "downloaded", "hash"):
        if not str(resource.get(key) or "").strip():
            out.append(key)
    return out


@check("DR401", watches=lambda p: False)
def data_manifest(ctx: Context) -> CheckResult:
    rel = ctx.path("manifest")
    text = ctx.text(rel)
    if text is None:
        return failed(f"no data manifest ({rel}); record data with `deeprules data add`")
    from ..errors import InputError
    from ..yamlio import parse_json  # the one bounded JSON reader (issue 11: a 100,000-deep file crashed)

    try:
        data = parse_json(text, rel, what="data manifest")
    except InputError as exc:
        return failed(f"{rel} is not valid JSON: {exc.message}", [(rel, 1, "invalid JSON")])
    resources = data.get("resources") if isinstance(data, dict) else None
    if not isinstance(resources, list) or not resources:
        return failed(f"{rel} lists no resources", [(rel, 1, "no resources")])
    lines = text.splitlines()
    filled = 0
    ev = []
    for i, res in enumerate(resources):
        if not isinstance(res, dict):
            continue
        name = str(res.get("name") or res.get("path") or f"resource {i + 1}")
        line = next((n for n, t in enumerate(lines, start=1) if f'"{name}"' in t), 1)
        gaps = missing_fields(res)
        filled += len(FIELDS) - len(gaps)
        ev.append((rel, line, f"{name}: missing {', '.join(gaps)}" if gaps else f"{name}: complete"))
    total = len(FIELDS) * len(resources)
    score = 10.0 * filled / total
    reason = f"{filled} of {total} provenance fields (source, version, download date, checksum) recorded"
    if filled == total:
        return passed(f"{len(resources)} data resources with full provenance", ev[:10])
    return (warned if score >= 5 else failed)(reason, [e for e in ev if "missing" in e[2]][:10], score)
