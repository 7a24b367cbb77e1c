"""Cells as dealers' spreadsheets write them, turned into request values; anything else left for the request
to refuse in its own words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from evdesk.batch.cells import CellProblem, converter
from evdesk.batch.fields import FIELD_BY_NAME


def convert(field: str, value: object) -> object:
    return converter(FIELD_BY_NAME[field])(value)


@pytest.mark.parametrize(("cell", "value"), [
    ("45000", "45000"), ("45000.5", "45000.5"), ("45000.00", "45000.00"),
    ("$45,000.00", "45000.00"), ("45,000", "45000"), ("1,045,000.99", "1045000.99"), ("$ 45000", "45000"),
    ("45 000,00 $", "45000.00"), ("45\u00a0000,00\u00a0$", "45000.00"), ("45\u202f000,5", "45000.5"),
    ("45000,00", "45000.00"), ("45.000,00", "45000.00"), ("CAD 45000", "45000"), ("45000 CAD", "45000"),
    # Left as written, for the request to refuse by name:
    ("abc", "abc"), ("45,00,0", "45,00,0"), ("4.5e4", "4.5e4"), ("-45000", "-45000"), ("45000.001", "45000.001"),
    # Spreadsheet numbers, exactly as shown:
    (45000, Decimal("45000")), (45000.1, Decimal("45000.1")), (49999.99, Decimal("49999.99")),
    # Computed by a formula, stored with binary noise, shown (to 15 digits) and meant as a price in cents:
    (45000 * 1.13, Decimal("50850")), (30000.000000000004, Decimal("30000")),
    (50000.004999999997, Decimal("50000.005")),  # a half cent, as shown: the request refuses it
])
def test_amounts(cell: object, value: object) -> None:
    assert convert("price", cell) == value


@pytest.mark.parametrize(("field", "cell", "value"), [
    ("powertrain", "bev", "BEV"), ("powertrain", "VEB", "BEV"), ("powertrain", "Hybride rechargeable", "PHEV"),
    ("powertrain", "Électrique", "BEV"), ("powertrain", "XYZ", "XYZ"),
    ("powertrain", "Battery Electric Vehicle", "BEV"), ("powertrain", "Plug-In Hybrid Electric", "PHEV"),
    ("powertrain", "Fuel Cell Electric", "FCEV"), ("powertrain", "Hydrogen", "FCEV"),
    ("powertrain", "Hydrogène", "FCEV"),
    ("powertrain", "Hybrid Electric", "HEV"), ("powertrain", "Véhicule hybride rechargeable", "PHEV"),
    ("powertrain", "EV", "EV"),  # battery or plug-in? Not guessed: the request refuses it by name
    ("condition", "Neuf", "new"), ("condition", "Démo", "demonstrator"), ("condition", "Usagé", "used"),
    ("buyer", "Entreprise", "organization"), ("buyer", "Autopartage", "carsharing"),
    ("quota_position", "Hors contingent", "over"), ("fta_origin", "Oui", "yes"), ("fta_origin", "non", "no"),
    ("personal_import", "oui", "personal"), ("count_freight_pdi", "yes", True), ("count_freight_pdi", "Non", False),
    ("assembly", "CA", "CA"), ("assembly", "us", "us"), ("assembly", "Canada", "CA"), ("assembly", "États-Unis", "US"),
    ("assembly", "Mexique", "MX"), ("assembly", "South Korea", "KR"), ("assembly", "Corée du Sud", "KR"),
    ("assembly", "USA", "US"), ("assembly", "Deutschland", "Deutschland"), ("origin", "Chine", "CN"),
    ("model_year", "2026", 2026), ("model_year", 2026.0, 2026), ("model_year", "2026.5", "2026.5"),
    ("model_year", 2025.9999999999998, 2026),
    ("lease_months", " 39 ", 39), ("odometer", "12 000", 12000),
    ("odometer", "15000.0", 15000), ("odometer", "15000.00", 15000), ("odometer", "15000,0", 15000),
    ("odometer", "1.000", "1.000"), ("odometer", "1,000", "1,000"),  # a thousand, or one: the request refuses it
    ("odometer", "15000.5", "15000.5"), ("odometer", "15000.000", "15000.000"), ("model_year", "2026.0", 2026),
    ("sale_date", "2026-05-01", "2026-05-01"), ("sale_date", dt.datetime(2026, 5, 1), dt.date(2026, 5, 1)),
    ("sale_date", dt.date(2026, 5, 1), dt.date(2026, 5, 1)), ("sale_date", "2026-05-01 00:00:00", "2026-05-01"),
    ("sale_date", "2026-02-30", "2026-02-30"),  # the request says it is not a real date
    ("stock", 12345, "12345"), ("stock", 12345.0, "12345"), ("stock", "  A1 ", "A1"),
    ("vin", " 3GNKDBRJ0TS 100234 ", "3GNKDBRJ0TS100234"),
])
def test_other_kinds(field: str, cell: object, value: object) -> None:
    assert convert(field, cell) == value


@pytest.mark.parametrize(("cell", "value"), [
    ("Québec", "QC"), ("Quebec", "QC"), ("QUÉBEC", "QC"), ("Ontario", "ON"), ("Colombie-Britannique", "BC"),
    ("British Columbia", "BC"), ("Île-du-Prince-Édouard", "PE"), ("Nouveau-Brunswick", "NB"), ("Yukon", "YT"),
    ("Terre-Neuve-et-Labrador", "NL"), ("Territoires du Nord-Ouest", "NT"), ("QC", "QC"), ("CA-QC", "CA-QC"),
    ("Vermont", "Vermont"),  # not a province: as written, for the request to refuse by name
])
def test_a_province_by_its_name_in_english_or_french(cell: str, value: str) -> None:
    assert convert("province", cell) == value


@pytest.mark.parametrize("cell", ["0", "0.00", "$0", "0,00 $", " 0 ", 0, 0.0, Decimal("0.00")])
def test_a_price_of_zero_is_a_placeholder_refused_naming_it(cell: object) -> None:
    """A car not yet priced: as a price, 0 made it eligible for the whole rebate."""
    with pytest.raises(CellProblem, match=r"is not a sale price: leave the price empty until it is known") as raised:
        convert("price", cell)
    assert raised.value.code == "zero_price"


@pytest.mark.parametrize(("field", "cell", "value"), [("price", "0.01", "0.01"), ("price", 0.01, Decimal("0.01")),
                                                      ("options", "0", "0"), ("dealer_fees", 0, Decimal(0))])
def test_a_cent_is_a_price_and_other_parts_may_be_zero(field: str, cell: object, value: object) -> None:
    assert convert(field, cell) == value


@pytest.mark.parametrize("cell", ["5/1/2026", "01/05/2026", "May 1, 2026", "20260501", "2026-05-01 13:45", 46143])
def test_a_date_not_written_as_yyyy_mm_dd_is_refused_naming_it(cell: object) -> None:
    with pytest.raises(CellProblem, match=r"is not a real date in the form YYYY-MM-DD"):
        convert("sale_date", cell)
