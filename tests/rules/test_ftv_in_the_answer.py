"""The final transaction value counts the parts the policy names (`evap.ftv_parts`), not a list in the code: a
policy that counts the warranty and not the dealer's fees changes the FTV, the cap's test, the highest eligible
price and the words of the step, in both languages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evdesk.policy import Policy, load_policy
from evdesk.present.format import Formatter
from evdesk.rules import SaleRequest, evaluate
from tests.policy.parts_split import policy_with_parts

DEAL: dict[str, Any] = {"powertrain": "BEV", "assembly": "US", "vehicle_price": "45000.00", "options": "1000",
                        "dealer_fees": "500", "warranty": "2000", "freight_pdi": "2100",
                        "sale_date": dt.date(2026, 5, 1), "prior_incentives": 0, "fta_origin_met": "yes"}


def _policy(folder: Path, counted: list[str], not_counted: list[str]) -> Policy:
    return load_policy(policy_with_parts(folder, counted, not_counted))


@pytest.fixture(scope="module")
def warranty_counts(tmp_path_factory: pytest.TempPathFactory) -> Policy:
    return _policy(tmp_path_factory.mktemp("warranty"), ["vehicle_price", "options", "warranty"],
                   ["accessories", "dealer_fees", "winter_tires", "charger"])


def _ftv_step(evaluation: Any, language: str) -> str:
    return Formatter(language).criterion(evaluation.criterion("evap.ftv"))


def test_the_bundled_parts(policy: Policy) -> None:
    rebate = evaluate(SaleRequest.model_validate(DEAL), policy)
    assert rebate.rebate.ftv.total == Decimal("46500.00")
    assert _ftv_step(rebate, "en") == (
        "Final transaction value $46,500.00: the price after discounts, options, accessories and dealer fees. "
        "Not counted: $4,100.00 (freight and PDI, an extended warranty, one set of winter tires and a Level 2 "
        "charger).")


def test_the_parts_the_policy_counts_make_the_ftv(warranty_counts: Policy) -> None:
    evaluation = evaluate(SaleRequest.model_validate(DEAL), warranty_counts)
    rebate = evaluation.rebate
    assert rebate.ftv.total == Decimal("48000.00")  # price, options and warranty; not the dealer's fees
    assert {part.name: part.counted for part in rebate.ftv.parts} == {
        "vehicle_price": True, "options": True, "accessories": False, "dealer_fees": False, "freight_pdi": False,
        "warranty": True, "winter_tires": False, "charger": False}
    assert rebate.max_price == Decimal("47000.00")  # the cap less the options and the warranty
    step = evaluation.criterion("evap.ftv")
    assert step.params["counted"] == ("vehicle_price", "options", "warranty")
    assert step.params["excluded"] == Decimal("2600.00")
    assert _ftv_step(evaluation, "en") == (
        "Final transaction value $48,000.00: the price after discounts, options and an extended warranty. "
        "Not counted: $2,600.00 (accessories, dealer fees, freight and PDI, one set of winter tires and a Level 2 "
        "charger).")


@pytest.mark.parametrize(("price", "outcome"), [("47000.00", "pass"), ("47000.01", "fail")])
def test_the_cap_edge_follows_the_counted_parts(warranty_counts: Policy, price: str, outcome: str) -> None:
    evaluation = evaluate(SaleRequest.model_validate({**DEAL, "vehicle_price": price}), warranty_counts)
    assert evaluation.criterion("evap.price_cap").outcome.value == outcome


def test_in_french(warranty_counts: Policy, qapp: Any) -> None:
    from evdesk.ui.i18n import use_language

    evaluation = evaluate(SaleRequest.model_validate(DEAL), warranty_counts)
    assert use_language("fr")
    try:
        said = _ftv_step(evaluation, "fr")
    finally:
        use_language("en")
    assert said == ("Valeur finale de la transaction de 48\u00a0000,00\u00a0$\u00a0: le prix après rabais, les options "
                    "et une garantie prolongée. Non compté\u00a0: 2\u00a0600,00\u00a0$ (les accessoires, les frais du "
                    "concessionnaire, le transport et la préparation (PDI), un jeu de pneus d’hiver et une borne de "
                    "recharge de niveau 2).")


def test_everything_counted_with_freight_chosen(tmp_path: Path) -> None:
    everything = _policy(tmp_path, ["vehicle_price", "options", "accessories", "dealer_fees", "warranty",
                                    "winter_tires", "charger"], [])
    evaluation = evaluate(SaleRequest.model_validate({**DEAL, "freight_pdi_in_ftv": True}), everything)
    assert evaluation.rebate.ftv.total == Decimal("50600.00")
    assert _ftv_step(evaluation, "en") == (
        "Final transaction value $50,600.00: the price after discounts, options, accessories, dealer fees, an "
        "extended warranty, one set of winter tires and a Level 2 charger, with freight and PDI (as chosen).")


# --- Any split the policy may give ------------------------------------------------------------------

MOVABLE = ("options", "accessories", "dealer_fees", "warranty", "winter_tires", "charger")


def _split(policy: Policy, counted: frozenset[str]) -> Policy:
    """The policy with its one parts window replaced by this split (in memory: the schema validates it)."""
    import dataclasses

    from evdesk.policy.schema import FtvParts

    evap = policy.data.evap
    window = evap.ftv_parts.values[0]
    parts = FtvParts(counted=["vehicle_price", *(p for p in MOVABLE if p in counted)],
                     not_counted=[p for p in MOVABLE if p not in counted])
    series = evap.ftv_parts.model_copy(update={"values": [window.model_copy(update={"value": parts})]})
    data = policy.data.model_copy(update={"evap": evap.model_copy(update={"ftv_parts": series})})
    return dataclasses.replace(policy, data=data)


_SPLITS: dict[frozenset[str], Policy] = {}
amounts = st.sampled_from([Decimal(0), Decimal("0.01"), Decimal("499.00"), Decimal("1850.50"), Decimal("3999.99")])


@settings(max_examples=200, deadline=None)
@given(counted=st.frozensets(st.sampled_from(MOVABLE)), freight=st.sampled_from([None, True, False]),
       price=st.integers(min_value=3_500_000, max_value=5_200_000).map(lambda n: Decimal(n) / 100),
       values=st.fixed_dictionaries({name: amounts for name in (*MOVABLE, "freight_pdi")}))
def test_any_split_counts_exactly_its_parts_and_the_highest_price_follows(
        policy: Policy, counted: frozenset[str], freight: bool | None, price: Decimal,
        values: dict[str, Decimal]) -> None:
    split = _SPLITS.setdefault(counted, _split(policy, counted))
    fields = {**DEAL, **values, "vehicle_price": price, "freight_pdi_in_ftv": freight}
    evaluation = evaluate(SaleRequest.model_validate(fields), split)
    rebate = evaluation.rebate
    freight_counted = rebate.ftv.freight_pdi_counted
    assert freight_counted is (freight is True)  # the bundled assumption leaves freight out
    others = sum((values[name] for name in MOVABLE if name in counted), Decimal(0))
    others += values["freight_pdi"] if freight_counted else Decimal(0)
    assert rebate.ftv.total == price + others
    step = evaluation.criterion("evap.ftv")
    named = {*step.params["counted"], *step.params["not_counted"]}
    assert named == {"vehicle_price", *MOVABLE, "freight_pdi"} - ({"freight_pdi"} if freight_counted else set())
    assert set(step.params["counted"]) == {"vehicle_price", *counted}
    assert step.params["excluded"] == sum((values[name] for name in MOVABLE if name not in counted), Decimal(0)) + (
        Decimal(0) if freight_counted else values["freight_pdi"])
    # The highest eligible price is the cap less what else counts, and the cap's test agrees at its edge.
    assert rebate.max_price == rebate.cap - others
    edge = evaluate(SaleRequest.model_validate({**fields, "vehicle_price": rebate.max_price}), split)
    assert edge.criterion("evap.price_cap").outcome.value == "pass"
    over = evaluate(SaleRequest.model_validate({**fields, "vehicle_price": rebate.max_price + Decimal("0.01")}), split)
    assert over.criterion("evap.price_cap").outcome.value == "fail"


def test_a_part_left_none_without_validation_counts_as_none(policy: Policy) -> None:
    """Validation never leaves a part None, but a request changed with `model_copy` can: the FTV counts such
    a part as nothing, as it did before the parts were shared between deals, after and before a deal with
    that part validated."""
    validated = SaleRequest.model_validate(DEAL)
    unset = validated.model_copy(update={"options": None, "warranty": None})
    for request in (validated, unset, validated):
        evaluate(request, policy)
    ftv = evaluate(unset, policy).rebate.ftv
    assert ftv.total == Decimal("45500.00")  # 45,000 and the fees, no options (freight is not counted here)
    assert [part.amount for part in ftv.parts if part.name in ("options", "warranty")] == [None, None]
