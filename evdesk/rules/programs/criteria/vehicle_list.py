"""The province's own list of eligible vehicles, and the conditions the rules cannot check.

Québec pays only for vehicles on its list of eligible new vehicles, and that list is not in the policy
data: as with Transport Canada's list for EVAP, the answer gives the amount and says to check the list;
it is evidence, not a refusal. The program's reminders (a battery report, months to stay registered) are
said the same way.
"""

from __future__ import annotations

from evdesk.rules.programs.context import ProgramContext
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.rules.values import Named
from evdesk.terms import Outcome


def on_the_province_list(ctx: ProgramContext, condition: str) -> None:
    timeline = ctx.program.vehicle_list
    window = timeline.at(ctx.date) if timeline is not None else None
    if window is None or condition not in window.value.conditions:
        return
    name = Named(window.value.name.en, window.value.name.fr)
    ctx.check("vehicle_list", Outcome.INFO, QT_TRANSLATE_NOOP(
        "rules", "Not checked against {list}: that list is not in the policy data."), source=window, list=name)
    ctx.warn("vehicle_list", QT_TRANSLATE_NOOP(
        "rules", "Check that the vehicle (its model year and version) is on {list}: the amount is paid only for "
                 "vehicles on it."), source=window, list=name)


def reminders(ctx: ProgramContext, condition: str) -> None:
    for index, reminder in enumerate(ctx.program.reminders):
        if condition in reminder.conditions:
            ctx.warn(f"reminder_{index}", QT_TRANSLATE_NOOP("rules", "{reminder}"), source_id=reminder.source,
                     reminder=Named(reminder.text.en, reminder.text.fr))
