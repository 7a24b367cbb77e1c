"""The batch's summary: how many rows were read, answered, had problems or were eligible, the total of the
amounts, and how many rows rest on each assumption. Counted as the answers stream past."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from evdesk.batch.answers import RowAnswer, Status

if TYPE_CHECKING:
    from evdesk.batch.parallel import Counted


@dataclass
class Tally:
    rows: int = 0  # non-empty rows after the header
    by_status: Counter[Status] = field(default_factory=Counter)
    total: Decimal = Decimal("0.00")  # of the eligible rows' amounts
    total_at_max_price: Decimal = Decimal("0.00")  # of what the over-cap rows would get at their max_price
    assumed: Counter[str] = field(default_factory=Counter)  # request field → rows that took the assumption

    def add(self, answer: RowAnswer | Counted) -> None:
        self.rows += 1
        status = answer.status
        self.by_status[status] += 1
        if status is Status.ELIGIBLE and answer.amount is not None:
            self.total += answer.amount
        if answer.amount_at_max_price is not None:
            self.total_at_max_price += answer.amount_at_max_price
        for name in answer.assumed:
            self.assumed[name] += 1

    @property
    def answered(self) -> int:
        return self.rows - self.by_status[Status.PROBLEM]

    @property
    def with_problems(self) -> int:
        return self.by_status[Status.PROBLEM]

    @property
    def eligible(self) -> int:
        return self.by_status[Status.ELIGIBLE]

    @property
    def not_eligible(self) -> int:
        """Every refusal, including those the price could fix."""
        return self.by_status[Status.NOT_ELIGIBLE] + self.by_status[Status.PRICE_DROP]

    @property
    def not_known(self) -> int:
        return self.by_status[Status.NOT_KNOWN]
