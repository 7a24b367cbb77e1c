"""Screenshots of the Deals view in English and French (docs/screenshots/deals-en.png, deals-fr.png), over a
sample dealership's records kept in a throwaway folder, as a 1366×768 laptop shows them.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/take_deals_screenshots.py [--out DIR] [--opened]

`--opened` also takes the counter window with a saved deal opened back into it (deal-opened-en.png), a view
worth a look before a release.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1366, 768)
TODAY = dt.date(2026, 11, 20)

# (customer, stock, VIN without its check digit ("?"), make, model, trim, price, sale date, claim moves, extra
# request fields). Made-up VINs whose maker codes and plants match the assembly country given.
SAMPLES: list[tuple[Any, ...]] = [
    ("Émilie Tremblay", "A1042", "3GNKDBRJ?TS100234", "Chevrolet", "Equinox EV", "LT", "44995", dt.date(2026, 11, 2),
     [], {"assembly": "MX"}),
    ("Jordan Okafor", "A1043", "KM8KRDDF?TU204417", "Hyundai", "IONIQ 5", "Preferred", "48999",
     dt.date(2026, 11, 9), [("submitted", dt.date(2026, 11, 12), None)], {"origin": "KR", "assembly": "KR"}),
    ("Marc-André Gagnon", "A1044", "KNDAE5L1?T6031822", "Kia", "EV9", "Light", "49500", dt.date(2026, 10, 20),
     [("submitted", dt.date(2026, 10, 22), "TC-26-88121")], {"origin": "KR", "assembly": "KR"}),
    ("Priya Raman", "A1045", "5YJ3E1EA?TF550912", "Tesla", "Model 3", "RWD", "45990", dt.date(2026, 8, 14),
     [("submitted", dt.date(2026, 8, 15), "TC-26-71240"), ("paid", dt.date(2026, 9, 30), "5000")], {}),
    ("Northern Fleet Inc.", "F0210", "1FT6W1EV?TWG10385", "Ford", "F-150 Lightning", "Pro", "49900",
     dt.date(2026, 11, 18), [], {"buyer": "organization"}),
    ("Li Wei", "A1046", "LGXCE4CB?T0012345", "BYD", "Atto 3", "", "39998", dt.date(2026, 11, 16), [],
     {"origin": "CN", "assembly": "CN"}),
    ("Sophie Lavoie", "A1047", "JTMEB3FV?TD120455", "Toyota", "RAV4", "Prime XSE", "49800", dt.date(2026, 11, 19),
     [], {"powertrain": "PHEV", "origin": "JP", "assembly": "JP"}),
    ("Daniel Cohen", "A1048", "1V2GNPE8?TC301266", "Volkswagen", "ID.4", "Pro", "47995", dt.date(2026, 9, 5),
     [("submitted", dt.date(2026, 9, 8), "TC-26-74410")], {"origin": "DE"}),
    ("Amira Haddad", "A1049", "JN1DF0FS?TM510208", "Nissan", "Ariya", "Engage", "46998", dt.date(2026, 7, 2),
     [("submitted", dt.date(2026, 7, 4), "TC-26-60012"), ("refused", None, "Buyer already received an incentive")],
     {"origin": "JP", "assembly": "JP"}),
    ("Kevin MacDonald", "A1050", "3GNKDCRJ?TS511734", "Chevrolet", "Blazer EV", "LT", "49990",
     dt.date(2026, 6, 12), [("cancelled", dt.date(2026, 6, 20), None)], {"assembly": "MX"}),
]


def _with_check_digit(vin: str) -> str:
    from vininfo import Vin

    for digit in "0123456789X":
        candidate = vin.replace("?", digit)
        if Vin(candidate).verify_checksum():
            return candidate
    raise ValueError(vin)


def _fill(url: str) -> None:
    from decimal import Decimal

    from evdesk.policy import bundled_policy
    from evdesk.present.format import Formatter
    from evdesk.present.report import to_json
    from evdesk.records.claims import Move
    from evdesk.records.database import open_records
    from evdesk.records.deals import move_claim, save_deal
    from evdesk.rules import SaleRequest, evaluate

    policy = bundled_policy()
    with open_records(url) as records:
        for index, (customer, stock, vin, make, model, trim, price, sold, moves, extra) in enumerate(SAMPLES):
            fields = {"powertrain": "BEV", "origin": "US", "assembly": "US", **extra}
            request = SaleRequest(make=make, model=model, trim=trim or None, model_year=2026, vehicle_price=price,
                                  sale_date=sold, prior_incentives=0, fta_origin_met="yes", quota_position="within",
                                  vin=_with_check_digit(vin), **fields)
            moment = dt.datetime.combine(sold, dt.time(10 + index % 6, 12), tzinfo=dt.UTC)
            row = save_deal(records, request, to_json(evaluate(request, policy), Formatter("en")), policy,
                            customer=customer, stock=stock, salesperson=("Chloé B." if index % 2 else "Sam R."),
                            now=moment)
            for kind, day, value in moves:
                if kind == "submitted":
                    move = Move("submitted", day, confirmation=value)
                elif kind == "paid":
                    move = Move("paid", day, amount=Decimal(value))
                elif kind == "refused":
                    move = Move("refused", reason=value)
                else:
                    move = Move("cancelled", day)
                move_claim(records, row.number, move, by="Sam R.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--opened", action="store_true")
    arguments = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="evdesk-deals-screenshots-")
    os.environ["EVDESK_DATA_DIR"] = folder.name
    os.environ.pop("EVDESK_DATABASE_URL", None)

    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder.name)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("evdesk")
    app.setApplicationName("evdesk")

    from evdesk.records.location import default_url
    from evdesk.ui import MainWindow
    from evdesk.ui.i18n import use_language
    from evdesk.ui.settings import Settings
    from evdesk.ui.style import apply_app_style

    apply_app_style(app)
    _fill(default_url())
    arguments.out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "fr"):
        use_language(language)  # type: ignore[arg-type]
        window = MainWindow(settings=Settings(), language=language)  # type: ignore[arg-type]
        window.deals.today = lambda: TODAY
        window.deals.start()
        view = window.deals.show_deals()
        view.resize(*SIZE)
        view.move(0, 0)
        for _ in range(5):
            app.processEvents()
        view.select(3)
        for _ in range(5):
            app.processEvents()
        path = arguments.out / f"deals-{language}.png"
        view.grab().save(str(path))
        print(f"wrote {path}")
        if arguments.opened and language == "en":
            window.resize(*SIZE)
            window.show()
            window.deals.open_deal(3)
            for _ in range(8):
                app.processEvents()
            opened = arguments.out / "deal-opened-en.png"
            window.grab().save(str(opened))
            print(f"wrote {opened}")
        view.close()
        window.close()
        window.deleteLater()
        app.processEvents()
    folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
