"""Reading a policy file: strict, all-or-nothing, with messages that name the file, the key and the
problem. A refused file never replaces the policy already in use: callers keep what they had."""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from evdesk.paths import seeds_path
from evdesk.policy.assembly import AssemblyList
from evdesk.policy.provinces import ProvincesFile
from evdesk.policy.reading import MAX_NESTING, FileRefused, check_toml_shape, decode_utf8, read_bounded, shown
from evdesk.policy.schema import PolicyFile, ProvincesRef, TradePartner, VehicleAssemblyRef, Window
from evdesk.policy.vehicles import VehicleList
from evdesk.updates.versions import version_key

Model = TypeVar("Model", bound=BaseModel)

BUNDLED_POLICY = "policy.toml"


class PolicyError(Exception):
    """A policy file that cannot be used. `problems` lists each one as 'file: key: problem'."""

    def __init__(self, path: Path, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Policy:
    """A validated policy file, its vehicle list, and where it came from."""

    data: PolicyFile
    vehicles: VehicleList
    path: Path
    sha256: str
    provinces: ProvincesFile | None = None  # the provincial incentives file `data.provinces` names
    assembly: AssemblyList | None = None  # where each listed model is assembled (`data.vehicle_assembly`)
    # The file predates evap.ftv_parts: it was read with the parts of its day, and is answered in its day's words.
    parts_as_before: bool = False
    # Built on first use by the rules: one citation per dated value, one partner index per partner list.
    # Not given to the constructor, so `dataclasses.replace` with other data starts both afresh.
    memo: dict[object, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    # Steps of the reasoning shared between evaluations, by kind, then by what they depend on (`Trace.shared`).
    steps: dict[str, dict[tuple, Any]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def version(self) -> str:
        return self.data.version

    def fta_partner(self, window: Window[list[TradePartner]], country: str) -> TradePartner | None:
        """The free trade partner `country` in that dated list, by a dict built once per window (the
        list has some fifty countries and the rules ask twice per evaluation)."""
        index = self.memo.get(("fta", id(window)))
        if index is None:
            index = self.memo[("fta", id(window))] = {p.country: p for p in window.value}
        return index.get(country)


MAX_LISTED_PROBLEMS = 100


def _location(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.startswith(("function-after", "function-before", "json-or-python")):
            continue
        else:
            text += ("." if text else "") + shown(part, 60)
    return text or "(top level)"


def _explain(name: str, error: ValidationError) -> list[str]:
    items = error.errors(include_url=False, include_input=False, include_context=False)
    problems = []
    for item in items[:MAX_LISTED_PROBLEMS]:
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown key (not part of the policy schema)"
        problems.append(f"{name}: {_location(item['loc'])}: {shown(message, 300)}")
    if len(items) > MAX_LISTED_PROBLEMS:
        problems.append(f"{name}: …and {len(items) - MAX_LISTED_PROBLEMS:,} more problems")
    return problems


def _parse_toml(raw: bytes) -> dict[str, Any]:
    text = decode_utf8(raw)
    check_toml_shape(text)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise FileRefused(f"is not valid TOML ({shown(str(error), 200)})") from None
    except ValueError as error:  # an integer of more digits than Python converts (4,300)
        raise FileRefused(f"is not valid TOML ({shown(str(error), 200)})") from None
    except RecursionError:  # the shape check stops this first; kept as the last line of defence
        raise FileRefused(f"is nested too deeply (more than {MAX_NESTING} levels)") from None


def beside_or_bundled(policy_path: Path, file: str) -> Path:
    """A file the policy names: beside the policy file, else the bundled one of that name."""
    beside = policy_path.parent / file
    try:
        return beside if beside.is_file() else seeds_path(file)
    except OSError:
        return beside


# Policy files up to this version (its local revisions too) did not name which parts of the price count toward
# the final transaction value (evap.ftv_parts). Such a file is read with the table the evdesk of its day had in
# its engine, frozen in the seeds, and answered in that evdesk's words (`Policy.parts_as_before`): a deal saved
# under it is answered again exactly as it was. A later file must name its parts.
FTV_PARTS_NAMED_AFTER = (2026, 12, 1)
FTV_PARTS_BEFORE = "ftv-parts-before-2026.12.02.toml"


@cache
def _ftv_parts_before() -> Any:
    return _parse_toml(read_bounded(seeds_path(FTV_PARTS_BEFORE)))["ftv_parts"]


def _predates_ftv_parts(document: dict[str, Any]) -> bool:
    """A file of version 2026.12.01 or earlier (or a local revision of one) without evap.ftv_parts."""
    evap, version = document.get("evap"), document.get("version")
    if not isinstance(evap, dict) or "ftv_parts" in evap or not isinstance(version, str):
        return False
    try:
        return version_key(version)[:3] <= FTV_PARTS_NAMED_AFTER
    except ValueError:  # not a policy version: the schema says so
        return False


def _validated_toml(path: Path, name: str, model: type[Model],
                    prepare: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> tuple[bytes, Model]:
    """A TOML file's bytes and `model` validated from them: read bounded, shape-checked, parsed (then
    `prepare`d), and every problem a PolicyError as `name: key: problem`."""
    try:
        raw = read_bounded(path)
        document = _parse_toml(raw)
        if prepare is not None:  # inside: a file it reads that cannot be read is this file's refusal too
            document = prepare(document)
    except FileRefused as refused:
        raise PolicyError(path, [f"{name}: {refused}"]) from None
    try:
        return raw, model.model_validate(document)
    except ValidationError as error:
        raise PolicyError(path, _explain(name, error)) from None
    except RecursionError:  # cannot happen after the shape check; a refusal all the same if it does
        raise PolicyError(path, [f"{name}: is nested too deeply"]) from None


def _load_provinces(policy_path: Path, reference: ProvincesRef) -> ProvincesFile:
    """The provincial file, read and checked like the policy itself, and refused unless its sha256 is the
    one the policy names (checked last, so that whoever edits it sees its problems first, then the hash to
    put in the policy)."""
    path = beside_or_bundled(policy_path, reference.file)
    name = shown(path.name)
    raw, provinces = _validated_toml(path, name, ProvincesFile)
    _check_pin(policy_path, "provinces", name, raw, reference.sha256)
    return provinces


def _load_assembly(policy_path: Path, reference: VehicleAssemblyRef) -> AssemblyList:
    """The vehicle-assembly CSV, checked row by row, then against the sha256 the policy names (last, as for
    the provincial file, so whoever edits it sees its problems first)."""
    path = beside_or_bundled(policy_path, reference.file)
    name = shown(path.name)
    try:
        raw = read_bounded(path)
        rows = AssemblyList.from_text(decode_utf8(raw), path.name)
    except (FileRefused, ValueError) as error:
        raise PolicyError(path, [f"{name}: {error}"]) from None
    _check_pin(policy_path, "vehicle_assembly", name, raw, reference.sha256)
    return rows


def _check_pin(policy_path: Path, key: str, name: str, raw: bytes, pinned: str) -> None:
    """A file the policy names by sha256 is that file: else `policy: key.sha256: …`, naming both digests."""
    found = hashlib.sha256(raw).hexdigest()
    if found != pinned:
        raise PolicyError(policy_path, [f"{shown(policy_path.name)}: {key}.sha256: {name} has sha256 {found}, "
                                        f"not the {pinned} the policy names"])


def _vehicle_list(policy_path: Path, data: PolicyFile) -> VehicleList:
    """The vehicle list beside the policy file, else the bundled one of that name."""
    path = beside_or_bundled(policy_path, data.vehicle_list.file)
    return VehicleList.from_text(decode_utf8(read_bounded(path)), path.name)


def load_policy(path: Path | str) -> Policy:
    """The policy in `path`, validated; any problem raises PolicyError, never another exception."""
    path = Path(path)
    name = shown(path.name or str(path))  # a path of "" names no file: show what was given
    predates = False

    def as_read(document: dict[str, Any]) -> dict[str, Any]:
        nonlocal predates
        predates = _predates_ftv_parts(document)
        return {**document, "evap": {**document["evap"], "ftv_parts": _ftv_parts_before()}} if predates else document

    raw, data = _validated_toml(path, name, PolicyFile, as_read)
    provinces = _load_provinces(path, data.provinces) if data.provinces is not None else None
    assembly = _load_assembly(path, data.vehicle_assembly) if data.vehicle_assembly is not None else None
    try:
        vehicles = _vehicle_list(path, data)
    except (FileRefused, ValueError) as error:
        raise PolicyError(path, [f"{name}: vehicle_list.file: {shown(data.vehicle_list.file)}: {error}"]) from None
    return Policy(data=data, vehicles=vehicles, path=path, sha256=hashlib.sha256(raw).hexdigest(),
                  provinces=provinces, assembly=assembly, parts_as_before=predates)


@cache
def bundled_policy() -> Policy:
    """The policy shipped with this release."""
    return load_policy(seeds_path(BUNDLED_POLICY))


def policy_json_schema() -> str:
    return json.dumps(PolicyFile.model_json_schema(), indent=2, sort_keys=True) + "\n"
