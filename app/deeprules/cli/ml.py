"""`deeprules baselines`, `audit`, `split`, `compare`: tips 2, 6 and 7 run on the user's own data.

They need the optional extra (`pip install 'deeprules[ml]'`): scikit-learn, pandas, joblib, pyarrow and
RDKit are imported inside each command, never when the module is loaded.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from .options import JsonOpt, NoCommitOpt, RunHooksOpt
from .output import emit, errors_to_exit, info

SeedOpt = Annotated[int, typer.Option("--seed", help="Seed for every split, search and shuffle: same seed, same "
                                      "result.", min=0)]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Parallel workers (-1: all cores).")]


class Task(str, Enum):
    classification = "classification"
    regression = "regression"


class Backend(str, Enum):
    loky = "loky"
    threading = "threading"
    dask = "dask"


def _need_ml() -> None:
    """A missing extra is an install problem, said in one line (exit 2), not a traceback."""
    from importlib.util import find_spec

    from ..errors import InputError

    missing = [name for name in ("sklearn", "pandas", "joblib", "scipy") if find_spec(name) is None]
    if missing:
        raise InputError(f"this command needs {', '.join(missing)}: pip install 'deeprules[ml]'")


def _progress() -> Any:
    """Progress on stderr, one line rewritten in place; silent when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(what: str, done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r\x1b[2K{what}: {done}/{total}{end}")
        sys.stderr.flush()

    return show


def render_baselines(report: dict[str, Any], con: Any) -> None:
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    metrics = report["metrics"]
    split = report["split"]
    # At 80 columns: model names whole (they are typed after -m), metric names wrapped at their words, and
    # each interval under its mean, so four metrics fit without cutting a name to "balanced_a…".
    table = Table(header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("model", no_wrap=True)
    trials = {model["trials"] for model in report["models"]}
    if len(trials) > 1:  # the same for every model: said once, under the table
        table.add_column("trials", justify="right", no_wrap=True)
    for m in metrics:
        table.add_column(m.replace("_", " ") + (" (tuned)" if m == report["primary_metric"] else ""),
                         justify="right", overflow="fold")
    for model in report["models"]:
        cells = []
        for m in metrics:
            s = model["metrics"][m]
            cells.append("n/a" if s["mean"] is None else f"{s['mean']:.3f}\n[dim]{s['ci_low']:.2f}–"
                         f"{s['ci_high']:.2f}[/]" if s["ci_low"] is not None else f"{s['mean']:.3f}")
        name = f"[bold]{model['name']}[/]" if model["name"] == report["best_model"] else model["name"]
        table.add_row(name, *([str(model["trials"])] if len(trials) > 1 else []), *cells)
    con.print(table)
    con.print("[dim]each cell: the mean over the outer folds, its 95% interval below it[/]")
    grouped = f" by {split['group']} ({split['n_groups']} groups)" if split["group"] else ""
    con.print(f"[dim]{split['kind']}{escape(grouped)}: {split['folds']} outer x {split['inner_folds']} inner folds, "
              f"{report['budget']} trial{'s' if report['budget'] != 1 else ''} per model, 95% bootstrap intervals, "
              f"seed {report['seed']}[/]")
    if report.get("prevalence") is not None and "average_precision" in metrics:
        con.print(f"[dim]average precision without signal = the positive class's share, {report['prevalence']:.3f}[/]")
    c = report.get("shuffle_control")
    if c:
        chance = "n/a" if c["chance"] is None else f"{c['chance']:.3f}"
        score = "n/a" if c["score"] is None else f"{c['score']:.3f}"
        shuffled = "n/a" if c["shuffled"] is None else f"{c['shuffled']:.3f}"
        n = c.get("scored_permutations", c["permutations"])
        if c["p_value"] is None:
            p = "no p-value"
        elif c.get("exceeded") == 0:
            p = f"p = {c['p_value']:.3g}, the smallest {n} shuffles can give"
        else:
            p = f"p = {c['p_value']:.3g}"
        probe = "n/a" if c["random_split_shuffled"] is None else f"{c['random_split_shuffled']:.3f}"
        con.print(f"shuffle control: {c['model']} {c['metric']} {score} vs {shuffled} on {n} shuffles, {p}; "
                  f"random-split probe {probe} (chance {chance})")
    for w in report["warnings"]:
        con.print(f"[yellow]warning:[/] {escape(w)}")


def register(app: typer.Typer) -> None:
    @app.command(epilog="Examples:\n\n  deeprules baselines data.csv --target label\n\n"
                 "  deeprules baselines data.parquet --target label --group donor --budget 50 --json\n\n"
                 "  deeprules baselines data.csv --target y --backend dask --scheduler tcp://10.0.0.5:8786")
    @errors_to_exit
    def baselines(
        data: Annotated[Path, typer.Argument(help="CSV, TSV or Parquet table: one row per sample.")],
        target: Annotated[str, typer.Option("--target", "-t", help="The label column.")],
        group: Annotated[str | None, typer.Option("--group", "-g", help="Rows sharing this column's value "
                                                  "(donor, patient, batch) stay in one fold.")] = None,
        task: Annotated[Task | None, typer.Option("--task", help="Default: inferred from the target.")] = None,
        budget: Annotated[int, typer.Option("--budget", help="Random-search trials per model.", min=1)] = 20,
        folds: Annotated[int, typer.Option("--folds", help="Outer cross-validation folds.", min=2)] = 5,
        inner_folds: Annotated[int, typer.Option("--inner-folds", help="Inner (tuning) folds.", min=2)] = 3,
        permutations: Annotated[int, typer.Option("--permutations", help="Label shuffles for the control "
                                                  "(0: off).", min=0)] = 100,
        models: Annotated[list[str] | None, typer.Option("--model", "-m", help="Only these models "
                                                         "(repeatable).")] = None,
        drop: Annotated[list[str] | None, typer.Option("--drop", help="A column that is not a feature (an id, "
                                                       "a date; repeatable).")] = None,
        seed: SeedOpt = 0, jobs: JobsOpt = -1,
        backend: Annotated[Backend, typer.Option("--backend", help="joblib backend; dask runs on a cluster.")]
        = Backend.loky,
        scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address "
                                                      "(with --backend dask).")] = None,
        no_commit: NoCommitOpt = False, run_hooks: RunHooksOpt = None, json: JsonOpt = False,
    ) -> None:
        """Tuned baselines in nested CV, with intervals and a label-shuffle control (tips 2, 6)."""
        _need_ml()
        from ..errors import InputError
        from ..ml.baselines import run
        from ..ml.record import BASELINES_DIR, baselines_markdown, project_repo, timestamp, write_record
        from ..ml.search import parallel_backend
        from ..ml.splits import needs_groups
        from ..ml.table import load_dataset

        if backend is Backend.dask:
            from importlib.util import find_spec

            if scheduler is None:
                raise InputError("--backend dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
            if find_spec("distributed") is None:
                raise InputError("--backend dask needs dask.distributed: pip install 'dask[distributed]'")
        elif scheduler is not None:
            raise InputError("--scheduler is for --backend dask")
        if group is None and needs_groups(Path.cwd()):
            raise InputError(".deeprules/answers.yaml says samples are not independent (independent_samples: "
                             "no): give --group COLUMN (the donor, patient or batch) so related rows stay in "
                             "one fold (tip 7)")
        ds = load_dataset(data, target=target, group=group, task=task.value if task else None, drop=drop or ())
        with parallel_backend(backend.value, scheduler):
            result = run(ds, budget=budget, folds=folds, inner_folds=inner_folds, permutations=permutations,
                         seed=seed, jobs=jobs, only=models, progress=_progress())
        report = result.report
        repo = project_repo(Path.cwd())
        if repo is not None:
            stem = timestamp()
            recorded = {**report, "recorded_at": stem, "folds_file": f"{BASELINES_DIR}/{stem}.folds.csv"}
            out = write_record(repo, BASELINES_DIR, stem, recorded, baselines_markdown(report),
                               {".folds.csv": result.fold_table.to_csv(index=False, lineterminator="\n")},
                               commit=not no_commit,
                               message=f"deeprules: record baselines on {data.name} ({report['best_model']} best)")
            if not json:
                info(f"recorded {BASELINES_DIR}/{stem}.json" + (f" (commit {out.commit[:10]})" if out.commit else ""))
        if json:
            emit(report, as_json=True)
        else:
            emit(report, as_json=False, render=lambda con: render_baselines(report, con))

    @app.command(epilog="Examples:\n\n  deeprules audit train.csv test.csv --target label --group donor\n\n"
                 "  deeprules audit train.tsv test.tsv --sequence seq --json\n\n"
                 "  deeprules audit train.csv test.csv --smiles smiles --id compound_id\n\n"
                 "  deeprules audit molecules.split.csv --smiles smiles   (one file with a split column)\n\n"
                 "Exit 0: clean; 1: leakage found; 2: bad input.")
    @errors_to_exit
    def audit(
        train: Annotated[Path, typer.Argument(help="The training table (CSV, TSV or Parquet), or one table with "
                                              "a train/test `split` column (what `deeprules split` writes).")],
        test: Annotated[Path | None, typer.Argument(help="The test table, same columns.")] = None,
        target: Annotated[str | None, typer.Option("--target", "-t", help="Label column (single-feature "
                                                   "leaks).")] = None,
        group: Annotated[str | None, typer.Option("--group", "-g", help="Group column (donor, patient, "
                                                  "batch).")] = None,
        id: Annotated[str | None, typer.Option("--id", help="Row id column, used in the examples.")] = None,
        sequence: Annotated[str | None, typer.Option("--sequence", help="Sequence column (homology).")] = None,
        smiles: Annotated[str | None, typer.Option("--smiles", help="SMILES column (scaffolds).")] = None,
        time: Annotated[str | None, typer.Option("--time", help="Date or time column: test rows older than "
                                                 "the newest training row.")] = None,
        min_identity: Annotated[float | None, typer.Option("--min-identity", help="Aligned identity that counts "
                                                           "as related (default 0.4 protein, 0.7 DNA/RNA).",
                                                           min=0, max=1)] = None,
        no_commit: NoCommitOpt = False, run_hooks: RunHooksOpt = None, json: JsonOpt = False,
    ) -> None:
        """Look for leakage between a training and a test file: twins, groups, homologs, scaffolds (tip 7)."""
        _need_ml()
        from ..ml.audit import audit as run_audit
        from ..ml.audit import load
        from ..ml.record import AUDIT_DIR, audit_markdown, project_repo, timestamp, write_record

        inp = load(train, test, target=target, group=group, id=id, sequence=sequence, smiles=smiles, time=time)
        report = run_audit(inp, min_identity=min_identity)
        repo = project_repo(Path.cwd())
        if repo is not None:
            stem = timestamp()
            out = write_record(repo, AUDIT_DIR, stem, {**report, "recorded_at": stem}, audit_markdown(report),
                               commit=not no_commit,
                               message=f"deeprules: record leakage audit of {report['train']} vs {report['test']} "
                                       f"({'leak' if report['leak'] else 'clean'})")
            if not json:
                info(f"recorded {AUDIT_DIR}/{stem}.json" + (f" (commit {out.commit[:10]})" if out.commit else ""))
        if json:
            emit(report, as_json=True)
        else:
            emit(report, as_json=False, render=lambda con: render_audit(report, con))
        if report["leak"]:
            raise typer.Exit(1)

    @app.command(epilog="Examples:\n\n  deeprules split data.csv --by group:donor -o data.split.csv\n\n"
                 "  deeprules split proteins.tsv --by homology:sequence --test-size 0.2 -o proteins.split.tsv\n\n"
                 "  deeprules split molecules.csv --by scaffold:smiles --seed 1 -o molecules.split.csv")
    @errors_to_exit
    def split(
        data: Annotated[Path, typer.Argument(help="CSV, TSV or Parquet table.")],
        by: Annotated[str, typer.Option("--by", help="group:COL, homology:COL or scaffold:COL.")],
        output: Annotated[Path, typer.Option("--output", "-o", help="Where to write DATA with a `split` "
                                             "column (train/test).", dir_okay=False)],
        test_size: Annotated[float, typer.Option("--test-size", help="Fraction of units held out.")] = 0.2,
        seed: SeedOpt = 0, json: JsonOpt = False,
    ) -> None:
        """Split a table into train and test by group, sequence homology or scaffold, leak-free (tip 7)."""
        _need_ml()
        from ..errors import InputError
        from ..ml.splitting import split as run_split
        from ..ml.splitting import write_table

        if output.resolve() == data.resolve():
            raise InputError(f"{output}: write the split to a new file, not over DATA")
        output = _export_path(output, "--output")
        frame, counts = run_split(data, by, test_size=test_size, seed=seed)
        write_table(frame, output)
        summary = {"output": str(output), "by": by, "test_size": test_size, "seed": seed, **counts}
        if json:
            emit(summary, as_json=True)
        else:
            info(f"wrote {output}: {counts['train']} train and {counts['test']} test rows from "
                 f"{counts['units']} {by.partition(':')[0]} units")

    @app.command(epilog="Examples:\n\n  deeprules compare my_model_oof.csv\n\n"
                 "  deeprules compare oof.csv --baselines .deeprules/baselines/20260101T120000Z.json --json\n\n"
                 "PREDICTIONS columns: row (0-based row of DATA, as in the baselines' .folds.csv), fold "
                 "(optional, checked), score (positive-class score, or the predicted value for regression), "
                 "prediction (predicted class; optional for binary, required for multiclass).")
    @errors_to_exit
    def compare(
        predictions: Annotated[Path, typer.Argument(help="Your model's out-of-fold predictions (CSV, TSV, "
                                                    "Parquet) on the baselines' folds.")],
        baselines: Annotated[Path | None, typer.Option("--baselines", "-b", help="A baselines report (default: "
                                                       "the newest in .deeprules/baselines/).", dir_okay=False)]
        = None,
        json: JsonOpt = False,
    ) -> None:
        """Your model's out-of-fold predictions against each baseline on the same folds (tip 2)."""
        _need_ml()
        from ..errors import InputError
        from ..ml.compare import compare as run_compare
        from ..ml.record import BASELINES_DIR, latest, project_repo

        found = None
        if baselines is None:
            repo = project_repo(Path.cwd())
            found = latest(repo.root, BASELINES_DIR) if repo is not None else None
            if found is None:
                raise InputError(f"no baselines report: run `deeprules baselines` in the project first, or pass "
                                 f"--baselines FILE (a {BASELINES_DIR}/<timestamp>.json)")
            baselines = found
        report = run_compare(predictions, baselines, follow_symlinks=found is None)
        if json:
            emit(report, as_json=True)
        else:
            emit(report, as_json=False, render=lambda con: render_compare(report, con))


def _export_path(path: Path, what: str) -> Path:
    """A file the user asked to write, checked as every export is (paths.user_file): in the repository the
    command runs in, never into .git (`-o .git/config` replaced git's config with a table) nor through a
    symlinked folder. Outside a repository any path is the user's."""
    from ..errors import DeeprulesError
    from ..paths import user_file
    from ..snapshot import find_root

    try:
        root, git_dir = find_root(Path.cwd())
    except DeeprulesError:
        root, git_dir = Path.cwd(), None
    return user_file(path, repo_root=root if git_dir is not None else None, what=what)


def render_compare(report: dict[str, Any], con: Any) -> None:
    from rich.table import Table

    metrics = report["metrics"]
    con.print("your model: " + ", ".join(
        f"{m} {s['mean']:.3f} [{s['ci_low']:.3f}, {s['ci_high']:.3f}]" for m, s in report["model"].items()
        if s["mean"] is not None and s["ci_low"] is not None))
    table = Table(header_style="bold", title="yours minus the baseline (95% paired bootstrap)")
    table.add_column("baseline")
    for m in metrics:
        table.add_column(m, justify="right")
    colour = {"better": "green", "worse": "red", "no clear difference": "dim"}
    for c in report["comparisons"]:
        cells = []
        for m in metrics:
            d = c["metrics"][m]
            cells.append("n/a" if d["difference"] is None or d["ci_low"] is None else
                         f"[{colour[d['verdict']]}]{d['difference']:+.3f} [{d['ci_low']:+.3f}, {d['ci_high']:+.3f}][/]")
        table.add_row(c["baseline"], *cells)
    con.print(table)
    con.print(f"[dim]{report['n_rows']} rows, {report['folds']} folds, baselines {report['baselines']}[/]")


def render_audit(report: dict[str, Any], con: Any) -> None:
    from rich.markup import escape

    verdict = "[bold red]leakage found[/]" if report["leak"] else "[green]no leakage found[/]"
    con.print(f"{escape(report['train'])} ({report['n_train']} rows) vs {escape(report['test'])} "
              f"({report['n_test']} rows): {verdict}")
    for f in report["findings"]:
        shown = ", ".join(escape(str(e)) for e in f["examples"][:3])
        con.print(f"  [bold]{f['kind']}[/]: {f['count']} ({f['share_of_test']:.1%} of test)  [dim]{shown}[/]")
    con.print(f"[dim]checked: {', '.join(report['checked'])}[/]")
    for s in report["skipped"]:
        con.print(f"[dim]not checked: {escape(s)}[/]")
