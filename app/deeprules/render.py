"""The one Jinja2 environment for the files deeprules writes (plan, register, card, reports).

Templates live in the top-level `templates/` folder of the source tree and ship inside the wheel as
`deeprules/templates`; they are found with importlib.resources, with the source checkout as fallback
for editable installs. Empty fields render as a visible placeholder, never as nothing.
"""

from __future__ import annotations

import contextlib
import math
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

PLACEHOLDER = "[More Information Needed]"
HTML_SUFFIXES = ("html", "htm", "xml", "svg", "html.j2", "htm.j2", "xml.j2", "svg.j2")


def templates_dir() -> Path:
    packaged = resources.files("deeprules") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    source = Path(__file__).resolve().parents[2] / "templates"
    if source.is_dir():
        return source
    raise FileNotFoundError("deeprules templates not found; the installation is incomplete")


def placeholder(value: Any, hint: str = "") -> str:
    """The value, or a visible placeholder that `card check` and readers can find."""
    if value is None or (isinstance(value, str) and not value.strip()) or value == []:
        return f"{PLACEHOLDER}" + (f" <!-- {hint} -->" if hint else "")
    # A user's value sits in a heading, list item or table cell: one line, so a newline in an answer cannot
    # start a forged `- [x] ... <!-- deeprules:ID -->` task line (issue 11), and escaped like other repository
    # text in Markdown (encode.markdown_text), so a `|` cannot split the plan's table row nor `<script>`, `<img>`
    # or `[x](javascript:...)` reach a Markdown viewer as HTML or a link.
    from .encode import markdown_text

    return markdown_text(value) if isinstance(value, str) else str(value)


def refs(items: Any) -> str:
    """` [24, 52]` for a list of Reference objects or dicts, or nothing."""
    nums = [i["n"] if isinstance(i, dict) else getattr(i, "number", i) for i in items or ()]
    return f" [{', '.join(str(n) for n in nums)}]" if nums else ""


def one_line(text: Any) -> str:
    """User text on one line for a generated Markdown file: controls stripped, and no `<!--`/`-->` that could
    forge or end one of deeprules' marker comments (encode.neutralise_markers)."""
    from .encode import neutralise_markers, strip_controls

    return neutralise_markers(" ".join(strip_controls(text or "").split()))


def percent(fraction: Any, digits: int = 2) -> str:
    """A fraction as a percentage with `digits` significant figures: 0.0005 -> "0.05%", 0.2 -> "20%",
    0.1234 -> "12%", 0.9996 -> "99.96%". Never rounds a non-zero share to "0%" or a share short of all
    to "100%", the mistake a fixed number of decimals makes for rare classes."""
    if fraction is None:
        return PLACEHOLDER
    value = float(fraction) * 100
    if value == 0 or value == 100:
        return f"{value:.0f}%"
    # Significant figures of the share itself, or of what is missing to 100% when that is the small part.
    small = min(abs(value), abs(100 - value))
    decimals = max(0, digits - 1 - math.floor(math.log10(small)))
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}%"


def task_phrase(answers: Any) -> str:
    """What the model does, in the words of the plan's Task row ("classification with several labels per
    example"): the card's Model type showed the questionnaire's choice label instead ("A category (e.g. tumour
    vs normal, cell type, species)"), so the plan and the card named one task two ways."""
    task = answers.get("task")
    if not task:
        return PLACEHOLDER
    text = str(task).replace("_", "-")
    if answers.get("multi_label") == "yes":
        text += " with several labels per example"
    if answers.get("paired_inputs") == "yes":
        text += " of pairs of entities"
    return text


def in_sentence(text: Any) -> str:
    """A label that starts a sentence on its own ("Tabular measurements (...)"), inside a sentence: its first
    letter lowered, unless the first word is an acronym or a name ("DNA or RNA sequences", "ECG")."""
    text = str(text)
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def sentence_start(text: Any) -> str:
    """The first letter up: a phrase that opens a bullet's value ("Classification with ...")."""
    text = str(text)
    return text[:1].upper() + text[1:]


def code_spans(text: Any) -> Any:
    """Text for an HTML page with its `backticked` commands as <code>: the report showed check reasons and
    fixes with the backticks as typed ("`deeprules init` asks them"). Escaped first, so nothing in the text
    becomes markup but the <code> tags."""
    import re

    from markupsafe import Markup, escape

    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(str(text)))))


@lru_cache(maxsize=1)
def environment() -> Any:
    import os

    from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape

    # Compiling the templates costs ~0.15 s a run; Jinja's bytecode cache (keyed by template path and checksum,
    # so an edited template recompiles) makes a warm run pay a few milliseconds.
    cache_dir = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "deeprules" / "jinja"
    class QuietBytecodeCache(FileSystemBytecodeCache):
        """A cache that cannot be written (read-only home, full disk) or read (a damaged file) only costs speed,
        never a run."""

        def load_bytecode(self, bucket: Any) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # truncated or foreign (UnpicklingError, EOFError, ...): compiled again, rewritten
                bucket.reset()

        def dump_bytecode(self, bucket: Any) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        bytecode_cache: FileSystemBytecodeCache | None = QuietBytecodeCache(str(cache_dir))
    except OSError:
        bytecode_cache = None
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        bytecode_cache=bytecode_cache,
        # `report.html.j2` ends in .j2, so the extension list must name the double suffix: every HTML
        # template is autoescaped (issue 11: the report was not, and a concern title ran as script).
        autoescape=select_autoescape(enabled_extensions=HTML_SUFFIXES, default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    from .encode import markdown_text

    # `md`: text a repository supplied (a concern title, a results cell) inside generated Markdown, shown as typed.
    env.filters.update(placeholder=placeholder, refs=refs, one_line=one_line, percent=percent, md=markdown_text,
                       code_spans=code_spans, in_sentence=in_sentence, sentence_start=sentence_start)
    env.globals.update(PLACEHOLDER=PLACEHOLDER, task_phrase=task_phrase)
    return env


def render(template: str, **context: Any) -> str:
    return str(environment().get_template(template).render(**context))
