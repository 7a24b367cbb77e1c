"""Which database holds the records: `--db URL`, else `EVDESK_DATABASE_URL`, else the per-user SQLite file.

Only SQLite and PostgreSQL are accepted, and PostgreSQL always goes through psycopg 3 (SQLAlchemy's bare
`postgresql://` would pick psycopg2, which evdesk does not ship).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from evdesk.paths import user_data_dir
from evdesk.records.errors import RecordsError

URL_VARIABLE = "EVDESK_DATABASE_URL"
DEFAULT_FILE = "deals.sqlite"


def default_url() -> str:
    """The embedded default: a SQLite file in the per-user data folder, created on first use."""
    return f"sqlite:///{user_data_dir() / DEFAULT_FILE}"


def chosen_url(given: str | None = None) -> str:
    """The URL in force: the one given (`--db`, a window setting), else the environment's, else the default."""
    for candidate in (given, os.environ.get(URL_VARIABLE)):
        if candidate and candidate.strip():
            return candidate.strip()
    return default_url()


def parse_url(text: str) -> URL:
    """A SQLAlchemy URL for SQLite (pysqlite) or PostgreSQL (psycopg 3); anything else is refused."""
    try:
        url = make_url(text)
    except ArgumentError as error:
        raise RecordsError("bad_url", url=_shown(text), detail=str(error).split("\n")[0]) from None
    backend, _, driver = url.drivername.partition("+")
    if backend in ("postgresql", "postgres"):
        if driver not in ("", "psycopg"):
            raise RecordsError("unsupported_url", url=_shown(text), dialect=url.drivername)
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if driver not in ("", "pysqlite"):
            raise RecordsError("unsupported_url", url=_shown(text), dialect=url.drivername)
        if not url.database or url.database == ":memory:":
            # Each connection would get its own empty database: nothing saved would be seen again.
            raise RecordsError("bad_url", url=_shown(text), detail="a SQLite URL needs a file: sqlite:///PATH")
        return url.set(drivername="sqlite+pysqlite")
    raise RecordsError("unsupported_url", url=_shown(text), dialect=url.drivername)


def sqlite_path(url: URL) -> Path | None:
    return Path(url.database).expanduser() if url.get_backend_name() == "sqlite" and url.database else None


def describe(url: URL) -> str:
    """Where the records are, for messages: the file, or the server and database, never a password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{host}{port}/{url.database or ''}"


def _shown(text: str) -> str:
    """A URL as typed, with any password hidden."""
    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:
        return text if "@" not in text else "…@" + text.rsplit("@", 1)[1]
