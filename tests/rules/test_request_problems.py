"""Bad input to the request model is refused at its field, as a code with parameters, never as a crash;
its English sentence is one printable line that never repeats a character it cannot print."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from evdesk.problems import escape_unprintable, shown
from evdesk.rules.request import SaleRequest, field_problems

FIELDS = sorted(SaleRequest.model_fields)
BASE: dict[str, Any] = {"sale_date": "2026-05-01"}


def refusal(**fields: Any):
    with pytest.raises(ValidationError) as caught:
        SaleRequest.model_validate({**BASE, **fields})
    return field_problems(caught.value)


def assert_one_printable_line(text: str) -> None:
    assert text == escape_unprintable(text), text
    assert "\n" not in text
    text.encode("utf-8")  # no lone surrogate left in it


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("value", ["\udbcb", "\udcff", "45\udcff00", "\ud800"], ids=["high", "byte", "inside", "d800"])
def test_a_lone_surrogate_is_refused_at_any_field(field: str, value: str) -> None:
    problems = refusal(**{field: value})
    assert field in problems
    problem = problems[field]
    assert problem.code in ("unreadable_text", "not_an_amount", "not_a_province", "not_a_battery_capacity"), problem
    assert_one_printable_line(str(problem))
    assert "\\x" in str(problem) or "\\u" in str(problem)  # shown escaped, not dropped


@pytest.mark.parametrize("field", ["vehicle_price", "warranty", "options", "fob_price", "charger"])
def test_a_surrogate_amount_is_refused_as_any_bad_amount(field: str) -> None:
    problem = refusal(**{field: "\udbcb"})[field]
    assert problem.code == "not_an_amount"
    assert str(problem) == "'\\udbcb' is not an amount: use digits and a decimal point, e.g. 45000.00"


@pytest.mark.parametrize("field", FIELDS)
def test_a_value_with_a_newline_is_refused_on_one_line(field: str) -> None:
    problems = refusal(**{field: "9\nY"})
    assert field in problems
    text = str(problems[field])
    assert_one_printable_line(text)
    if "given" in problems[field].params:
        assert "'9\\nY'" in text


@pytest.mark.parametrize(("fields", "field", "code", "params"), [
    ({"vehicle_price": "abc"}, "vehicle_price", "not_an_amount", {"given": "abc"}),
    ({"vehicle_price": "-1"}, "vehicle_price", "negative", {}),
    ({"options": "10000000.01"}, "options", "amount_too_large", {"limit": Decimal("10000000")}),
    ({"charger": "1.001"}, "charger", "too_many_decimals", {}),
    ({"fob_price": "nan"}, "fob_price", "not_an_amount", {}),
    ({"lease_months": 0}, "lease_months", "too_small", {"limit": 1}),
    ({"lease_months": 121}, "lease_months", "too_large", {"limit": 120}),
    ({"lease_months": "twelve"}, "lease_months", "not_a_whole_number", {"given": "twelve"}),
    ({"model_year": 1979}, "model_year", "too_small", {"limit": 1980}),
    ({"powertrain": "diesel"}, "powertrain", "not_one_of", {"choices": ["BEV", "FCEV", "PHEV", "HEV", "ICE"]}),
    ({"buyer": "alien"}, "buyer", "not_one_of", {"choices": ["individual", "organization", "government",
                                                             "carsharing"]}),
    ({"sale_date": "2026-02-30"}, "sale_date", "not_a_date", {}),
    ({"claim_date": "2026-04-30"}, "claim_date", "claim_before_sale",
     {"claim_date": dt.date(2026, 4, 30), "sale_date": dt.date(2026, 5, 1)}),
    ({"assembly": "XX"}, "assembly", "not_a_country_code", {"given": "XX"}),
    ({"make": "x" * 61}, "make", "too_long", {"limit": 60}),
    ({"trim": "LT\u202eX"}, "trim", "unprintable_character", {"character": "U+202E", "position": 3}),
    ({"freight_pdi_in_ftv": "perhaps"}, "freight_pdi_in_ftv", "not_yes_or_no", {}),
    ({"colour": "red"}, "colour", "unknown_field", {}),
    ({"vin": "1HGCM82633A00435"}, "vin", "vin_wrong_length", {"expected": 17, "length": 16}),
    ({"vin": "1HGCO82633A004352"}, "vin", "vin_forbidden_letter", {"letter": "O", "position": 5}),
    ({"vin": "1HGCM8\u200b2633A004352"}, "vin", "vin_invisible_character", {"codepoint": "U+200B", "position": 7}),
])
def test_each_refusal_has_a_code_and_its_parameters(fields, field, code, params) -> None:
    problem = refusal(**fields)[field]
    assert problem.code == code
    for key, value in params.items():
        assert problem.params[key] == value


def test_a_missing_sale_date_is_required() -> None:
    with pytest.raises(ValidationError) as caught:
        SaleRequest.model_validate({})
    assert field_problems(caught.value)["sale_date"].code == "required"


def test_shown_values_are_quoted_escaped_and_cut() -> None:
    assert shown("9\nY") == "'9\\nY'"
    assert shown("\udcff") == "'\\xff'"  # a byte the terminal could not decode, as the byte it was
    assert shown("\u200b") == "'\\u200b'"
    assert shown("x" * 100) == "'" + "x" * 40 + "…'"


anything = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.binary(max_size=8),
                     st.decimals(), st.dates(), st.lists(st.integers(), max_size=2), st.characters())


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from([*FIELDS, "unknown"]), anything, max_size=6))
def test_any_input_is_an_answer_or_a_refusal_never_a_crash(fields: dict[str, Any]) -> None:
    try:
        SaleRequest.model_validate(fields)
    except ValidationError as error:
        problems = field_problems(error)
        assert problems
        for problem in problems.values():
            assert_one_printable_line(str(problem))
