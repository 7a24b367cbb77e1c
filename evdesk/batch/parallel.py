"""A long stock list answered on every core: rows go to worker processes in chunks and come back in the input's
order, each already shaped for its output (a result file's cells, or a JSON object), with what the summary
counts. The rows are read, and the results written, by the caller's one process, so a list still streams.

Worker processes are forked, so they start in milliseconds with the policy, the column map and the shaping
already in memory: nothing is loaded twice and nothing is pickled but the rows and the results. Fork is
used only where it is the platform's own way (Linux); elsewhere, and for a list that fits in one chunk,
every row is answered in this process, exactly as `answer_rows` does.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from evdesk.batch.answers import RowAnswer, Status, answer_row
from evdesk.batch.rows import RowReader
from evdesk.batch.sources import Cells

if TYPE_CHECKING:
    from concurrent.futures import Future

    from evdesk.policy.loader import Policy

__all__ = ["Counted", "WorkerStopped", "answered", "usable_workers"]

T = TypeVar("T")

CHUNK_ROWS = 250  # rows per hand-over: about 50-100 ms of a worker's time, so the pickling is a small share
CHUNKS_AHEAD = 3  # chunks waiting per worker: enough to keep each busy, few enough that memory stays flat


class WorkerStopped(Exception):
    """A worker process ended before answering its rows (killed from outside, or out of memory)."""


@dataclass(frozen=True, slots=True)
class Counted:
    """What the summary needs of one row's answer (the answer itself stays in the worker)."""

    status: Status
    amount: Decimal | None
    amount_at_max_price: Decimal | None
    assumed: tuple[str, ...]

    @classmethod
    def of(cls, answer: RowAnswer) -> Counted:
        return cls(answer.status, answer.amount, answer.amount_at_max_price, answer.assumed)


@dataclass(frozen=True)
class _Job(Generic[T]):
    reader: RowReader
    policy: Policy
    shape: Callable[[RowAnswer], T]
    what_if: bool


_job: _Job[Any] | None = None  # a worker's job, inherited from the parent at the fork


def _adopt(job: _Job[Any], parent: int) -> None:
    """A worker's start: take the parent's job; leave Ctrl+C to the parent, which stops every worker (a worker
    interrupted on its own would print a traceback and leave its chunk unanswered); and end with the parent.
    A pool's workers never look for their parent: killed outright (SIGTERM, SIGKILL), it would leave them
    blocked for good on a pipe nobody reads, holding the caller's stdout open."""
    global _job
    _job = job
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_parent()
    if os.getppid() != parent:  # it died before the kernel was told: nobody is left to hand results to
        os._exit(1)


def _end_with_parent() -> None:
    """Linux's parent-death signal: the kernel sends this process SIGTERM when its parent ends."""
    import ctypes

    pr_set_pdeathsig = 1  # <linux/prctl.h>
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")


def _answers(rows: Iterable[tuple[int, Cells]], job: _Job[T]) -> Iterator[tuple[Counted, T]]:
    reader, policy, shape, what_if = job.reader, job.policy, job.shape, job.what_if
    for number, cells in rows:
        row = reader.read(number, cells)
        if row is not None:
            answer = answer_row(row, policy, what_if)
            yield Counted.of(answer), shape(answer)


def _answer_chunk(rows: list[tuple[int, Cells]]) -> tuple[list[tuple[Counted, Any]], int]:
    """In a worker: the chunk's answers, shaped, and how many of its rows were empty (skipped)."""
    assert _job is not None, "a worker runs only with a job"
    empty_before = _job.reader.empty_rows
    shaped = list(_answers(rows, _job))
    return shaped, _job.reader.empty_rows - empty_before


def usable_workers() -> int:
    """How many worker processes this machine gives a batch: one per core this process may run on, and none
    where forking is not the platform's way (a spawned worker would load everything again)."""
    if not sys.platform.startswith("linux") or os.environ.get("EVDESK_BATCH_WORKERS") == "0":
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    wanted = os.environ.get("EVDESK_BATCH_WORKERS")
    if wanted is not None and wanted.isdigit():
        return int(wanted)
    return cores if cores > 1 else 0


def answered(rows: Iterable[tuple[int, Cells]], reader: RowReader, policy: Policy, shape: Callable[[RowAnswer], T],
             what_if: bool = False, workers: int | None = None) -> Iterator[tuple[Counted, T]]:
    """Every non-empty row's answer, shaped by `shape`, with what the summary counts, in the input's order.
    `reader.empty_rows` counts the skipped rows, wherever they were read. A file found damaged part way
    raises its error after the rows read before the damage are answered, with or without workers."""
    rows = iter(rows)  # read on from where the look ahead stops, even when given a list
    job = _Job(reader, policy, shape, what_if)
    workers = usable_workers() if workers is None else workers
    if not workers:
        yield from _answers(rows, job)
        return
    ahead: list[tuple[int, Cells]] = []  # one row more than a chunk tells a long list from a short one
    try:
        for row in rows:
            ahead.append(row)
            if len(ahead) > CHUNK_ROWS:
                break
    except Exception:
        yield from _answers(ahead, job)
        raise
    if len(ahead) <= CHUNK_ROWS:  # one chunk: not worth a process
        yield from _answers(ahead, job)
        return
    yield from _in_workers(_chunks(chain(ahead, rows)), job, workers)


def _chunks(rows: Iterator[tuple[int, Cells]]) -> Iterator[list[tuple[int, Cells]]]:
    """The rows in chunks; a read error comes after the chunk of the rows read before it."""
    chunk: list[tuple[int, Cells]] = []
    try:
        for row in rows:
            chunk.append(row)
            if len(chunk) == CHUNK_ROWS:
                yield chunk
                chunk = []
    except Exception:
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


def _in_workers(chunks: Iterator[list[tuple[int, Cells]]], job: _Job[T], workers: int) -> Iterator[tuple[Counted, T]]:
    # Imported here: a short list, answered in this process, never pays for them.
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork")
    pending: deque[Future[tuple[list[tuple[Counted, T]], int]]] = deque()
    # What this process holds is frozen for the fork, so a worker's collector never touches (and copies) the
    # parent's pages; the workers are forked at the first hand-over.
    gc.freeze()
    # A worker that dies fails its chunk's future with BrokenProcessPool: the batch stops, it never hangs.
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_adopt, initargs=(job, os.getpid())) as pool:
        try:
            damage: Exception | None = None
            while True:
                try:
                    chunk = next(chunks, None)
                except Exception as error:  # the file is damaged part way: first answer what was read before
                    damage, chunk = error, None
                if chunk is not None:
                    pending.append(pool.submit(_answer_chunk, chunk))
                    gc.unfreeze()
                while pending and (chunk is None or len(pending) > workers * CHUNKS_AHEAD):
                    shaped, empty = pending.popleft().result()
                    job.reader.empty_rows += empty
                    yield from shaped
                if chunk is None:
                    if damage is not None:
                        raise damage
                    return
        except BrokenProcessPool as error:
            raise WorkerStopped(str(error)) from None
        except BaseException:  # Ctrl+C, a damaged file, a consumer that stops reading: the workers stop with it
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        finally:
            gc.unfreeze()
