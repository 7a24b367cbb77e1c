"""The look: Fusion with a light, calm palette, and one style sheet for the form and the result.

Statuses always pair a colour with a symbol and a word; the colours only reinforce them. Sizes are in
points so they follow the screen's scaling.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

INK = "#1f2a37"
MUTED = "#5b6472"
LINE = "#dfe3ea"
SURFACE = "#ffffff"
BACKDROP = "#eef1f5"
ACCENT = "#2f5d8a"
HEADLINE_PT = 21  # a card's figure
HEADLINE_SMALL_PT = 16  # the same figure when it would not fit on one line ("0% or 6.1%" in a narrow card)

STYLE_SHEET = f"""
QMainWindow, QScrollArea#formScroll, QWidget#saleForm, QWidget#resultView, QScrollArea#resultScroll,
QWidget#resultPage {{ background: {BACKDROP}; }}
QGroupBox {{
    background: {SURFACE}; border: 1px solid {LINE}; border-radius: 8px;
    margin-top: 14px; padding: 14px 10px 10px 10px; font-weight: 600; color: {INK};
}}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left; left: 12px; padding: 0 4px; }}
QGroupBox[role="subgroup"] {{ background: #f7f9fb; border: 1px solid #e7eaf0; font-weight: 500; }}
QLabel[role="subheading"] {{ color: {MUTED}; font-weight: 600; padding-top: 4px; }}
QLabel[role="fieldMessage"] {{ color: #b3261e; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="verdict"] {{ color: {MUTED}; }}
QLabel[role="verdict"][status="good"] {{ color: #17663a; font-weight: 600; }}
QLabel[role="verdict"][status="warn"] {{ color: #8a5a00; font-weight: 600; }}
QLabel[role="total"] {{ font-size: 11pt; padding: 4px 2px; color: {INK}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 2px solid #c62828; border-radius: 4px; padding: 2px 4px; background: #fff8f7;
}}
QToolButton[role="disclosure"] {{
    border: none; background: transparent; font-weight: 600; color: {INK}; padding: 6px 2px;
}}
QToolButton[role="disclosure"]:focus {{ color: {ACCENT}; text-decoration: underline; }}
QFrame[role="card"], QFrame[role="chartBox"] {{
    background: {SURFACE}; border: 1px solid {LINE}; border-radius: 10px;
}}
QLabel[role="cardTitle"] {{ color: {MUTED}; font-weight: 600; }}
QLabel[role="sectionTitle"] {{ color: {INK}; font-weight: 600; font-size: 11pt; }}
QLabel[role="headline"] {{ color: #111827; font-size: {HEADLINE_PT}pt; font-weight: 700; }}
QLabel[role="headline"][fit="small"] {{ font-size: {HEADLINE_SMALL_PT}pt; }}
QLabel[role="details"] {{ color: #374151; }}
QLabel[role="status"] {{ border-radius: 6px; padding: 3px 8px; }}
QLabel[role="status"][status="good"] {{ background: #e3f4e8; color: #17663a; }}
QLabel[role="status"][status="bad"] {{ background: #fde8e6; color: #a3231a; }}
QLabel[role="status"][status="unknown"] {{ background: #fff1d0; color: #6f4700; }}
QLabel[role="status"][status="neutral"] {{ background: #e6eef7; color: #24507a; }}
QLabel[role="banner"] {{
    background: #fff1d0; border: 1px solid #e7c46b; border-radius: 8px; padding: 8px 12px; color: #4d3300;
}}
QLabel[role="banner"][kind="pending"] {{ background: #e6eef7; border: 1px solid #9fb8d6; color: #24507a; }}
QLabel[role="total"]:disabled {{ color: #8a93a0; }}
QTextBrowser#explanationView {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 10px; }}
QSplitter::handle {{ background: {LINE}; }}
"""


def apply_app_style(app: QApplication) -> None:
    """Fusion and a light palette, the same on Windows, macOS and in the screenshots."""
    app.setStyle("Fusion")
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: BACKDROP,
        QPalette.ColorRole.WindowText: INK,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f7f9fb",
        QPalette.ColorRole.Text: "#111827",
        QPalette.ColorRole.Button: "#f7f8fa",
        QPalette.ColorRole.ButtonText: INK,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: INK,
        QPalette.ColorRole.PlaceholderText: "#8a93a0",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9aa3af"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#9aa3af"))
    app.setPalette(palette)
