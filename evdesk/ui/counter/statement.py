"""The one-page customer statement for the deal jacket: the vehicle, the three answers, the reasons with
their sources, the policy it was worked out under, and lines for the dealer's and the customer's
signatures. Printed through QPrintDialog or saved as PDF; QtPrintSupport is loaded only then.

A `StatementHeader` adds what a deal jacket needs (research §1: the fields a claim packet carries): the
dealer's legal name, address and GST number (from the settings), and for a saved deal its number, stock
number and customer; a saved deal reprinted says when it was first prepared. Each incentive has its own
line, and the statement says that it does not guarantee eligibility.

The page is laid out on the printer itself, and the reasons' type shrinks step by step until the whole
statement fits on one page. If the smallest type still does not fit, the least needed parts go, in this
order, each time saying so on the page: the list of sources, then the reasons that were met or are for
information only. If even that does not fit, the statement runs onto a second page. The three answers,
the reasons that failed or are not known, the policy line and the signature lines are never left out.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import IntEnum
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtWidgets import QWidget

from evdesk import __version__
from evdesk.present.answers import Answer, fee_line, incentive_lines, total_headline
from evdesk.present.explanation import (
    SYMBOLS,
    comparison,
    reason_sections,
    vehicle_title,
    visible_criteria,
    visible_notes,
)
from evdesk.present.explanation import answers as display_answers
from evdesk.present.format import Formatter
from evdesk.rules.result import Citation, Criterion, Evaluation
from evdesk.terms import Outcome, Question
from evdesk.ui.settings import DealerProfile, Mode
from evdesk.updates.staleness import stale_warning

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

REASON_SIZES_PT = tuple(8.0 - 0.25 * step for step in range(11))  # 8 pt down to 5.5 pt, until it fits
ESSENTIAL_OUTCOMES = (Outcome.FAIL, Outcome.UNKNOWN)  # reasons a statement never leaves out


class Detail(IntEnum):
    """How much of the statement is printed: everything, or less when it would not fit one page."""

    FULL = 0
    NO_SOURCES = 1  # the numbered list of sources goes
    ESSENTIAL = 2  # and the reasons that were met or are for information only


class DealFacts(NamedTuple):
    """A saved deal's own lines on its statement."""

    number: int
    saved_on: dt.date
    customer: str | None = None
    stock: str | None = None


class StatementHeader(NamedTuple):
    dealer: DealerProfile = DealerProfile()
    deal: DealFacts | None = None


class Rendered(NamedTuple):
    reason_pt: float
    detail: Detail
    pages: int


def _param(evaluation: Evaluation, rule: str, key: str) -> object:
    item = evaluation.criterion(rule)
    return item.params.get(key) if item is not None else None


def _heading(text: str, style: str = "") -> str:
    return f'<p style="margin-top:7px; margin-bottom:1px; {style}"><b>{escape(text)}</b></p>'


def _dealer_html(dealer: DealerProfile) -> str:
    if dealer.is_empty():
        return ""
    lines = [f"<b>{escape(dealer.legal_name)}</b>"] if dealer.legal_name else []
    lines += [escape(line) for line in dealer.address.splitlines() if line.strip()]
    if dealer.gst_number:
        lines.append(escape(translate("Statement", "GST/HST number: {number}").format(number=dealer.gst_number)))
    return '<p style="margin-top:0; margin-bottom:4px; color:#222;">' + "<br/>".join(lines) + "</p>"


# Reasons the statement does not repeat: the price table above itemises the final transaction value; and the
# full amount for the claim year means nothing on the statement of a sale that is not eligible.
ITEMISED_ABOVE = frozenset({"evap.ftv"})
FULL_AMOUNT_RULE = "evap.claim_date"
# A consumer's summary says the import in one plain line: the duty's and the quota's reasons stay in the window.
IN_THE_IMPORT_LINE = frozenset({Question.TARIFF, Question.QUOTA})
# What would change this: the rebate's cell already says when claims step down.
SAID_IN_THE_CELL = frozenset({"evap.step_down"})


def _facts(evaluation: Evaluation, f: Formatter, mode: Mode, header: StatementHeader) -> list[tuple[str, str]]:
    request = evaluation.request
    not_given = translate("Statement", "not given")
    powertrain = _param(evaluation, "evap.powertrain", "powertrain") or request.powertrain
    assembly = _param(evaluation, "evap.assembly", "country") or request.assembly
    if assembly:
        built = f.country(str(assembly))
        if evaluation.criterion("vehicle.assembly_from_model") is not None and not request.assembly:
            built = translate("Statement", "{country} (from the model)").format(country=built)
    elif evaluation.assembly_cases:
        countries = [f.country(case.country) for case in evaluation.assembly_cases]
        built = translate("Statement", "{countries} (not known: the VIN tells which)").format(
            countries=translate("Statement", " or ").join(countries))
    else:
        built = not_given
    if request.lease_months:
        deal = translate("Statement", "Lease, {months} months").format(months=request.lease_months)
    else:
        deal = translate("Statement", "Purchase")
    facts = [
        (translate("Statement", "Vehicle"), vehicle_title(evaluation) or not_given),
        (translate("Statement", "VIN"), request.vin or not_given),
        (translate("Statement", "Powertrain"), f.term(str(powertrain)) if powertrain else not_given),
        (translate("Statement", "Final assembly"), built),
        (translate("Statement", "Sale or lease date"), f.date(request.sale_date)),
    ]
    if mode == "consumer" and not request.vin:  # a consumer is not asked for one: no "VIN: not given" row
        del facts[1]
    if mode == "dealer":  # a consumer is not asked for the portal's date
        facts.append((translate("Statement", "Claim date"), f.date(request.effective_claim_date)))
    facts.append((translate("Statement", "Purchase or lease"), deal))
    deal_facts = header.deal
    if deal_facts is not None:
        facts = [(translate("Statement", "Deal number"), str(deal_facts.number)),
                 (translate("Statement", "Stock number"), deal_facts.stock or not_given),
                 (translate("Statement", "Customer"), deal_facts.customer or not_given), *facts]
    return facts


def _facts_html(facts: list[tuple[str, str]]) -> str:
    html = ['<table width="100%" cellspacing="0" cellpadding="2">']
    for index in range(0, len(facts), 2):
        html.append("<tr>")
        for label, value in facts[index:index + 2]:
            html.append(f'<td width="20%" style="color:#555;">{escape(label)}</td>'
                        f'<td width="30%"><b>{escape(value)}</b></td>')
        html.append("</tr>")
    html.append("</table>")
    return "".join(html)


def _price_html(evaluation: Evaluation, f: Formatter, small: str, mode: Mode) -> str:
    """The price, part by part: each part given, whether the final transaction value counts it, and the
    value itself (research §1.4: what the FTV includes and leaves out). A consumer gave one price before
    taxes, and it is printed as such."""
    ftv = evaluation.rebate.ftv
    if mode == "consumer":
        price = f.money(ftv.total) if ftv.total is not None else translate("Statement", "not known")
        label = translate("Statement", "Price before taxes")
        return (f'<p style="margin-top:6px;">{escape(label)}&nbsp;&nbsp;<b>{escape(price)}</b></p>')
    counted, left_out = translate("Statement", "counted"), translate("Statement", "not counted")
    rows = [part for part in ftv.parts if part.name == "vehicle_price" or part.amount]
    html = [_heading(translate("Statement", "The price, before taxes")),
            f'<table cellspacing="0" cellpadding="1" style="{small}">']
    for part in rows:
        amount = f.money(part.amount) if part.amount is not None else translate("Statement", "not given")
        html.append(f'<tr><td>{escape(f.term(part.name))}</td><td align="right">&nbsp;&nbsp;{escape(amount)}</td>'
                    f'<td style="color:#555;">&nbsp;&nbsp;{escape(counted if part.counted else left_out)}</td></tr>')
    total = f.money(ftv.total) if ftv.total is not None else translate("Statement", "not known")
    label = translate("Statement", "Final transaction value")  # not inside the f-string: lupdate must see it
    html.append(f'<tr><td><b>{escape(label)}</b></td>'
                f'<td align="right">&nbsp;&nbsp;<b>{escape(total)}</b></td><td></td></tr></table>')
    return "".join(html)


def _answer_cell(heading: str, answer: Answer, small: str, said_below: set[str]) -> str:
    # A detail that is one of the reasons printed below is not said twice; a neutral answer's "i" is no bullet.
    details = "<br/>".join(escape(d) for d in answer.details if d not in said_below)
    status = f"{answer.symbol} {answer.verdict}" if answer.symbol != "i" else answer.verdict
    headline = (f'<span style="font-size:15pt; font-weight:bold;">{escape(answer.headline)}</span><br/>'
                if answer.headline else "")
    return (f'<td valign="top"><span style="color:#555;">{escape(heading)}</span><br/>{headline}'
            f'<b>{escape(status)}</b><div style="{small} color:#333;">{details}</div></td>')


def _margin_said(text: str, item: Criterion, f: Formatter) -> bool:
    """Whether the sentence already gives the margin ("$5,000.00 to spare" after "… ($5,000.00 to spare).")."""
    margin = item.compared.margin if item.compared is not None else None
    if margin is None or isinstance(margin, bool) or margin == 0:
        return False
    return f.value(type(margin)(abs(margin))) in text


def _reason_line(item: Criterion, f: Formatter, mode: Mode, cite: str) -> str:
    text = f.criterion(item)
    numbers = comparison(item, f) if mode == "dealer" else ""
    if numbers and _margin_said(text, item, f):
        numbers = numbers.split(" · ")[0]  # the relation that holds, not the margin a second time
    extra = f" ({escape(numbers)})" if numbers else ""
    # A note is no bullet: an em space keeps it in line with the marked reasons.
    mark = "\u2003" if item.outcome is Outcome.INFO else f"{SYMBOLS[item.outcome]} "
    return f"{mark}{escape(text)}{extra}{cite}<br/>"


def _source_line(index: int, source: Citation, f: Formatter, mode: Mode) -> str:
    """One entry of the numbered list: who, what, when; and for a dealer where, to check it. A consumer's
    summary names the sources without their addresses."""
    entry = f"[{index}] {escape(f.citation(source))}"
    if mode == "dealer":
        entry += f" — {escape(f.source_url(source))}"
    return entry + "<br/>"


def statement_html(evaluation: Evaluation, f: Formatter, mode: Mode, reason_pt: float = 8.0,
                   printed: dt.date | None = None, detail: Detail = Detail.FULL,
                   header: StatementHeader | None = None) -> str:
    """The statement as rich text. A dealer's is the deal jacket's: every answer, reason and source, and the
    signature lines. A consumer's is a summary: the rebate and one plain import line, the reasons in plain
    words, the sources named without addresses, and no signature lines."""
    header = header or StatementHeader()
    small = f"font-size:{reason_pt}pt;"
    dealer_mode = mode == "dealer"
    if dealer_mode:
        title = translate("Statement", "EV sale statement")
        subtitle = translate("Statement", "Federal EV rebate (EVAP), import duty and China EV quota")
    else:
        title = translate("Statement", "EV purchase summary")
        subtitle = translate("Statement", "The federal EV rebate (EVAP) and the import, in plain words")
    today = printed or dt.date.today()
    deal_facts = header.deal
    if deal_facts is not None and deal_facts.saved_on != today:
        prepared = translate("Statement", "Prepared on {date}, reprinted on {today}").format(
            date=f.date(deal_facts.saved_on), today=f.date(today))
    else:
        prepared = translate("Statement", "Prepared on {date}").format(date=f.date(today))
    html = ['<html><body style="font-size:9.5pt; color:#111;">'
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td><span style="font-size:16pt; font-weight:bold;">{escape(title)}</span><br/>'
            f'<span style="color:#444;">{escape(subtitle)}</span></td>'
            f'<td align="right" valign="top" style="color:#444;">{_dealer_html(header.dealer)}{escape(prepared)}</td>'
            '</tr></table><hr/>', _facts_html(_facts(evaluation, f, mode, header))]
    if warning := stale_warning(evaluation.policy, f):
        html.append(f'<p style="margin-top:6px; color:#8a5a00;"><b>⚠ {escape(warning)}</b></p>')
    html.append(_price_html(evaluation, f, small, mode))

    # The reasons first, so that the cells above them can leave out what they will say.
    criteria = [c for c in visible_criteria(evaluation, mode) if c.rule not in ITEMISED_ABOVE
                and not (c.rule == FULL_AMOUNT_RULE and evaluation.rebate.eligible is False)
                and (dealer_mode or c.question not in IN_THE_IMPORT_LINE)]
    left_out = []
    if detail >= Detail.ESSENTIAL:
        left_out = [c for c in criteria if c.outcome not in ESSENTIAL_OUTCOMES]
        criteria = [c for c in criteria if c.outcome in ESSENTIAL_OUTCOMES]
    said_below = {f.criterion(c) for c in criteria}

    cells = display_answers(evaluation, f, mode)
    width = 100 // len(cells)
    html.append('<table width="100%" cellspacing="0" cellpadding="6" border="1" '
                'style="border-collapse:collapse; border-color:#999; margin-top:8px;"><tr>')
    html.extend(_answer_cell(heading, answer, small, said_below).replace("<td ", f'<td width="{width}%" ', 1)
                for heading, answer in cells)
    html.append("</tr></table>")
    html.append(_incentive_lines(evaluation, f, small))

    sources: list[Citation] = []

    def cite(source: Citation | None) -> str:
        """A numbered reference: each source is listed once, at the end, however often it is cited."""
        if source is None or detail >= Detail.NO_SOURCES:
            return ""
        for index, known in enumerate(sources, start=1):
            if known.url == source.url and known.title == source.title:
                return f" [{index}]"
        sources.append(source)
        return f" [{len(sources)}]"

    notes = ((translate("Statement", "Worth knowing"), visible_notes(evaluation.warnings, mode), "⚠"),
             (translate("Statement", "What would change this"),
              [n for n in visible_notes(evaluation.changes, mode) if n.id not in SAID_IN_THE_CELL], "→"))
    for heading, items, mark in notes:
        if items:
            html.append(_heading(heading) + f'<div style="{small}">')
            html.extend(f"{mark} {escape(f.criterion(note))}{cite(note.source)}<br/>" for note in items)
            html.append("</div>")
    html.append(_heading(translate("Statement", "The reasons")) + f'<div style="{small}">')
    if left_out:
        html.append("<i>" + escape(translate(
            "Statement", "To fit one page, only the reasons that are not met or not known are printed ({count} "
                         "met or for information are left out; the window shows them all).").format(
            count=len(left_out))) + "</i><br/>")
    for section_title, section in reason_sections(evaluation, f, criteria):
        html.append(f"<i>{escape(section_title)}</i><br/>")
        html.extend(_reason_line(item, f, mode, cite(item.source)) for item in section)
    html.append("</div>")
    if detail >= Detail.NO_SOURCES:
        html.append(f'<p style="margin-top:4px; {small} color:#333;">' + escape(translate(
            "Statement", "Sources are left out to fit one page: “Copy result as text” lists each reason with its "
                         "source.")) + "</p>")
    elif sources:
        html.append(_heading(translate("Statement", "Sources"), small)
                    + f'<div style="font-size:{max(reason_pt - 1, 5)}pt; color:#333;">')
        html.extend(_source_line(index, source, f, mode) for index, source in enumerate(sources, start=1))
        html.append("</div>")

    policy = evaluation.policy
    footer = translate("Statement", "Worked out by evdesk {app} under policy {version} ({id}, published "
                                    "{published}). An estimate from the published federal rules: the EVAP dealer "
                                    "portal and the Canada Border Services Agency give the final word.").format(
        app=__version__, version=policy.version, id=policy.id, published=f.date(policy.published))
    html.append(f'<p style="margin-top:8px; {small} color:#333;">{escape(footer)}</p>')
    html.append('<p style="margin-top:2px;"><b>' + escape(translate(
        "Statement", "This statement does not guarantee eligibility.")) + "</b></p>")
    if dealer_mode:
        line = "_" * 34
        dealer = translate("Statement", "Dealer: signature and date")
        customer = translate("Statement", "Customer: signature and date")
        html.append('<p></p><table width="100%" cellspacing="0" cellpadding="4"><tr>'
                    f'<td width="50%">{line}<br/>{escape(dealer)}</td>'
                    f'<td width="50%">{line}<br/>{escape(customer)}</td></tr></table>')
    html.append("</body></html>")
    return "".join(html)


def _incentive_lines(evaluation: Evaluation, f: Formatter, small: str) -> str:
    """Each incentive on its own line (the federal and each provincial program), then the total, and the
    province's EV fees for information: the lines a deal jacket shows, one per incentive."""
    if evaluation.total is None:
        return ""
    lines = [escape(line) for line in incentive_lines(evaluation, f)]
    lines.append("<b>" + escape(translate("Statement", "In all: {total}").format(
        total=total_headline(evaluation, f))) + "</b>")
    if evaluation.province is not None:
        lines += [escape(fee_line(fee, f)) for fee in evaluation.province.fees]
    return _heading(translate("Statement", "Incentives")) + f'<div style="{small}">' + "<br/>".join(lines) + "</div>"


_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')  # what Windows, macOS or Linux refuse


def file_name(evaluation: Evaluation, header: StatementHeader | None = None) -> str:
    """The statement's file name, after the deal: the customer of a saved deal, else the VIN, and the sale
    date ("EV statement Émilie Tremblay 2026-05-01.pdf"); only the date when neither is known."""
    deal = (header or StatementHeader()).deal
    who = (deal.customer if deal is not None and deal.customer else None) or evaluation.request.vin or ""
    stem = " ".join(part for part in (translate("Statement", "EV statement"), who,
                                      evaluation.request.sale_date.isoformat()) if part)
    stem = " ".join(_NOT_IN_FILE_NAMES.sub(" ", stem).split())[:120].rstrip(". ")
    return f"{stem}.pdf"


def new_printer(path: Path | None = None) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
                                      QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter))
    if path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
    return printer


def layout(printer: QPrinter, evaluation: Evaluation, f: Formatter, mode: Mode,
           printed: dt.date | None = None, header: StatementHeader | None = None) -> tuple[QTextDocument, Rendered]:
    """The statement laid out on `printer`'s page: on one page if any size and detail allows, else on as
    many as the essential parts need."""
    from PySide6.QtPrintSupport import QPrinter

    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    document.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setPageSize(QSizeF(page.width(), page.height()))
    for detail in Detail:
        for size in REASON_SIZES_PT:
            document.setHtml(statement_html(evaluation, f, mode, size, printed, detail, header))
            if document.pageCount() <= 1:
                return document, Rendered(size, detail, 1)
    return document, Rendered(REASON_SIZES_PT[-1], Detail.ESSENTIAL, document.pageCount())


def render(printer: QPrinter, evaluation: Evaluation, f: Formatter, mode: Mode,
           printed: dt.date | None = None, header: StatementHeader | None = None) -> Rendered:
    """Lay the statement out on `printer` and paint it, page by page."""
    from PySide6.QtPrintSupport import QPrinter

    document, rendered = layout(printer, evaluation, f, mode, printed, header)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("Statement", "The printer could not be started."))
    try:
        for number in range(rendered.pages):
            if number and not printer.newPage():
                raise OSError(translate("Statement", "The printer could not be started."))
            top = number * page.height()
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
            painter.restore()
    finally:
        painter.end()
    return rendered


def save_pdf(path: Path, evaluation: Evaluation, f: Formatter, mode: Mode,
             header: StatementHeader | None = None) -> Rendered:
    rendered = render(new_printer(path), evaluation, f, mode, header=header)
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(translate("Statement", "The PDF could not be written to {path}.").format(path=path))
    return rendered


def print_with_dialog(parent: QWidget, evaluation: Evaluation, f: Formatter, mode: Mode,
                      header: StatementHeader | None = None) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog

    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Statement", "Print the customer statement"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render(printer, evaluation, f, mode, header=header)
    return True
