"""Country names in the user's language, as people say them, and as a sentence needs them.

Names: pycountry's ISO 3166 database and its French catalogue, with the common name where those give
the formal or inverted one ("Russia", not "Russian Federation"; "British Virgin Islands", not "Virgin
Islands, British"; "Russie", not "Russie, Fédération de").

Phrases: a sentence asks for the form it needs (`country_phrase`), in each language:
  ""      the name as it stands in a sentence: "the United States" / as a label in French: "États-Unis"
  "the"   with its article: "the United States", "la Russie", "l’Allemagne", "Cuba"
  "in"    "in the United States", "aux États-Unis", "au Mexique", "en Chine", "à Cuba"
  "of"    "of Mexico", "du Mexique", "de Chine", "des États-Unis", "d’Italie" ("from" is the same in French)
Explanation templates ask for them in their placeholders, `{country:in}`, and a French translation may
ask for a form its English source does not (`Assembled in {country}` → `Assemblé {country:in}`).

French needs each name's article, which decides the preposition: `le` → au/du, `la` → en/de, `l’` (a
vowel) → en/d’, `les` → aux/des, none (most islands and city states) → à/de. The articles below are ISO
3166-1's own French short names' ("Mexique (le)", "Maldives (les)", "Malte"), as the ISO Online Browsing
Platform lists them (https://www.iso.org/obp/ui/#search/code/), adapted where the name shown differs from
ISO's (marked); the few names whose preposition does not follow from the article say so.
"""

from __future__ import annotations

import gettext
from functools import cache
from typing import Literal

from evdesk.present.language import Language

CountryForm = Literal["", "the", "in", "of", "from"]
COUNTRY_FORMS: tuple[CountryForm, ...] = ("", "the", "in", "of", "from")

# The common name where pycountry gives another (formal, inverted, or older).
_ENGLISH_NAMES = {
    "BN": "Brunei", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "FK": "Falkland Islands", "FM": "Micronesia", "PS": "Palestine", "RU": "Russia", "VA": "Vatican City",
    "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands",
}
_FRENCH_NAMES = {
    "AX": "Îles Åland", "CC": "Îles Cocos (Keeling)", "CV": "Cabo Verde", "CX": "Île Christmas",
    "FK": "Îles Malouines", "FM": "États fédérés de Micronésie", "GL": "Groenland", "GQ": "Guinée équatoriale",
    "MM": "Myanmar", "MO": "Macao", "PS": "État de Palestine", "RE": "La Réunion", "RU": "Russie",
    "SB": "Îles Salomon", "VA": "Saint-Siège", "VI": "Îles Vierges des États-Unis",
}
# English names read with "the" in a sentence: "assembled in the United States".
_ENGLISH_THE = frozenset({
    "AE", "AX", "BS", "CC", "CD", "CF", "CG", "CK", "DO", "FK", "FO", "GB", "GM", "IM", "IO", "KM", "KY", "MH",
    "MP", "MV", "NL", "PH", "SB", "SC", "TC", "TF", "UM", "US", "VG", "VI",
})

# Each name's French article: le, la, l’ (before a vowel), les, or - (none). From ISO 3166-1's French
# short names; "*" marks where the name shown is not ISO's (the article follows the name shown).
_FRENCH_ARTICLES_TABLE = """
AD l’ AE les AF l’ AG - AI - AL l’ AM l’ AO l’ AQ l’ AR l’ AS les AT l’ AU l’ AW - AX les AZ l’
BA la BB la BD le BE la BF le BG la BH - BI le BJ le BL - BM les BN le BO la BQ - BR le BS les BT le
BV l’ BW le BY le BZ le CA le CC les CD la CF la CG la* CH la CI la CK les CL le CM le CN la CO la CR le
CU - CV - CW - CX l’ CY - CZ la DE l’ DJ - DK le DM la DO la DZ l’ EC l’ EE l’ EG l’ EH le ER l’ ES l’
ET l’ FI la FJ les FK les FM les FO les FR la GA le GB le GD la GE la GF la GG - GH le GI - GL le GM la
GN la GP la GQ la GR la GS la GT le GU - GW la GY le HK - HM les* HN le HR la HT - HU la ID l’ IE l’ IL -
IM l’* IN l’ IO le IQ l’ IR l’ IS l’ IT l’ JE - JM la JO la JP le KE le KG le KH le KI - KM les KN - KP la
KR la KW le KY les KZ le LA le* LB le LC - LI le LK - LR le LS le LT la LU le LV la LY la MA le MC - MD la
ME le MF - MG - MH les MK la ML le MM le MN la MO - MP les MQ la MR la MS - MT - MU - MV les MW le MX le
MY la MZ le NA la NC la NE le NF l’ NG le NI le NL les NO la NP le NR - NU - NZ la OM - PA le PE le PF la
PG la PH les PK le PL la PM - PN les* PR - PS l’* PT le PW les PY le QA le RE - RO la RS la RU la RW le
SA l’ SB les SC les SD le SE la SG - SH - SI la SJ le SK la SL la SM - SN le SO la SR le SS le ST - SV le*
SX - SY la SZ l’ TC les TD le TF les TG le TH la TJ le TK les TL le TM le TN la TO les TR la TT la TV les
TW - TZ la UA l’ UG l’ UM les US les UY l’ UZ l’ VA le VC - VE le VG les VI les VN le VU le WF - WS le
YE le YT - ZA l’ ZM la ZW le
"""
# Prepositions usage gives otherwise than the article suggests.
_FRENCH_IN = {"HT": "en Haïti", "IL": "en Israël"}
_FRENCH_OF = {"HT": "d’Haïti"}

_ARTICLE_IN = {"le": "au ", "la": "en ", "l’": "en ", "les": "aux ", "-": "à "}
_ARTICLE_OF = {"le": "du ", "la": "de ", "l’": "d’", "les": "des ", "-": "de "}
_VOWELS = frozenset("AEIOUYÂÉÈÊÎÏÔÛÜÅ")


def _parse_articles(table: str) -> dict[str, str]:
    words = table.split()
    return {code: article.rstrip("*") for code, article in zip(words[::2], words[1::2], strict=True)}


FRENCH_ARTICLES: dict[str, str] = _parse_articles(_FRENCH_ARTICLES_TABLE)


@cache
def _catalogue(language: Language) -> gettext.NullTranslations:
    import pycountry

    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


@cache
def country_names(language: Language) -> dict[str, str]:
    """ISO alpha-2 code → the name people use ("South Korea", "Corée du Sud"), sorted by name."""
    import pycountry

    catalogue = _catalogue(language)
    overrides = _FRENCH_NAMES if language == "fr" else _ENGLISH_NAMES
    names = {}
    for country in pycountry.countries:
        common = getattr(country, "common_name", None)
        names[country.alpha_2] = overrides.get(country.alpha_2) or catalogue.gettext(common or country.name)
    return dict(sorted(names.items(), key=lambda item: item[1].casefold()))


def country_name(code: str | None, language: Language) -> str:
    if code is None:
        return ""
    return country_names(language).get(code, code)


def _in_running_text(name: str) -> str:
    """After an article or a preposition "Îles Cook" reads "îles Cook"."""
    return name[:1].lower() + name[1:] if name.startswith(("Île ", "Îles ")) else name


def _french(code: str, name: str, form: CountryForm) -> str:
    article = FRENCH_ARTICLES.get(code, "-")
    if form == "":
        return name
    body = _in_running_text(name) if article != "-" else name
    if form == "the":
        return {"-": body, "l’": "l’" + body}.get(article, f"{article} {body}")
    if form == "in":
        if code in _FRENCH_IN:
            return _FRENCH_IN[code]
        if article == "l’" and name.startswith("Île "):
            return "à l’" + body  # an island: "à l’île de Man", not "en"
        return _ARTICLE_IN[article] + body
    if code in _FRENCH_OF:
        return _FRENCH_OF[code]
    if article == "l’" and name.startswith("Île "):
        return "de l’" + body
    if article == "la" and name.startswith("République"):
        return "de la " + body  # "de la République dominicaine", where "de Chine" drops the article
    if article == "-" and name[:1].upper() in _VOWELS:
        return "d’" + name
    return _ARTICLE_OF[article] + body


def country_phrase(code: str, language: Language, form: CountryForm = "") -> str:
    """The country as a sentence asks for it (see the module's docstring for the forms)."""
    name = country_name(code, language)
    if language == "fr":
        return _french(code, name, form)
    the = "the " + name if code in _ENGLISH_THE else name
    return {"": the, "the": the, "in": "in " + the, "of": "of " + the, "from": "from " + the}[form]


def country_in_sentence(code: str, language: Language) -> str:
    """The name as it reads inside a sentence: "assembled in the United States"; French as a label."""
    return country_phrase(code, language, "")
