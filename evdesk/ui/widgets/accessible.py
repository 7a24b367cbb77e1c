"""Names for the parts of a field that screen readers reach but Qt leaves unnamed: the line edit inside an
editable combo box or a spin box, and a completer's list of suggestions. Each takes its field's name, so a
screen reader says "Model year" in the box itself, not nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`


def _derived_name(widget: QWidget) -> str:
    """The name Qt gives a field with none of its own: its buddy label's text."""
    if not isinstance(widget, (QComboBox, QAbstractSpinBox)):
        return ""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "") or ""


def name_inner_editors(root: QWidget) -> None:
    """Call after the fields are named (and again after each change of language)."""
    for widget in root.findChildren(QWidget):
        name = widget.accessibleName() or _derived_name(widget)
        if not name:
            continue
        inner: QLineEdit | None = None
        if isinstance(widget, QComboBox):
            inner = widget.lineEdit() if widget.isEditable() else None
            widget.view().setAccessibleName(translate("Accessible", "Choices: {field}").format(field=name))
        elif isinstance(widget, QAbstractSpinBox):
            inner = widget.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(name)
            inner.setAccessibleDescription(widget.accessibleDescription())
        completer = widget.completer() if isinstance(widget, (QLineEdit, QComboBox)) else None
        if completer is not None:
            completer.popup().setAccessibleName(translate("Accessible", "Suggestions: {field}").format(field=name))
