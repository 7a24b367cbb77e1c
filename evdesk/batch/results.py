"""A row's answer as the result file's columns (CSV, XLSX) or as one JSON object (JSON Lines).

The reason is worded by the caller (`words`, the edge's formatter in its language), so this module stays
free of Qt and of any locale. Amounts are decimal strings in JSON and numbers in XLSX; "not known" is an
empty cell or null, never 0.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from evdesk.batch.answers import RowAnswer
from evdesk.rules.result import Criterion
from evdesk.sheets import Cell

Words = Callable[[Criterion], str]

RESULT_COLUMNS = ("row", "vin", "stock", "eligible", "amount", "reason", "tariff_rate_percent", "quota_applies",
                  "max_price", "total", "total_complete", "problems")
NUMBER_FORMATS = {"tariff_rate_percent": "0.0##"}  # 6.1, 106.1 (amounts keep two decimals)
WIDTHS = {"row": 7, "vin": 20, "stock": 12, "eligible": 9, "amount": 11, "reason": 60, "tariff_rate_percent": 10,
          "quota_applies": 9, "max_price": 12, "total": 11, "total_complete": 9, "problems": 60}
PROBLEM_SEPARATOR = "; "


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def result_record(answer: RowAnswer, words: Words) -> dict[str, Any]:
    """One JSON Lines object. Beyond the columns: `reason_rule`, the deciding criterion's id, for tools that
    must not read the words; each problem as {column, field, message}."""
    return {
        "row": answer.row,
        "vin": answer.vin,
        "stock": answer.stock,
        "eligible": answer.eligible,
        "amount": _text(answer.amount),
        "reason": words(answer.reason) if answer.reason is not None else None,
        "reason_rule": answer.reason.rule if answer.reason is not None else None,
        "tariff_rate_percent": _text(answer.tariff_rate_percent),
        "quota_applies": answer.quota_applies,
        "max_price": _text(answer.max_price),
        "total": _text(answer.total),
        "total_complete": answer.total_complete,
        "problems": [{"column": p.column, "field": p.field, "message": p.message,
                      "code": p.problem.code if p.problem is not None else None} for p in answer.problems],
    }


def json_line(answer: RowAnswer, words: Words) -> str:
    """`result_record` as one line of JSON Lines, newline included."""
    return json.dumps(result_record(answer, words), ensure_ascii=False) + "\n"


def result_cells(answer: RowAnswer, words: Words) -> list[Cell]:
    """One row of the result file, in RESULT_COLUMNS' order."""
    return [
        answer.row,
        answer.vin,
        answer.stock,
        answer.eligible,
        answer.amount,
        words(answer.reason) if answer.reason is not None else None,
        answer.tariff_rate_percent,
        answer.quota_applies,
        answer.max_price,
        answer.total,
        answer.total_complete,
        PROBLEM_SEPARATOR.join(p.text() for p in answer.problems) or None,
    ]
