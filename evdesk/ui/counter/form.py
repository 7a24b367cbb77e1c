"""The sale form: every input the rules take, read into a `SaleRequest` or into messages per field.

The form knows no rule. It turns what was typed into request fields (amounts in the UI language's
style, countries by name or code, the VIN decoded for the fields it can fill) and shows, at the field,
why something typed cannot be used. What the rules make of the request is the result view's job; the
few things the form shows from the answer (the final transaction value, the cap in the price heading,
whether freight counts) come from the engine's evaluation, never from the policy directly.

Anything not asked is sent as not known (the import details default to "Not known"), so the engine
answers "not known" rather than a guess hidden in a folded section.

`SaleForm` lays the fields out and keeps them in step (autofill, dates, mode, language); the parts live
beside it: `inputs` (the plain widgets), `field_names`, `vin_field`, `form_text` (labels and messages)
and `form_reading` (the inputs into a `SaleRequest`).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from functools import cmp_to_key
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCollator, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evdesk.policy.loader import Policy
from evdesk.policy.vehicles import ListedVehicle
from evdesk.present.format import Formatter
from evdesk.present.glossary import explained
from evdesk.present.language import LOCALE_NAMES, Language
from evdesk.present.terms import PROVINCES
from evdesk.rules.request import SaleRequest, province_code
from evdesk.rules.result import Evaluation, RebateAnswer
from evdesk.rules.values import PartList
from evdesk.rules.vehicle import model_year_from_vin
from evdesk.ui.counter.field_names import (
    FIELD_OF_OBJECT,
    IMPORT_FIELDS,
    MNEMONIC_ORDER,
    MONEY_FIELDS,
    MONEY_OBJECT_NAMES,
    MOVABLE_PARTS,
    NOT_KNOWN_KM,
    NOT_KNOWN_KWH,
    NOT_KNOWN_MONEY,
    PRICE_PARTS,
)
from evdesk.ui.counter.fields import FieldBox
from evdesk.ui.counter.form_reading import FormReading, read_form
from evdesk.ui.counter.form_text import field_labels
from evdesk.ui.counter.vehicle_picker import VehiclePicker
from evdesk.ui.counter.vin_field import VinField
from evdesk.ui.settings import Mode
from evdesk.ui.widgets.accessible import name_inner_editors
from evdesk.ui.widgets.country_picker import CountryPicker
from evdesk.ui.widgets.date_field import DateField
from evdesk.ui.widgets.inputs import (
    code_combo,
    date_edit,
    fit_placeholder,
    form_layout,
    optional_spin_box,
    select_code,
    set_compact,
    spin_box,
    to_date,
)
from evdesk.ui.widgets.mnemonics import strip_mnemonic, with_mnemonics
from evdesk.ui.widgets.money_field import MoneyEdit, MoneyError, format_money_input
from evdesk.ui.widgets.wheel import guard_wheel
from evdesk.vin import VinFacts

__all__ = ["FormReading", "SaleForm"]  # FormReading is read()'s answer: importable from here too


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _wrapped_label(name: str, role: str, rich: bool = False) -> QLabel:
    """A label of the form's own (a heading, a hint, the FTV line) that wraps, styled by its role."""
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
    return label


class SaleForm(QWidget):
    changed = Signal()  # any input changed: re-read and re-evaluate
    provinceChosen = Signal(str)  # the user picked a province of registration ("" for not known): remember it

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
        # The dates that follow the sale date until the user sets them (then they are the user's own).
        self._follows_sale = {"claim_date": True, "registration_date": True}
        self._remembered_province = ""  # what a new check starts with: the counter's own province
        self._freight_touched = False
        self._year_left = False  # the user left the model year box: a short year is now an error
        self._rebate: RebateAnswer | None = None  # the engine's last answer, for the price headings
        # The parts other than the vehicle price and freight, under "counts" and under "does not count".
        self._part_groups: tuple[tuple[str, ...], tuple[str, ...]] = ((), MOVABLE_PARTS)
        self._ftv_stale = False  # the form holds something the engine cannot use: the FTV shown is the last one
        self._ftv_price_problem = False  # ...and it is in an amount the FTV adds up
        self._reserved_mnemonics: tuple[str, ...] = ()
        self._label_texts: dict[str, str] = {}
        self._pending_fields: set[str] = set()
        self._unsettled: set[str] = set()  # date fields being typed
        self._hidden_rows: set[str] = set()  # rows the mode does not ask (a consumer gives one price, no VIN...)
        self._vin_asked = False  # a consumer who has the VIN asked for its field
        # A dealer's deal shown to a consumer: (the price before taxes put in the one price field, the dealer's
        # vehicle price it replaced), so that going back to dealer mode gives the dealer's price again.
        self._folded: tuple[Decimal, Decimal] | None = None
        self._import_by_user = False  # the dealer opened or closed the import details: they stay so
        self._labels: dict[str, QLabel] = {}
        self.boxes: dict[str, FieldBox] = {}
        self._build()
        self.reset()

    # --- building -------------------------------------------------------------------------------
    def _row(self, form: QFormLayout, key: str, editor: QWidget, *extras: QWidget, lead: QLabel | None = None
             ) -> FieldBox:
        label = QLabel()
        label.setObjectName(f"{editor.objectName()}Label")
        label.setBuddy(editor)
        box = FieldBox(editor, *extras, lead=lead)
        form.addRow(label, box)
        form.addRow(box.notes)  # the message spans the label and field columns
        self._labels[key] = label
        self.boxes[key] = box
        return box

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 12, 16)
        outer.setSpacing(12)

        # The deal first: its dates and whether it is a purchase or a lease decide the answer (issue 8 §2).
        self.deal_group = QGroupBox()
        self.deal_group.setObjectName("dealGroup")
        deal = form_layout(self.deal_group)
        self.sale_date = date_edit("saleDateInput")
        self._row(deal, "sale_date", self.sale_date)
        self.deal_type = code_combo("dealTypeInput", ["purchase", "lease"])
        # The term starts empty: a lease whose term was not given is answered as waiting for it, never as
        # the full term's amount.
        self.lease_months = optional_spin_box("leaseMonthsInput", 120)
        self.lease_unit = QLabel()
        self.lease_unit.setObjectName("leaseMonthsUnit")
        self._row(deal, "deal_type", self.deal_type, self.lease_months, self.lease_unit)
        self.claim_date = date_edit("claimDateInput")
        self._row(deal, "claim_date", self.claim_date)
        self.condition = code_combo("conditionInput", ["new", "demonstrator", "used"])
        self.odometer = spin_box("odometerInput", NOT_KNOWN_KM, 2_000_000, NOT_KNOWN_KM)
        self.odometer.setSingleStep(100)
        self._row(deal, "condition", self.condition, self.odometer)
        outer.addWidget(self.deal_group)

        # The vehicle
        self.vehicle_group = QGroupBox()
        self.vehicle_group.setObjectName("vehicleGroup")
        vehicle = form_layout(self.vehicle_group)
        # A consumer is not asked for the VIN; this shows the field for one who has it.
        self.vin_toggle = QToolButton()
        self.vin_toggle.setObjectName("vinToggle")
        self.vin_toggle.setProperty("role", "disclosure")
        self.vin_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.vin_toggle.clicked.connect(self.ask_for_vin)
        vehicle.addRow(self.vin_toggle)
        self.vin_field = VinField()
        self.vin = self.vin_field.edit
        self.vin_verdict = self.vin_field.verdict
        self._row(vehicle, "vin", self.vin, lead=self.vin_verdict)
        self.picker = VehiclePicker(self._policy.vehicles, self.vehicle_group)
        self._row(vehicle, "search", self.picker.search)
        self._row(vehicle, "model_year", self.picker.year)
        self._row(vehicle, "make", self.picker.make)
        self._row(vehicle, "model", self.picker.model)
        self._row(vehicle, "trim", self.picker.trim)
        vehicle.addRow(self.picker.note)
        self.powertrain = code_combo("powertrainInput", ["", "BEV", "FCEV", "PHEV", "HEV", "ICE"])
        self._row(vehicle, "powertrain", self.powertrain)
        self.assembly = CountryPicker()
        self.assembly.setObjectName("assemblyInput")
        self._row(vehicle, "assembly", self.assembly)
        self.origin = CountryPicker()
        self.origin.setObjectName("originInput")
        self._row(vehicle, "origin", self.origin)
        outer.addWidget(self.vehicle_group)

        # Import details, under the vehicle they are about: for the dealer, folded until they decide the
        # answer (assembled in China, or in a free trade partner), then unfolded; "Not known" until said.
        self.import_toggle = QToolButton()
        self.import_toggle.setObjectName("importDetailsToggle")
        self.import_toggle.setCheckable(True)
        self.import_toggle.setChecked(False)
        self.import_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.import_toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.import_toggle.setProperty("role", "disclosure")
        self.import_toggle.toggled.connect(self._toggle_import)
        self.import_toggle.clicked.connect(self._import_toggled_by_user)
        outer.addWidget(self.import_toggle)
        self.import_details = QWidget()
        self.import_details.setObjectName("importDetails")
        details = form_layout(self.import_details)
        details.setContentsMargins(18, 0, 0, 0)
        self.import_note = _wrapped_label("importDetailsNote", "hint")
        details.addRow(self.import_note)
        self.quota_position = code_combo("quotaPositionInput", ["unknown", "within", "over"])
        self._row(details, "quota_position", self.quota_position)
        self.fta_origin = code_combo("ftaOriginInput", ["unknown", "yes", "no"])
        self._row(details, "fta_origin_met", self.fta_origin)
        self.import_kind = code_combo("importKindInput", ["commercial", "personal"])
        self._row(details, "import_kind", self.import_kind)
        self.import_details.setVisible(False)
        outer.addWidget(self.import_details)

        # The price, in the parts the cap counts and those it doesn't
        self.price_group = QGroupBox()
        self.price_group.setObjectName("priceGroup")
        price = QVBoxLayout(self.price_group)
        price.setSpacing(10)
        self.money: dict[str, MoneyEdit] = {}
        for name in MONEY_FIELDS:
            edit = MoneyEdit()
            edit.setObjectName(MONEY_OBJECT_NAMES[name])
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.money[name] = edit
        self._row(details, "fob_price", self.money["fob_price"])
        prices = form_layout(None)
        price.addLayout(prices)
        self.counted_heading = _wrapped_label("countedHeading", "subheading")
        prices.addRow(self.counted_heading)
        self._row(prices, "vehicle_price", self.money["vehicle_price"])
        # A consumer gives one price before taxes: this says what it should hold.
        self.cap_note = _wrapped_label("capNote", "hint", rich=True)
        prices.addRow(self.cap_note)
        self.excluded_heading = _wrapped_label("excludedHeading", "subheading")
        prices.addRow(self.excluded_heading)
        self._row(prices, "freight_pdi", self.money["freight_pdi"])
        self.freight_counted = QCheckBox()
        self.freight_counted.setObjectName("freightCountedInput")
        prices.addRow(self.freight_counted)
        # Under "does not count" until an answer says which parts count (the first comes before the first paint).
        for name in MOVABLE_PARTS:
            self._row(prices, name, self.money[name])
        self._prices = prices
        self.ftv_value = _wrapped_label("ftvValue", "total", rich=True)
        price.addWidget(self.ftv_value)
        outer.addWidget(self.price_group)

        # The buyer
        self.buyer_group = QGroupBox()
        self.buyer_group.setObjectName("buyerGroup")
        buyer = form_layout(self.buyer_group)
        self.buyer = code_combo("buyerInput", ["individual", "organization", "government", "carsharing"])
        self._row(buyer, "buyer", self.buyer)
        self.prior = spin_box("priorIncentivesInput", 0, 100_000, 0)
        self._row(buyer, "prior_incentives", self.prior)
        outer.addWidget(self.buyer_group)

        # The province of registration, and what its programs test: each not known until given
        self.province_group = QGroupBox()
        self.province_group.setObjectName("provinceGroup")
        provincial = form_layout(self.province_group)
        self.province = code_combo("provinceInput", ["", *PROVINCES])
        self._row(provincial, "province", self.province)
        self._row(provincial, "msrp", self.money["msrp"])
        self._row(provincial, "msrp_options", self.money["msrp_options"])
        self.registration_date = date_edit("registrationDateInput")
        self._row(provincial, "registration_date", self.registration_date)
        self.battery = QDoubleSpinBox()
        self.battery.setObjectName("batteryInput")
        self.battery.setRange(NOT_KNOWN_KWH, 500.0)
        self.battery.setDecimals(2)
        self.battery.setSingleStep(0.1)
        self.battery.setValue(NOT_KNOWN_KWH)
        self._row(provincial, "battery_kwh", self.battery)
        outer.addWidget(self.province_group)
        outer.addStretch(1)

        self._wheel_guard = guard_wheel(self)
        self._base_widths = {edit: edit.minimumWidth() for edit in self._placeholder_edits()}
        self._compact = False
        self._connect()
        self._set_tab_order()
        self.retranslate()

    def _connect(self) -> None:
        self.vin.textChanged.connect(self._vin_typed)
        self.vin.editingFinished.connect(self._vin_finished)
        self.picker.changed.connect(self._emit)
        self.picker.yearEdited.connect(self._year_edited)
        self.picker.year.lineEdit().editingFinished.connect(self._year_finished)
        self.picker.listedPicked.connect(self._listed_picked)
        self.picker.searchChanged.connect(self._show_search_state)
        self.powertrain.currentIndexChanged.connect(lambda: self._user_changed("powertrain"))
        self.origin.changed.connect(lambda: self._user_changed("origin"))
        self.assembly.changed.connect(lambda: self._user_changed("assembly"))
        for edit in self.money.values():
            edit.textChanged.connect(self._emit)
        self.freight_counted.toggled.connect(self._freight_toggled)
        self.sale_date.dateChanged.connect(self._sale_date_changed)
        self.claim_date.dateChanged.connect(lambda: self._following_date_changed("claim_date"))
        for edit in self.date_fields().values():
            edit.edited.connect(self._emit)  # a date being typed, or refused: the answer waits, and says so
        self.deal_type.currentIndexChanged.connect(self._deal_type_changed)
        self.condition.currentIndexChanged.connect(self._condition_changed)
        for widget in (self.lease_months, self.odometer, self.prior):
            widget.valueChanged.connect(self._emit)
        for combo in (self.buyer, self.quota_position, self.fta_origin, self.import_kind):
            combo.currentIndexChanged.connect(self._emit)
        self.province.activated.connect(self._province_picked)
        self.province.currentIndexChanged.connect(self._emit)
        self.registration_date.dateChanged.connect(lambda: self._following_date_changed("registration_date"))
        self.battery.valueChanged.connect(self._emit)

    def _placeholder_edits(self) -> list[QLineEdit]:
        return [self.vin, self.picker.search, *self.date_fields().values(), *self.money.values()]

    @property
    def compact(self) -> bool:
        return self._compact

    def set_compact(self, compact: bool) -> None:
        """Labels above their fields, for a narrow window (150 % scaling on a laptop): the answer gets the
        room, and no field is squeezed."""
        if compact != self._compact:
            self._compact = compact
            set_compact(self, compact)

    def date_fields(self) -> dict[str, DateField]:
        return {"sale_date": self.sale_date, "claim_date": self.claim_date,
                "registration_date": self.registration_date}

    def input_widgets(self) -> list[QWidget]:
        """Every input, top to bottom: the tab order."""
        return [self.sale_date, self.deal_type, self.lease_months, self.claim_date, self.condition, self.odometer,
                self.vin_toggle, self.vin, *self.picker.widgets(), self.powertrain, self.assembly, self.origin,
                self.import_toggle, self.quota_position, self.fta_origin, self.import_kind, self.money["fob_price"],
                self.money["vehicle_price"], *(self.money[name] for name in self._part_groups[0]),
                self.money["freight_pdi"], self.freight_counted, *(self.money[name] for name in self._part_groups[1]),
                self.buyer, self.prior,
                self.province, self.money["msrp"], self.money["msrp_options"], self.registration_date, self.battery]

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
        self.buyer_group.setTitle(self.tr("The buyer"))
        labels = field_labels(f)
        if self._mode == "consumer":
            labels["vehicle_price"] = self.tr("Price before taxes")
        for key, text in labels.items():
            self.boxes[key].editor.setAccessibleName(text)
        self.picker.year.setAccessibleName(labels["model_year"])
        self.vin_toggle.setText(self.tr("I have the VIN: enter it"))
        self.vin_toggle.setAccessibleName(self.tr("Enter the VIN"))
        self._show_cap_note()
        self.import_note.setText(self.tr("Ask the importer: these decide the import duty and whether the vehicle "
                                         "counts against the China EV quota."))
        # A check box's text does not wrap, so it stays short; the heading above it and the tooltip say more.
        self._label_texts = {**labels, "freight_counted": self.tr("Count freight and PDI"),
                             "import_toggle": self.tr("Import details")}
        self._apply_mnemonics()
        self.vin.setPlaceholderText(self.tr("17 characters, optional"))
        self.freight_counted.setAccessibleName(self._label_texts["freight_counted"])
        self.freight_counted.setAccessibleDescription(self.tr("Count freight and PDI in the final transaction value"))
        self.freight_counted.setToolTip(self.tr("Count freight and PDI in the final transaction value. Until you "
                                                "change it, this follows the policy's assumption."))
        self.import_toggle.setAccessibleName(self._label_texts["import_toggle"])
        self.import_details.setAccessibleName(self._label_texts["import_toggle"])
        zero = format_money_input(Decimal(0), self._language)
        for name in MONEY_FIELDS:
            self.money[name].setPlaceholderText(self.tr("Not known") if name in NOT_KNOWN_MONEY else zero)
        self.province_group.setTitle(self.tr("Provincial incentive"))
        self._fill_provinces()
        self.money["msrp"].setToolTip(self.tr("The manufacturer's suggested retail price of this version, not the "
                                              "negotiated price: Québec's and Manitoba's limits test it."))
        self.money["msrp_options"].setToolTip(self.tr("The manufacturer's option groups and add-ons to the "
                                                      "powertrain or battery: Québec adds them to the MSRP since "
                                                      "November 10, 2025. Enter 0 if there are none."))
        self.battery.setSuffix(" kWh")
        self.battery.setSpecialValueText(self.tr("Not known"))
        self.battery.setToolTip(self.tr("Québec pays plug-in hybrids by battery capacity."))
        items = {
            self.powertrain: [self.tr("Not known"), *(_capitalised(f.term(code))
                                                   for code in ("BEV", "FCEV", "PHEV", "HEV", "ICE"))],
            self.deal_type: [self.tr("Purchase"), self.tr("Lease")],
            self.condition: [self.tr("New"), self.tr("Demonstrator"), self.tr("Used")],
            self.buyer: [_capitalised(f.term(code))
                         for code in ("individual", "organization", "government", "carsharing")],
            self.quota_position: [self.tr("Not known"), self.tr("Entered within the quota (with a permit)"),
                                  self.tr("Entered over the quota")],
            self.fta_origin: [self.tr("Not known"), self.tr("Yes"), self.tr("No")],
            self.import_kind: [self.tr("Commercial import"), self.tr("Personal import")],
        }
        for combo, texts in items.items():
            for index, text in enumerate(texts):
                combo.setItemText(index, text)
        self.lease_unit.setText(self.tr("months"))
        self.lease_months.setAccessibleName(self.tr("Lease term in months"))
        self.lease_months.lineEdit().setPlaceholderText(self.tr("term"))
        self.odometer.setSuffix(" km")
        self.odometer.setSpecialValueText(self.tr("not known"))
        self.odometer.setAccessibleName(self.tr("Odometer (km)"))
        self._show_price_headings()
        self._show_ftv()
        # The words a consumer may not know (PDI, FOB…) explained where they appear: evdesk.present.glossary
        for key, label in self._labels.items():
            label.setToolTip(explained(self._label_texts.get(key, "")))
        self._update_date_hints()
        self._show_vin_state()
        self.picker.retranslate()
        self.origin.retranslate()
        self.assembly.retranslate()
        self._show_picker_states()
        self._show_search_state()
        for edit, base in self._base_widths.items():
            fit_placeholder(edit, base, 24 if isinstance(edit, DateField) else 0)
        name_inner_editors(self)

    def set_reserved_mnemonics(self, letters: tuple[str, ...]) -> None:
        """Letters the window's menu bar uses (Alt+F...): the form's labels leave them alone."""
        if letters != self._reserved_mnemonics:
            self._reserved_mnemonics = letters
            self._apply_mnemonics()

    def _apply_mnemonics(self) -> None:
        order = [key for key in MNEMONIC_ORDER if key in self._label_texts]
        order += [key for key in self._label_texts if key not in order]  # a new field still gets its label
        # The fields this mode shows get their letters first: a hidden label's shortcut never fires.
        order.sort(key=lambda key: key in self._hidden_rows)
        marked = dict(zip(order, with_mnemonics([self._label_texts[key] for key in order],
                                                self._reserved_mnemonics), strict=True))
        for key, text in marked.items():
            if key == "freight_counted":
                self.freight_counted.setText(text)
            elif key == "import_toggle":
                self.import_toggle.setText(text)
            else:
                self._labels[key].setText(text)

    def mnemonic_texts(self) -> dict[str, str]:
        """Every label, checkbox and button text with its "&", by field: for tests and the window."""
        texts = {key: label.text() for key, label in self._labels.items()}
        texts["freight_counted"] = self.freight_counted.text()
        texts["import_toggle"] = self.import_toggle.text()
        return texts

    def set_language(self, language: Language) -> None:
        if language == self._language:
            return  # already in it (a LanguageChange event retranslates when the catalogue changes)
        self._language = language
        self._formatter = Formatter(language)
        with self.quiet():
            for edit in self.money.values():
                edit.set_language(language)
            self.origin.set_language(language)
            self.assembly.set_language(language)
            self.picker.set_formatter(self._formatter)
            for edit in (self.sale_date, self.claim_date, self.registration_date, self.battery):
                edit.setLocale(QLocale(LOCALE_NAMES[language]))
        self.retranslate()

    def set_mode(self, mode: Mode, counted_total: Decimal | None = None) -> None:
        """`counted_total`: the dealer's final transaction value, for the consumer's one price (see
        `_carry_price`)."""
        if mode == self._mode:
            return
        with self.quiet():  # one change, in the new mode: not one for the price carried over in the old
            self._carry_price(mode, counted_total)
            self._mode = mode
            self._show_mode_rows()
            self.retranslate()  # the price's label is the consumer's "Price before taxes"
            self._emit()  # what the form reads depends on the mode

    @property
    def folded_price(self) -> Decimal | None:
        """The price before taxes the consumer's form was given from the dealer's parts, while it shows it."""
        return self._folded[0] if self._folded is not None else None

    def _carry_price(self, mode: Mode, counted_total: Decimal | None) -> None:
        """The consumer's form has one price, before taxes, which the parts the dealer counts toward the cap
        (options, accessories, fees) are part of: it shows their total, so the answer stays this deal's. Back
        in dealer mode, the dealer's vehicle price returns, less what the consumer took off if they changed it."""
        price = self.money["vehicle_price"]
        try:
            shown = price.amount()
        except MoneyError:
            return  # what is being typed stays as typed
        if mode == "consumer":
            self._folded = None
            if shown is not None and counted_total is not None and counted_total != shown:
                price.set_amount(counted_total)
                self._folded = (counted_total, shown)
            return
        if self._folded is None:
            return
        total, vehicle = self._folded
        self._folded = None
        if shown == total:
            price.set_amount(vehicle)
        elif shown is not None and shown >= total - vehicle:  # a new price before taxes: the parts stay as typed
            price.set_amount(shown - (total - vehicle))

    def _show_mode_rows(self) -> None:
        """A consumer sees one price before taxes, no claim date, no import details and no VIN unless they
        ask for it; the dealer sees every field. A hidden field reads as not given."""
        dealer = self._mode == "dealer"
        hidden: set[str] = set()
        if not dealer:
            hidden |= {"claim_date", *PRICE_PARTS[1:]}
            if not self._vin_asked and not self.vin.text():  # a VIN given (pasted, filled, a deal) stays shown
                hidden.add("vin")
        for key in self.boxes:
            self._set_row_shown(key, key not in hidden)
        import_rows = {"import_toggle", *IMPORT_FIELDS}
        self._hidden_rows = hidden | (set() if dealer else {"freight_counted", *import_rows})
        self.vin_toggle.setVisible("vin" in hidden)
        for widget in (self.counted_heading, self.excluded_heading, self.freight_counted, self.ftv_value,
                       self.import_toggle):
            widget.setVisible(dealer)
        self.cap_note.setVisible(not dealer)
        self.import_details.setVisible(dealer and self.import_toggle.isChecked())
        self._apply_mnemonics()
        self._narrow_picker()  # a VIN the form does not show narrows nothing either

    def _set_row_shown(self, key: str, shown: bool) -> None:
        box = self.boxes[key]
        self._labels[key].setVisible(shown)
        box.setVisible(shown)
        box.shown = shown
        box.update_notes()

    def ask_for_vin(self) -> None:
        """A consumer has the VIN after all: its field appears, with the focus."""
        self._vin_asked = True
        self._show_mode_rows()
        self.vin.setFocus(Qt.FocusReason.OtherFocusReason)
        self._emit()

    def set_policy(self, policy: Policy) -> None:
        self._policy = policy
        self.picker.set_vehicles(policy.vehicles)
        self._emit()

    # --- what the engine made of the price ------------------------------------------------------
    def _show_price_headings(self) -> None:
        rebate = self._rebate
        if rebate is not None and rebate.cap_applies is False:
            counted = self.tr("Counts toward the final transaction value (no cap: Canadian-made)")
            excluded = self.tr("Does not count toward the final transaction value")
        elif rebate is not None and rebate.cap is not None:
            counted = self.tr("Counts toward the {cap} cap").format(cap=self._formatter.money(rebate.cap))
            excluded = self.tr("Does not count toward the cap")
        else:
            counted = self.tr("Counts toward the cap")
            excluded = self.tr("Does not count toward the cap")
        self.counted_heading.setText(counted)
        self.excluded_heading.setText(excluded)

    def _arrange_parts(self, rebate: RebateAnswer) -> None:
        """Each part of the price under the heading the answer puts it: which parts count is the policy's
        (`evap.ftv_parts`), dated by the sale. Rows move only when that changes, keeping their widgets, values
        and focus."""
        counted = {part.name for part in rebate.ftv.parts if part.counted}
        groups = (tuple(name for name in MOVABLE_PARTS if name in counted),
                  tuple(name for name in MOVABLE_PARTS if name not in counted))
        if groups == self._part_groups:
            return
        self._part_groups = groups
        prices = self._prices
        for name in MOVABLE_PARTS:
            for widget in (self._labels[name], self.boxes[name].notes):
                prices.takeRow(prices.getWidgetPosition(widget)[0])
        for anchor, names in ((self.cap_note, groups[0]), (self.freight_counted, groups[1])):
            row = prices.getWidgetPosition(anchor)[0] + 1
            for name in names:
                prices.insertRow(row, self._labels[name], self.boxes[name])
                prices.insertRow(row + 1, self.boxes[name].notes)
                row += 2
        self._set_tab_order()

    def _show_cap_note(self) -> None:
        """A consumer's note under the one price: what counts toward the cap, as the last answer counted it (the
        policy's parts, freight and PDI as it assumes). Empty until there is an answer."""
        rebate = self._rebate
        if rebate is None:
            self.cap_note.clear()
            return
        counted = self._formatter.parts(PartList(part.name for part in rebate.ftv.parts if part.counted))
        left_out = PartList(part.name for part in rebate.ftv.parts if not part.counted)
        words = {"counted": html.escape(counted[:1].upper() + counted[1:]),  # as a sentence begins
                 "left_out": html.escape(self._formatter.parts(left_out))}
        # "Not counted: …" rather than "… do not count": a list of parts has no one grammatical number.
        text = (self.tr("<b>What counts toward the cap?</b> {counted}. Not counted: {left_out}.") if left_out
                else self.tr("<b>What counts toward the cap?</b> {counted}."))
        self.cap_note.setText(text.format(**words))

    def _show_ftv(self) -> None:
        rebate = self._rebate
        if self._ftv_stale and self._ftv_price_problem:
            text = self.tr("Final transaction value: <b>not known</b> (check the amounts marked above)")
        elif rebate is None or rebate.ftv.total is None:
            text = self.tr("Final transaction value: <b>not known</b> (enter the vehicle price)")
        else:
            text = self.tr("Final transaction value: <b>{ftv}</b>").format(ftv=self._formatter.money(rebate.ftv.total))
        self.ftv_value.setText(text)
        self.ftv_value.setToolTip(explained(text))
        self.ftv_value.setEnabled(not self._ftv_stale)  # greyed, like the answer, until the form can be used

    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        """What the engine made of the price: the final transaction value under the price groups, the cap
        in the heading, and (until the user ticks or unticks it) whether freight counts."""
        if evaluation is None:
            return
        rebate = evaluation.rebate
        self._rebate = rebate
        self._ftv_stale = False
        if not self._freight_touched and self.freight_counted.isChecked() != rebate.ftv.freight_pdi_counted:
            self.freight_counted.blockSignals(True)
            self.freight_counted.setChecked(rebate.ftv.freight_pdi_counted)
            self.freight_counted.blockSignals(False)
        self._arrange_parts(rebate)
        self._show_price_headings()
        self._show_ftv()
        self._show_cap_note()
        self._unfold_import_details(evaluation)

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
        if self._mode == "consumer" and self.vin.text() and "vin" in self._hidden_rows:
            self._show_mode_rows()  # a VIN given (pasted, filled, a saved deal): shown and read, not hidden
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
        facts = self.vin_field.decode_typed(text)
        with self.quiet():
            if facts is not None:
                self._fill_from_vin(facts)
            else:
                self.picker.set_vin(None, None)
            self._show_vin_state()
            self._emit()

    def _vin_finished(self) -> None:
        if self.vin_field.settle():
            self._show_vin_state()
            self._emit()

    def _fill_from_vin(self, facts: VinFacts) -> None:
        """The VIN gives the plant's country (final assembly) and the model year. Not the brand's home
        country: 3GN is Chevrolet Mexico, LRW Tesla Shanghai."""
        self._autofill("assembly", facts.assembly_country, self._picker_state(self.assembly),
                       self.assembly.set_code)
        year = model_year_from_vin(facts, to_date(self.sale_date.date()))
        if year is not None:
            self._autofill("model_year", str(year), self.picker.texts()[0], self.picker.set_year)
        self._narrow_picker()

    def _narrow_picker(self) -> None:
        """The search suggests only what the VIN can be: its model year and maker, while its field is shown."""
        facts = self.vin_field.facts
        if facts is None or "vin" in self._hidden_rows:
            self.picker.set_vin(None, None)
        else:
            self.picker.set_vin(model_year_from_vin(facts, to_date(self.sale_date.date())), facts.maker)

    @staticmethod
    def _picker_state(picker: CountryPicker) -> str | None:
        """What a country field holds, for autofill: its country, or what the user is typing there."""
        return picker.code() or picker.currentText().strip() or None

    def _show_search_state(self) -> None:
        self.boxes["search"].set_hint(self.picker.search_message() or None)

    def _show_vin_state(self) -> None:
        self.vin_field.show_state(self.boxes["vin"], self._formatter, to_date(self.sale_date.date()))

    # --- vehicle --------------------------------------------------------------------------------
    def _year_edited(self) -> None:
        """The user typed in the model year box itself: from now on the year is theirs, not the VIN's."""
        self._year_left = False
        if not self._autofilling:
            self._autofilled.pop("model_year", None)

    def _year_finished(self) -> None:
        if not self._year_left:
            self._year_left = True
            self._emit()

    def _listed_picked(self, listed: ListedVehicle) -> None:
        with self.quiet():
            self._autofill("powertrain", listed.powertrain.value, self.powertrain.currentData() or None,
                           lambda code: select_code(self.powertrain, code))

    # --- price, dates, deal ---------------------------------------------------------------------
    def _freight_toggled(self) -> None:
        self._freight_touched = True
        self._emit()

    def _sale_date_changed(self, date: QDate) -> None:
        with self.quiet():
            for name, edit in self._following_dates().items():
                if self._follows_sale[name]:
                    edit.blockSignals(True)
                    edit.setDate(date)
                    edit.blockSignals(False)
            if self.vin_field.facts is not None:
                self._fill_from_vin(self.vin_field.facts)  # the VIN's year letter is read against the sale date
                self._show_vin_state()
            self._emit()

    # --- the province of registration -----------------------------------------------------------
    def _fill_provinces(self) -> None:
        """The provinces by name in the UI language ("Île-du-Prince-Édouard" sorts under I in French)."""
        current = self.province.currentData() or ""
        f = self._formatter
        # Accents sort as letters: Île before Manitoba, not after Yukon.
        collator = QCollator(QLocale(LOCALE_NAMES[f.language]))
        names = sorted(PROVINCES, key=cmp_to_key(lambda a, b: collator.compare(f.province(a), f.province(b))))
        self.province.blockSignals(True)
        self.province.clear()
        self.province.addItem(self.tr("Not known"), "")
        for code in names:
            self.province.addItem(f.province(code), code)
        self.province.setCurrentIndex(max(self.province.findData(current), 0))
        self.province.blockSignals(False)

    def _province_picked(self) -> None:
        self.provinceChosen.emit(self.province.currentData() or "")

    def set_remembered_province(self, code: str | None) -> None:
        """The counter's own province, which every new check starts with; chosen now if none is."""
        self._remembered_province = code or ""
        if not self.province.currentData():
            select_code(self.province, self._remembered_province)

    def _following_dates(self) -> dict[str, DateField]:
        return {"claim_date": self.claim_date, "registration_date": self.registration_date}

    def _following_date_changed(self, name: str) -> None:
        self._follows_sale[name] = self._following_dates()[name].date() == self.sale_date.date()
        self._update_date_hints()
        self._emit()

    def _update_date_hints(self) -> None:
        own = {"claim_date": self.tr("The date the dealer submits the claim in the portal: it sets the amount."),
               "registration_date": self.tr("The date the vehicle is registered in the buyer's name: it sets "
                                            "Québec's amount.")}
        for name in self.date_fields():
            if name in self._unsettled:
                hint: str | None = self.tr("Finish the date, such as 2026-11-15, then press Tab; Alt+Down opens a "
                                           "calendar.")
            elif name in own:
                hint = self.tr("Follows the sale date until you change it.") if self._follows_sale[name] else own[name]
            else:
                hint = None
            self.boxes[name].set_hint(hint)

    def _deal_type_changed(self) -> None:
        lease = self.deal_type.currentData() == "lease"
        self.lease_months.setVisible(lease)
        self.lease_unit.setVisible(lease)
        self._emit()

    def _condition_changed(self) -> None:
        self.odometer.setVisible(self.condition.currentData() == "demonstrator")
        self._emit()

    def _toggle_import(self, shown: bool) -> None:
        self.import_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.import_details.setVisible(shown and self._mode == "dealer")

    def _import_toggled_by_user(self) -> None:
        self._import_by_user = True  # from now on the dealer decides whether they are shown
        if self.import_toggle.isChecked():
            for key in IMPORT_FIELDS:
                self._set_row_shown(key, True)

    def _unfold_import_details(self, evaluation: Evaluation) -> None:
        """Unfold the import details when one of them decides the answer (assembled in China: the quota
        entry; in a free trade partner: the rules of origin), showing the ones that do; fold them again
        when none does and none was given. Not once the dealer opened or closed them."""
        if self._mode != "dealer" or self._import_by_user:
            return
        tariff, quota = evaluation.tariff, evaluation.quota
        china = (quota.applies is True or tariff.depends_on == "quota_position"
                 or tariff.treatment in ("mfn_within_quota", "mfn_plus_surtax"))
        free_trade = tariff.agreement is not None or tariff.depends_on == "fta_origin"
        decides = china or free_trade
        if decides:
            for key in ("quota_position", "import_kind", "fob_price"):
                self._set_row_shown(key, china)
            self._set_row_shown("fta_origin_met", free_trade)
        if decides != self.import_toggle.isChecked() and (decides or not self.import_details_given(
                evaluation.request)):
            self.import_toggle.setChecked(decides)

    def show_field(self, name: str) -> None:
        """Show a field and put the focus in it ("Ask the importer" on the tariff card leads here)."""
        key = {"fta_origin": "fta_origin_met"}.get(name, name)
        if key in IMPORT_FIELDS:
            self.import_toggle.setChecked(True)
            self._set_row_shown(key, True)
        box = self.boxes.get(key)
        if box is not None and box.editor.isVisibleTo(self):
            box.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reading --------------------------------------------------------------------------------
    def read(self) -> FormReading:
        return read_form(self, dealer=self._mode == "dealer", freight_touched=self._freight_touched,
                         year_left=self._year_left, formatter=self._formatter,
                         registration_given=not self._follows_sale["registration_date"],
                         vin_asked="vin" not in self._hidden_rows)

    def field_label(self, name: str) -> str:
        """The label the user sees for a request field, to name it in the result's banner."""
        key = {"lease_months": "deal_type", "odometer_km": "condition"}.get(name, name)
        label = self._labels.get(key)
        return strip_mnemonic(label.text()) if label is not None else ""

    def show_errors(self, errors: dict[str, str], pending: dict[str, str] | None = None,
                    missing: dict[str, str] | None = None, unsettled: tuple[str, ...] = ()) -> None:
        pending = pending or {}
        missing = missing or {}
        self.boxes["deal_type"].set_hint(missing.get("lease_months"))  # neutral: not given yet is no error
        if set(unsettled) != self._unsettled:
            self._unsettled = set(unsettled)
            self._update_date_hints()
        for key, box in self.boxes.items():
            if key == "vin":
                continue  # the VIN field shows its own state, error or verdict
            box.set_message(errors.get(key))
        if "deal_type" in self.boxes:
            self.boxes["deal_type"].set_message(errors.get("lease_months"))
        self.boxes["condition"].set_message(errors.get("odometer_km"))
        self._pending_fields = set(pending)
        self._show_picker_states()
        if errors:
            self._ftv_stale = True
            counted = ("vehicle_price", *self._part_groups[0], "freight_pdi")
            self._ftv_price_problem = any(name in errors for name in counted)
            self._show_ftv()

    def _show_picker_states(self) -> None:
        for name in ("origin", "assembly"):
            self.boxes[name].set_hint(self.tr("Not chosen yet: press Tab or pick a country from the list.")
                                      if name in self._pending_fields else None)

    # --- setting (tests, the benchmark, New check) ----------------------------------------------
    def reset(self, today: QDate | None = None) -> None:
        """A blank form for the next customer: today's date, a new vehicle, an individual's purchase."""
        with self.quiet():
            self._autofilled.clear()
            self.vin.clear()
            self.picker.clear()
            self._year_left = False
            self.powertrain.setCurrentIndex(0)
            self.origin.set_code(None)
            self.assembly.set_code(None)
            for edit in self.money.values():
                edit.clear()
            # Whether freight counts follows the engine's answer (the policy's assumption) until touched.
            self._freight_touched = False
            self._follows_sale = dict.fromkeys(self._follows_sale, True)
            self.sale_date.setDate(today or QDate.currentDate())
            for edit in self._following_dates().values():
                edit.setDate(self.sale_date.date())
            self.deal_type.setCurrentIndex(0)
            self.lease_months.setValue(0)  # not given: a lease waits for its term
            self.condition.setCurrentIndex(0)
            self.odometer.setValue(NOT_KNOWN_KM)
            self.buyer.setCurrentIndex(0)
            self.prior.setValue(0)
            self.quota_position.setCurrentIndex(0)
            self.fta_origin.setCurrentIndex(0)
            self.import_kind.setCurrentIndex(0)
            self.import_toggle.setChecked(False)
            self._import_by_user = False
            self._vin_asked = False
            self._folded = None
            select_code(self.province, self._remembered_province)
            self.battery.setValue(NOT_KNOWN_KWH)
            self._deal_type_changed()
            self._condition_changed()
            self._show_mode_rows()
            self._update_date_hints()
            self._emit()

    def focus_first_field(self) -> None:
        """The VIN, where a barcode scanner types; a consumer, who is not asked for it, starts with the search."""
        first = self.vin if self.vin.isVisibleTo(self) or self._mode == "dealer" else self.picker.search
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_field(self, name: str, value: Any) -> None:
        """Set one input as a user would, by its `SaleRequest` field name ("vehicle_price") or its widget's
        object name ("priceInput"). For tests, benchmarks and scripts; emits `changed` like typing does.
        A country is typed and then settled, as when the user leaves the field."""
        name = FIELD_OF_OBJECT.get(name, name)
        text = "" if value is None else str(value)
        if name == "vin":
            self.vin.setText(text)
        elif name == "powertrain":
            select_code(self.powertrain, str(value) if value else "")
        elif name in ("origin", "assembly"):
            picker = self.origin if name == "origin" else self.assembly
            picker.setEditText(text)
            picker.settle()
        elif name in ("model_year", "make", "model", "trim"):
            combo = {"model_year": self.picker.year, "make": self.picker.make, "model": self.picker.model,
                     "trim": self.picker.trim}[name]
            combo.setEditText(text)
            if name == "model_year":
                self._year_finished()  # as if the user had left the box
        elif name in self.money:
            self.money[name].setText(text if not isinstance(value, Decimal) else format_money_input(
                value, self._language))
        elif name == "freight_pdi_in_ftv":
            self.freight_counted.setChecked(bool(value))
            self._freight_touched = True
            self._emit()
        elif name in ("sale_date", "claim_date"):
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(text)
            (self.sale_date if name == "sale_date" else self.claim_date).setDate(QDate(day.year, day.month, day.day))
        elif name == "lease_months":
            with self.quiet():
                select_code(self.deal_type, "purchase" if value is None else "lease")
                if value is not None:
                    self.lease_months.setValue(int(value))
        elif name == "odometer_km":
            self.odometer.setValue(NOT_KNOWN_KM if value is None else int(value))
        elif name == "prior_incentives":
            self.prior.setValue(int(value))
        elif name == "province":
            select_code(self.province, province_code(text) or "")  # "QC" or "CA-QC", as the request takes it
            self._province_picked()
        elif name == "registration_date":
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(text)
            self.registration_date.setDate(QDate(day.year, day.month, day.day))
        elif name == "battery_kwh":
            self.battery.setValue(NOT_KNOWN_KWH if value is None or text == "" else float(text))
        elif name in ("condition", "buyer", "quota_position", "fta_origin_met", "import_kind"):
            combo = {"condition": self.condition, "buyer": self.buyer, "quota_position": self.quota_position,
                     "fta_origin_met": self.fta_origin, "import_kind": self.import_kind}[name]
            select_code(combo, str(value))
        else:
            raise KeyError(f"no form field {name!r}")

    def fill(self, **values: Any) -> None:
        """Set several inputs as one change."""
        with self.quiet():
            for name, value in values.items():
                self.set_field(name, value)

    # --- a saved deal back in the form ----------------------------------------------------------
    def fill_request(self, request: SaleRequest) -> None:
        """Put a saved request back, as one change, so that reading the form gives that request again.
        The VIN goes first (it fills the assembly and model year), then every field as saved, so what the
        VIN would have filled never overrides what was saved. The form cannot say "not known" for a few
        fields the API can (the claim date, freight counted, prior incentives): those keep the form's
        meaning (the sale date, the policy's assumption, 0)."""
        saved = request.model_dump()
        with self.quiet():
            self.reset(QDate(request.sale_date.year, request.sale_date.month, request.sale_date.day))
            self.set_field("vin", request.vin)
            for name in ("model_year", "make", "model", "trim", "powertrain", "origin", "assembly"):
                self.set_field(name, saved[name])
            for name in MONEY_FIELDS:
                if saved[name] is not None:
                    self.set_field(name, saved[name])
            if request.freight_pdi_in_ftv is not None:
                self.set_field("freight_pdi_in_ftv", request.freight_pdi_in_ftv)
            if request.claim_date is not None:
                self.set_field("claim_date", request.claim_date)
            self.set_field("lease_months", request.lease_months)
            self.set_field("condition", request.condition.value)
            self.set_field("odometer_km", request.odometer_km)
            self.set_field("buyer", request.buyer.value)
            if request.prior_incentives is not None:
                self.set_field("prior_incentives", request.prior_incentives)
            for name in ("quota_position", "fta_origin_met", "import_kind"):
                self.set_field(name, saved[name].value)
            # The province as saved, also when it was not given: not the one this counter remembers, which
            # stays as it was (the combo is set directly, so nothing tells the window to remember it).
            select_code(self.province, request.province or "")
            if request.registration_date is not None:
                self.set_field("registration_date", request.registration_date)
            self.set_field("battery_kwh", request.battery_kwh)
            self.import_toggle.setChecked(self.import_details_given(request))

    @staticmethod
    def import_details_given(request: SaleRequest) -> bool:
        """Whether the saved request says anything the folded import details hold."""
        defaults = SaleRequest.model_fields
        return any(getattr(request, name) != defaults[name].default
                   for name in IMPORT_FIELDS)
