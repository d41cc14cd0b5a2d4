"""Every generated file renders whatever answer is missing.

An answer left empty (`deeprules answer minority_fraction=`) once reached a template that read it
unconditionally and crashed `answer` with a Jinja traceback. Here each example project loses each of its
answers in turn (one at a time), and `plan --dry-run` (which renders the plan, the card and the register) must still
answer with an exit code, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import invoke, make_repo

EXAMPLES = ["microscopy", "clinical", "sequences"]


def answer_ids(root: Path) -> list[str]:
    ids = []
    for line in (root / ".deeprules" / "answers.yaml").read_text().splitlines():
        if line and not line.startswith((" ", "#", "-")) and ":" in line:
            ids.append(line.split(":", 1)[0].strip())
    return ids


@pytest.mark.parametrize("example", EXAMPLES)
def test_each_answer_left_empty_still_renders(tmp_path: Path, example: str) -> None:
    root = make_repo(tmp_path / example)
    r = invoke("init", "--example", example, "--no-commit", str(root))
    assert r.exit_code == 0, r.output
    answers = root / ".deeprules" / "answers.yaml"
    full = answers.read_text()
    ids = answer_ids(root)
    assert len(ids) > 10
    for qid in ids:
        answers.write_text(full)  # one answer missing at a time, the others as the example has them
        r = invoke("answer", "--no-commit", "-C", str(root), f"{qid}=")
        # 2 is a clear refusal (a required answer); anything else must have rendered every file
        assert r.exit_code in (0, 2), f"{qid}=: {r.output}"
        r = invoke("plan", "--dry-run", "-C", str(root))
        assert r.exit_code in (0, 1), f"plan after {qid}=: {r.output}"
