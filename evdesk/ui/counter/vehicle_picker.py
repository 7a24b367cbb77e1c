"""Picking the vehicle from Transport Canada's EVAP list: a search box ("equinox lt 2026") and the model
year → make → model → trim boxes it fills. Each box also takes free text, for a vehicle the list lacks.

A search that matches nothing says so ("byd": no listed vehicle matches), which is an answer in itself.
Once a VIN is decoded, its model year and maker narrow the suggestions to the vehicles they can be.

The list is evidence the engine reads (a listed trim confirms the powertrain and Canadian-made status);
the picker only helps type the four names exactly as the list spells them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from evdesk.policy.vehicles import ListedVehicle, VehicleList
from evdesk.present.format import Formatter


def is_year(text: str) -> bool:
    """ASCII digits only: "²" and "٣" pass str.isdigit() but are no year anyone types."""
    return text.isascii() and text.isdecimal()


class _AllWordsFilter(QSortFilterProxyModel):
    """Keeps the rows that contain every typed word, in any order, and (once a VIN says) only its model year
    and make."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self._prefix = ""  # "2026 chevrolet ": the VIN's model year and make, when both are known

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def set_text(self, text: str) -> None:
        def change() -> None:
            self._words = text.casefold().split()
        self._refilter(change)

    def set_vin(self, year: int | None, make: str | None) -> None:
        prefix = " ".join(str(part).casefold() for part in (year, make) if part is not None)
        if prefix == self._prefix:  # each keystroke of a VIN still being typed says "none" again
            return

        def change() -> None:
            self._prefix = prefix
        self._refilter(change)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        label = self.sourceModel().index(source_row, 0, source_parent).data() or ""
        folded = str(label).casefold()
        if self._prefix and not folded.startswith(self._prefix + " "):
            return False
        return all(word in folded for word in self._words)


def _combo(name: str, parent: QWidget | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


class VehiclePicker(QObject):
    changed = Signal()
    yearEdited = Signal()  # the model year box itself changed (typed, picked, or set by `set_year`)
    listedPicked = Signal(object)  # a ListedVehicle the user chose (from the search or the four boxes)
    searchChanged = Signal()  # what `search_message()` says changed

    def __init__(self, vehicles: VehicleList, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit(parent)
        self.search.setObjectName("vehicleSearchInput")
        self.search.setClearButtonEnabled(True)
        self.year = _combo("yearInput", parent)
        self.make = _combo("makeInput", parent)
        self.model = _combo("modelInput", parent)
        self.trim = _combo("trimInput", parent)
        self.note = QLabel(parent)
        self.note.setObjectName("vehicleListNote")
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        self.note.hide()
        self._filter = _AllWordsFilter(self)
        self._labels = QStringListModel(self)
        self._filter.setSourceModel(self._labels)
        completer = QCompleter(self._filter, self.search)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.search.setCompleter(completer)
        completer.activated[str].connect(self._picked_label)
        self.search.textEdited.connect(self._search_typed)
        self.search.installEventFilter(self)  # Down in an empty search shows the suggestions
        self.search.returnPressed.connect(self._search_entered)
        self._by_label: dict[str, ListedVehicle] = {}
        self._vehicles = vehicles
        self._formatter = Formatter("en")
        self._filling = False
        self._vin_year: int | None = None
        self._vin_maker: str | None = None  # as the VIN tables name it: "Chevrolet Mexico", "BYD Auto"
        self._vin_make: str | None = None  # the listed make it is ("Chevrolet"), if any
        self._message = ""
        self.set_vehicles(vehicles)
        for combo, slot in ((self.year, self._year_edited), (self.make, self._make_edited),
                            (self.model, self._model_edited), (self.trim, self._trim_edited)):
            combo.editTextChanged.connect(slot)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and not self.search.completer().popup().isVisible() and self._filter.rowCount()):
            self._filter.set_text(self.search.text())
            self.search.completer().complete()
            return True
        return super().eventFilter(watched, event)

    # --- reading --------------------------------------------------------------------------------
    def texts(self) -> tuple[str, str, str, str]:
        return (self.year.currentText().strip(), self.make.currentText().strip(),
                self.model.currentText().strip(), self.trim.currentText().strip())

    def listed(self) -> ListedVehicle | None:
        year, make, model, trim = self.texts()
        return self._vehicles.find(int(year), make, model, trim) if is_year(year) else None

    def widgets(self) -> list[QWidget]:
        return [self.search, self.year, self.make, self.model, self.trim]

    # --- setting --------------------------------------------------------------------------------
    def set_vehicles(self, vehicles: VehicleList) -> None:
        self._vehicles = vehicles
        ordered = sorted(vehicles.vehicles, key=lambda v: (-v.model_year, v.make, v.model, v.trim))
        self._by_label = {f"{v.model_year} {v.make} {v.model} {v.trim}": v for v in ordered}
        # Longest first, so "Chevrolet Mexico" is matched to Chevrolet, not to a shorter make it starts with.
        self._makes_longest_first = sorted({v.make for v in vehicles.vehicles}, key=len, reverse=True)
        self._model_years = set(vehicles.model_years())
        self._labels.setStringList(list(self._by_label))
        self._refill(self.year, [str(y) for y in vehicles.model_years()])
        self._refill_makes()
        self.set_vin(self._vin_year, self._vin_maker)

    def set_vehicle(self, year: int | str | None, make: str = "", model: str = "", trim: str = "") -> None:
        self._filling = True
        try:
            self.year.setEditText("" if year is None else str(year))
            self._refill_makes()
            self.make.setEditText(make)
            self._refill_models()
            self.model.setEditText(model)
            self._refill_trims()
            self.trim.setEditText(trim)
        finally:
            self._filling = False
        self._update_note()
        self.changed.emit()

    def set_year(self, year: int) -> None:
        """The model year alone (as decoded from a VIN), leaving make, model and trim as they are."""
        self.year.setEditText(str(year))

    def clear(self) -> None:
        self.search.clear()
        self.set_vehicle(None)

    def set_vin(self, year: int | None, maker: str | None) -> None:
        """The VIN's model year and maker (None when no VIN is decoded): the suggestions narrow to them. A
        maker matches the listed make its name starts with ("Chevrolet Mexico" is Chevrolet)."""
        self._vin_year, self._vin_maker = year, maker
        folded = (maker or "").casefold()
        self._vin_make = next((make for make in self._makes_longest_first if folded == make.casefold()
                               or folded.startswith(make.casefold() + " ")), None)
        listed_year = year if year in self._model_years else None
        self._filter.set_vin(listed_year, self._vin_make)
        self._update_search_message()

    def vin_suggestions(self) -> list[str]:
        """The search's suggestions with nothing typed: what the VIN narrows them to."""
        return [str(self._filter.index(row, 0).data()) for row in range(self._filter.rowCount())]

    def search_message(self) -> str:
        """What the search has to say: no listed vehicle matches, or what the VIN narrowed it to."""
        return self._message

    def set_formatter(self, formatter: Formatter) -> None:
        self._formatter = formatter
        self._update_note()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(QCoreApplication.translate("VehiclePicker", "Type to search: “equinox lt”"))
        self._update_note()
        self._update_search_message()

    # --- cascading lists ------------------------------------------------------------------------
    @staticmethod
    def _refill(combo: QComboBox, items: list[str]) -> None:
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("")
        combo.addItems(items)
        combo.setEditText(text)  # what the user typed stays, listed or not
        combo.blockSignals(False)

    def _year(self) -> int | None:
        text = self.year.currentText().strip()
        return int(text) if is_year(text) else None

    def _matching(self) -> list[ListedVehicle]:
        year = self._year()
        return [v for v in self._vehicles.vehicles if year is None or v.model_year == year]

    def _refill_makes(self) -> None:
        self._refill(self.make, sorted({v.make for v in self._matching()}))
        self._refill_models()

    def _refill_models(self) -> None:
        make = self.make.currentText().strip().casefold()
        self._refill(self.model, sorted({v.model for v in self._matching() if v.make.casefold() == make}))
        self._refill_trims()

    def _refill_trims(self) -> None:
        make = self.make.currentText().strip().casefold()
        model = self.model.currentText().strip().casefold()
        self._refill(self.trim, sorted({v.trim for v in self._matching()
                                        if v.make.casefold() == make and v.model.casefold() == model}))

    def _year_edited(self) -> None:
        if not self._filling:
            self.yearEdited.emit()
            self._refill_makes()
            self._edited()

    def _make_edited(self) -> None:
        if not self._filling:
            self._refill_models()
            self._edited()

    def _model_edited(self) -> None:
        if not self._filling:
            self._refill_trims()
            self._edited()

    def _trim_edited(self) -> None:
        if not self._filling:
            self._edited()

    def _edited(self) -> None:
        self._update_note()
        listed = self.listed()
        if listed is not None:
            self.listedPicked.emit(listed)
        self.changed.emit()

    # --- search ---------------------------------------------------------------------------------
    def _search_typed(self, text: str) -> None:
        self._filter.set_text(text)
        if text.strip() and self._filter.rowCount():
            self.search.completer().complete()
        else:
            self.search.completer().popup().hide()
        self._update_search_message()

    def _update_search_message(self) -> None:
        translate = QCoreApplication.translate
        text = self.search.text().strip()
        narrowed = self._vin_make is not None or self._vin_year is not None
        if text and self._filter.rowCount() == 0:
            message = (translate("VehiclePicker", "No listed vehicle matches “{text}” for this VIN: it may not be on "
                                                  "Transport Canada's list. Type its make and model below.")
                       if narrowed else
                       translate("VehiclePicker", "No listed vehicle matches “{text}”: it is not on Transport "
                                                  "Canada's list (it may still qualify). Type its make and model "
                                                  "below.")).format(text=text)
        elif self._vin_maker and self._vin_make is None and self._vin_maker.strip():
            message = translate("VehiclePicker", "No listed vehicle is made by {maker} (from the VIN): it is not on "
                                                 "Transport Canada's list.").format(maker=self._vin_maker)
        elif narrowed:
            what = " ".join(str(part) for part in (self._vin_year, self._vin_make) if part is not None)
            message = translate("VehiclePicker", "Suggestions for {vehicle}, from the VIN: type, or press Down to "
                                                 "see them.").format(vehicle=what)
        else:
            message = ""
        if message != self._message:
            self._message = message
            self.searchChanged.emit()

    def _search_entered(self) -> None:
        self._filter.set_text(self.search.text())
        self._update_search_message()
        if self._filter.rowCount() == 1:
            self._picked_label(self._filter.index(0, 0).data())

    def _picked_label(self, label: str) -> None:
        vehicle = self._by_label.get(label)
        if vehicle is None:
            return
        self.pick(vehicle)
        QTimer.singleShot(0, self.search.clear)  # the completer writes the label back after this slot

    def pick(self, vehicle: ListedVehicle) -> None:
        self.set_vehicle(vehicle.model_year, vehicle.make, vehicle.model, vehicle.trim)
        self.listedPicked.emit(vehicle)

    def _update_note(self) -> None:
        listed = self.listed()
        _, make, model, _ = self.texts()
        if listed is not None:
            text = (QCoreApplication.translate("VehiclePicker", "✓ On Transport Canada's list: {powertrain}, "
                                                                "Canadian-made.")
                    if listed.canadian_made else
                    QCoreApplication.translate("VehiclePicker", "✓ On Transport Canada's list: {powertrain}."))
            self.note.setText(text.format(powertrain=self._formatter.term(listed.powertrain.value)))
        elif make and model:
            self.note.setText(QCoreApplication.translate(
                "VehiclePicker", "Not on Transport Canada's list as typed: it may still qualify."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
