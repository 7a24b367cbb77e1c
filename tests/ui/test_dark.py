"""A dark system palette is followed with evdesk's own dark theme (issue 8 §6): forced on Linux/offscreen as a
dark QPalette, as Windows' and macOS' dark mode give one. Every window and the explanation take it, and
switch back; the ratios are test_contrast's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from evdesk.ui import theme
from evdesk.ui.style import apply_app_style, style_sheet
from evdesk.ui.theme import DARK, LIGHT, contrast


def dark_system_palette() -> QPalette:
    """What a dark desktop hands Qt (the colours of KDE's Breeze Dark; any dark palette will do)."""
    palette = QPalette()
    for role, colour in {QPalette.ColorRole.Window: "#31363b", QPalette.ColorRole.WindowText: "#eff0f1",
                         QPalette.ColorRole.Base: "#232629", QPalette.ColorRole.Text: "#eff0f1",
                         QPalette.ColorRole.Button: "#31363b", QPalette.ColorRole.ButtonText: "#eff0f1"}.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark_system(qapp: Any) -> Iterator[Any]:
    before = QApplication.palette()
    qapp.setPalette(dark_system_palette())
    theme.forget_system_palette()
    yield qapp
    theme.forget_system_palette()
    qapp.setPalette(before)
    theme.set_theme(LIGHT, qapp)
    theme.forget_system_palette()


def test_a_dark_system_palette_gives_the_dark_theme(dark_system: Any, window: Any, qtbot: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="CN", vehicle_price="45000")
    apply_app_style(dark_system)  # what `evdesk` does at start-up
    assert theme.current() is DARK
    assert window.styleSheet() == style_sheet(DARK)  # the open window restyled at once
    window.resize(1366, 697)
    window.show()
    qtbot.waitExposed(window)
    image = window.grab().toImage()
    group = window.form.deal_group
    corner = group.mapTo(window, group.rect().center())
    assert QColor(image.pixel(corner.x() - group.width() // 3, corner.y() + 4)).name() == DARK.surface
    # Text is the theme's own, readable: not the 1.21:1 of Qt's light text colours on a dark palette.
    label = window.form._labels["sale_date"]
    ink = label.palette().color(label.foregroundRole()).name()
    assert contrast(ink, DARK.surface) >= 4.5 and contrast(ink, DARK.backdrop) >= 4.5
    html = window.result.explanation.toHtml()
    assert DARK.html_heading in html and LIGHT.html_heading not in html


def test_the_other_windows_follow_the_theme_too(dark_system: Any, window: Any) -> None:
    window.check_inventory()
    apply_app_style(dark_system)
    assert window.inventory.styleSheet().startswith(style_sheet(DARK))
    theme.set_theme(LIGHT, dark_system)
    assert window.inventory.styleSheet().startswith(style_sheet(LIGHT))
    assert window.styleSheet() == style_sheet(LIGHT)


def test_a_light_system_stays_light(qapp: Any, window: Any) -> None:
    theme.forget_system_palette()
    apply_app_style(qapp)
    assert theme.current() is LIGHT
    assert window.styleSheet() == style_sheet(LIGHT)
