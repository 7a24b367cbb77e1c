"""Formatting at the edge: money, percentages, dates, countries and the explanation texts, in en_CA or
fr_CA, without Qt, so that `evdesk check` starts without loading QtCore.

The two locales' conventions below are QLocale's (CLDR's as Qt 6 ships them: fr_CA groups thousands with
a no-break space, puts the $ after the amount and writes the first of the month "1er"). They are written
out here rather than read from a library because they are a handful of facts for exactly two locales;
tests/present/test_format_matches_qlocale.py checks them, value by value, against QLocale itself.
Amounts are formatted from their exact decimal, never through a binary float.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from string import Formatter as _TemplateParser
from typing import Any, cast

from evdesk.present.countries import COUNTRY_FORMS, CountryForm, country_name, country_phrase
from evdesk.present.language import Language
from evdesk.present.terms import AGREEMENTS, PART_WORDS, PROVINCES, TERMS
from evdesk.present.translation import translate
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
    PartList,
    Percent,
    Province,
    Term,
    Text,
)

NBSP = "\u00a0"
NOT_KNOWN = "—"


@dataclass(frozen=True, slots=True)
class LocaleConventions:
    group: str  # between thousands
    decimal: str
    minus: str
    money: str  # "{amount}" placed with the currency symbol
    percent: str  # "{number}" placed with the percent sign
    km: str
    months: tuple[str, ...]
    date: str  # "{day}", "{month}" and "{year}" placed
    first_day: str  # how the first of a month is written


CONVENTIONS: dict[Language, LocaleConventions] = {
    "en": LocaleConventions(
        group=",", decimal=".", minus="-", money="${amount}", percent="{number}%", km=f"{{number}}{NBSP}km",
        months=("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"),
        date="{month} {day}, {year}", first_day="1"),
    "fr": LocaleConventions(
        group=NBSP, decimal=",", minus="-", money=f"{{amount}}{NBSP}$", percent=f"{{number}}{NBSP}%",
        km=f"{{number}}{NBSP}km",
        months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"),
        date="{day} {month} {year}", first_day="1er"),  # Canadian French writes the first as an ordinal
}


class Formatter:
    """Formats values and fills explanation templates for one language: the one formatter every edge
    (CLI, window, statement, JSON report) uses."""

    def __init__(self, language: Language):
        self.language: Language = language
        self.conventions = CONVENTIONS[language]

    # --- values ---------------------------------------------------------------------------------
    def _digits(self, value: Decimal, decimals: int) -> str:
        """The number with thousands grouped and `decimals` places, rounded half away from zero; exact for
        any size (a float, as QLocale takes, has 15 digits; Decimal's default context 28)."""
        if not value.is_finite():
            return NOT_KNOWN
        with localcontext() as context:
            context.prec = max(context.prec, value.adjusted() + decimals + 2)
            rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        sign = self.conventions.minus if rounded < 0 else ""
        whole, _, fraction = f"{rounded.copy_abs():f}".partition(".")  # copy_abs: no context rounding
        groups = []
        while len(whole) > 3:
            whole, tail = whole[:-3], whole[-3:]
            groups.insert(0, tail)
        text = self.conventions.group.join([whole, *groups])
        return sign + (text + self.conventions.decimal + fraction if decimals > 0 else text)

    def one(self, count: int) -> bool:
        """Whether a noun counted `count` times is singular: 1 in English; 0 and 1 in French ("0 ligne")."""
        return count == 1 or (self.language == "fr" and count == 0)

    def money(self, amount: Decimal | None, decimals: int = 2) -> str:
        """$45,000.00 / 45 000,00 $; a negative amount with a minus sign, not accounting parentheses."""
        if amount is None or not Decimal(amount).is_finite():
            return NOT_KNOWN
        digits = self._digits(Decimal(amount).copy_abs(), decimals)
        text = self.conventions.money.format(amount=digits)
        negative = amount < 0 and digits.strip("0.,\u00a0") != ""  # no "-$0.00"
        return (self.conventions.minus + text) if negative else text

    def number(self, value: Decimal | int, decimals: int | None = None) -> str:
        """A count or a decimal; without `decimals`, as many places as the value holds."""
        if isinstance(value, int):
            return self._digits(Decimal(value), 0)
        if decimals is None:
            exponent = value.normalize().as_tuple().exponent
            decimals = max(0, -exponent) if isinstance(exponent, int) else 0
        return self._digits(value, decimals)

    def percent(self, value: Decimal | None) -> str:
        if value is None or not Decimal(value).is_finite():
            return NOT_KNOWN
        return self.conventions.percent.format(number=self.number(value))

    def km(self, value: int) -> str:
        return self.conventions.km.format(number=self.number(int(value)))

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return NOT_KNOWN
        conventions = self.conventions
        return conventions.date.format(day=conventions.first_day if day.day == 1 else str(day.day),
                                       month=conventions.months[day.month - 1], year=day.year)

    def country(self, code: str | None) -> str:
        return country_name(code, self.language) if code else NOT_KNOWN

    def agreement(self, name: str) -> str:
        label = AGREEMENTS.get(name)
        return translate("Agreements", label) if label else name

    def term(self, code: str) -> str:
        label = TERMS.get(code)
        return translate("terms", label) if label else code

    def province(self, code: str | None) -> str:
        """'CA-QC' → 'Québec' (a name the policy data does not cover is shown as its code)."""
        if not code:
            return NOT_KNOWN
        label = PROVINCES.get(code)
        return translate("Provinces", label) if label else code

    def named(self, name: Named | None) -> str:
        if name is None:
            return ""
        return name.fr if self.language == "fr" else name.en

    def kwh(self, value: Decimal) -> str:
        return f"{self.number(value)}{NBSP}kWh"

    def kwh_range(self, tier: KwhRange) -> str:
        if tier.start is not None and tier.below is not None:
            return translate("Format", "{low} to under {high}").format(low=self.number(tier.start),
                                                                       high=self.kwh(tier.below))
        if tier.start is not None:
            return translate("Format", "{low} or more").format(low=self.kwh(tier.start))
        if tier.below is not None:
            return translate("Format", "under {high}").format(high=self.kwh(tier.below))
        return translate("Format", "any battery")

    def labelled(self, label: str, text: str) -> str:
        """"Price drop: …" ("Baisse de prix : …"): French puts a no-break space before the colon."""
        return f"{label}{NBSP}: {text}" if self.language == "fr" else f"{label}: {text}"

    def pairs(self, pairs: Pairs) -> str:
        """"8 to under 15 kWh: $500.00, 15 kWh or more: $1,000.00" (French puts a space before the colon)."""
        not_known = translate("Format", "not known")
        return ", ".join(self.labelled(self.value(label), not_known if value is None else self.value(value))
                         for label, value in pairs)

    def listed(self, items: list[str]) -> str:
        """"a, b and c" ("a, b et c"): items as a sentence lists them."""
        if len(items) < 2:
            return "".join(items)
        return translate("Format", "{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])

    def parts(self, parts: PartList) -> str:
        """"the price after discounts, options and dealer fees": price parts as a sentence names them."""
        return self.listed([translate("parts", PART_WORDS[part]) if part in PART_WORDS else str(part)
                            for part in parts])

    def value(self, value: Any, form: str = "") -> str:
        """One explanation parameter, by its type. `form` is what the template asked for after a colon:
        a country as "in" / "of" / "from" / "the" (see evdesk.present.countries)."""
        if form:
            if not isinstance(value, Country) or form not in COUNTRY_FORMS:
                raise ValueError(f"no form {form!r} for {type(value).__name__}")
            return country_phrase(value, self.language, cast(CountryForm, form))
        match value:
            case Money():
                return self.money(value)
            case Percent():
                return self.percent(value)
            case Km():
                return self.km(value)
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
            case PartList():
                return self.parts(value)
            case Months() | Count():
                return self.number(int(value))
            case Country():
                return country_phrase(value, self.language)
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
                return NOT_KNOWN
        return str(value)

    # --- texts ----------------------------------------------------------------------------------
    def fill(self, template: str, params: dict[str, Any], context: str = "rules") -> str:
        """Translate an explanation template, then put the formatted values in (`{country:in}` asks for a
        country's "in" form)."""
        translated = translate(context, template)
        try:
            return self._filled(translated, params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the answer: fall back to the English template.
            return self._filled(template, params)

    def _filled(self, template: str, params: dict[str, Any]) -> str:
        fields = {name for _, name, _, _ in _TemplateParser().parse(template) if name}
        return template.format_map({name: _Shown(self, params.get(name)) for name in fields})

    def criterion(self, item: Criterion | Note) -> str:
        return self.fill(item.message, item.params)

    def publisher(self, source: Citation) -> str:
        """"Transport Canada, as reported by driveteslacanada.ca": the names are data, the joining words ours."""
        text = self.named(source.publisher)
        if source.citing is not None:
            text = translate("Format", "{publisher}, citing {cited}").format(publisher=text,
                                                                             cited=self.named(source.citing))
        if source.reported_by is not None:
            text = translate("Format", "{publisher}, as reported by {reporter}").format(
                publisher=text, reporter=self.named(source.reported_by))
        return text

    def citation(self, source: Citation | None) -> str:
        """Publisher, “title” (date). A title is put in quotation marks only when it is the document's own in
        that language; a description of the document (no French title found, a headline not seen) is not."""
        if source is None:
            return ""
        title = self.named(source.title)
        quoted = source.fr_title_official if self.language == "fr" else source.en_title_official
        if source.date is None:
            template = (translate("Format", "{publisher}, “{title}”") if quoted else
                        translate("Format", "{publisher} — {title}"))
            return template.format(publisher=self.publisher(source), title=title)
        template = (translate("Format", "{publisher}, “{title}” ({date})") if quoted else
                    translate("Format", "{publisher} — {title} ({date})"))
        return template.format(publisher=self.publisher(source), title=title, date=self.date(source.date))

    def source_url(self, source: Citation) -> str:
        """The address in the user's language: the French version's where it was found."""
        return source.url_fr if self.language == "fr" and source.url_fr else source.url


class _Shown:
    """A parameter waiting for its place in a template, which may ask for a form: `{country:in}`."""

    __slots__ = ("formatter", "value")

    def __init__(self, formatter: Formatter, value: Any):
        self.formatter = formatter
        self.value = value

    def __format__(self, form: str) -> str:
        return self.formatter.value(self.value, form)
