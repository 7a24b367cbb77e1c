"""Opening a stock list: a CSV file or an XLSX workbook, recognised by its content, read row by row.

- CSV: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode text"), or Windows-1252 (Excel's
  CSV on Windows). The whole file is first checked as UTF-8, in chunks, and only a file that is not valid
  UTF-8 is read as Windows-1252, which is then checked the same way: no byte is ever guessed at, and a
  file that is neither is refused. So is a file that is UTF-8 but for a few bytes (a line pasted from
  another file): read as Windows-1252 its accented headers and values would silently change. The
  separator (comma, semicolon as French Excel writes, or tab) is the one that splits the first line any
  of them splits (a title line above the header has none) into the most cells. A quote left open to the
  end of the file, or closed only by a later one with rows of their own inside it, is refused at the row
  that opened it, never read as one cell holding the rows after it.
- XLSX: openpyxl's read-only mode, which streams the sheet's XML and never holds the workbook; cell values
  as last calculated (never formulas). The active worksheet (the one shown when the file was saved) is
  read; the others are named in `other_sheets`. A workbook is known by its content, whatever its name.

Rows come with the number a spreadsheet shows (the first row is 1; an empty line is a row too).
Anything else (an old .xls, an .ods, a PDF, a ZIP) is refused with one line saying what it is.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

SNIFF_BYTES = 64 * 1024
CHECK_CHUNK = 1 << 20
DELIMITERS = (",", ";", "\t")
SNIFF_LINES = 20  # the separator is judged on this many of the first non-blank lines
# A cell may be this long (Python's csv stops at 128 KiB): a long note in a column evdesk does not read must
# not stop the list; a long one in a column it reads is refused at that row, as too long.
FIELD_LIMIT = 16 * 1024 * 1024


class StockListError(Exception):
    """A stock list that cannot be read at all: `str(error)` is the one line to show, in English (the CLI's);
    `code` and `params` say the same for an edge that words it in its own language (the window)."""

    def __init__(self, message: str, code: str = "", **params: object):
        super().__init__(message)
        self.code = code
        self.params = params


Cells = tuple[object, ...]


class Rows(Iterator[tuple[int, Cells]]):
    """A stock list's rows, each read once, with its number; rows read ahead of their turn can be put back
    (the header search reads past a one-cell title row to see whether a fuller header follows)."""

    def __init__(self, rows: Iterator[tuple[int, Cells]], on_header: Any = None):
        self._rows = rows
        self._back: list[tuple[int, Cells]] = []
        self._failed: StockListError | None = None
        self._on_header = on_header  # (header row, columns kept apart, the rows read ahead) -> None

    def header_at(self, header_row: int, kept_apart: frozenset[int] = frozenset()) -> None:
        """The header search found it: the source may read the rows after it otherwise (`_AsShown`)."""
        if self._on_header is not None:
            self._on_header(header_row, kept_apart, self._back)

    def __iter__(self) -> Rows:
        return self

    def __next__(self) -> tuple[int, Cells]:
        if self._back:
            return self._back.pop()
        if self._failed is not None:
            error, self._failed = self._failed, None
            raise error
        return next(self._rows)

    def put_back(self, rows: list[tuple[int, Cells]]) -> None:
        """These rows, in their order, come next again."""
        self._back.extend(reversed(rows))

    def fail_later(self, error: StockListError) -> None:
        """A damage met while reading ahead is raised where it lies: after the rows put back before it."""
        self._failed = error


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
    other_sheets: tuple[str, ...] = ()  # an XLSX's worksheets that are not read

    _on_header: Any = None  # told where the header is, for merged cells (XLSX)

    def __post_init__(self) -> None:
        self._rows = Rows(self._rows, self._on_header)

    def rows(self) -> Rows:
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
        raise StockListError(f"{path}: no such file", "no_such_file", name=path.name) from None
    except IsADirectoryError:
        raise StockListError(f"{path}: is a folder, not a stock list", "is_a_folder", name=path.name) from None
    except OSError as error:
        raise StockListError(f"{path}: cannot be read ({error.strerror or error})", "cannot_be_read", name=path.name,
                             reason=error.strerror or str(error)) from None
    if head.startswith(b"PK\x03\x04"):
        return _open_zip(path)
    refusal = _not_a_stock_list(head)
    if refusal:
        code, words = refusal
        raise StockListError(f"{path.name}: {words}; save it as CSV or XLSX", code, name=path.name)
    return _open_csv(path, head)


def _not_a_stock_list(head: bytes) -> tuple[str, str] | None:
    """What the file is instead, as a code and in words."""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "is_xls", "is an Excel 97-2003 workbook (.xls), which is not read"
    if head.startswith(b"%PDF"):
        return "is_pdf", "is a PDF, not a CSV or XLSX stock list"
    if not head.strip():
        return "is_empty", "is empty"
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\0" in head:
        return "is_binary", "is not a CSV or XLSX file (it holds binary data)"
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


_UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _has_utf8_letters(path: Path) -> bool:
    """Whether the file is mostly UTF-8: more characters that UTF-8 reads (byte sequences of two to four)
    than bytes it cannot. A Windows-1252 file has a few pairs that happen to read (É then a no-break space)
    among many that do not (each é before a letter); a UTF-8 file with a line pasted in has the reverse."""
    with path.open("rb") as handle:
        text = handle.read(16 * CHECK_CHUNK)  # a very large file is judged on its first 16 MiB
    read = len(_UTF8_LETTER.findall(text))
    unread = text.decode("utf-8", "replace").count("\ufffd") - text.count("\ufffd".encode())
    return read >= unread  # as many of each: refused, rather than read in Windows-1252 and garble the UTF-8


def _line_of(path: Path, offset: int) -> int:
    """The line (from 1) holding the byte at `offset`."""
    lines, done = 1, 0
    with path.open("rb") as handle:
        while done < offset and (chunk := handle.read(min(CHECK_CHUNK, offset - done))):
            lines += chunk.count(b"\n")
            done += len(chunk)
    return lines


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
        raise StockListError(f"{path.name}: is not readable {name} (bad bytes at offset {at}); save it as CSV UTF-8",
                             "bad_bytes", name=path.name, encoding=name, offset=at)
    if _has_utf8_letters(path):
        line = _line_of(path, at)
        raise StockListError(f"{path.name}: is UTF-8 except for the byte at offset {at} (line {line}), which is "
                             "not: fix or retype that line, or save the whole file again as CSV UTF-8",
                             "utf8_but_for", name=path.name, offset=at, line=line)
    # Not UTF-8: Excel's "CSV (comma delimited)" on Windows writes Windows-1252. Its five unassigned bytes
    # (0x81, 0x8D, 0x8F, 0x90, 0x9D) do not decode, so a file in another encoding is still caught.
    valid, at = _whole_file_decodes(path, "cp1252")
    if valid:
        return "cp1252", "Windows-1252"
    raise StockListError(f"{path.name}: unreadable encoding: neither UTF-8 nor Windows-1252 (byte at offset "
                         f"{at}); save it as CSV UTF-8", "unreadable_encoding", name=path.name, offset=at)


def _delimiter(lines: list[str]) -> tuple[str, int]:
    """The separator that splits the header into cells naming two fields or more, and how many cells it made;
    without such a line, the one that splits the first line any of them splits (a title block's first line
    with cells: a title line alone has none) into the most cells. Only that line: a note further down full
    of commas must not outvote the header's semicolons, nor a title's comma ("Kia Laval, Québec") them."""
    from evdesk.batch.fields import field_for_header

    for line in lines:
        for d in DELIMITERS:
            cells = next(csv.reader([line], delimiter=d), [])
            if len(cells) > 1 and sum(field_for_header(cell) is not None for cell in cells) >= 2:
                return d, len(cells)
    for line in lines:
        counts = {d: len(next(csv.reader([line], delimiter=d), [])) for d in DELIMITERS}
        best = max(DELIMITERS, key=counts.__getitem__)  # ties go to the comma, the first
        if counts[best] > 1:
            return best, counts[best]
    return ",", 1


def _open_csv(path: Path, head: bytes) -> StockList:
    encoding, name = _encoding(path, head)
    text = head.decode(encoding, errors="replace")
    delimiter, width = _delimiter([line for line in text.splitlines() if line.strip()][:SNIFF_LINES])
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    raw = path.open("rb")
    size = max(path.stat().st_size, 1)
    handle: IO[str] = io.TextIOWrapper(raw, encoding=encoding, newline="")

    read: list[str] = []  # the lines of the record being read

    def lines() -> Iterator[str]:
        for line in handle:
            read.append(line)
            yield line

    def rows() -> Iterator[tuple[int, Cells]]:
        # One row per record, as a spreadsheet numbers them: a quoted line break stays inside its cell. Each
        # record is given out once the next is read, so that the last one can be refused when it is a quote
        # never closed (Python's csv then reads the rest of the file into one cell, and says nothing).
        number, held, spanned, last = 0, None, None, []
        try:
            for number, record in enumerate(csv.reader(lines(), delimiter=delimiter), start=1):
                if held is not None:
                    yield held
                held, last = (number, tuple(record)), read[:]
                spanned = last if len(last) > 1 else None
                read.clear()
                if (spanned is not None and _rows_inside_a_quote(spanned, delimiter, width)
                        and not _quote_left_open(spanned, delimiter)):  # left open to the end: said below
                    over = len(spanned) - 1
                    raise StockListError(
                        f"{path.name}: row {number} opens a quote (\") that runs over "
                        + ("1 more line that looks like a row of its own" if over == 1 else
                           f"{over:,} more lines that look like rows of their own") + " (it is "
                        "closed only by a later quote); close the quote on its own line", "quote_runs_over_rows",
                        name=path.name, row=number, lines=over)
        except (csv.Error, UnicodeDecodeError) as error:
            if held is not None:
                yield held
            raise StockListError(f"{path.name}: row {number + 1} cannot be read ({error})", "row_unreadable",
                                 name=path.name, row=number + 1, reason=str(error)) from None
        # The last record, even on one line: a quote opened there and never closed takes the rest of it.
        if last and any('"' in line for line in last) and _quote_left_open(last, delimiter):
            after = len(last) - 1
            swallowed = ("the rest of that row" if after == 0 else "the line after it" if after == 1 else
                         f"the {after:,} lines after it")
            raise StockListError(f"{path.name}: row {number} opens a quote (\") that is never closed, so "
                                 f"{swallowed} would be read into one cell; close or remove that quote",
                                 "quote_left_open", name=path.name, row=number, lines=after)
        if held is not None:
            yield held

    separator = {",": "comma", ";": "semicolon", "\t": "tab"}[delimiter]
    return StockList(path=path, kind=f"CSV ({name}, {separator}-separated)", _rows=rows(),
                     _progress=lambda: min(raw.tell() / size, 1.0), _close=handle.close, format="csv",
                     encoding=encoding, separator=delimiter)


def _rows_inside_a_quote(lines: list[str], delimiter: str, width: int) -> bool:
    """Whether a record's line breaks, inside a quoted cell, hold lines with as many separators as the header:
    rows of their own swallowed by a quote a later one closes (a real note on two lines has few, if any).
    A separator followed by a space is a note's own ("sunroof, tow hitch, heated seats"): an exported row
    separates its cells without one, and a note listing options must not refuse the whole list."""
    wanted = max(width - 1, 4)  # a narrow list's note may hold a few commas of its own: not judged
    between_cells = re.compile(re.escape(delimiter) + r"(?! )") if delimiter != "\t" else re.compile("\t")
    return any(len(between_cells.findall(line)) >= wanted for line in lines[1:])


def _quote_left_open(lines: list[str], delimiter: str) -> bool:
    """Whether these lines (one record, the file's last) end inside a quoted cell."""
    try:
        list(csv.reader(lines, delimiter=delimiter, strict=True))
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


# --- XLSX -----------------------------------------------------------------------------------------

class FormulaNotSaved:
    """A cell holding a formula whose result was never saved (a workbook written by a program and never opened
    and saved in a spreadsheet): openpyxl reads it as empty, so a price read as not given and a sale date as
    today. It is a problem of its row, named by its column, instead."""

    def __str__(self) -> str:
        return ""

    def __repr__(self) -> str:
        return "FORMULA_NOT_SAVED"

    def __reduce__(self) -> str:
        return "FORMULA_NOT_SAVED"  # the one marker, in a worker process too (rows are compared by identity)


FORMULA_NOT_SAVED = FormulaNotSaved()
FORMULA_SCAN_CHUNK = 1 << 22  # bytes of sheet XML read at a time
FORMULAS_KEPT = 100_000  # cells remembered; a sheet with more is damaged in other ways too
MERGES_KEPT = 100_000  # merged ranges remembered, likewise
# Each tag may carry a namespace prefix (<x:c>, as the .NET OpenXML SDK writes them): "~" below stands for one.
_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_MERGED_RANGE = re.compile(
    rb'<~mergeCell\s+ref="([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})"'.replace(b"~", _PREFIX))
# A cell with a formula and no value: <c r="D6"><f>B2*2</f></c>, <c r="D6"><f>…</f><v /></c>, <f t="shared" …/>.
_UNSAVED_FORMULA = re.compile(rb'<~c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*>\s*<~f(?:\s[^>]*)?(?:/>|>[^<]*</~f>)\s*'
                              rb'(?:<~v\s*/>|<~v>\s*</~v>)?\s*</~c>'.replace(b"~", _PREFIX))


def _sheet_is_empty(sheet: object) -> bool:
    """No cell with a value: read until the first one (at once, for a sheet that holds a list)."""
    try:
        return not any(any(value is not None and value != "" for value in row)
                       for row in sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]
    except Exception:  # damaged: the rows' own reading says so, where it is
        return False


@dataclass(frozen=True, slots=True)
class SheetScan:
    """What openpyxl's read-only mode does not say of a sheet, found in one pass over its XML."""

    unsaved: dict[int, list[int]]  # row number → column indexes of formulas whose result was never saved
    merged: dict[int, list[tuple[int, int]]]  # first row → (column index, last row) of cells merged down


def _after_last_cell(text: bytes) -> int:
    """Where the last whole cell ends (after its </c>, or its </x:c>); 0 when no cell ends in `text`."""
    plain, prefixed = text.rfind(b"</c>"), text.rfind(b":c>")
    return max(plain + 4 if plain >= 0 else 0, prefixed + 3 if prefixed >= 0 else 0)


def _scan_sheet(workbook: object, sheet: object) -> SheetScan:
    """One pass over the sheet's XML (most sheets hold no formula and no merged cell, and that pass then costs
    only the reading): the formulas without a saved result, and the ranges of cells merged down a column."""
    from openpyxl.utils.cell import column_index_from_string

    archive, member = getattr(workbook, "_archive", None), getattr(sheet, "_worksheet_path", None)
    unsaved: dict[int, list[int]] = {}
    merges: set[tuple[bytes, ...]] = set()  # a set: the bytes carried to the next chunk are searched again
    if archive is None or member is None:
        return SheetScan(unsaved, {})
    kept = 0
    try:
        with archive.open(member) as xml:
            carried = b""
            while chunk := xml.read(FORMULA_SCAN_CHUNK):
                text = carried + chunk
                if b"mergeCell" in text and len(merges) < MERGES_KEPT:
                    merges.update(match.groups() for match in _MERGED_RANGE.finditer(text))
                end = _after_last_cell(text)  # whole cells only; the rest waits for the next chunk
                if not end:
                    carried = text[-65536:]
                    continue
                carried = text[end:]
                if (b"<f" not in text and b":f" not in text) or kept >= FORMULAS_KEPT:
                    continue
                for match in _UNSAVED_FORMULA.finditer(text, 0, end):
                    unsaved.setdefault(int(match[2]), []).append(column_index_from_string(match[1].decode()) - 1)
                    kept += 1
                    if kept >= FORMULAS_KEPT:
                        break
    except (OSError, KeyError, ValueError):  # damaged: the rows' own reading says so, where it is
        pass
    merged: dict[int, list[tuple[int, int]]] = {}
    for first_column, first_row, _, last_row in merges:
        top, bottom = int(first_row), int(last_row)
        if bottom > top:  # merged down: the rows below show the top cell's value (across only: nothing to fill)
            merged.setdefault(top, []).append((column_index_from_string(first_column.decode()) - 1, bottom))
    return SheetScan(unsaved, merged)


FILLS_REMEMBERED = 10_000  # rows whose merged fills can still be taken back once the header is found


class _AsShown:
    """The rows as the spreadsheet shows them: a formula without a saved result marked as such (openpyxl reads
    it as empty, so a sale date would read as today), and each cell merged down a column holding the value
    of the range's top cell, as it reads on the screen (openpyxl gives it to the top cell alone, so the cars
    below had no make, or no price).

    A range merged across columns too fills its first column only: that is the column the value was typed in.
    A row below with nothing of its own is left empty: there the merged cell is one car's taller cell. Once
    the header is found (`header_at`), a range that starts on it or above fills nothing (a column's name is
    not a value), and neither does any range in the stock number's or the VIN's column: a car written on two
    rows must not become two cars with one stock number."""

    def __init__(self, scan: SheetScan):
        self._unsaved = scan.unsaved
        self._starts = dict(scan.merged)  # a copy: each range is let go as its first row passes
        self._open: list[tuple[int, int, int, object]] = []  # (column, top row, last row, value) of open ranges
        self._filled: dict[int, list[tuple[int, int]]] = {}  # row → (column, top row) filled, until the header
        self._header: int | None = None
        self._kept_apart: frozenset[int] = frozenset()

    def rows(self, numbered: Iterator[tuple[int, tuple]]) -> Iterator[tuple[int, Cells]]:
        if not self._unsaved and not self._starts:
            yield from numbered
            return
        for number, values in numbered:
            if number in self._unsaved or self._starts or self._open:
                values = self._shown(number, values)
            yield number, values

    def _shown(self, number: int, values: tuple) -> tuple:
        cells = list(values)
        for column in self._unsaved.get(number, ()):
            if column < len(cells) and cells[column] is None:
                cells[column] = FORMULA_NOT_SAVED
        if self._open:
            self._open = [open_range for open_range in self._open if open_range[2] >= number]
        if self._open and any(value is not None and value != "" for value in cells):
            for column, top, _, value in self._open:
                if column in self._kept_apart:
                    continue
                if column >= len(cells):
                    cells.extend([None] * (column + 1 - len(cells)))
                if cells[column] is None:
                    cells[column] = value
                    if self._header is None and len(self._filled) < FILLS_REMEMBERED:
                        self._filled.setdefault(number, []).append((column, top))
        for column, last in self._starts.pop(number, ()):
            if column < len(cells) and cells[column] is not None:
                self._open.append((column, number, last, cells[column]))
        return tuple(cells)

    def header_at(self, header_row: int, kept_apart: frozenset[int], read_ahead: list[tuple[int, Cells]]) -> None:
        """The header is row `header_row`, and the columns `kept_apart` are never filled: the ranges that start
        on the header or above are let go, and what they (or a range in those columns) filled in the rows
        already read past the header is taken back."""
        self._header, self._kept_apart = header_row, kept_apart
        self._open = [r for r in self._open if r[1] > header_row and r[0] not in kept_apart]
        for position, (number, cells) in enumerate(read_ahead):
            undo = [column for column, top in self._filled.get(number, ())
                    if top <= header_row or column in kept_apart]
            if undo:
                shown = list(cells)
                for column in undo:
                    shown[column] = None
                read_ahead[position] = (number, tuple(shown))
        self._filled.clear()


def _open_zip(path: Path) -> StockList:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError) as error:
        raise StockListError(f"{path.name}: is a damaged ZIP or XLSX file ({error})", "damaged_zip",
                             name=path.name) from None
    if "opendocument" in mimetype:
        raise StockListError(f"{path.name}: is an OpenDocument spreadsheet (.ods), which is not read; "
                             "save it as CSV or XLSX", "is_ods", name=path.name)
    if "xl/workbook.xml" not in names:
        raise StockListError(f"{path.name}: is a ZIP file, not an XLSX workbook; save it as CSV or XLSX",
                             "zip_not_xlsx", name=path.name)
    return _open_xlsx(path)


def _open_xlsx(path: Path) -> StockList:
    from openpyxl import load_workbook

    # Opened as a file, not by name: openpyxl refuses a name not ending in .xlsx, and a workbook is known
    # here by its content (a workbook saved as "stock.csv" is still one).
    handle = path.open("rb")
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True, keep_links=False)
    except Exception as error:  # openpyxl raises many kinds (KeyError, ValueError, zip errors) for a bad file
        handle.close()
        raise StockListError(f"{path.name}: is not a readable XLSX workbook ({type(error).__name__})",
                             "xlsx_unreadable", name=path.name) from None

    def close() -> None:
        workbook.close()
        handle.close()

    sheet = workbook.active
    if sheet is None or not hasattr(sheet, "iter_rows"):  # a chart sheet first: take the first worksheet
        sheet = next((s for s in workbook.worksheets if hasattr(s, "iter_rows")), None)
    if sheet is None:
        close()
        raise StockListError(f"{path.name}: has no worksheet", "no_worksheet", name=path.name)
    others = tuple(s.title for s in workbook.worksheets if s is not sheet)
    if others and _sheet_is_empty(sheet):  # saved with another sheet shown than the stock list's
        with_rows = [s.title for s in workbook.worksheets if s is not sheet and hasattr(s, "iter_rows")
                     and not _sheet_is_empty(s)]
        close()
        if with_rows:
            listed = ", ".join(f"“{title}”" for title in with_rows)
            raise StockListError(f"{path.name}: the sheet shown when it was saved, “{sheet.title}”, is empty; the "
                                 f"list is on another ({listed}): show that sheet, save the workbook and check it "
                                 "again", "shown_sheet_empty", name=path.name, sheet=sheet.title, others=listed)
        raise StockListError(f"{path.name}: every sheet is empty", "is_empty", name=path.name)
    # The size the file declares, for progress only: some writers get it wrong, so it never limits reading.
    declared = sheet.max_row if isinstance(sheet.max_row, int) and sheet.max_row > 1 else None
    sheet.reset_dimensions()
    done = [0]

    shown = _AsShown(_scan_sheet(workbook, sheet))

    def numbered() -> Iterator[tuple[int, tuple]]:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            done[0] = number
            yield number, values

    def rows() -> Iterator[tuple[int, Cells]]:
        try:
            yield from shown.rows(numbered())
        except Exception as error:  # a damaged sheet, found only as it streams
            raise StockListError(f"{path.name}: row {done[0] + 1} cannot be read ({type(error).__name__})",
                                 "row_unreadable", name=path.name, row=done[0] + 1,
                                 reason=type(error).__name__) from None

    def progress() -> float | None:
        return min(done[0] / declared, 1.0) if declared else None

    title = sheet.title
    return StockList(path=path, kind=f"XLSX (sheet “{title}”)", _rows=rows(), _progress=progress,
                     _on_header=shown.header_at, _close=close, format="xlsx", sheet=title, other_sheets=others)
