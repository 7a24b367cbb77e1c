"""Opening the records: one code path for the embedded SQLite file and a dealership's PostgreSQL server.

SQLite is set up for several processes on one machine: WAL (readers never wait for the writer), foreign
keys on (SQLite's default is off), a busy timeout (a writer waits its turn instead of failing), and every
write transaction begins IMMEDIATE, so two counters never both read and then both try to write (which
SQLite would refuse at once, busy timeout or not). PostgreSQL goes through psycopg 3 with a short connect
timeout and a liveness check on each pooled connection, so a server that went away is reported at once
and a server that came back is used again without restarting.

Opening never changes a database it refuses (a newer schema); it brings an older one up to date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from evdesk.records import migrate
from evdesk.records.errors import RecordsError, RecordsUnavailable
from evdesk.records.location import chosen_url, describe, parse_url, sqlite_path
from evdesk.records.network_drive import on_network_drive

BUSY_TIMEOUT_S = 15  # how long a SQLite writer waits for another counter's write to finish
CONNECT_TIMEOUT_S = 5  # how long to wait for a PostgreSQL server before saying it cannot be reached


@dataclass(frozen=True)
class OpenWarning:
    code: str  # "network_drive"
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return WARNINGS[self.code].format(**self.params)


WARNINGS = {
    "network_drive": "{path} is on a network drive: SQLite files on shared drives get corrupted. "
                     "For several counters, use a PostgreSQL server (--db postgresql://…)",
}


class Records:
    """An open database of deals. Use `reading()` and `writing()` for transactions; `close()` at the end."""

    def __init__(self, engine: Engine, url: URL, warnings: list[OpenWarning]):
        self.engine = engine
        self.url = url
        self.where = describe(url)
        self.warnings = warnings
        self._writer = engine.execution_options(evdesk_write=True)
        self.known_policy_files: set[str] = set()  # sha256 of policy files known to be stored

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self._transaction(self.engine) as connection:
            yield connection

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One write transaction: committed when the block ends, rolled back if it raises."""
        with self._transaction(self._writer) as connection:
            yield connection

    @contextmanager
    def _transaction(self, engine: Engine) -> Iterator[Connection]:
        try:
            with engine.begin() as connection:
                yield connection
        except OperationalError as error:
            raise unavailable(error, self.where) from error
        except DBAPIError as error:
            if error.connection_invalidated:
                raise unavailable(error, self.where) from error
            raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Records:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def unavailable(error: DBAPIError, where: str) -> RecordsUnavailable:
    detail = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
    if "locked" in detail or "busy" in detail:
        return RecordsUnavailable("busy", where=where)
    return RecordsUnavailable("unreachable", where=where, detail=detail)


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _set_up(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling is switched off: we say BEGIN ourselves (below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA synchronous = NORMAL")  # with WAL: safe against a crash, fewer fsyncs
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get("evdesk_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _postgresql_engine(url: URL) -> Engine:
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=4,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "evdesk"})


def _use_wal(engine: Engine) -> None:
    """WAL is a property of the file, set once; a no-op when it is already on. Outside any transaction."""
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA journal_mode = WAL").fetchall()


def _upgrade_sqlite(engine: Engine, where: str) -> None:
    """SQLite changes a constraint by copying its table (Alembic's batch mode), and the copy's DROP TABLE must
    not trip the foreign keys that point at it: sqlite.org's ALTER TABLE procedure turns them off around the
    one transaction (outside it: the pragma is a no-op inside one) and checks them before committing
    (migrate.upgrade does)."""
    with engine.connect().execution_options(evdesk_write=True) as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                migrate.upgrade(connection, where)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def open_records(url: str | None = None, *, upgrade: bool = True) -> Records:
    """Open (and create, or bring up to date) the records at `url`, else `EVDESK_DATABASE_URL`, else the
    per-user SQLite file. Raises RecordsError (a bad or refused database) or RecordsUnavailable."""
    parsed = parse_url(chosen_url(url))
    where = describe(parsed)
    warnings: list[OpenWarning] = []
    path = sqlite_path(parsed)
    if path is not None and on_network_drive(path):
        warnings.append(OpenWarning("network_drive", {"path": str(path)}))
    engine = _sqlite_engine(parsed) if path is not None else _postgresql_engine(parsed)
    records = Records(engine, parsed, warnings)
    try:
        with records.reading() as connection:
            found = migrate.check_known(connection, where)
        if upgrade and found != migrate.head():
            if path is not None:
                _use_wal(engine)
                _upgrade_sqlite(engine, where)
            else:
                with records.writing() as connection:
                    migrate.upgrade(connection, where)
    except OperationalError as error:
        engine.dispose()
        raise unavailable(error, where) from error
    except BaseException:
        engine.dispose()
        raise
    return records


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


__all__ = ["OpenWarning", "Records", "RecordsError", "RecordsUnavailable", "open_records", "utc_now"]
