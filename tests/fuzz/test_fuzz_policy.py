"""Fuzz target: the policy loader takes the bundled policy and vehicle list mutated every way (values
replaced with hostile TOML, lines dropped or doubled, bytes flipped, arbitrary text) and either loads a
policy the engine can answer with, or refuses it in one printable line per problem."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evdesk.policy import PolicyError, load_policy
from evdesk.present.format import Formatter
from evdesk.present.report import to_json
from evdesk.rules import SaleRequest, evaluate
from tests.fuzz.conftest import run_for
from tests.fuzz.strategies import nasty_text

ROOT = Path(__file__).resolve().parents[2]
POLICY = (ROOT / "seeds" / "policy.toml").read_text(encoding="utf-8")
VEHICLES_NAME = "evap-vehicle-list-2026-09-14.csv"
VEHICLES = (ROOT / "seeds" / VEHICLES_NAME).read_text(encoding="utf-8")
POLICY_LINES = POLICY.splitlines()
VEHICLE_LINES = VEHICLES.splitlines()

toml_value = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["true", "false", "inf", "-inf", "nan", "1e400", "0.0", "-1", "0", "9" * 30,
                     "9223372036854775808", "2026-02-30", "0001-01-01", "9999-12-31", "2026-01-01T10:00:00",
                     "[]", "{}", "[[]]", '""', '"x"', "'''\n'''", '"\\u0000"', '"\\ud800"', "[1, [2, [3]]]",
                     "{ a = 1 }", '"50000.00"', '"-5"', '"1e9999"', '"NaN"', "12:00:00", "[" * 40 + "]" * 40]),
    nasty_text.map(lambda text: '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'),
)


@st.composite
def mutated_policy(draw: st.DrawFn) -> str:
    lines = list(POLICY_LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["value", "drop", "double", "insert", "key"]))
        line = lines[index]
        if kind == "value" and "=" in line:
            lines[index] = line.split("=", 1)[0] + "= " + draw(toml_value)
        elif kind == "drop":
            del lines[index]
        elif kind == "double":
            lines.insert(index, line)
        elif kind == "insert":
            lines.insert(index, draw(nasty_text))
        elif "=" in line:
            lines[index] = draw(st.from_regex(r"[a-z_.\"]{1,20}", fullmatch=True)) + " =" + line.split("=", 1)[1]
    return "\n".join(lines) + "\n"


@st.composite
def mutated_vehicles(draw: st.DrawFn) -> str:
    lines = list(VEHICLE_LINES)
    for _ in range(draw(st.integers(0, 3))):
        index = draw(st.integers(0, len(lines) - 1))
        fields = lines[index].split(",")
        hostile = st.one_of(nasty_text, st.just('"' * 3), st.just("x" * 140_000))
        fields[draw(st.integers(0, len(fields) - 1))] = draw(hostile)
        lines[index] = ",".join(fields)
    return "\n".join(lines) + "\n"


def flipped(text: str, positions: list[int], byte: int) -> bytes:
    raw = bytearray(text.encode("utf-8"))
    for position in positions:
        raw[position % len(raw)] = byte
    return bytes(raw)


policy_file = st.one_of(
    mutated_policy().map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.builds(flipped, st.just(POLICY), st.lists(st.integers(0, 10**6), min_size=1, max_size=5), st.integers(0, 255)),
    st.binary(max_size=300),
    nasty_text.map(lambda text: text.encode("utf-8", "surrogatepass")),
)
vehicles_file = st.one_of(st.just(VEHICLES), mutated_vehicles()).map(lambda t: t.encode("utf-8", "surrogatepass"))
REQUEST = SaleRequest(sale_date="2026-05-01", powertrain="BEV", assembly="US", vehicle_price="45000",
                      fta_origin_met="yes", prior_incentives=0, quota_position="within")
FORMATTER = Formatter("en")


@pytest.mark.fuzz
def test_the_policy_loader_loads_or_refuses_in_one_line() -> None:
    @settings(max_examples=100, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(policy_file, vehicles_file)
    def one(policy_bytes: bytes, vehicle_bytes: bytes) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "policy.toml"
            path.write_bytes(policy_bytes)
            (Path(folder) / VEHICLES_NAME).write_bytes(vehicle_bytes)
            try:
                policy = load_policy(path)
            except PolicyError as refused:
                assert refused.problems
                for problem in refused.problems:
                    assert problem.isprintable() and problem.startswith("policy.toml: "), problem
                return
        # Accepted: the engine answers with it and the answer formats (what crashed before the bounds).
        to_json(evaluate(REQUEST, policy), FORMATTER)

    run_for("policy", one)
