"""Steps shared between evaluations (`Trace.shared`) change no answer: each generated deal is answered by a
policy that has already answered many others, and by a fresh copy of it that has answered none, and the two
evaluations are equal, every step, note and figure, and each value of the same type.

The values are drawn from small sets on purpose, so that deals meet each other's keys often while differing
in the fields around them: a key that leaves out a field its step reads would hand one deal another's step.
Besides the bundled policy, the deals are answered under a staggered copy of it whose every dated value is
cut at days of its own, with other values and notes in each piece: in the bundled file several values
change on the same days, so a key that names one of them and not another would go unseen there."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evdesk.policy import Policy
from evdesk.rules import Evaluation, SaleRequest, evaluate, trace
from evdesk.rules.result import Criterion
from evdesk.terms import Buyer, Condition, Confidence, ImportKind, Powertrain, QuotaPosition, Tri

CUTS = [dt.date(2021, 6, 1), dt.date(2025, 3, 1), dt.date(2026, 3, 20), dt.date(2026, 4, 10), dt.date(2026, 6, 1),
        dt.date(2026, 9, 1), dt.date(2026, 12, 1), dt.date(2027, 3, 1), dt.date(2027, 6, 15), dt.date(2028, 2, 1),
        dt.date(2029, 2, 1), dt.date(2030, 5, 1)]


def _other(value: object, piece: int) -> object:
    """Another value of the same kind for each piece of a cut window: a key that mixes pieces up shows."""
    if isinstance(value, bool):
        return value if piece % 2 == 0 else not value
    if isinstance(value, Decimal):
        return value + piece
    if isinstance(value, int):
        return value + 1000 * piece
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=piece)
    return value


def _staggered(policy: Policy) -> Policy:
    """The policy with each dated value of the rebate, the tariff and the quota cut at three days of its own:
    three of `CUTS`, moved by the value's own number of days, so that no two values change on the same day."""
    sections, count = {}, itertools.count()
    for name in ("evap", "tariff", "quota"):
        section = getattr(policy.data, name)
        cut = {}
        for field, series in vars(section).items():
            if not hasattr(series, "at"):
                continue
            own = dt.timedelta(days=next(count))
            days = [day + own for day in random.Random(f"{name}.{field}").sample(CUTS, 3)]
            windows = []
            for window in series.values:
                bounds = [window.start, *sorted(d for d in days if window.start < d < window.end), window.end]
                # Every other piece at low confidence, so that the warnings about it differ from piece to piece.
                windows += [window.model_copy(update={"start": start, "end": end, "value": _other(window.value, k),
                                                      "note": f"{window.note} (piece {k})",
                                                      "confidence": Confidence.LOW if k % 2 else window.confidence})
                            for k, (start, end) in enumerate(itertools.pairwise(bounds))]
            cut[field] = series.model_copy(update={"values": windows})
        sections[name] = section.model_copy(update=cut)
    return dataclasses.replace(policy, data=policy.data.model_copy(update=sections))


@pytest.fixture(scope="module", params=["bundled", "staggered"])
def policies(request: pytest.FixtureRequest, policy: Policy) -> Policy:
    return policy if request.param == "bundled" else _staggered(policy)


def _typed(value: object) -> object:
    """The value as a tree of (type, contents): equal only where `==` is and the types are the same too
    (Money and Percent are both Decimals; 1 and 1.00 are equal Decimals)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return type(value).__name__, tuple((f.name, _typed(getattr(value, f.name))) for f in dataclasses.fields(value))
    if isinstance(value, dict):
        return "dict", tuple((key, _typed(item)) for key, item in value.items())
    if isinstance(value, list | tuple):
        return type(value).__name__, tuple(_typed(item) for item in value)
    if isinstance(value, SaleRequest):
        return "SaleRequest", value.model_dump_json()
    return type(value).__name__, repr(value)


def _turning_days(policy: Policy) -> list[dt.date]:
    """Every day a dated value of the policy starts or ends, and the day before it."""
    days: set[dt.date] = set()
    for section in (policy.data.evap, policy.data.tariff, policy.data.quota):
        for series in vars(section).values():
            for window in getattr(series, "values", None) or ():
                if hasattr(window, "start"):
                    days.update({window.start, window.start - dt.timedelta(days=1), window.end,
                                 window.end - dt.timedelta(days=1)})
    # The provincial programs' own days: their windows and suspensions (Québec's in 2025).
    provinces = policy.provinces
    for program in provinces.programs.values() if provinces is not None else ():
        windows = [*program.suspensions, *(w for _, timeline in program.timelines() for w in timeline.values)]
        for window in windows:
            days.update({window.start, window.start - dt.timedelta(days=1), window.end,
                         window.end - dt.timedelta(days=1)})
    # Before and after every value, twice each: days alike to the rules but for their own dates.
    days.update({dt.date(2019, 1, 1), dt.date(2019, 6, 1), dt.date(2033, 1, 1), dt.date(2034, 6, 1)})
    return sorted(days)


# Listed trims (one Canadian-made) and a model's other trims, models the assembly data places in one country,
# in two, or in none, and an unlisted one; as typed or in other case. VINs from plants in Mexico (two
# makers), the U.S., China and Korea, one with a wrong check digit.
VEHICLES = [(None, None, None), ("Chevrolet", "Bolt", "LT"), ("Chevrolet", "Bolt", "RS"), ("Chevrolet", "Bolt", None),
            ("chevrolet", "BOLT", "LT"), ("Chrysler", "Pacifica", "Limited"), ("Kia", "EV6", None),
            ("Tesla", "Model Y", None), ("Subaru", "Uncharted", None), ("Volvo", "EX30 Twin Motor Performance", None),
            ("Lada", "Niva", None)]
VINS = [None, "3GNKDBRJ8TS123456", "3GNKDBRJ0TS123456", "3FMTK1R48TS123456", "5YJ3E1EA4TF123456",
        "LRWYGCEK6TC123456", "KM8KRDAF7TU123456", "1V2GNPE88TC123456"]
AMOUNTS = [Decimal(v) for v in ("0.00", "499.00", "1800.00")]


def _values(days: list[dt.date]) -> dict[str, list]:
    """The values each field takes here, by name (`sale`, `claim_gap` and `vehicle` are made into the
    request's): the thresholds' two sides, each kind of answer, and not given."""
    return {
        "sale": days,
        "claim_gap": [None, 0, 1, 30, 400],
        "vehicle": VEHICLES,
        # The vehicle's make, model or trim alone, changed from the vehicle's (`FROM_VEHICLE` in a base deal).
        "make": ["Chevrolet", "Kia", "Tesla", None],
        "model": ["Bolt", "EV6", "Model Y", None],
        "trim": ["LT", "RS", None],
        "vin": VINS,
        "model_year": [None, 2025, 2026, 2027],
        "powertrain": [None, *Powertrain],
        "assembly": [None, "CA", "US", "MX", "CN", "DE", "IN", "BN", "MY"],
        "origin": [None, "CA", "US", "CN", "KR"],
        "vehicle_price": [None, *(Decimal(v) for v in ("30000.00", "49999.99", "50000.00", "50000.01", "65000.00"))],
        "options": AMOUNTS, "dealer_fees": AMOUNTS, "freight_pdi": AMOUNTS, "warranty": AMOUNTS,
        "freight_pdi_in_ftv": [None, True, False],
        "lease_months": [None, 11, 12, 24, 36, 47, 48, 60],
        "condition": list(Condition),
        "odometer_km": [None, 0, 9_999, 10_000, 25_000],
        "buyer": list(Buyer),
        "prior_incentives": [None, 0, 1, 9, 10, 49, 50],
        "quota_position": list(QuotaPosition),
        "fta_origin_met": list(Tri),
        "import_kind": list(ImportKind),
        "fob_price": [None, Decimal("34999.99"), Decimal("35000.00"), Decimal("35000.01")],
        # The provinces' programs: their caps' two sides (Québec's MSRP of $65,000, Manitoba's $70,000), the
        # option groups Québec adds to the MSRP, the battery tiers, and a capacity written two ways.
        "province": [None, "CA-QC", "CA-MB", "CA-PE", "CA-NL", "CA-NS", "CA-ON", "CA-NU"],
        "msrp": [None, *(Decimal(v) for v in ("49999.99", "64999.99", "65000.00", "69999.99", "70000.00",
                                              "70000.01"))],
        "msrp_options": [None, Decimal("0.00"), Decimal("6000.00")],
        "registration_gap": [None, 0, 45],
        "battery_kwh": [None, *(Decimal(v) for v in ("7.9", "8", "8.00", "14.99", "15", "82"))],
    }


FROM_VEHICLE = object()


def _request(sale: dt.date, claim_gap: int | None, vehicle: tuple, make: object = FROM_VEHICLE,
             model: object = FROM_VEHICLE, trim: object = FROM_VEHICLE, registration_gap: int | None = None,
             **fields: object) -> SaleRequest:
    named = [vehicle[i] if given is FROM_VEHICLE else given for i, given in enumerate((make, model, trim))]
    def after(gap: int | None) -> dt.date | None:
        return None if gap is None else sale + dt.timedelta(days=gap)

    return SaleRequest(sale_date=sale, claim_date=after(claim_gap), registration_date=after(registration_gap),
                       make=named[0], model=named[1], trim=named[2], **fields)


def _neighbours(base: dict[str, object], values: dict[str, list], pairs: list[dict[str, object]]) -> list[SaleRequest]:
    """The deal, every deal that differs from it in one field, field by field, and the deals that differ from
    it in two (`pairs`): each shares most of its keys with the deal before it, so a key that leaves out a field
    its step reads meets the deal that differs in that field, and hands it the other's step."""
    deals = [_request(**base)]
    for name, choices in values.items():
        deals += [_request(**{**base, name: value}) for value in choices if value != base.get(name, FROM_VEHICLE)]
    return deals + [_request(**{**base, **pair}) for pair in pairs]


def _fresh(policy: Policy) -> Policy:
    """The same policy, with nothing shared or remembered yet."""
    return dataclasses.replace(policy)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_shared_step_is_the_step_the_deal_would_get_on_its_own(policies: Policy, data: st.DataObject) -> None:
    values = _values(_turning_days(policies))
    drawn = {name: st.sampled_from(choices) for name, choices in values.items()
             if name not in ("make", "model", "trim")}
    # Half the deals start from one that may well be paid, so that the steps of a paid deal (its reminders,
    # the step-down) are met as often as a refusal's.
    likely = {**drawn, "powertrain": st.just(Powertrain.BEV), "assembly": st.sampled_from(["CA", "US", "MX"]),
              "vehicle_price": st.just(Decimal("30000.00")), "condition": st.just(Condition.NEW),
              "buyer": st.just(Buyer.INDIVIDUAL), "prior_incentives": st.just(0), "lease_months": st.just(None),
              "province": st.sampled_from(["CA-QC", "CA-MB", "CA-PE"]), "msrp": st.just(Decimal("49999.99"))}
    base = data.draw(st.one_of(st.fixed_dictionaries(drawn), st.fixed_dictionaries(likely)))
    one = st.sampled_from(sorted(values)).flatmap(lambda name: st.sampled_from(values[name]).map(lambda v: (name, v)))
    pairs = data.draw(st.lists(st.tuples(one, one).map(dict), max_size=12))
    shared = _fresh(policies)  # this example's own: the deals before it leave nothing behind
    for deal in _neighbours(base, values, pairs):
        assert _typed(evaluate(deal, shared)) == _typed(evaluate(deal, _fresh(policies)))


def test_the_steps_kept_are_bounded_and_a_full_store_starts_again(policy: Policy,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trace, "SHARED_STEPS_KEPT", 64)
    small = _fresh(policy)
    start = dt.date(2026, 3, 1)
    first = None
    for day in range(100):  # each day its own steps of the kinds keyed by date: 100 of each
        deal = SaleRequest(sale_date=start + dt.timedelta(days=day), powertrain=Powertrain.BEV, assembly="US",
                           vehicle_price=Decimal("45000.00"))
        assert evaluate(deal, small) == evaluate(deal, _fresh(policy))
        assert 0 < max(len(kind) for kind in small.steps.values()) <= 64
        first = first or evaluate(deal, small)
    # A kind whose key has no date kept its one step while the dated kinds were emptied and refilled.
    assert len(small.steps["evap.powertrain"]) == 1
    assert _step(first, "evap.powertrain") is _step(evaluate(deal, small), "evap.powertrain")
    again = evaluate(deal, small)  # the last deal's steps are still there, and replayed as they were made
    assert again == evaluate(deal, _fresh(policy))
    assert _step(again, "evap.program_dates") is _step(evaluate(deal, small), "evap.program_dates")


def _step(evaluation: Evaluation, rule: str) -> Criterion:
    return next(step for step in evaluation.explanation if step.rule == rule)


def _deal(**fields: object) -> SaleRequest:
    base: dict[str, object] = {"sale_date": dt.date(2025, 6, 1), "powertrain": Powertrain.BEV, "assembly": "US",
                               "vehicle_price": Decimal("40000.00"), "msrp": Decimal("49999.99"), "odometer_km": 1000}
    return SaleRequest(**{**base, **fields})


# Two deals alike but in one field a provincial program reads, in force on the day: the second, answered after
# the first by the same policy, must get its own steps (each side of a cap, a tier, a capacity written two ways).
PROVINCIAL_PAIRS = [
    ("Manitoba's cap on a used car's transaction value",
     {"province": "CA-MB", "condition": Condition.USED, "sale_date": dt.date(2026, 1, 15)},
     {"vehicle_price": Decimal("45000.00")}),
    ("the same, over the cap", {"province": "CA-MB", "condition": Condition.USED, "sale_date": dt.date(2026, 1, 15)},
     {"vehicle_price": Decimal("70000.01")}),
    ("Québec's MSRP cap", {"province": "CA-QC"}, {"msrp": Decimal("65000.00")}),
    ("Québec's option groups",
     {"province": "CA-QC", "sale_date": dt.date(2025, 12, 1), "msrp_options": Decimal("0.00")},
     {"msrp_options": Decimal("6000.00")}),
    ("Québec's registration date", {"province": "CA-QC"}, {"registration_date": dt.date(2025, 6, 1)}),
    ("a battery tier", {"province": "CA-QC", "powertrain": Powertrain.PHEV, "battery_kwh": Decimal("14.99")},
     {"battery_kwh": Decimal("15")}),
    ("a capacity written two ways", {"province": "CA-QC", "powertrain": Powertrain.PHEV, "battery_kwh": Decimal("8")},
     {"battery_kwh": Decimal("8.00")}),
    ("a lease term", {"province": "CA-PE", "sale_date": dt.date(2026, 1, 15), "lease_months": 36},
     {"lease_months": 48}),
    ("the powertrain", {"province": "CA-PE", "sale_date": dt.date(2026, 1, 15)}, {"powertrain": Powertrain.PHEV}),
    ("the condition", {"province": "CA-PE", "sale_date": dt.date(2026, 1, 15)}, {"condition": Condition.DEMONSTRATOR}),
]


@pytest.mark.parametrize(("first", "change"), [(first, change) for _, first, change in PROVINCIAL_PAIRS],
                         ids=[name for name, _, _ in PROVINCIAL_PAIRS])
def test_a_provincial_program_shared_between_deals_reads_its_own_fields(policy: Policy, first: dict[str, object],
                                                                        change: dict[str, object]) -> None:
    shared = _fresh(policy)
    one, other = _deal(**first), _deal(**{**first, **change})
    for deal in (one, other, one):
        assert _typed(evaluate(deal, shared)) == _typed(evaluate(deal, _fresh(policy)))


def test_an_amount_changed_without_validation_is_shown_as_it_is_written(policy: Policy) -> None:
    """Validation writes amounts in cents, but a request changed with `model_copy` can hold 60000 where another
    deal held 60000.00: the program's steps it shares are those of the same amounts as written."""
    shared = _fresh(policy)
    written = _deal(province="CA-QC", msrp=Decimal("60000.00"), msrp_options=Decimal("0.00"))
    plain = written.model_copy(update={"msrp": Decimal("60000"), "msrp_options": Decimal("0")})
    for deal in (written, plain):
        assert _typed(evaluate(deal, shared)) == _typed(evaluate(deal, _fresh(policy)))
