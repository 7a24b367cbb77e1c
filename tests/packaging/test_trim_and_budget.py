"""What issue 7 changed in the packaging: the bundle trimmed of what evdesk does not use (on Windows
too, where Qt's files sit under PySide6/ itself), a size budget per platform with a report by component,
a release built from the lock and signed whole, and `make run` naming missing X11 libraries."""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import pytest

from tests.packaging import test_packaging_files as spec_tests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build  # noqa: E402
import check_linux_libraries  # noqa: E402
import icu_data  # noqa: E402

WORKFLOW = (ROOT / ".github" / "workflows" / "release.yml").read_text()
PS1 = (ROOT / "packaging" / "windows" / "build-installer.ps1").read_text()

@pytest.fixture
def qm_built() -> None:
    if not spec_tests.QM.is_file():
        pytest.skip("resources/i18n/evdesk_fr.qm is not built (make i18n); the spec refuses to run without it")


WINDOWS_BINARIES = [
    ("PySide6/opengl32sw.dll", "src", "BINARY"),
    ("PySide6/plugins/platforms/qdirect2d.dll", "src", "BINARY"),
    ("PySide6/plugins/platforms/qwindows.dll", "src", "BINARY"),
    ("PySide6/plugins/imageformats/qgif.dll", "src", "BINARY"),
    ("PySide6/plugins/imageformats/qjpeg.dll", "src", "BINARY"),
    ("PySide6/plugins/imageformats/qsvg.dll", "src", "BINARY"),
    ("PySide6/Qt6Qml.dll", "src", "BINARY"),
    ("PySide6/Qt6Widgets.dll", "src", "BINARY"),
    ("pydantic_core/_pydantic_core.cp311-win_amd64.pyd", "src", "BINARY"),
]
LINUX_EXTRA = [
    ("PySide6/Qt/plugins/platforms/libqwayland.so", "src", "BINARY"),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "src", "BINARY"),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "src", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "src", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqgif.so", "src", "BINARY"),
    ("PySide6/Qt/lib/libicudata.so.73", "icu-src", "BINARY"),
    ("libX11.so.6", "src", "BINARY"), ("libfontconfig.so.1", "src", "BINARY"), ("libdbus-1.so.3", "src", "BINARY"),
    ("libsqlite3.so.0", "src", "BINARY"),
]


def test_windows_drops_software_opengl_direct2d_and_unused_image_formats(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qm_built: None) -> None:
    monkeypatch.setattr(spec_tests, "HOOK_BINARIES", WINDOWS_BINARIES)
    made = spec_tests.run_spec(monkeypatch, tmp_path, "win32")
    _, binaries = spec_tests._collected(made)
    for dropped in ("PySide6/opengl32sw.dll", "PySide6/plugins/platforms/qdirect2d.dll",
                    "PySide6/plugins/imageformats/qgif.dll", "PySide6/plugins/imageformats/qjpeg.dll",
                    "PySide6/Qt6Qml.dll"):
        assert dropped not in binaries
    for kept in ("PySide6/plugins/platforms/qwindows.dll", "PySide6/plugins/imageformats/qsvg.dll",
                 "PySide6/Qt6Widgets.dll", "pydantic_core/_pydantic_core.cp311-win_amd64.pyd"):
        assert kept in binaries


def test_linux_drops_wayland_and_host_libraries_and_trims_icu(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qm_built: None) -> None:
    monkeypatch.setattr(spec_tests, "HOOK_BINARIES", spec_tests.HOOK_BINARIES + LINUX_EXTRA)
    monkeypatch.setitem(spec_tests.LINKS, "qxcb-src", [*spec_tests.LINKS["qxcb-src"], "libicudata.so.73"])
    trimmed = tmp_path / "libicudata.so.73"
    fake = types.ModuleType("icu_data")
    fake.smaller_icu_data = lambda source, out: trimmed  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "icu_data", fake)
    made = spec_tests.run_spec(monkeypatch, tmp_path, "linux")
    (coll,) = made["COLLECT"]
    binaries = [arg for arg in coll.args if isinstance(arg, list)][-2]
    names = {dest for dest, _, _ in binaries}
    assert not any("wayland" in name.lower() for name in names)
    assert not names & {"PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/plugins/imageformats/libqgif.so"}
    assert not names & {"libX11.so.6", "libfontconfig.so.1", "libdbus-1.so.3"}
    assert not build.unused_file(Path("libsqlite3.so.0"))
    assert ("PySide6/Qt/lib/libicudata.so.73", str(trimmed), "BINARY") in binaries


def test_the_records_updates_and_batch_libraries_are_named_for_the_bundle(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qm_built: None) -> None:
    (analysis,) = spec_tests.run_spec(monkeypatch, tmp_path, "win32")["Analysis"]
    hidden = set(analysis.kwargs["hiddenimports"])
    for module in ("sqlalchemy", "alembic", "psycopg_binary", "openpyxl", "tuf.ngclient", "securesystemslib.signer",
                   "cryptography.hazmat.primitives.asymmetric.ed25519"):
        assert module in hidden
    assert "ssl" not in analysis.kwargs["excludes"], "updates are fetched over HTTPS"


def test_icu_data_items_round_trip_and_keep_french_collation() -> None:
    header = bytes([32, 0, 0xDA, 0x27]) + bytes(8) + b"CmnD" + bytes([1, 0, 0, 0]) + bytes(12)
    kept = [("icudt73l/coll/fr_CA.res", b"fr" * 9), ("icudt73l/coll/ucadata.icu", b"u" * 40),
            ("icudt73l/supplementalData.res", b"s")]
    again_header, again = icu_data.items(icu_data.write_package(header, kept))
    assert again_header == header
    assert [(name, data[:len(original)]) for (name, data), (_, original) in zip(again, kept, strict=True)] == kept
    assert all(icu_data.wanted(name) for name, _ in kept)
    for dropped in ("icudt73l/coll/de.res", "icudt73l/de.res", "icudt73l/ibm-943_P15A-2003.cnv",
                    "icudt73l/brkitr/cjdict.dict", "icudt73l/lang/fr.res", "icudt73l/unames.icu"):
        assert not icu_data.wanted(dropped), dropped
    assert icu_data.wanted("icudt73l/fr.res") and icu_data.wanted("icudt73l/root.res")


def test_the_budget_is_enforced_per_platform_and_reported_by_component(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build.SIZE_BUDGET_MB == {"win32": 70, "darwin": 70, "linux": 110}
    (tmp_path / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    with (tmp_path / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").open("wb") as handle:
        handle.truncate(71 * 1024 * 1024)
    assert build.check_size(tmp_path, "linux") == []
    assert build.check_size(tmp_path, "win32") == ["bundle is 71.0 MB, over the 70 MB budget"]
    out = capsys.readouterr().out
    assert "71.0 MB  Qt libraries (1 files)" in out
    assert build.component_of("_internal/psycopg_binary.libs/libcrypto-3a0647ea.so.3").startswith("psycopg")
    assert build.component_of("_internal/libcrypto.so.3").startswith("OpenSSL")
    assert build.component_of("_internal/PySide6/Qt/lib/libicudata.so.73").startswith("ICU")
    assert build.unused_file(Path("PySide6/opengl32sw.dll")) and not build.unused_file(Path("PySide6/qsvg.dll"))


def test_the_release_installs_everything_from_the_lock_with_hashes() -> None:
    assert "pip install --require-hashes --no-deps -r requirements/pip.txt" in WORKFLOW
    assert "pip install --no-deps --no-build-isolation -e ." in WORKFLOW
    assert re.search(r"^pip==[\d.]+ \\$", (ROOT / "requirements" / "pip.txt").read_text(), re.MULTILINE)
    assert re.search(r"^pyinstaller==[\d.]+ \\$", (ROOT / "requirements" / "package.txt").read_text(), re.MULTILINE)
    assert "cache-dependency-path: requirements/*.txt" in WORKFLOW


def test_the_release_passes_every_signing_variable_and_refuses_a_partial_set() -> None:
    for variable in ("WINDOWS_SIGN_CERT_SHA1", "ARTIFACT_SIGNING_ENDPOINT", "ARTIFACT_SIGNING_ACCOUNT",
                     "ARTIFACT_SIGNING_PROFILE", "MACOS_SIGN_IDENTITY", "MACOS_CERTIFICATE_P12_BASE64",
                     "MACOS_CERTIFICATE_PASSWORD", "APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"):
        assert f"{variable}: ${{{{" in WORKFLOW, variable
    have = re.search(r"HAVE_AZURE_SIGNING: \$\{\{(.*)\}\}", WORKFLOW).group(1)
    for secret in ("AZURE_CLIENT_ID", "AZURE_TENANT_ID", "AZURE_SUBSCRIPTION_ID", "ARTIFACT_SIGNING_ENDPOINT",
                   "ARTIFACT_SIGNING_ACCOUNT", "ARTIFACT_SIGNING_PROFILE"):
        assert f"secrets.{secret} != ''" in have, secret
    assert "all_or_none AZURE_CLIENT_ID" in WORKFLOW and "signing secrets only partly set" in WORKFLOW


def test_windows_signing_covers_every_unsigned_binary() -> None:
    assert "-Include *.exe, *.dll, *.pyd" in PS1
    assert '.Status -eq "NotSigned"' in PS1
    assert "still unsigned after signing" in PS1


def test_make_run_names_the_missing_x11_libraries_and_their_packages() -> None:
    ldd = ("\tlibxcb-cursor.so.0 => not found\n\tlibQt6Gui.so.6 => /x/libQt6Gui.so.6 (0x1)\n"
           "\tlibxcb-icccm.so.4 => not found\n\tlibxcb-cursor.so.0 => not found\n")
    missing = check_linux_libraries.missing_libraries(ldd)
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in check_linux_libraries.message(missing)
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^run: .*\n\t\$\(BIN\)/python packaging/check_linux_libraries\.py\n", makefile, re.MULTILINE)
