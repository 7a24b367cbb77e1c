"""Accessible (issue 8 §6): every widget that can take the focus, in every window and dialog, has a name
assistive technology reads (the line edits inside editable combos, date fields and spin boxes included);
the answers are read as their value and status, and Tab reaches them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from evdesk.policy import Policy
from evdesk.ui.deals.settings_dialog import RecordsSettingsDialog
from evdesk.ui.policy.dialogs import AboutDialog
from evdesk.ui.policy.updates import UpdateSettingsDialog


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name, or what Qt derives (a buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "") or ""


def focusable(root: QWidget) -> Iterator[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.inherits("QScrollBar"):
            continue
        yield widget


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
            f" {w.parentWidget().objectName() if w.parentWidget() else ''!r}"
            for w in focusable(root) if not accessible_name(w).strip()]


@pytest.fixture
def every_field_shown(window: Any) -> Any:
    """The form with everything it can show: a demonstrator's lease, the import details open, a VIN."""
    window.form.fill(vin="3GNKDBRJ7TS100234", powertrain="BEV", vehicle_price="45000", lease_months=36,
                     condition="demonstrator", province="QC", quota_position="within")
    window.form.import_toggle.setChecked(True)
    window.form.picker.search.completer().popup()  # the suggestions list exists
    return window


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("mode", ["dealer", "consumer"])
def test_every_focusable_widget_of_the_counter_window_has_a_name(every_field_shown: Any, language: str,
                                                                  mode: str) -> None:
    window = every_field_shown
    window.set_language(language)
    window.set_mode(mode)
    found = list(focusable(window))
    assert len(found) > 50
    inner = [w for w in found if w.parentWidget() is not None and w.parentWidget().inherits("QComboBox")]
    assert len(inner) >= 6  # the line edits inside the editable combos are among them
    assert unnamed(window) == []


def test_the_inner_editors_say_their_fields_name(every_field_shown: Any) -> None:
    form = every_field_shown.form
    assert accessible_name(form.picker.year.lineEdit()) == "Model year"
    assert accessible_name(form.assembly.lineEdit()) == "Final assembly in"
    spin_editor = form.lease_months.findChild(QWidget, "qt_spinbox_lineedit")
    assert accessible_name(spin_editor) == "Lease term in months"
    assert accessible_name(form.sale_date) == "Sale or lease date"


def test_the_records_inventory_and_policy_windows_have_names_too(every_field_shown: Any, qtbot: Any,
                                                                 policy: Policy, monkeypatch: Any) -> None:
    window = every_field_shown
    controller = window.deals
    controller.today = lambda: dt.date(2026, 5, 20)
    controller.start()
    deals = controller.show_deals()
    qtbot.addWidget(deals)
    claim = controller.ask_move(1, "submitted")
    qtbot.addWidget(claim)
    window.check_inventory()
    windows: list[QWidget] = [deals, claim, window.inventory]
    save = controller.ask_to_save()
    assert save is not None
    about = AboutDialog(policy, window.formatter, True, window)
    updates = UpdateSettingsDialog(window.settings.updates, window)
    records = RecordsSettingsDialog(window.settings, controller._test_database, window)
    windows += [save, about, updates, records]
    for other in windows:
        qtbot.addWidget(other)
        assert unnamed(other) == [], other.objectName()


def test_the_answers_are_read_as_value_and_status_and_tab_reaches_them(window: Any, qtbot: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="CN", vehicle_price="45000")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    # This window's focus, not another test's window still closing (an inventory window that was activated).
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None,
                    timeout=2000)
    result = window.result
    assert result.rebate_card.accessibleName() == "EVAP rebate: $0.00, Not eligible"
    assert result.tariff_card.accessibleName().startswith("Import duty: 6.1% or 106.1%, Not known")
    assert "Assembled in China" in result.tariff_card.accessibleDescription()
    # Tab from the last field of the form goes through the four answers, the link, then the reasons.
    window.form.battery.setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in range(12):
        window.focusNextChild()
        focus = QApplication.focusWidget()
        reached.append(focus)
        if focus is result.explanation:
            break
    cards = [w for w in reached if w in (*result.cards, result.incentives_card)]
    assert cards == [result.rebate_card, result.tariff_card, result.quota_card, result.incentives_card]
    assert result.tariff_card.link in reached  # "Ask the importer", for the keyboard too
    assert result.explanation in reached
    for card in cards:
        assert accessible_name(card).count(",") >= 1  # "…: value, status"


def test_a_card_not_worked_out_yet_says_so(window: Any) -> None:
    window.form.set_field("vehicle_price", "45 OOO")  # nothing worked out: the cards are cleared
    card = window.result.rebate_card
    assert accessible_name(card)


@pytest.fixture(autouse=True)
def _no_records_server(monkeypatch: Any) -> None:
    QSettings().remove("records")  # the records start on this test's own SQLite file
