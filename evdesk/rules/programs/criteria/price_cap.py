"""The price cap: the manufacturer's suggested price of the version (Québec, Manitoba's new vehicles) or
the transaction value (used vehicles), against the program's limit for that condition.

The price tested is its own definition (`tested_price`), so that an exception can replace it (Québec adds
the manufacturer's option groups to the MSRP since November 10, 2025) without an `if` in the cap itself.
A price exactly at the limit follows the sources' wording: "at most" qualifies, "less than" does not,
and where they disagree the answer is not known.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from evdesk.rules.programs.context import ProgramContext, TestedPrice
from evdesk.rules.trace import QT_TRANSLATE_NOOP, compared
from evdesk.rules.values import Money, Term
from evdesk.terms import Outcome

if TYPE_CHECKING:  # the policy's classes are type hints here (the loader alone builds the schema)
    from evdesk.policy.provinces import PriceCaps, PriceLimit
    from evdesk.policy.schema import Window


def price_limit(ctx: ProgramContext, condition: str) -> tuple[Window[PriceCaps] | None, PriceLimit | None]:
    timeline = ctx.program.price_caps
    window = ctx.use(timeline.at(ctx.date)) if timeline is not None else None
    if window is None:
        return None, None
    return window, next((limit for limit in window.value.limits if limit.condition == condition), None)


def tests_the_ftv(limit: PriceLimit) -> bool:
    """Whether the limit tests the final transaction value; the others test the MSRP."""
    return limit.price != "msrp"


def tested_price(ctx: ProgramContext, limit: PriceLimit) -> TestedPrice:
    """The base definition: the MSRP as given, or the final transaction value."""
    if not tests_the_ftv(limit):
        return TestedPrice("msrp", ctx.request.msrp, limit.limit)
    return TestedPrice("transaction_value", ctx.ftv.total, limit.limit)


def price_cap(ctx: ProgramContext, window: Window[PriceCaps] | None, limit: PriceLimit | None, condition: str,
              price: TestedPrice | None) -> Outcome:
    if window is None:
        return ctx.check("price_cap", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "The program's price limits are not in the policy data for {date}."), date=ctx.date)
    if limit is None or price is None:
        if window.value.others == "none_found":
            return ctx.check("price_cap", Outcome.INFO, QT_TRANSLATE_NOOP(
                "rules", "No price limit for a {condition} vehicle was found in the program's sources."),
                source=window, condition=Term(condition))
        return ctx.check("price_cap", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "The price limit for a {condition} vehicle is not in the policy data."),
            source=window, condition=Term(condition))
    cap = Money(limit.limit)
    kind = Term(price.kind)
    if price.amount is None:
        if price.at_least is not None and _over(price.at_least, limit):
            over = Money(price.at_least - cap)
            return ctx.check("price_cap", Outcome.FAIL, QT_TRANSLATE_NOOP(
                "rules", "{price_kind} is at least {price}, over the {cap} limit by {over} or more."),
                source=window, compared=compared(Money(price.at_least), "<=", cap, Money(cap - price.at_least)),
                price_kind=kind, price=Money(price.at_least), cap=cap, over=over)
        return ctx.check("price_cap", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "{price_kind}: not given. The limit is {cap}."), source=window, price_kind=kind, cap=cap)
    amount = Money(price.amount)
    margin = Money(cap - amount)
    relation = "<=" if limit.at_limit == "eligible" else "<"
    if amount < cap:
        return ctx.check("price_cap", Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "{price_kind}, {price}, is under the {cap} limit ({margin} to spare)."),
            source=window, compared=compared(amount, relation, cap, margin), price_kind=kind, price=amount, cap=cap,
            margin=margin)
    if amount == cap:
        if limit.at_limit == "eligible":
            return ctx.check("price_cap", Outcome.PASS, QT_TRANSLATE_NOOP(
                "rules", "{price_kind}, {price}, is exactly at the {cap} limit, which qualifies (at most {cap})."),
                source=window, compared=compared(amount, relation, cap, margin), price_kind=kind, price=amount,
                cap=cap)
        if limit.at_limit == "not_eligible":
            return ctx.check("price_cap", Outcome.FAIL, QT_TRANSLATE_NOOP(
                "rules", "{price_kind}, {price}, is exactly at the {cap} limit: it must be less than {cap}."),
                source=window, compared=compared(amount, relation, cap, margin), price_kind=kind, price=amount,
                cap=cap)
        return ctx.check("price_cap", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "{price_kind}, {price}, is exactly at the {cap} limit: the sources do not settle whether a price "
                     "at the limit qualifies."), source=window, price_kind=kind, price=amount, cap=cap)
    return ctx.check("price_cap", Outcome.FAIL, QT_TRANSLATE_NOOP(
        "rules", "{price_kind}, {price}, is {over} over the {cap} limit."), source=window,
        compared=compared(amount, relation, cap, margin), price_kind=kind, price=amount, cap=cap,
        over=Money(-margin))


def _over(price: object, limit: PriceLimit) -> bool:
    """A price that fails the limit whatever is still unknown."""
    return price > limit.limit or (price == limit.limit and limit.at_limit == "not_eligible")  # type: ignore[operator]
