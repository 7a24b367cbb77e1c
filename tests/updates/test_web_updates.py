"""Policy updates from a web server (a real one, on 127.0.0.1): a good update installs, and each attack
from the TUF specification that applies is refused with its reason while the policy in use stays."""

from __future__ import annotations

import datetime as dt
import http.server
import shutil
import threading
import urllib.request
from pathlib import Path

import pytest

from evdesk.updates.client import update_from
from evdesk.updates.in_use import policy_in_use
from evdesk.updates.keys import last_valid_day
from evdesk.updates.messages import UpdateRefused
from evdesk.updates.store import PolicyStore
from tests.updates.conftest import Guard, Publisher, Server, real_now


def _refusal(address: str, store: PolicyStore) -> UpdateRefused:
    before = policy_in_use(store)
    history = store.history()
    with pytest.raises(UpdateRefused) as refused:
        update_from(address, store=store)
    after = policy_in_use(store)
    assert after.policy.sha256 == before.policy.sha256, "the policy in use must stay"
    assert store.history() == history, "nothing may be kept from a refused update"
    return refused.value


def test_a_published_policy_installs_from_a_local_web_server(publisher: Publisher, server: Server,
                                                              store: PolicyStore, socket_guard: Guard) -> None:
    socket_guard.allowed.add(("127.0.0.1", server.port))
    published = publisher.to_repo(server.folder, "2027.01.01")
    outcome = update_from(server.url, store=store)
    assert outcome.status == "installed"
    in_use = policy_in_use(store)
    assert (in_use.policy.version, in_use.kind, in_use.source) == ("2027.01.01", "signed", server.url)
    assert in_use.policy.sha256 == published.targets["policy.toml"].hashes["sha256"]
    assert in_use.expires == last_valid_day(published.expires)
    assert len(in_use.policy.vehicles.vehicles) == 126  # the vehicle list came along, verified
    # Consistent snapshots: versioned metadata, hash-named targets.
    assert "/metadata/1.snapshot.json" in server.requests
    assert any(path.startswith("/targets/") and path.endswith(".policy.toml") for path in server.requests)
    assert {address for address in socket_guard.contacted} == {("127.0.0.1", server.port)}
    assert socket_guard.refused == []

    again = update_from(server.url, store=store)
    assert again.status == "up_to_date"
    assert [e.version for e in store.history() if e.kind == "signed"] == ["2027.01.01"]


def test_a_newer_publication_replaces_the_policy_in_use(publisher: Publisher, server: Server,
                                                        store: PolicyStore) -> None:
    publisher.to_repo(server.folder, "2027.01.01")
    update_from(server.url, store=store)
    publisher.to_repo(server.folder, "2027.01.15")
    assert update_from(server.url, store=store).status == "installed"
    assert policy_in_use(store).policy.version == "2027.01.15"
    assert [e.version for e in store.history() if e.kind == "signed"] == ["2027.01.01", "2027.01.15"]


def test_a_tampered_target_is_refused(publisher: Publisher, server: Server, store: PolicyStore) -> None:
    published = publisher.to_repo(server.folder, "2027.01.01")
    served = server.folder / "targets" / f"{published.targets['policy.toml'].hashes['sha256']}.policy.toml"
    served.write_text(served.read_text().replace('value = "50000.00"', 'value = "90000.00"', 1))
    refused = _refusal(server.url, store)
    assert refused.code == "tampered"
    assert "policy.toml" in str(refused) and "tampered" in str(refused)


def test_a_tampered_vehicle_list_is_refused(publisher: Publisher, server: Server, store: PolicyStore) -> None:
    published = publisher.to_repo(server.folder, "2027.01.01")
    name = next(n for n in published.targets if n.endswith(".csv"))
    served = server.folder / "targets" / f"{published.targets[name].hashes['sha256']}.{name}"
    served.write_text(served.read_text().replace(",0\n", ",1\n", 1))  # one more "Canadian-made" trim
    assert _refusal(server.url, store).code == "tampered"


def test_metadata_signed_with_a_key_the_root_does_not_name_is_refused(
        publisher: Publisher, other_publisher: Publisher, server: Server, store: PolicyStore) -> None:
    other_publisher.to_repo(server.folder, "2027.01.01")
    # The other publisher's own root is served too, but the client trusts only the shipped one.
    refused = _refusal(server.url, store)
    assert refused.code == "unsigned"
    assert "not signed by the trusted publisher" in str(refused)


def test_unsigned_metadata_is_refused(publisher: Publisher, server: Server, store: PolicyStore) -> None:
    import json

    publisher.to_repo(server.folder, "2027.01.01")
    timestamp = server.folder / "metadata" / "timestamp.json"
    document = json.loads(timestamp.read_text())
    document["signatures"] = []
    timestamp.write_text(json.dumps(document))
    assert _refusal(server.url, store).code == "unsigned"


def test_rolled_back_metadata_is_refused(publisher: Publisher, server: Server, store: PolicyStore,
                                         tmp_path: Path) -> None:
    publisher.to_repo(server.folder, "2027.01.01")
    old = tmp_path / "old-served"
    shutil.copytree(server.folder, old)
    publisher.to_repo(server.folder, "2027.01.15")
    update_from(server.url, store=store)
    # An attacker serves the older, validly signed, unexpired repository again.
    shutil.rmtree(server.folder)
    shutil.copytree(old, server.folder)
    refused = _refusal(server.url, store)
    assert refused.code == "rollback_metadata"
    assert policy_in_use(store).policy.version == "2027.01.15"


def test_an_older_policy_freshly_signed_is_refused_as_a_rollback(publisher: Publisher, server: Server,
                                                                 store: PolicyStore) -> None:
    publisher.to_repo(server.folder, "2027.01.15")
    update_from(server.url, store=store)
    publisher.to_repo(server.folder, "2027.01.01")  # newer metadata, older policy
    refused = _refusal(server.url, store)
    assert refused.code == "rollback_policy"
    assert "2027.01.01 is older than policy 2027.01.15" in str(refused)


def test_a_policy_older_than_the_bundled_one_is_refused(publisher: Publisher, server: Server,
                                                        store: PolicyStore) -> None:
    publisher.to_repo(server.folder, "2026.10.01")
    refused = _refusal(server.url, store)
    assert refused.code == "rollback_policy"
    assert policy_in_use(store).kind == "bundled"


def test_expired_metadata_is_refused_as_a_freeze(publisher: Publisher, server: Server, store: PolicyStore) -> None:
    # Signed a hundred days ago, valid until two days ago: what an attacker freezing the client replays.
    long_ago = real_now() - dt.timedelta(days=100)
    publisher.to_repo(server.folder, "2027.01.01", now=long_ago, expires=(real_now() - dt.timedelta(days=2)).date())
    refused = _refusal(server.url, store)
    assert refused.code == "expired"
    assert "timestamp.json is expired" in str(refused)


def test_mixed_metadata_versions_are_refused(publisher: Publisher, server: Server, store: PolicyStore) -> None:
    publisher.to_repo(server.folder, "2027.01.01")
    first_targets = (server.folder / "metadata" / "1.targets.json").read_bytes()
    publisher.to_repo(server.folder, "2027.01.15")
    # The snapshot names targets version 2; the attacker mixes in version 1 under its name.
    (server.folder / "metadata" / "2.targets.json").write_bytes(first_targets)
    refused = _refusal(server.url, store)
    assert refused.code == "rollback_metadata"
    assert "Expected targets v2, got v1" in str(refused)


@pytest.mark.parametrize("endless", ["/metadata/timestamp.json", "target"])
def test_an_endless_download_is_cut_at_its_limit(publisher: Publisher, server: Server, store: PolicyStore,
                                                 endless: str) -> None:
    published = publisher.to_repo(server.folder, "2027.01.01")
    if endless == "target":
        endless = f"/targets/{published.targets['policy.toml'].hashes['sha256']}.policy.toml"
    server.endless.add(endless)
    refused = _refusal(server.url, store)
    assert refused.code == "too_large"


def test_a_repository_without_the_file_the_policy_names_is_refused(publisher: Publisher, server: Server,
                                                                   store: PolicyStore) -> None:
    from tuf.api.metadata import Metadata

    from evdesk.updates.keys import PRETTY

    # Signed correctly, but the targets list lacks the vehicle list the policy names: a publisher bug.
    publisher.to_repo(server.folder, "2027.01.01")
    path = server.folder / "metadata" / "1.targets.json"
    targets = Metadata.from_bytes(path.read_bytes())
    del targets.signed.targets[next(n for n in targets.signed.targets if n.endswith(".csv"))]
    targets.sign(publisher.keys.signer("targets"))
    path.write_bytes(targets.to_bytes(PRETTY))
    refused = _refusal(server.url, store)
    assert refused.code == "missing_target"


def test_plain_http_is_refused_for_any_host_but_this_machine(store: PolicyStore, socket_guard: Guard) -> None:
    refused = _refusal("http://policy.example.org", store)
    assert refused.code == "bad_address"
    assert socket_guard.refused == [] and socket_guard.contacted == []  # refused before any contact


def test_with_no_network_the_update_says_offline_and_nothing_changes(publisher: Publisher, store: PolicyStore,
                                                                      socket_guard: Guard) -> None:
    refused = _refusal("https://policy.evdesk.invalid", store)
    assert refused.code == "offline"
    assert str(refused).startswith("Offline: policy.evdesk.invalid cannot be reached")
    assert {host for host, _ in socket_guard.refused} == {"policy.evdesk.invalid"}
    assert socket_guard.contacted == []
    from evdesk.updates.settings import load_settings

    assert load_settings(store.root).last_checked is None  # an unanswered check is not a check


def test_a_closed_port_reads_as_offline(publisher: Publisher, store: PolicyStore) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert _refusal(f"http://127.0.0.1:{port}", store).code == "offline"


def test_a_check_that_reached_the_publisher_is_remembered(publisher: Publisher, server: Server,
                                                          store: PolicyStore) -> None:
    from evdesk.updates.settings import load_settings

    publisher.to_repo(server.folder, "2027.01.01")
    moment = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
    update_from(server.url, store=store, now=moment)
    assert load_settings(store.root).last_checked == moment


class _Proxy(http.server.BaseHTTPRequestHandler):
    """A forward proxy: takes `GET http://host:port/path` and relays it."""

    seen: list[str]

    def do_GET(self) -> None:
        self.seen.append(self.path)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(self.path, timeout=10) as answer:
                body, status = answer.read(), answer.status
        except urllib.error.HTTPError as error:
            body, status = b"", error.code
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_updates_go_through_the_configured_proxy(publisher: Publisher, server: Server, store: PolicyStore,
                                                 monkeypatch: pytest.MonkeyPatch, socket_guard: Guard) -> None:
    publisher.to_repo(server.folder, "2027.01.01")
    seen: list[str] = []
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), type("Proxy", (_Proxy,), {"seen": seen}))
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    try:
        for name in ("no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.server_address[1]}")
        # The app may reach the proxy only; the proxy itself (not the app) reaches the server.
        socket_guard.allowed |= {("127.0.0.1", proxy.server_address[1]), ("127.0.0.1", server.port)}
        assert update_from(server.url, store=store).status == "installed"
    finally:
        proxy.shutdown()
        proxy.server_close()
    assert f"{server.url}/metadata/timestamp.json" in seen
    assert sorted(seen) == sorted(server.url + path for path in server.requests)  # every request went through it
    assert policy_in_use(store).policy.version == "2027.01.01"
