"""The window's policy-update commands, driven offscreen: Help → Check for policy updates against a real
server on 127.0.0.1 (in the thread pool), offline, File → Install policy update… with good and tampered
bundles, no network without consent, the vehicle-list import, and the stale-policy warning on the answer,
the status bar and the statement."""

from __future__ import annotations

import datetime as dt
import socket
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from evdesk.ui import MainWindow
from evdesk.ui.settings import Settings
from evdesk.updates import staleness
from evdesk.updates.settings import UpdateSettings
from tests.updates import conftest as shared
from tests.updates.conftest import Guard, Publisher, Server, bundle_member, rewrite_bundle

publisher, server, socket_guard = shared.publisher, shared.server, shared.socket_guard  # shared fixtures

SALE_DATE = dt.date(2026, 5, 1)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the message boxes said (they are not opened)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    return said


def _window(qtbot: Any) -> MainWindow:
    main = MainWindow(settings=Settings(), language="en")
    qtbot.addWidget(main)
    main.form.set_field("sale_date", SALE_DATE)
    return main


def _label(window: MainWindow) -> str:
    return window.findChild(QLabel, "policyLabel").text()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_check_for_updates_installs_from_the_publisher_without_blocking(
        qtbot: Any, publisher: Publisher, server: Server, socket_guard: Guard, shown: list[str]) -> None:
    socket_guard.allowed.add(("127.0.0.1", server.port))
    publisher.to_repo(server.folder, "2027.01.01")
    window = _window(qtbot)
    Settings().updates = UpdateSettings(address=server.url)
    assert "Policy 2026.12.01" in _label(window) and "bundled with evdesk" in _label(window)
    assert "updates never checked" in _label(window)
    window.check_updates_action.trigger()
    assert window.updating and not window.check_updates_action.isEnabled()  # returned at once; work goes on
    qtbot.waitUntil(lambda: not window.updating, timeout=20000)
    assert window.policy.version == "2027.01.01"
    assert "signed, installed from " + server.url in _label(window)
    assert "updates checked" in _label(window)
    assert shown and shown[0].startswith("Installed policy 2027.01.01")
    assert window.evaluation is not None and window.evaluation.policy.version == "2027.01.01"
    assert set(socket_guard.contacted) == {("127.0.0.1", server.port)} and socket_guard.refused == []


def test_offline_says_so_and_nothing_changes(qtbot: Any, publisher: Publisher, shown: list[str]) -> None:
    window = _window(qtbot)
    Settings().updates = UpdateSettings(address=f"http://127.0.0.1:{_closed_port()}")
    before = window.policy.sha256
    window.check_for_policy_updates()
    qtbot.waitUntil(lambda: not window.updating, timeout=20000)
    assert shown and shown[0].startswith("Offline: 127.0.0.1 cannot be reached")
    assert window.statusBar().currentMessage().startswith("Offline")
    assert window.policy.sha256 == before
    assert window.check_updates_action.isEnabled()


def test_a_bundle_installs_and_a_tampered_one_is_refused(qtbot: Any, publisher: Publisher, tmp_path: Path,
                                                          shown: list[str]) -> None:
    window = _window(qtbot)
    good = tmp_path / "good.evpolicy"
    publisher.to_bundle(good, "2027.01.01")
    name = bundle_member(good, ".policy.toml")
    text = zipfile.ZipFile(good).read(name).replace(b'value = "50000.00"', b'value = "90000.00"', 1)
    bad = rewrite_bundle(good, tmp_path / "bad.evpolicy", {name: text})

    assert window.install_policy_update(bad)
    qtbot.waitUntil(lambda: not window.updating, timeout=20000)
    assert "tampered" in shown[-1] and window.policy.version == "2026.12.01"
    assert window.install_policy_update(good)
    qtbot.waitUntil(lambda: not window.updating, timeout=20000)
    assert shown[-1].startswith("Installed policy 2027.01.01") and window.policy.version == "2027.01.01"
    again = _window(qtbot)  # the next start uses the newest accepted policy
    assert again.policy.version == "2027.01.01" and "signed" in _label(again)


def test_no_network_at_start_without_consent(qtbot: Any, publisher: Publisher, server: Server,
                                             socket_guard: Guard) -> None:
    socket_guard.allowed.add(("127.0.0.1", server.port))
    publisher.to_repo(server.folder, "2027.01.01")
    Settings().updates = UpdateSettings(address=server.url, check_at_startup=False)
    window = _window(qtbot)
    qtbot.wait(200)
    assert not window.updating and socket_guard.contacted == [] and server.requests == []
    Settings().updates = UpdateSettings(address=server.url, check_at_startup=True)
    consented = _window(qtbot)
    qtbot.waitUntil(lambda: consented.policy.version == "2027.01.01", timeout=20000)
    assert "Installed policy 2027.01.01" in consented.statusBar().currentMessage()


def test_check_without_an_address_opens_the_settings(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from evdesk.ui.policy.updates import UpdateSettingsDialog

    window = _window(qtbot)
    opened: list[UpdateSettingsDialog] = []
    monkeypatch.setattr(UpdateSettingsDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    assert window.check_for_policy_updates() is False
    assert opened and not window.updating


def test_the_settings_dialog_saves_what_the_cli_reads(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from evdesk.ui.policy.updates import UpdateSettingsDialog
    from evdesk.updates.settings import load_settings
    from evdesk.updates.store import PolicyStore

    window = _window(qtbot)

    def fill(dialog: UpdateSettingsDialog) -> int:
        dialog.address.setText("https://policy.example.ca/evdesk")
        dialog.at_startup.setChecked(True)
        dialog.max_age.setValue(30)
        return UpdateSettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(UpdateSettingsDialog, "exec", fill)
    assert window.edit_update_settings()
    saved = load_settings(PolicyStore().root)
    assert (saved.address, saved.check_at_startup, saved.max_age_days) == (
        "https://policy.example.ca/evdesk", True, 30)


def test_a_stale_policy_is_flagged_on_the_answer_the_status_bar_and_the_statement(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from evdesk.ui.counter.statement import statement_html

    monkeypatch.setattr(staleness, "today", lambda: dt.date(2026, 12, 2))  # the day after publication
    window = _window(qtbot)
    warning = window.result.findChild(QLabel, "stalePolicyWarning")
    assert warning.isHidden() and "⚠" not in _label(window)
    monkeypatch.setattr(staleness, "today", lambda: dt.date(2027, 3, 4))  # 93 days after publication
    window.refresh()
    window.set_mode("dealer")
    expected = "This answer uses the policy published on December 1, 2026, more than 90 days ago: check for updates."
    assert not warning.isHidden() and expected in warning.text()
    assert "⚠" in _label(window) and expected in window.findChild(QLabel, "policyLabel").toolTip()
    assert window.evaluation is not None
    assert expected in statement_html(window.evaluation, window.formatter, "dealer")
    assert window.result_text().startswith("⚠ " + expected)


def test_import_the_vehicle_list_from_the_window(qtbot: Any, tmp_path: Path) -> None:
    from evdesk.paths import seeds_path

    window = _window(qtbot)
    lines = seeds_path("evap-vehicle-list-2026-09-14.csv").read_text().splitlines()
    path = tmp_path / "list.csv"
    path.write_text("\n".join([*lines, "2027,Kia,EV2,Light FWD,BEV,0"]) + "\n")
    assert window.import_vehicle_list(path)
    assert window.policy.version == "2026.12.01.1"
    assert "vehicle list imported locally on" in _label(window) and "unsigned" in _label(window)


def test_about_says_where_the_policy_came_from_and_the_last_check(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from evdesk.ui.policy.dialogs import AboutDialog

    window = _window(qtbot)
    seen: list[str] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda about: seen.append(
        about.findChild(QLabel, "aboutPolicy").text()) or 0)
    window.show_about()
    assert "Policy 2026.12.01, published December 1, 2026 (bundled with evdesk" in seen[0]
    assert "Updates never checked" in seen[0]


def test_a_loaded_file_is_shown_as_unsigned_with_the_file_picked(qtbot: Any, tmp_path: Path) -> None:
    from tests.updates.conftest import write_policy

    window = _window(qtbot)
    picked = write_policy(tmp_path / "edited", "2027.01.01")
    assert window.load_policy_file(picked)
    assert f"unsigned, loaded from {picked}" in _label(window)
    window.use_bundled_policy()
    assert "bundled with evdesk" in _label(window)
