"""New or used: whether the program pays for a vehicle in this condition.

Returns the condition the rest of the program reads its rows with: a demonstrator is read as new (what it
would get if it counts as new), while its own step says whether it does.
"""

from __future__ import annotations

from evdesk.rules.programs.context import ProgramContext
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.terms import Condition, Outcome, Tri


def read_as(condition: Condition) -> str:
    """The condition a program's rows are read with: a demonstrator as new."""
    return "used" if condition is Condition.USED else "new"


def vehicle_condition(ctx: ProgramContext) -> tuple[Outcome, str]:
    condition = ctx.request.condition
    reads_as = read_as(condition)
    timeline = ctx.program.conditions
    window = ctx.use(timeline.at(ctx.date)) if timeline is not None else None
    if window is None:
        return ctx.check("condition", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Which vehicles it pays for, new or used, is not in the policy data for {date}."),
            date=ctx.date), reads_as
    paid: Tri = getattr(window.value, condition.value)
    if condition is Condition.NEW:
        texts = (QT_TRANSLATE_NOOP("rules", "A new vehicle: the program pays for new vehicles."),
                 QT_TRANSLATE_NOOP("rules", "A new vehicle: the program does not pay for new vehicles."),
                 QT_TRANSLATE_NOOP("rules", "Whether the program pays for new vehicles is not known."))
    elif condition is Condition.USED:
        texts = (QT_TRANSLATE_NOOP("rules", "A used vehicle: the program pays for used vehicles too."),
                 QT_TRANSLATE_NOOP("rules", "A used vehicle: the program pays for new vehicles only."),
                 QT_TRANSLATE_NOOP("rules", "Whether the program pays for used vehicles is not known: the sources "
                                            "give no used-vehicle rules."))
    else:
        texts = (QT_TRANSLATE_NOOP("rules", "A demonstrator: the program counts it as new."),
                 QT_TRANSLATE_NOOP("rules", "A demonstrator: the program does not count it as new."),
                 QT_TRANSLATE_NOOP("rules", "A demonstrator: whether the program counts it as new is not known. "
                                            "What follows is what it would get as a new vehicle."))
    outcome = {Tri.YES: Outcome.PASS, Tri.NO: Outcome.FAIL, Tri.UNKNOWN: Outcome.UNKNOWN}[paid]
    message = texts[(Outcome.PASS, Outcome.FAIL, Outcome.UNKNOWN).index(outcome)]
    return ctx.check("condition", outcome, message, source=window), reads_as
