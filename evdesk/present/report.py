"""An `Evaluation` as JSON (for `evdesk check --json` and any tool) and as plain text (for the terminal
and the window's "copy as text"). Both fill the explanation texts through one `Formatter`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from evdesk.present.format import Formatter
from evdesk.rules.result import Citation, Comparison, Criterion, Evaluation, Note
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.rules.values import json_value
from evdesk.terms import Outcome, Question

OUTCOME_MARKS = {
    Outcome.PASS: "✓",
    Outcome.FAIL: "✗",
    Outcome.UNKNOWN: "?",
    Outcome.NOT_APPLICABLE: "–",
    Outcome.INFO: "·",
}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if dataclasses.is_dataclass(value):
        return _jsonable({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    if hasattr(value, "value") and hasattr(value, "name") and not isinstance(value, str):  # an Enum
        return value.value
    return json_value(value)


def _source(source: Citation | None) -> dict[str, Any] | None:
    return None if source is None else _jsonable(source)


def _comparison(compared: Comparison | None) -> dict[str, Any] | None:
    return None if compared is None else _jsonable(compared)


def _criterion(item: Criterion, formatter: Formatter) -> dict[str, Any]:
    return {
        "rule": item.rule,
        "question": item.question.value,
        "outcome": item.outcome.value,
        "text": formatter.criterion(item),
        "params": _jsonable(item.params),
        "compared": _comparison(item.compared),
        "source": _source(item.source),
    }


def _note(item: Note, formatter: Formatter) -> dict[str, Any]:
    return {
        "id": item.id,
        "question": item.question.value,
        "text": formatter.criterion(item),
        "params": _jsonable(item.params),
        "source": _source(item.source),
    }


def to_json(evaluation: Evaluation, formatter: Formatter) -> dict[str, Any]:
    return {
        "rebate": _jsonable(evaluation.rebate),
        "tariff": _jsonable(evaluation.tariff),
        "quota": _jsonable(evaluation.quota),
        "policy": _jsonable(evaluation.policy),
        "engine_version": evaluation.engine_version,
        "request": evaluation.request.model_dump(mode="json"),
        "explanation": [_criterion(item, formatter) for item in evaluation.explanation],
        "warnings": [_note(item, formatter) for item in evaluation.warnings],
        "changes": [_note(item, formatter) for item in evaluation.changes],
    }


# --- Plain text -----------------------------------------------------------------------------------

def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("report", text)


def rebate_headline(evaluation: Evaluation, formatter: Formatter) -> str:
    rebate = evaluation.rebate
    if rebate.eligible is True:
        return tr(QT_TRANSLATE_NOOP("report", "Eligible: {amount}")).format(amount=formatter.money(rebate.amount))
    if rebate.eligible is False:
        return tr(QT_TRANSLATE_NOOP("report", "Not eligible: {amount}")).format(
            amount=formatter.money(rebate.amount))
    if rebate.potential_amount is not None:
        return tr(QT_TRANSLATE_NOOP("report", "Needs review: {amount} if the open points check out")).format(
            amount=formatter.money(rebate.potential_amount))
    return tr(QT_TRANSLATE_NOOP("report", "Needs review"))


def tariff_headline(evaluation: Evaluation, formatter: Formatter) -> str:
    tariff = evaluation.tariff
    if tariff.rate_percent is None:
        return tr(QT_TRANSLATE_NOOP("report", "Not known"))
    treatment = formatter.term(tariff.treatment)
    if tariff.agreement and tariff.treatment == "fta_preferential":
        treatment = f"{treatment} ({tariff.agreement})"
    return f"{formatter.percent(tariff.rate_percent)} — {treatment}"


def quota_headline(evaluation: Evaluation, formatter: Formatter) -> str:
    quota = evaluation.quota
    if quota.applies is None:
        return tr(QT_TRANSLATE_NOOP("report", "Not known"))
    if not quota.applies:
        return tr(QT_TRANSLATE_NOOP("report", "Does not count against the China EV quota"))
    return tr(QT_TRANSLATE_NOOP("report", "Counts against the China EV quota, year {year} ({start} to {end})")).format(
        year=quota.year, start=formatter.date(quota.year_start),
        end=formatter.date(quota.year_end - dt.timedelta(days=1) if quota.year_end else None))


SECTIONS = (
    (Question.VEHICLE, QT_TRANSLATE_NOOP("report", "Vehicle")),
    (Question.REBATE, QT_TRANSLATE_NOOP("report", "Rebate (EV Affordability Program)")),
    (Question.TARIFF, QT_TRANSLATE_NOOP("report", "Import tariff")),
    (Question.QUOTA, QT_TRANSLATE_NOOP("report", "China EV import quota")),
)


def to_text(evaluation: Evaluation, formatter: Formatter, with_sources: bool = True) -> str:
    headlines = {
        Question.REBATE: rebate_headline(evaluation, formatter),
        Question.TARIFF: tariff_headline(evaluation, formatter),
        Question.QUOTA: quota_headline(evaluation, formatter),
    }
    lines = [tr(QT_TRANSLATE_NOOP("report", "evdesk: EV sale check (policy {version})")).format(
        version=evaluation.policy.version), ""]
    for question, title in SECTIONS:
        criteria = evaluation.criteria(question)
        notes = [n for n in evaluation.warnings if n.question is question]
        if not criteria and not notes and question not in headlines:
            continue
        heading = tr(title).upper()
        if question in headlines:
            heading += f": {headlines[question]}"
        lines.append(heading)
        for item in criteria:
            lines.append(f"  {OUTCOME_MARKS[item.outcome]} {formatter.criterion(item)}")
            if with_sources and item.source is not None:
                source_label = tr(QT_TRANSLATE_NOOP("report", "Source: {source}"))
                lines.append("      " + source_label.format(source=formatter.citation(item.source)))
        for note in notes:
            lines.append(f"  ! {formatter.criterion(note)}")
        lines.append("")
    if evaluation.changes:
        lines.append(tr(QT_TRANSLATE_NOOP("report", "What would change this")).upper())
        lines.extend(f"  → {formatter.criterion(note)}" for note in evaluation.changes)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
