"""Saving a deal: everything needed to show it again exactly as it was given, numbers from the database,
one active claim per VIN enforced by the database itself, and the recipient-limit warning."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from records_helpers import SALE_DATE, answer_of, sale
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from evdesk import __version__
from evdesk.policy import Policy, load_policy
from evdesk.records import policy_files
from evdesk.records.claims import Move
from evdesk.records.compare import reproduces
from evdesk.records.deals import (
    DealQuery,
    claim_log,
    count_deals,
    get_deal,
    list_deals,
    move_claim,
    recipient_limit_reached,
    save_deal,
)
from evdesk.records.errors import RecordsError
from evdesk.records.schema import deals
from evdesk.records.schema import policy_files as policy_files_table
from evdesk.rules import evaluate

VIN = "1G1ZT53826F109149"


def vin(n: int) -> str:
    return f"1G1ZT53826F{n:06d}"


def test_a_saved_deal_keeps_the_request_the_whole_answer_and_the_policy(records: Any, policy: Policy) -> None:
    request = sale(vin=VIN, lease_months=39, make="Chevrolet", model="Equinox EV", model_year=2026)
    answer = answer_of(request, policy)
    moment = dt.datetime(2026, 5, 1, 14, 30, 5, 123456, tzinfo=dt.UTC)
    row = save_deal(records, request, answer, policy, customer="  Ann  Smith ", stock="S-1", salesperson="Bo",
                    now=moment)
    deal = get_deal(records, row.number)
    assert deal.sale_request() == request
    assert deal.answer == answer
    assert (deal.policy_id, deal.policy_version, deal.policy_sha256) == (policy.data.id, policy.version,
                                                                          policy.sha256)
    assert deal.evdesk_version == __version__
    assert deal.saved_at == moment and deal.saved_at.tzinfo is not None
    assert (deal.customer, deal.stock, deal.salesperson) == ("Ann  Smith", "S-1", "Bo")
    assert (deal.vin, deal.vehicle, deal.sale_date) == (VIN, "2026 Chevrolet Equinox EV", SALE_DATE)
    assert deal.amount == Decimal("4062.50") and deal.eligible is True and deal.status == "checked"
    assert [(e.from_status, e.to_status, e.by) for e in claim_log(records, row.number)] == [(None, "checked", "Bo")]


def test_deal_numbers_come_from_the_database_in_order(save: Any) -> None:
    numbers = [save(vin=vin(n)).number for n in range(5)]
    assert numbers == [1, 2, 3, 4, 5]


def test_a_refused_save_does_not_use_up_or_reuse_a_number(save: Any) -> None:
    first = save(vin=VIN).number
    with pytest.raises(RecordsError):
        save(vin=VIN)
    assert save(vin=vin(2)).number == first + 1


def test_the_policy_files_are_kept_once_whatever_the_number_of_deals(records: Any, save: Any, policy: Policy) -> None:
    for n in range(3):
        save(vin=vin(n))
    with records.reading() as connection:
        rows = connection.execute(select(policy_files_table.c.sha256, policy_files_table.c.kind,
                                         policy_files_table.c.content)).all()
    kinds = sorted(row.kind for row in rows)
    assert kinds == ["policy", "provinces", "vehicle_assembly", "vehicle_list"]
    stored = {row.kind: bytes(row.content) for row in rows}
    assert stored["policy"] == policy.path.read_bytes()
    assert stored["provinces"] == policy.path.with_name("provinces.toml").read_bytes()
    assert policy.data.vehicle_assembly is not None  # where each listed model is built, pinned by the policy
    assert stored["vehicle_assembly"] == policy.path.with_name(policy.data.vehicle_assembly.file).read_bytes()


def test_another_counter_rebuilds_the_exact_policy_from_the_database(records: Any, save: Any, policy: Policy,
                                                                     tmp_path: Path) -> None:
    """A policy loaded from a file that later disappears: the deal still answers again exactly."""
    folder = tmp_path / "loaded"
    folder.mkdir()
    source = folder / "policy.toml"
    text = policy.path.read_text().replace(f'version = "{policy.version}"', 'version = "2099.01.01"', 1)
    source.write_text(text)
    shutil.copyfile(policy.path.parent / policy.data.vehicle_list.file, folder / policy.data.vehicle_list.file)
    loaded = load_policy(source)
    request = sale(vin=VIN)
    row = save_deal(records, request, answer_of(request, loaded), loaded)
    shutil.rmtree(folder)
    policy_files._rebuilt.clear()  # as on a counter that never saw that file
    deal = get_deal(records, row.number)
    with records.reading() as connection:
        rebuilt = policy_files.saved_policy(connection, deal.number, deal.policy_sha256, deal.vehicle_list_sha256)
    assert rebuilt.sha256 == loaded.sha256 and rebuilt.version == "2099.01.01"
    assert reproduces(deal.answer, answer_of(deal.sale_request(), rebuilt))


def test_a_policy_file_changed_on_disk_since_loading_is_not_saved_as_if_unchanged(records: Any, policy: Policy,
                                                                                 tmp_path: Path) -> None:
    source = tmp_path / "policy.toml"
    shutil.copyfile(policy.path, source)
    loaded = load_policy(source)
    source.write_text(source.read_text() + "\n# edited\n")
    request = sale()
    with pytest.raises(RecordsError) as refused:
        save_deal(records, request, answer_of(request, loaded), loaded)
    assert refused.value.code == "policy_file_changed"
    assert count_deals(records) == 0


# --- one active claim per VIN -----------------------------------------------------------------------

def test_a_second_active_claim_on_a_vin_is_refused_naming_the_deal_that_holds_it(save: Any) -> None:
    holder = save(vin=VIN)
    with pytest.raises(RecordsError) as refused:
        save(vin=VIN)
    assert refused.value.code == "active_claim"
    assert refused.value.params == {"vin": VIN, "holder": holder.number, "status": "checked"}
    assert f"deal {holder.number}" in str(refused.value)


@pytest.mark.parametrize(("moves", "holds"), [
    ([], True),
    ([Move("submitted", dt.date(2026, 5, 3))], True),
    ([Move("submitted", dt.date(2026, 5, 3)), Move("paid", dt.date(2026, 6, 1), amount=Decimal("5000"))], True),
    ([Move("submitted", dt.date(2026, 5, 3)), Move("refused", reason="not on the list")], False),
    ([Move("cancelled", dt.date(2026, 5, 20))], False),
])
def test_which_claims_hold_their_vin(records: Any, save: Any, moves: list[Move], holds: bool) -> None:
    first = save(vin=VIN)
    for move in moves:
        move_claim(records, first.number, move)
    if holds:
        with pytest.raises(RecordsError):
            save(vin=VIN)
    else:
        assert save(vin=VIN).number == first.number + 1


def test_the_database_itself_refuses_a_second_active_claim(records: Any, save: Any) -> None:
    """The partial unique index, not only Python: a raw insert that skips evdesk's check still fails."""
    save(vin=VIN)
    with pytest.raises(IntegrityError), records.writing() as connection:
        row = connection.execute(select(deals).limit(1)).one()._asdict()
        row.pop("number")
        connection.execute(insert(deals).values(row))


def test_resubmitting_a_refused_claim_is_refused_when_another_deal_took_the_vin(records: Any, save: Any) -> None:
    first = save(vin=VIN)
    move_claim(records, first.number, Move("submitted", dt.date(2026, 5, 3)))
    move_claim(records, first.number, Move("refused", reason="missing form"))
    second = save(vin=VIN)
    with pytest.raises(RecordsError) as refused:
        move_claim(records, first.number, Move("submitted", dt.date(2026, 5, 10)))
    assert refused.value.params["holder"] == second.number
    assert get_deal(records, first.number).status == "refused"


def test_deals_without_a_vin_never_collide(save: Any) -> None:
    assert save().number != save().number


# --- what the user typed ----------------------------------------------------------------------------

@pytest.mark.parametrize(("field", "value", "problem"), [
    ("customer", "x" * 201, "at most 200"),
    ("stock", "s" * 61, "at most 60"),
    ("customer", "Ann\0Smith", "NUL"),
    ("customer", "Ann \udcff", "not valid text"),
])
def test_text_that_cannot_be_kept_is_refused_naming_the_field(save: Any, field: str, value: str,
                                                             problem: str) -> None:
    with pytest.raises(RecordsError) as refused:
        save(**{field: value})
    assert refused.value.code == "bad_text" and refused.value.params["field"] == field
    assert problem in refused.value.params["problem"]


def test_blank_optional_fields_are_kept_as_none(save: Any, records: Any) -> None:
    row = save(customer="   ", stock="")
    deal = get_deal(records, row.number)
    assert (deal.customer, deal.stock) == (None, None)


# --- the recipient limit, in these records ----------------------------------------------------------

@pytest.mark.parametrize(("buyer", "earlier", "warned"), [
    ("individual", 0, False),
    ("individual", 1, True),  # one incentive for the whole program
    ("organization", 9, False),
    ("organization", 10, True),  # ten
])
def test_the_recipient_limit_warns_once_the_records_hold_as_many(records: Any, save: Any, policy: Policy,
                                                                 buyer: str, earlier: int, warned: bool) -> None:
    for _ in range(earlier):
        save(customer="Fleet Co", buyer=buyer)
    found = recipient_limit_reached(records, "fleet  co", sale(buyer=buyer), policy)
    assert (found is not None) is warned
    if found is not None:
        assert (found.count, found.limit) == (earlier, found.limit) and found.limit == earlier


def test_car_sharing_counts_the_calendar_year_of_the_sale(records: Any, save: Any, policy: Policy) -> None:
    limit = recipient_limit_reached(records, "Share", sale(buyer="carsharing"), policy)
    assert limit is None
    limits = policy.data.evap.recipient_limits.at(SALE_DATE).value.carsharing
    assert limits.per == "calendar_year"
    for _ in range(limits.count):
        save(customer="Share", buyer="carsharing", sale_date=dt.date(2026, 12, 31))
    assert recipient_limit_reached(records, "Share", sale(buyer="carsharing", sale_date=dt.date(2026, 12, 31)),
                                   policy) is not None
    assert recipient_limit_reached(records, "Share", sale(buyer="carsharing", sale_date=dt.date(2027, 1, 1)),
                                   policy) is None


def test_cancelled_and_ineligible_deals_do_not_count_toward_the_limit(records: Any, save: Any,
                                                                       policy: Policy) -> None:
    cancelled = save(customer="Ann")
    move_claim(records, cancelled.number, Move("cancelled", SALE_DATE))
    save(customer="Ann", assembly="CN", origin="CN")  # Chinese-made: not eligible
    assert recipient_limit_reached(records, "Ann", sale(), policy) is None


# --- listing ------------------------------------------------------------------------------------------

def test_the_list_filters_and_sorts_in_the_database(records: Any, save: Any) -> None:
    save(customer="Ann Smith", vin=vin(1), salesperson="Bo", sale_date=dt.date(2026, 5, 1))
    save(customer="Bob Jones", vin=vin(2), salesperson="Cy", sale_date=dt.date(2026, 6, 1), vehicle_price="60000")
    third = save(customer="Ann Lee", vin=vin(3), stock="A-100%", sale_date=dt.date(2026, 7, 1))
    move_claim(records, third.number, Move("submitted", dt.date(2026, 7, 2)))

    def numbers(**query: Any) -> list[int]:
        return [row.number for row in list_deals(records, DealQuery(**query))]

    assert numbers() == [3, 2, 1]
    assert numbers(text="ann") == [3, 1]
    assert numbers(text="ann lee") == [3]
    assert numbers(text="cy") == [2]
    assert numbers(text="000002") == [2]  # part of a VIN
    assert numbers(text="100%") == [3]  # % is a character here, not a wildcard
    assert numbers(text="_") == []
    assert numbers(statuses=("submitted",)) == [3]
    assert numbers(sold_from=dt.date(2026, 6, 1), sold_to=dt.date(2026, 6, 1)) == [2]
    assert numbers(order_by="customer", descending=False) == [3, 1, 2]
    assert numbers(order_by="amount", descending=False) == [2, 1, 3]  # $0 (over the cap), then a tie by number
    assert numbers(numbers=(1, 3)) == [3, 1] and numbers(numbers=()) == []
    assert count_deals(records, DealQuery(text="ann")) == 2
    assert [row.number for row in list_deals(records, DealQuery(), offset=1, limit=1)] == [2]


def test_the_search_finds_a_deal_by_its_number(records: Any, save: Any) -> None:
    for name in ("Ann", "Bob", "Cy"):
        save(customer=name)
    assert [row.number for row in list_deals(records, DealQuery(text="2"))] == [2]


def test_answering_a_saved_deal_again_reproduces_it(records: Any, save: Any, policy: Policy) -> None:
    row = save(vin=VIN, powertrain="PHEV", lease_months=24)
    deal = get_deal(records, row.number)
    again = answer_of(deal.sale_request(), policy)
    assert reproduces(deal.answer, again)
    assert evaluate(deal.sale_request(), policy).rebate.amount == deal.amount


def test_a_save_heals_when_the_policy_files_it_saw_stored_are_gone(records: Any, policy: Policy) -> None:
    """A database restored from a backup under a running counter: the counter still believes the policy
    files are stored. The save used to fail on the foreign key; it stores them again instead."""
    files = policy_files.files_of(policy)
    records.known_policy_files |= {files.policy_sha256, files.vehicle_list_sha256}  # seen in the old database
    request = sale()
    row = save_deal(records, request, answer_of(request, policy), policy)
    assert get_deal(records, row.number).policy_sha256 == policy.sha256
    with records.reading() as connection:
        # the policy, its vehicle list, its provincial programs and where its models are assembled
        assert len(connection.execute(select(policy_files_table.c.sha256)).all()) == 4


def test_a_policy_s_files_are_read_and_checked_once_per_process(policy: Policy, monkeypatch: Any) -> None:
    """Every save asks for its policy's files: they are read from disk and checked against the policy in
    memory the first time only (a loop once reused the cache's key, so every save parsed the vehicle list
    again: 5 ms of a 6.7 ms save)."""
    policy_files._files_of.clear()
    first = policy_files.files_of(policy)
    assert (str(policy.path), policy.sha256) in policy_files._files_of

    def reads_again(*_: Any, **__: Any) -> Any:
        raise AssertionError("the policy's files were read again")

    monkeypatch.setattr(policy_files.VehicleList, "from_text", reads_again)
    assert policy_files.files_of(policy) is first
