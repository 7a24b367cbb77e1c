"""`evdesk check`: the answers domain.md decides, the JSON shape tools rely on, and the bad-input table."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from evdesk.cli import run_cli

BASE = ["check", "--powertrain", "bev", "--price", "45000", "--assembly", "US", "--date", "2026-05-01"]


def check_json(capsys, *extra: str) -> dict:
    assert run_cli([*BASE, "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_the_documented_fields(capsys) -> None:
    answer = check_json(capsys)
    assert answer["rebate"]["eligible"] is True
    assert answer["rebate"]["amount"] == "5000.00"
    assert answer["tariff"]["rate_percent"] == "0"
    assert answer["tariff"]["treatment"] == "fta_preferential"
    assert answer["quota"]["applies"] is False
    assert answer["quota"]["counts"] is False
    assert answer["quota"]["year"] is None
    assert answer["policy"]["version"] == "2026.12.01"
    for item in answer["explanation"]:
        assert set(item) >= {"rule", "outcome", "text", "source"}
        assert "{" not in item["text"], "every placeholder is filled"


@pytest.mark.parametrize(("extra", "eligible", "amount"), [
    (["--price", "50000.00"], True, "5000.00"),
    (["--price", "50000.01"], False, "0.00"),
    (["--assembly", "CA", "--price", "70000"], True, "5000.00"),
    (["--assembly", "CN"], False, "0.00"),
    (["--powertrain", "phev"], True, "2500.00"),
    (["--powertrain", "hev"], False, "0.00"),
    (["--lease-months", "39"], True, "4062.50"),
    (["--date", "2026-12-20", "--claim-date", "2027-01-04"], True, "4000.00"),
    (["--odometer", "9999"], True, "5000.00"),
    (["--odometer", "10000"], False, "0.00"),
    (["--used"], False, "0.00"),
    (["--prior-incentives", "1"], False, "0.00"),
    (["--freight-pdi", "6000"], True, "5000.00"),
    (["--freight-pdi", "6000", "--count-freight-pdi"], False, "0.00"),
])
def test_rebate_answers(capsys, extra: list[str], eligible: bool, amount: str) -> None:
    answer = check_json(capsys, *extra)
    assert (answer["rebate"]["eligible"], answer["rebate"]["amount"]) == (eligible, amount)


@pytest.mark.parametrize(("extra", "rate", "treatment", "applies", "counts", "year"), [
    (["--assembly", "CN"], "6.1", "mfn_within_quota", True, True, 1),
    (["--assembly", "CN", "--quota-position", "over"], "106.1", "mfn_plus_surtax", True, False, 1),
    (["--assembly", "CN", "--quota-position", "unknown"], None, "unknown", True, None, 1),
    (["--assembly", "CN", "--powertrain", "ice", "--quota-position", "over"], "6.1", "mfn", False, False, None),
    (["--assembly", "CN", "--powertrain", "hev"], "6.1", "mfn_within_quota", None, None, 1),
    (["--assembly", "CN", "--powertrain", "hev", "--quota-position", "over"], "106.1", "mfn_plus_surtax", None,
     False, 1),
    (["--assembly", "CN", "--date", "2027-03-01"], "6.1", "mfn_within_quota", True, True, 2),
    (["--assembly", "CA"], "0", "domestic", False, False, None),
    (["--assembly", "DE", "--fta-origin", "no"], "6.1", "mfn", False, False, None),
    (["--assembly", "IN"], "6.1", "mfn", False, False, None),
])
def test_tariff_and_quota_answers(capsys, extra, rate, treatment, applies, counts, year) -> None:
    answer = check_json(capsys, *extra)
    assert answer["tariff"]["rate_percent"] == rate
    assert answer["tariff"]["treatment"] == treatment
    quota = answer["quota"]
    assert (quota["applies"], quota["counts"], quota["year"]) == (applies, counts, year)


def test_the_text_says_both_quota_answers(capsys) -> None:
    assert run_cli([*BASE, "--assembly", "CN", "--quota-position", "over"]) == 0
    out = capsys.readouterr().out
    assert "China EV quota: Does not count (○ Covered; entered over the quota)" in out
    assert "Covered by the quota; entered over it, so it took no place and paid the surtax." in out
    assert "Quota year 1: March 1, 2026 to February 28, 2027." in out
    assert run_cli([*BASE, "--assembly", "CN"]) == 0
    out = capsys.readouterr().out
    assert "China EV quota: Counts (● Quota year 1)" in out
    assert "Covered by the quota; entered within it, so it takes one of the year's places." in out


def test_unknown_answers_are_null_not_false(capsys) -> None:
    answer = check_json(capsys, "--assembly", "", "--fta-origin", "unknown")
    assert answer["rebate"]["eligible"] is None
    assert answer["rebate"]["amount"] is None
    assert answer["tariff"]["rate_percent"] is None
    assert answer["quota"]["applies"] is None


def test_the_defaults_it_assumed_are_said(capsys) -> None:
    answer = check_json(capsys, "--fta-origin", "no")
    assert answer["assumed"] == {"prior_incentives": 0, "quota_position": "within"}
    assert run_cli(BASE) == 0
    assert "Assumed, as not given: --prior-incentives 0, --quota-position within, --fta-origin yes." in (
        capsys.readouterr().out)


def test_an_empty_amount_is_not_known_or_none(capsys) -> None:
    answer = check_json(capsys, "--price", "", "--options", "")
    assert answer["request"]["vehicle_price"] is None
    assert answer["request"]["options"] == "0.00"
    assert answer["rebate"]["eligible"] is None


def test_vin_fills_assembly_and_warns_on_check_digit(capsys) -> None:
    # A Tesla Shanghai VIN (WMI LRW) with a deliberately wrong check digit.
    answer = check_json(capsys, "--assembly", "", "--vin", "LRW3E7FS0NC000000")
    assert answer["request"]["assembly"] is None
    assert answer["rebate"]["eligible"] is False  # assembled in China
    assert any(c["rule"] == "vehicle.assembly_from_vin" for c in answer["explanation"])
    assert any(w["id"] == "vehicle.vin_check_digit" for w in answer["warnings"])


def test_readable_output_explains_each_answer(capsys) -> None:
    assert run_cli([*BASE, "--price", "50000.01"]) == 0
    out = capsys.readouterr().out
    assert "EVAP rebate: $0.00 (✗ Not eligible)" in out
    assert "✗ Final transaction value $50,000.01 is $0.01 over the $50,000.00 cap" in out
    assert "$50,000.01 > $50,000.00 · over by $0.01" in out  # the numbers compared (what holds), and the margin
    assert "Transport Canada, “Electric Vehicle Affordability Program: eligible vehicle list”" in out


@pytest.mark.parametrize(("option", "value", "names"), [
    ("--price", "-1", "--price"),
    ("--price", "abc", "--price"),
    ("--price", "nan", "--price"),
    ("--price", "inf", "--price"),
    ("--price", "-inf", "--price"),
    ("--price", "1e12", "--price"),
    ("--price", "45000.001", "--price"),
    ("--price", "1e3", "--price"),
    ("--price", "١٢٣", "--price"),  # Arabic-Indic digits: Decimal() would take them
    ("--price", "1_000", "--price"),
    ("--price", "0x10", "--price"),
    ("--lease-months", "٣٩", "--lease-months"),
    ("--date", "20260302", "--date"),  # date.fromisoformat() would take it
    ("--date", "2026-W10-1", "--date"),
    ("--options", "lots", "--options"),
    ("--charger", "-5", "--charger"),
    ("--powertrain", "diesel", "--powertrain"),
    ("--assembly", "XX", "--assembly"),
    ("--origin", "Canada", "--origin"),
    ("--date", "2026-02-30", "--date"),
    ("--date", "yesterday", "--date"),
    ("--claim-date", "2026-04-30", "--claim-date"),
    ("--lease-months", "0", "--lease-months"),
    ("--lease-months", "-12", "--lease-months"),
    ("--lease-months", "twelve", "--lease-months"),
    ("--odometer", "-1", "--odometer"),
    ("--vin", "1HGCM82633A00435", "--vin"),
    ("--vin", "1HGCM82633A0043O2", "--vin"),
    ("--vin", "1HGCM8263-A004352", "--vin"),
    ("--buyer", "alien", "--buyer"),
])
def test_bad_input_exits_2_with_one_line_naming_the_field(capsys, option: str, value: str, names: str) -> None:
    assert run_cli([*BASE, option, value]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, lines
    assert names in lines[0]
    assert "Traceback" not in captured.err


@pytest.mark.parametrize("argv", [
    ["--price", "\udcff"],  # what Python makes of the byte 0xff typed in a UTF-8 terminal
    ["--warranty", "\udbcb"],
    ["--make", "\udcff"],
    ["--vin", "\udcff"],
    ["--assembly", "\udcff"],
    ["--date", "\n"],
    ["--date", "\udcff"],
    ["--assembly", "9\nY"],
    ["--make", "Chevrolet\nEquinox"],
    ["--trim", "LT\u202e"],
    ["--policy", "\n"],
    ["--policy", "\udcff.toml"],
    ["--x\ny"],  # an unknown argument: argparse's own message
    ["--powertrain", "b\nev"],
    ["--lease-months", "3\n9x"],
])
def test_bad_input_with_unprintable_characters_stays_one_printable_line(capsys, argv: list[str]) -> None:
    assert run_cli([*BASE, *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    line = captured.err.removesuffix("\n")
    assert line.startswith("evdesk: ")
    assert line.isprintable(), repr(line)  # one line; a newline or a bad byte is shown escaped
    line.encode("utf-8")


def test_an_undecodable_byte_from_a_real_terminal_is_refused_escaped() -> None:
    done = subprocess.run([sys.executable, "-m", "evdesk", *BASE, "--price", b"\xff"], capture_output=True,
                          timeout=60, env={**os.environ, "PYTHONUTF8": "1"})
    assert done.returncode == 2
    assert done.stderr.decode("utf-8") == ("evdesk: --price: '\\xff' is not an amount: use digits and a decimal "
                                           "point, e.g. 45000.00\n")


@pytest.mark.parametrize("output", [[], ["--json"]])
def test_the_answer_reaches_a_stream_that_is_not_utf8(output: list[str]) -> None:
    """A Windows pipe or file takes cp1252, which has no ✓ or ≤: the answer is written in UTF-8, not lost."""
    done = subprocess.run([sys.executable, "-m", "evdesk", *BASE, "--assembly", "CN", *output], capture_output=True,
                          timeout=60, env={**os.environ, "PYTHONIOENCODING": "cp1252"})
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")
    assert ("✗ Not eligible" in text) if not output else json.loads(text)["rebate"]["eligible"] is False


def test_bad_input_from_a_real_process_has_no_traceback() -> None:
    done = subprocess.run([sys.executable, "-m", "evdesk", *BASE, "--price", "NaN"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith("evdesk: --price:")
    assert "Traceback" not in done.stderr


def test_another_policy_file(capsys, tmp_path, policy) -> None:
    text = policy.path.read_text(encoding="utf-8").replace('value = "50000.00"', 'value = "60000.00"')
    changed = tmp_path / "policy.toml"
    changed.write_text(text, encoding="utf-8")
    answer = check_json(capsys, "--price", "55000", "--policy", str(changed))
    assert answer["rebate"]["eligible"] is True


def test_a_broken_policy_file_is_bad_input(capsys, tmp_path) -> None:
    broken = tmp_path / "policy.toml"
    broken.write_text("schema_version = 1\n", encoding="utf-8")
    assert run_cli([*BASE, "--policy", str(broken)]) == 2
    assert "--policy: policy.toml:" in capsys.readouterr().err


def test_policy_show_and_validate(capsys, policy) -> None:
    assert run_cli(["policy", "show"]) == 0
    out = capsys.readouterr().out
    assert "version 2026.12.01" in out and "tc-evap-vehicle-list" in out
    assert run_cli(["policy", "validate", str(policy.path)]) == 0
    assert "valid" in capsys.readouterr().out
