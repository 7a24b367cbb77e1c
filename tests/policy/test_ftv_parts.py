"""Which parts of the price count toward the final transaction value is policy data (`evap.ftv_parts`), checked
as strictly as the rest: each part counted or not exactly once, freight and PDI left to their own assumption,
the vehicle price always counted. A file from before the table existed reads as it was answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from evdesk.policy import PolicyError, load_policy
from evdesk.terms import PricePartName
from tests.policy.parts_split import BUNDLED, PARTS, edited_policy, parts_value

ROOT = Path(__file__).resolve().parents[2]


def test_the_bundled_policy_names_every_part_but_freight() -> None:
    parts = load_policy(ROOT / "seeds" / "policy.toml").data.evap.ftv_parts.values[0]
    assert parts.source == "tc-evap-qa"
    named = {*parts.value.counted, *parts.value.not_counted}
    assert named == set(PricePartName) - {PricePartName.FREIGHT_PDI}


@pytest.mark.parametrize(("counted", "not_counted", "problem"), [
    (["vehicle_price", "options", "accessories", "dealer_fees", "freight_pdi"], ["warranty", "winter_tires", "charger"],
     "freight_pdi is in neither list"),
    (["vehicle_price", "options", "accessories", "dealer_fees"], ["warranty", "winter_tires", "charger", "options"],
     "listed more than once: options"),
    (["vehicle_price", "options", "accessories"], ["warranty", "winter_tires", "charger"],
     "in neither list: dealer_fees"),
    (["options", "accessories", "dealer_fees"], ["vehicle_price", "warranty", "winter_tires", "charger"],
     "vehicle_price must be counted"),
    (["vehicle_price", "options", "accessories", "dealer_fees"], ["warranty", "winter_tires", "charger", "tax"],
     "evap.ftv_parts.values[0].value.not_counted[3]"),
])
def test_a_parts_table_that_does_not_add_up_is_refused(tmp_path: Path, counted: list[str], not_counted: list[str],
                                                       problem: str) -> None:
    with pytest.raises(PolicyError) as refused:
        load_policy(edited_policy(tmp_path, PARTS, parts_value(counted, not_counted)))
    assert any(problem in line and "evap.ftv_parts" in line for line in refused.value.problems), refused.value.problems


def test_another_split_is_read_as_written(tmp_path: Path) -> None:
    policy = load_policy(edited_policy(tmp_path, PARTS, parts_value(["vehicle_price", "options", "warranty"],
                                                                   ["accessories", "dealer_fees", "winter_tires",
                                                                    "charger"])))
    value = policy.data.evap.ftv_parts.values[0].value
    assert value.counted == [PricePartName.VEHICLE_PRICE, PricePartName.OPTIONS, PricePartName.WARRANTY]


def _without_table(text: str) -> str:
    start = text.index("[evap.ftv_parts]")
    return text[:start] + text[text.index("[evap.freight_pdi_in_ftv]"):]


@pytest.mark.parametrize("version", ["2026.12.01", "2026.12.01.3", "2026.11.28"])
def test_a_file_from_before_the_table_reads_as_it_was_answered(tmp_path: Path, version: str) -> None:
    """Policy files up to 2026.12.01 (and a local revision of one, as a vehicle-list import makes) did not name
    the parts: such a file (a saved deal's, an update or an import kept on the machine) is read with the table
    the engine of its day had, frozen in the seeds, and answered in that day's words."""
    path = tmp_path / "policy.toml"
    path.write_text(_without_table(BUNDLED).replace('version = "2026.12.01"', f'version = "{version}"', 1),
                    encoding="utf-8")
    older = load_policy(path)
    frozen = (ROOT / "seeds" / "ftv-parts-before-2026.12.02.toml").read_text(encoding="utf-8")
    assert older.parts_as_before
    parts = older.data.evap.ftv_parts.values[0].value
    assert [part.value for part in parts.counted] == ["vehicle_price", "options", "accessories", "dealer_fees"]
    assert [part.value for part in parts.not_counted] == ["warranty", "winter_tires", "charger"]
    assert 'counted = ["vehicle_price", "options", "accessories", "dealer_fees"]' in frozen
    assert not load_policy(ROOT / "seeds" / "policy.toml").parts_as_before


def test_an_older_file_is_answered_in_its_days_words(tmp_path: Path) -> None:
    """What evdesk said before the parts were data, word for word and parameter for parameter, so a deal saved
    then is answered again exactly as it was (checked against the commit before the change, 1,500 requests in
    English and French: the same JSON)."""
    import datetime as dt

    from evdesk.rules import SaleRequest, evaluate

    path = tmp_path / "policy.toml"
    path.write_text(_without_table(BUNDLED), encoding="utf-8")
    deal = {"powertrain": "BEV", "assembly": "US", "vehicle_price": "45000", "freight_pdi": "2100",
            "sale_date": dt.date(2026, 5, 1)}
    step = evaluate(SaleRequest.model_validate(deal), load_policy(path)).criterion("evap.ftv")
    assert step.message == ("Final transaction value {ftv}: price, options, accessories and dealer fees. Not "
                            "counted: {excluded} (freight and PDI, warranty, winter tires, charger).")
    assert set(step.params) == {"ftv", "excluded"}
    chosen = evaluate(SaleRequest.model_validate({**deal, "freight_pdi_in_ftv": True}), load_policy(path))
    assert chosen.criterion("evap.ftv").message.startswith(
        "Final transaction value {ftv}: price, options, accessories, dealer fees, and freight and PDI (as chosen).")


def test_a_later_file_must_name_the_parts(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(_without_table(BUNDLED).replace('version = "2026.12.01"', 'version = "2026.12.02"', 1),
                    encoding="utf-8")
    with pytest.raises(PolicyError) as refused:
        load_policy(path)
    assert any("evap.ftv_parts" in line and "Field required" in line for line in refused.value.problems)
