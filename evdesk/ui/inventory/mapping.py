"""The column mapping the check found, for the user to confirm or change: each column of the file with its
first value and the field it is read as. Changing one and pressing "Check again" re-reads the list with
the user's map; nothing is guessed behind their back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evdesk.batch import ColumnMap
from evdesk.batch.cells import cell_text
from evdesk.batch.columns import without_header
from evdesk.batch.fields import ACTIVE_FIELDS, FIELD_BY_NAME, header_key, may_be_a_price_part
from evdesk.batch.sources import Cells
from evdesk.ui.inventory.texts import field_labels
from evdesk.ui.widgets.wheel import WheelGuard

PAIRS_PER_LINE = 4  # at most this many columns side by side in the panel, as the width allows
MAX_LINES_SHOWN = 5  # lines of the map in view at once; more scroll
KEY_FIELDS = ("price", "powertrain")  # without either (and no VIN for the assembly) most answers are not known
NOT_USED = ""  # item data for "Not used": a string, never None (PySide6 6.12 mishandles None item data)


class MappingPanel(QWidget):
    """A one-line summary that unfolds into the whole map."""

    changed = Signal()  # the user chose another field for a column
    recheck = Signal()  # "Check again" with the map as it now stands

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mappingPanel")
        self._columns: ColumnMap | None = None
        self._sample: Cells = ()
        self._combos: list[QComboBox] = []
        self._labels: list[QLabel] = []
        # A first row that named no field, read as a header, and the row below it: kept while the user may say
        # that the first row is a vehicle (and change their mind), for as long as the same file is shown.
        self._as_header: tuple[ColumnMap, Cells] | None = None
        self._pairs = 0  # columns side by side as now laid out
        self._pair_width: int | None = None  # a label and its combo, measured once per map and language
        # What a combo's current field took from another column, to give back when it moves on: arrowing or
        # scrolling through the fields passes over ones other columns have, and must not unmap them.
        self._took: dict[QComboBox, tuple[QComboBox, str]] = {}
        self._wheel_guard = WheelGuard(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        line = QHBoxLayout()
        self.toggle = QToolButton()
        self.toggle.setObjectName("mappingToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setProperty("role", "disclosure")
        self.toggle.toggled.connect(self._unfold)
        self.summary = QLabel()
        self.summary.setObjectName("mappingSummary")
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.recheck_button = QPushButton()
        self.recheck_button.setObjectName("recheckButton")
        self.recheck_button.setEnabled(False)
        self.recheck_button.clicked.connect(self.recheck)
        line.addWidget(self.toggle)
        line.addWidget(self.summary, 1)
        line.addWidget(self.recheck_button)
        outer.addLayout(line)
        self.no_header = QCheckBox()
        self.no_header.setObjectName("noHeaderCheck")
        self.no_header.toggled.connect(self._header_or_vehicle)
        self.no_header.hide()
        outer.addWidget(self.no_header, 0, Qt.AlignmentFlag.AlignLeft)  # its focus frame hugs its words
        self.grid_page = QWidget()
        self.grid_page.setObjectName("mappingGrid")
        self.grid = QGridLayout(self.grid_page)
        self.grid.setContentsMargins(18, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        # Its width is the window's to give, never the grid's to demand: the grid is laid out again for the
        # width it gets (`_place`), so an unfolded map never pushes the window past a 1366-pixel screen. Its
        # height is at most a few lines (MAX_LINES_SHOWN); a longer map scrolls, the table keeps its room.
        self.details = QScrollArea()
        self.details.setObjectName("mappingDetails")
        self.details.setWidget(self.grid_page)
        self.details.setAccessibleName(self.tr("The file's columns and the field each is read as"))
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        # Its pickers take the focus, and the area scrolls to the one that has it: a Tab stop of its own drew
        # no focus ring, and the keypress seemed lost. The wheel still scrolls it.
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.details.hide()
        outer.addWidget(self.details)
        self.retranslate()

    # --- words ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Columns"))
        self.recheck_button.setText(self.tr("Check again with these columns"))
        self.no_header.setText(self.tr("The first row is a vehicle, not the columns’ names"))
        labels = field_labels()
        for combo in self._combos:
            combo.setItemText(0, self.tr("Not used"))
            for index in range(1, combo.count()):
                combo.setItemText(index, labels.get(combo.itemData(index), combo.itemData(index)))
        for label, combo in zip(self._labels, self._combos, strict=True):
            self._name_column(label, combo)  # they stayed in the language the map was shown in
        self._pair_width = None  # other words, other widths
        self._show_summary()

    def _name_column(self, label: QLabel, combo: QComboBox) -> None:
        """A column's label ("“Price” (e.g. 45000)") and its combo's accessible name, in the window's language."""
        header, example = label.property("header"), label.property("example")
        label.setText(self.tr("“{column}” (e.g. {example})").format(column=header, example=example)
                      if example else self.tr("“{column}”").format(column=header))
        combo.setAccessibleName(self.tr("Read column “{column}” as").format(column=header))

    # --- content --------------------------------------------------------------------------------
    def show_map(self, columns: ColumnMap, sample: Cells, first_row_unread: bool = False) -> None:
        """`first_row_unread`: the first row named no field and was taken as the header; the user may say that
        it is a vehicle instead. "Check again" with that row as the header, or without a header, keeps that
        choice on offer: the user may find the first vehicle missing only once the rows are shown."""
        if first_row_unread:
            self._as_header = (columns, sample)
        elif self._as_header is not None and not (columns.headerless or _same_header(columns, self._as_header[0])):
            self._as_header = None
        self.no_header.blockSignals(True)
        self.no_header.setChecked(columns.headerless)
        self.no_header.blockSignals(False)
        self._build(columns, sample)
        self.recheck_button.setEnabled(False)
        missing = self.missing_key_fields()
        self.toggle.setChecked(bool(missing) or columns.headerless)  # unfold to ask the user to confirm
        self._unfold(self.toggle.isChecked())
        self._show_summary()

    def _header_or_vehicle(self, vehicle: bool) -> None:
        """The first row is a vehicle (its columns named by their letters, its values their examples), or the
        header after all. The fields chosen so far stay with their columns."""
        if self._as_header is None:
            return
        chosen = self.column_map()
        header, below = self._as_header
        columns = without_header(header, len(below)) if vehicle else header
        sample = tuple(c.header for c in header.columns) if vehicle else below
        if chosen is not None:
            for column in chosen.columns:
                columns = columns.with_field(column.index, column.field)
        self._build(columns, sample)
        self.recheck_button.setEnabled(True)  # another reading of the file: "Check again" applies it
        self._show_summary()
        self.changed.emit()

    def _build(self, columns: ColumnMap, sample: Cells) -> None:
        self._columns, self._sample = columns, sample
        self._clear_grid()
        self._combos, self._labels = [], []
        labels = field_labels()
        for column in (c for c in columns.columns if c.header):
            example = cell_text(sample[column.index]) if column.index < len(sample) and sample[column.index] \
                not in (None, "") else ""
            label = QLabel()
            label.setObjectName(f"mappingColumn{column.index}")
            label.setProperty("header", column.header)
            label.setProperty("example", example[:24])
            combo = QComboBox()
            combo.setObjectName(f"mappingField{column.index}")
            combo.addItem(self.tr("Not used"), NOT_USED)
            for field in ACTIVE_FIELDS:
                combo.addItem(labels.get(field.name, field.name), field.name)
            combo.setCurrentIndex(max(0, combo.findData(column.field.name if column.field else NOT_USED)))
            combo.setProperty("columnIndex", column.index)
            self._name_column(label, combo)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel scrolls the map; it changes a field
            combo.installEventFilter(self._wheel_guard)  # only once the user has put the focus there
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _index, chosen=combo: self._combo_changed(chosen))
            self._combos.append(combo)
            self._labels.append(label)
        self._pairs = 0
        self._place()

    def clear(self) -> None:
        """No map: the file shown could not be read, and another file's columns must never be applied to it."""
        self._columns, self._sample = None, ()
        self._as_header = None
        self.no_header.hide()
        self._clear_grid()
        self._combos, self._labels = [], []
        self.recheck_button.setEnabled(False)
        self.toggle.setChecked(False)
        self._show_summary()

    def _clear_grid(self) -> None:
        self._took.clear()
        self._pair_width = None
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def missing_key_fields(self) -> list[str]:
        columns = self.column_map()
        if columns is None:
            return []
        return [name for name in KEY_FIELDS if columns.column_of(name) is None]

    def column_map(self) -> ColumnMap | None:
        """The map as the panel now shows it."""
        if self._columns is None:
            return None
        columns = self._columns
        for combo in self._combos:
            name = combo.currentData()
            columns = columns.with_field(int(combo.property("columnIndex")), FIELD_BY_NAME.get(name) if name else None)
        return columns

    def _combo_changed(self, chosen: QComboBox) -> None:
        """The last choice wins: a field chosen for this column is taken from any other, which shows "Not used"
        at once (a field is read from one column). Moving on gives it back, if that column was left as it was."""
        name = chosen.currentData()
        given = self._took.pop(chosen, None)
        if given is not None:
            other, field = given
            if other.currentData() == NOT_USED and field != name:
                self._show_field(other, field)
        if name:
            for combo in self._combos:
                if combo is not chosen and combo.currentData() == name:
                    self._show_field(combo, NOT_USED)
                    self._took[chosen] = (combo, name)
        self.recheck_button.setEnabled(True)
        self._show_summary()
        self.changed.emit()

    @staticmethod
    def _show_field(combo: QComboBox, name: str) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(name)))
        combo.blockSignals(False)

    # --- layout: as many columns side by side as the width holds ------------------------------------
    def _pairs_that_fit(self) -> int:
        if not self._combos:
            return 1
        if self._pair_width is None:
            self._pair_width = (max(label.sizeHint().width() for label in self._labels)
                                + max(combo.sizeHint().width() for combo in self._combos)
                                + 2 * self.grid.horizontalSpacing())
        pair = self._pair_width
        room = (self.width() - self.grid.contentsMargins().left() - self.grid.contentsMargins().right()
                - self.details.verticalScrollBar().sizeHint().width())  # room for it, should the map scroll
        return max(1, min(PAIRS_PER_LINE, room // max(pair, 1)))

    def _place(self) -> None:
        pairs = self._pairs_that_fit()
        if pairs == self._pairs:
            return
        self._pairs = pairs
        for label, combo in zip(self._labels, self._combos, strict=True):
            self.grid.removeWidget(label)
            self.grid.removeWidget(combo)
        for position, (label, combo) in enumerate(zip(self._labels, self._combos, strict=True)):
            line, pair = divmod(position, pairs)
            self.grid.addWidget(label, line, pair * 2, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(combo, line, pair * 2 + 1)
        lines = -(-len(self._combos) // pairs)
        row = max((c.sizeHint().height() for c in self._combos), default=0) + self.grid.verticalSpacing()
        self.details.setMaximumHeight(min(lines, MAX_LINES_SHOWN) * row + 4)
        # Tab goes through the map in the order it reads, after the fold and before "Check again".
        previous: QWidget = self.toggle
        QWidget.setTabOrder(previous, self.no_header)  # skipped while hidden
        previous = self.no_header
        for combo in self._combos:
            QWidget.setTabOrder(previous, combo)
            previous = combo
        QWidget.setTabOrder(previous, self.recheck_button)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _unfold(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.details.setVisible(shown)
        self.no_header.setVisible(shown and self._as_header is not None)

    def _show_summary(self) -> None:
        """The columns as now chosen, and whether the rows shown were checked with them."""
        columns = self.column_map()
        if columns is None:
            self.summary.setText("")
            return
        labels = field_labels()
        used = len(columns.used)
        unused = [c.header for c in columns.unused]
        read = []
        for column in columns.used:
            if column.field is None:
                continue
            label = labels.get(column.field.name, column.field.name)
            # "Année → Model year", but just "Make" where the header already says it.
            same = header_key(column.header) == header_key(label)
            read.append(column.header if same else f"{column.header} → {label}")
        text = (self.tr("{used} of {total} columns read: {fields}.").format(
            used=used, total=used + len(unused), fields=", ".join(read)) if read else
            self.tr("None of the {total} columns is read.").format(total=used + len(unused)))
        if unused:
            text += " " + self.tr("Not used: {columns}.").format(columns=", ".join(unused))
        priced = [f"“{c.header}”" for c in columns.unused if not c.note and may_be_a_price_part(c.header)]
        if priced:  # left out, a fee lowers the price the cap tests: the answers would be too generous
            text += " " + self.tr("{columns} may be part of the price or the lease: if so, choose its field under "
                                  "Columns.").format(columns=", ".join(priced))
        missing = self.missing_key_fields()
        if missing:
            text += " " + self.tr("No column for: {fields}; those answers will be “not known”.").format(
                fields=", ".join(labels[name] for name in missing))
        if self.recheck_button.isEnabled():
            text += " " + self.tr("Not applied yet: check again with these columns.")
        self.summary.setText(text)


def _same_header(columns: ColumnMap, other: ColumnMap) -> bool:
    return (columns.header_row, [c.header for c in columns.columns]) == (other.header_row,
                                                                           [c.header for c in other.columns])
