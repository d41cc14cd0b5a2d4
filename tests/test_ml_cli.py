"""The ML commands stay out of start-up: scikit-learn, pandas and RDKit load only when a command runs."""

from __future__ import annotations

import subprocess
import sys

from conftest import invoke


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_building_the_ml_commands_imports_no_ml_library() -> None:
    mods = _loaded_after("from deeprules.cli.main import app\nimport typer.main\n"
                         "g = typer.main.get_group(app)\n"
                         "ctx = g.make_context('deeprules', [], resilient_parsing=True)\n"
                         "[g.get_command(ctx, n) for n in ('baselines', 'audit', 'split')]")
    for heavy in ("sklearn", "pandas", "numpy", "rdkit", "joblib", "scipy"):
        assert heavy not in mods, heavy


def test_ml_package_imports_no_ui() -> None:
    mods = _loaded_after("import deeprules.ml.baselines, deeprules.ml.audit, deeprules.ml.splitting")
    assert "typer" not in mods and "textual" not in mods


def test_help_lists_the_ml_commands() -> None:
    out = invoke("--help").stdout
    for name in ("baselines", "audit", "split"):
        assert f"  {name} " in out
