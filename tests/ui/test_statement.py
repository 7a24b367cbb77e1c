"""The printed statement: one page whenever the type can shrink or the least needed parts can go, and
never without the three answers, the reasons that failed or are not known, the policy line and the
signature lines, even when it has to run onto a second page."""

from __future__ import annotations

import re
import shutil
import subprocess
from html import escape
from pathlib import Path
from typing import Any

import pytest

from evdesk.ui.counter import statement
from evdesk.ui.counter.statement import Detail

LONG_DEAL = {  # every warning and hint at once: an unlisted Chinese-made PHEV, demonstrator, lease
    "vin": "LGXCE4CB0T0012345", "powertrain": "PHEV", "make": "BYD", "model": "Seal U", "vehicle_price": "52000",
    "freight_pdi": "2100", "condition": "demonstrator", "lease_months": 30,
}
SIGNATURES = ("Dealer: signature and date", "Customer: signature and date")


def _pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def _pdf_text(path: Path) -> str | None:
    """The PDF's text as a reader would copy it, when poppler's pdftotext is installed."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    done = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def _assert_essentials(text: str, window: Any) -> None:
    for line in SIGNATURES:
        assert line in text
    assert f"policy {window.evaluation.policy.version}" in text
    assert "EVAP rebate" in text and "Import duty" in text and "China EV quota" in text


def test_a_usual_statement_is_one_page_with_everything(window: Any, tmp_path: Path) -> None:
    window.form.fill(vin="3GNKDBRJ7TS100234", powertrain="BEV", vehicle_price="45000", freight_pdi="2100")
    path = tmp_path / "statement.pdf"
    rendered = statement.save_pdf(path, window.evaluation, window.formatter, window.mode)
    assert rendered.pages == 1 and rendered.detail is Detail.FULL and _pages(path) == 1
    text = _pdf_text(path)
    if text is None:
        pytest.skip("pdftotext is not installed")
    _assert_essentials(text, window)
    assert "Sources" in text and "https://" in text


def test_when_the_smallest_type_is_not_enough_the_least_needed_parts_go(window: Any, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window.form.fill(**LONG_DEAL)
    html = statement.statement_html(window.evaluation, window.formatter, window.mode, detail=Detail.ESSENTIAL)
    failing = [c for c in window.evaluation.explanation if c.outcome.value in ("fail", "unknown")]
    assert failing
    for criterion in failing:  # the reasons that decide the answer stay
        assert escape(window.formatter.criterion(criterion))[:40] in html
    met = [c for c in window.evaluation.explanation if c.outcome.value == "pass"]
    assert met and escape(window.formatter.criterion(met[0]))[:40] not in html
    assert "Sources are left out to fit one page" in html and "met or for information are left out" in html
    for line in SIGNATURES:
        assert line in html
    assert window.evaluation.policy.version in html


def test_a_statement_that_cannot_fit_runs_onto_a_second_page_without_losing_anything(
        window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.form.fill(**LONG_DEAL)
    monkeypatch.setattr(statement, "REASON_SIZES_PT", (30.0,))  # type that cannot shrink enough: forced overflow
    path = tmp_path / "long.pdf"
    rendered = statement.save_pdf(path, window.evaluation, window.formatter, window.mode)
    assert rendered.detail is Detail.ESSENTIAL and rendered.pages >= 2
    assert _pages(path) == rendered.pages  # every page is drawn, not only the first
    text = _pdf_text(path)
    if text is None:
        pytest.skip("pdftotext is not installed")
    _assert_essentials(text, window)
    assert "Assembled in China" in text and "$2,000.00 over the" in text  # the failing reasons


def test_a_long_deal_still_fits_one_page_at_the_usual_sizes(window: Any, tmp_path: Path) -> None:
    window.form.fill(**LONG_DEAL)
    path = tmp_path / "long.pdf"
    rendered = statement.save_pdf(path, window.evaluation, window.formatter, window.mode)
    assert rendered.pages == 1 and _pages(path) == 1
    text = _pdf_text(path)
    if text is not None:
        _assert_essentials(text, window)


def test_the_french_statement_names_agreements_in_french(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="MX", vehicle_price="45000", fta_origin_met="yes")
    window.set_language("fr")
    html = statement.statement_html(window.evaluation, window.formatter, window.mode)
    assert "ACEUM" in html and "CUSMA" not in html
    assert "Concessionnaire" in html


def test_no_statement_while_a_country_is_half_typed(window: Any, tmp_path: Path) -> None:
    window.form.fill(powertrain="BEV", vehicle_price="45000")
    window.form.assembly.setEditText("chin")  # typed, not settled
    assert window.form.assembly.pending() == "chin"
    assert window.save_statement_pdf(tmp_path / "x.pdf") is None
    assert not (tmp_path / "x.pdf").exists()
