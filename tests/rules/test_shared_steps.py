"""Steps shared between evaluations (`Trace.shared`) change no answer: each generated deal is answered by a
policy that has already answered many others, and by a fresh copy of it that has answered none, and the two
evaluations are equal, every step, note and figure.

The values are drawn from small sets on purpose, so that deals meet each other's keys often while differing
in the fields around them: a key that leaves out a field its step reads would hand one deal another's step."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evdesk.policy import Policy
from evdesk.rules import Evaluation, SaleRequest, evaluate, trace
from evdesk.rules.result import Criterion
from evdesk.terms import Buyer, Condition, ImportKind, Powertrain, QuotaPosition, Tri


def _turning_days(policy: Policy) -> list[dt.date]:
    """Every day a dated value of the policy starts or ends, and the day before it."""
    days: set[dt.date] = set()
    for section in (policy.data.evap, policy.data.tariff, policy.data.quota):
        for series in vars(section).values():
            for window in getattr(series, "values", None) or ():
                if hasattr(window, "start"):
                    days.update({window.start, window.start - dt.timedelta(days=1), window.end,
                                 window.end - dt.timedelta(days=1)})
    # Before and after every value, twice each: days alike to the rules but for their own dates.
    days.update({dt.date(2019, 1, 1), dt.date(2019, 6, 1), dt.date(2033, 1, 1), dt.date(2034, 6, 1)})
    return sorted(days)


# Listed trims (one Canadian-made) and a model's other trims, models the assembly data places in one country,
# in two, or in none, and an unlisted one; as typed or in other case. VINs from plants in Mexico (two
# makers), the U.S., China and Korea, one with a wrong check digit.
VEHICLES = [(None, None, None), ("Chevrolet", "Bolt", "LT"), ("Chevrolet", "Bolt", "RS"), ("Chevrolet", "Bolt", None),
            ("chevrolet", "BOLT", "LT"), ("Chrysler", "Pacifica", "Limited"), ("Kia", "EV6", None),
            ("Tesla", "Model Y", None), ("Subaru", "Uncharted", None), ("Volvo", "EX30 Twin Motor Performance", None),
            ("Lada", "Niva", None)]
VINS = [None, "3GNKDBRJ8TS123456", "3GNKDBRJ0TS123456", "3FMTK1R48TS123456", "5YJ3E1EA4TF123456",
        "LRWYGCEK6TC123456", "KM8KRDAF7TU123456", "1V2GNPE88TC123456"]
AMOUNTS = [Decimal(v) for v in ("0.00", "499.00", "1800.00")]


def _values(days: list[dt.date]) -> dict[str, list]:
    """The values each field takes here, by name (`sale`, `claim_gap` and `vehicle` are made into the
    request's): the thresholds' two sides, each kind of answer, and not given."""
    return {
        "sale": days,
        "claim_gap": [None, 0, 1, 30, 400],
        "vehicle": VEHICLES,
        "vin": VINS,
        "model_year": [None, 2025, 2026, 2027],
        "powertrain": [None, *Powertrain],
        "assembly": [None, "CA", "US", "MX", "CN", "DE", "IN"],
        "origin": [None, "CA", "US", "CN", "KR"],
        "vehicle_price": [None, *(Decimal(v) for v in ("30000.00", "49999.99", "50000.00", "50000.01", "65000.00"))],
        "options": AMOUNTS, "dealer_fees": AMOUNTS, "freight_pdi": AMOUNTS, "warranty": AMOUNTS,
        "freight_pdi_in_ftv": [None, True, False],
        "lease_months": [None, 11, 12, 24, 36, 47, 48, 60],
        "condition": list(Condition),
        "odometer_km": [None, 0, 9_999, 10_000, 25_000],
        "buyer": list(Buyer),
        "prior_incentives": [None, 0, 1, 9, 10, 49, 50],
        "quota_position": list(QuotaPosition),
        "fta_origin_met": list(Tri),
        "import_kind": list(ImportKind),
        "fob_price": [None, Decimal("34999.99"), Decimal("35000.00"), Decimal("35000.01")],
    }


def _request(sale: dt.date, claim_gap: int | None, vehicle: tuple, **fields: object) -> SaleRequest:
    return SaleRequest(sale_date=sale, claim_date=None if claim_gap is None else sale + dt.timedelta(days=claim_gap),
                       make=vehicle[0], model=vehicle[1], trim=vehicle[2], **fields)


def _neighbours(base: dict[str, object], values: dict[str, list]) -> list[SaleRequest]:
    """The deal, and every deal that differs from it in one field, field by field: each shares most of its keys
    with the deal before it, so a key that leaves out a field its step reads meets the deal that differs in
    that field, and hands it the other's step."""
    deals = [_request(**base)]
    for name, choices in values.items():
        deals += [_request(**{**base, name: value}) for value in choices if value != base[name]]
    return deals


def _fresh(policy: Policy) -> Policy:
    """The same policy, with nothing shared or remembered yet."""
    return dataclasses.replace(policy)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_shared_step_is_the_step_the_deal_would_get_on_its_own(policy: Policy, data: st.DataObject) -> None:
    values = _values(_turning_days(policy))
    base = data.draw(st.fixed_dictionaries({name: st.sampled_from(choices) for name, choices in values.items()}))
    shared = _fresh(policy)  # this example's own: the deals before it leave nothing behind
    for deal in _neighbours(base, values):
        assert evaluate(deal, shared) == evaluate(deal, _fresh(policy))


def test_the_steps_kept_are_bounded_and_a_full_store_starts_again(policy: Policy,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trace, "SHARED_STEPS_KEPT", 64)
    small = _fresh(policy)
    start = dt.date(2026, 3, 1)
    first = None
    for day in range(100):  # each day its own steps of the kinds keyed by date: 100 of each
        deal = SaleRequest(sale_date=start + dt.timedelta(days=day), powertrain=Powertrain.BEV, assembly="US",
                           vehicle_price=Decimal("45000.00"))
        assert evaluate(deal, small) == evaluate(deal, _fresh(policy))
        assert 0 < max(len(kind) for kind in small.steps.values()) <= 64
        first = first or evaluate(deal, small)
    # A kind whose key has no date kept its one step while the dated kinds were emptied and refilled.
    assert len(small.steps["evap.powertrain"]) == 1
    assert _step(first, "evap.powertrain") is _step(evaluate(deal, small), "evap.powertrain")
    again = evaluate(deal, small)  # the last deal's steps are still there, and replayed as they were made
    assert again == evaluate(deal, _fresh(policy))
    assert _step(again, "evap.program_dates") is _step(evaluate(deal, small), "evap.program_dates")


def _step(evaluation: Evaluation, rule: str) -> Criterion:
    return next(step for step in evaluation.explanation if step.rule == rule)
