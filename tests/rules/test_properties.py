"""Properties that hold for every sale, checked over many generated ones."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evdesk.present.format import Formatter
from evdesk.present.report import to_json
from evdesk.rules import SaleRequest, evaluate
from evdesk.terms import Buyer, Condition, ImportKind, Powertrain, QuotaPosition, Tri

money = st.decimals(min_value=0, max_value=200_000, places=2, allow_nan=False, allow_infinity=False)
countries = st.sampled_from(["CA", "US", "MX", "CN", "DE", "JP", "KR", "GB", "IN", "TH", "TW", None])
days = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2032, 12, 31))

requests = st.builds(
    lambda sale, claim_gap, **fields: SaleRequest(sale_date=sale, claim_date=(
        None if claim_gap is None else sale + dt.timedelta(days=claim_gap)), **fields),
    sale=days,
    claim_gap=st.one_of(st.none(), st.integers(0, 400)),
    powertrain=st.one_of(st.none(), st.sampled_from(list(Powertrain))),
    origin=countries,
    assembly=countries,
    vehicle_price=st.one_of(st.none(), money),
    options=money, accessories=money, dealer_fees=money, freight_pdi=money,
    warranty=money, winter_tires=money, charger=money,
    freight_pdi_in_ftv=st.one_of(st.none(), st.booleans()),
    lease_months=st.one_of(st.none(), st.integers(1, 120)),
    condition=st.sampled_from(list(Condition)),
    odometer_km=st.one_of(st.none(), st.integers(0, 50_000)),
    buyer=st.sampled_from(list(Buyer)),
    prior_incentives=st.one_of(st.none(), st.integers(0, 60)),
    quota_position=st.sampled_from(list(QuotaPosition)),
    fta_origin_met=st.sampled_from(list(Tri)),
    import_kind=st.sampled_from(list(ImportKind)),
    fob_price=st.one_of(st.none(), money),
)

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _largest_full_amount(policy, claim_date: dt.date) -> Decimal:
    window = policy.data.evap.amounts.at(claim_date)
    return max(window.value.BEV, window.value.FCEV, window.value.PHEV) if window else Decimal(0)


@FAST
@given(requests)
def test_evaluate_never_raises_and_answers_all_three(policy, request: SaleRequest) -> None:
    evaluation = evaluate(request, policy)
    assert evaluation.explanation, "every answer carries its reasons"
    assert {c.question.value for c in evaluation.explanation} >= {"rebate", "tariff", "quota"}


@FAST
@given(requests)
def test_unknown_is_never_silently_zero(policy, request: SaleRequest) -> None:
    rebate = evaluate(request, policy).rebate
    if rebate.eligible is None:
        assert rebate.amount is None
    if rebate.eligible is False:
        assert rebate.amount == Decimal("0.00")
    if rebate.eligible is True:
        assert rebate.amount is not None and rebate.amount > 0


@FAST
@given(requests)
def test_rebate_never_exceeds_the_years_full_amount(policy, request: SaleRequest) -> None:
    rebate = evaluate(request, policy).rebate
    ceiling = _largest_full_amount(policy, request.effective_claim_date)
    for amount in (rebate.amount, rebate.potential_amount):
        assert amount is None or amount <= ceiling


@FAST
@given(requests, money, money)
def test_rebate_never_rises_as_the_price_rises(policy, request: SaleRequest, low: Decimal, high: Decimal) -> None:
    low, high = sorted((low, high))
    cheaper = evaluate(request.model_copy(update={"vehicle_price": low}), policy).rebate
    dearer = evaluate(request.model_copy(update={"vehicle_price": high}), policy).rebate
    if cheaper.amount is not None and dearer.amount is not None:
        assert dearer.amount <= cheaper.amount
    if cheaper.eligible is False:
        assert dearer.eligible is False


@FAST
@given(requests, st.integers(12, 120), st.integers(12, 120))
def test_longer_leases_never_get_less(policy, request: SaleRequest, short: int, long: int) -> None:
    short, long = sorted((short, long))
    a = evaluate(request.model_copy(update={"lease_months": short}), policy).rebate
    b = evaluate(request.model_copy(update={"lease_months": long}), policy).rebate
    if a.amount is not None and b.amount is not None:
        assert a.amount <= b.amount


@settings(max_examples=100, deadline=None)
@given(requests)
def test_the_same_request_always_gives_the_same_answer(policy, request: SaleRequest) -> None:
    formatter = Formatter("en")
    first = to_json(evaluate(request, policy), formatter)
    again = to_json(evaluate(SaleRequest.model_validate(request.model_dump()), policy), formatter)
    assert first == again


@FAST
@given(requests)
def test_amounts_are_whole_cents(policy, request: SaleRequest) -> None:
    rebate = evaluate(request, policy).rebate
    for amount in (rebate.amount, rebate.potential_amount, rebate.headroom, rebate.over_cap_by):
        assert amount is None or amount == amount.quantize(Decimal("0.01"))
