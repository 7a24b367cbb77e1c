"""Which database: `--db`, else EVDESK_DATABASE_URL, else the per-user file; only SQLite and PostgreSQL;
and a warning when a SQLite file sits on a network share."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath
from typing import Any

import pytest

from evdesk.records import network_drive
from evdesk.records.database import open_records
from evdesk.records.errors import RecordsError
from evdesk.records.location import URL_VARIABLE, chosen_url, default_url, describe, parse_url
from evdesk.records.network_drive import (
    is_network_type,
    linux_mounts,
    macos_mounts,
    mount_type,
    on_network_drive,
    windows_is_network,
)


def test_the_given_url_wins_then_the_environment_then_the_per_user_file(monkeypatch: pytest.MonkeyPatch,
                                                                        user_data: Path) -> None:
    monkeypatch.delenv(URL_VARIABLE, raising=False)
    assert chosen_url(None) == default_url() == f"sqlite:///{user_data / 'deals.sqlite'}"
    monkeypatch.setenv(URL_VARIABLE, "postgresql://server/dealership")
    assert chosen_url(None) == "postgresql://server/dealership"
    assert chosen_url("  ") == "postgresql://server/dealership"
    assert chosen_url("sqlite:///elsewhere.sqlite") == "sqlite:///elsewhere.sqlite"


def test_the_per_user_file_is_created_on_first_use(monkeypatch: pytest.MonkeyPatch, user_data: Path) -> None:
    monkeypatch.delenv(URL_VARIABLE, raising=False)
    with open_records() as records:
        assert records.where == str(user_data / "deals.sqlite")
    assert (user_data / "deals.sqlite").is_file()


@pytest.mark.parametrize(("text", "driver"), [
    ("postgresql://u@host/db", "postgresql+psycopg"),
    ("postgres://u@host/db", "postgresql+psycopg"),
    ("postgresql+psycopg://u@host:5433/db", "postgresql+psycopg"),
    ("sqlite:///deals.sqlite", "sqlite+pysqlite"),
])
def test_postgresql_always_goes_through_psycopg_3(text: str, driver: str) -> None:
    assert parse_url(text).drivername == driver


@pytest.mark.parametrize(("text", "code"), [
    ("mysql://u@host/db", "unsupported_url"),
    ("postgresql+psycopg2://u@host/db", "unsupported_url"),
    ("sqlite://", "bad_url"),
    ("sqlite:///:memory:", "bad_url"),
    ("not a url", "bad_url"),
])
def test_other_databases_and_non_urls_are_refused(text: str, code: str) -> None:
    with pytest.raises(RecordsError) as refused:
        parse_url(text)
    assert refused.value.code == code


def test_a_password_is_never_shown() -> None:
    with pytest.raises(RecordsError) as refused:
        parse_url("mysql://dealer:s3cret@host/db")
    assert "s3cret" not in str(refused.value)
    assert "s3cret" not in describe(parse_url("postgresql://dealer:s3cret@host:5432/db"))
    assert describe(parse_url("postgresql://dealer:s3cret@host:5432/db")) == "host:5432/db"


def test_an_unreachable_server_is_reported_in_one_line_with_nothing_changed() -> None:
    from evdesk.records.errors import RecordsUnavailable

    with pytest.raises(RecordsUnavailable) as refused:
        open_records("postgresql://evdesk@127.0.0.1:1/evdesk")  # nothing listens on port 1
    assert refused.value.code == "unreachable" and "\n" not in str(refused.value)
    assert "127.0.0.1:1/evdesk" in str(refused.value)


# --- network shares --------------------------------------------------------------------------------

MOUNTINFO = """\
22 28 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
28 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 28 0:35 / /mnt/office rw,relatime shared:20 - nfs4 nas:/export/office rw,vers=4.2
41 28 0:36 / /mnt/share\\040two rw,relatime shared:21 - cifs //nas/two rw
42 28 0:37 / /home/ann/remote rw,nosuid shared:22 - fuse.sshfs ann@host:/data rw
43 40 8:2 / /mnt/office/local rw,relatime shared:23 - ext4 /dev/sdb1 rw
44 28 0:38 / /run/user/1000/gvfs rw,nosuid shared:24 - fuse.gvfsd-fuse gvfsd-fuse rw
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/ann/deals.sqlite", "ext4"),
    ("/mnt/office/deals.sqlite", "nfs4"),
    ("/mnt/office/local/deals.sqlite", "ext4"),  # a local disk mounted inside the share
    ("/mnt/officex/deals.sqlite", "ext4"),  # a sibling whose name starts the same
    ("/mnt/share two/deals.sqlite", "cifs"),  # mountinfo writes the space as \\040
    ("/home/ann/remote/deals.sqlite", "fuse.sshfs"),
])
def test_the_mount_holding_a_file_is_found_in_mountinfo(path: str, expected: str) -> None:
    assert mount_type(Path(path), linux_mounts(MOUNTINFO)) == expected


@pytest.mark.parametrize(("fs_type", "network"), [
    ("nfs", True), ("nfs4", True), ("cifs", True), ("smb3", True), ("smbfs", True), ("fuse.sshfs", True),
    ("afpfs", True), ("webdav", True), ("9p", True),
    ("ext4", False), ("apfs", False), ("btrfs", False), ("tmpfs", False), ("fuse.gvfsd-fuse", False),
])
def test_which_file_system_types_are_network_shares(fs_type: str, network: bool) -> None:
    assert is_network_type(fs_type) is network


def test_macos_mount_output_is_read() -> None:
    listing = ("/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
               "//ann@nas._smb._tcp.local/Office on /Volumes/Office (smbfs, nodev, nosuid, mounted by ann)\n"
               "nas:/export on /Volumes/nfs share (nfs, asynchronous)\n")
    mounts = macos_mounts(listing)
    assert mount_type(Path("/Volumes/Office/deals.sqlite"), mounts) == "smbfs"
    assert mount_type(Path("/Volumes/nfs share/deals.sqlite"), mounts) == "nfs"
    assert mount_type(Path("/Users/ann/deals.sqlite"), mounts) == "apfs"


@pytest.mark.parametrize(("path", "expected"), [
    (r"\\nas\office\deals.sqlite", True),  # a UNC path is a share, whatever else
    (r"\\?\UNC\nas\office\deals.sqlite", True),
    (r"C:\Users\ann\deals.sqlite", None),  # asked of Windows itself (GetDriveTypeW), not here
])
def test_windows_unc_paths_are_shares(path: str, expected: bool | None) -> None:
    assert windows_is_network(PureWindowsPath(path)) is expected


def test_a_local_folder_here_is_not_a_share(tmp_path: Path) -> None:
    assert on_network_drive(tmp_path / "deals.sqlite") is False


def test_opening_a_sqlite_file_on_a_share_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's own mount table with the test folder listed as an NFS mount (no NFS server here)."""
    table = tmp_path / "mountinfo"
    table.write_text(MOUNTINFO + f"50 28 0:40 / {tmp_path} rw - nfs4 nas:/export rw\n")
    monkeypatch.setattr(network_drive, "MOUNTINFO", table)
    with open_records(f"sqlite:///{tmp_path / 'deals.sqlite'}") as records:
        (warning,) = records.warnings
    assert warning.code == "network_drive" and "network drive" in str(warning) and "PostgreSQL" in str(warning)


def test_a_database_that_is_not_on_a_share_gets_no_warning(records: Any) -> None:
    assert records.warnings == []
