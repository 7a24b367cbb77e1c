"""The window's shape: usable at 150 % scaling on a 1280×800 laptop (853×533 logical pixels, which is
what these tests give the window: Qt lays out in logical pixels at any scale), and charts whose labels
never run into each other."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

SCALED_150 = (853, 533)  # 1280×800 at 150 %


def _shown(window: Any, qtbot: Any, size: tuple[int, int]) -> Any:
    window.form.fill(vin="3GNKDBRJ7TS100234", powertrain="BEV", origin="US", vehicle_price="44995",
                     options="1200", freight_pdi="2100")
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(10)  # the layout settles
    return window


@pytest.mark.parametrize("language", ["en", "fr"])
def test_at_150_percent_nothing_is_squeezed_or_clipped(window: Any, qtbot: Any, language: str) -> None:
    window.set_language(language)
    _shown(window, qtbot, SCALED_150)
    form = window.form
    assert window.form_scroll.width() >= form.minimumSizeHint().width()  # the pane is as wide as its fields
    assert form.width() <= window.form_scroll.viewport().width()  # and nothing runs off its right edge
    for name, edit in form.money.items():
        if edit.isVisibleTo(window):
            needed = edit.fontMetrics().horizontalAdvance("1 000 000,00")
            assert edit.width() >= needed, (name, edit.width())
    result = window.result
    assert not result.cards_side_by_side()  # too narrow for three: they stack
    for card in result.cards:
        assert card.width() <= result.page.width(), card.objectName()
        assert card.headline.wordWrap()
        assert card.headline.width() >= card.headline.fontMetrics().horizontalAdvance(
            max(card.headline.text().split(" "), key=len)), card.objectName()
    assert result.scroll.verticalScrollBar().maximum() > 0  # the pane scrolls rather than squeezing


def test_at_1280_by_800_the_cards_stand_side_by_side(window: Any, qtbot: Any) -> None:
    _shown(window, qtbot, (1280, 800))
    assert window.result.cards_side_by_side()
    assert window.result.charts_layout.direction() == window.result.charts_layout.Direction.LeftToRight


def test_step_down_labels_fit_their_columns_and_stay_exact(window: Any) -> None:
    """$4,062.50, never $4,063 or $4.1k: as the chart narrows the type shrinks, then the labels take two
    staggered rows (each two columns wide), and every label still fits its room."""
    window.form.fill(powertrain="BEV", assembly="US", fta_origin_met="yes", vehicle_price="45000",
                     lease_months=39)  # $4,062.50, $2,437.50…: labels with cents
    chart = window.result.step_chart
    seen = set()
    for width in (700, 420, 330, 260, 220, 180):
        chart.resize(width, chart.height())
        labels = chart.column_labels()
        assert labels[:3] == ["$4,062.50", "$3,250", "$2,437.50"]  # exact: the cents when there are some
        fit = chart.labels_layout()
        font = QFont(chart.font())
        font.setPointSizeF(chart.font().pointSizeF() * fit.scale)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        room = chart.slot_width() * (2 if fit.staggered else 1) - 2
        assert all(metrics.horizontalAdvance(label) <= room for label in labels), (width, labels, fit)
        seen.add((fit.scale, fit.staggered))
    assert len(seen) > 1  # the layout did change with the width


def test_step_down_labels_in_french_are_exact_too(window: Any) -> None:
    window.form.fill(powertrain="BEV", assembly="US", fta_origin_met="yes", vehicle_price="45000",
                     lease_months=39)
    window.set_language("fr")
    chart = window.result.step_chart
    chart.resize(260, chart.height())
    assert chart.column_labels()[2] == "2\u00a0437,50\u00a0$"
