"""A saved deal opened back into the window: what it was told, and what today's policy would tell it.

`OpenedDeal` is worked out once when the deal opens: the policy it was answered under is rebuilt from
the database and the saved request answered again; if that gives exactly the saved answer, the result
view shows it (in the window's language) while the form holds that request. Today's answer (the window's
policy) is compared with the saved one rule by rule and shown beside it, never in its place. If this
evdesk cannot reproduce the saved answer, the panel lists the answer as it was recorded instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evdesk.present.explanation import SYMBOLS
from evdesk.present.format import Formatter
from evdesk.ui.deals.words import due_sentence, status_word

if TYPE_CHECKING:
    from evdesk.policy import Policy
    from evdesk.records.compare import Comparison
    from evdesk.records.deals import ClaimEvent, Deal
    from evdesk.records.due import DueItem
    from evdesk.rules import Evaluation
    from evdesk.rules.request import SaleRequest

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`


def same_sale(a: SaleRequest, b: SaleRequest) -> bool:
    """Whether two requests describe the same sale as the form can say it: the form has no "not known"
    for the claim date (it is the sale date) or for a new vehicle's odometer."""
    def canonical(request: SaleRequest) -> dict[str, Any]:
        values = request.model_dump()
        values["claim_date"] = request.effective_claim_date
        if request.condition.value != "demonstrator":
            values["odometer_km"] = None
        return values

    return canonical(a) == canonical(b)


@dataclass
class OpenedDeal:
    deal: Deal
    log: list[ClaimEvent]
    due: list[DueItem]
    saved_policy: Policy | None  # None when its files are not in this database
    evaluation: Evaluation | None  # the saved request answered again under its policy, when it reproduces
    today_policy: Policy
    today: Evaluation
    comparison: Comparison
    changed: bool = False  # the form no longer holds the deal's request

    @property
    def reproduced(self) -> bool:
        return self.evaluation is not None


def figure_text(section: str, key: str, value: Any, f: Formatter) -> str:
    if value is None:
        return translate("Deals", "not known")
    if key == "eligible":
        return translate("Deals", "eligible") if value else translate("Deals", "not eligible")
    if key == "applies":
        return translate("Deals", "counts") if value else translate("Deals", "does not count")
    if key == "amount":
        return f.money(Decimal(str(value)))
    if key == "rate_percent":
        return f.percent(Decimal(str(value)))
    return str(value)


def figure_name(section: str, key: str) -> str:
    return {
        ("rebate", "eligible"): translate("Deals", "EVAP rebate"),
        ("rebate", "amount"): translate("Deals", "EVAP amount"),
        ("tariff", "rate_percent"): translate("Deals", "Import duty"),
        ("quota", "applies"): translate("Deals", "China EV quota"), ("quota", "year"): translate("Deals", "Quota year"),
    }.get((section, key), f"{section}.{key}")


class DealPanel(QFrame):
    """The opened deal, above the form and the answer."""

    closed = Signal()
    restore = Signal()  # put the deal's request back in the form
    reprint = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dealPanel")
        self.setProperty("role", "card")
        self.opened: OpenedDeal | None = None
        self._formatter = Formatter("en")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("dealTitle")
        self.title.setProperty("role", "sectionTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.claim_button = QPushButton()
        self.claim_button.setObjectName("dealClaimButton")
        self.reprint_button = QPushButton()
        self.reprint_button.setObjectName("dealReprintButton")
        self.reprint_button.clicked.connect(self.reprint)
        self.close_button = QPushButton()
        self.close_button.setObjectName("dealCloseButton")
        self.close_button.clicked.connect(self.closed)
        for button in (self.claim_button, self.reprint_button, self.close_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.claim = QLabel()
        self.claim.setObjectName("dealClaim")  # one line: a wrapping label in a dock takes two
        layout.addWidget(self.claim)
        self.due = QLabel()
        self.due.setObjectName("dealDue")
        self.due.setProperty("role", "verdict")
        self.due.setProperty("status", "warn")
        self.due.setWordWrap(True)
        layout.addWidget(self.due)
        state = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("dealState")
        self.state.setWordWrap(True)
        state.addWidget(self.state, 1)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("dealRestoreButton")
        self.restore_button.clicked.connect(self.restore)
        state.addWidget(self.restore_button)
        layout.addLayout(state)
        self.changes = QTableWidget(0, 2)
        self.changes.setObjectName("dealChanges")
        self.changes.verticalHeader().setVisible(False)
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.changes.setWordWrap(True)
        self.changes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.changes)
        for label in (self.title, self.claim, self.due, self.state):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._height = 0
        self.retranslate()

    # A dock asks its widget's size hint, which word-wrapped labels give at half a screen's width (two or
    # three lines each): the panel answers with the height its wrapped lines need at its real width.
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(self.width(), hint.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def retranslate(self) -> None:
        self.claim_button.setText(self.tr("Claim"))
        self.reprint_button.setText(self.tr("Reprint statement…"))
        self.close_button.setText(self.tr("Close deal"))
        self.restore_button.setText(self.tr("Put the deal back"))
        self.changes.setHorizontalHeaderLabels([self.tr("As saved"), self.tr("Today")])
        self.show_deal(self.opened, self._formatter)

    def show_deal(self, opened: OpenedDeal | None, f: Formatter) -> None:
        self.opened = opened
        self._formatter = f
        self.setVisible(opened is not None)
        if opened is None:
            return
        deal = opened.deal
        parts = [self.tr("Deal {number}").format(number=deal.number)]
        if deal.customer:
            parts.append(deal.customer)
        elif deal.erased_at is not None:
            parts.append(self.tr("customer's data erased"))
        if deal.stock:
            parts.append(self.tr("stock {stock}").format(stock=deal.stock))
        saved_on = deal.saved_at.astimezone().date()
        parts.append(self.tr("saved {date} by {who}").format(date=f.date(saved_on), who=deal.salesperson or "—"))
        parts.append(self.tr("policy {version}").format(version=deal.policy_version))
        self.title.setText("  ·  ".join(parts))
        self.claim.setText(self._claim_text(opened, f))
        self.due.setText("\n".join(due_sentence(item.reason, item.params, f) for item in opened.due))
        self.due.setVisible(bool(opened.due))
        self.reprint_button.setEnabled(opened.reproduced)
        self._show_state(opened, f)
        self._show_changes(opened, f)

    def _claim_text(self, opened: OpenedDeal, f: Formatter) -> str:
        deal = opened.deal
        text = self.tr("Claim: {status}").format(status=status_word(deal.status))
        if deal.submitted_on is not None and deal.status in ("submitted", "paid", "refused"):
            text += " · " + self.tr("submitted {date}").format(date=f.date(deal.submitted_on))
            text += " · " + (self.tr("confirmation {number}").format(number=deal.confirmation) if deal.confirmation
                             else self.tr("no confirmation number yet"))
        if deal.status == "paid" and deal.paid_on is not None:
            text += " · " + self.tr("paid {amount} on {date}").format(amount=f.money(deal.paid_amount),
                                                                       date=f.date(deal.paid_on))
        if deal.status == "refused" and deal.refused_reason:
            text += " · " + deal.refused_reason
        if deal.status == "cancelled" and deal.cancelled_on is not None:
            text += " · " + f.date(deal.cancelled_on)
        return text

    def _show_state(self, opened: OpenedDeal, f: Formatter) -> None:
        deal = opened.deal
        saved_on = f.date(deal.saved_at.astimezone().date())
        if opened.changed:
            text = self.tr("The form has changed since deal {number} was opened: the answer shown is a new check "
                           "under today's policy.").format(number=deal.number)
        elif opened.reproduced:
            text = self.tr("The answer shown is the one given on {date}, under policy {version}.").format(
                date=saved_on, version=deal.policy_version)
        elif opened.saved_policy is None:
            text = self.tr("The policy this deal was answered under is not in this database: its answer as "
                           "recorded is listed below; the answer shown is today's.")
        else:
            text = self.tr("This evdesk answers the deal differently under the same policy (it was saved by "
                           "evdesk {version}): its answer as recorded is listed below; the answer shown is "
                           "today's.").format(version=deal.evdesk_version)
        self.state.setText(text)
        self.restore_button.setVisible(opened.changed)

    def _show_changes(self, opened: OpenedDeal, f: Formatter) -> None:
        rows: list[tuple[str, str]] = []
        if not opened.reproduced:
            # SYMBOLS is keyed by Outcome, a StrEnum: its members look up by their plain text too.
            rows += [(f"{SYMBOLS.get(item.get('outcome'), '·')} {item.get('text', '')}", "")  # type: ignore[call-overload]
                     for item in opened.deal.answer.get("explanation", [])]
        comparison = opened.comparison
        for figure in comparison.figures:
            name = figure_name(figure.section, figure.key)
            line = self.tr("{name}: {value}")
            rows.append((line.format(name=name, value=figure_text(figure.section, figure.key, figure.then, f)),
                         line.format(name=name, value=figure_text(figure.section, figure.key, figure.now, f))))
        for change in comparison.rules:
            rows.append((self._criterion(change.rule, change.then_outcome, change.then_text, opened.evaluation, f),
                         self._criterion(change.rule, change.now_outcome, change.now_text, opened.today, f)))
        version = opened.today_policy.version
        if comparison.same:
            summary = self.tr("Today's policy ({version}) gives the same answer.").format(version=version)
        else:
            summary = self.tr("Today's policy ({version}) answers differently, rule by rule:").format(version=version)
        self.state.setText(self.state.text() + "  " + summary)
        self.changes.setRowCount(len(rows))
        for index, (then, now) in enumerate(rows):
            self.changes.setItem(index, 0, QTableWidgetItem(then))
            self.changes.setItem(index, 1, QTableWidgetItem(now))
        self.changes.resizeRowsToContents()
        # As tall as its rows, up to nine lines (it scrolls beyond): no empty band under a short list.
        needed = self.changes.horizontalHeader().height() + 2 * self.changes.frameWidth() + sum(
            self.changes.rowHeight(index) for index in range(len(rows)))
        self.changes.setFixedHeight(min(needed, self.fontMetrics().height() * 9))
        self.changes.setVisible(bool(rows))
        self.updateGeometry()

    @staticmethod
    def _criterion(rule: str, outcome: str | None, text: str | None, evaluation: Evaluation | None,
                   f: Formatter) -> str:
        """A criterion in the window's language when its evaluation is at hand, else as recorded."""
        if outcome is None:
            return "—"
        symbol = SYMBOLS.get(outcome, "·")  # type: ignore[call-overload]
        item = evaluation.criterion(rule) if evaluation is not None else None
        return f"{symbol} {f.criterion(item) if item is not None else text or ''}"
