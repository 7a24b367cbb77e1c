"""File → Load policy… shows the loader's refusal in its dialog for a hostile file, and the policy in use
stays (before issue 7 the RecursionError escaped the menu's slot and nothing was shown)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from evdesk.policy import Policy

ROOT = Path(__file__).resolve().parents[2]
NESTED = "a = " + "[" * 500 + "]" * 500 + "\n"  # 1 KB: RecursionError inside tomllib before issue 7


@pytest.fixture
def window(qtbot: Any, policy: Policy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    from evdesk.ui import MainWindow
    from evdesk.ui.policy import dialogs
    from evdesk.ui.settings import Settings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(dialogs, "app_data_dir", lambda: tmp_path / "app-data")
    main = MainWindow(policy=policy, settings=Settings(), language="en")
    qtbot.addWidget(main)
    return main


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Each message box the window opens, as (title, text, informative text); none blocks the test."""
    boxes: list[tuple[str, str, str]] = []

    def record(box: QMessageBox) -> int:
        boxes.append((box.windowTitle(), box.text(), box.informativeText()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


def load_through_the_menu(window: Any, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from evdesk.ui.policy import dialogs

    monkeypatch.setattr(dialogs, "ask_policy_file", lambda parent: path)
    assert window.load_policy_action.isEnabled()
    window.load_policy_action.trigger()


@pytest.mark.parametrize(("content", "problem"), [
    (NESTED, "policy.toml: is nested more than 32 levels deep (line 1)"),
    (".".join(f"k{i}" for i in range(20_000)) + " = 1\n", "policy.toml: has a dotted key of more than 32 parts"),
    ((ROOT / "seeds" / "policy.toml").read_text(encoding="utf-8").replace("size = 49000", "size = 9223372036854775808"),
     "policy.toml: quota.years.values[0].value.size: Input should be less than or equal to 10000000"),
])
def test_a_hostile_file_is_refused_in_the_dialog(window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 shown_boxes: list[tuple[str, str, str]], content: str,
                                                 problem: str) -> None:
    before = window.policy
    path = tmp_path / "incoming" / "policy.toml"
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    load_through_the_menu(window, path, monkeypatch)
    assert len(shown_boxes) == 1
    title, text, details = shown_boxes[0]
    assert title == "Policy file refused"
    assert text == "“policy.toml” cannot be used, so the policy in use (2026.12.01) stays."
    assert problem in details
    assert window.policy is before
    assert window.settings.policy_path is None
    assert "refused" in window.statusBar().currentMessage()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_in_the_dialog(window: Any, monkeypatch: pytest.MonkeyPatch,
                                           shown_boxes: list[tuple[str, str, str]]) -> None:
    load_through_the_menu(window, Path("/dev/zero"), monkeypatch)
    assert [box[2] for box in shown_boxes] == [
        "What is wrong with it:\n• zero: is not a regular file (a folder, a device or a pipe)"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_in_the_dialog(window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               shown_boxes: list[tuple[str, str, str]]) -> None:
    fifo = tmp_path / "policy.toml"
    os.mkfifo(fifo)
    load_through_the_menu(window, fifo, monkeypatch)  # returns: the open does not wait for a writer
    assert "policy.toml: is not a regular file" in shown_boxes[0][2]
