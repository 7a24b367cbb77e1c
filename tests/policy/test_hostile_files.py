"""A policy file from outside is refused quickly, in one line per problem, whatever it holds: never a
traceback, a hang, or a value that passes here and crashes where it is formatted (issue 7, §1)."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from evdesk.policy import PolicyError, load_policy
from evdesk.policy.reading import MAX_FILE_BYTES

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "seeds" / "policy.toml"
VEHICLES = ROOT / "seeds" / "evap-vehicle-list-2026-09-14.csv"
QUICK_S = 3.0  # "quickly": each refusal here takes milliseconds; a slow machine still has room


def refused(path: Path) -> list[str]:
    started = time.perf_counter()
    with pytest.raises(PolicyError) as error:
        load_policy(path)
    assert time.perf_counter() - started < QUICK_S
    problems = error.value.problems
    assert problems, "a refusal names at least one problem"
    for problem in problems:
        assert "\n" not in problem and "\r" not in problem, problem
        assert problem.isprintable(), problem
    return problems


def write(tmp_path: Path, text: str | bytes, name: str = "policy.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", newline="")
    else:
        path.write_bytes(text)
    return path


def edited(old: str, new: str) -> str:
    text = BUNDLED.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} is not in the bundled policy"
    return text.replace(old, new, 1)


# --- The file itself ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "problem"), [
    ("a = " + "[" * 500 + "]" * 500 + "\n", "nested more than 32 levels deep (line 1)"),  # a 1 KB file
    ("a = " + "{ b = " * 200 + "1" + " }" * 200 + "\n", "nested more than 32 levels deep"),
    ("[" * 300 + "\n", "nested more than 32 levels deep"),
    (".".join(f"k{i}" for i in range(20_000)) + " = 1\n", "dotted key of more than 32 parts (line 1)"),
    ("[" + ".".join(f'"k{i}"' for i in range(20_000)) + "]\n", "dotted key of more than 32 parts"),
    ("n = " + "9" * 5000 + "\n", "is not valid TOML"),  # more digits than Python converts
    ("version = [unclosed", "is not valid TOML"),
])
def test_a_file_tomllib_chokes_on_is_refused_quickly(tmp_path: Path, text: str, problem: str) -> None:
    (line,) = refused(write(tmp_path, text))
    assert line.startswith("policy.toml: ")
    assert problem in line


def test_strings_comments_and_numbers_do_not_count_as_nesting_or_key_parts(tmp_path: Path) -> None:
    # What the shape check skips: brackets and dots inside strings and comments, dotted numbers.
    text = edited('title.en = "', '# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\ntitle.en = "' + "[{." * 40 + " ")
    policy = load_policy(write(tmp_path, text))
    assert policy.data.title.en.startswith("[{.[{.")


def test_a_utf8_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, b"\xef\xbb\xbf" + BUNDLED.read_bytes()))
    assert policy.version == "2026.12.01"


@pytest.mark.parametrize(("data", "problem"), [
    (b"title = \"caf\xe9\"\n", "is not UTF-8 text (line 1)"),  # cp1252, as Notepad's "ANSI"
    (b"\xff\xfe" + "a = 1\n".encode("utf-16-le"), "is not UTF-8 text"),
    (b"a = 1\nb = \"x\x00y\"\n", "holds a NUL character (line 2)"),
])
def test_text_that_is_not_utf8_is_refused(tmp_path: Path, data: bytes, problem: str) -> None:
    (line,) = refused(write(tmp_path, data))
    assert problem in line


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 5 MB written
    (line,) = refused(path)
    assert "over the limit of 5,242,880" in line


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "policy.toml").mkdir()
    (line,) = refused(tmp_path / "policy.toml")
    assert line.startswith("policy.toml: ")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_not_read_without_end() -> None:
    (line,) = refused(Path("/dev/zero"))
    assert line == "zero: is not a regular file (a folder, a device or a pipe)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "policy.toml"
    os.mkfifo(fifo)
    outcome: list[object] = []

    def load() -> None:
        try:
            load_policy(fifo)
        except PolicyError as error:
            outcome.append(error.problems)
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(QUICK_S)
    if worker.is_alive():  # unblock the hung open so the thread ends, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("load_policy blocked on a FIFO")
    assert outcome == [["policy.toml: is not a regular file (a folder, a device or a pipe)"]]


def test_a_name_that_does_not_print_is_shown_escaped(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("Windows file names cannot hold a newline")
    (line,) = refused(write(tmp_path, "a = [", name="evil\nname.toml"))
    assert line.startswith("evil\\nname.toml: is not valid TOML")


def test_a_missing_file_and_a_nul_in_the_path_are_refused(tmp_path: Path) -> None:
    assert "cannot be read" in refused(tmp_path / "nowhere.toml")[0]
    assert "cannot be read" in refused(Path(str(tmp_path / "a\0b.toml")))[0]


# --- Values far outside what the world allows -------------------------------------------------------

@pytest.mark.parametrize(("old", "new", "problem"), [
    ("value = { number = 1, size = 49000,", "value = { number = 1, size = 9223372036854775808,",
     "quota.years.values[0].value.size: Input should be less than or equal to 10000000"),
    ("value = { number = 1, size = 49000,", "value = { number = 1, size = true,",
     "quota.years.values[0].value.size: Input should be a valid integer"),
    ("value = { number = 1, size = 49000,", "value = { number = 1, size = 49000.0,",
     "quota.years.values[0].value.size: Input should be a valid integer"),
    ("value = { number = 1, size = 49000,", "value = { number = 1000, size = 49000,",
     "quota.years.values[0].value.number: Input should be less than or equal to 100"),
    ("value = 10000\n", "value = 100000000000000000000000000000\n",
     "evap.demonstrator_max_km.values[0].value: Input should be less than or equal to 100000"),
    ("value = 10000\n", "value = -1\n",
     "evap.demonstrator_max_km.values[0].value: Input should be greater than or equal to 0"),
    ('value.individual = { count = 1,', 'value.individual = { count = 100000000000,',
     "evap.recipient_limits.values[0].value.individual.count: Input should be less than or equal to 100000"),
    ("value = { min_months = 12, full_months = 48 }", "value = { min_months = 12, full_months = 4800 }",
     "evap.lease.values[0].value.full_months: Input should be less than or equal to 120"),
    ('value = "50000.00"', 'value = "10000000000000.00"', "evap.ftv_cap.values[0].value"),
    ('value = "6.1"', 'value = "1e400"', "tariff.mfn_rate_percent.values[0].value"),
    ('value = "6.1"', 'value = "1001"',
     "tariff.mfn_rate_percent.values[0].value: Input should be less than or equal to 1000"),
    ("coverage = { start = 2020-07-01, end = 2031-04-01 }", "coverage = { start = 2031-04-01, end = 2020-07-01 }",
     "coverage: coverage starts on 2031-04-01 but ends on 2020-07-01"),
    ("schema_version = 1", "schema_version = true", "schema_version: Input should be a valid integer"),
    ("schema_version = 1", "schema_version = 2", "schema_version: schema_version 2 is not one this evdesk reads"),
    ("published = 2026-12-01", 'published = "2026-11-28"', "published: Input should be a valid date"),
    ("published = 2026-12-01", "published = 2026-12-01T10:00:00", "published: Input should be a valid date"),
    ("published = 2026-12-01", "published = 9999-01-01", "published: Input should be less than or equal to 2100-12-31"),
])
def test_a_value_outside_its_range_is_refused(tmp_path: Path, old: str, new: str, problem: str) -> None:
    problems = refused(write(tmp_path, edited(old, new)))
    assert any(problem in line for line in problems), problems


def test_a_key_holding_a_newline_is_shown_escaped_on_one_line(tmp_path: Path) -> None:
    problems = refused(write(tmp_path, edited("[evap.ftv_cap]\n", '[evap.ftv_cap]\n"bad\\nkey" = 1\n')))
    assert "policy.toml: evap.ftv_cap.bad\\nkey: unknown key (not part of the policy schema)" in problems


def test_thousands_of_problems_are_listed_up_to_a_limit(tmp_path: Path) -> None:
    unknown = "".join(f"nonsense_{index} = 1\n" for index in range(5000))
    problems = refused(write(tmp_path, edited("[evap.ftv_cap]\n", "[evap.ftv_cap]\n" + unknown)))
    assert len(problems) == 101
    assert problems[-1] == "policy.toml: …and 4,900 more problems"


# --- The vehicle list beside it ------------------------------------------------------------------------

HEADER = "model_year,make,model,trim,fuel_type,canadian_made\n"


def with_vehicles(tmp_path: Path, csv: str | bytes) -> Path:
    write(tmp_path, csv, name=VEHICLES.name)
    return write(tmp_path, BUNDLED.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("csv", "problem"), [
    (HEADER + '2026,Kia,"' + "x" * 140_000 + '",Light,BEV,0\n',
     "line 2: a line of 140,023 characters (at most 131,072)"),
    (HEADER + "2026,Kia," + "x" * 1000 + ",Light,BEV,0\n", "line 2: a field of 1,000 characters (at most 200)"),
    (HEADER + '2026,Kia,"EV3" x,Light,BEV,0\n', "line 2: "),
    (HEADER + "2026,Kia,EV3,Light,BEV,0,extra\n", "line 2: 7 fields, expected 6"),
    (HEADER + "2026,Kia,EV3\n", "line 2: 3 fields, expected 6"),
    (HEADER + "20266,Kia,EV3,Light,BEV,0\n", "line 2: model_year '20266' is not a year from 1990 to 2100"),
    (HEADER + "٢٠٢٦,Kia,EV3,Light,BEV,0\n", "line 2: model_year '٢٠٢٦' is not a year"),
    (HEADER + "2026,Kia,EV3,Light,STEAM,0\n", "line 2: fuel_type 'STEAM' is not one of"),
    (HEADER + "2026,Kia,EV3,Light,BEV,yes\n", "line 2: canadian_made 'yes' is not 0 or 1"),
    ("make,model\n", "expected the columns model_year, make, model, trim, fuel_type, canadian_made, found make, model"),
    ("", "found none"),
    (HEADER.encode() + b"2026,Kia,EV3,Light,BEV,0\n2026,Kia,EV\x003,Light,BEV,0\n", "holds a NUL character (line 3)"),
    (HEADER.encode() + b"2026,Kia,\xe9,Light,BEV,0\n", "is not UTF-8 text (line 2)"),
])
def test_a_broken_vehicle_list_is_refused_naming_the_line(tmp_path: Path, csv: str | bytes, problem: str) -> None:
    (line,) = refused(with_vehicles(tmp_path, csv))
    assert line.startswith(f"policy.toml: vehicle_list.file: {VEHICLES.name}: ")
    assert problem in line


def test_a_vehicle_list_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    policy = load_policy(with_vehicles(tmp_path, b"\xef\xbb\xbf" + VEHICLES.read_bytes()))
    assert len(policy.vehicles.vehicles) == 126


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_vehicle_list_that_is_a_pipe_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / VEHICLES.name)
    policy_path = write(tmp_path, BUNDLED.read_text(encoding="utf-8"))
    # `is_file()` is false for a pipe, so the bundled list of that name is used: no wait, no refusal.
    assert len(load_policy(policy_path).vehicles.vehicles) == 126
