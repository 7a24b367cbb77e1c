"""`evdesk batch` and the inventory window: a 10,000-row stock list to a results CSV (wall time, process start
included, against `python -c pass` and a one-row batch measured in the same run), where that time goes,
the window's first 100 rows, and 100,000 rows streamed within a memory bound (the child's peak resident
set, from the kernel's accounting of that one process)."""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.stock_lists import write_csv_stock, write_xlsx_stock

EVDESK = [sys.executable, "-m", "evdesk"]
TIME = "/usr/bin/time"  # GNU time: -f %M is the peak resident set in kilobytes


def _run(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one child process. The peak comes from /usr/bin/time, whose own
    small process starts the command: a child forked straight from this one (Qt and all loaded) would
    report this process's size as its own, since Linux carries the high-water mark across exec. With
    worker processes it is the largest one's peak (see `_tree_pss_peak` for them all together)."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as measured:
        began = time.perf_counter()
        child = subprocess.run([TIME, "-f", "%M", "-o", measured.name, *command], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, check=False, env={**os.environ, **(env or {})})
        elapsed = time.perf_counter() - began
        if child.returncode:
            raise RuntimeError(f"{' '.join(command)} exited {child.returncode}")
        kilobytes = int(measured.read().split()[-1])
    return elapsed, kilobytes / 1024


def _tree(pid: int) -> list[int]:
    """The process and its descendants, as the kernel lists them."""
    found, waiting = [], [pid]
    while waiting:
        current = waiting.pop()
        found.append(current)
        with contextlib.suppress(OSError):
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    waiting.extend(int(child) for child in children.read().split())
    return found


def _pss_mb(pid: int) -> float:
    """The process's proportional set: its private pages, and its share of the pages it shares (a forked
    worker shares most of its parent's), so that the processes' figures add up to what they use together."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _tree_pss_peak(command: list[str]) -> tuple[float, float]:
    """Wall seconds, and the peak of the command's processes' proportional sets added together, sampled
    every 20 ms (a peak shorter than that can be missed)."""
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while child.poll() is None:
        peak = max(peak, sum(_pss_mb(pid) for pid in _tree(child.pid)))
        time.sleep(0.02)
    if child.returncode:
        raise RuntimeError(f"{' '.join(command)} exited {child.returncode}")
    return time.perf_counter() - began, peak


ONE_PROCESS = {"EVDESK_BATCH_WORKERS": "0"}


def ten_thousand(folder: Path, runs: int = 5) -> dict[str, float]:
    from evdesk.batch.parallel import usable_workers

    stock = write_csv_stock(folder / "stock-10k.csv", 10_000)
    one = write_csv_stock(folder / "stock-1.csv", 1)
    out, xlsx = folder / "result.csv", folder / "result.xlsx"
    _run([*EVDESK, "batch", str(one), "--out", str(out)])  # warm the disk cache
    passes, starts, walls, alone, to_xlsx = [], [], [], [], []
    for _ in range(runs):  # interleaved, so a busy moment hurts each alike
        passes.append(_run([sys.executable, "-c", "pass"])[0])
        starts.append(_run([*EVDESK, "batch", str(one), "--out", str(out)])[0])
        walls.append(_run([*EVDESK, "batch", str(stock), "--out", str(out)])[0])
        alone.append(_run([*EVDESK, "batch", str(stock), "--out", str(out)], ONE_PROCESS)[0])
        to_xlsx.append(_run([*EVDESK, "batch", str(stock), "--out", str(xlsx)])[0])
    wall, start, bare = statistics.median(walls), statistics.median(starts), statistics.median(passes)
    return {"wall_s": wall, "start_s": start, "pass_s": bare, "rows_per_s": 10_000 / wall,
            "rows_per_s_after_start": 10_000 / max(wall - start, 1e-9), "ratio_to_pass": wall / bare,
            "one_process_s": statistics.median(alone), "xlsx_s": statistics.median(to_xlsx),
            "workers": usable_workers()}


def stages(folder: Path, count: int = 10_000) -> tuple[dict[str, float], dict[str, float]]:
    """Where a row's time goes, in microseconds, measured in this process on the same 10,000 rows; and the
    time to write those answers to a results XLSX (`xlsx_writing`)."""
    import datetime as dt

    from evdesk.assumptions import ASSUMED
    from evdesk.batch import RESULT_COLUMNS, RowReader, answer_row, find_header, open_stock_list, result_cells
    from evdesk.batch.answers import deciding_reason
    from evdesk.policy import bundled_policy
    from evdesk.present.format import Formatter
    from evdesk.rules import evaluate
    from evdesk.sheets import write_csv

    policy = bundled_policy()
    words = Formatter("en").criterion
    path = write_csv_stock(folder / "stock-stages.csv", count)
    clock = time.perf_counter
    spent = dict.fromkeys(("read", "cells", "validate", "evaluate", "words", "write"), 0.0)
    with open_stock_list(path) as stock:
        rows = stock.rows()
        reader = RowReader(find_header(rows), {}, {**ASSUMED, "sale_date": dt.date.today()})
        began = clock()
        raw = list(rows)
        spent["read"] = clock() - began
    answers: list[Any] = []
    for number, cells in raw:
        began = clock()
        values = {}
        for index, _, _, field, convert in reader._feeding:  # the reader's own per-column converters
            if index < len(cells) and cells[index]:
                with contextlib.suppress(ValueError):  # a bad cell: its problem is the rows' business
                    values[field] = convert(cells[index])
        middle = clock()
        row = reader.read(number, cells)  # converts again, then validates: the difference is validation
        after = clock()
        spent["cells"] += middle - began
        spent["validate"] += max((after - middle) - (middle - began), 0.0)
        if row is None:
            continue
        if row.request is not None:
            began = clock()
            evaluation = evaluate(row.request, policy)
            spent["evaluate"] += clock() - began
            reason = deciding_reason(evaluation)
            if reason is not None:
                began = clock()
                words(reason)
                spent["words"] += clock() - began
        answers.append(answer_row(row, policy))
    began = clock()
    write_csv(folder / "stages.csv", RESULT_COLUMNS, (result_cells(a, words) for a in answers))
    spent["write"] = clock() - began
    return {name: seconds / count * 1e6 for name, seconds in spent.items()}, xlsx_writing(folder, answers, words)


def xlsx_writing(folder: Path, answers: list[Any], words: Any) -> dict[str, float]:
    """The same answered rows to a results XLSX, seconds, in this process: through evdesk's writer (typed,
    escaped cells, each row's XML made as a string), and through openpyxl's own cell writer, its write-only
    mode appending the same values with no style at all, for reference."""
    from openpyxl import Workbook

    from evdesk.batch import RESULT_COLUMNS, result_cells
    from evdesk.xlsx_writer import write_xlsx

    rows = [result_cells(answer, words) for answer in answers]
    began = time.perf_counter()
    write_xlsx(folder / "writing.xlsx", RESULT_COLUMNS, rows)
    evdesk_s = time.perf_counter() - began
    began = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for row in rows:
        sheet.append(row)
    workbook.save(folder / "bare.xlsx")
    return {"evdesk_s": evdesk_s, "openpyxl_s": time.perf_counter() - began, "rows": len(rows)}


def by_start(folder: Path, count: int = 10_000) -> dict[str, float]:
    """The same rows answered (read, answered, shaped; nothing written) in one process, in forked workers (Linux)
    and in spawned ones (Windows and macOS, run here as they run there), seconds each, in this process."""
    import datetime as dt
    from functools import partial

    from evdesk.assumptions import ASSUMED
    from evdesk.batch import RowReader, find_header, open_stock_list, result_cells
    from evdesk.batch.parallel import answered, usable_workers
    from evdesk.policy import bundled_policy
    from evdesk.present.format import Formatter

    policy, shape = bundled_policy(), partial(result_cells, words=Formatter("en").criterion)
    path = write_csv_stock(folder / "stock-starts.csv", count)
    workers = max(usable_workers(), 2)
    spent = {}
    for name, count_of, start in (("one_process_s", 0, None), ("forked_s", workers, "fork"),
                                  ("spawned_s", workers, "spawn")):
        if start == "fork" and not sys.platform.startswith("linux"):
            continue
        with open_stock_list(path) as stock:
            rows = stock.rows()
            reader = RowReader(find_header(rows), {}, {**ASSUMED, "sale_date": dt.date.today()})
            began = time.perf_counter()
            for _ in answered(rows, reader, policy, shape, workers=count_of, start=start):
                pass
            spent[name] = time.perf_counter() - began
    return {**spent, "workers": workers}


def first_rows(folder: Path, runs: int = 5) -> dict[str, float]:
    """File chosen → the first 100 rows in the window's table (and painted): in a window that has not
    checked a list yet, and in one that still shows 10,000 rows of the last (which it clears first)."""
    from PySide6.QtWidgets import QApplication

    from evdesk.policy import bundled_policy
    from evdesk.ui.inventory import InventoryWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    stock = write_csv_stock(folder / "stock-window.csv", 10_000)
    policy = bundled_policy()

    def first_hundred(window: InventoryWindow) -> tuple[float, float]:
        began = time.perf_counter()
        window.open_file(stock)
        while window.model.rowCount() < 100:
            app.processEvents()
        window.table.viewport().repaint()
        shown = time.perf_counter() - began
        while window.running:
            app.processEvents()
            time.sleep(0.002)
        return shown, time.perf_counter() - began

    fresh, again, totals = [], [], []
    for run in range(runs + 1):
        window = InventoryWindow(policy, "en")
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        shown, total = first_hundred(window)
        shown_again, _ = first_hundred(window)
        window.close()
        window.deleteLater()
        app.processEvents()
        if run:  # the first opens the modules
            fresh.append(shown)
            again.append(shown_again)
            totals.append(total)
    return {"first_100_ms": statistics.median(fresh) * 1000, "worst_ms": max(fresh) * 1000,
            "again_ms": statistics.median(again) * 1000, "all_10k_s": statistics.median(totals)}


def streaming(folder: Path, count: int) -> dict[str, float]:
    csv_stock = write_csv_stock(folder / "stock-big.csv", count)
    xlsx_stock = write_xlsx_stock(folder / "stock-big.xlsx", count)
    one = write_csv_stock(folder / "stock-1.csv", 1)
    figures: dict[str, float] = {"rows": count}
    figures["pass_mb"] = _run([sys.executable, "-c", "pass"])[1]
    figures["start_mb"] = _run([*EVDESK, "batch", str(one), "--out", str(folder / "r1.csv")])[1]
    for name, stock, out in (("csv", csv_stock, "r.csv"), ("xlsx", xlsx_stock, "r.xlsx")):
        wall, peak = _run([*EVDESK, "batch", str(stock), "--out", str(folder / out)])
        figures[f"{name}_s"], figures[f"{name}_mb"] = wall, peak
    # Every process together (the batch and its workers), by proportional set: the figure the aim is about.
    figures["csv_tree_mb"] = _tree_pss_peak([*EVDESK, "batch", str(csv_stock), "--out", str(folder / "r.csv")])[1]
    return figures


def report() -> str:
    big = int(os.environ.get("EVDESK_BENCH_BATCH_ROWS", "100000"))
    with tempfile.TemporaryDirectory(prefix="evdesk-bench-batch-") as name:
        folder = Path(name)
        ten = ten_thousand(folder)
        where, writing = stages(folder)
        started = by_start(folder)
        window = first_rows(folder)
        stream = streaming(folder, big)
    total = sum(where.values())
    workers = f"{ten['workers']} worker processes" if ten["workers"] else "one process"
    lines = [
        f"batch: 10,000-row CSV to a results CSV: {ten['wall_s']:.2f} s wall, process start included, in {workers} "
        f"(aim: at most 1.5 s); {ten['rows_per_s']:,.0f} rows/s, {ten['rows_per_s_after_start']:,.0f} rows/s after "
        f"start; in one process {ten['one_process_s']:.2f} s ({ten['one_process_s'] / ten['wall_s']:.2f}×); to a "
        f"results XLSX {ten['xlsx_s']:.2f} s ({ten['xlsx_s'] / ten['wall_s']:.2f}× the CSV)",
        f"batch: references in this run: python -c pass {ten['pass_s'] * 1000:.0f} ms (ratio "
        f"{ten['ratio_to_pass']:.0f}); a one-row batch (start, imports, policy) {ten['start_s'] * 1000:.0f} ms",
        f"batch: 10,000 rows answered in this process (no start, nothing written): one process "
        f"{started['one_process_s']:.2f} s; {started['workers']} forked workers (Linux) "
        f"{started.get('forked_s', float('nan')):.2f} s; {started['workers']} spawned workers (Windows, macOS) "
        f"{started['spawned_s']:.2f} s, their start included",
        "batch: per row in one process (µs): " + ", ".join(f"{name} {value:.1f}" for name, value in where.items())
        + f"; {total:.0f} in all",
        f"batch: writing {writing['rows']:,} answered rows to a results XLSX in this process: "
        f"{writing['evdesk_s']:.2f} s through evdesk's writer (in a batch each row's XML is made in the worker "
        f"that answers it); openpyxl's own cell writer, the same values unstyled, {writing['openpyxl_s']:.2f} s",
        f"batch: window, file chosen to the first 100 rows shown: median {window['first_100_ms']:.0f} ms, worst "
        f"{window['worst_ms']:.0f} ms (aim: at most 300 ms); in a window still showing 10,000 rows of the last "
        f"list {window['again_ms']:.0f} ms; all 10,000 rows in {window['all_10k_s']:.1f} s",
        f"batch: {stream['rows']:,.0f} rows streamed: CSV in {stream['csv_s']:.1f} s, peak {stream['csv_mb']:.0f} MB "
        f"for the largest process, {stream['csv_tree_mb']:.0f} MB for all of them together (proportional set); "
        f"XLSX in {stream['xlsx_s']:.1f} s, peak {stream['xlsx_mb']:.0f} MB (aim: at most 200 MB); a one-row "
        f"batch peaks at {stream['start_mb']:.0f} MB, python -c pass at {stream['pass_mb']:.0f} MB",
    ]
    return "\n".join(lines)
