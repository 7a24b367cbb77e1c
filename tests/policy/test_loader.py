"""The policy loader refuses a broken file with a message naming the file, the key and the problem."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evdesk.policy import PolicyError, load_policy
from evdesk.policy.loader import policy_json_schema

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "seeds" / "policy.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def edited(old: str, new: str, count: int = 1) -> str:
    text = BUNDLED.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} is not in the bundled policy"
    return text.replace(old, new, count)


def test_the_bundled_policy_loads() -> None:
    policy = load_policy(BUNDLED)
    assert policy.version == "2026.12.01"
    assert len(policy.vehicles.vehicles) == 126
    assert policy.vehicles.find(2026, "Dodge", "Charger", "Scat Pack").canadian_made


@pytest.mark.parametrize(("old", "new", "problem"), [
    ('[evap.ftv_cap]\n', '[evap.ftv_cap]\nceiling = 1\n', "evap.ftv_cap.ceiling: unknown key"),
    ('start = 2027-01-01\nend = 2028-01-01', 'start = 2026-12-01\nend = 2028-01-01',
     "evap.amounts.values: windows overlap"),
    ('start = 2027-01-01\nend = 2028-01-01', 'start = 2027-02-01\nend = 2028-01-01',
     "evap.amounts.values: gap with no value from 2027-01-01 to 2027-02-01"),
    ('value = "50000.00"\nsource = "tc-evap-vehicle-list"', 'value = "50000.00"',
     "evap.ftv_cap.values[0].source: Field required"),
    ('value = "50000.00"\nsource = "tc-evap-vehicle-list"', 'value = "50000.00"\nsource = "a-blog"',
     "source 'a-blog' is not declared under [sources]"),
    ('value = "50000.00"', 'value = "-5"', "evap.ftv_cap.values[0].value: Input should be greater than or equal"),
    ('value = "50000.00"', 'value = "lots"', "evap.ftv_cap.values[0].value: Input should be a valid decimal"),
    ('start = 2026-02-16\nend = 2027-01-01', 'start = 2027-01-01\nend = 2026-02-16',
     "window starts on 2027-01-01 but ends on 2026-02-16"),
    ('confidence = "high"', 'confidence = "certain"', "confidence: Input should be 'high', 'medium' or 'low'"),
    ('value = ["BEV", "FCEV", "PHEV"]', 'value = ["BEV", "STEAM"]', "eligible_powertrains.values[0].value[1]"),
    ('{ country = "US", agreement = "CUSMA" }', '{ country = "usa", agreement = "CUSMA" }',
     "tariff.fta_partners.values[0].value[0].country"),
])
def test_a_broken_file_is_refused_naming_the_key(tmp_path: Path, old: str, new: str, problem: str) -> None:
    with pytest.raises(PolicyError) as refused:
        load_policy(write(tmp_path, edited(old, new)))
    assert any(line.startswith("policy.toml: ") for line in refused.value.problems)
    assert problem in str(refused.value), refused.value.problems


def test_not_toml(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"policy.toml: is not valid TOML"):
        load_policy(write(tmp_path, "version = [unclosed"))


def test_not_text(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(PolicyError, match="is not UTF-8 text"):
        load_policy(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot be read"):
        load_policy(tmp_path / "nowhere.toml")


def test_a_broken_vehicle_list_is_refused(tmp_path: Path) -> None:
    (tmp_path / "evap-vehicle-list-2026-09-14.csv").write_text(
        "model_year,make,model,trim,fuel_type,canadian_made\n2026,Kia,EV3,Light,STEAM,0\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"vehicle_list.file: .*line 2"):
        load_policy(write(tmp_path, BUNDLED.read_text(encoding="utf-8")))


def test_the_exported_json_schema_is_current() -> None:
    committed = (ROOT / "seeds" / "policy.schema.json").read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads(policy_json_schema()), "run `make schema`"


def test_the_engine_imports_no_qt() -> None:
    code = ("import sys, evdesk.rules, evdesk.policy, evdesk.vin, evdesk.terms;"
            "from evdesk.policy import bundled_policy; from evdesk.rules import evaluate, SaleRequest;"
            "evaluate(SaleRequest(sale_date='2026-05-01', powertrain='BEV', assembly='US'), bundled_policy());"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"
