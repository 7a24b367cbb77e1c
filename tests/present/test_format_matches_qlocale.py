"""The Qt-free formatter writes every value exactly as QLocale en_CA and fr_CA do.

`QLocaleReference` is the formatter evdesk used to be (QLocale through QtCore); the present one knows the
two locales' conventions itself so that the CLI never loads Qt. Each value type is compared over a spread
of values: amounts with and without cents, large and negative ones, dates across the year (the 1st of each
month included), percentages, counts and kilometres.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale

from evdesk.present.format import Formatter
from evdesk.present.language import LANGUAGES, LOCALE_NAMES, Language


class QLocaleReference:
    def __init__(self, language: Language):
        self.language = language
        self.locale = QLocale(LOCALE_NAMES[language])

    def money(self, amount: Decimal, decimals: int = 2) -> str:
        rounded = amount.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        text = self.locale.toCurrencyString(float(abs(rounded)), self.locale.currencySymbol(), decimals)
        return (self.locale.negativeSign() + text) if rounded < 0 else text

    def number(self, value: Decimal | int, decimals: int | None = None) -> str:
        if isinstance(value, int):
            return self.locale.toString(value)
        if decimals is None:
            exponent = value.normalize().as_tuple().exponent
            decimals = max(0, -exponent) if isinstance(exponent, int) else 0
        return self.locale.toString(float(value), "f", decimals)

    def percent(self, value: Decimal) -> str:
        number = self.number(value)
        return f"{number}\u00a0%" if self.language == "fr" else f"{number}%"

    def km(self, value: int) -> str:
        return f"{self.locale.toString(value)}\u00a0km"

    def date(self, day: dt.date) -> str:
        pattern = "MMMM d, yyyy" if self.language == "en" else "d MMMM yyyy"
        text = self.locale.toString(QDate(day.year, day.month, day.day), pattern)
        return "1er" + text[1:] if self.language == "fr" and day.day == 1 else text


AMOUNTS = [Decimal(text) for text in (
    "0", "0.01", "0.05", "0.10", "0.99", "1", "9.99", "10", "99.50", "100", "999.99", "1000", "1000.01",
    "4062.50", "4999.995", "5000", "12345.67", "35000", "45000", "49999.99", "50000", "50000.01", "99999.99",
    "100000", "999999.99", "1000000", "1234567.89", "9999999.99", "10000000", "2153000000", "-0.01", "-1",
    "-1250", "-999.99", "-1000", "-45000.5", "0.005", "2.675", "1.005",
)]
WHOLE = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 49000, 52185, 99999, 100000, 1000000, 12345678,
         2_000_000, -1, -1000, -1234567]
PERCENTS = [Decimal(text) for text in ("0", "0.5", "1", "6.1", "6.5", "10", "25", "50", "81.25", "100", "106.1",
                                       "1000", "0.05", "12.3456", "66.67")]
DAYS = ([dt.date(2026, month, 1) for month in range(1, 13)] + [dt.date(2026, month, 15) for month in range(1, 13)]
        + [dt.date(2024, 2, 29), dt.date(2026, 2, 16), dt.date(2027, 2, 28), dt.date(2031, 3, 31),
           dt.date(2026, 12, 31), dt.date(2000, 1, 9), dt.date(2099, 11, 30)])


@pytest.fixture(params=LANGUAGES)
def pair(request) -> tuple[Formatter, QLocaleReference]:
    return Formatter(request.param), QLocaleReference(request.param)


@pytest.mark.parametrize("amount", AMOUNTS, ids=str)
def test_money(pair, amount: Decimal) -> None:
    ours, qt = pair
    assert ours.money(amount) == qt.money(amount)
    assert ours.money(amount, decimals=0) == qt.money(amount, decimals=0)


@pytest.mark.parametrize("value", WHOLE, ids=str)
def test_counts_and_kilometres(pair, value: int) -> None:
    ours, qt = pair
    assert ours.number(value) == qt.number(value)
    if value >= 0:
        assert ours.km(value) == qt.km(value)


@pytest.mark.parametrize("value", PERCENTS, ids=str)
def test_percentages_and_decimals(pair, value: Decimal) -> None:
    ours, qt = pair
    assert ours.percent(value) == qt.percent(value)
    assert ours.number(value) == qt.number(value)
    for decimals in (0, 1, 2):
        assert ours.number(value, decimals) == qt.number(value, decimals)


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_dates(pair, day: dt.date) -> None:
    ours, qt = pair
    assert ours.date(day) == qt.date(day)


@given(st.decimals(min_value=-10_000_000, max_value=10_000_000, places=2), st.sampled_from(LANGUAGES))
def test_any_amount_in_cents(amount: Decimal, language: Language) -> None:
    assert Formatter(language).money(amount) == QLocaleReference(language).money(amount)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)), st.sampled_from(LANGUAGES))
def test_any_date(day: dt.date, language: Language) -> None:
    assert Formatter(language).date(day) == QLocaleReference(language).date(day)


def test_the_json_path_imports_no_qt() -> None:
    """`evdesk check --json` (and its plain-text form) never loads QtCore: it costs some 75 ms."""
    code = ("import sys\n"
            "from evdesk.cli import run_cli\n"
            "base = ['check', '--powertrain', 'bev', '--price', '45000', '--assembly', 'CN', '--date', '2026-05-01']\n"
            "assert run_cli([*base, '--json']) == 0\n"
            "assert run_cli(base) == 0\n"
            "assert run_cli([*base, '--price', 'abc']) == 2\n"
            "loaded = sorted(name for name in sys.modules if name.startswith('PySide6'))\n"
            "assert not loaded, loaded\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
