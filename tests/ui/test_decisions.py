"""The decisions in domain.md, driven through the form and read off the cards and the explanation."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QTextBrowser

US_BEV = {"powertrain": "BEV", "origin": "US", "assembly": "US", "fta_origin_met": "yes"}
CN_BEV = {"powertrain": "BEV", "origin": "CN", "assembly": "CN", "vehicle_price": "40000"}


def card(window: Any, name: str) -> str:
    label = window.findChild(QLabel, name)
    assert label is not None, f"no QLabel named {name}"
    return label.text()


def explanation(window: Any) -> str:
    view = window.findChild(QTextBrowser, "explanationView")
    assert view is not None
    return " ".join(view.toPlainText().split())  # one space for each run of spaces, tabs and line breaks


# Each row: the deal as typed, then the rebate card (amount, status words), the tariff rate and the quota card.
CASES = [
    pytest.param({**US_BEV, "vehicle_price": "45000"}, "$5,000.00", "Eligible", "0%", "Does not count",
                 id="us-bev-45000-eligible"),
    pytest.param({**US_BEV, "vehicle_price": "50,000.00"}, "$5,000.00", "Eligible", "0%", "Does not count",
                 id="us-bev-at-the-cap-eligible"),
    pytest.param({**US_BEV, "vehicle_price": "50000.01"}, "$0.00", "Not eligible", "0%", "Does not count",
                 id="us-bev-a-cent-over-not-eligible"),
    pytest.param({**CN_BEV, "quota_position": "within"}, "$0.00", "Not eligible", "6.1%", "Counts",
                 id="china-bev-within-quota"),
    pytest.param({**CN_BEV, "quota_position": "over"}, "$0.00", "Not eligible", "106.1%", "Does not count",
                 id="china-bev-over-quota"),
    pytest.param({**US_BEV, "vehicle_price": "45000", "lease_months": 39}, "$4,062.50", "Eligible", "0%",
                 "Does not count", id="lease-39-months"),
    pytest.param({**US_BEV, "powertrain": "HEV", "vehicle_price": "40000"}, "$0.00", "Not eligible", "0%",
                 "Does not count", id="hev-not-eligible"),
    pytest.param({**US_BEV, "powertrain": "PHEV", "vehicle_price": "40000"}, "$2,500.00", "Eligible", "0%",
                 "Does not count", id="phev-half"),
]


@pytest.mark.parametrize(("fields", "amount", "status", "rate", "quota"), CASES)
def test_the_cards_give_the_decided_answer(window: Any, fields: dict[str, Any], amount: str, status: str,
                                           rate: str, quota: str) -> None:
    window.form.fill(**fields)
    assert card(window, "rebateAmount") == amount
    assert status in card(window, "rebateStatus")
    assert card(window, "tariffRate") == rate
    assert card(window, "quotaStatus") == quota


# --- import details not given: the engine's "not known", told as the two rates it could be ----------

def test_import_details_default_to_not_known(window: Any) -> None:
    form = window.form
    assert form.quota_position.currentData() == "unknown" and form.fta_origin.currentData() == "unknown"
    window.form.fill(**CN_BEV)
    request = window.evaluation.request
    assert request.quota_position == "unknown" and request.fta_origin_met == "unknown"
    assert card(window, "tariffRate") == "6.1% or 106.1%"
    assert "Not known" in card(window, "tariffStatus")
    assert card(window, "quotaStatus") == "Not known"
    assert "6.1% if it entered within the quota" in window.result.tariff_card.details.text()


def test_a_partner_vehicle_with_origin_not_known_reads_as_two_rates(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="MX", vehicle_price="45000")
    assert card(window, "tariffRate") == "0% or 6.1%"
    assert card(window, "tariffStatus").startswith("?")
    window.form.set_field("fta_origin_met", "yes")
    assert card(window, "tariffRate") == "0%"
    window.form.set_field("fta_origin_met", "no")
    assert card(window, "tariffRate") == "6.1%"


def test_consumers_read_plain_words_when_the_import_is_not_known(window: Any) -> None:
    window.set_mode("consumer")
    window.form.fill(**CN_BEV)
    assert window.evaluation.request.quota_position == "unknown"
    details = card(window, "importLine")  # one plain line in place of the duty and quota cards
    assert details.startswith("Import: 6.1% or 106.1%. Depends on how the vehicle was imported.")
    assert "6.1% if it came in under the China EV quota, 106.1% if it did not" in details
    assert "MFN" not in details and "surtax" not in details  # no customs words for a consumer


def test_the_statement_says_the_duty_is_not_known(window: Any) -> None:
    from evdesk.ui.counter.statement import statement_html

    window.form.fill(**CN_BEV)
    html = statement_html(window.evaluation, window.formatter, window.mode)
    assert "6.1% or 106.1%" in html and "Not known" in html


def test_status_is_told_by_symbol_and_word_not_colour_alone(window: Any) -> None:
    window.form.fill(**US_BEV, vehicle_price="45000")
    assert card(window, "rebateStatus").startswith("✓")
    window.form.fill(vehicle_price="50000.01")
    assert card(window, "rebateStatus").startswith("✗")
    window.form.fill(vehicle_price="")
    assert card(window, "rebateStatus").startswith("?")
    assert "Needs review" in card(window, "rebateStatus")
    assert card(window, "rebateAmount") == "Up to $5,000.00"


def test_the_explanation_shows_each_criterion_with_its_numbers_and_source(window: Any) -> None:
    window.form.fill(**US_BEV, vehicle_price="50000.01")
    text = explanation(window)
    assert "✗ Final transaction value $50,000.01 is $0.01 over the $50,000.00 cap" in text
    assert "$50,000.01 > $50,000.00 · over by $0.01" in text  # what holds, not the requirement
    assert "≤ $50,000.00 · over by" not in text
    assert "Source:" in text
    assert "Bringing the final transaction value down by $0.01 to $50,000.00 would meet the cap." in text
    html = window.findChild(QTextBrowser, "explanationView").toHtml()
    assert 'href="https://tc.canada.ca/' in html


@pytest.mark.parametrize(("fields", "printed"), [
    ({"vehicle_price": "52000"}, "$52,000.00 > $50,000.00 · over by $2,000.00"),
    ({"vehicle_price": "45000", "sale_date": dt.date(2026, 2, 3), "claim_date": dt.date(2026, 2, 3)},
     "February 3, 2026 < February 16, 2026"),
    ({"vehicle_price": "52000", "assembly": ""}, "$52,000.00 > $50,000.00 · over by $2,000.00"),  # not known
])
def test_a_failing_comparison_states_what_holds_everywhere_it_is_printed(window: Any, fields: dict[str, Any],
                                                                         printed: str) -> None:
    """The result view, the copied text and the statement all print the relation that holds."""
    from evdesk.ui.counter.statement import statement_html

    window.form.fill(**US_BEV)
    window.form.fill(**fields)
    assert printed in explanation(window)
    assert printed in window.result_text()
    # The statement prints the relation that holds (its margin once: the sentence already gives it)
    assert escape(printed.split(" · ")[0]) in statement_html(window.evaluation, window.formatter, window.mode)
    assert "≤ $50,000.00 · over by" not in statement_html(window.evaluation, window.formatter, window.mode)
    for wrong in ("≤ $50,000.00 · over by", "≥ February 16, 2026"):
        assert wrong not in explanation(window) and wrong not in window.result_text()


def test_a_canadian_made_charger_at_70000_is_eligible_with_no_cap(window: Any) -> None:
    window.form.picker.pick(window.policy.vehicles.find(2026, "Dodge", "Charger", "R/T"))
    window.form.fill(vehicle_price="70000")
    assert window.form.powertrain.currentData() == "BEV"  # filled from Transport Canada's list
    assert card(window, "rebateAmount") == "$5,000.00"
    assert "Canadian-made: no price cap." in window.result.rebate_card.details.text()
    assert card(window, "tariffRate") == "0%"
    assert window.result.ftv_box.isHidden()  # no cap to draw against
    assert "Listed by Transport Canada as Canadian-made" in explanation(window)


def test_a_chinese_made_bev_counts_in_quota_year_one(window: Any) -> None:
    window.form.fill(**CN_BEV, quota_position="within")
    assert "Quota year 1" in card(window, "quotaVerdict")
    assert "49,000 vehicles in that year." in window.result.quota_card.details.text()
    assert "Chinese-made vehicles do not qualify" in window.result.rebate_card.details.text()


def test_a_chinese_made_bev_entered_over_the_quota_is_covered_and_its_year_named(window: Any) -> None:
    """Covered and counts are two answers: over the quota it is covered, took no place, paid the surtax."""
    from evdesk.ui.counter.statement import statement_html

    window.form.fill(**CN_BEV, quota_position="over")
    assert card(window, "quotaStatus") == "Does not count"
    assert card(window, "quotaVerdict") == "○  Covered; entered over the quota"
    details = window.result.quota_card.details.text()
    said = "Covered by the quota; entered over it, so it took no place and paid the surtax."
    assert said in details
    assert "Quota year 1: March 1, 2026 to February 28, 2027." in details
    assert said in statement_html(window.evaluation, window.formatter, window.mode)
    window.form.set_field("quota_position", "within")
    assert "Covered by the quota; entered within it, so it takes one of the year's places." in (
        window.result.quota_card.details.text())


def test_a_vehicle_assembled_elsewhere_is_not_covered(window: Any) -> None:
    window.form.fill(**US_BEV, vehicle_price="45000")
    assert card(window, "quotaVerdict") == "○  Not covered by the China EV quota"
    assert "Assembled in the United States, not in China" in window.result.quota_card.details.text()


def test_the_step_down_chart_scales_with_the_lease_and_marks_the_claim_year(window: Any) -> None:
    window.form.fill(**US_BEV, vehicle_price="45000", lease_months=24)
    steps = window.result.step_chart.steps()
    assert [str(step.amount) for step in steps[:3]] == ["2500.00", "2000.00", "1500.00"]
    assert window.result.steps_box.isVisibleTo(window)
    window.form.fill(powertrain="HEV")
    assert not window.result.steps_box.isVisibleTo(window)  # no schedule for a powertrain that gets nothing


def test_the_ftv_is_shown_live_under_the_price(window: Any) -> None:
    window.form.fill(**US_BEV, vehicle_price="45000", options="1500", freight_pdi="2000")
    assert "$46,500.00" in window.form.ftv_value.text()
    window.form.set_field("freight_pdi_in_ftv", True)
    assert "$48,500.00" in window.form.ftv_value.text()
