"""The publisher's side: keys and root, publishing only what validates, and root rotation, through which a
client that trusts the old root learns the new keys and refuses the retired ones."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import sys
import zipfile
from pathlib import Path

import pytest
from tuf.api.metadata import Metadata, Root

from evdesk.updates.client import install_bundle, update_from
from evdesk.updates.in_use import policy_in_use
from evdesk.updates.keys import KeysError, init_keys, open_keys, rotate_root
from evdesk.updates.messages import UpdateRefused
from evdesk.updates.publish import PublishError, publish
from evdesk.updates.store import PolicyStore
from evdesk.updates.targets import referenced_files
from tests.updates.conftest import Publisher, Server, real_now, rewrite_bundle, write_policy


def test_keys_init_writes_a_self_signed_root_and_private_keys_only_the_owner_reads(tmp_path: Path) -> None:
    keys = init_keys(tmp_path / "pub", real_now())
    root = Metadata[Root].from_bytes((tmp_path / "pub" / "root.json").read_bytes())
    root.signed.verify_delegate("root", root.signed_bytes, root.signatures)  # raises if not self-signed
    assert root.signed.version == 1 and root.signed.consistent_snapshot
    for role in ("root", "targets", "snapshot", "timestamp"):
        assert keys.signer(role).public_key.keyid in root.signed.roles[role].keyids
        if sys.platform != "win32":
            assert stat.S_IMODE((tmp_path / "pub" / "keys" / f"{role}.pem").stat().st_mode) == 0o600
    assert b"PRIVATE KEY" not in (tmp_path / "pub" / "root.json").read_bytes()
    with pytest.raises(KeysError, match="refusing to overwrite"):
        init_keys(tmp_path / "pub", real_now())


def test_keys_can_be_encrypted_with_a_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVDESK_KEYS_PASSPHRASE", "correct horse")
    init_keys(tmp_path / "pub", real_now())
    assert b"ENCRYPTED PRIVATE KEY" in (tmp_path / "pub" / "keys" / "targets.pem").read_bytes()
    assert open_keys(tmp_path / "pub").signer("targets")
    monkeypatch.delenv("EVDESK_KEYS_PASSPHRASE")
    with pytest.raises(KeysError, match="EVDESK_KEYS_PASSPHRASE"):
        open_keys(tmp_path / "pub").signer("targets")


def test_an_invalid_policy_is_not_published(publisher: Publisher, tmp_path: Path) -> None:
    bad = write_policy(tmp_path / "bad", "2027.01.01", lambda text: text.replace("[evap.ftv_cap]\n",
                                                                                  "[evap.ftv_cap]\nceiling = 1\n"))
    with pytest.raises(PublishError, match=r"evap\.ftv_cap\.ceiling: unknown key"):
        publish(bad, publisher.folder, repo=tmp_path / "repo")
    assert not (tmp_path / "repo").exists()
    assert not (publisher.folder / "published.json").exists()


def test_publishing_collects_every_file_the_policy_names(publisher: Publisher, tmp_path: Path) -> None:
    published = publisher.to_bundle(tmp_path / "b.evpolicy", "2027.01.01")
    assert set(published.targets) == {"policy.toml", "evap-vehicle-list-2026-09-14.csv", "provinces.toml",
                                      "vehicle-assembly-2026-12-01.csv"}  # every file the policy names


def test_every_file_key_is_a_referenced_file_at_any_depth() -> None:
    document = {"vehicle_list": {"file": "list.csv"}, "provinces": {"qc": {"data": {"file": "qc-2026.toml"}}},
                "lists": [{"file": "a.csv"}, {"file": "list.csv"}], "title": "file"}
    assert referenced_files(document) == ["list.csv", "qc-2026.toml", "a.csv"]
    with pytest.raises(ValueError, match="plain file name"):
        referenced_files({"vehicle_list": {"file": "../secrets.csv"}})


def test_expires_must_be_after_today(publisher: Publisher, tmp_path: Path) -> None:
    with pytest.raises(PublishError, match="is not after today"):
        publisher.to_bundle(tmp_path / "b.evpolicy", "2027.01.01", expires=real_now().date() - dt.timedelta(days=1))


def test_root_rotation_reaches_a_client_that_trusts_the_old_root(publisher: Publisher, server: Server,
                                                                 store: PolicyStore) -> None:
    publisher.to_repo(server.folder, "2027.01.01")
    update_from(server.url, store=store)
    old_targets_key = publisher.keys.signer("targets")
    rotated = rotate_root(publisher.folder, ["root", "targets", "snapshot", "timestamp"], real_now())
    assert rotated.signed.version == 2 and len(rotated.signatures) == 2  # old and new root keys
    assert (publisher.folder / "retired" / "2" / "targets.pem").is_file()
    publisher.to_repo(server.folder, "2027.01.15")
    # The client still ships root version 1 and walks to version 2.
    assert Metadata.from_bytes(Path(os.environ["EVDESK_TRUST_ROOT"]).read_bytes()).signed.version == 1
    outcome = update_from(server.url, store=store)
    assert outcome.status == "installed" and outcome.policy.version == "2027.01.15"
    trusted = next((store.root / "trusted").iterdir())
    assert (trusted / "root_history" / "2.root.json").is_file()

    # Metadata signed with the retired targets key no longer passes.
    targets_path = server.folder / "metadata" / "3.targets.json"
    publisher.to_repo(server.folder, "2027.01.20")
    forged = Metadata.from_bytes(targets_path.read_bytes())
    forged.sign(old_targets_key)
    targets_path.write_bytes(forged.to_bytes())
    with pytest.raises(UpdateRefused) as refused:
        update_from(server.url, store=store)
    assert refused.value.code == "unsigned"
    assert policy_in_use(store).policy.version == "2027.01.15"


def test_a_rotated_root_not_signed_by_the_old_root_key_is_refused(publisher: Publisher, store: PolicyStore,
                                                                  tmp_path: Path) -> None:
    shipped = Path(os.environ["EVDESK_TRUST_ROOT"])
    rotate_root(publisher.folder, ["root"], real_now())
    bundle = tmp_path / "b.evpolicy"
    publisher.to_bundle(bundle, "2027.01.01")
    document = json.loads(zipfile.ZipFile(bundle).read("metadata/2.root.json"))
    old_keyid = Metadata.from_bytes(shipped.read_bytes()).signed.roles["root"].keyids[0]
    document["signatures"] = [s for s in document["signatures"] if s["keyid"] != old_keyid]
    forged = rewrite_bundle(bundle, tmp_path / "f.evpolicy", {"metadata/2.root.json": json.dumps(document).encode()})
    with pytest.raises(UpdateRefused) as refused:
        install_bundle(forged, store=store)
    assert refused.value.code == "unsigned"


def test_a_bundle_carries_the_root_chain(publisher: Publisher, store: PolicyStore, tmp_path: Path) -> None:
    rotate_root(publisher.folder, ["targets"], real_now())
    rotate_root(publisher.folder, [], real_now())  # re-signed with a new expiry, same keys
    bundle = tmp_path / "b.evpolicy"
    publisher.to_bundle(bundle, "2027.01.01")
    assert {f"metadata/{n}.root.json" for n in (1, 2, 3)} <= set(zipfile.ZipFile(bundle).namelist())
    assert install_bundle(bundle, store=store).status == "installed"
