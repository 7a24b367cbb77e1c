"""Shared test set-up: Qt draws offscreen (before any QApplication exists), and the bundled policy."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from evdesk.policy import Policy, bundled_policy


@pytest.fixture(autouse=True)
def user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the user's own evdesk folder (records, policies, update metadata)."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("EVDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def policy() -> Policy:
    return bundled_policy()
