"""The form as each user meets it. A consumer (issue 8 §4): one price before taxes with a note on what counts,
no claim date, no import details, no VIN unless asked for; what is hidden reads as not given. A dealer
(§5): the import details unfold when they decide the answer and have their Alt+letters, "Ask the importer"
on the duty's card leads to its field, the vehicle search says when nothing on the list matches, and a VIN
narrows the suggestions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from shown_window import show_window

from evdesk.ui.widgets.mnemonics import mnemonic_of

DEALER_DEAL = {"vin": "3GNKDBRJ7TS100234", "powertrain": "BEV", "origin": "US", "vehicle_price": "44995",
               "options": "1200", "dealer_fees": "599", "freight_pdi": "2100", "winter_tires": "1400",
               "claim_date": dt.date(2027, 1, 4), "quota_position": "over", "fta_origin_met": "no"}


# --- a consumer ---------------------------------------------------------------------------------------

def test_a_consumer_gives_one_price_and_is_not_asked_the_dealers_fields(window: Any) -> None:
    form = window.form
    form.fill(**DEALER_DEAL)
    window.set_mode("consumer")
    shown = {key for key, box in form.boxes.items() if box.editor.isVisibleTo(window)}
    assert {"vehicle_price", "vin"} <= shown  # a VIN already given stays shown, and is read: nothing hidden counts
    assert not shown & {"claim_date", "options", "accessories", "dealer_fees", "freight_pdi", "warranty",
                        "winter_tires", "charger", "quota_position", "fta_origin_met", "import_kind", "fob_price"}
    assert form.field_label("vehicle_price") == "Price before taxes"
    assert form.cap_note.isVisibleTo(window) and "What counts toward the cap?" in form.cap_note.text()
    assert not form.import_toggle.isVisibleTo(window) and not form.freight_counted.isVisibleTo(window)
    assert not form.vin_toggle.isVisibleTo(window)
    request = window.evaluation.request
    # Hidden fields read as not given (the consumer's answer must not rest on what the dealer typed there).
    assert request.vin == "3GNKDBRJ7TS100234" and request.claim_date is None
    assert request.options == request.dealer_fees == request.freight_pdi == request.winter_tires == Decimal("0.00")
    assert request.quota_position == "unknown" and request.fta_origin_met == "unknown"
    # ...but the one price shown is the price before taxes: the parts the dealer counts are in it, in sight.
    assert request.vehicle_price == Decimal("46794.00") == Decimal("44995") + Decimal("1200") + Decimal("599")
    assert form.money["vehicle_price"].text() == "46,794.00"
    window.set_mode("dealer")
    request = window.evaluation.request
    assert request.vin == "3GNKDBRJ7TS100234" and request.options == Decimal("1200")  # the dealer's, kept
    assert request.vehicle_price == Decimal("44995")
    assert request.claim_date == dt.date(2027, 1, 4)


def test_a_dealers_deal_shown_in_consumer_mode_keeps_its_answer(window: Any) -> None:
    """The consumer's price field showed the dealer's vehicle price alone: options and fees dropped out, and
    the card said "$5,005.00 under the cap" for a deal $3,805.00 under it."""
    window.form.fill(powertrain="BEV", origin="US", assembly="MX", vehicle_price="44995", options="1200")
    window.settle()  # as a deal put in is
    dealer = window.evaluation.rebate
    window.set_mode("consumer")
    consumer = window.evaluation.rebate
    assert consumer.ftv.total == dealer.ftv.total == Decimal("46195.00")
    assert (consumer.amount, consumer.max_price) == (dealer.amount, Decimal("50000.00"))
    assert "$46,195.00" in window.statusBar().currentMessage()
    assert not window.has_unsaved_work()  # a mode switch alone is not work typed


@pytest.mark.parametrize(("typed", "dealer_price"), [("47000", Decimal("45800.00")), ("", None),
                                                     ("900", Decimal("900.00"))])
def test_a_price_changed_in_consumer_mode_comes_back_to_the_dealer_less_the_dealers_parts(
        window: Any, typed: str, dealer_price: Decimal | None) -> None:
    """A new price before taxes: the dealer's parts stay as typed, the vehicle price is the rest (where the
    parts do not exceed it: then the price stays as the consumer typed it)."""
    window.form.fill(powertrain="BEV", origin="US", assembly="MX", vehicle_price="44995", options="1200")
    window.set_mode("consumer")
    window.form.set_field("vehicle_price", typed)
    window.set_mode("dealer")
    request = window.evaluation.request
    assert request.vehicle_price == dealer_price and request.options == Decimal("1200")


def test_a_price_with_no_parts_is_the_price_before_taxes_as_it_is(window: Any) -> None:
    window.form.fill(powertrain="BEV", origin="US", assembly="MX", vehicle_price="44995", freight_pdi="2100")
    window.set_mode("consumer")
    assert window.form.folded_price is None and window.form.money["vehicle_price"].text() == "44995"  # untouched
    assert window.statusBar().currentMessage() == ""
    window.set_mode("dealer")
    assert window.evaluation.request.vehicle_price == Decimal("44995")


def test_a_deal_put_in_while_folded_is_not_unfolded_on_the_way_back(window: Any) -> None:
    window.form.fill(powertrain="BEV", origin="US", assembly="MX", vehicle_price="44995", options="1200")
    window.set_mode("consumer")
    window.form.reset()
    window.form.fill(powertrain="BEV", origin="US", assembly="MX", vehicle_price="30000")
    window.set_mode("dealer")
    assert window.evaluation.request.vehicle_price == Decimal("30000")


def test_a_consumer_who_has_the_vin_asks_for_its_field(window: Any, qtbot: Any) -> None:
    window.set_mode("consumer")
    show_window(window, qtbot)
    form = window.form
    assert not form.vin.isVisibleTo(window)
    QTest.mouseClick(form.vin_toggle, Qt.MouseButton.LeftButton)
    # The window's focus widget: what has the focus once the window is active (offscreen, activation can lag).
    assert form.vin.isVisibleTo(window) and window.focusWidget() is form.vin
    assert not form.vin_toggle.isVisibleTo(window)
    QTest.keyClicks(form.vin, "3GNKDBRJ7TS100234")
    assert window.evaluation.request.vin == "3GNKDBRJ7TS100234"
    assert form.assembly.code() == "MX"  # what the VIN fills
    window.new_check()
    assert not form.vin.isVisibleTo(window)  # the next customer is not asked either
    assert window.focusWidget() is form.picker.search  # a consumer starts with the vehicle search


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_consumers_labels_have_their_own_mnemonics(window: Any, language: str) -> None:
    window.set_language(language)
    window.set_mode("consumer")
    texts = window.form.mnemonic_texts()
    shown = [key for key in texts if key in window.form.boxes and window.form.boxes[key].editor.isVisibleTo(window)]
    letters = {key: mnemonic_of(texts[key]) for key in shown}
    given = [letter for letter in letters.values() if letter]
    assert len(given) == len(set(given))
    assert len(given) >= len(shown) - 1, letters  # a consumer sees fewer fields: nearly all get a letter
    for key in ("sale_date", "deal_type", "vehicle_price", "search", "powertrain", "assembly", "condition"):
        assert letters[key], key


# --- a dealer: import details ------------------------------------------------------------------------------

@pytest.mark.parametrize(("assembly", "rows"), [
    ("CN", {"quota_position", "import_kind", "fob_price"}),  # within or over the quota decides duty and quota
    ("MX", {"fta_origin_met"}),  # CUSMA's rules of origin decide 0% or 6.1%
    ("US", {"fta_origin_met"}),
    ("DE", {"fta_origin_met"}),  # CETA
])
def test_the_import_details_unfold_when_they_decide_the_answer(window: Any, assembly: str, rows: set[str]) -> None:
    form = window.form
    assert not form.import_details.isVisibleTo(window)
    form.fill(powertrain="BEV", vehicle_price="45000", assembly=assembly)
    assert form.import_details.isVisibleTo(window)
    shown = {key for key in ("quota_position", "fta_origin_met", "import_kind", "fob_price")
             if form.boxes[key].editor.isVisibleTo(window)}
    assert shown == rows
    form.set_field("assembly", "CA")  # Canadian-made: nothing to ask the importer
    assert not form.import_details.isVisibleTo(window)


def test_the_dealers_own_choice_of_folding_stays(window: Any, qtbot: Any) -> None:
    show_window(window, qtbot)
    form = window.form
    form.fill(powertrain="BEV", vehicle_price="45000", assembly="CN")
    assert form.import_toggle.isChecked()
    QTest.mouseClick(form.import_toggle, Qt.MouseButton.LeftButton)  # the dealer folds them
    form.set_field("assembly", "MX")
    assert not form.import_toggle.isChecked()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_import_details_have_mnemonics(window: Any, language: str) -> None:
    window.set_language(language)
    texts = window.form.mnemonic_texts()
    for key in ("import_toggle", "quota_position", "fta_origin_met", "import_kind"):
        assert mnemonic_of(texts[key]), (key, texts[key])


@pytest.mark.parametrize(("assembly", "field"), [("CN", "quota_position"), ("MX", "fta_origin_met")])
def test_ask_the_importer_on_the_duty_card_leads_to_the_field(window: Any, qtbot: Any, assembly: str,
                                                             field: str) -> None:
    show_window(window, qtbot)
    form = window.form
    form.fill(powertrain="BEV", vehicle_price="45000", assembly=assembly)
    QTest.mouseClick(form.import_toggle, Qt.MouseButton.LeftButton)  # folded by the dealer, out of the way
    assert not form.import_details.isVisibleTo(window)
    link = window.result.tariff_card.link
    assert link.isVisibleTo(window) and "Ask the importer" in link.text()
    QTest.mouseClick(link, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(link.fontMetrics().horizontalAdvance("Ask") // 2 + 1, link.height() // 2))
    editor = form.boxes[field].editor
    qtbot.waitUntil(editor.hasFocus, timeout=1000)
    assert form.import_details.isVisibleTo(window)
    viewport = window.form_scroll.viewport()
    top = editor.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + editor.height() <= viewport.height()  # scrolled into view
    QTest.keyClick(editor, Qt.Key.Key_Down)  # the importer said: within the quota / the rules are met
    assert window.evaluation.tariff.depends_on is None
    assert not link.isVisibleTo(window)


def test_a_consumer_sees_no_importer_link(window: Any) -> None:
    window.set_mode("consumer")
    window.form.fill(powertrain="BEV", vehicle_price="45000", assembly="CN")
    assert not window.result.tariff_card.link.isVisibleTo(window)


# --- a dealer: the vehicle search -----------------------------------------------------------------------------

def test_a_search_that_matches_nothing_says_so(window: Any, qtbot: Any) -> None:
    show_window(window, qtbot)
    search = window.form.picker.search
    search.setFocus()
    QTest.keyClicks(search, "byd")
    hint = window.form.boxes["search"].hint
    assert hint.isVisibleTo(window)
    assert "No listed vehicle matches “byd”" in hint.text() and "Transport Canada's list" in hint.text()
    search.clear()
    QTest.keyClicks(search, "equinox")
    assert not hint.isVisibleTo(window)


def test_the_vins_model_year_and_make_narrow_the_suggestions(window: Any, qtbot: Any) -> None:
    show_window(window, qtbot)
    picker = window.form.picker
    everything = len(picker.vin_suggestions())
    window.form.set_field("vin", "3GNKDBRJ7TS100234")  # Chevrolet (Mexico), model year 2026
    narrowed = picker.vin_suggestions()
    assert narrowed and len(narrowed) < everything
    assert all(label.startswith("2026 Chevrolet ") for label in narrowed)
    assert "Suggestions for 2026 Chevrolet, from the VIN" in window.form.boxes["search"].hint.text()
    search = picker.search
    search.setFocus()
    QTest.keyClicks(search, "equinox")
    assert picker.vin_suggestions() == ["2026 Chevrolet Equinox EV LT", "2026 Chevrolet Equinox EV LT AWD"]
    window.form.set_field("vin", "")
    assert len(picker.vin_suggestions()) > len(narrowed)


def test_a_vin_narrows_the_suggestions_only_while_its_field_is_shown(window: Any) -> None:
    picker = window.form.picker
    everything = len(picker.vin_suggestions())
    window.form.set_field("vin", "3GNKDBRJ7TS100234")  # typed in dealer mode
    narrowed = len(picker.vin_suggestions())
    assert narrowed < everything
    window.set_mode("consumer")  # a VIN given stays shown (and read) in consumer mode: it still narrows
    assert window.form.vin.isVisibleTo(window) and len(picker.vin_suggestions()) == narrowed
    window.form.set_field("vin", "")
    window.set_mode("dealer")
    window.set_mode("consumer")  # no VIN given: its field is not asked, and a hidden field narrows nothing
    assert not window.form.vin.isVisibleTo(window) and len(picker.vin_suggestions()) == everything
    assert "from the VIN" not in window.form.boxes["search"].hint.text()
    window.form.ask_for_vin()
    window.form.set_field("vin", "3GNKDBRJ7TS100234")  # the consumer gives it after all
    assert len(picker.vin_suggestions()) == narrowed


def test_a_vin_whose_maker_is_not_on_the_list_says_so(window: Any) -> None:
    window.form.set_field("vin", "LGXCE4CB1T0012345")  # BYD Auto
    assert "No listed vehicle is made by BYD Auto" in window.form.boxes["search"].hint.text()
