"""The country pickers, driven with real key presses: a half-typed name is pending (shown, never evaluated
as a country, no statement) until the user leaves the field; leaving settles it to one country or to an
error at the field. Names match without accents or case; two- and three-letter codes count only when
the field settles."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from evdesk.ui.widgets.country_picker import CountryPicker


@pytest.fixture
def shown(window: Any, qtbot: Any) -> Any:
    """The window on screen and active, so focus moves as it does for a user."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def type_into(qtbot: Any, picker: CountryPicker, text: str) -> None:
    picker.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(picker.hasFocus, timeout=2000)
    qtbot.keyClicks(picker, text)


def press_tab(qtbot: Any) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


@pytest.mark.parametrize(("typed", "code", "shown_as"), [
    ("chin", "CN", "China"),  # the one name that starts so; not CH, Switzerland
    ("mex", "MX", "Mexico"),
    ("jap", "JP", "Japan"),
    ("me", "MX", "Mexico"),  # a unique start of a name wins over ME (Montenegro) typed in lower case
    ("ch", "CH", "Switzerland"),  # Chad, Chile, China…: no unique name, so the code
    ("us", "US", "United States"),
    ("uk", "GB", "United Kingdom"),
    ("DE", "DE", "Germany"),  # a code typed in capitals is a code (Denmark also starts with "De")
    ("usa", "US", "United States"),
    ("CHN", "CN", "China"),
    ("south kor", "KR", "South Korea"),
])
def test_a_half_typed_country_waits_and_tab_settles_it(shown: Any, qtbot: Any, typed: str, code: str,
                                                       shown_as: str) -> None:
    shown.form.fill(powertrain="BEV", vehicle_price="45000")
    picker = shown.form.assembly
    type_into(qtbot, picker, typed)
    assert picker.code() is None and picker.pending() == typed  # while typing: not a country
    assert shown.evaluation.request.assembly is None  # evaluated as not known, never as CH or ME
    assert not shown.print_action.isEnabled() and not shown.pdf_action.isEnabled()
    assert "Not chosen yet" in shown.form.boxes["assembly"].hint.text()
    assert "Not finished" in shown.result.banner.text() and typed in shown.result.banner.text()
    press_tab(qtbot)
    assert picker.code() == code and picker.pending() is None and picker.error() is None
    assert picker.currentText() == shown_as
    assert shown.evaluation.request.assembly == code
    assert QApplication.focusWidget() is shown.form.origin  # Tab still moves on (the brand's country is next)
    assert shown.print_action.isEnabled() and not shown.result.banner.isVisibleTo(shown)


def test_the_completion_list_is_open_while_typing_and_tab_still_settles(shown: Any, qtbot: Any) -> None:
    picker = shown.form.assembly
    type_into(qtbot, picker, "chin")
    assert picker.completer().popup().isVisible()  # the case where editingFinished never comes
    press_tab(qtbot)
    assert picker.code() == "CN"
    assert not picker.completer().popup().isVisible()


def test_clicking_elsewhere_settles(shown: Any, qtbot: Any) -> None:
    picker = shown.form.origin
    type_into(qtbot, picker, "jap")
    price = shown.form.money["vehicle_price"]
    qtbot.mouseClick(price, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(price.hasFocus, timeout=2000)
    assert picker.code() == "JP" and picker.currentText() == "Japan"


def test_enter_settles_and_a_full_name_is_taken_while_typing(shown: Any, qtbot: Any) -> None:
    picker = shown.form.assembly
    type_into(qtbot, picker, "Mexico")
    assert picker.code() == "MX" and picker.pending() is None  # a full name needs no Tab
    picker.setEditText("")
    type_into(qtbot, picker, "chin")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.code() == "CN"


def test_picking_from_the_completion_list(shown: Any, qtbot: Any) -> None:
    picker = shown.form.assembly
    type_into(qtbot, picker, "kor")
    popup = picker.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.code() in ("KP", "KR") and picker.pending() is None


def test_opening_the_drop_down_list_is_not_leaving_the_field(shown: Any, qtbot: Any) -> None:
    picker = shown.form.assembly
    type_into(qtbot, picker, "chi")
    picker.showPopup()
    qtbot.waitUntil(picker.view().isVisible, timeout=2000)
    assert picker.pending() == "chi" and picker.error() is None  # no error while the user looks at the list
    picker.hidePopup()


def test_text_that_is_no_country_is_an_error_at_the_field(shown: Any, qtbot: Any) -> None:
    picker = shown.form.assembly
    type_into(qtbot, picker, "chi")
    press_tab(qtbot)
    message = shown.form.boxes["assembly"].message_text()
    assert "“chi” could be" in message and "Chile" in message and "China" in message
    assert picker.currentText() == "chi" and picker.code() is None
    assert shown.result.stale and not shown.print_action.isEnabled()


def test_half_typed_text_survives_a_language_switch(shown: Any, qtbot: Any) -> None:
    picker = shown.form.assembly
    shown.form.set_field("assembly", "US")
    picker.setEditText("")
    type_into(qtbot, picker, "chin")
    shown.set_language("fr")
    assert picker.currentText() == "chin" and picker.pending() == "chin"  # not "États-Unis"
    assert "Pas encore choisi" in shown.form.boxes["assembly"].hint.text()
    picker.setFocus()
    press_tab(qtbot)
    assert picker.code() == "CN" and picker.currentText() == "Chine"


def test_an_error_follows_the_language(window: Any) -> None:
    window.form.set_field("assembly", "Atlantis")
    assert "not a country in the list" in window.form.boxes["assembly"].message_text()
    window.set_language("fr")
    assert "n’est pas un pays de la liste" in window.form.boxes["assembly"].message_text()
    assert window.form.assembly.currentText() == "Atlantis"


@pytest.mark.parametrize(("typed", "code", "shown_as"), [
    ("etats-unis", "US", "États-Unis"),  # no accent typed
    ("ETATS UNIS", "US", "États-Unis"),  # a space for the hyphen, in capitals
    ("Coree du Sud", "KR", "Corée du Sud"),
    ("allem", "DE", "Allemagne"),
    ("Germany", "DE", "Allemagne"),  # the English name still works in French
    ("usa", "US", "États-Unis"),
])
def test_french_names_match_without_accents(window: Any, typed: str, code: str | None, shown_as: str | None) -> None:
    window.set_language("fr")
    window.form.set_field("assembly", typed)
    picker = window.form.assembly
    if code is None:
        assert picker.error() is not None
        return
    assert picker.code() == code and picker.currentText() == shown_as


def test_french_countries_are_sorted_as_a_french_reader_expects(window: Any) -> None:
    window.set_language("fr")
    picker = window.form.assembly
    names = [picker.itemText(row) for row in range(1, picker.count())]
    position = names.index
    assert position("Estonie") < position("États-Unis") < position("Éthiopie") < position("Fidji")
    assert position("Égypte") < position("Équateur") < position("Érythrée") < position("Espagne")
    assert position("Îles Marshall") < position("Inde") < position("Irak")


def test_the_completion_list_finds_accented_names_from_plain_letters(window: Any) -> None:
    window.set_language("fr")
    completer = window.form.assembly.completer()
    completer.setCompletionPrefix("etats")
    found = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert "États-Unis" in found
