"""`make run` on Linux: name the system libraries Qt's X11 platform plugin needs and does not find.

PySide6's wheel carries Qt but not the X11 client libraries its `xcb` platform plugin loads. On a bare
desktop one is missing (libxcb-cursor0, since Qt 6.5), and the window never opens: Qt prints "Could not
load the Qt platform plugin "xcb"" with a hint few can act on. This asks the dynamic loader (`ldd`)
which of the plugin's libraries are missing and names the Debian/Ubuntu packages that hold them.

    python packaging/check_linux_libraries.py     # exit 0 when all are found (or not on Linux), else 1
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Libraries Qt's xcb plugin (and libQt6XcbQpa, libQt6Gui) link, with the Debian/Ubuntu package of each.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6", "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def missing_libraries(ldd_output: str) -> list[str]:
    return sorted(set(_NOT_FOUND.findall(ldd_output)))


def qt_xcb_binaries() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    return [path for path in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
                              qt / "lib" / "libQt6Gui.so.6") if path.is_file()]


def message(missing: list[str]) -> str:
    packages = sorted({DEBIAN_PACKAGES.get(name, "") for name in missing} - {""})
    lines = ["evdesk: Qt's X11 platform plugin (xcb) needs system libraries missing here: " + ", ".join(missing)]
    if packages:
        lines.append("On Debian or Ubuntu: sudo apt-get install " + " ".join(packages))
    unknown = [name for name in missing if name not in DEBIAN_PACKAGES]
    if unknown:
        lines.append("(Find the package of " + ", ".join(unknown) + " with `apt-file search`.)")
    return "\n".join(lines)


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    if os.environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0] not in ("xcb", ""):
        return 0  # offscreen, or another platform the user chose: the xcb plugin is not loaded
    ldd = shutil.which("ldd")
    if ldd is None:
        return 0  # nothing to ask; Qt will say what it misses
    output = "".join(subprocess.run([ldd, str(path)], capture_output=True, text=True, check=False).stdout
                     for path in qt_xcb_binaries())
    missing = missing_libraries(output)
    if missing:
        print(message(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
