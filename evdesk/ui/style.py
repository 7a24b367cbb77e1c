"""The look: Fusion with evdesk's own palette, and one style sheet for the form, the result and the records
and inventory windows, both built from the theme's tokens (evdesk.ui.theme), light or dark.

Statuses always pair a colour with a symbol and a word; the colours only reinforce them. Sizes are in
points so they follow the screen's scaling. Every input, button, check box and view shows a 2 px focus
ring in the theme's focus colour.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF
from PySide6.QtWidgets import QApplication, QWidget

from evdesk.ui.theme import FOCUS_RING_PX, Scheme, Theme, current, follow_system, theme_changes

HEADLINE_PT = 21  # a card's figure
HEADLINE_SMALL_PT = 16  # the same figure when it would not fit on one line ("0% or 6.1%" in a narrow card)
_RING = FOCUS_RING_PX
INPUTS = "QLineEdit, QComboBox, QAbstractSpinBox"


def arrow_image(colour: str, up: bool = False) -> str:
    """A combo box's down arrow (or a spin box's up or down arrow) in `colour`, as a file the style sheet can
    name (a style sheet that styles the box must draw its arrows too: else its spin buttons are empty squares).
    Drawn once per colour, at twice the size for sharp high-DPI screens."""
    path = Path(tempfile.gettempdir()) / f"evdesk-arrow-{'up-' if up else ''}{colour.lstrip('#')}-1.png"
    if not path.exists():
        image = QImage(20, 12, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        points = [QPointF(1, 11), QPointF(19, 11), QPointF(10, 1)] if up else [
            QPointF(1, 1), QPointF(19, 1), QPointF(10, 11)]
        painter.drawPolygon(QPolygonF(points))
        painter.end()
        partial = path.with_suffix(f".{os.getpid()}.png")
        if image.save(str(partial)):
            os.replace(partial, path)  # whole or not at all, even with two windows starting at once
    return path.as_posix()


def style_sheet(theme: Theme | None = None) -> str:
    t = theme or current()
    return f"""
QMainWindow, QScrollArea#formScroll, QWidget#saleForm, QWidget#resultView, QScrollArea#resultScroll,
QWidget#resultPage, QWidget#dealsWindow, QWidget#inventoryPage {{ background: {t.backdrop}; color: {t.ink}; }}
QGroupBox {{
    background: {t.surface}; border: 1px solid {t.line}; border-radius: 8px;
    margin-top: 14px; padding: 14px 10px 10px 10px; font-weight: 600; color: {t.ink};
}}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left; left: 12px; padding: 0 4px; }}
QGroupBox QLabel {{ font-weight: normal; }}
QLabel[role="subheading"] {{ color: {t.muted}; font-weight: 600; padding-top: 4px; }}
QLabel[role="fieldMessage"] {{ color: {t.error}; }}
QLabel[role="hint"] {{ color: {t.muted}; }}
QLabel[role="note"] {{ color: {t.muted}; }}
QLabel[role="verdict"] {{ color: {t.muted}; }}
QLabel[role="verdict"][status="good"] {{ color: {t.good_text}; font-weight: 600; }}
QLabel[role="verdict"][status="warn"] {{ color: {t.warn}; font-weight: 600; }}
QLabel[role="total"] {{ font-size: 11pt; padding: 4px 2px; color: {t.ink}; }}
QLabel[role="total"]:disabled {{ color: {t.disabled}; }}
{INPUTS} {{
    background: {t.surface}; color: {t.ink_strong}; border: 1px solid {t.field_border}; border-radius: 4px;
    padding: 3px 5px; selection-background-color: {t.accent}; selection-color: {t.on_accent};
}}
QComboBox QLineEdit, QAbstractSpinBox QLineEdit {{ border: none; padding: 0; background: transparent; }}
QComboBox::drop-down {{ border: none; width: 22px; subcontrol-origin: padding; subcontrol-position: center right; }}
QComboBox::down-arrow {{ image: url({arrow_image(t.ink)}); width: 10px; height: 6px; }}
QComboBox::down-arrow:disabled {{ image: url({arrow_image(t.disabled)}); }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 18px; border: none; background: transparent;
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url({arrow_image(t.ink, up=True)}); width: 8px; height: 5px; }}
QAbstractSpinBox::down-arrow {{ image: url({arrow_image(t.ink)}); width: 8px; height: 5px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{
    image: url({arrow_image(t.disabled, up=True)}); }}
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{ image: url({arrow_image(t.disabled)}); }}
{INPUTS.replace(",", ":focus,")}:focus {{ border: {_RING}px solid {t.focus}; padding: 2px 4px; }}
{INPUTS.replace(",", ":disabled,")}:disabled {{ color: {t.disabled}; background: {t.surface_alt}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QAbstractSpinBox[invalid="true"] {{
    border: 2px solid {t.error}; padding: 2px 4px; background: {t.error_surface};
}}
QComboBox QAbstractItemView {{
    background: {t.surface}; color: {t.ink}; border: 1px solid {t.line};
    selection-background-color: {t.accent}; selection-color: {t.on_accent};
}}
QCheckBox {{ color: {t.ink}; border: {_RING}px solid transparent; border-radius: 4px; padding: 1px 3px; }}
QCheckBox:focus {{ border: {_RING}px solid {t.focus}; }}
QPushButton {{
    background: {t.surface_alt}; color: {t.ink}; border: 1px solid {t.field_border}; border-radius: 6px;
    padding: 5px 12px;
}}
QPushButton:hover {{ background: {t.surface}; }}
QPushButton:pressed, QPushButton:checked {{ background: {t.neutral_surface}; }}
QPushButton:focus {{ border: {_RING}px solid {t.focus}; padding: 4px 11px; }}
QPushButton:disabled {{ color: {t.disabled}; }}
QToolButton {{ color: {t.ink}; border: {_RING}px solid transparent; border-radius: 4px; }}
QToolButton:focus {{ border: {_RING}px solid {t.focus}; }}
QToolButton[role="disclosure"] {{ background: transparent; font-weight: 600; padding: 4px 2px; }}
QToolButton[role="calendar"] {{ padding: 0 2px; }}
QAbstractItemView {{ background: {t.surface}; color: {t.ink}; alternate-background-color: {t.surface_alt};
    selection-background-color: {t.accent}; selection-color: {t.on_accent}; }}
QTableView, QListView, QTreeView {{ border: 1px solid {t.line}; gridline-color: {t.line}; }}
QTableView:focus, QListView:focus, QTreeView:focus {{ border: {_RING}px solid {t.focus}; }}
QHeaderView::section {{ background: {t.surface_alt}; color: {t.ink}; border: none;
    border-right: 1px solid {t.line}; border-bottom: 1px solid {t.line}; padding: 3px 6px; }}
QFrame[role="card"], QFrame[role="chartBox"] {{
    background: {t.surface}; border: 1px solid {t.line}; border-radius: 10px;
}}
QFrame[role="card"]:focus {{ border: {_RING}px solid {t.focus}; }}
QFrame[role="card"][stale="true"] {{ border-style: dashed; }}
QLabel[role="cardTitle"] {{ color: {t.muted}; font-weight: 600; }}
QLabel[role="sectionTitle"] {{ color: {t.ink}; font-weight: 600; font-size: 11pt; }}
QLabel[role="headline"] {{ color: {t.ink_strong}; font-size: {HEADLINE_PT}pt; font-weight: 700; }}
QLabel[role="headline"][fit="small"] {{ font-size: {HEADLINE_SMALL_PT}pt; }}
QLabel[role="details"] {{ color: {t.ink_secondary}; }}
QLabel[role="status"] {{ border-radius: 6px; padding: 3px 8px; }}
QLabel[role="status"][status="good"] {{ background: {t.good_surface}; color: {t.good}; }}
QLabel[role="status"][status="bad"] {{ background: {t.bad_surface}; color: {t.bad}; }}
QLabel[role="status"][status="unknown"] {{ background: {t.unknown_surface}; color: {t.unknown}; }}
QLabel[role="status"][status="neutral"] {{ background: {t.neutral_surface}; color: {t.neutral}; }}
QLabel[role="banner"] {{
    background: {t.banner_surface}; border: 1px solid {t.banner_border}; border-radius: 8px; padding: 8px 12px;
    color: {t.banner};
}}
QLabel[role="banner"][kind="pending"] {{
    background: {t.pending_surface}; border: 1px solid {t.pending_border}; color: {t.pending};
}}
QTextBrowser#explanationView {{
    background: {t.surface}; color: {t.ink}; border: 1px solid {t.line}; border-radius: 10px;
}}
QTextBrowser#explanationView:focus {{ border: {_RING}px solid {t.focus}; }}
QSplitter::handle {{ background: {t.line}; }}
QToolTip {{ color: {t.ink}; background: {t.surface}; border: 1px solid {t.line}; }}
QStatusBar {{ color: {t.ink}; }}
QStatusBar QLabel {{ color: {t.ink}; }}
"""


def follow_theme(widget: QWidget, extra: Callable[[Theme], str] | None = None) -> None:
    """Give a window the style sheet (plus its own `extra` rules) now and again at each change of theme."""

    def restyle(theme: Theme) -> None:
        widget.setStyleSheet(style_sheet(theme) + (extra(theme) if extra is not None else ""))

    restyle(current())
    changes = theme_changes()
    changes.changed.connect(restyle)
    # A window that is gone must not be restyled (the connection goes when the widget does).
    widget.destroyed.connect(lambda: _disconnect(changes.changed, restyle))


def _disconnect(signal: object, slot: Callable[[Theme], None]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):
        signal.disconnect(slot)  # type: ignore[attr-defined]


def apply_app_style(app: QApplication, scheme: Scheme | None = None) -> None:
    """Fusion and evdesk's palette, the same on Windows, macOS and in the screenshots; light or dark as the
    system says (or `scheme`, for screenshots)."""
    app.setStyle("Fusion")
    follow_system(app, scheme)
