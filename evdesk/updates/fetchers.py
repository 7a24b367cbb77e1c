"""How `tuf.ngclient.Updater` reads each place a policy update comes from. The Updater itself, and so
every signature, version, expiry, length and hash check, is the same on every path in; only the bytes'
transport differs:

- a web server (`https://…`, or `http://127.0.0.1…` for tests): python-tuf's own urllib3 fetcher, which
  honours the standard proxy variables and, through `urllib.request.getproxies()`, the system proxy
  settings on Windows and macOS;
- a repository folder on this machine or a share: `FolderFetcher`;
- a bundle file (a zip holding the same folders): `BundleFetcher`.

Both local fetchers stream in chunks, so the Updater's size limits stop an endless file as they stop an
endless download; a missing file reads as HTTP 404, which is how the Updater learns that no newer root
exists.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from tuf.api.exceptions import DownloadHTTPError
from tuf.ngclient import FetcherInterface

LOCAL_BASE = "local:/"  # the pseudo address the local fetchers answer for
CHUNK = 64 * 1024


def _relative(url: str) -> str:
    if not url.startswith(LOCAL_BASE):
        raise DownloadHTTPError(f"{url} is not inside this source", 404)
    name = url[len(LOCAL_BASE):]
    parts = name.split("/")
    if not name or any(part in ("", ".", "..") for part in parts) or "\\" in name:
        raise DownloadHTTPError(f"{url}: not a file of this source", 404)
    return name


class FolderFetcher(FetcherInterface):
    """A repository folder (as `evdesk policy publish --repo` writes it) read as if it were served."""

    def __init__(self, folder: Path):
        self.folder = folder.resolve()

    def _fetch(self, url: str) -> Iterator[bytes]:
        path = (self.folder / _relative(url)).resolve()
        if self.folder not in path.parents or not path.is_file():
            raise DownloadHTTPError(f"{url}: not found", 404)
        return self._chunks(path)

    @staticmethod
    def _chunks(path: Path) -> Iterator[bytes]:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk


class BundleFetcher(FetcherInterface):
    """A bundle file (as `evdesk policy publish --out` writes it): members are read, never extracted."""

    def __init__(self, bundle: zipfile.ZipFile):
        self.bundle = bundle
        self.names = set(bundle.namelist())

    def _fetch(self, url: str) -> Iterator[bytes]:
        name = _relative(url)
        if name not in self.names:
            raise DownloadHTTPError(f"{url}: not in the bundle", 404)
        return self._chunks(name)

    def _chunks(self, name: str) -> Iterator[bytes]:
        with self.bundle.open(name) as member:
            while chunk := member.read(CHUNK):
                yield chunk
