"""Bundle files: the same metadata and targets in one zip for offline use, installed through the same
Updater verification as the web; each attack has its bundle."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from evdesk.updates.client import install_bundle, update_from
from evdesk.updates.in_use import policy_in_use
from evdesk.updates.messages import UpdateRefused
from evdesk.updates.store import PolicyStore
from tests.updates.conftest import Publisher, Server, bundle_member, real_now, rewrite_bundle


def _refusal(bundle: Path, store: PolicyStore) -> UpdateRefused:
    before, history = policy_in_use(store).policy.sha256, store.history()
    with pytest.raises(UpdateRefused) as refused:
        install_bundle(bundle, store=store)
    assert policy_in_use(store).policy.sha256 == before, "the policy in use must stay"
    assert store.history() == history
    return refused.value


def test_a_published_bundle_installs(publisher: Publisher, store: PolicyStore, tmp_path: Path,
                                     socket_guard: object) -> None:
    bundle = tmp_path / "2027.01.01.evpolicy"
    publisher.to_bundle(bundle, "2027.01.01")
    names = zipfile.ZipFile(bundle).namelist()
    assert {"metadata/1.root.json", "metadata/timestamp.json", "metadata/1.snapshot.json",
            "metadata/1.targets.json"} <= set(names)
    # the policy, its vehicle list, its provinces, where its models are assembled
    assert sum(n.startswith("targets/") for n in names) == 4
    outcome = install_bundle(bundle, store=store)
    assert outcome.status == "installed"
    in_use = policy_in_use(store)
    assert (in_use.policy.version, in_use.kind, in_use.source) == ("2027.01.01", "signed", str(bundle))
    assert install_bundle(bundle, store=store).status == "up_to_date"
    assert socket_guard.contacted == [] and socket_guard.refused == []  # type: ignore[attr-defined]


def test_bundles_and_the_repository_share_one_version_line(publisher: Publisher, server: Server,
                                                           store: PolicyStore, tmp_path: Path) -> None:
    """Made from the same keys, a bundle never goes back below the repository or the other way round."""
    publisher.to_repo(server.folder, "2027.01.01")
    update_from(server.url, store=store)
    bundle = tmp_path / "b.evpolicy"
    published = publisher.to_bundle(bundle, "2027.01.15")
    assert published.metadata_versions == {"targets": 2, "snapshot": 2, "timestamp": 2}
    assert install_bundle(bundle, store=store).status == "installed"
    again = publisher.to_repo(server.folder, "2027.01.20")
    assert again.metadata_versions["timestamp"] == 3
    assert update_from(server.url, store=store).status == "installed"


def test_a_tampered_bundle_is_refused(publisher: Publisher, store: PolicyStore, tmp_path: Path) -> None:
    bundle = tmp_path / "b.evpolicy"
    publisher.to_bundle(bundle, "2027.01.01")
    name = bundle_member(bundle, ".policy.toml")
    text = zipfile.ZipFile(bundle).read(name).decode().replace('value = "50000.00"', 'value = "90000.00"', 1)
    refused = _refusal(rewrite_bundle(bundle, tmp_path / "t.evpolicy", {name: text.encode()}), store)
    assert refused.code == "tampered"


def test_a_bundle_signed_by_someone_else_is_refused(publisher: Publisher, other_publisher: Publisher,
                                                    store: PolicyStore, tmp_path: Path) -> None:
    bundle = tmp_path / "foreign.evpolicy"
    other_publisher.to_bundle(bundle, "2027.01.01")
    assert _refusal(bundle, store).code == "unsigned"


def test_an_unsigned_bundle_is_refused(publisher: Publisher, store: PolicyStore, tmp_path: Path) -> None:
    bundle = tmp_path / "b.evpolicy"
    publisher.to_bundle(bundle, "2027.01.01")
    document = json.loads(zipfile.ZipFile(bundle).read("metadata/1.targets.json"))
    document["signatures"] = []
    stripped = rewrite_bundle(bundle, tmp_path / "u.evpolicy",
                              {"metadata/1.targets.json": json.dumps(document).encode()})
    assert _refusal(stripped, store).code == "unsigned"


def test_an_older_bundle_is_refused_after_a_newer_one(publisher: Publisher, store: PolicyStore,
                                                      tmp_path: Path) -> None:
    old, new = tmp_path / "old.evpolicy", tmp_path / "new.evpolicy"
    publisher.to_bundle(old, "2027.01.01")
    publisher.to_bundle(new, "2027.01.15")
    install_bundle(new, store=store)
    refused = _refusal(old, store)
    assert refused.code == "rollback_metadata"
    assert policy_in_use(store).policy.version == "2027.01.15"


def test_a_newly_signed_bundle_of_an_older_policy_is_refused(publisher: Publisher, store: PolicyStore,
                                                             tmp_path: Path) -> None:
    new, old = tmp_path / "new.evpolicy", tmp_path / "old.evpolicy"
    publisher.to_bundle(new, "2027.01.15")
    install_bundle(new, store=store)
    publisher.to_bundle(old, "2027.01.01")
    assert _refusal(old, store).code == "rollback_policy"


def test_an_expired_bundle_is_refused(publisher: Publisher, store: PolicyStore, tmp_path: Path) -> None:
    bundle = tmp_path / "stale.evpolicy"
    publisher.to_bundle(bundle, "2027.01.01", now=real_now() - dt.timedelta(days=100),
                        expires=(real_now() - dt.timedelta(days=1)).date())
    assert _refusal(bundle, store).code == "expired"


def test_a_bundle_mixing_metadata_versions_is_refused(publisher: Publisher, store: PolicyStore,
                                                      tmp_path: Path) -> None:
    first, second = tmp_path / "1.evpolicy", tmp_path / "2.evpolicy"
    publisher.to_bundle(first, "2027.01.01")
    publisher.to_bundle(second, "2027.01.15")
    old_targets = zipfile.ZipFile(first).read("metadata/1.targets.json")
    mixed = rewrite_bundle(second, tmp_path / "mixed.evpolicy", {"metadata/2.targets.json": old_targets})
    refused = _refusal(mixed, store)
    assert refused.code == "rollback_metadata"


def test_an_oversized_member_is_cut_at_its_limit(publisher: Publisher, store: PolicyStore, tmp_path: Path) -> None:
    """A zip bomb: 50 MB of timestamp that compresses to almost nothing; reading stops at 16 KiB."""
    bundle = tmp_path / "b.evpolicy"
    publisher.to_bundle(bundle, "2027.01.01")
    bomb = rewrite_bundle(bundle, tmp_path / "bomb.evpolicy", {"metadata/timestamp.json": b" " * 50_000_000})
    assert bomb.stat().st_size < 1_000_000
    assert _refusal(bomb, store).code == "too_large"


def test_a_bundle_without_metadata_is_refused(publisher: Publisher, store: PolicyStore, tmp_path: Path) -> None:
    bundle = tmp_path / "b.evpolicy"
    publisher.to_bundle(bundle, "2027.01.01")
    refused = _refusal(rewrite_bundle(bundle, tmp_path / "e.evpolicy", {"metadata/timestamp.json": None}), store)
    assert refused.code == "not_found"


@pytest.mark.parametrize("content", [b"", b"schema_version = 1\n", b"PK\x03\x04 broken"])
def test_a_file_that_is_not_a_bundle_is_refused_in_one_line(store: PolicyStore, tmp_path: Path,
                                                           content: bytes) -> None:
    path = tmp_path / "policy.toml"
    path.write_bytes(content)
    refused = _refusal(path, store)
    assert refused.code == "not_a_bundle"
    assert "\n" not in str(refused) and str(path) in str(refused)
