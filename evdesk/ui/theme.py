"""The colours, in one place: a light and a dark set of tokens that the style sheet, the result cards, the
charts, the tables and the rich-text explanation all read.

Which set is in use follows the system: Windows' and macOS' dark mode (Qt's colour scheme), or, where the
platform does not say (Linux without a desktop portal, offscreen), the palette the platform or the user
set before evdesk put its own. A change of the system's scheme while evdesk runs switches the theme and
tells every window (`theme_changes().changed`).

Every pair the windows put side by side meets WCAG 2.1 AA (success criteria 1.4.3 and 1.4.11): text at
least 4.5:1, borders and chart marks at least 3:1, a focus ring 2 px wide at 3:1, also when the answer is
faded as out of date (`stale_opacity`). tests/ui/test_contrast.py computes the ratios from these tokens
and from the style sheet built on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

if TYPE_CHECKING:
    from evdesk.present.explanation import HtmlColours

Scheme = Literal["light", "dark"]

FOCUS_RING_PX = 2  # WCAG 2.4.13's minimum area is a 2 px perimeter; 2.4.7 asks for it to be visible


@dataclass(frozen=True)
class Theme:
    scheme: Scheme
    # Surfaces
    backdrop: str  # behind the groups and cards
    surface: str  # groups, cards, fields, the explanation
    surface_alt: str  # a sub-group, alternate rows
    # Text
    ink: str  # body text
    ink_strong: str  # a card's figure
    ink_secondary: str  # a card's details
    muted: str  # titles, hints, captions
    placeholder: str  # "Not known", "0.00": placeholders that carry meaning
    disabled: str  # a greyed value (the final transaction value while a price is wrong)
    # Lines
    line: str  # group and card borders
    field_border: str  # an input's outline
    focus: str  # the focus ring
    accent: str  # links, the current column, selection
    on_accent: str  # text on the accent
    # Field states
    error: str
    error_surface: str
    warn: str  # a warning verdict beside a field (check digit does not match)
    good_text: str  # a good verdict beside a field
    # Statuses on a card: text on its tinted band
    good: str
    good_surface: str
    bad: str
    bad_surface: str
    unknown: str
    unknown_surface: str
    neutral: str
    neutral_surface: str
    # Banners above the answer
    banner: str
    banner_surface: str
    banner_border: str
    pending: str
    pending_surface: str
    pending_border: str
    # Charts
    chart_track: str  # the empty part of the final transaction value's bar
    chart_good: str  # the bar under the cap
    chart_bad: str  # the bar over the cap
    chart_bar: str  # a column other than this deal's
    chart_current: str  # this deal's column
    chart_ink: str  # the cap's line, this deal's labels and marker
    chart_muted: str  # the other labels
    # The explanation's rich text (evdesk.present.explanation.HtmlColours)
    html_pass: str
    html_fail: str
    html_unknown: str
    html_not_applicable: str
    html_info: str
    html_heading: str
    html_numbers: str
    html_source: str
    html_link: str
    html_warning: str
    html_change: str
    # Records and stock lists
    due: str  # a claim that needs action
    stale_opacity: float  # the out-of-date answer is shown at this opacity (every text in it stays 4.5:1)

    def colour(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT = Theme(
    scheme="light",
    backdrop="#eef1f5", surface="#ffffff", surface_alt="#f7f9fb",
    ink="#1f2a37", ink_strong="#111827", ink_secondary="#374151", muted="#4b5563", placeholder="#5b6472",
    disabled="#5f6b7a",
    line="#7a8494", field_border="#6f7987", focus="#2f5d8a", accent="#2f5d8a", on_accent="#ffffff",
    error="#b3261e", error_surface="#fff8f7", warn="#7a4f00", good_text="#17663a",
    good="#145c34", good_surface="#e3f4e8", bad="#a3231a", bad_surface="#fde8e6",
    unknown="#6f4700", unknown_surface="#fff1d0", neutral="#24507a", neutral_surface="#e6eef7",
    banner="#4d3300", banner_surface="#fff1d0", banner_border="#a07a1c",
    pending="#24507a", pending_surface="#e6eef7", pending_border="#5f82ad",
    chart_track="#e5e9f0", chart_good="#23704a", chart_bad="#b3261e", chart_bar="#6d84a3",
    chart_current="#24507a", chart_ink="#1f2a37", chart_muted="#4b5563",
    html_pass="#17663a", html_fail="#b3261e", html_unknown="#6f4700", html_not_applicable="#4b5563",
    html_info="#2f5d8a", html_heading="#1f2a37", html_numbers="#374151", html_source="#4b5563",
    html_link="#374151", html_warning="#6f4700", html_change="#2f5d8a",
    due="#8a3f00",
    stale_opacity=0.85,
)

DARK = Theme(
    scheme="dark",
    backdrop="#14171c", surface="#1e2229", surface_alt="#262b33",
    ink="#e6e9ee", ink_strong="#f5f7fa", ink_secondary="#cdd3dc", muted="#b2bac5", placeholder="#a9b1bd",
    disabled="#a3acb8",
    line="#737d8a", field_border="#808a97", focus="#8cbcf2", accent="#8cbcf2", on_accent="#0d1b2a",
    error="#ff9b8f", error_surface="#3a1f1e", warn="#f1c76b", good_text="#8fdca8",
    good="#8fdca8", good_surface="#1d3a28", bad="#ffa59a", bad_surface="#45201d",
    unknown="#f1c76b", unknown_surface="#3d3118", neutral="#a6cbf3", neutral_surface="#1f3147",
    banner="#f6d58a", banner_surface="#3a2f17", banner_border="#9c7d33",
    pending="#a9c9f0", pending_surface="#1f3147", pending_border="#5d80aa",
    chart_track="#363c47", chart_good="#5cc08a", chart_bad="#f07b6e", chart_bar="#7d93b0",
    chart_current="#a6cbf3", chart_ink="#e6e9ee", chart_muted="#b2bac5",
    html_pass="#8fdca8", html_fail="#ffa59a", html_unknown="#f1c76b", html_not_applicable="#b2bac5",
    html_info="#a6cbf3", html_heading="#e6e9ee", html_numbers="#cdd3dc", html_source="#b2bac5",
    html_link="#cdd3dc", html_warning="#f1c76b", html_change="#a6cbf3",
    due="#ffb36b",
    stale_opacity=0.85,
)
THEMES: dict[Scheme, Theme] = {"light": LIGHT, "dark": DARK}


# --- WCAG 2.1 ------------------------------------------------------------------------------------

def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance, WCAG 2.1's definition (sRGB)."""
    q = QColor(colour)
    return 0.2126 * _channel(q.red()) + 0.7152 * _channel(q.green()) + 0.0722 * _channel(q.blue())


def contrast(first: str, second: str) -> float:
    """WCAG 2.1's contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(colour: str, under: str, opacity: float) -> str:
    """`colour` painted at `opacity` over `under`, as Qt composes an opacity effect (in sRGB values)."""
    top, bottom = QColor(colour), QColor(under)
    mixed = [round(opacity * a + (1 - opacity) * b) for a, b in
             ((top.red(), bottom.red()), (top.green(), bottom.green()), (top.blue(), bottom.blue()))]
    return QColor(*mixed).name()


# --- which theme ------------------------------------------------------------------------------------

class _ThemeChanges(QObject):
    changed = Signal(object)  # the new Theme


_current: Theme = LIGHT
_changes: _ThemeChanges | None = None
_system_palette_dark: bool | None = None  # what the platform's palette said before evdesk set its own
_following = False  # the system's colour scheme changes are followed (connected once)


def current() -> Theme:
    return _current


def theme_changes() -> _ThemeChanges:
    global _changes
    if _changes is None:
        _changes = _ThemeChanges()
    return _changes


def palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < palette.color(
        QPalette.ColorRole.WindowText).lightness()


def system_scheme() -> Scheme:
    """Dark when the system says so (Windows, macOS, a Linux desktop portal), else when the palette the
    platform or the user set before evdesk's own is dark."""
    global _system_palette_dark
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return "dark"
    if scheme == Qt.ColorScheme.Light:
        return "light"
    if _system_palette_dark is None:
        _system_palette_dark = palette_is_dark(QGuiApplication.palette())
    return "dark" if _system_palette_dark else "light"


def forget_system_palette() -> None:
    """Read the platform's palette again at the next `system_scheme()` (it was changed from outside)."""
    global _system_palette_dark
    _system_palette_dark = None


def palette(theme: Theme) -> QPalette:
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.backdrop,
        QPalette.ColorRole.WindowText: theme.ink,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.surface_alt,
        QPalette.ColorRole.Text: theme.ink_strong,
        QPalette.ColorRole.Button: theme.surface_alt,
        QPalette.ColorRole.ButtonText: theme.ink,
        QPalette.ColorRole.BrightText: theme.ink_strong,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.on_accent,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.ink,
        QPalette.ColorRole.PlaceholderText: theme.placeholder,
        QPalette.ColorRole.Link: theme.accent,
        QPalette.ColorRole.LinkVisited: theme.accent,
        # Fusion draws bevels and frames from these
        QPalette.ColorRole.Light: theme.surface,
        QPalette.ColorRole.Midlight: theme.surface_alt,
        QPalette.ColorRole.Mid: theme.line,
        QPalette.ColorRole.Dark: theme.line,
        QPalette.ColorRole.Shadow: theme.backdrop,
    }
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled))
    return result


def set_theme(theme: Theme, app: QGuiApplication | None = None) -> None:
    """Use `theme`: the application's palette, then every window that follows the theme restyles."""
    global _current
    app = app or QGuiApplication.instance()  # type: ignore[assignment]
    changed = theme != _current
    _current = theme
    if isinstance(app, QGuiApplication):
        app.setPalette(palette(theme))
    if changed:
        theme_changes().changed.emit(theme)


def follow_system(app: QGuiApplication, scheme: Scheme | None = None) -> Theme:
    """Use the theme the system asks for (or `scheme`, for screenshots), and follow the system's changes."""
    global _following
    theme = THEMES[scheme or system_scheme()]
    set_theme(theme, app)
    if scheme is None and not _following:
        _following = True
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: set_theme(THEMES[system_scheme()], app))
    return theme


def html_colours(theme: Theme) -> HtmlColours:
    """The theme's colours for the explanation's rich text (evdesk.present.explanation). Imported here, not at
    the top: the window paints before the rules and their words are loaded."""
    from evdesk.present.explanation import HtmlColours
    from evdesk.terms import Outcome

    return HtmlColours(
        outcomes={Outcome.PASS: theme.html_pass, Outcome.FAIL: theme.html_fail, Outcome.UNKNOWN: theme.html_unknown,
                  Outcome.NOT_APPLICABLE: theme.html_not_applicable, Outcome.INFO: theme.html_info},
        heading=theme.html_heading, numbers=theme.html_numbers, source=theme.html_source, link=theme.html_link,
        warning=theme.html_warning, change=theme.html_change)
