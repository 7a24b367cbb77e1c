"""What the user tells us about one sale or lease. Validated strictly: a bad field is refused with a
message naming it; a field left empty stays `None` ("not known"), never a made-up default."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cache
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from evdesk.rules.values import CENT
from evdesk.terms import Buyer, Condition, ImportKind, Powertrain, QuotaPosition, Tri

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


def _well_formed_vin(value: str | None) -> str | None:
    """A malformed VIN is refused here, naming the problem; a wrong check digit is only a warning later."""
    if value is None or value.strip() == "":
        return None
    from evdesk.vin import decode_vin  # VinError is a ValueError, so pydantic reports it at the field

    return decode_vin(value).vin


def _known_country(value: str | None) -> str | None:
    if value is not None and value not in iso_country_codes():
        raise ValueError(f"'{value}' is not an ISO 3166 two-letter country code")
    return value


# Digits and at most one decimal point: what a terminal or a file gives. Locale-aware parsing ("45 000,00")
# belongs to the window, which hands over a Decimal.
_PLAIN_AMOUNT = re.compile(r"-?([0-9]+(\.[0-9]*)?|\.[0-9]+)")


def _amount_text(value: object) -> object:
    """Text becomes a Decimal only when plainly written: ASCII digits and a point, no exponent, no '_'.
    A minus sign is let through so that the range check can say the amount is negative."""
    if isinstance(value, float):
        value = repr(value)  # keep what was typed, not its binary approximation
    if isinstance(value, str):
        text = value.strip()
        if not _PLAIN_AMOUNT.fullmatch(text):
            raise ValueError(f"'{value}' is not an amount: use digits and a decimal point, e.g. 45000.00")
        return Decimal(text)
    return value


def _blank_is_unknown(value: object) -> object:
    return None if value is None or (isinstance(value, str) and value.strip() == "") else value


def _blank_is_zero(value: object) -> object:
    return Decimal("0.00") if value is None or (isinstance(value, str) and value.strip() == "") else value


CountryCode = Annotated[str | None, BeforeValidator(_country_code), AfterValidator(_known_country)]


def _valid_amount(value: Decimal) -> Decimal:
    """Dollars and cents, 0 to ten million. One check in place of pydantic's four constraint validators,
    which run in Python and cost more than the rest of the request."""
    if value < 0:
        raise ValueError(f"'{value}' is negative: amounts must be 0 or more")
    if value > MAX_AMOUNT:
        raise ValueError(f"'{value}' is too large: no vehicle sale line is over {MAX_AMOUNT:,}")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 and value != value.quantize(CENT):
        raise ValueError(f"'{value}' has more than two decimals: amounts are in dollars and cents")
    return abs(value.quantize(CENT))  # abs: no "-0.00"


Amount = Annotated[Decimal, BeforeValidator(_amount_text), Field(allow_inf_nan=False), AfterValidator(_valid_amount)]
# Optional amounts: left empty means not known. Parts that default to zero: left empty means none.
OptionalAmount = Annotated[Amount | None, BeforeValidator(_blank_is_unknown)]
PartAmount = Annotated[Amount, BeforeValidator(_blank_is_zero)]


# --- Provincial incentives: where the vehicle is registered, and what the provinces' rules test ---------

@cache
def canadian_subdivision_codes() -> frozenset[str]:
    import pycountry

    return frozenset(s.code for s in pycountry.subdivisions.get(country_code="CA"))


def province_code(value: object) -> object:
    """'QC', 'qc', 'CA-QC' → 'CA-QC' (ISO 3166-2); blank → not known."""
    if not isinstance(value, str):
        return value
    text = value.strip().upper()
    if text == "":
        return None
    code = text if text.startswith("CA-") else f"CA-{text}"
    if code not in canadian_subdivision_codes():
        raise ValueError(f"'{value}' is not a Canadian province or territory: use its ISO 3166-2 code, e.g. QC "
                         "or CA-QC")
    return code


_PLAIN_NUMBER = re.compile(r"([0-9]+(\.[0-9]*)?|\.[0-9]+)")
MAX_BATTERY_KWH = Decimal("500")  # more than any passenger vehicle's battery


def _battery_kwh(value: object) -> object:
    if isinstance(value, float):
        value = repr(value)
    if isinstance(value, str):
        text = value.strip()
        if text == "":
            return None
        if not _PLAIN_NUMBER.fullmatch(text):
            raise ValueError(f"'{value}' is not a battery capacity: use kWh with a decimal point, e.g. 13.8")
        value = Decimal(text)
    if isinstance(value, int) and not isinstance(value, bool):
        value = Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite() or value <= 0 or value > MAX_BATTERY_KWH:
            raise ValueError(f"'{value}' kWh is not a battery capacity: it must be over 0 and at most "
                             f"{MAX_BATTERY_KWH}")
        if value != value.quantize(CENT):
            raise ValueError(f"'{value}' has more than two decimals: give the capacity to 0.01 kWh")
    return value


ProvinceCode = Annotated[str | None, BeforeValidator(province_code)]
BatteryKwh = Annotated[Decimal | None, BeforeValidator(_battery_kwh)]


class SaleRequest(BaseModel):
    """One vehicle sale or lease, as the user describes it."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    # The vehicle
    powertrain: Powertrain | None = None
    origin: CountryCode = Field(default=None, description="The brand's home country")
    assembly: CountryCode = Field(default=None, description="The country of final assembly")
    vin: Annotated[str | None, AfterValidator(_well_formed_vin)] = Field(
        default=None, description="17 characters; fills the assembly country and model year when not given")
    model_year: int | None = Field(default=None, ge=1980, le=2100)
    make: str | None = Field(default=None, max_length=60)
    model: str | None = Field(default=None, max_length=60)
    trim: str | None = Field(default=None, max_length=60)

    # The price, in the parts that count toward the final transaction value (FTV) and those that don't
    vehicle_price: OptionalAmount = Field(default=None, description="After discounts, before tax")
    options: PartAmount = Decimal("0.00")
    accessories: PartAmount = Decimal("0.00")
    dealer_fees: PartAmount = Decimal("0.00")
    freight_pdi: PartAmount = Decimal("0.00")
    warranty: PartAmount = Decimal("0.00")
    winter_tires: PartAmount = Decimal("0.00")
    charger: PartAmount = Decimal("0.00")
    freight_pdi_in_ftv: bool | None = Field(
        default=None, description="Count freight and PDI in the FTV; None follows the policy's assumption")

    # The deal
    sale_date: dt.date
    claim_date: dt.date | None = Field(default=None, description="Portal submission; None means the sale date")
    lease_months: int | None = Field(default=None, ge=1, le=120, description="None means a purchase")
    condition: Condition = Condition.NEW
    odometer_km: int | None = Field(default=None, ge=0, le=2_000_000, description="Matters for demonstrators")
    buyer: Buyer = Buyer.INDIVIDUAL
    prior_incentives: int | None = Field(default=None, ge=0, le=100_000)

    # Import details
    # Not known unless said: the CLI documents its own defaults (within, yes), the window asks.
    quota_position: QuotaPosition = QuotaPosition.UNKNOWN
    fta_origin_met: Tri = Tri.UNKNOWN
    import_kind: ImportKind = ImportKind.COMMERCIAL
    fob_price: OptionalAmount = Field(default=None, description="For the quota's low-price reserve")

    # Provincial incentives: each not known unless given (the registration date follows the sale date)
    province: ProvinceCode = Field(default=None, description="Of registration, ISO 3166-2 ('CA-QC'; 'QC' is taken)")
    msrp: OptionalAmount = Field(default=None, description="The manufacturer's suggested retail price of the version")
    msrp_options: OptionalAmount = Field(
        default=None, description="The manufacturer's option groups and add-ons to the powertrain or battery")
    registration_date: dt.date | None = Field(
        default=None, description="Registration in the buyer's name; None means the sale date")
    battery_kwh: BatteryKwh = Field(default=None, description="Battery capacity in kWh")

    @field_validator("claim_date", "registration_date")
    @classmethod
    def _not_before_sale(cls, day: dt.date | None, info: ValidationInfo) -> dt.date | None:
        sale_date = info.data.get("sale_date")
        if day is not None and sale_date is not None and day < sale_date:
            what = info.field_name.removesuffix("_date")  # "the claim date …", "the registration date …"
            raise ValueError(f"the {what} date {day} is before the sale date {sale_date}")
        return day

    @property
    def effective_registration_date(self) -> dt.date:
        return self.registration_date or self.sale_date

    @property
    def effective_claim_date(self) -> dt.date:
        return self.claim_date or self.sale_date

    @property
    def is_lease(self) -> bool:
        return self.lease_months is not None


def field_problems(error: ValidationError) -> dict[str, str]:
    """Each refused field with one plain-English sentence, for the window (at the field) and the CLI."""
    problems: dict[str, str] = {}
    for item in error.errors(include_url=False):
        field = str(item["loc"][0]) if item["loc"] else "request"
        given = item.get("input")
        context = {key: str(value).removeprefix("Decimal('").removesuffix("')")
                   for key, value in (item.get("ctx") or {}).items()}
        kind = item["type"]
        if kind in ("decimal_parsing", "decimal_type"):
            message = f"'{given}' is not an amount: use digits and a decimal point, e.g. 45000.00"
        elif kind == "finite_number":
            message = f"'{given}' is not an amount"
        elif kind == "decimal_max_places":
            message = f"'{given}' has more than two decimals: amounts are in dollars and cents"
        elif kind in ("greater_than_equal", "greater_than"):
            message = f"'{given}' is too small: it must be at least {context.get('ge', context.get('gt'))}"
        elif kind in ("less_than_equal", "less_than"):
            message = f"'{given}' is too large: it must be at most {context.get('le', context.get('lt'))}"
        elif kind in ("int_parsing", "int_type", "int_from_float"):
            message = f"'{given}' is not a whole number"
        elif kind == "enum":
            message = f"'{given}' is not one of: {context.get('expected', '')}"
        elif kind in ("date_from_datetime_parsing", "date_parsing", "date_type"):
            message = f"'{given}' is not a real date in the form YYYY-MM-DD"
        elif kind == "missing":
            message = "is required"
        else:
            message = item["msg"].removeprefix("Value error, ")
        problems.setdefault(field, message)
    return problems
