"""A row of widgets that goes onto two (or more) lines when the window is too narrow for it, instead of setting
the whole window's narrowest width: the inventory's six tiles, whose French captions alone needed 1,020
pixels, so that on a small screen or at 150 % scaling the window ran off the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtWidgets import QSizePolicy, QWidget


class ReflowRow(QWidget):
    """Its widgets are placed by hand (`_place`), not by a layout: Qt asks a widget that has a layout for that
    layout's height-for-width, never the widget's own, and a grid's would be its widest arrangement."""

    def __init__(self, spacing: int = 8, parent: QWidget | None = None):
        super().__init__(parent)
        self._spacing = spacing
        self._items: list[tuple[QWidget, int]] = []
        self._per_line = 0
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget, stretch: int = 1) -> None:
        widget.setParent(self)
        self._items.append((widget, stretch))
        self._per_line = 0
        self.updateGeometry()

    def _shown(self) -> list[tuple[QWidget, int]]:
        """The widgets not hidden: a hidden one takes no place."""
        return [item for item in self._items if not item[0].isHidden()]

    @property
    def lines(self) -> int:
        return self._lines(self._per_line) if self._per_line else 0

    # --- sizes ---------------------------------------------------------------------------------------
    def _lines(self, per_line: int) -> int:
        return -(-len(self._shown()) // per_line)

    def _choices(self) -> list[int]:
        """Widgets per line, from all on one line to two per line."""
        count = len(self._shown())
        return sorted({-(-count // lines) for lines in range(1, max(count // 2, 1) + 1)}, reverse=True)

    def _columns(self, per_line: int) -> list[int]:
        """Each column's narrowest width when the widgets go `per_line` to a line: its widest widget's."""
        columns = [0] * per_line
        for index, (widget, _) in enumerate(self._shown()):
            columns[index % per_line] = max(columns[index % per_line], widget.minimumSizeHint().width())
        return columns

    def _width_needed(self, per_line: int) -> int:
        return sum(self._columns(per_line)) + self._spacing * (per_line - 1)

    def _line_heights(self, per_line: int) -> list[int]:
        tallest = [0] * self._lines(per_line)
        for index, (widget, _) in enumerate(self._shown()):
            tallest[index // per_line] = max(tallest[index // per_line], widget.sizeHint().height())
        return tallest

    def _height(self, per_line: int) -> int:
        heights = self._line_heights(per_line)
        return sum(heights) + self._spacing * (len(heights) - 1)

    def _fitting(self, width: int) -> int:
        choices = self._choices()
        return next((per_line for per_line in choices if self._width_needed(per_line) <= width), choices[-1])

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(self._fitting(width)) if self._shown() else 0

    def sizeHint(self) -> QSize:
        if not self._shown():
            return QSize(0, 0)
        count = len(self._shown())
        width = sum(widget.sizeHint().width() for widget, _ in self._shown()) + self._spacing * (count - 1)
        return QSize(width, self._height(self._per_line or count))

    def minimumSizeHint(self) -> QSize:
        if not self._shown():
            return QSize(0, 0)
        narrowest = self._choices()[-1]
        return QSize(self._width_needed(narrowest), self._height(self._per_line or len(self._shown())))

    # --- placing -------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # A child's new text or font asks its parent, this row, to lay it out again (a widget with no layout of
        # its own gets that request itself): the sizes may have changed, and with them the lines.
        if event.type() == QEvent.Type.LayoutRequest:
            self._per_line = 0
            self.updateGeometry()
            self._place()
            return True
        return super().event(event)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._place()

    def _place(self) -> None:
        shown = self._shown()
        if not shown:
            return
        per_line = self._fitting(self.width())
        if per_line != self._per_line:
            self._per_line = per_line
            self.updateGeometry()  # a line more, or a line less: the parent's layout asks again
        columns = self._columns(per_line)
        stretches = [stretch for _, stretch in shown[:per_line]]
        extra = max(self.width() - self._width_needed(per_line), 0)
        total = sum(stretches) or 1
        widths = [width + extra * stretch // total for width, stretch in zip(columns, stretches, strict=True)]
        widths[-1] += max(self.width() - sum(widths) - self._spacing * (per_line - 1), 0)  # what rounding left
        heights = self._line_heights(per_line)
        for index, (widget, _) in enumerate(shown):
            line, column = divmod(index, per_line)
            x = sum(widths[:column]) + self._spacing * column
            y = sum(heights[:line]) + self._spacing * line
            widget.setGeometry(QRect(x, y, widths[column], heights[line]))
