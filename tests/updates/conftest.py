"""A TUF repository built in the test with throwaway keys, served by a local HTTP server on 127.0.0.1,
and a socket guard that fails a test contacting any other address.

python-tuf judges expiry by the real clock, so metadata dates here are relative to the real now; every
policy date the tests compare is fixed."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import shutil
import socket
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from evdesk.paths import seeds_path
from evdesk.policy import bundled_policy
from evdesk.updates.keys import PublisherKeys, init_keys
from evdesk.updates.publish import Published, publish
from evdesk.updates.store import PolicyStore

BUNDLED_VERSION = bundled_policy().version
VEHICLE_LIST = "evap-vehicle-list-2026-09-14.csv"
PROVINCES = "provinces.toml"


def real_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def write_policy(folder: Path, version: str, edit: Callable[[str], str] = lambda text: text) -> Path:
    """The bundled policy under another version (and any other edit), with its vehicle list beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    text = seeds_path("policy.toml").read_text(encoding="utf-8")
    assert f'version = "{BUNDLED_VERSION}"' in text
    path = folder / "policy.toml"
    path.write_text(edit(text.replace(f'version = "{BUNDLED_VERSION}"', f'version = "{version}"', 1)),
                    encoding="utf-8")
    for name in (VEHICLE_LIST, PROVINCES):
        shutil.copyfile(seeds_path(name), folder / name)
    return path


@dataclass
class Publisher:
    """One publisher's keys in tmp_path, trusted by the client through EVDESK_TRUST_ROOT."""

    folder: Path
    keys: PublisherKeys
    work: Path
    count: int = 0

    def policy(self, version: str, edit: Callable[[str], str] = lambda text: text) -> Path:
        self.count += 1
        return write_policy(self.work / f"policy-{self.count}", version, edit)

    def to_repo(self, repo: Path, version: str, **options: object) -> Published:
        return publish(self.policy(version), self.folder, repo=repo, **options)  # type: ignore[arg-type]

    def to_bundle(self, bundle: Path, version: str, **options: object) -> Published:
        return publish(self.policy(version), self.folder, out=bundle, **options)  # type: ignore[arg-type]


@pytest.fixture
def publisher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Publisher:
    folder = tmp_path / "publisher"
    keys = init_keys(folder, real_now())
    shipped = tmp_path / "shipped-root.json"  # what the app ships: a copy, which rotation does not touch
    shutil.copyfile(folder / "root.json", shipped)
    monkeypatch.setenv("EVDESK_TRUST_ROOT", str(shipped))
    return Publisher(folder, keys, tmp_path / "work")


@pytest.fixture
def other_publisher(tmp_path: Path) -> Publisher:
    """Someone else's keys: not trusted by the client."""
    folder = tmp_path / "other-publisher"
    return Publisher(folder, init_keys(folder, real_now()), tmp_path / "other-work")


@pytest.fixture
def store() -> PolicyStore:
    return PolicyStore()  # under EVDESK_DATA_DIR, a fresh folder per test (tests/conftest.py)


def rewrite_bundle(source: Path, target: Path, replace: dict[str, bytes | None]) -> Path:
    """A copy of a bundle with some members replaced (None: left out)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name in old.namelist():
            if name in replace:
                if replace[name] is not None:
                    new.writestr(name, replace[name])  # type: ignore[arg-type]
            else:
                new.writestr(name, old.read(name))
        for name, data in replace.items():
            if name not in old.namelist() and data is not None:
                new.writestr(name, data)
    return target


def bundle_member(bundle: Path, suffix: str) -> str:
    return next(n for n in zipfile.ZipFile(bundle).namelist() if n.endswith(suffix))


# --- a web server on 127.0.0.1 ---------------------------------------------------------------------

@dataclass
class Server:
    folder: Path
    port: int
    requests: list[str] = field(default_factory=list)
    endless: set[str] = field(default_factory=set)  # paths answered with bytes that never end

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


class _Handler(http.server.SimpleHTTPRequestHandler):
    server_state: Server

    def do_GET(self) -> None:
        self.server_state.requests.append(self.path)
        if self.path in self.server_state.endless:
            self.send_response(200)
            self.end_headers()
            chunk = b"0" * 65536
            try:
                while True:  # until the client hangs up
                    self.wfile.write(chunk)
            except OSError:
                return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    folder = tmp_path / "served"
    folder.mkdir()
    state = Server(folder, 0)
    handler = type("Handler", (_Handler,), {"server_state": state})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


# --- the socket guard ----------------------------------------------------------------------------

@dataclass
class Guard:
    allowed: set[tuple[str, int]] = field(default_factory=set)
    contacted: list[tuple[str, int]] = field(default_factory=list)
    refused: list[tuple[str, int]] = field(default_factory=list)


@pytest.fixture
def socket_guard(monkeypatch: pytest.MonkeyPatch) -> Guard:
    """Every name lookup and connection from the code under test is recorded; any address not in
    `guard.allowed` is refused as an unreachable network (which is what "no network" looks like)."""
    guard = Guard()
    lookup, connect = socket.getaddrinfo, socket.socket.connect

    def guarded_lookup(host: object, port: object, *args: object, **kwargs: object) -> object:
        where = (str(host), int(port or 0))  # type: ignore[call-overload]
        if where not in guard.allowed:
            guard.refused.append(where)
            raise socket.gaierror(socket.EAI_NONAME, "guarded: no network in this test")
        return lookup(host, port, *args, **kwargs)  # type: ignore[arg-type]

    def guarded_connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            where = (str(address[0]), int(address[1]))  # type: ignore[index]
            if where not in guard.allowed:
                guard.refused.append(where)
                raise OSError(101, "guarded: network unreachable")
            guard.contacted.append(where)
        connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", guarded_lookup)
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    return guard
