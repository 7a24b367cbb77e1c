"""Properties of the incentive programs over many generated sales: the province never changes the federal
answer, the total is the sum of what is known, and what is not known stays not known."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from evdesk.rules import SaleRequest, evaluate
from evdesk.rules.request import canadian_subdivision_codes
from evdesk.terms import Condition, Powertrain

money = st.decimals(min_value=0, max_value=120_000, places=2, allow_nan=False, allow_infinity=False)
# Around the program dates that matter: Québec's suspension and option rule, the March 2026 ends, 2027.
days = st.dates(min_value=dt.date(2024, 9, 1), max_value=dt.date(2027, 6, 30))
kwh = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("120"), places=2, allow_nan=False,
                  allow_infinity=False)
# Mostly the caps' neighbourhoods, where the answers turn.
msrps = st.one_of(st.none(), money, st.sampled_from([Decimal(v) for v in ("64999.99", "65000.00", "65000.01",
                                                                          "69999.99", "70000.00", "70000.01")]))

sales = st.builds(
    lambda sale, registration_gap, **fields: dict(sale_date=sale, registration_date=(
        None if registration_gap is None else sale + dt.timedelta(days=registration_gap)), **fields),
    sale=days,
    registration_gap=st.one_of(st.none(), st.integers(0, 120)),
    powertrain=st.one_of(st.none(), st.sampled_from(list(Powertrain))),
    assembly=st.sampled_from(["CA", "US", "CN", "DE", None]),
    vehicle_price=st.one_of(st.none(), money),
    lease_months=st.one_of(st.none(), st.integers(1, 72)),
    condition=st.sampled_from(list(Condition)),
    odometer_km=st.one_of(st.none(), st.integers(0, 20_000)),
    prior_incentives=st.one_of(st.none(), st.just(0)),
    msrp=msrps,
    msrp_options=st.one_of(st.none(), st.just(Decimal(0)), money),
    battery_kwh=st.one_of(st.none(), kwh, st.sampled_from([Decimal(v) for v in ("7.99", "8", "14.99", "15")])),
)
provinces = st.sampled_from(sorted(canadian_subdivision_codes()) + ["CA-QC"] * 6)

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(sales, provinces)
def test_a_province_never_changes_the_federal_answer(policy, fields: dict, province: str) -> None:
    without = evaluate(SaleRequest(**fields), policy)
    with_one = evaluate(SaleRequest(**fields, province=province), policy)
    assert dataclasses.asdict(with_one.rebate) == dataclasses.asdict(without.rebate)
    assert with_one.programs[0].id == "evap" and with_one.programs[0].amount == without.rebate.amount
    assert [c for c in with_one.explanation if c.question.value == "rebate"] == \
        [c for c in without.explanation if c.question.value == "rebate"]


@FAST
@given(sales, provinces)
def test_the_total_is_the_sum_of_the_known_amounts(policy, fields: dict, province: str) -> None:
    evaluation = evaluate(SaleRequest(**fields, province=province), policy)
    known = [p.amount for p in evaluation.programs if p.amount is not None]
    assert evaluation.total.amount == sum(known, Decimal(0))
    if evaluation.total.complete:
        assert len(known) == len(evaluation.programs)
        assert evaluation.province.status in ("programs", "no_program")
    for program in evaluation.programs:
        assert (program.amount == 0) == (program.eligible is False), program
        if program.eligible is None:
            assert program.amount is None and not evaluation.total.complete


@FAST
@given(sales)
def test_without_a_province_the_total_is_never_complete(policy, fields: dict) -> None:
    evaluation = evaluate(SaleRequest(**fields), policy)
    assert [p.id for p in evaluation.programs] == ["evap"]
    assert evaluation.total.complete is False
    assert evaluation.province.status == "not_given"


@FAST
@given(sales)
def test_quebec_never_pays_a_new_vehicle_whose_msrp_is_not_known(policy, fields: dict) -> None:
    assume(fields["condition"] is Condition.NEW and fields["msrp"] is None)
    roulez_vert = evaluate(SaleRequest(**fields, province="QC"), policy).program("qc_roulez_vert")
    assert roulez_vert.eligible is not True


@FAST
@given(sales)
def test_a_higher_msrp_never_turns_quebec_from_no_to_yes(policy, fields: dict) -> None:
    assume(fields["msrp"] is not None)
    lower = evaluate(SaleRequest(**fields, province="QC"), policy).program("qc_roulez_vert")
    higher = evaluate(SaleRequest(**{**fields, "msrp": fields["msrp"] + Decimal("0.01")}, province="QC"),
                      policy).program("qc_roulez_vert")
    if lower.eligible is False:
        assert higher.eligible is False
    if higher.eligible is True:
        assert lower.eligible is True


@FAST
@given(sales)
def test_every_provincial_step_is_filed_under_a_program_of_the_answer(policy, fields: dict) -> None:
    evaluation = evaluate(SaleRequest(**fields, province="QC"), policy)
    ids = {p.id for p in evaluation.programs}
    for item in evaluation.explanation:
        if item.question.value == "province" and item.program is not None:
            assert item.program in ids
            assert item.rule.startswith(item.program + ".")
