"""Bringing a database to the schema this evdesk knows, the way calibre's schema_upgrades.py does it: one
small named step per version (evdesk/records/migrations/versions), all pending steps in one transaction,
nothing half done on an error.

- An empty database gets every step; an older one the steps it lacks; a current one nothing (one read).
- A database whose version this evdesk does not know (a newer evdesk made it) is refused and never
  modified: the version is read before anything is written.
- Two counters opening a fresh shared database at once: one migrates, the other waits for it (a
  PostgreSQL advisory lock; SQLite's write lock), then finds it current.

The steps are Alembic scripts shipped inside the package, found like `evdesk.paths` finds the policy
data, so they run from a checkout, a wheel or the PyInstaller bundle (which carries them as data files).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from evdesk.records.errors import RecordsError

VERSION_TABLE = "evdesk_schema_version"
EVDESK_TABLES = frozenset({"deals", "claim_events", "policy_files"})
_LOCK_KEY = 0x65766465736B  # "evdesk": the PostgreSQL advisory lock the migrating counter holds


@cache
def migrations_dir() -> Path:
    package = Path(__file__).resolve().parent
    candidates = [package / "migrations"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "evdesk" / "records" / "migrations")
    for candidate in candidates:
        if (candidate / "env.py").is_file() and (candidate / "versions").is_dir():
            return candidate
    raise FileNotFoundError("evdesk's database migrations are missing (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


@cache
def _scripts():  # type: ignore[no-untyped-def]
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(migrations_dir()))  # the steps are in its versions/ folder


def head() -> str:
    return _scripts().get_current_head()


def known_revisions() -> list[str]:
    """Every step, oldest first."""
    return [script.revision for script in reversed(list(_scripts().walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return rows[0] if len(rows) == 1 else ",".join(rows) or None


def check_known(connection: Connection, where: str) -> str | None:
    """The database's revision, if this evdesk can use it; refuse a newer or a foreign schema."""
    found = current_revision(connection)
    if found is None:
        if EVDESK_TABLES & set(inspect(connection).get_table_names()):
            raise RecordsError("foreign_schema", where=where)
        return None
    if found not in known_revisions():
        raise RecordsError("newer_schema", where=where, found=found, known=head())
    return found


def upgrade(connection: Connection, where: str, target: str = "head") -> None:
    """Apply the missing steps up to `target` inside the transaction `connection` is in; the caller
    commits. Raises RecordsError (and the caller rolls back) if a step fails."""
    from alembic import command
    from alembic.config import Config

    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
    found = check_known(connection, where)  # again, now that this counter alone may write
    steps = known_revisions()
    last = steps.index(head() if target == "head" else target)
    pending = steps[(steps.index(found) + 1) if found else 0:last + 1]
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    for step in pending:  # one at a time, only to name the step that failed; one transaction for all
        try:
            command.upgrade(config, step)
        except Exception as error:
            detail = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
            raise RecordsError("migration_failed", where=where, step=step, detail=detail) from error
    if connection.dialect.name == "sqlite" and pending:  # the steps ran with foreign keys off: check them
        broken = connection.execute(text("PRAGMA foreign_key_check")).first()
        if broken is not None:
            raise RecordsError("migration_failed", where=where, step=pending[-1],
                               detail=f"a row of {broken[0]} lost the {broken[2]} it refers to")
