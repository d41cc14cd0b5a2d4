"""`history` re-runs a check on a commit only when something it depends on changed (`Uses`, `FactDelta`,
the import graph kept across commits). These tests hold that shortcut to what a user is promised: the
history's score at every commit is what `check --rev` says at that commit."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from typing import Any

import pytest

from deeprules.checks import Context, all_checks, answers_for, build_index, run_checks
from deeprules.checks.scan import FactIndex
from deeprules.config import load_config
from deeprules.history import history
from deeprules.snapshot import WorkTreeSnapshot, commit_snapshot

_spec = importlib.util.spec_from_file_location("corpus", Path(__file__).parent / "data" / "repos" / "corpus.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


def sh(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


def write(root: Path, files: dict[str, str | None]) -> None:
    for rel, text in files.items():
        path = root / rel
        if text is None:
            if path.exists():
                path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One repository that grows through every corpus case, one commit each, with the edits that move
    evidence without changing it, deletions, renames of helpers and packages that appear and vanish."""
    root = tmp_path_factory.mktemp("grown")
    sh(root, "init", "-q")
    for key, value in (("user.name", "T"), ("user.email", "t@example.org"), ("commit.gpgSign", "false")):
        sh(root, "config", key, value)
    write(root, {"pkg/net.py": "import torch\n"})
    sh(root, "add", "-A")
    sh(root, "commit", "-qm", "start")
    names = sorted(corpus.CASES)
    for i, name in enumerate(names):
        files, _ = corpus.CASES[name]
        write(root, dict(files))
        if i % 3 == 1:  # evidence moves: lines inserted above, nothing else changes
            for rel in files:
                if rel.endswith(".py") and (root / rel).exists():
                    (root / rel).write_text("\n\n" + (root / rel).read_text())
        if i % 7 == 3:  # an earlier case's files go away (a module the graph resolved to, a seed helper...)
            old, _ = corpus.CASES[names[i - 3]]
            write(root, {rel: None for rel in old if rel not in files})
        if i % 11 == 5:  # a package appears: imports resolve to a new module
            write(root, {"lib/__init__.py": "from .utils import *\n", "lib/utils/__init__.py": "import torch\n"})
        if i % 11 == 9:
            write(root, {"lib/__init__.py": None, "lib/utils/__init__.py": None})
        sh(root, "add", "-A")
        sh(root, "commit", "-qm", name, "--allow-empty")
    # only the import graph changes: a script starts (and stops) importing the helper that seeds
    trainer = "import torch\n{}\ndef fit(model, optimizer):\n    loss = model()\n    optimizer.step()\n"
    steps: list[tuple[str, dict[str, str | None]]] = [
        ("helper and script", {"tools/seeding.py": "import torch\ntorch.manual_seed(0)\n",
                               "runs/fit_a.py": trainer.format("")}),
        ("script imports the helper", {"runs/fit_a.py": trainer.format("import tools.seeding")}),
        ("script imports it another way", {"runs/fit_a.py": trainer.format("from tools import seeding")}),
        ("script drops it", {"runs/fit_a.py": trainer.format("import numpy")}),
        ("script imports a name nothing provides", {"runs/fit_a.py": trainer.format("import toolbox")}),
        ("a package of that name appears", {"runs/toolbox/__init__.py": "import torch\ntorch.manual_seed(1)\n"}),
        ("the package goes", {"runs/toolbox/__init__.py": None}),
    ]
    for message, files in steps:
        write(root, files)
        sh(root, "add", "-A")
        sh(root, "commit", "-qm", message)
    return root


def test_history_equals_check_at_every_commit(grown: Path) -> None:
    points = history(grown, use_cache=False).points
    assert len(points) == len(corpus.CASES) + 8
    config = load_config(grown)
    moved = 0
    for p in points:
        with commit_snapshot(grown, p.sha) as snap:  # closed: each open one keeps a `git cat-file` running
            report = run_checks(snap, None, config)
        want = {r.id: (r.status if r.ignored is None else "ignored", round(r.score, 2)) for r in report.results}
        got = {cid: (status, round(score, 2)) for cid, (status, score) in p.checks.items()}
        assert got == want, f"{p.subject}: history {set(got.items()) - set(want.items())}, check " \
                            f"{set(want.items()) - set(got.items())}"
        moved += p.changed
    assert moved > 10  # the walk did see the verdicts change


def _projected(index: FactIndex, uses: Any) -> FactIndex:
    """The index as `uses` sees it: undeclared facts gone, evidence of presence-only facts replaced, line
    numbers shifted. A check whose verdict changes here depends on something it did not declare."""
    out = FactIndex({})
    keep = uses.present | uses.lines | uses.said
    for path, facts in index.by_path.items():
        view: dict[str, list[list[Any]]] = {}
        for fact, evidence in facts.items():
            if fact == "imports":
                if uses.imports:
                    view[fact] = [[n + 7, name] for n, name in evidence]
            elif fact in uses.said:
                view[fact] = [[n + 7, *rest] for n, *rest in evidence] if fact != "env_pins" else evidence
            elif fact in uses.lines:
                view[fact] = [[k + 3, "(moved)"] for k in range(min(len(evidence), 2))]
            elif fact in keep:
                view[fact] = [[5, "(moved)"]]
        if uses.imports and path.endswith(".py") and not view:
            view["_member"] = [[1, ""]]  # a Python file with facts can be imported: it stays a member
        if view:
            out.by_path[path] = view
            for fact, ev in view.items():
                out.by_fact.setdefault(fact, {})[path] = ev
    return out


@pytest.mark.parametrize("name", sorted(corpus.CASES))
def test_each_check_depends_only_on_what_it_declares(name: str, tmp_path: Path) -> None:
    files, _ = corpus.CASES[name]
    root = tmp_path / "r"
    root.mkdir()
    sh(root, "init", "-q")
    write(root, {"pkg/net.py": "import torch\n", **files})
    snap = WorkTreeSnapshot(root)
    config = load_config(root)
    index = build_index(snap, {})
    info = answers_for(snap, all_checks())
    for c in all_checks():
        if not (c.facts_only and c.uses is not None):
            continue
        real = c.func(Context(snap, index, config, info))
        seen = c.func(Context(snap, _projected(index, c.uses), config, info))
        assert (seen.status, round(seen.score, 2)) == (real.status, round(real.score, 2)), \
            f"{name}: {c.id} depends on facts its `reads` does not declare ({real.reason} / {seen.reason})"


def test_a_check_that_declares_nothing_reruns_on_what_the_facts_say(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A `facts_only` check without `reads` (a lab's, or one added later) re-runs whenever a file's facts say
    something else, line numbers aside: here one more package pinned, the same facts present."""
    import dataclasses

    import deeprules.history as hist

    root = tmp_path / "pins"
    root.mkdir()
    sh(root, "init", "-q")
    for key, value in (("user.name", "T"), ("user.email", "t@example.org"), ("commit.gpgSign", "false")):
        sh(root, "config", key, value)
    for message, files in (("train", {"train.py": "import torch\noptimizer.step()\n",
                                      "requirements.txt": "torch\nnumpy\npandas\n"}),
                           ("moved", {"requirements.txt": "\ntorch\nnumpy\npandas\n"}),
                           ("one more pin", {"requirements.txt": "\ntorch==2.1.0\nnumpy\npandas\n"})):
        write(root, files)
        sh(root, "add", "-A")
        sh(root, "commit", "-qm", message)
    plain = hist.selection

    def undeclared(*args: Any, **kwargs: Any) -> Any:
        checks, ignored = plain(*args, **kwargs)
        return [dataclasses.replace(c, uses=None) for c in checks], ignored

    monkeypatch.setattr(hist, "selection", undeclared)
    points = history(root, select=["DR303"], use_cache=False).points
    assert [p.checks["DR303"][1] for p in points] == [0.0, 0.0, pytest.approx(10 / 3, abs=0.01)]


def test_a_fact_delta_rules_out_only_checks_whose_facts_stayed_the_same() -> None:
    """`FactDelta.matters` answers at once for a check none of whose facts changed: evidence that only moved
    matters to a check reading its lines' count but not to one reading what it says; a file coming or going
    matters to a check of the import graph even without imports."""
    from deeprules.checks import reading
    from deeprules.history import FactDelta

    before = {"seed_torch": [[3, "torch.manual_seed(0)"]], "imports": [[1, "torch"]]}
    moved = {"seed_torch": [[5, "torch.manual_seed(0)"]], "imports": [[1, "torch"]]}
    doubled = {"seed_torch": [[5, "torch.manual_seed(0)"], [9, "torch.manual_seed(1)"]], "imports": [[1, "torch"]]}
    assert not FactDelta(before, moved).matters(reading(said=["seed_torch"]))
    assert not FactDelta(before, moved).matters(reading(["seed_np"], lines=["seed_np"], imports=True))
    assert FactDelta(before, doubled).matters(reading(lines=["seed_torch"]))
    assert FactDelta(before, doubled).matters(reading(said=["seed_torch"]))
    assert not FactDelta(before, dict(before)).matters(reading(["imports"], imports=True))
    assert FactDelta(None, {"data_url": [[2, "x"]]}, "a.py").matters(reading(imports=True))
    assert not FactDelta(None, {"data_url": [[2, "x"]]}, "a.py").matters(reading(["seed_torch"]))
