"""The sale form's plain inputs, built alike: combo boxes of codes, spin boxes, date edits, and the form
layout that holds them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDateEdit, QFormLayout, QSpinBox, QWidget

_EARLIEST = QDate(2000, 1, 1)
_LATEST = QDate(2099, 12, 31)


def code_combo(name: str, codes: list[str]) -> QComboBox:
    """Item data are strings, "" for "not known": PySide6 6.12 under-counts a None read back from item
    data (or from an unset property), which crashes the interpreter at exit after enough reads."""
    combo = QComboBox()
    combo.setObjectName(name)
    for code in codes:
        combo.addItem("", code)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
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


def date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")  # the Canadian numeric date in both languages; unambiguous
    edit.setDateRange(_EARLIEST, _LATEST)
    return edit


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def form_layout(parent: QWidget | None) -> QFormLayout:
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    # At 150 % scaling or in a narrow window, a field moves under its label rather than being clipped.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(8)
    return form
