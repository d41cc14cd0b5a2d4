"""Ethics register timings, run on demand (never in the test suite).

    python benchmarks/bench_ethics.py [--runs 7] [--concerns 200]

Times whole processes (start-up included), min and median, in a repository initialised from the clinical
example and then grown to `--concerns` concern files with one commit each:
  - `deeprules ethics list --json`, `ethics show`, `ethics log`;
  - `ethics add` and `ethics update --note` (each one commit);
  - `deeprules plan` (the generator scans the register and regenerates the index; nothing changes);
  - `ethics export --format csv`.
"""

from __future__ import annotations

import argparse
import os
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


def run(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, check=False, stdin=subprocess.DEVNULL)
    took = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-500:]}")
    return took


def timed(cmd: list[str], cwd: Path, runs: int) -> tuple[float, float]:
    times = [run(cmd, cwd) for _ in range(runs)]
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--concerns", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="deeprules-bench-ethics-") as tmp:
        repo = Path(tmp) / "project"
        repo.mkdir()
        for c in (["init", "-q", "-b", "main"], ["config", "user.name", "Bench"],
                  ["config", "user.email", "bench@example.org"], ["config", "commit.gpgSign", "false"]):
            subprocess.run(["git", *c], cwd=repo, check=True)
        run([*DEEPRULES, "init", "--example", "clinical"], repo)
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
        from deeprules.gitrepo import GitRepo
        from deeprules.register import EthicsRegister

        reg = EthicsRegister(GitRepo.find(repo))
        start = time.perf_counter()
        while len(reg.files()) < args.concerns:
            reg.add(f"Generated concern number {len(reg.files()) + 1}", severity="low")
        print(f"grew the register to {len(reg.files())} concerns in {time.perf_counter() - start:.1f} s "
              "(in-process adds, one commit each)")
        rows = [
            ("ethics list --json", [*DEEPRULES, "ethics", "list", "--json"]),
            ("ethics show 3", [*DEEPRULES, "ethics", "show", "3", "--json"]),
            ("ethics log 3", [*DEEPRULES, "ethics", "log", "3", "--json"]),
            ("ethics update 3 --note", [*DEEPRULES, "ethics", "update", "3", "--note", "bench"]),
            ("ethics add", [*DEEPRULES, "ethics", "add", "--title", "bench concern"]),
            ("plan (no change)", [*DEEPRULES, "plan"]),
            ("ethics export --format csv", [*DEEPRULES, "ethics", "export", "--format", "csv"]),
            ("deeprules --version", [*DEEPRULES, "--version"]),
        ]
        print(f"{'command':32} {'min':>8} {'median':>8}   ({args.runs} runs, {args.concerns}+ concerns)")
        for name, cmd in rows:
            lo, med = timed(cmd, repo, args.runs)
            print(f"{name:32} {lo:8.3f} {med:8.3f}")


if __name__ == "__main__":
    main()
