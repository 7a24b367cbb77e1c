"""The status bar's standing line (mode and policy) shares the bar with what an action says ("Statement saved to
…", "Policy file refused"): the message comes first and is read whole; the line takes the room that is left,
shortened with "…" rather than clipped mid-word, its full text in the tooltip and for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizeGrip, QStatusBar, QStyleOption, QWidget

MESSAGE_PADDING = 40  # px: the bar's margins and spacing around the message, and the size grip


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when narrower than its text; text() stays whole."""

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), option.palette,
                                  self.isEnabled(), self.shown_text(), self.foregroundRole())


class _MessageFirst(QObject):
    def __init__(self, bar: QStatusBar, label: ElidedLabel) -> None:
        super().__init__(bar)
        self._bar, self._label = bar, label
        bar.messageChanged.connect(self.share)
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # LayoutRequest: another standing widget (the claims badge) came, went or changed its text
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.share()
        return False

    def _others_width(self) -> int:
        """The room the bar's other standing widgets take, the claims badge among them: the line gives way to
        the message, they keep their place, so the message has what is left after them."""
        spacing = max(self._bar.layout().spacing(), 0) if self._bar.layout() is not None else 0
        return sum(other.sizeHint().width() + spacing
                   for other in self._bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                   if other is not self._label and not isinstance(other, QSizeGrip) and other.isVisibleTo(self._bar))

    def share(self) -> None:
        message = self._bar.currentMessage()
        needed = self._bar.fontMetrics().horizontalAdvance(message) + MESSAGE_PADDING if message else 0
        room = max(0, self._bar.width() - needed - (self._others_width() if message else 0))
        self._label.setMaximumWidth(room if message else 16777215)
        self._label.setVisible(room > 0 or not message)


def keep_messages_whole(bar: QStatusBar, label: ElidedLabel) -> None:
    """While the bar shows a message, `label` (a permanent widget of `bar`) gives it the room it needs."""
    _MessageFirst(bar, label)
