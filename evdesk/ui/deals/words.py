"""The records' words in the window, translated: claim statuses, what is due, and the records' errors by
code (evdesk.records.errors gives codes with parameters; each edge words them in its language)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from evdesk.present.format import Formatter

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`


def status_word(status: str) -> str:
    return {
        "checked": translate("Deals", "Checked"),
        "submitted": translate("Deals", "Submitted"),
        "paid": translate("Deals", "Paid"),
        "refused": translate("Deals", "Refused"),
        "cancelled": translate("Deals", "Cancelled"),
    }.get(status, status)


def _shown(params: dict[str, Any], f: Formatter) -> dict[str, str]:
    from decimal import Decimal  # not at import: this module loads before the window's first paint

    shown: dict[str, str] = {}
    for key, value in params.items():
        if isinstance(value, Decimal):
            shown[key] = f.money(value)
        elif isinstance(value, dt.date):
            shown[key] = f.date(value)
        else:
            shown[key] = str(value)
    return shown


def due_short(reason: str, params: dict[str, Any], f: Formatter) -> str:
    """A few words for the table's "Needs action" column."""
    p = _shown(params, f)
    if reason == "not_submitted":
        return translate("Deals", "Not submitted ({days} days)").format(**p)
    if reason == "no_confirmation":
        return translate("Deals", "No confirmation number ({days} days)").format(**p)
    if reason == "not_paid":
        return translate("Deals", "Not paid ({days} days)").format(**p)
    if reason == "step_down":
        return translate("Deals", "Submit before {date}: {cost} less after").format(**p)
    if params.get("ended"):
        return translate("Deals", "Program ended {last_day}").format(**p)
    return translate("Deals", "Program ends {last_day}").format(**p)


def due_sentence(reason: str, params: dict[str, Any], f: Formatter) -> str:
    """The whole sentence: the badge's list, the tooltip, the deal's panel."""
    p = _shown(params, f)
    if reason == "not_submitted":
        return translate("Deals", "Sold {days} days ago ({sale_date}) and not yet submitted in the portal.").format(**p)
    if reason == "no_confirmation":
        return translate("Deals", "Submitted {days} days ago ({submitted_on}) and no confirmation number recorded: "
                                  "check that the portal received it.").format(**p)
    if reason == "not_paid":
        return translate("Deals", "Submitted {days} days ago ({submitted_on}) and not yet paid.").format(**p)
    if reason == "step_down":
        return translate("Deals", "Not yet submitted: the amount drops from {amount} to {then} on {date}. "
                                  "Waiting costs {cost}.").format(**p)
    if params.get("ended"):
        return translate("Deals", "Not yet submitted, and the program's last day was {last_day}.").format(**p)
    return translate("Deals", "Not yet submitted: the program's last day is {last_day}.").format(**p)


def error_text(code: str, params: dict[str, Any]) -> str:
    """A records error in the UI language (the English originals are in evdesk.records.errors)."""
    p = {key: str(value) for key, value in params.items()}
    if "current" in params:
        p["current"] = status_word(str(params["current"]))
    if "wanted" in params:
        p["wanted"] = status_word(str(params["wanted"]))
    if "status" in params:
        p["status"] = status_word(str(params["status"]))
    if "other" in params:  # the date a move must not precede
        p["other"] = {"sale": translate("Deals", "sale"), "submission": translate("Deals", "submission")}.get(
            str(params["other"]), str(params["other"]))
    texts = {
        "bad_url": translate("Deals", "“{url}” is not a database address ({detail})."),
        "unsupported_url": translate("Deals", "“{url}”: evdesk keeps its records in SQLite or PostgreSQL, not "
                                              "{dialect}."),
        "unreachable": translate("Deals", "The deals database at {where} cannot be reached: {detail}"),
        "busy": translate("Deals", "The deals database at {where} is busy (another counter is writing). Try again."),
        "newer_schema": translate("Deals", "The deals database at {where} was made by a newer evdesk (schema "
                                           "{found}; this evdesk knows up to {known}). It was left untouched: "
                                           "update evdesk to use it."),
        "foreign_schema": translate("Deals", "The database at {where} holds evdesk's tables but no schema "
                                             "version. It was left untouched."),
        "migration_failed": translate("Deals", "The deals database at {where} could not be brought up to date "
                                               "({step}: {detail}). It was left as it was."),
        "no_such_deal": translate("Deals", "There is no deal {number} in these records."),
        "active_claim": translate("Deals", "VIN {vin} already has an active claim: deal {holder} ({status}). "
                                           "Cancel that deal or record its refusal first."),
        "impossible_move": translate("Deals", "Deal {number}: a claim that is {current} cannot be marked "
                                              "{wanted}."),
        "date_before": translate("Deals", "Deal {number}: the date {date} is before the {other} date "
                                          "{other_date}."),
        "missing_value": translate("Deals", "Deal {number}: something this step records is missing."),
        "bad_text": translate("Deals", "{field}: {problem}"),
        "policy_file_changed": translate("Deals", "The policy file {path} changed on disk since it was loaded: "
                                                  "load it again."),
        "policy_missing": translate("Deals", "Deal {number}: the policy it was answered under is not in this "
                                             "database."),
        "policy_unusable": translate("Deals", "A stored policy file cannot be used: {detail}"),
        "import_format": translate("Deals", "{file}: {problem}"),
        "import_row": translate("Deals", "{file}, row {row}: {problem}"),
        "database_error": translate("Deals", "The deals database at {where} refused the change: {detail}"),
    }
    template = texts.get(code)
    if template is None:
        return code
    try:
        return template.format(**p)
    except (KeyError, IndexError):
        return template


def warning_text(code: str, params: dict[str, Any]) -> str:
    """A warning the records gave when opening (evdesk.records.database.WARNINGS), in the UI language."""
    if code == "network_drive":
        return translate("Deals", "{path} is on a network drive: SQLite files on shared drives get corrupted. For "
                                  "several counters, use a PostgreSQL server (Settings).").format(**params)
    return code
