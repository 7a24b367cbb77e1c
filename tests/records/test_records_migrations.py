"""The schema: created on first use, an older database brought up to date, a newer one refused and left
untouched, a failing step leaving the database as it was, and the tables the steps make matching the
tables the code uses, in both databases."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

from evdesk.records import migrate
from evdesk.records.database import open_records
from evdesk.records.errors import RecordsError
from evdesk.records.location import parse_url

ROOT = Path(__file__).resolve().parents[2]


def _engine(url: str) -> Any:
    return create_engine(parse_url(url))


def _at_revision(url: str, revision: str) -> None:
    """A database as an older evdesk left it: every step up to `revision`, no further."""
    engine = _engine(url)
    with engine.begin() as connection:
        migrate.upgrade(connection, "test", target=revision)
    engine.dispose()


def _snapshot(url: str) -> Any:
    """What a database holds: its tables, their columns, indexes and every row."""
    engine = _engine(url)
    with engine.connect() as connection:
        inspector = inspect(connection)
        tables = sorted(inspector.get_table_names())
        shape = {name: ([c["name"] for c in inspector.get_columns(name)],
                        sorted(i["name"] for i in inspector.get_indexes(name)),
                        sorted(map(repr, connection.execute(text(f'SELECT * FROM "{name}"')).all())))
                 for name in tables}
    engine.dispose()
    return shape


def test_a_new_database_gets_every_step(database_url: str) -> None:
    with open_records(database_url) as records, records.reading() as connection:
        assert migrate.current_revision(connection) == migrate.head()
        assert set(inspect(connection).get_table_names()) >= {"deals", "claim_events", "policy_files"}
    assert migrate.known_revisions() == ["0001_deals", "0002_claims", "0003_privacy", "0004_provincial_files",
                                      "0005_vehicle_assembly_files"]


def test_the_steps_make_exactly_the_tables_the_code_uses(database_url: str) -> None:
    """Alembic's own comparison of the migrated database with evdesk.records.schema: no difference."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from evdesk.records.schema import metadata

    with open_records(database_url) as records, records.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [d for d in compare_metadata(context, metadata)
                       if not (d[0] == "remove_table" and d[1].name == migrate.VERSION_TABLE)]
    assert differences == []


def test_an_older_database_is_brought_up_to_date_and_keeps_its_deals(database_url: str) -> None:
    _at_revision(database_url, "0001_deals")
    engine = _engine(database_url)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO policy_files VALUES ('p', 'policy', 'policy.toml', :content, '2026-05-01 10:00:00+00:00')"),
            {"content": b"x"})
        connection.execute(text(
            "INSERT INTO deals (saved_at, vin, sale_date, buyer, request_json, answer_json, policy_id, policy_version,"
            " policy_sha256, vehicle_list_sha256, evdesk_version) VALUES ('2026-05-01 10:00:00+00:00', "
            "'1G1ZT53826F109149', '2026-05-01', 'individual', '{}', '{}', 'id', '1', 'p', 'p', '0.0.9')"))
    engine.dispose()
    with open_records(database_url) as records, records.reading() as connection:
        assert migrate.current_revision(connection) == migrate.head()
        deal = connection.execute(text("SELECT number, status, vin, erased_at FROM deals")).one()
        assert tuple(deal) == (1, "checked", "1G1ZT53826F109149", None)
        log = connection.execute(text("SELECT deal_number, from_status, to_status FROM claim_events")).all()
        assert [tuple(row) for row in log] == [(1, None, "checked")]


def test_step_0005_lets_the_records_keep_a_vehicle_assembly_file(database_url: str) -> None:
    """At 0004 the kind is refused by the table's check; after 0005 it is kept, and the rows already there
    stay."""
    from sqlalchemy.exc import IntegrityError

    row = "INSERT INTO policy_files VALUES (:sha, :kind, 'f', :content, '2026-12-01 10:00:00+00:00')"
    _at_revision(database_url, "0004_provincial_files")
    engine = _engine(database_url)
    with engine.begin() as connection:
        connection.execute(text(row), {"sha": "p", "kind": "provinces", "content": b"x"})
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text(row), {"sha": "a", "kind": "vehicle_assembly", "content": b"y"})
    engine.dispose()
    with open_records(database_url) as records, records.writing() as connection:
        connection.execute(text(row), {"sha": "a", "kind": "vehicle_assembly", "content": b"y"})
    with open_records(database_url) as records, records.reading() as connection:
        kinds = dict(connection.execute(text("SELECT sha256, kind FROM policy_files")).all())
    assert kinds == {"p": "provinces", "a": "vehicle_assembly"}


def test_a_failing_step_leaves_the_database_as_it_was(database_url: str) -> None:
    """Two deals on one VIN from before claims existed: the step that makes one active claim per VIN
    cannot build its index, and every step of this opening is undone (one transaction)."""
    _at_revision(database_url, "0001_deals")
    engine = _engine(database_url)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO policy_files VALUES ('p', 'policy', 'policy.toml', :content, '2026-05-01 10:00:00+00:00')"),
            {"content": b"x"})
        for _ in range(2):
            connection.execute(text(
                "INSERT INTO deals (saved_at, vin, sale_date, buyer, request_json, answer_json, policy_id, "
                "policy_version, policy_sha256, vehicle_list_sha256, evdesk_version) VALUES "
                "('2026-05-01 10:00:00+00:00', '1G1ZT53826F109149', '2026-05-01', 'individual', '{}', '{}', 'id', "
                "'1', 'p', 'p', '0.0.9')"))
    engine.dispose()
    before = _snapshot(database_url)
    with pytest.raises(RecordsError) as refused:
        open_records(database_url)
    assert refused.value.code == "migration_failed" and refused.value.params["step"] == "0002_claims"
    assert "left as it was" in str(refused.value)
    assert _snapshot(database_url) == before


def _stamp_newer(url: str) -> None:
    engine = _engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"UPDATE {migrate.VERSION_TABLE} SET version_num = '0099_from_the_future'"))
    engine.dispose()


def test_a_newer_database_is_refused_and_never_modified(database_url: str, tmp_path: Path) -> None:
    open_records(database_url).close()
    _stamp_newer(database_url)
    before = _snapshot(database_url)
    path = parse_url(database_url).database if database_url.startswith("sqlite") else None
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest() if path else None
    with pytest.raises(RecordsError) as refused:
        open_records(database_url)
    assert refused.value.code == "newer_schema"
    assert "newer evdesk" in str(refused.value) and "0099_from_the_future" in str(refused.value)
    assert "left untouched" in str(refused.value)
    assert _snapshot(database_url) == before
    if path:
        assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == digest  # not one byte written


def test_evdesk_tables_without_a_schema_version_are_refused(database_url: str) -> None:
    engine = _engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE deals (number INTEGER)"))
    engine.dispose()
    with pytest.raises(RecordsError) as refused:
        open_records(database_url)
    assert refused.value.code == "foreign_schema"


def test_other_tables_in_a_shared_database_are_left_alone(database_url: str) -> None:
    engine = _engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE someone_elses (x INTEGER)"))
    engine.dispose()
    with open_records(database_url) as records, records.reading() as connection:
        assert "someone_elses" in inspect(connection).get_table_names()
        assert migrate.current_revision(connection) == migrate.head()


def test_four_counters_opening_a_new_database_at_once_migrate_it_once(database_url: str) -> None:
    code = ("import sys; from evdesk.records.database import open_records; "
            "open_records(sys.argv[1]).close(); print('ok')")
    children = [subprocess.Popen([sys.executable, "-c", code, database_url], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0, 0, 0], [err for _, err in results]
    with open_records(database_url) as records, records.reading() as connection:
        assert migrate.current_revision(connection) == migrate.head()


def test_sqlite_is_set_up_for_several_processes(tmp_path: Path) -> None:
    with open_records(f"sqlite:///{tmp_path / 'deals.sqlite'}") as records, records.reading() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000


@pytest.mark.slow
def test_an_installed_wheel_finds_its_migrations(tmp_path: Path) -> None:
    """The steps travel inside the wheel and run from there (not from the checkout)."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(tmp_path), str(ROOT)], check=True, timeout=300)
    wheel = next(tmp_path.glob("evdesk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "evdesk/records/migrations/env.py" in names
    assert "evdesk/records/migrations/versions/0001_deals.py" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("import json, sys; from evdesk.records import migrate; from evdesk.records.database import open_records;"
            "r = open_records(sys.argv[1]); c = r.engine.connect();"
            "print(json.dumps([str(migrate.migrations_dir()), migrate.current_revision(c)]))")
    done = subprocess.run([sys.executable, "-c", code, f"sqlite:///{tmp_path / 'w.sqlite'}"], capture_output=True,
                          text=True, timeout=120, check=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(site)})
    folder, revision = json.loads(done.stdout)
    assert folder.startswith(str(site)) and revision == migrate.head()
