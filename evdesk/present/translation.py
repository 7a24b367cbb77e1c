"""The present layer's one door to translations, so that it imports no Qt.

Its texts are English source strings marked for Qt's lupdate (the literal calls to `translate`). The CLI
speaks English and never loads Qt: the source text is the translation. The window installs Qt's
`QCoreApplication.translate` here (evdesk.ui.i18n), and from then on the same calls go through the
French catalogue it loaded.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _source_text(context: str, text: str) -> str:
    return text


_translator: list[Translator] = [_source_text]


def translate(context: str, text: str) -> str:
    """`text` in the language of the moment (lupdate collects the literal calls)."""
    return _translator[0](context, text)


def use_translator(translator: Translator | None) -> Translator:
    """Route every `translate` through `translator` (None: the English source texts); returns the one it
    replaces, so that a caller can put it back."""
    previous = _translator[0]
    _translator[0] = translator or _source_text
    return previous
