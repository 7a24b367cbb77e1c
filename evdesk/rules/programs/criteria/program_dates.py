"""Program dates: which date counts for the program, and whether the program is in force on it.

Québec's amount and eligibility follow the date the vehicle is registered in the buyer's name, not the
order or sale date; the other programs follow the sale or lease date. A date after the program's last
window means it has ended ("since when" is said); before its first window the data does not reach.
"""

from __future__ import annotations

import datetime as dt

from evdesk.rules.programs.context import ProgramContext
from evdesk.rules.trace import QT_TRANSLATE_NOOP, compared
from evdesk.terms import Outcome

ONE_DAY = dt.timedelta(days=1)


def date_that_counts(ctx: ProgramContext) -> None:
    request = ctx.request
    if ctx.program.keyed_by == "registration_date":
        if request.registration_date is None:
            ctx.check("date", Outcome.INFO, QT_TRANSLATE_NOOP(
                "rules", "Registration date not given: taken as the sale date, {date}. The date the vehicle is "
                         "registered in the buyer's name sets this program's amount, not the order or sale date."),
                date=ctx.date)
        else:
            ctx.check("date", Outcome.INFO, QT_TRANSLATE_NOOP(
                "rules", "Registered on {date}: the registration date in the buyer's name sets this program's "
                         "amount, not the order or sale date."), date=ctx.date)


def program_dates(ctx: ProgramContext) -> Outcome:
    runs = ctx.program.runs
    window = ctx.use(runs.at(ctx.date))
    if window is not None and window.value:
        return ctx.check("program_dates", Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "In force on {date}."), source=window, date=ctx.date)
    if window is not None:
        return ctx.check("program_dates", Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "Not in force on {date}."), source=window, date=ctx.date)
    first, last = runs.values[0], runs.values[-1]
    if ctx.date >= last.end:
        ctx.ended_on = last.end - ONE_DAY
        return ctx.check("program_dates", Outcome.FAIL, QT_TRANSLATE_NOOP(
            "rules", "Ended: its last day was {last_day}, so nothing is paid for {date}."),
            source=last, compared=compared(ctx.date, "<=", ctx.ended_on), last_day=ctx.ended_on, date=ctx.date)
    return ctx.check("program_dates", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
        "rules", "Not known for {date}: the policy data has this program's rules only from {start}."),
        source=first, date=ctx.date, start=first.start)

