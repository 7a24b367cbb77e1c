"""The China EV tariff-rate quota: whether this vehicle counts against it, and in which quota year.

Quota years run March 1 to the end of February. Only vehicles assembled in China are counted; which
powertrains count is policy data (HEV is not confirmed and stays "unknown").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from evdesk.policy.loader import Policy
from evdesk.policy.schema import Window
from evdesk.rules.request import SaleRequest
from evdesk.rules.result import QuotaAnswer
from evdesk.rules.trace import QT_TRANSLATE_NOOP, Trace, compared
from evdesk.rules.values import Count, Country, Money, Percent, Term
from evdesk.terms import ImportKind, Outcome, Powertrain, Question, QuotaPosition, Tri

Q = Question.QUOTA
ONE_DAY = dt.timedelta(days=1)
_NO_DETAILS = dict.fromkeys(f.name for f in dataclasses.fields(QuotaAnswer))


def _answer(applies: bool | None, **fields: object) -> QuotaAnswer:
    return QuotaAnswer(**{**_NO_DETAILS, "applies": applies, **fields})


def assess_quota(trace: Trace, policy: Policy, request: SaleRequest, assembly: str | None,
                 powertrain: Powertrain | None) -> QuotaAnswer:
    quota = policy.data.quota
    entry = request.sale_date  # as for the tariff, the sale date stands in for the entry date
    first_year = quota.years.values[0]
    if entry < first_year.start:
        trace.check("quota.in_force", Q, Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP(
            "rules", "The China EV quota began on {start}; before then no vehicle counted against it."),
            source=first_year, start=first_year.start)
        return _answer(False)
    if assembly is None:
        trace.check("quota.assembly", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Country of final assembly not given: only vehicles assembled in {origin} count."),
            source=first_year, origin=Country(quota.origin))
        return _answer(None)
    if assembly != quota.origin:
        trace.check("quota.assembly", Q, Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP(
            "rules", "Assembled in {country}, not in {origin}: the China EV quota does not apply."),
            source=first_year, country=Country(assembly), origin=Country(quota.origin))
        return _answer(False)

    year = quota.years.at(entry)
    counts = quota.counts.at(entry)
    if year is None or counts is None:
        last = quota.years.values[-1]
        trace.check("quota.year", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "This policy file knows quota years up to {end}; {date} is later."),
            source=last, end=last.end - ONE_DAY, date=entry)
        return _answer(None)

    if powertrain is None:
        trace.check("quota.powertrain", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Assembled in China, but the powertrain is not given: electric vehicles count, combustion "
                     "ones do not."), source=counts)
        coverage = Tri.UNKNOWN
    else:
        coverage = counts.value.for_powertrain(powertrain)
        message = {
            Tri.YES: QT_TRANSLATE_NOOP("rules", "Assembled in China, a {powertrain}: the quota covers it."),
            Tri.NO: QT_TRANSLATE_NOOP("rules", "Assembled in China, a {powertrain}: the quota does not cover it."),
            Tri.UNKNOWN: QT_TRANSLATE_NOOP("rules", "Assembled in China, a {powertrain}: whether the quota covers "
                                                    "it is not confirmed."),
        }[coverage]
        outcome = {Tri.YES: Outcome.PASS, Tri.NO: Outcome.NOT_APPLICABLE, Tri.UNKNOWN: Outcome.UNKNOWN}[coverage]
        trace.check("quota.powertrain", Q, outcome, message, source=counts, powertrain=Term(powertrain))
    if coverage is Tri.NO:
        return _answer(False)
    position = _entry_position(trace, request, year)
    if position is QuotaPosition.OVER:
        return _answer(False)
    applies = True if coverage is Tri.YES and position is QuotaPosition.WITHIN else None

    info = year.value
    growth = quota.growth_percent.at(entry)
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

    permit_window = quota.permit.at(entry)
    permit_required = None
    if permit_window is not None:  # within the quota (or perhaps): the permit is what lets it in
        permit = permit_window.value
        personal = request.import_kind is ImportKind.PERSONAL
        permit_required = permit.commercial_requires_permit and not (personal and permit.personal_exempt)
        trace.check("quota.permit", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "A personal importation needs no shipment permit.") if not permit_required else
            QT_TRANSLATE_NOOP("rules", "A commercial importation within the quota needs a shipment-specific import "
                                       "permit from Global Affairs Canada."), source=permit_window)

    low_price = _low_price_reserve(trace, policy, request, year.value.low_price_share_percent, entry)
    return _answer(applies, year=info.number, year_start=year.start, year_end=year.end, year_size=info.size,
                   size_published=info.size_published,
                   low_price_share_percent=(Percent(info.low_price_share_percent)
                                            if info.low_price_share_percent is not None else None),
                   low_price_reserve=low_price, permit_required=permit_required)


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


def _low_price_reserve(trace: Trace, policy: Policy, request: SaleRequest, share: Decimal | None,
                       entry: dt.date) -> bool | None:
    window = policy.data.quota.low_price_fob_max.at(entry)
    if window is None:
        return None
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
