"""Every value that differs between two policies: `evdesk policy diff A B`.

Read from the validated files as data, not by name, so a new parameter group (the provincial programs)
is compared with no change here: a dated series (`values = [{start, end, value, source}, …]`) is compared
window by window, matched by start date; within a value, fields are compared one by one and lists as
sets (a partner added, a powertrain removed); every other key is compared as it is. The vehicle lists
are compared trim by trim.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from evdesk.policy import Policy


@dataclass(frozen=True)
class Difference:
    parameter: str  # "evap.ftv_cap", "evap.amounts.BEV", "sources.tc-evap-dealers.url", "vehicle_list: 2027 …"
    window: str  # "2026-02-16 – 2031-04-01" for a dated value, "" otherwise
    old: str | None  # None: not in A
    new: str | None  # None: not in B
    source: str  # the source id(s) the value rests on ("a → b" when the source changed)

    def to_json(self) -> dict[str, str | None]:
        return {"parameter": self.parameter, "window": self.window or None, "old": self.old, "new": self.new,
                "source": self.source or None}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _is_series(value: Any) -> bool:
    return (isinstance(value, dict) and isinstance(value.get("values"), list) and value["values"]
            and all(isinstance(w, dict) and {"start", "end", "value", "source"} <= set(w) for w in value["values"]))


def _value_differences(path: str, old: Any, new: Any) -> list[tuple[str, str | None, str | None]]:
    """(sub-path, old, new) for one window's values: fields one by one, lists as added and removed items."""
    if isinstance(old, dict) and isinstance(new, dict):
        found = []
        for key in [*old, *(k for k in new if k not in old)]:
            found += _value_differences(f"{path}.{key}", old.get(key), new.get(key))
        return found
    if isinstance(old, list) and isinstance(new, list):
        before, after = {_text(i) for i in old}, {_text(i) for i in new}
        return ([(path, item, None) for item in sorted(before - after)]
                + [(path, None, item) for item in sorted(after - before)])
    if old == new:
        return []
    return [(path, None if old is None else _text(old), None if new is None else _text(new))]


def _series_differences(path: str, old: dict[str, Any], new: dict[str, Any]) -> list[Difference]:
    found: list[Difference] = []
    before = {w["start"]: w for w in old["values"]}
    after = {w["start"]: w for w in new["values"]}
    for start in sorted(set(before) | set(after)):
        a, b = before.get(start), after.get(start)
        if a is None or b is None:
            w = a or b
            assert w is not None
            window = f"{w['start']} – {w['end']}"
            value = _text(w["value"])
            found.append(Difference(path, window, value if a else None, value if b else None, w["source"]))
            continue
        window = f"{start} – {a['end']}" if a["end"] == b["end"] else f"{start} – {a['end']} → {b['end']}"
        source = a["source"] if a["source"] == b["source"] else f"{a['source']} → {b['source']}"
        changes = _value_differences(path, a["value"], b["value"])
        for key in ("confidence", "note"):
            if a.get(key) != b.get(key):
                changes.append((f"{path} ({key})", a.get(key), b.get(key)))
        if a["end"] != b["end"] and not changes:
            changes.append((f"{path} (end)", a["end"], b["end"]))
        if a["source"] != b["source"] and not changes:
            changes.append((f"{path} (source)", a["source"], b["source"]))
        found += [Difference(sub, window, o, n, source) for sub, o, n in changes]
    return found


def _walk(path: str, old: Any, new: Any) -> list[Difference]:
    if _is_series(old) and _is_series(new):
        return _series_differences(path, old, new)
    if isinstance(old, dict) and isinstance(new, dict):
        found = []
        for key in [*old, *(k for k in new if k not in old)]:
            found += _walk(f"{path}.{key}" if path else key, old.get(key), new.get(key))
        return found
    if old == new:
        return []
    return [Difference(path, "", None if old is None else _text(old), None if new is None else _text(new), "")]


def _vehicle_differences(a: Policy, b: Policy) -> list[Difference]:
    def listed(policy: Policy) -> dict[tuple[str, ...], str]:
        return {(str(v.model_year), v.make, v.model, v.trim): f"{v.powertrain.value}"
                + (", Canadian-made" if v.canadian_made else "") for v in policy.vehicles.vehicles}

    before, after = listed(a), listed(b)
    source = b.data.vehicle_list.source
    found = []
    for key in sorted(set(before) | set(after)):
        if before.get(key) != after.get(key):
            found.append(Difference("vehicle_list: " + " ".join(p for p in key if p), "", before.get(key),
                                    after.get(key), source))
    return found


def diff_policies(a: Policy, b: Policy) -> list[Difference]:
    """Every value that differs from `a` to `b`, in the order of the file, then the vehicle list."""
    old, new = a.data.model_dump(mode="json"), b.data.model_dump(mode="json")
    return _walk("", old, new) + _vehicle_differences(a, b)
