"""The EV Affordability Program (EVAP) rebate, criterion by criterion, in the order the program lists them.

Each criterion is one small function that records its own step; none returns a bare bool. The amount is
computed only from criteria that passed, in exact decimals, rounded to the cent once at the end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter
from typing import TYPE_CHECKING

from evdesk.rules.request import SaleRequest
from evdesk.rules.result import (
    AmountStep,
    FinalTransactionValue,
    LeaseTerm,
    PricePart,
    RebateAnswer,
    StepDown,
)
from evdesk.rules.trace import QT_TRANSLATE_NOOP, Trace, combine, compared
from evdesk.rules.values import (
    Agreement,
    Count,
    Country,
    Km,
    Money,
    Months,
    PartList,
    Percent,
    Term,
    Text,
    to_cents,
)
from evdesk.rules.vehicle import Vehicle
from evdesk.terms import Buyer, Condition, Confidence, Outcome, Powertrain, PricePartName, Question

if TYPE_CHECKING:  # the policy's classes are type hints here: importing the rules loads no schema
    from evdesk.policy.loader import Policy
    from evdesk.policy.schema import Evap, FtvParts, LeaseRule, RecipientLimits, Series, TradePartner, Window

Q = Question.REBATE
_HUNDRED = Decimal(100)
_NO_CENTS = Decimal("0.00")
STEP_DOWN_WARNING_DAYS = 30  # how close to a step-down a claim date earns a reminder
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Counting:
    """How one window of the policy (`evap.ftv_parts`), with freight and PDI as assumed or chosen, counts
    the price's parts, and the words of the FTV's step that follow from that alone. Worked out once per
    window: only the amounts are the deal's own."""

    parts: tuple[tuple[str, bool], ...]  # each part, in the request's order, with whether it counts
    freight_pdi_counted: bool
    message: str
    # The parts the message names: those counted, freight and PDI apart (the step names them on their own),
    # and those not counted; none in the words of a file that predates the parts (`Policy.parts_as_before`).
    named: dict[str, PartList]
    # The parts after the vehicle price, which a counter or a stock list repeats from deal to deal (the same
    # options, fees and freight): their `PricePart`s, the total of those counted and of those not, by their
    # amounts (validated amounts are always in cents, so equal ones are written alike). Read-only once made.
    read_others: Callable[[SaleRequest], tuple[Decimal, ...]] = field(compare=False)
    others: dict[tuple[Decimal, ...], tuple[tuple[PricePart, ...], Decimal, Money]] = field(
        default_factory=dict, compare=False)


def counting(policy: Policy, window: Window[FtvParts], counted_freight: bool) -> Counting:
    key = ("ftv_parts", id(window), counted_freight)
    found = policy.memo.get(key)
    if found is None:
        found = policy.memo[key] = _counting(window, counted_freight, policy.parts_as_before)
    return found


def _counting(window: Window[FtvParts], counted_freight: bool, as_before: bool) -> Counting:
    in_window = set(window.value.counted)
    freight = PricePartName.FREIGHT_PDI
    parts = tuple((part.value, counted_freight if part is freight else part in in_window) for part in PricePartName)
    counted = PartList(name for name, counts in parts if counts and name != freight)
    not_counted = PartList(name for name, counts in parts if not counts)
    if as_before:
        # The step in the words evdesk gave it before policy files named the parts, for a file of that time
        # (read with the parts of its day: `Policy.parts_as_before`), so its saved deals read as they were.
        message = (QT_TRANSLATE_NOOP("rules", "Final transaction value {ftv}: price, options, accessories, dealer "
                                              "fees, and freight and PDI (as chosen). Not counted: {excluded} "
                                              "(warranty, winter tires, charger).")
                   if counted_freight else
                   QT_TRANSLATE_NOOP("rules", "Final transaction value {ftv}: price, options, accessories and "
                                              "dealer fees. Not counted: {excluded} (freight and PDI, warranty, "
                                              "winter tires, charger)."))
    elif not counted_freight:
        message = QT_TRANSLATE_NOOP("rules", "Final transaction value {ftv}: {counted}. Not counted: {excluded} "
                                             "({not_counted}).")
    elif not_counted:
        message = QT_TRANSLATE_NOOP("rules", "Final transaction value {ftv}: {counted}, with freight and PDI (as "
                                             "chosen). Not counted: {excluded} ({not_counted}).")
    else:
        message = QT_TRANSLATE_NOOP("rules", "Final transaction value {ftv}: {counted}, with freight and PDI (as "
                                             "chosen).")
    named = {} if as_before else {"counted": counted, "not_counted": not_counted}
    assert parts[0][0] == PricePartName.VEHICLE_PRICE, "the vehicle price comes first: the others are shared"
    return Counting(parts, counted_freight, message, named, attrgetter(*(name for name, _ in parts[1:])))


OTHER_PARTS_KEPT = 4096  # sets of other parts' amounts a window keeps: past this, emptied and refilled


def final_transaction_value(request: SaleRequest, counts: Counting) -> tuple[FinalTransactionValue, Money]:
    """The price's parts, their total where the vehicle price is known, and the total of those not counted."""
    amounts = counts.read_others(request)
    others = counts.others.get(amounts)
    if others is None:
        others = _other_parts(counts, amounts)
    parts, counted_total, excluded = others
    price = request.vehicle_price  # the only part that may be unknown
    price_counted = counts.parts[0][1]
    if price_counted:
        total = to_cents(counted_total + price) if price is not None else None
    else:
        total = to_cents(counted_total) if price is not None else None
        excluded = to_cents(excluded + price) if price else excluded
    return (FinalTransactionValue([PricePart(PricePartName.VEHICLE_PRICE.value, price, price_counted), *parts],
                                  total, counts.freight_pdi_counted), excluded)


def _other_parts(counts: Counting, amounts: tuple[Decimal, ...]) -> tuple[tuple[PricePart, ...], Decimal, Money]:
    parts, counted_total, excluded = [], _NO_CENTS, _NO_CENTS
    for (name, counted), amount in zip(counts.parts[1:], amounts, strict=True):
        parts.append(PricePart(name, amount, counted))
        if counted:
            if amount is not None:  # only a request changed without validation can leave a part None
                counted_total += amount
        elif amount:
            excluded += amount
    if len(counts.others) >= OTHER_PARTS_KEPT:
        counts.others.clear()
    found = counts.others[amounts] = (tuple(parts), counted_total, to_cents(excluded))
    return found


def _ftv_step(trace: Trace, ftv: FinalTransactionValue, excluded: Money, counts: Counting,
              assumption: Window[bool]) -> None:
    """The FTV and what it is made of, each part named as the policy counts it (freight and PDI apart: the
    assumption the user can switch, and the step's source, as the most disputed part)."""
    trace.check("evap.ftv", Q, Outcome.INFO, counts.message, assumption, None, None, ftv=ftv.total, excluded=excluded,
                **counts.named)


@dataclass(slots=True)
class _Day:
    """The dated values the rebate reads on one sale date, looked up once per day and policy. Most fall back
    to the last window after the program, as each criterion says what it makes of a date outside it."""

    powertrains: Window[list[Powertrain]]
    demonstrator: Window[int]
    partners: Window[list[TradePartner]]
    exempt: Window[list[str]]
    cap: Window[Decimal]
    lease: Window[LeaseRule]
    limits: Window[RecipientLimits]
    freight: Window[bool]
    parts: Window[FtvParts]
    lease_in_force: Window[LeaseRule] | None  # no fallback: a lease hint only inside a lease window
    funding: Window | None
    portal: Window | None


def _on(policy: Policy, day: dt.date) -> _Day:
    """Asked through `Trace.shared`, once per day and policy: it records no step."""
    evap, partners = policy.data.evap, policy.data.tariff.fta_partners

    def at(series: Series) -> Window:
        return series.at(day) or series.values[-1]

    return _Day(at(evap.eligible_powertrains), at(evap.demonstrator_max_km), at(partners),
                at(evap.cap_exempt_assembly), at(evap.ftv_cap), at(evap.lease), at(evap.recipient_limits),
                at(evap.freight_pdi_in_ftv), at(evap.ftv_parts), evap.lease.at(day), evap.funding.at(day),
                evap.portal_opened.at(day))


# --- The criteria ---------------------------------------------------------------------------------

def program_dates(trace: Trace, evap: Evap, sale_date: dt.date) -> Outcome:
    window = evap.program.at(sale_date)
    first, last = evap.program.values[0], evap.program.values[-1]
    if window is not None and window.value:
        return trace.check("evap.program_dates", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "Sold or leased on {sale_date}, within the program ({start} to {end})."),
            source=window, compared=compared(sale_date, "in", (window.start, window.end)),
            sale_date=sale_date, start=window.start, end=window.end - ONE_DAY)
    if sale_date < first.start:
        return trace.check("evap.program_dates", Q, Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "Sold or leased on {sale_date}, before the program began on {start}."),
            source=first, compared=compared(sale_date, ">=", first.start), sale_date=sale_date, start=first.start)
    return trace.check("evap.program_dates", Q, Outcome.FAIL, QT_TRANSLATE_NOOP(
        "rules", "Sold or leased on {sale_date}, after the program ended on {end}."),
        source=last, compared=compared(sale_date, "<=", last.end - ONE_DAY), sale_date=sale_date,
        end=last.end - ONE_DAY)


def eligible_powertrain(trace: Trace, window: Window[list[Powertrain]], powertrain: Powertrain | None) -> Outcome:
    allowed = [Term(p) for p in window.value]
    if powertrain is None:
        return trace.check("evap.powertrain", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Powertrain not given: only battery-electric, fuel-cell and plug-in hybrid vehicles qualify."),
            source=window, allowed=allowed)
    if powertrain in window.value:
        return trace.check("evap.powertrain", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "A {powertrain} is one of the powertrains the program pays for."),
            source=window, compared=compared(Term(powertrain), "in", allowed), powertrain=Term(powertrain))
    return trace.check("evap.powertrain", Q, Outcome.FAIL, QT_TRANSLATE_NOOP(
        "rules", "A {powertrain} does not qualify: only battery-electric, fuel-cell and plug-in hybrid vehicles do."),
        source=window, compared=compared(Term(powertrain), "not in", allowed), powertrain=Term(powertrain))


def new_vehicle(trace: Trace, window: Window[int], condition: Condition, odometer_km: int | None) -> Outcome:
    limit = Km(window.value)
    if condition is Condition.NEW:
        return trace.check("evap.new_vehicle", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "A new vehicle."), source=window)
    if condition is Condition.USED:
        return trace.check("evap.new_vehicle", Q, Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "Used vehicles do not qualify; only new ones (and demonstrators under {limit}) do."),
            source=window, limit=limit)
    if odometer_km is None:
        return trace.check("evap.new_vehicle", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "A demonstrator counts as new only under {limit}: enter its odometer reading."),
            source=window, limit=limit)
    km = Km(odometer_km)
    margin = Km(limit - km)
    if km < limit:
        return trace.check("evap.new_vehicle", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "A demonstrator with {km} counts as new (under {limit}, {margin} to spare)."),
            source=window, compared=compared(km, "<", limit, margin), km=km, limit=limit, margin=margin)
    return trace.check("evap.new_vehicle", Q, Outcome.FAIL, QT_TRANSLATE_NOOP(
        "rules", "A demonstrator with {km} is not new: it must have under {limit}."),
        source=window, compared=compared(km, "<", limit, margin), km=km, limit=limit)


def made_in_canada_or_fta_partner(trace: Trace, policy: Policy, partners_window: Window[list[TradePartner]],
                                  exempt_window: Window[list[str]], assembly: str | None,
                                  origin: str | None) -> Outcome:
    if assembly is None:
        return trace.check("evap.assembly", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Country of final assembly not given: the vehicle must be assembled in Canada or in a "
                     "country with a free trade agreement with Canada."), source=partners_window)
    if assembly in exempt_window.value:
        if origin is not None and origin != assembly:
            return trace.check("evap.assembly", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
                "rules", "Assembled in {country}: Canadian-made, even though the brand is from {brand}."),
                source=exempt_window, country=Country(assembly), brand=Country(origin))
        return trace.check("evap.assembly", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "Assembled in {country}: Canadian-made."), source=exempt_window, country=Country(assembly))
    partner = policy.fta_partner(partners_window, assembly)
    if partner is not None:
        return trace.check("evap.assembly", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "Assembled in {country}, a free trade partner of Canada ({agreement})."),
            source=partners_window, compared=compared(Country(assembly), "in", Text("FTA partners")),
            country=Country(assembly), agreement=Agreement(partner.agreement))
    quota_origin = policy.data.quota.origin
    if assembly == quota_origin:
        return trace.check("evap.assembly", Q, Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "Assembled in {country}: Chinese-made vehicles do not qualify, whether or not they entered "
                     "within the import quota."), source=partners_window, country=Country(assembly))
    return trace.check("evap.assembly", Q, Outcome.FAIL, QT_TRANSLATE_NOOP(
        "rules", "Assembled in {country}, which has no free trade agreement with Canada: only vehicles assembled "
                 "in Canada or a free trade partner qualify."),
        source=partners_window, compared=compared(Country(assembly), "not in", Text("FTA partners")),
        country=Country(assembly))


def price_cap(trace: Trace, cap_window: Window[Decimal], exempt_window: Window[list[str]], assembly: str | None,
              ftv: FinalTransactionValue) -> tuple[Outcome, Money | None, bool | None]:
    """Returns the outcome, the cap, and whether the cap applies (None: depends on the unknown assembly)."""
    cap = Money(cap_window.value)
    if assembly is not None and assembly in exempt_window.value:
        trace.check("evap.price_cap", Q, Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP(
            "rules", "Canadian-made vehicles are exempt from the {cap} price cap."),
            source=exempt_window, cap=cap)
        return Outcome.NOT_APPLICABLE, cap, False
    cap_applies = None if assembly is None else True
    if ftv.total is None:
        return trace.check("evap.price_cap", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Vehicle price not given: the final transaction value must be at most {cap}."),
            source=cap_window, cap=cap), cap, cap_applies
    margin = Money(cap - ftv.total)
    if ftv.total <= cap:
        return trace.check("evap.price_cap", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "Final transaction value {ftv} is within the {cap} cap ({margin} to spare)."),
            source=cap_window, compared=compared(ftv.total, "<=", cap, margin),
            ftv=ftv.total, cap=cap, margin=margin), cap, cap_applies
    over = Money(-margin)
    if assembly is None:
        return trace.check("evap.price_cap", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Final transaction value {ftv} is {over} over the {cap} cap: it qualifies only if the vehicle "
                     "is Canadian-made, which is exempt."),
            source=cap_window, compared=compared(ftv.total, "<=", cap, margin),
            ftv=ftv.total, cap=cap, over=over), cap, cap_applies
    return trace.check("evap.price_cap", Q, Outcome.FAIL, QT_TRANSLATE_NOOP(
        "rules", "Final transaction value {ftv} is {over} over the {cap} cap; above the cap there is no partial "
                 "amount."), source=cap_window, compared=compared(ftv.total, "<=", cap, margin),
        ftv=ftv.total, cap=cap, over=over), cap, cap_applies


def lease_share(months: int, rule: LeaseRule) -> Decimal:
    """TC Q&A: a lease of the full term or more gets the full amount; a shorter one full / full term x months."""
    return min(Decimal(months), Decimal(rule.full_months)) / Decimal(rule.full_months)


def lease_term(trace: Trace, window: Window[LeaseRule], lease_months: int | None) -> tuple[Outcome, Decimal | None]:
    """Returns the outcome and the share of the full amount (months / full term, at most 1)."""
    rule = window.value
    if lease_months is None:
        trace.check("evap.lease_term", Q, Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP(
            "rules", "A purchase gets the full amount."), source=window)
        return Outcome.NOT_APPLICABLE, Decimal(1)
    months = Months(lease_months)
    minimum, full = Months(rule.min_months), Months(rule.full_months)
    if months < minimum:
        return trace.check("evap.lease_term", Q, Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "A lease of {months} months is too short: leases must run at least {minimum} months."),
            source=window, compared=compared(months, ">=", minimum, Months(months - minimum)),
            months=months, minimum=minimum), None
    share = lease_share(months, rule)
    if months >= full:
        trace.check("evap.lease_term", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "A lease of {months} months gets the full amount ({full} months or more)."),
            source=window, compared=compared(months, ">=", full), months=months, full=full)
    else:
        trace.check("evap.lease_term", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "A lease of {months} months gets {months}/{full} of the full amount ({share})."),
            source=window, compared=compared(months, ">=", minimum, Months(months - minimum)),
            months=months, full=full, share=Percent((share * _HUNDRED).quantize(Decimal("0.01"))))
    return Outcome.PASS, share


def recipient_limit(trace: Trace, window: Window[RecipientLimits], buyer_kind: Buyer,
                    prior_incentives: int | None) -> Outcome:
    limit = window.value.for_buyer(buyer_kind)
    count = Count(limit.count)
    per = Term(limit.per)
    buyer = Term(buyer_kind)
    if prior_incentives is None:
        return trace.check("evap.recipient_limit", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Incentives already received not given: a buyer of this kind ({buyer}) may receive {count} "
                     "({per})."), source=window, buyer=buyer, count=count, per=per)
    prior = Count(prior_incentives)
    margin = Count(count - prior)
    if prior < count:
        return trace.check("evap.recipient_limit", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "Incentives already received: {prior}. A buyer of this kind ({buyer}) may receive {count} "
                     "({per})."), source=window, compared=compared(prior, "<", count, margin),
            prior=prior, buyer=buyer, count=count, per=per)
    message = (QT_TRANSLATE_NOOP("rules", "Incentives already received this calendar year: {prior}. The limit "
                                          "for a buyer of this kind ({buyer}) is {count} a year.")
               if limit.per == "calendar_year" else
               QT_TRANSLATE_NOOP("rules", "Incentives already received: {prior}. The limit for a buyer of this "
                                          "kind ({buyer}) is {count} for the whole program."))
    return trace.check("evap.recipient_limit", Q, Outcome.FAIL, message, source=window,
                       compared=compared(prior, "<", count, margin), prior=prior, buyer=buyer, count=count)


def amount_year(trace: Trace, evap: Evap, claim_date: dt.date,
                powertrain: Powertrain | None) -> tuple[Outcome, Window | None]:
    window = evap.amounts.at(claim_date)
    if window is None:
        first, last = evap.amounts.values[0], evap.amounts.values[-1]
        if claim_date < first.start:
            return trace.check("evap.claim_date", Q, Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP(
                "rules", "No amount applies to a claim dated {claim_date}, before the program began on {start}."),
                source=first, claim_date=claim_date, start=first.start), None
        return trace.check("evap.claim_date", Q, Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "Claim date {claim_date} is after the program's last day ({end}): no amount is paid."),
            source=last, claim_date=claim_date, end=last.end - ONE_DAY), None
    full = window.value.for_powertrain(powertrain) if powertrain is not None else None
    if full is None:
        return trace.check("evap.claim_date", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Claim date {claim_date}: amounts for claims in {year} are {bev} (battery-electric, fuel cell) "
                     "and {phev} (plug-in hybrid)."), source=window, claim_date=claim_date,
            year=claim_date.year, bev=Money(window.value.BEV), phev=Money(window.value.PHEV)), window
    return trace.check("evap.claim_date", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
        "rules", "Claimed on {claim_date}: the full amount for a {powertrain} claimed in {year} is {full}."),
        source=window, claim_date=claim_date, powertrain=Term(powertrain), year=claim_date.year,
        full=Money(full)), window


# --- The answer -----------------------------------------------------------------------------------

def _schedule(policy: Policy, powertrain: Powertrain | None, share: Decimal | None) -> list[AmountStep]:
    """What a claim would get in each window of the declining schedule, for this powertrain and lease. It
    depends on nothing else, so it is built once per policy, powertrain and lease share, and shared."""
    if powertrain is None or share is None:
        return []
    key = ("schedule", powertrain, share)
    steps = policy.memo.get(key)
    if steps is None:
        steps = policy.memo[key] = _steps(policy.data.evap, powertrain, share)
    return list(steps)


def _steps(evap: Evap, powertrain: Powertrain, share: Decimal) -> tuple[AmountStep, ...]:
    steps = []
    for window in evap.amounts.values:
        full = window.value.for_powertrain(powertrain)
        if full is None:
            return ()
        steps.append(AmountStep(window.start, window.end, Money(full), to_cents(full * share)))
    return tuple(steps)


def _next_step_down(schedule: list[AmountStep], claim_date: dt.date, full: Decimal | None) -> StepDown | None:
    """The next date from which a claim gets less: a lower amount, or nothing once the program ends."""
    if full is None or not schedule:
        return None
    for step in schedule:
        if step.start > claim_date and step.full_amount < full:
            return StepDown(date=step.start, full_amount=step.full_amount, amount=step.amount)
    if claim_date < schedule[-1].end:
        return StepDown(date=schedule[-1].end, full_amount=Money("0.00"), amount=Money("0.00"))
    return None


ONLY_THE_CAP = frozenset({"evap.price_cap"})
ONLY_THE_LEASE_TERM = frozenset({"evap.lease_term"})


def _max_price(request: SaleRequest, ftv: FinalTransactionValue, cap: Money | None, cap_applies: bool | None,
               failing: set[str]) -> Money | None:
    """The highest vehicle price that still meets the cap (inclusive), every other part as given: the cap
    less the other parts the FTV counts. Exact to the cent, as the cap and every part are."""
    if cap_applies is False or cap is None or not failing <= ONLY_THE_CAP:
        return None
    if ftv.total is not None and request.vehicle_price is not None:
        others = ftv.total - request.vehicle_price
    else:
        others = sum((p.amount for p in ftv.parts if p.counted and p.amount and p.name != "vehicle_price"),
                     Decimal(0))
    highest = cap - others
    return Money(highest) if highest >= 0 else None  # below zero: no price would do


def _lease_terms(policy: Policy, window: Window[LeaseRule], request: SaleRequest, full: Decimal | None,
                 failing: set[str]) -> list[LeaseTerm]:
    """The amount at each term from the minimum to the full term, by the same rule as `lease_term`. The
    table depends only on the lease rule and the full amount, so it is built once per policy and shared."""
    if request.lease_months is None or full is None or not failing <= ONLY_THE_LEASE_TERM:
        return []
    key = ("lease_terms", id(window), full)
    terms = policy.memo.get(key)
    if terms is None:
        rule = window.value
        terms = policy.memo[key] = tuple(
            LeaseTerm(months, Percent((lease_share(months, rule) * _HUNDRED).quantize(Decimal("0.01"))),
                      to_cents(full * lease_share(months, rule)))
            for months in range(rule.min_months, rule.full_months + 1))
    return list(terms)


def _hints(trace: Trace, day: _Day, request: SaleRequest, claim_date: dt.date, eligible: bool | None,
           deal_amount: Money | None, full: Decimal | None, ftv: FinalTransactionValue, cap: Money | None,
           failing: set[str], step: StepDown | None) -> None:
    """What would change the outcome (only where that one change would do it), and the step-down to watch."""
    if failing == {"evap.price_cap"} and cap is not None and ftv.total is not None:
        trace.hint("evap.lower_ftv", Q, QT_TRANSLATE_NOOP(
            "rules", "Bringing the final transaction value down by {over} to {cap} would meet the cap."),
            over=Money(ftv.total - cap), cap=cap)
    if failing <= {"evap.price_cap"} and cap is not None and ftv.total is not None and request.freight_pdi:
        # The FTV under the other reading of the freight-and-PDI assumption.
        other_total = ftv.total - request.freight_pdi if ftv.freight_pdi_counted else ftv.total + request.freight_pdi
        freight_decides = (ftv.total <= cap) != (other_total <= cap)
    else:
        freight_decides = False
    if freight_decides:
        trace.hint("evap.freight_pdi_assumption", Q, QT_TRANSLATE_NOOP(
            "rules", "The outcome turns on freight and PDI ({freight}): counting them in the final transaction "
                     "value or not changes the cap test. Confirm with the program's definition."),
            freight=Money(request.freight_pdi))
    lease_window = day.lease_in_force
    if (not failing and request.lease_months is not None and lease_window is not None and full is not None and
            lease_window.value.min_months <= request.lease_months < lease_window.value.full_months):
        trace.hint("evap.longer_lease", Q, QT_TRANSLATE_NOOP(
            "rules", "A lease of {full_months} months or more would get the full {full}."),
            source=lease_window, full_months=Months(lease_window.value.full_months), full=Money(full))
    if step is not None and eligible is not False:
        trace.hint("evap.step_down", Q, QT_TRANSLATE_NOOP(
            "rules", "Claims submitted from {date} get {next_amount} instead of {amount}."),
            date=step.date, next_amount=step.amount, amount=deal_amount)  # a step implies a known deal amount
        if (step.date - claim_date).days <= STEP_DOWN_WARNING_DAYS:
            trace.warn("evap.step_down_soon", Q, QT_TRANSLATE_NOOP(
                "rules", "The amount steps down on {date}: submit the claim in the portal before then."),
                date=step.date)


def _reminders(trace: Trace, day: _Day, before_portal: bool, amount_window: Window | None, claim_year: int) -> None:
    """What to watch for in a deal that may be paid: the funds, the portal (`before_portal`: claimed before
    it opened), an amount resting on one source. Shared by the deals alike in these (`Trace.shared`)."""
    funding = day.funding
    if funding is not None:
        trace.warn("evap.funds", Q, QT_TRANSLATE_NOOP(
            "rules", "Paid first come, first served while funds last: {remaining} remained on {as_of}."),
            source=funding, remaining=Money(funding.value.remaining), as_of=funding.value.as_of)
    portal = day.portal
    if before_portal:
        trace.warn("evap.portal_not_open", Q, QT_TRANSLATE_NOOP(
            "rules", "Claims could be submitted in the dealer portal only from {opened}."),
            source=portal, opened=portal.value)
    citation = trace.cite(amount_window)
    if citation is not None and citation.confidence is Confidence.LOW:
        trace.warn("evap.low_confidence_amount", Q, QT_TRANSLATE_NOOP(
            "rules", "The amount for claims in {year} rests on a single third-party source (low confidence)."),
            source=amount_window, year=claim_year)


def assess_rebate(trace: Trace, policy: Policy, request: SaleRequest, vehicle: Vehicle) -> RebateAnswer:
    evap = policy.data.evap
    claim_date = request.effective_claim_date
    day, powertrain, assembly, shared = request.sale_date, vehicle.powertrain, vehicle.assembly, trace.shared
    windows = shared(("evap.day", day), _on, policy, day)
    assumption = windows.freight
    counted_freight = assumption.value if request.freight_pdi_in_ftv is None else request.freight_pdi_in_ftv
    counts = counting(policy, windows.parts, counted_freight)
    ftv, excluded = final_transaction_value(request, counts)
    if ftv.total is not None:
        _ftv_step(trace, ftv, excluded, counts, assumption)

    # Each criterion but the price's is shared between evaluations (`Trace.shared`), keyed by the dated
    # value it reads and the request's fields it tests: at a counter or down a stock list they repeat.
    condition = request.condition
    odometer = request.odometer_km if condition is Condition.DEMONSTRATOR else None
    outcomes = {
        "evap.program_dates": shared(("evap.program_dates", day), program_dates, trace, evap, day),
        "evap.powertrain": shared(("evap.powertrain", id(windows.powertrains), powertrain), eligible_powertrain,
                                  trace, windows.powertrains, powertrain),
        "evap.new_vehicle": shared(("evap.new_vehicle", id(windows.demonstrator), condition, odometer), new_vehicle,
                                   trace, windows.demonstrator, condition, odometer),
        "evap.assembly": shared(("evap.assembly", id(windows.partners), id(windows.exempt), assembly, vehicle.origin),
                                made_in_canada_or_fta_partner, trace, policy, windows.partners, windows.exempt,
                                assembly, vehicle.origin),
    }
    outcomes["evap.price_cap"], cap, cap_applies = price_cap(trace, windows.cap, windows.exempt, assembly, ftv)
    outcomes["evap.lease_term"], share = shared(("evap.lease_term", id(windows.lease), request.lease_months),
                                                lease_term, trace, windows.lease, request.lease_months)
    outcomes["evap.recipient_limit"] = shared(
        ("evap.recipient_limit", id(windows.limits), request.buyer, request.prior_incentives), recipient_limit,
        trace, windows.limits, request.buyer, request.prior_incentives)
    outcomes["evap.claim_date"], amount_window = shared(("evap.claim_date", claim_date, powertrain), amount_year,
                                                        trace, evap, claim_date, powertrain)
    eligible = combine(list(outcomes.values()))
    failing = {rule for rule, outcome in outcomes.items() if outcome is Outcome.FAIL}

    full = (amount_window.value.for_powertrain(vehicle.powertrain)
            if amount_window is not None and vehicle.powertrain is not None else None)
    deal_amount = to_cents(full * share) if full is not None and share is not None else None
    amount = Money("0.00") if eligible is False else (deal_amount if eligible else None)
    schedule = _schedule(policy, vehicle.powertrain, share)
    step = _next_step_down(schedule, claim_date, full)
    headroom = over = None
    if cap_applies is not False and cap is not None and ftv.total is not None:
        headroom = Money(cap - ftv.total) if ftv.total <= cap else None
        over = Money(ftv.total - cap) if ftv.total > cap else None
    _hints(trace, windows, request, claim_date, eligible, deal_amount, full, ftv, cap, failing, step)
    if eligible is not False:
        portal = windows.portal
        before_portal = portal is not None and claim_date < portal.value
        shared(("evap.reminders", id(windows.funding), id(portal), before_portal, id(amount_window), claim_date.year),
               _reminders, trace, windows, before_portal, amount_window, claim_date.year)
    return RebateAnswer(
        eligible=eligible,
        amount=amount,
        potential_amount=deal_amount if eligible is not False else None,
        full_amount=Money(full) if full is not None else None,
        lease_share=(Percent((share * _HUNDRED).quantize(Decimal("0.01")))
                     if share is not None and request.is_lease else None),
        claim_date=claim_date,
        ftv=ftv,
        cap=cap,
        cap_applies=cap_applies,
        headroom=headroom,
        over_cap_by=over,
        next_step_down=step,
        schedule=schedule,
        max_price=_max_price(request, ftv, cap, cap_applies, failing),
        lease_terms=_lease_terms(policy, windows.lease, request, full, failing),
    )

