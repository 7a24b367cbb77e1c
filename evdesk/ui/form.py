"""The sale form: every input the rules take, read into a `SaleRequest` or into messages per field.

The form knows no rule. It turns what was typed into request fields (amounts in the UI language's
style, countries by name or code, the VIN decoded for the fields it can fill) and shows, at the field,
why something typed cannot be used. What the rules make of the request is the result view's job.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from itertools import pairwise
from typing import Any, NamedTuple

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evdesk.policy.loader import Policy
from evdesk.policy.vehicles import ListedVehicle
from evdesk.present.format import Formatter
from evdesk.present.language import LOCALE_NAMES, Language
from evdesk.rules.request import SaleRequest
from evdesk.rules.result import Evaluation
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.ui.country_picker import CountryPicker
from evdesk.ui.fields import FieldBox
from evdesk.ui.money_field import MoneyEdit, MoneyError, format_money_input
from evdesk.ui.settings import Mode
from evdesk.ui.vehicle_picker import VehiclePicker, is_year
from evdesk.vin import VIN_LENGTH, VinError, VinFacts, decode_vin

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

MONEY_FIELDS = ("vehicle_price", "options", "accessories", "dealer_fees", "freight_pdi", "warranty",
                "winter_tires", "charger", "fob_price")
COUNTED_PARTS = ("vehicle_price", "options", "accessories", "dealer_fees")
EXCLUDED_PARTS = ("freight_pdi", "warranty", "winter_tires", "charger")
IMPORT_FIELDS = ("quota_position", "fta_origin_met", "import_kind", "fob_price")
CONSUMER_IMPORT_ASSUMPTIONS = {"quota_position": "within", "fta_origin_met": "yes", "import_kind": "commercial"}
_OBJECT_NAMES = {
    "vehicle_price": "priceInput", "options": "optionsInput", "accessories": "accessoriesInput",
    "dealer_fees": "dealerFeesInput", "freight_pdi": "freightInput", "warranty": "warrantyInput",
    "winter_tires": "winterTiresInput", "charger": "chargerInput", "fob_price": "fobPriceInput",
}
FIELD_OF_OBJECT = {  # the stable widget names (part of the UI's contract) → the request fields they set
    **{object_name: field for field, object_name in _OBJECT_NAMES.items()},
    "vinInput": "vin", "powertrainInput": "powertrain", "originInput": "origin", "assemblyInput": "assembly",
    "yearInput": "model_year", "makeInput": "make", "modelInput": "model", "trimInput": "trim",
    "freightCountedInput": "freight_pdi_in_ftv", "saleDateInput": "sale_date", "claimDateInput": "claim_date",
    "leaseMonthsInput": "lease_months", "conditionInput": "condition", "odometerInput": "odometer_km",
    "buyerInput": "buyer", "priorIncentivesInput": "prior_incentives", "quotaPositionInput": "quota_position",
    "ftaOriginInput": "fta_origin_met", "importKindInput": "import_kind",
}
_NOT_KNOWN_KM = -1  # the odometer spin box's minimum, shown as "not known"
_EARLIEST = QDate(2000, 1, 1)
_LATEST = QDate(2099, 12, 31)


class FormReading(NamedTuple):
    request: SaleRequest | None  # None when a field cannot be used
    errors: dict[str, str]  # request field name → translated message


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _combo(name: str, codes: list[str]) -> QComboBox:
    """Item data are strings, "" for "not known": PySide6 6.12 under-counts a None read back from item
    data (or from an unset property), which crashes the interpreter at exit after enough reads."""
    combo = QComboBox()
    combo.setObjectName(name)
    for code in codes:
        combo.addItem("", code)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def _spin(name: str, minimum: int, maximum: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(minimum, maximum)
    spin.setValue(value)
    spin.setGroupSeparatorShown(True)
    spin.setAccelerated(True)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    return spin


def _date(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")  # the Canadian numeric date in both languages; unambiguous
    edit.setDateRange(_EARLIEST, _LATEST)
    return edit


def _select(combo: QComboBox, code: Any) -> None:
    index = combo.findData(code)
    if index < 0:
        raise ValueError(f"{combo.objectName()}: no choice {code!r}")
    combo.setCurrentIndex(index)


_VIN_MESSAGES = (
    (re.compile(r"A VIN never contains the letters I, O or Q \(found '(?P<ch>.)' at position (?P<position>\d+)\)"),
     QT_TRANSLATE_NOOP("VinField", "A VIN never contains the letters I, O or Q (found “{ch}” at position "
                                   "{position}).")),
    (re.compile(r"A VIN has only letters and digits \(found a space at position (?P<position>\d+)\)"),
     QT_TRANSLATE_NOOP("VinField", "A VIN has only letters and digits (found a space at position {position}).")),
    (re.compile(r"A VIN has only letters and digits \(found (?P<what>.+) at position (?P<position>\d+)\)"),
     QT_TRANSLATE_NOOP("VinField", "A VIN has only letters and digits (found {what} at position {position}).")),
    (re.compile(r"A VIN has 17 characters; this one has (?P<count>\d+)"),
     QT_TRANSLATE_NOOP("VinField", "A VIN has 17 characters; this one has {count}.")),
)


def _still_typing(text: str) -> bool:
    """Fewer than 17 characters, all of them ones a VIN may hold: not an error yet, only unfinished."""
    return len(text) < VIN_LENGTH and text.isascii() and text.isalnum() and not set(text.upper()) & set("IOQ")


def vin_error_text(error: VinError) -> str:
    """The decoder's message in the UI language. The decoder speaks English in a few known sentences;
    anything else is shown as it is."""
    message = str(error)
    for pattern, template in _VIN_MESSAGES:
        match = pattern.search(message)
        if match:
            return translate("VinField", template).format(**match.groupdict())
    return message


class SaleForm(QWidget):
    changed = Signal()  # any input changed: re-read and re-evaluate

    def __init__(self, policy: Policy, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saleForm")
        self._policy = policy
        self._language: Language = "en"
        self._formatter = Formatter("en")
        self._mode: Mode = "dealer"
        self._quiet = 0
        self._pending_change = False
        self._autofilled: dict[str, Any] = {}  # field → the value the VIN or the list put there
        self._autofilling = False
        self._claim_follows_sale = True
        self._freight_touched = False
        self._vin_facts: VinFacts | None = None
        self._vin_error: str | None = None
        self._labels: dict[str, QLabel] = {}
        self.boxes: dict[str, FieldBox] = {}
        self._build()
        self.reset()

    # --- building -------------------------------------------------------------------------------
    def _row(self, form: QFormLayout, key: str, editor: QWidget, *extras: QWidget) -> FieldBox:
        label = QLabel()
        label.setObjectName(f"{editor.objectName()}Label")
        label.setBuddy(editor)
        box = FieldBox(editor, *extras)
        form.addRow(label, box)
        self._labels[key] = label
        self.boxes[key] = box
        return box

    @staticmethod
    def _form_layout(parent: QWidget | None) -> QFormLayout:
        form = QFormLayout(parent) if parent is not None else QFormLayout()
        # At 150 % scaling or in a narrow window, a field moves under its label rather than being clipped.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        return form

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 12, 16)
        outer.setSpacing(14)

        # The vehicle
        self.vehicle_group = QGroupBox()
        self.vehicle_group.setObjectName("vehicleGroup")
        vehicle = self._form_layout(self.vehicle_group)
        self.vin = QLineEdit()
        self.vin.setObjectName("vinInput")
        self.vin.setMaxLength(40)  # room for a pasted VIN with spaces around it; the decoder says what's wrong
        # A fixed-pitch face tells 0 from O and 1 from I, and a whole VIN stays in view.
        self.vin.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.vin.setMinimumWidth(self.vin.fontMetrics().horizontalAdvance("W" * 18))
        self.vin_verdict = QLabel()
        self.vin_verdict.setObjectName("vinVerdict")
        self.vin_verdict.setProperty("role", "verdict")
        self.vin_verdict.setWordWrap(True)
        self._row(vehicle, "vin", self.vin, self.vin_verdict)
        self.picker = VehiclePicker(self._policy.vehicles, self.vehicle_group)
        self._row(vehicle, "search", self.picker.search)
        self._row(vehicle, "model_year", self.picker.year)
        self._row(vehicle, "make", self.picker.make)
        self._row(vehicle, "model", self.picker.model)
        self._row(vehicle, "trim", self.picker.trim)
        vehicle.addRow(self.picker.note)
        self.powertrain = _combo("powertrainInput", ["", "BEV", "FCEV", "PHEV", "HEV", "ICE"])
        self._row(vehicle, "powertrain", self.powertrain)
        self.origin = CountryPicker()
        self.origin.setObjectName("originInput")
        self._row(vehicle, "origin", self.origin)
        self.assembly = CountryPicker()
        self.assembly.setObjectName("assemblyInput")
        self._row(vehicle, "assembly", self.assembly)
        outer.addWidget(self.vehicle_group)

        # The price, in the parts the cap counts and those it doesn't
        self.price_group = QGroupBox()
        self.price_group.setObjectName("priceGroup")
        price = QVBoxLayout(self.price_group)
        price.setSpacing(10)
        self.money: dict[str, MoneyEdit] = {}
        for name in MONEY_FIELDS:
            edit = MoneyEdit()
            edit.setObjectName(_OBJECT_NAMES[name])
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.money[name] = edit
        prices = self._form_layout(None)
        price.addLayout(prices)
        self.counted_heading = QLabel()
        self.counted_heading.setObjectName("countedHeading")
        self.counted_heading.setProperty("role", "subheading")
        prices.addRow(self.counted_heading)
        for name in COUNTED_PARTS:
            self._row(prices, name, self.money[name])
        self.excluded_heading = QLabel()
        self.excluded_heading.setObjectName("excludedHeading")
        self.excluded_heading.setProperty("role", "subheading")
        prices.addRow(self.excluded_heading)
        for name in EXCLUDED_PARTS:
            self._row(prices, name, self.money[name])
            if name == "freight_pdi":
                self.freight_counted = QCheckBox()
                self.freight_counted.setObjectName("freightCountedInput")
                prices.addRow(self.freight_counted)
        self.ftv_value = QLabel()
        self.ftv_value.setObjectName("ftvValue")
        self.ftv_value.setProperty("role", "total")
        self.ftv_value.setWordWrap(True)
        self.ftv_value.setTextFormat(Qt.TextFormat.RichText)
        price.addWidget(self.ftv_value)
        outer.addWidget(self.price_group)

        # The deal
        self.deal_group = QGroupBox()
        self.deal_group.setObjectName("dealGroup")
        deal = self._form_layout(self.deal_group)
        self.sale_date = _date("saleDateInput")
        self._row(deal, "sale_date", self.sale_date)
        self.claim_date = _date("claimDateInput")
        self._row(deal, "claim_date", self.claim_date)
        self.deal_type = _combo("dealTypeInput", ["purchase", "lease"])
        self.lease_months = _spin("leaseMonthsInput", 1, 120, 48)
        self._row(deal, "deal_type", self.deal_type, self.lease_months)
        self.condition = _combo("conditionInput", ["new", "demonstrator", "used"])
        self.odometer = _spin("odometerInput", _NOT_KNOWN_KM, 2_000_000, _NOT_KNOWN_KM)
        self.odometer.setSingleStep(100)
        self._row(deal, "condition", self.condition, self.odometer)
        self.buyer = _combo("buyerInput", ["individual", "organization", "government", "carsharing"])
        self._row(deal, "buyer", self.buyer)
        self.prior = _spin("priorIncentivesInput", 0, 100_000, 0)
        self._row(deal, "prior_incentives", self.prior)
        outer.addWidget(self.deal_group)

        # Import details: for the dealer, folded away until needed
        self.import_toggle = QToolButton()
        self.import_toggle.setObjectName("importDetailsToggle")
        self.import_toggle.setCheckable(True)
        self.import_toggle.setChecked(False)
        self.import_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.import_toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.import_toggle.setProperty("role", "disclosure")
        self.import_toggle.toggled.connect(self._toggle_import)
        outer.addWidget(self.import_toggle)
        self.import_details = QWidget()
        self.import_details.setObjectName("importDetails")
        details = self._form_layout(self.import_details)
        details.setContentsMargins(18, 0, 0, 0)
        self.quota_position = _combo("quotaPositionInput", ["within", "over", "unknown"])
        self._row(details, "quota_position", self.quota_position)
        self.fta_origin = _combo("ftaOriginInput", ["yes", "no", "unknown"])
        self._row(details, "fta_origin_met", self.fta_origin)
        self.import_kind = _combo("importKindInput", ["commercial", "personal"])
        self._row(details, "import_kind", self.import_kind)
        self._row(details, "fob_price", self.money["fob_price"])
        self.import_details.setVisible(False)
        outer.addWidget(self.import_details)
        outer.addStretch(1)

        self._connect()
        self._set_tab_order()
        self.retranslate()

    def _connect(self) -> None:
        self.vin.textChanged.connect(self._vin_typed)
        self.vin.editingFinished.connect(self._vin_finished)
        self.picker.changed.connect(self._vehicle_changed)
        self.picker.listedPicked.connect(self._listed_picked)
        self.powertrain.currentIndexChanged.connect(lambda: self._user_changed("powertrain"))
        self.origin.changed.connect(lambda: self._user_changed("origin"))
        self.assembly.changed.connect(lambda: self._user_changed("assembly"))
        for edit in self.money.values():
            edit.textChanged.connect(self._emit)
        self.freight_counted.toggled.connect(self._freight_toggled)
        self.sale_date.dateChanged.connect(self._sale_date_changed)
        self.claim_date.dateChanged.connect(self._claim_date_changed)
        self.deal_type.currentIndexChanged.connect(self._deal_type_changed)
        self.condition.currentIndexChanged.connect(self._condition_changed)
        for widget in (self.lease_months, self.odometer, self.prior):
            widget.valueChanged.connect(self._emit)
        for combo in (self.buyer, self.quota_position, self.fta_origin, self.import_kind):
            combo.currentIndexChanged.connect(self._emit)

    def input_widgets(self) -> list[QWidget]:
        """Every input, top to bottom: the tab order."""
        return [self.vin, *self.picker.widgets(), self.powertrain, self.origin, self.assembly,
                *(self.money[name] for name in COUNTED_PARTS), self.money["freight_pdi"], self.freight_counted,
                *(self.money[name] for name in EXCLUDED_PARTS[1:]), self.sale_date, self.claim_date,
                self.deal_type, self.lease_months, self.condition, self.odometer, self.buyer, self.prior,
                self.import_toggle, self.quota_position, self.fta_origin, self.import_kind, self.money["fob_price"]]

    def _set_tab_order(self) -> None:
        widgets = self.input_widgets()
        for before, after in pairwise(widgets):
            QWidget.setTabOrder(before, after)

    # --- words ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        f = self._formatter
        self.vehicle_group.setTitle(self.tr("Vehicle"))
        self.price_group.setTitle(self.tr("Price"))
        self.deal_group.setTitle(self.tr("The deal"))
        self.import_toggle.setText(self.tr("Import details"))
        self.excluded_heading.setText(self.tr("Does not count toward the cap"))
        labels = {
            "vin": self.tr("VIN"),
            "search": self.tr("Find a vehicle"),
            "model_year": self.tr("Model year"),
            "make": self.tr("Make"),
            "model": self.tr("Model"),
            "trim": self.tr("Trim"),
            "powertrain": self.tr("Powertrain"),
            "origin": self.tr("Brand's home country"),
            "assembly": self.tr("Final assembly in"),
            "sale_date": self.tr("Sale or lease date"),
            "claim_date": self.tr("Claim date"),
            "deal_type": self.tr("Purchase or lease"),
            "condition": self.tr("Condition"),
            "buyer": self.tr("Buyer"),
            "prior_incentives": self.tr("Incentives already received"),
            "quota_position": self.tr("China EV quota"),
            "fta_origin_met": self.tr("FTA rules of origin met"),
            "import_kind": self.tr("Kind of import"),
            "fob_price": self.tr("FOB price"),
        }
        labels.update({name: f.term(name) for name in COUNTED_PARTS + EXCLUDED_PARTS})
        for key, text in labels.items():
            self._labels[key].setText(text)
            self.boxes[key].editor.setAccessibleName(text)
        self.picker.year.setAccessibleName(labels["model_year"])
        self.vin.setPlaceholderText(self.tr("17 characters, optional"))
        self.freight_counted.setText(self.tr("Count freight and PDI toward the cap"))
        self.freight_counted.setAccessibleName(self.freight_counted.text())
        self.freight_counted.setToolTip(self.tr("The program's Q&A leaves freight and PDI out; tick this to count "
                                            "them if the program says otherwise."))
        self.import_toggle.setAccessibleName(self.tr("Import details"))
        self.import_details.setAccessibleName(self.tr("Import details"))
        self.money["vehicle_price"].setPlaceholderText(self.tr("Not known"))
        zero = format_money_input(Decimal(0), self._language)
        for name in MONEY_FIELDS:
            if name != "vehicle_price":
                self.money[name].setPlaceholderText(zero)
        self.money["fob_price"].setPlaceholderText(self.tr("Not known"))
        items = {
            self.powertrain: [self.tr("Not known"), *(_capitalised(f.term(code))
                                                   for code in ("BEV", "FCEV", "PHEV", "HEV", "ICE"))],
            self.deal_type: [self.tr("Purchase"), self.tr("Lease")],
            self.condition: [self.tr("New"), self.tr("Demonstrator"), self.tr("Used")],
            self.buyer: [_capitalised(f.term(code))
                         for code in ("individual", "organization", "government", "carsharing")],
            self.quota_position: [self.tr("Entered within the quota (with a permit)"),
                                  self.tr("Entered over the quota"), self.tr("Not known")],
            self.fta_origin: [self.tr("Yes"), self.tr("No"), self.tr("Not known")],
            self.import_kind: [self.tr("Commercial import"), self.tr("Personal import")],
        }
        for combo, texts in items.items():
            for index, text in enumerate(texts):
                combo.setItemText(index, text)
        self.lease_months.setSuffix(self.tr(" months"))
        self.lease_months.setAccessibleName(self.tr("Lease term in months"))
        self.odometer.setSuffix(" km")
        self.odometer.setSpecialValueText(self.tr("not known"))
        self.odometer.setAccessibleName(self.tr("Odometer (km)"))
        self._update_cap_title(None)
        self._update_claim_hint()
        self._show_vin_state()
        self.picker.retranslate()
        self.origin.retranslate()
        self.assembly.retranslate()

    def set_language(self, language: Language) -> None:
        self._language = language
        self._formatter = Formatter(language)
        with self.quiet():
            for edit in self.money.values():
                edit.set_language(language)
            self.origin.set_language(language)
            self.assembly.set_language(language)
            self.picker.set_formatter(self._formatter)
            for edit in (self.sale_date, self.claim_date):
                edit.setLocale(QLocale(LOCALE_NAMES[language]))
        self.retranslate()

    def set_mode(self, mode: Mode) -> None:
        if mode == self._mode:
            return
        self._mode = mode
        dealer = mode == "dealer"
        self.import_toggle.setVisible(dealer)
        self.import_details.setVisible(dealer and self.import_toggle.isChecked())
        self._emit()  # the import details count only in dealer mode

    def set_policy(self, policy: Policy) -> None:
        self._policy = policy
        self.picker.set_vehicles(policy.vehicles)
        self._update_cap_title(None)
        self._emit()

    def _update_cap_title(self, cap: Decimal | None) -> None:
        if cap is None:
            caps = self._policy.data.evap.ftv_cap
            window = caps.at(_to_date(self.sale_date.date())) or caps.values[-1]
            cap = window.value
        self.counted_heading.setText(self.tr("Counts toward the {cap} cap").format(cap=self._formatter.money(cap)))

    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        """What the engine made of the price: the final transaction value under the price groups."""
        if evaluation is None:
            return
        rebate = evaluation.rebate
        self._update_cap_title(rebate.cap)
        total = rebate.ftv.total
        if total is None:
            self.ftv_value.setText(self.tr("Final transaction value: <b>not known</b> (enter the vehicle price)"))
        else:
            self.ftv_value.setText(self.tr("Final transaction value: <b>{ftv}</b>").format(
                ftv=self._formatter.money(total)))

    # --- change bookkeeping ---------------------------------------------------------------------
    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Several inputs change as one: one `changed` at the end, not one per input."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1
            if self._quiet == 0 and self._pending_change:
                self._pending_change = False
                self.changed.emit()

    def _emit(self) -> None:
        if self._quiet:
            self._pending_change = True
        else:
            self.changed.emit()

    def _user_changed(self, field: str) -> None:
        if not self._autofilling:
            self._autofilled.pop(field, None)  # the user's own choice: never overwritten again
        self._emit()

    def _autofill(self, field: str, value: Any, current: Any, apply: Callable[[Any], None]) -> None:
        """Fill `field` from the VIN or the list only if it is empty or still holds what we filled."""
        if value is None:
            return
        if current is not None and current != "" and self._autofilled.get(field) != current:
            return
        if current == value:
            self._autofilled[field] = value
            return
        self._autofilling = True
        try:
            apply(value)
        finally:
            self._autofilling = False
        self._autofilled[field] = value

    # --- VIN ------------------------------------------------------------------------------------
    def _vin_typed(self, text: str) -> None:
        self._vin_facts = None
        self._vin_error = None
        stripped = text.strip()
        if stripped:
            try:
                self._vin_facts = decode_vin(stripped)
            except VinError as error:
                if not _still_typing(stripped):
                    self._vin_error = vin_error_text(error)  # a wrong character is worth saying at once
        with self.quiet():
            if self._vin_facts is not None:
                self._fill_from_vin(self._vin_facts)
            self._show_vin_state()
            self._emit()

    def _vin_finished(self) -> None:
        stripped = self.vin.text().strip()
        if stripped and self._vin_facts is None and self._vin_error is None:
            try:
                decode_vin(stripped)
            except VinError as error:
                self._vin_error = vin_error_text(error)
            self._show_vin_state()
            self._emit()

    def _fill_from_vin(self, facts: VinFacts) -> None:
        self._autofill("assembly", facts.assembly_country, self.assembly.code(), self.assembly.set_code)
        self._autofill("origin", facts.assembly_country, self.origin.code(), self.origin.set_code)
        sale_year = self.sale_date.date().year()
        plausible = [year for year in facts.model_years if year <= sale_year + 1]
        if plausible:
            self._autofill("model_year", str(plausible[0]), self.picker.texts()[0], self.picker.set_year)

    def _show_vin_state(self) -> None:
        box = self.boxes["vin"]
        facts = self._vin_facts
        stripped = self.vin.text().strip()
        if self._vin_error:
            self.vin_verdict.setText("")
            self.vin_verdict.setProperty("status", "")
            box.set_message(self._vin_error)
            box.set_hint(None)
        elif facts is not None:
            valid = facts.check_digit == "valid"
            self.vin_verdict.setText(self.tr("✓ Check digit valid") if valid else
                                     self.tr("⚠ Check digit doesn't match"))
            self.vin_verdict.setProperty("status", "good" if valid else "warn")
            box.set_message(None)
            parts = [facts.maker or facts.wmi]
            if facts.assembly_country:
                parts.append(self.tr("assembled in {country}").format(
                    country=self._formatter.country(facts.assembly_country)))
            if facts.model_years:
                parts.append(self.tr("model year {year}").format(year=facts.model_years[0]))
            hint = " · ".join(parts)
            if not valid:
                hint += "\n" + self.tr("The check digit (9th character) should be {expected}: look for a typing "
                                   "error. Some VINs from outside North America carry none.").format(
                    expected=facts.check_digit_expected)
            box.set_hint(hint)
        elif stripped:
            self.vin_verdict.setText(self.tr("{count} of 17").format(count=len(stripped)))
            self.vin_verdict.setProperty("status", "")
            box.set_message(None)
            box.set_hint(None)
        else:
            self.vin_verdict.setText("")
            box.set_message(None)
            box.set_hint(None)
        self.vin_verdict.style().unpolish(self.vin_verdict)
        self.vin_verdict.style().polish(self.vin_verdict)
        self.vin_verdict.setVisible(bool(self.vin_verdict.text()))

    # --- vehicle --------------------------------------------------------------------------------
    def _vehicle_changed(self) -> None:
        if not self._autofilling:
            self._autofilled.pop("model_year", None)
        self._emit()

    def _listed_picked(self, listed: ListedVehicle) -> None:
        with self.quiet():
            self._autofill("powertrain", listed.powertrain.value, self.powertrain.currentData() or None,
                           lambda code: _select(self.powertrain, code))

    # --- price, dates, deal ---------------------------------------------------------------------
    def _freight_toggled(self) -> None:
        self._freight_touched = True
        self._emit()

    def _sale_date_changed(self, date: QDate) -> None:
        with self.quiet():
            if self._claim_follows_sale:
                self.claim_date.blockSignals(True)
                self.claim_date.setDate(date)
                self.claim_date.blockSignals(False)
            self._update_cap_title(None)
            self._emit()

    def _claim_date_changed(self) -> None:
        self._claim_follows_sale = self.claim_date.date() == self.sale_date.date()
        self._update_claim_hint()
        self._emit()

    def _update_claim_hint(self) -> None:
        self.boxes["claim_date"].set_hint(
            self.tr("Follows the sale date until you change it.") if self._claim_follows_sale else
            self.tr("The date the dealer submits the claim in the portal: it sets the amount."))

    def _deal_type_changed(self) -> None:
        self.lease_months.setVisible(self.deal_type.currentData() == "lease")
        self._emit()

    def _condition_changed(self) -> None:
        self.odometer.setVisible(self.condition.currentData() == "demonstrator")
        self._emit()

    def _toggle_import(self, shown: bool) -> None:
        self.import_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.import_details.setVisible(shown and self._mode == "dealer")

    # --- reading --------------------------------------------------------------------------------
    def read(self) -> FormReading:
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}

        if self._vin_error:
            errors["vin"] = self._vin_error
        elif self._vin_facts is not None:
            values["vin"] = self._vin_facts.vin
        values["powertrain"] = self.powertrain.currentData() or None
        for name, picker in (("origin", self.origin), ("assembly", self.assembly)):
            if picker.error():
                errors[name] = picker.error() or ""
            values[name] = picker.code()
        year, make, model, trim = self.picker.texts()
        if year and not is_year(year):
            errors["model_year"] = self.tr("Type a model year such as 2026.")
        values.update(model_year=int(year) if is_year(year) else None, make=make or None, model=model or None,
                      trim=trim or None)

        for name, edit in self.money.items():
            if name == "fob_price" and self._mode != "dealer":
                continue
            try:
                amount = edit.amount()
            except MoneyError as error:
                errors[name] = str(error)
                continue
            if amount is not None or name in ("vehicle_price", "fob_price"):
                values[name] = amount
        if self._freight_touched:
            values["freight_pdi_in_ftv"] = self.freight_counted.isChecked()

        values["sale_date"] = _to_date(self.sale_date.date())
        values["claim_date"] = _to_date(self.claim_date.date())
        values["lease_months"] = self.lease_months.value() if self.deal_type.currentData() == "lease" else None
        values["condition"] = self.condition.currentData()
        if values["condition"] == "demonstrator":
            km = self.odometer.value()
            values["odometer_km"] = None if km == _NOT_KNOWN_KM else km
        values["buyer"] = self.buyer.currentData()
        values["prior_incentives"] = self.prior.value()
        if self._mode == "dealer":
            values["quota_position"] = self.quota_position.currentData()
            values["fta_origin_met"] = self.fta_origin.currentData()
            values["import_kind"] = self.import_kind.currentData()
        else:
            # A consumer sees no import details, so none of the dealer's hidden choices apply; the answer
            # assumes the usual case for a vehicle a dealer sells new, as `evdesk check` does by default.
            values.update(CONSUMER_IMPORT_ASSUMPTIONS)

        if errors:
            return FormReading(None, errors)
        try:
            return FormReading(SaleRequest(**values), {})
        except ValidationError as error:
            return FormReading(None, self._validation_messages(error))

    def _validation_messages(self, error: ValidationError) -> dict[str, str]:
        messages: dict[str, str] = {}
        for item in error.errors(include_url=False):
            field = str(item["loc"][0]) if item["loc"] else ""
            context = item.get("ctx") or {}
            kind = item["type"]
            if not field and "claim date" in item["msg"]:
                field, text = "claim_date", self.tr("The claim date cannot be before the sale date.")
            elif kind in ("less_than_equal", "less_than"):
                limit = context.get("le", context.get("lt"))
                text = self.tr("Too large: at most {limit}.").format(limit=self._limit_text(field, limit))
            elif kind in ("greater_than_equal", "greater_than"):
                limit = context.get("ge", context.get("gt"))
                text = self.tr("Too small: at least {limit}.").format(limit=self._limit_text(field, limit))
            elif kind == "string_too_long":
                text = self.tr("Too long: at most {count} characters.").format(count=context.get("max_length"))
            elif field in ("origin", "assembly"):
                text = self.tr("Not a country code: pick a country from the list.")
            else:
                text = item["msg"].removeprefix("Value error, ")
            messages.setdefault(field or "sale_date", text)
        return messages

    def _limit_text(self, field: str, limit: object) -> str:
        if field in MONEY_FIELDS and limit is not None:
            return self._formatter.money(Decimal(str(limit)))
        return str(limit)

    def field_label(self, name: str) -> str:
        """The label the user sees for a request field, to name it in the result's banner."""
        key = {"lease_months": "deal_type", "odometer_km": "condition"}.get(name, name)
        label = self._labels.get(key)
        return label.text() if label is not None else ""

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, box in self.boxes.items():
            if key == "vin":
                continue  # the VIN field shows its own state, error or verdict
            box.set_message(errors.get(key))
        if "deal_type" in self.boxes:
            self.boxes["deal_type"].set_message(errors.get("lease_months"))
        self.boxes["condition"].set_message(errors.get("odometer_km"))

    # --- setting (tests, the benchmark, New check) ----------------------------------------------
    def reset(self, today: QDate | None = None) -> None:
        """A blank form for the next customer: today's date, a new vehicle, an individual's purchase."""
        with self.quiet():
            self._autofilled.clear()
            self.vin.clear()
            self.picker.clear()
            self.powertrain.setCurrentIndex(0)
            self.origin.set_code(None)
            self.assembly.set_code(None)
            for edit in self.money.values():
                edit.clear()
            self.freight_counted.blockSignals(True)
            caps = self._policy.data.evap.freight_pdi_in_ftv
            self.freight_counted.setChecked(bool(caps.values[-1].value))
            self.freight_counted.blockSignals(False)
            self._freight_touched = False
            self._claim_follows_sale = True
            self.sale_date.setDate(today or QDate.currentDate())
            self.claim_date.setDate(self.sale_date.date())
            self.deal_type.setCurrentIndex(0)
            self.lease_months.setValue(48)
            self.condition.setCurrentIndex(0)
            self.odometer.setValue(_NOT_KNOWN_KM)
            self.buyer.setCurrentIndex(0)
            self.prior.setValue(0)
            self.quota_position.setCurrentIndex(0)
            self.fta_origin.setCurrentIndex(0)
            self.import_kind.setCurrentIndex(0)
            self.import_toggle.setChecked(False)
            self._deal_type_changed()
            self._condition_changed()
            self._update_claim_hint()
            self._emit()

    def set_field(self, name: str, value: Any) -> None:
        """Set one input as a user would, by its `SaleRequest` field name ("vehicle_price") or its widget's
        object name ("priceInput"). For tests, benchmarks and scripts; emits `changed` like typing does."""
        name = FIELD_OF_OBJECT.get(name, name)
        text = "" if value is None else str(value)
        if name == "vin":
            self.vin.setText(text)
        elif name == "powertrain":
            _select(self.powertrain, str(value) if value else "")
        elif name in ("origin", "assembly"):
            picker = self.origin if name == "origin" else self.assembly
            picker.setEditText(text)
            picker.lineEdit().editingFinished.emit()
        elif name in ("model_year", "make", "model", "trim"):
            combo = {"model_year": self.picker.year, "make": self.picker.make, "model": self.picker.model,
                     "trim": self.picker.trim}[name]
            combo.setEditText(text)
        elif name in self.money:
            self.money[name].setText(text if not isinstance(value, Decimal) else format_money_input(
                value, self._language))
        elif name == "freight_pdi_in_ftv":
            self.freight_counted.setChecked(bool(value))
        elif name in ("sale_date", "claim_date"):
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(text)
            (self.sale_date if name == "sale_date" else self.claim_date).setDate(QDate(day.year, day.month, day.day))
        elif name == "lease_months":
            with self.quiet():
                _select(self.deal_type, "purchase" if value is None else "lease")
                if value is not None:
                    self.lease_months.setValue(int(value))
        elif name == "odometer_km":
            self.odometer.setValue(_NOT_KNOWN_KM if value is None else int(value))
        elif name == "prior_incentives":
            self.prior.setValue(int(value))
        elif name in ("condition", "buyer", "quota_position", "fta_origin_met", "import_kind"):
            combo = {"condition": self.condition, "buyer": self.buyer, "quota_position": self.quota_position,
                     "fta_origin_met": self.fta_origin, "import_kind": self.import_kind}[name]
            _select(combo, str(value))
        else:
            raise KeyError(f"no form field {name!r}")

    def fill(self, **values: Any) -> None:
        """Set several inputs as one change."""
        with self.quiet():
            for name, value in values.items():
                self.set_field(name, value)
