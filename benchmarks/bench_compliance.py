"""Speed of `deeprules check` and `deeprules history` on a generated repository.

    python benchmarks/bench_compliance.py [--files 20000] [--commits 2000] [--runs 7] [--keep DIR]

Builds a repository of FILES files and COMMITS first-parent commits with `git fast-import` (a few
seconds), then times, as whole processes (start-up included): `check --json` (cold: no cache; warm; after
one file is edited), `history --json` cold (no cache) and warm, and `history` after one added commit; prints
min/median wall and CPU seconds of RUNS runs and the peak memory (ru_maxrss of the child). Children run
without PYTHONDONTWRITEBYTECODE (after one warm-up that writes the .pyc files), as a real install would.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
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
TRAIN = ("import torch\nfrom torch import nn\n\nmodel = nn.Sequential(nn.Linear(16, 2))\n"
         "opt = torch.optim.Adam(model.parameters())\nfor x, y in loader:\n    loss = crit(model(x), y)\n"
         "    loss.backward()\n    optimizer.step()\n")


def generate(root: Path, n_files: int, n_commits: int, seed: int = 0) -> None:
    rnd = random.Random(seed)
    from deeprules.knowledge import load_knowledge

    answers = load_knowledge().examples["microscopy"]
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    paths = []
    for i in range(n_files):
        kind = i % 10
        if kind == 0:
            paths.append(f"src/pkg{i % 50}/mod{i}.py")
        elif kind == 1:
            paths.append(f"docs/page{i}.md")
        else:
            paths.append(f"data/part{i % 100}/sample{i}.csv")

    def content(path: str, version: int) -> bytes:
        if path.endswith(".py"):
            body = TRAIN if hash(path) % 20 == 0 else f"def f{version}(x):\n    return x + {version}\n" * 5
            if hash(path) % 40 == 0:
                body += "torch.manual_seed(0)\n"
            return body.encode()
        if path.endswith(".md"):
            return f"# Page\n\nSome notes, version {version}.\n".encode()
        return "".join(f"{j},{version},{j * 0.5}\n" for j in range(20)).encode()

    out = []

    def blob(path: str, data: bytes) -> None:
        out.append(f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n")

    t = 1_700_000_000
    for c in range(n_commits):
        msg = f"commit {c}".encode()
        out.append(b"commit refs/heads/main\n")
        out.append(f"committer T <t@example.org> {t + c * 60} +0000\n".encode())
        out.append(f"data {len(msg)}\n".encode() + msg + b"\n")
        if c == 0:
            blob(".deeprules/answers.yaml", answers.encode())
            for p in paths:
                blob(p, content(p, 0))
        else:
            for _ in range(rnd.randint(1, 3)):
                p = rnd.choice(paths)
                blob(p, content(p, c))
            if c % 250 == 0:
                blob(f"src/train_{c}.py", (TRAIN + "torch.manual_seed(1)\n").encode())
            if c == n_commits // 2:
                blob("uv.lock", b"version = 1\n")
        out.append(b"\n")
    subprocess.run(["git", "fast-import", "--quiet"], cwd=root, input=b"".join(out), check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=root, check=True)


def timed(cmd: list[str], cwd: Path, before: object = None) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS MB) of one child process; CPU is user + system of the child and
    the git processes it waited for (on a shared machine the CPU time is the figure to compare)."""
    if callable(before):
        before()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = status
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def report(name: str, rows: list[tuple[float, float, float]]) -> None:
    walls = [w for w, _, _ in rows]
    cpus = [c for _, c, _ in rows]
    print(f"{name:34s} wall min {min(walls):7.3f}s median {statistics.median(walls):7.3f}s  "
          f"cpu min {min(cpus):6.3f}s median {statistics.median(cpus):6.3f}s  "
          f"peak {max(m for _, _, m in rows):6.1f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=20_000)
    ap.add_argument("--commits", type=int, default=2_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--keep", type=Path, default=None, help="build (or reuse) the repository here")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="deeprules-bench-"))
    root = args.keep or tmp / "repo"
    if not (root / ".git").exists():
        t0 = time.perf_counter()
        generate(root, args.files, args.commits)
        print(f"generated {args.files} files, {args.commits} commits in {time.perf_counter() - t0:.1f}s at {root}")
    cache = root / ".git" / "deeprules-cache"

    def drop_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    check = [*DEEPRULES, "check", "--json"]
    hist = [*DEEPRULES, "history", "--json"]
    timed([*DEEPRULES, "check", "--json", "--no-cache"], root)  # warm-up: writes the .pyc files
    report("--version (start-up alone)", [timed([*DEEPRULES, "--version"], root) for _ in range(args.runs)])
    report("check --json (cold, no cache)", [timed(check, root, drop_cache) for _ in range(args.runs)])
    report("check --json (warm)", [timed(check, root) for _ in range(args.runs)])
    edited = root / "src" / "pkg0" / "mod0.py"
    original = edited.read_bytes()

    def edit() -> None:
        edited.write_bytes(original + f"# edit {time.time_ns()}\n".encode())  # new content on every run

    report("check --json (one file edited)", [timed(check, root, edit) for _ in range(args.runs)])
    edited.write_bytes(original)
    report("history (cold, no cache)", [timed(hist, root, drop_cache) for _ in range(args.runs)])
    timed(hist, root)
    report("history (warm)", [timed(hist, root) for _ in range(args.runs)])
    rows = []
    for i in range(args.runs):
        (root / "notes.md").write_text(f"note {i} {time.time_ns()}\n")  # new content on every run
        subprocess.run(["git", "add", "notes.md"], cwd=root, check=True)
        subprocess.run(["git", "commit", "-qm", f"note {i}"], cwd=root, check=True,
                       env={**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
                            "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org"})
        rows.append(timed(hist, root))
    report("history after one added commit", rows)
    print(f"(this process: peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    if args.keep is None:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
