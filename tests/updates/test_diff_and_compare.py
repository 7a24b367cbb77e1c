"""`evdesk policy diff`: every value that differs, with its window and source; and one answer compared
under two policies rule by rule."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from evdesk.cli import run_cli
from evdesk.policy import bundled_policy, load_policy
from evdesk.rules import SaleRequest
from evdesk.updates.compare import compare_answer
from evdesk.updates.diff import diff_policies
from tests.updates.conftest import write_policy


def _edited(tmp_path: Path) -> Path:
    def edit(text: str) -> str:
        text = text.replace('value = "50000.00"', 'value = "55000.00"', 1)
        return text.replace('{ country = "CL", agreement = "CCFTA" },\n', "", 1) if "CL" in text else text

    return write_policy(tmp_path / "b", "2027.01.01", edit)


def test_diff_lists_each_changed_value_with_window_and_source(tmp_path: Path) -> None:
    before, after = bundled_policy(), load_policy(_edited(tmp_path))
    differences = {(d.parameter, d.window, d.old, d.new) for d in diff_policies(before, after)}
    assert ("version", "", "2026.12.01", "2027.01.01") in differences
    cap = next(d for d in diff_policies(before, after) if d.parameter == "evap.ftv_cap")
    assert (cap.old, cap.new) == ("50000.00", "55000.00")
    assert cap.window.startswith("2026-02-16 – ") and cap.source
    assert diff_policies(before, before) == []


def test_diff_compares_lists_item_by_item(tmp_path: Path) -> None:
    text = bundled_policy().path.read_text(encoding="utf-8")
    partner = next(line for line in text.splitlines() if line.strip().startswith('{ country = "'))
    edited = write_policy(tmp_path / "c", "2027.01.01", lambda t: t.replace(partner + "\n", "", 1))
    removed = [d for d in diff_policies(bundled_policy(), load_policy(edited)) if d.parameter == "tariff.fta_partners"]
    assert len(removed) >= 1 and all(d.new is None and d.old for d in removed)


def test_the_diff_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["policy", "diff", "in-use", str(_edited(tmp_path)), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"parameter": "version", "window": None, "old": "2026.12.01", "new": "2027.01.01", "source": None} in rows
    assert run_cli(["policy", "diff", "2026.12.01", str(_edited(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "evap.ftv_cap  [2026-02-16 – " in out and "50000.00 → 55000.00" in out


def test_one_answer_compared_under_two_policies_rule_by_rule(tmp_path: Path) -> None:
    request = SaleRequest(powertrain="BEV", origin="US", assembly="US", vehicle_price="52000",
                          sale_date=dt.date(2026, 5, 1), prior_incentives=0, fta_origin_met="yes")
    changes = compare_answer(request, bundled_policy(), load_policy(_edited(tmp_path)))
    assert changes.headlines["rebate.eligible"] == (False, True)
    cap_rule = next(c for c in changes.rules if "cap" in c.rule)
    assert "outcome" in cap_rule.changed and cap_rule.before and cap_rule.after
    assert changes.before_policy.version == "2026.12.01" and changes.after_policy.version == "2027.01.01"
    same = compare_answer(request, bundled_policy(), bundled_policy())
    assert same.unchanged
