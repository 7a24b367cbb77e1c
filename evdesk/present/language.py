"""The two languages evdesk speaks, the Qt locales they format with, and the two audiences (modes)."""

from __future__ import annotations

from typing import Literal

Language = Literal["en", "fr"]
Mode = Literal["dealer", "consumer"]  # dealer: every customs detail; consumer: plain words
MODES: tuple[Mode, ...] = ("dealer", "consumer")
LANGUAGES: tuple[Language, ...] = ("en", "fr")
LOCALE_NAMES: dict[Language, str] = {"en": "en_CA", "fr": "fr_CA"}


def language_of(locale_name: str) -> Language:
    """'fr_CA', 'fr-CA', 'fr' → 'fr'; anything else → 'en'."""
    return "fr" if locale_name.lower().startswith("fr") else "en"
