"""A quota year whose size the policy does not know is said to be not known, never 0 vehicles."""

from __future__ import annotations

from pathlib import Path

from evdesk.policy import load_policy
from evdesk.present.format import Formatter
from evdesk.rules import SaleRequest, evaluate

ROOT = Path(__file__).resolve().parents[2]


def test_a_quota_year_without_a_size(tmp_path: Path) -> None:
    text = (ROOT / "seeds" / "policy.toml").read_text(encoding="utf-8")
    known = 'value = { number = 3, size = 55577, size_published = false }'
    assert known in text
    path = tmp_path / "policy.toml"
    path.write_text(text.replace(known, 'value = { number = 3, size_published = false }'), encoding="utf-8")
    request = SaleRequest(powertrain="BEV", assembly="CN", sale_date="2028-06-01", quota_position="within")
    evaluation = evaluate(request, load_policy(path))
    assert evaluation.quota.year == 3
    assert evaluation.quota.year_size is None
    year = evaluation.criterion("quota.year")
    assert year is not None
    assert Formatter("en").criterion(year).endswith("its size is not known.")
