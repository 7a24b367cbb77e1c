"""The bundled policy with another split of the price's parts (`evap.ftv_parts`), for the tests of the data, the
engine and the form: each writes such a file and loads it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = (ROOT / "seeds" / "policy.toml").read_text(encoding="utf-8")
PARTS = ('value = { counted = ["vehicle_price", "options", "accessories", "dealer_fees"], '
         'not_counted = ["warranty", "winter_tires", "charger"] }')


def parts_value(counted: list[str], not_counted: list[str]) -> str:
    quoted = lambda names: ", ".join(f'"{name}"' for name in names)  # noqa: E731
    return f"value = {{ counted = [{quoted(counted)}], not_counted = [{quoted(not_counted)}] }}"


def edited_policy(folder: Path, old: str, new: str) -> Path:
    """The bundled policy.toml with `old` replaced by `new`, written in `folder` (its other files are found in the
    seeds, as for any policy file that does not have them beside it)."""
    assert old in BUNDLED, f"test set-up: {old!r} is not in the bundled policy"
    path = folder / "policy.toml"
    path.write_text(BUNDLED.replace(old, new, 1), encoding="utf-8")
    return path


def policy_with_parts(folder: Path, counted: list[str], not_counted: list[str]) -> Path:
    return edited_policy(folder, PARTS, parts_value(counted, not_counted))
