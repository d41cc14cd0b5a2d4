"""Answers: validation with clear messages, and round trips that keep the user's comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from deeprules.answers import Answers, resolve_answers
from deeprules.errors import InputError

BAD = sorted((Path(__file__).parent / "data" / "answers").glob("*.yaml"))


def expected(path: Path) -> str:
    first = path.read_text().splitlines()[0]
    assert first.startswith("# expect: ")
    return first.removeprefix("# expect: ")


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_answers_file_names_the_problem(path: Path) -> None:
    with pytest.raises(InputError) as err:
        Answers.load(path)
    assert expected(path) in str(err.value)
    assert "\n" not in str(err.value), "one line"


def test_error_names_the_line_of_a_bad_value(tmp_path: Path) -> None:
    f = tmp_path / "a.yaml"
    f.write_text("title: x\ntask: classification\nlabel_noise: loud\n")
    with pytest.raises(InputError, match=r"a\.yaml:3: label_noise: 'loud' is not allowed"):
        Answers.load(f)


def test_missing_file() -> None:
    with pytest.raises(InputError, match="no such answers file"):
        Answers.load(Path("/nonexistent/answers.yaml"))


def test_round_trip_keeps_comments_and_order(tmp_path: Path) -> None:
    text = "# my project\ntitle: Algae  # short name\nn_samples: 120\n\n# compute we have\ncompute: laptop\n"
    a = Answers.from_text(text, "a.yaml")
    assert a.set("compute", "cluster")
    assert not a.set("n_samples", "120")
    out = a.to_yaml()
    assert out == text.replace("compute: laptop", "compute: cluster")


def test_values_are_coerced_to_their_types() -> None:
    a = Answers()
    a.apply(["n_samples=21,000", "minority_fraction=0.1", "human_subjects=no", "title=My study"])
    assert a["n_samples"] == 21000 and a["minority_fraction"] == 0.1 and a["human_subjects"] == "no"


def test_yaml_booleans_map_to_yes_no() -> None:
    a = Answers.from_text("human_subjects: false\nmulti_site: true\n", "a.yaml")
    assert a["human_subjects"] == "no" and a["multi_site"] == "yes"


def test_bad_set_syntax() -> None:
    with pytest.raises(InputError, match="expected id=value"):
        Answers().apply(["n_samples"])


def test_unknown_example_lists_the_bundled_ones() -> None:
    with pytest.raises(InputError, match=r"bundled examples: .*microscopy"):
        resolve_answers(example="nope")


def test_no_answers_anywhere_says_how_to_start(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="deeprules init"):
        resolve_answers(start=tmp_path)


def test_every_bundled_example_is_valid() -> None:
    from deeprules.knowledge import load_knowledge

    for name in load_knowledge().examples:
        assert Answers.example(name).answered()


def test_yaml_round_trips_are_safe_from_several_threads() -> None:
    """The TUI saves and assesses from worker threads at the same time."""
    from concurrent.futures import ThreadPoolExecutor

    text = "# c\ntitle: T\nn_samples: 120\ncompute: laptop\n"

    def work(i: int) -> str:
        a = Answers.from_text(text, "a.yaml")
        a.set("n_samples", str(100 + i))
        return a.to_yaml()

    with ThreadPoolExecutor(8) as pool:
        outs = list(pool.map(work, range(200)))
    assert outs[7] == text.replace("120", "107")


# ------------------------------------------------------------------------------------------ consistency

def _repo_with_plan(repo: Path) -> Path:
    from conftest import invoke

    assert invoke("init", str(repo), "--example", "microscopy").exit_code == 0
    return repo


def _snapshot(repo: Path) -> dict[str, bytes]:
    return {str(p.relative_to(repo)): p.read_bytes() for p in repo.rglob("*") if p.is_file()}


@pytest.mark.parametrize(("sets", "both"), [
    (["n_samples=400"], ("n_samples=400", "n_min_class=1000")),  # smallest class larger than the data
    (["n_min_class=5000"], ("n_min_class=5000", "n_samples=21000")),  # 8 classes x 5,000 > 21,000
    (["minority_fraction=0.01"], ("minority_fraction=0.01", "n_min_class=1000")),  # 1,000 / 21,000 is 0.048
    (["n_classes=40"], ("n_classes=40", "n_min_class=1000")),  # 40 classes of 1,000 need 40,000 examples
    (["minority_fraction=0.2"], ("minority_fraction=0.2", "n_classes=8")),  # the smallest of 8 is at most 1/8
    (["n_units=30000"], ("n_units=30000", "n_samples=21000")),  # more donors than samples
])
def test_contradictory_answers_are_refused_naming_both(sets: list[str], both: tuple[str, str]) -> None:
    with pytest.raises(InputError) as err:
        resolve_answers(example="microscopy", sets=sets)
    message = str(err.value)
    assert both[0] in message and both[1] in message and "\n" not in message
    assert "(just set)" in message and "example:microscopy:" in message, "says which is new and where the other is"


def test_changing_both_together_is_accepted_and_the_fraction_may_be_derived() -> None:
    a = resolve_answers(example="microscopy", sets=["n_samples=400", "n_min_class=40", "minority_fraction=",
                                                    "n_classes=4"])
    assert a is not None and a["n_samples"] == 400 and a.get("minority_fraction") is None
    from deeprules.engine import assess

    assert assess(a).facts["minority_share"] == pytest.approx(0.1), "derived from the counts"


def test_a_rounded_fraction_agrees_with_the_counts() -> None:
    from deeprules.answers import fraction_agrees

    assert fraction_agrees(0.05, 1000 / 21000) and fraction_agrees(0.0024, 100 / 42364)
    assert not fraction_agrees(0.2, 0.1) and not fraction_agrees(0.005, 0.0001)


def test_answers_for_another_task_are_not_compared() -> None:
    # a smallest class left over from a classification draft is not asked for a regression, and a unit
    # count is not asked once the samples are independent
    a = resolve_answers(example="microscopy", sets=["task=regression", "n_samples=400"])
    assert a is not None and a["n_min_class"] == 1000
    a = resolve_answers(example="microscopy", sets=["independent_samples=yes", "n_units=50000"])
    assert a is not None and a["n_units"] == 50000


def test_a_refused_change_leaves_the_answers_as_they_were() -> None:
    a = Answers.example("microscopy")
    with pytest.raises(InputError):
        a.apply(["compute=laptop", "n_samples=400"])
    assert a["n_samples"] == 21000 and a["compute"] == "workstation_gpu"
    assert "n_samples: 21000" in a.to_yaml()


def test_the_tui_refuses_only_what_its_answer_causes() -> None:
    """The TUI saves one answer at a time (`update(caused_only=True)`): a contradiction already in the file
    does not block an unrelated answer; a task that makes a leftover class size count is refused."""
    from deeprules.answers import ContradictionError

    a = Answers.example("microscopy")
    a.update([("task", "regression")])
    a.update([("n_samples", 400)], caused_only=True)  # n_min_class=1000 is not compared for a regression
    with pytest.raises(ContradictionError) as err:
        a.update([("task", "classification")], caused_only=True)
    assert set(err.value.ids) == {"n_min_class", "n_samples"} and a["task"] == "regression"
    broken = Answers.from_text(a.to_yaml().replace("task: regression", "task: classification"), "answers.yaml")
    assert broken.contradiction() is not None, "the file contradicts itself"
    assert broken.update([("compute", "laptop")], caused_only=True) == ["compute"]
    with pytest.raises(ContradictionError):
        broken.update([("compute", "cluster")])  # the CLI's `answer` refuses until it is fixed


def test_answer_refuses_a_contradiction_with_exit_2_and_touches_nothing(repo: Path) -> None:
    from conftest import git, invoke

    _repo_with_plan(repo)
    before, head = _snapshot(repo), git(repo, "rev-parse", "HEAD")
    r = invoke("answer", "-C", str(repo), "n_samples=400")
    assert r.exit_code == 2
    assert "n_samples=400" in r.stderr and "n_min_class=1000" in r.stderr
    assert ".deeprules/answers.yaml:" in r.stderr, "names where the other answer is"
    assert _snapshot(repo) == before and git(repo, "rev-parse", "HEAD") == head


def test_answer_says_when_the_verdict_changed_and_which_parts_moved(repo: Path) -> None:
    import json

    from conftest import invoke

    _repo_with_plan(repo)
    # The microscopy example counts every labelled image (label_scope: sample), so it takes three changes.
    r = invoke("answer", "-C", str(repo), "compute=laptop", "expertise=new", "pretrained_available=no")
    assert r.exit_code == 0, r.output
    assert "tip 1 verdict changed: deep_learning -> baselines_first" in r.stdout
    assert "compute +0.50 -> -0.50" in r.stdout and "expertise" in r.stdout
    r = invoke("answer", "-C", str(repo), "title=Algae classes", "--json")
    change = json.loads(r.stdout)["verdict"]
    assert change["changed"] is False and change["moved"] == [] and change["after"] == "baselines_first"
    r = invoke("answer", "-C", str(repo), "title=Algae taxa")
    assert "tip 1 verdict unchanged: baselines_first" in r.stdout


@pytest.mark.parametrize(("text", "hint"), [
    ("n_sample: 30\n", "unknown question id 'n_sample' (did you mean 'n_samples'?)"),
    ("task: clasification\n", "'clasification' is not allowed (did you mean 'classification'?)"),
    ("compute: Laptop\n", "'Laptop' is not allowed (did you mean 'laptop'?)"),
])
def test_a_near_miss_in_the_answers_names_the_id_or_value_meant(text: str, hint: str) -> None:
    with pytest.raises(InputError) as err:
        Answers.from_text(text, "a.yaml")
    assert hint in str(err.value)


def test_a_near_miss_of_an_example_names_it() -> None:
    with pytest.raises(InputError, match=r"unknown example 'microscop' \(did you mean 'microscopy'\?\)"):
        resolve_answers(example="microscop")
