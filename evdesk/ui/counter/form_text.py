"""The words that name and judge the sale form's fields: each field's label, and why a value the request
refuses cannot be used, worded for the field that holds it.

The texts keep the translation context "SaleForm" they had as the form's own `tr()` calls, so the French
catalogue finds them where it always has.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from evdesk.present.format import Formatter
from evdesk.ui.counter.field_names import COUNTED_PARTS, EXCLUDED_PARTS, MONEY_FIELDS

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
    labels.update({name: formatter.term(name) for name in COUNTED_PARTS + EXCLUDED_PARTS})
    return labels


def validation_messages(error: ValidationError, formatter: Formatter) -> dict[str, str]:
    """The request's refusals as one message per field (the first for each), in the UI language."""
    messages: dict[str, str] = {}
    for item in error.errors(include_url=False):
        field = str(item["loc"][0]) if item["loc"] else ""
        context = item.get("ctx") or {}
        kind = item["type"]
        if field in ("claim_date", "") and "before the sale date" in item["msg"]:
            # The engine: "the claim date 2026-05-01 is before the sale date 2026-06-01".
            field, text = "claim_date", translate("SaleForm", "The claim date cannot be before the sale date.")
        elif field == "registration_date" and "before the sale date" in item["msg"]:
            text = translate("SaleForm", "The registration date cannot be before the sale date.")
        elif kind in ("less_than_equal", "less_than"):
            limit = context.get("le", context.get("lt"))
            text = translate("SaleForm", "Too large: at most {limit}.").format(
                limit=_limit_text(field, limit, formatter))
        elif kind in ("greater_than_equal", "greater_than"):
            limit = context.get("ge", context.get("gt"))
            text = translate("SaleForm", "Too small: at least {limit}.").format(
                limit=_limit_text(field, limit, formatter))
        elif kind == "string_too_long":
            text = translate("SaleForm", "Too long: at most {count} characters.").format(
                count=context.get("max_length"))
        elif field in ("origin", "assembly"):
            text = translate("SaleForm", "Not a country code: pick a country from the list.")
        else:
            text = item["msg"].removeprefix("Value error, ")
        messages.setdefault(field or "sale_date", text)
    return messages


def _limit_text(field: str, limit: object, formatter: Formatter) -> str:
    if field in MONEY_FIELDS and limit is not None:
        return formatter.money(Decimal(str(limit)))
    return str(limit)
