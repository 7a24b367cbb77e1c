"""Which column holds which field: found from the header's names, or as the user says (`--map`).

The header is the first row, among the first few, in which the names are recognised; title lines above
it are skipped. Two columns with names of the same field: the first is used and the other is reported,
not silently merged. A name the user maps wins over what was recognised.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from evdesk.batch.cells import cell_text, is_blank
from evdesk.batch.fields import ACTIVE_FIELDS, Field, field_for_header, field_named, header_key
from evdesk.batch.sources import Cells, Rows, StockListError

HEADER_SEARCH_ROWS = 10  # how far down a title block may push the header
TITLE_LOOKAHEAD = 5  # rows read past a header found, looking for a fuller one below (a title, report lines)
IGNORE = ("-", "ignore", "none")  # `--map Colour=-`: leave that column out


class ColumnError(StockListError):
    """The header or a `--map` cannot be used; one line."""


@dataclass(frozen=True)
class Column:
    index: int
    header: str  # as written in the file
    field: Field | None  # None: not used
    note: str = ""  # why not used, when it has a field's name ("also named price: column C is used")


@dataclass(frozen=True)
class ColumnMap:
    header_row: int  # as a spreadsheet numbers it; in a list without a header, the row above its first vehicle
    columns: tuple[Column, ...]  # every header cell, in order
    headerless: bool = False  # the first row is a vehicle: the columns are named by their letters

    @property
    def used(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.field is not None)

    @property
    def unused(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.field is None and c.header)

    def column_of(self, field_name: str) -> Column | None:
        return next((c for c in self.used if c.field is not None and c.field.name == field_name), None)

    def with_field(self, index: int, field: Field | None) -> ColumnMap:
        """The same map with column `index` set to `field` (and any other column of that field unset)."""
        columns = []
        for column in self.columns:
            if column.index == index:
                columns.append(Column(column.index, column.header, field))
            elif field is not None and column.field is field:
                columns.append(Column(column.index, column.header, None))
            else:
                columns.append(column)
        return replace(self, columns=tuple(columns))


class Overrides(dict[str, Field | None]):
    """The user's `--map`: header key → field (None: leave the column out), remembering how each column
    was written, to name it in a message."""

    def __init__(self) -> None:
        super().__init__()
        self.written: dict[str, str] = {}

    def set(self, column: str, field: Field | None) -> None:
        key = header_key(column)
        self[key] = field
        self.written[key] = column.strip()


def parse_map_option(items: list[str]) -> Overrides:
    """`COLUMN=FIELD` items (FIELD `-` leaves the column out)."""
    overrides = Overrides()
    for item in items:
        column, equals, name = item.rpartition("=")
        if not equals or not column.strip() or not name.strip():
            raise ColumnError(f"--map: '{item}' is not COLUMN=FIELD (e.g. --map \"Stock #=stock\")")
        if name.strip().lower() in IGNORE:
            overrides.set(column, None)
            continue
        field = field_named(name)
        if field is None:
            names = ", ".join(f.name for f in ACTIVE_FIELDS)
            raise ColumnError(f"--map: '{name.strip()}' is not a field; use one of: {names}")
        overrides.set(column, field)
    return overrides


def _recognised(cells: Cells, overrides: Mapping[str, Field | None]) -> int:
    texts = [cell_text(c) for c in cells if not is_blank(c)]
    return sum(1 for text in texts if overrides.get(header_key(text), field_for_header(text)) is not None)


def _map_header(row: int, cells: Cells, overrides: Mapping[str, Field | None], recognise: bool = True) -> ColumnMap:
    headers = [cell_text(c) if not is_blank(c) else "" for c in cells]
    keys = [header_key(h) for h in headers]
    # The user's choices first, so a recognised name cannot take a field the user gave another column. A name
    # the header gives two columns is one choice: the first of them, as without --map.
    chosen: dict[int, Field | None] = {}
    for index, key in enumerate(keys):
        if key and key in overrides and key not in keys[:index]:
            chosen[index] = overrides[key]
    taken: dict[str, int] = {}
    for index, field in chosen.items():
        if field is not None and field.name in taken:
            raise ColumnError(f"--map: “{headers[taken[field.name]]}” and “{headers[index]}” are both mapped to "
                              f"{field.name}: a field is read from one column")
        if field is not None:
            taken[field.name] = index
    columns = []
    for index, (header, key) in enumerate(zip(headers, keys, strict=True)):
        if index in chosen:
            columns.append(Column(index, header, chosen[index]))
            continue
        if key and key in overrides:  # a second column of that name: left out as the first was, or not read
            chosen_field = overrides[key]
            note = f"also {chosen_field.name}: “{headers[keys.index(key)]}” is used" if chosen_field else ""
            columns.append(Column(index, header, None, note))
            continue
        field = field_for_header(header) if key and recognise else None
        if field is not None and field.name in taken:
            first = headers[taken[field.name]]
            columns.append(Column(index, header, None, f"also {field.name}: “{first}” is used"))
            continue
        if field is not None:
            taken[field.name] = index
        columns.append(Column(index, header, field))
    return ColumnMap(row, tuple(columns))


def find_header(rows: Iterator[tuple[int, Cells]], overrides: Mapping[str, Field | None] | None = None,
                name: str = "the stock list") -> ColumnMap:
    """Read rows up to the header and map it. The rows after it are left in `rows`; when no header is found,
    a `Rows` stream gets back what was read (the window then offers those columns to map by hand)."""
    overrides = overrides or {}
    seen: list[str] = []
    read: list[tuple[int, Cells]] = []
    for number, cells in rows:
        read.append((number, cells))
        if all(is_blank(c) for c in cells):
            continue
        filled = [c for c in cells if not is_blank(c)]
        found = _recognised(cells, overrides)
        if found >= min(2, len(filled)) and found > 0:
            if isinstance(rows, Rows):
                names = 2 if len(filled) == 1 else max(found, 2) + 1
                number, cells = _header_below(rows, overrides, names) or (number, cells)
            mapping = _map_header(number, cells, overrides)
            _check_overrides_found(mapping, overrides)
            if isinstance(rows, Rows):
                rows.header_at(mapping.header_row, _identity_columns(mapping))
            return mapping
        seen.append(", ".join(cell_text(c) for c in filled[:6]))
        if len(seen) >= HEADER_SEARCH_ROWS:
            break
    if isinstance(rows, Rows):
        rows.put_back(read)
    got = f" (its first row: {seen[0][:120]})" if seen else " (it has no rows)"
    raise ColumnError(f"{name}: no recognisable header: expected column names such as VIN, Stock #, Year, Make, "
                      f"Model, Powertrain, Price{got}; name them with --map COLUMN=FIELD, or, if the first row is a "
                      f"vehicle, with --no-header and their letters (--map B=price)")


def _header_below(rows: Rows, overrides: Mapping[str, Field | None], names: int) -> tuple[int, Cells] | None:
    """The first of the next few rows to name `names` fields or more: the real header below a one-cell title
    such as "Inventaire" (two names), or below report lines such as "Date:, 2026-05-01, Province:, QC" whose
    two names made them look like one (more names than those, and at least three). Without one, the rows
    read go back: the row first found is the header after all (a one-column list of VINs, say)."""
    ahead: list[tuple[int, Cells]] = []
    filled = 0
    try:
        for row in rows:
            if _recognised(row[1], overrides) >= names:
                return row
            ahead.append(row)
            filled += not all(is_blank(c) for c in row[1])  # blank rows between a title and its header are free
            if filled >= TITLE_LOOKAHEAD or len(ahead) >= HEADER_SEARCH_ROWS * 5:
                break
    except StockListError as error:  # a damaged row among the first vehicles: said when it is reached
        rows.fail_later(error)
    rows.put_back(ahead)
    return None


def first_row_unmapped(rows: Iterator[tuple[int, Cells]]) -> ColumnMap | None:
    """The first non-blank row as a header none of whose columns is read: for a list whose header names no
    field, so that the user can say in the window what each column holds. None for a list with no rows."""
    for number, cells in rows:
        if all(is_blank(c) for c in cells):
            continue
        return ColumnMap(number, tuple(Column(i, cell_text(c) if not is_blank(c) else "", None)
                                       for i, c in enumerate(cells)))
    return None


def lettered_header(rows: Rows, overrides: Mapping[str, Field | None] | None = None,
                    name: str = "the stock list") -> ColumnMap:
    """A list without a header (`evdesk batch --no-header`): every row is a vehicle, and the columns are named
    by their letters, as a spreadsheet shows them, for `--map B=price`. The rows read go back to `rows`."""
    overrides = overrides or {}
    read: list[tuple[int, Cells]] = []
    for number, cells in rows:
        read.append((number, cells))
        if not all(is_blank(c) for c in cells):
            break
    rows.put_back(read)
    if not read or all(is_blank(c) for c in read[-1][1]):
        raise ColumnError(f"{name}: it has no rows")
    number, cells = read[-1]
    # As wide as the first vehicle or the furthest letter --map names: a first car not yet priced leaves
    # its last cells empty, and a spreadsheet or a CSV may then drop them.
    named = [index + 1 for key in overrides if (index := _letter_index(key)) is not None]
    width = max([len(cells), *named])
    # Letters are only ever what --map names: column MY is not a model year, nor KM an odometer.
    mapping = _map_header(number - 1, tuple(_letter(index) for index in range(width)), overrides, recognise=False)
    _check_overrides_found(mapping, overrides, "a list without a header")
    rows.header_at(number - 1, _identity_columns(mapping))
    return replace(mapping, headerless=True)


IDENTITY_FIELDS = frozenset({"stock", "vin"})  # one car's own: never filled from a merged cell above


def _identity_columns(mapping: ColumnMap) -> frozenset[int]:
    return frozenset(c.index for c in mapping.columns if c.field is not None and c.field.name in IDENTITY_FIELDS)


def _letter_index(key: str) -> int | None:
    """Column "F" (or "f", as a --map key is kept) as 5; None for what is not a column's letters."""
    from openpyxl.utils.cell import column_index_from_string

    if not (key.isascii() and key.isalpha() and len(key) <= 3):
        return None
    try:
        return column_index_from_string(key.upper()) - 1
    except ValueError:  # past XFD, the last column a spreadsheet has
        return None


def _letter(index: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return get_column_letter(index + 1)


def without_header(first_row: ColumnMap, width: int = 0) -> ColumnMap:
    """A list whose first row, read as its header, is a vehicle: that row is read as one, and each column is
    named by its letter, as a spreadsheet shows it ("C"), to be mapped by hand. Fields already chosen stay.
    `width`: a later row's, when wider than the first (a first car without a price leaves its last cells)."""
    fields = {c.index: c.field for c in first_row.columns}
    return ColumnMap(first_row.header_row - 1, tuple(Column(index, _letter(index), fields.get(index))
                                                     for index in range(max(width, len(first_row.columns)))),
                     headerless=True)


def _check_overrides_found(mapping: ColumnMap, overrides: Mapping[str, Field | None],
                           where: str = "the header") -> None:
    present = {header_key(c.header) for c in mapping.columns}
    for key in overrides:
        if key not in present:
            written = overrides.written.get(key, key) if isinstance(overrides, Overrides) else key
            headers = ", ".join(c.header for c in mapping.columns if c.header)
            raise ColumnError(f"--map: no column '{written}' in {where} (its columns: {headers})")
