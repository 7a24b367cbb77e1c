"""Export and import: every cell safe in a spreadsheet, and evdesk's own CSV read back exactly, even
when names hold what a spreadsheet would run or a CSV reader would trip on."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select, text

from evdesk.records.claims import Move
from evdesk.records.database import open_records
from evdesk.records.deals import move_claim, save_deal
from evdesk.records.errors import RecordsError
from evdesk.records.exchange import DEAL_COLUMNS, LOG_COLUMNS, export, import_csv
from evdesk.records.retention import erase_deal
from evdesk.records.schema import claim_events, deals, policy_files
from evdesk.sheets import FORMULA_TRIGGERS

HOSTILE = [
    "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "'=1", "''=1",
    "Ann, \"Nan\" O'Brien", "line one\nline two", "crlf\r\nsplit", "Zoë Lévesque-Tremblay", "漢字 名前", "  spaced  x",
    "=cmd|' /C calc'!A0", "\"", ",", "a\u2028b",
]


def _dump(records: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the three tables, the log without its internal ids."""
    with records.reading() as connection:
        return {
            "deals": sorted(tuple(row) for row in connection.execute(select(deals))),
            "log": sorted(tuple(row)[1:] for row in connection.execute(select(claim_events))),
            "files": sorted((row.sha256, row.kind, row.name, bytes(row.content))
                            for row in connection.execute(select(policy_files))),
        }


def _fill(records: Any, save: Any, names: list[str]) -> None:
    for index, name in enumerate(names):
        row = save(customer=name, stock=name[:60], salesperson=name[:120], vin=f"1G1ZT53826F{index:06d}")
        if index % 3 == 1:
            move_claim(records, row.number, Move("submitted", dt.date(2026, 5, 4), confirmation=name[:60]), by=name)
        if index % 3 == 2:
            move_claim(records, row.number, Move("submitted", dt.date(2026, 5, 4)))
            move_claim(records, row.number, Move("refused", reason=name))
    erase_deal(records, 1)


def test_the_csv_reads_back_exactly_with_hostile_cells(records: Any, save: Any, tmp_path: Path) -> None:
    _fill(records, save, HOSTILE)
    path = tmp_path / "deals.csv"
    assert export(records, path) == len(HOSTILE)
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == DEAL_COLUMNS
    customer = DEAL_COLUMNS.index("customer")
    assert all(not row[customer].startswith(FORMULA_TRIGGERS) for row in rows[1:])
    with open_records(f"sqlite:///{tmp_path / 'copy.sqlite'}") as copy:  # a new, empty database
        result = import_csv(copy, path)
        assert result.added == tuple(range(1, len(HOSTILE) + 1)) and result.unchanged == ()
        assert _dump(copy) == _dump(records)
        assert import_csv(copy, path).unchanged == result.added  # importing twice changes nothing
        assert _dump(copy) == _dump(records)


def test_the_export_carries_the_vehicle_assembly_file_and_an_earlier_export_still_reads(records: Any, save: Any,
                                                                                         tmp_path: Path) -> None:
    """The policy pins where its models are assembled: the export carries that file with the others. An
    export made before it had those two columns still imports (its policies pinned no such file)."""
    _fill(records, save, ["Ann", "Bo"])
    path = tmp_path / "deals.csv"
    export(records, path)
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][DEAL_COLUMNS.index("vehicle_assembly_name")].startswith("vehicle-assembly-")
    earlier = tmp_path / "earlier.csv"
    with earlier.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(row[:-2] for row in rows)
    assert import_csv(records, earlier).unchanged == (1, 2)  # read, and found identical


def test_a_dealer_moves_from_the_sqlite_file_to_a_postgresql_server(tmp_path: Path, policy: Any,
                                                                    fresh_postgres_database: str) -> None:
    from records_helpers import answer_of, sale

    with open_records(f"sqlite:///{tmp_path / 'counter.sqlite'}") as counter:
        for index, name in enumerate(HOSTILE[:6]):
            request = sale(vin=f"1G1ZT53826F{index:06d}")
            save_deal(counter, request, answer_of(request, policy), policy, customer=name)
        move_claim(counter, 2, Move("submitted", dt.date(2026, 5, 4), confirmation="TC-2"))
        export(counter, tmp_path / "deals.csv")
        with open_records(fresh_postgres_database) as server:
            import_csv(server, tmp_path / "deals.csv")
            assert _dump(server) == _dump(counter)
            request = sale()
            following = save_deal(server, request, answer_of(request, policy), policy)
            assert following.number == 7  # the server's own numbering continues after the imported deals


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\0"),
                              min_size=1, max_size=40).filter(str.strip), min_size=1, max_size=4))
def test_any_text_survives_the_round_trip(tmp_path_factory: Any, sqlite_template: Path, policy: Any,
                                          names: list[str]) -> None:
    from records_helpers import answer_of, migrated_sqlite, sale

    folder = tmp_path_factory.mktemp("round-trip")
    with open_records(migrated_sqlite(sqlite_template, folder)) as source, \
            open_records(migrated_sqlite(sqlite_template, folder)) as target:
        for name in names:
            request = sale()
            save_deal(source, request, answer_of(request, policy), policy, customer=name, stock=name[:60])
        export(source, folder / "deals.csv")
        import_csv(target, folder / "deals.csv")
        assert _dump(target) == _dump(source)


def _rewrite(path: Path, column: str, change: Any, row: int = 1) -> Path:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    rows[row][DEAL_COLUMNS.index(column)] = change(rows[row][DEAL_COLUMNS.index(column)])
    edited = path.with_name("edited.csv")
    with edited.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return edited


@pytest.mark.parametrize(("column", "change", "problem"), [
    ("amount", lambda cell: "9999.00", "amount: '9999.00' does not match"),
    ("vin", lambda cell: "1G1ZT53826F999999", "vin:"),
    ("status", lambda cell: "paid", "is not where the claim log ends"),
    ("status", lambda cell: "lost", "is not one of"),
    ("policy_file", lambda cell: cell + "\n# tampered", "does not have that sha256"),
    ("saved_at", lambda cell: "yesterday", "saved_at: 'yesterday' is not a date and time"),
    ("request", lambda cell: cell.replace('"BEV"', '"DIESEL"'), "request: not a valid sale"),
    ("claim_log", lambda cell: "[]", "claim_log: empty"),
])
def test_an_edited_export_is_refused_naming_the_row_and_column(records: Any, save: Any, tmp_path: Path,
                                                                column: str, change: Any, problem: str) -> None:
    save(vin="1G1ZT53826F000001")
    export(records, tmp_path / "deals.csv")
    with open_records(f"sqlite:///{tmp_path / 'copy.sqlite'}") as copy:
        with pytest.raises(RecordsError) as refused:
            import_csv(copy, _rewrite(tmp_path / "deals.csv", column, change))
        assert refused.value.code == "import_row" and refused.value.params["row"] == 2
        assert problem in str(refused.value)
        assert _dump(copy)["deals"] == []  # all or nothing


def test_a_different_deal_under_an_existing_number_is_refused(records: Any, save: Any, tmp_path: Path) -> None:
    save(customer="Ann")
    export(records, tmp_path / "deals.csv")
    edited = _rewrite(tmp_path / "deals.csv", "customer", lambda cell: "Someone Else")
    with pytest.raises(RecordsError, match="deal 1 is already in the database, and differs"):
        import_csv(records, edited)


def test_a_file_that_is_not_an_evdesk_export_is_refused(records: Any, tmp_path: Path) -> None:
    (tmp_path / "other.csv").write_text("a,b\n1,2\n")
    with pytest.raises(RecordsError, match="not an evdesk deals export"):
        import_csv(records, tmp_path / "other.csv")
    with pytest.raises(RecordsError, match=r"missing\.csv"):
        import_csv(records, tmp_path / "missing.csv")


def test_the_xlsx_and_the_claim_log_are_safe_and_readable(records: Any, save: Any, tmp_path: Path) -> None:
    _fill(records, save, HOSTILE[:5])
    assert export(records, tmp_path / "deals.xlsx", "xlsx") == 5
    sheet = load_workbook(tmp_path / "deals.xlsx").active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:4] == ["number", "saved_at", "sale_date", "customer"]
    assert "request" not in values[0]  # the XLSX is for people: no JSON
    customers = [row[3] for row in values[1:]]
    assert customers[1:] == ["'+1+1", "'-2+3", "'@SUM(A1:A9)", "'=1"]  # names are trimmed: the tab went
    assert customers[0] is None  # deal 1 was erased
    assert all(cell.data_type == "s" for cell in next(sheet.iter_cols(min_col=4, max_col=4, min_row=3)))
    count = export(records, tmp_path / "log.csv", "csv", "log")
    with (tmp_path / "log.csv").open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == LOG_COLUMNS and len(rows) - 1 == count
    reasons = [row[LOG_COLUMNS.index("reason")] for row in rows[1:] if row[4] == "refused"]
    assert reasons == ["'-2+3"]  # the refusal reason of deal 3, escaped
    with records.reading() as connection:
        assert connection.execute(text("SELECT count(*) FROM claim_events")).scalar() == count


def test_amounts_and_dates_are_numbers_and_dates_in_the_xlsx(records: Any, save: Any, tmp_path: Path) -> None:
    save()
    export(records, tmp_path / "deals.xlsx", "xlsx")
    header, row = ([cell.value for cell in r] for r in load_workbook(tmp_path / "deals.xlsx").active.iter_rows())
    shown = dict(zip(header, row, strict=True))
    assert shown["amount"] == Decimal("5000") and isinstance(shown["sale_date"], dt.datetime)
