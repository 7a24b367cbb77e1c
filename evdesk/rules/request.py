"""What the user tells us about one sale or lease. Validated strictly: a bad field is refused with a
message naming it; a field left empty stays `None` ("not known"), never a made-up default."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)

from evdesk.rules.terms import Buyer, Condition, ImportKind, Powertrain, QuotaPosition, Tri

MAX_AMOUNT = Decimal("10000000")  # no single vehicle sale line is ten million dollars


@cache
def iso_country_codes() -> frozenset[str]:
    import pycountry  # loaded once, on first use: it reads a JSON database

    return frozenset(country.alpha_2 for country in pycountry.countries)


def _country_code(value: object) -> object:
    if isinstance(value, str):
        value = value.strip().upper()
        if value == "":
            return None
        if value == "UK":  # what people type for the United Kingdom; ISO says GB
            return "GB"
    return value


def _known_country(value: str | None) -> str | None:
    if value is not None and value not in iso_country_codes():
        raise ValueError(f"'{value}' is not an ISO 3166 two-letter country code")
    return value


def _amount(value: object) -> object:
    if isinstance(value, float):
        value = repr(value)  # keep what was typed, not its binary approximation
    if isinstance(value, str):
        # Locale-aware parsing ("45 000,00") belongs to the window; here a number is digits and a point.
        return value.strip() or None
    return value


CountryCode = Annotated[str | None, BeforeValidator(_country_code), AfterValidator(_known_country)]
Amount = Annotated[
    Decimal,
    BeforeValidator(_amount),
    Field(ge=0, le=MAX_AMOUNT, decimal_places=2, allow_inf_nan=False),
]


class SaleRequest(BaseModel):
    """One vehicle sale or lease, as the user describes it."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    # The vehicle
    powertrain: Powertrain | None = None
    origin: CountryCode = Field(default=None, description="The brand's home country")
    assembly: CountryCode = Field(default=None, description="The country of final assembly")
    vin: str | None = Field(default=None, description="Decoded before evaluation; kept for the statement")
    model_year: int | None = Field(default=None, ge=1980, le=2100)
    make: str | None = Field(default=None, max_length=60)
    model: str | None = Field(default=None, max_length=60)
    trim: str | None = Field(default=None, max_length=60)

    # The price, in the parts that count toward the final transaction value (FTV) and those that don't
    vehicle_price: Amount | None = Field(default=None, description="After discounts, before tax")
    options: Amount = Decimal(0)
    accessories: Amount = Decimal(0)
    dealer_fees: Amount = Decimal(0)
    freight_pdi: Amount = Decimal(0)
    warranty: Amount = Decimal(0)
    winter_tires: Amount = Decimal(0)
    charger: Amount = Decimal(0)
    freight_pdi_in_ftv: bool | None = Field(
        default=None, description="Count freight and PDI in the FTV; None follows the policy's assumption")

    # The deal
    sale_date: dt.date
    claim_date: dt.date | None = Field(default=None, description="Portal submission; None means the sale date")
    lease_months: int | None = Field(default=None, ge=1, le=120, description="None means a purchase")
    condition: Condition = Condition.NEW
    odometer_km: int | None = Field(default=0, ge=0, le=2_000_000)
    buyer: Buyer = Buyer.INDIVIDUAL
    prior_incentives: int | None = Field(default=0, ge=0, le=100_000)

    # Import details
    quota_position: QuotaPosition = QuotaPosition.WITHIN
    fta_origin_met: Tri = Tri.YES
    import_kind: ImportKind = ImportKind.COMMERCIAL
    fob_price: Amount | None = Field(default=None, description="For the quota's low-price reserve")

    @model_validator(mode="after")
    def _claim_not_before_sale(self) -> SaleRequest:
        if self.claim_date is not None and self.claim_date < self.sale_date:
            raise ValueError(f"the claim date {self.claim_date} is before the sale date {self.sale_date}")
        return self

    @property
    def effective_claim_date(self) -> dt.date:
        return self.claim_date or self.sale_date

    @property
    def is_lease(self) -> bool:
        return self.lease_months is not None
