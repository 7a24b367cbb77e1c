"""One answer under two policies, rule by rule: what changed for a deal between the policy it was given
under and another (the records' "what changed since this deal was saved", `evdesk policy diff` for one
sale). Pure: it compares two `Evaluation`s, or evaluates one request under both policies first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from evdesk.policy import Policy
from evdesk.rules import SaleRequest, evaluate
from evdesk.rules.result import Criterion, Evaluation, PolicyStamp

# The answers' headline values, by where they sit in an Evaluation.
HEADLINES = (("rebate", "eligible"), ("rebate", "amount"), ("tariff", "rate_percent"), ("tariff", "treatment"),
             ("quota", "applies"), ("quota", "year"))


@dataclass(frozen=True)
class RuleChange:
    """One criterion whose outcome, numbers, parameters or source differ (or that only one answer has)."""

    rule: str
    before: Criterion | None
    after: Criterion | None
    changed: tuple[str, ...]  # "added", "removed", or any of "outcome", "params", "compared", "source"


@dataclass(frozen=True)
class AnswerChanges:
    before_policy: PolicyStamp
    after_policy: PolicyStamp
    headlines: dict[str, tuple[Any, Any]]  # "rebate.amount" → (before, after), only those that differ
    rules: list[RuleChange] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not self.headlines and not self.rules


def _criterion_changes(before: Criterion, after: Criterion) -> tuple[str, ...]:
    changed = []
    if before.outcome is not after.outcome:
        changed.append("outcome")
    if before.params != after.params:
        changed.append("params")
    if before.compared != after.compared:
        changed.append("compared")
    if (before.source and before.source.source_id) != (after.source and after.source.source_id):
        changed.append("source")
    return tuple(changed)


def compare_evaluations(before: Evaluation, after: Evaluation) -> AnswerChanges:
    """What differs between two answers to the same request: the headlines, then each rule in the order
    the newer answer checks them (rules only the older one had come last)."""
    headlines = {}
    for part, name in HEADLINES:
        old, new = getattr(getattr(before, part), name), getattr(getattr(after, part), name)
        if old != new:
            headlines[f"{part}.{name}"] = (old, new)
    old_rules = {c.rule: c for c in before.explanation}
    rules = []
    for criterion in after.explanation:
        previous = old_rules.pop(criterion.rule, None)
        if previous is None:
            rules.append(RuleChange(criterion.rule, None, criterion, ("added",)))
        elif changed := _criterion_changes(previous, criterion):
            rules.append(RuleChange(criterion.rule, previous, criterion, changed))
    rules += [RuleChange(rule, criterion, None, ("removed",)) for rule, criterion in old_rules.items()]
    return AnswerChanges(before.policy, after.policy, headlines, rules)


def compare_answer(request: SaleRequest, before: Policy, after: Policy) -> AnswerChanges:
    """The same request answered under `before` and `after`, compared rule by rule."""
    return compare_evaluations(evaluate(request, before), evaluate(request, after))
