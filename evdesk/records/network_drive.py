"""Whether a file sits on a network file system, where SQLite corrupts (sqlite.org: WAL needs every
process on one host; locking over NFS and SMB is unreliable). evdesk only warns: the answer is "use a
PostgreSQL server for a shared record", not a refusal.

Windows: a UNC path (\\\\server\\share) or a drive whose type is DRIVE_REMOTE. Linux: the file system
type of the mount holding the file (/proc/self/mountinfo). macOS: the same from `mount`'s output.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path, PureWindowsPath

# File system types that are a network share (Linux names; macOS says smbfs, nfs, afpfs, webdav).
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "afpfs", "webdav", "davfs", "ncpfs", "coda", "afs",
    "9p", "ceph", "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "sshfs",
})
NETWORK_FUSE = frozenset({"sshfs", "rclone", "davfs2", "glusterfs", "s3fs", "gcsfuse", "cifs", "smbnetfs"})
DRIVE_REMOTE = 4  # GetDriveTypeW
MOUNTINFO = Path("/proc/self/mountinfo")


def is_network_type(fs_type: str) -> bool:
    fs_type = fs_type.lower()
    if fs_type.startswith("fuse."):
        return fs_type.removeprefix("fuse.") in NETWORK_FUSE
    return fs_type in NETWORK_TYPES


def _unescape_mount_path(text: str) -> str:
    # mountinfo writes space, tab, newline and backslash as octal escapes (\040 ...).
    out, index = [], 0
    while index < len(text):
        if text[index] == "\\" and text[index + 1:index + 4].isdigit() and len(text[index + 1:index + 4]) == 3:
            out.append(chr(int(text[index + 1:index + 4], 8)))
            index += 4
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


def linux_mounts(mountinfo: str) -> list[tuple[str, str]]:
    """(mount point, file system type) from /proc/self/mountinfo's text."""
    mounts = []
    for line in mountinfo.splitlines():
        fields = line.split(" ")
        if "-" not in fields:
            continue
        separator = fields.index("-")
        if len(fields) > separator + 1 and len(fields) > 4:
            mounts.append((_unescape_mount_path(fields[4]), fields[separator + 1]))
    return mounts


def macos_mounts(mount_output: str) -> list[tuple[str, str]]:
    """(mount point, file system type) from macOS `mount`: "//u@srv/share on /Volumes/share (smbfs, nodev)"."""
    mounts = []
    for line in mount_output.splitlines():
        device_and_point, _, rest = line.rpartition(" (")
        _, on, point = device_and_point.partition(" on ")
        if on and rest:
            mounts.append((point, rest.split(",")[0].strip(" )")))
    return mounts


def mount_type(path: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the mount holding `path`: the longest mount point that contains it (the last one
    listed wins a tie, as a later mount hides an earlier one)."""
    best: tuple[int, str] | None = None
    text = str(path)
    for point, fs_type in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), fs_type)
    return best[1] if best else None


def windows_is_network(path: PureWindowsPath) -> bool | None:
    """A UNC path is a share; a drive letter is asked of Windows (None when it cannot be asked here)."""
    if path.drive.startswith("\\\\"):
        return True
    if not path.drive or sys.platform != "win32":
        return None
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(path.drive + "\\") == DRIVE_REMOTE  # type: ignore[attr-defined]


def _existing(path: Path) -> Path:
    """The file, or the nearest folder above it that exists (the database may not exist yet)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def on_network_drive(path: Path) -> bool:
    """True when `path` is on a network share, as far as this system can tell (False when it cannot)."""
    try:
        if sys.platform == "win32":
            return bool(windows_is_network(PureWindowsPath(os.path.abspath(path))))
        where = _existing(path)
        if sys.platform == "darwin":
            listing = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False).stdout
            fs_type = mount_type(where, macos_mounts(listing))
        else:
            fs_type = mount_type(where, linux_mounts(MOUNTINFO.read_text()))
    except (OSError, subprocess.SubprocessError, ValueError):
        return False
    return fs_type is not None and is_network_type(fs_type)
