"""Build evdesk's frozen onedir app on this OS and prove it works.

    python packaging/build.py               # icons → PyInstaller → layout checks → frozen --self-check
    python packaging/build.py --no-check    # build only
    python packaging/build.py --check-only  # check an existing build (builds first if there is none)

Output: `packaging/dist/evdesk/` (Windows, Linux) or `packaging/dist/evdesk.app` (macOS); PyInstaller's
work files and the generated icons go to `packaging/build/`. Installers are made from that output by
`packaging/windows/build-installer.ps1` and `packaging/macos/build-dmg.sh`.

The check runs the *frozen* executable's `--self-check` (policy, engine answers, translations, icon,
window): a file the bundle forgot fails here, not on a dealer's PC. It then prints the bundle size and
the wall time. Exit status is non-zero on any failure.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parent
SPEC = PACKAGING / "evdesk.spec"
DIST = PACKAGING / "dist"
WORK = PACKAGING / "build"
ICON_DIR = WORK / "icons"
TS = REPO / "resources" / "i18n" / "evdesk_fr.ts"
QM = TS.with_suffix(".qm")

IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"

# The onedir bundle's size budget per platform (issue 7), in MiB of file contents: the same figure on
# every OS, whatever the file system's blocks. The build fails over it, and prints the size by component
# so the cause is plain.
SIZE_BUDGET_MB = {"win32": 70, "darwin": 70, "linux": 110}

# What each file of the bundle is part of, first match wins (paths relative to the bundle, with `/`).
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("ICU (Qt's Unicode data, Linux only)", r"(^|/)libicu[a-z0-9]*\.so"),
    ("Qt plugins", r"/plugins/"),
    ("Qt translations", r"/translations/"),
    ("Qt libraries", r"(^|/)PySide6/Qt/lib/|(^|/)Qt6[A-Za-z]+\.dll$|(^|/)Qt[A-Za-z]+\.framework/"),
    ("PySide6 bindings", r"(^|/)(PySide6|shiboken6)/"),
    ("psycopg (PostgreSQL client, with its own libpq and OpenSSL)", r"(^|/)psycopg"),
    ("cryptography (update signatures)", r"(^|/)(cryptography|_cffi_backend)"),
    ("SQLAlchemy and alembic (deal records)", r"(^|/)(sqlalchemy|alembic|mako)/"),
    ("pydantic", r"(^|/)pydantic"),
    ("OpenSSL for Python's ssl (HTTPS updates)", r"(^|/)(libssl|libcrypto|_ssl|_hashlib)[^/]*$"),
    ("Python runtime", r"(^|/)(libpython|python3)[^/]*$|lib-dynload/|base_library\.zip$|\.pyd$"),
    ("evdesk's data (policy, vehicle list, translations, icon)", r"(^|/)evdesk/"),
    ("pycountry's country names", r"(^|/)pycountry"),
    ("Python code (the executables' archive)", r"(^|/)(MacOS/)?evdesk(-cli)?(\.exe)?$"),
    ("system libraries", r"\.(so[.\d]*|dylib|dll)$"),
)
SELF_CHECK_TIMEOUT_S = 180


class BuildError(Exception):
    pass


def app_path() -> Path:
    """What the build produces: the .app on macOS, the onedir folder elsewhere."""
    return DIST / "evdesk.app" if IS_MAC else DIST / "evdesk"


def check_executable() -> Path:
    """The executable the check runs. On Windows the console twin: the windowed evdesk.exe has no stdout."""
    if IS_MAC:
        return DIST / "evdesk.app" / "Contents" / "MacOS" / "evdesk"
    if IS_WIN:
        return DIST / "evdesk" / "evdesk-cli.exe"
    return DIST / "evdesk" / "evdesk"


def internal_dir() -> Path:
    """Where PyInstaller puts the bundled files (sys._MEIPASS in the frozen app)."""
    if IS_MAC:
        return DIST / "evdesk.app" / "Contents" / "Resources"
    return DIST / "evdesk" / "_internal"


def _venv_tool(name: str) -> str | None:
    """A console script of the Python running this file (its venv), else one on PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def ensure_translations() -> None:
    """The .qm is a build product (`make i18n`); compile it here too so a bare `python build.py` works."""
    if QM.is_file() and (not TS.is_file() or QM.stat().st_mtime >= TS.stat().st_mtime):
        return
    if not TS.is_file():
        raise BuildError(f"neither {QM} nor its source {TS} exists")
    lrelease = _venv_tool("pyside6-lrelease")
    if lrelease is None:
        raise BuildError(f"{QM} is missing or stale and pyside6-lrelease is not installed")
    print(f"compiling {TS.relative_to(REPO)} -> {QM.name}")
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(QM)], check=True)


def make_icons() -> None:
    # A separate process: rendering needs a Qt application, which must not linger in this one.
    subprocess.run([sys.executable, str(PACKAGING / "icons.py"), str(ICON_DIR)], check=True)


def run_pyinstaller(clean: bool) -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"), str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    env = {**os.environ, "EVDESK_ICON_DIR": str(ICON_DIR)}
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=REPO)
    print(f"PyInstaller finished in {time.perf_counter() - started:.0f} s")


def check_layout() -> list[str]:
    """Files the app reads by path: present where `evdesk.paths` looks, and nothing that must not ship."""
    problems = []
    internal = internal_dir()
    expected = [
        internal / "evdesk" / "seeds" / "policy.toml",
        internal / "evdesk" / "resources" / "i18n" / "evdesk_fr.qm",
        internal / "evdesk" / "resources" / "icons" / "evdesk.svg",
        check_executable(),
    ]
    if IS_WIN:
        expected.append(DIST / "evdesk" / "evdesk.exe")
    expected += [internal / "evdesk" / "seeds" / p.name for p in (REPO / "seeds").glob("*.csv")]
    problems += [f"missing from the bundle: {path}" for path in expected if not path.exists()]
    files = bundle_files()
    problems += [f"translation source shipped: {path}" for path in files if path.suffix == ".ts"]
    if not any("qsvg" in p.name and "imageformats" in p.parts for p in files):
        problems.append("the SVG image plugin (imageformats/qsvg) is not in the bundle")
    if any("QtWebEngine" in p.name or "Qt6Quick" in p.name or "QtQuick" in p.name for p in files):
        problems.append("QtWebEngine or QtQuick ended up in the bundle")
    problems += [f"shipped but unused (see evdesk.spec): {path}" for path in files if unused_file(path)]
    return problems


# Files the spec drops because evdesk does not use them; one that comes back (a PyInstaller or PySide6
# upgrade renaming it) fails the check instead of growing the bundle unnoticed.
_UNUSED_FILE = re.compile(
    r"^(opengl32sw\.dll|qdirect2d\.dll|libqwayland[^/]*|libQt6Wayland[^/]*|q(gif|jpeg|ico|icns|tiff|webp)\.dll"
    r"|libq(gif|jpeg|ico|icns|tiff|webp)\.(so|dylib))$")


def unused_file(path: Path) -> bool:
    return bool(_UNUSED_FILE.match(path.name)) or any(part.startswith("wayland-") for part in path.parts)


def bundle_files() -> list[Path]:
    """Every file of the bundle. A macOS .app splits them between Contents/Frameworks (code) and
    Contents/Resources (data), with symlinks across; walk both without following the links."""
    roots = [app_path() / "Contents" / "Frameworks", app_path() / "Contents" / "Resources"] if IS_MAC \
        else [app_path()]
    found = []
    for root in roots:
        for folder, _, names in os.walk(root):
            found += [Path(folder) / name for name in names]
    return found


def bundle_size_mb(root: Path) -> float:
    """Apparent size in MiB (the sum of the file sizes): the same figure on every OS."""
    total = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return total / (1024 * 1024)


def component_of(relative: str) -> str:
    for name, pattern in COMPONENTS:
        if re.search(pattern, relative):
            return name
    return "other"


def size_by_component(root: Path) -> list[tuple[str, float, int]]:
    """(component, MiB, files), largest first."""
    sizes: dict[str, list[float]] = {}
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            entry = sizes.setdefault(component_of(path.relative_to(root).as_posix()), [0.0, 0])
            entry[0] += path.lstat().st_size / (1024 * 1024)
            entry[1] += 1
    return sorted(((name, mib, int(count)) for name, (mib, count) in sizes.items()), key=lambda row: -row[1])


def check_size(root: Path, platform: str = sys.platform) -> list[str]:
    """Print the size by component and the total against the platform's budget; the problems, if over."""
    rows = size_by_component(root)
    total = sum(mib for _, mib, _ in rows)
    print("bundle size by component:")
    for name, mib, count in rows:
        print(f"  {mib:7.1f} MB  {name} ({count} files)")
    budget = SIZE_BUDGET_MB.get("linux" if platform.startswith("linux") else platform)
    disk = du_sm(root)
    print(f"bundle: {root}: {total:.1f} MB (file contents), du -sm {disk if disk is not None else 'n/a'} MB; "
          f"budget {budget if budget is not None else 'none'} MB")
    if budget is not None and total > budget:
        print(f"FAILED bundle size: {total:.1f} MB, over the {budget} MB budget")
        return [f"bundle is {total:.1f} MB, over the {budget} MB budget"]
    return []


def du_sm(root: Path) -> int | None:
    """`du -sm`: disk usage in MiB, the figure the size budget is stated in; None where du is missing."""
    du = shutil.which("du")
    if du is None:
        return None
    result = subprocess.run([du, "-sm", str(root)], capture_output=True, text=True, check=False)
    if result.returncode != 0 or not result.stdout.split():
        return None
    return int(result.stdout.split()[0])


def run_self_check(offscreen: bool) -> tuple[bool, float, float | None]:
    """Run the frozen `--self-check`; return (held, wall seconds, in-process seconds from its summary)."""
    exe = check_executable()
    env = dict(os.environ)
    # Linux CI has no display; on Windows and macOS the real platform plugin is part of the check.
    if offscreen or not (IS_WIN or IS_MAC):
        env["QT_QPA_PLATFORM"] = "offscreen"
    # The frozen app must find everything inside itself, never through the build venv.
    for leak in ("PYTHONPATH", "PYTHONHOME", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        env.pop(leak, None)
    print(f"running {exe} --self-check")
    started = time.perf_counter()
    try:
        result = subprocess.run([str(exe), "--self-check"], env=env, capture_output=True, text=True,
                                encoding="utf-8", errors="replace", timeout=SELF_CHECK_TIMEOUT_S,
                                cwd=Path.home())
    except subprocess.TimeoutExpired:
        print(f"FAILED: the frozen self-check did not finish in {SELF_CHECK_TIMEOUT_S} s")
        return False, float(SELF_CHECK_TIMEOUT_S), None
    wall = time.perf_counter() - started
    for line in result.stdout.splitlines():
        print(f"  | {line}")
    if result.stderr.strip():
        print("  stderr:")
        for line in result.stderr.splitlines()[-40:]:
            print(f"  ! {line}")
    summary = re.search(r"self-check: .*\((\d+\.\d+) s\)", result.stdout)
    inner = float(summary.group(1)) if summary else None
    held = result.returncode == 0 and summary is not None and "FAILED" not in summary.group(0)
    if not held:
        print(f"FAILED: the frozen self-check exited with {result.returncode}")
    return held, wall, inner


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check-only", action="store_true", help="check an existing build (build if missing)")
    mode.add_argument("--no-check", action="store_true", help="build without running the frozen self-check")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--offscreen", action="store_true",
                        help="run the self-check offscreen on Windows/macOS too (always on Linux)")
    args = parser.parse_args(argv)

    try:
        if not args.check_only or not check_executable().exists():
            ensure_translations()
            make_icons()
            run_pyinstaller(clean=args.clean)
        if args.no_check:
            print(f"built {app_path()} (not checked)")
            return 0

        failures = check_layout()
        for problem in failures:
            print(f"FAILED {problem}")
        held, wall, inner = run_self_check(args.offscreen)
        if not held:
            failures.append("frozen self-check")

        failures += check_size(app_path())
        timing = f"frozen self-check: {wall:.2f} s wall"
        if inner is not None:
            timing += f" (checks {inner:.2f} s; process start-up and imports ~{max(wall - inner, 0):.2f} s)"
        print(timing)
    except (BuildError, subprocess.CalledProcessError) as error:
        print(f"FAILED build: {error}")
        return 1

    if failures:
        print(f"package check FAILED: {len(failures)} problem(s)")
        return 1
    print("package check: the frozen app holds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
