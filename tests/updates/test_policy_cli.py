"""`evdesk policy …` end to end: the publisher's commands, install and update with one line and exit 2 on
every refusal, the history, `show`, and `evdesk check --policy-version` answering under a kept policy."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from evdesk.cli import run_cli
from tests.updates.conftest import Server, write_policy

CHECK = ["check", "--powertrain", "bev", "--price", "52000", "--assembly", "US", "--date", "2026-05-01", "--json"]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run_cli(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "keys"
    assert _run(capsys, "policy", "keys", "init", str(folder))[0] == 0
    shipped = tmp_path / "shipped-root.json"
    shutil.copyfile(folder / "root.json", shipped)
    monkeypatch.setenv("EVDESK_TRUST_ROOT", str(shipped))
    return folder


def _higher_cap(text: str) -> str:
    assert 'value = "50000.00"' in text
    return text.replace('value = "50000.00"', 'value = "55000.00"', 1)


def test_publish_install_and_answer_under_any_kept_policy(keys: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    policy = write_policy(tmp_path / "src", "2027.01.01", _higher_cap)
    bundle = tmp_path / "cap.evpolicy"
    code, out, _ = _run(capsys, "policy", "publish", str(policy), "--keys", str(keys), "--out", str(bundle),
                        "--expires", "2099-01-31")
    assert code == 0 and "policy 2027.01.01 signed" in out and "valid until 2099-01-31" in out
    code, out, _ = _run(capsys, "policy", "install", str(bundle))
    assert code == 0 and out.startswith("Installed policy 2027.01.01")

    code, out, _ = _run(capsys, "policy", "show", "--json")
    shown = json.loads(out)
    assert {k: shown[k] for k in ("version", "expires", "signed", "origin")} == {
        "version": "2027.01.01", "expires": "2099-01-31", "signed": True, "origin": "signed"}
    assert len(shown["sha256"]) == 64 and shown["published"] == "2026-12-01"

    now = json.loads(_run(capsys, *CHECK)[1])
    assert now["rebate"]["eligible"] is True and now["policy"]["version"] == "2027.01.01"
    then = json.loads(_run(capsys, *CHECK, "--policy-version", "2026.12.01")[1])
    assert then["rebate"]["eligible"] is False and then["policy"]["version"] == "2026.12.01"
    by_sha = json.loads(_run(capsys, *CHECK, "--policy-version", now["policy"]["sha256"][:10])[1])
    assert by_sha["policy"]["version"] == "2027.01.01"
    # A stock list, and a deal saved, answer under the kept policy asked for too, not silently today's.
    stock = tmp_path / "stock.csv"
    stock.write_text("Stock #,Powertrain,Price,Assembly,Sale date\r\nA1,BEV,52000,US,2026-05-01\r\n", encoding="utf-8")
    batch = ["batch", str(stock), "--json"]
    assert json.loads(_run(capsys, *batch)[1])["eligible"] is True
    assert json.loads(_run(capsys, *batch, "--policy-version", "2026.12.01")[1])["eligible"] is False
    code, _, err = _run(capsys, *batch, "--policy-version", "2031.01.01")
    assert code == 2 and "--policy-version: no policy 2031.01.01 is kept" in err
    saved = json.loads(_run(capsys, "deals", "save", *CHECK[1:], "--policy-version", "2026.12.01")[1])
    assert saved["policy"]["version"] == "2026.12.01" and saved["answer"]["rebate"]["eligible"] is False

    code, out, _ = _run(capsys, "policy", "history", "--json")
    history = json.loads(out)
    assert [(e["version"], e["kind"], e["in_use"]) for e in history] == [
        ("2026.12.01", "bundled", False), ("2027.01.01", "signed", True)]
    assert history[1]["source"] == str(bundle.resolve()) and history[1]["installed"]
    code, out, _ = _run(capsys, "policy", "history")
    assert "2027.01.01" in out and "← in use" in out


def test_every_refusal_is_one_line_and_exit_2(keys: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "policy", "keys", "init", str(keys))[0] == 2
    bad = write_policy(tmp_path / "bad", "2027.01.01",
                       lambda t: t.replace("[evap.ftv_cap]\n", "[evap.ftv_cap]\nx = 1\n"))
    code, out, err = _run(capsys, "policy", "publish", str(bad), "--keys", str(keys), "--out", str(tmp_path / "b"))
    assert (code, out) == (2, "") and err.count("\n") == 1 and "unknown key" in err
    assert not (tmp_path / "b").exists()
    code, _, err = _run(capsys, "policy", "install", str(bad))
    assert code == 2 and err.count("\n") == 1 and "is not a policy update bundle" in err
    old = write_policy(tmp_path / "old", "2026.10.01")
    _run(capsys, "policy", "publish", str(old), "--keys", str(keys), "--out", str(tmp_path / "old.evpolicy"))
    code, _, err = _run(capsys, "policy", "install", str(tmp_path / "old.evpolicy"))
    assert code == 2 and err == ("evdesk: Refused: policy 2026.10.01 is older than policy 2026.12.01 already "
                                 "accepted (rollback).\n")
    code, _, err = _run(capsys, *CHECK, "--policy-version", "2031.01.01")
    assert code == 2 and "--policy-version: no policy 2031.01.01 is kept" in err
    assert _run(capsys, "policy", "publish", str(old), "--keys", str(keys))[0] == 2  # neither --repo nor --out


def test_update_from_a_web_server_and_offline(keys: Path, tmp_path: Path, server: Server,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    policy = write_policy(tmp_path / "src", "2027.01.01")
    assert _run(capsys, "policy", "publish", str(policy), "--keys", str(keys), "--repo", str(server.folder))[0] == 0
    code, out, _ = _run(capsys, "policy", "update", "--from", server.url)
    assert code == 0 and "Installed policy 2027.01.01" in out
    code, out, _ = _run(capsys, "policy", "update", "--from", server.url)
    assert code == 0 and "already installed" in out
    code, _, err = _run(capsys, "policy", "update")
    assert code == 2 and "No update address is set" in err
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, _, err = _run(capsys, "policy", "update", "--from", f"http://127.0.0.1:{port}")
    assert code == 3 and err.startswith("evdesk: Offline: 127.0.0.1 cannot be reached") and err.count("\n") == 1


def test_keys_rotate_then_publish_reaches_the_old_root(keys: Path, tmp_path: Path, server: Server,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "policy", "keys", "rotate", str(keys), "--role", "root", "--role", "targets")
    assert code == 0 and out.startswith("root metadata version 2")
    policy = write_policy(tmp_path / "src", "2027.01.01")
    _run(capsys, "policy", "publish", str(policy), "--keys", str(keys), "--repo", str(server.folder))
    assert _run(capsys, "policy", "update", "--from", server.url)[0] == 0
    assert (server.folder / "metadata" / "2.root.json").is_file()
