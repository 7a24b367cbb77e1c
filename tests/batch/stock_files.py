"""Stock lists made in the tests: CSV bytes in any encoding and separator, from rows of cells."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

Rows = Sequence[Sequence[object]]

# A small, readable stock list with French headers, as a Québec dealer's export would have them.
FRENCH_HEADER = ["N° de stock", "NIV", "Année", "Marque", "Modèle", "Motorisation", "Prix", "Assemblage",
                 "Date de vente"]
ENGLISH_HEADER = ["Stock #", "VIN", "Year", "Make", "Model", "Powertrain", "Price", "Assembly", "Sale date"]


def csv_bytes(rows: Rows, encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return text.getvalue().encode(encoding)
