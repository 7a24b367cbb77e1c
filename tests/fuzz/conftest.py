"""The fuzz targets run only under `make fuzz` (EVDESK_FUZZ_SECONDS set), never in `make test`: each one
spends its share of the time budget generating inputs, so it has no fixed length."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

BUDGET_VARIABLE = "EVDESK_FUZZ_SECONDS"
# Each target's share of the budget (they sum to 1).
SHARES = {"request": 0.25, "cli": 0.4, "policy": 0.35}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fuzz: a fuzz target, run by `make fuzz` within a time budget")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get(BUDGET_VARIABLE):
        return
    here = Path(__file__).parent
    skip = pytest.mark.skip(reason=f"fuzzing runs with `make fuzz` ({BUDGET_VARIABLE} unset)")
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(skip)


def run_for(share: str, rounds: Callable[[], None]) -> int:
    """Call `rounds` (one hypothesis run of a few hundred examples) until this target's share of the
    budget is spent; return how many runs. A failing example fails the run with its reproducer."""
    deadline = time.monotonic() + float(os.environ[BUDGET_VARIABLE]) * SHARES[share]
    runs = 0
    while runs == 0 or time.monotonic() < deadline:
        rounds()
        runs += 1
    return runs
