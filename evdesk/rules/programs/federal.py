"""The federal EVAP rebate as one program among the others: its answer, unchanged, in the programs list."""

from __future__ import annotations

from evdesk.rules.request import SaleRequest
from evdesk.rules.result import ProgramAnswer, RebateAnswer

EVAP = "evap"


def evap_program(rebate: RebateAnswer, request: SaleRequest) -> ProgramAnswer:
    return ProgramAnswer(
        id=EVAP, name=None, province=None, eligible=rebate.eligible, amount=rebate.amount,
        potential_amount=rebate.potential_amount, date_basis="claim_date", date=request.effective_claim_date)
