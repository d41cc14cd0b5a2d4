"""Tip 3: reproducibility: seeds, deterministic algorithms, a pinned environment, CI that runs."""

from __future__ import annotations

import posixpath

from . import CheckResult, Context, check, failed, not_applicable, passed, proportional, warned
from ._util import (
    FRAMEWORKS,
    GPU_FRAMEWORKS,
    SEED_FACTS,
    SEEDS,
    deep_training,
    first,
    has_ml_code,
    is_code,
    reached,
    training_line,
    training_scripts,
)
from ._util import _graph as _graph_of
from .scan import extractor, is_aux

NO_ML = "no machine-learning code here (no framework import, model or training outside tests and docs)"


def _config_seeding(ctx: Context) -> tuple[set[str], list[tuple[str, int, str]]]:
    """Seeds set centrally from configuration: a config file (not a test or doc) sets a seed key, and code
    that reads a seed key sets seeds. Returns the seed facts that code sets and the evidence."""
    configs = [(p, ev) for p, ev in sorted(ctx.files_with("cfg_seed").items()) if not is_aux(p)]
    if not configs:
        return set(), []
    kinds: set[str] = set()
    ev: list[tuple[str, int, str]] = []
    for path in sorted(ctx.files_with("seed_key")):
        if is_aux(path):
            continue
        facts = ctx.index.facts(path)
        have = [s for s in SEED_FACTS if s in facts]
        if have:
            kinds.update(have)
            ev.extend(first(facts[have[0]], path))
    if kinds:
        ev = first(configs[0][1], configs[0][0]) + ev
    return kinds, ev


_SUPPORT = (*SEED_FACTS, "determinism")


class _Support:
    """Where each training script gets its seeds and determinism from: itself, the local modules it imports
    (a helper that seeds), or a script that imports it and seeds first (a library trainer run by an entry
    script). The structure (who supports whom) depends only on the import graph and on which files hold
    which seed facts, so it is kept on the fact index and rebuilt only when one of those changes; the
    evidence (lines) is read from the current holders each time."""

    def __init__(self, ctx: Context, holders: dict[str, dict[str, tuple[str, int, str]]]) -> None:
        self.ctx = ctx
        self.holders = holders  # path -> its own seed/determinism evidence (refreshed per snapshot)
        self.by_caller: dict[str, dict[str, tuple[str, str]]] = {}  # module -> key -> (caller, holder)
        self.memo: dict[str, dict[str, tuple[str, str]]] = {}  # script -> key -> (how, holder)
        for caller in sorted(p for p in holders if any(k != "determinism" for k in holders[p])):
            mods = reached(ctx, caller)
            given = {k: (caller, caller) for k in holders[caller] if k != "determinism"}
            det = caller if "determinism" in holders[caller] else next(
                (m for m in mods if "determinism" in holders.get(m, {})), None)
            if det is not None:  # the script that seeds also switches determinism on (itself or via a helper)
                given["determinism"] = (caller, det)
            for mod in mods:
                slot = self.by_caller.setdefault(mod, {})
                for k, how in given.items():
                    slot.setdefault(k, how)

    def of(self, path: str) -> dict[str, tuple[str, int, str]]:
        plan = self.memo.get(path)
        if plan is None:
            plan = {k: ("", path) for k in self.holders.get(path, {})}
            for mod in reached(self.ctx, path):
                for k in self.holders.get(mod, {}):
                    plan.setdefault(k, ("imported", mod))
            for k, (caller, holder) in self.by_caller.get(path, {}).items():
                plan.setdefault(k, (caller, holder))
            self.memo[path] = plan
        out = {}
        for k, (how, holder) in plan.items():
            p, n, t = self.holders[holder][k]
            if how == "imported":
                t = f"in {holder} (imported): {t}"
            elif how:
                t = f"set by {how}, which runs it: {t}"
            out[k] = (p, n, t)
        return out


def _support(ctx: Context) -> _Support:
    hit = ctx.cache.get("support")
    if hit is not None:
        return hit
    index = ctx.index
    holders: dict[str, dict[str, tuple[str, int, str]]] = {}
    for k in _SUPPORT:
        for path, lines in ctx.files_with(k).items():
            if not is_aux(path):
                holders.setdefault(path, {})[k] = (path, int(lines[0][0]), str(lines[0][1]))
    _graph_of(ctx)  # brings the graph (and what hangs on it) up to date first
    derived = getattr(index, "derived", None)
    sig = (getattr(index, "graph_version", None), tuple(sorted((p, tuple(sorted(h))) for p, h in holders.items())))
    cached = derived.get("support") if derived is not None else None
    if cached is not None and cached[0] == sig:
        support: _Support = cached[1]
        support.ctx = ctx
        support.holders = holders
    else:
        support = _Support(ctx, holders)
        if derived is not None:
            derived["support"] = (sig, support)
    ctx.cache["support"] = support
    return support


@check("DR301", watches=is_code, facts_only=True)
def seeds(ctx: Context) -> CheckResult:
    scripts = training_scripts(ctx)
    if not scripts:
        return not_applicable("no training script (outside tests and docs: a file that calls an optimizer step, "
                              "trainer.fit, a fit with epochs, Keras fit or a scikit-learn estimator's fit)")
    central, central_ev = _config_seeding(ctx)
    support = _support(ctx)
    ok = 0
    ev: list[tuple[str, int, str]] = []
    bad: list[tuple[str, int, str]] = []
    for path, fws in scripts.items():
        have = support.of(path)
        if central and central_ev:
            have = {**{k: central_ev[-1] for k in central}, **have}
        missing = [fw for fw in fws if not any(s in have for s in SEEDS[fw])]
        if missing:
            line = training_line(ctx.index.facts(path)) or 1
            bad.append((path, line, f"trains, but no seed for {', '.join(FRAMEWORKS[f] for f in missing)}"))
        else:
            ok += 1
            seed = next(s for fw in fws for s in SEEDS[fw] if s in have)
            ev.append(have[seed])
    return proportional(ok, len(scripts), "training scripts set seeds for the frameworks they use (in the "
                        "script, a local module it imports, a script that runs it, or from a config seed key "
                        "the code reads)", (bad + ev)[:12])


@check("DR302", watches=is_code, facts_only=True)
def deterministic(ctx: Context) -> CheckResult:
    gpu = {p: fws for p, fws in training_scripts(ctx).items()
           if any(f in GPU_FRAMEWORKS for f in fws) and deep_training(ctx.index.facts(p))}
    if not gpu:
        return not_applicable("no PyTorch, TensorFlow or JAX training script")
    support = _support(ctx)
    ok = 0
    ev = []
    for path in gpu:
        found = support.of(path).get("determinism")
        if found:
            ok += 1
            ev.append(found)
        else:
            ev.append((path, training_line(ctx.index.facts(path)) or 1, "deterministic algorithms not switched on"))
    return proportional(ok, len(gpu), "GPU training scripts switch deterministic algorithms on "
                        "(use_deterministic_algorithms, cudnn.deterministic, enable_op_determinism, "
                        "Trainer(deterministic=True))", ev[:12])


def _env_watch(path: str) -> bool:
    return extractor(path) in ("req", "docker", "pyproject", "cfg") or "lock" in path.lower()


@check("DR303", watches=_env_watch, facts_only=True)
def environment_pinned(ctx: Context) -> CheckResult:
    if not has_ml_code(ctx):
        return not_applicable(NO_ML)
    locks = sorted(p for p in ctx.files_with("lock_file") if not is_aux(p))
    if locks:
        return passed(f"lock file {locks[0]}", [(p, 1, "lock file") for p in locks[:3]])
    best: tuple[float, int, str, list[tuple[str, int, str]]] | None = None
    specs = [(p, rows) for p, rows in sorted(ctx.files_with("env_pins").items()) if not is_aux(p)]
    for path, rows in specs:
        pinned, total, kind = rows[0]
        score = 10.0 * int(pinned) / int(total)
        loose = [(path, int(n), str(t)) for n, t in ctx.index.facts(path).get("env_loose", ())]
        ev = loose or [(path, 1, f"{pinned} of {total} pinned ({kind})")]
        cand = (score, int(total), f"{pinned} of {total} packages pinned in {path} ({kind})", ev)
        # the most complete description of the environment decides (a side file for one model does not)
        if best is None or (cand[1], cand[0]) > (best[1], best[0]):
            best = cand
    if best is None:
        return failed("looked for a lock file, or a requirements file, conda environment (any name), "
                      "Dockerfile or pyproject.toml outside tests and docs; found none")
    score, total, reason, ev = best
    # nearly all pinned: a lone open package among several (a progress bar, a notebook tool) leaves the
    # environment rebuildable
    pinned = round(score * total / 10.0)
    if score >= 9.0 or (total >= 5 and pinned == total - 1):
        return passed(reason, ev, 10.0)
    return (warned if score > 0 else failed)(reason, ev, score)


def _norm(ref: str) -> str:
    return posixpath.normpath(ref)


@check("DR304", watches=lambda p: True)
def ci(ctx: Context) -> CheckResult:
    if not has_ml_code(ctx):
        return not_applicable(NO_ML)
    live: list[tuple[str, int, str]] = []
    dead: list[tuple[str, int, str]] = []
    idle: list[str] = []
    paths = set(ctx.files_with("ci")) | set(ctx.files_with("ci_path"))
    names: set[str] = set()  # basenames, for a step run from a subfolder (`cd src && python train.py`)
    env_names: set[str] = set()  # ... of environment files outside tests and docs (docs/requirements.txt is
    for p in (ctx.snapshot.paths() if paths else ()):  # not what a bare `pip install -r requirements.txt` meant)
        names.add(posixpath.basename(p))
        if not is_aux(p):
            env_names.add(posixpath.basename(p))
    for path in sorted(paths):
        facts = ctx.index.facts(path)
        runs = facts.get("ci_runs") or []
        missing = []
        for n, ref in facts.get("ci_refs") or []:
            ref = str(ref)
            base = posixpath.basename(ref)
            env_file = base.endswith((".txt", ".yml", ".yaml", ".toml", ".lock", ".cfg", ".ini"))
            if _norm(ref) in ctx.snapshot or base in (env_names if env_file else names):
                continue
            missing.append((path, int(n), f"runs {ref}, which is not in the repository"))
        if missing:
            dead.extend(missing[:3])
        elif runs:
            live.append((path, int(runs[0][0]), str(runs[0][1])))
        else:
            idle.append(path)
    if live:
        return passed(f"CI runs in {len(live)} workflow(s)", live[:5])
    if dead:
        return failed("the CI configuration runs files that no longer exist (a dead workflow)", dead[:6])
    if idle:
        return failed("CI files run no build or test command", [(p, 1, "no run step") for p in idle[:3]])
    return failed("looked for a CI configuration (.github/workflows/*.yml, .gitlab-ci.yml, ...) that runs something "
                  "in this repository; found none")

