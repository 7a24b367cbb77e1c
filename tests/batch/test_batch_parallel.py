"""A long stock list answered in worker processes gives, row for row, what one process gives: the same answers
in the same order, the same empty rows skipped and counted, the same summary. A worker that dies stops the
batch with one line instead of hanging it. Workers are forked on Linux and spawned on Windows and macOS;
both ways run here, spawned as those platforms spawn them."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest
from stock_files import ENGLISH_HEADER

from evdesk.assumptions import ASSUMED
from evdesk.batch import RowReader, find_header, open_stock_list, parallel, result_cells
from evdesk.batch.parallel import (
    CHUNK_ROWS,
    WorkerStopped,
    answered,
    spawn_after_rows,
    start_method,
    usable_workers,
)
from evdesk.batch.results import RESULT_COLUMNS, json_line
from evdesk.policy import bundled_policy
from evdesk.present.format import Formatter
from evdesk.xlsx_writer import RowStyles, rendered

FORKS = sys.platform.startswith("linux")
STARTS = ["fork", "spawn"] if FORKS else ["spawn"]
forked_only = pytest.mark.skipif(not FORKS, reason="workers are forked on Linux only")

# Good rows, each kind of bad row, and empty lines, repeated past several chunks so that every hand-over
# between processes, and the last short chunk, is crossed.
PATTERN = [
    ["A1", "3GNKDBRJ0TS100234", "2026", "Chevrolet", "Equinox EV", "BEV", "45000", "", "2026-05-01"],
    ["A2", "", "2026", "Tesla", "Model 3", "BEV", "50000.01", "US", "2026-05-01"],
    ["A3", "", "2026", "BYD", "Seal", "BEV", "38000", "CN", "2026-05-01"],
    ["A4", "", "2026", "Kia", "EV9", "BEV", "abc", "KR", "2026-05-01"],  # letters in a price
    ["A5", "", "2026", "Kia", "EV9", "steam", "45000", "KR", "2026-05-01"],  # unknown powertrain
    ["A6", "", "2026", "Kia", "EV9", "BEV", "45000", "KR", "2026-02-30"],  # impossible date
    ["A7", "3GNKDBRJ0TS1002O4", "2026", "Chevrolet", "Equinox EV", "BEV", "45000", "", "2026-05-01"],  # bad VIN
    [],
    ["A8", "", "2026", "Hyundai", "Ioniq 5", "BEV", "", "KR", "2026-05-01", "extra"],  # too many cells
    ["A9", "", "2026", "Ford", "Mustang Mach-E", "BEV", "49999.99", "MX", "2027-01-05"],
    ["", "", "", "", "", "", "", "", ""],
]
ROWS = 3 * CHUNK_ROWS + 17


@pytest.fixture(scope="module")
def stock(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from stock_files import csv_bytes

    rows = [PATTERN[i % len(PATTERN)] for i in range(ROWS)]
    path = tmp_path_factory.mktemp("parallel") / "stock.csv"
    path.write_bytes(csv_bytes([ENGLISH_HEADER, *rows]))
    return path


def _answered(path: Path, workers: int, shape_of: str, start: str | None = None,
              policy: object | None = None) -> tuple[list[object], int]:
    """The rows' answers; spawned workers take a list of more than one chunk here, as forked ones do (on
    their own they wait for a list long enough to repay their start)."""
    policy = bundled_policy() if policy is None else policy
    words = Formatter("en").criterion
    if shape_of == "xlsx":  # a results workbook's rows, made into XML where they are answered
        shape = partial(rendered(result_cells, RowStyles.of(RESULT_COLUMNS)), words=words)
    else:
        shape = partial(result_cells, words=words) if shape_of == "cells" else partial(json_line, words=words)
    with open_stock_list(path) as stock:
        rows = stock.rows()
        reader = RowReader(find_header(rows), {}, {**ASSUMED, "sale_date": dt.date(2026, 5, 1)})
        results = list(answered(rows, reader, policy, shape, workers=workers, start=start,
                                enough=CHUNK_ROWS if start == "spawn" else None))
    return results, reader.empty_rows


@pytest.mark.parametrize("start", STARTS)
@pytest.mark.parametrize("shape_of", ["cells", "json", "xlsx"])
def test_workers_answer_every_row_as_one_process_does(stock: Path, shape_of: str, start: str) -> None:
    alone, empty_alone = _answered(stock, 0, shape_of)
    shared, empty_shared = _answered(stock, 2, shape_of, start)
    assert shared == alone
    assert empty_shared == empty_alone == 2 * (ROWS // len(PATTERN)) + (ROWS % len(PATTERN) > 7)
    rows_seen = [counted_and_shaped[1][0] for counted_and_shaped in alone] if shape_of == "cells" else None
    if rows_seen is not None:  # in the input's order, each row once, numbered as a spreadsheet does
        assert rows_seen == sorted(set(rows_seen)) and rows_seen[0] == 2
    statuses = {counted.status for counted, _ in alone}
    assert {"eligible", "not_eligible", "problem"} <= {str(status) for status in statuses}


def _same_rows(count: int) -> tuple[list[tuple[int, tuple[str, ...]]], RowReader]:
    """`count` rows of one good deal, numbered as a spreadsheet numbers them, and their reader."""
    header = ("Stock #", "Powertrain", "Price", "Assembly", "Sale date")
    numbered = list(enumerate([header, *((f"S{n}", "BEV", "45000", "US", "2026-05-01") for n in range(count))],
                              start=1))
    reader = RowReader(find_header(iter(numbered[:1])), {}, {**ASSUMED, "sale_date": dt.date(2026, 5, 1)})
    return numbered[1:], reader


@forked_only
def test_rows_given_as_a_list_are_each_answered_once() -> None:
    rows, reader = _same_rows(2 * CHUNK_ROWS + 3)
    shaped = [cells for _, cells in answered(rows, reader, bundled_policy(), partial(result_cells, words=str),
                                             workers=2)]
    assert [cells[0] for cells in shaped] == list(range(2, len(rows) + 2))


def test_a_list_of_one_chunk_never_starts_a_worker(write_csv, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv([ENGLISH_HEADER, *PATTERN[:3]])
    started: list[int] = []
    monkeypatch.setattr(parallel, "_in_workers", lambda *args: started.append(1) or iter(()))
    results, _ = _answered(path, 2, "cells", "fork")
    assert len(results) == 3 and not started


@pytest.mark.parametrize(("rows", "in_workers"), [(spawn_after_rows(2), False), (spawn_after_rows(2) + 1, True)])
def test_spawned_workers_wait_for_a_list_that_repays_their_start(monkeypatch: pytest.MonkeyPatch, rows: int,
                                                                 in_workers: bool) -> None:
    numbered, reader = _same_rows(rows)
    started: list[str] = []
    monkeypatch.setattr(parallel, "_in_workers", lambda chunks, job, workers, start: started.append(start) or iter(()))
    shaped = list(answered(iter(numbered), reader, bundled_policy(), partial(result_cells, words=str),
                           workers=2, start="spawn"))
    assert started == (["spawn"] if in_workers else [])
    assert len(shaped) == (0 if in_workers else rows)  # answered here, or handed over (to nobody, in this test)


def _dies_in_a_worker(parent: int, answer: object) -> object:
    if os.getpid() != parent:
        os._exit(3)  # as the kernel's out-of-memory killer would end it: no exception, no goodbye
    return answer


@pytest.mark.parametrize("start", STARTS)
def test_a_worker_that_dies_stops_the_batch_instead_of_hanging(stock: Path, start: str) -> None:
    policy = bundled_policy()
    with open_stock_list(stock) as opened:
        rows = opened.rows()
        reader = RowReader(find_header(rows), {}, {**ASSUMED, "sale_date": dt.date(2026, 5, 1)})
        with pytest.raises(WorkerStopped):
            list(answered(rows, reader, policy, partial(_dies_in_a_worker, os.getpid()), workers=2, start=start,
                          enough=CHUNK_ROWS))


def _policy_copy(folder: Path) -> Path:
    """The bundled policy's files in a folder of their own, to change under a running batch."""
    import shutil

    from evdesk.paths import seeds_path

    seeds = seeds_path("policy.toml").parent
    for name in ("policy.toml", "provinces.toml", *(p.name for p in seeds.glob("*.csv"))):
        shutil.copy(seeds / name, folder / name)
    return folder / "policy.toml"


@pytest.mark.parametrize("change", ["policy", "vehicle list"])
def test_a_spawned_worker_never_answers_under_a_policy_changed_since_the_batch_began(
        stock: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str], change: str) -> None:
    """A spawned worker loads the policy file again: if it is no longer the file the batch began with, it says
    so in one line and the batch stops, rather than mixing answers under two policies."""
    from evdesk.policy import load_policy

    path = _policy_copy(tmp_path)
    policy = load_policy(path)
    assert _answered(stock, 0, "cells", policy=policy)[0] == _answered(stock, 2, "cells", "spawn", policy)[0]
    capfd.readouterr()
    if change == "policy":
        path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    else:
        listed = tmp_path / policy.data.vehicle_list.file
        lines = listed.read_text(encoding="utf-8").splitlines(keepends=True)
        listed.write_text("".join(lines[:-1]), encoding="utf-8")  # its last vehicle taken off
    with pytest.raises(WorkerStopped):
        _answered(stock, 2, "cells", "spawn", policy)
    said = capfd.readouterr().err
    assert "could not answer under the batch's policy" in said and "Traceback" not in said


def test_how_many_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVDESK_BATCH_WORKERS", "0")
    assert usable_workers() == 0
    monkeypatch.setenv("EVDESK_BATCH_WORKERS", "3")
    assert usable_workers() == 3
    monkeypatch.delenv("EVDESK_BATCH_WORKERS")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    assert usable_workers() == (cores if cores > 1 else 0)


def test_spawned_workers_are_few_however_many_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each spawned worker has its own start and memory (and Windows refuses a pool of more than 61)."""
    numbered, reader = _same_rows(3_000)
    started: list[int] = []
    monkeypatch.setattr(parallel, "_in_workers",
                        lambda chunks, job, workers, start: started.append(workers) or iter(()))
    list(answered(iter(numbered), reader, bundled_policy(), partial(result_cells, words=str), workers=64,
                  start="spawn"))
    assert started == [parallel.MAX_SPAWNED_WORKERS]


def test_more_cores_repay_spawned_workers_sooner() -> None:
    assert spawn_after_rows(2) == 6_000 and spawn_after_rows(4) == 3_000 and spawn_after_rows(16) == 2_500


@pytest.mark.parametrize(("platform", "start"), [("linux", "fork"), ("darwin", "spawn"), ("win32", "spawn")])
def test_each_platform_starts_workers_its_own_way(monkeypatch: pytest.MonkeyPatch, platform: str,
                                                  start: str) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert start_method() == start


@forked_only
def test_the_command_writes_the_same_file_and_summary_with_and_without_workers(stock: Path, tmp_path: Path) -> None:
    outputs = {}
    for workers in ("0", "2"):
        out = tmp_path / f"result-{workers}.csv"
        child = subprocess.run([sys.executable, "-m", "evdesk", "batch", str(stock), "--out", str(out),
                                "--date", "2026-05-01"], capture_output=True, text=True, check=False,
                               env={**os.environ, "EVDESK_BATCH_WORKERS": workers})
        assert child.returncode == 0, child.stderr
        outputs[workers] = (out.read_bytes(), child.stderr.replace(str(out), "RESULT"))
    assert outputs["2"] == outputs["0"]
    assert "empty rows skipped" in outputs["0"][1]


def _children(pid: int) -> list[int]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as children:
            found += [int(child) for child in children.read().split()]
    return found


def _ended(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")  # a zombie has ended
    except FileNotFoundError:
        return True


@forked_only
@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL"])
def test_the_workers_end_when_the_batch_is_killed(tmp_path: Path, how: str) -> None:
    """Killed outright, the batch cannot stop its workers itself: they must not live on, blocked on a pipe
    nobody reads and holding the caller's output open (a CI job or a pipe would then never finish)."""
    import signal
    import time

    from stock_files import csv_bytes

    path = tmp_path / "long.csv"
    path.write_bytes(csv_bytes([ENGLISH_HEADER, *[PATTERN[i % len(PATTERN)] for i in range(40 * CHUNK_ROWS)]]))
    child = subprocess.Popen([sys.executable, "-m", "evdesk", "batch", str(path), "--json", "--date", "2026-05-01"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             env={**os.environ, "EVDESK_BATCH_WORKERS": "2"})
    workers: list[int] = []
    try:
        assert child.stdout is not None and child.stdout.readline()  # it is answering, in its workers
        workers = _children(child.pid)
        assert len(workers) == 2
        child.send_signal(getattr(signal, how))
        child.wait(timeout=30)
        deadline = time.monotonic() + 30
        while not all(_ended(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert all(_ended(pid) for pid in workers), "a worker outlived the batch"
    finally:  # nothing left behind, even when the test fails
        child.kill()
        child.wait()
        for pid in workers:
            if not _ended(pid):
                os.kill(pid, signal.SIGKILL)


_SPAWNING_BATCH = """
import datetime as dt, sys
from functools import partial
from evdesk.assumptions import ASSUMED
from evdesk.batch import RowReader, find_header, open_stock_list, result_cells
from evdesk.batch.parallel import CHUNK_ROWS, answered
from evdesk.policy import bundled_policy

if __name__ == "__main__":
    with open_stock_list(sys.argv[1]) as stock:
        rows = stock.rows()
        reader = RowReader(find_header(rows), {}, {**ASSUMED, "sale_date": dt.date(2026, 5, 1)})
        for _, cells in answered(rows, reader, bundled_policy(), partial(result_cells, words=str), workers=2,
                                 start="spawn", enough=CHUNK_ROWS):
            print(cells[0], flush=True)
"""


@pytest.mark.skipif(not hasattr(__import__("signal"), "pthread_sigmask"), reason="POSIX signal masks")
def test_ctrl_c_arriving_as_the_mask_changes_leaves_it_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl+C pending when SIGINT is blocked is raised as the blocking call returns: the mask must still be
    put back, or this process would ignore Ctrl+C from then on."""
    import signal

    real = signal.pthread_sigmask

    def interrupted(how: int, mask: object) -> object:
        old = real(how, mask)
        if how == signal.SIG_BLOCK and signal.SIGINT in set(mask):  # type: ignore[call-overload]
            raise KeyboardInterrupt
        return old

    before = real(signal.SIG_BLOCK, ())
    monkeypatch.setattr(signal, "pthread_sigmask", interrupted)
    with pytest.raises(KeyboardInterrupt), parallel._ctrl_c_held():
        pass
    monkeypatch.undo()
    assert real(signal.SIG_BLOCK, ()) == before and signal.SIGINT not in before


def _command_line(pid: int) -> str:
    with open(f"/proc/{pid}/cmdline", "rb") as line:
        return line.read().replace(b"\0", b" ").decode(errors="replace")


def _holds_sigint(pid: int) -> bool:
    import signal

    with open(f"/proc/{pid}/status") as status:
        blocked = next(line.split()[1] for line in status if line.startswith("SigBlk:"))
    return bool(int(blocked, 16) & (1 << (signal.SIGINT - 1)))


@pytest.mark.skipif(not FORKS, reason="reads the process tree from Linux's /proc")
def test_spawned_workers_end_when_the_batch_is_killed_outright(tmp_path: Path) -> None:
    """Spawned workers (Windows, macOS) have no parent-death signal: each watches its parent's sentinel and
    ends with it. Killed here with SIGKILL, as macOS would kill a batch."""
    import signal
    import time

    from stock_files import csv_bytes

    path = tmp_path / "long.csv"
    path.write_bytes(csv_bytes([ENGLISH_HEADER, *[PATTERN[i % len(PATTERN)] for i in range(40 * CHUNK_ROWS)]]))
    script = tmp_path / "spawning_batch.py"
    script.write_text(_SPAWNING_BATCH, encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL)
    spawned: list[int] = []
    try:
        assert child.stdout is not None and child.stdout.readline()  # answering, in its workers
        spawned = _children(child.pid)  # the two workers and multiprocessing's resource tracker
        assert len(spawned) >= 2
        # A Ctrl+C to the terminal's process group must not interrupt a worker (it would print a traceback):
        # each began with SIGINT held in its signal mask.
        workers = [pid for pid in spawned if "resource_tracker" not in _command_line(pid)]
        assert len(workers) == 2 and all(_holds_sigint(pid) for pid in workers)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        deadline = time.monotonic() + 30
        while not all(_ended(pid) for pid in spawned) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert all(_ended(pid) for pid in spawned), "a spawned worker outlived the batch"
    finally:
        child.kill()
        child.wait()
        for pid in spawned:
            if not _ended(pid):
                os.kill(pid, signal.SIGKILL)


@forked_only
@pytest.mark.parametrize("damaged_after", [3, CHUNK_ROWS + 1, 5 * CHUNK_ROWS + 7])
def test_a_file_damaged_part_way_is_answered_up_to_the_damage_with_or_without_workers(
        tmp_path: Path, damaged_after: int) -> None:
    """A row the CSV reader cannot read (here a cell over its size limit) ends the list with an error; the
    rows before it are answered first, the same ones in order whether workers answer them or not."""
    from stock_files import csv_bytes

    from evdesk.batch import StockListError
    from evdesk.batch.sources import FIELD_LIMIT

    rows = [PATTERN[i % len(PATTERN)] for i in range(damaged_after)]
    path = tmp_path / "damaged.csv"
    path.write_bytes(csv_bytes([ENGLISH_HEADER, *rows, ["B1", "x" * (FIELD_LIMIT + 1)], *rows]))
    got = {}
    for workers in (0, 2):
        policy = bundled_policy()
        answers: list[object] = []
        with open_stock_list(path) as stock:
            stream = stock.rows()
            reader = RowReader(find_header(stream), {}, {**ASSUMED, "sale_date": dt.date(2026, 5, 1)})
            with pytest.raises(StockListError, match=f"row {damaged_after + 2} cannot be read"):
                for counted, cells in answered(stream, reader, policy, partial(result_cells, words=str),
                                               workers=workers):
                    answers.append((counted, cells))
        got[workers] = answers
    assert got[2] == got[0]
    assert len(got[0]) == sum(1 for row in rows if any(row))
