"""The packaging files agree with each other and with the app, without freezing anything.

Freezing and the frozen self-check run in `make package-check` (and the release workflow); these tests
catch the cheap mistakes first: a onefile spec, a heavy Qt module let in, data at the wrong place in the
bundle, an installer that needs admin rights or forgets the version, a workflow missing a runner.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "evdesk.spec"
ISS = PACKAGING / "windows" / "evdesk.iss"
PS1 = PACKAGING / "windows" / "build-installer.ps1"
DMG_SH = PACKAGING / "macos" / "build-dmg.sh"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
SVG = ROOT / "resources" / "icons" / "evdesk.svg"
QM = ROOT / "resources" / "i18n" / "evdesk_fr.qm"
INIT = ROOT / "evdesk" / "__init__.py"


def _version() -> str:
    match = re.search(r'^__version__ = "([^"]+)"$', INIT.read_text(), re.MULTILINE)
    assert match, "evdesk/__init__.py must keep `__version__ = \"X.Y.Z\"` on one line (the scripts read it)"
    return match.group(1)


# --- The PyInstaller spec, executed against stand-ins for PyInstaller's build classes ----------------

class _Target:
    """Records how the spec called Analysis / PYZ / EXE / COLLECT / BUNDLE."""

    made: list[_Target]

    def __init__(self, *args: Any, **kwargs: Any):
        self.args = args
        self.kwargs = kwargs
        self.made.append(self)


# What PyInstaller's hooks would collect, to see the spec's trimming at work.
HOOK_DATAS = [
    ("PySide6/Qt/translations/qtbase_fr.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qtbase_en.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qt_zh_CN.qm", "src", "DATA"),
    ("pycountry/databases/iso3166-1.json", "src", "DATA"),
    ("pycountry/databases/iso639-3.json", "src", "DATA"),
    ("pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo", "src", "DATA"),
    ("pycountry/locales/fr/LC_MESSAGES/iso4217.mo", "src", "DATA"),
    ("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo", "src", "DATA"),
]
HOOK_BINARIES = [
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "qsvg-src", "BINARY"),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", "qsvgicon-src", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", "qpdf-src", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "qxcb-src", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "qvnc-src", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "qgtk3-src", "BINARY"),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "cups-plugin-src", "BINARY"),
    ("PySide6/Qt/lib/libQt6PrintSupport.so.6", "printsupport-src", "BINARY"),
    ("libcups.so.2", "cups-src", "BINARY"),
    ("PySide6/Qt/lib/libQt6Svg.so.6", "svg-src", "BINARY"),
    ("PySide6/Qt/lib/libQt6Qml.so.6", "qml-src", "BINARY"),
    ("libxcb-cursor.so.0", "xcb-cursor-src", "BINARY"),
    ("libcairo.so.2", "cairo-src", "BINARY"),  # needed only by the GTK theme plugin
    ("PySide6/QtPrintSupport.abi3.so", "QtPrintSupport-src", "BINARY"),  # the window prints statements
]
LINKS = {"qsvg-src": ["libQt6Svg.so.6"], "qxcb-src": ["libxcb-cursor.so.0"], "qgtk3-src": ["libcairo.so.2"],
         "cups-plugin-src": ["libQt6PrintSupport.so.6", "libcups.so.2"],
         "QtPrintSupport-src": ["libQt6PrintSupport.so.6"]}


def run_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str) -> dict[str, list[_Target]]:
    """Execute packaging/evdesk.spec as PyInstaller would on `platform`, with recording stand-ins."""
    made: dict[str, list[_Target]] = {}

    def target(kind: str) -> type[_Target]:
        made[kind] = []
        return type(kind, (_Target,), {"made": made[kind]})

    analysis_cls = target("Analysis")

    def analysis(*args: Any, **kwargs: Any) -> _Target:
        result = analysis_cls(*args, **kwargs)
        result.datas = list(kwargs["datas"]) + HOOK_DATAS  # type: ignore[attr-defined]
        result.binaries = list(HOOK_BINARIES)  # type: ignore[attr-defined]
        result.scripts = result.pure = []  # type: ignore[attr-defined]
        return result

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [package]  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda src: [(name, f"/lib/{name}") for name in LINKS.get(src, [])]  # type: ignore[attr-defined]
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("StringTable", "StringStruct", "VSVersionInfo", "FixedFileInfo", "StringFileInfo",
                 "VarFileInfo", "VarStruct"):
        setattr(versioninfo, name, lambda *args, _name=name, **kwargs: (_name, args, kwargs))
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.depend", "PyInstaller.utils.win32"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", versioninfo)

    icons = tmp_path / "icons"
    icons.mkdir()
    (icons / "evdesk.ico").write_bytes(b"ico")
    (icons / "evdesk.icns").write_bytes(b"icns")
    monkeypatch.setenv("EVDESK_ICON_DIR", str(icons))
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {
        "SPECPATH": str(PACKAGING), "Analysis": analysis, "PYZ": target("PYZ"), "EXE": target("EXE"),
        "COLLECT": target("COLLECT"), "BUNDLE": target("BUNDLE"), "__file__": str(SPEC),
    }
    exec(compile(SPEC.read_text(), str(SPEC), "exec"), namespace)
    return made


@pytest.fixture
def qm_present() -> None:
    if not QM.is_file():
        pytest.skip("resources/i18n/evdesk_fr.qm is not built (make i18n); the spec refuses to run without it")


@pytest.fixture
def linux_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qm_present: None) -> dict[str, list[_Target]]:
    return run_spec(monkeypatch, tmp_path, "linux")


def _collected(made: dict[str, list[_Target]]) -> tuple[list[str], list[str]]:
    """Destination paths of the datas and binaries the spec hands to COLLECT."""
    (coll,) = made["COLLECT"]
    tocs = [arg for arg in coll.args if isinstance(arg, list)]
    datas, binaries = tocs[-1], tocs[-2]
    return [dest.replace("\\", "/") for dest, *_ in datas], [dest.replace("\\", "/") for dest, *_ in binaries]


def test_the_spec_builds_onedir_only(linux_spec: dict[str, list[_Target]]) -> None:
    assert len(linux_spec["COLLECT"]) == 1, "onedir means one COLLECT"
    for exe in linux_spec["EXE"]:
        assert exe.kwargs["exclude_binaries"] is True, "an EXE that embeds its binaries is a onefile build"
        assert exe.kwargs["upx"] is False
    assert linux_spec["COLLECT"][0].kwargs["upx"] is False
    assert "onefile" not in re.sub(r"#.*", "", SPEC.read_text()).lower()


def test_the_spec_keeps_heavy_qt_modules_out(linux_spec: dict[str, list[_Target]]) -> None:
    (analysis,) = linux_spec["Analysis"]
    excludes = set(analysis.kwargs["excludes"])
    for module in ("tkinter", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "PySide6.QtWebEngineCore",
                   "PySide6.QtWebEngineWidgets", "PySide6.QtDesigner", "PySide6.Qt3DCore", "PySide6.QtMultimedia",
                   "PySide6.QtPdf"):
        assert module in excludes
    # What the window needs must not be excluded: the SVG icon, widgets, printing a statement.
    for module in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg", "PySide6.QtPrintSupport"):
        assert module not in excludes


def test_the_spec_bundles_seeds_and_resources_where_paths_looks(linux_spec: dict[str, list[_Target]]) -> None:
    datas, _ = _collected(linux_spec)
    files = {Path(dest) for dest in datas}
    (analysis,) = linux_spec["Analysis"]
    bundled = {(Path(dest) / Path(src).name).as_posix() for src, dest in analysis.kwargs["datas"]}
    assert "evdesk/seeds/policy.toml" in bundled
    assert any(b.startswith("evdesk/seeds/evap-vehicle-list-") for b in bundled)
    assert "evdesk/resources/i18n/evdesk_fr.qm" in bundled
    assert "evdesk/resources/icons/evdesk.svg" in bundled
    assert not any(b.endswith(".ts") for b in bundled), "translation sources must not ship"
    assert files  # the hooks' data survived the trimming below


def test_the_spec_trims_qt_translations_pycountry_and_plugins(linux_spec: dict[str, list[_Target]]) -> None:
    datas, binaries = _collected(linux_spec)
    assert "PySide6/Qt/translations/qtbase_fr.qm" in datas
    assert "PySide6/Qt/translations/qtbase_en.qm" in datas
    assert "PySide6/Qt/translations/qtbase_de.qm" not in datas
    assert "PySide6/Qt/translations/qt_zh_CN.qm" not in datas
    assert "pycountry/databases/iso3166-1.json" in datas
    assert "pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo" in datas
    for dropped in ("pycountry/databases/iso639-3.json", "pycountry/locales/fr/LC_MESSAGES/iso4217.mo",
                    "pycountry/locales/de/LC_MESSAGES/iso3166-1.mo"):
        assert dropped not in datas
    # The SVG plugins and their library stay (the window icon); unused plugins and QML go.
    for kept in ("PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
                 "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so"):
        assert kept in binaries
    assert "libxcb-cursor.so.0" not in binaries  # an X11 client library: the host's (issue 7)
    for dropped in ("PySide6/Qt/plugins/imageformats/libqpdf.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
                    "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"):
        assert dropped not in binaries
    # Linux: libraries only the dropped plugins linked against go with them; printing itself stays.
    assert "libcairo.so.2" not in binaries
    assert "libcups.so.2" not in binaries
    assert "PySide6/Qt/lib/libQt6PrintSupport.so.6" in binaries


def test_windows_gets_a_windowed_exe_and_a_console_twin(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qm_present: None) -> None:
    made = run_spec(monkeypatch, tmp_path, "win32")
    exes = {exe.kwargs["name"]: exe.kwargs for exe in made["EXE"]}
    assert exes["evdesk"]["console"] is False
    assert exes["evdesk-cli"]["console"] is True
    assert all(kwargs["icon"].endswith("evdesk.ico") for kwargs in exes.values())
    assert all(kwargs["version"] is not None for kwargs in exes.values()), "Windows file version info"
    assert not made["BUNDLE"]
    (coll,) = made["COLLECT"]
    assert [arg.kwargs["name"] for arg in coll.args if isinstance(arg, _Target)] == ["evdesk", "evdesk-cli"]


def test_macos_gets_an_app_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qm_present: None) -> None:
    made = run_spec(monkeypatch, tmp_path, "darwin")
    assert [exe.kwargs["console"] for exe in made["EXE"]] == [False]
    (bundle,) = made["BUNDLE"]
    kwargs = bundle.kwargs
    assert kwargs["name"] == "evdesk.app"
    assert kwargs["bundle_identifier"] == "ca.evdesk.evdesk"
    assert kwargs["version"] == _version()
    assert kwargs["icon"].endswith("evdesk.icns")
    plist = kwargs["info_plist"]
    assert plist["LSMinimumSystemVersion"] == "13.0"
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSBackgroundOnly"] is False
    assert plist["CFBundleShortVersionString"] == _version()


# --- Windows installer ---------------------------------------------------------------------------

def _iss_setup() -> dict[str, str]:
    section = re.search(r"^\[Setup\]\n(.*?)^\[", ISS.read_text(), re.MULTILINE | re.DOTALL)
    assert section
    pairs = (line.split("=", 1) for line in section.group(1).splitlines()
             if "=" in line and not line.lstrip().startswith((";", "#")))
    return {key.strip(): value.strip() for key, value in pairs}


def test_the_installer_is_per_user_without_admin() -> None:
    setup = _iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs when per user


def test_the_installer_has_a_stable_app_id_and_its_metadata() -> None:
    setup = _iss_setup()
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["AppPublisher"]
    assert setup["VersionInfoVersion"] == "{#NumericVersion}"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    assert setup["OutputBaseFilename"] == "evdesk-{#AppVersion}-windows-setup"
    assert setup["SetupIconFile"] == "{#IconFile}"
    assert "evdesk.ico" in ISS.read_text()


def test_the_installer_speaks_english_and_french_and_offers_the_expected_icons() -> None:
    text = ISS.read_text()
    assert re.search(r'^Name: "en"; MessagesFile: "compiler:Default.isl"', text, re.MULTILINE)
    assert re.search(r'^Name: "fr"; MessagesFile: "compiler:Languages\\French.isl"', text, re.MULTILINE)
    assert re.search(r'^Name: "desktopicon";.*Flags: unchecked', text, re.MULTILINE), "optional desktop icon"
    assert "{autoprograms}" in text, "a Start-menu shortcut"


def test_the_version_is_injected_not_hard_coded() -> None:
    text = ISS.read_text()
    assert "#ifndef AppVersion" in text and "#error" in text, "iscc without a version must fail"
    assert not re.search(r"^\s*(AppVersion|#define AppVersion)\b.*\d", text, re.MULTILINE)
    script = PS1.read_text()
    assert "/DAppVersion=$Version" in script
    # The script reads the same line the tests read when no version is passed.
    assert """'__version__\\s*=\\s*"([^"]+)"'""" in script


def test_windows_signing_runs_only_with_credentials() -> None:
    script = PS1.read_text()
    assert "signing skipped" in script
    assert "ARTIFACT_SIGNING_ENDPOINT" in script and "WINDOWS_SIGN_CERT_SHA1" in script
    assert "/tr" in script and "/td" in script, "signatures must be timestamped"


# --- macOS disk image ------------------------------------------------------------------------------

def test_the_entitlements_are_a_minimal_plist() -> None:
    import plistlib

    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_build_dmg_sh_parses() -> None:
    subprocess.run(["bash", "-n", str(DMG_SH)], check=True)
    assert os.access(DMG_SH, os.X_OK), "build-dmg.sh must be executable"


@pytest.mark.skipif(sys.platform == "win32" or shutil.which("bash") is None, reason="needs a POSIX shell")
def test_build_dmg_sh_makes_an_unsigned_dmg_without_credentials(tmp_path: Path) -> None:
    """Run the script on stand-ins for macOS's tools: no credentials → signing skipped, the DMG still
    made, with an /Applications link, after retrying a 'Resource busy' hdiutil."""
    tree = tmp_path / "repo"
    (tree / "packaging" / "macos").mkdir(parents=True)
    (tree / "evdesk").mkdir()
    shutil.copy2(DMG_SH, tree / "packaging" / "macos" / "build-dmg.sh")
    shutil.copy2(PACKAGING / "macos" / "entitlements.plist", tree / "packaging" / "macos")
    shutil.copy2(INIT, tree / "evdesk" / "__init__.py")
    macos_dir = tree / "packaging" / "dist" / "evdesk.app" / "Contents" / "MacOS"
    macos_dir.mkdir(parents=True)
    (macos_dir / "evdesk").write_text("#!/bin/sh\n")

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    stubs = {
        "uname": 'case "$1" in -s) echo Darwin;; -m) echo arm64;; *) echo Darwin;; esac',
        "ditto": 'cp -R "$1" "$2"',
        "sleep": "true",
        "hdiutil": f"""echo "hdiutil $*" >> {log}
if [ "$1" = create ]; then
  count=$(grep -c '^hdiutil create' {log})
  if [ "$count" -lt 2 ]; then echo 'hdiutil: create failed - Resource busy' >&2; exit 1; fi
  while [ $# -gt 0 ]; do
    case "$1" in -srcfolder) ls -A "$2" > {tmp_path}/staging.txt; shift;; esac
    last="$1"; shift
  done
  echo dmg > "$last"
fi""",
        "codesign": f'echo "codesign $*" >> {log}; exit 1',
        "xcrun": f'echo "xcrun $*" >> {log}; exit 1',
    }
    for name, body in stubs.items():
        stub = bin_dir / name
        stub.write_text(f"#!/bin/sh\n{body}\n")
        stub.chmod(0o755)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("MACOS_", "APPLE_"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"

    done = subprocess.run(["bash", str(tree / "packaging" / "macos" / "build-dmg.sh")], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "signing skipped" in done.stdout
    dmg = tree / "packaging" / "dist" / f"evdesk-{_version()}-macos-arm64.dmg"
    assert dmg.is_file()
    calls = log.read_text()
    assert calls.count("hdiutil create") == 2, "the busy hdiutil was retried once"
    assert "codesign" not in calls and "xcrun" not in calls, "nothing signed or notarized without credentials"
    assert (tmp_path / "staging.txt").read_text().split() == ["Applications", "evdesk.app"]


# --- Release workflow -------------------------------------------------------------------------------

def test_the_release_workflow_builds_on_the_three_runners_and_self_checks() -> None:
    text = WORKFLOW.read_text()
    for runner in ("windows-latest", "macos-15", "macos-15-intel"):
        assert re.search(rf"os: {re.escape(runner)}\s*\}}", text), runner
    assert re.search(r'tags: \["v\*"\]', text)
    assert "workflow_dispatch" in text
    assert 'python-version: "3.11"' in text
    assert "pip install --require-hashes -r requirements/package.txt" in text  # from the lock, not a resolve
    assert 'pip install -e ".[package]"' not in text and "--upgrade pip" not in text
    assert "pyside6-lrelease" in text
    assert "python packaging/build.py" in text  # which runs the frozen --self-check
    assert "build-installer.ps1" in text and "build-dmg.sh" in text
    assert "--self-check" in text  # and the installed copy is checked again
    assert "windows-setup.exe" in text and "-macos-" in text and ".dmg" in text
    try:
        import yaml  # optional: a full parse when PyYAML happens to be installed
    except ImportError:
        return
    workflow = yaml.safe_load(text)
    assert {entry["os"] for entry in workflow["jobs"]["package"]["strategy"]["matrix"]["include"]} == {
        "windows-latest", "macos-15", "macos-15-intel"}


def test_signing_steps_are_skipped_without_secrets() -> None:
    text = WORKFLOW.read_text()
    assert "HAVE_AZURE_SIGNING == 'true'" in text
    assert "MACOS_SIGN_IDENTITY: ${{ secrets.MACOS_SIGN_IDENTITY }}" in text


# --- The icon -----------------------------------------------------------------------------------------

def test_the_icon_source_is_a_clean_svg_without_text() -> None:
    root = ET.parse(SVG).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert not root.findall(".//{http://www.w3.org/2000/svg}text"), "no text: unreadable at 16 px"


def test_the_icons_generate_as_ico_icns_and_png(tmp_path: Path) -> None:
    # In a child process, as build.py runs it: the renderer's QGuiApplication must not become this test
    # session's application (widget tests need a QApplication).
    subprocess.run([sys.executable, str(PACKAGING / "icons.py"), str(tmp_path)], check=True, timeout=120,
                   capture_output=True)
    ico = (tmp_path / "evdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1)
    sizes = [struct.unpack_from("<B", ico, 6 + 16 * i)[0] or 256 for i in range(count)]
    assert sizes[0] == 16 and sizes[-1] == 256 and {16, 32, 48, 256} <= set(sizes)
    icns = (tmp_path / "evdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"icp4" in icns
    assert (tmp_path / "evdesk.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
