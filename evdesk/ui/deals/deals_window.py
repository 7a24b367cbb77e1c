"""The Deals view: every deal with its claim and what it needs, searched as you type, filtered by status
and sale date, sorted by any column, all by the database; the claim moves, opening a deal back into the
form, reprinting its statement, erasing a customer's data, export and import.

When the database cannot be reached, a banner says so with a button to try again; the rows already shown
stay, and nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evdesk.present.format import Formatter
from evdesk.ui.deals.session import RecordsSession, Refusal
from evdesk.ui.deals.table_model import COLUMNS, DealsTableModel
from evdesk.ui.style import follow_theme
from evdesk.ui.widgets.accessible import name_inner_editors
from evdesk.ui.widgets.inputs import date_edit, to_date

if TYPE_CHECKING:
    from evdesk.records.deals import DealRow
    from evdesk.records.due import DueThresholds

SEARCH_DELAY_MS = 150  # search as you type, once the typing pauses
STATUS_FILTERS = ("", "due", "checked", "submitted", "paid", "refused", "cancelled")
MOVES = ("submitted", "confirmation", "paid", "refused", "cancelled")
# Which moves each status allows (evdesk.records.claims.MOVES, seen from the buttons).
ALLOWED = {"checked": ("submitted", "cancelled"), "submitted": ("confirmation", "submitted", "paid", "refused",
                                                               "cancelled"),
           "paid": ("cancelled",), "refused": ("submitted", "cancelled"), "cancelled": ()}


class DealsWindow(QWidget):
    open_deal = Signal(int)  # put this deal back in the form
    reprint_deal = Signal(int)  # its statement as it was
    move_claim = Signal(int, str)  # the deal, and the move ("submitted", "confirmation", …)
    erase_customer = Signal(int)

    def __init__(self, session: RecordsSession, formatter: Formatter, thresholds: Callable[[], DueThresholds],
                 today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("dealsWindow")
        follow_theme(self)
        self._session = session
        self._formatter = formatter
        self._today = today
        self._needing_action: tuple[int, ...] = ()
        self._sized = False
        self.model = DealsTableModel(session, formatter, thresholds, today)
        self.model.failed.connect(self.show_problem)
        self.model.loaded.connect(self._loaded)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._build()
        self.retranslate()
        width = self.fontMetrics().averageCharWidth()
        self.resize(min(180 * width, 1300), 46 * self.fontMetrics().height())

    # --- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("dealsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda: self._search_timer.start())
        filters.addWidget(self.search, 3)
        self.status = QComboBox()
        self.status.setObjectName("dealsStatusFilter")
        for code in STATUS_FILTERS:
            self.status.addItem("", code)
        self.status.currentIndexChanged.connect(self.apply_filters)
        filters.addWidget(self.status)
        self.dated = QCheckBox()
        self.dated.setObjectName("dealsDatedFilter")
        self.sold_from = date_edit("dealsSoldFrom")
        self.sold_to = date_edit("dealsSoldTo")
        today = self._today()
        self.sold_from.setDate(QDate(today.year, 1, 1))
        self.sold_to.setDate(QDate(today.year, today.month, today.day))
        self.to_label = QLabel()
        for widget in (self.dated, self.sold_from, self.to_label, self.sold_to):
            filters.addWidget(widget)
        self.dated.toggled.connect(self._dates_toggled)
        for edit in (self.sold_from, self.sold_to):
            edit.dateChanged.connect(self.apply_filters)
            edit.setEnabled(False)
        self.count = QLabel()
        self.count.setObjectName("dealsCount")
        self.count.setProperty("role", "hint")
        filters.addWidget(self.count, 1, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(filters)

        actions = QHBoxLayout()
        self.open_button = self._button("dealsOpenButton", lambda: self._with_selected(self.open_deal.emit))
        self.reprint_button = self._button("dealsReprintButton", lambda: self._with_selected(self.reprint_deal.emit))
        self.claim_button = QPushButton()
        self.claim_button.setObjectName("dealsClaimButton")
        self.claim_menu = QMenu(self.claim_button)
        self.move_actions: dict[str, QAction] = {}
        for move in MOVES:
            action = self.claim_menu.addAction("")
            action.setObjectName(f"dealsMove_{move}")
            action.triggered.connect(lambda _=False, move=move: self._with_selected(
                lambda number: self.move_claim.emit(number, move)))
            self.move_actions[move] = action
        self.claim_button.setMenu(self.claim_menu)
        self.erase_button = self._button("dealsEraseButton", lambda: self._with_selected(self.erase_customer.emit))
        for widget in (self.open_button, self.reprint_button, self.claim_button, self.erase_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        self.export_button = self._button("dealsExportButton", lambda: self.export())
        self.import_button = self._button("dealsImportButton", lambda: self.import_file())
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        layout.addLayout(actions)

        problem = QHBoxLayout()
        self.problem = QLabel()
        self.problem.setObjectName("dealsProblem")
        self.problem.setProperty("role", "banner")
        self.problem.setWordWrap(True)
        self.retry_button = self._button("dealsRetryButton", self.reload)
        problem.addWidget(self.problem, 1)
        problem.addWidget(self.retry_button)
        layout.addLayout(problem)
        self.problem.setVisible(False)
        self.retry_button.setVisible(False)

        self.table = QTableView()
        self.table.setObjectName("dealsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # the newest deal first
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda index: self.open_deal.emit(self.model.row(index.row()).number))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.open_shortcut = QAction(self)
        self.open_shortcut.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_shortcut.triggered.connect(lambda: self._with_selected(self.open_deal.emit))
        self.table.addAction(self.open_shortcut)
        self._selection_changed()

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- words -----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_formatter(self, formatter: Formatter) -> None:
        self._formatter = formatter
        self.model.set_formatter(formatter)
        self._show_count()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deals"))
        self.search.setPlaceholderText(self.tr("Search: VIN, customer, salesperson, stock or deal number"))
        self.search.setAccessibleName(self.tr("Search the deals"))
        texts = [self.tr("Every claim"), self.tr("Needs action"), self.tr("Checked, not submitted"),
                 self.tr("Submitted"), self.tr("Paid"), self.tr("Refused"), self.tr("Cancelled")]
        for index, text in enumerate(texts):
            self.status.setItemText(index, text)
        self.status.setAccessibleName(self.tr("Claim status"))
        self.dated.setText(self.tr("Sold from"))
        self.to_label.setText(self.tr("to"))
        self.sold_from.setAccessibleName(self.tr("Sold from"))
        self.sold_to.setAccessibleName(self.tr("Sold up to"))
        self.open_button.setText(self.tr("Open in the form"))
        self.reprint_button.setText(self.tr("Reprint statement…"))
        self.claim_button.setText(self.tr("Claim"))
        moves = {"submitted": self.tr("Submitted in the portal…"), "confirmation": self.tr("Confirmation number…"),
                 "paid": self.tr("Paid…"), "refused": self.tr("Refused…"),
                 "cancelled": self.tr("Cancelled (a return or a broken lease)…")}
        for move, action in self.move_actions.items():
            action.setText(moves[move])
        self.erase_button.setText(self.tr("Erase customer's data…"))
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setText(self.tr("Import…"))
        self.retry_button.setText(self.tr("Try again"))
        self.table.setAccessibleName(self.tr("Deals"))
        name_inner_editors(self)  # the status filter's list of choices
        self._show_count()

    # --- filters ---------------------------------------------------------------------------------
    def _dates_toggled(self, on: bool) -> None:
        for edit in (self.sold_from, self.sold_to):
            edit.setEnabled(on)
        self.apply_filters()

    def set_needing_action(self, numbers: tuple[int, ...]) -> None:
        """The deals whose claims need action (from the controller's "what is due")."""
        self._needing_action = numbers
        if self.status.currentData() == "due":
            self.apply_filters()

    def show_needing_action(self) -> None:
        self.status.setCurrentIndex(STATUS_FILTERS.index("due"))

    def apply_filters(self) -> None:
        self._search_timer.stop()
        code = self.status.currentData()
        statuses = (code,) if code and code != "due" else ()
        query = replace(self.model.query, text=self.search.text().strip(), statuses=statuses,
                        numbers=self._needing_action if code == "due" else None,
                        sold_from=to_date(self.sold_from.date()) if self.dated.isChecked() else None,
                        sold_to=to_date(self.sold_to.date()) if self.dated.isChecked() else None)
        self.model.set_query(query)

    def reload(self) -> None:
        selected = self.selected_number()
        self.model.reload()
        if selected is not None:
            self.select(selected)

    def _loaded(self) -> None:
        self.problem.setVisible(False)
        self.retry_button.setVisible(False)
        self._show_count()
        if not self._sized and self.model.rowCount():
            self._size_columns()
        self._selection_changed()

    def _size_columns(self) -> None:
        """Each column as wide as its header and the first screenful of cells need, names and vehicles
        within reason; set once, so a column the user widened stays so. Measured here from the texts:
        QTableView.resizeColumnsToContents asks every cell's delegate, which took a third of the time the
        view needs to show its first rows."""
        self._sized = True
        cells = self.fontMetrics()
        header = self.table.horizontalHeader().fontMetrics()
        sample = min(self.model.rowCount(), 40)
        widest = {"customer": 30, "vehicle": 34, "salesperson": 18, "stock": 14}
        char = cells.averageCharWidth()
        for column, key in enumerate(COLUMNS[:-1]):  # the last one stretches to the window's edge
            texts = [self.model.data(self.model.index(row, column)) or "" for row in range(sample)]
            width = max([cells.horizontalAdvance(text) for text in texts] + [0]) + char + 8
            width = max(width, header.horizontalAdvance(str(self.model.headerData(
                column, Qt.Orientation.Horizontal))) + 4 * char)  # and room for the sort arrow
            if key in widest:
                width = min(width, widest[key] * char)
            self.table.setColumnWidth(column, width)

    def _show_count(self) -> None:
        if not hasattr(self, "count"):
            return
        self.count.setText(self.tr("Deals: {count}").format(count=self._formatter.number(self.model.total)))

    def show_problem(self, text: str, retry: bool) -> None:
        self.problem.setText(text if not retry else text + "\n" + self.tr(
            "The deals shown stay as they were; nothing was changed."))
        self.problem.setVisible(True)
        self.retry_button.setVisible(retry)

    # --- the selected deal -----------------------------------------------------------------------
    def selected_row(self) -> DealRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def selected_number(self) -> int | None:
        row = self.selected_row()
        return row.number if row is not None else None

    def select(self, number: int) -> bool:
        index = self.model.row_of_number(number)
        if index is None:
            return False
        self.table.selectionModel().select(self.model.index(index, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(index, 0))
        return True

    def _with_selected(self, action: Callable[[int], object]) -> None:
        number = self.selected_number()
        if number is not None:
            action(number)

    def _selection_changed(self) -> None:
        row = self.selected_row()
        for button in (self.open_button, self.reprint_button, self.claim_button):
            button.setEnabled(row is not None)
        self.erase_button.setEnabled(row is not None and row.customer is not None)
        allowed = ALLOWED.get(row.status, ()) if row is not None else ()
        for move, action in self.move_actions.items():
            action.setEnabled(move in allowed)

    # --- export and import -----------------------------------------------------------------------
    def export(self, path: Path | None = None, table: str | None = None) -> Path | None:
        from evdesk.records.exchange import export

        if path is None:
            kinds = {self.tr("Deals, a whole copy that evdesk can import (*.csv)"): ("deals", ".csv"),
                     self.tr("Deals, for a spreadsheet (*.xlsx)"): ("deals", ".xlsx"),
                     self.tr("Claim log (*.csv)"): ("log", ".csv")}
            chosen, chosen_filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the deals"), f"evdesk-deals-{self._today().isoformat()}.csv", ";;".join(kinds))
            if not chosen:
                return None
            table, suffix = kinds.get(chosen_filter, ("deals", ".csv"))
            path = Path(chosen) if Path(chosen).suffix.lower() == suffix else Path(chosen + suffix)
        fmt = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
        try:
            count = self._session.call(lambda records: export(records, path, fmt, table or "deals"))  # type: ignore[arg-type]
        except Refusal as refusal:
            self.show_problem(refusal.text, refusal.retry)
            return None
        except OSError as error:
            self.show_problem(str(error), False)
            return None
        self.count.setText(self.tr("Exported to {path} (rows: {count}).").format(path=path, count=count))
        return path

    def import_file(self, path: Path | None = None) -> bool:
        from evdesk.records.exchange import import_csv

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import deals"), "",
                                                    self.tr("evdesk deals export (*.csv)"))
            if not chosen:
                return False
            path = Path(chosen)
        try:
            result = self._session.write(lambda records: import_csv(records, path))
        except Refusal as refusal:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing imported"), refusal.text,
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("importRefused")
            box.exec()
            return False
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Deals imported"), self.tr(
            "Deals added: {added}. Already there, unchanged: {same}.").format(
            added=len(result.added), same=len(result.unchanged)), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("importDone")
        box.exec()
        return True
