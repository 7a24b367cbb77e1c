"""Leases: the share of the purchase amount a lease gets, by the program's kind of rule.

- prorated: months / full term, the full amount from the full term (Manitoba: 48 months);
- tiers: a share per term band, nothing under the shortest (Prince Edward Island: 48+, 36, 24, 12 months);
- minimum: the full amount from a term on, nothing below it (Newfoundland and Labrador: 48 months);
- not_known: leases are paid, but how much is not in the data (Québec sets it per vehicle in its list).
Which kind a window holds is its `rule` (the data's own discriminator; evdesk.policy.provinces).
"""

from __future__ import annotations

from decimal import Decimal

from evdesk.rules.programs.context import ProgramContext
from evdesk.rules.trace import QT_TRANSLATE_NOOP, compared
from evdesk.rules.values import Months, Percent
from evdesk.terms import Outcome

FULL = Decimal(1)
HUNDRED = Decimal(100)


def _percent(share: Decimal) -> Percent:
    """75 %, 62.5 %: to the hundredth, without trailing zeros (and without an exponent)."""
    value = (share * HUNDRED).quantize(Decimal("0.01"))
    return Percent(value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize())


def lease_terms(ctx: ProgramContext) -> tuple[Outcome, Decimal | None, Decimal | None]:
    """The outcome, the share of the amount (None when not known), and the share it would be if the unknown
    turns out well (for the "up to" figure)."""
    months = ctx.request.lease_months
    if months is None:
        ctx.check("lease", Outcome.NOT_APPLICABLE, QT_TRANSLATE_NOOP("rules", "A purchase gets the full amount."))
        return Outcome.NOT_APPLICABLE, FULL, FULL
    timeline = ctx.program.lease
    window = ctx.use(timeline.at(ctx.date)) if timeline is not None else None
    term = Months(months)
    if window is None:
        return ctx.check("lease", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "How the program pays a lease is not in the policy data."), term=term), None, FULL
    rule = window.value
    if rule.rule == "not_known":
        return ctx.check("lease", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "A lease of {term} months: the amount for a lease is not in the policy data (it can be less "
                     "than a purchase's)."), source=window, term=term), None, FULL
    if rule.rule == "minimum":
        minimum = Months(rule.min_months)
        if months >= rule.min_months:
            return ctx.check("lease", Outcome.PASS, QT_TRANSLATE_NOOP(
                "rules", "A lease of {term} months gets the full amount ({minimum} months or more)."),
                source=window, compared=compared(term, ">=", minimum, Months(months - minimum)), term=term,
                minimum=minimum), FULL, FULL
        return ctx.check("lease", Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "A lease of {term} months gets nothing: leases must run {minimum} months or more."),
            source=window, compared=compared(term, ">=", minimum, Months(months - minimum)), term=term,
            minimum=minimum), None, None
    if rule.rule == "tiers":
        tier = next((tier for tier in rule.tiers if months >= tier.from_months), None)
        if tier is None:
            shortest = Months(rule.tiers[-1].from_months)
            return ctx.check("lease", Outcome.FAIL, QT_TRANSLATE_NOOP(
                "rules", "A lease of {term} months gets nothing: the shortest lease paid is {shortest} months."),
                source=window, compared=compared(term, ">=", shortest, Months(months - shortest)), term=term,
                shortest=shortest), None, None
        share = tier.share_percent / HUNDRED
        start = Months(tier.from_months)
        return ctx.check("lease", Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "A lease of {term} months is in the {start}-month tier: {share} of the purchase amount."),
            source=window, compared=compared(term, ">=", start, Months(months - start)), term=term, start=start,
            share=_percent(share)), share, share
    assert rule.rule == "prorated"
    full = Months(rule.full_months)
    if months >= rule.full_months:
        return ctx.check("lease", Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "A lease of {term} months gets the full amount ({full} months or more)."),
            source=window, compared=compared(term, ">=", full, Months(months - full)), term=term, full=full), FULL, FULL
    share = Decimal(months) / Decimal(rule.full_months)
    if rule.min_months is not None and months < rule.min_months:
        minimum = Months(rule.min_months)
        return ctx.check("lease", Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "A lease of {term} months gets nothing: leases must run {minimum} months or more."),
            source=window, compared=compared(term, ">=", minimum, Months(months - minimum)), term=term,
            minimum=minimum), None, None
    if rule.min_months is None:
        return ctx.check("lease", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "A lease of {term} months would get {term}/{full} of the amount ({share}), but the shortest "
                     "lease the program pays was not found."), source=window, term=term, full=full,
            share=_percent(share)), None, share
    return ctx.check("lease", Outcome.PASS, QT_TRANSLATE_NOOP(
        "rules", "A lease of {term} months gets {term}/{full} of the amount ({share})."),
        source=window, term=term, full=full, share=_percent(share)), share, share
