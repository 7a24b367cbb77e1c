"""`evdesk deals …`: the deal records and their claims from a terminal or a script, the same records the
window keeps (`--db URL`, else EVDESK_DATABASE_URL, else the per-user SQLite file).

Exit codes: 0 done; 2 bad input or a refusal (an impossible claim move, a second active claim on a VIN),
one line on stderr naming the option; 1 when the database cannot be reached (nothing was changed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evdesk.cli.check import add_check_options, request_from_options
from evdesk.cli.common import InputError, Parser, date_argument, load_policy_option, whole_number

if TYPE_CHECKING:
    from evdesk.present.format import Formatter
    from evdesk.records.database import Records
    from evdesk.records.deals import ClaimEvent, Deal, DealRow
    from evdesk.records.due import DueItem

STATUS_CHOICES = ("checked", "submitted", "paid", "refused", "cancelled")
SYMBOLS = {"pass": "✓", "fail": "✗", "unknown": "?", "not_applicable": "–", "info": "i"}

# What needs action, in English (the window has its own wording, translated).
DUE_TEXT = {
    "not_submitted": "sold {days} days ago ({sale_date}) and not yet submitted in the portal",
    "no_confirmation": "submitted {days} days ago ({submitted_on}) and no confirmation number recorded",
    "not_paid": "submitted {days} days ago ({submitted_on}) and not yet paid",
    "step_down": "not yet submitted: the amount drops from {amount} to {then} on {date} (waiting costs {cost}); "
                 "submit by {last_day}",
    "program_end": "not yet submitted: the program's last day is {last_day}",
    "program_ended": "not yet submitted: the program's last day was {last_day}",
}


def register(commands: argparse._SubParsersAction) -> None:
    deals = commands.add_parser("deals", help="the deal records and their claims")
    sub = deals.add_subparsers(dest="deals_command", required=True, parser_class=Parser)

    def command(name: str, helptext: str, handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=helptext)
        parser.add_argument("--db", metavar="URL", help="the database (default: EVDESK_DATABASE_URL, else the "
                                                         "per-user SQLite file)")
        parser.set_defaults(handler=lambda args: _run(handler, args))
        return parser

    save = command("save", "check a sale or lease and save it as a deal", _save)
    add_check_options(save)
    record = save.add_argument_group("the deal")
    record.add_argument("--customer", metavar="NAME", help="the customer's name (optional)")
    record.add_argument("--stock", metavar="S", help="the stock number (optional)")
    record.add_argument("--salesperson", metavar="NAME", help="who sold it (default: your login name)")

    listing = command("list", "one line per deal", _list)
    listing.add_argument("--status", choices=STATUS_CHOICES)
    listing.add_argument("--json", action="store_true", help="a JSON list")

    show = command("show", "a deal, its answer as saved and its claim log", _show)
    show.add_argument("number", type=_deal_number, metavar="N")
    show.add_argument("--json", action="store_true", help="one JSON object")
    show.add_argument("--policy", type=Path, metavar="FILE", help="today's policy, to compare with (default: the "
                                                                  "bundled one)")

    claim = command("claim", "move a deal's claim on", _claim)
    claim.add_argument("number", type=_deal_number, metavar="N")
    moves = claim.add_mutually_exclusive_group()  # or --confirmation alone, once the number arrives
    moves.add_argument("--submitted", type=date_argument, metavar="YYYY-MM-DD", help="submitted in the portal")
    moves.add_argument("--paid", type=date_argument, metavar="YYYY-MM-DD", help="paid (with --amount)")
    moves.add_argument("--refused", metavar="REASON", help="refused, and why")
    moves.add_argument("--cancelled", type=date_argument, metavar="YYYY-MM-DD", help="a return or a broken lease")
    claim.add_argument("--confirmation", metavar="NUM", help="the portal's confirmation number (with --submitted, "
                                                            "or alone once it arrives)")
    claim.add_argument("--amount", metavar="A", help="the amount paid (with --paid)")
    claim.add_argument("--by", metavar="NAME", help="who records it (default: your login name)")

    due = command("due", "every claim that needs action", _due)
    due.add_argument("--as-of", type=date_argument, metavar="YYYY-MM-DD", help="the day to judge by (today)")
    due.add_argument("--json", action="store_true", help="a JSON list")
    due.add_argument("--submit-days", type=whole_number, metavar="N", default=7,
                     help="not submitted N days after the sale (7)")
    due.add_argument("--confirm-days", type=whole_number, metavar="N", default=3,
                     help="no confirmation number N days after submitting (3)")
    due.add_argument("--payment-days", type=whole_number, metavar="N", default=60,
                     help="not paid N days after submitting (60)")
    due.add_argument("--step-down-days", type=whole_number, metavar="N", default=30,
                     help="the amount steps down, or the program ends, within N days (30)")

    export = command("export", "the deals or the claim log as CSV or XLSX", _export)
    export.add_argument("--format", choices=("csv", "xlsx"), required=True)
    export.add_argument("--out", type=Path, metavar="FILE", required=True)
    export.add_argument("--table", choices=("deals", "log"), default="deals",
                        help="deals (the CSV is a whole copy, for import) or the claim log")

    importing = command("import", "read evdesk's own deals CSV back", _import)
    importing.add_argument("file", type=Path, metavar="FILE")

    erase = command("erase", "erase customers' personal fields (the figures stay)", _erase)
    whom = erase.add_mutually_exclusive_group(required=True)
    whom.add_argument("number", type=_deal_number, metavar="N", nargs="?", help="one deal")
    whom.add_argument("--customer", metavar="NAME", help="every deal of this customer (a privacy request)")
    whom.add_argument("--older-than", type=whole_number, metavar="YEARS",
                      help="every deal sold this many years ago or more (retention; Ontario keeps 6)")
    erase.add_argument("--as-of", type=date_argument, metavar="YYYY-MM-DD", help="with --older-than (today)")


def _deal_number(text: str) -> int:
    number = whole_number(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a deal number")
    return number


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Open the records, run the command, and turn what the records refuse into one line."""
    from evdesk.records.database import open_records
    from evdesk.records.errors import RecordsError, RecordsUnavailable

    try:
        records = open_records(args.db)
    except RecordsUnavailable as error:
        print(f"evdesk: {error}", file=sys.stderr)
        return 1
    except RecordsError as error:
        raise InputError(f"--db: {error}") from None
    with records:
        for warning in records.warnings:
            print(f"evdesk: warning: {warning}", file=sys.stderr)
        args.records = records
        try:
            return handler(args)
        except RecordsUnavailable as error:
            print(f"evdesk: {error}", file=sys.stderr)
            return 1
        except RecordsError as error:
            if error.code == "bad_text":  # the message names the field: say it as its option
                option = TEXT_OPTIONS.get(error.params["field"], error.params["field"])
                raise InputError(f"{option}: {error.params['problem']}") from None
            raise InputError(f"{_option_for(error.code, args)}: {error}") from None


TEXT_OPTIONS = {"customer": "--customer", "stock": "--stock", "salesperson": "--salesperson", "by": "--by",
                "reason": "--refused", "confirmation": "--confirmation"}


def _option_for(code: str, args: argparse.Namespace) -> str:
    """The option a refusal is about, so the one line names it."""
    if code == "active_claim":
        return "--vin" if args.deals_command == "save" else "N"
    if code in ("impossible_move", "date_before", "missing_value"):
        for option in ("submitted", "paid", "refused", "cancelled"):
            if getattr(args, option, None) is not None:
                return f"--{option}"
        return "--confirmation"
    return {"save": "--db", "import": "FILE", "export": "--out"}.get(args.deals_command, "N")


def _formatter() -> Formatter:
    from evdesk.present.format import Formatter
    from evdesk.records.deals import ANSWER_LANGUAGE

    return Formatter(ANSWER_LANGUAGE)  # type: ignore[arg-type]


def _json_out(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=_plain)
    sys.stdout.write("\n")


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


# --- save ----------------------------------------------------------------------------------------

def _save(args: argparse.Namespace) -> int:
    from evdesk.present.report import to_json
    from evdesk.records.deals import clean_text, recipient_limit_reached, save_deal
    from evdesk.rules import evaluate

    records: Records = args.records
    policy = load_policy_option(args.policy, version=args.policy_version)
    request, assumed = request_from_options(args)
    for value, name in ((args.customer, "customer"), (args.stock, "stock"), (args.salesperson, "salesperson")):
        clean_text(value, name)  # before evaluating: a bad name is refused first, naming its option
    answer = to_json(evaluate(request, policy), _formatter())
    limit = recipient_limit_reached(records, args.customer, request, policy)
    saved = save_deal(records, request, answer, policy, customer=args.customer, stock=args.stock,
                      salesperson=args.salesperson or getpass.getuser())
    if limit is not None:
        print(f"evdesk: warning: {_limit_text(limit)}", file=sys.stderr)
    if args.json:
        _json_out({"number": saved.number, "answer": answer, "policy": answer["policy"], "assumed": assumed})
    else:
        print(saved.number)
        if assumed:
            from evdesk.cli.check import OPTION_FOR_FIELD

            said = ", ".join(f"{OPTION_FOR_FIELD[f]} {v}" for f, v in assumed.items())
            print(f"evdesk: assumed, as not given: {said}", file=sys.stderr)
    return 0


def _limit_text(limit: Any) -> str:
    per = "for the whole program" if limit.per == "program" else "per calendar year"
    numbers = ", ".join(str(n) for n in limit.deals)
    return (f"{limit.customer} already has {limit.count} incentive(s) in these records (deals {numbers}); "
            f"a buyer of this kind may receive {limit.limit} {per}")


# --- list and show -------------------------------------------------------------------------------

def _summary(row: DealRow) -> dict[str, Any]:
    return {"number": row.number, "vin": row.vin, "customer": row.customer, "stock": row.stock,
            "status": row.status, "amount": row.amount, "saved_at": row.saved_at.isoformat(),
            "sale_date": row.sale_date, "salesperson": row.salesperson, "vehicle": row.vehicle}


def _list(args: argparse.Namespace) -> int:
    from evdesk.records.deals import DealQuery, list_deals

    rows = list_deals(args.records, DealQuery(statuses=(args.status,) if args.status else (), descending=False))
    if args.json:
        _json_out([_summary(row) for row in rows])
        return 0
    f = _formatter()
    for row in rows:
        saved = row.saved_at.strftime("%Y-%m-%d %H:%M UTC")
        print("  ".join([str(row.number).rjust(6), (row.vin or "—").ljust(17), (row.customer or "—")[:30].ljust(30),
                         row.status.ljust(9), f.money(row.amount).rjust(11), saved]))
    return 0


def _log_json(event: ClaimEvent) -> dict[str, Any]:
    return {"at": event.at.isoformat(), "by": event.by, "from": event.from_status, "to": event.to_status,
            "date": event.on_date, "confirmation": event.confirmation, "amount": event.amount,
            "reason": event.reason}


def _show(args: argparse.Namespace) -> int:
    from evdesk.records.deals import claim_log, get_deal

    records: Records = args.records
    deal = get_deal(records, args.number)
    log = claim_log(records, args.number)
    check = _answer_again(records, deal, load_policy_option(args.policy))
    if args.json:
        _json_out({"deal": {**_summary(deal), "policy_id": deal.policy_id, "policy_version": deal.policy_version,
                            "policy_sha256": deal.policy_sha256, "evdesk_version": deal.evdesk_version,
                            "submitted_on": deal.submitted_on, "confirmation": deal.confirmation,
                            "paid_on": deal.paid_on, "paid_amount": deal.paid_amount,
                            "refused_reason": deal.refused_reason, "cancelled_on": deal.cancelled_on,
                            "request": deal.request},
                   "answer": deal.answer, "log": [_log_json(e) for e in log], **check})
        return 0
    _print_deal(deal, log, check)
    return 0


def _answer_again(records: Records, deal: Deal, today_policy: Any) -> dict[str, Any]:
    """The saved request answered again: under its own policy (rebuilt from the database: it must give
    the saved answer) and under today's (what changed, rule by rule)."""
    from dataclasses import asdict

    from evdesk.present.report import to_json
    from evdesk.records.compare import compare_answers, reproduces
    from evdesk.records.deals import ANSWER_LANGUAGE
    from evdesk.records.policy_files import saved_policy
    from evdesk.rules import evaluate

    request = deal.sale_request()
    with records.reading() as connection:
        then_policy = saved_policy(connection, deal.number, deal.policy_sha256, deal.vehicle_list_sha256)
    again = to_json(evaluate(request, then_policy), _formatter())
    now = to_json(evaluate(request, today_policy), _formatter())
    texts = deal.language == ANSWER_LANGUAGE  # a deal saved from a French window reads in French
    comparison = compare_answers(deal.answer, now, texts)
    return {"reproduced": reproduces(deal.answer, again, texts),
            "today": {"policy": now["policy"], "same": comparison.same,
                      "figures": [asdict(c) for c in comparison.figures],
                      "rules": [asdict(c) for c in comparison.rules]}}


def _print_deal(deal: Deal, log: list[ClaimEvent], check: dict[str, Any]) -> None:
    f = _formatter()
    lines = [f"Deal {deal.number}, saved {deal.saved_at:%Y-%m-%d %H:%M} UTC by {deal.salesperson or '—'} "
             f"(evdesk {deal.evdesk_version}, policy {deal.policy_version}, sha256 {deal.policy_sha256[:16]}…)",
             f"Customer: {deal.customer or '—'}   Stock: {deal.stock or '—'}   VIN: {deal.vin or '—'}   "
             f"Vehicle: {deal.vehicle or '—'}   Sold: {deal.sale_date}"]
    if deal.erased_at is not None:
        lines.append(f"The customer's personal fields were erased on {deal.erased_at:%Y-%m-%d}.")
    lines += ["", f"Claim: {deal.status}", *(_event_line(event, f) for event in log)]
    answer = deal.answer
    rebate, tariff, quota = answer.get("rebate") or {}, answer.get("tariff") or {}, answer.get("quota") or {}
    eligible = {True: "eligible", False: "not eligible", None: "not known"}[rebate.get("eligible")]
    amount = f.money(Decimal(rebate["amount"])) if rebate.get("amount") is not None else "not known"
    rate = f"{tariff['rate_percent']}%" if tariff.get("rate_percent") is not None else "not known"
    counts = {True: "counts", False: "does not count", None: "not known"}[quota.get("applies")]
    lines += ["", "The answer as it was given:", f"  EVAP rebate: {amount} ({eligible})",
              f"  Import duty: {rate}", f"  China EV quota: {counts}"]
    lines += [f"  {SYMBOLS.get(item.get('outcome'), '·')} {item.get('text')}" for item in answer.get("explanation", [])]
    lines += [f"  ⚠ {item.get('text')}" for item in answer.get("warnings", [])]
    if not check["reproduced"]:
        lines += ["", f"Note: this evdesk answers the saved request differently under the same policy (the deal "
                      f"was saved by evdesk {deal.evdesk_version}); the answer above is the one recorded."]
    today = check["today"]
    version = today["policy"].get("version")
    if today["same"]:
        lines += ["", f"Today's policy ({version}) gives the same answer."]
    else:
        lines += ["", f"Today's policy ({version}) answers differently:"]
        lines += [f"  {c['section']}.{c['key']}: {c['then']} → {c['now']}" for c in today["figures"]]
        for change in today["rules"]:
            then = f"{SYMBOLS.get(change['then_outcome'], '·')} {change['then_text']}" if change["then_text"] else "—"
            now = f"{SYMBOLS.get(change['now_outcome'], '·')} {change['now_text']}" if change["now_text"] else "—"
            lines += [f"  {change['rule']}:", f"      then: {then}", f"      now:  {now}"]
    print("\n".join(lines))


def _event_line(event: ClaimEvent, f: Formatter) -> str:
    move = f"{event.from_status} → {event.to_status}" if event.from_status else f"saved as {event.to_status}"
    details = [text for text in (
        event.on_date.isoformat() if event.on_date else "",
        f"confirmation {event.confirmation}" if event.confirmation else "",
        f.money(event.amount) if event.amount is not None else "",
        event.reason or "") if text]
    extra = f" ({', '.join(details)})" if details else ""
    return f"  {event.at:%Y-%m-%d %H:%M} UTC  {event.by or '—'}: {move}{extra}"


# --- the claim -----------------------------------------------------------------------------------

def _claim(args: argparse.Namespace) -> int:
    from pydantic import TypeAdapter, ValidationError

    from evdesk.records.claims import Move
    from evdesk.records.deals import move_claim
    from evdesk.rules.request import Amount

    if (args.submitted, args.paid, args.refused, args.cancelled, args.confirmation) == (None,) * 5:
        raise InputError("one of --submitted, --paid, --refused, --cancelled or --confirmation is required")
    if args.amount is not None and args.paid is None:
        raise InputError("--amount: goes with --paid")
    if args.confirmation is not None and (args.paid, args.refused, args.cancelled) != (None, None, None):
        raise InputError("--confirmation: goes with --submitted, or alone")
    if args.paid is not None:
        if args.amount is None:
            raise InputError("--amount: required with --paid")
        try:
            amount = TypeAdapter(Amount).validate_python(args.amount)
        except ValidationError as error:
            raise InputError(f"--amount: {error.errors()[0]['msg'].removeprefix('Value error, ')}") from None
        move = Move("paid", args.paid, amount=amount)
    elif args.submitted is not None:
        move = Move("submitted", args.submitted, confirmation=args.confirmation)
    elif args.refused is not None:
        move = Move("refused", reason=args.refused)
    elif args.cancelled is not None:
        move = Move("cancelled", args.cancelled)
    else:
        move = Move("submitted", confirmation=args.confirmation)
    row = move_claim(args.records, args.number, move, by=args.by or getpass.getuser())
    print(f"Deal {row.number}: {row.status}" + (f", confirmation {row.confirmation}" if row.confirmation else "")
          + ".")
    return 0


# --- due -----------------------------------------------------------------------------------------

def due_text(item: DueItem, f: Formatter) -> str:
    params = dict(item.params)
    reason = "program_ended" if item.reason == "program_end" and params.get("ended") else item.reason
    if "date" in params:
        params["last_day"] = params["date"] - dt.timedelta(days=1)
    shown = {key: (f.money(value) if isinstance(value, Decimal) else
                   value.isoformat() if isinstance(value, dt.date) else value) for key, value in params.items()}
    return DUE_TEXT[reason].format(**shown)


def _due(args: argparse.Namespace) -> int:
    from evdesk.records.due import DueThresholds, claims_due

    for option in ("submit_days", "confirm_days", "payment_days", "step_down_days"):
        if getattr(args, option) < 0:
            raise InputError(f"--{option.replace('_', '-')}: must be 0 or more")
    thresholds = DueThresholds(args.submit_days, args.confirm_days, args.payment_days, args.step_down_days)
    items = claims_due(args.records, args.as_of or dt.date.today(), thresholds)
    f = _formatter()
    if args.json:
        _json_out([{"number": item.number, "reason": item.reason, "params": item.params,
                    "vin": item.deal.vin if item.deal else None,
                    "customer": item.deal.customer if item.deal else None, "text": due_text(item, f)}
                   for item in items])
        return 0
    for item in items:
        who = f" ({item.deal.customer})" if item.deal and item.deal.customer else ""
        print(f"deal {item.number}{who}: {due_text(item, f)}")
    return 0


# --- export, import, erase -----------------------------------------------------------------------

def _export(args: argparse.Namespace) -> int:
    from evdesk.records.exchange import export

    try:
        count = export(args.records, args.out, args.format, args.table)
    except OSError as error:
        raise InputError(f"--out: {args.out}: {error.strerror or error}") from None
    what = "claim log entries" if args.table == "log" else "deals"
    print(f"Wrote {count} {what} to {args.out}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from evdesk.records.exchange import import_csv

    result = import_csv(args.records, args.file)
    print(f"Imported {len(result.added)} deals ({len(result.unchanged)} already there, unchanged).")
    return 0


def _erase(args: argparse.Namespace) -> int:
    from evdesk.records.retention import erase_customer, erase_deal, erase_expired

    if args.as_of is not None and args.older_than is None:
        raise InputError("--as-of: goes with --older-than")
    if args.older_than is not None:
        if args.older_than < 1:
            raise InputError("--older-than: must be 1 year or more")
        numbers = erase_expired(args.records, args.older_than, args.as_of or dt.date.today())
    elif args.customer is not None:
        numbers = erase_customer(args.records, args.customer)
    else:
        numbers = erase_deal(args.records, args.number)
    listed = ", ".join(str(n) for n in numbers) if numbers else "none"
    print(f"Erased the customer's personal fields from {len(numbers)} deal(s): {listed}.")
    return 0
