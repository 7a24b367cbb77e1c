"""The three answers in words: what the result cards, the copied text and the printed statement say.

Every status carries a symbol and a word as well as a colour, so it reads in black and white, to a
colour-blind reader and to a screen reader alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from evdesk.present.format import NOT_KNOWN, Formatter
from evdesk.present.language import Mode
from evdesk.present.translation import translate
from evdesk.rules.by_assembly import same_rebate
from evdesk.rules.result import AssemblyCase, Criterion, Evaluation, FeeInfo, IncentiveTotal, ProgramAnswer
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.rules.values import Country
from evdesk.terms import Outcome, Question

Status = Literal["good", "bad", "unknown", "neutral"]


@dataclass(frozen=True)
class Answer:
    status: Status
    symbol: str  # ✓ ✗ ? ● ○ i
    verdict: str  # the status in words: "Eligible", "Needs review"
    headline: str  # the big figure: "$5,000.00", "6.1%", "Counts"
    details: list[str] = field(default_factory=list)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _first(evaluation: Evaluation, question: Question, outcome: Outcome) -> Criterion | None:
    return next((c for c in evaluation.explanation if c.question is question and c.outcome is outcome), None)


# --- a model built in several countries ----------------------------------------------------------

def _built(f: Formatter, country: str) -> str:
    """"in Germany", "en Allemagne": where a case's unit was built, as a sentence needs it."""
    return f.value(Country(country), "in")


def _places(f: Formatter, countries: list[str]) -> str:
    """"in the United States or in South Korea", "aux États-Unis ou en Corée du Sud"."""
    return translate("Answers", " or ").join(_built(f, c) for c in countries)


def _case_rebate(case: AssemblyCase, f: Formatter) -> str:
    """One country's rebate: "$5,000.00 if built in Germany", "$0.00 if built in China (not eligible)"."""
    place = _built(f, case.country)
    if case.rebate_eligible is True:
        return translate("Answers", "{amount} if built {place}").format(amount=f.money(case.rebate_amount),
                                                                        place=place)
    if case.rebate_eligible is False:
        return translate("Answers", "{amount} if built {place} (not eligible)").format(
            amount=f.money(case.rebate_amount), place=place)
    if case.rebate_potential is not None:
        return translate("Answers", "Up to {amount} if built {place}").format(amount=f.money(case.rebate_potential),
                                                                              place=place)
    return translate("Answers", "Not known if built {place}").format(place=place)


def _rebate_by_assembly(evaluation: Evaluation, f: Formatter) -> Answer:
    """Where the model is built in several countries and the unit's is not given: the answer for each, or,
    when every country gives the same rebate, that rebate as a firm answer."""
    cases = evaluation.assembly_cases
    countries = [case.country for case in cases]
    agreed = same_rebate(cases)
    if agreed is not None:
        details = [translate("Answers", "Built {places}: the same rebate wherever it was built.").format(
            places=_places(f, countries))]
        if agreed.rebate_eligible:
            return Answer("good", "✓", translate("Answers", "Eligible"), f.money(agreed.rebate_amount), details)
        return Answer("bad", "✗", translate("Answers", "Not eligible"), f.money(agreed.rebate_amount), details)
    figures = []
    for case in cases:
        figure = f.money(case.rebate_amount if case.rebate_eligible is not None else case.rebate_potential)
        if figure not in figures:
            figures.append(figure)
    headline = translate("Answers", " or ").join(figures)
    details = [*(_case_rebate(case, f) for case in cases),
               translate("Answers", "The VIN or the compliance label tells where it was built.")]
    return Answer("unknown", "?", translate("Answers", "Depends on where it was built"), headline, details)


def rebate_answer(evaluation: Evaluation, f: Formatter) -> Answer:
    rebate = evaluation.rebate
    if rebate.eligible is None and evaluation.assembly_cases:
        return _rebate_by_assembly(evaluation, f)
    details: list[str] = []
    if rebate.eligible is False:
        reason = _first(evaluation, Question.REBATE, Outcome.FAIL)
        if reason is not None:
            details.append(f.criterion(reason))
        if rebate.max_price is not None:  # only the cap failed: the price that would do
            details.append(translate("Answers", "Eligible at a vehicle price of {price} or less.").format(
                price=f.money(rebate.max_price)))
        return Answer("bad", "✗", translate("Answers", "Not eligible"), f.money(rebate.amount), details)
    if rebate.lease_share is not None and rebate.full_amount is not None:
        details.append(translate("Answers", "Lease: {share} of the full {full}.").format(
            share=f.percent(rebate.lease_share.quantize(Decimal("0.01")).normalize()),
            full=f.money(rebate.full_amount)))
    if rebate.cap_applies is False:
        details.append(translate("Answers", "Canadian-made: no price cap."))
    elif rebate.headroom is not None and rebate.cap is not None:
        details.append(translate("Answers", "{headroom} under the {cap} cap.").format(
            headroom=f.money(rebate.headroom), cap=f.money(rebate.cap)))
    if rebate.max_price is not None:
        # "Eligible" only when it is: with another criterion not known, the price only keeps it within the cap.
        if rebate.eligible is None:
            text = (translate("Answers", "If it is not Canadian-made: within the price cap up to a vehicle price "
                                         "of {price}.")
                    if rebate.cap_applies is None else
                    translate("Answers", "Within the price cap up to a vehicle price of {price}."))
        else:
            text = (translate("Answers", "If it is not Canadian-made: eligible up to a vehicle price of {price}.")
                    if rebate.cap_applies is None else
                    translate("Answers", "Stays eligible up to a vehicle price of {price}."))
        details.append(text.format(price=f.money(rebate.max_price)))
    step = rebate.next_step_down
    if step is not None:
        details.append(translate("Answers", "Claims from {date} get {amount}.").format(date=f.date(step.date),
                                                                       amount=f.money(step.amount)))
    if rebate.eligible:
        return Answer("good", "✓", translate("Answers", "Eligible"), f.money(rebate.amount), details)
    reason = _first(evaluation, Question.REBATE, Outcome.UNKNOWN)
    if reason is not None:
        details.insert(0, f.criterion(reason))
    headline = (translate("Answers", "Up to {amount}").format(amount=f.money(rebate.potential_amount))
                if rebate.potential_amount is not None else NOT_KNOWN)
    return Answer("unknown", "?", translate("Answers", "Needs review"), headline, details)


_PLAIN_TREATMENTS = {
    # Consumer mode: the same treatment, without customs words.
    "domestic": QT_TRANSLATE_NOOP("Answers", "Built in Canada: no import duty."),
    "fta_preferential": QT_TRANSLATE_NOOP("Answers", "No import duty, under a free trade agreement."),
    "mfn": QT_TRANSLATE_NOOP("Answers", "The standard import duty."),
    "mfn_within_quota": QT_TRANSLATE_NOOP("Answers", "The standard import duty: it came in under the China EV "
                                                     "quota."),
    "mfn_plus_surtax": QT_TRANSLATE_NOOP("Answers", "The standard duty plus the surtax on Chinese-made electric "
                                                    "vehicles."),
    "unknown": QT_TRANSLATE_NOOP("Answers", "Depends on how the vehicle was imported."),
}


def tariff_answer(evaluation: Evaluation, f: Formatter, mode: Mode) -> Answer:
    tariff = evaluation.tariff
    summary = next((c for c in evaluation.explanation if c.rule == "tariff.treatment"), None)
    details: list[str] = []
    if mode == "consumer":
        verdict = translate("Answers", _PLAIN_TREATMENTS.get(tariff.treatment, _PLAIN_TREATMENTS["unknown"]))
        if tariff.treatment != "domestic":
            details.append(translate("Answers", "Paid when the vehicle enters Canada, by whoever imports it."))
        if tariff.may_apply:
            details.append(translate("Answers", "Another duty may apply: the dealer can tell you."))
    else:
        verdict = _capitalised(f.term(tariff.treatment))
        if len(tariff.components) > 1:
            details.append(" + ".join(f"{f.term(c.name)} {f.percent(c.rate_percent)}" for c in tariff.components))
        if tariff.agreement:
            details.append(translate("Answers", "Agreement: {agreement}.").format(
                agreement=f.agreement(tariff.agreement)))
        for component in tariff.may_apply:
            details.append(translate("Answers", "May also apply: {duty} of {rate}.").format(
                duty=f.term(component.name), rate=f.percent(component.rate_percent)))
    if tariff.rate_percent is not None:
        return Answer("neutral", "i", verdict, f.percent(tariff.rate_percent), details)
    if mode == "dealer" or len(tariff.possible_rates) != 2:
        # A consumer reads "depends on how it was imported" only where that is what decides it.
        verdict = translate("Answers", "Not known")
    if len(tariff.possible_rates) == 2:
        # Not known, but one of two rates: say both, and (for a consumer) what decides it in plain words.
        low, high = (f.percent(rate) for rate in tariff.possible_rates)
        headline = translate("TariffCard", "{low} or {high}").format(low=low, high=high)
        if mode == "consumer":
            plain = (translate("TariffCard", "{low} if it came in under the China EV quota, {high} if it did not. "
                                             "The dealer can find out which.")
                     if tariff.depends_on == "quota_position" else
                     translate("TariffCard", "{low} if it qualifies under a free trade agreement, {high} if it does "
                                             "not. The dealer can find out which."))
            details.insert(0, plain.format(low=low, high=high))
        elif summary is not None:
            details.insert(0, f.criterion(summary))
        return Answer("unknown", "?", verdict, headline, details)
    if summary is not None:
        details.insert(0, f.criterion(summary))
    return Answer("unknown", "?", verdict, NOT_KNOWN, details)


def _case_rates(case: AssemblyCase, f: Formatter) -> str:
    if case.tariff_rate_percent is not None:
        rates = f.percent(case.tariff_rate_percent)
    elif len(case.tariff_possible_rates) == 2:
        low, high = (f.percent(rate) for rate in case.tariff_possible_rates)
        rates = translate("TariffCard", "{low} or {high}").format(low=low, high=high)
    else:
        rates = translate("Answers", "not known")
    return translate("Answers", "{rates} if built {place}.").format(rates=rates, place=_built(f, case.country))


def import_answer(evaluation: Evaluation, f: Formatter) -> Answer:
    """A consumer's one plain line about the import, in place of the duty and quota cards: what the duty
    is, who pays it, and what it turns on, without customs words."""
    if evaluation.tariff.rate_percent is None and evaluation.assembly_cases:
        details = [*(_case_rates(case, f) for case in evaluation.assembly_cases),
                   translate("Answers", "Paid when the vehicle enters Canada, by whoever imports it.")]
        return Answer("unknown", "?", translate("Answers", "It depends on where the vehicle was built."), "", details)
    answer = tariff_answer(evaluation, f, "consumer")
    if evaluation.tariff.treatment == "domestic":
        return Answer(answer.status, answer.symbol, answer.verdict, "", answer.details)
    return answer


def import_line(evaluation: Evaluation, f: Formatter) -> str:
    """"Import: 0% or 6.1%. Depends on how the vehicle was imported. …": the import answer as one line."""
    answer = import_answer(evaluation, f)
    said = " ".join([answer.verdict.rstrip(".") + ".", *answer.details])  # a sentence, as the details are
    if answer.headline in ("", NOT_KNOWN):  # no figure: the card's placeholder is not words
        return translate("Answers", "Import: {said}").format(said=said)
    return translate("Answers", "Import: {figure}. {said}").format(figure=answer.headline, said=said)


def _quota_year_details(evaluation: Evaluation, f: Formatter) -> list[str]:
    quota = evaluation.quota
    details = []
    if quota.year_start is not None and quota.year_end is not None:
        details.append(translate("Answers", "Quota year {number}: {start} to {end}.").format(
            number=quota.year, start=f.date(quota.year_start), end=f.date(quota.year_end - dt.timedelta(days=1))))
    if quota.year_size is not None:
        size = f.number(quota.year_size)
        if quota.size_published:
            details.append(translate("Answers", "{size} vehicles in that year.").format(size=size))
        else:
            details.append(translate("Answers", "About {size} vehicles in that year (computed; not published).").format(
                size=size))
    return details


def quota_answer(evaluation: Evaluation, f: Formatter) -> Answer:
    """Both questions: is it covered by the quota (`applies`), and did it take one of its places (`counts`)."""
    quota = evaluation.quota
    if quota.applies is False:
        # The criterion that decided it (assembled elsewhere, a powertrain it does not cover, before it began).
        reason = (_first(evaluation, Question.QUOTA, Outcome.NOT_APPLICABLE)
                  or next((c for c in evaluation.explanation if c.question is Question.QUOTA), None))
        return Answer("neutral", "○", translate("Answers", "Not covered by the China EV quota"),
                      translate("Answers", "Does not count"), [f.criterion(reason)] if reason is not None else [])
    year = _quota_year_details(evaluation, f)
    paid_surtax = evaluation.tariff.treatment == "mfn_plus_surtax"
    if quota.counts is False:  # entered over the quota: covered (or perhaps), but it took no place
        if quota.applies:
            said = (translate("Answers", "Covered by the quota; entered over it, so it took no place and paid the "
                                         "surtax.") if paid_surtax else
                    translate("Answers", "Covered by the quota; entered over it, so it took no place."))
        else:
            said = translate("Answers", "Entered over the quota, so it took no place, whether or not the quota "
                                        "covers it.")
        verdict = (translate("Answers", "Covered; entered over the quota") if quota.applies else
                   translate("Answers", "Entered over the quota"))
        return Answer("neutral", "○", verdict, translate("Answers", "Does not count"), [said, *year])
    if quota.counts:
        details = [translate("Answers", "Covered by the quota; entered within it, so it takes one of the year's "
                                        "places."), *year]
        if quota.permit_required:
            details.append(translate("Answers", "The importer needs a shipment permit."))
        return Answer("neutral", "●", translate("Answers", "Quota year {number}").format(number=quota.year),
                      translate("Answers", "Counts"), details)
    # Not known: whether it is covered, or (covered) whether it entered within the quota.
    reason = _first(evaluation, Question.QUOTA, Outcome.UNKNOWN)
    details = [f.criterion(reason)] if reason is not None else []
    if quota.applies:
        details.insert(0, translate("Answers", "Covered by the quota; it takes a place only if it entered within it."))
    return Answer("unknown", "?", translate("Answers", "Needs review"), translate("Answers", "Not known"),
                  [*details, *year])


# --- incentive programs and their total -----------------------------------------------------------

def program_name(program: ProgramAnswer, f: Formatter) -> str:
    """EVAP is named by the window's own words; a province's program as its data names it."""
    if program.name is None:
        return translate("Answers", "EVAP rebate")
    return f.named(program.name)


def program_answer(program: ProgramAnswer, f: Formatter) -> Answer:
    details = []
    if program.low_confidence:
        details.append(translate("Answers", "Low confidence: the sources do not confirm it for this date."))
    if program.eligible is True:
        return Answer("good", "✓", translate("Answers", "Eligible"), f.money(program.amount), details)
    if program.eligible is False:
        if program.ended_on is not None:
            verdict = translate("Answers", "Ended on {date}").format(date=f.date(program.ended_on))
        else:
            verdict = translate("Answers", "Not eligible")
        return Answer("bad", "✗", verdict, f.money(program.amount), details)
    headline = (translate("Answers", "Up to {amount}").format(amount=f.money(program.potential_amount))
                if program.potential_amount is not None else translate("Answers", "Not known"))
    return Answer("unknown", "?", translate("Answers", "Needs review"), headline, details)


def total_text(total: IncentiveTotal, f: Formatter) -> str:
    """"$7,000.00 if both apply", "At least $5,000.00", or the amount alone."""
    amount = f.money(total.amount)
    if not total.complete and total.if_both_apply:
        return translate("Answers", "At least {amount}, if both apply").format(amount=amount)
    if not total.complete:
        return translate("Answers", "At least {amount}").format(amount=amount)
    if total.if_both_apply:
        return translate("Answers", "{amount} if both apply").format(amount=amount)
    return amount


def total_headline(evaluation: Evaluation, f: Formatter) -> str:
    """The total as the card and the statement show it: "Not known" rather than "At least $0.00" while no
    program's amount is known yet."""
    total = evaluation.total
    if total is None or all(program.amount is None for program in evaluation.programs):
        return translate("Answers", "Not known")
    return total_text(total, f)


def fee_line(fee: FeeInfo, f: Formatter) -> str:
    if fee.amount is None:
        return translate("Answers", "{fee}: every {months} months, amount not confirmed (information, not "
                                    "subtracted).").format(fee=f.named(fee.name), months=fee.every_months)
    return translate("Answers", "{fee}: {amount} every {months} months (information, not subtracted).").format(
        fee=f.named(fee.name), amount=f.money(fee.amount), months=fee.every_months)


def incentive_lines(evaluation: Evaluation, f: Formatter) -> list[str]:
    """One line per program checked: its name, the figure, and the status in symbol and words."""
    lines = []
    for program in evaluation.programs:
        # The federal rebate of a model built in several countries reads as its card does: by country.
        answer = (rebate_answer(evaluation, f) if program.province is None and evaluation.assembly_cases
                  else program_answer(program, f))
        line = translate("Answers", "{program}: {figure} ({symbol} {verdict})").format(
            program=program_name(program, f), figure=answer.headline, symbol=answer.symbol, verdict=answer.verdict)
        if program.low_confidence:
            line += " · " + translate("Answers", "low confidence")
        lines.append(line)
    return lines


def incentives_answer(evaluation: Evaluation, f: Formatter) -> Answer:
    """The total a buyer may get, with one line per program (and the province's EV fees, for information)."""
    total = evaluation.total
    province = evaluation.province
    details = incentive_lines(evaluation, f)
    if province is not None:
        if province.status == "not_given":
            details.append(translate("Answers", "Province of registration not given: the provincial programs are "
                                                "not checked."))
        elif province.status == "not_known":
            details.append(translate("Answers", "{province}: its programs are not known.").format(
                province=f.province(province.code)))
        elif province.status == "no_program":
            details.append(translate("Answers", "{province}: no provincial program.").format(
                province=f.province(province.code)))
        details += [fee_line(fee, f) for fee in province.fees]
    if total is None:
        return Answer("unknown", "?", translate("Answers", "Not known"), NOT_KNOWN, details)
    headline = total_headline(evaluation, f)
    if not total.complete:
        if province is not None and province.status == "not_given":
            verdict = translate("Answers", "Federal only: choose the province of registration")
        elif province is not None and province.status == "not_known":
            verdict = translate("Answers", "Not complete: the province's programs are not known")
        else:
            verdict = translate("Answers", "Not complete: an amount is not known")
        return Answer("unknown", "?", verdict, headline, details)
    if total.if_both_apply:
        return Answer("neutral", "i", translate("Answers", "If both apply: combining them is not confirmed"), headline,
                      details)
    return Answer("good" if total.amount else "neutral", "✓" if total.amount else "i", translate("Answers", "In all"),
                  headline, details)
