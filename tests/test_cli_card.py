"""`deeprules card`, `card fill`, `card check`, `card export` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import git, invoke, make_repo
from deeprules.render import PLACEHOLDER

DATA = Path(__file__).parent / "data" / "card"


def run(*args: str) -> object:
    return invoke(*args)


def new_project(tmp_path: Path, example: str = "microscopy") -> Path:
    root = make_repo(tmp_path / "proj")
    res = run("init", str(root), "--example", example)
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    return root


def user_fills_placeholders(card: Path) -> None:
    text = card.read_text().replace("---\n", "---\nlicense: mit\n", 1)
    card.write_text(text.replace(PLACEHOLDER, "Filled in by Ana after the evaluation."))


def test_done_when_microscopy(tmp_path: Path) -> None:
    """init, fill overall and per-site numbers, fill the placeholders, check --strict passes, and the card
    loads in huggingface_hub with the same numbers."""
    from huggingface_hub import ModelCard

    root = new_project(tmp_path)
    res = run("card", "fill", "--results", str(DATA / "results_microscopy.csv"), "-C", str(root))
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    assert "committed" in res.stdout  # type: ignore[attr-defined]

    res = run("card", "check", "--strict", "-C", str(root))
    assert res.exit_code == 1  # placeholders are still there  # type: ignore[attr-defined]
    assert "placeholder" in res.stdout  # type: ignore[attr-defined]

    card = root / "MODEL_CARD.md"
    user_fills_placeholders(card)
    res = run("card", "check", "--strict", "-C", str(root))
    assert res.exit_code == 0, res.stdout  # type: ignore[attr-defined]
    assert "nothing missing" in res.stdout  # type: ignore[attr-defined]

    loaded = ModelCard.load(card)
    assert loaded.data.license == "mit"
    got = sorted((r.metric_type, r.metric_value, r.dataset_split, r.dataset_config,
                  (r.metric_args or {}).get("ci_low"), (r.metric_args or {}).get("ci_high"))
                 for r in loaded.data.eval_results)
    want = sorted([
        ("average_precision", 0.91, "test", None, 0.89, 0.93),
        ("balanced_accuracy", 0.875, "test", None, None, None),
        ("average_precision", 0.93, "test", "site=A", 0.9, 0.95),
        ("average_precision", 0.84, "test", "site=B", 0.79, 0.88),
        ("balanced_accuracy", 0.9, "test", "site=A", None, None),
        ("balanced_accuracy", 0.81, "test", "site=B", None, None),
    ])
    assert got == want


def test_check_json_lists_findings_with_ids(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    res = run("card", "check", "--json", "-C", str(root))
    assert res.exit_code == 0  # without --strict: report only  # type: ignore[attr-defined]
    data = json.loads(res.stdout)  # type: ignore[attr-defined]
    assert data["ok"] is False
    by_kind = {f["kind"]: f for f in data["findings"]}
    assert {"placeholder", "no-results"} <= set(by_kind)
    assert by_kind["no-results"]["id"].startswith("CARD")
    sections = {f["section"] for f in data["findings"] if f["kind"] == "placeholder"}
    assert {"Model details", "Training data", "Environmental impact"} <= sections
    assert "metadata" not in sections  # no placeholder in the metadata: the Hub refuses one
    assert by_kind["no-license"]["section"] == "metadata"


def test_bad_results_file_exit_2_nothing_written(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    head = git(root, "rev-parse", "HEAD")
    card = (root / "MODEL_CARD.md").read_text()
    res = run("card", "fill", "--results", str(DATA / "bad" / "not_a_number.csv"), "-C", str(root))
    assert res.exit_code == 2  # type: ignore[attr-defined]
    assert "line 3" in res.stderr and "not a number" in res.stderr  # type: ignore[attr-defined]
    assert git(root, "rev-parse", "HEAD") == head
    assert (root / "MODEL_CARD.md").read_text() == card
    assert not (root / ".deeprules" / "results.json").exists()
    assert git(root, "status", "--porcelain") == ""


def test_user_edits_survive_card_after_an_answer_change(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    card = root / "MODEL_CARD.md"
    text = card.read_text()
    mine = "- **Contact for questions and problems:** ana@example.org, Plankton Lab"
    text = text.replace(f"- **Contact for questions and problems:** {PLACEHOLDER}", mine)
    card.write_text(text)
    git(root, "commit", "-q", "-am", "card: contact")
    answers = root / ".deeprules" / "answers.yaml"
    answers.write_text(answers.read_text().replace('multi_site: "no"', 'multi_site: "yes"'))

    res = run("card", "-C", str(root))
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    new = card.read_text()
    assert mine in new  # the user's edit
    assert "<!-- deeprules:factor.site -->" in new  # the answer change
    assert "model card" in git(root, "log", "-1", "--format=%s")
    # a second run changes nothing
    head = git(root, "rev-parse", "HEAD")
    res = run("card", "-C", str(root))
    assert res.exit_code == 0 and git(root, "rev-parse", "HEAD") == head  # type: ignore[attr-defined]


def test_card_no_commit_writes_without_committing(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    (root / "MODEL_CARD.md").unlink()
    git(root, "commit", "-q", "-am", "drop the card")
    res = run("card", "--restore", "--no-commit", "-C", str(root))
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    assert (root / "MODEL_CARD.md").exists()
    assert "MODEL_CARD.md" in git(root, "status", "--porcelain")


def test_broken_metadata_refused_by_card_and_reported_by_check(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    card = root / "MODEL_CARD.md"
    broken = card.read_text().replace("tags:\n", "tags: [\n", 1)
    card.write_text(broken)
    res = run("card", "-C", str(root))
    assert res.exit_code == 2  # type: ignore[attr-defined]
    assert "MODEL_CARD.md:" in res.stderr and "nothing was changed" in res.stderr  # type: ignore[attr-defined]
    assert card.read_text() == broken
    res = run("card", "check", "--strict", "--json", "-C", str(root))
    assert res.exit_code == 1  # type: ignore[attr-defined]
    kinds = {f["kind"] for f in json.loads(res.stdout)["findings"]}  # type: ignore[attr-defined]
    assert "metadata" in kinds
    assert card.read_text() == broken


def test_export_html_escapes_script(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    card = root / "MODEL_CARD.md"
    card.write_text(card.read_text().replace(
        f"- **Intended users:** {PLACEHOLDER}", "- **Intended users:** <script>alert('x')</script> taxonomists"))
    out = tmp_path / "card.html"
    res = run("card", "export", "--html", str(out), "-C", str(root))
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    page = out.read_text()
    assert "<script" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; taxonomists" in page \
        or "&lt;script&gt;alert('x')&lt;/script&gt; taxonomists" in page
    assert "<h2>Quantitative analyses</h2>" in page
    assert git(root, "status", "--porcelain") == " M MODEL_CARD.md\n"  # export wrote nothing in the repo


def test_card_help_has_examples() -> None:
    for args in (("card", "--help"), ("card", "fill", "--help"), ("card", "check", "--help"),
                 ("card", "export", "--help")):
        res = run(*args)
        assert res.exit_code == 0 and "deeprules card" in res.stdout  # type: ignore[attr-defined]
    assert "subgroup" in run("card", "fill", "--help").stdout  # type: ignore[attr-defined]
