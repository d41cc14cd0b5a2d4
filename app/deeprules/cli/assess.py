"""`deeprules assess`, `tips`, `questions`, `examples`: the knowledge base and the decision engine."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .options import AnswersOpt, ExampleOpt, JsonOpt, SetOpt
from .output import emit, errors_to_exit, write_text

KIND_STYLE = {"for": ("+", "green"), "against": ("-", "red"), "risk": ("?", "yellow")}
VERDICT_STYLE = {"deep_learning": "green", "baselines_first": "yellow", "traditional_ml": "cyan"}


def refs_text(refs: list[dict[str, Any]] | tuple[Any, ...]) -> str:
    nums = [r["n"] if isinstance(r, dict) else r.number for r in refs]
    return f" [{', '.join(str(n) for n in nums)}]" if nums else ""


def score_line(tip1: dict[str, Any]) -> str:
    """The tip 1 score against its thresholds, e.g. `score 1.87 = 2.07 parts - 0.20 cap (deep learning
    from 1.50, traditional ML below 0.00; borderline within 0.3)`."""
    th = tip1["thresholds"]
    cap = f" {tip1['score'] - tip1['uncapped']:+.2f} cap ({tip1['cap']})" if tip1["cap"] else ""
    return (f"score {tip1['score']:.2f} = parts {tip1['uncapped']:.2f}{cap}; deep learning from "
            f"{th['deep_learning']:.2f}, traditional ML below {th['traditional_ml']:.2f}, borderline within "
            f"{th['band']} of either")


def render_assessment(con: Any, data: dict[str, Any], *, full: bool = True,
                      next_step: str = "write the plan: `deeprules init --answers FILE`") -> None:
    """The assessment for people. `next_step`: what to run next, with the answers the user gave, so the
    command can be pasted as is (`next_step()`)."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    style = VERDICT_STYLE[data["verdict"]]
    title = data["answers"].get("title") or "Your project"
    con.print(Panel(Text(data["verdict_title"], style=f"bold {style}"), title=f"Tip 1 · {title}",
                    subtitle=f"verdict: {data['verdict']}", expand=False))
    # Grids keep a hanging indent: a wrapped reason, concern or recommendation stays beside its mark and
    # points, never back at column 0, where it reads as a new item.
    reasons = hanging_grid(2)
    for r in data["reasons"]:
        mark, colour = KIND_STYLE[r["kind"]]
        points = f"{r['points']:+.2f}" if r.get("points") else ""
        reasons.add_row(Text(f" {mark}", style=f"bold {colour}"), Text(points, style=colour, justify="right"),
                        Text.assemble(r["text"], (refs_text(r["refs"]), "dim")))
    if data.get("tip1"):
        reasons.add_row("", "", Text(score_line(data["tip1"]), style="dim"))
    con.print(reasons)

    picks = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=False)
    picks.add_column("tip", justify="right", style="dim")
    picks.add_column("plan")
    picks.add_column("choice", overflow="fold")
    rows: list[tuple[str, str, dict[str, Any]]] = []
    if data["split"]:
        rows.append(("7", "split", data["split"]))
    rows += [("7", "metric", m) for m in data["metrics"]]
    rows += [("2", "baseline", b) for b in data["baselines"]]
    rows += [("5", "architecture", a) for a in data["architectures"]]
    rows += [("6", "search", h) for h in data["hyperparameters"]]
    for tip_no, kind, item in rows:
        picks.add_row(tip_no, kind, Text.assemble((item["title"], "bold"), (refs_text(item["refs"]), "dim")))
    con.print()
    con.print(picks)

    if data["ethics"]:
        con.print("\n[bold]Ethics concerns to open (tip 10)[/bold]")
        concerns = hanging_grid(1)
        for c in data["ethics"]:
            concerns.add_row(Text(f"  {c['severity']:>7}", style=_sev(c["severity"])),
                             Text.assemble(c["title"], (refs_text(c["refs"]), "dim")))
        con.print(concerns)
    if data["open_questions"]:
        con.print("\n[bold yellow]Open questions (treated as risks until answered)[/bold yellow]")
        questions = hanging_grid(1)
        for q in data["open_questions"]:
            questions.add_row(Text("  ?", style="yellow"),
                              Text.assemble((q["id"], "bold"), f" ({q['status']}, tip {q['tip']}): {q['prompt']}"))
        con.print(questions)
    by_tip: dict[int, list[dict[str, Any]]] = {}
    for rec in data["recommendations"]:
        by_tip.setdefault(rec["tip"], []).append(rec)
    con.print(f"\n[bold]Recommendations[/bold] ({len(data['recommendations'])}, by tip"
              + ("" if full else "; --full explains each") + ")")
    for tip in sorted(by_tip):
        con.print(f"[bold]Tip {tip}[/bold]")
        recs = hanging_grid(1)
        for rec in by_tip[tip]:
            recs.add_row("  •", Text.assemble((rec["title"], "bold"), "  ", (rec["id"], "dim"),
                                              (refs_text(rec["refs"]), "dim")))
            if full:
                recs.add_row("", Text(rec["text"]))
        con.print(recs)
    counts = (f"{sum(r['kind'] == 'for' for r in data['reasons'])} for, "
              f"{sum(r['kind'] == 'against' for r in data['reasons'])} against, "
              f"{sum(r['kind'] == 'risk' for r in data['reasons'])} unknown")
    score = f"score {data['tip1']['score']:.2f}; " if data.get("tip1") else ""
    borderline = "; borderline" if data.get("tip1") and data["tip1"]["borderline"] else ""
    con.print()
    ending = Table.grid(padding=(0, 1))
    ending.add_column(no_wrap=True, style="bold")
    ending.add_column(ratio=1)
    ending.add_row("Verdict", Text.assemble((data["verdict_title"], f"bold {style}"),
                                            f" ({score}{counts}{borderline})"))
    ending.add_row("Next", Text(next_step, style="dim"))
    ending.add_row("Paper", Text("Lee et al. 2022, doi:10.1371/journal.pcbi.1009803; a tip's references: "
                                 "`deeprules tips N`; for scripts: --json", style="dim"))
    con.print(ending)


def next_step(answers: Path | None, example: str | None, sets: list[str] | None) -> str:
    """What to run after this assessment, with the same answers (quoted for a POSIX shell): `init` for an
    example or an answers file, `answer` or `plan` for the project's own answers."""
    import shlex

    sets = list(sets or ())
    if example is None and answers is None:  # the project's .deeprules/answers.yaml
        if sets:
            return "keep these answers and update the plan: `" + shlex.join(["deeprules", "answer", *sets]) + "`"
        return "bring the plan up to date with these answers: `deeprules plan` (`deeprules status` says if it is)"
    words = ["deeprules", "init"]
    words += ["--example", example] if example else ["--answers", str(answers)]
    for assignment in sets:
        words += ["--set", assignment]
    return "write the plan, ethics register and model card into a git repository: `" + shlex.join(words) + "`"


def hanging_grid(marks: int) -> Any:
    """A borderless grid of `marks` narrow columns (a bullet, a sign, points) and one text column that wraps
    under itself (a hanging indent)."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    for _ in range(marks):
        grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    return grid


def _sev(severity: str) -> str:
    return {"blocker": "bold red", "high": "red", "medium": "yellow", "low": "dim"}.get(severity, "")


def register(app: typer.Typer) -> None:
    @app.command(epilog="Examples:\n\n  deeprules assess --example microscopy\n\n"
                 "  deeprules assess --answers answers.yaml --set compute=laptop --json | jq .verdict")
    @errors_to_exit
    def assess(answers: AnswersOpt = None, example: ExampleOpt = None, set_: SetOpt = None,
               json: JsonOpt = False,
               full: Annotated[bool, typer.Option("--full", help="Explain every recommendation.")] = False) -> None:
        """Decide whether deep learning fits (tip 1) and tailor the other nine tips to your answers."""
        from ..answers import resolve_answers
        from ..engine import assess as run_assess

        resolved = resolve_answers(path=answers, example=example, sets=set_ or ())
        assert resolved is not None
        data = run_assess(resolved).to_dict()
        emit(data, as_json=json, render=lambda con: render_assessment(con, data, full=full,
                                                                      next_step=next_step(answers, example, set_)))

    @app.command(epilog="Examples:\n\n  deeprules tips\n\n  deeprules tips 7\n\n  deeprules tips --json")
    @errors_to_exit
    def tips(number: Annotated[int | None, typer.Argument(help="One tip, 1-10.", min=1, max=10)] = None,
             json: JsonOpt = False) -> None:
        """The ten tips and every recommendation, with the paper's references."""
        from .. import engine
        from ..condition_words import condition_text
        from ..conditions import render_unanswered
        from ..knowledge import load_knowledge

        kb = load_knowledge()
        chosen = [kb.tip(number)] if number else list(kb.tips)
        cited = sorted({n for t in chosen for r in t.recommendations for n in r.refs})
        unanswered = engine.context({q.id: None for q in kb.questions})  # texts read as before any answer

        data = {
            "tips": [
                {"number": t.number, "slug": t.slug, "title": t.title, "summary": t.summary,
                 "recommendations": [
                     {"id": r.id, "tip": r.tip, "title": r.title, "text": render_unanswered(r.text, unanswered),
                      "when": r.when,
                      "when_text": condition_text(r.when),
                      "attest": r.attest, "refs": [kb.references[n].to_dict() for n in r.refs]}
                     for r in t.recommendations]}
                for t in chosen
            ],
            "references": [kb.references[n].to_dict() for n in cited],
        }

        def render(con: Any) -> None:
            from rich.table import Table
            from rich.text import Text

            for t in data["tips"]:
                con.print(f"\n[bold]Tip {t['number']}: {t['title']}[/bold]")
                con.print(Text(t["summary"], style="italic"))
                # A grid keeps a hanging indent: wrapped lines stay under the text, not at column 0.
                grid = Table.grid(padding=(0, 1))
                grid.add_column(no_wrap=True)
                grid.add_column(ratio=1)
                for r in t["recommendations"]:
                    grid.add_row("  •", Text(r["title"], style="bold"))
                    grid.add_row("", Text(r["text"]))
                    meta = r["id"] + refs_text(r["refs"])
                    if r["when"]:
                        meta += f" · applies to {r['when_text']}"
                    grid.add_row("", Text(meta, style="dim"))
                con.print(grid)
            con.print("\n[bold]References[/bold]")
            for ref in data["references"]:
                link = f" {ref['url']}" if ref["url"] else ""
                con.print(Text(f"[{ref['n']}] {ref['citation']}{link}"))

        emit(data, as_json=json, render=render)

    @app.command(epilog="Examples:\n\n  deeprules questions\n\n"
                 "  deeprules questions --template > answers.yaml   (fill it in, then: deeprules init --answers "
                 "answers.yaml)\n\n  deeprules questions --json | jq '.questions[].id'")
    @errors_to_exit
    def questions(json: JsonOpt = False,
                  template: Annotated[bool, typer.Option(
                      "--template", help="Print an answers.yaml to fill in: every id, with its allowed values "
                      "and range as comments (loads with `deeprules init --answers FILE`).")] = False) -> None:
        """The decision tree: every question, its allowed values, range and condition."""
        from ..condition_words import condition_text
        from ..knowledge import load_knowledge

        kb = load_knowledge()
        if template:
            if json:  # --json promises one JSON object on stdout; the template is YAML
                from ..errors import InputError

                raise InputError("--template prints an answers file (YAML), not JSON: leave out --json, or use "
                                 "`deeprules questions --json` for the questions as JSON")
            write_text(answers_template(kb))
            return
        data = {
            "groups": [{"id": g.id, "title": g.title, "tip": g.tip} for g in kb.groups],
            "questions": [
                {"id": q.id, "group": q.group, "prompt": q.prompt, "help": q.help, "tip": q.tip, "type": q.type,
                 "choices": [{"value": c.value, "label": c.label} for c in q.choices],
                 "min": q.min, "max": q.max, "default": q.default, "when": q.when,
                 "when_text": condition_text(q.when), "required": q.required,
                 "variants": [{"when": w, "prompt": p, "help": h} for w, p, h in q.variants]}
                for q in kb.questions
            ],
        }

        def render(con: Any) -> None:
            from rich import box
            from rich.table import Table
            from rich.text import Text

            wide = con.width >= 110
            longest_id = max(len(q["id"]) for q in data["questions"])
            longest_value = max((len(c["value"]) for q in data["questions"] for c in q["choices"]), default=4)
            table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False, expand=True)
            # Ids and values are what users type: never broken inside (no_wrap, and wide enough for the longest).
            table.add_column("id", no_wrap=True, min_width=longest_id)
            table.add_column("tip", justify="right", no_wrap=True)
            if wide:
                table.add_column("type", no_wrap=True)
            # The question itself above its allowed values: ids alone (label_scope, unit_kind, n_units) told a
            # newcomer nothing about what is asked.
            # Under it, dim, the allowed values and when it is asked (unless always, as most are).
            table.add_column("question: allowed values; when asked", min_width=longest_value + 2, ratio=1)
            for q in data["questions"]:
                row: list[Any] = [q["id"], str(q["tip"])]
                if wide:
                    row.append(q["type"])
                asked = Text(q["prompt"])
                asked.append("\n" + allowed_text(q), style="dim")
                if q["when_text"] != "always":
                    asked.append(f"; asked for {q['when_text']}", style="dim")
                row.append(asked)
                table.add_row(*row)
            con.print(table)
            con.print("[dim]answers.yaml to fill in: deeprules questions --template > answers.yaml[/dim]")

        emit(data, as_json=json, render=render)

    @app.command(epilog="Example:\n\n  deeprules assess --example expression")
    @errors_to_exit
    def examples(json: JsonOpt = False) -> None:
        """The bundled example projects, usable as `--example NAME`."""
        from ..knowledge import load_knowledge

        kb = load_knowledge()
        data = {"examples": [
            {"name": name, "about": _first_comment(text)} for name, text in kb.examples.items()
        ]}
        def render(con: Any) -> None:
            from rich.table import Table
            from rich.text import Text

            # A grid keeps a hanging indent (a wrapped description stays beside its name, as `tips` does);
            # "Example: " on every line of a list of examples says nothing.
            grid = Table.grid(padding=(0, 2))
            grid.add_column(no_wrap=True)
            grid.add_column(ratio=1)
            for e in data["examples"]:
                about = e["about"].removeprefix("Example: ")
                grid.add_row(Text(e["name"], style="bold"), Text(about[:1].upper() + about[1:]))
            con.print(grid)

        emit(data, as_json=json, render=render)


def _first_comment(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def _number(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else f"{value:g}"


def allowed_text(q: dict[str, Any]) -> str:
    """The values a question takes, as users type them: `a | b | c`, a range, or text."""
    if q["choices"]:
        return " | ".join(c["value"] for c in q["choices"])
    if q["type"] in ("integer", "number"):
        kind = "whole number" if q["type"] == "integer" else "number"
        lo, hi = q["min"], q["max"]
        if lo is not None and hi is not None:
            return f"{kind} {_number(lo)} to {_number(hi)}"
        if lo is not None:
            return f"{kind} ≥ {_number(lo)}"
        if hi is not None:
            return f"{kind} ≤ {_number(hi)}"
        return kind
    return "text"


def answers_template(kb: Any) -> str:
    """An answers.yaml to fill in: each question as a comment block over `id:` (empty = not answered yet)."""
    from .. import __version__
    from ..condition_words import condition_text

    out = [
        "# deeprules answers: fill in the values, then run `deeprules init --answers answers.yaml`.",
        f"# Written by `deeprules questions --template` (deeprules {__version__}). An empty value means",
        "# \"not answered yet\": deeprules treats it as a risk and lists it as an open question.",
        "# Quote text that contains a colon or starts with a symbol: title: \"Cell types: a classifier\".",
    ]
    by_group: dict[str, list[Any]] = {}
    for q in kb.questions:
        by_group.setdefault(q.group, []).append(q)
    for g in kb.groups:
        out += ["", f"# ---- {g.title} (tip {g.tip})"]
        for q in by_group.get(g.id, []):
            out += ["", f"# {q.prompt}"]
            d = {"choices": [{"value": c.value} for c in q.choices], "type": q.type, "min": q.min, "max": q.max}
            if q.choices:
                out.append("# one of:")
                width = max(18, *(len(c.value) for c in q.choices))  # labels stay in one column
                out += [f"#   {c.value:<{width}} {c.label}" for c in q.choices]
            else:
                out.append(f"# {allowed_text(d)}")
            if q.when:
                out.append(f"# asked only for {condition_text(q.when)}")
            if not q.required:
                out.append("# optional")
            default = q.default
            value = "" if default is None else f" {_yaml_scalar(default)}"
            out.append(f"{q.id}:{value}")
    return "\n".join(out) + "\n"


def _yaml_scalar(value: Any) -> str:
    import json as _json

    if isinstance(value, str):
        return _json.dumps(value) if value in ("yes", "no", "null", "true", "false", "") else value
    return _json.dumps(value)
