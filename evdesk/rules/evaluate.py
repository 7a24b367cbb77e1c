"""`evaluate`: one sale or lease in, the three answers and every reason out. The only entry point the
window, the CLI, the statement and any batch tool call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evdesk import __version__
from evdesk.rules.by_assembly import answers_by_assembly
from evdesk.rules.programs import assess_incentives
from evdesk.rules.quota import assess_quota, quota_key
from evdesk.rules.rebate import assess_rebate
from evdesk.rules.request import SaleRequest
from evdesk.rules.result import Evaluation, PolicyStamp
from evdesk.rules.tariff import assess_tariff, tariff_key
from evdesk.rules.trace import Trace
from evdesk.rules.vehicle import identify_vehicle

if TYPE_CHECKING:  # the policy's classes are type hints here: importing the rules loads no schema
    from evdesk.policy.loader import Policy


def evaluate(request: SaleRequest, policy: Policy) -> Evaluation:
    trace = Trace(policy)
    vehicle = identify_vehicle(request, policy, trace)
    rebate = assess_rebate(trace, policy, request, vehicle)
    assembly, powertrain = vehicle.assembly, vehicle.powertrain
    tariff = trace.shared(tariff_key(trace, policy, request, vehicle), assess_tariff, trace, policy, request,
                          vehicle)
    quota = trace.shared(quota_key(trace, policy, request, assembly, powertrain), assess_quota, trace, policy,
                         request, assembly, powertrain)
    programs, total, province = assess_incentives(trace, policy, request, vehicle, rebate)
    cases = answers_by_assembly(request, policy, vehicle.candidates) if vehicle.candidates else []
    stamp = policy.memo.get("stamp")  # the same for every evaluation under this policy (read-only)
    if stamp is None:
        data = policy.data
        stamp = policy.memo["stamp"] = PolicyStamp(id=data.id, version=data.version, sha256=policy.sha256,
                                                   published=data.published)
    return Evaluation(
        request=request,
        rebate=rebate,
        tariff=tariff,
        quota=quota,
        explanation=trace.explanation,
        warnings=trace.warnings,
        changes=trace.changes,
        policy=stamp,
        engine_version=__version__,
        programs=programs,
        total=total,
        province=province,
        assembly_cases=cases,
    )
