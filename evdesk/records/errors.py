"""What can go wrong with the records, as codes with parameters: each edge (CLI, window) words them in
its own language; `str(error)` is the English line the CLI prints."""

from __future__ import annotations

from typing import Any

# The English wording of each code, for the CLI and logs. The window has its own, translated, by code.
MESSAGES: dict[str, str] = {
    "bad_url": "{url}: not a database URL ({detail})",
    "unsupported_url": "{url}: evdesk keeps its records in SQLite or PostgreSQL, not {dialect}",
    "unreachable": "the database at {where} cannot be reached: {detail}",
    "busy": "the database at {where} is busy (another counter is writing): try again",
    "newer_schema": "the database at {where} was made by a newer evdesk (schema {found}; this evdesk knows up to "
                    "{known}): it was left untouched; update evdesk to use it",
    "foreign_schema": "the database at {where} holds evdesk's tables but no schema version: it was left untouched",
    "migration_failed": "the database at {where} could not be brought up to date ({step}: {detail}); it was left "
                        "as it was",
    "no_such_deal": "no deal {number} in these records",
    "active_claim": "VIN {vin} already has an active claim: deal {holder} ({status})",
    "impossible_move": "deal {number}: a claim that is {current} cannot be marked {wanted}",
    "date_before": "deal {number}: the {what} date {date} is before the {other} date {other_date}",
    "missing_value": "deal {number}: {what} is required",
    "bad_text": "{field}: {problem}",
    "policy_file_changed": "the policy file {path} changed on disk since it was loaded: load it again",
    "policy_missing": "deal {number}: its policy files (sha256 {sha256}) are not in this database",
    "policy_unusable": "the stored policy file (sha256 {sha256}) cannot be used: {detail}",
    "import_format": "{file}: {problem}",
    "import_row": "{file}, row {row}: {problem}",
    "database_error": "the database at {where} refused the change: {detail}",
}


class RecordsError(Exception):
    """A refusal or failure of the records, never a traceback at the edge."""

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params
        super().__init__(MESSAGES[code].format(**params))


class RecordsUnavailable(RecordsError):
    """The database cannot be reached or used right now; nothing was changed, the same call can be retried."""
