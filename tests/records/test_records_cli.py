"""`evdesk deals …` against both databases: the issue's table of commands, their output, and one line
naming the option for every refusal."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from evdesk.cli import run_cli
from evdesk.records.location import URL_VARIABLE

SALE = ["--powertrain", "bev", "--price", "45000", "--assembly", "US", "--date", "2026-05-01"]
VIN = "1G1ZT53826F109149"


@pytest.fixture
def cli(migrated_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    """cli(*args) → (exit code, stdout, stderr), on this test's database through EVDESK_DATABASE_URL."""
    monkeypatch.setenv(URL_VARIABLE, migrated_url)

    def run(*args: str) -> tuple[int, str, str]:
        code = run_cli(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_save_prints_the_deal_number_and_json_gives_the_saved_deal(cli: Any) -> None:
    assert cli("deals", "save", *SALE, "--customer", "Ann Smith", "--stock", "S-1")[:2] == (0, "1\n")
    code, out, _ = cli("deals", "save", *SALE, "--lease-months", "39", "--json")
    saved = json.loads(out)
    assert code == 0 and saved["number"] == 2
    assert saved["answer"]["rebate"]["amount"] == "4062.50"
    assert saved["policy"]["sha256"] == saved["answer"]["policy"]["sha256"]


def test_a_second_active_claim_on_a_vin_exits_2_naming_the_deal(cli: Any) -> None:
    cli("deals", "save", *SALE, "--vin", VIN)
    code, out, err = cli("deals", "save", *SALE, "--vin", VIN)
    assert (code, out) == (2, "")
    assert err == f"evdesk: --vin: VIN {VIN} already has an active claim: deal 1 (checked)\n"


@pytest.mark.parametrize(("extra", "message"), [
    (["--price", "abc"], "evdesk: --price: 'abc' is not an amount"),
    (["--customer", "Ann\0"], "evdesk: --customer: holds a NUL character"),
    (["--stock", "x" * 61], "evdesk: --stock: is 61 characters long; at most 60"),
])
def test_bad_input_to_save_exits_2_naming_the_option(cli: Any, extra: list[str], message: str) -> None:
    code, _, err = cli("deals", "save", *SALE, *extra)
    assert code == 2 and err.startswith(message) and err.count("\n") == 1
    assert cli("deals", "list")[1] == ""  # nothing saved


def test_list_gives_one_line_or_one_object_per_deal(cli: Any) -> None:
    cli("deals", "save", *SALE, "--vin", VIN, "--customer", "Ann Smith")
    cli("deals", "save", *SALE, "--customer", "Bob")
    cli("deals", "claim", "2", "--submitted", "2026-05-03")
    code, out, _ = cli("deals", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert re.match(rf"\s+1  {VIN}  Ann Smith\s+checked\s+\$5,000\.00  2026-\d\d-\d\d \d\d:\d\d UTC", lines[0])
    listed = json.loads(cli("deals", "list", "--json")[1])
    assert [set(item) >= {"number", "vin", "customer", "status", "amount", "saved_at"} for item in listed] == [True] * 2
    assert [(d["number"], d["status"], d["amount"]) for d in listed] == [(1, "checked", "5000.00"),
                                                                        (2, "submitted", "5000.00")]
    assert [d["number"] for d in json.loads(cli("deals", "list", "--status", "submitted", "--json")[1])] == [2]


def test_show_gives_the_answer_as_saved_its_log_and_todays_answer(cli: Any) -> None:
    cli("deals", "save", *SALE, "--customer", "Ann Smith")
    cli("deals", "claim", "1", "--submitted", "2026-05-03", "--by", "Bo")
    code, out, _ = cli("deals", "show", "1")
    assert code == 0
    assert "The answer as it was given:" in out and "EVAP rebate: $5,000.00 (eligible)" in out
    assert "Bo: checked → submitted (2026-05-03)" in out
    assert "gives the same answer" in out
    shown = json.loads(cli("deals", "show", "1", "--json")[1])
    assert shown["answer"]["rebate"]["amount"] == "5000.00" and shown["reproduced"] is True
    assert shown["today"]["same"] is True
    assert [entry["to"] for entry in shown["log"]] == ["checked", "submitted"]


def test_show_says_rule_by_rule_what_todays_policy_changes(cli: Any, policy: Any, tmp_path: Path) -> None:
    cli("deals", "save", *SALE)
    text = policy.path.read_text().replace('value = "50000.00"', 'value = "40000.00"', 1)
    (tmp_path / "policy.toml").write_text(text)
    shutil.copyfile(policy.path.parent / policy.data.vehicle_list.file, tmp_path / policy.data.vehicle_list.file)
    shown = json.loads(cli("deals", "show", "1", "--json", "--policy", str(tmp_path / "policy.toml"))[1])
    assert shown["answer"]["rebate"]["amount"] == "5000.00"  # the saved answer, never replaced
    assert shown["today"]["same"] is False
    cap = next(rule for rule in shown["today"]["rules"] if rule["rule"] == "evap.price_cap")
    assert (cap["then_outcome"], cap["now_outcome"]) == ("pass", "fail")
    out = cli("deals", "show", "1", "--policy", str(tmp_path / "policy.toml"))[1]
    assert "answers differently" in out and "evap.price_cap:" in out and "rebate.amount: 5000.00 → 0.00" in out


def test_a_claim_followed_from_the_cli(cli: Any) -> None:
    cli("deals", "save", *SALE)
    assert cli("deals", "claim", "1", "--submitted", "2026-05-03")[:2] == (0, "Deal 1: submitted.\n")
    assert cli("deals", "claim", "1", "--confirmation", "TC-77")[1] == "Deal 1: submitted, confirmation TC-77.\n"
    assert cli("deals", "claim", "1", "--paid", "2026-06-10", "--amount", "5000")[0] == 0
    assert json.loads(cli("deals", "list", "--json")[1])[0]["status"] == "paid"


@pytest.mark.parametrize(("args", "message"), [
    (["--paid", "2026-06-10", "--amount", "5000"], "evdesk: --paid: deal 1: a claim that is checked cannot be "
                                                   "marked paid\n"),
    (["--submitted", "2026-04-30"], "evdesk: --submitted: deal 1: the submission date 2026-04-30 is before the sale "
                                    "date 2026-05-01\n"),
    (["--paid", "2026-06-10"], "evdesk: --amount: required with --paid\n"),
    (["--submitted", "2026-05-03", "--amount", "5"], "evdesk: --amount: goes with --paid\n"),
    (["--refused", "x", "--confirmation", "1"], "evdesk: --confirmation: goes with --submitted, or alone\n"),
    (["--submitted", "03/05/2026"], "evdesk: argument --submitted: '03/05/2026' is not a real date in the form "
                                    "YYYY-MM-DD\n"),
    ([], "evdesk: one of --submitted, --paid, --refused, --cancelled or --confirmation is required\n"),
    (["--submitted", "2026-05-03", "--paid", "2026-05-04"], "evdesk: argument --paid: not allowed with argument "
                                                            "--submitted\n"),
])
def test_impossible_or_malformed_moves_exit_2_with_one_line(cli: Any, args: list[str], message: str) -> None:
    cli("deals", "save", *SALE)
    assert cli("deals", "claim", "1", *args) == (2, "", message)


def test_a_bad_amount_paid_and_an_unknown_deal(cli: Any) -> None:
    cli("deals", "save", *SALE)
    cli("deals", "claim", "1", "--submitted", "2026-05-03")
    code, _, err = cli("deals", "claim", "1", "--paid", "2026-06-10", "--amount", "5,000")
    assert code == 2 and err.startswith("evdesk: --amount: '5,000' is not an amount")
    assert cli("deals", "claim", "9", "--submitted", "2026-05-03") == (2, "", "evdesk: N: no deal 9 in these "
                                                                              "records\n")


def test_due_lists_what_needs_action(cli: Any) -> None:
    cli("deals", "save", *SALE, "--customer", "Ann")
    cli("deals", "save", *SALE)
    cli("deals", "claim", "2", "--submitted", "2026-05-03")
    out = cli("deals", "due", "--as-of", "2026-05-10")[1]
    assert out.splitlines() == [
        "deal 1 (Ann): sold 9 days ago (2026-05-01) and not yet submitted in the portal",
        "deal 2: submitted 7 days ago (2026-05-03) and no confirmation number recorded",
    ]
    due = json.loads(cli("deals", "due", "--as-of", "2026-05-10", "--submit-days", "10", "--json")[1])
    assert [(item["number"], item["reason"]) for item in due] == [(2, "no_confirmation")]
    late = json.loads(cli("deals", "due", "--as-of", "2026-12-20", "--json")[1])
    step = next(item for item in late if item["reason"] == "step_down")
    assert step["params"]["cost"] == "1000.00" and "waiting costs $1,000.00" in step["text"]


def test_export_and_import_between_two_databases(cli: Any, tmp_path: Path) -> None:
    cli("deals", "save", *SALE, "--customer", "=HYPERLINK(\"x\")")
    out = tmp_path / "deals.csv"
    assert cli("deals", "export", "--format", "csv", "--out", str(out))[1] == f"Wrote 1 deals to {out}.\n"
    other = f"sqlite:///{tmp_path / 'other.sqlite'}"
    assert cli("deals", "import", str(out), "--db", other)[1] == "Imported 1 deals (0 already there, unchanged).\n"
    assert json.loads(cli("deals", "list", "--json", "--db", other)[1])[0]["customer"] == "=HYPERLINK(\"x\")"
    assert cli("deals", "export", "--format", "xlsx", "--out", str(tmp_path / "log.xlsx"), "--table", "log")[0] == 0
    code, _, err = cli("deals", "import", str(tmp_path / "log.xlsx"))
    assert code == 2 and err.startswith("evdesk: FILE: ")


def test_erase_a_customer_and_by_retention(cli: Any) -> None:
    cli("deals", "save", *SALE, "--customer", "Ann Smith")
    cli("deals", "save", *SALE, "--customer", "Bob", "--date", "2020-01-10")
    assert cli("deals", "erase", "--older-than", "6", "--as-of", "2026-05-01")[1].endswith("1 deal(s): 2.\n")
    assert cli("deals", "erase", "--customer", "ann smith")[1].endswith("1 deal(s): 1.\n")
    assert [d["customer"] for d in json.loads(cli("deals", "list", "--json")[1])] == [None, None]
    assert cli("deals", "erase", "--as-of", "2026-05-01", "--customer", "x")[0] == 2


def test_the_database_option_and_its_failures(cli: Any, tmp_path: Path) -> None:
    code, _, err = cli("deals", "list", "--db", "mysql://u@h/db")
    assert code == 2 and err == "evdesk: --db: mysql://u@h/db: evdesk keeps its records in SQLite or PostgreSQL, " \
                                "not mysql\n"
    code, _, err = cli("deals", "list", "--db", "postgresql://evdesk@127.0.0.1:1/evdesk")
    assert code == 1 and err.startswith("evdesk: the database at 127.0.0.1:1/evdesk cannot be reached") \
        and err.count("\n") == 1
    assert cli("deals", "list", "--db", f"sqlite:///{tmp_path / 'new.sqlite'}") == (0, "", "")
