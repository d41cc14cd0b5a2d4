"""The model card core: results parsing, rendering, the Hugging Face round trip, check, HTML export."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import git, make_repo
from deeprules import card
from deeprules.answers import Answers
from deeprules.errors import InputError
from deeprules.gitrepo import GitRepo
from deeprules.project import init
from deeprules.render import PLACEHOLDER

DATA = Path(__file__).parent / "data" / "card"
BAD = DATA / "bad"
EXPECTED = json.loads((BAD / "expected.json").read_text())


def make_project(path: Path, example: str = "microscopy", **sets: str) -> GitRepo:
    answers = Answers.example(example)
    answers.apply([f"{k}={v}" for k, v in sets.items()])
    repo, _ = init(make_repo(path), answers)
    return repo


def fill_placeholders(text: str) -> str:
    """What a user does: choose a license and replace every placeholder with their own words."""
    text = text.replace("---\n", "---\nlicense: mit\n", 1)
    return text.replace(PLACEHOLDER, "Written by Ana.")


def kinds(findings: list[card.Finding]) -> set[str]:
    return {f.kind for f in findings}


# ------------------------------------------------------------------------------------------ results
def test_csv_results_with_subgroups_and_intervals() -> None:
    results = card.parse_results(DATA / "results_microscopy.csv")
    assert len(results) == 6
    first = results[0]
    assert (first.metric, first.value, first.split, first.subgroup, first.ci_low, first.ci_high) == (
        "average_precision", 0.91, "test", None, 0.89, 0.93)
    assert results[3].subgroup == "site=B" and results[3].factors == {"site": "B"}


def test_json_results_and_the_stored_copy_round_trip() -> None:
    results = card.parse_results(DATA / "results_subgroups.json")
    assert {k for r in results for k in r.factors} == {"site", "sex", "age", "ancestry"}
    assert results[-1].dataset == "Hospital C cohort"
    again = card.parse_results_text(card.results_json(results), "results.json", fmt="json")
    assert again == results


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_results_files_name_the_row(name: str) -> None:
    with pytest.raises(InputError) as exc:
        card.parse_results(BAD / name)
    assert exc.value.exit_code == 2
    for word in EXPECTED[name]:
        assert word in str(exc.value), (name, str(exc.value))


def test_every_bad_fixture_is_listed() -> None:
    assert {p.name for p in BAD.iterdir()} - {"expected.json"} == set(EXPECTED)


# ----------------------------------------------------------------------------------------- render
def test_card_skeleton_has_mitchell_sections_and_hf_metadata(tmp_path: Path) -> None:
    from huggingface_hub import ModelCard

    repo = make_project(tmp_path / "p")
    text = (repo.root / "MODEL_CARD.md").read_text()
    for section in card.SECTIONS:
        assert f"\n## {section}\n" in text
    data = ModelCard(text).data
    assert data.license is None  # only the user can choose it; the Hub refuses a placeholder there
    assert PLACEHOLDER not in text.split("\n---\n", 1)[0]
    assert "average_precision" in data.metrics and "image" in data.tags
    assert data.eval_results is None  # nothing filled yet
    assert "prediction is not causation" in text.lower()


def test_factors_follow_the_answers(tmp_path: Path) -> None:
    def factor_tags(repo: GitRepo) -> set[str]:
        return set(card.listed_factors((repo.root / "MODEL_CARD.md").read_text()))

    assert factor_tags(make_project(tmp_path / "micro")) == set()
    assert factor_tags(make_project(tmp_path / "molecules", "molecules")) == {"site"}
    assert factor_tags(make_project(tmp_path / "clinical", "clinical")) == {"site", "age", "sex", "ancestry"}


def test_fill_round_trips_through_huggingface(tmp_path: Path) -> None:
    from huggingface_hub import ModelCard

    repo = make_project(tmp_path / "p", "clinical")
    out = card.fill(repo, DATA / "results_subgroups.json")
    assert out.write.commit is not None
    committed = git(repo.root, "show", "--name-only", "--format=%s", "HEAD")
    assert "fill model card results" in committed
    assert "MODEL_CARD.md" in committed and ".deeprules/results.json" in committed

    loaded = ModelCard.load(repo.root / "MODEL_CARD.md")
    got = {(r.metric_type, r.metric_value, r.dataset_split, r.dataset_config or None,
            (r.metric_args or {}).get("ci_low")) for r in loaded.data.eval_results}
    want = {(r.metric, r.value, r.split, r.subgroup, r.ci_low) for r in card.parse_results(
        DATA / "results_subgroups.json")}
    assert got == want
    names = {r.dataset_name for r in loaded.data.eval_results}
    assert "Hospital C cohort" in names and len(names) == 2
    # the table shows the same numbers, per factor
    text = (repo.root / "MODEL_CARD.md").read_text()
    assert "### By ancestry" in text and "| `average_precision` | test | ancestry=African | 0.79 | – |" in text
    assert "| `average_precision` | test | age=65+ | 0.83 | 0.78 – 0.87 |" in text


def test_plan_rerender_keeps_the_results(tmp_path: Path) -> None:
    from deeprules.project import load_project_answers, sync

    repo = make_project(tmp_path / "p")
    card.fill(repo, DATA / "results_microscopy.csv")
    before = (repo.root / "MODEL_CARD.md").read_text()
    result = sync(repo, load_project_answers(repo))
    assert result.commit is None  # nothing changed: the generator read .deeprules/results.json
    assert (repo.root / "MODEL_CARD.md").read_text() == before


def test_bad_results_change_nothing(tmp_path: Path) -> None:
    repo = make_project(tmp_path / "p")
    head = git(repo.root, "rev-parse", "HEAD")
    before = (repo.root / "MODEL_CARD.md").read_text()
    with pytest.raises(InputError):
        card.fill(repo, BAD / "duplicate_row.csv")
    assert git(repo.root, "rev-parse", "HEAD") == head
    assert (repo.root / "MODEL_CARD.md").read_text() == before
    assert not (repo.root / card.RESULTS_REL).exists()


def test_broken_metadata_names_the_line_and_changes_nothing(tmp_path: Path) -> None:
    repo = make_project(tmp_path / "p")
    path = repo.root / "MODEL_CARD.md"
    broken = path.read_text().replace("  - pytorch", "  - [pytorch", 1)
    path.write_text(broken)
    line = broken.splitlines().index("  - [pytorch") + 1
    with pytest.raises(InputError) as exc:
        card.fill(repo, DATA / "results_microscopy.csv")
    assert f"MODEL_CARD.md:{line + 1}" in str(exc.value) or f"MODEL_CARD.md:{line}" in str(exc.value)
    assert path.read_text() == broken
    assert not (repo.root / card.RESULTS_REL).exists()
    findings = card.check_card(broken, source="MODEL_CARD.md")
    assert "metadata" in kinds(findings)


# ------------------------------------------------------------------------------------------ check
def test_check_finds_each_kind_of_gap(tmp_path: Path) -> None:
    repo = make_project(tmp_path / "p", "clinical")
    text = (repo.root / "MODEL_CARD.md").read_text()
    # a fresh card: placeholders, no results, factors without results
    fresh = kinds(card.check_card(text, source="MODEL_CARD.md"))
    assert {"placeholder", "no-results", "no-factor-results"} <= fresh

    card.fill(repo, DATA / "results_microscopy.csv")  # per site only, no age/sex/ancestry
    filled = fill_placeholders((repo.root / "MODEL_CARD.md").read_text())
    findings = card.check_card(filled, source="MODEL_CARD.md")
    assert kinds(findings) == {"no-factor-results"}
    assert {f.message.split("“")[1].split("”")[0] for f in findings} == {"age", "sex", "ancestry"}

    # an empty section, a removed section
    emptied = re.sub(r"(## Evaluation data\n).*?(\n## Training data)", r"\1\2", filled, flags=re.S)
    assert "empty-section" in kinds(card.check_card(emptied, source="c"))
    removed = filled.replace("## Caveats and recommendations", "## Notes")
    assert "missing-section" in kinds(card.check_card(removed, source="c"))

    # a metric in the text that the metadata does not declare
    mismatch = filled.replace("| `balanced_accuracy` | test | overall |", "| `accuracy` | test | overall |")
    found = [f for f in card.check_card(mismatch, source="c") if f.kind == "metric-mismatch"]
    assert found and "`accuracy`" in found[0].message


def test_check_release_with_open_privacy_concerns(tmp_path: Path) -> None:
    from deeprules.config import load_config
    from deeprules.engine import assess
    from deeprules.project import load_project_answers

    pytest.importorskip("deeprules.register")
    repo = make_project(tmp_path / "p", "pneumonia")
    a = assess(load_project_answers(repo))
    register = card.register_entries(repo, load_config(repo.root))
    assert register and any(e.is_privacy and e.is_open for e in register)
    text = fill_placeholders((repo.root / "MODEL_CARD.md").read_text())
    findings = card.check_card(text, source="c", answers=a.answers, facts=a.facts, register=register,
                               concerns=a.ethics)
    privacy = [f for f in findings if f.kind == "release-privacy"]
    assert privacy and "ETH-" in privacy[0].message
    # once the privacy concerns are mitigated in the register, the finding goes
    for path in (repo.root / "ethics").glob("ETH-*.md"):
        path.write_text(re.sub(r"^status: open$", "status: mitigated", path.read_text(), count=1, flags=re.M))
    register = card.register_entries(repo, load_config(repo.root))
    findings = card.check_card(text, source="c", answers=a.answers, facts=a.facts, register=register,
                               concerns=a.ethics)
    assert "release-privacy" not in kinds(findings)
    # no release planned: no finding either
    assert "release-privacy" not in kinds(card.check_card(text, source="c", answers=a.answers,
                                                          facts={**a.facts, "releasing": False}, register=None,
                                                          concerns=a.ethics))


def test_card_links_the_register(tmp_path: Path) -> None:
    pytest.importorskip("deeprules.register")
    repo = make_project(tmp_path / "p", "pneumonia")
    text = (repo.root / "MODEL_CARD.md").read_text()
    files = sorted(p.name for p in (repo.root / "ethics").glob("ETH-*.md"))
    assert files
    for name in files:
        assert f"](ethics/{name})" in text  # linked in the very commit that opened them
    assert "not yet in the register" not in text


@pytest.mark.parametrize("example", ["expression", "microscopy", "clinical"])
def test_the_references_list_every_number_the_card_cites_and_no_other(tmp_path: Path, example: str) -> None:
    """A reader who meets [105] in the Interpretability section finds it under References."""
    repo = make_project(tmp_path / "p", example)
    body, _, references = (repo.root / "MODEL_CARD.md").read_text().partition("\n## References\n")
    cited = {int(n) for group in re.findall(r"(?<!\\)\[(\d+(?:, \d+)*)\](?!\()", body)
             for n in group.split(", ")}
    listed = {int(n) for n in re.findall(r"^- \[(\d+)\] ", references, re.M)}
    assert {105, 106, 112} <= cited
    assert listed == cited


def test_a_card_without_chosen_metrics_asks_for_them_under_metrics(tmp_path: Path) -> None:
    """With no task answered the plan names no metric: the list under "The metrics the plan chose" was empty."""
    repo, _ = init(make_repo(tmp_path / "p"), Answers({"n_samples": 2400}))
    text = (repo.root / "MODEL_CARD.md").read_text()
    chosen = text.split("The metrics the plan chose (tip 7), and why:\n", 1)[1].lstrip("\n").split("\n\n")[0]
    assert chosen.startswith(f"- {PLACEHOLDER}")


@pytest.mark.parametrize("card_path", ["MODEL_CARD.md", "docs/model/MODEL_CARD.md"])
def test_every_relative_link_in_the_generated_files_opens_a_file(tmp_path: Path, card_path: str) -> None:
    """The Hugging Face Hub opens a relative link as a file (…/blob/main/PATH): a link to a folder is dead there."""
    root = make_repo(tmp_path / "p")
    (root / ".deeprules").mkdir()
    (root / ".deeprules" / "config.yaml").write_text(f"paths: {{card: {card_path}}}\n")
    repo, _ = init(root, Answers.example("clinical"))
    generated = [repo.root / card_path, repo.root / "PLAN.md", *sorted((repo.root / "ethics").glob("*.md"))]
    links = 0
    for doc in generated:
        for target in re.findall(r"\]\(([^)\s]+)\)", doc.read_text()):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            links += 1
            assert (doc.parent / target.split("#")[0]).resolve().is_file(), (doc.name, target)
    assert links > 10


# ----------------------------------------------------------------------------------------- export
def test_html_export_escapes_user_text() -> None:
    text = ("---\nlicense: mit\ntags: [\"<b>x</b>\"]\n---\n# Model card: <script>alert(1)</script>\n\n"
            "## Model details\n\n- **Developed by:** <img src=x onerror=alert(1)> and "
            "[a link](javascript:alert(1)) and [ok](https://example.org)\n\n"
            "| Metric | Value |\n|---|---|\n| `f1` | 0.8 |\n<!-- deeprules:factor.site -->\n")
    page = card.export_html(text, source="MODEL_CARD.md")
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "<img" not in page and "&lt;img" in page
    assert "<b>x</b>" not in page
    assert 'href="javascript' not in page and 'href="https://example.org"' in page
    assert "<table>" in page and "<h2>Model details</h2>" in page
    assert "deeprules:factor" not in page
    assert "http://" not in page.split("<body>")[0] and "https://" not in page.split("<body>")[0]


def test_training_data_provenance_from_the_manifest(tmp_path: Path) -> None:
    repo = make_project(tmp_path / "p")
    (repo.root / "datapackage.json").write_text(json.dumps({"name": "p", "resources": [{
        "name": "algae-images", "path": "data/images.tar", "hash": "sha256:abc123", "bytes": 10,
        "sources": [{"title": "Zenodo", "path": "https://zenodo.org/record/1"}], "version": "v2",
        "downloaded": "2024-03-01"}]}))
    card.write_card(repo)
    text = (repo.root / "MODEL_CARD.md").read_text()
    assert "| algae-images | https://zenodo.org/record/1 | v2 | 2024-03-01 | sha256:abc123 |" in text
    assert "datasets:" not in text.split("\n---\n", 1)[0]  # not on the Hub: a local name would be a dead link


def test_only_data_sets_on_the_hub_go_into_the_datasets_metadata(tmp_path: Path) -> None:
    """The Hub turns each `datasets:` entry into a link to huggingface.co/datasets/<entry>."""
    repo = make_project(tmp_path / "p")
    (repo.root / "datapackage.json").write_text(json.dumps({"name": "p", "resources": [
        {"name": "algae-images", "path": "data/a.tar", "sources": [{"path": "https://zenodo.org/record/1"}]},
        {"name": "labels", "path": "data/l.csv",
         "sources": [{"path": "https://huggingface.co/datasets/lab-x/algae_labels/tree/v2"}]},
        {"name": "extra", "path": "data/e.csv", "sources": [{"path": "hf://datasets/glue"}]}]}))
    card.write_card(repo)
    meta = card.split_front_matter((repo.root / "MODEL_CARD.md").read_text(), "MODEL_CARD.md").meta
    assert meta["datasets"] == ["lab-x/algae_labels", "glue"]
