"""Window tests: offscreen, settings and per-user data in tmp_path, English by default, the French
catalogue compiled from the committed .ts before the first test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import datetime as dt
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings

from evdesk.paths import resources_path
from evdesk.policy import Policy

SALE_DATE = dt.date(2026, 5, 1)  # in EVAP's 2026 amount year and the first quota year; never "today"


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise RuntimeError("pyside6-lrelease not found: install the dev dependencies (make test does)")
    return found


@pytest.fixture(scope="session", autouse=True)
def french_catalogue() -> Path:
    """evdesk_fr.qm, rebuilt when the .ts is newer (what `make i18n` does)."""
    ts = resources_path("i18n", "evdesk_fr.ts")
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Iterator[None]:
    """The user's own settings and data are never read or written; each test starts in English."""
    from evdesk.ui.i18n import use_language
    from evdesk.ui.policy import dialogs as policy_dialogs

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data = tmp_path / "app-data"

    def app_data_dir() -> Path:
        data.mkdir(parents=True, exist_ok=True)
        return data

    monkeypatch.setattr(policy_dialogs, "app_data_dir", app_data_dir)
    QLocale.setDefault(QLocale("en_CA"))
    use_language("en")
    yield
    use_language("en")  # a test that switched to French must not leave its translators behind


@pytest.fixture
def window(qtbot: Any, policy: Policy) -> Any:
    from evdesk.ui import MainWindow
    from evdesk.ui.settings import Settings

    main = MainWindow(policy=policy, settings=Settings(), language="en")
    qtbot.addWidget(main)
    main.form.set_field("sale_date", SALE_DATE)
    main.settle()  # a fresh check on that day: nothing typed to lose
    return main



@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box that a test did not expect fails the test at once instead of waiting for a click that
    never comes offscreen (a hang in CI)."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(box: QMessageBox) -> int:
        raise AssertionError(f"an unexpected modal message box: {box.windowTitle()!r}: {box.text()!r}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)

    def refuse_static(parent: object, title: str, text: str, *args: object) -> int:
        raise AssertionError(f"an unexpected modal message box: {title!r}: {text!r}")

    # The static boxes run their own loop in C++, past `exec`: a test expecting one patches it itself.
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse_static)
