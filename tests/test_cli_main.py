"""The root command: lazy sub-commands, help, version, and errors without tracebacks."""

from __future__ import annotations

import pytest
import typer.main

from conftest import invoke
from deeprules.cli.main import COMMANDS, app


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_listed_command_exists_and_its_summary_matches(name: str) -> None:
    group = typer.main.get_group(app)
    ctx = group.make_context("deeprules", [], resilient_parsing=True)
    command = group.get_command(ctx, name)
    assert command is not None, name
    summary = COMMANDS[name][1]
    assert " ".join((command.help or "").split()).startswith(" ".join(summary.split()[:4])), name


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help_with_an_example(name: str) -> None:
    r = invoke(name, "--help")
    assert r.exit_code == 0
    assert "Example" in r.stdout and "deeprules " in r.stdout.split("Example", 1)[1]


def test_root_help_lists_every_command() -> None:
    out = invoke("--help").stdout
    for name in COMMANDS:
        assert f"  {name} " in out


def test_unknown_command_is_exit_2() -> None:
    r = invoke("asses")
    assert r.exit_code == 2 and "No such command" in r.output


@pytest.mark.parametrize(("typed", "meant"), [("asses", "assess"), ("chek", "check"), ("histroy", "history"),
                                             ("ethics lst", "list"), ("card chek", "check")])
def test_a_mistyped_command_suggests_the_one_meant_at_every_level(typed: str, meant: str) -> None:
    r = invoke(*typed.split())
    assert r.exit_code == 2 and f"Did you mean '{meant}'?" in r.output


def test_a_word_close_to_no_command_gets_no_suggestion() -> None:
    r = invoke("xyz")
    assert r.exit_code == 2 and "No such command 'xyz'." in r.output and "Did you mean" not in r.output


def test_completing_after_an_unknown_word_does_not_fail() -> None:
    group = typer.main.get_group(app)
    ctx = group.make_context("deeprules", ["asses"], resilient_parsing=True)
    assert group.resolve_command(ctx, ["asses"])[1] is None


def test_no_command_outside_a_terminal_explains() -> None:
    r = invoke()
    assert r.exit_code == 2 and "deeprules --help" in r.output
