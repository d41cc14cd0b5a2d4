"""Project settings: `.deeprules/config.yaml`, or `[tool.deeprules]` in the project's pyproject.toml.

```yaml
paths:
  plan: PLAN.md
  card: MODEL_CARD.md
  ethics: ethics
  manifest: datapackage.json
check:
  select: [DR1, DR7]          # ids or prefixes
  ignore: {DR301: "no GPU code in this repo"}   # id -> reason
  fail_under: 60
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import yamlio
from .errors import InputError

CONFIG_PATH = ".deeprules/config.yaml"
DEFAULT_PATHS = {"plan": "PLAN.md", "card": "MODEL_CARD.md", "ethics": "ethics", "manifest": "datapackage.json",
                 "test_lock": ".deeprules/test-lock.json"}


@dataclass
class Config:
    paths: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_PATHS))
    check: dict[str, Any] = field(default_factory=dict)
    source: str = "defaults"

    def path(self, key: str) -> str:
        return self.paths[key]


def load_config(root: Path) -> Config:
    cfg = Config()
    raw: Any = None
    yaml_file = root / CONFIG_PATH
    if yaml_file.exists():
        raw = yamlio.load(yaml_file, round_trip=False, what="config file") or {}
        cfg.source = CONFIG_PATH
    else:
        pyproject = root / "pyproject.toml"
        if pyproject.exists():
            try:
                import tomllib
            except ModuleNotFoundError:  # Python 3.10
                tomllib = None  # type: ignore[assignment,unused-ignore]
            if tomllib is not None:
                try:
                    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
                except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                    raise InputError(f"pyproject.toml: malformed TOML: {exc}") from None
                raw = data.get("tool", {}).get("deeprules")
                if raw is not None:
                    cfg.source = "pyproject.toml [tool.deeprules]"
    if raw is None:
        return cfg
    if not isinstance(raw, dict):
        raise InputError(f"{cfg.source}: expected a mapping with 'paths' and/or 'check'")
    unknown = set(raw) - {"paths", "check"}
    if unknown:
        raise InputError(f"{cfg.source}: unknown key(s) {', '.join(sorted(unknown))}; valid keys: paths, check")
    paths = raw.get("paths") or {}
    if not isinstance(paths, dict):
        raise InputError(f"{cfg.source}: 'paths' must be a mapping")
    bad = set(paths) - set(DEFAULT_PATHS)
    if bad:
        raise InputError(f"{cfg.source}: unknown path key(s) {', '.join(sorted(bad))}; "
                         f"valid: {', '.join(DEFAULT_PATHS)}")
    for key, value in paths.items():
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"{cfg.source}: paths.{key} must be a non-empty relative path")
        cfg.paths[key] = value.strip()
    check = raw.get("check") or {}
    if not isinstance(check, dict):
        raise InputError(f"{cfg.source}: 'check' must be a mapping")
    cfg.check = dict(check)
    return cfg
