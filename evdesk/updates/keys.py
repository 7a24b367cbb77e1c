"""The publisher's keys and root metadata: one Ed25519 key per top-level TUF role, and every version of
the root, in one folder that the release manager keeps offline.

    DIR/root.json            the current root metadata (public): what evdesk ships as seeds/trust/root.json
    DIR/roots/N.root.json    every root version; publishing copies them all, so clients can walk the chain
    DIR/keys/ROLE.pem        the private keys (PKCS#8; encrypted when EVDESK_KEYS_PASSPHRASE is set)
    DIR/retired/N/ROLE.pem   keys a rotation to root version N replaced (never deleted automatically)
    DIR/published.json       the last metadata versions published, so no repository or bundle goes back

Publishing needs only the targets, snapshot and timestamp keys: `keys/root.pem` can live elsewhere
(another offline medium) and is needed again only to rotate.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, Root
from tuf.api.serialization.json import JSONSerializer

ROLES = ("root", "targets", "snapshot", "timestamp")
PASSPHRASE_VARIABLE = "EVDESK_KEYS_PASSPHRASE"
ROOT_VALIDITY = dt.timedelta(days=365)  # re-sign (keys rotate with no role) before it runs out
PRETTY = JSONSerializer(compact=False)


class KeysError(Exception):
    """A keys folder that cannot be used: `str(error)` is the one line shown."""


def _passphrase() -> bytes | None:
    value = os.environ.get(PASSPHRASE_VARIABLE)
    return value.encode("utf-8") if value else None


def _write_private(path: Path, signer: CryptoSigner) -> None:
    passphrase = _passphrase()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption())
    pem = signer._private_key.private_bytes(  # securesystemslib writes only unencrypted keys
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never readable by others
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)


def _read_private(path: Path) -> CryptoSigner:
    try:
        pem = path.read_bytes()
    except OSError as error:
        raise KeysError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        key = serialization.load_pem_private_key(pem, _passphrase())
    except TypeError:
        raise KeysError(f"{path}: the key is encrypted: set {PASSPHRASE_VARIABLE}") from None
    except ValueError:
        raise KeysError(f"{path}: not a private key, or {PASSPHRASE_VARIABLE} is wrong") from None
    return CryptoSigner(key)  # type: ignore[arg-type]


def _end_of_day(day: dt.date) -> dt.datetime:
    """Metadata 'expiring on' a day stays valid through that day (UTC)."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)


def last_valid_day(expires: dt.datetime) -> dt.date:
    """The day shown for a metadata expiry: 2027-03-02T00:00Z holds through 2027-03-01."""
    return (expires - dt.timedelta(microseconds=1)).date()


def expiry(day: dt.date | None, now: dt.datetime, default: dt.timedelta) -> dt.datetime:
    if day is None:
        return (now + default).replace(microsecond=0)
    moment = _end_of_day(day)
    if moment <= now:
        raise KeysError(f"--expires: {day.isoformat()} is not after today")
    return moment


@dataclass(frozen=True)
class PublisherKeys:
    folder: Path
    root: Metadata[Root]

    def signer(self, role: str) -> CryptoSigner:
        signer = _read_private(self.folder / "keys" / f"{role}.pem")
        if signer.public_key.keyid not in self.root.signed.roles[role].keyids:
            raise KeysError(f"{self.folder}/keys/{role}.pem is not the {role} key named in root.json")
        return signer

    def root_versions(self) -> list[Path]:
        return sorted((self.folder / "roots").glob("*.root.json"), key=lambda p: int(p.name.split(".")[0]))

    @property
    def state_path(self) -> Path:
        return self.folder / "published.json"

    def published_versions(self) -> dict[str, int]:
        try:
            return {role: int(version) for role, version in json.loads(self.state_path.read_text()).items()}
        except (OSError, ValueError, AttributeError):
            return {}

    def remember_published(self, versions: dict[str, int]) -> None:
        self.state_path.write_text(json.dumps(versions, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _save_root(folder: Path, root: Metadata[Root]) -> None:
    (folder / "roots").mkdir(parents=True, exist_ok=True)
    root.to_file(str(folder / "roots" / f"{root.signed.version}.root.json"), serializer=PRETTY)
    root.to_file(str(folder / "root.json"), serializer=PRETTY)


def init_keys(folder: Path, now: dt.datetime, expires: dt.date | None = None) -> PublisherKeys:
    """A new publisher: four keys and root version 1, signed by the root key."""
    if (folder / "keys").exists() or (folder / "root.json").exists():
        raise KeysError(f"{folder}: already holds publisher keys; refusing to overwrite them")
    root = Metadata(Root(expires=expiry(expires, now, ROOT_VALIDITY)))
    signers = {role: CryptoSigner.generate_ed25519() for role in ROLES}
    for role, signer in signers.items():
        root.signed.add_key(signer.public_key, role)
        _write_private(folder / "keys" / f"{role}.pem", signer)
    root.sign(signers["root"])
    _save_root(folder, root)
    (folder / "README.txt").write_text(__doc__ or "", encoding="utf-8")
    return PublisherKeys(folder, root)


def open_keys(folder: Path) -> PublisherKeys:
    try:
        root = Metadata[Root].from_bytes((folder / "root.json").read_bytes())
    except (OSError, ValueError) as error:
        raise KeysError(f"{folder}: no publisher root.json there ({error}); create one with "
                        "`evdesk policy keys init`") from None
    if not isinstance(root.signed, Root):
        raise KeysError(f"{folder}/root.json is not root metadata")
    return PublisherKeys(folder, root)


def rotate_root(folder: Path, roles: list[str], now: dt.datetime, expires: dt.date | None = None) -> Metadata[Root]:
    """The next root version: new keys for `roles` (none: the same keys with a new expiry), signed by the
    old root key and, when it changes, the new one, as a client that trusts the old root requires."""
    keys = open_keys(folder)
    old_root_signer = keys.signer("root")
    root = Metadata[Root].from_dict(keys.root.to_dict())
    root.signed.version += 1
    root.signed.expires = expiry(expires, now, ROOT_VALIDITY)
    signers = [old_root_signer]
    retired = folder / "retired" / str(root.signed.version)
    for role in roles:
        new = CryptoSigner.generate_ed25519()
        for keyid in list(root.signed.roles[role].keyids):
            root.signed.revoke_key(keyid, role)
        root.signed.add_key(new.public_key, role)
        retired.mkdir(parents=True, exist_ok=True)
        (folder / "keys" / f"{role}.pem").replace(retired / f"{role}.pem")
        _write_private(folder / "keys" / f"{role}.pem", new)
        if role == "root":
            signers.append(new)
    root.signatures.clear()
    for signer in signers:
        root.sign(signer, append=True)
    _save_root(folder, root)
    return root
