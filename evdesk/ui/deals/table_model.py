"""The deals as a table model, fetched from the database a page at a time as the view scrolls, sorted and
filtered by the database (a proxy model could only sort the rows already fetched, so 10,000 deals would
sort wrong or all have to be read first)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from evdesk.present.format import Formatter
from evdesk.ui.deals.session import RecordsSession, Refusal
from evdesk.ui.deals.words import due_sentence, due_short, status_word
from evdesk.ui.theme import current

if TYPE_CHECKING:
    from evdesk.records.deals import DealQuery, DealRow
    from evdesk.records.due import DueItem, DueThresholds

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

PAGE = 200  # rows fetched at a time: a screenful many times over, a few milliseconds from the database
COLUMNS = ("number", "sale_date", "customer", "stock", "vin", "vehicle", "salesperson", "saved_at", "amount", "status",
           "due")  # what needs action last: it stretches to the window's edge
SORT_KEY = {"due": "status"}  # what is due is worked out per row, not stored: it sorts by status
NUMBERS = ("number", "amount")
Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def column_title(key: str) -> str:
    return {
        "number": translate("Deals", "Deal"), "sale_date": translate("Deals", "Sold"),
        "customer": translate("Deals", "Customer"), "stock": translate("Deals", "Stock"),
        "vin": translate("Deals", "VIN"), "vehicle": translate("Deals", "Vehicle"),
        "salesperson": translate("Deals", "Salesperson"), "amount": translate("Deals", "Rebate"),
        "status": translate("Deals", "Claim"), "due": translate("Deals", "Needs action"),
        "saved_at": translate("Deals", "Saved"),
    }[key]


class DealsTableModel(QAbstractTableModel):
    failed = Signal(str, bool)  # the message, and whether trying again may help
    loaded = Signal()

    def __init__(self, session: RecordsSession, formatter: Formatter, thresholds: Callable[[], DueThresholds],
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__()
        from evdesk.records.deals import DealQuery

        self._session = session
        self._formatter = formatter
        self._thresholds = thresholds
        self._today = today
        self._query: DealQuery = DealQuery()
        self._rows: list[DealRow] = []
        self._due: list[list[DueItem]] = []
        self._total = 0
        self._loaded = False  # nothing is read until the view asks (a sort order set while building waits)

    # --- what is shown ---------------------------------------------------------------------------
    @property
    def query(self) -> DealQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: DealQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Read the first page again (after a change, a new filter or order). On failure the rows shown
        stay as they were and `failed` says why."""
        from evdesk.records.deals import count_deals, list_deals

        query = self._query
        try:
            total = self._session.call(lambda records: count_deals(records, query))
            rows = self._session.call(lambda records: list_deals(records, query, 0, PAGE))
        except Refusal as refusal:
            self.failed.emit(refusal.text, refusal.retry)
            return
        self.beginResetModel()
        self._loaded = True
        self._total = total
        self._rows = list(rows)
        self._due = [self._due_for(row) for row in rows]
        self.endResetModel()
        self.loaded.emit()

    def _due_for(self, row: DealRow) -> list[DueItem]:
        from evdesk.records.due import due_for

        return due_for(row, self._today(), self._thresholds())

    def set_formatter(self, formatter: Formatter) -> None:
        self._formatter = formatter
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def row(self, index: int) -> DealRow:
        return self._rows[index]

    def row_of_number(self, number: int) -> int | None:
        return next((index for index, row in enumerate(self._rows) if row.number == number), None)

    def due(self, index: int) -> list[DueItem]:
        return self._due[index]

    # --- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        from evdesk.records.deals import list_deals

        if parent.isValid():
            return
        query, offset = self._query, len(self._rows)
        try:
            rows = self._session.call(lambda records: list_deals(records, query, offset, PAGE))
        except Refusal as refusal:
            self.failed.emit(refusal.text, refusal.retry)
            return
        if not rows:
            self._total = len(self._rows)  # deals went away since the count (another counter's import)
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self._due.extend(self._due_for(row) for row in rows)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks a dozen roles per cell as it paints: the common answer, none, comes first.
        if role not in _ROLES or not index.isValid():
            return None
        number, key = index.row(), COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(self._rows[number], key, self._due[number])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if key in NUMBERS else None
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[number]
        if key == "saved_at" and role == Qt.ItemDataRole.ToolTipRole:
            return self._rows[number].saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if key != "due" or not self._due[number]:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return current().colour("due")  # evdesk.ui.theme: follows light and dark
        return "\n".join(due_sentence(item.reason, item.params, self._formatter) for item in self._due[number])

    def _text(self, row: DealRow, key: str, due: list[DueItem]) -> str:
        f = self._formatter
        if key == "number":
            return str(row.number)
        if key == "sale_date":
            return row.sale_date.isoformat()
        if key == "saved_at":
            return row.saved_at.astimezone().date().isoformat()  # the time is in the tooltip
        if key == "amount":
            if row.eligible is False:
                return translate("Deals", "not eligible")
            return f.money(row.amount) if row.amount is not None else translate("Deals", "not known")
        if key == "status":
            return status_word(row.status)
        if key == "due":
            return due_short(due[0].reason, due[0].params, f) if due else ""
        if key == "customer" and row.customer is None and row.erased_at is not None:
            return translate("Deals", "(erased)")
        return getattr(row, key) or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        from dataclasses import replace

        key = COLUMNS[column]
        query = replace(self._query, order_by=SORT_KEY.get(key, key), descending=order == Qt.SortOrder.DescendingOrder)
        if self._loaded:
            self.set_query(query)
        else:
            self._query = query
