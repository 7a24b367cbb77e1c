"""The checked stock list as a table model: one row per answer, in the list's order, growing as the
background check sends chunks.

Qt's own item model holds the cells, so painting, scrolling and sorting never call into Python (and never
wait for the interpreter lock the background check is using). A row's texts and sort keys are prepared
by `prepare`, which the worker runs in its own thread (QLocale and QCoreApplication.translate are safe
there), so taking a chunk in costs the window only the items themselves. Sort keys are plain numbers or
text, one type per column, which Qt compares in C++.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QStandardItemModel

from evdesk.batch import RowAnswer, Status
from evdesk.batch.rows import Problem
from evdesk.present.format import Formatter
from evdesk.problems import shown
from evdesk.sheets import Cell
from evdesk.ui.counter.form_text import problem_text
from evdesk.ui.inventory.texts import status_words
from evdesk.ui.theme import Theme, current, theme_changes

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The reason before the duty and the quota, as in `evdesk batch`'s results: on a small screen it is what says
# why a row fails, and it was the column scrolled out of sight.
COLUMNS = ("row", "stock", "vin", "vehicle", "price", "status", "rebate", "max_price", "price_drop", "reason",
           "tariff", "quota")
RIGHT_ALIGNED = frozenset({"row", "price", "rebate", "max_price", "price_drop", "tariff"})
STATUS_ORDER = {Status.ELIGIBLE: 0, Status.PRICE_DROP: 1, Status.NOT_KNOWN: 2, Status.NOT_ELIGIBLE: 3,
                Status.PROBLEM: 4}
STATUS_COLOURS = {Status.ELIGIBLE: "good", Status.PRICE_DROP: "neutral", Status.NOT_ELIGIBLE: "bad",
                  Status.NOT_KNOWN: "unknown", Status.PROBLEM: "bad"}  # theme tokens (evdesk.ui.theme)
NOT_KNOWN_KEY = -1.0  # sorts a missing figure below every real one
NO_DROP_KEY = float("inf")  # no price drop makes the row eligible (another criterion fails, or not known)
NO_CAP_KEY = float("inf")  # "No cap" (Canadian-made) is the highest price that keeps a deal eligible
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
ALIGNMENT, FOREGROUND = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole


def headers() -> dict[str, str]:
    """Short, so the columns stay narrow; `header_tips` says each in full."""
    return {
        "row": translate("Inventory", "Row"),
        "stock": translate("Inventory", "Stock #"),
        "vin": translate("Inventory", "VIN"),
        "vehicle": translate("Inventory", "Vehicle"),
        "price": translate("Inventory", "Price"),
        "status": translate("Inventory", "Status"),
        "rebate": translate("Inventory", "Rebate"),
        "max_price": translate("Inventory", "Eligible up to"),
        "price_drop": translate("Inventory", "Drop needed"),
        "tariff": translate("Inventory", "Duty"),
        "quota": translate("Inventory", "Quota"),
        "reason": translate("Inventory", "Reason or problem"),
    }


def header_tips() -> dict[str, str]:
    return {
        "row": translate("Inventory", "The row's number in the stock list (the header is row 1)"),
        "price": translate("Inventory", "Vehicle price after discounts"),
        "max_price": translate("Inventory", "The highest vehicle price at which the sale is eligible, the other "
                                            "parts of the price unchanged"),
        "price_drop": translate("Inventory", "How far the price must come down to be eligible"),
        "tariff": translate("Inventory", "Import duty"),
        "quota": translate("Inventory", "Whether it counts against the China EV quota"),
    }


def vehicle_text(answer: RowAnswer) -> str:
    """As the list writes it; from the request when the list has no such columns (an option gave them)."""
    request = answer.request
    if answer.vehicle or request is None:
        return answer.vehicle
    return " ".join(str(part) for part in (request.model_year, request.make, request.model, request.trim) if part)


def _problem_words(problem: Problem, f: Formatter) -> str:
    """A row's problem in the window's language: the request's refusals by their code, the reader's own (a
    cell that cannot be read, a row too wide) as they are written."""
    if problem.problem is None:
        return problem.text()
    words = problem_text(problem.problem, f)  # worded for a field that shows the value: the table does not
    given = problem.problem.params.get("given")
    if given is not None and given != "":
        words = f.labelled(shown(given), words)
    return f.labelled(problem.column, words) if problem.column else words  # "B : …" in French


def reason_text(answer: RowAnswer, f: Formatter) -> str:
    if answer.problems:
        return "; ".join(_problem_words(problem, f) for problem in answer.problems)
    return f.criterion(answer.reason) if answer.reason is not None else ""


def status_text(status: Status) -> str:
    symbol, words = status_words()[status]
    return f"{symbol} {words}"


class PreparedRow(NamedTuple):
    answer: RowAnswer
    texts: list[tuple[str, str]]  # each column's text and tooltip, in COLUMNS' order
    keys: tuple[object, ...]  # each column's sort key


def _number(value: Decimal | None) -> float:
    return float(value) if value is not None else NOT_KNOWN_KEY


def _sort_keys(answer: RowAnswer, vehicle: str) -> tuple[object, ...]:
    request = answer.request
    quota = {True: 0, False: 1, None: 2}[answer.quota_applies]
    return (answer.row, (answer.stock or "").casefold(), (answer.vin or "").casefold(), vehicle.casefold(),
            _number(request.vehicle_price if request is not None else None), STATUS_ORDER[answer.status],
            _number(answer.amount), NO_CAP_KEY if _no_cap(answer) else _number(answer.max_price),
            _drop_key(answer),
            answer.reason.rule if answer.reason is not None else ("~" if not answer.problems else "~~"),
            _number(answer.tariff_rate_percent), quota)


def _drop_key(answer: RowAnswer) -> float:
    """The drop a row needs: none for one eligible now, then the smallest first, then the rows no drop makes
    eligible. Smallest first had the thousands of empty cells first, before the $0.01 and $155 drops."""
    if answer.over_cap_by is not None:
        return float(answer.over_cap_by)
    return 0.0 if answer.status is Status.ELIGIBLE else NO_DROP_KEY


def _no_cap(answer: RowAnswer) -> bool:
    """"No cap" as the highest eligible price: Canadian-made, and not refused for something else. A vehicle
    refused for its powertrain is eligible at no price, whatever the cap says (as `max_price` is then empty)."""
    return answer.cap_applies is False and answer.max_price is None and answer.eligible is not False


def prepare(answer: RowAnswer, f: Formatter) -> PreparedRow:
    price = answer.request.vehicle_price if answer.request is not None else None
    reason = reason_text(answer, f)
    vehicle = vehicle_text(answer)
    if answer.max_price is not None:
        highest = f.money(answer.max_price)
    else:
        highest = translate("Inventory", "No cap") if _no_cap(answer) else ""
    status_tip = ""
    if answer.amount_at_max_price is not None and answer.max_price is not None:
        status_tip = translate("Inventory", "At {price} it would get {amount}.").format(
            price=f.money(answer.max_price), amount=f.money(answer.amount_at_max_price))
    quota = "" if answer.problems else {
        True: translate("Inventory", "Counts"), False: translate("Inventory", "Does not count"),
        None: translate("Inventory", "Not known")}[answer.quota_applies]
    texts = [
        (str(answer.row), ""),
        (answer.stock or "", ""),
        (answer.vin or "", answer.vin or ""),  # the whole VIN, where the column cuts it
        (vehicle, vehicle),
        (f.money(price) if price is not None else "", ""),
        (status_text(answer.status), status_tip),
        (f.money(answer.amount) if answer.amount is not None else "", status_tip),  # what it would get repriced
        (highest, translate("Inventory", "No price cap: Canadian-made.") if _no_cap(answer) else ""),
        (f.money(answer.over_cap_by) if answer.over_cap_by is not None else "", ""),
        (reason, reason),
        (f.percent(answer.tariff_rate_percent) if answer.tariff_rate_percent is not None else "", ""),
        (quota, ""),
    ]
    return PreparedRow(answer, texts, _sort_keys(answer, vehicle))


def export_headers() -> dict[str, str]:
    """The table's headers as an exported sheet's: the duty says its unit, since the cell holds a number."""
    return {**headers(), "tariff": translate("Inventory", "Duty (%)")}


def export_cells(answer: RowAnswer, f: Formatter) -> dict[str, Cell]:
    """The table's row as a sheet's cells, by column: figures as numbers (amounts as the engine gave them),
    words in the window's language, and what is not known an empty cell, never 0."""
    texts = dict(zip(COLUMNS, (text for text, _ in prepare(answer, f).texts), strict=True))
    request = answer.request
    return {
        "row": answer.row,
        "stock": answer.stock,
        "vin": answer.vin,
        "vehicle": texts["vehicle"] or None,
        "price": request.vehicle_price if request is not None else None,
        "status": texts["status"],
        "rebate": answer.amount,
        "max_price": answer.max_price if answer.max_price is not None else texts["max_price"] or None,  # "No cap"
        "price_drop": answer.over_cap_by,
        "tariff": answer.tariff_rate_percent,
        "quota": texts["quota"] or None,
        "reason": texts["reason"] or None,
    }


class InventoryModel(QStandardItemModel):
    def __init__(self, formatter: Formatter, parent: Any = None):
        super().__init__(0, len(COLUMNS), parent)
        self.formatter = formatter
        self._answers: list[RowAnswer] = []
        self._retitle()
        self._colours: dict[Status, QColor] = {}
        self.recolour(current())
        theme_changes().changed.connect(self.recolour)

    # --- content -------------------------------------------------------------------------------
    def append(self, rows: list[PreparedRow]) -> None:
        """Add a chunk of rows: inserted as one block, their cells set with Qt's own items (no Python object
        per cell, so a big table costs little memory and goes away in milliseconds), then one change signal
        for the block, so the proxy sorts and filters each new row once."""
        if not rows:
            return
        first = self.rowCount()
        self._answers.extend(prepared.answer for prepared in rows)
        self.insertRows(first, len(rows))
        status_column = COLUMNS.index("status")
        right = [column in RIGHT_ALIGNED for column in COLUMNS]
        self.blockSignals(True)
        try:
            for offset, prepared in enumerate(rows):
                row = first + offset
                for column, ((text, tip), key) in enumerate(zip(prepared.texts, prepared.keys, strict=True)):
                    roles: dict[int, object] = {DISPLAY: text, SORT_ROLE: key}
                    if tip:
                        roles[TOOLTIP] = tip
                    if right[column]:
                        roles[ALIGNMENT] = RIGHT
                    elif column == status_column:
                        roles[FOREGROUND] = self._colours[prepared.answer.status]
                    self.setItemData(self.index(row, column), roles)
        finally:
            self.blockSignals(False)
        self.dataChanged.emit(self.index(first, 0), self.index(first + len(rows) - 1, len(COLUMNS) - 1))

    def append_answers(self, answers: list[RowAnswer]) -> None:
        self.append([prepare(answer, self.formatter) for answer in answers])

    def clear_rows(self) -> None:
        self._answers.clear()
        self.removeRows(0, self.rowCount())

    def answer(self, row: int) -> RowAnswer:
        return self._answers[row]

    def answers(self) -> list[RowAnswer]:
        return self._answers

    def set_formatter(self, formatter: Formatter) -> None:
        """A language switch: new words and numbers for every cell and header."""
        self.formatter = formatter
        self._retitle()
        if not self._answers:
            return
        self.blockSignals(True)
        try:
            for row, answer in enumerate(self._answers):
                for column, (text, tip) in enumerate(prepare(answer, formatter).texts):
                    index = self.index(row, column)
                    self.setData(index, text, DISPLAY)
                    self.setData(index, tip or None, TOOLTIP)
        finally:
            self.blockSignals(False)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._answers) - 1, len(COLUMNS) - 1))

    def recolour(self, theme: Theme) -> None:
        """The status column in the theme's colours (light or dark), also for the rows already shown."""
        self._colours = {status: theme.colour(token) for status, token in STATUS_COLOURS.items()}
        if not self._answers:
            return
        column = COLUMNS.index("status")
        self.blockSignals(True)  # one change signal for the column, as set_formatter does, not one per row
        try:
            for row, answer in enumerate(self._answers):
                self.setData(self.index(row, column), self._colours[answer.status], FOREGROUND)
        finally:
            self.blockSignals(False)
        self.dataChanged.emit(self.index(0, column), self.index(len(self._answers) - 1, column))

    def _retitle(self) -> None:
        titles, tips = headers(), header_tips()
        self.setHorizontalHeaderLabels([titles[column] for column in COLUMNS])
        for index, column in enumerate(COLUMNS):
            self.setHeaderData(index, Qt.Orientation.Horizontal, tips.get(column, titles[column]),
                               Qt.ItemDataRole.ToolTipRole)
