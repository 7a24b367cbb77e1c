"""The mouse wheel scrolls the form; it changes a field only once the user has put the focus there.

Qt's combo and spin boxes take the wheel (and, with their default WheelFocus policy, the focus) from a
pointer that merely passes over them while the form scrolls: Purchase became Lease, New became Used, a
year went back four. Here they get StrongFocus (a click or Tab, never the wheel), and a wheel event over
one that does not have the focus is ignored, so Qt hands it on to the scroll area around the form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # not accepted: QApplication passes it to the parent, up to the scroll area
            return True  # and the field itself never sees it
        return False


def guard_wheel(root: QWidget) -> WheelGuard:
    """Every combo and spin box under `root` (date fields are line edits: the wheel never changes them)."""
    guard = WheelGuard(root)
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QComboBox, QAbstractSpinBox)):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(guard)
    return guard
