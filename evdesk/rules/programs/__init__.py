"""Incentive programs: the federal EVAP rebate (answered by `evdesk.rules.rebate`) and the provinces'
programs, their total, and the province's EV fees. Pure Python, no Qt.

A provincial program is data (`seeds/provinces.toml`, schema `evdesk.policy.provinces`) read by criteria
shared by every program, one module per kind of rule in `criteria/` (program dates, new or used, the
price cap, the amount by powertrain and battery tier, leases, the province's own list), with the
exceptions to them as their own labelled layer in `exceptions/` (suspensions, option groups in the MSRP,
low confidence). A new program is data, plus a criterion only where its rule is of a new kind.
"""

from __future__ import annotations

from evdesk.policy.loader import Policy
from evdesk.rules.programs.federal import evap_program
from evdesk.rules.programs.province import assess_province
from evdesk.rules.programs.total import incentive_total
from evdesk.rules.request import SaleRequest
from evdesk.rules.result import IncentiveTotal, ProgramAnswer, ProvinceAnswer, RebateAnswer
from evdesk.rules.trace import Trace
from evdesk.rules.vehicle import Vehicle


def assess_incentives(trace: Trace, policy: Policy, request: SaleRequest, vehicle: Vehicle,
                      rebate: RebateAnswer) -> tuple[list[ProgramAnswer], IncentiveTotal, ProvinceAnswer]:
    province, contexts = assess_province(trace, policy, request, vehicle, rebate.ftv)
    programs = [evap_program(rebate, request), *(ctx.answer for ctx in contexts if ctx.answer is not None)]
    return programs, incentive_total(programs, province, contexts), province
