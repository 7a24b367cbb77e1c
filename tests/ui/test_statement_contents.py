"""What the statement says: the price part by part, no stray "i" bullets, nothing said twice, the sources as
a short numbered list, no "full amount" line on a sale that is not eligible, exact amounts, a file named
after the deal in the Documents folder; and a consumer's printout, a summary with no signature lines and no
addresses."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths

from evdesk.ui.counter import statement
from evdesk.ui.counter.statement import DealFacts, StatementHeader
from evdesk.ui.settings import DealerProfile

US_LEASE = {"vin": "3GNKDBRJ7TS100234", "powertrain": "BEV", "assembly": "US", "fta_origin_met": "yes",
            "vehicle_price": "45000", "options": "1200", "freight_pdi": "2100", "winter_tires": "900",
            "lease_months": 39}
CN_BEV = {"powertrain": "BEV", "assembly": "CN", "origin": "CN", "vehicle_price": "40000"}
SIGNATURES = ("Dealer: signature and date", "Customer: signature and date")


def _text(html: str) -> str:
    """The statement's words, one line per paragraph or line break, tags and entities out."""
    text = re.sub(r"<br/>|</p>|</tr>|</div>", "\n", html)
    text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&amp;", "&").replace("&#x27;", "'")
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def _statement(window: Any, mode: str = "dealer", header: StatementHeader | None = None) -> str:
    return _text(statement.statement_html(window.evaluation, window.formatter, mode, header=header))


def test_the_price_is_itemised_part_by_part_counted_or_not(window: Any) -> None:
    window.form.fill(**US_LEASE)
    text = _statement(window)
    for line in ("Vehicle price after discounts $45,000.00 counted", "Options and packages $1,200.00 counted",
                 "Freight and PDI $2,100.00 not counted", "One set of winter tires $900.00 not counted",
                 "Final transaction value $46,200.00"):
        assert line in text, line
    assert "Accessories" not in text  # a part not in the price is not a line of it


def test_no_stray_i_bullets_and_nothing_said_twice(window: Any) -> None:
    window.form.fill(**US_LEASE)
    text = _statement(window)
    assert not [line for line in text.split("\n") if line.startswith("i ")]
    assert "Free trade agreement rate" in text and "i Free trade agreement rate" not in text
    assert text.count("Claims from January 1, 2027 get $3,250.00") == 1  # the cell says it; no hint repeats it
    assert "Claims submitted from January 1, 2027" not in text
    assert text.count("not in China: the China EV quota does not apply") == 1  # a reason, not also its cell
    # The final transaction value is itemised above: its reason line is not repeated below
    assert "price, options, accessories and dealer fees. Not counted" not in text
    assert text.count("$3,800.00 to spare") == 1  # the margin once: the comparison keeps only what holds
    assert "$46,200.00 ≤ $50,000.00" in text


def test_the_sources_are_a_short_numbered_list_each_once(window: Any) -> None:
    window.form.fill(**US_LEASE)
    html = statement.statement_html(window.evaluation, window.formatter, "dealer")
    sources = html[html.index("<b>Sources</b>"):]
    entries = re.findall(r"\[(\d+)\] ([^<]+)<br/>", sources)
    assert [int(number) for number, _ in entries] == list(range(1, len(entries) + 1))
    assert len({entry for _, entry in entries}) == len(entries)  # each source once
    assert all(" — https://" in entry for _, entry in entries)  # for the dealer, where to check it


def test_a_sale_that_is_not_eligible_has_no_full_amount_line(window: Any) -> None:
    window.form.fill(**CN_BEV)
    assert window.evaluation.rebate.eligible is False
    assert "the full amount for a" not in _statement(window)
    window.form.fill(powertrain="BEV", assembly="US", origin="US", fta_origin_met="yes")
    assert window.evaluation.rebate.eligible is True
    assert "the full amount for a battery-electric vehicle (BEV) claimed in 2026 is $5,000.00" in _statement(window)


def test_amounts_are_exact_on_the_statement_and_in_the_charts(window: Any) -> None:
    window.form.fill(**{**US_LEASE, "options": "0", "winter_tires": "0"})
    assert "$4,062.50" in _statement(window) and "$4,063" not in _statement(window)
    labels = window.result.step_chart.column_labels()
    assert labels[0] == "$4,062.50" and all("k" not in label for label in labels)
    assert window.result.lease_chart.highlighted().amount == 4062.50


def test_the_file_is_named_after_the_deal_and_goes_to_the_documents_folder(window: Any, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.form.fill(**US_LEASE)
    offered: list[str] = []

    def save_as(parent: Any, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(tmp_path / "chosen.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert window.save_statement_pdf() == tmp_path / "chosen.pdf"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(offered[0]) == Path(documents) / "EV statement 3GNKDBRJ7TS100234 2026-05-01.pdf"


@pytest.mark.parametrize(("customer", "vin", "named"), [
    ("Émilie Tremblay", "3GNKDBRJ7TS100234", "EV statement Émilie Tremblay 2026-05-01.pdf"),  # a saved deal
    (None, "3GNKDBRJ7TS100234", "EV statement 3GNKDBRJ7TS100234 2026-05-01.pdf"),
    (None, None, "EV statement 2026-05-01.pdf"),
    ('A/B: "C"?', None, "EV statement A B C 2026-05-01.pdf"),  # what a file system refuses is left out
])
def test_the_file_name(window: Any, customer: str | None, vin: str | None, named: str) -> None:
    window.form.fill(powertrain="BEV", vehicle_price="45000", **({"vin": vin} if vin else {}))
    header = StatementHeader(deal=DealFacts(7, dt.date(2026, 5, 1), customer)) if customer else None
    assert statement.file_name(window.evaluation, header) == named


def test_a_consumers_printout_is_a_summary_without_signatures_or_addresses(window: Any) -> None:
    window.set_mode("consumer")
    window.form.fill(model_year="2026", make="Chevrolet", model="Equinox EV", trim="LT", vehicle_price="45000")
    header = StatementHeader(DealerProfile("Grimsby Kia Ltd.", "1 Main Street", ""))
    text = _statement(window, "consumer", header)
    assert text.startswith("EV purchase summary")
    for line in SIGNATURES:
        assert line not in text
    assert "https://" not in text and "http://" not in text
    assert "Sources" in text and "[1] " in text  # named, numbered, without their addresses
    assert "Grimsby Kia Ltd." in text  # the dealer's profile stays
    assert "Import\n0% or 6.1%\n? Depends on how the vehicle was imported." in text  # one plain import answer
    assert "Import duty" not in text and "China EV quota" not in text and "MFN" not in text
    assert "Final assembly Mexico (from the model)" in text
    assert "Price before taxes $45,000.00" in text and "counted" not in text  # the one price they gave
    assert "VIN not given" not in text and "Claim date" not in text  # not asked of a consumer, so not printed
    dealer = _statement(window, "dealer", header)
    assert all(line in dealer for line in SIGNATURES) and "https://" in dealer
    assert "VIN not given" in dealer and "Claim date May 1, 2026" in dealer
