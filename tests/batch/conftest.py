"""Stock lists made in the tests: CSV in UTF-8 (with and without a BOM), Windows-1252 and UTF-16, and XLSX
written with openpyxl, from rows of cells."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from stock_files import Rows, csv_bytes


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    def write(rows: Rows, name: str = "stock.csv", encoding: str = "utf-8", delimiter: str = ",") -> Path:
        path = tmp_path / name
        path.write_bytes(csv_bytes(rows, encoding, delimiter))
        return path

    return write


@pytest.fixture
def write_xlsx(tmp_path: Path) -> Callable[..., Path]:
    def write(rows: Rows, name: str = "stock.xlsx", title: str = "Stock") -> Path:
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = title
        for row in rows:
            sheet.append(list(row))
        path = tmp_path / name
        workbook.save(path)
        return path

    return write
