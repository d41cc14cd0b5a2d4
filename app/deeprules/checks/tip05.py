"""Tip 5: an architecture chosen and written down: defined in code or configuration."""

from __future__ import annotations

import re

from . import CheckResult, Context, check, failed, passed, reading
from ._util import ML_FACTS, NETWORK_FACTS, gather, has_ml_code, is_read
from .scan import is_aux
from .tip02 import classical_estimators

#: a class on pydantic's base (`class Settings(BaseModel):`): a validated record of settings, not a network
_PYDANTIC_CLASS = re.compile(r"^\s*class\s+\w+\s*\((\s*pydantic\.)?\s*BaseModel\s*[,)]")


#: a model loaded rather than written here (weights and architecture from elsewhere)
_LOADED = re.compile(r"\b(from_pretrained|load_model|hub\.load|torch\.load|load_from_checkpoint)\s*\(")


#: folders of analyses, examples and papers around a project's own modules
_SIDE_FOLDERS = frozenset(("analysis", "analyses", "examples", "example", "notebooks", "notebook", "tutorials",
                           "tutorial", "scripts", "experiments", "benchmarks", "benchmark", "paper", "figures",
                           "demo", "demos", "archive", "legacy", "old", "contrib", "third_party", "external", "vendor"))


def _settings_class(ctx: Context, ev: tuple[str, int, str]) -> bool:
    """Coordinator, session 9 (w24a found it: ms2pip's configuration classes): `BaseModel` names a network's base
    class in many ML repositories, and pydantic's records too; in a file that imports pydantic it is the latter."""
    if not _PYDANTIC_CLASS.match(str(ev[2])):
        return False
    imports = ctx.index.facts(ev[0]).get("imports", ())
    return any(str(row[1]).split(".")[0] == "pydantic" for row in imports)


@check("DR501", watches=is_read, facts_only=True,
       reads=reading((*ML_FACTS, "model_lib", "model_fn", "baseline_tool", "baseline_result", "estimator_def",
                      *NETWORK_FACTS), said=("arch_cfg", "model_def", "baseline", "baseline_tool"), imports=True))
def architecture(ctx: Context) -> CheckResult:
    # a network defined, or a toolkit's model named; w23b: classes named *Model in code without any framework
    # or training (a phylodynamics toolkit's titer models) are not one
    defs = [e for e in gather(ctx, "model_def", 100_000) if not _settings_class(ctx, e)] if has_ml_code(ctx) else []
    # the evidence shown first is a network written here (a class, a Sequential, a functional Model) in the
    # project's modules, before a pretrained model loaded, an analysis or example folder, or a notebook (session
    # 10's audit: gpn and rxnfp led with from_pretrained in analysis notebooks)
    defs.sort(key=lambda e: (bool(_LOADED.search(str(e[2]))), bool(_SIDE_FOLDERS & set(str(e[0]).split("/")[:-1])),
                             str(e[0]).endswith(".ipynb")))
    # (w32c: or a network built by an R package with its layer sizes, `neuralnet(f, data, hidden = c(100))`)
    ev = defs[:4] or gather(ctx, "model_lib", 4) or gather(ctx, "r_network", 4)
    if not ev and has_ml_code(ctx):  # a network built by a function or on another library's base (w20c)
        ev = gather(ctx, "model_fn", 4)
    if not ev and has_ml_code(ctx):  # (w25b) a model written as a scikit-learn estimator class
        ev = gather(ctx, "estimator_def", 4)
    if not ev:  # (coordinator, session 14) or a learner written by hand, with fit and predict (Kover's rule learners)
        ev = gather(ctx, "learner_def", 4)
    for path, lines in sorted(ctx.files_with("arch_cfg").items()):
        if is_aux(path):
            continue
        keyed = [x for x in lines if "class_name" in str(x[1])]
        if keyed or len(lines) >= 2:  # a Keras JSON model, or a config with several architecture keys
            ev.append((path, int((keyed or lines)[0][0]), str((keyed or lines)[0][1])))
        if len(ev) >= 6:
            break
    if ev:
        return passed("model architecture defined in code or configuration", ev[:6])
    method = classical_estimators(ctx)
    if method:  # w25a: no network anywhere; the estimators built with their settings are the model (a random
        # forest's grid, boosted trees' parameters): their choice is written down in the code
        return passed("the model is a classical learner, built with its settings in the code (no network)",
                      method[:6])
    return failed("looked for a model defined in code (an nn.Module or Keras class, Sequential, a functional "
                  "keras.Model(inputs, outputs), a pretrained model loaded, a toolkit's model such as scvi-tools' "
                  "SCVI, StarDist or Cellpose, a network built by a function or on a Chainer, Gluon or MindSpore "
                  "base) or an architecture file (Keras JSON, a config with layer sizes) outside tests and docs; "
                  "found none")
