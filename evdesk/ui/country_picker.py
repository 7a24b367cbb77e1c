"""A country picker with search: names in the UI language, the ISO 3166 alpha-2 code as item data.

Typing filters the list (anywhere in the name). A name or a two-letter code ("CN", "us") selects the
country at once; anything else waits until the user leaves the field, then either picks the one country
it names or asks for one from the list. Empty means "not known".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from evdesk.present.countries import country_names
from evdesk.present.language import Language

_ALIASES = {"UK": "GB"}  # what people type for the United Kingdom
_UNRESOLVED = "?"


class CountryPicker(QComboBox):
    changed = Signal()  # the chosen country (or the field's error) changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._language: Language | None = None
        self._by_name: dict[str, str] = {}
        self._code: str | None = None
        self._error: str | None = None
        self.set_language("en")
        self.editTextChanged.connect(self._typed)
        self.lineEdit().editingFinished.connect(self._commit)
        self.retranslate()

    # --- reading and setting --------------------------------------------------------------------
    def code(self) -> str | None:
        return self._code

    def error(self) -> str | None:
        return self._error

    def set_code(self, code: str | None) -> None:
        index = self.findData(code.upper()) if code else 0
        self.setCurrentIndex(max(index, 0))
        self._typed(self.currentText())

    def set_language(self, language: Language) -> None:
        if language == self._language:
            return
        self._language = language
        text, code, error = self.currentText(), self._code, self._error
        self.blockSignals(True)
        self.clear()
        self.addItem("", "")  # "" not None: PySide6 6.12 under-counts None read back from item data
        names = country_names(language)
        for iso, name in names.items():
            self.addItem(name, iso)
        self._by_name = {name.casefold(): iso for iso, name in names.items()}
        if error:
            self.setEditText(text)  # keep what the user typed, still marked
        else:
            self.setCurrentIndex(max(self.findData(code), 0) if code else 0)
        self.blockSignals(False)

    def retranslate(self) -> None:
        self.lineEdit().setPlaceholderText(QCoreApplication.translate(
            "CountryPicker", "Not known: type a name or a code"))
        if self._error:
            self._commit()

    # --- behaviour ------------------------------------------------------------------------------
    def _resolve(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        code = self._by_name.get(text.casefold())
        if code:
            return code
        if len(text) == 2 and text.isalpha():
            upper = _ALIASES.get(text.upper(), text.upper())
            if self.findData(upper) > 0:
                return upper
        return _UNRESOLVED

    def _set(self, code: str | None, error: str | None) -> None:
        if (code, error) != (self._code, self._error):
            self._code, self._error = code, error
            self.changed.emit()

    def _typed(self, text: str) -> None:
        code = self._resolve(text)
        if code != _UNRESOLVED:
            self._set(code, None)
        # Half a name while typing is not an error yet: the answer stays as it was until the user leaves.

    def _commit(self) -> None:
        text = self.currentText()
        code = self._resolve(text)
        if code == _UNRESOLVED:
            needle = text.strip().casefold()
            matches = [iso for name, iso in self._by_name.items() if needle in name]
            if len(matches) == 1:
                code = matches[0]
        if code == _UNRESOLVED:
            self._set(self._code, QCoreApplication.translate(
                "CountryPicker", "“{text}” is not a country in the list: pick one, or type its two-letter "
                                 "code (CN, US).").format(text=text.strip()))
            return
        if code is not None and self.currentData() != code:
            self.blockSignals(True)
            self.setCurrentIndex(self.findData(code))  # show the country's name for a typed code
            self.blockSignals(False)
        self._set(code, None)
