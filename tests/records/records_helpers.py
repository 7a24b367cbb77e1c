"""What the records tests share besides fixtures (a module of its own: `conftest` is a name every test folder
uses, so importing from it picks whichever was loaded last)."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path
from typing import Any

from evdesk.policy import Policy

SALE_DATE = dt.date(2026, 5, 1)


def answer_of(request: Any, policy: Policy) -> dict[str, Any]:
    from evdesk.present.format import Formatter
    from evdesk.present.report import to_json
    from evdesk.records.deals import ANSWER_LANGUAGE
    from evdesk.rules import evaluate

    return to_json(evaluate(request, policy), Formatter(ANSWER_LANGUAGE))


def sale(**fields: Any) -> Any:
    """A usual counter deal (a US-assembled BEV at $45,000), changed by `fields`."""
    from evdesk.rules.request import SaleRequest

    values = {"powertrain": "BEV", "origin": "US", "assembly": "US", "vehicle_price": "45000", "sale_date": SALE_DATE,
              "prior_incentives": 0, "fta_origin_met": "yes", "quota_position": "within"}
    return SaleRequest(**{**values, **fields})


def migrated_sqlite(template: Path, folder: Path) -> str:
    copy = folder / f"deals-{uuid.uuid4().hex[:8]}.sqlite"
    shutil.copyfile(template, copy)
    return f"sqlite:///{copy}"
