"""Fact extraction on hostile lines: how long `scan.analyze` takes on files a cloned repository could hold to make
the patterns backtrack (one huge line; many long lines of a repeated word).

    python benchmarks/bench_hostile.py [--sizes 10000,40000] [--lines 100] [--budget 60]

For each case and size the CPU seconds of one analysis (in-process, patterns compiled first). A case that runs
over --budget seconds is stopped (in a child process) and shown as "> BUDGET". Compare two versions of the code
by running this script with `PYTHONPATH=OTHER/app`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import time

#: (name, path, the unit repeated to make a line): the forms session 15's fuzzing found slowest
CASES = [
    ("CI file, blank line", ".github/workflows/ci.yml", " "),
    ("shell script, a word repeated", "run.sh", "attention"),
    ("checksum list, a path run", "data.md5", "dim."),
    ("Markdown, blank line", "README.md", " "),
    ("Python, a word repeated", "train.py", "auc"),
    ("R script, a word repeated", "fit.R", "seed"),
    ("notebook cell, a word repeated", "nb.ipynb", "attention"),
    ("config, a word repeated", "config.yaml", "checksums"),
]


def text_of(path: str, unit: str, width: int, lines: int) -> str:
    line = (unit * (width // len(unit) + 1))[:width]
    text = "import torch\n" + "\n".join([line] * lines) + "\nx = 1\n"
    if path.endswith(".ipynb"):
        cell = {"cell_type": "code", "source": text.splitlines(True), "outputs": [], "metadata": {}}
        text = json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 4})
    return text


def one(path: str, text: str, out: multiprocessing.Queue) -> None:
    from deeprules.checks import scan

    scan.LazyRe.compile_all()
    start = time.process_time()
    scan.analyze(path, text)
    out.put(time.process_time() - start)


def timed(path: str, text: str, budget: float) -> float | None:
    out: multiprocessing.Queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=one, args=(path, text, out))
    proc.start()
    proc.join(budget)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return None
    return float(out.get())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,40000", help="characters of the one huge line")
    ap.add_argument("--lines", type=int, default=100, help="lines of 1,000 characters in the many-lines case")
    ap.add_argument("--budget", type=float, default=60.0)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    head = " | ".join(f"one line of {s:,}" for s in sizes)
    print(f"| case | {head} | {args.lines} lines of 1,000 |")
    print("|---|" + "---:|" * (len(sizes) + 1))
    for name, path, unit in CASES:
        cells = []
        for width, lines in [(s, 1) for s in sizes] + [(1000, args.lines)]:
            took = timed(path, text_of(path, unit, width, lines), args.budget)
            cells.append(f"> {args.budget:g} s" if took is None else f"{took:.2f} s")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
