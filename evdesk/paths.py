"""Where evdesk's bundled data lives, from a checkout, an installed wheel or a frozen app.

The repository keeps the policy data in `seeds/` and the translations and icons in `resources/`, at the
top where a reader looks for them. The wheel and the PyInstaller bundle carry both inside the package
(`evdesk/seeds`, `evdesk/resources`), so the one helper below checks there first.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import Literal

_PACKAGE_DIR = Path(__file__).resolve().parent

Bundle = Literal["seeds", "resources"]


@cache
def data_dir(name: Bundle) -> Path:
    """The folder holding the bundled `seeds` or `resources`."""
    candidates = [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "evdesk" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"evdesk's bundled '{name}' folder is missing (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


def seeds_path(*parts: str) -> Path:
    return data_dir("seeds").joinpath(*parts)


def resources_path(*parts: str) -> Path:
    return data_dir("resources").joinpath(*parts)


DATA_DIR_VARIABLE = "EVDESK_DATA_DIR"


def user_data_dir() -> Path:
    """The per-user folder for what evdesk keeps (the deal records, installed policies, the trusted update
    metadata), created on demand. Pure Python, so the CLI finds the same folder as the window without Qt:
    it is the folder Qt calls AppDataLocation for organisation "evdesk", application "evdesk"
    (~/.local/share/evdesk/evdesk, %APPDATA%\\evdesk\\evdesk, ~/Library/Application Support/evdesk/evdesk).
    `EVDESK_DATA_DIR` replaces it (tests, a portable install)."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("evdesk", appauthor=False, roaming=True)) / "evdesk"
    path.mkdir(parents=True, exist_ok=True)
    return path
