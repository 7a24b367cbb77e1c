"""The reasons behind the answers: which criteria each mode shows, and how they read as rich text (the
result view), as plain text (the clipboard) and as lines of the printed statement."""

from __future__ import annotations

import operator
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from evdesk.present.answers import (
    Answer,
    import_answer,
    import_line,
    incentives_answer,
    program_name,
    quota_answer,
    rebate_answer,
    tariff_answer,
)
from evdesk.present.format import Formatter
from evdesk.present.glossary import glossed_html
from evdesk.present.language import Mode
from evdesk.present.translation import translate
from evdesk.rules.result import Citation, Criterion, Evaluation, Note
from evdesk.terms import Confidence, Outcome, Question
from evdesk.updates.staleness import stale_warning

SYMBOLS: dict[Outcome, str] = {
    Outcome.PASS: "✓",
    Outcome.FAIL: "✗",
    Outcome.UNKNOWN: "?",
    Outcome.NOT_APPLICABLE: "–",
    Outcome.INFO: "i",
}


@dataclass(frozen=True)
class HtmlColours:
    """The rich text's colours: the window's theme gives them (evdesk.ui.theme.html_colours, light or dark),
    so that they meet the same contrast as the rest of the window."""

    outcomes: Mapping[Outcome, str]
    heading: str
    numbers: str
    source: str
    link: str
    warning: str
    change: str


SECTION_ORDER = (Question.REBATE, Question.VEHICLE, Question.TARIFF, Question.QUOTA)
_RELATIONS = {"<=": "≤", "<": "<", ">=": "≥", ">": ">", "==": "=", "!=": "≠"}
_HOLDS = {"<=": operator.le, "<": operator.lt, ">=": operator.ge, ">": operator.gt, "==": operator.eq}
_OPPOSITE = {"<=": ">", "<": ">=", ">=": "<", ">": "<=", "==": "!="}  # what holds when the requirement fails
CONSUMER_TARIFF_RULES = ("tariff.treatment",)  # the tariff's one-line summary; the rest is customs detail


def section_title(question: Question) -> str:
    return {
        Question.REBATE: translate("Explanation", "EVAP rebate"),
        Question.VEHICLE: translate("Explanation", "The vehicle"),
        Question.TARIFF: translate("Explanation", "Import duty"),
        Question.QUOTA: translate("Explanation", "China EV quota"),
    }[question]


def outcome_word(outcome: Outcome) -> str:
    """For screen readers and the copied text: the symbol's meaning."""
    return {
        Outcome.PASS: translate("Explanation", "met"),
        Outcome.FAIL: translate("Explanation", "not met"),
        Outcome.UNKNOWN: translate("Explanation", "not known"),
        Outcome.NOT_APPLICABLE: translate("Explanation", "does not apply"),
        Outcome.INFO: translate("Explanation", "note"),
    }[outcome]


def provincial_title(evaluation: Evaluation, f: Formatter) -> str:
    province = evaluation.province
    if province is None or province.code is None:
        return translate("Explanation", "Provincial incentives")
    return translate("Explanation", "Provincial incentives: {province}").format(province=f.province(province.code))


# --- what each mode shows -------------------------------------------------------------------------

def visible_criteria(evaluation: Evaluation, mode: Mode) -> list[Criterion]:
    if mode == "dealer":
        return list(evaluation.explanation)
    return [c for c in evaluation.explanation
            if c.question is not Question.TARIFF or c.rule in CONSUMER_TARIFF_RULES]


def visible_notes(notes: list[Note], mode: Mode) -> list[Note]:
    return list(notes) if mode == "dealer" else [n for n in notes if n.question is not Question.TARIFF]


def reason_sections(evaluation: Evaluation, f: Formatter,
                    criteria: list[Criterion]) -> list[tuple[str, list[Criterion]]]:
    """The reasons by section, in the order every view shows them: the EVAP rebate, then the province and
    each of its programs under its own name, then the vehicle, the import duty and the quota. The one walk
    the result view, the copied text and the statement share."""
    sections: list[tuple[str, list[Criterion]]] = []
    for question in SECTION_ORDER:
        items = [c for c in criteria if c.question is question]
        if items:
            sections.append((section_title(question), items))
        if question is Question.REBATE:
            provincial = [c for c in criteria if c.question is Question.PROVINCE]
            province_level = [c for c in provincial if c.program is None]
            if province_level:
                sections.append((provincial_title(evaluation, f), province_level))
            for program in evaluation.programs:
                items = [c for c in provincial if c.program == program.id]
                if items:
                    sections.append((program_name(program, f), items))
    return sections


def comparison(item: Criterion, f: Formatter) -> str:
    """The numbers behind a criterion, as a true statement: '$45,000.00 ≤ $50,000.00 · $5,000.00 to spare',
    '$52,000.00 > $50,000.00 · over by $2,000.00'. The engine records the test's requirement (FTV ≤ cap);
    what is printed is the relation that holds between the two numbers, whatever the outcome (a failed or
    a not-known test shows the requirement's opposite). Empty when the criterion compared no numbers (its
    sentence says it all). The engine's margin is the room left before the test fails: positive while the
    requirement holds, zero or negative when it does not."""
    compared = item.compared
    if compared is None or compared.relation not in _HOLDS or isinstance(compared.threshold, (tuple, list)):
        return ""
    try:
        holds = _HOLDS[compared.relation](compared.value, compared.threshold)
    except TypeError:  # not two comparable values: nothing true to print
        return ""
    relation = compared.relation if holds else _OPPOSITE[compared.relation]
    text = f"{f.value(compared.value)} {_RELATIONS[relation]} {f.value(compared.threshold)}"
    margin = compared.margin
    if margin is None or isinstance(margin, bool) or compared.relation == "==":
        return text
    upper_limit = compared.relation in ("<=", "<")
    if not holds:
        if margin == 0:
            return text + " · " + translate("Explanation", "at the limit")
        gap = f.value(type(margin)(abs(margin)))
        word = (translate("Explanation", "over by {amount}") if upper_limit else
                translate("Explanation", "short by {amount}"))
        return text + " · " + word.format(amount=gap)
    if margin > 0:
        word = (translate("Explanation", "{amount} to spare") if upper_limit else
                translate("Explanation", "{amount} above the minimum"))
        return text + " · " + word.format(amount=f.value(margin))
    return text


def citation_text(source: Citation | None, f: Formatter) -> str:
    if source is None:
        return ""
    text = f.citation(source)
    if source.confidence is Confidence.LOW:
        text += " · " + translate("Explanation", "low confidence")
    elif source.confidence is Confidence.MEDIUM:
        text += " · " + translate("Explanation", "medium confidence")
    return text


# --- rich text for the result view ----------------------------------------------------------------
# Paragraphs with a hanging indent rather than a table per section: the same look at half the layout
# cost, which keeps a field change well inside a frame.

INDENT_PX = 28  # the view sets its tab stop here, so every line of an item starts at the same place
_ITEM = f'style="margin:6px 0 0 {INDENT_PX}px; text-indent:-{INDENT_PX}px;"'
_UNDER = 'style="margin:1px 0 0 {indent}px; font-size:small; color:{colour};"'


def _source_html(source: Citation | None, f: Formatter, colours: HtmlColours) -> str:
    if source is None:
        return ""
    label = escape(citation_text(source, f))
    lead = escape(translate("Explanation", "Source:"))
    address = escape(f.source_url(source), quote=True)  # the French address where one was found
    return (f'<p {_UNDER.format(indent=INDENT_PX, colour=colours.source)}>{lead} '
            f'<a href="{address}" style="color:{colours.link}; text-decoration:none;">{label}</a></p>')


def _item(symbol: str, colour: str, word: str, text: str) -> str:
    # The symbol sits in the indent, then a tab to the text; its meaning is in `title` as well as its colour.
    return (f'<p {_ITEM}><span style="color:{colour}; font-weight:bold;" title="{escape(word)}">{symbol}</span>'
            f'<span style="white-space:pre">\t</span>{glossed_html(text)}</p>')


def _heading(text: str, colour: str) -> str:
    return (f'<h3 style="margin-top:16px; margin-bottom:2px; color:{colour}; font-size:medium;">'
            f'{escape(text)}</h3>')


def explanation_html(evaluation: Evaluation, f: Formatter, mode: Mode, colours: HtmlColours) -> str:
    parts: list[str] = []
    notes = ((translate("Explanation", "Worth knowing"), visible_notes(evaluation.warnings, mode), "⚠",
              colours.warning, translate("Explanation", "warning")),
             (translate("Explanation", "What would change this"), visible_notes(evaluation.changes, mode), "→",
              colours.change, translate("Explanation", "what would change this")))
    for title, items, symbol, colour, word in notes:
        if items:
            parts.append(_heading(title, colours.heading))
            for note in items:
                parts.append(_item(symbol, colour, word, f.criterion(note)) + _source_html(note.source, f, colours))
    for title, section in reason_sections(evaluation, f, visible_criteria(evaluation, mode)):
        parts.append(_heading(title, colours.heading))
        for item in section:
            parts.append(_item(SYMBOLS[item.outcome], colours.outcomes[item.outcome], outcome_word(item.outcome),
                               f.criterion(item)))
            numbers = comparison(item, f) if mode == "dealer" else ""
            if numbers:
                parts.append(f'<p {_UNDER.format(indent=INDENT_PX, colour=colours.numbers)}>{escape(numbers)}</p>')
            parts.append(_source_html(item.source, f, colours))
    return "".join(parts)


# --- plain text for the clipboard -----------------------------------------------------------------

def _answer_line(title: str, answer: Answer) -> str:
    line = translate("Explanation", "{title}: {headline} ({symbol} {verdict})").format(
        title=title, headline=answer.headline, symbol=answer.symbol, verdict=answer.verdict)
    return "\n".join([line, *(f"    {detail}" for detail in answer.details)])


def answers(evaluation: Evaluation, f: Formatter, mode: Mode) -> list[tuple[str, Answer]]:
    """The answers as cards: a dealer's three; a consumer's rebate and one plain import answer in place of
    the duty and the quota."""
    rebate = (translate("Explanation", "EVAP rebate"), rebate_answer(evaluation, f))
    if mode == "consumer":
        return [rebate, (translate("Explanation", "Import"), import_answer(evaluation, f))]
    return [
        rebate,
        (translate("Explanation", "Import duty"), tariff_answer(evaluation, f, mode)),
        (translate("Explanation", "China EV quota"), quota_answer(evaluation, f)),
    ]


def vehicle_title(evaluation: Evaluation) -> str:
    """"2026 Chevrolet Equinox EV LT", from what was given (empty when nothing was)."""
    request = evaluation.request
    parts = [str(request.model_year) if request.model_year else "", request.make or "", request.model or "",
             request.trim or ""]
    return " ".join(p for p in parts if p)


def plain_text(evaluation: Evaluation, f: Formatter, mode: Mode, vehicle: str | None = None) -> str:
    """The answers and every reason as plain text: the window's "copy as text" and `evdesk check`."""
    vehicle = vehicle_title(evaluation) if vehicle is None else vehicle
    lines: list[str] = [f"⚠ {warning}", ""] if (warning := stale_warning(evaluation.policy, f)) else []
    if vehicle:
        lines += [vehicle, ""]
    if mode == "consumer":
        lines += [_answer_line(translate("Explanation", "EVAP rebate"), rebate_answer(evaluation, f)),
                  import_line(evaluation, f)]
    else:
        lines += [_answer_line(title, answer) for title, answer in answers(evaluation, f, mode)]
    lines += ["", _answer_line(translate("Explanation", "Incentives in all"), incentives_answer(evaluation, f))]
    sections = ((translate("Explanation", "Worth knowing"), visible_notes(evaluation.warnings, mode), "⚠"),
                (translate("Explanation", "What would change this"), visible_notes(evaluation.changes, mode), "→"))
    for title, notes, mark in sections:
        if notes:
            lines += ["", title]
            lines += [f"  {mark} {f.criterion(note)}" for note in notes]
    for title, items in reason_sections(evaluation, f, visible_criteria(evaluation, mode)):
        lines += ["", title]
        for item in items:
            lines.append(f"  {SYMBOLS[item.outcome]} {f.criterion(item)}")
            numbers = comparison(item, f) if mode == "dealer" else ""
            if numbers:
                lines.append(f"      {numbers}")
            if item.source is not None:
                lines.append(f"      {citation_text(item.source, f)} <{f.source_url(item.source)}>")
    policy = evaluation.policy
    lines += ["", translate("Explanation", "Policy {version} (published {published}), evdesk {engine}.").format(
        version=policy.version, published=f.date(policy.published), engine=evaluation.engine_version)]
    return "\n".join(lines) + "\n"
