"""Speed of `deeprules baselines` against a plain scikit-learn script, and of `deeprules audit` on sequences.

    python benchmarks/bench_ml.py [--runs 3] [--budget 20] [--folds 5] [--keep DIR] [--prepare-only]
                                  [--audit-only]

Writes, in a temporary folder (or DIR):
- `cancer.csv`: scikit-learn's breast-cancer table (569 rows, 30 features);
- `plain_sklearn.py`: the yardstick: the same models, search spaces and preprocessing pipelines, each given
  the same budget with `RandomizedSearchCV` (n_jobs=-1, refit on the outer training set) inside the same
  nested folds (StratifiedKFold, 5 outer x 3 inner, shuffled with the same seed), scoring each outer fold;
- `seq_train.tsv`, `seq_test.tsv`: 10,000 protein-like sequences of length 150 (1,000 families of 10, 25%
  of residues substituted per member), split at random 8,000 / 2,000;
- `expr_train.csv`, `expr_test.csv`: 8,000 + 2,000 expression-like rows of 200 genes driven by 5 programmes
  (the near-duplicate check's intrinsic-dimension estimate, the scaling check), 20 rows of the test file
  technical replicates of training rows;
- `dna_train.tsv`, `dna_test.tsv`: 4,000 + 1,000 random 200-nt reads, 50 test reads the reverse complement of
  a training read (homology on both strands);
- `wide.csv`: the header and 20 rows of a 100,000 x 20,000 expression table, extended to its full size as a
  sparse file (about 20 GB that occupy no disk): the time to refuse it;
then times, as whole processes (start-up included), min and median of RUNS runs:
`deeprules baselines cancer.csv --target target --budget B --folds K --permutations 0 --json`,
`python plain_sklearn.py B K`, `deeprules audit seq_train.tsv seq_test.tsv --sequence sequence --json` and the
three audits/refusals above (`--audit-only` skips the two baselines commands).
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
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

PLAIN = '''"""Nested CV the plain scikit-learn way: RandomizedSearchCV per model inside each outer fold."""
import sys

import numpy as np
import pandas as pd
from sklearn.model_selection import RandomizedSearchCV, StratifiedKFold

from deeprules.ml.spaces import models, pipeline, prefixed

budget, folds = int(sys.argv[1]), int(sys.argv[2])
frame = pd.read_csv(sys.argv[3])
y = frame.pop("target").to_numpy()
X = frame
numeric = list(X.columns)
outer = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
for i, model in enumerate(models("classification")):
    seed = (7919 * i) % 2**32
    scores = []
    for train, test in outer.split(X, y):
        est = pipeline(model, seed, numeric, [])
        if model.space:
            inner = StratifiedKFold(n_splits=3, shuffle=True, random_state=0)
            est = RandomizedSearchCV(est, prefixed(model.space), n_iter=budget, cv=inner, n_jobs=-1,
                                     random_state=seed, scoring="balanced_accuracy")
        est.fit(X.iloc[train], y[train])
        scores.append(est.score(X.iloc[test], y[test]) if not model.space else
                      est.scorer_(est, X.iloc[test], y[test]))
    print(model.name, round(float(np.mean(scores)), 4))
'''


def prepare(folder: Path) -> None:
    import numpy as np
    import pandas as pd
    from sklearn.datasets import load_breast_cancer

    load_breast_cancer(as_frame=True).frame.to_csv(folder / "cancer.csv", index=False)
    (folder / "plain_sklearn.py").write_text(PLAIN)
    rng = np.random.default_rng(0)
    amino = np.array(list("ACDEFGHIKLMNPQRSTVWY"))
    rows = []
    for f in range(1000):
        ancestor = rng.choice(amino, 150)
        for m in range(10):
            seq = ancestor.copy()
            hit = rng.random(150) < 0.25
            seq[hit] = rng.choice(amino, int(hit.sum()))
            rows.append({"id": f"f{f}m{m}", "sequence": "".join(seq)})
    frame = pd.DataFrame(rows).sample(frac=1, random_state=0)
    frame.iloc[:8000].to_csv(folder / "seq_train.tsv", sep="\t", index=False)
    frame.iloc[8000:].to_csv(folder / "seq_test.tsv", sep="\t", index=False)
    levels = rng.normal(size=(10000, 5)) @ rng.normal(size=(5, 200)) + 0.3 * rng.normal(size=(10000, 200))
    expr = pd.DataFrame(levels.round(4), columns=[f"g{i}" for i in range(200)]).assign(
        label=rng.integers(0, 2, 10000))
    test = expr.iloc[8000:].copy()
    test.iloc[:20, :200] = expr.iloc[:20, :200].to_numpy() + 0.01 * rng.normal(size=(20, 200))
    expr.iloc[:8000].to_csv(folder / "expr_train.csv", index=False)
    test.to_csv(folder / "expr_test.csv", index=False)
    flip = str.maketrans("ACGT", "TGCA")
    reads = ["".join(rng.choice(list("ACGT"), 200)) for _ in range(5000)]
    dna_test = [r[::-1].translate(flip) for r in reads[:50]] + reads[4050:]
    pd.DataFrame({"read": reads[:4000]}).to_csv(folder / "dna_train.tsv", sep="\t", index=False)
    pd.DataFrame({"read": dna_test}).to_csv(folder / "dna_test.tsv", sep="\t", index=False)
    header = ",".join(f"gene{i}" for i in range(20000)) + ",label\n"
    row = ",".join(["1.234"] * 20000) + ",0\n"
    with (folder / "wide.csv").open("w") as handle:
        handle.write(header + row * 20)
        handle.truncate(len(header) + len(row) * 100000)  # sparse: the size of the whole table, no disk used


def timed(cmd: list[str], cwd: Path, runs: int, ok: tuple[int, ...] = (0, 1)) -> list[float]:
    subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)  # warm-up: .pyc files, page cache
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
        out.append(time.perf_counter() - start)
        if done.returncode not in ok:
            sys.exit(f"{' '.join(cmd)} failed: {done.stderr.decode()[-500:]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--budget", type=int, default=20)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--prepare-only", action="store_true")
    parser.add_argument("--audit-only", action="store_true")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-ml-"))
    folder.mkdir(parents=True, exist_ok=True)
    prepare(folder)
    if args.prepare_only:
        print(folder)
        return
    b, k = str(args.budget), str(args.folds)
    commands = {
        f"deeprules baselines --budget {b} --folds {k} --permutations 0":
            [*DEEPRULES, "baselines", "cancer.csv", "--target", "target", "--budget", b, "--folds", k,
             "--permutations", "0", "--json"],
        f"plain scikit-learn, RandomizedSearchCV (n_iter={b}) in the same nested folds":
            [sys.executable, "plain_sklearn.py", b, k, "cancer.csv"],
        "deeprules audit, 8,000 + 2,000 sequences of length 150":
            [*DEEPRULES, "audit", "seq_train.tsv", "seq_test.tsv", "--sequence", "sequence", "--json"],
        "deeprules audit, 8,000 + 2,000 expression rows x 200 genes":
            [*DEEPRULES, "audit", "expr_train.csv", "expr_test.csv", "--target", "label", "--json"],
        "deeprules audit, 4,000 + 1,000 DNA reads of 200 nt (both strands)":
            [*DEEPRULES, "audit", "dna_train.tsv", "dna_test.tsv", "--sequence", "read", "--json"],
        "deeprules baselines refusing a 100,000 x 20,000 table (exit 2)":
            [*DEEPRULES, "baselines", "wide.csv", "--target", "label"],
    }
    if args.audit_only:
        commands = {k: v for k, v in commands.items() if "audit" in k or "refusing" in k}
    results = {}
    for name, cmd in commands.items():
        times = timed(cmd, folder, args.runs, (2,) if "refusing" in name else (0, 1))
        results[name] = times
        print(f"{name}: min {min(times):.2f} s, median {statistics.median(times):.2f} s", flush=True)
    if not args.audit_only:
        first, second = list(results.values())[:2]
        print(f"baselines / plain script (medians): {statistics.median(first) / statistics.median(second):.2f}x")


if __name__ == "__main__":
    main()
