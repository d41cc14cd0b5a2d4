"""Start-up and core-command timings, run on demand (never in the test suite).

    python benchmarks/bench_cli.py [--runs 15] [--keep]

Times, as whole processes over several runs (min and median):
  - `python -c pass` (the floor), `deeprules --help`, `deeprules assess --example microscopy --json`;
  - `deeprules plan` (a re-render that changes nothing) and `deeprules plan --dry-run` on a generated repository
    of 20,000 files and 10,000 commits, against `deeprules --help`.
Targets (issues 2 and 3): --help within 0.15 s of bare Python; assess within 0.3 s; plan within 0.5 s of --help.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEEPRULES = [sys.executable, "-m", "deeprules"]

# Children must be able to write .pyc files, as in a real install: an environment that sets
# PYTHONDONTWRITEBYTECODE would make every timed process recompile deeprules from source (+0.1 s).
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def timed(cmd: list[str], runs: int, cwd: Path | None = None) -> tuple[float, float]:
    subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)  # warm-up (disk cache, .pyc, deeprules cache)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-500:]}")
    return min(times), statistics.median(times)


def big_repo(path: Path, files: int = 20_000, commits: int = 10_000) -> None:
    """A repository with `files` files and `commits` commits, built in seconds with git fast-import."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "b@example.org",
           "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "b@example.org"}
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    lines: list[bytes] = []
    blob = b"x = 1\n"
    lines.append(b"blob\nmark :1\ndata %d\n%s\n" % (len(blob), blob))
    per_commit = max(1, files // commits)
    made = 0
    for c in range(commits):
        msg = b"commit %d" % c
        lines.append(b"commit refs/heads/main\nmark :%d\ncommitter Bench <b@example.org> %d +0000\n"
                     b"data %d\n%s\n" % (c + 2, 1_700_000_000 + c, len(msg), msg))
        if c:
            lines.append(b"from :%d\n" % (c + 1))
        for _ in range(per_commit if made < files else 1):
            name = b"src/pkg%03d/mod%05d.py" % (made % 500, made) if made < files else b"CHANGELOG"
            lines.append(b"M 100644 :1 %s\n" % name)
            made += 1
        lines.append(b"\n")
    subprocess.run(["git", "fast-import", "--quiet"], input=b"".join(lines), cwd=path, env=env, check=True)
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=path, env=env, check=True)
    subprocess.run(["git", "config", "user.name", "Bench"], cwd=path, check=True)
    subprocess.run(["git", "config", "user.email", "b@example.org"], cwd=path, check=True)
    subprocess.run(["git", "config", "commit.gpgSign", "false"], cwd=path, check=True)
    subprocess.run([*DEEPRULES, "init", "--example", "microscopy"], cwd=path, check=True, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", action="store_true", help="keep the generated repository")
    args = parser.parse_args()

    rows = []
    floor = timed([sys.executable, "-c", "pass"], args.runs)
    rows.append(("python -c pass", *floor))
    helps = timed([*DEEPRULES, "--help"], args.runs)
    rows.append(("deeprules --help", *helps))
    rows.append(("deeprules assess --example microscopy --json",
                 *timed([*DEEPRULES, "assess", "--example", "microscopy", "--json"], args.runs)))

    tmp = Path(tempfile.mkdtemp(prefix="deeprules-bench-"))
    try:
        repo = tmp / "big"
        start = time.perf_counter()
        big_repo(repo)
        made = time.perf_counter() - start
        plan = timed([*DEEPRULES, "plan"], args.runs, repo)
        rows.append(("deeprules plan (no change; 20k files, 10k commits)", *plan))
        dry = timed([*DEEPRULES, "plan", "--dry-run"], args.runs, repo)
        rows.append(("deeprules plan --dry-run (same repo)", *dry))
    finally:
        if args.keep:
            print(f"repository kept at {tmp / 'big'}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    print(f"{'command':<58} {'min s':>8} {'median s':>9}")
    for name, lo, med in rows:
        print(f"{name:<58} {lo:8.3f} {med:9.3f}")
    print(f"\n--help over bare python (median): {helps[1] - floor[1]:+.3f} s   (target <= 0.15)")
    print(f"plan over --help (median):         {rows[3][2] - helps[1]:+.3f} s   (target <= 0.5)")
    print(f"(generated repository built in {made:.1f} s)")


if __name__ == "__main__":
    main()
