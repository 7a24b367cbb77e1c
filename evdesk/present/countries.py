"""Country names in the user's language, from pycountry's ISO 3166 data and its French catalogue."""

from __future__ import annotations

import gettext
from functools import cache

from evdesk.present.language import Language


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
    names = {}
    for country in pycountry.countries:
        common = getattr(country, "common_name", None)
        names[country.alpha_2] = catalogue.gettext(common or country.name)
    return dict(sorted(names.items(), key=lambda item: item[1].casefold()))


def country_name(code: str | None, language: Language) -> str:
    if code is None:
        return ""
    return country_names(language).get(code, code)


_PLURAL_NAMES = ("Netherlands", "Philippines", "Bahamas", "Maldives", "Seychelles", "Comoros", "Gambia")


def country_in_sentence(code: str, language: Language) -> str:
    """The name as it reads inside an English sentence: "assembled in the United States". French texts
    are written so that the bare name reads well ("Assemblage final : États-Unis")."""
    name = country_name(code, language)
    if language == "en" and (name.startswith(("United ", "Dominican ", "Central African ")) or
                             name.endswith(" Islands") or name in _PLURAL_NAMES):
        return "the " + name
    return name
