"""The answer: three cards (rebate, import duty, China EV quota), the incentives in all (the total and one
line per program), two small charts, and the reasons.

Built once; each evaluation only changes texts and repaints, so an update stays well inside a frame.
When the form holds something that cannot be used, the last good answer stays, greyed, under a
"needs review" banner naming the field; while a field is only half typed, a quieter banner says the
answer treats it as not known.

Everything sits in a scroll area, and the cards and charts stand side by side only when they fit: at
150 % scaling on a 1280 × 800 screen (853 × 533 logical pixels) they stack, and the headlines wrap,
rather than being clipped.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGraphicsOpacityEffect,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evdesk.policy.loader import Policy
from evdesk.present.answers import Answer, import_line, incentives_answer
from evdesk.present.explanation import INDENT_PX, explanation_html
from evdesk.present.explanation import answers as display_answers
from evdesk.present.format import Formatter
from evdesk.present.glossary import explained
from evdesk.rules.result import Evaluation
from evdesk.ui.counter.charts import FtvChart, LeaseTermsChart, Step, StepDownChart, TermAmount
from evdesk.ui.settings import Mode
from evdesk.ui.style import HEADLINE_PT
from evdesk.ui.theme import Theme, html_colours, theme_changes
from evdesk.ui.theme import current as current_theme
from evdesk.updates.staleness import stale_warning

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

CARD_MIN_EM = 11  # a card narrower than this many average characters stacks instead
CARD_COMFORTABLE_EM = 30  # three across only when each gets this many: narrower, two by two reads better
REASONS_MIN_LINES = 12  # the reasons keep this much height; the pane scrolls below that


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
        self.headline.setWordWrap(True)  # "Does not count", "6.1% or 106.1%" wrap in a narrow card
        self.headline.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = StatusPill()
        self.status.setObjectName(status_name)
        self.status.setProperty("role", "status")
        self.details = QLabel()
        self.details.setProperty("role", "details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # A link to the form's field that would settle this answer ("Ask the importer" → China EV quota).
        self.link = QLabel()
        self.link.setObjectName(f"{name}Link")
        self.link.setWordWrap(True)
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.link.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.link.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.headline)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addWidget(self.link)
        layout.addStretch(1)
        # Tab reaches each answer, and a screen reader says it whole: "EVAP rebate: $5,000.00, Eligible".
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._answer: Answer | None = None
        self._status = ""
        self._fit = ""

    def _headline_metrics(self, points: float) -> QFontMetrics:
        self.headline.ensurePolished()
        font = QFont(self.headline.font())
        font.setPointSizeF(points)
        return QFontMetrics(font)

    def min_width(self) -> int:
        """The narrowest this card reads well: its longest unbreakable headline word at full size, or a few
        words of its details."""
        headline = self._headline_metrics(HEADLINE_PT)
        words = self.headline.text().split(" ")  # not split(): a no-break space keeps "5 000,00 $" whole
        widest = max((headline.horizontalAdvance(word) for word in words), default=0)
        margins = self.layout().contentsMargins()
        body = self.fontMetrics().averageCharWidth() * CARD_MIN_EM
        return max(widest, body) + margins.left() + margins.right() + 4

    def _fit_headline(self) -> None:
        """Full size when the figure fits on one line; a size smaller before it has to wrap."""
        room = self.layout().contentsRect().width()
        if room <= 0:
            return
        fit = "small" if self._headline_metrics(HEADLINE_PT).horizontalAdvance(self.headline.text()) > room else ""
        if fit != self._fit:
            self._fit = fit  # kept here: reading an unset property back trips PySide6 6.12
            self.headline.setProperty("fit", fit)
            _restyle(self.headline)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_headline()

    def retranslate(self, title: str) -> None:
        self.title.setText(title)
        if self._answer is not None:
            self._name_for_readers(self._answer)
        else:
            self.setAccessibleName(title)
            self.headline.setAccessibleName(translate("ResultView", "{card}: not worked out yet").format(card=title))
            self.status.setAccessibleName(title)

    def _name_for_readers(self, answer: Answer) -> None:
        """What assistive technology reads: the value and the status in words, not "figure"."""
        value = translate("ResultView", "{value}, {status}").format(value=answer.headline, status=answer.verdict)
        self.setAccessibleName(translate("ResultView", "{card}: {answer}").format(card=self.title.text(),
                                                                                  answer=value))
        self.setAccessibleDescription(" ".join(answer.details))
        self.headline.setAccessibleName(value)
        self.status.setAccessibleName(answer.verdict)

    def set_link(self, html: str) -> None:
        if html == self.link.text():  # the same link (most evaluations): not parsed and laid out again
            return
        self.link.setText(html)
        self.link.setVisible(bool(html))
        # A tab stop only while it shows a link, named by its words for screen readers.
        self.link.setFocusPolicy(Qt.FocusPolicy.StrongFocus if html else Qt.FocusPolicy.NoFocus)
        self.link.setAccessibleName(QTextDocumentFragment.fromHtml(html).toPlainText() if html else "")

    def show_answer(self, answer: Answer) -> bool:
        """Returns whether the headline changed (the cards may then need to reflow)."""
        if answer == self._answer:
            return False
        headline_changed = self._answer is None or self._answer.headline != answer.headline
        self._answer = answer
        if self._status != answer.status:
            self._status = answer.status  # remembered here: reading an unset property back trips PySide6 6.12
            self.status.setProperty("status", answer.status)
            _restyle(self.status)
        self.headline.setText(answer.headline)
        self._fit_headline()
        self.status.setText(f"{answer.symbol}  {answer.verdict}")
        self.details.setText("\n".join(answer.details))
        self.details.setVisible(bool(answer.details))
        self._name_for_readers(answer)
        return headline_changed

    def clear(self) -> None:
        self._answer = None
        self.headline.setText("—")
        self.status.setText("")
        self.details.setText("")
        self.retranslate(self.title.text())


class ResultView(QWidget):
    fieldRequested = Signal(str)  # a card's link to the form field that settles it ("quota_position")

    def __init__(self, policy: Policy, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("resultView")
        self._policy = policy
        self._html = ""
        self._last: tuple[Evaluation, Formatter, Mode] | None = None
        self._problems: list[tuple[str, str]] = []
        self._pending: list[tuple[str, str]] = []
        self._banner_kind = ""
        self._waiting = False
        self.stale = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("resultScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside, not the frame
        outer.addWidget(self.scroll)
        self.page = QWidget()
        self.page.setObjectName("resultPage")
        self.scroll.setWidget(self.page)
        self.page.installEventFilter(self)  # the page has the viewport's width: reflow when it changes
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        self.banner = QLabel()
        self.banner.setObjectName("resultBanner")
        self.banner.setProperty("role", "banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.policy_warning = QLabel(objectName="stalePolicyWarning", wordWrap=True, visible=False)
        self.policy_warning.setProperty("role", "banner")  # the stale-policy warning (evdesk.updates.staleness)
        layout.addWidget(self.policy_warning)

        self.content = QWidget()
        self.content.setObjectName("resultContent")
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(12)
        # The three answers and the incentives in all, placed by `_reflow`: three across with the incentives
        # under them; two by two in a narrow pane (150 % scaling on a laptop), so all four answers are in
        # view without scrolling; one above the other only when even two do not fit.
        self.cards_layout = QGridLayout()
        self.cards_layout.setSpacing(12)
        self.rebate_card = ResultCard("rebateCard", "rebateAmount", "rebateStatus")
        self.tariff_card = ResultCard("tariffCard", "tariffRate", "tariffStatus")
        self.quota_card = ResultCard("quotaCard", "quotaStatus", "quotaVerdict")
        self.incentives_card = ResultCard("incentivesCard", "incentivesTotal", "incentivesStatus")
        self._mode_hides: tuple[ResultCard, ...] = ()  # the cards the mode does not show (a consumer's)
        self._placed: tuple[str, tuple[ResultCard, ...]] | None = None  # the shape and hidden cards laid out
        self._place_cards("row")
        content.addLayout(self.cards_layout)
        self.tariff_card.link.linkActivated.connect(self._link_activated)
        # Consumer mode: one plain line about the import in place of the duty and quota cards.
        self.import_line = QLabel(objectName="importLine", wordWrap=True, visible=False)
        self.import_line.setProperty("role", "details")
        self.import_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        content.addWidget(self.import_line)
        # Consumer mode: what the customs and program words on the answer mean, in a short line each.
        self.words_line = QLabel(objectName="wordsLine", wordWrap=True, visible=False)
        self.words_line.setProperty("role", "details")
        self.words_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        content.addWidget(self.words_line)

        self.charts_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.charts_layout.setSpacing(12)
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
        self.steps_box.layout().addStretch(1)  # beside a lease's two charts, the columns sit level with theirs
        self.steps_box.layout().addWidget(self.step_chart)
        # For a lease, the rebate at each term, under the cap's bar (the charts stay two columns wide).
        self.lease_box, self.lease_title = self._chart_box("leaseTermsBox")
        self.lease_chart = LeaseTermsChart()
        self.lease_box.layout().addWidget(self.lease_chart)
        self.lease_figures = QLabel()  # the amounts a year apart, in figures: the columns alone do not say them
        self.lease_figures.setObjectName("leaseTermFigures")
        self.lease_figures.setWordWrap(True)
        self.lease_figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lease_box.layout().addWidget(self.lease_figures)
        self.lease_box.hide()
        self.left_charts = QWidget()
        self.left_charts.setObjectName("leftCharts")
        left = QVBoxLayout(self.left_charts)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(12)
        left.addWidget(self.ftv_box)
        left.addWidget(self.lease_box)
        self.charts_layout.addWidget(self.left_charts, 1)
        self.charts_layout.addWidget(self.steps_box, 1)
        content.addLayout(self.charts_layout)

        self.reasons_title = QLabel()
        self.reasons_title.setProperty("role", "sectionTitle")
        content.addWidget(self.reasons_title)
        self.explanation = QTextBrowser()
        self.explanation.setObjectName("explanationView")
        self.explanation.setOpenExternalLinks(True)  # sources open in the user's browser; we fetch nothing
        # One tab stop for the whole panel: the links are for the mouse (the copied text and the statement
        # carry every address), so the keyboard does not have to step through a dozen of them.
        self.explanation.setTabChangesFocus(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.explanation.setFrameShape(QFrame.Shape.NoFrame)
        self.explanation.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.explanation.setMinimumHeight(self.explanation.fontMetrics().lineSpacing() * REASONS_MIN_LINES)
        self.explanation.document().setDocumentMargin(10)
        option = self.explanation.document().defaultTextOption()
        option.setTabStopDistance(INDENT_PX)
        self.explanation.document().setDefaultTextOption(option)
        content.addWidget(self.explanation, 1)
        layout.addWidget(self.content, 1)

        self._fade = QGraphicsOpacityEffect(self.content)
        self._fade.setOpacity(current_theme().stale_opacity)  # every text in it stays at 4.5:1 (evdesk.ui.theme)
        self._fade.setEnabled(False)
        self.content.setGraphicsEffect(self._fade)
        theme_changes().changed.connect(self._theme_changed)
        self.retranslate()

    @property
    def cards(self) -> tuple[ResultCard, ResultCard, ResultCard]:
        return self.rebate_card, self.tariff_card, self.quota_card

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
        title.setWordWrap(True)
        layout.addWidget(title)
        return box, title

    # --- shape ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Resize:
            self._reflow()
        return super().eventFilter(watched, event)

    def _place_cards(self, shape: str) -> None:
        """"row": the answers across, the incentives under them; "grid": two by two; "column": one a row.
        Only the cards shown take a place (a consumer sees the rebate and the incentives, not the duty and
        quota cards), so no column is left empty."""
        if (shape, self._mode_hides) == self._placed:
            return
        self._placed = shape, self._mode_hides
        shown = tuple(card for card in self.cards if card not in self._mode_hides)
        grid = self.cards_layout
        for card in (*self.cards, self.incentives_card):
            grid.removeWidget(card)
        for column in range(3):
            grid.setColumnStretch(column, 0)
        if shape == "row":
            for column, card in enumerate(shown):
                grid.addWidget(card, 0, column)
            grid.addWidget(self.incentives_card, 1, 0, 1, len(shown))  # a line per program reads better wide
            columns = len(shown)
        elif shape == "grid":
            for index, card in enumerate((*shown, self.incentives_card)):
                grid.addWidget(card, index // 2, index % 2)
            columns = 2
        else:
            for row, card in enumerate((*shown, self.incentives_card)):
                grid.addWidget(card, row, 0)
            columns = 1
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        # Two by two is for a small screen: the cards draw closer so the four answers stay in view.
        tight = shape != "row"
        for card in (*self.cards, self.incentives_card):
            card.layout().setContentsMargins(*((12, 9, 12, 9) if tight else (16, 14, 16, 14)))
            card.layout().setSpacing(4 if tight else 6)
        grid.setSpacing(8 if tight else 12)
        self.page.layout().setContentsMargins(*((12, 10, 12, 10) if tight else (16, 16, 16, 12)))

    def cards_shape(self) -> str:
        return self._placed[0] if self._placed else ""

    def _reflow(self) -> None:
        """Three across when each gets a comfortable width, two by two when two fit, else one a row."""
        margins = self.page.layout().contentsMargins()
        room = self.page.width() - margins.left() - margins.right()
        spacing = self.cards_layout.spacing()
        card = max(c.min_width() for c in (*self.cards, self.incentives_card))
        comfortable = max(card, self.fontMetrics().averageCharWidth() * CARD_COMFORTABLE_EM)
        if room >= 3 * comfortable + 2 * spacing:
            self._place_cards("row")
        elif room >= 2 * card + spacing:
            self._place_cards("grid")
        else:
            self._place_cards("column")
        chart = max(self.ftv_box.minimumSizeHint().width(), self.steps_box.minimumSizeHint().width(),
                    self.lease_box.minimumSizeHint().width())
        charts_across = room >= 2 * chart + spacing
        self.charts_layout.setDirection(QBoxLayout.Direction.LeftToRight if charts_across
                                        else QBoxLayout.Direction.TopToBottom)

    def cards_side_by_side(self) -> bool:
        return self.cards_shape() == "row"

    # --- words ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.rebate_card.retranslate(self.tr("EVAP rebate"))
        self.rebate_card.title.setToolTip(explained(self.rebate_card.title.text()))
        self.tariff_card.retranslate(self.tr("Import duty"))
        self.quota_card.retranslate(self.tr("China EV quota"))
        self.incentives_card.retranslate(self.tr("Incentives"))
        self.ftv_title.setText(self.tr("Final transaction value and the cap"))
        self._title_steps()
        self.lease_title.setText(self.tr("Rebate by lease term (months)"))
        self.reasons_title.setText(self.tr("Why"))
        self.explanation.setAccessibleName(self.tr("Reasons and sources"))
        # Named also while empty (dealer mode): their text, once shown, is what a screen reader reads.
        self.import_line.setAccessibleName(self.import_line.text() or self.tr("Import"))
        self.words_line.setAccessibleName(self.words_line.text() or self.tr("What these words mean:"))

    def set_policy(self, policy: Policy) -> None:
        self._policy = policy

    def scroll_to_top(self) -> None:
        """A new check starts reading from the top: the answers, then the reasons from their first line."""
        self.scroll.verticalScrollBar().setValue(0)
        self.explanation.verticalScrollBar().setValue(0)

    def _link_activated(self, href: str) -> None:
        if href.startswith("field:"):
            self.fieldRequested.emit(href.removeprefix("field:"))

    def _show_importer_link(self, evaluation: Evaluation, mode: Mode) -> None:
        """The dealer's tariff card, when the duty turns on an import detail: "Ask the importer" is a link to
        that field (the form unfolds the import details and puts the focus there)."""
        depends = evaluation.tariff.depends_on if mode == "dealer" else None
        if depends not in ("quota_position", "fta_origin"):
            self.tariff_card.set_link("")
            return
        field = (self.tr("China EV quota: entered within or over it?") if depends == "quota_position" else
                 self.tr("FTA rules of origin met?"))
        ask = escape(self.tr("Ask the importer"))
        self.tariff_card.set_link(f'<a href="field:{depends}" style="color:{current_theme().accent};">{ask}</a> → '
                                  f'{escape(field)}')

    def _theme_changed(self, theme: Theme) -> None:
        """Light or dark: the explanation's inline colours are the theme's, so it is written again."""
        self._fade.setOpacity(theme.stale_opacity)
        if self._last is not None:
            self._show_explanation(*self._last)
            self._show_importer_link(self._last[0], self._last[2])
        for chart in (self.ftv_chart, self.step_chart, self.lease_chart):
            chart.update()

    def _show_explanation(self, evaluation: Evaluation, formatter: Formatter, mode: Mode) -> None:
        html = explanation_html(evaluation, formatter, mode, html_colours(current_theme()))
        if html != self._html:
            self._html = html
            scroll = self.explanation.verticalScrollBar().value()
            self.explanation.setHtml(html)
            self.explanation.verticalScrollBar().setValue(scroll)

    # --- showing --------------------------------------------------------------------------------
    def show_evaluation(self, evaluation: Evaluation, formatter: Formatter, mode: Mode,
                        pending: list[tuple[str, str]] | None = None) -> None:
        """A fresh answer. `pending`: fields still being typed (label, text), which it treats as not known."""
        self._last = (evaluation, formatter, mode)
        self._problems = []
        self._pending = list(pending or [])
        self._set_stale(False)
        self._update_banner()
        warning = stale_warning(evaluation.policy, formatter)
        self.policy_warning.setText(f"⚠ {warning}" if warning else "")
        self.policy_warning.setVisible(bool(warning))
        reflow = False
        shown = display_answers(evaluation, formatter, mode)
        consumer = mode == "consumer"
        if consumer:
            reflow = self.rebate_card.show_answer(shown[0][1])
            self.import_line.setText(import_line(evaluation, formatter))
            self.import_line.setAccessibleName(self.import_line.text())  # read whole, as the cards are
        else:
            for card, (_, answer) in zip(self.cards, shown, strict=True):
                reflow = card.show_answer(answer) or reflow
        hides = (self.tariff_card, self.quota_card) if consumer else ()
        reflow = reflow or hides != self._mode_hides
        self._mode_hides = hides
        for card in (self.tariff_card, self.quota_card):
            card.setHidden(consumer)
        self.import_line.setVisible(consumer)
        self.incentives_card.show_answer(incentives_answer(evaluation, formatter))
        self._explain_words(consumer)
        self._show_importer_link(evaluation, mode)
        self._show_charts(evaluation, formatter)
        self._show_explanation(evaluation, formatter, mode)
        if reflow:
            self._reflow()

    def _explain_words(self, consumer: bool) -> None:
        """Each card's words as a tooltip; for a consumer, a short line under the answer as well."""
        shown = []
        for card in (*self.cards, self.incentives_card):
            text = " ".join([card.headline.text(), card.status.text(), card.details.text()])
            card.details.setToolTip(explained(text))
            if card.isVisibleTo(self):
                shown.append(text)
        shown.append(self.import_line.text() if consumer else "")
        words = explained(" ".join(shown)) if consumer else ""
        self.words_line.setText(self.tr("What these words mean:") + "\n" + words if words else "")
        self.words_line.setAccessibleName(self.words_line.text() or self.tr("What these words mean:"))
        self.words_line.setVisible(bool(words))

    def show_problems(self, problems: list[tuple[str, str]], waiting: bool = False) -> None:
        """Fields that cannot be used (label, message): the last answer stays, greyed, under a banner. With
        `waiting`, they are fields the answer needs (a lease's term), said as not finished, not as wrong."""
        self._problems = list(problems)
        self._waiting = waiting
        self._pending = []
        self._update_banner()
        self._set_stale(True)
        if self._last is None:
            for card in (*self.cards, self.incentives_card):
                card.clear()

    def _update_banner(self) -> None:
        if self._problems and self._waiting:
            lines = [self.tr("Not finished: the answer waits for these (the one below is the last that could be "
                             "worked out).")]
            lines += [self._problem_line(label, message) for label, message in self._problems]
            kind = "pending"
        elif self._problems:
            lines = [self.tr("Needs review: the answer below is the last one that could be worked out.")]
            lines += [self._problem_line(label, message) for label, message in self._problems]
            kind = "problem"
        elif self._pending:
            lines = [self.tr("Not finished: the answer below treats these as not known, and the statement waits "
                             "until they are chosen.")]
            lines += [self._problem_line(label, self.tr("“{text}”: press Tab or pick from the list.").format(
                text=text)) for label, text in self._pending]
            kind = "pending"
        else:
            lines, kind = [], ""
        self.banner.setText("\n".join(lines))
        if self._banner_kind != kind:
            self._banner_kind = kind  # kept here: reading an unset property back trips PySide6 6.12
            self.banner.setProperty("kind", kind)
            _restyle(self.banner)
        self.banner.setVisible(bool(lines))

    def _problem_line(self, label: str, message: str) -> str:
        if not label:
            return f"• {message}"
        return self.tr("• {field}: {message}").format(field=label, message=message)

    def _set_stale(self, stale: bool) -> None:
        if stale == self.stale:
            return
        self.stale = stale
        self._fade.setEnabled(stale)
        for card in (*self.cards, self.incentives_card):  # dashed as well as faded: not by shade alone
            card.setProperty("stale", stale)
            _restyle(card)
        self.content.setAccessibleDescription(self.tr("Out of date: fix the fields named above.") if stale else "")

    def _for_consumer(self) -> bool:
        """A consumer gives no claim date (the sale date sets the amount): the steps are by date of sale."""
        return self._last is not None and self._last[2] == "consumer"

    def _title_steps(self) -> None:
        self.steps_title.setText(self.tr("Rebate by date of sale") if self._for_consumer()
                                 else self.tr("Rebate by claim date"))

    def _show_charts(self, evaluation: Evaluation, f: Formatter) -> None:
        self._title_steps()
        rebate = evaluation.rebate
        show_ftv = rebate.cap_applies is not False and rebate.ftv.total is not None and rebate.cap is not None
        if show_ftv and rebate.ftv.total is not None and rebate.cap is not None:
            self.ftv_chart.set_values(rebate.ftv.total, rebate.cap, f)
            self.ftv_caption.setText(self.ftv_chart.caption())
        self.ftv_box.setVisible(show_ftv)
        terms = [TermAmount(term.months, term.amount) for term in rebate.lease_terms]
        if terms and evaluation.request.lease_months is not None:
            self.lease_chart.set_terms(terms, evaluation.request.lease_months, f)
            self.lease_figures.setText(self.lease_chart.figures())
        self.lease_box.setVisible(bool(terms))
        self.left_charts.setVisible(show_ftv or bool(terms))
        steps = self._schedule(evaluation) if rebate.eligible is not False else []
        if steps:
            self.step_chart.set_schedule(steps, rebate.claim_date, f, self._for_consumer())
        self.steps_box.setVisible(bool(steps))

    def _schedule(self, evaluation: Evaluation) -> list[Step]:
        """The engine's amounts by claim date for this deal, as the chart's columns."""
        return [Step(step.start, step.end, step.amount) for step in evaluation.rebate.schedule]
