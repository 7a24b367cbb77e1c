"""When an answer's policy counts as stale: one day either side of the signed expiry and of the age
limit; and every rendered answer (text, JSON) carries the warning."""

from __future__ import annotations

import datetime as dt

import pytest

from evdesk.updates import staleness
from evdesk.updates.staleness import judge

D = dt.date

CASES = [
    # published,       expires,          today,            max age, stale?
    (D(2026, 9, 1), D(2026, 11, 30), D(2026, 11, 30), None, None),  # the last valid day
    (D(2026, 9, 1), D(2026, 11, 30), D(2026, 12, 1), None, "expired"),  # the day after
    (D(2026, 9, 1), None, D(2026, 11, 30), 90, None),  # 90 days old: not more than 90
    (D(2026, 9, 1), None, D(2026, 12, 1), 90, "old"),  # 91 days
    (D(2026, 9, 1), None, D(2027, 9, 1), None, None),  # no limit, no expiry: never stale
    (D(2026, 9, 1), None, D(2027, 9, 1), 0, None),  # 0 turns the age warning off
    (D(2026, 9, 1), D(2027, 3, 1), D(2026, 12, 1), 90, "old"),  # too old before its expiry
    (D(2026, 9, 1), D(2026, 10, 1), D(2026, 12, 1), 90, "expired"),  # expiry first
    (D(2026, 12, 5), None, D(2026, 12, 1), 90, None),  # published after today
]


@pytest.mark.parametrize(("published", "expires", "today", "max_age", "expected"), CASES)
def test_stale_exactly_from_the_day_after(published: dt.date, expires: dt.date | None, today: dt.date,
                                          max_age: int | None, expected: str | None) -> None:
    found = judge(published, expires, today, max_age)
    assert (found.reason if found else None) == expected
    if found is not None:
        assert judge(published, expires, found.since - dt.timedelta(days=1), max_age) is None
        assert judge(published, expires, found.since, max_age) is not None


def test_the_warning_names_the_publication_date() -> None:
    found = judge(D(2026, 9, 1), None, D(2026, 12, 1), 90)
    assert found is not None
    assert found.message.english() == ("This answer uses the policy published on 2026-09-01, more than 90 days "
                                       "ago: check for updates.")


def test_every_check_answer_carries_the_warning_when_stale(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from evdesk.cli import run_cli

    args = ["check", "--powertrain", "bev", "--price", "45000", "--assembly", "US", "--date", "2026-05-01"]
    monkeypatch.setattr(staleness, "today", lambda: D(2027, 3, 1))  # the bundled policy is 90 days old
    assert run_cli(args) == 0
    assert "check for updates" not in capsys.readouterr().out
    monkeypatch.setattr(staleness, "today", lambda: D(2027, 3, 2))  # 91 days
    assert run_cli(args) == 0
    text = capsys.readouterr().out
    assert text.startswith("⚠ This answer uses the policy published on December 1, 2026, more than 90 days ago")
    assert run_cli([*args, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["stale_policy"]["reason"] == "old" and answer["stale_policy"]["since"] == "2027-03-02"
    assert "check for updates" in answer["stale_policy"]["text"]


def test_the_age_limit_is_a_setting(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from evdesk.cli import run_cli
    from evdesk.updates.settings import UpdateSettings, save_settings
    from evdesk.updates.store import PolicyStore

    monkeypatch.setattr(staleness, "today", lambda: D(2027, 1, 1))  # 31 days after December 1
    save_settings(PolicyStore().root, UpdateSettings(max_age_days=30))
    assert run_cli(["policy", "show"]) == 0
    assert "⚠ This answer uses the policy published on December 1, 2026, more than 30 days ago" in \
        capsys.readouterr().out
