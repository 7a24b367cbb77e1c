"""Whether an answer's policy has gone stale: past its signed expiry, or published more than N days ago
(an update setting, from the publisher's default). One decision, `judge`, for every place an answer is
shown: the CLI's text and JSON, the window's result view and status bar, and the statement.

The expiry is the signed TUF targets metadata's (set by `evdesk policy publish --expires`), recorded
when the policy was installed; the bundled policy, a local import and an unsigned file have none, so only
the age limit applies to them.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from evdesk.updates.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from evdesk.policy import Policy
    from evdesk.updates.store import PolicyStore


def today() -> dt.date:
    """The day answers are judged on (tests set it)."""
    return dt.date.today()


@dataclass(frozen=True)
class Staleness:
    reason: Literal["expired", "old"]
    published: dt.date
    since: dt.date  # the first day it counted as stale
    message: Message


def judge(published: dt.date, expires: dt.date | None, on: dt.date, max_age_days: int | None) -> Staleness | None:
    """Stale from the day after `expires` (the last valid day), or once more than `max_age_days` days
    have passed since `published`. None when the policy is current."""
    if expires is not None and on > expires:
        return Staleness("expired", published, expires + dt.timedelta(days=1), Message(QT_TRANSLATE_NOOP(
            "updates", "This answer uses the policy published on {published}, whose signed validity ended on "
                       "{expires}: check for updates."), {"published": published, "expires": expires}))
    if max_age_days is not None and max_age_days > 0 and (on - published).days > max_age_days:
        return Staleness("old", published, published + dt.timedelta(days=max_age_days + 1), Message(
            QT_TRANSLATE_NOOP("updates", "This answer uses the policy published on {published}, more than "
                                         "{days} days ago: check for updates."),
            {"published": published, "days": max_age_days}))
    return None


class _Stamp(Protocol):
    sha256: str
    published: dt.date


class _Formatter(Protocol):
    def fill(self, template: str, params: dict, context: str = ...) -> str: ...


_stores: dict[str | None, PolicyStore] = {}


def _store() -> PolicyStore:
    """The default store, made once per data folder: this runs on every answer shown, as the user types."""
    from evdesk.paths import DATA_DIR_VARIABLE
    from evdesk.updates.store import PolicyStore

    key = os.environ.get(DATA_DIR_VARIABLE)
    store = _stores.get(key)
    if store is None:
        store = _stores[key] = PolicyStore()
    return store


def staleness_of(stamp: _Stamp, on: dt.date | None = None) -> Staleness | None:
    """The decision for an answer's policy (an `Evaluation.policy` stamp, or anything with its sha256
    and publication date): its expiry from the kept history, the age limit from the update settings."""
    from evdesk.updates.settings import load_settings

    store = _store()
    kept = store.by_sha256(stamp.sha256)
    expires = kept.expires if kept is not None else None
    return judge(stamp.published, expires, on or today(), load_settings(store.root).effective_max_age_days)


@dataclass(frozen=True)
class _PolicyStamp:
    sha256: str
    published: dt.date


def policy_staleness(policy: Policy, on: dt.date | None = None) -> Staleness | None:
    """The same decision for a loaded policy (the status bar, `evdesk policy show`)."""
    return staleness_of(_PolicyStamp(policy.sha256, policy.data.published), on)


def stale_warning(stamp: _Stamp, formatter: _Formatter) -> str | None:
    """The warning every rendered answer carries when its policy is stale, in the formatter's language."""
    found = staleness_of(stamp)
    return formatter.fill(found.message.template, found.message.params, "updates") if found else None


def stale_json(stamp: _Stamp, formatter: _Formatter) -> dict[str, object] | None:
    """The same, for JSON answers: `{"reason", "published", "since", "text"}`, or None when current."""
    found = staleness_of(stamp)
    if found is None:
        return None
    return {"reason": found.reason, "published": found.published.isoformat(), "since": found.since.isoformat(),
            "text": formatter.fill(found.message.template, found.message.params, "updates")}
