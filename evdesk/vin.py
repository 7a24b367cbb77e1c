"""Read what a VIN says about a vehicle: where it was assembled, who made it, its model year, and
whether its check digit is right.

Pure Python (no Qt), fast enough to run on every keystroke. The WMI tables (country, region, maker)
and the model-year letters come from the `vininfo` library; this module adds our own validation, so
the error a dealer sees names the exact problem, the ISO 3166 code of the assembly country (what the
tariff and quota rules key on), and a plain check-digit verdict.

A wrong check digit is not an error: many VINs built outside North America carry no check digit at
position 9, so callers show a warning and carry on.
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from evdesk.problems import InputProblem, codepoint

if TYPE_CHECKING:
    from vininfo import Vin

__all__ = ["CheckDigit", "VinError", "VinFacts", "decode_vin"]

VIN_LENGTH = 17

# Letters and digits a VIN may use. I, O and Q are excluded by ISO 3779 because they read as 1 and 0.
_FORBIDDEN_LETTERS = frozenset("IOQ")
_ALLOWED = frozenset("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

# Check digit, ISO 3779 / 49 CFR 565.15: transliterate each letter to a number, multiply each
# position by its weight, sum, and take the remainder modulo 11; a remainder of 10 is written 'X'.
# Position 9 (the check digit itself) has weight 0, so the computation never depends on it.
_TRANSLITERATION: dict[str, int] = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_CHECK_POSITION = 8  # 0-based index of position 9

# vininfo's country names that pycountry cannot look up as written, with their ISO 3166 alpha-2 codes.
_COUNTRY_ALIASES: dict[str, str] = {
    "Bosnia & Herzogovina": "BA",  # vininfo's spelling (sic) and ampersand
    "Dom. Republic": "DO",
    "Ivory Coast": "CI",
    "Macedonia": "MK",  # ISO name: North Macedonia
    "Russia": "RU",  # ISO name: Russian Federation
    "Turkey": "TR",  # ISO name: Türkiye
}

# vininfo's country names with no current ISO 3166-1 code; these decode with assembly_country None.
_UNMAPPABLE_COUNTRIES: frozenset[str] = frozenset(
    {
        "Serbia & Montenegro",  # dissolved in 2006; its code CS was withdrawn
        "South Ossetia",  # not in ISO 3166-1
    }
)

CheckDigit = Literal["valid", "invalid"]

# Model-year characters, 49 CFR 565.15 (ISO 3779): 1980 is A, the letters and digits below follow year by
# year, and the cycle repeats every 30 years (A is 1980, 2010, 2040...).
_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"
_FIRST_YEAR = 1980


class VinError(InputProblem):
    """The text cannot be a VIN: `code` (vin_empty, vin_forbidden_letter, vin_space, vin_invisible_character,
    vin_bad_character, vin_wrong_length) and `params` (the character and its 1-based position, the length)
    for each edge to word; str(error) is one plain-English sentence naming the problem."""


@dataclass(frozen=True, slots=True)
class VinFacts:
    vin: str  # normalised: stripped, upper-case
    wmi: str  # world manufacturer identifier: the first 3 characters
    assembly_country: str | None  # ISO 3166 alpha-2 of the WMI's country, None if unknown
    assembly_country_name: str | None  # English name as vininfo gives it
    region: str | None  # vininfo's region: "North America", "Asia", ...
    maker: str | None  # vininfo's manufacturer, e.g. "Tesla"
    # The model-year character: position 10 (vininfo knows the brands that use 11); None when it is none.
    year_code: str | None
    check_digit: CheckDigit  # does position 9 equal the ISO 3779 check digit?
    check_digit_expected: str  # the digit (or 'X') the check computes

    def model_years(self, latest: int) -> tuple[int, ...]:
        """The model years the year code can mean up to `latest`, newest first: it repeats every 30 years,
        so 'P' is 2023 or 1993. The caller says how late a year may be (the sale date's next year), so the
        answer never depends on the day it is worked out."""
        if self.year_code is None:
            return ()
        year = _FIRST_YEAR + _YEAR_CODES.index(self.year_code)
        return tuple(range(year, latest + 1, len(_YEAR_CODES)))[::-1]


@functools.lru_cache(maxsize=256)  # the request validates a VIN and the rules read it: decode once
def decode_vin(text: str) -> VinFacts:
    """Validate and decode a VIN typed or pasted by the user.

    Only leading and trailing whitespace is forgiven; anything else wrong raises VinError.
    """
    vin = _normalise(text)
    expected = _check_digit(vin)
    country_name, region, maker, year_code = _vininfo_facts(vin)
    return VinFacts(
        vin=vin,
        wmi=vin[:3],
        assembly_country=_country_code(country_name) if country_name else None,
        assembly_country_name=country_name,
        region=region,
        maker=maker,
        year_code=year_code,
        check_digit="valid" if vin[_CHECK_POSITION] == expected else "invalid",
        check_digit_expected=expected,
    )


def _normalise(text: str) -> str:
    stripped = text.strip()
    if not stripped:
        raise VinError("vin_empty")
    if len(stripped) == VIN_LENGTH + 1 and stripped[0] in "Ii":
        # Many import and compliance barcodes (Code 39) carry a leading "I" before the 17 characters.
        stripped = stripped[1:]
    # Upper-case ASCII only: 'ß'.upper() is 'SS', which would hide the bad character.
    vin = (
        stripped.upper()
        if stripped.isascii()
        else "".join(ch.upper() if ch.isascii() else ch for ch in stripped)
    )
    # Characters before length: while the user types, the length is always wrong, but a typed O
    # for 0 is worth flagging at once.
    if not _ALLOWED.issuperset(vin):
        position, ch = next((i, ch) for i, ch in enumerate(vin, start=1) if ch not in _ALLOWED)
        if ch in _FORBIDDEN_LETTERS:
            raise VinError("vin_forbidden_letter", letter=ch, position=position)
        raise _bad_character(ch, position)
    if len(vin) != VIN_LENGTH:
        raise VinError("vin_wrong_length", expected=VIN_LENGTH, length=len(vin))
    return vin


def _bad_character(ch: str, position: int) -> VinError:
    """Name a character so the user can find it, even when it does not print."""
    if ch == " ":
        return VinError("vin_space", position=position)
    if ch.isprintable():
        return VinError("vin_bad_character", character=ch, position=position)
    return VinError("vin_invisible_character", codepoint=codepoint(ch), position=position)


def _check_digit(vin: str) -> str:
    # map() rather than a generator: the same sum at about 60 % of the cost, for every VIN a stock list holds.
    remainder = sum(map(operator.mul, map(_TRANSLITERATION.__getitem__, vin), _WEIGHTS)) % 11
    return "X" if remainder == 10 else str(remainder)


# What vininfo says of a maker, by the only characters it reads for it, the WMI (positions 1-3): region,
# country and maker, and where the brand puts the model-year character (position 10, or 11 for a brand
# vininfo knows to put it there). A stock list repeats a few makers' WMIs thousands of times, each unit
# with its own serial number, and its plant and year codes.
_VININFO_FACTS: dict[str, tuple[str | None, str | None, str | None, int]] = {}
_VININFO_FACTS_KEPT = 4096


def _vininfo_facts(vin: str) -> tuple[str | None, str | None, str | None, str | None]:
    """Country name, region, maker and model-year character from vininfo; None where unknown. Not
    vininfo's `years`: it counts up to the clock's next year, so the same VIN would decode differently
    from one year to the next."""
    wmi = vin[:3]
    facts = _VININFO_FACTS.get(wmi)
    if facts is None:
        if len(_VININFO_FACTS) >= _VININFO_FACTS_KEPT:
            _VININFO_FACTS.clear()
        facts = _VININFO_FACTS[wmi] = _read_vininfo(vin)
    country, region, maker, year_position = facts
    code = vin[9 + year_position]  # vininfo's `years_code`: its VIS (positions 10-17) at the brand's place
    return country, region, maker, code if code in _YEAR_CODES else None


def _read_vininfo(vin: str) -> tuple[str | None, str | None, str | None, int]:
    from vininfo.common import UnsupportedBrand

    info = _identity_reader()(vin)
    assembler = info.assembler
    # vininfo reports an unknown WMI as a placeholder brand named "UnsupportedBrand".
    maker = None if isinstance(assembler, UnsupportedBrand) else assembler.manufacturer
    return info.country, info.region, maker, getattr(assembler, "year_position", 0)


@functools.cache
def _identity_reader() -> type[Vin]:
    from vininfo import Vin  # on first use: a check without a VIN never needs it

    class Identity(Vin):
        """vininfo's VIN without its brand-specific decoders of model, body and plant: evdesk reads none of
        them, and they cost most of the decoding."""

        def __init__(self, num: str) -> None:
            self._brand = None
            self.num = num
            self.details = None

    return Identity


@functools.cache
def _country_code(name: str) -> str | None:
    """ISO 3166 alpha-2 code for one of vininfo's country names; cached, as pycountry lookups are slow."""
    if name in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[name]
    if name in _UNMAPPABLE_COUNTRIES:
        return None
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None
