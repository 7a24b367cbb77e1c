"""What ships: the trusted root is public, self-signed root metadata (no private key anywhere in the
repository), the wheel carries it, and the frozen app's self-check installs a signed bundle."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from tuf.api.metadata import Metadata, Root

from evdesk import selfcheck
from evdesk.paths import seeds_path
from evdesk.updates.in_use import policy_in_use

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_root_is_self_signed_root_metadata() -> None:
    root = Metadata[Root].from_bytes(seeds_path("trust", "root.json").read_bytes())
    root.signed.verify_delegate("root", root.signed_bytes, root.signatures)
    assert set(root.signed.roles) == {"root", "targets", "snapshot", "timestamp"}


def test_no_private_key_is_committed() -> None:
    tracked = subprocess.run(["git", "-C", str(ROOT), "grep", "-l", "PRIVATE KEY-----"], capture_output=True,
                             text=True).stdout.split()
    assert [path for path in tracked if not path.startswith(("tests/", "evdesk/updates/"))] == []
    assert not list(ROOT.glob("seeds/**/*.pem"))


def test_the_self_check_installs_a_signed_bundle_without_touching_the_users_data(tmp_path: Path) -> None:
    detail = selfcheck.check_signed_policy_bundle(selfcheck._State())
    assert detail.startswith("a signed policy bundle installs (python-tuf 7.")
    assert policy_in_use().kind == "bundled"  # nothing was kept in this test's own data folder but the bundled


def test_the_self_check_fails_when_verification_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    from evdesk.updates import client
    from evdesk.updates.messages import Message, UpdateRefused

    def refuse(*args: object, **kwargs: object) -> object:
        raise UpdateRefused("unsigned", Message("Refused: not signed"))

    monkeypatch.setattr(client, "install_bundle", refuse)
    with pytest.raises(UpdateRefused):
        selfcheck.check_signed_policy_bundle(selfcheck._State())


def test_a_saved_answer_finds_the_policy_it_was_given_under(tmp_path: Path) -> None:
    from evdesk.policy import bundled_policy
    from evdesk.updates.in_use import policy_for_stamp

    bundled = bundled_policy()
    found = policy_for_stamp(bundled.version, bundled.sha256)
    assert found is not None and found.sha256 == bundled.sha256 and found.path != bundled.path  # the kept copy
    assert policy_for_stamp(bundled.version, "0" * 64) is None
