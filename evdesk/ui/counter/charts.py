"""Two small pictures, painted with QPainter (no QtCharts): the final transaction value against the cap,
and the rebate's step-down schedule by claim year with the claim date marked.

Sizes come from the font, so both read the same at 100 % and 150 % scaling. Each chart also states its
content in its accessible description, for readers who cannot see it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from evdesk.present.format import Formatter
from evdesk.ui.theme import current as current_theme

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`



def _colour(token: str) -> QColor:
    """The chart's colours are the theme's (evdesk.ui.theme), read at each paint: light or dark."""
    return current_theme().colour(token)



def short_money(amount: Decimal, f: Formatter) -> str:
    """$5,000 rather than $5,000.00 on a chart axis, when there are no cents; the cents when there are:
    a chart shows the amount the statement shows ($4,062.50, never $4,063)."""
    if amount == amount.to_integral_value():
        return f.money(amount, decimals=0)
    return f.money(amount)


# Smaller type for column labels that do not fit, as a share of the chart's own font; then labels in two
# staggered rows, each with two columns' room. Never a rounded amount.
LABEL_SCALES = (0.88, 0.8, 0.72, 0.64)


@dataclass(frozen=True)
class LabelLayout:
    scale: float  # of the widget's font size
    staggered: bool  # every other label one line higher, so each has two columns' width


def label_layout(labels: list[str], font: QFont, slot: float) -> LabelLayout:
    """The largest type, in one row if it can, at which every label fits its room."""
    for staggered in (False, True):
        room = slot * (2 if staggered else 1) - 2
        for scale in LABEL_SCALES:
            sized = QFont(font)
            sized.setPointSizeF(font.pointSizeF() * scale)
            sized.setBold(True)  # the claim year's label is bold: measure all as if they were
            metrics = QFontMetricsF(sized)
            if max((metrics.horizontalAdvance(label) for label in labels), default=0) <= room:
                return LabelLayout(scale, staggered)
    return LabelLayout(LABEL_SCALES[-1], True)


class FtvChart(QWidget):
    """A bar of the final transaction value with the cap marked on it; its caption is a label above it,
    so that it wraps in any language."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ftvChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._ftv: Decimal | None = None
        self._cap: Decimal | None = None
        self._f = Formatter("en")

    def set_values(self, ftv: Decimal, cap: Decimal, formatter: Formatter) -> None:
        self._ftv, self._cap, self._f = ftv, cap, formatter
        self.setAccessibleName(translate("Charts", "Final transaction value against the cap"))
        self.setAccessibleDescription(self.caption())
        self.update()

    def caption(self) -> str:
        """The bar in words, shown above it (and read out by screen readers)."""
        if self._ftv is None or self._cap is None:
            return ""
        if self._ftv <= self._cap:
            return translate("Charts", "{ftv}: {margin} under the {cap} cap").format(
                ftv=self._f.money(self._ftv), margin=self._f.money(self._cap - self._ftv), cap=self._f.money(self._cap))
        return translate("Charts", "{ftv}: {margin} over the {cap} cap").format(
            ftv=self._f.money(self._ftv), margin=self._f.money(self._ftv - self._cap), cap=self._f.money(self._cap))

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(20 * line, int(line * 2.6))

    def minimumSizeHint(self) -> QSize:
        return QSize(10 * self.fontMetrics().height(), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._ftv is None or self._cap is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        width = self.width() - 2
        scale = float(max(self._cap, self._ftv)) * 1.12 or 1.0
        over = self._ftv > self._cap

        track = QRectF(1, line * 0.35, width, line * 0.9)
        path = QPainterPath()
        path.addRoundedRect(track, track.height() / 2, track.height() / 2)
        painter.fillPath(path, _colour("chart_track"))
        filled = QRectF(track.left(), track.top(), track.width() * float(self._ftv) / scale, track.height())
        fill_path = QPainterPath()
        fill_path.addRoundedRect(filled, track.height() / 2, track.height() / 2)
        painter.fillPath(fill_path, _colour("chart_bad") if over else _colour("chart_good"))

        cap_x = track.left() + track.width() * float(self._cap) / scale
        painter.setPen(QPen(_colour("chart_ink"), 2))
        painter.drawLine(QPointF(cap_x, track.top() - line * 0.25), QPointF(cap_x, track.bottom() + line * 0.25))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.88)
        painter.setFont(small)
        painter.setPen(_colour("chart_muted"))
        label = translate("Charts", "cap {cap}").format(cap=short_money(self._cap, self._f))
        label_width = painter.fontMetrics().horizontalAdvance(label)
        label_x = min(max(cap_x - label_width / 2, 1), width - label_width)
        painter.drawText(QRectF(label_x, track.bottom() + line * 0.3, label_width + 2, line),
                         Qt.AlignmentFlag.AlignLeft, label)
        painter.end()


@dataclass(frozen=True)
class Step:
    start: dt.date
    end: dt.date  # exclusive
    amount: Decimal


class StepDownChart(QWidget):
    """Columns of the rebate by claim year, the claim date's column highlighted and marked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepDownChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._steps: list[Step] = []
        self._claim: dt.date | None = None
        self._by_sale_date = False
        self._f = Formatter("en")

    def set_schedule(self, steps: list[Step], claim_date: dt.date, formatter: Formatter,
                     by_sale_date: bool = False) -> None:
        """`by_sale_date`: a consumer's answer, which has no claim date (the sale date stands for it)."""
        self._steps, self._claim, self._f, self._by_sale_date = steps, claim_date, formatter, by_sale_date
        self.setAccessibleName(translate("Charts", "Rebate by date of sale") if by_sale_date
                               else translate("Charts", "Rebate by claim date"))
        self.setAccessibleDescription("; ".join(
            f"{step.start.year}: {formatter.money(step.amount)}" for step in steps))
        self.update()

    def steps(self) -> list[Step]:
        return list(self._steps)

    def column_labels(self) -> list[str]:
        """The amount over each column, exact to the cent when it has cents."""
        return [short_money(step.amount, self._f) for step in self._steps]

    def slot_width(self) -> float:
        return (self.width() - 2) / max(len(self._steps), 1)

    def labels_layout(self) -> LabelLayout:
        """How the labels fit the chart's present width: smaller type, then two rows."""
        return label_layout(self.column_labels(), self.font(), self.slot_width())

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(20 * line, int(line * 7.2))

    def minimumSizeHint(self) -> QSize:
        return QSize(12 * self.fontMetrics().height(), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._steps or self._claim is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.88)
        labels = self.column_labels()
        fit = self.labels_layout()
        label_font = QFont(self.font())
        label_font.setPointSizeF(self.font().pointSizeF() * fit.scale)
        label_line = QFontMetricsF(label_font).height()
        top = line * 0.2 + label_line * (2 if fit.staggered else 1)
        bottom = self.height() - line * 2.3
        slot = self.slot_width()
        gap = min(slot * 0.22, line)
        room = slot * (2 if fit.staggered else 1)
        highest = float(max(step.amount for step in self._steps)) or 1.0
        for index, step in enumerate(self._steps):
            current = step.start <= self._claim < step.end
            height = (bottom - top) * float(step.amount) / highest
            column = QRectF(1 + index * slot + gap / 2, bottom - height, slot - gap, height)
            path = QPainterPath()
            path.addRoundedRect(column, 3, 3)
            painter.fillPath(path, _colour("chart_current") if current else _colour("chart_bar"))
            painter.setPen(_colour("chart_ink") if current else _colour("chart_muted"))
            amount_font = QFont(label_font)
            amount_font.setBold(current)
            painter.setFont(amount_font)
            raised = label_line if fit.staggered and index % 2 else 0.0  # every other label a line higher
            centre = column.center().x()
            left = min(max(centre - room / 2, 0.0), self.width() - room)
            painter.drawText(QRectF(left, column.top() - label_line * 1.05 - raised, room, label_line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, labels[index])
            painter.setFont(small)
            painter.setPen(_colour("chart_ink") if current else _colour("chart_muted"))
            painter.drawText(QRectF(column.left() - gap / 2, bottom + line * 0.15, slot, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(step.start.year))
            if current:
                span = (step.end - step.start).days or 1
                x = column.left() + column.width() * (self._claim - step.start).days / span
                y = bottom + line * 1.25
                painter.setBrush(_colour("chart_ink"))
                painter.setPen(Qt.PenStyle.NoPen)
                size = line * 0.32
                painter.drawPolygon(QPolygonF([QPointF(x, y - size), QPointF(x - size, y + size * 0.6),
                                               QPointF(x + size, y + size * 0.6)]))
                painter.setPen(_colour("chart_ink"))
                label = (translate("Charts", "date of sale") if self._by_sale_date
                         else translate("Charts", "claim date"))
                label_width = painter.fontMetrics().horizontalAdvance(label)
                label_x = min(max(x - label_width / 2, 1), self.width() - label_width - 1)
                painter.drawText(QRectF(label_x, y + size * 0.6, label_width + 2, line),
                                 Qt.AlignmentFlag.AlignLeft, label)
        painter.end()


@dataclass(frozen=True)
class TermAmount:
    months: int
    amount: Decimal


class LeaseTermsChart(QWidget):
    """The rebate at each lease term the program allows (from the engine's `lease_terms`), one thin column a
    month, this lease's term highlighted; the terms a year apart are labelled under the axis."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("leaseTermsChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._terms: list[TermAmount] = []
        self._months: int | None = None
        self._f = Formatter("en")

    def set_terms(self, terms: list[TermAmount], months: int, formatter: Formatter) -> None:
        self._terms, self._months, self._f = terms, months, formatter
        self.setAccessibleName(translate("Charts", "Rebate by lease term"))
        self.setAccessibleDescription(self.description())
        self.update()

    def terms(self) -> list[TermAmount]:
        return list(self._terms)

    def highlighted(self) -> TermAmount | None:
        """This lease's term, or the full term for a longer lease (it gets the same); None when too short."""
        if not self._terms or self._months is None:
            return None
        months = min(self._months, self._terms[-1].months)
        return next((term for term in self._terms if term.months == months), None)

    def labelled(self) -> list[TermAmount]:
        """The terms a year apart from the first, and the last: the ones written under the axis."""
        return [t for t in self._terms if (t.months - self._terms[0].months) % 12 == 0 or t is self._terms[-1]]

    def figures(self) -> str:
        """Each labelled term's amount, short, for the line under the chart ("12 mo: $1,250.00 · 24 mo: …")."""
        # Each term whole on its line: the line breaks only between terms.
        return " · ".join(translate("Charts", "{months} mo: {amount}").format(
            months=t.months, amount=self._f.money(t.amount)).replace(" ", "\u00a0") for t in self.labelled())

    def term_at(self, x: float) -> TermAmount | None:
        """The term whose column is under `x` (a point in the widget), for its tooltip."""
        if not self._terms or self.width() <= 2:
            return None
        index = int((x - 1) / ((self.width() - 2) / len(self._terms)))
        return self._terms[index] if 0 <= index < len(self._terms) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # the term under the pointer and its amount
            term = self.term_at(event.pos().x())  # type: ignore[attr-defined]
            if term is None:
                QToolTip.hideText()
            else:
                text = translate("Charts", "{months} months: {amount}").format(months=term.months,
                                                                              amount=self._f.money(term.amount))
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def description(self) -> str:
        """The chart in words: each labelled term's amount, then this lease's."""
        parts = [translate("Charts", "{months} months: {amount}").format(months=t.months,
                                                                         amount=self._f.money(t.amount))
                 for t in self.labelled()]
        current = self.highlighted()
        if current is not None and self._months is not None:
            parts.append(translate("Charts", "this lease ({months} months): {amount}").format(
                months=self._months, amount=self._f.money(current.amount)))
        return "; ".join(parts)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(20 * line, int(line * 7.2))

    def minimumSizeHint(self) -> QSize:
        return QSize(12 * self.fontMetrics().height(), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._terms:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.88)
        painter.setFont(small)
        metrics = QFontMetricsF(small)
        top, bottom = line * 1.4, self.height() - line * 1.4
        count = len(self._terms)
        slot = (self.width() - 2) / count
        gap = min(slot * 0.25, 2.0)
        highest = float(max(term.amount for term in self._terms)) or 1.0
        current = self.highlighted()
        for index, term in enumerate(self._terms):
            height = (bottom - top) * float(term.amount) / highest
            column = QRectF(1 + index * slot + gap / 2, bottom - height, max(slot - gap, 1.0), height)
            painter.fillRect(column, _colour("chart_current") if term is current else _colour("chart_bar"))
            first = self._terms[0].months
            if (term.months - first) % 12 == 0 or index == count - 1:
                painter.setPen(_colour("chart_ink") if term is current else _colour("chart_muted"))
                label = str(term.months)
                width = metrics.horizontalAdvance(label)
                x = min(max(column.center().x() - width / 2, 1), self.width() - width - 1)
                painter.drawText(QRectF(x, bottom + line * 0.15, width + 2, line), Qt.AlignmentFlag.AlignLeft, label)
        if current is not None:
            index = self._terms.index(current)
            amount = self._f.money(current.amount)
            bold = QFont(small)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(_colour("chart_ink"))
            width = QFontMetricsF(bold).horizontalAdvance(amount)
            height = (bottom - top) * float(current.amount) / highest
            x = min(max(1 + index * slot + slot / 2 - width / 2, 1), self.width() - width - 1)
            painter.drawText(QRectF(x, bottom - height - line * 1.15, width + 2, line), Qt.AlignmentFlag.AlignLeft,
                             amount)
        painter.end()
