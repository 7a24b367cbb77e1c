"""The shape of a policy file: every number the rules use, each in dated windows with its source.

A window holds from `start` (inclusive) to `end` (exclusive: the first day it no longer holds). Inside a
parameter the windows must follow each other with no overlap and no gap; a date before the first window
or from the last window's end on simply has no value, and the rule that asks says so.
"""

import datetime as dt
from decimal import Decimal
from itertools import pairwise
from typing import Annotated, Generic, Literal, Self, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic import Strict as NoCoercion

from evdesk.terms import Buyer, Confidence, Powertrain, PricePartName, Tri

T = TypeVar("T")

SourceId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9.-]*$", max_length=80)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]

# Every number has a range the world allows, so a value far outside it (a quota of 2**63 vehicles, a
# demonstrator limit of 10**29 km) is refused here instead of crashing where it is formatted. Whole
# numbers are strict: `true` is not 1, and 1.0 is not a count.
Money = Annotated[Decimal, Field(ge=0, le=Decimal("999999999999.99"), max_digits=14, decimal_places=2,
                                 allow_inf_nan=False)]
Percent = Annotated[Decimal, Field(ge=0, le=1000, max_digits=8, decimal_places=4, allow_inf_nan=False)]
Vehicles = Annotated[int, NoCoercion(), Field(ge=1, le=10_000_000, description="A number of vehicles")]
Incentives = Annotated[int, NoCoercion(), Field(ge=1, le=100_000, description="A number of incentives")]
Kilometres = Annotated[int, NoCoercion(), Field(ge=0, le=100_000)]
Months = Annotated[int, NoCoercion(), Field(ge=1, le=120)]
YearNumber = Annotated[int, NoCoercion(), Field(ge=1, le=100, description="1 for the first year of a program")]
# Dates are TOML dates (not strings, not date-times), within a span any policy can speak of.
PolicyDate = Annotated[dt.date, NoCoercion(), Field(ge=dt.date(1990, 1, 1), le=dt.date(2100, 12, 31))]


class Strict(BaseModel):
    """Unknown keys are refused: a misspelt key must not silently fall back to a default.

    `defer_build`: each model's validator is built when first used, not at import. Only the file's own
    (PolicyFile, which holds all the others) is ever used, so the nested models' validators are never
    built at all, and a process that imports the rules without loading a policy pays none of it."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


DataText = Annotated[str, StringConstraints(min_length=2, max_length=300)]


class Bilingual(Strict):
    """A name or a sentence the data itself carries, in both of Canada's languages."""

    en: DataText
    fr: DataText


# A source's words: both languages, or (as policies before 2026.12 wrote them) English alone, which a
# French screen then shows as it is.
SourceText = Bilingual | Annotated[str, StringConstraints(min_length=2, max_length=300)]


def in_language(text: SourceText, language: str) -> str:
    """The data's text for `language` ("en" or "fr"); an English-only text in either."""
    if isinstance(text, Bilingual):
        return text.fr if language == "fr" else text.en
    return text


class Source(Strict):
    """A document a value rests on. The words that join its parts ("as reported by", "citing") are the
    window's own, in its language; only the names and titles are data."""

    title: SourceText = Field(description="The document's title, or a description of it where it has none "
                                          "that was found (see fr_title)")
    publisher: SourceText
    reported_by: SourceText | None = Field(
        default=None, description="Who reported the publisher's document, when it was read through them")
    citing: SourceText | None = Field(default=None, description="Whom the publisher cites, when it cites someone")
    fr_title: Literal["official", "description"] = Field(
        default="description",
        description="official: title.fr is the French document's own title (shown in quotation marks); "
                    "description: our French description of the document, not a title")
    url: HttpUrl
    url_fr: HttpUrl | None = Field(default=None, description="The French version's address, where it was found")
    date: PolicyDate | None = Field(default=None, description="When it was published; absent when not known")
    confidence: Confidence
    note: str = ""


class Window(Strict, Generic[T]):
    start: PolicyDate
    end: PolicyDate = Field(description="Exclusive: the first day this value no longer holds")
    value: T
    source: SourceId
    confidence: Confidence | None = Field(
        default=None, description="Overrides the source's confidence for this value alone")
    note: str = ""

    @model_validator(mode="after")
    def _starts_before_it_ends(self) -> Self:
        if self.start >= self.end:
            raise ValueError(f"window starts on {self.start} but ends on {self.end}: start must come first")
        return self


def _contiguous(windows: list[Window]) -> list[Window]:
    if not windows:
        raise ValueError("a parameter needs at least one dated value")
    for earlier, later in pairwise(windows):
        if later.start < earlier.end:
            raise ValueError(f"windows overlap: {earlier.start}..{earlier.end} and {later.start}..{later.end}")
        if later.start > earlier.end:
            raise ValueError(f"gap with no value from {earlier.end} to {later.start}")
    return windows


class Series(Strict, Generic[T]):
    """One parameter's values over time."""

    description: str = Field(min_length=3)
    keyed_by: Literal["sale_date", "claim_date", "entry_date"]
    values: Annotated[list[Window[T]], AfterValidator(_contiguous)]

    def at(self, day: dt.date) -> Window[T] | None:
        """The value in force on `day`, or None outside every window."""
        for window in self.values:
            if window.start <= day < window.end:  # no method call: this runs a score of times per evaluation
                return window
        return None


# --- EV Affordability Program ---------------------------------------------------------------------

class AmountsByPowertrain(Strict):
    BEV: Money
    FCEV: Money
    PHEV: Money

    def for_powertrain(self, powertrain: Powertrain) -> Decimal | None:
        return getattr(self, powertrain.value, None)


class FtvParts(Strict):
    """Which parts of the price count toward the final transaction value. Freight and PDI are in neither list:
    whether they count is an assumption of its own (`freight_pdi_in_ftv`), which the user can switch."""

    counted: list[PricePartName]
    not_counted: list[PricePartName]

    @model_validator(mode="after")
    def _each_part_once(self) -> Self:
        named = [*self.counted, *self.not_counted]
        if PricePartName.FREIGHT_PDI in named:
            raise ValueError("freight_pdi is in neither list: evap.freight_pdi_in_ftv says whether it counts")
        twice = sorted({part.value for part in named if named.count(part) > 1})
        if twice:
            raise ValueError(f"listed more than once: {', '.join(twice)}")
        missing = [part.value for part in PricePartName if part not in named and part is not PricePartName.FREIGHT_PDI]
        if missing:
            raise ValueError(f"in neither list: {', '.join(missing)} (each part of the price is counted or not)")
        if PricePartName.VEHICLE_PRICE not in self.counted:
            raise ValueError("vehicle_price must be counted: the final transaction value is the vehicle's price "
                             "with what is added to it")
        return self


class LeaseRule(Strict):
    min_months: Months
    full_months: Months

    @model_validator(mode="after")
    def _min_not_above_full(self) -> Self:
        if self.min_months > self.full_months:
            raise ValueError("min_months is above full_months")
        return self


class RecipientLimit(Strict):
    count: Incentives
    per: Literal["program", "calendar_year"]


class RecipientLimits(Strict):
    individual: RecipientLimit
    organization: RecipientLimit
    government: RecipientLimit
    carsharing: RecipientLimit

    def for_buyer(self, buyer: Buyer) -> RecipientLimit:
        return getattr(self, buyer.value)


class Funding(Strict):
    remaining: Money
    as_of: PolicyDate


class Evap(Strict):
    program: Series[bool] = Field(description="Sales and leases the program covers, by contract date")
    portal_opened: Series[PolicyDate]
    amounts: Series[AmountsByPowertrain]
    eligible_powertrains: Series[list[Powertrain]]
    ftv_cap: Series[Money]
    cap_exempt_assembly: Series[list[CountryCode]]
    ftv_parts: Series[FtvParts]
    freight_pdi_in_ftv: Series[bool]
    lease: Series[LeaseRule]
    demonstrator_max_km: Series[Kilometres]
    recipient_limits: Series[RecipientLimits]
    funding: Series[Funding]


# --- Trade and tariff -----------------------------------------------------------------------------

class TradePartner(Strict):
    country: CountryCode
    agreement: str = Field(min_length=2)


class ChinaSurtax(Strict):
    rate_percent: Percent
    powertrains: list[Powertrain]


class CounterTariff(Strict):
    origin: CountryCode = Field(description="Vehicles assembled in this country may bear it")
    rate_percent: Percent


class Tariff(Strict):
    fta_partners: Series[list[TradePartner]]
    mfn_rate_percent: Series[Percent]
    fta_rate_percent: Series[Percent]
    china_surtax: Series[ChinaSurtax]
    us_counter_tariff: Series[CounterTariff]


# --- China EV quota -------------------------------------------------------------------------------

class QuotaYear(Strict):
    number: YearNumber
    size: Vehicles | None = Field(default=None, description="Vehicles allowed in; absent when not known")
    size_published: bool = Field(description="False when the size is computed from the growth rate")
    low_price_share_percent: Percent | None = Field(
        default=None,
        description="Share reserved for vehicles with an FOB price at or under the threshold; absent when "
                    "not published")


class QuotaCoverage(Strict):
    BEV: Tri
    FCEV: Tri
    PHEV: Tri
    HEV: Tri
    ICE: Tri

    def for_powertrain(self, powertrain: Powertrain) -> Tri:
        return getattr(self, powertrain.value)


class QuotaPermit(Strict):
    commercial_requires_permit: bool
    personal_exempt: bool


class Quota(Strict):
    origin: CountryCode
    years: Series[QuotaYear]
    growth_percent: Series[Percent]
    low_price_fob_max: Series[Money]
    counts: Series[QuotaCoverage]
    permit: Series[QuotaPermit]


# --- The file -------------------------------------------------------------------------------------

class Coverage(Strict):
    start: PolicyDate
    end: PolicyDate = Field(description="Exclusive: the first sale date this file no longer answers for")

    @model_validator(mode="after")
    def _starts_before_it_ends(self) -> Self:
        if self.start >= self.end:
            raise ValueError(f"coverage starts on {self.start} but ends on {self.end}: start must come first")
        return self


class VehicleListRef(Strict):
    file: str = Field(pattern=r"^[\w.-]+\.csv$", description="A CSV beside the policy file")
    source: SourceId
    published: PolicyDate


class ProvincesRef(Strict):
    """The provincial incentives file (its schema: evdesk.policy.provinces). Its sha256 is part of this file,
    so this file's version and hash name the provincial rules too."""

    file: str = Field(pattern=r"^[\w.-]+\.toml$", description="A TOML file beside the policy file")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class VehicleAssemblyRef(Strict):
    """Where each listed model is assembled, with a source per row (its format: evdesk.policy.assembly).
    Pinned by its sha256 as the provincial file is, so the policy's version and hash name it too."""

    file: str = Field(pattern=r"^[\w.-]+\.csv$", description="A CSV beside the policy file")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    published: PolicyDate = Field(description="When this data was put together")


class PolicyFile(Strict):
    schema_version: Annotated[int, NoCoercion()] = Field(description="1: the only version this evdesk reads",
                                                          json_schema_extra={"const": 1})
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    domestic: CountryCode = Field(description="Final assembly here is not an importation: Canada")
    version: str = Field(pattern=r"^\d{4}\.\d{2}\.\d{2}(\.\d+)?$")
    title: SourceText
    published: PolicyDate
    coverage: Coverage = Field(description="The sale dates this file answers for")
    sources: dict[SourceId, Source]
    vehicle_list: VehicleListRef
    provinces: ProvincesRef | None = Field(default=None, description="Absent: provincial answers are not known")
    vehicle_assembly: VehicleAssemblyRef | None = Field(
        default=None, description="Absent: a model's assembly country is never filled in from the model")
    evap: Evap
    tariff: Tariff
    quota: Quota

    @field_validator("schema_version")
    @classmethod
    def _a_version_this_evdesk_reads(cls, version: int) -> int:
        if version != 1:
            raise ValueError(f"schema_version {version} is not one this evdesk reads (it reads 1)")
        return version

    @model_validator(mode="after")
    def _every_source_is_declared(self) -> Self:
        missing = []
        for path, window in self.windows():
            if window.source not in self.sources:
                missing.append(f"{path}: source '{window.source}' is not declared under [sources]")
        if self.vehicle_list.source not in self.sources:
            missing.append(f"vehicle_list: source '{self.vehicle_list.source}' is not declared under [sources]")
        if missing:
            raise ValueError("; ".join(missing))
        return self

    def windows(self) -> list[tuple[str, Window]]:
        """Every dated value in the file with its dotted path, for checks and for `policy show`."""
        found: list[tuple[str, Window]] = []
        for group_name in ("evap", "tariff", "quota"):
            group = getattr(self, group_name)
            for field_name in type(group).model_fields:
                series = getattr(group, field_name)
                if isinstance(series, Series):
                    for index, window in enumerate(series.values):
                        found.append((f"{group_name}.{field_name}.values[{index}]", window))
        return found
