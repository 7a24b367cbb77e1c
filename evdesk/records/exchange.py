"""The records out to CSV and XLSX (through `evdesk.sheets`: cells safe against formula injection, RFC 4180),
and evdesk's own CSV export back in, losslessly.

The deals CSV is a whole copy: after the columns a person reads come the ones `evdesk deals import` needs
(the request and the answer as JSON, the claim log as JSON, and each policy file's text on the first row
that uses it). Importing it into an empty database gives the same deals, numbers, claims and policy files;
into a database that already holds some of them, identical deals are skipped and a different deal under
an existing number is refused. The import is one transaction: all rows or none.

The XLSX and the claim-log CSV are for people: the readable columns only.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Connection

from evdesk.records.claims import STATUSES
from evdesk.records.database import Records
from evdesk.records.deals import clean_text, customer_key, refuse_active_vin, schedule_of, vehicle_title
from evdesk.records.errors import RecordsError
from evdesk.records.policy_files import PINNED, pinned_references
from evdesk.records.schema import claim_events, deals, policy_files
from evdesk.rules.request import SaleRequest
from evdesk.sheets import Cell, cell_text, unescape_cell, write_csv

Table = Literal["deals", "log"]
Format = Literal["csv", "xlsx"]

READABLE_COLUMNS = (
    "number", "saved_at", "sale_date", "customer", "stock", "vin", "vehicle", "salesperson", "buyer", "eligible",
    "amount", "status", "submitted_on", "confirmation", "paid_on", "paid_amount", "refused_reason", "cancelled_on",
    "policy_version", "evdesk_version",
)
RECORD_COLUMNS = (
    "policy_id", "policy_sha256", "vehicle_list_sha256", "status_changed_at", "erased_at", "language", "mode",
    "dealer", "request", "answer", "claim_log", "policy_file_name", "policy_file", "vehicle_list_name",
    "vehicle_list_file", "provinces_name", "provinces_file", "vehicle_assembly_name", "vehicle_assembly_file",
)
LANGUAGES = ("en", "fr")
MODES = ("dealer", "consumer")
DEAL_COLUMNS = READABLE_COLUMNS + RECORD_COLUMNS
# An export made before policies pinned their vehicle-assembly file: the same, less its two last columns.
EARLIER_DEAL_COLUMNS = DEAL_COLUMNS[:-2]
LOG_COLUMNS = ("deal", "at", "by", "from_status", "to_status", "date", "confirmation", "amount", "reason")
LOG_FIELDS = ("at", "by", "from_status", "to_status", "on_date", "confirmation", "amount", "reason")


# --- out -----------------------------------------------------------------------------------------

def _log_by_deal(connection: Connection) -> dict[int, list[Any]]:
    events: dict[int, list[Any]] = {}
    for event in connection.execute(select(claim_events).order_by(claim_events.c.id)):
        events.setdefault(event.deal_number, []).append(event)
    return events


def _event_json(event: Any) -> dict[str, Any]:
    return {
        "at": event.at.isoformat(), "by": event.by, "from_status": event.from_status, "to_status": event.to_status,
        "on_date": event.on_date.isoformat() if event.on_date else None, "confirmation": event.confirmation,
        "amount": str(event.amount) if event.amount is not None else None, "reason": event.reason,
    }


def _deal_rows(connection: Connection, with_record: bool) -> Iterator[list[Cell]]:
    log = _log_by_deal(connection) if with_record else {}
    files_given: set[str] = set()
    for deal in connection.execute(select(deals).order_by(deals.c.number)):
        row: list[Cell] = [
            deal.number, deal.saved_at, deal.sale_date, deal.customer_name, deal.stock_number, deal.vin,
            deal.vehicle, deal.salesperson, deal.buyer, deal.eligible, deal.rebate_amount, deal.status,
            deal.submitted_on, deal.confirmation, deal.paid_on, deal.paid_amount, deal.refused_reason,
            deal.cancelled_on, deal.policy_version, deal.evdesk_version,
        ]
        if with_record:
            files: list[Cell] = []
            policy_bytes = bytes(connection.execute(select(policy_files.c.content).where(
                policy_files.c.sha256 == deal.policy_sha256)).scalar_one())
            pinned = {kind: sha256 for kind, _, sha256 in pinned_references(policy_bytes)}  # as the policy pins
            for sha256 in (deal.policy_sha256, deal.vehicle_list_sha256,
                           *(pinned.get(kind) for kind in PINNED.values())):
                if sha256 is None or sha256 in files_given:
                    files += [None, None]
                    continue
                stored = connection.execute(select(policy_files.c.name, policy_files.c.content).where(
                    policy_files.c.sha256 == sha256)).one()
                files += [stored.name, bytes(stored.content).decode("utf-8")]
                files_given.add(sha256)
            row += [deal.policy_id, deal.policy_sha256, deal.vehicle_list_sha256, deal.status_changed_at,
                    deal.erased_at, deal.language, deal.mode, deal.dealer_json, deal.request_json, deal.answer_json,
                    json.dumps([_event_json(e) for e in log.get(deal.number, [])], ensure_ascii=False,
                               separators=(",", ":")), *files]
        yield row


def _log_rows(connection: Connection) -> Iterator[list[Cell]]:
    for event in connection.execute(select(claim_events).order_by(claim_events.c.deal_number, claim_events.c.id)):
        yield [event.deal_number, event.at, event.by, event.from_status, event.to_status, event.on_date,
               event.confirmation, event.amount, event.reason]


def export(records: Records, path: Path, format: Format = "csv", table: Table = "deals") -> int:
    """Write the deals (or the claim log) to `path`; returns how many rows. The file appears whole or not
    at all. The deals CSV carries the whole record, for `import_csv`."""
    with records.reading() as connection:
        if table == "log":
            header, rows = LOG_COLUMNS, _log_rows(connection)
        else:
            whole = format == "csv"
            header, rows = (DEAL_COLUMNS if whole else READABLE_COLUMNS), _deal_rows(connection, whole)
        if format == "xlsx":
            from evdesk.xlsx_writer import write_xlsx  # openpyxl loads only when a workbook is written

            return write_xlsx(path, header, rows, title="Claim log" if table == "log" else "Deals")
        return write_csv(path, header, rows)


# --- in ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    added: tuple[int, ...]
    unchanged: tuple[int, ...]  # already in the database, identical


class _Bad(Exception):
    pass


def _text(cells: dict[str, str], name: str) -> str | None:
    value = unescape_cell(cells[name])
    return value if value != "" else None


def _date(cells: dict[str, str], name: str) -> dt.date | None:
    value = _text(cells, name)
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        raise _Bad(f"{name}: '{value}' is not a date in the form YYYY-MM-DD") from None


def _moment(value: str | None, name: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _Bad(f"{name}: '{value}' is not a date and time") from None
    if moment.tzinfo is None:
        raise _Bad(f"{name}: '{value}' has no time zone")
    return moment


def _decimal(value: str | None, name: str) -> Decimal | None:
    if not value:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        raise _Bad(f"{name}: '{value}' is not an amount") from None


def _json(cells: dict[str, str], name: str) -> Any:
    try:
        return json.loads(_text(cells, name) or "")
    except json.JSONDecodeError:
        raise _Bad(f"{name}: not the JSON evdesk wrote") from None


def _deal_values(cells: dict[str, str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The deals row and its log from one CSV row; what the record columns determine is recomputed from
    them, and the readable columns must agree (an edited amount or VIN is refused, not half believed)."""
    try:
        number = int(cells["number"])
    except ValueError:
        raise _Bad(f"number: '{cells['number']}' is not a deal number") from None
    request_text, answer_text = _text(cells, "request"), _text(cells, "answer")
    if request_text is None or answer_text is None:
        raise _Bad("request, answer: empty (not a full evdesk export?)")
    try:
        request = SaleRequest.model_validate_json(request_text)
    except ValueError as error:
        raise _Bad(f"request: not a valid sale ({str(error).splitlines()[0]})") from None
    answer = _json(cells, "answer")
    rebate = answer.get("rebate") or {} if isinstance(answer, dict) else {}
    customer = clean_text(_text(cells, "customer"), "customer")
    status = _text(cells, "status")
    if status not in STATUSES:
        raise _Bad(f"status: '{status}' is not one of {', '.join(STATUSES)}")
    values = {
        "number": number, "saved_at": _moment(_text(cells, "saved_at"), "saved_at"),
        "salesperson": clean_text(_text(cells, "salesperson"), "salesperson"), "customer_name": customer,
        "customer_key": customer_key(customer), "stock_number": clean_text(_text(cells, "stock"), "stock"),
        "vin": request.vin, "vehicle": vehicle_title(request), "sale_date": request.sale_date,
        "buyer": request.buyer.value, "eligible": rebate.get("eligible"),
        "rebate_amount": _decimal(rebate.get("amount"), "answer.rebate.amount"),
        "request_json": request_text, "answer_json": answer_text,
        "policy_id": _text(cells, "policy_id"), "policy_version": _text(cells, "policy_version"),
        "policy_sha256": _text(cells, "policy_sha256"), "vehicle_list_sha256": _text(cells, "vehicle_list_sha256"),
        "evdesk_version": _text(cells, "evdesk_version"), "status": status,
        "status_changed_at": _moment(_text(cells, "status_changed_at"), "status_changed_at"),
        "submitted_on": _date(cells, "submitted_on"), "confirmation": _text(cells, "confirmation"),
        "paid_on": _date(cells, "paid_on"), "paid_amount": _decimal(_text(cells, "paid_amount"), "paid_amount"),
        "refused_reason": _text(cells, "refused_reason"), "cancelled_on": _date(cells, "cancelled_on"),
        "schedule_json": json.dumps(schedule_of(answer), separators=(",", ":")),
        "erased_at": _moment(_text(cells, "erased_at"), "erased_at"),
        "language": _text(cells, "language"), "mode": _text(cells, "mode"), "dealer_json": _text(cells, "dealer"),
    }
    if values["language"] not in LANGUAGES:
        raise _Bad(f"language: '{values['language'] or ''}' is not one of {', '.join(LANGUAGES)}")
    if values["mode"] not in MODES:
        raise _Bad(f"mode: '{values['mode'] or ''}' is not one of {', '.join(MODES)}")
    if values["dealer_json"] is not None:
        dealer = _json(cells, "dealer")
        if not isinstance(dealer, dict) or not all(isinstance(v, str) for v in dealer.values()):
            raise _Bad("dealer: not the dealer profile evdesk wrote")
    for name in ("saved_at", "policy_id", "policy_version", "policy_sha256", "vehicle_list_sha256", "evdesk_version"):
        if values[name] is None:
            raise _Bad(f"{name}: empty")
    shown = {"vin": values["vin"], "sale_date": values["sale_date"], "buyer": values["buyer"],
             "vehicle": values["vehicle"], "amount": values["rebate_amount"], "eligible": values["eligible"]}
    for name, expected in shown.items():
        given = _text(cells, name)
        if given != _cell(expected):
            raise _Bad(f"{name}: '{given or ''}' does not match the saved request and answer ({_cell(expected)})")
    log = _json(cells, "claim_log")
    if not isinstance(log, list) or not log:
        raise _Bad("claim_log: empty")
    events = []
    for entry in log:
        try:
            events.append({
                "at": _moment(entry["at"], "claim_log.at"), "by": entry["by"], "from_status": entry["from_status"],
                "to_status": entry["to_status"], "on_date": dt.date.fromisoformat(entry["on_date"])
                if entry["on_date"] else None, "confirmation": entry["confirmation"],
                "amount": _decimal(entry["amount"], "claim_log.amount"), "reason": entry["reason"]})
        except (KeyError, TypeError, ValueError):
            raise _Bad("claim_log: not the log evdesk wrote") from None
    if events[-1]["to_status"] != status:
        raise _Bad(f"status: '{status}' is not where the claim log ends ('{events[-1]['to_status']}')")
    return values, events


def _cell(value: Cell) -> str | None:
    """A value as the export writes it into a readable column, read back (None for an empty cell)."""
    return unescape_cell(cell_text(value)) or None


_FILE_COLUMNS = {"policy": ("policy_file_name", "policy_file"),
                 "vehicle_list": ("vehicle_list_name", "vehicle_list_file"),
                 "provinces": ("provinces_name", "provinces_file"),
                 "vehicle_assembly": ("vehicle_assembly_name", "vehicle_assembly_file")}


def _policy_file(cells: dict[str, str], kind: str) -> tuple[str, bytes] | None:
    name_column, file_column = _FILE_COLUMNS[kind]
    name, content = _text(cells, name_column), _text(cells, file_column)
    if name is None and content is None:
        return None
    if name is None or content is None:
        raise _Bad(f"{name_column}, {file_column}: one is given without the other")
    return name, content.encode("utf-8")


def _same(connection: Connection, values: dict[str, Any], events: list[dict[str, Any]]) -> bool:
    existing = connection.execute(select(deals).where(deals.c.number == values["number"])).one()._asdict()
    if any(existing[name] != value for name, value in values.items()):
        return False
    logged = [{name: event._mapping[name] for name in LOG_FIELDS} for event in connection.execute(
        select(claim_events).where(claim_events.c.deal_number == values["number"]).order_by(claim_events.c.id))]
    return logged == events


def import_csv(records: Records, path: Path) -> ImportResult:
    """Read an evdesk deals CSV back in, all or nothing. Raises RecordsError naming the file, the row
    (the header is row 1) and the column for the first problem."""
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as error:
        raise RecordsError("import_format", file=path.name, problem=error.strerror or str(error)) from None
    added: list[int] = []
    unchanged: list[int] = []
    with handle, records.writing() as connection:
        reader = csv.reader(handle)
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as error:
            raise RecordsError("import_format", file=path.name, problem=f"not a CSV file ({error})") from None
        columns = tuple(unescape_cell(name) for name in header) if header is not None else ()
        if columns not in (DEAL_COLUMNS, EARLIER_DEAL_COLUMNS):
            raise RecordsError("import_format", file=path.name,
                               problem="not an evdesk deals export (`evdesk deals export --format csv`)")
        files: dict[str, tuple[str, bytes]] = {}
        row_number = 1
        try:
            for index, row in enumerate(reader, start=2):
                row_number = index  # named in the message if this row is refused
                if len(row) != len(columns):
                    raise _Bad(f"{len(row)} cells where the header has {len(columns)}")
                cells = dict(zip(columns, row, strict=True))
                values, events = _deal_values(cells)
                for kind, sha_column in (("policy", "policy_sha256"), ("vehicle_list", "vehicle_list_sha256")):
                    given = _policy_file(cells, kind)
                    if given is not None:
                        if hashlib.sha256(given[1]).hexdigest() != values[sha_column]:
                            raise _Bad(f"{sha_column}: the file given with it does not have that sha256")
                        files[values[sha_column]] = given
                    _store_policy_file(connection, values[sha_column], kind, files, values["saved_at"])
                # The files the policy pins by their sha256 (read from the policy file itself).
                policy_bytes = files[values["policy_sha256"]][1] if values["policy_sha256"] in files else bytes(
                    connection.execute(select(policy_files.c.content).where(
                        policy_files.c.sha256 == values["policy_sha256"])).scalar_one())
                for kind, _, pinned_sha256 in pinned_references(policy_bytes):
                    given = _policy_file(cells, kind) if _FILE_COLUMNS[kind][1] in cells else None
                    if given is not None:
                        if hashlib.sha256(given[1]).hexdigest() != pinned_sha256:
                            raise _Bad(f"{_FILE_COLUMNS[kind][1]}: the file does not have the sha256 its policy "
                                       "pins")
                        files[pinned_sha256] = given
                    _store_policy_file(connection, pinned_sha256, kind, files, values["saved_at"])
                if connection.execute(select(deals.c.number).where(deals.c.number == values["number"])).first():
                    if not _same(connection, values, events):
                        raise _Bad(f"number: deal {values['number']} is already in the database, and differs")
                    unchanged.append(values["number"])
                    continue
                _refuse_second_active_claim(connection, values)
                connection.execute(insert(deals).values(values))
                connection.execute(insert(claim_events), [{"deal_number": values["number"], **e} for e in events])
                added.append(values["number"])
        except _Bad as problem:
            raise RecordsError("import_row", file=path.name, row=row_number, problem=str(problem)) from None
        except RecordsError as error:
            raise RecordsError("import_row", file=path.name, row=row_number, problem=str(error)) from None
        except (csv.Error, UnicodeDecodeError) as error:
            raise RecordsError("import_row", file=path.name, row=row_number, problem=str(error)) from None
        if added and connection.dialect.name == "postgresql":
            # Numbers given explicitly bypass the identity: the next saved deal must come after them.
            connection.execute(text("SELECT setval(pg_get_serial_sequence('deals', 'number'), :top)"),
                               {"top": connection.execute(select(func.max(deals.c.number))).scalar_one()})
    return ImportResult(tuple(added), tuple(unchanged))


def _store_policy_file(connection: Connection, sha256: str, kind: str, files: dict[str, tuple[str, bytes]],
                       now: dt.datetime) -> None:
    if connection.execute(select(policy_files.c.sha256).where(policy_files.c.sha256 == sha256)).first():
        return
    if sha256 not in files:
        raise _Bad(f"{kind}: the file with sha256 {sha256} is neither in the export nor in the database")
    name, content = files[sha256]
    connection.execute(insert(policy_files).values(sha256=sha256, kind=kind, name=name, content=content,
                                                   stored_at=now))


def _refuse_second_active_claim(connection: Connection, values: dict[str, Any]) -> None:
    if values["vin"] and values["status"] in ("checked", "submitted", "paid"):
        refuse_active_vin(connection, values["vin"])
