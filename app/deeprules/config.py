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

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import paths as pathmod
from . import yamlio
from .errors import DeeprulesError, InputError

CONFIG_PATH = ".deeprules/config.yaml"
DEFAULT_PATHS = {"plan": "PLAN.md", "card": "MODEL_CARD.md", "ethics": "ethics", "manifest": "datapackage.json",
                 "test_lock": ".deeprules/test-lock.json"}
CHECK_KEYS = ("select", "ignore", "fail_under", "custom")  # custom: a lab's own checks (custom.py validates)


@dataclass
class Config:
    paths: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_PATHS))
    check: dict[str, Any] = field(default_factory=dict)
    source: str = "defaults"

    def path(self, key: str) -> str:
        return self.paths[key]


def fail_under_value(value: Any, where: str) -> float:
    """A score threshold: a finite number from 0 to 100 (NaN would compare false and switch the gate off)."""
    if isinstance(value, bool):
        raise InputError(f"{where}: fail_under must be a number from 0 to 100, not {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise InputError(f"{where}: fail_under must be a number from 0 to 100, not {str(value)[:40]!r}") from None
    if not math.isfinite(number) or not 0 <= number <= 100:
        raise InputError(f"{where}: fail_under must be a number from 0 to 100, not {str(value)[:40]}")
    return number


class _Where:
    """file:line for a key of the config, in YAML (ruamel's line marks) or TOML (the key's first line)."""

    def __init__(self, source: str, doc: Any = None, toml_text: str | None = None) -> None:
        self.source, self.doc, self.toml_text = source, doc, toml_text

    def __call__(self, *keys: str) -> str:
        if not keys:
            return self.source
        if self.toml_text is not None:
            for n, text in enumerate(self.toml_text.splitlines(), start=1):
                if re.search(rf"(^|[\s{{,.]){re.escape(keys[-1])}\s*=", text):
                    return f"{self.source}:{n}"
            return self.source
        node: Any = self.doc
        line: int | None = None
        for key in keys:
            line = yamlio.line_of(node, key) or line
            try:
                node = node[key]
            except (KeyError, TypeError, IndexError):
                break
        return f"{self.source}:{line}" if line else self.source


def load_config(root: Path) -> Config:
    """The project's settings, validated: every configured path resolved inside the work tree (paths.resolve),
    no two generated files on one path, the check settings of the right types. Errors name file:line."""
    cfg = Config()
    raw: Any = None
    yaml_file = root / CONFIG_PATH
    if yaml_file.exists() or yaml_file.is_symlink():
        pathmod.resolve(root, CONFIG_PATH, what="config file")  # never through a symlinked .deeprules folder
        raw = yamlio.load(yaml_file, round_trip=True, what="config file", source=CONFIG_PATH)
        raw = {} if raw is None else raw
        cfg.source = CONFIG_PATH
        where = _Where(CONFIG_PATH, raw)
    else:
        pyproject = root / "pyproject.toml"
        if not (pyproject.exists() or pyproject.is_symlink()):
            return cfg
        text = yamlio.read_text(pyproject, source="pyproject.toml", what="pyproject.toml")
        raw = yamlio.parse_toml(text, "pyproject.toml").get("tool", {})
        raw = raw.get("deeprules") if isinstance(raw, dict) else None
        if raw is None:
            return cfg
        cfg.source = "pyproject.toml [tool.deeprules]"
        where = _Where("pyproject.toml", toml_text=text)
    if not isinstance(raw, dict):
        raise InputError(f"{where()}: expected a mapping with 'paths' and/or 'check'")
    unknown = set(map(str, raw)) - {"paths", "check"}
    if unknown:
        raise InputError(f"{where(sorted(unknown)[0])}: unknown key(s) {', '.join(sorted(unknown))}; "
                         "valid keys: paths, check")
    paths = raw.get("paths") or {}
    if not isinstance(paths, dict):
        raise InputError(f"{where('paths')}: 'paths' must be a mapping")
    bad = set(map(str, paths)) - set(DEFAULT_PATHS)
    if bad:
        raise InputError(f"{where('paths', sorted(bad)[0])}: unknown path key(s) {', '.join(sorted(bad))}; "
                         f"valid: {', '.join(DEFAULT_PATHS)}")
    for key, value in paths.items():
        at = where("paths", key)
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"{at}: paths.{key} must be a non-empty relative path")
        try:
            kind = "folder" if key in pathmod.FOLDER_KEYS else "file"
            cfg.paths[key] = pathmod.resolve(root, value.strip(), what=f"paths.{key}", kind=kind)
            pathmod.check_generated(key, cfg.paths[key])
        except DeeprulesError as exc:
            raise InputError(f"{at}: {exc.message}") from None
    pathmod.check_distinct(cfg.paths, source=where("paths"))
    check = raw.get("check") or {}
    if not isinstance(check, dict):
        raise InputError(f"{where('check')}: 'check' must be a mapping")
    cfg.check = _check_settings(check, where)
    return cfg


def _check_settings(check: dict[Any, Any], where: _Where) -> dict[str, Any]:
    out: dict[str, Any] = {}
    unknown = sorted(set(map(str, check)) - set(CHECK_KEYS))
    if unknown:
        raise InputError(f"{where('check', unknown[0])}: unknown check key(s) {', '.join(unknown)}; "
                         f"valid: {', '.join(CHECK_KEYS)}")
    select = check.get("select")
    if select is not None:
        if isinstance(select, str):
            select = [s for s in re.split(r"[,\s]+", select) if s]
        if not isinstance(select, list) or not all(isinstance(s, str) for s in select):
            raise InputError(f"{where('check', 'select')}: check.select must be a list of check ids like DR1, DR701")
        out["select"] = [str(s) for s in select]
    ignore = check.get("ignore")
    if ignore is not None:
        if not isinstance(ignore, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                                   for k, v in ignore.items()):
            raise InputError(f"{where('check', 'ignore')}: check.ignore must map each id to a reason, "
                             'e.g. DR302: "no GPU"')
        out["ignore"] = {str(k): str(v) for k, v in ignore.items()}
    if check.get("fail_under") is not None:
        out["fail_under"] = fail_under_value(check["fail_under"], where("check", "fail_under"))
    if check.get("custom") is not None:  # validated with file:line by deeprules.custom when the checks run
        out["custom"] = check["custom"]
    return out
