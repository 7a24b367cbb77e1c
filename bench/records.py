"""The records' speed: saving one deal (median, SQLite and PostgreSQL), the first rows of a 10,000-deal
Deals view on screen, and "what is due" over 10,000 deals. Each against a reference measured in the same
run, since the machine is shared and noisy: a bare INSERT and COMMIT of a row as large (the database's
own floor), a bare table view of the same rows, a bare SELECT of the columns "due" reads.

PostgreSQL is a throwaway cluster (`.ci/postgres`), or EVDESK_BENCH_POSTGRES_URL; without either its
figures are reported as not measured.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

from evdesk.policy import bundled_policy
from evdesk.present.format import Formatter
from evdesk.present.report import to_json
from evdesk.records.database import Records, open_records
from evdesk.records.deals import ANSWER_LANGUAGE, save_deal
from evdesk.records.due import DueThresholds, claims_due
from evdesk.records.schema import claim_events, deals
from evdesk.rules import SaleRequest, evaluate

CLUSTER = Path(__file__).resolve().parents[1] / ".ci" / "postgres"
SAVES = 300
TABLE_DEALS = 10_000
AS_OF = dt.date(2026, 11, 20)


def _ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


@contextmanager
def postgres() -> Iterator[str | None]:
    given = os.environ.get("EVDESK_BENCH_POSTGRES_URL")
    if given:
        yield given
        return
    started = subprocess.run([sys.executable, str(CLUSTER), "start"], capture_output=True, text=True, check=False)
    if started.returncode:
        yield None
        return
    url, folder = started.stdout.split()
    try:
        yield url
    finally:
        subprocess.run([sys.executable, str(CLUSTER), "stop", folder], check=False)


def _request(index: int) -> SaleRequest:
    return SaleRequest(powertrain="BEV", origin="US", assembly="US", vehicle_price=f"{40000 + index % 9000}",
                       sale_date=AS_OF - dt.timedelta(days=index % 400), prior_incentives=0, fta_origin_met="yes",
                       quota_position="within", vin=f"1G1ZT53826F{index:06d}")


def save_timings(records: Records, count: int = SAVES) -> dict[str, float]:
    """Median of one save: the database part (the answer already made) and the whole of it (evaluate, the
    JSON report, save), with a bare INSERT + COMMIT of a row as large as the reference."""
    policy = bundled_policy()
    formatter = Formatter(ANSWER_LANGUAGE)
    requests = [_request(index) for index in range(count * 2)]
    answers = [to_json(evaluate(request, policy), formatter) for request in requests[:count]]
    save_deal(records, requests[0], answers[0], policy)  # the policy files are stored once, first
    database, whole, bare = [], [], []
    payload = json.dumps(answers[0])
    with records.engine.connect() as connection:
        connection.exec_driver_sql("CREATE TEMPORARY TABLE bench_rows (id INTEGER PRIMARY KEY, body TEXT)")
        connection.commit()
        for index in range(1, count):
            began = time.perf_counter()
            save_deal(records, requests[index], answers[index], policy)
            database.append(time.perf_counter() - began)
            request = requests[count + index]
            began = time.perf_counter()
            save_deal(records, request, to_json(evaluate(request, policy), formatter), policy)
            whole.append(time.perf_counter() - began)
            began = time.perf_counter()
            connection.execute(text("INSERT INTO bench_rows (id, body) VALUES (:id, :body)"),
                               {"id": index, "body": payload})
            connection.commit()
            bare.append(time.perf_counter() - began)
    return {"save_ms": _ms(database), "whole_ms": _ms(whole), "bare_ms": _ms(bare)}


def fill(records: Records, count: int) -> None:
    """`count` deals in a few bulk inserts, copied from saved ones (statuses and dates varied), so the
    10,000-deal figures measure reading, not filling."""
    policy = bundled_policy()
    formatter = Formatter(ANSWER_LANGUAGE)
    seeds = []
    for index in range(4):
        request = _request(900_000 + index)
        seeds.append(save_deal(records, request, to_json(evaluate(request, policy), formatter), policy).number)
    with records.writing() as connection:
        rows = [row._asdict() for row in connection.execute(select(deals).where(deals.c.number.in_(seeds)))]
        start = connection.execute(text("SELECT max(number) FROM deals")).scalar_one() + 1
        batch, events = [], []
        for index in range(count - len(seeds)):
            row = dict(rows[index % len(rows)])
            number = start + index
            status = ("checked", "submitted", "submitted", "paid", "refused")[index % 5]
            sale_date = AS_OF - dt.timedelta(days=index % 500)
            row.update(number=number, vin=f"2G1ZT53826F{index:06d}", sale_date=sale_date, status=status,
                       customer_name=f"Customer {index}", customer_key=f"customer {index}",
                       submitted_on=sale_date + dt.timedelta(days=2) if status != "checked" else None,
                       confirmation=f"TC-{index}" if index % 3 else None)
            batch.append(row)
            events.append({"deal_number": number, "at": row["saved_at"], "to_status": "checked"})
        for offset in range(0, len(batch), 1000):
            connection.execute(insert(deals), batch[offset:offset + 1000])
            connection.execute(insert(claim_events), events[offset:offset + 1000])
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT setval(pg_get_serial_sequence('deals', 'number'), max(number)) FROM deals"))


def due_timings(records: Records, runs: int = 9) -> dict[str, float]:
    ours, bare = [], []
    thresholds = DueThresholds()
    claims_due(records, AS_OF, thresholds)  # warm
    for _ in range(runs):
        began = time.perf_counter()
        items = claims_due(records, AS_OF, thresholds)
        ours.append(time.perf_counter() - began)
        began = time.perf_counter()
        with records.reading() as connection:
            connection.execute(text("SELECT number, sale_date, status, submitted_on, confirmation, eligible, "
                                    "schedule_json FROM deals WHERE status IN ('checked', 'submitted')")).all()
        bare.append(time.perf_counter() - began)
    return {"due_ms": _ms(ours), "bare_ms": _ms(bare), "items": len(items)}


def first_rows(url: str, runs: int = 7) -> dict[str, float]:
    """From asking for the Deals view to its first rows painted, against a bare QTableView of as many rows
    from a QStandardItemModel built in memory."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from evdesk.ui.deals.deals_window import DealsWindow
    from evdesk.ui.deals.session import RecordsSession
    from evdesk.ui.deals.table_model import PAGE
    from evdesk.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings()
    settings.database_url = url
    formatter = Formatter("en")
    ours, bare = [], []

    def painted(widget: Any, done: Callable[[], bool]) -> None:
        widget.show()
        while not done():
            app.processEvents()
        widget.repaint()

    for _ in range(runs):
        session = RecordsSession(settings)
        session.records()  # the window's records are open long before the view is asked for
        began = time.perf_counter()
        window = DealsWindow(session, formatter, DueThresholds, lambda: AS_OF)
        window.resize(1366, 768)
        window.apply_filters()
        painted(window, lambda window=window: window.model.rowCount() >= PAGE)
        ours.append(time.perf_counter() - began)
        window.close()
        window.deleteLater()
        session.close()
        app.processEvents()

        began = time.perf_counter()
        model = QStandardItemModel(PAGE, 11)
        for row in range(PAGE):
            for column in range(11):
                model.setItem(row, column, QStandardItem(f"{row}-{column}"))
        view = QTableView()
        view.setModel(model)
        view.resize(1366, 768)
        painted(view, lambda: True)
        bare.append(time.perf_counter() - began)
        view.close()
        view.deleteLater()
        app.processEvents()
    return {"first_rows_ms": _ms(ours), "bare_ms": _ms(bare)}


def run() -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory(prefix="evdesk-bench-") as folder, postgres() as server:
        targets = [("SQLite", f"sqlite:///{Path(folder) / 'save.sqlite'}", f"sqlite:///{Path(folder) / 'big.sqlite'}")]
        if server:
            targets.append(("PostgreSQL", server, None))
        for name, url, _ in targets:
            with open_records(url) as records:
                save = save_timings(records)
            lines.append(f"records: save one deal ({name}): median {save['save_ms']:.2f} ms; with evaluate and the "
                         f"JSON report {save['whole_ms']:.2f} ms; a bare INSERT + COMMIT of as large a row "
                         f"{save['bare_ms']:.2f} ms; ratio {save['save_ms'] / save['bare_ms']:.1f} (aim: save ≤ 5 ms)")
        if not server:
            lines.append("records: save one deal (PostgreSQL): not measured (no PostgreSQL binaries, no "
                         "EVDESK_BENCH_POSTGRES_URL)")
        big = targets[0][2]
        with open_records(big) as records:
            fill(records, TABLE_DEALS)
            due = due_timings(records)
        lines.append(f"records: deals due over {TABLE_DEALS:,} deals (SQLite): median {due['due_ms']:.1f} ms for "
                     f"{due['items']:,} items; a bare SELECT of the same columns {due['bare_ms']:.1f} ms; ratio "
                     f"{due['due_ms'] / due['bare_ms']:.1f} (aim: ≤ 200 ms)")
        if server:
            with tempfile.TemporaryDirectory() as _, _fresh_database(server) as url, open_records(url) as records:
                fill(records, TABLE_DEALS)
                due = due_timings(records)
            lines.append(f"records: deals due over {TABLE_DEALS:,} deals (PostgreSQL): median {due['due_ms']:.1f} ms; "
                         f"bare SELECT {due['bare_ms']:.1f} ms")
        rows = first_rows(big)
        lines.append(f"records: first rows of a {TABLE_DEALS:,}-deal Deals view on screen: median "
                     f"{rows['first_rows_ms']:.1f} ms; a bare QTableView of as many rows {rows['bare_ms']:.1f} ms; "
                     f"ratio {rows['first_rows_ms'] / rows['bare_ms']:.1f} (aim: ≤ 100 ms)")
    return lines


@contextmanager
def _fresh_database(server: str) -> Iterator[str]:
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    name = f"evdesk_bench_{uuid.uuid4().hex[:8]}"
    plain = server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(plain, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for line in run():
        print(line, flush=True)
