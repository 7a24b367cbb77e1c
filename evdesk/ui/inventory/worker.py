"""The check itself, off the window's thread: the batch package reads and answers the stock list, and the
answers come back in chunks (the first as soon as FIRST_CHUNK rows are done, then every CHUNK_SECONDS), so
the table fills while the window stays free to scroll, sort, filter or cancel.

The engine is pure Python, so the worker shares the interpreter lock with the window. Left alone, every
call the window makes from Python into Qt hands the lock to the worker, which keeps it for a switch
interval (5 ms): inserting a chunk of rows, or filtering a table, would then take seconds. So the worker
steps aside: after handing over a chunk it waits until the window has taken it in (`resume`), and the
window can hold it still (`pause`) while it refilters; painting and sorting run in Qt's C++ and need
no lock at all.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal

from evdesk.batch import (
    ColumnError,
    ColumnMap,
    Overrides,
    RowReader,
    StockList,
    StockListError,
    answer_rows,
    find_header,
    open_stock_list,
)
from evdesk.batch.columns import first_row_unmapped
from evdesk.batch.sources import Cells
from evdesk.policy.loader import Policy
from evdesk.present.format import Formatter
from evdesk.present.language import Language
from evdesk.ui.inventory.model import PreparedRow, prepare

FIRST_CHUNK = 100  # rows: the table shows something at once
CHUNK_SECONDS = 0.1  # then at most ten hand-overs a second


@dataclass
class Opened:
    """What the worker found before answering: how the file reads, the column map, and a first data row
    (shown beside each column in the mapping panel)."""

    stock: StockList  # closed by then: its facts only (format, encoding, separator, sheet)
    columns: ColumnMap
    sample: Cells


@dataclass
class Job:
    path: Path
    policy: Policy
    assumptions: Mapping[str, object]
    language: Language = "en"  # of the rows' texts (`set_language` changes it on the way)
    columns: ColumnMap | None = None  # the user's own map, from the panel; None: found from the header
    overrides: Overrides | None = None
    defaults: Mapping[str, object] = field(default_factory=dict)


class CheckWorker(QThread):
    """Each signal carries the worker's `ident` first, so the window can ignore what a check it has since
    replaced or stopped still had queued."""

    opened = Signal(int, object)  # Opened
    chunk = Signal(int, object, str)  # list[PreparedRow], and the language of their texts
    progress = Signal(int, float)  # fraction of the file read, when known
    failed = Signal(int, object)  # StockListError: the file cannot be read
    unmapped = Signal(int, object)  # Opened: no column of the header names a field; the user says which is which
    done = Signal(int, int, bool)  # empty rows skipped; cancelled

    def __init__(self, ident: int, job: Job, parent: Any = None):
        super().__init__(parent)
        self.ident = ident
        self.job = job
        self._go = threading.Event()  # cleared: the window is busy in Python, the worker waits
        self._go.set()
        self.language: Language = job.language

    def set_language(self, language: Language) -> None:
        self.language = language  # read by the worker at its next row

    def pause(self) -> None:
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    def stop(self) -> None:
        """Stop at the next row (even a paused worker), and wait for it."""
        self.requestInterruption()
        self._go.set()
        self.wait()

    def run(self) -> None:
        try:
            self._check()
        except StockListError as error:
            self.failed.emit(self.ident, error)

    def _offer_unmapped(self, stock: StockList, rows: Iterator[tuple[int, Cells]]) -> bool:
        """A header that names no field: its columns, none read, for the user to map in the window (the
        command line's --map does the same), from the rows the header search gave back. False when the list
        has no row at all."""
        blank = first_row_unmapped(rows)
        if blank is None:
            return False
        sample = next(rows, None)
        self.unmapped.emit(self.ident, Opened(stock, blank, sample[1] if sample else ()))
        return True

    def _check(self) -> None:
        job = self.job
        with open_stock_list(job.path) as stock:
            rows = stock.rows()
            columns = job.columns
            if columns is None:
                try:
                    columns = find_header(rows, job.overrides, job.path.name)
                except ColumnError:
                    if not self._offer_unmapped(stock, rows):
                        raise
                    return
            if job.columns is not None:
                rows = _after(rows, columns.header_row)
            first = next(rows, None)
            self.opened.emit(self.ident, Opened(stock, columns, first[1] if first else ()))
            if first is not None:
                rows = _chained(first, rows)
            reader = RowReader(columns, job.defaults, job.assumptions, separated=stock.format == "csv")
            formatter = Formatter(self.language)
            batch: list[PreparedRow] = []
            handed = time.monotonic()
            size = FIRST_CHUNK
            for answer in answer_rows(rows, reader, job.policy, what_if=True):
                self._wait_for_window()
                if self.isInterruptionRequested():
                    self._hand_over(batch, stock.fraction_read(), formatter.language)
                    self.done.emit(self.ident, reader.empty_rows, True)
                    return
                if formatter.language != self.language:
                    formatter = Formatter(self.language)
                batch.append(prepare(answer, formatter))
                if len(batch) >= size or time.monotonic() - handed >= CHUNK_SECONDS:
                    self._hand_over(batch, stock.fraction_read(), formatter.language)
                    batch = []
                    handed = time.monotonic()
                    size = 1_000_000  # after the first, by time alone
            self._hand_over(batch, 1.0, formatter.language)
            self.done.emit(self.ident, reader.empty_rows, False)

    def _wait_for_window(self) -> None:
        """Until the window has taken the last chunk in (it sets `_go`), or the check is stopped. `stop()`
        sets `_go` too, but a chunk handed over just after clears it again while the window, blocked in
        `stop()`, can take nothing in: so the wait also looks for the interruption, or it never ends."""
        while not self._go.wait(0.05):  # returns at once when set; releases the lock meanwhile
            if self.isInterruptionRequested():
                return

    def _hand_over(self, batch: list[PreparedRow], fraction: float | None, language: Language) -> None:
        if batch:
            self._go.clear()  # until the window has taken the chunk in
            self.chunk.emit(self.ident, batch, language)
        if fraction is not None:
            self.progress.emit(self.ident, fraction)


def _after(rows: Iterator[tuple[int, Cells]], header_row: int) -> Iterator[tuple[int, Cells]]:
    for number, cells in rows:
        if number > header_row:
            yield number, cells


def _chained(first: tuple[int, Cells], rows: Iterator[tuple[int, Cells]]) -> Iterator[tuple[int, Cells]]:
    yield first
    yield from rows
