"""Safe cells: nothing a spreadsheet would run, and evdesk's own files read back exactly."""

from __future__ import annotations

import csv
import datetime as dt
import gc
import os
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from evdesk.sheets import FORMULA_TRIGGERS, Cell, csv_convention, escape_cell, unescape_cell, write_csv
from evdesk.xlsx_writer import write_xlsx

ATTACKS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\0=1", "'=1", "''=1"]


@pytest.mark.parametrize("text", ATTACKS)
def test_every_trigger_is_escaped_with_an_apostrophe(text: str) -> None:
    assert escape_cell(text).startswith("'")
    assert unescape_cell(escape_cell(text)) == text


@pytest.mark.parametrize("text", ["Chevrolet", "Equinox EV", "O'Brien", "'quoted'", "", "1-2", "a=b"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert escape_cell(text) == text
    assert unescape_cell(text) == text


@given(st.text(alphabet=st.sampled_from([*FORMULA_TRIGGERS, "'", "a", "1", " "]), max_size=6) | st.text())
def test_escaping_round_trips_and_never_starts_with_a_trigger(text: str) -> None:
    escaped = escape_cell(text)
    assert not escaped.startswith(FORMULA_TRIGGERS)
    assert unescape_cell(escaped) == text


def test_csv_is_rfc_4180_with_a_bom_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [["=HYPERLINK(\"x\")", Decimal("4062.50"), dt.date(2026, 5, 1), None, True, 'say "hi", then\nleave']]
    assert write_csv(path, ["make", "amount", "date", "none", "flag", "text"], rows) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(newline="", encoding="utf-8-sig") as handle:
        header, row = list(csv.reader(handle))
    assert header == ["make", "amount", "date", "none", "flag", "text"]
    assert row == ["'=HYPERLINK(\"x\")", "4062.50", "2026-05-01", "", "true", 'say "hi", then\nleave']
    assert unescape_cell(row[0]) == "=HYPERLINK(\"x\")"
    assert not path.with_name("out.csv.partial").exists()


@pytest.mark.parametrize(("decimal_point", "convention"), [(",", (";", ",")), (".", (",", "."))])
def test_a_spreadsheet_that_writes_decimal_commas_gets_semicolons(decimal_point: str, convention: tuple) -> None:
    assert csv_convention(decimal_point) == convention


def test_a_csv_in_semicolons_has_decimal_commas_and_quotes_what_holds_a_semicolon(tmp_path: Path) -> None:
    """As Excel writes a CSV where the decimal point is a comma (fr_CA), so that Excel there opens it in columns
    with the amounts as numbers; what is not an amount keeps its points and commas."""
    path = tmp_path / "fr.csv"
    rows = [[Decimal("4062.50"), 12, "Prix : 45 000,00 $; trop élevé", "2.0L", dt.date(2026, 5, 1), "-1"]]
    assert write_csv(path, ["Montant", "Ligne", "Raison", "Moteur", "Date", "Texte"], rows, ";", ",") == 1
    with path.open(newline="", encoding="utf-8-sig") as handle:
        text = handle.read()
    assert text.splitlines()[1] == '4062,50;12;"Prix : 45 000,00 $; trop élevé";2.0L;2026-05-01;\'-1'
    with path.open(newline="", encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle, delimiter=";"))[1][0] == "4062,50"


def test_xlsx_cells_are_text_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["make", "amount"], [["=1+1", Decimal("5000.00")], ["@cmd", Decimal("0.00")]])
    sheet = load_workbook(path).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values == [["make", "amount"], ["'=1+1", 5000], ["'@cmd", 0]]
    assert all(row[0].data_type == "s" for row in sheet.iter_rows(min_row=2))


def test_xlsx_writes_control_characters_as_they_are_shown_instead_of_failing(tmp_path: Path) -> None:
    """XML cannot hold most control characters: openpyxl raises, and the whole results file was lost."""
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["stock\x01", "vin"], [["S\x01X", "1HG\x1bCM"], ["\0=1", "tab\tand\nline"]])
    values = [[cell.value for cell in row] for row in load_workbook(path).active.iter_rows()]
    assert values == [["stock\\x01", "vin"], ["S\\x01X", "1HG\\x1bCM"], ["'\\x00=1", "tab\tand\nline"]]


@given(st.text(alphabet=st.characters(max_codepoint=0x7f, blacklist_characters="\\\r"), max_size=12))
def test_xlsx_takes_any_text_and_says_each_control_character(text: str) -> None:
    import re
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.xlsx"
        write_xlsx(path, ["text"], [[text]])
        (value,) = next(load_workbook(path).active.iter_rows(min_row=2, values_only=True))
    restored = re.sub(r"\\x([0-9a-f]{2})", lambda found: chr(int(found[1], 16)), value or "")
    assert unescape_cell(restored) == text  # every character there, a control one as \\xNN


def test_xlsx_writes_a_moment_with_a_time_zone_in_utc(tmp_path: Path) -> None:
    """Excel has no time zones (openpyxl refuses an aware datetime): the moment goes in as UTC."""
    path = tmp_path / "out.xlsx"
    moment = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    write_xlsx(path, ["saved_at"], [[moment]])
    _header, row = load_workbook(path).active.iter_rows()
    assert row[0].value == dt.datetime(2026, 5, 1, 13, 30)


def test_xlsx_amounts_keep_each_row_value_and_column_format(tmp_path: Path) -> None:
    """The writer reuses one styled cell per amount column: each row must still get its own amount, and
    each column its own format."""
    path = tmp_path / "out.xlsx"
    rows = [[Decimal(f"{n}.25"), Decimal(f"-{n}.50"), f"S{n}"] for n in range(1, 301)]
    write_xlsx(path, ["amount", "rate", "stock"], rows, number_formats={"rate": "0.0"})
    written = list(load_workbook(path, read_only=True).active.iter_rows(min_row=2))
    assert [[cell.value for cell in row] for row in written] == [
        [float(a), float(b), s] for a, b, s in rows]
    assert {(row[0].number_format, row[1].number_format) for row in written} == {("#,##0.00", "0.0")}


@pytest.mark.parametrize("text", ["#N/A", "#DIV/0!", "#REF!"])
def test_xlsx_text_that_looks_like_an_error_stays_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["make"], [[text]])
    cell = next(load_workbook(path).active.iter_rows(min_row=2))[0]
    assert (cell.value, cell.data_type) == (text, "s")


def _openpyxl_temporary_files() -> set[str]:
    import tempfile

    return {name for name in os.listdir(tempfile.gettempdir()) if name.startswith("openpyxl.")}


@pytest.mark.parametrize("stop", [KeyboardInterrupt, OSError])
def test_an_xlsx_given_up_part_way_leaves_nothing_and_prints_nothing(tmp_path: Path, stop: type[BaseException],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C (or a disk that fills) while the rows stream: no file, no partial file, no openpyxl temporary
    file, and no "Exception ignored" traceback when the abandoned sheet is collected."""
    import tempfile

    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    # openpyxl's temporary files in a folder of this test's own: other tests write workbooks at the same
    # time in other workers, and their files in the shared temporary folder came and went under this one.
    (out := tmp_path / "out").mkdir()
    (temporary := tmp_path / "temporary").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))

    def rows() -> Iterator[list[Cell]]:
        for n in range(3):
            yield [f"S{n}", Decimal("1.00")]
        raise stop()

    with pytest.raises(stop):
        write_xlsx(out / "out.xlsx", ["stock", "amount"], rows())
    gc.collect()
    assert sorted(p.name for p in out.iterdir()) == []
    assert _openpyxl_temporary_files() == set()
    assert unraisable == []


def test_an_xlsx_that_cannot_be_written_is_refused_before_any_row_is_read(tmp_path: Path) -> None:
    taken: list[int] = []

    def rows() -> Iterator[list[Cell]]:
        for n in range(3):
            taken.append(n)
            yield [f"S{n}"]

    with pytest.raises(OSError):
        write_xlsx(tmp_path / "no such folder" / "out.xlsx", ["stock"], rows())
    assert taken == []


SAVE_THAT_FAILS = """
import resource, signal, sys
from decimal import Decimal
from pathlib import Path
from evdesk.xlsx_writer import write_xlsx

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, as on a full disk

def rows():
    for n in range(3000):
        yield [f"S{n}", Decimal(n)]
    # The rows are streamed: now the zip archive itself cannot be written.
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))

try:
    write_xlsx(Path(sys.argv[1]), ["stock", "amount"], rows())
except OSError as error:
    print("refused:", error.strerror)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX file-size limit stands in for a full disk")
def test_an_xlsx_whose_save_fails_says_it_once(tmp_path: Path) -> None:
    """A disk that fills while the workbook is saved: one refusal, and no "Exception ignored" traceback from
    the zip archive openpyxl left open (it printed one as it was collected)."""
    import subprocess

    out = tmp_path / "out.xlsx"
    done = subprocess.run([sys.executable, "-c", SAVE_THAT_FAILS, str(out)], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.startswith("refused:"), (done.stdout, done.stderr)
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_xlsx_cells_keep_their_types_and_columns_row_after_row(tmp_path: Path) -> None:
    """The writer types each value itself and reuses a cell per column: every row keeps its own values, each in
    its own column past the empty ones, as the type it is (a flag as a flag, a count as a number, a date as a
    date, an enum's text as text)."""
    from enum import StrEnum

    class Kind(StrEnum):
        NEW = "=new"

    rows = [[n, None if n % 2 else f"S{n}", n % 3 == 0, Decimal(f"{n}.10"), dt.date(2026, 5, n), Kind.NEW, None]
            for n in range(1, 29)]
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["n", "stock", "flag", "amount", "day", "kind", "empty"], rows)
    written = list(load_workbook(path).active.iter_rows(min_row=2, values_only=True))
    assert written == [(n, stock, flag, float(amount), dt.datetime(day.year, day.month, day.day), "'=new", None)
                       for n, stock, flag, amount, day, _, _ in rows]
    assert all(type(row[0]) is int and type(row[2]) is bool for row in written)


def test_xlsx_text_longer_than_a_cell_holds_is_cut_with_an_ellipsis(tmp_path: Path) -> None:
    """A spreadsheet holds 32,767 characters in a cell (and refuses a file with more); the cut is said."""
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["problems"], [["x" * 40_000], ["short"]])
    long, short = (row[0] for row in load_workbook(path).active.iter_rows(min_row=2, values_only=True))
    assert len(long) == 32_767 and long.endswith("x…")
    assert short == "short"


def test_xlsx_cuts_text_by_the_units_a_cell_counts_and_takes_any_sequence_as_a_row(tmp_path: Path) -> None:
    """A cell holds 32,767 UTF-16 units: an emoji is two of them."""
    from collections import UserList

    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["text"], [UserList(["🚗" * 20_000]), ("é" * 32_767,)])
    emoji, accents = (row[0] for row in load_workbook(path).active.iter_rows(min_row=2, values_only=True))
    assert len(emoji.encode("utf-16-le")) // 2 <= 32_767 and emoji.endswith("🚗…")
    assert accents == "é" * 32_767  # at the limit: not cut
