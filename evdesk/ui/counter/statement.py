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
from enum import IntEnum
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtWidgets import QWidget

from evdesk import __version__
from evdesk.present.answers import fee_line, incentive_lines, total_headline
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
from evdesk.rules.result import Citation, Evaluation
from evdesk.terms import Outcome
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


def statement_html(evaluation: Evaluation, f: Formatter, mode: Mode, reason_pt: float = 8.0,
                   printed: dt.date | None = None, detail: Detail = Detail.FULL,
                   header: StatementHeader | None = None) -> str:
    header = header or StatementHeader()
    request = evaluation.request
    small = f"font-size:{reason_pt}pt;"
    not_given = translate("Statement", "not given")
    powertrain = _param(evaluation, "evap.powertrain", "powertrain") or request.powertrain
    assembly = _param(evaluation, "evap.assembly", "country") or request.assembly
    if request.lease_months:
        deal = translate("Statement", "Lease, {months} months").format(months=request.lease_months)
    else:
        deal = translate("Statement", "Purchase")
    facts = [
        (translate("Statement", "Vehicle"), vehicle_title(evaluation) or not_given),
        (translate("Statement", "VIN"), request.vin or not_given),
        (translate("Statement", "Powertrain"), f.term(str(powertrain)) if powertrain else not_given),
        (translate("Statement", "Final assembly"), f.country(str(assembly)) if assembly else not_given),
        (translate("Statement", "Sale or lease date"), f.date(request.sale_date)),
        (translate("Statement", "Claim date"), f.date(request.effective_claim_date)),
        (translate("Statement", "Purchase or lease"), deal),
        (translate("Statement", "Final transaction value"), f.money(evaluation.rebate.ftv.total)),
    ]
    deal_facts = header.deal
    if deal_facts is not None:
        facts = [(translate("Statement", "Deal number"), str(deal_facts.number)),
                 (translate("Statement", "Stock number"), deal_facts.stock or not_given),
                 (translate("Statement", "Customer"), deal_facts.customer or not_given), *facts]
    title = translate("Statement", "EV sale statement")
    subtitle = translate("Statement", "Federal EV rebate (EVAP), import duty and China EV quota")
    today = printed or dt.date.today()
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
            '</tr></table><hr/>',
            '<table width="100%" cellspacing="0" cellpadding="2">']
    for index in range(0, len(facts), 2):
        html.append("<tr>")
        for label, value in facts[index:index + 2]:
            html.append(f'<td width="20%" style="color:#555;">{escape(label)}</td>'
                        f'<td width="30%"><b>{escape(value)}</b></td>')
        html.append("</tr>")
    html.append("</table>")
    if warning := stale_warning(evaluation.policy, f):
        html.append(f'<p style="margin-top:6px; color:#8a5a00;"><b>⚠ {escape(warning)}</b></p>')

    html.append('<table width="100%" cellspacing="0" cellpadding="6" border="1" '
                'style="border-collapse:collapse; border-color:#999; margin-top:8px;"><tr>')
    for heading, answer in display_answers(evaluation, f, mode):
        details = "<br/>".join(escape(d) for d in answer.details)
        html.append(f'<td width="33%" valign="top"><span style="color:#555;">{escape(heading)}</span><br/>'
                    f'<span style="font-size:15pt; font-weight:bold;">{escape(answer.headline)}</span><br/>'
                    f'<b>{escape(answer.symbol)} {escape(answer.verdict)}</b>'
                    f'<div style="{small} color:#333;">{details}</div></td>')
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
             (translate("Statement", "What would change this"), visible_notes(evaluation.changes, mode), "→"))
    for heading, items, mark in notes:
        if items:
            html.append(_heading(heading) + f'<div style="{small}">')
            html.extend(f"{mark} {escape(f.criterion(note))}{cite(note.source)}<br/>" for note in items)
            html.append("</div>")
    html.append(_heading(translate("Statement", "The reasons")) + f'<div style="{small}">')
    criteria = visible_criteria(evaluation, mode)
    if detail >= Detail.ESSENTIAL:
        left_out = [c for c in criteria if c.outcome not in ESSENTIAL_OUTCOMES]
        criteria = [c for c in criteria if c.outcome in ESSENTIAL_OUTCOMES]
        if left_out:
            html.append("<i>" + escape(translate(
                "Statement", "To fit one page, only the reasons that are not met or not known are printed ({count} "
                             "met or for information are left out; the window shows them all).").format(
                count=len(left_out))) + "</i><br/>")
    for title, section in reason_sections(evaluation, f, criteria):
        html.append(f"<i>{escape(title)}</i><br/>")
        for item in section:
            numbers = comparison(item, f) if mode == "dealer" else ""
            extra = f" ({escape(numbers)})" if numbers else ""
            html.append(f"{SYMBOLS[item.outcome]} {escape(f.criterion(item))}{extra}{cite(item.source)}<br/>")
    html.append("</div>")
    if detail >= Detail.NO_SOURCES:
        html.append(f'<p style="margin-top:4px; {small} color:#333;">' + escape(translate(
            "Statement", "Sources are left out to fit one page: “Copy result as text” lists each reason with its "
                         "source.")) + "</p>")
    elif sources:
        html.append(_heading(translate("Statement", "Sources"), small)
                    + f'<div style="font-size:{max(reason_pt - 1, 5)}pt; color:#333;">')
        html.extend(f"[{index}] {escape(f.citation(source))}: {escape(f.source_url(source))}<br/>"
                    for index, source in enumerate(sources, start=1))
        html.append("</div>")

    policy = evaluation.policy
    footer = translate("Statement", "Worked out by evdesk {app} under policy {version} ({id}, published "
                                    "{published}). An estimate from the published federal rules: the EVAP dealer "
                                    "portal and the Canada Border Services Agency give the final word.").format(
        app=__version__, version=policy.version, id=policy.id, published=f.date(policy.published))
    html.append(f'<p style="margin-top:8px; {small} color:#333;">{escape(footer)}</p>')
    html.append('<p style="margin-top:2px;"><b>' + escape(translate(
        "Statement", "This statement does not guarantee eligibility.")) + "</b></p>")
    line = "_" * 34
    dealer = translate("Statement", "Dealer: signature and date")
    customer = translate("Statement", "Customer: signature and date")
    html.append('<p></p><table width="100%" cellspacing="0" cellpadding="4"><tr>'
                f'<td width="50%">{line}<br/>{escape(dealer)}</td><td width="50%">{line}<br/>{escape(customer)}</td>'
                "</tr></table></body></html>")
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
