"""Rows out to CSV and XLSX, safe to open in a spreadsheet: shared by the records export and the batch.

Data from elsewhere (a customer's name, a stock list's make) must never run as a formula when a dealer
opens the file (OWASP ASVS 1.2.10): a cell that begins with =, +, -, @, a tab, a carriage return or NUL
gets a leading apostrophe, in CSV and XLSX alike, and XLSX cells are written as text, never formulas.
CSV follows RFC 4180 (quotes where needed, CRLF line ends) in UTF-8 with a BOM, which Excel reads as
UTF-8; a CSV meant for a person's spreadsheet may take its locale's separators instead (`csv_convention`).
`unescape_cell` undoes the apostrophe exactly, so evdesk's own files read back losslessly. The XLSX writer
is `evdesk.xlsx_writer`.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")
Cell = str | int | Decimal | dt.date | bool | None
SHEET_SUFFIXES = (".csv", ".xlsx")
MAX_CELL_TEXT = 32_767  # UTF-16 code units in one XLSX cell
AMOUNT_FORMAT = "#,##0.00"  # how an XLSX shows a Decimal unless told otherwise: grouped, as the user's Excel groups


def _needs_escape(text: str) -> bool:
    # An apostrophe before a trigger is escaped too, so that unescaping is never ambiguous.
    return text.startswith(FORMULA_TRIGGERS) or (text.startswith("'") and _needs_escape(text[1:]))


def escape_cell(text: str) -> str:
    return "'" + text if _needs_escape(text) else text


def unescape_cell(text: str) -> str:
    return text[1:] if text.startswith("'") and _needs_escape(text[1:]) else text


def csv_convention(decimal_point: str) -> tuple[str, str]:
    """The separator and decimal point a spreadsheet opening a CSV expects where numbers are written with
    `decimal_point`: Excel splits a CSV on the system's list separator, a semicolon where the decimal point
    is a comma (fr_CA), and reads "45000.00" there as text. evdesk's stock-list reader takes either back."""
    return (";", ",") if decimal_point == "," else (",", ".")


def cell_text(value: Cell, decimal_point: str = ".") -> str:
    """A cell as CSV text: amounts as plain decimals, dates as ISO dates, booleans as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value) if decimal_point == "." else str(value).replace(".", decimal_point)
    if isinstance(value, int):
        return str(value)
    return escape_cell(value)


def write_csv_to(handle: IO[str], header: Sequence[str], rows: Iterable[Sequence[Cell]], separator: str = ",",
                 decimal_point: str = ".") -> int:
    """Write the rows to an open text stream (opened with newline=""), e.g. stdout; returns how many."""
    writer = csv.writer(handle, delimiter=separator, lineterminator="\r\n")
    writer.writerow([escape_cell(name) for name in header])
    count = 0
    for row in rows:
        writer.writerow([cell_text(value, decimal_point) for value in row])
        count += 1
    return count


def partial_path(path: Path) -> Path:
    """Where a sheet is written before it is moved to `path`, whole."""
    return path.with_name(path.name + ".partial")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], separator: str = ",",
              decimal_point: str = ".") -> int:
    """Write the rows; returns how many. The file appears whole or not at all (written beside, then moved)."""
    partial = partial_path(path)
    try:
        with partial.open("w", newline="", encoding="utf-8-sig") as handle:
            count = write_csv_to(handle, header, rows, separator, decimal_point)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)  # a failure (or Ctrl+C) part way leaves nothing behind
    return count


def write_sheet(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], title: str = "evdesk",
                number_formats: Mapping[str, str] | None = None, widths: Mapping[str, float] | None = None,
                csv_numbers: tuple[str, str] = (",", ".")) -> int:
    """CSV or XLSX, by the file's suffix (see SHEET_SUFFIXES); any other suffix is a ValueError. A CSV is
    written with `csv_numbers`' separator and decimal point (`csv_convention`)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_csv(path, header, rows, *csv_numbers)
    if suffix == ".xlsx":
        from evdesk.xlsx_writer import write_xlsx  # openpyxl loads only when a workbook is written

        return write_xlsx(path, header, rows, title, number_formats, widths)
    raise ValueError(f"'{path.name}' must end in .csv or .xlsx")
