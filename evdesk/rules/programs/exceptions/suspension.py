"""Suspension: a program in force may be suspended for a while, and pays nothing for dates inside it.

Québec suspended Roulez vert from February 1 to March 31, 2025 when its funds ran out, and resumed it on
April 1, 2025. The base rule (`program_dates`) knows nothing of this; this layer overrides its outcome.
"""

from __future__ import annotations

import datetime as dt

from evdesk.rules.programs.context import ProgramContext
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.terms import Outcome

ONE_DAY = dt.timedelta(days=1)


def suspension(ctx: ProgramContext, base: Outcome) -> Outcome | None:
    window = next((w for w in ctx.program.suspensions if w.start <= ctx.date < w.end), None)
    if window is None or base is not Outcome.PASS:
        return None
    ctx.use(window)
    return ctx.check("suspension", Outcome.FAIL, QT_TRANSLATE_NOOP(
        "rules", "Exception: the program was suspended from {start} to {last_day} (it resumed on {resumed}), so "
                 "nothing is paid for {date}."), source=window, overrides="program_dates",
        start=window.start, last_day=window.end - ONE_DAY, resumed=window.end, date=ctx.date)
