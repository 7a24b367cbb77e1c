"""The bundled policy, vehicle list and translations travel inside the wheel, not only in a checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_an_installed_wheel_finds_its_policy(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(tmp_path), str(ROOT)], check=True, timeout=300)
    wheel = next(tmp_path.glob("evdesk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "evdesk/seeds/policy.toml" in names
    assert "evdesk/seeds/provinces.toml" in names  # the provincial programs travel with the policy
    assert any(n.startswith("evdesk/seeds/evap-vehicle-list-") for n in names)
    assert "evdesk/resources/i18n/evdesk_fr.qm" in names  # built by make before the tests

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("import evdesk; from evdesk.policy import bundled_policy; p = bundled_policy();"
            "print(evdesk.__file__); print(p.path); print(p.version)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(site)})
    module_file, policy_path, version = done.stdout.split()
    assert module_file.startswith(str(site)), "the wheel's evdesk was imported, not the checkout's"
    assert policy_path == str(site / "evdesk" / "seeds" / "policy.toml")
    assert version == "2026.12.01"
