"""`history` analyses a new version of a Python file from its version before (`incremental`); `check` analyses
it whole (`scan.analyze`). Both must give the same facts, including those read from the file's whole code after
its line patterns (learner classes, aliased estimators, trackers switched off...): session 16 found `history`
without them, so a script whose only training evidence was an aliased estimator trained in `check` only."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from deeprules.checks.incremental import Versions
from deeprules.checks.scan import analyze, extractor

_spec = importlib.util.spec_from_file_location("corpus", Path(__file__).parent / "data" / "repos" / "corpus.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


def _python_files(kinds: tuple[str, ...] = ("py",)) -> list[tuple[str, str, str, str]]:
    return [(name, path, text, str(extractor(path))) for name, (files, _) in sorted(corpus.CASES.items())
            for path, text in files.items() if text is not None and extractor(path) in kinds]


def test_the_corpus_has_python_files_whose_facts_come_from_the_whole_code() -> None:
    # (the comparison below means something only if such facts occur: an aliased estimator, a learner class)
    whole = [name for name, path, text, _ in _python_files() if "baseline" in analyze(path, text, "py")
             and " as " in text and "sklearn" in text]
    assert whole


def test_incremental_facts_equal_full_facts_for_every_corpus_script() -> None:
    differ = []
    for name, path, text, kind in _python_files(("py", "sh")):
        versions = Versions()
        if versions.analyze(path, text, kind) != analyze(path, text, kind):
            differ.append((name, path, "first version"))
        edited = "import os\n\n" + text + "\n# end\n"  # lines above and below: the update path re-uses the rest
        if versions.analyze(path, edited, kind) != analyze(path, edited, kind):
            differ.append((name, path, "edited version"))
    assert not differ, differ[:10]
