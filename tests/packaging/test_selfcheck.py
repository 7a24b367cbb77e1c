"""`evdesk --self-check`, in-process: what the frozen app runs after every build must hold from a
checkout too, and must report a failure as a line, never as a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evdesk import selfcheck


def _window_available() -> bool:
    try:
        from evdesk.ui import MainWindow  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """Whatever the window saves while it opens and closes goes to tmp_path, and the previous location
    comes back afterwards (QSettings' paths are process-wide)."""
    from PySide6.QtCore import QSettings

    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "evdesk-probe", "probe")
    previous = Path(probe.fileName()).parent.parent
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(previous))


@pytest.mark.parametrize("case", selfcheck.CASES, ids=lambda case: case.name)
def test_each_known_case_holds_against_the_engine(policy: object, case: selfcheck.Case) -> None:
    state = selfcheck._State(policy=policy)
    assert case.name in selfcheck._check_case(state, case)


@pytest.mark.skipif(not _window_available(), reason="evdesk.ui.MainWindow is not written yet")
def test_the_whole_self_check_passes(qapp: object, isolated_settings: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code = selfcheck.run_self_check()
    out = capsys.readouterr().out
    assert code == 0, out
    assert "FAILED" not in out
    assert out.splitlines()[-1].startswith("self-check: all ")


def test_a_crash_or_a_wrong_answer_is_a_failed_line_not_a_traceback(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def crashes(state: selfcheck._State) -> str:
        raise ZeroDivisionError("division by zero")

    def wrong(state: selfcheck._State) -> str:
        raise selfcheck.CheckFailed("rebate 0.00, expected 5000.00")

    monkeypatch.setattr(selfcheck, "_checks", lambda: [
        ("crashes", crashes), ("wrong", wrong), ("fine", lambda state: "fine")])
    assert selfcheck.run_self_check() == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "FAILED crashes: ZeroDivisionError: division by zero",
        "FAILED wrong: rebate 0.00, expected 5000.00",
        "ok fine",
        lines[-1],
    ]
    assert lines[-1].startswith("self-check: 2 of 3 checks FAILED")


def test_a_wrong_engine_answer_is_caught(policy: object) -> None:
    case = selfcheck.CASES[0]
    wrong = selfcheck.Case(case.name, case.request, eligible=case.eligible, amount="4999.99")
    with pytest.raises(selfcheck.CheckFailed, match=r"expected 4999\.99"):
        selfcheck._check_case(selfcheck._State(policy=policy), wrong)
