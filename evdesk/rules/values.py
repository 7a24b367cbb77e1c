"""Typed values carried in the explanation, so each edge (CLI, window, statement) formats them in its
own locale: a Money prints as $45,000.00 or 45 000,00 $, a Country as its name in the UI language.

They are thin subclasses of the plain value: arithmetic still works, the type says how to show it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


class Money(Decimal):
    """Canadian dollars."""

    __slots__ = ()


class Percent(Decimal):
    __slots__ = ()


class Km(int):
    __slots__ = ()


class Months(int):
    __slots__ = ()


class Count(int):
    __slots__ = ()


class Country(str):
    """An ISO 3166 alpha-2 code, shown as the country's name."""

    __slots__ = ()


class Term(str):
    """A word of the rules' vocabulary (a powertrain, a buyer type, a tariff treatment), translated for
    display: the value is its code."""

    __slots__ = ()


class Agreement(str):
    """A trade agreement as the policy names it ("CUSMA"), shown under its name in the UI language."""

    __slots__ = ()


class Text(str):
    """Shown as it is, never translated: a make, a model, an agreement's name."""

    __slots__ = ()


class Kwh(Decimal):
    """A battery capacity in kilowatt-hours."""

    __slots__ = ()


class Province(str):
    """An ISO 3166-2 code of a Canadian province or territory ("CA-QC"), shown as its name."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Named:
    """A name or a sentence the policy data carries in both languages (a provincial program's name): the
    edge shows the one for its language."""

    en: str
    fr: str

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True, slots=True)
class KwhRange:
    """A battery-capacity tier: from `start` kWh (inclusive) to below `below` kWh; either end may be open."""

    start: Decimal | None
    below: Decimal | None


class PartList(tuple):
    """Parts of a sale's price by their codes ("vehicle_price", "warranty"), named in a sentence in the UI
    language: "the price after discounts, options and dealer fees"."""

    __slots__ = ()


class Pairs(tuple):
    """(label, value) pairs, each formatted by its type and shown as "label: value, label: value"."""

    __slots__ = ()


def to_cents(amount: Decimal) -> Money:
    """Round to the cent, half up, once, at the end of a computation."""
    return Money(amount.quantize(CENT, rounding=ROUND_HALF_UP))


def json_value(value: object) -> object:
    """A parameter as JSON: money and percentages as decimal strings, dates as ISO dates."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
