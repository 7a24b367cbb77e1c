"""The provincial file is as strict as the policy itself: unknown keys, gaps and overlaps, undeclared
sources, unbounded numbers, ambiguous tiers and a changed file the policy does not name are all refused,
each with a message naming the file, the key and the problem."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from evdesk.policy import PolicyError, load_policy
from evdesk.rules import SaleRequest, evaluate
from evdesk.rules.programs.context import ProgramContext
from evdesk.rules.programs.exceptions import ExceptionConflict, decide

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PROVINCES = (SEEDS / "provinces.toml").read_text(encoding="utf-8")


def policy_with(tmp_path: Path, provinces_text: str, pin: bool = True) -> Path:
    """A copy of the bundled policy beside an edited provincial file (pinned by its new sha256 unless not)."""
    (tmp_path / "provinces.toml").write_text(provinces_text, encoding="utf-8")
    shutil.copyfile(SEEDS / "evap-vehicle-list-2026-09-14.csv", tmp_path / "evap-vehicle-list-2026-09-14.csv")
    policy = (SEEDS / "policy.toml").read_text(encoding="utf-8")
    if pin:
        old = hashlib.sha256(PROVINCES.encode()).hexdigest()
        new = hashlib.sha256(provinces_text.encode()).hexdigest()
        assert old in policy, "test set-up: the bundled policy pins the bundled provinces.toml"
        policy = policy.replace(old, new)
    path = tmp_path / "policy.toml"
    path.write_text(policy, encoding="utf-8")
    return path


def edited(old: str, new: str) -> str:
    assert old in PROVINCES, f"test set-up: {old!r} is not in provinces.toml"
    return PROVINCES.replace(old, new, 1)


def test_the_bundled_file_loads_with_every_program_of_the_issue(policy) -> None:
    provinces = policy.provinces
    assert provinces is not None
    assert {"qc_roulez_vert", "mb_ev_rebate", "nl_ev_rebate", "pe_ev_rebate", "nb_ev_rebate",
            "bc_go_electric"} <= set(provinces.programs)
    for code in ("CA-ON", "CA-AB", "CA-SK", "CA-NS"):
        assert provinces.provinces[code].no_program is not None, code
    assert set(provinces.provinces["CA-NS"].fees) == {"ns_ev_levy"}
    assert set(provinces.provinces["CA-SK"].fees) == {"sk_road_use_charge"}
    for path, window in provinces.windows():
        assert window.source in provinces.sources, path


@pytest.mark.parametrize(("old", "new", "problem"), [
    ('keyed_by = "registration_date"\n', 'keyed_by = "registration_date"\nceiling = 1\n',
     "programs.qc_roulez_vert.ceiling: unknown key"),
    ('value = { rule = "not_known" }', 'value = { rule = "guess" }', "lease.values[0].value"),
    ('start = 2025-01-01\nend = 2026-01-01\nsource = "melccfp-roulez-vert-2024"',
     'start = 2024-12-01\nend = 2026-01-01\nsource = "melccfp-roulez-vert-2024"', "windows overlap"),
    ('start = 2025-01-01\nend = 2026-01-01\nsource = "melccfp-roulez-vert-2024"',
     'start = 2025-02-01\nend = 2026-01-01\nsource = "melccfp-roulez-vert-2024"',
     "gap with no value from 2025-01-01 to 2025-02-01"),
    ('source = "qc-eligible-new-vehicles"\nnote = "\'Less than', 'source = "a-blog"\nnote = "\'Less than',
     "price_caps.values[0]: source 'a-blog' is not declared under [sources]"),
    ('limit = "65000.00"', 'limit = "-65000.00"', "greater than or equal to 0"),
    ('limit = "65000.00"', 'limit = "65000.001"', "decimal places"),
    ('battery_kwh_below = "15", amount = "500.00"', 'battery_kwh_below = "15000", amount = "500.00"',
     "less than or equal to 500"),
    ('battery_kwh_from = "15", amount = "1000.00" },\n  { condition = "new", powertrain = "FCEV" },\n'
     '  { condition = "used", powertrain = "BEV", amount = "1000.00" },',
     'battery_kwh_from = "14", amount = "1000.00" },\n  { condition = "new", powertrain = "FCEV" },\n'
     '  { condition = "used", powertrain = "BEV", amount = "1000.00" },',
     "two amounts for a new PHEV in the same battery range"),
    ('battery_kwh_from = "8", battery_kwh_below = "15", amount = "500.00"',
     'battery_kwh_from = "15", battery_kwh_below = "8", amount = "500.00"', "battery range 15 to below 8 kWh is empty"),
    ('{ from_months = 36, share_percent = "75" }, { from_months = 24', '{ from_months = 12, share_percent = "75" }, '
     '{ from_months = 24', "lease tiers must be listed longest first"),
    ('share_percent = "75"', 'share_percent = "175"', "less than or equal to 100"),
    ('limits = [{ condition = "used", price = "transaction_value", limit = "70000.00", at_limit = "eligible" }]',
     'limits = [{ condition = "used", price = "transaction_value", limit = "70000.00", at_limit = "eligible" }, '
     '{ condition = "used", price = "msrp", limit = "60000.00", at_limit = "eligible" }]',
     "two price limits for the same condition"),
    ('[provinces.CA-MB]\nprograms = ["mb_ev_rebate"]', '[provinces.CA-MB]\nprograms = ["mb_ev_rebate", "mb_other"]',
     "'mb_other' is not a program under [programs]"),
    ('[provinces.CA-MB]\nprograms = ["mb_ev_rebate"]', '[provinces.CA-MB]\nprograms = []',
     "programs.mb_ev_rebate: no province lists it"),
    ('province = "CA-MB"', 'province = "CA-SK"', "'mb_ev_rebate' belongs to CA-SK"),
    ('start = 2024-10-01\nend = 2026-04-01\nvalue = true\nsource = "mb-ev-rebate-2024"',
     'start = 2024-09-01\nend = 2026-04-01\nvalue = true\nsource = "mb-ev-rebate-2024"',
     "runs outside the file's coverage"),
    ('[provinces.CA-QC]', '[provinces.QC]', "provinces.QC"),
    ('amounts = { BEV = "150.00", FCEV = "not_known" }', 'amounts = { BEV = "lots", FCEV = "not_known" }',
     "fees.sk_road_use_charge.values[0].value.amounts.BEV"),
    ('end = 2025-04-01\nvalue = true\nsource = "melccfp-roulez-vert-2024"\nnote = "Announced',
     'end = 2025-01-01\nvalue = true\nsource = "melccfp-roulez-vert-2024"\nnote = "Announced',
     "window starts on 2025-02-01 but ends on 2025-01-01"),
])
def test_a_broken_provincial_file_is_refused_naming_the_key(tmp_path: Path, old: str, new: str, problem: str) -> None:
    with pytest.raises(PolicyError) as refused:
        load_policy(policy_with(tmp_path, edited(old, new)))
    assert all(line.startswith("provinces.toml: ") for line in refused.value.problems), refused.value.problems
    assert problem in str(refused.value), refused.value.problems


def test_an_edited_file_the_policy_does_not_name_is_refused(tmp_path: Path) -> None:
    """The policy pins the provincial file by its sha256, so its own version and hash name those rules."""
    text = edited('amount = "2000.00" },\n  { condition = "new", powertrain = "PHEV", battery_kwh_from = "8", '
                  'battery_kwh_below = "15", amount = "500.00"',
                  'amount = "2500.00" },\n  { condition = "new", powertrain = "PHEV", battery_kwh_from = "8", '
                  'battery_kwh_below = "15", amount = "500.00"')
    with pytest.raises(PolicyError) as refused:
        load_policy(policy_with(tmp_path, text, pin=False))
    [problem] = refused.value.problems
    assert problem.startswith("policy.toml: provinces.sha256: provinces.toml has sha256 ")
    assert hashlib.sha256(text.encode()).hexdigest() in problem  # what to put in the policy


def test_an_edited_file_the_policy_names_is_used(tmp_path: Path) -> None:
    text = edited('{ condition = "new", powertrain = "BEV", amount = "2000.00" }',
                  '{ condition = "new", powertrain = "BEV", amount = "2500.00" }')
    policy = load_policy(policy_with(tmp_path, text))
    request = SaleRequest(sale_date="2026-05-01", powertrain="BEV", province="QC", msrp="50000", msrp_options="0")
    assert evaluate(request, policy).program("qc_roulez_vert").amount == 2500


def test_a_policy_without_provincial_data_answers_not_known(tmp_path: Path) -> None:
    policy_text = (SEEDS / "policy.toml").read_text(encoding="utf-8")
    start = policy_text.index("provinces = {")
    path = tmp_path / "policy.toml"
    path.write_text(policy_text[:start] + policy_text[policy_text.index("\n", start) + 1:], encoding="utf-8")
    policy = load_policy(path)
    assert policy.provinces is None
    evaluation = evaluate(SaleRequest(sale_date="2026-05-01", powertrain="BEV", province="QC"), policy)
    assert evaluation.province.status == "not_known"
    assert evaluation.total.complete is False
    assert evaluation.criterion("province.data").outcome.value == "unknown"


def test_the_bundled_policy_validates_with_its_provincial_file() -> None:
    done = subprocess.run([sys.executable, "-m", "evdesk", "policy", "validate", str(SEEDS / "policy.toml")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_two_exceptions_that_disagree_are_an_error_not_a_choice(policy) -> None:
    request = SaleRequest(sale_date="2026-05-01", province="QC")
    program = policy.provinces.programs["qc_roulez_vert"]
    ctx = ProgramContext(trace=None, policy=policy, provinces=policy.provinces,  # type: ignore[arg-type]
                         program_id="qc_roulez_vert", program=program, request=request, vehicle=None,  # type: ignore[arg-type]
                         ftv=None, date=request.sale_date)  # type: ignore[arg-type]

    def one(ctx: ProgramContext, base: int) -> int:
        return 1

    def two(ctx: ProgramContext, base: int) -> int:
        return 2

    def agrees(ctx: ProgramContext, base: int) -> int:
        return 1

    def not_applicable(ctx: ProgramContext, base: int) -> None:
        return None

    assert decide(ctx, "target", 0, (not_applicable,)) == 0
    assert decide(ctx, "target", 0, (one, agrees, not_applicable)) == 1
    with pytest.raises(ExceptionConflict, match="one, two all apply to target and disagree"):
        decide(ctx, "target", 0, (one, two))
