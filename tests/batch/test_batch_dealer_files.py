"""Stock lists as dealers' files really are (found by a hands-on audit of `evdesk batch`): blank cells in a
workbook, a title row above the header, a line pasted in from another encoding, a quote never closed, a long
note, dot-grouped thousands, a workbook saved under another name, notes beside the header, other sheets,
and options checked against each row's own sale date."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from stock_files import ENGLISH_HEADER, FRENCH_HEADER, csv_bytes

from evdesk.batch import RowReader, find_header, open_stock_list
from evdesk.batch.cells import CellProblem, amount_text
from evdesk.cli import run_cli

SOLD = "2026-05-01"
KIA = ["A1", "", "2026", "Kia", "EV9", "BEV", "45000", "KR", SOLD]


def batch(capsys, *args: str) -> tuple[int, list[dict], str]:
    code = run_cli(["batch", *args, "--json"])
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_a_blank_vin_or_stock_in_a_workbook_is_null_never_the_text_none(capsys, write_xlsx) -> None:
    path = write_xlsx([ENGLISH_HEADER, [None, None, 2026, "Kia", "EV9", "BEV", 45000, "KR", SOLD],
                       ["S2", None, 2026, "Kia", "EV9", "BEV", 45000, "KR", SOLD]])
    code, lines, _ = batch(capsys, str(path))
    assert code == 0
    assert [(line["vin"], line["stock"]) for line in lines] == [(None, None), (None, "S2")]


@pytest.mark.parametrize("written", ["65.000", "1.500", "$65.000"])
def test_a_lone_dot_before_three_digits_is_ambiguous_not_a_price_a_thousand_times_lower(written: str) -> None:
    with pytest.raises(CellProblem) as refused:
        amount_text(written)
    assert refused.value.code == "ambiguous_amount"
    assert refused.value.params["given"] == written


@pytest.mark.parametrize(("written", "read"), [("65.000,00", "65000.00"), ("65.00", "65.00"), ("65 000", "65000"),
                                               ("1.065.000,00", "1065000.00"), ("1 065 000,00 $", "1065000.00"),
                                               ("65\u202f000,00\u00a0$", "65000.00"), ("$ 65 000.00", "65000.00")])
def test_amounts_with_one_meaning_are_still_read(written: str, read: str) -> None:
    assert amount_text(written) == read


@pytest.mark.parametrize("written", ["1 2 3 4 5", "45 0000", "4 5000", "45 000 0"])
def test_spaces_that_group_no_thousands_are_left_for_the_request_to_refuse(written: str) -> None:
    """Every space was dropped: "1 2 3 4 5" was read as a price of $12,345."""
    assert amount_text(written) == written


def test_the_ambiguous_price_is_a_problem_on_its_column(capsys, write_csv) -> None:
    path = write_csv([ENGLISH_HEADER, ["A1", "", "2026", "Kia", "EV9", "BEV", "65.000", "KR", SOLD]])
    code, [line], _ = batch(capsys, str(path))
    assert code == 0 and line["eligible"] is None
    [problem] = line["problems"]
    assert (problem["column"], problem["code"]) == ("Price", "ambiguous_amount")
    assert "write 65000 or 65.00" in problem["message"]


def test_electric_is_a_battery_electric_powertrain(capsys, write_csv) -> None:
    path = write_csv([ENGLISH_HEADER, ["A1", "", "2026", "Kia", "EV9", "Electric", "45000", "KR", SOLD]])
    _, [line], _ = batch(capsys, str(path))
    assert (line["eligible"], line["amount"]) == (True, "5000.00")


@pytest.mark.parametrize("title", ["Inventaire", "Stock", "Prix"])
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_one_word_title_that_names_a_field_is_not_the_header(capsys, write_csv, write_xlsx, title: str,
                                                               kind: str) -> None:
    rows = [[title], [], FRENCH_HEADER, KIA]
    path = write_csv(rows) if kind == "csv" else write_xlsx(rows)
    code, [line], err = batch(capsys, str(path))
    assert code == 0 and line["row"] == 4 and line["stock"] == "A1" and line["eligible"] is True, err
    assert "header on row 3" in err


def test_a_one_column_list_of_vins_keeps_its_one_cell_header(tmp_path: Path) -> None:
    path = tmp_path / "vins.csv"
    path.write_bytes(csv_bytes([["VIN"], ["3GNKDBRJ0TS100234"], ["KNDC3DLC5N5000001"]]))
    with open_stock_list(path) as stock:
        rows = stock.rows()
        columns = find_header(rows)
        assert columns.header_row == 1 and [c.field.name for c in columns.used] == ["vin"]
        assert [number for number, _ in rows] == [2, 3]  # the rows read ahead came back


def test_a_semicolon_list_below_a_title_line_is_read(capsys, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(b"Liste de stock mars 2026\r\n" + csv_bytes([FRENCH_HEADER, KIA], delimiter=";"))
    code, [line], err = batch(capsys, str(path))
    assert code == 0 and line["eligible"] is True and "semicolon-separated" in err


def test_a_utf8_file_with_one_line_from_another_encoding_is_refused_at_that_line(capsys, tmp_path: Path) -> None:
    """Read as Windows-1252, its accented headers would change and their columns silently drop out."""
    path = tmp_path / "stock.csv"
    path.write_bytes(csv_bytes([FRENCH_HEADER, KIA]) + "A2,,2026,Citro\xebn,ë-C4,BEV,45000,FR,2026-05-01\r\n"
                     .encode("cp1252"))
    code = run_cli(["batch", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "is UTF-8 except for the byte at offset" in err and "(line 3)" in err


def test_a_windows_1252_file_is_still_read(capsys, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(csv_bytes([FRENCH_HEADER, KIA], "cp1252"))
    code, [line], err = batch(capsys, str(path))
    assert code == 0 and line["stock"] == "A1" and "Windows-1252" in err


def test_a_quote_never_closed_is_refused_at_its_row_not_read_as_the_rest_of_the_file(capsys, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    header = b"Stock,Powertrain,Price,Assembly,Date,Notes\r\n"
    path.write_bytes(header + b'S1,BEV,45000,US,2026-05-01,"12 in screen\r\n' + b"S2,BEV,45000,US,2026-05-01,\r\n" * 3)
    code = run_cli(["batch", str(path), "--json"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert 'row 2 opens a quote (") that is never closed' in captured.err and "3 lines after it" in captured.err


@pytest.mark.parametrize(("after", "said"), [(1, "so the line after it would"), (2, "so the 2 lines after it would")])
def test_a_quote_never_closed_counts_the_lines_after_it_in_words(capsys, tmp_path: Path, after: int,
                                                                 said: str) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(b'Stock,Price\r\nS1,"45000\r\n' + b"S2,45000\r\n" * after)
    assert run_cli(["batch", str(path), "--json"]) == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize("content", [
    b'Stock,Powertrain,Price,Assembly,Date,Notes\r\nS1,BEV,45000,US,2026-05-01,"two\r\nlines"\r\n'
    b"S2,BEV,45000,US,2026-05-01,\r\n",
    # Alt+Enter in Excel, then a list of options: the list was refused as a quote swallowing rows.
    b'Stock,Price,Powertrain,Assembly,Notes\r\nS1,45000,BEV,US,"Options:\r\n'
    b'sunroof, tow hitch, heated seats, 21in wheels, HUD"\r\nS2,46000,BEV,KR,none\r\n',
], ids=["two lines", "options listed on the second line"])
def test_a_quote_closed_on_a_later_line_is_one_cell(capsys, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(content)
    code, lines, _ = batch(capsys, str(path))
    assert code == 0 and [(line["row"], line["stock"]) for line in lines] == [(2, "S1"), (3, "S2")]


def test_a_long_note_in_a_column_not_read_does_not_stop_the_list(capsys, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    note = "x" * 200_000  # over Python's csv limit of 128 KiB
    path.write_bytes(csv_bytes([["Stock", "Powertrain", "Price", "Assembly", "Date", "Notes"],
                                ["S1", "BEV", "45000", "US", SOLD, note], ["S2", "BEV", "45000", "US", SOLD, ""]]))
    code, lines, _ = batch(capsys, str(path))
    assert code == 0 and [line["eligible"] for line in lines] == [True, True]


def test_a_workbook_saved_under_another_name_is_read_by_its_content(capsys, write_xlsx) -> None:
    path = write_xlsx([FRENCH_HEADER, KIA], name="stock.csv")
    code, [line], err = batch(capsys, str(path))
    assert code == 0 and line["eligible"] is True and "XLSX" in err


def test_a_note_right_of_a_workbooks_header_is_not_read_and_the_row_is_answered(capsys, write_xlsx) -> None:
    path = write_xlsx([FRENCH_HEADER, KIA, [*KIA[:8], SOLD, None, "sold - deposit taken"]])
    code, lines, err = batch(capsys, str(path))
    assert code == 0 and [line["eligible"] for line in lines] == [True, True]
    assert "Not read: cells right of the header, in 1 row." in err


def test_a_csv_row_wider_than_its_header_is_still_refused(capsys, write_csv) -> None:
    """In separated text the extra cell most likely comes from an unquoted separator: the cells may have moved."""
    path = write_csv([FRENCH_HEADER, [*KIA, "extra"]])
    _, [line], _ = batch(capsys, str(path))
    assert line["eligible"] is None and "10 cells where the header has 9:" in line["problems"][0]["message"]


def test_a_workbooks_other_sheets_are_named_as_not_read(capsys, tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.title = "Stock"
    for row in (FRENCH_HEADER, KIA):
        workbook.active.append(row)
    workbook.create_sheet("Sold")
    path = tmp_path / "stock.xlsx"
    workbook.save(path)
    code, _, err = batch(capsys, str(path))
    assert code == 0 and "Not read: the workbook's other sheets, “Sold”" in err


def test_two_columns_mapped_to_one_field_are_refused(capsys, write_csv) -> None:
    path = write_csv([["Stock", "Sticker", "Net", "Powertrain", "Assembly", "Date"],
                      ["S1", "60000", "42000", "BEV", "US", SOLD]])
    code = run_cli(["batch", str(path), "--map", "Sticker=price", "--map", "Net=price"])
    err = capsys.readouterr().err
    assert code == 2 and "“Sticker” and “Net” are both mapped to price" in err


def test_mapping_a_name_the_header_gives_twice_reads_the_first_as_without_the_map(capsys, write_csv) -> None:
    path = write_csv([["Stock", "Price", "Price", "Powertrain", "Assembly", "Date"],
                      ["S1", "42000", "60000", "BEV", "US", SOLD]])
    plain = batch(capsys, str(path))
    mapped = batch(capsys, str(path), "--map", "Price=price")
    assert plain[1] == mapped[1] and plain[1][0]["eligible"] is True
    assert "Not used: Price (also price: “Price” is used)." in mapped[2]


def test_a_claim_date_option_is_checked_against_each_rows_sale_date(capsys, write_csv) -> None:
    """Without --date each row has its own sale date: a claim date after it but before today is fine."""
    path = write_csv([["Stock", "Powertrain", "Price", "Assembly", "Date"], ["S1", "BEV", "45000", "US", "2026-11-10"],
                      ["S2", "BEV", "45000", "US", "2026-11-25"]])
    code, lines, _ = batch(capsys, str(path), "--claim-date", "2026-11-20")
    assert code == 0
    assert lines[0]["eligible"] is True
    assert [p["code"] for p in lines[1]["problems"]] == ["claim_before_sale"]


def test_the_readers_notes_count_comes_back_from_worker_processes(write_xlsx) -> None:
    import datetime as dt

    from evdesk.assumptions import ASSUMED
    from evdesk.batch.parallel import answered
    from evdesk.policy import bundled_policy

    path = write_xlsx([FRENCH_HEADER, *([[*KIA, "note"]] * 600)])
    with open_stock_list(path) as stock:
        rows = stock.rows()
        reader = RowReader(find_header(rows), {}, {**ASSUMED, "sale_date": dt.date(2026, 5, 1)}, separated=False)
        answers = list(answered(rows, reader, bundled_policy(), lambda answer: answer.status, workers=2,
                                start="fork"))
    assert len(answers) == 600 and reader.rows_with_notes == 600


def test_the_reason_is_not_the_cap_when_a_lower_price_would_not_help(capsys, write_csv) -> None:
    """Over the cap and over the recipient limit: the reason names the limit, as max_price is empty."""
    path = write_csv([["Stock", "Powertrain", "Price", "Assembly", "Date", "Prior incentives"],
                      ["C", "BEV", "60000", "US", SOLD, "1"], ["D", "BEV", "60000", "US", SOLD, "0"]])
    _, lines, _ = batch(capsys, str(path))
    assert [(line["reason_rule"], line["max_price"]) for line in lines] == [
        ("evap.recipient_limit", None), ("evap.price_cap", "50000.00")]


# --- found by a second audit, after the fixes above ----------------------------------------------

def test_a_note_full_of_commas_does_not_outvote_the_headers_semicolons(capsys, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(csv_bytes([[*FRENCH_HEADER, "Équipements"], [*KIA, "toit, sièges, GPS, attelage, jantes, caméra"]],
                               delimiter=";"))
    code, [line], err = batch(capsys, str(path))
    assert code == 0 and line["eligible"] is True and "semicolon-separated" in err


def test_a_note_full_of_semicolons_does_not_outvote_the_headers_commas(capsys, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(csv_bytes([[*FRENCH_HEADER, "Notes"], [*KIA, "tires; mats; tint; hitch; rack; flaps; start"]]))
    code, [line], err = batch(capsys, str(path))
    assert code == 0 and line["eligible"] is True and "comma-separated" in err


def test_a_quote_closed_only_by_a_later_quote_is_refused_not_swallowing_rows(capsys, tmp_path: Path) -> None:
    """Rows S3 to S6 vanished into one cell, without a word, when a later cell began with a quote."""
    header = b"Stock,Powertrain,Price,Assembly,Date,Notes\r\n"
    row = "S{n},BEV,45000,US,2026-05-01,\r\n"
    body = (row.format(n=1) + 'S2,BEV,45000,US,2026-05-01,"12 in screen\r\n'
            + "".join(row.format(n=n) for n in range(3, 7)) + 'S7,BEV,45000,US,2026-05-01,"leather"\r\n')
    path = tmp_path / "stock.csv"
    path.write_bytes(header + body.encode())
    code = run_cli(["batch", str(path), "--out", str(tmp_path / "r.csv")])
    err = capsys.readouterr().err
    assert code == 2 and 'row 3 opens a quote (") that runs over' in err, err
    assert not (tmp_path / "r.csv").exists()


def test_a_note_on_two_lines_with_a_few_commas_is_one_cell(capsys, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(csv_bytes([[*FRENCH_HEADER, "Notes"], [*KIA, "Picked up at 12 Main St,\nSuite 4, Laval, QC"],
                                KIA]))
    code, lines, _ = batch(capsys, str(path))
    assert code == 0 and [line["row"] for line in lines] == [2, 3]


@pytest.mark.parametrize("title", ["Concession Kia Laval, Québec", "Inventaire\tdécembre"])
def test_a_title_with_a_comma_or_tab_does_not_choose_the_separator(capsys, tmp_path: Path, title: str) -> None:
    """A title line above a semicolon list: its one comma made the list comma-separated, with no header."""
    path = tmp_path / "stock.csv"
    path.write_bytes(f"{title}\r\nStock #;Prix;Motorisation;Assemblage\r\nL1;45 000,00 $;BEV;US\r\n".encode())
    code, lines, err = batch(capsys, str(path))
    assert code == 0 and [(line["row"], line["stock"], line["eligible"]) for line in lines] == [(3, "L1", True)]
    assert "semicolon-separated" in err and "header on row 2" in err


def test_report_lines_that_name_two_fields_are_not_taken_for_the_header(capsys, tmp_path: Path) -> None:
    """ "Date:, 2026-05-01, Province:, QC" above the real header: its two names made it the header."""
    path = tmp_path / "stock.csv"
    path.write_bytes(b"Date:,2026-05-01,Province:,QC\r\nDealer:,Kia Laval,,\r\n\r\n"
                     b"Stock #,Powertrain,Price,Assembly,Sale date\r\nM1,BEV,45000,KR,2026-05-01\r\n"
                     b"M2,BEV,51000,KR,2026-05-01\r\n")
    code, lines, err = batch(capsys, str(path))
    assert code == 0 and [(line["row"], line["stock"], line["eligible"]) for line in lines] == [
        (5, "M1", True), (6, "M2", False)]
    assert "header on row 4" in err


def test_a_header_naming_two_fields_keeps_its_first_vehicles(capsys, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(b"Stock #,Price,Colour\r\n" + b"".join(b"M%d,45000,red\r\n" % n for n in range(1, 8)))
    code, lines, err = batch(capsys, str(path), "--powertrain", "bev", "--assembly", "KR")
    assert code == 0 and [line["row"] for line in lines] == list(range(2, 9)) and "header on row 1" in err


@pytest.mark.parametrize("label", ["Total", "TOTAL", "Grand total", "Sous-total", "Totaux", "Total général"])
def test_a_line_of_totals_is_not_answered_as_a_vehicle(capsys, tmp_path: Path, label: str) -> None:
    """With --powertrain and --assembly for every row, "Total, , 91000" was a car $41,000 over the cap."""
    path = tmp_path / "stock.csv"
    path.write_bytes(("Stock #,Make,Price\r\nM1,Kia,45000\r\nM2,Kia,46000\r\n"
                      f"{label},,91000\r\nTotal Kia,Kia,1\r\n").encode())
    code, lines, err = batch(capsys, str(path), "--powertrain", "bev", "--assembly", "KR", "--date", "2026-05-01")
    assert code == 0
    assert [(line["row"], line["eligible"]) for line in lines] == [(2, True), (3, True), (4, None), (5, True)]
    assert [p["code"] for p in lines[2]["problems"]] == ["totals_row"]  # said, not silently left out
    assert lines[2]["problems"][0]["message"] == "a line of totals, not a vehicle: not checked"
    assert "Eligible: 3, for $15,000.00 in all" in err and "1 with problems" in err


def _with_sheet_xml(path: Path, rewrite: Callable[[bytes], bytes]) -> Path:
    """The workbook at `path` again, its first sheet's XML rewritten, as another program would have saved it."""
    import zipfile

    raw = path.with_suffix(".raw.xlsx")
    path.rename(raw)
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, rewrite(data) if item.filename == "xl/worksheets/sheet1.xml" else data)
    return path


def _workbook_with_formulas(path: Path) -> Path:
    """As a script writes one: formulas and no results; then the price's result saved, as Excel would."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Stock #", "Powertrain", "Price", "Assembly", "Sale date"])
    sheet.append(["F1", "BEV", "=40000+5000", "US", "=DATE(2026,5,1)"])
    sheet.append(["F2", "BEV", 45000, "US", dt.date(2026, 5, 1)])
    workbook.save(path)

    def price_saved(data: bytes) -> bytes:
        assert b"<f>40000+5000</f><v />" in data
        return data.replace(b"<f>40000+5000</f><v />", b"<f>40000+5000</f><v>45000</v>")

    return _with_sheet_xml(path, price_saved)


def test_a_formula_whose_result_was_never_saved_is_a_problem_not_a_blank(capsys, tmp_path: Path) -> None:
    """Read as empty, the sale date became today without a word; the price's saved result is read. (Rows go
    to worker processes only on long lists: the marker's pickling is tested below.)"""
    code, lines, _ = batch(capsys, str(_workbook_with_formulas(tmp_path / "stock.xlsx")))
    assert code == 0
    assert [(p["column"], p["code"]) for p in lines[0]["problems"]] == [("Sale date", "formula_not_saved")]
    assert lines[0]["eligible"] is None and (lines[1]["row"], lines[1]["eligible"]) == (3, True)


def _merged_workbook(path: Path, merges: list[str], rows: list[list[object]]) -> Path:
    """A hand-kept list: cells merged down (one make, one sale date, for a group of cars), as Excel saves it,
    the value in the range's top cell alone."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Stock #", "Powertrain", "Make", "Price", "Assembly", "Sale date", "Note"])
    for row in rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    workbook.save(path)
    return path


def test_cells_merged_down_a_column_give_each_row_below_the_value_shown(capsys, tmp_path: Path) -> None:
    """openpyxl gives a merged range's value to its top cell alone: the cars below had no powertrain and no
    sale date, so not known (or today's date) where the dealer's screen shows BEV and 2026-05-01."""
    day = dt.date(2026, 5, 1)
    path = _merged_workbook(tmp_path / "stock.xlsx", ["B2:B4", "C2:C3", "F2:F4"], [
        ["M1", "BEV", "Kia", 45000, "KR", day], ["M2", None, None, 46000, "KR", None],
        ["M3", None, "Hyundai", 47000, "KR", None], ["M4", "ICE", "Ford", 48000, "US", dt.date(2026, 5, 2)]])
    code, lines, _ = batch(capsys, str(path))
    assert code == 0
    assert [(line["stock"], line["eligible"], line["problems"]) for line in lines] == [
        ("M1", True, []), ("M2", True, []), ("M3", True, []), ("M4", False, [])]
    with open_stock_list(path) as stock:
        rows = list(stock.rows())
    assert [cells[1:3] for _, cells in rows[1:4]] == [("BEV", "Kia"), ("BEV", "Kia"), ("BEV", "Hyundai")]
    assert {cells[5].date() for _, cells in rows[1:4]} == {day}


def test_a_range_merged_across_fills_its_first_column_and_never_a_row_with_nothing_of_its_own(
        capsys, tmp_path: Path) -> None:
    """A date merged across into the note's column is the date's column's, not the note's; a car's cells merged
    over an empty row below are one tall car, not a second one with the same stock number."""
    day = dt.date(2026, 5, 1)
    path = _merged_workbook(tmp_path / "stock.xlsx", ["F2:G3", "A4:C5"], [
        ["M1", "BEV", "Kia", 45000, "KR", day], ["M2", "BEV", "Kia", 46000, "KR"],
        ["M3", "BEV", "Kia", 47000, "KR", day], [None] * 7])
    with open_stock_list(path) as stock:
        rows = list(stock.rows())
    assert rows[1][1][5].date() == rows[2][1][5].date() == day  # filled down its first column
    assert rows[1][1][6:] in ((), (None,)) and rows[2][1][6:] in ((), (None,))  # never across
    assert all(value is None for value in rows[4][1])
    code, lines, _ = batch(capsys, str(path))
    assert code == 0 and [line["stock"] for line in lines] == ["M1", "M2", "M3"]


def test_a_merge_from_the_header_fills_no_car_and_a_stock_number_is_never_copied(capsys, tmp_path: Path) -> None:
    """A column's name merged down the whole column gave every car the stock number "Stock #"; a car written on
    two rows (its stock number merged over both, a note on the second) became two cars with one stock number.
    Found by review."""
    day = dt.date(2026, 5, 1)
    whole = _merged_workbook(tmp_path / "whole.xlsx", ["A1:A6"], [
        [None, "BEV", "Kia", 45000, "KR", day], [None, "BEV", "Kia", 46000, "KR", day]])
    code, lines, _ = batch(capsys, str(whole))
    assert code == 0 and [(line["row"], line["stock"]) for line in lines] == [(2, None), (3, None)]
    two_rows = _merged_workbook(tmp_path / "two-rows.xlsx", ["A2:A3", "B2:B3"], [
        ["M1", "BEV", "Kia", 45000, "KR", day], [None, None, None, None, None, None, "demo car"],
        ["M2", "BEV", "Kia", 46000, "KR", day]])
    code, lines, _ = batch(capsys, str(two_rows))
    assert [line["stock"] for line in lines] == ["M1", None, "M2"]
    assert lines[1]["eligible"] is None  # the note's row is not a second M1


def _prefixed(path: Path) -> Path:
    """The same workbook with every tag of its sheet in a prefixed namespace (<x:c>), as the .NET OpenXML SDK
    writes them; openpyxl reads it alike."""
    import re

    def prefixed(data: bytes) -> bytes:
        data = re.sub(rb"<(/?)([A-Za-z]+[ />])", rb"<\1x:\2", data).replace(b' xmlns="', b' xmlns:x="')
        assert b"<x:mergeCell " in data or b"<x:f>" in data
        return data

    return _with_sheet_xml(path, prefixed)


def test_merges_and_unsaved_formulas_are_found_in_a_sheet_written_with_prefixed_tags(capsys, tmp_path: Path) -> None:
    day = dt.date(2026, 5, 1)
    merged = _prefixed(_merged_workbook(tmp_path / "merged.xlsx", ["B2:B3"], [
        ["M1", "BEV", "Kia", 45000, "KR", day], ["M2", None, "Kia", 46000, "KR", day]]))
    code, lines, _ = batch(capsys, str(merged))
    assert code == 0 and [(line["stock"], line["eligible"]) for line in lines] == [("M1", True), ("M2", True)]
    formulas = _prefixed(_workbook_with_formulas(tmp_path / "formulas.xlsx"))
    code, lines, _ = batch(capsys, str(formulas))
    assert [(p["column"], p["code"]) for p in lines[0]["problems"]] == [("Sale date", "formula_not_saved")]


@pytest.mark.parametrize("data_sheets", [1, 2, 0])
def test_a_workbook_saved_with_an_empty_sheet_shown_names_the_sheet_that_holds_the_list(
        capsys, tmp_path: Path, data_sheets: int) -> None:
    """It said "no recognisable header (it has no rows)", and nothing of the sheet that holds the cars."""
    workbook = Workbook()
    workbook.active.title = "Stock"
    if data_sheets:
        workbook.active.append(["Stock #", "Powertrain", "Price"])
        workbook.active.append(["A1", "BEV", 45000])
    if data_sheets == 2:
        workbook.create_sheet("Demo").append(["VIN"])
    workbook.create_sheet("Résumé")
    workbook.active = len(workbook.worksheets) - 1  # saved with the empty sheet shown
    workbook.save(path := tmp_path / "stock.xlsx")
    code, out, err = run_cli(["batch", str(path)]), *capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    if data_sheets:
        sheets = "“Stock”" if data_sheets == 1 else "“Stock”, “Demo”"
        assert err == (f"evdesk: stock.xlsx: the sheet shown when it was saved, “Résumé”, is empty; the list is on "
                       f"another ({sheets}): show that sheet, save the workbook and check it again\n")
    else:
        assert err == "evdesk: stock.xlsx: every sheet is empty\n"


def test_the_unsaved_formula_marker_is_one_object_in_every_process() -> None:
    import pickle

    from evdesk.batch.sources import FORMULA_NOT_SAVED

    assert pickle.loads(pickle.dumps(FORMULA_NOT_SAVED)) is FORMULA_NOT_SAVED


def test_a_windows_1252_file_with_a_pair_that_reads_as_utf8_is_still_windows_1252(capsys, tmp_path: Path) -> None:
    """"PAYÉ" then a no-break space is two bytes UTF-8 also reads (É, then NBSP); the file's many other
    accents do not: it is Windows-1252, not UTF-8 with a line pasted in."""
    path = tmp_path / "stock.csv"
    rows = [[*FRENCH_HEADER, "Notes"], [*KIA, "PAYÉ\u00a0: dépôt reçu, pneus d’hiver"], [*KIA, "Vérifié"]]
    path.write_bytes(csv_bytes(rows, "cp1252"))
    code, lines, err = batch(capsys, str(path))
    assert code == 0 and len(lines) == 2 and "Windows-1252" in err


def test_a_title_above_many_blank_rows_is_still_not_the_header(capsys, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(csv_bytes([["Inventaire"], *[[]] * 6, FRENCH_HEADER, KIA]))
    code, [line], err = batch(capsys, str(path))
    assert code == 0 and line["eligible"] is True and "header on row 8" in err


def test_leaving_out_a_name_the_header_gives_twice_leaves_out_both(capsys, write_csv) -> None:
    path = write_csv([["Stock", "Price", "Price", "Powertrain", "Assembly", "Date"],
                      ["S1", "42000", "60000", "BEV", "US", SOLD]])
    _, [line], err = batch(capsys, str(path), "--map", "Price=-")
    assert line["eligible"] is None, "no price read from the second 'Price'"
    assert "No column and no option for: price" in err


def test_a_quote_closed_by_the_next_rows_quote_is_said_in_the_singular(capsys, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(b"Stock,Powertrain,Price,Assembly,Date,Notes\r\n"
                     b'S1,BEV,45000,US,2026-05-01,"12 in screen\r\nS2,BEV,45000,US,2026-05-01,"leather"\r\n')
    assert run_cli(["batch", str(path), "--json"]) == 2
    assert "runs over 1 more line that looks like a row of its own (it is" in capsys.readouterr().err


def test_a_quote_left_open_on_the_last_line_is_refused_not_read_into_the_stock_number(capsys, tmp_path: Path) -> None:
    """Python's csv reads the rest of that line into one cell and says nothing: the row was answered with a stock
    number of "A2,bev,45000,US,2026-05-01" and no problem."""
    path = tmp_path / "stock.csv"
    path.write_bytes(b"Stock,Powertrain,Price,Assembly,Date\r\nA1,bev,45000,US,2026-05-01\r\n"
                     b'"A2,bev,45000,US,2026-05-01\r\n')
    code = run_cli(["batch", str(path), "--json"])
    captured = capsys.readouterr()
    assert code == 2 and captured.err.count("\n") == 1
    assert 'row 3 opens a quote (") that is never closed, so the rest of that row would' in captured.err


def test_a_quote_closed_on_the_last_line_is_still_read(capsys, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(b'Stock,Powertrain,Price,Assembly,Date\r\n"A1",bev,45000,US,2026-05-01\r\n'
                     b'"A2, the blue one",bev,45000,US,2026-05-01')
    code, lines, _ = batch(capsys, str(path))
    assert code == 0 and [line["stock"] for line in lines] == ["A1", "A2, the blue one"]


def test_as_many_utf_8_letters_as_bytes_it_cannot_read_is_refused_not_guessed(capsys, tmp_path: Path) -> None:
    """One É in UTF-8 and one é in Windows-1252: read as Windows-1252 the stock number came out 'Ã‰-1'."""
    path = tmp_path / "stock.csv"
    path.write_bytes("Stock,Model,Powertrain,Price,Assembly\nÉ-1,Ioniq,bev,45000,US\n".encode()
                     + "A2,Modèle,bev,45000,US\n".encode("cp1252"))
    assert run_cli(["batch", str(path), "--json"]) == 2
    assert "is UTF-8 except for the byte at offset" in capsys.readouterr().err


@pytest.mark.parametrize("price", ["-0", "-0.00", "-0,00", " -0 "])
def test_a_price_of_minus_zero_is_a_zero_price_too(capsys, write_csv, price: str) -> None:
    """Read as 0 by the request, it made the car eligible for the whole rebate on the fees alone."""
    path = write_csv([["Stock", "Powertrain", "Price", "Assembly", "Date"], ["A1", "BEV", price, "US", SOLD]])
    code, [line], _ = batch(capsys, str(path))
    assert code == 0 and line["eligible"] is None and line["amount"] is None
    assert [p["code"] for p in line["problems"]] == ["zero_price"]


@pytest.mark.parametrize(("column", "field", "code"), [
    ("Lease term", "lease_months", "not_a_whole_number"), ("Year", "model_year", "not_a_whole_number"),
    ("Odometer", "odometer", "not_a_whole_number"), ("Prior incentives", "prior_incentives", "not_a_whole_number"),
    ("Price", "price", "not_an_amount"),
])
def test_a_true_or_false_cell_in_a_number_column_is_refused_not_read_as_1(capsys, write_xlsx, column: str,
                                                                          field: str, code: str) -> None:
    """Python takes TRUE for 1: a lease of one month, a model year of 1, one incentive already received."""
    row = {"Stock": "T1", "Powertrain": "BEV", "Price": 45000, "Assembly": "US", "Date": SOLD, column: True}
    path = write_xlsx([list(row), list(row.values())])
    code_, [line], _ = batch(capsys, str(path))
    assert code_ == 0 and line["eligible"] is None
    [problem] = line["problems"]
    assert (problem["field"], problem["code"]) == (field, code) and "'TRUE'" in problem["message"]


def test_a_column_that_may_be_part_of_the_price_is_named_in_the_summary(capsys, write_csv) -> None:
    """Left out, a fee lowers the price the cap tests: the answer would be too generous, without a word."""
    path = write_csv([["Stock", "Powertrain", "Price", "Admin charge", "Colour", "Assembly", "Date"],
                      ["A1", "BEV", "48500", "899", "Red", "US", SOLD]])
    code, [line], err = batch(capsys, str(path))
    assert code == 0 and line["eligible"] is True
    assert "Not used: Admin charge, Colour." in err
    assert 'Check: “Admin charge” may be part of the price or the lease' in err and "Colour”" not in err
    assert '--map "Admin charge=dealer_fees"' in err


def test_a_fee_header_written_in_the_singular_is_counted(capsys, write_csv) -> None:
    """'Admin fee' and 'Accessory' were not read: the batch paid $5,000 that `evdesk check` refused."""
    path = write_csv([["Stock #", "Powertrain", "Price", "Admin fee", "Accessory", "Assembly", "Sale date"],
                      ["F1", "BEV", "48500", "899", "800", "US", SOLD]])
    code, [line], err = batch(capsys, str(path))
    assert code == 0 and line["eligible"] is False and line["max_price"] == "48301.00"
    assert "Check:" not in err
