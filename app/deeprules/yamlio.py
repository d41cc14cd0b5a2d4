"""The one reader for what a repository supplies: YAML, front matter, JSON, CSV and TOML, plus the YAML writer.

A cloned repository is hostile until parsed, so every reader here:

- opens only regular files (a FIFO would block forever, a device would stream forever: the file type is
  checked before the file is opened, and again on the open descriptor), refuses symlinks unless the caller
  named the file itself, and reads at most `max_bytes`;
- refuses NUL bytes and non-UTF-8 text, naming the line;
- bounds the nesting depth (a 10,000-deep document makes ruamel's scanner quadratic and its composer
  recursive) and the size an alias expands to (a "billion laughs" document is tiny on disk), both checked
  before the YAML parser runs;
- turns invalid dates (`2026-13-01`), over-long integers and anything else a constructor rejects into
  a one-line InputError naming file:line, so callers see one exception type (exit 2).

YAML is round-trip (ruamel.yaml) when the caller will write the document back, so comments and key order
survive.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError

MAX_BYTES = 2 * 1024 * 1024  # answers, config, concerns, card metadata, results: all far below this
MAX_DEPTH = 64  # no file deeprules reads nests more than a few levels
MAX_ALIAS_NODES = 100_000  # nodes a YAML document may expand to through its aliases

_local = threading.local()


# -- files -----------------------------------------------------------------------------------------------

def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symlink"
    return "not a regular file"


def read_bytes(path: Path, *, source: str | None = None, what: str = "file", max_bytes: int = MAX_BYTES,
               follow_symlinks: bool = False) -> bytes:
    """The bytes of a regular file, never blocking: the type is checked before opening (lstat, or stat when
    the user named the file and symlinks are fine), the open is non-blocking, and the open descriptor is
    checked again (the file may have been swapped in between)."""
    name = source or str(path)
    try:
        st = os.stat(path) if follow_symlinks else os.lstat(path)
    except FileNotFoundError:
        raise InputError(f"{name}: no such {what}") from None
    except NotADirectoryError:
        raise InputError(f"{name}: no such {what} (a parent is not a folder)") from None
    except PermissionError:
        raise InputError(f"{name}: cannot read this {what} (permission denied)") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read this {what} ({exc.strerror or exc})") from None
    kind = _kind(st.st_mode)
    if kind == "a symlink":
        raise InputError(f"{name}: is a symlink; deeprules reads no repository file through a symlink")
    if kind:
        raise InputError(f"{name}: is {kind}, expected {_a(what)}")
    if st.st_size > max_bytes:
        raise InputError(f"{name}: {st.st_size:,} bytes is too big for {_a(what)} (the limit is {max_bytes:,})")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        raise InputError(f"{name}: cannot read this {what} (permission denied)") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read this {what} ({exc.strerror or exc})") from None
    try:
        kind = _kind(os.fstat(fd).st_mode)
        if kind:
            raise InputError(f"{name}: is {kind}, expected {_a(what)}")
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            total += len(chunk)
            if total > max_bytes:
                raise InputError(f"{name}: too big for {_a(what)} (the limit is {max_bytes:,} bytes)")
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks)


_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe", "UTF-16"),
              (b"\xfe\xff", "UTF-16"))


def _a(what: str) -> str:
    """`what` with its indefinite article ("an answers file", "a config file")."""
    return f"{'an' if what[:1].lower() in 'aeiou' else 'a'} {what}"


def decode(data: bytes, source: str, *, what: str = "file") -> str:
    """UTF-8 text (a leading BOM dropped, CRLF and CR read as LF, as Python's text mode does, so a checkout
    with core.autocrlf=true reads the same as its blob); NUL bytes and undecodable bytes are errors naming
    the line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, encoding in _WIDE_BOMS:  # an editor's "Unicode" (Notepad, PowerShell's `>`): named, not "a NUL byte"
        if data.startswith(bom):
            raise InputError(f"{source}:1: {encoding} text (a byte-order mark); save the {what} as UTF-8")
    nul = data.find(b"\0")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        wide = " (UTF-16 text without a byte-order mark?)" if nul < 2 and data[2:3] != b"\0" else ""
        raise InputError(f"{source}:{line}: a NUL byte{wide}; {_a(what)} must be UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{source}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
                         f"save the {what} as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def read_text(path: Path, *, source: str | None = None, what: str = "file", max_bytes: int = MAX_BYTES,
              follow_symlinks: bool = False) -> str:
    """A repository text file, read safely (see read_bytes) and decoded (see decode)."""
    data = read_bytes(path, source=source, what=what, max_bytes=max_bytes, follow_symlinks=follow_symlinks)
    return decode(data, source or str(path), what=what)


def check_text(text: str, source: str, *, what: str = "file", max_chars: int = MAX_BYTES) -> str:
    """The checks read_text makes, for text that did not come from a file (git blobs, arguments)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if len(text) > max_chars:
        raise InputError(f"{source}: too big for a {what} (the limit is {max_chars:,} characters)")
    nul = text.find("\0")
    if nul >= 0:
        raise InputError(f"{source}:{text.count(chr(10), 0, nul) + 1}: a NUL byte; {_a(what)} must be text")
    return text


# -- YAML ------------------------------------------------------------------------------------------------

def _yaml(typ: str) -> Any:
    """One ruamel YAML object per thread and kind: they keep parser state, so sharing one between threads
    (the TUI computes in workers) corrupts both."""
    cache: dict[str, Any] = _local.__dict__.setdefault("yaml", {})
    if typ not in cache:
        cache[typ] = _make_yaml(typ)
    return cache[typ]


def _guarded(construct: Callable[[Any, Any], Any], kind: str) -> Callable[[Any, Any], Any]:
    """A scalar constructor whose ValueError (month 13, a 5,000-digit integer) becomes a marked error."""

    def guarded(self: Any, node: Any) -> Any:
        from ruamel.yaml.constructor import ConstructorError

        try:
            return construct(self, node)
        except (ValueError, OverflowError, TypeError) as exc:
            reason = str(exc).split("\n")[0].split(";")[0]
            raise ConstructorError(None, None, f"invalid {kind} {str(node.value)[:40]!r} ({reason})",
                                   node.start_mark) from None

    return guarded


def _constructor(base: type) -> type:
    cls = type(f"Guarded{base.__name__}", (base,), {})
    for tag, kind in (("tag:yaml.org,2002:timestamp", "date"), ("tag:yaml.org,2002:int", "number"),
                      ("tag:yaml.org,2002:float", "number")):
        original = base.yaml_constructors.get(tag)  # type: ignore[attr-defined]
        if original is not None:
            cls.add_constructor(tag, _guarded(original, kind))  # type: ignore[attr-defined]
    return cls


def _make_yaml(typ: str) -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import RoundTripConstructor, SafeConstructor

    y = YAML(typ=typ, pure=True)
    y.Constructor = _constructor(RoundTripConstructor if typ == "rt" else SafeConstructor)
    if typ == "rt":
        y.preserve_quotes = True
        y.width = 4096
        y.indent(mapping=2, sequence=4, offset=2)
    return y


_BRACKETS = re.compile(r"[\[\]{}]")
_ALIAS = re.compile(r"(?:^|[\s,\[{:-])\*[^\s,\[\]{}]")


def _check_depth(text: str, source: str, line_offset: int) -> None:
    """Refuse YAML nested deeper than MAX_DEPTH, judged from the text (flow brackets, then indentation plus
    `- ` prefixes) so a hostile document never reaches the parser. Brackets inside quoted text count too; a
    real file does not open 64 of them."""
    depth = 0
    for m in _BRACKETS.finditer(text):
        depth = depth + 1 if m.group() in "[{" else max(depth - 1, 0)
        if depth > MAX_DEPTH:
            line = text.count("\n", 0, m.start()) + 1 + line_offset
            raise InputError(f"{source}:{line}: nested more than {MAX_DEPTH} levels deep; deeprules refuses it")
    stack: list[int] = []
    for n, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(raw) - len(stripped)
        while stack and stack[-1] >= indent:
            stack.pop()
        dashes = 0  # `- ` items and `? ` explicit keys each open a level on the same line
        while stripped.startswith(("- ", "? ")) or stripped in ("-", "?"):
            dashes += 1
            stripped = stripped[2:].lstrip(" ")
        stack.append(indent)
        if len(stack) + dashes > MAX_DEPTH:
            raise InputError(f"{source}:{n + line_offset}: nested more than {MAX_DEPTH} levels deep; "
                             "deeprules refuses it")


def _check_aliases(text: str, source: str, line_offset: int) -> None:
    """Refuse a document whose aliases expand to more than MAX_ALIAS_NODES nodes. Only documents that seem to
    use an alias pay for the event walk."""
    if not _ALIAS.search(text):
        return
    from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, NodeEvent, ScalarEvent

    sizes: dict[str, int] = {}
    stack: list[list[Any]] = [[None, 0]]  # [anchor, expanded node count] per open collection
    for event in _yaml("safe").parse(text):
        if isinstance(event, AliasEvent):
            stack[-1][1] += sizes.get(event.anchor, 1)
        elif isinstance(event, ScalarEvent):
            stack[-1][1] += 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, CollectionStartEvent):
            stack.append([event.anchor, 1])
        elif isinstance(event, CollectionEndEvent) and len(stack) > 1:
            anchor, count = stack.pop()
            if anchor:
                sizes[anchor] = count
            stack[-1][1] += count
        if isinstance(event, NodeEvent | CollectionEndEvent) and stack[-1][1] > MAX_ALIAS_NODES:
            mark = event.start_mark
            line = (mark.line + 1 + line_offset) if mark is not None else 1 + line_offset
            raise InputError(f"{source}:{line}: aliases expand this document to more than {MAX_ALIAS_NODES:,} "
                             "values; deeprules refuses it")


def _yaml_error(exc: Exception, source: str, line_offset: int, text: str) -> InputError:
    from ruamel.yaml.error import MarkedYAMLError

    if isinstance(exc, MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1 + line_offset}:{mark.column + 1}" if mark else source
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        ctx = exc.context_mark
        if exc.problem and exc.context and ctx is not None and mark is not None and ctx.line != mark.line:
            problem += f" ({exc.context.strip()} started at line {ctx.line + 1 + line_offset})"
        return InputError(f"{where}: malformed YAML: {problem}")
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "mark", None)
    line = getattr(mark, "line", None)
    position = getattr(exc, "position", None)  # a ReaderError (a control character) has only this
    if line is None and isinstance(position, int):
        line = text.count("\n", 0, position)
        char = getattr(exc, "character", None)
        if char is not None:
            code = char if isinstance(char, int) else ord(str(char)[:1] or "?")
            return InputError(f"{source}:{line + 1 + line_offset}: control character {code:#06x} is not allowed "
                              "in YAML")
    where = f"{source}:{line + 1 + line_offset}" if isinstance(line, int) else source
    text = " ".join(str(exc).split())[:200] or type(exc).__name__
    return InputError(f"{where}: malformed YAML: {text}")


def parse(text: str, source: str, *, round_trip: bool = True, line_offset: int = 0,
          what: str = "YAML file") -> Any:
    """Parse YAML text within the limits above; errors name `source`, the line (shifted by `line_offset`,
    for front matter) and the column, 1-based."""
    from ruamel.yaml.error import YAMLError

    text = check_text(text, source, what=what)
    _check_depth(text, source, line_offset)
    try:
        _check_aliases(text, source, line_offset)
        return _yaml("rt" if round_trip else "safe").load(text)
    except InputError:
        raise
    except (YAMLError, ValueError, TypeError, OverflowError, AttributeError, KeyError, IndexError,
            AssertionError, RecursionError) as exc:
        # Any constructor surprise on hostile input is the input's fault: one line, never a traceback.
        raise _yaml_error(exc, source, line_offset, text) from None


def load(path: Path, *, round_trip: bool = True, what: str = "file", source: str | None = None,
         follow_symlinks: bool = False, max_bytes: int = MAX_BYTES) -> Any:
    """Read (see read_text) and parse one YAML file."""
    text = read_text(path, source=source, what=what, max_bytes=max_bytes, follow_symlinks=follow_symlinks)
    return parse(text, source or str(path), round_trip=round_trip, what=what)


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


# -- front matter ----------------------------------------------------------------------------------------

@dataclass
class FrontMatter:
    meta: Any  # the parsed mapping; None when the file has no front matter
    body: str
    body_line: int  # 1-based line of the body's first line in the file
    yaml_text: str = ""
    closing_line: int = 0  # 1-based line of the closing `---` (0 without front matter)


def split_front_matter(text: str, source: str, *, required: bool = False, round_trip: bool = False,
                       what: str = "file") -> FrontMatter:
    """Split `---` YAML front matter from a Markdown body and parse it; errors name the file's own lines.
    Without front matter: an error when `required`, else meta None and the whole text as body."""
    text = check_text(text, source, what=what)
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        if required:
            raise InputError(f"{source}:1: the {what} must start with a '---' line opening its YAML front matter")
        return FrontMatter(None, text, 1)
    for n in range(1, len(lines)):
        if lines[n].rstrip("\r\n").rstrip() in ("---", "..."):
            yaml_text = "".join(lines[1:n])
            # The leading newline keeps the YAML's line numbers (errors and line_of) equal to the file's.
            meta = parse("\n" + yaml_text, source, round_trip=round_trip, what=what)
            return FrontMatter(meta, "".join(lines[n + 1:]), n + 2, yaml_text, n + 1)
    raise InputError(f"{source}:1: the front matter opened with --- on line 1 is never closed with ---")


# -- JSON ------------------------------------------------------------------------------------------------

def _depth_exceeds(data: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            values = item.values() if isinstance(item, dict) else item
            stack.extend((v, depth + 1) for v in values if isinstance(v, dict | list))
    return False


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _int(text: str) -> int:
    if len(text) > 300:
        raise ValueError("a number with more than 300 digits")
    return int(text)


def parse_json(text: str, source: str, *, what: str = "JSON file", max_chars: int = MAX_BYTES) -> Any:
    """Strict JSON (no NaN or Infinity, no 5,000-digit numbers, at most MAX_DEPTH deep); errors name the line."""
    text = check_text(text, source, what=what, max_chars=max_chars)
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}:{exc.lineno}:{exc.colno}: malformed JSON: {exc.msg}") from None
    except RecursionError:
        raise InputError(f"{source}: nested more than {MAX_DEPTH} levels deep; deeprules refuses it") from None
    except ValueError as exc:
        raise InputError(f"{source}: malformed JSON: {exc}") from None
    if _depth_exceeds(data, MAX_DEPTH):
        raise InputError(f"{source}: nested more than {MAX_DEPTH} levels deep; deeprules refuses it")
    return data


def load_json(path: Path, *, what: str = "JSON file", source: str | None = None, max_bytes: int = MAX_BYTES,
              follow_symlinks: bool = False) -> Any:
    text = read_text(path, source=source, what=what, max_bytes=max_bytes, follow_symlinks=follow_symlinks)
    return parse_json(text, source or str(path), what=what)


# -- CSV -------------------------------------------------------------------------------------------------

def parse_csv(text: str, source: str, *, what: str = "CSV file") -> Iterator[tuple[int, list[str]]]:
    """(line, cells) for each row; a malformed row is an error naming its line."""
    text = check_text(text, source, what=what)
    reader = csv.reader(io.StringIO(text, newline=""))
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{source}:{reader.line_num}: malformed CSV: {exc}") from None
        yield reader.line_num, row


# -- TOML ------------------------------------------------------------------------------------------------

def parse_toml(text: str, source: str) -> dict[str, Any]:
    text = check_text(text, source, what="TOML file")
    _check_depth_brackets_only(text, source)
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        return {}
    try:
        return dict(tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = found[1] if found else None
        if line is None and "end of document" in str(exc):  # an unclosed value: the error is on the last line
            line = str(max(1, len(text.rstrip("\n").split("\n"))))
        where = f"{source}:{line}" if line else source
        raise InputError(f"{where}: malformed TOML: {str(exc).split(' (at')[0]}") from None
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{source}: malformed TOML: {exc}") from None


def _check_depth_brackets_only(text: str, source: str) -> None:
    depth = 0
    for m in _BRACKETS.finditer(text):
        depth = depth + 1 if m.group() in "[{" else max(depth - 1, 0)
        if depth > MAX_DEPTH:
            line = text.count("\n", 0, m.start()) + 1
            raise InputError(f"{source}:{line}: nested more than {MAX_DEPTH} levels deep; deeprules refuses it")
