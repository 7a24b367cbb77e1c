"""The claim's state machine, pure: checked → submitted → paid | refused | cancelled.

- checked: saved at the counter, not yet in Transport Canada's portal.
- submitted: entered in the portal (its date; the confirmation number may come later and is recorded on
  its own: a submission with no confirmation is how four claims were lost for a year, research §1).
- paid (date, amount), refused (reason), cancelled (a return or a broken lease, with its date).

A refused claim may be submitted again (corrected); a paid one may still be cancelled (a return or a lease
broken within the period means the money goes back). Cancelled is final. "Active" claims hold their VIN:
a paid claim still does (one vehicle is claimed once); refused and cancelled ones release it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Status = Literal["checked", "submitted", "paid", "refused", "cancelled"]
STATUSES: tuple[Status, ...] = ("checked", "submitted", "paid", "refused", "cancelled")
ACTIVE: tuple[Status, ...] = ("checked", "submitted", "paid")
OPEN: tuple[Status, ...] = ("checked", "submitted")  # still waiting on someone: what "due" looks at

# Where each status may go. "submitted → submitted" records a confirmation number that came later (or
# corrects the submission date).
MOVES: dict[Status, tuple[Status, ...]] = {
    "checked": ("submitted", "cancelled"),
    "submitted": ("submitted", "paid", "refused", "cancelled"),
    "paid": ("cancelled",),
    "refused": ("submitted", "cancelled"),
    "cancelled": (),
}


@dataclass(frozen=True)
class ClaimState:
    """What a deal's claim is now, as the move rules need it."""

    number: int
    status: Status
    sale_date: dt.date
    submitted_on: dt.date | None = None
    confirmation: str | None = None


@dataclass(frozen=True)
class Move:
    """One change asked for: the new status and what it records."""

    to: Status
    on_date: dt.date | None = None  # submitted, paid, cancelled
    confirmation: str | None = None  # submitted
    amount: Decimal | None = None  # paid
    reason: str | None = None  # refused


@dataclass(frozen=True)
class Change:
    """A move found possible: the deal's new claim fields and the log entry to append."""

    status: Status
    fields: dict[str, object]
    event: dict[str, object]


class MoveRefused(ValueError):
    """An impossible move: `code` and `params` say why (the records' error codes)."""

    def __init__(self, code: str, **params: object):
        self.code = code
        self.params = params
        super().__init__(code)


def plan_move(state: ClaimState, move: Move) -> Change:
    """Check `move` against the claim as it is and say what changes; raise MoveRefused if it cannot be."""
    number = state.number
    if move.to not in MOVES[state.status]:
        raise MoveRefused("impossible_move", number=number, current=state.status, wanted=move.to)
    fields: dict[str, object] = {"status": move.to}
    event: dict[str, object] = {"from_status": state.status, "to_status": move.to}
    if move.to == "submitted":
        if state.status == "submitted":
            # A confirmation number that came after the submission, or a corrected submission date.
            if not move.confirmation and move.on_date is None:
                raise MoveRefused("missing_value", number=number, what="the confirmation number")
            on_date = move.on_date or state.submitted_on
            assert on_date is not None  # a submitted claim always has its date
            _not_before(number, "submission", on_date, "sale", state.sale_date)
            fields = {"submitted_on": on_date, "confirmation": move.confirmation or state.confirmation}
            event.update(on_date=on_date, confirmation=move.confirmation or None)
            return Change("submitted", fields, event)
        if move.on_date is None:
            raise MoveRefused("missing_value", number=number, what="the submission date")
        _not_before(number, "submission", move.on_date, "sale", state.sale_date)
        fields.update(submitted_on=move.on_date, confirmation=move.confirmation or None,
                      paid_on=None, paid_amount=None, refused_reason=None)
        event.update(on_date=move.on_date, confirmation=move.confirmation or None)
    elif move.to == "paid":
        if move.on_date is None:
            raise MoveRefused("missing_value", number=number, what="the payment date")
        if move.amount is None:
            raise MoveRefused("missing_value", number=number, what="the amount paid")
        assert state.submitted_on is not None  # a submitted claim always has its date
        _not_before(number, "payment", move.on_date, "submission", state.submitted_on)
        fields.update(paid_on=move.on_date, paid_amount=move.amount)
        event.update(on_date=move.on_date, amount=move.amount)
    elif move.to == "refused":
        if not move.reason:
            raise MoveRefused("missing_value", number=number, what="the reason for the refusal")
        fields.update(refused_reason=move.reason)
        event.update(reason=move.reason, on_date=move.on_date)
    elif move.to == "cancelled":
        if move.on_date is None:
            raise MoveRefused("missing_value", number=number, what="the cancellation date")
        _not_before(number, "cancellation", move.on_date, "sale", state.sale_date)
        fields.update(cancelled_on=move.on_date)
        event.update(on_date=move.on_date, reason=move.reason)
    return Change(move.to, fields, event)


def _not_before(number: int, what: str, date: dt.date, other: str, other_date: dt.date) -> None:
    if date < other_date:
        raise MoveRefused("date_before", number=number, what=what, date=date.isoformat(), other=other,
                          other_date=other_date.isoformat())
