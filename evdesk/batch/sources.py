"""Opening a stock list: a CSV file or an XLSX workbook, recognised by its content, read row by row.

- CSV: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode text"), or Windows-1252 (Excel's
  CSV on Windows). The whole file is first checked as UTF-8, in chunks, and only a file that is not valid
  UTF-8 is read as Windows-1252, which is then checked the same way: no byte is ever guessed at, and a
  file that is neither is refused. The separator (comma, semicolon as French Excel writes, or tab) is the
  one that splits the first line into the most cells.
- XLSX: openpyxl's read-only mode, which streams the sheet's XML and never holds the workbook; cell values
  as last calculated (never formulas). The first worksheet (the active one) is read.

Rows come with the number a spreadsheet shows (the first row is 1; an empty line is a row too).
Anything else (an old .xls, an .ods, a PDF, a ZIP) is refused with one line saying what it is.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

SNIFF_BYTES = 64 * 1024
CHECK_CHUNK = 1 << 20
DELIMITERS = (",", ";", "\t")


class StockListError(Exception):
    """A stock list that cannot be read at all: `str(error)` is the one line to show."""


Cells = tuple[object, ...]


@dataclass
class StockList:
    """An open stock list. Iterate `rows()` once; `fraction_read()` says how far it has got."""

    path: Path
    kind: str  # in English, for the CLI's summary: "CSV (UTF-8, comma-separated)", "XLSX (sheet “Stock”)"
    _rows: Iterator[tuple[int, Cells]]
    _progress: Any = None  # () -> float | None
    _close: Any = None
    # The same facts as codes, for an edge that words them in its own language:
    format: str = "csv"  # "csv" or "xlsx"
    encoding: str | None = None  # a CSV's codec: "utf-8", "utf-8-sig", "utf-16" or "cp1252"
    separator: str | None = None  # a CSV's: ",", ";" or "\t"
    sheet: str | None = None  # an XLSX's worksheet

    def rows(self) -> Iterator[tuple[int, Cells]]:
        return self._rows

    def fraction_read(self) -> float | None:
        return self._progress() if self._progress is not None else None

    def close(self) -> None:
        if self._close is not None:
            self._close()
            self._close = None

    def __enter__(self) -> StockList:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_stock_list(path: Path) -> StockList:
    """Open `path` for reading, or raise StockListError saying why it cannot be."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise StockListError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise StockListError(f"{path}: is a folder, not a stock list") from None
    except OSError as error:
        raise StockListError(f"{path}: cannot be read ({error.strerror or error})") from None
    if head.startswith(b"PK\x03\x04"):
        return _open_zip(path)
    refusal = _not_a_stock_list(head)
    if refusal:
        raise StockListError(f"{path.name}: {refusal}; save it as CSV or XLSX")
    return _open_csv(path, head)


def _not_a_stock_list(head: bytes) -> str | None:
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "is an Excel 97-2003 workbook (.xls), which is not read"
    if head.startswith(b"%PDF"):
        return "is a PDF, not a CSV or XLSX stock list"
    if not head.strip():
        return "is empty"
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\0" in head:
        return "is not a CSV or XLSX file (it holds binary data)"
    return None


# --- CSV ------------------------------------------------------------------------------------------

def _whole_file_decodes(path: Path, encoding: str) -> tuple[bool, int]:
    """Whether every byte decodes (checked in chunks, never the whole file in memory); where it failed."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHECK_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as error:
                return False, offset + error.start
            offset += len(chunk)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False, offset
    return True, -1


def _encoding(path: Path, head: bytes) -> tuple[str, str]:
    """The codec to read with, and its name for people."""
    if head.startswith(codecs.BOM_UTF8):
        encoding, name = "utf-8-sig", "UTF-8 with a BOM"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, name = "utf-16", "UTF-16"
    else:
        encoding, name = "utf-8", "UTF-8"
    valid, at = _whole_file_decodes(path, encoding)
    if valid:
        return encoding, name
    if encoding != "utf-8":
        raise StockListError(f"{path.name}: is not readable {name} (bad bytes at offset {at}); save it as CSV UTF-8")
    # Not UTF-8: Excel's "CSV (comma delimited)" on Windows writes Windows-1252. Its five unassigned bytes
    # (0x81, 0x8D, 0x8F, 0x90, 0x9D) do not decode, so a file in another encoding is still caught.
    valid, at = _whole_file_decodes(path, "cp1252")
    if valid:
        return "cp1252", "Windows-1252"
    raise StockListError(f"{path.name}: unreadable encoding: neither UTF-8 nor Windows-1252 (byte at offset "
                         f"{at}); save it as CSV UTF-8")


def _delimiter(first_line: str) -> str:
    def cells(delimiter: str) -> int:
        return len(next(csv.reader([first_line], delimiter=delimiter), []))

    return max(DELIMITERS, key=cells)  # ties go to the comma, the first


def _open_csv(path: Path, head: bytes) -> StockList:
    encoding, name = _encoding(path, head)
    text = head.decode(encoding, errors="replace")
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = _delimiter(first_line)
    raw = path.open("rb")
    size = max(path.stat().st_size, 1)
    handle: IO[str] = io.TextIOWrapper(raw, encoding=encoding, newline="")

    def rows() -> Iterator[tuple[int, Cells]]:
        # One row per record, as a spreadsheet numbers them: a quoted line break stays inside its cell.
        number = 0
        try:
            for number, record in enumerate(csv.reader(handle, delimiter=delimiter), start=1):
                yield number, tuple(record)
        except (csv.Error, UnicodeDecodeError) as error:
            raise StockListError(f"{path.name}: row {number + 1} cannot be read ({error})") from None

    separator = {",": "comma", ";": "semicolon", "\t": "tab"}[delimiter]
    return StockList(path=path, kind=f"CSV ({name}, {separator}-separated)", _rows=rows(),
                     _progress=lambda: min(raw.tell() / size, 1.0), _close=handle.close, format="csv",
                     encoding=encoding, separator=delimiter)


# --- XLSX -----------------------------------------------------------------------------------------

def _open_zip(path: Path) -> StockList:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError) as error:
        raise StockListError(f"{path.name}: is a damaged ZIP or XLSX file ({error})") from None
    if "opendocument" in mimetype:
        raise StockListError(f"{path.name}: is an OpenDocument spreadsheet (.ods), which is not read; "
                             "save it as CSV or XLSX")
    if "xl/workbook.xml" not in names:
        raise StockListError(f"{path.name}: is a ZIP file, not an XLSX workbook; save it as CSV or XLSX")
    return _open_xlsx(path)


def _open_xlsx(path: Path) -> StockList:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as error:  # openpyxl raises many kinds (KeyError, ValueError, zip errors) for a bad file
        raise StockListError(f"{path.name}: is not a readable XLSX workbook ({type(error).__name__})") from None
    sheet = workbook.active
    if sheet is None or not hasattr(sheet, "iter_rows"):  # a chart sheet first: take the first worksheet
        sheet = next((s for s in workbook.worksheets if hasattr(s, "iter_rows")), None)
    if sheet is None:
        workbook.close()
        raise StockListError(f"{path.name}: has no worksheet")
    # The size the file declares, for progress only: some writers get it wrong, so it never limits reading.
    declared = sheet.max_row if isinstance(sheet.max_row, int) and sheet.max_row > 1 else None
    sheet.reset_dimensions()
    done = [0]

    def rows() -> Iterator[tuple[int, Cells]]:
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                done[0] = number
                yield number, values
        except Exception as error:  # a damaged sheet, found only as it streams
            raise StockListError(f"{path.name}: row {done[0] + 1} cannot be read ({type(error).__name__})") from None

    def progress() -> float | None:
        return min(done[0] / declared, 1.0) if declared else None

    title = sheet.title
    return StockList(path=path, kind=f"XLSX (sheet “{title}”)", _rows=rows(), _progress=progress,
                     _close=workbook.close, format="xlsx", sheet=title)
