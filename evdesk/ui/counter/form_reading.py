"""Reading the sale form: what was typed, turned into a `SaleRequest`, or into a message per field that
says why it cannot be used.

Anything not asked is sent as not known, so the engine answers "not known" rather than a guess.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from evdesk.present.format import Formatter
from evdesk.rules.request import SaleRequest
from evdesk.ui.counter.field_names import CONSUMER_NOT_ASKED, NOT_KNOWN_KM, NOT_KNOWN_KWH, NOT_KNOWN_MONEY
from evdesk.ui.counter.form_text import validation_messages
from evdesk.ui.counter.vehicle_picker import is_year
from evdesk.ui.counter.vin_field import vin_error_text
from evdesk.ui.widgets.inputs import to_date
from evdesk.ui.widgets.money_field import MoneyError

if TYPE_CHECKING:
    from evdesk.ui.counter.form import SaleForm

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

YEAR_DIGITS = 4  # fewer digits in the model year box: still typing, not an error


class FormReading(NamedTuple):
    request: SaleRequest | None  # None when a field cannot be used, or the answer waits for one
    errors: dict[str, str]  # request field name → translated message
    # Request field → text typed but not settled (a country half typed): sent as not known, and the
    # answer is not final (no statement) until the user finishes.
    pending: dict[str, str] = {}  # noqa: RUF012 (NamedTuple default; never mutated)
    # Request field → what to give: the answer cannot be worked out without it (a lease's term), and is not
    # worked out with a made-up one.
    missing: dict[str, str] = {}  # noqa: RUF012
    # Date fields still being typed: the answer keeps their last whole date, and the statement waits.
    unsettled: tuple[str, ...] = ()


def read_form(form: SaleForm, *, dealer: bool, freight_touched: bool, year_left: bool,
              formatter: Formatter, registration_given: bool = False, vin_asked: bool = False) -> FormReading:
    """Read `form`'s inputs. What the inputs do not show comes as arguments: the mode (a consumer is not
    asked the import details, the claim date, the price's parts, nor the VIN unless `vin_asked`: each
    reads as not given), whether the user set "count freight" themselves, whether they left the model
    year box (a short year is then an error, not typing in progress), and whether the registration date
    is their own (while it follows the sale date it is sent as not given, and the answer says so)."""
    errors: dict[str, str] = {}
    pending: dict[str, str] = {}
    missing: dict[str, str] = {}
    unsettled: list[str] = []
    values: dict[str, Any] = {}

    vin = form.vin_field
    if not (dealer or vin_asked):
        pass  # a consumer who did not ask for the VIN field gave none, whatever the dealer typed there
    elif vin.error is not None:
        errors["vin"] = vin_error_text(vin.error)
    elif vin.facts is not None:
        values["vin"] = vin.facts.vin
    values["powertrain"] = form.powertrain.currentData() or None
    for name, picker in (("origin", form.origin), ("assembly", form.assembly)):
        error = picker.error()
        if error:
            errors[name] = error
        elif picker.pending() is not None:
            pending[name] = picker.pending() or ""  # not a country yet: sent as not known
        values[name] = picker.code()
    year, make, model, trim = form.picker.texts()
    model_year = None
    if year and is_year(year) and len(year) >= YEAR_DIGITS:
        model_year = int(year)
    elif year and (not is_year(year) or year_left):
        errors["model_year"] = translate("SaleForm", "Type a model year such as 2026.")
    # else: one to three digits, still typing: not an error yet, and not a year to evaluate
    values.update(model_year=model_year, make=make or None, model=model or None, trim=trim or None)

    for name, edit in form.money.items():
        if not dealer and name in CONSUMER_NOT_ASKED:
            continue
        try:
            amount = edit.amount()
        except MoneyError as error:
            errors[name] = str(error)
            continue
        if amount is not None or name in NOT_KNOWN_MONEY:
            values[name] = amount
    if freight_touched and dealer:
        values["freight_pdi_in_ftv"] = form.freight_counted.isChecked()

    for name, field in form.date_fields().items():
        if name == "claim_date" and not dealer:
            continue  # not asked: the claim is the sale date's
        if field.error() is not None:
            errors[name] = field.error() or ""
        elif field.pending() is not None:
            unsettled.append(name)
    values["sale_date"] = to_date(form.sale_date.date())
    if dealer:
        values["claim_date"] = to_date(form.claim_date.date())
    if form.deal_type.currentData() == "lease":
        if form.lease_months.is_given():
            values["lease_months"] = form.lease_months.value()
        else:
            missing["lease_months"] = translate("SaleForm", "Enter the lease term in months: the rebate depends "
                                                            "on it.")
    else:
        values["lease_months"] = None
    values["condition"] = form.condition.currentData()
    if values["condition"] == "demonstrator":
        km = form.odometer.value()
        values["odometer_km"] = None if km == NOT_KNOWN_KM else km
    values["buyer"] = form.buyer.currentData()
    values["prior_incentives"] = form.prior.value()
    if dealer:
        values["quota_position"] = form.quota_position.currentData()
        values["fta_origin_met"] = form.fta_origin.currentData()
        values["import_kind"] = form.import_kind.currentData()
    # A consumer is not asked about the import: quota position and rules of origin stay not known
    # (the request's defaults), and the answer says what each case would mean.
    values["province"] = form.province.currentData() or None
    if registration_given:
        values["registration_date"] = to_date(form.registration_date.date())
    kwh = form.battery.value()
    values["battery_kwh"] = None if kwh == NOT_KNOWN_KWH else Decimal(f"{kwh:.2f}")

    if errors or missing:
        return FormReading(None, errors, pending, missing, tuple(unsettled))
    try:
        return FormReading(SaleRequest(**values), {}, pending, {}, tuple(unsettled))
    except ValidationError as error:
        return FormReading(None, validation_messages(error, formatter), pending, {}, tuple(unsettled))
