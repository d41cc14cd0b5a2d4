"""Tip 8: the model card's interpretability section is filled."""

from __future__ import annotations

import re

from ..render import PLACEHOLDER
from . import CheckResult, Context, check, failed, not_adopted, passed, reading, warned
from ._util import gather, is_code, meaningful, section
from .scan import is_aux

INTERP = r"interpretab|explainab|explanation|interpretation|saliency|attribution"


@check("DR801", watches=lambda p: False)
def interpretability(ctx: Context) -> CheckResult:
    rel = ctx.path("card")
    text = ctx.text(rel)
    if text is None:
        return not_adopted(f"no model card ({rel})", "deeprules card")
    sections = section(text, INTERP)
    if not sections:
        return failed(f"{rel} has no interpretability section", [(rel, 1, "no interpretability heading")])
    line, title, body = sections[0]
    content = meaningful(body)
    holes = [(rel, n, t) for n, t in content if PLACEHOLDER in t]
    real = [(rel, n, t) for n, t in content if PLACEHOLDER not in t]
    if real and not holes:
        return passed(f"section '{title}' is filled", real[:3])
    if real:
        return warned(f"section '{title}' still has placeholders", holes[:5], 5.0)
    return failed(f"section '{title}' is empty or only a placeholder", holes[:3] or [(rel, line, title)])


#: w20b: a network written without a class (TF1 weights by tf.get_variable, tf.layers, TF-slim, stax, Theano,
#: Lasagne): a file that builds one computes its own attention (BERT's `attention_scores = tf.matmul(q, k)` in
#: modeling.py), as a class does
_LOW_LEVEL_NET = re.compile(r"\bget_variable\s*\(|\btf\.(compat\.v1\.)?layers\.|\bcontrib\.|\bslim\.|\bstax\.|"
                            r"\btheano\.|\blasagne\.|\bnnet\.")


def _defines_network(line: str) -> bool:
    return line.lstrip().startswith("class ") or _LOW_LEVEL_NET.search(line) is not None


@check("DR802", watches=is_code, facts_only=True,
       reads=reading(("interp", "attn_read", "interp_coef"), said=("model_def",)))
def interpretation_in_code(ctx: Context) -> CheckResult:
    ev = gather(ctx, "interp", 6) + gather(ctx, "interp_coef", 2)  # (w25a: coefficients ranked a few lines on)
    # attention weights read out for analysis; inside a network's own code they are its mechanism, not a reading
    ev += gather(ctx, "attn_read", 2, where=lambda p: not is_aux(p) and not any(
        _defines_network(str(t)) for _, t in ctx.index.facts(p).get("model_def", ())))
    if ev:
        return passed("the model is interpreted in code (attributions, saliency, SHAP, in-silico mutagenesis, "
                      "filters read as motifs, weights or activations read out)", ev)
    return failed("looked for interpretation methods in code (Captum, SHAP, LIME, integrated gradients, saliency, "
                  "DeepLIFT, in-silico mutagenesis, TF-MoDISco, filters turned into motifs, decoder weights or "
                  "most-activating inputs read out) outside tests and docs; found none")
