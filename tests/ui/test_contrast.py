"""WCAG 2.1 AA, computed from the style's own colours, light and dark: text at least 4.5:1 (1.4.3), borders and
chart marks at least 3:1 (1.4.11), a focus ring at least 2 px at 3:1, also in the answer faded as out of date.
The style sheet is parsed as the windows get it, the explanation's HTML as the result view writes it, the
charts as they paint; a poor colour slipped into a theme is caught (the checker is tested as well)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from evdesk.ui.style import style_sheet
from evdesk.ui.theme import (
    DARK,
    FOCUS_RING_PX,
    LIGHT,
    THEMES,
    Theme,
    blend,
    contrast,
    html_colours,
    palette,
    set_theme,
)

TEXT = 4.5
NON_TEXT = 3.0
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


def rules(sheet: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) for each rule of a Qt style sheet."""
    for block in sheet.split("}"):
        if "{" not in block:
            continue
        selector, body = block.split("{", 1)
        declarations = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                declarations[name.strip()] = value.strip()
        yield " ".join(selector.split()), declarations


def _colour_in(value: str | None) -> str | None:
    found = _COLOUR.search(value or "")
    return found.group(0).lower() if found else None


def _width(value: str) -> int:
    found = re.search(r"(\d+)px", value)
    return int(found.group(1)) if found else 1


def sheet_problems(theme: Theme) -> list[str]:
    """Every pair in the style sheet under the ratio it needs. A rule's text and borders are measured against
    its own background, or, where it sets none, against both surfaces it may sit on."""
    problems = []
    surroundings = [theme.backdrop, theme.surface]
    for selector, props in rules(style_sheet(theme)):
        own = _colour_in(props.get("background")) or _colour_in(props.get("background-color"))
        behind = [own] if own else surroundings
        text = _colour_in(props.get("color"))
        if text:
            problems += [f"{selector}: text {text} on {bg}: {contrast(text, bg):.2f}"
                         for bg in behind if contrast(text, bg) < TEXT]
        for name in ("border", "border-bottom", "border-right"):
            border = _colour_in(props.get(name))
            if border is None:
                continue
            # A border separates its box from what is around it: both sides need 3:1.
            for bg in {*behind, *surroundings}:
                if contrast(border, bg) < NON_TEXT:
                    problems.append(f"{selector}: {name} {border} against {bg}: {contrast(border, bg):.2f}")
        if ":focus" in selector:
            ring = props.get("border", "")
            colour = _colour_in(ring)
            if colour is None or _width(ring) < FOCUS_RING_PX:
                problems.append(f"{selector}: the focus ring is not {FOCUS_RING_PX} px of a colour ({ring!r})")
    return problems


def palette_problems(theme: Theme) -> list[str]:
    p = palette(theme)
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    pairs = [("text", p.color(R.Text), p.color(R.Base)), ("window text", p.color(R.WindowText), p.color(R.Window)),
             ("window text on a field", p.color(R.WindowText), p.color(R.Base)),
             ("placeholder", p.color(R.PlaceholderText), p.color(R.Base)),
             ("greyed value", p.color(G.Disabled, R.Text), p.color(R.Base)),
             ("greyed label", p.color(G.Disabled, R.WindowText), p.color(R.Window)),
             ("greyed label on a group", p.color(G.Disabled, R.WindowText), p.color(R.Base)),
             ("selection", p.color(R.HighlightedText), p.color(R.Highlight)),
             ("link", p.color(R.Link), p.color(R.Base)), ("button", p.color(R.ButtonText), p.color(R.Button)),
             ("tooltip", p.color(R.ToolTipText), p.color(R.ToolTipBase))]
    return [f"{name}: {fg.name()} on {bg.name()}: {contrast(fg.name(), bg.name()):.2f}"
            for name, fg, bg in pairs if contrast(fg.name(), bg.name()) < TEXT]


def chart_problems(theme: Theme, opacity: float = 1.0) -> list[str]:
    """The charts' marks against the box they sit in (and the bar against its track); their labels as text."""
    def shown(token: str) -> str:
        return blend(getattr(theme, token), theme.surface, opacity)
    surface = theme.surface
    problems = [f"{token} against the surface: {contrast(shown(token), surface):.2f}"
                for token in ("chart_bar", "chart_current", "chart_good", "chart_bad", "chart_ink")
                if contrast(shown(token), surface) < NON_TEXT]
    problems += [f"{token} against the track: {contrast(shown(token), shown('chart_track')):.2f}"
                 for token in ("chart_good", "chart_bad", "chart_ink")
                 if contrast(shown(token), shown("chart_track")) < NON_TEXT]
    problems += [f"{token} as a label: {contrast(shown(token), surface):.2f}"
                 for token in ("chart_ink", "chart_muted") if contrast(shown(token), surface) < TEXT]
    return problems


def faded_problems(theme: Theme) -> list[str]:
    """The answer shown as out of date: every text in the result's cards, at the fade's opacity, over what the
    fade lets through."""
    problems = []
    alpha = theme.stale_opacity
    for selector, props in rules(style_sheet(theme)):
        if not any(role in selector for role in ('"card', '"headline"', '"details"', '"status"', '"sectionTitle"',
                                                 "explanationView")):
            continue
        text = _colour_in(props.get("color"))
        if text is None:
            continue
        own = _colour_in(props.get("background"))
        for bg in [own] if own else [theme.surface, theme.backdrop]:
            faded_bg = blend(bg, theme.backdrop, alpha)
            ratio = contrast(blend(text, faded_bg, alpha), faded_bg)
            if ratio < TEXT:
                problems.append(f"faded {selector}: {text} on {bg}: {ratio:.2f}")
    return problems + [f"faded {p}" for p in chart_problems(theme, alpha)]


def html_problems(theme: Theme, html: str) -> list[str]:
    colours = {c.lower() for c in _COLOUR.findall(html)}
    assert colours, "no colour found in the explanation"
    problems = []
    for colour in sorted(colours):
        for alpha in (1.0, theme.stale_opacity):
            under = blend(theme.surface, theme.backdrop, alpha)
            ratio = contrast(blend(colour, under, alpha), under)
            if ratio < TEXT:
                problems.append(f"explanation {colour} at opacity {alpha}: {ratio:.2f}")
    return problems


def records_problems(theme: Theme) -> list[str]:
    """The tables' coloured text (a claim due, a row's status) on plain and alternate rows, and the status bar's
    claims badge."""
    problems = []
    for token in ("due", "good", "neutral", "bad", "unknown", "muted"):
        for bg in (theme.surface, theme.surface_alt, theme.backdrop):
            if contrast(getattr(theme, token), bg) < TEXT:
                problems.append(f"{token} on {bg}: {contrast(getattr(theme, token), bg):.2f}")
    return problems


def all_problems(theme: Theme, html: str) -> list[str]:
    return (sheet_problems(theme) + palette_problems(theme) + chart_problems(theme) + faded_problems(theme)
            + html_problems(theme, html) + records_problems(theme))


# --- the tests --------------------------------------------------------------------------------------

@pytest.fixture
def explained(window: Any) -> Any:
    """A deal whose reasons use every outcome's colour, warnings and what would change it."""
    window.form.fill(powertrain="BEV", assembly="US", vehicle_price="52000", lease_months=39, province="QC")
    return window


@pytest.fixture(params=["light", "dark"])
def theme(request: Any, qapp: Any) -> Iterator[Theme]:
    set_theme(THEMES[request.param], qapp)
    yield THEMES[request.param]
    set_theme(LIGHT, qapp)


def test_every_colour_pair_meets_wcag_aa(explained: Any, theme: Theme) -> None:
    html = explained.result.explanation.toHtml()
    # The view's HTML is Qt's rewrite of ours: the colours the theme gave are there, none other.
    written = {c.lower() for c in _COLOUR.findall(html)} - {theme.surface, theme.ink, "#000000"}
    assert written <= {c.lower() for c in vars(html_colours(theme)).values() if isinstance(c, str)} | {
        c.lower() for c in html_colours(theme).outcomes.values()}, written
    assert all_problems(theme, html) == []


def test_the_windows_wear_the_themes_style_sheet(explained: Any, theme: Theme, qapp: Any) -> None:
    assert explained.styleSheet() == style_sheet(theme)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == theme.backdrop
    assert explained.result._fade.opacity() == theme.stale_opacity


def test_a_poor_colour_is_caught(explained: Any) -> None:
    html = explained.result.explanation.toHtml()
    poor = {  # the colours the issue measured, each slipped back into the light theme
        "placeholder": "#8a93a0", "disabled": "#8a93a0", "line": "#dfe3ea", "field_border": "#c5cbd3",
        "chart_bar": "#c7d4e6", "muted": "#8a93a0",
    }
    for token, colour in poor.items():
        assert all_problems(replace(LIGHT, **{token: colour}), html), token
    assert faded_problems(Theme(**{**vars(LIGHT), "stale_opacity": 0.4}))  # the old fade: 1.93:1
    assert html_problems(LIGHT, '<span style="color:#9aa3af">x</span>')


def test_the_focus_ring_is_two_pixels_on_every_kind_of_control() -> None:
    focus_rules = {selector for selector, _ in rules(style_sheet(LIGHT)) if ":focus" in selector}
    flat = " ".join(focus_rules)
    for kind in ("QLineEdit:focus", "QComboBox:focus", "QAbstractSpinBox:focus", "QCheckBox:focus",
                 "QPushButton:focus", "QToolButton:focus", "QTableView:focus", "QTextBrowser#explanationView:focus",
                 'QFrame[role="card"]:focus'):
        assert kind in flat, kind


def test_the_charts_paint_in_the_themes_colours(explained: Any, theme: Theme, qtbot: Any) -> None:
    explained.resize(1366, 768)
    explained.show()
    qtbot.waitExposed(explained)
    chart = explained.result.ftv_chart
    image = chart.grab().toImage()
    line = chart.fontMetrics().height()
    # Over the cap: the bar at a quarter of its width is the "over" colour, its far end the track.
    middle = int(line * 0.35 + line * 0.45)
    assert QColor(image.pixel(chart.width() // 4, middle)).name() == theme.chart_bad
    assert QColor(image.pixel(chart.width() - 6, middle)).name() == theme.chart_track


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_the_tokens_are_colours(colours: Theme) -> None:
    for name, value in vars(colours).items():
        if isinstance(value, str) and name != "scheme":
            assert QColor(value).isValid() and _COLOUR.fullmatch(value), name


def test_a_spin_box_shows_its_arrows_in_the_themes_ink(explained: Any, theme: Theme, qtbot: Any) -> None:
    """A style sheet that styles a spin box must draw its arrows too: else they are empty squares."""
    explained.show()
    qtbot.waitExposed(explained)
    spin = explained.form.prior
    spin.setValue(0)  # at its minimum: the up arrow in ink, the down arrow greyed
    image = spin.grab().toImage()
    ratio = image.width() / spin.width()
    buttons = range(int((spin.width() - 18) * ratio), image.width())
    top = [QColor(image.pixel(x, y)).name() for x in buttons for y in range(image.height() // 2)]
    assert top.count(theme.ink) >= 4, sorted(set(top))
