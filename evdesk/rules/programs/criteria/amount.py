"""The amount: by condition, powertrain and, for plug-in hybrids where the program says so, the battery's
capacity tier (Québec: 8 to under 15 kWh, 15 kWh or more), from the window the program's date picks.

A vehicle no row pays (a hybrid that does not plug in, a plug-in hybrid under the smallest tier) gets
nothing; a row without an amount is paid, but how much is not in the data: not known. A condition with no
row at all (used vehicles, where the sources give only new ones) is not known either, never "nothing".
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from evdesk.rules.programs.context import ProgramContext
from evdesk.rules.trace import QT_TRANSLATE_NOOP, compared
from evdesk.rules.values import Kwh, KwhRange, Money, Pairs, Term
from evdesk.terms import Outcome

if TYPE_CHECKING:  # the policy's classes are type hints here (the loader alone builds the schema)
    from evdesk.policy.provinces import AmountRow


def kwh_range(row: AmountRow) -> KwhRange:
    return KwhRange(row.battery_kwh_from, row.battery_kwh_below)


def amount_for_vehicle(ctx: ProgramContext, condition: str) -> tuple[Outcome, Decimal | None]:
    """The outcome and the full (purchase) amount, when known."""
    timeline = ctx.program.amounts
    window = ctx.use(timeline.at(ctx.date)) if timeline is not None else None
    if window is None:
        return ctx.check("amount", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "The program's amounts are not in the policy data for {date}."), date=ctx.date), None
    powertrain = ctx.vehicle.powertrain
    if powertrain is None:
        return ctx.check("amount", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Powertrain not given: the amount depends on it."), source=window), None
    if not any(row.condition == condition for row in window.value):
        # The table lists the vehicles of a condition it pays for; of this condition it says nothing.
        return ctx.check("amount", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "The amounts for a {condition} vehicle are not in the policy data."),
            source=window, condition=Term(condition)), None
    rows = [row for row in window.value if row.condition == condition and row.powertrain is powertrain]
    if not rows:
        return ctx.check("amount", Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "A {condition} {powertrain} is not among the vehicles the program pays for."),
            source=window, condition=Term(condition), powertrain=Term(powertrain)), None
    if any(row.tiered for row in rows):
        return _by_battery_tier(ctx, window, rows)
    row = rows[0]
    return _stated(ctx, window, row, condition)


def _stated(ctx: ProgramContext, window: object, row: AmountRow, condition: str) -> tuple[Outcome, Decimal | None]:
    powertrain = Term(row.powertrain)
    if row.amount is None:
        return ctx.check("amount", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "The program pays for a {condition} {powertrain}, but the amount is not in the policy data."),
            source=window, condition=Term(condition), powertrain=powertrain), None
    amount = Money(row.amount)
    if amount == 0:
        return ctx.check("amount", Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "The amount for a {condition} {powertrain} on {date} is {amount}."),
            source=window, condition=Term(condition), powertrain=powertrain, date=ctx.date, amount=amount), amount
    return ctx.check("amount", Outcome.INFO, QT_TRANSLATE_NOOP(
        "rules", "The amount for a {condition} {powertrain} on {date} is {amount}."),
        source=window, condition=Term(condition), powertrain=powertrain, date=ctx.date, amount=amount), amount


def _by_battery_tier(ctx: ProgramContext, window: object, rows: list[AmountRow]) -> tuple[Outcome, Decimal | None]:
    rows = sorted(rows, key=lambda row: row.battery_kwh_from or Decimal(0))
    tiers = Pairs((kwh_range(row), Money(row.amount) if row.amount is not None else None) for row in rows)
    powertrain = Term(rows[0].powertrain)
    kwh = ctx.request.battery_kwh
    if kwh is None:
        return ctx.check("amount", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Battery capacity not given: a {powertrain}'s amount depends on it ({tiers})."),
            source=window, powertrain=powertrain, tiers=tiers), None
    capacity = Kwh(kwh)
    row = next((row for row in rows if row.covers(kwh)), None)
    if row is None:
        smallest = rows[0].battery_kwh_from
        if smallest is not None and kwh < smallest:
            low = Kwh(smallest)
            return ctx.check("amount", Outcome.FAIL, QT_TRANSLATE_NOOP(
                "rules", "A battery of {kwh} is under the smallest the program pays for ({low}): nothing is paid "
                         "({tiers})."), source=window, compared=compared(capacity, ">=", low, Kwh(kwh - smallest)),
                kwh=capacity, low=low, tiers=tiers), None
        return ctx.check("amount", Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "A battery of {kwh} is in none of the program's tiers ({tiers})."),
            source=window, kwh=capacity, tiers=tiers), None
    tier = kwh_range(row)
    floor = row.battery_kwh_from
    numbers = compared(capacity, ">=", Kwh(floor), Kwh(kwh - floor)) if floor is not None else None
    if row.amount is None:
        return ctx.check("amount", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "A battery of {kwh} falls in the {tier} tier, whose amount is not in the policy data."),
            source=window, compared=numbers, kwh=capacity, tier=tier), None
    amount = Money(row.amount)
    outcome = Outcome.FAIL if amount == 0 else Outcome.INFO
    return ctx.check("amount", outcome, QT_TRANSLATE_NOOP(
        "rules", "A {powertrain} with a battery of {kwh} falls in the {tier} tier: {amount} on {date}."),
        source=window, compared=numbers, powertrain=powertrain, kwh=capacity, tier=tier, amount=amount,
        date=ctx.date), amount
