"""The form's price follows the policy's parts (`evap.ftv_parts`): each part sits under "counts" or "does not
count" as the answer counted it, a consumer's note on what counts is worded from the answer, and a policy that
counts other parts moves their rows (values, focus order and all) without losing what was typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evdesk.policy import Policy, load_policy
from tests.policy.parts_split import policy_with_parts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def warranty_counts(tmp_path_factory: pytest.TempPathFactory) -> Policy:
    return load_policy(policy_with_parts(tmp_path_factory.mktemp("warranty"), ["vehicle_price", "options", "warranty"],
                                         ["accessories", "dealer_fees", "winter_tires", "charger"]))


def groups(form: Any) -> tuple[list[str], list[str]]:
    """The price fields under each heading, top to bottom, as the layout holds them."""
    layout = form._prices
    field_of = {box: key for key, box in form.boxes.items()}
    counted: list[str] = []
    excluded: list[str] = []
    into = counted
    for row in range(layout.rowCount()):
        for role in (layout.ItemRole.SpanningRole, layout.ItemRole.FieldRole):
            item = layout.itemAt(row, role)
            widget = item.widget() if item is not None else None
            if widget is form.excluded_heading:
                into = excluded
            elif widget in field_of:
                into.append(field_of[widget])
    return counted, excluded


def test_the_bundled_parts_under_their_headings(window: Any) -> None:
    assert groups(window.form) == (["vehicle_price", "options", "accessories", "dealer_fees"],
                                   ["freight_pdi", "warranty", "winter_tires", "charger"])


def test_a_policy_counting_other_parts_moves_their_rows_and_keeps_what_was_typed(window: Any,
                                                                                  warranty_counts: Policy) -> None:
    form = window.form
    form.fill(vehicle_price="44000", options="1000", dealer_fees="700", warranty="1500")
    window.set_policy(warranty_counts)
    assert groups(form) == (["vehicle_price", "options", "warranty"],
                            ["freight_pdi", "accessories", "dealer_fees", "winter_tires", "charger"])
    assert window.evaluation.rebate.ftv.total == 46500  # the price, options and warranty
    request = form.read().request
    assert (request.warranty, request.dealer_fees, request.options) == (1500, 700, 1000)  # nothing typed is lost
    assert "46,500.00" in form.ftv_value.text()
    order = [widget.objectName() for widget in form.input_widgets()]
    assert order.index("warrantyInput") < order.index("freightInput") < order.index("dealerFeesInput")
    money = form.money  # Tab goes down the form as it is laid out now
    assert money["options"].nextInFocusChain() is money["warranty"]
    assert money["warranty"].nextInFocusChain() is money["freight_pdi"]
    assert form.freight_counted.nextInFocusChain() is money["accessories"]
    window.set_policy(load_policy(ROOT / "seeds" / "policy.toml"))
    assert groups(form) == (["vehicle_price", "options", "accessories", "dealer_fees"],
                            ["freight_pdi", "warranty", "winter_tires", "charger"])


def test_a_consumers_note_says_what_counts_as_the_answer_counted_it(window: Any, warranty_counts: Policy) -> None:
    window.set_mode("consumer")
    note = window.form.cap_note
    assert note.text() == ("<b>What counts toward the cap?</b> The price after discounts, options, accessories and "
                           "dealer fees. Not counted: freight and PDI, an extended warranty, one set of winter tires "
                           "and a Level 2 charger.")
    window.set_policy(warranty_counts)
    assert note.text() == ("<b>What counts toward the cap?</b> The price after discounts, options and an extended "
                           "warranty. Not counted: accessories, dealer fees, freight and PDI, one set of winter tires "
                           "and a Level 2 charger.")


def test_a_consumers_note_in_french(window: Any) -> None:
    window.set_mode("consumer")
    window.set_language("fr")
    assert window.form.cap_note.text() == (
        "<b>Qu’est-ce qui compte dans le plafond\u00a0?</b> Le prix après rabais, les options, les accessoires et "
        "les frais du concessionnaire. Non compté\u00a0: le transport et la préparation (PDI), une garantie "
        "prolongée, un jeu de pneus d’hiver et une borne de recharge de niveau 2.")
