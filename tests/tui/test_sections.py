"""The ethics register and the model card screens, on real repositories made with `deeprules init`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tui_helpers import SIZE, git, make_app, run_async, settle, wait_for, wait_for_screen

pytest.importorskip("deeprules.register")

from deeprules.tui.screens.card import CardScreen
from deeprules.tui.screens.ethics import ConcernScreen, EthicsScreen, RaiseScreen


def init_example(repo: Path, example: str = "microscopy") -> None:
    subprocess.run([sys.executable, "-m", "deeprules", "init", "--example", example], cwd=repo, check=True,
                   capture_output=True)


def ethics_json(repo: Path) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "deeprules", "ethics", "list", "--json"], cwd=repo,
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    return data["concerns"] if isinstance(data, dict) else data


@run_async
async def test_raise_and_close_a_concern(repo: Path) -> None:
    init_example(repo)
    before = len(git(repo, "log", "--format=%H").split())
    app = make_app(repo, mode="ethics")
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, EthicsScreen) and app.screen.concerns
                                and app.screen, "the register")
        n = len(screen.concerns)

        await pilot.press("n")
        dialog = await wait_for_screen(pilot, RaiseScreen)
        await pilot.press(*"Consent for reuse of archive samples")
        dialog.query_one("#why").value = "Archive samples were consented for diagnosis only."
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: len(screen.concerns) == n + 1, "the new concern")
        new = screen.concerns[-1]
        assert new.title == "Consent for reuse of archive samples" and new.status == "open"
        assert new.raised.isoformat() == "2026-03-14"  # the injected clock

        table = screen.query_one("#concerns")
        table.move_cursor(row=table.get_row_index(new.id))
        await pilot.press("enter")
        concern = await wait_for_screen(pilot, ConcernScreen)
        assert concern.concern.id == new.id
        concern.query_one("#status").value = "closed"
        concern.query_one("#note").value = "Re-consent obtained for all archive samples."
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: any(c.id == new.id and c.status == "closed" for c in screen.concerns),
                       "the closed concern")
        await settle(pilot)
        # The default filter shows open concerns only: the closed one left the table.
        assert new.id not in {table.get_row_at(i)[0] for i in range(table.row_count)}

    rows = {c["id"]: c for c in ethics_json(repo)}
    assert rows[new.id]["status"] == "closed"
    assert rows[new.id]["resolution"] == "Re-consent obtained for all archive samples."
    assert len(git(repo, "log", "--format=%H").split()) == before + 2
    assert git(repo, "status", "--porcelain").strip() == ""


@run_async
async def test_card_completeness_matches_card_check(repo: Path) -> None:
    init_example(repo)
    out = subprocess.run([sys.executable, "-m", "deeprules", "card", "check", "--json"], cwd=repo,
                         capture_output=True, text=True, check=False)
    expected = json.loads(out.stdout)
    app = make_app(repo, mode="card")
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, CardScreen) and app.screen.report
                                and app.screen, "the card check")
        await settle(pilot)
        assert len(screen.report.findings) == len(expected["findings"])
        table = screen.query_one("#card-sections")
        counts = {table.get_row_at(i)[0]: table.get_row_at(i)[2] for i in range(table.row_count)}
        assert sum(int(v) for v in counts.values() if v) == len(expected["findings"])
        # No editor in the test environment: a notification, never a crash.
        await pilot.press("e")
        await settle(pilot)
        assert app.screen is screen
