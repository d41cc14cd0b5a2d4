"""The project plan (`PLAN.md`): the assessment rendered as a checklist the user keeps and ticks.

Each recommendation is one Markdown task line ending in an invisible id tag,
`- [ ] **Title.** text [refs] <!-- deeprules:T7.label-shuffle -->`, so a ticked box is the user's record
that a step is done, and the tag survives their edits to the wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .engine import Assessment
from .knowledge import Knowledge, load_knowledge

TASK_RE = re.compile(r"^\s*[-*+]\s+\[(?P<mark>[ xX])\]\s+(?P<body>.*?)\s*<!--\s*deeprules:(?P<id>[\w.-]+)\s*-->\s*$")


@dataclass(frozen=True)
class TaskItem:
    id: str
    done: bool
    line: int  # 1-based
    text: str


def task_items(text: str) -> list[TaskItem]:
    """The tagged task items of a plan (or any generated Markdown), in order."""
    items = []
    for n, line in enumerate(text.splitlines(), start=1):
        m = TASK_RE.match(line)
        if m:
            items.append(TaskItem(m["id"], m["mark"] != " ", n, m["body"]))
    return items


def progress(text: str) -> dict[str, Any]:
    items = task_items(text)
    done = sum(1 for i in items if i.done)
    by_tip: dict[int, list[int]] = {}
    for i in items:
        m = re.match(r"T(\d+)\.", i.id)
        if m:
            counts = by_tip.setdefault(int(m[1]), [0, 0])
            counts[0] += i.done
            counts[1] += 1
    return {"done": done, "total": len(items),
            "by_tip": {tip: {"done": d, "total": t} for tip, (d, t) in sorted(by_tip.items())}}


def context(assessment: Assessment, knowledge: Knowledge | None = None) -> dict[str, Any]:
    """Everything the plan template reads."""
    kb = knowledge or load_knowledge()
    answers = assessment.answers
    labels = {q.id: q.label_of(answers.get(q.id)) for q in kb.questions if answers.get(q.id) is not None}
    return {
        "a": assessment,
        "answers": answers,
        "labels": labels,
        "tips": kb.tips,
        "by_tip": assessment.by_tip(),
        "questions": kb.question_by_id,
    }


def render_plan(assessment: Assessment, knowledge: Knowledge | None = None) -> str:
    from .render import render

    return render("plan.md.j2", **context(assessment, knowledge))


def outputs(ctx: Any) -> list[Any]:
    """The plan generator for `project.GENERATORS`."""
    from .writer import Output

    return [Output(ctx.config.path("plan"), render_plan(ctx.assessment))]
