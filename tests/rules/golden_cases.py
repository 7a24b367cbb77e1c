"""The golden answers: a few thousand generated requests and a digest of everything each one shows, recorded
from the code as it was before the engine was made faster, so that no speed-up changes a word.

What is compared, per request: the complete `to_json` answer in English and in French, the plain text
(`evdesk check`, the window's "copy as text") and the result view's rich text, each in both modes and both
languages. For requests the model refuses, each field's problem code and parameters instead.

The requests come from the property-test generators of tests/rules (`test_properties.requests`, the
provincial `test_program_properties.sales`), leaned towards the answers that matter (eligible, refused,
not known, leases, China, the free trade partners, the provinces), plus VINs and listed trims, raw text
as the CLI and the batch hand it over, and bad input. They are stored, not regenerated, so a change to a
generator does not change the golden set.

    python -m tests.rules.golden_cases record   # only when an answer is meant to change: re-record
    python -m tests.rules.golden_cases record --new-cases   # draw the requests again too
    python -m tests.rules.golden_cases show N   # one case's request and outputs, to diff by hand
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "golden"
REQUESTS = HERE / "requests.json.gz"
BASELINE = HERE / "baseline.json.gz"

# The day answers are judged on (the policy's staleness): fixed, so no golden output depends on today.
JUDGED_ON = dt.date(2026, 12, 15)

OUTPUTS = ("json-en", "json-fr", "text-dealer-en", "text-consumer-en", "text-dealer-fr", "text-consumer-fr",
           "html-dealer-en", "html-consumer-en", "html-dealer-fr", "html-consumer-fr")

# VINs from plants the rules treat differently (Canada, the United States, Mexico, China, Japan, Korea,
# Germany, the United Kingdom, Sweden), some with a wrong check digit, and WMIs vininfo does not know.
VINS = ["1HGCM82633A004352", "1M8GDM9AXKP042788", "2C3CDXGJ0NH000001", "2T3P1RFV4RC000001",
        "LRW3E7FA4PC000001", "LGXCE4CB0P0000001", "3FMTK3SU1MMA00001", "WBY8P2C09P7M00001",
        "JN1AZ0CP1BT000001", "KM8KRDAF5PU000001", "5YJ3E1EA7PF000001", "SALGA2BE4PA000001",
        "YV4ED3GL5P2000001", "3GNKDBRJ1RS000001", "1V2GNPE84PC000001", "2C3CDXGJ5RH123456",
        "LRW3E7FA9PC000001", "KNDAE5S17R6000001", "JTMFB3FV9RD000001", "ZZZ1234567A000001",
        "9BWZZZ377VT004251", "VF1RFA00067123456", "TMBJG7NE5H0000001", "XTA210990Y2766389"]


def _strategies() -> dict[str, Any]:
    from hypothesis import strategies as st

    from evdesk.policy import bundled_policy
    from evdesk.rules import SaleRequest
    from tests.rules.test_program_properties import provinces, sales
    from tests.rules.test_properties import requests

    listed = bundled_policy().vehicles.vehicles
    trims = st.sampled_from(listed).map(lambda v: {"model_year": v.model_year, "make": v.make,
                                                   "model": v.model, "trim": v.trim})
    unlisted = st.sampled_from([{"model_year": 2026, "make": "Tesla", "model": "Cybertruck", "trim": "AWD"},
                                {"make": "BYD", "model": "Seal"}, {"make": "Ford"}])

    def vehicle(request: Any, vin: str | None, names: dict[str, Any] | None, drop: list[str]) -> Any:
        fields = {k: v for k, v in request.model_dump().items() if k not in drop}
        if vin is not None:
            fields["vin"] = vin
        return SaleRequest.model_validate({**fields, **(names or {})})

    with_vehicle = st.builds(
        vehicle, requests, st.one_of(st.none(), st.sampled_from(VINS)), st.one_of(st.none(), trims, unlisted),
        st.sampled_from([[], ["assembly"], ["powertrain"], ["assembly", "powertrain"], ["model_year"]]))
    provincial = st.builds(lambda fields, province: SaleRequest(**fields, province=province), sales, provinces)
    # A province on the usual counter deal too, so the provincial answers meet the federal eligible ones.
    federal_with_province = st.builds(
        lambda request, province, msrp: SaleRequest.model_validate(
            {**request.model_dump(), "province": province, "msrp": msrp}),
        requests, provinces, st.one_of(st.none(), st.decimals(40_000, 72_000, places=2)))
    # What is not known: a few of the answers the rules turn on left out.
    unknowns = st.builds(
        lambda request, dropped: SaleRequest.model_validate(
            {k: v for k, v in request.model_dump().items() if k not in dropped}),
        requests, st.lists(st.sampled_from(["powertrain", "assembly", "vehicle_price", "prior_incentives",
                                            "odometer_km", "quota_position", "fta_origin_met"]),
                           min_size=1, max_size=3))
    # Made in China, entered within, over, or not known, before and after the surtax and the quota.
    china = st.builds(
        lambda request, position, day, fob: SaleRequest.model_validate(
            {**request.model_dump(), "assembly": "CN", "quota_position": position, "sale_date": day,
             "claim_date": None, "fob_price": fob}),
        requests, st.sampled_from(["within", "over", "over", "unknown"]),
        st.dates(dt.date(2024, 7, 1), dt.date(2028, 6, 30)),
        st.one_of(st.none(), st.decimals(20_000, 45_000, places=2)))
    # The provincial programs while they pay: Québec in 2026 under its cap, Manitoba and NL before they end.
    paying = st.builds(
        lambda request, province, day, msrp, kwh: SaleRequest.model_validate(
            {**request.model_dump(), "province": province, "sale_date": day, "claim_date": None,
             "msrp": msrp, "msrp_options": "0", "battery_kwh": kwh, "condition": "new"}),
        requests, st.sampled_from(["QC", "QC", "MB", "NL", "PE"]),
        st.dates(dt.date(2025, 4, 1), dt.date(2026, 12, 31)), st.decimals(40_000, 69_000, places=2),
        st.one_of(st.none(), st.sampled_from(["13.8", "17.8", "82"])))
    return {"requests": requests, "with_vehicle": with_vehicle, "provincial": provincial,
            "federal_with_province": federal_with_province, "unknowns": unknowns, "china": china,
            "paying": paying}


def _draw(strategy: Any, count: int) -> list[Any]:
    """`count` examples of a strategy, derandomized (the set is stored anyway: this only makes it repeatable)."""
    from hypothesis import HealthCheck, Phase, given, settings

    drawn: list[Any] = []

    @settings(max_examples=count, derandomize=True, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(example: Any) -> None:
        drawn.append(example)

    collect()
    return drawn


def _raw_text_requests() -> list[dict[str, Any]]:
    """Field dicts as the CLI, the batch and the bench hand them over: text, blanks, lower case, 'UK'."""
    import random

    from bench.engine import varied_requests, with_province

    rng = random.Random(5)
    raw = varied_requests(300, seed=11)
    raw += [with_province(fields, rng) for fields in varied_requests(200, seed=12)]
    quirks = [{"vehicle_price": " 45000 ", "assembly": "uk"}, {"vehicle_price": "45000.5", "origin": " us "},
              {"vehicle_price": ".99", "options": ""}, {"vehicle_price": "", "freight_pdi": "1800.000"},
              {"province": "qc", "msrp": "64999.99", "msrp_options": ""}, {"province": "CA-MB", "battery_kwh": "17.8"},
              {"province": " on ", "battery_kwh": ""}, {"vin": " 2c3cdxgj5rh123456 "},
              {"vin": "I2C3CDXGJ5RH123456"}, {"vin": ""}, {"assembly": "", "origin": ""},
              {"vehicle_price": 45000.1}, {"vehicle_price": 45000}, {"vehicle_price": Decimal("45000.005000")},
              {"registration_date": "2026-06-01", "province": "QC"}, {"claim_date": ""}]
    for index, quirk in enumerate(quirks * 5):
        base = dict(raw[index])
        base.update(quirk)
        raw.append(base)
    return raw


def _bad_requests() -> list[dict[str, Any]]:
    """Input the model refuses, each kind at each kind of field."""
    base = {"sale_date": "2026-05-01", "vehicle_price": "45000", "powertrain": "BEV"}
    bad = [
        {"vehicle_price": "abc"}, {"vehicle_price": "-1"}, {"vehicle_price": "10000000.01"},
        {"vehicle_price": "1.234"}, {"vehicle_price": "1e5"}, {"vehicle_price": "NaN"}, {"vehicle_price": "1_000"},
        {"options": "x"}, {"options": "-0.01"}, {"freight_pdi": "1.001"}, {"charger": "Infinity"},
        {"vehicle_price": float("nan")}, {"vehicle_price": True}, {"vehicle_price": [1]},
        {"fob_price": "--1"}, {"msrp": "12,5"}, {"msrp_options": "-5"},
        {"assembly": "XX"}, {"origin": "usa"}, {"assembly": 7}, {"origin": "\udbcb"},
        {"vin": "1HGCM82633A00435"}, {"vin": "1HGCM82633A0043O2"}, {"vin": "1HGCM8 633A004352"},
        {"vin": "1HGCM82633A00435\u200b"}, {"vin": "1HGCM82633A00435é"}, {"vin": "   "},
        {"model_year": "20266"}, {"model_year": "x"}, {"model_year": 1979}, {"make": "Ford\nY"},
        {"model": "x" * 61}, {"trim": "\x00"}, {"powertrain": "diesel"}, {"powertrain": "bev"},
        {"sale_date": "2026-02-30"}, {"sale_date": "tomorrow"}, {"sale_date": None},
        {"claim_date": "2026-04-30"}, {"registration_date": "2026-04-01"}, {"lease_months": 0},
        {"lease_months": "121"}, {"lease_months": 3.5}, {"condition": "old"}, {"odometer_km": -1},
        {"odometer_km": 2_000_001}, {"buyer": "company"}, {"prior_incentives": -1},
        {"quota_position": "maybe"}, {"fta_origin_met": "perhaps"}, {"import_kind": "smuggled"},
        {"freight_pdi_in_ftv": "sometimes"}, {"province": "ZZ"}, {"province": "US-NY"}, {"province": 5},
        {"battery_kwh": "0"}, {"battery_kwh": "501"}, {"battery_kwh": "13.855"}, {"battery_kwh": "lots"},
        {"battery_kwh": float("inf")}, {"unknown_field": 1}, {"warranty": "\udbcb"},
        {"vehicle_price": "abc", "assembly": "XX", "sale_date": "no", "vin": "short"},
    ]
    cases = [{**base, **change} for change in bad]
    cases.append({"vehicle_price": "45000"})  # no sale date at all
    return cases


def generate() -> list[dict[str, Any]]:
    """The golden set: [{"kind": "model", "fields": …}] for requests given as validated values,
    [{"kind": "raw", …}] for text as the edges give it, [{"kind": "bad", …}] for refused input."""
    strategies = _strategies()
    drawn = (_draw(strategies["requests"], 1000) + _draw(strategies["with_vehicle"], 500) +
             _draw(strategies["provincial"], 500) + _draw(strategies["federal_with_province"], 300) +
             _draw(strategies["unknowns"], 300) + _draw(strategies["china"], 300) + _draw(strategies["paying"], 300))
    cases = [{"kind": "model", "fields": request.model_dump(mode="json")} for request in drawn]
    cases += [{"kind": "raw", "fields": fields} for fields in _raw_text_requests()]
    cases += [{"kind": "bad", "fields": fields} for fields in _bad_requests()]
    return cases


# --- storing: JSON with the few Python values JSON lacks (Decimal, float specials) tagged ---------------

def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, float):
        return {"$float": repr(value)}
    if isinstance(value, dict):
        return {key: _encode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_encode(item) for item in value]
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if value.keys() == {"$decimal"}:
            return Decimal(value["$decimal"])
        if value.keys() == {"$float"}:
            return float(value["$float"])
        return {key: _decode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decode(item) for item in value]
    return value


def _write(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(_encode(data), ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    with gzip.GzipFile(path, "wb", mtime=0) as out:  # mtime 0: the same cases give the same bytes
        out.write(text.encode())


def _read(path: Path) -> Any:
    with gzip.open(path, "rb") as stored:
        return _decode(json.loads(stored.read()))


def load_cases() -> list[dict[str, Any]]:
    return _read(REQUESTS)


def load_baseline() -> list[dict[str, str]]:
    return _read(BASELINE)


# --- what each case shows -----------------------------------------------------------------------------

def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]  # 48 bits


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)  # no indent: the C encoder, ten times faster


@contextlib.contextmanager
def judged_on(day: dt.date) -> Iterator[None]:
    from evdesk.updates import staleness

    previous = staleness.today
    staleness.today = lambda: day
    try:
        yield
    finally:
        staleness.today = previous


def _evaluated(case: dict[str, Any], policy: Any) -> tuple[Any, dict[str, str]]:
    """The case's evaluation, or (None, what was refused or wrongly accepted)."""
    from pydantic import ValidationError

    from evdesk.rules import SaleRequest, evaluate
    from evdesk.rules.request import field_problems

    try:
        request = SaleRequest.model_validate(case["fields"])
    except ValidationError as error:
        problems = {name: {"code": p.code, "params": {k: repr(v) for k, v in p.params.items()},
                           "english": str(p)} for name, p in field_problems(error).items()}
        return None, {"problems": _canonical(problems)}
    if case["kind"] == "bad":
        return None, {"accepted": _canonical(request.model_dump(mode="json"))}
    return evaluate(request, policy), {}


TEXTS_EVERY = 3  # the plain and rich texts of every third case: they are made of the JSON's own texts


def _recorded_colours() -> Any:
    """The rich text's colours the digests were recorded with (a fixed set: the digests test the words)."""
    from evdesk.present.explanation import HtmlColours
    from evdesk.terms import Outcome

    return HtmlColours(
        outcomes={Outcome.PASS: "#1d7a3e", Outcome.FAIL: "#b3261e", Outcome.UNKNOWN: "#8a5a00",
                  Outcome.NOT_APPLICABLE: "#6b7280", Outcome.INFO: "#2f5d8a"},
        heading="#1f2a37", numbers="#374151", source="#6b7280", link="#4b5563", warning="#8a5a00",
        change="#2f5d8a")


def _shown(evaluation: Any, language: str, texts: bool) -> dict[str, str]:
    from evdesk.present.explanation import explanation_html, plain_text
    from evdesk.present.format import Formatter
    from evdesk.present.report import to_json

    formatter = Formatter(language)
    colours = _recorded_colours()
    shown = {f"json-{language}": _canonical(to_json(evaluation, formatter))}
    for mode in ("dealer", "consumer") if texts else ():
        shown[f"text-{mode}-{language}"] = plain_text(evaluation, formatter, mode)
        shown[f"html-{mode}-{language}"] = explanation_html(evaluation, formatter, mode, colours)
    return shown


def rendered(cases: list[dict[str, Any]], policy: Any,
             french: Callable[[], contextlib.AbstractContextManager]) -> Iterator[dict[str, str]]:
    """Every output of each case, in full (the digests are taken from these): English for all, then French
    for all, so the language is switched once."""
    evaluated = [_evaluated(case, policy) for case in cases]
    texts = [index % TEXTS_EVERY == 0 or len(cases) == 1 for index in range(len(cases))]
    english = [_shown(evaluation, "en", text) if evaluation is not None else {}
               for (evaluation, _), text in zip(evaluated, texts, strict=True)]
    with french():
        for (evaluation, refused), in_english, text in zip(evaluated, english, texts, strict=True):
            yield refused if evaluation is None else {**in_english, **_shown(evaluation, "fr", text)}


def digests(cases: list[dict[str, Any]], policy: Any,
            french: Callable[[], contextlib.AbstractContextManager]) -> list[dict[str, str]]:
    return [{name: digest(text) for name, text in shown.items()} for shown in rendered(cases, policy, french)]


# --- outside pytest: record, show ---------------------------------------------------------------------

@contextlib.contextmanager
def _standalone() -> Iterator[Callable[[], contextlib.AbstractContextManager]]:
    """What the test's fixtures give: a data folder of its own, a Qt application for the French catalogue."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["EVDESK_DATA_DIR"] = folder
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])

        @contextlib.contextmanager
        def french() -> Iterator[None]:
            from evdesk.ui.i18n import use_language

            if not use_language("fr"):
                raise RuntimeError("the French catalogue did not load: run `make i18n`")
            try:
                yield
            finally:
                use_language("en")

        with judged_on(JUDGED_ON):
            yield french
        del app


def record(new_cases: bool) -> None:
    """The digests of today's outputs; the stored requests are kept unless `new_cases`."""
    from evdesk.policy import bundled_policy

    with _standalone() as french:
        cases = generate() if new_cases or not REQUESTS.exists() else load_cases()
        policy = bundled_policy()
        baseline = digests(cases, policy, french)
    _write(REQUESTS, cases)
    _write(BASELINE, baseline)
    print(f"recorded {len(cases)} cases in {REQUESTS.name} and {BASELINE.name}")


def show(index: int) -> None:
    from evdesk.policy import bundled_policy

    case = load_cases()[index]
    with _standalone() as french:
        outputs = next(rendered([case], bundled_policy(), french))
    print(json.dumps(_encode(case), indent=1, ensure_ascii=False))
    for name, text in outputs.items():
        if name.startswith("json"):
            text = json.dumps(json.loads(text), indent=1, ensure_ascii=False)
        print(f"===== {name}\n{text}")


if __name__ == "__main__":
    command = sys.argv[1:2]
    if command == ["record"]:
        record(new_cases="--new-cases" in sys.argv[2:])
    elif command == ["show"] and len(sys.argv) == 3:
        show(int(sys.argv[2]))
    else:
        print(__doc__.split("\n\n")[-1], file=sys.stderr)
        sys.exit(2)
