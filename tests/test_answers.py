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
