"""Exceptions: labelled layers over the base rules, each in its own module, never an `if` inside a base rule.

An exception names what it overrides (a criterion's outcome, or a value a criterion tests), says when it
applies, and records its own step in the explanation when it does, under the program it belongs to, with
`overrides` naming the rule it replaced. As in Catala, two exceptions that apply to the same target and
disagree are an error, not a silent choice: `decide` raises `ExceptionConflict`.

| exception | overrides | in the data as |
|---|---|---|
| `suspension` | `program_dates` (in force → not in force) | a program's `suspensions` |
| `option_groups_in_msrp` | the price `price_cap` tests (MSRP → MSRP + option groups) | `option_groups_in_msrp` |
| `low_confidence` | the answer's confidence (→ low) | a window's `confidence = "low"` |
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from evdesk.rules.programs.context import ProgramContext

T = TypeVar("T")


class ExceptionConflict(RuntimeError):
    """Two exceptions applied to one target with different results: the policy data needs a precedence."""


def decide(ctx: ProgramContext, target: str, base: T,
           exceptions: Sequence[Callable[[ProgramContext, T], T | None]]) -> T:
    """The base value, unless an exception applies: then the exception's value."""
    applied = [(exception.__name__, value) for exception in exceptions
               if (value := exception(ctx, base)) is not None]
    if len({repr(value) for _, value in applied}) > 1:
        names = ", ".join(name for name, _ in applied)
        raise ExceptionConflict(f"{ctx.program_id}: the exceptions {names} all apply to {target} and disagree")
    return applied[0][1] if applied else base
