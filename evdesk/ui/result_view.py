"""The answer: three cards (rebate, import duty, China EV quota), two small charts, and the reasons.

Built once; each evaluation only changes texts and repaints, so an update stays well inside a frame.
When the form holds something that cannot be used, the last good answer stays, greyed, under a
"needs review" banner naming the field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evdesk.policy.loader import Policy
from evdesk.present.answers import Answer, quota_answer, rebate_answer, tariff_answer
from evdesk.present.explanation import INDENT_PX, explanation_html
from evdesk.present.format import Formatter
from evdesk.rules.result import Evaluation
from evdesk.ui.charts import FtvChart, Step, StepDownChart
from evdesk.ui.settings import Mode

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`



class StatusPill(QLabel):
    """A status in symbol and words on a tinted band across the card, wrapping when the words are long."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ResultCard(QFrame):
    """One answer: what it is about, the figure, the status in symbol and words, and a few details."""

    def __init__(self, name: str, headline_name: str, status_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        self.title = QLabel()
        self.title.setProperty("role", "cardTitle")
        self.headline = QLabel("—")
        self.headline.setObjectName(headline_name)
        self.headline.setProperty("role", "headline")
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = StatusPill()
        self.status.setObjectName(status_name)
        self.status.setProperty("role", "status")
        self.details = QLabel()
        self.details.setProperty("role", "details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.title)
        layout.addWidget(self.headline)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self._answer: Answer | None = None
        self._status = ""

    def show_answer(self, answer: Answer) -> None:
        if answer == self._answer:
            return
        self._answer = answer
        if self._status != answer.status:
            self._status = answer.status  # remembered here: reading an unset property back trips PySide6 6.12
            self.status.setProperty("status", answer.status)
            _restyle(self.status)
        self.headline.setText(answer.headline)
        self.status.setText(f"{answer.symbol}  {answer.verdict}")
        self.details.setText("\n".join(answer.details))
        self.details.setVisible(bool(answer.details))
        self.setAccessibleName(f"{self.title.text()}: {answer.headline}, {answer.verdict}")
        self.setAccessibleDescription(" ".join(answer.details))

    def clear(self) -> None:
        self._answer = None
        self.headline.setText("—")
        self.status.setText("")
        self.details.setText("")


class ResultView(QWidget):
    def __init__(self, policy: Policy, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("resultView")
        self._policy = policy
        self._html = ""
        self._last: tuple[Evaluation, Formatter, Mode] | None = None
        self.stale = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        self.banner = QLabel()
        self.banner.setObjectName("resultBanner")
        self.banner.setProperty("role", "banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.content = QWidget()
        self.content.setObjectName("resultContent")
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(12)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.rebate_card = ResultCard("rebateCard", "rebateAmount", "rebateStatus")
        self.tariff_card = ResultCard("tariffCard", "tariffRate", "tariffStatus")
        self.quota_card = ResultCard("quotaCard", "quotaStatus", "quotaVerdict")
        for card in (self.rebate_card, self.tariff_card, self.quota_card):
            cards.addWidget(card, 1)
        content.addLayout(cards)

        charts = QHBoxLayout()
        charts.setSpacing(12)
        self.ftv_box, self.ftv_title = self._chart_box("ftvBox")
        self.ftv_chart = FtvChart()
        self.ftv_caption = QLabel()
        self.ftv_caption.setObjectName("ftvCaption")
        self.ftv_caption.setWordWrap(True)
        self.ftv_box.layout().addStretch(1)  # centred when the schedule beside it is taller
        self.ftv_box.layout().addWidget(self.ftv_caption)
        self.ftv_box.layout().addWidget(self.ftv_chart)
        self.ftv_box.layout().addStretch(1)
        self.steps_box, self.steps_title = self._chart_box("stepDownBox")
        self.step_chart = StepDownChart()
        self.steps_box.layout().addWidget(self.step_chart)
        charts.addWidget(self.ftv_box, 1)
        charts.addWidget(self.steps_box, 1)
        content.addLayout(charts)

        self.reasons_title = QLabel()
        self.reasons_title.setProperty("role", "sectionTitle")
        content.addWidget(self.reasons_title)
        self.explanation = QTextBrowser()
        self.explanation.setObjectName("explanationView")
        self.explanation.setOpenExternalLinks(True)  # sources open in the user's browser; we fetch nothing
        self.explanation.setFrameShape(QFrame.Shape.NoFrame)
        self.explanation.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.explanation.document().setDocumentMargin(10)
        option = self.explanation.document().defaultTextOption()
        option.setTabStopDistance(INDENT_PX)
        self.explanation.document().setDefaultTextOption(option)
        content.addWidget(self.explanation, 1)
        layout.addWidget(self.content, 1)

        self._fade = QGraphicsOpacityEffect(self.content)
        self._fade.setOpacity(0.4)
        self._fade.setEnabled(False)
        self.content.setGraphicsEffect(self._fade)
        self.retranslate()

    @staticmethod
    def _chart_box(name: str) -> tuple[QFrame, QLabel]:
        box = QFrame()
        box.setObjectName(name)
        box.setProperty("role", "chartBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        title = QLabel()
        title.setProperty("role", "cardTitle")
        layout.addWidget(title)
        return box, title

    # --- words ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.rebate_card.title.setText(self.tr("EVAP rebate"))
        self.tariff_card.title.setText(self.tr("Import duty"))
        self.quota_card.title.setText(self.tr("China EV quota"))
        self.ftv_title.setText(self.tr("Final transaction value and the cap"))
        self.steps_title.setText(self.tr("Rebate by claim date"))
        self.reasons_title.setText(self.tr("Why"))
        self.explanation.setAccessibleName(self.tr("Reasons and sources"))

    def set_policy(self, policy: Policy) -> None:
        self._policy = policy

    # --- showing --------------------------------------------------------------------------------
    def show_evaluation(self, evaluation: Evaluation, formatter: Formatter, mode: Mode) -> None:
        self._last = (evaluation, formatter, mode)
        self._set_stale(False)
        self.rebate_card.show_answer(rebate_answer(evaluation, formatter))
        self.tariff_card.show_answer(tariff_answer(evaluation, formatter, mode))
        self.quota_card.show_answer(quota_answer(evaluation, formatter))
        self._show_charts(evaluation, formatter)
        html = explanation_html(evaluation, formatter, mode)
        if html != self._html:
            self._html = html
            scroll = self.explanation.verticalScrollBar().value()
            self.explanation.setHtml(html)
            self.explanation.verticalScrollBar().setValue(scroll)

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Fields that cannot be used (label, message): the last answer stays, greyed, under a banner."""
        lines = [self.tr("Needs review: the answer below is the last one that could be worked out.")]
        lines += [f"• {label}: {message}" if label else f"• {message}" for label, message in problems]
        self.banner.setText("\n".join(lines))
        self._set_stale(True)
        if self._last is None:
            for card in (self.rebate_card, self.tariff_card, self.quota_card):
                card.clear()

    def _set_stale(self, stale: bool) -> None:
        if stale == self.stale:
            return
        self.stale = stale
        self.banner.setVisible(stale)
        self._fade.setEnabled(stale)
        self.content.setAccessibleDescription(self.tr("Out of date: fix the fields named above.") if stale else "")

    def _show_charts(self, evaluation: Evaluation, f: Formatter) -> None:
        rebate = evaluation.rebate
        show_ftv = rebate.cap_applies is not False and rebate.ftv.total is not None and rebate.cap is not None
        if show_ftv and rebate.ftv.total is not None and rebate.cap is not None:
            self.ftv_chart.set_values(rebate.ftv.total, rebate.cap, f)
            self.ftv_caption.setText(self.ftv_chart.caption())
        self.ftv_box.setVisible(show_ftv)
        steps = self._schedule(evaluation) if rebate.eligible is not False else []
        if steps:
            self.step_chart.set_schedule(steps, rebate.claim_date, f)
        self.steps_box.setVisible(bool(steps))

    def _schedule(self, evaluation: Evaluation) -> list[Step]:
        """The engine's amounts by claim date for this deal, as the chart's columns."""
        return [Step(step.start, step.end, step.amount) for step in evaluation.rebate.schedule]
