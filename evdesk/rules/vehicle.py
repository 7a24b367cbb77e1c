"""Which vehicle this is: what the user said, what the VIN says, what Transport Canada's list says.

The user's own answer wins; the VIN and the list fill what was left empty and raise a warning when
they disagree. The list is evidence, not the rule: an unlisted vehicle may still qualify.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from evdesk.rules.assembly import assembly_from_model
from evdesk.rules.request import SaleRequest
from evdesk.rules.trace import QT_TRANSLATE_NOOP, Trace
from evdesk.rules.values import Country, Term, Text
from evdesk.terms import Outcome, Powertrain, Question
from evdesk.vin import VinFacts, decode_vin

if TYPE_CHECKING:  # the policy's classes are type hints here: importing the rules loads no schema
    from evdesk.policy.loader import Policy

Q = Question.VEHICLE


@dataclass(frozen=True, slots=True)
class Vehicle:
    """What the rules go on: the user's answers, completed from the VIN and Transport Canada's list."""

    powertrain: Powertrain | None
    assembly: str | None
    origin: str | None
    # The model's countries of assembly when it has several and none was given: the answer for each is
    # worked out (`rules.by_assembly`). Empty otherwise.
    candidates: tuple[str, ...] = ()


def _decode(request: SaleRequest, trace: Trace) -> VinFacts | None:
    if not request.vin:
        return None
    facts = decode_vin(request.vin)  # the request has already refused a malformed VIN
    if facts.check_digit == "valid":
        trace.check("vehicle.vin", Q, Outcome.PASS, QT_TRANSLATE_NOOP(
            "rules", "VIN {vin}: its check digit is right."), vin=Text(facts.vin))
    else:
        trace.warn("vehicle.vin_check_digit", Q, QT_TRANSLATE_NOOP(
            "rules", "The VIN's check digit is {found}, but its other characters give {expected}. Check the VIN "
                     "for a typing error (some VINs from outside North America carry no check digit)."),
                   found=Text(facts.vin[8]), expected=Text(facts.check_digit_expected))
    return facts


def model_year_from_vin(vin: VinFacts, sale_date: dt.date) -> int | None:
    """The model year a VIN means on a sale date. Position 10 repeats every 30 years: the newest
    candidate that is not after next year's models is meant, read against the sale date, never today's.
    The window fills its year box with this."""
    return next(iter(vin.model_years(latest=sale_date.year + 1)), None)


def _model_year(request: SaleRequest, vin: VinFacts | None) -> int | None:
    if request.model_year is not None:
        return request.model_year
    return model_year_from_vin(vin, request.sale_date) if vin is not None else None


def identify_vehicle(request: SaleRequest, policy: Policy, trace: Trace) -> Vehicle:
    vin = _decode(request, trace)
    model_year = _model_year(request, vin)
    # The rest reads nothing of the VIN but its plant's country and maker code: the steps and the vehicle
    # are shared by the deals with the same key (`Trace.shared`), a stock list's many units of one model.
    key = ("vehicle", vin.assembly_country if vin is not None else None, vin.wmi if vin is not None else None,
           model_year, request.make, request.model, request.trim, request.powertrain, request.assembly,
           request.origin)
    return trace.shared(key, _identify, request, policy, trace, vin, model_year)


def _identify(request: SaleRequest, policy: Policy, trace: Trace, vin: VinFacts | None,
              model_year: int | None) -> Vehicle:
    """The vehicle from what was entered, the VIN's plant and the lists: reads only what the key in
    `identify_vehicle` names."""
    powertrain = request.powertrain
    assembly = request.assembly
    # The brand's home country is not read from the VIN: the maker code names the plant's country
    # (3GN is Chevrolet Mexico, LRW Tesla Shanghai), and domain.md means the brand's (Tesla: US).
    origin = request.origin

    if vin is not None and vin.assembly_country:
        if assembly is None:
            assembly = vin.assembly_country
            trace.check("vehicle.assembly_from_vin", Q, Outcome.INFO, QT_TRANSLATE_NOOP(
                "rules", "Final assembly taken from the VIN: its maker code {wmi} belongs to a plant in {country}."),
                wmi=Text(vin.wmi), country=Country(assembly))
        elif assembly != vin.assembly_country:
            trace.warn("vehicle.assembly_vin_mismatch", Q, QT_TRANSLATE_NOOP(
                "rules", "The VIN points to assembly in {vin_country}, but {country} was entered. The rules use "
                         "{country}; check the vehicle's compliance label."),
                vin_country=Country(vin.assembly_country), country=Country(assembly))

    listed = policy.vehicles.find(model_year, request.make, request.model, request.trim)
    list_window = policy.data.vehicle_list
    if listed is not None:
        message = (QT_TRANSLATE_NOOP("rules", "Listed by Transport Canada as Canadian-made: {year} {make} {model} "
                                              "{trim}, {powertrain}.") if listed.canadian_made else
                   QT_TRANSLATE_NOOP("rules", "Listed by Transport Canada: {year} {make} {model} {trim}, "
                                              "{powertrain}."))
        trace.check("vehicle.listed", Q, Outcome.PASS, message, source_id=list_window.source,
                    year=listed.model_year, make=Text(listed.make), model=Text(listed.model),
                    trim=Text(listed.trim), powertrain=Term(listed.powertrain))
        if powertrain is None:
            powertrain = listed.powertrain
        elif powertrain is not listed.powertrain:
            trace.warn("vehicle.powertrain_list_mismatch", Q, QT_TRANSLATE_NOOP(
                "rules", "Transport Canada lists this trim as {listed}, but {entered} was entered. The rules use "
                         "{entered}."), source_id=list_window.source,
                listed=Term(listed.powertrain), entered=Term(powertrain))
        domestic = policy.data.domestic
        if listed.canadian_made and assembly is None:
            assembly = domestic
        elif listed.canadian_made and assembly != domestic:
            trace.warn("vehicle.assembly_list_mismatch", Q, QT_TRANSLATE_NOOP(
                "rules", "Transport Canada lists this trim as Canadian-made, but assembly in {country} was entered. "
                         "The rules use the unit's own assembly country."),
                source_id=list_window.source, country=Country(assembly))
        elif not listed.canadian_made and assembly == domestic:
            # The other way round matters as much: assembly in Canada lifts the price cap.
            trace.warn("vehicle.assembly_list_mismatch", Q, QT_TRANSLATE_NOOP(
                "rules", "Transport Canada does not list this trim as Canadian-made, but assembly in {country} was "
                         "entered, which lifts the price cap. The rules use the unit's own assembly country: check "
                         "its compliance label."),
                source_id=list_window.source, country=Country(assembly))
    elif request.make and request.model:
        trace.warn("vehicle.unlisted", Q, QT_TRANSLATE_NOOP(
            "rules", "This vehicle is not on Transport Canada's list of {published}. An unlisted vehicle that "
                     "meets the criteria may still qualify: the dealer's portal gives the final word."),
            source_id=list_window.source, published=list_window.published)
    else:
        trace.check("vehicle.listed", Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Not checked against Transport Canada's list: pick the model year, make, model and trim to "
                     "confirm the powertrain and whether it is Canadian-made."), source_id=list_window.source)

    candidates: tuple[str, ...] = ()
    if assembly is None and request.make and request.model:
        # Neither the user, the VIN nor the list's Canadian-made mark said where: the model may.
        assembly, candidates = assembly_from_model(trace, policy, model_year, request.make, request.model)
    return Vehicle(powertrain=powertrain, assembly=assembly, origin=origin, candidates=candidates)
