"""Customer data is kept no longer than needed: after the retention period (default 6 years, Ontario's
rule for sale records, research §1; Alberta's is 3) a deal's personal fields are erased and the figures
stay; a privacy request erases one customer's at once.

The only personal field evdesk keeps is the customer's name (the request and the answer hold none; the
claim log holds staff names, dates and amounts). Erasing clears it and stamps when.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from evdesk.records.database import Records, utc_now
from evdesk.records.deals import clean_text, customer_key
from evdesk.records.errors import RecordsError
from evdesk.records.schema import deals

DEFAULT_YEARS = 6


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _erase(records: Records, condition: object, now: dt.datetime | None) -> list[int]:
    with records.writing() as connection:
        numbers = list(connection.execute(select(deals.c.number).where(
            condition, deals.c.customer_name.is_not(None)).order_by(deals.c.number)).scalars())  # type: ignore[arg-type]
        if numbers:
            connection.execute(update(deals).where(deals.c.number.in_(numbers)).values(
                customer_name=None, customer_key=None, erased_at=now or utc_now()))
    return numbers


def erase_expired(records: Records, years: int, as_of: dt.date, now: dt.datetime | None = None) -> list[int]:
    """Erase the personal fields of deals sold `years` years or more before `as_of`; their numbers."""
    if years < 1:
        raise RecordsError("bad_text", field="retention years", problem=f"{years} is less than 1")
    return _erase(records, deals.c.sale_date <= years_before(as_of, years), now)


def erase_deal(records: Records, number: int, now: dt.datetime | None = None) -> list[int]:
    with records.reading() as connection:
        if connection.execute(select(deals.c.number).where(deals.c.number == number)).first() is None:
            raise RecordsError("no_such_deal", number=number)
    return _erase(records, deals.c.number == number, now)


def erase_customer(records: Records, name: str, now: dt.datetime | None = None) -> list[int]:
    """A privacy request: every deal of this customer (matched as the limit check matches them)."""
    key = customer_key(clean_text(name, "customer"))
    if key is None:
        raise RecordsError("bad_text", field="customer", problem="is empty")
    return _erase(records, deals.c.customer_key == key, now)
