"""The core never imports a UI toolkit, and `deeprules --help` imports nothing heavy.

Each module is imported in a fresh interpreter, since an import in this test process would hide it."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = ["answers", "conditions", "engine", "knowledge", "render", "gitrepo", "writer", "plan", "project", "config",
        "errors", "yamlio"]
OPTIONAL_CORE = ["register", "card", "snapshot", "checks", "history", "report", "data"]


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("name", CORE + OPTIONAL_CORE)
def test_core_module_imports_no_ui(name: str) -> None:
    import importlib.util

    if importlib.util.find_spec(f"deeprules.{name}") is None:
        pytest.skip(f"deeprules.{name} does not exist yet")
    mods = _loaded_after(f"import deeprules.{name}")
    assert "textual" not in mods and "typer" not in mods


def test_cli_start_up_imports_nothing_heavy() -> None:
    mods = _loaded_after("import deeprules.cli.main")
    for heavy in ("textual", "git", "jinja2", "huggingface_hub", "ruamel"):
        assert heavy not in mods, f"{heavy} is imported at start-up"
