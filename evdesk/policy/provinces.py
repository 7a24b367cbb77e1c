"""The shape of the provincial incentives file (`seeds/provinces.toml`): each province's programs, the
provinces known to have none, and the EV fees some charge, every value in dated windows with its source.

It follows `policy.toml`'s rules: unknown keys are refused, a timeline's windows follow each other with no
gap and no overlap and stay inside the file's coverage, every window names a declared source, and every
number is bounded. `policy.toml` names this file and its sha256 (`provinces = { file, sha256 }`), so the
policy's own version and hash say which provincial rules an answer was given under.

A program is data. Each of its sections is read by one criterion function of `evdesk.rules.programs`
(`runs` by the program dates, `price_caps` by the price cap, ...); a section left out means the program has
no rule of that kind in the data, and the criterion says what follows (usually: not known).
"""

import datetime as dt
from decimal import Decimal
from itertools import pairwise
from typing import Annotated, Generic, Literal, Self, TypeVar

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from evdesk.policy.schema import Bilingual, Coverage, Money, Source, SourceId, SourceText, Strict, Window, _contiguous
from evdesk.terms import Powertrain, Tri

T = TypeVar("T")

ProvinceCode = Annotated[str, StringConstraints(pattern=r"^CA-[A-Z]{2}$")]
ProgramId = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}_[a-z0-9_]{2,40}$")]  # province prefix: qc_…
Kwh = Annotated[Decimal, Field(gt=0, le=500, decimal_places=2, allow_inf_nan=False)]
Months = Annotated[int, Field(ge=1, le=120)]
SharePercent = Annotated[Decimal, Field(gt=0, le=100, decimal_places=2, allow_inf_nan=False)]
Condition = Literal["new", "used"]  # a demonstrator's standing is the `conditions` section's to say

MAX_WINDOWS = 40  # no timeline needs more; a bigger one is a mistake or an attack, not policy
MAX_ROWS = 40


class Timeline(Strict, Generic[T]):
    """One rule's values over time. The program's `keyed_by` says which date picks the window."""

    description: str = Field(min_length=3, max_length=300)
    values: Annotated[list[Window[T]], Field(max_length=MAX_WINDOWS), AfterValidator(_contiguous)]

    def at(self, day: dt.date) -> Window[T] | None:
        for window in self.values:
            if window.start <= day < window.end:
                return window
        return None


# --- A program's sections, in the order a program's text usually lists them ----------------------------

class Conditions(Strict):
    """Which vehicles the program pays for by condition: yes, no, or not known from the sources."""

    new: Tri
    demonstrator: Tri
    used: Tri


class PriceLimit(Strict):
    condition: Condition
    price: Literal["msrp", "transaction_value"] = Field(
        description="msrp: the manufacturer's suggested price of the version; transaction_value: the final "
                    "transaction value as the EVAP rules count it")
    limit: Money
    at_limit: Literal["eligible", "not_eligible", "not_known"] = Field(
        description="A price exactly at the limit: the sources' wording ('at most', 'less than') or not settled")


class PriceCaps(Strict):
    limits: Annotated[list[PriceLimit], Field(max_length=4)]
    others: Literal["none_found", "not_known"] = Field(
        description="Conditions with no limit above: none_found (the sources list none) or not_known")

    @model_validator(mode="after")
    def _one_limit_per_condition(self) -> Self:
        conditions = [limit.condition for limit in self.limits]
        if len(conditions) != len(set(conditions)):
            raise ValueError("two price limits for the same condition: which one applies would be a guess")
        return self


class AmountRow(Strict):
    """What the program pays one kind of vehicle: a condition, a powertrain and, for tiers, a battery range
    (from inclusive, below exclusive). No amount: the program pays it, but the sources do not say how much."""

    condition: Condition
    powertrain: Powertrain
    battery_kwh_from: Kwh | None = None
    battery_kwh_below: Kwh | None = None
    amount: Money | None = None

    @model_validator(mode="after")
    def _range_runs_upward(self) -> Self:
        low, high = self.battery_kwh_from, self.battery_kwh_below
        if low is not None and high is not None and low >= high:
            raise ValueError(f"battery range {low} to below {high} kWh is empty")
        return self

    def covers(self, kwh: Decimal) -> bool:
        return ((self.battery_kwh_from is None or kwh >= self.battery_kwh_from)
                and (self.battery_kwh_below is None or kwh < self.battery_kwh_below))

    @property
    def tiered(self) -> bool:
        return self.battery_kwh_from is not None or self.battery_kwh_below is not None


def _no_two_rows_for_one_vehicle(rows: list[AmountRow]) -> list[AmountRow]:
    """Two rows that could both pay the same vehicle are an error, not a silent choice (Catala's rule)."""
    if not rows:
        raise ValueError("an amount table needs at least one row")
    for index, row in enumerate(rows):
        for other in rows[index + 1:]:
            if (row.condition, row.powertrain) != (other.condition, other.powertrain):
                continue
            low = max(row.battery_kwh_from or Decimal(0), other.battery_kwh_from or Decimal(0))
            high = min(row.battery_kwh_below or Decimal("Infinity"), other.battery_kwh_below or Decimal("Infinity"))
            if low < high:
                raise ValueError(f"two amounts for a {row.condition} {row.powertrain.value} in the same battery range")
    return rows


AmountTable = Annotated[list[AmountRow], Field(max_length=MAX_ROWS), AfterValidator(_no_two_rows_for_one_vehicle)]


class LeaseProrated(Strict):
    """months / full_months of the amount, the full amount from full_months on."""

    rule: Literal["prorated"]
    full_months: Months
    min_months: Months | None = Field(default=None, description="Absent: the shortest term paid is not known")


class LeaseTier(Strict):
    from_months: Months
    share_percent: SharePercent


class LeaseTiers(Strict):
    """A lease of at least `from_months` gets `share_percent` of the amount; under the last tier, nothing."""

    rule: Literal["tiers"]
    tiers: Annotated[list[LeaseTier], Field(min_length=1, max_length=12)]

    @model_validator(mode="after")
    def _longest_first(self) -> Self:
        months = [tier.from_months for tier in self.tiers]
        if months != sorted(set(months), reverse=True):
            raise ValueError("lease tiers must be listed longest first, each term once")
        return self


class LeaseMinimum(Strict):
    """The full amount from `min_months` on; a shorter lease gets nothing."""

    rule: Literal["minimum"]
    min_months: Months


class LeaseNotKnown(Strict):
    """Leases qualify, but how much they get is not in the data (the province sets it per vehicle, say)."""

    rule: Literal["not_known"]


LeaseRule = Annotated[LeaseProrated | LeaseTiers | LeaseMinimum | LeaseNotKnown, Field(discriminator="rule")]


class VehicleListRule(Strict):
    """The province keeps its own list of eligible vehicles, and that list is not in the policy data: the
    answer gives the amount and says to check the vehicle is on it."""

    name: Bilingual
    conditions: Annotated[list[Condition], Field(min_length=1, max_length=2)]
    in_data: Literal[False] = False


class Reminder(Strict):
    """A condition the dealer must meet that the rules cannot check (a report to keep, months to stay
    registered): shown on every answer for those vehicles."""

    text: Bilingual
    conditions: Annotated[list[Condition], Field(min_length=1, max_length=2)]
    source: SourceId


def _sorted_apart(windows: list[Window[bool]]) -> list[Window[bool]]:
    for earlier, later in pairwise(windows):
        if later.start < earlier.end:
            raise ValueError(f"suspensions overlap or are out of order: {earlier.start}..{earlier.end} and "
                             f"{later.start}..{later.end}")
    return windows


class Program(Strict):
    province: ProvinceCode
    name: Bilingual
    keyed_by: Literal["sale_date", "registration_date"] = Field(
        description="The date that sets the amount and eligibility (Québec: registration in the buyer's name)")
    runs: Timeline[bool] = Field(description="When the program takes sales; after its last window it has ended")
    suspensions: Annotated[list[Window[bool]], Field(max_length=MAX_WINDOWS), AfterValidator(_sorted_apart)] = Field(
        default_factory=list)
    conditions: Timeline[Conditions] | None = None
    price_caps: Timeline[PriceCaps] | None = None
    option_groups_in_msrp: Timeline[bool] | None = Field(
        default=None, description="Whether the manufacturer's option groups are added to the MSRP tested")
    amounts: Timeline[AmountTable] | None = None
    lease: Timeline[LeaseRule] | None = None
    vehicle_list: Timeline[VehicleListRule] | None = None
    combines_with_evap: Timeline[Tri] | None = Field(
        default=None, description="Whether it may be combined with the federal EVAP incentive")
    reminders: Annotated[list[Reminder], Field(max_length=12)] = Field(default_factory=list)

    def timelines(self) -> list[tuple[str, Timeline]]:
        return [(name, value) for name in type(self).model_fields
                if isinstance(value := getattr(self, name), Timeline)]


# --- Provinces and their fees ---------------------------------------------------------------------------

class EvFee(Strict):
    """A fee a province charges on electric vehicles: information on the answer, never subtracted from an
    incentive. Powertrains not listed do not pay it; "not_known" means the amount is not confirmed."""

    name: Bilingual
    every_months: Months
    amounts: Annotated[dict[Powertrain, Money | Literal["not_known"]], Field(min_length=1, max_length=5)]


class ProvinceEntry(Strict):
    programs: Annotated[list[ProgramId], Field(max_length=12)] = Field(default_factory=list)
    no_program: Timeline[bool] | None = Field(
        default=None, description="When the province is known to offer no EV purchase incentive beyond those listed")
    fees: Annotated[dict[ProgramId, Timeline[EvFee]], Field(max_length=6)] = Field(default_factory=dict)


class ProvincesFile(Strict):
    schema_version: Literal[1]
    id: str = Field(pattern=r"^[a-z0-9-]+$", max_length=60)
    version: str = Field(pattern=r"^\d{4}\.\d{2}\.\d{2}(\.\d+)?$")
    title: SourceText
    published: dt.date
    coverage: Coverage = Field(description="The dates this file answers for")
    sources: Annotated[dict[SourceId, Source], Field(max_length=200)]
    provinces: Annotated[dict[ProvinceCode, ProvinceEntry], Field(max_length=13)]
    programs: Annotated[dict[ProgramId, Program], Field(max_length=40)]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = []
        for path, window in self.windows():
            if window.source not in self.sources:
                problems.append(f"{path}: source '{window.source}' is not declared under [sources]")
            if window.start < self.coverage.start or window.end > self.coverage.end:
                problems.append(f"{path}: {window.start}..{window.end} runs outside the file's coverage "
                                f"({self.coverage.start}..{self.coverage.end})")
        for program_id, program in self.programs.items():
            for index, reminder in enumerate(program.reminders):
                if reminder.source not in self.sources:
                    problems.append(f"programs.{program_id}.reminders[{index}]: source '{reminder.source}' is not "
                                    "declared under [sources]")
        listed: dict[str, str] = {}
        for code, entry in self.provinces.items():
            for program_id in entry.programs:
                program = self.programs.get(program_id)
                if program is None:
                    problems.append(f"provinces.{code}.programs: '{program_id}' is not a program under [programs]")
                elif program.province != code:
                    problems.append(f"provinces.{code}.programs: '{program_id}' belongs to {program.province}")
                elif program_id in listed:
                    problems.append(f"provinces.{code}.programs: '{program_id}' is listed twice")
                listed[program_id] = code
        for program_id in self.programs:
            if program_id not in listed:
                problems.append(f"programs.{program_id}: no province lists it, so it would never be checked")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def windows(self) -> list[tuple[str, Window]]:
        """Every dated value with its dotted path, for the checks above and for `policy show`."""
        found: list[tuple[str, Window]] = []
        for program_id, program in self.programs.items():
            for name, timeline in program.timelines():
                found += [(f"programs.{program_id}.{name}.values[{i}]", w) for i, w in enumerate(timeline.values)]
            found += [(f"programs.{program_id}.suspensions[{i}]", w) for i, w in enumerate(program.suspensions)]
        for code, entry in self.provinces.items():
            if entry.no_program is not None:
                found += [(f"provinces.{code}.no_program.values[{i}]", w)
                          for i, w in enumerate(entry.no_program.values)]
            for fee_id, fee in entry.fees.items():
                found += [(f"provinces.{code}.fees.{fee_id}.values[{i}]", w) for i, w in enumerate(fee.values)]
        return found
