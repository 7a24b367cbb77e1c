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
        """The widgets not hidden: a hidden one takes no place. Each question below asks once, and hands the
        list to the helpers."""
        return [item for item in self._items if not item[0].isHidden()]

    @property
    def lines(self) -> int:
        return _lines(self._shown(), self._per_line) if self._per_line else 0

    # --- sizes ---------------------------------------------------------------------------------------
    def _width_needed(self, shown: list[tuple[QWidget, int]], per_line: int) -> int:
        return sum(_columns(shown, per_line)) + self._spacing * (per_line - 1)

    def _height(self, shown: list[tuple[QWidget, int]], per_line: int) -> int:
        heights = _line_heights(shown, per_line)
        return sum(heights) + self._spacing * (len(heights) - 1)

    def _fitting(self, shown: list[tuple[QWidget, int]], width: int) -> int:
        choices = _choices(len(shown))
        return next((per_line for per_line in choices if self._width_needed(shown, per_line) <= width), choices[-1])

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        shown = self._shown()
        return self._height(shown, self._fitting(shown, width)) if shown else 0

    def sizeHint(self) -> QSize:
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        width = sum(widget.sizeHint().width() for widget, _ in shown) + self._spacing * (len(shown) - 1)
        return QSize(width, self._height(shown, self._per_line or len(shown)))

    def minimumSizeHint(self) -> QSize:
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        narrowest = _choices(len(shown))[-1]
        return QSize(self._width_needed(shown, narrowest), self._height(shown, self._per_line or len(shown)))

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
        per_line = self._fitting(shown, self.width())
        if per_line != self._per_line:
            self._per_line = per_line
            self.updateGeometry()  # a line more, or a line less: the parent's layout asks again
        columns = _columns(shown, per_line)
        stretches = [stretch for _, stretch in shown[:per_line]]
        extra = max(self.width() - self._width_needed(shown, per_line), 0)
        total = sum(stretches) or 1
        widths = [width + extra * stretch // total for width, stretch in zip(columns, stretches, strict=True)]
        widths[-1] += max(self.width() - sum(widths) - self._spacing * (per_line - 1), 0)  # what rounding left
        heights = _line_heights(shown, per_line)
        for index, (widget, _) in enumerate(shown):
            line, column = divmod(index, per_line)
            x = sum(widths[:column]) + self._spacing * column
            y = sum(heights[:line]) + self._spacing * line
            widget.setGeometry(QRect(x, y, widths[column], heights[line]))


def _lines(shown: list[tuple[QWidget, int]], per_line: int) -> int:
    return -(-len(shown) // per_line)


def _choices(count: int) -> list[int]:
    """Widgets per line, from all on one line to two per line."""
    return sorted({-(-count // lines) for lines in range(1, max(count // 2, 1) + 1)}, reverse=True)


def _columns(shown: list[tuple[QWidget, int]], per_line: int) -> list[int]:
    """Each column's narrowest width when the widgets go `per_line` to a line: its widest widget's."""
    columns = [0] * per_line
    for index, (widget, _) in enumerate(shown):
        columns[index % per_line] = max(columns[index % per_line], widget.minimumSizeHint().width())
    return columns


def _line_heights(shown: list[tuple[QWidget, int]], per_line: int) -> list[int]:
    tallest = [0] * _lines(shown, per_line)
    for index, (widget, _) in enumerate(shown):
        tallest[index // per_line] = max(tallest[index // per_line], widget.sizeHint().height())
    return tallest
