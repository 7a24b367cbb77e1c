"""Every listed vehicle, picked with no assembly country: the model's one sourced country gives the same
answer as typing it; several give, for each, the answer typing it would; none found stays not known."""

from __future__ import annotations

import datetime as dt

import pytest

from evdesk.policy import Policy, bundled_policy
from evdesk.rules import SaleRequest, evaluate
from evdesk.rules.by_assembly import same_rebate

SALE = dt.date(2026, 5, 1)


def _listed() -> list[object]:
    return [pytest.param(v, id=f"{v.model_year} {v.make} {v.model} {v.trim}")
            for v in bundled_policy().vehicles.vehicles]


@pytest.mark.parametrize("vehicle", _listed())
@pytest.mark.parametrize("price", ["45000.00", "52000.00"])
def test_picking_a_listed_vehicle_answers_as_its_sourced_countries_would(policy: Policy, vehicle: object,
                                                                         price: str) -> None:
    fields = {"model_year": vehicle.model_year, "make": vehicle.make, "model": vehicle.model, "trim": vehicle.trim,
              "vehicle_price": price, "sale_date": SALE, "prior_incentives": 0, "fta_origin_met": "yes",
              "quota_position": "within"}
    picked = evaluate(SaleRequest(**fields), policy)
    row = policy.assembly.find(vehicle.model_year, vehicle.make, vehicle.model)
    assert row is not None
    if vehicle.canadian_made:  # the list's maple leaf fills it first
        assert picked.criterion("vehicle.assembly_from_model") is None and picked.rebate.cap_applies is False
        return
    step = picked.criterion("vehicle.assembly_from_model")
    assert step is not None
    if not row.countries:
        assert step.outcome.value == "unknown" and step.source is None
        assert picked.rebate.eligible is None and picked.assembly_cases == []
        return
    assert step.source is not None and step.source.url == row.source.url
    assert step.source.confidence == row.source.confidence
    if len(row.countries) == 1:
        typed = evaluate(SaleRequest(**fields, assembly=row.countries[0]), policy)
        assert (picked.rebate, picked.tariff, picked.quota) == (typed.rebate, typed.tariff, typed.quota)
        assert picked.assembly_cases == []
        return
    assert picked.criterion("evap.assembly").outcome.value == "unknown"
    assert [case.country for case in picked.assembly_cases] == list(row.countries)
    for case in picked.assembly_cases:
        typed = evaluate(SaleRequest(**fields, assembly=case.country), policy)
        assert (case.rebate_eligible, case.rebate_amount, case.tariff_rate_percent, case.quota_applies) == \
            (typed.rebate.eligible, typed.rebate.amount, typed.tariff.rate_percent, typed.quota.applies)


def test_the_cases_agree_only_when_every_country_gives_the_same_rebate(policy: Policy) -> None:
    base = {"vehicle_price": "45000", "sale_date": SALE, "prior_incentives": 0}
    ev6 = evaluate(SaleRequest(model_year=2025, make="Kia", model="EV6", trim="LIGHT RWD", **base), policy)
    agreed = same_rebate(ev6.assembly_cases)
    assert agreed is not None and agreed.rebate_eligible is True and agreed.rebate_amount == 5000
    model_y = evaluate(SaleRequest(model_year=2026, make="Tesla", model="Model Y", trim="RWD-B", **base), policy)
    assert same_rebate(model_y.assembly_cases) is None  # $5,000 if German-made, $0 if Chinese-made
    over = evaluate(SaleRequest(model_year=2026, make="Tesla", model="Model Y", trim="RWD-B",
                                **{**base, "vehicle_price": "50000.01"}), policy)
    agreed = same_rebate(over.assembly_cases)
    assert agreed is not None and agreed.rebate_eligible is False and agreed.rebate_amount == 0
    assert same_rebate([]) is None
