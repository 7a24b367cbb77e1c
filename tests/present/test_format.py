"""Formatting at the edge, in en_CA and fr_CA (fr_CA separates thousands with a no-break space)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from evdesk.present.format import Formatter
from evdesk.rules.values import Country, Km, Money, Percent, Term

NBSP = "\u00a0"


@pytest.mark.parametrize(("language", "value", "expected"), [
    ("en", Money("45000"), "$45,000.00"),
    ("fr", Money("45000"), f"45{NBSP}000,00{NBSP}$"),
    ("en", Money("4062.5"), "$4,062.50"),
    ("en", Money("0.005"), "$0.01"),  # half up, at the edge only
    ("en", Money("-1250"), "-$1,250.00"),  # a minus sign, not accounting parentheses
    ("en", Percent("6.1"), "6.1%"),
    ("fr", Percent("106.1"), f"106,1{NBSP}%"),
    ("en", Percent("0"), "0%"),
    ("en", Km(9999), f"9,999{NBSP}km"),
    ("fr", Km(10000), f"10{NBSP}000{NBSP}km"),
    ("en", Country("KR"), "South Korea"),
    ("fr", Country("KR"), "Corée du Sud"),
    ("fr", Country("US"), "États-Unis"),
    ("en", Country("US"), "the United States"),  # inside a sentence: "assembled in the United States"
    ("en", Country("NL"), "the Netherlands"),
    ("en", Country("DE"), "Germany"),
    ("en", Term("PHEV"), "plug-in hybrid (PHEV)"),
    ("en", dt.date(2027, 1, 1), "January 1, 2027"),
    ("fr", dt.date(2027, 1, 1), "1er janvier 2027"),
    ("fr", dt.date(2026, 5, 15), "15 mai 2026"),
    ("en", 2026, "2026"),  # years are not numbers with separators
])
def test_values(language, value, expected) -> None:
    assert Formatter(language).value(value) == expected


def test_fill_puts_formatted_values_into_the_template() -> None:
    text = Formatter("en").fill("Final transaction value {ftv} is within the {cap} cap ({margin} to spare).",
                                {"ftv": Money("45000"), "cap": Money("50000"), "margin": Money("5000")})
    assert text == "Final transaction value $45,000.00 is within the $50,000.00 cap ($5,000.00 to spare)."


def test_a_missing_value_shows_a_dash_not_zero() -> None:
    assert Formatter("en").money(None) == "—"
    assert Formatter("en").fill("Amount {amount}.", {}) == "Amount —."


def test_decimal_places_follow_the_value() -> None:
    assert Formatter("en").number(Decimal("81.25")) == "81.25"
    assert Formatter("fr").number(Decimal("81.25")) == "81,25"


def test_any_size_formats_exactly_and_a_value_that_is_not_a_number_is_not_known() -> None:
    """QLocale took a float (15 digits; a policy's 9223372036854775808 crashed it) and Decimal's default
    context 28 digits: the formatter is exact at any size."""
    f = Formatter("en")
    assert f.money(Decimal("1e29")) == "$100,000,000,000,000,000,000,000,000,000.00"
    assert f.money(Decimal("123456789012345678901234567890.125")) == "$123,456,789,012,345,678,901,234,567,890.13"
    assert f.number(9223372036854775808) == "9,223,372,036,854,775,808"
    assert f.value(Km(10**12)) == f"1,000,000,000,000{NBSP}km"
    assert f.money(Decimal("NaN")) == "—" and f.percent(Decimal("Infinity")) == "—"
    assert f.money(Decimal("-0.001")) == "$0.00"  # no "-$0.00"
