"""What needs action: the claims that will be lost or cost money if nobody looks (research §1: four claims
"never received", no confirmation numbers, nobody noticed for a year).

For each open claim, as of a day:
- `not_submitted`: sold (and checked) but not submitted after N days (default 7);
- `no_confirmation`: submitted with no confirmation number after N days (default 3);
- `not_paid`: submitted and not paid after N days (default 60);
- `step_down`: not yet submitted while the amount steps down within N days (default 30): claims are
  paid at the submission date's amount, so it says how much waiting costs;
- `program_end`: not yet submitted while the program's last claim day is within those N days, or past.

"After N days" counts from the sale or submission date: due on day N itself. The amount's steps are the
saved answer's (for this powertrain and lease), so the warning follows the policy the deal was checked
under. A deal the saved answer found not eligible expects no claim and is never due until it is submitted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from evdesk.records.claims import OPEN
from evdesk.records.database import Records
from evdesk.records.deals import ROW_COLUMNS, DealRow, row_of
from evdesk.records.schema import deals

REASONS = ("not_submitted", "no_confirmation", "not_paid", "step_down", "program_end")


@dataclass(frozen=True)
class DueThresholds:
    submit_days: int = 7
    confirm_days: int = 3
    payment_days: int = 60
    step_down_days: int = 30


@dataclass(frozen=True)
class DueItem:
    """One thing to do about one deal's claim: `reason` is one of REASONS, `params` fill its sentence."""

    number: int
    reason: str
    params: dict[str, Any] = field(default_factory=dict)
    deal: DealRow | None = field(default=None, compare=False, repr=False)


def due_for(deal: DealRow, as_of: dt.date, thresholds: DueThresholds = DueThresholds()) -> list[DueItem]:
    """What `deal`'s claim needs as of `as_of`, most pressing first (pure)."""
    items: list[DueItem] = []

    def add(reason: str, **params: Any) -> None:
        items.append(DueItem(deal.number, reason, params, deal))

    if deal.status == "checked" and deal.eligible is not False:
        days = (as_of - deal.sale_date).days
        _amount_steps(deal, as_of, thresholds, add)
        if days >= thresholds.submit_days:
            add("not_submitted", days=days, sale_date=deal.sale_date)
    elif deal.status == "submitted" and deal.submitted_on is not None:
        days = (as_of - deal.submitted_on).days
        if not deal.confirmation and days >= thresholds.confirm_days:
            add("no_confirmation", days=days, submitted_on=deal.submitted_on)
        if days >= thresholds.payment_days:
            add("not_paid", days=days, submitted_on=deal.submitted_on)
    return items


def _amount_steps(deal: DealRow, as_of: dt.date, thresholds: DueThresholds, add: Any) -> None:
    steps = sorted(deal.schedule, key=lambda step: step.start)
    if not steps or as_of < steps[0].start:
        return
    current = next((step for step in steps if step.start <= as_of < step.end), None)
    if current is None:  # past the last claim day
        add("program_end", last_day=steps[-1].end - dt.timedelta(days=1), days=(steps[-1].end - as_of).days,
            amount=steps[-1].amount, ended=True)
        return
    days = (current.end - as_of).days
    if days > thresholds.step_down_days:
        return
    following = next((step for step in steps if step.start == current.end), None)
    if following is None:
        add("program_end", last_day=current.end - dt.timedelta(days=1), days=days, amount=current.amount,
            ended=False)
    elif following.amount < current.amount:
        add("step_down", date=current.end, days=days, amount=current.amount, then=following.amount,
            cost=current.amount - following.amount)


def due_items(rows: Iterable[DealRow], as_of: dt.date, thresholds: DueThresholds = DueThresholds()) -> list[DueItem]:
    return [item for row in rows for item in due_for(row, as_of, thresholds)]


def claims_due(records: Records, as_of: dt.date, thresholds: DueThresholds = DueThresholds()) -> list[DueItem]:
    """Everything that needs action in these records as of `as_of`, oldest deal first. Only open claims
    are read (checked and submitted), and only the columns the rules above need."""
    query = select(*ROW_COLUMNS).where(deals.c.status.in_(OPEN)).order_by(deals.c.number)
    with records.reading() as connection:
        rows = [row_of(row) for row in connection.execute(query)]
    return due_items(rows, as_of, thresholds)


def deals_needing_action(items: Iterable[DueItem]) -> list[int]:
    return sorted({item.number for item in items})
