"""The answer for each country a model may have been assembled in, when it is built in several and the
request does not say which ("$5,000 if built in Germany; $0 if built in China"): the same request,
evaluated once per country. The engine works them out, so every edge shows the same figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evdesk.rules.request import SaleRequest
from evdesk.rules.result import AssemblyCase

if TYPE_CHECKING:  # the policy's classes are type hints here: importing the rules loads no schema
    from evdesk.policy.loader import Policy


def answers_by_assembly(request: SaleRequest, policy: Policy, countries: tuple[str, ...]) -> list[AssemblyCase]:
    from evdesk.rules.evaluate import evaluate  # evaluate asks for these cases: imported when asked

    cases = []
    for country in countries:
        # Assembly given: this evaluation has no candidates of its own, so it goes no deeper.
        answer = evaluate(request.model_copy(update={"assembly": country}), policy)
        cases.append(AssemblyCase(
            country=country, rebate_eligible=answer.rebate.eligible, rebate_amount=answer.rebate.amount,
            rebate_potential=answer.rebate.potential_amount, tariff_rate_percent=answer.tariff.rate_percent,
            tariff_possible_rates=list(answer.tariff.possible_rates), quota_applies=answer.quota.applies))
    return cases


def same_rebate(cases: list[AssemblyCase]) -> AssemblyCase | None:
    """The case every country agrees on for the rebate (eligible or not, and the amount), if they all do:
    then where the unit was built does not change the rebate, and the answer is firm."""
    if not cases:
        return None
    first = cases[0]
    if first.rebate_eligible is None:
        return None
    agree = all((c.rebate_eligible, c.rebate_amount) == (first.rebate_eligible, first.rebate_amount) for c in cases)
    return first if agree else None
