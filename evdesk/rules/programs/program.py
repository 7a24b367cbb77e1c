"""One provincial program, criterion by criterion, in the order a program's text lists them: the date that
counts, the program dates (and its suspensions), new or used, the price cap (on the price the option-group
rule may replace), the amount by powertrain and battery tier, the lease, the province's own list and the
reminders; then the answer, as confident as what it rests on.

The criteria are shared by every program: a program's data says which apply and with what values. Once a
program is not in force for the date (ended, suspended, or before the data reaches) nothing else is checked.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from evdesk.rules.programs.context import ProgramContext
from evdesk.rules.programs.criteria.amount import amount_for_vehicle
from evdesk.rules.programs.criteria.condition import read_as, vehicle_condition
from evdesk.rules.programs.criteria.lease import lease_terms
from evdesk.rules.programs.criteria.price_cap import price_cap, price_limit, tested_price, tests_the_ftv
from evdesk.rules.programs.criteria.program_dates import date_that_counts, program_dates
from evdesk.rules.programs.criteria.vehicle_list import on_the_province_list, reminders
from evdesk.rules.programs.exceptions import decide
from evdesk.rules.programs.exceptions.low_confidence import low_confidence
from evdesk.rules.programs.exceptions.option_groups import option_groups_in_msrp
from evdesk.rules.programs.exceptions.suspension import suspension
from evdesk.rules.result import ProgramAnswer
from evdesk.rules.trace import QT_TRANSLATE_NOOP, combine
from evdesk.rules.values import Money, Named, to_cents
from evdesk.terms import Condition, Outcome

if TYPE_CHECKING:  # the policy's classes are type hints here (the loader alone builds the schema)
    from evdesk.policy.schema import Window

ZERO = Money("0.00")


def assess_program(ctx: ProgramContext) -> ProgramAnswer:
    """The program's answer, its steps shared between deals alike in everything the program reads
    (`Trace.shared`): the date it is keyed by, the condition, the powertrain, the lease, the MSRP and its
    option groups, the battery, and the final transaction value only where the program's cap tests it. A
    counter's deals and a stock list's units repeat these far more often than their prices."""
    request, program = ctx.request, ctx.program
    condition = request.condition
    key = ("province.program", ctx.program_id, ctx.date,
           request.registration_date is None if program.keyed_by == "registration_date" else None,
           condition, ctx.vehicle.powertrain, request.lease_months,
           # Amounts and the capacity as written: "7.9" and "7.90" are equal Decimals, each shown as given
           # (validation writes amounts in cents, but a request changed without it need not be).
           *(None if value is None else str(value) for value in (request.msrp, request.msrp_options,
                                                                 request.battery_kwh)),
           ctx.ftv.total if _tests_the_ftv(ctx, condition) else None)
    answer, ctx.in_force, ctx.ended_on, ctx.combines_window, used = ctx.trace.shared(key, _assessed, ctx)
    ctx.windows_used = list(used)
    return answer


def _tests_the_ftv(ctx: ProgramContext, condition: Condition) -> bool:
    """Whether any of the program's price limits for vehicles read as this condition tests the final
    transaction value (the others test the MSRP): once per policy, program and condition."""
    key = ("province.tests_ftv", ctx.program_id, condition)
    found = ctx.policy.memo.get(key)
    if found is None:
        reads_as, caps = read_as(condition), ctx.program.price_caps
        found = ctx.policy.memo[key] = caps is not None and any(
            tests_the_ftv(limit) for window in caps.values for limit in window.value.limits
            if limit.condition == reads_as)
    return found


def _assessed(ctx: ProgramContext) -> tuple[ProgramAnswer, Outcome, dt.date | None, Window | None, tuple[Window, ...]]:
    """The program's steps and answer, with what the province and the total read of the context after it."""
    answer = _assess(ctx)
    return answer, ctx.in_force, ctx.ended_on, ctx.combines_window, tuple(ctx.windows_used)


def _assess(ctx: ProgramContext) -> ProgramAnswer:
    date_that_counts(ctx)
    in_force = ctx.in_force = decide(ctx, "program_dates", program_dates(ctx), (suspension,))
    if in_force is not Outcome.PASS:
        return _answer(ctx, False if in_force is Outcome.FAIL else None, ZERO if in_force is Outcome.FAIL else None,
                       None)
    if ctx.program.amounts is None:
        ctx.check("rules", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "In force on {date}, but its amounts and conditions are not in the policy data."), date=ctx.date)
        return _answer(ctx, None, None, None)

    outcomes = [in_force]
    condition_outcome, condition = vehicle_condition(ctx)
    outcomes.append(condition_outcome)
    window, limit = price_limit(ctx, condition)
    price = decide(ctx, "price_cap", tested_price(ctx, limit), (option_groups_in_msrp,)) if limit else None
    outcomes.append(price_cap(ctx, window, limit, condition, price))
    amount_outcome, full = amount_for_vehicle(ctx, condition)
    outcomes.append(amount_outcome)
    lease_outcome, share, potential_share = lease_terms(ctx)
    outcomes.append(lease_outcome)
    on_the_province_list(ctx, condition)
    reminders(ctx, condition)

    eligible = combine(outcomes)
    amount = None
    if eligible is False:
        amount = ZERO
    elif eligible and full is not None and share is not None:
        amount = to_cents(full * share)
    potential = (to_cents(full * potential_share)
                 if eligible is not False and full is not None and potential_share is not None else None)
    if eligible and amount is None:  # every criterion met, yet no amount: not known, never a made-up figure
        eligible = None
    return _answer(ctx, eligible, amount, potential)


def _answer(ctx: ProgramContext, eligible: bool | None, amount: Money | None,
            potential: Money | None) -> ProgramAnswer:
    program = ctx.program
    combines = program.combines_with_evap.at(ctx.date) if program.combines_with_evap is not None else None
    ctx.combines_window = combines
    return ProgramAnswer(
        id=ctx.program_id,
        name=Named(program.name.en, program.name.fr),
        province=program.province,
        eligible=eligible,
        amount=amount,
        potential_amount=potential if potential is not None else (amount or None),
        date_basis=program.keyed_by,
        date=ctx.date,
        ended_on=ctx.ended_on,
        low_confidence=decide(ctx, "confidence", False, (low_confidence,)),
        combines_with_evap=combines.value.value if combines is not None else None,
    )
