"""The VIN field: the input, its check-digit verdict, and what the typed or scanned text decodes to.

A VIN being typed is not an error until it cannot become one or the user leaves the field. The field
knows no other input: what a VIN fills in (the assembly country, the model year) is the form's choice.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit

from evdesk.present.format import Formatter
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.rules.values import Country
from evdesk.rules.vehicle import model_year_from_vin
from evdesk.ui.counter.fields import FieldBox
from evdesk.vin import VIN_LENGTH, VinError, VinFacts, decode_vin

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

# The decoder's refusals by code (evdesk.vin.VinError), in the UI language.
_VIN_TEXTS = {
    "vin_empty": QT_TRANSLATE_NOOP("VinField", "The VIN is empty."),
    "vin_forbidden_letter": QT_TRANSLATE_NOOP("VinField", "A VIN never contains the letters I, O or Q (found “{ch}” "
                                                          "at position {position})."),
    "vin_space": QT_TRANSLATE_NOOP("VinField", "A VIN has only letters and digits (found a space at position "
                                               "{position})."),
    "vin_bad_character": QT_TRANSLATE_NOOP("VinField", "A VIN has only letters and digits (found “{ch}” at "
                                                       "position {position})."),
    "vin_invisible_character": QT_TRANSLATE_NOOP("VinField", "A VIN has only letters and digits (found the invisible "
                                                             "character {codepoint} at position {position})."),
    "vin_wrong_length": QT_TRANSLATE_NOOP("VinField", "A VIN has 17 characters; this one has {count}."),
}


def scan_prefix(text: str) -> int:
    """1 when `text` may be a barcode scan in progress: Code 39 VIN labels carry a leading "I" before the
    17 characters (the decoder drops it from an 18-character scan)."""
    return 1 if text[:1] in ("I", "i") else 0


def still_typing(text: str) -> bool:
    """Fewer than 17 characters (18 for a scan), all of them ones a VIN may hold: not an error yet, only
    unfinished."""
    body = text[scan_prefix(text):]
    return len(body) < VIN_LENGTH and body.isascii() and (body.isalnum() or not body) \
        and not set(body.upper()) & set("IOQ")


def vin_problem_text(code: str, params: dict[str, Any]) -> str:
    """A VIN refusal (its code and parameters) in the UI language."""
    template = _VIN_TEXTS.get(code)
    if template is None:
        return translate("SaleForm", "This value cannot be used: pick or type it again.")
    values = {"ch": params.get("letter", params.get("character", "")), "position": params.get("position", ""),
              "codepoint": params.get("codepoint", ""), "count": params.get("length", "")}
    return translate("VinField", template).format_map(values)


def vin_error_text(error: VinError) -> str:
    return vin_problem_text(error.code, error.params)


class VinField:
    """The VIN's line edit and verdict label, and the decoding of what they hold: `facts` once the text is a
    VIN, `error` once it cannot become one (both None while empty or still being typed)."""

    def __init__(self) -> None:
        self.edit = QLineEdit()
        self.edit.setObjectName("vinInput")
        # Room for a pasted VIN with spaces around it, or a scanned one with its leading "I"; the decoder
        # says what is wrong with anything else.
        self.edit.setMaxLength(40)
        # A fixed-pitch face tells 0 from O and 1 from I, and a whole VIN stays in view.
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("W" * 18))
        self.verdict = QLabel()
        self.verdict.setObjectName("vinVerdict")
        self.verdict.setProperty("role", "verdict")
        self.verdict.setWordWrap(True)
        self.facts: VinFacts | None = None
        self.error: VinError | None = None  # kept as the error, worded in the language of the moment
        self._status = ""  # the verdict's status property, kept here: restyling costs a few milliseconds

    def decode_typed(self, text: str) -> VinFacts | None:
        """Decode the text as typed; the VIN's facts when it is one."""
        self.facts = None
        self.error = None
        stripped = text.strip()
        if stripped:
            try:
                self.facts = decode_vin(stripped)
            except VinError as error:
                if not still_typing(stripped):
                    self.error = error  # a wrong character is worth saying at once
        if self.facts is not None and len(stripped) == VIN_LENGTH + 1:
            # A scanned barcode's leading "I": show the 17 characters the VIN is.
            self.edit.blockSignals(True)
            self.edit.setText(self.facts.vin)
            self.edit.blockSignals(False)
        return self.facts

    def settle(self) -> bool:
        """The user left the field: a VIN still being typed is now an error. True when the field has
        something new to say."""
        stripped = self.edit.text().strip()
        if not (stripped and self.facts is None and self.error is None):
            return False
        try:
            decode_vin(stripped)
        except VinError as error:
            self.error = error
        return True

    def show_state(self, box: FieldBox, formatter: Formatter, sale_date: dt.date) -> None:
        """The verdict beside the field and the message or hint under it. The model year letter is read
        against the sale date. The words are the sale form's: they keep its translation context."""
        facts = self.facts
        verdict = self.verdict
        stripped = self.edit.text().strip()
        status = ""
        if self.error is not None:
            verdict.setText("")
            box.set_message(vin_error_text(self.error))
            box.set_hint(None)
        elif facts is not None:
            valid = facts.check_digit == "valid"
            verdict.setText(translate("SaleForm", "✓ Check digit valid") if valid else
                            translate("SaleForm", "⚠ Check digit doesn't match"))
            status = "good" if valid else "warn"
            box.set_message(None)
            parts = [facts.maker or facts.wmi]  # the maker as the VIN tables name it: data, not translated
            if facts.assembly_country:
                # Filled by the formatter, so the French can ask for the country's "in" form.
                parts.append(formatter.fill(QT_TRANSLATE_NOOP("SaleForm", "assembled in {country}"),
                                            {"country": Country(facts.assembly_country)}, context="SaleForm"))
            year = model_year_from_vin(facts, sale_date)
            if year is not None:
                parts.append(translate("SaleForm", "model year {year}").format(year=year))
            hint = " · ".join(parts)
            if not valid:
                hint += "\n" + translate("SaleForm", "The check digit (9th character) should be {expected}: look "
                                                     "for a typing error. Some VINs from outside North America "
                                                     "carry none.").format(expected=facts.check_digit_expected)
            box.set_hint(hint)
        elif stripped:
            count = len(stripped) - scan_prefix(stripped)
            verdict.setText(translate("SaleForm", "{count} of 17").format(count=count))
            box.set_message(None)
            box.set_hint(None)
        else:
            verdict.setText("")
            box.set_message(None)
            box.set_hint(None)
        if status != self._status:
            self._status = status
            verdict.setProperty("status", status)
            verdict.style().unpolish(verdict)
            verdict.style().polish(verdict)
        verdict.setVisible(bool(verdict.text()))
        box.update_notes()
