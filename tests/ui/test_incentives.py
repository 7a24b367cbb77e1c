"""The provincial incentives in the window: the province picker (remembered per installation), the
Incentives card with the total and one line per program, the reasons grouped by program, and the
statement's incentive lines, in both languages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from evdesk.policy import Policy
from evdesk.ui import MainWindow
from evdesk.ui.counter import statement
from evdesk.ui.settings import Settings

NBSP = "\u00a0"
QUEBEC_DEAL = {"powertrain": "BEV", "assembly": "US", "vehicle_price": "45000", "province": "QC", "msrp": "55000",
               "msrp_options": "0"}


def test_without_a_province_the_card_shows_the_federal_amount_at_least(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000")
    card = window.result.incentives_card
    assert card.title.text() == "Incentives"
    assert card.headline.text() == "At least $5,000.00"
    assert card.status.text().endswith("Federal only: choose the province of registration")
    assert "Province of registration not given" in card.details.text()
    assert window.evaluation.request.province is None


def test_picking_quebec_shows_the_total_and_one_line_per_program(window: Any) -> None:
    window.form.fill(**QUEBEC_DEAL)
    card = window.result.incentives_card
    assert card.headline.text() == "$7,000.00 if both apply"
    assert card.status.text().endswith("If both apply: combining them is not confirmed")
    assert card.details.text().splitlines() == ["EVAP rebate: $5,000.00 (✓ Eligible)",
                                                "Roulez vert program (Québec): $2,000.00 (✓ Eligible)"]
    assert window.findChild(QWidget, "incentivesTotal") is card.headline
    assert card.accessibleName() == "Incentives: $7,000.00 if both apply, If both apply: combining them is not " \
                                    "confirmed"


def test_while_no_amount_is_known_the_total_is_not_known_not_zero(window: Any) -> None:
    window.form.fill(assembly="US", province="QC")  # no powertrain, no price, no MSRP
    card = window.result.incentives_card
    assert card.headline.text() == "Not known"
    assert "At least $0.00" not in card.headline.text()
    assert window.evaluation.total.amount == 0 and window.evaluation.total.complete is False


def test_option_groups_left_empty_are_not_known_not_zero(window: Any) -> None:
    window.form.fill(**{**QUEBEC_DEAL, "msrp_options": ""})
    assert window.evaluation.request.msrp_options is None
    card = window.result.incentives_card
    assert card.headline.text() == "At least $5,000.00, if both apply"
    assert "Roulez vert program (Québec): Up to $2,000.00 (? Needs review)" in card.details.text()


def test_the_registration_date_follows_the_sale_date_until_changed(window: Any) -> None:
    window.form.fill(**QUEBEC_DEAL, sale_date=dt.date(2026, 12, 20))
    assert window.form.registration_date.date().toPython() == dt.date(2026, 12, 20)
    assert window.evaluation.request.registration_date is None  # the answer says it took the sale date
    window.form.set_field("registration_date", dt.date(2027, 1, 4))
    assert window.evaluation.request.registration_date == dt.date(2027, 1, 4)
    assert "Roulez vert program (Québec): $0.00 (✗ Ended on December 31, 2026)" in \
        window.result.incentives_card.details.text()
    window.form.set_field("sale_date", dt.date(2026, 12, 21))
    assert window.form.registration_date.date().toPython() == dt.date(2027, 1, 4)  # the user's own date stays


def test_a_registration_before_the_sale_is_refused_at_the_field(window: Any) -> None:
    window.form.fill(**QUEBEC_DEAL)
    window.form.set_field("registration_date", dt.date(2026, 4, 1))
    assert window.form.boxes["registration_date"].message_text() == \
        "The registration date cannot be before the sale date."
    assert window.result.stale


def test_the_battery_is_not_known_until_given(window: Any) -> None:
    window.form.fill(**{**QUEBEC_DEAL, "powertrain": "PHEV"})
    assert window.evaluation.request.battery_kwh is None
    assert "Roulez vert program (Québec): Not known (? Needs review)" in window.result.incentives_card.details.text()
    window.form.set_field("battery_kwh", "14.99")
    assert str(window.evaluation.request.battery_kwh) == "14.99"
    assert "Roulez vert program (Québec): $500.00 (✓ Eligible)" in window.result.incentives_card.details.text()
    window.form.set_field("battery_kwh", "15")
    assert "Roulez vert program (Québec): $1,000.00 (✓ Eligible)" in window.result.incentives_card.details.text()


def test_the_reasons_are_grouped_by_program(window: Any) -> None:
    window.form.fill(**QUEBEC_DEAL)
    text = window.result.explanation.toPlainText()
    federal = text.index("EVAP rebate\n")
    quebec = text.index("Roulez vert program (Québec)\n")
    vehicle = text.index("The vehicle\n")
    assert federal < quebec < vehicle
    assert "The MSRP with the option groups, $55,000.00, is under the $65,000.00 limit" in text[quebec:vehicle]
    assert "Exception: since November 10, 2025" in text[quebec:vehicle]
    assert "Final transaction value $45,000.00 is within" in text[federal:quebec]
    copied = window.result_text()
    assert "\nRoulez vert program (Québec)\n  i Registration date not given" in copied


def test_the_province_is_remembered_for_the_next_check_and_the_next_start(qtbot: Any, policy: Policy) -> None:
    first = MainWindow(policy=policy, settings=Settings(), language="en")
    qtbot.addWidget(first)
    assert first.form.province.currentData() == ""  # not known until picked
    first.form.set_field("province", "QC")
    assert Settings().province == "CA-QC"
    first.new_check()
    assert first.form.province.currentData() == "CA-QC"  # a new customer, the same counter
    assert first.evaluation.request.province == "CA-QC"
    first.close()
    second = MainWindow(policy=policy, settings=Settings(), language="en")
    qtbot.addWidget(second)
    assert second.form.province.currentData() == "CA-QC"
    second.form.set_field("province", "")
    assert Settings().province is None


def test_the_province_is_picked_with_the_keyboard_and_remembered(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", msrp="55000", msrp_options="0")
    window.show()
    qtbot.waitExposed(window)
    picker = window.form.province
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Q)  # type-ahead: the one name starting with Q
    assert picker.currentData() == "CA-QC"
    assert window.settings.province == "CA-QC"
    assert window.result.incentives_card.headline.text() == "$7,000.00 if both apply"
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # the next name: Saskatchewan
    assert picker.currentData() == "CA-SK"
    assert window.settings.province == "CA-SK"
    assert window.result.incentives_card.headline.text() == "$5,000.00"


def test_a_damaged_remembered_province_reads_as_not_known(qtbot: Any, policy: Policy) -> None:
    settings = Settings()
    settings.store.setValue("counter/province", "CA-XX")
    assert Settings().province is None
    window = MainWindow(policy=policy, settings=Settings(), language="en")
    qtbot.addWidget(window)
    assert window.form.province.currentData() == ""


def test_the_picker_lists_every_province_by_name_in_the_ui_language(window: Any) -> None:
    picker = window.form.province
    english = [picker.itemText(i) for i in range(picker.count())]
    assert english[0] == "Not known" and len(english) == 14
    assert english[1:4] == ["Alberta", "British Columbia", "Manitoba"] and english[-1] == "Yukon"
    window.form.set_field("province", "PE")
    window.set_language("fr")
    french = [picker.itemText(i) for i in range(picker.count())]
    assert french[0] == "Inconnu"
    assert "Île-du-Prince-Édouard" in french and "Nouveau-Brunswick" in french
    assert "Territoires du Nord-Ouest" in french
    assert picker.currentData() == "CA-PE"  # the choice survives the re-sorted list
    assert french.index("Île-du-Prince-Édouard") < french.index("Manitoba")


def test_the_card_and_reasons_in_french_name_quebecs_program_as_quebec_does(window: Any) -> None:
    window.form.fill(**QUEBEC_DEAL)
    window.set_language("fr")
    card = window.result.incentives_card
    assert card.title.text() == "Incitatifs"
    assert card.headline.text() == f"7{NBSP}000,00{NBSP}$ si les deux s’appliquent"
    assert f"Programme Roulez vert (Québec){NBSP}: 2{NBSP}000,00{NBSP}$ (✓ Admissible)" in card.details.text()
    text = window.result.explanation.toPlainText()
    assert "Programme Roulez vert (Québec)\n" in text
    assert "la liste des véhicules neufs admissibles du Québec" in text
    assert window.form.province_group.title() == "Incitatif provincial"
    assert window.form.field_label("msrp") == "PDSF de la version"


def test_the_statement_has_one_line_per_incentive_and_the_total(window: Any) -> None:
    window.form.fill(**QUEBEC_DEAL)
    html = statement.statement_html(window.evaluation, window.formatter, window.mode)
    assert "EVAP rebate: $5,000.00 (✓ Eligible)<br/>Roulez vert program (Québec): $2,000.00 (✓ Eligible)" in html
    assert "<b>In all: $7,000.00 if both apply</b>" in html
    window.set_language("fr")
    html = statement.statement_html(window.evaluation, window.formatter, window.mode)
    assert f"Programme Roulez vert (Québec){NBSP}: 2{NBSP}000,00{NBSP}$" in html
    assert f"Au total{NBSP}: 7{NBSP}000,00{NBSP}$ si les deux s’appliquent" in html


def test_nova_scotias_levy_is_shown_for_information(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", province="NS")
    details = window.result.incentives_card.details.text()
    assert "Nova Scotia: no provincial program." in details
    assert "Nova Scotia's levy on electric and hybrid vehicles: $500.00 every 24 months (information, not " \
           "subtracted)." in details
    assert window.result.incentives_card.headline.text() == "$5,000.00"


def test_a_statement_with_a_province_still_fits_one_page(window: Any, tmp_path: Any) -> None:
    window.form.fill(**QUEBEC_DEAL, freight_pdi="2100")
    rendered = statement.save_pdf(tmp_path / "statement.pdf", window.evaluation, window.formatter, window.mode)
    assert rendered.pages == 1


def test_a_loaded_policy_keeps_its_own_provincial_file_after_a_restart(window: Any, tmp_path: Any, qtbot: Any,
                                                                       monkeypatch: Any) -> None:
    import hashlib
    import shutil

    from evdesk.paths import seeds_path
    from evdesk.ui.policy import dialogs

    refused: list[list[str]] = []  # a refusal would open a modal box: record it instead
    monkeypatch.setattr(dialogs, "show_refusal", lambda parent, source, problems, current: refused.append(problems))

    incoming = tmp_path / "incoming"
    incoming.mkdir()
    provinces = seeds_path("provinces.toml").read_text(encoding="utf-8").replace(
        '{ condition = "new", powertrain = "BEV", amount = "2000.00" }',
        '{ condition = "new", powertrain = "BEV", amount = "2500.00" }')
    (incoming / "provinces.toml").write_text(provinces, encoding="utf-8")
    policy_text = seeds_path("policy.toml").read_text(encoding="utf-8")
    old = hashlib.sha256(seeds_path("provinces.toml").read_bytes()).hexdigest()
    policy_text = policy_text.replace(old, hashlib.sha256(provinces.encode()).hexdigest()).replace(
        'version = "2026.12.01"', 'version = "2026.12.02"')
    (incoming / "policy.toml").write_text(policy_text, encoding="utf-8")
    shutil.copyfile(seeds_path("evap-vehicle-list-2026-09-14.csv"), incoming / "evap-vehicle-list-2026-09-14.csv")
    assert window.load_policy_file(incoming / "policy.toml") is True, refused
    shutil.rmtree(incoming)  # the app keeps its own copies of both files
    again = MainWindow(settings=Settings(), language="en")
    qtbot.addWidget(again)
    assert again.policy.version == "2026.12.02"
    again.form.fill(**QUEBEC_DEAL)
    assert again.evaluation.program("qc_roulez_vert").amount == 2500
