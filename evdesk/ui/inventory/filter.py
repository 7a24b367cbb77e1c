"""Which rows the inventory table shows: one view at a time (everything, eligible now, eligible if the price
came down by at most a given amount, not eligible, not known, rows with problems) and a search over the
stock number, the VIN and the vehicle. Sorting is the proxy's, by each row's plain sort keys."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from evdesk.batch import RowAnswer, Status
from evdesk.ui.inventory.model import SORT_ROLE, InventoryModel


class View(StrEnum):
    ALL = "all"
    ELIGIBLE = "eligible"
    PRICE_DROP = "price_drop"  # eligible if the price came down by at most the amount given
    NOT_ELIGIBLE = "not_eligible"  # at today's price, whatever the reason
    NOT_KNOWN = "not_known"
    PROBLEM = "problem"


def in_view(answer: RowAnswer, view: View, max_drop: Decimal | None) -> bool:
    status = answer.status
    match view:
        case View.ALL:
            return True
        case View.ELIGIBLE:
            return status is Status.ELIGIBLE
        case View.PRICE_DROP:
            return (status is Status.PRICE_DROP and answer.over_cap_by is not None
                    and (max_drop is None or answer.over_cap_by <= max_drop))
        case View.NOT_ELIGIBLE:
            return status in (Status.NOT_ELIGIBLE, Status.PRICE_DROP)
        case View.NOT_KNOWN:
            return status is Status.NOT_KNOWN
        case View.PROBLEM:
            return status is Status.PROBLEM
    return True


class InventoryFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.view = View.ALL
        self.max_drop: Decimal | None = None  # None: any drop
        self._search = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def _change(self, **state: object) -> None:
        """Change what the filter lets through, and have the proxy filter the rows again."""
        if all(getattr(self, name) == value for name, value in state.items()):
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            for name, value in state.items():
                setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            for name, value in state.items():
                setattr(self, name, value)
            self.invalidateRowsFilter()

    def set_view(self, view: View) -> None:
        self._change(view=view)

    def set_max_drop(self, amount: Decimal | None) -> None:
        if self.view is View.PRICE_DROP:
            self._change(max_drop=amount)
        else:
            self.max_drop = amount  # shown rows do not depend on it

    def set_search(self, text: str) -> None:
        self._change(_search=text.strip().casefold())

    def answer_at(self, proxy_row: int) -> RowAnswer:
        source = self.mapToSource(self.index(proxy_row, 0))
        model = self.sourceModel()
        assert isinstance(model, InventoryModel)
        return model.answer(source.row())

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, InventoryModel)
        answer = model.answer(source_row)
        if not in_view(answer, self.view, self.max_drop):
            return False
        if self._search:
            haystack = f"{answer.stock or ''} {answer.vin or ''} {answer.vehicle}".casefold()
            return all(word in haystack for word in self._search.split())
        return True
