"""A consumer gets a firm answer: a listed car picked in French, with no VIN and no assembly country, gets
its amount from where the model is built; a model built in several countries gets the answer for each; the
import is one plain line; the words an answer uses are explained beside it and in Help."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

NBSP = "\u00a0"


def _tooltips(view: QTextBrowser) -> dict[str, str]:
    """Each piece of the reasons that carries a tooltip, with it (what Qt shows when the pointer rests on it)."""
    found = {}
    block = view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().toolTip():
                found[fragment.text()] = fragment.charFormat().toolTip()
            fragments += 1
        block = block.next()
    return found


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


def test_the_words_an_answer_uses_are_explained_beside_it(window: Any) -> None:
    window.set_mode("consumer")
    _pick(window, 2026, "Chevrolet", "Equinox EV", "LT")
    window.form.fill(vehicle_price="45000")
    words = window.result.words_line
    assert words.isVisibleTo(window) and words.text().startswith("What these words mean:")
    assert "EVAP: The EV Affordability Program" in words.text()
    assert "EVAP: The EV Affordability Program" in window.result.rebate_card.title.toolTip()
    window.set_language("fr")
    assert "Ce que veulent dire ces mots" in words.text() and "EVAP" in words.text()
    window.set_mode("dealer")
    assert not words.isVisibleTo(window)
    tips = _tooltips(window.findChild(QTextBrowser, "explanationView"))
    assert tips["NPF"].startswith("Taux de la nation la plus favorisée")  # the word in the reasons carries it
    assert tips["ACEUM"].startswith("L’Accord Canada–États-Unis–Mexique")


def test_help_lists_every_word_in_the_users_language(window: Any) -> None:
    from evdesk.ui.help import GlossaryDialog

    assert window.glossary_action in window.help_menu.actions()
    dialog = GlossaryDialog(window)
    text = dialog.text.toPlainText()
    for word in ("EVAP", "MFN", "FOB", "PDI", "BEV", "CUSMA", "final transaction value"):
        assert word in text, word
    dialog.deleteLater()
    window.set_language("fr")
    assert window.glossary_action.text() == "Ce que veulent dire ces &mots"
    dialog = GlossaryDialog(window)
    text = dialog.text.toPlainText()
    assert dialog.windowTitle() == "Ce que veulent dire ces mots"
    for word in ("EVAP", "NPF", "FAB", "PDI", "VEB", "ACEUM", "valeur finale de la transaction"):
        assert word in text, word
    assert "Programme pour l’abordabilité des véhicules électriques (PAVÉ)" in text  # named as media name it
    assert "n’a pas été trouvé sur une page du gouvernement du Canada" in text
    dialog.deleteLater()


def test_the_form_explains_its_words_where_they_appear(window: Any) -> None:
    """"Freight and PDI", "FOB price", the final transaction value: each label carries its words' meaning."""
    window.form.fill(vehicle_price="45000")
    assert window.form._labels["freight_pdi"].toolTip().startswith("PDI: Pre-delivery inspection")
    assert window.form._labels["fob_price"].toolTip().startswith("FOB: Free on board")
    assert window.form.ftv_value.toolTip().startswith("final transaction value: The price the EVAP price cap")
    assert window.form._labels["sale_date"].toolTip() == ""  # no word to explain, no tooltip
    window.set_language("fr")
    assert window.form._labels["fob_price"].toolTip().startswith(f"FAB{NBSP}: Franco à bord")
    assert window.form.ftv_value.toolTip().startswith(f"valeur finale de la transaction{NBSP}: Le prix")


def _shown(window: Any, key: str) -> bool:
    return window.form.boxes[key].isVisibleTo(window) and window.form._labels[key].isVisibleTo(window)


def test_a_consumer_gives_one_price_before_taxes_and_no_claim_date_or_vin(window: Any, qtbot: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="MX", vehicle_price="45000", freight_pdi="2100", options="6000",
                     claim_date=window.evaluation.request.sale_date.replace(year=2027))
    assert window.evaluation.rebate.ftv.total == 51000 and window.evaluation.rebate.eligible is False  # dealer
    window.set_mode("consumer")
    assert window.form.field_label("vehicle_price") == "Price before taxes"
    assert window.form.cap_note.isVisibleTo(window)
    assert window.form.cap_note.text().startswith("<b>What counts toward the cap?</b>")
    for key in ("options", "accessories", "dealer_fees", "freight_pdi", "warranty", "winter_tires", "charger",
                "claim_date", "vin"):
        assert not _shown(window, key), key
    assert not window.form.boxes["claim_date"].notes.isVisibleTo(window)  # nor its hint
    # What a consumer is not shown is not read: one price, the sale date's amount year
    request = window.evaluation.request
    assert (request.options, request.freight_pdi, request.claim_date) == (0, 0, None)
    # The one price is the price before taxes: the dealer's options are in it, in sight, and the answer stays
    # this deal's (it was "eligible, $5,000" for a deal $1,000 over the cap).
    assert request.vehicle_price == 51000 and window.form.money["vehicle_price"].text() == "51,000.00"
    assert window.evaluation.rebate.eligible is False and window.evaluation.rebate.ftv.total == 51000
    # The VIN when asked for
    assert window.form.vin_toggle.isVisibleTo(window)
    qtbot.mouseClick(window.form.vin_toggle, Qt.MouseButton.LeftButton)
    assert _shown(window, "vin") and not window.form.vin_toggle.isVisibleTo(window)
    window.set_mode("dealer")
    assert window.form.field_label("vehicle_price") == "Vehicle price after discounts"
    assert all(_shown(window, key) for key in ("options", "freight_pdi", "claim_date", "vin"))
    assert window.evaluation.rebate.ftv.total == 51000  # nothing the dealer typed was lost


def test_a_consumer_given_a_vin_sees_it(window: Any) -> None:
    window.set_mode("consumer")
    window.set_language("fr")
    assert window.form.vin_toggle.text() == f"J’ai le NIV{NBSP}: l’entrer"
    assert window.form.field_label("vehicle_price") == "Prix avant taxes"
    window.form.fill(vin="3GNKDBRJ7TS100234")
    assert _shown(window, "vin") and not window.form.vin_toggle.isVisibleTo(window)


def test_a_consumers_step_down_chart_is_by_date_of_sale(window: Any) -> None:
    """A consumer gives no claim date: the sale date's year sets the amount, so the chart says so."""
    window.form.fill(powertrain="BEV", assembly="MX", vehicle_price="45000")
    assert window.result.steps_title.text() == "Rebate by claim date"
    window.set_mode("consumer")
    assert window.result.steps_title.text() == "Rebate by date of sale"
    assert window.result.step_chart.accessibleName() == "Rebate by date of sale"
    window.set_language("fr")
    assert window.result.steps_title.text() == "Remise selon la date de vente"
    window.set_mode("dealer")
    assert window.result.steps_title.text() == "Remise selon la date de la demande"


def test_a_consumers_import_line_with_no_assembly_says_what_it_turns_on(window: Any) -> None:
    """With no country of assembly the duty is not known for want of that country, not of how the vehicle was
    imported; and the card's "—" placeholder is no word for a sentence ("Import: —. Depends on how…")."""
    window.form.fill(powertrain="BEV", vehicle_price="45000", assembly="")
    window.set_mode("consumer")
    line = window.result.import_line.text()
    assert line.startswith("Import: Not known. Country of final assembly not given: the duty depends on it.")
    assert "—" not in line and "how the vehicle was imported" not in line
