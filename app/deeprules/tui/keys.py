"""Keys typed ahead: a key pressed before a screen was on the terminal was never meant for that screen.

The cause of a wrong answer: a user presses Enter (or a digit) as one question screen closes; the key waits
in the event queue while the next screen is built, then reaches that new screen, which answers a question
the user has not seen. A screen that acts on what the user has read (a question, the review) keeps a
`ShownClock`; the app drops a key whose timestamp (taken when the terminal delivered it) is earlier than
the screen's first frame plus a short grace, well under a human's reaction time to something new.

The first frame is the first compositor refresh after the screen became current (`ShownScreen` hooks it),
not a callback scheduled after it: under load such a callback runs late and would drop keys the user
pressed after seeing the screen.
"""

from __future__ import annotations

import math
from typing import Any, Generic, TypeVar

from textual import _time, events
from textual.screen import Screen

#: Seconds after a screen's first frame during which keys are still treated as typed ahead. Reacting to
#: a new question takes a person 200 ms or more; a key within 120 ms of the frame was pressed before.
GRACE = 0.12


class ShownClock:
    """When a screen was last shown; `accepts(key)` says whether a key can be meant for it."""

    def __init__(self) -> None:
        self.shown_at = math.inf

    def hidden(self) -> None:
        self.shown_at = math.inf

    def shown(self) -> None:
        self.shown_at = _time.get_time()

    def accepts(self, event: events.Key) -> bool:
        return event.time >= self.shown_at + GRACE

    def ready(self) -> bool:
        """True once a key pressed now would be accepted (tests wait for this, as a user reads)."""
        return _time.get_time() >= self.shown_at + GRACE


T = TypeVar("T")


class ShownScreen(Screen[T], Generic[T]):
    """A screen that drops keys typed before it was drawn (the app asks `accepts_key` for each key)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.shown_clock = ShownClock()

    def _compositor_refresh(self) -> None:
        super()._compositor_refresh()
        if self.shown_clock.shown_at == math.inf and self.is_current:
            self.shown_clock.shown()  # the first frame of this screen has just been written

    def _on_screen_suspend(self) -> None:
        super()._on_screen_suspend()
        self.shown_clock.hidden()

    def accepts_key(self, event: events.Key) -> bool:
        return self.shown_clock.accepts(event)
