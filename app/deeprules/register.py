"""The ethics register (tip 10): one Markdown file per concern under `ethics/`, raised, discussed and
closed like a bug, with `git log ethics/` as its history.

A concern file is `ETH-0001-short-slug.md`: YAML front matter (id, title, status, severity, tip,
recommendation, raised, raised_by, owner, due, resolution, refs, and `seed` for concerns deeprules opened
from the answers), then the concern, why it matters here, suggested actions as task items, and a
`## Log` of dated entries.

Ownership: deeprules creates a seeded concern once; from then on the file is the user's. Re-runs
(`init`, `plan`, `answer`) open concerns whose seed has no file yet (nor had one that the user deleted)
and never rewrite, delete or reopen an existing one. `ethics/README.md` is an index: the table between
its `deeprules:index` markers is regenerated from the files on every change, and everything outside the
markers is the user's and kept as is (so the file is written with merge=False, computed from the
current file, and can never conflict).

Every change goes through the writer in one commit (the concern and the index), under the repository
lock; new ids are allocated under that lock and the file is created exclusively, so two `add` at once
get two different numbers.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import random
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import yamlio
from .config import Config, load_config
from .encode import csv_row, markdown_text, neutralise_markers, one_line, strip_controls
from .errors import GitRefusedError, InputError
from .gitrepo import GitRepo
from .writer import FileResult, Output, WriteResult, create_exclusive, unified_diff, write_outputs

STATUSES: tuple[str, ...] = ("open", "in_progress", "mitigated", "accepted_risk", "closed")
SEVERITIES: tuple[str, ...] = ("low", "medium", "high", "blocker")
#: Statuses that still need work: what `export --format github` turns into GitHub issues.
ACTIVE: tuple[str, ...] = ("open", "in_progress", "mitigated")
FIELDS: tuple[str, ...] = ("id", "title", "status", "severity", "tip", "recommendation", "raised", "raised_by",
                           "owner", "due", "resolution", "refs", "seed")
REQUIRED: tuple[str, ...] = ("id", "title", "status", "severity")
INDEX_NAME = "README.md"
INDEX_START = "<!-- deeprules:index:start -->"
INDEX_END = "<!-- deeprules:index:end -->"
ISSUE_FORM_PATH = ".github/ISSUE_TEMPLATE/ethics-concern.yml"
OPEN_JSON_PATH = ".github/ethics-open.json"
GH_ONE_LINER = (
    "gh label create ethics --color D93F0B --force; "
    "jq -c '.[]' .github/ethics-open.json | while read -r i; do "
    'gh issue create --title "$(jq -r .title <<<"$i")" --body "$(jq -r .body <<<"$i")" --label ethics; done'
)
SEEDED_BY = "deeprules (from the answers)"
LOCK_WAIT_SECONDS = 30.0

ID_RE = re.compile(r"^ETH-(\d{4,})$")
FILE_RE = re.compile(r"^ETH-(\d{4,})(?:-[a-z0-9-]*)?\.md$")
LOG_RE = re.compile(r"^[-*]\s+(?P<date>\d{4}-\d{2}-\d{2})\s+\((?P<author>[^)]*)\):\s?(?P<text>.*)$")
SLUG_MAX = 50


# -- the model ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LogEntry:
    date: str
    author: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"date": self.date, "author": self.author, "text": self.text}


@dataclass
class EthicsConcern:
    """One concern file, parsed and validated."""

    id: str
    title: str
    status: str
    severity: str
    path: str  # repo-relative
    tip: int | None = None
    recommendation: list[str] = field(default_factory=list)
    raised: dt.date | None = None
    raised_by: str | None = None
    owner: str | None = None
    due: dt.date | None = None
    resolution: str | None = None
    refs: list[dict[str, Any]] = field(default_factory=list)
    seed: str | None = None
    body: str = ""
    front: Any = None  # the round-trip mapping, so the user's comments and extra keys survive updates

    @property
    def number(self) -> int:
        return int(self.id.split("-")[1])

    @property
    def filename(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def log(self) -> list[LogEntry]:
        return parse_log(self.body)

    @property
    def tasks(self) -> list[Any]:
        from .plan import task_items

        return task_items(self.body)

    def to_dict(self, *, body: bool = False) -> dict[str, Any]:
        tasks = self.tasks
        data: dict[str, Any] = {
            "id": self.id, "title": self.title, "status": self.status, "severity": self.severity, "tip": self.tip,
            "recommendation": list(self.recommendation), "raised": _iso(self.raised), "raised_by": self.raised_by,
            "owner": self.owner, "due": _iso(self.due), "resolution": self.resolution, "refs": list(self.refs),
            "seed": self.seed, "path": self.path,
            "actions": {"done": sum(1 for t in tasks if t.done), "total": len(tasks)},
        }
        if body:
            data["body"] = self.body
            data["log"] = [e.to_dict() for e in self.log]
        return data


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# -- small helpers -----------------------------------------------------------------------------------

def slugify(title: str, *, max_len: int = SLUG_MAX) -> str:
    """A file-name slug: ASCII, lowercase, [a-z0-9-], at most `max_len` characters; never empty or a path."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_len:
        cut = slug[:max_len]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[max_len // 2:] else cut
    return slug.strip("-") or "concern"


def normalise_id(raw: str) -> str:
    """`ETH-0003`, `eth-3`, `3` -> `ETH-0003`."""
    text = str(raw).strip()
    m = re.fullmatch(r"(?i)(?:eth-?)?0*(\d+)", text)
    if not m:
        raise InputError(f"{raw!r} is not a concern id; ids look like ETH-0003 (or just 3)")
    return f"ETH-{int(m[1]):04d}"


def check_choice(value: str, allowed: Sequence[str], what: str, where: str = "") -> str:
    v = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    if v not in allowed:
        prefix = f"{where}: " if where else ""
        raise InputError(f"{prefix}unknown {what} {value!r}; allowed: {', '.join(allowed)}")
    return v


def parse_date(value: Any, what: str, where: str = "") -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        prefix = f"{where}: " if where else ""
        raise InputError(f"{prefix}{what} {value!r} is not a date; use YYYY-MM-DD") from None


def one_line_text(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    text = one_line(value)  # encode.one_line: whitespace runs to one space, control characters dropped
    return text or None


def parse_log(body: str) -> list[LogEntry]:
    """The dated entries of the `## Log` section (continuation lines are joined)."""
    lines = body.splitlines()
    start = _log_heading(lines)
    if start is None:
        return []
    entries: list[LogEntry] = []
    for line in lines[start + 1:]:
        if line.startswith("#"):
            break
        m = LOG_RE.match(line)
        if m:
            entries.append(LogEntry(m["date"], m["author"], m["text"].strip()))
        elif entries and line.strip():
            last = entries[-1]
            entries[-1] = LogEntry(last.date, last.author, f"{last.text} {line.strip()}".strip())
    return entries


def _log_heading(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if re.match(r"^##\s+Log\s*$", line, re.IGNORECASE):
            return i
    return None


def append_log(body: str, entry: str) -> str:
    """`body` with `entry` (one Markdown list item, maybe multi-line) appended to its `## Log` section."""
    lines = body.rstrip("\n").splitlines()
    start = _log_heading(lines)
    if start is None:
        return "\n".join([*lines, "", "## Log", "", entry]) + "\n"
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"^#{1,2}\s", lines[i])), len(lines))
    last = end - 1
    while last > start and not lines[last].strip():
        last -= 1
    middle = ["", entry] if last == start else [entry]
    after = lines[end:]
    if after:
        middle.append("")
    return "\n".join([*lines[: last + 1], *middle, *after]) + "\n"


def log_entry(day: dt.date, author: str, text: str) -> str:
    # A note or resolution is the user's text, but it must not open a comment that hides the rest of the file
    # or carry a task tag (`- [x] ... <!-- deeprules:ID -->` on a continuation line counted as a done action).
    text, author = neutralise_markers(text), neutralise_markers(author)
    parts = [p.rstrip() for p in text.strip().splitlines()] or [""]
    first, rest = parts[0], parts[1:]
    return "\n".join([f"- {day.isoformat()} ({author}): {first}", *[f"  {p}" if p else "" for p in rest]])


# -- parsing -----------------------------------------------------------------------------------------

def parse_concern(text: str, path: str) -> EthicsConcern:
    """Parse and validate one concern file; every error names the file and the line."""
    fm = yamlio.split_front_matter(text, path, required=True, round_trip=True, what="concern file")
    data, body, closing = fm.meta, fm.body, fm.closing_line
    if data is None:
        raise InputError(f"{path}:2: the front matter is empty; it needs at least {', '.join(REQUIRED)}")
    if not isinstance(data, dict):
        raise InputError(f"{path}:2: the front matter must be a YAML mapping (key: value lines)")

    def where(key: str) -> str:
        return f"{path}:{yamlio.line_of(data, key) or 2}"

    for key in REQUIRED:
        if data.get(key) in (None, ""):
            raise InputError(f"{path}:{closing}: the front matter has no '{key}' (needed: {', '.join(REQUIRED)})")
    cid = str(data["id"]).strip()
    if not ID_RE.match(cid):
        raise InputError(f"{where('id')}: id {cid!r} is not of the form ETH-0001")
    name = path.rsplit("/", 1)[-1]
    m = FILE_RE.match(name)
    if m and f"ETH-{m[1]}" != cid:
        raise InputError(f"{where('id')}: id {cid} does not match the file name {name}; "
                         "keep the number in the file name and the id equal")
    status = check_choice(data["status"], STATUSES, "status", where("status"))
    severity = check_choice(data["severity"], SEVERITIES, "severity", where("severity"))
    tip = data.get("tip")
    if tip is not None and (isinstance(tip, bool) or not isinstance(tip, int) or not 1 <= tip <= 10):
        raise InputError(f"{where('tip')}: tip must be a number from 1 to 10, not {tip!r}")
    recs = data.get("recommendation")
    if recs is None:
        recs = []
    elif isinstance(recs, str):
        recs = [recs]
    elif not isinstance(recs, list) or not all(isinstance(r, str) for r in recs):
        raise InputError(f"{where('recommendation')}: recommendation must be a list of ids like T10.irb")
    refs = data.get("refs") or []
    if not isinstance(refs, list):
        raise InputError(f"{where('refs')}: refs must be a list of reference numbers or {{n, doi}} items")
    clean_refs: list[dict[str, Any]] = []
    for r in refs:
        if isinstance(r, int) and not isinstance(r, bool):
            clean_refs.append({"n": r})
        elif isinstance(r, dict) and isinstance(r.get("n"), int):
            clean_refs.append({"n": int(r["n"]), **({"doi": str(r["doi"])} if r.get("doi") else {})})
        else:
            raise InputError(f"{where('refs')}: each ref must be a number or an item with 'n' (and 'doi'), "
                             f"not {r!r}")

    def text_field(key: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, (dict, list)):
            raise InputError(f"{where(key)}: {key} must be text")
        return one_line_text(str(value), key) if key != "resolution" else str(value).strip() or None

    return EthicsConcern(
        id=cid, title=one_line_text(str(data["title"]), "title") or cid, status=status, severity=severity, path=path,
        tip=tip,
        recommendation=[str(r) for r in recs], raised=parse_date(data.get("raised"), "raised", where("raised")),
        raised_by=text_field("raised_by"), owner=text_field("owner"),
        due=parse_date(data.get("due"), "due", where("due")), resolution=text_field("resolution"),
        refs=clean_refs, seed=text_field("seed"), body=body, front=data,
    )


def front_matter(values: dict[str, Any]) -> str:
    return "---\n" + yamlio.dump(values) + "---\n"


def _status_of(text: str | None) -> str | None:
    """A lenient read of `status:` from any version of a file (old versions may not parse)."""
    if not text:
        return None
    m = re.search(r"^status:\s*['\"]?([\w-]+)", text, re.MULTILINE)
    return m[1] if m else None


def _seed_of(text: str | None) -> str | None:
    if not text:
        return None
    head = text.split("\n---", 1)[0] if text.startswith("---") else text
    m = re.search(r"^seed:\s*['\"]?([\w.-]+)", head, re.MULTILINE)
    return m[1] if m else None


# -- rendering ---------------------------------------------------------------------------------------

def _knowledge() -> Any:
    from .knowledge import load_knowledge

    return load_knowledge()


def render_concern(meta: dict[str, Any], *, description: str | None, why: str | None, actions: Sequence[str],
                   references: Sequence[Any], recommendations: Sequence[Any], log: str) -> str:
    from .render import render

    return render("concern.md.j2", front=front_matter(meta), c=meta, description=description, why=why,
                  actions=list(actions), references=list(references), recommendations=list(recommendations),
                  log=log)


def _escape_cell(text: Any) -> str:
    """A Markdown table cell from repository text, shown as typed (encode.markdown_text): one line, no control
    characters, a `|` cannot split the row, `<img ...>` or a link cannot render, and `<!--`/`-->` cannot end
    the index's marked block early."""
    return neutralise_markers(markdown_text(text))


def render_index_table(concerns: Sequence[EthicsConcern], *, today: dt.date) -> str:
    from .render import render

    counts = {s: sum(1 for c in concerns if c.status == s) for s in STATUSES}
    rows = [{"id": c.id, "title": _escape_cell(c.title), "severity": c.severity, "status": c.status,
             "owner": _escape_cell(c.owner) if c.owner else "", "due": _iso(c.due) or "",
             "overdue": bool(c.due and c.due < today and c.status in ACTIVE), "file": c.filename}
            for c in sorted(concerns, key=lambda c: c.number)]
    return render("ethics_index.md.j2", rows=rows, counts=counts, statuses=STATUSES, start=INDEX_START,
                  end=INDEX_END)


def index_text(current: str | None, concerns: Sequence[EthicsConcern], *, today: dt.date) -> str:
    """The new ethics/README.md: the marked table regenerated, everything else as the user left it."""
    block = render_index_table(concerns, today=today)
    if current is None:
        return block
    start, end = current.find(INDEX_START), current.find(INDEX_END)
    if start == -1 or end == -1 or end < start:
        return current.rstrip("\n") + "\n\n" + _only_table(block)
    return current[:start] + _only_table(block).rstrip("\n") + current[end + len(INDEX_END):]


def _only_table(block: str) -> str:
    """The marked part of a freshly rendered index (markers included)."""
    start = block.find(INDEX_START)
    end = block.find(INDEX_END) + len(INDEX_END)
    return block[start:end] + "\n"


# -- the register ------------------------------------------------------------------------------------

@dataclass
class Change:
    """The outcome of an operation: the concern as it is now and the writer's result."""

    concern: EthicsConcern
    result: WriteResult
    old_status: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"concern": self.concern.to_dict(), **self.result.to_dict()}


class EthicsRegister:
    """The register of one repository: read, validate, change (through the writer) and export."""

    def __init__(self, repo: GitRepo, config: Config | None = None) -> None:
        self.repo = repo
        self.config = config or load_config(repo.root)
        self.folder = repo.rel(self.config.path("ethics").rstrip("/"), what="ethics folder", kind="folder")

    @property
    def index_path(self) -> str:
        return f"{self.folder}/{INDEX_NAME}"

    # -- reading ---------------------------------------------------------------------------------
    def files(self) -> list[str]:
        """Repo-relative paths of the concern files on disk, in id order."""
        folder = self.repo.abs(self.folder)
        if not folder.is_dir():
            return []
        found = []
        for p in folder.iterdir():
            m = FILE_RE.match(p.name)
            if m and p.is_file() and not p.is_symlink():
                found.append((int(m[1]), f"{self.folder}/{p.name}"))
        return [path for _, path in sorted(found)]

    def untracked_files(self) -> list[str]:
        """Concern files on disk that HEAD does not have."""
        at_head = set(self.repo.paths_at("HEAD", self.folder)) if not self.repo.is_unborn else set()
        return [rel for rel in self.files() if rel not in at_head]

    def concerns(self) -> list[EthicsConcern]:
        """Every concern, strictly validated: the first bad file raises InputError naming file and line."""
        out: list[EthicsConcern] = []
        seen: dict[str, str] = {}
        for rel in self.files():
            c = parse_concern(_read_text(self.repo.abs(rel), rel), rel)
            if c.id in seen:
                raise InputError(f"{rel}: id {c.id} is also used by {seen[c.id]}; renumber one of them")
            seen[c.id] = rel
            out.append(c)
        return out

    def get(self, raw_id: str, concerns: Sequence[EthicsConcern] | None = None) -> EthicsConcern:
        cid = normalise_id(raw_id)
        pool = list(concerns) if concerns is not None else self.concerns()
        for c in pool:
            if c.id == cid:
                return c
        known = [c.id for c in pool]
        listed = ", ".join(known[:30]) + (" ..." if len(known) > 30 else "")
        raise InputError(f"unknown concern {cid}; " + (f"existing: {listed}" if known else
                                                      f"the register in {self.folder}/ is empty"),
                         hint="see `deeprules ethics list`")

    def select(self, statuses: Iterable[str] = ()) -> list[EthicsConcern]:
        """The concerns with one of `statuses` (all when empty)."""
        wanted = [check_choice(s, STATUSES, "status") for s in statuses]
        return [c for c in self.concerns() if not wanted or c.status in wanted]

    # -- numbering -------------------------------------------------------------------------------
    def _gone(self) -> dict[str, str]:
        """Concern files that existed in git but are no longer on disk: path -> last known text."""
        out: dict[str, str] = {}
        if self.repo.is_unborn:
            return out
        on_disk = set(self.files())
        try:
            at_head = self.repo.paths_at("HEAD", self.folder)
            deleted = self._deleted_in_history()
        except GitRefusedError:
            return out
        for rel in at_head:
            if FILE_RE.match(rel.rsplit("/", 1)[-1]) and rel not in on_disk:
                out[rel] = self.repo.show("HEAD", rel) or ""
        for sha, rel in deleted:
            if FILE_RE.match(rel.rsplit("/", 1)[-1]) and rel not in on_disk and rel not in out:
                out[rel] = self.repo.show(f"{sha}^", rel) or ""
        return out

    def _deleted_in_history(self) -> list[tuple[str, str]]:
        """(commit, path) of every concern file a commit deleted, newest first. `git log` over the whole
        history costs ~0.15 s on 10,000 commits, so the answer is cached in .git/deeprules-cache/ by HEAD
        and extended with only the new commits next time (a rewritten history is walked again)."""
        head = self.repo.head_sha() or ""
        cache = self.repo.git_dir / "deeprules-cache" / "ethics-deleted.json"
        since: str | None = None
        known: list[tuple[str, str]] = []
        if cache.parent.is_symlink():  # read and written wherever the link points: not a cache of ours
            return self.repo.deleted_in_history(self.folder, [head])
        try:
            # Through the reader of files deeprules did not write itself: a named pipe there blocked `ethics`
            # forever, a symlink to /dev/zero ran it out of memory (as history's cache files, history.Cache).
            data = json.loads(yamlio.read_bytes(cache, what="cache file", max_bytes=1 << 28).decode("utf-8"))
            if data.get("folder") == self.folder:
                if data["head"] == head:
                    return [(str(a), str(b)) for a, b in data["deleted"]]
                if self.repo.is_ancestor(str(data["head"]), head):
                    since, known = data["head"], [(str(a), str(b)) for a, b in data["deleted"]]
        except (InputError, ValueError, KeyError, TypeError, AttributeError):
            with contextlib.suppress(OSError):
                if cache.is_symlink() or (cache.exists() and not cache.is_file() and not cache.is_dir()):
                    cache.unlink()  # a link, pipe or device where the cache file belongs: a file is written there
        revs = [f"{since}..{head}"] if since else [head]
        found = self.repo.deleted_in_history(self.folder, revs)
        result = found + known
        with contextlib.suppress(OSError):
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"folder": self.folder, "head": head, "deleted": result}), encoding="utf-8")
            os.replace(tmp, cache)
        return result

    def _next_number(self, gone: dict[str, str] | None = None) -> int:
        numbers = [0]
        for rel in [*self.files(), *(gone if gone is not None else self._gone())]:
            m = FILE_RE.match(rel.rsplit("/", 1)[-1])
            if m:
                numbers.append(int(m[1]))
        return max(numbers) + 1

    # -- locking ---------------------------------------------------------------------------------
    @contextlib.contextmanager
    def locked(self, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
        """The repository lock, waiting (with jitter) while another deeprules run holds it."""
        deadline = time.monotonic() + wait
        while True:
            cm = self.repo.lock()
            try:
                cm.__enter__()
                break
            except GitRefusedError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(random.uniform(0.01, 0.06))
        try:
            yield
        finally:
            cm.__exit__(None, None, None)

    # -- writing ---------------------------------------------------------------------------------
    def _author(self, commit: bool) -> str:
        try:
            return self.repo.identity().name
        except GitRefusedError:
            if commit:
                raise
            import getpass

            return getpass.getuser()

    def _index_output(self, concerns: Sequence[EthicsConcern], today: dt.date) -> Output:
        current = _read_optional(self.repo.abs(self.index_path))
        return Output(self.index_path, index_text(current, concerns, today=today), merge=False)

    def add(self, title: str, *, severity: str = "medium", description: str | None = None, why: str | None = None,
            actions: Sequence[str] = (), owner: str | None = None, due: str | dt.date | None = None,
            tip: int | None = 10, recommendation: Sequence[str] = (), refs: Sequence[int] = (),
            today: dt.date | None = None, commit: bool = True) -> Change:
        """Raise a new concern: the next free id, a file created exclusively, committed with the index."""
        today = today or dt.date.today()
        clean_title = one_line_text(title, "title")
        if not clean_title:
            raise InputError("a concern needs a title (one line, e.g. --title \"Consent does not cover sharing\")")
        severity = check_choice(severity, SEVERITIES, "severity")
        due_date = parse_date(due, "due")
        if tip is not None and not 1 <= int(tip) <= 10:
            raise InputError(f"tip must be a number from 1 to 10, not {tip}")
        kb = _knowledge()
        recs = list(dict.fromkeys(recommendation))
        for r in recs:
            if r not in kb.recommendation_by_id:
                import difflib

                close = difflib.get_close_matches(r, list(kb.recommendation_by_id), n=3)
                raise InputError(f"unknown recommendation {r!r}" + (f"; did you mean {', '.join(close)}?" if close
                                                                    else "; ids look like T10.irb"))
        bad_refs = [n for n in refs if n not in kb.references]
        if bad_refs:
            raise InputError(f"unknown reference number(s) {', '.join(map(str, bad_refs))}; the paper has "
                             f"references 1-{max(kb.references)}")
        with self.locked():
            self.repo.ensure_safe()
            author = self._author(commit)
            concerns = self.concerns()
            number = self._next_number()
            meta = _meta(f"ETH-{number:04d}", clean_title, "open", severity, tip, recs, today, author, owner,
                         due_date, [kb.references[n] for n in refs], None)
            rec_objs = [kb.recommendation_by_id[r] for r in recs]
            text = render_concern(meta, description=description, why=why, actions=actions,
                                  references=[kb.references[n] for n in refs], recommendations=rec_objs,
                                  log=log_entry(today, author, "raised" + (f" (owner {owner})" if owner else "")))
            rel = f"{self.folder}/ETH-{number:04d}-{slugify(clean_title)}.md"
            self.repo.rel(rel, what="concern file")  # refuses a symlinked ethics folder
            self.repo.add_pending([rel])  # --no-commit, a refusal or a kill: the next committing run commits it
            try:
                create_exclusive(self.repo.abs(rel), text)
            except FileExistsError:
                raise InputError(f"{rel} already exists; another `ethics add` took this id, run it again") from None
            try:
                concern = parse_concern(text, rel)
                result = write_outputs(self.repo, [self._index_output([*concerns, concern], today)],
                                       message=f"deeprules: {concern.id} opened: {clean_title}"[:200],
                                       commit=commit, extra_written={rel: text})
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    self.repo.abs(rel).unlink()
                with contextlib.suppress(OSError):  # a refused run owes no commit for the file it took back
                    self.repo.set_pending([p for p in self.repo.pending() if p != rel])
                raise
            result.files.insert(0, FileResult(rel, "created", unified_diff(None, text, rel), written=True))
            return Change(concern, result)

    def update(self, raw_id: str, *, status: str | None = None, owner: str | None = None, due: str | None = None,
               severity: str | None = None, resolution: str | None = None, note: str | None = None,
               today: dt.date | None = None, commit: bool = True, _verb: str = "update") -> Change:
        """Change a concern's fields and append a dated, signed entry to its log; one commit."""
        today = today or dt.date.today()
        new_status = check_choice(status, STATUSES, "status") if status is not None else None
        new_severity = check_choice(severity, SEVERITIES, "severity") if severity is not None else None
        new_due = parse_date(due, "due") if due is not None else None
        new_owner = one_line_text(owner, "owner") if owner is not None else None
        new_resolution = resolution.strip() if resolution is not None and resolution.strip() else None
        if resolution is not None and new_resolution is None:
            raise InputError("the resolution is empty; say how the concern was resolved")
        if not any(v is not None for v in (new_status, new_severity, new_due, owner, new_resolution, note)):
            raise InputError("nothing to change; give --status, --owner, --due, --severity, --resolution or --note")
        with self.locked():
            self.repo.ensure_safe()
            author = self._author(commit)
            concerns = self.concerns()
            c = self.get(raw_id, concerns)
            front = c.front
            changes: list[str] = []
            if new_status is not None and new_status != c.status:
                changes.append(f"status {c.status} -> {new_status}")
                front["status"] = new_status
            if new_severity is not None and new_severity != c.severity:
                changes.append(f"severity {c.severity} -> {new_severity}")
                front["severity"] = new_severity
            if owner is not None and new_owner != c.owner:
                changes.append(f"owner {c.owner} -> {new_owner or '(none)'}" if c.owner else f"owner {new_owner}")
                front["owner"] = new_owner
            if new_due is not None and new_due != c.due:
                changes.append(f"due {_iso(c.due) or '-'} -> {new_due.isoformat()}")
                front["due"] = new_due
            if new_resolution is not None and new_resolution != c.resolution:
                changes.append(f"resolution: {one_line_text(new_resolution, 'resolution')}")
                front["resolution"] = new_resolution
            note_text = (note or "").strip()
            if not changes and not note_text:
                raise InputError(f"{c.id} already has these values; nothing to change")
            summary = "; ".join(changes)
            entry_text = summary + (". " if summary and note_text else "") + note_text
            if summary and not note_text:
                entry_text += "."
            body = append_log(c.body, log_entry(today, author, entry_text))
            text = front_matter(front) + body
            updated = parse_concern(text, c.path)
            others = [updated if x.id == c.id else x for x in concerns]
            if new_status is not None and new_status != c.status:
                message = f"deeprules: {c.id} {c.status} -> {new_status}"
            elif changes:
                message = f"deeprules: {c.id} {changes[0]}"
            else:
                message = f"deeprules: {c.id} note"
            if note_text:
                message += "\n\n" + note_text
            result = write_outputs(self.repo, [Output(c.path, text, merge=False), self._index_output(others, today)],
                                   message=message, commit=commit)
            return Change(updated, result, old_status=c.status)

    def close(self, raw_id: str, *, resolution: str, status: str = "closed", note: str | None = None,
              today: dt.date | None = None, commit: bool = True) -> Change:
        """Close a concern (or accept the risk), recording how it was resolved."""
        final = check_choice(status, STATUSES, "status")
        if final not in ("closed", "accepted_risk", "mitigated"):
            raise InputError(f"close takes --as closed, accepted_risk or mitigated, not {status!r}")
        if not resolution or not resolution.strip():
            raise InputError("closing needs --resolution \"how it was resolved\"")
        return self.update(raw_id, status=final, resolution=resolution, note=note, today=today, commit=commit)

    # -- history ---------------------------------------------------------------------------------
    def history(self, raw_id: str) -> list[dict[str, Any]]:
        """The commits that touched a concern, oldest first, with its status after each."""
        c = self.get(raw_id)
        rows = []
        for entry in reversed(self.repo.log_paths([c.path])):
            text = self.repo.show(entry["sha"], c.path)
            rows.append({**entry, "status": _status_of(text) if text is not None else "deleted"})
        return rows

    # -- seeding ---------------------------------------------------------------------------------
    def seed_outputs(self, assessment: Any, *, today: dt.date) -> list[Output]:
        """New concern files for the assessment's concerns that have no file (and never had one), plus the
        regenerated index. Existing concern files are never among the outputs. An unreadable concern file
        refuses, as every `ethics` command does (`concerns`: InputError naming the file and the line): the
        index and the card would otherwise leave it out without a word."""
        known = self.concerns()
        seeds = {c.seed or "" for c in known}
        gone = self._gone()
        seeds |= {_seed_of(t) or "" for t in gone.values()}
        number = self._next_number(gone)
        kb = _knowledge()
        templates = {t.id: t for t in kb.concerns}
        outputs: list[Output] = []
        new: list[EthicsConcern] = []
        for concern in assessment.ethics:
            if concern.id in seeds:
                continue
            cid = f"ETH-{number:04d}"
            number += 1
            rel = f"{self.folder}/{cid}-{slugify(concern.title)}.md"
            meta = _meta(cid, concern.title, "open", concern.severity, concern.tip, list(concern.recommendations),
                         today, SEEDED_BY, None, None, list(concern.refs), concern.id)
            template = templates.get(concern.id)
            when = f" (condition: `{template.when}`)" if template is not None and template.when else ""
            because = _because(template.when if template else None, assessment)
            text = render_concern(
                meta, description=f"{concern.title}." + (f" {because}" if because else ""), why=concern.why,
                actions=concern.actions, references=concern.refs,
                recommendations=[kb.recommendation_by_id[r] for r in concern.recommendations
                                 if r in kb.recommendation_by_id],
                log=log_entry(today, "deeprules", f"opened from the answers{when}."))
            outputs.append(Output(rel, text, merge=False))
            new.append(parse_concern(text, rel))
        if not outputs and not known:
            return []
        outputs.append(self._index_output([*known, *new], today))
        return outputs

    # -- exports ---------------------------------------------------------------------------------
    def export(self, fmt: str, *, statuses: Iterable[str] = ()) -> str:
        concerns = self.select(statuses)
        if fmt == "json":
            return json.dumps([c.to_dict(body=True) for c in concerns], indent=2, ensure_ascii=False) + "\n"
        if fmt == "csv":
            return to_csv(concerns)
        if fmt == "markdown":
            return to_markdown(concerns)
        raise InputError(f"unknown export format {fmt!r}; allowed: github, csv, json, markdown")

    def export_github(self, *, json_path: str = OPEN_JSON_PATH, commit: bool = True) -> WriteResult:
        """Write the GitHub issue form and a JSON list of the active concerns (for `gh issue create`)."""
        rel = self.repo.rel(json_path, what="output path")
        with self.locked():
            items = [github_item(c) for c in self.concerns() if c.status in ACTIVE]
            outputs = [Output(ISSUE_FORM_PATH, issue_form_yaml(), merge=True),
                       Output(rel, json.dumps(items, indent=2, ensure_ascii=False) + "\n", merge=False)]
            return write_outputs(self.repo, outputs, commit=commit,
                                 message=f"deeprules: export ethics register for GitHub ({len(items)} active)")


def _answers_behind(name: str, question_ids: set[str], seen: set[str] | None = None) -> list[str]:
    """The question ids an answer or derived fact comes from: `human_data` -> [`human_subjects`]. A fact's
    sources are the ids (and, recursively, the facts) its documentation in knowledge.DERIVED_FACTS names."""
    from .knowledge import DERIVED_FACTS

    if name in question_ids:
        return [name]
    seen = seen if seen is not None else set()
    if name in seen or name not in DERIVED_FACTS:
        return []
    seen.add(name)
    doc = DERIVED_FACTS[name]
    found = [(doc.find(n), n) for n in question_ids if re.search(rf"\b{n}\b", doc)]
    found += [(doc.find(f.replace("_", " ")), f) for f in DERIVED_FACTS
              if f != name and (re.search(rf"\b{f}\b", doc) or f.replace("_", " ") in doc)]
    out: list[str] = []
    for _, source in sorted(found):
        out += [q for q in _answers_behind(source, question_ids, seen) if q not in out]
    return out


def _because(when: str | None, assessment: Any) -> str | None:
    """Why a seeded concern was opened, in words and with the answers behind it: "data from people
    (`human_subjects: yes`)". A derived fact is shown through the answers it comes from, which are what
    `deeprules answer` changes: `human_data: true` named nothing the user could answer."""
    if not when:
        return None
    from jinja2 import Environment, meta

    from .condition_words import condition_text
    from .knowledge import load_knowledge

    try:
        names = sorted(meta.find_undeclared_variables(Environment().parse("{{ " + when + " }}")))
    except Exception:  # a template expression we cannot analyse: say nothing rather than fail
        return None
    answers = dict(getattr(assessment, "answers", {}) or {})
    question_ids = set(load_knowledge().question_by_id)
    ids: list[str] = []
    for name in names:
        ids += [q for q in _answers_behind(name, question_ids) if q not in ids]
    if not ids:
        return None
    shown = ", ".join(f"`{q}: {answers[q]}`" if answers.get(q) is not None else f"`{q}` not answered"
                      for q in ids)
    try:
        words = condition_text(when)
    except Exception:  # wording is a courtesy: the answers alone still say why
        words = ""
    return (f"deeprules opened this concern from the project's answers: {words} ({shown})." if words else
            f"deeprules opened this concern from the project's answers ({shown}).") + \
        " If the answers are wrong, fix them with `deeprules answer`; if the concern does not apply, close it " \
        "with a resolution saying why."


def _meta(cid: str, title: str, status: str, severity: str, tip: int | None, recs: Sequence[str],
          raised: dt.date, raised_by: str, owner: str | None, due: dt.date | None, refs: Sequence[Any],
          seed: str | None) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "id": cid, "title": title, "status": status, "severity": severity, "tip": tip,
        "recommendation": list(recs), "raised": raised, "raised_by": raised_by, "owner": owner, "due": due,
        "resolution": None,
        "refs": [{"n": r.number, "doi": r.doi} if r.doi else {"n": r.number} for r in refs],
    }
    if seed:
        meta["seed"] = seed
    return meta


def _read_text(path: Path, rel: str) -> str:
    return yamlio.read_text(path, source=rel, what="concern file")


def _read_optional(path: Path) -> str | None:
    """The text of a generated file, or None when it is missing or unreadable (it is then re-rendered; the
    writer refuses to replace anything that is not a regular file)."""
    try:
        return yamlio.read_text(path, what="generated file")
    except InputError:
        return None


# -- export formats ----------------------------------------------------------------------------------

CSV_COLUMNS = ("id", "title", "status", "severity", "tip", "owner", "due", "raised", "raised_by", "resolution",
               "recommendation", "refs", "actions_done", "actions_total", "path")


def to_csv(concerns: Sequence[EthicsConcern]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for c in concerns:
        d = c.to_dict()
        # Cells are repository text: controls stripped, formula-looking cells quoted (encode.csv_cell).
        writer.writerow(csv_row(strip_controls(v) for v in (
            d["id"], d["title"], d["status"], d["severity"], d["tip"] or "", d["owner"] or "", d["due"] or "",
            d["raised"] or "", d["raised_by"] or "", d["resolution"] or "", ";".join(d["recommendation"]),
            ";".join(str(r["n"]) for r in d["refs"]), d["actions"]["done"], d["actions"]["total"], d["path"])))
    return buf.getvalue()


def to_markdown(concerns: Sequence[EthicsConcern]) -> str:
    lines = ["# Ethics register", ""]
    counts = [f"{sum(1 for c in concerns if c.status == s)} {s.replace('_', ' ')}" for s in STATUSES]
    lines += [f"{len(concerns)} concerns: " + ", ".join(counts) + ".", ""]
    lines += ["| ID | Title | Severity | Status | Owner | Due | Actions done |", "|---|---|---|---|---|---|---|"]
    for c in concerns:
        d = c.to_dict()
        lines.append(f"| {c.id} | {_escape_cell(c.title)} | {c.severity} | {c.status} | "
                     f"{_escape_cell(c.owner or '')} | {d['due'] or ''} | "
                     f"{d['actions']['done']}/{d['actions']['total']} |")
    for c in concerns:
        if c.resolution:
            lines += ["", f"**{c.id} resolution.** {neutralise_markers(markdown_text(c.resolution))}"]
    return "\n".join(lines) + "\n"


def github_item(c: EthicsConcern) -> dict[str, Any]:
    """One open concern as a GitHub issue: title, Markdown body, labels."""
    body = re.sub(r"\s*<!--\s*deeprules:[^>]*-->", "", c.body).strip()
    header = (f"| Register id | Severity | Status | Owner | Due |\n|---|---|---|---|---|\n"
              f"| {c.id} | {c.severity} | {c.status} | {_escape_cell(c.owner or '-')} | {_iso(c.due) or '-'} |")
    footer = f"_Exported from `{c.path}` by deeprules; the file in the repository stays the record._"
    return {"id": c.id, "title": f"{c.id}: {c.title}", "body": f"{header}\n\n{body}\n\n{footer}\n",
            "labels": ["ethics", f"severity:{c.severity}"], "path": c.path}


def issue_form() -> dict[str, Any]:
    """A GitHub issue form for raising a concern on GitHub (docs.github.com: syntax for issue forms)."""
    kb = _knowledge()
    tips = [f"Tip {t.number}: {t.title}" for t in kb.tips]
    default_tip = next((i for i, t in enumerate(kb.tips) if t.number == 10), 0)
    return {
        "name": "Ethics concern",
        "description": "Raise an ethical concern about this project (tip 10: a register kept like a bug tracker).",
        "title": "[Ethics]: ",
        "labels": ["ethics"],
        "body": [
            {"type": "markdown", "attributes": {"value": (
                "Thank you for raising this. Ethical problems are tracked here like software problems: raised, "
                "discussed and closed. The repository also keeps a register under `ethics/`; maintainers can "
                "copy this issue there with `deeprules ethics add`.")}},
            {"type": "textarea", "id": "concern", "attributes": {
                "label": "What is the concern?",
                "description": "Describe the risk or harm, and who could be affected.",
                "placeholder": "e.g. the consent forms do not mention sharing a trained model"},
             "validations": {"required": True}},
            {"type": "textarea", "id": "why", "attributes": {
                "label": "Why does it matter in this project?",
                "description": "Data, people, planned release or use that make it relevant here."}},
            {"type": "dropdown", "id": "severity", "attributes": {
                "label": "Severity", "description": "blocker: must be resolved before any further work or release.",
                "options": list(SEVERITIES), "default": 1},
             "validations": {"required": True}},
            {"type": "dropdown", "id": "tip", "attributes": {
                "label": "Which tip of 'Ten quick tips for deep learning in biology' does it relate to?",
                "options": tips, "default": default_tip}},
            {"type": "textarea", "id": "actions", "attributes": {
                "label": "Suggested actions", "description": "One task per line.", "value": "- [ ] "}},
            {"type": "input", "id": "owner", "attributes": {
                "label": "Suggested owner", "placeholder": "@someone"}},
            {"type": "input", "id": "due", "attributes": {
                "label": "Due date", "placeholder": "YYYY-MM-DD"}},
            {"type": "checkboxes", "id": "checks", "attributes": {
                "label": "Before submitting",
                "options": [{"label": "I searched the open ethics issues and the `ethics/` folder for this concern.",
                             "required": True}]}},
        ],
    }


def issue_form_yaml() -> str:
    header = ("# GitHub issue form for raising ethics concerns, written by `deeprules ethics export --format github`.\n"
              "# Edit freely: re-exports merge your changes.\n")
    return header + yamlio.dump(issue_form())


# -- the generator -----------------------------------------------------------------------------------

def outputs(ctx: Any) -> list[Output]:
    """The register generator for `project.GENERATORS`: new seeded concerns + the regenerated index.
    Memoised on the run's context: the card generator asks for the same list."""
    return list(ctx.once("register.seed_outputs", lambda: EthicsRegister(ctx.repo, ctx.config).seed_outputs(
        ctx.assessment, today=ctx.today)))
