"""Personal fields go when the retention period ends or a customer asks; the figures stay."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from evdesk.records.deals import claim_log, get_deal, recipient_limit_reached
from evdesk.records.errors import RecordsError
from evdesk.records.retention import erase_customer, erase_deal, erase_expired, years_before

NOW = dt.datetime(2032, 5, 1, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(("as_of", "erased"), [
    (dt.date(2032, 4, 30), False),  # a day short of six years after the sale
    (dt.date(2032, 5, 1), True),  # six years to the day
])
def test_personal_fields_go_after_six_years_and_the_figures_stay(records: Any, save: Any, as_of: dt.date,
                                                                  erased: bool) -> None:
    row = save(customer="Ann Smith", stock="S-1", sale_date=dt.date(2026, 5, 1))
    assert erase_expired(records, 6, as_of, now=NOW) == ([row.number] if erased else [])
    deal = get_deal(records, row.number)
    assert (deal.customer is None) is erased and (deal.erased_at == NOW) is erased
    assert deal.amount == row.amount and deal.vin == row.vin and deal.stock == "S-1"
    assert deal.answer and deal.request  # what was answered stays reproducible
    assert len(claim_log(records, row.number)) == 1


def test_a_privacy_request_erases_every_deal_of_that_customer(records: Any, save: Any, policy: Any) -> None:
    from records_helpers import sale

    first, other, second = save(customer="Ann Smith"), save(customer="Bob"), save(customer="ANN  smith")
    assert erase_customer(records, "ann smith") == [first.number, second.number]
    assert get_deal(records, other.number).customer == "Bob"
    assert recipient_limit_reached(records, "Ann Smith", sale(), policy) is None
    assert erase_deal(records, other.number) == [other.number]
    assert erase_deal(records, other.number) == []  # nothing left to erase
    with pytest.raises(RecordsError):
        erase_deal(records, 99)


def test_the_anniversary_of_29_february() -> None:
    assert years_before(dt.date(2032, 2, 29), 6) == dt.date(2026, 2, 28)
