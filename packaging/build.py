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

# The onedir bundle must stay under this (`du -sm`). Linux is where CI measures; Windows and macOS sizes
# are printed, not enforced, until they have been measured on their runners.
# 120 MB before the deal records; they add ~21 MB, measured in the Linux bundle: libpq with its OpenSSL,
# Kerberos and LDAP (psycopg_binary.libs, 9.3 MB), Python's ssl and the system OpenSSL that psycopg imports
# (5.5 MB), SQLite (1.5 MB), psycopg's and SQLAlchemy's compiled parts (2.3 MB), Alembic and the rest.
SIZE_BUDGET_MB = {"linux": 145}
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
    return problems


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

        root = app_path()
        apparent = bundle_size_mb(root)
        disk = du_sm(root)
        print(f"bundle: {root}: du -sm {disk if disk is not None else 'n/a'} MB, {apparent:.1f} MB apparent")
        budget = SIZE_BUDGET_MB.get(sys.platform)
        size = disk if disk is not None else apparent
        if budget is not None and size >= budget:
            failures.append(f"bundle is {size} MB, not under the {budget} MB budget")
            print(f"FAILED bundle size: {size} MB, the budget is under {budget} MB")
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
