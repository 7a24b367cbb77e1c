"""The sale form's plain inputs, built alike: combo boxes of codes, spin boxes, date fields, and the form
layout that holds them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from evdesk.ui.widgets.date_field import DateField


def code_combo(name: str, codes: list[str]) -> QComboBox:
    """Item data are strings, "" for "not known": PySide6 6.12 under-counts a None read back from item
    data (or from an unset property), which crashes the interpreter at exit after enough reads."""
    combo = QComboBox()
    combo.setObjectName(name)
    for code in codes:
        combo.addItem("", code)
    # As wide as its longest choice: "Battery-electric vehicle (BEV)" is never cut to "Battery-electric vehic"
    # (the form puts a wide field under its label rather than squeeze it).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def select_code(combo: QComboBox, code: Any) -> None:
    index = combo.findData(code)
    if index < 0:
        raise ValueError(f"{combo.objectName()}: no choice {code!r}")
    combo.setCurrentIndex(index)


def spin_box(name: str, minimum: int, maximum: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(minimum, maximum)
    spin.setValue(value)
    spin.setGroupSeparatorShown(True)
    spin.setAccelerated(True)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    return spin


class OptionalSpinBox(QSpinBox):
    """A whole number that may be not given yet: the minimum shows as an empty box (with its placeholder),
    never as a number the user did not type."""

    def textFromValue(self, value: int) -> str:
        return "" if value == self.minimum() else super().textFromValue(value)

    def valueFromText(self, text: str) -> int:
        return self.minimum() if not text.strip() else super().valueFromText(text)

    def validate(self, text: str, position: int) -> object:
        if not text.strip():
            return QValidator.State.Acceptable, text, position
        return super().validate(text, position)

    def is_given(self) -> bool:
        return self.value() != self.minimum()


def optional_spin_box(name: str, maximum: int) -> OptionalSpinBox:
    """0 means not given; 1 to `maximum` are values."""
    spin = OptionalSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, maximum)
    spin.setValue(0)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return spin


def date_edit(name: str) -> DateField:
    """A date typed whole in the UI's language, or picked from a calendar (evdesk.ui.widgets.date_field)."""
    edit = DateField()
    edit.setObjectName(name)
    return edit


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def fit_placeholder(edit: QLineEdit, base: int, extra: int = 0) -> None:
    """At least `base` wide, and as wide as its placeholder ("17 characters, optional"), which Qt would
    otherwise cut off; `extra` for what sits inside the field (a calendar button)."""
    text = edit.placeholderText()
    margins = edit.textMargins()
    needed = edit.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 20 + extra if text else 0
    edit.setMinimumWidth(max(base, needed))


def set_compact(root: QWidget, compact: bool) -> None:
    """Labels above their fields (a narrow window, 150 % scaling) or beside them."""
    policy = QFormLayout.RowWrapPolicy.WrapAllRows if compact else QFormLayout.RowWrapPolicy.WrapLongRows
    for form in root.findChildren(QFormLayout):
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)


def form_layout(parent: QWidget | None) -> QFormLayout:
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    # At 150 % scaling or in a narrow window, a field moves under its label rather than being clipped.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(8)
    return form
