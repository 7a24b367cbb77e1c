"""Regenerate docs/screenshots/: the counter window at 1280×800 with a sample deal, in English and French,
in dealer and consumer mode, and one deal that is not eligible.

Run with a display (`make screenshots` wraps it in xvfb-run). Settings go to a throwaway folder, so the
screenshots never depend on (or change) the user's own.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

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
SHOTS: tuple[tuple[str, str, str, dict[str, Any], bool], ...] = (
    # name, language, mode, deal, import details open
    ("dealer-en", "en", "dealer", SAMPLE, False),
    ("dealer-fr", "fr", "dealer", SAMPLE, False),
    ("consumer-en", "en", "consumer", SAMPLE, False),
    ("consumer-fr", "fr", "consumer", SAMPLE, False),
    ("not-eligible-en", "en", "dealer", NOT_ELIGIBLE, True),
)


def main() -> int:
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

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
    OUT.mkdir(parents=True, exist_ok=True)
    for name, language, mode, deal, open_import in SHOTS:
        window = MainWindow(settings=Settings(), language=language)  # type: ignore[arg-type]
        window.set_mode(mode)  # type: ignore[arg-type]
        window.form.fill(**deal)
        window.form.import_toggle.setChecked(open_import)
        window.resize(*SIZE)
        window.show()
        for _ in range(5):  # layout, then paint
            app.processEvents()
        path = OUT / f"{name}.png"
        if not window.grab().save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"wrote {path.relative_to(OUT.parent.parent)}")
        window.close()
        window.deleteLater()
        app.processEvents()
    settings_dir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
