"""Runs the case tables in tests/rules/cases/*.toml against `evaluate`, through the JSON answer that
`evdesk check --json` prints, so the tables check exactly what users and tools see.

Paths into the answer: "rebate.amount"; "program.<id>.<field>" for one program of `programs`;
"outcome.<rule>" for a criterion's outcome and "criterion.<rule>" for whether it is there; "warning.<id>"
and "change.<id>" for whether that note is given; a number picks a list's item ("province.fees.0.amount");
a key the answer leaves out reads "absent"."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from evdesk.present.format import Formatter
from evdesk.present.report import to_json
from evdesk.rules import SaleRequest, evaluate

CASES_DIR = Path(__file__).parent / "cases"


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in table["case"]:
            given = {**table["base"], **case["given"]}
            params.append(pytest.param(given, case["expect"], id=f"{path.stem}: {case['name']}"))
    return params


def _lookup(answer: dict[str, Any], path: str) -> Any:
    kind, _, rest = path.partition(".")
    if kind == "outcome":
        found = [c["outcome"] for c in answer["explanation"] if c["rule"] == rest]
        assert found, f"no criterion {rest!r} in the explanation"
        return found[0]
    if kind == "criterion":
        return any(c["rule"] == rest for c in answer["explanation"])
    if kind == "warning":
        return any(note["id"] == rest for note in answer["warnings"])
    if kind == "change":
        return any(note["id"] == rest for note in answer["changes"])
    value: Any = answer
    if kind == "program":  # "program.<id>.<field>": the programs list, by program id
        program_id, _, rest = rest.partition(".")
        found = [p for p in answer["programs"] if p["id"] == program_id]
        assert found, f"no program {program_id!r} in the answer"
        value, path = found[0], rest
    for key in path.split("."):
        if isinstance(value, dict) and key not in value:
            return "absent"  # a part of the answer given only when it has something to say
        if value is not None and isinstance(value, list):
            value = value[int(key)]
        else:
            value = None if value is None else value[key]
    return value


@pytest.mark.parametrize(("given", "expect"), _load_cases())
def test_case(given: dict[str, Any], expect: dict[str, Any], policy) -> None:
    request = SaleRequest.model_validate({k: (None if v == "" else v) for k, v in given.items()})
    answer = to_json(evaluate(request, policy), Formatter("en"))
    for path, wanted in expect.items():
        assert _lookup(answer, path) == (None if wanted == "null" else wanted), path
