"""What-if at the counter: `rebate.max_price` and `rebate.lease_terms` agree with `evaluate` itself.

The case table (cases/rebate.toml) pins max_price at the cap's edge; here a property checks it on deals
hypothesis makes up, and each lease term's amount is checked against a lease of that term.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evdesk.rules import SaleRequest, evaluate

CENT = Decimal("0.01")
BASE: dict[str, Any] = {"powertrain": "BEV", "assembly": "US", "vehicle_price": "45000.00",
                        "sale_date": dt.date(2026, 5, 1), "prior_incentives": 0, "fta_origin_met": "yes"}


def answer(policy, **changes: Any):
    return evaluate(SaleRequest.model_validate({**BASE, **changes}), policy)


def cap_outcome(evaluation) -> str:
    return evaluation.criterion("evap.price_cap").outcome.value


cents = st.integers(min_value=0, max_value=3_000_000).map(lambda n: Decimal(n) / 100)


@settings(max_examples=150, deadline=None)
@given(price=st.integers(min_value=3_000_000, max_value=6_000_000).map(lambda n: Decimal(n) / 100),
       options=cents, accessories=st.sampled_from([Decimal(0), Decimal("999.99"), Decimal("2500.00")]),
       fees=st.sampled_from([Decimal(0), Decimal("499.00"), Decimal("899.50")]),
       freight=st.sampled_from([Decimal(0), Decimal("2150.00")]), counted=st.sampled_from([None, True, False]),
       assembly=st.sampled_from(["US", "MX", "DE", "KR", None]))
def test_max_price_is_the_last_price_that_meets_the_cap(policy, price, options, accessories, fees, freight,
                                                         counted, assembly) -> None:
    parts = {"options": options, "accessories": accessories, "dealer_fees": fees, "freight_pdi": freight,
             "freight_pdi_in_ftv": counted, "assembly": assembly}
    rebate = answer(policy, vehicle_price=price, **parts).rebate
    counted_freight = freight if rebate.ftv.freight_pdi_counted else Decimal(0)
    others = options + accessories + fees + counted_freight
    if others > rebate.cap:
        assert rebate.max_price is None  # no price would do
        return
    assert rebate.max_price == rebate.cap - others
    at_max = answer(policy, vehicle_price=rebate.max_price, **parts)
    assert cap_outcome(at_max) == "pass"
    above = answer(policy, vehicle_price=rebate.max_price + CENT, **parts)
    assert cap_outcome(above) == ("unknown" if assembly is None else "fail")
    assert above.rebate.over_cap_by == CENT
    # The price asked about decides the cap test exactly as max_price says.
    assert (price <= rebate.max_price) == (cap_outcome(answer(policy, vehicle_price=price, **parts)) == "pass")


@pytest.mark.parametrize(("changes", "expect_none"), [
    ({"assembly": "CA"}, True),  # Canadian-made: no cap
    ({"assembly": "CN"}, True),  # fails on assembly
    ({"powertrain": "ICE", "vehicle_price": "60000"}, True),  # fails on the powertrain and the cap
    ({"condition": "used"}, True),
    ({"sale_date": dt.date(2026, 2, 15)}, True),  # before the program
    ({"prior_incentives": 1}, True),
    ({"lease_months": 6}, True),  # too short a lease is a criterion other than the cap
    ({"vehicle_price": "50000.01"}, False),  # only the cap fails: the price to come down to
    ({"prior_incentives": None}, False),  # not known is not a failure
])
def test_max_price_is_null_only_where_a_criterion_other_than_the_cap_fails(policy, changes, expect_none) -> None:
    assert (answer(policy, **changes).rebate.max_price is None) is expect_none


# --- Lease terms ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("months", "share", "amount"), [
    (12, "25.00", "1250.00"), (13, "27.08", "1354.17"), (24, "50.00", "2500.00"), (36, "75.00", "3750.00"),
    (39, "81.25", "4062.50"), (47, "97.92", "4895.83"), (48, "100.00", "5000.00"),
])
def test_lease_terms_table(policy, months: int, share: str, amount: str) -> None:
    terms = {term.months: term for term in answer(policy, lease_months=36).rebate.lease_terms}
    assert (str(terms[months].share), str(terms[months].amount)) == (share, amount)


def test_lease_terms_run_from_the_minimum_to_the_full_term_and_match_a_lease_of_each_term(policy) -> None:
    for powertrain, claim in (("BEV", dt.date(2026, 5, 1)), ("PHEV", dt.date(2027, 1, 4))):
        terms = answer(policy, powertrain=powertrain, lease_months=24, claim_date=claim).rebate.lease_terms
        assert [term.months for term in terms] == list(range(12, 49))
        for term in terms:
            lease = answer(policy, powertrain=powertrain, lease_months=term.months, claim_date=claim).rebate
            assert term.amount == lease.amount, (powertrain, term.months)


def test_a_lease_too_short_still_shows_what_each_allowed_term_would_get(policy) -> None:
    rebate = answer(policy, lease_months=6).rebate
    assert rebate.eligible is False
    assert [(t.months, str(t.amount)) for t in rebate.lease_terms[:1]] == [(12, "1250.00")]


def test_lease_terms_need_a_lease_and_a_known_full_amount(policy) -> None:
    assert answer(policy).rebate.lease_terms == []
    assert answer(policy, powertrain=None, lease_months=36).rebate.lease_terms == []
    assert answer(policy, powertrain="HEV", lease_months=36).rebate.lease_terms == []


def test_lease_terms_are_not_shared_lists(policy) -> None:
    """The table is built once per policy; each answer gets its own list (answers stay independent)."""
    first = answer(policy, lease_months=36).rebate.lease_terms
    first.clear()
    assert len(answer(policy, lease_months=36).rebate.lease_terms) == 37


def test_evdesk_check_json_carries_max_price_and_lease_terms(capsys) -> None:
    import json

    from evdesk.cli import run_cli

    assert run_cli(["check", "--powertrain", "bev", "--price", "47000", "--options", "1500", "--dealer-fees", "499",
                    "--assembly", "US", "--date", "2026-05-01", "--lease-months", "39", "--json"]) == 0
    rebate = json.loads(capsys.readouterr().out)["rebate"]
    assert rebate["max_price"] == "48001.00"
    assert rebate["lease_terms"][0] == {"months": 12, "share": "25.00", "amount": "1250.00"}
    assert rebate["lease_terms"][27] == {"months": 39, "share": "81.25", "amount": "4062.50"}
    assert rebate["lease_terms"][-1] == {"months": 48, "share": "100.00", "amount": "5000.00"}
    assert run_cli(["check", "--powertrain", "bev", "--price", "70000", "--assembly", "CA", "--date", "2026-05-01",
                    "--json"]) == 0
    rebate = json.loads(capsys.readouterr().out)["rebate"]
    assert (rebate["max_price"], rebate["lease_terms"]) == (None, [])
