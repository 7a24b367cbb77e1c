"""Price parts named in a sentence: every part has its words, and a list reads as the language lists things."""

from __future__ import annotations

from typing import Any

import pytest

from evdesk.present.format import Formatter
from evdesk.present.terms import PART_WORDS
from evdesk.rules.values import PartList
from evdesk.terms import PricePartName


def test_every_part_of_the_price_has_its_words() -> None:
    assert set(PART_WORDS) == {part.value for part in PricePartName}


@pytest.mark.parametrize(("items", "english"), [
    ([], ""), (["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a, b and c")])
def test_a_list_in_english(items: list[str], english: str) -> None:
    assert Formatter("en").listed(items) == english


def test_parts_in_french(qapp: Any) -> None:
    from evdesk.ui.i18n import use_language

    assert use_language("fr")
    try:
        said = Formatter("fr").parts(PartList(("vehicle_price", "dealer_fees", "charger")))
    finally:
        use_language("en")
    assert said == "le prix après rabais, les frais du concessionnaire et une borne de recharge de niveau 2"
