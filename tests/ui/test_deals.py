"""The records in the window, driven offscreen: File → Save deal, the Deals view (lazy rows, search as you
type, filters, sorting in the database), opening a deal back into the form with its saved answer, what
today's policy would change, the claim moves, the badge, and a database that cannot be reached."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from evdesk.policy import Policy, load_policy
from evdesk.present.format import Formatter
from evdesk.present.report import to_json
from evdesk.records.claims import Move
from evdesk.records.deals import get_deal, list_deals, move_claim, save_deal
from evdesk.rules import evaluate
from evdesk.rules.request import SaleRequest
from evdesk.ui.deals.table_model import COLUMNS, PAGE

TODAY = dt.date(2026, 5, 20)
US_BEV = {"powertrain": "BEV", "origin": "US", "assembly": "US", "vehicle_price": "45000"}


@pytest.fixture
def deals(window: Any) -> Any:
    """The window's records controller, started (as it is just after the window appears), on this test's
    own database, with a fixed day."""
    controller = window.deals
    controller.today = lambda: TODAY
    controller.start()
    return controller


def records_of(deals: Any) -> Any:
    return deals.session.records()


def add_deal(deals: Any, policy: Policy, customer: str | None = None, **fields: Any) -> int:
    """A deal saved by another counter (straight into the shared records)."""
    values = {"powertrain": "BEV", "origin": "US", "assembly": "US", "vehicle_price": "45000",
              "sale_date": dt.date(2026, 5, 1), "prior_incentives": 0, "fta_origin_met": "yes",
              "quota_position": "within", **fields}
    request = SaleRequest(**values)
    row = save_deal(records_of(deals), request, to_json(evaluate(request, policy), Formatter("en")), policy,
                    customer=customer, salesperson="Bo")
    return row.number


def save_from_window(deals: Any, customer: str = "", stock: str = "") -> Any:
    dialog = deals.ask_to_save()
    assert dialog is not None and dialog.isVisible()
    dialog.customer.setText(customer)
    dialog.stock.setText(stock)
    dialog.ok_button.click()
    return dialog


# --- File → Save deal ----------------------------------------------------------------------------

def test_ctrl_s_saves_the_check_with_its_answer_and_opens_the_deal(window: Any, deals: Any) -> None:
    window.settings.salesperson = "Ann Seller"
    window.form.fill(vin="3GNKDBRJ7TS100234", vehicle_price="45000", origin="US", powertrain="BEV")
    assert deals.save_action.isEnabled() and deals.save_action.shortcut().toString() == "Ctrl+S"
    assert deals.save_action in window.file_menu.actions()
    request = window.evaluation.request
    dialog = save_from_window(deals, "Ann Smith", "S-12")
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    deal = get_deal(records_of(deals), 1)
    assert deal.sale_request() == request  # the request as entered
    assert deal.answer == to_json(window.evaluation, Formatter("en"))  # the whole answer
    assert (deal.customer, deal.stock, deal.salesperson) == ("Ann Smith", "S-12", "Ann Seller")
    assert "Saved as deal 1." in window.statusBar().currentMessage()
    assert deals.panel.isVisibleTo(window) and "Deal 1" in deals.panel.title.text()
    assert not deals.save_action.isEnabled()  # it is saved: the same deal is not saved twice
    header = deals.statement_header()
    assert header.deal is not None and (header.deal.number, header.deal.customer) == (1, "Ann Smith")


def test_save_is_off_while_the_form_cannot_be_used(window: Any, deals: Any) -> None:
    window.form.fill(**US_BEV)
    assert deals.save_action.isEnabled()
    window.form.set_field("vehicle_price", "-5")
    assert not deals.save_action.isEnabled() and deals.ask_to_save() is None


def test_a_second_active_claim_on_a_vin_keeps_the_dialog_open_naming_the_deal(window: Any, deals: Any,
                                                                               policy: Policy) -> None:
    holder = add_deal(deals, policy, vin="3GNKDBRJ7TS100234")
    window.form.fill(vin="3GNKDBRJ7TS100234", **US_BEV)
    dialog = save_from_window(deals, "Someone")
    assert dialog.isVisible()  # still open, with what was typed
    assert dialog.customer.text() == "Someone"
    assert f"deal {holder}" in dialog.problem.text() and "active claim" in dialog.problem.text()
    assert len(list_deals(records_of(deals))) == 1


def test_the_recipient_limit_asks_before_saving(window: Any, deals: Any, policy: Policy,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    add_deal(deals, policy, customer="Ann Smith")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Cancel)
    window.form.fill(**US_BEV)
    dialog = save_from_window(deals, "ann smith")
    assert asked and "already has 1 incentive(s) in these records (deals 1)" in asked[0]
    assert dialog.isVisible() and len(list_deals(records_of(deals))) == 1  # cancelled: not saved
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    dialog.ok_button.click()
    assert len(list_deals(records_of(deals))) == 2


def test_a_database_that_cannot_be_reached_keeps_the_form_and_the_dialog(window: Any, deals: Any) -> None:
    window.settings.database_url = "postgresql://evdesk@127.0.0.1:1/evdesk"  # nothing listens on port 1
    deals.session.reopen()
    window.form.fill(vin="3GNKDBRJ7TS100234", **US_BEV)
    typed = window.form.read().request
    dialog = save_from_window(deals, "Ann Smith")
    assert dialog.isVisible()
    assert "cannot be reached" in dialog.problem.text() and "Nothing was saved" in dialog.problem.text()
    assert dialog.ok_button.text() == "Try again"
    assert window.form.read().request == typed  # the form as typed
    assert "not reachable" in deals.badge.text()
    dialog.ok_button.click()  # still gone: still open, still saying so
    assert dialog.isVisible() and "cannot be reached" in dialog.problem.text()


# --- the Deals view --------------------------------------------------------------------------------

def test_the_deals_view_fetches_rows_a_page_at_a_time(window: Any, deals: Any, policy: Policy) -> None:
    for index in range(PAGE * 2 + 50):
        add_deal(deals, policy, customer=f"Customer {index}")
    view = deals.show_deals()
    model = view.model
    assert model.total == PAGE * 2 + 50 and model.rowCount() == PAGE  # the first page only
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == PAGE * 2
    view.table.scrollToBottom()
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == PAGE * 2 + 50 and not model.canFetchMore(model.index(-1, -1))
    assert "450" in view.count.text()


def test_search_as_you_type_filters_sorting_and_status(qtbot: Any, window: Any, deals: Any, policy: Policy) -> None:
    ann = add_deal(deals, policy, customer="Ann Smith", vin="3GNKDBRJ7TS100234")
    bob = add_deal(deals, policy, customer="Bob Jones", sale_date=dt.date(2026, 5, 10), vehicle_price="60000")
    cy = add_deal(deals, policy, customer="Cy Ann", sale_date=dt.date(2026, 5, 15))
    move_claim(records_of(deals), bob, Move("submitted", dt.date(2026, 5, 11)))
    view = deals.show_deals()
    model = view.model

    def numbers() -> list[int]:
        return [model.row(index).number for index in range(model.rowCount())]

    assert numbers() == [cy, bob, ann]
    qtbot.keyClicks(view.search, "ann")
    qtbot.waitUntil(lambda: numbers() == [cy, ann], timeout=2000)  # as typed, once typing pauses
    view.search.clear()
    qtbot.waitUntil(lambda: len(numbers()) == 3, timeout=2000)
    view.table.sortByColumn(COLUMNS.index("customer"), Qt.SortOrder.AscendingOrder)
    assert numbers() == [ann, bob, cy]
    view.table.sortByColumn(COLUMNS.index("amount"), Qt.SortOrder.AscendingOrder)
    assert numbers()[0] == bob  # over the cap: $0
    view.status.setCurrentIndex(view.status.findData("submitted"))
    assert numbers() == [bob]
    view.status.setCurrentIndex(view.status.findData(""))
    view.dated.setChecked(True)
    view.sold_from.setDate(dt.date(2026, 5, 10))
    view.sold_to.setDate(dt.date(2026, 5, 12))
    assert numbers() == [bob]
    assert model.data(model.index(0, COLUMNS.index("status"))) == "Submitted"
    assert model.data(model.index(0, COLUMNS.index("amount"))) == "not eligible"


def test_what_needs_action_shows_in_the_table_and_the_badge(window: Any, deals: Any, policy: Policy) -> None:
    late = add_deal(deals, policy, customer="Late", sale_date=dt.date(2026, 5, 1))  # 19 days, not submitted
    recent = add_deal(deals, policy, customer="Recent", sale_date=dt.date(2026, 5, 18))
    unconfirmed = add_deal(deals, policy, customer="Unconfirmed", sale_date=dt.date(2026, 5, 1))
    move_claim(records_of(deals), unconfirmed, Move("submitted", dt.date(2026, 5, 2)))
    deals.update_badge()
    assert deals.badge.text() == "⚑ 2 claims need action"
    view = deals.show_deals()
    column = COLUMNS.index("due")
    shown = {view.model.row(i).number: view.model.data(view.model.index(i, column))
             for i in range(view.model.rowCount())}
    assert shown == {late: "Not submitted (19 days)", recent: "", unconfirmed: "No confirmation number (18 days)"}
    tip = view.model.data(view.model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    assert "check that the portal received it" in tip
    deals.badge.click()
    assert view.status.currentData() == "due"
    assert sorted(view.model.row(i).number for i in range(view.model.rowCount())) == [late, unconfirmed]


def test_a_claim_is_moved_from_the_view_and_logged(window: Any, deals: Any, policy: Policy) -> None:
    number = add_deal(deals, policy, customer="Ann", sale_date=dt.date(2026, 5, 1))
    deals.update_badge()
    assert deals.claims_needing_action() == 1
    view = deals.show_deals()
    assert view.select(number)
    assert not view.move_actions["paid"].isEnabled()  # paid before submitted: not offered
    view.move_actions["submitted"].trigger()
    dialog = deals.claim_dialog
    dialog.date.setDate(dt.date(2026, 5, 3))
    dialog.confirmation.setText("TC-9911")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    deal = get_deal(records_of(deals), number)
    assert (deal.status, deal.submitted_on, deal.confirmation) == ("submitted", dt.date(2026, 5, 3), "TC-9911")
    assert view.model.data(view.model.index(0, COLUMNS.index("status"))) == "Submitted"
    assert deals.claims_needing_action() == 0 and deals.badge.text() == "No claim needs action"
    view.select(number)
    assert view.move_actions["paid"].isEnabled()
    view.move_actions["paid"].trigger()
    deals.claim_dialog.date.setDate(dt.date(2026, 5, 2))  # before the submission
    deals.claim_dialog.amount.setText("5000")
    deals.claim_dialog.ok_button.click()
    assert deals.claim_dialog.isVisible() and "before the submission date" in deals.claim_dialog.problem.text()
    assert get_deal(records_of(deals), number).status == "submitted"


def test_a_view_whose_database_went_away_keeps_its_rows_and_says_so(window: Any, deals: Any, policy: Policy) -> None:
    for name in ("Ann", "Bob"):
        add_deal(deals, policy, customer=name)
    view = deals.show_deals()
    assert view.model.rowCount() == 2
    window.settings.database_url = "postgresql://evdesk@127.0.0.1:1/evdesk"
    deals.session.close()
    view.search.setText("a")
    view.apply_filters()
    assert view.problem.isVisibleTo(view) and "cannot be reached" in view.problem.text()
    assert view.retry_button.isVisibleTo(view)
    assert view.model.rowCount() == 2 and view.search.text() == "a"  # the rows shown, and what was typed, stay


# --- opening a deal --------------------------------------------------------------------------------

def test_opening_a_deal_puts_its_request_in_the_form_and_shows_its_saved_answer(window: Any, deals: Any,
                                                                               policy: Policy) -> None:
    number = add_deal(deals, policy, customer="Ann Smith", vin="3GNKDBRJ7TS100234", lease_months=39,
                      make="Chevrolet", model="Equinox EV", model_year=2026, trim="LT", freight_pdi="2100")
    saved = get_deal(records_of(deals), number)
    view = deals.show_deals()
    view.select(number)
    view.open_button.click()
    from evdesk.ui.deals.opened import same_sale

    assert same_sale(window.form.read().request, saved.sale_request())
    assert window.result.rebate_card.headline.text() == "$4,062.50"
    assert to_json(window.evaluation, Formatter("en")) == {**saved.answer, "engine_version":
                                                           window.evaluation.engine_version}
    panel = deals.panel
    assert "The answer shown is the one given on" in panel.state.text()
    assert "gives the same answer" in panel.state.text() and not panel.changes.isVisibleTo(window)
    window.form.set_field("vehicle_price", "46000")
    assert "The form has changed since deal 1 was opened" in panel.state.text()
    assert window.result.rebate_card.headline.text() == "$4,062.50" and window.evaluation.request.vehicle_price == 46000
    assert deals.opened.changed and deals.save_action.isEnabled() and panel.restore_button.isVisibleTo(window)
    panel.restore_button.click()
    assert not deals.opened.changed and "The answer shown is the one given on" in panel.state.text()
    assert same_sale(window.form.read().request, saved.sale_request())


def test_todays_policy_is_shown_beside_the_saved_answer_never_in_its_place(window: Any, deals: Any, policy: Policy,
                                                                          tmp_path: Path) -> None:
    number = add_deal(deals, policy, customer="Ann")
    text = policy.path.read_text().replace('value = "50000.00"', 'value = "40000.00"', 1)
    (tmp_path / "policy.toml").write_text(text.replace(f'version = "{policy.version}"', 'version = "2026.12.24"', 1))
    shutil.copyfile(policy.path.parent / policy.data.vehicle_list.file, tmp_path / policy.data.vehicle_list.file)
    window.set_policy(load_policy(tmp_path / "policy.toml"))
    assert deals.open_deal(number)
    assert window.result.rebate_card.headline.text() == "$5,000.00"  # the answer it was given
    panel = deals.panel
    assert "Today's policy (2026.12.24) answers differently" in panel.state.text()
    rows = [(panel.changes.item(r, 0).text(), panel.changes.item(r, 1).text()) for r in range(panel.changes.rowCount())]
    assert ("EVAP amount: $5,000.00", "EVAP amount: $0.00") in rows
    assert any("✓" in then and "$50,000.00" in then and "✗" in now and "$40,000.00" in now for then, now in rows)


def test_a_deal_opened_in_consumer_mode_switches_to_dealer_mode_for_its_import_details(window: Any, deals: Any,
                                                                                        policy: Policy) -> None:
    number = add_deal(deals, policy, origin="CN", assembly="CN", quota_position="over")
    window.set_mode("consumer")
    deals.open_deal(number)
    assert window.mode == "dealer" and window.form.read().request.quota_position == "over"
    assert window.result.tariff_card.headline.text() == "106.1%"


def test_reprinting_a_deal_gives_its_statement_as_it_was(window: Any, deals: Any, policy: Policy, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from evdesk.ui.settings import DealerProfile

    window.settings.dealer = DealerProfile("Grimsby Kia Ltd.", "1 Main St\nGrimsby ON", "123456789 RT0001")
    number = add_deal(deals, policy, customer="Ann Smith", vin="3GNKDBRJ7TS100234")
    printed: list[Any] = []
    monkeypatch.setattr("evdesk.ui.counter.statement.print_with_dialog",
                        lambda parent, evaluation, f, mode, header: printed.append((evaluation, header)) or True)
    deals.reprint(number)
    (evaluation, header), = printed
    assert evaluation is window.evaluation and evaluation.rebate.amount == Decimal("5000.00")
    assert header.deal.number == number and header.deal.customer == "Ann Smith"
    assert header.dealer.legal_name == "Grimsby Kia Ltd."
    path = window.save_statement_pdf(tmp_path / "deal.pdf")
    assert path is not None and path.stat().st_size > 0


def test_a_reprint_reads_as_the_statement_did_when_the_deal_was_saved(window: Any, deals: Any, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Saved from a French window in consumer mode under one dealer profile; reprinted from an English
    dealer-mode window after the profile changed: in French, consumer mode, the profile it had."""
    import shutil as tools
    import subprocess

    from evdesk.ui.settings import DealerProfile

    window.settings.dealer = DealerProfile("Garage Tremblay inc.", "12 rue Principale, Lévis QC", "111 RT0001")
    window.set_language("fr")
    window.set_mode("consumer")
    window.form.fill(**US_BEV)
    save_from_window(deals, "Émilie Tremblay")
    number = deals.opened.deal.number
    deals.close_deal()
    window.set_language("en")
    window.set_mode("dealer")
    window.settings.dealer = DealerProfile("Another Owner Ltd.", "", "")
    assert deals.reprint(number, tmp_path / "reprint.pdf")
    assert (window.language, window.mode) == ("en", "dealer")  # the window's own, back
    if tools.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    import unicodedata

    text = " ".join(unicodedata.normalize("NFKC", subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "reprint.pdf"), "-"], capture_output=True, text=True,
        check=True).stdout).split())
    assert "Garage Tremblay inc." in text and "Another Owner" not in text
    assert "Résumé de l’achat d’un VE" in text and "Client Émilie Tremblay" in text  # a consumer's summary
    assert "≤" not in text  # consumer mode: no comparison lines


def test_erasing_a_customer_from_the_view(window: Any, deals: Any, policy: Policy,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    number = add_deal(deals, policy, customer="Ann Smith")
    view = deals.show_deals()
    view.select(number)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    view.erase_button.click()
    assert get_deal(records_of(deals), number).customer is None
    assert view.model.data(view.model.index(0, COLUMNS.index("customer"))) == "(erased)"


def test_the_retention_period_is_applied_when_the_records_open(window: Any, policy: Policy) -> None:
    controller = window.deals
    controller.today = lambda: dt.date(2032, 5, 2)
    number = add_deal(controller, policy, customer="Old Customer", sale_date=dt.date(2026, 5, 1))
    controller.start()
    assert get_deal(records_of(controller), number).customer is None


def test_the_settings_dialog_keeps_the_dealer_profile_and_thresholds(window: Any, deals: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from evdesk.ui.deals.settings_dialog import RecordsSettingsDialog

    dialog = RecordsSettingsDialog(window.settings, deals._test_database, window)
    dialog.legal_name.setText("Grimsby Kia Ltd.")
    dialog.gst.setText("123456789 RT0001")
    dialog.days["submit_days"].setValue(10)
    dialog.retention.setValue(3)
    dialog.url.setText("mysql://x@y/z")
    dialog.test_button.click()
    assert "not mysql" in dialog.url_result.text()
    dialog.url.setText("")
    dialog.test_button.click()
    assert dialog.url_result.text() == "The database answers."
    dialog.accept()
    assert window.settings.dealer.legal_name == "Grimsby Kia Ltd."
    assert window.settings.due_thresholds.submit_days == 10 and window.settings.retention_years == 3
    assert window.settings.database_url is None


def test_the_deals_view_and_the_opened_deal_speak_french(window: Any, deals: Any, policy: Policy) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

    number = add_deal(deals, policy, customer="Ann", sale_date=dt.date(2026, 5, 1))
    deals.open_deal(number)
    view = deals.show_deals()
    window.set_language("fr")
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # the formatter follows the language switch once Qt has delivered it
    import xml.etree.ElementTree as ET

    from evdesk.paths import resources_path

    root = ET.parse(resources_path("i18n", "evdesk_fr.ts")).getroot()
    english = {m.findtext("source") for c in root.iter("context") for m in c.iter("message")
               if (m.findtext("translation") or "") != m.findtext("source")}
    shown: list[str] = [view.windowTitle(), *(view.model.headerData(i, Qt.Orientation.Horizontal)
                                              for i in range(len(COLUMNS)))]
    shown += [view.model.data(view.model.index(0, i)) for i in range(len(COLUMNS))]
    for top in (view, deals.panel):
        for widget in top.findChildren(QWidget):
            if not widget.isVisibleTo(top):
                continue
            if isinstance(widget, QLabel | QAbstractButton):
                shown.append(re.sub(r"<[^>]+>", "", widget.text()))
            elif isinstance(widget, QLineEdit):
                shown.append(widget.placeholderText())
            elif isinstance(widget, QComboBox):
                shown += [widget.itemText(i) for i in range(widget.count())]
    shown += [action.text() for action in view.claim_menu.actions()]
    shown += [window.deals.save_action.text(), window.deals.deals_action.text(), window.deals.badge.text()]
    leftovers = [text for text in shown if text and text.strip() in english and text.strip() not in ("NIV",)]
    assert leftovers == []
    assert view.model.data(view.model.index(0, COLUMNS.index("status"))) == "Vérifiée"
    assert view.model.data(view.model.index(0, COLUMNS.index("amount"))) == "5\u00a0000,00\u00a0$"
    assert view.model.data(view.model.index(0, COLUMNS.index("due"))) == "Non soumise (19 jours)"
    assert "Dossier 1" in deals.panel.title.text() and "par Bo" in deals.panel.title.text()
    assert "Demande\u00a0: Vérifiée" in deals.panel.claim.text()


def test_a_sqlite_file_on_a_network_share_is_warned_about_in_the_window(window: Any, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from evdesk.records import network_drive

    table = tmp_path / "mountinfo"
    table.write_text(f"50 28 0:40 / {tmp_path} rw - cifs //nas/office rw\n")
    monkeypatch.setattr(network_drive, "MOUNTINFO", table)
    window.settings.database_url = f"sqlite:///{tmp_path / 'deals.sqlite'}"
    window.deals.start()
    assert "is on a network drive" in window.statusBar().currentMessage()
    assert "PostgreSQL" in window.statusBar().currentMessage()


def test_export_and_import_from_the_view(window: Any, deals: Any, policy: Policy, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    add_deal(deals, policy, customer="=HYPERLINK(\"x\")")
    view = deals.show_deals()
    assert view.export(tmp_path / "deals.csv") == tmp_path / "deals.csv"
    assert "Exported to" in view.count.text()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert view.import_file(tmp_path / "deals.csv")  # the same deals: unchanged
    assert shown[-1] == "Deals added: 0. Already there, unchanged: 1."
    (tmp_path / "other.csv").write_text("a,b\n1,2\n")
    assert not view.import_file(tmp_path / "other.csv")
    assert "not an evdesk deals export" in shown[-1]


def test_a_window_that_is_gone_leaves_nothing_of_its_records_running(qtbot: Any, policy: Policy) -> None:
    """A language switch schedules the opened deal's refresh; the window closing before it runs used to
    leave it to run on deleted widgets (a RuntimeError in Qt's event loop, failing whatever came next)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from evdesk.ui import MainWindow
    from evdesk.ui.settings import Settings

    window = MainWindow(policy=policy, settings=Settings(), language="en")
    window.deals.today = lambda: TODAY
    window.deals.start()
    window.deals.open_deal(add_deal(window.deals, policy, customer="Ann"))
    window.set_language("fr")
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the window goes, before the timer
    qtbot.wait(20)
    from evdesk.ui.i18n import use_language

    use_language("en")


def test_a_refresh_nobody_asked_for_never_opens_a_box(window: Any, deals: Any, policy: Policy,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    deals.open_deal(add_deal(deals, policy, customer="Ann"))
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    window.settings.database_url = "postgresql://evdesk@127.0.0.1:1/evdesk"
    deals.session.close()
    deals._refresh_opened()  # as after a language switch or a policy change
    assert boxes == [] and "cannot be reached" in window.statusBar().currentMessage()
    assert deals.opened is not None and deals.panel.isVisibleTo(window)  # what was shown stays


def test_the_records_open_after_the_first_answer_is_on_screen(qtbot: Any, monkeypatch: Any) -> None:
    """Opening the records imports SQLAlchemy and opens the database (a third of a second or more): it
    waits until the first answer is painted. It used to start 300 ms after the window showed, so a policy
    slower to load than that had its first answer held back behind the records."""
    import time

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    import evdesk.ui.policy.dialogs as dialogs
    from evdesk.ui import MainWindow
    from evdesk.ui.deals.controller import DealsController
    from evdesk.ui.settings import Settings

    real_startup_policy = dialogs.startup_policy

    def slow_startup_policy(settings: Settings) -> Any:
        time.sleep(0.5)  # longer than the records' start delay
        return real_startup_policy(settings)

    monkeypatch.setattr(dialogs, "startup_policy", slow_startup_policy)
    order: list[str] = []
    monkeypatch.setattr(DealsController, "start", lambda self: order.append("records"))
    main = MainWindow(settings=Settings(), load_after_paint=True)
    qtbot.addWidget(main)

    class AnswerPainted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and watched.objectName() == "rebateAmount"
                    and getattr(main, "evaluation", None) is not None and "answer" not in order):
                order.append("answer")
            return False

    spy = AnswerPainted()
    QApplication.instance().installEventFilter(spy)
    try:
        main.show()
        qtbot.waitUntil(lambda: "records" in order, timeout=10000)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert order.index("answer") < order.index("records"), order
