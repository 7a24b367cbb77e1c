"""One cell of a stock list as a request value: what spreadsheets write (numbers, dates, "$45,000.00",
"45 000,00 $", "Neuf", "États-Unis") turned into what `SaleRequest` takes.

Only forms that mean one thing are converted. Anything else goes to the request as it was written, so the
request's own validation refuses it with its own message, naming the value; a date not written as
YYYY-MM-DD is refused here, since the request would also take forms a spreadsheet does not mean.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache

from evdesk.batch.fields import Field, Kind, header_key
from evdesk.problems import InputProblem


class CellProblem(InputProblem):
    """A cell that cannot be used, as a code and parameters (evdesk.problems) like the request's own
    refusals, so each edge words it in its language; `str(problem)` is the English, naming what was written."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without ".0" (a stock number or model year typed as a number); a blank
    cell (an XLSX's None) is no text."""
    if value is None:
        return ""
    if isinstance(value, bool):  # an XLSX's TRUE, as the spreadsheet shows it (Python's str says "True")
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


# --- amounts --------------------------------------------------------------------------------------

_PLAIN_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]{1,2})?")  # what most cells hold: nothing to convert
_CURRENCY = re.compile(r"^(?:CAD|CA\$|C\$|\$)\s*|\s*(?:CAD|CA\$|C\$|\$)$", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u202f]+")  # a space, a no-break space or a narrow one: French thousands
_SPACE_GROUPED = re.compile(r"-?[0-9]{1,3}(?:[\s\u00a0\u202f][0-9]{3})+(?:[.,][0-9]{1,2})?")  # 45 000,00
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?")  # 45,000 or 45,000.00
_FRENCH_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]{1,2}")  # 45.000,00
_DECIMAL_COMMA = re.compile(r"-?[0-9]+,[0-9]{1,2}")  # 45000,00 or 45000,5
_DOT_THOUSANDS = re.compile(r"[0-9]{1,3}\.[0-9]{3}")  # 65.000: sixty-five thousand, or sixty-five dollars?


def amount_text(value: object) -> object:
    """"$45,000.00", "45 000,00 $", "45000,5" → "45000.00", "45000.00", "45000.5"; a number cell → its
    Decimal. A comma before exactly three digits groups thousands; before one or two it is the decimal
    point (amounts have cents, never thousandths). A lone dot before three digits ("65.000") is refused
    (CellProblem): it groups thousands in some exports and is a decimal point in others."""
    if isinstance(value, bool):
        return cell_text(value)  # TRUE: the request refuses it, quoting it as the spreadsheet shows it
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(_as_shown(value))  # what the spreadsheet showed, not its binary approximation
    written = str(value).strip()
    text = _CURRENCY.sub("", written)
    if _SPACES.search(text) and not _SPACE_GROUPED.fullmatch(text):
        return written  # "1 2 3 4 5" or "45 0000": spaces that group no thousands, for the request to refuse
    text = _SPACES.sub("", text)
    if _PLAIN_AMOUNT.fullmatch(text):
        return text
    if _GROUPED.fullmatch(text):
        return text.replace(",", "")
    if _FRENCH_GROUPED.fullmatch(text):
        return text.replace(".", "").replace(",", ".")
    if _DECIMAL_COMMA.fullmatch(text):
        return text.replace(",", ".")
    if _DOT_THOUSANDS.fullmatch(text):  # read as a decimal it would be a price a thousand times too low
        raise CellProblem("ambiguous_amount", given=written, grouped=text.replace(".", ""), decimal=text[:-1])
    return written  # as written, so the request's refusal quotes what the dealer typed


# --- whole numbers, dates, choices ----------------------------------------------------------------

def _as_shown(value: float) -> str:
    """A number cell to the 15 significant digits a spreadsheet keeps and shows: a price computed as =B2*1.13
    is stored as 50849.999999999993 and shown, and meant, as 50850."""
    return format(value, ".15g")


def whole_number(value: object) -> object:
    if isinstance(value, bool):  # an XLSX's TRUE is no count of months or incentives, though Python's 1
        return cell_text(value)  # the request refuses it
    if isinstance(value, float) and (shown := float(_as_shown(value))).is_integer():
        return int(shown)
    if isinstance(value, str):
        text = _SPACES.sub("", value)
        # "15000.0", as a one-decimal column exports it, is 15,000; "1.000" or "1,000" stays for the request
        # to refuse (a thousand, or one?), and so does "15000.5".
        whole = _WHOLE_TEXT.fullmatch(text)
        return int(whole[1]) if whole else value.strip()
    return value


_WHOLE_TEXT = re.compile(r"([0-9]+)(?:[.,]0{1,2})?")


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MIDNIGHT = re.compile(r"(?:[ T]00:00(?::00(?:\.0+)?)?)?")  # what some exports add to a date


def date_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value)
    if _ISO_DATE.match(text) and _MIDNIGHT.fullmatch(text[10:]):
        return text[:10]  # the request says whether it is a real date
    raise CellProblem("not_a_date", given=text)


def choice_value(field: Field, value: object) -> object:
    text = cell_text(value)
    return field.words.get(header_key(text), text)


# --- countries ------------------------------------------------------------------------------------

_COUNTRY_WORDS = {"usa": "US", "u s": "US", "u s a": "US", "united states of america": "US", "america": "US",
                  "korea": "KR", "south korea": "KR", "coree": "KR", "coree du sud": "KR", "uk": "GB",
                  "great britain": "GB", "britain": "GB", "england": "GB", "etats unis d amerique": "US"}


@cache
def _country_names() -> dict[str, str]:
    """Every country's names (English and French, official and common) and alpha-3 code → alpha-2."""
    import gettext

    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    names: dict[str, str] = {}
    for country in pycountry.countries:
        spellings = [country.alpha_3, country.name, getattr(country, "common_name", ""),
                     getattr(country, "official_name", "")]
        spellings += [french.gettext(name) for name in spellings[1:] if name]
        for spelling in spellings:
            if spelling:
                names.setdefault(header_key(spelling), country.alpha_2)
    names.update(_COUNTRY_WORDS)
    return names


@cache
def _province_names() -> dict[str, str]:
    """Each province's and territory's name, in English and French ("Québec", "Colombie-Britannique") → its
    code, from pycountry's ISO 3166-2 list and its French translation."""
    import gettext

    import pycountry

    french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    names: dict[str, str] = {}
    for province in pycountry.subdivisions.get(country_code="CA"):
        for spelling in (province.name, french.gettext(province.name)):
            names[header_key(spelling)] = province.code.removeprefix("CA-")
    return names


def province_value(value: object) -> object:
    """"QC" or "CA-QC" as written, for the request to judge; a name as its code; anything else as written."""
    text = cell_text(value)
    return _province_names().get(header_key(text), text)


def country_value(value: object) -> object:
    text = cell_text(value)
    if len(text) <= 2:
        return text  # a code (or not): the request judges it
    return _country_names().get(header_key(text), text)


_PLAIN_WHOLE = re.compile(r"[0-9]+")


def _amount(value: object) -> object:
    if value.__class__ is str and _PLAIN_AMOUNT.fullmatch(value):  # type: ignore[arg-type]
        return value
    return amount_text(value)


_ZERO = re.compile(r"-?0+(?:\.0{1,2})?")  # "-0", "-0,00" too: the request reads them as 0


def _sale_price(value: object) -> object:
    """A vehicle price; 0 is refused. On a stock list a 0 holds the place of a price not yet set, and read as
    a price it made the car eligible for the whole rebate, its final transaction value nothing but the fees."""
    amount = _amount(value)
    if (_ZERO.fullmatch(amount) if isinstance(amount, str) else amount == 0):
        raise CellProblem("zero_price", given=cell_text(value))
    return amount


def _whole(value: object) -> object:
    if value.__class__ is str and _PLAIN_WHOLE.fullmatch(value):  # type: ignore[arg-type]
        return int(value)  # type: ignore[call-overload]
    return whole_number(value)


def _date(value: object) -> object:
    if value.__class__ is str and len(value) == 10 and _ISO_DATE.fullmatch(value):  # type: ignore[arg-type]
        return value
    return date_value(value)


def _text(value: object) -> object:
    return value.strip() if value.__class__ is str else cell_text(value)  # type: ignore[attr-defined]


def _vin(value: object) -> object:
    return _SPACES.sub("", cell_text(value))


def _remembered(convert: Callable[[object], object]) -> Callable[[object], object]:
    """For columns whose cells repeat (a powertrain, a country): each distinct text is converted once."""
    seen: dict[object, object] = {}

    def converted(value: object) -> object:
        if value.__class__ is bool:  # TRUE is 1 to a dict: never answered from a 1 remembered, nor one from it
            return convert(value)
        try:
            return seen[value]
        except KeyError:
            result = convert(value)
            if len(seen) < 4096:  # a column of distinct texts is not a column of choices: stop remembering
                seen[value] = result
            return result
        except TypeError:  # an unhashable cell: convert it each time
            return convert(value)

    return converted


def converter(field: Field) -> Callable[[object], object]:
    """The function that turns this field's cells into request values (raising CellProblem), chosen once per
    column rather than per cell: a 10,000-row list has some 150,000 cells."""
    match field.kind:
        case Kind.AMOUNT:
            return _sale_price if field.request == "vehicle_price" else _amount
        case Kind.WHOLE:
            return _whole
        case Kind.DATE:
            return _date
        case Kind.CHOICE:
            return _remembered(lambda value: choice_value(field, value))
        case Kind.COUNTRY:
            return _remembered(country_value)
        case Kind.VIN:
            return _vin
    return _remembered(province_value) if field.request == "province" else _text


def request_value(field: Field, value: object) -> object:
    """The value for `field.request`; raises CellProblem for what is refused before the request sees it."""
    return converter(field)(value)
