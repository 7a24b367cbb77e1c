"""Where each model on Transport Canada's list is assembled: one row per make and model (as the list spells
them) and a span of model years, the country or countries of final assembly, and the source that says so
with its confidence (research: vehicle-assembly.md). A row with no country is a model whose plant no
source was found for: the answer stays "not known".

This is evidence about the model, not about the unit: a VIN or the compliance label says where the vehicle
in front of the dealer was built, and the rules let either win over the model's country.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from evdesk.policy.reading import check_csv_row, csv_rows, shown
from evdesk.terms import Confidence

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_YEARS = re.compile(r"^(\d{4})(?:-(\d{4}))?$")
_URL = re.compile(r"^https?://[^\s]+$")


@dataclass(frozen=True, slots=True)
class AssemblySource:
    """The document a row rests on: its headline (or, `kind` "description", what it is about, where the
    headline was not seen), its French description, the publisher in both languages."""

    title: str
    title_kind: str  # "headline" | "description"
    title_fr: str
    publisher: str
    publisher_fr: str
    url: str
    date: dt.date | None
    confidence: Confidence


@dataclass(frozen=True, slots=True)
class ModelAssembly:
    make: str
    model: str
    first_year: int
    last_year: int
    countries: tuple[str, ...]  # ISO 3166 alpha-2, as the research lists them; empty: not found
    plants: str
    source: AssemblySource | None  # None when no source was found
    note: str
    line: int  # in the file, for messages and for a citation's id


def _key(*parts: str | int) -> tuple[str, ...]:
    return tuple(" ".join(str(p).split()).casefold() for p in parts)


class AssemblyList:
    """The rows, looked up by model year, make and model (case and spacing do not matter, as in the vehicle
    list). Two rows that could both answer for one model year are refused: which to use would be a guess."""

    COLUMNS = ("make", "model", "model_years", "assembly_countries", "plants", "source_title", "source_title_kind",
               "source_title_fr", "source_publisher", "source_publisher_fr", "source_url", "source_date",
               "confidence", "note")
    MAX_FIELD_CHARS = 2000
    MAX_ROWS = 2000
    MODEL_YEARS = range(1990, 2101)

    def __init__(self, rows: list[ModelAssembly]):
        self.rows = rows
        self._by_model: dict[tuple[str, ...], list[ModelAssembly]] = {}
        for row in rows:
            self._by_model.setdefault(_key(row.make, row.model), []).append(row)

    def find(self, model_year: int | None, make: str | None, model: str | None) -> ModelAssembly | None:
        if model_year is None or not make or not model:
            return None
        for row in self._by_model.get(_key(make, model), ()):
            if row.first_year <= model_year <= row.last_year:
                return row
        return None

    @classmethod
    def from_text(cls, text: str, name: str) -> AssemblyList:
        """The list from its CSV text (bounded and decoded by the caller); any problem is a ValueError
        naming the line and the column."""
        rows = []
        for line, row in csv_rows(text, cls.COLUMNS):
            if len(rows) >= cls.MAX_ROWS:
                raise ValueError(f"more than {cls.MAX_ROWS:,} rows")
            rows.append(cls._row(line, row))
        cls._no_overlap(rows)
        return cls(rows)

    @classmethod
    def _row(cls, line: int, row: list[str]) -> ModelAssembly:
        check_csv_row(line, row, len(cls.COLUMNS), cls.MAX_FIELD_CHARS)
        fields = dict(zip(cls.COLUMNS, (value.strip() for value in row), strict=True))
        for column in ("make", "model"):
            if not fields[column] or not fields[column].isprintable():
                raise ValueError(f"line {line}: {column} {shown(fields[column], 40)!r} is empty or not printable")
        years = _YEARS.match(fields["model_years"])
        first, last = (int(years.group(1)), int(years.group(2) or years.group(1))) if years else (0, 0)
        if not years or first not in cls.MODEL_YEARS or last not in cls.MODEL_YEARS or first > last:
            raise ValueError(f"line {line}: model_years {shown(fields['model_years'], 20)!r} is not a year or a "
                             f"span such as 2025-2027")
        countries = tuple(c.strip() for c in fields["assembly_countries"].split(";")) \
            if fields["assembly_countries"] else ()
        bad = next((c for c in countries if not _COUNTRY.match(c)), None)
        if bad is not None or len(set(countries)) != len(countries):
            raise ValueError(f"line {line}: assembly_countries {shown(fields['assembly_countries'], 40)!r} is not "
                             "ISO 3166 alpha-2 codes separated by ';', each once")
        return ModelAssembly(make=fields["make"], model=fields["model"], first_year=first, last_year=last,
                             countries=countries, plants=fields["plants"], source=cls._source(line, fields, countries),
                             note=fields["note"], line=line)

    @staticmethod
    def _source(line: int, fields: dict[str, str], countries: tuple[str, ...]) -> AssemblySource | None:
        given = [c for c in ("source_title", "source_title_kind", "source_title_fr", "source_publisher",
                             "source_publisher_fr", "source_url", "confidence") if fields[c]]
        if not countries:
            if given:  # a country was not found, so nothing can be its source
                raise ValueError(f"line {line}: no assembly country, but a source ({given[0]}): a source must "
                                 "name a country")
            return None
        missing = [c for c in ("source_title", "source_title_kind", "source_title_fr", "source_publisher",
                               "source_publisher_fr", "source_url", "confidence") if not fields[c]]
        if missing:
            raise ValueError(f"line {line}: {missing[0]} is empty: every country needs its source")
        if fields["source_title_kind"] not in ("headline", "description"):
            raise ValueError(f"line {line}: source_title_kind {shown(fields['source_title_kind'], 20)!r} is not "
                             "headline or description")
        if not _URL.match(fields["source_url"]):
            raise ValueError(f"line {line}: source_url {shown(fields['source_url'], 60)!r} is not an http(s) address")
        try:
            confidence = Confidence(fields["confidence"])
        except ValueError:
            raise ValueError(f"line {line}: confidence {shown(fields['confidence'], 20)!r} is not high, medium or "
                             "low") from None
        date = None
        if fields["source_date"]:
            try:
                date = dt.date.fromisoformat(fields["source_date"])
            except ValueError:
                raise ValueError(f"line {line}: source_date {shown(fields['source_date'], 20)!r} is not a date "
                                 "(YYYY-MM-DD)") from None
        return AssemblySource(title=fields["source_title"], title_kind=fields["source_title_kind"],
                              title_fr=fields["source_title_fr"], publisher=fields["source_publisher"],
                              publisher_fr=fields["source_publisher_fr"], url=fields["source_url"], date=date,
                              confidence=confidence)

    @staticmethod
    def _no_overlap(rows: list[ModelAssembly]) -> None:
        seen: dict[tuple[str, ...], list[ModelAssembly]] = {}
        for row in rows:
            for other in seen.setdefault(_key(row.make, row.model), []):
                if row.first_year <= other.last_year and other.first_year <= row.last_year:
                    raise ValueError(f"line {row.line}: {row.make} {row.model} {row.first_year}-{row.last_year} "
                                     f"overlaps line {other.line}: two rows for one model year")
            seen[_key(row.make, row.model)].append(row)
