"""The window's hold on the records: opened on first use from the settings' URL (else EVDESK_DATABASE_URL,
else the per-user SQLite file), kept open, and told apart from "cannot be reached right now".

Every call goes through `call`, which turns the records' errors into one exception the window can word
(`Refusal`, with a flag saying whether retrying may help). A server that went away is not fatal: the next
call reconnects (psycopg checks each pooled connection first), and nothing the window holds is dropped.
`changed` is emitted after anything this window wrote, so its views and badge refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from evdesk.ui.deals.words import error_text, warning_text

if TYPE_CHECKING:
    from evdesk.records.database import Records
    from evdesk.ui.settings import Settings

T = TypeVar("T")


class Refusal(Exception):
    """What the records said no to, worded for the window. `retry`: the database could not be reached
    or was busy, so the same action may work later; nothing was changed."""

    def __init__(self, code: str, text: str, retry: bool, params: dict[str, Any] | None = None):
        super().__init__(text)
        self.code = code
        self.text = text
        self.retry = retry
        self.params = params or {}


class RecordsSession(QObject):
    changed = Signal()  # this window wrote something: deals, claims, erasures
    availability = Signal(bool, str)  # reachable?, and the message when not

    def __init__(self, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self._records: Records | None = None
        self.warnings: list[str] = []
        self.unavailable: str | None = None

    @property
    def url(self) -> str | None:
        return self._settings.database_url

    def where(self) -> str:
        if self._records is not None:
            return self._records.where
        from evdesk.records.location import chosen_url, describe, parse_url

        try:
            return describe(parse_url(chosen_url(self.url)))
        except Exception:
            return chosen_url(self.url)

    def records(self) -> Records:
        if self._records is None:
            from evdesk.records.database import open_records

            self._records = open_records(self.url)
            self.warnings = [warning_text(warning.code, warning.params) for warning in self._records.warnings]
        return self._records

    def call(self, action: Callable[[Records], T]) -> T:
        """Run `action` on the records; raise Refusal, worded, if the records refuse or cannot be reached."""
        from sqlalchemy.exc import SQLAlchemyError

        from evdesk.records.errors import RecordsError, RecordsUnavailable

        try:
            result = action(self.records())
        except RecordsUnavailable as error:
            self._set_unavailable(error_text(error.code, error.params))
            raise Refusal(error.code, error_text(error.code, error.params), True, error.params) from error
        except RecordsError as error:
            raise Refusal(error.code, error_text(error.code, error.params), False, error.params) from error
        except SQLAlchemyError as error:
            # Something the records did not foresee: said in the window, never a traceback; nothing was
            # committed (every write is one transaction), so trying again is safe.
            detail = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
            params = {"where": self.where(), "detail": detail}
            raise Refusal("database_error", error_text("database_error", params), True, params) from error
        self._set_unavailable(None)
        return result

    def write(self, action: Callable[[Records], T]) -> T:
        result = self.call(action)
        self.changed.emit()
        return result

    def _set_unavailable(self, message: str | None) -> None:
        if message != self.unavailable:
            self.unavailable = message
            self.availability.emit(message is None, message or "")

    def reopen(self) -> None:
        """The settings' URL changed: the next call opens the new database."""
        self.close()
        self.changed.emit()

    def close(self) -> None:
        if self._records is not None:
            self._records.close()
            self._records = None
