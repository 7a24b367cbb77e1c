"""What a policy consists of, as TUF targets: the policy file itself and every file it names.

A policy file names its data files with a `file = "…"` key at any depth (today `vehicle_list.file`; the
provincial programs' data is one more such key): each is a file beside the policy file. Publishing
signs them all, the client fetches them all, and the store keeps them together, so a new data file
needs no change here.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

POLICY_TARGET = "policy.toml"  # the policy file's name in a repository and in the store
_PLAIN_NAME = re.compile(r"^[\w][\w.-]*$")


def referenced_files(document: dict[str, Any]) -> list[str]:
    """Every `file = "NAME"` in a parsed policy file, in the order they appear, each a plain file name."""
    found: list[str] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                here = f"{where}.{key}" if where else key
                if key == "file" and isinstance(item, str):
                    if not _PLAIN_NAME.match(item) or item == POLICY_TARGET:
                        raise ValueError(f"{here}: '{item}' must be a plain file name beside the policy file")
                    if item not in found:
                        found.append(item)
                else:
                    walk(item, here)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{where}[{index}]")

    walk(document, "")
    return found


def policy_files(policy_file: Path) -> dict[str, Path]:
    """Target name → local file, for a policy file and the files it names, found where the loader finds
    them: beside the policy file, else among the bundled seeds."""
    from evdesk.paths import seeds_path

    document = tomllib.loads(policy_file.read_text(encoding="utf-8"))
    files = {POLICY_TARGET: policy_file}
    for name in referenced_files(document):
        path = policy_file.parent / name
        if not path.is_file():
            path = seeds_path(name)
        if not path.is_file():
            raise FileNotFoundError(f"{policy_file.name} names {name}, which is not beside it")
        files[name] = path
    return files
