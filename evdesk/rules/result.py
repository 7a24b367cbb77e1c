"""What `evaluate` returns: the three answers, and every criterion behind them.

Slotted dataclasses rather than pydantic models: the engine builds some fifty of them per evaluation
from inputs and policy that are already validated, and pydantic's `model_construct` cost about 6 µs
each, more than the rules themselves. They are not `frozen` for the same reason (a frozen dataclass's
`__init__` goes through `object.__setattr__`, which doubled the evaluation time), but nothing changes
them after `evaluate` returns: treat them as read-only. Evaluations share steps, notes and the tariff
and quota answers (`Trace.shared`), so a change to one would change other deals' answers too. Pydantic
still describes and serialises them (`pydantic.TypeAdapter(Evaluation)`), as it does any dataclass.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from evdesk.rules.request import SaleRequest
from evdesk.rules.values import Money, Named, Percent
from evdesk.terms import Confidence, Outcome, Question

_RESULT = dataclass(slots=True)


@_RESULT
class Citation:
    """A value's source, its words in both languages (the edge joins them with its own "as reported by",
    "citing"), with the value's own confidence and note."""

    source_id: str
    title: Named  # the document's title, or a description of it (see fr_title_official)
    publisher: Named
    url: str
    date: dt.date | None  # absent when the research did not record it
    confidence: Confidence
    note: str = ""
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None  # exclusive
    reported_by: Named | None = None  # read through this reporter
    citing: Named | None = None  # the publisher cites them
    url_fr: str | None = None  # the French version, where it was found
    fr_title_official: bool = False  # title.fr is the French document's own title, not our description
    en_title_official: bool = True  # title.en is the document's own title (False: a description of it)


@_RESULT
class Comparison:
    """The numbers a criterion compared: `value relation threshold`, and how far apart they are."""

    value: Any
    relation: str  # "<=", "<", ">=", "in", "not in", "=="
    threshold: Any
    margin: Any = None  # threshold - value for numbers (positive: room left; negative: over by)


@_RESULT
class Criterion:
    """One step of the reasoning: what was checked, the outcome, the numbers and the source."""

    rule: str
    question: Question
    outcome: Outcome
    message: str  # English template with {placeholders}; translated and filled in at the edge
    params: dict[str, Any] = field(default_factory=dict)
    compared: Comparison | None = None
    source: Citation | None = None
    program: str | None = None  # the provincial program it belongs to ("qc_roulez_vert"); None: no program
    overrides: str | None = None  # for an exception's step: the rule whose outcome or value it replaced


@_RESULT
class Note:
    """A warning, or a hint of what would change the outcome."""

    id: str
    question: Question
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    source: Citation | None = None
    program: str | None = None


@_RESULT
class PricePart:
    name: str  # "vehicle_price", "options", ...
    amount: Money | None
    counted: bool


@_RESULT
class FinalTransactionValue:
    parts: list[PricePart]
    total: Money | None  # None when the vehicle price is not known
    freight_pdi_counted: bool


@_RESULT
class StepDown:
    date: dt.date
    full_amount: Money
    amount: Money  # for this deal (lease share applied)


@_RESULT
class AmountStep:
    """One step of the declining schedule: claims from `start` to `end` (exclusive) get `amount`."""

    start: dt.date
    end: dt.date
    full_amount: Money
    amount: Money  # for this deal (lease share applied)


@_RESULT
class LeaseTerm:
    """What a lease of `months` gets under the program's lease rule, for this deal's full amount."""

    months: int
    share: Percent  # of the full amount
    amount: Money


@_RESULT
class RebateAnswer:
    eligible: bool | None
    amount: Money | None  # 0.00 when not eligible; None when not known
    potential_amount: Money | None  # what it would be if the unknowns turn out well
    full_amount: Money | None
    lease_share: Percent | None
    claim_date: dt.date
    ftv: FinalTransactionValue
    cap: Money | None
    cap_applies: bool | None
    headroom: Money | None  # cap - FTV when at or under the cap
    over_cap_by: Money | None
    next_step_down: StepDown | None
    schedule: list[AmountStep]  # by claim date, for this powertrain and lease; empty when not known
    # What-if at the counter. The highest vehicle price (the `vehicle_price` part, every other part as
    # given) at which the FTV still meets the cap; None when the cap does not apply (Canadian-made), when
    # a criterion other than the cap fails, or when the other parts alone are over the cap.
    max_price: Money | None = None
    # For a lease: the amount at each term from the policy's minimum to its full term, if nothing but the
    # term failed; empty for a purchase or when the full amount is not known.
    lease_terms: list[LeaseTerm] = field(default_factory=list)


@_RESULT
class TariffComponent:
    name: str  # "mfn", "fta", "china_surtax", "us_counter_tariff"
    rate_percent: Percent


@_RESULT
class TariffAnswer:
    rate_percent: Percent | None  # None when not known; 0 when no import duty applies
    treatment: str  # domestic | fta_preferential | mfn | mfn_within_quota | mfn_plus_surtax | unknown
    agreement: str | None
    components: list[TariffComponent]
    may_apply: list[TariffComponent]
    # When the rate is not known but turns on one answer: the rate if it turns out well, and if not.
    possible_rates: list[Percent] = field(default_factory=list)
    depends_on: str | None = None  # "quota_position" or "fta_origin"


@_RESULT
class QuotaAnswer:
    """Two questions (domain.md): is the vehicle covered by the quota, and does it take one of its places."""

    applies: bool | None  # covered: assembled in China, a covered powertrain (None: not known, e.g. HEV)
    counts: bool | None  # takes a place: entered within (True), over (False), position not known (None)
    year: int | None  # the quota year of the entry date, for a vehicle the quota covers or may cover
    year_start: dt.date | None
    year_end: dt.date | None  # exclusive
    year_size: int | None
    size_published: bool | None
    low_price_share_percent: Percent | None
    low_price_reserve: bool | None  # FOB at or under the threshold; False in a year with no reserve
    permit_required: bool | None


@_RESULT
class ProgramAnswer:
    """One incentive program's answer: the federal EVAP (its details are in `RebateAnswer`) or a province's."""

    id: str  # "evap", "qc_roulez_vert", ...
    name: Named | None  # a province's program, as its data names it; None for EVAP (the edge names it)
    province: str | None  # "CA-QC"; None for the federal program
    eligible: bool | None
    amount: Money | None  # 0.00 when not eligible; None when not known
    potential_amount: Money | None  # what it would be if the unknowns turn out well
    date_basis: str  # the date that set it: "claim_date", "registration_date" or "sale_date"
    date: dt.date
    ended_on: dt.date | None = None  # its last day, when the date is after it
    low_confidence: bool = False  # an amount or a date it rests on is of low confidence
    combines_with_evap: str | None = None  # yes | no | unknown (provincial programs only)


@_RESULT
class FeeInfo:
    """An EV fee the province charges: information on the answer, never subtracted from an incentive."""

    id: str
    name: Named
    amount: Money | None  # for this powertrain; None when not known
    every_months: int


@_RESULT
class ProvinceAnswer:
    code: str | None  # "CA-QC"; None when not given
    status: str  # not_given | not_known | programs | no_program
    fees: list[FeeInfo] = field(default_factory=list)


@_RESULT
class IncentiveTotal:
    amount: Money  # the sum of the amounts that are known
    complete: bool  # False when a program's amount or the province is not known: then "at least"
    if_both_apply: bool  # more than one program may pay, and whether they combine is not confirmed


@_RESULT
class AssemblyCase:
    """The answer if the unit was assembled in `country`: one of its model's sourced countries, when the
    model is built in several and the request did not say which (`rules.by_assembly`)."""

    country: str
    rebate_eligible: bool | None
    rebate_amount: Money | None  # 0.00 when not eligible; None when not known
    rebate_potential: Money | None  # what it would be if the other unknowns turn out well
    tariff_rate_percent: Percent | None
    tariff_possible_rates: list[Percent]
    quota_applies: bool | None


@_RESULT
class PolicyStamp:
    id: str
    version: str
    sha256: str
    published: dt.date


@_RESULT
class Evaluation:
    request: SaleRequest
    rebate: RebateAnswer
    tariff: TariffAnswer
    quota: QuotaAnswer
    explanation: list[Criterion]
    warnings: list[Note]
    changes: list[Note]  # what would change the outcome
    policy: PolicyStamp
    engine_version: str
    # Every incentive program checked (EVAP first), their total, and the province of registration.
    programs: list[ProgramAnswer] = field(default_factory=list)
    total: IncentiveTotal | None = None
    province: ProvinceAnswer | None = None
    # When the model is assembled in several countries and the request names none: the answer for each.
    assembly_cases: list[AssemblyCase] = field(default_factory=list)

    def criteria(self, question: Question) -> list[Criterion]:
        return [c for c in self.explanation if c.question is question]

    def criterion(self, rule: str) -> Criterion | None:
        return next((c for c in self.explanation if c.rule == rule), None)

    def program(self, program_id: str) -> ProgramAnswer | None:
        return next((p for p in self.programs if p.id == program_id), None)
