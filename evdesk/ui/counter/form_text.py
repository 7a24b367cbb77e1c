"""The words that name and judge the sale form's fields: each field's label, and why a value the request
refuses cannot be used, worded for the field that holds it.

The texts keep the translation context "SaleForm" they had as the form's own `tr()` calls, so the French
catalogue finds them where it always has.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from evdesk.present.format import Formatter
from evdesk.rules.request import FieldProblem, field_problems
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.ui.counter.field_names import MONEY_FIELDS, PRICE_PARTS
from evdesk.ui.counter.vin_field import vin_problem_text

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`


def field_labels(formatter: Formatter) -> dict[str, str]:
    """Each field's label by request field name (and "search" for the vehicle search), without mnemonics."""
    labels = {
        "vin": translate("SaleForm", "VIN"),
        "search": translate("SaleForm", "Find a vehicle"),
        "model_year": translate("SaleForm", "Model year"),
        "make": translate("SaleForm", "Make"),
        "model": translate("SaleForm", "Model"),
        "trim": translate("SaleForm", "Trim"),
        "powertrain": translate("SaleForm", "Powertrain"),
        "origin": translate("SaleForm", "Brand's home country"),
        "assembly": translate("SaleForm", "Final assembly in"),
        "sale_date": translate("SaleForm", "Sale or lease date"),
        "claim_date": translate("SaleForm", "Claim date"),
        "deal_type": translate("SaleForm", "Purchase or lease"),
        "condition": translate("SaleForm", "Condition"),
        "buyer": translate("SaleForm", "Buyer"),
        "prior_incentives": translate("SaleForm", "Incentives already received"),
        "quota_position": translate("SaleForm", "China EV quota"),
        "fta_origin_met": translate("SaleForm", "FTA rules of origin met"),
        "import_kind": translate("SaleForm", "Kind of import"),
        "fob_price": translate("SaleForm", "FOB price"),
        "province": translate("SaleForm", "Province of registration"),
        "msrp": translate("SaleForm", "MSRP of the version"),
        "msrp_options": translate("SaleForm", "Manufacturer's option groups"),
        "registration_date": translate("SaleForm", "Registration date"),
        "battery_kwh": translate("SaleForm", "Battery capacity"),
    }
    # The price parts are named as the answer names them.
    labels.update({name: formatter.term(name) for name in PRICE_PARTS})
    return labels


# The request's refusals by code (evdesk.problems), worded for the field that shows them: the value is in
# the field, so the message does not repeat it.
_PROBLEM_TEXTS = {
    "claim_before_sale": QT_TRANSLATE_NOOP("SaleForm", "The claim date cannot be before the sale date."),
    "registration_before_sale": QT_TRANSLATE_NOOP("SaleForm", "The registration date cannot be before the sale "
                                                              "date."),
    "not_a_province": QT_TRANSLATE_NOOP("SaleForm", "Not a province: pick one from the list."),
    "not_a_battery_capacity": QT_TRANSLATE_NOOP("SaleForm", "Not a battery capacity: type kWh, such as 13.8."),
    "battery_out_of_range": QT_TRANSLATE_NOOP("SaleForm", "Not a battery capacity: over 0 and at most {limit} kWh."),
    "battery_too_many_decimals": QT_TRANSLATE_NOOP("SaleForm", "At most two decimals: to 0.01 kWh."),
    "too_large": QT_TRANSLATE_NOOP("SaleForm", "Too large: at most {limit}."),
    "amount_too_large": QT_TRANSLATE_NOOP("SaleForm", "Too large: at most {limit}."),
    "too_small": QT_TRANSLATE_NOOP("SaleForm", "Too small: at least {limit}."),
    "negative": QT_TRANSLATE_NOOP("SaleForm", "Too small: at least {limit}."),
    "zero_price": QT_TRANSLATE_NOOP("SaleForm", "A price of 0 is not a sale price: leave it empty until it is "
                                                "known."),
    "too_long": QT_TRANSLATE_NOOP("SaleForm", "Too long: at most {count} characters."),
    "not_a_country_code": QT_TRANSLATE_NOOP("SaleForm", "Not a country code: pick a country from the list."),
    "not_an_amount": QT_TRANSLATE_NOOP("SaleForm", "Not an amount: type digits, such as 45000."),
    "too_many_decimals": QT_TRANSLATE_NOOP("SaleForm", "At most two decimals: dollars and cents."),
    "not_a_whole_number": QT_TRANSLATE_NOOP("SaleForm", "Type a whole number."),
    "not_a_date": QT_TRANSLATE_NOOP("SaleForm", "Not a real date."),
    "row_too_wide": QT_TRANSLATE_NOOP("SaleForm", "{cells} cells where the header has {columns}: a value may "
                                                  "hold an unquoted comma or separator."),
    "totals_row": QT_TRANSLATE_NOOP("SaleForm", "A line of totals, not a vehicle: not checked."),
    "formula_not_saved": QT_TRANSLATE_NOOP("SaleForm", "A formula whose result was never saved: open the "
                                                       "workbook in a spreadsheet program, save it, and check "
                                                       "it again."),
    "ambiguous_amount": QT_TRANSLATE_NOOP("SaleForm", "Ambiguous: a dot before three digits may group "
                                                      "thousands. Type {grouped} or {decimal}."),
    "unreadable_text": QT_TRANSLATE_NOOP("SaleForm", "Holds a character that cannot be shown: type it again."),
    "unprintable_character": QT_TRANSLATE_NOOP("SaleForm", "Holds a character that cannot be shown: type it "
                                                           "again."),
}
_ANY_OTHER = QT_TRANSLATE_NOOP("SaleForm", "This value cannot be used: pick or type it again.")


def problem_text(problem: FieldProblem, formatter: Formatter) -> str:
    """One refused field's message in the UI language, from the engine's code and parameters."""
    if problem.code.startswith("vin_"):
        return vin_problem_text(problem.code, problem.params)
    params = dict(problem.params)
    if problem.code == "negative":
        params["limit"] = Decimal(0)
    if problem.code == "too_long":
        params["count"] = params.pop("limit", "")
    if "limit" in params:
        params["limit"] = _limit_text(problem.field, params["limit"], formatter)
    if problem.code == "ambiguous_amount":  # the reading with cents, as this language writes it (65,00)
        with contextlib.suppress(ArithmeticError, ValueError, TypeError):
            params["decimal"] = formatter.number(Decimal(str(params["decimal"])), decimals=2)
    template = translate("SaleForm", _PROBLEM_TEXTS.get(problem.code, _ANY_OTHER))
    try:
        return template.format_map(params)
    except (KeyError, IndexError, ValueError):
        return translate("SaleForm", _ANY_OTHER)


def validation_messages(error: ValidationError, formatter: Formatter) -> dict[str, str]:
    """The request's refusals as one message per field (the first for each), in the UI language; a problem
    with the request as a whole is shown at the sale date."""
    messages: dict[str, str] = {}
    for field, problem in field_problems(error).items():
        messages.setdefault("sale_date" if field == "request" else field, problem_text(problem, formatter))
    return messages


def _limit_text(field: str, limit: object, formatter: Formatter) -> str:
    if field in MONEY_FIELDS and limit is not None:
        return formatter.money(Decimal(str(limit)))
    if isinstance(limit, int) and field != "model_year":
        return formatter.number(limit)
    return str(limit)
