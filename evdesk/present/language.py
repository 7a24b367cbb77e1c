"""The two languages evdesk speaks and the Qt locales they format with."""

from __future__ import annotations

from typing import Literal

Language = Literal["en", "fr"]
LANGUAGES: tuple[Language, ...] = ("en", "fr")
LOCALE_NAMES: dict[Language, str] = {"en": "en_CA", "fr": "fr_CA"}


def language_of(locale_name: str) -> Language:
    """'fr_CA', 'fr-CA', 'fr' → 'fr'; anything else → 'en'."""
    return "fr" if locale_name.lower().startswith("fr") else "en"
