"""The one output encoder: how text a repository supplied (titles, owners, commit subjects, author names, file
names, error text) is written to a terminal, a CSV cell or an HTML page.

- Terminal: escape sequences are removed whole (CSI colours and cursor moves, OSC 8 hidden links and window
  titles, DCS/APC strings, their 8-bit C1 forms), then every other control character but newline and tab,
  and the bidirectional overrides that make text read differently than it is stored ("Trojan source").
  `terminal()` also escapes Rich markup, so `[red]` or `[link=...]` in a title prints as typed.
- CSV: a cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
  single quote (the OWASP advice for CSV injection).
- HTML: markupsafe escaping; the templates autoescape (render.py), `html()` is for code that builds markup.
- Markdown (a CI job summary, a pull-request comment): `markdown_text` escapes what would make a link, an
  image, HTML or emphasis; `markdown_code` puts a file name in a code span no backtick in it can close.
- Marker neutralising: generated files that delimit a managed block with HTML comments (the ethics index)
  must not let user text close the block early; `neutralise_markers` breaks any `<!--`/`-->` in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["csv_cell", "csv_row", "html", "markdown_code", "markdown_text", "neutralise_markers", "one_line",
           "strip_controls", "terminal", "terminal_line", "visible_bytes"]

# Whole escape sequences first, so their parameters (a URL, a window title) go too, not just the ESC byte.
_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, clear screen
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC: hyperlinks (OSC 8), window titles, clipboard
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"  # any other escape (charset switches, resets)
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|[\x9d\x90\x98\x9e\x9f][^\x07\x9c]*(?:\x07|\x9c)?"  # 8-bit OSC/DCS/SOS/PM/APC
)
# Controls other than tab and newline, DEL, C1, and the bidi embedding/override/isolate characters.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A file name's bytes that are not UTF-8, as git output and os.fsdecode keep them (surrogate escapes): no UTF-8
# output can hold them (writing one was a UnicodeEncodeError traceback).
_UNDECODABLE = re.compile("[\udc80-\udcff]")
_CONTROLS_OR_UNDECODABLE = re.compile(f"{_CONTROLS.pattern}|{_UNDECODABLE.pattern}")


def visible_bytes(text: str) -> str:
    """`text` with each undecodable byte of a file name written as `\\xff`, so any UTF-8 output can hold it."""
    if not _UNDECODABLE.search(text):
        return text
    return _UNDECODABLE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", text)


def strip_controls(text: Any) -> str:
    """`text` without escape sequences or control characters (newline and tab kept), undecodable bytes shown."""
    value = str(text)
    if not _CONTROLS_OR_UNDECODABLE.search(value) and "\x1b" not in value:
        return value
    return _CONTROLS.sub("", _SEQUENCES.sub("", visible_bytes(value)))


def one_line(text: Any) -> str:
    """strip_controls, with every run of whitespace (newlines too) made one space: for table cells, subjects."""
    return " ".join(strip_controls(text).split())


def terminal(text: Any) -> str:
    """Repository text for a Rich console: controls stripped and markup escaped."""
    from rich.markup import escape

    return str(escape(strip_controls(text)))


def terminal_line(text: Any) -> str:
    """terminal(), on one line."""
    from rich.markup import escape

    return str(escape(one_line(text)))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text: formula-looking values get a leading single quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_row(values: Iterable[Any]) -> list[str]:
    return [csv_cell(v) for v in values]


def html(text: Any) -> str:
    """HTML-escaped text (for code that builds markup outside an autoescaping template)."""
    from markupsafe import escape

    return str(escape(visible_bytes(str(text))))


_MARKDOWN_SPECIAL = re.compile(r"([\\\[\]<>&|])")  # ( ) ! only matter after [ ], which are escaped


def markdown_text(text: Any) -> str:
    """Repository text inside Markdown (not at the start of a line), on one line: every character that could
    make a link, an image, an HTML tag or entity or a table cell is backslash-escaped. Backticks, `*` and `_`
    are left as they are: deeprules' own reasons use code spans, and at worst they change how text looks."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))


def markdown_code(text: Any) -> str:
    """Repository text as an inline code span (a path): fenced with one more backtick than its longest run, so
    nothing in it closes the span early; a code span shows its content literally."""
    value = one_line(text)
    fence = "`" * (max((len(m) for m in re.findall("`+", value)), default=0) + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def neutralise_markers(text: Any) -> str:
    """Text that cannot open or close an HTML comment (a managed block's markers are comments): `<!--` and
    `-->` get a zero-width space between their characters, which reads the same and matches no marker."""
    value = str(text)
    if "<!--" not in value and "-->" not in value and "--!>" not in value:
        return value
    return value.replace("<!--", "<!\u200b--").replace("-->", "-\u200b->").replace("--!>", "-\u200b-!>")
