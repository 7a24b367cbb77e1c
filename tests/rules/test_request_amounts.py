"""What each kind of input to an amount becomes: one validator (`request._amount`) decides them all, so this
table is what it must keep doing. Text only when plainly written, a float as it was typed, an int or a finite
Decimal as it is; always to the cent, never negative zero; left empty, not known (or none, for a part)."""

from __future__ import annotations

import json
import warnings
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from evdesk.rules.request import SaleRequest, field_problems

BASE: dict[str, Any] = {"sale_date": "2026-05-01"}
NOT_KNOWN = object()  # what an optional amount left empty is: None; a part left empty is 0.00


def _answer(field: str, value: Any) -> Any:
    try:
        request = SaleRequest.model_validate({**BASE, field: value})
    except ValidationError as error:
        problem = field_problems(error)[field]
        return problem.code, problem.params.get("given")
    return getattr(request, field)


ACCEPTED = [
    ("45000", "45000.00"), (" 45000.5 ", "45000.50"), ("12.", "12.00"), (".5", "0.50"), ("0.000", "0.00"),
    ("-0", "0.00"), ("-0.00", "0.00"), ("10000000", "10000000.00"), ("10000000.00", "10000000.00"),
    (12, "12.00"), (0, "0.00"), (12.5, "12.50"), (0.1, "0.10"), (-0.0, "0.00"),
    (Decimal("1.000"), "1.00"), (Decimal("1E+2"), "100.00"), (Decimal("-0"), "0.00"),
]


@pytest.mark.parametrize("field", ["vehicle_price", "options", "msrp"])
@pytest.mark.parametrize(("given", "becomes"), ACCEPTED, ids=[repr(given) for given, _ in ACCEPTED])
def test_an_amount_plainly_given_becomes_dollars_and_cents(field: str, given: Any, becomes: str) -> None:
    value = _answer(field, given)
    assert isinstance(value, Decimal)
    assert str(value) == becomes  # to the cent, and "0.00", never "-0.00"
    assert not value.is_signed()


REFUSED = [
    ("1e3", "not_an_amount", "1e3"), ("1_000", "not_an_amount", "1_000"), ("+5", "not_an_amount", "+5"),
    (".", "not_an_amount", "."), ("-", "not_an_amount", "-"), ("12,50", "not_an_amount", "12,50"),
    ("١٢", "not_an_amount", "١٢"), ("abc", "not_an_amount", "abc"),
    (1e20, "not_an_amount", "1e+20"), (float("nan"), "not_an_amount", "nan"), (float("inf"), "not_an_amount", "inf"),
    (True, "not_an_amount", True), (False, "not_an_amount", False), (b"12", "not_an_amount", b"12"),
    ([], "not_an_amount", []), (3 + 0j, "not_an_amount", 3 + 0j),
    (Decimal("NaN"), "not_an_amount", None), (Decimal("sNaN"), "not_an_amount", None),
    (Decimal("Infinity"), "not_an_amount", Decimal("Infinity")),
    ("-1", "negative", Decimal("-1")), (-3, "negative", Decimal("-3")),
    (Decimal("-0.01"), "negative", Decimal("-0.01")),
    ("10000000.01", "amount_too_large", Decimal("10000000.01")), (10**30, "amount_too_large", Decimal(10**30)),
    ("12.345", "too_many_decimals", Decimal("12.345")), ("0.001", "too_many_decimals", Decimal("0.001")),
    (Decimal("1.0050"), "too_many_decimals", Decimal("1.0050")),
]


@pytest.mark.parametrize("field", ["vehicle_price", "options", "msrp"])
@pytest.mark.parametrize(("given", "code", "shown_as"), REFUSED, ids=[repr(given) for given, _, _ in REFUSED])
def test_an_amount_not_plainly_given_is_refused_naming_what_came(field: str, given: Any, code: str,
                                                                   shown_as: Any) -> None:
    found_code, found_given = _answer(field, given)
    assert found_code == code
    if shown_as is not None:  # a NaN is never equal to itself: its code is enough
        assert found_given == shown_as


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_an_amount_left_empty_is_not_known_and_a_part_left_empty_is_none(blank: Any) -> None:
    assert _answer("vehicle_price", blank) is None
    assert _answer("fob_price", blank) is None
    assert _answer("options", blank) == Decimal("0.00")
    assert str(_answer("options", blank)) == "0.00"


def test_amounts_go_to_json_as_their_text_and_come_back_unchanged_without_a_warning() -> None:
    request = SaleRequest.model_validate({**BASE, "vehicle_price": "45000.5", "options": 1500, "msrp": None})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pydantic warns when its serializer meets what it did not expect
        as_json = request.model_dump(mode="json")
        text = request.model_dump_json()
    assert (as_json["vehicle_price"], as_json["options"], as_json["msrp"]) == ("45000.50", "1500.00", None)
    assert json.loads(text)["charger"] == "0.00"
    assert SaleRequest.model_validate_json(text) == request
    assert SaleRequest.model_validate(as_json) == request
    assert request.model_dump()["vehicle_price"] == Decimal("45000.50")


def test_a_decimal_subclass_is_taken_as_the_plain_decimal_it_is() -> None:
    """As pydantic's own decimal validator did: the refusal names a Decimal, and the request holds one."""
    from evdesk.rules.values import Money

    assert _answer("vehicle_price", Money("-1")) == ("negative", Decimal("-1"))
    assert type(_answer("vehicle_price", Money("-1"))[1]) is Decimal
    assert type(_answer("options", Money("12.5"))) is Decimal


def test_an_amount_set_without_validation_to_none_goes_to_json_as_null() -> None:
    request = SaleRequest.model_validate(BASE).model_copy(update={"options": None, "vehicle_price": None})
    as_json = request.model_dump(mode="json")
    assert (as_json["options"], as_json["vehicle_price"]) == (None, None)


def test_the_request_schema_says_an_amount_takes_a_number_or_its_text() -> None:
    properties = SaleRequest.model_json_schema()["properties"]
    for field in ("vehicle_price", "options", "msrp"):
        kinds = {option.get("type") for option in properties[field]["anyOf"]}
        assert {"number", "string"} <= kinds, field


TEXTS = [given for given, _ in ACCEPTED if isinstance(given, str)] + [
    given for given, _, _ in REFUSED if isinstance(given, str)]


@pytest.mark.parametrize("given", TEXTS)
def test_an_amount_text_gives_the_same_answer_each_time_it_comes(given: str) -> None:
    """Texts that validate are remembered (a stock list repeats its fees); those refused are refused again,
    quoting what came, and never remembered."""
    from evdesk.rules import request

    request._AMOUNTS_READ.clear()
    answers = [_answer("options", given), _answer("vehicle_price", given), _answer("options", given)]
    assert answers[0] == answers[1] == answers[2]
    assert str(answers[0]) == str(answers[2])
    assert (given in request._AMOUNTS_READ) is isinstance(answers[0], Decimal)


def test_the_amount_texts_remembered_stay_few(monkeypatch: pytest.MonkeyPatch) -> None:
    from evdesk.rules import request

    monkeypatch.setattr(request, "AMOUNT_TEXTS_KEPT", 5)
    request._AMOUNTS_READ.clear()
    for cents in range(1, 40):
        assert _answer("vehicle_price", f"45000.{cents:02d}") == Decimal(f"45000.{cents:02d}")
    assert len(request._AMOUNTS_READ) <= 5


def test_a_long_amount_text_is_read_but_not_remembered() -> None:
    """Padding is valid ("  45000" from a fixed-width export): the amount is read, and so long a text is not kept."""
    from evdesk.rules import request

    request._AMOUNTS_READ.clear()
    padded = " " * 100_000 + "45000.00"
    assert _answer("vehicle_price", padded) == Decimal("45000.00")
    assert padded not in request._AMOUNTS_READ and request._AMOUNTS_READ == {}
