"""Bad input, refused as a code with parameters: each edge words it in its own language (the window
through its translated texts, the CLI and `str()` in the English below), and no edge parses another
layer's English.

The value the user gave is shown quoted and escaped (`shown`), so a message never carries a character
it cannot print: a newline stays `\\n`, a byte the terminal could not decode `\\xff`, and the message
stays one line.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

SHOWN_MAX = 40  # characters of a given value repeated in a message; the rest is cut with "…"

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

# The English words for each code: what `str(problem)` and the CLI say. {given} is the value as typed.
ENGLISH: dict[str, str] = {
    # amounts
    "not_an_amount": "{given} is not an amount: use digits and a decimal point, e.g. 45000.00",
    "negative": "{given} is negative: amounts must be 0 or more",
    "zero_price": "{given} is not a sale price: leave the price empty until it is known",
    "amount_too_large": "{given} is too large: no vehicle sale line is over {limit}",
    "too_many_decimals": "{given} has more than two decimals: amounts are in dollars and cents",
    "row_too_wide": "{cells} cells where the header has {columns}: a value may hold an unquoted comma or "
                    "separator",
    "totals_row": "a line of totals, not a vehicle: not checked",
    "formula_not_saved": "a formula whose result was never saved (the workbook was written by a program): "
                         "open it in Excel or LibreOffice, save it, and check it again",
    "ambiguous_amount": "{given} is ambiguous: a dot before three digits may group thousands; write {grouped} or "
                        "{decimal}",
    # numbers, choices, dates, countries, text
    "not_a_whole_number": "{given} is not a whole number",
    "too_small": "{given} is too small: it must be at least {limit}",
    "too_large": "{given} is too large: it must be at most {limit}",
    "not_one_of": "{given} is not one of: {choices}",
    "not_yes_or_no": "{given} is not true or false",
    "not_a_date": "{given} is not a real date in the form YYYY-MM-DD",
    "claim_before_sale": "the claim date {claim_date} is before the sale date {sale_date}",
    "registration_before_sale": "the registration date {registration_date} is before the sale date {sale_date}",
    "not_a_province": "{given} is not a Canadian province or territory: use its ISO 3166-2 code, e.g. QC or CA-QC",
    "not_a_battery_capacity": "{given} is not a battery capacity: use kWh with a decimal point, e.g. 13.8",
    "battery_out_of_range": "{given} kWh is not a battery capacity: it must be over 0 and at most {limit}",
    "battery_too_many_decimals": "{given} has more than two decimals: give the capacity to 0.01 kWh",
    "not_a_country_code": "{given} is not an ISO 3166 two-letter country code",
    "too_long": "{given} is too long: at most {limit} characters",
    "unreadable_text": "{given} holds something that is not text (a byte that is not UTF-8, or a lone surrogate)",
    "unprintable_character": "{given} holds a character that cannot be shown ({character} at position {position})",
    "required": "is required",
    "unknown_field": "is not part of a sale request",
    "not_a_request": "a sale request is a set of named fields",
    "invalid": "{given} cannot be used",
    # VINs (evdesk.vin.VinError)
    "vin_empty": "The VIN is empty.",
    "vin_forbidden_letter": "A VIN never contains the letters I, O or Q (found '{letter}' at position {position}).",
    "vin_space": "A VIN has only letters and digits (found a space at position {position}).",
    "vin_invisible_character": "A VIN has only letters and digits (found the invisible character {codepoint} at "
                               "position {position}).",
    "vin_bad_character": "A VIN has only letters and digits (found '{character}' at position {position}).",
    "vin_wrong_length": "A VIN has {expected} characters; this one has {length}.",
}


def escape_unprintable(text: str) -> str:
    """`text` with every character that does not print written as an escape: one line, always encodable."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte the terminal could not decode (Python's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def codepoint(ch: str) -> str:
    """U+200B: how a message names a character that does not print."""
    return f"U+{ord(ch):04X}"


def shown(value: object) -> str:
    """A given value as a message repeats it: quoted, escaped, and cut when long."""
    text = value if isinstance(value, str) else str(value)
    if len(text) > SHOWN_MAX:
        text = text[:SHOWN_MAX] + "…"
    return f"'{escape_unprintable(text)}'"


def _english_value(key: str, value: Any) -> str:
    if key == "given":
        return shown(value)
    if isinstance(value, Decimal):
        return f"{value:,}"  # an amount limit: 10,000,000
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return escape_unprintable(str(value))


def english(code: str, params: dict[str, Any]) -> str:
    template = ENGLISH.get(code, ENGLISH["invalid"])
    values = {key: _english_value(key, value) for key, value in params.items()}
    values.setdefault("given", "''")
    try:
        return template.format_map(values)
    except (KeyError, IndexError):
        return ENGLISH["invalid"].format_map(values)


class InputProblem(ValueError):
    """Bad input with its `code` and `params`; str(problem) is the English sentence. A ValueError, so that
    pydantic reports it at the field it was raised for."""

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params
        super().__init__(english(code, params))
