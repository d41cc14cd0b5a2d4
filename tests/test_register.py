"""The ethics register: seeding tailored to the answers, the lifecycle with its log and git history,
exports (the GitHub issue form validated against SchemaStore's schema), concurrent adds, bad files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import DATA, git
from deeprules.answers import Answers
from deeprules.errors import InputError
from deeprules.gitrepo import GitRepo
from deeprules.project import set_answers, sync
from deeprules.register import (
    EthicsRegister,
    append_log,
    issue_form,
    normalise_id,
    parse_concern,
    parse_log,
    slugify,
)

DAY = dt.date(2026, 11, 25)
ETHICS_DATA = DATA / "ethics"


def seeded(repo: Path, example: str, **sets: str) -> EthicsRegister:
    answers = Answers.example(example)
    for key, value in sets.items():
        answers.set(key, value)
    r = GitRepo.find(repo)
    sync(r, answers, today=DAY)
    return EthicsRegister(r)


def seeds_of(reg: EthicsRegister) -> set[str]:
    return {c.seed for c in reg.concerns() if c.seed}


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".git" not in p.relative_to(root).parts}


# -- seeding -----------------------------------------------------------------------------------------

def test_seeding_is_tailored_to_the_answers(tmp_path: Path) -> None:
    from conftest import make_repo

    got = {name: seeds_of(seeded(make_repo(tmp_path / name), name))
           for name in ("microscopy", "molecules", "expression", "clinical", "pneumonia")}
    # No people in the data: no consent, privacy or representation concern.
    for name in ("microscopy", "molecules"):
        assert not got[name] & {"consent-scope", "identifiable-data-access", "model-leakage", "representation"}
    assert got["microscopy"] == {"model-release", "keep-register"}
    assert "site-bias" in got["molecules"] and "site-bias" not in got["microscopy"]
    # Clinical data: consent, identifiable data, leakage through the model, representation, over-interpretation.
    for name in ("clinical", "pneumonia"):
        assert {"consent-scope", "identifiable-data-access", "model-leakage", "representation",
                "clinical-overinterpretation"} <= got[name]
    assert len({frozenset(v) for v in got.values()}) >= 3


def test_seeded_concern_file_reads_like_an_issue(repo: Path) -> None:
    reg = seeded(repo, "clinical")
    leak = next(c for c in reg.concerns() if c.seed == "model-leakage")
    assert leak.severity == "blocker"  # identifiable data raise it
    assert leak.status == "open" and leak.raised == DAY and leak.tip == 10
    assert "T10.no-sensitive-model-release" in leak.recommendation
    assert {r["n"] for r in leak.refs} >= {118, 119}
    assert re.fullmatch(r"ethics/ETH-\d{4}-[a-z0-9-]{1,50}\.md", leak.path)
    for heading in ("## The concern", "## Why it matters here", "## Suggested actions", "## References", "## Log"):
        assert heading in leak.body
    assert leak.tasks and all(t.id.startswith(f"{leak.id}.") for t in leak.tasks)
    assert "membership inference" in leak.body
    assert parse_log(leak.body)[0].author == "deeprules"
    index = (repo / "ethics/README.md").read_text()
    assert f"[{leak.id}]({leak.filename})" in index and "| blocker | open |" in index
    assert git(repo, "status", "--porcelain").strip() == ""


def test_rerun_opens_new_concerns_and_never_touches_handled_ones(repo: Path) -> None:
    reg = seeded(repo, "microscopy")
    first = {c.id: c.seed for c in reg.concerns()}
    assert set(first) == {"ETH-0001", "ETH-0002"}
    release = next(i for i, s in first.items() if s == "model-release")
    reg.close(release, resolution="Model card written", today=DAY)
    keep = next(i for i, s in first.items() if s == "keep-register")
    gone = reg.get(keep).path
    git(repo, "rm", "-q", gone)
    git(repo, "commit", "-q", "-m", "we track ethics in the lab wiki", "--", gone)
    before = {p: (repo / p).read_bytes() for p in [reg.get(release).path]}

    r = GitRepo.find(repo)
    changed, _ = set_answers(r, ["human_subjects=yes", "identifiable_data=yes", "share_model=no",
                                 "data_shareable=no"], today=DAY + dt.timedelta(days=3))
    assert "human_subjects" in changed
    now = {c.id: c for c in reg.concerns()}
    assert now[release].status == "closed"  # never reopened
    assert {p: (repo / p).read_bytes() for p in before} == before  # never rewritten
    assert not (repo / gone).exists()  # deleted by the user, not recreated
    new = {c.seed for c in now.values() if c.raised == DAY + dt.timedelta(days=3)}
    assert {"consent-scope", "identifiable-data-access", "representation"} <= new
    assert min(int(i[4:]) for i in now if now[i].seed in new) == 3  # ETH-0002 is not reused
    # Re-running with the same answers changes nothing at all.
    head = git(repo, "rev-parse", "HEAD")
    sync(r, Answers.load(repo / ".deeprules/answers.yaml"), today=DAY + dt.timedelta(days=9))
    assert git(repo, "rev-parse", "HEAD") == head


def test_a_user_deleting_a_concern_without_committing_is_respected(repo: Path) -> None:
    reg = seeded(repo, "microscopy")
    path = reg.get("ETH-0002").path
    (repo / path).unlink()
    sync(GitRepo.find(repo), Answers.example("microscopy"), today=DAY)
    assert not (repo / path).exists()
    assert [c.id for c in reg.concerns()] == ["ETH-0001"]


# -- lifecycle ---------------------------------------------------------------------------------------

def test_lifecycle_from_open_to_closed_with_log_and_git_history(repo: Path) -> None:
    reg = seeded(repo, "microscopy")
    ch = reg.add("Images from a partner lab may show identifiable staff", severity="high", why="Faces in frame.",
                 actions=["Crop the images", "Ask the partner lab"], owner="Ana Ruiz", due="2027-01-31", today=DAY)
    cid = ch.concern.id
    assert cid == "ETH-0003" and ch.concern.due == dt.date(2027, 1, 31)
    steps = [("in_progress", "Started cropping"), ("mitigated", "All 21,000 images cropped")]
    for i, (status, note) in enumerate(steps, start=1):
        reg.update(cid, status=status, note=note, today=DAY + dt.timedelta(days=i))
    reg.close(cid, resolution="Partner lab confirmed; crops checked", today=DAY + dt.timedelta(days=5))

    c = reg.get(cid)
    assert c.status == "closed" and c.resolution == "Partner lab confirmed; crops checked"
    log = c.log
    assert [e.date for e in log] == ["2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30"]
    assert all(e.author == "Ana Ruiz" for e in log)
    assert "status open -> in_progress" in log[1].text and "Started cropping" in log[1].text
    assert "status mitigated -> closed" in log[3].text
    subjects = git(repo, "log", "--format=%s", "--", "ethics/").splitlines()
    assert subjects[:4] == [f"deeprules: {cid} mitigated -> closed", f"deeprules: {cid} in_progress -> mitigated",
                            f"deeprules: {cid} open -> in_progress",
                            f"deeprules: {cid} opened: Images from a partner lab may show identifiable staff"]
    assert [h["status"] for h in reg.history(cid)] == ["open", "in_progress", "mitigated", "closed"]
    # each commit holds the concern and the index, and nothing else
    files = git(repo, "show", "--name-only", "--format=", "HEAD").split()
    assert files == [c.path, "ethics/README.md"]
    assert "| closed |" in (repo / "ethics/README.md").read_text()
    assert git(repo, "status", "--porcelain").strip() == ""


def test_update_keeps_the_users_edits_and_comments(repo: Path) -> None:
    reg = seeded(repo, "microscopy")
    c = reg.get("1")
    text = (repo / c.path).read_text()
    text = text.replace("owner:\n", "owner:  # the PI decides\nreviewer: Bo\n", 1)
    text = text.replace("## Log", "My own paragraph.\n\n## Log\n\n- 2026-11-25 (Bo): first thoughts", 1)
    (repo / c.path).write_text(text)
    readme = repo / "ethics/README.md"
    readme.write_text("Reviewed monthly by the lab.\n\n" + readme.read_text() + "\nNotes below the table stay.\n")
    reg.update("1", owner="Ana Ruiz", note="multi\nline note", today=DAY)
    after = (repo / c.path).read_text()
    assert "# the PI decides" in after and "reviewer: Bo" in after and "My own paragraph." in after
    assert "- 2026-11-25 (Bo): first thoughts\n" in after
    assert after.endswith("`releasing`).\n- 2026-11-25 (Ana Ruiz): owner Ana Ruiz. multi\n  line note\n")
    index = readme.read_text()
    assert index.startswith("Reviewed monthly by the lab.") and index.endswith("Notes below the table stay.\n")
    assert "| Ana Ruiz |" in index


def test_append_log_adds_a_section_when_there_is_none() -> None:
    new = append_log("# Title\n\nText.\n", "- 2026-01-01 (A): x")
    assert new == "# Title\n\nText.\n\n## Log\n\n- 2026-01-01 (A): x\n"
    body = "## Log\n\n- 2026-01-01 (A): x\n\n## After\n\nmore\n"
    assert append_log(body, "- 2026-01-02 (B): y") == (
        "## Log\n\n- 2026-01-01 (A): x\n- 2026-01-02 (B): y\n\n## After\n\nmore\n")


# -- ids and names -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "slug"), [
    ("../../etc/passwd", "etc-passwd"),
    ("a/b\\c: d?*", "a-b-c-d"),
    ("Données génétiques d'enfants", "donnees-genetiques-d-enfants"),
    ("精度", "concern"),
    ("x" * 80, "x" * 50),
    ("Re-identification from " + "very " * 20 + "long titles", "re-identification-from-very-very-very-very-very"),
])
def test_slug_is_safe(title: str, slug: str) -> None:
    assert slugify(title) == slug
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slugify(title)) and len(slugify(title)) <= 50


def test_unsafe_title_becomes_a_plain_file_name(repo: Path) -> None:
    reg = seeded(repo, "microscopy")
    ch = reg.add("../../../outside\n/etc/passwd", today=DAY)
    assert ch.concern.path == "ethics/ETH-0003-outside-etc-passwd.md"
    assert ch.concern.title == "../../../outside /etc/passwd"
    assert not (repo.parent / "outside").exists()


def test_ids_accept_short_forms() -> None:
    assert normalise_id("3") == normalise_id("eth-3") == normalise_id(" ETH-0003 ") == "ETH-0003"
    with pytest.raises(InputError, match="is not a concern id"):
        normalise_id("ETH-abc")


def test_concurrent_adds_in_threads_get_distinct_ids(repo: Path) -> None:
    seeded(repo, "microscopy")
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            EthicsRegister(GitRepo.find(repo)).add(f"Concern from thread {n}", today=DAY)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    reg = EthicsRegister(GitRepo.find(repo))
    ids = [c.id for c in reg.concerns()]
    assert ids == [f"ETH-{n:04d}" for n in range(1, 9)]
    assert sorted(c.title for c in reg.concerns()[2:]) == sorted(f"Concern from thread {n}" for n in range(6))
    assert git(repo, "status", "--porcelain").strip() == ""
    assert len(git(repo, "log", "--format=%s", "--", "ethics/").splitlines()) == 7


def test_concurrent_adds_in_processes_get_distinct_ids(repo: Path) -> None:
    seeded(repo, "microscopy")
    cmd = [sys.executable, "-m", "deeprules", "ethics", "add", "-C", str(repo), "--title"]
    procs = [subprocess.Popen([*cmd, f"From process {n}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL) for n in range(4)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [o[1] for o in outs]
    reg = EthicsRegister(GitRepo.find(repo))
    ids = [c.id for c in reg.concerns()]
    assert len(ids) == len(set(ids)) == 6
    assert git(repo, "status", "--porcelain").strip() == ""
    index = (repo / "ethics/README.md").read_text()
    assert all(f"[{i}]" in index for i in ids)


# -- bad input ---------------------------------------------------------------------------------------

BAD = sorted((ETHICS_DATA / "bad").glob("*.md"))


@pytest.mark.parametrize("fixture", BAD, ids=[p.stem for p in BAD])
def test_bad_concern_file_names_file_and_line(repo: Path, fixture: Path) -> None:
    reg = seeded(repo, "microscopy")
    text = fixture.read_text()
    words = [w.strip() for w in re.search(r"expect: (.*?) -->", text)[1].split("|")]  # type: ignore[index]
    name = words[0].split(":")[0]
    for old in reg.files():  # make room for the fixture's id
        (repo / old).rename(repo / old.replace("ETH-000", "ETH-100"))
        (repo / old.replace("ETH-000", "ETH-100")).write_text(
            (repo / old.replace("ETH-000", "ETH-100")).read_text().replace("id: ETH-000", "id: ETH-100"))
    (repo / "ethics" / name).write_text(text)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "fixture")
    before = snapshot(repo)
    head = git(repo, "rev-parse", "HEAD")
    for op in (lambda: reg.concerns(), lambda: reg.add("New one", today=DAY),
               lambda: reg.update("ETH-1001", status="closed", today=DAY)):
        with pytest.raises(InputError) as err:
            op()
        for word in words:
            assert word in str(err.value)
    assert snapshot(repo) == before and git(repo, "rev-parse", "HEAD") == head
    # Every command that reads the register says the same, through the real CLI: exit 2, one line naming the
    # file and the line, the user's files, index and HEAD untouched (never an index or card without it).
    from conftest import invoke

    index = (repo / ".git" / "index").read_bytes()
    listed = invoke("ethics", "list", "-C", str(repo))
    assert listed.exit_code == 2
    for args in (["plan"], ["plan", "--dry-run"], ["status"], ["status", "--json"], ["card"], ["card", "check"],
                 ["answer", "compute=laptop"]):
        r = invoke(*args, "-C", str(repo))
        assert (r.exit_code, r.stderr) == (2, listed.stderr), args
        assert snapshot(repo) == before and git(repo, "rev-parse", "HEAD") == head, args
        assert (repo / ".git" / "index").read_bytes() == index, args


def test_duplicate_ids_are_refused(repo: Path) -> None:
    reg = seeded(repo, "microscopy")
    src = repo / reg.get("1").path
    (repo / "ethics/ETH-0001-copy.md").write_text(src.read_text())
    with pytest.raises(InputError, match="also used by"):
        reg.concerns()


# -- exports -----------------------------------------------------------------------------------------

def test_github_export_is_a_valid_issue_form_and_lists_active_items(repo: Path) -> None:
    import jsonschema

    from deeprules import yamlio

    reg = seeded(repo, "clinical")
    reg.close("1", resolution="Amendment approved", today=DAY)
    reg.update("2", status="accepted_risk", resolution="Secure enclave only", today=DAY)
    result = reg.export_github()
    assert result.commit
    schema = json.loads((ETHICS_DATA / "github-issue-forms.schema.json").read_text())
    form_text = (repo / ".github/ISSUE_TEMPLATE/ethics-concern.yml").read_text()
    form = json.loads(json.dumps(yamlio.parse(form_text, "form", round_trip=False)))
    jsonschema.validate(form, schema)
    assert form == json.loads(json.dumps(issue_form()))
    kinds = {el["type"] for el in form["body"]}
    assert {"markdown", "textarea", "dropdown", "input", "checkboxes"} <= kinds
    severity = next(el for el in form["body"] if el.get("id") == "severity")
    assert severity["attributes"]["options"] == ["low", "medium", "high", "blocker"]
    tip = next(el for el in form["body"] if el.get("id") == "tip")
    assert len(tip["attributes"]["options"]) == 10
    items = json.loads((repo / ".github/ethics-open.json").read_text())
    ids = [i["id"] for i in items]
    assert "ETH-0001" not in ids and "ETH-0002" not in ids and "ETH-0003" in ids
    assert all(set(i) >= {"title", "body", "labels"} and "ethics" in i["labels"] for i in items)
    assert "<!-- deeprules:" not in items[0]["body"] and "## Suggested actions" in items[0]["body"]


def test_issue_form_rejected_by_schema_when_broken() -> None:
    """The schema really checks something: a dropdown without options is refused."""
    import jsonschema

    schema = json.loads((ETHICS_DATA / "github-issue-forms.schema.json").read_text())
    form = issue_form()
    form["body"][3]["attributes"]["options"] = []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(form, schema)


def test_csv_json_markdown_exports(repo: Path) -> None:
    reg = seeded(repo, "expression")
    reg.update("1", status="in_progress", owner="Ana, PI", today=DAY)
    rows = list(csv.DictReader(io.StringIO(reg.export("csv"))))
    assert len(rows) == len(reg.concerns()) and rows[0]["owner"] == "Ana, PI" and rows[0]["status"] == "in_progress"
    assert rows[0]["recommendation"].startswith("T10.")
    data = json.loads(reg.export("json", statuses=["in_progress"]))
    assert [d["id"] for d in data] == ["ETH-0001"] and data[0]["log"][-1]["author"] == "Ana Ruiz"
    md = reg.export("markdown")
    assert "| ETH-0001 |" in md and "1 in progress" in md


def test_parse_concern_round_trips_a_template_render() -> None:
    text = (
        "---\nid: ETH-0007\ntitle: T\nstatus: In Progress\nseverity: HIGH\nrefs: [12, {n: 3, doi: 10.1/x}]\n"
        "recommendation: T10.irb\n---\nbody\n"
    )
    c = parse_concern(text, "ethics/ETH-0007-t.md")
    assert (c.status, c.severity, c.recommendation) == ("in_progress", "high", ["T10.irb"])
    assert c.refs == [{"n": 12}, {"n": 3, "doi": "10.1/x"}]


def test_deleted_numbers_stay_retired_across_the_history_cache(repo: Path) -> None:
    """The scan for deleted concern files is cached by HEAD and extended commit by commit; a number a
    deleted file used is never handed out again, also after the history is rewritten."""
    reg = seeded(repo, "microscopy")  # ETH-0001, ETH-0002

    def drop(cid: str) -> None:
        path = reg.get(cid).path
        git(repo, "rm", "-q", path)
        git(repo, "commit", "-q", "-m", f"drop {cid}", "--", path)

    drop("ETH-0002")
    assert reg.add("First", today=DAY).concern.id == "ETH-0003"  # full walk; the cache is written
    assert (repo / ".git" / "deeprules-cache" / "ethics-deleted.json").exists()
    drop("ETH-0003")
    assert reg.add("Second", today=DAY).concern.id == "ETH-0004"  # only the new commits are walked
    before_rewrite = git(repo, "rev-parse", "HEAD").strip()
    drop("ETH-0004")
    assert reg.add("Third", today=DAY).concern.id == "ETH-0005"
    git(repo, "reset", "-q", "--hard", before_rewrite)  # the cached HEAD is no longer an ancestor
    drop("ETH-0004")
    assert reg.add("After a rewrite", today=DAY).concern.id == "ETH-0005"


def test_a_seeded_concern_names_the_answers_that_opened_it_not_internal_facts(repo: Path) -> None:
    """`deeprules answer` changes answers; a concern that said `human_data: true` named nothing it could change."""
    from deeprules.knowledge import DERIVED_FACTS, load_knowledge

    reg = seeded(repo, "clinical")
    questions = set(load_knowledge().question_by_id)
    texts = {c.seed: (repo / c.path).read_text() for c in reg.concerns() if c.seed}
    assert "data from people (`human_subjects: yes`)" in texts["consent-scope"]
    assert "(`human_subjects: yes`, `identifiable_data: yes`)" in texts["identifiable-data-access"]
    reasons = {seed: re.search(r"opened this concern from the project's answers[^(]*\((.*?)\)\. If", text)
               for seed, text in texts.items()}
    assert sum(1 for why in reasons.values() if why) >= 8  # every concern with a condition; not keep-register
    for seed, why in reasons.items():
        named = re.findall(r"`(\w+)(?::[^`]*)?`", why.group(1)) if why else []
        assert set(named) <= questions and not set(named) & set(DERIVED_FACTS), (seed, named)
