"""`deeprules`: the entry point. Sub-command modules are light (Typer only); each command imports the core and
any heavy library (GitPython, Jinja2, Textual) inside its body, so `--help` stays fast. The Typer application
is in cli/root.py; the common forms of `deeprules check` run without it (cli/check_run.py)."""

from __future__ import annotations

import os
import sys
from typing import Any

# Command name -> (module under deeprules.cli, the one-line help shown by `deeprules --help`).
# Commands are built only when invoked: turning every command's signature into options costs ~0.1 s,
# which `--help` and each single command would otherwise pay for all of them. tests/test_cli_main.py
# checks that each line here matches the command's own docstring.
COMMANDS: dict[str, tuple[str, str]] = {
    "assess": ("assess", "Decide whether deep learning fits (tip 1) and tailor the other nine tips to your answers."),
    "tips": ("assess", "The ten tips and every recommendation, with the paper's references."),
    "questions": ("assess", "The decision tree: every question, its allowed values, range and condition."),
    "examples": ("assess", "The bundled example projects, usable as `--example NAME`."),
    "init": ("project", "Record your answers in .deeprules/answers.yaml, write the plan, and commit only those files."),
    "plan": ("project", "Re-render the generated files from the current answers, keeping your edits."),
    "answer": ("project", "Change answers (your comments in answers.yaml survive), then re-render and commit."),
    "status": ("project", "Which generated files exist, which you edited, which are stale against the answers."),
    "ethics": ("ethics", "The ethics register (tip 10): concerns raised, discussed and closed like bugs."),
    "card": ("card", "Write the model card (MODEL_CARD.md), fill in results, check it before release."),
    "check": ("compliance", "Check the repository for evidence that each tip is followed: a score per tip."),
    "history": ("compliance", "The scores at every first-parent commit, read from git objects."),
    "report": ("compliance", "Write one standalone HTML page: current scores, the trend over the history."),
    "data": ("compliance", "The data manifest (datapackage.json): where each data file came from."),
    "lock-test": ("compliance", "Lock the test set: record the sha256 of each file in .deeprules/test-lock.json."),
    "dome": ("dome", "The DOME annotation (data, optimization, model, evaluation) and what it still misses."),
    "baselines": ("ml", "Tuned baselines in nested CV, with intervals and a label-shuffle control (tips 2, 6)."),
    "audit": ("ml", "Look for leakage between a training and a test file: twins, groups, homologs, scaffolds (tip 7)."),
    "compare": ("ml", "Your model's out-of-fold predictions against each baseline on the same folds (tip 2)."),
    "split": ("ml", "Split a table into train and test by group, sequence homology or scaffold, leak-free (tip 7)."),
}


def run() -> None:
    from .output import prepare_streams

    prepare_streams()
    if sys.argv[1:2] == ["check"] and "_DEEPRULES_COMPLETE" not in os.environ:
        # A warm check takes ~0.13 s on a real repository; importing Typer and building the command is ~30 ms
        # of it. The forms check_run.plain_args accepts run without Typer; anything else goes to Typer below.
        from .check_run import run_plain

        code = run_plain(sys.argv[2:])
        if code is not None:
            raise SystemExit(code)
    from .root import app

    try:
        app(prog_name="deeprules")
    except OSError as exc:
        from .output import unwritable_stdout

        code = unwritable_stdout(exc)
        if code is None:
            raise
        raise SystemExit(code) from None


def __getattr__(name: str) -> Any:
    """`from deeprules.cli.main import app` (tests, scripts): the Typer application, imported on first use."""
    if name in ("app", "LazyCommands", "main"):
        from . import root

        return getattr(root, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
