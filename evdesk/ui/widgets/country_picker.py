"""A country picker with search: names in the UI language, the ISO 3166 alpha-2 code as item data.

Typing filters the list (anywhere in the name, accents and case ignored). While the user types, only a
country's full name ("Mexico", "etats-unis") is taken at once; anything else is *pending*: shown at the
field, never evaluated as a country. The field settles when the user leaves it (Tab, a click elsewhere,
even with the completion list open), presses Enter or picks from the list. Settling takes, in order: a
full name; "UK"; a code typed in capitals ("DE", "CHN"); the one country whose name starts with the text
("chin" → China, "mex" → Mexico); a two- or three-letter ISO code; the one country whose name contains
it. Anything else is an error at the field. Empty means "not known".
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QWidget

from evdesk.present.countries import country_names
from evdesk.present.language import LOCALE_NAMES, Language

_ALIASES = {"UK": "GB"}  # what people type for the United Kingdom; ISO says GB
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1  # the name without accents or case, for the completer
_MAX_NAMED = 4  # candidates named in an "ambiguous" message


def fold(text: str) -> str:
    """What matching compares: no accents, no case, one kind of apostrophe, a hyphen as good as a space
    ("etats unis" is "États-Unis")."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.replace("’", "'").replace("-", " ").casefold().split())


@functools.cache
def _alpha3() -> dict[str, str]:
    import pycountry

    return {country.alpha_3: country.alpha_2 for country in pycountry.countries}


@functools.cache
def _sorted_names(language: Language) -> tuple[tuple[str, str, str], ...]:
    """(code, name, folded name) in the order a reader of `language` expects: "États-Unis" among the E's in
    French. Worked out once for every picker: both pickers would otherwise fold 500 names at start-up."""
    collator = QCollator(QLocale(LOCALE_NAMES[language]))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    items = sorted(country_names(language).items(),
                   key=functools.cmp_to_key(lambda a, b: collator.compare(a[1], b[1])))
    return tuple((iso, name, fold(name)) for iso, name in items)


@functools.cache
def _by_folded_name(language: Language) -> dict[str, str]:
    return {folded: iso for iso, _name, folded in _sorted_names(language)}


@dataclass(frozen=True)
class _Problem:
    """Why typed text could not be settled; worded only when shown, in the language of the moment."""

    text: str
    candidates: tuple[str, ...] = ()  # codes, when the text names several countries


class _FoldingCompleter(QCompleter):
    """Matches the typed text against the folded names ("etats" finds "États-Unis") but writes the real
    name back into the field."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CountryPicker(QComboBox):
    changed = Signal()  # the chosen country, the pending text or the field's error changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._language: Language | None = None
        self._by_name: dict[str, str] = {}  # folded name → code, in the UI language
        # Folded names in the other language → code: "Germany" still works in French, "Allemagne" in English.
        self._other: dict[str, str] = {}
        self._code: str | None = None
        self._pending: str | None = None
        self._problem: _Problem | None = None
        self._quiet = False  # our own changes to the text are not typing
        self.set_language("en")
        completer = _FoldingCompleter(self.model(), self)
        completer.setCompletionRole(FOLDED_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated[str].connect(lambda _text: self.settle())
        self.activated.connect(lambda _index: self.settle())
        self.editTextChanged.connect(self._typed)
        self.lineEdit().returnPressed.connect(self.settle)
        # Leaving the field settles it. Neither editingFinished nor a FocusOut event will do: while the
        # completion list is open, Qt moves the focus on Tab or a click elsewhere without telling the field,
        # and editingFinished also fires when the field's own drop-down list opens, which is not leaving.
        # The application's focusChanged is emitted in every case.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.retranslate()

    # --- reading and setting --------------------------------------------------------------------
    def code(self) -> str | None:
        """The settled country; None while the text is pending or wrong, or when the field is empty."""
        return self._code

    def pending(self) -> str | None:
        """Text typed but not settled yet (the user has not left the field)."""
        return self._pending

    def error(self) -> str | None:
        """Why the settled text is not a country, in the current UI language."""
        problem = self._problem
        if problem is None:
            return None
        translate = QCoreApplication.translate
        if problem.candidates:
            names = [self._name(code) for code in problem.candidates[:_MAX_NAMED]]
            listed = ", ".join(names) + ("…" if len(problem.candidates) > _MAX_NAMED else "")
            return translate("CountryPicker", "“{text}” could be {countries}: type more of the name, or pick one "
                                              "from the list.").format(text=problem.text, countries=listed)
        return translate("CountryPicker", "“{text}” is not a country in the list: pick one, or type its two- or "
                                          "three-letter code (CN, USA).").format(text=problem.text)

    def set_code(self, code: str | None) -> None:
        index = self.findData(code.upper()) if code else 0
        self._show_index(max(index, 0))
        self._set(self.currentData() or None, None, None)

    def set_language(self, language: Language) -> None:
        if language == self._language:
            return
        self._language = language
        text = self.currentText()
        self._quiet = True
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem("", "")  # "" not None: PySide6 6.12 under-counts None read back from item data
            for row, (iso, name, folded) in enumerate(_sorted_names(language), start=1):
                self.addItem(name, iso)
                self.setItemData(row, folded, FOLDED_ROLE)
            self._by_name = _by_folded_name(language)
            other: Language = "fr" if language == "en" else "en"
            self._other = _by_folded_name(other)
            if self._pending is not None or self._problem is not None:
                self.setEditText(text)  # keep what the user typed, still pending or still marked
            else:
                self.setCurrentIndex(max(self.findData(self._code), 0) if self._code else 0)
        finally:
            self.blockSignals(False)
            self._quiet = False

    def retranslate(self) -> None:
        self.lineEdit().setPlaceholderText(QCoreApplication.translate(
            "CountryPicker", "Not known: type a name or a code"))

    # --- behaviour ------------------------------------------------------------------------------
    def _owns(self, widget: QWidget) -> bool:
        """The field itself, its drop-down list or its completion list (popups are windows of their own,
        so QWidget.isAncestorOf does not see them)."""
        popup = self.completer().popup() if self.completer() is not None else None
        current: QWidget | None = widget
        while current is not None:
            if current is self or current is popup or current is self.view():
                return True
            current = current.parentWidget()
        return False

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or new is None or not self._owns(old) or self._owns(new):
            return
        popup = self.completer().popup() if self.completer() is not None else None
        if popup is not None:
            popup.hide()
        self.settle()

    def _name(self, code: str) -> str:
        index = self.findData(code)
        return self.itemText(index) if index > 0 else code

    def _show_index(self, index: int) -> None:
        self._quiet = True
        self.blockSignals(True)
        try:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        finally:
            self.blockSignals(False)
            self._quiet = False

    def _set(self, code: str | None, pending: str | None, problem: _Problem | None) -> None:
        if (code, pending, problem) != (self._code, self._pending, self._problem):
            self._code, self._pending, self._problem = code, pending, problem
            self.changed.emit()

    def _exact(self, text: str) -> str | None:
        folded = fold(text)
        return self._by_name.get(folded) or self._other.get(folded)

    def _typed(self, text: str) -> None:
        if self._quiet:
            return
        if not text.strip():
            self._set(None, None, None)
            return
        code = self._exact(text)
        if code is not None:
            self._set(code, None, None)
        else:
            self._set(None, text.strip(), None)  # not a country yet: wait until the user leaves the field

    def _candidates(self, folded: str, test: str) -> list[str]:
        if test == "prefix":
            return list(dict.fromkeys(iso for name, iso in self._by_name.items() if name.startswith(folded)))
        return list(dict.fromkeys(iso for name, iso in self._by_name.items() if folded in name))

    def resolve(self, text: str) -> str | _Problem | None:
        """What settled `text` means: a code, None (empty), or the problem with it."""
        text = text.strip()
        if not text:
            return None
        exact = self._exact(text)
        if exact is not None:
            return exact
        upper = text.upper()
        codes = self._by_name.values()
        if upper in _ALIASES:
            return _ALIASES[upper]
        is_alpha = text.isascii() and text.isalpha()
        as_code = None
        if is_alpha and len(text) == 2 and upper in codes:
            as_code = upper
        elif is_alpha and len(text) == 3 and upper in _alpha3() and _alpha3()[upper] in codes:
            as_code = _alpha3()[upper]
        if as_code is not None and text == upper:
            return as_code  # typed in capitals, as a code is written: "DE" is Germany, not Denmark
        folded = fold(text)
        starting = self._candidates(folded, "prefix")
        if len(starting) == 1:
            return starting[0]
        if as_code is not None:
            return as_code
        containing = self._candidates(folded, "contains")
        if len(containing) == 1:
            return containing[0]
        return _Problem(text, tuple(starting or containing))

    def settle(self) -> None:
        """Take what is typed as final: a country (shown by its name), empty, or an error at the field."""
        text = self.currentText()
        if self._pending is None and self._problem is None:
            if self._code is not None and (text != self._name(self._code) or self.currentData() != self._code):
                self._show_index(self.findData(self._code))  # "etats-unis" → "États-Unis"
            return
        resolved = self.resolve(text)
        if isinstance(resolved, _Problem):
            self._set(None, None, resolved)
            return
        if resolved is not None:
            self._show_index(self.findData(resolved))
        self._set(resolved, None, None)
