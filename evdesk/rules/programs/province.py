"""The province of registration: its programs (each answered by `program.assess_program`), whether it is
known to have none, and the EV fees it charges, which are information and never subtracted.

A province not given, or one the policy data does not cover, leaves the provincial answer not known; the
federal answer is unchanged either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from evdesk.policy.loader import Policy
from evdesk.rules.programs.context import ProgramContext, Q, cite
from evdesk.rules.programs.program import assess_program
from evdesk.rules.request import SaleRequest
from evdesk.rules.result import Citation, Criterion, FeeInfo, FinalTransactionValue, ProvinceAnswer
from evdesk.rules.trace import QT_TRANSLATE_NOOP, Trace
from evdesk.rules.values import Money, Months, Named, Pairs, Province, Term
from evdesk.rules.vehicle import Vehicle
from evdesk.terms import Outcome

if TYPE_CHECKING:  # the policy's classes are type hints here (the loader alone builds the schema)
    from evdesk.policy.provinces import ProvinceEntry, ProvincesFile


def _step(trace: Trace, rule: str, outcome: Outcome, message: str, citation: Citation | None = None,
          **params: object) -> None:
    """A province-level step: filed under the province, not under one of its programs."""
    trace.explanation.append(Criterion(rule, Q, outcome, message, params, None, citation))


def assess_province(trace: Trace, policy: Policy, request: SaleRequest, vehicle: Vehicle,
                    ftv: FinalTransactionValue) -> tuple[ProvinceAnswer, list[ProgramContext]]:
    """The province's answer and one context per program checked (each holding its answer's reasons)."""
    code = request.province
    if code is None:
        # The same step every time: built once per policy (results are read-only once returned).
        step = policy.memo.get("province.given")
        if step is None:
            step = policy.memo["province.given"] = Criterion("province.given", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
                "rules", "Province of registration not given: no provincial incentive is checked, and the total "
                         "counts the federal rebate only."))
        trace.explanation.append(step)
        answer = policy.memo.get("province.not_given")  # as the step: the same answer every time (read-only)
        if answer is None:
            answer = policy.memo["province.not_given"] = ProvinceAnswer(code=None, status="not_given")
        return answer, []
    provinces = policy.provinces
    entry = provinces.provinces.get(code) if provinces is not None else None
    if provinces is None or entry is None:
        _step(trace, "province.data", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "The policy data has nothing on {province}: its incentives are not known."),
            province=Province(code))
        return ProvinceAnswer(code=code, status="not_known"), []

    contexts = []
    for program_id in entry.programs:
        program = provinces.programs[program_id]
        date = (request.effective_registration_date if program.keyed_by == "registration_date"
                else request.sale_date)
        ctx = ProgramContext(trace=trace, policy=policy, provinces=provinces, program_id=program_id,
                             program=program, request=request, vehicle=vehicle, ftv=ftv, date=date)
        ctx.answer = assess_program(ctx)
        contexts.append(ctx)

    status = "programs" if contexts else "not_known"
    window = entry.no_program.at(request.sale_date) if entry.no_program is not None else None
    if window is not None and window.value and all(ctx.in_force is Outcome.FAIL for ctx in contexts):
        status = "no_program"
        message = (QT_TRANSLATE_NOOP("rules", "No other provincial EV purchase incentive in {province} on {date}.")
                   if contexts else
                   QT_TRANSLATE_NOOP("rules", "No provincial EV purchase incentive in {province} on {date}."))
        _step(trace, "province.no_program", Outcome.INFO, message, cite(policy, provinces, window),
              province=Province(code), date=request.sale_date)
    elif not contexts:
        _step(trace, "province.data", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Whether {province} had an EV purchase incentive on {date} is not in the policy data."),
            province=Province(code), date=request.sale_date)
    fees = _fees(trace, policy, provinces, entry, request, vehicle)
    return ProvinceAnswer(code=code, status=status, fees=fees), contexts


def _fees(trace: Trace, policy: Policy, provinces: ProvincesFile, entry: ProvinceEntry, request: SaleRequest,
          vehicle: Vehicle) -> list[FeeInfo]:
    """EV fees at registration: said on the answer as information, never taken off an incentive."""
    fees = []
    day = request.effective_registration_date
    for fee_id, timeline in entry.fees.items():
        window = timeline.at(day)
        if window is None:
            continue
        fee = window.value
        name = Named(fee.name.en, fee.name.fr)
        months = Months(fee.every_months)
        citation = cite(policy, provinces, window)
        rule = f"province.fee.{fee_id}"
        powertrain = vehicle.powertrain
        if powertrain is None:
            amounts = Pairs((Term(p), Money(a) if a != "not_known" else None) for p, a in fee.amounts.items())
            _step(trace, rule, Outcome.INFO, QT_TRANSLATE_NOOP(
                "rules", "{fee}, every {months} months: {amounts}. Information only: it is not taken off any "
                         "incentive."), citation, fee=name, months=months, amounts=amounts)
            fees.append(FeeInfo(id=fee_id, name=name, amount=None, every_months=fee.every_months))
            continue
        if powertrain not in fee.amounts:
            continue
        amount = fee.amounts[powertrain]
        if amount == "not_known":
            _step(trace, rule, Outcome.INFO, QT_TRANSLATE_NOOP(
                "rules", "{fee} applies to a {powertrain}, every {months} months; its amount is not confirmed. "
                         "Information only: it is not taken off any incentive."), citation, fee=name,
                powertrain=Term(powertrain), months=months)
            fees.append(FeeInfo(id=fee_id, name=name, amount=None, every_months=fee.every_months))
        else:
            _step(trace, rule, Outcome.INFO, QT_TRANSLATE_NOOP(
                "rules", "{fee}: {amount} every {months} months for a {powertrain}. Information only: it is not "
                         "taken off any incentive."), citation, fee=name, amount=Money(amount), months=months,
                powertrain=Term(powertrain))
            fees.append(FeeInfo(id=fee_id, name=name, amount=Money(amount), every_months=fee.every_months))
    return fees
