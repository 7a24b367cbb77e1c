"""Formatting at the edge: money, percentages, dates, countries and the explanation texts, in en_CA or
fr_CA through QLocale (QtCore only: the CLI uses it without a window)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from string import Formatter as _TemplateParser
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from evdesk.present.countries import country_in_sentence, country_name
from evdesk.present.language import LOCALE_NAMES, Language
from evdesk.present.terms import AGREEMENTS, PROVINCES, TERMS
from evdesk.rules.result import Citation, Criterion, Note
from evdesk.rules.values import (
    Agreement,
    Count,
    Country,
    Km,
    Kwh,
    KwhRange,
    Money,
    Months,
    Named,
    Pairs,
    Percent,
    Province,
    Term,
    Text,
)

_DATE_PATTERNS: dict[Language, str] = {"en": "MMMM d, yyyy", "fr": "d MMMM yyyy"}
_NBSP = "\u00a0"


class Formatter:
    """Formats values and fills explanation templates for one language."""

    def __init__(self, language: Language):
        self.language: Language = language
        self.locale = QLocale(LOCALE_NAMES[language])

    # --- values ---------------------------------------------------------------------------------
    def money(self, amount: Decimal | None) -> str:
        if amount is None:
            return "—"
        cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        # A cent-rounded amount under ten million is exact in a double, so the float is safe for display.
        text = self.locale.toCurrencyString(float(abs(cents)), self.locale.currencySymbol(), 2)
        return (self.locale.negativeSign() + text) if cents < 0 else text

    def number(self, value: Decimal | int, decimals: int | None = None) -> str:
        if isinstance(value, int):
            return self.locale.toString(value)
        if decimals is None:
            exponent = value.normalize().as_tuple().exponent
            decimals = max(0, -exponent) if isinstance(exponent, int) else 0
        return self.locale.toString(float(value), "f", decimals)

    def percent(self, value: Decimal | None) -> str:
        if value is None:
            return "—"
        number = self.number(value)
        return f"{number}{_NBSP}%" if self.language == "fr" else f"{number}%"

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return "—"
        text = self.locale.toString(QDate(day.year, day.month, day.day), _DATE_PATTERNS[self.language])
        if self.language == "fr" and day.day == 1:
            text = "1er" + text[1:]  # Canadian French writes the first of the month as an ordinal
        return text

    def country(self, code: str | None) -> str:
        return country_name(code, self.language) if code else "—"

    def agreement(self, name: str) -> str:
        label = AGREEMENTS.get(name)
        return QCoreApplication.translate("Agreements", label) if label else name

    def term(self, code: str) -> str:
        label = TERMS.get(code)
        return QCoreApplication.translate("terms", label) if label else code

    def province(self, code: str | None) -> str:
        """'CA-QC' → 'Québec' (a name the policy data does not cover is shown as its code)."""
        if not code:
            return "—"
        label = PROVINCES.get(code)
        return QCoreApplication.translate("Provinces", label) if label else code

    def named(self, name: Named | None) -> str:
        if name is None:
            return ""
        return name.fr if self.language == "fr" else name.en

    def kwh(self, value: Decimal) -> str:
        return f"{self.number(value)}{_NBSP}kWh"

    def kwh_range(self, tier: KwhRange) -> str:
        translate = QCoreApplication.translate
        if tier.start is not None and tier.below is not None:
            return translate("Format", "{low} to under {high}").format(low=self.number(tier.start),
                                                                       high=self.kwh(tier.below))
        if tier.start is not None:
            return translate("Format", "{low} or more").format(low=self.kwh(tier.start))
        if tier.below is not None:
            return translate("Format", "under {high}").format(high=self.kwh(tier.below))
        return translate("Format", "any battery")

    def pairs(self, pairs: Pairs) -> str:
        """"8 to under 15 kWh: $500.00, 15 kWh or more: $1,000.00" (French puts a space before the colon)."""
        colon = f"{_NBSP}: " if self.language == "fr" else ": "
        not_known = QCoreApplication.translate("Format", "not known")
        return ", ".join(f"{self.value(label)}{colon}{not_known if value is None else self.value(value)}"
                         for label, value in pairs)

    def value(self, value: Any) -> str:
        """One explanation parameter, by its type."""
        match value:
            case Money():
                return self.money(value)
            case Percent():
                return self.percent(value)
            case Km():
                return f"{self.number(int(value))}{_NBSP}km"
            case Kwh():
                return self.kwh(value)
            case KwhRange():
                return self.kwh_range(value)
            case Named():
                return self.named(value)
            case Province():
                return self.province(value)
            case Pairs():
                return self.pairs(value)
            case Months() | Count():
                return self.number(int(value))
            case Country():
                return country_in_sentence(value, self.language)
            case Term():
                return self.term(value)
            case Agreement():
                return self.agreement(value)
            case Text():
                return str(value)
            case bool():
                return str(value)
            case int():
                return str(value)  # a year or a quota-year number: no thousands separator
            case dt.date():
                return self.date(value)
            case Decimal():
                return self.number(value)
            case list() | tuple():
                return ", ".join(self.value(item) for item in value)
            case None:
                return "—"
        return str(value)

    # --- texts ----------------------------------------------------------------------------------
    def fill(self, template: str, params: dict[str, Any], context: str = "rules") -> str:
        """Translate an explanation template, then put the formatted values in."""
        translated = QCoreApplication.translate(context, template)
        fields = {name for _, name, _, _ in _TemplateParser().parse(translated) if name}
        values = {name: self.value(params.get(name)) for name in fields}
        try:
            return translated.format_map(values)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the answer: fall back to the English template.
            return template.format_map({name: self.value(params.get(name)) for name in params})

    def criterion(self, item: Criterion | Note) -> str:
        return self.fill(item.message, item.params)

    def citation(self, source: Citation | None) -> str:
        if source is None:
            return ""
        if source.date is None:
            return f"{source.publisher}, “{source.title}”"
        return f"{source.publisher}, “{source.title}” ({self.date(source.date)})"
