"""Country names as people say them, and the forms a sentence asks for, over every ISO 3166 country."""

from __future__ import annotations

import pycountry
import pytest

from evdesk.present.countries import COUNTRY_FORMS, FRENCH_ARTICLES, country_name, country_names, country_phrase
from evdesk.present.format import Formatter
from evdesk.present.language import LANGUAGES
from evdesk.rules.values import Country

NBSP = "\u00a0"
CODES = sorted(country.alpha_2 for country in pycountry.countries)
# Names that start with a vowel letter but not a vowel sound, or with an aspirated h: they take le / la.
_NOT_ELIDED = {"HN", "HU", "YE"}


@pytest.mark.parametrize(("language", "code", "name"), [
    ("en", "RU", "Russia"),
    ("en", "CD", "Democratic Republic of the Congo"),
    ("en", "VG", "British Virgin Islands"),
    ("en", "KR", "South Korea"),
    ("en", "IR", "Iran"),
    ("en", "TW", "Taiwan"),
    ("fr", "RU", "Russie"),
    ("fr", "CD", "République démocratique du Congo"),
    ("fr", "VG", "Îles Vierges britanniques"),
    ("fr", "KR", "Corée du Sud"),
    ("fr", "US", "États-Unis"),
])
def test_common_names_not_formal_ones(language, code, name) -> None:
    assert country_name(code, language) == name


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_name_is_inverted_or_formal(language) -> None:
    """pycountry's "Virgin Islands, British", "Russie, Fédération de", "Korea, Republic of" never show."""
    allowed_commas = {"BQ", "SH"}  # "Bonaire, Sint Eustatius and Saba" is the territory's own name
    for code, name in country_names(language).items():
        assert code in allowed_commas or ", " not in name, (code, name)
        assert "Federation" not in name and "Fédération" not in name, (code, name)


def test_every_iso_country_has_a_french_article() -> None:
    assert sorted(FRENCH_ARTICLES) == CODES
    assert set(FRENCH_ARTICLES.values()) <= {"le", "la", "l’", "les", "-"}


@pytest.mark.parametrize("code", CODES)
def test_each_french_article_fits_its_name(code: str) -> None:
    name = country_name(code, "fr")
    article = FRENCH_ARTICLES[code]
    vowel = name[:1].upper() in "AEIOUYÂÉÈÊÎÏÔÛÜÅ" and code not in _NOT_ELIDED
    if article == "l’":
        assert vowel, f"{code} {name}: l’ before a consonant"
    elif article in ("le", "la"):
        assert not vowel, f"{code} {name}: {article} before a vowel should be l’"
    elif article == "les":
        words = name.split(" ")
        plural = words[0].endswith(("s", "x")) or words[-1].endswith(("s", "x"))
        assert plural or code in {"FJ", "TK", "TO", "TV", "PW"}, f"{code} {name}: plural?"


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_form_of_every_country_reads(code: str, language: str) -> None:
    prefixes = {
        "en": {"in": ("in ",), "of": ("of ",), "from": ("from ",)},
        "fr": {"in": ("au ", "aux ", "en ", "à "), "of": ("du ", "des ", "de ", "d’"),
               "from": ("du ", "des ", "de ", "d’")},
    }[language]
    name = country_name(code, language)
    for form in COUNTRY_FORMS:
        phrase = country_phrase(code, language, form)
        assert phrase.isprintable() and phrase.strip() == phrase and "  " not in phrase, (form, phrase)
        assert name.casefold() in phrase.casefold(), (form, phrase)
        if form in prefixes:
            assert phrase.startswith(prefixes[form]), (form, phrase)


@pytest.mark.parametrize(("code", "form", "phrase"), [
    ("MX", "in", "au Mexique"), ("CN", "in", "en Chine"), ("US", "in", "aux États-Unis"),
    ("DE", "in", "en Allemagne"), ("IR", "in", "en Iran"), ("CU", "in", "à Cuba"), ("IL", "in", "en Israël"),
    ("JP", "in", "au Japon"), ("KR", "in", "en Corée du Sud"), ("CA", "in", "au Canada"),
    ("NL", "in", "aux Pays-Bas"), ("CK", "in", "aux îles Cook"), ("IM", "in", "à l’île de Man"),
    ("RU", "the", "la Russie"), ("US", "the", "les États-Unis"), ("DE", "the", "l’Allemagne"),
    ("MX", "of", "du Mexique"), ("CN", "of", "de Chine"), ("US", "of", "des États-Unis"),
    ("IT", "of", "d’Italie"), ("HT", "of", "d’Haïti"), ("DO", "of", "de la République dominicaine"),
    ("CN", "", "Chine"),
])
def test_french_forms(code: str, form, phrase: str) -> None:
    assert country_phrase(code, "fr", form) == phrase


@pytest.mark.parametrize(("code", "form", "phrase"), [
    ("US", "in", "in the United States"), ("US", "", "the United States"), ("MX", "in", "in Mexico"),
    ("RU", "", "Russia"), ("CD", "of", "of the Democratic Republic of the Congo"),
    ("VG", "", "the British Virgin Islands"), ("CN", "from", "from China"),
])
def test_english_forms(code: str, form, phrase: str) -> None:
    assert country_phrase(code, "en", form) == phrase


def test_a_template_asks_for_the_form_it_needs() -> None:
    params = {"country": Country("US"), "origin": Country("CN")}
    assert Formatter("fr").fill("Assemblé {country:in}, et non {origin:in}.", params) == (
        "Assemblé aux États-Unis, et non en Chine.")
    assert Formatter("en").fill("Made {country:in}, brand {origin:from}.", params) == (
        "Made in the United States, brand from China.")


def test_a_translation_asking_a_form_a_value_has_not_falls_back_to_english() -> None:
    """A broken translation never hides the answer: the English template is used instead."""
    from evdesk.present.translation import use_translator
    from evdesk.rules.values import Money

    previous = use_translator(lambda context, text: "Plafond {cap:in}." if text == "Cap {cap}." else text)
    try:
        assert Formatter("fr").fill("Cap {cap}.", {"cap": Money("50000")}) == f"Cap 50{NBSP}000,00{NBSP}$."
    finally:
        use_translator(previous)
