"""`history` analyses each new version of a script from the version before (checks/incremental.py); its facts
must be exactly those of a full analysis, which `check` uses (both read the same memo, keyed by blob id)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import apply_edit
from deeprules.checks.incremental import Versions
from deeprules.checks.scan import MAX_EVIDENCE, FactIndex, analyze

BASE = '''"""Train a model on the assay data.

Uses torch; the seed is set below.
"""
import os
import subprocess
from torch import nn
import torch, numpy as np
from sklearn.model_selection import train_test_split, GroupKFold

SEED = 0


def seed_all(seed):
    """Seed everything (docstring: torch.manual_seed(1) here is prose)."""
    torch.manual_seed(seed)
    np.random.seed(seed)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 2)


def cluster():
    subprocess.run(
        ["mmseqs", "easy-cluster", "seqs.fa", "out", "tmp", "--min-seq-id", "0.3"])
    os.system('cd-hit -i seqs.fa -o nr -c 0.4')


def train(model, data):
    optimizer = torch.optim.Adam(model.parameters())
    for x, y in data:
        loss = nn.CrossEntropyLoss()(model(x), y)
        loss.backward()
        optimizer.step()
    trainer.fit(model,
                datamodule=data)
    model.fit(x, y,
              batch_size=32,
              epochs=10)
    X_train, X_test = train_test_split(x, test_size=0.2, random_state=SEED)
    return roc_auc_score(y, model(x)), average_precision_score(y, model(x))
'''

LINES = [
    "    torch.manual_seed(0)",
    "    optimizer.step()",
    "    scheduler.step()",
    "    model.fit(X, y, epochs=3)",
    "    trainer.fit(",
    "        model, datamodule=dm)",
    "    test_chroms = ['chr8', 'chr9']",
    '    """A docstring that opens',
    '    and closes."""',
    "    '''",
    '    """',
    "    x = 'random_state'  # a comment: torch.manual_seed(5)",
    "from captum.attr import IntegratedGradients",
    "import wandb, mlflow",
    "    url = 'https://example.org/data/train.csv.gz'",
    "    GSE12345",
    "    # a comment",
    "    f(\"\"\"one line\"\"\")",
    "    subprocess.run([",
    "        'mmseqs', 'easy-linclust'])",
    "    clf = LogisticRegression()",
    "class Model(nn.Module):",
    "    pl.Trainer(max_epochs=3, deterministic=True).fit(model)",
    "    pass",
    "",
]

edits = st.lists(
    st.tuples(st.sampled_from(["insert", "delete", "replace", "duplicate"]), st.integers(0, 10_000),
              st.integers(1, 6), st.lists(st.sampled_from(LINES), min_size=1, max_size=6)),
    min_size=1, max_size=8)




@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edits, min_size=1, max_size=5), st.sampled_from(["py", "sh"]),
       st.booleans())
def test_each_new_version_has_the_facts_of_a_full_analysis(versions: list[list[Any]], kind: str,
                                                           many: bool) -> None:
    base = BASE
    if many:  # more hits than the evidence shows, so the cap decides what is kept
        base += "\n".join(f"torch.manual_seed({i})\noptimizer.step()" for i in range(MAX_EVIDENCE + 5)) + "\n"
    path = "train.py" if kind == "py" else "run.sh"
    index = Versions()
    text = base
    assert index.analyze(path, text, kind) == analyze(path, text, kind)
    for changes in versions:
        for edit in changes:
            text = apply_edit(text, edit)
        assert index.analyze(path, text, kind) == analyze(path, text, kind), text


def test_history_index_memoises_the_same_facts_as_check() -> None:
    texts = [BASE, BASE.replace("    optimizer.step()\n", "    optimizer.step()\n    torch.manual_seed(3)\n"),
             BASE.replace('"""Seed everything', '"""Seed everything\n    and more', 1),
             BASE.replace("import os\n", "")]
    incremental, full = FactIndex(incremental=True), FactIndex()
    for i, text in enumerate(texts):
        for index in (incremental, full):
            index.update("train.py", f"{i:040x}", lambda _p, t=text: t)
    assert incremental.memo == full.memo
    assert incremental.versions.reused == len(texts) - 1
    seeds = incremental.memo[f"{1:040x}:py"]["seed_torch"]
    assert [n for n, _ in seeds] == [16, 38]  # the added line (38), not the one in the docstring (15)


def test_a_fact_two_pattern_entries_find_is_in_line_order_whichever_way_it_was_found() -> None:
    """`interp` has two pattern entries (attribution calls; filters plotted): evidence in line order, so a
    version analysed from the one before (deepchem's dragonn tutorial lost 90 lines above both) says the same
    as a full analysis."""
    body = "def plot_sequence_filters(dnn):\n    pass\n\n\nscores = dnn.deeplift(x)\nplot_sequence_filters(dnn)\n"
    first = "import torch\n" + "# a comment\n" * 40 + body
    second = "import torch\n" + body
    full = analyze("tutorial_utils.py", second, "py")
    lines = [n for n, _ in full["interp"]]
    assert lines == sorted(lines) and len(lines) == 3
    versions = Versions()
    versions.analyze("tutorial_utils.py", first, "py")
    assert versions.analyze("tutorial_utils.py", second, "py") == full


def test_a_fact_with_two_patterns_keeps_line_order_after_an_edit() -> None:
    """`interp` has two pattern entries: evidence in line order (line 2, found by the second entry, before line
    4, found by the first), and a re-used version must list them the same way."""
    before = "import torch\nplot_filters(m)\nx = 1\ns = saliency_map(m)\n"
    after = before.replace("x = 1", "x = 2")
    versions = Versions()
    versions.analyze("a.py", before, "py")
    got = versions.analyze("a.py", after, "py")
    assert got == analyze("a.py", after, "py")
    assert [n for n, _ in got["interp"]] == [2, 4]


def test_versions_kept_stay_within_the_budget_and_facts_do_not_change() -> None:
    """`history` keeps the last version of the scripts edited most recently, within a character budget
    (memory), and analyses an evicted file's next version in full: the facts are the same either way."""
    versions = Versions(budget=(len(BASE) + 100) * 2)  # two files fit, not three
    paths = [f"pkg/train_{i}.py" for i in range(4)]
    for round_ in range(3):
        for path in paths:
            text = BASE + f"\nEPOCHS = {round_}\n" + "torch.manual_seed(1)\n" * round_
            assert versions.analyze(path, text, "py") == analyze(path, text, "py")
            assert versions.size <= versions.budget
    assert len(versions.by_path) == 2 and list(versions.by_path) == paths[2:]  # the two most recent
    assert versions.full > len(paths)  # evicted files were analysed in full again


PROSE = 'def later():\n    """\n' + "".join(f"    torch.manual_seed({i})  # line {i} of a long docstring\n"
                                             for i in range(30)) + '    """\n    return 1\n'


def test_edits_that_change_no_code_or_remove_the_first_lines_keep_the_facts_of_a_full_analysis() -> None:
    """A re-used version re-scans only around the lines whose code changed: a comment edited on a line with a
    hit (no code changed: nothing re-scanned, yet the evidence shows the new text), lines removed at the very
    start, a line replaced by a copy of its neighbour, a long docstring whose quotes are removed (its lines,
    not edited, turn to code)."""
    hit = "    torch.manual_seed(seed)"
    steps = [
        BASE.replace(hit, hit + "  # seeded here"),
        BASE.replace(hit, hit + "  # seeded here, again").replace("import os\n", "import os  # os\n"),
        "\n".join(BASE.split("\n")[4:]),
        "\n".join(BASE.split("\n")[6:]),  # two imports removed from the top
        BASE.replace("    np.random.seed(seed)", hit),
        BASE.replace("def train(model, data):", 'def train(model, data):\n    """Opens', 1),
        BASE,
        BASE + PROSE,
        BASE + PROSE.replace('    """\n', ""),  # the docstring's quotes removed: its lines are code now
    ]
    versions = Versions()
    versions.analyze("train.py", BASE, "py")
    for text in steps:
        got = versions.analyze("train.py", text, "py")
        assert got == analyze("train.py", text, "py"), text
    assert versions.reused == len(steps)
    versions.analyze("train.py", steps[0], "py")
    shown = versions.analyze("train.py", steps[1], "py")["seed_torch"]
    assert [line for line in shown if "again" in line[1]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("abc"), max_size=80), st.lists(st.sampled_from("abc"), max_size=80),
       st.integers(0, 80), st.integers(0, 80))
def test_the_common_start_and_end_of_two_versions_are_the_longest_ones(a: list[str], b: list[str], i: int,
                                                                      j: int) -> None:
    """The cheap diff trims the lines two versions share at their start and end (in steps, then halving)."""
    from deeprules.checks.incremental import _common_lines

    a0, b0 = min(i, len(a)), min(j, len(b))
    p, s = _common_lines(a, b, a0, len(a), b0, len(b))
    x, y = a[a0:], b[b0:]
    longest = next((k for k in range(min(len(x), len(y))) if x[k] != y[k]), min(len(x), len(y)))
    assert p == longest
    rest = min(len(x), len(y)) - p
    assert s == next((k for k in range(rest) if x[-1 - k] != y[-1 - k]), rest)
