"""What the buyer gets in all: the sum of the amounts that are known.

The total is complete only when every program's amount and the province are known; otherwise it is "at
least" the sum. Whether the federal EVAP rebate and a provincial rebate may be combined is not confirmed
(no official statement was found), so when more than one program may pay, the total reads "if both
apply" and each provincial program that may pay carries a warning with its source.
"""

from __future__ import annotations

from evdesk.rules.programs.context import ProgramContext
from evdesk.rules.result import IncentiveTotal, ProgramAnswer, ProvinceAnswer
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.rules.values import Money
from evdesk.terms import Tri

ZERO = Money("0.00")


def _may_pay(answer: ProgramAnswer) -> bool:
    return bool(answer.amount) or (answer.amount is None and answer.eligible is not False)


KNOWN = ("programs", "no_program")  # the province's own answer is known


def incentive_total(programs: list[ProgramAnswer], province: ProvinceAnswer,
                    contexts: list[ProgramContext]) -> IncentiveTotal:
    if len(programs) == 1:  # the federal program alone: no province given, or one with no program listed
        amount = programs[0].amount
        return IncentiveTotal(amount=ZERO if amount is None else amount,
                              complete=amount is not None and province.status in KNOWN, if_both_apply=False)
    known = [p.amount for p in programs if p.amount is not None]
    complete = province.status in KNOWN and len(known) == len(programs)
    if_both = sum(1 for p in programs if _may_pay(p)) > 1
    if if_both:
        for ctx in contexts:
            answer = ctx.answer
            window = ctx.combines_window
            if answer is None or not _may_pay(answer) or (window is not None and window.value is Tri.YES):
                continue
            ctx.warn("combines_with_evap", QT_TRANSLATE_NOOP(
                "rules", "Whether {program} and the federal EVAP rebate can be combined is not confirmed: the total "
                         "adds both, if both apply."), source=window, program=answer.name)
    # Each amount is already in cents, so their sum is too: no rounding step.
    amount = known[0] if len(known) == 1 else Money(sum(known, ZERO))
    return IncentiveTotal(amount=amount, complete=complete, if_both_apply=if_both)
