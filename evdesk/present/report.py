"""An `Evaluation` as JSON, for `evdesk check --json` and any tool; the texts are filled by the same
`Formatter` as the window's. (The plain-text form is `evdesk.present.explanation.plain_text`.)"""

from __future__ import annotations

import dataclasses
from typing import Any

from evdesk.present.format import Formatter
from evdesk.rules.result import Criterion, Evaluation, Note
from evdesk.rules.values import json_value
from evdesk.updates.staleness import stale_json


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if dataclasses.is_dataclass(value):
        return _jsonable({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    return json_value(value)  # every enum in a result is a StrEnum, which JSON takes as its text


def _criterion(item: Criterion, formatter: Formatter) -> dict[str, Any]:
    return {
        "rule": item.rule,
        "question": item.question.value,
        "outcome": item.outcome.value,
        "text": formatter.criterion(item),
        "params": _jsonable(item.params),
        "compared": _jsonable(item.compared),
        "source": _jsonable(item.source),
    }


def _note(item: Note, formatter: Formatter) -> dict[str, Any]:
    return {
        "id": item.id,
        "question": item.question.value,
        "text": formatter.criterion(item),
        "params": _jsonable(item.params),
        "source": _jsonable(item.source),
    }


def to_json(evaluation: Evaluation, formatter: Formatter) -> dict[str, Any]:
    return {
        "rebate": _jsonable(evaluation.rebate),
        "tariff": _jsonable(evaluation.tariff),
        "quota": _jsonable(evaluation.quota),
        "policy": _jsonable(evaluation.policy),
        "stale_policy": stale_json(evaluation.policy, formatter),
        "engine_version": evaluation.engine_version,
        "request": evaluation.request.model_dump(mode="json"),
        "explanation": [_criterion(item, formatter) for item in evaluation.explanation],
        "warnings": [_note(item, formatter) for item in evaluation.warnings],
        "changes": [_note(item, formatter) for item in evaluation.changes],
    }
