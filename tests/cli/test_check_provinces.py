"""`evdesk check` with a province: the options, the JSON contract (`programs`, `total`, `province`, and
`rebate` unchanged), the readable text, and the bad-input table."""

from __future__ import annotations

import json

import pytest

from evdesk.cli import run_cli

BASE = ["check", "--powertrain", "bev", "--price", "45000", "--assembly", "US", "--date", "2026-05-01"]
QUEBEC = [*BASE, "--province", "QC", "--msrp", "55000", "--msrp-options", "0"]


def check_json(capsys, *argv: str) -> dict:
    assert run_cli([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def program(answer: dict, program_id: str) -> dict:
    return next(p for p in answer["programs"] if p["id"] == program_id)


def test_the_done_when_example_gives_both_amounts_and_their_total(capsys) -> None:
    answer = check_json(capsys, *QUEBEC)
    assert [p["id"] for p in answer["programs"]] == ["evap", "qc_roulez_vert"]
    evap, quebec = answer["programs"]
    assert (evap["name"], evap["eligible"], evap["amount"]) == ("EVAP rebate", True, "5000.00")
    assert (quebec["name"], quebec["eligible"], quebec["amount"]) == ("Roulez vert program (Québec)", True, "2000.00")
    assert answer["total"] == {"amount": "7000.00", "complete": True, "if_both_apply": True,
                               "text": "$7,000.00 if both apply"}
    assert answer["province"]["code"] == "CA-QC" and answer["province"]["name"] == "Québec"
    combining = next(w for w in answer["warnings"] if w["id"] == "qc_roulez_vert.combines_with_evap")
    assert combining["source"]["url"] and combining["program"] == "qc_roulez_vert"
    assert any(w["id"] == "qc_roulez_vert.vehicle_list" and "Québec's list of eligible new vehicles" in w["text"]
               for w in answer["warnings"])


def test_each_program_carries_its_own_reasons(capsys) -> None:
    answer = check_json(capsys, *QUEBEC)
    evap, quebec = answer["programs"]
    assert evap["explanation"] and all(item["question"] == "rebate" for item in evap["explanation"])
    rules = [item["rule"] for item in quebec["explanation"]]
    assert rules and all(rule.startswith("qc_roulez_vert.") for rule in rules)
    assert {"qc_roulez_vert.program_dates", "qc_roulez_vert.price_cap", "qc_roulez_vert.amount"} <= set(rules)
    exception = next(item for item in quebec["explanation"] if item["rule"] == "qc_roulez_vert.option_groups")
    assert exception["overrides"] == "qc_roulez_vert.price_cap"  # the labelled layer names what it replaced
    for item in quebec["explanation"]:
        assert "{" not in item["text"], "every placeholder is filled"
        assert item["program"] == "qc_roulez_vert"


def test_rebate_stays_the_federal_answer_unchanged(capsys) -> None:
    without = check_json(capsys, *BASE)
    with_quebec = check_json(capsys, *QUEBEC)
    assert with_quebec["rebate"] == without["rebate"]
    assert with_quebec["tariff"] == without["tariff"] and with_quebec["quota"] == without["quota"]


def test_without_a_province_the_provincial_answer_is_not_known(capsys) -> None:
    answer = check_json(capsys, *BASE)
    assert [p["id"] for p in answer["programs"]] == ["evap"]
    assert answer["total"] == {"amount": "5000.00", "complete": False, "if_both_apply": False,
                               "text": "At least $5,000.00"}
    assert answer["province"]["status"] == "not_given" and answer["province"]["code"] is None
    assert answer["request"]["province"] is None and answer["request"]["msrp"] is None
    assert "province" not in answer["assumed"]  # never assumed: not known is the answer


@pytest.mark.parametrize(("extra", "amount", "eligible", "total"), [
    (["--msrp", "64999.99"], "2000.00", True, "$7,000.00 if both apply"),
    (["--msrp", "65000.00"], None, None, "At least $5,000.00, if both apply"),
    (["--msrp", "65000.01"], "0.00", False, "$5,000.00"),
    (["--msrp", "64000", "--msrp-options", "6000"], "0.00", False, "$5,000.00"),
    (["--registration-date", "2026-12-31"], "2000.00", True, "$7,000.00 if both apply"),
    (["--registration-date", "2027-01-01"], "0.00", False, "$5,000.00"),
    (["--powertrain", "phev", "--battery-kwh", "14.99"], "500.00", True, "$3,000.00 if both apply"),
    (["--powertrain", "phev", "--battery-kwh", "15"], "1000.00", True, "$3,500.00 if both apply"),
    (["--powertrain", "phev", "--battery-kwh", "7.99"], "0.00", False, "$2,500.00"),
    (["--powertrain", "phev"], None, None, "At least $2,500.00, if both apply"),
    (["--province", "CA-QC"], "2000.00", True, "$7,000.00 if both apply"),
    (["--province", "qc"], "2000.00", True, "$7,000.00 if both apply"),
])
def test_quebec_answers(capsys, extra: list[str], amount: str | None, eligible: bool | None, total: str) -> None:
    answer = check_json(capsys, *QUEBEC, *extra)
    quebec = program(answer, "qc_roulez_vert")
    assert (quebec["amount"], quebec["eligible"]) == (amount, eligible)
    assert answer["total"]["text"] == total


@pytest.mark.parametrize(("province", "date", "program_id", "amount", "status"), [
    ("MB", "2026-03-31", "mb_ev_rebate", "4000.00", "programs"),
    ("MB", "2026-04-01", "mb_ev_rebate", "0.00", "programs"),
    ("NL", "2026-03-15", "nl_ev_rebate", "2500.00", "programs"),
    ("NL", "2026-03-16", "nl_ev_rebate", "0.00", "programs"),
    ("PE", "2026-05-01", "pe_ev_rebate", "4000.00", "programs"),
    ("BC", "2026-05-01", "bc_go_electric", "0.00", "no_program"),
    ("NB", "2026-05-01", "nb_ev_rebate", "0.00", "no_program"),
])
def test_other_provinces(capsys, province: str, date: str, program_id: str, amount: str, status: str) -> None:
    answer = check_json(capsys, *BASE, "--date", date, "--msrp", "55000", "--province", province)
    assert program(answer, program_id)["amount"] == amount
    assert answer["province"]["status"] == status


def test_fees_are_information_never_subtracted(capsys) -> None:
    answer = check_json(capsys, *BASE, "--province", "NS")
    assert answer["province"]["status"] == "no_program"
    assert answer["province"]["fees"] == [{"id": "ns_ev_levy", "name": "Nova Scotia's levy on electric and hybrid "
                                           "vehicles", "amount": "500.00", "every_months": 24}]
    assert answer["total"]["amount"] == "5000.00" and answer["rebate"]["amount"] == "5000.00"


def test_readable_output_shows_each_program_and_the_total(capsys) -> None:
    assert run_cli(QUEBEC) == 0
    out = capsys.readouterr().out
    assert "Incentives in all: $7,000.00 if both apply (i If both apply: combining them is not confirmed)" in out
    assert "    EVAP rebate: $5,000.00 (✓ Eligible)" in out
    assert "    Roulez vert program (Québec): $2,000.00 (✓ Eligible)" in out
    # The reasons grouped by program: Québec's under its own heading, after the federal ones.
    heading = out.index("\nRoulez vert program (Québec)\n")
    assert out.index("\nEVAP rebate\n") < heading
    assert "✓ The MSRP with the option groups, $55,000.00, is under the $65,000.00 limit" in out[heading:]
    assert "Exception: since November 10, 2025, the manufacturer's option groups count" in out[heading:]


def test_readable_output_without_a_province_says_so(capsys) -> None:
    assert run_cli(BASE) == 0
    out = capsys.readouterr().out
    assert "Incentives in all: At least $5,000.00" in out
    assert "Province of registration not given: the provincial programs are not checked." in out


@pytest.mark.parametrize(("option", "value"), [
    ("--province", "XX"),
    ("--province", "US-NY"),
    ("--province", "Quebec"),
    ("--msrp", "abc"),
    ("--msrp", "-1"),
    ("--msrp", "55000.001"),
    ("--msrp", "1e5"),
    ("--msrp-options", "lots"),
    ("--msrp-options", "-5"),
    ("--registration-date", "2026-13-01"),
    ("--registration-date", "20260501"),
    ("--registration-date", "2026-04-30"),  # before the sale date
    ("--battery-kwh", "0"),
    ("--battery-kwh", "-8"),
    ("--battery-kwh", "abc"),
    ("--battery-kwh", "1e2"),
    ("--battery-kwh", "501"),
    ("--battery-kwh", "13.801"),
    ("--battery-kwh", "nan"),
])
def test_bad_provincial_input_exits_2_naming_the_option(capsys, option: str, value: str) -> None:
    assert run_cli([*QUEBEC, option, value]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, lines
    assert option in lines[0]
    assert "Traceback" not in captured.err
