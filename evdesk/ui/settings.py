"""Typed accessors over QSettings (INI, per user), with a schema version so a later release can upgrade
an older settings file instead of tripping over it (Picard's pattern)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from evdesk.paths import user_data_dir
from evdesk.present.language import LANGUAGES, MODES, Language, Mode
from evdesk.updates.settings import UpdateSettings, load_settings, save_settings

if TYPE_CHECKING:
    from evdesk.records.due import DueThresholds

ORGANIZATION = "evdesk"
APPLICATION = "evdesk"
SCHEMA_VERSION = 1
DEFAULT_RETENTION_YEARS = 6  # Ontario keeps sale records 6 years (research §1, OMVIC); Alberta 3
MAX_RETENTION_YEARS = 100
MAX_DAYS = 3650
DUE_FIELDS = ("submit_days", "confirm_days", "payment_days", "step_down_days")


class DealerProfile(NamedTuple):
    """The dealership as its statements name it."""

    legal_name: str = ""
    address: str = ""
    gst_number: str = ""

    def is_empty(self) -> bool:
        return not (self.legal_name or self.address or self.gst_number)


class Settings:
    """What the window remembers between runs. Unknown or damaged values read as their defaults."""

    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
        self._upgrade()

    @property
    def store(self) -> QSettings:
        return self._store

    def _upgrade(self) -> None:
        found = self._store.value("schema_version", 0, type=int)
        if found == SCHEMA_VERSION:
            return
        # Version 0 is a fresh file (or one from before versioning): nothing to carry over yet. Future
        # upgrade steps go here, one per version, in order.
        self._store.setValue("schema_version", SCHEMA_VERSION)

    # --- the user's choices ---------------------------------------------------------------------
    @property
    def mode(self) -> Mode:
        value = self._store.value("ui/mode", "dealer", type=str)
        return value if value in MODES else "dealer"  # type: ignore[return-value]

    @mode.setter
    def mode(self, value: Mode) -> None:
        self._store.setValue("ui/mode", value)

    @property
    def language(self) -> Language | None:
        """None until the user picks one: the window then follows the system language."""
        value = self._store.value("ui/language", "", type=str)
        return value if value in LANGUAGES else None  # type: ignore[return-value]

    @language.setter
    def language(self, value: Language) -> None:
        self._store.setValue("ui/language", value)

    @property
    def province(self) -> str | None:
        """The province of registration the counter sells in ("CA-QC"), remembered for every new check on
        this installation; None until one is picked (the provincial answer is then not known)."""
        from evdesk.rules.request import canadian_subdivision_codes

        value = self._store.value("counter/province", "", type=str)
        return value if value in canadian_subdivision_codes() else None

    @province.setter
    def province(self, value: str | None) -> None:
        if value is None:
            self._store.remove("counter/province")
        else:
            self._store.setValue("counter/province", value)

    @property
    def policy_path(self) -> Path | None:
        value = self._store.value("policy/path", "", type=str)
        return Path(value) if value else None

    @policy_path.setter
    def policy_path(self, value: Path | None) -> None:
        if value is None:
            self._store.remove("policy/path")
        else:
            self._store.setValue("policy/path", str(value))

    # --- policy updates: kept with the CLI's, in the per-user data folder (evdesk.updates.settings) ---
    @property
    def updates(self) -> UpdateSettings:
        from evdesk.updates.store import PolicyStore  # here: it loads the policy schema, after the first paint

        return load_settings(PolicyStore().root)

    @updates.setter
    def updates(self, value: UpdateSettings) -> None:
        from evdesk.updates.store import PolicyStore

        save_settings(PolicyStore().root, value)

    # --- the deal records ----------------------------------------------------------------------
    # New keys with defaults: an older settings file simply lacks them, so no upgrade step is needed.
    def _text(self, key: str) -> str:
        return str(self._store.value(key, "", type=str) or "").strip()

    def _number(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self._store.value(key, default))
        except (TypeError, ValueError):
            return default
        return value if low <= value <= high else default

    @property
    def salesperson(self) -> str:
        return self._text("deals/salesperson")

    @salesperson.setter
    def salesperson(self, value: str) -> None:
        self._store.setValue("deals/salesperson", value.strip())

    @property
    def dealer(self) -> DealerProfile:
        return DealerProfile(self._text("dealer/legal_name"), self._text("dealer/address"), self._text("dealer/gst"))

    @dealer.setter
    def dealer(self, value: DealerProfile) -> None:
        self._store.setValue("dealer/legal_name", value.legal_name.strip())
        self._store.setValue("dealer/address", value.address.strip())
        self._store.setValue("dealer/gst", value.gst_number.strip())

    @property
    def database_url(self) -> str | None:
        """The dealership's database; None: EVDESK_DATABASE_URL, else the per-user SQLite file."""
        return self._text("deals/database_url") or None

    @database_url.setter
    def database_url(self, value: str | None) -> None:
        if value and value.strip():
            self._store.setValue("deals/database_url", value.strip())
        else:
            self._store.remove("deals/database_url")

    @property
    def due_thresholds(self) -> DueThresholds:
        """After how many days a claim needs action; the records' defaults until changed."""
        from evdesk.records.due import DueThresholds  # the records load after the window's first paint

        default = DueThresholds()
        return DueThresholds(**{name: self._number(f"deals/{name}", getattr(default, name), 0, MAX_DAYS)
                                for name in DUE_FIELDS})

    @due_thresholds.setter
    def due_thresholds(self, value: DueThresholds) -> None:
        for name in DUE_FIELDS:
            self._store.setValue(f"deals/{name}", int(getattr(value, name)))

    @property
    def retention_years(self) -> int:
        return self._number("deals/retention_years", DEFAULT_RETENTION_YEARS, 1, MAX_RETENTION_YEARS)

    @retention_years.setter
    def retention_years(self, value: int) -> None:
        self._store.setValue("deals/retention_years", int(value))

    # --- the window's shape ---------------------------------------------------------------------
    def geometry(self, key: str) -> QByteArray | None:
        value = self._store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._store.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self._store.sync()


def app_data_dir() -> Path:
    """The per-user folder for files the app keeps (a loaded policy): the same folder the CLI uses."""
    return user_data_dir()
