"""Installing and switching the UI language: Qt's own French (standard buttons, dialogs) and ours.

Installing a translator makes Qt post a LanguageChange event to every window; each widget retranslates
itself in `changeEvent`. The translators are kept here, parented to the application, because a
QTranslator that Python collects stops translating.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from evdesk.paths import resources_path
from evdesk.present.language import LOCALE_NAMES, Language, language_of
from evdesk.present.translation import use_translator

# The present layer translates through its own door (it imports no Qt, for the CLI); in the window its
# texts go through Qt's translators, installed below, like every other string.
use_translator(QCoreApplication.translate)

# Qt's own French (qtbase_fr) leaves these labels of its file dialog in English, where the platform's dialog
# is not used (Linux without a desktop's); ours fills them, and, installed after Qt's, is asked first.
QT_FRENCH_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))

_installed: list[QTranslator] = []
_current: list[Language] = []


def system_language() -> Language:
    """French when the system's first UI language is French, English otherwise (first start only)."""
    for name in QLocale.system().uiLanguages():
        if name.lower().startswith(("fr", "en")):
            return language_of(name)
    return "en"


def current_language() -> Language:
    return _current[-1] if _current else "en"


def use_language(language: Language) -> bool:
    """Make `language` the UI language. Returns False if our French catalogue could not be loaded (the
    window then shows English words with French-formatted numbers rather than failing)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("use_language needs a running QApplication")
    if _current and _current[-1] == language and (_installed or language == "en"):
        return True
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALE_NAMES[language]))
    use_translator(QCoreApplication.translate)  # the present layer's texts too
    _current[:] = [language]
    loaded = True
    if language != "en":
        qt_base = QTranslator(app)
        if qt_base.load(QLocale(LOCALE_NAMES[language]), "qtbase", "_",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
        ours = QTranslator(app)
        # Looks for evdesk_fr_CA.qm, then falls back to evdesk_fr.qm.
        loaded = ours.load(QLocale(LOCALE_NAMES[language]), "evdesk", "_", str(resources_path("i18n")))
        if loaded:
            app.installTranslator(ours)
            _installed.append(ours)
    # Deliver the LanguageChange events now, so the window is fully retranslated when this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return loaded
