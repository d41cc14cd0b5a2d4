"""Tip 3: reproducibility: seeds, deterministic algorithms, a pinned environment, CI."""

from __future__ import annotations

import re

from . import CheckResult, Context, check, failed, not_applicable, passed, proportional, warned
from ._util import FRAMEWORKS, GPU_FRAMEWORKS, first, is_code, training_scripts
from .scan import CI_RE, ENV_RE, LOCK_RE, REQ_RE  # compiled on first use (LazyRe)

SEEDS = {
    "imp_torch": ("seed_torch", "seed_any"),
    "imp_tf": ("seed_tf", "seed_any"),
    "imp_jax": ("seed_jax", "seed_any"),
    "imp_sklearn": ("seed_sklearn", "seed_np", "seed_any"),
    "lang_r": ("seed_r",),
}


@check("DR301", watches=is_code, facts_only=True)
def seeds(ctx: Context) -> CheckResult:
    scripts = training_scripts(ctx)
    if not scripts:
        return not_applicable("no training script yet (a file that imports a framework and calls fit, "
                              "trainer.fit or an optimizer step)")
    ok = 0
    ev = []
    for path, fws in scripts.items():
        facts = ctx.index.facts(path)
        missing = [fw for fw in fws if not any(s in facts for s in SEEDS[fw])]
        if missing:
            line = facts["train"][0][0]
            ev.append((path, int(line), f"no seed for {', '.join(FRAMEWORKS[f] for f in missing)}"))
        else:
            ok += 1
            seed_facts = [s for fw in fws for s in SEEDS[fw] if s in facts]
            ev.extend(first(facts[seed_facts[0]], path))
    return proportional(ok, len(scripts), "training scripts set seeds for the frameworks they use", ev[:12])


@check("DR302", watches=is_code, facts_only=True)
def deterministic(ctx: Context) -> CheckResult:
    gpu = {p: fws for p, fws in training_scripts(ctx).items() if any(f in GPU_FRAMEWORKS for f in fws)}
    if not gpu:
        return not_applicable("no PyTorch, TensorFlow or JAX training script")
    ok = 0
    ev = []
    for path in gpu:
        facts = ctx.index.facts(path)
        if "determinism" in facts:
            ok += 1
            ev.extend(first(facts["determinism"], path))
        else:
            ev.append((path, int(facts["train"][0][0]), "deterministic algorithms not switched on"))
    return proportional(ok, len(gpu), "GPU training scripts switch deterministic algorithms on", ev[:12])


def _requirements(text: str) -> tuple[int, int, list[tuple[int, str]]]:
    pinned = total = 0
    loose = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith(("#", "-r", "-c", "--", "-e", "-i")):
            continue
        total += 1
        if "==" in line or " @ " in line or "--hash" in line:
            pinned += 1
        else:
            loose.append((n, line))
    return pinned, total, loose


def _conda(text: str) -> tuple[int, int, list[tuple[int, str]]]:
    pinned = total = 0
    loose = []
    in_deps = False
    for n, raw in enumerate(text.splitlines(), start=1):
        if re.match(r"^dependencies\s*:", raw):
            in_deps = True
            continue
        if in_deps and re.match(r"^\S", raw):
            in_deps = False
        m = re.match(r"^\s*-\s+([^\s#:]+)\s*(#.*)?$", raw)
        if in_deps and m:
            total += 1
            if "=" in m[1] or "@" in m[1]:
                pinned += 1
            else:
                loose.append((n, m[1]))
    return pinned, total, loose


def _is_env_file(path: str) -> bool:
    return bool(LOCK_RE.search(path) or REQ_RE.search(path) or ENV_RE.search(path))


@check("DR303", watches=_is_env_file)
def environment_pinned(ctx: Context) -> CheckResult:
    best: tuple[float, str, list[tuple[str, int, str]]] | None = None
    locks = sorted(ctx.files_with("lock_file"))
    if locks:
        return passed(f"lock file {locks[0]}", [(p, 1, "lock file") for p in locks[:3]])
    for path in sorted({*ctx.files_with("requirements"), *ctx.files_with("conda_env")}):
        text = ctx.text(path)
        if text is None:
            continue
        pinned, total, loose = (_requirements if REQ_RE.search(path) else _conda)(text)
        if not total:
            continue
        score = 10.0 * pinned / total
        ev = [(path, n, f"not pinned: {t}") for n, t in loose[:5]] or [(path, 1, f"{pinned} of {total} pinned")]
        cand = (score, f"{pinned} of {total} packages pinned in {path}", ev)
        if best is None or cand[0] > best[0]:
            best = cand
    if best is None:
        return failed("no lock file, pinned requirements or conda environment file")
    score, reason, ev = best
    if score >= 10:
        return passed(reason, ev)
    return (warned if score > 0 else failed)(reason, ev, score)


@check("DR304", watches=lambda p: bool(CI_RE.match(p)), facts_only=True)
def ci(ctx: Context) -> CheckResult:
    found = sorted(ctx.files_with("ci"))
    if found:
        return passed(f"CI configured: {', '.join(found[:3])}", [(p, 1, "CI configuration") for p in found[:5]])
    return failed("no CI configuration (.github/workflows/*.yml, .gitlab-ci.yml, ...)")
