"""Fact extraction over a repository's whole history: incremental (`checks.incremental`) against full.

    python benchmarks/bench_facts.py REPO [REPO...] [--max-commits 2000] [--reference REV] [--time]

REPO is a git repository (a clone or a mirror of a real one; keep real repositories out of the project).
The last MAX_COMMITS first-parent commits are walked oldest first, as `deeprules history` walks them: the
first commit's scripts are analysed, then each changed version. Every version of every Python, shell and R
script is analysed incrementally (from the version before, as `history` does) and in full, and the facts
compared; with --reference, also against `checks/scan.py` as it was at REV of this project (the facts
before the extraction was made incremental), and so is every version of every other kind of file. Prints
versions, bytes, how many re-used the version before, and mismatches (which must be 0). With --time: CPU
seconds of the incremental and the full analyses.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from deeprules.checks import scan
from deeprules.checks.incremental import KINDS, Versions
from deeprules.history import iter_changes
from deeprules.snapshot import ObjectReader, decode

HERE = Path(__file__).resolve().parent.parent


def reference_analyze(rev: str) -> Any:
    """`analyze` of checks/scan.py at REV of this project."""
    source = subprocess.run(["git", "show", f"{rev}:app/deeprules/checks/scan.py"], cwd=HERE, check=True,
                            capture_output=True, text=True).stdout
    spec = importlib.util.spec_from_loader("deeprules.checks._scan_reference", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "deeprules.checks"
    exec(compile(source, f"{rev}:scan.py", "exec"), module.__dict__)
    return module.analyze


def versions_of(repo: Path, max_commits: int, kinds: tuple[str, ...]) -> Any:
    """(path, kind, text) of every version of a file of these kinds the walk analyses, in order."""
    git = ["git", "-C", str(repo)]
    shas = subprocess.run([*git, "rev-list", "--first-parent", f"-n{max_commits}", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.split()[::-1]
    listing = subprocess.run([*git, "ls-tree", "-r", "-z", "--full-tree", shas[0]], check=True,
                             capture_output=True).stdout.decode("utf-8", "replace")
    first = []
    for entry in listing.split("\0"):
        if "\t" in entry:
            meta, path = entry.split("\t", 1)
            first.append((path, meta.split()[2]))
    with ObjectReader(repo) as reader:
        def versions(changes: list[tuple[str, str | None]]) -> Any:
            for path, blob in changes:
                kind = scan.extractor(path)
                if blob is None or kind not in kinds:
                    continue
                data, _ = reader.read(blob)
                if data is not None:
                    yield path, kind, decode(data)

        yield from versions(first)
        if len(shas) > 1:
            for _sha, changes in iter_changes(repo, shas[0], shas[-1]):
                yield from versions(changes)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("repos", nargs="+", type=Path)
    ap.add_argument("--max-commits", type=int, default=2000)
    ap.add_argument("--reference", help="a revision of this project whose checks/scan.py gives the facts")
    ap.add_argument("--time", action="store_true", help="CPU seconds of incremental and full analyses")
    args = ap.parse_args()
    ref = reference_analyze(args.reference) if args.reference else None
    bad = 0
    for repo in args.repos:
        items = list(versions_of(repo, args.max_commits, KINDS))
        versions = Versions()
        mismatches = ref_mismatches = 0
        t_inc = t_full = 0.0
        for path, kind, text in items:
            t0 = time.process_time()
            got = versions.analyze(path, text, kind)
            t1 = time.process_time()
            want = scan.analyze(path, text, kind)
            t2 = time.process_time()
            t_inc += t1 - t0
            t_full += t2 - t1
            wrong = got != want or list(got) != list(want)
            if ref is not None:  # the full analysis against the reference, whatever the incremental one gave
                expected = ref(path, text, kind)
                if expected != want or list(expected) != list(want):
                    ref_mismatches += 1
                    wrong = True
                    print(f"  MISMATCH {path}: full analysis differs from {args.reference}", file=sys.stderr)
            if wrong:
                mismatches += 1
                if mismatches <= 5:
                    differ = sorted(k for k in {*got, *want} if got.get(k) != want.get(k))
                    print(f"  MISMATCH {path}: {differ or 'order of facts'}", file=sys.stderr)
        size = sum(len(t) for _, _, t in items)
        line = (f"{repo}: {len(items)} script versions, {size / 1e6:.1f} MB, re-used the version before "
                f"{versions.reused}, full {versions.full}, mismatches {mismatches}"
                f"{f' (of them against {args.reference}: {ref_mismatches})' if ref else ''}")
        if args.time:
            line += f"; CPU incremental {t_inc:.2f} s, full {t_full:.2f} s"
        print(line)
        bad += mismatches
        if ref is not None:  # every other kind: the full analysis against the reference
            others = [k for k in ("nb", "cfg", "ci", "docker", "req", "pyproject", "sums", "dvc", "table")]
            wrong = total = 0
            for path, kind, text in versions_of(repo, args.max_commits, tuple(others)):
                total += 1
                got = scan.analyze(path, text, kind)
                want = ref(path, text, kind)
                if got != want or list(got) != list(want):
                    wrong += 1
                    if wrong <= 5:
                        print(f"  MISMATCH {path} ({kind})", file=sys.stderr)
            print(f"{repo}: {total} versions of notebooks, configuration, environment and tables, full analysis "
                  f"against {args.reference}: mismatches {wrong}")
            bad += wrong
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
