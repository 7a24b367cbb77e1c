"""The numbers under a criterion state what holds: every relation the engine records, with the value below,
at and above the threshold, under every outcome a criterion can have. A failed test prints the opposite of
its requirement ("$52,000.00 > $50,000.00 · over by $2,000.00"), never the requirement itself."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from evdesk.present.explanation import comparison
from evdesk.present.format import Formatter
from evdesk.rules.result import Comparison, Criterion
from evdesk.rules.values import Km, Money, Months
from evdesk.terms import Outcome, Question

CAP = Money("50000.00")
FEB_16 = dt.date(2026, 2, 16)

# relation, value, threshold, margin (as the engine computes it: room left before the test fails), printed
ROWS: list[tuple[str, Any, Any, Any, str]] = [
    # An upper limit, inclusive: the EVAP price cap (margin = cap − FTV)
    ("<=", Money("49999.99"), CAP, Money("0.01"), "$49,999.99 ≤ $50,000.00 · $0.01 to spare"),
    ("<=", Money("50000.00"), CAP, Money("0.00"), "$50,000.00 ≤ $50,000.00"),
    ("<=", Money("50000.01"), CAP, Money("-0.01"), "$50,000.01 > $50,000.00 · over by $0.01"),
    ("<=", Money("52000.00"), CAP, Money("-2000.00"), "$52,000.00 > $50,000.00 · over by $2,000.00"),
    # An upper limit, exclusive: a demonstrator's odometer (margin = limit − km)
    ("<", Km(9999), Km(10000), Km(1), "9,999\u00a0km < 10,000\u00a0km · 1\u00a0km to spare"),
    ("<", Km(10000), Km(10000), Km(0), "10,000\u00a0km ≥ 10,000\u00a0km · at the limit"),
    ("<", Km(12000), Km(10000), Km(-2000), "12,000\u00a0km ≥ 10,000\u00a0km · over by 2,000\u00a0km"),
    # A lower limit, inclusive: a lease term, a sale date (margin = value − minimum)
    (">=", Months(11), Months(12), Months(-1), "11 < 12 · short by 1"),
    (">=", Months(12), Months(12), Months(0), "12 ≥ 12"),
    (">=", Months(39), Months(12), Months(27), "39 ≥ 12 · 27 above the minimum"),
    (">=", dt.date(2026, 2, 3), FEB_16, None, "February 3, 2026 < February 16, 2026"),
    (">=", dt.date(2026, 2, 15), FEB_16, None, "February 15, 2026 < February 16, 2026"),
    (">=", FEB_16, FEB_16, None, "February 16, 2026 ≥ February 16, 2026"),
    (">=", dt.date(2026, 2, 17), FEB_16, None, "February 17, 2026 ≥ February 16, 2026"),
    # An upper limit on a date: the program's last day
    ("<=", dt.date(2031, 3, 31), dt.date(2031, 3, 31), None, "March 31, 2031 ≤ March 31, 2031"),
    ("<=", dt.date(2031, 4, 1), dt.date(2031, 3, 31), None, "April 1, 2031 > March 31, 2031"),
    # A lower limit, exclusive, and an equality (no engine rule records them today; the wording holds anyway)
    (">", Months(12), Months(12), Months(0), "12 ≤ 12 · at the limit"),
    (">", Months(13), Months(12), Months(1), "13 > 12 · 1 above the minimum"),
    ("==", Months(12), Months(12), None, "12 = 12"),
    ("==", Months(13), Months(12), None, "13 ≠ 12"),
]


@pytest.mark.parametrize("outcome", [Outcome.PASS, Outcome.FAIL, Outcome.UNKNOWN, Outcome.INFO,
                                     Outcome.NOT_APPLICABLE])
@pytest.mark.parametrize(("relation", "value", "threshold", "margin", "printed"), ROWS)
def test_the_comparison_states_what_holds(relation: str, value: Any, threshold: Any, margin: Any, printed: str,
                                          outcome: Outcome) -> None:
    """The same numbers read the same whatever the outcome: a price over the cap with the assembly not known
    (an "unknown" outcome) is still over the cap."""
    item = Criterion("test.rule", Question.REBATE, outcome, "", {}, Comparison(value, relation, threshold, margin))
    assert comparison(item, Formatter("en")) == printed


def test_french_words_the_same_truth() -> None:
    item = Criterion("evap.price_cap", Question.REBATE, Outcome.FAIL, "", {},
                     Comparison(Money("52000.00"), "<=", CAP, Money("-2000.00")))
    assert comparison(item, Formatter("fr")).startswith("52\u00a0000,00\u00a0$ > 50\u00a0000,00\u00a0$")


@pytest.mark.parametrize("compared", [
    None,
    Comparison(dt.date(2026, 5, 1), "in", (FEB_16, dt.date(2031, 4, 1))),  # a window: the sentence says it
    Comparison("BEV", "not in", ["BEV"]),
    Comparison(Money("1.00"), "<=", None),  # nothing to compare with
])
def test_no_numbers_no_line(compared: Comparison | None) -> None:
    item = Criterion("test.rule", Question.REBATE, Outcome.PASS, "", {}, compared)
    assert comparison(item, Formatter("en")) == ""
