"""Child process for the start-up figures: show a window, report when it is on screen, exit.

`python -m bench.first_paint bare` shows an empty QMainWindow (the floor PySide6 itself sets) and reports
its first paint. `python -m bench.first_paint evdesk` shows evdesk's counter window with the bundled policy
and reports its first paint (the backdrop); `python -m bench.first_paint usable` reports when the same
window is usable: the form built and the first answer painted on its card.
The parent measures from before it starts this process until the line "painted" arrives.
"""

from __future__ import annotations

import sys


def main(kind: str) -> None:
    if kind != "bare":
        from evdesk.__main__ import prepare_process

        prepare_process()  # as `evdesk` starts
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])
    if kind == "bare":
        window = QMainWindow()
    else:
        from evdesk.ui import MainWindow

        # As `evdesk` opens it: the window paints first and loads the policy and the form right after.
        window = MainWindow(load_after_paint=True)
    window.resize(1280, 800)

    def report() -> None:
        print("painted", flush=True)
        app.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, report)  # let this paint finish, then report and leave
                watched.removeEventFilter(self)
            return False

    class FirstAnswer(QObject):
        """Usable: the rebate card's figure painted with an answer in it."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                    and watched.objectName() == "rebateAmount" and getattr(window, "evaluation", None) is not None):
                QTimer.singleShot(0, report)
                app.removeEventFilter(self)
            return False

    spy: QObject
    if kind == "usable":
        spy = FirstAnswer()
        app.installEventFilter(spy)
    else:
        spy = FirstPaint()
        window.installEventFilter(spy)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bare")
