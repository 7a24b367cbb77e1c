"""The China EV tariff-rate quota: two questions, answered apart (domain.md, "Quota as decided").

Covered (`applies`): the quota covers vehicles assembled in China whose powertrain it names (which
powertrains is policy data; HEV is not confirmed and stays "unknown"). Counts (`counts`): a covered
vehicle takes one of the quota year's places only when it entered within the quota; one entered over it
is still covered, took no place and paid the surtax, and its quota year is still named. Quota years run
March 1 to the end of February.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from evdesk.rules.request import SaleRequest
from evdesk.rules.result import QuotaAnswer
from evdesk.rules.trace import QT_TRANSLATE_NOOP, Trace, combine, compared, window_marks
from evdesk.rules.values import Count, Country, Money, Percent, Term
from evdesk.terms import ImportKind, Outcome, Powertrain, Question, QuotaPosition, Tri

if TYPE_CHECKING:  # the policy's classes are type hints here: importing the rules loads no schema
    from evdesk.policy.loader import Policy
    from evdesk.policy.schema import Window

Q = Question.QUOTA
ONE_DAY = dt.timedelta(days=1)
_NO_DETAILS = dict.fromkeys(f.name for f in dataclasses.fields(QuotaAnswer))
_COVERAGE_OUTCOMES = {Tri.YES: Outcome.PASS, Tri.NO: Outcome.NOT_APPLICABLE, Tri.UNKNOWN: Outcome.UNKNOWN}


def _answer(applies: bool | None, counts: bool | None, **fields: object) -> QuotaAnswer:
    return QuotaAnswer(**{**_NO_DETAILS, "applies": applies, "counts": counts, **fields})


def _assembled_in_china(trace: Trace, policy: Policy, assembly: str | None, first_year: Window) -> Outcome:
    origin = policy.data.quota.origin
    if assembly is None:
        return trace.check("quota.assembly", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Country of final assembly not given: only vehicles assembled in {origin} count."),
            source=first_year, origin=Country(origin))
    if assembly != origin:
        return trace.check("quota.assembly", Q, Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP(
            "rules", "Assembled in {country}, not in {origin}: the China EV quota does not apply."),
            source=first_year, country=Country(assembly), origin=Country(origin))
    return Outcome.PASS  # said with the powertrain: "Assembled in China, a BEV: the quota covers it."


def _covered_powertrain(trace: Trace, coverage: Window, assembled: Outcome,
                        powertrain: Powertrain | None) -> Outcome:
    if powertrain is None:
        if assembled is not Outcome.PASS:
            return Outcome.UNKNOWN  # the assembly's own step already says what is missing
        return trace.check("quota.powertrain", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Assembled in China, but the powertrain is not given: electric vehicles count, combustion "
                     "ones do not."), source=coverage)
    covered = coverage.value.for_powertrain(powertrain)
    if assembled is not Outcome.PASS:
        if covered is not Tri.NO:
            return _COVERAGE_OUTCOMES[covered]
        return trace.check("quota.powertrain", Q, Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP(
            "rules", "A {powertrain}: the quota never covers it, wherever it was assembled."),
            source=coverage, powertrain=Term(powertrain))
    message = {
        Tri.YES: QT_TRANSLATE_NOOP("rules", "Assembled in China, a {powertrain}: the quota covers it."),
        Tri.NO: QT_TRANSLATE_NOOP("rules", "Assembled in China, a {powertrain}: the quota does not cover it."),
        Tri.UNKNOWN: QT_TRANSLATE_NOOP("rules", "Assembled in China, a {powertrain}: whether the quota covers "
                                                "it is not confirmed."),
    }[covered]
    return trace.check("quota.powertrain", Q, _COVERAGE_OUTCOMES[covered], message, source=coverage,
                       powertrain=Term(powertrain))


def _year_facts(trace: Trace, policy: Policy, year: Window, entry: dt.date) -> dict[str, object]:
    """The quota year the entry falls in, said in the explanation and given in the answer."""
    info = year.value
    growth = policy.data.quota.growth_percent.at(entry)
    if info.size is None:
        trace.check("quota.year", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Quota year {number} ({start} to {end}): its size is not known."), source=year,
            number=info.number, start=year.start, end=year.end - ONE_DAY)
    elif info.size_published:
        trace.check("quota.year", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Quota year {number} ({start} to {end}): {size} vehicles."), source=year,
            number=info.number, start=year.start, end=year.end - ONE_DAY, size=Count(info.size))
    elif growth is None:
        trace.check("quota.year", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Quota year {number} ({start} to {end}): about {size} vehicles; the size is not published."),
            source=year, number=info.number, start=year.start, end=year.end - ONE_DAY, size=Count(info.size))
    else:
        trace.check("quota.year", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Quota year {number} ({start} to {end}): about {size} vehicles, computed from {growth} yearly "
                     "growth; the size is not published."), source=year,
            number=info.number, start=year.start, end=year.end - ONE_DAY, size=Count(info.size),
            growth=Percent(growth.value))
    share = info.low_price_share_percent
    return {"year": info.number, "year_start": year.start, "year_end": year.end, "year_size": info.size,
            "size_published": info.size_published,
            "low_price_share_percent": Percent(share) if share is not None else None}


def _permit(trace: Trace, policy: Policy, request: SaleRequest, entry: dt.date) -> bool | None:
    permit_window = policy.data.quota.permit.at(entry)
    if permit_window is None:
        return None
    permit = permit_window.value
    personal = request.import_kind is ImportKind.PERSONAL
    required = permit.commercial_requires_permit and not (personal and permit.personal_exempt)
    trace.check("quota.permit", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
        "rules", "A personal importation needs no shipment permit.") if not required else
        QT_TRANSLATE_NOOP("rules", "A commercial importation within the quota needs a shipment-specific import "
                                   "permit from Global Affairs Canada."), source=permit_window)
    return required


def quota_key(trace: Trace, policy: Policy, request: SaleRequest, assembly: str | None,
              powertrain: Powertrain | None) -> tuple:
    """Everything `assess_quota` reads: its steps and answer are shared by the deals with the same key
    (`Trace.shared`). A field read there and missing here would give one deal another's quota answer. The
    date counts by the windows it falls in, and as itself where a step names it (a day past the quota years
    this file knows)."""
    day = request.sale_date
    return ("quota", trace.shared(("quota.day", day), _quota_day, policy, day), assembly, powertrain,
            request.quota_position, request.import_kind, request.fob_price)


def _quota_day(policy: Policy, day: dt.date) -> tuple:
    quota = policy.data.quota
    marks = window_marks(day, quota.years, quota.counts, quota.growth_percent, quota.permit,
                         quota.low_price_fob_max)
    past = day >= quota.years.values[0].start and (quota.years.at(day) is None or quota.counts.at(day) is None)
    return (*marks, day if past else None)


def assess_quota(trace: Trace, policy: Policy, request: SaleRequest, assembly: str | None,
                 powertrain: Powertrain | None) -> QuotaAnswer:
    quota = policy.data.quota
    entry = request.sale_date  # as for the tariff, the sale date stands in for the entry date
    first_year = quota.years.values[0]
    if entry < first_year.start:
        trace.check("quota.in_force", Q, Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP(
            "rules", "The China EV quota began on {start}; before then no vehicle counted against it."),
            source=first_year, start=first_year.start)
        return _answer(False, False)

    year = quota.years.at(entry)
    coverage = quota.counts.at(entry)
    assembled = _assembled_in_china(trace, policy, assembly, first_year)
    if assembled is Outcome.NOT_APPLICABLE:
        return _answer(False, False)
    if year is None or coverage is None:
        last = quota.years.values[-1]
        trace.check("quota.year", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "This policy file knows quota years up to {end}; {date} is later."),
            source=last, end=last.end - ONE_DAY, date=entry)
        return _answer(None, None)
    covered_powertrain = _covered_powertrain(trace, coverage, assembled, powertrain)
    applies = combine([assembled, Outcome.FAIL if covered_powertrain is Outcome.NOT_APPLICABLE
                       else covered_powertrain])
    if applies is False:
        return _answer(False, False)
    if assembled is not Outcome.PASS:  # assembly not known: the year it would count in, nothing more
        return _answer(None, None, **_year_facts(trace, policy, year, entry))

    position = _entry_position(trace, request, year)
    facts = _year_facts(trace, policy, year, entry)
    if position is QuotaPosition.OVER:  # covered (or perhaps), but it took no place and needed no permit
        return _answer(applies, False, **facts)
    counts = True if applies and position is QuotaPosition.WITHIN else None
    permit_required = _permit(trace, policy, request, entry)
    low_price = _low_price_reserve(trace, policy, request, year, entry)
    return _answer(applies, counts, **facts, low_price_reserve=low_price, permit_required=permit_required)


def _entry_position(trace: Trace, request: SaleRequest, year: Window) -> QuotaPosition:
    """A vehicle counts against the quota when it entered within it, with a permit; one that entered over
    it paid the surtax and took no place."""
    position = request.quota_position
    if position is QuotaPosition.WITHIN:
        trace.check("quota.position", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "Entered within the quota: it takes one of the quota year's places."), source=year)
    elif position is QuotaPosition.OVER:
        trace.check("quota.position", Q, Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP(
            "rules", "Entered over the quota: it paid the surtax and took no place in the quota."), source=year)
    else:
        trace.check("quota.position", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Whether it entered within the quota is not known: it counts only if it did."), source=year)
    return position


def _low_price_reserve(trace: Trace, policy: Policy, request: SaleRequest, year: Window,
                       entry: dt.date) -> bool | None:
    """Whether the vehicle may enter in the share reserved for low-priced EVs. The reserve is dated data of
    its own: before its first window (quota year 1) there is none, which is not the same as a later year
    whose share is not published."""
    reserve = policy.data.quota.low_price_fob_max
    window = reserve.at(entry)
    if window is None:
        first = reserve.values[0]
        if entry < first.start:
            trace.check("quota.low_price_reserve", Q, Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP(
                "rules", "Quota year {number} has no low-price reserve: the reserve begins on {start}."),
                source=first, number=year.value.number, start=first.start)
            return False
        return None
    share: Decimal | None = year.value.low_price_share_percent
    limit = Money(window.value)
    if request.fob_price is None:
        return None
    fob = Money(request.fob_price)
    within = fob <= limit
    check = compared(fob, "<=", limit, Money(limit - fob))
    if not within:
        trace.check("quota.low_price_reserve", Q, Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "FOB price {fob} is above the {limit} limit of the low-price reserve."),
            source=window, compared=check, fob=fob, limit=limit)
    elif share is None:
        trace.check("quota.low_price_reserve", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "FOB price {fob} is within the {limit} limit of the low-price reserve; the reserve's share "
                     "for this quota year is not published."), source=window, compared=check, fob=fob, limit=limit)
    elif share == 0:
        trace.check("quota.low_price_reserve", Q, Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP(
            "rules", "FOB price {fob} is within the {limit} limit, but this quota year has no low-price reserve."),
            source=window, compared=check, fob=fob, limit=limit)
        return False
    else:
        trace.check("quota.low_price_reserve", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "FOB price {fob} is within the {limit} limit of the low-price reserve ({share} of this quota "
                     "year)."), source=window, compared=check, fob=fob, limit=limit, share=Percent(share))
    return within
