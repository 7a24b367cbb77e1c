"""Rows into requests and answers: every kind of bad row is reported by row and column and never stops the
batch; what a row leaves out comes from the options, then from the assumptions, and is counted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from evdesk.batch import RowReader, Status, Tally, answer_rows, find_header, open_stock_list

HEADER = ["Stock #", "VIN", "Year", "Make", "Model", "Powertrain", "Price", "Options", "Assembly", "Sale date",
          "Lease months", "Odometer"]
GOOD = ["A1", "", "2026", "Tesla", "Model 3", "BEV", "45000", "", "US", "2026-05-01", "", ""]
ASSUMED = {"prior_incentives": 0, "quota_position": "within", "fta_origin_met": "yes", "sale_date": dt.date(2026, 5, 1)}


def row(**changes: str) -> list[str]:
    cells = dict(zip(HEADER, GOOD, strict=True))
    cells.update({{"Stock": "Stock #"}.get(key, key.replace("_", " ")): value for key, value in changes.items()})
    return [cells[name] for name in HEADER]


def answers(path: Path, policy, defaults: dict | None = None, what_if: bool = False):
    with open_stock_list(path) as stock:
        rows = stock.rows()
        reader = RowReader(find_header(rows), defaults or {}, ASSUMED)
        found = list(answer_rows(rows, reader, policy, what_if))
    return found, reader


def only(path: Path, policy, **kwargs):
    found, _ = answers(path, policy, **kwargs)
    assert len(found) == 1
    return found[0]


BAD_ROWS = [
    ("letters in a price", {"Price": "call us"}, "Price", "price", "'call us' is not an amount"),
    ("a negative price", {"Price": "-45000"}, "Price", "price", "is negative"),
    ("an unknown powertrain", {"Powertrain": "steam"}, "Powertrain", "powertrain", "'steam' is not one of"),
    ("an impossible date", {"Sale date": "2026-02-30"}, "Sale date", "sale_date", "not a real date"),
    ("a date in another form", {"Sale date": "05/01/2026"}, "Sale date", "sale_date",
     "'05/01/2026' is not a real date in the form YYYY-MM-DD"),
    ("a malformed VIN", {"VIN": "1HGCM82633A00435O"}, "VIN", "vin", "found 'O' at position 17"),
    ("a short VIN", {"VIN": "123"}, "VIN", "vin", "17 characters"),
    ("letters in a year", {"Year": "twenty"}, "Year", "model_year", "is not a whole number"),
    ("an unknown country", {"Assembly": "Narnia"}, "Assembly", "assembly", "not an ISO 3166"),
    ("a lease too long", {"Lease months": "240"}, "Lease months", "lease_months", "at most 120"),
]


@pytest.mark.parametrize(("what", "changes", "column", "field", "message"), BAD_ROWS, ids=[b[0] for b in BAD_ROWS])
def test_a_bad_cell_is_a_problem_naming_its_column_and_the_answer_is_null(
        write_csv, policy, what, changes, column, field, message) -> None:
    cells = dict(zip(HEADER, row(), strict=True)) | changes
    answer = only(write_csv([HEADER, [cells[h] for h in HEADER]]), policy)
    assert answer.row == 2 and answer.status is Status.PROBLEM
    assert [(p.column, p.field) for p in answer.problems] == [(column, field)]
    assert message in answer.problems[0].message
    assert (answer.eligible, answer.amount, answer.tariff_rate_percent, answer.quota_applies, answer.max_price) == (
        None, None, None, None, None)


def test_a_row_with_several_problems_names_each(write_csv, policy) -> None:
    answer = only(write_csv([HEADER, row(Price="abc", Powertrain="steam", Sale_date="2026-13-01")]), policy)
    assert [p.column for p in answer.problems] == ["Powertrain", "Price", "Sale date"]


def test_a_row_with_too_many_cells_is_a_problem_of_the_row(write_csv, policy) -> None:
    answer = only(write_csv([HEADER, [*row(), "stray, value"]]), policy)
    assert answer.status is Status.PROBLEM
    assert answer.problems[0].column == "" and "13 cells where the header has 12:" in answer.problems[0].message
    # Trailing empty cells (as spreadsheets export) are not too many.
    assert only(write_csv([HEADER, [*row(), "", ""]]), policy).status is Status.ELIGIBLE


def test_short_rows_leave_the_missing_cells_empty(write_csv, policy) -> None:
    answer = only(write_csv([HEADER, row()[:7]]), policy)  # no assembly, date, lease or odometer
    assert answer.problems == () and answer.eligible is None  # assembly not known
    assert answer.reason.rule == "evap.assembly"


def test_a_missing_price_is_not_known_rather_than_a_problem(write_csv, policy) -> None:
    answer = only(write_csv([HEADER, row(Price="")]), policy)
    assert answer.status is Status.NOT_KNOWN and answer.problems == ()
    assert (answer.eligible, answer.amount, answer.reason.rule) == (None, None, "evap.price_cap")
    assert answer.max_price == Decimal("50000.00"), "the highest price is known without the price"


def test_empty_rows_are_skipped_and_counted_and_numbering_stays_true(write_csv, policy) -> None:
    found, reader = answers(write_csv([HEADER, row(), [], ["", " ", ""], row(Stock="A4")]), policy)
    assert [(a.row, a.stock) for a in found] == [(2, "A1"), (5, "A4")]
    assert reader.empty_rows == 2


def test_a_bad_row_never_stops_the_batch(write_csv, policy) -> None:
    rows = [HEADER, row(Stock="A1"), row(Stock="A2", Price="x"), [], row(Stock="A4", VIN="bad"), row(Stock="A5")]
    found, _ = answers(write_csv(rows), policy)
    assert [(a.stock, a.status.value) for a in found] == [
        ("A1", "eligible"), ("A2", "problem"), ("A4", "problem"), ("A5", "eligible")]


def test_statuses_and_the_tally(write_csv, policy) -> None:
    rows = [HEADER, row(), row(Price="50000.01"), row(Assembly="CN"), row(Powertrain=""), row(Price="x"),
            row(Lease_months="39")]
    found, _ = answers(write_csv(rows), policy, what_if=True)
    assert [a.status.value for a in found] == ["eligible", "price_drop", "not_eligible", "not_known", "problem",
                                               "eligible"]
    over = found[1]
    assert (over.max_price, over.over_cap_by, over.amount_at_max_price) == (
        Decimal("50000.00"), Decimal("0.01"), Decimal("5000.00"))
    tally = Tally()
    for answer in found:
        tally.add(answer)
    assert (tally.rows, tally.answered, tally.with_problems, tally.eligible, tally.not_eligible, tally.not_known) == (
        6, 5, 1, 2, 2, 1)
    assert tally.total == Decimal("9062.50") and tally.total_at_max_price == Decimal("5000.00")
    assert tally.assumed["prior_incentives"] == 5


def test_options_apply_to_rows_without_their_own_value(write_csv, policy) -> None:
    rows = [HEADER, row(Stock="A1", Assembly=""), row(Stock="A2", Assembly="CN")]
    found, _ = answers(write_csv(rows), policy, defaults={"assembly": "KR", "options": "6000"})
    kr, cn = found
    assert (kr.request.assembly, cn.request.assembly) == ("KR", "CN")
    assert kr.request.options == Decimal("6000.00") and kr.status is Status.PRICE_DROP


def test_assumptions_fill_only_what_neither_the_row_nor_an_option_gives(write_csv, policy) -> None:
    header = [*HEADER, "Quota position"]
    rows = [header, [*row(Stock="A1"), "over"], [*row(Stock="A2"), ""]]
    found, _ = answers(write_csv(rows), policy, defaults={"prior_incentives": 1})
    first, second = found
    assert first.request.quota_position == "over" and "quota_position" not in first.assumed
    assert second.request.quota_position == "within" and "quota_position" in second.assumed
    assert "prior_incentives" not in second.assumed and second.request.prior_incentives == 1
    assert "sale_date" not in second.assumed  # the row has its date


@pytest.mark.parametrize("driven", ["10000", "10000.0", "10 000", "10000,00"])
def test_an_odometer_makes_a_demonstrator_as_evdesk_check_does(write_csv, policy, driven: str) -> None:
    found, _ = answers(write_csv([HEADER, row(Odometer="9999"), row(Odometer=driven), row(Odometer="0")]), policy)
    assert [(a.request.condition.value, a.eligible) for a in found] == [
        ("demonstrator", True), ("demonstrator", False), ("new", True)]  # never a new car at 10,000 km
    assert found[1].request.odometer_km == 10_000


def test_a_driven_car_in_a_workbook_is_a_demonstrator(write_xlsx, policy) -> None:
    cells = [value or None for value in row()]
    cells[HEADER.index("Odometer")] = 15000.0  # a number cell, as Excel keeps it
    found, _ = answers(write_xlsx([HEADER, cells]), policy)
    assert (found[0].request.condition.value, found[0].eligible) == ("demonstrator", False)


def test_a_claim_date_before_the_sale_date_names_the_claim_column(write_csv, policy) -> None:
    header = [*HEADER, "Claim date"]
    answer = only(write_csv([header, [*row(), "2026-04-30"]]), policy)
    assert [(p.column, p.field) for p in answer.problems] == [("Claim date", "claim_date")]
    assert "before the sale date" in answer.problems[0].message


def test_xlsx_rows_read_the_same_as_csv(write_xlsx, write_csv, policy) -> None:
    xlsx_rows = [HEADER, ["A1", None, 2026, "Tesla", "Model 3", "BEV", 45000, None, "US", dt.date(2026, 5, 1)],
                 ["A2", None, 2026.0, "Tesla", "Model 3", "BEV", 50000.01, 0, "US", dt.datetime(2026, 5, 1)]]
    csv_rows = [HEADER, row(), row(Stock="A2", Price="50000.01", Options="0")]
    from_xlsx, _ = answers(write_xlsx(xlsx_rows), policy)
    from_csv, _ = answers(write_csv(csv_rows), policy)
    assert [(a.row, a.eligible, a.amount, a.max_price) for a in from_xlsx] == [
        (a.row, a.eligible, a.amount, a.max_price) for a in from_csv]
