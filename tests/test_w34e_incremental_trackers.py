"""A script version's tracking options (`tracker_option_on`) from the version before it: the old rows outside the
changed lines kept, moved, and only the changed lines read (incremental.py `_trackers`), as the whole text gives."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import apply_edit
from deeprules.checks.incremental import Versions
from deeprules.checks.scan import analyze, tracker_option_lines, tracker_option_rows

BASE = '''import argparse
import wandb

parser = argparse.ArgumentParser()
parser.add_argument("--use_wandb", action="store_true")
parser.add_argument("--tensorboard", default=True, action="store_true")


def main(args):
    run(use_wandb=True, track=False)
    if args.use_wandb:
        wandb.init(project="p")
'''

LINES = [
    "    run(use_wandb=True)",
    "    trainer(log_tensorboard=True, use_mlflow=1)",
    "python train.py --wandb --epochs 3",
    "    os.system('python train.py --use_tb --track_runs')",
    "    cfg = {'use_comet': True}",
    "    run(use_wandb=False)",
    "    # naïve comment: use_wandb=True",  # non-ASCII, and a word: read on its own
    "    x = 'K'  # Kelvin sign, no tracker word",
    "    use_tenſorboard=True",  # long s: the pattern (case-blind) matches, no lower-case word: the whole text again
    "    pass",
    "",
    "    parser.add_argument('--neptune', action='store_false')",
]

edits = st.lists(
    st.tuples(st.sampled_from(["insert", "delete", "replace"]), st.integers(0, 10_000), st.integers(1, 4),
              st.lists(st.sampled_from(LINES), min_size=1, max_size=4)),
    min_size=1, max_size=6)




@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edits, min_size=1, max_size=5), st.sampled_from(["py", "sh"]))
def test_each_version_has_the_tracking_options_of_a_full_analysis(versions: list[list[Any]], kind: str) -> None:
    path = "train.py" if kind == "py" else "run.sh"
    index = Versions()
    text = BASE
    assert index.analyze(path, text, kind) == analyze(path, text, kind)
    for changes in versions:
        for edit in changes:
            text = apply_edit(text, edit)
        got = index.analyze(path, text, kind)
        assert got == analyze(path, text, kind), text
        assert index.by_path[path].trackers == tracker_option_rows(text)


def test_lines_read_alone_as_in_the_whole_text() -> None:
    text = BASE + "\n".join(LINES[:7]) + "\n"
    lines = text.split("\n")
    assert tracker_option_lines(lines, 0, len(lines)) == tracker_option_rows(text)
    assert tracker_option_rows(text)  # (something to compare)
    # the pattern matches a line with none of its words in lower case (a long s): not read alone
    odd = ["    use_tenſorboard=True"]
    assert tracker_option_lines(odd, 0, 1) is None
    assert tracker_option_lines(["x" * 2000 + " use_wandb=True"], 0, 1) == []  # too long to be a line of code
