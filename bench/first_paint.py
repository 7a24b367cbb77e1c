"""Child process for the start-up figure: show a window, report when its first paint is done, exit.

`python -m bench.first_paint bare` shows an empty QMainWindow (the floor PySide6 itself sets);
`python -m bench.first_paint evdesk` shows evdesk's counter window with the bundled policy.
The parent measures from before it starts this process until the line "painted" arrives.
"""

from __future__ import annotations

import sys


def main(kind: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if kind == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
    else:
        from evdesk.ui import MainWindow

        # As `evdesk` opens it: the window paints first and loads the policy and the form right after.
        window = MainWindow(load_after_paint=True)
        window.resize(1280, 800)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                # Let this paint finish, then report and leave.
                QTimer.singleShot(0, lambda: (print("painted", flush=True), app.exit(0)))
                watched.removeEventFilter(self)
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bare")
