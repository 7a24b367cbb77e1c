"""Policy versions (`YYYY.MM.DD` or `YYYY.MM.DD.N`, as the schema allows) in their natural order."""

from __future__ import annotations

import re

_VERSION = re.compile(r"^(\d{4})\.(\d{2})\.(\d{2})(?:\.(\d+))?$")


def version_key(version: str) -> tuple[int, int, int, int]:
    """2026.11.28 < 2026.11.28.1 < 2026.12.01: a local revision sorts after its base, before the next."""
    match = _VERSION.match(version)
    if match is None:
        raise ValueError(f"'{version}' is not a policy version (YYYY.MM.DD or YYYY.MM.DD.N)")
    year, month, day, revision = match.groups()
    return int(year), int(month), int(day), int(revision or 0)


def next_local_revision(version: str) -> str:
    """The version of a local revision of `version`: 2026.11.28 → 2026.11.28.1 → 2026.11.28.2."""
    year, month, day, revision = version_key(version)
    return f"{year:04d}.{month:02d}.{day:02d}.{revision + 1}"
