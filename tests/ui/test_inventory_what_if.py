"""What-if at the counter, on the rebate card: the highest vehicle price that keeps the deal eligible, and
for a lease the rebate at each term, both from the engine's answer (`rebate.max_price`, `lease_terms`)."""

from __future__ import annotations

from typing import Any

import pytest

NBSP = "\u00a0"


def details(window: Any) -> str:
    return window.result.rebate_card.details.text()


@pytest.mark.parametrize(("fields", "line"), [
    ({"vehicle_price": "45000", "options": "1500"}, "Stays eligible up to a vehicle price of $48,500.00."),
    ({"vehicle_price": "50000.01"}, "Eligible at a vehicle price of $50,000.00 or less."),
    ({"vehicle_price": "49000", "freight_pdi": "2000", "freight_pdi_in_ftv": True},
     "Eligible at a vehicle price of $48,000.00 or less."),
    # Not known where it was made: whether it is eligible at all is not known (made in China, it is not), so
    # the price only keeps it within the cap. It said "eligible up to" once.
    ({"vehicle_price": "55000", "assembly": ""},
     "If it is not Canadian-made: within the price cap up to a vehicle price of $50,000.00."),
    ({"vehicle_price": "45000", "powertrain": ""}, "Within the price cap up to a vehicle price of $50,000.00."),
])
def test_the_highest_eligible_price_is_on_the_rebate_card(window: Any, fields: dict, line: str) -> None:
    window.form.fill(powertrain="BEV", assembly="US")
    window.form.fill(**fields)
    assert line in details(window)
    assert window.evaluation.rebate.max_price is not None  # from the engine, not worked out in the view


@pytest.mark.parametrize("assembly", ["CA", "CN"])
def test_no_highest_price_where_the_cap_does_not_decide(window: Any, assembly: str) -> None:
    window.form.fill(powertrain="BEV", assembly=assembly, vehicle_price="70000")
    assert "vehicle price of" not in details(window)
    if assembly == "CA":
        assert "Canadian-made: no price cap." in details(window)


def test_a_lease_shows_the_rebate_at_each_term(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", lease_months=39)
    result = window.result
    assert result.lease_box.isVisibleTo(window) and result.lease_title.text() == "Rebate by lease term (months)"
    chart = result.lease_chart
    assert [t.months for t in chart.terms()] == list(range(12, 49))
    assert chart.terms() == [type(chart.terms()[0])(t.months, t.amount) for t in window.evaluation.rebate.lease_terms]
    assert chart.highlighted().months == 39 and str(chart.highlighted().amount) == "4062.50"
    assert chart.accessibleDescription() == ("12 months: $1,250.00; 24 months: $2,500.00; 36 months: $3,750.00; "
                                             "48 months: $5,000.00; this lease (39 months): $4,062.50")
    chart.grab()  # paints without error


def test_a_long_lease_is_shown_at_the_full_term_and_a_purchase_has_no_term_chart(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", lease_months=60)
    assert window.result.lease_chart.highlighted().months == 48
    window.form.set_field("lease_months", None)
    assert not window.result.lease_box.isVisibleTo(window)


def test_a_lease_too_short_still_shows_what_each_term_would_get(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", lease_months=6)
    assert window.evaluation.rebate.eligible is False
    assert window.result.lease_box.isVisibleTo(window)
    assert window.result.lease_chart.highlighted() is None
    assert "this lease" not in window.result.lease_chart.accessibleDescription()


def test_in_french(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", lease_months=39)
    window.set_language("fr")
    assert f"Demeure admissible jusqu’à un prix du véhicule de 50{NBSP}000,00{NBSP}$." in details(window)
    assert window.result.lease_title.text() == "Remise selon la durée de la location (mois)"
    assert window.result.lease_chart.accessibleDescription().endswith(
        f"48 mois{NBSP}: 5{NBSP}000,00{NBSP}$; cette location (39 mois){NBSP}: 4{NBSP}062,50{NBSP}$")


def test_the_lease_terms_are_written_out_and_each_bar_says_its_amount(window: Any) -> None:
    """Only this lease's amount was written on the chart: what 24 months would get could not be read."""
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000", lease_months=39)
    result = window.result
    assert result.lease_figures.text().replace(NBSP, " ") == ("12 mo: $1,250.00 · 24 mo: $2,500.00 · "
                                                              "36 mo: $3,750.00 · 48 mo: $5,000.00")
    assert all(" " not in term for term in result.lease_figures.text().split(" · ")), "a term never breaks"
    chart = result.lease_chart
    chart.resize(370, chart.sizeHint().height())
    slot = (chart.width() - 2) / len(chart.terms())
    assert chart.term_at(1 + slot * 12.5).months == 24  # the 13th column
    assert chart.term_at(chart.width() - 2).months == 48
    window.form.fill(lease_months=6)  # too short: no amount for this lease, but every term's is still written
    assert f"12{NBSP}mo:{NBSP}$1,250.00" in result.lease_figures.text()
