"""YAML in and out. Round-trip (ruamel.yaml) so the user's comments and key order survive.

Every parse error becomes an InputError naming the file, line and column, since the user has to find
the spot in their editor.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

from .errors import InputError

_local = threading.local()


def _yaml(typ: str) -> Any:
    """One ruamel YAML object per thread and kind: they keep parser state, so sharing one between threads
    (the TUI computes in workers) corrupts both."""
    cache: dict[str, Any] = _local.__dict__.setdefault("yaml", {})
    if typ not in cache:
        cache[typ] = _make_yaml(typ)
    return cache[typ]


def _make_yaml(typ: str) -> Any:
    from ruamel.yaml import YAML

    y = YAML(typ=typ, pure=True)
    if typ == "rt":
        y.preserve_quotes = True
        y.width = 4096
        y.indent(mapping=2, sequence=4, offset=2)
    return y


def parse(text: str, source: str, *, round_trip: bool = True) -> Any:
    """Parse YAML text; errors name `source`, the line and the column (1-based)."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        return _yaml("rt" if round_trip else "safe").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        ctx = exc.context_mark
        if exc.problem and exc.context and ctx is not None and mark is not None and ctx.line != mark.line:
            problem += f" ({exc.context.strip()} started at line {ctx.line + 1})"
        raise InputError(f"{where}: malformed YAML: {problem}") from None
    except YAMLError as exc:  # pragma: no cover - ruamel raises marked errors for syntax
        raise InputError(f"{source}: malformed YAML: {exc}") from None


def load(path: Path, *, round_trip: bool = True, what: str = "file") -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such {what}") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, expected a YAML {what}") from None
    except PermissionError:
        raise InputError(f"{path}: cannot read this {what} (permission denied)") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    return parse(text, str(path), round_trip=round_trip)


def dump(data: Any) -> str:
    buf = io.StringIO()
    _yaml("rt").dump(data, buf)
    return buf.getvalue()


def line_of(mapping: Any, key: str) -> int | None:
    """The 1-based line of `key` in a round-trip mapping, when ruamel kept it."""
    try:
        return int(mapping.lc.key(key)[0]) + 1
    except (AttributeError, KeyError, TypeError):
        return None
