"""The base screens of the dashboard, ethics and card modes; a pending screen while a core module is missing."""

from __future__ import annotations

from importlib.util import find_spec
from typing import Any

from textual.screen import Screen

from .placeholder import PendingScreen


def _has(*modules: str) -> bool:
    try:
        return all(find_spec(m) is not None for m in modules)
    except ModuleNotFoundError:
        return False


class PendingDashboard(PendingScreen):
    SECTION = "Dashboard"
    ABOUT = "Scores per tip with their trend, the failing checks with how to fix them, and the plan's progress."
    COMMAND = "deeprules check"


class PendingEthics(PendingScreen):
    SECTION = "Ethics register"
    ABOUT = "The ethics concerns (tip 10): filter by status, open one to read and update it, raise a new one."
    COMMAND = "deeprules ethics"


class PendingCard(PendingScreen):
    SECTION = "Model card"
    ABOUT = "Completeness of the model card by section, what `card check` finds, and the file in $EDITOR."
    COMMAND = "deeprules card"


def dashboard_screen() -> Screen[Any]:
    if _has("deeprules.snapshot", "deeprules.checks", "deeprules.history", "deeprules.tui.screens.dashboard"):
        from .dashboard import DashboardScreen

        return DashboardScreen()
    return PendingDashboard()


def ethics_screen() -> Screen[Any]:
    if _has("deeprules.register", "deeprules.tui.screens.ethics"):
        from .ethics import EthicsScreen

        return EthicsScreen()
    return PendingEthics()


def card_screen() -> Screen[Any]:
    if _has("deeprules.card", "deeprules.tui.screens.card"):
        from .card import CardScreen

        return CardScreen()
    return PendingCard()
