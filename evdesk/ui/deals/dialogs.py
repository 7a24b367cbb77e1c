"""The small dialogs of the records: saving a deal (the optional customer and stock fields) and moving a
claim on (its date, confirmation number, amount or reason).

Each dialog stays open when the records refuse or cannot be reached, with the reason inside it and
everything typed still there, so the same button tries again; nothing in the sale form is touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evdesk.present.language import Language
from evdesk.ui.widgets.date_field import DateField
from evdesk.ui.widgets.inputs import date_edit, form_layout, to_date
from evdesk.ui.widgets.money_field import MoneyEdit, MoneyError


class DealDetails(NamedTuple):
    customer: str | None
    stock: str | None
    salesperson: str | None


# The callback does the work and returns None when done, or the reason it was not, worded for the user;
# `retry` says whether pressing the button again may help (the database could not be reached).
Outcome = tuple[str, bool] | None


def _line(name: str, limit: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(limit)
    return edit


class _RecordsDialog(QDialog):
    """A form, a place for the refusal, and OK/Cancel, where OK runs the callback."""

    def __init__(self, parent: QWidget | None, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.layout_ = QVBoxLayout(self)
        self.fields = form_layout(None)
        self.layout_.addLayout(self.fields)
        self.problem = QLabel()
        self.problem.setObjectName("recordsProblem")
        self.problem.setProperty("role", "fieldMessage")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.layout_.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _go(self) -> None:
        outcome = self.run()
        if outcome is None:
            self.accept()
            return
        text, retry = outcome
        self.problem.setText(text)
        self.problem.setVisible(True)
        if retry:
            self.ok_button.setText(self.tr("Try again"))

    def run(self) -> Outcome:  # pragma: no cover (each dialog has its own)
        raise NotImplementedError


class SaveDealDialog(_RecordsDialog):
    def __init__(self, parent: QWidget | None, salesperson: str, save: Callable[[DealDetails], Outcome],
                 stock: str | None = None):
        super().__init__(parent, "saveDealDialog")
        self._save = save
        self.setWindowTitle(self.tr("Save deal"))
        intro = QLabel(self.tr("The check is saved as a deal with its answer and the policy it was given under. "
                               "The customer and stock number are optional."))
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.customer = _line("customerInput", 200)
        self.stock = _line("stockInput", 60)
        self.salesperson = _line("salespersonInput", 120)
        self.salesperson.setText(salesperson)
        self.stock.setText(stock or "")  # an inventory row's own stock number, for the user to keep or change
        self.fields.addRow(self.tr("&Customer's name"), self.customer)
        self.fields.addRow(self.tr("S&tock number"), self.stock)
        self.fields.addRow(self.tr("Sales&person"), self.salesperson)
        for edit in (self.customer, self.stock):
            edit.setPlaceholderText(self.tr("optional"))
        self.ok_button.setText(self.tr("Save"))
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def details(self) -> DealDetails:
        return DealDetails(self.customer.text().strip() or None, self.stock.text().strip() or None,
                           self.salesperson.text().strip() or None)

    def run(self) -> Outcome:
        return self._save(self.details())


class Move(NamedTuple):
    """What the claim dialog gathered (evdesk.records.claims.Move, without importing the records)."""

    to: str
    on_date: dt.date | None = None
    confirmation: str | None = None
    amount: Decimal | None = None
    reason: str | None = None


class ClaimDialog(_RecordsDialog):
    """One move: "submitted" (date, confirmation), "confirmation" (the number alone), "paid" (date,
    amount), "refused" (reason), "cancelled" (date)."""

    def __init__(self, parent: QWidget | None, kind: str, number: int, language: Language, today: dt.date,
                 apply: Callable[[Move], Outcome]):
        super().__init__(parent, "claimDialog")
        self.kind = kind
        self._apply = apply
        self.date: DateField | None = None
        self.confirmation: QLineEdit | None = None
        self.amount: MoneyEdit | None = None
        self.reason: QLineEdit | None = None
        titles = {
            "submitted": self.tr("Deal {number}: submitted in the portal"),
            "confirmation": self.tr("Deal {number}: the portal's confirmation number"),
            "paid": self.tr("Deal {number}: paid"),
            "refused": self.tr("Deal {number}: refused"),
            "cancelled": self.tr("Deal {number}: cancelled (a return or a broken lease)"),
        }
        self.setWindowTitle(titles[kind].format(number=number))
        if kind in ("submitted", "paid", "cancelled"):
            self.date = date_edit("claimDateInput")
            self.date.setDate(QDate(today.year, today.month, today.day))
            label = {"submitted": self.tr("Submitted on"), "paid": self.tr("Paid on"),
                     "cancelled": self.tr("Cancelled on")}[kind]
            self.fields.addRow(label, self.date)
        if kind in ("submitted", "confirmation"):
            self.confirmation = _line("confirmationInput", 60)
            self.fields.addRow(self.tr("Confirmation number"), self.confirmation)
            if kind == "submitted":
                self.confirmation.setPlaceholderText(self.tr("if the portal gave one already"))
        if kind == "paid":
            self.amount = MoneyEdit()
            self.amount.setObjectName("paidAmountInput")
            self.amount.set_language(language)
            self.fields.addRow(self.tr("Amount paid"), self.amount)
        if kind == "refused":
            self.reason = _line("reasonInput", 2000)
            self.fields.addRow(self.tr("Reason given"), self.reason)
            self.reason.setPlaceholderText(self.tr("no customer's personal details, please"))
        self.resize(self.fontMetrics().averageCharWidth() * 64, self.sizeHint().height())

    def move(self) -> Move | str:
        """The move typed, or why it cannot be read."""
        day = to_date(self.date.date()) if self.date is not None else None
        confirmation = self.confirmation.text().strip() or None if self.confirmation is not None else None
        reason = self.reason.text().strip() or None if self.reason is not None else None
        amount = None
        if self.amount is not None:
            try:
                amount = self.amount.amount()
            except MoneyError as error:
                return str(error)
            if amount is None or amount <= 0:
                return self.tr("Enter the amount paid.")
        if self.kind == "confirmation" and not confirmation:
            return self.tr("Enter the confirmation number.")
        if self.kind == "refused" and not reason:
            return self.tr("Enter the reason given for the refusal.")
        to = "submitted" if self.kind == "confirmation" else self.kind
        return Move(to, day, confirmation, amount, reason)

    def run(self) -> Outcome:
        move = self.move()
        if isinstance(move, str):
            return move, False
        return self._apply(move)
