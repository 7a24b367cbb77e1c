"""The form: VIN decoding as it is typed, country pickers, the vehicle list, dates, and bad input shown at
the field while the last good answer stays, greyed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit

from evdesk.ui.widgets.money_field import MoneyError, parse_money

VALID_MEXICAN_VIN = "3GNKDBRJ7TS100234"  # Chevrolet, Ramos Arizpe; check digit 7
WRONG_CHECK_DIGIT = "3GNKDBRJ0TS100234"


# --- amounts --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "amount"), [
    ("en", "45000", "45000"),
    ("en", "45,000.00", "45000.00"),
    ("en", "$45,000", "45000"),
    ("en", " 45000.5 ", "45000.5"),
    ("en", "", None),
    ("fr", "45 000,00", "45000.00"),
    ("fr", "45\u00a0000,00", "45000.00"),  # NO-BREAK SPACE, as QLocale fr_CA writes it
    ("fr", "45\u202f000,00", "45000.00"),  # NARROW NO-BREAK SPACE, as macOS writes it
    ("fr", "45000.50", "45000.50"),  # a point typed out of habit
    ("fr", "45 000,00 $", "45000.00"),
])
def test_amounts_are_read_the_way_people_type_them(language: Any, text: str, amount: str | None) -> None:
    assert parse_money(text, language) == (Decimal(amount) if amount is not None else None)


@pytest.mark.parametrize(("language", "text", "says"), [
    ("en", "-5", "cannot be negative"),
    ("en", "(500.00)", "cannot be negative"),
    ("en", "abc", "digits only"),
    ("en", "nan", "digits only"),
    ("en", "inf", "digits only"),
    ("en", "1e5", "digits only"),
    ("en", "45000,50", "45,000.00"),
    ("en", "10.999", "two decimals"),
    ("en", "10000000.01", "more than"),
    ("fr", "45,000.00", "45 000,00"),
])
def test_bad_amounts_are_refused_with_a_reason(language: Any, text: str, says: str) -> None:
    with pytest.raises(MoneyError, match=says):
        parse_money(text, language)


def test_a_bad_price_is_shown_at_the_field_and_the_last_answer_stays_greyed(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000")
    assert window.result.rebate_card.headline.text() == "$5,000.00"
    price = window.findChild(QLineEdit, "priceInput")
    price.setText("45 OOO")
    assert price.text() == "45 OOO"  # what the user typed is kept
    message = window.form.boxes["vehicle_price"].message
    assert message.isVisibleTo(window) and "digits only" in message.text()
    assert window.result.stale
    assert window.result.banner.isVisibleTo(window)
    assert "Needs review" in window.result.banner.text()
    assert "Vehicle price after discounts" in window.result.banner.text()
    assert window.result.rebate_card.headline.text() == "$5,000.00"  # the last good answer, greyed
    assert not window.print_action.isEnabled() and not window.pdf_action.isEnabled()
    price.setText("45000")
    assert not window.result.stale and not message.isVisibleTo(window)
    assert window.pdf_action.isEnabled()


def test_an_amount_over_the_limit_is_shown_at_its_field(window: Any) -> None:
    window.form.set_field("options", "10000000.01")
    assert "more than" in window.form.boxes["options"].message_text()


# --- VIN ------------------------------------------------------------------------------------------

def test_typing_a_vin_fills_assembly_and_model_year_but_not_the_brands_country(window: Any) -> None:
    vin = window.findChild(QLineEdit, "vinInput")
    for end in range(1, len(VALID_MEXICAN_VIN) + 1):  # as typed, one character at a time
        vin.setText(VALID_MEXICAN_VIN[:end])
        if end < 17:
            assert not window.form.boxes["vin"].message.isVisibleTo(window)  # no nagging while typing
    assert window.form.assembly.code() == "MX"
    # 3GN is Chevrolet's Mexican plant: the plant's country, not the brand's. The maker is shown beside
    # the field, and the brand's home country is left for the user.
    assert window.form.origin.code() is None and window.form.origin.currentText() == ""
    assert window.form.boxes["vin"].hint.text().startswith("Chevrolet Mexico")
    assert window.form.picker.texts()[0] == "2026"
    assert "Check digit valid" in window.form.vin_verdict.text()
    assert "assembled in Mexico" in window.form.boxes["vin"].hint.text()
    assert window.evaluation is not None and window.evaluation.request.vin == VALID_MEXICAN_VIN


def test_the_vin_never_overwrites_what_the_user_chose(window: Any) -> None:
    window.form.set_field("assembly", "US")
    window.form.set_field("vin", VALID_MEXICAN_VIN)
    assert window.form.assembly.code() == "US"
    assert window.form.origin.code() is None  # never from the VIN
    assert "VIN points to assembly in Mexico" in window.result.explanation.toPlainText()


def test_a_new_vin_replaces_what_the_previous_vin_filled(window: Any) -> None:
    window.form.set_field("vin", VALID_MEXICAN_VIN)
    window.form.set_field("vin", "LGXCE4CB1T0012345")
    assert window.form.assembly.code() == "CN"


def test_a_wrong_check_digit_is_flagged_beside_the_field(window: Any) -> None:
    window.form.set_field("vin", WRONG_CHECK_DIGIT)
    assert "Check digit doesn't match" in window.form.vin_verdict.text()
    assert "should be 7" in window.form.boxes["vin"].hint.text()
    assert not window.result.stale  # a warning, not an error


def test_a_forbidden_letter_is_flagged_at_once(window: Any) -> None:
    window.form.set_field("vin", "3GNKDBRJO")
    assert "never contains the letters I, O or Q" in window.form.boxes["vin"].message_text()
    assert window.result.stale


def test_a_short_vin_is_flagged_when_the_user_leaves_the_field(window: Any) -> None:
    window.form.set_field("vin", "3GNKDBRJ7TS")
    assert not window.form.boxes["vin"].message.isVisibleTo(window)
    window.form.vin.editingFinished.emit()
    assert "this one has 11" in window.form.boxes["vin"].message_text()


# --- countries and the vehicle list ---------------------------------------------------------------

@pytest.mark.parametrize(("typed", "code", "shown"), [
    ("CN", "CN", "China"), ("us", "US", "United States"), ("uk", "GB", "United Kingdom"),
    ("Mexico", "MX", "Mexico"), ("south kor", "KR", "South Korea"),
])
def test_a_country_is_picked_by_name_or_code(window: Any, typed: str, code: str, shown: str) -> None:
    picker = window.form.assembly
    picker.setEditText(typed)
    picker.settle()  # what leaving the field does (test_countries.py presses the keys)
    assert picker.code() == code
    assert picker.currentText() == shown
    assert picker.currentData() == code


def test_an_unknown_country_is_refused_at_the_field(window: Any) -> None:
    window.form.set_field("assembly", "Atlantis")
    assert "not a country in the list" in window.form.boxes["assembly"].message_text()
    assert window.form.assembly.currentText() == "Atlantis"
    assert window.result.stale


def test_the_vehicle_search_fills_the_four_boxes_and_the_powertrain(window: Any) -> None:
    picker = window.form.picker
    picker.search.setText("pacifica 2026 pinnacle")
    picker.search.returnPressed.emit()
    assert picker.texts() == ("2026", "Chrysler", "Pacifica", "Pinnacle")
    assert window.form.powertrain.currentData() == "PHEV"
    assert "Canadian-made" in picker.note.text()


def test_an_unlisted_vehicle_can_still_be_typed(window: Any) -> None:
    window.form.fill(model_year="2026", make="Lucid", model="Air", trim="Pure", powertrain="BEV", assembly="US",
                     vehicle_price="45000")
    assert window.result.rebate_card.headline.text() == "$5,000.00"
    assert "not on Transport Canada's list" in window.result.explanation.toPlainText()


# --- dates and the deal ---------------------------------------------------------------------------

def test_the_claim_date_follows_the_sale_date_until_changed(window: Any) -> None:
    form = window.form
    form.set_field("sale_date", dt.date(2026, 6, 1))
    assert form.claim_date.date() == QDate(2026, 6, 1)
    form.set_field("claim_date", dt.date(2027, 1, 4))
    form.set_field("sale_date", dt.date(2026, 7, 1))
    assert form.claim_date.date() == QDate(2027, 1, 4)


def test_a_claim_before_the_sale_is_shown_at_the_claim_date(window: Any) -> None:
    window.form.set_field("sale_date", dt.date(2026, 6, 1))
    window.form.set_field("claim_date", dt.date(2026, 5, 1))
    assert "before the sale date" in window.form.boxes["claim_date"].message_text()


def test_a_claim_next_year_gets_next_years_amount(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", claim_date=dt.date(2027, 1, 4))
    assert window.result.rebate_card.headline.text() == "$4,000.00"


def test_a_demonstrator_asks_for_its_odometer(window: Any) -> None:
    form = window.form
    form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", condition="demonstrator")
    assert form.odometer.isVisibleTo(window)
    assert window.result.rebate_card.status.text().endswith("Needs review")
    form.set_field("odometer_km", 9500)
    assert window.result.rebate_card.headline.text() == "$5,000.00"
    form.set_field("odometer_km", 10000)
    assert window.result.rebate_card.headline.text() == "$0.00"


def test_new_check_resets_the_form(window: Any, qtbot: Any) -> None:
    window.form.fill(vin=VALID_MEXICAN_VIN, vehicle_price="45000", lease_months=36, buyer="organization")
    window.new_action.trigger()
    form = window.form
    assert form.vin.text() == "" and form.money["vehicle_price"].text() == ""
    assert form.deal_type.currentData() == "purchase" and form.buyer.currentData() == "individual"
    assert form.assembly.code() is None
    assert form.sale_date.date() == QDate.currentDate()


def test_typing_in_the_vehicle_search_offers_matching_trims(window: Any, qtbot: Any) -> None:
    picker = window.form.picker
    qtbot.keyClicks(picker.search, "equinox 2026")
    offered = [picker._filter.index(row, 0).data() for row in range(picker._filter.rowCount())]
    assert offered and all("Equinox" in label and "2026" in label for label in offered)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(price=st.text(max_size=20), vin=st.text(max_size=20), year=st.text(max_size=6) | st.sampled_from(["²", "٢٠٢٦"]))
def test_whatever_is_typed_the_window_answers_or_says_why(window: Any, price: str, vin: str, year: str) -> None:
    window.form.fill(vehicle_price=price, vin=vin, model_year=year)
    reading = window.form.read()
    if reading.request is None:
        assert reading.errors and window.result.stale
        for field, message in reading.errors.items():
            assert message, field
    else:
        assert not window.result.stale and window.evaluation is not None


# --- the model year: typing is not an error, and the VIN keeps it until the user types one ----------

def test_a_model_year_being_typed_is_not_an_error(window: Any, qtbot: Any) -> None:
    year = window.form.picker.year
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000")
    for typed in ("2", "20", "202"):
        year.setEditText(typed)
        assert not window.form.boxes["model_year"].message.isVisibleTo(window), typed
        assert not window.result.stale
        assert window.evaluation.request.model_year is None  # not evaluated as the year 202
    year.lineEdit().editingFinished.emit()  # the user leaves the box with three digits
    assert "such as 2026" in window.form.boxes["model_year"].message_text()
    year.setEditText("2026")
    assert window.evaluation.request.model_year == 2026 and not window.result.stale


def test_the_model_year_follows_the_vin_until_the_user_types_one(window: Any) -> None:
    form = window.form
    form.set_field("vin", VALID_MEXICAN_VIN)
    assert form.picker.texts()[0] == "2026"
    form.fill(make="Chevrolet", model="Equinox EV", trim="LT")  # the vehicle, but not its year
    form.set_field("vin", "3GNKDBRJ7SS100234")  # S: a 2025 model
    assert form.picker.texts()[0] == "2025"
    form.picker.year.setEditText("2024")  # the user's own year
    form.set_field("vin", VALID_MEXICAN_VIN)
    assert form.picker.texts()[0] == "2024"


def test_the_vin_model_year_is_the_engines_choice(window: Any) -> None:
    from evdesk.rules.vehicle import model_year_from_vin
    from evdesk.vin import decode_vin

    window.form.set_field("sale_date", dt.date(2026, 5, 1))
    window.form.set_field("vin", VALID_MEXICAN_VIN)
    expected = model_year_from_vin(decode_vin(VALID_MEXICAN_VIN), dt.date(2026, 5, 1))
    assert window.form.picker.texts()[0] == str(expected)
    assert f"model year {expected}" in window.form.boxes["vin"].hint.text()


# --- a scanned VIN, and messages in the language of the moment --------------------------------------

def test_a_scanned_vin_with_its_leading_i_shows_the_17_characters(window: Any, qtbot: Any) -> None:
    vin = window.form.vin
    scanned = "I" + VALID_MEXICAN_VIN
    vin.clear()
    for end in range(1, len(scanned) + 1):  # a scanner types it, one character at a time
        vin.setText(scanned[:end])
        assert not window.form.boxes["vin"].message.isVisibleTo(window), scanned[:end]
    assert vin.text() == VALID_MEXICAN_VIN
    assert window.evaluation.request.vin == VALID_MEXICAN_VIN
    vin.setText("i" + VALID_MEXICAN_VIN.lower())  # pasted
    assert vin.text() == VALID_MEXICAN_VIN


def test_a_vin_error_follows_the_language(window: Any) -> None:
    window.form.set_field("vin", "3GNKDBRJO")
    assert "never contains the letters I, O or Q" in window.form.boxes["vin"].message_text()
    window.set_language("fr")
    assert "ne contient jamais les lettres I, O ou Q" in window.form.boxes["vin"].message_text()
    assert "NIV" in window.result.banner.text()


def test_a_claim_before_the_sale_is_said_in_french_too(window: Any) -> None:
    window.set_language("fr")
    window.form.set_field("sale_date", dt.date(2026, 6, 1))
    window.form.set_field("claim_date", dt.date(2026, 5, 1))
    message = window.form.boxes["claim_date"].message_text()
    assert message == "La date de la demande ne peut pas précéder la date de vente."


def test_a_field_message_spans_the_whole_row(window: Any) -> None:
    window.resize(1280, 800)
    window.show()
    window.set_language("fr")
    window.form.set_field("vehicle_price", "45,000.00")
    box = window.form.boxes["vehicle_price"]
    assert "45\u00a0000,00" in box.message_text()  # the example never breaks between its digits
    label = window.form._labels["vehicle_price"]
    assert box.message.mapTo(window.form, box.message.rect().topLeft()).x() <= label.mapTo(
        window.form, label.rect().topLeft()).x() + 1  # from the label's edge, not squeezed into the field column


# --- what the engine made of the price --------------------------------------------------------------

def test_the_ftv_line_is_not_known_while_the_price_is_wrong(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000")
    assert "$45,000.00" in window.form.ftv_value.text() and window.form.ftv_value.isEnabled()
    window.form.set_field("vehicle_price", "45 OOO")
    assert "not known" in window.form.ftv_value.text() and "$45,000.00" not in window.form.ftv_value.text()
    assert not window.form.ftv_value.isEnabled()  # greyed, like the answer
    window.form.set_field("vehicle_price", "46000")
    assert "$46,000.00" in window.form.ftv_value.text() and window.form.ftv_value.isEnabled()


def test_the_cap_heading_comes_from_the_engine(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000")
    assert window.form.counted_heading.text() == "Counts toward the $50,000.00 cap"
    window.form.set_field("assembly", "CA")
    assert window.evaluation.rebate.cap_applies is False
    assert window.form.counted_heading.text() == "Counts toward the final transaction value (no cap: Canadian-made)"
    assert "cap" not in window.form.excluded_heading.text()


def test_the_cap_heading_follows_a_new_policy(window: Any, tmp_path: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000")
    assert window.load_policy_file(_policy_with(tmp_path, 'value = "50000.00"', 'value = "55000.00"'))
    assert window.form.counted_heading.text() == "Counts toward the $55,000.00 cap"


def _policy_with(tmp_path: Any, old: str, new: str) -> Any:
    from evdesk.policy import bundled_policy

    text = bundled_policy().path.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "policy.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_freight_follows_the_policy_until_the_user_ticks_it(window: Any, tmp_path: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", freight_pdi="2000")
    assert not window.form.freight_counted.isChecked()
    assert window.evaluation.request.freight_pdi_in_ftv is None  # the engine's assumption, not the form's
    counted = _policy_with(tmp_path, 'value = false\nsource = "tc-evap-qa"', 'value = true\nsource = "tc-evap-qa"')
    assert window.load_policy_file(counted)
    assert window.evaluation.rebate.ftv.freight_pdi_counted
    assert window.form.freight_counted.isChecked()  # follows the engine
    assert "$47,000.00" in window.form.ftv_value.text()
    window.form.freight_counted.setChecked(False)  # the user's own choice
    assert window.evaluation.request.freight_pdi_in_ftv is False
    window.form.set_field("vehicle_price", "45001")
    assert not window.form.freight_counted.isChecked()
