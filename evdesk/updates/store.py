"""The policies kept on this machine and their history, under `evdesk.paths.user_data_dir()`:

    updates/policies/VERSION-SHA16/   policy.toml and every file it names, as accepted (never changed)
    updates/history.json              every policy accepted here: version, published, sha256, when, from where
    updates/trusted/ANCHOR/           python-tuf's trusted metadata, per trusted root (see `trust`)
    updates/settings.json             the update settings (see `settings`)

A kept policy is never rewritten or removed, so an answer given under it can be given again (`evdesk
check --policy-version`, a saved deal reopened). Writes are atomic: a crash leaves the old history.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from evdesk.paths import user_data_dir
from evdesk.policy import Policy, PolicyError, load_policy
from evdesk.updates.targets import POLICY_TARGET, policy_files

Kind = Literal["bundled", "signed", "imported", "file"]
HISTORY_SCHEMA = 1


@dataclass(frozen=True)
class Kept:
    """One accepted policy. `kind`: bundled with a release, signed (verified through TUF), imported (a
    vehicle list read locally), or file (an unsigned file the user loaded)."""

    version: str
    sha256: str
    published: dt.date
    kind: Kind
    installed: dt.datetime  # UTC
    source: str  # an address, a bundle or file path, or "evdesk 0.1.0" for a bundled policy
    folder: str  # under updates/policies/
    expires: dt.date | None = None  # the signed metadata's expiry (signed policies only)
    based_on: str | None = None  # an import: the version whose vehicle list it replaced

    @property
    def signed(self) -> bool:
        return self.kind == "signed"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["published"] = self.published.isoformat()
        data["installed"] = self.installed.isoformat()
        data["expires"] = self.expires.isoformat() if self.expires else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Kept:
        values = dict(data)
        values["published"] = dt.date.fromisoformat(str(data["published"]))
        values["installed"] = dt.datetime.fromisoformat(str(data["installed"]))
        values["expires"] = dt.date.fromisoformat(str(data["expires"])) if data.get("expires") else None
        return cls(**values)  # type: ignore[arg-type]


class AmbiguousPolicy(LookupError):
    pass


# history.json as last read, per file: every answer shown asks for its policy's expiry (staleness)
_read: dict[Path, tuple[int, list[Kept]]] = {}


class PolicyStore:
    def __init__(self, root: Path | None = None):
        self.root = root if root is not None else user_data_dir() / "updates"

    @property
    def history_path(self) -> Path:
        return self.root / "history.json"

    @property
    def policies_dir(self) -> Path:
        return self.root / "policies"

    def trusted_dir(self, anchor_id: str) -> Path:
        path = self.root / "trusted" / anchor_id
        path.mkdir(parents=True, exist_ok=True)
        return path

    def staging_dir(self) -> Path:
        """A fresh folder on the store's own disk, so keeping a download is a rename."""
        self.root.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.root))

    # --- the history ----------------------------------------------------------------------------
    def history(self) -> list[Kept]:
        """Oldest first. Read again only when the file changed (another evdesk may have written it)."""
        try:
            stamp = self.history_path.stat().st_mtime_ns
        except FileNotFoundError:
            return []
        cached = _read.get(self.history_path)
        if cached is None or cached[0] != stamp:
            document = json.loads(self.history_path.read_text(encoding="utf-8"))
            cached = _read[self.history_path] = (stamp, [Kept.from_json(e) for e in document.get("entries", [])])
        return list(cached[1])

    def _write_history(self, entries: list[Kept]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"schema": HISTORY_SCHEMA, "entries": [e.to_json() for e in entries]},
                          indent=2, ensure_ascii=False) + "\n"
        descriptor, temporary = tempfile.mkstemp(prefix=".history-", dir=self.root)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, self.history_path)
        _read.pop(self.history_path, None)

    def by_sha256(self, sha256: str) -> Kept | None:
        return next((e for e in reversed(self.history()) if e.sha256 == sha256), None)

    def by_stamp(self, version: str, sha256: str) -> Kept | None:
        """The kept policy an answer was given under (its `PolicyStamp`'s version and sha256)."""
        found = self.by_sha256(sha256)
        return found if found is not None and found.version == version else None

    def find(self, reference: str) -> Kept:
        """A kept policy by version (2026.11.28) or by the start of its sha256 (8 characters or more)."""
        distinct: dict[str, Kept] = {}
        for entry in self.history():
            if entry.version == reference or (len(reference) >= 8 and entry.sha256.startswith(reference.lower())):
                distinct.setdefault(entry.sha256, entry)
        if not distinct:
            raise LookupError(reference)
        if len(distinct) > 1:
            raise AmbiguousPolicy(", ".join(f"{e.version} {e.kind} {e.sha256[:12]}" for e in distinct.values()))
        return next(iter(distinct.values()))

    # --- keeping --------------------------------------------------------------------------------
    def keep(self, policy: Policy, *, kind: Kind, source: str, now: dt.datetime,
             expires: dt.date | None = None, based_on: str | None = None) -> Kept:
        """Copy `policy` and the files it names into the store and add it to the history. A policy
        already kept with the same content and kind is not added twice."""
        existing = next((e for e in self.history() if e.sha256 == policy.sha256 and e.kind == kind), None)
        if existing is not None:
            return existing
        folder = f"{policy.version}-{policy.sha256[:16]}"
        target = self.policies_dir / folder
        if not (target / POLICY_TARGET).is_file():
            staged = self.staging_dir()
            try:
                for name, path in policy_files(policy.path).items():
                    shutil.copyfile(path, staged / name)
                load_policy(staged / POLICY_TARGET)  # what is kept must load as it did
                target.parent.mkdir(parents=True, exist_ok=True)
                if target.exists():
                    shutil.rmtree(target)  # a half-kept folder from an interrupted run
                staged.rename(target)
            finally:
                shutil.rmtree(staged, ignore_errors=True)
        entry = Kept(version=policy.version, sha256=policy.sha256, published=policy.data.published, kind=kind,
                     installed=now.astimezone(dt.UTC), source=source, folder=folder, expires=expires,
                     based_on=based_on)
        self._write_history([*self.history(), entry])
        return entry

    def path_of(self, entry: Kept) -> Path:
        return self.policies_dir / entry.folder / POLICY_TARGET

    def load(self, entry: Kept) -> Policy:
        """The kept policy, loaded from its own folder (so it answers as it did when accepted)."""
        policy = load_policy(self.path_of(entry))
        if policy.sha256 != entry.sha256:
            raise PolicyError(self.path_of(entry), [f"{entry.folder}: changed on disk since it was kept"])
        return policy
