"""The claim's state machine: every move from every status, the dates a move must respect, and the log
that the database itself keeps append-only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from evdesk.records.claims import MOVES, STATUSES, ClaimState, Move, MoveRefused, plan_move
from evdesk.records.deals import claim_log, get_deal, move_claim
from evdesk.records.errors import RecordsError

SOLD = dt.date(2026, 5, 1)
SUBMITTED = dt.date(2026, 5, 4)
# A move of each kind, valid from wherever it is allowed.
TO: dict[str, Move] = {
    "submitted": Move("submitted", dt.date(2026, 5, 6), confirmation="TC-1"),
    "paid": Move("paid", dt.date(2026, 6, 1), amount=Decimal("5000.00")),
    "refused": Move("refused", reason="not on the list"),
    "cancelled": Move("cancelled", dt.date(2026, 6, 2)),
    "checked": Move("checked"),
}
ALLOWED = {(start, end) for start, ends in MOVES.items() for end in ends}


def _state(status: str) -> ClaimState:
    submitted = SUBMITTED if status in ("submitted", "paid", "refused") else None
    return ClaimState(7, status, SOLD, submitted, None)  # type: ignore[arg-type]


@pytest.mark.parametrize("start", STATUSES)
@pytest.mark.parametrize("end", [*STATUSES])
def test_every_move_from_every_status(start: str, end: str) -> None:
    if (start, end) in ALLOWED:
        assert plan_move(_state(start), TO[end]).status == end
    else:
        with pytest.raises(MoveRefused) as refused:
            plan_move(_state(start), TO[end])
        assert refused.value.code == "impossible_move"


def test_the_moves_the_program_needs_are_allowed_and_no_more() -> None:
    assert {
        ("checked", "submitted"), ("checked", "cancelled"),
        ("submitted", "submitted"), ("submitted", "paid"), ("submitted", "refused"), ("submitted", "cancelled"),
        ("paid", "cancelled"), ("refused", "submitted"), ("refused", "cancelled"),
    } == ALLOWED


@pytest.mark.parametrize(("status", "move", "allowed"), [
    ("checked", Move("submitted", SOLD - dt.timedelta(days=1)), False),  # a day before the sale
    ("checked", Move("submitted", SOLD), True),  # the day of the sale
    ("submitted", Move("paid", SUBMITTED - dt.timedelta(days=1), amount=Decimal(5000)), False),
    ("submitted", Move("paid", SUBMITTED, amount=Decimal(5000)), True),
    ("checked", Move("cancelled", SOLD - dt.timedelta(days=1)), False),
    ("checked", Move("cancelled", SOLD), True),
])
def test_a_move_never_dates_before_what_it_follows(status: str, move: Move, allowed: bool) -> None:
    if allowed:
        plan_move(_state(status), move)
    else:
        with pytest.raises(MoveRefused) as refused:
            plan_move(_state(status), move)
        assert refused.value.code == "date_before"


@pytest.mark.parametrize(("status", "move", "missing"), [
    ("checked", Move("submitted"), "the submission date"),
    ("submitted", Move("paid", SUBMITTED), "the amount paid"),
    ("submitted", Move("paid", amount=Decimal(5000)), "the payment date"),
    ("submitted", Move("refused"), "the reason for the refusal"),
    ("checked", Move("cancelled"), "the cancellation date"),
    ("submitted", Move("submitted"), "the confirmation number"),
])
def test_a_move_without_what_it_records_is_refused(status: str, move: Move, missing: str) -> None:
    with pytest.raises(MoveRefused) as refused:
        plan_move(_state(status), move)
    assert refused.value.code == "missing_value" and refused.value.params["what"] == missing


def test_a_confirmation_that_comes_later_keeps_the_submission_date() -> None:
    change = plan_move(_state("submitted"), Move("submitted", confirmation="TC-9"))
    assert change.fields == {"submitted_on": SUBMITTED, "confirmation": "TC-9"}
    assert change.event["on_date"] == SUBMITTED


def test_a_mistyped_submission_date_can_be_corrected_and_keeps_the_confirmation() -> None:
    state = ClaimState(7, "submitted", SOLD, SUBMITTED, "TC-9")
    change = plan_move(state, Move("submitted", dt.date(2026, 5, 5)))
    assert change.fields == {"submitted_on": dt.date(2026, 5, 5), "confirmation": "TC-9"}
    with pytest.raises(MoveRefused):
        plan_move(state, Move("submitted", SOLD - dt.timedelta(days=1)))


# --- in the database --------------------------------------------------------------------------------

def test_a_claim_followed_to_payment_logs_every_move(records: Any, save: Any) -> None:
    number = save().number
    move_claim(records, number, Move("submitted", SUBMITTED), by="Ann")
    move_claim(records, number, Move("submitted", confirmation="TC-1234"), by="Bo")
    row = move_claim(records, number, Move("paid", dt.date(2026, 6, 15), amount=Decimal("5000.00")), by="Cy")
    assert (row.status, row.submitted_on, row.confirmation, row.paid_on, row.paid_amount) == (
        "paid", SUBMITTED, "TC-1234", dt.date(2026, 6, 15), Decimal("5000.00"))
    log = claim_log(records, number)
    assert [(e.by, e.from_status, e.to_status, e.on_date, e.confirmation, e.amount) for e in log] == [
        ("Ann", None, "checked", None, None, None),
        ("Ann", "checked", "submitted", SUBMITTED, None, None),
        ("Bo", "submitted", "submitted", SUBMITTED, "TC-1234", None),
        ("Cy", "submitted", "paid", dt.date(2026, 6, 15), None, Decimal("5000.00")),
    ]
    assert all(e.at.tzinfo is not None for e in log)


def test_paid_before_submitted_is_refused_and_changes_nothing(records: Any, save: Any) -> None:
    number = save().number
    with pytest.raises(RecordsError) as refused:
        move_claim(records, number, Move("paid", dt.date(2026, 6, 1), amount=Decimal(5000)))
    assert refused.value.code == "impossible_move"
    assert str(refused.value) == f"deal {number}: a claim that is checked cannot be marked paid"
    assert get_deal(records, number).status == "checked"
    assert len(claim_log(records, number)) == 1


def test_a_move_on_a_deal_that_does_not_exist_is_refused(records: Any) -> None:
    with pytest.raises(RecordsError) as refused:
        move_claim(records, 99, Move("submitted", SUBMITTED))
    assert refused.value.code == "no_such_deal"


@pytest.mark.parametrize("statement", [
    "UPDATE claim_events SET by = 'someone else'",
    "UPDATE claim_events SET to_status = 'paid' WHERE from_status IS NULL",
    "DELETE FROM claim_events",
])
def test_the_database_refuses_to_rewrite_the_claim_log(records: Any, save: Any, statement: str) -> None:
    number = save().number
    move_claim(records, number, Move("submitted", SUBMITTED))
    with pytest.raises(DBAPIError) as refused, records.writing() as connection:
        connection.execute(text(statement))
    assert "append-only" in str(refused.value)
    assert [e.to_status for e in claim_log(records, number)] == ["checked", "submitted"]


def test_postgresql_refuses_to_truncate_the_claim_log(fresh_postgres_database: str) -> None:
    """SQLite has no TRUNCATE; PostgreSQL's bypasses row triggers, so the log has a statement trigger too."""
    from evdesk.records.database import open_records

    with open_records(fresh_postgres_database) as records, pytest.raises(DBAPIError, match="append-only"), \
            records.writing() as connection:
        connection.execute(text("TRUNCATE claim_events CASCADE"))


def test_a_deal_cannot_be_deleted_from_under_its_log(records: Any, save: Any) -> None:
    save()
    with pytest.raises(DBAPIError), records.writing() as connection:
        connection.execute(text("DELETE FROM deals"))


# --- any history of moves ----------------------------------------------------------------------------

_MOVE_KINDS = st.sampled_from(["submitted", "confirmation", "paid", "refused", "cancelled"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_MOVE_KINDS, st.integers(min_value=-5, max_value=60)), max_size=12))
def test_any_history_of_moves_keeps_the_claim_consistent(history: list[tuple[str, int]]) -> None:
    """Whatever is tried in whatever order: a refused move changes nothing; an accepted one follows the
    graph; dates never run backwards (submitted on or after the sale, paid on or after the submission)."""
    state = ClaimState(1, "checked", SOLD)
    fields: dict[str, object] = {}
    for kind, offset in history:
        day = SOLD + dt.timedelta(days=offset)
        move = {"submitted": Move("submitted", day), "confirmation": Move("submitted", confirmation="TC"),
                "paid": Move("paid", day, amount=Decimal(5000)), "refused": Move("refused", reason="no"),
                "cancelled": Move("cancelled", day)}[kind]
        try:
            change = plan_move(state, move)
        except MoveRefused:
            continue
        assert change.status in MOVES[state.status]
        fields.update(change.fields)
        state = ClaimState(1, change.status, SOLD, fields.get("submitted_on"),  # type: ignore[arg-type]
                           fields.get("confirmation"))  # type: ignore[arg-type]
        if state.submitted_on is not None:
            assert state.submitted_on >= SOLD
        if state.status == "paid":
            assert fields["paid_on"] >= state.submitted_on  # type: ignore[operator]
        if state.status == "cancelled":
            assert fields["cancelled_on"] >= SOLD  # type: ignore[operator]
