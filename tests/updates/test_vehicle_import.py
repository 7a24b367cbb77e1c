"""Transport Canada's list as published, CSV or saved page, into a local policy version: validated, kept,
in use as "imported locally, unsigned" until a signed policy with a newer version supersedes it."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

import pytest

from evdesk.paths import seeds_path
from evdesk.updates.client import install_bundle
from evdesk.updates.in_use import policy_in_use
from evdesk.updates.messages import UpdateRefused
from evdesk.updates.store import PolicyStore
from evdesk.updates.vehicle_import import import_vehicle_list, read_vehicle_list
from tests.updates.conftest import VEHICLE_LIST, Publisher

NOW = dt.datetime(2026, 12, 3, 15, 0, tzinfo=dt.UTC)
CSV_LINES = seeds_path(VEHICLE_LIST).read_text(encoding="utf-8").splitlines()


def _csv(tmp_path: Path, lines: list[str], name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _page(tmp_path: Path, rows: list[str], date: str = "2026-11-30") -> Path:
    """The vehicle-list page as a browser saves it: headings as published, a maple leaf for Canadian-made."""
    heading = ("<tr><th>Model year</th><th>Make</th><th>Model</th><th>Trim</th><th>Fuel type</th>"
               "<th>Incentive for purchase or 48 month lease (2026)</th></tr>")
    body = []
    import csv

    for year, make, model, trim, fuel, made in csv.reader(rows):
        leaf = ' <img src="maple-leaf.svg" alt="Canadian-made">' if made == "1" else ""
        body.append(f"<tr><td>{year}{leaf}</td><td>{escape(make)}</td><td>{escape(model)}</td><td>{escape(trim)}</td><td>{fuel}</td>"
                    "<td>$5,000</td></tr>")
    html = (f"<!DOCTYPE html><html><body><table class='wb-tables'><thead>{heading}</thead><tbody>"
            f"{''.join(body)}</tbody></table><dl><dt>Date modified:</dt><dd><time property='dateModified'>"
            f"{date}</time></dd></dl></body></html>")
    path = tmp_path / "vehicle-list.html"
    path.write_text(html, encoding="utf-8")
    return path


def _new_trim() -> str:
    return "2027,Kia,EV2,Light FWD,BEV,0"


def test_a_csv_export_becomes_a_local_version_dated_today(store: PolicyStore, tmp_path: Path) -> None:
    base = policy_in_use(store)
    done = import_vehicle_list(_csv(tmp_path, [*CSV_LINES, _new_trim()]), base, store=store, now=NOW)
    assert done.policy.version == "2026.12.01.1" and done.policy.data.published == NOW.date()
    assert len(done.policy.vehicles.vehicles) == len(CSV_LINES)  # 126 + 1 new, less the heading
    assert done.policy.vehicles.find(2027, "Kia", "EV2", "Light FWD") is not None
    in_use = policy_in_use(store)
    assert (in_use.kind, in_use.policy.version) == ("imported", "2026.12.01.1")
    assert in_use.describe().english() == "vehicle list imported locally on 2026-12-03, unsigned"
    assert "# --- Sources" in in_use.policy.path.read_text()  # the base file's comments are kept


def test_a_saved_page_reads_its_maple_leaves_and_its_date(store: PolicyStore, tmp_path: Path) -> None:
    page = _page(tmp_path, [*CSV_LINES[1:], _new_trim()])
    read = read_vehicle_list(page)
    assert read.format == "html" and read.page_date == dt.date(2026, 11, 30)
    original = read_vehicle_list(seeds_path(VEHICLE_LIST))
    assert [r.canadian_made for r in read.rows[:-1]] == [r.canadian_made for r in original.rows]
    assert any(r.canadian_made for r in read.rows)
    done = import_vehicle_list(page, policy_in_use(store), store=store, now=NOW)
    assert done.policy.data.vehicle_list.published == dt.date(2026, 11, 30)
    assert done.policy.data.vehicle_list.file == "evap-vehicle-list-2026-11-30.csv"


@pytest.mark.parametrize(("change", "message"), [
    (lambda lines: lines[:30], "under half"),
    (lambda lines: [*lines, lines[5]], "is listed twice"),
    (lambda lines: [*lines, "2027,Kia,EV2,Light,HEV,0"], "not a fuel type of the list"),
    (lambda lines: [*lines, "2014,Kia,Soul EV,,BEV,0"], "model year 2014 is outside 2021–2028"),
    (lambda lines: [*lines, "27,Kia,EV2,Light,BEV,0"], "is not a model year"),
    (lambda lines: [*lines, "2027,Kia,EV2,Light,BEV,maybe"], "is not yes or no"),
    (lambda lines: ["year,brand,name", *lines[1:]], "must name the columns"),
    (lambda lines: lines, "the same as the one in use"),
])
def test_a_list_that_fails_a_check_is_refused_and_nothing_changes(
        store: PolicyStore, tmp_path: Path, change: object, message: str) -> None:
    before = policy_in_use(store)
    with pytest.raises(UpdateRefused, match=message):
        import_vehicle_list(_csv(tmp_path, change(CSV_LINES)), before, store=store, now=NOW)  # type: ignore[operator]
    assert policy_in_use(store).policy.sha256 == before.policy.sha256
    assert [e.kind for e in store.history()] == ["bundled"]


def test_a_shorter_list_is_taken_when_confirmed(store: PolicyStore, tmp_path: Path) -> None:
    done = import_vehicle_list(_csv(tmp_path, CSV_LINES[:31]), policy_in_use(store), store=store, now=NOW,
                               allow_fewer=True)
    assert len(done.policy.vehicles.vehicles) == 30


def test_a_newer_signed_policy_supersedes_the_import(publisher: Publisher, store: PolicyStore,
                                                     tmp_path: Path) -> None:
    import_vehicle_list(_csv(tmp_path, [*CSV_LINES, _new_trim()]), policy_in_use(store), store=store, now=NOW)
    same_base = tmp_path / "same.evpolicy"
    publisher.to_bundle(same_base, "2026.12.01")  # the signed base itself: older than the local revision
    install_bundle(same_base, store=store)
    assert policy_in_use(store).kind == "imported"
    newer = tmp_path / "newer.evpolicy"
    publisher.to_bundle(newer, "2027.01.05")
    install_bundle(newer, store=store)
    assert (policy_in_use(store).kind, policy_in_use(store).policy.version) == ("signed", "2027.01.05")
