"""`deeprules report --html`: one standalone page for the lab meeting or a reviewer: the current scores,
the trend over the history as inline SVG (no scripts, no network), the open ethics concerns and the plan's
progress. Everything user-written is escaped by the template environment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .checks import run_checks
from .config import load_config
from .errors import DeeprulesError
from .snapshot import find_root, open_snapshot

SERIOUS = ("blocker", "high")
OPEN = ("open", "in_progress")
W, H, PAD = 720, 240, 32  # the SVG's coordinate system; the page scales it to its width (viewBox)
TICK_CHAR_WIDTH, TICK_GAP = 6.0, 8.0  # an x-axis label's character (10px sans-serif, digits) and the gap between


def trend_svg(values: list[float | None], *, width: int = W, height: int = H, pad: int = PAD,
              labels: list[str] | None = None, ticks: int = 6) -> dict[str, Any]:
    """Coordinates for a 0-100 line chart (the template draws them). `labels` (one per value, e.g. the commit
    date and short id) become up to `ticks` x-axis labels, evenly spaced, first and last included."""
    n = len(values)
    xs = [pad + (width - 2 * pad) * (i / (n - 1) if n > 1 else 0.5) for i in range(n)]
    pts = [(round(x, 1), round(pad + (height - 2 * pad) * (1 - v / 100), 1)) for x, v in zip(xs, values, strict=True)
           if v is not None]
    grid = [{"y": round(pad + (height - 2 * pad) * (1 - g / 100), 1), "label": g} for g in (0, 25, 50, 75, 100)]
    marks = []
    if labels and n:
        # As many labels as fit without overlapping: six "2021-03-05 8a13fd5" labels ran into each other at
        # both ends (the first is anchored at its start, the last at its end, so those two need 1.5 widths).
        label_width = TICK_CHAR_WIDTH * max(len(label) for label in labels)
        ticks = max(2, min(ticks, 1 + int((width - 2 * pad) // (1.5 * label_width + TICK_GAP))))
        picks = sorted({round(i * (n - 1) / (ticks - 1)) for i in range(ticks)}) if n > ticks else list(range(n))
        marks = [{"x": round(xs[i], 1), "label": labels[i], "anchor": "start" if i == 0 else
                  "end" if i == n - 1 and n > 1 else "middle"} for i in picks]
    return {"width": width, "height": height, "points": " ".join(f"{x},{y}" for x, y in pts), "dots": pts[-1:],
            "grid": grid, "n": n, "ticks": marks, "axis_y": height - pad + 16}


def _tick(point: Any) -> str:
    """An x-axis label: the commit's date (UTC) and short id."""
    from .history import commit_date

    return commit_date(point.time) + " " + point.sha[:7]


def _concerns(root: Path, config: Any) -> tuple[list[dict[str, Any]], str | None]:
    """Open concerns from the ethics register (register.py when present, else the front matter)."""
    try:
        from .gitrepo import GitRepo
        from .register import EthicsRegister

        reg = EthicsRegister(GitRepo.find(root), config)
        rows = [c.to_dict() for c in reg.concerns()]
        return [r for r in rows if str(r.get("status")) in OPEN], None
    except ImportError:
        pass
    except DeeprulesError as exc:
        return [], str(exc)
    from .checks.tip10 import front_matter

    folder = root / config.path("ethics")
    out = []
    for f in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        if f.name.lower() == "readme.md" or f.is_symlink():
            continue
        fm = front_matter(f.read_text(encoding="utf-8", errors="replace"))
        status = fm.get("status", ("", 0))[0]
        if status in OPEN:
            out.append({"id": fm.get("id", (f.stem, 0))[0].upper(), "title": fm.get("title", (f.stem, 0))[0],
                        "severity": fm.get("severity", ("", 0))[0], "status": status})
    return out, None


def _plan_text(root: Path, rel: str) -> str | None:
    """The plan's text through the one safe reader (a FIFO or a huge file is no plan), None when absent."""
    from . import yamlio
    from .errors import InputError

    try:
        return yamlio.read_text(root / rel, source=rel, what="plan")
    except InputError:
        return None


def build_report(start: Path, *, max_commits: int | None = None, today: dt.date | None = None,
                 progress: Callable[[int, int], None] | None = None) -> str:
    """The page. `progress(done, total)` follows the history's commits (the slow part on a cold cache)."""
    from .history import Cache, history
    from .render import render

    root, git_dir = find_root(start)
    config = load_config(root)
    cache = Cache(git_dir)
    memo = cache.load_memo()
    with open_snapshot(root) as snap:
        report = run_checks(snap, None, config, memo=memo)
    cache.save_memo(memo)
    points: list[Any] = []
    shallow = None
    if git_dir is not None and report.stamp.get("commit"):
        h = history(root, max_commits=max_commits, config=config, progress=progress)
        points, shallow = h.points, h.shallow
    from .checks.formats import checked_what, tip_titles

    titles = tip_titles()
    tips = []
    for tip, results in sorted(report.by_tip().items()):
        score = report.tips[tip]
        tips.append({"number": tip, "title": titles.get(tip, f"Tip {tip}"), "score": score,
                     "results": results,
                     "trend": trend_svg([p.tips[tip] for p in points], width=160, height=36, pad=3)
                     if points else None})
    concerns, concern_error = _concerns(root, config)
    order = ("blocker", "high", "medium", "low")
    concerns.sort(key=lambda c: (order.index(c["severity"]) if c.get("severity") in order else 9, str(c.get("id"))))
    plan_text = _plan_text(root, config.path("plan"))
    plan_done = None
    if plan_text is not None:
        from .plan import progress as plan_progress

        plan_done = plan_progress(plan_text)
    return render("report.html.j2", report=report, checked=checked_what(report.stamp), tips=tips,
                  overall=report.overall,
                  trend=trend_svg([p.overall for p in points], labels=[_tick(p) for p in points]) if points else None,
                  points=points,
                  first=points[0] if points else None, last=points[-1] if points else None,
                  concerns=concerns, concern_error=concern_error, progress=plan_done, shallow=shallow,
                  plan_path=config.path("plan"), project=root.name,
                  generated=(today or dt.date.today()).isoformat(), serious=SERIOUS)
