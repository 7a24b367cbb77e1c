"""Nothing changes a deal unless the user meant it (issue 8 §1): the mouse wheel over a field without the focus
scrolls the form and changes nothing; a date is typed or pasted whole, refused at the field when impossible
(its text kept), never silently another; a lease waits for its term, never taken as 48 months."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget
from shown_window import show_window

from evdesk.ui.widgets.date_field import DateField, DateProblem, is_whole, parse_date

DEAL = {"powertrain": "BEV", "assembly": "US", "origin": "US", "vehicle_price": "45000", "fta_origin_met": "yes",
        "condition": "new", "buyer": "individual", "province": "ON", "battery_kwh": "60"}


def _wheel(window: Any, widget: QWidget, notches: int) -> None:
    """A real (spontaneous) wheel event at the middle of `widget`, as the windowing system delivers it."""
    centre = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), centre, QPoint(0, 120 * notches))
    QApplication.processEvents()


def _wheel_targets(window: Any) -> list[QWidget]:
    form = window.form
    return [w for w in form.findChildren(QWidget)
            if isinstance(w, (QComboBox, QAbstractSpinBox, DateField)) and w.isVisibleTo(window)]


# --- the wheel ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", ["dealer", "consumer"])
def test_the_wheel_over_an_unfocused_field_scrolls_the_form_and_changes_nothing(window: Any, qtbot: Any,
                                                                                  mode: str) -> None:
    window.set_mode(mode)
    window.form.fill(**DEAL, lease_months=36, odometer_km=None)
    window.form.set_field("condition", "demonstrator")  # the odometer box shows too
    window.form.import_toggle.setChecked(True)
    show_window(window, qtbot)
    before = window.evaluation.request
    targets = _wheel_targets(window)
    assert len(targets) >= (14 if mode == "dealer" else 11)  # every combo, spin box and date field shown
    scrollbar = window.form_scroll.verticalScrollBar()
    scrolled = 0
    for widget in targets:
        window.result.explanation.setFocus()  # the focus is elsewhere: the pointer only passes over the field
        window.form_scroll.ensureWidgetVisible(widget, 0, 80)
        QApplication.processEvents()
        assert not widget.hasFocus()
        value = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        at = scrollbar.value()
        _wheel(window, widget, -1)  # down: the form scrolls
        scrolled += scrollbar.value() != at
        window.form_scroll.ensureWidgetVisible(widget, 0, 80)
        QApplication.processEvents()
        _wheel(window, widget, +2)
        assert (widget.currentText() if isinstance(widget, QComboBox) else widget.text()) == value, \
            widget.objectName()
        assert not widget.hasFocus(), widget.objectName()  # the wheel gives no field the focus
        assert window.evaluation.request == before, widget.objectName()
    assert scrolled >= len(targets) // 2  # the form scrolled instead (the last fields are at its very end)


def test_a_focused_field_still_takes_the_wheel(window: Any, qtbot: Any) -> None:
    show_window(window, qtbot)
    combo = window.form.condition
    combo.setFocus(Qt.FocusReason.TabFocusReason)  # the user tabbed there
    assert combo.hasFocus()
    _wheel(window, combo, -1)
    assert combo.currentData() == "demonstrator"  # the user put the focus there: the wheel is theirs


# --- dates, typed ------------------------------------------------------------------------------------

def _type_date(window: Any, field: DateField, text: str, finish: bool = True) -> None:
    """Click into the field (which selects it all) and type, as a user does; then Tab away."""
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(field.width() // 3, field.height() // 2))
    assert field.hasFocus() and field.selectedText() == field.text()
    QTest.keyClicks(field, text)
    if finish:
        QTest.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize(("language", "typed", "expected"), [
    ("en", "2026-11-15", dt.date(2026, 11, 15)),  # not 2026-12-11
    ("en", "20261115", dt.date(2026, 11, 15)),
    ("en", "2026/11/15", dt.date(2026, 11, 15)),
    ("en", "November 15, 2026", dt.date(2026, 11, 15)),
    ("en", "Nov 15 2026", dt.date(2026, 11, 15)),
    ("en", "15 Nov 2026", dt.date(2026, 11, 15)),
    ("en", "Sunday, November 15, 2026", dt.date(2026, 11, 15)),
    ("fr", "2026-11-15", dt.date(2026, 11, 15)),
    ("fr", "15/11/2026", dt.date(2026, 11, 15)),
    ("fr", "15-11-2026", dt.date(2026, 11, 15)),
    ("fr", "15 novembre 2026", dt.date(2026, 11, 15)),
    ("fr", "1er mars 2027", dt.date(2027, 3, 1)),
    ("fr", "15 nov. 2026", dt.date(2026, 11, 15)),
    ("fr", "5 fevrier 2027", dt.date(2027, 2, 5)),
])
def test_a_whole_date_is_typed_in_the_forms_of_its_language(window: Any, qtbot: Any, language: str, typed: str,
                                                             expected: dt.date) -> None:
    window.set_language(language)
    show_window(window, qtbot)
    field = window.form.sale_date
    _type_date(window, field, typed)
    assert field.error() is None and field.pending() is None
    assert field.text() == expected.isoformat()  # shown as the statement prints it
    assert window.evaluation.request.sale_date == expected
    assert window.form.claim_date.date() == QDate(expected.year, expected.month, expected.day)  # it follows


@pytest.mark.parametrize(("language", "typed", "says"), [
    ("en", "2026-02-30", "There is no February 30, 2026: that month has 28 days"),
    ("en", "20260230", "There is no February 30, 2026"),
    ("en", "2026-13-01", "There is no month 13"),
    ("en", "15/11/2026", "could be day/month or month/day"),  # en_CA writes both: not guessed
    ("en", "11/15/2026", "could be day/month or month/day"),
    ("en", "26-11-15", "Type the year in full"),
    ("en", "next friday", "is not a date"),
    ("en", "1999-12-31", "Type a date from 2000-01-01 to 2099-12-31"),
    ("fr", "31/04/2026", "Il n’y a pas de 31 avril 2026"),
])
def test_an_impossible_date_is_refused_at_the_field_and_its_text_kept(window: Any, qtbot: Any, language: str,
                                                                      typed: str, says: str) -> None:
    window.set_language(language)
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000")
    show_window(window, qtbot)
    before = window.evaluation.request.sale_date
    field = window.form.sale_date
    _type_date(window, field, typed)
    assert field.text() == typed  # what the user typed stays
    box = window.form.boxes["sale_date"]
    assert box.message.isVisibleTo(window) and says in box.message_text()
    assert field.property("invalid") is True
    assert window.result.stale and not window.print_action.isEnabled()  # never evaluated as another date
    assert window.evaluation.request.sale_date == before
    _type_date(window, field, "2026-05-04")
    assert not box.message.isVisibleTo(window) and window.evaluation.request.sale_date == dt.date(2026, 5, 4)


def test_a_date_being_typed_keeps_the_last_whole_date_and_holds_the_statement(window: Any, qtbot: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000")
    show_window(window, qtbot)
    field = window.form.sale_date
    _type_date(window, field, "2026-11-1", finish=False)  # on the way to 2026-11-15: not yet a date
    assert field.pending() == "2026-11-1" and field.error() is None
    assert window.evaluation.request.sale_date == dt.date(2026, 5, 1)  # not November 1st
    assert not window.print_action.isEnabled()
    assert "Finish the date" in window.form.boxes["sale_date"].hint.text()
    QTest.keyClicks(field, "5")  # a whole date now: taken as typed
    assert window.evaluation.request.sale_date == dt.date(2026, 11, 15)
    assert window.print_action.isEnabled()
    assert not window.form.boxes["sale_date"].hint.isVisibleTo(window)


def test_a_pasted_date_is_taken_whole(window: Any, qtbot: Any) -> None:
    show_window(window, qtbot)
    field = window.form.claim_date
    QGuiApplication.clipboard().setText(" 2026-11-15 ")
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.evaluation.request.claim_date == dt.date(2026, 11, 15)
    assert field.text() == "2026-11-15"


def test_the_calendar_opens_on_request_and_sets_the_date(window: Any, qtbot: Any) -> None:
    show_window(window, qtbot)
    field = window.form.sale_date
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.objectName() == "calendarPopup"
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate(2026, 5, 1)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)  # the next day
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.evaluation.request.sale_date == dt.date(2026, 5, 2)
    assert field.hasFocus()
    assert field.calendar_action.text() == "Choose from a calendar"  # the button inside the field, for the mouse


# --- dates, the reading itself (table-driven, with the edges a day either side) --------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("2026-02-28", "en", dt.date(2026, 2, 28)), ("2026-02-29", "en", "no_such_day"),
    ("2028-02-29", "en", dt.date(2028, 2, 29)), ("2028-02-30", "en", "no_such_day"),
    ("2000-01-01", "en", dt.date(2000, 1, 1)), ("1999-12-31", "en", "out_of_range"),
    ("2099-12-31", "fr", dt.date(2099, 12, 31)), ("2100-01-01", "fr", "out_of_range"),
    ("2026-04-30", "fr", dt.date(2026, 4, 30)), ("2026-04-31", "fr", "no_such_day"),
    ("2026-00-10", "en", "no_such_month"), ("2026-11-00", "en", "no_such_day"),
    ("Sept 3, 2026", "en", dt.date(2026, 9, 3)), ("3 sept. 2026", "fr", dt.date(2026, 9, 3)),
    ("mardi 3 novembre 2026", "fr", dt.date(2026, 11, 3)), ("03/04/2026", "en", "ambiguous"),
    ("03/04/2026", "fr", dt.date(2026, 4, 3)), ("3/4/26", "fr", "short_year"), ("", "en", "empty"),
    ("2026-11-15T10:00", "en", "not_a_date"), ("15 Smarch 2026", "en", "not_a_date"),
])
def test_parse_date(text: str, language: Any, expected: Any) -> None:
    if isinstance(expected, dt.date):
        assert parse_date(text, language) == expected
    else:
        with pytest.raises(DateProblem) as raised:
            parse_date(text, language)
        assert raised.value.code == expected


@pytest.mark.parametrize(("text", "whole"), [("2026-11-1", False), ("2026-11-15", True), ("2026111", False),
                                             ("20261115", True), ("15/11/202", False), ("15/11/2026", True),
                                             ("November 15, 202", False), ("November 15, 2026", True)])
def test_a_date_is_taken_while_typing_only_once_more_keys_cannot_make_it_another(text: str, whole: bool) -> None:
    assert is_whole(text) is whole


_FORMS = {
    "en": ["{d:%Y-%m-%d}", "{d:%Y%m%d}", "{d:%Y/%m/%d}", "{long}", "{month} {d.day}, {d.year}",
           "{d.day} {short} {d.year}"],
    "fr": ["{d:%Y-%m-%d}", "{d:%d/%m/%Y}", "{d.day}/{d.month}/{d.year}", "{long}", "{d.day} {month} {d.year}"],
}


@settings(max_examples=150, deadline=None)
@given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
       language=st.sampled_from(["en", "fr"]), form=st.integers(0, 5))
def test_every_form_of_a_date_reads_as_that_date(day: dt.date, language: Any, form: int) -> None:
    locale = QLocale("en_CA" if language == "en" else "fr_CA")
    qdate = QDate(day.year, day.month, day.day)
    template = _FORMS[language][form % len(_FORMS[language])]
    text = template.format(d=day, long=locale.toString(qdate, QLocale.FormatType.LongFormat),
                           month=locale.monthName(day.month), short=locale.monthName(day.month,
                                                                                     QLocale.FormatType.ShortFormat))
    assert parse_date(text, language) == day, text


@settings(max_examples=300, deadline=None)
@given(year=st.integers(1990, 2110), month=st.integers(0, 14), day=st.integers(0, 33),
       separator=st.sampled_from(["-", "/", "", "."]), language=st.sampled_from(["en", "fr"]))
def test_figures_year_first_are_that_date_or_refused_never_another(year: int, month: int, day: int, separator: str,
                                                                   language: Any) -> None:
    text = f"{year:04d}{separator}{month:02d}{separator}{day:02d}"
    try:
        got = parse_date(text, language)
    except DateProblem:
        try:
            dt.date(year, month, day)
        except ValueError:
            return  # impossible, and refused
        assert not dt.date(2000, 1, 1) <= dt.date(year, month, day) <= dt.date(2099, 12, 31)
        return
    assert (got.year, got.month, got.day) == (year, month, day)


# --- a lease waits for its term --------------------------------------------------------------------------

def test_a_lease_starts_with_no_term_and_the_answer_waits_for_it(window: Any, qtbot: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", fta_origin_met="yes", vehicle_price="45000")
    show_window(window, qtbot)
    assert window.result.rebate_card.headline.text() == "$5,000.00"
    combo = window.form.deal_type
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # Lease, from the keyboard
    assert combo.currentData() == "lease"
    term = window.form.lease_months
    assert term.isVisibleTo(window) and term.text() == "" and not term.is_given()  # empty: not 48
    assert window.form.read().request is None
    assert "Enter the lease term" in window.result.banner.text()
    assert window.result.banner.property("kind") == "pending"  # not finished, not wrong
    assert "Enter the lease term" in window.form.boxes["deal_type"].hint.text()
    assert not window.print_action.isEnabled() and not window.pdf_action.isEnabled()  # no $5,000 to print
    assert window.result.stale
    term.setFocus()
    QTest.keyClicks(term.findChild(QLineEdit), "39")
    assert window.evaluation.request.lease_months == 39
    assert window.result.rebate_card.headline.text() == "$4,062.50"
    assert not window.result.banner.isVisibleTo(window) and window.print_action.isEnabled()
    QTest.keyClick(combo, Qt.Key.Key_Up)  # back to a purchase: the full amount, no term asked
    assert window.evaluation.request.lease_months is None and window.result.rebate_card.headline.text() == "$5,000.00"


def test_a_new_check_starts_with_no_term(window: Any) -> None:
    window.form.fill(lease_months=24)
    window.new_check()
    window.form.deal_type.setCurrentIndex(1)  # Lease
    assert not window.form.lease_months.is_given()
    assert window.form.read().missing == {"lease_months": "Enter the lease term in months: the rebate depends on it."}
