"""A checked row opened in the counter form: the form is cleared, then set field by field as a user would
set it, so the counter answers exactly the request the inventory check answered."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from evdesk.rules.request import SaleRequest

if TYPE_CHECKING:
    from evdesk.ui.counter.form import SaleForm

# In the order a user fills them: the VIN first (it may fill the assembly and the year), the sale date
# before the claim date (the claim date follows the sale date until set).
FORM_FIELDS = ("vin", "model_year", "make", "model", "trim", "powertrain", "origin", "assembly", "vehicle_price",
               "options", "accessories", "dealer_fees", "freight_pdi", "warranty", "winter_tires", "charger",
               "sale_date", "claim_date", "lease_months", "condition", "odometer_km", "buyer", "prior_incentives",
               "quota_position", "fta_origin_met", "import_kind", "fob_price")


def form_values(request: SaleRequest) -> dict[str, Any]:
    """The form's inputs for `request`: what is not known stays empty (never made up)."""
    values: dict[str, Any] = {}
    for name in FORM_FIELDS:
        value = getattr(request, name)
        if value is None and name != "lease_months":  # no lease term: a purchase, which the form must be told
            continue
        values[name] = value
    if request.freight_pdi_in_ftv is not None:
        values["freight_pdi_in_ftv"] = request.freight_pdi_in_ftv
    return values


def open_in_form(form: SaleForm, request: SaleRequest) -> None:
    with form.quiet():  # one re-evaluation, once every field is set
        form.reset()
        form.fill(**form_values(request))
