"""Regenerate docs/screenshots/inventory-en.png and inventory-fr.png: the inventory window at 1366×768 (a
common dealership laptop), a made-up stock list checked, in English (English headers) and in French
(French headers, as a Québec dealer's export would have them).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/take_inventory_screenshots.py [--out DIR]

Settings go to a throwaway folder, so the shots never depend on (or change) the user's own.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1366, 768)
SALE_DATE = dt.date(2026, 10, 15)
HEADERS = {
    "en": ["Stock #", "VIN", "Year", "Make", "Model", "Trim", "Powertrain", "Price", "Options", "Assembly",
           "Sale date", "Lease months", "Colour"],
    "fr": ["N° de stock", "NIV", "Année", "Marque", "Modèle", "Version", "Motorisation", "Prix", "Options",
           "Assemblage", "Date de vente", "Durée de location", "Couleur"],
}
VEHICLES = [  # make, model, trim, powertrain, assembly, price range
    ("Chevrolet", "Equinox EV", "LT", "BEV", "MX", (43_000, 51_000)),
    ("Ford", "Mustang Mach-E", "Select", "BEV", "MX", (47_000, 56_000)),
    ("Tesla", "Model 3", "RWD", "BEV", "US", (46_000, 52_000)),
    ("Hyundai", "Ioniq 5", "Preferred", "BEV", "KR", (48_000, 54_000)),
    ("Kia", "Niro EV", "Wind", "BEV", "KR", (44_000, 50_500)),
    ("Toyota", "RAV4 Prime", "XSE", "PHEV", "JP", (49_000, 58_000)),
    ("Chrysler", "Pacifica Hybrid", "Select", "PHEV", "CA", (58_000, 66_000)),
    ("BYD", "Seal", "AWD", "BEV", "CN", (41_000, 45_000)),
    ("Toyota", "Prius", "XLE", "HEV", "JP", (36_000, 40_000)),
]


def write_stock_list(path: Path, language: str, count: int = 64) -> Path:
    rng = random.Random(12)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS[language])
        for index in range(count):
            make, model, trim, powertrain, assembly, (low, high) = rng.choice(VEHICLES)
            price = rng.randrange(low, high, 5) - 0.01 * rng.choice([0, 0, 100])
            price_text = f"{price:.2f}" if language == "en" else f"{price:,.2f}".replace(",", " ").replace(".", ",")
            writer.writerow([f"{'N' if index % 3 else 'U'}{2600 + index}", "", 2026, make, model, trim,
                             "" if index == 9 else powertrain, "sur demande" if index == 21 and language == "fr"
                             else "call" if index == 21 else price_text, rng.choice(["", "", "1200", "2450"]),
                             assembly, SALE_DATE.isoformat(), rng.choice(["", "", "", "36", "48"]),
                             rng.choice(["White", "Grey", "Blue"])])
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    arguments = parser.parse_args()

    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    settings_dir = tempfile.TemporaryDirectory(prefix="evdesk-screenshots-")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir.name)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("evdesk")
    app.setApplicationName("evdesk")

    from evdesk.ui import MainWindow
    from evdesk.ui.settings import Settings
    from evdesk.ui.style import apply_app_style

    apply_app_style(app)
    arguments.out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "fr"):
        window = MainWindow(settings=Settings(), language=language)  # type: ignore[arg-type]
        window.check_inventory()
        inventory = window.inventory
        inventory.resize(*SIZE)
        inventory.move(0, 0)
        stock = write_stock_list(Path(settings_dir.name) / ("stock.csv" if language == "en" else "inventaire.csv"),
                                 language)
        inventory.open_file(stock)
        deadline = time.monotonic() + 60
        while inventory.running and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        inventory.table.selectRow(2)
        for _ in range(10):  # layout, then paint
            app.processEvents()
        path = arguments.out / f"inventory-{language}.png"
        if not inventory.grab().save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"wrote {path}")
        inventory.close()
        window.close()
        window.deleteLater()
        app.processEvents()
    settings_dir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
