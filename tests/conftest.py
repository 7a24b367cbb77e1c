"""Shared test set-up: Qt draws offscreen (before any QApplication exists), and the bundled policy."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from evdesk.policy import Policy, bundled_policy


@pytest.fixture(scope="session")
def policy() -> Policy:
    return bundled_policy()
