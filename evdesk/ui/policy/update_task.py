"""Policy update work off the window's thread: a check for updates waits on the network (up to the
fetcher's timeout), so it runs in Qt's thread pool and reports back through a queued signal; the window
stays responsive meanwhile and never starts a second one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from evdesk.updates.messages import UpdateRefused


class UpdateTask(QObject):
    """Runs `job` in the pool; `finished` carries its result or the `UpdateRefused` it raised."""

    finished = Signal(object)

    def __init__(self, job: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._job = job

    def start(self) -> None:
        task = self

        class _Runnable(QRunnable):
            def run(self) -> None:
                try:
                    result: object = task._job()
                except UpdateRefused as refused:
                    result = refused
                except Exception as error:  # reported as a refusal line, never a crash of the window
                    from evdesk.updates.messages import Message

                    result = UpdateRefused("error", Message("{problem}", {"problem": f"{type(error).__name__}: "
                                                                                       f"{error}"}))
                task.finished.emit(result)

        QThreadPool.globalInstance().start(_Runnable())
