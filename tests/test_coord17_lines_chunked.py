"""The lines naming a tracking option are found chunk by chunk (session 17): the same lines as a search of every
line, and lower-casing a large non-Latin-1 notebook no longer reserves 12 bytes a character at once."""
from __future__ import annotations

import random
import tracemalloc

from deeprules.checks import scan


def _every_line(text: str) -> list[tuple[int, str]]:
    rx = scan.TRACKER_OPTION.get()
    return [(n, line) for n, line in enumerate(text.split("\n"), start=1)
            if len(line) <= scan.LINE_MAX and rx.search(line) is not None]


def _found(text: str) -> list[tuple[int, str]]:
    return list(scan._lines_matching(scan.TRACKER_OPTION.get(), scan._TRACKER_OPTION_WORDS, text))


PIECES = ["wandb=True\n", "use_tensorboard: true\n", "x" * 1500 + "\n", "İstanbul --use_wandb\n", "\n",
          "parser.add_argument('--track', action='store_true')\n", "tb_log = True\n", "ß" * 70_000 + "\n",
          "a = 1\n" * 12_000, "Track_Wandb: 1\n", "→ use_mlflow=1\n", "no newline at the end --wandb"]


def test_same_lines_as_a_search_of_every_line_across_chunks_and_alphabets() -> None:
    rng = random.Random(17)
    for _ in range(200):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
        assert _found(text) == _every_line(text)


def test_a_large_non_latin_notebook_is_not_lower_cased_whole() -> None:
    # a 3-million-character notebook with one non-Latin-1 character (deepchem's Scanpy tutorial has '✓')
    cell = '   "use_wandb = True\\n",\n' + '   "x = 1\\n",\n' * 40
    text = '{"cells": [\n' + cell * 3000 + '  "✓"\n]}\n'
    text += ('"' + "A" * 200 + '",\n') * (3_000_000 // 203)
    tracemalloc.start()
    try:
        rows: dict = {}
        scan.tracker_options_on(text, rows)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert rows["tracker_option_on"][0][1] == "use_wandb"
    assert peak < 8 * len(text)  # whole: ~12 bytes a character
