"""`evdesk batch`: the JSON Lines contract, CSV and XLSX results that are safe to open, the summary on stderr,
options as defaults, and exit 2 with one line for a file that cannot be read."""

from __future__ import annotations

import csv
import datetime as dt
import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from stock_files import ENGLISH_HEADER, FRENCH_HEADER, csv_bytes

from evdesk.batch import RESULT_COLUMNS
from evdesk.cli import run_cli
from evdesk.sheets import unescape_cell

ROWS = [
    ["A1", "3GNKDBRJ0TS100234", "2026", "Chevrolet", "Equinox EV", "BEV", "45 000,00 $", "", "2026-05-01"],
    ["A2", "", "2026", "Tesla", "Model 3", "BEV", "50000.01", "US", "2026-05-01"],
    ["A3", "", "2026", "BYD", "Seal", "BEV", "38000", "CN", "2026-05-01"],
    ["A4", "", "2026", "Kia", "EV9", "BEV", "abc", "KR", "2026-05-01"],
    [],
    ["=HYPERLINK(\"http://x\",\"y\")", "", "2026", "@SUM(A1)", "+1", "BEV", "-1", "US", "2026-05-01"],
]
INJECTIONS = ("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+1", "-1")


@pytest.fixture
def stock(write_csv) -> Path:
    return write_csv([FRENCH_HEADER, *ROWS])


def batch(capsys, *args: str) -> tuple[int, str, str]:
    code = run_cli(["batch", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def json_lines(capsys, *args: str) -> tuple[list[dict], str]:
    code, out, err = batch(capsys, *args, "--json")
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()], err


def test_json_lines_contract(capsys, stock: Path) -> None:
    lines, _ = json_lines(capsys, str(stock))
    assert [line["row"] for line in lines] == [2, 3, 4, 5, 7], "one per non-empty row, in order, header is row 1"
    for line in lines:
        assert list(line) == [*RESULT_COLUMNS[:6], "reason_rule", *RESULT_COLUMNS[6:]]
        assert line["eligible"] in (True, False, None) and isinstance(line["problems"], list)
        for key in ("amount", "max_price", "tariff_rate_percent"):
            assert line[key] is None or isinstance(line[key], str)
            if line[key] is not None:
                Decimal(line[key])  # a decimal string
    eligible, over, chinese, bad, injected = lines
    assert eligible | {"problems": []} == {
        "row": 2, "vin": "3GNKDBRJ0TS100234", "stock": "A1", "eligible": True, "amount": "5000.00", "reason": None,
        "reason_rule": None, "tariff_rate_percent": "0", "quota_applies": False, "max_price": "50000.00",
        "total": "5000.00", "total_complete": False, "problems": []}
    assert (over["eligible"], over["amount"], over["max_price"], over["reason_rule"]) == (
        False, "0.00", "50000.00", "evap.price_cap")
    assert over["reason"].startswith("Final transaction value $50,000.01 is $0.01 over the $50,000.00 cap")
    assert (chinese["eligible"], chinese["max_price"], chinese["tariff_rate_percent"], chinese["quota_applies"]) == (
        False, None, "6.1", True)
    assert "Chinese-made vehicles do not qualify" in chinese["reason"]
    assert bad["problems"] == [{"column": "Prix", "field": "price", "code": "not_an_amount",
                                "message": "'abc' is not an amount: use digits and a decimal point, e.g. 45000.00"}]
    assert all(bad[key] is None for key in ("eligible", "amount", "reason", "tariff_rate_percent", "quota_applies",
                                            "max_price"))
    assert injected["stock"] == INJECTIONS[0], "JSON carries the data as it is; only spreadsheets need escaping"


def test_a_province_on_the_command_line_or_in_a_column_adds_its_programs(capsys, write_csv) -> None:
    path = write_csv([["Stock", "Powertrain", "Price", "Assembly", "Sale date", "MSRP", "MSRP options", "Province"],
                      ["Q1", "BEV", "45000", "US", "2026-05-01", "55000", "0", ""],
                      ["O1", "BEV", "45000", "US", "2026-05-01", "55000", "0", "ON"]])
    lines, _ = json_lines(capsys, str(path), "--province", "QC")
    quebec, ontario = lines
    assert (quebec["amount"], quebec["total"], quebec["total_complete"]) == ("5000.00", "7000.00", True)
    assert (ontario["amount"], ontario["total"], ontario["total_complete"]) == ("5000.00", "5000.00", True)


def test_the_batch_answer_is_evaluate_itself(capsys, write_csv, policy) -> None:
    from evdesk.present.format import Formatter
    from evdesk.rules import SaleRequest, evaluate

    path = write_csv([ENGLISH_HEADER, ["A1", "", "2026", "Kia", "EV6", "PHEV", "48000", "KR", "2026-12-30"]])
    (line,), _ = json_lines(capsys, str(path), "--lease-months", "39", "--claim-date", "2027-01-04")
    evaluation = evaluate(SaleRequest(powertrain="PHEV", vehicle_price="48000", assembly="KR", model_year=2026,
                                      make="Kia", model="EV6", sale_date=dt.date(2026, 12, 30),
                                      claim_date=dt.date(2027, 1, 4), lease_months=39, prior_incentives=0,
                                      quota_position="within", fta_origin_met="yes"), policy)
    assert line["amount"] == str(evaluation.rebate.amount) == "1625.00"
    assert line["max_price"] == str(evaluation.rebate.max_price)
    del Formatter


def test_summary_on_stderr(capsys, stock: Path) -> None:
    code, _, err = batch(capsys, str(stock), "--json")
    assert code == 0
    assert "5 rows read, 3 answered, 2 with problems, 1 empty row skipped" in err
    assert "Eligible: 1, for $5,000.00 in all; not eligible: 2 (1 only over the price cap: see max_price); " \
           "not known: 0." in err
    assert "Prix → price" in err and "NIV → vin" in err and "Année → model_year" in err
    assert "Assumed where neither the row nor an option says: --prior-incentives 0 (3 rows); --quota-position " \
           "within (3 rows); --fta-origin yes (3 rows)." in err
    assert "%|" not in err and "\r" not in err, "no progress bar when stderr is not a terminal"


def test_options_are_defaults_and_the_summary_stops_assuming_what_was_given(capsys, write_csv) -> None:
    path = write_csv([["Stock #", "Price", "Assembly"], ["A1", "45000", ""], ["A2", "45000", "CN"]])
    lines, err = json_lines(capsys, str(path), "--powertrain", "bev", "--assembly", "US", "--date", "2026-05-01",
                            "--prior-incentives", "0")
    assert [line["eligible"] for line in lines] == [True, False], "the row's own assembly wins over --assembly"
    assert "--prior-incentives 0" not in err and "--quota-position within (2 rows)" in err
    assert "--date today" not in err


def test_without_a_date_the_sale_date_is_today_and_said(capsys, write_csv) -> None:
    path = write_csv([["Stock #", "Price", "Powertrain", "Assembly"], ["A1", "45000", "BEV", "US"]])
    _, err = json_lines(capsys, str(path))
    assert f"--date today, {dt.date.today().isoformat()} (1 row)" in err


def test_missing_key_columns_are_said(capsys, write_csv) -> None:
    path = write_csv([["Stock #", "Make"], ["A1", "Kia"]])
    lines, err = json_lines(capsys, str(path), "--date", "2026-05-01")
    assert lines[0]["eligible"] is None
    assert "No column and no option for: powertrain, price, assembly" in err


def test_csv_result_is_safe_to_open(capsys, stock: Path, tmp_path: Path) -> None:
    out = tmp_path / "result.csv"
    code, stdout, err = batch(capsys, str(stock), "--out", str(out))
    assert code == 0 and stdout == "" and f"Results: {out}." in err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with out.open(newline="", encoding="utf-8-sig") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == list(RESULT_COLUMNS)
    assert [r[0] for r in rows] == ["2", "3", "4", "5", "7"]
    assert rows[0][3:5] == ["true", "5000.00"] and rows[2][8] == "", "max_price empty: not known, never 0"
    problems = rows[3][RESULT_COLUMNS.index("problems")]
    assert problems == "Prix: 'abc' is not an amount: use digits and a decimal point, e.g. 45000.00"
    for cell in (cell for row in rows for cell in row):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert unescape_cell(rows[4][2]) == INJECTIONS[0]


def test_xlsx_result_holds_text_numbers_and_no_formulas(capsys, stock: Path, tmp_path: Path) -> None:
    out = tmp_path / "result.xlsx"
    assert batch(capsys, str(stock), "--out", str(out))[0] == 0
    sheet = load_workbook(out).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == list(RESULT_COLUMNS)
    assert rows[1][:5] == [2, "3GNKDBRJ0TS100234", "A1", True, 5000]
    assert rows[2][8] == 50000 and sheet["I3"].number_format == "#,##0.00"  # $50,000.00 as Excel groups it
    assert sheet["G4"].value == 6.1
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
            assert not (isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")))
    assert rows[5][2] == "'" + INJECTIONS[0]
    assert sheet.freeze_panes == "A2"


def _workbook_cells(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    return [[(cell.value, cell.data_type, cell.number_format) for cell in row] for row in sheet.iter_rows()]


def test_a_results_workbook_made_in_worker_processes_is_the_one_made_alone(capsys, write_csv, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A list long enough for workers: its rows' XML is made where they are answered, and numbered where the
    file is written. Every row is where one process puts it, with the same values, types and formats, and
    row for row the CSV's."""
    stock = write_csv([FRENCH_HEADER, *(ROWS * 130)])  # 650 non-empty rows: three hand-overs
    made = {}
    for workers in ("0", "2"):
        monkeypatch.setenv("EVDESK_BATCH_WORKERS", workers)
        made[workers] = tmp_path / f"result-{workers}.xlsx"
        assert batch(capsys, str(stock), "--out", str(made[workers]))[0] == 0
    alone, shared = _workbook_cells(made["0"]), _workbook_cells(made["2"])
    assert shared == alone and len(alone) == 1 + 5 * 130
    assert batch(capsys, str(stock), "--out", str(tmp_path / "result.csv"))[0] == 0
    with (tmp_path / "result.csv").open(encoding="utf-8-sig", newline="") as handle:
        as_csv = list(csv.reader(handle))
    assert [str(row[0][0]) for row in alone[1:]] == [row[0] for row in as_csv[1:]]
    assert [row[2][0] for row in alone[1:]] == [row[2] for row in as_csv[1:]]  # each stock number, escaped alike


def test_without_out_or_json_the_csv_goes_to_stdout(capsys, stock: Path) -> None:
    code, out, _ = batch(capsys, str(stock))
    assert code == 0 and out.startswith(",".join(RESULT_COLUMNS) + "\r\n")
    assert len(out.splitlines()) == 6


def test_xlsx_stock_list(capsys, write_xlsx) -> None:
    path = write_xlsx([ENGLISH_HEADER, ["A1", None, 2026, "Tesla", "Model 3", "BEV", 49999.99, "US",
                                        dt.date(2026, 5, 1)]])
    lines, err = json_lines(capsys, str(path))
    assert (lines[0]["eligible"], lines[0]["amount"]) == (True, "5000.00")
    assert "stock.xlsx (XLSX (sheet “Stock”), header on row 1)" in err


NO_HEADER_MAP = ("--no-header", "--map", "A=stock", "--map", "B=price", "--map", "C=powertrain", "--map",
                 "D=assembly", "--map", "E=sale_date")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_list_without_a_header_reads_its_first_row_as_a_vehicle(capsys, write_csv, write_xlsx, kind: str) -> None:
    rows = [[], ["A1", "45000", "BEV", "US", "2026-05-01"], ["A2", "51000", "BEV", "US", "2026-05-01"],
            ["A3", "call us", "BEV", "US", "2026-05-01"]]
    path = write_csv(rows) if kind == "csv" else write_xlsx(rows)
    lines, err = json_lines(capsys, str(path), *NO_HEADER_MAP)
    assert [(line["row"], line["stock"], line["eligible"]) for line in lines] == [
        (2, "A1", True), (3, "A2", False), (4, "A3", None)]  # the blank first row is skipped, not a header
    assert [(p["column"], p["field"]) for p in lines[2]["problems"]] == [("B", "price")]
    assert "no header): 3 rows read" in err and "Columns: A → stock, B → price" in err


def test_without_no_header_the_same_list_loses_its_first_row_to_the_header(capsys, write_csv) -> None:
    path = write_csv([["A1", "45000", "BEV", "US", "2026-05-01"], ["A2", "51000", "BEV", "US", "2026-05-01"]])
    code, _, err = batch(capsys, str(path))
    assert code == 2 and "no recognisable header" in err and "--no-header" in err  # the way out is named


def test_no_header_refuses_a_column_named_other_than_by_its_letters(capsys, write_csv) -> None:
    path = write_csv([["A1", "45000", "BEV"]])
    code, out, err = batch(capsys, str(path), "--no-header", "--map", "Price=price")
    assert code == 2 and out == ""
    assert err == "evdesk: --map: no column 'Price' in a list without a header (its columns: A, B, C)\n"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_no_header_reads_a_column_past_the_first_vehicles_last_cell(capsys, write_csv, write_xlsx, kind: str) -> None:
    """The first car not yet priced: its row ends before the price column the others fill."""
    rows = [["N1", "BEV", "US"], ["N2", "BEV", "US", "", "", "45000"], ["N3", "BEV", "US", "", "", "51000", "note"]]
    path = write_csv(rows) if kind == "csv" else write_xlsx(rows)
    lines, _ = json_lines(capsys, str(path), "--no-header", "--map", "A=stock", "--map", "B=powertrain",
                          "--map", "C=assembly", "--map", "F=price", "--date", "2026-05-01")
    assert [(line["row"], line["eligible"], line["problems"]) for line in lines] == [
        (1, None, []), (2, True, []), (3, False, [])]  # no price yet: not known; none "wider than the header"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_every_encoding_answers_the_same(capsys, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(csv_bytes([FRENCH_HEADER, *ROWS], encoding))
    lines, _ = json_lines(capsys, str(path))
    assert [(line["stock"], line["eligible"]) for line in lines][:3] == [("A1", True), ("A2", False), ("A3", False)]


@pytest.mark.parametrize(("make_file", "args", "message"), [
    (None, [], "nowhere.csv: no such file"),
    (b"\xd0\xcf\x11\xe0" + b"\0" * 64, [], "is an Excel 97-2003 workbook (.xls), which is not read"),
    (b"%PDF-1.4\n", [], "is a PDF, not a CSV or XLSX stock list"),
    (b"colour,lot\r\nred,3\r\n", [], "no recognisable header"),
    (b"Stock,Make\r\nA1,Ford\x81\r\n", [], "unreadable encoding"),
    (b"Stock,Make\r\nA1,Ford\r\n", ["--province", "ZZ"], "--province: 'ZZ' is not a Canadian province or territory"),
    (b"Stock,Make\r\nA1,Ford\r\n", ["--out", "result.txt"], "--out: 'result.txt' must end in .csv or .xlsx"),
    (b"Stock,Make\r\nA1,Ford\r\n", ["--out", "r.csv", "--json"], "--out and --json: choose one"),
    (b"Stock,Make\r\nA1,Ford\r\n", ["--map", "Make=colour"], "--map: 'colour' is not a field"),
    (b"Stock,Make\r\nA1,Ford\r\n", ["--map", "Model=model"], "--map: no column 'Model' in the header"),
    (b"Stock,Make\r\nA1,Ford\r\n", ["--price", "abc"], "--price: 'abc' is not an amount"),
    (b"Stock,Make\r\nA1,Ford\r\n", ["--date", "2026-02-30"], "argument --date: '2026-02-30' is not a real date"),
])
def test_a_file_that_cannot_be_read_exits_2_with_one_line(capsys, tmp_path: Path, make_file, args, message) -> None:
    path = tmp_path / ("nowhere.csv" if make_file is None else "stock.csv")
    if make_file is not None:
        path.write_bytes(make_file)
    os.chdir(tmp_path)
    code, out, err = batch(capsys, str(path), *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("evdesk: ") and message in err, err


def test_out_cannot_overwrite_the_stock_list(capsys, stock: Path) -> None:
    code, _, err = batch(capsys, str(stock), "--out", str(stock))
    assert code == 2 and "is the stock list itself" in err


def test_out_cannot_be_written_through_the_stock_list(capsys, stock: Path) -> None:
    """The results go to RESULT.partial first: a list named so would be emptied and then moved away."""
    listed = stock.with_name("result.csv.partial")
    stock.rename(listed)
    before = listed.read_bytes()
    code, out, err = batch(capsys, str(listed), "--out", str(stock.with_name("result.csv")))
    assert code == 2 and out == "" and "the stock list itself" in err and err.count("\n") == 1
    assert listed.read_bytes() == before and not stock.with_name("result.csv").exists()


def test_a_real_process_has_no_traceback_and_a_bar_only_on_a_terminal(tmp_path: Path, write_csv) -> None:
    path = write_csv([ENGLISH_HEADER, *[["A", "", "2026", "Kia", "EV9", "BEV", "45000", "KR", "2026-05-01"]] * 300])
    command = [sys.executable, "-m", "evdesk", "batch", str(path), "--out", str(tmp_path / "r.csv")]
    piped = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0 and "%|" not in piped.stderr and "Traceback" not in piped.stderr
    bad = subprocess.run([sys.executable, "-m", "evdesk", "batch", str(tmp_path / "none.csv")], capture_output=True,
                         text=True, timeout=120)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    # On a terminal: the bar is drawn (and cleared), the summary stays.
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal 100 wide
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=follower, stdin=subprocess.DEVNULL) as child:
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        child.wait(timeout=120)
    os.close(leader)
    text = seen.decode("utf-8", "replace")
    assert child.returncode == 0
    assert "%|" in text and "rows" in text and "300 rows read" in text
    assert "| ," not in text  # the rows count is the bar's description, not a postfix after a stray comma


def test_ctrl_c_leaves_no_half_written_result(tmp_path: Path, write_csv) -> None:
    import signal
    import time

    path = write_csv([ENGLISH_HEADER, *[["A", "", "2026", "Kia", "EV9", "BEV", "45000", "KR", "2026-05-01"]] * 30_000])
    out = tmp_path / "result.csv"
    child = subprocess.Popen([sys.executable, "-m", "evdesk", "batch", str(path), "--out", str(out)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    partial = out.with_name(out.name + ".partial")
    deadline = time.monotonic() + 60
    while not partial.exists() and time.monotonic() < deadline:  # it is writing rows
        time.sleep(0.02)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130, err
    assert "Traceback" not in err and "interrupted after" in err and "result.csv was not written" in err
    assert not out.exists() and not partial.exists()
