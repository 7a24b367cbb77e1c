"""Where each listed model is assembled: shipped as policy data pinned by the policy, every row with its
source and confidence, every model of Transport Canada's list covered, and a broken file refused with the
line and the column, the policy in use kept."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from evdesk.policy import Policy, PolicyError, load_policy
from evdesk.policy.assembly import AssemblyList

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def test_the_bundled_policy_pins_the_assembly_data(policy: Policy) -> None:
    reference = policy.data.vehicle_assembly
    assert reference is not None and reference.file == "vehicle-assembly-2026-12-01.csv"
    assert hashlib.sha256((SEEDS / reference.file).read_bytes()).hexdigest() == reference.sha256
    assert policy.assembly is not None and len(policy.assembly.rows) == 35


def test_every_listed_model_has_a_row(policy: Policy) -> None:
    """research: vehicle-assembly.md covers all 125 rows of the list, by make and model as the list spells them."""
    assert policy.assembly is not None
    missing = sorted({(v.model_year, v.make, v.model) for v in policy.vehicles.vehicles
                      if policy.assembly.find(v.model_year, v.make, v.model) is None})
    assert missing == []


def test_every_country_has_its_source_and_the_not_found_ones_have_none(policy: Policy) -> None:
    assert policy.assembly is not None
    for row in policy.assembly.rows:
        if row.countries:
            assert row.source is not None and row.source.url.startswith(("https://", "http://")), row
            assert row.source.title and row.source.title_fr and row.source.publisher_fr, row
        else:
            assert row.source is None, row
    not_found = sorted((row.make, row.model) for row in policy.assembly.rows if not row.countries)
    assert not_found == [("Subaru", "Uncharted"), ("Toyota", "C-HR")]
    several = {(row.make, row.model): row.countries for row in policy.assembly.rows if len(row.countries) > 1}
    assert several == {("Kia", "EV6"): ("US", "KR"), ("Tesla", "Model Y"): ("DE", "CN"),
                       ("Volvo", "EX30 Single Motor Extended Range"): ("BE", "CN"),
                       ("Volvo", "EX30 Twin Motor Performance"): ("BE", "CN")}


@pytest.mark.parametrize(("year", "make", "model", "countries"), [
    (2026, "Chevrolet", "Equinox EV", ("MX",)),
    (2025, "chevrolet", "  equinox   ev ", ("MX",)),  # case and spacing, as the vehicle list
    (2027, "Chevrolet", "Equinox EV", ("MX",)),
    (2024, "Chevrolet", "Equinox EV", None),  # outside the span the source covers: no row
    (2028, "Chevrolet", "Equinox EV", None),
    (2026, "Toyota", "Prius Plug-in Hybrid", ("JP",)),
    (2027, "Toyota", "Prius Plug-in Hybrid", ("JP",)),  # the list spells 2027 "Plug-In": case does not matter
    (2026, "BYD", "Seal U", None),
])
def test_a_row_is_found_by_model_year_make_and_model(policy: Policy, year: int, make: str, model: str,
                                                     countries: tuple[str, ...] | None) -> None:
    assert policy.assembly is not None
    row = policy.assembly.find(year, make, model)
    assert (row.countries if row is not None else None) == countries


HEADER = ",".join(AssemblyList.COLUMNS)
GOOD = ('Chevrolet,Equinox EV,2025-2027,MX,"Ramos Arizpe",A headline,headline,Un titre,GM Authority,GM Authority,'
        "https://gmauthority.com/x,,medium,")


@pytest.mark.parametrize(("line", "problem"), [
    (GOOD.replace("2025-2027", "2027-2025"), "model_years '2027-2025' is not a year or a span"),
    (GOOD.replace("2025-2027", "20266"), "model_years '20266'"),
    (GOOD.replace(",MX,", ",Mexico,"), "assembly_countries 'Mexico' is not ISO 3166 alpha-2 codes"),
    (GOOD.replace(",MX,", ",MX;MX,"), "each once"),
    (GOOD.replace(",medium,", ",certain,"), "confidence 'certain' is not high, medium or low"),
    (GOOD.replace("https://gmauthority.com/x", "gmauthority.com"), "source_url 'gmauthority.com' is not an http"),
    (GOOD.replace(",GM Authority,GM Authority,", ",,GM Authority,"), "source_publisher is empty"),
    (GOOD.replace(",,medium,", ",2022-09,medium,"), "source_date '2022-09' is not a date"),
    (GOOD.replace(",MX,", ",,"), "no assembly country, but a source"),
    (GOOD + ",extra", "15 fields, expected 14"),
    (GOOD + "\n" + GOOD.replace("2025-2027", "2027"), "line 3: Chevrolet Equinox EV 2027-2027 overlaps line 2"),
])
def test_a_broken_row_is_refused_naming_the_line(line: str, problem: str) -> None:
    with pytest.raises(ValueError, match=re.escape(problem)):
        AssemblyList.from_text(f"{HEADER}\n{line}\n", "x.csv")


def _policy_with(tmp_path: Path, policy: Policy, assembly_text: str, pin: str | None = None) -> Path:
    for name in ("policy.toml", "provinces.toml", policy.data.vehicle_list.file):
        shutil.copy(SEEDS / name, tmp_path)
    assert policy.data.vehicle_assembly is not None
    (tmp_path / policy.data.vehicle_assembly.file).write_text(assembly_text, encoding="utf-8")
    if pin is not None:
        text = (tmp_path / "policy.toml").read_text(encoding="utf-8").replace(policy.data.vehicle_assembly.sha256, pin)
        (tmp_path / "policy.toml").write_text(text, encoding="utf-8")
    return tmp_path / "policy.toml"


def test_a_broken_assembly_file_refuses_the_policy(tmp_path: Path, policy: Policy) -> None:
    with pytest.raises(PolicyError) as refused:
        load_policy(_policy_with(tmp_path, policy, f"{HEADER}\n{GOOD.replace(',MX,', ',Mexico,')}\n"))
    assert refused.value.problems[0].startswith("vehicle-assembly-2026-12-01.csv: line 2: assembly_countries")


def test_an_assembly_file_other_than_the_one_pinned_is_refused(tmp_path: Path, policy: Policy) -> None:
    text = f"{HEADER}\n{GOOD}\n"
    with pytest.raises(PolicyError) as refused:
        load_policy(_policy_with(tmp_path, policy, text))
    assert refused.value.problems == [
        f"policy.toml: vehicle_assembly.sha256: vehicle-assembly-2026-12-01.csv has sha256 "
        f"{hashlib.sha256(text.encode()).hexdigest()}, not the {policy.data.vehicle_assembly.sha256} the policy names"]
    pinned = load_policy(_policy_with(tmp_path, policy, text, pin=hashlib.sha256(text.encode()).hexdigest()))
    assert pinned.assembly is not None and [row.countries for row in pinned.assembly.rows] == [("MX",)]


def test_a_policy_without_assembly_data_still_loads(tmp_path: Path, policy: Policy) -> None:
    for name in ("policy.toml", "provinces.toml", policy.data.vehicle_list.file):
        shutil.copy(SEEDS / name, tmp_path)
    text = (tmp_path / "policy.toml").read_text(encoding="utf-8")
    (tmp_path / "policy.toml").write_text(re.sub(r"^vehicle_assembly = .*\n", "", text, flags=re.M), encoding="utf-8")
    older = load_policy(tmp_path / "policy.toml")
    assert older.data.vehicle_assembly is None and older.assembly is None
