"""The records tests run twice: against a SQLite file and against a real PostgreSQL server.

PostgreSQL comes from `EVDESK_TEST_POSTGRES_URL` (a server the tests may create databases on: `.ci/run`
starts one), else from a throwaway cluster the session starts itself with `.ci/postgres` when Debian's
binaries are installed. Without either the PostgreSQL cases are skipped, saying why; with
`EVDESK_REQUIRE_POSTGRES=1` (as CI sets) they fail instead, so CI cannot pass without running them.
Each test gets a database of its own, dropped afterwards: an empty one (`database_url`, for the
migration tests) or a copy of one migrated once per session (`records`), which is four times quicker.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from records_helpers import answer_of, migrated_sqlite, sale

from evdesk.policy import Policy

ROOT = Path(__file__).resolve().parents[2]
CLUSTER_SCRIPT = ROOT / ".ci" / "postgres"
SERVER_VARIABLE = "EVDESK_TEST_POSTGRES_URL"
REQUIRE_VARIABLE = "EVDESK_REQUIRE_POSTGRES"


def _no_postgres(reason: str) -> None:
    if os.environ.get(REQUIRE_VARIABLE) == "1":
        pytest.fail(f"PostgreSQL is required ({REQUIRE_VARIABLE}=1) but {reason}")
    pytest.skip(f"PostgreSQL: {reason}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server URL the tests may create and drop databases on."""
    given = os.environ.get(SERVER_VARIABLE)
    if given:
        yield given
        return
    available = subprocess.run([sys.executable, str(CLUSTER_SCRIPT), "available"], capture_output=True, text=True,
                               check=False)
    if available.returncode:
        _no_postgres(f"no {SERVER_VARIABLE} and {available.stderr.strip()}")
    started = subprocess.run([sys.executable, str(CLUSTER_SCRIPT), "start"], capture_output=True, text=True,
                             check=False, timeout=120)
    if started.returncode:
        _no_postgres(f"the throwaway cluster did not start: {started.stderr.strip()}")
    url, folder = started.stdout.split()
    try:
        yield url
    finally:
        subprocess.run([sys.executable, str(CLUSTER_SCRIPT), "stop", folder], check=False, timeout=120)


def _admin(server: str) -> Any:
    import psycopg

    return psycopg.connect(server.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


@contextmanager
def _postgres_database(server: str, template: str | None = None) -> Iterator[str]:
    from sqlalchemy.engine import make_url

    name = f"evdesk_test_{uuid.uuid4().hex[:12]}"
    with _admin(server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with _admin(server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def fresh_postgres_database(postgres_server: str) -> Iterator[str]:
    with _postgres_database(postgres_server) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind, in turn."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'deals.sqlite'}"
    return request.getfixturevalue("fresh_postgres_database")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from evdesk.records.database import open_records

    path = tmp_path_factory.mktemp("template") / "deals.sqlite"
    open_records(f"sqlite:///{path}").close()  # the last connection folds the WAL into the file
    return path



@pytest.fixture(scope="session")
def postgres_template(postgres_server: str) -> Iterator[str]:
    from sqlalchemy.engine import make_url

    from evdesk.records.database import open_records

    with _postgres_database(postgres_server) as url:
        open_records(url).close()  # no connection may stay open on a template
        yield make_url(url).database or ""


@pytest.fixture(params=["sqlite", "postgresql"])
def migrated_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database of each kind, in turn, already at the latest schema."""
    if request.param == "sqlite":
        yield migrated_sqlite(request.getfixturevalue("sqlite_template"), tmp_path)
        return
    server, template = request.getfixturevalue("postgres_server"), request.getfixturevalue("postgres_template")
    with _postgres_database(server, template) as url:
        yield url


@pytest.fixture
def records(migrated_url: str) -> Iterator[Any]:
    from evdesk.records.database import open_records

    opened = open_records(migrated_url)
    try:
        yield opened
    finally:
        opened.close()




@pytest.fixture
def save(records: Any, policy: Policy) -> Any:
    """save(customer=…, **sale fields) → the saved DealRow."""
    from evdesk.records.deals import save_deal

    def saving(customer: str | None = None, stock: str | None = None, salesperson: str | None = "Ann",
               now: dt.datetime | None = None, **fields: Any) -> Any:
        request = sale(**fields)
        return save_deal(records, request, answer_of(request, policy), policy, customer=customer, stock=stock,
                         salesperson=salesperson, now=now)

    return saving
