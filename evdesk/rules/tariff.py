"""The import duty on a passenger vehicle (Customs Tariff heading 8703), by country of final assembly.

Order of the tests: made in Canada (no import); China (MFN, plus the surtax unless entered within the
quota); a free trade partner (preferential rate when the rules of origin are met); everyone else (MFN).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from evdesk.rules.request import SaleRequest
from evdesk.rules.result import TariffAnswer, TariffComponent
from evdesk.rules.trace import QT_TRANSLATE_NOOP, Trace, window_marks
from evdesk.rules.values import Agreement, Country, Percent, Term
from evdesk.rules.vehicle import Vehicle
from evdesk.terms import ImportKind, Outcome, Powertrain, Question, QuotaPosition, Tri

if TYPE_CHECKING:  # the policy's classes are type hints here: importing the rules loads no schema
    from evdesk.policy.loader import Policy

Q = Question.TARIFF
ONE_DAY = dt.timedelta(days=1)


def _answer(rate: Decimal | None, treatment: str, components: list[TariffComponent],
            may_apply: list[TariffComponent] | None = None, agreement: str | None = None,
            possible: tuple[Decimal, Decimal] | None = None, depends_on: str | None = None) -> TariffAnswer:
    return TariffAnswer(
        rate_percent=Percent(rate) if rate is not None else None, treatment=treatment, agreement=agreement,
        components=components, may_apply=may_apply or [],
        possible_rates=[Percent(r) for r in possible] if possible else [], depends_on=depends_on)


def _component(name: str, rate: Decimal) -> TariffComponent:
    return TariffComponent(name=name, rate_percent=Percent(rate))


def _unknown(trace: Trace, message: str, **params: object) -> TariffAnswer:
    trace.check("tariff.treatment", Q, Outcome.UNKNOWN, message, **params)
    return _answer(None, "unknown", [])


def _china(trace: Trace, policy: Policy, request: SaleRequest, vehicle: Vehicle,
           entry: dt.date, mfn: Decimal) -> TariffAnswer:
    tariff = policy.data.tariff
    surtax_window = tariff.china_surtax.at(entry)
    mfn_window = tariff.mfn_rate_percent.at(entry)
    mfn_only = [_component("mfn", mfn)]
    if vehicle.powertrain is None:
        return _unknown(trace, QT_TRANSLATE_NOOP(
            "rules", "Assembled in China: the surtax depends on the powertrain, which is not given."),
            source_id=surtax_window.source if surtax_window else None)
    first_surtax = tariff.china_surtax.values[0]
    if surtax_window is None and entry < first_surtax.start:
        trace.check("tariff.treatment", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Assembled in China and entered before the China surtax began on {start}: the MFN duty of "
                     "{mfn}."), source=mfn_window, start=first_surtax.start, mfn=Percent(mfn))
        return _answer(mfn, "mfn", mfn_only)
    if surtax_window is None or vehicle.powertrain not in surtax_window.value.powertrains:
        trace.check("tariff.treatment", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Assembled in China, a {powertrain}: the China surtax does not cover it, so the MFN duty of "
                     "{mfn} applies."), source=surtax_window or mfn_window,
            powertrain=Term(vehicle.powertrain), mfn=Percent(mfn))
        return _answer(mfn, "mfn", mfn_only)
    surtax = Decimal(surtax_window.value.rate_percent)
    with_surtax = [*mfn_only, _component("china_surtax", surtax)]
    quota_year = policy.data.quota.years.at(entry)
    first_quota_day = policy.data.quota.years.values[0].start
    if quota_year is None and entry < first_quota_day:
        trace.check("tariff.treatment", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Assembled in China and entered before the quota began on {quota_start}: MFN {mfn} plus the "
                     "{surtax} surtax, {total} in all."), source=surtax_window,
            quota_start=first_quota_day, mfn=Percent(mfn), surtax=Percent(surtax), total=Percent(mfn + surtax))
        return _answer(mfn + surtax, "mfn_plus_surtax", with_surtax)
    if request.quota_position is QuotaPosition.UNKNOWN:
        trace.check("tariff.treatment", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Assembled in China: {mfn} if it entered within the quota with a permit, {total} (MFN plus "
                     "the {surtax} surtax) if it entered over it. Ask the importer which."), source=surtax_window,
            mfn=Percent(mfn), surtax=Percent(surtax), total=Percent(mfn + surtax))
        return _answer(None, "unknown", [], possible=(mfn, mfn + surtax), depends_on="quota_position")
    if request.quota_position is QuotaPosition.WITHIN:
        trace.check("tariff.treatment", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Assembled in China and entered within the quota: the MFN duty of {mfn} alone; the {surtax} "
                     "surtax is lifted inside the quota."), source=quota_year or surtax_window,
            mfn=Percent(mfn), surtax=Percent(surtax))
        if request.import_kind is ImportKind.PERSONAL:
            trace.warn("tariff.personal_import_quota", Q, QT_TRANSLATE_NOOP(
                "rules", "A personal importation needs no quota permit, but whether it can enter at the quota's "
                         "{mfn} is not confirmed: the China surtax applies to personal importations ({total})."),
                source=surtax_window, mfn=Percent(mfn), total=Percent(mfn + surtax))
        if vehicle.powertrain is Powertrain.HEV:
            trace.warn("tariff.hev_quota", Q, QT_TRANSLATE_NOOP(
                "rules", "Whether non-plug-in hybrids can enter within the China EV quota is not confirmed: if not, "
                         "the surtax applies ({total})."), source=quota_year, total=Percent(mfn + surtax))
        return _answer(mfn, "mfn_within_quota", mfn_only)
    trace.check("tariff.treatment", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
        "rules", "Assembled in China and entered over the quota: MFN {mfn} plus the {surtax} surtax, {total} in all."),
        source=surtax_window, mfn=Percent(mfn), surtax=Percent(surtax), total=Percent(mfn + surtax))
    return _answer(mfn + surtax, "mfn_plus_surtax", with_surtax)


def _counter_tariff(trace: Trace, policy: Policy, entry: dt.date, assembly: str,
                    origin_met: Tri) -> list[TariffComponent]:
    """Canada's counter-tariff on U.S. vehicles: whether it was paid depends on the importer's CUSMA
    status and remission quota, which the dealer cannot see, so it is shown as "may apply"."""
    window = policy.data.tariff.us_counter_tariff.at(entry)
    if window is None or window.value.origin != assembly:
        return []
    rate = Percent(window.value.rate_percent)
    if origin_met is Tri.YES:
        message = QT_TRANSLATE_NOOP(
            "rules", "Canada's {rate} counter-tariff may apply to the non-Canadian, non-Mexican content of this "
                     "CUSMA vehicle, unless the importer has a remission quota. The dealer cannot see this; ask the "
                     "importer.")
    elif origin_met is Tri.NO:
        message = QT_TRANSLATE_NOOP(
            "rules", "Canada's {rate} counter-tariff may apply to this U.S. vehicle's full value (it does not meet "
                     "CUSMA), unless the importer has a remission quota.")
    else:
        message = QT_TRANSLATE_NOOP(
            "rules", "Canada's {rate} counter-tariff may apply, unless the importer has a remission quota: on the "
                     "full value if this U.S. vehicle does not meet CUSMA, on its non-Canadian, non-Mexican content "
                     "if it does.")
    trace.warn("tariff.us_counter_tariff", Q, message, source=window, rate=rate)
    return [_component("us_counter_tariff", rate)]


def tariff_key(trace: Trace, policy: Policy, request: SaleRequest, vehicle: Vehicle) -> tuple:
    """Everything `assess_tariff` reads: its steps and answer are shared by the deals with the same key
    (`Trace.shared`). A field read there and missing here would give one deal another's duty. The date
    counts by the windows it falls in, and as itself where a step names it (no duty rate for that day)."""
    day = request.sale_date
    return ("tariff", trace.shared(("tariff.day", day), _tariff_day, policy, day), vehicle.assembly,
            vehicle.powertrain, request.quota_position, request.import_kind, request.fta_origin_met)


def _tariff_day(policy: Policy, day: dt.date) -> tuple:
    tariff = policy.data.tariff
    marks = window_marks(day, tariff.mfn_rate_percent, tariff.china_surtax, tariff.fta_partners,
                         tariff.fta_rate_percent, tariff.us_counter_tariff, policy.data.quota.years)
    return (*marks, day if marks[0] in ("before", "after") else None)  # no MFN rate: the step names the day


def assess_tariff(trace: Trace, policy: Policy, request: SaleRequest, vehicle: Vehicle) -> TariffAnswer:
    tariff = policy.data.tariff
    entry = request.sale_date  # the customs entry date is not asked; the sale date stands in for it
    trace.check("tariff.scope", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
        "rules", "Duty on the vehicle's entry into Canada, for a passenger vehicle (heading 8703), taking the sale "
                 "date as the entry date. Duty is charged on the value for duty, not the retail price."),
        source=tariff.mfn_rate_percent.at(entry) or tariff.mfn_rate_percent.values[-1])
    assembly = vehicle.assembly
    if assembly is None:
        return _unknown(trace, QT_TRANSLATE_NOOP(
            "rules", "Country of final assembly not given: the duty depends on it."))
    if assembly == policy.data.domestic:
        trace.check("tariff.treatment", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Assembled in Canada: no import duty applies."), country=Country(assembly))
        return _answer(Decimal(0), "domestic", [])
    mfn_window = tariff.mfn_rate_percent.at(entry)
    if mfn_window is None:
        return _unknown(trace, QT_TRANSLATE_NOOP(
            "rules", "No duty rate in this policy file for {date}: it covers {start} to {end}."),
            date=entry, start=policy.data.coverage.start, end=policy.data.coverage.end - ONE_DAY)
    mfn = Decimal(mfn_window.value)
    if assembly == policy.data.quota.origin:
        return _china(trace, policy, request, vehicle, entry, mfn)

    partners = tariff.fta_partners.at(entry)
    partner = policy.fta_partner(partners, assembly) if partners else None
    if partner is None:
        trace.check("tariff.treatment", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Assembled in {country}, which has no free trade agreement with Canada: the MFN duty of {mfn}."),
            source=mfn_window, country=Country(assembly), mfn=Percent(mfn))
        return _answer(mfn, "mfn", [_component("mfn", mfn)])

    fta_window = tariff.fta_rate_percent.at(entry) or tariff.fta_rate_percent.values[-1]
    fta_rate = Decimal(fta_window.value)
    agreement = Agreement(partner.agreement)
    may_apply = _counter_tariff(trace, policy, entry, assembly, request.fta_origin_met)
    if request.fta_origin_met is Tri.YES:
        trace.check("tariff.treatment", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Assembled in {country} and meeting the {agreement} rules of origin: {rate} duty."),
            source=fta_window, country=Country(assembly), agreement=agreement, rate=Percent(fta_rate))
        return _answer(fta_rate, "fta_preferential", [_component("fta", fta_rate)], may_apply, partner.agreement)
    if request.fta_origin_met is Tri.NO:
        trace.check("tariff.treatment", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Assembled in {country} but not meeting the {agreement} rules of origin: the MFN duty of {mfn}."),
            source=mfn_window, country=Country(assembly), agreement=agreement, mfn=Percent(mfn))
        return _answer(mfn, "mfn", [_component("mfn", mfn)], may_apply, partner.agreement)
    trace.check("tariff.treatment", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
        "rules", "Assembled in {country}: {rate} if it meets the {agreement} rules of origin, the MFN {mfn} if not."),
        source=fta_window, country=Country(assembly), agreement=agreement, rate=Percent(fta_rate),
        mfn=Percent(mfn))
    return _answer(None, "unknown", [], may_apply, partner.agreement, possible=(fta_rate, mfn),
                   depends_on="fta_origin")
