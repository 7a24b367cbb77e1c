"""One row of a stock list as a `SaleRequest`, or as the problems that stop it being one, each naming its
column.

What a row does not say comes from the defaults (the options given for the whole list), then from the
assumptions (what `evdesk check` assumes, and the sale date); the fields that took an assumption are
recorded, so the summary can say how many rows rest on it. The request's own validation judges every
value, so a row's problems read as `evdesk check`'s do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import ValidationError

from evdesk.batch.cells import CellProblem, cell_text, converter
from evdesk.batch.columns import Column, ColumnMap
from evdesk.batch.fields import header_key
from evdesk.batch.sources import FORMULA_NOT_SAVED
from evdesk.rules.request import FieldProblem, SaleRequest, field_problems
from evdesk.terms import Condition


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a row cannot be answered: the column (as its header is written; "" for the whole row), the
    field it was read as, and what is wrong: in English (as the CLI and the files say it), and as the
    request's code and parameters when the request refused it, so the window can word it in its language."""

    column: str
    field: str
    message: str
    problem: FieldProblem | None = None

    def text(self) -> str:
        return f"{self.column}: {self.message}" if self.column else self.message


@dataclass(frozen=True, slots=True)
class RowRequest:
    row: int  # as a spreadsheet numbers it
    vin: str | None  # as written, so a malformed one is still shown
    stock: str | None
    request: SaleRequest | None  # None when the row has problems
    problems: tuple[Problem, ...]
    assumed: tuple[str, ...]  # request fields that took an assumption: neither the row nor an option gave them
    vehicle: str = ""  # year, make, model and trim as written, so even a bad row says which vehicle it is


def _is_empty(cells: tuple[object, ...]) -> bool:
    return all(cell is None or (cell.__class__ is str and (not cell or cell.isspace())) for cell in cells)  # type: ignore[attr-defined]


# What a list's totals or subtotal line says instead of a vehicle (as compared: no case, no accents).
_ASCII_DIGIT = re.compile("[0-9]")
TOTAL_WORDS = frozenset({"total", "totals", "grand total", "subtotal", "sub total", "sous total", "totaux",
                         "total general", "grand totaux"})


def _is_totals(cells: tuple[object, ...]) -> bool:
    """A totals line ("Total", "", "", "91000"): its first cell says so and no other cell holds a word. Not a
    vehicle: answered as one, with the options' powertrain, it was counted among the cars."""
    first = next((c for c in cells if not (c is None or (c.__class__ is str and (not c or c.isspace())))), None)
    # A digit is kept by `header_key`, and no totals word has one: a stock number is never compared.
    if (first.__class__ is not str or len(first) > 20 or _ASCII_DIGIT.search(first)  # type: ignore[arg-type]
            or header_key(first) not in TOTAL_WORDS):
        return False
    words = [c for c in cells if c.__class__ is str and any(ch.isalpha() for ch in c)]  # type: ignore[union-attr]
    return len(words) == 1


def request_problems(error: ValidationError) -> dict[str, FieldProblem]:
    """The request's refusals by request field, as codes with parameters (the one place that reads them)."""
    return field_problems(error)


class RowReader:
    """Turns rows into requests under one column map, one set of defaults and one set of assumptions.

    `separated`: the list is separated text (a CSV), where a row wider than its header most likely holds a
    separator inside a value, so its cells may have shifted, and it is refused. In a workbook (False) a cell
    right of the header is a note typed beside the row: it is not read, and `rows_with_notes` counts them."""

    def __init__(self, columns: ColumnMap, defaults: Mapping[str, object] | None = None,
                 assumptions: Mapping[str, object] | None = None, separated: bool = True):
        self.columns = columns
        self.separated = separated
        self.rows_with_notes = 0
        self.defaults = dict(defaults or {})
        self.assumptions = dict(assumptions or {})
        self._width = len(columns.columns)
        # Only the columns that feed the request, with their fields, looked up once.
        self._feeding = [(c.index, c, c.field, c.field.request, converter(c.field))
                         for c in columns.used if c.field is not None and c.field.request]
        self._column_of_request = {request: c for _, c, _, request, _ in self._feeding}
        vin, stock = columns.column_of("vin"), columns.column_of("stock")
        self._vin = vin.index if vin is not None else None
        self._stock = stock.index if stock is not None else None
        self._vehicle = [c.index for name in ("model_year", "make", "model", "trim")
                         if (c := columns.column_of(name)) is not None]
        self.empty_rows = 0  # skipped, and counted for the summary

    def __reduce__(self) -> tuple[type[RowReader], tuple[ColumnMap, dict[str, object], dict[str, object], bool]]:
        """A spawned worker process gets the reader afresh from what it was made of (its converters are
        closures, built again there); its counts start at none, as the worker's share does."""
        return RowReader, (self.columns, self.defaults, self.assumptions, self.separated)

    def read(self, number: int, cells: tuple[object, ...]) -> RowRequest | None:
        """The row's request or problems; None for an empty row (skipped, as a spreadsheet's blank line)."""
        if _is_empty(cells):
            self.empty_rows += 1
            return None
        width = len(cells)
        problems: list[Problem] = []
        if _is_totals(cells):
            totals = FieldProblem("row", "totals_row", {})
            return RowRequest(number, None, None, None, (Problem("", "row", str(totals), totals),), (), "")
        # Without a header there is no width to hold a row to: its cells past the columns mapped are not read.
        if width > self._width and not self.columns.headerless and not _is_empty(cells[self._width:]):
            if self.separated:
                wide = FieldProblem("row", "row_too_wide", {"cells": width, "columns": self._width})
                problems.append(Problem("", "row", str(wide), wide))
            else:
                self.rows_with_notes += 1
        values: dict[str, object] = {}
        for index, column, field, request_field, convert in self._feeding:
            raw = cells[index] if index < width else None
            if raw is None or raw == "" or (raw.__class__ is str and raw.isspace()):  # type: ignore[attr-defined]
                continue
            if raw is FORMULA_NOT_SAVED:
                unsaved = FieldProblem(request_field, "formula_not_saved", {})
                problems.append(Problem(column.header, field.name, str(unsaved), unsaved))
                continue
            try:
                values[request_field] = convert(raw)
            except CellProblem as problem:
                problems.append(Problem(column.header, field.name, str(problem),
                                        FieldProblem(request_field, problem.code, problem.params)))
        vin = cell_text(cells[self._vin]) if self._vin is not None and self._vin < width else None
        stock = cell_text(cells[self._stock]) if self._stock is not None and self._stock < width else None
        vin, stock = vin or None, stock or None
        vehicle = " ".join(text for i in self._vehicle if i < width and (text := cell_text(cells[i])))
        if problems:
            return RowRequest(number, vin, stock, None, tuple(problems), (), vehicle)

        fields = {**self.defaults, **values}
        assumed = tuple(name for name in self.assumptions if name not in fields)
        for name in assumed:
            fields[name] = self.assumptions[name]
        try:
            request = SaleRequest.model_validate(fields)
            if "condition" not in fields and request.odometer_km:
                # Driven and not said to be new: a demonstrator, as `evdesk check --odometer` takes it. Judged
                # on the odometer as the request reads it, whatever the cell's form ("15000.0" is 15,000 km).
                # No rule of the request ties the condition to another field, so the request validated
                # with "demonstrator" is this one with its condition changed: not validated a second time.
                request = request.model_copy(update={"condition": Condition.DEMONSTRATOR})
        except ValidationError as error:
            return RowRequest(number, vin, stock, None, self._problems(error, values), (), vehicle)
        return RowRequest(number, vin, stock, request, (), assumed, vehicle)

    def _problems(self, error: ValidationError, values: Mapping[str, object]) -> tuple[Problem, ...]:
        problems = []
        for request_field, problem in request_problems(error).items():
            column: Column | None = self._column_of_request.get(request_field)
            if column is not None and request_field in values:
                problems.append(Problem(column.header, column.field.name if column.field else request_field,
                                        str(problem), problem))
            else:  # from an option or an assumption, refused only with this row (a claim date before the sale)
                problems.append(Problem("", request_field, str(problem), problem))
        return tuple(problems)
