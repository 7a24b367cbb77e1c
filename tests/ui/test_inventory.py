"""The inventory window, driven for real offscreen: File → Check inventory…, the background check with its
progress and Cancel, the totals that filter, the price-drop filter, sorting, the column mapping, a row
opened at the counter, the export and the printed summary."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import shutil
import subprocess
import threading
import time
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from evdesk.ui.inventory.filter import View
from evdesk.ui.inventory.model import COLUMNS

NBSP = "\u00a0"

HEADER = ["Stock #", "VIN", "Year", "Make", "Model", "Powertrain", "Price", "Assembly", "Sale date"]
ROWS = [
    ["E1", "", "2026", "Tesla", "Model 3", "BEV", "45000", "US", "2026-05-01"],  # eligible
    ["D1", "", "2026", "Tesla", "Model Y", "BEV", "50100", "US", "2026-05-01"],  # $100 over the cap
    ["D2", "", "2026", "Ford", "Mach-E", "BEV", "50900", "MX", "2026-05-01"],  # $900 over
    ["D3", "", "2026", "Kia", "EV9", "BEV", "51500", "KR", "2026-05-01"],  # $1,500 over
    ["C1", "", "2026", "BYD", "Seal", "BEV", "38000", "CN", "2026-05-01"],  # Chinese-made
    ["K1", "", "2026", "Chrysler", "Pacifica", "PHEV", "70000", "CA", "2026-05-01"],  # Canadian-made, no cap
    ["U1", "", "2026", "Kia", "EV6", "", "45000", "KR", "2026-05-01"],  # powertrain not known
    ["P1", "", "2026", "Kia", "EV6", "BEV", "call us", "KR", "2026-05-01"],  # a problem
]


def write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows([header, *rows])
    path.write_text(text.getvalue(), encoding="utf-8")
    return path


def many(count: int) -> list[list[str]]:
    return [[f"M{i}", "", "2026", "Kia", "EV9", "BEV", str(40000 + (i * 37) % 15000), "KR", "2026-05-01"]
            for i in range(count)]


@pytest.fixture
def inventory(window: Any, qtbot: Any) -> Any:
    window.show()
    window.check_inventory()
    inv = window.inventory
    inv.resize(1366, 768)
    yield inv
    inv.close()  # not left active for the next test while its main window is being deleted


def checked(qtbot: Any, inv: Any, path: Path) -> Any:
    inv.open_file(path)
    qtbot.waitUntil(lambda: not inv.running, timeout=60_000)
    return inv


def shown_stock(inv: Any) -> list[str]:
    return [answer.stock for answer in inv.shown_answers()]


def test_file_menu_opens_the_inventory_window(window: Any) -> None:
    assert window.inventory_action in window.file_menu.actions()
    assert window.inventory_action.text() == "Check &inventory…"
    window.inventory_action.trigger()
    assert window.inventory.isVisible() and window.inventory.windowTitle() == "Inventory check"


def test_a_list_is_checked_with_totals_at_the_top(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    assert inv.model.rowCount() == 8 and shown_stock(inv) == [r[0] for r in ROWS]
    tally = inv.tally
    assert (tally.eligible, tally.not_eligible, tally.not_known, tally.with_problems) == (2, 4, 1, 1)
    assert inv.tiles[View.ELIGIBLE].text() == "✓ Eligible now\n2 · $7,500.00"
    assert inv.tiles[View.PRICE_DROP].text() == \
        "↓ Eligible if the price drops by at most $1,000.00\n2 of the 4 not eligible · $10,000.00 at those prices"
    assert inv.tiles[View.PROBLEM].text() == "⚠ Problems\n1"
    assert inv.progress_label.text() == "8 rows checked"
    assert inv.file_label.text() == "stock.csv · CSV, UTF-8, comma-separated · policy " + inv.policy.version
    assert "no incentives already received" in inv.note.text()
    canadian = inv.model.item(5, 7)
    assert canadian.text() == "No cap" and canadian.toolTip() == "No price cap: Canadian-made."
    assert inv.model.item(1, 7).text() == "$50,000.00" and inv.model.item(1, 8).text() == "$100.00"
    assert inv.model.item(7, COLUMNS.index("reason")).text().startswith("Price: 'call us': Not an amount")


def test_a_canadian_made_vehicle_refused_for_another_reason_is_eligible_at_no_price(qtbot: Any, inventory: Any,
                                                                                   tmp_path: Path) -> None:
    hybrid = ["K2", "", "2026", "Toyota", "RAV4 Hybrid", "HEV", "40000", "CA", "2026-05-01"]
    unknown = ["K3", "", "2026", "Chrysler", "Pacifica", "", "70000", "CA", "2026-05-01"]
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", [ROWS[5], hybrid, unknown]))
    assert [inv.model.item(row, 7).text() for row in range(3)] == ["No cap", "", "No cap"]  # not "No cap": refused
    assert inv.model.item(1, 7).toolTip() == ""
    out = inv.export(tmp_path / "out.csv")
    with out.open(encoding="utf-8-sig") as handle:
        exported = list(csv.reader(handle))
    assert [line[7] for line in exported[1:]] == ["No cap", "", "No cap"]


def test_the_totals_filter_the_table(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    expected = {View.ELIGIBLE: ["E1", "K1"], View.PRICE_DROP: ["D1", "D2"],
                View.NOT_ELIGIBLE: ["D1", "D2", "D3", "C1"], View.NOT_KNOWN: ["U1"], View.PROBLEM: ["P1"],
                View.ALL: [r[0] for r in ROWS]}
    for view, stock in expected.items():
        qtbot.mouseClick(inv.tiles[view], Qt.MouseButton.LeftButton)
        assert shown_stock(inv) == stock, view
    assert inv.shown_label.text() == "8 of 8 rows shown"


@pytest.mark.parametrize(("typed", "stock"), [("100", ["D1"]), ("99.99", []), ("1,000", ["D1", "D2"]),
                                              ("1500", ["D1", "D2", "D3"]), ("", ["D1", "D2", "D3"])])
def test_eligible_if_the_price_drops_by_at_most(qtbot: Any, inventory: Any, tmp_path: Path, typed: str,
                                                stock: list[str]) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.show_view(View.PRICE_DROP)
    inv.drop_edit.setText(typed)
    assert shown_stock(inv) == stock
    assert inv.tiles[View.PRICE_DROP].text().endswith(
        f"\n{len(stock)} of the 4 not eligible · ${5000 * len(stock):,}.00 at those prices")


def test_half_typed_drop_keeps_the_last_filter(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.show_view(View.PRICE_DROP)
    inv.drop_edit.setText("abc")
    assert shown_stock(inv) == ["D1", "D2"]


def test_search_and_sort(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    qtbot.keyClicks(inv.search, "kia ev")
    assert shown_stock(inv) == ["D3", "U1", "P1"]
    inv.search.clear()
    rebate = list(inv.model.horizontalHeaderItem(i).text() for i in range(inv.model.columnCount())).index("Rebate")
    inv.table.horizontalHeader().sectionClicked.emit(rebate)  # as a click on the header does
    inv.table.sortByColumn(rebate, Qt.SortOrder.DescendingOrder)
    assert shown_stock(inv)[:2] == ["E1", "K1"] and shown_stock(inv)[-1] == "P1"  # no amount sorts last
    inv.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_stock(inv) == [r[0] for r in ROWS]


def test_progress_and_a_window_that_never_freezes(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "big.csv", many(6000))
    ticks: list[float] = []
    progress: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: (ticks.append(time.monotonic()), progress.append(inventory.progress.value())))
    timer.start(20)
    inventory.open_file(path)
    assert inventory.running and inventory.cancel_button.isEnabled() and inventory.progress.isVisible()
    qtbot.waitUntil(lambda: not inventory.running, timeout=120_000)
    timer.stop()
    assert inventory.model.rowCount() == 6000 and inventory.progress.value() == 1000
    assert len(set(progress)) > 3, "the bar moves while the rows come in"
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 1.0, "the event loop kept running"
    assert not inventory.cancel_button.isEnabled()


def test_cancel_keeps_the_rows_checked_so_far(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inventory.open_file(write(tmp_path / "big.csv", many(20_000)))
    qtbot.waitUntil(lambda: inventory.model.rowCount() >= 100, timeout=30_000)
    qtbot.mouseClick(inventory.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not inventory.running, timeout=30_000)
    rows = inventory.model.rowCount()
    assert 100 <= rows < 20_000
    assert inventory.progress_label.text() == f"Cancelled after {rows:,} rows: the table shows those."
    assert [a.row for a in inventory.model.answers()] == list(range(2, rows + 2)), "in order, none lost"
    assert inventory.export_button.isEnabled()


def test_escape_cancels_a_check_and_the_status_never_says_it_finished(qtbot: Any, inventory: Any,
                                                                       tmp_path: Path) -> None:
    inventory.show()
    qtbot.waitExposed(inventory)
    inventory.open_file(write(tmp_path / "big.csv", many(20_000)))
    qtbot.waitUntil(lambda: inventory.model.rowCount() >= 100, timeout=30_000)
    inventory.table.setFocus()
    QTest.keyClick(inventory.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not inventory.running, timeout=30_000)
    assert inventory.cancelled and inventory.model.rowCount() < 20_000
    assert "checked in" not in inventory.statusBar().currentMessage()
    assert inventory.cancel_button.text() == "&Cancel"


def test_another_list_opens_unfiltered(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.search.setText("Kia")
    inv.show_view(View.PROBLEM)
    inv = checked(qtbot, inv, write(tmp_path / "stock.csv", ROWS))  # the same list again: as the user left it
    assert inv.search.text() == "Kia" and inv.proxy.view is View.PROBLEM
    inv = checked(qtbot, inv, write(tmp_path / "other.csv", ROWS))  # another: every row shown
    assert inv.search.text() == "" and inv.tiles[View.ALL].isChecked()
    assert len(inv.shown_answers()) == len(ROWS)


def test_opening_another_file_replaces_the_check_in_progress(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inventory.open_file(write(tmp_path / "big.csv", many(20_000)))
    qtbot.waitUntil(lambda: inventory.model.rowCount() >= 100, timeout=30_000)
    checked(qtbot, inventory, write(tmp_path / "small.csv", ROWS))
    qtbot.wait(200)  # any chunk the first check had sent is ignored
    assert shown_stock(inventory) == [r[0] for r in ROWS]


def _double_click(qtbot: Any, inv: Any, proxy_row: int) -> None:
    index = inv.proxy.index(proxy_row, 3)
    inv.table.scrollTo(index)
    rect = inv.table.visualRect(index)
    # A real double-click is a press and release, then the double-click (the view wants the first press).
    qtbot.mouseClick(inv.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(inv.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_clicking_a_row_opens_it_at_the_counter(qtbot: Any, window: Any, inventory: Any,
                                                       tmp_path: Path) -> None:
    header = [*HEADER, "Lease months", "Options"]
    rows = [[*ROWS[1], "39", "600"]]
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", rows, header))
    _double_click(qtbot, inv, 0)
    form = window.form
    assert form.money["vehicle_price"].text() == "50,100.00" and form.money["options"].text() == "600.00"
    assert form.assembly.code() == "US" and form.powertrain.currentData() == "BEV"
    assert form.picker.texts() == ("2026", "Tesla", "Model Y", "")
    assert form.deal_type.currentData() == "lease" and form.lease_months.value() == 39
    assert form.quota_position.currentData() == "within" and form.prior.value() == 0  # as the check assumed
    assert window.evaluation.rebate.max_price == Decimal("49400.00") == inv.model.answer(0).max_price
    assert window.result.rebate_card.headline.text() == "$0.00"
    at_counter, in_list = window.evaluation.request, inv.model.answer(0).request
    assert at_counter.effective_claim_date == in_list.effective_claim_date
    assert at_counter.model_dump(exclude={"claim_date"}) == in_list.model_dump(exclude={"claim_date"}), \
        "the counter answers the same request"


def test_a_row_opened_in_consumer_mode_is_answered_as_the_table_answered_it(qtbot: Any, window: Any,
                                                                            inventory: Any, tmp_path: Path) -> None:
    """A consumer's form has one price and no import details: it dropped the row's dealer fees and the check's
    assumptions, and the counter said $5,000.00 for a row the table said was over the cap. The counter goes
    to dealer mode, says so, and answers the row as the table did."""
    window.set_mode("consumer")
    header = [*HEADER, "Dealer fees"]
    rows = [["F3", "", "2026", "Kia", "EV9", "BEV", "49500", "KR", "2026-05-01", "899"]]
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", rows, header))
    _double_click(qtbot, inv, 0)
    assert window.mode == "dealer" and "dealer mode" in window.statusBar().currentMessage()
    at_counter, in_list = window.evaluation.request, inv.model.answer(0).request
    assert at_counter.model_dump(exclude={"claim_date"}) == in_list.model_dump(exclude={"claim_date"})
    assert window.evaluation.rebate.eligible is False and window.evaluation.rebate.max_price == Decimal("49101.00")
    assert window.result.rebate_card.headline.text() == "$0.00"


def test_a_row_opened_at_the_counter_keeps_its_province_and_stock(qtbot: Any, window: Any, inventory: Any,
                                                                  tmp_path: Path) -> None:
    """The provincial columns are part of the row's answer: the counter must answer them too (they were
    dropped once, and the counter then showed the federal answer alone), and the row's stock number is
    what saving the deal proposes."""
    header = [*HEADER, "Province", "MSRP", "MSRP options", "Registration date", "Battery kWh"]
    rows = [[*ROWS[0], "QC", "48000", "0", "2026-05-04", "75"]]
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", rows, header))
    _double_click(qtbot, inv, 0)
    at_counter, in_list = window.evaluation.request, inv.model.answer(0).request
    assert in_list.province == "CA-QC" and in_list.registration_date == dt.date(2026, 5, 4)
    assert at_counter.model_dump(exclude={"claim_date"}) == in_list.model_dump(exclude={"claim_date"})
    assert len(window.evaluation.programs) == 2 and window.evaluation.total.amount == inv.model.answer(0).total
    dialog = window.deals.ask_to_save()
    assert dialog is not None and dialog.stock.text() == "E1"
    dialog.reject()
    window.new_check()
    dialog = window.deals.ask_to_save()
    assert dialog is None or dialog.stock.text() == "", "a new check is not that vehicle any more"


def test_a_row_with_problems_says_why_it_cannot_open(qtbot: Any, window: Any, inventory: Any,
                                                     tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    window.form.set_field("vehicle_price", "12345")
    _double_click(qtbot, inv, 7)
    assert "Row 9 has problems" in inv.statusBar().currentMessage()
    assert window.form.money["vehicle_price"].text() == "12345", "the counter is left as it was"


def test_the_mapping_can_be_changed_and_rechecked(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    header = ["Stock #", "Sticker", "Powertrain", "Assembly", "Sale date"]
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", [["A1", "45000", "BEV", "US", "2026-05-01"]],
                                          header))
    assert inv.mapping.toggle.isChecked(), "no price column: the map is shown to confirm"
    assert "No column for: Vehicle price" in inv.mapping.summary.text()
    assert inv.tally.not_known == 1
    combo = inv.mapping.findChild(type(inv.mapping._combos[0]), "mappingField1")
    combo.setCurrentIndex(combo.findData("price"))
    assert inv.mapping.recheck_button.isEnabled()
    summary = inv.mapping.summary.text()  # the columns as now chosen, not yet applied
    assert "Sticker → Vehicle price" in summary and "No column for" not in summary
    assert "Not applied yet: check again with these columns." in summary
    qtbot.mouseClick(inv.mapping.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not inv.running and inv.tally.rows == 1, timeout=30_000)
    assert inv.tally.eligible == 1 and "Sticker → Vehicle price" in inv.mapping.summary.text()
    assert "Not applied yet" not in inv.mapping.summary.text()


def test_a_column_not_read_that_may_be_part_of_the_price_is_pointed_out(qtbot: Any, inventory: Any,
                                                                         tmp_path: Path) -> None:
    header = ["Stock #", "Price", "Admin charge", "Colour", "Powertrain", "Assembly", "Sale date"]
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", [["A1", "48500", "899", "Red", "BEV", "US",
                                                                    "2026-05-01"]], header))
    summary = inv.mapping.summary.text()
    assert "“Admin charge” may be part of the price or the lease: if so, choose its field" in summary
    assert "“Colour”" not in summary
    combo = inv.mapping.findChild(type(inv.mapping._combos[0]), "mappingField2")
    combo.setCurrentIndex(combo.findData("dealer_fees"))
    assert "may be part of the price" not in inv.mapping.summary.text()


def test_a_vin_with_a_wrong_check_digit_is_said_in_the_rows_detail(qtbot: Any, inventory: Any,
                                                                    tmp_path: Path) -> None:
    """The counter warned of it, the inventory said nothing: a claim with a mistyped VIN is refused."""
    rows = [["V1", "3GNKDBRJ0TS100234", "2026", "Chevrolet", "Equinox EV", "BEV", "45000", "MX", "2026-05-01"],
            ["V2", "3GNKDBRJ7TS100234", "2026", "Chevrolet", "Equinox EV", "BEV", "45000", "MX", "2026-05-01"]]
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", rows))
    inv.table.setCurrentIndex(inv.proxy.index(0, 0))
    assert "The VIN's check digit is 0, but its other characters give 7" in inv.detail.text()
    inv.table.setCurrentIndex(inv.proxy.index(1, 0))
    assert "check digit" not in inv.detail.text()


def test_a_file_that_cannot_be_read_says_why(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(b"%PDF-1.4\n")
    inventory.open_file(path)
    qtbot.waitUntil(lambda: not inventory.running, timeout=30_000)
    assert inventory.banner.isVisible()
    assert inventory.banner.text() == ("This file cannot be checked: stock.csv is a PDF, not a stock list: save the "
                                       "list as CSV or XLSX.")
    assert inventory.progress_label.text() == ""  # not "0 rows checked"


@pytest.mark.parametrize(("content", "french"), [
    (b"%PDF-1.4\n", "stock.csv est un PDF, pas une liste d’inventaire"),
    (b"", "stock.csv est vide."),
    (b"Stock,Price\r\nA1,\"45000\r\nA2,1\r\n", "La ligne 2 de stock.csv ouvre un guillemet (\") qui n’est "
     "jamais fermé\u00a0: la ligne suivante serait lue dans la même cellule."),
    (b"Stock,Price\r\nA1,\"45000\r\nA2,1\r\nA3,2\r\n", "les 2 lignes suivantes seraient lues"),
    (b"Stock,Powertrain,Price,Assembly,Date,Notes\r\nS1,BEV,45000,US,2026-05-01,\"12 in\r\n"
     b"S2,BEV,45000,US,2026-05-01,\"leather\"\r\n", "qui court sur une autre ligne qui ressemble"),
])
def test_a_file_that_cannot_be_read_says_why_in_french(qtbot: Any, window: Any, inventory: Any, tmp_path: Path,
                                                       content: bytes, french: str) -> None:
    """The reader's refusals are codes the window words: they stayed English in a French window."""
    path = tmp_path / "stock.csv"
    path.write_bytes(content)
    window.set_language("fr")
    try:
        checked(qtbot, inventory, path)
        assert inventory.banner.isVisible() and french in inventory.banner.text(), inventory.banner.text()
    finally:
        window.set_language("en")


def test_a_workbook_saved_with_an_empty_sheet_shown_is_said_in_french(qtbot: Any, window: Any, inventory: Any,
                                                                      tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Stock"
    workbook.active.append(["Stock #", "Powertrain", "Price"])
    workbook.create_sheet("Résumé")
    workbook.active = 1
    workbook.save(path := tmp_path / "stock.xlsx")
    window.set_language("fr")
    try:
        checked(qtbot, inventory, path)
        assert inventory.banner.text() == (
            f"Ce fichier ne peut pas être vérifié{NBSP}: La feuille affichée à l’enregistrement de stock.xlsx, "
            f"«{NBSP}Résumé{NBSP}», est vide; la liste est sur une autre (“Stock”){NBSP}: affichez cette feuille, "
            "enregistrez le classeur et vérifiez-le de nouveau.")
    finally:
        window.set_language("en")


def test_a_row_wider_than_its_header_is_said_in_french(qtbot: Any, window: Any, inventory: Any,
                                                      tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", [[*ROWS[0], "extra"]]))
    window.set_language("fr")
    try:
        text = inv.proxy.index(0, COLUMNS.index("reason")).data()
    finally:
        window.set_language("en")
    assert text.startswith("10 cellules là où l’en-tête en a 9\u00a0:"), text


def read_sheet(path: Path, separator: str = ",") -> list[list[str]]:
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return list(csv.reader(handle, delimiter=separator))
    sheet = load_workbook(path).active
    return [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_the_table_as_shown_safe_to_open(qtbot: Any, inventory: Any, tmp_path: Path, suffix: str) -> None:
    """The table, not the command line's file: its columns, headers and words, its filter and order; figures as
    numbers; what is not known empty. It exported the batch's columns once, so an export of "eligible if the
    price drops" had no price and no drop in it."""
    injected = ["=cmd|' /C calc'!A0", "", "2026", "Kia", "EV9", "BEV", "45000", "KR", "2026-05-01"]
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", [*ROWS, injected]))
    inv.show_view(View.PRICE_DROP)
    rows = read_sheet(inv.export(tmp_path / f"shown{suffix}", numbers=QLocale("en_CA")))
    assert rows[0] == ["Row", "Stock #", "VIN", "Vehicle", "Price", "Status", "Rebate", "Eligible up to",
                       "Drop needed", "Reason or problem", "Duty (%)", "Quota"]
    assert [(r[1], r[3], Decimal(r[4]), Decimal(r[7]), Decimal(r[8])) for r in rows[1:]] == [
        ("D1", "2026 Tesla Model Y", Decimal("50100"), Decimal(50000), Decimal(100)),
        ("D2", "2026 Ford Mach-E", Decimal("50900"), Decimal(50000), Decimal(900))]
    assert all(r[5] == "↓ Eligible at a lower price" for r in rows[1:])
    inv.show_view(View.ALL)
    rows = read_sheet(inv.export(tmp_path / f"all{suffix}", numbers=QLocale("en_CA")))
    assert len(rows) == 1 + len(ROWS) + 1
    by_stock = {r[1]: r for r in rows[1:]}
    assert rows[-1][1] == "'" + injected[0], "a formula from the stock list comes out inert"
    assert by_stock["U1"][6] == "" and by_stock["U1"][5] == "? Not known", "not known is empty, never 0"
    assert by_stock["K1"][7] == "No cap"


def test_an_export_in_french_is_in_french(qtbot: Any, window: Any, inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    window.set_language("fr")
    try:
        rows = read_sheet(inv.export(tmp_path / "fr.csv", numbers=QLocale("fr_CA")), separator=";")
    finally:
        window.set_language("en")
    assert rows[0][:3] == ["Ligne", "N° de stock", "NIV"]
    problem = next(r for r in rows[1:] if r[1] == "P1")[COLUMNS.index("reason")]
    assert "Price" in problem and "not an amount" not in problem, problem


def test_a_csv_export_is_written_as_the_spreadsheet_here_opens_it(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    """Excel splits a CSV on the system's list separator, a semicolon where the decimal point is a comma: a
    comma-separated export opened in French Canada was one column, its amounts text. The export follows the
    computer's locale (not the window's language), and evdesk's own reader takes it back either way."""
    from evdesk.batch import open_stock_list
    from evdesk.batch.cells import amount_text

    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.show_view(View.PRICE_DROP)
    french = inv.export(tmp_path / "fr.csv", numbers=QLocale("fr_CA"))
    english = inv.export(tmp_path / "en.csv", numbers=QLocale("en_CA"))
    rows = read_sheet(french, separator=";")
    assert [(r[1], r[4], r[7], r[8]) for r in rows[1:]] == [("D1", "50100,00", "50000,00", "100,00"),
                                                           ("D2", "50900,00", "50000,00", "900,00")]
    assert read_sheet(english)[1][4] == "50100.00"
    with open_stock_list(french) as stock:
        assert stock.separator == ";"
        assert [amount_text(cells[4]) for _, cells in list(stock.rows())[1:]] == ["50100.00", "50900.00"]
    system = inv.export(tmp_path / "here.csv")  # unless told otherwise, the computer's own convention
    separator = ";" if QLocale.system().decimalPoint() == "," else ","
    assert read_sheet(system, separator)[1][4] == read_sheet(french if separator == ";" else english, separator)[1][4]


def test_an_export_that_cannot_be_written_names_the_folder(qtbot: Any, inventory: Any, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    assert inv.export(tmp_path / "no such folder" / "x.xlsx") is None
    assert said and "no such folder" in said[0] and ".partial" not in said[0]


def test_the_summary_prints_on_one_page(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    over = [[f"O{i}", "", "2026", "Kia", "EV9", "BEV", str(50_001 + i * 7), "KR", "2026-05-01"] for i in range(120)]
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", [*ROWS, *over]))
    pdf = inv.save_summary_pdf(tmp_path / "summary.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("\f") <= 1, "one page"
    assert "Inventory check" in text and "stock.csv" in text
    assert "Eligible now" in text and "Where it was assembled: 1" in text
    assert "Eligible if the price drops by at most $1,000.00" in text and "D1" in text
    assert "of which, eligible if the price drops by at most $1,000.00" in text  # inside "not eligible"
    assert "more: the window and the exported table list them all" in text
    assert "evdesk check" not in text and text.count("Where the list does not say") == 1
    assert f"Prepared on {dt.date.today():%B} " in text


def test_the_summary_in_french_adds_up_and_names_no_command(qtbot: Any, window: Any, inventory: Any,
                                                            tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    window.set_language("fr")
    try:
        inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
        pdf = inv.save_summary_pdf(tmp_path / "summary.pdf")
    finally:
        window.set_language("en")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    text = unicodedata.normalize("NFKC", text)  # the PDF's "ﬁ" ligature and no-break spaces, as letters and spaces
    lines = [line.strip() for line in text.splitlines()]
    refused = next(i for i, line in enumerate(lines) if line.startswith("✗ Non admissibles au prix actuel"))
    assert lines[refused + 1].startswith("↓ dont admissibles si le prix baisse d’au plus 1 000,00 $")
    assert "Vérifié selon les règles " in text and "evdesk check" not in text and "Each vehicle" not in text


def test_french(qtbot: Any, window: Any, inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    window.set_language("fr")
    assert inv.tiles[View.ELIGIBLE].text() == "✓ Admissibles maintenant\n2 · 7\u00a0500,00\u00a0$"
    assert inv.model.horizontalHeaderItem(6).text() == "Remise"
    assert inv.model.item(1, 4).text() == "50\u00a0100,00\u00a0$"
    assert inv.model.item(4, 5).text() == "✗ Non admissible"
    assert inv.model.item(4, COLUMNS.index("reason")).text().startswith("Assemblé en Chine\u00a0:")
    assert inv.open_button.text() == "&Ouvrir une liste d’inventaire…"
    assert window.inventory_action.text() == "Vérifier l’in&ventaire…"
    assert inv.file_label.text().startswith("stock.csv · CSV, UTF-8, séparateur virgule · règles ")
    english = _english_sources()
    leftovers = [text for text in _visible_texts(inv) if text.strip() in english]
    assert leftovers == []


def _english_sources() -> set[str]:
    import xml.etree.ElementTree as ET

    from evdesk.paths import resources_path

    root = ET.parse(resources_path("i18n", "evdesk_fr.ts")).getroot()
    return {m.findtext("source") or "" for m in root.iter("message")
            if (m.findtext("translation") or "") != (m.findtext("source") or "")}


def _visible_texts(widget: Any) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts += child.text().split("\n")
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        texts.append(child.accessibleName())
    model = widget.model
    texts += [model.horizontalHeaderItem(i).text() for i in range(model.columnCount())]
    texts += [model.item(row, column).text() for row in range(model.rowCount()) for column in (5, 10)]
    return texts


def test_the_first_rows_arrive_before_the_rest(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    """The table is filled in chunks: the first 100 rows are shown while the rest are still being checked."""
    inventory.open_file(write(tmp_path / "big.csv", many(5000)))
    qtbot.waitUntil(lambda: inventory.model.rowCount() >= 100, timeout=30_000)
    assert inventory.running and inventory.model.rowCount() < 5000
    qtbot.waitUntil(lambda: not inventory.running, timeout=120_000)


def test_closing_the_window_stops_the_check(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inventory.open_file(write(tmp_path / "big.csv", many(20_000)))
    qtbot.waitUntil(lambda: inventory.model.rowCount() >= 100, timeout=30_000)
    worker = inventory._worker
    inventory.close()
    assert worker is not None and worker.isFinished()


def test_a_stopped_check_does_not_wait_for_the_window(qtbot: Any, tmp_path: Path) -> None:
    """stop() sets the worker going and waits for it; a chunk handed over at that moment cleared the flag
    again, and the worker then waited for a window that was itself waiting in stop(): a hang, seen in CI.
    A worker waiting for the window, with its flag cleared after the stop, still ends."""
    from evdesk.ui.inventory.worker import CheckWorker, Job

    class WaitsAfterItsChunk(CheckWorker):
        def run(self) -> None:
            self.waiting.set()
            while not self.isInterruptionRequested():
                time.sleep(0.01)
            self._go.clear()  # a chunk handed over just after stop() set the flag
            self._wait_for_window()

    worker = WaitsAfterItsChunk(1, Job(path=write(tmp_path / "stock.csv", ROWS), policy=None, assumptions={}))  # type: ignore[arg-type]
    worker.waiting = threading.Event()
    worker.start()
    assert worker.waiting.wait(5)
    stopped = threading.Event()
    threading.Thread(target=lambda: (worker.stop(), stopped.set()), daemon=True).start()
    assert stopped.wait(5), "stop() waited for ever"
    assert worker.isFinished()


def test_an_index_outside_the_table_opens_nothing(inventory: Any) -> None:
    inventory._open_index(QModelIndex())


# --- found by a hands-on audit of the window -----------------------------------------------------

def test_no_cap_sorts_as_the_highest_eligible_price(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    column = COLUMNS.index("max_price")
    inv.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert shown_stock(inv)[0] == "K1", "Canadian-made: no cap is above every price"
    inv.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert shown_stock(inv)[-1] == "K1"


def test_the_smallest_drop_needed_sorts_right_after_the_rows_eligible_now(qtbot: Any, inventory: Any,
                                                                         tmp_path: Path) -> None:
    """Smallest first put every row with no drop (eligible, or refused for something else) before the $100 one."""
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.table.sortByColumn(COLUMNS.index("price_drop"), Qt.SortOrder.AscendingOrder)
    order = shown_stock(inv)
    assert set(order[:2]) == {"E1", "K1"}  # eligible now: no drop needed
    assert order[2:5] == ["D1", "D2", "D3"]
    assert set(order[5:]) == {"C1", "U1", "P1"}  # no drop makes them eligible: last


def test_tab_leaves_the_table(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.activateWindow()
    inv.table.setFocus()
    qtbot.waitUntil(lambda: inv.table.hasFocus(), timeout=5_000)
    qtbot.keyClick(inv.table, Qt.Key.Key_Tab)
    assert not inv.table.hasFocus(), "Tab moved from cell to cell and never left"


def test_a_price_drop_that_cannot_be_read_is_said_at_the_field(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.drop_edit.setText("1,5")  # on the way to 1,500.00: no mistake yet
    assert inv.drop_edit.property("invalid") is not True and "Price drop" not in inv.statusBar().currentMessage()
    inv.drop_edit.selectAll()
    qtbot.keyClicks(inv.drop_edit, "abc")  # typed over the selection: never empty (no limit) on the way
    assert inv.drop_edit.property("invalid") is not True, "said when the user leaves the field, not as they type"
    qtbot.keyClick(inv.drop_edit, Qt.Key.Key_Return)
    assert inv.drop_edit.property("invalid") is True and inv.drop_edit.toolTip()
    assert inv.statusBar().currentMessage().startswith("Price drop of at most: ")
    assert inv.proxy.max_drop == Decimal("1000.00"), "the filter keeps its last amount"
    inv.drop_edit.setText("500")
    assert inv.drop_edit.property("invalid") is False and inv.drop_edit.toolTip() == ""
    assert inv.proxy.max_drop == Decimal("500") and "Price drop" not in inv.statusBar().currentMessage()


def test_the_last_mapping_choice_wins_and_the_other_column_shows_not_used(qtbot: Any, inventory: Any,
                                                                         tmp_path: Path) -> None:
    header = ["Stock #", "Price", "MSRP", "Powertrain", "Assembly", "Sale date"]
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", [["A1", "45000", "52000", "BEV", "US",
                                                                    "2026-05-01"]], header))
    price, msrp = (inv.mapping.findChild(type(inv.mapping._combos[0]), f"mappingField{i}") for i in (1, 2))
    msrp.setCurrentIndex(msrp.findData("price"))
    assert price.currentData() == "" and msrp.currentData() == "price", "moved, visibly"
    price.setCurrentIndex(price.findData("price"))
    assert price.currentData() == "price" and msrp.currentData() == ""
    qtbot.mouseClick(inv.mapping.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not inv.running and inv.tally.rows == 1, timeout=30_000)
    assert inv.model.answer(0).request.vehicle_price == Decimal("45000")


def test_a_file_that_fails_clears_the_last_files_columns(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    """'Check again' applied the last file's column positions to the new one: its price was read as the model."""
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"%PDF-1.4\n")
    checked(qtbot, inv, bad)
    assert inv.banner.isVisible() and inv.mapping.column_map() is None and not inv.mapping.recheck_button.isEnabled()
    inv.check_again()
    assert not inv.running and inv.model.rowCount() == 0


def test_a_header_that_names_no_field_can_be_mapped_in_the_window(qtbot: Any, inventory: Any,
                                                                  tmp_path: Path) -> None:
    path = write(tmp_path / "stock.csv", [["A1", "45000", "BEV", "US", "2026-05-01"]],
                 ["Col A", "Col B", "Col C", "Col D", "Col E"])
    inv = checked(qtbot, inventory, path)
    assert inv.banner.isVisible() and "Under Columns, choose what each one holds" in inv.banner.text()
    assert "--map" not in inv.banner.text() and inv.mapping.toggle.isChecked()
    combos = {i: inv.mapping.findChild(type(inv.mapping._combos[0]), f"mappingField{i}") for i in range(5)}
    for index, field in ((1, "price"), (2, "powertrain"), (3, "assembly"), (4, "sale_date")):
        combos[index].setCurrentIndex(combos[index].findData(field))
    qtbot.mouseClick(inv.mapping.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not inv.running and inv.tally.rows == 1, timeout=30_000)
    assert not inv.banner.isVisible() and inv.tally.eligible == 1


def _headerless(tmp_path: Path) -> Path:
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows([["A1", "45000", "BEV", "US", "2026-05-01"],
                                                       ["A2", "51000", "BEV", "US", "2026-05-01"],
                                                       ["A3", "call us", "BEV", "US", "2026-05-01"]])
    return _written(tmp_path / "stock.csv", text.getvalue())


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _shown(widgets: list[Any], name: str) -> Any:
    """The panel's widget of that name now (those it replaced are only deleted later, and findChild sees them)."""
    return next(w for w in widgets if w.objectName() == name)


def test_a_list_without_a_header_keeps_its_first_vehicle(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, _headerless(tmp_path))
    mapping = inv.mapping
    assert mapping.no_header.isVisible() and not mapping.no_header.isChecked()
    assert "If the first row is a vehicle" in inv.banner.text()
    label = _shown(mapping._labels, "mappingColumn1")
    assert label.text() == "“45000” (e.g. 51000)"  # the first row read as names, the second as an example
    combos = {i: _shown(mapping._combos, f"mappingField{i}") for i in range(5)}
    combos[1].setCurrentIndex(combos[1].findData("price"))  # chosen before saying there is no header: kept
    mapping.recheck.emit()  # checked with the first row as the header: the first vehicle is missing
    qtbot.waitUntil(lambda: not inv.running and inv.tally.rows == 2, timeout=30_000)
    assert mapping.no_header.isVisible() and not mapping.no_header.isChecked()  # still on offer
    combos = {i: _shown(mapping._combos, f"mappingField{i}") for i in range(5)}
    assert combos[1].currentData() == "price"
    qtbot.mouseClick(mapping.no_header, Qt.MouseButton.LeftButton, pos=QPoint(8, mapping.no_header.height() // 2))
    assert mapping.no_header.isChecked()
    combos = {i: _shown(mapping._combos, f"mappingField{i}") for i in range(5)}
    assert _shown(mapping._labels, "mappingColumn1").text() == "“B” (e.g. 45000)"  # named by its letter
    assert combos[1].currentData() == "price" and mapping.recheck_button.isEnabled()
    for index, field in ((2, "powertrain"), (3, "assembly"), (4, "sale_date"), (0, "stock")):
        combos[index].setCurrentIndex(combos[index].findData(field))
    qtbot.mouseClick(mapping.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not inv.running and inv.tally.rows == 3, timeout=30_000)
    answers = inv.shown_answers()
    assert [(a.row, a.stock, a.eligible) for a in answers] == [(1, "A1", True), (2, "A2", False), (3, "A3", None)]
    assert [p.column for p in answers[2].problems] == ["B"]  # the column named as the spreadsheet names it
    assert mapping.no_header.isVisible() and mapping.no_header.isChecked()  # still on offer, as chosen
    mapping.no_header.setChecked(False)  # the header after all: the first row's names again, the choices kept
    assert _shown(mapping._labels, "mappingColumn1").text() == "“45000” (e.g. 51000)"
    assert mapping.column_map().header_row == 1 and not mapping.column_map().headerless
    assert mapping.column_map().column_of("price").index == 1


def test_a_list_without_a_header_offers_the_columns_past_its_first_vehicles_last_cell(
        qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    path = _written(tmp_path / "stock.csv", "N1,BEV,US\r\nN2,BEV,US,,,45000\r\n")  # N1 not priced yet
    inv = checked(qtbot, inventory, path)
    inv.mapping.no_header.setChecked(True)
    assert [label.text() for label in inv.mapping._labels][-1] == "“F”"
    price = _shown(inv.mapping._combos, "mappingField5")
    price.setCurrentIndex(price.findData("price"))
    for index, field in ((1, "powertrain"), (2, "assembly")):
        combo = _shown(inv.mapping._combos, f"mappingField{index}")
        combo.setCurrentIndex(combo.findData(field))
    inv.mapping.recheck.emit()
    qtbot.waitUntil(lambda: not inv.running and inv.tally.rows == 2, timeout=30_000)
    assert [(a.row, a.eligible, a.problems) for a in inv.shown_answers()] == [(1, None, ()), (2, True, ())]


def test_a_list_with_a_header_is_not_offered_the_first_row_as_a_vehicle(qtbot: Any, inventory: Any,
                                                                         tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, _headerless(tmp_path))
    assert inv.mapping.no_header.isVisible()
    inv = checked(qtbot, inv, write(tmp_path / "other.csv", ROWS))  # another file, whose header is read
    assert not inv.mapping.no_header.isVisible()
    inv.mapping.toggle.setChecked(True)
    assert not inv.mapping.no_header.isVisible()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_unfolded_mapping_fits_a_1366_screen(qtbot: Any, inventory: Any, tmp_path: Path, language: str) -> None:
    """Four columns side by side made the window 1,479 pixels wide at least (2,108 in French), so 'Check again'
    and Export were off a laptop's screen; the map now lays out as many as the width holds."""
    from bench.stock_lists import write_csv_stock
    from evdesk.ui.i18n import use_language

    use_language(language)
    try:
        inv = checked(qtbot, inventory, write_csv_stock(tmp_path / "stock.csv", 20))
        inv.mapping.toggle.setChecked(True)
        inv.resize(1366 - 16, 697 - 40)
        qtbot.waitUntil(lambda: inv.width() <= 1366 - 16, timeout=5_000)
        assert inv.minimumSizeHint().width() <= 1366 - 16
        assert inv.mapping.recheck_button.geometry().right() <= inv.mapping.width()
        combos = inv.mapping._combos
        assert all(c.mapTo(inv, c.rect().topRight()).x() <= inv.width() for c in combos)
    finally:
        use_language("en")


def test_a_summary_after_cancel_says_its_figures_are_partial(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    from evdesk.ui.inventory.summary import summary_html

    inventory.open_file(write(tmp_path / "big.csv", many(20_000)))
    qtbot.waitUntil(lambda: inventory.model.rowCount() >= 100, timeout=30_000)
    inventory.cancel()
    qtbot.waitUntil(lambda: not inventory.running, timeout=30_000)
    html = summary_html(inventory.summary_facts(), inventory.formatter, listed=0)
    assert f"Cancelled after {inventory.tally.rows:,} rows: these figures are for that part of the list only." \
        in html


def test_the_whole_vin_is_in_its_cells_tooltip(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    rows = [["V1", "3GNKDBRJ0TS100234", "2026", "Chevrolet", "Equinox EV", "BEV", "45000", "", "2026-05-01"]]
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", rows))
    index = inv.proxy.index(0, COLUMNS.index("vin"))
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "3GNKDBRJ0TS100234"


def _vin_list(tmp_path: Path) -> Path:
    """150 rows without a VIN, then one with a VIN of wide letters: it comes in a later chunk than the first
    rows, which the columns are fitted to."""
    blank = ["B", "", "2026", "Tesla", "Model 3", "BEV", "45000", "US", "2026-05-01"]
    return write(tmp_path / "stock.csv", [blank] * 150 + [["W1", "WMWXU9C04N2R34567", *blank[2:]]])


def test_a_later_longer_vin_widens_its_column(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    """The VIN column was as wide as the first rows' VINs (here its title): a later VIN was cut."""
    inv = checked(qtbot, inventory, _vin_list(tmp_path))
    vin = COLUMNS.index("vin")
    last = inv.proxy.index(inv.proxy.rowCount() - 1, vin)
    assert last.data() == "WMWXU9C04N2R34567"
    grid = 1 if inv.table.showGrid() else 0  # drawn inside the cell
    assert inv.table.columnWidth(vin) >= inv.table.sizeHintForIndex(last).width() + grid  # whole, not "WMWX…"


def test_a_later_longer_vin_widens_its_column_after_a_list_without_vins(qtbot: Any, inventory: Any,
                                                                        tmp_path: Path) -> None:
    """Showing the VIN column again (the last list had none) is the window's doing, not the user's sizing."""
    without = write(tmp_path / "no-vins.csv", [[row[0], *row[2:]] for row in ROWS], [HEADER[0], *HEADER[2:]])
    checked(qtbot, inventory, without)
    assert inventory.table.isColumnHidden(COLUMNS.index("vin"))
    test_a_later_longer_vin_widens_its_column(qtbot, inventory, tmp_path)


def test_a_vin_column_the_user_sized_keeps_its_width(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    vin = COLUMNS.index("vin")
    resized: list[int] = []

    def drag(_parent: Any, first: int, _last: int) -> None:
        if first > 0 and not resized:  # a later chunk, after the fit: the user drags the column's edge
            inventory.table.horizontalHeader().resizeSection(vin, 40)
            resized.append(first)

    inventory.model.rowsInserted.connect(drag)
    try:
        checked(qtbot, inventory, _vin_list(tmp_path))
    finally:
        inventory.model.rowsInserted.disconnect(drag)
    assert resized and inventory.table.columnWidth(vin) == 40


@pytest.mark.parametrize(("language", "checked_text", "shown_text"), [
    ("en", "1 row checked", "1 of 1 rows shown"),
    ("fr", "1 ligne vérifiée", "1 ligne affichée sur 1"),
])
def test_one_row_is_singular(qtbot: Any, window: Any, inventory: Any, tmp_path: Path, language: str,
                             checked_text: str, shown_text: str) -> None:
    """"1 rows checked", "1 lignes vérifiées": a count of one takes the singular (in French, zero too)."""
    window.set_language(language)
    try:
        inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS[:1]))
        assert inv.progress_label.text() == checked_text and inv.shown_label.text() == shown_text
    finally:
        window.set_language("en")


@pytest.mark.parametrize(("language", "count", "one"), [("en", 0, False), ("en", 1, True), ("en", 2, False),
                                                        ("fr", 0, True), ("fr", 1, True), ("fr", 2, False)])
def test_the_singular_follows_each_languages_rule(language: str, count: int, one: bool) -> None:
    from evdesk.present.format import Formatter

    assert Formatter(language).one(count) is one


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_a_deal_typed_at_the_counter_is_replaced_only_if_the_user_says_so(
        qtbot: Any, window: Any, inventory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> Any:
        asked.append(title)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS[:1]))
    _double_click(qtbot, inv, 0)  # nothing typed at the counter: no question
    assert asked == [] and window.form.money["vehicle_price"].text() == "45,000.00"
    window.form.fill(vehicle_price="61234.56", powertrain="PHEV")  # typed, not saved
    _double_click(qtbot, inv, 0)
    assert asked == ["Replace the deal at the counter?"]
    replaced = window.form.money["vehicle_price"].text() == "45,000.00"
    assert replaced is (answer == "Yes"), "nothing typed is lost unless the user says so"


def test_passing_over_fields_in_a_mapping_combo_unmaps_nothing(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    """Arrowing (or scrolling a focused combo) through the fields took each from its column for good: ten
    wheel notches over "Colour" unmapped nine columns. What a passing value took is given back."""
    from bench.stock_lists import write_csv_stock

    inv = checked(qtbot, inventory, write_csv_stock(tmp_path / "stock.csv", 5))
    inv.mapping.toggle.setChecked(True)
    before = [c.currentData() for c in inv.mapping._combos]
    colour = next(c for c in inv.mapping._combos if c.currentData() == "")
    colour.setFocus()
    for _ in range(8):
        qtbot.keyClick(colour, Qt.Key.Key_Down)
    for _ in range(8):
        qtbot.keyClick(colour, Qt.Key.Key_Up)
    assert [c.currentData() for c in inv.mapping._combos] == before


def test_the_wheel_over_a_mapping_combo_without_focus_changes_nothing(qtbot: Any, inventory: Any,
                                                                      tmp_path: Path) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.mapping.toggle.setChecked(True)
    combo = inv.mapping._combos[0]
    before = combo.currentData()
    event = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, event)
    assert combo.currentData() == before


def test_a_long_map_scrolls_instead_of_taking_the_tables_room(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    header = [f"Extra {n}" for n in range(40)] + HEADER
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", [[""] * 40 + ROWS[0]], header))
    inv.mapping.toggle.setChecked(True)
    inv.resize(900, 657)
    qtbot.waitUntil(lambda: inv.mapping._pairs >= 1, timeout=5_000)
    line = inv.mapping._combos[0].sizeHint().height()
    assert inv.mapping.details.maximumHeight() <= 6 * (line + 8)
    assert inv.minimumSizeHint().height() <= 657


def test_tab_goes_from_picker_to_picker_with_no_stop_on_the_area_holding_them(qtbot: Any, inventory: Any,
                                                                            tmp_path: Path) -> None:
    """After the last picker, Tab landed on the scroll area behind them, which draws no focus ring."""
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.mapping.toggle.setChecked(True)
    qtbot.waitUntil(lambda: inv.mapping._pairs >= 1, timeout=5_000)
    widget, stops = inv.mapping._combos[0], []
    for _ in range(len(inv.mapping._combos) + 3):
        stops.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(inv):
            widget = widget.nextInFocusChain()
    assert inv.mapping.details not in stops
    assert stops[:len(inv.mapping._combos)] == inv.mapping._combos


def test_a_row_opened_in_consumer_mode_does_not_change_how_the_counter_starts(qtbot: Any, window: Any,
                                                                             inventory: Any, tmp_path: Path) -> None:
    window.set_mode("consumer")
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS[:1]))
    _double_click(qtbot, inv, 0)
    assert window.mode == "dealer" and window.settings.mode == "consumer"


def test_enter_opens_the_selected_row_only_from_the_table(qtbot: Any, window: Any, inventory: Any,
                                                          tmp_path: Path) -> None:
    """Enter was a shortcut of the whole window: pressing it in the price-drop or search field opened the
    selected row at the counter, over what was typed there."""
    opened: list[object] = []
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.open_requested.connect(lambda request, stock: opened.append(stock))
    inv.table.selectRow(0)
    inv.activateWindow()
    inv.search.setFocus()
    qtbot.waitUntil(lambda: inv.search.hasFocus(), timeout=5_000)
    qtbot.keyClick(inv.search, Qt.Key.Key_Return)
    assert opened == []
    inv.table.setFocus()
    qtbot.waitUntil(lambda: inv.table.hasFocus(), timeout=5_000)
    qtbot.keyClick(inv.table, Qt.Key.Key_Return)
    assert opened == ["E1"]


def test_an_ambiguous_price_is_explained_in_french_figures(qtbot: Any, window: Any, inventory: Any,
                                                           tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", [[*ROWS[0][:6], "65.000", *ROWS[0][7:]]]))
    window.set_language("fr")
    try:
        text = inv.proxy.index(0, COLUMNS.index("reason")).data()
    finally:
        window.set_language("en")
    assert f"Ambigu{NBSP}: un point" in text and "Tapez 65000 ou 65,00." in text, text
    assert text.startswith(f"Price{NBSP}: '65.000'{NBSP}: "), text  # the column, the value, French colons


def test_a_file_that_fails_is_named_without_an_empty_kind(qtbot: Any, inventory: Any, tmp_path: Path) -> None:
    bad = tmp_path / "notalist.csv"
    bad.write_bytes(b"%PDF-1.4\n")
    inv = checked(qtbot, inventory, bad)
    assert inv.file_label.text().startswith("notalist.csv · policy ")


def test_the_column_map_follows_a_live_language_switch(qtbot: Any, window: Any, inventory: Any,
                                                       tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS[:1]))
    label = inv.mapping._labels[0]
    assert label.text() == "“Stock #” (e.g. E1)"
    window.set_language("fr")
    try:
        assert label.text() == f"«{NBSP}Stock #{NBSP}» (p.{NBSP}ex. E1)", "it stayed English"
        assert inv.mapping._combos[0].accessibleName() == f"Lire la colonne «{NBSP}Stock #{NBSP}» comme"
    finally:
        window.set_language("en")


def test_a_live_language_switch_rewords_the_selected_row_and_refits_the_columns(qtbot: Any, window: Any,
                                                                                inventory: Any, tmp_path: Path) -> None:
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.table.setCurrentIndex(inv.proxy.index(1, 0))  # D1, $100 over the cap
    assert inv.detail.text().startswith("Row 3 · D1")
    reason = COLUMNS.index("reason")
    inv.table.setColumnWidth(reason, 333)  # sized by the user: theirs to keep
    window.set_language("fr")
    try:
        assert inv.detail.text().startswith("Ligne 3 · D1"), "the selected row stayed in English"
        assert "comptoir" in inv.detail.text()
        header = inv.table.horizontalHeader()
        for column in ("max_price", "price_drop", "stock", "quota"):  # "Admissible jusqu’à" is not cut
            index = COLUMNS.index(column)
            assert inv.table.columnWidth(index) >= header.sectionSizeHint(index), column
        assert inv.table.columnWidth(reason) == 333
    finally:
        window.set_language("en")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_field_the_map_offers_has_a_name_in_words(window: Any, language: str) -> None:
    from evdesk.batch.fields import ACTIVE_FIELDS
    from evdesk.ui.inventory.texts import field_labels

    window.set_language(language)
    try:
        labels = field_labels()
        assert [f.name for f in ACTIVE_FIELDS if f.name not in labels] == []  # never "msrp_options" as such
        assert all("_" not in labels[f.name] for f in ACTIVE_FIELDS)
    finally:
        window.set_language("en")


@pytest.mark.parametrize(("screen", "width"), [(1024, 1280), (1366, 1280), (1440, 1280), (1600, 1400),
                                               (1920, 1680), (2560, 1680)])
def test_the_window_is_wider_on_a_wide_screen_within_bounds(screen: int, width: int) -> None:
    """Fitted to the screen afterwards (fitted_geometry): a 1366-pixel laptop still gets all of the window."""
    from evdesk.ui.inventory.window import inventory_size

    size = inventory_size(screen)
    assert (size.width(), size.height()) == (width, 760)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_tiles_go_onto_two_lines_rather_than_hold_the_window_wider_than_a_small_screen(
        qtbot: Any, window: Any, inventory: Any, tmp_path: Path, language: str) -> None:
    """In one row the tiles' French captions made the window at least 1,020 pixels wide: on a small screen, or
    at 150 % scaling, it ran off the screen with the last tiles cut. Narrow, they take two lines, every tile
    whole; wide, one."""
    window.set_language(language)
    try:
        inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
        row = inv.tile_row
        assert inv.minimumSizeHint().width() <= 720
        inv.resize(720, 760)
        qtbot.waitUntil(lambda: inv.width() == 720 and row.lines == 2
                        and row.height() == row.heightForWidth(row.width()))
        for tile in inv.tiles.values():
            text_width = max(tile.fontMetrics().horizontalAdvance(line) for line in tile.text().splitlines())
            assert tile.width() > text_width, tile.text()  # the whole caption, never cut
            assert tile.height() >= tile.sizeHint().height()
            assert inv.tile_row.rect().contains(tile.geometry()), tile.text()
        lines = {tile.y() for tile in inv.tiles.values()}
        assert len(lines) == 2
        inv.resize(1366, 760)
        qtbot.waitUntil(lambda: row.lines == 1 and row.height() == row.heightForWidth(row.width()))
        assert len({tile.y() for tile in inv.tiles.values()}) == 1
        assert row.height() < inv.tiles[View.ALL].height() * 2
    finally:
        window.set_language("en")


def test_the_table_keeps_its_height_as_the_selection_moves_from_row_to_row(qtbot: Any, inventory: Any,
                                                                           tmp_path: Path) -> None:
    """The row's detail under the table is one, two or three lines (the row; its reason; what it would get at its
    highest price): the table grew and shrank a line under the dealer's eyes as they went down it."""
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    heights, lines = set(), set()
    for row in range(inv.proxy.rowCount()):
        inv.table.setCurrentIndex(inv.proxy.index(row, 0))
        qtbot.wait(10)
        heights.add(inv.table.height())
        lines.add(inv.detail.text().count("\n") + 1)
    assert {1, 3} <= lines, lines  # the rows differ, and the table does not
    assert len(heights) == 1, heights


def test_the_tiles_take_a_second_line_as_soon_as_the_language_makes_them_longer(qtbot: Any, window: Any,
                                                                                inventory: Any, tmp_path: Path) -> None:
    """A tile's new text asks the row to lay them out again: switched to French at 1,000 px, the captions were
    cut until the window was resized."""
    inv = checked(qtbot, inventory, write(tmp_path / "stock.csv", ROWS))
    inv.resize(1000, 760)
    row = inv.tile_row
    qtbot.waitUntil(lambda: inv.width() == 1000 and row.lines == 1)
    window.set_language("fr")
    try:
        qtbot.waitUntil(lambda: row.lines == 2 and row.height() == row.heightForWidth(row.width()))
        for tile in inv.tiles.values():
            needed = max(tile.fontMetrics().horizontalAdvance(line) for line in tile.text().splitlines())
            assert tile.width() > needed, tile.text()
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: row.lines == 1)
