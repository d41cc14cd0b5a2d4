"""Tip 8: the model card's interpretability section is filled."""

from __future__ import annotations

import re
from typing import Any

from ..render import PLACEHOLDER
from . import CheckResult, Context, check, failed, not_adopted, passed, reading, warned
from ._util import TRAINING_FACTS, first, gather, is_code, meaningful, section, training_line
from .scan import is_aux

INTERP = r"interpretab|explainab|explanation|interpretation|saliency|attribution"


@check("DR801", watches=lambda p: False)
def interpretability(ctx: Context) -> CheckResult:
    rel = ctx.path("card")
    text = ctx.text(rel)
    if text is None:
        return not_adopted(f"no model card ({rel})", ctx.adopted_by("deeprules card"))
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


#: w25b: a plot of the learned filters' weights, not of what they match (no motif, logo, PWM or activation)
_FILTER_PLOT = re.compile(r"\b(plot|visuali[sz]e|show|draw|render)\w*?_?filters?(_\w+)?\s*\(", re.I)
_FILTER_READ = re.compile(r"motif|logo|pwm|meme|activ|specific|respon", re.I)
#: ... called with the training loop's counter (`self.plot_filters(sess, epoch, ...)`)
_DURING_TRAINING = re.compile(r"\b(epoch|n_epoch|global_step|step|iteration)\b")


def _training_monitor(facts: dict[str, Any]) -> bool:
    """A file that trains and whose only interpretation is drawing its filters' weights (deepsleepnet's trainer
    plots the first layer every 50 epochs): a training monitor, not a reading of the model (w25b)."""
    lines = facts.get("interp", ())
    return bool(lines) and all(_FILTER_PLOT.search(str(t)) and not _FILTER_READ.search(str(t)) for _, t in lines) and (
        training_line(facts) is not None or any(_DURING_TRAINING.search(str(t)) for _, t in lines))


#: w27a: a contribution computed from the model's own state (`feature_contribution = tf.reduce_sum(tf.multiply(
#: data['features'], self.vars['feature_coefs']), axis=3)` in miRNA_models' get_pred)
_OWN_CONTRIBUTION = re.compile(r"\b\w*contrib\w*\s*=(?!=)[^\n]*\bself\.", re.I)


def _own_term(ctx: Context, ev: tuple[str, int, str]) -> bool:
    """A contribution term of the model's own prediction, in a file that defines the network: its mechanism (as
    attention inside a network's code), not a reading of the trained model (RETAIN's contributions are computed
    from the fitted parameters, `params[...]`, after training)."""
    return _OWN_CONTRIBUTION.search(ev[2]) is not None and any(
        _defines_network(str(t)) for _, t in ctx.index.facts(ev[0]).get("model_def", ()))


def _composed(ctx: Context, ev: tuple[str, int, str]) -> bool:
    """coordinator, session 19: a sub-model over an inner layer that is then called on a model's Input to build
    another network (scan's `sub_model_composed`): layers re-used, no activations read."""
    return any(str(t) == ev[2] for _, t in ctx.index.facts(ev[0]).get("sub_model_composed", ()))


#: w30a: attention weights computed by a softmax on the line that names them: the layer's mechanism
_ATTENTION_COMPUTED = re.compile(r"\bsoftmax\s*\(")
#: w36a: a model asked to return its attention, and what else on the line names an attention taken (`_, attn_map =
#: model(seq, output_attentions=True)` takes it; `attention_mask=` is an input, not a reading)
_ATTENTION_REQUEST = re.compile(r"\boutput_attentions\s*=\s*True")
_ATTENTION_NAMED = re.compile(r"\b(\w*attn\w*|attentions|attention_(?!mask)\w+)\b", re.I)


#: w38c: attention weights drawn as a heatmap under their own name (the `attn_read` form of scan.py)
_ATTENTION_PLOTTED = re.compile(r"\b(imshow|matshow|heatmap|pcolormesh|pcolor)\s*\(\s*(np\.\w+\()?\s*(alphas?|atts?|"
                                r"attns?|attentions?)(_(\d+|w|weights?|maps?|mat|matrix|probs?|heads?|layers?)\w*)?\b")


def _attention_request_only(text: str) -> bool:
    """w36a: an `attn_read` line that only asks a model for its attention (`output_attentions=True,`)."""
    return (_ATTENTION_REQUEST.search(text) is not None
            and _ATTENTION_NAMED.search(_ATTENTION_REQUEST.sub(" ", text)) is None)


# what the lines say matters for model_def and attn_read (w30a: whether a softmax computes them), and for the
# sub-models (coordinator, session 19: which of them are layers re-used in another network)
@check("DR802", watches=is_code, facts_only=True,
       reads=reading(("interp", "attn_read", "interp_coef", "interp_layer", "interp_ablate", "meme_write", "layer_read",
                      "sub_model_composed", "attn_used", *TRAINING_FACTS),
                     said=("model_def", "interp", "attn_read", "interp_layer", "sub_model_composed")))
def interpretation_in_code(ctx: Context) -> CheckResult:
    ev = ([e for e in gather(ctx, "interp", 12, where=lambda p: not is_aux(p)
                             and not _training_monitor(ctx.index.facts(p)))
           if not _own_term(ctx, e) and not _composed(ctx, e)][:6]
          + gather(ctx, "interp_coef", 2)  # (w25a: coefficients ranked a few lines on)
          + [e for e in gather(ctx, "interp_layer", 4, where=lambda p: not is_aux(p))  # (w26a: over several lines)
             if not _composed(ctx, e)][:2]
          + gather(ctx, "interp_ablate", 2, where=lambda p: not is_aux(p)))  # (w35d: a column blanked, re-scored)
    # w27a: motifs written in MEME's format in a file that reads a layer's activations: the kernels' best-firing
    # windows turned into motifs (a motif database converted to MEME reads no layer)
    ev += [e for e in gather(ctx, "meme_write", 2, where=lambda p: not is_aux(p))
           if "layer_read" in ctx.index.facts(e[0])]
    # attention weights read out for analysis; inside a network's own code they are its mechanism, not a reading
    # (w30a: nor the softmax that computes them, a layer's own line in a file of network ops: pDeep's tf_ops.py
    # `weights = tf.nn.softmax(logits, name="attention_weights")`)
    # (w38c: attention weights drawn as a heatmap are read out wherever the network is defined: a tutorial notebook
    # that builds, trains, then plots its attention, subcellular_localization's `ax2.imshow(alphas_1)`)
    read: list[tuple[str, list[Any]]] = []
    for p, rows in sorted(ctx.files_with("attn_read").items()):
        if is_aux(p):
            continue
        network = any(_defines_network(str(t)) for _, t in ctx.index.facts(p).get("model_def", ()))
        read.append((p, [r for r in rows if not _ATTENTION_COMPUTED.search(str(r[1]))
                         and (not network or _ATTENTION_PLOTTED.search(str(r[1])))]))
    # w36a: attention asked of a transformers model (`output_attentions=True`) and never taken from its outputs
    # (CompEpigen/methylbert's trainer.py passes it to every from_pretrained and forward call; no line reads
    # `.attentions`, an attention map or the returned attentions) is a request, not a reading
    if not any(not _attention_request_only(str(r[1])) for _, rows in read for r in rows) and not any(
            not is_aux(p) for p in ctx.files_with("attn_used")):
        read = []
    ev += [e for p, rows in read if rows for e in first(rows, p)][:2]
    if ev:
        return passed("the model is interpreted in code (attributions, saliency, SHAP, in-silico mutagenesis, "
                      "filters read as motifs, weights or activations read out)", ev)
    return failed("looked for interpretation methods in code (Captum, SHAP, LIME, integrated gradients, saliency, "
                  "DeepLIFT, in-silico mutagenesis, TF-MoDISco, filters turned into motifs, decoder weights or "
                  "most-activating inputs read out) outside tests and docs; found none")
