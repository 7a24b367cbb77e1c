"""What needs action, table-driven at the edges: one day either side of each threshold."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from evdesk.records.claims import Move
from evdesk.records.deals import DealRow, Step, move_claim
from evdesk.records.due import DueThresholds, claims_due, deals_needing_action, due_for

D = dt.date
SOLD = D(2026, 5, 1)
SCHEDULE = (Step(D(2026, 2, 16), D(2027, 1, 1), Decimal("5000.00")), Step(D(2027, 1, 1), D(2028, 1, 1),
                                                                           Decimal("4000.00")),
            Step(D(2028, 1, 1), D(2029, 1, 1), Decimal("3000.00")), Step(D(2029, 1, 1), D(2030, 1, 1),
                                                                         Decimal("3000.00")),
            Step(D(2030, 1, 1), D(2031, 4, 1), Decimal("2000.00")))


def deal(status: str = "checked", sale_date: dt.date = SOLD, submitted_on: dt.date | None = None,
         confirmation: str | None = None, eligible: bool | None = True) -> DealRow:
    return DealRow(1, dt.datetime(2026, 5, 1, tzinfo=dt.UTC), sale_date, None, None, None, None, None, "individual",
                   eligible, Decimal("5000.00"), status, submitted_on, confirmation, None, None, None, None,  # type: ignore[arg-type]
                   SCHEDULE, None)


def reasons(row: DealRow, as_of: dt.date, thresholds: DueThresholds | None = None) -> list[str]:
    return [item.reason for item in due_for(row, as_of, thresholds or DueThresholds())]


@pytest.mark.parametrize(("as_of", "expected"), [
    (D(2026, 5, 7), []),  # 6 days after the sale
    (D(2026, 5, 8), ["not_submitted"]),  # 7 days: due
    (D(2026, 5, 9), ["not_submitted"]),
])
def test_not_submitted_after_seven_days(as_of: dt.date, expected: list[str]) -> None:
    assert reasons(deal(), as_of) == expected


@pytest.mark.parametrize(("as_of", "confirmation", "expected"), [
    (D(2026, 5, 6), None, []),  # 2 days after submitting
    (D(2026, 5, 7), None, ["no_confirmation"]),  # 3 days, still no confirmation number: the $20,000 case
    (D(2026, 5, 7), "TC-1", []),
    (D(2026, 7, 2), "TC-1", []),  # 59 days
    (D(2026, 7, 3), "TC-1", ["not_paid"]),  # 60 days
    (D(2026, 7, 3), None, ["no_confirmation", "not_paid"]),
])
def test_submitted_claims_need_a_confirmation_then_a_payment(as_of: dt.date, confirmation: str | None,
                                                             expected: list[str]) -> None:
    assert reasons(deal("submitted", submitted_on=D(2026, 5, 4), confirmation=confirmation), as_of) == expected


@pytest.mark.parametrize(("as_of", "expected"), [
    (D(2026, 12, 1), []),  # 31 days before the step-down on 2027-01-01
    (D(2026, 12, 2), ["step_down"]),  # 30 days
    (D(2026, 12, 31), ["step_down"]),  # the last day at $5,000
    (D(2027, 1, 1), []),  # now in the $4,000 year; its own step-down is a year away
])
def test_an_unsubmitted_claim_is_due_when_the_amount_steps_down_within_30_days(as_of: dt.date,
                                                                              expected: list[str]) -> None:
    row = deal(sale_date=as_of)  # sold that day: not yet due for submission
    assert reasons(row, as_of) == expected


def test_the_step_down_says_how_much_waiting_costs() -> None:
    (item,) = due_for(deal(sale_date=D(2026, 12, 20)), D(2026, 12, 20))
    assert item.params == {"date": D(2027, 1, 1), "days": 12, "amount": Decimal("5000.00"),
                           "then": Decimal("4000.00"), "cost": Decimal("1000.00")}


def test_no_step_down_warning_when_the_amount_stays_the_same() -> None:
    assert reasons(deal(sale_date=D(2028, 12, 20)), D(2028, 12, 20)) == []  # 2028 and 2029 are both $3,000


@pytest.mark.parametrize(("as_of", "expected", "ended"), [
    (D(2031, 3, 1), [], None),  # 31 days before the end
    (D(2031, 3, 2), ["program_end"], False),  # the last day, 2031-03-31, is 29 days away
    (D(2031, 3, 31), ["program_end"], False),
    (D(2031, 4, 1), ["program_end"], True),  # past it
])
def test_the_programs_end_is_due_within_30_days_and_after(as_of: dt.date, expected: list[str],
                                                          ended: bool | None) -> None:
    items = due_for(deal(sale_date=as_of), as_of)
    assert [item.reason for item in items] == expected
    if items:
        assert items[0].params["ended"] is ended and items[0].params["last_day"] == D(2031, 3, 31)


def test_a_deal_found_not_eligible_expects_no_claim() -> None:
    assert reasons(deal(eligible=False), D(2026, 12, 20)) == []
    assert reasons(deal(eligible=None), D(2026, 6, 1)) == ["not_submitted"]  # not known: it may be claimed


@pytest.mark.parametrize("status", ["paid", "refused", "cancelled"])
def test_closed_claims_are_never_due(status: str) -> None:
    assert reasons(deal(status, submitted_on=D(2026, 5, 4)), D(2027, 1, 1)) == []


def test_the_thresholds_are_settings() -> None:
    assert reasons(deal(), D(2026, 5, 3), DueThresholds(submit_days=2)) == ["not_submitted"]
    assert reasons(deal(sale_date=D(2026, 11, 20)), D(2026, 11, 20), DueThresholds(step_down_days=60)) == [
        "step_down"]


def test_the_records_list_what_is_due(records: Any, save: Any) -> None:
    sold_long_ago = save(sale_date=D(2026, 5, 1)).number
    submitted = save(sale_date=D(2026, 5, 1)).number
    move_claim(records, submitted, Move("submitted", D(2026, 5, 2)))
    fine = save(sale_date=D(2026, 5, 1)).number
    move_claim(records, fine, Move("submitted", D(2026, 5, 2), confirmation="TC-1"))
    items = claims_due(records, D(2026, 5, 10))
    assert [(item.number, item.reason) for item in items] == [(sold_long_ago, "not_submitted"),
                                                              (submitted, "no_confirmation")]
    assert deals_needing_action(items) == [sold_long_ago, submitted]
    assert items[0].deal is not None and items[0].deal.sale_date == D(2026, 5, 1)
