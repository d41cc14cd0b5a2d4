"""`check --rev COMMIT --json --no-cache` of this code against another copy of deeprules' `app/`, on every
repository of realrepos.yaml: the outputs must be byte-identical (a speed change must not move a verdict).

    python benchmarks/compare_check.py OTHER_APP [--mirror /work/.mirror] [--work DIR] [--shard I/N]

OTHER_APP is a folder holding the `deeprules` package to compare with (e.g. `git archive main app | tar -x`).
Each repository is cloned without a checkout into --work once (kept for a re-run). Prints one line per
repository that differs and a summary; exit code 1 if any differs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from deeprules.yamlio import parse

HERE = Path(__file__).resolve().parent
APP = HERE.parent / "app"


def run(app: Path, dest: Path, commit: str) -> bytes:
    env = {**os.environ, "PYTHONPATH": str(app)}
    out = subprocess.run([sys.executable, "-m", "deeprules", "check", "-C", str(dest), "--rev", commit, "--json",
                          "--no-cache"], capture_output=True, env=env, check=False)
    return out.stdout + b"\n--rc %d--\n" % out.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("other", type=Path)
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/compare-check"))
    ap.add_argument("--shard", default="0/1", help="I/N: every Nth repository from the Ith (parallel runs)")
    args = ap.parse_args()
    entries = parse((HERE / "realrepos.yaml").read_text(), "benchmarks/realrepos.yaml", round_trip=False)["repos"]
    index, count = (int(x) for x in args.shard.split("/"))
    entries = entries[index::count]
    args.work.mkdir(parents=True, exist_ok=True)
    differ = 0
    for entry in entries:
        repo, commit = entry["repo"], entry["commit"]
        dest = args.work / repo.replace("/", "+")
        if not dest.exists():
            local = args.mirror / repo.replace("/", "+") / "repo"
            src = str(local) if local.exists() else f"https://github.com/{repo}.git"
            subprocess.run(["git", "clone", "-q", "--no-checkout", src, str(dest)], check=True)
        ours, theirs = run(APP, dest, commit), run(args.other, dest, commit)
        if ours != theirs:
            differ += 1
            print(f"DIFFERS {repo} {commit}", flush=True)
    print(f"{len(entries)} repositories, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
