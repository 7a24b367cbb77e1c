"""Rows out to CSV and XLSX, safe to open in a spreadsheet: shared by the records export and the batch.

Data from elsewhere (a customer's name, a stock list's make) must never run as a formula when a dealer
opens the file (OWASP ASVS 1.2.10): a cell that begins with =, +, -, @, a tab, a carriage return or NUL
gets a leading apostrophe, in CSV and XLSX alike, and XLSX cells are written as text, never formulas.
CSV follows RFC 4180 (quotes where needed, CRLF line ends) in UTF-8 with a BOM, which Excel reads as
UTF-8; a CSV meant for a person's spreadsheet may take its locale's separators instead (`csv_convention`).
`unescape_cell` undoes the apostrophe exactly, so evdesk's own files read back losslessly.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
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


def write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], title: str = "evdesk",
               number_formats: Mapping[str, str] | None = None, widths: Mapping[str, float] | None = None) -> int:
    """Write the rows to one sheet in openpyxl's write-only mode (rows stream; the workbook is never whole in
    memory). Text cells are escaped and typed as text; amounts are numbers, dates are dates, and a moment
    with a time zone is written in UTC. `number_formats` and `widths` are by column name; a Decimal shows
    two decimals unless told otherwise. The header row stays in view while scrolling."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    def sheet_text(value: str) -> str:
        """Escaped, and each control character an XLSX cannot hold written as \\xNN, as a row's problems show
        them: a stock number or VIN pasted with one must not stop the whole file being written. Cut, with an
        ellipsis, at the most a cell holds (a spreadsheet would refuse the whole file)."""
        text = ILLEGAL_CHARACTERS_RE.sub(lambda found: f"\\x{ord(found[0]):02x}", escape_cell(value))
        return text if len(text) <= MAX_CELL_TEXT // 2 else _cut_to_a_cell(text)

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        if widths and name in widths:
            sheet.column_dimensions[get_column_letter(index)].width = widths[name]
    formats = [(number_formats or {}).get(name, AMOUNT_FORMAT) for name in header]

    # openpyxl turns each appended row into cells as it writes it (write-only mode), by the sheet's
    # `_values_to_row`. evdesk's own, in its place, types each value itself and reuses one cell per column (and
    # one styled cell per column of amounts), where openpyxl's raised and formatted a ValueError for every
    # styled cell handed to it: a quarter of the writing time on 10,000 result rows. The XML is openpyxl's own.
    plain: dict[int, WriteOnlyCell] = {}
    amounts: dict[int, WriteOnlyCell] = {}

    def reused(store: dict[int, WriteOnlyCell], index: int, number_format: str | None = None) -> WriteOnlyCell:
        cell = store.get(index)
        if cell is None:
            cell = store[index] = WriteOnlyCell(sheet)
            cell.column = index + 1
            if number_format is not None:
                cell.number_format = number_format
        return cell

    def typed(index: int, value: object) -> WriteOnlyCell:
        kind = value.__class__
        if isinstance(value, str):  # escaped, so never a formula; typed as text, so "#N/A" is no error code
            cell = reused(plain, index)
            cell._value, cell.data_type = sheet_text(value), "s"
        elif kind is bool:
            cell = reused(plain, index)
            cell._value, cell.data_type = value, "b"
        elif kind is int:
            cell = reused(plain, index)
            cell._value, cell.data_type = value, "n"
        elif isinstance(value, Decimal):
            cell = reused(amounts, index, formats[index] if index < len(formats) else AMOUNT_FORMAT)
            cell._value, cell.data_type = value, "n"
        elif isinstance(value, dt.datetime) and value.tzinfo is not None:
            # Excel has no time zones: a moment is written as its UTC time.
            cell = WriteOnlyCell(sheet, value=value.astimezone(dt.UTC).replace(tzinfo=None))
            cell.number_format = "yyyy-mm-dd hh:mm:ss"
            cell.column = index + 1
        else:  # a date: openpyxl gives it a date format, so a cell of its own
            cell = WriteOnlyCell(sheet, value=value)
            cell.column = index + 1
        return cell

    def to_row(values: Sequence[Cell], row_index: int) -> Iterator[WriteOnlyCell]:
        for index, value in enumerate(values):
            if value is not None:
                cell = typed(index, value)
                cell.row = row_index
                yield cell

    sheet._values_to_row = to_row

    partial = partial_path(path)
    # Opened before the first row: a place that cannot be written is said at once, not after every row is
    # answered, and a file that cannot be finished is never left behind.
    with partial.open("wb") as target:
        try:
            sheet.append(list(header))
            count = 0
            for row in rows:
                sheet.append(row if isinstance(row, list | tuple) else list(row))  # openpyxl takes only these
                count += 1
            workbook.save(target)
        except BaseException as error:
            _discard(sheet, error)
            partial.unlink(missing_ok=True)
            raise
    partial.replace(path)
    return count


def _cut_to_a_cell(text: str) -> str:
    """At most the 32,767 UTF-16 code units a spreadsheet cell holds (a character past the Basic Multilingual
    Plane, an emoji, is two), the cut said with an ellipsis."""
    units = len(text.encode("utf-16-le")) // 2
    if units <= MAX_CELL_TEXT:
        return text
    kept, room = [], MAX_CELL_TEXT - 1
    for ch in text:
        room -= 2 if ord(ch) > 0xFFFF else 1
        if room < 0:
            break
        kept.append(ch)
    return "".join(kept) + "…"


def _discard(sheet: object, error: BaseException) -> None:
    """A write-only sheet given up part way (a full disk, Ctrl+C): its rows' stream is closed now, while its
    file is open, or the garbage collector closes it later and prints a traceback ("Exception ignored …
    I/O operation on closed file"); the temporary file openpyxl streamed the rows into is removed. The zip
    archive a failed save left open is let go now too (the error's frames held it), and what its own
    closing cannot write (the disk is full, its file is closed) is not printed: the error is said once."""
    import contextlib
    import os
    import sys
    import traceback

    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        traceback.clear_frames(error.__traceback__)
        with contextlib.suppress(Exception):
            sheet.close()  # type: ignore[attr-defined]
    finally:
        sys.unraisablehook = hook
    streamed = getattr(getattr(sheet, "_writer", None), "out", None)  # openpyxl's own temporary file
    if isinstance(streamed, str):
        with contextlib.suppress(OSError):
            os.remove(streamed)


def write_sheet(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], title: str = "evdesk",
                number_formats: Mapping[str, str] | None = None, widths: Mapping[str, float] | None = None,
                csv_numbers: tuple[str, str] = (",", ".")) -> int:
    """CSV or XLSX, by the file's suffix (see SHEET_SUFFIXES); any other suffix is a ValueError. A CSV is
    written with `csv_numbers`' separator and decimal point (`csv_convention`)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_csv(path, header, rows, *csv_numbers)
    if suffix == ".xlsx":
        return write_xlsx(path, header, rows, title, number_formats, widths)
    raise ValueError(f"'{path.name}' must end in .csv or .xlsx")
