"""Issue 11, reading side: what a hostile repository supplies is parsed within limits, paths stay inside the
work tree, and every problem is one line naming file:line with exit 2. Each case failed before the fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import git
from deeprules import paths, yamlio
from deeprules.cli.main import app
from deeprules.errors import InputError, UnsafePathError


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def no_traceback(code: int, out: str, err: str) -> None:
    assert "Traceback" not in out + err and "Error:" not in err.replace("deeprules: error:", ""), (out, err)


@pytest.fixture
def project(repo: Path) -> Path:
    code, _out, err = run("init", "--example", "microscopy", str(repo))
    assert code == 0, err
    return repo


def concern_file(project: Path) -> Path:
    return sorted((project / "ethics").glob("ETH-0001-*.md"))[0]


def head_state(project: Path) -> tuple[str, str]:
    return git(project, "rev-parse", "HEAD"), git(project, "status", "--porcelain")


# -- dates -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [["check"], ["plan"], ["ethics", "list"], ["ethics", "show", "1"],
                                     ["card"], ["status"], ["report"]],
                         ids=["check", "plan", "ethics-list", "ethics-show", "card", "status", "report"])
def test_an_impossible_due_date_is_one_line_naming_file_and_line(project: Path, command: list[str]) -> None:
    path = concern_file(project)
    text = path.read_text().replace("\ndue:\n", "\ndue: 2026-13-01\n")
    path.write_text(text)
    line = text.splitlines().index("due: 2026-13-01") + 1
    git(project, "commit", "-qam", "typo in a date")
    before = head_state(project)
    page = project.parent / "out.html"
    extra = ["--html", str(page)] if command == ["report"] else []
    code, out, err = run(*command, *extra, "-C", str(project))
    no_traceback(code, out, err)
    if command[0] in ("ethics", "plan", "card", "status"):  # they render the register: refused, as bad input
        assert code == 2, (out, err)
        assert f"{path.relative_to(project)}:{line}" in err and "2026-13-01" in err
        assert len(err.strip().splitlines()) == 1
    else:
        # These only score or show the register: the broken file is shown as unreadable, not fatal.
        assert code in (0, 1), (out, err)
    if command[0] == "report":
        assert f"{path.relative_to(project)}:{line}" in page.read_text()
    assert head_state(project) == before  # nothing written or committed


def test_an_impossible_date_in_the_card_metadata_or_config_names_the_line(project: Path) -> None:
    card = project / "MODEL_CARD.md"
    text = card.read_text()
    assert text.startswith("---\n")
    card.write_text(text.replace("---\n", "---\ndate: 2026-02-30\n", 1))
    code, _out, err = run("card", "export", "--html", str(project.parent / "c.html"), "-C", str(project))
    assert code == 2 and "MODEL_CARD.md:2" in err and "2026-02-30" in err, err
    (project / ".deeprules" / "config.yaml").write_text("check:\n  fail_under: 2026-13-01\n")
    code, _out, err = run("check", "-C", str(project))
    assert code == 2 and ".deeprules/config.yaml:2" in err, err


# -- limits --------------------------------------------------------------------------------------------------

BOMB = "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 12)).replace(
    "l1: &l1 [*l0", "l0: &l0 [x]\nl1: &l1 [*l0")


def test_an_alias_bomb_in_a_concern_title_is_refused_fast(project: Path) -> None:
    path = concern_file(project)
    text = path.read_text()
    path.write_text(text.replace("---\n", "---\n" + BOMB, 1).replace(
        "title: Document the model before anyone else uses it", "title: *l11"))
    code, _out, err = run("ethics", "list", "-C", str(project))  # expanded, the bomb would never finish
    assert code == 2 and "aliases expand" in err and path.name in err, err


@pytest.mark.parametrize("doc", ["a: " + "[" * 10_000 + "]" * 10_000 + "\n",
                                 "a: " + "{x: " * 5_000 + "1" + "}" * 5_000 + "\n",
                                 "".join("  " * i + f"k{i}:\n" for i in range(500)) + "  " * 500 + "v: 1\n",
                                 "".join("- " * 2_000) + "x\n"], ids=["flow-seq", "flow-map", "block", "dashes"])
def test_deep_nesting_is_refused_before_the_parser(project: Path, doc: str) -> None:
    (project / ".deeprules" / "answers.yaml").write_text(doc)
    code, out, err = run("plan", "-C", str(project))
    no_traceback(code, out, err)
    assert code == 2 and "nested more than" in err and "answers.yaml:" in err, err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("target", [".deeprules/answers.yaml", ".deeprules/config.yaml", "MODEL_CARD.md"])
def test_a_fifo_is_refused_without_blocking(project: Path, target: str) -> None:
    path = project / target
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    command = ["card", "check", "-C", str(project)] if target == "MODEL_CARD.md" else ["plan", "-C", str(project)]
    code, _out, err = run(*command)  # blocking here would hang the test run: the type is checked before open
    assert code == 2 and "named pipe" in err and target in err, err


def test_a_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="device"):
        yamlio.read_text(Path("/dev/zero"), follow_symlinks=True)


@pytest.mark.parametrize("data, words", [(b"a: 1\nb: \x00\n", ["answers.yaml:2", "NUL"]),
                                         (b"title: x\ntask: \xff\xfe\n", ["answers.yaml:2", "UTF-8"]),
                                         (b"n_samples: " + b"9" * 5000 + b"\n", ["answers.yaml:1", "number"]),
                                         (b"title: a\x1b]0;owned\x07\n", ["answers.yaml:1", "control character"]),
                                         (b"x" * (3 * 1024 * 1024), ["answers.yaml", "too big"])],
                         ids=["nul", "latin1", "long-int", "escape", "huge"])
def test_binary_and_oversized_answers_are_one_line(project: Path, data: bytes, words: list[str]) -> None:
    (project / ".deeprules" / "answers.yaml").write_bytes(data)
    code, out, err = run("plan", "-C", str(project))
    assert code == 2, (out, err)
    for word in words:
        assert word in err
    assert len(err.strip().splitlines()) == 1


def test_json_and_csv_readers_refuse_nan_huge_numbers_and_depth() -> None:
    for text, word in (("[NaN]", "NaN"), ("[" + "1" * 400 + "]", "300 digits"), ("[" * 5000 + "]" * 5000, "nested"),
                       ("[" * 100 + "]" * 100, "nested")):
        with pytest.raises(InputError, match=word):
            yamlio.parse_json(text, "r.json")
    rows = list(yamlio.parse_csv("a,b\n1,2\n", "r.csv"))
    assert rows == [(1, ["a", "b"]), (2, ["1", "2"])]


# -- paths ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("card", ["../secret.md", "/etc/hostname", "sub/../../secret.md", ".git/config",
                                  "nested/MODEL_CARD.md", "link/MODEL_CARD.md"])
def test_card_export_never_reads_outside_the_work_tree(project: Path, tmp_path: Path, card: str) -> None:
    (project.parent / "secret.md").write_text("---\ntitle: SECRET\n---\n# SECRET\n")
    nested = project / "nested"
    nested.mkdir()
    git(nested, "init", "-q")
    (nested / "MODEL_CARD.md").write_text("---\ntitle: SECRET\n---\n# SECRET\n")
    (project / "link").symlink_to(project.parent)
    (project / ".deeprules" / "config.yaml").write_text(f"paths:\n  card: {card}\n")
    out_file = tmp_path / "card.html"
    code, out, err = run("card", "export", "--html", str(out_file), "-C", str(project))
    assert code == 2, (out, err)
    assert ".deeprules/config.yaml:2" in err and "paths.card" in err
    assert not out_file.exists()


@pytest.mark.parametrize("config", ["paths:\n  card: PLAN.md\n", "paths:\n  plan: docs/x.md\n  card: docs/x.md\n",
                                    "paths:\n  plan: ethics/PLAN.md\n", "paths:\n  card: PLAN.md/card.md\n",
                                    "paths:\n  manifest: plan.md\n  plan: PLAN.MD\n"])
def test_two_generated_files_never_share_a_path(project: Path, config: str) -> None:
    (project / ".deeprules" / "config.yaml").write_text(config)
    before = (project / "PLAN.md").read_bytes()
    code, _out, err = run("plan", "-C", str(project))
    assert code == 2 and "config.yaml" in err and ("same path" in err or "inside" in err), err
    assert (project / "PLAN.md").read_bytes() == before


def test_resolver_rules() -> None:
    assert paths.normalize("./docs//PLAN.md") == "docs/PLAN.md"
    assert paths.normalize("a/../b.md") == "b.md"
    for bad in ("", "/etc/passwd", "C:/x", "..", "a/../../b", ".git/config", "a/.GIT/x", "a\x00b", "."):
        with pytest.raises(UnsafePathError):
            paths.normalize(bad)


def test_pyproject_config_is_validated_with_its_line(project: Path) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.deeprules]\ncheck = { fail_under = nan }\n')
    code, _out, err = run("check", "-C", str(project))
    assert code == 2 and "pyproject.toml:5" in err and "0 to 100" in err, err
    (project / "pyproject.toml").write_text('[tool.deeprules.paths]\ncard = "/etc/hostname"\n')
    code, _out, err = run("card", "export", "--html", str(project.parent / "x.html"), "-C", str(project))
    assert code == 2 and "pyproject.toml:2" in err, err


def test_check_refuses_the_file_system_root_outside_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = run("check", "-C", "/")
    assert code == 2 and "file-system root" in err
    home = tmp_path / "home"
    (home / "proj").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home / "proj"))
    code, _out, err = run("check", "-C", str(home))
    assert code == 2 and "home folder" in err
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "train.py").write_text("import torch\n")
    code, _out, err = run("check", "-C", str(plain), "--json")
    assert code == 0, err  # a project folder outside git is still checked


# -- numbers -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["nan", "-1", "101", "inf", "-0.5"])
def test_fail_under_outside_0_to_100_is_refused(project: Path, value: str) -> None:
    code, out, err = run("check", "-C", str(project), "--fail-under", value)
    assert code == 2, (out, err)
    (project / ".deeprules" / "config.yaml").write_text(f"check:\n  select: [DR1]\n  fail_under: {value}\n")
    code, out, err = run("check", "-C", str(project))
    assert code == 2 and ".deeprules/config.yaml:3" in err and "0 to 100" in err, err


def test_fail_under_in_config_still_gates(project: Path) -> None:
    (project / ".deeprules" / "config.yaml").write_text("check:\n  fail_under: 100\n")
    code, _out, err = run("check", "-C", str(project))
    assert code == 1 and "under the threshold" in err


@pytest.mark.parametrize("text", ["[tool]\ndeeprules = 5\n", "[tool.deeprules]\npaths = 3\n",
                                  "[tool.deeprules]\ncheck = { select = 7 }\n", "[tool.deeprules]\nx = 1\n"])
def test_pyproject_of_the_wrong_shape_is_one_line(project: Path, text: str) -> None:
    (project / "pyproject.toml").write_text(text)
    code, out, err = run("check", "-C", str(project))
    assert code == 2 and err.startswith("deeprules: error: pyproject.toml"), (out, err)


@pytest.mark.parametrize("command", [["report", "--html"], ["card", "export", "--html"],
                                     ["ethics", "export", "--format", "csv", "-o"]], ids=["report", "card", "ethics"])
def test_exports_never_write_into_git_or_through_a_symlinked_folder(project: Path, tmp_path: Path,
                                                                    command: list[str]) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (project / "out").symlink_to(outside)
    hooks = project / ".git" / "hooks" / "pre-commit"
    for target in (hooks, project / "out" / "page.html"):
        code, _out, err = run(*command, str(target), "-C", str(project))
        assert code == 2 and (".git" in err or "symlink" in err), err
    assert not hooks.exists() and not list(outside.iterdir())
    code, _out, err = run(*command, str(tmp_path / "fine.out"), "-C", str(project))
    assert code == 0 and (tmp_path / "fine.out").exists(), err
