"""What `evaluate` returns: the three answers, and every criterion behind them.

The engine builds these objects itself from validated inputs and validated policy, so it uses
`model_construct` (no re-validation) on the hot path; the models still document the shape and give the
JSON Schema of the output.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict

from evdesk.rules.request import SaleRequest
from evdesk.rules.values import Money, Percent
from evdesk.terms import Confidence, Outcome, Question

_MODEL = ConfigDict(frozen=True, arbitrary_types_allowed=True)


class Citation(BaseModel):
    model_config = _MODEL
    source_id: str
    title: str
    publisher: str
    url: str
    date: dt.date
    confidence: Confidence
    note: str = ""
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None  # exclusive


class Comparison(BaseModel):
    """The numbers a criterion compared: `value relation threshold`, and how far apart they are."""

    model_config = _MODEL
    value: Any
    relation: str  # "<=", "<", ">=", "in", "not in", "=="
    threshold: Any
    margin: Any = None  # threshold - value for numbers (positive: room left; negative: over by)


class Criterion(BaseModel):
    """One step of the reasoning: what was checked, the outcome, the numbers and the source."""

    model_config = _MODEL
    rule: str
    question: Question
    outcome: Outcome
    message: str  # English template with {placeholders}; translated and filled in at the edge
    params: dict[str, Any]
    compared: Comparison | None = None
    source: Citation | None = None


class Note(BaseModel):
    """A warning, or a hint of what would change the outcome."""

    model_config = _MODEL
    id: str
    question: Question
    message: str
    params: dict[str, Any]
    source: Citation | None = None


class PricePart(BaseModel):
    model_config = _MODEL
    name: str  # "vehicle_price", "options", ...
    amount: Money | None
    counted: bool


class FinalTransactionValue(BaseModel):
    model_config = _MODEL
    parts: list[PricePart]
    total: Money | None  # None when the vehicle price is not known
    freight_pdi_counted: bool


class StepDown(BaseModel):
    model_config = _MODEL
    date: dt.date
    full_amount: Money
    amount: Money  # for this deal (lease share applied)


class RebateAnswer(BaseModel):
    model_config = _MODEL
    eligible: bool | None
    amount: Money | None  # 0.00 when not eligible; None when not known
    potential_amount: Money | None  # what it would be if the unknowns turn out well
    full_amount: Money | None
    lease_share: Percent | None
    claim_date: dt.date
    ftv: FinalTransactionValue
    cap: Money | None
    cap_applies: bool | None
    headroom: Money | None  # cap - FTV when at or under the cap
    over_cap_by: Money | None
    next_step_down: StepDown | None


class TariffComponent(BaseModel):
    model_config = _MODEL
    name: str  # "mfn", "fta", "china_surtax", "us_counter_tariff"
    rate_percent: Percent


class TariffAnswer(BaseModel):
    model_config = _MODEL
    rate_percent: Percent | None  # None when not known; 0 when no import duty applies
    treatment: str  # domestic | fta_preferential | mfn | mfn_within_quota | mfn_plus_surtax | unknown
    agreement: str | None
    components: list[TariffComponent]
    may_apply: list[TariffComponent]


class QuotaAnswer(BaseModel):
    model_config = _MODEL
    applies: bool | None
    year: int | None
    year_start: dt.date | None
    year_end: dt.date | None  # exclusive
    year_size: int | None
    size_published: bool | None
    low_price_share_percent: Percent | None
    low_price_reserve: bool | None  # FOB at or under the threshold
    permit_required: bool | None


class PolicyStamp(BaseModel):
    model_config = _MODEL
    id: str
    version: str
    sha256: str
    published: dt.date


class Evaluation(BaseModel):
    model_config = _MODEL
    request: SaleRequest
    rebate: RebateAnswer
    tariff: TariffAnswer
    quota: QuotaAnswer
    explanation: list[Criterion]
    warnings: list[Note]
    changes: list[Note]  # what would change the outcome
    policy: PolicyStamp
    engine_version: str

    def criteria(self, question: Question) -> list[Criterion]:
        return [c for c in self.explanation if c.question is question]

    def criterion(self, rule: str) -> Criterion | None:
        return next((c for c in self.explanation if c.rule == rule), None)
