"""Opening stock lists: every encoding Excel writes is read, the separator is found, rows are numbered as a
spreadsheet numbers them, and anything that is not a CSV or XLSX is refused with one line saying what it is."""

from __future__ import annotations

import codecs
import datetime as dt
import zipfile
from pathlib import Path

import pytest
from stock_files import csv_bytes

from evdesk.batch import StockListError, open_stock_list

ROWS = [["Stock #", "Marque", "Modèle", "Prix"], ["A1", "Citroën", "ë-C4", "45000"], ["A2", "Škoda", "Enyaq", "51000"]]


def read_all(path: Path) -> tuple[str, list[tuple[int, tuple[object, ...]]]]:
    with open_stock_list(path) as stock:
        return stock.kind, list(stock.rows())


@pytest.mark.parametrize(("encoding", "kind"), [
    ("utf-8", "CSV (UTF-8, comma-separated)"),
    ("utf-8-sig", "CSV (UTF-8 with a BOM, comma-separated)"),
    ("utf-16", "CSV (UTF-16, comma-separated)"),
])
def test_unicode_encodings_are_read_exactly(tmp_path: Path, encoding: str, kind: str) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(csv_bytes(ROWS, encoding))
    found, rows = read_all(path)
    assert found == kind
    assert rows[0] == (1, ("Stock #", "Marque", "Modèle", "Prix")), "a BOM must not stick to the first header"
    assert rows[2] == (3, ("A2", "Škoda", "Enyaq", "51000"))


def test_windows_1252_is_read_when_the_file_is_not_utf_8(tmp_path: Path) -> None:
    rows = [["Stock #", "Marque", "Modèle", "Prix"], ["A1", "Citroën", "Crème brûlée", "45 000 €"]]
    path = tmp_path / "excel.csv"
    path.write_bytes(csv_bytes(rows, "cp1252"))
    assert path.read_bytes().count(b"\xe8") == 2  # really Windows-1252: è is one byte, not valid UTF-8
    kind, read = read_all(path)
    assert kind == "CSV (Windows-1252, comma-separated)"
    assert read[1] == (2, ("A1", "Citroën", "Crème brûlée", "45 000 €"))


def test_a_utf_8_file_whose_first_non_ascii_byte_is_far_down_is_still_utf_8(tmp_path: Path) -> None:
    """Detection reads the whole file (in chunks), not only the first kilobytes."""
    rows = [["Stock #", "Make"], *[[f"A{i}", "Ford"] for i in range(20_000)], ["Z1", "Citroën"]]
    path = tmp_path / "long.csv"
    path.write_bytes(csv_bytes(rows))
    kind, read = read_all(path)
    assert kind.startswith("CSV (UTF-8")
    assert read[-1][1] == ("Z1", "Citroën")


def test_a_file_that_is_neither_utf_8_nor_windows_1252_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_bytes(b"Stock #,Make\r\nA1,Ford\x81\x8d\r\n")  # bytes Windows-1252 does not assign
    with pytest.raises(StockListError, match=r"^other\.csv: unreadable encoding: neither UTF-8 nor Windows-1252"):
        open_stock_list(path)


def test_a_damaged_utf_8_file_with_a_bom_is_refused_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"Stock #,Make\r\nA1,Citro\xebn\r\n")
    with pytest.raises(StockListError, match="is not readable UTF-8 with a BOM"):
        open_stock_list(path)


@pytest.mark.parametrize(("delimiter", "name"), [(";", "semicolon"), ("\t", "tab"), (",", "comma")])
def test_the_separator_is_found(tmp_path: Path, delimiter: str, name: str) -> None:
    rows = [["Stock #", "Prix", "Marque"], ["A1", "45000,00", "Kia"]]  # French Excel: ; and a decimal comma
    path = tmp_path / "stock.csv"
    path.write_bytes(csv_bytes(rows, "utf-8", delimiter))
    kind, read = read_all(path)
    assert kind.endswith(f"{name}-separated)")
    assert read[1][1] == ("A1", "45000,00", "Kia")


def test_rows_are_numbered_as_a_spreadsheet_shows_them(tmp_path: Path) -> None:
    """A quoted line break stays inside its cell (one row), and an empty line is a row of its own."""
    path = tmp_path / "stock.csv"
    path.write_bytes(b'Stock #,Note\r\nA1,"two\r\nlines"\r\n\r\nA3,x\r\n')
    _, rows = read_all(path)
    assert [(number, cells[:1]) for number, cells in rows] == [(1, ("Stock #",)), (2, ("A1",)), (3, ()),
                                                               (4, ("A3",))]
    assert rows[1][1][1] == "two\r\nlines"


def test_xlsx_is_streamed_with_typed_cells_and_true_row_numbers(write_xlsx) -> None:
    path = write_xlsx([["Stock #", "Year", "Price", "Sale date"], ["A1", 2026, 45000.5, dt.datetime(2026, 5, 1)],
                       [], ["A3", 2025, 39999, dt.date(2026, 6, 2)]])
    kind, rows = read_all(path)
    assert kind == "XLSX (sheet “Stock”)"
    assert rows[1] == (2, ("A1", 2026, 45000.5, dt.datetime(2026, 5, 1)))
    assert rows[2][0] == 3 and all(cell is None for cell in rows[2][1])  # the empty row keeps its number
    assert rows[3][0] == 4 and rows[3][1][:3] == ("A3", 2025, 39999)


def test_xlsx_is_opened_read_only(write_xlsx, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never the whole workbook: openpyxl's read-only mode, values only (no formulas)."""
    import openpyxl

    calls = []
    real = openpyxl.load_workbook

    def spy(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", spy)
    read_all(write_xlsx([["Stock #", "Price"], ["A1", 1]]))
    assert calls == [{"read_only": True, "data_only": True, "keep_links": False}]


def _zip(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


@pytest.mark.parametrize(("content", "says"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "is an Excel 97-2003 workbook (.xls)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF"),
    (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "holds binary data"),
    (b"", "is empty"),
    (b"  \r\n\r\n", "is empty"),
])
def test_files_that_are_not_stock_lists_are_refused_in_one_line(tmp_path: Path, content: bytes, says: str) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(content)
    with pytest.raises(StockListError) as error:
        open_stock_list(path)
    assert says in str(error.value) and "\n" not in str(error.value)


def test_an_ods_or_a_plain_zip_is_refused_by_what_it_is(tmp_path: Path) -> None:
    ods = _zip(tmp_path / "stock.xlsx", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet"})
    with pytest.raises(StockListError, match=r"OpenDocument spreadsheet \(\.ods\)"):
        open_stock_list(ods)
    plain = _zip(tmp_path / "photos.xlsx", {"a.txt": "x"})
    with pytest.raises(StockListError, match="is a ZIP file, not an XLSX workbook"):
        open_stock_list(plain)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 40)
    with pytest.raises(StockListError, match="damaged ZIP or XLSX"):
        open_stock_list(broken)


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StockListError, match="no such file"):
        open_stock_list(tmp_path / "nowhere.csv")
    with pytest.raises(StockListError, match="is a folder"):
        open_stock_list(tmp_path)


def test_progress_reaches_the_end(write_csv) -> None:
    path = write_csv([["Stock #", "Make"], *[[f"A{i}", "Kia"] for i in range(5000)]])
    with open_stock_list(path) as stock:
        seen = [stock.fraction_read() for _ in stock.rows()]
    assert seen[-1] == 1.0 and 0 < seen[len(seen) // 4] < 1.0


@pytest.mark.parametrize(("xml", "end"), [
    (b"<mergeCells count=\"1\"><mergeCell ref=\"B2:B3\"/>", 0),  # no cell ends here: all of it waits
    (b"<c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2", 22),
    (b"<x:c r=\"A1\"><x:v>1</x:v></x:c><x:c r=\"B1\">", 30),
    (b"</c><x:c/></x:c>", 16),
])
def test_the_sheet_scan_cuts_a_chunk_after_its_last_whole_cell(xml: bytes, end: int) -> None:
    """A chunk with no cell in it (the merged ranges after the rows) was cut 3 bytes in, and carried on whole
    into the next, growing."""
    from evdesk.batch.sources import _after_last_cell

    assert _after_last_cell(xml) == end
