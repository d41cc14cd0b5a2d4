"""Helpers for driving the deeprules app with Textual's Pilot on real temporary git repositories."""

from __future__ import annotations

import asyncio
import functools
import subprocess
from collections.abc import Callable, Coroutine
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from deeprules.answers import Answers
from deeprules.tui.app import DeeprulesApp, create_app, frozen_clock

SIZE = (80, 24)
FROZEN = datetime(2026, 3, 14, 9, 30, tzinfo=timezone.utc)


def make_app(repo: Path, **kwargs: Any) -> DeeprulesApp:
    return create_app(repo, clock=frozen_clock(FROZEN), **kwargs)


async def settle(pilot: Any) -> None:
    """Let pending messages and workers (the assessment threads) finish."""
    from textual.worker import WorkerState

    await pilot.pause()
    # The walker waits for the user by design; everything else (assessment, dry runs) must finish.
    busy = [w for w in pilot.app.workers if w.group not in ("walk", "dialog") and w.state in (WorkerState.PENDING,
                                                                               WorkerState.RUNNING)]
    await asyncio.gather(*(w.wait() for w in busy), return_exceptions=True)
    await pilot.pause()


async def wait_for(pilot: Any, predicate: Any, what: str, timeout: float = 20.0) -> Any:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while loop.time() < end:
        result = predicate()
        if result:
            return result
        await pilot.pause(0.01)
    raise AssertionError(f"timed out waiting for {what}; screen is {pilot.app.screen!r}")


def shown(screen: Any) -> bool:
    """Mounted, drawn, and past the moment in which keys count as typed ahead (a user reading it)."""
    clock = getattr(screen, "shown_clock", None)
    return screen.is_mounted and (clock is None or clock.ready())


async def wait_for_screen(pilot: Any, cls: type, *, not_this: Any = None) -> Any:
    def ready() -> Any:
        screen = pilot.app.screen
        return screen if isinstance(screen, cls) and screen is not not_this and shown(screen) else None

    screen = await wait_for(pilot, ready, cls.__name__)
    await pilot.pause()
    return screen


async def answer(pilot: Any, value: Any) -> None:
    """Answer the question on screen the way a user would: a digit picks a choice and Enter answers;
    for the rest, type and press Enter."""
    from textual.widgets import Input

    screen = pilot.app.screen
    q = screen.question
    if q.choices:
        index = list(q.values).index(value)
        if index < 9:
            await pilot.press(str(index + 1), "enter")
        else:  # pragma: no cover - no question has more than nine choices today
            raise AssertionError("more than nine choices")
    else:
        field = screen.query_one("#answer-input", Input)
        field.value = ""
        text = "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
        await pilot.press(*text, "enter") if text else await pilot.press("enter")


def type_fast(app: Any, *keys: str) -> None:
    """Keys typed in one burst, as a fast typist does: all queued at once, without waiting for the app to
    handle one before the next is pressed (Pilot's `press` waits, so nothing is ever typed ahead)."""
    from textual import events

    chars = {"enter": "\r", "escape": "\x1b", "ctrl+s": "\x13", "ctrl+r": "\x12"}
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else chars.get(key))
        event.set_sender(app)
        app._driver.send_message(event)


def microscopy() -> dict[str, Any]:
    return Answers.example("microscopy").answered()


def git(cwd: Path, *args: str) -> str:
    out = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {out.stderr}")
    return out.stdout


def run_async(func: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test in its own event loop (no pytest plugin needed)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(func(*args, **kwargs))

    return wrapper


def screen_lines(app: Any) -> list[str]:
    """The characters on screen, one string per row: what a user reads (Textual's screenshot, as text)."""
    import io

    from rich.console import Console

    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True, legacy_windows=False,
                      color_system=None)
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text().splitlines()


def read_in(lines: list[str], region: Any) -> list[str]:
    """The rows of `region` (a widget's region on screen), as read there."""
    return [line[region.x:region.right].rstrip() for line in lines[region.y:region.bottom]]
