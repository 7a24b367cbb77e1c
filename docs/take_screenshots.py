"""Regenerate docs/screenshots/: the counter window at 1280×800 with a sample deal, in English and French,
in dealer and consumer mode, one deal that is not eligible, and the dealer view at 150 % scaling (a
1280×800 laptop at 150 % gives the window 853×533 logical pixels).

Run with a display (`make screenshots` wraps it in xvfb-run). Settings go to a throwaway folder, so the
screenshots never depend on (or change) the user's own. A scaled shot runs in a child process, since
QT_SCALE_FACTOR is read once, when the application starts.

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
SIZE = (1280, 800)
SALE_DATE = dt.date(2026, 10, 15)

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
    import_open: bool = False
    scale: float = 1.0


SHOTS: tuple[Shot, ...] = (
    Shot("dealer-en", "en", "dealer", SAMPLE),
    Shot("dealer-fr", "fr", "dealer", SAMPLE),
    Shot("consumer-en", "en", "consumer", SAMPLE),
    Shot("consumer-fr", "fr", "consumer", SAMPLE),
    Shot("not-eligible-en", "en", "dealer", NOT_ELIGIBLE, True),
    Shot("dealer-en-150", "en", "dealer", SAMPLE, scale=1.5),
)
CHECKS: tuple[Shot, ...] = (  # not in the docs, but looked at before each release of the window
    Shot("dealer-fr-150", "fr", "dealer", SAMPLE, scale=1.5),
    Shot("consumer-fr-150", "fr", "consumer", SAMPLE, scale=1.5),
    Shot("consumer-en-150", "en", "consumer", SAMPLE, scale=1.5),
    Shot("not-eligible-fr", "fr", "dealer", NOT_ELIGIBLE, True),
    Shot("not-eligible-fr-150", "fr", "dealer", NOT_ELIGIBLE, True, scale=1.5),
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
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    if not shots:
        return 0
    settings_dir = tempfile.TemporaryDirectory(prefix="evdesk-screenshots-")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir.name)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("evdesk")
    app.setApplicationName("evdesk")

    from evdesk.paths import resources_path
    from evdesk.ui import MainWindow
    from evdesk.ui.settings import Settings
    from evdesk.ui.style import apply_app_style

    apply_app_style(app)
    app.setWindowIcon(QIcon(str(resources_path("icons", "evdesk.svg"))))
    out.mkdir(parents=True, exist_ok=True)
    for shot in shots:
        window = MainWindow(settings=Settings(), language=shot.language)  # type: ignore[arg-type]
        window.set_mode(shot.mode)  # type: ignore[arg-type]
        window.form.fill(**shot.deal)
        window.form.import_toggle.setChecked(shot.import_open)
        window.resize(round(SIZE[0] / scale), round(SIZE[1] / scale))  # the same physical pixels at any scale
        window.show()
        for _ in range(5):  # layout, then paint
            app.processEvents()
        path = out / f"{shot.name}.png"
        if not window.grab().save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"wrote {path}")
        window.close()
        window.deleteLater()
        app.processEvents()
    settings_dir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
