"""Matching a stock list's header: English and French names and their common spellings, title lines above
the header, two columns of one field, `--map` overrides, and a header that cannot be recognised."""

from __future__ import annotations

import pytest

from evdesk.batch import ColumnError, find_header, parse_map_option
from evdesk.batch.fields import ACTIVE_FIELDS, FIELD_BY_HEADER, FIELDS, header_key


def mapped(header: list[str], overrides: list[str] | None = None) -> dict[str, str | None]:
    columns = find_header(iter([(1, tuple(header))]), parse_map_option(overrides or []))
    return {c.header: c.field.name if c.field else None for c in columns.columns}


@pytest.mark.parametrize(("header", "field"), [
    ("VIN", "vin"), ("NIV", "vin"), ("Numéro de série", "vin"),
    ("Stock #", "stock"), ("Stock No.", "stock"), ("N° de stock", "stock"), ("No de stock", "stock"),
    ("Year", "model_year"), ("Année", "model_year"), ("ANNÉE MODÈLE", "model_year"), ("model_year", "model_year"),
    ("Make", "make"), ("Marque", "make"), ("Model", "model"), ("Modèle", "model"), ("Trim", "trim"),
    ("Version", "trim"), ("Finition", "trim"), ("Powertrain", "powertrain"), ("Motorisation", "powertrain"),
    ("Fuel type", "powertrain"), ("Price", "price"), ("Prix", "price"), ("Prix de vente", "price"),
    ("vehicle_price", "price"), ("Options", "options"), ("Accessoires", "accessories"),
    ("Dealer fees", "dealer_fees"), ("Frais d'administration", "dealer_fees"), ("Freight & PDI", "freight_pdi"),
    ("Transport et préparation", "freight_pdi"), ("Garantie prolongée", "warranty"),
    ("Pneus d'hiver", "winter_tires"), ("Borne de recharge", "charger"), ("Origin", "origin"),
    ("Pays de la marque", "origin"), ("Assembly", "assembly"), ("Pays d'assemblage", "assembly"),
    ("Made in", "assembly"), ("Sale date", "sale_date"), ("Date", "sale_date"), ("date", "sale_date"),
    ("Date de vente", "sale_date"), ("Claim date", "claim_date"), ("Date de réclamation", "claim_date"),
    ("Lease months", "lease_months"), ("Durée de location", "lease_months"), ("Odometer", "odometer"),
    ("Km", "odometer"), ("Kilométrage", "odometer"), ("Condition", "condition"), ("État", "condition"),
    ("Buyer", "buyer"), ("Acheteur", "buyer"), ("Prior incentives", "prior_incentives"),
    ("Incitatifs déjà reçus", "prior_incentives"), ("Quota position", "quota_position"),
    ("Contingent", "quota_position"), ("Rules of origin met", "fta_origin"), ("Règles d'origine", "fta_origin"),
    ("Personal import", "personal_import"), ("FOB price", "fob_price"), ("Prix FAB", "fob_price"),
    ("Count freight PDI", "count_freight_pdi"),
])
def test_header_names_in_english_and_french(header: str, field: str) -> None:
    assert mapped(["Stock #" if field != "stock" else "VIN", header])[header] == field


@pytest.mark.parametrize(("header", "field"), [
    # singular or plural, as dealer systems write them
    ("Admin fee", "dealer_fees"), ("Dealer fee", "dealer_fees"), ("Doc fees", "dealer_fees"),
    ("Documentation fee", "dealer_fees"), ("Fees", "dealer_fees"), ("Frais de dossier", "dealer_fees"),
    ("Accessory", "accessories"), ("Option", "options"), ("Options total", "options"),
    # a unit or a currency after the name
    ("Price (CAD)", "price"), ("Price ($)", "price"), ("Lease term (months)", "lease_months"),
    ("Durée de location (mois)", "lease_months"), ("Odometer (km)", "odometer"),
    ("Destination & PDI", "freight_pdi"), ("Frais de transport et PDI", "freight_pdi"),
    ("Prix affiché", "price"), ("Prix demandé", "price"), ("Asking price", "price"),
    ("N° stock", "stock"), ("No stock", "stock"), ("Unité", "stock"),
    # both languages in one header
    ("Year/Année", "model_year"), ("Make / Marque", "make"), ("NIV/VIN", "vin"), ("Stock # / N° de stock", "stock"),
    # and what must stay unread: another currency, another field in each half, a total, a financing term
    ("Price (USD)", None), ("Make/Model", None), ("Total", None), ("Total price", None), ("Term (months)", None),
    ("Amount", None),
])
def test_common_variants_of_a_name(header: str, field: str | None) -> None:
    assert mapped(["Stock #" if field != "stock" else "VIN", "Trim", header])[header] == field


def test_the_loose_spellings_take_no_field_from_another() -> None:
    """Each spelling, read loosely (plural, unit), still names its own field, and no two fields meet there."""
    from evdesk.batch.fields import _loose_key, field_for_header

    claimed: dict[str, str] = {}
    for field in ACTIVE_FIELDS:
        for spelling in (field.name, *field.headers):
            assert field_for_header(spelling) is field, spelling
            assert claimed.setdefault(_loose_key(header_key(spelling)), field.name) == field.name, spelling


def test_every_field_is_reachable_by_its_own_name_and_check_option() -> None:
    for field in ACTIVE_FIELDS:
        assert mapped(["Stock #" if field.name != "stock" else "VIN", field.name])[field.name] == field.name


def test_no_two_fields_share_a_spelling() -> None:
    claimed: dict[str, str] = {}
    for field in FIELDS:
        for spelling in {header_key(s) for s in (field.name, field.request or field.name, *field.headers)}:
            assert claimed.setdefault(spelling, field.name) == field.name, spelling


def test_the_provincial_fields_wait_for_the_request_to_have_them() -> None:
    from evdesk.rules.request import SaleRequest

    for name in ("province", "msrp", "registration_date", "battery_kwh"):
        assert any(f.name == name for f in FIELDS)
        assert any(f.name == name for f in ACTIVE_FIELDS) == (name in SaleRequest.model_fields)


def test_unknown_columns_are_left_out_and_listed() -> None:
    columns = find_header(iter([(1, ("Stock #", "Colour", "Price", "Lot"))]))
    assert [c.header for c in columns.unused] == ["Colour", "Lot"]


@pytest.mark.parametrize("header", ["Term", "Terme", "Finance term"])
def test_a_term_alone_is_not_taken_for_a_lease(header: str) -> None:
    """A financing term read as a lease's would pay a 36-month loan three quarters of the rebate."""
    assert mapped(["Stock #", "Price", header])[header] is None
    assert mapped(["Stock #", "Price", "Lease term"])["Lease term"] == "lease_months"
    assert mapped(["Stock #", "Price", "Terme de location"])["Terme de location"] == "lease_months"


def test_title_lines_above_the_header_are_skipped() -> None:
    rows = iter([(1, ("Dealer inventory, March 2026",)), (2, ()), (3, ("Stock #", "Prix", "Marque")),
                 (4, ("A1", "45000", "Kia"))])
    columns = find_header(rows)
    assert columns.header_row == 3
    assert next(rows) == (4, ("A1", "45000", "Kia")), "the rows after the header are left to read"


def test_two_columns_of_one_field_use_the_first_and_say_so() -> None:
    columns = find_header(iter([(1, ("Year", "Model year", "Price"))]))
    assert columns.column_of("model_year").header == "Year"
    assert columns.unused[0].header == "Model year" and "“Year” is used" in columns.unused[0].note


def test_map_overrides_what_was_recognised() -> None:
    assert mapped(["Stock #", "Prix", "Prix affiché", "Couleur"], ["Prix affiché=price", "Prix=-"]) == {
        "Stock #": "stock", "Prix": None, "Prix affiché": "price", "Couleur": None}
    # A mapped column takes the field from a recognised one.
    assert mapped(["Price", "Net"], ["Net=price"]) == {"Price": None, "Net": "price"}
    # Columns are named as written, in any case, and fields by name, check option or request name.
    assert mapped(["STOCK #", "Net"], ["stock #=stock", "Net=vehicle_price"])["Net"] == "price"


@pytest.mark.parametrize(("item", "message"), [
    ("Prix", "--map: 'Prix' is not COLUMN=FIELD"),
    ("=price", "is not COLUMN=FIELD"),
    ("Prix=colour", "--map: 'colour' is not a field; use one of: vin, stock, model_year"),
])
def test_a_bad_map_is_refused_naming_it(item: str, message: str) -> None:
    with pytest.raises(ColumnError, match=message):
        parse_map_option([item])


def test_a_map_naming_a_column_that_is_not_there_is_refused() -> None:
    with pytest.raises(ColumnError, match=r"--map: no column 'Prix net' in the header \(its columns: Stock #, Prix\)"):
        find_header(iter([(1, ("Stock #", "Prix"))]), parse_map_option(["Prix net=price"]))


def test_no_recognisable_header_is_one_line_showing_the_first_row() -> None:
    with pytest.raises(ColumnError) as error:
        find_header(iter([(n, ("alpha", "beta", "gamma")) for n in range(1, 30)]), name="stock.csv")
    message = str(error.value)
    assert message.startswith("stock.csv: no recognisable header") and "alpha, beta, gamma" in message
    assert "\n" not in message
    with pytest.raises(ColumnError, match="it has no rows"):
        find_header(iter([]))


def test_a_one_column_list_of_vins_is_a_header() -> None:
    """`evdesk batch vins.csv --powertrain bev --price 45000`: one recognised column is enough when it is the
    only one."""
    assert mapped(["VIN"]) == {"VIN": "vin"}


def test_without_a_header_a_letter_is_never_taken_for_a_name() -> None:
    """Column MY of a wide list without a header is not a model year, nor KM an odometer: only --map names."""
    from openpyxl.utils.cell import get_column_letter

    from evdesk.batch.columns import lettered_header
    from evdesk.batch.sources import Rows

    letters = [get_column_letter(i) for i in range(1, 400)]
    assert {"KM", "MY"} <= set(letters) and header_key("MY") in FIELD_BY_HEADER  # names of fields, as headers
    cells = tuple(f"v{i}" for i in range(len(letters)))
    rows = Rows(iter([(1, cells), (2, cells)]))
    mapping = lettered_header(rows, parse_map_option(["B=price"]))
    assert mapping.headerless and mapping.header_row == 0
    assert [(c.header, c.field.name) for c in mapping.used if c.field] == [("B", "price")]
    assert [number for number, _ in rows] == [1, 2]  # the first row is read as a vehicle


@pytest.mark.parametrize("header", [("VIN",), ("Stock #", "Price")])
def test_a_damaged_row_read_ahead_is_raised_where_it_lies(header: tuple[str, ...]) -> None:
    """The header search reads a few rows past the header; a damage there is said after the rows before it."""
    from evdesk.batch.sources import Rows, StockListError

    def source():
        yield 1, header
        yield 2, tuple("1HGCM82633A004352" if i == 0 else "45000" for i in range(len(header)))
        raise StockListError("stock.csv: row 3 cannot be read", "row_unreadable", name="stock.csv", row=3)

    rows = Rows(source())
    columns = find_header(rows)
    assert columns.header_row == 1
    assert next(rows)[0] == 2
    with pytest.raises(StockListError, match="row 3 cannot be read"):
        next(rows)
