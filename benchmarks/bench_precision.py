"""Precision and recall of every check over real repositories judged by hand (benchmarks/realrepos.yaml).

Each repository is cloned (without a checkout: some mirrors lack their largest blobs) into a temporary
folder and checked at the judged commit with `deeprules check --rev COMMIT --json --no-cache`. A verdict
is "pass", "fail" (deeprules' warn and fail) or "na". Precision and recall are those of "pass" (the practice
is there); the agreement counts all three.

    python benchmarks/bench_precision.py [--mirror /work/.mirror] [--json] [--only LABEL] [--repo OWNER/NAME ...]
        [--skip-missing]

Repositories marked `heldout: LABEL` were judged before deeprules ran on them; each label is reported
on its own line (`--only LABEL` runs just those).

`--mirror` holds `<owner>+<name>/repo` git directories (what the `fetch` tool brings); without one, the
repository is cloned from GitHub.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from deeprules.yamlio import parse

HERE = Path(__file__).resolve().parent


def source(repo: str, mirror: Path | None) -> str:
    if mirror is not None:
        local = mirror / repo.replace("/", "+") / "repo"
        if local.exists():
            return str(local)
    return f"https://github.com/{repo}.git"


def verdicts(repo: str, commit: str, mirror: Path | None, work: Path) -> dict[str, str]:
    dest = work / repo.replace("/", "+")
    subprocess.run(["git", "clone", "-q", "--no-checkout", source(repo, mirror), str(dest)], check=True)
    out = subprocess.run([sys.executable, "-m", "deeprules", "check", "-C", str(dest), "--rev", commit, "--json",
                          "--no-cache"], capture_output=True, text=True, check=False)
    data = json.loads(out.stdout)
    return {c["id"]: {"pass": "pass", "warn": "fail", "fail": "fail", "na": "na"}[c["status"]]
            for c in data["checks"]}


def ratio(a: int, b: int) -> float | None:
    return None if b == 0 else a / b


def tally(c: dict[str, int], have: str, want: str) -> None:
    """Count one verdict: agreement, and "pass" as the positive class."""
    c["n"] += 1
    c["agree"] += have == want
    c["tp"] += have == "pass" and want == "pass"
    c["fp"] += have == "pass" and want != "pass"
    c["fn"] += have != "pass" and want == "pass"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--only", help="only the repositories marked `heldout: ONLY`")
    ap.add_argument("--repo", action="append", default=[],
                    help="only this repository (owner/name; repeat for more): re-check the ones a change could flip")
    ap.add_argument("--skip-missing", action="store_true",
                    help="leave out the repositories with no mirror (a machine with no network) and list them")
    args = ap.parse_args()
    mirror = args.mirror if args.mirror.exists() else None
    spec = parse((HERE / "realrepos.yaml").read_text(), "benchmarks/realrepos.yaml", round_trip=False)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    # the repositories judged before deeprules ran on them, by their `heldout:` label
    held: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    skipped: list[str] = []
    ran: list[str] = []  # the repositories run, so two runs can be compared on the ones both ran
    with tempfile.TemporaryDirectory() as tmp:
        for entry in spec["repos"]:
            label = str(entry.get("heldout") or "")
            if args.only and label != args.only:
                continue
            if args.repo and entry["repo"] not in args.repo:
                continue
            if args.skip_missing and source(entry["repo"], mirror).startswith("https:"):
                skipped.append(entry["repo"])
                continue
            got = verdicts(entry["repo"], entry["commit"], mirror, Path(tmp))
            ran.append(entry["repo"])
            for cid, (want, *words) in entry["checks"].items():
                why = ", ".join(str(w) for w in words)  # a flow list splits the reason at its commas
                have = got.get(cid, "missing")
                tally(counts[cid], have, want)
                if label:
                    tally(held[label], have, want)
                if have != want:
                    misses.append((entry["repo"], cid, have, want, why))
    total: dict[str, int] = defaultdict(int)
    rows = []
    for cid in sorted(counts, key=lambda x: (int(x[2:-2]), x)):
        c = counts[cid]
        for k, v in c.items():
            total[k] += v
        rows.append({"check": cid, "n": c["n"], "agree": c["agree"],
                     "precision": ratio(c["tp"], c["tp"] + c["fp"]), "recall": ratio(c["tp"], c["tp"] + c["fn"])})
    overall = {"n": total["n"], "agree": total["agree"],
               "precision": ratio(total["tp"], total["tp"] + total["fp"]),
               "recall": ratio(total["tp"], total["tp"] + total["fn"])}
    heldout = {label: {"n": h["n"], "agree": h["agree"], "precision": ratio(h["tp"], h["tp"] + h["fp"]),
                       "recall": ratio(h["tp"], h["tp"] + h["fn"])} for label, h in held.items()}
    if args.json:
        print(json.dumps({"checks": rows, "overall": overall, "heldout": heldout, "skipped": skipped, "ran": ran,
                          "misses": [dict(zip(("repo", "check", "got", "expected", "why"), m, strict=True))
                                     for m in misses]}, indent=2))
        return

    def fmt(x: float | None) -> str:
        return "  -  " if x is None else f"{100 * x:5.1f}"

    print(f"{'check':8} {'n':>3} {'agree':>5} {'prec%':>6} {'recall%':>7}")
    for r in rows:
        print(f"{r['check']:8} {r['n']:3d} {r['agree']:5d} {fmt(r['precision']):>6} {fmt(r['recall']):>7}")
    print(f"{'overall':8} {overall['n']:3d} {overall['agree']:5d} {fmt(overall['precision']):>6} "
          f"{fmt(overall['recall']):>7}")
    for label, h in heldout.items():
        print(f"held out ({label}): {h['n']} verdicts, {h['agree']} agree, precision {fmt(h['precision'])}%, "
              f"recall {fmt(h['recall'])}%")
    if skipped:
        print(f"skipped (no mirror): {len(skipped)} repositories: {', '.join(skipped)}")
    for repo, cid, have, want, why in misses:
        print(f"  miss: {repo} {cid}: got {have}, expected {want} ({why})")


if __name__ == "__main__":
    main()
