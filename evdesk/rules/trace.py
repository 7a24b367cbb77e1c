"""The explanation recorder every rule writes to, so no step of the reasoning goes unrecorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from evdesk.rules.citations import citation_of
from evdesk.rules.result import Citation, Comparison, Criterion, Note
from evdesk.terms import Outcome, Question

if TYPE_CHECKING:  # the policy's classes are type hints here: importing the rules loads no schema
    from evdesk.policy.loader import Policy
    from evdesk.policy.schema import Series, Window

T = TypeVar("T")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks an explanation text for translation without importing Qt; the edge translates it."""
    return text


# How many shared steps of one kind (the key's first item) a policy keeps (`Trace.shared`). Keys with a date
# in them grow with the dates asked about: past this many, that kind's store is emptied and refilled rather
# than grown, so a long batch stays small, and the other kinds' steps stay.
SHARED_STEPS_KEPT = 4096


class Trace:
    def __init__(self, policy: Policy):
        self._policy = policy
        self._citations = policy.memo  # shared by every evaluation with this policy
        self._shared = policy.steps
        self.explanation: list[Criterion] = []
        self.warnings: list[Note] = []
        self.changes: list[Note] = []

    def cite(self, window: Window | None, source_id: str | None = None) -> Citation | None:
        """The citation for a dated value: its source, with the value's own confidence and note."""
        key = id(window) if window is not None else source_id
        if key is None:
            return None
        cached = self._citations.get(key)
        if cached is None:
            cached = self._citations[key] = self._build_citation(window, source_id)
        return cached

    def _build_citation(self, window: Window | None, source_id: str | None) -> Citation:
        source_id = window.source if window is not None else source_id
        return citation_of(source_id, self._policy.data.sources[source_id], window)

    def shared(self, key: tuple, build: Callable[..., T], *args: Any) -> T:
        """Run `build(*args)`, a step or a group of steps whose outcome, words and returned value depend on
        nothing but `key` (its first item names the kind of step), once per policy; later evaluations with
        the same key replay what it recorded. Steps and answers are read-only once made, so evaluations
        share them as they share citations. `key` must name everything `build` reads:
        `tests/rules/test_shared_steps.py` checks that sharing changes no answer."""
        store = self._shared.get(key[0])
        if store is None:
            store = self._shared[key[0]] = {}
        found = store.get(key)
        if found is not None:
            value, steps, notes = found
            self.explanation += steps
            if notes is not None:  # most shared steps warn of nothing and hint at nothing
                warnings, changes = notes
                self.warnings += warnings
                self.changes += changes
            return value
        steps, warnings, changes = len(self.explanation), len(self.warnings), len(self.changes)
        value = build(*args)
        if len(store) >= SHARED_STEPS_KEPT:
            store.clear()
        new_warnings, new_changes = tuple(self.warnings[warnings:]), tuple(self.changes[changes:])
        store[key] = (value, tuple(self.explanation[steps:]),
                      (new_warnings, new_changes) if new_warnings or new_changes else None)
        return value

    def check(self, rule: str, question: Question, outcome: Outcome, message: str,
              source: Window | None = None, compared: Comparison | None = None,
              source_id: str | None = None, **params: Any) -> Outcome:
        # Positional: the engine's hottest line, and keyword passing costs measurably more here.
        self.explanation.append(
            Criterion(rule, question, outcome, message, params, compared, self.cite(source, source_id)))
        return outcome

    def record(self, rule: str, question: Question, outcome: Outcome, message: str, citation: Citation | None,
               **params: Any) -> Outcome:
        """A step whose source is not one of the policy file's (a row of the vehicle-assembly data)."""
        self.explanation.append(Criterion(rule, question, outcome, message, params, None, citation))
        return outcome

    def warn(self, id: str, question: Question, message: str, source: Window | None = None,
             source_id: str | None = None, **params: Any) -> None:
        self.warnings.append(Note(
            id=id, question=question, message=message, params=params, source=self.cite(source, source_id)))

    def hint(self, id: str, question: Question, message: str, source: Window | None = None,
             **params: Any) -> None:
        self.changes.append(Note(
            id=id, question=question, message=message, params=params, source=self.cite(source)))


def window_marks(day: dt.date, *series: Series) -> tuple[int | str, ...]:
    """Which window of each dated value holds on `day` (by its id, as the other shared keys name windows), or
    whether the day is before or after them all: two days with the same marks are alike to a rule that reads
    the date only through those values and says no date of its own."""
    return tuple(id(window) if (window := one.at(day)) is not None else
                 "before" if day < one.values[0].start else "after" for one in series)


def compared(value: Any, relation: str, threshold: Any, margin: Any = None) -> Comparison:
    return Comparison(value, relation, threshold, margin)


def combine(outcomes: list[Outcome]) -> bool | None:
    """Three-valued AND: any failure decides no; otherwise any unknown leaves it open."""
    if Outcome.FAIL in outcomes:
        return False
    if Outcome.UNKNOWN in outcomes:
        return None
    return True
