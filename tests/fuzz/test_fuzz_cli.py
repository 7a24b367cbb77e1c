"""Fuzz target: `evdesk` with any argv (options it knows and does not, values holding surrogates,
newlines and undecodable bytes) exits 0 with an answer or 2 with one line on stderr; never a traceback."""

from __future__ import annotations

import io
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evdesk.cli import build_parser, run_cli
from tests.fuzz.conftest import run_for
from tests.fuzz.strategies import nasty_text


def _check_options() -> list[str]:
    parser = build_parser()
    commands = next(action for action in parser._actions if action.dest == "command")
    check = commands.choices["check"]
    return sorted(option for action in check._actions for option in action.option_strings)


OPTIONS = _check_options()
COMMANDS = [["check"], ["policy", "show"], ["policy", "validate"], ["policy"], []]
argument = st.one_of(st.sampled_from(OPTIONS), nasty_text, st.sampled_from(["bev", "within", "yes", "CN", "US"]))
argv = st.tuples(st.sampled_from(COMMANDS), st.lists(argument, max_size=8)).map(lambda parts: parts[0] + parts[1])


def run(arguments: list[str]) -> tuple[int, str, str]:
    """run_cli with stdout and stderr as a strict UTF-8 terminal's (a lone surrogate cannot be written)."""
    out, err = io.BytesIO(), io.BytesIO()
    terminal_out = io.TextIOWrapper(out, encoding="utf-8", errors="strict")
    terminal_err = io.TextIOWrapper(err, encoding="utf-8", errors="strict")
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = terminal_out, terminal_err
    try:
        try:
            code = run_cli(arguments)
        except SystemExit as leaving:  # --help and --version leave through argparse, with 0
            code = leaving.code if isinstance(leaving.code, int) else 2
        terminal_out.flush()
        terminal_err.flush()
        written = out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")
    finally:
        sys.stdout, sys.stderr = saved
    return code, *written


@pytest.mark.fuzz
def test_the_cli_answers_or_refuses_in_one_line() -> None:
    @settings(max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(argv)
    def one(arguments: list[str]) -> None:
        code, _, err = run(arguments)
        assert code in (0, 2), (code, err)
        if code == 2 and arguments[:2] == ["policy", "validate"] and not err.startswith("evdesk: "):
            # `policy validate` lists every problem, one printable line each: `file: key: problem`.
            lines = err.splitlines()
            assert err.endswith("\n") and lines and all(line.isprintable() and ": " in line for line in lines), err
        elif code == 2:
            assert err.endswith("\n") and err.count("\n") == 1, err
            assert err.startswith("evdesk: "), err

    run_for("cli", one)
