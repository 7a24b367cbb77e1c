"""What the user tells us about one sale or lease. Validated strictly: a bad field is refused with a
message naming it; a field left empty stays `None` ("not known"), never a made-up default."""

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from functools import cache
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from evdesk.problems import InputProblem, codepoint, english
from evdesk.rules.values import CENT
from evdesk.terms import Buyer, Condition, ImportKind, Powertrain, QuotaPosition, Tri

MAX_AMOUNT = Decimal("10000000")  # no single vehicle sale line is ten million dollars
_ZERO = Decimal(0)


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
        raise InputProblem("not_a_country_code", given=value)
    return value


# Digits and at most one decimal point: what a terminal or a file gives. Locale-aware parsing ("45 000,00")
# belongs to the window, which hands over a Decimal.
_PLAIN_AMOUNT = re.compile(r"-?([0-9]+(\.[0-9]*)?|\.[0-9]+)")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _valid_amount(value: Decimal) -> Decimal:
    """Dollars and cents, 0 to ten million."""
    if value < _ZERO:  # against Decimals: comparing a Decimal with an int costs twice as much
        raise InputProblem("negative", given=value)
    if value > MAX_AMOUNT:
        raise InputProblem("amount_too_large", given=value, limit=MAX_AMOUNT)
    cents = value.quantize(CENT)
    if cents != value:  # exact with two decimals or fewer, so only more decimals that are not all zeros differ
        raise InputProblem("too_many_decimals", given=value)
    return cents.copy_abs()  # no "-0.00"


# Amounts as text, with what each validated to: a stock list or a counter repeats its options, fees and
# freight from deal to deal. Only texts that validate are kept, and only short ones (an amount padded with a
# megabyte of spaces is valid, and is not worth keeping); a Decimal is immutable, so deals share it. Past
# this many, emptied and refilled rather than grown.
_AMOUNTS_READ: dict[str, Decimal] = {}
AMOUNT_TEXTS_KEPT = 4096
AMOUNT_TEXT_KEPT_LENGTH = 32


def _amount_from_text(value: str) -> Decimal:
    text = value.strip()
    if not _PLAIN_AMOUNT.fullmatch(text):
        raise InputProblem("not_an_amount", given=value)
    return _valid_amount(Decimal(text))


def _amount(value: object) -> Decimal:
    """An amount as a Decimal: text only when plainly written (ASCII digits and a point, no exponent, no
    '_'), a float as typed (its repr, not its binary approximation), an int or a finite Decimal as it is.
    A minus sign is let through so that the range check can say the amount is negative.

    One plain validator per amount, where there were four chained ones (blank, text, pydantic's decimal,
    range): each is a call out of pydantic's core, and the four cost 1.5 µs per amount, most of a request's
    validation. `tests/rules/test_request_amounts.py` holds what each kind of input becomes."""
    if value.__class__ is str:
        found = _AMOUNTS_READ.get(value)  # type: ignore[call-overload]
        if found is None:
            found = _amount_from_text(value)  # type: ignore[arg-type]
            if len(value) <= AMOUNT_TEXT_KEPT_LENGTH:  # type: ignore[arg-type]
                if len(_AMOUNTS_READ) >= AMOUNT_TEXTS_KEPT:
                    _AMOUNTS_READ.clear()
                _AMOUNTS_READ[value] = found  # type: ignore[index]
        return found
    if isinstance(value, float):
        value = repr(value)
    if isinstance(value, str):
        return _amount_from_text(value)
    if isinstance(value, Decimal):
        if value.__class__ is not Decimal:  # a subclass (the window's Money): a plain Decimal, as pydantic made
            value = Decimal(value)
        if not value.is_finite():
            raise InputProblem("not_an_amount", given=value)
        return _valid_amount(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return _valid_amount(Decimal(value))
    raise InputProblem("not_an_amount", given=value)


def _optional_amount(value: object) -> Decimal | None:
    return None if _blank(value) else _amount(value)


def _part_amount(value: object) -> Decimal:
    return Decimal("0.00") if _blank(value) else _amount(value)


CountryCode = Annotated[str | None, BeforeValidator(_country_code), AfterValidator(_known_country)]
# In JSON, as pydantic writes a Decimal: its text (null for None, which only a value set without validation can
# be). Said here, as a plain validator leaves pydantic's own decimal serializer to meet the text it has just made,
# and warn. (A plain validator also takes amounts the same way in strict mode, which evdesk does not use.)
_AS_TEXT = PlainSerializer(lambda value: None if value is None else str(value), when_used="json")
_GIVEN = Decimal | str | int | float  # what an amount's JSON Schema says it takes
Amount = Annotated[Decimal, PlainValidator(_amount, json_schema_input_type=_GIVEN), _AS_TEXT]  # one that is required
# Optional amounts: left empty means not known. Parts that default to zero: left empty means none.
OptionalAmount = Annotated[Decimal | None, PlainValidator(_optional_amount, json_schema_input_type=_GIVEN | None),
                           _AS_TEXT]
PartAmount = Annotated[Decimal, PlainValidator(_part_amount, json_schema_input_type=_GIVEN | None), _AS_TEXT]


def _printable_name(value: str | None) -> str | None:
    """A make, model or trim is shown in every answer and statement: no line breaks or invisible marks."""
    if value is not None and not value.isprintable():
        position, ch = next((i, ch) for i, ch in enumerate(value, start=1) if not ch.isprintable())
        raise InputProblem("unprintable_character", given=value, character=codepoint(ch), position=position)
    return value


Name = Annotated[str | None, AfterValidator(_printable_name)]


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
        raise InputProblem("not_a_province", given=value)
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
            raise InputProblem("not_a_battery_capacity", given=value)
        value = Decimal(text)
    if isinstance(value, int) and not isinstance(value, bool):
        value = Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite() or value <= 0 or value > MAX_BATTERY_KWH:
            raise InputProblem("battery_out_of_range", given=value, limit=MAX_BATTERY_KWH)
        if value != value.quantize(CENT):
            raise InputProblem("battery_too_many_decimals", given=value)
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
    make: Name = Field(default=None, max_length=60)
    model: Name = Field(default=None, max_length=60)
    trim: Name = Field(default=None, max_length=60)

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
            if info.field_name == "registration_date":
                raise InputProblem("registration_before_sale", registration_date=day, sale_date=sale_date)
            raise InputProblem("claim_before_sale", claim_date=day, sale_date=sale_date)
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


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """Why one field of a request was refused: a code and its parameters (evdesk.problems), for each edge
    to word in its language. `given` in `params` is the value as it came; str() is the English sentence."""

    field: str  # the SaleRequest field, or "request" for the request as a whole
    code: str
    params: dict[str, Any]

    def __str__(self) -> str:
        return english(self.code, self.params)


# pydantic's own error types, as our codes
_PYDANTIC_CODES = {
    "decimal_parsing": "not_an_amount", "decimal_type": "not_an_amount", "finite_number": "not_an_amount",
    "decimal_max_places": "too_many_decimals", "decimal_max_digits": "not_an_amount",
    "decimal_whole_digits": "not_an_amount",
    "greater_than_equal": "too_small", "greater_than": "too_small",
    "less_than_equal": "too_large", "less_than": "too_large",
    "int_parsing": "not_a_whole_number", "int_type": "not_a_whole_number", "int_from_float": "not_a_whole_number",
    "int_parsing_size": "too_large",
    "enum": "not_one_of", "bool_parsing": "not_yes_or_no", "bool_type": "not_yes_or_no",
    "date_from_datetime_parsing": "not_a_date", "date_parsing": "not_a_date", "date_type": "not_a_date",
    "date_from_datetime_inexact": "not_a_date", "datetime_parsing": "not_a_date",
    "string_unicode": "unreadable_text", "string_type": "invalid", "string_too_long": "too_long",
    "missing": "required", "extra_forbidden": "unknown_field",
    "model_type": "not_a_request", "model_attributes_type": "not_a_request",
}


def _choices(field: str) -> list[str]:
    """The values an enum field takes, for "not one of" (from the model, not from pydantic's English)."""
    info = SaleRequest.model_fields.get(field)
    annotation = info.annotation if info is not None else None
    options = get_args(annotation) if get_origin(annotation) in (Union, UnionType) else (annotation,)
    for option in options:
        if isinstance(option, type) and issubclass(option, Enum):
            return [member.value for member in option]
    return []


def _problem(item: Any) -> FieldProblem:
    field = str(item["loc"][0]) if item["loc"] else "request"
    context = item.get("ctx") or {}
    error = context.get("error")
    if isinstance(error, InputProblem):  # our own validators (and the VIN decoder) already speak in codes
        return FieldProblem(field, error.code, dict(error.params))
    code = _PYDANTIC_CODES.get(item["type"], "invalid")
    params: dict[str, Any] = {"given": item.get("input")}
    if code == "too_small":
        params["limit"] = context.get("ge", context.get("gt"))
    elif code in ("too_large", "too_long"):
        params["limit"] = context.get("le", context.get("lt", context.get("max_length")))
    elif code == "not_one_of":
        params["choices"] = _choices(field)
    elif code in ("required", "unknown_field", "not_a_request"):
        params = {}
    return FieldProblem(field, code, params)


def field_problems(error: ValidationError) -> dict[str, FieldProblem]:
    """Each refused field with its first problem, for the window (at the field) and the CLI."""
    problems: dict[str, FieldProblem] = {}
    for item in error.errors(include_url=False):
        problem = _problem(item)
        problems.setdefault(problem.field, problem)
    return problems
