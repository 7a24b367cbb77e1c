"""Two answers to one request, compared rule by rule: what a saved deal was told, and what it would be
told now (today's policy, or this evdesk). Pure: it reads the JSON reports (`evdesk.present.report`),
so the window, the CLI and the policy history can all use it.

Each criterion is matched by its rule id (the n-th occurrence of a rule with the n-th, should one ever
repeat) and differs when its outcome or its text differs; the headline figures are compared too. A
comparison never replaces either answer: it says what changed, beside both.

An answer's texts are in the language it was given in (a deal saved from a French window reads in French).
Two answers in different languages are compared by outcome and by the values each criterion was worked out
from (its parameters and the numbers it compared), which is what the texts are made of: `texts=False`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

# The headline figures a dealer reads first: (section, key) in the JSON report.
FIGURES: tuple[tuple[str, str], ...] = (
    ("rebate", "eligible"), ("rebate", "amount"), ("tariff", "rate_percent"), ("quota", "applies"),
    ("quota", "year"),
)
Kind = Literal["changed", "added", "removed"]


@dataclass(frozen=True)
class FigureChange:
    section: str
    key: str
    then: Any
    now: Any


@dataclass(frozen=True)
class RuleChange:
    rule: str
    question: str | None
    kind: Kind  # added: only now; removed: only then
    then_outcome: str | None
    now_outcome: str | None
    then_text: str | None
    now_text: str | None


@dataclass(frozen=True)
class Comparison:
    figures: tuple[FigureChange, ...]
    rules: tuple[RuleChange, ...]

    @property
    def same(self) -> bool:
        return not self.figures and not self.rules


def _keyed(criteria: Iterable[dict[str, Any]]) -> dict[tuple[str, int], dict[str, Any]]:
    keyed: dict[tuple[str, int], dict[str, Any]] = {}
    seen: dict[str, int] = {}
    for item in criteria:
        rule = str(item.get("rule"))
        index = seen.get(rule, 0)
        seen[rule] = index + 1
        keyed[(rule, index)] = item
    return keyed


def _same(old: dict[str, Any], new: dict[str, Any], texts: bool) -> bool:
    if texts:
        return (old.get("outcome"), old.get("text")) == (new.get("outcome"), new.get("text"))
    return all(old.get(key) == new.get(key) for key in ("outcome", "params", "compared"))


def compare_answers(then: dict[str, Any], now: dict[str, Any], texts: bool = True) -> Comparison:
    """What differs between answer `then` and answer `now`, figures first, then the rules in the order
    they were given (the new ones after). `texts=False` when the two are in different languages."""
    figures = tuple(
        FigureChange(section, key, (then.get(section) or {}).get(key), (now.get(section) or {}).get(key))
        for section, key in FIGURES
        if (then.get(section) or {}).get(key) != (now.get(section) or {}).get(key))
    before = _keyed(then.get("explanation") or [])
    after = _keyed(now.get("explanation") or [])
    rules: list[RuleChange] = []
    for key in [*before, *(k for k in after if k not in before)]:
        old, new = before.get(key), after.get(key)
        if old is not None and new is not None and _same(old, new, texts):
            continue
        kind: Kind = "changed" if old is not None and new is not None else ("removed" if new is None else "added")
        either = old or new or {}
        rules.append(RuleChange(
            rule=key[0], question=either.get("question"), kind=kind,
            then_outcome=old.get("outcome") if old else None, now_outcome=new.get("outcome") if new else None,
            then_text=old.get("text") if old else None, now_text=new.get("text") if new else None))
    return Comparison(figures, tuple(rules))


_WORDED = {"text", "name"}  # keys whose values are words in the answer's language (a program's name too)


def _without_texts(answer: Any) -> Any:
    """The answer without its worded texts, at any depth (the reasons, the programs' names and reasons, the
    total)."""
    if isinstance(answer, dict):
        return {key: _without_texts(value) for key, value in answer.items()
                if key not in _WORDED or not isinstance(value, str)}
    if isinstance(answer, list):
        return [_without_texts(item) for item in answer]
    return answer


def reproduces(saved: dict[str, Any], again: dict[str, Any], texts: bool = True) -> bool:
    """Whether answering the saved request again (same policy) gave the saved answer exactly, apart from
    the evdesk version that did it (and the texts, with `texts=False`, when `again` is in another
    language)."""
    if not texts:
        saved, again = _without_texts(saved), _without_texts(again)
    strip = ("engine_version",)
    return {k: v for k, v in saved.items() if k not in strip} == {k: v for k, v in again.items() if k not in strip}
