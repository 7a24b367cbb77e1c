"""The tables, as the latest migration leaves them (a test compares the two on both databases).

- `policy_files`: the exact policy file and vehicle list every deal was answered under, once per sha256,
  so any counter sharing the database can rebuild that policy and answer again.
- `deals`: one saved check: the request as entered, the whole answer (the JSON report), the policy stamp,
  who and when, the optional customer and stock, and the claim's current state. Columns the list and
  "what is due" read (VIN, sale date, amount, status, the amount's steps) are copied out of the request
  and answer when saved, so neither has to be parsed to list 10,000 deals.
- `claim_events`: the claim's log, append-only (a trigger refuses UPDATE and DELETE in both databases).

The database keeps its own integrity: deal numbers come from it (SQLite AUTOINCREMENT, a PostgreSQL
identity), one VIN holds at most one active claim (a partial unique index), statuses are checked.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from evdesk.records.claims import ACTIVE, STATUSES

CENTS = Decimal(100)


class Money(TypeDecorator[Decimal]):
    """Dollars and cents kept as whole cents: exact in both databases (SQLite has no decimal type)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        cents = value * CENTS
        if cents != cents.to_integral_value():
            raise ValueError(f"{value} is not a whole number of cents")
        return int(cents)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value).scaleb(-2)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment in UTC: timestamptz in PostgreSQL, UTC text in SQLite, always an aware datetime in Python."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a moment without a time zone cannot be stored")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


ACTIVE_VIN = f"vin IS NOT NULL AND {_in('status', ACTIVE)}"

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

policy_files = Table(
    "policy_files", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("name", String(200), nullable=False),  # the file name the policy refers to it by
    Column("content", LargeBinary, nullable=False),
    Column("stored_at", UtcDateTime, nullable=False),
    CheckConstraint("kind IN ('policy', 'vehicle_list', 'provinces', 'vehicle_assembly')", name="kind"),
)

deals = Table(
    "deals", metadata,
    Column("number", Integer, Identity(start=1), primary_key=True),
    Column("saved_at", UtcDateTime, nullable=False),
    Column("salesperson", String(120)),
    Column("customer_name", String(200)),
    Column("customer_key", String(200)),  # the name folded for matching (case and spacing)
    Column("stock_number", String(60)),
    Column("vin", String(17)),
    Column("vehicle", String(250)),
    Column("sale_date", Date, nullable=False),
    Column("buyer", String(20), nullable=False),
    Column("eligible", Boolean),
    Column("rebate_amount", Money),
    Column("request_json", Text, nullable=False),
    Column("answer_json", Text, nullable=False),
    Column("policy_id", String(100), nullable=False),
    Column("policy_version", String(40), nullable=False),
    Column("policy_sha256", String(64), ForeignKey("policy_files.sha256"), nullable=False),
    Column("vehicle_list_sha256", String(64), ForeignKey("policy_files.sha256"), nullable=False),
    Column("evdesk_version", String(40), nullable=False),
    # How its statement read, to reprint it as it was: the language, the mode, the dealer profile.
    Column("language", String(2), nullable=False, server_default="en"),
    Column("mode", String(10), nullable=False, server_default="dealer"),
    Column("dealer_json", Text),
    # The claim (migration 0002)
    Column("status", String(12), nullable=False, server_default="checked"),
    Column("status_changed_at", UtcDateTime),
    Column("submitted_on", Date),
    Column("confirmation", String(60)),
    Column("paid_on", Date),
    Column("paid_amount", Money),
    Column("refused_reason", Text),
    Column("cancelled_on", Date),
    Column("schedule_json", Text, nullable=False, server_default="[]"),  # the amount's steps by claim date
    # Privacy (migration 0003)
    Column("erased_at", UtcDateTime),  # when the customer's personal fields were erased
    CheckConstraint(_in("status", STATUSES), name="status"),
    Index(None, "sale_date"),
    Index(None, "status"),
    Index(None, "customer_key"),
    Index("uq_deals_active_vin", "vin", unique=True, sqlite_where=text(ACTIVE_VIN),
          postgresql_where=text(ACTIVE_VIN)),
    sqlite_autoincrement=True,  # a number is never given twice, even after a rolled-back save
)

claim_events = Table(
    "claim_events", metadata,
    Column("id", Integer, Identity(start=1), primary_key=True),
    Column("deal_number", Integer, ForeignKey("deals.number"), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("by", String(120)),
    Column("from_status", String(12)),  # none for the first entry: the deal was saved
    Column("to_status", String(12), nullable=False),
    Column("on_date", Date),  # the submission, payment or cancellation date the move records
    Column("confirmation", String(60)),
    Column("amount", Money),
    Column("reason", Text),
    CheckConstraint(_in("to_status", STATUSES), name="to_status"),
    Index(None, "deal_number"),
    sqlite_autoincrement=True,
)

SCHEMA_TABLES = ("policy_files", "deals", "claim_events")
