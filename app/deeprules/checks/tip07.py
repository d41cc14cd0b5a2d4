"""Tip 7: a split that matches the data, a locked test set, metrics that suit the class balance."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import CheckResult, Context, check, failed, not_adopted, not_applicable, passed, reading, warned
from ._util import IMPORT_STATEMENT, ML_FACTS, gather, has_ml_code, is_code, is_read, training_scripts
from .records import audits
from .scan import CODE_PATTERNS, SIDE_PATH_RE, extractor, is_aux, is_readme, is_simulated_test, is_test_side_data

SPLIT_NEEDS = {
    "split.homology": ("split_homology", "a homology-aware split (cluster sequences, e.g. MMseqs2 or CD-HIT, "
                       "or hold out whole chromosomes for windows of one genome)"),
    "split.scaffold": ("split_scaffold", "a scaffold split (e.g. ScaffoldSplitter)"),
    "split.temporal": ("split_time", "a split by time (train on earlier records, test on the latest period; "
                       "TimeSeriesSplit or a date cut-off)"),
    "split.grouped-unit-and-site": ("split_grouped", "a grouped split by individual and by site"),
    "split.grouped-site": ("split_grouped", "a grouped split by site or batch"),
    "split.grouped-individual": ("split_grouped", "a grouped split by individual"),
    "split.grouped-cautious": ("split_grouped", "a grouped split (independence is not established)"),
    # pairs (protein-protein, drug-cell line): whole entities held out on one side or both, a cold split
    "split.paired": ("split_grouped", "a split that holds whole entities out (a cold split: the test drugs, "
                     "proteins or cell lines are absent from training; GroupKFold by entity)"),
    # samples close in space (field plots, spots of a tissue section): whole blocks or regions per fold
    "split.spatial": ("split_grouped", "a spatial block split (whole blocks, regions or sections in each fold: "
                      "GroupKFold with the block id as group, blockCV, spatialsample, verde's BlockKFold)"),
}
#: Splits that follow how samples are related, by fact, with a name for the reason.
STRUCTURED = (("split_grouped", "grouped split"), ("split_homology", "homology-aware split"),
              ("split_scaffold", "scaffold split"), ("split_chrom", "chromosome hold-out"),
              ("split_time", "time-based split"))


#: a file that draws figures (its clusterings colour a plot; they are not what the method outputs)
_FOR_PLOTS = re.compile(r"plot|vis(ual)?i[sz]|figure|^figs?[_.-]|umap|tsne", re.I)
#: the words of a reconstruction loss's arguments
_RECONSTRUCTION = re.compile(r"recon|reconstruct|x_hat|x_rec|decoded", re.I)
#: Keras' top-k accuracy over one-hot class labels (a classifier's metric, not a ranking of candidates)
#: (a prefix: the evidence line may be cut short, `metrics=['cosine_proximity',top_k_categorical_accura`)
_KERAS_TOP_K = re.compile(r"\b(sparse_)?top_k_categorical_acc|\b(Sparse)?TopKCategoricalAcc")


def _keras_top_k_only(ctx: Context) -> list[tuple[str, int, str]]:
    """The ranking metrics outside tests and docs, when every line of them is Keras' top-k categorical accuracy."""
    ranked = [(p, lines) for p, lines in sorted(ctx.files_with("metric_rank").items()) if not is_aux(p)]
    if not ranked or not all(_KERAS_TOP_K.search(str(t)) for _, lines in ranked for _, t in lines):
        return []
    return [(p, int(lines[0][0]), str(lines[0][1])) for p, lines in ranked][:4]


#: w22a: a clustering or segmentation compared with reference labels (not a clustering run for plots, nor an
#: internal index such as silhouette or Calinski-Harabasz that picks a resolution)
_CLUSTER_SCORE = re.compile(r"adjusted_rand|rand_voi|rand_index|rand_score|adapted_rand|mutual_info|\bvoi\b|"
                            r"variation_of_information|foscttm|homogeneity|completeness|v_measure|fowlkes", re.I)


#: a focal loss, which weights hard examples of any classification (tokens, anchors, pixels), named without Dice or
#: Tversky terms
_FOCAL_ONLY = re.compile(r"^(?!.*(?i:dice|tversky|lovasz|jaccard)).*(?i:focal)")


def _ev(ctx: Context, fact: str, limit: int = 4) -> list[tuple[str, int, str]]:
    return gather(ctx, fact, limit)


#: w25a: an import statement without an alias (an aliased import is where the alias's later uses get their name)
_IMPORT_STATEMENT = re.compile(IMPORT_STATEMENT + r"(?![^\n]*\bas\b)")


def _split_ev(ctx: Context, fact: str, limit: int = 4) -> list[tuple[str, int, str]]:
    """A split's evidence, from the test side's data files too (w23c: `data/test_ids.txt` is no test of code).
    w25a: a splitter named only in an import (DeepHF's `from sklearn.model_selection import KFold, ShuffleSplit,
    StratifiedKFold, GroupKFold`, then ShuffleSplit used) splits nothing: a file counts by a line that uses it."""
    out: list[tuple[str, int, str]] = []
    for path, lines in sorted(ctx.files_with(fact).items()):
        if is_aux(path) and not is_test_side_data(path):
            continue
        used = next(((n, t) for n, t in lines if not _IMPORT_STATEMENT.match(str(t))), None)
        if used is not None:
            out.append((path, int(used[0]), str(used[1])))
            if len(out) >= limit:
                break
    return out


#: w24c: folders and files a run writes (a model per fold, its predictions): `checkpoints/logP/fold_0.pkl` is
#: the model trained on fold 0, not the fold's definition (ReLeaSE's random KFold saved its predictors so)
_RUN_OUTPUT = re.compile(r"(^|/)(checkpoints?|ckpts?|saved_models?|trained_models?|weights|runs|logs?|wandb|"
                         r"lightning_logs|mlruns|predictions?|preds)/|\.(pt|pth|ckpt|keras|joblib|onnx)$|"
                         # (w32b: a fold's results named for its split, CLAM and HIPT's `split_0_results.pkl` of
                         # each run's predictions and labels: what the run wrote, not the split)
                         r"[_.-](results?|predictions?|preds|metrics|scores)\.\w+$|"
                         # (an HDF5 file is a model's weights unless it sits in a data folder: w24a's
                         # `data/gbsg/gbsg_cancer_train_test.h5` holds DeepSurv's split)
                         r"^(?!(.*/)?(data|datasets?|inputs?)/).*\.(h5|hdf5)$|"
                         # (w37c: or a model's weights saved per fold under a name without a data extension,
                         # duolinwang/MusiteDeep_web's models/<PTM>/CNNmodels/model_HDF5model_fold0_class0)
                         r"(^|/)[^/.]*model[^/.]*fold[^/.]*(\.(h5|hdf5|pkl|pickle|bin|pb|index|meta|npz))?$", re.I)


#: coordinator, session 10: a split file named for a random split (MAT's `data/esol/split-random-0.npy` beside its
#: `split-scaffold-*.npy`): it fixes a random split, it holds no unit out. (Coordinator, session 23: or for the seed
#: of the draw that made it, DeepPhospho's `RT_Holdout-RPE1_DIA-seed0_811.txt`, a shuffled 8/1/1 split: a split
#: that holds units out needs no seed)
_RANDOM_NAMED = re.compile(r"(^|[^a-z])(random([^a-z]|$)|seed[_-]?\d+([^a-z0-9]|$))", re.I)


#: w36d: the quoted name a fold's output is saved under (`'case_fold'` in `np.save(path + 'case_fold' + str(fold),
#: result)`)
_QUOTED_FOLD_NAME = re.compile(r"['\"]([^'\"\n]*fold[^'\"\n]*)['\"]", re.I)
#: what may follow that name in a file the run wrote: the fold's number and the extension
_FOLD_SUFFIX = re.compile(r"\d*(\.\w+)*")


def _fold_outputs(ctx: Context) -> set[str]:
    """w36d: the names (lower case, without folders) under which code saves a result per fold (`fold_output`)."""
    out: set[str] = set()
    for path, rows in ctx.files_with("fold_output").items():
        if is_aux(path):
            continue
        for _, text in rows:
            for m in _QUOTED_FOLD_NAME.finditer(str(text)):
                name = m.group(1).lower().rsplit("/", 1)[-1]
                if name:
                    out.add(name)
    return out


def _written_by_run(path: str, written: set[str]) -> bool:
    """A committed file named as the code names the results it saves per fold (yuliyi/idse-HE's data/case_fold1.npy,
    written by `np.save(path + 'case_fold' + str(fold), result)`): a run's output, not a split."""
    base = path.lower().rsplit("/", 1)[-1]
    return any(base.startswith(n) and _FOLD_SUFFIX.fullmatch(base[len(n):]) is not None for n in written)


def _split_files(ctx: Context) -> tuple[list[tuple[str, int, str]], list[tuple[str, int, str]]]:
    """The split files shared with the code, and those named for a random split (a random split, fixed)."""
    # a split or fold column of a data table is read below, once, with its guards (w22a's and w22c's forms). A
    # simulator's output on the test side counts even in a `testing/` folder; a script there (`tests/
    # test_simulation.py`) is a test of the code, not a simulated test set
    written = _fold_outputs(ctx)
    found = [(p, 1, "a test set simulated apart from training" if is_simulated_test(p) else "predefined split file")
             for p in sorted(ctx.files_with("split_file"))
             if (not is_aux(p) or (is_simulated_test(p) and not is_code(p)) or is_test_side_data(p))
             and not _RUN_OUTPUT.search(p) and not _written_by_run(p, written)]
    # w26c: ... or written by a script of the same top folder that draws a random permutation and saves split
    # files (Raindrop's P12data/process_scripts/Generate_splitID.py writes P12data/splits/*.npy)
    # (coordinator, session 20: or a pandas sample of rows, or Python's draws: SkipGNN's notebooks write each fold's
    # train/val/test.csv from `df.sample(frac=0.2, random_state=x)`)
    shufflers = {p.split("/")[0] for p in {*ctx.files_with("split_save"), *ctx.files_with("side_save")} if "/" in p
                 and any(f in ctx.index.facts(p) for f in ("np_draw", "py_draw", "rows_drawn"))
                 and "split_grouped" not in ctx.index.facts(p)}
    random = [(p, n, "a split file named for a random split") for p, n, _ in found
              if _RANDOM_NAMED.search("/".join(p.split("/")[-2:]))]
    random += [(p, n, "a split file written from a random permutation") for p, n, _ in found
               if "/" in p and p.split("/")[0] in shufflers and (p, n, "a split file named for a random split")
               not in random]
    named = {p for p, _, _ in random}
    return [e for e in found if e[0] not in named][:4], random[:4]


#: w26b: a data file named by its unit and its side (`human_train.tsv`, `fly_test.tsv`)
_UNIT_SIDE_FILE = re.compile(r"^(?P<unit>[a-z][a-z0-9]{2,})[_.-](?P<side>train|training|test|testing)"
                             r"\.(csv|tsv|txt|fa|fasta|json|parquet)$")
#: words that name what a file holds or how big it is, not a unit the samples come from
_NOT_A_UNIT = frozenset(("data", "dataset", "seq", "seqs", "sequences", "label", "labels", "feature", "features",
                         "target", "targets", "input", "inputs", "output", "outputs", "pred", "preds", "pairs",
                         "toy", "small", "tiny", "full", "sample", "samples", "demo", "example", "random", "all",
                         "final", "new", "old", "raw", "clean", "processed", "balanced"))


@lru_cache(maxsize=1 << 16)  # DR701 asks about every path at each commit of a history it re-runs on
def _unit_side(path: str) -> tuple[str, str, str] | None:
    """(folder, unit, side: "trai" or "test") of a data file named by its unit and its side, outside tests."""
    folder, _, name = path.rpartition("/")
    m = _UNIT_SIDE_FILE.match(name.lower())
    if m is None or m["unit"] in _NOT_A_UNIT or is_aux(path):
        return None
    return folder, m["unit"], m["side"][:4]


def _units_held_out(ctx: Context) -> list[tuple[str, int, str]]:
    """w26b (D-SCRIPT: `data/pairs/human_train.tsv` beside `mouse_test.tsv`, `fly_test.tsv`, `worm_test.tsv`...):
    test files, in the folder of a training file, named for two or more units (species, cohorts, cell lines) that
    have no training file: the model is scored on units it never saw, an external test set."""
    folders: dict[str, dict[str, set[str]]] = {}
    paths: dict[tuple[str, str], str] = {}
    for path in ctx.snapshot.paths():
        got = _unit_side(path)
        if got is None:
            continue
        folder, unit, side = got
        folders.setdefault(folder, {}).setdefault(side, set()).add(unit)
        paths[(folder, unit)] = path
    out: list[tuple[str, int, str]] = []
    for folder, sides in sorted(folders.items()):
        held = sides.get("test", set()) - sides.get("trai", set())
        if sides.get("trai") and len(held) >= 2:
            out.extend((paths[(folder, u)], 1, f"a test set of {u}, a unit with no training file "
                        f"(trained on {', '.join(sorted(sides['trai']))})") for u in sorted(held))
    return out[:4]


#: w30b: folders that hold data sets or a run's outputs without naming a data set (`data/`, `splits/`, `images/`)
_NOT_A_DATASET = frozenset(("data", "datasets", "dataset", "input", "inputs", "raw", "raw_data", "processed",
                            "download", "downloads", "example_files", "home", "projects", "users", "user",
                            "processed_data", "preprocessed", "splits", "split", "benchmark", "benchmarks", "corpus",
                            "corpora", "resources", "files", "example", "examples", "sample", "samples", "demo",
                            "toy", "tmp", "temp", "output", "outputs", "result", "results", "log", "logs",
                            "checkpoint", "checkpoints", "ckpt", "model", "models", "saved_models", "prediction",
                            "predictions", "preds", "figures", "plots", "images", "imgs", "labels", "masks",
                            "annotations", "src", "scripts", "tests", ".", ".."))
#: the side a part of a path names (`processed_test`, `AskAPatient.fold-1.test.txt`, `training`)
_SIDE_WORD = re.compile(r"(?<![a-z])(train|training|test|testing)(?![a-z])")
#: a line that writes the file it names (a split the code makes: clinicalBERT's `early_test.to_csv(
#: './2days/test.csv')`), not one it reads
_WRITES = re.compile(r"\.(to_csv|to_parquet|to_pickle|to_json|to_feather|to_hdf|save\w*|write\w*|dump)\s*\(|"
                     r"\bopen\s*\([^)\n]*['\"][wa]b?\+?['\"]|\b(np|numpy|torch|joblib|pickle)\.(save\w*|dump)\s*\(|"
                     r"\bwrite\.(csv|table|delim)\s*\(|>\s*[\w./$-]+\s*$")
#: a placeholder for the user's path (`FINETUNE_DATA_PATH/test.csv`, `PATH_TO_DATA/train`): names no data set
_PLACEHOLDER = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$")


def _side_paths_read(ctx: Context) -> Iterator[tuple[str, int, str, str]]:
    """(file, line, the line, a path in it to one side of a data set) for each such path the code reads, outside
    tests and docs: not on a line that writes the file it names."""
    for path, lines in sorted(ctx.files_with("side_path").items()):
        if is_aux(path):
            continue
        for n, text in lines:
            if _WRITES.search(str(text)):
                continue
            for m in SIDE_PATH_RE.finditer(str(text)):
                yield path, int(n), str(text).strip(), m.group(0)


#: w36b: a token of a data path that numbers a recording unit: a sequence folder (`01`), an embryo, movie, session,
#: animal, subject, plate, field or position (`emb2`, `movie_3` as `movie` then `3` is not read: the number must
#: be joined to the unit's name)
_UNIT_NUMBER = re.compile(r"(emb|embryo|seq|sequence|movie|video|session|ses|run|animal|mouse|fish|larva|worm|"
                          r"subject|sub|patient|donor|individual|sample|plate|well|fov|slide|position|pos|"
                          r"recording|rec|stack|timelapse|organoid)[-_]?\d+", re.I)


def _unit_numbers_differ(a: str, b: str) -> bool:
    """Two data paths that name different recordings of one collection: equal but for folders that are numbers
    (`ctc/Fluo-N2DL-HeLa/02` and `.../01`) or tokens numbering a unit (`mskcc_emb1_15fr.zip`, `mskcc_emb2_15fr.zip`);
    not numbered parts or folds of one table (`split_1.csv`, `fold2/`), which a random split writes too."""
    sa, sb = a.strip("/").split("/"), b.strip("/").split("/")
    if a == b or len(sa) != len(sb):
        return False
    differ = False
    for x, y in zip(sa, sb, strict=True):
        if x == y:
            continue
        if x.isdigit() and y.isdigit():
            if len(sa) < 2:  # (a bare number is a fold's or a chromosome's, no recording's folder)
                return False
            differ = True
            continue
        tx, ty = re.split(r"[_.-]", x), re.split(r"[_.-]", y)
        if len(tx) != len(ty):
            return False
        for u, v in zip(tx, ty, strict=True):
            if u == v:
                continue
            if not (_UNIT_NUMBER.fullmatch(u) and _UNIT_NUMBER.fullmatch(v)
                    and re.sub(r"\d+", "", u) == re.sub(r"\d+", "", v)):
                return False
            differ = True
    return differ


def _recordings_by_side(ctx: Context) -> list[tuple[str, int, str]]:
    """w36b: configurations that train on some recordings and validate or test on others of the same collection
    (weigertlab/trackastra's `input_train: data/ctc/Fluo-N2DL-HeLa/02` and `input_val: .../01`; funkelab/linajea's
    config_train.toml reading `mskcc_emb1_15fr.zip`, config_val.toml `mskcc_emb2...`, config_test.toml `emb3`):
    whole time-lapse sequences or embryos are held out, every frame of one on one side."""
    train: list[tuple[str, int, str]] = []
    held: list[tuple[str, int, str]] = []
    for path, lines in sorted(ctx.files_with("cfg_side_source").items()):
        if is_aux(path):
            continue
        for n, text in lines:
            side, _, value = str(text).partition(" ")
            (train if side == "train" else held).append((path, int(n), value))
    for tp, tn, tv in train:
        for hp, hn, hv in held:
            if _unit_numbers_differ(tv, hv):
                return [(tp, tn, f"trains on {tv}"), (hp, hn, f"holds out {hv}, another recording of the collection")]
    return []


def _external_tests(ctx: Context) -> list[tuple[str, int, str]]:
    """w30b (SapBERT: trained on UMLS synonym pairs, its evaluation scripts score `data/ncbi-disease/
    processed_test`, `data/bc5cdr-chemical/processed_test`, `data/cometa/splits/.../test.csv`...): test sides of
    two or more data sets, named by their folders in code or scripts, none of which a training path names: the
    model is scored on data sets it never trained on, external test sets. A training path whose data set is a
    variable (`data/$DATASET/train.tsv`) could be any of them: then nothing is read so. Read in shell scripts, the
    runs a project documents: a path in a module or notebook may be an example's, a figure's or an output's
    (kipoi's `downloads/test.h5`, cellpose's figures over other data sets' test folders); training paths are read
    in any code."""
    sides: dict[str, dict[str, tuple[str, int, str]]] = {"train": {}, "test": {}}
    for path, n, text, side_path in _side_paths_read(ctx):
        parts = ["$" if _PLACEHOLDER.match(p) else p.lower() for p in side_path.split("/")]
        at = next(((i, w) for i, part in enumerate(parts) if (w := _SIDE_WORD.search(part))), None)
        if at is None or at[0] == 0:
            continue
        side = "train" if at[1].group(1).startswith("train") else "test"
        if side == "test" and extractor(path) != "sh":
            continue
        named = [p for p in parts[:at[0]] if p not in _NOT_A_DATASET]
        if side == "train" and any("$" in p or "{" in p for p in named):
            return []
        named = [p for p in named if "$" not in p and "{" not in p]
        if named:
            sides[side].setdefault(named[0], (path, n, text))
    held = {unit: e for unit, e in sides["test"].items() if unit not in sides["train"]}
    if len(held) < 2:
        return []
    return [(p, n, f"{t} (a test set of {unit}, a data set no training path names)")
            for unit, (p, n, t) in sorted(held.items())][:4]


#: w30b: a list of one side's samples named by the side (`meta/train_indexes.csv`, `splits/test_ids.txt`)
_SIDE_LIST_NAME = re.compile(r"(?<![a-z])(train|training|test|testing)[_.-]?(list|ids?|idx|indexes|indices|names|"
                             r"samples|subjects|patients|cases|images|files)\.(txt|csv|tsv|json|lst|list)$")


def _split_lists_read(ctx: Context) -> list[tuple[str, int, str]]:
    """w30b (derm7pt reads the data set's own `meta/train_indexes.csv`, `valid_indexes.csv` and `test_indexes.csv`
    from the release's folder): lists of the training and the test samples that the code reads by name and never
    writes, as committed split files are read. Counted only where the code makes no split itself."""
    sides: dict[str, tuple[str, int, str]] = {}
    for path, n, text, side_path in _side_paths_read(ctx):
        named = _SIDE_LIST_NAME.search(side_path.lower().rpartition("/")[2])
        if named is not None:
            sides.setdefault(named.group(1)[:4], (path, n, text))
    if len(sides) < 2 or ctx.files_with("split_save"):
        return []
    return [(p, n, f"{t} (a list of one side's samples, read as given)") for p, n, t in sides.values()]


def _pair_folds(ctx: Context, files: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """w24c: split files kept next to both entity tables of pair data (DeepDTA's `data/davis/folds/
    test_fold_setting1.txt` beside `ligands_can.txt` and `proteins.txt`) split the pairs: the same drugs and
    proteins sit on both sides (DeepDTA's setting 1), so they are no structured split. Cold or unseen folds are
    read as grouped splits elsewhere."""
    kinds: dict[str, set[str]] = {}
    for path, rows in ctx.files_with("pair_entities").items():
        kinds.setdefault(path.rpartition("/")[0], set()).add(str(rows[0][1]))

    def paired(path: str) -> bool:
        folder = path.rpartition("/")[0]
        return any(len(kinds.get(f, ())) == 2 for f in (folder, folder.rpartition("/")[0]))

    return [e for e in files if e[2] != "predefined split file" or not paired(e[0])]


def _chrom_sides(ctx: Context) -> list[tuple[str, int, str]]:
    """w24c: sides of a split keyed with lists of small numbers (`'valid': [8, 9, 10, 11, 19]`) in a file that
    names the sex chromosome (`list(range(1, 23)) + ['X']`): chromosome numbers held out (DeepHiC's set_dict)."""
    chrom = set(ctx.files_with("chrom_named"))
    return gather(ctx, "split_side_ints", 4, where=lambda p: p in chrom and not is_aux(p))


#: the chromosomes a data file's name holds: `chr19_22` (19 to 22), `chr17`
_CHROM_RANGE = re.compile(r"[_./-]chr(\d{1,2})(?:_(\d{1,2}))?[_.]", re.I)


def _chromosomes(text: str) -> set[int]:
    out: set[int] = set()
    for m in _CHROM_RANGE.finditer(text):
        lo = int(m.group(1))
        hi = int(m.group(2)) if m.group(2) and int(m.group(2)) >= lo else lo
        out.update(range(lo, hi + 1))
    return out


def _chrom_files(ctx: Context) -> list[tuple[str, int, str]]:
    """w26a: a training script reads data files named by some chromosomes and another script (a predictor, an
    evaluation) reads files named by others only (HiCPlus: trainConvNet.py loads `..._chr19_22.npy.gz`, predict.py
    `..._chr17_17.npy.gz`): those chromosomes are held out."""
    files = {p: ev for p, ev in ctx.files_with("chrom_file").items() if not is_aux(p)}
    trainers = [p for p in files if p in training_scripts(ctx)]
    for path in trainers:
        seen = set().union(*(_chromosomes(str(t)) for _, t in files[path]))
        for other, ev in sorted(files.items()):
            held = set().union(*(_chromosomes(str(t)) for _, t in ev))
            if other not in trainers and held and seen and not held & seen:
                return [(path, int(files[path][0][0]), str(files[path][0][1])), (other, int(ev[0][0]), str(ev[0][1]))]
    return []


def _audit(ctx: Context) -> tuple[list[tuple[str, int, str]], list[tuple[str, int, str]]]:
    clean: list[tuple[str, int, str]] = []
    leaks: list[tuple[str, int, str]] = []
    for path, rec in audits(ctx):
        if rec.get("leak") is True:
            for f in rec.get("findings") or []:
                if isinstance(f, dict):
                    leaks.append((path, 1, f"{f.get('kind')}: {f.get('count')} test samples "
                                           f"({f.get('share_of_test')} of the test set)"))
            leaks = leaks or [(path, 1, "leak found")]
        elif rec.get("leak") is False:
            clean.append((path, 1, "leakage audit: no leak between train and test"))
    return clean, leaks


#: coordinator, session 13: a scaffold computed (RDKit's Murcko scaffold), not a split named for scaffolds
_SCAFFOLD_COMPUTED = re.compile(r"MurckoScaffold|GetScaffoldForMol")
_SCAFFOLD_SPLIT_NAMED = re.compile(r"Scaffold_?Split|scaffold_split|SCAFFOLD_BALANCED|scaffold_balanced|"
                                   r"['\"]scaffold|split[_-]type", re.I)


def _scaffold_splits(ctx: Context) -> list[tuple[str, int, str]]:
    """Scaffold splits. A Murcko scaffold computed in a file that splits nothing (REINVENT4's diversity filter and
    intrinsic penalty bucket generated molecules by scaffold) is no split: it counts in a file that also splits
    (a splitter, a split saved) or names a scaffold split."""
    out = []
    for e in _split_ev(ctx, "split_scaffold", 200):
        if _SCAFFOLD_COMPUTED.search(e[2]) and not _SCAFFOLD_SPLIT_NAMED.search(e[2]):
            facts = ctx.index.facts(e[0])
            if not any(f in facts for f in ("split_any", "split_save", "split_grouped")):
                continue
        out.append(e)
        if len(out) >= 4:
            break
    return out


#: w22a: `train_subjects` / `val_subject` named by the side of a split
_SUBJECTS_WORD = re.compile(r"\b(train|training|val|valid|validation|test|testing)_subjects?\b")


def _not_library_subjects(ctx: Context, ev: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """w22a: MONAI and TorchIO call every sample a subject (`torchio.Subject`): `train_subjects` in a file that
    imports them names the training samples, not people held out."""
    if not any(_SUBJECTS_WORD.search(e[2]) for e in ev):
        return ev
    kept = []
    for e in gather(ctx, "split_grouped", 50):
        imports = ctx.index.facts(e[0]).get("imports", ())
        if _SUBJECTS_WORD.search(e[2]) and any(str(name).split(".")[0] in ("monai", "torchio") for _, name in imports):
            continue
        kept.append(e)
    return kept[:4]


def _simulation_runs(ctx: Context) -> list[tuple[str, int, str]]:
    """w30c: examples the repository simulates with a population-genetic or phylogenetic simulator (genomatnn's
    msprime and stdpopsim runs, Phyloformer's dendropy trees and AliSim alignments), split by a cut of the list
    (`val_pairs = pairs[:val_index]`) or a splitter: each example is an independent simulation run, so the sides
    share none (as diploSHIC's and pop_gen_cnn's separate runs). The simulator runs in a file of its own, a step
    that writes the runs the training code reads; a list of simulations drawn and split at random in one script
    stays a random split (w22b's case)."""
    sims = gather(ctx, "simulator", 4)
    if not sims:
        return []
    where = {e[0] for e in sims}
    cuts = [e for e in _split_ev(ctx, "split_slice", 8) + _split_ev(ctx, "split_any", 8) if e[0] not in where]
    return cuts[:2] + sims[:1] if cuts else []


#: w35a: a split column written by the code with a computed value (`data['fold'] = fold`, `df['split'] =
#: np.where(...)`, R's `d$fold <- sample(...)`), not a literal tag naming a given set (`test_df['split'] = 'test'`)
_COLUMN_COMPUTED = re.compile(r"\[(?:[^\]\n]*?,)?\s*['\"](\w+)['\"]\s*\]\s*=(?!=)\s*(?![\s'\"\d])|"
                              r"\$(\w+)\s*(?:<-|=(?!=))\s*(?![\s'\"\d])")


#: a column of a table read by its quoted name (`df['gene']`, `data.get('guide_fold')`, `row.loc[:, 'set']`)
_DATA_COLUMN = re.compile(r"\[[^\]\n]*['\"]\w+['\"][^\]\n]*\]|\.get\s*\(\s*['\"]")


def _computed_columns(ctx: Context) -> set[str]:
    """The split columns (fold, split, set_type...) the repository's code fills with a computed value."""
    out: set[str] = set()
    for path, rows in ctx.files_with("split_column_fill").items():
        if is_aux(path):
            continue
        for _, text in rows:
            m = _COLUMN_COMPUTED.search(str(text))
            if m is None:
                continue
            name = m.group(1) or m.group(2)
            # (not a column of the data copied or recoded, `df['split'] = df['split'].map(names)`, daklab/tiger's
            # `data['fold'] = data.get('gene')`: the data's own partition or grouping)
            rhs = str(text)[m.end():]
            if not _DATA_COLUMN.search(rhs) and not re.search(r"[.$]" + re.escape(name) + r"\b", rhs):
                out.add(name)
    return out


@check("DR701", watches=is_read, facts_only=True, paths=True,  # (w26b: units' test files by name, _units_held_out)
       reads=reading((*(f for f, _ in STRUCTURED), "split_any", "split_file", "split_column", "split_column_fill",
                      "split_column_opt", "split_save", "side_save", "np_draw", "py_draw", "rows_drawn",
                      "split_side_ints", "chrom_named", "chrom_file", "split_prose_random", "pair_entities",
                      "split_time_loop", "side_path", "simulator", "split_slice", "split_unit_loop",
                      "split_group_folds", "generated_entity", "cfg_side_source", "fold_output",
                      *ML_FACTS), said=(*(f for f, _ in STRUCTURED), "pair_entities", "chrom_file", "side_path",
                                        "cfg_side_source",
                                        "split_unit_loop", "split_group_folds", "generated_entity", "split_column",
                                        "split_column_fill", "fold_output"),
               imports=True))
def split_matches(ctx: Context) -> CheckResult:
    clean, leaks = _audit(ctx)
    if leaks:
        return failed("the leakage audit found test samples related to training samples", leaks[:6])
    split = ctx.answers.get("split") if ctx.answers.get("status") == "ok" else None
    need = SPLIT_NEEDS.get(str(split))
    # w23a: a split written in code or configuration splits data for a model; in a repository without ML code
    # (an amplicon pipeline's `new_allele_idx`, a statistics notebook) such words split nothing a model sees.
    # A planned project (answers saved) is a model's project: its split may be written before the model is
    ml = has_ml_code(ctx)
    planned = ctx.answers.get("status") == "ok"
    found = {fact: (_scaffold_splits(ctx) if fact == "split_scaffold" else _split_ev(ctx, fact)) if ml or planned
             else [] for fact, _ in STRUCTURED}
    made = {str(t).lower() for lines in ctx.files_with("generated_entity").values() for _, t in lines}
    if made and found["split_grouped"]:  # (w35c: a generator's new peptides, named so anywhere, hold nothing out)
        found["split_grouped"] = [e for e in _split_ev(ctx, "split_grouped", 50)
                                  if not any(re.search(r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])", e[2].lower())
                                             for n in made)][:4]
    found["split_grouped"] = _not_library_subjects(ctx, found["split_grouped"])
    if ml or planned:  # (w27a: the test side filled in a loop by a date cut-off)
        found["split_time"] += _split_ev(ctx, "split_time_loop")
    if ml or planned:
        # (w32e: and the leave-one-unit-out loops the scan reads since w29c, which no rule read: EEGLearn's `for i in
        # np.unique(subj_nums):` with `ts = subj_nums == i` on the next line, a subject's trials the test side;
        # w32c: caret folds split by a data column, one unit held out per fold)
        found["split_grouped"] += (_units_held_out(ctx) + _external_tests(ctx) + _split_ev(ctx, "split_unit_loop")
                                   + _split_ev(ctx, "split_group_folds") + _recordings_by_side(ctx))
    if (ml or planned) and not found["split_chrom"]:
        found["split_chrom"] = _chrom_sides(ctx) or _chrom_files(ctx)
    if ml and not any(found.values()):
        found["split_grouped"] += _simulation_runs(ctx)
    # w24c: folds written by a shuffle (`df['fold'] = np.random.randint(0, 5, len(df))`) are a random split
    shipped, random_files = _split_files(ctx)
    plain = (_ev(ctx, "split_any") or gather(ctx, "split_column_fill", 4, where=lambda p: not is_aux(p))
             or random_files)
    files = _pair_folds(ctx, shipped)
    if ml and not plain and not files:
        files = _split_lists_read(ctx)
    # w22a: a split read from a column of the data (set_type, split, fold): the data set's own partition, when
    # the repository trains or defines a model (a statistics notebook reading a data set's split column is not)
    filled = set(ctx.files_with("split_column_fill"))  # a shuffle writing the column: no predefined partition
    # w30a: nor a split file a caller may hand in, the code's own split drawn otherwise (torchmd-net's --splits)
    filled |= set(ctx.files_with("split_column_opt"))
    # w35a: ... nor a column the repository's own code computes under that name elsewhere (autosome-ru/LegNet's
    # datamodule and test script filter `df.fold.isin(valid_folds)`, the folds its preprocessing and training
    # scripts assign by hashing each sequence, `data['fold'] = fold`): not a partition shipped with the data
    written = _computed_columns(ctx)
    column = (gather(ctx, "split_column", 4, where=lambda p: not is_aux(p) and p not in filled)
              if ml else [])
    if written:
        column = [e for e in column if not any(re.search(r"\b" + re.escape(c) + r"\b", e[2]) for c in written)]
    # w24c: a README that says the data were split at random (rxnfp's "randomly split into train/valid 90% and
    # test 10%"): a split column shipped with the data fixes that random split, it does not respect how samples
    # relate (a split read as given means what its documentation says). Split files are kept: lists of sample
    # names can carry the unit (CheXNet's image lists name the patient, and share none, whatever its README says)
    said_random = _ev(ctx, "split_prose_random")
    if plain and not (files or column):
        # coordinator, session 9: a README's sentence says what kind of split the data were given with (a
        # benchmark's files read as given). Where the code splits the data itself and no split files or column
        # are shipped, the code is what happens: its split decides, not the README's sentence (code is code)
        found = {fact: [e for e in ev if not is_readme(e[0])] for fact, ev in found.items()}
    if said_random and column and not files:
        plain = plain or said_random
        column = []
    if need is None:
        structured = [(name, found[fact]) for fact, name in STRUCTURED if found[fact]]
        if clean:
            return passed("a leakage audit shows train and test are not related", clean)
        if structured:
            return passed(f"{', '.join(n for n, _ in structured)} in code or configuration",
                          [e for _, ev in structured for e in ev][:6])
        if files:
            return passed("the split is fixed in data files shared with the code", files)
        if column:
            return passed("the split is read from a column of the data (a predefined partition: set_type, split "
                          "or fold)", column)
        if plain and ctx.answers.get("status") == "ok":
            return passed("a train/test split in the code (the answers need no grouping)", plain)
        if plain:
            why = ("a random split only; without planning answers deeprules cannot tell whether samples are "
                   "related (same patient, sequence family, scaffold); `deeprules init` asks")
            return warned(why, plain, 5.0)
        return failed("looked for a train/validation/test split in code (train_test_split, KFold, splitters), "
                      "configuration (split keys, chromosome hold-outs) and data (split files); found none")
    fact, what = need
    have = found[fact] or (found["split_grouped"] if fact == "split_scaffold" else [])
    if not have and fact == "split_homology":
        # windows cut from one genome are held out by chromosome, as the homology-split advice says for them
        have = found["split_chrom"]
    if have or clean:
        return passed(f"{what} in code or configuration", (have or clean)[:6])
    if fact == "split_homology" and found["split_grouped"]:
        return warned(f"grouped split found, but the answers call for {what}", found["split_grouped"], 5.0)
    if fact in ("split_time", "split_grouped"):
        # a grouped or homology split keeps related samples apart but still scores the model on the past; a
        # chromosome hold-out or a scaffold split keeps other relatives apart than the ones the answers name
        other = [(name, found[f]) for f, name in STRUCTURED if f != fact and found[f]]
        if other:
            return warned(f"{other[0][0]} found, but the answers call for {what}",
                          [e for _, ev in other for e in ev][:4], 5.0)
    if plain or files or column:
        return failed(f"a random or unexplained split only, but the answers call for {what}",
                      (plain or files or column)[:4])
    return failed(f"no split found; the answers call for {what}")


def _disk_sha256(root: Path, rel: str) -> str | None:
    """sha256 of a file git ignores (test data often is), refusing symlinks."""
    full = root / rel
    try:
        if full.is_symlink() or not full.is_file():
            return None
        h = hashlib.sha256()
        with open(full, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return "sha256:" + h.hexdigest()


def read_lock(text: str) -> dict[str, Any]:
    from ..errors import InputError
    from ..yamlio import parse_json  # the one bounded JSON reader (issue 11)

    try:
        data = parse_json(text, "test lock")
    except InputError as exc:
        raise ValueError(exc.message.removeprefix("test lock: ")) from None
    if not isinstance(data, dict) or not (isinstance(data.get("files"), dict) or _digest_only(data)):
        raise ValueError("expected an object with a 'files' mapping, or 'roots', 'count' and 'digest'")
    return data


def _digest_only(lock: dict[str, Any]) -> bool:
    """A large test set's lock (data.lock_test, issue 11): roots, count and one digest, no per-file listing."""
    return (isinstance(lock.get("roots"), list) and all(isinstance(r, str) for r in lock["roots"])
            and isinstance(lock.get("count"), int) and isinstance(lock.get("digest"), str))


def _check_digest(ctx: Context, rel: str, lock: dict[str, Any]) -> CheckResult:
    """Recompute the digest over every file under the locked roots (the work tree from disk, a commit or the
    index from git) and compare; the lock names no file, so the message gives the counts."""
    import os

    from ..data import lock_digest

    snap = ctx.snapshot
    pairs: list[tuple[str, str | None]] = []
    for root in lock["roots"]:
        if snap.kind == "worktree":
            full = snap.root / root
            if full.is_file() and not full.is_symlink():
                pairs.append((root, _disk_sha256(snap.root, root)))
            elif full.is_dir() and not full.is_symlink():
                for folder, dirs, names in os.walk(full, followlinks=False):
                    dirs[:] = [d for d in dirs if d != ".git"]
                    for name in names:
                        path = os.path.relpath(os.path.join(folder, name), snap.root).replace(os.sep, "/")
                        if not (snap.root / path).is_symlink():
                            pairs.append((path, _disk_sha256(snap.root, path)))
        else:
            for path in ([root] if root in snap else []) + snap.under(root):
                pairs.append((path, snap.sha256(path)))
    found = dict(pairs)
    when = lock.get("locked_at", "?")
    if len(found) != lock["count"]:
        return failed(f"the locked test set had {lock['count']} files on {when}, it has {len(found)} now",
                      [(rel, 1, "test set changed")])
    if lock_digest((p, s or "unreadable") for p, s in found.items()) != lock["digest"]:
        return failed(f"the content of the locked test set ({lock['count']} files) changed since {when}",
                      [(rel, 1, "test set changed")])
    return passed(f"{lock['count']} test files unchanged since {when}", [(rel, 1, f"{lock['count']} files locked")])


def _common_lock(ctx: Context) -> list[tuple[str, int, str]]:
    """The common forms of a locked test set: a checksum list (md5sum output, a YAML/JSON with paths and
    hashes) or DVC files naming test files."""
    out: list[tuple[str, int, str]] = []
    for path, rows in sorted(ctx.files_with("checksum_list").items()):
        if is_aux(path) and not path.lower().startswith(("data/", "dataset")):
            continue
        named = [(path, int(n), f"checksum of {t}") for n, t in rows if "test" in str(t).lower()]
        if not named and "test" in path.lower().rsplit("/", 1)[-1]:
            named = [(path, int(rows[0][0]), f"checksum of {rows[0][1]}")]
        out.extend(named[:2])
    return out


@check("DR702", watches=lambda p: True)
def test_locked(ctx: Context) -> CheckResult:
    rel = ctx.path("test_lock")
    text = ctx.text(rel)
    if text is None:
        common = _common_lock(ctx)
        if common:
            return passed("the test files are listed with checksums", common[:6])
        return not_adopted(f"no test-set lock ({rel}), checksum list naming test files or DVC-tracked test set",
                           "deeprules lock-test PATH...")
    try:
        lock = read_lock(text)
    except ValueError as exc:
        return failed(f"{rel} is unreadable: {exc}", [(rel, 1, "invalid lock file")])
    if not isinstance(lock.get("files"), dict):
        return _check_digest(ctx, rel, lock)
    files: dict[str, Any] = lock["files"]
    if not files:
        return failed(f"{rel} locks no files", [(rel, 1, "empty lock")])
    bad = []
    unverifiable = 0
    snap = ctx.snapshot
    for path, entry in sorted(files.items()):
        entry = entry if isinstance(entry, dict) else {}
        if path not in snap:
            if snap.kind == "worktree":
                on_disk = _disk_sha256(snap.root, path)
                if on_disk is None:
                    bad.append((path, 1, "locked test file is gone"))
                elif on_disk != entry.get("sha256"):
                    bad.append((path, 1, f"changed since it was locked on {lock.get('locked_at', '?')}"))
            elif entry.get("tracked") is False:
                unverifiable += 1  # ignored by git: only the work tree can show it
            else:
                bad.append((path, 1, "locked test file is gone"))
            continue
        blob = entry.get("git_blob")
        if blob and snap.blob_id(path) == blob:
            continue
        if snap.sha256(path) != entry.get("sha256"):
            bad.append((path, 1, f"changed since it was locked on {lock.get('locked_at', '?')}"))
    if bad:
        return failed(f"{len(bad)} of {len(files)} locked test files changed or vanished", bad[:10])
    note = f" ({unverifiable} not tracked by git, verified in the work tree only)" if unverifiable else ""
    return passed(f"{len(files)} test files unchanged since {lock.get('locked_at', 'locking')}{note}",
                  [(rel, 1, f"{len(files)} files locked")])


#: w23a: a Python import naming metrics without an alias (`from sklearn.metrics import average_precision_score`):
#: a metric the file uses is named again where it is called, so the import line alone is no evidence of use
_IMPORT_ONLY = re.compile(_IMPORT_STATEMENT.pattern + "|"
                          # w24c: a metric's definition is no use (Azimuth's copied module of retrieval metrics
                          # defines precision_at_k beside NDCG; the regression is scored by Spearman and NDCG)
                          # (w31e: a class's too: aics-ml-segmentation's `class AveragePrecision:` is defined
                          # and imported, never instantiated; a use names it again)
                          r"^\s*(def|class)\s+\w+\s*[(:]|"
                          # an import's continuation line: bare names, commas, a closing parenthesis or backslash
                          r"^\s*\w+(\s*,\s*\w+)*\s*,?\s*(\\|\))?\s*$")


#: w25a: a classical classifier constructed (celltypist's LogisticRegression, VirSorter2's RandomForestClassifier):
#: the repository classifies, whatever its metrics (a classification task without a metric is a fail, not "no
#: classifier")
_CLASSICAL_CLASSIFIER = re.compile(r"\b(\w*Classifier(CV)?|LogisticRegression(CV)?|(Linear)?SVC|GaussianNB|"
                                   r"MultinomialNB|BernoulliNB|svm\.SVC|sm\.Logit|smf\.logit|logistic_reg)\s*\(")


def _classical_classifiers(ctx: Context) -> list[tuple[str, int, str]]:
    # (w31d: scikit-learn's MLPClassifier too, anipose's keypoint-quality classifier)
    return [e for e in gather(ctx, "baseline", 50) + gather(ctx, "sk_network", 50)
            if not is_aux(e[0]) and _CLASSICAL_CLASSIFIER.search(e[2])
            # (coordinator, session 18: not the classifier an inception score fits to judge generated samples)
            and "sample_scorer" not in ctx.index.facts(e[0])
            # (w35c: nor one fitted and scored on the same arrays, a separability measure: `probe_fit`)
            and "probe_fit" not in ctx.index.facts(e[0])
            and not e[2].lstrip().startswith(("def ", "class "))][:4]


#: w29b: a metric's name among the quoted options a setting is checked against (dgllife's EarlyStopping, copied
#: into EquiDock: `assert metric in ['r2', 'mae', 'rmse', 'roc_auc_score']`) names what a caller may choose, it
#: computes nothing
_OPTION_CHECK = re.compile(r"^\s*(assert|if|elif)\b[^\n]*\bin\s*[\[(]\s*['\"]")


#: w30a: a printed line whose precision-recall words are all quoted (ECRECer's column header `print('baslineName',
#: ..., 'auroc', 'auprc', ...)` above rows that hold accuracy, precision, recall and F1) names a column, it computes
#: nothing; a value printed beside its name (`print('auprc', aupr)`) is still one
_PRINTED = re.compile(r"^\s*(print|cat|message|(logging|logger|log)\.\w+|\w+\.write)\s*\(")
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")


#: the entries of the scan's precision-recall fact (a line `_header_only` tests is searched with them again)
_METRIC_PR = tuple(rx for name, _, rx in CODE_PATTERNS if name == "metric_pr")


def _header_only(line: str) -> bool:
    if not _PRINTED.match(line):
        return False
    bare = _QUOTED.sub("''", line)
    return not any(rx.search(bare) for rx in _METRIC_PR)


def _pr_used(ctx: Context, where: Any = None, fact: str = "metric_pr") -> list[tuple[str, int, str]]:
    """Precision-recall metrics named where they are used, not only in an import (CLEAN imports
    average_precision_score and never calls it); w26b: the other classification metrics too (PIGNet imports
    roc_auc_score beside r2_score and scores its affinities by R2 and Pearson only)."""
    keep = where or (lambda p: not is_aux(p))
    out: list[tuple[str, int, str]] = []
    for path, lines in sorted(ctx.files_with(fact).items()):
        used = [(path, int(n), str(t)) for n, t in lines
                if not _IMPORT_ONLY.match(str(t)) and not _OPTION_CHECK.match(str(t))
                and not (fact == "metric_pr" and _header_only(str(t)))][:1]
        if used and keep(path):
            out += used
            if len(out) >= 4:
                break
    return out


@check("DR703", watches=is_read, facts_only=True,
       reads=reading(("metric_pr", "metric_pr_sweep", "metric_balance", "metric_basic", "loss_cls", "loss_seg",
                      "metric_reg", "generative", "ssl_objective", "metric_rank", "metric_struct", "metric_surv",
                      "cluster_eval", "sample_scorer", "probe_fit", "binned_target", "simulator", "balanced_split",
                      "gan_disc", "loss_module", *ML_FACTS),
                     said=("loss_cls", "cluster_eval", "metric_pr", "metric_balance", "metric_basic",
                           "baseline", "sk_network", "metric_rank",  # (w34c: Keras' top-k read by its text)
                           "loss_seg"),  # (coordinator, session 21: whether a segmentation loss is a focal loss)
                     # (whether anything trains: an entry script trains with the frameworks it imports, _util)
                     imports=True))  # what a loss is computed over (a
# reconstruction is no classification); which clustering scores compare with reference labels; whether a
# precision-recall metric is named beyond its import (w23a)
def metrics(ctx: Context) -> CheckResult:
    answered = ctx.answers.get("status") == "ok"
    if not answered and not has_ml_code(ctx):
        # w23b: metric words in code that trains, defines and imports no model (a phylogenetics tool's BEAST MCC
        # tree, a pipeline's QC F1; w23a: a labelers' agreement) score no classifier
        return not_applicable("no classifier: no model is defined, trained or imported in the code, so its "
                              "metric names score none")
    facts = ctx.facts
    pr, bal, basic = _pr_used(ctx), _pr_used(ctx, fact="metric_balance"), _pr_used(ctx, fact="metric_basic")
    pr = pr or _ev(ctx, "metric_pr_sweep")  # (w26b: precision at several cut-offs, a precision-recall curve)
    if not answered:  # infer the task from the code: classification losses or metrics
        # clusters or an embedding compared with reference labels (an F1 after matching clusters to cell types)
        embed = {p for p in ctx.files_with("cluster_eval") if not is_aux(p)}
        # a cross-entropy over a reconstruction (a VAE's `binary_cross_entropy(recon_x, x)`) trains no classifier
        # (w23c: a segmentation loss classifies pixels: Dice, focal, Tversky)
        seg = _ev(ctx, "loss_seg")
        clf = _classical_classifiers(ctx)
        own_loss = [e for e in gather(ctx, "loss_cls", 50) if not _RECONSTRUCTION.search(e[2])]
        cls_loss = own_loss + seg + clf
        if embed and (pr or bal or basic) and not cls_loss:
            # no classification loss anywhere, and metrics beside ARI/NMI/silhouette/FOSCTTM score an embedding
            # or a clustering against reference labels (label consistency of neighbours): not a classifier's
            def scored(path: str) -> bool:
                return not is_aux(path) and path not in embed

            pr = _pr_used(ctx, where=scored)
            bal, basic = (_pr_used(ctx, where=scored, fact=f) for f in ("metric_balance", "metric_basic"))
            if not (pr or bal or basic):
                return not_applicable("no classifier in the code: its classification metrics sit beside clustering "
                                      "and embedding scores (ARI, NMI, silhouette, FOSCTTM) and no classification "
                                      "loss trains anything, so they score an embedding against reference labels")
        if embed and not (pr or bal or basic) and not clf and any(
                _CLUSTER_SCORE.search(e[2]) for e in gather(ctx, "cluster_eval", 20) if not is_aux(e[0])):
            # w22a: a per-pixel or per-edge loss (affinities, boundaries) trains a segmenter whose output is scored
            # as a segmentation (variation of information, Rand index) or a clustering, not as classes
            return not_applicable("no classifier scored: the output is scored as a segmentation or clustering "
                                  "(variation of information, Rand index, ARI), and no classification metric is "
                                  "computed")
        if not (pr or bal or basic) and not clf and any(not _FOR_PLOTS.search(p.rsplit("/", 1)[-1])
                                                        for p in embed):
            # (w22c) a classification loss, no classification metric anywhere, and clusters: the loss trains a
            # representation (a contrastive discriminator, DGI's readout) that is clustered, not a classifier.
            # Clusters drawn only in a plotting script are a figure, not the method's output (w22a's case).
            return not_applicable("no classifier evaluated: a classification loss trains a representation that "
                                  "is clustered (no classification metric anywhere)")
        # (coordinator, session 18: a cross-entropy over a reconstruction classifies nothing here either, as for
        # cls_loss above: jertubiana/PGM's zebrafish notebook writes the Bernoulli likelihood of an RBM's
        # reconstructed activity by hand, beside no classifier)
        if not (own_loss or seg or pr or bal or basic or clf):
            reg = _ev(ctx, "metric_reg")
            if reg:
                return not_applicable("no classification in the code (regression metrics only)")
            return not_applicable("no classifier in the code (no classification loss or metric outside tests and "
                                  "docs), so no metric to judge")
        if not (pr or bal or basic or seg) and not training_scripts(ctx):
            # w24c: a classification loss written, nothing trains with it and no metric scores anything: inference
            # code released with its model's loss (AlphaMissense's pathogenicity loss); no evaluation to judge
            return not_applicable("no classifier evaluated: a classification loss is written, but nothing in the "
                                  "repository trains the model or computes a metric (inference code)")
        if not (pr or bal or basic or seg) and _ev(ctx, "ssl_objective"):
            # w32b: self-supervised pretraining (TransPath's BYOL and MoCo v3) and no classification metric
            # anywhere: its cross-entropies are contrastive objectives over similarity logits (and a borrowed
            # ViT's unused head loss), so nothing is classified and no metric can be judged
            return not_applicable("a self-supervised representation (BYOL, MoCo, SimCLR, DINO...) is trained and "
                                  "no classification metric is computed: its cross-entropy is a contrastive "
                                  "objective, nothing is classified")
        gen = _ev(ctx, "generative")
        # a cross-entropy over tokens, no classification metric anywhere (w23c: and no segmentation loss: a
        # toolbox of segmenters next to generative presets classifies pixels; mmv_im2im)
        # (coordinator, session 21: a focal loss is no sign of segmentation beside a decoder: DeepNovoV2 trains its
        # amino-acid decoder with a focal loss over tokens and decodes peptides by beam search)
        if gen and not (pr or bal or basic) and (not seg or all(
                _FOCAL_ONLY.search(e[2]) for e in gather(ctx, "loss_seg", 50))):
            return not_applicable("a generative model (a VAE's latent terms or sequence decoding) trained with a "
                                  "token-level loss and no classification metric: it generates, it does not "
                                  "classify")
        gan = set(ctx.files_with("gan_disc"))
        # (w30c: a loss module's own criterion, CPA's FocalLoss around an NLLLoss, is what its user trains: here
        # the adversary, where the adversary's files hold the other classification losses)
        # (a focal loss there is the adversary's too, not a segmenter's)
        loss_modules = set(ctx.files_with("loss_module")) - gan
        own_seg = [e for e in seg if e[0] not in gan and e[0] not in loss_modules]
        if cls_loss and not (pr or bal or basic or own_seg) and any(e[0] in gan for e in cls_loss) and all(
                e[0] in gan or e[0] in loss_modules for e in cls_loss):
            # (coordinator, session 8) the only classification loss trains a GAN's discriminator, in the files
            # that build it: real against generated samples, while the generator's output is what is scored
            # (w30c: or an adversary that strips covariates from a latent: CPA's perturbation and covariate
            # classifiers against its encoder)
            return not_applicable("no classifier: the only classification loss trains a GAN's discriminator (real "
                                  "against generated samples) or an adversary against the encoder, and no "
                                  "classification metric is computed")
        if own_loss and not (pr or bal or basic):
            # w34c: Keras' top-k categorical accuracy beside a classification loss (NP-Classifier compiles its
            # fingerprint network with binary_crossentropy and `metrics=[top_k_categorical_accuracy]`): the top k
            # of the classifier's own class scores, an accuracy over its classes, not candidates ranked
            basic = _keras_top_k_only(ctx)
        if _ev(ctx, "metric_rank") and not (pr or bal or basic):
            # candidates ranked (reaction outcomes, retrieved structures) and scored by top-k accuracy, hits@k
            # or reciprocal rank: whether the answer is ranked high, not a class balance a PR curve would suit
            return not_applicable("a ranking task (candidates scored by top-k accuracy, hits@k or reciprocal "
                                  "rank) and no classification metric: no class balance to suit")
        if _ev(ctx, "metric_struct") and not (pr or bal or basic):
            # binned distances and orientations (a distogram's cross-entropy) are how a structure is predicted;
            # the structures are what is scored
            return not_applicable("structures scored against references (RMSD, TM-score, lDDT) and no "
                                  "classification metric: the classification losses are the means of a structure "
                                  "model, not a classifier")
        if _ev(ctx, "metric_surv") and not (pr or bal or basic):
            # w26c: times to an event scored by concordance and Brier score over time: the cross-entropy over time
            # intervals is how a discrete-time hazard is fitted (pycox's Logistic-Hazard), not a classifier's
            return not_applicable("a survival model scored by concordance and Brier score over time, and no "
                                  "classification metric: its per-interval cross-entropy fits a hazard, it does "
                                  "not classify")
        binned = set(ctx.files_with("binned_target"))
        if (own_loss and not (pr or bal or basic or seg or clf) and _ev(ctx, "metric_reg")
                and all(e[0] in binned for e in own_loss)):
            # w34b: every classification loss sits where a continuous target is turned into bins (BeliefPPG's
            # BinnedRegressionLoss over heart-rate bins), and only regression metrics score the output (MAE, R2):
            # a regression fitted as a distribution over bins, nothing classified
            return not_applicable("a continuous target fitted as classes over bins (a binned regression) and "
                                  "scored by regression metrics only: nothing is classified")
    minority = ctx.values.get("minority_fraction")
    # w35b: without planning answers, evaluation sides drawn as one count per class (deepslide's
    # `test_wsi_per_class` slides of each class) are balanced by design
    by_design = [] if answered else _ev(ctx, "balanced_split", 2)
    # coordinator, session 20 (ImaGene, as diploSHIC, introNets): examples simulated with a population-genetic or
    # phylogenetic simulator, as many per class as the code asks for, are balanced by design too
    simulated = [] if answered or by_design or pr else gather(ctx, "simulator", 1)
    needs_pr = bool(facts.get("imbalanced")) or (minority is None and not (by_design or simulated))
    if not (pr or bal or basic):
        return failed("looked for classification metrics in code or configuration (average precision, PR curve, "
                      "MCC, F1, ROC-AUC, accuracy) outside tests and docs; found none")
    if not needs_pr and by_design:
        return passed("evaluation metrics in the code, on evaluation sides drawn as one count per class (balanced "
                      "by design)", (by_design + pr + bal + basic)[:4])
    if not needs_pr and simulated:
        return passed("classes simulated in the numbers the code sets (balanced by design)",
                      (bal + basic)[:3] + simulated)
    if not needs_pr:
        return passed("evaluation metrics in the code (classes are balanced)", (pr + bal + basic)[:4])
    why = ("imbalanced classes" if facts.get("imbalanced") else
           "class balance not given" if answered else "class balance unknown without planning answers")
    if pr:
        return passed(f"precision-recall metrics in the code ({why})", pr)
    if bal:
        return warned(f"MCC/F1/balanced accuracy but no precision-recall curve or average precision ({why})", bal, 6.0)
    return warned(f"only accuracy/ROC-AUC, which flatter a model on {why}; add average precision (PR-AUC)",
                  basic, 3.0)
