"""French: every string the window can show has a translation, placeholders survive translation, the
window switches at runtime, and no English is left on screen."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget

from evdesk.paths import resources_path

ROOT = Path(__file__).resolve().parents[2]
TS = resources_path("i18n", "evdesk_fr.ts")
PLACEHOLDER = re.compile(r"\{(\w*)(?::\w+)?\}")  # {country} or {country:in}: the same placeholder
NBSP = "\u00a0"
# Shown as they are in both languages: names of languages (each in itself), codes and the product name.
SAME_IN_BOTH = {"English", "Français", "evdesk", "km"}


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def _untranslated(path: Path) -> list[str]:
    missing = []
    for context, source, translation in _messages(path):
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not (translation.text or "").strip():
            missing.append(f"{context}: {source}")
    return missing


def test_the_catalogue_has_a_french_translation_for_every_entry() -> None:
    assert _untranslated(TS) == []


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    """Re-extract the strings as `make translations` does: a new string with no French fails here."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "evdesk_fr.ts"
    shutil.copyfile(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "evdesk").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    assert _untranslated(fresh) == [], "run `make translations`, then translate the new entries"


def test_translations_keep_every_placeholder() -> None:
    wrong = []
    for context, source, translation in _messages(TS):
        text = translation.text if translation is not None else ""
        text = text or ""
        # Braces doubled ("{{column}}") are literal braces to str.format: the screen would show the placeholder.
        braces = (source.count("{{"), source.count("}}")) != (text.count("{{"), text.count("}}"))
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)) or braces:
            wrong.append(f"{context}: {source!r} → {text!r}")
    assert wrong == []


def test_the_window_switches_to_french_at_runtime(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000")
    assert window.result.rebate_card.headline.text() == "$5,000.00"
    window.french_action.trigger()
    assert window.result.rebate_card.headline.text() == f"5{NBSP}000,00{NBSP}$"
    assert window.result.rebate_card.status.text().endswith("Admissible")
    assert window.form.vehicle_group.title() == "Véhicule"
    assert window.form.field_label("vehicle_price") == "Prix du véhicule après rabais"
    assert window.form.assembly.currentText() == "États-Unis"
    assert window.file_menu.title() == "&Fichier"
    assert "Vendu ou loué le 1er mai 2026" in window.result.explanation.toPlainText()
    window.english_action.trigger()
    assert window.form.vehicle_group.title() == "Vehicle"
    assert window.result.rebate_card.headline.text() == "$5,000.00"


def test_amounts_typed_in_english_still_read_after_switching_to_french(window: Any) -> None:
    window.form.set_field("vehicle_price", "45,000.50")
    window.set_language("fr")
    assert window.form.money["vehicle_price"].text() == f"45{NBSP}000,50"
    assert window.form.boxes["vehicle_price"].message_text() == ""


def _english_sources() -> set[str]:
    """The English texts that French changes (the window must not show any of them in French)."""
    return {source for _, source, translation in _messages(TS)
            if translation is None or not translation.text or translation.text != source}


def _visible_texts(window: QWidget) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            texts.append((name, re.sub(r"<[^>]+>", "", widget.text())))
        elif isinstance(widget, QAbstractButton):
            texts.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            texts.append((name, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            texts += [(name, widget.itemText(i)) for i in range(min(widget.count(), 12))]
        if widget.toolTip():
            texts.append((f"{name} tooltip", widget.toolTip()))
        if widget.accessibleName():
            texts.append((f"{name} accessible name", widget.accessibleName()))
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.language_menu, window.help_menu):
        texts.append(("menu", menu.title()))
        texts += [("menu item", action.text()) for action in menu.actions() if action.text()]
    return texts


@pytest.mark.parametrize("mode", ["dealer", "consumer"])
def test_no_english_is_left_on_screen_in_french(window: Any, mode: str) -> None:
    window.set_mode(mode)
    window.form.fill(vin="3GNKDBRJ0TS100234", model_year="2026", make="Chevrolet", model="Equinox EV", trim="LT",
                     vehicle_price="45000", freight_pdi="2100", lease_months=36, condition="demonstrator")
    window.form.import_toggle.setChecked(True)
    window.set_language("fr")
    english = _english_sources()
    leftovers = [(where, text) for where, text in _visible_texts(window)
                 if text.strip() and text.strip() not in SAME_IN_BOTH and (text in english or text.strip() in english)]
    assert leftovers == []
    shown = window.result.explanation.toPlainText()
    assert not [source for source in english if len(source) > 25 and "{" not in source and source in shown]


def test_bad_input_messages_are_in_french(window: Any) -> None:
    window.set_language("fr")
    window.form.set_field("vehicle_price", "-5")
    assert window.form.boxes["vehicle_price"].message_text() == "Un montant ne peut pas être négatif."
    assert "À vérifier" in window.result.banner.text()


def test_french_shows_french_acronyms_and_agreement_names(window: Any) -> None:
    window.form.fill(vin="3GNKDBRJ7TS100234", model_year="2026", make="Chevrolet", model="Equinox EV", trim="LT",
                     vehicle_price="45000", fta_origin_met="yes")
    window.set_language("fr")
    shown = " ".join(text for _, text in _visible_texts(window)) + window.result.explanation.toPlainText()
    shown += " ".join(window.form.powertrain.itemText(i) for i in range(window.form.powertrain.count()))
    for english in ("(BEV)", "(PHEV)", "(FCEV)", "(HEV)", "CUSMA"):
        assert english not in shown, english
    assert "(VEB)" in shown and "(VHR)" in window.form.powertrain.itemText(3)
    assert "Accord\u00a0: ACEUM." in window.result.tariff_card.details.text()
    assert "ACEUM" in window.result.explanation.toPlainText()


def test_the_needs_review_banner_has_french_spacing(window: Any) -> None:
    window.set_language("fr")
    window.form.set_field("make", "x" * 61)
    assert f"• Marque{NBSP}: " in window.result.banner.text()


def test_refusals_are_worded_from_their_codes_not_from_english(window: Any) -> None:
    """The VIN decoder and the request refuse with codes; the window words them itself, so no English
    phrase ("the invisible character", pydantic's own sentences) reaches a French screen."""
    window.set_language("fr")
    window.form.set_field("vin", "1HGCM8\u200b2633A004352")
    assert window.form.boxes["vin"].message_text() == (
        "Un NIV n’a que des lettres et des chiffres (caractère invisible U+200B trouvé à la position 7).")
    window.form.set_field("vin", "1HG-CM82633A004352")
    assert window.form.boxes["vin"].message_text() == (
        f"Un NIV n’a que des lettres et des chiffres («{NBSP}-{NBSP}» trouvé à la position 4).")
    window.form.set_field("vin", "")
    window.form.set_field("make", "Chevrolet\u200b")
    assert window.form.boxes["make"].message_text() == (
        f"Contient un caractère qui ne peut pas être affiché{NBSP}: tapez-le de nouveau.")


def test_french_sentences_give_each_country_its_preposition(window: Any) -> None:
    """Not "Assemblage final : Mexique" but "Assemblé au Mexique", "en Chine", "aux États-Unis"."""
    window.form.fill(powertrain="BEV", assembly="MX", vehicle_price="45000", fta_origin_met="yes")
    window.set_language("fr")
    assert "Assemblé au Mexique, pays partenaire de libre-échange du Canada" in window.result.explanation.toPlainText()
    window.form.set_field("assembly", "CN")
    assert "Assemblé en Chine, et non" not in window.result.explanation.toPlainText()  # China is the quota's origin
    assert "Assemblé en Chine" in window.result.explanation.toPlainText()
    window.form.set_field("assembly", "US")
    assert "Assemblé aux États-Unis, et non en Chine" in window.result.explanation.toPlainText()
    window.form.set_field("vin", "3GNKDBRJ7TS100234")
    assert "assemblé au Mexique" in window.form.boxes["vin"].hint.text()


def _english_data_texts(window: Any) -> set[str]:
    """The policy data's English words that French changes: every source's title, publisher, reporter and
    whom it cites, and the policy's own title."""
    from evdesk.policy.schema import Bilingual

    policy = window.policy
    sources = {**policy.data.sources, **policy.provinces.sources}
    texts = {policy.data.title.en, policy.provinces.title.en}
    for source in sources.values():
        for value in (source.title, source.publisher, source.reported_by, source.citing):
            if isinstance(value, Bilingual) and value.en != value.fr:
                texts.add(value.en)
    return texts


# Deals that between them cite most sources: the federal ones, Québec's, a Chinese-made vehicle's duty and
# quota, a U.S. vehicle's counter-tariff, and the provinces with fees.
DEALS = [
    {"powertrain": "BEV", "assembly": "US", "vehicle_price": "45000", "province": "QC", "lease_months": 30},
    {"powertrain": "PHEV", "assembly": "CN", "vehicle_price": "52000", "quota_position": "over", "province": "MB",
     "condition": "demonstrator"},
    {"powertrain": "BEV", "assembly": "GB", "vehicle_price": "40000", "province": "NS", "fob_price": "30000"},
    {"powertrain": "BEV", "assembly": "MX", "vehicle_price": "40000", "province": "SK"},
]


@pytest.mark.parametrize("mode", ["dealer", "consumer"])
@pytest.mark.parametrize("deal", DEALS)
def test_no_english_source_words_on_a_french_screen_or_statement(window: Any, mode: str, deal: dict[str, Any]) -> None:
    """The sources too: their titles, publishers and the words joining them ("as reported by", "citing",
    "medium confidence") are French in the reasons, the copied text and the printed statement."""
    from evdesk.ui.counter.statement import statement_html

    window.set_mode(mode)
    window.form.fill(**deal)
    window.set_language("fr")
    english = _english_data_texts(window)
    shown = {
        "reasons": window.result.explanation.toPlainText(),
        "copied text": window.result_text(),
        "statement": re.sub(r"<[^>]+>", "", statement_html(window.evaluation, window.formatter, window.mode)),
    }
    for where, text in shown.items():
        assert [source for source in english if source in text] == [], where
        for joining in ("as reported by", "citing", "medium confidence", "low confidence", "Source:"):
            assert joining not in text, (where, joining)
    assert "selon" in shown["reasons"] or mode == "consumer"


def test_the_about_dialog_lists_the_sources_in_french(window: Any) -> None:
    from PySide6.QtWidgets import QLabel, QTextBrowser

    from evdesk.ui.policy.dialogs import AboutDialog

    window.set_language("fr")
    about = AboutDialog(window.policy, window.formatter, True, window)
    listed = about.findChild(QTextBrowser, "aboutSources").toPlainText()
    heading = about.findChild(QLabel, "aboutPolicy").text()
    assert "Transports Canada" in listed and "Décret imposant une surtaxe à la Chine (2024)" in listed
    assert [source for source in _english_data_texts(window) if source in listed + heading] == []
    about.deleteLater()


def test_vehicle_names_read_in_one_order_in_both_languages(window: Any) -> None:
    """"2026 Chevrolet Equinox EV LT" in the reasons, the copied text and the statement, English or French."""
    from evdesk.ui.counter.statement import statement_html

    window.form.fill(model_year="2026", make="Chevrolet", model="Equinox EV", trim="LT", vehicle_price="45000")
    for language in ("en", "fr"):
        window.set_language(language)
        for text in (window.result.explanation.toPlainText(), window.result_text(),
                     statement_html(window.evaluation, window.formatter, window.mode)):
            assert "2026 Chevrolet Equinox EV LT" in text, language
            assert "Equinox EV LT 2026" not in text, language


def _statement_words(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html).replace("&nbsp;", " ").replace("&#x27;", "'"))


@pytest.mark.parametrize("mode", ["dealer", "consumer"])
@pytest.mark.parametrize("deal", [*DEALS, {"model_year": "2026", "make": "Chevrolet", "model": "Equinox EV",
                                          "trim": "LT", "vehicle_price": "45000", "freight_pdi": "2100"}])
def test_no_english_text_is_left_in_a_french_statement(window: Any, mode: str, deal: dict[str, Any]) -> None:
    """Every English text of the catalogue (a row label, a heading, a sentence) and of the policy data (the
    sources, the vehicle-assembly file's titles) that French changes is absent from the French printout."""
    from evdesk.ui.counter.statement import statement_html

    window.set_mode(mode)
    window.form.fill(**deal)
    window.set_language("fr")
    printed = _statement_words(statement_html(window.evaluation, window.formatter, window.mode))
    english = {text for text in _english_sources() if len(text) >= 12 and "{" not in text and "<" not in text}
    english |= _english_data_texts(window)
    english |= {text for row in window.policy.assembly.rows if row.source is not None
                for text, french in ((row.source.title, row.source.title_fr),
                                     (row.source.publisher, row.source.publisher_fr)) if text != french}
    assert sorted(text for text in english if text in printed) == []


def _translatable_calls() -> set[tuple[str, str]]:
    """(context, text) of every translate("Context", "text"), QT_TRANSLATE_NOOP(…) and self.tr("text") in the
    code, found by parsing it: also those inside an f-string, which lupdate does not see."""
    import ast

    found: set[tuple[str, str]] = set()

    def literal(node: ast.expr) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                name = child.func.attr if isinstance(child.func, ast.Attribute) else getattr(child.func, "id", "")
                args = [literal(arg) for arg in child.args[:2]]
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) == 2 and None not in args:
                    found.add((args[0], args[1]))  # type: ignore[arg-type]
                elif name == "tr" and isinstance(child.func, ast.Attribute) and args and args[0] is not None:
                    found.add((cls, args[0]))
            visit(child, cls)

    for path in (ROOT / "evdesk").rglob("*.py"):
        visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_every_translatable_call_is_in_the_catalogue() -> None:
    """A translate() lupdate cannot see (inside an f-string) would print English on a French statement."""
    catalogue = {(context, source) for context, source, _ in _messages(TS)}
    assert sorted(call for call in _translatable_calls() if call not in catalogue) == []


def test_qts_own_file_dialog_has_no_english_label_in_french(window: Any) -> None:
    """Qt's French catalogue leaves "Look in:" and "Files of type:" in English: ours fills them."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    window.set_language("fr")
    try:
        dialog = QFileDialog(window)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "&Voir dans\u00a0:" in labels and "Fichiers de &type\u00a0:" in labels, labels
        dialog.deleteLater()
    finally:
        window.set_language("en")
