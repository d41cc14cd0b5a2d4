"""An error in a table names the line a user's editor shows: quoted cells with line breaks and blank lines
(which pandas skips) come before the bad row; a file that is not UTF-8 says on which line (or that it is
UTF-16). Every ML command reads tables through `ml.table`, so each kind of message is checked once."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("sklearn")

from conftest import invoke

FAST = ("--budget", "1", "--folds", "3", "--inner-folds", "2", "--permutations", "0", "-m",
        "logistic_regression", "--jobs", "1")


def rows(n: int = 90) -> list[str]:
    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"a": rng.normal(size=n).round(4), "note": "plain", "y": rng.integers(0, 2, n)})
    return frame.to_csv(index=False).splitlines()


def bad_line(text: str, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "data.csv"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    r = invoke(*(args or ("baselines", str(path), "--target", "y", *FAST)), cwd=tmp_path)
    assert r.exit_code == 2, r.output
    message = r.output.strip()
    assert "\n" not in message and message.count("data.csv") == 1, message
    return message


def test_the_line_counts_quoted_line_breaks_and_blank_lines(tmp_path: Path) -> None:
    lines = rows()
    lines[3] = lines[3].replace("plain", '"two\nlines"')
    lines[5] = lines[5].replace("plain", '"three\r\nline\ncell"')
    lines.insert(10, "")  # skipped by pandas
    lines[40] = "inf" + lines[40][lines[40].index(","):]
    text = "\n".join(lines) + "\n"
    shown = 1 + text[:text.index("\ninf,")].count("\n") + 1  # the physical line, as an editor numbers it
    assert f"line {shown}: column 'a' is infinite" in bad_line(text, tmp_path)


def test_an_empty_target_after_a_quoted_line_break(tmp_path: Path) -> None:
    lines = rows()
    lines[2] = lines[2].replace("plain", '"a\nb"')
    lines[20] = lines[20].rsplit(",", 1)[0] + ","
    text = "\n".join(lines) + "\n"
    assert "line 22: target 'y' is empty" in bad_line(text, tmp_path)


@pytest.mark.parametrize(("data", "expected"), [
    ("\n".join([*rows()[:30], rows()[30].replace("plain", "caf\u00e9"), *rows()[31:]]).encode("latin-1"),
     "line 31: not UTF-8 text"),
    ("\n".join(rows()).encode("utf-16"), "line 1: UTF-16"),
], ids=["latin-1", "utf-16"])
def test_text_that_is_not_utf8_names_the_line(tmp_path: Path, data: bytes, expected: str) -> None:
    assert expected in bad_line(data, tmp_path)  # type: ignore[arg-type]
