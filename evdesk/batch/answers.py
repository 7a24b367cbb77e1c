"""Each row through the same `evaluate` as the window and `evdesk check`, kept to what a stock list's answer
shows: the evaluation itself is not kept (a stock list of 100,000 rows streams), and no report is built.

A row's status sorts it for the dealer: eligible now; eligible if the price came down (only the price cap
fails, so `max_price` is known); not eligible; not known; or a row with problems, which is not answered.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from evdesk.batch.rows import Problem, RowReader, RowRequest
from evdesk.batch.sources import Cells
from evdesk.policy.loader import Policy
from evdesk.rules.evaluate import evaluate
from evdesk.rules.rebate import ONLY_THE_CAP
from evdesk.rules.request import SaleRequest
from evdesk.rules.result import Criterion, Evaluation, Note
from evdesk.rules.values import Money, Percent
from evdesk.terms import Outcome, Question


class Status(StrEnum):
    ELIGIBLE = "eligible"
    PRICE_DROP = "price_drop"  # not eligible, but would be at max_price
    NOT_ELIGIBLE = "not_eligible"
    NOT_KNOWN = "not_known"
    PROBLEM = "problem"


# The warnings that say a row's own data may be wrong (a VIN mistyped, the VIN or Transport Canada's list
# disagreeing with what the row says): each row's detail in the window says them. Not "unlisted", which a
# list of models not yet on Transport Canada's list would repeat on every row.
ROW_DATA_WARNINGS = frozenset({"vehicle.vin_check_digit", "vehicle.assembly_vin_mismatch",
                               "vehicle.powertrain_list_mismatch", "vehicle.assembly_list_mismatch"})


@dataclass(frozen=True, slots=True)
class RowAnswer:
    row: int
    vin: str | None
    stock: str | None
    request: SaleRequest | None
    problems: tuple[Problem, ...]
    assumed: tuple[str, ...]
    vehicle: str = ""  # year, make, model, trim as the list writes them
    eligible: bool | None = None
    amount: Money | None = None
    reason: Criterion | None = None  # the rebate criterion that decided a refusal, or left it not known
    tariff_rate_percent: Percent | None = None
    quota_applies: bool | None = None
    max_price: Money | None = None
    cap_applies: bool | None = None  # False: Canadian-made, no cap (so no max_price)
    over_cap_by: Money | None = None  # how far the price must come down to max_price
    # With `what_if`: the rebate at max_price, as `evaluate` answers it, for a row that is over the cap only.
    amount_at_max_price: Money | None = None
    # The federal and provincial incentives together (the province from the row or --province): the sum of
    # the known amounts, and whether it is complete (else "at least").
    total: Money | None = None
    total_complete: bool | None = None
    # What `evaluate` warned of the row's own data (ROW_DATA_WARNINGS). Usually none.
    vehicle_warnings: tuple[Note, ...] = ()

    @property
    def status(self) -> Status:
        if self.problems:
            return Status.PROBLEM
        if self.eligible:
            return Status.ELIGIBLE
        if self.eligible is None:
            return Status.NOT_KNOWN
        return Status.PRICE_DROP if self.max_price is not None else Status.NOT_ELIGIBLE


def deciding_reason(evaluation: Evaluation) -> Criterion | None:
    """The first rebate criterion, in the program's order, that failed (or, if none did, that is not known).
    When the cap fails beside another criterion, the other one: a lower price would not make that deal
    eligible, and "over the cap" would say it could (its max_price is empty for that reason)."""
    wanted = {False: Outcome.FAIL, None: Outcome.UNKNOWN}.get(evaluation.rebate.eligible)  # type: ignore[call-overload]
    if wanted is None:
        return None
    deciding = [c for c in evaluation.explanation if c.question is Question.REBATE and c.outcome is wanted]
    if not deciding:
        return None
    if wanted is Outcome.FAIL:
        return next((c for c in deciding if c.rule not in ONLY_THE_CAP), deciding[0])
    return deciding[0]


def answer_row(row: RowRequest, policy: Policy, what_if: bool = False) -> RowAnswer:
    if row.request is None:
        return RowAnswer(row.row, row.vin, row.stock, None, row.problems, row.assumed, row.vehicle)
    evaluation = evaluate(row.request, policy)
    rebate = evaluation.rebate
    amount_at_max = None
    if what_if and rebate.eligible is False and rebate.max_price is not None:
        lowered = row.request.model_copy(update={"vehicle_price": rebate.max_price})
        amount_at_max = evaluate(lowered, policy).rebate.amount
    return RowAnswer(
        row=row.row, vin=row.request.vin or row.vin, stock=row.stock, request=row.request, problems=(),
        assumed=row.assumed, vehicle=row.vehicle, eligible=rebate.eligible, amount=rebate.amount,
        reason=deciding_reason(evaluation), tariff_rate_percent=evaluation.tariff.rate_percent,
        quota_applies=evaluation.quota.applies, max_price=rebate.max_price, cap_applies=rebate.cap_applies,
        over_cap_by=rebate.over_cap_by if rebate.max_price is not None else None,
        amount_at_max_price=amount_at_max,
        total=evaluation.total.amount if evaluation.total is not None else None,
        total_complete=evaluation.total.complete if evaluation.total is not None else None,
        vehicle_warnings=tuple(note for note in evaluation.warnings if note.id in ROW_DATA_WARNINGS),
    )


def answer_rows(rows: Iterator[tuple[int, Cells]], reader: RowReader, policy: Policy,
                what_if: bool = False) -> Iterator[RowAnswer]:
    """One answer per non-empty row, in the input's order; a bad row is answered with its problems."""
    for number, cells in rows:
        row = reader.read(number, cells)
        if row is not None:
            yield answer_row(row, policy, what_if)
