"""A dollar amount typed the way people type it: "45000", "45,000.00", "$45,000" in English; "45 000,00",
"45 000,00 $" and, because dealers type it, "45000.50" in French. Spaces of any kind (NBSP, narrow NBSP)
group digits. Negative amounts, letters, NaN and more than two decimals are refused with a message."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from evdesk.present.language import LOCALE_NAMES, Language
from evdesk.rules.request import MAX_AMOUNT

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
_PLAIN = re.compile(r"^\d+(\.\d+)?$")
_EN_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_NEGATIVE = ("-", "−", "–", "(")
# The example in a message: French groups digits with a no-break space, so "45 000,00" never breaks.
_EXAMPLES = {"en": "45,000.00", "fr": "45\u00a0000,00"}


class MoneyError(ValueError):
    """The text is not an amount; str(error) is a translated sentence for the user."""


def parse_money(text: str, language: Language) -> Decimal | None:
    """The amount in `text`, or None when it is empty. Raises MoneyError with a translated message."""
    compact = _SPACES.sub("", text)
    compact = compact.replace("CA$", "").replace("$", "")
    if compact.upper().startswith("CAD") or compact.upper().endswith("CAD"):
        compact = compact.upper().replace("CAD", "")
    if not compact:
        return None
    if compact.startswith(_NEGATIVE):
        raise MoneyError(translate("MoneyField", "An amount cannot be negative."))
    if language == "fr":
        if compact.count(",") + compact.count(".") > 1:
            raise MoneyError(translate("MoneyField", "Type the amount as 45 000,00 (a space between thousands, a "
                                                     "comma before the cents)."))
        number = compact.replace(",", ".")
    elif _EN_GROUPED.match(compact):
        number = compact.replace(",", "")
    elif "," in compact:
        raise MoneyError(translate("MoneyField", "Type the amount as 45,000.00 (a comma between thousands, a point "
                                                 "before the cents)."))
    else:
        number = compact
    if not _PLAIN.match(number):
        raise MoneyError(translate("MoneyField", "Type an amount in dollars, with digits only, e.g. {example}.").format(
            example=_EXAMPLES[language]))
    if "." in number and len(number.split(".")[1]) > 2:
        raise MoneyError(translate("MoneyField", "Use at most two decimals (cents)."))
    try:
        amount = Decimal(number)
    except InvalidOperation:
        raise MoneyError(translate("MoneyField", "Type an amount in dollars, with digits only, e.g. {example}.").format(
            example=_EXAMPLES[language])) from None
    if amount > MAX_AMOUNT:
        raise MoneyError(translate("MoneyField", "That is more than {limit}: check the amount.").format(
            limit=format_money_input(MAX_AMOUNT, language)))
    return amount


def format_money_input(amount: Decimal, language: Language) -> str:
    """An amount as it would be typed in `language`, without the currency sign: 45,000.00 / 45 000,00."""
    return QLocale(LOCALE_NAMES[language]).toString(float(amount), "f", 2)


class MoneyEdit(QLineEdit):
    """A line edit for an amount; `amount()` parses it in the current UI language."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._language: Language = "en"
        self.setClearButtonEnabled(False)
        # Wide enough for a full price in either language ("1 000 000,00"), whatever the window's width.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0 000 000,00") + 18)
        self.editingFinished.connect(self._tidy)

    @property
    def language(self) -> Language:
        return self._language

    def set_language(self, language: Language) -> None:
        """Switch languages, rewriting a valid amount in the new language's style so it still parses."""
        if language == self._language:
            return
        try:
            amount = parse_money(self.text(), self._language)
        except MoneyError:
            amount = None  # keep what the user typed, untouched
        self._language = language
        if amount is not None:
            self.blockSignals(True)
            self.setText(format_money_input(amount, language))
            self.blockSignals(False)

    def amount(self) -> Decimal | None:
        return parse_money(self.text(), self._language)

    def set_amount(self, amount: Decimal | None) -> None:
        self.setText("" if amount is None else format_money_input(amount, self._language))

    def _tidy(self) -> None:
        # Show a valid amount in the house style once the user leaves the field; a bad one stays as typed.
        try:
            amount = parse_money(self.text(), self._language)
        except MoneyError:
            return
        tidy = "" if amount is None else format_money_input(amount, self._language)
        if tidy != self.text():
            self.setText(tidy)
