"""A window shown as a user first meets it: at a size, exposed, active, with the focus in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication


def show_window(window: Any, qtbot: Any, size: tuple[int, int] = (1366, 697)) -> Any:
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    def focused_here() -> bool:
        # The last test's window, hidden but not yet deleted, can still hold the application's focus widget;
        # only this window's own focus means the activation has arrived (a click before it focuses nothing).
        focus = QApplication.focusWidget()
        return window.isActiveWindow() and focus is not None and (focus is window or window.isAncestorOf(focus))

    qtbot.waitUntil(focused_here, timeout=5000)
    return window
