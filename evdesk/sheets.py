"""Rows out to CSV and XLSX, safe to open in a spreadsheet: shared by the records export and the batch.

Data from elsewhere (a customer's name, a stock list's make) must never run as a formula when a dealer
opens the file (OWASP ASVS 1.2.10): a cell that begins with =, +, -, @, a tab, a carriage return or NUL
gets a leading apostrophe, in CSV and XLSX alike, and XLSX cells are written as text, never formulas.
CSV follows RFC 4180 (quotes where needed, CRLF line ends) in UTF-8 with a BOM, which Excel reads as
UTF-8. `unescape_cell` undoes the apostrophe exactly, so evdesk's own files read back losslessly.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")
Cell = str | int | Decimal | dt.date | bool | None


def _needs_escape(text: str) -> bool:
    # An apostrophe before a trigger is escaped too, so that unescaping is never ambiguous.
    return text.startswith(FORMULA_TRIGGERS) or (text.startswith("'") and _needs_escape(text[1:]))


def escape_cell(text: str) -> str:
    return "'" + text if _needs_escape(text) else text


def unescape_cell(text: str) -> str:
    return text[1:] if text.startswith("'") and _needs_escape(text[1:]) else text


def cell_text(value: Cell) -> str:
    """A cell as CSV text: amounts as plain decimals, dates as ISO dates, booleans as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal | int):
        return str(value)
    return escape_cell(value)


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write the rows; returns how many. The file appears whole or not at all (written beside, then moved)."""
    partial = path.with_name(path.name + ".partial")
    count = 0
    with partial.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([escape_cell(name) for name in header])
        for row in rows:
            writer.writerow([cell_text(value) for value in row])
            count += 1
    partial.replace(path)
    return count


def write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], title: str = "evdesk") -> int:
    """Write the rows to one sheet in openpyxl's write-only mode (rows stream; the workbook is never whole in
    memory). Text cells are escaped and typed as text; amounts are numbers, dates are dates, and a moment
    with a time zone is written in UTC."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])

    def cells(values: Sequence[Cell]) -> list[WriteOnlyCell]:
        out = []
        for value in values:
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, value=escape_cell(value))
                cell.data_type = "s"  # never a formula, whatever it starts with
            elif isinstance(value, Decimal):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "0.00"
            elif isinstance(value, dt.datetime) and value.tzinfo is not None:
                # Excel has no time zones: a moment is written as its UTC time.
                cell = WriteOnlyCell(sheet, value=value.astimezone(dt.UTC).replace(tzinfo=None))
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            else:
                cell = WriteOnlyCell(sheet, value=value)
            out.append(cell)
        return out

    sheet.append(cells(list(header)))
    count = 0
    for row in rows:
        sheet.append(cells(row))
        count += 1
    partial = path.with_name(path.name + ".partial")
    workbook.save(partial)
    partial.replace(path)
    return count
