"""evdesk's XLSX rows against openpyxl's own cell writer: the same values give the same sheet.

The oracle is openpyxl's write-only mode appending cells typed and styled as evdesk's writer types them
(text escaped and typed as text, an amount in its column's format, a moment with a time zone in UTC). The
two sheets' XML must be the same but for the style ids, which each workbook numbers in its own order, and
each cell must read back with the same value, type and number format.
"""

from __future__ import annotations

import datetime as dt
import pickle
import re
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree.ElementTree import canonicalize

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell

from evdesk.sheets import AMOUNT_FORMAT
from evdesk.xlsx_writer import (
    _STYLE_MARKS,
    ROW,
    RenderedRow,
    RowStyles,
    XlsxSheet,
    column_letters,
    render_row,
    rendered,
    sheet_text,
    write_xlsx,
)

HEADER = ["stock", "amount", "rate", "flag", "count", "day", "moment", "note"]
FORMATS = {"rate": "0.0##"}

texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "  lead", "trail ", " both ", "a&b", "<tag>", "x > y", "=HYPERLINK(\"x\")", "#N/A",
                     "'=1", "\ttab", "line\nbreak", "cr\rlf", "\x00nul", "🚗 car", "é", "\x7f", "\ud7ff",
                     "U\ufffe1", "\uffff", "lone \ud800 half", "\udfff"]),  # what XML cannot hold either
)
values = st.one_of(
    st.none(),
    texts,
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=2, allow_nan=False),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2090, 1, 1)),
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2090, 1, 1),
                 timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=-5)),
                                            dt.timezone(dt.timedelta(hours=5, minutes=30))])),
)
rows_of = st.lists(st.lists(values, max_size=len(HEADER) + 2), min_size=1, max_size=6)


def openpyxl_sheet(path: Path, header: list[str], rows: list[list[object]]) -> None:
    """The same rows through openpyxl's own writer, each cell typed and styled as evdesk's writer means it."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="evdesk")
    sheet.freeze_panes = "A2"

    def cell(index: int, value: object) -> WriteOnlyCell | None:
        if value is None:
            return None
        if isinstance(value, str):
            made = WriteOnlyCell(sheet)
            made._value, made.data_type = sheet_text(value), "s"
            return made
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            made = WriteOnlyCell(sheet, value=value.astimezone(dt.UTC).replace(tzinfo=None))
            made.number_format = "yyyy-mm-dd hh:mm:ss"
            return made
        made = WriteOnlyCell(sheet, value=value)
        if isinstance(value, Decimal):
            name = header[index] if index < len(header) else None
            made.number_format = FORMATS.get(name, AMOUNT_FORMAT)
        return made

    for row in [header, *rows]:
        sheet.append([cell(index, value) for index, value in enumerate(row)])
    workbook.save(path)


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("xl/worksheets/sheet1.xml").decode("utf-8")


def without_styles(xml: str) -> str:
    return re.sub(r' s="\d+"', "", xml)


def cells(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path).active
    return [(cell.coordinate, cell.data_type, cell.value, cell.number_format)
            for row in sheet.iter_rows() for cell in row if cell.value is not None]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=rows_of)
def test_rows_are_written_as_openpyxls_own_writer_writes_them(tmp_path: Path, rows: list[list[object]]) -> None:
    ours, theirs = tmp_path / "ours.xlsx", tmp_path / "theirs.xlsx"
    write_xlsx(ours, HEADER, rows, number_formats=FORMATS)
    openpyxl_sheet(theirs, HEADER, rows)
    assert without_styles(sheet_xml(ours)) == without_styles(sheet_xml(theirs))
    assert cells(ours) == cells(theirs)


class AsElements(XlsxSheet):
    """Each row parsed and written as an element, as where openpyxl writes through lxml or et_xmlfile 1."""

    raw_rows = False


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=rows_of)
def test_rows_written_as_elements_give_the_same_sheet(tmp_path: Path, rows: list[list[object]]) -> None:
    raw, elements = tmp_path / "raw.xlsx", tmp_path / "elements.xlsx"
    write_xlsx(raw, HEADER, rows, number_formats=FORMATS)
    with AsElements(elements, HEADER, number_formats=FORMATS) as sheet:
        sheet.write_all(rows)
    assert cells(elements) == cells(raw)
    # The same XML, written out by another serialiser: equal in canonical form (`<row/>` is `<row></row>`).
    assert canonicalize(sheet_xml(elements)) == canonicalize(sheet_xml(raw))


def test_text_xml_cannot_hold_is_written_escaped_and_the_workbook_opens(tmp_path: Path) -> None:
    """A U+FFFE or U+FFFF from a UTF-8 stock list, or a lone surrogate: legal in Python text, not in XML. One
    of them made the whole results file unreadable."""
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["stock", "vin"], [["U\ufffe1", "\uffff"], ["\ud800", "a\x01b"]])
    written = list(load_workbook(path).active.iter_rows(values_only=True))
    assert written[1:] == [("U\\ufffe1", "\\uffff"), ("\\ud800", "a\\x01b")]


def test_a_file_that_cannot_take_its_place_leaves_no_partial_file(tmp_path: Path) -> None:
    taken = tmp_path / "out.xlsx"
    taken.mkdir()  # a folder of that name
    with pytest.raises(OSError):
        write_xlsx(taken, ["a"], [["x"]])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"] and taken.is_dir()


def test_every_kind_of_value_at_once_matches_openpyxl(tmp_path: Path) -> None:
    """One row of each kind, so a kind the generator rarely draws is never left out."""
    moment = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    rows = [["  S1 ", Decimal("45000.10"), Decimal("6.1"), True, 3, dt.date(2026, 5, 1), moment, "a<b>&c"],
            [None, Decimal("0.00"), None, False, 0, dt.date(1900, 1, 1), dt.datetime(2026, 1, 2, 3, 4, 5), ""],
            ["=SUM(A1)", None, None, None, None, None, None, None, "past the header", Decimal("1.5")],
            [" ", "\n", "a\n", "\u00a0b"]]  # blank text keeps no space mark; text with blank ends does
    ours, theirs = tmp_path / "ours.xlsx", tmp_path / "theirs.xlsx"
    write_xlsx(ours, HEADER, rows, number_formats=FORMATS)
    openpyxl_sheet(theirs, HEADER, rows)
    assert without_styles(sheet_xml(ours)) == without_styles(sheet_xml(theirs))
    assert cells(ours) == cells(theirs)
    written = cells(ours)
    assert ("C2", "n", 6.1, "0.0##") in written and ("B2", "n", 45000.1, AMOUNT_FORMAT) in written
    assert ("G2", "d", dt.datetime(2026, 5, 1, 13, 30), "yyyy-mm-dd hh:mm:ss") in written
    assert ("A4", "s", "'=SUM(A1)", "General") in written


def test_a_row_rendered_elsewhere_is_numbered_where_it_is_written(tmp_path: Path) -> None:
    """A worker renders a row without knowing where it will land; the writer numbers it. The styles a worker
    is given go through pickling, as they do to a spawned worker."""
    path = tmp_path / "out.xlsx"
    with XlsxSheet(path, HEADER, number_formats=FORMATS) as sheet:
        styles = pickle.loads(pickle.dumps(sheet.styles))
        made = rendered(lambda stock, amount: [stock, amount], styles)
        shaped = pickle.loads(pickle.dumps(rendered(list, styles)))
        first = made("S1", Decimal("1.00"))
        assert ROW in first.xml and "\0" not in sheet_text("\0")
        sheet.write_all([first, ["S2", Decimal("2.00")], shaped(["S3", Decimal("3.00")])])
    written = list(load_workbook(path).active.iter_rows(values_only=True))
    assert [row[:2] for row in written] == [("stock", "amount"), ("S1", 1), ("S2", 2), ("S3", 3)]


def test_a_value_a_cell_cannot_hold_is_refused_and_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    with pytest.raises(TypeError, match="cannot hold a complex"):
        write_xlsx(path, ["x"], [[1j]])
    assert list(tmp_path.iterdir()) == []


def test_an_empty_value_is_no_cell(tmp_path: Path) -> None:
    with XlsxSheet(tmp_path / "out.xlsx", ["a", "b", "c"]) as sheet:
        row = render_row([None, "a", None], sheet.styles)
    assert isinstance(row, RenderedRow) and row.xml.count("<c ") == 1 and f'r="B{ROW}"' in row.xml


def test_column_letters_are_openpyxls() -> None:
    from openpyxl.utils import get_column_letter

    assert [column_letters(n) for n in range(1, 16_385)] == [get_column_letter(n) for n in range(1, 16_385)]
    for past in (0, 16_385, 18_279):
        with pytest.raises(ValueError, match="columns 1 to"):
            column_letters(past)


def test_no_text_holds_a_style_mark_or_the_row_mark() -> None:
    assert all(mark not in sheet_text(f"a{mark}b") for mark in [ROW, *_STYLE_MARKS])


def test_a_row_made_for_another_sheets_formats_is_refused(tmp_path: Path) -> None:
    row = render_row([Decimal("1.00"), Decimal("2.00")], RowStyles.of(["a", "b"], {"b": "0.0"}))
    with pytest.raises(ValueError, match="another sheet"), XlsxSheet(tmp_path / "out.xlsx", ["a", "b"]) as sheet:
        sheet.write(row)
    assert list(tmp_path.iterdir()) == []


def test_each_number_format_keeps_its_own_style(tmp_path: Path) -> None:
    """Amounts in columns of three formats, dates and moments: each cell reads back in its own format, though
    the rows were made before the workbook gave the formats their style ids."""
    header = ["a", "b", "c", "d", "e"]
    formats = {"b": "0.0", "c": "0.000"}
    path = tmp_path / "out.xlsx"
    moment = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.UTC)
    made = rendered(list, RowStyles.of(header, formats))
    write_xlsx(path, header, [made([Decimal("1.5"), Decimal("2.5"), Decimal("3.5"), dt.date(2026, 5, 1), moment]),
                              [Decimal("4"), None, Decimal("6"), dt.datetime(2026, 5, 1, 9, 30), None, Decimal("7")]],
               number_formats=formats)
    shown = [[(cell.value, cell.number_format) for cell in row] for row in load_workbook(path).active.iter_rows(2)]
    assert shown == [
        [(1.5, AMOUNT_FORMAT), (2.5, "0.0"), (3.5, "0.000"), (dt.datetime(2026, 5, 1), "yyyy-mm-dd"),
         (dt.datetime(2026, 5, 1, 9, 30), "yyyy-mm-dd hh:mm:ss"), (None, "General")],
        [(4, AMOUNT_FORMAT), (None, "General"), (6, "0.000"), (dt.datetime(2026, 5, 1, 9, 30), "yyyy-mm-dd h:mm:ss"),
         (None, "General"), (7, AMOUNT_FORMAT)],
    ]


def test_a_sheet_of_more_number_formats_than_marks_is_refused() -> None:
    header = [f"c{n}" for n in range(40)]
    with pytest.raises(ValueError, match="number formats"):
        RowStyles.of(header, {name: f"0.{'0' * n}" for n, name in enumerate(header)})


def test_rows_are_made_and_the_file_opened_before_openpyxl_is_imported(tmp_path: Path) -> None:
    """A batch's workers are forked before openpyxl is imported, and make their rows without it: the
    parent imports it with the first row written, while the workers answer the next ones. A place that
    cannot be written is still said before any row is made."""
    script = """
import sys
from decimal import Decimal
from pathlib import Path
from evdesk.xlsx_writer import XlsxSheet, render_row
try:
    XlsxSheet(Path(sys.argv[1]) / "no such folder" / "out.xlsx", ["stock"])
except FileNotFoundError:
    print("refused")
with XlsxSheet(Path(sys.argv[1]) / "out.xlsx", ["stock", "amount"]) as sheet:
    row = render_row(["S1", Decimal("1.00")], sheet.styles)
    print("openpyxl" in sys.modules)
    sheet.write(row)
    print("openpyxl" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["refused", "False", "True"]
    assert list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True)) == [
        ("stock", "amount"), ("S1", 1)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]
