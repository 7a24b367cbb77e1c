"""Publishing a policy: validate it, then sign it and the files it names as TUF targets, into a
repository folder any web server can serve (`--repo`) or one bundle file for offline use (`--out`).

The repository uses consistent snapshots: metadata as `N.ROLE.json` (timestamp.json excepted) and
targets as `HASH.NAME`, so a client in the middle of an update never sees half of two versions, and
every older version stays where it was. A bundle is a zip with the same `metadata/` and `targets/`
folders, holding the current version and every root version.

Metadata versions only ever grow: each publication takes the highest versions found in the keys
folder's record and in the repository folder, plus one, so a bundle and a repository made from the
same keys never go back for a client that has seen either.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from tuf.api.exceptions import RepositoryError
from tuf.api.metadata import Metadata, MetaFile, Signed, Snapshot, TargetFile, Targets, Timestamp
from tuf.repository import Repository

from evdesk.updates.keys import PRETTY, KeysError, PublisherKeys, expiry, open_keys
from evdesk.updates.targets import policy_files

POLICY_VALIDITY = dt.timedelta(days=90)  # the default of `--expires`; see README "Policy updates"
_ROLE_TYPES: dict[str, type[Signed]] = {"targets": Targets, "snapshot": Snapshot, "timestamp": Timestamp}


class PublishError(Exception):
    """A publication that did not happen: `str(error)` is the one line shown. Nothing was written."""


@dataclass(frozen=True)
class Published:
    version: str  # the policy's version
    targets: dict[str, TargetFile]
    expires: dt.datetime
    metadata_versions: dict[str, int]
    written: Path


class _PublishingRepository(Repository):
    """python-tuf's repository model over metadata held in memory: `close` bumps the version, sets the
    expiry and signs with the publisher's key for the role."""

    def __init__(self, keys: PublisherKeys, start: dict[str, int], expires: dt.datetime):
        self._keys = keys
        self._expires = expires
        self._metadata: dict[str, Metadata] = {}
        for role, cls in _ROLE_TYPES.items():
            signed = cls(expires=expires)
            signed.version = start.get(role, 0)  # close() makes it one more
            self._metadata[role] = Metadata(signed)
        snapshot, timestamp = self._metadata["snapshot"].signed, self._metadata["timestamp"].signed
        assert isinstance(snapshot, Snapshot) and isinstance(timestamp, Timestamp)
        snapshot.meta = {"targets.json": MetaFile(max(start.get("targets", 0), 1))}
        timestamp.snapshot_meta = MetaFile(max(start.get("snapshot", 0), 1))

    def open(self, role: str) -> Metadata:
        if role == "root":
            return self._keys.root
        return copy.deepcopy(self._metadata[role])

    def close(self, role: str, md: Metadata) -> None:
        md.signed.version += 1
        md.signed.expires = self._expires
        md.sign(self._keys.signer(role))
        self._metadata[role] = md

    @property
    def targets_infos(self) -> dict[str, MetaFile]:
        return {"targets.json": MetaFile(self._metadata["targets"].signed.version)}

    @property
    def snapshot_info(self) -> MetaFile:
        return MetaFile(self._metadata["snapshot"].signed.version)

    def metadata(self, role: str) -> Metadata:
        return self._metadata[role]


def _repository_versions(repo: Path) -> dict[str, int]:
    """The versions a repository folder already serves (0 where it has none)."""
    found = {role: 0 for role in _ROLE_TYPES}
    metadata = repo / "metadata"
    for role in ("targets", "snapshot"):
        for path in metadata.glob(f"*.{role}.json"):
            prefix = path.name.split(".")[0]
            if prefix.isdigit():
                found[role] = max(found[role], int(prefix))
    with contextlib.suppress(OSError, RepositoryError):
        found["timestamp"] = Metadata.from_bytes((metadata / "timestamp.json").read_bytes()).signed.version
    return found


def _validate(policy_file: Path) -> str:
    from evdesk.policy import PolicyError, load_policy

    try:
        return load_policy(policy_file).version
    except PolicyError as error:
        raise PublishError(f"{error.problems[0]} (not published: fix it, then `evdesk policy validate`)") from None


def publish(policy_file: Path, keys_folder: Path, *, repo: Path | None = None, out: Path | None = None,
            expires: dt.date | None = None, now: dt.datetime | None = None) -> Published:
    """Validate `policy_file` with the policy loader, then write or update the repository `repo`, or
    write the bundle `out` (exactly one of them)."""
    if (repo is None) == (out is None):
        raise PublishError("give one of --repo REPO or --out BUNDLE")
    now = now or dt.datetime.now(dt.UTC)
    version = _validate(policy_file)
    try:
        files = policy_files(policy_file)
        keys = open_keys(keys_folder)
        until = expiry(expires, now, POLICY_VALIDITY)
        start = keys.published_versions()
        if repo is not None:
            served = _repository_versions(repo)
            start = {role: max(start.get(role, 0), served[role]) for role in _ROLE_TYPES}
        tuf_repo = _PublishingRepository(keys, start, until)
        with tuf_repo.edit_targets() as targets:
            targets.targets = {name: TargetFile.from_file(name, str(path)) for name, path in files.items()}
        tuf_repo.do_snapshot(force=True)
        tuf_repo.do_timestamp(force=True)
    except (KeysError, FileNotFoundError, ValueError) as error:
        raise PublishError(str(error)) from None

    versions = {role: tuf_repo.metadata(role).signed.version for role in _ROLE_TYPES}
    with tempfile.TemporaryDirectory(prefix="evdesk-publish-") as work:
        staged = Path(work)
        _write_repository(staged, keys, tuf_repo, files)
        if repo is not None:
            _merge_into(staged, repo)
            written = repo
        else:
            assert out is not None
            _zip(staged, out)
            written = out
    keys.remember_published(versions)
    targets_md = tuf_repo.metadata("targets").signed
    assert isinstance(targets_md, Targets)
    return Published(version, dict(targets_md.targets), until, versions, written)


def _write_repository(folder: Path, keys: PublisherKeys, repo: _PublishingRepository,
                      files: dict[str, Path]) -> None:
    metadata = folder / "metadata"
    metadata.mkdir(parents=True)
    for root in keys.root_versions():
        shutil.copyfile(root, metadata / root.name)
    for role in ("targets", "snapshot"):
        md = repo.metadata(role)
        md.to_file(str(metadata / f"{md.signed.version}.{role}.json"), serializer=PRETTY)
    repo.metadata("timestamp").to_file(str(metadata / "timestamp.json"), serializer=PRETTY)
    targets = folder / "targets"
    targets.mkdir()
    targets_md = repo.metadata("targets").signed
    assert isinstance(targets_md, Targets)
    for name, info in targets_md.targets.items():
        shutil.copyfile(files[name], targets / f"{info.hashes['sha256']}.{name}")


def _merge_into(staged: Path, repo: Path) -> None:
    """Add the new files to the repository; the timestamp goes last, so a client reading meanwhile sees
    the old version whole or the new one whole."""
    for sub in ("targets", "metadata"):
        (repo / sub).mkdir(parents=True, exist_ok=True)
        for path in sorted((staged / sub).iterdir()):
            if path.name != "timestamp.json":
                shutil.copyfile(path, repo / sub / path.name)
    temporary = repo / "metadata" / ".timestamp.json.new"
    shutil.copyfile(staged / "metadata" / "timestamp.json", temporary)
    temporary.replace(repo / "metadata" / "timestamp.json")


def _zip(staged: Path, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(out.name + ".part")
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(staged.rglob("*")):
            if path.is_file():
                bundle.write(path, path.relative_to(staged).as_posix())
    temporary.replace(out)
