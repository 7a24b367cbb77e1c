"""Saving a deal and reading deals back.

A saved deal is the request as entered, the whole answer (the JSON report, as `evdesk check --json`
gives it, its texts in the language it was given in: English from the CLI, the window's language from the
window, recorded with it), the exact policy files, the evdesk version, when, who, and the optional
customer and stock number. Its number comes from the database, unique under any
number of counters saving at once.

Before saving, the database itself refuses a second active claim on one VIN (a partial unique index);
the refusal names the deal that holds it. `recipient_limit_reached` warns when the customer already has
as many incentives in these records as the program allows (the records cannot see other dealers).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, and_, func, insert, or_, select, update
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import IntegrityError

from evdesk import __version__
from evdesk.policy import Policy
from evdesk.records import policy_files
from evdesk.records.claims import ACTIVE, ClaimState, Move, MoveRefused, Status, plan_move
from evdesk.records.database import Records, utc_now
from evdesk.records.errors import RecordsError
from evdesk.records.schema import claim_events, deals
from evdesk.rules.request import SaleRequest

ANSWER_LANGUAGE = "en"  # the CLI's answers: English, as `evdesk check --json` gives them
TEXT_LIMITS = {"customer": 200, "stock": 60, "salesperson": 120, "confirmation": 60, "reason": 2000, "by": 120}


@dataclass(frozen=True)
class Step:
    """One step of the rebate by claim (submission) date: claims from `start` to `end` (exclusive) get `amount`."""

    start: dt.date
    end: dt.date
    amount: Decimal


@dataclass(frozen=True)
class DealRow:
    """A deal as the list and "what is due" see it: no request or answer to parse."""

    number: int
    saved_at: dt.datetime
    sale_date: dt.date
    salesperson: str | None
    customer: str | None
    stock: str | None
    vin: str | None
    vehicle: str | None
    buyer: str
    eligible: bool | None
    amount: Decimal | None  # the rebate the saved answer gave; None when it was not known
    status: Status
    submitted_on: dt.date | None
    confirmation: str | None
    paid_on: dt.date | None
    paid_amount: Decimal | None
    refused_reason: str | None
    cancelled_on: dt.date | None
    schedule: tuple[Step, ...]
    erased_at: dt.datetime | None


@dataclass(frozen=True)
class Deal(DealRow):
    """A whole saved deal."""

    request: dict[str, Any] = field(default_factory=dict)  # SaleRequest.model_dump(mode="json")
    answer: dict[str, Any] = field(default_factory=dict)  # the JSON report
    policy_id: str = ""
    policy_version: str = ""
    policy_sha256: str = ""
    vehicle_list_sha256: str = ""
    evdesk_version: str = ""
    language: str = "en"  # how its statement read: the window's language and mode, the dealer profile
    mode: str = "dealer"
    dealer: dict[str, str] | None = None

    def sale_request(self) -> SaleRequest:
        return SaleRequest.model_validate(self.request)


@dataclass(frozen=True)
class ClaimEvent:
    at: dt.datetime
    by: str | None
    from_status: Status | None
    to_status: Status
    on_date: dt.date | None
    confirmation: str | None
    amount: Decimal | None
    reason: str | None


@dataclass(frozen=True)
class LimitReached:
    """The customer already has `count` incentives in these records; the program allows `limit` per `per`."""

    customer: str
    count: int
    limit: int
    per: str  # "program" or "calendar_year"
    deals: tuple[int, ...]


# --- text the user typed ---------------------------------------------------------------------------

def clean_text(value: str | None, name: str) -> str | None:
    """A name, stock number or reason as it will be kept: trimmed, blank as none; refused (naming the
    field) when too long or holding what a database cannot store (NUL, a lone surrogate)."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    limit = TEXT_LIMITS[name]
    if len(value) > limit:
        raise RecordsError("bad_text", field=name, problem=f"is {len(value)} characters long; at most {limit}")
    if "\0" in value:
        raise RecordsError("bad_text", field=name, problem="holds a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise RecordsError("bad_text", field=name, problem="holds a character that is not valid text") from None
    return value


def customer_key(name: str | None) -> str | None:
    """The name folded for matching one customer's deals: case and spacing do not matter."""
    return " ".join(name.split()).casefold() if name else None


def vehicle_title(request: SaleRequest) -> str | None:
    # The same words as evdesk.present.explanation.vehicle_title, which the records cannot import (Qt).
    parts = [str(request.model_year) if request.model_year else "", request.make or "", request.model or "",
             request.trim or ""]
    return " ".join(p for p in parts if p) or None


def _amount(text: object) -> Decimal | None:
    return None if text is None else Decimal(str(text))


def schedule_of(answer: dict[str, Any]) -> list[list[str]]:
    steps = (answer.get("rebate") or {}).get("schedule") or []
    return [[step["start"], step["end"], step["amount"]] for step in steps]


@lru_cache(maxsize=256)
def _steps(schedule_json: str) -> tuple[Step, ...]:
    # Deals of one powertrain and lease term under one policy share one schedule: parsed once, kept.
    return tuple(Step(dt.date.fromisoformat(start), dt.date.fromisoformat(end), Decimal(amount))
                 for start, end, amount in json.loads(schedule_json or "[]"))


# --- saving --------------------------------------------------------------------------------------

# Built once and given their values at execution: building an INSERT of thirty values each time cost more
# than the database took to store them.
INSERT_DEAL = insert(deals).returning(deals.c.number)
INSERT_EVENT = insert(claim_events)

def save_deal(records: Records, request: SaleRequest, answer: dict[str, Any], policy: Policy, *,
              customer: str | None = None, stock: str | None = None, salesperson: str | None = None,
              now: dt.datetime | None = None, language: str = "en", mode: str = "dealer",
              dealer: dict[str, str] | None = None) -> DealRow:
    """Save one check as a deal; its claim starts as checked. `language`, `mode` and `dealer` say how its
    statement reads (the window's; the CLI's is English, dealer mode, no profile). Raises
    RecordsError("active_claim") when the VIN already has an active claim, naming the deal that holds it."""
    customer = clean_text(customer, "customer")
    stock = clean_text(stock, "stock")
    salesperson = clean_text(salesperson, "salesperson")
    files = policy_files.files_of(policy)
    now = now or utc_now()
    rebate = answer.get("rebate") or {}
    values = {
        "saved_at": now, "salesperson": salesperson, "customer_name": customer,
        "customer_key": customer_key(customer), "stock_number": stock, "vin": request.vin,
        "vehicle": vehicle_title(request), "sale_date": request.sale_date, "buyer": request.buyer.value,
        "eligible": rebate.get("eligible"), "rebate_amount": _amount(rebate.get("amount")),
        "request_json": json.dumps(request.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")),
        "answer_json": json.dumps(answer, ensure_ascii=False, separators=(",", ":")),
        "policy_id": policy.data.id, "policy_version": policy.version, "policy_sha256": files.policy_sha256,
        "vehicle_list_sha256": files.vehicle_list_sha256, "evdesk_version": __version__,
        "language": language, "mode": mode,
        "dealer_json": json.dumps(dealer, ensure_ascii=False, separators=(",", ":")) if dealer else None,
        "status": "checked", "status_changed_at": now,
        "schedule_json": json.dumps(schedule_of(answer), separators=(",", ":")),
    }
    for attempt in (1, 2):
        try:
            with records.writing() as connection:
                if request.vin:
                    refuse_active_vin(connection, request.vin)
                stored = policy_files.store(connection, files, records.known_policy_files, now)
                number = connection.execute(INSERT_DEAL, values).scalar_one()
                connection.execute(INSERT_EVENT, {"deal_number": number, "at": now, "by": salesperson,
                                                  "from_status": None, "to_status": "checked"})
            break
        except IntegrityError:
            # Another counter saved the same VIN between our check and our insert: the index refused ours.
            if request.vin:
                with records.reading() as connection:
                    refuse_active_vin(connection, request.vin)
            if attempt == 2 or not records.known_policy_files:
                raise
            # Or the policy files this process saw stored are gone (the database was restored from a
            # backup, or replaced): forget what it knew and store them again.
            records.known_policy_files.clear()
    records.known_policy_files |= stored
    return _row_from_values(number, values)


def refuse_active_vin(connection: Connection, vin: str, other_than: int | None = None) -> None:
    query = select(deals.c.number, deals.c.status).where(deals.c.vin == vin, deals.c.status.in_(ACTIVE))
    if other_than is not None:
        query = query.where(deals.c.number != other_than)
    holder = connection.execute(query.limit(1)).first()
    if holder is not None:
        raise RecordsError("active_claim", vin=vin, holder=holder.number, status=holder.status)


def recipient_limit_reached(records: Records, customer: str | None, request: SaleRequest,
                            policy: Policy) -> LimitReached | None:
    """Whether this customer already has as many incentives in these records as the program allows a
    buyer of this kind (the policy's recipient limits on the sale date); None when not, or no customer."""
    key = customer_key(clean_text(customer, "customer"))
    if key is None:
        return None
    limits = policy.data.evap.recipient_limits
    window = limits.at(request.sale_date) or limits.values[-1]
    limit = window.value.for_buyer(request.buyer)
    query = select(deals.c.number).where(deals.c.customer_key == key, deals.c.status.in_(ACTIVE),
                                         or_(deals.c.eligible.is_(None), deals.c.eligible.is_(True)))
    if limit.per == "calendar_year":
        year = request.sale_date.year
        query = query.where(deals.c.sale_date >= dt.date(year, 1, 1), deals.c.sale_date < dt.date(year + 1, 1, 1))
    with records.reading() as connection:
        numbers = tuple(connection.execute(query.order_by(deals.c.number)).scalars())
    if len(numbers) < limit.count:
        return None
    return LimitReached(customer or "", len(numbers), limit.count, limit.per, numbers)


# --- reading -------------------------------------------------------------------------------------

ROW_COLUMNS = (deals.c.number, deals.c.saved_at, deals.c.sale_date, deals.c.salesperson, deals.c.customer_name,
               deals.c.stock_number, deals.c.vin, deals.c.vehicle, deals.c.buyer, deals.c.eligible,
               deals.c.rebate_amount, deals.c.status, deals.c.submitted_on, deals.c.confirmation, deals.c.paid_on,
               deals.c.paid_amount, deals.c.refused_reason, deals.c.cancelled_on, deals.c.schedule_json,
               deals.c.erased_at)
DEAL_COLUMNS = (*ROW_COLUMNS, deals.c.request_json, deals.c.answer_json, deals.c.policy_id, deals.c.policy_version,
                deals.c.policy_sha256, deals.c.vehicle_list_sha256, deals.c.evdesk_version, deals.c.language,
                deals.c.mode, deals.c.dealer_json)


def _row_fields(row: Row[Any] | dict[str, Any]) -> dict[str, Any]:
    get = row.get if isinstance(row, dict) else row._mapping.get
    return {
        "number": get("number"), "saved_at": get("saved_at"), "sale_date": get("sale_date"),
        "salesperson": get("salesperson"), "customer": get("customer_name"), "stock": get("stock_number"),
        "vin": get("vin"), "vehicle": get("vehicle"), "buyer": get("buyer"), "eligible": get("eligible"),
        "amount": get("rebate_amount"), "status": get("status"), "submitted_on": get("submitted_on"),
        "confirmation": get("confirmation"), "paid_on": get("paid_on"), "paid_amount": get("paid_amount"),
        "refused_reason": get("refused_reason"), "cancelled_on": get("cancelled_on"),
        "schedule": _steps(get("schedule_json")), "erased_at": get("erased_at"),
    }


def _row_from_values(number: int, values: dict[str, Any]) -> DealRow:
    return DealRow(**_row_fields({**values, "number": number}))


def row_of(row: Row[Any]) -> DealRow:
    """A row of ROW_COLUMNS, which are in DealRow's order (the schedule parsed): by position, as "what is
    due" reads thousands."""
    return DealRow(*row[:18], _steps(row[18]), row[19])


def deal_of(row: Row[Any]) -> Deal:
    return Deal(**_row_fields(row), request=json.loads(row.request_json), answer=json.loads(row.answer_json),
                policy_id=row.policy_id, policy_version=row.policy_version, policy_sha256=row.policy_sha256,
                vehicle_list_sha256=row.vehicle_list_sha256, evdesk_version=row.evdesk_version,
                language=row.language, mode=row.mode,
                dealer=json.loads(row.dealer_json) if row.dealer_json else None)


def get_deal(records: Records, number: int) -> Deal:
    with records.reading() as connection:
        row = connection.execute(select(*DEAL_COLUMNS).where(deals.c.number == number)).first()
    if row is None:
        raise RecordsError("no_such_deal", number=number)
    return deal_of(row)


def claim_log(records: Records, number: int) -> list[ClaimEvent]:
    with records.reading() as connection:
        rows = connection.execute(select(claim_events).where(claim_events.c.deal_number == number)
                                  .order_by(claim_events.c.id)).all()
    return [ClaimEvent(r.at, r.by, r.from_status, r.to_status, r.on_date, r.confirmation, r.amount, r.reason)
            for r in rows]


@dataclass(frozen=True)
class DealQuery:
    """Which deals, in which order: the Deals view's filters and `evdesk deals list`'s."""

    statuses: tuple[Status, ...] = ()  # none: every status
    sold_from: dt.date | None = None  # inclusive
    sold_to: dt.date | None = None  # inclusive
    text: str = ""  # found in the VIN, customer, salesperson, stock number or the deal number
    numbers: tuple[int, ...] | None = None  # only these deals (those needing action)
    order_by: str = "number"
    descending: bool = True


SORTABLE = {
    "number": deals.c.number, "saved_at": deals.c.saved_at, "sale_date": deals.c.sale_date,
    "customer": deals.c.customer_name, "stock": deals.c.stock_number, "vin": deals.c.vin,
    "vehicle": deals.c.vehicle, "salesperson": deals.c.salesperson, "amount": deals.c.rebate_amount,
    "status": deals.c.status,
}


def _filtered(query: Select[Any], wanted: DealQuery) -> Select[Any]:
    conditions = []
    if wanted.statuses:
        conditions.append(deals.c.status.in_(wanted.statuses))
    if wanted.sold_from is not None:
        conditions.append(deals.c.sale_date >= wanted.sold_from)
    if wanted.sold_to is not None:
        conditions.append(deals.c.sale_date <= wanted.sold_to)
    if wanted.numbers is not None:
        conditions.append(deals.c.number.in_(wanted.numbers) if wanted.numbers else deals.c.number.is_(None))
    words = wanted.text.split()
    for word in words:  # every word must be found somewhere: "smith 2026" narrows as it is typed
        matches = [column.icontains(word, autoescape=True) for column in
                   (deals.c.vin, deals.c.customer_name, deals.c.salesperson, deals.c.stock_number, deals.c.vehicle)]
        if word.isdigit():
            matches.append(deals.c.number == int(word))
        conditions.append(or_(*matches))
    return query.where(and_(*conditions)) if conditions else query


def list_deals(records: Records, wanted: DealQuery = DealQuery(), offset: int = 0,
               limit: int | None = None) -> list[DealRow]:
    column = SORTABLE.get(wanted.order_by, deals.c.number)
    order = [column.desc() if wanted.descending else column.asc()]
    if column is not deals.c.number:
        order.append(deals.c.number.desc() if wanted.descending else deals.c.number.asc())  # a stable order
    query = _filtered(select(*ROW_COLUMNS), wanted).order_by(*order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with records.reading() as connection:
        return [row_of(row) for row in connection.execute(query)]


def count_deals(records: Records, wanted: DealQuery = DealQuery()) -> int:
    with records.reading() as connection:
        return connection.execute(_filtered(select(func.count()).select_from(deals), wanted)).scalar_one()


# --- the claim -----------------------------------------------------------------------------------

def move_claim(records: Records, number: int, move: Move, by: str | None = None,
               now: dt.datetime | None = None) -> DealRow:
    """Move the claim on, appending the move to its log; an impossible move raises RecordsError and
    changes nothing. Two counters moving one claim at once: the second sees the first's move."""
    by = clean_text(by, "by")
    move = Move(move.to, move.on_date, clean_text(move.confirmation, "confirmation"), move.amount,
                clean_text(move.reason, "reason"))
    now = now or utc_now()
    row = None
    try:
        with records.writing() as connection:
            row = connection.execute(select(*ROW_COLUMNS).where(deals.c.number == number).with_for_update()).first()
            if row is None:
                raise RecordsError("no_such_deal", number=number)
            state = ClaimState(number, row.status, row.sale_date, row.submitted_on, row.confirmation)
            try:
                change = plan_move(state, move)
            except MoveRefused as refused:
                raise RecordsError(refused.code, **refused.params) from None
            if change.status in ACTIVE and row.status not in ACTIVE and row.vin:
                refuse_active_vin(connection, row.vin, other_than=number)
            connection.execute(update(deals).where(deals.c.number == number).values(
                **change.fields, status_changed_at=now))
            connection.execute(insert(claim_events).values(deal_number=number, at=now, by=by, **change.event))
            updated = connection.execute(select(*ROW_COLUMNS).where(deals.c.number == number)).one()
    except IntegrityError:
        if row is not None and row.vin:
            with records.reading() as connection:
                refuse_active_vin(connection, row.vin, other_than=number)
        raise
    return row_of(updated)


def deals_by_number(records: Records, numbers: Sequence[int]) -> dict[int, DealRow]:
    if not numbers:
        return {}
    with records.reading() as connection:
        rows = connection.execute(select(*ROW_COLUMNS).where(deals.c.number.in_(list(numbers)))).all()
    return {row.number: row_of(row) for row in rows}
