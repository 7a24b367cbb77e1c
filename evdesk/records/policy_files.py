"""The exact policy files every deal was answered under, kept in the database once per sha256, so that
any counter sharing the database can rebuild that policy and answer the saved request again (research §4:
a decision engine that kept only the rule set's version could not re-check its old decisions).

A policy is the policy TOML (its sha256 is the policy's own), the vehicle list CSV it names, and the
files it names and pins by sha256 when it names them: the provincial programs' TOML and the vehicle-assembly
CSV.
"""

from __future__ import annotations

import hashlib
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from evdesk.policy import Policy, PolicyError, bundled_policy, load_policy
from evdesk.policy.loader import beside_or_bundled
from evdesk.policy.reading import FileRefused, decode_utf8
from evdesk.policy.vehicles import VehicleList
from evdesk.records.errors import RecordsError
from evdesk.records.schema import policy_files

# The files a policy pins by sha256: the policy's key (`provinces = { file, sha256 }`) → the kind stored.
PINNED = {"provinces": "provinces", "vehicle_assembly": "vehicle_assembly"}


@dataclass(frozen=True)
class OtherFile:
    """A further file the policy names and pins by its sha256 (the provincial programs, the assembly data)."""

    kind: str
    name: str
    content: bytes
    sha256: str


@dataclass(frozen=True)
class PolicyFiles:
    """A policy's files as bytes, with their names and digests."""

    policy_name: str
    policy_bytes: bytes
    policy_sha256: str
    vehicle_list_name: str
    vehicle_list_bytes: bytes
    vehicle_list_sha256: str
    others: tuple[OtherFile, ...] = ()


_files_of: dict[tuple[str, str], PolicyFiles] = {}  # (path, sha256) → its files, read once per process
_rebuilt: dict[tuple[str, str], Policy] = {}  # (policy sha256, vehicle list sha256) → the policy


def pinned_references(policy_bytes: bytes) -> list[tuple[str, str, str]]:
    """(kind, file, sha256) of each file a stored policy pins, read from its own TOML, in `PINNED`'s order."""
    try:
        document = tomllib.loads(policy_bytes.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return []
    found = []
    for key, kind in PINNED.items():
        reference = document.get(key)
        if isinstance(reference, dict) and isinstance(reference.get("file"), str) and \
                isinstance(reference.get("sha256"), str):
            found.append((kind, reference["file"], reference["sha256"]))
    return found


def files_of(policy: Policy) -> PolicyFiles:
    """The bytes `policy` was loaded from, checked against what is in memory: the policy file by its
    sha256, the vehicle list by its contents. Raises RecordsError if either changed on disk since."""
    key = (str(policy.path), policy.sha256)
    known = _files_of.get(key)
    if known is not None:
        return known
    try:
        policy_bytes = policy.path.read_bytes()
        list_path = beside_or_bundled(policy.path, policy.data.vehicle_list.file)  # as the loader found it
        list_bytes = list_path.read_bytes()
    except OSError:
        raise RecordsError("policy_file_changed", path=str(policy.path)) from None
    if hashlib.sha256(policy_bytes).hexdigest() != policy.sha256:
        raise RecordsError("policy_file_changed", path=str(policy.path))
    try:  # the bytes read as the loader read them, compared with the list in memory
        same_list = VehicleList.from_text(decode_utf8(list_bytes), list_path.name).vehicles == policy.vehicles.vehicles
    except (FileRefused, ValueError):
        same_list = False
    if not same_list:
        raise RecordsError("policy_file_changed", path=str(list_path))
    others: list[OtherFile] = []
    for field, kind in PINNED.items():  # (not `key`: that names this policy's entry in the cache)
        reference = getattr(policy.data, field)
        if reference is None:
            continue
        path = beside_or_bundled(policy.path, reference.file)
        try:
            content = path.read_bytes()
        except OSError:
            raise RecordsError("policy_file_changed", path=str(path)) from None
        if hashlib.sha256(content).hexdigest() != reference.sha256:
            raise RecordsError("policy_file_changed", path=str(path))
        others.append(OtherFile(kind, reference.file, content, reference.sha256))
    files = PolicyFiles(policy.path.name, policy_bytes, policy.sha256, policy.data.vehicle_list.file, list_bytes,
                        hashlib.sha256(list_bytes).hexdigest(), tuple(others))
    _files_of[key] = files
    return files


def store(connection: Connection, files: PolicyFiles, known: set[str], now: object) -> set[str]:
    """Keep both files unless the database has them already (nothing to do after the first deal of a
    policy). `known` holds the digests this process has seen committed; the digests stored or found here
    are returned, for the caller to add to it once the transaction commits."""
    wanted = [(files.policy_sha256, "policy", files.policy_name, files.policy_bytes),
              (files.vehicle_list_sha256, "vehicle_list", files.vehicle_list_name, files.vehicle_list_bytes),
              *((other.sha256, other.kind, other.name, other.content) for other in files.others)]
    missing = [row for row in wanted if row[0] not in known]
    if not missing:
        return set()
    stored = set(connection.execute(select(policy_files.c.sha256).where(
        policy_files.c.sha256.in_([row[0] for row in missing]))).scalars())
    insert = postgresql_insert if connection.dialect.name == "postgresql" else sqlite_insert
    for sha256, kind, name, content in missing:
        if sha256 not in stored:
            # Another counter may store the same file at the same moment: the first one wins, both are right.
            connection.execute(insert(policy_files).values(sha256=sha256, kind=kind, name=name, content=content,
                                                           stored_at=now).on_conflict_do_nothing())
    return {row[0] for row in missing}


def stored_files(connection: Connection, policy_sha256: str, vehicle_list_sha256: str) -> PolicyFiles | None:
    rows = {row.sha256: row for row in connection.execute(select(policy_files).where(
        policy_files.c.sha256.in_([policy_sha256, vehicle_list_sha256])))}
    if policy_sha256 not in rows or vehicle_list_sha256 not in rows:
        return None
    policy_row, list_row = rows[policy_sha256], rows[vehicle_list_sha256]
    others: list[OtherFile] = []
    for kind, name, sha256 in pinned_references(bytes(policy_row.content)):
        row = connection.execute(select(policy_files).where(policy_files.c.sha256 == sha256)).first()
        if row is None:
            return None
        others.append(OtherFile(kind, name, bytes(row.content), sha256))
    return PolicyFiles(policy_row.name, bytes(policy_row.content), policy_sha256, list_row.name,
                       bytes(list_row.content), vehicle_list_sha256, tuple(others))


def rebuild(files: PolicyFiles) -> Policy:
    """The policy those exact files make, through the same loader and validation as any policy file. The
    bundled policy is used as it is when it is the same pair of files."""
    key = (files.policy_sha256, files.vehicle_list_sha256)
    if key in _rebuilt:
        return _rebuilt[key]
    for checked, data in ((files.policy_sha256, files.policy_bytes),
                          (files.vehicle_list_sha256, files.vehicle_list_bytes),
                          *((other.sha256, other.content) for other in files.others)):
        if hashlib.sha256(data).hexdigest() != checked:
            raise RecordsError("policy_unusable", sha256=checked, detail="its bytes do not match their sha256")
    bundled = bundled_policy()
    if bundled.sha256 == files.policy_sha256 and files_of(bundled).vehicle_list_sha256 == files.vehicle_list_sha256:
        policy = bundled
    else:
        # The loader reads files; the rebuilt policy is complete in memory once loaded.
        with tempfile.TemporaryDirectory(prefix="evdesk-policy-") as folder:
            (Path(folder) / files.policy_name).write_bytes(files.policy_bytes)
            (Path(folder) / files.vehicle_list_name).write_bytes(files.vehicle_list_bytes)
            for other in files.others:
                (Path(folder) / other.name).write_bytes(other.content)
            try:
                policy = load_policy(Path(folder) / files.policy_name)
            except PolicyError as error:
                raise RecordsError("policy_unusable", sha256=files.policy_sha256,
                                   detail=error.problems[0]) from error
        _files_of[(str(policy.path), policy.sha256)] = files  # its folder is gone: these are its files
    _rebuilt[key] = policy
    return policy


def saved_policy(connection: Connection, number: int, policy_sha256: str, vehicle_list_sha256: str) -> Policy:
    """The exact policy deal `number` was answered under, rebuilt from the files in the database."""
    files = stored_files(connection, policy_sha256, vehicle_list_sha256)
    if files is None:
        raise RecordsError("policy_missing", number=number, sha256=policy_sha256)
    return rebuild(files)
