"""What the window (cards, statement, copied text) says beyond the shared present layer: agreement names
as a French reader knows them, and an import duty that is not known told as its two possible rates.

Both only reword what the engine said; nothing here decides a rule. (They belong in evdesk.present once
its owner takes them: see the engineer's report.)
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from evdesk.present.answers import Answer, quota_answer, rebate_answer, tariff_answer
from evdesk.present.explanation import _answer_line
from evdesk.present.format import Formatter
from evdesk.present.language import Language, Mode
from evdesk.rules.result import Evaluation
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.rules.values import Text
from evdesk.terms import Outcome

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

# The policy names agreements by their English acronyms; French has its own. Others ("Canada-Chile FTA")
# are shown as the policy writes them.
AGREEMENTS = {
    "CUSMA": QT_TRANSLATE_NOOP("Agreements", "CUSMA"),
    "CETA": QT_TRANSLATE_NOOP("Agreements", "CETA"),
    "CPTPP": QT_TRANSLATE_NOOP("Agreements", "CPTPP"),
}


def agreement_name(name: str) -> str:
    source = AGREEMENTS.get(name)
    return translate("Agreements", source) if source else name


class WindowFormatter(Formatter):
    """The present layer's formatter, with agreement names in the UI language wherever a reason names one."""

    def value(self, value: Any) -> str:
        if isinstance(value, Text) and str(value) in AGREEMENTS:
            return agreement_name(str(value))
        return super().value(value)


def new_formatter(language: Language) -> WindowFormatter:
    return WindowFormatter(language)


def _possible_rates(evaluation: Evaluation) -> tuple[Decimal, Decimal, str] | None:
    """The two rates the engine names when the duty turns on what the dealer has not said: (low, high,
    "quota" or "origin")."""
    summary = evaluation.criterion("tariff.treatment")
    if summary is None or summary.outcome is not Outcome.UNKNOWN:
        return None
    params = summary.params
    if "total" in params and "mfn" in params:  # China: within the quota, or over it
        return params["mfn"], params["total"], "quota"
    if "rate" in params and "mfn" in params:  # a free trade partner: rules of origin met, or not
        return params["rate"], params["mfn"], "origin"
    return None


def tariff_display(evaluation: Evaluation, f: Formatter, mode: Mode) -> Answer:
    answer = tariff_answer(evaluation, f, mode)
    tariff = evaluation.tariff
    details = list(answer.details)
    if tariff.agreement:
        template = translate("Answers", "Agreement: {agreement}.")
        written, shown = template.format(agreement=tariff.agreement), template.format(
            agreement=agreement_name(tariff.agreement))
        details = [shown if line == written else line for line in details]
    rates = _possible_rates(evaluation) if tariff.rate_percent is None else None
    if rates is None:
        return replace(answer, details=details)
    low, high, kind = (f.percent(rates[0]), f.percent(rates[1]), rates[2])
    headline = translate("TariffCard", "{low} or {high}").format(low=low, high=high)
    if mode == "consumer":
        summary = evaluation.criterion("tariff.treatment")
        engine_words = f.criterion(summary) if summary is not None else ""
        plain = (translate("TariffCard", "{low} if it came in under the China EV quota, {high} if it did not. The "
                                         "dealer can find out which.") if kind == "quota" else
                 translate("TariffCard", "{low} if it qualifies under a free trade agreement, {high} if it does not. "
                                         "The dealer can find out which."))
        details = [plain.format(low=low, high=high), *(line for line in details if line != engine_words)]
    return replace(answer, headline=headline, details=details)


def display_answers(evaluation: Evaluation, f: Formatter, mode: Mode) -> list[tuple[str, Answer]]:
    """The three answers as the cards and the statement show them."""
    return [
        (translate("Explanation", "EVAP rebate"), rebate_answer(evaluation, f)),
        (translate("Explanation", "Import duty"), tariff_display(evaluation, f, mode)),
        (translate("Explanation", "China EV quota"), quota_answer(evaluation, f)),
    ]


def displayed_plain_text(text: str, evaluation: Evaluation, f: Formatter, mode: Mode) -> str:
    """`plain_text` with the import duty told as the card tells it."""
    title = translate("Explanation", "Import duty")
    written = _answer_line(title, tariff_answer(evaluation, f, mode))
    return text.replace(written, _answer_line(title, tariff_display(evaluation, f, mode)), 1)
