"""Tip 6: a systematic, recorded hyperparameter search; runs logged."""

from __future__ import annotations

import re
from typing import Any

from . import CheckResult, Context, check, failed, passed, reading
from ._util import (
    IMPORT_STATEMENT,
    NETWORK_FACTS,
    TRAINING_FACTS,
    builds_network,
    caret_default_grids,
    gather,
    is_read,
    training_line,
)
from .scan import TFEVENTS_RE, extractor, in_baseline_folder, is_aux

#: coordinator, session 12: a list of values of a classical model's own hyperparameter (`for v in k_values:` of a
#: k-NN, `c_grid`, `n_estimators_list`): that model's tuning (tip02 DR203), not the network's search
_CLASSICAL_LIST = re.compile(r"^\s*(enumerate\s*\(\s*)?([\w.]+\.)?(k|cs?|n_?neighbou?rs|n_estimators|n_trees|"
                             r"max_depths?|min_samples_leaf|num_leaves|mtry|ntrees?)_(values|grid|candidates|list|"
                             r"search_space)\s*\)?\s*:?\s*$", re.I)


#: w24b: a list named for parameters alone (`param_list`, `params_list`), not for sets, grids or combinations of
#: them: in a file that walks `named_parameters()` it holds layer names (what to fine-tune or freeze)
_WEIGHT_NAMES = re.compile(r"^\s*(enumerate\s*\(\s*|range\s*\(\s*len\s*\(\s*)?([\w.]+\.)?"
                           r"param(eter)?s?_?lists?\d*\s*\)?\s*\)?\s*:?\s*$", re.I)


#: what is not the key of a configuration entry drawn at random (`args['lr'] = ...` -> `lr`)
_CONFIG_KEY = re.compile(r"^\s*\w+|[\s\[\]'\".]")


#: the keyword and brackets around a loop's targets (`for (a, b)` -> `a, b`)
_LOOP_TARGETS = re.compile(r"^\s*for\b|[()\s]")


#: a shell loop's variable and its literal values (`for frames in 96 64 32; do` -> `frames`, `96 64 32`)
_SHELL_LOOP = re.compile(r"^\s*for\s+(\w+)\s+in\s+(.*?)\s*(;\s*do\b.*)?$")
#: a literal value that is a number or a switch (`1e-4`, `64`, `True`)
_SHELL_SETTING = re.compile(r"^([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?|true|false|True|False)$")


def _shell_sweep(lines: list[list[Any]]) -> bool:
    """w30b: a shell script that loops over the literal values of two or more settings, one of them numbers or
    a switch (EchoNet's run_experiments.sh: pretrained True/False, three architectures, clip lengths, sampling
    periods, each handed to the training run): a grid search written by hand, whatever the settings are called.
    One loop is a list of runs (models compared, sizes of an ablation), not a search."""
    lists: dict[str, list[str]] = {}
    for _, text in lines:
        m = _SHELL_LOOP.match(str(text))
        if m is not None:
            lists.setdefault(m.group(1).lower(), m.group(2).split())
    return len(lists) >= 2 and any(all(_SHELL_SETTING.match(v) for v in vals) for vals in lists.values())


def _trains_with_loop_value(facts: dict[str, Any], bound: set[str]) -> bool:
    """coordinator, session 21: the file hands a loop's value to a local module's training call (SALMON's
    main.py: `for j, lr in enumerate(learning_rate_range):` then `SALMON.train(datasets, num_epochs, batch_size,
    lr, ...)`, keeping the learning rate of the best c-index): each value trains a model, as a fit in the loop does."""
    names = [n for n in bound if len(n) > 1]
    return any(re.search(r"\b" + re.escape(n) + r"\b", str(t)) for _, t in facts.get("lib_train", ()) for n in names)


@check("DR601", watches=is_read, facts_only=True,
       reads=reading((*TRAINING_FACTS, *NETWORK_FACTS, "model_def", "search", "search_cfg", "search_grid_cfg",
                      "param_names", "search_array", "search_index_loop", "caret_resampled", "kwarg_loop",
                      "sh_predict_only"),
                     # (its lists; the keys drawn; loops; w31c: the plural lists walked; w33c: the caret
                     # methods named, caret_default_grids)
                     said=("grid_loop", "config_draw", "shell_value_loop", "sweep_loop", "baseline",
                           "lib_train")))  # (coordinator, session 21: which values a training call is handed)
def search(ctx: Context) -> CheckResult:
    ev = gather(ctx, "search", 4) + gather(ctx, "search_cfg", 3) + gather(ctx, "search_grid_cfg", 3)
    ev += gather(ctx, "search_array", 2)  # (w25a: a grid decoded from a job array's index)
    # (w32c: an R loop's index scaled into a hyperparameter, in a file that trains: `alpha = i/10`)
    ev += gather(ctx, "search_index_loop", 2,
                 where=lambda p: not is_aux(p) and training_line(ctx.index.facts(p)) is not None)
    ev += caret_default_grids(ctx)[:2]  # (w33c: caret's train() over a tunable method's default grid)
    # (w34b: a list's values handed one by one to the keyword the list is named for, in a call that fits: A-SOiD's
    # `for min_c in min_cluster_size:` ... `HDBSCAN(min_cluster_size=...min_c...).fit(X)`)
    ev += gather(ctx, "kwarg_loop", 2)
    for path, lines in sorted(ctx.files_with("config_draw").items()):
        # w29b: two or more entries of a run's configuration drawn from candidate lists is a random search by
        # hand; one drawn entry may be a coin flip (a shuffle, a GPU picked at random)
        keys = {_CONFIG_KEY.sub("", str(t).partition("=")[0]) for _, t in lines}
        if not is_aux(path) and len(keys) >= 2:
            ev.append((path, int(lines[0][0]), str(lines[0][1])))
    # (w36a: not a script whose every Python run predicts: its loops walk released models, OpenSpliceAI's
    # JOB_spliceai-keras_predict_*.sh over flanking sizes and model numbers)
    predicting = set(ctx.files_with("sh_predict_only"))
    for path, lines in sorted(ctx.files_with("shell_value_loop").items()):
        if extractor(path) == "sh" and not is_aux(path) and path not in predicting and _shell_sweep(lines):
            ev.append((path, int(lines[0][0]), str(lines[0][1])))
    for path, lines in sorted(ctx.files_with("sweep_loop").items()):
        # w31c: loops over lists named as the plural of their hyperparameter are a grid by hand where two or more
        # such lists are walked in a file that trains; one list alone may be a model's layer sizes
        lists = {str(t).rpartition(" in ")[2].strip(" :") for _, t in lines}
        if not is_aux(path) and len(lists) >= 2 and training_line(ctx.index.facts(path)) is not None:
            ev.append((path, int(lines[0][0]), str(lines[0][1])))
    network = builds_network(ctx)
    for path, lines in sorted(ctx.files_with("grid_loop").items()):
        if network:  # (DeepTCR's k-NN over k_values, beside its TensorFlow networks)
            lines = [e for e in lines if not _CLASSICAL_LIST.search(str(e[1]).rpartition(" in ")[2])]
            if not lines:
                continue
        if "param_names" in ctx.index.facts(path):
            # w24b: where the network's weights are walked by name, a `param_list` names layers to fine-tune
            lines = [e for e in lines if not _WEIGHT_NAMES.search(str(e[1]).rpartition(" in ")[2])]
            if not lines:
                continue
        # a loop over hyperparameter values is a search when it trains, nests several such loops, or is a shell
        # script's loop (it runs the training command once per value: `for lr in ...; do python train.py`)
        # (several loops means several value lists: three loops over one GUI `param_list` are no grid)
        lists = {str(entry[1]).rpartition(" in ")[2].strip(" :") for entry in lines}
        # (coordinator, session 13: a loop over what an outer loop bound walks the same values, it is no second
        # list: REINVENT4's `for param_set_id, param_set in (("args", ...), ("kwargs", ...)):` then `for key,
        # value in param_set:` spreads a call's arguments over processes)
        bound = {name.strip() for entry in lines
                 for name in _LOOP_TARGETS.sub("", str(entry[1]).partition(" in ")[0]).split(",")}
        lists -= bound
        if not is_aux(path) and path not in predicting and (
                len(lists) >= 2 or training_line(ctx.index.facts(path)) is not None or extractor(path) == "sh"
                or _trains_with_loop_value(ctx.index.facts(path), bound)):
            ev.append((path, int(lines[0][0]), str(lines[0][1])))
    if ev and network:
        # w29b: every search is over the baselines (a GridSearchCV of the SVM and LASSO a CNN is compared with,
        # a folder of compared methods), while the network, defined elsewhere, keeps fixed settings: its
        # hyperparameters are what tip 6 asks to search (PopPhy-CNN, DeepRC, DeepAffinity)
        def baseline_side(path: str) -> bool:
            facts = ctx.index.facts(path)
            return in_baseline_folder(path) or ("baseline" in facts and not any(
                f in facts for f in (*NETWORK_FACTS, "model_def")))

        # (a network defined or built, not a framework imported alone)
        nets = [p for fact in ("model_def", "model_fn", "skorch_net", "model_lib") for p in ctx.files_with(fact)
                if not is_aux(p) and not baseline_side(p)]
        if nets and all(baseline_side(e[0]) for e in ev):
            return failed("only the baselines are searched: every search fits a simple model or a compared method, "
                          "while the network (" + sorted(nets)[0] + ") keeps fixed settings", ev[:4])
    if ev:
        return passed("hyperparameter search in code or configuration", ev[:6])
    return failed("looked for a tuner (Optuna, Ray Tune, Hyperopt, KerasTuner, scikit-learn *SearchCV, W&B sweeps), "
                  "a loop over hyperparameter values, hyperparameters drawn at random, or a search-space file, "
                  "outside tests and docs; found none")


#: a TensorBoard writer constructed (what it records is written through it: add_scalar, add_summary...)
_WRITER = re.compile(r"\b(FileWriter|SummaryWriter|create_file_writer)\s*\(")
#: w35c: the writer's import (`from tensorboardX import SummaryWriter`), a tracking line that records nothing itself
_IMPORT_LINE = re.compile(IMPORT_STATEMENT)


#: the name a TensorBoard writer is kept under (`self.train_writer = tf.summary.FileWriter(`, `writer =
#: SummaryWriter(`)
_WRITER_NAME = re.compile(r"\b(?:self\.)?(\w+)\s*=\s*[\w.]*\b(?:FileWriter|SummaryWriter|create_file_writer)\s*\(")


def _written_elsewhere(ctx: Context, paths: set[str]) -> set[str]:
    """The files among `paths` whose writer another file (not a test or doc) writes summaries through, by the
    attribute or name the writer was kept under (`model.train_writer.add_summary(summary, step)`)."""
    names = {p: {m.group(1) for _, t in ctx.files_with("tracking")[p] for m in _WRITER_NAME.finditer(str(t))}
             for p in paths}
    writes = [(p, str(t)) for p, lines in ctx.files_with("summary_write").items() if not is_aux(p)
              for _, t in lines]
    out = set()
    for path, kept in names.items():
        uses = [re.compile(r"\." + re.escape(n) + r"\.add_\w+\s*\(") for n in kept if len(n) > 3]
        if any(u.search(t) for p, t in writes if p != path for u in uses):
            out.add(path)
    return out


_HELPER_NAME = re.compile(r"\bdef\s+(\w+)")
#: the lines after a tracker helper's `def` its tracker is built and returned in (scan's tracker_helper: 8, then 4)
_HELPER_SPAN = 14


def _uncalled_helpers(ctx: Context) -> set[str]:
    """The files whose tracking lines all return a tracker from a helper named for it (`tracker_helper`) that no
    line outside tests and docs calls."""
    out: set[str] = set()
    for path, defs in ctx.files_with("tracker_helper").items():
        names = {m.group(1) for _, t in defs for m in [_HELPER_NAME.search(str(t))] if m}
        lines = ctx.files_with("tracking").get(path, [])
        # (w37c: a tracking line counts as the helper's when it returns the tracker, or is the helper's own line
        # keeping it under a name it returns, Lee-CBG/ATM-TCR's `tbf = SummaryWriter(...)`, or the import of the
        # tracker the helper builds)
        spans = [(int(n), int(n) + _HELPER_SPAN) for n, _ in defs]
        if not names or not lines or not all(
                str(t).lstrip().startswith("return ") or _IMPORT_LINE.match(str(t))
                or any(lo < int(n) <= hi for lo, hi in spans) for n, t in lines):
            continue
        calls = [str(t) for p, rows in ctx.files_with("tracker_helper_call").items() if not is_aux(p) for _, t in rows]
        if not any(re.search(r"\b" + re.escape(n) + r"\s*\(", t) for n in names for t in calls):
            out.add(path)
    return out


def _tracking_watch(path: str) -> bool:
    """Files read, and (w26a) committed TensorBoard event logs, tracking by their path alone."""
    return is_read(path) or TFEVENTS_RE.search(path) is not None


@check("DR602", watches=_tracking_watch, facts_only=True,
       reads=reading(("tracking", "trainer_default_log", "tracker_dep", "tf_summary", "summary_sink",
                      "summary_write", "graph_writer", "tracker_off", "tracker_optional", "tracker_option_on",
                      "summary_write_off", "tracker_helper", "tracker_helper_call"),
                     # (w25b: whether a file's tracking lines are all writers constructed; w31e: the tracking
                     # options' names)
                     said=("tracking", "tracker_optional", "tracker_option_on",
                           # (w34b: the writer's name each summary is written through; w35a: the helpers'
                           # names and their calls)
                           "summary_write", "tracker_helper", "tracker_helper_call")))
def tracking(ctx: Context) -> CheckResult:
    # w25b: a summary writer handed the session's graph, in a file that writes no scalar, histogram or summary
    # through it (deepsleepnet's `tf.summary.FileWriter(dir, sess.graph)`), shows the graph and records no run
    # w35c: ... or whose writes through it are all commented out (AttentiveFP's notebooks keep `tensorboard =
    # SummaryWriter(...)` and `# tensorboard.add_scalars(...)`): the writer records nothing
    graph_only = {p for p, lines in ctx.files_with("tracking").items()
                  if ("graph_writer" in ctx.index.facts(p) or "summary_write_off" in ctx.index.facts(p))
                  and "summary_write" not in ctx.index.facts(p)
                  and all(_WRITER.search(str(t)) or _IMPORT_LINE.match(str(t)) for _, t in lines)}
    # w34b: ... unless another file writes through the writer by the name it was kept under (tinysleepnet's model
    # keeps `self.train_writer = tf.summary.FileWriter(...)` and adds the graph; train.py builds each epoch's
    # tf.Summary of losses and F1 and calls `model.train_writer.add_summary(summary, step)`)
    if graph_only:
        graph_only -= _written_elsewhere(ctx, graph_only)
    # w26c: nor a file whose module-level flag switches its tracker off as committed (`wandb = False`)
    off = set(ctx.files_with("tracker_off"))
    # w31e: nor a file whose trackers run only under an option named for tracking, off by default, that nothing in
    # the repository turns on (TxGNN's `weight_bias_track`, False in its training script and demo; bluebert's
    # `--tensorboard`, which no script passes): as committed, no run is logged
    turned_on = {name for lines in ctx.files_with("tracker_option_on").values() for _, t in lines
                 for name in str(t).split()}
    optional = {p for p, lines in ctx.files_with("tracker_optional").items()
                if not any(name in turned_on for _, t in lines for name in str(t).split())}
    off |= optional
    # w35a: nor a file whose trackers are only returned by helpers named for them that no code calls (pmoris/ImRex's
    # create_tensorboard_callback, its call sites commented out)
    off |= _uncalled_helpers(ctx)
    ev = gather(ctx, "tracking", 6, where=lambda p: not is_aux(p) and p not in graph_only and p not in off)
    if not ev:
        # w24d: TensorFlow 1 summary ops record a run only where something writes them (a FileWriter, a trainer
        # given a log_dir, an Estimator): declared and merged but never written (scaden), they record nothing
        summaries = gather(ctx, "tf_summary", 4)
        sink = gather(ctx, "summary_sink", 2) if summaries else []
        if sink:
            ev = summaries + sink
    if ev:
        return passed("runs are logged with their settings", ev)
    # w23c: a Lightning Trainer left with its default logger records every run's hyperparameters and metrics;
    # counted when the repository declares tensorboard (the logs are meant to be read), not for a Trainer in a
    # demo whose logs fall back to whatever is installed (braindecode's tutorial vs mmv_im2im's trainer)
    default = gather(ctx, "trainer_default_log", 3)
    dep = gather(ctx, "tracker_dep", 1, where=lambda p: True)
    if default and dep:
        return passed("a Lightning Trainer with its default logger (TensorBoard, a declared dependency) records "
                      "each run's hyperparameters and metrics", default + dep)
    if optional:
        return failed("the trackers run only under options named for tracking that are off by default, and nothing "
                      "in the repository (scripts, configurations, notebooks, README commands) turns one on",
                      gather(ctx, "tracker_optional", 4, where=lambda p: p in optional))
    return failed("looked for experiment tracking (Weights & Biases, MLflow, TensorBoard, Sacred, Neptune, Comet, "
                  "Lightning loggers) outside tests and docs; found none")
