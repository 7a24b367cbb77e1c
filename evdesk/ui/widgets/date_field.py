"""A date typed or pasted whole, in the forms people use in the UI's language, with a calendar on request.

Both languages take ISO 8601 (2026-11-15, 2026/11/15, 20261115) and the month by name ("November 15, 2026",
"15 Nov 2026"; "15 novembre 2026", "1er mars 2026", "15 nov. 2026"), with or without a weekday. French also
takes the day first in figures (15/11/2026, 15-11-2026), as Québec writes it. In English, figures with the
year last are refused, not guessed: en_CA writes 11/15/2026 and 15/11/2026 alike (month-first from the
United States, day-first from Britain), so 03/04/2026 could be either. Two-digit years are refused too.

A date never silently becomes another: an impossible day (2026-02-30) is refused at the field with a
message, and the text stays as typed. While the text is not yet a whole date the field is *pending*;
a whole date in a form whose end cannot still grow (the year last, or ISO with two-digit month and
day) is taken as it is typed; anything else is settled when the user leaves the field or presses Enter.
A settled date is shown in ISO form, the way the statement prints it.

The calendar opens from the button inside the field, or with Alt+Down or F4.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from evdesk.present.language import LOCALE_NAMES, Language
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.ui.theme import current, theme_changes

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

EARLIEST = dt.date(2000, 1, 1)
LATEST = dt.date(2099, 12, 31)
_SEPARATORS = r"[-/.\s]"
_ISO = re.compile(rf"^(\d{{4}}){_SEPARATORS}(\d{{1,2}}){_SEPARATORS}(\d{{1,2}})$")
_ISO_WHOLE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{8}$|^\d{4}/\d{2}/\d{2}$")  # cannot grow into another date
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YEAR_LAST = re.compile(rf"^(\d{{1,2}}){_SEPARATORS}(\d{{1,2}}){_SEPARATORS}(\d+)$")
_SHORT_YEAR = re.compile(rf"^\d{{1,2}}{_SEPARATORS}\d{{1,2}}{_SEPARATORS}\d{{2}}$|^\d{{2}}{_SEPARATORS}\d{{1,2}}"
                         rf"{_SEPARATORS}\d{{1,2}}$")

_TEXTS = {
    "empty": QT_TRANSLATE_NOOP("DateField", "Type a date, such as {example}."),
    "not_a_date": QT_TRANSLATE_NOOP("DateField", "“{text}” is not a date: type it as {example}."),
    "ambiguous": QT_TRANSLATE_NOOP("DateField", "“{text}” could be day/month or month/day: type it as {example} "
                                                "or with the month's name."),
    "short_year": QT_TRANSLATE_NOOP("DateField", "Type the year in full, such as {example}."),
    "no_such_day": QT_TRANSLATE_NOOP("DateField", "There is no {month} {day}, {year}: that month has {days} days. "
                                                  "Check the date."),
    "no_such_month": QT_TRANSLATE_NOOP("DateField", "There is no month {month}: months run from 1 to 12."),
    "out_of_range": QT_TRANSLATE_NOOP("DateField", "Type a date from {earliest} to {latest}."),
}


@dataclass(frozen=True)
class DateProblem(Exception):
    """Why a text is not a date: a code and its parameters, worded in the UI's language when shown."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, language: Language) -> str:
        # The example names the forms the language takes: French adds its day-first figures.
        example = translate("DateField", "2026-11-15", "an example of a whole date, in this language's forms")
        params = {"example": example, **self.params}
        if self.code == "no_such_day":
            params["month"] = QLocale(LOCALE_NAMES[language]).monthName(params["month"],
                                                                          QLocale.FormatType.LongFormat)
        if self.code == "out_of_range":
            params.update(earliest=EARLIEST.isoformat(), latest=LATEST.isoformat())
        return translate("DateField", _TEXTS[self.code]).format_map(params)


def _fold(text: str) -> str:
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return bare.casefold()


@functools.cache  # read on every keystroke of a date with a month in words
def _month_names(language: Language) -> dict[str, int]:
    """Every way the locale names a month, folded: "novembre", "nov", "nov.", "fevr"."""
    locale = QLocale(LOCALE_NAMES[language])
    names: dict[str, int] = {}
    for month in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            for name in (locale.monthName(month, form), locale.standaloneMonthName(month, form)):
                folded = _fold(name).rstrip(".")
                if folded:
                    names[folded] = month
    if language == "en":
        names["sept"] = 9  # what people write, though CLDR shortens it to "Sep"
    return names


@functools.cache
def _weekday_names(language: Language) -> frozenset[str]:
    locale = QLocale(LOCALE_NAMES[language])
    return frozenset(_fold(locale.dayName(day, form)).rstrip(".") for day in range(1, 8)
                     for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat))


def _checked(year: int, month: int, day: int) -> dt.date:
    if not 1 <= month <= 12:
        raise DateProblem("no_such_month", {"month": month})
    days = calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 31
    if not 1 <= day <= days:
        raise DateProblem("no_such_day", {"day": day, "month": month, "year": year, "days": days})
    date = dt.date(year, month, day)
    if not EARLIEST <= date <= LATEST:
        raise DateProblem("out_of_range")
    return date


def _named_month(words: list[str], language: Language) -> dt.date | None:
    """"November 15 2026", "15 November 2026", "1er novembre 2026" (the words, punctuation removed)."""
    months = _month_names(language)
    numbers = [w for w in words if w.isdigit() or (w.endswith("er") and w[:-2].isdigit())]
    names = [w for w in words if w not in numbers]
    if len(names) != 1 or len(numbers) != 2 or names[0].rstrip(".") not in months:
        return None
    day_text, year_text = numbers
    if len(year_text) != 4:
        if len(day_text) == 4:
            day_text, year_text = year_text, day_text  # "2026 novembre 15" is odd, but unambiguous
        else:
            raise DateProblem("short_year")
    return _checked(int(year_text), months[names[0].rstrip(".")], int(day_text.removesuffix("er")))


def parse_date(text: str, language: Language) -> dt.date:
    """The date in `text`, in the forms the module's docstring lists. Raises DateProblem."""
    stripped = " ".join(text.split())
    if not stripped:
        raise DateProblem("empty")
    iso = _ISO.match(stripped) or _COMPACT.match(stripped)
    if iso:
        return _checked(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if _SHORT_YEAR.match(stripped):
        raise DateProblem("short_year")
    year_last = _YEAR_LAST.match(stripped)
    if year_last:
        if len(year_last.group(3)) != 4:
            raise DateProblem("short_year") if len(year_last.group(3)) <= 2 else DateProblem(
                "not_a_date", {"text": stripped})
        if language != "fr":
            raise DateProblem("ambiguous", {"text": stripped})
        return _checked(int(year_last.group(3)), int(year_last.group(2)), int(year_last.group(1)))
    words = [w for w in re.split(r"[\s,]+", _fold(stripped)) if w]
    weekdays = _weekday_names(language)
    if words and words[0].rstrip(".") in weekdays:
        words = words[1:]  # "Sunday, November 15, 2026", as QLocale writes a long date
    named = _named_month(words, language) if words else None
    if named is None:
        raise DateProblem("not_a_date", {"text": stripped})
    return named


def is_whole(text: str) -> bool:
    """Whether typing more could still make `text` another date: not once the year (last) is complete, nor
    for ISO with two-digit month and day."""
    stripped = " ".join(text.split())
    if stripped.isdigit():
        return len(stripped) == 8  # 20261115; 2026111 is on its way there
    return bool(_ISO_WHOLE.match(stripped) or (re.search(r"\d{4}$", stripped) and not _ISO.match(stripped)))


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def calendar_icon(colour: str, size: int = 16, ratio: float = 1.0) -> QIcon:
    """A small calendar drawn in `colour` (the theme's ink), sharp at any scale."""
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(colour)
    painter.setPen(QPen(ink, 1.4))
    body = QRectF(2, 3.5, size - 4, size - 5.5)
    painter.drawRoundedRect(body, 1.5, 1.5)
    painter.fillRect(QRectF(body.left(), body.top(), body.width(), 3), ink)
    for x in (5.0, size - 5.0):
        painter.drawLine(QRectF(x, 1.5, 0, 3).topLeft(), QRectF(x, 1.5, 0, 3).bottomLeft())
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRectF(4.2 + column * 2.9, 8.5 + row * 2.8, 1.8, 1.6), ink)
    painter.end()
    return QIcon(pixmap)


class _CalendarPopup(QFrame):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setDateRange(to_qdate(EARLIEST), to_qdate(LATEST))
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout.addWidget(self.calendar)

    def _pick(self, date: QDate) -> None:
        self.hide()
        self.picked.emit(date)


class DateField(QLineEdit):
    """A date input. `date()` is the last settled date; `pending()` the text being typed, `error()` why the
    text is not a date (both None when the field holds its date)."""

    dateChanged = Signal(QDate)  # a settled date other than the one before
    edited = Signal()  # the text, or whether it is pending or wrong, changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._language: Language = "en"
        self._date = to_qdate(dt.date.today())
        self._pending: str | None = None
        self._problem: DateProblem | None = None
        self._quiet = False
        self._select_on_release = False
        self._popup: _CalendarPopup | None = None
        self.calendar_action = QAction(self)
        self.calendar_action.setObjectName("calendarAction")
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._paint_icon()
        theme_changes().changed.connect(self._paint_icon)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-11-15") + 48)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self.settle)
        self._show(self._date)
        self.retranslate()

    # --- reading and setting --------------------------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, date: QDate | dt.date) -> None:
        """Set the date as a settled one, as QDateEdit.setDate does; out of range, it is clamped."""
        day = date if isinstance(date, dt.date) else dt.date(date.year(), date.month(), date.day())
        day = min(max(day, EARLIEST), LATEST)
        self._show(to_qdate(day))
        self._set_state(None, None)
        self._take(to_qdate(day))

    def pending(self) -> str | None:
        return self._pending

    def error(self) -> str | None:
        return self._problem.text(self._language) if self._problem is not None else None

    def problem(self) -> DateProblem | None:
        return self._problem

    def setLocale(self, locale: QLocale) -> None:
        super().setLocale(locale)
        self._language = "fr" if locale.language() == QLocale.Language.French else "en"
        if self._popup is not None:
            self._popup.calendar.setLocale(locale)
        self.retranslate()

    def retranslate(self) -> None:
        self.calendar_action.setText(translate("DateField", "Choose from a calendar"))
        self.calendar_action.setToolTip(translate("DateField", "Choose from a calendar (Alt+Down)"))
        self.setPlaceholderText(translate("DateField", "Such as 2026-11-15"))
        self._describe()

    # --- behaviour ------------------------------------------------------------------------------
    def _show(self, date: QDate) -> None:
        self._quiet = True
        try:
            self.setText(date.toString("yyyy-MM-dd"))
        finally:
            self._quiet = False

    def _describe(self) -> None:
        """The settled date in words, for whoever hovers or listens: "Sunday, November 15, 2026"."""
        locale = QLocale(LOCALE_NAMES[self._language])
        self.setToolTip(locale.toString(self._date, QLocale.FormatType.LongFormat))

    def _set_state(self, pending: str | None, problem: DateProblem | None) -> None:
        if (pending, problem) != (self._pending, self._problem):
            self._pending, self._problem = pending, problem
            self.edited.emit()

    def _take(self, date: QDate) -> None:
        if date != self._date:
            self._date = QDate(date)
            self._describe()
            self.dateChanged.emit(QDate(date))

    def _typed(self, text: str) -> None:
        if self._quiet:
            return
        try:
            day = parse_date(text, self._language)
        except DateProblem as problem:
            # A whole date that is wrong is said at once; anything shorter is still being typed.
            if is_whole(text) and problem.code not in ("empty", "not_a_date"):
                self._set_state(None, problem)
            else:
                self._set_state(text.strip() or "", None)
            return
        if is_whole(text):
            self._set_state(None, None)
            self._take(to_qdate(day))
        else:
            self._set_state(text.strip(), None)

    def settle(self) -> None:
        """The user left the field or pressed Enter: the text is a date (shown in ISO form) or an error."""
        if self._pending is None and self._problem is None:
            if self.text() != self._date.toString("yyyy-MM-dd"):
                self._show(self._date)  # tidy what was typed ("2026-11-15 " or "15 novembre 2026")
            return
        try:
            day = parse_date(self.text(), self._language)
        except DateProblem as problem:
            self._set_state(None, problem)  # the text stays as typed
            return
        self._show(to_qdate(day))
        self._set_state(None, None)
        self._take(to_qdate(day))

    def show_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.calendar.setLocale(self.locale())
            self._popup.picked.connect(self._picked)
        self._popup.calendar.setSelectedDate(self._date)
        self._popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        self._popup.move(below)
        self._popup.show()
        self._popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, date: QDate) -> None:
        self._show(date)
        self._set_state(None, None)
        self._take(date)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _paint_icon(self, *_theme: object) -> None:
        ratio = self.devicePixelRatioF() if self.window() is not None else 1.0
        self.calendar_action.setIcon(calendar_icon(current().ink, 16, max(ratio, 2.0)))

    # --- events ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.settle()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # A click into the field selects the whole date, so typing replaces it (Tab already does).
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            self._select_on_release = True
        elif event.reason() in (Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason):
            QTimer.singleShot(0, self.selectAll)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._select_on_release:
            self._select_on_release = False
            if not self.hasSelectedText():  # not when the click was a drag to select part of it
                self.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
