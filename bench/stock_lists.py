"""Made-up stock lists for the batch benchmark: realistic columns and values (French and English headers,
amounts as dealers type them, a few bad rows), written as CSV or XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

HEADER = ["Stock #", "VIN", "Year", "Make", "Model", "Trim", "Powertrain", "Price", "Options", "Dealer fees",
          "Freight PDI", "Assembly", "Origin", "Sale date", "Lease months", "Odometer", "Colour"]
VEHICLES = [  # make, model, trim, powertrain, assembly, origin, a VIN prefix from that plant
    ("Chevrolet", "Equinox EV", "LT", "BEV", "MX", "US", "3GNKDBRJ"),
    ("Ford", "Mustang Mach-E", "Select", "BEV", "MX", "US", "3FMTK1R4"),
    ("Tesla", "Model 3", "RWD", "BEV", "US", "US", "5YJ3E1EA"),
    ("Tesla", "Model Y", "Long Range", "BEV", "CN", "US", "LRWYGCEK"),
    ("Hyundai", "Ioniq 5", "Preferred", "BEV", "KR", "KR", "KM8KRDAF"),
    ("Kia", "EV9", "Land", "BEV", "KR", "KR", "KNDAE5S1"),
    ("Toyota", "RAV4 Prime", "XSE", "PHEV", "JP", "JP", "JTMFB3FV"),
    ("Toyota", "Prius", "XLE", "HEV", "JP", "JP", "JTDACAAU"),
    ("BYD", "Seal", "AWD", "BEV", "CN", "CN", "LGXCE4CB"),
    ("Volkswagen", "ID.4", "Pro", "BEV", "US", "DE", "1V2GNPE8"),
    ("Honda", "Prologue", "EX", "BEV", "MX", "JP", "3GPKHURM"),
    ("Chrysler", "Pacifica Hybrid", "Select", "PHEV", "CA", "US", "2C4RC1L7"),
]
_VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vin(rng: random.Random, prefix: str) -> str:
    """17 characters (the check digit is left as it falls: a wrong one is a warning, not a problem)."""
    return (prefix + "".join(rng.choice(_VIN_ALPHABET) for _ in range(17 - len(prefix))))[:17]


def stock_rows(count: int, seed: int = 2026, bad_every: int = 500) -> Iterator[list[object]]:
    rng = random.Random(seed)
    start = dt.date(2026, 3, 1)
    for index in range(count):
        make, model, trim, powertrain, assembly, origin, prefix = rng.choice(VEHICLES)
        price = f"{rng.randrange(32_000, 62_000)}.{rng.choice(['00', '99', '50'])}"
        if index % 7 == 0:
            price = f"${int(float(price)):,}.00"  # as a spreadsheet formats it
        row: list[object] = [
            f"U{index:06d}", _vin(rng, prefix), 2026, make, model, trim, powertrain, price,
            rng.choice(["0", "1500", "2850.00", ""]), rng.choice(["499", "899", ""]), rng.choice(["2100", "2400"]),
            assembly, origin, (start + dt.timedelta(days=rng.randrange(0, 200))).isoformat(),
            rng.choice(["", "", "", "36", "48", "24"]), rng.choice([0, 0, 0, 12, 4500]),
            rng.choice(["White", "Black", "Grey", "Blue"]),
        ]
        if bad_every and index % bad_every == 17:
            row[7] = "call"  # letters in a price: a problem, not a stop
        yield row


def write_csv_stock(path: Path, count: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(stock_rows(count))
    return path


def write_xlsx_stock(path: Path, count: int) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Stock")
    sheet.append(HEADER)
    for row in stock_rows(count):
        sheet.append(row)
    workbook.save(path)
    return path
