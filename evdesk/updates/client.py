"""Fetch, verify and keep a policy update: from the publisher's address (`https://…`, `http://127.0.0.1…`
for tests, or a repository folder) or from a bundle file. Every path goes through the same
`tuf.ngclient.Updater`, bootstrapped from the trusted root and keeping its trusted metadata between runs;
only the fetcher differs (see `fetchers`). What the Updater accepts is then loaded with the policy
loader and compared with what this machine already accepted: an older policy is refused (rollback).

A refusal raises `UpdateRefused` with a code and a one-line message; nothing is kept and the policy in
use stays. Nothing here contacts the network unless called.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import time
import tomllib
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from tuf.api import exceptions as tuf_errors
from tuf.api.metadata import Metadata
from tuf.ngclient import FetcherInterface, Updater, UpdaterConfig, Urllib3Fetcher

from evdesk import __version__
from evdesk.policy import Policy, PolicyError, bundled_policy, load_policy
from evdesk.updates.fetchers import LOCAL_BASE, BundleFetcher, FolderFetcher
from evdesk.updates.in_use import keep_bundled
from evdesk.updates.keys import last_valid_day
from evdesk.updates.messages import QT_TRANSLATE_NOOP, Message, UpdateRefused
from evdesk.updates.settings import UpdateSettings, load_settings, save_settings
from evdesk.updates.store import Kept, PolicyStore
from evdesk.updates.targets import POLICY_TARGET, referenced_files
from evdesk.updates.trust import trust_anchor
from evdesk.updates.versions import version_key

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
SOCKET_TIMEOUT_S = 15  # a counter cannot wait longer; python-tuf's default is 30
LOCK_STALE_S = 600

Status = Literal["installed", "up_to_date"]


def _refused(code: str, template: str, **params: object) -> UpdateRefused:
    return UpdateRefused(code, Message(template, dict(params)))


@dataclass(frozen=True)
class UpdateOutcome:
    status: Status
    kept: Kept
    policy: Policy
    message: Message


@dataclass(frozen=True)
class _Source:
    label: str  # what the history and the messages name
    host: str | None  # for "offline: HOST cannot be reached"
    metadata_url: str
    targets_url: str
    fetcher: FetcherInterface


def _use_system_certificates() -> None:
    """Verify https against the operating system's own certificate store (Windows, macOS keychain, the Linux
    bundle): a frozen app carries no OpenSSL certificate paths of its own, and a dealership's proxy may
    re-sign traffic with a certificate only the system trusts."""
    import truststore

    truststore.inject_into_ssl()


def _web_source(address: str) -> _Source:
    parts = urlsplit(address)
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        raise _refused("bad_address", QT_TRANSLATE_NOOP(
            "updates", "{address} is not an update address: use https://…, a folder, or http://127.0.0.1 for "
                       "tests."), address=address)
    base = address.rstrip("/")
    if parts.scheme == "https":
        _use_system_certificates()
    fetcher = Urllib3Fetcher(socket_timeout=SOCKET_TIMEOUT_S, app_user_agent=f"evdesk/{__version__}")
    return _Source(address, parts.hostname, f"{base}/metadata/", f"{base}/targets/", fetcher)


def source_for(address: str) -> _Source:
    """An update address: `https://…`, `http://` to this machine only, or a repository folder."""
    address = address.strip()
    scheme = urlsplit(address).scheme.lower()
    if scheme in ("http", "https"):
        return _web_source(address)
    folder = Path(address.removeprefix("file://")) if scheme in ("", "file") or len(scheme) == 1 else None
    if folder is None or not folder.is_dir():
        raise _refused("bad_address", QT_TRANSLATE_NOOP(
            "updates", "{address} is not an update address: use https://…, a folder, or http://127.0.0.1 for "
                       "tests."), address=address)
    return _Source(str(folder.resolve()), None, f"{LOCAL_BASE}metadata/", f"{LOCAL_BASE}targets/",
                   FolderFetcher(folder))


# --- TUF's refusals, in one line each ----------------------------------------------------------------

def _causes(error: BaseException) -> list[BaseException]:
    """The error and what caused it, down the chain (urllib3 keeps the cause in `reason`)."""
    chain = [error]
    while len(chain) < 10:
        reason = getattr(chain[-1], "reason", None)
        nxt = reason if isinstance(reason, BaseException) else chain[-1].__cause__
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def _not_connected(error: BaseException) -> str | None:
    """Why no connection was made (no network, no name, refused), or None when one was."""
    import urllib3.exceptions

    for cause in _causes(error):
        if isinstance(cause, urllib3.exceptions.NewConnectionError):  # name resolution failures too
            return str(cause).split(": ", 1)[-1]
    return None


def _explain(error: Exception, source: _Source, file: str) -> UpdateRefused:
    detail = str(error) or type(error).__name__
    if isinstance(error, tuf_errors.DownloadLengthMismatchError):
        return _refused("too_large", QT_TRANSLATE_NOOP(
            "updates", "Refused: {file} grew past its signed or maximum size and was stopped ({detail})."),
            file=file, detail=detail)
    problem = _not_connected(error)
    if problem is not None or (isinstance(error, tuf_errors.DownloadError)
                               and not isinstance(error, tuf_errors.SlowRetrievalError | tuf_errors.DownloadHTTPError)):
        return _refused("offline", QT_TRANSLATE_NOOP(
            "updates", "Offline: {host} cannot be reached ({problem}). Nothing changed."),
            host=source.host or source.label, problem=problem or str(_causes(error)[-1]))
    if isinstance(error, tuf_errors.SlowRetrievalError):
        return _refused("slow", QT_TRANSLATE_NOOP(
            "updates", "The server at {host} is too slow to answer; nothing changed."), host=source.host or "")
    if isinstance(error, tuf_errors.DownloadHTTPError):
        if source.host is None:
            return _refused("not_found", QT_TRANSLATE_NOOP(
                "updates", "{source} holds no signed policy repository ({file} is missing)."),
                source=source.label, file=file)
        return _refused("http_error", QT_TRANSLATE_NOOP(
            "updates", "{source} answered HTTP {status} for {file}: is it a policy repository?"),
            source=source.label, status=str(error.status_code), file=file)
    if isinstance(error, tuf_errors.UnsignedMetadataError):
        return _refused("unsigned", QT_TRANSLATE_NOOP(
            "updates", "Refused: not signed by the trusted publisher ({detail})."), detail=detail)
    if isinstance(error, tuf_errors.ExpiredMetadataError):
        return _refused("expired", QT_TRANSLATE_NOOP(
            "updates", "Refused: the signed metadata has expired ({detail}): a stale copy (freeze attack) or an "
                       "old bundle."), detail=detail)
    if isinstance(error, tuf_errors.BadVersionNumberError):
        return _refused("rollback_metadata", QT_TRANSLATE_NOOP(
            "updates", "Refused: signed metadata older than this machine has seen, or from different versions "
                       "mixed (rollback or mix-and-match: {detail})."), detail=detail)
    if isinstance(error, tuf_errors.LengthOrHashMismatchError):
        return _refused("tampered", QT_TRANSLATE_NOOP(
            "updates", "Refused: {file} does not match its signed length and hash (tampered)."), file=file)
    return _refused("invalid_metadata", QT_TRANSLATE_NOOP(
        "updates", "Refused by signature verification: {detail}."), detail=detail)


@contextlib.contextmanager
def _lock(store: PolicyStore) -> Iterator[None]:
    """One update at a time per store: python-tuf's Updater must not share its folder with another."""
    store.root.mkdir(parents=True, exist_ok=True)
    path = store.root / ".update.lock"
    with contextlib.suppress(FileNotFoundError):
        if time.time() - path.stat().st_mtime > LOCK_STALE_S:  # left by a process that died
            path.unlink()
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        raise _refused("busy", QT_TRANSLATE_NOOP(
            "updates", "Another evdesk is updating the policy right now; try again in a moment.")) from None
    os.close(descriptor)
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


# --- the update itself ---------------------------------------------------------------------------

def newest_accepted_signed(store: PolicyStore) -> tuple[str, str]:
    """(version, sha256) of the newest policy this machine accepted as signed, or the bundled one."""
    bundled = bundled_policy()
    best = (bundled.version, bundled.sha256)
    for entry in store.history():
        if entry.kind in ("signed", "bundled") and version_key(entry.version) > version_key(best[0]):
            best = (entry.version, entry.sha256)
    return best


def _accept(policy: Policy, store: PolicyStore) -> Kept | None:
    """The kept entry when this very policy is already kept as signed; a refusal when it is older than
    the newest accepted (rollback) or reuses a version for other content."""
    already = next((e for e in store.history() if e.sha256 == policy.sha256 and e.kind == "signed"), None)
    if already is not None:
        return already
    newest, _ = newest_accepted_signed(store)
    if version_key(policy.version) < version_key(newest):
        raise _refused("rollback_policy", QT_TRANSLATE_NOOP(
            "updates", "Refused: policy {version} is older than policy {newest} already accepted (rollback)."),
            version=policy.version, newest=newest)
    bundled = bundled_policy()
    clash = [e for e in store.history() if e.kind in ("signed", "bundled") and e.version == policy.version]
    if any(e.sha256 != policy.sha256 for e in clash) or (
            bundled.version == policy.version and bundled.sha256 != policy.sha256):
        raise _refused("same_version", QT_TRANSLATE_NOOP(
            "updates", "Refused: policy {version} is already accepted with different content (the publisher "
                       "must give it a new version)."), version=policy.version)
    return None


def _fetch_and_keep(source: _Source, store: PolicyStore, settings: UpdateSettings, now: dt.datetime,
                    on_refreshed: Callable[[], None] | None = None) -> UpdateOutcome:
    keep_bundled(store, now)  # the history then reads in order: what was in use before this update
    anchor = trust_anchor(settings.trust_root)
    metadata_dir = store.trusted_dir(anchor.id)
    staging = store.staging_dir()
    current = "timestamp.json"
    try:
        try:
            updater = Updater(str(metadata_dir), source.metadata_url, str(staging), source.targets_url,
                              source.fetcher, UpdaterConfig(app_user_agent=f"evdesk/{__version__}"),
                              bootstrap=anchor.data)
        except (tuf_errors.RepositoryError, ValueError) as error:
            raise _refused("trust_root", QT_TRANSLATE_NOOP(
                "updates", "The trusted root {file} is not valid root metadata ({problem})."),
                file=str(anchor.origin), problem=str(error)) from None
        try:
            updater.refresh()
            if on_refreshed is not None:
                on_refreshed()
            current = POLICY_TARGET
            names = [POLICY_TARGET]
            index = 0
            while index < len(names):  # the policy first, then every file it names
                current = names[index]
                info = updater.get_targetinfo(current)
                if info is None:
                    if current == POLICY_TARGET:
                        raise _refused("no_policy", QT_TRANSLATE_NOOP(
                            "updates", "Refused: the signed repository carries no policy file."))
                    raise _refused("missing_target", QT_TRANSLATE_NOOP(
                        "updates", "Refused: the policy names {file}, which the signed repository does not carry."),
                        file=current)
                updater.download_target(info, str(staging / current))
                if current == POLICY_TARGET:
                    names += _named_files(staging / POLICY_TARGET)
                index += 1
        except (tuf_errors.RepositoryError, tuf_errors.DownloadError) as error:
            raise _explain(error, source, current) from None
        try:
            policy = load_policy(staging / POLICY_TARGET)
        except PolicyError as error:
            raise _refused("invalid_policy", QT_TRANSLATE_NOOP(
                "updates", "Refused: the signed policy does not load ({problem})."),
                problem=error.problems[0]) from None
        expires = _targets_expiry(metadata_dir)
        kept = _accept(policy, store)
        if kept is not None:
            return UpdateOutcome("up_to_date", kept, store.load(kept), Message(QT_TRANSLATE_NOOP(
                "updates", "Policy {version} from {source} is already installed: nothing newer."),
                {"version": kept.version, "source": source.label}))
        try:
            kept = store.keep(policy, kind="signed", source=source.label, now=now, expires=expires)
            policy = store.load(kept)
        except (OSError, PolicyError) as error:
            raise _refused("storage", QT_TRANSLATE_NOOP(
                "updates", "The policy could not be kept ({problem}); the policy in use stays."),
                problem=str(error)) from None
        return UpdateOutcome("installed", kept, policy, Message(QT_TRANSLATE_NOOP(
            "updates", "Installed policy {version} (published {published}), signed, from {source}."),
            {"version": kept.version, "published": kept.published, "source": source.label}))
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _named_files(policy_file: Path) -> list[str]:
    try:
        return referenced_files(tomllib.loads(policy_file.read_text(encoding="utf-8")))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as error:
        raise _refused("invalid_policy", QT_TRANSLATE_NOOP(
            "updates", "Refused: the signed policy does not load ({problem})."), problem=str(error)) from None


def _targets_expiry(metadata_dir: Path) -> dt.date | None:
    """The last day the signed targets metadata holds (the Updater stored it only once verified)."""
    try:
        expires = Metadata.from_bytes((metadata_dir / "targets.json").read_bytes()).signed.expires
    except (OSError, tuf_errors.RepositoryError):
        return None
    return last_valid_day(expires)


def update_from(address: str | None = None, *, store: PolicyStore | None = None,
                now: dt.datetime | None = None) -> UpdateOutcome:
    """`evdesk policy update [--from ADDRESS]`: the publisher's newest policy, verified and kept. Without
    `address`, the one in the update settings."""
    store = store or PolicyStore()
    settings = load_settings(store.root)
    address = address or settings.effective_address
    if not address:
        raise _refused("no_address", QT_TRANSLATE_NOOP(
            "updates", "No update address is set: set the publisher's address in the update settings, or use "
                       "--from."))
    source = source_for(address)
    now = now or dt.datetime.now(dt.UTC)

    def checked() -> None:  # the publisher answered: that is a check, whatever comes of it
        save_settings(store.root, load_settings(store.root).with_changes(last_checked=now))

    with _lock(store):
        return _fetch_and_keep(source, store, settings, now, checked)


def install_bundle(bundle: Path, *, store: PolicyStore | None = None,
                   now: dt.datetime | None = None) -> UpdateOutcome:
    """`evdesk policy install BUNDLE` and File → Install policy update…: the same verification, reading
    from the bundle file."""
    store = store or PolicyStore()
    try:
        archive = zipfile.ZipFile(bundle)
    except (OSError, zipfile.BadZipFile) as error:
        problem = getattr(error, "strerror", None) or str(error)
        raise _refused("not_a_bundle", QT_TRANSLATE_NOOP(
            "updates", "Refused: {file} is not a policy update bundle ({problem})."),
            file=str(bundle), problem=problem) from None
    with archive, _lock(store):
        source = _Source(str(bundle.resolve()), None, f"{LOCAL_BASE}metadata/", f"{LOCAL_BASE}targets/",
                         BundleFetcher(archive))
        return _fetch_and_keep(source, store, load_settings(store.root), now or dt.datetime.now(dt.UTC))
