"""Tip 3: reproducibility: seeds, deterministic algorithms, a pinned environment, CI that runs."""

from __future__ import annotations

import posixpath

from . import CheckResult, Context, check, failed, not_applicable, passed, proportional, warned
from ._util import FRAMEWORKS, GPU_FRAMEWORKS, SEED_FACTS, SEEDS, deep_training, first, has_ml_code, is_code, \
    reached, training_line, training_scripts

NO_ML = "no machine-learning code here (no framework import, model or training outside tests and docs)"
from .scan import extractor, is_aux


def _config_seeding(ctx: Context) -> tuple[set[str], list[tuple[str, int, str]]]:
    """Seeds set centrally from configuration: a config file (not a test or doc) sets a seed key, and code
    that reads a seed key sets seeds. Returns the seed facts that code sets and the evidence."""
    configs = [(p, ev) for p, ev in sorted(ctx.files_with("cfg_seed").items()) if not is_aux(p)]
    if not configs:
        return set(), []
    kinds: set[str] = set()
    ev: list[tuple[str, int, str]] = []
    for path, lines in sorted(ctx.files_with("seed_key").items()):
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


def _seeded_callers(ctx: Context) -> dict[str, dict[str, tuple[str, int, str]]]:
    """A training module run from a script that seeds first (a library's trainer called by the entry
    script): module -> {seed fact (or "determinism"): evidence in the calling script}."""
    memo = ctx.cache.get("callers")
    if memo is not None:
        return dict(memo)
    out: dict[str, dict[str, tuple[str, int, str]]] = {}
    ctx.cache["callers"] = out
    callers: set[str] = set()
    for s in SEED_FACTS:
        callers.update(p for p in ctx.files_with(s) if not is_aux(p))
    for caller in sorted(callers):
        facts = ctx.index.facts(caller)
        seeds = {s: (caller, int(facts[s][0][0]), f"seeded by {caller}, which runs it: {facts[s][0][1]}")
                 for s in SEED_FACTS if s in facts}
        mods = reached(ctx, caller)
        det = next(((m, ctx.index.facts(m)["determinism"][0]) for m in [caller, *mods]
                    if "determinism" in ctx.index.facts(m)), None)
        if det is not None:  # the script that seeds also switches determinism on (itself or through a helper)
            seeds["determinism"] = (det[0], int(det[1][0]), f"switched on before {caller} runs it: {det[1][1]}")
        for mod in mods:
            for s, ev in seeds.items():
                out.setdefault(mod, {}).setdefault(s, ev)
    return out


@check("DR301", watches=is_code, facts_only=True)
def seeds(ctx: Context) -> CheckResult:
    scripts = training_scripts(ctx)
    if not scripts:
        return not_applicable("no training script (outside tests and docs: a file that calls an optimizer step, "
                              "trainer.fit, a fit with epochs, Keras fit or a scikit-learn estimator's fit)")
    central, central_ev = _config_seeding(ctx)
    by_caller = _seeded_callers(ctx)
    ok = 0
    ev: list[tuple[str, int, str]] = []
    bad: list[tuple[str, int, str]] = []
    for path, fws in scripts.items():
        facts = ctx.index.facts(path)
        have: dict[str, tuple[str, int, str]] = {}
        for s in SEED_FACTS:
            if s in facts:
                have.setdefault(s, first(facts[s], path)[0])
        if any(not any(s in have for s in SEEDS[fw]) for fw in fws):
            for mod in reached(ctx, path):
                mf = ctx.index.facts(mod)
                for s in SEED_FACTS:
                    if s in mf:
                        have.setdefault(s, (mod, int(mf[s][0][0]), f"seeded by {mod} (imported): {mf[s][0][1]}"))
        for s in central:
            if s not in have and central_ev:
                have[s] = central_ev[-1]
        for s, ev_caller in by_caller.get(path, {}).items():
            have.setdefault(s, ev_caller)
        missing = [fw for fw in fws if not any(s in have for s in SEEDS[fw])]
        if missing:
            line = training_line(facts) or 1
            bad.append((path, line, f"trains, but no seed for {', '.join(FRAMEWORKS[f] for f in missing)}"))
        else:
            ok += 1
            seed = next(s for fw in fws for s in SEEDS[fw] if s in have)
            ev.append(have[seed])
    result = proportional(ok, len(scripts), "training scripts set seeds for the frameworks they use (in the "
                          "script, a local module it imports, or from a config seed key the code reads)",
                          (bad + ev)[:12])
    return result


@check("DR302", watches=is_code, facts_only=True)
def deterministic(ctx: Context) -> CheckResult:
    gpu = {p: fws for p, fws in training_scripts(ctx).items()
           if any(f in GPU_FRAMEWORKS for f in fws) and deep_training(ctx.index.facts(p))}
    if not gpu:
        return not_applicable("no PyTorch, TensorFlow or JAX training script")
    ok = 0
    ev = []
    for path in gpu:
        facts = ctx.index.facts(path)
        found = first(facts["determinism"], path) if "determinism" in facts else []
        if not found:
            for mod in reached(ctx, path):
                mf = ctx.index.facts(mod)
                if "determinism" in mf:
                    found = first(mf["determinism"], mod)
                    break
        if not found:
            via = _seeded_callers(ctx).get(path, {}).get("determinism")
            found = [via] if via else []
        if found:
            ok += 1
            ev.extend(found)
        else:
            ev.append((path, training_line(facts) or 1, "deterministic algorithms not switched on"))
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
    score, _, reason, ev = best
    if score >= 9.0:
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
    names = {posixpath.basename(p) for p in ctx.snapshot.paths()} if paths else set()
    for path in sorted(paths):
        facts = ctx.index.facts(path)
        runs = facts.get("ci_runs") or []
        missing = []
        for n, ref in facts.get("ci_refs") or []:
            ref = str(ref)
            if _norm(ref) in ctx.snapshot or posixpath.basename(ref) in names:
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

