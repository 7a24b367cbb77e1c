"""The sale form's fields by `SaleRequest` name: which hold money, how the price groups them, and the
stable widget names (part of the UI's contract) that set them."""

from __future__ import annotations

from evdesk.terms import PricePartName

# The price's parts, in the order every answer lists them. Which count toward the cap is the policy's, so the
# form puts each under its heading as the last answer counted it (`SaleForm._arrange_parts`); the vehicle price
# always counts, and freight and PDI stay under "does not count" with the switch that decides whether they do.
PRICE_PARTS = tuple(part.value for part in PricePartName)
MOVABLE_PARTS = tuple(part for part in PRICE_PARTS if part not in ("vehicle_price", "freight_pdi"))
MONEY_FIELDS = (*PRICE_PARTS, "fob_price", "msrp", "msrp_options")
NOT_KNOWN_MONEY = ("vehicle_price", "fob_price", "msrp", "msrp_options")  # empty means not known, not $0
# The import details: folded under "Import details" for a dealer until one decides the answer.
IMPORT_FIELDS = ("quota_position", "fta_origin_met", "import_kind", "fob_price")
# A consumer gives one price before taxes (the vehicle price) and no import details: these read as not given.
CONSUMER_NOT_ASKED = (*PRICE_PARTS[1:], "fob_price")
# The order in which labels get an Alt+letter: what a dealer reaches for first gets the letter it starts with;
# the import details get theirs before the price's smaller parts (they decide the duty and the quota).
MNEMONIC_ORDER = ("vin", "vehicle_price", "sale_date", "deal_type", "search", "model_year", "make", "model", "trim",
                  "powertrain", "assembly", "origin", "import_toggle", "quota_position", "fta_origin_met",
                  "import_kind", "claim_date", "condition", "buyer", "prior_incentives", "province", "options",
                  "accessories", "dealer_fees", "freight_pdi", "freight_counted", "fob_price", "warranty",
                  "winter_tires", "charger", "msrp", "msrp_options", "registration_date", "battery_kwh")
MONEY_OBJECT_NAMES = {
    "vehicle_price": "priceInput", "options": "optionsInput", "accessories": "accessoriesInput",
    "dealer_fees": "dealerFeesInput", "freight_pdi": "freightInput", "warranty": "warrantyInput",
    "winter_tires": "winterTiresInput", "charger": "chargerInput", "fob_price": "fobPriceInput",
    "msrp": "msrpInput", "msrp_options": "msrpOptionsInput",
}
FIELD_OF_OBJECT = {  # the stable widget names → the request fields they set
    **{object_name: field for field, object_name in MONEY_OBJECT_NAMES.items()},
    "vinInput": "vin", "powertrainInput": "powertrain", "originInput": "origin", "assemblyInput": "assembly",
    "yearInput": "model_year", "makeInput": "make", "modelInput": "model", "trimInput": "trim",
    "freightCountedInput": "freight_pdi_in_ftv", "saleDateInput": "sale_date", "claimDateInput": "claim_date",
    "leaseMonthsInput": "lease_months", "conditionInput": "condition", "odometerInput": "odometer_km",
    "buyerInput": "buyer", "priorIncentivesInput": "prior_incentives", "quotaPositionInput": "quota_position",
    "ftaOriginInput": "fta_origin_met", "importKindInput": "import_kind",
    "provinceInput": "province", "registrationDateInput": "registration_date", "batteryInput": "battery_kwh",
}
NOT_KNOWN_KWH = -1.0  # the battery spin box's minimum, shown as "not known"
NOT_KNOWN_KM = -1  # the odometer spin box's minimum, shown as "not known"
