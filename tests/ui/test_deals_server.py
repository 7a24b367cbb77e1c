"""A dealership's PostgreSQL server that goes away while the window is open, and comes back: a clear
message in the window, the form kept as typed, nothing already saved lost, and the failed save retried.

The test starts a throwaway cluster of its own (`.ci/postgres`), since it stops and restarts it; it is
skipped, saying why, where Debian's PostgreSQL binaries are missing, and fails instead under
EVDESK_REQUIRE_POSTGRES=1 (CI)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evdesk.records.deals import get_deal, list_deals

CLUSTER = Path(__file__).resolve().parents[2] / ".ci" / "postgres"


def _cluster(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(CLUSTER), *args], capture_output=True, text=True, check=False,
                          timeout=120)


@pytest.fixture
def server() -> Iterator[tuple[str, str]]:
    """(URL, folder) of a cluster this test alone uses."""
    reason = None
    if _cluster("available").returncode:
        reason = "Debian's PostgreSQL binaries are not installed"
    else:
        started = _cluster("start")
        if started.returncode:
            reason = f"the throwaway cluster did not start: {started.stderr.strip()}"
    if reason:
        if os.environ.get("EVDESK_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required but {reason}")
        pytest.skip(f"PostgreSQL: {reason}")
    url, folder = started.stdout.split()
    try:
        yield url, folder
    finally:
        _cluster("stop", folder)


def test_the_server_going_away_and_coming_back(window: Any, server: tuple[str, str]) -> None:
    url, folder = server
    window.settings.database_url = url
    deals = window.deals
    deals.today = lambda: dt.date(2026, 5, 20)
    deals.start()
    window.form.fill(vin="3GNKDBRJ7TS100234", powertrain="BEV", origin="US", vehicle_price="45000",
                     sale_date=dt.date(2026, 5, 18))  # two days ago: nothing needs action yet
    first = deals.ask_to_save()
    first.customer.setText("Ann Smith")
    first.ok_button.click()
    assert not first.isVisible()
    assert deals.badge.text() == "No claim needs action"
    view = deals.show_deals()
    assert view.model.rowCount() == 1

    assert _cluster("pause", folder).returncode == 0  # the server goes away
    window.form.fill(vin="", vehicle_price="47000", make="Kia")
    typed = window.form.read().request
    dialog = deals.ask_to_save()
    dialog.customer.setText("Bob Jones")
    dialog.stock.setText("S-2")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "cannot be reached" in dialog.problem.text() and "Nothing was saved" in dialog.problem.text()
    assert dialog.ok_button.text() == "Try again"
    assert window.form.read().request == typed  # the form as typed
    assert (dialog.customer.text(), dialog.stock.text()) == ("Bob Jones", "S-2")  # and the dialog too
    deals.update_badge()
    assert "not reachable" in deals.badge.text() and "cannot be reached" in deals.badge.toolTip()
    view.reload()
    assert view.problem.isVisibleTo(view) and "cannot be reached" in view.problem.text()
    assert view.model.rowCount() == 1  # what was shown stays

    assert _cluster("resume", folder).returncode == 0  # back
    dialog.ok_button.click()  # the failed save, retried
    assert not dialog.isVisible()
    records = deals.session.records()
    rows = list_deals(records)
    assert [row.customer for row in rows] == ["Bob Jones", "Ann Smith"]  # nothing lost
    # (A server that stopped abruptly may skip deal numbers, as PostgreSQL's sequences do; never reuse one.)
    assert rows[0].number > rows[1].number
    assert get_deal(records, rows[0].number).sale_request() == typed
    view.retry_button.click()
    assert not view.problem.isVisibleTo(view) and view.model.rowCount() == 2
    deals.update_badge()
    assert deals.badge.text() == "No claim needs action"


def test_two_counters_share_one_server(qtbot: Any, window: Any, policy: Any, server: tuple[str, str]) -> None:
    """A deal saved at one counter is found, and its claim moved, at another."""
    from evdesk.records.claims import Move
    from evdesk.records.database import open_records
    from evdesk.ui import MainWindow
    from evdesk.ui.settings import Settings

    url, _ = server
    window.settings.database_url = url
    other = MainWindow(policy=policy, settings=Settings(), language="en")  # the same settings: the same server
    qtbot.addWidget(other)
    for counter in (window, other):
        counter.deals.today = lambda: dt.date(2026, 5, 20)
        counter.deals.start()
    window.form.fill(powertrain="BEV", origin="US", assembly="US", vehicle_price="45000", sale_date=dt.date(2026, 5, 1))
    dialog = window.deals.ask_to_save()
    dialog.customer.setText("Ann Smith")
    dialog.ok_button.click()
    view = other.deals.show_deals()
    assert [view.model.row(i).customer for i in range(view.model.rowCount())] == ["Ann Smith"]
    other.deals.update_badge()
    assert other.deals.badge.text() == "⚑ 1 claim needs action"  # sold 19 days ago, not submitted
    assert other.deals.move(1, Move("submitted", dt.date(2026, 5, 2), confirmation="TC-1")) is None
    window.deals.update_badge()
    assert window.deals.badge.text() == "No claim needs action"
    with open_records(url) as records:
        assert get_deal(records, 1).status == "submitted"
