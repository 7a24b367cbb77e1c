"""The screen fits (issue 8 §2): on a 1366×768 laptop with a title bar and a taskbar, at 100 % and at 150 %, the
whole window is on the screen, the status bar with it; what decides the answer is at the top of the form; the
four answers are in view without scrolling, nothing cut; Alt+letter shows the field it goes to; a new check
starts the reasons at the top."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from evdesk.ui.main_window import fitted_geometry
from evdesk.ui.widgets.mnemonics import mnemonic_of

# A 1366×768 screen less a 40 px taskbar; a title bar of 31 px and 1 px borders (Windows 11 at 100 %).
LAPTOP = QRect(0, 0, 1366, 728)
FRAME = QMargins(1, 31, 1, 1)
# The same laptop at 150 %: 911×512 logical pixels, less a 40 px (60 physical) taskbar; a 30 px title bar.
LAPTOP_150 = QRect(0, 0, 911, 472)
FRAME_150 = QMargins(1, 30, 1, 1)
SAMPLE = {"vin": "3GNKDBRJ7TS100234", "model_year": 2026, "make": "Chevrolet", "model": "Equinox EV", "trim": "LT",
          "origin": "US", "vehicle_price": "44995", "options": "1200", "dealer_fees": "599", "freight_pdi": "2100"}


def _fitted(window: Any, qtbot: Any, available: QRect, frame: QMargins) -> Any:
    window.form.fill(**SAMPLE)
    window.fit_to(available, frame)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # the layout settles
    return window


def _inside(widget: QWidget, viewport: QWidget) -> bool:
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return (top_left.y() >= 0 and top_left.y() + widget.height() <= viewport.height()
            and top_left.x() >= 0 and top_left.x() + widget.width() <= viewport.width())


def test_the_first_window_fits_the_available_area_with_its_frame() -> None:
    window_size = QSize(1440, 960)
    inner = fitted_geometry(LAPTOP, FRAME, window_size)
    outer = inner.adjusted(-FRAME.left(), -FRAME.top(), FRAME.right(), FRAME.bottom())
    assert LAPTOP.contains(outer)
    assert inner.height() == 728 - 32 and inner.width() == 1364
    big = fitted_geometry(QRect(0, 0, 1920, 1040), FRAME, window_size)
    assert big.size() == window_size and QRect(0, 0, 1920, 1040).contains(big)  # centred, at its own size


@pytest.mark.parametrize(("available", "frame"), [(LAPTOP, FRAME), (LAPTOP_150, FRAME_150)], ids=["100", "150"])
@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("mode", ["dealer", "consumer"])
def test_on_a_laptop_the_four_answers_and_the_status_bar_are_in_view(window: Any, qtbot: Any, available: QRect,
                                                                     frame: QMargins, language: str,
                                                                     mode: str) -> None:
    window.set_language(language)
    window.set_mode(mode)
    _fitted(window, qtbot, available, frame)
    # The offscreen platform places the window as it likes; its size is what fits with the frame around it.
    size = window.geometry().size()
    assert size.height() + frame.top() + frame.bottom() <= available.height()
    assert size.width() + frame.left() + frame.right() <= available.width()
    status = window.statusBar()
    assert status.isVisible() and status.geometry().bottom() < window.height()  # "Statement saved to …" is seen
    assert window.policy_label.isVisible() and window.policy_label.visibleRegion().boundingRect().width() > 0
    result = window.result
    viewport = result.scroll.viewport()
    assert result.scroll.verticalScrollBar().value() == 0
    # A dealer sees the three answers and the incentives; a consumer the rebate, the incentives and the one
    # plain Import line in place of the duty and quota cards.
    cards = (*result.cards, result.incentives_card) if mode == "dealer" else (result.rebate_card,
                                                                              result.incentives_card)
    parts = [part for card in cards for part in (card.title, card.headline, card.status)]
    if mode == "consumer":
        assert not result.tariff_card.isVisible() and not result.quota_card.isVisible()
        parts.append(result.import_line)
    for part in parts:
        assert _inside(part, viewport), (part.objectName(), part.text(), part.mapTo(viewport, QPoint(0, 0)))
        assert part.width() >= min(part.sizeHint().width(), part.width()) and (
            part.wordWrap() or part.width() >= part.sizeHint().width()), part.text()  # wrapped, never cut
    # The deal's dates and purchase or lease are at the top of the form, in view without scrolling.
    form_viewport = window.form_scroll.viewport()
    for widget in (window.form.sale_date, window.form.deal_type):
        assert _inside(widget, form_viewport), widget.objectName()


@pytest.mark.parametrize(("available", "frame"), [(LAPTOP, FRAME), (LAPTOP_150, FRAME_150)], ids=["100", "150"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_field_cuts_its_text(window: Any, qtbot: Any, available: QRect, frame: QMargins, language: str) -> None:
    """"17 characters, opti…" and "Battery-electric vehic" are what a squeezed field shows."""
    window.set_language(language)
    window.form.vin.clear()  # its placeholder shows
    window.form.set_field("powertrain", "BEV")
    window.form.set_field("quota_position", "within")
    window.form.import_toggle.setChecked(True)
    _fitted(window, qtbot, available, frame)
    window.form.vin.clear()
    qtbot.wait(10)
    checked = 0
    for widget in window.form.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QComboBox) and not widget.isEditable():
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 24  # the arrow's room
            assert widget.width() >= needed, (widget.objectName(), widget.currentText(), widget.width(), needed)
            checked += 1
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text() and \
                not isinstance(widget.parentWidget(), QComboBox):
            needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText()) + 8
            assert widget.width() >= needed, (widget.objectName(), widget.placeholderText(), widget.width(), needed)
            checked += 1
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.buddy() is not None:
            assert widget.width() >= widget.sizeHint().width(), widget.text()
            checked += 1
    assert checked > 20


def test_alt_and_a_letter_scrolls_to_the_field_it_focuses(window: Any, qtbot: Any) -> None:
    _fitted(window, qtbot, LAPTOP, FRAME)
    form = window.form
    viewport = window.form_scroll.viewport()
    texts = form.mnemonic_texts()
    window.form_scroll.verticalScrollBar().setValue(0)
    qtbot.wait(10)
    far = [key for key, box in form.boxes.items() if key in texts and mnemonic_of(texts[key])
           and box.editor.isVisibleTo(window) and not _inside(box.editor, viewport)]
    assert len(far) >= 3, far  # fields with a letter, out of sight below
    key = far[-1]  # the lowest of them
    editor = form.boxes[key].editor
    window.form.vin.setFocus()
    QTest.keyClick(window, mnemonic_of(texts[key]), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.hasFocus() or editor.isAncestorOf(window.focusWidget()), timeout=1000)
    qtbot.wait(10)
    assert _inside(editor, viewport), key
    assert _inside(form._labels[key], viewport)  # its label too


def test_a_new_check_starts_the_reasons_at_the_top(window: Any, qtbot: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="CN", vehicle_price="52000", lease_months=30, province="QC")
    _fitted(window, qtbot, LAPTOP, FRAME)
    reasons = window.result.explanation.verticalScrollBar()
    assert reasons.maximum() > 0
    reasons.setValue(reasons.maximum())
    window.result.scroll.verticalScrollBar().setValue(window.result.scroll.verticalScrollBar().maximum())
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.form.fill(powertrain="BEV", assembly="CN", vehicle_price="52000", lease_months=30, province="QC")
    assert reasons.value() == 0
    assert window.result.scroll.verticalScrollBar().value() == 0
    assert window.form.vin.hasFocus()


def test_a_window_restored_off_the_screen_comes_back_into_it(window: Any, qtbot: Any) -> None:
    screen = window.screen().availableGeometry()
    window.setGeometry(QRect(screen.left() + 40, screen.top() + 40, screen.width() * 2, screen.height() * 2))
    window._placed = window.geometry()  # as a geometry restored from a bigger screen
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: screen.contains(window.frameGeometry()), timeout=2000)


@pytest.mark.parametrize(("available", "frame"), [(LAPTOP, FRAME), (LAPTOP_150, FRAME_150)], ids=["100", "150"])
@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("badge", [False, True], ids=["", "badge"])
def test_what_an_action_says_is_read_whole_and_the_policy_line_is_never_cut(window: Any, qtbot: Any,
                                                                            available: QRect, frame: QMargins,
                                                                            language: str, badge: bool) -> None:
    """With the claims badge showing too ("⚑ 2 claims need action"), a second standing widget on the bar."""
    window.set_language(language)
    _fitted(window, qtbot, available, frame)
    status = window.statusBar()
    label = window.policy_label
    if badge:
        window.deals.badge.setText("⚑ " + window.deals.tr("{count} claims need action").format(count=12))
        window.deals.badge.setVisible(True)
    # Alone, the mode and policy line is there, shortened with "…" where the screen is narrow, never clipped.
    status.clearMessage()
    qtbot.wait(10)
    assert label.isVisible() and label.width() > 0
    shown = label.shown_text()
    assert shown.startswith(label.text()[:8])
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    # "Statement saved to …" with a long path: the message is read whole; the policy line makes way for it.
    message = window.tr("Statement saved to {path}.").format(
        path="C:\\Users\\dealer\\Documents\\Statement 3GNKDBRJ7TS100234 2026-10-15.pdf")
    status.showMessage(message, 6000)
    qtbot.wait(10)
    standing = [w for w in (window.deals.badge, label) if w.isVisible() and w.width()]
    room = (min(w.geometry().left() for w in standing) if standing else status.width()) - 8
    assert status.fontMetrics().horizontalAdvance(message) <= room, (room, message)
    status.clearMessage()
    qtbot.wait(10)
    assert label.isVisible() and label.width() > 0  # back once the message goes


def test_a_window_deleted_with_a_fit_pending_leaves_nothing_behind(qtbot: Any, policy: Any) -> None:
    """The form's re-layout asks for a fit on the next turn of the event loop; a window closed and deleted
    before then must not have it run on its deleted form (it raised inside Qt's event loop)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from evdesk.ui import MainWindow
    from evdesk.ui.settings import Settings

    window = MainWindow(policy=policy, settings=Settings(), language="en")
    QCoreApplication.sendEvent(window.form, QEvent(QEvent.Type.LayoutRequest))  # a fit is now pending
    assert window._fit_pending
    shiboken6.delete(window)
    QApplication.processEvents()  # pytest-qt fails the test on an exception raised in here
