"""The inventory window's words that name things: each stock-list field, each status, each reason for a
refusal in a few words (for the summary's counts). Translated when shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from evdesk.batch import Status, StockList

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`


def field_labels() -> dict[str, str]:
    """A stock-list field's name for the column-mapping panel, by its batch name."""
    return {
        "vin": translate("InventoryFields", "VIN"),
        "stock": translate("InventoryFields", "Stock number"),
        "model_year": translate("InventoryFields", "Model year"),
        "make": translate("InventoryFields", "Make"),
        "model": translate("InventoryFields", "Model"),
        "trim": translate("InventoryFields", "Trim"),
        "powertrain": translate("InventoryFields", "Powertrain"),
        "price": translate("InventoryFields", "Vehicle price"),
        "options": translate("InventoryFields", "Options"),
        "accessories": translate("InventoryFields", "Accessories"),
        "dealer_fees": translate("InventoryFields", "Dealer fees"),
        "freight_pdi": translate("InventoryFields", "Freight and PDI"),
        "warranty": translate("InventoryFields", "Extended warranty"),
        "winter_tires": translate("InventoryFields", "Winter tires"),
        "charger": translate("InventoryFields", "Charger"),
        "origin": translate("InventoryFields", "Brand's home country"),
        "assembly": translate("InventoryFields", "Final assembly in"),
        "sale_date": translate("InventoryFields", "Sale date"),
        "claim_date": translate("InventoryFields", "Claim date"),
        "lease_months": translate("InventoryFields", "Lease term (months)"),
        "odometer": translate("InventoryFields", "Odometer (km)"),
        "condition": translate("InventoryFields", "Condition"),
        "buyer": translate("InventoryFields", "Buyer"),
        "prior_incentives": translate("InventoryFields", "Incentives already received"),
        "quota_position": translate("InventoryFields", "China EV quota"),
        "fta_origin": translate("InventoryFields", "FTA rules of origin met"),
        "personal_import": translate("InventoryFields", "Personal import"),
        "fob_price": translate("InventoryFields", "FOB price"),
        "count_freight_pdi": translate("InventoryFields", "Count freight and PDI"),
        "province": translate("InventoryFields", "Province"),
        "msrp": translate("InventoryFields", "MSRP"),
        "msrp_options": translate("InventoryFields", "Manufacturer's option groups"),
        "registration_date": translate("InventoryFields", "Registration date"),
        "battery_kwh": translate("InventoryFields", "Battery (kWh)"),
    }


def status_words() -> dict[Status, tuple[str, str]]:
    """Each status as a symbol and words: it reads without colour, and to a screen reader."""
    return {
        Status.ELIGIBLE: ("✓", translate("Inventory", "Eligible")),
        Status.PRICE_DROP: ("↓", translate("Inventory", "Eligible at a lower price")),
        Status.NOT_ELIGIBLE: ("✗", translate("Inventory", "Not eligible")),
        Status.NOT_KNOWN: ("?", translate("Inventory", "Not known")),
        Status.PROBLEM: ("⚠", translate("Inventory", "Problem in the row")),
    }


def reason_names() -> dict[str, str]:
    """The rebate criterion that decided a refusal, in a few words, by its rule id."""
    return {
        "evap.program_dates": translate("InventoryReasons", "Sale date outside the program"),
        "evap.powertrain": translate("InventoryReasons", "Powertrain does not qualify"),
        "evap.new_vehicle": translate("InventoryReasons", "Not a new vehicle"),
        "evap.assembly": translate("InventoryReasons", "Where it was assembled"),
        "evap.price_cap": translate("InventoryReasons", "Over the price cap"),
        "evap.lease_term": translate("InventoryReasons", "Lease too short"),
        "evap.recipient_limit": translate("InventoryReasons", "Buyer's limit reached"),
        "evap.claim_date": translate("InventoryReasons", "Claim date outside the program"),
    }


def file_kind(stock: StockList) -> str:
    """How the file was read, in words: "CSV, UTF-8, comma-separated" or "XLSX, sheet “Stock”"."""
    if stock.format == "xlsx":
        return translate("Inventory", "XLSX, sheet “{sheet}”").format(sheet=stock.sheet or "")
    encodings = {"utf-8": "UTF-8", "utf-8-sig": translate("Inventory", "UTF-8 with a BOM"), "utf-16": "UTF-16",
                 "cp1252": "Windows-1252"}
    separators = {",": translate("Inventory", "comma-separated"), ";": translate("Inventory", "semicolon-separated"),
                  "\t": translate("Inventory", "tab-separated")}
    return translate("Inventory", "CSV, {encoding}, {separator}").format(
        encoding=encodings.get(stock.encoding or "", stock.encoding or ""),
        separator=separators.get(stock.separator or "", ""))


def file_problem_texts() -> dict[str, str]:
    """Why a stock list cannot be checked, by the reader's code (evdesk.batch.sources), in the window's language;
    {name} is the file's name. A code not here is shown in the reader's English."""
    return {
        "no_such_file": translate("InventoryFile", "{name} is not there any more."),
        "is_a_folder": translate("InventoryFile", "{name} is a folder, not a stock list."),
        "cannot_be_read": translate("InventoryFile", "{name} cannot be read ({reason})."),
        "is_xls": translate("InventoryFile", "{name} is an Excel 97-2003 workbook (.xls), which is not read: save "
                                             "it as CSV or XLSX."),
        "is_pdf": translate("InventoryFile", "{name} is a PDF, not a stock list: save the list as CSV or XLSX."),
        "is_empty": translate("InventoryFile", "{name} is empty."),
        "shown_sheet_empty": translate("InventoryFile", "The sheet shown when {name} was saved, “{sheet}”, is "
                                                        "empty; the list is on another ({others}): show that sheet, "
                                                        "save the workbook and check it again."),
        "is_binary": translate("InventoryFile", "{name} is not a CSV or XLSX file: save the list as CSV or XLSX."),
        "bad_bytes": translate("InventoryFile", "{name} is not readable {encoding} (bad bytes at offset {offset}): "
                                                "save it as CSV UTF-8."),
        "utf8_but_for": translate("InventoryFile", "{name} is UTF-8 except for one byte on line {line}, which is "
                                                   "not: fix or retype that line, or save the file again as CSV "
                                                   "UTF-8."),
        "unreadable_encoding": translate("InventoryFile", "{name} is neither UTF-8 nor Windows-1252 text: save it "
                                                          "as CSV UTF-8."),
        "row_unreadable": translate("InventoryFile", "Row {row} of {name} cannot be read ({reason})."),
        "quote_left_open": translate("InventoryFile", "Row {row} of {name} opens a quote (\") that is never "
                                                      "closed, so the {lines} lines after it would be read into one "
                                                      "cell: close or remove that quote."),
        "quote_left_open/one": translate("InventoryFile", "Row {row} of {name} opens a quote (\") that is never "
                                                          "closed, so the line after it would be read into one "
                                                          "cell: close or remove that quote."),
        "quote_left_open/none": translate("InventoryFile", "Row {row} of {name} opens a quote (\") that is never "
                                                           "closed, so the rest of that row would be read into one "
                                                           "cell: close or remove that quote."),
        "quote_runs_over_rows": translate("InventoryFile", "Row {row} of {name} opens a quote (\") that runs over "
                                                           "{lines} more lines that look like rows of their own: "
                                                           "close the quote on its own line."),
        "quote_runs_over_rows/one": translate("InventoryFile", "Row {row} of {name} opens a quote (\") that runs "
                                                               "over 1 more line that looks like a row of its own: "
                                                               "close the quote on its own line."),
        "damaged_zip": translate("InventoryFile", "{name} is a damaged ZIP or XLSX file."),
        "is_ods": translate("InventoryFile", "{name} is an OpenDocument spreadsheet (.ods), which is not read: "
                                             "save it as CSV or XLSX."),
        "zip_not_xlsx": translate("InventoryFile", "{name} is a ZIP file, not an XLSX workbook."),
        "xlsx_unreadable": translate("InventoryFile", "{name} is not a readable XLSX workbook."),
        "no_worksheet": translate("InventoryFile", "{name} has no worksheet."),
    }


def file_problem_text(code: str, params: dict[str, object], english: str) -> str:
    texts = file_problem_texts()
    # "1 more line", not "lines"; and a quote left open on the last line takes only the rest of that row
    variant = {1: "/one", 0: "/none"}.get(params.get("lines"))  # type: ignore[call-overload]
    template = (texts.get(code + variant) if variant else None) or texts.get(code)
    if template is None:
        return english
    try:
        return template.format_map(params)
    except (KeyError, IndexError, ValueError):
        return english
