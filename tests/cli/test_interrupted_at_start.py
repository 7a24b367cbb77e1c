"""Ctrl+C while evdesk is still starting (before a command handles it): one line and 130, no traceback."""

from __future__ import annotations

import pytest

import evdesk.__main__ as entry


def test_ctrl_c_before_a_command_handles_it_is_one_line(monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(argv: list[str] | None) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(entry, "_main", interrupted)
    assert entry.main(["batch", "stock.csv"]) == 130
    captured = capsys.readouterr()
    assert captured.err == "\nevdesk: interrupted\n" and captured.out == ""
