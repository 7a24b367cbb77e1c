"""The update settings the CLI and the window share, in the store's `settings.json` (pure Python, so
`evdesk policy update` finds the address the window saved). Defaults come from the publisher's
`seeds/trust/publisher.toml`. Unknown or damaged values read as their defaults."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from evdesk.paths import seeds_path

SCHEMA = 1


@cache
def _publisher_defaults() -> dict[str, object]:
    try:
        return tomllib.loads(seeds_path("trust", "publisher.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}


@dataclass(frozen=True)
class UpdateSettings:
    address: str | None = None  # the publisher's repository; None: the publisher's default
    check_at_startup: bool = False  # the user's consent to contact the address when the window opens
    max_age_days: int | None = None  # None: the publisher's default; 0 turns the age warning off
    last_checked: dt.datetime | None = None  # the last time the publisher answered
    trust_root: Path | None = None  # replaces the shipped root (a dealership group's own publisher)

    @property
    def effective_address(self) -> str | None:
        default = _publisher_defaults().get("address")
        return self.address or (default if isinstance(default, str) and default else None)

    @property
    def effective_max_age_days(self) -> int | None:
        value = self.max_age_days
        if value is None:
            default = _publisher_defaults().get("max_age_days")
            value = default if isinstance(default, int) else None
        return value if value else None

    def with_changes(self, **changes: object) -> UpdateSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


def _path(store_root: Path) -> Path:
    return store_root / "settings.json"


_cache: dict[Path, tuple[int, UpdateSettings]] = {}


def load_settings(store_root: Path) -> UpdateSettings:
    path = _path(store_root)
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        return UpdateSettings()
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        checked = data.get("last_checked")
        settings = UpdateSettings(
            address=data.get("address") or None,
            check_at_startup=data.get("check_at_startup") is True,
            max_age_days=data["max_age_days"] if isinstance(data.get("max_age_days"), int)
            and data["max_age_days"] >= 0 else None,
            last_checked=dt.datetime.fromisoformat(checked) if isinstance(checked, str) else None,
            trust_root=Path(data["trust_root"]) if data.get("trust_root") else None,
        )
    except (OSError, ValueError, TypeError, AttributeError):
        settings = UpdateSettings()
    _cache[path] = (stamp, settings)
    return settings


def save_settings(store_root: Path, settings: UpdateSettings) -> None:
    store_root.mkdir(parents=True, exist_ok=True)
    data = {
        "schema": SCHEMA,
        "address": settings.address,
        "check_at_startup": settings.check_at_startup,
        "max_age_days": settings.max_age_days,
        "last_checked": settings.last_checked.isoformat() if settings.last_checked else None,
        "trust_root": str(settings.trust_root) if settings.trust_root else None,
    }
    descriptor, temporary = tempfile.mkstemp(prefix=".settings-", dir=store_root)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
    os.replace(temporary, _path(store_root))
    _cache.pop(_path(store_root), None)
