"""Low confidence: when a value an answer rests on is of low confidence (Prince Edward Island's 2025 rules
used for 2026, whose continuation is not confirmed), the answer says so, every time it is given.

The base answer is as confident as its sources; this layer lowers it and records why, under the program.
"""

from __future__ import annotations

from evdesk.rules.programs.context import ProgramContext
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.terms import Confidence, Outcome


def low_confidence(ctx: ProgramContext, base: bool) -> bool | None:
    weak = next((w for w in ctx.windows_used if ctx.cite(w).confidence is Confidence.LOW), None)
    if weak is None or base:
        return None
    ctx.check("low_confidence", Outcome.INFO, QT_TRANSLATE_NOOP(
        "rules", "Low confidence: this answer rests on a value the sources do not confirm for {date}. Check with "
                 "the province before promising it."), source=weak, overrides="confidence", date=ctx.date)
    return True
