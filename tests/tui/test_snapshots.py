"""Snapshot tests (pytest-textual-snapshot) of every screen at 80x24, on a demo repository with frozen
dates and a frozen clock. Update after a deliberate change with `pytest tests/tui --snapshot-update`."""

from __future__ import annotations

from pathlib import Path

import pytest

from deeprules.tui.app import create_app, frozen_clock
from deeprules.tui.demo import FROZEN, SCENES, build_demo_repo, still

pytest.importorskip("deeprules.register")

#: The snapshots were drawn by this Textual release; another one draws some widgets differently, so the
#: comparison only means something on the same minor version (regenerate with --snapshot-update).
SNAPSHOT_TEXTUAL = (8, 2)


def _textual_version() -> tuple[int, ...]:
    from importlib.metadata import version

    return tuple(int(x) for x in version("textual").split(".")[:2])


pytestmark = pytest.mark.skipif(_textual_version() != SNAPSHOT_TEXTUAL,
                                reason=f"snapshots drawn with Textual {SNAPSHOT_TEXTUAL}; regenerate them "
                                       "with `pytest tests/tui --snapshot-update`")


@pytest.mark.parametrize("scene", SCENES, ids=[s.name for s in SCENES])
def test_screen(scene, snap_compare) -> None:  # type: ignore[no-untyped-def]
    # The hermetic HOME of tests/conftest.py: the start screen shows ~/microalgae on every machine.
    repo = build_demo_repo(Path.home() / "microalgae")
    app = create_app(repo, clock=frozen_clock(FROZEN), mode=scene.mode)

    async def drive(pilot):  # type: ignore[no-untyped-def]
        await scene.drive(pilot)
        await still(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=drive)


def test_empty_repository_start(repo: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    """A new user's first screen: an empty repository, nothing answered yet."""
    target = Path.home() / "new-project"
    repo.rename(target)
    app = create_app(target, clock=frozen_clock(FROZEN))
    assert snap_compare(app, terminal_size=(80, 24), run_before=still)


def test_not_a_git_repository(snap_compare) -> None:  # type: ignore[no-untyped-def]
    folder = Path.home() / "just-a-folder"
    folder.mkdir()
    app = create_app(folder, clock=frozen_clock(FROZEN))
    assert snap_compare(app, terminal_size=(80, 24), run_before=still)


def test_light_theme(snap_compare) -> None:  # type: ignore[no-untyped-def]
    repo = build_demo_repo(Path.home() / "microalgae")
    app = create_app(repo, clock=frozen_clock(FROZEN), mode="questionnaire")

    async def drive(pilot):  # type: ignore[no-untyped-def]
        await pilot.press("f9")  # dark -> light
        await SCENES[1].drive(pilot)
        await still(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=drive)
