"""Reading a policy file: strict, all-or-nothing, with messages that name the file, the key and the
problem. A refused file never replaces the policy already in use: callers keep what they had."""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from evdesk.paths import seeds_path
from evdesk.policy.provinces import ProvincesFile
from evdesk.policy.schema import PolicyFile, ProvincesRef, TradePartner, Window
from evdesk.policy.vehicles import VehicleList

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
    # Built on first use by the rules: one citation per dated value, one partner index per partner list.
    memo: dict[object, Any] = field(default_factory=dict, repr=False, compare=False)

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


def _location(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.startswith(("function-after", "function-before", "json-or-python")):
            continue
        else:
            text += ("." if text else "") + part
    return text or "(top level)"


def _explain(path: Path, error: ValidationError) -> list[str]:
    problems = []
    for item in error.errors(include_url=False):
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown key (not part of the policy schema)"
        problems.append(f"{path.name}: {_location(item['loc'])}: {message}")
    return problems


def _read_toml(path: Path) -> tuple[bytes, dict[str, Any]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise PolicyError(path, [f"{path.name}: cannot be read ({error.strerror or error})"]) from None
    try:
        return raw, tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyError(path, [f"{path.name}: is not UTF-8 text"]) from None
    except tomllib.TOMLDecodeError as error:
        raise PolicyError(path, [f"{path.name}: is not valid TOML ({error})"]) from None


def _load_provinces(policy_path: Path, reference: ProvincesRef) -> ProvincesFile:
    """The provincial file beside the policy (else the bundled one of that name), read and checked like the
    policy itself, and refused unless its sha256 is the one the policy names (checked last, so that whoever
    edits it sees its problems first, then the hash to put in the policy)."""
    path = policy_path.parent / reference.file
    if not path.is_file():
        path = seeds_path(reference.file)
    raw, document = _read_toml(path)
    try:
        provinces = ProvincesFile.model_validate(document)
    except ValidationError as error:
        raise PolicyError(path, _explain(path, error)) from None
    found = hashlib.sha256(raw).hexdigest()
    if found != reference.sha256:
        raise PolicyError(policy_path, [f"{policy_path.name}: provinces.sha256: {path.name} has sha256 {found}, "
                                        f"not the {reference.sha256} the policy names"])
    return provinces


def load_policy(path: Path | str) -> Policy:
    path = Path(path)
    raw, document = _read_toml(path)
    try:
        data = PolicyFile.model_validate(document)
    except ValidationError as error:
        raise PolicyError(path, _explain(path, error)) from None
    provinces = _load_provinces(path, data.provinces) if data.provinces is not None else None

    vehicles_file = path.parent / data.vehicle_list.file
    if not vehicles_file.is_file():
        vehicles_file = seeds_path(data.vehicle_list.file)
    try:
        vehicles = VehicleList.from_csv(vehicles_file)
    except (OSError, ValueError) as error:
        raise PolicyError(path, [f"{path.name}: vehicle_list.file: {error}"]) from None
    return Policy(data=data, vehicles=vehicles, path=path, sha256=hashlib.sha256(raw).hexdigest(),
                  provinces=provinces)


@cache
def bundled_policy() -> Policy:
    """The policy shipped with this release."""
    return load_policy(seeds_path(BUNDLED_POLICY))


def policy_json_schema() -> str:
    return json.dumps(PolicyFile.model_json_schema(), indent=2, sort_keys=True) + "\n"
