"""Regenerate docs/screenshots/: the counter window with a sample deal as it opens on a 1366×768 laptop and on a
1920×1080 screen (each less a 40 px taskbar and a 31 px title bar: the window fits the screen's available
area, as evdesk sizes it at its first start), in English and French, in dealer and consumer mode, in the
light and the dark theme; one deal that is not eligible (a Chinese-made vehicle: the import details open),
and the laptop at 150 % scaling (911×512 logical pixels, less the taskbar and the title bar).

    {mode}-{language}.png            1366×768, light (the README's)
    {mode}-{language}-dark.png       1366×768, dark
    {mode}-{language}-1920.png       1920×1080, light
    {mode}-{language}-1920-dark.png  1920×1080, dark
    not-eligible-en.png, dealer-en-150.png, dealer-fr-150.png

Run with a display (`make screenshots` wraps it in xvfb-run at 1920×1080). Settings and deal records go to a throwaway
folder, so the screenshots never depend on (or change) the user's own. The dark theme is the one evdesk gives a
system in dark mode. A scaled shot runs in a child process, since QT_SCALE_FACTOR is read once, when the
application starts.

    docs/take_screenshots.py                       the screenshots in docs/screenshots
    docs/take_screenshots.py --checks --out DIR    also the extra views worth a look (French at 150 %...)
    docs/take_screenshots.py --only NAME --out DIR one of them
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

OUT = Path(__file__).resolve().parent / "screenshots"
SALE_DATE = dt.date(2026, 10, 15)
TASKBAR = 40  # px, Windows 11 at 100 % (60 physical pixels at 150 %: 40 logical)
TITLE_BAR = (1, 31, 1, 1)  # the frame's left, top, right, bottom
SCREENS = {"1366": (1366, 768), "1920": (1920, 1080)}

# A 2026 Chevrolet Equinox EV LT, assembled in Mexico (CUSMA), bought at the counter.
SAMPLE: dict[str, Any] = {
    "vin": "3GNKDBRJ7TS100234",
    "model_year": 2026,
    "make": "Chevrolet",
    "model": "Equinox EV",
    "trim": "LT",
    "origin": "US",
    "vehicle_price": Decimal("44995.00"),
    "options": Decimal("1200.00"),
    "dealer_fees": Decimal("599.00"),
    "freight_pdi": Decimal("2100.00"),
    "winter_tires": Decimal("1400.00"),
    "charger": Decimal("1299.00"),
    "sale_date": SALE_DATE,
}
# A Chinese-made battery-electric vehicle, entered within the quota: not eligible, and it counts.
NOT_ELIGIBLE: dict[str, Any] = {
    "vin": "LGXCE4CB1T0012345",
    "powertrain": "BEV",
    "make": "BYD",
    "model": "Atto 3",
    "vehicle_price": Decimal("39998.00"),
    "dealer_fees": Decimal("499.00"),
    "freight_pdi": Decimal("1895.00"),
    "sale_date": SALE_DATE,
    "quota_position": "within",
}


class Shot(NamedTuple):
    name: str
    language: str
    mode: str
    deal: dict[str, Any]
    screen: str = "1366"
    scheme: str = "light"
    scale: float = 1.0


def _matrix() -> tuple[Shot, ...]:
    shots = []
    for screen in SCREENS:
        for scheme in ("light", "dark"):
            for mode in ("dealer", "consumer"):
                for language in ("en", "fr"):
                    suffix = ("" if screen == "1366" else f"-{screen}") + ("" if scheme == "light" else "-dark")
                    shots.append(Shot(f"{mode}-{language}{suffix}", language, mode, SAMPLE, screen, scheme))
    return tuple(shots)


SHOTS: tuple[Shot, ...] = (
    *_matrix(),
    Shot("not-eligible-en", "en", "dealer", NOT_ELIGIBLE),
    Shot("dealer-en-150", "en", "dealer", SAMPLE, scale=1.5),
    Shot("dealer-fr-150", "fr", "dealer", SAMPLE, scale=1.5),
)
CHECKS: tuple[Shot, ...] = (  # not in the docs, but looked at before each release of the window
    Shot("consumer-fr-150", "fr", "consumer", SAMPLE, scale=1.5),
    Shot("consumer-en-150", "en", "consumer", SAMPLE, scale=1.5),
    Shot("dealer-en-150-dark", "en", "dealer", SAMPLE, scheme="dark", scale=1.5),
    Shot("not-eligible-fr", "fr", "dealer", NOT_ELIGIBLE),
    Shot("not-eligible-fr-dark", "fr", "dealer", NOT_ELIGIBLE, scheme="dark"),
    Shot("not-eligible-fr-150", "fr", "dealer", NOT_ELIGIBLE, scale=1.5),
)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs (default: docs/screenshots)")
    parser.add_argument("--checks", action="store_true", help="also take the extra views worth a look")
    parser.add_argument("--only", action="append", default=[], help="take only this shot (repeatable)")
    parser.add_argument("--scale", type=float, default=None, help=argparse.SUPPRESS)  # set for a child process
    return parser.parse_args()


def main() -> int:
    arguments = _arguments()
    shots = [*SHOTS, *(CHECKS if arguments.checks or arguments.only else ())]
    if arguments.only:
        shots = [shot for shot in shots if shot.name in arguments.only]
    scale = arguments.scale or 1.0
    here = [shot for shot in shots if shot.scale == scale]
    if arguments.scale is None:
        for other in sorted({shot.scale for shot in shots} - {scale}):
            names = [argument for shot in shots if shot.scale == other for argument in ("--only", shot.name)]
            child = subprocess.run([sys.executable, __file__, "--out", str(arguments.out), "--scale", str(other),
                                    *names], env={**os.environ, "QT_SCALE_FACTOR": str(other)}, check=False)
            if child.returncode:
                return child.returncode
    return _take(here, arguments.out, scale)


def _take(shots: list[Shot], out: Path, scale: float) -> int:
    from PySide6.QtCore import QMargins, QRect, QSettings, QStandardPaths
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    if not shots:
        return 0
    settings_dir = tempfile.TemporaryDirectory(prefix="evdesk-screenshots-")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir.name)
    # The deal records too: a records file left by another version of evdesk would put its message in the shots.
    os.environ["EVDESK_DATA_DIR"] = str(Path(settings_dir.name) / "data")
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("evdesk")
    app.setApplicationName("evdesk")

    from evdesk.paths import resources_path
    from evdesk.ui import MainWindow
    from evdesk.ui.settings import Settings
    from evdesk.ui.style import apply_app_style
    from evdesk.ui.theme import THEMES, set_theme

    apply_app_style(app, "light")
    app.setWindowIcon(QIcon(str(resources_path("icons", "evdesk.svg"))))
    out.mkdir(parents=True, exist_ok=True)
    for shot in shots:
        set_theme(THEMES[shot.scheme], app)  # type: ignore[index]
        window = MainWindow(settings=Settings(), language=shot.language)  # type: ignore[arg-type]
        window.set_mode(shot.mode)  # type: ignore[arg-type]
        window.form.fill(**shot.deal)
        width, height = SCREENS[shot.screen]
        # The screen's available area in logical pixels (the taskbar stays as many logical pixels at 150 %).
        available = QRect(0, 0, round(width / scale), round(height / scale) - TASKBAR)
        window.fit_to(available, QMargins(*TITLE_BAR))
        window.show()
        for _ in range(6):  # layout, then paint
            app.processEvents()
        path = out / f"{shot.name}.png"
        if not window.grab().save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"wrote {path} ({window.width()}×{window.height()} logical)")
        window.close()
        window.deleteLater()
        app.processEvents()
    settings_dir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
