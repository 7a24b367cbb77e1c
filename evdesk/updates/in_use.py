"""Which policy answers, and where it came from.

The policy in use is the newest accepted one: the bundled policy, every signed install and every local
vehicle-list import, by version (a signed policy wins a tie). The window's File → Load policy… (and the
CLI's `--policy FILE`) overrides it with an unsigned file, shown as "unsigned, loaded from FILE".
The bundled policy is kept in the store the first time it is used, so an answer given under it can be
reproduced after an upgrade replaced it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from evdesk import __version__
from evdesk.policy import Policy, PolicyError, bundled_policy, load_policy
from evdesk.updates.messages import QT_TRANSLATE_NOOP, Message
from evdesk.updates.store import Kept, Kind, PolicyStore
from evdesk.updates.versions import version_key

_RANK: dict[Kind, int] = {"signed": 2, "bundled": 1, "imported": 0, "file": -1}


@dataclass(frozen=True)
class PolicyInUse:
    policy: Policy
    kind: Kind
    source: str
    installed: dt.datetime | None = None
    expires: dt.date | None = None  # the signed metadata's last valid day (signed policies only)

    @property
    def signed(self) -> bool:
        return self.kind == "signed"

    def describe(self) -> Message:
        """Where it came from, in a few words ("signed, installed from … on …")."""
        if self.kind == "signed":
            return Message(QT_TRANSLATE_NOOP("updates", "signed, installed from {source} on {installed}"),
                           {"source": self.source, "installed": self._installed_day()})
        if self.kind == "imported":
            return Message(QT_TRANSLATE_NOOP("updates", "vehicle list imported locally on {installed}, unsigned"),
                           {"installed": self._installed_day()})
        if self.kind == "file":
            return Message(QT_TRANSLATE_NOOP("updates", "unsigned, loaded from {file}"), {"file": self.source})
        return Message(QT_TRANSLATE_NOOP("updates", "bundled with {app}"), {"app": self.source})

    def _installed_day(self) -> dt.date | None:
        return self.installed.astimezone().date() if self.installed else None

    def to_json(self) -> dict[str, object]:
        policy = self.policy
        return {
            "id": policy.data.id,
            "version": policy.version,
            "sha256": policy.sha256,
            "published": policy.data.published.isoformat(),
            "expires": self.expires.isoformat() if self.expires else None,
            "signed": self.signed,
            "origin": self.kind,
            "source": self.source,
            "installed": self.installed.isoformat() if self.installed else None,
            "path": str(policy.path),
        }


def _from_kept(entry: Kept, policy: Policy) -> PolicyInUse:
    return PolicyInUse(policy, entry.kind, entry.source, entry.installed, entry.expires)


def keep_bundled(store: PolicyStore, now: dt.datetime | None = None) -> None:
    """Record the bundled policy in the history once, so it stays reproducible after an upgrade."""
    bundled = bundled_policy()
    if any(e.sha256 == bundled.sha256 and e.kind == "bundled" for e in store.history()):
        return
    with contextlib.suppress(OSError, PolicyError):  # a read-only data folder must not stop an answer
        store.keep(bundled, kind="bundled", source=f"evdesk {__version__}", now=now or dt.datetime.now(dt.UTC))


def policy_in_use(store: PolicyStore | None = None) -> PolicyInUse:
    """The newest accepted policy. A kept one that no longer loads is passed over."""
    store = store or PolicyStore()
    keep_bundled(store)
    bundled = bundled_policy()
    candidates = [e for e in store.history() if e.kind in ("signed", "imported", "bundled")]
    candidates.sort(key=lambda e: (version_key(e.version), _RANK[e.kind], e.installed), reverse=True)
    for entry in candidates:
        if (version_key(entry.version), _RANK[entry.kind]) <= (version_key(bundled.version), _RANK["bundled"]):
            break  # the bundled policy is at least as new
        try:
            return _from_kept(entry, store.load(entry))
        except PolicyError:
            continue
    recorded = next((e for e in store.history() if e.sha256 == bundled.sha256 and e.kind == "bundled"), None)
    return PolicyInUse(bundled, "bundled", f"evdesk {__version__}", recorded.installed if recorded else None)


def loaded_file(path: Path, store: PolicyStore | None = None) -> PolicyInUse:
    """An unsigned policy file the user chose (raises PolicyError). Its source is the file the user
    picked, when the window kept a copy of it."""
    store = store or PolicyStore()
    policy = load_policy(path)
    entry = next((e for e in reversed(store.history()) if e.sha256 == policy.sha256 and e.kind == "file"), None)
    return PolicyInUse(policy, "file", entry.source if entry else str(path), entry.installed if entry else None)


def describe_policy(policy: Policy, store: PolicyStore | None = None) -> PolicyInUse:
    """Where a policy already loaded came from: the bundled one, a kept one (by its sha256), or else an
    unsigned file."""
    store = store or PolicyStore()
    if policy.sha256 == bundled_policy().sha256 and policy.path == bundled_policy().path:
        return PolicyInUse(policy, "bundled", f"evdesk {__version__}")
    kept = [e for e in store.history() if e.sha256 == policy.sha256]
    if kept:
        return _from_kept(max(kept, key=lambda e: _RANK[e.kind]), policy)
    return PolicyInUse(policy, "file", str(policy.path))


def policy_for_stamp(version: str, sha256: str, store: PolicyStore | None = None) -> Policy | None:
    """The policy an answer was given under, from the history (a saved deal's `PolicyStamp`), or None
    when this machine never kept it. For the records: "opening a saved deal uses the policy it was made
    with"."""
    store = store or PolicyStore()
    keep_bundled(store)
    entry = store.by_stamp(version, sha256)
    if entry is None:
        return None
    try:
        return store.load(entry)
    except PolicyError:
        return None


def kept_policy(reference: str, store: PolicyStore | None = None) -> PolicyInUse:
    """A kept policy by version or sha256 prefix (`--policy-version`); raises LookupError or PolicyError."""
    store = store or PolicyStore()
    keep_bundled(store)
    entry = store.find(reference)
    return _from_kept(entry, store.load(entry))
