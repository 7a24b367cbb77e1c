"""The statement of a saved deal: the dealer profile, the deal's numbers and customer, each incentive on
its own line and "does not guarantee eligibility", in both languages, and still one page."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from evdesk.present.answers import incentive_lines
from evdesk.ui.counter import statement
from evdesk.ui.counter.statement import DealFacts, StatementHeader
from evdesk.ui.settings import DealerProfile

DEALER = DealerProfile("Grimsby Kia Ltd.", "1 Main Street\nGrimsby ON  L3M 1A1", "123456789 RT0001")
DEAL = DealFacts(1042, dt.date(2026, 5, 1), "Émilie Tremblay", "A-77")


def _text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    done = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())  # NFKC: the PDF's "ﬀ" ligature is "ff"


def test_a_saved_deals_statement_carries_the_dealer_and_the_deal(window: Any, tmp_path: Path) -> None:
    window.form.fill(vin="3GNKDBRJ7TS100234", powertrain="BEV", vehicle_price="45000")
    path = tmp_path / "deal.pdf"
    rendered = statement.save_pdf(path, window.evaluation, window.formatter, window.mode, StatementHeader(DEALER, DEAL))
    assert rendered.pages == 1
    text = _text(path)
    for expected in ("Grimsby Kia Ltd.", "1 Main Street", "Grimsby ON L3M 1A1", "GST/HST number: 123456789 RT0001",
                     "Deal number 1042", "Stock number A-77", "Customer Émilie Tremblay",
                     "EVAP rebate: $5,000.00 (✓ Eligible)", "This statement does not guarantee "
                     "eligibility.", "Prepared on May 1, 2026, reprinted on"):
        assert expected in text, expected


def test_the_statement_in_french(window: Any, tmp_path: Path) -> None:
    window.form.fill(vin="3GNKDBRJ7TS100234", powertrain="BEV", vehicle_price="45000")
    window.set_language("fr")
    path = tmp_path / "deal-fr.pdf"
    statement.save_pdf(path, window.evaluation, window.formatter, window.mode, StatementHeader(DEALER, DEAL))
    text = _text(path)
    for expected in ("Numéro de TPS/TVH : 123456789 RT0001", "Numéro de dossier 1042", "Numéro d’inventaire A-77",
                     "Client Émilie Tremblay", "Remise EVAP : 5 000,00 $ (✓ Admissible)", "Incitatifs",
                     "Ce relevé ne garantit pas l’admissibilité.", "Préparé le 1er mai 2026, réimprimé le"):
        assert expected in text, expected


@pytest.mark.parametrize(("fields", "line"), [
    ({"powertrain": "BEV", "assembly": "CN", "origin": "CN", "vehicle_price": "40000"}, "$0.00 (✗ Not eligible)"),
    ({"powertrain": "BEV", "assembly": "US"}, "Up to $5,000.00 (? Needs review)"),  # no price: not known yet
])
def test_an_incentive_not_paid_or_not_known_says_so_on_its_line(window: Any, fields: dict[str, str],
                                                                 line: str) -> None:
    window.form.fill(**fields)
    federal = incentive_lines(window.evaluation, window.formatter)[0]
    assert federal == f"EVAP rebate: {line}"
    assert federal in statement.statement_html(window.evaluation, window.formatter, "dealer")


def test_a_new_check_gets_the_dealer_profile_but_no_deal_lines(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="45000")
    html = statement.statement_html(window.evaluation, window.formatter, "dealer", header=StatementHeader(DEALER))
    assert "Grimsby Kia Ltd." in html and "Deal number" not in html and "reprinted" not in html
    assert "This statement does not guarantee eligibility." in html
    assert "Grimsby Kia Ltd." not in statement.statement_html(window.evaluation, window.formatter, "dealer")
