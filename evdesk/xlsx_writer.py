"""Rows out to one XLSX sheet: each row's XML made by `render_row`, anywhere (a batch's worker process), and
written in order by `XlsxSheet`, which leaves the rest of the workbook (styles, the package) to openpyxl.

openpyxl's write-only mode makes an element per cell and serialises it in Python: on a results file that was
most of a batch's time, and it ran in the one process that writes the file. A row's XML depends only on its
values and on the number format of each amount or date, so it is made from those (`RowStyles`, picklable)
and handed over as text, with `ROW` where its number goes and a mark for each number format where its style
id goes: the writer alone knows those. Making a row needs no openpyxl (but for a date, which the batch's rows
never hold), so a batch's workers start before it is imported (about 0.1 s), and the writer imports it while
they answer the first rows.
The XML is what openpyxl's own cell writer gives the same values (`tests/sheets/test_xlsx_writer.py` holds
the two side by side), and the cells escaped as every evdesk sheet escapes them (`sheets.escape_cell`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

from evdesk.sheets import AMOUNT_FORMAT, MAX_CELL_TEXT, Cell, escape_cell, partial_path

# What an XLSX cannot hold: the control characters XML 1.0 refuses (openpyxl's `ILLEGAL_CHARACTERS_RE`), and
# what that misses, U+FFFE, U+FFFF and a lone surrogate: one in a stock number made the whole workbook
# unreadable (`load_workbook`: "not well-formed").
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Where a row's number goes in its rendered XML: no cell's text holds it (each control character is written
# as \xNN: `sheet_text`), and numbers and dates never do. The same holds for the marks where a number format's
# style id goes, one control character for each format a sheet uses.
ROW = "\0"
_STYLE_MARKS = "".join(map(chr, [*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]))
# How hard the package is deflated: zlib's quickest, a third of the default's time on a results sheet (26 ms
# against 78 ms for 10,000 rows, the last thing a batch does), for a file a third larger (772 KB against 582).
COMPRESS_LEVEL = 1
DATE_FORMAT = "yyyy-mm-dd"  # openpyxl's own for a date
NAIVE_MOMENT_FORMAT = "yyyy-mm-dd h:mm:ss"  # openpyxl's own for a datetime without a time zone
UTC_MOMENT_FORMAT = "yyyy-mm-dd hh:mm:ss"  # a moment with a time zone, written in UTC (Excel has no zones)


@dataclass(frozen=True, slots=True)
class RowStyles:
    """What a row's XML needs of its sheet: each column's letters, and the mark of the number format of an
    amount in that column, of a date, and of a moment (`_STYLE_MARKS`; the writer puts each format's style id
    in its place). Plain values, so a spawned worker gets them too."""

    letters: tuple[str, ...]
    amounts: tuple[str, ...]  # by column: the mark of an amount's number format in that column
    default_amount: str  # past the header's columns
    date: str
    naive_moment: str
    utc_moment: str
    formats: tuple[str, ...]  # the number format of each mark, in `_STYLE_MARKS`' order

    @classmethod
    def of(cls, header: Sequence[str], number_formats: Mapping[str, str] | None = None) -> RowStyles:
        """The styles of a sheet with this header: a Decimal shows two decimals unless its column's name has
        a format in `number_formats`."""
        formats: list[str] = []

        def mark(number_format: str) -> str:
            if number_format not in formats:
                if len(formats) == len(_STYLE_MARKS):
                    raise ValueError(f"a sheet takes at most {len(_STYLE_MARKS)} number formats")
                formats.append(number_format)
            return _STYLE_MARKS[formats.index(number_format)]

        given = number_formats or {}
        amounts = tuple(mark(given.get(name, AMOUNT_FORMAT)) for name in header)
        return cls(tuple(column_letters(index) for index in range(1, len(header) + 1)), amounts,
                   mark(AMOUNT_FORMAT), mark(DATE_FORMAT), mark(NAIVE_MOMENT_FORMAT), mark(UTC_MOMENT_FORMAT),
                   tuple(formats))


MAX_COLUMNS = 16_384  # XFD: the most columns a spreadsheet has


def column_letters(number: int) -> str:
    """A column's letters from its number, 1 for A (openpyxl's `get_column_letter`, which only comes with
    all of openpyxl: a worker making rows never imports it). Past XFD a ValueError: no spreadsheet would
    open the sheet."""
    if not 1 <= number <= MAX_COLUMNS:
        raise ValueError(f"column {number}: a sheet has columns 1 to {MAX_COLUMNS:,}")
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _number_text(value: int | float | Decimal) -> str:
    # openpyxl's `safe_string` for a number, written through a float: an XLSX number is one.
    return "" if math.isnan(value) or math.isinf(value) else f"{float(value):.16g}"


def _excel_number(moment: dt.date) -> float:
    # Imported here: only a sheet with dates needs it, and those (a deal's records) are written in one
    # process, never by a batch's workers. The epoch is openpyxl's default, a new workbook's.
    from openpyxl.utils.datetime import to_excel

    return to_excel(moment)


@dataclass(frozen=True, slots=True)
class RenderedRow:
    """A row already made into XML (`render_row`), with `ROW` where its number goes, and the number formats
    its style marks stand for (the sheet refuses a row made for another sheet's formats)."""

    xml: str
    formats: tuple[str, ...]


def _xml_text(text: str) -> str:
    # What ElementTree escapes in an element's text, as openpyxl's writer has it do.
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def sheet_text(value: str) -> str:
    """Escaped, and each character an XLSX cannot hold written as \\xNN (a control character) or \\uNNNN
    (U+FFFE, U+FFFF, a lone surrogate): a stock number or VIN pasted with one must not stop the whole file
    being written. Cut, with an ellipsis, at the most a cell holds (a spreadsheet would refuse the whole
    file)."""
    text = _NOT_IN_XML.sub(_shown_escaped, escape_cell(value))
    return text if len(text) <= MAX_CELL_TEXT // 2 else _cut_to_a_cell(text)


def _shown_escaped(found: re.Match[str]) -> str:
    code = ord(found[0])
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


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


def _text_cell(at: str, value: str) -> str:
    text = sheet_text(value)
    if not text:
        return f'<c r="{at}" t="inlineStr" />'
    stripped = text.strip()
    space = ' xml:space="preserve"' if stripped and stripped != text else ""  # as openpyxl's `whitespace`
    return f'<c r="{at}" t="inlineStr"><is><t{space}>{_xml_text(text)}</t></is></c>'


def _cell_xml(at: str, index: int, value: object, styles: RowStyles) -> str:
    """One cell as openpyxl writes it: text inline and typed as text (so never a formula, and "#N/A" is no
    error code), flags and counts as they are, amounts and dates as numbers in their column's style."""
    if isinstance(value, str):
        return _text_cell(at, value)
    if isinstance(value, bool):
        return f'<c r="{at}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, Decimal):  # written through a float, as openpyxl writes it: an XLSX number is one
        style = styles.amounts[index] if index < len(styles.amounts) else styles.default_amount
        return f'<c r="{at}" s="{style}" t="n"><v>{_number_text(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{at}" t="n"><v>{_number_text(value)}</v></c>'
    if isinstance(value, dt.date):
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                value, style = value.astimezone(dt.UTC).replace(tzinfo=None), styles.utc_moment
            else:
                style = styles.naive_moment
        else:
            style = styles.date
        return f'<c r="{at}" s="{style}" t="n"><v>{_number_text(_excel_number(value))}</v></c>'
    raise TypeError(f"a sheet cell cannot hold a {type(value).__name__}")


def render_row(values: Sequence[Cell], styles: RowStyles) -> RenderedRow:
    """A row's XML, its number left to the writer: an empty value is no cell at all."""
    letters, columns, cells = styles.letters, len(styles.letters), []
    for index, value in enumerate(values):
        if value is None:
            continue
        at = (letters[index] if index < columns else column_letters(index + 1)) + ROW
        cells.append(_cell_xml(at, index, value, styles))
    return RenderedRow(f'<row r="{ROW}">{"".join(cells)}</row>', styles.formats)


def rendered(shape: Callable[..., Sequence[Cell]], styles: RowStyles) -> Callable[..., RenderedRow]:
    """`shape`'s row, rendered for a sheet with `styles` (where it is shaped: in a batch's worker)."""
    return _Rendered(shape, styles)


@dataclass(frozen=True, slots=True)
class _Rendered:
    shape: Callable[..., Sequence[Cell]]
    styles: RowStyles

    def __call__(self, *args: Any, **kwargs: Any) -> RenderedRow:
        return render_row(self.shape(*args, **kwargs), self.styles)


def _as_elements(xf: Any) -> Callable[[str], None]:
    from openpyxl.xml.functions import fromstring

    def write(xml: str) -> None:
        for row in fromstring(f"<rows>{xml}</rows>"):
            xf.write(row)

    return write


class XlsxSheet:
    """One sheet being written, in openpyxl's write-only mode (rows stream; the workbook is never whole in
    memory). The file is opened at once, so a place that cannot be written is said before any row is
    answered; it appears whole at `path` when the block ends, or not at all. `number_formats` and `widths`
    are by column name; a Decimal shows two decimals unless told otherwise. The header row stays in view."""

    # False: each row goes through the stream as an element, as where openpyxl uses lxml (the tests set it
    # to write that way with et_xmlfile too).
    raw_rows = True

    def __init__(self, path: Path, header: Sequence[str], title: str = "evdesk",
                 number_formats: Mapping[str, str] | None = None, widths: Mapping[str, float] | None = None):
        self.path, self.count = path, 0
        self.styles = RowStyles.of(header, number_formats)
        self._header, self._title, self._widths = list(header), title, widths or {}
        self._sheet: Any = None  # openpyxl's, made with the first row (`_begin`)
        self._write: Callable[[str], None] | None = None
        self._style_ids: tuple[tuple[str, str], ...] = ()
        self._partial = partial_path(path)
        self._target = self._partial.open("wb")

    def _begin(self) -> None:
        """openpyxl's workbook and sheet, the style id of each number format, and the header row: made when
        the first row is written, so a batch's workers are already answering while openpyxl is imported."""
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        self._workbook = Workbook(write_only=True)
        self._sheet = sheet = self._workbook.create_sheet(title=self._title[:31])
        sheet.freeze_panes = "A2"
        for letter, name in zip(self.styles.letters, self._header, strict=True):
            if name in self._widths:
                sheet.column_dimensions[letter].width = self._widths[name]

        def style(number_format: str) -> str:  # the workbook's id for a cell in this format
            cell = WriteOnlyCell(sheet)
            cell.number_format = number_format
            return str(cell.style_id)

        self._style_ids = tuple(zip(_STYLE_MARKS, map(style, self.styles.formats), strict=False))
        self._write = self._start_rows()
        self._write(render_row(self._header, self.styles).xml.replace(ROW, "1"))

    def _start_rows(self) -> Callable[[str], None]:
        """In place of openpyxl's row writer (its `_write_rows`): the sheet's data element opened, and the
        stream's own write, which takes the rows' XML as it is (et_xmlfile 2; elsewhere each row is parsed
        and written as an element). Closing the sheet closes the element."""
        sheet = self._sheet
        sheet._get_writer()  # openpyxl writes what comes before the rows: the views, the column widths

        def rows() -> Any:
            xf = sheet._writer.xf.send(True)
            write = getattr(xf, "_file", None)  # et_xmlfile 2's own write, which takes text as it is
            if not callable(write) or not self.raw_rows:
                # openpyxl writing through lxml (when it is installed), or et_xmlfile 1 (a binary file here):
                # each row parsed into an element of that library and written as openpyxl writes its own.
                write = _as_elements(xf)
            with xf.element("sheetData"):
                try:
                    yield write
                    while True:
                        yield
                except GeneratorExit:
                    pass
            sheet._writer.xf.send(None)

        sheet._rows = stream = rows()
        return next(stream)

    def write(self, row: Sequence[Cell] | RenderedRow) -> None:
        if self._write is None:
            self._started()
        made = row if isinstance(row, RenderedRow) else render_row(row, self.styles)
        if made.formats != self.styles.formats:  # its marks would stand for other formats, or for none
            raise ValueError("a row made for another sheet's number formats")
        xml = made.xml
        self.count += 1
        xml = xml.replace(ROW, str(self.count + 1))  # the header is row 1
        for mark, style in self._style_ids:
            xml = xml.replace(mark, style)
        self._write(xml)  # type: ignore[misc]  # `_started` made it

    def _started(self) -> None:
        try:
            self._begin()
        except BaseException as error:
            self._give_up(error)
            raise

    def write_all(self, rows: Iterable[Sequence[Cell] | RenderedRow]) -> int:
        for row in rows:
            self.write(row)
        return self.count

    def __enter__(self) -> XlsxSheet:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if error is not None:
            self._give_up(error)
            return
        if self._write is None:  # no rows: the header alone
            self._started()
        try:
            with self._target:
                self._save()
            self._partial.replace(self.path)
        except BaseException as failed:  # a full disk, or a folder where the file should go
            self._give_up(failed)
            raise

    def _save(self) -> None:
        """openpyxl's `save_workbook`, deflating at `COMPRESS_LEVEL` (openpyxl's takes zlib's default)."""
        from zipfile import ZIP_DEFLATED, ZipFile

        from openpyxl.writer.excel import ExcelWriter

        archive = ZipFile(self._target, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=COMPRESS_LEVEL)
        self._workbook.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
        ExcelWriter(self._workbook, archive).save()

    def _give_up(self, error: BaseException) -> None:
        if self._sheet is not None:
            _discard(self._sheet, error)
        self._target.close()
        self._partial.unlink(missing_ok=True)


def write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell] | RenderedRow],
               title: str = "evdesk", number_formats: Mapping[str, str] | None = None,
               widths: Mapping[str, float] | None = None) -> int:
    """Write the rows to one sheet (see `XlsxSheet`); returns how many."""
    with XlsxSheet(path, header, title, number_formats, widths) as sheet:
        return sheet.write_all(rows)


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
