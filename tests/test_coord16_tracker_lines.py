"""The lines `tracker_options_on` reads are found by substring searches (`_lines_matching`), not by a case-blind
regex over every line: the same lines, whatever the text holds."""

from __future__ import annotations

import pytest

from deeprules.checks.scan import _TRACKER_OPTION_WORDS, LINE_MAX, TRACKER_OPTION, _lines_matching, tracker_options_on

TEXTS = [
    "import wandb\nuse_wandb = True\n",
    "x = 1\nparser.add_argument('--tensorboard', action='store_true')\n  --TensorBoard\nTB = 1\nsubtb = 2\n",
    "MLflow: yes\n" + "a" * (LINE_MAX + 5) + " use_wandb=True\nweight_bias_track = True",
    "İstanbul = 1\nuse_wandb=True\n",  # lower-casing moves offsets: read line by line
    "no tracker here\n",
    "tb",
    "\n\nTrack = True\n\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_lines_found_are_those_a_search_per_line_finds(text: str) -> None:
    rx = TRACKER_OPTION.get()
    want = [(n, line) for n, line in enumerate(text.split("\n"), start=1)
            if len(line) <= LINE_MAX and rx.search(line) is not None]
    assert list(_lines_matching(rx, _TRACKER_OPTION_WORDS, text)) == want


def test_options_turned_on_keep_their_line_numbers() -> None:
    facts: dict[str, list[list[object]]] = {}
    tracker_options_on("import torch\n\nrun(use_wandb=True)\n" + "x" * (LINE_MAX + 1) + " tensorboard=True\n", facts)
    assert facts == {"tracker_option_on": [[3, "use_wandb"]]}
