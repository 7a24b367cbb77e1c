"""A Chinese-made EV entered before the China surtax began pays the MFN duty, and the reason says the
surtax had not begun (not that it "does not cover" the vehicle)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from evdesk.policy import Policy, bundled_policy, load_policy
from evdesk.present.format import Formatter
from evdesk.rules import SaleRequest, evaluate

ROOT = Path(__file__).resolve().parents[2]


def _policy_with_mfn_before_the_surtax(tmp_path: Path) -> Policy:
    """The bundled policy when its MFN rate reaches back before the surtax; else a copy whose does."""
    policy = bundled_policy()
    if policy.data.tariff.mfn_rate_percent.at(dt.date(2024, 9, 30)) is not None:
        return policy
    text = (ROOT / "seeds" / "policy.toml").read_text(encoding="utf-8")
    window = "[[tariff.mfn_rate_percent.values]]\nstart = 2024-10-01"
    assert window in text
    path = tmp_path / "policy.toml"
    path.write_text(text.replace(window, window.replace("2024-10-01", "2020-07-01")), encoding="utf-8")
    return load_policy(path)


def test_before_the_surtax_a_chinese_made_ev_pays_mfn_and_the_reason_says_why(tmp_path: Path) -> None:
    policy = _policy_with_mfn_before_the_surtax(tmp_path)
    request = SaleRequest(powertrain="BEV", assembly="CN", sale_date="2024-09-30", quota_position="within")
    evaluation = evaluate(request, policy)
    assert str(evaluation.tariff.rate_percent) == "6.1"
    assert evaluation.tariff.treatment == "mfn"
    reason = Formatter("en").criterion(evaluation.criterion("tariff.treatment"))
    assert reason == ("Assembled in China and entered before the China surtax began on October 1, 2024: the MFN "
                      "duty of 6.1%.")
    after = evaluate(request.model_copy(update={"sale_date": dt.date(2024, 10, 1)}), policy)
    assert str(after.tariff.rate_percent) == "106.1"  # the surtax's first day, before the quota
