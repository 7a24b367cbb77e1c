"""A window shown as a user first meets it: at a size, exposed, active, with the focus in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication


def show_window(window: Any, qtbot: Any, size: tuple[int, int] = (1366, 697)) -> Any:
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    return window
