"""A consumer gets a firm answer: a listed car picked in French, with no VIN and no assembly country, gets
its amount from where the model is built; a model built in several countries gets the answer for each; the
import is one plain line."""

from __future__ import annotations

from typing import Any

NBSP = "\u00a0"


def _pick(window: Any, year: int, make: str, model: str, trim: str) -> None:
    listed = window.policy.vehicles.find(year, make, model, trim)
    assert listed is not None, (year, make, model, trim)
    window.form.picker.pick(listed)


def test_a_consumer_picks_a_listed_car_in_french_and_gets_a_firm_amount(window: Any) -> None:
    window.set_mode("consumer")
    window.set_language("fr")
    _pick(window, 2026, "Chevrolet", "Equinox EV", "LT")
    window.form.fill(vehicle_price="45000")
    assert window.evaluation.request.vin is None and window.evaluation.request.assembly is None
    card = window.result.rebate_card
    assert card.headline.text() == f"5{NBSP}000,00{NBSP}$"  # not "Jusqu’à 5 000,00 $"
    assert card.status.text().endswith("Admissible")
    reasons = window.result.explanation.toPlainText().replace(NBSP, " ")
    assert "Assemblage final tiré du modèle : le 2026 Chevrolet Equinox EV est assemblé au Mexique." in reasons
    assert "GM Authority — GM confirme la production de l’Equinox EV de Chevrolet au Mexique" in reasons
    # One plain Import line, no duty or quota cards
    assert window.result.import_line.text().startswith(f"Importation{NBSP}: 0{NBSP}% ou 6,1{NBSP}%.")
    assert not window.result.tariff_card.isVisibleTo(window) and not window.result.quota_card.isVisibleTo(window)


def test_the_vin_wins_over_the_model(window: Any) -> None:
    window.set_mode("consumer")
    _pick(window, 2026, "Tesla", "Model Y", "RWD-B")
    window.form.fill(vehicle_price="45000", vin="LRW3E7FS0NC000000")  # Shanghai
    assert window.evaluation.rebate.eligible is False
    assert window.evaluation.criterion("vehicle.assembly_from_model") is None


def test_a_model_built_in_two_countries_gets_the_answer_for_each(window: Any) -> None:
    window.set_mode("consumer")
    _pick(window, 2026, "Tesla", "Model Y", "RWD-B")
    window.form.fill(vehicle_price="45000")
    card = window.result.rebate_card
    assert card.headline.text() == "$5,000.00 or $0.00"
    assert card.status.text().endswith("Depends on where it was built")
    assert card.details.text().split("\n")[:2] == ["$5,000.00 if built in Germany",
                                                   "$0.00 if built in China (not eligible)"]
    window.set_language("fr")
    assert card.details.text().split("\n")[:2] == [f"5{NBSP}000,00{NBSP}$ s’il a été construit en Allemagne",
                                                   f"0,00{NBSP}$ s’il a été construit en Chine (non admissible)"]


def test_where_every_country_gives_the_same_rebate_the_answer_is_firm(window: Any) -> None:
    window.set_mode("consumer")
    _pick(window, 2025, "Kia", "EV6", "LIGHT RWD")
    window.form.fill(vehicle_price="45000")
    card = window.result.rebate_card
    assert card.headline.text() == "$5,000.00" and card.status.text().endswith("Eligible")
    assert "Built in the United States or in South Korea: the same rebate wherever it was built." in \
        card.details.text()


def test_no_source_found_stays_not_known_and_says_so(window: Any) -> None:
    _pick(window, 2026, "Toyota", "C-HR", window.policy.vehicles.trims(2026, "Toyota", "C-HR")[0].trim)
    window.form.fill(vehicle_price="45000")
    assert window.evaluation.rebate.eligible is None
    assert "no source was found for where the 2026 Toyota C-HR is assembled" in \
        window.result.explanation.toPlainText()
