"""An `Evaluation` as JSON, for `evdesk check --json` and any tool; the texts are filled by the same
`Formatter` as the window's. (The plain-text form is `evdesk.present.explanation.plain_text`.)"""

from __future__ import annotations

import dataclasses
from typing import Any

from evdesk.present.answers import program_name, total_text
from evdesk.present.format import Formatter
from evdesk.rules.result import Citation, Criterion, Evaluation, Note, ProgramAnswer
from evdesk.rules.values import Named, json_value
from evdesk.terms import Question
from evdesk.updates.staleness import stale_json


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, Named):
        return value.en  # a data-borne text: English here, as every "text" the CLI writes
    if isinstance(value, Citation):
        return _citation(value)
    if dataclasses.is_dataclass(value):
        return _jsonable({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    return json_value(value)  # every enum in a result is a StrEnum, which JSON takes as its text


# A citation's parts that older policies' sources do not have: left out when unset, so that an answer
# under such a policy reads in JSON as it did (a saved deal answered again still reproduces).
_CITATION_EXTRAS = {"reported_by": None, "citing": None, "url_fr": None, "fr_title_official": False,
                    "en_title_official": True}


def _citation(citation: Citation) -> dict[str, Any]:
    return {f.name: _jsonable(getattr(citation, f.name)) for f in dataclasses.fields(citation)
            if f.name not in _CITATION_EXTRAS or getattr(citation, f.name) != _CITATION_EXTRAS[f.name]}


def _criterion(item: Criterion, formatter: Formatter) -> dict[str, Any]:
    return {
        "rule": item.rule,
        "question": item.question.value,
        "outcome": item.outcome.value,
        "text": formatter.criterion(item),
        "params": _jsonable(item.params),
        "compared": _jsonable(item.compared),
        "source": _jsonable(item.source),
        "program": item.program,
        "overrides": item.overrides,
    }


def _note(item: Note, formatter: Formatter) -> dict[str, Any]:
    return {
        "id": item.id,
        "question": item.question.value,
        "text": formatter.criterion(item),
        "params": _jsonable(item.params),
        "source": _jsonable(item.source),
        "program": item.program,
    }


def _program(evaluation: Evaluation, program: ProgramAnswer, formatter: Formatter) -> dict[str, Any]:
    """One program checked: EVAP's reasons are the rebate's; a province's, those filed under its id."""
    if program.province is None:
        reasons = [c for c in evaluation.explanation if c.question is Question.REBATE]
    else:
        reasons = [c for c in evaluation.explanation if c.program == program.id]
    answer = _jsonable(program)
    answer["name"] = program_name(program, formatter)
    return {**answer, "explanation": [_criterion(item, formatter) for item in reasons]}


def _incentives(evaluation: Evaluation, formatter: Formatter) -> dict[str, Any]:
    total, province = evaluation.total, evaluation.province
    answer: dict[str, Any] = {
        "programs": [_program(evaluation, program, formatter) for program in evaluation.programs],
        "total": None if total is None else {**_jsonable(total), "text": total_text(total, formatter)},
    }
    if province is not None:
        answer["province"] = {
            **_jsonable(province),
            "name": formatter.province(province.code) if province.code else None,
            "explanation": [_criterion(item, formatter) for item in evaluation.explanation
                            if item.question is Question.PROVINCE and item.program is None],
        }
    return answer


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
        **_incentives(evaluation, formatter),
        # Only when there are some: an answer without them reads as it did before they existed.
        **({"assembly_cases": _jsonable(evaluation.assembly_cases)} if evaluation.assembly_cases else {}),
    }
