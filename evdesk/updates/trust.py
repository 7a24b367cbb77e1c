"""The trusted root: the publisher's root metadata shipped with evdesk (`seeds/trust/root.json`),
replaced by `EVDESK_TRUST_ROOT=FILE` or the update setting `trust_root` (a dealership group that
publishes its own policy; the tests). Whatever TUF learns after it (newer roots, the last versions
seen) is kept per trusted root under the store, so two publishers never mix."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from evdesk.paths import seeds_path
from evdesk.updates.messages import QT_TRANSLATE_NOOP, Message, UpdateRefused

TRUST_ROOT_VARIABLE = "EVDESK_TRUST_ROOT"
SHIPPED_ROOT = ("trust", "root.json")


@dataclass(frozen=True)
class TrustAnchor:
    data: bytes
    origin: Path

    @property
    def id(self) -> str:
        return hashlib.sha256(self.data).hexdigest()[:16]


def trust_anchor(setting: Path | None = None) -> TrustAnchor:
    """`EVDESK_TRUST_ROOT`, else the `setting`, else the root shipped with evdesk."""
    variable = os.environ.get(TRUST_ROOT_VARIABLE)
    path = Path(variable) if variable else setting or seeds_path(*SHIPPED_ROOT)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UpdateRefused("trust_root", Message(QT_TRANSLATE_NOOP(
            "updates", "The trusted root {file} cannot be read ({problem})."),
            {"file": str(path), "problem": error.strerror or str(error)})) from None
    return TrustAnchor(data, path)
