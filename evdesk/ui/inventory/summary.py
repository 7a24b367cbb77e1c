"""The one-page inventory summary for the sales meeting: the totals by status, the main reasons for
refusals, and the vehicles that would be eligible if their price came down by at most the amount chosen,
cheapest drop first. Printed through QPrintDialog or saved as PDF, on the statement's page set-up; the
list is cut, saying so, where the page ends."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QFont, QPainter, QTextDocument
from PySide6.QtWidgets import QWidget

from evdesk.batch import RowAnswer, Status, Tally
from evdesk.policy.loader import Policy
from evdesk.present.format import Formatter
from evdesk.ui.inventory.filter import View, in_view
from evdesk.ui.inventory.model import vehicle_text
from evdesk.ui.inventory.texts import reason_names, status_words

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

LIST_SIZES = (40, 30, 20, 12, 6, 0)  # vehicles listed, fewer until the page holds them


@dataclass(frozen=True)
class SummaryFacts:
    file_name: str
    answers: list[RowAnswer]
    tally: Tally
    max_drop: Decimal | None
    policy: Policy
    assumed_text: str
    cancelled: bool = False  # the check was stopped part way: the figures are for the rows checked before


def summary_html(facts: SummaryFacts, f: Formatter, listed: int, printed: dt.date | None = None) -> str:
    tally = facts.tally
    words = status_words()
    drops = sorted((a for a in facts.answers if in_view(a, View.PRICE_DROP, facts.max_drop)),
                   key=lambda a: (a.over_cap_by or Decimal(0), a.row))
    at_max = sum((a.amount_at_max_price or Decimal(0) for a in drops), Decimal(0))
    title = translate("InventorySummary", "Inventory check")
    prepared = translate("InventorySummary", "Prepared on {date}").format(date=f.date(printed or dt.date.today()))
    html = ['<html><body style="font-size:9.5pt; color:#111;">'
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td><span style="font-size:16pt; font-weight:bold;">{escape(title)}</span><br/>'
            f'<span style="color:#444;">{escape(facts.file_name)}</span></td>'
            f'<td align="right" valign="top" style="color:#444;">{escape(prepared)}</td></tr></table><hr/>']
    if facts.cancelled:
        partial = translate("InventorySummary", "Cancelled after {rows} rows: these figures are for that part of the "
                                                "list only.").format(rows=f.number(tally.rows))
        html.append(f'<p style="font-weight:bold;">{escape(partial)}</p>')
    drop_label = (translate("InventorySummary", "Eligible if the price drops by at most {amount}").format(
        amount=f.money(facts.max_drop)) if facts.max_drop is not None else
        translate("InventorySummary", "Eligible if the price drops"))
    # (lupdate reads only calls written out of f-strings, so each text is its own call.)
    eligible_now = translate("InventorySummary", "Eligible now")
    refused = translate("InventorySummary", "Not eligible at the current price")
    not_known = translate("InventorySummary", "Not known")
    problems = translate("InventorySummary", "Rows with problems (not checked)")
    of_which = (translate("InventorySummary", "of which, eligible if the price drops by at most {amount}").format(
        amount=f.money(facts.max_drop)) if facts.max_drop is not None else
        translate("InventorySummary", "of which, eligible if the price drops"))
    # The price-drop vehicles are among those not eligible at today's price: a line inside that one, so
    # that the lines that stand alone add up to the rows checked.
    lines = [
        (f"{words[Status.ELIGIBLE][0]} {eligible_now}", tally.eligible, f.money(tally.total), False),
        (f"{words[Status.NOT_ELIGIBLE][0]} {refused}", tally.not_eligible, "", False),
        (f"{words[Status.PRICE_DROP][0]} {of_which}", len(drops), f.money(at_max), True),
        (f"{words[Status.NOT_KNOWN][0]} {not_known}", tally.not_known, "", False),
        (f"{words[Status.PROBLEM][0]} {problems}", tally.with_problems, "", False),
    ]
    vehicles = translate("InventorySummary", "Vehicles")
    count = translate("InventorySummary", "Count")
    rebates = translate("InventorySummary", "Rebates")
    rows_checked = translate("InventorySummary", "Rows checked")
    html.append('<table width="100%" cellspacing="0" cellpadding="4" border="1" '
                'style="border-collapse:collapse; border-color:#999;">')
    html.append(f'<tr><th align="left">{escape(vehicles)}</th><th align="right">{escape(count)}</th>'
                f'<th align="right">{escape(rebates)}</th></tr>')
    for label, number, amount, inside in lines:
        indent = ' style="padding-left:18px; color:#333;"' if inside else ""
        html.append(f'<tr><td{indent}>{escape(label)}</td><td align="right">{escape(f.number(number))}</td>'
                    f'<td align="right">{escape(amount)}</td></tr>')
    html.append(f'<tr><td><b>{escape(rows_checked)}</b></td>'
                f'<td align="right"><b>{escape(f.number(tally.rows))}</b></td><td></td></tr></table>')

    reasons = Counter(a.reason.rule for a in facts.answers if a.eligible is False and a.reason is not None)
    if reasons:
        names = reason_names()
        why = translate("InventorySummary", "Why vehicles are not eligible")
        html.append(f'<p style="margin-top:8px; margin-bottom:2px;"><b>{escape(why)}</b></p><p>')
        html.append("<br/>".join(escape(f.labelled(names.get(rule, rule), f.number(count)))
                                 for rule, count in reasons.most_common(6)))
        html.append("</p>")

    if drops and listed:
        html.append(f'<p style="margin-top:8px; margin-bottom:2px;"><b>{escape(drop_label)}</b></p>'
                    '<table width="100%" cellspacing="0" cellpadding="2" style="font-size:8.5pt;">')
        # Room between the columns: side by side, "50 000,00 $" and "1 050,00 $" read as one figure.
        gap = ' style="padding-left:12px;"'
        head = (translate("InventorySummary", "Row"), translate("InventorySummary", "Stock #"),
                translate("InventorySummary", "Vehicle"), translate("InventorySummary", "Price"),
                translate("InventorySummary", "Highest eligible price"), translate("InventorySummary", "Drop"),
                translate("InventorySummary", "Rebate then"))
        html.append("<tr>" + "".join(f'<th align="{"left" if i < 3 else "right"}"{gap if i else ""}>{escape(h)}</th>'
                                     for i, h in enumerate(head)) + "</tr>")
        for answer in drops[:listed]:
            price = answer.request.vehicle_price if answer.request is not None else None
            cells = (str(answer.row), answer.stock or "", vehicle_text(answer), f.money(price),
                     f.money(answer.max_price), f.money(answer.over_cap_by), f.money(answer.amount_at_max_price))
            html.append("<tr>" + "".join(f'<td align="{"left" if i < 3 else "right"}"{gap if i else ""}>'
                                         f'{escape(c)}</td>' for i, c in enumerate(cells)) + "</tr>")
        html.append("</table>")
        if len(drops) > listed:
            html.append("<p><i>" + escape(translate("InventorySummary", "…and {count} more: the window and the "
                                                                        "exported table list them all.").format(
                count=f.number(len(drops) - listed))) + "</i></p>")
    policy = facts.policy
    footer = translate("InventorySummary", "Checked under policy {version} (published {published}). {assumed} "
                                           "An estimate from the published federal rules: the EVAP dealer portal "
                                           "gives the final word.").format(
        version=policy.version, published=f.date(policy.data.published), assumed=facts.assumed_text)
    html.append(f'<p style="margin-top:10px; font-size:8pt; color:#333;">{escape(footer)}</p></body></html>')
    return "".join(html)


def _document(printer: object, facts: SummaryFacts, f: Formatter, printed: dt.date | None) -> QTextDocument:
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    document.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setPageSize(QSizeF(page.width(), page.height()))
    for listed in LIST_SIZES:
        document.setHtml(summary_html(facts, f, listed, printed))
        if document.pageCount() <= 1:
            break
    return document


def render(printer: object, facts: SummaryFacts, f: Formatter, printed: dt.date | None = None) -> None:
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    document = _document(printer, facts, f, printed)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("InventorySummary", "The printer could not be started."))
    try:
        document.drawContents(painter, QRectF(0, 0, page.width(), page.height()))
    finally:
        painter.end()


def save_pdf(path: Path, facts: SummaryFacts, f: Formatter) -> None:
    from evdesk.ui.counter.statement import new_printer

    render(new_printer(path), facts, f)
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(translate("InventorySummary", "The PDF could not be written to {path}.").format(path=path))


def print_with_dialog(parent: QWidget, facts: SummaryFacts, f: Formatter) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog

    from evdesk.ui.counter.statement import new_printer

    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("InventorySummary", "Print the inventory summary"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render(printer, facts, f)
    return True
