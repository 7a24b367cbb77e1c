"""The window around the form: dealer and consumer modes, remembered settings, the keyboard, the deal
jacket (copy, PDF) and policy updates."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from evdesk.policy import Policy, bundled_policy
from evdesk.ui import MainWindow
from evdesk.ui.settings import Settings

CN_BEV = {"powertrain": "BEV", "origin": "CN", "assembly": "CN", "vehicle_price": "40000"}
BUNDLED = bundled_policy().path


# --- modes ----------------------------------------------------------------------------------------

def test_consumer_mode_hides_the_import_details_and_customs_words(window: Any) -> None:
    window.form.fill(**CN_BEV, quota_position="within")
    window.form.import_toggle.setChecked(True)
    assert window.form.import_details.isVisibleTo(window)
    assert "Duty on the vehicle's entry" in window.result.explanation.toPlainText()
    window.consumer_action.trigger()
    assert not window.form.import_toggle.isVisibleTo(window)
    assert not window.form.import_details.isVisibleTo(window)
    text = window.result.explanation.toPlainText()
    assert "Duty on the vehicle's entry" not in text  # the tariff's scope note is customs detail
    assert "Assembled in China: 6.1% if it entered within the quota" in text  # its one-line summary stays
    assert "≤" not in text  # no comparison lines
    # One plain Import line in place of the duty and quota cards
    assert "Depends on how the vehicle was imported" in window.result.import_line.text()
    assert window.result.import_line.isVisibleTo(window)
    assert not window.result.tariff_card.isVisibleTo(window) and not window.result.quota_card.isVisibleTo(window)
    window.dealer_action.trigger()
    assert not window.result.import_line.isVisibleTo(window) and window.result.tariff_card.isVisibleTo(window)
    assert window.form.import_toggle.isVisibleTo(window)
    assert "standard duty" not in window.result.tariff_card.status.text()
    assert window.result.tariff_card.headline.text() == "6.1%"  # the dealer's own answer is back


def test_import_details_are_folded_away_by_default(window: Any) -> None:
    assert window.form.import_toggle.isVisibleTo(window)
    assert not window.form.import_details.isVisibleTo(window)


def test_consumer_mode_ignores_the_dealers_hidden_import_details(window: Any) -> None:
    window.form.fill(**CN_BEV, quota_position="over")
    assert window.result.tariff_card.headline.text() == "106.1%"
    window.set_mode("consumer")
    # Not the dealer's hidden choice, and no assumption either: not known, and what each case would mean.
    assert window.evaluation.request.quota_position == "unknown"
    assert window.evaluation.request.fta_origin_met == "unknown"
    assert window.result.import_line.text().startswith("Import: 6.1% or 106.1%.")


def test_mode_and_language_are_remembered(qtbot: Any, policy: Policy) -> None:
    first = MainWindow(policy=policy, settings=Settings())
    qtbot.addWidget(first)
    first.set_mode("consumer")
    first.set_language("fr")
    first.close()
    second = MainWindow(policy=policy, settings=Settings())
    qtbot.addWidget(second)
    assert second.mode == "consumer" and second.consumer_action.isChecked()
    assert second.language == "fr" and second.french_action.isChecked()
    assert second.form.vehicle_group.title() == "Véhicule"


def test_settings_carry_a_schema_version(policy: Policy) -> None:
    settings = Settings()
    assert settings.store.value("schema_version", type=int) == 1
    settings.store.setValue("ui/mode", "nonsense")
    assert Settings().mode == "dealer"  # a damaged value reads as the default


# --- keyboard -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("action", "keys"), [
    ("newCheckAction", "Ctrl+N"), ("copyResultAction", "Ctrl+Shift+C"), ("printAction", "Ctrl+P"),
    ("savePdfAction", "Ctrl+Shift+S"),
])
def test_shortcuts(window: Any, action: str, keys: str) -> None:
    found = [a for a in window.actions() if a.objectName() == action]
    assert found and found[0].shortcut() == QKeySequence(keys)


def test_every_input_is_labelled_and_named_for_screen_readers(window: Any) -> None:
    for name, box in window.form.boxes.items():
        label = window.form._labels[name]
        assert label.buddy() is box.editor, name
        assert box.editor.accessibleName(), name
    for name in ("vinInput", "powertrainInput", "priceInput", "originInput", "assemblyInput", "saleDateInput",
                 "claimDateInput", "leaseMonthsInput", "rebateAmount", "tariffRate", "quotaStatus",
                 "explanationView"):
        assert window.findChild(QWidget, name) is not None, name


def _next_tab_stop(widget: QWidget, window: QWidget) -> QWidget:
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisibleTo(window)
               and candidate.isEnabled() and candidate.focusProxy() is None):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_tab_runs_down_the_form_in_order(window: Any) -> None:
    window.form.fill(lease_months=36, condition="demonstrator")
    window.form.import_toggle.setChecked(True)
    inputs = [w for w in window.form.input_widgets() if w.isVisibleTo(window)]
    for before, after in pairwise(inputs):
        reached = _next_tab_stop(before, window)
        if before.isAncestorOf(reached):  # an editable combo box's own line edit comes first
            reached = _next_tab_stop(reached, window)
        assert reached is after or after.isAncestorOf(reached), (before.objectName(), after.objectName(),
                                                                 reached.objectName())


def test_focus_starts_in_the_vin_field(window: Any, qtbot: Any) -> None:
    assert window.focusWidget() is window.form.vin  # a barcode scanner types into it at once
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.form.vin.hasFocus(), timeout=2000)


def test_focus_starts_in_the_vin_field_when_the_window_loads_after_painting(qtbot: Any) -> None:
    main = MainWindow(settings=Settings(), load_after_paint=True)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.ready)
    assert main.focusWidget() is main.form.vin
    assert not main.form_scroll.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_reasons_are_one_tab_stop(window: Any) -> None:
    from PySide6.QtCore import Qt as QtNs

    view = window.result.explanation
    assert view.tabChangesFocus()
    flags = view.textInteractionFlags()
    assert not flags & QtNs.TextInteractionFlag.LinksAccessibleByKeyboard
    assert flags & QtNs.TextInteractionFlag.LinksAccessibleByMouse  # the sources still open with a click


@pytest.mark.parametrize("language", ["en", "fr"])
def test_form_labels_have_unique_mnemonics_clear_of_the_menus(window: Any, language: str) -> None:
    from evdesk.ui.widgets.mnemonics import mnemonic_of

    window.set_language(language)
    texts = window.form.mnemonic_texts()
    letters = [mnemonic_of(text) for text in texts.values()]
    given = [letter for letter in letters if letter]
    assert len(given) == len(set(given)), texts
    assert len(given) >= 18  # most fields have one; there are more fields than letters
    menus = {mnemonic_of(menu.title()) for menu in (window.file_menu, window.edit_menu, window.view_menu,
                                                    window.language_menu, window.help_menu)}
    assert not menus & set(given)
    for key in ("vin", "vehicle_price", "model_year", "make", "assembly", "sale_date"):
        assert mnemonic_of(texts[key]), key  # the fields a dealer reaches for first
    assert "&" not in window.form.field_label("vehicle_price")
    assert "&" not in window.form.money["vehicle_price"].accessibleName()


def test_screen_readers_hear_each_answers_value_and_status(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", fta_origin_met="yes")
    rebate = window.result.rebate_card
    assert rebate.headline.accessibleName() == "$5,000.00, Eligible"  # not "EVAP rebate: figure"
    assert rebate.accessibleName() == "EVAP rebate: $5,000.00, Eligible"
    assert window.result.tariff_card.status.accessibleName() == "Free trade agreement rate"
    window.set_language("fr")
    assert window.result.rebate_card.headline.accessibleName() == "5\u00a0000,00\u00a0$, Admissible"
    assert window.result.quota_card.accessibleName().startswith("Contingent de VE chinois\u00a0: ")


# --- the deal jacket ------------------------------------------------------------------------------

def test_the_result_is_copied_as_text(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", model_year="2026", make="Tesla",
                     model="Model 3", trim="RWD")
    window.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("2026 Tesla Model 3 RWD")
    assert "EVAP rebate: $5,000.00 (✓ Eligible)" in text
    assert "Policy 2026.12.01" in text


def test_the_statement_is_saved_as_a_one_page_pdf(window: Any, tmp_path: Path) -> None:
    window.form.fill(vin="3GNKDBRJ7TS100234", powertrain="BEV", vehicle_price="45000", freight_pdi="2100")
    path = window.save_statement_pdf(tmp_path / "statement.pdf")
    assert path == tmp_path / "statement.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1


def test_a_long_statement_still_fits_one_page(window: Any, tmp_path: Path) -> None:
    # Every warning and hint at once: an unlisted Chinese-made PHEV, demonstrator, near a step-down.
    window.form.fill(vin="LGXCE4CB0T0012345", powertrain="PHEV", make="BYD", model="Seal U", vehicle_price="52000",
                     freight_pdi="2100", condition="demonstrator", lease_months=30)
    path = window.save_statement_pdf(tmp_path / "long.pdf")
    assert path is not None
    assert len(re.findall(rb"/Type\s*/Page\b", path.read_bytes())) == 1


# --- policy updates -------------------------------------------------------------------------------

def _edited_policy(tmp_path: Path, old: str, new: str) -> Path:
    text = BUNDLED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "incoming" / "policy.toml"
    path.parent.mkdir()
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_bad_policy_file_is_refused_and_the_current_one_stays(window: Any, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    bad = _edited_policy(tmp_path, "[evap.ftv_cap]\n", "[evap.ftv_cap]\nceiling = 1\n")
    assert window.load_policy_file(bad) is False
    assert shown and "evap.ftv_cap.ceiling: unknown key" in shown[0]
    assert window.policy.path == BUNDLED
    assert window.settings.policy_path is None
    assert "refused" in window.statusBar().currentMessage()


def test_a_long_refusal_names_the_real_details_button(window: Any, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    unknown = "".join(f"nonsense_{index} = 1\n" for index in range(15))
    bad = _edited_policy(tmp_path, "[evap.ftv_cap]\n", "[evap.ftv_cap]\n" + unknown)
    window.set_language("fr")
    assert window.load_policy_file(bad) is False
    assert shown and "(voir «\u00a0Montrer les détails\u00a0»)" in shown[0]


def test_a_new_policy_is_worked_out_once(window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import evdesk.rules

    calls: list[object] = []
    evaluate = evdesk.rules.evaluate
    monkeypatch.setattr(evdesk.rules, "evaluate", lambda *args: calls.append(args) or evaluate(*args))
    window.use_bundled_policy()
    assert len(calls) == 1


def test_a_good_policy_file_is_kept_and_used_after_a_restart(window: Any, tmp_path: Path, qtbot: Any) -> None:
    good = _edited_policy(tmp_path, 'version = "2026.12.01"', 'version = "2026.12.02"')
    assert window.load_policy_file(good) is True
    assert window.policy.version == "2026.12.02"
    kept = window.settings.policy_path
    assert kept is not None and kept.is_file() and kept.parent.parent.parent == tmp_path / "app-data"
    assert "2026.12.02" in window.findChild(QLabel, "policyLabel").text()
    good.unlink()  # the app keeps its own copy
    again = MainWindow(settings=Settings())
    qtbot.addWidget(again)
    assert again.policy.version == "2026.12.02"


def test_a_saved_policy_that_no_longer_loads_falls_back_to_the_bundled_one(tmp_path: Path, qtbot: Any) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("schema_version = 1\n", encoding="utf-8")
    Settings().policy_path = broken
    main = MainWindow(settings=Settings())
    qtbot.addWidget(main)
    assert main.policy.path == BUNDLED
    assert "bundled" in main.statusBar().currentMessage()


def test_about_names_the_app_and_policy_versions_and_sources(window: Any) -> None:
    from evdesk import __version__
    from evdesk.ui.policy.dialogs import AboutDialog

    about = AboutDialog(window.policy, window.formatter, True, window)
    heading = about.findChild(QLabel, "aboutHeading").text()
    assert f"evdesk {__version__}" in heading
    assert "2026.12.01" in about.findChild(QLabel, "aboutPolicy").text()
    sources = about.findChild(QWidget, "aboutSources").toPlainText()
    assert "Electric Vehicle Affordability Program" in sources


# --- start-up -------------------------------------------------------------------------------------

def test_evdesk_paints_first_then_loads(qtbot: Any) -> None:
    main = MainWindow(settings=Settings(), load_after_paint=True)
    qtbot.addWidget(main)
    assert not main.ready and not main.new_action.isEnabled()  # nothing to act on yet
    main.show()
    qtbot.waitUntil(lambda: main.ready)
    assert main.new_action.isEnabled()
    assert main.findChild(QLabel, "rebateAmount") is not None
    assert main.policy.path == BUNDLED


def test_run_window_opens_the_counter_window(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from evdesk import app

    opened: list[MainWindow] = []

    def exec_once() -> int:
        opened.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for window in opened:
            window.close()
        return 0

    style, palette = qapp.style().name(), qapp.palette()
    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    try:
        assert app.run_window() == 0
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
    assert opened and opened[0].windowTitle().startswith("evdesk")
    assert QApplication.organizationName() == "evdesk" and QApplication.applicationName() == "evdesk"
    for window in opened:
        window.deleteLater()
