"""The inventory window (File → Check inventory…): a whole stock list checked in the background, as a
sortable, filterable table under totals that double as the filter.

- The list is read and answered by the batch package in a worker thread (`worker`); the table fills in
  chunks, with a progress bar and a Cancel button, and the window never waits for it.
- The columns found are shown for the user to confirm or change (`mapping`); changing one re-checks.
- The totals at the top are buttons: each shows its rows (eligible now, eligible if the price drops by
  at most the amount typed beside it, not eligible, not known, problems).
- Double-clicking a row asks for it to be opened in the counter form (`open_requested`); the table can be
  exported (CSV/XLSX, as `evdesk batch` writes it) and a one-page summary printed.

Where the list does not say, the check assumes what `evdesk check` assumes, and the window says so.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evdesk.assumptions import ASSUMED  # the same assumptions as `evdesk check` (and `evdesk batch`)
from evdesk.batch import RowAnswer, Status, StockList, StockListError, Tally
from evdesk.policy.loader import Policy
from evdesk.present.format import Formatter
from evdesk.present.language import Language
from evdesk.rules.request import SaleRequest
from evdesk.sheets import csv_convention, write_sheet
from evdesk.ui.i18n import current_language
from evdesk.ui.inventory import summary
from evdesk.ui.inventory.filter import InventoryFilter, View, in_view
from evdesk.ui.inventory.mapping import MappingPanel
from evdesk.ui.inventory.model import (
    COLUMNS,
    InventoryModel,
    PreparedRow,
    export_cells,
    export_headers,
    prepare,
    reason_text,
    status_text,
    vehicle_text,
)
from evdesk.ui.inventory.texts import file_kind, file_problem_text, status_words
from evdesk.ui.inventory.worker import CheckWorker, Job, Opened
from evdesk.ui.style import follow_theme
from evdesk.ui.theme import Theme
from evdesk.ui.widgets.accessible import name_inner_editors
from evdesk.ui.widgets.money_field import MoneyEdit, MoneyError
from evdesk.ui.widgets.reflow_row import ReflowRow

DEFAULT_DROP = Decimal("1000.00")  # the price drop the filter starts at
INVENTORY_SIZE = (1280, 760)  # the window's size where the screen has room
WIDEST_INVENTORY = 1680  # on a wider screen, room for the reasons: at 1280 they began off-screen
EXPORT_WIDTHS = {"row": 7, "stock": 12, "vin": 20, "vehicle": 34, "price": 12, "status": 28, "rebate": 11,
                 "max_price": 13, "price_drop": 12, "tariff": 9, "quota": 14, "reason": 70}
# While a check runs, the table's rows pile up (some 30 objects each): the collector's full passes would
# walk them all, again and again, and stall the window for a third of a second each at 10,000 rows. Only
# the young generations are collected until the check ends (they catch the short-lived cycles).
FULL_COLLECTIONS_WHILE_CHECKING = 1_000_000


def inventory_style(t: Theme) -> str:
    """The tiles that filter the table, on top of the shared style sheet (evdesk.ui.style)."""
    return f"""
QPushButton[role="tile"] {{ text-align: left; padding: 6px 10px; border: 1px solid {t.line}; border-radius: 8px;
                           background: {t.surface}; color: {t.ink}; }}
QPushButton[role="tile"]:checked {{ border: 2px solid {t.accent}; background: {t.neutral_surface}; }}
QPushButton[role="tile"]:focus {{ border: 2px solid {t.focus}; padding: 5px 9px; }}
QPushButton[role="tile"]:checked:focus {{ border: 3px solid {t.focus}; padding: 4px 8px; }}
"""
TILE_VIEWS = (View.ALL, View.ELIGIBLE, View.PRICE_DROP, View.NOT_ELIGIBLE, View.NOT_KNOWN, View.PROBLEM)
# At most this many average characters; the reason's whole words are in its tooltip and the row's detail.
WIDEST_EM = {"vehicle": 40, "vin": 26, "status": 34, "quota": 20, "reason": 60}


def inventory_size(screen_width: int) -> QSize:
    """1280 × 760, wider on a wide screen (seven eighths of it, up to WIDEST_INVENTORY): the table's last column,
    the reasons, is what a dealer reads, and it was off-screen at 1280 on a 1920-pixel screen."""
    width, height = INVENTORY_SIZE
    return QSize(max(width, min(WIDEST_INVENTORY, screen_width * 7 // 8)), height)


class InventoryWindow(QMainWindow):
    open_requested = Signal(object, object)  # a SaleRequest to open in the counter form, and its stock number

    def __init__(self, policy: Policy, language: Language | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inventoryWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.policy = policy
        self.language: Language = language or current_language()
        self.formatter = Formatter(self.language)
        self.path: Path | None = None
        self.stock: StockList | None = None  # how the file was read
        self.tally = Tally()
        self.empty_rows = 0
        self.running = False
        self.cancelled = False
        self.today = dt.date.today()
        self._worker: CheckWorker | None = None
        self._checks = 0  # how many checks were started: each worker's ident
        self._gc_thresholds: tuple[int, int, int] | None = None
        self._started = 0.0
        self._drop_count = 0
        self._drop_total = Decimal(0)
        self._drop_message: str | None = None  # the price drop's problem as the status bar says it
        follow_theme(self, inventory_style)
        self._build()
        self.retranslate()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """1280 × 760 or less: all of the window, title bar and status bar included, on the screen's available
        area (a 1366 × 768 laptop leaves about 697 pixels below its taskbar), as the counter window does."""
        from evdesk.ui.main_window import FRAME_ALLOWANCE, fitted_geometry

        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(QSize(*INVENTORY_SIZE))
            return
        available = screen.availableGeometry()
        self.setGeometry(fitted_geometry(available, FRAME_ALLOWANCE, inventory_size(available.width())))

    # --- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        page = QWidget()
        page.setObjectName("inventoryPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 12, 14, 8)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.setObjectName("openStockButton")
        self.open_button.clicked.connect(lambda: self.choose_file())
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda: self.export())
        self.print_button = QPushButton()
        self.print_button.setObjectName("printSummaryButton")
        self.print_button.clicked.connect(self.print_summary)
        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.open_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        layout.addLayout(top)

        self.banner = QLabel()
        self.banner.setObjectName("inventoryBanner")
        self.banner.setProperty("role", "banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.mapping = MappingPanel()
        self.mapping.recheck.connect(self.check_again)
        layout.addWidget(self.mapping)

        running = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress = QProgressBar()
        self.progress.setObjectName("inventoryProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        running.addWidget(self.progress_label)
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        layout.addLayout(running)

        self.tile_row = tiles = ReflowRow(spacing=8)
        self.tile_group = QButtonGroup(self)
        self.tile_group.setExclusive(True)
        self.tiles: dict[View, QPushButton] = {}
        for view in TILE_VIEWS:
            tile = QPushButton()
            tile.setObjectName(f"tile_{view.value}")
            tile.setProperty("role", "tile")
            tile.setCheckable(True)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            tile.toggled.connect(lambda checked, v=view: checked and self.show_view(v))
            self.tile_group.addButton(tile)
            self.tiles[view] = tile
            tiles.add(tile, 2 if view is View.PRICE_DROP else 1)
        layout.addWidget(tiles)

        filters = QHBoxLayout()
        self.drop_label = QLabel()
        self.drop_edit = MoneyEdit()
        self.drop_edit.setObjectName("maxDropInput")
        self.drop_edit.set_language(self.language)
        self.drop_edit.set_amount(DEFAULT_DROP)
        self.drop_edit.setMaximumWidth(self.drop_edit.minimumWidth() + 20)
        self.drop_edit.textChanged.connect(lambda: self._drop_changed(finished=False))
        self.drop_edit.editingFinished.connect(lambda: self._drop_changed(finished=True))
        self.drop_label.setBuddy(self.drop_edit)
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("inventorySearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search_label.setBuddy(self.search)
        self.shown_label = QLabel()
        self.shown_label.setObjectName("shownLabel")
        self.shown_label.setProperty("role", "note")
        filters.addWidget(self.drop_label)
        filters.addWidget(self.drop_edit)
        filters.addSpacing(18)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 1)
        filters.addSpacing(18)
        filters.addWidget(self.shown_label)
        layout.addLayout(filters)

        self.model = InventoryModel(self.formatter, self)
        self.proxy = InventoryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.max_drop = DEFAULT_DROP
        self.table = QTableView()
        self.table.setObjectName("inventoryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it), never cell after cell
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Not stretched: the last column is the quota's, whose words a stretched section was cut to make room.
        header.setStretchLastSection(False)
        self._fitted = False  # the columns are fitted to the first rows, then left to the user
        # The VIN column's width as the window last set it: another width is the user's, never widened.
        # (Not told by sectionResized: hiding and showing the column resize it too, some of it later.)
        self._vin_width: int | None = None
        self._fitted_widths: list[int] = []  # each column's width as the window last fitted it
        self.table.doubleClicked.connect(self._open_index)
        # Only with the focus in the table: as a window shortcut, Enter in the price-drop or search field
        # opened the selected row at the counter.
        # Esc stops a check in progress, as Cancel does (a popup or the calendar takes its own Esc first).
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 1)

        self.detail = QLabel()  # the selected row in full: its reason or problems are too long for a cell
        self.detail.setObjectName("rowDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Three lines (the row; its reason; what it would get at its highest price) kept whether or not a row
        # has them all, so the table does not jump a line shorter as the selection moves down it.
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_detail(current))
        layout.addWidget(self.detail)
        self.note = QLabel()
        self.note.setObjectName("assumedNote")
        self.note.setProperty("role", "note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.setCentralWidget(page)
        self.tiles[View.ALL].setChecked(True)
        self._set_running(False)

    # --- words ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.set_language(current_language())
        super().changeEvent(event)

    def set_language(self, language: Language) -> None:
        self.language = language
        self.formatter = Formatter(language)
        self.drop_edit.set_language(language)
        if self._worker is not None:
            self._worker.set_language(language)
        with self._worker_still():
            self.model.set_formatter(self.formatter)
            self.retranslate()
            self._refit()
            self._show_detail(self.table.currentIndex())  # the selected row in full, in the new language

    def retranslate(self) -> None:
        name = self.path.name if self.path is not None else ""
        self.setWindowTitle(self.tr("Inventory check: {file}").format(file=name) if name else
                            self.tr("Inventory check"))
        self.open_button.setText(self.tr("&Open a stock list…"))
        self.export_button.setText(self.tr("&Export the table…"))
        self.print_button.setText(self.tr("&Print a summary…"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.drop_label.setText(self.tr("Price drop of at &most"))
        self.search_label.setText(self.tr("&Find"))
        self.search.setPlaceholderText(self.tr("Stock #, VIN, make or model"))
        self.table.setAccessibleName(self.tr("The stock list, checked"))
        self.progress.setAccessibleName(self.tr("Progress of the check"))
        self.detail.setAccessibleName(self.tr("The selected row in full"))
        name_inner_editors(self)
        self._show_file()
        self._show_totals()
        self._show_progress_text()

    def _show_file(self) -> None:
        if self.path is None:
            self.file_label.setText(self.tr("Open a stock list (CSV or XLSX) to check every vehicle in it."))
            return
        if self.stock is None:  # not read (it could not be): its name and the policy, no empty kind between
            self.file_label.setText(self.tr("{file} · policy {version}").format(file=self.path.name,
                                                                                 version=self.policy.version))
            return
        self.file_label.setText(self.tr("{file} · {kind} · policy {version}").format(
            file=self.path.name, kind=file_kind(self.stock), version=self.policy.version))

    def _show_totals(self) -> None:
        f = self.formatter
        tally = self.tally
        words = status_words()
        drop = (self.tr("Eligible if the price drops by at most {amount}").format(amount=f.money(self.proxy.max_drop))
                if self.proxy.max_drop is not None else self.tr("Eligible if the price drops"))
        captions = {  # (lupdate reads only calls written out of f-strings, so each text is its own call)
            View.ALL: self.tr("All rows"),
            View.ELIGIBLE: self.tr("Eligible now"),
            View.PRICE_DROP: drop,
            View.NOT_ELIGIBLE: self.tr("Not eligible"),
            View.NOT_KNOWN: self.tr("Not known"),
            View.PROBLEM: self.tr("Problems"),
        }
        symbols = {View.ELIGIBLE: Status.ELIGIBLE, View.PRICE_DROP: Status.PRICE_DROP,
                   View.NOT_ELIGIBLE: Status.NOT_ELIGIBLE, View.NOT_KNOWN: Status.NOT_KNOWN,
                   View.PROBLEM: Status.PROBLEM}
        figures = {
            View.ALL: f.number(tally.rows),
            View.ELIGIBLE: f"{f.number(tally.eligible)} · {f.money(tally.total)}",
            # Counted among the not eligible too, and paid only at those prices: the tile says both, since the
            # tiles added up to more than the rows and the table's Rebate column shows $0.00 for these rows.
            View.PRICE_DROP: self.tr("{count} of the {refused} not eligible · {amount} at those prices").format(
                count=f.number(self._drop_count), refused=f.number(tally.not_eligible),
                amount=f.money(self._drop_total)),
            View.NOT_ELIGIBLE: f.number(tally.not_eligible),
            View.NOT_KNOWN: f.number(tally.not_known),
            View.PROBLEM: f.number(tally.with_problems),
        }
        texts = {view: (f"{words[symbols[view]][0]} {caption}" if view in symbols else caption, figures[view])
                 for view, caption in captions.items()}
        for view, (caption, figure) in texts.items():
            self.tiles[view].setText(f"{caption}\n{figure}")
            self.tiles[view].setAccessibleName(f"{caption}: {figure}")
        shown = self.proxy.rowCount()
        # The singular is a translation of its own (French agrees with the rows shown: "1 ligne affichée").
        text = (self.tr("{shown} of {total} rows shown", "one shown") if f.one(shown) else
                self.tr("{shown} of {total} rows shown"))
        self.shown_label.setText(text.format(shown=f.number(shown), total=f.number(tally.rows)))
        self.note.setText(self._assumed_text())

    def _assumed_text(self) -> str:
        phrases = {
            "prior_incentives": self.tr("no incentives already received"),
            "quota_position": self.tr("a Chinese-made vehicle entered within the China EV quota"),
            "fta_origin_met": self.tr("the free trade agreement's rules of origin are met"),
            "sale_date": self.tr("sold today ({date})").format(date=self.formatter.date(self.today)),
        }
        said = [phrase for name, phrase in phrases.items() if self.tally.assumed[name]]
        if not said:
            return ""
        return self.tr("Where the list does not say, each vehicle is checked assuming {assumptions}, as the "
                       "counter does.").format(assumptions="; ".join(said))

    def _show_progress_text(self) -> None:
        f = self.formatter
        if self.running:
            text = (self.tr("Checking… {rows} row") if f.one(self.tally.rows) else
                    self.tr("Checking… {rows} rows")).format(rows=f.number(self.tally.rows))
        elif self.cancelled:
            text = (self.tr("Cancelled after {rows} row: the table shows it.") if f.one(self.tally.rows) else
                    self.tr("Cancelled after {rows} rows: the table shows those.")).format(
                rows=f.number(self.tally.rows))
        elif self.path is not None and self._started and (self.tally.rows or self.banner.isHidden()):
            # Not "0 rows checked" under "This file cannot be checked"; rows read before a damage are said.
            text = (self.tr("{rows} row checked") if f.one(self.tally.rows) else
                    self.tr("{rows} rows checked")).format(rows=f.number(self.tally.rows))
        else:
            text = ""
        self.progress_label.setText(text)

    # --- opening and checking -------------------------------------------------------------------
    def choose_file(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a stock list"), folder,
                                                self.tr("Stock lists (*.csv *.xlsx);;All files (*)"))
        if not chosen:
            return None
        self.open_file(Path(chosen))
        return Path(chosen)

    def open_file(self, path: Path) -> None:
        """Check `path` with the columns found from its header. Another list starts unfiltered: the last
        one's search and view would hide its rows ("1 of 15 rows shown")."""
        if path != self.path:
            self.search.clear()
            self.show_view(View.ALL)
        self.path = path
        self.stock = None
        self._start(Job(path=path, policy=self.policy, assumptions=self._assumptions(), language=self.language))

    def check_again(self) -> None:
        """Re-check with the columns as the mapping panel now shows them."""
        columns = self.mapping.column_map()
        if self.path is None or columns is None:
            return
        self._start(Job(path=self.path, policy=self.policy, assumptions=self._assumptions(), columns=columns,
                        language=self.language))

    def _assumptions(self) -> dict[str, object]:
        self.today = dt.date.today()
        return {**ASSUMED, "sale_date": self.today}

    def _start(self, job: Job) -> None:
        self._stop()
        self.model.clear_rows()
        self._fitted = False
        self._vin_width = None
        self.tally = Tally()
        self._drop_count, self._drop_total = 0, Decimal(0)
        self.empty_rows = 0
        self.cancelled = False
        self.banner.hide()
        self.progress.setValue(0)
        self._checks += 1
        worker = CheckWorker(self._checks, job, self)
        worker.opened.connect(self._opened)
        worker.chunk.connect(self._chunk)
        worker.progress.connect(self._progress)
        worker.failed.connect(self._failed)
        worker.unmapped.connect(self._unmapped)
        worker.done.connect(self._done)
        self._worker = worker
        self._started = time.monotonic()
        self._set_running(True)
        self.retranslate()
        worker.start()

    def _stop(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None and worker.isRunning():
            worker.stop()

    @contextmanager
    def _worker_still(self) -> Iterator[None]:
        """Hold the background check still while the window works in Python (see `worker`)."""
        worker = self._worker
        if worker is not None:
            worker.pause()
        try:
            yield
        finally:
            if worker is not None:
                worker.resume()

    def cancel(self) -> None:
        if self._worker is not None and self.running:
            self._worker.requestInterruption()

    def _current(self, ident: int) -> bool:
        """Whether a signal comes from the check in progress (not one replaced or stopped)."""
        return self._worker is not None and ident == self._worker.ident

    def _opened(self, ident: int, opened: Opened, first_row_unread: bool = False) -> None:
        if not self._current(ident):
            return
        self.stock = opened.stock
        self.mapping.show_map(opened.columns, opened.sample, first_row_unread)
        # A list without VINs: no empty column taking the reasons' room.
        self.table.setColumnHidden(COLUMNS.index("vin"), opened.columns.column_of("vin") is None)
        self._show_file()

    def _chunk(self, ident: int, rows: list[PreparedRow], language: str) -> None:
        if not self._current(ident):
            return
        with self._worker_still():  # the worker waits for this chunk to be taken in; it resumes at the end
            if language != self.language:  # prepared before a language switch
                rows = [prepare(row.answer, self.formatter) for row in rows]
            for row in rows:
                answer = row.answer
                self.tally.add(answer)
                if in_view(answer, View.PRICE_DROP, self.proxy.max_drop):
                    self._drop_count += 1
                    self._drop_total += answer.amount_at_max_price or 0
            self.model.append(rows)
            if not self._fitted:
                self._fit_columns()
            else:
                self._widen_for_vins(rows)
            self._show_totals()
            self._show_progress_text()

    def _fit_columns(self) -> None:
        """Each column as wide as its first rows and its title need (Qt measures, in C++), within bounds."""
        self._fitted = True
        self.table.resizeColumnsToContents()
        for column in WIDEST_EM:
            index = COLUMNS.index(column)
            self.table.setColumnWidth(index, min(self.table.columnWidth(index), self._widest(column)))
        self._vin_width = self.table.columnWidth(COLUMNS.index("vin"))
        self._fitted_widths = [self.table.columnWidth(i) for i in range(len(COLUMNS))]

    def _refit(self) -> None:
        """Other words, other widths: fit the columns again, but for any the user has sized since the fit."""
        if not self._fitted:
            return
        fitted = self._fitted_widths
        sized = {i: self.table.columnWidth(i) for i in range(len(COLUMNS)) if self.table.columnWidth(i) != fitted[i]}
        self._fit_columns()
        for index, width in sized.items():
            self.table.setColumnWidth(index, width)
        if COLUMNS.index("vin") in sized:
            self._vin_width = None  # the user's: a later VIN no longer widens it

    def _widest(self, column: str) -> int:
        """The most a fitted column may take, in pixels (`WIDEST_EM`, in the window's average character)."""
        return WIDEST_EM[column] * self.fontMetrics().averageCharWidth()

    def _widen_for_vins(self, rows: list[PreparedRow]) -> None:
        """A VIN longer than the first rows' (they had none, or shorter ones) widens its column, within its
        bound, unless the user has sized the column: a VIN is read whole, not cut at a character."""
        index = COLUMNS.index("vin")
        if self.table.isColumnHidden(index) or self.table.columnWidth(index) != self._vin_width:
            return  # not shown, or sized by the user
        metrics = self.table.fontMetrics()
        first = self.model.rowCount() - len(rows)
        widest, offset = max(((metrics.horizontalAdvance(row.texts[index][0]), offset)
                              for offset, row in enumerate(rows)), default=(0, 0))
        shown = self.proxy.mapFromSource(self.model.index(first + offset, index))
        if shown.isValid():  # the delegate measures, as resizing to contents does
            needed = self.table.sizeHintForIndex(shown).width()
        else:  # filtered out: the text, the style's margin on each side (QCommonStyle) and a pixel of rounding
            margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
            needed = widest + 2 * margin + 1
        needed += 1 if self.table.showGrid() else 0  # the grid line is drawn inside the cell, as QTableView counts
        needed = min(needed, self._widest("vin"))
        if needed > self.table.columnWidth(index):
            self.table.setColumnWidth(index, needed)
            self._vin_width = self._fitted_widths[index] = needed

    def _progress(self, ident: int, fraction: float) -> None:
        if self._current(ident):
            self.progress.setValue(int(fraction * 1000))

    def _failed(self, ident: int, error: StockListError) -> None:
        if not self._current(ident):
            return
        self._worker = None
        self._set_running(False)
        self.mapping.clear()  # the last file's columns are not this one's: "Check again" must not apply them
        self.statusBar().clearMessage()
        reason = file_problem_text(error.code, error.params, str(error))
        self.banner.setText(self.tr("This file cannot be checked: {reason}").format(reason=reason))
        self.banner.show()
        self._show_progress_text()

    def _unmapped(self, ident: int, opened: Opened) -> None:
        """A header that names no field: its columns shown, none read, for the dealer to say which is which."""
        if not self._current(ident):
            return
        self._opened(ident, opened, first_row_unread=True)
        self._worker = None
        self._set_running(False)
        self.mapping.toggle.setChecked(True)
        self.statusBar().clearMessage()
        self.banner.setText(self.tr("No column of this file was recognised. Under Columns, choose what each one "
                                    "holds (at least the price and the powertrain), then Check again. If the "
                                    "first row is a vehicle, not the columns’ names, tick the box that says so."))
        self.banner.show()
        self._show_progress_text()

    def _done(self, ident: int, empty_rows: int, cancelled: bool) -> None:
        if not self._current(ident):
            return
        self._worker = None
        self.empty_rows = empty_rows
        self.cancelled = cancelled
        self._set_running(False)
        if not cancelled:
            self.progress.setValue(1000)
        self._show_progress_text()
        if cancelled:
            return  # "Cancelled after … rows" is said where the count is, not "checked in … s" as if done
        seconds = time.monotonic() - self._started
        f = self.formatter
        text = (self.tr("{rows} row checked in {seconds} s.") if f.one(self.tally.rows) else
                self.tr("{rows} rows checked in {seconds} s."))
        self.statusBar().showMessage(text.format(rows=f.number(self.tally.rows),
                                                 seconds=f.number(Decimal(f"{seconds:.1f}"))), 8000)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.cancel_button.setVisible(running)
        if running and self._gc_thresholds is None:
            self._gc_thresholds = gc.get_threshold()
            gc.set_threshold(self._gc_thresholds[0], self._gc_thresholds[1], FULL_COLLECTIONS_WHILE_CHECKING)
        elif not running and self._gc_thresholds is not None:
            gc.set_threshold(*self._gc_thresholds)
            self._gc_thresholds = None
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running or self.cancelled)
        has_rows = self.model.rowCount() > 0 or running
        self.export_button.setEnabled(has_rows and not running)
        self.print_button.setEnabled(has_rows and not running)

    # --- filtering ------------------------------------------------------------------------------
    def show_view(self, view: View) -> None:
        if not self.tiles[view].isChecked():
            self.tiles[view].setChecked(True)
            return
        with self._worker_still():
            self.proxy.set_view(view)
            self._show_totals()

    def _drop_changed(self, finished: bool = False) -> None:
        """The filter follows each amount as it is typed; text that is not one is said once the user leaves the
        field or presses Enter ("1,5" on the way to "1,500.00" is no mistake)."""
        try:
            amount = self.drop_edit.amount()
        except MoneyError as error:  # the filter keeps its last amount, and the field says why
            if finished:
                self._show_drop_problem(str(error))
            return
        self._show_drop_problem(None)
        with self._worker_still():
            self.proxy.set_max_drop(amount)
            matching = [a for a in self.model.answers() if in_view(a, View.PRICE_DROP, amount)]
            self._drop_count = len(matching)
            self._drop_total = sum((a.amount_at_max_price or Decimal(0) for a in matching), Decimal(0))
            self._show_totals()

    def _show_drop_problem(self, problem: str | None) -> None:
        """Marked and said where the eye is (the field, its tooltip, the status bar, a screen reader), naming
        the field: the tiles keep the last amount that could be read."""
        edit = self.drop_edit
        if edit.property("invalid") != (problem is not None):
            edit.setProperty("invalid", problem is not None)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        edit.setToolTip(problem or "")
        edit.setAccessibleDescription(problem or "")
        if problem is not None:
            label = self.drop_label.text().replace("&", "")
            self._drop_message = self.formatter.labelled(label, problem)
            self.statusBar().showMessage(self._drop_message, 10000)
        elif self.statusBar().currentMessage() == self._drop_message:
            self.statusBar().clearMessage()  # an amount that reads now: its problem is gone

    def _search_changed(self, text: str) -> None:
        with self._worker_still():
            self.proxy.set_search(text)
            self._show_totals()

    def _show_detail(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.detail.setText("")
            return
        answer = self.proxy.answer_at(index.row())
        f = self.formatter
        parts = [self.tr("Row {row}").format(row=answer.row)]
        parts += [part for part in (answer.stock, vehicle_text(answer)) if part]
        lines = [" · ".join(parts) + " · " + status_text(answer.status)]
        reason = reason_text(answer, f)
        if reason:
            lines.append(reason)
        lines += ["⚠ " + f.criterion(note) for note in answer.vehicle_warnings]  # a VIN mistyped, a mismatch
        if answer.amount_at_max_price is not None and answer.max_price is not None:
            lines.append(self.tr("At {price} it would get {amount}.").format(
                price=f.money(answer.max_price), amount=f.money(answer.amount_at_max_price)))
        if answer.request is not None:
            lines[-1] += "  " + self.tr("(Double-click or press Enter to open it at the counter.)")
        self.detail.setText("\n".join(lines))
        self.detail.setAccessibleDescription(" ".join(lines))

    # --- a row at the counter -------------------------------------------------------------------
    def _open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        answer = self.proxy.answer_at(index.row())
        if answer.request is None:
            self.statusBar().showMessage(self.tr("Row {row} has problems: correct it in the stock list, or type the "
                                                 "vehicle at the counter.").format(row=answer.row), 8000)
            return
        self.open_requested.emit(answer.request, answer.stock)

    def request_at(self, proxy_row: int) -> SaleRequest | None:
        return self.proxy.answer_at(proxy_row).request

    # --- export and print -----------------------------------------------------------------------
    def shown_answers(self) -> list[RowAnswer]:
        """The rows as the table shows them: filtered and sorted."""
        return [self.proxy.answer_at(row) for row in range(self.proxy.rowCount())]

    def export(self, path: Path | None = None, numbers: QLocale | None = None) -> Path | None:
        """The table to a workbook or a CSV. A CSV is written as the spreadsheet on this computer opens it:
        `numbers` (the system's locale unless a test names one) sets its separator and decimal point."""
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            stem = self.path.stem if self.path is not None else "stock"
            chosen, chosen_filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the table"), str(Path(folder) / f"{stem}-evdesk.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() not in (".csv", ".xlsx"):
                path = path.with_name(path.name + (".csv" if "csv" in chosen_filter.lower() else ".xlsx"))
        # The table as it is shown: its columns (the VIN's only when it is shown), its order and filter, its
        # headers and words in the window's language, figures as numbers.
        shown = [name for index, name in enumerate(COLUMNS) if not self.table.isColumnHidden(index)]
        titles = export_headers()
        header = [titles[name] for name in shown]
        f = self.formatter
        rows = ([cells[name] for name in shown] for cells in (export_cells(a, f) for a in self.shown_answers()))
        try:
            count = write_sheet(path, header, rows, title=self.tr("Inventory check")[:31],
                                number_formats={titles["tariff"]: "0.0##", titles["row"]: "0"},
                                widths={titles[name]: EXPORT_WIDTHS[name] for name in shown},
                                csv_numbers=csv_convention((numbers or QLocale.system()).decimalPoint()))
        except OSError as error:  # the folder, not the file written beside it
            QMessageBox.warning(self, self.tr("Table not exported"), self.tr(
                "The table could not be written in {folder}: {reason}").format(
                folder=path.parent, reason=error.strerror or error))
            return None
        except ValueError as error:
            QMessageBox.warning(self, self.tr("Table not exported"), str(error))
            return None
        text = (self.tr("{rows} row exported to {path}.") if self.formatter.one(count) else
                self.tr("{rows} rows exported to {path}."))
        self.statusBar().showMessage(text.format(rows=self.formatter.number(count), path=path), 8000)
        return path

    def summary_facts(self) -> summary.SummaryFacts:
        return summary.SummaryFacts(file_name=self.path.name if self.path else "", answers=self.model.answers(),
                                    tally=self.tally, max_drop=self.proxy.max_drop, policy=self.policy,
                                    assumed_text=self._assumed_text(), cancelled=self.cancelled)

    def print_summary(self) -> None:
        if summary.print_with_dialog(self, self.summary_facts(), self.formatter):
            self.statusBar().showMessage(self.tr("Summary sent to the printer."), 6000)

    def save_summary_pdf(self, path: Path) -> Path:
        summary.save_pdf(path, self.summary_facts(), self.formatter)
        return path

    # --- closing --------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        self._set_running(False)
        super().closeEvent(event)
