"""Does `history` say, at every commit, what `check --rev` says there? Walks a repository's history, then
runs the checks afresh (facts memoised, so this is fast) at every N-th commit and at every commit where
the history's verdicts change, and prints each disagreement.

    python benchmarks/verify_history.py REPO [--max-commits 2000] [--every 10] [--select DR3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from deeprules.checks import run_checks
from deeprules.config import load_config
from deeprules.history import history
from deeprules.snapshot import commit_snapshot


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("repo", type=Path)
    ap.add_argument("--max-commits", type=int, default=2000)
    ap.add_argument("--every", type=int, default=10)
    ap.add_argument("--select", action="append")
    args = ap.parse_args()
    points = history(args.repo, max_commits=args.max_commits, select=args.select, use_cache=False).points
    config = load_config(args.repo)
    memo: dict[str, dict[str, object]] = {"facts": {}, "answers": {}}
    picked = [i for i, p in enumerate(points) if i % args.every == 0 or p.changed or i == len(points) - 1]
    picked = sorted({j for i in picked for j in (i, i - 1) if j >= 0})
    bad = 0
    for i in picked:
        p = points[i]
        report = run_checks(commit_snapshot(args.repo, p.sha), None, config, select=args.select, memo=memo)
        want = {r.id: (r.status if r.ignored is None else "ignored", round(r.score, 2)) for r in report.results}
        got = {cid: (status, round(score, 2)) for cid, (status, score) in p.checks.items()}
        if got != want:
            bad += 1
            diff = {k: (got.get(k), want.get(k)) for k in want if got.get(k) != want.get(k)}
            print(f"{i} {p.sha[:10]} {p.subject[:50]!r}: history vs check {diff}")
    print(f"{len(picked)} commits compared of {len(points)}, {bad} disagree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
