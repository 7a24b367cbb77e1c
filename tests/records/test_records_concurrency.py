"""Counters at once, and a counter killed mid-save, against both databases, with real processes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from evdesk.records.database import open_records
from evdesk.records.deals import count_deals

WORKER = Path(__file__).resolve().parent / "helpers" / "save_deals.py"


def _worker(url: str, count: int, worker: int, *options: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WORKER), url, str(count), str(worker), *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _consistent(url: str) -> int:
    """Assert the database is whole: every deal has its log starting at checked, every reference holds,
    and (SQLite) the file passes its own integrity check. Returns the number of deals."""
    with open_records(url) as records, records.reading() as connection:
        if records.dialect == "sqlite":
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        orphans = connection.execute(text(
            "SELECT number FROM deals d WHERE NOT EXISTS (SELECT 1 FROM claim_events e WHERE e.deal_number = "
            "d.number AND e.from_status IS NULL AND e.to_status = 'checked')")).all()
        assert orphans == []
        unknown_files = connection.execute(text(
            "SELECT number FROM deals WHERE policy_sha256 NOT IN (SELECT sha256 FROM policy_files)")).all()
        assert unknown_files == []
        return count_deals(records)


def test_four_counters_saving_250_deals_each_lose_none(migrated_url: str) -> None:
    workers = [_worker(migrated_url, 250, worker) for worker in range(1, 5)]
    outputs = [worker.communicate(timeout=600) for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0, 0, 0], [err[-2000:] for _, err in outputs]
    numbers = [int(line) for out, _ in outputs for line in out.split()]
    assert len(numbers) == 1000 and len(set(numbers)) == 1000
    assert _consistent(migrated_url) == 1000
    with open_records(migrated_url) as records, records.reading() as connection:
        stored = set(connection.execute(text("SELECT number FROM deals")).scalars())
    assert stored == set(numbers)


def test_four_counters_saving_one_vin_at_once_give_it_one_claim(migrated_url: str) -> None:
    workers = [_worker(migrated_url, 1, worker, "--vin", "1G1ZT53826F109149") for worker in range(1, 5)]
    outputs = [worker.communicate(timeout=120)[0].split() for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0, 0, 0]
    saved = [words[0] for words in outputs if words[0] != "refused"]
    refusals = [words[1] for words in outputs if words[0] == "refused"]
    assert len(saved) == 1 and refusals == saved * 3  # each refusal names the deal that holds the VIN


def test_a_counter_killed_inside_a_save_leaves_the_database_whole(migrated_url: str) -> None:
    before = _consistent(migrated_url)
    worker = _worker(migrated_url, 1, 1, "--hang")
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "inside"  # the deal row is written, its transaction open
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(timeout=30)
    time.sleep(0.2)  # PostgreSQL notices the dropped connection and rolls its transaction back
    assert _consistent(migrated_url) == before  # the half-made deal is gone, all of it
    done = _worker(migrated_url, 3, 2)
    _out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    assert _consistent(migrated_url) == before + 3


def test_a_counter_killed_at_a_random_moment_loses_nothing_it_committed(migrated_url: str) -> None:
    worker = _worker(migrated_url, 100_000, 3)
    assert worker.stdout is not None
    committed = [worker.stdout.readline()]  # the first deal is saved: the loop is running
    time.sleep(random.uniform(0.2, 1.0))
    os.kill(worker.pid, signal.SIGKILL)
    # Read on from the same stream: communicate() reads the pipe itself, past whatever readline() had
    # already taken into the stream's buffer, and numbers printed early were lost with it.
    committed += worker.stdout.read().split()
    worker.wait(timeout=30)
    worker.stderr.close()
    printed = {int(line) for line in committed if line.strip()}
    time.sleep(0.2)
    count = _consistent(migrated_url)
    # Every number printed was committed; at most one more was committed before it could be printed.
    assert count in (len(printed), len(printed) + 1)
    with open_records(migrated_url) as records, records.reading() as connection:
        stored = set(connection.execute(text("SELECT number FROM deals")).scalars())
    assert printed <= stored


