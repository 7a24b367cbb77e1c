"""Final assembly from the model, when neither the user nor the VIN gave it (research: vehicle-assembly.md).

The policy's vehicle-assembly data says where each listed model is built, row by row with its source.
One sourced country: it is used, and the reasons say so ("from the model: change it if the VIN says
otherwise"), as the VIN's country is. Several: the unit could come from any of them, so the assembly stays
not known and the answer is worked out for each (`rules.by_assembly`). None found: not known, said so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from evdesk.rules.result import Citation
from evdesk.rules.trace import QT_TRANSLATE_NOOP, Trace
from evdesk.rules.values import Country, Named, Text
from evdesk.terms import Outcome, Question

if TYPE_CHECKING:  # the policy's classes are type hints here: importing the rules loads no schema
    from evdesk.policy.assembly import ModelAssembly
    from evdesk.policy.loader import Policy

Q = Question.VEHICLE
RULE = "vehicle.assembly_from_model"


def _citation(policy: Policy, row: ModelAssembly) -> Citation | None:
    """The row's source as the answer cites it, built once per row and kept in the policy's memo."""
    source = row.source
    if source is None:
        return None
    key = ("assembly", row.line)
    cached = policy.memo.get(key)
    if cached is None:
        reference = policy.data.vehicle_assembly
        cached = policy.memo[key] = Citation(
            source_id=f"{reference.file if reference else 'vehicle-assembly'}:{row.line}",
            title=Named(source.title, source.title_fr), publisher=Named(source.publisher, source.publisher_fr),
            url=source.url, date=source.date, confidence=source.confidence, note=row.note,
            en_title_official=source.title_kind == "headline")
    return cached


def assembly_from_model(trace: Trace, policy: Policy, model_year: int | None, make: str | None,
                        model: str | None) -> tuple[str | None, tuple[str, ...]]:
    """(the country to use, or None; the candidate countries when there are several). Asked only when the
    assembly is not known otherwise, so a request that names it costs nothing here."""
    data = policy.assembly
    row = data.find(model_year, make, model) if data is not None else None
    if row is None:
        return None, ()
    vehicle = {"year": model_year, "make": Text(row.make), "model": Text(row.model)}
    if not row.countries:
        trace.record(RULE, Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Final assembly not given, and no source was found for where the {year} {make} {model} is "
                     "assembled: enter the country from the VIN or the vehicle's compliance label."), None, **vehicle)
        return None, ()
    citation = _citation(policy, row)
    if len(row.countries) == 1:
        country = row.countries[0]
        trace.record(RULE, Q, Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Final assembly taken from the model: the {year} {make} {model} is assembled in {country}. "
                     "Change it if the VIN or the compliance label says otherwise."), citation,
            country=Country(country), **vehicle)
        return country, ()
    trace.record(RULE, Q, Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
        "rules", "The {year} {make} {model} is assembled in more than one country ({countries}): the answer is "
                 "given for each. The VIN or the compliance label tells which."), citation,
        countries=[Country(c) for c in row.countries], **vehicle)
    return None, row.countries
