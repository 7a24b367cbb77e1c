"""A long stock list answered on every core: rows go to worker processes in chunks and come back in the input's
order, each already shaped for its output (a result file's cells, or a JSON object), with what the summary
counts. The rows are read, and the results written, by the caller's one process, so a list still streams.

On Linux worker processes are forked, so they start in milliseconds with the policy, the column map and the
shaping already in memory: nothing is loaded twice and nothing is pickled but the rows and the results. On
Windows and macOS, where forking is not the platform's way, they are spawned: each starts evdesk afresh and
loads the same policy file again (about half a second), checked to be the very file this process answers
under, so only a list long enough to repay that is answered there (`spawn_after_rows`). A shorter list is
answered in this process, exactly as `answer_rows` does.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from evdesk.batch.answers import RowAnswer, Status, answer_row
from evdesk.batch.rows import RowReader
from evdesk.batch.sources import Cells

if TYPE_CHECKING:
    from concurrent.futures import Future

    from evdesk.policy.loader import Policy
    from evdesk.policy.vehicles import ListedVehicle

__all__ = ["Counted", "WorkerStopped", "answered", "spawn_after_rows", "start_method", "usable_workers"]

T = TypeVar("T")

CHUNK_ROWS = 250  # rows per hand-over: about 50-100 ms of a worker's time, so the pickling is a small share
CHUNKS_AHEAD = 3  # chunks waiting per worker: enough to keep each busy, few enough that memory stays flat


# Spawned workers, at most: each has its own start (about 0.55 s of a core) and its own memory (about 40 MB),
# where forked ones share the parent's; past this the start outweighs the gain on any list evdesk sees. It also
# keeps well under Windows' limit for a process pool (61).
MAX_SPAWNED_WORKERS = 8


def spawn_after_rows(workers: int) -> int:
    """How long a list must be for spawned workers to repay their start. Spawning costs about 0.55 s before
    the first row (each worker imports evdesk and loads the policy), about 1,900 rows of one process's work;
    measured here on 2 cores, the workers gain from some 6,000 rows on, and sooner with more cores."""
    return max(2_500, 12_000 // max(workers, 1))


class WorkerStopped(Exception):
    """A worker process ended before answering its rows (killed from outside, or out of memory), or a spawned
    one could not load the policy this process answers under."""


class PolicyChanged(Exception):
    """In a spawned worker: the policy file on disk is no longer the one the batch answers under."""


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


@dataclass(frozen=True)
class _Recipe(Generic[T]):
    """What a spawned worker makes its job from: a policy cannot be pickled, so it names the file, with what
    the worker must find in it to be answering under the same policy."""

    reader: RowReader
    policy_path: Path
    policy_sha256: str
    vehicles: list[ListedVehicle]  # the vehicle list is read from beside the file: compared too
    shape: Callable[[RowAnswer], T]
    what_if: bool

    @classmethod
    def of(cls, job: _Job[T]) -> _Recipe[T]:
        policy = job.policy
        return cls(job.reader, policy.path.absolute(), policy.sha256, policy.vehicles.vehicles, job.shape, job.what_if)


_job: _Job[Any] | None = None  # a worker's job, inherited from the parent at the fork, or made from a recipe


def _adopt(job: _Job[Any], parent: int) -> None:
    """A forked worker's start: take the parent's job; leave Ctrl+C to the parent, which stops every worker (a
    worker interrupted on its own would print a traceback and leave its chunk unanswered); and end with the
    parent. A forked worker holds the pool's pipes open as the parent does, so with the parent killed
    outright (SIGTERM, SIGKILL) it would stay blocked for good on a pipe nobody writes, holding the caller's
    stdout open."""
    global _job
    _job = job
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_parent()
    if os.getppid() != parent:  # it died before the kernel was told: nobody is left to hand results to
        os._exit(1)


def _adopt_recipe(recipe: _Recipe[Any]) -> None:
    """A spawned worker's start: end with the parent, then load the policy the parent named and make sure it
    is the same one."""
    global _job
    from evdesk.policy import PolicyError, load_policy

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent()
    try:
        try:
            policy = load_policy(recipe.policy_path)
        except PolicyError as error:
            raise PolicyChanged(error.problems[0]) from None
        if policy.sha256 != recipe.policy_sha256 or policy.vehicles.vehicles != recipe.vehicles:
            raise PolicyChanged(f"{recipe.policy_path}: changed since the batch began")
    except PolicyChanged as error:  # one line, not the pool's logged traceback; the parent stops the batch
        if sys.stderr is not None:  # a windowed app started from the desktop has none
            sys.stderr.write(f"evdesk: a worker process could not answer under the batch's policy: {error}\n")
            sys.stderr.flush()
        os._exit(1)
    _job = _Job(recipe.reader, policy, recipe.shape, recipe.what_if)


def _watch_parent() -> None:
    """A spawned worker holds both ends of the pool's queue, as a forked one does, so a parent killed outright
    would leave it blocked for good. Windows and macOS have no parent-death signal; multiprocessing's
    sentinel of the parent (a process handle, or a pipe only the parent writes) becomes ready when it ends."""
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="evdesk-parent-watch", daemon=True).start()


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


def _answer_chunk(rows: list[tuple[int, Cells]]) -> tuple[list[tuple[Counted, Any]], int, int]:
    """In a worker: the chunk's answers, shaped, how many of its rows were empty (skipped), and how many
    had notes right of the header (not read)."""
    assert _job is not None, "a worker runs only with a job"
    reader = _job.reader
    empty_before, notes_before = reader.empty_rows, reader.rows_with_notes
    shaped = list(_answers(rows, _job))
    return shaped, reader.empty_rows - empty_before, reader.rows_with_notes - notes_before


def start_method() -> str:
    """How this platform starts a worker: forked on Linux, spawned elsewhere (where forking is unsafe or
    missing: macOS's system libraries, Windows)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def usable_workers() -> int:
    """How many worker processes this machine gives a batch: one per core this process may run on, or
    `EVDESK_BATCH_WORKERS` (0: none)."""
    if os.environ.get("EVDESK_BATCH_WORKERS") == "0":
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
             what_if: bool = False, workers: int | None = None, start: str | None = None,
             enough: int | None = None) -> Iterator[tuple[Counted, T]]:
    """Every non-empty row's answer, shaped by `shape`, with what the summary counts, in the input's order.
    `reader.empty_rows` counts the skipped rows, wherever they were read. A file found damaged part way
    raises its error after the rows read before the damage are answered, with or without workers.
    `start` ("fork" or "spawn") is the platform's own, and `enough` (the rows a list must exceed to go to
    workers) is its own, unless a test or the self-check says otherwise."""
    rows = iter(rows)  # read on from where the look ahead stops, even when given a list
    job = _Job(reader, policy, shape, what_if)
    workers = usable_workers() if workers is None else workers
    start = start_method() if start is None else start
    if not workers:
        yield from _answers(rows, job)
        return
    if start != "fork":
        workers = min(workers, MAX_SPAWNED_WORKERS)
    if enough is None:
        enough = CHUNK_ROWS if start == "fork" else spawn_after_rows(workers)
    ahead: list[tuple[int, Cells]] = []  # one row more than enough tells a long list from a short one
    try:
        for row in rows:
            ahead.append(row)
            if len(ahead) > enough:
                break
    except Exception:
        yield from _answers(ahead, job)
        raise
    if len(ahead) <= enough:  # not worth a process
        yield from _answers(ahead, job)
        return
    yield from _in_workers(_chunks(chain(ahead, rows)), job, workers, start)


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


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """SIGINT blocked (POSIX) while the pool may start a worker: the worker keeps the signal mask, across the
    exec of a spawned one too, so a Ctrl+C that reaches the whole terminal's process group never interrupts a
    worker still importing evdesk (it would print a traceback). Here the signal only waits: it is delivered
    when this returns, and the batch stops as Ctrl+C stops it. Windows: `_console_ctrl_c_ignored`."""
    if sys.platform == "win32":
        with _console_ctrl_c_ignored():
            yield
        return
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, ())  # the mask as it is, to put back
    try:
        # Inside the try: a Ctrl+C that arrived just before is raised as this call returns, mask changed.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


@contextmanager
def _console_ctrl_c_ignored() -> Iterator[None]:
    """Windows has no signal mask; a console's Ctrl+C reaches every process attached to it. A process that
    ignores Ctrl+C (SetConsoleCtrlHandler(NULL, TRUE)) hands that to the processes it starts, so a worker
    started here never sees it; this process takes Ctrl+C again as soon as the worker is started. (Run by the
    Windows release's frozen self-check, not on this Linux machine; a failing call changes nothing.)"""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kernel32.SetConsoleCtrlHandler(None, True)
    try:
        yield
    finally:
        kernel32.SetConsoleCtrlHandler(None, False)


def _in_workers(chunks: Iterator[list[tuple[int, Cells]]], job: _Job[T], workers: int,
                start: str) -> Iterator[tuple[Counted, T]]:
    # Imported here: a short list, answered in this process, never pays for them.
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context(start)
    initializer, initargs = ((_adopt, (job, os.getpid())) if start == "fork"
                             else (_adopt_recipe, (_Recipe.of(job),)))
    pending: deque[Future[tuple[list[tuple[Counted, T]], int, int]]] = deque()
    # What this process holds is frozen for a fork, so a forked worker's collector never touches (and copies)
    # the parent's pages; the workers start at the first hand-over.
    gc.freeze()
    # A worker that dies fails its chunk's future with BrokenProcessPool: the batch stops, it never hangs.
    with ProcessPoolExecutor(workers, mp_context=context, initializer=initializer, initargs=initargs) as pool:
        try:
            damage: Exception | None = None
            while True:
                try:
                    chunk = next(chunks, None)
                except Exception as error:  # the file is damaged part way: first answer what was read before
                    damage, chunk = error, None
                if chunk is not None:
                    with _ctrl_c_held():  # a worker started here begins with Ctrl+C held, for good
                        pending.append(pool.submit(_answer_chunk, chunk))
                    gc.unfreeze()
                while pending and (chunk is None or len(pending) > workers * CHUNKS_AHEAD):
                    shaped, empty, notes = pending.popleft().result()
                    job.reader.empty_rows += empty
                    job.reader.rows_with_notes += notes
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
