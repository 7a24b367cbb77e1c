"""What every provincial criterion works from: the program's data, the sale, the date that picks the
program's windows, and a recorder that files each step under the program it belongs to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from evdesk.policy.loader import Policy
from evdesk.rules.citations import citation_of
from evdesk.rules.request import SaleRequest
from evdesk.rules.result import Citation, Comparison, Criterion, FinalTransactionValue, Note, ProgramAnswer
from evdesk.rules.trace import Trace
from evdesk.rules.vehicle import Vehicle
from evdesk.terms import Outcome, Question

if TYPE_CHECKING:  # the policy's classes are type hints here (the loader alone builds the schema)
    from evdesk.policy.provinces import Program, ProvincesFile
    from evdesk.policy.schema import Window

Q = Question.PROVINCE


def _citation(provinces: ProvincesFile, source_id: str, window: Window | None) -> Citation:
    return citation_of(source_id, provinces.sources[source_id], window)


def cite(policy: Policy, provinces: ProvincesFile, window: Window | None) -> Citation | None:
    """A provincial window's citation (its source with the window's own confidence and note), built once per
    window and kept in the policy's memo like the federal ones (`Trace.cite`, which reads policy.toml's
    sources)."""
    if window is None:
        return None
    key = ("provinces", id(window))
    cached = policy.memo.get(key)
    if cached is None:
        cached = policy.memo[key] = _citation(provinces, window.source, window)
    return cached


def source_citation(policy: Policy, provinces: ProvincesFile, source_id: str) -> Citation:
    key = ("provinces-source", source_id)
    cached = policy.memo.get(key)
    if cached is None:
        cached = policy.memo[key] = _citation(provinces, source_id, None)
    return cached


@dataclass(slots=True)
class ProgramContext:
    trace: Trace
    policy: Policy
    provinces: ProvincesFile
    program_id: str
    program: Program
    request: SaleRequest
    vehicle: Vehicle
    ftv: FinalTransactionValue
    date: dt.date  # the date the program's `keyed_by` names
    windows_used: list[Window] = field(default_factory=list)  # what the answer rests on (for its confidence)
    ended_on: dt.date | None = None
    combines_window: Window | None = None  # whether it combines with EVAP, for the total's warning
    in_force: Outcome = Outcome.UNKNOWN  # the program dates' outcome, exceptions applied
    answer: ProgramAnswer | None = None

    def use(self, window: Window | None) -> Window | None:
        if window is not None:
            self.windows_used.append(window)
        return window

    def cite(self, window: Window | None) -> Citation | None:
        return cite(self.policy, self.provinces, window)

    def check(self, rule: str, outcome: Outcome, message: str, source: Window | None = None,
              compared: Comparison | None = None, overrides: str | None = None, **params: Any) -> Outcome:
        self.trace.explanation.append(Criterion(
            f"{self.program_id}.{rule}", Q, outcome, message, params, compared, self.cite(source),
            self.program_id, f"{self.program_id}.{overrides}" if overrides else None))
        return outcome

    def warn(self, rule: str, message: str, source: Window | None = None, source_id: str | None = None,
             **params: Any) -> None:
        citation = self.cite(source) if source is not None else (
            source_citation(self.policy, self.provinces, source_id) if source_id else None)
        self.trace.warnings.append(Note(id=f"{self.program_id}.{rule}", question=Q, message=message, params=params,
                                        source=citation, program=self.program_id))

    def hint(self, rule: str, message: str, source: Window | None = None, **params: Any) -> None:
        self.trace.changes.append(Note(id=f"{self.program_id}.{rule}", question=Q, message=message, params=params,
                                       source=self.cite(source), program=self.program_id))


@dataclass(frozen=True, slots=True)
class TestedPrice:
    """The price a cap tests: known, or not known but at least `at_least` (what is known of its parts)."""

    kind: str  # msrp | msrp_with_options | transaction_value (a Term the edge translates)
    amount: Decimal | None
    cap: Decimal  # the limit it is tested against
    at_least: Decimal | None = None
