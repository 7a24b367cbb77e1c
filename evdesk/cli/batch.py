"""`evdesk batch`: a whole stock list (CSV or XLSX) answered row by row, to a CSV or XLSX file, as JSON
Lines on stdout, or (with neither) as CSV on stdout. A summary goes to stderr.

Every `evdesk check` option may be given: it applies to every row that does not say otherwise. Where
neither the row nor an option says, the batch assumes what `evdesk check` assumes, and the summary says
how many rows rest on each assumption. A bad row never stops the batch; a file that cannot be read at all
exits 2 with one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pydantic import ValidationError

from evdesk.assumptions import ASSUMED
from evdesk.cli.check import OPTION_FOR_FIELD, add_check_options
from evdesk.cli.common import InputError, load_policy_option

if TYPE_CHECKING:
    from evdesk.batch import ColumnMap, RowReader, StockList, Tally
    from evdesk.batch.parallel import Counted

T = TypeVar("T")

PROGRESS_EVERY = 100  # rows between progress bar updates
KEY_FIELDS = ("powertrain", "price", "assembly")  # without these (or an option), every answer is not known


def register(commands: argparse._SubParsersAction) -> None:
    batch = commands.add_parser(
        "batch", help="check a whole stock list (CSV or XLSX)",
        description="Answer every row of a stock list. Options describing a sale apply to every row that "
                    "does not give its own value.")
    batch.add_argument("file", type=Path, metavar="FILE", help="the stock list: CSV (UTF-8 or Windows-1252) or XLSX")
    batch.add_argument("--out", type=Path, metavar="RESULT", help="write the results to RESULT.csv or RESULT.xlsx")
    batch.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                       help="read COLUMN as FIELD (e.g. \"Stock #=stock\"; FIELD - leaves a column out)")
    batch.add_argument("--no-header", action="store_true",
                       help="the first row is a vehicle: name the columns by their letters (--map B=price)")
    add_check_options(batch)
    for action in batch._actions:
        if action.dest == "json":
            action.help = "one JSON object per row on stdout (JSON Lines), instead of --out"
        if action.dest == "date":
            action.help = "sale or lease contract date, for rows without one (default: today)"
    batch.set_defaults(handler=run_batch)


# --- the options as defaults for every row -----------------------------------------------------------

# The options whose parser default is not None, with that default: left at it, they say nothing.
_LEFT_OUT = {"options": "0", "accessories": "0", "dealer_fees": "0", "freight_pdi": "0", "warranty": "0",
             "winter_tires": "0", "charger": "0", "odometer_km": 0, "buyer": "individual", "import_kind": False,
             "freight_pdi_in_ftv": False}


def _given_options(args: argparse.Namespace) -> dict[str, object]:
    """The request fields the options set, only those the user gave (an option left out says nothing)."""
    fields: dict[str, object] = {}
    for field, option in OPTION_FOR_FIELD.items():
        value = getattr(args, option.lstrip("-").replace("-", "_"), None)
        if value is None or (field in _LEFT_OUT and value == _LEFT_OUT[field]):
            continue
        fields[field] = value
    if "powertrain" in fields:
        fields["powertrain"] = str(fields["powertrain"]).upper()
    if fields.pop("import_kind", None):
        fields["import_kind"] = "personal"
    if fields.pop("freight_pdi_in_ftv", None):
        fields["freight_pdi_in_ftv"] = True
    if getattr(args, "used", False):
        fields["condition"] = "used"
    return fields


def _check_options(fields: dict[str, object], today: dt.date) -> None:
    """Refuse a bad option once, naming it, rather than on every row. Without --date each row has its own
    sale date, so a claim or registration date is checked against the row's, there, not against today."""
    from evdesk.rules.request import SaleRequest, field_problems

    earlier = [day for name in ("claim_date", "registration_date")
               if isinstance(day := fields.get(name), dt.date) and day < today]
    try:
        SaleRequest.model_validate({"sale_date": min([today, *earlier]), **fields})
    except ValidationError as error:
        field, message = next(iter(field_problems(error).items()))
        raise InputError(f"{OPTION_FOR_FIELD.get(field, field)}: {message}") from None


# --- output ------------------------------------------------------------------------------------------

def _out_path(args: argparse.Namespace) -> Path | None:
    from evdesk.sheets import SHEET_SUFFIXES, partial_path

    if args.out is None:
        return None
    if args.json:
        raise InputError("--out and --json: choose one (--json writes JSON Lines to stdout)")
    out: Path = args.out
    if out.suffix.lower() not in SHEET_SUFFIXES:
        raise InputError(f"--out: '{out}' must end in .csv or .xlsx")
    if out.exists() and args.file.exists() and out.resolve() == args.file.resolve():
        raise InputError(f"--out: '{out}' is the stock list itself: choose another file")
    partial = partial_path(out)  # written first, then moved onto --out: it must not be the list either
    if partial.exists() and args.file.exists() and partial.resolve() == args.file.resolve():
        raise InputError(f"--out: '{out}' would be written through '{partial.name}', the stock list itself: "
                         "choose another file")
    if not out.parent.is_dir():
        raise InputError(f"--out: the folder '{out.parent}' does not exist")
    return out


def _with_progress(answers: Iterator[tuple[Counted, T]], stock: StockList) -> Iterator[tuple[Counted, T]]:
    """A bar on stderr while the rows go by, only when stderr is a terminal (never in a log or a pipe)."""
    if not sys.stderr.isatty():
        yield from answers
        return
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked while the bar is shown
    with tqdm(total=100, file=sys.stderr, desc=stock.path.name, unit="%", leave=False,
              bar_format="{desc}: {percentage:3.0f}%|{bar}|") as bar:
        shown = 0.0
        for count, answer in enumerate(answers, start=1):
            yield answer
            if count % PROGRESS_EVERY == 0:
                fraction = stock.fraction_read()
                if fraction is not None and fraction * 100 > shown:
                    bar.update(fraction * 100 - shown)
                    shown = fraction * 100
                bar.set_description_str(f"{stock.path.name}, {count:,} rows", refresh=False)


def _counted(answers: Iterator[tuple[Counted, T]], tally: Tally) -> Iterator[T]:
    for counted, shaped in answers:
        tally.add(counted)
        yield shaped


# --- the summary -------------------------------------------------------------------------------------

def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


def _summary(stock: StockList, columns: ColumnMap, tally: Tally, reader: RowReader, defaults: dict[str, object],
             today: dt.date, out: str) -> str:
    from evdesk.present.format import Formatter

    f = Formatter("en")
    empty = reader.empty_rows
    header = "no header" if columns.headerless else f"header on row {columns.header_row}"
    lines = [f"evdesk batch: {stock.path.name} ({stock.kind}, {header}): "
             f"{_count(tally.rows, 'row')} read, {tally.answered:,} answered, {tally.with_problems:,} with problems"
             + (f", {_count(empty, 'empty row')} skipped" if empty else "") + "."]
    from evdesk.batch import Status

    refused = (f"not eligible: {tally.not_eligible:,}"
               + (f" ({tally.by_status[Status.PRICE_DROP]:,} only over the price cap: see max_price)"
                  if tally.by_status[Status.PRICE_DROP] else ""))
    lines.append(f"  Eligible: {tally.eligible:,}, for {f.money(tally.total)} in all; {refused}; "
                 f"not known: {tally.not_known:,}.")
    used = ", ".join(f"{c.header} → {c.field.name}" for c in columns.used if c.field is not None)
    lines.append(f"  Columns: {used or 'none'}.")
    unused = [c.header + (f" ({c.note})" if c.note else "") for c in columns.unused]
    if unused:
        lines.append(f"  Not used: {', '.join(unused)}.")
    from evdesk.batch.fields import may_be_a_price_part

    priced = [c.header for c in columns.unused if not c.note and may_be_a_price_part(c.header)]
    if priced:
        lines.append(f"  Check: {', '.join(f'“{h}”' for h in priced)} may be part of the price or the lease, which "
                     f"the answers then leave out; if so, name its field, e.g. --map \"{priced[0]}=dealer_fees\" "
                     "(or options, accessories, freight_pdi, lease_months).")
    if reader.rows_with_notes:
        lines.append(f"  Not read: cells right of the header, in {_count(reader.rows_with_notes, 'row')}.")
    if stock.other_sheets:
        lines.append(f"  Not read: the workbook's other sheets, {', '.join(f'“{s}”' for s in stock.other_sheets)}; "
                     "only the sheet shown when it was saved is read.")
    request_of = {"price": "vehicle_price"}
    missing = [name for name in KEY_FIELDS if columns.column_of(name) is None
               and request_of.get(name, name) not in defaults
               and not (name == "assembly" and columns.column_of("vin") is not None)]
    if missing:
        lines.append(f"  No column and no option for: {', '.join(missing)}; every answer takes them as not known.")
    assumed = []
    for field, value in ASSUMED.items():
        if tally.assumed[field]:
            assumed.append(f"{OPTION_FOR_FIELD[field]} {value} ({_count(tally.assumed[field], 'row')})")
    if tally.assumed["sale_date"]:
        assumed.append(f"--date today, {today.isoformat()} ({_count(tally.assumed['sale_date'], 'row')})")
    if assumed:
        lines.append(f"  Assumed where neither the row nor an option says: {'; '.join(assumed)}.")
    lines.append(f"  Results: {out}.")
    return "\n".join(lines) + "\n"


# --- the command -------------------------------------------------------------------------------------

def run_batch(args: argparse.Namespace) -> int:
    from evdesk.batch import (
        RESULT_COLUMNS,
        ColumnError,
        RowReader,
        StockListError,
        Tally,
        find_header,
        open_stock_list,
        parse_map_option,
        result_cells,
    )
    from evdesk.batch.columns import lettered_header
    from evdesk.batch.parallel import WorkerStopped, answered
    from evdesk.batch.results import NUMBER_FORMATS, WIDTHS, json_line
    from evdesk.present.format import Formatter
    from evdesk.sheets import write_csv, write_csv_to

    today = dt.date.today()
    out = _out_path(args)
    try:
        overrides = parse_map_option(args.map)
    except ColumnError as error:
        raise InputError(str(error)) from None
    defaults = _given_options(args)
    _check_options(defaults, today)
    assumptions: dict[str, object] = {**ASSUMED, "sale_date": today}
    policy = load_policy_option(args.policy, version=args.policy_version)
    words = Formatter("en").criterion

    try:
        stock = open_stock_list(args.file)
    except StockListError as error:
        raise InputError(str(error)) from None
    tally = Tally()
    with stock:
        try:
            rows = stock.rows()
            columns = (lettered_header(rows, overrides, name=args.file.name) if args.no_header
                       else find_header(rows, overrides, name=args.file.name))
            reader = RowReader(columns, defaults, assumptions, separated=stock.format == "csv")

            def shaped(shape: Callable[..., T]) -> Iterator[T]:
                """Each row shaped for the output where it is answered (a worker process, on a long list)."""
                return _counted(_with_progress(answered(rows, reader, policy, partial(shape, words=words)), stock),
                                tally)

            if out is not None:
                try:
                    if out.suffix.lower() == ".xlsx":
                        # Each row's XML is made where it is answered (a worker, on a long list): making it was
                        # most of a results workbook's time, in the one process that writes the file.
                        from evdesk.xlsx_writer import XlsxSheet, rendered

                        with XlsxSheet(out, RESULT_COLUMNS, title="evdesk batch", number_formats=NUMBER_FORMATS,
                                       widths=WIDTHS) as sheet:
                            sheet.write_all(shaped(rendered(result_cells, sheet.styles)))
                    else:
                        write_csv(out, RESULT_COLUMNS, shaped(result_cells))
                except OSError as error:
                    raise InputError(f"--out: cannot write '{out}' ({error.strerror or error})") from None
                where = str(out)
            elif args.json:
                sys.stdout.writelines(shaped(json_line))
                where = "JSON Lines on stdout"
            else:
                if hasattr(sys.stdout, "reconfigure"):
                    sys.stdout.reconfigure(newline="")  # the CSV writer ends its lines itself (CRLF)
                write_csv_to(sys.stdout, RESULT_COLUMNS, shaped(result_cells))
                where = "CSV on stdout"
        except StockListError as error:  # a header that cannot be used, or a file damaged part way
            raise InputError(str(error)) from None
        except WorkerStopped:  # a worker killed from outside (out of memory, kill): say so, in one line
            sys.stderr.write(f"evdesk: a worker process stopped after {tally.rows:,} rows were answered"
                             + (f"; {out} was not written\n" if out is not None else "\n"))
            return 1
        except KeyboardInterrupt:  # Ctrl+C: no traceback; a results file is never left half written
            sys.stderr.write(f"\nevdesk: interrupted after {tally.rows:,} rows"
                             + (f"; {out} was not written\n" if out is not None else "\n"))
            return 130
    sys.stdout.flush()
    sys.stderr.write(_summary(stock, columns, tally, reader, defaults, today, where))
    return 0
